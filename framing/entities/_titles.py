"""The title or role a document gives a person, found around the person's name: in apposition
before it ("the Crown prosecutor, Mark Dlamini,"), after it (", general manager of the Harbor
Hotel,"), or anywhere the full name stands (`_apposition_title`); used by `_merge` when an
entity is given its title."""

from __future__ import annotations

import re

from framing.attribution import REPORTING_VERBS
from framing.entities._mention import _is_cap, _person_name, _strip_det, parse_mention
from framing.entities._text import (
    _DETS,
    _NOT_NAME_START,
    _OFFICE_TITLES,
    _TITLES,
    _VAGUE,
    _is_role_word,
)


def _role_phrase(text: str) -> bool:
    """A source phrase that names a role, not a person: "the Crown prosecutor", "The lone
    congressman", "the club's general manager" (a title or job word ends it)."""
    m = parse_mention(text)
    if m.type in ("pronoun", "organisation", "document", "poll") or (
        " " in m.name and (m.type == "person" and m.title is None and _person_name(m.name))
    ):
        return False
    words = text.split()
    if not words:
        return False
    last = words[-1].lower().strip(".,")
    return last in _TITLES or _is_role_word(last) or (last in _VAGUE and not last.endswith("s"))


def _apposed_role(text: str, start: int) -> str | None:
    """The role phrase a name is in apposition to ("The Crown prosecutor, Mark Dlamini, QC,
    told": "Crown prosecutor"), when the name at ``start`` follows one and a comma."""
    before = text[max(0, start - 80) : start]
    if not before.endswith(", "):
        return None
    seg = re.split(r"[.;:!?\n,\"“”()]", before[:-2])[-1].strip()
    words = seg.split()
    if not 0 < len(words) < 8:
        return None
    first = words[0].lower()
    if first not in _DETS and (not _is_cap(words[0]) or first in _NOT_NAME_START):
        return None  # "According to the manager, X": no title
    return _strip_det(seg) if _role_phrase(seg) else None


# ", the resident nun:" / ", San Francisco nightclub owner:" after a name (a lower-case last word)
_AFTER_NAME_ROLE_RE = re.compile(r",\s+((?:[\w'’-]+\s+){0,4}[a-z][\w'’-]*)\s*[,:;]")
# ", general manager of the Legacy Hotel," / ", managing director and chief economist at Banc
# One Corp." after a name: the role phrase and its organisation, to the next punctuation
_AFTER_NAME_ROLE_OF_RE = re.compile(
    r",\s+((?:[\w'’-]+\s+){0,4}?[a-z][\w'’-]*)"
    r"(\s+(?:of|at|for|with)\s+(?:[^,;:.()\n\"“”`]|(?<=\b[A-Z])\.|(?<=\bSt)\.|(?<=\bCo)\."
    r"|(?<=\bInc)\.|(?<=\bCorp)\.|(?<=\bLtd)\.|(?<=\bMt)\.){1,70}?)"
    r"(?=[,;:)]|(?<!\b[A-Z])(?<!\bSt)(?<!\bCo)(?<!\bInc)(?<!\bCorp)(?<!\bLtd)(?<!\bMt)\.(?!\w)|$|\s(?:on|in|who|which|that|to|since|until|when|during|from)\s"
    r"|\sfor\s(?:\d|a\s|an\s|the\s+past\s|more\s))"
)
_CAPITAL_RE = re.compile(r"\b[A-Z]")
# a verb inside what would be the organisation: the apposition was a clause ("the manager of
# the shop was arrested", "the president of the club thanked him")
_TAIL_VERB_RE = re.compile(
    r"\b(?:is|was|were|are|has|have|had|will|would|can|could|may|might|must|should|did|does)\b"
    r"|(?<![\w-])(?<!\bthe )(?<!\ba )(?<!\ban )[a-z]+ed\b"
)  # (not "the world-renowned University", "a retired officer")
_TIME_ADVERBS = frozenset(("then", "now", "formerly", "once", "also", "still"))


def _role_of_after(text: str, start: int, end: int) -> str | None:
    """The role and its organisation after a person's full name at [start, end): ", general
    manager of the Harbor Hotel," or, after "said", ", managing director and chief economist at
    Banc One Corp." at the sentence's end; None for a clause after the comma ("Tom Lee, the
    manager of the shop was arrested") or a field that runs on with no name in it (the role
    alone: "assistant professor of photography and curator of the exhibit" -> "assistant
    professor")."""
    m = _AFTER_NAME_ROLE_OF_RE.match(text, end)
    if m is None:
        return None
    words = m.group(1).split()
    while len(words) > 1 and words[0].lower() in _TIME_ADVERBS:
        words = words[1:]  # ", then a junior officer with the Army"
    head = " ".join(words)
    if words[0].lower() in ("who", "whose", "which", "that") or not _role_phrase(head):
        return None
    tail = " ".join(m.group(2).split())
    if _TAIL_VERB_RE.search(tail):
        return None
    nxt = text[m.end() : m.end() + 1]
    if nxt in ("", ".", "\n"):
        # the sentence ends: a named organisation ("of Northern Crown Rail."), a postposed
        # source ("said X, director of the museum.") or a line's own introduction ("Mr Oakes:
        # Neil Oakes, director of operations."); not "..., the owner of the van was found."
        line = text[max(0, start - 40) : start].rsplit("\n", 1)[-1].split()
        if not (
            _CAPITAL_RE.search(tail)
            or not line
            or line[-1].endswith(":")
            or line[-1].lower() in REPORTING_VERBS
        ):
            return None
    if not _CAPITAL_RE.search(tail) and len(tail.split()) > 6:
        tail = ""
    return f"{_strip_det(head)} {tail}".strip()


# "... talked to the resident nun, " before a name: the phrase from its determiner on
_BEFORE_NAME_ROLE_RE = re.compile(
    r"\b(?:the|a|an|his|her|their|its)\s+((?:[\w'’-]+\s+){0,4}[\w'’-]+),\s$"
)


def _apposition_title(name: str, text: str) -> str | None:
    """The role the document puts in apposition to a person's full name anywhere: "the
    resident nun, Ani Kunga," -> "resident nun"; "Harry Denton, nightclub owner:" ->
    "nightclub owner" (a phrase that a title or job word ends)."""
    i = text.find(name)
    while i >= 0:
        end = i + len(name)
        if end < len(text) and text[end].isalnum():
            i = text.find(name, end)
            continue  # "Harry Dentonson" is no "Harry Denton"
        role = _apposed_role(text, i)
        if role is None:
            m = _BEFORE_NAME_ROLE_RE.search(text[max(0, i - 60) : i])
            if m is None or not _role_phrase(m.group(1)):
                m = _AFTER_NAME_ROLE_RE.match(text, end)
            if (
                m is not None
                and m.group(1).split()[0].lower() not in ("who", "whose", "which", "that")
                and _role_phrase(m.group(1))
            ):
                role = _strip_det(m.group(1))  # (a relative clause is no title)
            else:
                role = _role_of_after(text, i, end)
        if role:
            return role
        i = text.find(name, end)
    return None


def _lone_office(title: str) -> bool:
    """A title that is one short title of office alone ("Gov.", "Dr"): any other the document
    gives the person says more."""
    return title.lower().rstrip(".") in _OFFICE_TITLES
