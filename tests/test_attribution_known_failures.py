"""Known failure modes of attribution and of the labels it feeds, pinned as strict xfails.

Each test states what LABELS.md asks for on a sentence written for this file; today's code
does otherwise. They are strict: when a later change fixes one, its test passes, pytest
reports an XPASS failure, and the marker comes off. Issue 12 fixed the stance verb
"welcomed", the noun cues, the passing "reportedly" and the Subtitle header line; the model
retrained on them (issue 16) labels "Critics argue", "Police believe", "are worried that" and
"urged" and "wants X to" as claims. Issue 12's fourth round fixed "The council wants residents
to report ..." (an object and "to" after a cognition verb count as the stance's content).
"""

from __future__ import annotations

import pytest
from attribution_helpers import main_attribution

import framing

known = pytest.mark.xfail(strict=True, reason="known failure mode (docs/attribution.md)")


_main = main_attribution


def _label(text: str) -> str:
    [sentence] = framing.analyze(text).sentences
    return sentence.label


# ---- bare plural subjects and "Police believe": found, but the sentence is not a claim


@pytest.mark.parametrize(
    "text",
    [
        "Critics argue the plan will fail.",
        "Police believe the fire was started on purpose.",
    ],
)
def test_bare_plural_and_police_subjects_make_a_claim(text: str) -> None:
    assert _label(text) == "claim"


# ---- stance verbs: a source's position is a claim


def test_welcomed_is_a_stance_cue() -> None:
    assert _main("Nurses have welcomed the new contract.") == ("Nurses", "have welcomed")


@pytest.mark.parametrize(
    "text",
    [
        # a known failure until the twenty-fourth session's model (fact at 0.49 before)
        "The city wants drivers to leave their cars at home.",
        "Farmers are worried that the rain will not come.",
        "The mayor urged calm after the flood.",
    ],
)
def test_stances_make_a_claim(text: str) -> None:
    assert _label(text) == "claim"


def test_wants_with_an_organisation_subject_is_a_stance_cue() -> None:
    # fixed in issue 12's fourth round: an object and "to" after a cognition verb count as the
    # stance's content (like a that-clause), so the learned check no longer drops it
    assert _main("The council wants residents to report broken lamps.") == ("The council", "wants")


# ---- "reportedly" alone, in a passing clause, does not carry the sentence


def test_reportedly_in_a_passing_clause_leaves_a_fact() -> None:
    assert _label("The bridge, which reportedly cost ten million euros, opened on Monday.") == (
        "fact"
    )


# ---- noun cues


def test_noun_cue_his_claim_that() -> None:
    assert _main("His claim that the vote was rigged spread quickly.") == ("His", "claim")


def test_amid_claims_that_is_a_passing_mention() -> None:
    # the main assertion is the resignation (an event); "claims" is a noun, not a verb cue
    assert _main("The minister resigned amid claims that she misled parliament.") is None


# ---- header lines are not speaker tags


def test_subtitle_line_is_not_a_speaker_tag() -> None:
    text = "Quay plan approved\nSubtitle: Councillors back the new quay after a long debate"
    header = framing.analyze(text).sentences[1]
    assert header.text.startswith("Subtitle:")
    assert header.label != "claim"
    assert not header.attributions
