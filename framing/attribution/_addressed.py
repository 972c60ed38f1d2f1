"""The passive of the one addressed: "Residents were told that ...", "Motorists are asked to
drive carefully". Its subject is the hearer, not the speaker: the attribution has no source
unless a "by" agent names one, and it is one only when what was told follows (`_sources`)."""

from __future__ import annotations

from framing.attribution._cand import _Cand
from framing.attribution._phrases import _np_left
from framing.attribution._signals import _FINITE, _thatless_clause
from framing.attribution._tokens import _QUOTE_TOKENS, _Tok
from framing.attribution._vocab import (
    _ADDRESSEE_PARTICIPLES,
    _BE,
    _CUE_WORDS,
    _MODALS,
    _TIME_WORDS,
)


def _addressed(t: _Tok, a: int, b: int) -> bool:
    """The cue a..b is a passive whose subject is the one addressed: "were told", "are being
    asked", "have been warned" (`lexicons/addressee_participles.txt`)."""
    low = t.low
    return low[b - 1] in _ADDRESSEE_PARTICIPLES and any(w in _BE for w in low[a : b - 1])


_COORD = frozenset(("and", "or", "but"))
# the tense of an instruction that reads as advice to the public ("Motorists are asked to ...",
# "Travellers have been warned to ..."); a past one is an event ("He was asked to play")
_ADVICE_AUX = frozenset(("is", "are", "am", "been", "being"))
# a tensed verb opening a clause's predicate (not "be", "been", "being", "having")
_TENSED = _FINITE - {"be", "been", "being", "having"}
_QUESTION_WORDS = frozenset(
    ("whether", "if", "how", "what", "why", "who", "when", "where", "which", "about")
)


def _told_tail(t: _Tok, a: int, b: int) -> bool:
    """The passive closes its sentence after a comma, its content before it: '"We will win,"
    the crowd was told.', "..., MPs were told on Tuesday.", "..., the House was told." (a short
    time or place phrase may follow)."""
    low = t.low
    rest = [w for w in low[b:] if w[:1].isalnum()]
    if rest and not (
        len(rest) <= 6
        and (rest[0] in _TIME_WORDS or rest[0] in ("on", "at", "in", "during", "after"))
        and not any(w in _CUE_WORDS or w == "that" for w in rest)
    ):
        return False
    s = _np_left(t, a - 1) if a > 0 else 0
    if s < 2:
        return False
    if t.text[s - 1] in _QUOTE_TOKENS and t.text[s - 2] == ",":
        return True  # '"We will win," the crowd was told.'
    # a clause before the comma, not a phrase ("After the meeting, staff were told.")
    return t.text[s - 1] == "," and sum(1 for w in t.text[: s - 1] if w[:1].isalnum()) >= 5


def _told_content(t: _Tok, a: int, b: int) -> bool:
    """What an addressed passive a..b was told is in its sentence: a tail after a comma
    (`_told_tail`), a that-clause, colon or quotation after it, also after a time phrase ("were
    told for years that"), a clause without "that" ("Staff were told the office would close",
    "have been told up to 180 jobs could go"), the content of a second participle ("were told
    and reassured that"), or advice to the public in the present ("Motorists are asked to drive
    carefully", "Visitors are asked not to feed the animals"; not "He was asked to play for
    England", an event, nor the writer's "I was asked to leave"). None after a modal or "be"
    ("A question must be asked", "a boy should be told that ...", "entitled to be told when"),
    for a question ("was asked whether ..."), or "informed of"."""
    low = t.low
    n = t.n
    if any(w in _MODALS or w == "be" for w in low[a:b]):
        return False  # "A question must be asked", "should be told that", "to be told who"
    if low[b - 1] == "asked" and b < n and low[b] in _QUESTION_WORDS:
        return False  # "was asked whether ...": a question, not what anyone said
    if _told_tail(t, a, b):
        return True
    if b < n and low[b] in _COORD:
        k = b + 1  # "were told and reassured that ...": the content of the second participle
        return k < n and low[k] in _ADDRESSEE_PARTICIPLES and _told_content(t, a, k + 1)
    if _told_opens(t, b) or _thatless_clause(t, b) or _told_clause(t, b):
        return True
    for k in range(b, min(b + 8, n)):  # "were told for years that", "is told, “What"
        if low[k] == "that" or low[k] == ":" or t.text[k] in _QUOTE_TOKENS:
            return True
        if low[k] in (".", ";", "to", "of", "about") or low[k] in _CUE_WORDS:
            break
    if a > 0 and low[a - 1] in ("i", "we"):
        return False  # "I was asked to leave", "we are asked to treat ...": the writer's
    k = b + 1 if b < n and low[b] == "not" else b
    nxt = t.text[k + 1] if k + 1 < n else ""
    return (
        k < n
        and low[k] == "to"
        and (nxt.isalpha() or nxt in _QUOTE_TOKENS)
        and any(w in _ADVICE_AUX for w in low[a:b])
    )


def _told_clause(t: _Tok, b: int) -> bool:
    """A clause without "that" whose subject opens with a word `_thatless_clause` refuses: a
    finite verb within six plain words ("told up to 180 jobs could go"); not an infinitive or
    "of"/"about"."""
    low = t.low
    if b >= t.n or low[b] in ("to", "of", "about", "not"):
        return False
    for m in range(b + 1, min(b + 7, t.n)):
        if not t.text[m][:1].isalnum():
            return False
        if low[m] in _TENSED:
            return low[m - 1] != "to"
    return False


def _told_opens(t: _Tok, e: int) -> bool:
    """A that-clause, a colon or a quotation opens at token e ("was told by officials that")."""
    return e < t.n and (t.low[e] in ("that", ":") or t.text[e] in _QUOTE_TOKENS)


_ASKED_OBJECTS = frozenset(
    ("about", "whether", "if", "what", "why", "how", "who", "which", "when", "where", "to", "by")
)


def _asked(t: _Tok, kept: list[_Cand]) -> list[_Cand]:
    """ "asked" without a subject that frames another speaker's answer in the sentence ("When
    asked whether ..., the mayor said", "Asked about the delay, the contractor blamed ...",
    "..., she said when asked about it"): a cue without a source, subordinate (rank 1), so
    the answer's attribution stays the main one. PolNeAR annotates these (train: 29 of 39
    "when asked" in claim sentences)."""
    low = t.low
    out = []
    for i in range(t.n - 1):
        if low[i] != "asked" or low[i + 1] not in _ASKED_OBJECTS:
            continue
        initial = all(x in _QUOTE_TOKENS for x in t.text[:i])
        if not (initial or (i > 0 and low[i - 1] in ("when", "if"))):
            continue
        if any(c.cue[0] <= i < c.cue[1] for c in kept):
            continue
        c = _Cand((i, i + 1), "verb")
        c.rank = 1
        out.append(c)
    return out


def _question_clause(t: _Tok, kept: list[_Cand]) -> None:
    """A sentence that opens with the question put ("Asked if she would apologise to
    commuters, Ms Doyle said: ...", "Asked why an upgrade, announced in 2014, had not begun,
    she said ..."): the cues inside the question are subordinate (rank 1) to the answer's,
    the first whose subject stands right after a comma."""
    low = t.low
    i = next((k for k, x in enumerate(t.text) if x not in _QUOTE_TOKENS), t.n)
    if i + 1 >= t.n or low[i] != "asked" or low[i + 1] not in _ASKED_OBJECTS:
        return
    answer = next(
        (
            c
            for c in sorted(kept, key=lambda d: d.cue[0])
            if c.src is not None
            and i + 1 < c.src[0]
            and c.src[1] <= c.cue[0]
            and t.text[c.src[0] - 1] == ","
        ),
        None,
    )
    if answer is None or answer.src is None:
        return
    for c in kept:
        if c is not answer and i < c.cue[0] < answer.src[0]:
            c.rank = 1
