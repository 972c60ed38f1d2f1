"""The shape of a name, read alone: whether a phrase holds a name, whether it is a person's
name (with its titles of office, particles and honorifics), and names whose shape says what
they are ("NHS England", "the office of Mayor X", "The BBC's Helen Strand"), an organisation's
name of capitalised words and connectors, and the head of an unnamed source before a clause
about it ("a woman who lives next to the site"). Used by `_mention.parse_mention` and
`_titles`."""

from __future__ import annotations

import re

from framing.entities._text import (
    _CLAUSE_AFTER_RE,
    _DETS,
    _FIRST_NAMES,
    _FUNCTION_WORDS,
    _GROUP_PLURALS,
    _HEAD_TAILS,
    _HONORIFIC_DET_TITLE,
    _HONORIFICS,
    _ING_NOUNS,
    _NATION_TAILS,
    _ORG_WORDS,
    _PARTICLES,
    _PORTFOLIO_WORDS,
    _POSTNOMINALS,
    _RANK_PREFIXES,
    _STOP_OR_NAME_STOP,
    _TITLES,
    _TOKEN_RE,
    _VAGUE,
    _is_name_word,
    _is_role_word,
)

_OWNED_NAME_RE = re.compile(
    r"((?:[A-Z][\w.&-]*\s+){0,5}[A-Z][\w.&-]*)['’]s\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)+)"
)


_CONNECTORS = frozenset(("of", "for", "and", "the", "on", "&"))
_PORTFOLIO_JOINS = frozenset(("and", "&", "the", "of", "for"))
_OFFICE_HEADS = frozenset(("head", "chief"))  # "Head of Kerman Province's Crisis ... X"


def _is_cap(w: str) -> bool:
    return w.lstrip("'‘\"“")[:1].isupper()  # "'Bunny'" in "Winston 'Bunny' Campbell"


def _named_shape(bare: str) -> tuple[str, str | None, str] | None:
    """(name, title, type) of a phrase whose shape says what it is: the office of someone
    ("the office of Mayor Thembi Gumede": an organisation), a body named for its nation ("NHS
    England", "Statistics Canada"), a person named after an owner ("The BBC's Helen Strand",
    "Tasmania's Dean Maley": the owner is the title); None otherwise."""
    words = bare.split()
    if len(words) > 2 and words[0].lower() == "office" and words[1].lower() == "of":
        return bare, None, "organisation"
    if (
        len(words) == 2
        and words[1].lower() in _NATION_TAILS
        and words[0][:1].isupper()
        and words[0].lower() not in _FIRST_NAMES
    ):
        return bare, None, "organisation"
    owned = _OWNED_NAME_RE.fullmatch(bare)
    if owned is None:
        return None
    name = owned.group(2)
    first = name.split()[0].lower()
    owner = owned.group(1)
    if first in _FIRST_NAMES or (
        len(name.split()) == 2
        and first.strip(".") not in _HONORIFIC_DET_TITLE
        and " " not in owner  # "Tasmania's", "Apple's"; not "The Council's Housing Strategy"
        and owner.lower() not in _ORG_WORDS
        and _person_name(name)
    ):
        return name, owner, "person"
    return None


_TAIL_ACRONYM_RE = re.compile(r"(?!(?:I|V|X)+$)[A-Z]{2,6}")  # not "III", "IV"


def _body_shape(bare: str) -> bool:
    """A body by its shape alone: names joined by "&" ("Ernst & Young", "Allen & Overy"), or
    two or three capitalised words with an acronym last ("Ohio EPA", "Kenya ODPP"; not
    "Jane Roe QC", "John Smith III", nor after a first name), or capitalised words that end in
    a plural of people (`lexicons/entity_group_plurals.txt`: "Federated Farmers")."""
    words = bare.split()
    if " & " in bare and all(w[:1].isupper() or w == "&" for w in words):
        return True
    if (
        1 < len(words) < 5
        and words[-1].lower() in _GROUP_PLURALS
        and all(w[:1].isupper() for w in words)
        and words[0].lower() not in _FIRST_NAMES
    ):
        return True  # "Federated Farmers says", "Concerned Parents": a body named for members
    return (
        1 < len(words) < 4
        and _TAIL_ACRONYM_RE.fullmatch(words[-1]) is not None
        and words[-1].lower() not in _POSTNOMINALS
        and all(w[:1].isupper() for w in words)
        and words[0].lower() not in _FIRST_NAMES
    )


def _has_name(part: str) -> bool:
    toks = _TOKEN_RE.findall(part)
    if not toks:
        return False
    return any(
        _is_cap(t) and t.lower().strip(".") not in _HONORIFIC_DET_TITLE for t in toks
    ) and toks[0].lower() not in ("a", "an")


def _person_name(part: str) -> bool:
    """A person's name alone: two to four name words (one after an honorific), none a title,
    organisation, place-like or stop word ("Mr Ali Umar", "Ana Ruiz"; not "Commissioner of
    Police", "Legend's general manager", "UKB")."""
    words = part.split()
    titled = False
    while len(words) > 1 and (
        words[0].lower().strip(".") in _HONORIFICS
        or words[0].lower() in _TITLES
        or (
            words[0].lower() in _RANK_PREFIXES
            and (words[1].lower() in _TITLES or _is_role_word(words[1].lower()))
        )
    ):
        words, titled = words[1:], True  # "Mr Ali Umar", "Major General Arkady Velesov"
    at = words.index("of") if "of" in words[1:4] else -1
    if (
        at >= 0
        and all(_is_role_word(w.lower()) or w.lower() in _TITLES for w in words[:at])
        and len(words) > at + 3
        and _is_cap(words[at + 1])
    ):
        words, titled = words[at + 2 :], True  # "Superintendent of Police Ann Lee"
    core = sum(w.lower() not in _PARTICLES for w in words)  # "Hessa bint Khalifa Al Suwaidi"
    return (
        (1 if titled else 2) <= len(words) < 7
        and core < 5
        and all(
            (_is_name_word(w) and w.lower().strip(".") not in _STOP_OR_NAME_STOP)
            or (0 < k < len(words) - 1 and w in _PARTICLES)  # "Pieter van Wyk"
            for k, w in enumerate(words)
        )
    )


def _office_split(toks: list[str]) -> int | None:
    """Where the name starts in a title of office written before it: "Deputy Superintendent of
    Police Folasade Adekunle", "Chinese Minister for Foreign Affairs Wang Yi", "Secretary of
    State for Health Ana Ruiz" (titles, rank words and "head", after one capitalised word such
    as a nation's adjective or a body's name, then "of"/"for" (and "the") and a capitalised
    portfolio, then a person's name); None for any other shape, and for a title after "for"
    ("Press Secretary for Governor Kathy Hochul"). The name starts
    at a first name we know, else after the portfolio's words (`_PORTFOLIO_WORDS`), else it is
    the last two words after "for" and all but the first after "of"."""
    lows = [t.lower().strip(".") for t in toks]
    j = next((x for x in range(1, min(len(lows), 7)) if lows[x] in ("of", "for")), None)
    if j is not None and j + 3 < len(toks) and lows[j + 1] == "the":
        toks, lows = [*toks[: j + 1], *toks[j + 2 :]], [*lows[: j + 1], *lows[j + 2 :]]
        at = _office_split(toks)  # "head of the IRCS Relief and Rescue Organization X"
        return None if at is None else at + 1
    if j is None or j + 2 >= len(toks) or not _is_cap(toks[j + 1]):
        return None
    if lows[j + 1] in _TITLES:
        return None  # "Press Secretary for Governor Kathy Hochul": the name is the boss's
    office = lows[:j]
    if (
        len(office) > 1
        and _is_cap(toks[0])
        and office[0] not in _FIRST_NAMES
        and (office[1] in _TITLES or _is_role_word(office[1]))
    ):
        office = office[1:]  # "Chinese Minister", "Roscosmos Executive Director"
    if not all(
        w in _TITLES
        or w in _RANK_PREFIXES
        or _is_role_word(w)
        or w in _OFFICE_HEADS
        or (0 < i < len(office) - 1 and w in _PORTFOLIO_WORDS)  # "Deputy Finance Minister"
        for i, w in enumerate(office)
    ):
        return None
    tail = range(j + 2, len(toks) - 1)
    # a first name we know, not a particle inside the name ("Hessa bint Khalifa Al Suwaidi")
    start = next((k for k in tail if lows[k] in _FIRST_NAMES and lows[k] not in _PARTICLES), None)
    if start is None:
        run = j + 1  # the portfolio's words: "of Government Business", "for Foreign Affairs"
        while run < len(toks) - 2 and (
            lows[run].rstrip(",") in _PORTFOLIO_WORDS or lows[run] in _PORTFOLIO_JOINS
        ):
            run += 1
        if run > j + 1 and lows[run - 1] not in _PORTFOLIO_JOINS:
            start = run
        else:
            start = j + 2 if lows[j] == "of" else max(j + 2, len(toks) - 2)
    if start > j + 2 and lows[start - 1] in _HONORIFICS:
        start -= 1  # "... for Home Affairs Shri Ajay Rao": the honorific opens the name
    portfolio = toks[j + 1 : start]
    if not all(_is_cap(w) or w.lower() in ("and", "the", "&", "of", "for") for w in portfolio):
        return None
    if lows[j] == "for" and len(toks) - start > 3:
        return None
    return start if _person_name(" ".join(toks[start:])) else None


def _named_of(head: str, text: str) -> str | None:
    """The one body ``text`` names as "<Head> of ..." for a bare head ("the ministry" ->
    "Ministry of Agriculture and Water Resources"), or else, for "the ministry", as "<Name>
    Ministry" ("the Interior Ministry"); None when it names none or several, or both kinds."""
    cap = head.capitalize()
    forms = {
        _up_to_a_person(m.group(0))
        for m in re.finditer(
            rf"\b{cap} (?:of|for) (?:the )?[A-Z][\w'’-]*"
            rf"(?: (?:and |& |of |for |the )?[A-Z][\w'’-]*)*",
            text,
        )
    }
    if len(forms) > 1 or cap not in text:
        return None  # several: which one is unsure
    before = {
        _without_function_words(m.group(1)) + cap
        for m in re.finditer(rf"\b((?:[A-Z][\w'’-]*\s(?:(?:and|of|for|&)\s)?)+){cap}\b", text)
    } - {cap}
    if len(forms) == 1 and not before:
        return forms.pop()
    if head == "ministry" and not forms and len(before) == 1:
        return before.pop()  # "the ministry" -> "Interior Ministry", the one the text names
    return None  # none, or several: which one is unsure


def _without_function_words(words: str) -> str:
    """Capitalised words before a body's head without a sentence's opening "The", "In" ..."""
    toks = words.split()
    while toks and toks[0].lower() in _FUNCTION_WORDS:
        toks = toks[1:]
    return " ".join(toks) + " " if toks else ""


def _up_to_a_person(form: str) -> str:
    """A body's name cut before a title or a first name that runs on after it ("Ministry of
    Foreign Affairs Spokesperson Mao Ning": "Ministry of Foreign Affairs")."""
    words = form.split()
    for k in range(3, len(words)):
        low = words[k].lower()
        if low in _TITLES or low in _FIRST_NAMES or _is_role_word(low):
            return " ".join(words[:k])
    return form


def _named_org(head: str, text: str) -> str | None:
    """The one organisation the text names with capitals and ends with ``head`` ("the
    association" -> "National Millers' Association") or one of its name tails
    (`entity_head_tails.txt`: "the airline" -> "Skarvik Air"): None when it names none or
    several, and for vague heads ("the government", "the agency")."""
    if head in _VAGUE or not head.isalpha() or head not in _ORG_WORDS:
        return None
    found = set()
    for cap in (w.capitalize() for w in _HEAD_TAILS.get(head, (head,))):
        i = text.find(" " + cap)
        while i >= 0:
            j = i + 1 + len(cap)
            tail = cap != head.capitalize()
            if (j >= len(text) or not text[j].isalnum()) and not (
                tail and text[j : j + 1] == " " and text[j + 1 : j + 2].isupper()
            ):  # a tail ends the name: not "Delta Air Lines", "the Clean Air Act"
                words = text[max(0, i - 80) : i].split("\n")[-1].split()[-5:]
                k = len(words)
                while k > 0 and words[k - 1][:1].isupper() and words[k - 1][-1:] not in ",.;:":
                    k -= 1
                words = words[k:]
                while words and words[0].lower() in _FUNCTION_WORDS:
                    words = words[1:]  # "The", "In"; not "National"
                if words:
                    found.add(" ".join((*words, cap)))
            i = text.find(" " + cap, j)
    return found.pop() if len(found) == 1 else None


def _clause_head(s: str) -> str | None:
    """The words of an unnamed source before a relative clause or a participle phrase about
    it ("a woman who lives next to the site": "a woman"), or None. Not after a function word
    ("the leading candidate") nor a noun in -ing of `ed_ing_nouns.txt`."""
    words = s.split()
    if not words:
        return None
    named = words[-1][:1].isupper()  # "BBC Sport boxing correspondent Mike Costello"
    for m in _CLAUSE_AFTER_RE.finditer(s):
        before = s[: m.start()]
        if not before.strip():
            continue
        last = before.rsplit(None, 1)[-1].lower()
        relative = m.group(0).strip() in ("who", "whose", "which", "that")  # "Those who ..."
        if not relative and (
            named or last in _FUNCTION_WORDS or last in _DETS or last in ("own", "most")
        ):
            continue  # a title with "-ing" before a name, not a participle phrase
        if m.group(1) and m.group(1) in _ING_NOUNS:
            continue
        return before
    return None


def _connected_name(toks: list[str], lows: list[str], caps: list[bool]) -> bool:
    """Four words or more, all capitalised but for connectors between them, one connector at
    least, no title, job word or first name: an organisation's name ("the Centers for Disease
    Control and Prevention", "Bank of Lusania"; not "Secretary of State Ana Ruiz")."""
    words = list(zip(caps, lows, strict=True))
    first = 1 if lows and lows[0] in _DETS else 0
    return (
        len(toks) - first >= 4
        and all(c or w in _CONNECTORS for c, w in words[first:])
        and any(w in _CONNECTORS for _c, w in words[first + 1 : -1])
        and caps[first]
        and caps[-1]
        and not any(w in _TITLES or _is_role_word(w) or w in _FIRST_NAMES for w in lows)
    )


def _after_the(lows: list[str], start: int) -> bool:
    """The capitalised run at ``start`` follows "the" inside a longer phrase ("employees
    interviewed by the Courier"): a paper or a body, not the source's own name."""
    return start > 1 and lows[start - 1] == "the" and lows[start] not in _FIRST_NAMES
