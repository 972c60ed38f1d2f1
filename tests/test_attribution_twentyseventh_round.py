"""Issue 12, twenty-seventh session: what the last session's writers and its notes left
(citations without a year or in square brackets, a body's long name cited; "in her account";
the Congressional Record's tags; "would have us believe"; "without warning"; "what X called";
market copy's causes); our own sentences."""

from __future__ import annotations

import pytest
from attribution_helpers import entity_of
from attribution_helpers import main_attribution as _main

from framing.attribution import find_attributions
from framing.segmentation import split_sentences


def _rows(text: str) -> list[tuple[str | None, str] | None]:
    """(source, cue) of each sentence's main attribution of a whole text, or None."""
    out: list[tuple[str | None, str] | None] = []
    for row in find_attributions(text, split_sentences(text)):
        a = row[0] if row else None
        out.append(None if a is None else (a.source.text if a.source else None, a.cue.text))
    return out


# --- citations: no year, square brackets, a body's long name ---------------------------------


@pytest.mark.parametrize(
    ("cited", "source", "cue"),
    [
        ("Truancy doubled in rural schools (Marlow, n.d.).", "Marlow", "("),
        ("Truancy doubled in rural schools (Marlow, n. d.).", "Marlow", "("),
        ("The effect was first seen in coastal towns [Fenwick, 2010].", "Fenwick", "["),
        (
            "Obesity rates doubled over two decades (World Health Organization, 2010).",
            "World Health Organization",
            "(",
        ),
        (
            "Stunting fell by a third (Food and Agriculture Organization, 2015).",
            "Food and Agriculture Organization",
            "(",
        ),
    ],
)
def test_more_citation_forms_in_a_text_that_cites(cited: str, source: str, cue: str) -> None:
    text = cited + " Attendance rose again in later years (Okafor, 2012)."
    assert _rows(text)[0] == (source, cue)


@pytest.mark.parametrize(
    "cited",
    [
        "Growth slowed after the games (Beijing Summer Olympics, 2008).",  # an event, not a body
        "Sales rose sharply (Hartley, 2010].",  # brackets that do not close as they open
        "The film was a hit (Beverly Hills Ninja, 1997).",  # a title of three words
    ],
)
def test_what_is_still_no_citation_in_a_text_that_cites(cited: str) -> None:
    text = cited + " Attendance rose again in later years (Okafor, 2012)."
    assert _rows(text)[0] is None


def test_a_cited_body_is_an_organisation() -> None:
    text = (
        "Obesity rates doubled over two decades (World Health Organization, 2010). "
        "Attendance rose again in later years (Okafor, 2012)."
    )
    entity = entity_of(text)
    assert entity is not None and entity[0] == "World Health Organization"
    assert entity[2] == "organisation"


# --- "In her account, ...": a telling owned at the start of a sentence or an aside -----------


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("In her account, the guards opened fire first.", "her", "In her account"),
        ("By her account, nobody was hurt.", "her", "By her account"),
        (
            "In his account of the meeting, the talks collapsed within an hour.",
            "his",
            "In his account",
        ),
        (
            "In the company's telling, the merger saved 300 jobs.",
            "the company",
            "In the company's telling",
        ),
        (
            "The talks, in the union's recollection, broke down over pensions.",
            "the union",
            "in the union's recollection",
        ),
    ],
)
def test_a_telling_owned_attributes_the_sentence(text: str, source: str, cue: str) -> None:
    assert _main(text) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "Details are in his account, which was published in May.",  # no opening "in"
        "The funds sat in her account, untouched, for a decade.",  # a bank account
        "In his account of the war he describes the retreat at length.",  # no aside: "describes"
        "By his account of the war the book is best known.",  # no comma closes it
    ],
)
def test_what_is_no_owned_telling(text: str) -> None:
    found = _main(text)
    assert found is None or "account" not in found[1]


# --- the Congressional Record's tags: a line of their own, their turn after them ------------


def test_a_record_tag_speaks_the_lines_after_it() -> None:
    text = (
        "HOUSE OF REPRESENTATIVES\n\n"
        "Mr. DELANCEY. We have heard enough about the budget. The cuts will hurt families.\n\n"
        "Mrs. SCHROEDER of Colorado.\nMr. Speaker, the gentleman is wrong.\n\n"
        "The CHAIRMAN.\nThe gentleman's time has expired.\n"
    )
    rows = _rows(text)
    assert rows[0] is None
    assert rows[1:4] == [("Mr. DELANCEY", ".")] * 3
    assert rows[4:6] == [("Mrs. SCHROEDER of Colorado", ".")] * 2
    assert rows[6:8] == [("The CHAIRMAN", ".")] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Delancey.",  # not in capitals: a name alone
        "Mr. T.",  # one capital: an initial
        "Mr. DELANCEY said the cuts would hurt families.",  # a sentence, not a tag
    ],
)
def test_what_is_no_record_tag(text: str) -> None:
    found = _main(text)
    assert found is None or found[1] != "."


# --- "would have us believe": the subject's claim -------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The lobbyists would have us believe that the tax cut pays for itself.", "The lobbyists"),
        ("Ministers would have you believe the crisis is over.", "Ministers"),
        ("The council would have us think the park is safe.", "The council"),
    ],
)
def test_would_have_us_believe_is_a_cue(text: str, source: str) -> None:
    found = _main(text)
    assert found is not None and found[0] == source and "have" in found[1]


# --- not said: "without warning", "what X called", market copy's causes ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "The guards opened fire without warning.",
        "He resigned without explaining why.",
        "She left the room without saying a word.",
        'What the minister called a "modest adjustment" cost families 400 pounds a year.',
        "The rise, what critics dubbed a stealth tax, took effect in April.",
        "Shares fell as investors worried about rising rates.",
        "The pound slid as traders bet on a cut.",
        "As investors fretted over the election, gold rose.",
    ],
)
def test_no_attribution_for_what_was_not_said(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The council acted, while warning that more cuts may follow.", "The council"),
        ("The senator called the agreement a capitulation.", "The senator"),
        ("What the minister said was that the rise was modest.", "the minister"),
        ("Stocks fell, as analysts said they would.", "analysts"),
        ("Investors worry that rates will rise.", "Investors"),
        ('The mayor ran against the cost of the bridge and what he called "a tax on work."', "he"),
    ],
)
def test_the_same_words_still_attribute(text: str, source: str) -> None:
    found = _main(text)
    assert found is not None and found[0] == source
