"""The classifier: a scikit-learn estimator from sentences to fact / claim / framing.

`FramingClassifier` follows scikit-learn's estimator contract: parameters are stored in
``__init__`` and nothing else happens there; ``fit`` builds the pipeline (word n-grams +
`CueFeatures` -> logistic regression, optionally calibrated) and sets ``classes_`` to
``["claim", "fact", "framing"]``; ``predict_proba`` columns follow ``classes_``. It clones,
pickles and drops into `Pipeline` and `GridSearchCV`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

# isort: off
import framing._deps  # noqa: F401  (defers pandas: before scikit-learn imports it)

# isort: on
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

from framing._estimators import CueFeatures, DocFeatures, DocInteractions
from framing.features import attributed_texts, masked_texts, texts
from framing.predictor import (
    ARRAYS_FORMAT,
    count_arrays,
    in_label_order,
    inherited_claim_floor,
    most_probable,
    unattributed_claim_scale,
    vocabulary_facts,
)
from framing.types import LABELS

__all__ = ["FramingClassifier", "arrays_of"]

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
    inherited_claim : LABELS.md rule 1 for sentences that inherit an attribution (inside a
        running quotation, a speaker's turn, the paragraph after "X said:"): their P(claim) is
        raised to at least the share of claims among such sentences in training
        (``claim_floor_``; `framing.predictor.inherited_claim_floor`), so that the writer-like
        words of a quoted sentence cannot outvote its source.
    unattributed_claim : None, or a factor in [0, 1] for P(claim) of the sentences whose
        attribution is known to be none and that lie outside any quotation (a document's
        sentences, a transcript's turns, `framing.features.sentence_input`; LABELS.md: a claim
        is attributed; `framing.predictor.unattributed_claim_scale`), the three renormalised.
        A bare string is left alone (the model does not know its attribution).
    mask_names : the word n-grams are counted with names and numbers masked
        (`framing.features.masked_texts`).
    vocabulary : None, or the word n-grams the TF-IDF block may use (then ``min_df`` and
        ``max_features`` are not applied: the list is the vocabulary, in its order). Compared
        in docs/model_comparison.md with n-grams seen in several corpora only.
    doc_interactions : None, "own" or "own+eval": add the document signals read through the
        sentence (`framing.docfeatures.DocInteractions`): times "the writer's own sentence"
        (no attribution, outside quotations) and, with "eval", times "holds an evaluative
        word". Compared by leave-one-corpus-out in docs/model_comparison.md.
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
        inherited_claim: bool = False,
        unattributed_claim: float | None = None,
        mask_names: bool = False,
        vocabulary: Sequence[str] | None = None,
        doc_interactions: str | None = None,
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
        self.inherited_claim = inherited_claim
        self.unattributed_claim = unattributed_claim
        self.mask_names = mask_names
        self.vocabulary = vocabulary
        self.doc_interactions = doc_interactions
        self.random_state = random_state

    def __setstate__(self, state: dict[str, Any]) -> None:
        # a model pickled before these options existed was fitted without them
        state.setdefault("use_doc", False)
        state.setdefault("attribution_words", False)
        state.setdefault("inherited_claim", False)
        state.setdefault("claim_floor_", None)
        state.setdefault("vocabulary", None)
        state.setdefault("mask_names", False)
        state.setdefault("unattributed_claim", None)
        state.setdefault("doc_interactions", None)
        super().__setstate__(state)

    def _features(self) -> FeatureUnion:
        vocabulary = None if self.vocabulary is None else list(self.vocabulary)
        parts: list[tuple[str, Any]] = [
            (
                "words",
                Pipeline(
                    [
                        ("text", FunctionTransformer(masked_texts if self.mask_names else texts)),
                        (
                            "tfidf",
                            _TfidfVectorizer(
                                ngram_range=self.ngram_range,
                                min_df=self.min_df,
                                max_features=self.max_features,
                                vocabulary=vocabulary,
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
        if self.doc_interactions:
            parts.append(("docx", DocInteractions(self.doc_interactions)))
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
            # the terms min_df/max_features dropped: a set of strings, pickled in an order that
            # depends on PYTHONHASHSEED (so two identical fits gave two checksums); scikit-learn
            # documents it as safe to remove, and it is large
            tfidf.stop_words_ = None
        fitted = list(self.pipeline_.classes_)
        # classes_ is fixed to the full label set so that predict_proba always has 3 columns
        self.classes_ = np.asarray(LABELS, dtype=object)
        self._columns = [fitted.index(c) if c in fitted else -1 for c in LABELS]
        self._word_weights: dict[str, float] | None = None
        self.claim_floor_ = _claim_share(X, y_arr, sample_weight) if self.inherited_claim else None
        return self

    def predict_proba(self, X: Sequence[object]) -> np.ndarray:
        """Probabilities, one row per sentence, columns in ``classes_`` order.

        Computed by `fast_proba` (the pipeline's own arithmetic without its per-call checks
        and without an exception per unknown n-gram), bit for bit what
        ``self.pipeline_.predict_proba`` gives; a pipeline it does not know takes that path.
        """
        check_is_fitted(self, "pipeline_")
        if len(X) == 0:
            return np.zeros((0, len(LABELS)))
        items = list(X)
        raw = fast_proba(self.pipeline_, items) if FAST_PATH[0] else None
        if raw is None:
            raw = self.pipeline_.predict_proba(items)
        proba = in_label_order(raw, self._columns)
        proba = inherited_claim_floor(proba, items, getattr(self, "claim_floor_", None))
        return unattributed_claim_scale(proba, items, getattr(self, "unattributed_claim", None))

    def predict(self, X: Sequence[object]) -> np.ndarray:
        """The most probable label of each sentence."""
        proba = self.predict_proba(X)  # first: an unfitted model raises NotFittedError
        return most_probable(self.classes_, proba)

    def framing_cues(self, text: str, top: int = 5) -> list[tuple[int, int]]:
        """Character spans of the words that pushed ``text`` most towards ``framing``.

        Read off the fitted linear model: a word's contribution is its IDF weight times its
        coefficient for ``framing`` minus the mean coefficient of the other labels. Function
        words are never cues; of the rest, the ``top`` strongest positive ones are returned in
        text order.
        """
        weight_of = self._framing_word_weights().get
        spans: list[tuple[float, int, int]] = []
        if text.isascii():
            # lower case maps ASCII one character to one: the words of the lowered text are
            # the lowered words, at the same offsets
            for m in _WORD.finditer(text.lower()):
                weight = weight_of(m.group())
                if weight is not None:
                    spans.append((weight, m.start(), m.end()))
        else:
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


# --------------------------------------------------------------------------------------------
# The fast path of predict_proba: the fitted pipeline's own arithmetic, step by step, without
# scikit-learn's per-call input checks (which also import pandas) and without the exception
# `CountVectorizer` raises for each n-gram it does not know. Steps it knows (plain word TF-IDF,
# `CueFeatures`, `MaxAbsScaler` on dense input, a multinomial `LogisticRegression`) are
# computed here; any other step is called as it is (``step.transform``), so the result is
# always what ``pipeline.predict_proba`` gives, bit for bit (tests/test_fastpath.py).

FAST_PATH = [True]
"""Set ``FAST_PATH[0] = False`` to take scikit-learn's own path (tests compare the two)."""


def _claim_share(
    X: Sequence[object], y: np.ndarray, sample_weight: Sequence[float] | None
) -> float | None:
    """The (weighted) share of claims among the training sentences that inherit an
    attribution, rounded to 1e-6; None when there are none."""
    w = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
    mask = np.fromiter(
        (getattr(x, "attribution", None) == "inherited" for x in X), dtype=bool, count=len(y)
    )
    total = float(w[mask].sum())
    if not mask.any() or total <= 0.0:
        return None
    return round(float(w[mask & (y == "claim")].sum()) / total, 6)


def _plain_words(vec: Any) -> bool:
    """Is ``vec`` a fitted word n-gram `TfidfVectorizer` whose analysis `word_tfidf` repeats?"""
    return (
        isinstance(vec, TfidfVectorizer)
        and vec.analyzer == "word"
        and vec.input == "content"
        and vec.preprocessor is None
        and vec.tokenizer is None
        and vec.stop_words is None
        and vec.strip_accents is None
        and not vec.binary
        and isinstance(vec.token_pattern, str)
        and hasattr(vec, "vocabulary_")
        and hasattr(vec, "_tfidf")
        and isinstance(vec.vocabulary_, dict)
    )


def word_counts(vec: TfidfVectorizer, docs: Sequence[str]) -> Any:
    """``vec``'s count matrix of ``docs`` (what ``CountVectorizer.transform`` gives): each
    word and n-gram looked up in the vocabulary, unknown ones skipped without an exception."""
    import scipy.sparse as sp
    from sklearn.utils._sparse import _align_api_if_sparse

    counts, indices, indptr = count_arrays(
        vec.vocabulary_, vec.token_pattern, vec.lowercase, vec.ngram_range, docs
    )
    n_docs, width = len(docs), len(vec.vocabulary_)
    index_type = np.int32 if len(indices) <= np.iinfo(np.int32).max else np.int64
    X = sp.csr_array(
        (counts.astype(np.intc), indices.astype(index_type), indptr.astype(index_type)),
        shape=(n_docs, width),
        dtype=vec.dtype,
    )
    X.sort_indices()
    return _align_api_if_sparse(X)


def word_tfidf(vec: TfidfVectorizer, docs: Sequence[str]) -> Any:
    """``vec.transform(docs)`` bit for bit, for a `_plain_words` vectorizer: the counts of
    `word_counts`, then `TfidfTransformer.transform`'s arithmetic (sublinear tf, idf, norm)."""
    from sklearn.preprocessing import normalize
    from sklearn.utils._sparse import _align_api_if_sparse
    from sklearn.utils.sparsefuncs_fast import (
        inplace_csr_row_normalize_l1,
        inplace_csr_row_normalize_l2,
    )

    X = word_counts(vec, docs)
    tf = vec._tfidf
    if tf.sublinear_tf:
        np.log(X.data, X.data)
        X.data += 1.0
    if hasattr(tf, "idf_"):
        X.data *= tf.idf_[X.indices]
    if tf.norm in ("l1", "l2") and X.shape[0] > 0:
        # what `normalize` does to a CSR matrix, without its input checks
        (inplace_csr_row_normalize_l2 if tf.norm == "l2" else inplace_csr_row_normalize_l1)(X)
    elif tf.norm is not None:
        X = normalize(X, norm=tf.norm, copy=False)
    return _align_api_if_sparse(X)


def _default_output(est: Any) -> bool:
    import sklearn

    config = getattr(est, "_sklearn_output_config", None) or {}
    return not config and sklearn.get_config().get("transform_output", "default") == "default"


def fast_transform(step: Any, data: Any) -> Any:
    """``step.transform(data)`` for a fitted step of the model's pipeline, fast where the step
    is one of ours or a known scikit-learn one."""
    from scipy import sparse

    kind = type(step)
    if kind is Pipeline:
        for _, inner in step.steps:
            if inner is not None and inner != "passthrough":
                data = fast_transform(inner, data)
        return data
    if kind is FeatureUnion and step.transformer_weights is None and _default_output(step):
        parts = []
        for _, inner in step.transformer_list:
            if inner is None or isinstance(inner, str):  # "drop", "passthrough"
                return step.transform(data)
            parts.append(fast_transform(inner, data))
        if any(sparse.issparse(p) for p in parts):
            return sparse.hstack(parts).tocsr()
        return np.concatenate(parts, axis=1)
    if (
        kind is FunctionTransformer
        and step.func in (texts, attributed_texts)
        and not step.validate
        and step.kw_args is None
        and _default_output(step)
    ):
        return step.func(data)
    if kind is CueFeatures and _default_output(step):
        from framing.features import cue_matrix

        # a model fitted before a feature was appended to FEATURE_NAMES: its first columns
        return cue_matrix(data)[:, : getattr(step, "n_features_out_", None)]
    if (
        kind is MaxAbsScaler
        and _default_output(step)
        and isinstance(data, np.ndarray)
        and data.ndim == 2
        and data.dtype == np.float64
        and hasattr(step, "scale_")
    ):
        return data / step.scale_
    if (
        kind in (_TfidfVectorizer, TfidfVectorizer)
        and _plain_words(step)
        and _default_output(step)
        and all(type(d) is str for d in data)
    ):
        return word_tfidf(step, data)
    return step.transform(data)


def fast_proba(pipeline: Any, items: list[object]) -> np.ndarray | None:
    """``pipeline.predict_proba(items)`` computed step by step (`fast_transform`); None when
    the pipeline is not a plain `Pipeline` (then the caller takes scikit-learn's path)."""
    if type(pipeline) is not Pipeline or len(pipeline.steps) < 2:
        return None
    data: Any = items
    for _, step in pipeline.steps[:-1]:
        if step is not None and step != "passthrough":
            data = fast_transform(step, data)
    clf = pipeline.steps[-1][1]
    if (
        type(clf) is LogisticRegression
        and len(clf.classes_) > 2
        and getattr(clf, "coef_", None) is not None
        and clf.coef_.ndim == 2
        and (sparse_csr(data) or isinstance(data, np.ndarray))
        and data.shape[1] == clf.coef_.shape[1]
    ):
        from sklearn.utils.extmath import safe_sparse_dot, softmax

        scores = safe_sparse_dot(data, clf.coef_.T, dense_output=True) + clf.intercept_
        return np.asarray(softmax(scores, copy=False))
    return np.asarray(clf.predict_proba(data))


def sparse_csr(data: Any) -> bool:
    from scipy import sparse

    return bool(sparse.issparse(data) and data.format == "csr")


# --------------------------------------------------------------------------------------------
# The arrays of a fitted model, for `framing.predictor.ArrayModel` (labeling without
# scikit-learn). Only a pipeline whose every step the fast path computes itself has them.


# the text functions a word block may read, by the name the array model knows them by
_WORD_SOURCES = {texts: "texts", attributed_texts: "attributed_texts", masked_texts: "masked_texts"}


def _words_block(step: Any, k: int, arrays: dict[str, np.ndarray]) -> dict[str, Any] | None:
    parts = [s for _, s in step.steps]
    if len(parts) != 2:
        return None
    text, vec = parts
    if not (
        type(text) is FunctionTransformer
        and text.func in _WORD_SOURCES
        and not text.validate
        and text.kw_args is None
        and _default_output(text)
        and type(vec) in (_TfidfVectorizer, TfidfVectorizer)
        and _plain_words(vec)
        and _default_output(vec)
        and vec._tfidf.norm in ("l2", None)
    ):
        return None
    vocabulary = vec.vocabulary_
    terms = sorted(vocabulary, key=vocabulary.__getitem__)
    if any("\n" in t for t in terms) or [vocabulary[t] for t in terms] != list(range(len(terms))):
        return None
    arrays[f"words{k}_vocabulary"] = np.frombuffer("\n".join(terms).encode("utf-8"), np.uint8)
    if hasattr(vec._tfidf, "idf_"):
        arrays[f"words{k}_idf"] = np.asarray(vec._tfidf.idf_)
    return {
        "kind": "words",
        "source": _WORD_SOURCES[text.func],
        "token_pattern": vec.token_pattern,
        "lowercase": bool(vec.lowercase),
        "ngram_range": [int(n) for n in vec.ngram_range],
        "sublinear_tf": bool(vec._tfidf.sublinear_tf),
        "norm": vec._tfidf.norm,
        "dtype": np.dtype(vec.dtype).name,
        "facts": vocabulary_facts(vocabulary),
    }


def _cues_block(step: Any, k: int, arrays: dict[str, np.ndarray]) -> dict[str, Any] | None:
    parts = [s for _, s in step.steps]
    if not parts or type(parts[0]) is not CueFeatures or not _default_output(parts[0]):
        return None
    if len(parts) == 1:
        return {"kind": "cues"}
    scaler = parts[1]
    if len(parts) > 2 or type(scaler) is not MaxAbsScaler or not _default_output(scaler):
        return None
    arrays[f"cues{k}_scale"] = np.asarray(scaler.scale_, dtype=np.float64)
    return {"kind": "cues"}


def arrays_of(model: Any) -> dict[str, np.ndarray] | None:
    """What `framing.predictor.ArrayModel` labels with, as named arrays: the vocabulary
    (UTF-8 terms in column order, one a line) and IDF weights of each word block, the cue
    scale, the coefficients and intercepts, and a JSON description of the blocks (``meta``).
    None when the model has a step the arrays cannot describe (then the pickle labels)."""
    pipeline: Any = getattr(model, "pipeline_", None)
    if not isinstance(model, FramingClassifier) or type(pipeline) is not Pipeline:
        return None
    if len(pipeline.steps) != 2:
        return None
    union, clf = pipeline.steps[0][1], pipeline.steps[1][1]
    if type(union) is not FeatureUnion or union.transformer_weights is not None:
        return None
    if not (
        _default_output(union)
        and type(clf) is LogisticRegression
        and len(clf.classes_) > 2
        and getattr(clf, "coef_", None) is not None
        and clf.coef_.ndim == 2
    ):
        return None
    arrays: dict[str, np.ndarray] = {}
    blocks: list[dict[str, Any]] = []
    for k, (_, step) in enumerate(union.transformer_list):
        block: dict[str, Any] | None = None
        if type(step) is DocFeatures and _default_output(step):
            block = {"kind": "doc"}
        elif type(step) is DocInteractions and _default_output(step):
            block = {"kind": "docx", "kinds": step.kinds}
        elif type(step) is Pipeline:
            block = _words_block(step, k, arrays) or _cues_block(step, k, arrays)
        if block is None:
            return None
        blocks.append(block)
    meta = {"format": ARRAYS_FORMAT, "columns": list(model._columns), "blocks": blocks}
    arrays["meta"] = np.frombuffer(json.dumps(meta, sort_keys=True).encode("utf-8"), np.uint8)
    # in their own type: a model fitted on float32 features alone has float32 coefficients
    arrays["coef"] = np.asarray(clf.coef_)
    arrays["intercept"] = np.asarray(clf.intercept_)
    floor = getattr(model, "claim_floor_", None)
    if floor is not None:
        arrays["claim_floor"] = np.asarray([floor], dtype=np.float64)
    scale = getattr(model, "unattributed_claim", None)
    if scale is not None:
        arrays["unattributed_claim"] = np.asarray([scale], dtype=np.float64)
    return arrays
