"""The classifier: a scikit-learn estimator from sentences to fact / claim / framing.

`FramingClassifier` follows scikit-learn's estimator contract: parameters are stored in
``__init__`` and nothing else happens there; ``fit`` builds the pipeline (word n-grams +
`CueFeatures` -> logistic regression, optionally calibrated) and sets ``classes_`` to
``["claim", "fact", "framing"]``; ``predict_proba`` columns follow ``classes_``. It clones,
pickles and drops into `Pipeline` and `GridSearchCV`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import ComplementNB
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import FunctionTransformer, MaxAbsScaler
from sklearn.svm import LinearSVC
from sklearn.utils.validation import check_is_fitted

from framing.docfeatures import DocFeatures
from framing.features import CueFeatures, attributed_texts, texts
from framing.types import LABELS

__all__ = ["FramingClassifier"]

_WORD = re.compile(r"(?u)\b\w\w+\b")


class _TfidfVectorizer(TfidfVectorizer):
    """`TfidfVectorizer` whose pickle is the same from one run to the next.

    scikit-learn caches ``id(self.stop_words)`` on the instance: a memory address, which
    would make two identical fits pickle to different bytes (and different checksums).
    """

    def __getstate__(self) -> dict[str, Any]:
        state = dict(super().__getstate__())
        state.pop("_stop_words_id", None)
        return state


COEF_DECIMALS = 7
"""Fitted coefficients are rounded to this many decimals: far below what changes a prediction,
far above the last-bit differences between CPUs, so that `framing train` rebuilds the shipped
artifact byte for byte on another machine."""


def _round_coefficients(clf: Any) -> None:
    """Round a fitted linear model's (or each calibrated copy's) coefficients in place."""
    models = [c.estimator for c in getattr(clf, "calibrated_classifiers_", [])] or [clf]
    for m in models:
        for name in ("coef_", "intercept_"):
            value = getattr(m, name, None)
            if isinstance(value, np.ndarray) and value.dtype.kind == "f":
                setattr(m, name, np.round(value, COEF_DECIMALS))


class FramingClassifier(ClassifierMixin, BaseEstimator):
    """Sentence classifier for the labels ``claim``, ``fact`` and ``framing``.

    Parameters
    ----------
    C : inverse regularisation strength of the logistic regression.
    ngram_range : word n-gram range of the TF-IDF features.
    min_df : minimum document frequency of an n-gram.
    max_features : cap on the n-gram vocabulary (keeps the artifact small).
    char_ngrams : add character 2-4-grams (slower; compared in docs/model_comparison.md).
    use_cues : add the lexicon and context features (`framing.features.CueFeatures`).
    use_doc : add the document-level signals (`framing.docfeatures.DocFeatures`): position,
        and what kind of text the sentence sits in (quotation share, first person, density
        of evaluative words, wire dateline, ...).
    attribution_words : add a second block of word features that is non-zero only for
        sentences with an attribution (detected, or inside a running quotation). This is
        LABELS.md's rule 1 in the model's structure: evaluative words inside a reported
        claim get weights of their own, so they need not outvote the attribution.
    class_weight : passed to the logistic regression ("balanced" evens out rare labels).
    estimator : the model family: "logreg" (logistic regression), "linear_svm" (linear SVM,
        always calibrated since it has no probabilities of its own) or "naive_bayes"
        (complement naive Bayes).
    calibration : None, "sigmoid" or "isotonic": calibrate probabilities by cross-validation.
    random_state : seed for everything random in fitting.
    """

    def __init__(
        self,
        C: float = 1.0,
        ngram_range: tuple[int, int] = (1, 2),
        min_df: int = 2,
        max_features: int | None = 200_000,
        char_ngrams: bool = False,
        use_cues: bool = True,
        use_doc: bool = False,
        attribution_words: bool = False,
        class_weight: str | dict[str, float] | None = "balanced",
        estimator: str = "logreg",
        calibration: str | None = None,
        random_state: int | None = 0,
    ) -> None:
        self.C = C
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.char_ngrams = char_ngrams
        self.use_cues = use_cues
        self.use_doc = use_doc
        self.attribution_words = attribution_words
        self.class_weight = class_weight
        self.estimator = estimator
        self.calibration = calibration
        self.random_state = random_state

    def __setstate__(self, state: dict[str, Any]) -> None:
        # a model pickled before these options existed was fitted without them
        state.setdefault("use_doc", False)
        state.setdefault("attribution_words", False)
        super().__setstate__(state)

    def _features(self) -> FeatureUnion:
        parts: list[tuple[str, Any]] = [
            (
                "words",
                Pipeline(
                    [
                        ("text", FunctionTransformer(texts)),
                        (
                            "tfidf",
                            _TfidfVectorizer(
                                ngram_range=self.ngram_range,
                                min_df=self.min_df,
                                max_features=self.max_features,
                                sublinear_tf=True,
                                lowercase=True,
                                dtype=np.float32,
                            ),
                        ),
                    ]
                ),
            )
        ]
        if self.char_ngrams:
            parts.append(
                (
                    "chars",
                    Pipeline(
                        [
                            ("text", FunctionTransformer(texts)),
                            (
                                "tfidf",
                                _TfidfVectorizer(
                                    analyzer="char_wb",
                                    ngram_range=(2, 4),
                                    min_df=3,
                                    max_features=100_000,
                                    sublinear_tf=True,
                                    dtype=np.float32,
                                ),
                            ),
                        ]
                    ),
                )
            )
        if self.attribution_words:
            parts.append(
                (
                    "attributed_words",
                    Pipeline(
                        [
                            ("text", FunctionTransformer(attributed_texts)),
                            (
                                "tfidf",
                                _TfidfVectorizer(
                                    ngram_range=(1, 1),
                                    min_df=self.min_df,
                                    max_features=50_000,
                                    sublinear_tf=True,
                                    lowercase=True,
                                    dtype=np.float32,
                                ),
                            ),
                        ]
                    ),
                )
            )
        if self.use_cues:
            parts.append(("cues", Pipeline([("cues", CueFeatures()), ("scale", MaxAbsScaler())])))
        if self.use_doc:
            parts.append(("doc", DocFeatures()))
        return FeatureUnion(parts)

    def _estimator(self) -> Any:
        if self.estimator == "logreg":
            return LogisticRegression(
                C=self.C,
                class_weight=self.class_weight,
                max_iter=3000,
                random_state=self.random_state,
            )
        if self.estimator == "linear_svm":
            return LinearSVC(
                C=self.C / 10, class_weight=self.class_weight, random_state=self.random_state
            )
        if self.estimator == "naive_bayes":
            return ComplementNB(alpha=1.0 / self.C)
        raise ValueError(
            f"estimator must be 'logreg', 'linear_svm' or 'naive_bayes', got {self.estimator!r}"
        )

    def fit(
        self, X: Sequence[object], y: Sequence[str], sample_weight: Sequence[float] | None = None
    ) -> FramingClassifier:
        """Fit on sentences ``X`` (str or `SentenceInput`) and labels ``y``; returns self."""
        y_arr = np.asarray(y, dtype=object)
        if len(X) != len(y_arr):
            raise ValueError(f"X has {len(X)} sentences but y has {len(y_arr)} labels")
        unknown = sorted(set(y_arr) - set(LABELS))
        if unknown:
            raise ValueError(f"unknown labels {unknown}; expected a subset of {list(LABELS)}")
        clf: Any = self._estimator()
        calibration = self.calibration
        if self.estimator == "linear_svm" and calibration is None:
            calibration = "sigmoid"
        if calibration is not None:
            clf = CalibratedClassifierCV(clf, method=calibration, cv=5, ensemble=False)
        self.pipeline_ = Pipeline([("features", self._features()), ("clf", clf)])
        fit_params = {} if sample_weight is None else {"clf__sample_weight": sample_weight}
        from threadpoolctl import threadpool_limits

        # One BLAS thread: the same data give the same coefficients bit for bit, whatever the
        # machine's core count (threaded reductions sum in varying order).
        with threadpool_limits(limits=1):
            self.pipeline_.fit(list(X), y_arr, **fit_params)
        _round_coefficients(self.pipeline_.named_steps["clf"])
        for tfidf in self._vectorizers():
            # numpy integers in the vocabulary make unpickling ~30x slower than plain ints
            tfidf.vocabulary_ = {w: int(j) for w, j in tfidf.vocabulary_.items()}
        fitted = list(self.pipeline_.classes_)
        # classes_ is fixed to the full label set so that predict_proba always has 3 columns
        self.classes_ = np.asarray(LABELS, dtype=object)
        self._columns = [fitted.index(c) if c in fitted else -1 for c in LABELS]
        self._word_weights: dict[str, float] | None = None
        return self

    def predict_proba(self, X: Sequence[object]) -> np.ndarray:
        """Probabilities, one row per sentence, columns in ``classes_`` order."""
        check_is_fitted(self, "pipeline_")
        if len(X) == 0:
            return np.zeros((0, len(LABELS)))
        raw = self.pipeline_.predict_proba(list(X))
        out = np.zeros((raw.shape[0], len(LABELS)))
        for j, col in enumerate(self._columns):
            if col >= 0:
                out[:, j] = raw[:, col]
        return out

    def predict(self, X: Sequence[object]) -> np.ndarray:
        """The most probable label of each sentence."""
        proba = self.predict_proba(X)
        return self.classes_[proba.argmax(axis=1)] if len(proba) else np.asarray([], dtype=object)

    def framing_cues(self, text: str, top: int = 5) -> list[tuple[int, int]]:
        """Character spans of the words that pushed ``text`` most towards ``framing``.

        Read off the fitted linear model: a word's contribution is its IDF weight times its
        coefficient for ``framing`` minus the mean coefficient of the other labels. Function
        words are never cues; of the rest, the ``top`` strongest positive ones are returned in
        text order.
        """
        weight_of = self._framing_word_weights().get
        spans: list[tuple[float, int, int]] = []
        for m in _WORD.finditer(text):
            weight = weight_of(m.group().lower())
            if weight is not None:
                spans.append((weight, m.start(), m.end()))
        spans.sort(key=lambda s: -s[0])
        return sorted((a, b) for _, a, b in spans[:top])

    def _vectorizers(self) -> list[TfidfVectorizer]:
        union = self.pipeline_.named_steps["features"]
        return [
            step.named_steps["tfidf"]
            for _, step in union.transformer_list
            if isinstance(step, Pipeline) and "tfidf" in step.named_steps
        ]

    def _framing_word_weights(self) -> dict[str, float]:
        """Content words with a positive pull towards ``framing``, and that pull (cached)."""
        cached = getattr(self, "_word_weights", None)
        if cached is not None:
            return cached
        check_is_fitted(self, "pipeline_")
        tfidf = self.pipeline_.named_steps["features"].transformer_list[0][1].named_steps["tfidf"]
        clf = self.pipeline_.named_steps["clf"]
        lin = (
            clf.calibrated_classifiers_[0].estimator
            if hasattr(clf, "calibrated_classifiers_")
            else clf
        )
        classes = list(lin.classes_)
        raw_coef = lin.coef_ if hasattr(lin, "coef_") else lin.feature_log_prob_
        coef = np.asarray(raw_coef)[:, : len(tfidf.vocabulary_)]
        if coef.shape[0] == 1:  # binary problem: one row for the positive class
            coef = np.vstack([-coef[0], coef[0]])
        f = classes.index("framing") if "framing" in classes else None
        if f is None:
            weights = np.zeros(coef.shape[1])
        else:
            others = [i for i in range(len(classes)) if i != f]
            weights = (coef[f] - coef[others].mean(axis=0)) * tfidf.idf_
        pull = weights.tolist()
        found: dict[str, float] = {
            w: pull[j]
            for w, j in tfidf.vocabulary_.items()
            if pull[j] > 0 and " " not in w and w not in ENGLISH_STOP_WORDS
        }
        self._word_weights = found
        return found
