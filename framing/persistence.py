"""Saving and loading model artifacts: a joblib file beside a JSON manifest, and the same
model's arrays for labeling without scikit-learn.

A joblib file is a pickle, and unpickling can run arbitrary code. So `load_model` reads the
manifest first and checks the artifact's SHA-256 against it before anything is unpickled;
a missing manifest or a mismatch is refused unless the caller says ``trusted=True``.
The manifest also records the library and scikit-learn versions, the labels, a summary of
the training data and the evaluation metrics.

Beside the pickle, `save_model` writes the fitted arrays the model labels with
(``arrays.npz``: `framing.model.arrays_of`, no pickled objects), listed in the manifest with
their size and SHA-256. `load_labeler` (what `framing.analyze` and `framing label` use) reads
them, checked the same way, into a `framing.predictor.ArrayModel`, which imports neither
scikit-learn nor SciPy; a model without arrays is unpickled as before. `load` returns the
estimator itself (`FramingClassifier`), the training and API object.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import threading
import warnings
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from framing._version import __version__
from framing.exceptions import ChecksumError, ModelLoadError
from framing.types import LABELS

__all__ = [
    "ARRAYS_FILE",
    "MANIFEST_FILE",
    "MODEL_FILE",
    "SHIPPED_MODEL",
    "load",
    "load_labeler",
    "load_model",
    "read_manifest",
    "resolve",
    "save_model",
    "sha256_of",
    "shipped_model_dir",
]

MODEL_FILE = "model.joblib"
ARRAYS_FILE = "arrays.npz"
MANIFEST_FILE = "manifest.json"
SHIPPED_MODEL = "news-en"


MAX_MANIFEST_BYTES = 1 << 20
"""A manifest is a few kB; a larger file is refused before it is parsed."""

MAX_ARTIFACT_BYTES = 1 << 30
"""The artifact is read into memory once (hashed and unpickled from the same bytes)."""


MAX_ARRAYS_BYTES = 1 << 30
"""The arrays file is read into memory once, and may unpack to no more than this."""


def _sklearn() -> Any:
    # isort: off
    import framing._deps  # noqa: F401  (defers pandas: before scikit-learn imports it)

    # isort: on
    import sklearn

    return sklearn


def sha256_of(path: Path) -> str:
    """Hex SHA-256 of a file, read in chunks."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _read_limited(path: Path, limit: int, what: str) -> bytes:
    """The bytes of ``path``, read once; `ModelLoadError` if it holds more than ``limit``."""
    with open(path, "rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise ModelLoadError(f"{path} is larger than {limit:,} bytes: not a framing {what}")
    return data


def _sklearn_range(version: str) -> str:
    major, minor = (int(p) for p in version.split(".")[:2])
    return f">={major}.{minor},<{major}.{minor + 1}"


def save_model(model: Any, out_dir: str | Path, **manifest_fields: Any) -> dict[str, Any]:
    """Write ``model.joblib`` and ``manifest.json`` into ``out_dir``; return the manifest.

    ``manifest_fields`` (training data summary, metrics, ...) are stored as given; the
    versions, labels, size and checksum are filled in here. A model whose pipeline the
    arrays describe (`framing.model.arrays_of`) also gets ``arrays.npz``, listed under
    ``arrays`` with its size and checksum; the same model gives the same bytes.
    """
    import joblib

    from framing.model import arrays_of
    from framing.predictor import write_arrays

    sklearn = _sklearn()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    artifact = out / MODEL_FILE
    joblib.dump(model, artifact, compress=3)
    arrays = arrays_of(model)
    listed: dict[str, Any] = {}
    if arrays is not None:
        blob = write_arrays(arrays)
        (out / ARRAYS_FILE).write_bytes(blob)
        listed["arrays"] = {
            "file": ARRAYS_FILE,
            "size_bytes": len(blob),
            "sha256": hashlib.sha256(blob).hexdigest(),
        }
    else:
        (out / ARRAYS_FILE).unlink(missing_ok=True)
    manifest = {
        "name": out.name,
        "framing_version": __version__,
        "sklearn_version": sklearn.__version__,
        "sklearn_range": _sklearn_range(sklearn.__version__),
        "labels": list(LABELS),
        **manifest_fields,
        "artifact": MODEL_FILE,
        "size_bytes": artifact.stat().st_size,
        "sha256": sha256_of(artifact),
        **listed,
    }
    (out / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2, sort_keys=False) + "\n")
    return manifest


def read_manifest(model_dir: str | Path) -> dict[str, Any]:
    """The manifest of the artifact in ``model_dir``; raises `ModelLoadError` if absent."""
    path = Path(model_dir) / MANIFEST_FILE
    try:
        manifest: dict[str, Any] = json.loads(
            _read_limited(path, MAX_MANIFEST_BYTES, "manifest").decode("utf-8")
        )
    except FileNotFoundError:
        raise ModelLoadError(
            f"no {MANIFEST_FILE} beside the model in {model_dir}: without it the artifact's "
            "checksum cannot be verified, and a joblib file can run arbitrary code when "
            "loaded. Pass trusted=True only for a file you made yourself."
        ) from None
    except (OSError, ValueError, RecursionError) as exc:
        reason = "nested too deeply" if isinstance(exc, RecursionError) else exc
        raise ModelLoadError(f"cannot read {path}: {reason}") from None
    if not isinstance(manifest, dict):
        raise ModelLoadError(f"cannot read {path}: expected a JSON object, got {manifest!r:.40}")
    for key, kind in (("labels", list), ("sha256", str), ("sklearn_version", str)):
        if key in manifest and not isinstance(manifest[key], kind):
            raise ModelLoadError(f"{path}: field {key!r} should be a {kind.__name__}")
    if "sklearn_range" in manifest and not isinstance(manifest["sklearn_range"], str):
        raise ModelLoadError(f"{path}: field 'sklearn_range' should be a str")
    return manifest


def _version_in_range(version: str, spec: str) -> bool:
    def key(v: str) -> tuple[int, ...]:
        return tuple(int("".join(ch for ch in p if ch.isdigit()) or 0) for p in v.split(".")[:3])

    for part in spec.split(","):
        op, bound = (part[:2], part[2:]) if part[:2] in (">=", "<=") else (part[:1], part[1:])
        v, b = key(version), key(bound)
        ok = {">=": v >= b, "<=": v <= b, "<": v < b, ">": v > b}.get(op, True)
        if not ok:
            return False
    return True


def load_model(path: str | Path, trusted: bool = False) -> Any:
    """Load the artifact in directory ``path`` (or the ``model.joblib`` file itself).

    The checksum is verified before unpickling; ``trusted=True`` skips the manifest checks
    (only for files you made yourself: loading a joblib file can run code).
    """
    import joblib

    sklearn = _sklearn()
    from sklearn.exceptions import InconsistentVersionWarning

    p = Path(path)
    is_file = p.is_file() or p.suffix == ".joblib"
    model_dir, artifact = (p.parent, p) if is_file else (p, p / MODEL_FILE)
    if not artifact.is_file():
        raise ModelLoadError(f"no model artifact at {artifact}")
    # The artifact is read once: the bytes that are hashed are the bytes that are unpickled,
    # so a file swapped between the check and the load cannot slip through.
    try:
        data = _read_limited(artifact, MAX_ARTIFACT_BYTES, "model")
    except OSError as exc:
        raise ModelLoadError(f"cannot read {artifact}: {exc}") from exc
    if not trusted:
        manifest = read_manifest(model_dir)
        if list(manifest.get("labels", [])) != list(LABELS):
            raise ModelLoadError(
                f"manifest labels {manifest.get('labels')} are not {list(LABELS)}: "
                "this is not a framing model"
            )
        expected, actual = manifest.get("sha256"), hashlib.sha256(data).hexdigest()
        if expected != actual:
            raise ChecksumError(
                f"checksum mismatch for {artifact}: manifest says {expected}, file has {actual}. "
                "The file was changed or truncated after it was saved; it was not loaded "
                "because a joblib file can run arbitrary code."
            )
        trained = manifest.get("sklearn_version", "unknown")
        try:
            spec = manifest.get("sklearn_range") or _sklearn_range(trained)
            compatible = _version_in_range(sklearn.__version__, spec)
        except ValueError:
            spec, compatible = "unknown", False
        if not compatible:
            warnings.warn(
                f"model was trained with scikit-learn {trained} (compatible {spec}) but "
                f"{sklearn.__version__} is installed; predictions may differ or fail. "
                f"Install scikit-learn{spec} or retrain the model.",
                UserWarning,
                stacklevel=2,
            )
        from framing.lexicons import check_fingerprint

        check_fingerprint(manifest.get("lexicons_sha256"), stacklevel=2)
    try:
        with warnings.catch_warnings():
            # the manifest check above already warned, in words that say what to do
            warnings.simplefilter("ignore", InconsistentVersionWarning)
            model = joblib.load(io.BytesIO(data))
    except Exception as exc:  # a truncated or foreign file fails in many ways
        raise ModelLoadError(f"cannot unpickle {artifact}: {exc}") from exc
    classes = [str(c) for c in getattr(model, "classes_", [])]
    if not callable(getattr(model, "predict_proba", None)) or classes != list(LABELS):
        raise ModelLoadError(
            f"{artifact} holds a {type(model).__name__}, not a fitted framing classifier "
            f"with classes {list(LABELS)}"
        )
    return model


def load_labeler(path: str | Path | None = None) -> Any:
    """What labels with the model in directory ``path`` (None: the shipped model, loaded once):
    its arrays as a `framing.predictor.ArrayModel` when the manifest lists them (checked like
    the pickle: size, SHA-256 and labels before use), else the pickled estimator
    (`load_model`). Both give the same probabilities, bit for bit."""
    if path is None:
        with _SHIPPED_LOCK:
            return _shipped_labeler()
    p = Path(path)
    return _labeler(p) if p.is_dir() else load_model(p)


def _labeler(model_dir: Path) -> Any:
    if not (model_dir / MANIFEST_FILE).is_file():
        return load_model(model_dir)  # which says why it will not
    manifest = read_manifest(model_dir)
    listed = manifest.get("arrays")
    if listed is None:
        return load_model(model_dir)
    name = listed.get("file") if isinstance(listed, dict) else None
    expected = listed.get("sha256") if isinstance(listed, dict) else None
    if not isinstance(name, str) or not isinstance(expected, str) or Path(name).name != name:
        raise ModelLoadError(f"{model_dir / MANIFEST_FILE}: field 'arrays' is malformed")
    if list(manifest.get("labels", [])) != list(LABELS):
        raise ModelLoadError(
            f"manifest labels {manifest.get('labels')} are not {list(LABELS)}: "
            "this is not a framing model"
        )
    path = model_dir / name
    try:
        data = _read_limited(path, MAX_ARRAYS_BYTES, "model")
    except OSError as exc:
        raise ModelLoadError(f"cannot read {path}: {exc}") from exc
    actual = hashlib.sha256(data).hexdigest()
    if actual != expected:
        raise ChecksumError(
            f"checksum mismatch for {path}: manifest says {expected}, file has {actual}. "
            "The file was changed or truncated after it was saved; it was not loaded."
        )
    from framing.lexicons import check_fingerprint

    check_fingerprint(manifest.get("lexicons_sha256"), stacklevel=3)
    from framing.predictor import ArrayModel, read_arrays

    try:
        return ArrayModel(read_arrays(data, MAX_ARRAYS_BYTES))
    except Exception as exc:  # a foreign or damaged file fails in many ways
        raise ModelLoadError(f"cannot read the model arrays {path}: {exc}") from exc


@lru_cache(maxsize=1)
def _shipped_labeler() -> Any:
    return load_labeler(shipped_model_dir())


def shipped_model_dir() -> Path:
    """Directory of the model shipped with the package (installed or source checkout)."""
    installed = Path(str(resources.files("framing"))) / "models" / SHIPPED_MODEL
    if installed.exists():
        return installed
    return Path(__file__).resolve().parent.parent / "models" / SHIPPED_MODEL


_SHIPPED_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _shipped_cached() -> Any:
    return load_model(shipped_model_dir())


def _shipped() -> Any:
    # lru_cache alone lets every thread of a cold start load the model; the lock makes the
    # first load the only one.
    with _SHIPPED_LOCK:
        return _shipped_cached()


def resolve(model: Any = None) -> Any:
    """What labels, from what callers accept as a model: None (the shipped model), a model
    directory or file (a path: `load_labeler`), or a model object (returned as it is)."""
    if model is None or isinstance(model, str | os.PathLike):
        return load_labeler(None if model is None else os.fspath(model))
    return model


def load(path: str | Path | None = None, trusted: bool = False) -> Any:
    """The shipped model (loaded once, then cached, also under threads) or the artifact at
    ``path``."""
    if path is None:
        return _shipped()
    return load_model(path, trusted=trusted)
