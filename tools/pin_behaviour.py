"""Write tests/data/behaviour_pin.json: what today's code does on our own texts.

The fixture pins, for every text of docs/examples/*.txt, tests/data/pin_texts.txt, the
tiny training set (as one document) and the boundary cases of tests/data/boundaries.txt:

* the sentence spans of `framing.split_sentences`;
* on those spans: `quote_states`, `find_attributions` (cue, source, resolved source,
  inherited), the model inputs `framing.analyze` builds, their cue vectors
  (`framing.features.cue_vector`, and the vector of each sentence seen alone), and the
  shipped model's probabilities and labels;
* `framing.analyze` end to end (labels, probabilities, attributions, framing cues);
* the training path: the `SentenceInput`s `framing.datasets` builds for the tiny set as one
  ordered document and as unordered rows, with their cue vectors.

Floats are rounded to 1e-9. Run it from the repository root only when a change of behaviour
is intended (and say so in the commit): ``python tools/pin_behaviour.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "data" / "behaviour_pin.json"
DIGITS = 9


def _round(xs: Any) -> Any:
    if isinstance(xs, float):
        return round(xs, DIGITS)
    if isinstance(xs, list | tuple):
        return [_round(x) for x in xs]
    if isinstance(xs, dict):
        return {k: _round(v) for k, v in xs.items()}
    return xs


def _load_boundary_cases() -> list[str]:
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        from test_segmentation import load_cases  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    return [text for text, _ in load_cases()]


def texts() -> list[tuple[str, str]]:
    """(name, text) of every pinned document."""
    out = []
    for path in sorted((ROOT / "docs" / "examples").glob("*.txt")):
        out.append((f"docs/examples/{path.name}", path.read_text(encoding="utf-8")))
    own = (ROOT / "tests" / "data" / "pin_texts.txt").read_text(encoding="utf-8")
    lines = [line for line in own.split("\n") if not line.startswith("#")]
    for i, doc in enumerate("\n".join(lines).split("\n---\n")):
        out.append((f"pin_texts:{i}", doc.strip("\n")))
    tiny = [json.loads(line)["text"] for line in _tiny_lines()]
    out.append(("tiny_train:joined", " ".join(tiny)))
    for i, text in enumerate(_load_boundary_cases()):
        out.append((f"boundaries:{i}", text))
    return out


def _tiny_lines() -> list[str]:
    path = ROOT / "tests" / "data" / "tiny_train.jsonl"
    return [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def _span(sp: Any) -> list[int] | None:
    return None if sp is None else [sp.start, sp.end]


def attributions_json(found: list[list[Any]]) -> list[list[dict[str, Any]]]:
    """Attributions as offsets only."""
    return [
        [
            {
                "cue": _span(a.cue),
                "source": _span(a.source),
                "resolved": _span(a.source_resolved),
                "inherited": a.inherited,
            }
            for a in row
        ]
        for row in found
    ]


def document_inputs(text: str, spans: list[tuple[int, int]]) -> list[Any]:
    """The model inputs of one document, built as `framing.analyze` builds them."""
    from framing.attribution import find_attributions, quote_states
    from framing.docfeatures import document_signals
    from framing.features import SentenceInput, attribution_kind

    sents = [text[a:b] for a, b in spans]
    in_quote = quote_states(text, spans)
    found = find_attributions(text, spans)
    kinds = [attribution_kind(f) for f in found]
    docs = document_signals(sents, in_quote, kinds)
    return [
        SentenceInput(
            s,
            in_quote[i],
            sents[i - 1] if i > 0 else "",
            sents[i + 1] if i + 1 < len(sents) else "",
            kinds[i],
            docs[i],
        )
        for i, s in enumerate(sents)
    ]


def pin_document(name: str, text: str, model: Any) -> dict[str, Any]:
    import framing
    from framing.attribution import find_attributions, quote_states
    from framing.features import cue_vector

    spans = framing.split_sentences(text)
    inputs = document_inputs(text, spans)
    proba = model.predict_proba(inputs).tolist() if inputs else []
    analysis = framing.analyze(text, model=model)
    return {
        "name": name,
        "text": text,
        "spans": [list(s) for s in spans],
        "quote_states": quote_states(text, spans),
        "attributions": attributions_json(find_attributions(text, spans)),
        "inputs": [[x.in_quote, x.attribution, list(x.doc or ())] for x in inputs],
        "cue_vectors": _round([cue_vector(x) for x in inputs]),
        "cue_vectors_alone": _round([cue_vector(framing.SentenceInput(x.text)) for x in inputs]),
        "proba": _round(proba),
        "analyze": {
            "lang": analysis.lang,
            "warnings": analysis.warnings,
            "sentences": [
                {
                    "span": [s.start, s.end],
                    "label": s.label,
                    "probabilities": _round(s.probabilities),
                    "attributions": attributions_json([s.attributions])[0],
                    "cues": [[c.start, c.end] for c in s.cues],
                }
                for s in analysis.sentences
            ],
        },
    }


def pin_training() -> dict[str, Any]:
    from framing import datasets
    from framing.features import cue_vector

    rows = [json.loads(line) for line in _tiny_lines()]
    out = {}
    for dataset in ("polnear", "babe"):
        inputs = datasets._context(dataset, rows)
        out[dataset] = {
            "inputs": [list(x) for x in inputs],
            "cue_vectors": _round([cue_vector(x) for x in inputs]),
        }
    return out


def build() -> dict[str, Any]:
    import framing

    model = framing.load()
    return {
        "documents": [pin_document(name, text, model) for name, text in texts()],
        "training": pin_training(),
    }


def main() -> None:
    FIXTURE.write_text(json.dumps(build(), ensure_ascii=False, indent=None) + "\n")
    print(f"wrote {FIXTURE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
