"""Document-level signals: what kind of text a sentence sits in, and where.

The same sentence reads differently in a wire report and in an editorial: "The decision
will hurt farmers" is a columnist's framing and, in a report full of quotations, most likely
a source's words. A linear model over the sentence alone cannot tell these apart, so every
sentence of a document carries a few numbers about its document (computed once per document
by `document_signals`, in `framing.features.document_context`) and its place in it:

- ``position`` (0 at the top, 1 at the end) and ``first`` (headlines, ledes);
- the document's length, the share of its sentences with quotation marks or inside a
  quotation, with an attribution, with first- or second-person words, with a question mark,
  with a number; the density of evaluative words (our lexicons) per sentence; whether the
  text opens with a wire dateline (``NAIROBI, Kenya (AP) _``); the share of lines that are
  speaker turns (``Name: ...``).

A sentence seen alone has none of these: its vector is all zeros with ``alone`` set, so the
model learns a separate offset for sentences without context.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from framing import lexicons as lx

if TYPE_CHECKING:
    from framing._estimators import DocFeatures

__all__ = ["DOC_FEATURE_NAMES", "DocFeatures", "doc_matrix", "document_signals"]

DOC_FEATURE_NAMES: tuple[str, ...] = (
    "alone",
    "position",
    "first",
    "doc_log_sentences",
    "doc_quote_share",
    "doc_attributed_share",
    "doc_first_person",
    "doc_second_person",
    "doc_evaluative",
    "doc_question_share",
    "doc_number_share",
    "doc_wire",
    "doc_speaker_turns",
)

_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_QUOTES = ('"', "“", "”", "«", "»")
_QUOTE_MARK = re.compile("|".join(map(re.escape, _QUOTES)))
_DIGIT = re.compile(r"\d")
_SPEAKER = re.compile(r"^\s*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|Q|A):\s+\S")
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .'’-]{2,}(?:,\s*[A-Z][\w. ]+)?\s*"
    r"(?:\((?:AP|AFP|Reuters|UPI|dpa)\)|—|–|_|-{1,2})"
)
_EVALUATIVE = lx.EVALUATIVE | lx.INTENSIFIERS | lx.HEDGES | lx.CRISIS
_FIRST = lx.FIRST_PERSON
_SECOND = lx.SECOND_PERSON


def document_signals(
    sentences: Sequence[str], in_quote: Sequence[bool], attribution: Sequence[str]
) -> list[tuple[float, ...]]:
    """The document vector of each sentence (without ``alone``), in `DOC_FEATURE_NAMES`
    order from ``position`` on: the document's shares are the same for every sentence."""
    n = len(sentences)
    if n == 0:
        return []
    quoted = attributed = first = second = questions = numbers = speakers = 0
    evaluative = 0.0
    is_evaluative = _EVALUATIVE.__contains__
    for s, q, kind in zip(sentences, in_quote, attribution, strict=True):
        has_quote = _QUOTE_MARK.search(s) is not None  # any of _QUOTES (one character each)
        quoted += bool(q or has_quote)
        attributed += kind not in (None, "none")
        words = _WORD.findall(s.lower())
        if not has_quote and not q:  # the writer's own person, not a source's
            first += not _FIRST.isdisjoint(words)
            second += not _SECOND.isdisjoint(words)
        evaluative += sum(map(is_evaluative, words))
        questions += "?" in s
        numbers += _DIGIT.search(s) is not None
        speakers += _SPEAKER.match(s) is not None
    shared = (
        math.log1p(n) / 5.0,
        quoted / n,
        attributed / n,
        first / n,
        second / n,
        min(evaluative / n, 3.0) / 3.0,
        questions / n,
        numbers / n,
        float(bool(_DATELINE.match(sentences[0])) or bool(n > 1 and _DATELINE.match(sentences[1]))),
        speakers / n,
    )
    last = max(n - 1, 1)
    return [(i / last, float(i == 0), *shared) for i in range(n)]


_ALONE = (1.0,) + (0.0,) * (len(DOC_FEATURE_NAMES) - 1)


def doc_matrix(X: Iterable[object]) -> np.ndarray:
    """One row per input, `DOC_FEATURE_NAMES` columns: its document vector (``alone`` for a
    bare sentence). What `DocFeatures` computes."""
    rows = []
    for x in X:
        doc = getattr(x, "doc", None)
        rows.append(_ALONE if doc is None else (0.0, *doc))
    return np.asarray(rows, dtype=np.float64).reshape(-1, len(DOC_FEATURE_NAMES))


def __getattr__(name: str) -> Any:
    # `DocFeatures` is a scikit-learn transformer: defined in framing._estimators (under this
    # module's name, so that pickles find it here) and imported on first use
    if name == "DocFeatures":
        from framing._estimators import DocFeatures

        return DocFeatures
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
