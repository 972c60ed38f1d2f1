"""Compare model families and feature sets by grouped cross-validation on the training side.

Folds are documents of our annotated training sentences: each fold's documents are held out
of training entirely (annotations, mapped and settled rows alike) and its annotations are
scored. The dev set is not touched. Prints one line per configuration and a JSON summary.

    python benchmarks/model_comparison.py --data ../shared/data [--folds 3]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score

from framing.datasets import default_data_dir
from framing.evaluation import expected_calibration_error
from framing.model import FramingClassifier
from framing.training import build, training_rows

CONFIGS: dict[str, dict] = {
    "logreg, words": {"use_cues": False},
    "logreg, words + cues": {},
    "logreg, words + cues + chars": {"char_ngrams": True},
    "logreg, words(1-3) + cues": {"ngram_range": (1, 3)},
    "logreg, words + cues, C=1": {"C": 1.0},
    "linear SVM (sigmoid), words + cues": {"estimator": "linear_svm"},
    "complement NB, words + cues": {"estimator": "naive_bayes"},
    "logreg + sigmoid calibration": {"calibration": "sigmoid"},
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=default_data_dir())
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--only", nargs="*", help="names of configurations to run")
    args = ap.parse_args()
    if args.data is None or not args.data.is_dir():
        print("needs the shared datasets: pass --data ../shared/data", file=sys.stderr)
        return 2
    train, _ = build(args.data)
    decided = training_rows(train, None, 0.8)
    first = FramingClassifier().fit(decided.inputs, decided.labels, sample_weight=decided.weights)
    rows = training_rows(train, first, 0.8)
    x, y, w, groups = rows.inputs, rows.labels, rows.weights, rows.groups
    annotated = {ex.doc_id for ex in train if ex.annotation}
    is_gold = np.asarray(rows.annotated)
    rng = np.random.RandomState(0)
    fold_of = {g: i % args.folds for i, g in enumerate(rng.permutation(sorted(annotated)))}
    fold = np.asarray([fold_of.get(g, -1) for g in groups])
    y_arr = np.asarray(y, dtype=object)
    results = {}
    for name, params in CONFIGS.items():
        if args.only and name not in args.only:
            continue
        t0 = time.perf_counter()
        preds, golds, probas = [], [], []
        for k in range(args.folds):
            tr = fold != k
            te = (fold == k) & is_gold
            model = FramingClassifier(**params).fit(
                [x[i] for i in np.flatnonzero(tr)], y_arr[tr], sample_weight=np.asarray(w)[tr]
            )
            proba = model.predict_proba([x[i] for i in np.flatnonzero(te)])
            probas.append(proba)
            preds.extend(model.classes_[proba.argmax(axis=1)])
            golds.extend(y_arr[te])
        f1 = f1_score(golds, preds, average=None, labels=["claim", "fact", "framing"])
        ece = expected_calibration_error(np.vstack(probas), golds, ["claim", "fact", "framing"])
        results[name] = {
            "macro_f1": round(float(f1.mean()), 4),
            "f1": dict(zip(["claim", "fact", "framing"], np.round(f1, 4).tolist(), strict=True)),
            "ece": round(ece, 4),
            "seconds": round(time.perf_counter() - t0, 1),
        }
        r = results[name]
        print(f"{name:<40} macro-F1 {r['macro_f1']:.3f}  {r['f1']}  ECE {r['ece']:.3f}", flush=True)
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
