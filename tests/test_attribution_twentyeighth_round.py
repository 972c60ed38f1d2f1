"""Issue 12, twenty-eighth session: a time phrase after an apposition is no source ("The
minister, Colin Mercer, today announced"), a word after a possessive is a noun of the source
("according to Keshtan's state energy company"), and the people of a place or workplace are
an unnamed group ("Irrigators in southern New South Wales say"). Our own sentences."""

from __future__ import annotations

import pytest
from attribution_helpers import main_source

import framing
from framing.attribution import find_attributions
from framing.entities import parse_mention

_source = main_source


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "The state's Water Minister, Colin Mercer, today announced that allocations "
            "would be cut.",
            "The state's Water Minister, Colin Mercer",
        ),
        (
            "The minister, Colin Mercer, on Tuesday announced that allocations would be cut.",
            "The minister, Colin Mercer",
        ),
        (
            "Colin Mercer, the minister, yesterday said allocations would be cut.",
            "Colin Mercer, the minister",
        ),
        ("The mayor, Ann Lee, this week warned that rates would rise.", "The mayor, Ann Lee"),
        # unchanged: a time phrase with no apposition, an opening phrase before the subject
        ("The mayor today announced that rates would rise.", "The mayor"),
        ("After the vote, today officials said rates would rise.", "officials"),
    ],
)
def test_a_time_phrase_after_an_apposition_is_no_source(sentence: str, source: str) -> None:
    assert _source(sentence) == source


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Prices rose, according to Keshtan's state energy company.",
            "Keshtan's state energy company",
        ),
        ("Prices rose, according to Ruritania's claim.", "Ruritania's claim"),
        ("The country's state broadcaster reported the fire.", "The country's state broadcaster"),
        # "'s" for "has": the verb stays the cue
        ("The company's said it will cut jobs.", "The company"),
    ],
)
def test_a_word_after_a_possessive_is_a_noun_of_the_source(sentence: str, source: str) -> None:
    assert _source(sentence) == source


@pytest.mark.parametrize(
    ("mention", "head"),
    [
        ("Irrigators in southern New South Wales", "irrigators"),
        ("Residents of northern Ontario", "residents"),
        ("Growers across eastern Victoria", "growers"),
        ("Nursing staff at St Brendan's Hospital in Kilcarra", "staff"),
        ("Staff at the hospital", "staff"),
    ],
)
def test_the_people_of_a_place_are_an_unnamed_group(mention: str, head: str) -> None:
    m = parse_mention(mention)
    assert (m.name, m.type, m.title, m.role) == (mention, "anonymous", None, head)


@pytest.mark.parametrize(
    ("mention", "type_"),
    [("Friends of the Earth", "organisation"), ("Knights of Columbus", "organisation")],
)
def test_an_organisation_named_like_a_group_stays_one(mention: str, type_: str) -> None:
    assert parse_mention(mention).type == type_


def test_a_groups_entity_in_a_story() -> None:
    text = "Irrigators in southern New South Wales say they will lose their crops this year."
    (s,) = framing.analyze(text).sentences
    assert s.label == "claim"
    assert s.source_entity is not None
    assert (s.source_entity.name, s.source_entity.type) == (
        "Irrigators in southern New South Wales",
        "anonymous",
    )


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Mr O'Brien said the count was flawed.", "Mr O'Brien"),
        ("Mr Pryce-Jenkins said the count was flawed.", "Mr Pryce-Jenkins"),
        (
            "Mr Pryce-Jenkins, a former councillor, congratulated his rival but said the count "
            "was flawed.",
            "Mr Pryce-Jenkins, a former councillor",
        ),
        # a dateline before the subject and its apposition
        (
            "SAN FRANCISCO - Veltrix Systems Inc., the software maker, said on Monday it would "
            "buy a rival.",
            "Veltrix Systems Inc., the software maker",
        ),
        (
            "LAGOS (Reuters) - Zenith Oil, the country's largest refiner, said output fell.",
            "Zenith Oil, the country's largest refiner",
        ),
        # not a dash inside a sentence
        ("Prices fell - Zenith Oil, the refiner, said output fell.", None),
        # a "where" clause between the subject and the verb
        (
            "St Aidan's Hospital, where he was treated, said he was recovering.",
            "St Aidan's Hospital, where he was treated",
        ),
    ],
)
def test_subjects_with_marks_datelines_and_where_clauses(sentence: str, source: str | None) -> None:
    assert _source(sentence) == source


@pytest.mark.parametrize(
    ("mention", "name", "title"),
    [
        ("St Aidan's Hospital, where he was treated", "St Aidan's Hospital", None),
        (
            "A spokesman for the Carnmore Cycling Club, of which she was a member",
            "A spokesman for the Carnmore Cycling Club",
            None,
        ),
        ("Another resident, 71-year-old Gerald Finch", "Gerald Finch", "Another resident"),
    ],
)
def test_a_relative_clause_or_an_age_is_no_part_of_the_entity(
    mention: str, name: str, title: str | None
) -> None:
    m = parse_mention(mention)
    assert (m.name, m.title) == (name, title)


@pytest.mark.parametrize(
    ("mention", "type_"),
    [
        ("MPs", "anonymous"),
        ("Labour MPs", "anonymous"),
        ("Several MEPs", "anonymous"),
        ("The Meteorological Directorate", "organisation"),
        ("Dr Ann Lee", "person"),
    ],
)
def test_members_of_a_house_are_unnamed_and_a_directorate_an_organisation(
    mention: str, type_: str
) -> None:
    assert parse_mention(mention).type == type_


# what a review of the second batch found (our own sentences)
@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # a name before a dash is no dateline
        ("Tom Hale - the mayor, a Labour veteran, said the budget was balanced.", None),
        ("The Kelso Times - the town's oldest paper, founded in 1850, said it would close.", None),
        # an adverbial "where" is no insert of the source
        ("Police, where possible, said they would avoid arrests.", None),
    ],
)
def test_no_dateline_or_where_clause_read_into_a_source(sentence: str, source: str | None) -> None:
    assert _source(sentence) == source


@pytest.mark.parametrize(
    ("mention", "name", "title", "type_"),
    [
        (
            "Ann Lee, chair of the cross-party group of MPs",
            "Ann Lee",
            "chair of the cross-party group of MPs",
            "person",
        ),
        ("The committee, of which she is chair", "committee", None, "role"),
        ("Ann Lee, to whom the letter was addressed", "Ann Lee", None, "person"),
    ],
)
def test_a_person_described_by_mps_and_prepositional_relatives(
    mention: str, name: str, title: str | None, type_: str
) -> None:
    m = parse_mention(mention)
    assert (m.name, m.title, m.type) == (name, title, type_)


def _answers(text: str) -> dict[str, str]:
    return {
        s.text: s.source_entity.name
        for s in framing.analyze(text).sentences
        if s.source_entity is not None and s.text.startswith("A:")
    }


def test_the_headlines_last_named_person_answers() -> None:
    text = (
        "Hannah Okafor meets Peter Vance\n\n"
        "Peter Vance has run the mill for thirty years, and Hannah Okafor asked him why.\n\n"
        "Q: Why stay?\n\nA: Because it is home.\n\nQ: And next?\n\nA: More of the same."
    )
    assert set(_answers(text).values()) == {"Peter Vance"}


@pytest.mark.parametrize(
    "text",
    [
        # no headline: the first line is a paragraph
        "Mayor Ann Lee said on Monday she would ban cars from the centre. We asked an "
        "economist what it means.\n\nQ: Will parking get harder?\n\nA: Yes, at first.\n\n"
        "Q: And shops?\n\nA: Some will lose trade.",
        # a headline that names no person
        "Your Questions Answered: the new bin rules\n\nYour Questions Answered is our weekly "
        "column.\n\nQ: When is collection?\n\nA: On Tuesdays.\n\nQ: And glass?\n\nA: Fortnightly.",
        "Ford at 100: the questions answered\n\nFord Motor Co. turns 100. Gerald Ford, a "
        "historian, said the firm had changed America.\n\nQ: Who founded it?\n\nA: Henry Ford."
        "\n\nQ: Where?\n\nA: Detroit.",
    ],
)
def test_answers_without_a_named_interviewee_have_no_entity(text: str) -> None:
    assert _answers(text) == {}


@pytest.mark.parametrize(
    ("mention", "name", "title", "type_"),
    [
        # a surname in "-qvist" is no job word in "-ist"
        ("State Rep. Gary Lindqvist, a Republican", "Gary Lindqvist", "State Rep.", "person"),
        # a party is no title when an office stands before the name
        ("Sen. Rafael Ortega, a Democrat from Tucson", "Rafael Ortega", "Sen.", "person"),
        ("Gary Lindqvist, a Republican", "Gary Lindqvist", None, "person"),
        # a mission is an organisation
        (
            "the UN Human Rights Monitoring Mission in Ukraine",
            "UN Human Rights Monitoring Mission in Ukraine",
            None,
            "organisation",
        ),
        ("the activist Ann Lee", "Ann Lee", "activist", "person"),
    ],
)
def test_surnames_parties_and_articles_in_mentions(
    mention: str, name: str, title: str | None, type_: str
) -> None:
    m = parse_mention(mention)
    assert (m.name, m.title, m.type) == (name, title, type_)


def test_an_article_is_no_entitys_title() -> None:
    text = "Cases rose, according to the Inland Regional Health District."
    (s,) = framing.analyze(text).sentences
    assert s.source_entity is not None
    assert s.source_entity.title is None


def _rows(text: str) -> list[list[tuple[str | None, str]]]:
    from framing.segmentation import split_sentences

    found = find_attributions(text, split_sentences(text))
    return [[(a.source.text if a.source else None, a.cue.text) for a in row] for row in found]


def test_a_title_case_dateline_before_a_sourced_sentence_is_no_speaker() -> None:
    rows = _rows("New Delhi: India on Monday called for restraint.\n\nThe ministry said more.")
    assert rows[0] == [("India", "called for")]


def test_a_transcripts_first_turn_keeps_its_tag() -> None:
    rows = _rows("Smith: The minister said taxes would rise.\n\nJones: He is wrong.\n\nSmith: No.")
    assert ("Smith", ":") in rows[0]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Officials privy to the development said the talks would resume.",
            "Officials privy to the development",
        ),
        ("Sources party to the talks said the deal was close.", "Sources party to the talks"),
        (
            "Fighters loyal to the general said the town had fallen.",
            "Fighters loyal to the general",
        ),
        (
            "Sources connected to the ministry said the plan was ready.",
            "Sources connected to the ministry",
        ),
        ("Officials linked to the party said the plan was ready.", "Officials linked to the party"),
    ],
)
def test_sources_described_by_what_they_are_close_to(sentence: str, source: str) -> None:
    assert _source(sentence) == source


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "A poll conducted in January by Coyote Ridge Research found 61 percent support.",
            "A poll conducted in January by Coyote Ridge Research",
        ),
        (
            "A report released on Monday by the Water Department found the aquifer was shrinking.",
            "A report released on Monday by the Water Department",
        ),
        (
            "A study published last week by Oxford researchers found the drug worked.",
            "A study published last week by Oxford researchers",
        ),
        (
            "A report released last year by the state agency found that levels dropped.",
            "A report released last year by the state agency",
        ),
    ],
)
def test_a_document_made_at_a_time_by_someone_is_the_source(sentence: str, source: str) -> None:
    assert _source(sentence) == source
