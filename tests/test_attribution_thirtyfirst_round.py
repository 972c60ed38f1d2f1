"""Issue 12, thirty-first session: what the last session's notes left and this session's
helpers' keyed articles showed. A title of office with "for" and a portfolio of several words
before a name ("Chinese Minister for Foreign Affairs Wang Yi", "Secretary of State for Health
Jeremy Hunt"); a name's last words after a body's kind ("Co-operative Bulk Handling", "Civil
Defence"); "the head of state" and "the head of government" are the president, the prime
minister the document names. Our own sentences."""

from __future__ import annotations

import pytest
from attribution_helpers import entities_per_sentence, entity_of

from framing.entities import parse_mention


@pytest.mark.parametrize(
    ("phrase", "mention"),
    [
        (
            "Chinese Minister for Foreign Affairs Wang Yi",
            ("Wang Yi", "Chinese Minister for Foreign Affairs", "person"),
        ),
        (
            "Minister for Foreign Affairs Wang Yi",
            ("Wang Yi", "Minister for Foreign Affairs", "person"),
        ),
        (
            "Secretary of State for Health Jeremy Hunt",
            ("Jeremy Hunt", "Secretary of State for Health", "person"),
        ),
        (
            "Deputy Superintendent of Police Folasade Adekunle",
            ("Folasade Adekunle", "Deputy Superintendent of Police", "person"),
        ),
        # bodies with "of"/"for" inside stay bodies
        ("Save the Children", ("Save the Children", None, "organisation")),
        ("Friends of the Earth", ("Friends of the Earth", None, "organisation")),
    ],
)
def test_a_title_of_office_with_a_portfolio_then_the_name(
    phrase: str, mention: tuple[str, str | None, str]
) -> None:
    m = parse_mention(phrase)
    assert (m.name, m.title, m.type) == mention


def test_a_surname_later_is_the_titled_person_not_the_portfolio() -> None:
    text = (
        "Chinese Minister for Foreign Affairs Wang Yi said on Monday that talks would continue. "
        "Wang said the two sides had agreed a framework.\n\n"
        "Secretary of State for Health Jeremy Hunt said waiting lists had fallen. "
        "Mr Hunt said more nurses were needed."
    )
    per = entities_per_sentence(text)
    assert [(e.name, e.type) for e in per] == [
        ("Wang Yi", "person"),
        ("Wang Yi", "person"),
        ("Jeremy Hunt", "person"),
        ("Jeremy Hunt", "person"),
    ]
    assert per[0] is per[1] and per[2] is per[3]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (
            "Co-operative Bulk Handling said the harvest was the second largest on record.",
            ("Co-operative Bulk Handling", None, "organisation"),
        ),
        (
            "Gisborne District Council Civil Defence said roads remained closed.",
            ("Gisborne District Council Civil Defence", None, "organisation"),
        ),
        (
            "Defence Secretary Ben Wallace said troops would stay.",
            ("Ben Wallace", "Defence Secretary", "person"),
        ),
    ],
)
def test_a_body_named_by_its_kind_of_work(text: str, entity: tuple[str, str | None, str]) -> None:
    assert entity_of(text) == entity


def test_the_head_of_state_and_of_government_are_the_named_office_holders() -> None:
    text = (
        "President Bola Tinubu arrived in Lagos on Monday. "
        "The head of state said reforms would continue.\n\n"
        "Prime Minister Anthony Albanese met unions on Friday. "
        "The head of government said wages must rise."
    )
    per = entities_per_sentence(text)
    assert per[1] is not None and (per[1].name, per[1].type) == ("Bola Tinubu", "person")
    assert per[3] is not None
    assert (per[3].name, per[3].title) == ("Anthony Albanese", "Prime Minister")


def test_the_head_of_state_unnamed_or_a_plain_state_stays_unresolved() -> None:
    per = entities_per_sentence(
        "The head of state said reforms would continue. The state said it would appeal."
    )
    assert per[0] is not None and per[0].name.lower() == "the head of state"
    assert per[1] is not None and per[1].name.lower() != "the head of state"
    # a head of government is not whichever minister the text names
    per = entities_per_sentence(
        "Finance Minister Jim Chalmers met unions on Friday. "
        "The head of government said wages must rise."
    )
    assert per[1] is not None and per[1].name != "Jim Chalmers"
