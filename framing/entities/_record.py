"""A source mention as read (`Mention`), its role word normalised (`_norm_role`), and the
readers of a phrase's shape that need no other phrase read: an organisation's name before its
acronym (`_spelled_out`: "the Food and Agriculture Organization (FAO)"), a name that reads as an
organisation's (`_org_like`), a common noun before a preposition heading the phrase
(`_group_phrase`: "officials at the Smithsonian"). Used by `_mention.parse_mention`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from framing.entities._text import (
    _DETS,
    _DOC_NOUNS,
    _FEMALE,
    _FIRST_NAMES,
    _FUNCTION_WORDS,
    _GROUP_PLURALS,
    _HONORIFICS,
    _MALE,
    _NAME_INNER,
    _ORG_WORDS,
    _POLL_NOUNS,
    _PREPS,
    _QUANT,
    _STRIP,
    _TITLES,
    _VAGUE,
    _is_role_word,
    _strip_det,
)

_ROLE_SINGULARS = _TITLES | _ORG_WORDS | _DOC_NOUNS


def _norm_role(w: str) -> str:
    """A role word for matching: spokes* -> spokesperson, plural -s dropped."""
    w = w.lower().strip(".")
    if w.startswith("spokes"):
        return "spokesperson"
    if w.endswith("s") and len(w) > 3 and w[:-1] in _ROLE_SINGULARS:
        return w[:-1]
    return w


@dataclass(frozen=True)
class Mention:
    """A source mention read on its own: name, title, type guess, gender, pronoun or role."""

    name: str
    title: str | None
    type: str  # an ENTITY_TYPES value, or "pronoun" / "role"
    gender: str = ""
    role: str = ""  # the head word of a role mention ("spokesperson", "ministry", "report")


_PAREN_ACRONYM_RE = re.compile(r"(.+?)\s*\(([A-Z][A-Za-z&.]*[A-Z])\)?")  # ")" may be stripped


def _spelled_out(s: str) -> Mention | None:
    """An organisation's name followed by its acronym in brackets, whose letters are the
    initials of the name's capitalised words, in order, or an acronym in capitals after a name
    of three words or more: "the Food and Agriculture Organization (FAO)" -> "Food and
    Agriculture Organization", "Doctors Without Borders (MSF)"; not "Jane Smith (PhD)"."""
    m = _PAREN_ACRONYM_RE.fullmatch(s)
    if m is None:
        return None
    name = _strip_det(m.group(1).strip(_STRIP))
    if name.split()[0].lower() in _FIRST_NAMES:
        return None  # "Juan Carlos Moreno (JCM)": a person's initials
    capitalised = [w for w in name.split() if w[:1].isupper()]
    initials = [w[0] for w in capitalised]
    letters = [ch for ch in m.group(2) if ch.isupper()]
    if len(initials) < 2 or len(letters) < 2:
        return None
    k = 0
    first = -1  # the capitalised word the acronym's first letter spells
    for x, ch in enumerate(initials):
        if k < len(letters) and ch == letters[k]:
            first = x if k == 0 else first
            k += 1
    if first > 0 and any(
        w.lower() in _FIRST_NAMES or w.lower() in _TITLES or _is_role_word(w.lower())
        for w in capitalised[:first]
    ):
        return None  # "Economist Le Thi Hoa of the Central Institute for ... (CIEM)": a person
    if k < len(letters) and not (m.group(2).isupper() and _org_like(name)):
        # an acronym of another language's name ("Doctors Without Borders (MSF)") after a
        # name that reads as an organisation's; not "Jane Smith (PhD)", "Narendra Modi (BJP)"
        return None
    return Mention(name, None, "organisation", role=m.group(2).lower())


def _org_like(name: str, inner_only: bool = False) -> bool:
    """A name that reads as an organisation's: three words or more with an organisation word
    ("Union of Rural Workers"; not with ``inner_only``) or a capitalised function word inside
    ("Doctors Without Borders", "Mothers Against Drunk Driving"), and no title or honorific."""
    words = name.split()
    lows = [w.lower() for w in words]
    if len(words) < 3 or any(w in _TITLES or w.rstrip(".") in _HONORIFICS for w in lows):
        return False
    return (not inner_only and any(w in _ORG_WORDS for w in lows)) or any(
        w[:1].isupper() and lw in _NAME_INNER for w, lw in zip(words[1:-1], lows[1:-1], strict=True)
    )


def _group_phrase(toks: list[str], lows: list[str], caps: list[bool]) -> Mention | None:
    """A common noun before a preposition, the head of the source: "officials at the
    Smithsonian", "a 55-year-old nurse at the University of Maryland", "the members of his
    party" (anonymous, the phrase as written); "the spokeswoman for the ministry" (a role:
    the spokeswoman, not the ministry). None when the head is capitalised or an organisation."""
    j = next((i for i, w in enumerate(lows) if w in _PREPS and i > 0), 0)
    if not j or j + 1 >= len(toks) or j > 4:
        return None
    head = lows[j - 1]
    first = 1 if lows[0] in _DETS or lows[0] in _QUANT else 0
    if j == 1 and lows[0] in _GROUP_PLURALS:
        first = 1  # "Fishermen in west Donegal": capitalised only to open the sentence
    if (
        not head.isalpha()
        or head in _FUNCTION_WORDS
        or head in _ORG_WORDS
        or head in _DOC_NOUNS
        or head in _POLL_NOUNS
        or any(caps[first:j])
    ):
        return None
    plural = head.endswith("s") and not head.endswith("ss")
    if lows[0] in _DETS and lows[0] not in ("a", "an") and not plural:
        if head in _TITLES or head in _VAGUE:
            g = "f" if head in _FEMALE else "m" if head in _MALE else ""
            return Mention(_strip_det(" ".join(toks)), None, "role", g, _norm_role(head))
        return None
    return Mention(" ".join(toks), None, "anonymous", role=_norm_role(head))
