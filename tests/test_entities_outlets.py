"""Issue 12, twenty-first session: "the newspaper", "the radio", "the paper" are the outlet the
text names as one, never another organisation (our own sentences)."""

from __future__ import annotations

import pytest

from framing.attribution import find_attributions
from framing.entities import document_entities
from framing.segmentation import split_sentences


def _entities(text: str) -> list[tuple[str, str] | None]:
    spans = split_sentences(text)
    per = document_entities(text, find_attributions(text, spans))[0]
    return [(e.name, e.type) if e is not None else None for e in per]


@pytest.mark.parametrize(
    "first",
    [
        "Boeing said deliveries would resume in May.",
        "Israeli army radio said the border crossing was closed.",
        "The Red Cross said two convoys had reached the town.",
    ],
)
def test_the_newspaper_is_no_other_kind_of_body(first: str) -> None:
    ents = _entities(first + " The newspaper said the delay had cost the airline millions.")
    assert ents[1] == ("the newspaper", "organisation")


@pytest.mark.parametrize(
    ("first", "second", "name"),
    [
        (
            "The Harbour Times reported that the ferry would be sold.",
            "The newspaper said the buyer was a Danish firm.",
            "the Harbour Times",
        ),
        (
            "Coast FM said the road was flooded.",
            "The radio said police had closed it.",
            "Coast FM",
        ),
        (
            "The BBC said the programme would be dropped.",
            "The broadcaster said viewers had complained.",
            "the BBC",
        ),
        (
            "Israeli army radio said the man was in his fifties.",
            "He was wounded, the radio said.",
            "Israeli army radio",
        ),
    ],
)
def test_an_outlet_named_as_one_is_its_role(first: str, second: str, name: str) -> None:
    ents = _entities(first + " " + second)
    assert ents[0] is not None and ents[1] == (ents[0][0], "organisation")
    assert ents[0][0] == name


def test_the_paper_that_is_a_newspaper_is_an_organisation() -> None:
    text = (
        "The Washington Post reported on Sunday that the talks were close. "
        "The paper said a deal could come by Monday."
    )
    ents = _entities(text)
    assert ents[1] is not None and ents[1][1] == "organisation"
    assert "Washington Post" in ents[1][0]


@pytest.mark.parametrize(
    "first",
    [
        "The Post Office said branches would close.",
        "The Independent Office for Police Conduct said it would investigate.",
    ],
)
def test_a_name_with_a_masthead_word_inside_is_no_newspaper(first: str) -> None:
    ents = _entities(first + " The newspaper said staff were angry.")
    assert ents[1] == ("the newspaper", "organisation")


@pytest.mark.parametrize(
    ("first", "second", "name"),
    [
        (
            "Sky News said the vote was close.",
            "The broadcaster said turnout was high.",
            "Sky News",
        ),
        (
            "The Irish Times reported the vote.",
            "The paper said the count was close.",
            "the Irish Times",
        ),
    ],
)
def test_outlets_by_their_last_word(first: str, second: str, name: str) -> None:
    ents = _entities(first + " " + second)
    assert ents[0] is not None and ents[0][0] == name
    assert ents[1] == (name, "organisation")


def test_a_body_named_with_network_is_no_broadcaster() -> None:
    ents = _entities(
        "Network Rail said the line would reopen. The broadcaster said trains ran late."
    )
    assert ents[1] == ("the broadcaster", "organisation")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Radio Free Europe said the reporter was detained.", "Radio Free Europe"),
        ("Voice of America said the broadcast was jammed.", "Voice of America"),
    ],
)
def test_broadcasters_named_by_their_first_word_are_organisations(text: str, name: str) -> None:
    assert _entities(text)[0] == (name, "organisation")


def test_a_radio_host_is_still_a_person_with_a_title() -> None:
    ents = _entities("Radio host Ann Lee said the show would end.")
    assert ents[0] == ("Ann Lee", "person")
