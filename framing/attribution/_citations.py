"""Parenthetical academic citations: "... (Harwell and Ostby, 2011)." makes the sentence a
claim of the cited work (LABELS.md: the content is attributed to a source; the brief's
settlement "(Marcus 1998)"). The source is the first citation's author(s) ("Harwell and
Ostby"; the entity's name, without the year), the cue the opening parenthesis (as the colon is
a speaker tag's cue).

A name and a year in brackets is often no citation ("(Beijing, 2008)", "(Labour, 1997)",
"(Jaws, 1975)", "(January 1953)"), so a citation is read only where it looks like one: with
"et al.", "&", two authors, page numbers, several citations or a lead ("see", "e.g."), or in a
text that holds two citations or more (an academic text). Found only where nothing else in the
sentence attributes it (`_document._cited`), outside quotation marks, not in a line that ends
with a colon ("we follow a four-step approach (Williams, 2010):"), a record's field line ("1500
m: 3:38.10 (Nairobi, 2008)"), a question, a contrast ("Unlike earlier work (Smith, 2001), we
find ...") or after a tool ("using SPSS (IBM, 2017)"); an author is at most two capitalised
words (particles such as "van der" aside; "Bank of England" with its "of"), no number word and
no month, season or weekday.
"""

from __future__ import annotations

import re
from functools import lru_cache

from framing import lexicons as lx
from framing.attribution._vocab import _MONTHS, _WEEKDAYS

_PARTICLES = "|".join(sorted((re.escape(w) for w in lx.words("citation_particles")), key=len))
_LEADS = "|".join(
    sorted((re.escape(w) for w in lx.entries("citation_leads")), key=len, reverse=True)
)
_CAP = r"(?:(?:[A-Z]\.){2,3}(?!\w)|[A-Z\u00c0-\u00de][\w'’\u00c0-\u024f-]*)"  # "U.S.", "Smith"
# a surname: one or two capitalised words, particles between or before ("van der Berg",
# "Domínguez Caparrós", "Ten Brink"), or a body's name with "of"/"for" ("Bank of England",
# "Office for National Statistics")
_SURNAME = (
    rf"(?:(?:{_PARTICLES})\s+)*{_CAP}(?:\s+(?:(?:{_PARTICLES})\s+)*{_CAP}){{0,3}}"
    rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})?)?"
)
_AUTHORS = (
    rf"{_SURNAME}(?:(?:,\s*{_SURNAME})*,?\s+(?:and|&)\s+{_SURNAME})?"
    r"(?:,?\s+et\s+al\.?|\s+and\s+colleagues)?"
)
_YEAR = r"(?:(?:1[6-9]\d\d|20[0-3]\d)[a-z]?|n\.\s?d\.|in\s+press|forthcoming)"
_PAGES = r"(?:(?:,\s*pp?\.\s*|:\s*)\d+(?:\s*[-–]\s*\d+)?)?"
# a body's acronym after its name: "(World Health Organization [WHO], 2010)"
_ONE = rf"(?P<src>{_AUTHORS})(?:\s+\[[A-Z]{{2,6}}\])?,?\s+{_YEAR}(?P<pages>{_PAGES})"
_MORE = rf"(?P<more>(?:;\s*(?:(?:{_LEADS})\s+)*{_AUTHORS},?\s+{_YEAR}(?:,\s*{_YEAR})*{_PAGES})*)"
_PAREN_RE = re.compile(
    rf"(?P<open>[(\[])(?P<lead>(?:(?:{_LEADS})\s+)*){_ONE}(?:,\s*{_YEAR})*{_MORE}[)\]]"
)
# "Hollins and Draper (2016) recorded ...": the cited work opens the sentence, before a verb
# of research (not "Dunkirk (2017) grossed $527 million", "Labour (1997) won")
_SUBJECT_RE = re.compile(
    rf"(?P<src>{_AUTHORS})\s+\((?P<year>{_YEAR})(?:,\s*{_YEAR})*\)\s+(?P<verb>[a-z]+)"
)
_RESEARCH_VERBS = lx.words("citation_verbs")
_NOT_NAMES = (
    _MONTHS
    | _WEEKDAYS
    | frozenset(("spring", "summer", "autumn", "fall", "winter", "q1", "q2", "q3", "q4"))
    # picture and archive credits: "(Getty Images, n.d.)"
    | frozenset(("images", "image", "photo", "photos", "pictures", "maps", "archive", "archives"))
    | frozenset(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve")
    )
)
# a sentence that opens with a contrast: the writer sets the cited work against its own
_CONTRASTS = ("unlike ", "contrary to ", "in contrast to ", "as opposed to ")
# the words before the bracket that make the citation a tool's ("using SPSS (IBM, 2017)")
_TOOLS = frozenset(
    ("using", "package", "software", "version", "program", "programme", "toolbox", "library")
)


def _citation(text: str, s0: int, s1: int) -> tuple[int, int, int] | None:
    """(source start, source end, cue position) of the first parenthetical citation of the
    sentence text[s0:s1], or None."""
    sentence = text[s0:s1].rstrip()
    if sentence.endswith((":", "?")) or sentence.lower().startswith(_CONTRASTS):
        return None  # a method that opens a list, a question, a contrast with the cited work
    m = _SUBJECT_RE.match(text, s0, s1)
    if m is not None and m.group("verb") in _RESEARCH_VERBS and _names(m.group("src")):
        return m.start("src"), m.end("src"), m.end("src") + text[m.end("src") : s1].index("(")
    for m in _PAREN_RE.finditer(text, s0, s1):
        if not _cites(m) or _field_line(text, s0, m.start()):
            continue
        before = text[max(s0, m.start() - 40) : m.start()].lower().split()[-3:]
        if not _TOOLS.isdisjoint(before):
            continue
        if _strong(m) or _academic(text):
            return m.start("src"), m.end("src"), m.start()
    return None


def _strong(m: re.Match[str]) -> bool:
    """The citation looks like one on its own: "et al.", "&" or two authors, page numbers,
    several citations, or a lead ("see", "e.g.")."""
    src = m.group("src")
    return bool(
        m.group("lead")
        or m.group("pages")
        or m.group("more")
        or "&" in src
        or " and " in src
        or "et al" in src
    )


@lru_cache(maxsize=8)
def _academic(text: str) -> bool:
    """The text holds two parenthetical citations or more (an academic text)."""
    n = 0
    for m in _PAREN_RE.finditer(text):
        if _cites(m):
            n += 1
            if n > 1:
                return True
    return False


def _field_line(text: str, s0: int, paren: int) -> bool:
    """A record's field line: a colon and a space before the bracket with no word of three
    letters between ("1500 m: 3:38.10 (Nairobi, 2008)")."""
    colon = text.rfind(": ", s0, paren)
    return colon >= 0 and _WORD3_RE.search(text, colon, paren) is None


def _cites(m: re.Match[str]) -> bool:
    """The bracket match closes as it opens ("(...)" or "[...]") and holds authors' names."""
    if m.group()[-1] != _CLOSING[m.group("open")] or not _names(m.group("src")):
        return False
    for cited in m.group("more").split(";")[1:]:  # "...; Eton College, 1990": each checked
        names = _LEADS_RE.sub("", _YEAR_ON_RE.split(cited.strip(), maxsplit=1)[0])
        if not _names(names):
            return False
    return True


_CLOSING = {"(": ")", "[": "]"}
_YEAR_ON_RE = re.compile(rf",?\s+{_YEAR}")
_LEADS_RE = re.compile(rf"^(?:(?:{_LEADS})\s+)*")


def _names(src: str) -> bool:
    """No number word, month, season or weekday among the names ("Three Sinners, 1950" is a
    film, "(January 1953)" a date), and no function word opening them ("As Jones (1996) shows":
    the name is "Jones")."""
    words = [w.lower() for w in _NAME_WORD_RE.findall(src)]
    if not words or words[0] in _OPENERS or not _NOT_NAMES.isdisjoint(words):
        return False
    return all(_one_name(a) for a in _AUTHOR_SPLIT_RE.split(src))


def _one_name(author: str) -> bool:
    """An author of three capitalised words or more is a body whose name ends in a word of
    `citation_bodies` ("World Health Organization"); one or two words are any name."""
    head = _OF_RE.split(author, maxsplit=1)[0]
    caps = _CAP_WORD_RE.findall(head)
    return len(caps) <= 2 or caps[-1].lower() in _BODIES


_AUTHOR_SPLIT_RE = re.compile(r",|&|\band\b|\bet\s+al\b")
_OF_RE = re.compile(r"\s(?:of|for|on)\s")
_CAP_WORD_RE = re.compile(_CAP)
_BODIES = lx.words("citation_bodies")


_WORD3_RE = re.compile(r"[^\W\d_]{3}")
_NAME_WORD_RE = re.compile(r"[^\W\d_]+|\w+")
_OPENERS = frozenset(
    ("as", "in", "for", "but", "and", "the", "this", "these", "while", "like", "since", "unlike")
)  # fmt: skip
