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
