"""attr12 (issue 12): entity names as the annotators write them, and the last cue families.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from framing.attribution import find_attributions
from framing.entities import document_entities
from framing.segmentation import split_sentences
from framing.types import Entity


def _per(text: str) -> list[Entity | None]:
    return document_entities(text, find_attributions(text, split_sentences(text)))[0]


# --- 1. entity names: the honorific and the article the document writes -----------------


@pytest.mark.parametrize(
    ("text", "k", "name"),
    [
        # an honorific written before the full name stays in the name (annotation brief)
        (
            "Dr Lena Brandt, a chemist at the institute, said the samples were clean.",
            0,
            "Dr Lena Brandt",
        ),
        ("Alhaji Sani Dauda said the market would reopen on Friday.", 0, "Alhaji Sani Dauda"),
        # ... also when the source names her by surname and the full form is elsewhere
        (
            "The trial was led by Prof. Ines Kowal of the medical school.\n\n"
            "Kowal said the results were early.",
            1,
            "Prof. Ines Kowal",
        ),
        # a short title of office is the title, not part of the name
        ("Gov. Tom Ashby said the budget was balanced.", 0, "Tom Ashby"),
        ("Sen. Ada Brock said the vote would be close.", 0, "Ada Brock"),
        # no honorific anywhere: the bare name
        ("Lena Brandt said the samples were clean.", 0, "Lena Brandt"),
    ],
)
def test_a_person_keeps_the_honorific_the_document_writes(text: str, k: int, name: str) -> None:
    ent = _per(text)[k]
    assert ent is not None and ent.name == name and ent.type == "person"


def test_the_honorific_stays_the_title_too() -> None:
    ent = _per("Hajia Zainab Musa said the stalls were too small.")[0]
    assert ent == Entity("Hajia Zainab Musa", "Hajia", "person")


@pytest.mark.parametrize(
    ("text", "k", "name"),
    [
        # the article of an organisation, in lower case at the start of a sentence
        (
            "The Harbour Pilots Association said the channel was too shallow.",
            0,
            "the Harbour Pilots Association",
        ),
        (
            "Fishing was halted.\n\nOn Monday the Coastal Water Board said the bay was safe.",
            1,
            "the Coastal Water Board",
        ),
        # unnamed documents and groups keep theirs
        ("An internal memo warned that the budget would run out.", 0, "an internal memo"),
        # a name first written without one stays bare
        ("Officials said the road would reopen.", 0, "Officials"),
        ("Meridian Freight said it would cut forty jobs.", 0, "Meridian Freight"),
        # "a Harbour Pilots Association report": the article is the report's, not the guild's
        (
            "A Harbour Pilots Association report came out in May.\n\n"
            "Harbour Pilots Association said the channel was too shallow.",
            1,
            "Harbour Pilots Association",
        ),
    ],
)
def test_an_organisation_or_document_keeps_its_article(text: str, k: int, name: str) -> None:
    ent = _per(text)[k]
    assert ent is not None and ent.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a middle initial is no acronym that cuts the name
        (
            "The study was run by Ruth K. Amsel.\n\nAmsel said the effect was small.",
            "Ruth K. Amsel",
        ),
        # a first initial "A." is no article
        (
            "The plan was dropped. A. P. Lindqvist had objected to it.\n\n"
            "Lindqvist said the cost was too high.",
            "A. P. Lindqvist",
        ),
    ],
)
def test_initials_stay_in_the_fullest_name(text: str, name: str) -> None:
    ent = _per(text)[-1]
    assert ent is not None and ent.name == name


def test_a_councillor_abbreviation_is_a_title() -> None:
    text = (
        'Mayor Hana Petrov opened the meeting.\n\n"We cannot keep the pool open," Cr Petrov said.'
    )
    ent = _per(text)[-1]
    assert ent is not None and ent.name == "Hana Petrov"
