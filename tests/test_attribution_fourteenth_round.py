"""Fourteenth session (issue 12): content clauses without "that" after verbs of finding and
ruling, "that" before a plural subject, inquiries as documents, juries and tribunals as
agents, and names with a contraction, a capitalised verb, "to" or a fronted preposition in
them. Families found on GUM's attribution gold (`benchmarks/attribution_gum.py`) and on the
document dev set's entity errors. Every text here was written for these tests."""

from __future__ import annotations

import pytest
from attribution_helpers import main_attribution
from test_entities_thirteenth_round import entity_of

from framing.attribution import find_attributions, quote_states
from framing.entities import document_entities, parse_mention
from framing.segmentation import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a finding or ruling whose clause has no "that": a short subject and a finite verb
        ("The inquiry found the council had failed to act.", ("The inquiry", "found")),
        ("The scientists found crop yields would fall by 2050.", ("The scientists", "found")),
        ("Researchers found the drug reduced deaths by a third.", ("Researchers", "found")),
        ("Investigators found the pilot had been drinking.", ("Investigators", "found")),
        ("Tests showed the water was safe to drink.", ("Tests", "showed")),
        ("The appeals court ruled the ban was unlawful.", ("The appeals court", "ruled")),
        ("The jury found the defendant was not guilty.", ("The jury", "found")),
        # "that" before a plural subject whose verb comes after a phrase
        (
            "A Greek court has ruled that worshippers of the old gods may meet at the sites.",
            ("A Greek court", "has ruled"),
        ),
        (
            "The judge held that members of the public had no right of access.",
            ("The judge", "held"),
        ),
        # an inquiry speaks as a document
        ("The inquiry found that the council had ignored warnings.", ("The inquiry", "found")),
        ("The tribunal ruled that the dismissal was unfair.", ("The tribunal", "ruled")),
    ],
)
def test_clause_without_that_or_after_a_plural(text: str, expected: tuple[str, str]) -> None:
    assert main_attribution(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # objects, not clauses: events and actions stay without attribution
        "Police found the body in a field.",
        "She found the book on the shelf.",
        "Rescuers found the injured man near the road.",
        "Police found the man armed and dangerous.",
        "The judge ruled the country for years.",
        "The party has ruled the city since 1990.",
        "The referee ruled the goal offside.",
        "She held that post for years.",
        # an indirect question is no content clause
        "The law shows how far the country has come.",
        # a reflexive, a relative clause, a noun before a modal, "haven" of "haven't"
        "Putin found himself shouldered aside by emerging powers.",
        "The New Yorker could not find a single witness who could put him at the party.",
        "So the ban on gun shows would do little to prevent crime.",
        "Efforts are underway to ensure none find a lasting haven in the country.",
        # "rule" as a noun
        "Jews under Nazi rule may have been forced to collaborate.",
        "Under your rules you are not allowed to ask each other a question.",
    ],
)
def test_objects_are_not_clauses(text: str) -> None:
    assert main_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "sentence", "expected"),
    [
        # a contraction is no part of a name: "I'm Priya Nair" names Priya Nair
        (
            "Dana Holt and Priya Nair run a games studio in Leeds. "
            "The studio is basically me and Priya, I'm Dana Holt. "
            "And I'm Priya Nair. "
            "We met at school, like she said, and we started making comics together.",
            3,
            "Priya Nair",
        ),
        # a capitalised verb inside a name: the person before "of ..., who"
        (
            "The company was founded by Ola Berg of Heaven Sent Gaming, "
            "who said the market is growing.",
            0,
            "Ola Berg",
        ),
        # "to" between two capitalised words of one name
        (
            "The National Campaign for People's Right to Information said the law was weak.",
            0,
            "the National Campaign for People's Right to Information",
        ),
        # a name after a capitalised preposition that opens the sentence
        (
            "For Kevin Ames, a teacher in Leeds, the strike is personal. "
            "He said the pay offer was an insult.",
            1,
            "Kevin Ames",
        ),
    ],
)
def test_entity_names(text: str, sentence: int, expected: str) -> None:
    assert entity_of(text, sentence) == expected


def test_a_preposition_before_a_place_names_nobody() -> None:
    text = "At Northfield Hospital the wards were full. She said staff were exhausted."
    assert entity_of(text, 1) == "She"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month that ends a name is no time phrase: the whole name speaks
        ("Theresa May said the deal was done.", ("Theresa May", "said")),
        (
            "Prime Minister Theresa May said the deal was done.",
            ("Prime Minister Theresa May", "said"),
        ),
        ("The deal was done, Brian May said.", ("Brian May", "said")),
        ("Mrs May said talks would go on.", ("Mrs May", "said")),
        # but a month after a preposition or before a day is still a time
        ("Last May the council said fares would rise.", ("the council", "said")),
        ("In May the council said fares would rise.", ("the council", "said")),
        # "to" between two capitalised words of a name, but not "According to"
        (
            "The Campaign to Protect Rural England said the plan was flawed.",
            ("The Campaign to Protect Rural England", "said"),
        ),
        (
            "According to Trump's own tweets, he had already decided.",
            ("Trump's own tweets", "According to"),
        ),
        # a comma after "that" opens an insert of the content, not a parenthesis of the cue
        (
            "Ann Ruiz, president of Parents for Safe Roads, the city's largest road group, "
            "agreed that, legally, the plan was sound.",
            (
                "Ann Ruiz, president of Parents for Safe Roads, the city's largest road group",
                "agreed",
            ),
        ),
    ],
)
def test_whole_names(text: str, expected: tuple[str, str]) -> None:
    assert main_attribution(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun after its determiner and a capitalised subject do not end the clause's subject
        ("Justice Anthony Kerr found the reports were substantially true.", "found"),
        ("The justices ruled the state must draw a second district.", "ruled"),
        ("A royal commission has found the Victorian government ignored warnings.", "has found"),
        # a month that opens the sentence before a verb of saying is a name
    ],
)
def test_more_clauses_and_month_names(text: str, expected: str) -> None:
    found = main_attribution(text)
    assert found is not None and found[1] == expected
    assert found[0] is not None and found[0].split()[-1] in ("Kerr", "justices", "commission")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("May said the plan stands.", ("May", "said")),
        ("But March insisted the vote was fair.", ("March", "insisted")),
        ("April told reporters the deal was done.", ("April", "told reporters")),
    ],
)
def test_a_month_before_a_verb_of_saying_is_a_name(text: str, expected: tuple[str, str]) -> None:
    assert main_attribution(text) == expected


def entity_full(text: str, sentence: int) -> tuple[str, str | None] | None:
    spans = split_sentences(text)
    per, _ = document_entities(text, find_attributions(text, spans))
    e = per[sentence]
    return None if e is None else (e.name, e.title)


@pytest.mark.parametrize(
    ("text", "sentence", "expected"),
    [
        # the title written before the full name in another sentence
        (
            "President William Ruto has made housing a central promise. "
            "When Ruto launched the programme in 2023, he said it would create homes.",
            1,
            ("William Ruto", "President"),
        ),
        (
            "Former Finance Minister Ada Cole spoke first. Cole said the budget was tight.",
            1,
            ("Ada Cole", "Former Finance Minister"),
        ),
        # a role in apposition to the name, before or after it
        (
            "Later, I talked to the resident nun, Ani Kunga, about psychology. "
            "Ani Kunga explained that the mind is a river.",
            1,
            ("Ani Kunga", "resident nun"),
        ),
        (
            'Harry Denton, San Francisco nightclub owner: "My favourite is the soup."',
            0,
            ("Harry Denton", "San Francisco nightclub owner"),
        ),
        # an honorific is no title
        ("We met Mr. Tom Bell at the depot. Bell said it was fine.", 1, ("Tom Bell", None)),
    ],
)
def test_entity_titles(text: str, sentence: int, expected: tuple[str, str | None]) -> None:
    assert entity_full(text, sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a function word inside a capitalised name: a body or a campaign, not a person
        ("Save the Children", ("Save the Children", "organisation")),
        ("People's Right to Information", ("People's Right to Information", "organisation")),
        ("Campaign for Nuclear Disarmament", ("Campaign for Nuclear Disarmament", "organisation")),
        # but not a title with its portfolio, nor two surnames, nor a place after a name
        ("Smith and Jones", ("Jones", "person")),
        ("Tom Bell in London", ("Tom Bell", "person")),
    ],
)
def test_bodies_named_with_a_function_word(text: str, expected: tuple[str, str]) -> None:
    m = parse_mention(text)
    assert (m.name, m.type) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # advocates, campaigners, proponents: groups that hold positions, like critics
        (
            "Still, gun-control advocates believe momentum is on their side.",
            ("gun-control advocates", "believe"),
        ),
        ("Campaigners fear the law is too weak.", ("Campaigners", "fear")),
        ("Proponents of the plan believe it will pass.", ("Proponents of the plan", "believe")),
    ],
)
def test_groups_that_hold_positions(text: str, expected: tuple[str, str]) -> None:
    assert main_attribution(text) == expected


def test_an_advocate_as_a_noun_is_no_source() -> None:
    assert main_attribution("He is an advocate of reform.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share of a people taken as one holds a view
        (
            "In Germany, around 30 percent of the population thinks the concerns are legitimate.",
            ("30 percent of the population", "thinks"),
        ),
        (
            "Only 40 percent of the electorate supports the plan.",
            ("Only 40 percent of the electorate", "supports"),
        ),
        # weak verbs of saying before a clause without "that"
        ("She noted the plan had failed.", ("She", "noted")),
    ],
)
def test_shares_and_weak_verbs(text: str, expected: tuple[str, str]) -> None:
    assert main_attribution(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "state" and "report" stay nouns before a clause
        "A police state surveilling its own citizens is a moving target.",
        "Local and state law enforcement offices are working on the case.",
    ],
)
def test_state_as_a_noun(text: str) -> None:
    assert main_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed group capitalised only because it opens the sentence stays unnamed
        ("Officials at the Department of Health", "anonymous"),
        ("Researchers at Stanford University", "anonymous"),
        # but a name that opens with a group word stays the organisation
        ("Doctors Without Borders", "organisation"),
    ],
)
def test_a_group_opening_the_sentence(text: str, expected: str) -> None:
    assert parse_mention(text).type == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the code review's cases (fourteenth session)
        # a paragraph opening with capitals does not go on with a single-marked quotation
        ("‘We are ready,’ she said. ‘We will strike.\nUK ministers met on Monday.", 2),
        # a year's apostrophe opens nothing
        ("The senator said the class of ‘98 was special. The economy grew by 3 percent.", 1),
        # an inch mark does not close a quotation left open two paragraphs before
        ('He called it "a farce.\nThe vote was held on Monday.\nThe firm sells a 27" monitor.', 1),
    ],
)
def test_writer_sentences_after_stray_marks(text: str, expected: int) -> None:
    spans = split_sentences(text)
    found = find_attributions(text, spans)
    assert [bool(f) for f in found[expected:]] == [False] * (len(spans) - expected)


def test_a_single_marked_quotation_holding_a_double_marked_one() -> None:
    text = "‘We were told it was “dead”. We were shocked,’ the mayor said. Talks resume."
    assert quote_states(text, split_sentences(text)) == [True, True, False]


@pytest.mark.parametrize(
    "text",
    [
        "The jury found Brian May guilty of fraud.",
        "Police found actor Will Smith's car abandoned.",
        "Police found a man named Smith.",
    ],
)
def test_a_name_is_no_clause(text: str) -> None:
    assert main_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "sentence", "expected"),
    [
        # no title across a sentence end, from a relative clause, or from a longer name
        (
            "The plan was backed by the finance minister. William Ruto said it would pass.",
            1,
            ("William Ruto", None),
        ),
        (
            "Ann Bell, whose father was a pilot, said the airline would fold. Bell said more.",
            1,
            ("Ann Bell", None),
        ),
        (
            "Harry Denton said the club would close. "
            "Meanwhile the club's owner, Harry Dentonson, disagreed.",
            0,
            ("Harry Denton", None),
        ),
    ],
)
def test_titles_the_review_found_wrong(
    text: str, sentence: int, expected: tuple[str, str | None]
) -> None:
    assert entity_full(text, sentence) == expected
