"""A headline that puts someone's words in quotation marks after its subject: "Flood victims
'let down' by agency", "Night shifts 'linked to weight gain'", "Death 'not suspicious'" (the
newsroom's shorthand for what someone said or found: a claim with no source in
the line). Not a title, a nickname or the writer's scare quotes: "Six held over 'airport attack
plot'", "'Moonlight' wins Best Picture", "Curfew breakers' 'march for freedom' fizzles",
"Police arrest 'gang leader'" (the quotation opens a predicate:
`lexicons/headline_quote_predicates.txt`)."""

from __future__ import annotations

import re

from framing import lexicons as lx
from framing.attribution._vocab import _AUX, _BE, _CUE_WORDS, _DETS, _NP_PREPS, _PREPS_STOP

_PREDICATE_STARTS = lx.words("headline_quote_predicates")

# a quotation inside the line: opened after a space, closed before a space, punctuation or the
# end, lower case first (a name or a title starts with a capital)
_QUOTED_RE = re.compile(r"(?<=\s)(['‘\"“])([a-z][^'‘’\"“”\n]{0,60}?)['’\"”](?=$|[\s,;:.!?)])")
_WORD_RE = re.compile(r"[A-Za-z][\w'’.-]*")
# what may follow the quotation: nothing, a comma, or a phrase of its own ("by agency",
# "as EU confirms cut"); a verb there makes the quotation part of the subject
_AFTER = frozenset(
    ("by", "as", "over", "for", "on", "in", "after", "at", "to", "amid", "with", "from",
     "despite", "says", "say", "said", "claims", "warns")
)  # fmt: skip
_MAX_WORDS = 14


def headline_quote(text: str, s0: int, s1: int) -> tuple[int, int] | None:
    """The quoted words (marks included, whole-text offsets) of a headline-like line
    [s0, s1) whose subject (one to six words) is followed by them, or None."""
    line = text[s0:s1].rstrip()
    if (
        not line
        or line.rstrip("'’\"”")[-1:] in (".", "?", "!", "…")
        or (len(_WORD_RE.findall(line)) > _MAX_WORDS)
    ):
        return None  # a sentence of prose ends in a full stop, a headline does not
    m = _QUOTED_RE.search(line)
    if m is None:
        return None
    before = _WORD_RE.findall(line[: m.start()])
    if not 1 <= len(before) <= 6 or line[: m.start()].rstrip()[-1:] in (",", ":", ";", "-", "—"):
        return None
    prev = before[-1].lower()
    if (
        prev in _DETS
        or prev in _NP_PREPS
        or prev in _PREPS_STOP
        or prev in _BE
        or prev in _AUX
        or prev in _CUE_WORDS
        or prev in ("not", "no", "and", "or", "its", "his", "her", "their")
        or prev in ("remains", "remain", "seems", "looks", "becomes", "stays")
        or prev.endswith(("'s", "’s", "s'", "s’"))  # "Ostravia's 'pacification' campaign"
        or any(w.lower() in _CUE_WORDS for w in before)
        or any(_verb_like(w) for w in before[:-1])
    ):
        return None  # "... puts military in 'quasi-state of war'", "Union rejects 'insulting'"
    first = m.group(2).split()[0].lower().rstrip(",.;:!?")
    if first not in _PREDICATE_STARTS and ("-" in first or not first.endswith(("ed", "ing"))):
        return None  # "Police arrest 'gang leader' at airport": an object, no one's words
    rest = line[m.end() :].lstrip()
    if rest and not rest.startswith(","):
        nxt = _WORD_RE.match(rest)
        if nxt is None or nxt.group(0).lower() not in _AFTER:
            return None  # "Town hall 'non-jobs' soar": the quotation is the subject's
    return (s0 + m.start(), s0 + m.end())


def _verb_like(word: str) -> bool:
    """A lower-case word before the subject's last that reads as a verb ("board drops
    controversial 'equity audit'", "made some serious"): the quotation is its object."""
    return word.islower() and (
        (word.endswith("s") and not word.endswith(("ss", "'s", "’s"))) or word.endswith("ed")
    )
