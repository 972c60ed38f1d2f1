"""Rebuild framing/data/framing_cue_weights.json: the scorer that keeps a framing sentence's
cues that are framing in their use (`framing.explain`).

    python tools/train_cue_scorer.py [--data ../shared/data] [--judged annotations/cues]
        [--precision 0.85] [--out framing/data/framing_cue_weights.json]

Reads the judged cues of the training side (``annotations/cues/train-*.csv``: candidates drawn
by ``tools/sample_cues.py --side train`` from our annotated training documents, each judged
``yes``/``no`` by an annotator following docs/annotation_guide.md, "Judging framing cues"),
rebuilds each sentence from the corpora, takes the candidate's features
(`framing.explain.cue_features`) and fits a binary logistic regression (scikit-learn,
L-BFGS, L2). Regularisation and the threshold are chosen by cross-validation grouped by
document on these training judgements only: the C with the best log-loss, then the lowest
threshold whose cross-validated precision reaches ``--precision``. Writes bias, weights
(rounded to 1e-6, sorted), the threshold and the data summary as plain JSON. Deterministic:
the same judgements give the same file. Never reads the dev judgements (``dev-*.csv``), on
which tools/cue_judgements.py measures the result.
"""

from __future__ import annotations

import argparse
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
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT, ROOT / "tools"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from cue_judgements import read_judgements, sentence_texts  # noqa: E402

from framing.explain import cue_features  # noqa: E402

C_GRID = (0.1, 0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(0.3 + 0.01 * i, 2) for i in range(61))  # 0.30 ... 0.90
FOLDS = 5


def examples(judged: Path, data_dir: Path) -> tuple[list[list[str]], list[int], list[str]]:
    rows = read_judgements(sorted(judged.glob("train-*.csv")))
    texts = sentence_texts(data_dir, {r["sentence_id"] for r in rows})
    feats, ys, groups = [], [], []
    for r in rows:
        if r["sentence_id"] not in texts:
            continue
        text, a = texts[r["sentence_id"]]
        try:
            f = cue_features(text, int(r["cue_start"]) - a, int(r["cue_end"]) - a, r["kind"])
        except ValueError:  # the lists changed since the sample: no longer a candidate
            continue
        feats.append(f)
        ys.append(int(r["judgement"] == "yes"))
        groups.append(r["sentence_id"].rsplit("#", 1)[0])
    return feats, ys, groups


def _fit(feats: list[list[str]], ys: list[int], c: float):  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1.0) for f in feats])
    clf = LogisticRegression(C=c, solver="lbfgs", max_iter=5000).fit(x, ys)
    return vec, clf


def cross_validated(feats, ys, groups, c):  # type: ignore[no-untyped-def]
    from sklearn.model_selection import GroupKFold

    probs = np.zeros(len(ys))
    for train, test in GroupKFold(n_splits=FOLDS).split(feats, ys, groups):
        vec, clf = _fit([feats[i] for i in train], [ys[i] for i in train], c)
        x = vec.transform([dict.fromkeys(feats[i], 1.0) for i in test])
        probs[test] = clf.predict_proba(x)[:, 1]
    return probs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--judged", type=Path, default=ROOT / "annotations" / "cues")
    ap.add_argument("--precision", type=float, default=0.85)
    ap.add_argument(
        "--out", type=Path, default=ROOT / "framing" / "data" / "framing_cue_weights.json"
    )
    args = ap.parse_args()
    feats, ys, groups = examples(args.judged, args.data)
    y = np.array(ys)
    n_docs = len(set(groups))
    print(f"{len(ys)} judged candidates, {int(y.sum())} yes ({y.mean():.3f}), {n_docs} documents")
    best = None
    for c in C_GRID:
        p = np.clip(cross_validated(feats, ys, groups, c), 1e-6, 1 - 1e-6)
        loss = float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
        print(f"C={c}: cross-validated log-loss {loss:.4f}")
        if best is None or loss < best[0]:
            best = (loss, c, p)
    assert best is not None
    _, c, p = best
    threshold = THRESHOLDS[-1]
    for t in THRESHOLDS:
        kept = p >= t
        if kept.any() and y[kept].mean() >= args.precision:
            threshold = t
            break
    kept = p >= threshold
    cv = {
        "precision": round(float(y[kept].mean()), 4) if kept.any() else None,
        "kept": round(float(kept.mean()), 4),
        "yes_kept": round(float(kept[y == 1].mean()), 4),
    }
    print(f"C={c}, threshold {threshold}: cross-validated {cv}")
    vec, clf = _fit(feats, ys, c)
    names = vec.get_feature_names_out()
    weights = {
        str(n): round(float(w), 6)
        for n, w in zip(names, clf.coef_[0], strict=True)
        if round(float(w), 6)
    }
    model = {
        "about": "framing.explain cue scorer: logistic regression over cue_features; "
        "tools/train_cue_scorer.py",
        "bias": round(float(clf.intercept_[0]), 6),
        "threshold": threshold,
        "c": c,
        "data": {"judged": len(ys), "yes": int(y.sum()), "documents": len(set(groups))},
        "cross_validated": cv,
        "weights": dict(sorted(weights.items())),
    }
    args.out.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} weights)")


if __name__ == "__main__":
    main()
