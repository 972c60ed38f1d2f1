"""Issue 12, thirty-fifth session: a refusal told with a short aside between the refusing verb
and its "to" ("She declined, however, to say more.") reports nothing, like the same refusal
without the aside; a content after the aside, or a speaker's tag as the aside, is still
reported. Our own sentences."""

from __future__ import annotations

import pytest
from attribution_helpers import entity_of, main_attribution


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("She declined, however, to say more.", None),
        ("She declined to say more.", None),
        ("He refused, once again, to comment.", None),
        ("The minister declined, for now, to confirm the figures.", None),
        ("The club refused, as before, to say how much the striker cost.", None),
        # a content after the aside is reported, as without it
        (
            "She declined, however, to say in the interview that the deal was off.",
            ("She", "declined"),
        ),
        # the aside is a speaker's tag: the speaker is the source
        ("She declined, he said, to say more.", ("he", "said")),
    ],
)
def test_refusal_with_an_aside(sentence: str, found: tuple[str, str] | None) -> None:
    assert main_attribution(sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a party's initials in brackets after a name set off by commas
        (
            "The city's mayor, Ralf Osterkamp (SPD), said he considered the decision regrettable.",
            ("The city's mayor, Ralf Osterkamp (SPD)", "said"),
        ),
        (
            "The owner, Francis Molloy (44), told the court he was away.",
            ("The owner, Francis Molloy (44)", "told"),
        ),
        # the gerund after "denied"/"admitted" is what was denied or admitted
        ("The mayor denied taking any money from the contractor.", ("The mayor", "denied")),
        ("Palau denied having given any instruction to the technicians.", ("Palau", "denied")),
        # the parties to a dispute blame each other
        ("Each side blamed the other for the collapse of the talks.", ("Each side", "blamed")),
        ("Both sides blame each other", ("Both sides", "blame")),
    ],
)
def test_thirtyfifth_round_sources(sentence: str, found: tuple[str, str]) -> None:
    assert main_attribution(sentence) == found


def _sources(text: str) -> list[list[tuple[str | None, str]]]:
    from framing.attribution import find_attributions
    from framing.segmentation import split_sentences

    found = find_attributions(text, split_sentences(text))
    return [[(a.source.text if a.source else None, a.cue.text) for a in row] for row in found]


def test_a_title_case_place_before_a_news_lead_is_a_dateline() -> None:
    rows = _sources(
        "Fuel prices go up from today\n\n"
        "Muscat: Motorists in the Sultanate will pay between 10 and 33 per cent more for fuel "
        "from today, after the government lifted the subsidies.\n\n"
        "The price of petrol rises to 140 baisas per litre."
    )
    assert rows[1] == [] and rows[2] == []
    rows = _sources(
        "Talks resume\n\nAbu Dhabi: Delegations from the two countries met for a third round "
        "of talks on Sunday at a hotel near the airport.\n\nNo date was set."
    )
    assert rows[1] == []


@pytest.mark.parametrize(
    "text",
    [
        # a speaker's name, a turn in the first person, a short answer: the speaker's turn
        "Rice grower speaks out\n\nMasaru Kondo: The hot summer of 2023 damaged the quality of "
        "the harvest across the whole of the prefecture.\n\nHe farms 12 hectares.",
        "Rice grower speaks out\n\nKondo: We never had a buffer in the warehouses, and prices "
        "of fertiliser rose every single year.\n\nHe farms 12 hectares.",
        "Rice grower speaks out\n\nMinister: The prices of fertiliser rose every single year "
        "after the reform of the subsidies.\n\nHe farms 12 hectares.",
    ],
)
def test_a_speaker_tag_before_a_turn_is_not_a_dateline(text: str) -> None:
    rows = _sources(text)
    assert rows[1] and rows[1][0][1] == ":"


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (
            "Economist Petar Ganchev from the Institute for Market Studies in Sofia warned that "
            "a nationalisation would be costly.",
            ("Petar Ganchev", "Economist of Institute for Market Studies in Sofia", "person"),
        ),
        ("Ana Ruiz from Chicago said the bill would fail.", ("Ana Ruiz", None, "person")),
        (
            "Deputy Finance Minister for Tax Policy Hossam Eldin Fawzy emphasised that the law "
            "exempts 52 basic goods.",
            ("Hossam Eldin Fawzy", "Deputy Finance Minister for Tax Policy", "person"),
        ),
        (
            "Lombardy's regional councillor for security, Ivano Bertocchi of the Northern League, "
            "said on Wednesday that the region would not accept more migrants.",
            ("Ivano Bertocchi", "Northern League", "person"),
        ),
    ],
)
def test_thirtyfifth_round_entities(text: str, entity: tuple[str, str | None, str]) -> None:
    assert entity_of(text) == entity


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # (a reviewer's and probe set 24's cases) acts and experiences, no content
        ("The judge denied bail to the three men.", None),
        ("The court denied the appeal on Thursday.", None),
        ("The hospital admitted eighteen patients overnight.", None),
        ("Each side was blamed for the delay.", None),
        ("The company called in an external cyber-security firm the same day.", None),
        ("It notified the data protection commission on June 29.", None),
        ("It is described in a paper published this week in the journal Zootaxa.", None),
        ("Cork biotech's eczema pill shows promise in mid-stage trial", None),
        ("Dr. Elanik has seen hundreds like it.", None),
        ("Good luck explaining that to the cat.", None),
        ("Immunity may be less durable than many had hoped.", None),
        # their neighbours that do report a content
        (
            "The firm notified customers that their data had been stolen.",
            ("The firm", "notified"),
        ),
        (
            "The soldier is missing, the War Department has informed his mother.",
            ("the War Department", "has informed"),
        ),
        (
            "The senator informed the committee she was willing to testify.",
            ("The senator", "informed"),
        ),
        ("He denied the allegations.", ("He", "denied")),
    ],
)
def test_acts_and_experiences(sentence: str, found: tuple[str, str] | None) -> None:
    assert main_attribution(sentence) == found


@pytest.mark.parametrize(
    "text",
    [
        # a one-word tag after a line with a full stop, or a surname the text writes in full
        "Inflation fears\n\nWe asked her what comes next.\n\nOkafor: The central bank has "
        "raised rates five times without touching the real causes of inflation.",
        "Rates\n\nOkafor: The central bank has raised rates five times without touching the "
        "real causes of inflation in the north.\n\nGrace Okafor is an economist.",
        # a two-word name whose first word opens places elsewhere ("Al Ain")
        "Bus cuts\n\nAl Jenkins: The county has cut the bus service twice in three years and "
        "nobody at the council has explained why.",
    ],
)
def test_a_speaker_tag_stays_a_speaker(text: str) -> None:
    rows = _sources(text)
    k = next(i for i, row in enumerate(rows) if any(cue == ":" for _, cue in row))
    assert rows[k][0][1] == ":" and k >= 1


def test_she_after_a_sentence_that_names_dr_surname_is_that_person() -> None:
    # (probe set 24) "Dr. Elanik" names the person "she" refers to, not the words "Climate
    # Change" of a body quoted before (the entity layer's fallback for a he/she no source takes)
    from framing.entities._written import _name_before

    text = (
        "Carbon stocks are large, according to estimates cited by the Intergovernmental Panel on "
        "Climate Change.\n\nDr. Elanik grew up in Inuvik, the daughter of a Gwich'in mother. "
        "She remembers her grandmother warning her about the riverbanks."
    )
    assert _name_before(text, text.index("She remembers"), "She") == "Dr. Elanik"


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        # (a second review) "US" is no "us", "Phase I" no "I"; "In Muscat" is no full name
        (
            "Chips\n\nKuala Lumpur: A US semiconductor maker will build a second plant in the "
            "state of Penang, creating about 3,000 jobs over five years.\n\nIt opens in 2027.",
            True,
        ),
        (
            "Fuel\n\nMuscat: Motorists in the Sultanate will pay between 10 and 33 per cent more "
            "for fuel from today, after subsidies were lifted.\n\nIn Muscat, queues formed.",
            True,
        ),
    ],
)
def test_datelines_of_a_second_review(text: str, dateline: bool) -> None:
    rows = _sources(text)
    assert (not any(cue == ":" for _, cue in rows[1])) == dateline


def test_called_in_to_a_show_to_say_keeps_its_content() -> None:
    assert main_attribution("He called in to a radio show to say the mayor was lying.") == (
        "He",
        "called",
    )


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # (a second review's remaining cases) a forecast in the passive: others' expectation,
        # the weather no source; an expletive "it" before a finding; the parties to a dispute
        ("Rain is forecast for the weekend.", (None, "is forecast")),
        ("It was found that the bridge was unsafe.", (None, "It was found")),
        ("It was ruled that the contract was void.", (None, "It was ruled")),
        ("He was found dead.", None),
        ("Both parties blamed each other for the deadlock.", ("Both parties", "blamed")),
        ("The results are described in detail in a paper in Cell.", None),
    ],
)
def test_forecasts_expletives_and_parties(sentence: str, found: tuple | None) -> None:
    assert main_attribution(sentence) == found


def test_an_office_with_a_portfolio_and_a_three_word_name() -> None:
    entity = entity_of(
        "Deputy Energy Minister for Renewables Nguyen Thi Lan said the plan would work."
    )
    assert entity == ("Nguyen Thi Lan", "Deputy Energy Minister for Renewables", "person")
