"""Rebuild framing/data/kind_weights.json: the line-kind classifier of `framing.kinds`.

    python tools/train_kinds.py [--data ../shared/data] [--annotations annotations/docs]

Trains a multinomial logistic regression on the dense features of `framing.kinds.line_features`
for every sentence of annotations/docs/train-*.csv (documents rebuilt by
`framing.doccorpora` from ../shared/data), prints accuracy and per-kind F1 on
annotations/docs/dev-*.csv, and writes standardisation, coefficients and intercepts as JSON
(no pickle; scoring needs no scikit-learn). Deterministic: the same data give the same file.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from framing.doccorpora import DOC_CORPORA, iter_documents, iter_written  # noqa: E402
from framing.kinds import FEATURE_NAMES, KINDS, WEIGHTS_FILE, line_features  # noqa: E402


def read_rows(paths: list[Path]) -> dict[str, dict[str, str]]:
    """Annotation rows by sentence id."""
    rows: dict[str, dict[str, str]] = {}
    for p in paths:
        with p.open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                rows[r["id"]] = r
    return rows


def documents(data_dir: Path, doc_ids: set[str]) -> dict[str, object]:
    """The documents with these ids, by id: those of the shared corpora and those we wrote
    (`framing.doccorpora.iter_written`: the evaluation set and the training folder)."""
    written = ROOT / "annotations" / "written"
    out: dict[str, object] = {
        d.doc_id: d
        for path in (written / "documents.jsonl", written / "train")
        for d in iter_written(path)
        if d.doc_id in doc_ids
    }
    for corpus in DOC_CORPORA:
        for d in iter_documents(data_dir, corpus):
            if d.doc_id in doc_ids:
                out[d.doc_id] = d
    return out


def dataset(
    rows: dict[str, dict[str, str]], docs: dict, snippets: bool = False
) -> tuple[list[list[float]], list[str]]:
    """Features and gold kinds of every annotated sentence (features from its whole document).

    A document whose text repeats one already read (the same consent page scraped 50 times)
    is read once. With ``snippets``, each document of at least 8 sentences also gives two
    snippets of 2-6 of its sentences (its opening and a stretch from its middle), read as
    documents of their own: users label short texts too, and a plain sentence that ends a
    three-sentence snippet is prose, not the trailing credit line that ends an article."""
    by_doc: dict[str, dict[tuple[int, int], str]] = defaultdict(dict)
    for sid, r in rows.items():
        doc_id, se = sid.rsplit("#", 1)
        a, b = se.split("-")
        by_doc[doc_id][(int(a), int(b))] = r["kind"] or "prose"
    X: list[list[float]] = []
    y: list[str] = []
    seen: set[str] = set()
    for doc_id in sorted(by_doc):
        d = docs.get(doc_id)
        if d is None or d.text in seen:
            continue
        seen.add(d.text)
        spans = list(d.spans)
        gold = [by_doc[doc_id].get(sp) for sp in spans]
        windows = [(0, len(spans))]
        if snippets and len(spans) >= 8:
            k = 2 + len(seen) % 5
            mid = len(spans) // 2
            windows += [(0, k), (mid, min(mid + k, len(spans)))]
        for a, b in windows:
            base = spans[a][0]
            text = d.text[base : spans[b - 1][1]]
            shifted = [(s - base, e - base) for s, e in spans[a:b]]
            for kind, f in zip(gold[a:b], line_features(text, shifted), strict=True):
                if kind is not None:
                    X.append(f)
                    y.append(kind)
    return X, y


def report(gold: list[str], pred: list[str]) -> dict[str, float]:
    """Accuracy, per-kind F1 and macro F1."""
    out = {"accuracy": sum(g == p for g, p in zip(gold, pred, strict=True)) / max(len(gold), 1)}
    f1s = []
    for k in KINDS:
        tp = sum(g == k and p == k for g, p in zip(gold, pred, strict=True))
        np_ = sum(p == k for p in pred)
        ng = sum(g == k for g in gold)
        prec = tp / np_ if np_ else 0.0
        rec = tp / ng if ng else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[f"f1_{k}"] = f1
        f1s.append(f1)
    out["macro_f1"] = sum(f1s) / len(f1s)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--annotations", type=Path, default=ROOT / "annotations" / "docs")
    ap.add_argument("--out", type=Path, default=ROOT / "framing" / "data" / WEIGHTS_FILE)
    ap.add_argument("--C", type=float, default=0.1)
    ap.add_argument(
        "--no-snippets",
        action="store_true",
        help="train on whole documents only (no short snippets cut from them)",
    )
    args = ap.parse_args(argv)

    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    train = read_rows(sorted(args.annotations.glob("train-*.csv")))
    dev = read_rows(sorted(args.annotations.glob("dev-*.csv")))
    written_dev = read_rows(sorted((ROOT / "annotations" / "written").glob("dev-*.csv")))
    ids = {s.rsplit("#", 1)[0] for s in (*train, *dev, *written_dev)}
    docs = documents(args.data, ids)
    Xtr, ytr = dataset(train, docs, snippets=not args.no_snippets)
    scaler = StandardScaler().fit(np.array(Xtr))
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    clf = LogisticRegression(C=args.C, max_iter=3000)
    clf.fit((np.array(Xtr) - scaler.mean_) / scale, ytr)
    order = [list(clf.classes_).index(k) for k in KINDS]
    weights = {
        "about": "framing.kinds line-kind classifier; rebuilt by tools/train_kinds.py",
        "features": list(FEATURE_NAMES),
        "classes": list(KINDS),
        "mean": [round(float(v), 6) for v in scaler.mean_],
        "scale": [round(float(v), 6) for v in scale],
        "coef": [[round(float(v), 6) for v in clf.coef_[j]] for j in order],
        "intercept": [round(float(clf.intercept_[j]), 6) for j in order],
        "train_sentences": len(ytr),
    }
    print(f"train {len(ytr)} sentences -> {args.out}")
    for name, rows in (("dev", dev), ("dev_written", written_dev)):
        Xdv, ydv = dataset(rows, docs)
        pred = list(clf.predict((np.array(Xdv) - scaler.mean_) / scale))
        figures = report(ydv, pred)
        weights[name] = {k: round(v, 4) for k, v in figures.items()}
        print(f"{name}: {len(ydv)} sentences")
        for k, v in figures.items():
            print(f"  {k}: {v:.3f}")
    args.out.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
