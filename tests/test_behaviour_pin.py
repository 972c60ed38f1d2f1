"""Behaviour pin: today's outputs on our own texts must not change while code moves.

The fixture tests/data/behaviour_pin.json is written by tools/pin_behaviour.py (see there
for what it holds). Sentence spans are checked once; everything downstream runs on the
pinned spans, so that a change of segmentation fails one test, not all of them. Regenerate
the fixture only for an intended change of behaviour.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import framing
from framing.attribution import find_attributions, quote_states
from framing.features import SentenceInput, cue_vector

FIXTURE = Path(__file__).parent / "data" / "behaviour_pin.json"
PIN = json.loads(FIXTURE.read_text(encoding="utf-8"))
DOCS = PIN["documents"]
TOL = 2e-9  # values are rounded to 1e-9


def _ids(docs: list[dict[str, Any]]) -> list[str]:
    return [d["name"] for d in docs]


def _spans(doc: dict[str, Any]) -> list[tuple[int, int]]:
    return [(a, b) for a, b in doc["spans"]]


def _attributions(found: list[list[Any]]) -> list[list[dict[str, Any]]]:
    def span(sp: Any) -> list[int] | None:
        return None if sp is None else [sp.start, sp.end]

    return [
        [
            {
                "cue": span(a.cue),
                "source": span(a.source),
                "resolved": span(a.source_resolved),
                "inherited": a.inherited,
            }
            for a in row
        ]
        for row in found
    ]


def _pinned_inputs(doc: dict[str, Any]) -> list[SentenceInput]:
    """The model inputs of a pinned document, rebuilt from the pinned context alone."""
    text = doc["text"]
    sents = [text[a:b] for a, b in _spans(doc)]
    return [
        SentenceInput(
            s,
            in_quote,
            sents[i - 1] if i else "",
            sents[i + 1] if i + 1 < len(sents) else "",
            kind,
            tuple(vector) if vector else None,
        )
        for i, (s, (in_quote, kind, vector)) in enumerate(zip(sents, doc["inputs"], strict=True))
    ]


def _close(got: list[Any], want: list[Any]) -> bool:
    if len(got) != len(want):
        return False
    for g, w in zip(got, want, strict=True):
        if isinstance(w, list):
            if not _close(g, w):
                return False
        elif abs(float(g) - float(w)) > TOL:
            return False
    return True


def test_fixture_covers_every_example() -> None:
    names = set(_ids(DOCS))
    examples = Path(__file__).parent.parent / "docs" / "examples"
    for path in examples.glob("*.txt"):
        assert f"docs/examples/{path.name}" in names
    assert len(DOCS) > 50


@pytest.mark.parametrize("doc", DOCS, ids=_ids(DOCS))
def test_sentence_spans(doc: dict[str, Any]) -> None:
    assert [list(s) for s in framing.split_sentences(doc["text"])] == doc["spans"]


@pytest.mark.parametrize("doc", DOCS, ids=_ids(DOCS))
def test_attribution_stage(doc: dict[str, Any]) -> None:
    text, spans = doc["text"], _spans(doc)
    assert quote_states(text, spans) == doc["quote_states"]
    assert _attributions(find_attributions(text, spans)) == doc["attributions"]


@pytest.mark.parametrize("doc", DOCS, ids=_ids(DOCS))
def test_model_inputs(doc: dict[str, Any]) -> None:
    from framing.features import document_inputs

    assert document_inputs(doc["text"], _spans(doc)) == _pinned_inputs(doc)


@pytest.mark.parametrize("doc", DOCS, ids=_ids(DOCS))
def test_cue_vectors(doc: dict[str, Any]) -> None:
    inputs = _pinned_inputs(doc)
    assert _close([cue_vector(x) for x in inputs], doc["cue_vectors"])
    alone = [cue_vector(SentenceInput(x.text)) for x in inputs]
    assert _close(alone, doc["cue_vectors_alone"])


def test_model_probabilities() -> None:
    model = framing.load()
    docs = [d for d in DOCS if d["spans"]]
    inputs = [x for d in docs for x in _pinned_inputs(d)]
    proba = model.predict_proba(inputs).tolist()
    want = [row for d in docs for row in d["proba"]]
    assert _close(proba, want)


def test_analyze_end_to_end() -> None:
    model = framing.load()
    analyses = framing.analyze_batch([d["text"] for d in DOCS], model=model)
    for doc, analysis in zip(DOCS, analyses, strict=True):
        want = doc["analyze"]
        assert analysis.lang == want["lang"], doc["name"]
        assert analysis.warnings == want["warnings"], doc["name"]
        assert len(analysis.sentences) == len(want["sentences"]), doc["name"]
        for s, w in zip(analysis.sentences, want["sentences"], strict=True):
            assert [s.start, s.end] == w["span"], doc["name"]
            assert s.label == w["label"], (doc["name"], s.text)
            probs = [s.probabilities[k] for k in sorted(w["probabilities"])]
            assert _close(probs, [w["probabilities"][k] for k in sorted(w["probabilities"])])
            assert _attributions([s.attributions])[0] == w["attributions"], doc["name"]
            assert [[c.start, c.end] for c in s.cues] == w["cues"], doc["name"]


@pytest.mark.parametrize("dataset", sorted(PIN["training"]))
def test_training_inputs(dataset: str) -> None:
    from framing import datasets

    rows = [
        json.loads(line)
        for line in (Path(__file__).parent / "data" / "tiny_train.jsonl").open(encoding="utf-8")
        if line.strip()
    ]
    want = PIN["training"][dataset]
    inputs = datasets._context(dataset, rows)
    assert json.loads(json.dumps([list(x) for x in inputs])) == want["inputs"]
    assert _close([cue_vector(x) for x in inputs], want["cue_vectors"])
