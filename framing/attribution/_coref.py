"""Coreference: the named source a pronoun source ("he", "they", "I" in a quote) refers to."""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from framing import lexicons as lx
from framing.attribution._quotes import (
    QuoteIndex,
)
from framing.attribution._tokens import (
    _CAP_WORD_RE,
    _WORD_RE,
)
from framing.attribution._vocab import (
    _AGENT_EXCEPTIONS,
    _AGENT_SUFFIXES,
    _FEMALE_WORDS,
    _GENDERED_TITLES,
    _MALE_WORDS,
    _NAME_STOP,
    _NAME_TITLES,
    _NON_NAMES,
    _NOT_GROUPS,
    _NP_PREPS_OR_STOP,
    _ORG_WORDS,
    DOCUMENT_NOUNS,
    PRONOUN_SOURCES,
    VAGUE_SOURCES,
)

if TYPE_CHECKING:
    from framing.attribution._document import _Found


@lru_cache(maxsize=4096)
def _gender(s: str) -> str:
    """'m' or 'f' when one of the first words of ``s`` tells (a title, a first name)."""
    words = _WORD_RE.findall(s.lower())
    for w in words[:3]:
        if w in _MALE_WORDS:
            return "m"
        if w in _FEMALE_WORDS:
            return "f"
    return ""


def _alternatives(words: Sequence[str]) -> str:
    """A regex alternation of capitalised words: "Mr|Mrs|Ms"."""
    return "|".join(re.escape(w.capitalize()) for w in words)


def _starts(*lists: Sequence[str]) -> str:
    """A look-ahead for the characters a match of `_NAME_RE` can start with: a capital A-Z or
    the first character of a capitalised title of ``lists`` ("(?=[A-Z])" when every title
    starts with one of A-Z; none when a title is empty)."""
    firsts = {w.capitalize()[:1] for words in lists for w in words}
    if "" in firsts:
        return ""
    extra = sorted(firsts - set(string.ascii_uppercase))
    return "(?=[A-Z" + "".join(map(re.escape, extra)) + "])"


# The look-ahead lets the scan pass over every position that cannot start a name at once
# (2.4x faster over whole sentences) instead of trying each title there; the matches are the
# same, since each starts with a title or with [A-Z].
_NAME_RE = re.compile(
    _starts(_NAME_TITLES, lx.entries("titles_before_names"))
    + rf"(?:(?:{_alternatives(_NAME_TITLES)})\.\s+"
    rf"|(?:{_alternatives(lx.entries('titles_before_names'))})\s+)?"
    r"[A-Z][a-z][\w'’-]*(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w'’-]*){0,3}"
)
"""A name, with a title before it ("Sen. Ada Cole", "President Novak")."""


@lru_cache(maxsize=4096)
def _kind_of(s: str) -> str:
    """'person', 'org' or 'plural' for a named candidate (judged before any apposition)."""
    words = _WORD_RE.findall(s.split(",")[0].split("(")[0].lower())
    if not words:
        return "org"
    if words[0] in ("the", "a", "an") or any(w in _ORG_WORDS for w in words):
        return "org"
    if words[-1].endswith("s") and words[-1] in VAGUE_SOURCES:
        return "plural"
    return "person"


def _is_named(text: str, span: tuple[int, int]) -> bool:
    """Whether the source phrase at ``span`` names someone (see `_is_name`)."""
    return _is_name(text[span[0] : span[1]])


@lru_cache(maxsize=4096)
def _is_name(s: str) -> bool:
    """Whether a source phrase names someone (has a capitalised word that is not a stop word)."""
    if s.lower() in PRONOUN_SOURCES:
        return False
    for m in _CAP_WORD_RE.finditer(s):
        if m.start() > 0 or s.split()[0].lower() not in _NON_NAMES:
            return True
    return False


def _compatible(pron: str, cand: str, gender: str) -> bool:
    """Whether pronoun ``pron`` can refer to the name ``cand`` (of known ``gender``, or "")."""
    kind = _kind_of(cand)
    if pron in ("he", "she", "i"):
        if kind != "person":
            return False
        g = _gender(cand) or gender
        if pron == "he":
            return g != "f"
        if pron == "she":
            return g != "m"
        return True
    if pron == "it":
        return kind == "org"
    if pron in ("they", "we"):
        return kind in ("org", "plural") or " and " in cand
    return True


_TITLED_RE = re.compile(
    rf"({_alternatives(list(_GENDERED_TITLES))})\.?\s+(?:[A-Z][a-z]+\s+)?([A-Z][\w'’-]+)"
)


# (each pattern opens with a capital, so the regex engine skips to the next capital quickly;
# the look-behind then checks what "\b" or the context before it would have)
_FIRST_LAST_RE = re.compile(r"([A-Z](?<=\b[A-Z])[a-z]+)\s+(?:[A-Z]\.\s+)?([A-Z][a-z][\w'’-]*)")


def _doc_genders(text: str) -> dict[str, str]:
    """Surname -> 'm'/'f' from titles ('Mrs. Clinton') and first names ('Hillary Clinton')."""
    out: dict[str, str] = {}
    for m in _TITLED_RE.finditer(text):
        out.setdefault(m.group(2).lower(), _GENDERED_TITLES[m.group(1).lower()])
    for m in _FIRST_LAST_RE.finditer(text):
        first = m.group(1).lower()
        g = "m" if first in _MALE_WORDS else "f" if first in _FEMALE_WORDS else ""
        if g:
            out.setdefault(m.group(2).lower(), g)
    return out


@lru_cache(maxsize=4096)
def _surname(s: str) -> str:
    """The last word of a name before any apposition: the key of the gender table."""
    words = _WORD_RE.findall(s.split(",")[0].lower())
    return words[-1] if words else ""


def _resolve(
    text: str, per: list[list[_Found]], sentences: Sequence[tuple[int, int]], quotes: QuoteIndex
) -> None:
    """Set ``res`` of every pronoun source to the name it refers to, when one is found:
    third persons first, then "I" and "we" inside quotations (the quotation's speaker)."""
    doc: _CorefDoc | None = None  # built when first needed
    # third persons first; then "I"/"we" inside quotations, who are the quotation's speaker
    for first_person in (False, True):
        for k, found in enumerate(per):
            for f in found:
                if f.inherited or f.src is None or f.res is not None:
                    continue
                pron = text[f.src[0] : f.src[1]].lower()
                if pron not in PRONOUN_SOURCES or pron in ("who", "which", "you"):
                    continue
                if (pron in ("i", "we")) != first_person or (first_person and not f.in_quote):
                    continue
                if doc is None:
                    doc = _CorefDoc(text, per, sentences, quotes, _doc_genders(text))
                best = _antecedent(doc, k, f, pron)
                if best is not None:
                    f.res = best
                    if pron in ("he", "she"):
                        gender = "m" if pron == "he" else "f"
                        doc.known.setdefault(_surname(text[best[0] : best[1]]), gender)
    for found in per:
        for f in found:
            if f.origin is not None:
                f.res = f.origin.res


@dataclass
class _CorefDoc:
    """What pronoun resolution reads of one document: its text, the attributions found per
    sentence, the sentence spans, the quotation index, surname -> gender, and the names of
    whole sentences (filled as they are first needed, by sentence index)."""

    text: str
    per: list[list[_Found]]
    sentences: Sequence[tuple[int, int]]
    quotes: QuoteIndex
    known: dict[str, str]
    names: dict[int, list[tuple[int, int]]] = field(default_factory=dict)


def _antecedent(doc: _CorefDoc, k: int, f: _Found, pron: str) -> tuple[int, int] | None:
    """The name pronoun source ``f`` of sentence k refers to: the nearest compatible named
    source or subject name before it, up to five sentences back; "I"/"we": the speaker."""
    text, per, sentences = doc.text, doc.per, doc.sentences
    if pron in ("i", "we"):
        # inside a quotation "I" is the speaker of the quotation
        for g in per[k]:
            if g is not f and not g.in_quote and g.src is not None:
                res = g.origin.res if g.origin is not None else g.res
                return res or (g.src if _is_named(text, g.src) else None)
        return None
    pos = f.src[0] if f.src is not None else sentences[k][0]
    lo = max(0, k - 5)
    best = _nearest_named(doc, k, f, pron, pos, lo)
    if best is not None and pron == "they" and _documentish(text, best):
        # "A Harbour Institute poll found ... Local fishermen were angry. They said": a group
        # of people between the document and "they" is who "they" are
        group = _group_between(text, sentences, k, best[1], pos)
        if group is not None:
            return (group[0], group[1]) if group[2] else None
    return best


def _nearest_named(
    doc: _CorefDoc, k: int, f: _Found, pron: str, pos: int, lo: int
) -> tuple[int, int] | None:
    """The nearest compatible named source or subject name before ``pos``, from sentence k
    back to sentence lo."""
    text, per, sentences, quotes = doc.text, doc.per, doc.sentences, doc.quotes
    known, names = doc.known, doc.names
    best: tuple[int, int] | None = None
    best_pos = -1
    rest = text[pos : sentences[k][1]]  # what the pronoun's sentence says after it
    for j in range(k, lo - 1, -1):
        best_src = None
        for g in per[j]:
            if g is f or g.src is None or g.inherited or (g.in_quote and not f.in_quote):
                continue
            cand = g.res if g.src is not None and not _is_named(text, g.src) else g.src
            if cand is None or cand[0] >= pos or not _is_named(text, cand):
                continue
            s = text[cand[0] : cand[1]]
            if not _compatible(pron, s, known.get(_surname(s), "")):
                # "the spokesperson of the Police Command, SP Olumide Adeyeye": the name
                # apposed at the end of the phrase
                m = _APPOSED_NAME_RE.search(s)
                if m is None:
                    continue
                cand = (cand[0] + m.start(1), cand[1])
                s = m.group(1)
                if not _compatible(pron, s, known.get(_surname(s), "")):
                    continue
            if cand[0] > best_pos:
                best, best_pos = cand, cand[0]
                best_src = cand
        if best_src is not None and j < k:
            return best  # an earlier sentence's speaker keeps speaking ("Wilkins said, ...
            # [Warhol] liked ... . She explained"), not a name after the speaker
        # the subject name of the sentence (first capitalised name in it)
        s0, s1 = sentences[j]
        if text.startswith(("By ", "BY "), s0) and s1 - s0 < 80:
            continue  # a byline ("By Staff Writer"): its names are the writers'
        if j < k:
            if j not in names:
                names[j] = _names(text, s0, s1, quotes)
            cands = names[j]
            if cands and pron in _SAME_PERSON:
                # "She joined the Sea Org aged 14.": the pronoun's person is already the
                # sentence's subject, and the names after it are others
                m = _SAME_PERSON[pron].search(text, s0, cands[0][0])
                if (m is not None and not quotes.inside(m.start())) or text.startswith(
                    _SAME_POSSESSIVE[pron], s0
                ):
                    cands = []  # (also "His earliest work was the Exercitationes ...")
                else:  # "Following the advice of his mentor Vilhelm Thomsen, he returned"
                    cands = [c for c in cands if not _possessed(text, s0, c, pron)]
        else:
            cands = _names(text, s0, min(s1, pos), quotes)
        clauses = [
            (m.start(), g.src[1])
            for g in per[j]
            if g.src is not None and not g.inherited and g is not f
            for m in _RELATIVE_IN_SOURCE.finditer(text, g.src[0], g.src[1])
        ]
        ok: list[tuple[int, int]] = []
        for cand in cands:
            if any(a < cand[0] and cand[1] <= b for a, b in clauses) and _PLACE_BEFORE.search(
                text, max(0, cand[0] - 9), cand[0]
            ):
                continue  # "Ailsa Ferguson, who farms near Durham Ford, says": not the place
            name = text[cand[0] : cand[1]]
            if _compatible(pron, name, known.get(_surname(name), "")):
                ok.append(cand)
        if ok:
            pick = ok[-1] if j == k else _earlier_subject(text, ok, pron, known, rest)
            if pick[0] > best_pos:
                best, best_pos = pick, pick[0]
        if best is not None:
            return best
    return best


def _earlier_subject(
    text: str, ok: list[tuple[int, int]], pron: str, known: dict[str, str], rest: str
) -> tuple[int, int]:
    """The name of an earlier sentence a pronoun refers to, among its compatible names ``ok``:
    for he/she the first that is a person's by its first name, title or a known surname
    ("Daniel Bernoulli was described by W. W. Rouse Ball", "Harry Kane won the Budweiser Man
    of the Match", "Manchester United beat Chelsea as Marcus Rashford scored") and that the
    pronoun's own sentence does not name (``rest``: "Jason Hill was sentenced by Judge Mark
    Evans. He said Hill ...": not Hill); else the last one."""
    if pron in ("he", "she"):
        people = []
        for c in ok:
            name = text[c[0] : c[1]]
            last = _surname(name)
            if (_gender(name.split()[0]) or known.get(last, "")) and not _mentions(rest, last):
                people.append(c)
        if people:
            return people[0]
    return ok[-1]


def _mentions(rest: str, surname: str) -> bool:
    """Whether ``rest`` names the surname as a word (capitalised)."""
    if not surname:
        return False
    word = surname[:1].upper() + surname[1:]
    i = rest.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not rest[i - 1].isalnum()) and (j == len(rest) or not rest[j].isalnum()):
            return True
        i = rest.find(word, i + 1)
    return False


def _possessed(text: str, s0: int, cand: tuple[int, int], pron: str) -> bool:
    """The name is the person of a possessive after a preposition ("of his mentor Vilhelm
    Thomsen", "with her coach Ana Ruiz"): someone else than the possessor."""
    m = _POSSESSED_RE.search(text, max(s0, cand[0] - 40), cand[0])
    return m is not None and m.group(1).lower() == ("his" if pron == "he" else "her")


_POSSESSED_RE = re.compile(
    r"\b(?:of|with|to|for|by|from|under|beside|alongside)\s+(his|her|His|Her)\s+"
    r"(?:[a-z]+\s+){1,2}$"
)
# capitalised words that open a sentence before its subject's name: "But Haig said", "When
# Prime Minister Theresa May ...", "For Kevin Ames, a teacher, ..." (not "The", "In", "On":
# "The Pope", "On Capitol Hill" name no one that speaks)
_FRONTED = frozenset(
    "for but and or so yet when while as if although though because then whereas whether".split()
)
_WHO_AFTER = re.compile(r",\s+(?:who\b|\d{1,3},|an?\s|the\s)")
# a name apposed at the end of a source phrase, after a comma
_APPOSED_NAME_RE = re.compile(
    r"(?:,|(?<![\w'’-])(?!(?:for|and|the|from|with|into|over|about|after|than|that|at|of"
    r"|to|by|on|in|near|outside|said|says|told)\b)[a-z][a-z-]{2,})"
    r"\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)$"
)  # (or after a lower-case job word: "Federal Aviation Administration spokesman Gil Varnum")
# he or she before an earlier sentence's first name (or His/Her opening it): the pronoun's
# person is already there
_SAME_PERSON = {"he": re.compile(r"\b[Hh]e\b"), "she": re.compile(r"\b[Ss]he\b")}
_SAME_POSSESSIVE = {"he": "His ", "she": "Her "}
_NEXT_WORD_RE = re.compile(r"[\s’'s]*([A-Za-z]+)")
_RELATIVE_IN_SOURCE = re.compile(r",\s+(?:who|whose|which|where)\b")
_PLACE_BEFORE = re.compile(r"\b(?:near|in|at|from|outside|around|to)\s+$")
_AT_PLACE = re.compile(r"\b(?:at|near|outside)\s+$")
_FACILITIES = lx.words("facility_words")
# a sentence that opens with a plural noun phrase: "Local fishermen were ...", "The tenants
# of the old town said ..." (up to three words before the plural head)
_GROUP_START_RE = re.compile(
    r"\s*((?:[A-Za-z][a-z]*\s+){0,3}?([A-Za-z][a-z]+(?:s|men|people)))\b(?!['’])"
)


def _documentish(text: str, span: tuple[int, int]) -> bool:
    """The name is a document's or heads one: "The Coastal Survey", "Harbour Institute" in
    "A Harbour Institute poll"."""
    words = _WORD_RE.findall(text[span[0] : span[1]].lower())
    if words and words[-1] in DOCUMENT_NOUNS:
        return True
    m = _NEXT_WORD_RE.match(text, span[1])
    return m is not None and m.group(1).lower() in DOCUMENT_NOUNS


def _group_between(
    text: str, sentences: Sequence[tuple[int, int]], k: int, after: int, before: int
) -> tuple[int, int, bool] | None:
    """The nearest sentence-opening plural noun phrase between ``after`` and ``before``
    (sentences before k): (start, end, whether its head names people)."""
    for j in range(k - 1, -1, -1):
        s0, s1 = sentences[j]
        if s1 <= after:
            return None
        if s0 < after:
            continue
        m = _GROUP_START_RE.match(text, s0, min(s1, before))
        if m is None:
            continue
        head = m.group(2).lower()
        first = m.group(1).split()[0].lower()
        if head in DOCUMENT_NOUNS or head in _NOT_GROUPS or first in PRONOUN_SOURCES:
            continue
        people = (
            head in VAGUE_SOURCES
            or head.endswith(("men", "people"))
            or (head[:-1].endswith(_AGENT_SUFFIXES) and head[:-1] not in _AGENT_EXCEPTIONS)
            or head.endswith(("ants", "ents"))
        )
        return (m.start(1), m.end(1), people)
    return None


def _named_elsewhere(text: str, word: str) -> bool:
    """Whether a capitalised word also stands capitalised inside a sentence of the text."""
    if len(text) <= _INDEX_ABOVE:
        # the search ``[a-z,] <word>\b`` without compiling a regex per word: each occurrence
        # of " <word>" with a lower-case letter or a comma before it and a word boundary after
        needle = " " + word
        end = len(needle)
        pos = text.find(needle, 1)
        while pos >= 0:
            if text[pos - 1] in _LOWER_OR_COMMA and _BOUNDARY_RE.match(text, pos + end):
                return True
            pos = text.find(needle, pos + 1)
        return False
    # A long text is indexed once, so that each question costs a lookup instead of a scan of
    # the whole text (which made very long documents quadratic). Same answer as the search:
    # an occurrence of ``word`` there starts with its first word-character run.
    key = _RUN_RE.match(word)
    for pos in _mid_sentence_capitals(text).get(key.group() if key else word, ()):
        if text.startswith(word, pos) and _BOUNDARY_RE.match(text, pos + len(word)):
            return True
    return False


_INDEX_ABOVE = 20_000
"""Texts longer than this get an index of their mid-sentence capitalised words."""


_MID_CAPITAL_RE = re.compile(r"[A-Z](?<=[a-z,] [A-Z])\w*")


_RUN_RE = re.compile(r"\w+")


_BOUNDARY_RE = re.compile(r"\b")


_LOWER_OR_COMMA = frozenset("abcdefghijklmnopqrstuvwxyz,")


@lru_cache(maxsize=1)
def _mid_sentence_capitals(text: str) -> dict[str, list[int]]:
    """Capitalised word-character runs after "[a-z,] " in ``text`` -> their positions."""
    out: dict[str, list[int]] = {}
    for m in _MID_CAPITAL_RE.finditer(text):
        out.setdefault(m.group(), []).append(m.start())
    return out


def _names(text: str, s0: int, end: int, quotes: QuoteIndex) -> list[tuple[int, int]]:
    """Plausible person or organisation names in [s0, end), outside quotations."""
    out: list[tuple[int, int]] = []
    if end <= s0:
        return out
    for m in _NAME_RE.finditer(text, s0, end):
        if m.start() - s0 >= 60:
            break  # names in subject position only
        words = m.group().split()
        first = words[0].lower().rstrip(".")
        a, b = m.start(), m.end()
        if first in _FRONTED and len(words) > 1 and words[1] != "&":
            # "For Kevin Ames, a teacher, ...", "But Haig said": the name after a capitalised
            # conjunction or "For"
            m = _NAME_RE.match(text, text.index(words[1], a + len(words[0])), end) or m
            a, b = m.start(), m.end()  # the name read again from its first word (up to 4)
            words = m.group().split()
            first = words[0].lower().rstrip(".")
        if first in _NON_NAMES or first in _NAME_STOP or first.endswith(("ly", "ing")):
            continue
        if "'" in words[0] or "’" in words[0][:-2]:
            continue
        if quotes.inside(a):
            continue
        if text.endswith(("’s", "'s"), a, b):
            b -= 2
        if a > s0 and text[a - 1] in "-/":
            continue  # part of a compound: "(BN-Seremban)"
        if (
            len(words) > 1
            and _AT_PLACE.search(text, max(s0, a - 8), a)
            and (not _gender(m.group()) or words[-1].lower() in _FACILITIES)
        ):
            continue  # "a rally at Kitale Showground", "at John Radcliffe Hospital": a place
            # (not "aimed at Mary Kane")
        if len(words) == 1:
            before = text[max(s0, a - 6) : a].split()
            if before and before[-1].lower() in _NP_PREPS_OR_STOP:
                continue
            if before and len(before[-1]) > 1 and before[-1].isupper() and text[a - 1] == " ":
                continue  # the end of a longer name: "DDB Needham"
            if a == s0 and (
                (text.startswith(",", b) and not _WHO_AFTER.match(text, b))
                or not _named_elsewhere(text, text[a:b])
            ):
                continue  # "Rather, ...", "Dock workers ..." (not "DiCaprio, who ...")
        out.append((a, b))
    return out
