"""Attribution families of issue 12's sixth round (docs/attribution.md), sentences of ours."""

from __future__ import annotations

import pytest
from attribution_helpers import main_attribution

from framing.attribution import find_attributions
from framing.segmentation import split_sentences

_main = main_attribution


# ---- a cue only in a restrictive relative clause is a passing mention (LABELS.md)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry company offers discounts to pensioners who want to travel in winter.",
        "Clinics that reported shortages received extra vaccine on Monday.",
        "Grants go to villages which say they lack clean water.",
    ],
)
def test_a_restrictive_relative_clause_alone_is_no_attribution(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # non-restrictive clauses keep their speaker (comma, dash, a coordinated "and which")
        ("The plan came from Ana Ruiz, who said it would save money.", ("who", "said")),
        ("The plan came from Ana Ruiz - who said it would save money.", ("who", "said")),
        # with a main attribution, the nested one stays after it
        ("Officials said farmers who want to sell must register.", ("Officials", "said")),
        # "WHO" is the World Health Organization, not a relative pronoun
        ("In 2001 the WHO found that most children lacked iodine.", ("WHO", "found")),
    ],
)
def test_non_restrictive_and_main_attributions_stay(
    text: str, expected: tuple[str | None, str]
) -> None:
    assert _main(text) == expected


# ---- "X issued a statement": an action, whose speaker the quotation after it takes


def test_issuing_a_statement_alone_is_an_action() -> None:
    assert _main("Senator Ana Ruiz issued a statement on Friday.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The union issued a statement saying the strike would go on.",
            ("The union", "issued a statement"),
        ),
        (
            "The ministry has released a joint statement: the border stays shut.",
            ("The ministry", "has released a joint statement"),
        ),
    ],
)
def test_a_statement_with_its_content_attributes(
    text: str, expected: tuple[str | None, str]
) -> None:
    assert _main(text) == expected


def _rows(text: str) -> list[list[tuple[str | None, str, bool]]]:
    found = find_attributions(text, split_sentences(text))
    return [
        [(a.source.text if a.source else None, a.cue.text, a.inherited) for a in r] for r in found
    ]


def test_the_quotation_after_an_issued_statement_is_its_issuer() -> None:
    text = (
        "The port authority issued a statement on Monday.\n\n"
        '"We regret the delay. The ferries will run again by Friday."'
    )
    rows = _rows(text)
    assert rows[0] == []
    assert rows[1] == rows[2] == [("The port authority", "issued a statement", True)]


def test_a_quotation_after_another_action_stays_unattributed() -> None:
    text = 'The port authority issued new tickets on Monday.\n\n"We regret the delay."'
    assert _rows(text) == [[], []]


# ---- stances and beliefs of a subject that is a person by its noun's suffix


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The harbour master was pleased to see the ships return.",
            ("The harbour master", "was pleased to"),
        ),
        (
            "Many tax specialists sympathize with efforts to cut the levy.",
            ("Many tax specialists", "sympathize"),
        ),
    ],
)
def test_a_person_noun_subject_holds_a_stance(text: str, expected: tuple[str, str]) -> None:
    assert _main(text) == expected


@pytest.mark.parametrize(
    "text",
    ["The water was pleased to flow downhill.", "The new computer is sure to help."],
)
def test_a_thing_with_a_person_suffix_holds_no_stance(text: str) -> None:
    assert _main(text) is None


# ---- actions with a reporting-like verb: naming, finding an object, writing a work


@pytest.mark.parametrize(
    "text",
    [
        "The band toured in 1999 with a show called Blue Harbour.",
        "A sensitive report was found wet on a street by a cyclist.",
        "In 1890 he wrote his piano trio.",
        "He also wrote his best quartet during this time.",
    ],
)
def test_an_action_with_a_reporting_like_verb_is_no_attribution(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The campaign called Smith a liar.", ("The campaign", "called")),
        ("The April survey found Ruiz leading by six points.", ("The April survey", "found")),
        ("The audit found that the fund was short.", ("The audit", "found")),
        ("Ruiz wrote her editor that the story was true.", ("Ruiz", "wrote")),
    ],
)
def test_the_same_verbs_still_report(text: str, expected: tuple[str, str]) -> None:
    assert _main(text) == expected


# ---- noun cues and hearsay phrases without a verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In their view, the new levy is unfair.", ("their", "view")),
        ("In the ferry captain's words, the crossing was rough.", ("the ferry captain", "words")),
        (
            "In the opinion of the auditors, the accounts are sound.",
            ("the auditors", "In the opinion of"),
        ),
        ("By all accounts, the new mayor is popular.", (None, "By all accounts")),
        ("Combined sales are estimated at 40 million dollars.", (None, "are estimated")),
    ],
)
def test_noun_cues_and_hearsay_phrases(text: str, expected: tuple[str | None, str]) -> None:
    assert _main(text) == expected


@pytest.mark.parametrize(
    "text",
    ["In our view, the new levy is unfair.", "The ship was in full view of the harbour."],
)
def test_own_view_and_a_literal_view_are_no_attribution(text: str) -> None:
    assert _main(text) is None


# ---- an infinitive whose subject is no speaker, or that someone is only allowed to do


@pytest.mark.parametrize(
    "text",
    [
        "The new rules allow the Port Authority to explain any delay.",
        "It is hard to tell how deep the harbour is.",
        "We want a way to say no to the banks.",
        "The board would be able to say whether the pier is safe.",
    ],
)
def test_an_infinitive_nobody_has_said_is_no_attribution(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The scandal led the chairman to declare that he would resign.",
            ("the chairman", "declare"),
        ),
        ("The vote prompted critics to warn that prices would rise.", ("critics", "warn")),
    ],
)
def test_an_object_made_to_speak_is_the_source(text: str, expected: tuple[str, str]) -> None:
    assert _main(text) == expected


# ---- imperatives and fillers: a base-form cue with no subject


@pytest.mark.parametrize(
    "text",
    [
        "Say no to the new levy.",
        "Furthermore, note that retailers are not covered.",
        "And guess what?",
        "Wave 1 rather than, say, Wave 3 was used.",
    ],
)
def test_an_imperative_or_filler_is_no_attribution(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will win," say the strikers.', ("the strikers", "say")),
        ("He spoke and said the port was safe.", ("He", "said")),
    ],
)
def test_a_verb_with_its_subject_still_reports(text: str, expected: tuple[str, str]) -> None:
    assert _main(text) == expected


# ---- a cue word used as a noun after its adjective


@pytest.mark.parametrize(
    "text",
    [
        "New question.",
        "I want to give robust support to the groups that are trying to win.",
        "Buoyed by public support, the mayor pressed on.",
    ],
)
def test_a_noun_after_its_adjective_is_no_cue(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Local officials support the plan.", ("Local officials", "support")),
        ("Political leaders warn that the deal is dead.", ("Political leaders", "warn")),
    ],
)
def test_a_plural_subject_before_its_verb_still_speaks(
    text: str, expected: tuple[str, str]
) -> None:
    assert _main(text) == expected


# ---- "declined" reports only with an infinitive ("declined to say whether ...")


@pytest.mark.parametrize(
    "text",
    [
        "The lawyer also declined comment on Friday.",
        "The actor declines most interviews.",
        "The minister declined the offer.",
    ],
)
def test_declining_a_thing_is_an_action(text: str) -> None:
    assert _main(text) is None


def test_declining_to_say_stays_a_cue() -> None:
    assert _main("The minister declined at first to say whether the port would close.") == (
        "The minister",
        "declined",
    )


# ---- "widely" + a hearsay participle: others' views, with or without "to"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A postponement had been widely expected in case of a strike.",
            (None, "had been widely expected"),
        ),
        ("The bridge is widely considered the finest in Europe.", (None, "is widely considered")),
    ],
)
def test_widely_held_views_are_hearsay(text: str, expected: tuple[None, str]) -> None:
    assert _main(text) == expected


def test_widely_read_is_no_hearsay() -> None:
    assert _main("The book was widely read.") is None


# ---- documents that call for something: their content is a claim


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The memorandum calls for sharing information about suspects.",
            ("The memorandum", "calls for"),
        ),
        ("The treaty calls for talks within a year.", ("The treaty", "calls for")),
    ],
)
def test_a_document_calls_for(text: str, expected: tuple[str, str]) -> None:
    assert _main(text) == expected
