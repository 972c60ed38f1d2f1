"""One entity per source within a document: who the sources of its claims are.

`framing.attribution` gives each attribution a source *span* ("Anna Berg, a spokeswoman for
the ministry", later "Berg", "she", "the spokeswoman"). `document_entities` merges those
mentions into entities, each with a canonical ``name`` (the fullest name form seen, without
its title), a ``title`` or role where the text gives one, and a ``type``:

* ``person``: a named person ("Anna Berg", "Mr. Tedeschi");
* ``organisation``: a named organisation ("the Ministry of Health", "Reuters", "police");
* ``document``: a document or report ("a report by the central bank", "the ruling");
* ``poll``: a poll or survey;
* ``anonymous``: an unnamed group or source ("critics", "officials", "a source close to the
  talks", "some residents").

How mentions merge, in document order: a name merges with an earlier one when its tokens end
the same way (surname; first names must agree when both have one); a pronoun takes the named
source `framing.attribution` resolved it to, else the most recent compatible entity (person
for he/she/I, organisation for it, organisation or group for they/we); a role noun ("the
spokeswoman", "the ministry", "the report") takes the most recent entity whose title, name or
kind has that word. Cheap string work: a few microseconds per attribution.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from framing._entity_text import (
    _ACRONYM_RE,
    _ADDRESSED,
    _BARE_ORG,
    _CORP_HINT,
    _CORP_RE,
    _CUE_TAIL,
    _CUT_HONORIFICS,
    _DETS,
    _DOC_MODIFIER_WORDS,
    _DOC_NOUNS,
    _FEMALE,
    _FIRST_NAMES,
    _FUNCTION_WORDS,
    _GENDERED,
    _GROUP_NOUNS,
    _HONORIFICS,
    _MALE,
    _NAME_STOP,
    _NOT_A_PERSON,
    _NOT_NAME_START,
    _ORG_HEADS,
    _ORG_NOUNS,
    _ORG_SINGLE,
    _ORG_WORDS,
    _POLL_NOUNS,
    _PREPS,
    _PRONOUNS,
    _QUANT,
    _ROLE_NOUNS,
    _STOP_IN_NAME,
    _STRIP,
    _THING_TAILS,
    _TITLES,
    _TOKEN_RE,
    _VAGUE,
    _apposed_name,
    _corporate_names,
    _date_tail,
    _dateline,
    _forward,
    _fullest,
    _is_name_word,
    _is_role_word,
    _lead_rest,
    _name_before,
    _named_org,
    _same_name,
    _suffixed,
)
from framing.types import Attribution, Entity

__all__ = ["ENTITY_TYPES", "document_entities", "parse_mention"]

#: The entity types, in the order of the schema (docs/attribution.md).
ENTITY_TYPES: tuple[str, ...] = ("person", "organisation", "document", "poll", "anonymous")


def _norm_role(w: str) -> str:
    """A role word for matching: spokes* -> spokesperson, plural -s dropped."""
    w = w.lower().strip(".")
    if w.startswith("spokes"):
        return "spokesperson"
    if w.endswith("s") and len(w) > 3 and w[:-1] in (_TITLES | _ORG_WORDS | _DOC_NOUNS):
        return w[:-1]
    return w


def _is_cap(w: str) -> bool:
    return w[:1].isupper()


@dataclass(frozen=True)
class Mention:
    """A source mention read on its own: name, title, type guess, gender, pronoun or role."""

    name: str
    title: str | None
    type: str  # an ENTITY_TYPES value, or "pronoun" / "role"
    gender: str = ""
    role: str = ""  # the head word of a role mention ("spokesperson", "ministry", "report")


# "R-Texas", "D-Ill." and the state after one ("D-Buffalo, N.Y."): no title
_PARTY_TAG_RE = re.compile(r"[A-Z]-[A-Z][\w.]*|(?:[A-Z]\.)+[A-Z]?")


@lru_cache(maxsize=8192)
def parse_mention(text: str) -> Mention:
    """Read a source phrase: "Health Minister Jane Smith" -> name "Jane Smith", title
    "Health Minister", type person; "the spokeswoman" -> a role mention; "critics" ->
    anonymous; "a poll by Gallup" -> poll."""
    s = " ".join(text.split()).strip(_STRIP)
    if s.lower().endswith(("'s", "’s")):
        s = s[:-2]
    if " " in s and s.rsplit(" ", 1)[1].lower() in _CUE_TAIL:
        s = s.rsplit(" ", 1)[0]  # "Israel radio said"
    s = _date_tail(s)  # "the critic Louis Ehlert in 1878"
    lead = _lead_rest(s)
    if lead is not None:
        inner = parse_mention(lead)  # "data from the Millers Association": the association
        if inner.type not in ("anonymous", "pronoun", "role") or " and " in s:
            return inner
    if _ACRONYM_RE.fullmatch(_strip_det(s)) and s != "I":
        return Mention(_strip_det(s), None, "organisation", role=s.lower())  # "WHO", "NATO", "U.N."
    low = s.lower()
    if low in _PRONOUNS:
        g = "f" if low == "she" else "m" if low == "he" else ""
        return Mention(s, None, "pronoun", g, low)
    # apposition: "Anna Berg, a spokeswoman for the ministry" / "the minister, Jane Smith"
    parts = [p.strip(_STRIP) for p in re.split(r",|\s[—–-]\s|\(|\)", s) if p.strip(_STRIP)]
    title: str | None = None
    led = [p for p in parts[1:] if _lead_rest(p) is not None and " by " in p]
    if led:  # "The tenants, represented by the Tenants Union": the union
        return parse_mention(led[0])
    if len(parts) > 1:
        named = [p for p in parts if _has_name(p)]
        people = [p for p in named if _person_name(p)]  # "the state Commissioner, Mr Ali Umar"
        head = people[0] if people else named[0] if named else parts[0]
        rest = [p for p in parts if p is not head and not _PARTY_TAG_RE.fullmatch(p)]
        s = head
        title = _strip_det(rest[0]) if rest else None  # not "R-Texas", "D-Ill."
    toks = _TOKEN_RE.findall(s)
    if not toks:
        return Mention(s, title, "anonymous")
    lows = [t.lower().strip(".") for t in toks]
    if (
        1 < len(toks) < 4
        and all(map(_is_cap, toks))
        and lows[0] in _FIRST_NAMES
        and lows[-1] not in _ORG_WORDS
    ):
        # "William Headline", "Bill Grant": a first name makes a person, whatever follows
        g = "f" if lows[0] in _FEMALE else "m"
        return Mention(s, title, "person", g)
    # a document or poll: its head noun ("a new poll", "the report by the bank")
    cut = next((i for i, w in enumerate(lows) if w in ("by", "from", "of")), len(lows))
    modified = False
    for i in range(cut - 1):
        nxt = lows[i + 1]
        if (
            lows[i] in _POLL_NOUNS | _DOC_NOUNS
            and toks[i + 1][:1].islower()
            and ((nxt.endswith(("ed", "ing")) and len(nxt) > 4) or nxt in _DOC_MODIFIER_WORDS)
        ):
            # "a poll released on Monday", "a new study documenting ...", "a survey out this
            # week": the noun heads the phrase, what follows modifies it
            cut, modified = i + 1, True
            break
    heads = lows[:cut]
    if modified:
        s = " ".join(toks[:cut])
    if heads and heads[-1] in _POLL_NOUNS | _DOC_NOUNS and (owner := _doc_owner(toks, lows, cut)):
        kind = "poll" if heads[-1] in _POLL_NOUNS else "document"  # "a report by the WHO"
        return Mention(owner, title, kind, role=_norm_role(heads[-1]))
    if heads and heads[-1] in _POLL_NOUNS:
        return Mention(_strip_det(s), title, "poll", role=_norm_role(heads[-1]))
    if heads and heads[-1] in _DOC_NOUNS:
        if _is_cap(toks[cut - 1]) and sum(map(_is_cap, toks[:cut])) >= 2 and not modified:
            return Mention(_strip_det(s), title, "organisation")  # "U.S. News & World Report"
        owner = _person_owner(toks[: cut - 1], lows[: cut - 1])
        if owner is not None:  # "Cornyn's statement": the senator speaks through it
            return Mention(owner, title, "person")
        return Mention(_strip_det(s), title, "document", role=_norm_role(heads[-1]))
    gender = ""
    # honorific: "Mr. Tedeschi", "Dr. Jane Smith"; one that tells no gender is the title
    while toks and lows[0] in _CUT_HONORIFICS:
        gender = gender or _GENDERED.get(lows[0], "")
        if title is None and lows[0] not in _GENDERED and len(toks) > 1:
            title = toks[0]  # "Dr Grace Wanjiku": title "Dr"
        toks, lows = toks[1:], lows[1:]
    if not toks:
        return Mention(s, title, "anonymous")
    caps = [_is_cap(t) for t in toks]
    if lows[-1] in _ORG_HEADS and len(toks) < 4:
        # "Israel radio", "Police": an organisation; "the radio": a role, the last one named
        if lows[0] in _DETS and not any(caps[1:]):
            return Mention(_strip_det(s), title, "role", role=lows[-1])
        return Mention(_strip_det(s), title, "organisation", role=lows[-1])
    if caps[-1] and lows[-1].endswith(("ists", "ians")) and len(toks) < 4 and not gender:
        return Mention(s, title, "anonymous", role=lows[-1])  # "Zionists", "Palestinians"
    if lows[0] in _GROUP_NOUNS and caps[0] and lows[1:2] == ["of"] and any(caps[2:]):
        return Mention(s, title, "organisation", role=lows[0])  # "Friends of the Earth"
    group = _group_phrase(toks, lows, caps)
    if group is not None:
        return group
    if "of" in lows[1:7]:
        j = lows.index("of")
        if (
            caps[0]
            and all(caps[x] or lows[x] == "and" for x in range(j))
            and not any(w != "and" and (w in _NOT_A_PERSON or w in _VAGUE) for w in lows[:j])
        ):
            # "Travis of the Visitors Bureau", "Ana Ruiz and Ed Cole of Tidewater Games": the
            # named people, their organisation as the title
            org = _strip_det(" ".join(toks[j + 1 :]))
            return Mention(" ".join(toks[:j]), org, "person", gender)
    definite_role = len(lows) > 1 and lows[0] in _DETS and not lows[-1].endswith("s")
    if not definite_role and all(w in _VAGUE or w in _QUANT or w in _DETS for w in lows):
        return Mention(s, title, "anonymous", role=_norm_role(lows[-1]))  # "Critics", "Some"
    run = len(toks)
    while (
        run > 0
        and caps[run - 1]
        and lows[run - 1] not in _TITLES | _ORG_WORDS
        and not _is_role_word(lows[run - 1])  # "Sociologist Lena Park"
        and not _CORP_RE.fullmatch(toks[run - 1])  # "Acme Mining Ltd Tom Hale"
    ):
        run -= 1
    if len(toks) - run >= 2 and run > 0 and lows[run - 1] not in _FUNCTION_WORDS | {"&"}:
        # "State mediator Asbjoern Jensen": a name after its title, whatever the title says
        for w in (lows[run], *lows[:run]):
            gender = gender or ("f" if w in _FEMALE else "m" if w in _MALE else "")
        return Mention(" ".join(toks[run:]), _strip_det(" ".join(toks[:run])), "person", gender)
    if (
        len(toks) > 1
        and not caps[-1]
        and lows[-1].endswith("s")
        and (
            lows[-1] in _VAGUE
            or _norm_role(lows[-1]) in _TITLES
            or (  # "News outlets"; not "the press", "the states" (listed as they are)
                _norm_role(lows[-1]) in _ORG_NOUNS
                and lows[-1] not in _ORG_NOUNS
                and not any(caps[1:])
            )
        )
    ):
        return Mention(s, title, "anonymous", role=_norm_role(lows[-1]))  # "House leaders"
    r = max((i for i, w in enumerate(lows[:-1]) if w in _ROLE_NOUNS), default=-1)
    if (
        r >= 0
        and len(toks) - r - 1 <= 4
        and all(caps[r + 1 :])
        and lows[-1] not in _ORG_WORDS
        and not any(w in _TITLES for w in lows[r + 1 :])
    ):
        # "Trust co-ordinator Bill Henare": the name after a role noun, even an organisation's
        for w in (lows[r + 1], *lows[: r + 1]):
            gender = gender or ("f" if w in _FEMALE else "m" if w in _MALE else "")
        title = _strip_det(" ".join(toks[: r + 1])) or title
        return Mention(" ".join(toks[r + 1 :]), title, "person", gender)
    if any(w in _ORG_WORDS for w in lows) and (
        not any(w in _TITLES for w in lows) or lows[-1] in _ORG_WORDS
    ):
        i = max(i for i, w in enumerate(lows) if w in _ORG_WORDS)
        if 0 < i < len(toks) - 1 and not caps[i] and all(caps[i + 1 :]):
            # "the militant group Hamas": the name after its lower-case kind
            kind = _strip_det(" ".join(toks[: i + 1]))
            return Mention(" ".join(toks[i + 1 :]), title or kind, "organisation", role=lows[i])
        if any(caps[1:]) or (caps[0] and lows[0] not in _DETS):
            return Mention(_strip_det(s), title, "organisation", role=_norm_role(lows[-1]))
        return Mention(_strip_det(s), title, "role", role=_norm_role(lows[-1]))
    if len(lows) == 1 and lows[0] in _ORG_SINGLE:
        return Mention(s, title, "organisation", role=lows[0])
    # a name after a title: the last run of capitalised words that are not titles
    end = len(toks)
    start = end
    while (
        start > 0
        and caps[start - 1]
        and lows[start - 1] not in _TITLES
        and not _is_role_word(lows[start - 1])  # "Prosecutor Thabo Nkosi"
        and (
            lows[start - 1] not in _NAME_STOP  # "Swiss Thomas Gurtner"
            or (end - start > 2 and lows[start] not in _FIRST_NAMES)  # "Black Sea Bulk ..."
        )
    ):
        start -= 1
    if start > 1 and end - start >= 3 and lows[start - 1] == "of" and lows[start - 2] in _TITLES:
        start += 1  # "Governor of Washington Chris Gregoire": the place ends the title
    elif start == 2 and lows[1] == "and" and _is_name_word(toks[0]) and lows[0] in _FIRST_NAMES:
        start = 0  # "Tom and Ana Berg": the pair
    if start < end and not (start == 0 and lows[0] in _DETS):
        name_toks = toks[start:end]
        if start > 0:
            t = _strip_det(" ".join(toks[:start]))
            title = t if t and title is None else title
        for w in (lows[start], *(lows[:start])):
            gender = gender or ("f" if w in _FEMALE else "m" if w in _MALE else "")
        return Mention(" ".join(name_toks), title, "person", gender)
    if len(toks) == 1 and caps[0] and lows[0] not in _VAGUE:
        return Mention(toks[0], title, "person", gender)  # "King", "Secretary" alone
    # no name: a role ("the spokeswoman", "the minister") or a vague group ("critics")
    head = lows[-1]
    if (
        lows[0] in _DETS
        and lows[0] not in ("a", "an")
        and head in _TITLES | _VAGUE
        and not head.endswith("s")
    ):
        g = "f" if head in _FEMALE else "m" if head in _MALE else ""
        return Mention(_strip_det(s), None, "role", g, _norm_role(head))
    return Mention(s, title, "anonymous", role=_norm_role(head))


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


def _doc_owner(toks: list[str], lows: list[str], cut: int) -> str | None:
    """The named organisation a document or poll comes from: "a report by the World Health
    Organization", "A Pew Research Center survey" (capitalised words with an organisation
    word, or an acronym: "a new CNN poll"); None for "the Mueller report", "a poll"."""
    if cut < len(toks) - 1:
        owner = toks[cut + 1 :]
        if owner[0].lower() in _DETS:
            owner = owner[1:]
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
    low = [w.lower().strip(".") for w in owner]
    if any(w in _ORG_NOUNS for w in low) or (len(owner) == 1 and _ACRONYM_RE.fullmatch(owner[0])):
        return " ".join(owner)
    return None


def _person_owner(toks: list[str], lows: list[str]) -> str | None:
    """The named person owning a document: the one to three capitalised words before "'s"
    ("Cornyn's statement", "Sen. Ana Ruiz's letter"), not an organisation or a title."""
    if not toks or not lows[-1].endswith(("'s", "’s")) or len(toks) > 4:
        return None
    words = [*toks[:-1], toks[-1][:-2]]
    while words and words[0].lower().strip(".") in _HONORIFICS | _DETS | _TITLES:
        words = words[1:]
    if not 0 < len(words) < 4 or not all(map(_is_name_word, words)):
        return None
    if any(w.lower().strip(".") in _NOT_A_PERSON or w.isupper() for w in words):
        return None
    return " ".join(words)


def _has_name(part: str) -> bool:
    toks = _TOKEN_RE.findall(part)
    if not toks:
        return False
    return any(
        _is_cap(t) and t.lower().strip(".") not in _TITLES | _DETS | _HONORIFICS for t in toks
    ) and toks[0].lower() not in ("a", "an")


def _person_name(part: str) -> bool:
    """A person's name alone: two to four name words (one after an honorific), none a title,
    organisation, place-like or stop word ("Mr Ali Umar", "Ana Ruiz"; not "Commissioner of
    Police", "Legend's general manager", "UKB")."""
    words = part.split()
    titled = False
    while len(words) > 1 and words[0].lower().strip(".") in _HONORIFICS:
        words, titled = words[1:], True
    return (1 if titled else 2) <= len(words) < 5 and all(
        _is_name_word(w) and w.lower().strip(".") not in _STOP_IN_NAME | _NAME_STOP for w in words
    )


def _strip_det(s: str) -> str:
    words = s.split()
    if len(words) > 1 and words[0].lower() in ("the", "a", "an"):
        return " ".join(words[1:])
    return s


@dataclass
class _Cluster:
    name: str
    title: str | None
    type: str
    gender: str = ""
    roles: set[str] = field(default_factory=set)
    last: int = -1

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
        if m.title and not c.title:
            c.title = m.title
            c.roles.update(_norm_role(w) for w in m.title.split())
        c.gender = c.gender or m.gender

    def _find(self, m: Mention, k: int) -> _Cluster | None:
        recent = sorted(self.clusters, key=lambda c: -c.last)
        if m.type == "person":
            toks = [w.lower().strip(".") for w in m.name.split()]
            for c in recent:
                if c.type == "person" and _same_name(toks, c.name_tokens()):
                    return c
            return None
        if m.type in ("organisation", "document", "poll"):
            low = m.name.lower()
            for c in recent:
                if c.type == m.type and (c.name.lower() == low or low in c.name.lower()):
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
                if m.role in c.roles or m.role in c.name.lower().split():
                    return c
            if m.role in _ORG_WORDS:
                named = _named_org(m.role, self.text)  # "the union": the Union the text names
                for c in recent:
                    if c.type == "organisation" and (named is None or c.name == named):
                        return c
            return None
        if m.type == "anonymous":
            low = m.name.lower()
            words = low.split()
            for c in recent:
                if c.type == "anonymous" and c.name.lower() == low:
                    return c
                if (  # "the nurse" after "a 55-year-old nurse at the clinic"
                    len(words) == 2
                    and words[0] in ("the", "this", "that")
                    and _one_unnamed(c)
                    and m.role in c.roles
                ):
                    return c
        return None


def _role_phrase(text: str) -> bool:
    """A source phrase that names a role, not a person: "the Crown prosecutor", "The lone
    congressman", "the club's general manager" (a title or job word ends it)."""
    m = parse_mention(text)
    if m.type in ("pronoun", "organisation", "document", "poll") or (
        " " in m.name and (m.type == "person" and m.title is None and _person_name(m.name))
    ):
        return False
    last = text.split()[-1].lower().strip(".,")
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


def _acronym(c: _Cluster, text: str) -> None:
    """An all-capitals organisation: its name spelled out in the document ("WHO" -> "World
    Health Organization"), or the person the document writes it for in lower case ("GORE"
    in a transcript, "Gore" in its prose)."""
    letters = [ch for ch in c.name if ch.isalpha()]
    words = [rf"{ch}[\w'’-]+" for ch in letters]
    pat = r"\b" + r"\s+(?:(?:of|for|and|the|on|de|du)\s+)*".join(words) + r"\b"
    m = re.search(pat, text)
    if m is not None:
        c.name = m.group(0)
        return
    if c.name.isalpha() and len(c.name) > 2:
        word = c.name[0] + c.name[1:].lower()
        if re.search(rf"\b{word}\b", text) and word.lower() not in _NOT_A_PERSON:
            c.name, c.type, c.roles = _fullest(word, text), "person", set()


def _person_like(res: str, doc: _Doc, text: str) -> bool:
    """Whether the name a he/she was resolved to can be a person: a name of two words or
    more, a person of the document already (with a gender, a title or a first name), a first
    name (of the fullest form the document writes), or a name the document writes after an
    honorific or a title ("Ms. Ward", "Lord Byron"); not a lone "Viagra" or "Cambridge"."""
    m = parse_mention(res)
    if (
        m.type != "person"
        or m.name.split()[0].lower() in _NOT_NAME_START
        or m.name.split()[-1].lower() in _THING_TAILS
        or _dateline(m.name, text)
    ):
        return False  # "Across Ukraine", "Academy Award", "SINGAPORE (Reuters) -"
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
    for i in re.finditer(rf"\b{re.escape(m.name)}\b", text):
        before = text[max(0, i.start() - 20) : i.start()].split()
        if before and before[-1].lower().strip(".,") in _HONORIFICS | _TITLES:
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


_TITLED_NAME_RE = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}")


def _named_later(c: _Cluster, text: str) -> str | None:
    """The name of an unnamed single person ("A judge", "Judge", "the teacher") that the
    document writes once with that word as its title ("Judge Ada Moyo", "teacher Ben Ola's")
    or before it in apposition ("the Commissioner of Police, Mr Ali Umar, ...")."""
    words = c.name.lower().split()
    if not 0 < len(words) < 3 or (len(words) == 2) != (words[0] in ("a", "an", "the")):
        return None
    head = words[-1]
    if c.type == "person" and (len(words) > 1 or head not in _TITLES):
        return None
    if not head.isalpha() or head.endswith("s") or head in _ORG_WORDS or head in _FUNCTION_WORDS:
        return None
    found = set()
    low = text.lower()  # "judge Ada Moyo", "Judge Ada Moyo"
    i = low.find(head)
    while i >= 0:
        j = i + len(head)
        if (i == 0 or not text[i - 1].isalnum()) and low.startswith((" ", ","), j):
            m = _TITLED_NAME_RE.match(text, j + 1) if text[j] == " " else None
            if m is not None:
                name = re.sub(r"['’]s$", "", m.group(0))
                if name.split()[0].lower() not in _NOT_A_PERSON:
                    found.add(name)
            elif named := _apposed_name(text, j):  # "the Commissioner of Police, Mr Ali Umar,"
                found.add(named)
        i = low.find(head, j)
    return found.pop() if len(found) == 1 else None


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
                if (
                    res is None
                    and src.text.lower() in ("he", "she")
                    and doc.unresolved(src.text, k)
                ):
                    res = _name_before(text, src.start, src.text)
                elif res is None and _role_phrase(src.text):
                    named = _apposed_name(text, src.end)  # "the prosecutor, Ana Ruiz, said"
                    res = f"{named}, {src.text}" if named else None
                c = doc.add(src.text, k, res)
                if c.type == "person" and (c.title is None or c.title.isupper()):
                    c.title = _apposed_role(text, src.start) or c.title  # "The prosecutor, X,"
                if c.type == "anonymous" and text.startswith((" said...", " said…"), src.end):
                    c.type = "person"  # a blog comment header "crystal j said...": its writer
                by_span[key] = c
            if j == 0:
                main = c
        per.append(main)
    corps = _corporate_names(text) if doc.clusters and _CORP_HINT.search(text) else []
    suffixes = "Jr." in text or "Sr." in text
    same: dict[int, _Cluster] = {}  # a cluster that turned out to be another one's company
    by_name: dict[str, _Cluster] = {}
    for c in doc.clusters:
        corp = _company(c, corps) if corps else None
        if corp is None and c.type == "organisation" and _ACRONYM_RE.fullmatch(c.name):
            _acronym(c, text)
            if c.type == "organisation":  # "WHO" and "the World Health Organisation": one
                first = next(o for o in doc.clusters if o.type == c.type and o.name == c.name)
                if first is not c:
                    same[id(c)] = first
        elif corp is not None:
            c.name, c.type = corp, "organisation"
            first = by_name.setdefault(corp, c)
            if first is not c:
                same[id(c)] = first
        elif c.type in ("document", "organisation") and _is_name_word(c.name):
            full = _fullest(c.name, text)  # "Headline said": "William Headline" elsewhere
            if full != c.name and full.split()[0].lower() in _FIRST_NAMES:
                c.name, c.type, c.roles = full, "person", set()
        elif c.type in ("anonymous", "person") and (named := _named_later(c, text)):
            c.name, c.type, c.title = _fullest(named, text), "person", c.title or c.name
        elif (
            c.type == "organisation"
            and c.name.isalpha()
            and c.name.islower()
            and (named := _named_org(c.name, text))
        ):
            c.name = named  # "the association" -> "National Millers' Association"
        elif c.type == "document" and c.name.islower() and (named := _titled_document(c, text)):
            c.name = named  # "the report" -> "National Iodine Study", the one the text names
        elif c.type == "person":
            c.name = _fullest(c.name, text)
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
                first.title = first.title or c.title
    per = [same.get(id(c), c) if c is not None else None for c in per]
    clusters = [c for c in doc.clusters if id(c) not in same]
    made = {id(c): c.entity() for c in clusters}
    out_per = [made[id(c)] if c is not None else None for c in per]
    sentences: dict[int, list[int]] = {id(c): [] for c in clusters}
    for k, c in enumerate(per):
        if c is not None:
            sentences[id(c)].append(k)
    return out_per, [(made[id(c)], sentences[id(c)]) for c in clusters]
