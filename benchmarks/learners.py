"""Learners compared under leave-one-corpus-out: is more capacity worth it on unseen corpora?

    python benchmarks/learners.py --data ../shared/data [--groups polnear,gum,doc-dev]
        [--heads logreg,logreg+emb,hgb,mlp] [--out rows.json]

For each held-out corpus (as in ``benchmarks/loco.py``: the six sentence datasets, MASC, IEER,
GUM, and a last row that fits on every training side and scores our document dev set), the
shipped model's features (word 1-2-gram TF-IDF, cue features, document signals) are fitted on
the other corpora's training rows and these heads are fitted on top:

* ``logreg``: the shipped learner (multinomial logistic regression, C 0.3, balanced classes);
* ``logreg+emb``: the same with the sentence's mean word vector appended (static word vectors
  we train ourselves, see below), scaled to the TF-IDF block's norm;
* ``hgb``: gradient-boosted trees (scikit-learn's HistGradientBoostingClassifier) over the dense
  part: the cue and document features, the TF-IDF block reduced to 128 dimensions by truncated
  SVD, and the mean word vector;
* ``mlp``: a one-hidden-layer network (128 units, early stopping) over the same dense inputs,
  standardised: a small neural sentence encoder over static embeddings.

The word vectors are trained by us for each fold from the fold's own training sentences only
(so the held-out corpus is unseen even as unlabelled text): positive pointwise mutual
information of words within four tokens of each other, reduced to 100 dimensions by truncated
SVD (the classic count-based recipe: Levy, Goldberg and Dagan 2015). Everything is arrays:
exportable without pickled code.

Prints a Markdown table of macro-F1 (our three labels), the CPU seconds per head and the load
average. Nothing here is used by the library.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.decomposition import TruncatedSVD
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler
from sklearn.utils.class_weight import compute_sample_weight

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loco import DOC_DEV, GROUPS, held_out  # benchmarks/loco.py, beside this file

from framing.model import FramingClassifier
from framing.training import (
    SHIPPED_PARAMS,
    build,
    corpus_group,
    training_rows,
)

HEADS = ("logreg", "logreg+emb", "hgb", "mlp")
PROBA_DIR: list[Path | None] = [None]  # --probas: the logreg head's test probabilities go here
_TOKEN = re.compile(r"[a-z0-9']+")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


class WordVectors:
    """PPMI + truncated SVD word vectors from a list of texts; sentence = mean unit vector."""

    def __init__(self, texts: list[str], dim: int = 100, window: int = 4, min_count: int = 5):
        counts = Counter(w for t in texts for w in _tokens(t))
        vocab = sorted(w for w, c in counts.items() if c >= min_count)
        self.index = {w: i for i, w in enumerate(vocab)}
        rows: list[int] = []
        cols: list[int] = []
        for t in texts:
            ids = [self.index[w] for w in _tokens(t) if w in self.index]
            for k in range(1, window + 1):
                rows.extend(ids[:-k])
                cols.extend(ids[k:])
        n = len(vocab)
        r = np.asarray(rows + cols, dtype=np.int64)
        c = np.asarray(cols + rows, dtype=np.int64)
        co = sp.csr_matrix((np.ones(len(r), dtype=np.float64), (r, c)), shape=(n, n))
        co.sum_duplicates()
        total = co.sum()
        row_sum = np.asarray(co.sum(axis=1)).ravel()
        col_sum = row_sum**0.75  # context distribution smoothing
        col_sum = col_sum / col_sum.sum() * total
        co = co.tocoo()
        pmi = np.log(co.data * total / (row_sum[co.row] * col_sum[co.col]))
        keep = pmi > 0
        ppmi = sp.csr_matrix((pmi[keep], (co.row[keep], co.col[keep])), shape=(n, n))
        svd = TruncatedSVD(n_components=dim, random_state=0, algorithm="randomized", n_iter=5)
        vec = svd.fit_transform(ppmi)
        norms = np.linalg.norm(vec, axis=1, keepdims=True)
        self.vectors = (vec / np.maximum(norms, 1e-9)).astype(np.float32)
        self.dim = dim

    def transform(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            ids = [self.index[w] for w in _tokens(t) if w in self.index]
            if ids:
                out[i] = self.vectors[ids].mean(axis=0)
        return out


def _text(inp: Any) -> str:
    return inp if isinstance(inp, str) else inp.text


def _fold(group: str, train: list, test: list, heads: list[str]) -> list[dict]:
    fit_on = [ex for ex in train if corpus_group(ex) != group] if group != DOC_DEV else train
    rows = training_rows(fit_on, None, 0.8)
    y = np.asarray(rows.labels, dtype=object)
    w = np.asarray(rows.weights, dtype=np.float64)
    started = time.process_time()
    union = FramingClassifier(**SHIPPED_PARAMS)._features()
    X = sp.csr_matrix(union.fit_transform(rows.inputs))
    Xt = sp.csr_matrix(union.transform([ex.input for ex in test]))
    n_words = len(union.transformer_list[0][1].named_steps["tfidf"].vocabulary_)
    feat_s = time.process_time() - started
    gold = [ex.annotation for ex in test]
    out = []

    def done(head: str, pred: np.ndarray, t0: float) -> None:
        out.append(
            {
                "group": group,
                "head": head,
                "n": len(test),
                "macro_f1": round(float(f1_score(gold, pred, average="macro")), 4),
                "cpu_s": round(time.process_time() - t0 + feat_s, 1),
            }
        )

    emb = emb_t = dense = dense_t = None
    if any(h != "logreg" for h in heads):
        t0 = time.process_time()
        wv = WordVectors([_text(i) for i in rows.inputs])
        emb = wv.transform([_text(i) for i in rows.inputs])
        emb_t = wv.transform([_text(ex.input) for ex in test])
        svd = TruncatedSVD(n_components=128, random_state=0)
        words = svd.fit_transform(X[:, :n_words])
        words_t = svd.transform(Xt[:, :n_words])
        rest = X[:, n_words:].toarray()
        rest_t = Xt[:, n_words:].toarray()
        dense = np.hstack([rest, words, emb])
        dense_t = np.hstack([rest_t, words_t, emb_t])
        feat_s += time.process_time() - t0
    balanced = compute_sample_weight("balanced", y) * w
    for head in heads:
        t0 = time.process_time()
        if head == "logreg":
            clf = LogisticRegression(C=0.3, class_weight="balanced", max_iter=3000)
            clf.fit(X, y, sample_weight=w)
            done(head, clf.predict(Xt), t0)
            if PROBA_DIR[0] is not None:
                PROBA_DIR[0].mkdir(parents=True, exist_ok=True)
                np.savez(
                    PROBA_DIR[0] / f"{group}.npz",
                    proba=clf.predict_proba(Xt),
                    classes=np.asarray(clf.classes_, dtype=str),
                    gold=np.asarray(gold, dtype=str),
                )
        elif head == "logreg+emb":
            assert emb is not None and emb_t is not None
            scale = 1.0 / max(float(np.linalg.norm(emb, axis=1).mean()), 1e-9)
            Xe = sp.hstack([X, sp.csr_matrix(emb * scale)]).tocsr()
            Xte = sp.hstack([Xt, sp.csr_matrix(emb_t * scale)]).tocsr()
            clf = LogisticRegression(C=0.3, class_weight="balanced", max_iter=3000)
            clf.fit(Xe, y, sample_weight=w)
            done(head, clf.predict(Xte), t0)
        elif head == "hgb":
            hgb = HistGradientBoostingClassifier(
                max_iter=300, learning_rate=0.1, early_stopping=True, random_state=0
            )
            hgb.fit(dense, y, sample_weight=balanced)
            done(head, hgb.predict(dense_t), t0)
        elif head == "mlp":
            assert dense is not None and dense_t is not None
            scaler = StandardScaler().fit(dense)
            mlp = MLPClassifier(
                hidden_layer_sizes=(128,), early_stopping=True, random_state=0, max_iter=200
            )
            # balanced classes by resampling (MLPClassifier takes no sample weights here)
            rng = np.random.default_rng(0)
            p = balanced / balanced.sum()
            idx = rng.choice(len(y), size=len(y), replace=True, p=p)
            mlp.fit(scaler.transform(dense[idx]), y[idx])
            done(head, mlp.predict(scaler.transform(dense_t)), t0)
    for row in out:
        print(json.dumps(row), flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--groups", default=",".join((*GROUPS, DOC_DEV)))
    ap.add_argument("--heads", default=",".join(HEADS))
    ap.add_argument("--out", type=Path)
    ap.add_argument("--probas", type=Path, help="save the logreg head's probabilities here")
    args = ap.parse_args()
    PROBA_DIR[0] = args.probas
    t0, load0 = time.process_time(), os.getloadavg()[0]
    train, dev = build(args.data)
    everything = [*train, *dev]
    heads = args.heads.split(",")
    rows: list[dict] = []
    for group in args.groups.split(","):
        rows.extend(_fold(group, train, held_out(group, dev, everything), heads))
        if args.out:
            args.out.write_text(json.dumps(rows, indent=1))
    groups = list(dict.fromkeys(r["group"] for r in rows))
    table = {(r["group"], r["head"]): r for r in rows}
    print("| held out | n | " + " | ".join(heads) + " |")
    print("|---|---|" + "---|" * len(heads))
    for g in groups:
        cells = [f"{table[(g, h)]['macro_f1']:.3f}" for h in heads]
        print(f"| {g} | {table[(g, heads[0])]['n']:,} | " + " | ".join(cells) + " |")
    loco = [g for g in groups if g != DOC_DEV]
    for name, fn in (("mean", np.mean), ("worst", np.min)):
        cells = [f"{fn([table[(g, h)]['macro_f1'] for g in loco]):.3f}" for h in heads]
        print(f"| **{name}** (LOCO rows) | | " + " | ".join(cells) + " |")
    print(
        f"\nCPU {time.process_time() - t0:.0f} s in this process; "
        f"load average {load0:.1f} -> {os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
