"""Eleventh session (issue 12): names with a capitalised preposition inside ("Doctors Without
Borders"), organisations named with another language's acronym, lower-case bodies ("the
chamber of commerce") with their organisation word as the role.

Sentences written for these tests."""

from __future__ import annotations

import pytest
from attribution_helpers import main_attribution

import framing
from framing.entities import parse_mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reporters Without Borders said two journalists were held.", "Reporters Without Borders"),
        ("Engineers Against Poverty said the dam was unsafe.", "Engineers Against Poverty"),
        ("Doctors Without Borders (MSF) said its clinic was hit.", "Doctors Without Borders (MSF)"),
    ],
)
def test_capitalised_preposition_inside_a_name(text: str, expected: str) -> None:
    assert main_attribution(text) == (expected, "said")


def test_preposition_outside_a_name() -> None:
    # a title-case headline lends no name to its preposition
    assert main_attribution("Officials Say Without Rain Dam Will Fail") == ("Officials", "Say")
    # a lower-case preposition is never inside the source
    found = main_attribution("Officials without exception said the dam was safe.")
    assert found is not None and "without" not in found[0]
    # the name inside a longer source
    assert main_attribution("Aid workers from Doctors Without Borders said it was hit.") == (
        "Aid workers from Doctors Without Borders",
        "said",
    )


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("Doctors Without Borders (MSF)", "Doctors Without Borders", "organisation"),
        ("the Union of Rural Workers (SOT)", "Union of Rural Workers", "organisation"),
        ("the World Health Organization (WHO)", "World Health Organization", "organisation"),
        # two words and an acronym that is not theirs: not an organisation by this rule
        ("Ann Lee (MP)", "Ann Lee", "person"),
        ("Jane Smith (PhD)", "Jane Smith", "person"),
    ],
)
def test_acronym_in_brackets(phrase: str, name: str, kind: str) -> None:
    m = parse_mention(phrase)
    assert (m.name, m.type) == (name, kind)


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("the chamber of commerce", "chamber"),
        ("the local chamber of commerce", "chamber"),
        ("the board of education", "board"),
        ("the city council", "council"),
    ],
)
def test_lower_case_body_role_is_its_organisation_word(phrase: str, role: str) -> None:
    m = parse_mention(phrase)
    assert (m.type, m.role) == ("role", role)


def test_lower_case_chamber_is_an_organisation_in_a_document() -> None:
    text = (
        "The town plans a new parking tax. The chamber of commerce said the tax would drive "
        "shops away."
    )
    rows = [s for s in framing.analyze(text).sentences if s.label == "claim"]
    assert [(s.source_entity.name, s.source_entity.type) for s in rows if s.source_entity] == [
        ("the chamber of commerce", "organisation")
    ]
