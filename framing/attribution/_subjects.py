"""Subjects reached past what stands between them and the cue: a subject before "quick to"
("His supporters were quick to point out"), a free relative ("what the mayor is saying"), an
object before "and" that is no subject, a document subject with its modifiers ("A poll
released on Monday found"), a subject carrying a "who" clause, a person before a passive; the
subject of a hearsay passive ("Those aides are said to"), the person quoted before "as saying",
the describer after "as ... by", the noun phrase after "there is" before a participle."""

from __future__ import annotations

from framing.attribution._cand import _Cand
from framing.attribution._evidence import _src_kind
from framing.attribution._heads import _head
from framing.attribution._hearsay import _REPORTED_WHERE
from framing.attribution._phrases import (
    _is_verbish,
    _np_left,
    _np_right,
    _np_token,
)
from framing.attribution._tokens import (
    _QUOTE_TOKENS,
    _Tok,
)
from framing.attribution._vocab import (
    _AUX,
    _BE,
    _CONTACT_VERBS,
    _CUE_WORDS,
    _DETS,
    _EAGER_ADJECTIVES,
    _FEMALE_WORDS,
    _MALE_WORDS,
    _MODALS,
    _NP_PREPS,
    _PERSON_NOUNS,
    _PREPS_STOP,
    _QUOTING,
    _REPORTED,
    _SUBORDINATORS,
    _TIME_WORDS,
    DOCUMENT_NOUNS,
    HEARSAY_PARTICIPLES,
    PRONOUN_SOURCES,
    TITLES,
)

# verbs that name rather than report ("a preservative called thimerosal"): no subject over a
# participle phrase for them
_NAMING = frozenset(("call", "name", "dub", "brand", "label", "title", "term", "know"))

_Range = tuple[int, int]


def _eager_subject(t: _Tok, j: int) -> _Range | None:
    """The subject of "<be> quick / keen / at pains (last night) to" with "to" at token j:
    "His supporters were quick to point out that ...", "Party officials were at pains last
    night to say that ..." (`lexicons/eager_adjectives.txt`); None for any other "to"."""
    low = t.low
    k = j - 1
    while k > 0 and j - k <= 3 and low[k] in _TIME_WORDS:
        k -= 1  # "at pains last night to say"
    if low[k] not in _EAGER_ADJECTIVES or (low[k] == "pains" and (k < 1 or low[k - 1] != "at")):
        return None
    k -= 2 if low[k] == "pains" else 1
    if k > 0 and (low[k] in ("very", "so", "too") or low[k].endswith("ly")):
        k -= 1  # "were very quick to", "were notably keen to"
    if k < 1 or low[k] not in _BE:
        return None
    while k > 1 and (low[k - 1] in _AUX or low[k - 1] in _MODALS):
        k -= 1  # "have been quick to say", "will be keen to stress"
    s = _np_left(t, k - 1)
    if s < 0 or _src_kind(t, (s, k)) in ("", "other"):
        return None
    return (s, k)


def _free_relative(t: _Tok, c: _Cand, s: int, j: int) -> int:
    """The start of a subject in a free relative ("what the mayor is saying", "what he called
    a bold plan"): after "what"; -1 for none ("what is considered": hearsay). In object
    position ("go with what X is saying") the cue is subordinate and restrictive, a passing
    mention like a restrictive relative clause; a free relative that opens its clause is a
    pseudo-cleft and attributes ("but what my friends tell me is that ...")."""
    for k in range(j, max(s, 0) - 2, -1):
        if k < 0:
            break
        if t.low[k] == "what":
            before = t.low[k - 1] if k > 0 else ""
            if k > 0 and before.isalpha() and before not in _CLAUSE_OPENERS:
                c.rank = 1
                c.restrictive = _RESTRICT_FREE
            return k + 1 if k + 1 <= j else -1
        if k < s:
            break
    return s


_RESTRICT_FREE = True


def _after_object_and(t: _Tok, s: int, j: int) -> int:
    """Where the subject ending at token j starts when the phrase from s runs over "and" right
    after a preposition, a past form or an object pronoun: the phrase before "and" is that
    word's object ("The farmers complained about the prices and the traders argued": "the
    traders"; "has won a state and Cruz said": "Cruz"). A phrase at the start of its clause, or
    after a noun or a cue verb, keeps both ("The nurses and the doctors said", "said she and
    her peers", "hopefuls X and Y called for"), and so do names joined by "and" ("the
    Organisation for Economic Cooperation and Development noted") and "like X and Y"."""
    before = t.low[s - 1]
    if (
        t.cap[s - 1]
        or t.low[s] == "what"
        or before in _CUE_WORDS
        or before in _SUBORDINATORS  # "since the businessman and reality star announced"
        or t.low[j + 1].endswith("ing")  # "with many marchers and spectators chanting"
    ):
        return s
    if not (
        (before in _OBJECT_PREPS)
        or (before.endswith("ed") and before.isalpha())
        or before in ("you", "him", "them", "us", "me")
    ):
        return s
    for m in range(j - 1, s, -1):
        if t.low[m] == "and":
            if t.cap[m - 1] and t.cap[m + 1]:
                return s  # "Economic Cooperation and Development"
            nxt = t.low[m + 1]
            if t.cap[m + 1] or nxt in _DETS or nxt[:1].isdigit() or nxt in PRONOUN_SOURCES:
                return m + 1  # a whole noun phrase after "and": "the traders", "Cruz"
            return s  # "lawmakers and other party figures": one phrase
    return s


# prepositions whose object can run into the next clause's subject over "and" (not "like",
# "between", "among", "by": "candidates like X and Y", "between X and Y", "a study by X and Y")
_OBJECT_PREPS = (_NP_PREPS | _PREPS_STOP) - {
    "like", "unlike", "between", "among", "amid", "amidst", "by",
}  # fmt: skip


# what opens the clause of a document subject after a comma: "..., but a survey out this week
# shows"
_CLAUSE_OPENERS = frozenset(("but", "while", "whereas", "and", "yet"))
_RELATIVES = frozenset(("that", "which", "who", "whom", "whose", "where", "when"))


def _document_subject(t: _Tok, a: int) -> _Range | None:
    """The subject of the evidence verb at token a when its clause opens with a noun phrase
    headed by a document noun and the words up to the verb only modify it: "A poll released
    on Monday found", "A survey of 800 farmers conducted last month shows", "A poll by the
    Harbour Institute in March found" (the whole phrase, as PolNeAR marks it). None when a
    verb, a relative pronoun or another cue word stands between ("The poll that was taken
    ...", "a study, she said, shows")."""
    low, text = t.low, t.text
    if a == 0 or low[a - 1] == "to":
        return None  # "Sign the ballot to show ...": an infinitive
    s = a - 1
    tail = a + 1 == t.n or (a + 2 == t.n and text[a + 1] in (".", "!"))
    while (
        s >= 0
        and text[s] not in (";", ":")
        and not (low[s] in _CLAUSE_OPENERS and s > 0 and text[s - 1] == ",")
        and not (tail and text[s] == ",")  # "..., figures published on Thursday show."
    ):
        s -= 1
    s += 1
    while s < a and (text[s] in _QUOTE_TOKENS or low[s] in ("but", "and", "yet")):
        s += 1
    if a - s > 24:
        return None
    if (
        low[s].endswith("ing")
        and low[s] not in DOCUMENT_NOUNS
        and s + 1 < a
        and (low[s + 1] in _NP_PREPS or low[s + 1] in _PREPS_STOP)
    ):
        return None  # "Writing on its website, the club said": a participle's clause
    k = s
    while k < a and low[k] not in DOCUMENT_NOUNS:
        if not (_np_token(t, k) or low[k] == "of"):
            return None  # "In a recent study, the institute found": the noun is no subject
        k += 1
    if k >= a - 1:
        return None  # no document noun, or it is the plain subject found already
    for x in range(k + 1, a):
        w = low[x]
        if (
            w in _BE
            or (w in _AUX and not t.cap[x])  # "in May"
            or w in _RELATIVES
            or text[x] in (";", ":")
            or (
                w in _CUE_WORDS
                and w not in DOCUMENT_NOUNS
                and not (w.endswith("ed") and x + 1 < a and low[x + 1] == "by")
            )  # but "A forecast cited by the county projected": a participle and its agent
        ):
            return None
    last = max(
        (
            x
            for x in range(k + 1, a)
            if text[x] == "," and not (text[x - 1].isdigit() and text[x + 1][:1].isdigit())
        ),
        default=-1,
    )  # a comma between phrases, not inside "1,150"
    if (
        0 < last < a - 1
        and a - last <= 5
        and all(text[x][:1].isalnum() for x in range(last + 1, a))
        and not any(low[x] in ("and", "or", "&") for x in range(k + 1, a))  # not a list
        and not low[last + 1].endswith(("ed", "en", "ing"))
        and low[last + 1] not in _NP_PREPS
        and low[last + 1] not in ("for", "by", "from", "of", "in", "on", "at", "with")
        and (_src_kind(t, (last + 1, a)) in ("person", "pron") or low[a - 1].endswith("s"))
    ):
        return None  # "The plan, ecologists have said, will fail": the cue's own subject
    e = a
    while e > k + 1 and not text[e - 1][:1].isalnum():
        e -= 1  # "A poll, conducted in May, shows": the span ends on a word
    return (s, e)


def _who_subject(
    t: _Tok, s: int, reach: int = 4, relatives: frozenset[str] | None = None
) -> int | None:
    """The start of a subject that opens the sentence and carries a "who" clause whose object
    ends at token s, at most ``reach`` words after the relative (one of ``relatives``, by
    default "who", "whose", "which"): "Those who oppose the plan say", "Engineers who
    inspected it described" (the main verb's source is the whole subject, not the clause's
    object)."""
    low = t.low
    if low[s] in PRONOUN_SOURCES:
        return None  # "Those whose homes flooded say they were not warned": a new clause
    relatives = _WHO if relatives is None else relatives
    k = s - 1
    while k > 0 and s - k <= reach and low[k] not in relatives:
        if not low[k][:1].isalnum():
            return None
        k -= 1
    if (
        k <= 0
        or low[k] not in relatives
        or t.text[k] == "WHO"
        or (low[k] == "which" and k + 1 == s)
    ):
        # "Parents whose children attend the school have written"; but "The plan which
        # critics say is flawed": the words before the cue are the clause's own subject
        return None
    a = _np_left(t, k - 1)
    if a < 0 or not all(x in _QUOTE_TOKENS for x in t.text[:a]):
        return None
    return a


# the last word of a clause that asks for anonymity: "who asked not to be named", "who
# did not want to be identified" or "quoted", "who requested anonymity", "who wished to remain
# anonymous"
_ANONYMITY_ENDS = frozenset(("named", "identified", "quoted", "anonymity", "anonymous"))


def _unnamed_who(t: _Tok, j: int) -> int | None:
    """The start of a subject that opens the sentence with a clause asking for anonymity that
    ends at token j: "An official who asked not to be named said" (`_who_subject` reaching up
    to eight words after "who"); None otherwise."""
    if t.low[j] not in _ANONYMITY_ENDS:
        return None
    return _who_subject(t, j, reach=8, relatives=_WHO_ALONE)


_WHO = frozenset(("who", "whose", "which"))  # "The union which represents most staff said"
_WHO_ALONE = frozenset(("who",))


def _person_subject(t: _Tok, a: int) -> bool:
    """The subject of the passive verb group starting at token a is a person or a name."""
    low = t.low
    k = a
    while k < t.n and low[k] in _BE:
        k += 1
    if k == a or a == 0:
        return False
    s = _np_left(t, a - 1)
    if s < 0:
        return False
    h = _head(t, (s, a))
    if h < s:
        return False
    return (t.cap[h] and h > 0) or low[h] in TITLES or low[h] in ("he", "she", "they")


# what opens a place or time phrase after a contact clause ("I spoke to outside the station")
_AFTER_CONTACT = frozenset(
    ("outside", "at", "in", "on", "near", "after", "before", "during", "last", "yesterday",
     "earlier", "this", "later", "recently", "today", "by")
)  # fmt: skip


def _contact_subject(t: _Tok, j: int) -> _Range | None:
    """The source of a cue after a contact clause ending at token j, "A farmer I spoke to
    estimated ...", "One engineer we talked with said ...", "A nurse I interviewed said ...":
    the noun phrase before "I"/"we" and the clause with it; None for anything else."""
    low = t.low
    if low[j] not in _CONTACT_VERBS and low[j] not in ("to", "with"):
        # "A woman I spoke to outside the station said", "A man I met at the market in the
        # town said": a short place or time phrase after the clause is no part of the source
        m = j - 1
        while m > 2 and j - m < 8 and low[m + 1][:1].isalnum():
            if low[m + 1] in _AFTER_CONTACT and (
                low[m] in _CONTACT_VERBS
                or (low[m] in ("to", "with") and low[m - 1] in _CONTACT_VERBS)
            ):
                break
            m -= 1
        else:
            return None
        j = m
    k = j - 1 if low[j] in ("to", "with") else j
    if k < 2 or low[k] not in _CONTACT_VERBS or (k == j and low[k] in ("spoke", "talked")):
        return None
    if low[k - 1] in ("had", "have") and k > 2:
        k -= 1  # "a farmer I had spoken to"
    if low[k - 1] not in ("i", "we"):
        return None
    s = _np_left(t, k - 2)
    if s < 0 or _src_kind(t, (s, k - 1)) in ("", "pron"):
        return None
    if s > 1 and low[s - 1] == "of" and low[s - 2] in _QUANTIFIERS:
        s -= 2  # "None of those I spoke to said"
    return (s, j + 1)


_PEOPLE_WORDS = _PERSON_NOUNS | _MALE_WORDS | _FEMALE_WORDS  # "A mother whose daughter ..."


def _whose_subject(t: _Tok, j: int) -> _Range | None:
    """The source of a cue after a "whose" clause that ends at token j with its verb:
    "Families whose homes were flooded say", "Residents whose cars were damaged overnight
    said": the noun phrase before "whose" and the clause with it; None for anything else
    (a comma, a cue or more than eight words in the clause)."""
    low = t.low
    k = j
    while k > 0 and j - k <= 8 and low[k] != "whose":
        if not low[k][:1].isalnum() or low[k] in _RELATIVES or low[k] in _CUE_WORDS:
            return None  # "Parents whose children were hurt said the school knew": "knew"'s
        k -= 1
    if k < 1 or low[k] != "whose" or k + 2 > j:
        return None  # "whose" and its noun, then at least a verb
    a = _np_left(t, k - 1)
    if a < 0 or not all(x in _QUOTE_TOKENS for x in t.text[:a]):
        return None
    kind = _src_kind(t, (a, k))
    if kind in ("", "doc") or (kind == "other" and t.low[k - 1] not in _PEOPLE_WORDS):
        return None  # "The plan whose cost has doubled says nothing"; but "A mother whose"
    return (a, j + 1)


_QUANTIFIERS = frozenset(
    ("none", "most", "many", "some", "all", "several", "few", "one", "each", "both", "half")
)


# the words between "to" and the verb of a hearsay passive ("is said to have also told"), and
# verbs of speech or stance that are no cue elsewhere ("is said to have confided", "to regret")
_HEARSAY_SKIPS = frozenset(
    ("have", "be", "been", "being", "also", "even", "once", "then", "since", "already",
     "never", "not", "just", "still", "repeatedly")
)  # fmt: skip
_HEARSAY_SPEECH = frozenset(
    ("confided", "begged", "ordered", "instructed", "lied", "phoned", "regret", "regrets",
     "regretted", "harbour", "harbor", "oppose", "opposes", "favour", "favor", "want", "wants")
)  # fmt: skip


def _hearsay_subject(t: _Tok, a: int) -> tuple[int, int] | None:
    """The subject of a hearsay passive at token a when it is a person, a group or a
    pronoun and the verb after "to" reports what it said or thinks ("Those aides are said to
    feel ...", "she is said to have told ..."); a thing ("12,000 acres are said to have
    burned"), "it", or a person's deed or state ("He is believed to have run off", "The
    minister is said to be furious": the unnamed speak of them) is none."""
    k = a
    while k < t.n and t.low[k] not in HEARSAY_PARTICIPLES:
        k += 1
    if k == t.n or t.low[k] not in _REPORTED:
        return None  # "Trump is expected to speak": a prediction, not what Trump says
    if t.low[k] == "reported" and k + 1 < t.n and t.low[k + 1] in _REPORTED_WHERE:
        return None  # "Looting was reported across the city": what happened, not who says
    v = k + 2 if k + 1 < t.n and t.low[k + 1] == "to" else t.n
    while v < t.n and (
        t.low[v] in _HEARSAY_SKIPS or (t.low[v].endswith("ly") and t.low[v] not in _CUE_WORDS)
    ):
        v += 1  # "is said to have privately voiced", "is said to have also told"
    if v >= t.n or not (t.low[v] in _CUE_WORDS or t.low[v] in _HEARSAY_SPEECH):
        return None  # "He is believed to have run off": what he did, told by someone unnamed
    s = _np_left(t, a - 1)
    if s < 0 or t.low[s] in ("it", "that", "which", "this", "who"):
        return None
    src = (s, a)
    return src if _src_kind(t, src) in ("person", "pron") else None


def _quoted_as(t: _Tok, j: int) -> tuple[int, int] | None:
    """The person quoted before "as" at token j: "quoted a senior official as saying" ->
    "a senior official", "quoted Eli Bin, deputy head of the service, as saying" -> the name
    with its apposition."""
    low = t.low
    for k in range(j - 2, max(j - 16, -1), -1):
        if low[k] in _QUOTING:
            e = j - 1 if t.text[j - 1] == "," else j
            if k + 1 < e and _np_right(t, k + 1) > k + 1:
                return (k + 1, e)
            return None
        if t.text[k] in (";", ":", ".") or low[k] in ("that", "who", "which"):
            return None
    return None


def _as_agent(t: _Tok, b: int) -> tuple[int, int] | None:
    """The describer after "as ...": "was hailed as a breakthrough by both governments" ->
    "both governments" (within the clause: no comma or second verb before "by")."""
    low = t.low
    for k in range(b + 1, min(t.n - 1, b + 10)):
        if t.text[k] in (",", ";", ":", ".") or low[k] in ("that", "because", "after", "when"):
            return None
        if low[k] == "by":
            e = _np_right(t, k + 1)
            return (k + 1, e) if e > k + 1 else None
    return None


def _there_subject(t: _Tok, a: int) -> tuple[int, int] | None:
    """The noun phrase after "there is/was/were ..." that a participle cue at token a
    follows, with at most a short time phrase between them: "There was a study just weeks
    ago suggesting that ...", "There are reports saying ..."; (-1, -1) for a negated one
    ("There is no evidence suggesting ...")."""
    low = t.low
    for k in range(a - 2, max(a - 12, -1), -1):
        if low[k] == "there" and k + 2 < a and low[k + 1] in _BE:
            if low[k + 2] in ("no", "not", "nothing", "little", "never"):
                return (-1, -1)  # "There is no evidence suggesting ...": the writer's own
            e = _np_right(t, k + 2, loose=True)  # "a report by Reuters"
            for x in range(k + 3, max(e, k + 3)):
                if low[x] in _TIME_WORDS or low[x] in ("last", "next", "this", "earlier"):
                    e = x  # "a study last year": the time is no part of the source
                    break
            if e <= k + 2 or e > a or a - e > 5:
                return None
            if any(t.text[x] in (",", ";", ":") or _is_verbish(t, x) for x in range(e, a)):
                return None
            return (k + 2, e)
    return None


_TAIL_OF = frozenset(("of", "at", "from", "with"))  # "said seismologist Dana Whitcomb of Caltech"


def _tail_name(t: _Tok, b: int) -> int:
    """The end of a named source that follows the cue ending at b and closes the sentence, a
    phrase after "of", "at", "from" or "with" allowed ("..., said seismologist Dana Whitcomb of
    the California Institute of Technology in Pasadena."); -1 where there is none. The phrase
    holds two capitalised words that are no time words (a name, not "Tuesday", "Tehran")."""
    e = _np_right(t, b)
    if e - b < 2 or sum(t.cap[k] and t.low[k] not in _TIME_WORDS for k in range(b, e)) < 2:
        return -1  # a full name, perhaps after its title: not "warned Tehran", "said Exxon"
    end = e
    if end < t.n and t.low[end] in _TAIL_OF:
        end = _np_right(t, end + 1, loose=True)
        while 0 < end < t.n and t.low[end] in ("in", "of") and t.cap[min(end + 1, t.n - 1)]:
            end = _np_right(t, end + 1, loose=True)  # "... of Technology in Pasadena"
    if end <= 0:
        return -1
    rest = t.text[end:]
    closes = not rest or (rest[0] in (".", "!") and all(x in _QUOTE_TOKENS for x in rest[1:]))
    return e if closes else -1


def _holds_verb(t: _Tok, a: int, b: int) -> bool:
    """Tokens [a, b) hold a verb: a finite form or a past or -ing form after a noun ("died when
    the chimney collapsed"): content, not an apposition."""
    return any(t.low[k] in _BE or t.low[k] in _AUX or _is_verbish(t, k) for k in range(a, b))
