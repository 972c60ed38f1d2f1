"""The writer's own voice without loaded words: calls to act.

LABELS.md calls framing what the writer recommends, urges or believes, also when no
evaluative word is there: an editorial's "On June 2, vote yes on Measure B.", "We urge the
board to appoint members with real expertise", "The council should publish the audit", a
column's "Remember the flood of 2019". These patterns are counted only where the writer
speaks: not inside a quotation, not in a sentence with quotation marks, an attribution tail
(``..., the mayor said``) or a reported that-clause (`framing.features` passes that in as
``writer``).

The word lists are data (framing/lexicons: ``imperative_openers``, ``appeal_verbs``,
``obligation_phrases``, ``voice_blockers``); `call_to_act` is the model feature of that name
in `framing.features`. (First-person stance, "we believe", "I think", was tried as a second
feature and not kept: docs/model_comparison.md.)
"""

from __future__ import annotations

import re

from framing import lexicons as lx

__all__ = ["call_to_act"]

_IMPERATIVES = lx.words("imperative_openers")
# a verb-looking first word is a noun or a subject when a form of "be", a preposition or
# "has/had" follows ("Support for the plan grew", "Stand is ...")
_NOT_AFTER_IMPERATIVE = (
    lx.words("be_forms")
    | lx.words("prepositions_stop")
    | frozenset({"of", "for", "to", "in", "on", "at", "has", "had", "and", "or", "'s"})
)
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_LEAD_MAX_WORDS = 6  # "On June 2, vote ...": a short opening phrase before the imperative


_APPEAL = re.compile(
    r"\b(?:i|we)\b(?:\s+[a-z']+){0,2}?\s+(?:" + lx.alternation(lx.words("appeal_verbs")) + r")\b"
)
_OBLIGATION = re.compile(r"\b(?:" + lx.alternation(lx.words("obligation_phrases")) + r")\b")
_BLOCKERS = re.compile(r"\b(?:" + lx.alternation(lx.words("voice_blockers")) + r")\b")


def _imperative_at(words: list[str], i: int) -> bool:
    if i >= len(words) or words[i] not in _IMPERATIVES:
        return False
    return i + 1 >= len(words) or words[i + 1] not in _NOT_AFTER_IMPERATIVE


def _imperative(low: str) -> bool:
    """The sentence opens with an imperative, or does after a short phrase and a comma."""
    words = _WORD.findall(low[:120])
    if _imperative_at(words, 0) or (words[:1] == ["please"] and _imperative_at(words, 1)):
        return True
    comma = low.find(",")
    if comma < 0:
        return False
    lead = _WORD.findall(low[:comma])
    if not lead or len(lead) > _LEAD_MAX_WORDS:
        return False
    return _imperative_at(_WORD.findall(low[comma + 1 : comma + 80]), 0)


def call_to_act(text: str, writer: bool) -> float:
    """How many kinds of call to act the writer makes in ``text`` (0-3): an imperative
    opener, "I/we urge (ask, recommend ...)", an obligation (should, must, need to)."""
    if not writer:
        return 0.0
    low = text.lower()
    if _BLOCKERS.search(low):
        return 0.0
    return float(
        _imperative(low)
        + bool(("i " in low or "we " in low) and _APPEAL.search(low))
        + bool(_OBLIGATION.search(low))
    )
