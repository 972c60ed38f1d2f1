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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We always ate in the kitchen," Rowe reminisced.', ("Rowe", "reminisced")),
        ('"Not a chance," she scoffed.', ("she", "scoffed")),
        ('"It is over," he sighed, "for now."', ("he", "sighed")),
        ('She laughed: "Never again."', ("She", "laughed")),
        ('"Perhaps," ventured an aide, "we should wait."', ("an aide", "ventured")),
    ],
)
def test_manner_verbs_next_to_a_quotation(text: str, expected: tuple[str, str]) -> None:
    assert main_attribution(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He laughed at the joke.",
        "The crowd laughed as the mayor spoke.",
        "He ventured into the forest.",
        'Investors marvel at the "miracle" of the market.',
    ],
)
def test_manner_verbs_without_a_quotation_are_no_cue(text: str) -> None:
    assert main_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('Her style has been described as "the fullest idiom of its time".', "has been described"),
        ('He has been described as "the most versatile composer".', "has been described"),
        ("The plan was widely derided as a giveaway.", "was widely derided"),
        ("The deal was hailed as a breakthrough.", "was hailed"),
    ],
)
def test_described_as_is_hearsay_without_source(text: str, cue: str) -> None:
    # the subject is what is described, not who describes it
    assert main_attribution(text) == (None, cue)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge was described by engineers as unsafe.", ("engineers", "was described")),
        ("The minister described the plan as reckless.", ("The minister", "described")),
        ("She was quoted as saying the plan was reckless.", ("She", "was quoted")),
    ],
)
def test_described_as_with_its_describer(text: str, expected: tuple[str, str]) -> None:
    assert main_attribution(text) == expected


def test_described_as_outside_a_passive_is_no_cue() -> None:
    assert main_attribution("As described above, the method works.") is None
    assert main_attribution("The method, described as simple, works.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Section 12 provides that the board may set fees.", ("Section 12", "provides")),
        ("Article 5 states that members must pay.", ("Article 5", "states")),
        (
            "Section 40 of the Water Act provides that wells need a permit.",
            ("Section 40 of the Water Act", "provides"),
        ),
        ("The law provides that rates must be fair.", ("The law", "provides")),
        ("The contract stipulates that the firm pays.", ("The contract", "stipulates")),
    ],
)
def test_documents_and_their_numbered_parts_speak(text: str, expected: tuple[str, str]) -> None:
    assert main_attribution(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Some 5 states that border the sea voted no.",  # a count of states
        "The clinic provides care to 400 people.",  # "provide" without "that": an action
        "The agreement provides for a ceasefire.",
        "In 2010, 12 reported cases were found.",
    ],
)
def test_numbers_and_provisions_that_are_no_cue(text: str) -> None:
    assert main_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There was a study last year suggesting that coffee is safe.", ("a study", "suggesting")),
        ("There are reports saying the bridge is closed.", ("reports", "saying")),
    ],
)
def test_there_is_a_source_before_a_participle(text: str, expected: tuple[str, str]) -> None:
    assert main_attribution(text) == expected


def test_a_quoted_title_inside_an_insert_after_the_subject() -> None:
    text = 'Ferrand, who directed "The Long Road," said: "Most actors are shy."'
    assert main_attribution(text) == ("Ferrand", "said")
    text = 'The report, titled "Broken Promises," said: "Funding fell by a third."'
    assert main_attribution(text) == ("The report", "said")
    # a quotation before the cue with the source after it stays as it was
    assert main_attribution('"We will win," said Ferrand.') == ("Ferrand", "said")


# The review of the round (an independent helper's probes): misfires, fixed


@pytest.mark.parametrize(
    "text",
    [
        "Residents endured what can only be described as a siege.",  # the writer's idiom
        "The economy can be described as stagnant at best.",
        "The crowd laughed: the mayor had forgotten his notes.",  # a colon that explains
        "There is no evidence suggesting that the vaccine causes autism.",  # nobody says it
        "There are no reports indicating casualties.",
        "The accord signals a thaw between the two countries.",  # the writer's inference
        "The law shows how far the country has come.",
        "Chapter 11 shows that the company is in trouble.",
    ],
)
def test_review_no_attribution(text: str) -> None:
    assert main_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plan was criticised as too costly by the national audit office.",
            ("the national audit office", "was criticised"),
        ),
        (
            "The deal was hailed as a breakthrough by both governments.",
            ("both governments", "was hailed"),
        ),
        ("The scheme was long derided as a white elephant.", (None, "was long derided")),
        ("The scheme has been labelled as a failure.", (None, "has been labelled")),
        (
            "There was a report by Reuters saying that the talks had failed.",
            ("a report by Reuters", "saying"),
        ),
        (
            "There is a poll by Gallup showing that support has fallen.",
            ("a poll by Gallup", "showing"),
        ),
        ("Farmers grumbled that prices were too low.", ("Farmers", "grumbled")),
        ("She scoffed that the plan would never work.", ("She", "scoffed")),
        ('He sighed, "It is over."', ("He", "sighed")),
        (
            'After the jury said "not guilty," the defendant sighed with relief.',
            ("the jury", "said"),
        ),
        (
            "Doctors Without Borders said forces hit Al-Awda Hospital in Jabalia.",
            ("Doctors Without Borders", "said"),
        ),
    ],
)
def test_review_attribution(text: str, expected: tuple[str | None, str]) -> None:
    assert main_attribution(text) == expected


@pytest.mark.parametrize(
    ("phrase", "name", "title", "kind"),
    [
        ("Prime Minister Narendra Modi (BJP)", "Narendra Modi", "Prime Minister", "person"),
        ("Sir Keir Starmer (MP)", "Keir Starmer", "MP", "person"),
        ("Bola Ahmed Tinubu (APC)", "Bola Ahmed Tinubu", "APC", "person"),
        (
            "Mothers Against Drunk Driving (MADD)",
            "Mothers Against Drunk Driving",
            None,
            "organisation",
        ),
        ("Reporters Without Borders", "Reporters Without Borders", None, "organisation"),
    ],
)
def test_review_people_with_party_acronyms_stay_people(
    phrase: str, name: str, title: str | None, kind: str
) -> None:
    m = parse_mention(phrase)
    assert (m.name, m.title, m.type) == (name, title, kind)


def test_review_the_head_of_a_body_is_not_the_body() -> None:
    m = parse_mention("The head of the chamber of commerce")
    assert (m.type, m.role) == ("role", "head")
    text = (
        "The town plans a parking tax. The head of the chamber of commerce said the tax would "
        "drive shops away. The chamber of commerce said it would fight the plan."
    )
    rows = [s for s in framing.analyze(text).sentences if s.label == "claim"]
    names = [s.source_entity.name for s in rows if s.source_entity]
    assert len(rows) == 2 and len(set(names)) == 2


def test_review_next_attribution_tail_is_a_tail() -> None:
    from framing.features import _next_tail

    assert _next_tail("” Ada Cole said.") and _next_tail('" Ada Cole said.')
    assert not _next_tail('"Officials told me nothing."')  # an opening quotation
