"""A cue word inside a noun compound, no verb there: a phrasal-only verb without its particle
("400 rail workers", "the point"), "trust" of a body ("the hospital trust", "an NHS trust"),
"state" before a noun ("Iranian state television", "state prosecutors"), "counsel" of a kind
("defence counsel"), "member states". Used by `_phrases._np_token`."""

from __future__ import annotations

from framing import lexicons as lx
from framing.attribution._tokens import _Tok
from framing.attribution._vocab import (
    _DET_HEADS,
    _DETS,
    _FUNCTION_WORDS,
    _NP_PREPS,
    _PARTICLES,
    _PHRASAL_ONLY,
    _STATE_COMPOUNDS,
    _TRUST_MODIFIERS,
    PRONOUN_SOURCES,
    TITLES,
    _lemma_of,
)


def _noun_use(t: _Tok, k: int) -> bool:
    """The cue form at token k is a noun here: a verb that reports only with its particle
    without it ("rail workers", "the point"), or "trust" after an acronym or a word of
    `trust_modifiers.txt` ("an NHS trust", "the hospital trust", `_body_trust`)."""
    lemma = _lemma_of(t.low[k])
    if lemma in _PHRASAL_ONLY:
        # "400 rail workers", "the state rail operator": a word before and a noun after, both
        # in lower case (not "Sanders hits Buttigieg", "at which point Theodorus")
        return (
            0 < k < t.n - 1
            and t.low[k] == lemma
            and t.text[k + 1].isalpha()
            and not t.cap[k + 1]
            and t.low[k + 1] not in _PARTICLES.get(lemma, ())
            and t.low[k + 1] not in _FUNCTION_WORDS
            and (t.text[k - 1][:1].isdigit() or not t.cap[k - 1])
        )
    if t.low[k] == "states" and k > 0 and t.low[k - 1] in ("member", "nation", "island", "gulf"):
        return True  # "Twelve member states sent a letter": the noun, not the verb
    return _body_trust(t, k) or _state_modifier(t, k) or _counsel_noun(t, k)


# the lawyers "counsel" names when it is a noun: "defence counsel", "general counsel"
_COUNSEL_KINDS = lx.words("counsel_kinds")


def _counsel_noun(t: _Tok, i: int) -> bool:
    """Token i is "counsel" as a noun: after a kind of counsel ("Defence counsel Niamh
    Cawley", "general counsel"), an owner ("the family's counsel"), or between a capitalised
    word and a full name ("White House counsel Dana Remus"); not "Experts counsel patience",
    "Officials in Beijing counsel restraint"."""
    if t.low[i] != "counsel" or i == 0:
        return False
    if t.low[i - 1] in _COUNSEL_KINDS or t.low[i - 1].endswith(("'s", "’s")):
        return True
    # a title before a name: "White House counsel Dana Remus", "Senate counsel Tom Reid"
    return (
        i > 1
        and t.cap[i - 1]
        and i + 2 < t.n
        and t.cap[i + 1]
        and t.cap[i + 2]
        and t.text[i + 1][:1].isalpha()
    )


def _state_modifier(t: _Tok, k: int) -> bool:
    """Token k is "state" before a noun of `state_compound_nouns.txt`: "Iranian state
    television", "state prosecutors" (a modifier, not the verb)."""
    if t.low[k] != "state" or k + 1 >= t.n:
        return False
    nxt = t.low[k + 1].rstrip(".").strip("-")
    if t.cap[k + 1] and (nxt in _STATE_COMPOUNDS or nxt in TITLES):
        return True  # "Texas state Senator Ann Ruiz", "GOP state Rep. X"
    prev = t.low[k - 1] if k > 0 else ""
    plural = prev.endswith("s") and not prev.endswith("ss") and prev.isalpha()
    if prev in _DET_HEADS or (plural and (not t.cap[k - 1] or k == 1)):
        return False  # "Both state ...", "The guidelines state officials must ...": the verb
    if t.low[k + 1].strip("-") in _STATE_COMPOUNDS:
        return True
    # ", state Agriculture Minister Suresh Patel said": a capitalised title after it, where
    # no subject of a verb "state" stands before it
    return (
        t.cap[k + 1]
        and t.text[k + 1].rstrip(".").isalpha()
        and (
            k == 0
            or t.text[k - 1] in (",", "(")
            or t.cap[k - 1]  # "GOP state Rep. X", "Democratic state Attorney General"
            or prev in ("the", "a", "an")
            or prev in _NP_PREPS
        )
    )


def _body_trust(t: _Tok, k: int) -> bool:
    """Token k is "trust(s)" naming a body: after an acronym ("NHS trust") or a word of
    `trust_modifiers.txt` ("the hospital trust")."""
    if t.low[k] not in ("trust", "trusts") or k == 0:
        return False
    nxt = t.low[k + 1] if k + 1 < t.n else ""
    if nxt == "that" or nxt in _DETS or nxt in PRONOUN_SOURCES or nxt in ("him", "them", "us"):
        return False  # "Most voters in the UK trust that ...", "Few in the NHS trust the plan"
    prev = t.text[k - 1]
    return (len(prev) > 1 and prev.isupper() and prev.isalpha()) or t.low[k - 1] in _TRUST_MODIFIERS
