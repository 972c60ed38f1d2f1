"""framing._refusal: the model feature for a source's refusal to say (LABELS.md: "declined
to comment" and "X said nothing" are facts), and the labels it gives with the shipped model.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

import framing
from framing._refusal import refusal
from framing.features import FEATURE_NAMES, SentenceInput, cue_matrix, cue_vector

REFUSALS = [
    "Police would not say how the fire started.",
    "The airline said nothing about compensation.",
    "Neither side would say what was agreed.",
    "The mayor's office did not return calls on Friday.",
    "The firm has yet to explain why the plant closed.",
    "The bank has remained silent on the matter.",
    "Officials gave no reason for the delay.",
    "A spokeswoman declined to comment.",
    "The owner could not be reached for comment.",
    "The ministry has not publicly disclosed the cost.",
    "No one would confirm the figure.",
    "The coach wouldn't say.",
    "Neither the minister nor his office would comment on the claims.",
    "The home secretary declined to be drawn on the future of the scheme.",
    "Calls to the party's national secretariat went unanswered.",
]
NOT_REFUSALS = [
    "He did not sail the boat.",
    "She said the deal was done.",
    "The council approved the budget on Monday.",
    "The shop has not opened since the flood.",
    "Nothing was stolen from the house.",
    "Little is known about the new owners.",
    "An agreement could not be reached before the deadline.",
    "He did not return to the club after the injury.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_refusals_fire(text: str) -> None:
    assert refusal(text) == 1.0


@pytest.mark.parametrize("text", NOT_REFUSALS)
def test_other_sentences_do_not(text: str) -> None:
    assert refusal(text) == 0.0


def test_not_counted_inside_a_running_quotation() -> None:
    col = FEATURE_NAMES.index("refusal")
    text = "We will not comment on the talks."
    outside = SentenceInput(text)
    inside = SentenceInput(text, in_quote=True)
    assert cue_vector(outside)[col] == 1.0
    assert cue_vector(inside)[col] == 0.0
    assert cue_matrix([outside, inside])[:, col].tolist() == [1.0, 0.0]


def test_not_counted_where_a_source_is_reported() -> None:
    col = FEATURE_NAMES.index("refusal")
    plain = "The firm did not respond to a request for comment."
    sourced = "Her lawyer told reporters he would not comment on the case."
    assert refusal(sourced) == 1.0  # the words are there ...
    assert cue_vector(SentenceInput(plain))[col] == 1.0
    assert cue_vector(SentenceInput(sourced))[col] == 0.0  # ... but a source is reported
    rows = [SentenceInput(plain), SentenceInput(sourced, attribution="sourced")]
    assert cue_matrix(rows)[:, col].tolist() == [1.0, 0.0]


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("Police said nothing about the motive.", "intensifiers"),
        ("The coach said very little after the defeat.", "intensifiers"),
        ("The spokesman would not say how many were hurt.", "hedges"),
        ("The spokesman would not say how many were hurt.", "modals"),
    ],
)
def test_a_refusals_words_are_no_writers_layer(text: str, column: str) -> None:
    col = FEATURE_NAMES.index(column)
    assert cue_vector(SentenceInput(text))[col] == 0.0
    assert cue_matrix([SentenceInput(text)])[0, col] == 0.0
    # the same words count where a source is reported
    assert cue_vector(SentenceInput(text, attribution="sourced"))[col] >= 1.0
    assert cue_matrix([SentenceInput(text, attribution="sourced")])[0, col] >= 1.0


DOC_LEAD = (
    "A fire destroyed a furniture warehouse on the edge of Riverton early on Tuesday. "
    "Crews from four stations fought the blaze until dawn. "
)


@pytest.mark.parametrize(
    "text",
    [
        "The airline said nothing about compensation.",
        "Neither side would say what was agreed.",
        "Police would not confirm the identity of the victim.",
        *(
            pytest.param(
                text,
                marks=pytest.mark.xfail(
                    strict=True,
                    reason="framing at 0.45-0.54: the word n-grams 'nothing', 'little', 'no "
                    "reason' outweigh the refusal feature (model_card.md, thirty-fourth session)",
                ),
            )
            for text in (
                "The coach said little after the defeat.",
                "Police said nothing about the motive.",
                "Officials gave no reason for the delay.",
            )
        ),
        "The firm has yet to explain why the plant closed.",
        "Officials have not said when the road will reopen.",
        "The bank has remained silent on the matter.",
    ],
)
def test_the_shipped_model_calls_a_refusal_a_fact(text: str) -> None:
    # in a news report (the main case); read alone, several are still framing (model_card.md)
    sentence = framing.analyze(DOC_LEAD + text + " The road reopened at 8 a.m.").sentences[2]
    assert sentence.text == text
    assert sentence.attributions == []
    assert sentence.label == "fact"


def test_every_phrase_passes_the_cheap_test() -> None:
    # each listed phrase, alone and opening a sentence, is found: the markers let it through
    from framing import lexicons as lx

    for phrase in lx.words("refusal_phrases"):
        assert refusal(phrase + " on Monday.") == 1.0, phrase
        assert refusal(phrase.capitalize() + " on Monday.") == 1.0, phrase


def test_a_refusal_with_an_aside_before_its_to() -> None:
    # (thirty-fifth session) the aside's words stay the writer's: they are not the refusal's
    from framing._refusal import refusal_words

    assert refusal_words("The company declined, for now, to say whether jobs would go.") == (
        "declined to say"
    )
    assert refusal_words("The union declined, however, to call off the strike.") is None
