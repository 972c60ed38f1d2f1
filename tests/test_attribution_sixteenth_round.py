"""Sixteenth session (issue 12): subjects described at length, as British, Irish and
Commonwealth copy writes them. A participle phrase after the subject ("The union representing
4,000 rail workers said", "Two men arrested after the raid have told police"), a body named
"trust" ("the hospital trust, which runs three sites,"), "-ing" nouns after a preposition
("The minister responsible for housing, Anne Kiely,"), a figure with a comma inside the
subject, "it is understood" without "that", "the court heard how", "whose" clauses, and the
entity of such a source (its head, not the words about it). Found by probing the library with
sentences of these shapes; every text here was written for these tests."""

from __future__ import annotations

import pytest
from attribution_helpers import entity_of, main_attribution

from framing.attribution import find_attributions
from framing.entities import document_entities, parse_mention
from framing.segmentation import split_sentences


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "The union representing 400 bus drivers said talks had failed.",
            "The union representing 400 bus drivers",
            "said",
        ),
        (
            "Two women arrested after the protest have told police they were not involved.",
            "Two women arrested after the protest",
            "have told",
        ),
        (
            "Researchers studying the outbreak believe it began in late May.",
            "Researchers studying the outbreak",
            "believe",
        ),
        (
            "Campaign groups fighting the new runway have vowed to fight on.",
            "Campaign groups fighting the new runway",
            "have vowed",
        ),
        (
            "A group of tenants living near the depot told reporters the noise was constant.",
            "A group of tenants living near the depot",
            "told reporters",
        ),
        (
            "After the vote, the union representing cleaners said the strike would go ahead.",
            "the union representing cleaners",
            "said",
        ),
        (
            "The alliance led by the Greens insists the budget adds up.",
            "The alliance led by the Greens",
            "insists",
        ),
    ],
)
def test_subject_with_a_participle_phrase(text: str, source: str, cue: str) -> None:
    assert main_attribution(text) == (source, cue)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a main verb in the past tense, not a participle phrase: the words before the cue
        # are no subject of it
        ("Reporters waited for hours at the gate hoping for a statement.", None),
        ("Police shot him in the leg, officials said.", ("officials", "said")),
        # a capitalised name before a past form is the main verb's subject
        ("On June 14 Powell participated in a summit, aides said.", ("aides", "said")),
        # "leading" after a number or determiner is an adjective: the head stays the noun
        (
            "The two leading candidates believe the race is tight.",
            ("The two leading candidates", "believe"),  # with its article since round 25
        ),
    ],
)
def test_main_verbs_are_no_participle_phrases(text: str, expected: tuple[str, str] | None) -> None:
    assert main_attribution(text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A spokesman for the hospital trust, which runs three sites, said it would reopen.",
            "A spokesman for the hospital trust, which runs three sites",
        ),
        (
            "The minister responsible for housing, Anne Kiely, said the target would be met.",
            "The minister responsible for housing, Anne Kiely",
        ),
        (
            "The union representing 4,000 rail workers said talks had failed.",
            "The union representing 4,000 rail workers",
        ),
        (
            "The group, made up of local residents and shop owners, believes the plan is flawed.",
            "The group, made up of local residents and shop owners",
        ),
        (
            "Parents whose children attend the school have written to the head teacher to"
            " complain that the roof leaks.",
            "Parents whose children attend the school",
        ),
    ],
)
def test_long_subjects_reach_their_head(text: str, source: str) -> None:
    found = main_attribution(text)
    assert found is not None
    assert found[0] == source


def test_trust_as_a_body_is_no_cue() -> None:
    # "trust" after an acronym or a word like "hospital" names a body; the verb after the
    # phrase is the cue
    text = "The NHS trust running the hospital said the delays were regrettable."
    assert main_attribution(text) == ("The NHS trust running the hospital", "said")
    # the verb "trust" still reports a stance
    assert main_attribution("Most voters trust the mayor.") == ("Most voters", "trust")


def test_a_phrasal_verb_used_as_a_noun_inside_a_subject() -> None:
    # "rail" reports only with "against"; before a lower-case noun it is part of the phrase
    assert main_attribution("The state rail operator said trains were running.") == (
        "The state rail operator",
        "said",
    )
    assert main_attribution("He railed against the decision.") == ("He", "railed against")
    # "hits" after a name stays a verb: no phrase runs over it
    found = main_attribution("Sanders hits Buttigieg for billionaire support, aides say.")
    assert found == ("aides", "say")


def test_a_figure_with_a_comma_inside_the_subject() -> None:
    assert main_attribution("In 2011, 4,000 people said no.") == ("4,000 people", "said")
    assert main_attribution("Prices rose by 4,000 percent, officials said.") == (
        "officials",
        "said",
    )


@pytest.mark.parametrize(
    "text",
    [
        "It is understood the two men were known to each other.",
        "It is believed the fire started in the kitchen.",
        "It is thought Smith will resign on Friday.",
        "It was reported the ship had sunk.",
    ],
)
def test_it_is_understood_without_that_is_hearsay(text: str) -> None:
    found = main_attribution(text)
    assert found is not None
    source, cue = found
    assert source is None  # no "It" as the source
    assert cue.lower().startswith("it ")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "An inquest into his death heard he had been drinking.",
            "An inquest into his death heard",
        ),
        ("The inquest heard he had been drinking.", "The inquest heard"),
        ("The court heard how the pair had planned the robbery.", "The court heard"),
    ],
)
def test_a_hearing_body_heard(text: str, cue: str) -> None:
    assert main_attribution(text) == (None, cue)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The fund, Leeds crown court heard, did not exist.", "Leeds crown court heard"),
        ("The money, the jury heard, was never repaid.", "the jury heard"),
    ],
)
def test_a_hearing_body_set_off_by_commas(text: str, cue: str) -> None:
    assert main_attribution(text) == (None, cue)


def test_a_hearing_body_heard_evidence_is_an_action() -> None:
    assert main_attribution("The court heard evidence from three witnesses.") is None


def test_added_as_a_passive_action() -> None:
    assert main_attribution("Over 20,000 hotel rooms have been added in three years.") is None
    # with a quotation or a colon after it, a note "was added" still attributes
    found = main_attribution('Finally a footnote was added: "This article was amended."')
    assert found is not None


def test_a_who_clause_does_not_reach_over_a_new_clause() -> None:
    found = find_attributions(
        "Those whose homes were flooded say they were not warned.", [(0, 55)]
    )[0]
    sources = [a.source.text for a in found if a.source]
    assert all("say" not in s for s in sources)


@pytest.mark.parametrize(
    ("mention", "name", "type_"),
    [
        ("The company, based in Leeds", "company", "role"),
        ("The inquiry, chaired by a retired judge", "inquiry", "document"),
        ("Residents of the estate, many of them elderly", "Residents of the estate", "anonymous"),
        ("The man, aged 34, from Salford", "The man", "anonymous"),
        (
            "The union representing 4,000 rail workers",
            "The union representing 4,000 rail workers",
            "role",
        ),
        ("A woman who lives next to the site", "A woman who lives next to the site", "anonymous"),
        ("Detectives leading the inquiry", "Detectives leading the inquiry", "anonymous"),
        ("Those who oppose the plan", "Those who oppose the plan", "anonymous"),
        ("Detectives", "Detectives", "anonymous"),
    ],
)
def test_entity_of_a_described_source(mention: str, name: str, type_: str) -> None:
    m = parse_mention(mention)
    assert (m.name, m.type) == (name, type_)


def test_descriptive_inserts_are_no_titles() -> None:
    assert parse_mention("Residents of the estate, many of them elderly").title is None
    assert parse_mention("The man, aged 34, from Salford").title is None
    # a real apposition still gives the title
    m = parse_mention("The minister, Jane Smith")
    assert (m.name, m.title) == ("Jane Smith", "minister")
    # and an agent named after "represented by" is still the entity
    assert parse_mention("The tenants, represented by the Tenants Union").name == "Tenants Union"


def test_entity_of_a_long_subject_in_a_document() -> None:
    text = "The trust, which runs the Royal Infirmary, said it was reviewing its procedures."
    assert entity_of(text) == ("the trust", None, "organisation")
    text = "A woman who lives next to the depot said she had heard a loud bang."
    assert entity_of(text) == ("A woman who lives next to the depot", None, "anonymous")


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        # "state" before a capitalised title after a comma is a modifier, not the verb
        (
            "Speaking after the meeting, state Agriculture Minister Ravi Kumar said the scheme "
            "would start in May.",
            "state Agriculture Minister Ravi Kumar",
            "said",
        ),
        ("Iranian state television reported that the tanker was seized.", None, None),
        # a capitalised verb form opening a name after "the"
        ("Meanwhile, the Met Office has forecast more rain.", "the Met Office", "has forecast"),
        # a "which" clause of the subject, like "who"
        (
            "The union which represents most of the staff described the cuts as a blow.",
            "The union which represents most of the staff",
            "described",
        ),
        # a time phrase before the subject is no part of it
        ("Last night campaigners accused ministers of greed.", "campaigners", "accused"),
        ("This week officials said the plan was dead.", "officials", "said"),
        # but a demonstrative or a possessive stays
        ("This data indicates that rents have peaked.", "This data", "indicates"),
        # the participle of a cue verb after its subject: "accused of", "briefed on"
        (
            "The man accused of the robbery told the jury he was at home.",
            "The man accused of the robbery",
            "told",
        ),
        (
            "Diplomats briefed on the talks said a vote was likely.",
            "Diplomats briefed on the talks",
            "said",
        ),
    ],
)
def test_more_subject_shapes(text: str, source: str | None, cue: str | None) -> None:
    found = main_attribution(text)
    if source is None and cue is None:
        # "Iranian state television reported that": the whole phrase is the source
        assert found == ("Iranian state television", "reported")
    else:
        assert found == (source, cue)


def test_a_cue_verb_followed_by_a_preposition_stays_the_main_verb() -> None:
    # "suggested in a tweet that": the president speaks, "tweet" is no cue of its own
    found = main_attribution("The president suggested in a later tweet that the judge was biased.")
    assert found == ("The president", "suggested")


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "The association's chairman, Mr Peadar Boyle, told a meeting the cut was unfair.",
            "Peadar Boyle",
            "association's chairman",
        ),
        (
            "Opening the case, Rebecca Tolland QC told jurors the money was gone.",
            "Rebecca Tolland",
            None,
        ),
    ],
)
def test_courtesy_titles_and_letters_after_a_name_are_cut(
    text: str, name: str, title: str | None
) -> None:
    found = entity_of(text)
    assert found is not None
    assert found[0] == name
    if title is not None:
        assert found[1] == title


@pytest.mark.parametrize(
    ("mention", "name", "title"),
    [
        ("Chief Daniel Moran of the Fire Department", "Daniel Moran", "Chief of Fire Department"),
        (
            "Leader of Opposition in the Assembly Vijay Singh Rathore",
            "Vijay Singh Rathore",
            "Leader of Opposition in the Assembly",
        ),
        ("Fishermen in west Donegal", "Fishermen in west Donegal", None),
    ],
)
def test_names_after_long_titles(mention: str, name: str, title: str | None) -> None:
    m = parse_mention(mention)
    assert (m.name, m.title) == (name, title)


# --- the code review's findings (each was wrong in the round's first version) -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past tense before a clause-opening preposition is the main verb
        ("Shares slumped after the company said profits would fall.", ("the company", "said")),
        ("Oil prices jumped after Opec said it would cut output.", ("Opec", "said")),
        # an object relative clause: the words before the cue are its own subject
        ("The plan which critics say is flawed was approved.", ("critics", "say")),
        # "trust" before "that" or a determiner is the verb
        (
            "Most voters in the UK trust that the courts are fair.",
            ("Most voters in the UK", "trust"),
        ),
        (
            "Texas state Senator Ann Ruiz said the bill would pass.",
            ("Texas state Senator Ann Ruiz", "said"),
        ),
        # an appeal heard, a body inside another subject: no hearsay of a body
        ("The court heard an appeal which was rejected.", None),
        ("A man who sat in the court for hours heard the verdict was guilty.", None),
        # "who" clauses with a bare verb keep their subject
        (
            "Several people who live nearby told reporters that the bridge shook.",
            ("Several people who live nearby", "told reporters"),
        ),
        # "according to" inside an insert stays the attribution
        (
            "Polling from the past week, according to the analysis, shows that support fell.",
            ("the analysis", "according to"),
        ),
        # a participle set off by commas is no cue of its own
        (
            "The boy, accused of the robbery, told the jury he was at home.",
            ("The boy, accused of the robbery", "told"),
        ),
    ],
)
def test_review_findings(text: str, expected: tuple[str, str] | None) -> None:
    assert main_attribution(text) == expected


@pytest.mark.parametrize(
    "text",
    ["The guidelines state officials must declare all gifts.", "Both state Mr Smith was innocent."],
)
def test_review_state_after_a_possible_subject_is_the_verb(text: str) -> None:
    # "state" is no part of a source phrase here (before the review: "The guidelines state
    # officials" was the source of "must declare")
    for a in find_attributions(text, [(0, len(text))])[0]:
        assert a.source is None or "state" not in a.source.text


def test_review_it_was_reported_with_a_time_phrase_is_no_bare_clause() -> None:
    found = main_attribution("It was reported the next day.")
    assert found is None or found[1] != "It was reported"


@pytest.mark.parametrize(
    ("mention", "name", "title"),
    [
        (
            "BBC Sport boxing correspondent Mike Costello",
            "Mike Costello",
            "BBC Sport boxing correspondent",
        ),
        ("John Smith, managing director of Acme", "John Smith", "managing director of Acme"),
        ("Anna Berg, visiting professor at Oxford", "Anna Berg", "visiting professor at Oxford"),
        ("Williams who chairs the committee", "Williams", None),
    ],
)
def test_review_titles_with_participles_stay_titles(
    mention: str, name: str, title: str | None
) -> None:
    m = parse_mention(mention)
    assert (m.name, m.title) == (name, title)


def test_review_a_surname_alone_keeps_its_courtesy_title() -> None:
    text = "The court met on Monday.\n\nMr Price said sales rose 4% in the year."
    spans = split_sentences(text)
    per, _ = document_entities(text, find_attributions(text, spans))
    assert per[1] is not None
    assert per[1].name == "Mr Price"


def test_a_quoted_subhead_is_no_attribution() -> None:
    # '"Serious questions"' between paragraphs: an adjective and its noun, not a source
    # "Serious" that "questions"
    assert main_attribution('"Serious questions"') is None
    assert main_attribution("Political analysts say the vote is close.") == (
        "Political analysts",
        "say",
    )


def test_a_participle_phrase_before_a_present_tense_cue() -> None:
    # the base form agrees with the plural head before the participle phrase
    assert main_attribution("Residents living near the depot say the water is unsafe.") == (
        "Residents living near the depot",
        "say",
    )


def test_hails_from_is_no_cue() -> None:
    assert main_attribution("Gonzalez hails from McAllen, Texas.") is None


@pytest.mark.parametrize(
    ("title", "plain"),
    [
        ("Lead researcher Dr", "Lead researcher"),
        ("Independent TD Mr", "Independent TD"),
        ("His barrister", "barrister"),
        ("43-year-old farmer", "farmer"),
        ("seismologist at GNS Science", "seismologist"),
        # a capitalised title keeps its words; a lone honorific stays
        ("Secretary of State", "Secretary of State"),
        ("Chief Executive at Acme", "Chief Executive at Acme"),
        ("Dr", "Dr"),
    ],
)
def test_entity_titles_as_the_annotators_write_them(title: str, plain: str) -> None:
    from framing.entities._written import plain_title

    assert plain_title(title) == plain


def test_an_entity_title_in_a_document_is_plain() -> None:
    text = "Rachel Tamatea, a seismologist at GNS Science, said the fault was active."
    assert entity_of(text) == ("Rachel Tamatea", "seismologist", "person")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a quotation, then the speaker with an apposition, then the verb: the quotation's
        # closing mark before the name is no end of the source's segment
        (
            '"It is a stunt," Rathore, a senior leader of the party, told reporters.',
            "Rathore, a senior leader of the party",
        ),
        ('"Football is on an island," Nowak, a former player, said.', "Nowak, a former player"),
        ('"It is a stunt," Rathore told PTI.', "Rathore"),
    ],
)
def test_a_named_speaker_with_an_apposition_after_a_quotation(text: str, source: str) -> None:
    found = main_attribution(text)
    assert found is not None
    assert found[0] == source


def test_state_before_a_party_unit() -> None:
    assert main_attribution("PLD state unit chief Anil Kumar said the party would protest.") == (
        "PLD state unit chief Anil Kumar",
        "said",
    )
