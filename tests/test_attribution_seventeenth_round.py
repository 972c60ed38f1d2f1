"""Seventeenth session (issue 12): attributions that were not there, and sources that were the
wrong person. The one addressed by a passive of telling ("Residents were told that ...",
"Motorists are asked to drive carefully") is no source; "I was told that ..." is a claim with
an unnamed source, not the writer's own voice; a wire lede's tail with a weekday ("...,
officials announced Friday.") attributes the whole sentence; the writer's forecast of a mind
("Rovers will feel hard done by") and a weather noun ("Heavy rain and hail will sweep") are no
attributions. Found by probing the library with articles of these shapes; every text here was
written for these tests."""

from __future__ import annotations

import pytest
from attribution_helpers import entity_of, main_attribution

from framing.attribution import find_attributions
from framing.segmentation import split_sentences


def per_sentence(text: str) -> list[tuple[str | None, str, bool] | None]:
    """(source, cue, inherited) of each sentence's main attribution, or None."""
    spans = split_sentences(text)
    out: list[tuple[str | None, str, bool] | None] = []
    for found in find_attributions(text, spans):
        if not found:
            out.append(None)
        else:
            a = found[0]
            out.append((a.source.text if a.source else None, a.cue.text, a.inherited))
    return out


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Residents were told that the water was safe to drink.", "were told"),
        ("Staff were told the office would close in March.", "were told"),
        ("Motorists are asked to drive carefully on the coast road.", "are asked"),
        ("Shoppers are being warned to check their receipts.", "are being warned"),
        ("Depositors were told for years that their savings were safe.", "were told"),
        ('Tenants were told: "You have a week to leave."', "were told"),
        ("Farmers have been advised that prices will fall again.", "have been advised"),
    ],
)
def test_the_one_addressed_by_a_passive_is_no_source(text: str, cue: str) -> None:
    assert main_attribution(text) == (None, cue)


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        # a "by" agent is the speaker, also before a clause
        ("The minister was told by officials that the plan would fail.", "officials", "was told"),
        ("Residents were warned by police to stay indoors.", "police", "were warned"),
        # an active "told": the subject speaks
        ("The coach told reporters that the team was ready.", "The coach", "told reporters"),
    ],
)
def test_an_agent_or_an_active_verb_keeps_its_speaker(text: str, source: str, cue: str) -> None:
    assert main_attribution(text) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "I was told that the booking had been cancelled.",
        "We were told the route was not yet fixed.",
        "When I rang the office, I was told that no decision had been taken.",
    ],
)
def test_what_the_writer_was_told_is_a_claim_without_a_source(text: str) -> None:
    main = main_attribution(text)
    assert main is not None and main[0] is None


@pytest.mark.parametrize(
    "text",
    [
        # no content: what was asked or told is not there
        "The families will be informed of the decision.",
        "The council was informed, not consulted.",
        "A hard question must be asked.",
        "Fans were told of the decision after the match.",
        # the writer asked to do something: an action
        "I was asked to leave the building.",
        # a relative clause on the subject
        "Families who had been told that help was coming got less.",
        # the second verb of the passive
        "Workers were told and not asked.",
    ],
)
def test_an_addressed_passive_without_content_is_no_attribution(text: str) -> None:
    assert main_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "The city has agreed to reopen the pool next month, the mayor's office said Monday.",
            "the mayor's office",
            "said",
        ),
        (
            "The dockers have rejected a pay offer, setting the stage for a strike, officials "
            "announced Friday.",
            "officials",
            "announced",
        ),
        (
            "The board has approved the merger, the company said on Tuesday.",
            "the company",
            "said",
        ),
    ],
)
def test_a_wire_tail_with_a_weekday_attributes_the_sentence(
    text: str, source: str, cue: str
) -> None:
    assert main_attribution(text) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        # "..., something Ruiz reiterated on Monday": an apposition to the clause, not its tail
        "The council has also stressed that no homes will be lost, something Ruiz reiterated "
        "on Monday.",
        "The council has also stressed that no homes will be lost, a point Ruiz reiterated "
        "Wednesday.",
    ],
)
def test_an_apposition_with_a_verb_of_saying_is_no_tail(text: str) -> None:
    [found] = find_attributions(text, [(0, len(text))])
    assert (found[0].source.text, found[0].cue.text) == ("The council", "has also stressed")
    assert found[1].source is not None and found[1].source.text == "Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        "Rovers will feel hard done by.",
        "Fans will think twice before renewing their season tickets.",
        "Many will wonder why the vote was held at all.",
    ],
)
def test_the_writers_forecast_of_a_mind_is_no_attribution(text: str) -> None:
    assert main_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of saying after "will" is a speech to come: an attribution
        (
            "The minister will say in a speech on Monday that the plan is working.",
            ("The minister", "will say"),
        ),
        ("Critics will argue that the plan is too late.", ("Critics", "will argue")),
        # a mind now, not a forecast
        ("Fans feel the club has let them down.", ("Fans", "feel")),
        # the writer's "you" keeps the quoted post it points to
        ("You won't believe what she tweeted this week:", ("she", "tweeted")),
    ],
)
def test_speech_to_come_and_minds_now_stay(text: str, expected: tuple[str, str]) -> None:
    assert main_attribution(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Heavy rain and hail will sweep across the south-west on Saturday.",
        "By late Monday, thunderstorms with damaging wind and hail, will reach the valley.",
    ],
)
def test_a_weather_noun_in_a_pair_is_no_cue(text: str) -> None:
    assert main_attribution(text) is None


def test_a_verb_after_and_stays_a_verb() -> None:
    assert main_attribution("Unions and employers hail the deal as a breakthrough.") == (
        "Unions and employers",
        "hail",
    )


def test_a_quotation_after_a_tag_keeps_the_speaker_not_the_next_forecast() -> None:
    # the quotation's second sentence is the manager's, not that of "Rovers will feel"
    text = (
        'United manager Steve Cole admitted his side had ridden their luck. "We were second '
        'best for long spells," he said. "But cup football is about finding a way." Rovers '
        "will feel hard done by."
    )
    rows = per_sentence(text)
    assert rows[2] is not None and rows[2][0] == "he" and rows[2][2]
    assert rows[3] is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The jury heard Pike had lied to police about the car.", None),
        ("The inquest heard the boy had been bullied at school.", None),
    ],
)
def test_a_body_heard_a_clause_opening_with_a_name_or_a_noun(text: str, source: None) -> None:
    main = main_attribution(text)
    assert main is not None and main[0] is source and main[1].endswith("heard")


def test_a_body_heard_evidence_is_no_attribution() -> None:
    assert main_attribution("The jury heard evidence from six witnesses.") is None


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Ceasefire talks stall over demand for army pullback - sources", "sources", "-"),
        ("Oil output to rise again next year - minister", "minister", "-"),
        ("Prices rise again for third month – ONS", "ONS", "–"),
        ("Man dies after crash on the bypass — police", "police", "—"),
    ],
)
def test_a_wire_headlines_source_after_a_dash(text: str, source: str, cue: str) -> None:
    assert main_attribution(text) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        # a site's name or a section after the title, a title of two words
        "Oil prices fall sharply - Reuters",
        "Five things we learned - analysis",
        "Storm hits the coast - BBC News",
        "Talks continue - sources",
        # a sentence with a full stop is no headline
        "The talks stalled again on Friday - sources.",
    ],
)
def test_no_source_after_a_dash_in_other_titles(text: str) -> None:
    assert main_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The crash happened near Miller Road, per a news release from the sheriff's office.",
            "a news release from the sheriff's office",
        ),
        ("Per the court filing, the company owed $3 million.", "the court filing"),
        ("The driver was 34, per police.", "police"),
    ],
)
def test_per_is_according_to(text: str, source: str) -> None:
    assert main_attribution(text) == (source, text[text.lower().index("per ") :].split()[0])


@pytest.mark.parametrize(
    "text",
    [
        "Unemployment rose to 5 per cent last year.",
        "The fee is $5 per person.",
        "Eggs, per dozen, 17 cents.",
        "Income per head fell by a third.",
        "As per the agreement, the land reverts to the council.",
    ],
)
def test_per_as_a_rate_or_in_keeping_is_no_cue(text: str) -> None:
    assert main_attribution(text) is None


def test_the_speakers_verb_leads_a_per_tail() -> None:
    text = '"We will appeal," said Maria Ortiz, per the Herald.'
    assert main_attribution(text) == ("Maria Ortiz", "said")


@pytest.mark.parametrize(
    "text",
    [
        "The cyclist was taken to Mercy Hospital with injuries described as life-threatening.",
        "Police are looking for a man described as white, in his 30s.",
    ],
)
def test_a_reduced_relative_with_as_is_no_attribution(text: str) -> None:
    assert main_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A woman described as a former official told the website that he had lied.",
            ("a former official", "told"),
        ),
        ("The plan has been described as reckless.", (None, "has been described")),
        ("Critics described the plan as reckless.", ("Critics", "described")),
    ],
)
def test_descriptions_with_a_verb_or_a_speaker_stay(
    text: str, expected: tuple[str | None, str]
) -> None:
    assert main_attribution(text) == expected


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # a common noun capitalised at the start is no owner's name
        ("Court records show the man was booked on Sunday.", ("Court records", None, "document")),
        ("Police records show he had two convictions.", ("Police records", None, "document")),
        # a named owner stays the name
        ("A new Reuters poll shows the race is tied.", ("Reuters", None, "poll")),
        ("A report by the World Health Organization found that rates doubled.", None),
    ],
)
def test_a_documents_entity(text: str, entity: tuple[str, str | None, str] | None) -> None:
    got = entity_of(text)
    if entity is None:  # the owner, whatever its article
        assert got is not None and got[0].endswith("World Health Organization")
    else:
        assert got == entity


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Estate agents are already reporting cancelled viewings.", "Estate agents", None),
        ("Border Patrol agents say the fence has gaps.", "Border Patrol agents", "say"),
    ],
)
def test_agents_are_people(text: str, source: str, cue: str | None) -> None:
    main = main_attribution(text)
    assert main is not None and main[0] == source and (cue is None or main[1] == cue)


@pytest.mark.parametrize(
    "text",
    [
        "The retailer cut its full-year profit forecast on Wednesday.",
        "The figures were in the bank's annual budget review.",
    ],
)
def test_a_cue_noun_ending_a_compound_after_a_possessive(text: str) -> None:
    assert main_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Its workers say the plant is unsafe.", "Its workers", "say"),
        ("My party will support this bill.", "My party", "will support"),
        (
            "Our intelligence people estimate that the aid doubled.",
            "Our intelligence people",
            "estimate",
        ),
        ("She asked our finance department to estimate that cost.", None, None),
    ],
)
def test_verbs_after_a_possessive_subject_stay_verbs(
    text: str, source: str | None, cue: str | None
) -> None:
    main = main_attribution(text)
    if cue is None:
        assert main is None or main[1] != "estimate"
    else:
        assert main == (source, cue)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tails: the content is the clause before the comma
        ('"We will win," the crowd was told.', (None, "was told")),
        ("The plan will cost four million pounds, MPs were told on Tuesday.", (None, "were told")),
        ("After the meeting, staff were told.", None),
        # advice to the public in the present; a past request is an event
        ("Visitors are asked not to feed the animals.", (None, "are asked")),
        ("You are asked to keep your dogs on a lead.", (None, "are asked")),
        ("He was asked to play for England.", None),
        ("She was asked to be a bridesmaid.", None),
        # clauses the first version missed
        ("Staff have been told up to 180 jobs could go.", (None, "have been told")),
        ("Residents were told and reassured that the water was safe.", (None, "were told")),
        ("The minister was told by officials the plan would fail.", ("officials", "was told")),
        # a modal or "be": what someone would, should or is entitled to be told
        ("Residents will be told that the water is safe.", None),
        ("A boy of 16 should be told that there is nothing for him.", None),
        ("People are entitled to be told when something has gone wrong.", None),
        # a question asked, the writer asked
        ("Every patient is now asked whether they have visited a hospital.", None),
        ("So we are asked to treat the plan as settled.", None),
    ],
)
def test_the_review_of_the_addressed_passive(
    text: str, expected: tuple[str | None, str] | None
) -> None:
    assert main_attribution(text) == expected


def test_a_told_tail_leads_its_sentence() -> None:
    text = "Demand for water is estimated to double by 2020, the House was told."
    assert main_attribution(text) == (None, "was told")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was buried in the village, per his wishes.", None),
        ("Per tradition, the mayor cut the ribbon.", None),
        ("The birth rate was 5, per thousand women.", None),
        ("Prime Minister resigns after vote — BBC", None),
        ("Shares fall sharply as rates rise - FTSE", None),
        ("The court heard Smith say he was innocent.", ("Smith", "say")),
        ("The mayor described as reckless the plan to close the pool.", ("The mayor", "described")),
    ],
)
def test_the_review_of_per_dashes_heard_and_as(
    text: str, expected: tuple[str | None, str] | None
) -> None:
    assert main_attribution(text) == expected


def test_a_named_owner_anywhere_in_the_sentence_stays() -> None:
    assert entity_of("A Senate report found that the agency failed.") == (
        "Senate",
        None,
        "document",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The black death outbreak has so far claimed at least 165 lives.", None),
        ("The storm claimed the lives of six fishermen.", None),
        ("He claimed victims were lying.", ("He", "claimed")),
    ],
)
def test_a_death_toll_is_no_claim(text: str, expected: tuple[str, str] | None) -> None:
    assert main_attribution(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a forecast with its figure is the forecaster's claim
        (
            "Hartwell now expects adjusted earnings of $2.05 to $2.20 per share this year.",
            ("Hartwell", "now expects"),
        ),
        ("Analysts forecast growth of 2% next year.", ("Analysts", "forecast")),
        (
            "The roads agency expects about 6,000 vehicles a day to use the tunnel.",
            ("The roads agency", "expects"),
        ),
        # no figure, a noun, a possessive's participle
        ("The team expects rain.", None),
        ("A defence demonstration project involving 10 psychologists ended.", None),
        ("Most of the city's estimated 15,000 taxis stayed off the roads.", None),
    ],
)
def test_a_forecast_with_its_figure(text: str, expected: tuple[str, str] | None) -> None:
    assert main_attribution(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing "according to" attributes the sentence over a verb before it
        (
            "Analysts on average were expecting $2.48 a share, according to data compiled by "
            "StreetLine Analytics.",
            # (the participle and its agent are the source's since the thirty-sixth session,
            # as PolNeAR's spans read)
            ("data compiled by StreetLine Analytics", "according to"),
        ),
        # not set off in the middle of it: the speaker leads
        (
            "Gonzalez told the jury, according to the Chronicle, that the gun went off by itself.",
            ("Gonzalez", "told"),
        ),
        # a cue noun ending a compound after an article
        ("The firm earned 52 cents a share, missing the average analyst estimate.", None),
        ("The company report said sales fell.", ("The company report", "said")),
        # verbs all the same: a plural before a phrase, a pronoun, a past "forecast"
        (
            "Farmers near the fence report that crops are no longer trampled.",
            ("Farmers near the fence", "report"),
        ),
        ("The government forecast growth of 2% last year.", ("The government", "forecast")),
    ],
)
def test_closing_according_to_and_compound_nouns(
    text: str, expected: tuple[str, str] | None
) -> None:
    assert main_attribution(text) == expected
