"""What kind of line a sentence is: prose, a headline, metadata or boilerplate.

News copy as it reaches us carries more than prose: ``Key: value`` header lines, bylines,
datelines on their own, photo credits, contact lines, "Read more" and share prompts. Those
lines are not the writer's or a source's statements, so they are never claims, and the
summary's counts leave them out (`framing.types.Analysis`).

``KINDS`` are the values. `sentence_kinds` gives one per sentence of a document. It is a small
multinomial logistic regression over dense hand features of each line and its neighbours
(`line_features`, names in ``FEATURE_NAMES``), trained on the ``kind`` column of our document
annotations (annotations/docs/train-*.csv) by ``tools/train_kinds.py``, which writes the
weights as plain JSON to ``framing/data/kind_weights.json``. Scoring is one matrix product
in numpy over all the sentences of a batch (`batch_kinds`), checked term by term where two
kinds are close: no scikit-learn at run time. Two rules stand before the model: a sentence
without a letter is boilerplate, and a short header field (``Publisher: Harbour News``: a key
of ``metadata_keys`` other than the caption keys of ``caption_keys``, a value of at most
``_HEADER_WORDS`` words) is metadata; a sentence that is page furniture (``furniture_lines``:
"This is a developing story.", "Check back for updates."; a counter "3 of 10") is boilerplate;
a credit line on a line of its own (``credit_openers``: "(With inputs from agencies)",
"Reported by Sameer Joshi, Edited by Anita Rao"; a wire desk's "((... desk, +61 ...))", a
wire story's closing initials "PNW ab/kw") is metadata.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import cache
from importlib import resources
from itertools import accumulate, compress, repeat
from operator import contains, itemgetter, mul
from typing import Any

from framing import lexicons as lx
from framing._words import LETTER_WORDS, letter_words
from framing.types import KINDS, NON_PROSE_KINDS

__all__ = [
    "FEATURE_NAMES",
    "KINDS",
    "NON_PROSE",
    "WEIGHTS_FILE",
    "batch_kinds",
    "line_features",
    "line_matrix",
    "sentence_kinds",
]

#: Kinds that are never claims and that `Analysis.summary` leaves out of its counts.
NON_PROSE = NON_PROSE_KINDS
#: Where the trained weights live (package data).
WEIGHTS_FILE = "kind_weights.json"

_STARTS = lx.words("boilerplate_starts")
_PROMO_WORDS = lx.words("promo_label_words")  # "Most read:", "You may also like:"
_KEYS = lx.words("metadata_keys")
_CAPTION_KEYS = lx.words("caption_keys")
_HEADER_WORDS = 10
_MONTHS = lx.words("months") | lx.words("month_abbreviations") | lx.words("weekdays")

_URL_RE = re.compile(r"https?://|www\.|\.com\b|\.org\b|\.co\.uk\b|pic\.twitter")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_HANDLE_RE = re.compile(r"(?<!\w)@\w")
_KEY_RE = re.compile(r"\s*([A-Za-z][\w .&/-]{0,28}?)\s*:\s*(\S?)")
_BYLINE_RE = re.compile(r"\s*(?:by|written by|reporting by|from)\s+[A-Z]", re.IGNORECASE)
_DATELINE_RE = re.compile(r"\s*[A-Z][A-Z .,'-]{2,40}\s*(?:\([^)]{1,30}\)\s*)?[-—–:]")
_BULLET_RE = re.compile(r"\s*(?:[*•·▪►>-]|\d{1,3}\s*[.)\\]|\(\w\))\s")
_WORD_RE = re.compile(LETTER_WORDS)
_URL_PARTS = ("http", "www.", ".com", ".org", ".co.uk", "pic.twitter")


def _has_url_part(low: str) -> bool:
    """``any(u in low for u in _URL_PARTS)``, each a substring search (faster than one
    search for all six: the text holds none of them most of the time)."""
    return (
        "http" in low
        or "www." in low
        or ".com" in low
        or ".org" in low
        or ".co.uk" in low
        or "pic.twitter" in low
    )


_FINAL = frozenset(".!?\"'”’)…")
# An upper-case letter not preceded by a letter: the capital is matched first (a fast scan for
# a character class), the letter before it checked after; the same matches as
# ``(?<![^\W\d_])[A-Z]``, several times faster
_CAP_START_RE = re.compile(r"[A-Z](?<![^\W\d_].)")
# each ASCII byte as its class: U upper-case letter, l other letter, D digit, . anything else
_CLASSES = bytes(
    ord(
        "."
        if not c.isascii()
        else "U"
        if c.isupper()
        else "l"
        if c.isalpha()
        else "D"
        if c.isdigit()
        else "."
    )
    for c in map(chr, range(256))
)


_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")


def _char_counts(s: str) -> tuple[int, int, int]:
    """Letters, upper-case letters and digits in ``s``: the ASCII characters by their byte
    class (a non-ASCII one encodes as "?", of no class), the few others one by one."""
    c = s.encode("ascii", "replace").translate(_CLASSES)
    upper = c.count(b"U")
    letters, digits = upper + c.count(b"l"), c.count(b"D")
    if not s.isascii():
        rest = _NON_ASCII_RE.findall(s)
        letters += sum(map(str.isalpha, rest))
        upper += sum(map(str.isupper, rest))
        digits += sum(map(str.isdigit, rest))
    return letters, upper, digits


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


def _key_value(m: re.Match[str] | None) -> tuple[bool, bool]:
    """(a ``Key: value`` line, its key one of `_KEYS`) from `_KEY_RE`'s match."""
    if m is None or not m.group(2) or len(m.group(1).split()) > 4:
        return False, False
    return True, m.group(1).lower().strip() in _KEYS


def _months_and_you(lows: list[str]) -> tuple[bool, bool]:
    return not _MONTHS.isdisjoint(lows[:8]), "you" in lows or "your" in lows


def line_matrix(docs: Sequence[tuple[str, Sequence[tuple[int, int]]]]) -> Any:
    """The features (``FEATURE_NAMES`` columns) of every sentence of ``docs`` (each a text and
    its sentences' ``(start, end)`` offsets), one row per sentence in order, as a float64
    array: column by column over all sentences (string tests mapped over them, each regular
    expression only where a cheap test lets it match), the neighbours' within each document.
    What `line_features` gives (tests/kinds_reference.py holds the line-by-line original)."""
    import numpy as np

    sents: list[str] = []
    own: list[bool] = []
    pos: list[int] = []
    size: list[int] = []
    repeated: list[bool] = []
    for text, spans in docs:
        doc_sents = [text[a:b] for a, b in spans]
        sents += doc_sents
        own += _own_lines(text, spans)
        pos += range(len(doc_sents))
        size += [len(doc_sents)] * len(doc_sents)
        keys = [" ".join(x.split()).lower() for x in doc_sents]
        seen = Counter(keys)
        repeated += [seen[k] > 1 and len(k) > 1 for k in keys]
    rows = len(sents)
    out = np.zeros((rows, len(FEATURE_NAMES)), dtype=np.float64)
    if not rows:
        return out

    def column(name: str, values: Any) -> Any:
        col = out[:, _COLUMN[name]]
        col[:] = np.fromiter(values, np.float64, rows)
        return col

    def searched(name: str, texts: list[str], test: Any, where: Any) -> None:
        at = list(compress(range(rows), where))
        if at:
            found = (test(texts[i]) is not None for i in at)
            out[at, _COLUMN[name]] = np.fromiter(found, np.float64, len(at))

    st = list(map(str.strip, sents))
    low = list(map(str.lower, st))
    words = letter_words(low)  # each line's _WORD_RE.findall
    nw = np.fromiter(map(len, words), np.float64, rows)
    letters, upper, digits, starts = _char_classes(st)
    length = np.fromiter(map(len, st), np.float64, rows)
    column("log_chars", map(math.log1p, map(len, st)))
    column("log_words", map(math.log1p, map(len, words)))
    short = column("short_3_words", nw <= 3)
    lasts = list(map(itemgetter(slice(-1, None)), st))
    nofinal = column("no_final_punct", (x != "" and x not in _FINAL for x in lasts))
    column("ends_colon", map(str.endswith, st, repeat(":")))
    column("ends_question", map(str.endswith, st, repeat("?")))
    some = letters > 0
    np.divide(upper, letters, out=out[:, _COLUMN["caps_share"]], where=some)
    column("all_caps", (letters >= 4) & (upper >= 0.8 * letters))
    has_words = nw > 0
    share = out[:, _COLUMN["titlecase_share"]]
    np.divide(starts, nw, out=share, where=has_words)
    np.minimum(share, 1.0, out=share, where=has_words)
    column("digit_share", digits / np.maximum(length, 1.0))
    column("no_letters", ~some)
    # every alternative of _URL_RE holds one of _URL_PARTS: a cheap test first
    searched("url", low, _URL_RE.search, map(_has_url_part, low))
    ats = list(map(contains, st, repeat("@")))
    searched("email", st, _EMAIL_RE.search, ats)
    searched("handle", st, _HANDLE_RE.search, ats)
    column(
        "copyright",
        ("©" in x or "(c)" in y or "rights reserved" in y for x, y in zip(st, low, strict=True)),
    )
    keyed = np.asarray(list(map(_key_value, map(_KEY_RE.match, st))), dtype=np.float64)
    keyval = column("key_value", keyed.reshape(rows, 2)[:, 0])
    column("known_key", keyed.reshape(rows, 2)[:, 1])
    searched("byline", st, _BYLINE_RE.match, (nw <= 8).tolist())
    searched("dateline", st, _DATELINE_RE.match, repeat(True))
    month_you = np.asarray(list(map(_months_and_you, words)), dtype=np.float64)
    column("date_words", month_you.reshape(rows, 2)[:, 0])
    searched("bullet", st, _BULLET_RE.match, repeat(True))
    column("starts_boilerplate_word", ((w[0] if w else "") in _STARTS for w in words))
    column("has_quote", ('"' in x or "“" in x or "”" in x for x in st))
    column("second_person", month_you.reshape(rows, 2)[:, 1])
    # the sentence's place in its document, and its neighbours there
    i = np.asarray(pos, dtype=np.float64)
    n = np.asarray(size, dtype=np.float64)
    column("first_sentence", i == 0)
    column("position", i / np.maximum(n - 1, 1.0))
    column("in_first_5", i < 5)
    column("in_last_3", i >= n - 3)
    owns = column("own_line", own)
    column("repeated", repeated)
    first, last = i == 0, i == n - 1
    for name, values, shift in (
        ("prev_no_final", nofinal, 1),
        ("next_no_final", nofinal, -1),
        ("prev_short", short, 1),
        ("next_short", short, -1),
        ("prev_own_line", owns, 1),
        ("next_own_line", owns, -1),
        ("next_key_value", keyval, -1),
        ("prev_key_value", keyval, 1),
    ):
        col = out[:, _COLUMN[name]]
        if shift == 1:
            col[1:] = values[:-1]
            col[first] = 0.0
        else:
            col[:-1] = values[1:]
            col[last] = 0.0
    return out


_COLUMN = {name: j for j, name in enumerate(FEATURE_NAMES)}
_LETTERISH_RE = re.compile(r"[^\W\d_]")  # what _CAP_START_RE's lookbehind calls a letter


def _char_classes(lines: list[str]) -> tuple[Any, Any, Any, Any]:
    """Per line: letters, upper-case letters and digits (`_char_counts`), and capitals that
    start a word (``len(_CAP_START_RE.findall(line))``), as float64 arrays: counted over the
    bytes of all lines at once (each non-ASCII character encodes as one "?", of no class,
    and is classed on its own afterwards)."""
    import numpy as np

    joined = "\x00".join(lines)  # a separator that is no letter: each line's start is a start
    codes = np.frombuffer(joined.encode("ascii", "replace").translate(_CLASSES), np.uint8)
    capital = codes == ord("U")
    upper = capital.copy()
    letter = capital | (codes == ord("l"))
    digit = codes == ord("D")
    letterish = letter.copy()
    if not joined.isascii():
        at = [m.start() for m in _NON_ASCII_RE.finditer(joined)]
        chars = [joined[i] for i in at]
        letter[at] = list(map(str.isalpha, chars))
        upper[at] = list(map(str.isupper, chars))
        digit[at] = list(map(str.isdigit, chars))
        letterish[at] = [_LETTERISH_RE.match(c) is not None for c in chars]
    after_letter = np.zeros(len(codes), dtype=np.bool_)
    after_letter[1:] = letterish[:-1]
    cap_start = capital & ~after_letter  # an ASCII capital not after a letter
    lengths = np.fromiter(map(len, lines), np.int64, len(lines))
    first = np.zeros(len(lines), dtype=np.int64)
    np.cumsum(lengths[:-1] + 1, out=first[1:])
    end = first + lengths

    def per_line(flags: Any) -> Any:
        total = np.zeros(len(flags) + 1, dtype=np.int64)
        np.cumsum(flags, out=total[1:])
        return (total[end] - total[first]).astype(np.float64)

    return per_line(letter), per_line(upper), per_line(digit), per_line(cap_start)


def line_features(text: str, spans: Sequence[tuple[int, int]]) -> list[list[float]]:
    """The feature vector (``FEATURE_NAMES``) of every sentence of a document."""
    return line_matrix([(text, spans)]).tolist()  # type: ignore[no-any-return]


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


@cache
def _weight_arrays() -> tuple[Any, Any, Any]:
    """`_weights` as numpy arrays: coefficients (kinds x features), their absolute values,
    intercepts."""
    import numpy as np

    w = _weights()
    coef = np.asarray([row for row, _ in w], dtype=np.float64)
    return coef, np.abs(coef), np.asarray([b for _, b in w], dtype=np.float64)


_NO_LETTERS = FEATURE_NAMES.index("no_letters")
_KNOWN_KEY = FEATURE_NAMES.index("known_key")


def _header_field(line: str) -> bool:
    """A ``Key: value`` line with a header key (not a caption's) and a short value."""
    m = _KEY_RE.match(line)
    if m is None or m.group(1).lower().strip() in _CAPTION_KEYS:
        return False
    return len(line[m.end(1) :].split()) <= _HEADER_WORDS + 1  # the colon is one "word"


def _header_fields(docs: Sequence[tuple[str, Sequence[tuple[int, int]]]], known: Any) -> set[int]:
    """The rows (sentences of ``docs`` in order) that are header fields: only those whose
    ``known_key`` feature is set are read again (a few lines in most batches, often none)."""
    import numpy as np

    rows = np.flatnonzero(known).tolist()
    if not rows:
        return set()
    ends = list(accumulate(len(spans) for _, spans in docs))  # each document's last row + 1
    out = set()
    for r in rows:
        d = bisect_right(ends, r)
        text, spans = docs[d]
        a, b = spans[r - ends[d] + len(spans)]
        if _header_field(text[a:b].strip()):
            out.add(r)
    return out


_FURNITURE = lx.words("furniture_lines")
_COUNTER_RE = re.compile(r"(?:(?:photo|image|picture|slide) )?\d+ (?:of|/) \d+")
_FURNITURE_CHARS = 60  # longer lines are never read against the furniture lines


def _furniture(line: str) -> bool:
    """A sentence that is, whole, page furniture: one of ``furniture_lines`` or a counter ("3
    of 10")."""
    low = " ".join(line.lower().split()).rstrip(".!?:")
    return low in _FURNITURE or _COUNTER_RE.fullmatch(low) is not None


# a credit line: an opener of ``credit_openers`` before a name, "agencies" or "the" ("(With
# inputs from agencies)", "Reported by Sameer Joshi, Edited by Anita Rao"), a wire desk's
# line in double brackets ("((Sydney economics desk, +61 2 9555 0142))"), or a wire story's
# closing initials ("PNW ab/kw")
_CREDIT_RE = re.compile(
    r"\(*\s*(?i:" + lx.alternation(lx.words("credit_openers")) + r")\s+(?:[A-Z]|agencies\b|the\b)"
    r"|\(\(.*\)\)$"
    r"|[A-Z]{2,6}(?: [a-z]{1,4}/[a-z]{1,4})+$"
)
_CREDIT_CHARS = 120  # longer lines are never credit lines
# "Agus Maryanto contributed to this story from Yogyakarta.", "Staff writer Kim Lee contributed
# to this report.", "Jane Roe contributed reporting." (not "... contributed to this story's
# happy ending")
_CONTRIBUTED_RE = re.compile(
    r"(?:[A-Za-z][\w.'’-]*,?\s+){1,8}?contributed\s+(?:additional\s+)?"
    r"(?:to\s+this\s+(?:story|report|article)(?![’'\w])|reporting)"
    r"(?:\s+(?:from|in)\s+[A-Z][\w .,'’-]{0,40})?\.?"
)
# a wire story's closing code: "(end/VS)", "(END)", "kb/dpa, epd"
_WIRE_END_RE = re.compile(
    r"\(?(?i:end)(?:/[A-Za-z]{1,4})*\)?|[a-z]{1,4}/[a-z]{2,6}(?:, [a-z]{2,6})*"
)
# the line about the writer: a name, "is a/an", up to four lower-case words, a word of
# ``author_roles`` (and one more role), then only where the writer is based or whom she writes
# for: "Giulia Ferraresi is a journalist and writer based in Modena.", "Marta Lenz is a
# correspondent for the Rheinische Post." (not "... is a former journalist and says ...", "...
# is a columnist for two Nigerian newspapers and sits on ...", "... who joined the force")
_ROLES = lx.words("author_roles")
_ROLE = rf"(?:[a-z][\w-]*\s+){{0,4}}(?:{lx.alternation(_ROLES)})s?"
_AUTHOR_RE = re.compile(
    rf"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{1,3}}\s+is\s+(?:a|an|the)\s+{_ROLE}"
    rf"(?:\s+(?:and|&)\s+(?:a\s+|an\s+)?{_ROLE})?"
    r"(?:,?\s+(?:for|at|with)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|and|&|the))*)?"
    r"(?:,?\s+(?:based|living)\s+in\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|and|&|the))*)?\.?"
)
# a byline of two or three names alone on the line after the headline, each of two or three
# words, one of them opening with a given name we know (`entity_given_female`/`_male`): "Budi
# Santoso and Ratri Wulandari" (not a deck in title case: "Storm Hits Coast and Thousands Flee")
_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}"
_NAMES_RE = re.compile(rf"({_NAME})(?:,\s+({_NAME}))?,?\s+(?:and|&)\s+({_NAME})")
_GIVEN = lx.words("entity_given_female") | lx.words("entity_given_male")
_CREDIT_WORDS = frozenset(
    [*" ".join(lx.words("credit_openers")).split(), "and", "in", "of", "the", "agencies", "staff"]
)
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _credit(line: str) -> bool:
    """A sentence that is, whole, a credit line (`_CREDIT_RE`): its lower-case words are those
    of the openers, "and", "in", "of", "the", "agencies" or "staff", the rest names ("Written
    by Tolkien in 1937, the book sold well" is prose)."""
    s = line.strip()
    if _CONTRIBUTED_RE.fullmatch(s) or _WIRE_END_RE.fullmatch(s):
        return True
    if _CREDIT_RE.match(s) is None:
        return False
    if s[:2] == "((" or (s[:1].isupper() and s[1:2].isupper()):
        return True  # a wire desk's line, a wire story's initials
    return all(w[0].isupper() or w in _CREDIT_WORDS for w in _LETTER_RUN.findall(s))


def _role_byline(s: str) -> bool:
    """A byline of a name and a newsroom role, or a name and an outlet set apart by a dot or a
    bar: "Tan Wei Ling, Tech Correspondent", "Oliver Brandt Technology editor", "Jasmine Okafor
    · CBN News" (not a deck: "Court frees jailed reporter")."""
    words = s.replace(",", " ").split()
    if not 2 < len(words) <= 8 or s.endswith((".", "?", "!", ":")):
        return False
    if any(sep in words for sep in ("·", "|", "•")):
        return all(w in ("·", "|", "•") or w[:1].isupper() for w in words)
    last = words[-1].lower()
    roles = last in _ROLES or (last.endswith("s") and last[:-1] in _ROLES)
    return roles and sum(w[:1].isupper() for w in words[:-1]) >= 2 and words[0][:1].isupper()


def _signed(line: str, i: int, last: int, text: str = "") -> bool:
    """A line of its own that names the writers: their names alone on the line after the headline
    (sentence ``i`` == 1: "Budi Santoso and Ratri Wulandari"; a name and a role, `_role_byline`),
    or the line about the writer right after the headline or among the last two of the document
    ("Giulia Ferraresi is a journalist based in Modena.")."""
    s = line.strip()
    if i == 1 and len(s) < 80:
        names = _NAMES_RE.fullmatch(s)
        if names is not None and any(
            n is not None and n.split()[0].lower() in _GIVEN for n in names.groups()
        ):
            return True
        if _role_byline(s):
            return True
    return (
        (i == 1 or i >= last - 1)
        and len(s) < 200
        and _AUTHOR_RE.fullmatch(s) is not None
        and not _named_in_story(s.split(" is ", 1)[0].split()[-1], s, text)
    )


def _named_in_story(surname: str, line: str, text: str) -> bool:
    """The writer's surname also stands in the story itself (outside this line and a "By ..."
    line): the line is about the story's subject ("Leyla Mammadova is an investigative
    journalist based in Baku." closing a story about her), not about its writer."""
    for m in re.finditer(rf"\b{re.escape(surname)}\b", text):
        start = text.rfind("\n", 0, m.start()) + 1
        own = text[start : m.start()]
        if line.startswith(own + surname) or own.lstrip().lower().startswith("by "):
            continue
        return True
    return False


_MARGIN = 1e-9
"""Relative margin under which the top two kinds' scores are computed again as `_scores`
sums them (numpy's dot product may round in another order)."""


def sentence_kinds(text: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """The kind (one of ``KINDS``) of every sentence (``(start, end)`` offsets into ``text``)."""
    return batch_kinds([(text, spans)])[0]


def batch_kinds(docs: Sequence[tuple[str, Sequence[tuple[int, int]]]]) -> list[list[str]]:
    """`sentence_kinds` of each document of ``docs`` (text and sentence offsets), all at once.

    The scores of all sentences come from one matrix product; where the best two kinds are
    too close for its rounding to be sure of the order, the sentence's scores are summed
    again term by term (`_scores`, the reference), so the kinds are always `_scores`'s."""
    import numpy as np

    x = line_matrix(docs)
    kinds: list[str] = []
    if len(x):
        coef, size, intercept = _weight_arrays()
        scores = x @ coef.T + intercept
        # |rounding| <= (number of terms) * eps * sum |terms|: far under this margin
        bound = _MARGIN * ((np.abs(x) @ size.T).max(axis=1) + np.abs(intercept).max() + 1.0)
        top2 = np.sort(scores, axis=1)[:, -2:]
        sure = (top2[:, 1] - top2[:, 0] > bound).tolist()
        best = scores.argmax(axis=1).tolist()
        no_letters = x[:, _NO_LETTERS].tolist()
        header = _header_fields(docs, x[:, _KNOWN_KEY])
        furniture = set()  # only short sentences are read against the furniture lines
        credits = set()  # and against the credit lines, where they stand on their own line
        own = x[:, _COLUMN["own_line"]].tolist()
        row = 0
        for text, spans in docs:
            last = len(spans) - 1
            for i, (a, b) in enumerate(spans):
                if b - a < _FURNITURE_CHARS and _furniture(text[a:b]):
                    furniture.add(row)
                elif own[row] and (
                    (b - a < _CREDIT_CHARS and _credit(text[a:b]))
                    or _signed(text[a:b], i, last, text)
                ):
                    credits.add(row)  # a credit line, a byline of names, a line on the writer
                row += 1
        for k in range(len(x)):
            if no_letters[k] or k in furniture:
                kinds.append("boilerplate")  # no letter in the sentence, or page furniture
            elif k in header or k in credits:
                kinds.append("metadata")  # a header field or a credit line
            elif sure[k]:
                kinds.append(KINDS[best[k]])
            else:
                s = _scores(x[k].tolist(), _weights())
                kinds.append(KINDS[max(range(len(KINDS)), key=s.__getitem__)])
    out = []
    at = 0
    for _, spans in docs:
        out.append(kinds[at : at + len(spans)])
        at += len(spans)
    return out


def said_lines(
    text: str, spans: Sequence[tuple[int, int]], kinds: list[str], found: Sequence[Sequence[Any]]
) -> list[str]:
    """``kinds`` with a "boilerplate" line in which someone says something (``found``: each
    sentence's `framing.attribution.find_attributions` row; said: an attribution of its own
    with a source and a verb) read as a headline (a line of its own without a final stop: a
    deck, "'We're caught in the middle,' station owners say") or as prose. Not a line in
    capitals (a promo link to another story, "MNUCHIN SAYS ..."), one that opens with a word
    of ``boilerplate_starts`` ("Related Coverage ..."), one of fewer than four words
    ("Manufacturing decline": too short to tell a verb from a noun), or one after a
    promotional label and a colon ("Most read: Scientists say ...", "You may also like: ...";
    not a kicker: "Gaza ceasefire: Hamas says ...")."""
    out = list(kinds)
    own: list[bool] | None = None
    for k, (kind, row) in enumerate(zip(kinds, found, strict=True)):
        if kind != "boilerplate" or not any(
            not a.inherited and a.source is not None and a.cue.text[:1].isalpha() for a in row
        ):
            continue
        a, b = spans[k]
        line = text[a:b].strip()
        letters = [ch for ch in line if ch.isalpha()]
        words = line.lower().split()
        colon = line.find(":", 0, 40)
        if (
            len(words) < 4
            or (
                colon > 0
                and len(line[:colon].split()) > 1
                and not _PROMO_WORDS.isdisjoint(line[:colon].lower().split())
            )  # a promotional label: "Most read: ...", "You may also like: ..."
            or sum(ch.isupper() for ch in letters) > 0.6 * len(letters)
            or words[0].strip(":") in _STARTS
        ):
            continue
        if own is None:
            own = _own_lines(text, spans)
        out[k] = "headline" if own[k] and line[-1:] not in ".!?" else "prose"
    return out
