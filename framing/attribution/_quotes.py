"""Quotations: where quotation marks open and close across the sentences of a document."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

#: A quotation that has not closed after this many sentences is taken as unbalanced.
MAX_QUOTE_SENTENCES = 8


_QUOTE_MARK_RE = re.compile(r"''|``|[\"“”„«»]")


_LEFT_CTX = frozenset(" \t\n\r([{—–-/\u00a0")


_RIGHT_CTX = frozenset(" \t\n\r.,;:!?)]}—–-/\u00a0'’")


def _mark_kind(text: str, pos: int, mark: str) -> int:
    """+1 for an opening quote mark, -1 for a closing one, 0 when it can only toggle."""
    left = pos == 0 or text[pos - 1] in _LEFT_CTX
    after = pos + len(mark)
    right = after >= len(text) or text[after] in _RIGHT_CTX
    if left and not right:
        return 1
    if right and not left:
        return -1
    if mark in ("“", "``", "„", "«"):
        return 1
    if mark in ("”", "»"):
        return -1
    return 0


def _paragraphs(text: str, sentences: Sequence[tuple[int, int]]) -> list[int]:
    """Paragraph number of each sentence: a new paragraph after a line break between them."""
    out: list[int] = []
    para = 0
    prev_end = 0
    find = text.find
    for i, (s0, s1) in enumerate(sentences):
        if i and find("\n", prev_end, s0) >= 0:
            para += 1
        out.append(para)
        prev_end = s1
    return out


class QuoteIndex:
    """Quotation intervals of a document, with the sentences each one spans.

    Built once per document (`quotation_index`) and shared by `quote_states` and
    `find_attributions`.
    """

    __slots__ = ("closed", "intervals", "para", "sentences", "starts")

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]]) -> None:
        self.sentences = sentences
        self.para = para = _paragraphs(text, sentences)
        # (start char, end char, first sentence, last sentence); closed: ended by a quote mark
        intervals: list[tuple[int, int, int, int]] = []
        closed: list[bool] = []
        open_pos = -1
        open_sent = -1
        n = len(sentences)
        memo: dict[int, _ParagraphMarks] = {}
        for k, (s0, s1) in enumerate(sentences):
            if open_pos >= 0 and k:
                new_para = para[k] != para[k - 1]
                too_long = k - open_sent >= MAX_QUOTE_SENTENCES
                if new_para:
                    m = _QUOTE_MARK_RE.match(text, s0)
                    if not too_long and m is not None and _mark_kind(text, s0, m.group()) >= 0:
                        # news convention: the quotation goes on in the new paragraph
                        s0 += len(m.group())
                    else:
                        intervals.append((open_pos, sentences[k - 1][1], open_sent, k - 1))
                        closed.append(False)
                        open_pos = -1
                elif too_long and not _closes_in_paragraph(text, sentences, para, k, n, memo):
                    intervals.append((open_pos, sentences[k - 1][1], open_sent, k - 1))
                    closed.append(False)
                    open_pos = -1
            for m in _QUOTE_MARK_RE.finditer(text, s0, s1):
                kind = _mark_kind(text, m.start(), m.group())
                if open_pos < 0:
                    if kind >= 0:
                        open_pos, open_sent = m.start(), k
                    elif (
                        closed
                        and not closed[-1]
                        and k - intervals[-1][2] < MAX_QUOTE_SENTENCES
                        and not text[m.start() - 1].isdigit()  # an inch mark: 27"
                    ):
                        # a closing mark soon after a quotation left open at a paragraph end:
                        # the quotation ran on without its paragraph-opening mark ('the police
                        # "have seen fake pages. // We have had calls. // ... very soon."')
                        start, _end, first, _last = intervals.pop()
                        closed.pop()
                        intervals.append((start, m.end(), first, k))
                        closed.append(True)
                    # any other closing mark with nothing open is ignored
                elif kind <= 0:
                    intervals.append((open_pos, m.end(), open_sent, k))
                    closed.append(True)
                    open_pos = -1
                else:
                    # a second opening mark while one is open: the first one was unbalanced
                    intervals.append((open_pos, m.start(), open_sent, k))
                    closed.append(False)
                    open_pos, open_sent = m.start(), k
        if open_pos >= 0 and sentences:
            intervals.append((open_pos, sentences[-1][1], open_sent, n - 1))
            closed.append(False)
        if "‘" in text or "'" in text:
            # quotations in single marks (British style); where the kinds overlap, the outer
            # one stays (`_merged`)
            singles = _single_intervals(text, sentences, para)
            if singles:
                merged = _merged(list(zip(intervals, closed, strict=True)), singles)
                intervals = [iv for iv, _c in merged]
                closed = [c for _iv, c in merged]
        self.intervals = intervals
        self.closed = closed
        self.starts = [iv[0] for iv in intervals]

    def inside(self, pos: int) -> bool:
        """Whether the character at ``pos`` lies inside a quotation (marks included)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.intervals[i][1]

    def shares(self, sentences: Sequence[tuple[int, int]]) -> list[float]:
        """Share of each sentence's characters inside quotations."""
        out = [0.0] * len(sentences)
        for a, b, f, last in self.intervals:
            for k in range(f, last + 1):
                s0, s1 = sentences[k]
                lo, hi = max(a, s0), min(b, s1)
                if hi > lo and s1 > s0:
                    out[k] += (hi - lo) / (s1 - s0)
        return out


_SINGLE_MARK_RE = re.compile(r"[‘’']")
_SINGLE_CLOSE_AFTER = frozenset(".,!?;:…—–-")  # punctuation inside a closing mark: "won,’"
_SINGLE_FRAGMENT_END = frozenset(".,;:!?)")  # a closing mark before them: "‘a disaster’."
_NOT_QUOTE_AFTER_RE = re.compile(r"til\b|em\b|cause\b|tis\b", re.IGNORECASE)

_Interval = tuple[int, int, int, int]


def _single_kind(text: str, pos: int) -> int:
    """+1 for a single mark that opens a quotation ("‘We", " 'We"), -1 for one that closes
    it ("won,’", "‘a disaster’."), -2 for one after a letter before a space (a closing mark
    or a plural's apostrophe: "workers’ union"), 0 for an apostrophe ("don’t", "‘90s")."""
    ch = text[pos]
    before = text[pos - 1] if pos else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if ch not in "‘’'":
        return 0
    if ch != "’" and (before in _LEFT_CTX or before in '"“') and after.isalnum():
        if after.isdigit() or _NOT_QUOTE_AFTER_RE.match(text, pos + 1):
            return 0  # "‘90s", "the class of ‘98", "‘til"
        return 1 if ch == "‘" or after.isupper() else 0  # a straight mark before a capital
    if ch != "‘" and not after.isalnum():
        if before in _SINGLE_CLOSE_AFTER or (before.isalnum() and after in _SINGLE_FRAGMENT_END):
            return -1
        if before.isalnum():
            return -2  # "the ‘boundaryless career’ is": a close, or a plural's apostrophe
    return 0


def _single_intervals(
    text: str, sentences: Sequence[tuple[int, int]], para: list[int]
) -> list[tuple[_Interval, bool]]:
    """Quotations in single marks over the sentences, as `QuoteIndex` finds double-marked ones:
    a new paragraph goes on only after an opening mark, and one left open for
    ``MAX_QUOTE_SENTENCES`` sentences is unbalanced."""
    out: list[tuple[_Interval, bool]] = []
    open_pos = open_sent = -1
    for k, (s0, s1) in enumerate(sentences):
        if (
            open_pos >= 0
            and k
            and (
                (para[k] != para[k - 1] and not (s0 < len(text) and _single_kind(text, s0) > 0))
                or k - open_sent >= MAX_QUOTE_SENTENCES
            )
        ):
            out.append(((open_pos, sentences[k - 1][1], open_sent, k - 1), False))
            open_pos = -1
        for m in _SINGLE_MARK_RE.finditer(text, s0, s1):
            kind = _single_kind(text, m.start())
            if kind > 0 and open_pos < 0:
                open_pos, open_sent = m.start(), k
            elif kind > 0 and para[k] == para[open_sent] and m.start() != s0:
                out.append(((open_pos, m.start(), open_sent, k), False))
                open_pos, open_sent = m.start(), k
            elif open_pos >= 0 and (
                kind == -1
                or (
                    kind == -2
                    and open_sent == k
                    and not (
                        text[m.start() - 1] == "s"
                        and _closes_later(text, m.end(), para, k, sentences)
                    )
                )
            ):
                # (after a letter, only a quotation opened in the same sentence closes)
                out.append(((open_pos, m.end(), open_sent, k), True))
                open_pos = -1
    if open_pos >= 0 and sentences:
        out.append(((open_pos, sentences[-1][1], open_sent, len(sentences) - 1), False))
    return out


def _closes_later(
    text: str, pos: int, para: list[int], k: int, sentences: Sequence[tuple[int, int]]
) -> bool:
    """A single mark that surely closes (after punctuation) comes after ``pos`` in sentence
    k's paragraph before any opening one: the mark at ``pos`` after an "s" was a plural's
    apostrophe ("'We understand residents' frustration. We will act,' she said")."""
    j = k
    while j + 1 < len(sentences) and para[j + 1] == para[k]:
        j += 1
    for m in _SINGLE_MARK_RE.finditer(text, pos, sentences[j][1]):
        kind = _single_kind(text, m.start())
        if kind == 1:
            return False
        if kind == -1:
            return True
    return False


def _merged(
    doubles: list[tuple[_Interval, bool]], singles: list[tuple[_Interval, bool]]
) -> list[tuple[_Interval, bool]]:
    """Double- and single-marked quotations together, sorted and disjoint: where they overlap,
    the outer one stays ('“He told me ‘never again’,” she said' is the double one's; ‘We were
    told it was “dead”,’ the single one's); an overlap where neither holds the other keeps the
    double one. Both lists come sorted and disjoint, so one pass over each does."""
    out: list[tuple[_Interval, bool]] = []
    i = j = 0
    while i < len(doubles) or j < len(singles):
        take_double = j >= len(singles) or (
            i < len(doubles) and doubles[i][0][0] <= singles[j][0][0]
        )
        cand, other, first = (doubles[i], singles, j) if take_double else (singles[j], doubles, i)
        end = cand[0][1]
        k = first
        while k < len(other) and other[k][0][0] < end:
            k += 1  # the other kind's quotations that start inside this one
        if take_double:
            out.append(cand)  # holding single-marked ones, or crossing them: the double wins
            i, j = i + 1, k
        elif all(iv[1] <= end for iv, _c in other[first:k]):
            out.append(cand)  # holding the double-marked ones that start inside it
            i, j = k, j + 1
        else:
            j += 1  # a single-marked one across a double-marked one's end: dropped
    return out


class _ParagraphMarks(NamedTuple):
    """The quote marks of a paragraph from its first sentence asked about to its end."""

    end: int  # end of the paragraph's last sentence
    starts: list[int]  # start of each mark
    ends: list[int]  # end of each mark
    closing_from: list[bool]  # whether a closing mark is among the marks i, i+1, ...


def _closes_in_paragraph(
    text: str,
    sentences: Sequence[tuple[int, int]],
    para: list[int],
    k: int,
    n: int,
    memo: dict[int, _ParagraphMarks] | None = None,
) -> bool:
    """Whether a closing quote mark comes later in the paragraph of sentence k.

    With ``memo`` (for calls with increasing ``k``), a paragraph's marks are found once, so
    that asking for every sentence of a long paragraph stays linear instead of quadratic.
    """
    s0 = sentences[k][0]
    marks = memo.get(para[k]) if memo is not None else None
    if marks is None:
        j = k
        while j + 1 < n and para[j + 1] == para[k]:
            j += 1
        end = sentences[j][1]
        found = list(_QUOTE_MARK_RE.finditer(text, s0, end))
        if memo is None:
            return any(_mark_kind(text, m.start(), m.group()) < 0 for m in found)
        closing_from = [False] * (len(found) + 1)
        for i in range(len(found) - 1, -1, -1):
            m = found[i]
            closing_from[i] = closing_from[i + 1] or _mark_kind(text, m.start(), m.group()) < 0
        marks = memo[para[k]] = _ParagraphMarks(
            end, [m.start() for m in found], [m.end() for m in found], closing_from
        )
    i = bisect.bisect_left(marks.starts, s0)
    if i > 0 and marks.ends[i - 1] > s0:  # a two-character mark across s0: scan as asked
        return _closes_in_paragraph(text, sentences, para, k, n)
    # a scan from s0 finds the same marks as the paragraph's scan from there on
    return marks.closing_from[i]


def quotation_index(text: str, sentences: Sequence[tuple[int, int]]) -> QuoteIndex:
    """The quotations of ``text`` split into ``sentences`` ((start, end) offsets, in order)."""
    return QuoteIndex(text, [(int(a), int(b)) for a, b in sentences])


def _running(quotes: QuoteIndex, n: int) -> list[bool]:
    """For each of the ``n`` sentences, whether a quotation over several sentences covers it."""
    out = [False] * n
    for _a, _b, f, last in quotes.intervals:
        if last > f:
            for k in range(f, last + 1):
                out[k] = True
    return out


def _ends_with_colon(text: str, span: tuple[int, int]) -> bool:
    """Whether the sentence at ``span`` ends in a colon (closing quotes aside): "She wrote:"."""
    return text[span[0] : span[1]].rstrip(" \t\n\"“”'’").endswith(":")
