"""Who owns a document or a poll a source phrase names: the organisation that made it ("a report
by the World Health Organization", "A Pew Research Center survey", "industry data compiled by
Datanote Korea") or the person whose statement it is ("Cornyn's statement"). Used by
`_mention._parse_mention`."""

from __future__ import annotations

import re

from framing import lexicons as lx
from framing.entities._names import _is_cap
from framing.entities._text import (
    _ACRONYM_RE,
    _COMMON_OWNERS,
    _DETS,
    _HONORIFIC_DET_TITLE,
    _NOT_A_PERSON,
    _ORG_NAMES,
    _ORG_NOUNS,
    _is_name_word,
)

_PARTICIPLE_RE = re.compile(r"(?!hundred\b)[a-z]{4,}ed")  # "published", "released"
_DATE_WORDS = lx.words("weekdays") | lx.words("months")
# words between a document's participle and its "by": "released last week by"
_TIME_WORDS = _DATE_WORDS | {"last", "this", "on", "week", "month", "year", "today", "earlier"}
_JOINS = frozenset(("of", "for", "and", "the", "on", "in", "de", "du", "la"))


def _doc_owner(toks: list[str], lows: list[str], cut: int) -> str | None:
    """The named organisation a document or poll comes from: "a report by the World Health
    Organization", "A Pew Research Center survey" (capitalised words with an organisation
    word, or an acronym: "a new CNN poll"); None for "the Mueller report", "a poll"."""
    agent = False
    if cut < len(toks) - 1:
        start = cut + 1
        by = next((k for k in range(start, min(start + 4, len(toks) - 1)) if lows[k] == "by"), -1)
        if (
            lows[cut] not in ("by", "from", "of")
            and by > 0
            and all(w in _TIME_WORDS for w in lows[start:by])
        ):
            # "industry data compiled by Datanote Korea", "a poll released last week by
            # Centennial Research": the participle's agent made it
            start, agent = by + 1, True
        elif lows[cut] == "of" and "by" in lows[start:]:
            # "a survey of state Medicaid programs by the Hepatitis Policy Network"
            start = lows.index("by", start) + 1
        if start >= len(toks):
            return None
        owner = toks[start:]
        if owner[0].lower() in _DETS:
            owner = owner[1:]
        # "by property data firm Corelink", "by the nonpartisan Ohio Legislative Service
        # Commission": the name after its description in lower case
        last = max(
            (k for k, w in enumerate(owner) if w.isalpha() and w.islower() and w not in _JOINS),
            default=-1,
        )
        if 0 <= last < len(owner) - 1 and all(map(_is_cap, owner[last + 1 :])):
            owner = owner[last + 1 :]
        # "a poll by Gallup released on Monday": the owner ends before a participle after it
        done = next((k for k, w in enumerate(owner) if k and _PARTICIPLE_RE.fullmatch(w)), None)
        owner = owner[:done]
    elif not _is_cap(toks[cut - 1]):  # not "U.S. News & World Report": a name itself
        k = cut - 1
        while k > 0 and (_is_cap(toks[k - 1]) or lows[k - 1] in ("of", "for", "&")):
            k -= 1
        owner = toks[k : cut - 1]
        if owner and owner[0].lower() in _DETS:
            owner = owner[1:]
    else:
        return None
    if not owner or not _is_cap(owner[0]) or not _is_cap(owner[-1]):
        return None
    if agent and owner[0].lower().strip(".") in _DATE_WORDS:
        return None  # "Estimates published by Friday": a time, not who made them
    low = [w.lower().strip(".") for w in owner]
    if len(low) == 1 and low[0] in _COMMON_OWNERS:
        return None  # "Court records show", "Police records": a common noun, no name
    if (
        agent
        or any(w in _ORG_NOUNS for w in low)
        or (len(owner) == 1 and (_ACRONYM_RE.fullmatch(owner[0]) or low[0] in _ORG_NAMES))
    ):  # "a poll by Gallup"
        return " ".join(owner)
    return None


def _person_owner(toks: list[str], lows: list[str]) -> str | None:
    """The named person owning a document: the one to three capitalised words before "'s"
    ("Cornyn's statement", "Sen. Ana Ruiz's letter"), not an organisation or a title."""
    if not toks or not lows[-1].endswith(("'s", "’s")) or len(toks) > 4:
        return None
    words = [*toks[:-1], toks[-1][:-2]]
    while words and words[0].lower().strip(".") in _HONORIFIC_DET_TITLE:
        words = words[1:]
    if not 0 < len(words) < 4 or not all(map(_is_name_word, words)):
        return None
    if any(w.lower().strip(".") in _NOT_A_PERSON or w.isupper() for w in words):
        return None
    return " ".join(words)
