"""Heads of source phrases: the word a source phrase is about ("Scientists studying the
outbreak": "Scientists"; "Many families here": "families"), and a subject that carries a
participle phrase before the cue ("The union representing 4,000 rail workers said")."""

from __future__ import annotations

from framing.attribution._phrases import (
    _FRONTED_CONJUNCTIONS,
    _joins_name,
    _np_left,
    _np_token,
)
from framing.attribution._tokens import _QUOTE_TOKENS, _Tok
from framing.attribution._vocab import (
    _CUE_WORDS,
    _DETS,
    _ED_ING_NOUNS,
    _FUNCTION_WORDS,
    _NP_PREPS,
    _POSTMODIFIER_PARTICIPLES,
    _PREPS_STOP,
    _SUBORDINATORS,
    _TIME_PREPS,
    _TIME_WORDS,
    PRONOUN_SOURCES,
)


def _head(t: _Tok, src: tuple[int, int]) -> int:
    """Index of the head word of a source phrase (last word before a preposition or comma;
    the name of "Smith et al.")."""
    s0, s1 = src
    for x in range(s0, s1):
        if (
            t.low[x] in _NP_PREPS and x > s0 and not (t.low[x] == "to" and _joins_name(t, x))
        ) or t.text[x] in (",", "(", "—", "–"):
            return _et_al(t, s0, x - 1)
        if x > s0 and t.low[x].endswith("ed") and x + 1 < s1 and _by_after(t, x + 1, s1):
            return _et_al(t, s0, x - 1)  # "A report released (last year) by the agency"
        if x > s0 and x + 1 < s1 and _postmodifier_at(t, x):
            return x - 1  # "Scientists studying the outbreak": "Scientists"
    if s1 - 1 > s0 and t.low[s1 - 1] in ("here", "there"):
        return s1 - 2  # "Many families here": "families"
    return _et_al(t, s0, s1 - 1)


def _by_after(t: _Tok, x: int, s1: int) -> bool:
    """ "by" at token x, or after a time phrase of up to three words ("last year by")."""
    for y in range(x, min(x + 4, s1)):
        if t.low[y] == "by":
            return True
        if not (t.low[y] in _TIME_WORDS or t.low[y] in _TIME_PREPS):
            return False
    return False


def _et_al(t: _Tok, s0: int, h: int) -> int:
    """``h``, or the name before "et al." when ``h`` is its "al."."""
    if h - 2 >= s0 and t.low[h] == "al." and t.low[h - 1] == "et":
        return h - 2
    return h


def _postmodifier_at(t: _Tok, x: int) -> bool:
    """Token x is a participle that opens a phrase after a noun: "(the union) representing
    ...", "(two men) arrested after ...", "(the coalition) led by ...". Not after a function
    word ("the leading candidate", "what happened in"); a past participle only of
    `postmodifier_participles.txt` (most past forms are main verbs here: "Shares slumped after
    the company said", "The minister waited outside the room"), after a noun in lower case and
    before a preposition and no pronoun ("Powell participated in", "Police shot him")."""
    if x < 1 or x + 2 >= t.n or t.cap[x]:
        return False
    w = t.low[x]
    prev = t.low[x - 1]
    if (
        not w.isalpha()
        or w in _ED_ING_NOUNS
        or (w in _CUE_WORDS and w not in _POSTMODIFIER_PARTICIPLES)
    ):
        return False  # but a listed cue's participle: "Diplomats briefed on the talks said"
    if (
        prev in _FUNCTION_WORDS
        or prev in _DETS
        or prev in PRONOUN_SOURCES
        or prev in ("own", "most", "more", "well")
        or not t.text[x - 1].isalpha()
    ):
        return False  # "eight leading institutes", "its own planning documents"
    if len(w) > 5 and w.endswith("ing"):
        return True
    nxt = t.low[x + 1]
    return (
        w in _POSTMODIFIER_PARTICIPLES  # not any "-ed": "Shares slumped after the company said"
        and (not t.cap[x - 1] or (x == 1 and prev.endswith("s")))  # "Diplomats briefed on"
        and (nxt in _NP_PREPS or nxt in _PREPS_STOP)
        and t.low[x + 2] not in PRONOUN_SOURCES
    )


def _participle_subject(t: _Tok, s: int) -> tuple[int, int] | None:
    """The start of a subject that opens its clause and carries a participle phrase whose
    object is the phrase starting at token s, right before the cue: "The union representing
    4,000 rail workers said", "Two men arrested after the raid have told police", "Scientists
    studying the outbreak believe" (the whole subject speaks, not the participle's object).
    None when the word before the phrase is no such participle (`_postmodifier_at`) or the
    subject does not open the sentence or a clause (after a comma, a conjunction or a
    subordinator; "When police arrived at the scene witnesses said" has no participle, the
    past forms being listed ones only). Returns (start of the subject, index of the
    participle)."""
    low = t.low
    p = s - 1
    if p >= 1 and (low[p] in _NP_PREPS or low[p] in _PREPS_STOP):
        p -= 1  # "living near the plant", "working with refugees"
    if not _postmodifier_at(t, p) or not _np_token(t, p - 1):
        return None
    a = _np_left(t, p - 1)
    if a < 0:
        return None
    before = t.text[:a]
    if not (
        all(x in _QUOTE_TOKENS for x in before)
        or before[-1] == ","
        or low[a - 1] in _SUBORDINATORS  # "As the poster of a kitten hanging from a wire ..."
        or low[a - 1] in _FRONTED_CONJUNCTIONS
    ):
        return None
    return a, p
