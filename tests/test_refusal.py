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
]
NOT_REFUSALS = [
    "He did not sail the boat.",
    "She said the deal was done.",
    "The council approved the budget on Monday.",
    "The shop has not opened since the flood.",
    "Nothing was stolen from the house.",
    "Little is known about the new owners.",
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
    "text",
    [
        "The airline said nothing about compensation.",
        "Neither side would say what was agreed.",
        "Police would not confirm the identity of the victim.",
        "The coach said little after the defeat.",
        "The firm has yet to explain why the plant closed.",
        "Officials have not said when the road will reopen.",
        "The bank has remained silent on the matter.",
    ],
)
def test_the_shipped_model_calls_a_refusal_a_fact(text: str) -> None:
    sentence = framing.analyze(text).sentences[0]
    assert sentence.attributions == []
    assert sentence.label == "fact"
