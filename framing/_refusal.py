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
`refusal` is the model feature of that name in `framing.features`, which also leaves the
refusal's own words out of the counts of the writer's evaluative, hedging, intensifying,
interpretive, crisis and modal words ("nothing", "little", "would" in "said nothing", "said
very little", "would not say" are no hedge or intensity of the writer's).
"""

from __future__ import annotations

import re

from framing import lexicons as lx

__all__ = ["lower_refusal_words", "refusal", "refusal_words"]


# who refuses: a negation, "declined to", "refused to" (with a short aside before its "to":
# "declined, for now, to say"), "yet to", or a negative subject within seven words before a
# modal ("Neither side would say", "Nobody at the firm would")
_REFUSER = (
    r"(?:\bnot|\bcannot|n[’']t|\bnever"
    r"|\b(?:declin|refus)(?:e|es|ed|ing)(?P<aside>, [^,]{1,30},)? to|\byet to"
    r"|\b(?:no one|nobody|none|neither)(?: [\w’']+){0,7}? (?:would|will|could|can|has|have|did))"
)
_ADVERB = r"(?: (?:immediately|publicly|yet|further|also|officially|specifically|directly))?"
_PATTERN = re.compile(
    rf"(?P<refused>{_REFUSER}{_ADVERB} (?:{lx.alternation(lx.words('refusal_verbs'))})\b)"
    rf"|\b(?:{lx.alternation(lx.words('refusal_phrases'))})\b"
)
# the auxiliary just before a negation belongs to the refusal ("would not say"; not before a
# phrase: "would say nothing"), looked for after a match (an optional group at the pattern's
# head would be tried at every position)
_AUX_BEFORE = re.compile(
    r"\b(?:would|could|will|can|should|might|may|must|did|does|do|has|have|had) $"
)
# a string that every match holds (a cheap test before the pattern: `_MARKER_RE`)
_MARKERS = ("not", "n't", "n’t", "never", "declin", "refus", "yet to", "no one", "nobody",
            "neither", "none", "nothing", "little", "comment", "silent", "tight", " no ",
            "return", "unanswered", "figure on", "no reason", "no explanation",
            "drawn")  # fmt: skip
_MARKER_RE = re.compile("|".join(map(re.escape, _MARKERS)))


def refusal_words(text: str) -> str | None:
    """The words (lower case) by which ``text`` reports that a source refused to say, or said,
    nothing ("would not say", "said nothing"); None when it does not."""
    return lower_refusal_words(text.lower())


def lower_refusal_words(low: str) -> str | None:
    """`refusal_words` of a text already in lower case."""
    if _MARKER_RE.search(low) is None:
        return None
    found = _PATTERN.search(low)
    if found is None:
        return None
    a = found.start()
    if found.group("refused") is None:
        return found.group()  # a phrase ("said nothing"): no auxiliary of its own
    aux = _AUX_BEFORE.search(low, max(0, a - 7), a)
    words = low[aux.start() if aux else a : found.end()]
    aside = found.group("aside")
    # "declined, for now, to say": the aside's words stay the writer's
    return words if aside is None else words.replace(aside, "", 1)


def refusal(text: str) -> float:
    """1.0 when ``text`` reports that a source refused to say, or said, nothing."""
    return float(refusal_words(text) is not None)
