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
        (
            "A mother whose daughter was killed said the road was dangerous.",
            "A mother whose daughter was killed",
            "said",
        ),
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
        "Critics have spent decades arguing the dam is unsafe.",
        "She took charge 18 months ago promising to revive the stores.",
    ],
)
def test_a_time_before_a_participle_is_no_source(text: str) -> None:
    found = _main(text)
    assert found is None or found[0] not in ("decades", "18 months ago")


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


# the review of the round (a helper's sentences, rewritten): what the new rules must not do


@pytest.mark.parametrize(
    "text",
    [
        "A 19-year-old man is accused of causing death by dangerous driving.",
        "He is accused of obtaining property by deception.",
        "She is accused of manslaughter by gross negligence.",
    ],
)
def test_a_manner_after_by_is_no_accuser(text: str) -> None:
    found = _main(text)
    assert found is not None and found[0] is not None
    assert not found[0].lower().startswith(("dangerous", "deception", "gross"))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The news was first reported by Radio Free Asia.", "Radio Free Asia"),
        ("The story was first reported by Mail Online.", "Mail Online"),
    ],
)
def test_an_outlet_named_like_a_means_still_reports(text: str, source: str) -> None:
    found = _main(text)
    assert found is not None and found[0] == source


@pytest.mark.parametrize(
    "text",
    [
        "The jury heard calls made to the emergency line.",
        "The court heard messages sent to his former partner.",
        "Jurors heard recordings played to the court on Monday.",
    ],
)
def test_heard_a_plural_and_a_reduced_relative_is_no_hearsay(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Vo Van Thuong: Our sovereignty is not negotiable.", "Vo Van Thuong"),
        ("Andrew Reader: The council has failed us.", "Andrew Reader"),
        ("Ms Bowling: I never saw the letter.", "Ms Bowling"),
    ],
)
def test_surnames_that_are_also_script_words_still_speak(text: str, source: str) -> None:
    assert _main(text) == (source, ":")


@pytest.mark.parametrize(
    "text",
    [
        "SOT (Translated): The water came in the middle of the night.",
        "SOUNDBITE (Arabic): We have nothing left.",
        "ACT (via Zoom): We have no power.",
        "REPORTER VO: The factory has stood here for ninety years.",
    ],
)
def test_a_clip_without_a_named_speaker_and_a_reporters_tag(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Shares fell 5 percent, signalling that investors are worried.",
        "The driver signalled left and pulled out.",
        "He signalled to the waiter for the bill.",
        "Doctors ran tests to find out why she collapsed.",
        "The tests will show whether the virus has spread.",
        "We understand you are frustrated.",
        "In the second act we learn the family has lost everything.",
    ],
)
def test_what_the_round_must_not_find(text: str) -> None:
    assert _main(text) is None


def test_signalled_to_someone_that_still_reports() -> None:
    assert _main("The bank signalled to markets that rates would stay high.") == (
        "The bank",
        "signalled",
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Residents whose street was closed for months complained that shops had suffered.",
            "Residents whose street was closed for months",
        ),
        (
            "Parents whose children were hurt said the school knew about the danger.",
            "Parents whose children were hurt",
        ),
    ],
)
def test_a_whose_clause_with_a_time_or_a_later_cue(text: str, source: str) -> None:
    row = find_attributions(text, [(0, len(text))])[0]
    assert [a.source.text if a.source else None for a in row] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "MODERATOR (Dean Harold Visser, Pueblo State University): Good evening and welcome.",
            "Dean Harold Visser",
        ),
        ("AUDIENCE MEMBER (Joyce Halvey): He's working two jobs.", "Joyce Halvey"),
        ("CALLER (Bev, Red Deer): My power bill doubled.", "Bev"),
        ("Mr FARRANT (Moorabool Plains) (14:06): My question is to the Treasurer.", "Mr FARRANT"),
        ("PAUL GAGNON (on tape): I have worked at the smelter for nineteen years.", "PAUL GAGNON"),
        ("Q (Daily Nation): Doctor, why is your figure so much lower?", "Daily Nation"),
    ],
)
def test_a_transcripts_tag_with_the_speaker_or_the_seat_in_brackets(text: str, source: str) -> None:
    assert _main(text) == (source, ":")


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE (3pm): The fire is out.",
        "Photo (Reuters): Smoke over the port.",
        "BREAKING NEWS (updated): The fire is out.",
    ],
)
def test_a_label_with_brackets_is_no_speaker(text: str) -> None:
    assert _main(text) is None


def test_a_poll_with_its_release_before_its_figure() -> None:
    found = _main("A poll released last week by Keystone Analytics has Kessling at 46 percent.")
    assert found is not None and found[1] == "has"
