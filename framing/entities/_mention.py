"""One source mention read on its own: `parse_mention` gives its name, title, type and
gender (the first step of `framing.entities`)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from framing import lexicons as lx
from framing.entities._names import (
    _CONNECTORS,
    _after_the,
    _body_shape,
    _clause_head,
    _connected_name,
    _has_name,
    _is_cap,
    _named_shape,
    _office_split,
    _person_name,
)
from framing.entities._owners import _doc_owner, _person_owner
from framing.entities._patterns import (
    _APPOSITION_COMMA_RE,
    _APPOSITION_SPLIT_RE,
    _ASIDE_RE,
    _BRACKET_NICKNAME_RE,
    _CAPITALS_NAME_RE,
    _ET_AL_RE,
    _INITIAL_END_RE,
    _NAME_PARTICLES,
    _OF_BODY_RE,
    _PARTY_TAG_RE,
    _PARTY_WORDS,
    _PEOPLE_TOO,
    _POLLED_BY_RE,
    _TITLE_RELATIVE_RE,
    _WHO_IS_RE,
    _WORD_PART_RE,
)
from framing.entities._record import (
    Mention,
    _group_phrase,
    _norm_role,
    _org_like,
    _spelled_out,
)
from framing.entities._shapes import _descriptor_out, _portfolio_out
from framing.entities._text import (
    _ACRONYM_RE,
    _AGE_BEFORE_NAME_RE,
    _CORP_RE,
    _CUE_TAIL,
    _CUT_HONORIFICS,
    _DESCRIPTIVE_INSERT_RE,
    _DETS,
    _DOC_MODIFIER_WORDS,
    _DOC_NOUNS,
    _FEMALE,
    _FIRST_NAMES,
    _FUNCTION_INSIDE_RE,
    _FUNCTION_WORDS,
    _GENDERED,
    _GROUP_NOUNS,
    _GROUP_PLURALS,
    _HEAD_OF,
    _HEAD_OF_RE,
    _HEADS,
    _HONORIFICS,
    _LONE_TITLES,
    _MALE,
    _NAME_STOP,
    _NOT_A_PERSON,
    _NOT_PERSONS,
    _OBJECT_PRONOUNS,
    _ORG_HEADS,
    _ORG_NAMES,
    _ORG_NOUNS,
    _ORG_OR_BODY,
    _ORG_SINGLE,
    _ORG_WORDS,
    _PARTICLES,
    _POLL_NOUNS,
    _POLL_OR_DOC,
    _PREP_RELATIVE_RE,
    _PRONOUNS,
    _QUANT,
    _RELATIVE_RE,
    _RELATIVE_START_RE,
    _ROLE_ACRONYMS,
    _ROLE_NOUNS,
    _STRIP,
    _SURVEY_BODIES,
    _TITLE_OR_ORG,
    _TITLE_OR_VAGUE,
    _TITLES,
    _TOKEN_RE,
    _VAGUE,
    _date_tail,
    _is_name_word,
    _is_role_word,
    _lead_rest,
    _named_body,
    _participle_clause,
    _participle_clause_out,
    _party_title,
    _people_of_place,
    _strip_det,
    _without_places,
)

_PLACE_OFFICES = lx.words("entity_place_offices")


def _place_after(toks: list[str], lows: list[str], start: int, end: int) -> Mention | None:
    """A place or body after "of", "in", "from" or "at" that ends the phrase is no name:
    "Senator Hargrove of Ohio" -> Hargrove (title Senator), "Officials in Washington" and
    "The Secretary of the Treasury" -> the role they name; None for anything else ("Governor
    of Washington Chris Gregoire" names a person after the place)."""
    p = start - 1
    if p > 0 and lows[p] in _DETS:
        p -= 1
    if not (
        p > 0
        and lows[p] in ("of", "in", "from", "at")
        and 0 < end - start <= 2
        and (lows[start] not in _FIRST_NAMES or end - start == 1)  # "of Spencer": a place
    ):
        return None
    before = parse_mention(" ".join(toks[:p]))
    role_like = (
        before.name.lower() in _TITLES
        or before.name.lower() in _VAGUE
        or (before.title or "").lower() in _DETS  # "the Archbishop": a role, not a name
    )
    if before.type == "person" and not role_like:
        # "Senator Tom Hargrove of Ohio", "Chief Judge Patti Saris of the US District Court"
        return Mention(before.name, before.title, "person", before.gender)
    s = " ".join(toks)
    head = lows[p - 1]
    kind = "role" if lows[0] in _DETS and lows[0] not in ("a", "an") else "anonymous"
    return Mention(_strip_det(s) if kind == "role" else s, None, kind, role=_norm_role(head))


def _group_at_start(text: str, noun_first: bool = False) -> Mention | None:
    """A phrase that opens with an unnamed group capitalised only because it opens the
    sentence ("Officials at the ministry", "Researchers at Stanford University", "Tenancy
    advocates in New South Wales", only this shape with ``noun_first``): read as
    written in the middle of a sentence, anonymous; None when it reads otherwise."""
    first, _, rest = text.partition(" ")
    low = first.lower()
    second = rest.split(" ", 1)[0]
    if not (rest[:1].islower() and first[1:].islower() and low not in _FIRST_NAMES):
        return None
    group = not noun_first and (low in _VAGUE or low in _GROUP_PLURALS)
    # a noun before the group's plural: "Tenancy advocates in New South Wales"
    modified = not group and second.endswith("s") and " " in rest and second.isalpha()
    if not (group or modified):
        return None
    m = _parse_mention(low + " " + rest)
    if m.type != "anonymous" or not m.name.startswith(low):
        return None
    if modified and m.role != _norm_role(second):
        return None
    return replace(m, name=first + m.name[len(low) :])


@lru_cache(maxsize=8192)
def parse_mention(text: str) -> Mention:
    """Read a source phrase: "Health Minister Jane Smith" -> name "Jane Smith", title
    "Health Minister", type person; "the spokeswoman" -> a role mention; "critics" ->
    anonymous; "a poll by Gallup" -> poll. A relative clause after the subject ("The
    Senator, who returned from Europe yesterday") is no name: when the phrase read whole takes
    the clause itself as its name, the subject before the clause is read alone ("The man, who
    was later identified as John Smith" keeps John Smith)."""
    text = _AGE_BEFORE_NAME_RE.sub(r"\1", _PREP_RELATIVE_RE.split(text, maxsplit=1)[0])
    text = _ASIDE_RE.sub("", text)  # "Cllr Ann Bristow (Lib Dem, Sedgeford)": an aside
    if _CAPITALS_NAME_RE.fullmatch(text.strip()):
        words = [w.lower().strip(".") for w in text.split()]
        if words[0] in _HONORIFICS or words[0] in _TITLES or any(w in _FIRST_NAMES for w in words):
            # a transcript's speaker in capitals ("SEN. LYLE BRANDT", "DAN OKAFOR"): the name
            # as it would be written in a sentence
            return parse_mention(_WORD_PART_RE.sub(lambda w: w.group(0).capitalize(), text))
    nick = _BRACKET_NICKNAME_RE.search(text)
    bracket = nick is not None and "(" in nick.group(0)
    if nick is not None and (not bracket or nick.group(1).lower() in _FIRST_NAMES):
        # "Walter (Red) Harkins" (brackets after a first name; not "Portland (Maine) Mayor
        # Mark Dion"), 'Ellis "Sonny" Marsh': read as "Walter 'Red' Harkins", written back
        quoted = f"{nick.group(1)} '{nick.group(2)}'"
        m = parse_mention(text.replace(nick.group(0), quoted, 1))
        back = nick.group(0)
        return replace(
            m,
            name=m.name.replace(quoted, back),
            title=m.title.replace(quoted, back) if m.title else m.title,
        )
    m = _parse_mention(text)
    if m.type == "organisation":
        m = _group_at_start(" ".join(text.split()).strip(_STRIP)) or m
    elif m.type == "person" and m.title:  # "Tenancy advocates in" + "New South Wales"
        m = _group_at_start(" ".join(text.split()).strip(_STRIP), noun_first=True) or m
    if head := _people_of_place(m.type, m.title, text):  # no person, no organisation
        return Mention(" ".join(text.split()).strip(_STRIP), None, "anonymous", "", head)
    if m.type == "person" and m.title and m.title.split()[-1].lower() in ("for", "of"):
        m = _portfolio_out(m)
    if m.type == "person" and ("'s " in m.name or "’s " in m.name):
        inner = _parse_mention(m.name)  # "Tasmania's Dean Maley, who took 3-64": the owned name
        if inner.type == "person" and inner.name != m.name:
            m = replace(m, name=inner.name, title=m.title or inner.title)
    m = _descriptor_out(m)  # "Supermarket chain Hartwells": what the company is, no title
    if m.title and m.type == "person" and _party_title(m.title) and "," in text:
        m = replace(m, title=_parse_mention(text.split(",", 1)[0]).title)  # "Sen. X, a Democrat"
    if m.title and m.title.split()[0].lower() in ("who", "whose", "which", "that", "where"):
        m = replace(m, title=None)  # "Keiko Sato, who runs a small inn": no title
    parts = _RELATIVE_RE.split(" ".join(text.split()), maxsplit=1)
    if len(parts) == 2 and _RELATIVE_START_RE.match(m.name.lower()):
        head = parts[0].strip(_STRIP)
        if head:
            return _parse_mention(head)
    return m


def _parse_mention(text: str) -> Mention:
    """`parse_mention` of the phrase read whole, in stages: the shape of the whole phrase (an
    acronym spelled out, a body's name, a cited work, a pronoun, a clause after its head), the
    apposition split off as the title, then its words: a body named by its apposition or a
    first name, a document or poll, honorifics cut, then short shapes, a person with a body,
    an unnamed group, a name after its title, a body or a group, and last a name after
    titles or a role."""
    s = _normalised(text)
    whole = _whole_shape(s)
    if whole is not None:
        return whole
    read = _apposition(s)
    if isinstance(read, Mention):
        return read
    s, title, described = read
    toks = _TOKEN_RE.findall(s)
    if not toks:
        return Mention(s, title, "anonymous")
    lows = [t.lower().strip(".") for t in toks]
    found = _named_by_apposition(s, toks, lows, title, described)
    if found is None:
        found = _document_or_poll(s, toks, lows, title)
    if found is not None:
        return found
    toks, lows, title, gender = _honorifics_cut(toks, lows, title)
    if not toks:
        return Mention(s, title, "anonymous")
    caps = _capitalised(toks, lows)
    for stage in (_short_shape, _with_body, _vague_group, _name_after_title, _body_or_group):
        found = stage(s, toks, lows, caps, title, gender)
        if found is not None:
            return found
    return _last_name(s, toks, lows, caps, title, gender)


def _normalised(text: str) -> str:
    """The phrase with its spacing, possessive, cue word, date and participle clause taken
    off."""
    s = " ".join(text.split()).strip(_STRIP)
    if _INITIAL_END_RE.search(text) and " " in s:
        s += "."  # "Erdal Y.": a surname's initial keeps its full stop
    if s.lower().endswith(("'s", "’s")):
        s = s[:-2]
    if " " in s and s.rsplit(" ", 1)[1].lower() in _CUE_TAIL:
        s = s.rsplit(" ", 1)[0]  # "Israel radio said"
    s = _date_tail(s)  # "the critic Louis Ehlert in 1878"
    s = _participle_clause_out(s)  # "The poll, taken last week": "The poll"
    return s


def _whole_shape(s: str) -> Mention | None:
    """The phrase read by its whole shape: an organisation's name (spelled out, listed, of
    its shape), a cited work's authors, a lead ("data from ..."), an acronym, "the head of
    state", a pronoun, a head before its clause; None when it reads by its parts."""
    polled = _POLLED_BY_RE.fullmatch(s)
    if polled is not None:  # "economists polled by Bloomberg": the economists, unnamed
        return Mention(s, None, "anonymous", role=_norm_role(polled.group(1).split()[-1]))
    spelled = _spelled_out(s)
    if spelled is not None:  # "The International Federation of ... (IFRC)"
        return spelled
    if " " in s and _strip_det(s).lower() in _ORG_NAMES:
        return Mention(_strip_det(s), None, "organisation")  # "The United Nations"
    bare = _strip_det(s)
    if _body_shape(bare):
        return Mention(bare, None, "organisation")  # "Ernst & Young", "the Ohio EPA"
    office = _office_split(bare.split()) is not None  # "Minister for Foreign Affairs Wang Yi"
    if (
        _org_like(bare, inner_only=True)
        and all(w[:1].isupper() for w in bare.split())
        and not office
    ):
        return Mention(bare, None, "organisation")  # "Doctors Without Borders"
    if " " in bare and bare.split()[0] in ("Radio", "Television") and bare.istitle():
        return Mention(bare, None, "organisation")  # "Radio Free Europe": no title "Radio"
    if _FUNCTION_INSIDE_RE.fullmatch(bare) and _named_body(bare) and not office:
        return Mention(bare, None, "organisation")  # "Save the Children", "Right to Information"
    shaped = _named_shape(bare)
    if shaped is not None:
        return Mention(*shaped)  # "NHS England", "the office of Mayor X", "The BBC's Helen Strand"
    authors = _ET_AL_RE.fullmatch(s)
    if authors:  # "Smith et al. (2019)": the authors of a cited work, named by the first
        words = authors.group(1).split()
        if len(words) > 1 and words[0].lower().rstrip(".") in _HONORIFICS:
            # "Dr. Nakamura et al.": title "Dr."
            return Mention(" ".join([*words[1:], "et al."]), words[0], "person")
        return Mention(" ".join([*words, "et al."]), None, "person")
    lead = _lead_rest(s)
    if lead is not None:
        inner = parse_mention(lead)  # "data from the Millers Association": the association
        if inner.type not in ("anonymous", "pronoun", "role") or " and " in s:
            return inner
    role = _ROLE_ACRONYMS.get(_strip_det(s).lower().replace(".", ""))
    if role is not None and _strip_det(s).isupper():  # "..., DA says": a person's role
        return Mention(_strip_det(s), None, "role", role=_norm_role(role[-1]))
    if _ACRONYM_RE.fullmatch(_strip_det(s)) and s != "I":
        return Mention(_strip_det(s), None, "organisation", role=s.lower())  # "WHO", "NATO", "U.N."
    head_of = _HEAD_OF_RE.fullmatch(s.lower())
    if head_of is not None and head_of.group(1) in _HEAD_OF:  # "the head of state"
        return Mention(s, None, "role", role=f"head of {head_of.group(1)}")
    low = _OBJECT_PRONOUNS.get(s.lower(), s.lower())  # "According to him": he
    if low in _PRONOUNS:
        g = "f" if low == "she" else "m" if low == "he" else ""
        return Mention(s, None, "pronoun", g, low)
    if not _APPOSITION_COMMA_RE.search(s):  # "4,000" is no apposition
        head = _clause_head(s)
        if head is not None:
            inner = _parse_mention(head)
            if inner.type in ("anonymous", "role"):  # "Shoppers queuing outside the store"
                return replace(inner, name=s)
            return inner  # "The NHS trust running the hospital", "Williams who chairs it"
    return None


def _apposition(s: str) -> Mention | tuple[str, str | None, bool]:
    """The phrase split at its apposition: (the head, the title, whether the title opens with
    an article); a Mention where the agent of a "represented by" insert is the source."""
    # apposition: "Anna Berg, a spokeswoman for the ministry" / "the minister, Jane Smith"
    parts = [
        p.strip(_STRIP) for p in _APPOSITION_SPLIT_RE.split(s) if p.strip(_STRIP)
    ]  # not the comma of a figure: "the union representing 4,000 rail workers"
    title: str | None = None
    described = False  # the apposition opens with an article: "Refuge, the ... charity"
    led = [p for p in parts[1:] if _lead_rest(p) is not None and " by " in p]
    if led:  # "The tenants, represented by the Tenants Union": the union
        agent = parse_mention(led[0])
        if agent.type not in ("anonymous", "role", "pronoun"):
            return agent  # but "The inquiry, chaired by a retired judge": the inquiry
    if len(parts) > 1:
        # "The company, based in Leeds", "Residents, many of them elderly": an insert that
        # describes the phrase is neither its name nor its title; nor a place ("Acme Corp., of
        # Dayton, Ohio", "RMS Inc., Hasbrouk Heights, N.J.")
        parts = [parts[0], *(p for p in parts[1:] if not _DESCRIPTIVE_INSERT_RE.fullmatch(p))]
        parts = _without_places(parts)
        parts = [parts[0], *(p for p in parts[1:] if not _participle_clause(p))]
        if len(parts) == 1:
            s = parts[0]
    if len(parts) > 1:
        named = [p for p in parts if _has_name(p)]
        people = [
            p for p in named if _person_name(p) or _person_name(_OF_BODY_RE.split(p, maxsplit=1)[0])
        ]  # "the state Commissioner, Mr Ali Umar", "..., Ivano Bertocchi of the Northern League"
        head = people[0] if people else named[0] if named else parts[0]
        rest = [
            p for p in parts if p is not head and not _PARTY_TAG_RE.fullmatch(p) and not p.isdigit()
        ]  # not "R-Texas", "D-Ill.", nor an age: "Grace Mwangi, 42, a teacher"
        s = head
        title = _strip_det(rest[0]) if rest else None  # not "R-Texas", "D-Ill."
        described = bool(rest) and rest[0].split()[0].lower() in ("the", "a", "an")
        if title is not None:
            copula = _WHO_IS_RE.match(title)
            if copula is not None:  # "who is also the Defense Minister of the UAE": the role
                title = _strip_det(copula.group(1))
            elif not _TITLE_RELATIVE_RE.match(" " + title):
                # "a family physician who has practiced here": the role alone
                title = _TITLE_RELATIVE_RE.split(" " + title, maxsplit=1)[0].strip() or None
    return s, title, described


def _named_by_apposition(
    s: str, toks: list[str], lows: list[str], title: str | None, described: bool
) -> Mention | None:
    """A body whose apposition says what it is, or a person by a first name."""
    # the apposition's head noun, before its "of"/"for"/"at" ("chairwoman of the Group": no)
    heads = re.split(r"\s(?:of|for|at|in|on|with|from|to|and)\s", f" {(title or '').lower()} ")
    kind = heads[0].split()[-1] if heads[0].split() else ""
    if (
        described
        and kind in _ORG_WORDS
        and kind not in _PEOPLE_TOO
        and kind in (title or "").split()  # a kind word in lower case, not "the Irish Times"
        and all(map(_is_cap, toks))
        and lows[0] not in _FIRST_NAMES
    ):
        # "Refuge, the domestic abuse charity", "Liberty, the human rights group": the name of
        # a body whose apposition says what it is
        return Mention(_strip_det(s), title, "organisation", role=kind)
    if (
        1 < len(toks) < 4
        and all(map(_is_cap, toks))
        and lows[0] in _FIRST_NAMES
        and lows[-1] not in _ORG_WORDS
    ):
        # "William Headline", "Bill Grant": a first name makes a person, whatever follows
        g = "f" if lows[0] in _FEMALE else "m" if lows[0] in _MALE else ""
        return Mention(s, title, "person", g)
    return None


def _document_or_poll(
    s: str, toks: list[str], lows: list[str], title: str | None
) -> Mention | None:
    """A document or poll by its head noun, with its owner where the phrase names one."""
    # a document or poll: its head noun ("a new poll", "the report by the bank")
    cut = next((i for i, w in enumerate(lows) if w in ("by", "from", "of")), len(lows))
    modified = False
    for i in range(cut - 1):
        nxt = lows[i + 1]
        if (
            lows[i] in _POLL_OR_DOC
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
    if heads and heads[-1] in _POLL_OR_DOC and (owner := _doc_owner(toks, lows, cut)):
        by = cut + 1 if lows[cut + 1 : cut + 2] == ["by"] else -1
        who = _parse_mention(" ".join(toks[by + 1 :])) if by > 0 else None
        if who is not None and who.type == "person" and (who.title or who.gender):
            # "figures released by board attorney Rhonda Saville": she speaks (a title or a
            # given name we know; not "data compiled by Datanote Korea")
            return who
        kind = "poll" if heads[-1] in _POLL_NOUNS else "document"  # "a report by the WHO"
        return Mention(owner, title, kind, role=_norm_role(heads[-1]))
    if heads and heads[-1] in _POLL_NOUNS:
        if toks[cut - 1] == "Survey" and cut > 1 and lows[cut - 2] in _SURVEY_BODIES:
            return Mention(_strip_det(s), title, "organisation")  # "the U.S. Geological Survey"
        return Mention(_strip_det(s), title, "poll", role=_norm_role(heads[-1]))
    if heads and heads[-1] in _DOC_NOUNS:
        if _is_cap(toks[cut - 1]) and sum(map(_is_cap, toks[:cut])) >= 2 and not modified:
            return Mention(_strip_det(s), title, "organisation")  # "U.S. News & World Report"
        owner = _person_owner(toks[: cut - 1], lows[: cut - 1])
        if owner is not None:  # "Cornyn's statement": the senator speaks through it
            return Mention(owner, title, "person")
        return Mention(_strip_det(s), title, "document", role=_norm_role(heads[-1]))
    return None


def _honorifics_cut(
    toks: list[str], lows: list[str], title: str | None
) -> tuple[list[str], list[str], str | None, str]:
    """The words without their honorifics, the title an honorific gives, the gender."""
    gender = ""
    # honorific: "Mr. Tedeschi", "Dr. Jane Smith"; one that tells no gender is the title
    while toks and lows[0] in _CUT_HONORIFICS:
        gender = gender or _GENDERED.get(lows[0], "")
        if title is None and lows[0] not in _GENDERED and len(toks) > 1:
            title = toks[0]  # "Dr Grace Wanjiku": title "Dr"
        toks, lows = toks[1:], lows[1:]
    return toks, lows, title, gender


def _capitalised(toks: list[str], lows: list[str]) -> list[bool]:
    """Which words are capitalised, the particles inside a name counted as its words."""
    caps = [_is_cap(t) for t in toks]
    i = 1
    while i < len(toks) - 1:
        j = i
        while j < len(toks) - 1 and lows[j] in _PARTICLES:
            j += 1
        if j > i and caps[i - 1] and caps[j] and lows[i - 1] not in _TITLES:
            for x in range(i, j):
                caps[x] = True  # "Khalid bin Zayed Al Nadir", "Ursula von der Leyen"
        i = j + 1
    return caps


def _short_shape(
    s: str, toks: list[str], lows: list[str], caps: list[bool], title: str | None, gender: str
) -> Mention | None:
    """A body by its head word, a people's name, a lone title, a group, a phrase with a
    preposition after its head, a title of office before the name."""
    if lows[-1] in _ORG_HEADS and len(toks) < 4:
        # "Israel radio", "Police": an organisation; "the radio": a role, the last one named
        if lows[0] in _DETS and not any(caps[1:]):
            return Mention(_strip_det(s), title, "role", role=lows[-1])
        return Mention(_strip_det(s), title, "organisation", role=lows[-1])
    if caps[-1] and lows[-1].endswith(("ists", "ians")) and len(toks) < 4 and not gender:
        return Mention(s, title, "anonymous", role=lows[-1])  # "Zionists", "Palestinians"
    if len(toks) == 1 and not gender and not title and lows[0] in _LONE_TITLES:
        return Mention(s, None, "role", role=_norm_role(lows[0]))  # "Minister: we will fight on"
    if len(toks) == 1 and not gender and lows[0] in _GROUP_PLURALS:
        return Mention(s, title, "anonymous", role=lows[0])  # "Fishermen", "Forecasters"
    if lows[0] in _GROUP_NOUNS and caps[0] and lows[1:2] == ["of"] and any(caps[2:]):
        return Mention(s, title, "organisation", role=lows[0])  # "Friends of the Earth"
    group = _group_phrase(toks, lows, caps)
    if group is not None:
        return group
    at = _office_split(toks)
    if at is not None:
        # "Deputy Superintendent of Police Folasade Adekunle", "Minister for Foreign Affairs
        # Wang Yi": a title of office, then the name
        name = " ".join(toks[at:])
        who = _parse_mention(name)
        return Mention(name, " ".join(toks[:at]), "person", gender or who.gender)
    return None


def _with_body(
    s: str, toks: list[str], lows: list[str], caps: list[bool], title: str | None, gender: str
) -> Mention | None:
    """A person with the body or place after "of", "from" or "at"."""
    j = next((x for x in range(1, min(len(lows), 7)) if lows[x] in ("of", "from")), -1)
    if j > 0:  # "... of the bank", "Economist Petar Ganchev from the Institute for ..."
        if (
            caps[0]
            and all(caps[x] or lows[x] == "and" for x in range(j))
            and not any(
                w != "and"
                and (w in _NOT_A_PERSON or w in _VAGUE)
                and not (x == 0 and j > 2 and w in _TITLES)  # "Chief Daniel Moran of the ..."
                for x, w in enumerate(lows[:j])
            )
        ):
            # "Travis of the Visitors Bureau", "Ana Ruiz and Ed Cole of Tidewater Games": the
            # named people, their organisation as the title
            org = _strip_det(" ".join(toks[j + 1 :]))
            who = _parse_mention(" ".join(toks[:j]))
            if lows[j] == "from" and (who.type != "person" or _ORG_WORDS.isdisjoint(lows[j + 1 :])):
                # "Ana Ruiz from Chicago", "Volunteers from the Red Cross": a place, no person
                return replace(who, gender=gender or who.gender)
            if (lows[0] in _TITLES or _is_role_word(lows[0])) and who.type == "person":
                # "Commander Frank J. Doyle of the American Legion": the title cut from the name
                return Mention(who.name, f"{who.title} of {org}", "person", gender or who.gender)
            if (
                title is not None
                and title.lower().rstrip(".") in _PLACE_OFFICES
                and lows[j + 1] not in _DETS  # not "of the Armed Services Committee"
            ):
                org = f"{title} of {org}"  # "Gov. Michael Leavitt of Utah": "Gov. of Utah"
            elif title is None and who.title and len(who.name.split()) > 1:
                # "Sitting MP Anil Sawant of the Lok Vikas Party": the title cut from the name
                return Mention(who.name, f"{who.title} of {org}", "person", gender or who.gender)
            return Mention(" ".join(toks[:j]), org, "person", gender)
        if 1 < j < len(toks) - 1 and lows[0] not in _TITLES:  # "Senator Hargrove of Ohio"
            who = _parse_mention(" ".join(toks[:j]))
            named = who.name.split()
            if (
                who.type == "person"
                and who.title
                and len(named) > 1
                and all(map(_is_cap, named))
                and named[0].lower() not in _TITLES
            ):
                # "Art historian Jeroen Lammers of the University of Amsterdam", "Senior
                # analyst Tom Hale of the bank": a title before the name, the body after "of"
                # joins the title; a place does not ("Leader Clifford Rasmussen of Spencer")
                body = lows[j + 1] in _DETS or any(w in _ORG_WORDS for w in lows[j + 1 :])
                org = _strip_det(" ".join(toks[j + 1 :]))
                title = f"{who.title} of {org}" if body else who.title
                return Mention(who.name, title, "person", gender or who.gender)
    if "at" in lows[2:5] and all(caps[: lows.index("at", 2)]):
        j = lows.index("at", 2)
        who = _parse_mention(" ".join(toks[:j]))
        if who.type == "person" and " " in who.name and j + 1 < len(toks) and caps[j + 1]:
            # "Ana Ruiz at Goldman Sachs Group": the person, the body where she works her title
            org = " ".join(toks[j + 1 :])
            return Mention(who.name, who.title or org, "person", gender or who.gender)
    return None


def _vague_group(
    s: str, toks: list[str], lows: list[str], caps: list[bool], title: str | None, gender: str
) -> Mention | None:
    """An unnamed group of vague words ("Critics", "Some")."""
    definite_role = len(lows) > 1 and lows[0] in _DETS and not lows[-1].endswith("s")
    if not definite_role and all(w in _VAGUE or w in _QUANT or w in _DETS for w in lows):
        return Mention(s, title, "anonymous", role=_norm_role(lows[-1]))  # "Critics", "Some"
    return None


def _name_after_title(
    s: str, toks: list[str], lows: list[str], caps: list[bool], title: str | None, gender: str
) -> Mention | None:
    """A name after its lower-case kind or its title."""
    amp = next((x for x in range(1, len(toks) - 1) if toks[x] == "&"), -1)
    if amp > 1 and caps[amp - 1] and all(caps[amp + 1 :]):
        k = amp - 1
        while k > 0 and caps[k - 1]:
            k -= 1
        if k > 0 and not any(caps[:k]):
            # "shipbroker Marlowe & Pike", "the law firm Baker & Hale": a firm after its kind
            return Mention(" ".join(toks[k:]), None, "organisation")
    run = len(toks)
    while (
        run > 0
        and caps[run - 1]
        and lows[run - 1] not in _TITLE_OR_ORG
        and not _is_role_word(lows[run - 1])  # "Sociologist Lena Park"
        and not _CORP_RE.fullmatch(toks[run - 1])  # "Acme Mining Ltd Tom Hale"
        and not (lows[run - 1] in _NOT_PERSONS and run < len(toks))  # "3 Comments Ana Ruiz"
    ):
        run -= 1
    if (
        len(toks) - run >= 2
        and run > 0
        and lows[run - 1] in _ORG_WORDS
        and lows[run - 1] not in _PEOPLE_TOO
        and not caps[run - 1]
        and not any(w in _TITLES for w in lows[:run])
        and lows[run] not in _FIRST_NAMES
    ):
        # "the charity Christian Aid": the name after its lower-case kind is the organisation
        kind = _strip_det(" ".join(toks[:run]))
        return Mention(" ".join(toks[run:]), title or kind, "organisation", role=lows[run - 1])
    if len(toks) - run >= 2 and run > 0 and lows[run - 1] not in _FUNCTION_WORDS | {"&"}:
        # "State mediator Asbjoern Jensen": a name after its title, whatever the title says
        # the first name, and the title's role words ("spokeswoman"), not a place in it
        # ("Hope Valley coach")
        said = (w for w, cap in zip(lows[:run], caps[:run], strict=True) if not cap or w in _TITLES)
        for w in (lows[run], *said):
            gender = gender or ("f" if w in _FEMALE else "m" if w in _MALE else "")
        head = " ".join(toks[:run])  # no title of a comment header's "3 Comments"
        if all(w in _NOT_PERSONS or w.isdigit() for w in lows[:run]):
            head = ""
        return Mention(" ".join(toks[run:]), _strip_det(head) or title, "person", gender)
    return None


def _body_or_group(
    s: str, toks: list[str], lows: list[str], caps: list[bool], title: str | None, gender: str
) -> Mention | None:
    """An unnamed group of a plural role, a name after a role noun, a body by its words."""
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
        f = 1 if lows[0] in _DETS and len(lows) > 2 else 0
        if (lows[f] in _HEADS or lows[f] in _TITLES) and lows[f + 1] in ("of", "for", "at"):
            # "the head of the chamber of commerce", "the Secretary of the Treasury": a person
            # at its head, not the body
            return Mention(_strip_det(s), title, "role", role=lows[f])
        k = max((x for x, w in enumerate(lows) if w in _ORG_WORDS and not caps[x]), default=-1)
        if (
            0 < k < len(toks) - 1
            and caps[k + 1]
            and caps[-1]
            and all(caps[x] or lows[x] in _CONNECTORS for x in range(k + 1, len(toks)))
        ):
            # "the militant group Hamas", "the campaign group Stop the War Coalition": the name
            # after its lower-case kind
            kind = _strip_det(" ".join(toks[: k + 1]))
            return Mention(" ".join(toks[k + 1 :]), title or kind, "organisation", role=lows[k])
        # the role is the organisation word: "the board of education" -> "board"
        role = _norm_role(lows[i] if i + 1 < len(lows) and lows[i + 1] == "of" else lows[-1])
        if any(caps[1:]) or (caps[0] and lows[0] not in _DETS):
            return Mention(_strip_det(s), title, "organisation", role=role)
        return Mention(_strip_det(s), title, "role", role=role)
    if len(lows) == 1 and lows[0] in _ORG_SINGLE:
        return Mention(s, title, "organisation", role=lows[0])
    if _connected_name(toks, lows, caps):
        return Mention(_strip_det(s), title, "organisation")  # "the Centers for Disease Control"
    return None


def _last_name(
    s: str, toks: list[str], lows: list[str], caps: list[bool], title: str | None, gender: str
) -> Mention:
    """The last run of capitalised words that are no titles, or a role or group."""
    # a name after a title: the last run of capitalised words that are not titles
    end = len(toks)
    start = end
    while (
        start > 0
        and caps[start - 1]
        and lows[start - 1] not in _TITLES
        and not _is_role_word(lows[start - 1])  # "Prosecutor Thabo Nkosi"
        and not (lows[start - 1] in _NOT_PERSONS and start < end)  # "3 Comments Ana Ruiz"
        and (
            lows[start - 1] not in _NAME_STOP  # "Swiss Thomas Gurtner"
            or (end - start > 2 and lows[start] not in _FIRST_NAMES)  # "Black Sea Bulk ..."
        )
        and not (lows[start - 1] in _ORG_OR_BODY and end - start >= 2 and start > 1)
    ):  # "Leader of Opposition in the Assembly Vijay Singh Rathore": the body ends the title
        start -= 1
    hon = max((x for x in range(start + 1, end - 1) if lows[x] in _CUT_HONORIFICS), default=-1)
    if hon > 0:
        start = hon  # "Minister for Home Affairs Shri Ajay Rao": the name from the honorific
    place = _place_after(toks, lows, start, end)
    if place is not None:
        return place
    if start > 1 and end - start >= 3 and lows[start - 1] == "of" and lows[start - 2] in _TITLES:
        start += 1  # "Governor of Washington Chris Gregoire": the place ends the title
    elif (
        start > 2
        and end - start >= 3
        and lows[start - 1] == "the"
        and lows[start - 2] == "of"
        and lows[start - 3] in _TITLES
    ):
        start += 1  # "Leader of the Opposition R. Ashok": the body ends the title
    elif start == 2 and lows[1] == "and" and _is_name_word(toks[0]) and lows[0] in _FIRST_NAMES:
        start = 0  # "Tom and Ana Berg": the pair
    while 0 < start < end and lows[start - 1] in _NAME_PARTICLES and not caps[start - 1]:
        start -= 1  # "del Ponte", "van Gogh": the particle is the name's
    if (
        start == 1
        and end == 2
        and caps[0]
        and lows[0] in _NAME_STOP
        and lows[0] not in _PARTY_WORDS
        and not lows[0].isdigit()
        and not lows[1].endswith("s")  # "Three Smiths", "Two Koreas"
    ):
        start = 0  # "Christian Aid", "Swiss Re": the adjective opens a two-word name
    if start < end and not (start == 0 and lows[0] in _DETS) and not _after_the(lows, start):
        name_toks = toks[start:end]
        if start > 0 and not all(w in _NOT_PERSONS or w.isdigit() for w in lows[:start]):
            t = _strip_det(" ".join(toks[:start]))
            if lows[start - 1] in ("and", "&", "or", "with") or all(
                w in _NAME_STOP and w not in _PARTY_WORDS for w in lows[:start]
            ):
                t = ""  # "del Ponte and Skuratov", "Swiss Thomas Gurtner": no title
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
        and head in _TITLE_OR_VAGUE
        and not head.endswith("s")
    ):
        g = "f" if head in _FEMALE else "m" if head in _MALE else ""
        return Mention(_strip_det(s), None, "role", g, _norm_role(head))
    return Mention(s, title, "anonymous", role=_norm_role(head))
