"""Issue 12, twentieth session: the titles of named sources, found where the document gives
them (our own sentences)."""

from __future__ import annotations

import pytest
from attribution_helpers import claim_entities

from framing.entities._mention import parse_mention
from framing.entities._written import plain_title

_claim_entities = claim_entities


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Gov. Mike Levitt of Utah", "Gov. of Utah"),
        ("Sen. Ann Ruiz of Ohio", "Sen. of Ohio"),
        ("Governor Mike Levitt of Utah", "Governor of Utah"),
        ("Dr. Ann Ruiz of Ohio State University", "Ohio State University"),
        ("Rep. Jerrold Nadlin, D-New York City", "Rep."),
        ("Rep. Sam Bohler, R-Utica, N.Y.", "Rep."),
        ("Jane Doe, E-Commerce Director", "E-Commerce Director"),  # no party tag
        ("Sen. Ann Ruiz of the Armed Services Committee", "Armed Services Committee"),
    ],
)
def test_a_title_of_office_keeps_its_place_and_drops_the_party_tag(text: str, title: str) -> None:
    assert parse_mention(text).title == title


def test_a_postposed_source_takes_its_apposition_as_title() -> None:
    text = (
        "Rates will stay low for months, said Anthony Chang, managing director and chief "
        "economist at the Banc Two Advisors Corp., in Columbus."
    )
    assert _claim_entities(text) == [("Anthony Chang", "managing director and chief economist")]
    text = (
        '"We cut the old method," said Robert Schell, acting managing director of Smithsonian '
        "Press. "
    )
    assert _claim_entities(text) == [
        ("Robert Schell", "acting managing director of Smithsonian Press")
    ]


def test_the_title_given_where_the_person_is_not_the_source() -> None:
    text = (
        "Hotels were full.\n\nLena Ward, general manager of the Harbor Hotel, whooped when she "
        'saw the news.\n\n"It is the best week we have had," she said.'
    )
    assert _claim_entities(text)[-1] == ("Lena Ward", "general manager of the Harbor Hotel")


def test_a_title_of_office_before_the_name_elsewhere() -> None:
    text = (
        "The bill passed.\n\nRep. Sam Bohlert, a Republican from Utica, secured $4 million for "
        'a bridge.\n\n"It is a good day for the valley," Bohlert said.'
    )
    assert _claim_entities(text)[-1][1] is not None
    text = 'The plan was led by Gov. Mike Lovett of Utah.\n\n"It will pass," Lovett said.'
    assert _claim_entities(text) == [("Mike Lovett", "Gov.")]


def test_an_apposition_outranks_a_lone_short_title_and_a_role_outranks_it_too() -> None:
    text = (
        "Dr. Evelyn Hocker, a heterosexual psychologist, ran the study.\n\n"
        '"The men were well adjusted," Hocker said.'
    )
    assert _claim_entities(text) == [("Evelyn Hocker", "heterosexual psychologist")]
    text = (
        "Gov. Harold W. Stimson, who cut the ribbon, spoke first.\n\n"
        '"A year ago there was nothing here," the Governor said.'
    )
    assert _claim_entities(text)[-1] == ("Harold W. Stimson", "Governor")


def test_a_long_field_without_a_name_is_left_out_of_the_title() -> None:
    text = (
        "Kristen Wilkes, assistant professor of photography and curator of the exhibit, hung "
        'the prints.\n\n"They have never been shown," Wilkes said.'
    )
    assert _claim_entities(text)[-1] == ("Kristen Wilkes", "assistant professor")


@pytest.mark.parametrize(
    ("title", "plain"),
    [
        ("assistant professor", "assistant professor"),
        ("Lead researcher Dr", "Lead researcher"),
        ("Harvard law professor", "Harvard law professor"),
        ("seismologist at GNS Science", "seismologist"),
    ],
)
def test_a_lower_case_job_word_is_no_honorific(title: str, plain: str) -> None:
    assert plain_title(title) == plain


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("As well as Tom Leeds, the manager of the shop was arrested.", "Tom Leeds", None),
        (
            "When police questioned Tom Leeds, the owner of the van was never found.",
            "Tom Leeds",
            None,
        ),
        (
            "In a letter to Tom Leeds, the president of the club thanked him, the paper said.",
            "Tom Leeds",
            None,
        ),
        (
            "Tom Leeds, then a junior officer with the Army, was there.",
            "Tom Leeds",
            "junior officer with the Army",
        ),
        (
            "Tom Leeds, professor of history at the University of St. Andrews, was there.",
            "Tom Leeds",
            "professor of history at the University of St. Andrews",
        ),
        (
            "Phyllis Howe, president of the U.S. Figure Skating Association, was there.",
            "Phyllis Howe",
            "president of the U.S. Figure Skating Association",
        ),
        (
            "Tom Leeds, leader of the party for a decade, was there.",
            "Tom Leeds",
            "leader of the party",
        ),
    ],
)
def test_an_apposition_after_a_name_is_a_title_only_when_it_is_one(
    text: str, name: str, title: str | None
) -> None:
    from framing.entities._titles import _apposition_title

    assert _apposition_title(name, text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The plan of former Gov. Ana Ruiz failed.", "former Gov."),
        ("The case went to Police Chief Ana Ruiz.", "Police Chief"),
    ],
)
def test_words_before_a_short_title_of_office_join_it(text: str, title: str) -> None:
    from framing.entities._text import _title_before

    assert _title_before("Ana Ruiz", text) == title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Westbrook Supply Inc., Maple Heights, N.J., facing a cash squeeze",
            "Westbrook Supply Inc",
            None,
        ),
        ("Acme Corp., of Dayton, Ohio", "Acme Corp", None),
        ("Midwest Grain Co., Topeka, Kan.", "Midwest Grain Co", None),
        ("Melinda McCall of Georgetown, Indiana", "Melinda McCall", None),
        ("William Lee, MD, president of the Vascular Foundation", "William Lee", "MD"),
    ],
)
def test_a_place_after_a_source_is_no_title(text: str, name: str, title: str | None) -> None:
    m = parse_mention(text)
    assert (m.name, m.title) == (name, title)


@pytest.mark.parametrize(
    ("title", "plain"),
    [
        ("Associate Professor", "Associate Professor"),
        ("Vice-chancellor Professor", "Vice-chancellor"),
        ("Planned Parenthood President Dr.", "Planned Parenthood President"),
        ("Police Chief", "Police Chief"),
        ("former Gov.", "former Gov."),
    ],
)
def test_a_short_title_of_office_stays_at_a_titles_end(title: str, plain: str) -> None:
    assert plain_title(title) == plain


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Dr. Sam Ortiz, Del Mar, Calif.", "Sam Ortiz", "Dr."),
        ("Jane Doe, Attorney General, Texas", "Jane Doe", "Attorney General"),
    ],
)
def test_a_city_before_a_state_goes_but_a_title_stays(text: str, name: str, title: str) -> None:
    m = parse_mention(text)
    assert (m.name, m.title) == (name, title)


def test_an_assistant_professor_keeps_the_professor() -> None:
    assert plain_title("Assistant Professor") == "Assistant Professor"
