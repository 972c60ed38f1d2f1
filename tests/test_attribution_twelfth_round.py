"""Twelfth session (issue 12): families found by running whole articles we wrote in the
held-out kinds (US metro and national copy, non-US broadcast copy, conflict wire copy of
several countries' agencies, US newspapers of the 1940s, features and columns, interviews)
through `framing.analyze`. Sentences written for these tests."""

from __future__ import annotations

import pytest
from attribution_helpers import main_attribution

import framing
from framing.entities import parse_mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle before a described name after an inverted verb
        (
            '"We will not retreat," said retired general Tom Bell.',
            ("retired general Tom Bell", "said"),
        ),
        (
            '"We will not retreat," said retired Maj. Gen. Tom Bell.',
            ("retired Maj. Gen. Tom Bell", "said"),
        ),
        # a court's holding that carries content (LABELS.md: "ruled that the purges broke
        # federal law" is a claim), also with an adjective before the clause's subject
        (
            "The court ruled that the purges broke federal law.",
            ("The court", "ruled"),
        ),
        (
            "In 1954 the Supreme Court held that segregated schools were unconstitutional.",
            ("the Supreme Court", "held"),
        ),
        # impersonal hearsay with an insert before "that"
        (
            "It was learned on good authority that the cabinet would resign.",
            (None, "It was learned"),
        ),
        (
            "It is understood in official circles that the cabinet would resign.",
            (None, "It is understood"),
        ),
        (
            "It was announced on Monday that the plant would close.",
            (None, "It was announced"),
        ),
        # translated agency copy
        (
            "The minister affirmed on his part that the talks would continue.",
            ("The minister", "affirmed"),
        ),
        # a parenthesis and a relative clause between the subject and its verb
        (
            "The Tana Power Company (TPC), which runs the dams, said the releases were needed.",
            ("The Tana Power Company (TPC), which runs the dams", "said"),
        ),
        (
            "Sen. Ana Ruiz (D-Ore.), who chairs the panel, said the bill was dead.",
            ("Sen. Ana Ruiz (D-Ore.), who chairs the panel", "said"),
        ),
        # a tail with a short circumstance outranks an earlier sourceless hearsay form
        (
            "The toll is expected to rise as many are badly hurt, the authority said in a "
            "statement.",
            ("the authority", "said"),
        ),
        (
            "Prices are said to be rising, the minister said on Sunday evening.",
            ("the minister", "said"),
        ),
        # "put it (simply):" before a quotation
        (
            "Councillor Pat Hale put it simply: 'We were told this would never happen.'",
            ("Councillor Pat Hale", "put it simply"),
        ),
        ('She put it this way: "We are done."', ("She", "put it this way")),
        # a lower-case role closing a headline or a sentence after an inverted verb
        ("Ceasefire talks collapse, says foreign minister", ("foreign minister", "says")),
        ("The talks have collapsed, said local officials.", ("local officials", "said")),
        # a headline that names its source after a closing colon
        ("Airstrike on a camp kills 27: health authority", ("health authority", ":")),
        ("Unemployment falls to 4%: ONS", ("ONS", ":")),
    ],
)
def test_twelfth_round_attributions(text: str, expected: tuple[str | None, str]) -> None:
    assert main_attribution(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He held that post for years.",
        "She held that seat which was vacant.",
        "The firm submitted that report in May.",
        "A federal court ruled against the state's voter purges.",  # an action
        "The judge ruled out a retrial.",
        "The rule that requires masks was lifted.",
        "It was found in the basement that the pipes had burst.",
        "The government put it on hold.",
        # the writer at a place, asking: the place is no speaker, the writer is no source
        "I spent the morning at the Fifth Street depot asking riders about the fare.",
        "The council had better options, and it knew it.",  # nothing is reported
        # a section name or a date after a headline's colon is no source
        "The year in review: Sport",
        "Storm batters the coast: In Pictures",  # a section's name, not a source
        "Weather for the weekend: North East England",
        "Schools close early for summer: Monday",
        "He declined comment Friday on the latest questioning of the witness.",
    ],
)
def test_twelfth_round_no_attribution(text: str) -> None:
    assert main_attribution(text) is None


@pytest.mark.parametrize(
    ("headline", "source"),
    [
        ("Health chief: hospitals are full", "Health chief"),
        ("Officials: no sign of survivors", "Officials"),
    ],
)
def test_role_before_a_headline_colon(headline: str, source: str) -> None:
    assert main_attribution(headline) == (source, ":")


@pytest.mark.parametrize(
    "line",
    [
        "Editor: John Smith",  # a header field, no clause after the colon
        "Source: Reuters news agency",
        "Health chief: hospitals are full.",  # a full stop: not a headline
    ],
)
def test_no_role_headline_tag(line: str) -> None:
    from framing.attribution._tags import _role_headline_tag

    assert _role_headline_tag(line, 0, len(line)) is None


@pytest.mark.parametrize(
    ("phrase", "name", "title", "kind"),
    [
        ("Councilman Derek Vale", "Derek Vale", "Councilman", "person"),
        ("State Rep. Carla Moss", "Carla Moss", "State Rep.", "person"),
        ("Local MP Sir Alan Pike", "Sir Alan Pike", "Local MP", "person"),
        (
            "Commander Frank J. Dole of the Ohio Legion",
            "Frank J. Dole",
            "Commander of Ohio Legion",
            "person",
        ),
        # the relative clause after an apposed role is not part of the title
        (
            "Dr. Sam Oke, a family physician who has practiced here for 19 years and is a "
            "plaintiff",
            "Sam Oke",
            "family physician",
            "person",
        ),
        (
            "Sheikh Rami, who is also the Defense Minister of Lusania",
            "Sheikh Rami",
            "Defense Minister of Lusania",
            "person",
        ),
        # a lone title standing for an office-holder; a title that is also a surname is not
        ("Minister", "Minister", None, "role"),
        ("King", "King", None, "person"),
        ("the National Treasury", "National Treasury", None, "organisation"),
    ],
)
def test_twelfth_round_entities(phrase: str, name: str, title: str | None, kind: str) -> None:
    m = parse_mention(phrase)
    assert (m.name, m.title, m.type) == (name, title, kind)


def _entities(text: str) -> list[str | None]:
    rows = framing.analyze(text).sentences
    return [s.source_entity.name if s.source_entity else None for s in rows if s.label == "claim"]


def test_the_company_is_the_named_company_not_a_public_body() -> None:
    text = (
        "Keystone Health Partners closed the ward in March. "
        "A Government Accountability Office report found that staffing was short. "
        "Keystone said in a statement that it would appeal."
    )
    assert _entities(text)[-1] == "Keystone Health Partners"


def test_the_role_noun_of_an_apposition_is_that_person() -> None:
    text = (
        "Dr. Sam Oke, a family physician who has practiced here for years, said the ward "
        "saved lives. The physician added that several patients were afraid."
    )
    first, second = _entities(text)
    assert first == second and first is not None and first.endswith("Sam Oke")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a parenthetical expletive passive between commas: hearsay with no source
        (
            "Governor Brant, it is understood, has ordered two troops to the valley.",
            (None, "it is understood"),
        ),
        ("The bridge, it was announced, will close in May.", (None, "it was announced")),
        # West African press: "It was gathered that ..."
        (
            "It was gathered that the union leaders will meet on Wednesday.",
            (None, "It was gathered"),
        ),
    ],
)
def test_twelfth_round_hearsay(text: str, expected: tuple[str | None, str]) -> None:
    assert main_attribution(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Protesters were gathered to hear the speech.",  # a gathering, not hearsay
        # the outlet's own reporter speaks in the writer's voice
        "Our correspondent, who visited three stations, observed that many pumps were dry.",
    ],
)
def test_twelfth_round_not_a_source(text: str) -> None:
    assert main_attribution(text) is None


def test_our_sources_stay_a_source() -> None:
    assert main_attribution("Our sources say the deal is done.") == ("Our sources", "say")


@pytest.mark.parametrize(
    ("phrase", "name", "title"),
    [
        (
            "Union Minister of State for Home Affairs Shri Ajay Rao",
            "Shri Ajay Rao",
            "Union Minister of State for Home Affairs",
        ),
        ("State Revenue Minister Smt. Lata Sahu", "Smt. Lata Sahu", "State Revenue Minister"),
    ],
)
def test_an_honorific_inside_a_long_title_starts_the_name(
    phrase: str, name: str, title: str
) -> None:
    m = parse_mention(phrase)
    assert (m.name, m.title, m.type) == (name, title, "person")


def test_a_quotation_after_a_tagged_one_keeps_its_speaker() -> None:
    text = (
        '"Ana Vale has had four years to fix this," Rick Toll said in his opening statement. '
        '"Every family here knows someone who was hurt. Every single one." Vale shot back '
        'that Toll had "never once voted" for the funding.'
    )
    rows = framing.analyze(text).sentences
    names = [s.source_entity.name if s.source_entity else None for s in rows]
    assert names[1] == names[2] == "Rick Toll"
    assert names[3] is not None and names[3].endswith("Vale")


def test_a_quotation_before_a_bare_tag_takes_the_tag() -> None:
    text = '"We will win," Rick Toll said on Sunday. "Will we?" Ana Vale asked. "Of course." '
    rows = framing.analyze(text).sentences
    names = [s.source_entity.name if s.source_entity else None for s in rows]
    assert names[1] == "Ana Vale"


@pytest.mark.parametrize(
    "text",
    [
        "The next monthly waiting list figures are due to be published in May.",  # a noun
        "Neither claim survives contact with the council's own figures.",
        # a negative subject and a question after the verb: nothing is reported
        "Neither side has said how it would pay for the tax cuts.",
        "Nobody would say whether the plant will close.",
    ],
)
def test_twelfth_round_nouns_and_refusals(text: str) -> None:
    assert main_attribution(text) is None


def test_a_negative_subject_with_content_still_reports() -> None:
    assert main_attribution("Neither side has said that it would cut taxes.") == (
        "Neither side",
        "has said",
    )


def test_a_pronoun_skips_a_place_in_the_sources_relative_clause() -> None:
    text = (
        "Sheep producer Ailsa Fergus, who farms near Durham Ford, says she is still finding "
        "dead lambs. She says many of her neighbours are worn out."
    )
    rows = framing.analyze(text).sentences
    names = [s.source_entity.name if s.source_entity else None for s in rows]
    assert names == ["Ailsa Fergus", "Ailsa Fergus"]


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun alone after the cue reports no content
        "The governor mentioned it earlier.",
        "Everybody believes that.",
        "No one is suggesting that.",
        # an object that makes the verb an action
        "The fire claimed the lives of three people.",
        "The golf club welcomes visitors to its three courses.",
    ],
)
def test_twelfth_round_no_content(text: str) -> None:
    assert main_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He denied it.", ("He", "denied")),  # a position, even with a pronoun
        ("The court agreed with that.", ("The court", "agreed with")),
        ("Teachers have welcomed the decision.", ("Teachers", "have welcomed")),
        ("He claimed the vote was rigged.", ("He", "claimed")),
        ("The militant group claimed responsibility.", ("The militant group", "claimed")),
    ],
)
def test_twelfth_round_positions_stay(text: str, expected: tuple[str, str]) -> None:
    assert main_attribution(text) == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Company President Blames Outside Agitators", ("Company President", "Blames")),
        ("Daily Walks Slow Memory Decline, Study Finds", ("Study", "Finds")),
        ("Poll Shows Mayor Trailing in Race", ("Poll", "Shows")),
    ],
)
def test_a_verb_after_a_role_in_a_title_case_headline(
    headline: str, expected: tuple[str, str]
) -> None:
    assert main_attribution(headline) == expected


@pytest.mark.parametrize("headline", ["The Report Cards Are Out", "Holiday Sales Figures Rise"])
def test_no_verb_in_these_title_case_headlines(headline: str) -> None:
    assert main_attribution(headline) is None


def test_a_surname_written_before_its_given_name_after_a_title() -> None:
    text = (
        "Special Envoy for Regional Affairs Wang Jiandong held talks with both sides. "
        "During the calls, Wang said the talks must go on."
    )
    rows = [s for s in framing.analyze(text).sentences if s.label == "claim"]
    assert rows and rows[-1].source_entity is not None
    assert rows[-1].source_entity.name == "Wang Jiandong"


def test_a_quotation_before_a_tag_with_a_participle_takes_the_tag() -> None:
    text = (
        '"Our schools are failing," Mayor Tom Reed said at the forum. "Whose fault is that?" '
        "Councilwoman Ana Ruiz replied, pointing out that the mayor had cut the budget."
    )
    rows = framing.analyze(text).sentences
    names = [s.source_entity.name if s.source_entity else None for s in rows]
    assert names[1] == "Ana Ruiz"


# Fixes after an independent review of this round (sentences written for these tests).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He claimed the seat had been stolen from him.", ("He", "claimed")),
        ("Activists claimed life in the camp had become unbearable.", ("Activists", "claimed")),
        ("The minister later conceded it.", ("The minister", "later conceded")),
        ("Economists had predicted this.", ("Economists", "had predicted")),
    ],
)
def test_review_claims_kept(text: str, expected: tuple[str, str]) -> None:
    assert main_attribution(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "If Rovers had held that lead they would have gone top.",
        "The minister held that portfolio and was also deputy leader.",
        "Minister Calls Snap Election",  # an action in a title-case headline
        "Official Reports for Duty After Long Illness",
        "Journalists waited for hours at the gate hoping for a statement.",
    ],
)
def test_review_no_attribution(text: str) -> None:
    assert main_attribution(text) is None


def test_a_bare_military_or_embassy_is_not_the_last_organisation() -> None:
    text = (
        "Human Rights Watch said the strikes hit a school. The military said it targeted "
        "fighters. The embassy said no citizens were hurt."
    )
    names = _entities(text)
    assert names[0] == "Human Rights Watch"
    assert "Human Rights Watch" not in names[1:]


def test_the_company_after_a_company_named_with_a_body_word_first() -> None:
    text = "Office Depot said sales fell. The company said it would close ten stores."
    assert _entities(text) == ["Office Depot", "Office Depot"]


def test_a_pronoun_keeps_a_person_named_in_the_relative_clause() -> None:
    text = (
        "Pedro Alves, whose daughter Maria Alves was hurt in the crash, said the road was "
        "dangerous. She told reporters she could not walk."
    )
    assert _entities(text)[1] == "Maria Alves"


def test_a_q_and_a_whose_standfirst_says_who_spoke_to_us() -> None:
    text = (
        "Q&A: the quake and what comes next\n\n"
        "A strong earthquake struck the region on Wednesday. Hundreds of aftershocks followed.\n\n"
        "Dr Rita Moana, a seismologist who has studied the faults for years, spoke to us about "
        "what happened.\n\n"
        "Q: What happened on Wednesday morning?\n\n"
        "A: A section of the fault ruptured. About 25 kilometres of it moved.\n\n"
        "Q: Was this the big one?\n\n"
        "A: No. The big fault is capable of far more.\n"
    )
    rows = framing.analyze(text).sentences
    answers = [s for s in rows if s.text.startswith(("A:", "About", "No."))]
    assert answers and all(
        s.source_entity is not None and s.source_entity.name.endswith("Rita Moana") for s in answers
    )


# Fixes after a second review on whole articles of its own.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harlan Foods Inc. said Thursday that profits fell.", ("Harlan Foods Inc.", "said")),
        ("Acme Corp. said profits fell.", ("Acme Corp.", "said")),
        ("John Hale Jr. said the plan would fail.", ("John Hale Jr.", "said")),
        (
            "The Supreme Court ruled on Thursday that federal regulators overstepped.",
            ("The Supreme Court", "ruled"),
        ),
        ("The court held last week that the contract was void.", ("The court", "held")),
    ],
)
def test_second_review_attributions(text: str, expected: tuple[str, str]) -> None:
    assert main_attribution(text) == expected


def test_a_feature_that_says_who_spoke_to_the_paper_is_no_interview() -> None:
    text = (
        "Parking plan divides town\n\n"
        "Councillor Janet Moss spoke to the Gazette this week about the new parking scheme.\n\n"
        "Will it work?\n\n"
        "Shop owners are divided. The council raised parking charges last April.\n\n"
        "So what do shoppers think?\n\n"
        "Most of the people on Bridge Street were over 60.\n"
    )
    rows = framing.analyze(text).sentences
    assert all(not s.attributions for s in rows[3:] if not s.text.endswith("?"))


@pytest.mark.parametrize(
    ("phrase", "name", "title"),
    [
        ("Leader of the Opposition R. Ashwin", "R. Ashwin", "Leader of the Opposition"),
        ("Farmer Bruce Hale, who runs cattle near the river", "Bruce Hale", "Farmer"),
    ],
)
def test_second_review_entities(phrase: str, name: str, title: str) -> None:
    m = parse_mention(phrase)
    assert (m.name, m.title, m.type) == (name, title, "person")


def test_a_capital_dateline_with_a_colon_is_no_speaker() -> None:
    text = (
        "Opposition walks out of Assembly\n\n"
        "BENGALURU: Members of the opposition staged a walkout on Tuesday over drought relief. "
        "The Speaker adjourned the House.\n"
    )
    from framing.attribution import find_attributions
    from framing.segmentation import split_sentences

    found = find_attributions(text, split_sentences(text))
    assert all(not row for row in found)


def test_speaker_tags_of_a_transcript_stay() -> None:
    text = "MODERATOR: Welcome to the debate.\n\nSMITH: The budget is a disaster.\n"
    from framing.attribution import find_attributions
    from framing.segmentation import split_sentences

    found = find_attributions(text, split_sentences(text))
    assert [row[0].source.text for row in found if row and row[0].source] == ["MODERATOR", "SMITH"]


def test_she_is_not_the_man_named_last() -> None:
    text = (
        "Prosecutor Alison Drury told the jury that Graham Pettifer had planned the attack. "
        "Pettifer denies murder. She said the evidence was overwhelming."
    )
    assert _entities(text)[-1] == "Alison Drury"


@pytest.mark.parametrize(
    "text", ["Justice Elena Kagan wrote the main dissent.", "She wrote a novel about the war."]
)
def test_writing_a_work_is_an_action(text: str) -> None:
    assert main_attribution(text) is None


def test_writing_in_a_work_that_still_reports() -> None:
    text = "Justice Elena Kagan wrote in the main dissent that the majority had erred."
    assert main_attribution(text) == ("Justice Elena Kagan", "wrote")


def test_the_company_is_not_the_union() -> None:
    text = (
        "The Steelworkers union said the cuts were a betrayal. "
        "The company said the mine was no longer profitable."
    )
    first, second = _entities(text)
    assert first is not None and "union" in first and second != first


@pytest.mark.parametrize("name", ["Hamas", "Boeing", "Toyota"])
def test_one_word_companies_and_movements_are_organisations(name: str) -> None:
    rows = framing.analyze(f"{name} said the talks had failed.").sentences
    assert rows[0].source_entity is not None and rows[0].source_entity.type == "organisation"


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        (
            "the Centers for Disease Control and Prevention",
            "Centers for Disease Control and Prevention",
            "organisation",
        ),
        (
            "Two former jail employees interviewed by the Courier",
            "Two former jail employees interviewed by the Courier",
            "anonymous",
        ),
        ("Secretary of State Ana Ruiz", "Ana Ruiz", "person"),
    ],
)
def test_us_news_entities(phrase: str, name: str, kind: str) -> None:
    m = parse_mention(phrase)
    assert (m.name, m.type) == (name, kind)


def test_it_is_not_the_byline() -> None:
    text = (
        "Utility seeks rate increase\n\nBy Staff Writer\n\n"
        "Tidewater Power asked regulators on Monday to raise rates. "
        "It also cited rising natural gas prices."
    )
    names = _entities(text)
    assert names and names[-1] != "Staff Writer"


def test_a_headline_role_is_the_person_the_article_names_with_it() -> None:
    text = (
        "'Aftershocks will keep coming,' says GNS seismologist\n\n"
        "Dr Rita Moana, a seismologist at GNS Science, said the fault had moved 25 kilometres.\n"
    )
    assert _entities(text) == [_entities(text)[1], _entities(text)[1]]
    assert _entities(text)[1] is not None and _entities(text)[1].endswith("Rita Moana")


def test_a_headline_role_stays_apart_without_its_marks() -> None:
    text = (
        "FAA chief says the shortage will take years to fix\n\n"
        "Priya Raman, chief executive of Summit Air, said the airline would cut flights.\n"
    )
    names = _entities(text)
    assert names[0] != names[1]
