"""The scikit-learn transformers of the model's pipeline: `CueFeatures` and `DocFeatures`.

They belong to `framing.features` and `framing.docfeatures` (and are found there: each module
imports its class on first use) but live here, so that the feature code itself imports no
scikit-learn and labeling with `framing.predictor` starts without it. Their ``__module__`` is
their home module's, so that a pickled model names them as it always did
(``framing.features.CueFeatures``) and `framing train` writes the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable

# isort: off
import framing._deps  # noqa: F401  (defers pandas: before scikit-learn imports it)

# isort: on
import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from framing import docfeatures, features
from framing.docfeatures import (
    DOC_FEATURE_NAMES,
    doc_matrix,
    interaction_matrix,
    interaction_names,
)
from framing.features import FEATURE_NAMES, as_input, cue_vector

__all__ = ["CueFeatures", "DocFeatures", "DocInteractions"]


class CueFeatures(TransformerMixin, BaseEstimator):
    """Transformer: sentences (str or `SentenceInput`) -> dense lexicon and context features.

    Stateless; ``fit`` only records the number of features, so it is safe in any pipeline.
    """

    def fit(self, X: Iterable[object], y: object = None) -> CueFeatures:
        """Record the number of features; nothing is learned."""
        self.n_features_out_ = len(FEATURE_NAMES)
        return self

    def transform(self, X: Iterable[object]) -> np.ndarray:
        """The `cue_vector` of each input, one row each."""
        rows = [cue_vector(as_input(x)) for x in X]
        out = np.asarray(rows, dtype=np.float64).reshape(-1, len(FEATURE_NAMES))
        # fitted before a feature was appended to FEATURE_NAMES: the columns it was fitted on
        return out[:, : getattr(self, "n_features_out_", None)]

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        """``cue__<name>`` for each of `FEATURE_NAMES` (those it was fitted on)."""
        names = FEATURE_NAMES[: getattr(self, "n_features_out_", None)]
        return np.asarray([f"cue__{n}" for n in names], dtype=object)


class DocFeatures(TransformerMixin, BaseEstimator):
    """Transformer: `SentenceInput` -> its document vector (``alone`` for a bare sentence).

    Stateless; ``fit`` only records the number of features.
    """

    def fit(self, X: Iterable[object], y: object = None) -> DocFeatures:
        """Record the number of features; nothing is learned."""
        self.n_features_out_ = len(DOC_FEATURE_NAMES)
        return self

    def transform(self, X: Iterable[object]) -> np.ndarray:
        """One row per input, `DOC_FEATURE_NAMES` columns (`doc_matrix`)."""
        return doc_matrix(X)

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        """``doc__<name>`` for each of `DOC_FEATURE_NAMES`."""
        return np.asarray([f"doc__{n}" for n in DOC_FEATURE_NAMES], dtype=object)


class DocInteractions(TransformerMixin, BaseEstimator):
    """Transformer: `SentenceInput` -> its document vector read through the sentence
    (`framing.docfeatures.interaction_matrix`; zeros for a bare sentence).

    Stateless; ``fit`` only records the number of features.
    """

    def __init__(self, kinds: str = "own") -> None:
        self.kinds = kinds

    def fit(self, X: Iterable[object], y: object = None) -> DocInteractions:
        """Record the number of features; nothing is learned."""
        self.n_features_out_ = len(interaction_names(self.kinds))
        return self

    def transform(self, X: Iterable[object]) -> np.ndarray:
        """One row per input (`interaction_matrix`)."""
        return interaction_matrix(X, self.kinds)

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        """``docx__<name>`` for each of `interaction_names`."""
        return np.asarray([f"docx__{n}" for n in interaction_names(self.kinds)], dtype=object)


# Pickles name each class by its home module, which hands it out (module __getattr__). The
# module's own name object, not an equal string: pickle writes a string once and refers back
# to it by identity, so an equal copy would add bytes (and change the artifact's checksum).
CueFeatures.__module__ = features.__name__
DocFeatures.__module__ = docfeatures.__name__
DocInteractions.__module__ = docfeatures.__name__
