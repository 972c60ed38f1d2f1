"""framing.features: every value of `cue_vector` under its name in `FEATURE_NAMES`.

The values are a list in `FEATURE_NAMES` order; a feature moved, added or dropped on one
side only would shift every name after it. For each feature a sentence written for this
test must fire it (and a plain sentence must not), so the names and the values line up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from framing import datasets
from framing.features import (
    FEATURE_NAMES,
    CueFeatures,
    SentenceInput,
    cue_vector,
    document_inputs,
    sentence_input,
)
from framing.segmentation import split_sentences

PLAIN = SentenceInput("The bridge opened in spring.", attribution="none")

# feature name -> an input that fires it
FIRES: dict[str, SentenceInput] = {
    "log_tokens": PLAIN,
    "quote_marks": SentenceInput('The sign read "closed" all week.'),
    "starts_with_quote": SentenceInput("“We are ready,” the coach said."),
    "attribution_tail": SentenceInput("“We are ready,” Ada Cole said."),
    "that_clause": SentenceInput("The mayor said that the road would reopen."),
    "reporting_verbs": SentenceInput("The mayor announced a new road."),
    "cognition_verbs": SentenceInput("Farmers believe the rain will come."),
    "hearsay": SentenceInput("The firm reportedly hired two lawyers."),
    "speaker_tag": SentenceInput("Mayor Lind: The road reopens today."),
    "vague_sources": SentenceInput("Officials gave no date."),
    "evaluative": SentenceInput("It was a shameful decision."),
    "hedges": SentenceInput("The road will perhaps reopen."),
    "intensifiers": SentenceInput("The road is extremely busy."),
    "interpretive": SentenceInput("The vote reveals a divided town."),
    "crisis": SentenceInput("The town faces a housing crisis."),
    "modals": SentenceInput("The council should act."),
    "first_person": SentenceInput("We fixed the road."),
    "second_person": SentenceInput("Your road is closed."),
    "question": SentenceInput("Is the road closed?"),
    "exclamation": SentenceInput("The road is closed!"),
    "numbers": SentenceInput("The road has 12 lanes."),
    "money_percent": SentenceInput("Tolls rose 5% last year."),
    "date_words": SentenceInput("The road closed on Monday."),
    "capitalised_share": SentenceInput("Ada Cole met Tom Berg."),
    "no_final_punct": SentenceInput("Road closed after floods"),
    "in_quote": SentenceInput("The road is closed.", in_quote=True),
    "attribution_sourced": SentenceInput("It rained.", attribution="sourced"),
    "attribution_hearsay": SentenceInput("It rained.", attribution="hearsay"),
    "attribution_inherited": SentenceInput("It rained.", attribution="inherited"),
    "prev_quote_open": SentenceInput("It rained.", prev="“The road is closed."),
    "prev_reporting": SentenceInput("It rained.", prev="She said that the road was closed."),
    "next_attribution_tail": SentenceInput("It rained.", next="” Ada Cole said."),
    "call_to_act": SentenceInput("On Tuesday, vote yes on the new bridge."),
    "refusal": SentenceInput("The airline said nothing about compensation."),
}


def test_every_feature_has_a_sentence() -> None:
    assert list(FIRES) == list(FEATURE_NAMES)
    assert len(set(FEATURE_NAMES)) == len(FEATURE_NAMES)


def test_vector_length_and_transformer_names() -> None:
    assert len(cue_vector(PLAIN)) == len(FEATURE_NAMES)
    names = CueFeatures().fit([PLAIN]).get_feature_names_out()
    assert [n.removeprefix("cue__") for n in names] == list(FEATURE_NAMES)


@pytest.mark.parametrize("name", FEATURE_NAMES)
def test_feature_fires_under_its_name(name: str) -> None:
    j = FEATURE_NAMES.index(name)
    fired = cue_vector(FIRES[name])
    assert fired[j] > 0, (name, FIRES[name].text)
    if name not in ("log_tokens", "capitalised_share"):
        assert cue_vector(PLAIN)[j] == 0, name


def test_unknown_attribution_is_computed_from_the_sentence() -> None:
    s = "Officials said the road was closed."
    assert sentence_input(s).attribution == "sourced"
    assert cue_vector(SentenceInput(s)) == cue_vector(sentence_input(s))


def test_training_and_analysis_build_the_same_inputs() -> None:
    """datasets (training, evaluation) and analyze go through one function: same features."""
    import framing.analysis

    rows = [
        {"text": t}
        for t in (
            "The council met on Monday.",
            "“We will not close the library,” said Petra Lind, the mayor.",
            "“It is the heart of this town.",
            "Nobody will take it from us.”",
            "Critics say the plan is reckless.",
        )
    ]
    text = " ".join(r["text"] for r in rows)
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [r["text"] for r in rows]
    trained = datasets._context("polnear", rows)
    assert trained == document_inputs(text, spans)
    seen: list[list[SentenceInput]] = []

    class Spy:
        classes_ = ("claim", "fact", "framing")

        def predict_proba(self, inputs):
            seen.append(list(inputs))
            return [[1.0, 0.0, 0.0] for _ in inputs]

    framing.analysis.analyze(text, model=Spy())
    assert seen == [trained]
    assert [cue_vector(x) for x in seen[0]] == [cue_vector(x) for x in trained]


def test_unordered_rows_are_sentences_alone() -> None:
    rows = [
        json.loads(line)
        for line in Path(__file__)
        .with_name("data")
        .joinpath("tiny_train.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
        if line.strip()
    ]
    assert datasets._context("babe", rows) == [sentence_input(r["text"]) for r in rows]
