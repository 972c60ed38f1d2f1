"""The arrays predictor (`framing.predictor.ArrayModel`) gives what the estimator gives, bit for
bit, loads as safely as the pickle, and labels without importing scikit-learn or SciPy.

The reference is `FramingClassifier.predict_proba` (itself bit for bit scikit-learn's pipeline:
tests/test_fastpath.py). Compared on the sentences of test_fastpath (a few hundred of our own,
docs/examples, the pinned texts), on shared news articles when they are present, with the
shipped model and with tiny models fitted with every option.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
from test_fastpath import example_texts, own_sentences

import framing
from framing import persistence
from framing.exceptions import ChecksumError, ModelLoadError
from framing.features import document_inputs, sentence_input
from framing.model import FramingClassifier, arrays_of
from framing.persistence import ARRAYS_FILE, MANIFEST_FILE, load_labeler, save_model
from framing.predictor import ArrayModel, read_arrays, write_arrays
from framing.segmentation import split_sentences

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT.parent / "shared" / "data" / "news_articles" / "articles.jsonl"


@pytest.fixture(scope="module")
def shipped() -> FramingClassifier:
    return framing.load()


@pytest.fixture(scope="module")
def labeler() -> object:
    return load_labeler()


@pytest.fixture(scope="module")
def mixed_inputs() -> list[object]:
    own = own_sentences()
    docs: list[object] = []
    for text in example_texts():
        docs += document_inputs(text, split_sentences(text))
    return [*own, *(sentence_input(s) for s in own[:60]), *docs]


def _same(a: np.ndarray, b: np.ndarray) -> None:
    assert a.dtype == b.dtype and a.shape == b.shape
    assert np.array_equal(a, b), f"{int((a != b).sum())} values differ"


def test_the_shipped_model_labels_from_its_arrays(labeler: object) -> None:
    assert isinstance(labeler, ArrayModel)
    manifest = persistence.read_manifest(persistence.shipped_model_dir())
    assert manifest["arrays"]["file"] == ARRAYS_FILE


def test_shipped_arrays_equal_the_estimator(
    shipped: FramingClassifier, labeler: ArrayModel, mixed_inputs: list[object]
) -> None:
    _same(labeler.predict_proba(mixed_inputs), shipped.predict_proba(mixed_inputs))
    for size in (1, 7, 64):
        for k in range(0, 130, size):
            part = mixed_inputs[k : k + size]
            _same(labeler.predict_proba(part), shipped.predict_proba(part))
    assert list(labeler.predict(mixed_inputs)) == list(shipped.predict(mixed_inputs))
    assert labeler.predict_proba([]).shape == shipped.predict_proba([]).shape == (0, 3)


def test_shipped_arrays_equal_the_estimator_on_news(
    shipped: FramingClassifier, labeler: ArrayModel
) -> None:
    if not ARTICLES.exists():
        pytest.skip(f"needs the shared news articles at {ARTICLES}")
    with open(ARTICLES, encoding="utf-8") as fh:
        docs = [json.loads(line)["text"] for _, line in zip(range(150), fh, strict=False)]
    items = [x for d in docs for x in document_inputs(d, split_sentences(d))]
    assert len(items) > 3000
    for k in range(0, len(items), 2000):
        part = items[k : k + 2000]
        _same(labeler.predict_proba(part), shipped.predict_proba(part))


def test_the_shipped_arrays_are_the_estimators(shipped: FramingClassifier) -> None:
    """The committed arrays.npz is what `arrays_of` writes for the committed pickle."""
    path = persistence.shipped_model_dir() / ARRAYS_FILE
    assert path.read_bytes() == write_arrays(arrays_of(shipped) or {})


def test_analyze_is_the_same_with_arrays_or_estimator(shipped: FramingClassifier) -> None:
    texts = example_texts()
    assert framing.analyze_batch(texts) == framing.analyze_batch(texts, shipped)


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"use_doc": True},
        {"use_doc": True, "attribution_words": True},
        {"ngram_range": (1, 3)},
        {"ngram_range": (1, 1), "use_cues": False},
        {"use_cues": False, "use_doc": True, "class_weight": None},
        {"use_doc": True, "doc_interactions": "own"},
        {"use_doc": True, "doc_interactions": "own+eval", "unattributed_claim": 0.5},
        {"use_doc": True, "mask_names": True},
        {"use_doc": True, "attribution_words": True},
    ],
    ids=str,
)
def test_tiny_models_arrays_equal_estimator(
    tiny: tuple[list[str], list[str]], mixed_inputs: list[object], options: dict
) -> None:
    X, y = tiny
    train = [*X, *(sentence_input(s) for s in X[:10])]
    model = FramingClassifier(min_df=1, **options).fit(train, [*y, *y[:10]])
    arrays = arrays_of(model)
    assert arrays is not None
    again = ArrayModel(read_arrays(write_arrays(arrays), 1 << 30))
    _same(again.predict_proba(mixed_inputs), model.predict_proba(mixed_inputs))
    _same(again.predict_proba(mixed_inputs[:1]), model.predict_proba(mixed_inputs[:1]))


@pytest.mark.parametrize(
    "options",
    [{"char_ngrams": True}, {"estimator": "naive_bayes"}, {"calibration": "sigmoid"}],
    ids=str,
)
def test_models_the_arrays_cannot_describe_have_none(
    tiny: tuple[list[str], list[str]], tmp_path: Path, options: dict
) -> None:
    X, y = tiny
    model = FramingClassifier(min_df=1, **options).fit(X, y)
    assert arrays_of(model) is None
    manifest = save_model(model, tmp_path / "m")
    assert "arrays" not in manifest and not (tmp_path / "m" / ARRAYS_FILE).exists()
    assert isinstance(load_labeler(tmp_path / "m"), FramingClassifier)  # the pickle labels


@pytest.fixture()
def saved(tmp_path: Path, tiny_model: FramingClassifier) -> Path:
    out = tmp_path / "tiny"
    save_model(tiny_model, out, training_data={"total": 36})
    return out


def test_round_trip_through_the_arrays(
    saved: Path, tiny_model: FramingClassifier, mixed_inputs: list[object]
) -> None:
    manifest = json.loads((saved / MANIFEST_FILE).read_text())
    blob = (saved / ARRAYS_FILE).read_bytes()
    assert manifest["arrays"]["size_bytes"] == len(blob)
    loaded = load_labeler(saved)
    assert isinstance(loaded, ArrayModel)
    _same(loaded.predict_proba(mixed_inputs), tiny_model.predict_proba(mixed_inputs))
    assert framing.analyze_batch(example_texts()[:2], loaded) == framing.analyze_batch(
        example_texts()[:2], tiny_model
    )


def test_the_same_model_writes_the_same_arrays(
    saved: Path, tiny_model: FramingClassifier, tmp_path: Path
) -> None:
    save_model(tiny_model, tmp_path / "again", training_data={"total": 36})
    assert (tmp_path / "again" / ARRAYS_FILE).read_bytes() == (saved / ARRAYS_FILE).read_bytes()


def test_tampered_arrays_are_refused(saved: Path) -> None:
    path = saved / ARRAYS_FILE
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ChecksumError, match="checksum mismatch"):
        load_labeler(saved)


def test_oversized_arrays_are_refused(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(persistence, "MAX_ARRAYS_BYTES", 1000)
    with pytest.raises(ModelLoadError, match="larger than"):
        load_labeler(saved)


def test_arrays_that_unpack_too_large_are_refused() -> None:
    blob = write_arrays({"meta": np.zeros(5000, dtype=np.uint8)})
    assert len(blob) < 1000
    with pytest.raises(ValueError, match="unpack"):
        read_arrays(blob, 4000)


def _relist(model_dir: Path, blob: bytes) -> None:
    """Replace the arrays file and list it, with its true checksum, in the manifest."""
    import hashlib

    (model_dir / ARRAYS_FILE).write_bytes(blob)
    manifest = json.loads((model_dir / MANIFEST_FILE).read_text())
    manifest["arrays"]["sha256"] = hashlib.sha256(blob).hexdigest()
    (model_dir / MANIFEST_FILE).write_text(json.dumps(manifest))


def test_arrays_with_objects_are_refused_even_with_a_good_checksum(saved: Path) -> None:
    arrays = read_arrays((saved / ARRAYS_FILE).read_bytes(), 1 << 30)
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, arr in arrays.items():
            if name == "coef":
                continue
            member = io.BytesIO()
            np.lib.format.write_array(member, arr)
            zf.writestr(f"{name}.npy", member.getvalue())
        member = io.BytesIO()
        np.lib.format.write_array(member, np.asarray([{"a": 1}], dtype=object))
        zf.writestr("coef.npy", member.getvalue())
    _relist(saved, buf.getvalue())
    with pytest.raises(ModelLoadError, match="cannot read the model arrays"):
        load_labeler(saved)


def test_arrays_of_another_shape_are_refused(saved: Path) -> None:
    arrays = read_arrays((saved / ARRAYS_FILE).read_bytes(), 1 << 30)
    arrays["coef"] = arrays["coef"][:, :-1]
    _relist(saved, write_arrays(arrays))
    with pytest.raises(ModelLoadError, match="coefficients of shape"):
        load_labeler(saved)


def test_arrays_that_name_an_unknown_text_function_are_refused(saved: Path) -> None:
    arrays = read_arrays((saved / ARRAYS_FILE).read_bytes(), 1 << 30)
    meta = json.loads(bytes(arrays["meta"]).decode("utf-8"))
    meta["blocks"][0]["source"] = "__import__"  # not one of the features' text functions
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode("utf-8"), np.uint8)
    _relist(saved, write_arrays(arrays))
    with pytest.raises(ModelLoadError, match="unknown word source"):
        load_labeler(saved)


@pytest.mark.parametrize("listed", [{"file": "../model.joblib", "sha256": "0"}, "arrays.npz"])
def test_a_malformed_arrays_entry_is_refused(saved: Path, listed: object) -> None:
    manifest = json.loads((saved / MANIFEST_FILE).read_text())
    manifest["arrays"] = listed
    (saved / MANIFEST_FILE).write_text(json.dumps(manifest))
    with pytest.raises(ModelLoadError, match="'arrays' is malformed"):
        load_labeler(saved)


def test_a_model_without_arrays_is_unpickled(saved: Path, tiny_model: FramingClassifier) -> None:
    manifest = json.loads((saved / MANIFEST_FILE).read_text())
    del manifest["arrays"]
    (saved / MANIFEST_FILE).write_text(json.dumps(manifest))
    (saved / ARRAYS_FILE).unlink()
    assert isinstance(load_labeler(saved), FramingClassifier)


def test_analyze_imports_neither_scikit_learn_nor_scipy() -> None:
    code = (
        "import sys, framing\n"
        "a = framing.analyze('The council voted on Tuesday. Critics called it a reckless "
        "waste of money, the mayor said.')\n"
        "assert len(a.sentences) == 2, a\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sklearn', 'scipy', 'joblib', 'pandas'))\n"
        "print(' '.join(heavy))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.strip() == "", done.stdout
    # the check can fail: the pickled estimator's path does import them
    code_pickle = code.replace("framing.analyze(", "framing.analyze(model=framing.load(), text=")
    done = subprocess.run(
        [sys.executable, "-c", code_pickle], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert "sklearn" in done.stdout
