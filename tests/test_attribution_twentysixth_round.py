"""Issue 12, twenty-sixth session: what wave 42's prose (editorials on world affairs, everyday
written English, technical, government and academic prose, UK and Irish columns) and wave 43's
writers (letters, blogs, government documents, essays, journal articles, travel guides) showed
attribution missing or inventing; our own sentences."""

from __future__ import annotations

import pytest
from attribution_helpers import main_attribution as _main

from framing.attribution import find_attributions

# --- parenthetical academic citations: the cited work is the source -------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Wild bees pollinate many food crops (Harwell and Ostby, 2011).", "Harwell and Ostby"),
        ("Average job tenure is about two years (Saxenian, 1996, p. 12).", "Saxenian"),
        (
            "Gains of this size compare favourably with other programmes (Adeyemi & Clarke, "
            "2015; Whitlow, 2017).",
            "Adeyemi & Clarke",
        ),
        (
            "The masons also worked at Cashel (see Harrington 1987), though this is unproven.",
            "Harrington",
        ),
        ("The accord demilitarised the main force in 1996 (Warren 2002: 157-158).", "Warren"),
        ("Turnout fell in every ward (Okafor et al., 2011, p. 44).", "Okafor et al."),
        (
            "A metascience has grown up (see Munafò et al., 2017) in several fields.",
            "Munafò et al.",
        ),
        (
            "Rhyme breaks across lines (Domínguez Caparrós, 2000: 103) in these poems.",
            "Domínguez Caparrós",
        ),
        ("Growth was strongest in the south (van der Berg 2004a; Li 2006).", "van der Berg"),
        ("Rates rose in 2022 (Bank of England, 2023, p. 4).", "Bank of England"),
        ("Hollins and Draper (2016) recorded 142 bee species in one city.", "Hollins and Draper"),
    ],
)
def test_a_parenthetical_citation_attributes_the_sentence(text: str, source: str) -> None:
    assert _main(text) == (source, "(")


@pytest.mark.parametrize(
    "text",
    [
        "She starred in a comedy (Three Sinners, 1950) and two thrillers.",  # a film and its year
        "Ninja films had been done badly (Beverly Hills Ninja, 1997).",  # three words: a title
        "We follow a four-step approach (Williams, 2010):",  # a method that opens a list
        "He was born in Leeds (1950) and moved to York.",  # a year alone
        "The figures are in the annex (Table 3).",  # no year
        'She wrote that "the rules are clear (Smith, 2001)" in her letter.',  # inside a quotation
    ],
)
def test_what_is_no_parenthetical_citation(text: str) -> None:
    row = find_attributions(text, [(0, len(text))])[0]
    assert all(a.cue.text != "(" or a.source is None for a in row) or not row
    assert _main(text) is None or _main(text)[1] != "("  # type: ignore[index]


def test_a_single_citation_counts_in_a_text_that_cites() -> None:
    text = (
        "Average job tenure is about two years (Saxenian, 1996). "
        "Turnover is around 35 per cent (Jones, 1996)."
    )
    spans = [(0, 55), (56, len(text))]
    found = find_attributions(text, spans)
    assert [(r[0].source.text, r[0].cue.text) for r in found] == [("Saxenian", "("), ("Jones", "(")]
    alone = "Average job tenure is about two years (Saxenian, 1996)."
    assert _main(alone) is None  # one bare name and a year, and nothing else cited


@pytest.mark.parametrize(
    "text",
    [
        "The bridge collapsed in the storm (January 1953) and was never rebuilt.",  # a date
        "LONDON (May 2019) - Shares rose on Monday.",
        "The company was founded in Seattle (Washington, 1994).",  # a place
        "She was elected twice (Labour, 1997, 2001).",  # a party
        "He appeared in two films (Jaws, 1975).",  # a title
        "Dunkirk (2017) grossed $527 million worldwide.",  # no verb of research
        "Data were analysed using SPSS (IBM, 2017; R Core Team, 2020).",  # a tool
        "Unlike earlier work (Smith et al., 2001), we find no effect of income.",  # a contrast
        "Were these rewards deferred (Williamson et al., 1975)?",  # a question
    ],
)
def test_what_the_review_found_is_no_citation(text: str) -> None:
    assert _main(text) is None


def test_a_verb_attribution_outranks_the_citation() -> None:
    text = "Critics have argued that this widens gaps (Aho 2008)."
    row = find_attributions(text, [(0, len(text))])[0]
    assert [(a.source.text if a.source else None, a.cue.text) for a in row] == [
        ("Critics", "have argued")
    ]


def test_a_cited_sentence_in_a_document_gets_an_entity() -> None:
    from framing.entities import document_entities

    text = (
        "Bees in Cities\n\nWild bees pollinate many food crops (Harwell and Ostby, 2011). "
        "The bees were counted in June."
    )
    spans = [(0, 14), (16, 78), (79, 109)]
    found = find_attributions(text, spans)
    assert found[1] and found[1][0].source is not None
    assert found[1][0].source.text == "Harwell and Ostby"
    entity = document_entities(text, found)[0][1]
    assert entity is not None and entity.name == "Harwell and Ostby"  # one entity, both names
    assert not found[2]  # the next sentence is the writer's


# --- counts of monitoring bodies --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The OSCE recorded 1,940 ceasefire violations in July.", "The OSCE", "recorded"),
        (
            "The United Nations has recorded 3,870 civilian deaths since September.",
            "The United Nations",
            "has recorded",
        ),
        (
            "The Joint Monitoring Mission recorded 312 violations in October.",
            "The Joint Monitoring Mission",
            "recorded",
        ),
        (
            "Greater Manchester Police recorded 1,212 failing-to-stop collisions last year.",
            "Greater Manchester Police",
            "recorded",
        ),
        (
            "International monitors counted 427 explosions in twelve hours.",
            "International monitors",
            "counted",
        ),
        ("Organisers counted about 200 injured.", "Organisers", "counted"),
        (
            "One industry tracker counted 41 acquisitions in the half.",
            "One industry tracker",
            "counted",
        ),
        (
            "The Peace Observers Network has also documented 86 killings since March.",
            "The Peace Observers Network",
            "has also documented",
        ),
    ],
)
def test_a_monitoring_body_counting_a_figure_is_its_claim(text: str, source: str, cue: str) -> None:
    assert _main(text) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "Malaysia recorded more than 36,000 deaths between 2020 and 2022.",  # a place's figure
        "The city recorded 79 homicides through the end of August.",
        "The band recorded 12 songs in 1969.",
        "The NBA recorded 12 sellouts.",
        "Police recorded 41 illegal border crossers on Monday.",  # a capital opening the line
        "Our volunteers counted 1,412 eviction hearings.",
        "The Joint Monitoring Mission recorded its first patrol.",  # no figure
    ],
)
def test_other_counters_are_no_attribution(text: str) -> None:
    assert _main(text) is None


# --- habits of saying, received wisdom ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Ministers like to say that the cuts are shared fairly.", "Ministers", "like to say"),
        (
            "The generals like to point out that they took power to save the nation.",
            "The generals",
            "like to point out",
        ),
        ("Critics love to claim that the scheme has failed.", "Critics", "love to claim"),
        ("She likes to say she was born in a storm.", "She", "likes to say"),
    ],
)
def test_liking_to_say_is_saying(text: str, source: str, cue: str) -> None:
    assert _main(text) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "Residents would like to see the park reopened.",  # a wish
        "I would like to say that the staff were wonderful.",  # the writer's own voice
        "We would like to thank everyone who came.",
        "Children like to play in the fountain.",
    ],
)
def test_a_wish_or_a_liking_is_no_attribution(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The received wisdom at Westminster is that voters want lower taxes.",
            "The received wisdom at Westminster is",
        ),
        ("The conventional wisdom is that turnout will be low.", "The conventional wisdom is"),
    ],
)
def test_received_wisdom_is_hearsay_without_a_source(text: str, cue: str) -> None:
    assert _main(text) == (None, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The wisdom of crowds is that they are often right.",  # no "received"/"conventional"
        "Conventional wisdom is wrong.",  # no "that"
        "The conventional wisdom was a poor guide.",
    ],
)
def test_other_wisdom_is_no_hearsay(text: str) -> None:
    assert _main(text) is None


# --- labels, credits and words that are no cue -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "CAUTION: Stand downstream of the meter and to one side.",
        "URGENT: Your Account Has Been Temporarily Suspended",
        "IMPORTANT: Do not reply to this email.",
        "Moderator: Dana Whitcomb of WLTC News.",  # a transcript's header credits
        "Panelists: Ray Ortiz, The Courier; Ann Lee, KTVX.",
        "Host: Lee Park, KTVX.",
        "The department chair must approve in writing any transfer of data.",
        "Most comments came from facility operators.",
        "Fourteen comments came from labour organisations.",
        "Click here to claim your bottle before this page comes down.",
        "The policy covers disputes over authorship and claims related to property.",
    ],
)
def test_labels_credits_and_nouns_are_no_attribution(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("MODERATOR: Governor Reagan.", "MODERATOR"),  # giving the floor: a turn
        ("MODERATOR: Thank you, Governor.", "MODERATOR"),
        ("Moderator: Good evening and welcome to the debate.", "Moderator"),
    ],
)
def test_a_role_tag_that_speaks_stays_a_speaker(text: str, source: str) -> None:
    assert _main(text) == (source, ":")


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("He claimed his innocence throughout the trial.", "He", "claimed"),
        ("She claims her son had been framed by the police.", "She", "claims"),
        ("The union says claims of abuse are false.", "The union", "says"),
    ],
)
def test_claiming_a_stance_or_a_clause_stays_a_cue(text: str, source: str, cue: str) -> None:
    assert _main(text) == (source, cue)


# --- what the round must leave alone (seen in the attributions of all annotated documents) ---


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("CHAIR: Thanks, Tom.", "CHAIR", ":"),  # a turn, not a header's credit
        ("Moderator: Sharon, go ahead.", "Moderator", ":"),
        ("She was hurt by a partner she says became violent.", "she", "says"),  # a contact clause
        ("Hillary now claims her vote for the war was a mistake.", "Hillary", "now claims"),
        ("Mr Wilson claimed his right to free speech was being violated.", "Mr Wilson", "claimed"),
        ("The mayor kept saying the budget was balanced.", "The mayor", "kept saying"),
    ],
)
def test_turns_contact_clauses_and_claimed_clauses_stay(text: str, source: str, cue: str) -> None:
    assert _main(text) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "3000 m steeplechase: 8:07.92 (Rome, 2009)",  # a record's field line, not a citation
        "1500 m: 3:38.10 (Nairobi, 2008)",
    ],
)
def test_a_place_and_year_in_a_field_line_is_no_citation(text: str) -> None:
    assert _main(text) is None


def test_a_gerund_after_like_is_a_comparison_not_a_habit() -> None:
    row = find_attributions("It's like saying the sky is green.", [(0, 34)])[0]
    assert all("like" not in a.cue.text for a in row)


def test_a_name_after_as_is_the_cited_author() -> None:
    assert _main("As Jones (1996) shows, films are made by networks.") == ("Jones (1996)", "shows")


# --- the review's findings (a helper's review of the round) ----------------------------------


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The company claims its software cuts costs by half.", "The company", "claims"),
        ("She claims her husband, a doctor, was abroad at the time.", "She", "claims"),
        ("The union says paid leave should be extended.", "The union", "says"),
        ("The survey finds paid work is rising.", "The survey", "finds"),
        (
            "The council would like to point out that the charges are lawful.",
            "The council",
            "would like to point out",
        ),
        ("MODERATOR: Senator Obama, Senator McCain.", "MODERATOR", ":"),  # giving the floor
        ("HOST: THANK YOU, JOHN.", "HOST", ":"),
    ],
)
def test_review_what_must_stay_an_attribution(text: str, source: str, cue: str) -> None:
    assert _main(text) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "Residents would really like to see the park reopened.",
        "More than 400,000 unemployment claims filed since March are waiting.",
        "Taxpayers can claim their expenses online.",
        "The Police recorded five studio albums between 1978 and 1983.",  # a band
        "My fitness tracker recorded 12,000 steps on Sunday.",  # a device
        "The Coalition recorded 48 per cent of the two-party vote.",  # a party's poll figure
        "Interviewer: Kirsty Young of BBC Radio 4",  # a header's credit
        "The accepted wisdom is that which has stood the test of time.",
    ],
)
def test_review_what_must_not_be_an_attribution(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Conventional wisdom is that turnout will be low.", "Conventional wisdom is"),
        ("But the conventional wisdom is that the deal is dead.", "the conventional wisdom is"),
        (
            "The conventional wisdom, however, is that the deal is dead.",
            "The conventional wisdom, however, is",
        ),
        (
            "The received wisdom among economists has long been that rates will stay low.",
            "The received wisdom among economists has long been",
        ),
    ],
)
def test_review_received_wisdom_in_its_other_shapes(text: str, cue: str) -> None:
    assert _main(text) == (None, cue)
