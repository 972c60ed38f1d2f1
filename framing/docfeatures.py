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
from itertools import chain, compress, repeat
from typing import TYPE_CHECKING, Any

import numpy as np

from framing import lexicons as lx

if TYPE_CHECKING:
    from framing._estimators import DocFeatures, DocInteractions

__all__ = [
    "DOC_FEATURE_NAMES",
    "DocFeatures",
    "DocInteractions",
    "doc_matrix",
    "document_signals",
    "interaction_matrix",
    "interaction_names",
]

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
_UNATTRIBUTED = frozenset((None, "none"))
_BREAK = "\x00"
_KEPT = "abcdefghijklmnopqrstuvwxyz'" + _BREAK
# `_ascii_words`' table: capitals to lower case; letters, apostrophes and the break kept;
# any other byte a space
_WORD_BYTES = bytes(b + 32 if 65 <= b <= 90 else b if chr(b) in _KEPT else 32 for b in range(256))
_LONE_APOSTROPHE = re.compile(r"'(?:(?<![a-z]')|(?![a-z]))")
_TWO_APOSTROPHES = re.compile(r"'[a-z]+'")
_APOSTROPHE_RUN = re.compile(r"[a-z']*'[a-z']*")
if any("'" in w or "’" in w for w in _EVALUATIVE | _FIRST | _SECOND):
    raise ImportError("docfeatures: a counted word holds an apostrophe (see _ascii_words)")


def document_signals(
    sentences: Sequence[str], in_quote: Sequence[bool], attribution: Sequence[str]
) -> list[tuple[float, ...]]:
    """The document vector of each sentence (without ``alone``), in `DOC_FEATURE_NAMES`
    order from ``position`` on: the document's shares are the same for every sentence.

    Each test is mapped over all the sentences at once, and their words (`_WORD`, which are
    ASCII) come from `_ascii_words` over the whole document, not a `findall` per sentence
    (tests/test_fastpath.py compares this with the sentence-by-sentence loop)."""
    n = len(sentences)
    if n == 0:
        return []
    has_quote = [m is not None for m in map(_QUOTE_MARK.search, sentences)]
    # the writer's own sentences: neither inside a running quotation nor holding a quote mark
    own = [not (q or h) for q, h in zip(in_quote, has_quote, strict=True)]
    words = _ascii_words(sentences)
    if words is None:  # a sentence holds the break character: each sentence alone
        words = [_WORD.findall(s.lower()) for s in sentences]
    mine = list(compress(words, own))
    first = len(mine) - sum(map(_FIRST.isdisjoint, mine))
    second = len(mine) - sum(map(_SECOND.isdisjoint, mine))
    evaluative = sum(map(_EVALUATIVE.__contains__, chain.from_iterable(words)))
    shared = (
        math.log1p(n) / 5.0,
        (n - sum(own)) / n,
        (n - sum(map(_UNATTRIBUTED.__contains__, attribution))) / n,
        first / n,
        second / n,
        min(evaluative / n, 3.0) / 3.0,
        sum(map(str.__contains__, sentences, repeat("?", n))) / n,
        (n - list(map(_DIGIT.search, sentences)).count(None)) / n,
        float(bool(_DATELINE.match(sentences[0])) or bool(n > 1 and _DATELINE.match(sentences[1]))),
        (n - list(map(_SPEAKER.match, sentences)).count(None)) / n,
    )
    last = max(n - 1, 1)
    return [(i / last, float(i == 0), *shared) for i in range(n)]


def _ascii_words(sentences: Sequence[str]) -> list[list[str]] | None:
    """Each sentence's `_WORD` words of its lower case (None if a sentence holds `_BREAK`),
    without a `findall` per sentence: the sentences are joined by `_BREAK`, and one byte table
    lower-cases the ASCII capitals and makes every other character that cannot be part of a
    word a space (non-ASCII ones through ``encode``; ’ first becomes '), so that a plain split
    gives the words. Apostrophes: one without a letter on each side is in no word (a space);
    a run of letters with two or more apostrophes is split by `_WORD` itself ("rock'n'roll":
    "rock'n", "roll"). The words that hold an apostrophe then have ' for ’: no word of the
    lists counted here holds one (checked on import)."""
    joined = _BREAK.join(sentences)
    if joined.count(_BREAK) != len(sentences) - 1:
        return None
    if "\u0130" in joined or "\u212a" in joined:  # the non-ASCII capitals of ASCII letters
        joined = joined.lower()
    text = joined.replace("’", "'").encode("ascii", "replace").translate(_WORD_BYTES).decode()
    if "'" in text:
        text = _LONE_APOSTROPHE.sub(" ", text)
        if _TWO_APOSTROPHES.search(text):
            text = _APOSTROPHE_RUN.sub(_split_run, text)
    return list(map(str.split, text.split(_BREAK)))


def _split_run(m: re.Match[str]) -> str:
    return " ".join(_WORD.findall(m.group()))


_ALONE = (1.0,) + (0.0,) * (len(DOC_FEATURE_NAMES) - 1)


def doc_matrix(X: Iterable[object]) -> np.ndarray:
    """One row per input, `DOC_FEATURE_NAMES` columns: its document vector (``alone`` for a
    bare sentence). What `DocFeatures` computes."""
    rows = []
    for x in X:
        doc = getattr(x, "doc", None)
        rows.append(_ALONE if doc is None else (0.0, *doc))
    return np.asarray(rows, dtype=np.float64).reshape(-1, len(DOC_FEATURE_NAMES))


def interaction_names(kinds: str) -> list[str]:
    """The columns of `interaction_matrix` for ``kinds`` ("own" or "own+eval")."""
    names = []
    for kind in kinds.split("+"):
        names.append(kind)
        names.extend(f"{kind}_x_{n}" for n in DOC_FEATURE_NAMES[1:])
    return names


def interaction_matrix(X: Iterable[object], kinds: str) -> np.ndarray:
    """Document signals read through the sentence: for each kind of sentence in ``kinds``
    ("own": the writer's own voice, i.e. a document sentence with no attribution, outside any
    quotation and without a quotation mark; "eval": a sentence with an evaluative word), a
    column that is 1 for such a sentence and its document vector times that indicator. A bare
    sentence's row is zeros. With these a linear model can weigh, say, the share of attributed
    sentences differently for the writer's own sentences and for the reported ones."""
    wanted = kinds.split("+")
    unknown = set(wanted) - {"own", "eval"}
    if unknown:
        raise ValueError(f"unknown interaction kinds {sorted(unknown)}; expected own, eval")
    width = len(DOC_FEATURE_NAMES)
    rows = []
    for x in X:
        doc = getattr(x, "doc", None)
        row: list[float] = []
        for kind in wanted:
            if doc is None:
                row.extend((0.0,) * width)
                continue
            text = getattr(x, "text", "")
            if kind == "own":
                on = (
                    getattr(x, "attribution", None) == "none"
                    and not getattr(x, "in_quote", False)
                    and _QUOTE_MARK.search(text) is None
                )
            else:
                on = not _EVALUATIVE.isdisjoint(_WORD.findall(text.lower()))
            row.append(1.0 if on else 0.0)
            row.extend(doc if on else (0.0,) * (width - 1))
        rows.append(row)
    return np.asarray(rows, dtype=np.float64).reshape(-1, width * len(wanted))


def __getattr__(name: str) -> Any:
    # `DocFeatures` is a scikit-learn transformer: defined in framing._estimators (under this
    # module's name, so that pickles find it here) and imported on first use
    if name in ("DocFeatures", "DocInteractions"):
        from framing import _estimators

        return getattr(_estimators, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
