"""Features: what the model sees of a sentence and of its place in the document.

A model input is a `SentenceInput` (the sentence with its document context) or a plain string
(a sentence seen alone). Two kinds of features come out of it:

* word n-grams (TF-IDF over the sentence text), built by the model's pipeline, and
* `CueFeatures`: a few dozen counts from our lexicons and surface patterns (quotes,
  reporting verbs, hearsay, speaker tags, evaluative words, hedges, questions, numbers, dates)
  and from the context (a sentence inside a running quotation is a source's words).

Both are cheap, so the whole pipeline labels thousands of sentences a second per process.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from framing import lexicons as lx


class SentenceInput(NamedTuple):
    """A sentence with the document context the model may use.

    ``in_quote`` is True when the sentence lies inside a quotation opened or closed in a
    neighbouring sentence; ``prev`` and ``next`` are the neighbouring sentences ("" at the
    edges of the document).
    """

    text: str
    in_quote: bool = False
    prev: str = ""
    next: str = ""


SentenceLike = str | SentenceInput


def as_input(item: object) -> SentenceInput:
    """Coerce one model input to a `SentenceInput`, refusing anything that is not text."""
    if isinstance(item, SentenceInput):
        return item
    if isinstance(item, str):
        return SentenceInput(item)
    raise TypeError(f"expected a sentence as str or SentenceInput, got {type(item).__name__}")


def texts(items: Iterable[object]) -> list[str]:
    """The sentence texts of a batch of inputs (used as the first step of the text features)."""
    return [as_input(x).text for x in items]


_TOKEN = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|\d+(?:[.,]\d+)*")
_QUOTE_CHARS = re.compile(r"[\"“”«»]|(?<!\w)['‘]|['’](?!\w)")
_SPEAKER_TAG = re.compile(r"^\s*[A-Z][\w.'’ -]{1,40}:\s+\S")
_ATTRIBUTION_TAIL = re.compile(
    r"[\"”’,]\s*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|he|she|they|it|officials?)\s+"
    r"(?:said|says|told|added|wrote|explained|noted|argued|warned|insisted)\b"
    r"|\b(?:said|says|told|added|wrote)\s+(?:[A-Z][\w.'’-]*|he|she|they)\b"
)
_THAT_CLAUSE = re.compile(
    r"\b(?:said|says|told \w+|claimed|claims|argued|argues|warned|believes?|insisted|"
    r"denied|announced|stated|reported|added|noted)\s+(?:that\b|on \w+ that\b)",
    re.IGNORECASE,
)
_HEARSAY = re.compile(r"\b(?:" + "|".join(re.escape(h) for h in lx.HEARSAY) + r")\b", re.I)
_MONEY_PERCENT = re.compile(r"[$€£¥]\s?\d|\d\s?(?:%|percent|per cent)|\b(?:million|billion)\b")
_DATE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|"
    r"Nov|Dec|yesterday|today|tomorrow|last (?:week|month|year)|(?:19|20)\d\d)\b"
)
_CAPWORD = re.compile(r"\b[A-Z][a-z]+")

FEATURE_NAMES: tuple[str, ...] = (
    "log_tokens",
    "quote_marks",
    "starts_with_quote",
    "attribution_tail",
    "that_clause",
    "reporting_verbs",
    "hearsay",
    "speaker_tag",
    "evaluative",
    "hedges",
    "intensifiers",
    "interpretive",
    "crisis",
    "modals",
    "first_person",
    "second_person",
    "question",
    "exclamation",
    "numbers",
    "money_percent",
    "dates",
    "capitalised_share",
    "no_final_punct",
    "in_quote",
    "prev_quote_open",
    "prev_reporting",
    "next_attribution_tail",
)


def _lexicon_count(tokens: Sequence[str], lexicon: frozenset[str]) -> float:
    return float(sum(1 for t in tokens if t in lexicon))


def cue_vector(item: SentenceInput) -> list[float]:
    """The hand-made features of one sentence, in `FEATURE_NAMES` order."""
    text = item.text
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    n = max(len(tokens), 1)
    stripped = text.rstrip()
    quotes = len(_QUOTE_CHARS.findall(text))
    prev_quotes = len(_QUOTE_CHARS.findall(item.prev))
    return [
        math.log1p(n),
        min(quotes, 4) / 2.0,
        float(bool(text) and text.lstrip()[:1] in "\"“‘'"),
        float(bool(_ATTRIBUTION_TAIL.search(text))),
        float(bool(_THAT_CLAUSE.search(text))),
        min(_lexicon_count(tokens, lx.REPORTING_VERBS), 3.0),
        float(len(_HEARSAY.findall(text))),
        float(bool(_SPEAKER_TAG.match(text))),
        min(_lexicon_count(tokens, lx.EVALUATIVE), 4.0),
        min(_lexicon_count(tokens, lx.HEDGES), 3.0),
        min(_lexicon_count(tokens, lx.INTENSIFIERS), 4.0),
        min(_lexicon_count(tokens, lx.INTERPRETIVE), 3.0),
        min(_lexicon_count(tokens, lx.CRISIS), 3.0),
        min(_lexicon_count(tokens, lx.MODALS), 3.0),
        min(_lexicon_count(tokens, lx.FIRST_PERSON), 3.0),
        min(_lexicon_count(tokens, lx.SECOND_PERSON), 3.0),
        float(stripped.endswith("?") or stripped.endswith("?\"") or stripped.endswith("?”")),
        float("!" in text),
        min(sum(1 for t in tokens if t[0].isdigit()), 4) / 2.0,
        float(bool(_MONEY_PERCENT.search(text))),
        float(bool(_DATE.search(text))),
        len(_CAPWORD.findall(text)) / n,
        float(bool(stripped) and stripped[-1] not in ".?!\"”’'):;…"),
        float(item.in_quote),
        float(prev_quotes % 2 == 1),
        float(bool(_THAT_CLAUSE.search(item.prev) or _ATTRIBUTION_TAIL.search(item.prev))),
        float(bool(_ATTRIBUTION_TAIL.match(item.next.lstrip("\"”’ ,")))),
    ]


class CueFeatures(TransformerMixin, BaseEstimator):
    """Transformer: sentences (str or `SentenceInput`) -> dense lexicon and context features.

    Stateless; ``fit`` only records the number of features, so it is safe in any pipeline.
    """

    def fit(self, X: Iterable[object], y: object = None) -> CueFeatures:
        self.n_features_out_ = len(FEATURE_NAMES)
        return self

    def transform(self, X: Iterable[object]) -> np.ndarray:
        rows = [cue_vector(as_input(x)) for x in X]
        return np.asarray(rows, dtype=np.float64).reshape(-1, len(FEATURE_NAMES))

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        return np.asarray([f"cue__{n}" for n in FEATURE_NAMES], dtype=object)
