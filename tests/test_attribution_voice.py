"""Issue 12, round 2: the writer's or speaker's own voice and section headers are no sources.

Sentences of ours, in the shapes found on the document dev set (transcripts, letters, blogs,
court and government text).
"""

from __future__ import annotations

import pytest
from attribution_helpers import main_attribution

from framing.attribution import find_attributions, quote_states
from framing.segmentation import split_sentences

_main = main_attribution


def _all(text: str) -> list[list[tuple[str | None, str, bool]]]:
    """(source, cue, inherited) of every attribution of every sentence of a text."""
    rows = find_attributions(text, split_sentences(text))
    return [
        [(a.source.text if a.source else None, a.cue.text, a.inherited) for a in r] for r in rows
    ]


@pytest.mark.parametrize(
    "text",
    [
        "I agree with the harbour plan.",
        "I can only tell you that the pier is older than the town.",
        "Let me tell you where the ferry money went.",
        "Let us say plainly that the bridge is too narrow.",
        "And fundamentally, I say the levy answers no real need.",
        "You know the orchard has been sold twice.",
        "Would you support a tax on private jets?",
        "So you don't believe that the canal should be widened?",
        "We have maintained the curfew for three winters.",
        "We're talking about forty million tonnes of grain.",
        "If you prefer to cycle, you should ask for a map at the desk.",
    ],
)
def test_first_and_second_person_outside_quotes_is_own_voice(text: str) -> None:
    assert _main(text) is None


def test_first_person_inside_quotes_is_the_quoted_speaker() -> None:
    found = _all('"I think the pier will collapse," Ana Ruiz said.')[0]
    assert found[0] == ("Ana Ruiz", "said", False)
    assert ("I", "think", False) in found


def test_you_with_a_past_speech_verb_reports_the_addressee() -> None:
    assert _main("You said in the spring debate that fares would fall.") == ("You", "said")


def test_own_voice_in_a_speaker_turn_inherits_the_speaker() -> None:
    rows = _all("NOVAK: The vote will pass. I think it will pass easily.")
    assert rows[0][0] == ("NOVAK", ":", False)
    assert rows[1] == [("NOVAK", ":", True)]


def test_you_in_a_transcript_with_speaker_tags_stays_a_source() -> None:
    rows = _all("NOVAK: The vote will pass.\n\nHALE: Do you think the senators agree?")
    assert ("you", "think", False) in rows[1]
    text = "NOVAK: It will pass.\n\nHALE: Why?\n\nNOVAK: The votes are there.\n\nDo you think so?"
    assert _all(text)[3] == [("you", "think", False)]  # a later paragraph of a transcript
    text = "NOVAK: It will pass.\n\nDo you think the senators agree?"
    assert _all(text)[1] == []  # one tag does not make a transcript


@pytest.mark.parametrize(
    "text",
    [
        "Conclusion: The harbour rules allow night fishing.",
        "SECOND: Send a donation to the shelter today.",
        "COMMENTARY: FOR FARMERS, THE HARVEST GOES ON",
        "P.S.: The shelter needs blankets before December.",
        "Summary: Rents rose in every district.",
        "REPORT TO THE COUNCIL: POWERS OF THE HARBOUR BOARD",
    ],
)
def test_section_headers_are_no_speaker_tags(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("NOVAK: The harbour rules allow night fishing.", "NOVAK"),
        ("MR. SMITH: The rents rose in every district.", "MR. SMITH"),
        ("First Lady Ana Ruiz: The shelter needs blankets.", "First Lady Ana Ruiz"),
    ],
)
def test_names_and_roles_stay_speaker_tags(text: str, source: str) -> None:
    assert _main(text) == (source, ":")


def test_a_header_line_does_not_quote_the_rest_of_its_paragraph() -> None:
    text = "Conclusion: The rules are lawful. The board may change them."
    assert quote_states(text, split_sentences(text)) == [False, False]
    text = "NOVAK: The rules are lawful. The board may change them."
    assert quote_states(text, split_sentences(text)) == [False, True]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words that make a cue only with a partner word ("clear", a particle): the sentence is
        # tokenised when the partner is there and skipped when it is not
        ("The minister made it clear that the port stays open.", ("The minister", "made it clear")),
        ("The mayor went on to say the pier would close.", ("The mayor", "went on to say")),
        ("Critics pointed out that the bridge had cracks.", ("Critics", "pointed out")),
        ("The bakers made a cake for the harbour fair.", None),
        ("The ferry went to the island twice.", None),
        ("The arrow points to the north gate.", None),
        # a cue noun needs "that", "about", "over" or "whether" after it
        ("His insistence that the pier was safe surprised them.", ("His", "insistence")),
        ("There are concerns about the new pier.", ("concerns", "There are concerns")),
        ("His insistence surprised the harbour board.", None),
        ("There are concerns in the harbour.", None),
    ],
)
def test_partner_words_decide_whether_a_sentence_is_read(
    text: str, expected: tuple[str, str] | None
) -> None:
    assert _main(text) == expected
