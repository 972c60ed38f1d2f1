"""Issue 12, twenty-third session: what wave 34's writers (local news, court and council
reports, science news, business wires, conflict coverage, the old press outside the US) found
attribution missing or inventing (our own sentences)."""

from __future__ import annotations

import pytest

from framing.attribution import find_attributions


def _main(text: str) -> tuple[str | None, str | None] | None:
    row = find_attributions(text, [(0, len(text))])[0]
    if not row:
        return None
    a = row[0]
    return (a.source.text if a.source else None, a.cue.text if a.cue else None)


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "Families whose homes were flooded say they have had no help from the council.",
            "Families whose homes were flooded",
            "say",
        ),
        (
            "Residents whose cars were damaged overnight said the repairs would cost thousands.",
            "Residents whose cars were damaged overnight",
            "said",
        ),
        (
            "Farmers whose crops failed told the inquiry they had lost everything.",
            "Farmers whose crops failed",
            "told",
        ),
        ("Those whose homes flooded say they were not warned.", "Those whose homes flooded", "say"),
    ],
)
def test_a_source_with_a_whose_clause(text: str, source: str, cue: str) -> None:
    assert _main(text) == (source, cue)


def test_a_thing_with_a_whose_clause_is_no_source() -> None:
    assert _main("The plan whose cost has doubled says nothing about rents.") is None


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "He was accused of taking bribes by two former colleagues.",
            "two former colleagues",
            "was accused",
        ),
        (
            "He was accused by two former colleagues of taking bribes.",
            "two former colleagues",
            "was accused",
        ),
    ],
)
def test_the_accuser_of_a_passive_accusation_is_the_source(
    text: str, source: str, cue: str
) -> None:
    assert _main(text) == (source, cue)


def test_a_by_phrase_inside_the_accusation_is_no_accuser() -> None:
    found = _main("They are accused of links to a fraud scheme led by a football agent.")
    assert found is None or found[0] != "a football agent"


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "The ministry has signalled that it will not renew the contract.",
            "The ministry",
            "has signalled",
        ),
        ("The bank signaled that further cuts were unlikely.", "The bank", "signaled"),
    ],
)
def test_signalled_in_both_spellings(text: str, source: str, cue: str) -> None:
    assert _main(text) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The move signals that the party is worried.",  # the writer reads the move
        "The referee signalled a penalty.",
    ],
)
def test_a_signal_read_by_the_writer_or_given_on_a_pitch_is_no_attribution(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Toxicology tests found traces of a sedative in his blood.", "Toxicology tests", "found"),
        ("Laboratory tests showed the water was safe to drink.", "Laboratory tests", "showed"),
        (
            "Safety tests carried out last year showed the bridge was sound.",
            "Safety tests carried out last year",
            "showed",
        ),
    ],
)
def test_test_findings_are_a_documents_claim(text: str, source: str, cue: str) -> None:
    assert _main(text) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "Further tests are planned for next week.",
        "He tests the water every morning and finds it clean.",
    ],
)
def test_tests_that_find_nothing_are_no_source(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The court heard officers pulled over his car at 11.20pm.", "The court heard"),
        ("The jury heard witnesses saw him leave at midnight.", "The jury heard"),
        ("The meeting heard the contract was worth 410,000 euro.", "The meeting heard"),
    ],
)
def test_a_body_hears_a_clause_with_a_bare_plural_subject(text: str, cue: str) -> None:
    assert _main(text) == (None, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The court heard submissions from both sides.",
        "The jury heard recordings made by the police.",
        "The meeting heard from residents who oppose the plan.",
        "Wednesday's meeting suggested otherwise.",  # a meeting is no speaker elsewhere
    ],
)
def test_what_a_body_heard_without_a_clause_is_no_hearsay(text: str) -> None:
    assert _main(text) is None


def test_an_old_court_reports_deposition() -> None:
    text = "The witness deposed that he had seen the accused near the well."
    assert _main(text) == ("The witness", "deposed")


def test_deposed_as_removed_from_office_is_no_cue() -> None:
    assert _main("The army deposed the king in 1952.") is None


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "Analysts at the bank now expect two more rate cuts.",
            "Analysts at the bank",
            "now expect",
        ),
        ("Organisers expect three thousand visitors.", "Organisers", "expect"),
    ],
)
def test_a_forecast_with_a_number_in_words(text: str, source: str, cue: str) -> None:
    assert _main(text) == (source, cue)


def test_a_forecast_of_a_thing_without_a_number_is_no_attribution() -> None:
    assert _main("The new timetable expects two more trains an hour.") is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A woman I spoke to outside the station said the trains had stopped.",
            "A woman I spoke to",
        ),
        ("A nurse I interviewed last week said the ward was full.", "A nurse I interviewed"),
        (
            "A man I met at the market in the town said prices had doubled.",
            "A man I met",
        ),
    ],
)
def test_a_place_or_time_after_the_writers_contact_is_no_source(text: str, source: str) -> None:
    assert _main(text) == (source, "said")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"We are devastated," she said by phone.', "she"),
        ("The farmer, Tom Reilly, said by telephone from his farm that the river had burst.", None),
        ("He told reporters by video link that the talks had failed.", "He"),
    ],
)
def test_said_by_phone_names_no_source(text: str, source: str | None) -> None:
    found = _main(text)
    assert found is not None
    assert found[0] not in ("phone", "telephone", "video link", "telephone from his farm")
    if source is not None:
        assert found[0] == source


def test_the_passive_agent_after_said_still_speaks() -> None:
    assert _main("The plan was first reported by the Harbour Times.") == (
        "the Harbour Times",
        "was first reported",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The principal sent a message to families just after 10 p.m. saying the school would "
        "close.",
        "She took charge 18 months ago promising to revive the stores.",
    ],
)
def test_a_time_before_a_participle_is_no_source(text: str) -> None:
    found = _main(text)
    assert found is None or found[0] not in ("10 p.m.", "18 months ago")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Her early pieces were, by her own account, largely unsaleable.", "by her own account"),
        ("By his own account, he walked for three days.", "By his own account"),
    ],
)
def test_by_her_own_account(text: str, cue: str) -> None:
    found = _main(text)
    assert found is not None and found[1] == cue


@pytest.mark.parametrize(
    "text",
    ["The match was postponed on his account.", "She was paid by the company's account."],
)
def test_an_account_that_is_no_telling(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("GRAB (Naidu): We've got people with full-time jobs sleeping in their cars.", "Naidu"),
        ("SOT (Mayor Cole): We will rebuild this bridge.", "Mayor Cole"),
        ("Soundbite (Dr Ila Rao, surgeon): The ward is full every night.", "Dr Ila Rao, surgeon"),
    ],
)
def test_a_broadcast_clip_speaks_for_the_name_in_brackets(text: str, source: str) -> None:
    assert _main(text) == (source, ":")


@pytest.mark.parametrize(
    "text",
    [
        "ANCHOR INTRO: The power company has moved to stage three cuts from this evening.",
        "NEWS READER: The fire broke out just after midnight.",
        "REPORTER V/O: The factory has stood here for ninety years.",
        "OUT: ...for Newsline, Tamsin Rourke, Taunton.",
        "Conversions: Manson 5.",
        "Wickets: Price 3-21, Okoro 2-30.",
    ],
)
def test_the_outlets_own_script_tags_and_score_lines_are_no_speakers(text: str) -> None:
    assert _main(text) is None


def test_a_host_tag_of_a_published_transcript_still_speaks() -> None:
    assert _main("HOST: Welcome back to the programme.") == ("HOST", ":")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("We're told two people have been taken to hospital.", "We're told"),
        ("We’re told the bridge will stay shut until Friday.", "We’re told"),
        ("We're hearing that the road will stay closed overnight.", "We're hearing"),
        ("We understand he's in a serious but stable condition.", "We understand"),
    ],
)
def test_a_newsrooms_hearsay_in_broadcast_copy(text: str, cue: str) -> None:
    assert _main(text) == (None, cue)


@pytest.mark.parametrize(
    "text",
    [
        "We understand the frustration of residents.",
        "We understand that the division faces a shortfall in funding.",  # a letter's own
        "Franken was a comedian before politics, and we understand that.",
        "We hear the rain on the roof.",
    ],
)
def test_the_writers_own_understanding_is_no_hearsay(text: str) -> None:
    assert _main(text) is None
