"""Tenth session (issue 12): cited authors ("Smith et al."), one entity for them.

Sentences written for these tests."""

from __future__ import annotations

import pytest
from attribution_helpers import main_attribution

import framing
from framing.attribution._tokens import _Tok
from framing.entities import parse_mention


def test_et_al_is_one_token() -> None:
    text = "Smith et al. found that the effect disappears."
    assert _Tok(text, 0, len(text)).text[:4] == ["Smith", "et", "al.", "found"]
    # "al." is kept whole only after "et"
    other = "It was signed by Sal and al. the rest."
    assert _Tok(other, 0, len(other)).text[6:8] == ["al", "."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Okafor et al. found that rates fall with age.", ("Okafor et al.", "found")),
        ("Okafor et al. argue that rates fall with age.", ("Okafor et al.", "argue")),
        ("Lindqvist et al. said the sample was too small.", ("Lindqvist et al.", "said")),
        ("Okafor et al. (2004) found that rates fall with age.", ("Okafor et al. (2004)", "found")),
        ("According to Okafor et al., rates fall with age.", ("Okafor et al.", "According to")),
        ("Rates fall with age, Okafor et al. reported.", ("Okafor et al.", "reported")),
    ],
)
def test_cited_authors_are_sources(text: str, expected: tuple[str, str]) -> None:
    assert main_attribution(text) == expected


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Okafor et al.", "Okafor et al."),
        ("Okafor et al. (2004)", "Okafor et al."),
        ("Van Dijk et al", "Van Dijk et al."),
    ],
)
def test_cited_authors_entity(phrase: str, name: str) -> None:
    m = parse_mention(phrase)
    assert (m.name, m.type) == (name, "person")


def test_cited_authors_one_entity_in_a_document() -> None:
    text = (
        "The drug was given to 400 patients. Okafor et al. found that the effect fades with "
        "age. Okafor et al. (2004) also said the trial was too small."
    )
    rows = [s for s in framing.analyze(text).sentences if s.label == "claim"]
    assert len(rows) == 2
    assert {(s.source_entity.name, s.source_entity.type) for s in rows if s.source_entity} == {
        ("Okafor et al.", "person")
    }


@pytest.mark.parametrize(
    "phrase", ["Fishermen", "Forecasters", "Farmers", "Clergymen", "Shopkeepers", "Commuters"]
)
def test_a_plural_noun_of_people_is_an_unnamed_group(phrase: str) -> None:
    # capitalised only because it opens the sentence: no person of that name
    assert parse_mention(phrase).type == "anonymous"


@pytest.mark.parametrize("phrase", ["Carmen", "Rogers", "Peters"])
def test_names_like_plurals_stay_people(phrase: str) -> None:
    assert parse_mention(phrase).type == "person"


def test_group_source_in_a_document() -> None:
    text = "The quota was cut by a fifth. Fishermen fear the season will end early."
    [_, claim] = framing.analyze(text).sentences
    assert claim.label == "claim"
    assert claim.source_entity is not None
    assert (claim.source_entity.name, claim.source_entity.type) == ("Fishermen", "anonymous")


def test_a_capitalised_title_after_a_quotation_is_no_cue() -> None:
    # "State" is the first word of the title, not the verb "state"
    text = '"The river is still rising," State Minister Amina Rahim told reporters.'
    assert main_attribution(text) == ("State Minister Amina Rahim", "told reporters")
    [found] = framing.attribution.find_attributions(text, [(0, len(text))])
    assert [a.cue.text for a in found] == ["told reporters"]


def test_a_title_case_headline_keeps_its_cue() -> None:
    assert main_attribution("Mayor Says Bridge Will Reopen") == ("Mayor", "Says")


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("The Food and Agriculture Organization (FAO)", "Food and Agriculture Organization"),
        (
            "The International Federation of Red Cross and Red Crescent Societies (IFRC)",
            "International Federation of Red Cross and Red Crescent Societies",
        ),
        ("Medecins Sans Frontieres (MSF)", "Medecins Sans Frontieres"),
    ],
)
def test_a_name_with_its_acronym_is_an_organisation(phrase: str, name: str) -> None:
    m = parse_mention(phrase)
    assert (m.name, m.type) == (name, "organisation")


def test_brackets_that_are_no_acronym_of_the_name() -> None:
    m = parse_mention("Jane Okoro (PhD)")
    assert (m.name, m.type) == ("Jane Okoro", "person")


def _entities(text: str) -> list[tuple[str, str] | None]:
    return [
        (s.source_entity.name, s.source_entity.type) if s.source_entity else None
        for s in framing.analyze(text).sentences
    ]


def test_the_acronym_later_is_the_same_organisation() -> None:
    text = (
        "The Food and Agriculture Organization (FAO) said harvests would fall. "
        "The FAO said prices would rise by a tenth."
    )
    # the canonical name keeps the article the text gives it
    assert _entities(text) == [("the Food and Agriculture Organization", "organisation")] * 2


def test_a_modified_role_names_its_own_organisation() -> None:
    text = (
        "The disaster ministry said 200 homes were lost. "
        "The meteorological department forecast more rain. "
        "The department said the rain would ease by Friday."
    )
    names = [e[0].lower() if e else None for e in _entities(text)]
    assert names == [
        "the disaster ministry",
        "the meteorological department",
        "the meteorological department",
    ]


def test_a_bare_role_is_not_merged_into_an_organisation_of_another_kind() -> None:
    text = (
        "The Food and Agriculture Organization (FAO) said harvests would fall. "
        "The meteorological department forecast more rain. "
        "The ministry said the shelters were full."
    )
    names = [e[0].lower() if e else None for e in _entities(text)]
    assert names[2] == "the ministry"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the name that opens the sentence, with every insert between it and the cue
        (
            "Senator Harold J. Whitcomb, Republican of Kansas, the committee chairman, called "
            "the package a lifeline.",
            "Senator Harold J. Whitcomb, Republican of Kansas, the committee chairman",
        ),
        (
            "Dana Whitfield, a 61-year-old farmer from Salina, Kansas, says the aid is too late.",
            "Dana Whitfield, a 61-year-old farmer from Salina, Kansas",
        ),
        (
            "Tom Ashby, chairman of the Growers Fund, a lobby group, said the bill would pass.",
            "Tom Ashby, chairman of the Growers Fund, a lobby group",
        ),
        # not a phrase before the name that merely opens the sentence
        (
            "After the vote, Ana Ruiz, the chairwoman, said the bill was dead.",
            "Ana Ruiz, the chairwoman",
        ),
        ("In Leeds, Ana Ruiz, a nurse, said she was tired.", "Ana Ruiz, a nurse"),
    ],
)
def test_a_name_before_several_inserts(text: str, source: str) -> None:
    found = main_attribution(text)
    assert found is not None and found[0] == source


@pytest.mark.parametrize(
    "text",
    [
        # a refusal to give content is no attribution (LABELS.md: "declined to comment")
        "She declined to say how much more would be needed.",
        "The firm declined to discuss the terms.",
        "He refused to say who had paid for the trip.",
        "He did not say whether he would run again.",
        "Officials would not confirm how many jobs would go.",
        "She did not tell reporters whether she would stand.",
    ],
)
def test_refusals_report_nothing(text: str) -> None:
    assert main_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a refusal with a that-clause still reports it, and so does a plain denial
        ("She refused to say in the interview that the plan had failed.", "refused to say"),
        ("He did not say that the plan had failed.", "did not say"),
        ("The minister said the plan had failed.", "said"),
    ],
)
def test_content_after_a_negated_cue_stays(text: str, cue: str) -> None:
    found = main_attribution(text)
    assert found is not None and found[1] == cue


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("The United Nations", "United Nations"),
        ("the European Union", "European Union"),
        ("Human Rights Watch", "Human Rights Watch"),
    ],
)
def test_organisations_named_without_an_organisation_word(phrase: str, name: str) -> None:
    m = parse_mention(phrase)
    assert (m.name, m.type) == (name, "organisation")


@pytest.mark.parametrize(
    ("phrase", "name", "title"),
    [
        ("UN Secretary-General Maria Fernandes", "Maria Fernandes", "UN Secretary-General"),
        ("Director-General Tomas Reyes", "Tomas Reyes", "Director-General"),
    ],
)
def test_hyphenated_titles_are_titles(phrase: str, name: str, title: str) -> None:
    m = parse_mention(phrase)
    assert (m.name, m.title, m.type) == (name, title, "person")


# --- the independent review's findings (fixed before shipping) --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "me"/"us" with content around it: the attribution stays
        ('"The bridge is unsafe," the engineer told us.', ("the engineer", "told")),
        ("The rebels have left the town, residents told us.", ("residents", "told")),
        ('She told me: "We are leaving tomorrow."', ("She", "told")),
        # a topic before a parenthetical attribution is not its source
        (
            "Alexei Volkov, his lawyer, Irina Sokolova, said on Friday, had been moved.",
            ("his lawyer, Irina Sokolova", "said"),
        ),
        (
            "Pedro Alvarez, his agent, a former player, said, would not renew his contract.",
            ("his agent, a former player", "said"),
        ),
        # a that-clause after a refusal's preposition is a content
        (
            "She refused to say in the interview that the plan had failed.",
            ("She", "refused to say"),
        ),
    ],
)
def test_review_attributions_kept(text: str, expected: tuple[str, str]) -> None:
    assert main_attribution(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "that" as a determiner or a relative pronoun after a refusal: still a refusal
        "The club refused to disclose the fee for that transfer.",
        "The bank declined to discuss the fine that regulators imposed last year.",
        # contracted negations
        "The ministry wouldn't say whether the talks had failed.",
        "Officials didn't say when the road would reopen.",
        "He won't say how many jobs will go.",
    ],
)
def test_review_refusals(text: str) -> None:
    assert main_attribution(text) is None


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # a bare role finds the company, club or union named before
        ("Deutsche Bank said profits had doubled.", "The company said it would pay more.", True),
        (
            "Manchester City said the striker was hurt.",
            "The club said he would miss a month.",
            True,
        ),
        (
            "The National Education Association said teachers would strike.",
            "The union said talks had failed.",
            True,
        ),
        # a modifier that names another body
        (
            "The Ministry of Health said 40 cases were found.",
            "The foreign ministry said so.",
            False,
        ),
        ("The Ministry of Health said 40 cases were found.", "The health ministry said so.", True),
        # an unnamed group, then the same group with an article
        ("Fishermen fear the new quota.", "The fishermen said the season was over.", True),
    ],
)
def test_review_role_merging(first: str, second: str, same: bool) -> None:
    a, b = _entities(f"{first} {second}")
    assert a is not None and b is not None
    assert (a == b) is same


@pytest.mark.parametrize(
    ("phrase", "name", "title", "kind"),
    [
        ("De la Cruz et al. (2019)", "De la Cruz et al.", None, "person"),
        ("Dr. Nakamura et al.", "Nakamura et al.", "Dr.", "person"),
        ("Vice-President Ana Mendes", "Ana Mendes", "Vice-President", "person"),
        ("Lieutenant-General Ahmed Saeed", "Ahmed Saeed", "Lieutenant-General", "person"),
        ("Mary Jane Okafor (MJO)", "Mary Jane Okafor", "MJO", "person"),
    ],
)
def test_review_mentions(phrase: str, name: str, title: str | None, kind: str) -> None:
    m = parse_mention(phrase)
    assert (m.name, m.title, m.type) == (name, title, kind)


@pytest.mark.parametrize("phrase", ["Specimen", "Regimen"])
def test_review_men_words_that_are_no_groups(phrase: str) -> None:
    assert parse_mention(phrase).type != "anonymous"


@pytest.mark.parametrize(
    ("phrase", "name", "title", "kind"),
    [
        # an age is no title
        ("Grace Mwangi, 42, a teacher", "Grace Mwangi", "teacher", "person"),
        ("Grace Mwangi, 42", "Grace Mwangi", None, "person"),
        # institutions named by a place or building
        ("The Federal Reserve", "Federal Reserve", None, "organisation"),
        ("The Pentagon", "Pentagon", None, "organisation"),
        ("Scotland Yard", "Scotland Yard", None, "organisation"),
    ],
)
def test_ages_and_institutions(phrase: str, name: str, title: str | None, kind: str) -> None:
    m = parse_mention(phrase)
    assert (m.name, m.title, m.type) == (name, title, kind)


def test_a_title_case_headline_lends_no_name_to_its_title() -> None:
    # "Warns Of Deep" after "Minister" is the headline's verb and words, not a name
    text = (
        "Minister Warns Of Deep Cuts To Hospital Budgets\n\n"
        "The finance minister said on Tuesday that budgets would fall by a tenth."
    )
    names = [e[0] for e in _entities(text) if e]
    assert names and not any("Warns" in n for n in names)
