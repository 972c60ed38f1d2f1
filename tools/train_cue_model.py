"""Rebuild framing/data/cue_weights.json: the learned check on attribution cue candidates.

    python tools/train_cue_model.py [--data ../shared/data] [--annotations annotations/docs]
        [--keep-below 0.1] [--rescue-above 0.9] [--no-docs] [--c 0.5]

Runs `framing.attribution.find_attributions` with the rules alone over PolNeAR's *train*
articles and collects every cue candidate the rules score (accepted or not) with its features
(`framing.attribution._learned.features`). Labels:

* PolNeAR train: 1 when the candidate overlaps a gold cue of class speech or cognition; left
  out when it overlaps a gold cue of another class or lies inside a gold content or source span
  (PolNeAR annotates no nested attribution); 0 otherwise;
* annotations/docs/train-*.csv (unless ``--no-docs``): 0 for every candidate in a sentence the
  annotators labelled ``fact`` (a fact has no attribution by LABELS.md); other sentences are
  left out (the train batches have no spans).

Fits a binary logistic regression (scikit-learn, liblinear, L2) and writes bias, weights
(rounded to 1e-6, sorted) and the two thresholds as plain JSON. Deterministic: the same data
give the same file. Never reads a dev split.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import sys

# OpenBLAS picks its kernels by the CPU (AVX2 or AVX-512) and their sums differ in the last
# bits, enough to move the solver: the shipped weights were fitted with the Haswell (AVX2)
# kernels, which every x86-64 CPU of the last decade runs, so the tool asks for them before
# numpy loads OpenBLAS (the file is then the same on every such machine).
if platform.machine().lower() in ("x86_64", "amd64"):
    os.environ.setdefault("OPENBLAS_CORETYPE", "Haswell")
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT, ROOT / "benchmarks"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from attribution_polnear import CLASSES, _spans, load_docs  # noqa: E402

from framing.attribution import _learned, find_attributions  # noqa: E402
from framing.doccorpora import DOC_CORPORA, iter_documents  # noqa: E402

Example = tuple[list[str], int]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _collect(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, list[str], bool]]:
    _learned.COLLECT = []
    try:
        find_attributions(text, spans)
        return _learned.COLLECT
    finally:
        _learned.COLLECT = None


def polnear_examples(data_dir: Path) -> list[Example]:
    out: list[Example] = []
    for doc in load_docs(data_dir, "train"):
        text, rows = doc["text"], doc["rows"]
        pos: list[tuple[int, int]] = []
        other: list[tuple[int, int]] = []
        for r in rows:
            base = r["doc_char"][0]
            for rel in r["attributions"]:
                (pos if rel["cue_class"] in CLASSES else other).extend(_spans(rel, "cue", base))
        content = doc["content"]
        for a, b, feats, _ok in _collect(text, [tuple(r["doc_char"]) for r in rows]):
            cue = (a, b)
            if any(_overlap(cue, g) for g in pos):
                out.append((feats, 1))
            elif any(_overlap(cue, g) for g in other) or any(x <= a and b <= y for x, y in content):
                continue
            else:
                out.append((feats, 0))
    return out


def doc_examples(data_dir: Path, ann_dir: Path) -> list[Example]:
    facts: dict[str, list[tuple[int, int]]] = {}
    for p in sorted(ann_dir.glob("train-*.csv")):
        with p.open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                if r["label"] == "fact":
                    doc_id, se = r["id"].rsplit("#", 1)
                    a, b = se.split("-")
                    facts.setdefault(doc_id, []).append((int(a), int(b)))
    out: list[Example] = []
    for corpus in DOC_CORPORA:
        for d in iter_documents(data_dir, corpus):
            if d.doc_id not in facts:
                continue
            fs = facts[d.doc_id]
            for a, b, feats, _ok in _collect(d.text, list(d.spans)):
                if any(x <= a and b <= y for x, y in fs):
                    out.append((feats, 0))
    return out


def fit(examples: list[Example], c: float) -> tuple[float, dict[str, float]]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sort=True, dtype=float)
    x = vec.fit_transform([dict.fromkeys(f, 1) for f, _ in examples]).tocsr()
    x.indices = x.indices.astype("int32")  # liblinear takes 32-bit indices only
    x.indptr = x.indptr.astype("int32")
    y = [label for _, label in examples]
    lr = LogisticRegression(C=c, solver="liblinear", max_iter=1000)
    lr.fit(x, y)
    names = vec.get_feature_names_out()
    weights = {
        str(n): round(float(w), 6)
        for n, w in zip(names, lr.coef_[0], strict=True)
        if round(float(w), 6) != 0.0
    }
    return round(float(lr.intercept_[0]), 6), dict(sorted(weights.items()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--annotations", type=Path, default=ROOT / "annotations" / "docs")
    ap.add_argument("--keep-below", type=float, default=0.1)
    ap.add_argument("--rescue-above", type=float, default=0.9)
    ap.add_argument("--c", type=float, default=0.5)
    ap.add_argument("--no-docs", action="store_true")
    ap.add_argument("--out", type=Path, default=ROOT / "framing" / "data" / _learned.WEIGHTS_FILE)
    args = ap.parse_args(argv)
    saved, _learned.MODEL = _learned.MODEL, None  # collect the rules' own decisions
    try:
        examples = polnear_examples(args.data)
        n_pol = len(examples)
        if not args.no_docs:
            examples += doc_examples(args.data, args.annotations)
    finally:
        _learned.MODEL = saved
    counts = Counter(label for _, label in examples)
    print(f"candidates: PolNeAR train {n_pol}, docs train {len(examples) - n_pol}; labels {counts}")
    bias, weights = fit(examples, args.c)
    out: dict[str, Any] = {
        "about": "framing.attribution._learned: logistic regression over cue-candidate "
        "features; written by tools/train_cue_model.py",
        "keep_below": args.keep_below,
        "rescue_above": args.rescue_above,
        "bias": bias,
        "weights": weights,
    }
    args.out.write_text(json.dumps(out, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
