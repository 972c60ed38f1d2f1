"""Signals around a cue: a that-clause, colon or quotation next to it, a tail position after a
comma. Read by the cue rules (`_cues`, `_worduse`) and by the evidence check (`_evidence`)."""

from __future__ import annotations

from framing.attribution._tokens import _QUOTE_TOKENS, _Tok
from framing.attribution._vocab import _DETS, _VERB_STOPS, PRONOUN_SOURCES


def _after_cue_signal(t: _Tok, b: int) -> bool:
    """A that-clause, colon or quotation follows the cue (within a few tokens)."""
    for k in range(b, min(t.n, b + 6)):
        w = t.low[k]
        if w in ("that", ":") or t.text[k] in _QUOTE_TOKENS:
            return True
        if w in (".", ";", "?", "!"):
            return False
    return False


def _tail_position(t: _Tok, a: int, b: int) -> bool:
    """The cue a..b ends its sentence after a comma and a short subject that opens with a
    determiner or a capital: "..., the agency estimates.", "..., the UN reckons." (a tail that
    attributes the clause before the comma, like a quotation's)."""
    n = t.n
    if b < n and not (t.text[b] in (".", "!") and all(x in _QUOTE_TOKENS for x in t.text[b + 1 :])):
        return False
    k = a - 1
    while k >= 0 and a - k <= 6 and t.text[k] != ",":
        w = t.text[k]
        if not (w[:1].isalnum() or w in ("'s", "’s", "&")) or t.low[k] in _VERB_STOPS:
            return False
        k -= 1
    if k < 3 or k == a - 1 or t.text[k] != ",":
        return False
    first = t.low[k + 1]
    return first in _DETS or t.cap[k + 1] or first in PRONOUN_SOURCES


def _quote_signal(t: _Tok, a: int, b: int) -> bool:
    """The cue stands next to a quotation or a colon ('he continued: ...', ',” he added')."""
    if (
        b < t.n
        and t.text[b] in (":", ",")
        and (t.text[b] == ":" or (b + 1 < t.n and t.text[b + 1] in _QUOTE_TOKENS))
    ):
        return True
    if a == 0:  # inverted before its subject and a colon: "Continued the mayor:"
        k = b
        while k < t.n and k - b < 6 and (t.text[k][:1].isalnum() or t.text[k] == "."):
            k += 1
        if b < k < t.n and t.text[k] == ":":
            return True
    # a quotation closed right before the cue and its subject: ',” he continued'
    text = t.text
    for k in range(max(a - 4, 1), a):
        if text[k] in _QUOTE_TOKENS and text[k - 1] in _QUOTE_ENDS:
            return True
    return False


_QUOTE_ENDS = frozenset((",", ".", "?", "!", "—"))
