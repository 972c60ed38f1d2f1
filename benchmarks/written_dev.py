"""The shipped model and attribution on our own written evaluation documents.

    python benchmarks/written_dev.py [--model models/news-en] [--errors N]

The documents (``annotations/written/documents.jsonl``) were written by us for this purpose,
in genres and eras unlike the training corpora (non-US broadcast and wire news of the 2000s,
coverage of one war by outlets of many countries, US papers of the 1930s-1990s, mixed genres),
and labelled whole, in context, by two annotators blind to each other (gold: the first,
``annotations/written/dev-*.csv``; the second in ``agreement/``). Never trained on.

``--folder annotations/probes`` scores the probe set instead: 27 whole articles written in the
twelfth session in the kinds the hidden sets come from (US metro, national and political copy,
non-US broadcast and wire copy, conflict coverage by several countries' agencies, US papers of
the 1910s and 1940s, science, features, columns, letters, an interview, a briefing), labelled
by their writer and blind by a second annotator (``agreement/``). Never trained on.

Prints label macro-F1 over all labelled sentences, per-label precision/recall/F1, macro-F1 by
genre and by source folder, ECE, the same sentences read alone; then the attribution figures of
`benchmarks/attribution_docs.py` (source, cue, entity name and type, false alarms, line kinds).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

from sklearn.metrics import f1_score, precision_recall_fscore_support

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import framing  # noqa: E402
from framing.datasets import load_document_examples  # noqa: E402
from framing.doccorpora import iter_written  # noqa: E402
from framing.evaluation import expected_calibration_error  # noqa: E402

LABELS = ["claim", "fact", "framing"]
WRITTEN = ROOT / "annotations" / "written"


def gold_rows(folder: Path) -> dict[str, dict[str, str]]:
    """Sentence id -> the first annotator's row (``dev-*.csv`` of the folder)."""
    rows: dict[str, dict[str, str]] = {}
    for path in sorted(folder.glob("dev-*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                rows[r["id"]] = r
    return rows


def label_figures(model: object, folder: Path) -> None:
    docs = list(iter_written(folder / "documents.jsonl"))
    rows = gold_rows(folder)
    dev = load_document_examples(None, rows, docs)
    if not dev:
        print("no labelled sentences")
        return
    gold = [ex.annotation for ex in dev]
    probs = model.predict_proba([ex.input for ex in dev])  # type: ignore[attr-defined]
    classes = list(model.classes_)  # type: ignore[attr-defined]
    pred = [classes[i] for i in probs.argmax(axis=1)]
    alone = list(model.predict([ex.input.text for ex in dev]))  # type: ignore[attr-defined]

    def f1(idx: list[int], p: list[str]) -> float:
        return float(f1_score([gold[i] for i in idx], [p[i] for i in idx], average="macro"))

    every = list(range(len(dev)))
    n_docs = len({ex.doc_id for ex in dev})
    ece = expected_calibration_error(probs, gold, classes)
    print(
        f"{n_docs} documents, {len(dev):,} labelled sentences: macro-F1 {f1(every, pred):.3f},"
        f" ECE {ece:.3f}"
    )
    p, r, f, s = precision_recall_fscore_support(gold, pred, labels=LABELS, zero_division=0)
    for k, label in enumerate(LABELS):
        print(f"  {label:8s} P {p[k]:.3f} R {r[k]:.3f} F1 {f[k]:.3f} (gold {s[k]})")
    genre = {d.doc_id: d.genre for d in docs}
    groups: dict[str, list[int]] = defaultdict(list)
    for i, ex in enumerate(dev):
        doc_id = ex.id.split("#")[0]
        groups[f"genre {genre[doc_id]}"].append(i)
        groups[f"folder {doc_id.split('/')[-1][:2]}"].append(i)
    for name in sorted(groups):
        idx = groups[name]
        print(f"  {name:22s} n={len(idx):4d}  macro-F1 {f1(idx, pred):.3f}")
    print(f"read alone: macro-F1 {f1(every, alone):.3f}")


def attribution_figures(folder: Path, errors: int) -> None:
    import attribution_docs as ad

    docs = ad.load(None, folder, iter_written(folder / "documents.jsonl"))
    preds, t_attr, _ = ad.run(docs)
    n = sum(len(d["spans"]) for d in docs)
    print(f"attribution on {len(docs)} documents, {n:,} sentences ({1e6 * t_attr / n:.1f} µs each)")
    ad.score(docs, preds, errors)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument("--folder", type=Path, default=WRITTEN)
    ap.add_argument("--errors", type=int, default=0, help="print this many missed entities")
    args = ap.parse_args()
    model = framing.load(args.model) if args.model else framing.load()
    label_figures(model, args.folder)
    attribution_figures(args.folder, args.errors)


if __name__ == "__main__":
    main()
