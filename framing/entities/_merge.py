"""Mentions merged into entities, in document order: `document_entities` (the second step of
`framing.entities`; how mentions merge is told in the package's docstring)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from framing import lexicons as lx
from framing.entities._mention import _is_cap, _strip_det, parse_mention
from framing.entities._names import _named_of, _named_org
from framing.entities._record import Mention, _norm_role
from framing.entities._text import (
    _ACRONYM_RE,
    _ADDRESSED,
    _BARE_ORG,
    _BODY_HEADS,
    _CORP_HINT,
    _DOC_NOUNS,
    _FIRST_NAMES,
    _FUNCTION_OR_NOT_PERSON,
    _FUNCTION_WORDS,
    _HEAD_OF_RE,
    _HONORIFICS,
    _NOT_A_PERSON,
    _NOT_NAME_START,
    _ORG_NAMES,
    _ORG_WORDS,
    _ROLE_ACRONYMS,
    _THING_TAILS,
    _TITLES,
    _apposed_name,
    _corporate_names,
    _dateline,
    _forward,
    _fullest,
    _is_name_word,
    _same_name,
    _suffixed,
    _title_before,
    _whole_word_starts,
    _word_char,
)
from framing.entities._titles import (
    _anonymous_role,
    _apposed_role,
    _apposition_title,
    _doctor,
    _fuller_title,
    _head_of,
    _kin_role,
    _lone_office,
    _named_later,
    _rank_only,
    _role_phrase,
)
from framing.entities._written import (
    _name_before,
    _only_after_place_words,
    _other_sex,
    _same_sex_names,
    _shortened_first,
    _shortening,
    as_written,
    lone_name,
    plain_title,
)
from framing.types import Attribution, Entity

# head nouns of public bodies: a bare "the ministry" is only a body the text calls a ministry
_NOT_COMPANY = lx.words("entity_non_company_heads")  # "the union" is never "the company"


@dataclass
class _Cluster:
    name: str
    title: str | None
    type: str
    gender: str = ""
    roles: set[str] = field(default_factory=set)
    last: int = -1
    named_gender: str = ""  # from the name mentions alone ("Mrs. Stiles"), not from a "she"

    def name_tokens(self) -> list[str]:
        return [w.lower().strip(".") for w in self.name.split()]

    def entity(self) -> Entity:
        return Entity(self.name, self.title, self.type)


class _Doc:
    """The entities of one document as its mentions arrive."""

    def __init__(self, text: str = "") -> None:
        self.clusters: list[_Cluster] = []
        self.text = text

    def add(self, text: str, k: int, resolved: str | None = None) -> _Cluster:
        m = parse_mention(resolved if resolved else text)
        if (
            m.type == "person"
            and not m.gender
            and m.name.lower() in _ORG_NAMES
            and not m.name.isupper()  # not a dateline "SINGAPORE"
            and _fullest(m.name, self.text) == m.name
        ):
            m = replace(m, type="organisation")  # "Moscow said", "Gallup found"
        if m.name.isupper() and m.name.isalpha() and len(m.name) > 2:
            low = m.name.lower()
            if any(c.type == "person" and c.name_tokens()[-1:] == [low] for c in self.clusters):
                # "GRAY:" after "SIOBHAN GRAY, ANCHOR:": the transcript's speaker again
                m = Mention(m.name.capitalize(), None, "person")
        c = self._find(m, k)
        if c is None:
            c = self._new(m)
        else:
            self._update(c, m)
        c.last = k
        if resolved:  # the pronoun tells the gender
            p = parse_mention(text)
            c.gender = c.gender or p.gender
        return c

    def add_cited(self, text: str, k: int) -> _Cluster:
        """The authors of a parenthetical citation ("Harwell and Ostby", "Okafor et al."): one
        entity named as cited, not the last of the names (`parse_mention` reads "X and Y" as
        two people and keeps Y)."""
        c = next((c for c in self.clusters if c.name == text), None)
        if c is None:
            c = _Cluster(text, None, "person")
            self.clusters.append(c)
        c.last = k
        return c

    def unresolved(self, pronoun: str, k: int) -> bool:
        """No entity of the document can take this pronoun (`_find`)."""
        return self._find(parse_mention(pronoun), k) is None

    def _new(self, m: Mention) -> _Cluster:
        if m.type == "pronoun":
            t = "anonymous" if m.role in ("they", "we", "it", "which") else "person"
            c = _Cluster(m.name, None, t, m.gender)
        elif m.type == "role":
            t = "organisation" if m.role in _ORG_WORDS else "anonymous"
            c = _Cluster(m.name, m.title, t, m.gender, {m.role})
            if t == "anonymous" and m.role in _TITLES:
                c.title = m.name
        else:
            c = _Cluster(m.name, m.title, m.type, m.gender)
            c.named_gender = m.gender if m.type == "person" else ""
            if m.role:
                c.roles.add(m.role)
        if c.title:
            c.roles.update(_norm_role(w) for w in c.title.split())
        self.clusters.append(c)
        return c

    def _update(self, c: _Cluster, m: Mention) -> None:
        if (
            m.type in ("person", "organisation")
            and c.type == m.type
            and len(m.name.split()) > len(c.name.split())
        ):
            c.name = m.name
        if m.title and (not c.title or _fuller_title(m.title, c.title)):
            c.title = m.title  # "Minister" of a headline gives way to "Health Minister"
            c.roles.update(_norm_role(w) for w in m.title.split())
        c.gender = c.gender or m.gender
        if m.type == "person":
            c.named_gender = c.named_gender or m.gender

    def _find(self, m: Mention, k: int) -> _Cluster | None:
        recent = sorted(self.clusters, key=lambda c: -c.last)
        if m.type == "person":
            toks = [w.lower().strip(".") for w in m.name.split()]
            for c in recent:
                if (
                    c.type == "person"
                    and _same_name(toks, c.name_tokens())
                    and not (m.gender and c.named_gender and m.gender != c.named_gender)
                ):  # not "Mrs. Stiles" and "her son, Daniel Stiles"
                    return c
            if len(toks) == 1 and 2 < len(toks[0]) < 6 and not (m.gender or m.title):
                # "Jess said" after "Jessica Callaghan": the one person whose first name the
                # word shortens
                short = [
                    c
                    for c in recent
                    if c.type == "person"
                    and len(c.name_tokens()) > 1
                    and c.name_tokens()[0].startswith(toks[0])
                    and len(c.name_tokens()[0]) - len(toks[0]) > 1
                    and _same_sex_names(toks[0], c.name_tokens()[0])
                ]
                if len(short) == 1 and _shortening(m.name, self.text):
                    return short[0]
            for c in recent:  # "The charity Oxfam said ... Oxfam said": the organisation
                if c.type == "organisation" and c.name == m.name and m.title is None:
                    return c
            return None
        if m.type in ("organisation", "document", "poll"):
            low = m.name.lower()
            if m.type == "document" and _strip_det(low) == "paper":
                for c in recent:  # "The Irish Times reported ... The paper said": the newspaper
                    if c.type == "organisation" and _media_fit("paper", c):
                        return c
            for c in recent:
                if c.type == m.type and (
                    c.name.lower() == low
                    or (low in c.name.lower() and low not in _ORG_NAMES and not _pair(c.name))
                    # "IFRC" after "The International Federation of ... (IFRC)"
                    or (m.type == "organisation" and m.name.isupper() and low in c.roles)
                ):  # "India" is not "the National Union of Seafarers of India"
                    return c
            return None
        if m.type == "pronoun":
            for c in recent:
                if k - c.last > 6:
                    break
                if m.role in ("he", "she", "i"):
                    if (
                        (c.type == "person" or (m.role != "i" and _one_unnamed(c)))
                        and c.gender != ("m" if m.role == "she" else "f")
                        and (m.role == "i" or c.name.lower() not in _ADDRESSED)
                    ):
                        return c
                elif m.role == "it":
                    if c.type in ("organisation", "document", "poll"):
                        return c
                elif m.role in ("they", "we") and c.type in ("organisation", "anonymous"):
                    return c
            return None
        if m.type == "role":
            for c in recent:
                if c.type == "person" and m.role in _ORG_WORDS:
                    continue  # "the team" is not "team member Ana Ruiz"
                if _pair(c.name):
                    continue  # "the Commission" is not "the Service and the Commission"
                if (m.role in c.roles or _role_in_name(m.role, c.name)) and _modifiers_fit(m, c):
                    return c
                if c.type == "person" and _head_of(m.role, c.title):
                    return c  # "The head of state" after "President Bola Tinubu"
            if m.role in _ORG_WORDS and len(_strip_det(m.name).split()) == 1:
                # "the union": the Union the text names, or the last organisation; a public
                # body's head ("the ministry") only one the text calls so; not a modified role
                # ("the meteorological department": its own words say which)
                named = _named_org(m.role, self.text)
                if named is None and m.role in _BODY_HEADS:
                    return None  # "the ministry" is no body the text does not call a ministry
                for c in recent:
                    if (
                        c.type == "organisation"
                        and (named is None or c.name == named)
                        and not (m.role in _BARE_ORG and _public_body(c.name))
                        and _kinds_fit(m.role, c)
                    ):
                        return c  # not "the company" for the Government Accountability Office
            return None
        if m.type == "anonymous":
            low = m.name.lower()
            words = low.split()
            for c in recent:
                if c.type == "anonymous" and _strip_det(c.name.lower()) == _strip_det(low):
                    return c  # "Fishermen", then "the fishermen"
                if (
                    c.type == "anonymous"
                    and len(words) == 2
                    and words[0] in ("the", "these", "those")
                    and words[1].endswith("s")
                    and _group_head(c.name) == words[1]
                ):
                    return c  # "The report's authors", "Farmers near the dam", then "the authors"
                if (  # "the nurse" after "a 55-year-old nurse at the clinic"; "the physician"
                    len(words) == 2  # after "Dr. Samuel Okonjo, a family physician"
                    and words[0] in ("the", "this", "that")
                    and (_one_unnamed(c) or c.type == "person")
                    and m.role in c.roles
                ):
                    return c
        return None


# bodies that govern, regulate or judge others, and the members they act on: "the club" is
# not "the European Handball Federation" that banned it, nor "the company" its regulator
_GOVERNING_KINDS = lx.words("entity_governing_kinds")
_MEMBER_KINDS = lx.words("entity_member_kinds")
_COMPANY_KINDS = frozenset(("company", "firm", "corporation", "business", "group", "conglomerate"))


# "the newspaper", "the radio": the words a name of that kind of outlet carries
_MEDIA_KINDS = {k: frozenset(v) for k, v in lx.table("entity_media_kinds").items()}
_MEDIA_ANYWHERE = lx.words("entity_media_anywhere")


_ANSWER_TAGS = frozenset(("A:", "A.", "A -", "A"))


def _interviewed(doc: _Doc, text: str, k: int) -> _Cluster | None:
    """The person a question-and-answer interview speaks with, for its "A:" lines: the last
    person a headline (a short first line with no full stop) names by first name and surname,
    "The Quiet Fire of Mireille Sandoval", "Hannah Okafor meets Peter Vance" (one of the
    document's sources, or else a name whose first word is a known first name or that the
    body writes again, added at sentence ``k``); None when there is no headline or it names
    nobody ("Your Questions Answered")."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if len(first.split()) > 14 or first.endswith((".", "?", "!")):
        return None
    found: tuple[int, _Cluster | None, str] | None = None
    for c in doc.clusters:
        at = first.rfind(c.name)
        if c.type == "person" and " " in c.name and at >= 0 and (found is None or at > found[0]):
            found = (at, c, c.name)
    for m in _HEADLINE_NAME_RE.finditer(first):
        name = m.group(0)
        given = name.split()[0].lower()
        if (
            given in _FIRST_NAMES or (text.count(name) > 1 and given not in _FUNCTION_OR_NOT_PERSON)
        ) and (found is None or m.start() > found[0]):
            found = (m.start(), None, name)  # a known first name, or the name written again
    if found is None:
        return None
    return found[1] if found[1] is not None else doc.add(found[2], k)


_HEADLINE_NAME_RE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+")


def _organisation_of(c: _Cluster, clusters: Sequence[_Cluster], text: str) -> _Cluster | None:
    """The document's organisation a lone capitalised word read as a person stands for: the
    first word of its name ("Halberd" of "Halberd Foods"), when no person of that name is
    spelled out and nothing marks a person (no gender, no title)."""
    if c.type != "person" or " " in c.name or c.named_gender or c.title or not c.name.isalpha():
        return None
    for o in clusters:
        words = o.name.split()
        if o.type == "organisation" and len(words) > 1 and words[0] == c.name:
            return o if _fullest(c.name, text) == c.name else None
    return None


def _media_fit(role: str, c: _Cluster) -> bool:
    """An outlet's kind ("the newspaper", "the radio") fits an organisation whose name ends in
    a word of that kind ("the Irish Times", "Sky News", "Israeli army radio") or carries one
    that stands anywhere ("Radio Free Europe", "BBC World Service"), or that the text gave that
    role; not "Boeing", "The Post Office" or "Network Rail" (`lexicons/entity_media_kinds.txt`)."""
    kind = _MEDIA_KINDS[role]
    words = [w.strip(".,'’").lower() for w in c.name.split()]
    if not c.roles.isdisjoint(kind) or (words and words[-1] in kind):
        return True
    return any(w in kind and w in _MEDIA_ANYWHERE for w in words)


def _kinds_fit(role: str, c: _Cluster) -> bool:
    """An organisation can be "the <role>" when it is of that kind ("the Football Federation",
    then "the federation"); otherwise not for a governing body ("the regulator" after "the
    company"), nor for a member after a governing body ("the club" after "the European
    Handball Federation"), nor between unnamed bodies of different kinds; two kinds of company
    fit ("the company", then "the firm"), and a named body of no stated kind fits ("Boeing")."""
    kinds = c.roles | set(c.name.lower().split()[-1:])
    if role in kinds:
        return True
    if role in _MEDIA_KINDS:
        return _media_fit(role, c)
    if role in _GOVERNING_KINDS:
        return False  # "the regulator" is no body the text has not called so
    if role in _MEMBER_KINDS and not _GOVERNING_KINDS.isdisjoint(kinds):
        return False
    if role in _COMPANY_KINDS and not _COMPANY_KINDS.isdisjoint(kinds):
        return True  # "the company", then "the firm"
    return not c.name[:1].islower() or not c.roles  # "the company", then "the regulator"


_PAIR_RE = re.compile(r"[A-Z][\w.'’-]*\s+(?:and|&)\s+the\s+[A-Z]")


def _pair(name: str) -> bool:
    """Two named bodies joined as one source: "the United States Postal Service and the
    Postal Rate Commission" (not "the Department of Health and Human Services", "the Food and
    Drug Administration": one body's name)."""
    return _PAIR_RE.search(name) is not None


_HEAD_STOPS = re.compile(r"\s(?:in|of|at|from|for|with|near|across|on|who|which|that)\s")


def _group_head(name: str) -> str:
    """The head noun of a group's name: its last word before a preposition or a relative
    ("farmers" of "Farmers near the dam", "authors" of "The report's authors")."""
    words = _HEAD_STOPS.split(f" {name.lower()} ", maxsplit=1)[0].split()
    return words[-1] if words else ""


def _headline_roles(
    per: Sequence[_Cluster | None], clusters: Sequence[_Cluster], same: dict[int, _Cluster]
) -> None:
    """The first sentence's unnamed source with a capitalised mark ("..., says GNS
    seismologist") is the one person the article names with that role and mark ("Dr Rachel
    Tamatea, a seismologist at GNS Science"): merged into that person."""
    c = per[0] if per else None
    if c is None or c.type != "anonymous" or id(c) in same:
        return
    roles = {r for r in c.roles if r.isalpha() and not r.endswith("s")}
    marks = [w for w in c.name.split()[:-1] if w[:1].isupper()]  # "GNS" of "GNS seismologist"
    if roles and marks:
        named = [
            p
            for p in clusters
            if p is not c
            and p.type == "person"
            and id(p) not in same
            and roles & p.roles
            and all(m in (p.title or "").split() or m in p.name.split() for m in marks)
        ]
        if len(named) == 1:
            same[id(c)] = named[0]


def _public_body(name: str) -> bool:
    """A ministry, office, agency or court by its name ("the Government Accountability
    Office", "the Ministry of Health"; not "Office Depot"), or a union, party, school ...:
    never "the company"."""
    words = [w.lower() for w in name.split()]
    return bool(words) and (
        words[-1] in _BODY_HEADS
        or words[-1] in _NOT_COMPANY
        or any(w in _BODY_HEADS and nxt == "of" for w, nxt in pairwise(words))
    )


def _role_in_name(role: str, name: str) -> bool:
    """The role word stands in the name as its head, not after "of", "for" or "at" ("the
    chamber" is not "the head of the chamber of commerce")."""
    words = name.lower().split()
    return any(
        w == role and not {"of", "for", "at"} & set(words[max(0, i - 2) : i])
        for i, w in enumerate(words)
    )


def _modifiers_fit(m: Mention, c: _Cluster) -> bool:
    """A role mention's modifiers do not name another body than ``c``: "the health ministry"
    is "the Ministry of Health", "the foreign ministry" is not (lower-case words before the
    role word must be in the cluster's name when it has words of its own)."""
    words = _strip_det(m.name).lower().split()
    mods = [w for w in words[:-1] if w.isalpha() and w != m.role]
    name = set(c.name.lower().split())
    titled = name.union((c.title or "").lower().split())
    named = [w.lower() for w in _strip_det(m.name).split()[:-1] if w[:1].isupper()]
    if named and titled.isdisjoint(named):
        return False  # "The Lusanian minister" is not a minister of another country
    if not mods or len(name - {m.role, "the", "of", "for"}) == 0:
        return True
    return not titled.isdisjoint(mods)  # "the French minister": "French Foreign Minister X"


def _one_unnamed(c: _Cluster) -> bool:
    """An unnamed single person: "a 55-year-old nurse at the clinic", "a judge" (a singular
    head, no organisation); a later "she" or "the nurse" can be that person."""
    words = c.name.lower().split()
    return (
        c.type == "anonymous"
        and len(words) > 1
        and words[0] in ("a", "an")
        and any(not r.endswith("s") and r not in _ORG_WORDS and r.isalpha() for r in c.roles)
    )


def _company(c: _Cluster, corps: list[str]) -> str | None:
    """The corporate name a cluster stands for: "Magna" -> "Magna International Inc." when the
    document spells it out; a bare "the company", "the truck maker" -> the document's first
    company."""
    words = _strip_det(c.name).split()
    if not words:  # a source of punctuation alone (a stray quote mark)
        return None
    if (
        c.type in ("organisation", "anonymous")
        and len(words) < 3
        and words[-1] in _BARE_ORG
        and (c.type == "organisation" or c.name.lower().startswith("the "))  # not "a maker"
        and not any(map(_is_cap, words))  # not "Tidewater Group"
    ):
        return corps[0] if corps else None
    if c.type not in ("person", "organisation"):
        return None
    toks = c.name.split()
    if len(toks) > 2 or (c.type == "person" and c.gender):
        return None
    for corp in corps:
        ctoks = corp.split()
        if len(ctoks) > len(toks) and ctoks[: len(toks)] == toks:
            return corp
    return None


@lru_cache(maxsize=1024)
def _spelled_re(acronym: str) -> re.Pattern[str]:
    """The words an all-capitals name spells out ("WHO": "World Health Organization"), linked
    by "of", "for", "and", "the", "on", "de", "du" (compiled once per name)."""
    words = [rf"{ch}[\w'’-]+" for ch in acronym if ch.isalpha()]
    return re.compile(r"\b" + r"\s+(?:(?:of|for|and|the|on|de|du)\s+)*".join(words) + r"\b")


def _acronym(c: _Cluster, text: str) -> None:
    """An all-capitals organisation: its name spelled out in the document ("WHO" -> "World
    Health Organization"), or the person the document writes it for in lower case ("GORE"
    in a transcript, "Gore" in its prose)."""
    m = _spelled_re(c.name).search(text)
    if m is not None:
        tag = re.search(rf"(?m)^{re.escape(c.name)}:", text)  # a speaker's tag "HM:"
        c.name = m.group(0)
        words = c.name.split()
        if len(words) == 2 and words[0].lower() in _FIRST_NAMES and _is_name_word(words[1]) and tag:
            c.type, c.roles = "person", set()  # an interview's "HM:" for Helen Marsh
        return
    if c.name.isalpha() and len(c.name) > 2:
        word = c.name[0] + c.name[1:].lower()
        if _whole_word_starts(text, word) and word.lower() not in _NOT_A_PERSON:
            c.name, c.type, c.roles = _fullest(word, text), "person", set()


_BEFORE_NAMES = _HONORIFICS | _TITLES  # the words a name is written after: "Ms. Ward"


def _person_like(res: str, doc: _Doc, text: str) -> bool:
    """Whether the name a he/she was resolved to can be a person: a name of two words or
    more, a person of the document already (with a gender, a title or a first name), a first
    name (of the fullest form the document writes), or a name the document writes after an
    honorific or a title ("Ms. Ward", "Lord Byron"); not a lone "Viagra" or "Cambridge"."""
    m = parse_mention(res)
    if (
        m.type != "person"
        or m.name.lower() in _ORG_NAMES
        or m.name.split()[0].lower() in _NOT_NAME_START
        or m.name.split()[-1].lower() in _THING_TAILS
        or _dateline(m.name, text)
        or _only_after_place_words(m.name, text)
    ):
        return False  # "Across Ukraine", "Academy Award", "SINGAPORE (Reuters) -", "in El Geneina"
    toks = [w.lower().strip(".") for w in m.name.split()]
    if (
        len(toks) > 1
        or m.gender
        or m.title
        or any(
            c.type == "person"
            and (c.gender or c.title or " " in c.name)
            and _same_name(toks, c.name_tokens())
            for c in doc.clusters
        )
    ):
        return True
    full = _fullest(m.name, text).split()
    if full[0].lower() in _FIRST_NAMES or len(full) > len(toks):
        return True
    name = m.name
    if _word_char(name[0]) and _word_char(name[-1]):
        starts = _whole_word_starts(text, name)
    else:  # "Dr." and the like: the expression's own reading of \b
        starts = [i.start() for i in re.finditer(rf"\b{re.escape(name)}\b", text)]
    for start in starts:
        before = text[max(0, start - 20) : start].split()
        if before and before[-1].lower().strip(".,") in _BEFORE_NAMES:
            return True  # "Ms. Ward", "Lord Byron", "Justice Scalia"
    return False


_DOC_TITLE_RE = re.compile(
    r"\b(?:[A-Z][\w'’-]+\s+){1,5}(?:"
    + "|".join(sorted(w.capitalize() for w in _DOC_NOUNS if w.isalpha()))
    + r")\b"
)


def _titled_document(c: _Cluster, text: str) -> str | None:
    """The one document the text names with capitals ("National Iodine Study"), for a bare
    document role ("the report", "the study"): None when it names none or several."""
    if c.name not in _DOC_NOUNS or c.name.endswith("s"):
        return None
    found = set()
    for m in _DOC_TITLE_RE.finditer(text):
        words = m.group(0).split()
        while words and words[0].lower() in _FUNCTION_WORDS:  # "The", "In"
            words = words[1:]
        if len(words) > 1:
            found.add(" ".join(words))
    return found.pop() if len(found) == 1 else None


# the authors of a citation in several names ("Harwell and Ostby", "Adeyemi & Clarke", "Okafor
# et al."): `attribution._citations`
_JOINT_AUTHORS_RE = re.compile(r" and | & |\bet al\b")


def document_entities(
    text: str, attributions: Sequence[Sequence[Attribution]]
) -> tuple[list[Entity | None], list[tuple[Entity, list[int]]]]:
    """The source entity of every sentence's main attribution, and the document's entities.

    ``attributions`` are `framing.attribution.find_attributions`'s rows (main attribution
    first). Returns, per sentence, the `Entity` of its main attribution's source (None without
    one), and every entity once with the indices of the sentences it is the main source of,
    in order of first mention.
    """
    doc = _Doc(text)
    per: list[_Cluster | None] = []
    answers: list[int] = []
    by_span: dict[tuple[int, int], _Cluster] = {}
    for k, row in enumerate(attributions):
        main: _Cluster | None = None
        for j, a in enumerate(row):
            src = a.source
            if src is None:
                continue
            key = (src.start, src.end)
            c = by_span.get(key)  # an inherited copy: the mention was read already
            if c is not None:
                c.last = max(c.last, k)  # still speaking: the recent one for a later "he"
            else:
                res = a.source_resolved.text if a.source_resolved is not None else None
                if res and src.text.lower() in ("he", "she") and not _person_like(res, doc, text):
                    res = None  # "she" resolved to "Viagra": the document's people instead
                elif res and src.text.lower() in ("he", "she") and _other_sex(res, src.text, text):
                    res = None  # "he" resolved to "Remedios Dimaculangan": his wife
                if (
                    res is None
                    and src.text.lower() in ("he", "she")
                    and doc.unresolved(src.text, k)
                ):
                    res = _name_before(text, src.start, src.text)
                elif res is None and _role_phrase(src.text):
                    named = _apposed_name(text, src.end)  # "the prosecutor, Ana Ruiz, said"
                    res = f"{named}, {src.text}" if named else None
                if a.cue.text == "(" and _JOINT_AUTHORS_RE.search(src.text):
                    c = doc.add_cited(src.text, k)  # a citation's authors: one entity
                else:
                    c = doc.add(src.text, k, res)
                if c.type == "person" and (c.title is None or c.title.isupper()):
                    c.title = _apposed_role(text, src.start) or c.title  # "The prosecutor, X,"
                if c.type == "anonymous" and text.startswith((" said...", " said…"), src.end):
                    c.type = "person"  # a blog comment header "crystal j said...": its writer
                by_span[key] = c
            if j == 0:
                main = c
        if main is None and row and row[0].source is None and row[0].cue.text in _ANSWER_TAGS:
            answers.append(k)  # "A: Of course.": the one interviewed, found below
        per.append(main)
    if answers and (one := _interviewed(doc, text, answers[0])) is not None:
        for k in answers:
            per[k] = one
    corps = _corporate_names(text) if doc.clusters and _CORP_HINT.search(text) else []
    suffixes = "Jr." in text or "Sr." in text
    same: dict[int, _Cluster] = {}  # a cluster that turned out to be another one's company
    guessed: set[int] = set()  # people titled only by a "Gov." or "Dr" found before the name
    by_name: dict[str, _Cluster] = {}
    for c in doc.clusters:
        corp = _company(c, corps) if corps else None
        if corp is None and c.type == "organisation" and _ACRONYM_RE.fullmatch(c.name):
            _acronym(c, text)
            if c.type == "organisation":  # "WHO" and "the World Health Organisation": one
                first = next(o for o in doc.clusters if o.type == c.type and o.name == c.name)
                if first is not c:
                    same[id(c)] = first
            elif c.title is None and " " in c.name:  # "MD:" for Martin Deasy, "the historian"
                c.title = _title_before(c.name, text) or _apposition_title(c.name, text)
        elif corp is not None:
            c.name, c.type = corp, "organisation"
            first = by_name.setdefault(corp, c)
            if first is not c:
                same[id(c)] = first
        elif c.type in ("document", "organisation") and _is_name_word(c.name):
            full = _fullest(c.name, text)  # "Headline said": "William Headline" elsewhere
            if full != c.name and full.split()[0].lower() in _FIRST_NAMES:
                c.name, c.type, c.roles = full, "person", set()
        elif c.type in ("anonymous", "person") and (named := _named_later(c.name, c.type, text)):
            head = _HEAD_OF_RE.fullmatch(c.name.lower()) is not None
            title = _title_before(named, text) if head else None  # "Prime Minister"
            acronym = c.name.isupper() and c.name.lower() in _ROLE_ACRONYMS
            if acronym:
                c.title = None  # "..., DA says": the title the text gives her is found later
            own = None if acronym else c.name
            c.name, c.type, c.title = _fullest(named, text), "person", c.title or title or own
        elif (
            c.type == "organisation"
            and c.name.isalpha()
            and c.name.islower()
            and (named := _named_org(c.name, text))
        ):
            c.name = named  # "the association" -> "National Millers' Association"
        elif (
            c.type in ("organisation", "anonymous")
            and c.name.isalpha()
            and c.name.lower() in _BODY_HEADS
            and (named := _named_of(c.name.lower(), text))
        ):
            c.name, c.type = named, "organisation"  # "the ministry": the one Ministry of ...
        elif c.type == "document" and c.name.islower() and (named := _titled_document(c, text)):
            if _strip_det(c.name) == "paper" and named.split()[-1].lower() in _MEDIA_KINDS["paper"]:
                c.type = "organisation"  # "the paper" -> "the Washington Post": a newspaper
            c.name = named  # "the report" -> "National Iodine Study", the one the text names
        elif (
            c.type == "person"
            and c.name.lower() in _ORG_NAMES
            and not c.name.isupper()
            and _fullest(c.name, text) == c.name
            and not c.gender
        ):
            c.type = "organisation"  # "Moscow said", "Gallup found", "Vanity Fair reported"
        elif (org := _organisation_of(c, doc.clusters, text)) is not None:
            same[id(c)] = org  # "Halberd said" after "Halberd Foods reported"
        elif c.type == "person":
            c.name = _fullest(c.name, text, c.named_gender)
            if (
                " " not in c.name
                and not (c.title or c.gender)
                and (fuller := _shortened_first(c.name, text)) is not None
            ):
                c.name = fuller  # "Jess said" -> "Jessica Callaghan"
            if (
                c.title is None
                and not c.gender
                and lone_name(c.name, text)
                and _forward(c.name, text) == c.name
            ):
                c.type = "organisation"  # "Unison said", "Anzhar says": no person's name
                continue
            if " " in c.name and (c.title is None or _rank_only(c.title) or _doctor(c.title)):
                # "Ruto said": "President William Ruto", "Ani Kunga, the resident nun," elsewhere
                # a lone "Gov." or "Dr." before the name gives way to an apposition's role
                # ("Dr. Evelyn Hooker, a psychologist,": "psychologist"), and so does an
                # academic or clerical rank ("Professor Ann Lee, a historian at ...")
                before = _title_before(c.name, text) if c.title is None else c.title
                if before is None or _lone_office(before) or _rank_only(before):
                    appo = _apposition_title(c.name, text, c.named_gender)
                    if appo and not (before and _rank_only(before) and _kin_role(appo)):
                        before = appo  # (not "the father of the bride" for "The Rev.")
                    if before is not None and _lone_office(before):
                        guessed.add(id(c))
                c.title = before
            if " " not in c.name and _is_name_word(c.name) and c.name.lower() not in _TITLES:
                c.name = _forward(c.name, text)
            t = c.title or ""
            if " " not in c.name + t and t.lower() in _TITLES and f"{t} {c.name}" in text:
                c.name = f"{t} {c.name}"  # no first name anywhere: "Justice Scalia"
            if suffixes:
                c.name = _suffixed(c.name, text)
    people: dict[str, _Cluster] = {}  # one person named twice ("the prosecutor" -> a name)
    for c in doc.clusters:
        if c.type == "person" and id(c) not in same and " " in c.name:
            first = people.setdefault(c.name, c)
            if first is not c:
                same[id(c)] = first
                if (
                    first.title is None
                    or (c.title and id(first) in guessed)
                    or (c.title and _fuller_title(c.title, first.title))
                ):
                    first.title = c.title  # "Gov." written before the name elsewhere gives
                    # way to the role the document gives the speaker ("the Governor said"),
                    # a headline's "Minister" to the story's "Health Minister"
    _headline_roles(per, doc.clusters, same)
    per = [same.get(id(c), c) if c is not None else None for c in per]
    clusters = [c for c in doc.clusters if id(c) not in same]
    for c in clusters:  # the honorific or article the document writes before the name
        if c.type == "anonymous" and c.title is None:
            c.title = _anonymous_role(c.name)  # "A ministry spokesman": "spokesman"
        c.name = as_written(c.name, c.type, text)
        if c.title and c.title.lower() in ("the", "a", "an"):
            c.title = None  # "the Inland Regional Health District": an article, no title
        if c.title:
            c.title = plain_title(c.title)
    made = {id(c): c.entity() for c in clusters}
    out_per = [made[id(c)] if c is not None else None for c in per]
    sentences: dict[int, list[int]] = {id(c): [] for c in clusters}
    for k, c in enumerate(per):
        if c is not None:
            sentences[id(c)].append(k)
    return out_per, [(made[id(c)], sentences[id(c)]) for c in clusters]
