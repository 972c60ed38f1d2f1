"""Framing cues: the words that make a sentence the writer's own reading, each with its kind.

The word lists propose candidates (`candidate_cues`, the first tests); the learned scorer then
keeps those framing in their use (`framing_cues`, the tests at the end)."""

from __future__ import annotations

import pytest

from framing.explain import CUE_KINDS, candidate_cues


def _cues(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], kind) for a, b, kind in candidate_cues(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The coming weeks will likely decide the vote.",
            [("likely", "prediction")],
        ),
        (
            "The strike exposes a deepening crisis.",
            [("exposes", "interpretive"), ("deepening", "interpretive"), ("crisis", "crisis")],
        ),
        ("Perhaps the mayor simply forgot.", [("Perhaps", "hedge"), ("simply", "intensifier")]),
        (
            "It is time to end this shameful policy.",
            [("It is time to", "call_to_act"), ("shameful", "evaluative")],
        ),
        ("What were they thinking?", [("?", "question")]),
        ("Enough!", [("!", "exclamation")]),
        ("The hapless senator lost again.", [("hapless", "evaluative")]),
    ],
)
def test_each_kind_is_found_with_its_span(text, expected):
    assert _cues(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The parliament passed the bill on Tuesday by 312 votes to 41.",
        "Kyiv has a population of about three million.",
        "Ukrainian forces entered the town in 2014 and Putin met the mayor.",
        # plans, restrictive "only"/"just" and literal war and weather words are not framing
        "The museum will open a new wing on Monday, the first since the war.",
        "The island is only 2 km long and the ferry runs just twice a day.",
        "The flood closed the road and the fight against the fire went on overnight.",
    ],
)
def test_plain_facts_and_topic_words_give_no_cue(text):
    assert candidate_cues(text) == []


def test_spans_cut_the_text_and_kinds_are_known():
    text = "Critics will surely call the deal a disaster, and perhaps they should?"
    for start, end, kind in candidate_cues(text):
        assert kind in CUE_KINDS
        assert text[start:end].strip() == text[start:end] != ""


@pytest.mark.parametrize(
    "text",
    [
        "Good morning to everyone in the hall.",
        "Older drivers were more likely to renew their licences by post.",
        "About 40 of the Wave 3 respondents moved away.",
        "The quiz is one of the most popular shows on the channel.",
        "Shipping by sea is the only means of moving the turbines.",
        "Let's turn to the budget now.",
        "The very first train left at dawn, at the very end of the strike.",
    ],
)
def test_names_nouns_and_set_phrases_give_no_cue(text):
    assert candidate_cues(text) == []


def test_capitals_in_a_title_case_headline_still_give_cues():
    assert ("CRISIS", "crisis") in _cues("CRISIS DEEPENS AS TALKS FAIL")
    assert ("Disastrous", "evaluative") in _cues("The Mayor's Disastrous Housing Plan")


def test_words_inside_quotation_marks_are_the_sources_not_cues():
    assert _cues('He called the plan "a total disaster" and left the room.') == []
    assert _cues("Perhaps “a total disaster” is too strong.") == [
        ("Perhaps", "hedge"),
        ("too", "intensifier"),
    ]
