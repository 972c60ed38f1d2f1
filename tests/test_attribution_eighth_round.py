"""Eighth session (issue 12): cues the wave-16 writers saw missed in broadcast and period copy.

Sentences written for these tests."""

from __future__ import annotations

import pytest
from attribution_helpers import main_attribution

from framing.attribution import find_attributions
from framing.segmentation import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural head, a preposition and "the" + noun before a present-tense cue
        (
            "Shopkeepers in the village say takings have halved since the road closed.",
            ("Shopkeepers in the village", "say"),
        ),
        (
            "Growers in the district fear the frost has damaged the buds.",
            ("Growers in the district", "fear"),
        ),
        (
            "Nurses at the clinic say the waiting list doubled in a year.",
            ("Nurses at the clinic", "say"),
        ),
        # a hearsay participle before a state
        ("Four climbers are reported missing on the north face.", (None, "are reported")),
        ("Two fishermen were feared dead after the storm.", (None, "were feared")),
        # "it was learned that": period hearsay
        ("It was learned that the mill will shut in the spring.", (None, "It was learned")),
        # a light verb and a bare cue noun before "that" (court and company copy)
        (
            "A surveyor gave evidence that the wall had been built without footings.",
            ("A surveyor", "gave evidence"),
        ),
        (
            "The operator has given notice that it will end the ferry service.",
            ("The operator", "has given notice"),
        ),
    ],
)
def test_cue_is_found(text: str, expected: tuple[str | None, str]) -> None:
    assert main_attribution(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a noun after "the" + adjective is no verb: no plural head before a preposition
        "He gave a sharp reply to the council.",
        # the plural head and preposition are there, but a modal follows: "report" is a noun
        "Changes in the tax report will follow next year.",
        # "learned" as the learner's own knowledge, "found safe" an event
        "She learned that the mill would shut.",
        "The two hikers were found safe on Sunday.",
        # "missing" after a non-hearsay verb
        "Three pages are missing from the ledger.",
        # "that" a determiner after the bare cue noun; evidence with no giver
        "Giving evidence that afternoon, the surveyor was calm.",
        "There is evidence that the wall was weak.",
    ],
)
def test_no_cue(text: str) -> None:
    assert main_attribution(text) is None


def _inherited(text: str) -> dict[str, bool]:
    """Each sentence's text -> whether one of its attributions is inherited."""
    spans = split_sentences(text)
    return {
        text[a:b]: any(f.inherited for f in found)
        for (a, b), found in zip(spans, find_attributions(text, spans), strict=True)
    }


_PROFILE = (
    "Interview: the harbour master who wants the quay rebuilt\n\n"
    "Harbour master Ines Moreau talks about the storm, the fish and the quay.\n\n"
    "Ines Moreau has run the port of Saint-Aubin since 2009.\n\n"
    "Why does the quay matter so much to you?\n\n"
    "Moreau: Because the boats cannot land. The fish go elsewhere.\n\n"
    "The quay was built in 1921. Its north wall collapsed in the storm of 2019.\n\n"
    "What will you do if the council says no?\n\n"
    "Moreau: I will ask again. And again.\n\n"
    "The council votes on the plan in March."
)


def test_an_interview_s_untagged_paragraphs_after_a_tagged_answer_are_the_writer_s() -> None:
    inherited = _inherited(_PROFILE)
    assert inherited["The fish go elsewhere."]  # the rest of the tagged answer
    assert inherited["And again."]
    assert not inherited["The quay was built in 1921."]  # the interviewer's own paragraph
    assert not inherited["Its north wall collapsed in the storm of 2019."]
    assert not inherited["The council votes on the plan in March."]


_QA = (
    "Tea growers count the cost\n\n"
    "Rose Wanjiru chairs a cooperative of 3,800 growers.\n\n"
    "Q: Let us start with the bonus. Is it enough?\n\n"
    "A: No. The price has not moved in ten years.\n\n"
    "Q: What would change it?\n\n"
    "A: Selling direct. We tried it once.\n\n"
    "Her cooperative meets again in June."
)


def test_the_answers_of_a_q_and_a_inherit_and_the_questions_do_not() -> None:
    inherited = _inherited(_QA)
    assert inherited["The price has not moved in ten years."]
    assert inherited["We tried it once."]
    assert not inherited["Is it enough?"]
    assert not inherited["Her cooperative meets again in June."]
    assert not inherited["Rose Wanjiru chairs a cooperative of 3,800 growers."]


def test_one_initial_a_is_no_q_and_a() -> None:
    text = "A. Moreau runs the port.\n\nThe quay collapsed in 2019.\n\nA. Petit runs the yard."
    assert not any(_inherited(text).values())
