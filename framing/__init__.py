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

Importing framing does not load the model; `framing.load()` or the first `analyze` does.
"""

from framing._version import __version__
from framing.analysis import analyze, analyze_batch
from framing.batch import label_corpus, label_dataframe
from framing.exceptions import ChecksumError, DataError, FramingError, ModelLoadError
from framing.features import SentenceInput
from framing.model import FramingClassifier
from framing.persistence import load, save_model
from framing.segmentation import split_sentences
from framing.types import LABELS, Analysis, Attribution, Sentence, Span

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
    "split_sentences",
]
