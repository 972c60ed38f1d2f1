"""Artifacts: save -> load round trip, and every way a model file is refused."""

from __future__ import annotations

import json
import warnings

import numpy as np
import pytest

import framing
from framing.exceptions import ChecksumError, ModelLoadError
from framing.persistence import MANIFEST_FILE, MODEL_FILE, load_model, save_model


@pytest.fixture()
def saved(tmp_path, tiny_model):
    out = tmp_path / "tiny"
    manifest = save_model(tiny_model, out, training_data={"total": 36}, metrics={})
    return out, manifest


def test_round_trip_gives_the_same_probabilities(saved, tiny_model, tiny):
    out, manifest = saved
    X, _ = tiny
    again = framing.load(out)
    np.testing.assert_allclose(again.predict_proba(X), tiny_model.predict_proba(X))
    assert manifest["labels"] == ["claim", "fact", "framing"]
    assert manifest["framing_version"] == framing.__version__
    assert manifest["training_data"] == {"total": 36}
    assert len(manifest["sha256"]) == 64
    assert json.loads((out / MANIFEST_FILE).read_text())["sha256"] == manifest["sha256"]


def test_loading_the_joblib_path_directly(saved, tiny):
    out, _ = saved
    assert framing.load(out / MODEL_FILE).predict(tiny[0][:2]).shape == (2,)


def test_tampered_artifact_is_refused(saved):
    out, _ = saved
    with open(out / MODEL_FILE, "ab") as fh:
        fh.write(b"tampered")
    with pytest.raises(ChecksumError, match="checksum mismatch"):
        load_model(out)


def test_truncated_artifact_is_refused(saved):
    out, _ = saved
    data = (out / MODEL_FILE).read_bytes()
    (out / MODEL_FILE).write_bytes(data[: len(data) // 2])
    with pytest.raises(ChecksumError):
        load_model(out)


def test_truncated_artifact_with_trust_still_fails_cleanly(saved):
    out, _ = saved
    data = (out / MODEL_FILE).read_bytes()
    (out / MODEL_FILE).write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelLoadError, match="cannot unpickle"):
        load_model(out, trusted=True)


def test_missing_manifest_is_refused_unless_trusted(saved, tiny):
    out, _ = saved
    (out / MANIFEST_FILE).unlink()
    with pytest.raises(ModelLoadError, match="arbitrary code"):
        load_model(out)
    assert load_model(out, trusted=True).predict(tiny[0][:1]).shape == (1,)


def test_wrong_labels_in_manifest_are_refused(saved):
    out, manifest = saved
    manifest["labels"] = ["positive", "negative"]
    (out / MANIFEST_FILE).write_text(json.dumps(manifest))
    with pytest.raises(ModelLoadError, match="labels"):
        load_model(out)


def test_other_sklearn_version_warns_naming_both(saved):
    out, manifest = saved
    manifest["sklearn_version"] = "0.24.2"
    manifest["sklearn_range"] = ">=0.24,<0.25"
    (out / MANIFEST_FILE).write_text(json.dumps(manifest))
    import sklearn

    with pytest.warns(UserWarning, match="0.24.2") as record:
        load_model(out)
    assert sklearn.__version__ in str(record[0].message)


def test_missing_artifact(tmp_path):
    with pytest.raises(ModelLoadError, match="no model artifact"):
        load_model(tmp_path / "nothing")


def test_shipped_model_loads_once_with_a_valid_manifest():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the shipped model matches the pinned scikit-learn
        first = framing.load()
    assert framing.load() is first
    assert list(first.classes_) == ["claim", "fact", "framing"]
