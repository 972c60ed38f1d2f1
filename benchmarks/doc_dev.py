"""The shipped model on our document dev set, in detail: whole MASC, IEER and GUM documents
never trained on, each sentence with its document context (the inputs `framing train` scores).

    python benchmarks/doc_dev.py [--data ../shared/data] [--model models/news-en]

Prints macro-F1 over all dev sentences and over the prose documents (all but transcripts of
speech: the MASC debate), per-label precision/recall/F1 on the prose documents, macro-F1 by
corpus and genre, and the same sentences read alone (no document context), with the top-label
calibration error.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from sklearn.metrics import f1_score, precision_recall_fscore_support

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import framing
from framing.evaluation import expected_calibration_error
from framing.features import sentence_input
from framing.training import bare_turn, build

sys.path.insert(0, str(Path(__file__).resolve().parent))
from loco import DOC_DEV, held_out

TRANSCRIPTS = ("debate-transcript",)  # genres of speech with no writer, outside the prose figure
LABELS = ["claim", "fact", "framing"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data"
    )
    ap.add_argument("--model", type=Path, default=None)
    args = ap.parse_args()
    model = framing.load(args.model) if args.model else framing.load()
    _, dev = build(args.data)
    dev = held_out(DOC_DEV, dev, [])  # the same sentences as loco.py's doc-dev row
    gold = [ex.annotation for ex in dev]
    probs = model.predict_proba([ex.input for ex in dev])
    classes = list(model.classes_)
    pred = [classes[i] for i in probs.argmax(axis=1)]
    alone = list(model.predict([ex.input.text for ex in dev]))
    prose = [i for i, ex in enumerate(dev) if ex.original not in TRANSCRIPTS]
    n_docs = len({dev[i].doc_id for i in prose})

    def f1(idx: list[int], p: list[str]) -> float:
        return float(f1_score([gold[i] for i in idx], [p[i] for i in idx], average="macro"))

    every = list(range(len(dev)))
    ece = expected_calibration_error(probs, gold, classes)
    print(f"all {len(dev):,} dev sentences: macro-F1 {f1(every, pred):.3f}, ECE {ece:.3f}")
    print(f"{n_docs} prose documents ({len(prose):,} sentences): macro-F1 {f1(prose, pred):.3f}")
    p, r, f, _ = precision_recall_fscore_support(
        [gold[i] for i in prose], [pred[i] for i in prose], labels=LABELS, zero_division=0
    )
    for k, label in enumerate(LABELS):
        print(f"  {label:8s} P {p[k]:.3f} R {r[k]:.3f} F1 {f[k]:.3f}")
    for genre in TRANSCRIPTS:
        idx = [i for i, ex in enumerate(dev) if ex.original == genre]
        if idx:
            print(f"{genre} ({len(idx):,} sentences): macro-F1 {f1(idx, pred):.3f}")
            # read as a transcript (`framing.analyze(transcript=True)`: each turn bare, less
            # its speaker tag, with its own attribution: the input `transcript_context` gives)
            turns = list(model.predict([sentence_input(bare_turn(dev[i]).input.text) for i in idx]))
            spoken = dict(zip(idx, turns, strict=True))
            as_read = [spoken.get(i, "") for i in range(len(dev))]
            print(f"  read as a transcript (transcript=True): macro-F1 {f1(idx, as_read):.3f}")
    groups: dict[str, list[int]] = defaultdict(list)
    for i in prose:
        groups[dev[i].dataset].append(i)
        groups[f"{dev[i].dataset}/{dev[i].original}"].append(i)
    for name in sorted(groups):
        print(f"  {name:28s} n={len(groups[name]):5d}  macro-F1 {f1(groups[name], pred):.3f}")
    print(f"prose sentences read alone: macro-F1 {f1(prose, alone):.3f}")


if __name__ == "__main__":
    main()
