"""Entity names as the document writes them (the last step of `framing.entities`, attr12).

The annotation brief asks for the fullest name the *document* gives, copied exactly: the
annotators copy "Dr Grace Wanjiku" and "the Welsh Local Government Association" with the
honorific or article the text writes before the name. The merge step works on bare names
(honorifics and determiners cut, so that "Dr Wanjiku", "Grace Wanjiku" and "she" meet); this
step puts back, on the finished entity only:

* for a person, the honorifics the document writes right before the full name ("Sir",
  "Hajia", "Datuk"), not those of `entity_office_titles.txt`: titles of office ("Gov.",
  "Sen.", "Rep.": the annotators give those as the title) and, since the seventh session,
  academic titles ("Dr", "Prof.": the document dev set's annotators leave them out); since
  the sixteenth session not the courtesy titles of `gendered_titles.txt` either ("Mr",
  "Mrs.", "Ms": the annotators of both probe sets give "Pádraig Boyle" for "Mr Pádraig
  Boyle") and no letters after the name (`entity_postnominals.txt`: "QC", "MP"); the
  honorific stays the entity's title where it was;
* for an organisation, document, poll or unnamed source, the article ("the", "a", "an")
  before the name's first occurrence in the document ("the Court", "A consultant's report";
  a name first written without one, "Officials said", stays bare; a capitalised name after
  "a"/"an" opens a longer phrase, "a World Bank report", and the next occurrence decides).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from framing.entities._text import (
    _DETS,
    _DOC_NOUNS,
    _FACILITIES,
    _FEMALE,
    _FIRST_NAMES,
    _GENDERED,
    _GIVEN_FEMALE_ONLY,
    _GIVEN_MALE_ONLY,
    _HONORIFICS,
    _MALE,
    _NAME_STOP,
    _NOT_A_PERSON,
    _OFFICE_TITLES,
    _ORG_WORDS,
    _POSTNOMINALS,
    _PRONOUNS,
    _THING_TAILS,
    _TITLES,
    _is_role_word,
)

_COURTESY = frozenset(_GENDERED)  # "Mr", "Mrs", "Ms", "Miss": kept before a surname alone
_KEPT = frozenset(_HONORIFICS - _OFFICE_TITLES - _COURTESY)
_KEPT_OR_COURTESY = _KEPT | _COURTESY
# short titles of office that end a title as written ("Police Chief", "Lt. Gov.",
# "Associate Professor"): not "Dr", an honorific there ("President Dr."), nor an academic
# title after another title ("Vice-chancellor Professor")
_OFFICES_KEPT_LAST = _OFFICE_TITLES - frozenset(("dr",))
_ACADEMIC = frozenset(("prof", "professor"))
_ARTICLES = frozenset({"the", "a", "an"})
_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+\.?)\s+$")


def _occurrences(name: str, text: str) -> Iterator[int]:
    """The start offsets of ``name`` in ``text`` as a whole word (a plain string search)."""
    n = len(name)
    i = text.find(name)
    while i >= 0:
        j = i + n
        if (i == 0 or not _in_word(text[i - 1])) and (j >= len(text) or not _in_word(text[j])):
            yield i
        i = text.find(name, i + 1)


def _in_word(ch: str) -> bool:
    return ch.isalnum() or ch in "_'’-"


def _before(text: str, start: int) -> str | None:
    """The word right before ``start`` on the same line ("Dr.", "the"), or None."""
    m = _WORD_BEFORE_RE.search(text, max(0, start - 24), start)
    if m is None or "\n" in m.group(0):
        return None
    return m.group(1)


def _honorifics(name: str, text: str, kept: frozenset[str] = _KEPT) -> str | None:
    """The honorifics of ``kept`` written before ``name`` at its first occurrence that has
    any ("Dr.", "Alhaji", "Rev. Dr." is cut at "Rev." when it is no kept one)."""
    for i in _occurrences(name, text):
        words: list[str] = []
        start = i
        while len(words) < 2:
            w = _before(text, start)
            if w is None or w.lower().rstrip(".") not in kept:
                break
            words.insert(0, w)
            start = text.rfind(w, 0, start)
        if words:
            return " ".join(words)
    return None


def _article(name: str, text: str) -> str | None:
    """The article before the first occurrence of ``name`` ("the", "an"; "The" at the start
    of a sentence or line is given in lower case); for a capitalised name an "a"/"an" belongs
    to a longer phrase ("a World Bank report"), so the next occurrence decides."""
    proper = name[:1].isupper()
    for i in _occurrences(name, text):
        w = _before(text, i)
        low = w.lower() if w is not None else ""
        if proper and low in ("a", "an"):
            continue
        if low not in _ARTICLES or w is None:
            return None
        k = text.rfind(w, 0, i) - 1
        while k >= 0 and text[k] in " \t\"'“‘(":
            k -= 1
        return low if k < 0 or text[k] in ".!?:\n" else w
    return None


def as_written(name: str, type_: str, text: str) -> str:
    """``name`` with the honorific (a person) or article (anything else) the document
    writes before it; ``name`` unchanged when there is none or it has one already."""
    words = name.split()
    if not words or name.lower() in _PRONOUNS:
        return name
    first = words[0].lower().rstrip(".")
    if type_ == "person":
        while len(words) > 1 and words[-1].lower().rstrip(".") in _POSTNOMINALS:
            words.pop()  # "Rebecca Hollins QC": "Rebecca Hollins"
        name = " ".join(words)
        if first in _HONORIFICS or name.isupper():
            return name
        hon = _honorifics(name, text, _KEPT if len(words) > 1 else _KEPT_OR_COURTESY)
        return f"{hon} {name}" if hon else name  # "Mr Smith" (a surname alone), "Sir Ian Keane"
    if first in _DETS or first in _ARTICLES:
        return name
    art = _article(name, text)
    return f"{art} {name}" if art else name


_OWNERS = frozenset(("his", "her", "its", "their"))
_AGE_RE = re.compile(r"^\d+-year-old\s+", re.I)


def plain_title(title: str) -> str:
    """A source's title as the annotators write it: without an honorific or rank left at its
    end ("Lead researcher Dr" -> "Lead researcher", "Independent TD Mr"), a possessive pronoun
    or an age at its start ("His barrister", "43-year-old farmer"), nor the workplace after a
    lower-case job ("seismologist at GNS Science" -> "seismologist"); a lower-case job word
    that is also an honorific stays ("assistant professor"). The title unchanged
    when nothing is left."""
    words = title.split()
    while (
        len(words) > 1 and words[-1][:1].isupper() and words[-1].lower().rstrip(".") in _HONORIFICS
    ):
        last, prev = words[-1].lower().rstrip("."), words[-2].lower()
        if (
            last in _OFFICES_KEPT_LAST
            and (words[-2][:1].isupper() or prev in ("former", "then", "acting", "late"))
            and not (
                last in _ACADEMIC and (prev in _TITLES or ("-" in prev and _is_role_word(prev)))
            )  # "Vice-chancellor Professor": the other title
        ):
            break  # "Police Chief", "Lt. Gov.", "former Gov.", "Associate Professor"
        words.pop()
    if len(words) > 1 and words[0].lower() in _OWNERS:
        words = words[1:]
    out = _AGE_RE.sub("", " ".join(words))
    head, sep, _ = out.partition(" at ")
    if sep and head and head[:1].islower() and not any(w[:1].isupper() for w in head.split()):
        out = head
    m = _SECOND_RE.search(out)
    if m is not None and _lower_job(out[: m.start()]) and _job_word(out[: m.start()].split()[-1]):
        out = out[: m.start()]  # "Somali advisor and a former congressman" -> "Somali advisor"
    return out or title


# what follows a lower-case job and is no part of its title: a second description ("and a
# former congressman from Florida") or a participle clause ("heading into a supermarket");
# the organisation stays ("president of the Wyoming Valley Coal Company": some annotators cut
# it, others keep it, and it says whose president)
_SECOND_RE = re.compile(
    r"\s(?:and\s+(?:a|an|the)\s|(?=[a-z]+ing\s+(?:into|to|for|in|at|on|out|from)\s))"
)


def _job_word(word: str) -> bool:
    """A title or job word in lower case ("advisor", "nurse"; not "energy", "marketing")."""
    return word[:1].islower() and (word.lower() in _TITLES or _is_role_word(word.lower()))


def _lower_job(head: str) -> bool:
    """``head`` ends in a job in lower case ("president", "regional officer", "Somali
    advisor", "head of research"): its head word (the last before "of", "for" or "in") a
    title or job word in lower case."""
    words = head.split()
    for k, w in enumerate(words):
        if k and w in ("of", "for", "in"):
            words = words[:k]
            break
    return bool(words) and _job_word(words[-1])


_SENTENCE_END_RE = re.compile(r"[.!?][\"”’']?\s")
_PERSONAL_RE = re.compile(r"\s+(?:[\w'’]+\s+){1,2}(?:that\s+)?(?:he|she)\b")
_NICKNAME_BEFORE_RE = re.compile(r"\b[A-Z][\w'’-]*\s+[(\"“][^()\"“”]{1,20}[)\"”]$")
_ITS_RE = re.compile(r"\b(?:its|it)\b")
_CITED_RE = re.compile(r",?\s*\(?\d")  # "Tyler 1994", "Tyler, 23", "Okafor (2004)"


def lone_name(name: str, text: str) -> bool:
    """``name`` (one capitalised word, no first name) is never written as part of a longer
    name in ``text``: no capitalised word or honorific right before it inside a sentence and
    none right after it ("Unison said", "CalMac said", "Anzhar says"; not "Francis Kimani",
    "Mr Walker", "Halberd Foods"). A person's surname alone is nearly always introduced by
    the full name first: such a source is an organisation or a country speaking."""
    if (
        " " in name
        or not name[:1].isupper()
        or name.isupper()
        or not name.replace("-", "").isalpha()
    ):
        return False
    low = name.lower()
    if low in _TITLES or low in _HONORIFICS or low in _FIRST_NAMES or low in _PRONOUNS:
        return False
    found = False
    for i in _occurrences(name, text):
        found = True
        after = text[i + len(name) : i + len(name) + 30]
        nxt = after.lstrip(" ")
        if after[:1] == " " and nxt[:1].isupper():
            return False  # "Halberd Foods", "Anzhar Kessel": a longer name
        if _CITED_RE.match(after) or after.startswith((" said...", " said…")):
            return False  # an author cited ("Tyler 1994", "(Bassène, 2007)"), a commenter
        rest = _SENTENCE_END_RE.split(text[i + len(name) : i + len(name) + 160], maxsplit=1)[0]
        if _PERSONAL_RE.match(rest) and not _ITS_RE.search(rest):
            return False  # "Musk said he would appeal": he or she the subject after its verb
        before = text[max(0, i - 30) : i].rstrip(" ")
        word = before.split()[-1] if before.split() else ""
        if word.lower().rstrip(".") in _HONORIFICS or _NICKNAME_BEFORE_RE.search(before):
            return False  # "Mr Walker", "Dr. Ruiz", "Clarence (Buck) Odom"
        if not before or not before[-1].isalnum() or word.lower() in _DETS:
            continue  # the first word of a sentence, a line or a clause; "A CalMac spokesman"
        if word[:1].isupper():
            return False  # "Francis Kimani"
    return found


# two or three capitalised words, an initial among them, not over a sentence end or a possessive
_NAME_RUN_RE = re.compile(
    r"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?!['’\w])"  # "Dr. Elanik"
    r"|\b[A-Z][\w-]*(?:['’][A-Z][\w-]*)?(?!['’\w])"
    r"(?:\s+(?:[A-Z]\.|[A-Z][\w-]+(?:['’][A-Z][\w-]*)?(?!['’\w]))){1,2}"
)


def _name_before(text: str, end: int, pronoun: str) -> str | None:
    """For a he/she no source can take: the nearest person-like name of two or three words in
    the 300 characters before it ("Later I met the resident nun, Ani Kunga, ... She said"),
    not a title, organisation or document, of a compatible gender when the first name tells."""
    want = "f" if pronoun.lower() == "she" else "m"
    best = None
    for m in _NAME_RUN_RE.finditer(text, max(0, end - 300), end):
        found = m.group(0).split()
        while len(found) > 2 and found[0].lower().strip(".") in _HONORIFICS:
            found = found[1:]  # "Dr Amina Yusuf": the name after the honorific
        words = [w.lower().strip(".") for w in found]
        # "Dr. Elanik": an honorific and a surname name a person too
        core = words[1:] if len(words) == 2 and words[0] in _HONORIFICS else words
        if core[0] in _NOT_A_PERSON or core[0] in _NAME_STOP:
            continue
        if any(w in _ORG_WORDS or w in _DOC_NOUNS or w in _TITLES for w in core):
            continue
        if words[-1] in _THING_TAILS:
            continue  # "the Golden Reed Award"
        if _only_after_place_words(" ".join(found), text):
            continue  # "a grain elevator in Redwood Falls": a place, wherever it is written
        if text[max(0, m.start() - 8) : m.start()].rstrip().endswith(
            (" at", " near", " outside")
        ) and (
            words[-1] in _FACILITIES
            or (
                words[0] not in _FEMALE
                and words[0] not in _MALE
                and words[0] not in _HONORIFICS
                and words[0] not in _TITLES
            )
        ):
            continue  # "a rally at Kitale Showground": a place (not "aimed at Mary Kane")
        g = "f" if words[0] in _FEMALE else "m" if words[0] in _MALE else ""
        if g and g != want:
            continue
        best = " ".join(found)
    return best


def _shortening(name: str, text: str) -> bool:
    """A lone first name that may shorten a fuller one the text writes: three to five letters,
    never introduced as a new person ("Dan, a taxi driver, said": another man), never the first
    name of a full name of its own ("Pat Hale")."""
    return (
        2 < len(name) < 6
        and name.isalpha()
        and re.search(rf"\b{name}(?:,? (?:a|an|the|who|whose)\b|, \d| [A-Z])", text) is None
    )


def _same_sex_names(short: str, full: str) -> bool:
    """A short first name and a full one our given-name lists do not give to opposite sexes
    only ("Pat", "Patrick"; not "Chris" alone a man's for "Christina")."""
    return not (
        (short in _GIVEN_MALE_ONLY and full in _GIVEN_FEMALE_ONLY)
        or (short in _GIVEN_FEMALE_ONLY and full in _GIVEN_MALE_ONLY)
    )


def _shortened_first(name: str, text: str) -> str | None:
    """The one full name the text writes whose first name the lone ``name`` shortens by two
    letters or more ("Jess" -> "Jessica Callaghan"; a first name we know, then a surname; not
    "Paul" for "Paula Reyes"), or None."""
    if not 2 < len(name) < 6 or not name.isalpha():
        return None
    found = {
        m.group(0)
        for m in re.finditer(rf"\b{name}[a-z]{{2,}}(?: [A-Z][\w'’-]+)+", text)
        if m.group(0).split()[0].lower() in _FIRST_NAMES
        and _same_sex_names(name.lower(), m.group(0).split()[0].lower())
    }
    return found.pop() if len(found) == 1 and _shortening(name, text) else None


def _other_sex(res: str, pronoun: str, text: str) -> bool:
    """The name is of the other sex than the pronoun's: by its first word, or by the word of
    kin or office set before it as its apposition ("The mayor's wife, Remedios Dimaculangan,")."""
    want = "m" if pronoun.lower() == "he" else "f"
    if "," in res:  # "The mayor's wife, Remedios Malabanan": the phrase holds its apposition
        head, _, name = res.rpartition(",")
        g = _apposed_sex(head.lower().split()[-3:])
        if g:
            return g != want
        res = name.strip()
    first = res.split()[0].lower().rstrip(".") if res.strip() else ""
    g = _GENDERED.get(first) or ("f" if first in _FEMALE else "m" if first in _MALE else "")
    if not g:
        i = text.find(", " + res)
        while i >= 0 and not g:
            g = _apposed_sex(text[max(0, i - 40) : i].lower().split()[-3:])
            i = text.find(", " + res, i + 2)
    return bool(g) and g != want


def _apposed_sex(before: list[str]) -> str:
    """The sex of a word of kin or office that a determiner or an owner opens right before a
    name's comma ("The mayor's wife,", "his widow,"); "" for none, and not a comparison's
    ("Like her brother, Tolulope ...")."""
    if len(before) < 2 or not (before[-2] in _OWNER_WORDS or before[-2].endswith(("'s", "’s"))):
        return ""
    if len(before) == 3 and before[0] in ("like", "unlike", "than", "as"):
        return ""
    w = before[-1]
    return "f" if w in _FEMALE else "m" if w in _MALE else ""


_OWNER_WORDS = frozenset(("the", "his", "her", "their", "its", "a", "an", "our", "my"))


_PLACE_WORDS = frozenset(("in", "at", "near", "outside", "across", "into"))


def _word_before(text: str, i: int) -> str:
    """The lower-case word right before offset i (within a dozen characters), "" for none."""
    words = text[max(0, i - 12) : i].lower().split()
    return words[-1] if words else ""


def _only_after_place_words(name: str, text: str) -> bool:
    """A preposition of place stands before the name every time the text writes it, or twice
    and most times ("teams in El Geneina", "In Gannet Cove, ... Gannet Cove, on the coast, ...
    stay in Gannet Cove"): a place, no person, unless its first word is a given name we know
    ("thrown at Mary Kane"); "from" and "to" are no such prepositions ("A call from Siosaia
    Tupou")."""
    if name.split()[0].lower() in _FIRST_NAMES:
        return False  # "Eggs were thrown at Mary Kane": a person
    starts = list(_occurrences(name, text))
    after = sum(_word_before(text, i) in _PLACE_WORDS for i in starts)
    return bool(starts) and (after == len(starts) or (after >= 2 and after * 2 > len(starts)))
