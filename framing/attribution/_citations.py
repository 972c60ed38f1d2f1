"""Parenthetical academic citations: "... (Harwell and Ostby, 2011)." makes the sentence a
claim of the cited work (LABELS.md: the content is attributed to a source; the brief's
settlement "(Marcus 1998)"). The source is the first citation's author(s) ("Harwell and
Ostby"; the entity's name, without the year), the cue the opening parenthesis (as the colon is
a speaker tag's cue).

Found only where nothing else in the sentence attributes it (`_document._sentence`), outside
quotation marks, and not in a line that ends with a colon (a method "we follow a four-step
approach (Williams, 2010):" is the writer's). Not citations: film and book titles with a year
("(Three Sinners, 1950)", "(Beverly Hills Ninja, 1997)"): an author is at most two
capitalised words (particles such as "van der" aside) and no number word.
"""

from __future__ import annotations

import re

from framing import lexicons as lx

_PARTICLES = "|".join(sorted((re.escape(w) for w in lx.words("citation_particles")), key=len))
_LEADS = "|".join(
    sorted((re.escape(w) for w in lx.entries("citation_leads")), key=len, reverse=True)
)
_CAP = r"[A-Z\u00c0-\u00de][\w'’\u00c0-\u024f-]*"
# a surname: one or two capitalised words, particles between or before ("van der Berg",
# "Domínguez Caparrós", "Ten Brink")
_SURNAME = rf"(?:(?:{_PARTICLES})\s+)*{_CAP}(?:\s+(?:(?:{_PARTICLES})\s+)*{_CAP})?"
_AUTHORS = (
    rf"{_SURNAME}(?:(?:,\s*{_SURNAME})*,?\s+(?:and|&)\s+{_SURNAME})?"
    r"(?:,?\s+et\s+al\.?|\s+and\s+colleagues)?"
)
_YEAR = r"(?:1[6-9]\d\d|20[0-3]\d)[a-z]?"
_PAGES = r"(?:(?:,\s*pp?\.\s*|:\s*)\d+(?:\s*[-–]\s*\d+)?)?"
_ONE = rf"(?P<src>{_AUTHORS}),?\s+{_YEAR}{_PAGES}"
_MORE = rf"(?:;\s*(?:{_LEADS}\s+)*{_AUTHORS},?\s+{_YEAR}(?:,\s*{_YEAR})*{_PAGES})*"
_PAREN_RE = re.compile(rf"\((?:(?:{_LEADS})\s+)*{_ONE}(?:,\s*{_YEAR})*{_MORE}\)")
# "Hollins and Draper (2016) recorded ...": the cited work opens the sentence
_SUBJECT_RE = re.compile(rf"(?P<src>{_AUTHORS})\s+\((?P<year>{_YEAR})(?:,\s*{_YEAR})*\)\s+[a-z]")
_NUMBER_WORDS = frozenset(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve")
)


def _citation(text: str, s0: int, s1: int) -> tuple[int, int, int] | None:
    """(source start, source end, cue position) of the first parenthetical citation of the
    sentence text[s0:s1], or None."""
    if text[s0:s1].rstrip().endswith(":"):
        return None  # "we follow a four-step approach (Williams, 2010):" introduces a list
    m = _SUBJECT_RE.match(text, s0, s1)
    if m is not None and _author_words(m.group("src")):
        return m.start("src"), m.end("src"), m.end("src") + text[m.end("src") : s1].index("(")
    for m in _PAREN_RE.finditer(text, s0, s1):
        if _author_words(m.group("src")) and ":" not in text[s0 : m.start()]:
            return m.start("src"), m.end("src"), m.start()
    return None  # (not "1500 m: 3:38.10 (Nairobi, 2008)": a record's field line)


def _author_words(src: str) -> bool:
    """No number word among the names ("Three Sinners, 1950" is a film), and no function
    word opening them ("As Jones (1996) shows": the name is "Jones")."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", src)]
    return bool(words) and words[0] not in _OPENERS and _NUMBER_WORDS.isdisjoint(words)


_OPENERS = frozenset(
    ("as", "in", "for", "but", "and", "the", "this", "these", "while", "like", "since", "unlike")
)  # fmt: skip
