# The line kinds as they were before their speed-up (framing/kinds.py at 1a98fe4), kept as
# the reference tests/test_kinds.py compares the faster code with, output for output.
"""What kind of line a sentence is: prose, a headline, metadata or boilerplate.

News copy as it reaches us carries more than prose: ``Key: value`` header lines, bylines,
datelines on their own, photo credits, contact lines, "Read more" and share prompts. Those
lines are not the writer's or a source's statements, so they are never claims, and the
summary's counts leave them out (`framing.types.Analysis`).

``KINDS`` are the values. `sentence_kinds` gives one per sentence of a document. It is a small
multinomial logistic regression over dense hand features of each line and its neighbours
(`line_features`, names in ``FEATURE_NAMES``), trained on the ``kind`` column of our document
annotations (annotations/docs/train-*.csv) by ``tools/train_kinds.py``, which writes the
weights as plain JSON to ``framing/data/kind_weights.json``. Scoring is a few dot products in
pure Python: no scikit-learn at run time. One rule stands before the model: a sentence
without a letter is boilerplate.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from importlib import resources
from operator import mul
from typing import Any

from framing import lexicons as lx
from framing.types import KINDS, NON_PROSE_KINDS

__all__ = [
    "FEATURE_NAMES",
    "KINDS",
    "NON_PROSE",
    "WEIGHTS_FILE",
    "line_features",
    "sentence_kinds",
]

#: Kinds that are never claims and that `Analysis.summary` leaves out of its counts.
NON_PROSE = NON_PROSE_KINDS
#: Where the trained weights live (package data).
WEIGHTS_FILE = "kind_weights.json"

_STARTS = lx.words("boilerplate_starts")
_KEYS = lx.words("metadata_keys")
_CAPTION_KEYS = lx.words("caption_keys")
_MONTHS = lx.words("months") | lx.words("month_abbreviations") | lx.words("weekdays")

_URL_RE = re.compile(r"https?://|www\.|\.com\b|\.org\b|\.co\.uk\b|pic\.twitter")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_HANDLE_RE = re.compile(r"(?<!\w)@\w")
_KEY_RE = re.compile(r"\s*([A-Za-z][\w .&/-]{0,28}?)\s*:\s*(\S?)")
_BYLINE_RE = re.compile(r"\s*(?:by|written by|reporting by|from)\s+[A-Z]", re.IGNORECASE)
_DATELINE_RE = re.compile(r"\s*[A-Z][A-Z .,'-]{2,40}\s*(?:\([^)]{1,30}\)\s*)?[-—–:]")
_BULLET_RE = re.compile(r"\s*(?:[*•·▪►>-]|\d{1,3}\s*[.)\\]|\(\w\))\s")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_URL_PARTS = ("http", "www.", ".com", ".org", ".co.uk", "pic.twitter")
_FINAL = frozenset(".!?\"'”’)…")
_CAP_START_RE = re.compile(r"(?<![^\W\d_])[A-Z]")
_NOT_LETTER = bytes(b for b in range(128) if not chr(b).isalpha())
_NOT_UPPER = bytes(b for b in range(128) if not chr(b).isupper())
_NOT_DIGIT = bytes(b for b in range(128) if not chr(b).isdigit())


def _char_counts(s: str) -> tuple[int, int, int]:
    """Letters, upper-case letters and digits in ``s``."""
    if s.isascii():
        b = s.encode("ascii")
        return (
            len(b.translate(None, _NOT_LETTER)),
            len(b.translate(None, _NOT_UPPER)),
            len(b.translate(None, _NOT_DIGIT)),
        )
    return sum(map(str.isalpha, s)), sum(map(str.isupper, s)), sum(map(str.isdigit, s))


#: The classifier's inputs, in the order of `line_features`.
FEATURE_NAMES: tuple[str, ...] = (
    "log_chars",
    "log_words",
    "short_3_words",
    "no_final_punct",
    "ends_colon",
    "ends_question",
    "caps_share",
    "all_caps",
    "titlecase_share",
    "digit_share",
    "no_letters",
    "url",
    "email",
    "handle",
    "copyright",
    "key_value",
    "known_key",
    "byline",
    "dateline",
    "date_words",
    "bullet",
    "starts_boilerplate_word",
    "has_quote",
    "second_person",
    "first_sentence",
    "position",
    "in_first_5",
    "in_last_3",
    "own_line",
    "repeated",
    "prev_no_final",
    "next_no_final",
    "prev_short",
    "next_short",
    "prev_own_line",
    "next_own_line",
    "next_key_value",
    "prev_key_value",
)


class _Line:
    """The features of one sentence alone (neighbours are added by `line_features`)."""

    __slots__ = ("keyval", "nofinal", "own", "short", "values")

    def __init__(self, s: str, own: bool) -> None:
        st = s.strip()
        low = st.lower()
        lows = _WORD_RE.findall(low)
        nw = len(lows)
        letters, upper, digits = _char_counts(st)
        n = max(len(st), 1)
        first = lows[0] if lows else ""
        at = "@" in st
        m = _KEY_RE.match(st)
        keyval = bool(m and m.group(2) and len(m.group(1).split()) <= 4)
        key = m.group(1).lower().strip() if m else ""
        self.nofinal = bool(st) and st[-1] not in _FINAL
        self.short = nw <= 3
        self.own = own
        self.keyval = keyval
        self.values = [
            math.log1p(len(st)),
            math.log1p(nw),
            float(nw <= 3),
            float(self.nofinal),
            float(st.endswith(":")),
            float(st.endswith("?")),
            upper / letters if letters else 0.0,
            float(letters >= 4 and upper >= 0.8 * letters),
            min(len(_CAP_START_RE.findall(st)) / nw, 1.0) if nw else 0.0,
            digits / n,
            float(letters == 0),
            float(any(u in low for u in _URL_PARTS) and bool(_URL_RE.search(low))),
            float(at and bool(_EMAIL_RE.search(st))),
            float(at and bool(_HANDLE_RE.search(st))),
            float("©" in st or "(c)" in low or "rights reserved" in low),
            float(keyval),
            float(keyval and key in _KEYS),
            float(bool(_BYLINE_RE.match(st)) and nw <= 8),
            float(bool(_DATELINE_RE.match(st))),
            float(not _MONTHS.isdisjoint(lows[:8])),
            float(bool(_BULLET_RE.match(st))),
            float(first in _STARTS),
            float('"' in st or "“" in st or "”" in st),
            float("you" in lows or "your" in lows),
        ]


def _own_lines(text: str, spans: Sequence[tuple[int, int]]) -> list[bool]:
    """Whether each sentence has a line of its own (a line break, or the text's edge, on
    both sides)."""
    out = []
    for a, b in spans:
        left = text.rfind("\n", 0, a)
        right = text.find("\n", b)
        before = text[left + 1 : a] if left >= 0 else text[:a]
        after = text[b:right] if right >= 0 else text[b:]
        out.append(not before.strip() and not after.strip())
    return out


def line_features(text: str, spans: Sequence[tuple[int, int]]) -> list[list[float]]:
    """The feature vector (``FEATURE_NAMES``) of every sentence of a document."""
    own = _own_lines(text, spans)
    lines = [_Line(text[a:b], o) for (a, b), o in zip(spans, own, strict=True)]
    counts = Counter(" ".join(text[a:b].split()).lower() for a, b in spans)
    n = len(spans)
    out = []
    for i, ln in enumerate(lines):
        prev = lines[i - 1] if i > 0 else None
        nxt = lines[i + 1] if i + 1 < n else None
        a, b = spans[i]
        key = " ".join(text[a:b].split()).lower()
        out.append(
            [
                *ln.values,
                float(i == 0),
                i / max(n - 1, 1),
                float(i < 5),
                float(i >= n - 3),
                float(ln.own),
                float(counts[key] > 1 and len(key) > 1),
                float(prev is not None and prev.nofinal),
                float(nxt is not None and nxt.nofinal),
                float(prev is not None and prev.short),
                float(nxt is not None and nxt.short),
                float(prev is not None and prev.own),
                float(nxt is not None and nxt.own),
                float(nxt is not None and nxt.keyval),
                float(prev is not None and prev.keyval),
            ]
        )
    return out


@cache
def _weights() -> list[tuple[list[float], float]]:
    """Per kind: coefficients on the raw features (standardisation folded in), intercept."""
    raw = (resources.files("framing") / "data" / WEIGHTS_FILE).read_text(encoding="utf-8")
    w: dict[str, Any] = json.loads(raw)
    if list(w["features"]) != list(FEATURE_NAMES) or list(w["classes"]) != list(KINDS):
        raise ValueError(
            f"framing/data/{WEIGHTS_FILE} was trained for other features or kinds: "
            "rebuild it with tools/train_kinds.py"
        )
    out = []
    for row, b in zip(w["coef"], w["intercept"], strict=True):
        folded = [c / s for c, s in zip(row, w["scale"], strict=True)]
        out.append((folded, b - sum(map(mul, folded, w["mean"]))))
    return out


def _scores(x: list[float], w: list[tuple[list[float], float]]) -> list[float]:
    return [b + sum(map(mul, row, x)) for row, b in w]


def sentence_kinds(text: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """The kind (one of ``KINDS``) of every sentence (``(start, end)`` offsets into ``text``)."""
    if not spans:
        return []
    from framing import kinds

    w = _weights()
    feats = line_features(text, spans)
    out = []
    own = kinds._COLUMN["own_line"]
    for i, ((a, b), x) in enumerate(zip(spans, feats, strict=True)):
        if not any(ch.isalpha() for ch in text[a:b]):
            out.append("boilerplate")
            continue
        # the rules over whole lines, as kinds applies them (page furniture, credit lines,
        # bylines of names, the line on the writer)
        if b - a < kinds._FURNITURE_CHARS and kinds._furniture(text[a:b]):
            out.append("boilerplate")
            continue
        if x[own] and (
            (b - a < kinds._CREDIT_CHARS and kinds._credit(text[a:b]))
            or kinds._signed(text[a:b], i, len(spans) - 1, text)
        ):
            out.append("metadata")
            continue
        line = text[a:b].strip()
        m = _KEY_RE.match(line)
        if m is not None and m.group(2):
            key = m.group(1).lower().strip()
            words = line[m.end(1) :].split()
            if key in _KEYS and key not in _CAPTION_KEYS and len(words) <= 11:
                out.append("metadata")  # a header field: a header key, a short value
                continue
        s = _scores(x, w)
        out.append(KINDS[max(range(len(KINDS)), key=s.__getitem__)])
    return out
