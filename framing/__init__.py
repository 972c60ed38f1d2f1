"""framing: label every sentence of news and opinion text as fact, claim or framing.

Parts, one module per stage:

- `framing.segmentation` — sentence splitting with exact character offsets
- `framing.attribution` — who said it: source and cue spans, running quotations
- `framing.features` / `framing.lexicons` — what the model sees of a sentence
- `framing.model` — `FramingClassifier`, a scikit-learn estimator
- `framing.persistence` — artifacts with a checksummed manifest; `load`
- `framing.analysis` — `analyze`: text in, labeled sentences out
- `framing.corpus` / `framing.batch` — corpus readers and writers; `label_corpus`, streaming,
  parallel and resumable; `framing.dask` for a cluster (optional extra)
- `framing.report` — self-contained HTML reports of an article or a corpus
- `framing.datasets` / `framing.training` / `framing.evaluation` — build, fit, measure
- `framing.cli` — the ``framing`` command

Importing framing imports neither scikit-learn nor the model: each public name is imported on
first use, and the model is loaded by `framing.load()` or the first `analyze`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from framing._version import __version__

if TYPE_CHECKING:
    from framing.analysis import analyze, analyze_batch
    from framing.batch import label_corpus, label_dataframe
    from framing.exceptions import ChecksumError, DataError, FramingError, ModelLoadError
    from framing.features import SentenceInput
    from framing.model import FramingClassifier
    from framing.persistence import load, save_model
    from framing.segmentation import split_sentences
    from framing.sources import source_table
    from framing.types import LABELS, Analysis, Attribution, Sentence, Span

# public name -> the module that defines it; imported on first use (PEP 562), so that
# `import framing` stays cheap and does not import scikit-learn
_LAZY = {
    "analyze": "framing.analysis",
    "analyze_batch": "framing.analysis",
    "label_corpus": "framing.batch",
    "label_dataframe": "framing.batch",
    "ChecksumError": "framing.exceptions",
    "DataError": "framing.exceptions",
    "FramingError": "framing.exceptions",
    "ModelLoadError": "framing.exceptions",
    "SentenceInput": "framing.features",
    "FramingClassifier": "framing.model",
    "load": "framing.persistence",
    "save_model": "framing.persistence",
    "split_sentences": "framing.segmentation",
    "source_table": "framing.sources",
    "LABELS": "framing.types",
    "Analysis": "framing.types",
    "Attribution": "framing.types",
    "Sentence": "framing.types",
    "Span": "framing.types",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'framing' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "LABELS",
    "Analysis",
    "Attribution",
    "ChecksumError",
    "DataError",
    "FramingClassifier",
    "FramingError",
    "ModelLoadError",
    "Sentence",
    "SentenceInput",
    "Span",
    "__version__",
    "analyze",
    "analyze_batch",
    "label_corpus",
    "label_dataframe",
    "load",
    "save_model",
    "source_table",
    "split_sentences",
]
