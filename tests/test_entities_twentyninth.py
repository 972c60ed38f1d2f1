"""Issue 12, twenty-ninth session: source entities' names, titles and types, and a
newsroom's quoted subhead given to the speaker below it. Our own sentences."""

from __future__ import annotations

import pytest
from attribution_helpers import claim_entities, line_sources

from framing.entities import parse_mention
from framing.entities._text import _title_before


@pytest.mark.parametrize(
    ("mention", "name", "title", "type_"),
    [
        # a company's descriptor before its name is no title of a person
        ("Supermarket chain Fairbanks", "Fairbanks", None, "organisation"),
        ("Budget airline Skyline", "Skyline", None, "organisation"),
        ("Retail analyst Tom Baker", "Tom Baker", "Retail analyst", "person"),
        # a body's person: the person, the body as title
        (
            "The Murray Growers Council's Ruth Walsh",
            "Ruth Walsh",
            "Murray Growers Council",
            "person",
        ),
        # a body's officer or document is no person
        (
            "The Government's Chief Medical Officer",
            "The Government's Chief Medical Officer",
            None,
            "anonymous",
        ),
        ("The Council's Housing Strategy", "The Council's Housing Strategy", None, "anonymous"),
        # an aside in brackets with a comma is no part of the name
        ("Cllr Ann Marsh (Green, Eastfield)", "Ann Marsh", "Cllr", "person"),
        ("John Smith (45, of Main Street, Navan)", "John Smith", None, "person"),
        # a job before a one-word name stays a person's title
        ("Film producer Puttnam", "Puttnam", "Film producer", "person"),
        # a hometown is no title; a role then a first name is the person so named
        ("Dean Ashby, 41, of Shrewsbury", "Dean Ashby", None, "person"),
        ("Mr Ashby's sister, Helen", "Helen", "sister", "person"),
        ("The BBC's Helen Strand", "Helen Strand", "BBC", "person"),  # unchanged
        ("Save the Children", "Save the Children", None, "organisation"),  # unchanged
    ],
)
def test_descriptors_and_owners_before_a_name(
    mention: str, name: str, title: str | None, type_: str
) -> None:
    m = parse_mention(mention)
    assert (m.name, m.title, m.type) == (name, title, type_)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "The letter went to Home Office minister Ian Crane on Monday.",
            "Ian Crane",
            "Home Office minister",
        ),
        (
            "The Northern Ireland Secretary Ann Hale said so.",
            "Ann Hale",
            "Northern Ireland Secretary",
        ),
        ("Yesterday Police Chief Tom Ray said so.", "Tom Ray", "Police Chief"),
        ("said Finance Minister Ada Cole.", "Ada Cole", "Finance Minister"),
    ],
)
def test_a_portfolio_of_two_words_before_a_title(text: str, name: str, title: str) -> None:
    assert _title_before(name, text) == title


def test_a_person_named_with_a_two_word_portfolio_keeps_it() -> None:
    text = (
        "A petition was sent to Home Office minister Ian Crane on Tuesday.\n\n"
        "Mr Crane said the plan would go ahead."
    )
    assert claim_entities(text) == [("Ian Crane", "Home Office minister")]


def test_a_quoted_subhead_takes_the_speaker_below_it() -> None:
    text = (
        "Ferry fares to rise\n\n"
        'Fares will rise by 9% in May, the operator said. "It is not a decision we took '
        'lightly," its chief executive, Rhona Bell, said.\n\n'
        "'Daylight robbery'\n\n"
        "Islanders met on Tuesday.\n\n"
        'Councillor Dan Moir called the rise "daylight robbery" and said he would fight it.'
    )
    assert line_sources(text, "'Daylight robbery'") == [("Councillor Dan Moir", True)]


def test_a_quoted_subhead_with_no_speaker_below_keeps_what_it_had() -> None:
    text = (
        '"We will not close the pool," the mayor said.\n\n'
        "'Not enough'\n\n"
        "The pool opened in 1962.\n\n"
        "It has 40 lanes."
    )
    assert line_sources(text, "'Not enough'") == [("the mayor", True)]
