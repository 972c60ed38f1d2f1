"""The text work behind `framing.entities`: its word sets, and the name forms a document
spells out around a source.

`framing.entities` reads a source mention on its own and merges mentions into entities; this
module looks at the whole document text for the fuller form of a name: the first names and
particles written around a surname (`fullest`), "Jr."/"Sr." (`suffixed`), the company a
mention opens (`corporate_names`), and the nearest person-like name before an unresolved
pronoun (`name_before`). Cheap string scans over the text, only for the entities a document
has.
"""

from __future__ import annotations

import re

from framing import lexicons as lx

_TITLES = lx.words("titles") | lx.words("name_titles")  # "State Rep. Ana Ruiz"
_VERB_WORDS = lx.words("auxiliaries") | lx.words("be_forms")
_LONE_TITLES = lx.words("entity_lone_titles")  # "Minister: ...": a role, not a person
_ROLE_NOUNS = lx.words("entity_role_nouns")  # "Prosecutor Thabo Nkosi": a title, then the name
# "Mr.", "Sir", "Alhaji", "Professor": never a name word; parse_mention cuts them from a name
# (`_CUT_HONORIFICS`), except the title words among them ("Professor", "Chief"), which stay the
# entity's title
_HONORIFICS = lx.words("name_titles") | lx.words("entity_honorifics")
_CUT_HONORIFICS = _HONORIFICS - (_TITLES - lx.words("name_titles"))
# "Gov.", "Sen.": short titles of office, not put back before a canonical name (`_written`)
_OFFICE_TITLES = lx.words("entity_office_titles")
_BODY_HEADS = lx.words("entity_body_heads")  # "the Assembly", "Parliament": bodies
_TITLE_PARTICIPLES = lx.words("entity_title_participles")  # "Ana Ruiz, acting head"
# subordinators that open a clause, not the prepositions among them ("After a long season, Ann
# Lee is ..." opens no clause; "If Ann Lee is the next manager, ..." does)
_CLAUSE_SUBORDINATORS = lx.words("subordinators") - frozenset(
    ("after", "before", "since", "until", "till", "as")
)
_POST_VERBS = lx.words("entity_post_verbs")  # "Ana Ruiz, who joined the firm as director"
_KIN = lx.words("entity_kin_words")  # "the victim's father": family, no job
_POSTNOMINALS = lx.words("entity_postnominals")  # "Rebecca Hollins QC": no part of the name
_NATION_TAILS = lx.words("entity_nation_tails")  # "NHS England", "Statistics Canada"
_FACILITIES = lx.words("facility_words")  # "John Radcliffe Hospital": a place
# "Moscow", "Gallup", "Vanity Fair": sources that are organisations (countries, capitals, media)
_ORG_NAMES = lx.words("entity_org_names")
_COMMON_OWNERS = lx.words("entity_common_owners")
_TITLE_ABBREVIATIONS = lx.table("entity_title_abbreviations")  # governor -> ("gov.",)
_ORG_HEADS = lx.words("entity_org_heads")  # "the radio", "Israel radio", "police"
_ORG_TAILS = lx.words("entity_org_tails")  # "Black Sea Bulk Logistics", "the Air Force"
_HEAD_TAILS = lx.table("entity_head_tails")  # "the airline" -> "Skarvik Air"
_THING_TAILS = lx.words("entity_thing_tails")  # "Academy Award", "Dupont Circle": no person
_ORG_NOUNS = lx.words("org_words") | lx.words("org_nouns")  # "the ministry", "news outlets"
_ORG_WORDS = _ORG_NOUNS | _ORG_HEADS | _ORG_TAILS
_GROUP_NOUNS = lx.words("entity_group_nouns")  # "Friends of the Earth": an organisation
_GROUP_PLURALS = lx.words("entity_group_plurals")  # "Fishermen fear ...": an unnamed group
_DOC_NOUNS = lx.words("document_nouns")
_POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys", "polling", "census"})
_SURVEY_BODIES = lx.words("entity_survey_bodies")  # "the U.S. Geological Survey": a body
# words after a document noun that open its modifier, not a compound: "a poll in March", "a
# survey out this week" (participles in -ed/-ing count too: "a study published in May")
_DOC_MODIFIER_WORDS = frozenset({"in", "on", "out", "at", "this", "last", "there"})
_NOT_PERSONS = lx.words("entity_not_persons")  # "Nobody", "Comments": name nobody
_VAGUE = lx.words("vague_sources") | _NOT_PERSONS
# the gender lists, with the given names of many countries ("Niamh", "Folasade", "Hemi")
_FEMALE = lx.words("female_words")
_MALE = lx.words("male_words")
# given names of many countries ("Niamh", "Folasade"): they open a person's name; many are
# given to both sexes ("Alexis", "Sam"), so they tell no gender
_GIVEN_NAMES = lx.words("entity_given_female") | lx.words("entity_given_male")
# given names our lists give to one sex only: "Chris" a man's, "Christina" a woman's
_GIVEN_FEMALE_ONLY = lx.words("entity_given_female") - lx.words("entity_given_male")
_GIVEN_MALE_ONLY = lx.words("entity_given_male") - lx.words("entity_given_female")
_GENDERED = dict(e.split() for e in lx.entries("gendered_titles"))
_PRONOUNS = lx.words("pronoun_sources")
# words of the gender lists that open a two- or three-word name: first names ("William"),
# and kin words ("Uncle Sam"); not pronouns, titles or vague sources
_FIRST_NAMES = (
    frozenset(
        w
        for w in _FEMALE | _MALE | _GIVEN_NAMES
        if w not in _PRONOUNS and w not in _TITLES and w not in _HONORIFICS and w[:1].isalpha()
    )
    - lx.words("english_function_words")
    - lx.words("vague_sources")
)
_DETS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our"}
)
_QUANT = frozenset({"some", "many", "several", "few", "most", "other", "others", "two", "three"})
_ORG_SINGLE = frozenset({"police", "reuters", "ap", "afp", "nasa", "fbi", "cia", "un", "nato"})
_NAME_STOP = lx.words("name_stop")
_ADDRESSED = frozenset({"you", "i", "me", "we", "us"})  # never he/she
_NOT_NAME_START = (
    lx.words("non_names")
    | lx.words("english_function_words")
    | lx.words("weekdays")
    | lx.words("months")
    | _NAME_STOP
    | lx.words("prepositions_stop")  # "Across Ukraine", "Throughout Kenya": no name
)
_TWO_WORD_PORTFOLIOS = lx.words("entity_two_word_portfolios")
_PORTFOLIO_WORDS = lx.words("entity_portfolio_words")  # "Leader of Government Business X"
_HEAD_OF = lx.table("entity_head_of")  # "the head of state": a president, a king ...
_HEAD_OF_RE = re.compile(r"(?:the )?head of (\w+)")
_NOT_HEAD = lx.words("entity_not_head_words")  # "Vice President X" is no head of state
_NOT_A_PERSON = _TITLES | _ORG_WORDS | _DOC_NOUNS | _POLL_NOUNS | _NOT_NAME_START | _HONORIFICS
_STOP_IN_NAME = (
    _NOT_NAME_START | _TITLES | _HONORIFICS | _ORG_WORDS | _DOC_NOUNS | _VAGUE | _ROLE_NOUNS
)
_TOKEN_RE = re.compile(r"[\w.'’&-]+")
_ACRONYM_RE = re.compile(r"(?:[A-Z]\.?){2,6}")
_FUNCTION_WORDS = lx.words("english_function_words")
# unions looked up in loops, built once
_POLL_OR_DOC = _POLL_NOUNS | _DOC_NOUNS
_TITLE_OR_ORG = _TITLES | _ORG_WORDS
_ORG_OR_BODY = _ORG_WORDS | _BODY_HEADS
_TITLE_OR_VAGUE = _TITLES | _VAGUE
_HONORIFIC_DET_TITLE = _HONORIFICS | _DETS | _TITLES
_STOP_OR_NAME_STOP = _STOP_IN_NAME | _NAME_STOP
_NOT_START_OR_HONORIFIC = _NOT_NAME_START | _HONORIFICS
_TITLE_HONORIFIC_ROLE = _TITLES | _HONORIFICS | _ROLE_NOUNS
_STOP_OR_NOT_PERSON = _STOP_IN_NAME | _NOT_A_PERSON
_TITLE_OR_POSTNOMINAL = _TITLES | _POSTNOMINALS
_FUNCTION_OR_NOT_PERSON = _FUNCTION_WORDS | _NOT_A_PERSON
_HEADS = lx.words("entity_head_nouns")  # "the head of the council": a person, as a title is
_RANK_PREFIXES = lx.words("entity_rank_prefixes")  # "Major General", "Vice Admiral"
_OBJECT_PRONOUNS = {w: f[0] for w, f in lx.table("entity_object_pronouns").items()}
_NAME_INNER = _FUNCTION_WORDS | lx.words("prepositions_stop")  # "Doctors Without Borders"
_PREPS = frozenset({"at", "for", "with", "from", "in", "on", "of"})
_CUE_TAIL = frozenset({"said", "says", "told"})  # a source span that ran into its cue
_STRIP = " \t\n,.;:!?\"“”'‘’()[]—–-"
_ROLE_ACRONYMS = lx.table("entity_role_acronyms")  # "DA" -> district attorney
_BARE_ORG = lx.words("entity_company_nouns")  # "the company", "the truck maker"
_POSTMODIFIERS = lx.words("postmodifier_participles")  # "The coalition, led by ...": no name
# the prepositions that open a participle's phrase: "based in", "chaired by", "living near"
_PHRASE_PREPS = (
    "in|at|on|by|from|near|after|before|with|for|of|into|over|under|outside|inside|across|"
    "around|during"
)
# an insert that describes the phrase before it and names nobody: "based in Leeds", "chaired
# by a retired judge", "made up of", "many of them elderly" (not "managing director")
_DESCRIPTIVE_INSERT_RE = re.compile(
    r"(?:[a-z]+(?:ed|ing)|"
    + "|".join(sorted(_POSTMODIFIERS))
    + r")\s+(?:"
    + _PHRASE_PREPS
    + r"|up|to)\s.*"
    r"|aged\s+\d.*"  # "aged 34"
    r"|(?:many|some|most|all|several|none|one|two|both|each|half) of (?:them|whom)\b.*"
    r"|from\s.*",  # "The man, aged 34, from Salford": no name of his
    re.DOTALL,
)
_ING_NOUNS = lx.words("ed_ing_nouns")
# where the head of an unnamed source ends and a clause or participle phrase about it begins:
# "a woman | who lives next to the site", "detectives | leading the inquiry", "two men |
# arrested after the raid" (the type is the head's; `_mention._clause_head`)
_CLAUSE_AFTER_RE = re.compile(
    r"(?<=[a-z]) (?:(?:who|whose|which|that) |(?=([a-z]{3,}ing) )"
    r"|(?=(?:[a-z]{3,}ed|" + "|".join(sorted(_POSTMODIFIERS)) + r") (?:" + _PHRASE_PREPS + r") ))"
)


def _is_role_word(low: str) -> bool:
    """A job word that stands before a name as its title ("Prosecutor", "Deputy", any "-ist":
    "Sociologist", "Economist"; a hyphenated title whose parts are title words:
    "Vice-President", "Lieutenant-General"), not a first name ("Christ")."""
    if low in _ROLE_NOUNS or (
        len(low) > 6
        and low.endswith("ist")
        and not low.endswith(("qvist", "kvist", "quist"))  # "Lindqvist", "Lindquist": surnames
        and low not in _FIRST_NAMES
    ):
        return True
    parts = low.split("-")
    return len(parts) > 1 and all(p in _TITLES or p in _ROLE_NOUNS for p in parts)


def _same_name(a: list[str], b: list[str]) -> bool:
    """Whether two person names can be one person: same surname, first names agree."""
    if not a or not b or a[-1] != b[-1]:
        return False
    if len(a) > 1 and len(b) > 1:
        return a[0] == b[0] or (a[0][:1] == b[0][:1] and (len(a[0]) <= 2 or len(b[0]) <= 2))
    return True


_PARTICLES = frozenset(
    {
        "de",
        "del",
        "della",
        "der",
        "van",
        "von",
        "bin",
        "ibn",
        "al",
        "el",
        "da",
        "di",
        "du",
        "la",
        "le",
        "bint",  # "Hessa bint Khalifa Al Suwaidi"
        "binti",
        "ben",
        "dos",
        "das",
        "do",
        "den",
        "ter",
        "ten",
        "ould",
    }
)
_NAME_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")


_DOTTED = frozenset(
    {f"{w.rstrip('.')}." for w in _HONORIFICS | _TITLES}
    | {
        a if a.endswith(".") else f"{a}."
        for abbrevs in _TITLE_ABBREVIATIONS.values()
        for a in abbrevs
    }
    | {"st.", "jr.", "sr.", "mt.", "ft."}
)


_INITIALS_RE = re.compile(r"(?:[A-Z]\.)+")


def _ends_sentence(w: str) -> bool:
    """A capitalised word with a full stop that is no initial ("J.", "K.C.") and no known
    abbreviation ("Dr.", "St.", "Jr."): the end of a sentence ("... left the Sea Org.
    Montalvo ...")."""
    return (
        w.endswith(".")
        and len(w) > 2
        and _INITIALS_RE.fullmatch(w) is None
        and w.lower() not in _DOTTED
    )


# a pronoun and its clitic: "I'm", "He's", "There's", "We'll" are no name words
_CONTRACTED = frozenset(("i", "he", "she", "it", "we", "they", "you", "there", "here", "that"))
_CONTRACTION_RE = re.compile(r"([^\W\d_]+)['’](?:m|s|re|ve|ll|d)", re.IGNORECASE)


def _is_name_word(w: str) -> bool:
    """A capitalised word that can stand in a name ("Nadia", "J.", "O'Brien"; not "I'm")."""
    if not w[:1].isupper() or _NAME_WORD_RE.fullmatch(w) is None:
        return False
    m = _CONTRACTION_RE.fullmatch(w)
    return m is None or m.group(1).lower() not in _CONTRACTED


def _forms_of(text: str, last: str) -> list[tuple[str, ...]]:
    """The forms of a person's name the document spells out before each occurrence of its last
    word ``last``: the capitalised words before it, cut after the last title, honorific,
    acronym or non-name word ("NASA Administrator Charles Bolden" -> "Charles Bolden"), at
    most four words in all."""
    out: list[tuple[str, ...]] = []
    n = len(last)
    i = text.find(last)
    while i >= 0:
        j = i + n
        if (i == 0 or text[i - 1] in " \t\n") and (j >= len(text) or not text[j].isalnum()):
            before = text[max(0, i - 80) : i]
            # not over a line, nor a dash: "CITY, Batangas—Ernesto Dimaculangan"
            cut = max(before.rfind("\n"), before.rfind("—"), before.rfind("–"))
            words = (" " + before[cut + 1 :]).split(" ")[-6:-1]
            toks: list[str] = []
            for w in reversed(words):
                if w in _PARTICLES or (_is_name_word(w) and not _ends_sentence(w)):
                    toks.append(w)
                else:
                    break
            toks.reverse()
            if len(toks) > 1 and len(words) > len(toks) and words[-len(toks) - 1] in ("of", "for"):
                # "Governor of Washington Chris Gregoire": a place; "Minister for Foreign Affairs
                # Simon Coveney": a portfolio, up to a first name we know (else one word after
                # "of"; after "for" `_fullest` reads the name that follows)
                prep = words[-len(toks) - 1]
                at = next((x for x, w in enumerate(toks) if w.lower() in _FIRST_NAMES), None)
                run = 0  # or after the portfolio's words: "of Government Business Camille"
                while run < len(toks) and toks[run].lower().rstrip(",") in _PORTFOLIO_WORDS:
                    run += 1
                if at is None and 0 < run < len(toks):  # (all portfolio: "Affairs Wang")
                    at = run
                if at is not None or prep == "of":
                    toks = toks[at or 1 :]
            elif len(toks) > 1 and toks[0].lower() in _PORTFOLIO_WORDS:
                # "of Roads and Urban Development Abbas Tavakoli": from a first name we know
                at = next((x for x, w in enumerate(toks) if w.lower() in _FIRST_NAMES), None)
                toks = toks[at:] if at else toks
            start = 0
            for k, tok in enumerate(toks):
                if tok in _PARTICLES:
                    continue
                low = tok.lower().rstrip(".")
                if (
                    (low in _STOP_IN_NAME and tok != f"{tok[:1]}.")  # not the initial "A."
                    or _is_role_word(low)
                    or (tok.isupper() and len(tok.rstrip(".")) > 1)  # an acronym, not "H."
                    or _CORP_RE.fullmatch(tok)
                    or (low in _BODY_HEADS and k + 1 < len(toks))  # "the Assembly Vijay Rao"
                    or (low in _HONORIFICS and k + 2 < len(toks))  # "Alhaji Yakubu Ocheja"
                ):
                    start = k + 1  # "Magistrate", "Acme Ltd": the name starts after it
            name = toks[max(start, len(toks) - 3) :]
            while name and name[0] in _PARTICLES:
                name = name[1:]
            if name:
                out.append((*name, last))
        i = text.find(last, i + 1)
    return out


def _fullest(name: str, text: str, gender: str = "") -> str:
    """The longest form of a person's name the document spells out (its first name agreeing,
    and its gender where ``gender`` is known: "Mrs. Stiles" is not "Daniel Stiles")."""
    toks = name.split()
    low = [w.lower().strip(".") for w in toks]
    best = toks
    if not toks[-1][:1].isupper() or len(toks[-1]) < 2:
        return name
    for form in _forms_of(text, toks[-1]):
        if any(w.endswith(("'s", "’s")) for w in form[:-1]):
            continue  # "The BBC's Helen Strand": the owner is no part of the name
        flow = [w.lower().strip(".") for w in form]
        if (gender == "f" and flow[0] in _MALE) or (gender == "m" and flow[0] in _FEMALE):
            continue
        if len(form) > len(best) and (_same_name(low, flow) or flow[-len(low) :] == low):
            if len(toks) > 1 and _after_preposition(" ".join(form), text):
                continue  # "Minister for Health Jeremy Hunt": the portfolio is no part of it
            best = list(form)
    if len(toks) == 1 and len(best) > 1 and _after_preposition(" ".join(best), text):
        given = _given_name_after(toks[0], text)
        if given is not None:
            return given  # "Regional Affairs Wang Jiandong ... Wang said": "Wang Jiandong"
        if len(best) > 2:
            best = best[-2:]  # "Secretary of State for Health Jeremy Hunt ... Hunt said"
    return _continued(" ".join(best), text)


# titles that a portfolio or body name can open: "Finance Minister", "Health Secretary"
_PORTFOLIO_HEADS = frozenset(
    "minister secretary commissioner spokesman spokeswoman spokesperson director chief".split()
)


def _title_before(name: str, text: str) -> str | None:
    """The title the document writes right before a person's full name, at its first such
    place: "President William Ruto" -> "President", "Finance Minister Ada Cole" -> "Finance
    Minister", "former chef Stephanie Hersh" -> "former chef" (title and job words, and
    "former" before them; honorifics such as "Mr" are no title here)."""
    i = text.find(" " + name)
    while i >= 0:
        end = i + 1 + len(name)
        if end < len(text) and text[end].isalnum():
            i = text.find(" " + name, i + 1)
            continue  # "Harry Dentonson" is no "Harry Denton"
        before = text[max(0, i - 60) : i + 1]
        words = before[before.rfind("\n") + 1 :].split()[-4:]  # not over a line
        title: list[str] = []
        for w in reversed(words):
            if w.endswith(".") and len(w.rstrip(".")) > 4:
                break  # "... by the finance minister. William Ruto said": no title ("Gov." is)
            low = w.lower().rstrip(".")
            if low in ("former", "then", "acting", "late") and title:
                title.append(w)  # "former chef Stephanie Hersh"
                break
            if not title and low in _OFFICE_TITLES and w[:1].isupper():
                title.append(w)  # "Gov. Michael Leavitt", "Sen. Ron Wyden": a title of office
                continue  # and the words before it: "former Gov.", "Police Chief"
            if low in _HONORIFICS or not (low in _TITLES or _is_role_word(low)):
                if (
                    title
                    and (
                        title[-1].lower() in _PORTFOLIO_HEADS
                        or (  # "Home Office minister": a portfolio of two words
                            len(title) == 2
                            and title[0].lower() in _PORTFOLIO_HEADS
                            and f"{low} {title[1].lower()}" in _TWO_WORD_PORTFOLIOS
                        )
                    )
                    and w[:1].isupper()
                    and w.isalpha()
                    and low not in _NOT_NAME_START
                ):
                    title.append(w)  # "Finance Minister", "Home Secretary"
                    continue
                break
            if not w[:1].isupper() and any(t[:1].isupper() for t in title):
                break  # "said President Ruto": a lower-case job word before a capitalised title
            title.append(w)
        if title:
            return " ".join(reversed(title))
        i = text.find(" " + name, i + 1)
    return None


def _after_preposition(form: str, text: str) -> bool:
    """The form is written after "for" or "of": the end of a title ("Special Envoy for
    Regional Affairs Wang"), not a name."""
    i = text.find(form)
    return i > 4 and text[max(0, i - 5) : i].lower().endswith((" for ", " of "))


def _given_name_after(surname: str, text: str) -> str | None:
    """A surname the document writes before a given name ("Wang Jiandong", "Kim Jong-un"):
    the two words, when one such form is written; None otherwise."""
    found = {
        m.group(0)
        for m in re.finditer(rf"\b{re.escape(surname)}\s([A-Z][\w'’-]+)\b(?![\s]+[A-Z])", text)
        if _is_name_word(m.group(1))
        and m.group(1).lower() not in _NOT_A_PERSON
        and m.group(1).lower() not in _TITLES
        and m.group(1).lower() not in _ORG_WORDS
    }
    return found.pop() if len(found) == 1 else None


def _continued(name: str, text: str) -> str:
    """A name the document writes on with a particle and more name words after it: "Sheikh
    Mohamed" -> "Sheikh Mohamed Bin Rashid Al Maktoum" (bin, al, ibn, de, van ...)."""
    i = text.find(name + " ")
    while i >= 0:
        words = text[i + len(name) : i + len(name) + 80].split()
        k = 0
        while (
            k + 1 < len(words)
            and words[k].lower() in _PARTICLES
            and _is_name_word(words[k + 1].rstrip(",.;:"))
        ):
            k += 2
            while k < len(words) and words[k - 1][-1:].isalnum() and _is_name_word(words[k]):
                if words[k].lower() in _PARTICLES:
                    break
                k += 1
        if k:
            return " ".join((name, *words[:k])).rstrip(",.;:")
        i = text.find(name + " ", i + 1)
    return name


_CORP_RE = re.compile(
    r"\b(?:Inc|Corp|Co|Ltd|LLC|Plc|PLC|plc|Corporation|Company|Cos|Bancorp"
    r"|(?:Partners|Holdings|Industries|Technologies|Enterprises|Airlines|Airways)"
    r"(?:,?\s(?:Inc|Corp|Co|Ltd|LLC|Plc|PLC|plc)\b\.?)?)\b\.?"
)
# a cheap first look: no corporate suffix anywhere, no company names to read
_CORP_HINT = re.compile(
    r"Inc|Corp|Co[.s ]|Ltd|LLC|plc|PLC|Plc|Company|Bancorp|Partners|Holdings|Industries"
    r"|Technologies|Enterprises|Airlines|Airways"
)


def _corporate_names(text: str) -> list[str]:
    """The company names the document spells out with a corporate suffix ("Magna International
    Inc.", "Oshkosh Truck Corp."), in order of first mention: up to four capitalised words
    before the suffix on its line, without a leading non-name word ("The", "In")."""
    out: list[str] = []
    for m in _CORP_RE.finditer(text):
        before = text[max(0, m.start() - 80) : m.start()]
        if not before.endswith((" ", ", ")):
            continue
        words: list[str] = []
        for w in reversed(before[before.rfind("\n") + 1 :].split()[-4:]):
            if not w[:1].isupper() or w.endswith(",") or _CORP_RE.fullmatch(w):
                break  # "Oshkosh, Wis., Co." is no name; "Co." ends another one
            words.append(w)
        words.reverse()
        while words and words[0].lower().rstrip(".") in _NOT_START_OR_HONORIFIC:
            words = words[1:]
        if words:
            name = " ".join((*words, m.group(0)))
            if name not in out:
                out.append(name)
    return out


def _suffixed(name: str, text: str) -> str:
    """A person's name with the "Jr."/"Sr." the document writes after it."""
    for suffix in (" Jr.", ", Jr.", " Sr.", ", Sr."):
        if name + suffix in text:
            return name + " " + suffix.strip(", ")
    return name


_AFTER_RE = re.compile(r"[A-Z][\w'’-]+\b(?!['’])(?:\s+[A-Z][\w'’-]+\b(?!['’]))?")


_NICKNAME_RE = re.compile(r"[\"“'‘][A-Z][\w'’.-]*[\"”'’]\s+")


def _forward(name: str, text: str) -> str:
    """A lone first-name-like word the document writes once with a surname after it ("Santhi
    said", elsewhere "our guide Santhi Jayadhan"): that full name. Only where the pair opens a
    name (after a lower-case word or a title) and no other surname follows the word."""
    found = set()
    i = text.find(name + " ")
    while i >= 0:
        j = i + len(name) + 1
        nick = _NICKNAME_RE.match(text, j)  # 'Ellis "Sonny" Marsh': the nickname goes along
        m = _AFTER_RE.match(text, nick.end() if nick else j)
        if m is not None and (i == 0 or text[i - 1] in " \t\n"):
            after, *more = m.group(0).split()
            before = text[max(0, i - 30) : i].split()[-1:] or [""]
            if (
                after.lower() not in _STOP_IN_NAME
                and after.lower() not in _NOT_A_PERSON
                and not (
                    before[0][:1].isupper()
                    and before[0].lower().strip(".,") not in _TITLE_HONORIFIC_ROLE
                )
            ):
                if more and more[0].lower() not in _STOP_OR_NOT_PERSON:
                    after = f"{after} {more[0]}"  # "Lee Hsien Loong": three parts
                found.add(f"{nick.group(0).strip()} {after}" if nick else after)
        i = text.find(name + " ", i + 1)
    return f"{name} {found.pop()}" if len(found) == 1 else name


# ", Rep. John LaFalce," / ", Mark Tedeschi, QC": a name in apposition after a role phrase
_APPOSED_RE = re.compile(
    r"(?:\s+(?:to|who|of|for|at|in|from|with)\b[^,.;:!?\"“”\n]{1,60})?,\s+"
    r"((?:[A-Z][a-z]{1,5}\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})"
    r"(?=\s*[,.;:)—–]|\s+[a-z])"
)


def _apposed_name(text: str, end: int) -> str | None:
    """The person's name written in apposition right after a role phrase ending at ``end``
    ("the state Commissioner of Police, Mr Ibrahim Garba, said"; "The lone congressman to
    oppose the bill, Rep. Ana Ruiz, said"): two to four name words, or an honorific and one;
    None when what follows is no name (a place, a month, an organisation)."""
    m = _APPOSED_RE.match(text, end)
    if m is None:
        return None
    words = m.group(1).split()
    lows = [w.lower().rstrip(".") for w in words]
    if lows[0] in _HONORIFICS or (lows[0] in _TITLES and len(words) > 2):
        words, lows = words[1:], lows[1:]
        if not words:
            return None
    elif len(words) < 2:
        return None
    if any(w in _STOP_IN_NAME or w in _NAME_STOP for w in lows) or not all(
        map(_is_name_word, words)
    ):
        return None
    return " ".join(words)


_LEADS = lx.table("entity_lead_nouns")  # "data" -> ("evidence",), "days" -> ("time",)
_EVIDENCE = frozenset(w for w, kind in _LEADS.items() if kind == ("evidence",))
_TIME_NOUNS = frozenset(w for w, kind in _LEADS.items() if kind == ("time",))
_LEAD_BY_RE = re.compile(
    r"(?!(?:interviewed|contacted|reached|quoted|employed|hired|appointed|elected|named"
    r"|arrested|detained|charged|accused|sued|fired|dismissed|questioned)\b)"
    r"(?:\w+ed|led|according to|run|made|held|paid)\s+by\s+(.+)",
    re.I,
)  # "data compiled by X", "represented by X"; not "employees interviewed by the Courier"


def _lead_rest(s: str) -> str | None:
    """The source inside a phrase that leads with words that are not it: "data from the
    Millers Association" -> "the Millers Association"; "figures in a report by the ministry"
    -> "a report by the ministry"; "for three days and railway officials" -> "railway
    officials"; "represented by the Tenants Union" -> "the Tenants Union". None otherwise."""
    words = s.split()
    low = [w.lower() for w in words]
    i = 1 if low and low[0] in ("the", "a", "an", "new", "official", "latest") else 0
    if len(words) > i + 2 and low[i] in _EVIDENCE and low[i + 1] in ("from", "of", "by", "in"):
        return " ".join(words[i + 2 :])
    if " and " in s:
        left, right = s.split(" and ", 1)
        if (
            left.split()[-1].lower() in _TIME_NOUNS
            and right.split()
            and right.split()[0].lower() not in _VERB_WORDS  # "... for 19 years and is one"
        ):
            return right
    m = _LEAD_BY_RE.fullmatch(s)
    return m.group(1) if m is not None else None


def _dateline(name: str, text: str) -> bool:
    """Whether an all-capitals word is a dateline of the text ("NAIROBI (Reuters) -",
    "SINGAPORE, March 3 -", a line of its own): a place, not a person or body."""
    if not (name.isupper() and name.isalpha() and len(name) > 3):
        return False
    pat = rf"(?m)^{re.escape(name)}\b(?:,[^\n]{{0,40}}?)?\s*(?:\(|—|–|-|$)"
    return re.search(pat, text) is not None


_DATE_TAIL_RE = re.compile(
    r"\s+(?:in|on|since|last)\s+(?:\d{4}|"
    + "|".join(sorted(w.capitalize() for w in lx.words("weekdays") | lx.words("months")))
    + r")\b.*$"
)


def _date_tail(s: str) -> str:
    """A source phrase without the date that ends it ("the critic Louis Ehlert in 1878")."""
    return _DATE_TAIL_RE.sub("", s) if " " in s else s


def _participle_clause_out(s: str) -> str:
    """The phrase before a comma and a participle clause ("The poll, taken last week", "Ana
    Ruiz, speaking on Monday": a participle then a preposition, a time word or an adverb),
    which says something about the source and is no title. A title that opens with a
    participle stays ("Ana Ruiz, acting head of the unit", "Peter Hall, embattled chief
    executive"), and so does an agent after "by" in the clause's first words ("The opponents,
    led by the Taxpayers' League", "The survey, carried out by Ipsos": the agent names them)."""
    head, sep, rest = s.partition(", ")
    if not sep or not head:
        return s
    return head if _participle_clause(rest) else s


def _participle_clause(part: str) -> bool:
    """An apposition part that is a participle clause ("taken last week", "speaking on
    Monday", "facing a cash-flow squeeze"), not a title ("acting head of the unit",
    "embattled chief executive of Acme") nor a clause that names an agent ("represented by
    the association")."""
    first, _, after = part.partition(" ")
    nxt = after.split(" ", 1)[0].lower()
    return (
        "by" not in after.split()[:2]  # "The employers, represented by the association"
        and first.islower()
        and first.isalpha()
        and first.endswith(("ed", "en", "ing"))
        and first not in _TITLE_PARTICIPLES
        and (
            not nxt
            or nxt in _CLAUSE_NEXT
            or nxt.endswith("ly")
            or (first.endswith("ing") and nxt in _DETS)  # "facing a cash-flow squeeze"
        )
    )


# words after a participle that make it a clause ("taken last week", "speaking on Monday",
# "published yesterday"), not the first word of a title ("embattled chief executive")
_CLAUSE_NEXT = frozenset(
    ("in", "on", "at", "to", "for", "from", "with", "after", "before", "during", "last", "this",
     "yesterday", "today", "earlier", "recently", "out", "up", "about", "over", "since", "under")
)  # fmt: skip


def _word_char(ch: str) -> bool:
    """Whether ``ch`` is a word character as a regular expression's ``\\w`` reads it."""
    return ch.isalnum() or ch == "_"


def _whole_word_starts(text: str, word: str) -> list[int]:
    """Where ``word`` stands in ``text`` as a whole word (the matches of ``\\b<word>\\b``),
    found without compiling an expression per name. ``word`` must begin and end with a word
    character."""
    out = []
    n = len(word)
    i = text.find(word)
    while i >= 0:
        j = i + n
        if (i == 0 or not _word_char(text[i - 1])) and (j == len(text) or not _word_char(text[j])):
            out.append(i)
            i = text.find(word, j)
        else:
            i = text.find(word, i + 1)
    return out


_STATES = lx.words("state_names")
_OF_PLACE_RE = re.compile(r"\s+(?:of|from|in)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$")
_PLACE_PART_RE = re.compile(r"(?:(?:of|from|in)\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}")


def _is_state(part: str) -> bool:
    """A US state or its abbreviation ("N.J", "Kan", "Ohio": the parts lost their final full
    stop; not "MD" or "PA" in capitals, a degree or a party)."""
    return part.lower().rstrip(".") in _STATES and not (part.isupper() and "." not in part)


def _without_places(parts: list[str]) -> list[str]:
    """Apposition parts without a US state and the city before it: ["Acme Corp.", "of
    Dayton", "Ohio"] -> ["Acme Corp."], ["John Smith of Dayton", "Ohio"] -> ["John Smith"]."""
    if not any(_is_state(p) for p in parts[1:]):
        return parts
    kept: list[str] = []
    for p in parts:
        if kept and _is_state(p):
            if (
                len(kept) > 1
                and _PLACE_PART_RE.fullmatch(kept[-1])
                and not any(
                    w.lower().strip(".") in _TITLES or _is_role_word(w.lower())
                    for w in kept[-1].split()
                )  # not a title: "Jane Doe, Attorney General, Texas"
            ):
                kept.pop()  # the city: "Hasbrouk Heights", "of Dayton", "R-Utica"
            elif len(kept) == 1:
                kept[0] = _OF_PLACE_RE.sub("", kept[0])  # "John Smith of Dayton"
            continue
        kept.append(p)
    return kept


# a plural that opens a source before a place, read as a title ("Growers across eastern" of
# "Growers across eastern Victoria"); staff of a workplace ("Nursing staff at St Brendan's")
_GROUP_TITLE_RE = re.compile(
    r"([A-Z][a-z]{3,}s)\s+(?:in|of|at|near|from|across|along|around|on|outside)(?:\s+[a-z]+)*$"
)
_STAFF_RE = re.compile(r"\s*(?:[A-Za-z][a-z]+\s+(staff)|(Staff))\s+(?:at|of|in|from)\s")


def _people_of_place(type_: str, title: str | None, text: str) -> str | None:
    """The head word of a source that names the people of a place or workplace, which a
    mention's reading took for a person with a title ("Irrigators in southern New South
    Wales": "irrigators") or an organisation ("Nursing staff at St Brendan's Hospital":
    "staff"), or members of a house ("Labour MPs"); None otherwise."""
    m = None
    words = text.split()
    last = words[-1] if words else ""
    if (
        type_ == "person"
        and len(words) <= 3
        and "," not in text
        and last.endswith("s")
        and last[:-1].isupper()
        and last[:-1].lower() in _TITLE_OR_POSTNOMINAL
    ):
        return last.lower()  # "MPs", "Labour MPs", "Several MEPs": members, unnamed
    if type_ == "person" and title:
        m = _GROUP_TITLE_RE.match(title)
    elif type_ == "organisation":
        m = _STAFF_RE.match(text)
    return next(g for g in m.groups() if g).lower() if m is not None else None


# a relative clause after a source's subject (`parse_mention` reads the subject alone)
# (a prepositional one, "of which", is cut before: `_PREP_RELATIVE_RE`)
_RELATIVE_START_RE = re.compile(r"(?:who|whose|which|when|while|where) ")
_RELATIVE_RE = re.compile(r",\s*(?:who|whose|which|when|while|where)\b")
# a prepositional relative clause after a source ("The committee, of which she is chair",
# "Ann Lee, to whom the letter was addressed"): never part of it
_PREP_RELATIVE_RE = re.compile(r",\s*(?:of|in|to|for|with|by|from|on|at)\s+(?:which|whom)\b")
# an age before a name in apposition ("Another resident, 71-year-old Gerald Finch"): no title
_AGE_BEFORE_NAME_RE = re.compile(r"(^|,\s*)\d+-year-old\s+(?=[A-Z])")


_PARTY_MEMBERS = frozenset(("democrat", "republican", "democrats", "republicans"))


def _party_title(title: str) -> bool:
    """A title that only names the person's party ("a Democrat from Tucson", "Republican", "a
    Las Cruces Democrat"):
    the office written before the name says more ("Sen. Rafael Ortega, a Democrat ...")."""
    words = title.lower().split()
    return (
        bool(words)
        and (
            words[0] in _PARTY_MEMBERS
            or (  # "a Las Cruces Democrat", "Tucson Republican": a place's member of the party
                len(words) <= 4
                and words[-1] in _PARTY_MEMBERS
                and all(w[:1].isupper() for w in title.split()[1:] if w.lower() not in ("a", "an"))
            )
        )
    )


def _strip_det(s: str) -> str:
    """A phrase without its leading article ("the spokesman" -> "spokesman")."""
    words = s.split()
    if len(words) > 1 and words[0].lower() in ("the", "a", "an"):
        return " ".join(words[1:])
    return s


# capitalised words with a lower-case function word between two of them: the name of a body
# or a campaign ("Save the Children", "People's Right to Information"), not of a person
_FUNCTION_INSIDE_RE = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
    r"(?:\s+(?:the|to|for|against|without)\s+[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*)*)+"
)


def _named_body(name: str) -> bool:
    """The capitalised name with a function word inside (`_FUNCTION_INSIDE_RE`) opens with
    no first name, title or job word ("Minister for Housing", "Catherine of Aragon" stay)."""
    first = name.split()[0].lower().rstrip(".")
    first = first[:-2] if first.endswith(("'s", "’s")) else first
    return first not in _FIRST_NAMES and first not in _TITLES and not _is_role_word(first)
