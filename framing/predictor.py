"""The shipped model's arithmetic in plain numpy: labeling without scikit-learn or SciPy.

`FramingClassifier` is a scikit-learn estimator and stays the training and API object. To
label, though, a fitted model is only a few arrays (the n-gram vocabulary and IDF weights,
the cue features' scale, the logistic regression's coefficients) and some arithmetic.
`framing.persistence.save_model` writes those arrays beside the pickle (`arrays_of`, in a
plain ``.npz`` without pickled objects, listed with its SHA-256 in the manifest);
`ArrayModel` computes from them exactly what ``FramingClassifier.predict_proba`` gives, bit
for bit (tests/test_predictor.py), and importing it imports neither scikit-learn nor SciPy:
the cold start of `framing.analyze` is the arrays' load, not scikit-learn's import.

Bit for bit means the same floating-point operations in the same order:

* counts: `count_arrays` (the one counting code; `framing.model.word_counts` builds its
  sparse matrix from it);
* TF-IDF: ``log`` and ``+ 1`` and ``* idf`` on the float32 values (numpy, as scikit-learn),
  then the L2 norm as scikit-learn's ``inplace_csr_row_normalize_l2`` computes it: each
  square in float32, summed in float64 in column order, each value divided in float64 and
  rounded to float32;
* the linear model: what SciPy's sparse-times-dense product does, row by row, column by column
  from zero (``np.add.at`` applies its additions in order), then the intercept and
  scikit-learn's softmax.

A pipeline with any other step (character n-grams, calibration, another estimator) has no
arrays, and the pickled estimator labels.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Sequence
from itertools import compress, islice, repeat
from operator import contains
from typing import Any

import numpy as np

from framing._words import LONG_WORDS, long_words
from framing.types import LABELS

__all__ = ["ARRAYS_FORMAT", "ArrayModel", "count_arrays", "read_arrays", "write_arrays"]

ARRAYS_FORMAT = 1
"""Version of the arrays' layout (``meta["format"]``); another version is not read."""

_PATTERNS: dict[str, Any] = {}


def token_pattern(pattern: str) -> Any:
    """``re.compile(pattern)``, cached."""
    compiled = _PATTERNS.get(pattern)
    if compiled is None:
        compiled = _PATTERNS[pattern] = re.compile(pattern)
    return compiled


SEPARATOR = "qqframingsentencebreakqq"
"""A word put between the sentences of a batch so that one `findall` tokenises them all; a
batch where it occurs in a sentence, or a vocabulary that holds it, is counted sentence by
sentence instead."""
_SEPARATOR_FREE: dict[int, tuple[Any, bool]] = {}
_CLOSED: dict[int, tuple[Any, bool]] = {}


def _separator_free(vocabulary: dict[str, int]) -> bool:
    cached = _SEPARATOR_FREE.get(id(vocabulary))
    if cached is not None and cached[0] is vocabulary:
        return cached[1]
    free = not any(SEPARATOR in w for w in vocabulary)
    _SEPARATOR_FREE[id(vocabulary)] = (vocabulary, free)
    return free


def _bigrams_of_known_words(vocabulary: dict[str, int]) -> bool:
    """Are both words of every bigram in ``vocabulary`` in it too? (Then a bigram need only be
    looked up where both its words are known.) Checked once per vocabulary."""
    cached = _CLOSED.get(id(vocabulary))
    if cached is not None and cached[0] is vocabulary:
        return cached[1]
    closed = all(all(part in vocabulary for part in w.split(" ")) for w in vocabulary if " " in w)
    _CLOSED[id(vocabulary)] = (vocabulary, closed)
    return closed


_EXTRA: dict[int, tuple[Any, Any]] = {}


def _bigram_extra(vocabulary: dict[str, int]) -> dict[str, int]:
    """The words of the bigrams of ``vocabulary`` that are no terms of their own (a vocabulary
    cut to its most frequent terms can keep a bigram and drop one of its words), each with an
    id after the vocabulary's: ``len(vocabulary)``, ``len(vocabulary) + 1``, ... Empty when
    `_bigrams_of_known_words`. Built once per vocabulary."""
    cached = _EXTRA.get(id(vocabulary))
    if cached is not None and cached[0] is vocabulary:
        return cached[1]  # type: ignore[no-any-return]
    extra: dict[str, int] = {}
    if not _bigrams_of_known_words(vocabulary):
        words = _bigram_words(vocabulary)
        if words is not None:
            extra = _extra_of(vocabulary, words[0], words[1])
        else:
            for term in vocabulary:
                if " " in term:
                    for part in term.split(" "):
                        if part not in vocabulary and part not in extra:
                            extra[part] = len(vocabulary) + len(extra)
    _EXTRA[id(vocabulary)] = (vocabulary, extra)
    return extra


def _bigram_words(vocabulary: dict[str, int]) -> tuple[list[str], Any, Any] | None:
    """The two words of every term that holds a space, in the vocabulary's order (first,
    second, first, ...), their ids in ``vocabulary`` (-1 for none) and the terms' columns;
    None unless each such term holds exactly one space (and no line break)."""
    spaced = list(map(contains, vocabulary, repeat(" ")))
    terms = list(compress(vocabulary, spaced))
    n = len(terms)
    joined = "\n".join(terms)
    if joined.count("\n") != n - 1 or joined.count(" ") != n:
        return None
    words = joined.replace(" ", "\n").split("\n") if n else []
    ids = _ids(vocabulary.get, words, 2 * n)
    cols = np.fromiter(compress(vocabulary.values(), spaced), dtype=np.int64, count=n)
    return words, ids, cols


def _extra_of(vocabulary: dict[str, int], words: list[str], ids: Any) -> dict[str, int]:
    """`_bigram_extra` from `_bigram_words`: the unknown words in order of first use."""
    unknown = dict.fromkeys(map(words.__getitem__, np.flatnonzero(ids < 0).tolist()))
    return {word: len(vocabulary) + k for k, word in enumerate(unknown)}


_BIGRAM_TABLES: dict[int, tuple[Any, Any]] = {}
BIGRAM_TABLE_MIN = 4_000
"""Pairs of known words in a batch from which `count_arrays` looks bigrams up by their
words' ids (`_bigram_table`, built once per vocabulary) rather than by their joined text."""


def _bigram_table(vocabulary: dict[str, int]) -> tuple[np.ndarray, np.ndarray] | None:
    """Every bigram of ``vocabulary`` as ``id(first word) * width + id(second word)``, sorted,
    and its column; None if a term holds more than one space (then a bigram of a token that
    holds a space could match, and only its joined text tells). A word of a bigram that is no
    term of its own has its id from `_bigram_extra`; ``width`` counts those ids too.

    Looking a pair of known tokens up here gives the column of ``" ".join(pair)`` exactly: if
    both tokens are free of spaces, the joined text is a term with one space, which splits
    back into them; if one holds a space, the joined text holds two and is no term, and no key
    here starts or ends with the id of a term that holds a space."""
    cached = _BIGRAM_TABLES.get(id(vocabulary))
    if cached is not None and cached[0] is vocabulary:
        return cached[1]  # type: ignore[no-any-return]
    table: tuple[np.ndarray, np.ndarray] | None = None
    found = _bigram_words(vocabulary)
    if found is not None:  # one space in each term
        words, ids, cols = found
        known = _EXTRA.get(id(vocabulary))
        if known is not None and known[0] is vocabulary:
            extra = known[1]
        else:  # the extra ids from the same lookups
            extra = {} if _bigrams_of_known_words(vocabulary) else _extra_of(vocabulary, *found[:2])
            _EXTRA[id(vocabulary)] = (vocabulary, extra)
        width = len(vocabulary) + len(extra)
        miss = np.flatnonzero(ids < 0)
        missing = map(words.__getitem__, miss.tolist())
        ids[miss] = np.fromiter(map(extra.__getitem__, missing), dtype=np.int64, count=len(miss))
        keys = ids[0::2] * width + ids[1::2]
        order = np.argsort(keys, kind="stable")
        table = (keys[order], cols[order])
    _BIGRAM_TABLES[id(vocabulary)] = (vocabulary, table)
    return table


def _bigram_ids(
    table: tuple[np.ndarray, np.ndarray], first: np.ndarray, second: np.ndarray, width: int
) -> np.ndarray:
    """The column of each bigram of known words (ids ``first``, ``second``), -1 if none."""
    keys, cols = table
    out = np.full(len(first), -1, dtype=np.int64)
    if len(keys) and len(first):
        wanted = first * width + second
        order = np.argsort(wanted)  # sorted needles: searchsorted walks the keys in order
        needles = wanted[order]
        at = np.minimum(np.searchsorted(keys, needles), len(keys) - 1)
        out[order] = np.where(keys[at] == needles, cols[at], -1)
    return out


def vocabulary_facts(vocabulary: dict[str, int]) -> dict[str, bool]:
    """What `count_arrays` checks once per vocabulary (a second or so for the shipped one):
    stored with the arrays, so that loading them need not check again."""
    return {
        "separator_free": _separator_free(vocabulary),
        "bigrams_closed": _bigrams_of_known_words(vocabulary),
    }


def _remember(vocabulary: dict[str, int], facts: dict[str, Any]) -> None:
    _SEPARATOR_FREE[id(vocabulary)] = (vocabulary, bool(facts["separator_free"]))
    _CLOSED[id(vocabulary)] = (vocabulary, bool(facts["bigrams_closed"]))


def _ids(get: Any, keys: Any, n: int) -> np.ndarray:
    return np.fromiter(map(get, keys, repeat(-1, n)), dtype=np.int64, count=n)


def count_arrays(
    vocabulary: dict[str, int],
    pattern: str,
    lowercase: bool,
    ngram_range: tuple[int, int],
    docs: Sequence[str],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The n-gram counts of ``docs`` as CSR parts ``(counts, indices, indptr)``, columns in
    order within each row: each word and n-gram looked up in ``vocabulary``, unknown ones
    skipped (what ``CountVectorizer.transform`` counts)."""
    get = vocabulary.get
    findall = token_pattern(pattern).findall
    min_n, max_n = ngram_range
    n_docs, width = len(docs), len(vocabulary)
    rows: Any
    cols: Any
    joined = f" {SEPARATOR} ".join(docs)
    if lowercase:
        # str.lower maps each character alone (a final sigma looks at its neighbours, and
        # the spaces around the separator stop it as the end of the text would)
        joined = joined.lower()
    found = None
    if (
        max_n <= 2
        and 1 <= min_n <= max_n
        and joined.count(SEPARATOR) == n_docs - 1
        and _separator_free(vocabulary)
    ):
        words = long_words(joined) if pattern in LONG_WORDS else findall(joined)
        found = _count_in_one_pass(vocabulary, words, n_docs, min_n, max_n)
    if found is not None:
        rows, cols = found
    else:
        rows_l: list[int] = []
        cols_l: list[int] = []
        for i, doc in enumerate(docs):
            tokens = findall(doc.lower() if lowercase else doc)
            seen: list[int | None] = []
            if min_n <= 1 <= max_n:
                seen += map(get, tokens)
            for k in range(max(min_n, 2), min(max_n, len(tokens)) + 1):
                seen += (get(" ".join(tokens[j : j + k])) for j in range(len(tokens) - k + 1))
            known = [j for j in seen if j is not None]
            cols_l += known
            rows_l += [i] * len(known)
        rows = np.asarray(rows_l, dtype=np.int64)
        cols = np.asarray(cols_l, dtype=np.int64)
    if len(cols):
        key, counts = np.unique(rows * width + cols, return_counts=True)
        row_of = key // width
        indices = key - row_of * width
        indptr = np.zeros(n_docs + 1, dtype=np.int64)
        np.cumsum(np.bincount(row_of, minlength=n_docs), out=indptr[1:])
    else:
        indices = counts = np.zeros(0, dtype=np.int64)
        indptr = np.zeros(n_docs + 1, dtype=np.int64)
    return counts, indices, indptr


def _count_in_one_pass(
    vocabulary: dict[str, int], tokens: list[str], n_docs: int, min_n: int, max_n: int
) -> tuple[np.ndarray, np.ndarray] | None:
    """Rows and columns of the n-grams (``max_n <= 2``) of a batch tokenised in one pass, the
    documents joined by `SEPARATOR`: a token of its own, never in the vocabulary, and so is
    every bigram across two documents. None if a token swallowed a separator (a pattern that
    matches spaces): then each document is counted alone."""
    get, width = vocabulary.get, len(vocabulary)
    n = len(tokens)
    row = np.cumsum(
        np.fromiter(map(SEPARATOR.__eq__, tokens), dtype=np.bool_, count=n), dtype=np.int64
    )
    if (row[-1] if n else 0) != n_docs - 1:
        return None
    parts_r, parts_c = [], []
    if min_n == 1:
        uni = _ids(get, tokens, n)
        keep = uni >= 0
        parts_r.append(row[keep])
        parts_c.append(uni[keep])
    if max_n == 2 and n >= 2:
        pairs: Any = zip(tokens, islice(tokens, 1, None), strict=False)
        # a bigram term's words are terms too (a closed vocabulary), or are given ids of their
        # own (`_bigram_extra`, looked up only for the words the vocabulary does not know): then
        # a bigram is looked up only where both its words have an id
        known = uni if min_n == 1 and _bigrams_of_known_words(vocabulary) else None
        if min_n == 1 and known is None and n - 1 >= BIGRAM_TABLE_MIN:
            extra = _bigram_extra(vocabulary)
            known = uni.copy()
            miss = np.flatnonzero(uni < 0)
            known[miss] = _ids(extra.get, map(tokens.__getitem__, miss.tolist()), len(miss))
        if known is not None:
            both = (known[:-1] >= 0) & (known[1:] >= 0)
            where = np.flatnonzero(both)
            table = _bigram_table(vocabulary) if len(where) >= BIGRAM_TABLE_MIN else None
            if table is not None:
                ext_width = width + len(_bigram_extra(vocabulary))
                big = _bigram_ids(table, known[where], known[where + 1], ext_width)
            else:
                big = _ids(get, map(" ".join, compress(pairs, both.tolist())), len(where))
        else:
            where = np.arange(n - 1)
            big = _ids(get, map(" ".join, pairs), n - 1)
        keep = big >= 0
        parts_r.append(row[where[keep]])
        parts_c.append(big[keep])
    rows = np.concatenate(parts_r) if parts_r else np.zeros(0, dtype=np.int64)
    cols = np.concatenate(parts_c) if parts_c else np.zeros(0, dtype=np.int64)
    return rows, cols


# --------------------------------------------------------------------------------------------
# The arrays file: a zip of .npy members (what ``np.savez_compressed`` writes), but written
# with fixed timestamps so that the same model gives the same bytes, and read with
# ``allow_pickle=False`` after its size and its members' sizes are checked.

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def write_arrays(arrays: dict[str, np.ndarray]) -> bytes:
    """The ``.npz`` bytes of ``arrays`` (names in sorted order, fixed timestamps)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(arrays):
            info = zipfile.ZipInfo(f"{name}.npy", date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            member = io.BytesIO()
            np.lib.format.write_array(member, np.asarray(arrays[name]), allow_pickle=False)
            zf.writestr(info, member.getvalue(), compresslevel=6)
    return buf.getvalue()


def read_arrays(data: bytes, limit: int) -> dict[str, np.ndarray]:
    """The arrays of ``.npz`` bytes; `ValueError` if they would unpack to more than ``limit``
    bytes or hold anything but plain arrays."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = zf.infolist()
        if sum(i.file_size for i in infos) > limit:
            raise ValueError(f"the arrays unpack to more than {limit:,} bytes")
        out = {}
        for info in infos:
            if not info.filename.endswith(".npy"):
                raise ValueError(f"unexpected member {info.filename!r}")
            with zf.open(info) as fh:
                out[info.filename[:-4]] = np.lib.format.read_array(fh, allow_pickle=False)
    return out


# the text functions of `framing.features` a word block may read (the model's export names them)
_WORD_SOURCES = frozenset(("texts", "attributed_texts", "masked_texts"))


def _text(arr: np.ndarray) -> str:
    return bytes(np.asarray(arr, dtype=np.uint8)).decode("utf-8")


def _blob(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-8"), dtype=np.uint8)


# --------------------------------------------------------------------------------------------
# The model


class ArrayModel:
    """A fitted `FramingClassifier`'s predictions from its arrays (`arrays_of`): the same
    ``predict_proba`` and ``predict``, bit for bit, and ``classes_``; nothing else of the
    estimator (no ``fit``, no parameters)."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        meta = json.loads(_text(arrays["meta"]))
        if meta.get("format") != ARRAYS_FORMAT:
            raise ValueError(f"arrays of format {meta.get('format')!r}, not {ARRAYS_FORMAT}")
        self.classes_ = np.asarray(LABELS, dtype=object)
        self._columns: list[int] = [int(c) for c in meta["columns"]]
        self._blocks: list[dict[str, Any]] = []
        width = 0
        for k, block in enumerate(meta["blocks"]):
            block = dict(block)
            kind = block["kind"]
            if kind == "words":
                if block["source"] not in _WORD_SOURCES:
                    raise ValueError(f"unknown word source {block['source']!r}")
                terms = _text(arrays[f"words{k}_vocabulary"]).split("\n")
                block["vocabulary"] = dict(zip(terms, range(len(terms)), strict=True))
                if len(block["vocabulary"]) != len(terms):
                    raise ValueError("the vocabulary repeats a term")
                _remember(block["vocabulary"], block["facts"])
                block["ngram_range"] = tuple(block["ngram_range"])
                idf = arrays.get(f"words{k}_idf")
                block["idf"] = idf
                block["width"] = len(terms)
                if idf is not None and idf.shape != (len(terms),):
                    raise ValueError("the IDF weights do not match the vocabulary")
            elif kind == "cues":
                from framing.features import FEATURE_NAMES

                block["scale"] = arrays.get(f"cues{k}_scale")
                # a model fitted before a feature was appended to FEATURE_NAMES uses the
                # first columns only (its scale has one entry per feature it was fitted on)
                scale = block["scale"]
                block["width"] = len(FEATURE_NAMES) if scale is None else len(scale)
            elif kind == "doc":
                from framing.docfeatures import DOC_FEATURE_NAMES

                block["width"] = len(DOC_FEATURE_NAMES)
            elif kind == "docx":
                from framing.docfeatures import interaction_names

                block["width"] = len(interaction_names(block["kinds"]))
            else:
                raise ValueError(f"unknown block {kind!r}")
            width += block["width"]
            self._blocks.append(block)
        coef = np.asarray(arrays["coef"])
        self._intercept = np.asarray(arrays["intercept"])
        floor = arrays.get("claim_floor")
        if floor is not None and (floor.shape != (1,) or not 0.0 <= float(floor[0]) <= 1.0):
            raise ValueError("the claim floor is not one probability")
        self._claim_floor = float(floor[0]) if floor is not None else None
        scale = arrays.get("unattributed_claim")
        if scale is not None and (scale.shape != (1,) or not 0.0 <= float(scale[0]) <= 1.0):
            raise ValueError("the unattributed claim scale is not one number in [0, 1]")
        self._unattributed = float(scale[0]) if scale is not None else None
        if coef.ndim != 2 or coef.shape[1] != width or self._intercept.shape != coef.shape[:1]:
            raise ValueError(f"coefficients of shape {coef.shape} for {width} features")
        if coef.dtype.kind != "f" or self._intercept.dtype.kind != "f":
            raise ValueError("the coefficients are not floating-point numbers")
        # the type SciPy computes the product in: the features' (float32 word blocks alone
        # stay float32; dense blocks are float64) together with the coefficients'
        features = np.result_type(
            *(np.dtype(b["dtype"]) if b["kind"] == "words" else np.float64 for b in self._blocks)
        )
        self._dtype = np.result_type(features, coef.dtype)
        # row j of coef_.T: the weight of feature j for each class (what SciPy multiplies)
        self._coef_t = np.ascontiguousarray(coef.T, dtype=self._dtype)

    def warm(self) -> None:
        """Build now what counting builds on its first large batch (the bigram tables): in a
        process that workers are forked from, they all start with it."""
        for block in self._blocks:
            if block["kind"] == "words":
                _bigram_table(block["vocabulary"])

    def predict_proba(self, X: Sequence[object]) -> np.ndarray:
        """Probabilities, one row per sentence, columns in ``classes_`` order."""
        if len(X) == 0:
            return np.zeros((0, len(LABELS)))
        items = list(X)
        scores = np.zeros((len(items), self._coef_t.shape[1]), dtype=self._dtype)
        offset = 0
        for block in self._blocks:
            kind = block["kind"]
            if kind == "words":
                self._add_words(scores, block, items, offset)
            else:
                if kind == "cues":
                    from framing.features import cue_matrix

                    dense = cue_matrix(items)[:, : block["width"]]
                    if block["scale"] is not None:
                        dense = dense / block["scale"]
                elif kind == "doc":
                    from framing.docfeatures import doc_matrix

                    dense = doc_matrix(items)
                else:
                    from framing.docfeatures import interaction_matrix

                    dense = interaction_matrix(items, block["kinds"])
                coef_t = self._coef_t
                for j in range(dense.shape[1]):
                    scores += dense[:, j : j + 1].astype(self._dtype) * coef_t[offset + j]
            offset += block["width"]
        proba = in_label_order(_softmax(scores + self._intercept), self._columns)
        proba = inherited_claim_floor(proba, items, self._claim_floor)
        return unattributed_claim_scale(proba, items, self._unattributed)

    def predict(self, X: Sequence[object]) -> np.ndarray:
        """The most probable label of each sentence."""
        proba = self.predict_proba(X)  # first: an unfitted model raises NotFittedError
        return most_probable(self.classes_, proba)

    def _add_words(
        self, scores: np.ndarray, block: dict[str, Any], items: list[object], offset: int
    ) -> None:
        from framing import features

        docs = getattr(features, block["source"])(items)  # one of _WORD_SOURCES (checked)
        counts, indices, indptr = count_arrays(
            block["vocabulary"], block["token_pattern"], block["lowercase"], block["ngram_range"],
            docs,
        )  # fmt: skip
        dtype = np.dtype(block["dtype"])
        data = counts.astype(np.intc).astype(dtype)
        if block["sublinear_tf"]:
            np.log(data, data)
            data += 1.0
        if block["idf"] is not None:
            data *= block["idf"][indices]
        row_of = np.repeat(np.arange(len(docs)), np.diff(indptr))
        if block["norm"] == "l2" and len(data):
            # inplace_csr_row_normalize_l2: squares in the values' type, summed in double
            sums = np.zeros(len(docs))
            np.add.at(sums, row_of, (data * data).astype(np.float64))
            data = (data.astype(np.float64) / np.sqrt(sums)[row_of]).astype(dtype)
        # SciPy's csr_matvecs: y[row] += value * coef_t[column], in order, from zero
        terms = data.astype(self._dtype)[:, None] * self._coef_t[indices + offset]
        for k in range(scores.shape[1]):
            np.add.at(scores[:, k], row_of, terms[:, k])


def in_label_order(raw: np.ndarray, columns: Sequence[int]) -> np.ndarray:
    """``raw``'s columns (the fitted classes) rearranged into `LABELS` order; a label the model
    never saw (column -1) gets probability 0. Shared by the estimator and `ArrayModel`."""
    out = np.zeros((raw.shape[0], len(LABELS)))
    for j, col in enumerate(columns):
        if col >= 0:
            out[:, j] = raw[:, col]
    return out


def inherited_claim_floor(
    proba: np.ndarray, items: Sequence[object], floor: float | None
) -> np.ndarray:
    """LABELS.md rule 1 for the sentences of a running quotation or a speaker's turn: a row
    whose input carries an inherited attribution gets P(claim) of at least ``floor`` (the
    share of claims among such sentences in training), the other two labels scaled down to
    keep the sum. ``proba`` is in `LABELS` order and changed in place; shared by the
    estimator and `ArrayModel`. A bare string never inherits (it has no document)."""
    if floor is None or not len(proba):
        return proba
    ci = LABELS.index("claim")
    for i, item in enumerate(items):
        if getattr(item, "attribution", None) != "inherited":
            continue
        row = proba[i]
        p = float(row[ci])
        if p >= floor:
            continue
        rest = float(row.sum()) - p
        if rest > 0.0:
            row *= (1.0 - floor) / rest
        row[ci] = floor
    return proba


def unattributed_claim_scale(
    proba: np.ndarray, items: Sequence[object], scale: float | None
) -> np.ndarray:
    """LABELS.md: a claim is attributed. A row whose input's attribution is known to be none
    and that lies outside any quotation (``attribution == "none"``, not ``in_quote``: a
    document's sentence, a transcript's turn, `framing.features.sentence_input`) gets P(claim)
    times ``scale``, the three renormalised (the sum kept at 1). ``proba`` is in `LABELS` order
    and changed in place; shared by the estimator and `ArrayModel`. A bare string is left
    alone: its attribution is not known to the model."""
    if scale is None or not len(proba):
        return proba
    ci = LABELS.index("claim")
    for i, item in enumerate(items):
        if getattr(item, "attribution", None) != "none" or getattr(item, "in_quote", True):
            continue
        row = proba[i]
        row[ci] *= scale
        total = float(row.sum())
        if total > 0.0:
            row /= total
    return proba


def most_probable(classes: np.ndarray, proba: np.ndarray) -> np.ndarray:
    """The label of each row's largest probability (an empty array for no rows)."""
    return classes[proba.argmax(axis=1)] if len(proba) else np.asarray([], dtype=object)


def _softmax(X: np.ndarray) -> np.ndarray:
    """scikit-learn's ``softmax(X, copy=False)``, step by step."""
    max_prob = np.reshape(np.max(X, axis=1), (-1, 1))
    X -= max_prob
    np.exp(X, out=X)
    sum_prob = np.reshape(np.sum(X, axis=1), (-1, 1))
    X /= sum_prob
    return X
