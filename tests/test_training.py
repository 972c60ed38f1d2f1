"""Training: the dataset mappings, settling, reproducibility, and the dev targets' plumbing."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from framing.datasets import Example, _map_row, in_dev, load_examples, read_annotations
from framing.features import SentenceInput
from framing.persistence import save_model
from framing.training import fit_model, settle, training_rows

REPO = Path(__file__).resolve().parent.parent


def _ex(i: int, text: str, mapped=None, allowed=(), annotation=None, dataset="ptc") -> Example:
    return Example(
        f"id{i}",
        dataset,
        f"doc{i}",
        "train",
        SentenceInput(text),
        mapped,
        "rule",
        allowed,
        annotation,
    )


def test_mappings_follow_the_source_caveats():
    # CheckThat SUBJ with an attribution cue may be a claim: undecided between claim/framing
    assert _map_row("checkthat_subjectivity", {"label": "framing", "heur_attribution": True}) == (
        None,
        "checkthat:subj+cue",
        ("claim", "framing"),
    )
    assert _map_row("checkthat_subjectivity", {"label": None, "heur_attribution": False})[0] == (
        "fact"
    )
    # PTC: no technique found is not evidence of fact
    assert _map_row("ptc", {"label": None, "heur_attribution": False})[0] is None
    # BABE "Entirely factual" with a reporting cue is fact or claim
    row = {"source_label": {"label_opinion": "Entirely factual"}, "heur_attribution": True}
    assert _map_row("babe", row)[2] == ("claim", "fact")
    # ClaimBuster is never mapped
    assert _map_row("claimbuster", {"label": None})[0] is None


def test_dev_side_is_stable_and_covers_dev_splits():
    assert in_dev("ptc", "ptc:1", "dev") and not in_dev("ptc", "ptc:1", "train")
    shares = [in_dev("babe", f"babe:doc{i}", "train") for i in range(2000)]
    assert 0.25 < np.mean(shares) < 0.35
    assert shares == [in_dev("babe", f"babe:doc{i}", "train") for i in range(2000)]


def test_annotations_override_mappings_and_skip_drops(tmp_path, tiny):
    with open(tmp_path / "a.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "label"])
        w.writerows([["x1", "fact"], ["x2", "skip"], ["x3", ""]])
    assert read_annotations(tmp_path) == {"x1": "fact", "x2": "skip"}


def test_settle_keeps_only_confident_allowed_labels(tiny_model):
    undecided = [
        _ex(1, "Officials said the road would reopen next week.", allowed=("claim", "fact")),
        _ex(2, "The bridge was opened to traffic in 1998.", allowed=("claim", "framing")),
    ]
    settled = dict((ex.id, label) for ex, label in settle(tiny_model, undecided, 0.6))
    assert settled.get("id1") == "claim"
    assert all(label in ("claim", "framing") for i, label in settled.items() if i == "id2")
    assert settle(tiny_model, undecided, 1.01) == []


def test_training_rows_weigh_annotations_over_mappings(tiny):
    X, y = tiny
    train = [_ex(i, t, mapped=lab) for i, (t, lab) in enumerate(zip(X, y, strict=True))]
    train.append(_ex(99, "The deal is a stunning victory.", mapped="fact", annotation="framing"))
    rows = training_rows(train, None, 0.8)
    k = rows.inputs.index(train[-1].input)
    assert rows.labels[k] == "framing" and rows.annotated[k]
    assert rows.weights[k] > max(
        w for w, a in zip(rows.weights, rows.annotated, strict=True) if not a
    )


def test_same_data_and_seed_give_the_same_artifact(tmp_path, tiny):
    X, y = tiny
    train = [_ex(i, t, mapped=lab) for i, (t, lab) in enumerate(zip(X, y, strict=True))]
    train += [_ex(100 + i, t, allowed=("fact", "framing")) for i, t in enumerate(X[:6])]
    params = {"min_df": 1}
    a, _ = fit_model(train, params, seed=3)
    b, _ = fit_model(train, params, seed=3)
    ma = save_model(a, tmp_path / "a")
    mb = save_model(b, tmp_path / "b")
    assert ma["sha256"] == mb["sha256"]


def test_shared_data_builds_a_three_way_training_set(shared_data):
    examples = load_examples(shared_data, read_annotations(REPO / "annotations"))
    labels = {ex.label for ex in examples if ex.label}
    assert labels == {"claim", "fact", "framing"}
    ann = [ex for ex in examples if ex.annotation]
    assert len(ann) >= 2500
    assert {ex.dataset for ex in ann} >= {"polnear", "ptc", "babe", "webis_editorials16"}
    dev = [ex for ex in ann if in_dev(ex.dataset, ex.doc_id, ex.split)]
    assert len(dev) >= 600 and {ex.annotation for ex in dev} == {"claim", "fact", "framing"}
    # no dev document is on the training side
    train_docs = {ex.doc_id for ex in examples if not in_dev(ex.dataset, ex.doc_id, ex.split)}
    assert not train_docs & {ex.doc_id for ex in dev}


@pytest.mark.slow
def test_framing_train_rebuilds_the_shipped_artifact_byte_for_byte(shared_data, tmp_path):
    """The shipped model is exactly what `framing train` builds from the documented inputs
    (the shared data and the committed annotations): a drift between them fails here. The
    command runs in a fresh process (its own hash seed, no state left by other tests)."""
    import json
    import os
    import subprocess
    import sys

    from framing.persistence import MANIFEST_FILE, MODEL_FILE, sha256_of, shipped_model_dir

    out = tmp_path / "rebuilt"
    repo = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(repo)}
    cmd = [sys.executable, "-m", "framing.cli", "train", "--data", str(shared_data)]
    cmd += ["--annotations", str(repo / "annotations"), "--out", str(out)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=repo)
    assert done.returncode == 0, done.stderr
    manifest = json.loads((out / MANIFEST_FILE).read_text(encoding="utf-8"))
    shipped = json.loads((shipped_model_dir() / MANIFEST_FILE).read_text(encoding="utf-8"))
    assert manifest["training_data"] == shipped["training_data"]
    assert manifest["sha256"] == shipped["sha256"] == sha256_of(shipped_model_dir() / MODEL_FILE)
    # and the arrays that label without scikit-learn (framing.predictor)
    arrays = shipped["arrays"]
    assert manifest["arrays"] == arrays
    assert arrays["sha256"] == sha256_of(shipped_model_dir() / arrays["file"])
