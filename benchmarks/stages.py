"""CPU µs per sentence of each stage of labeling (the table in docs/batch.md, Throughput).

    python benchmarks/stages.py [--docs 300] [--reps 3] [--data articles.jsonl]

Each stage is timed alone on the same inputs (the first ``--docs`` shared news articles), the
best of ``--reps`` runs, in CPU seconds per sentence. Runs on older versions of framing too
(stages they lack are timed through scikit-learn's path).
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data" / "news_articles" / "articles.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    import framing
    from framing import model as fm
    from framing._run import _Encoder
    from framing.analysis import analyze_batch
    from framing.batch import batch_result, label_outcomes
    from framing.corpus import Record
    from framing.explain import framing_cues
    from framing.features import document_context
    from framing.kinds import sentence_kinds
    from framing.language import language_of
    from framing.segmentation import split_sentences

    with open(args.data, encoding="utf-8") as fh:
        docs = [json.loads(line)["text"] for line in fh][: args.docs]
    m = framing.load()
    from framing import persistence

    # what analyze labels with: the model's arrays where this version has them
    labeler = getattr(persistence, "load_labeler", framing.load)()
    spans = [split_sentences(d) for d in docs]
    n = sum(map(len, spans))
    ctx = [document_context(d, s) for d, s in zip(docs, spans, strict=True)]
    inputs = [x for c in ctx for x in c[0]]
    parts = dict(m.pipeline_.named_steps["features"].transformer_list)
    fast = getattr(fm, "fast_transform", None)

    def part(name: str):  # type: ignore[no-untyped-def]
        if fast is not None:
            return lambda: fast(parts[name], inputs)
        return lambda: parts[name].transform(inputs)

    outs = label_outcomes([Record(str(i), d) for i, d in enumerate(docs)], m)
    framing_sents = [s.text for _, a in outs for s in a.sentences if s.label == "framing"]
    enc = _Encoder("jsonl", False)
    stages = {
        "segmentation": lambda: [split_sentences(d) for d in docs],
        "attribution + model inputs": lambda: [
            document_context(d, s) for d, s in zip(docs, spans, strict=True)
        ],
        "line kinds": lambda: [sentence_kinds(d, s) for d, s in zip(docs, spans, strict=True)],
        "TF-IDF word n-grams": part("words"),
        "cue features": part("cues"),
        "whole model, estimator (predict_proba)": lambda: m.predict_proba(inputs),
        "whole model, what analyze uses": lambda: labeler.predict_proba(inputs),
        "framing cues (framing sentences)": lambda: [framing_cues(s) for s in framing_sents],
        "language check": lambda: [language_of(d) for d in docs],
        "all labeling (analyze_batch)": lambda: [
            analyze_batch(docs[i : i + 64], m) for i in range(0, len(docs), 64)
        ],
        "JSON lines (rows + encoding)": lambda: batch_result(outs, False, enc),
    }
    best = dict.fromkeys(stages, float("inf"))
    for _ in range(args.reps):
        for name, fn in stages.items():
            t = time.process_time()
            fn()
            best[name] = min(best[name], time.process_time() - t)
    print(f"{n:,} sentences of {len(docs)} documents; framing at {framing.__file__}")
    for name, seconds in best.items():
        print(f"{name:40s} {seconds / n * 1e6:7.1f} µs per sentence")


if __name__ == "__main__":
    main()
