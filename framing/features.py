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
from itertools import chain, compress, repeat
from operator import contains, itemgetter, or_
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from framing import attribution as attr
from framing import lexicons as lx
from framing._refusal import lower_refusal_words, refusal_words
from framing._voice import call_to_act
from framing._words import CUE_TOKENS, cue_token_rows
from framing.docfeatures import document_signals
from framing.types import Attribution, Span

if TYPE_CHECKING:
    from framing._estimators import CueFeatures

__all__ = [
    "FEATURE_NAMES",
    "CueFeatures",
    "SentenceInput",
    "as_input",
    "attributed_texts",
    "attribution_kind",
    "cue_matrix",
    "cue_vector",
    "document_context",
    "document_inputs",
    "sentence_input",
    "speaker_turn_start",
    "texts",
    "transcript_context",
    "transcript_speakers",
]


class SentenceInput(NamedTuple):
    """A sentence with the document context the model may use.

    ``in_quote`` is True when the sentence lies inside a quotation opened or closed in a
    neighbouring sentence; ``prev`` and ``next`` are the neighbouring sentences ("" at the
    edges of the document); ``attribution`` is what `framing.attribution` found in the
    sentence in its document ("none", "sourced", "hearsay" or "inherited"; None = not yet
    known, then it is computed from the sentence alone); ``doc`` is the sentence's document
    vector (`framing.docfeatures`: position and what kind of text it sits in), None for a
    sentence seen alone.
    """

    text: str
    in_quote: bool = False
    prev: str = ""
    next: str = ""
    attribution: str | None = None
    doc: tuple[float, ...] | None = None


def attribution_kind(found: Sequence[Attribution]) -> str:
    """Summarise a sentence's attributions for the model: its main attribution's kind."""
    if not found:
        return "none"
    main = found[0]
    if main.inherited:
        return "inherited"
    return "hearsay" if main.source is None else "sourced"


def document_inputs(text: str, sentences: Sequence[tuple[int, int]]) -> list[SentenceInput]:
    """The model inputs of a document: each sentence (``(start, end)`` offsets into ``text``,
    in order) with its quotation state, its neighbours and the kind of its attribution.

    The one place where a document becomes model inputs: `framing.analyze`, training
    (`framing.datasets`) and evaluation all call it, so the model sees at prediction time
    what it was trained on.
    """
    return document_context(text, sentences)[0]


def document_context(
    text: str, sentences: Sequence[tuple[int, int]]
) -> tuple[list[SentenceInput], list[list[Attribution]]]:
    """`document_inputs` and the attributions of each sentence they were built from.

    One quotation index serves both attribution passes (`framing.attribution`).
    """
    spans = [(int(a), int(b)) for a, b in sentences]
    quotes = attr.quotation_index(text, spans)
    in_quote = attr.quote_states(text, spans, quotes)
    found = attr.find_attributions(text, spans, quotes)
    sents = [text[a:b] for a, b in spans]
    last = len(sents) - 1
    kinds = [attribution_kind(f) for f in found]
    docs = document_signals(sents, in_quote, kinds)
    inputs = [
        SentenceInput(
            s,
            in_quote[i],
            sents[i - 1] if i > 0 else "",
            sents[i + 1] if i < last else "",
            kinds[i],
            docs[i],
        )
        for i, s in enumerate(sents)
    ]
    return inputs, found


def sentence_input(text: str) -> SentenceInput:
    """The model input of a sentence seen alone (no neighbours; attribution from itself)."""
    found = attr.find_attributions(text, [(0, len(text))])
    return SentenceInput(text, attribution=attribution_kind(found[0]))


# a speaker tag opening a transcript's turn: "MODERATOR: ", "Ms Okafor (Labour): ", "SENATOR
# VALE: " (a capitalised word and up to seven more, parenthesised remarks or joining words, on
# one line: "Ms Adeyemi." before "Q208 Ms Adeyemi: ..." is the chair's call, not a tag)
_TAG_WORD = r"(?:[A-Z][\w.'’-]*|\([^)\n]{1,40}\)|of|the|and|for)"
# or a broadcast transcript's tag in capitals with its role after a comma ("DAN OKAFOR,
# CORRESPONDENT: ", "SEN. LYLE BRANDT (R), NEBRASKA: "; `attribution.CAPS_ROLE_TAG`)
_TURN_TAG = re.compile(
    rf"(?:{attr.CAPS_ROLE_TAG}|[A-Z][\w.'’-]*(?:[^\S\n]+{_TAG_WORD}){{0,7}}):\s+(?=\S)"
)


def speaker_turn_start(text: str, start: int = 0, end: int | None = None) -> int:
    """Where the words of a transcript's turn begin in ``text[start:end]``: after a leading
    speaker tag ("MODERATOR: Good evening." -> the offset of "Good"), else ``start``."""
    m = _TURN_TAG.match(text, start, len(text) if end is None else end)
    return m.end() if m else start


_TAG_REMARK = re.compile(r"\([^)\n]*\)")  # "Diaz (interrupting):" -> "Diaz"


def transcript_speakers(text: str, sentences: Sequence[tuple[int, int]]) -> list[str | None]:
    """The speaker of each sentence of a transcript: the tag that opens its turn ("MODERATOR",
    "Senator Hale", less parenthesised remarks such as "(interrupting)"), carried to every
    sentence until the next tag; None before the first."""
    out: list[str | None] = []
    speaker: str | None = None
    for a, b in sentences:
        m = _TURN_TAG.match(text, int(a), int(b))
        if m is not None:
            tag = _TAG_REMARK.sub(" ", text[m.start() : m.end()]).rstrip().rstrip(":")
            speaker = " ".join(tag.split(",")[0].split()) or speaker  # not its role
        out.append(speaker)
    return out


def transcript_context(
    text: str, sentences: Sequence[tuple[int, int]]
) -> tuple[list[SentenceInput], list[list[Attribution]]]:
    """`document_context` for a transcript of speech read in each speaker's own voice: every
    sentence is read as a bare sentence, less a leading speaker tag (the model input a sentence
    of the transcripts we trained on had: `framing.training.bare_turn`), so that no line
    inherits an attribution from its speaker's tag or from a neighbouring quotation; its
    attributions are those the bare sentence holds itself, in whole-text offsets."""
    inputs: list[SentenceInput] = []
    found: list[list[Attribution]] = []
    for a, b in sentences:
        a, b = int(a), int(b)
        c = speaker_turn_start(text, a, b) if a < b else a
        bare = text[c:b]
        own = attr.find_attributions(bare, [(0, len(bare))])[0] if bare else []
        found.append([_shifted(f, c) for f in own])
        inputs.append(SentenceInput(bare, attribution=attribution_kind(own)))
    return inputs, found


def _shifted(a: Attribution, by: int) -> Attribution:
    """``a`` with its spans moved ``by`` characters (from a sentence's to the text's offsets)."""

    def move(s: Span | None) -> Span | None:
        return None if s is None else Span(s.text, s.start + by, s.end + by, s.kind)

    cue = move(a.cue)
    assert cue is not None
    return Attribution(cue, move(a.source), move(a.source_resolved), a.inherited)


def as_input(item: object) -> SentenceInput:
    """Coerce one model input to a `SentenceInput`, refusing anything that is not text."""
    if isinstance(item, SentenceInput):
        return item
    if isinstance(item, str):
        return SentenceInput(item)
    raise TypeError(f"expected a sentence as str or SentenceInput, got {type(item).__name__}")


def attributed_texts(items: Iterable[object]) -> list[str]:
    """The text of each input that carries an attribution or lies inside a running quotation,
    "" for the others (the second word block of `FramingClassifier(attribution_words=True)`)."""
    out = []
    for x in items:
        item = as_input(x)
        kind = item.attribution
        if kind is None:
            kind = sentence_input(item.text).attribution
        out.append(item.text if item.in_quote or kind not in (None, "none") else "")
    return out


def texts(items: Iterable[object]) -> list[str]:
    """The sentence texts of a batch of inputs (used as the first step of the text features)."""
    return [as_input(x).text for x in items]


# a capitalised word not at the start of the sentence or after a stop, quote mark or bracket;
# an acronym; a number (the look-ahead, which every branch implies, lets the expression skip
# the other characters at once: a third of the time, the same matches)
_NAME_OR_NUMBER = re.compile(
    r"(?=[A-Z\d])(?:(?<![.!?:;(\[—–-]\s)(?<!^)(?<![\"“‘'(\[])\b[A-Z][a-z][\w'’]*"
    r"|\b[A-Z]{2,}\b|\b\d[\d,.]*\b)"
)


def masked_texts(items: Iterable[object]) -> list[str]:
    """The sentence texts with names and numbers masked ("xname", "xnum"): the words of one
    corpus's topics (its people, places, years) carry no label across corpora (compared in
    docs/model_comparison.md). A title-case line keeps its words: they are not names."""
    out = []
    for x in items:
        text = as_input(x).text
        words = text.split()
        caps = sum(1 for w in words if w[:1].isupper())
        if len(words) > 2 and caps >= 0.6 * len(words):
            out.append(_NUMBER.sub("xnum", text))
        else:
            out.append(_NAME_OR_NUMBER.sub(_mask, text))
    return out


_NUMBER = re.compile(r"\b\d[\d,.]*\b")


def _mask(m: re.Match[str]) -> str:
    return "xnum" if m.group()[:1].isdigit() else "xname"


_TOKEN = re.compile(CUE_TOKENS)
_QUOTE_MARKS = ('"', "“", "”", "«", "»")
_SPEAKER_TAG = re.compile(r"^\s*[A-Z][\w.'’ -]{1,40}:\s+\S")
_TAIL_VERBS = lx.entries("quote_tail_verbs")
_TAIL_OPENERS = '"”’,'  # an attribution tail starts with one of these
_ATTRIBUTION_TAIL = re.compile(
    f"[{_TAIL_OPENERS}]"
    r"\s*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|he|she|they|it|officials?)\s+"
    rf"(?:{'|'.join(_TAIL_VERBS)})\b"
)
_SAID, _SAYS, _TOLD = _TAIL_VERBS[:3]  # the file starts with them: "said that", "told X that"
_THAT_CLAUSE = re.compile(rf"\b(?:{_SAID}|{_SAYS}|{_TOLD} \w+|\w+ed|\w+s)\s+(?:on \w+ )?that\b")
_MONEY = re.compile(r"[$€£¥]\s?\d|\d\s?%")
_HEARSAY = tuple(sorted({*attr.CUE_PHRASES, *attr.HEARSAY_ADVERBS}))
# Weekdays and months (but "may", mostly a modal, and five abbreviations the shipped model was
# trained without), and the time and quantity words of lexicons/date_words.txt.
_DATE_WORDS = (
    lx.words("weekdays")
    | (lx.words("months") - {"may"})
    | (lx.words("month_abbreviations") - {"mar", "apr", "jun", "jul", "sep"})
    | lx.words("date_words")
)
_ATTRIBUTION_KINDS = ("sourced", "hearsay", "inherited")

FEATURE_NAMES: tuple[str, ...] = (
    "log_tokens",
    "quote_marks",
    "starts_with_quote",
    "attribution_tail",
    "that_clause",
    "reporting_verbs",
    "cognition_verbs",
    "hearsay",
    "speaker_tag",
    "vague_sources",
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
    "date_words",
    "capitalised_share",
    "no_final_punct",
    "in_quote",
    *(f"attribution_{k}" for k in _ATTRIBUTION_KINDS),
    "prev_quote_open",
    "prev_reporting",
    "next_attribution_tail",
    "call_to_act",
    "refusal",
)


# (name, lexicon, cap) of the word-list counts; one pass over the tokens fills them all
_LEXICONS: tuple[tuple[str, frozenset[str], float], ...] = (
    ("reporting_verbs", attr.REPORTING_VERBS, 3.0),
    ("cognition_verbs", attr.COGNITION_VERBS, 3.0),
    ("vague_sources", attr.VAGUE_SOURCES, 3.0),
    ("evaluative", lx.EVALUATIVE, 4.0),
    ("hedges", lx.HEDGES, 3.0),
    ("intensifiers", lx.INTENSIFIERS, 4.0),
    ("interpretive", lx.INTERPRETIVE, 3.0),
    ("crisis", lx.CRISIS, 3.0),
    ("modals", lx.MODALS, 3.0),
    ("first_person", lx.FIRST_PERSON, 3.0),
    ("second_person", lx.SECOND_PERSON, 3.0),
    ("date_words", _DATE_WORDS, 2.0),
)
_WORD_INDEX: dict[str, tuple[int, ...]] = {}
for _i, (_name, _words, _cap) in enumerate(_LEXICONS):
    for _w in _words:
        _WORD_INDEX[_w] = (*_WORD_INDEX.get(_w, ()), _i)


_CAPS = tuple(cap for _, _, cap in _LEXICONS)
_COUNTS_ONLY = not any("'" in w or "’" in w for w in _WORD_INDEX)
"""No lexicon word holds an apostrophe: `cue_token_rows`' tokens (' for ’) count the same."""
(_REPORTING, _COGNITION, _VAGUE, _EVALUATIVE, _HEDGES, _INTENSIFIERS, _INTERPRETIVE, _CRISIS,
 _MODALS, _FIRST, _SECOND, _DATES) = range(len(_LEXICONS))  # fmt: skip


def cue_vector(item: SentenceInput) -> list[float]:
    """The hand-made features of one sentence, in `FEATURE_NAMES` order.

    One tokenisation, one pass of dictionary lookups, and the costlier patterns only when a
    cheap test says they can match; the values are written in `_cue_row`. This is the
    reference: `cue_matrix` computes the same values column by column over a batch (a new
    feature goes into both; tests/test_fastpath.py compares them).
    """
    raw = _TOKEN.findall(item.text)
    counts = [0.0] * len(_LEXICONS)
    digits = caps = 0
    get = _WORD_INDEX.get
    for t in raw:
        first = t[0]
        if first.isdigit():
            digits += 1
        elif first.isupper():
            caps += 1
        for i in get(t.lower(), ()):
            counts[i] += 1.0
    if item.attribution is None:
        item = item._replace(attribution=sentence_input(item.text).attribution)
    refused = _refused(item)
    if refused is not None:
        _uncount(counts, refused)
    lex = [min(c, cap) for c, cap in zip(counts, _CAPS, strict=True)]
    return _cue_row(item, {}, _HEARSAY, len(raw), digits, caps, lex, refused is not None)


def _refused(item: SentenceInput) -> str | None:
    """The words of a refusal to say in the writer's report (`framing._refusal`): none where an
    attribution is found or inside a running quotation."""
    if item.attribution != "none" or item.in_quote:
        return None
    return refusal_words(item.text)


def _uncount(counts: Any, words: str) -> None:
    """Take a refusal's own words out of the writer's-layer counts (a row of counts)."""
    for t in _TOKEN.findall(words):
        for i in _WORD_INDEX.get(t.lower(), ()):
            if i in _WRITER_LAYER and counts[i] > 0:
                counts[i] -= 1.0


def cue_matrix(X: Iterable[object]) -> np.ndarray:
    """``CueFeatures().transform(X)``, bit for bit (the model's fast path), column by column
    over the batch: the word-list counts of every sentence at once, each test that is a
    string method mapped over all texts, each regular expression run only on the sentences a
    cheap test lets through, and what a sentence gives as the next one's ``prev`` (its quote
    marks, its that-clause) taken from its own row (tests/test_fastpath.py compares this with
    `cue_vector`, input by input)."""
    items = [as_input(x) for x in X]
    texts_ = [x.text for x in items]
    n_rows = len(items)
    out = np.zeros((n_rows, len(FEATURE_NAMES)), dtype=np.float64)
    if not n_rows:
        return out
    # the token counts of every sentence at once: C-level maps over the batch's tokens
    tokens = cue_token_rows(texts_) if _COUNTS_ONLY else list(map(_TOKEN.findall, texts_))
    lengths = list(map(len, tokens))
    flat = list(chain.from_iterable(tokens))
    n_flat = len(flat)
    row_of = np.repeat(np.arange(n_rows), lengths)
    firsts = list(map(itemgetter(0), flat))
    # `cue_vector` counts digits first, then upper case among the rest: a digit is not upper
    digits = np.bincount(
        row_of, np.fromiter(map(str.isdigit, firsts), np.float64, n_flat), minlength=n_rows
    )
    caps = np.bincount(
        row_of, np.fromiter(map(str.isupper, firsts), np.float64, n_flat), minlength=n_rows
    )
    hits = list(map(_WORD_INDEX.get, map(str.lower, flat)))
    rows_list = row_of.tolist()
    cells = [
        rows_list[k] * _N_LEXICONS + i
        for k in compress(range(n_flat), hits)
        for i in hits[k]  # type: ignore[union-attr]
    ]
    found = np.bincount(np.asarray(cells, dtype=np.int64), minlength=n_rows * _N_LEXICONS)
    counts = found.astype(np.float64).reshape(n_rows, _N_LEXICONS)
    lex = np.minimum(counts, np.asarray(_CAPS))
    for name, j in _LEXICON_COLUMNS:
        out[:, _COL[name]] = lex[:, j]

    def column(name: str, values: Iterable[object]) -> None:
        out[:, _COL[name]] = np.fromiter(values, np.float64, n_rows)

    def where(flags: Iterable[object]) -> list[int]:
        return list(compress(range(n_rows), flags))

    def tested(name: str, rows: list[int], test: Any) -> None:
        if rows:
            out[rows, _COL[name]] = np.fromiter(
                (bool(test(texts_[i])) for i in rows), np.float64, len(rows)
            )

    n = np.maximum(np.asarray(lengths), 1)
    column("log_tokens", map(math.log1p, n.tolist()))
    quotes = list(map(len, map(_QUOTE_CHAR.findall, texts_)))
    quotes_arr = np.asarray(quotes)
    out[:, _COL["quote_marks"]] = np.minimum(quotes_arr, 4) / 2.0
    heads = map(itemgetter(slice(None, 1)), map(str.lstrip, texts_))
    column("starts_with_quote", map(_OPENING_MARKS.__contains__, heads))
    commas = map(contains, texts_, repeat(","))
    tested("attribution_tail", where(map(or_, quotes, commas)), _ATTRIBUTION_TAIL.search)
    lows = list(map(str.lower, texts_))
    that_at: dict[int, bool] = {}  # the that-clause of each text, looked for once

    def that_clause(i: int) -> bool:
        found = that_at.get(i)
        if found is None:
            found = that_at[i] = bool(_THAT_CLAUSE.search(texts_[i]))
        return found

    reporting = lex[:, _REPORTING]
    maybe_that = where(map(contains, lows, repeat("that")))
    has_that = set(maybe_that)
    rows = [i for i in maybe_that if reporting[i]]
    if rows:
        out[rows, _COL["that_clause"]] = np.fromiter(map(that_clause, rows), np.float64, len(rows))
    column("hearsay", _hearsay_counts(lows))
    tested("speaker_tag", where(map(contains, texts_, repeat(":"))), _SPEAKER_TAG.match)
    stripped = list(map(str.rstrip, texts_))
    unquoted = map(str.rstrip, stripped, repeat("\"”’' )"))
    column("question", map(str.endswith, unquoted, repeat("?")))
    column("exclamation", map(contains, texts_, repeat("!")))
    out[:, _COL["numbers"]] = np.minimum(digits, 4) / 2.0
    tested("money_percent", where(digits.tolist()), _MONEY.search)
    out[:, _COL["capitalised_share"]] = caps / n
    lasts = map(itemgetter(slice(-1, None)), stripped)
    column("no_final_punct", (last != "" and last not in _FINAL_PUNCT for last in lasts))
    column("in_quote", (x.in_quote for x in items))
    kinds = [x.attribution for x in items]
    for i in where(k is None for k in kinds):
        kinds[i] = sentence_input(texts_[i]).attribution
    first = _COL[f"attribution_{_ATTRIBUTION_KINDS[0]}"]
    out[:, first : first + len(_ATTRIBUTION_KINDS)] = [_KIND_FLAGS.get(k, _NO_KIND) for k in kinds]
    # the neighbours: in a document's inputs a sentence's prev is the text of the row before
    # (the same string), whose counts are known; any other prev is counted here
    prev_odd = []
    prev_that = []
    for i, x in enumerate(items):
        prev = x.prev
        if i and prev is texts_[i - 1]:
            prev_odd.append(quotes[i - 1] % 2 == 1)
            prev_that.append(bool(prev) and i - 1 in has_that and that_clause(i - 1))
        else:
            prev_odd.append(_quote_count(prev, {}) % 2 == 1)
            prev_that.append(bool(prev and _that_clause(prev, {})))
    column("prev_quote_open", prev_odd)
    column("prev_reporting", prev_that)
    column("next_attribution_tail", (_next_tail(x.next) for x in items))
    # the writer's own voice: no quotation, no attribution tail, no reported that-clause
    writer = (
        (out[:, _COL["in_quote"]] == 0)
        & (quotes_arr == 0)
        & (out[:, _COL["attribution_tail"]] == 0)
        & (out[:, _COL["that_clause"]] == 0)
    )
    rows = where(writer.tolist())
    if rows:
        out[rows, _COL["call_to_act"]] = [call_to_act(texts_[i], True) for i in rows]
    # a refusal in the writer's report (no attribution found, outside any quotation): its own
    # words leave the writer's-layer counts
    for i in where(k == "none" and not x.in_quote for k, x in zip(kinds, items, strict=True)):
        refused = lower_refusal_words(lows[i])
        if refused is not None:
            out[i, _COL["refusal"]] = 1.0
            _uncount(counts[i], refused)
            for j in _WRITER_LAYER:
                out[i, _COL[_LEXICONS[j][0]]] = min(counts[i, j], _CAPS[j])
    return out


_COL = {name: j for j, name in enumerate(FEATURE_NAMES)}
_QUOTE_CHAR = re.compile("[" + "".join(_QUOTE_MARKS) + "]")
_OPENING_MARKS = frozenset((*_QUOTE_MARKS, "'", "‘", ""))  # `in "'‘"`: "" is in any string
_FINAL_PUNCT = ".?!\"”’'):;…"
_HEARSAY_CHUNK = 8


def _hearsay_counts(lows: list[str]) -> list[int]:
    """How many of `_HEARSAY` occur in each of ``lows`` (lower-case texts): only the phrases
    that occur somewhere in a run of `_HEARSAY_CHUNK` texts are looked for in each of them."""
    out = []
    for k in range(0, len(lows), _HEARSAY_CHUNK):
        chunk = lows[k : k + _HEARSAY_CHUNK]
        joined = "\n".join(chunk)
        present = [h for h in _HEARSAY if h in joined]
        if present:
            out += [sum(h in low for h in present) for low in chunk]
        else:
            out += [0] * len(chunk)
    return out


def _next_tail(text: str) -> bool:
    """Whether the next sentence opens with an attribution tail (``” Ada Cole said.``,
    ``" he said.``, ``, he said.``): a closing quotation mark (a straight one with a space
    after it) or a comma first, then a name or pronoun and a tail verb (`_ATTRIBUTION_TAIL`).
    Before the eleventh session the marks were stripped first, so the feature never fired."""
    head = text.lstrip()
    if head[:1] == '"' and not head[1:2].isspace():
        return False  # an opening quotation ('"Officials told me nothing."'), not a tail
    return head[:1] in _TAIL_OPENERS and head != "" and bool(_ATTRIBUTION_TAIL.match(head))


_N_LEXICONS = len(_LEXICONS)
_LEXICON_COLUMNS = tuple((name, j) for j, (name, _, _) in enumerate(_LEXICONS))
_WRITER_LAYER = (_EVALUATIVE, _HEDGES, _INTENSIFIERS, _INTERPRETIVE, _CRISIS, _MODALS)
"""The lexicons of the writer's own layer: a refusal's words leave them (`framing._refusal`)."""


def __getattr__(name: str) -> Any:
    # `CueFeatures` is a scikit-learn transformer: defined in framing._estimators (under this
    # module's name, so that pickles find it here) and imported on first use, so that
    # labeling with `framing.predictor` never imports scikit-learn
    if name == "CueFeatures":
        from framing._estimators import CueFeatures

        return CueFeatures
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_QUOTE_CHARS = re.compile("|".join(map(re.escape, _QUOTE_MARKS)))
_KIND_FLAGS: dict[str | None, tuple[float, ...]] = {
    k: tuple(float(k == j) for j in _ATTRIBUTION_KINDS) for k in _ATTRIBUTION_KINDS
}
_NO_KIND = (0.0,) * len(_ATTRIBUTION_KINDS)


def _quote_count(text: str, memo: dict[Any, Any]) -> int:
    """``sum(text.count(q) for q in _QUOTE_MARKS)`` (each mark one character), once per
    text of the batch."""
    key = ("quotes", text)
    found = memo.get(key)
    if found is None:
        found = memo[key] = len(_QUOTE_CHARS.findall(text))
    return int(found)


def _that_clause(text: str, memo: dict[Any, Any]) -> bool:
    found = memo.get(text)
    if found is None:
        found = memo[text] = "that" in text and bool(_THAT_CLAUSE.search(text))
    return found


def _cue_row(
    item: SentenceInput,
    that: dict[Any, Any],
    hearsay: tuple[str, ...],
    n_tokens: int,
    digits: int,
    caps: int,
    lex: list[float],
    refused: bool,
) -> list[float]:
    """`cue_vector` of one input (its attribution known), bit for bit, from its token counts
    (``lex``: the capped lexicon counts, a refusal's words left out), the phrases of `_HEARSAY`
    that can occur in it and whether it reports a refusal (``refused``)."""
    text = item.text
    n = max(n_tokens, 1)
    low = text.lower()
    stripped = text.rstrip()
    head = text.lstrip()[:1]
    quotes = _quote_count(text, that)
    reporting = lex[_REPORTING]
    kind = item.attribution  # known: `cue_vector` fills it in first
    prev = item.prev
    tail = float(bool((quotes or "," in text) and _ATTRIBUTION_TAIL.search(text)))
    that_ = float(bool(reporting and "that" in low and _that_clause(text, that)))
    writer = not item.in_quote and not quotes and not tail and not that_
    return [
        math.log1p(n),
        min(quotes, 4) / 2.0,
        float(head in _QUOTE_MARKS or head in "'‘"),
        tail,
        that_,
        reporting,
        lex[_COGNITION],
        float(sum(1 for h in hearsay if h in low)),
        float(bool(":" in text and _SPEAKER_TAG.match(text))),
        lex[_VAGUE],
        lex[_EVALUATIVE],
        lex[_HEDGES],
        lex[_INTENSIFIERS],
        lex[_INTERPRETIVE],
        lex[_CRISIS],
        lex[_MODALS],
        lex[_FIRST],
        lex[_SECOND],
        float(stripped.rstrip("\"”’' )").endswith("?")),
        float("!" in text),
        min(digits, 4) / 2.0,
        float(digits > 0 and bool(_MONEY.search(text))),
        lex[_DATES],
        caps / n,
        float(bool(stripped) and stripped[-1] not in ".?!\"”’'):;…"),
        float(item.in_quote),
        *_KIND_FLAGS.get(kind, _NO_KIND),
        float(_quote_count(prev, that) % 2 == 1),
        float(bool(prev and _that_clause(prev, that))),
        float(_next_tail(item.next)),
        call_to_act(text, writer),
        float(refused),
    ]
