"""The passive of the one addressed: "Residents were told that ...", "Motorists are asked to
drive carefully". Its subject is the hearer, not the speaker: the attribution has no source
unless a "by" agent names one, and it is one only when what was told follows (`_sources`)."""

from __future__ import annotations

from framing.attribution._phrases import _np_left
from framing.attribution._signals import _thatless_clause
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


def _told_content(t: _Tok, a: int, b: int) -> bool:
    """What an addressed passive a..b was told follows it: a that-clause, a colon or a
    quotation ("We were told that ...", "I was told: ..."), a clause without "that" ("Staff
    were told the office would close"), or an instruction to others ("Motorists are asked to
    drive carefully"; not the writer's own "I was asked to go home"); not after a modal or
    "be" ("a question must be asked", "be warned"), nor "informed of"."""
    low = t.low
    n = t.n
    if any(w in _MODALS or w == "be" for w in low[a:b]) or (b < n and low[b] in _COORD):
        return False  # (not "is not assured and will depend on ...")
    if all(not w[:1].isalnum() or w in _TIME_WORDS for w in low[b:]):
        # "..., the House was told.": a tail, its content before it
        s = _np_left(t, a - 1) if a > 0 else 0
        return s > 0 and t.text[s - 1] == ","
    if _clause_after(t, b) or _thatless_clause(t, b):
        return True
    for k in range(b, min(b + 8, n)):  # "were told for years that", "is told, “What"
        if low[k] == "that" or low[k] == ":" or t.text[k] in _QUOTE_TOKENS:
            return True
        if low[k] in (".", ";", "to", "of", "about") or low[k] in _CUE_WORDS:
            break
    own = a > 0 and low[a - 1] in ("i", "we", "you")
    nxt = t.text[b + 1] if b + 1 < n else ""
    return low[b] == "to" and not own and (nxt.isalpha() or nxt in _QUOTE_TOKENS)


def _clause_after(t: _Tok, e: int) -> bool:
    """A that-clause, a colon or a quotation opens at token e ("was told by officials that")."""
    return e < t.n and (t.low[e] in ("that", ":") or t.text[e] in _QUOTE_TOKENS)
