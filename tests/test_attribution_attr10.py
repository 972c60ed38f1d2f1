"""attr10: which attributions a claim reports (`reported_attributions`), and the main one.

Sentences written for these tests. Each rule has cases that must be found and cases that must
stay out (a nested attribution is part of the main one's content, PolNeAR being univocal).
"""

from __future__ import annotations

import pytest

from framing.attribution import find_attributions, reported_attributions


def _found(text: str) -> list[tuple[str | None, str]]:
    row = find_attributions(text, [(0, len(text))])[0]
    return [(a.source.text if a.source else None, a.cue.text) for a in row]


def _reported(text: str) -> list[tuple[str | None, str]]:
    row = find_attributions(text, [(0, len(text))])[0]
    return [
        (a.source.text if a.source else None, a.cue.text)
        for a in reported_attributions(text, (0, len(text)), row)
    ]


# --- the main speaker's coordinated verbs -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The mayor denounced the closure of the clinic, saying the town had been misled.",
            [("The mayor", "denounced"), ("The mayor", "saying")],
        ),
        (
            "The health minister praised the nurses and promised them a pay rise by June.",
            [("The health minister", "praised"), ("The health minister", "promised")],
        ),
        (
            "The inspector noted that the pumps had failed, adding that nobody had checked "
            "them since May.",
            [("The inspector", "noted"), ("The inspector", "adding")],
        ),
    ],
)
def test_a_second_verb_of_the_main_speaker_is_reported(
    text: str, want: list[tuple[str, str]]
) -> None:
    assert _reported(text) == want


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        # the engineers' belief is what the harbour master said
        ("The harbour master said the engineers believed the pier was safe.", "believed"),
        # the second verb is inside the quoted words
        ('She added that "we will fight on and insist on a vote."', "insist"),
        # a gerund after a preposition: what the apology is for
        ("The senator apologised for saying the count had been rigged.", "saying"),
    ],
)
def test_a_nested_or_quoted_verb_is_not_reported(text: str, left_out: str) -> None:
    found = [cue for _, cue in _found(text)]
    assert left_out in found, "find_attributions still lists it"
    reported = [cue for _, cue in _reported(text)]
    assert left_out not in reported
    assert len(reported) == 1


# --- another speaker's clause ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The union said the talks had failed, but the employer insisted an offer was "
            "still on the table.",
            [("The union", "said"), ("the employer", "insisted")],
        ),
        (
            "The union said the talks had failed; the employer said they would resume on Monday.",
            [("The union", "said"), ("the employer", "said")],
        ),
    ],
)
def test_a_second_speaker_after_a_conjunction_is_reported(
    text: str, want: list[tuple[str, str]]
) -> None:
    assert _reported(text) == want


def test_a_second_speaker_inside_a_that_clause_is_not_reported() -> None:
    # no comma before "and": the employer's belief may be part of what the union said
    text = "The union said the talks had failed and the employer believed they would resume."
    assert "believed" in [cue for _, cue in _found(text)]
    assert _reported(text) == [("The union", "said")]


# --- a clause before the main one ---------------------------------------------------------


def test_an_attribution_in_a_preposed_clause_is_not_the_main_one() -> None:
    text = (
        "When a reporter pointed out that the figures were two years old, the minister said "
        "new ones were coming."
    )
    assert _found(text)[0] == ("the minister", "said")
    assert _reported(text) == [("the minister", "said"), ("a reporter", "pointed out")]


def test_a_while_clause_gives_way_to_the_main_clause() -> None:
    text = "While the council has promised a new pool, residents say they have heard that before."
    assert _found(text)[0] == ("residents", "say")
    assert ("the council", "has promised") in _reported(text)


def test_a_preposed_clause_inside_a_quotation_is_not_reported() -> None:
    text = '"If you think the plan is cheap, you are wrong," the auditor said.'
    assert _found(text)[0] == ("the auditor", "said")
    assert _reported(text) == [("the auditor", "said")]


def test_a_clause_without_a_later_attribution_keeps_its_cue() -> None:
    # nothing follows the clause: its attribution stays the main one
    text = "When the auditor said the plan was too costly, the council dropped it."
    assert _found(text)[0] == ("the auditor", "said")


# --- what analyze shows -------------------------------------------------------------------


def test_analyze_reports_the_coordinated_verbs_of_a_claim() -> None:
    import framing

    text = "The mayor denounced the closure of the clinic, saying the town had been misled."
    sent = framing.analyze(text).sentences[0]
    assert sent.label == "claim"
    assert [a.cue.text for a in sent.attributions] == ["denounced", "saying"]
    assert sent.cue is not None and sent.cue.text == "denounced", "the main one stays first"


def test_reported_keeps_the_main_one_first_and_a_single_one_alone() -> None:
    text = "The mayor said the bridge was safe."
    row = find_attributions(text, [(0, len(text))])[0]
    assert reported_attributions(text, (0, len(text)), row) == row
    assert reported_attributions(text, (0, len(text)), []) == []


# --- a document subject with modifiers before its evidence verb ----------------------------


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "A poll released on Monday found that most residents back the plan.",
            "A poll released on Monday",
            "found",
        ),
        (
            "A survey of 800 farmers conducted last month shows rising debt.",
            "A survey of 800 farmers conducted last month",
            "shows",
        ),
        (
            "The mayor trails, but a survey out this week shows him ahead among young voters.",
            "a survey out this week",
            "shows",
        ),
        (
            "A survey of residents, conducted by the Harbour Institute in May, shows rising rents.",
            "A survey of residents, conducted by the Harbour Institute in May",
            "shows",
        ),
    ],
)
def test_a_document_subject_runs_over_its_modifiers(text: str, source: str, cue: str) -> None:
    assert _found(text)[0] == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause with its own verb: not a plain modifier
        "The poll that was taken in May shows the mayor ahead.",
        # an infinitive, not the document's verb
        "Sign the enclosed ballot to show your support.",
    ],
)
def test_a_document_noun_before_a_verb_of_its_own_is_no_subject(text: str) -> None:
    assert _found(text) == []


def test_a_pronoun_subject_is_kept_before_a_document_noun() -> None:
    text = "The news of the release came after a long night, he said."
    assert _found(text)[0] == ("he", "said")


def test_the_entity_of_a_modified_document_is_its_noun_phrase() -> None:
    from framing.entities import document_entities

    text = "A poll released on Monday found that most residents back the plan."
    ent = document_entities(text, find_attributions(text, [(0, len(text))]))[0][0]
    assert ent is not None
    assert (ent.name, ent.type) == ("a poll", "poll")  # its article, as written (attr12)


# --- "asked" framing the speaker's answer -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "When asked whether the plan would work, the mayor said it would.",
        "Asked about the delay, the contractor blamed the weather.",
        '"It will work," the mayor said when asked about the plan.',
    ],
)
def test_asked_before_an_answer_is_a_second_cue(text: str) -> None:
    found = _found(text)
    assert found[0][1] in ("said", "blamed"), "the answer stays the main attribution"
    assert (None, found[1][1]) == found[1] and found[1][1].lower() == "asked"
    assert [cue.lower() for _, cue in _reported(text)][1] == "asked"


@pytest.mark.parametrize(
    "text",
    [
        # no answer of a speaker in the sentence: nothing is reported
        "When asked about the plan, the mayor smiled.",
        # "asked" with its own subject stays what it was
        "Reporters asked the mayor whether the plan would work.",
    ],
)
def test_asked_without_an_answer_adds_nothing(text: str) -> None:
    assert (None, "asked") not in _found(text)
