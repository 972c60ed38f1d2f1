"""The title or role a document gives a person, found around the person's name: in apposition
before it ("the Crown prosecutor, Mark Dlamini,"), after it (", general manager of the Harbor
Hotel,"), or anywhere the full name stands (`_apposition_title`); used by `_merge` when an
entity is given its title. And the other way round, the person an unnamed role is: the one
the document writes with that word as its title (`_named_later`: "the judge" -> "Judge Ada
Moyo", "Manitoba's premier" -> "Premier Graham Tessier")."""

from __future__ import annotations

import re

from framing.attribution import REPORTING_VERBS
from framing.entities._mention import _strip_det, parse_mention
from framing.entities._names import _is_cap, _person_name
from framing.entities._text import (
    _CLAUSE_SUBORDINATORS,
    _DETS,
    _FUNCTION_WORDS,
    _HEAD_OF,
    _HEAD_OF_RE,
    _KIN,
    _NOT_A_PERSON,
    _NOT_HEAD,
    _NOT_NAME_START,
    _OFFICE_TITLES,
    _ORG_WORDS,
    _POST_VERBS,
    _ROLE_ACRONYMS,
    _TITLE_ABBREVIATIONS,
    _TITLES,
    _VAGUE,
    _VERB_WORDS,
    _apposed_name,
    _is_role_word,
    _title_before,
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


# ", the resident nun:" / ", San Francisco nightclub owner:" after a name (a lower-case last
# word)
_AFTER_NAME_ROLE_RE = re.compile(r",\s+((?:[\w'’-]+\s+){0,4}[a-z][\w'’-]*)\s*[,:;]")
# the same at a line's end ("Wikinews interviews Ann Lee, U.S. Green Party candidate") or before
# "who"/"whose" ("Helen Marsh, the novelist whose book won", "Ruth Stiles, a civil engineer who
# designed the bridge"): a phrase that opens with an article or
# a capital and holds no clause ("Colin Mercer, adding that the manager", "Ann Lee, nor the
# mayor", "Tom Hart, picks union organiser" are none)
_LINE_END_ROLE_RE = re.compile(
    r",[ \t]+((?:the\s+|an?\s+|[A-Z][\w.'’-]*[ \t]+)(?:[\w.'’-]+[ \t]+){0,4}[a-z][\w'’-]*)"
    r"(?:[ \t]*(?=\n|$)|\s+(?=who(?:se)?\s))"
)
_CLAUSE_WORDS = frozenset(("and", "that", "by", "nor", "not", "or", "but", "with", "to", "as"))
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


# ", who joined Wells six weeks ago as chairman and chief executive after ...": the clause's
# words before "as" (no punctuation), then the role to a preposition, a clause or punctuation
_WHO_AS_RE = re.compile(
    r",\s+who\s+((?:[\w'’-]+\s+){1,8}?)as\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
    r"((?:[\w'’-]+\s+){0,4}?[a-z][\w'’-]*)"
    r"(?=\s*[,;:.)]|\s+(?:after|before|in|on|since|until|when|from|last|this|and\s+(?:is|was|has|had"
    r"|now|later|then)|but|for\s+(?:\d+|a\s|the\s+past\s|more\s|over\s|nearly\s|almost\s))\b)"
)
_BECAME_RE = re.compile(
    r",\s+who\s+(?:(?:later|then|eventually|soon|also|recently)\s+)?(?:became|becomes)\s+"
    r"(?:(?:the|a|an|its|their)\s+)?((?:[\w'’-]+\s+){0,4}?[a-z][\w'’-]*)"
    r"(?=\s*[,;:.)]|\s+(?:after|before|in|on|since|until|when|last|this|but)\b)"
)
# "Susan Spicer is the city's stealth chef.", "Tony Prior is Eastfield's head coach." (the name
# at a sentence's start): the role
_IS_ROLE_RE = re.compile(
    r"\s+(?:is|was)\s+(?:the|a|an|[A-Z][\w-]*['’]s)\s+((?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*)"
    r"(?=\s*[.,;])"
)


def _clause_role(text: str, end: int) -> str | None:
    """The post a relative clause after a person's name gives ("Steve Davis, who joined the
    agency in 1997 as chairman and chief executive," -> "chairman and chief executive";
    "Ana Ruiz, who later became mayor," -> "mayor"), or a copula after a name that opens a
    sentence ("Susan Spicer is the city's stealth chef." -> "city's stealth chef")."""
    m = _WHO_AS_RE.match(text, end)
    if m is not None:
        words = [w.lower() for w in m.group(1).split()]
        role = m.group(2)
        if (
            words[0] in _POST_VERBS
            or (words[0] in _VERB_WORDS and any(w in _POST_VERBS for w in words))
        ) and _PREPS_IN_ROLE.isdisjoint(role.lower().split()):
            return role if _plain_role(role) else None
        return None  # "who stayed as long as the chairman", "came as a guest of the minister"
    m = _BECAME_RE.match(text, end) or _IS_ROLE_RE.match(text, end)
    if m is None:
        return None
    if m.re is _IS_ROLE_RE and not _subject_at(text, end):
        return None
    role = m.group(1)
    return role if _plain_role(role) else None


_PREPS_IN_ROLE = frozenset(("as", "to", "of", "for", "in", "at", "with", "on", "by"))
_NOT_A_POST = frozenset(("only", "next", "last", "best", "worst", "real", "true", "biggest"))


def _plain_role(role: str) -> bool:
    """A role phrase that names a post: a job word ends it, no family word ("the victim's
    father"), no "only"/"next"/"last" before it ("the only candidate", "the next manager")."""
    words = role.lower().split()
    return (
        _role_phrase(role)
        and _KIN.isdisjoint(w.strip(".,") for w in words)
        and _NOT_A_POST.isdisjoint(words)
    )


def _subject_at(text: str, end: int) -> bool:
    """Nothing but the name (and capitalised title words) stands before ``end`` in its
    sentence, or after a comma that ends an opening phrase ("In a town famous for its
    flamboyance, Susan Spicer is ...")."""
    before = text[max(0, end - 120) : end]
    cut = max(before.rfind(s) for s in (". ", "\n", "? ", "! ", ", "))
    seg = before[cut + 1 :].strip() if cut >= 0 else before.strip()
    para = before[before.rfind("\n") + 1 :]
    if para.count('"') % 2 or para.count("“") > para.count("”"):
        return False  # inside a quotation: the speaker's words, not the writer's
    opening = before[: cut + 1] if cut >= 0 and before[cut] == "," else ""
    first = re.split(r"[.\n?!]\s*", opening)[-1].split()[:1]
    if first and first[0].lower() in _CLAUSE_SUBORDINATORS:
        return False  # "If Ann Lee is the next manager, ...", "When Ann Lee was the coach, ..."
    words = seg.split()
    return all(w[:1].isupper() and w.lower() not in _CLAUSE_SUBORDINATORS for w in words)


def _apposition_title(name: str, text: str, gender: str = "") -> str | None:
    """The role the document puts in apposition to a person's full name anywhere: "the
    resident nun, Ani Kunga," -> "resident nun"; "Harry Denton, nightclub owner:" ->
    "nightclub owner" (a phrase that a title or job word ends); ``gender`` ("m", "f" or "")
    keeps a courtesy title of the other sex from giving it ("Mrs Grange, who ...")."""
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
            if m is None:
                m = _LINE_END_ROLE_RE.match(text, end)
                if m is not None and not _CLAUSE_WORDS.isdisjoint(m.group(1).lower().split()):
                    m = None
            if (
                m is not None
                and m.group(1).split()[0].lower() not in ("who", "whose", "which", "that")
                and _role_phrase(m.group(1))
            ):
                role = _strip_det(m.group(1))  # (a relative clause is no title)
            else:
                role = _role_of_after(text, i, end) or _clause_role(text, end)
        if role:
            return role
        i = text.find(name, end)
    surname = name.split()[-1]
    if " " in name and surname[:1].isupper():
        # "Mr Grange, who joined the company as finance director in 1999,": the clause after
        # the surname with its courtesy title
        i = text.find(surname + ", who ")
        while i >= 0:
            end = i + len(surname)
            hon = _COURTESY_BEFORE_RE.search(text, max(0, i - 6), i)
            female = hon is not None and hon.group(0).startswith(("Mrs", "Ms", "Miss"))
            male = hon is not None and hon.group(0).startswith(("Mr ", "Mr."))
            if (
                hon is not None
                and not (gender == "m" and female)
                and not (gender == "f" and male)
                and (role := _clause_role(text, end))
            ):
                return role  # (not "Mrs Grange, who ..." for Peter Grange)
            i = text.find(surname + ", who ", end)
        i = text.find(surname)
        while i >= 0:
            end = i + len(surname)
            m = _SURNAME_IS_RE.match(text, end)
            rank = _RANK_BEFORE_RE.search(text, max(0, i - 12), i)
            if m is not None and rank is not None and _subject_at(text, end):
                role = m.group(1)
                head = role.split(" in ")[0]  # "senior lecturer in geophysics"
                if _plain_role(head) and _NOT_A_JOB.isdisjoint(head.lower().split()):
                    return role  # "Dr Henare, 41, is a senior lecturer in geophysics at ..."
            i = text.find(surname, end)
    return None


# "Dr Henare, 41, is a senior lecturer in geophysics at Victoria University": after a courtesy
# or academic title and the surname, an age perhaps and a present copula's role
_SURNAME_IS_RE = re.compile(
    r"(?:,\s+\d{1,3},)?\s+is\s+(?:the|a|an)\s+((?:[\w'’-]+\s+){0,4}?[a-z][\w'’-]*)"
    r"(?=\s*[.,;]|\s+(?:at|of|for|with)\b)"
)
# what a copula may call someone that is no post: "a keen cyclist", "a member of", "a former
# teacher", "a student at", "a volunteer at", "the author of two books"
_NOT_A_JOB = frozenset(
    "keen avid former retired onetime member student volunteer author fan graduate fierce vocal "
    "opponent critic candidate supporter".split()
)
_RANK_BEFORE_RE = re.compile(r"\b(?:Dr|Prof|Professor)\.?\s+$")


_COURTESY_BEFORE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+$")


_SINGLE_DETS = frozenset(("a", "an", "the", "another", "one", "his", "her", "their", "its"))
_ROLE_TAIL_RE = re.compile(
    r"\s(?:for|of|at|in|from|with|who|on|to|quoted|close|familiar|[a-z]+ing)\s"
)  # "An aide to the governor", "A lawyer representing the mayor": the job before them
# words kept before the job word: "A former minister", "Acme's chief executive"
_ROLE_MODIFIERS = (
    frozenset(("former", "retired", "late", "acting", "deputy", "chief", "senior")) | _TITLES
)


def _anonymous_role(name: str) -> str | None:
    """The job word an unnamed person's description ends in ("A ministry spokesman" ->
    "spokesman", "a spokesperson for the airline" -> "spokesperson", "the club's secretary" ->
    "secretary"): one person (a singular determiner or a possessive before it), the job word
    in lower case; None for groups ("Company officials") and anything else ("A source close to
    the negotiations")."""
    head = _ROLE_TAIL_RE.split(name, maxsplit=1)[0]
    words = head.split()
    if len(words) < 2:
        return None
    first, last = words[0].lower(), words[-1]
    if not (first in _SINGLE_DETS or first.endswith(("'s", "’s"))):
        return None
    low = last.lower()
    if not last[:1].islower() or not (low in _TITLES or _is_role_word(low)):
        return None
    if low.endswith("s") and (low[:-1] in _TITLES or _is_role_word(low[:-1])):
        return None  # "the bank's officers": a group
    if low in _KIN:
        return None  # "The boy's father": family, no job
    k = len(words) - 1
    while k > 1 and words[k - 1].lower() in _ROLE_MODIFIERS and words[k - 1].islower():
        k -= 1  # "A former minister", "Acme's chief executive"
    return " ".join(words[k:])


def _lone_office(title: str) -> bool:
    """A title that is one short title of office alone ("Gov.", "Dr"): any other the document
    gives the person says more."""
    return title.lower().rstrip(".") in _OFFICE_TITLES


_TITLED_NAME_RE = re.compile(
    r"[A-Z][\w'’-]+(?:\s+[A-Z]\.)*(?:\s+[A-Z][\w'’-]+){1,2}"
)  # "Raymond T. Holcomb"


def _head_of(role: str, title: str | None) -> bool:
    """A title that holds the office of a head-of role ("head of state": "President",
    "President of Kenya", "Kenyan President", "King"; "head of government": "Prime Minister",
    "Premier"); not another office that ends in the same word ("Vice President", "Senate
    President", "Deputy Prime Minister")."""
    said = _HEAD_OF_RE.fullmatch(role)
    words = (title or "").lower().replace("-", " ").split()
    if words[:1] == ["the"]:
        words = words[1:]
    for office in _HEAD_OF.get(said.group(1), ()) if said else ():
        ow = office.split("-")
        k = len(ow)
        if words[:k] == ow and (len(words) == k or words[k] == "of"):
            return True
        if len(words) == k + 1 and words[1:] == ow and words[0] not in _NOT_HEAD:
            return True
    return False


def _head_named(role: str, text: str) -> str | None:
    """The one person the document titles as the holder of a head-of role (`_head_of`):
    "President Bola Tinubu" for "the head of state"; None when it names none or several."""
    said = _HEAD_OF_RE.fullmatch(role)
    found = set()
    for office in _HEAD_OF.get(said.group(1), ()) if said else ():
        form = office.replace("-", " ")
        for m in re.finditer(rf"\b{re.escape(form)} (?=[A-Z])", text, re.IGNORECASE):
            before = text[max(0, m.start() - 20) : m.start()].split()
            if before and before[-1].lower() in _NOT_HEAD:
                continue  # "Union president Walter Harkins", "Senate President X"
            named = _TITLED_NAME_RE.match(text, m.end())
            if named is None:
                continue
            name = re.sub(r"['’]s$", "", named.group(0))
            if _head_of(role, _title_before(name, text)):
                found.add(name)
    return found.pop() if len(found) == 1 else None


def _named_later(name: str, type_: str, text: str) -> str | None:
    """The name of an unnamed single person ("A judge", "Judge", "the teacher", "Manitoba's
    premier") that the document writes once with that word as its title ("Judge Ada Moyo",
    "Premier Graham Tessier") or before it in apposition ("the Commissioner of Police, Mr Ali
    Umar, ...")."""
    if _HEAD_OF_RE.fullmatch(name.lower()):
        return _head_named(name.lower(), text)  # "the head of state": the president named
    last = name.split()[-1] if name.split() else ""
    acronym = _ROLE_ACRONYMS.get(last.lower().replace(".", ""))
    if acronym is not None and last.isupper():
        # "..., DA says": the district attorney the text names (the whole role, not a former
        # one's nor the defence's)
        return _names_after((" ".join(acronym),), text, "", whole_role=True)
    words = name.lower().split()
    owned = len(words) == 2 and words[0].endswith(("'s", "’s")) and name[:1].isupper()
    owner = words[0][:-2] if owned else ""  # "Manitoba's premier": Manitoba's one
    if not 0 < len(words) < 3 or (
        (len(words) == 2) != (words[0] in ("a", "an", "the")) and not owned
    ):
        return None
    head = words[-1]
    if type_ == "person" and (len(words) > 1 or head not in _TITLES):
        return None
    if not head.isalpha() or head.endswith("s") or head in _ORG_WORDS or head in _FUNCTION_WORDS:
        return None
    # "Gov. Ann Lee" for "governor"
    return _names_after((head, *_TITLE_ABBREVIATIONS.get(head, ())), text, owner)


# words before a role that make it someone else's: "Former chief executive John Park",
# "Defence attorney Sam Cole"
_OTHER_ONES = frozenset(("former", "ex", "defence", "defense", "deputy", "assistant", "acting"))


def _names_after(
    forms: tuple[str, ...], text: str, owner: str, whole_role: bool = False
) -> str | None:
    """The one name the text writes after a form of a role ("Judge Ada Moyo") or in apposition
    after it ("the Commissioner of Police, Mr Ali Umar,"); ``owner``: the owner the role's
    sentence must hold ("Manitoba's premier"); ``whole_role``: a role of several words that no
    word of `_OTHER_ONES` may open ("district attorney")."""
    found = set()
    low = text.lower()  # "judge Ada Moyo", "Judge Ada Moyo"
    for form in forms:
        i = low.find(form)
        while i >= 0:
            j = i + len(form)
            before = low[max(0, i - 12) : i].split()[-1:]
            if whole_role and before and before[0].strip("-") in _OTHER_ONES:
                i = low.find(form, j)
                continue
            if (i == 0 or not text[i - 1].isalnum()) and low.startswith((" ", ","), j):
                m = _TITLED_NAME_RE.match(text, j + 1) if text[j] == " " else None
                if m is not None:
                    found_name = re.sub(r"['’]s$", "", m.group(0))
                    lows = found_name.lower().split()
                    if (
                        lows[0] not in _NOT_A_PERSON
                        and lows[0] not in REPORTING_VERBS  # "Minister Warns Of Deep Cuts"
                        and _FUNCTION_WORDS.isdisjoint(lows)
                        and (not owner or owner in _sentence_of(low, i))
                    ):  # (an owned role: its owner in the name's sentence, not "Texas's" Newsom)
                        found.add(found_name)
                elif named := _apposed_name(text, j):  # "the Commissioner of Police, Mr Ali Umar,"
                    found.add(named)
            i = low.find(form, j)
    return found.pop() if len(found) == 1 else None


def _sentence_of(low: str, i: int) -> str:
    """The sentence (roughly: between full stops or line breaks) around offset ``i``."""
    a = max(low.rfind(". ", 0, i), low.rfind("\n", 0, i)) + 1
    ends = [e for e in (low.find(". ", i), low.find("\n", i)) if e >= 0]
    return low[a : min(ends) if ends else len(low)]


_RANKS = frozenset(("professor", "prof", "rev", "reverend", "the rev", "the reverend"))


def _kin_role(title: str) -> bool:
    """A family word in a role ("father of the bride"): no post."""
    return not _KIN.isdisjoint(w.lower() for w in title.split())


def _doctor(title: str) -> bool:
    """A lone "Dr": a role the text states says more ("Dr Henare, 41, is a senior lecturer")."""
    return title.lower().rstrip(".") in ("dr", "doctor")


def _rank_only(title: str) -> bool:
    """An academic or clerical rank alone ("Professor", "Rev."): a role the document gives
    the person in apposition says more."""
    return title.lower().rstrip(".") in _RANKS


def _fuller_title(new: str, old: str) -> bool:
    """``new`` is ``old`` with more words before it ("Health Minister" for "Minister")."""
    return len(new) > len(old) and new.lower().endswith(" " + old.lower())
