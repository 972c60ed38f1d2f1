"""Refusals to say: "Police would not say how the fire started", "The airline said nothing
about compensation", "The firm has yet to explain why", "did not respond to a request for
comment".

LABELS.md calls these facts: the writer reports an act (someone declined to give content),
and nothing is attributed. `framing.attribution` finds no attribution in them (its
`_content` step drops the cue); this is the model feature that says what they are, so that a
refusal's negation, "nothing" or "little" are not read as the writer's hedging or
intensity. Counted only where `framing.attribution` found no attribution in the sentence and
it lies outside any running quotation: "Her lawyer told CNN he had no comment" reports a
source's words (a claim, LABELS.md rule 1), and inside a quotation the refusal is the
speaker's own.

The word lists are data (framing/lexicons: ``refusal_verbs``, ``refusal_phrases``);
`refusal` is the model feature of that name in `framing.features`.
"""

from __future__ import annotations

import re

from framing import lexicons as lx

__all__ = ["refusal"]


def _alternation(phrases: frozenset[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


# who refuses: a negation, "declined to", "refused to", "yet to", or a negative subject
# before a modal ("Neither side would say", "No one could confirm")
_REFUSER = (
    r"(?:not|n[’']t|never|(?:declin|refus)(?:e|es|ed|ing) to|yet to"
    r"|(?:no one|nobody|neither \w+) (?:would|will|could|can|has|have|did))"
)
_ADVERB = r"(?: (?:immediately|publicly|yet|further|also|officially|specifically|directly))?"
_PATTERN = re.compile(
    rf"\b{_REFUSER}{_ADVERB} (?:{_alternation(lx.words('refusal_verbs'))})\b"
    rf"|\b(?:{_alternation(lx.words('refusal_phrases'))})\b"
)
# a string that every match holds (a cheap test before the pattern)
_MARKERS = ("not", "n't", "n’t", "never", "declin", "refus", "yet to", "no one", "nobody",
            "neither", "nothing", "little", "comment", "silent", "reached", " no ")  # fmt: skip


def refusal(text: str) -> float:
    """1.0 when ``text`` reports that a source refused to say, or said, nothing."""
    low = text.lower()
    if not any(m in low for m in _MARKERS):
        return 0.0
    return float(_PATTERN.search(low) is not None)
