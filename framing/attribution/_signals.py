"""Signals around a cue: a that-clause, colon or quotation next to it, a tail position after a
comma (or set off by commas), a poll's figure after its verb. Read by the cue rules (`_cues`,
`_worduse`) and by the evidence check (`_evidence`)."""

from __future__ import annotations

import re

from framing import lexicons as lx
from framing.attribution._figures import _NUMBER_WORDS
from framing.attribution._tokens import _QUOTE_TOKENS, _Tok
from framing.attribution._vocab import (
    _AUX,
    _BE,
    _CUE_WORDS,
    _DETS,
    _EVIDENCE_SET,
    _MODALS,
    _NP_PREPS,
    _PAST_FORMS,
    _POLL_NOUNS,
    _PREPS_STOP,
    _SUBJECT_PRONOUNS,
    _SUBORDINATORS,
    _TAIL_BARE,
    _TAIL_FILLERS,
    _TAIL_REPORT,
    _TALLY_BODIES,
    _TALLY_RECORDS,
    _TIME_WORDS,
    _VERB_STOPS,
    _WH_WORDS,
    PRONOUN_SOURCES,
    VAGUE_SOURCES,
    _lemma_of,
)


def _after_cue_signal(t: _Tok, b: int) -> bool:
    """A that-clause, colon or quotation follows the cue (within a few tokens)."""
    for k in range(b, min(t.n, b + 6)):
        w = t.low[k]
        if w in ("that", ":") or t.text[k] in _QUOTE_TOKENS:
            return True
        if w in (".", ";", "?", "!"):
            return False
    return False


_FINITE = _AUX | _BE | _MODALS
# the prepositions a subject's phrase may hold before its verb ("patients at the trust were")
_PHRASE_PREPS = frozenset(("at", "in", "on", "from", "across", "throughout"))
_OBJECT_PRONOUNS = frozenset(("him", "her", "them", "it", "us", "me", "himself", "herself"))
_CONTRACTION_STEMS = frozenset(w for w in _FINITE if w.endswith("n") and w[:-1] in _FINITE)


def _thatless_clause(t: _Tok, b: int) -> bool:
    """A clause without "that" right after the cue ending at b: a short subject (at most four
    plain words) and a finite verb: "found the council had failed", "ruled the ban was
    unlawful", "found crop yields would fall", "found the drug reduced deaths"; not an object
    ("found the body in a field", "found the injured man", "ruled the country for years")."""
    low = t.low
    text = t.text
    n = t.n
    if b < 1 or b >= n or not text[b][:1].isalnum():
        return False
    first = low[b]
    verb = low[b - 1]
    if (
        first in _CUE_WORDS
        or first in _FINITE  # "gun shows would do little": the cue is a noun
        or first.endswith(("self", "selves"))  # "found himself shouldered aside"
        or first in _WH_WORDS  # "shows how far the country has come": a question
        or first in ("and", "or", "but")  # "poorly maintained and outdated social services"
        or first in _NP_PREPS
        or first in _PREPS_STOP  # "was found to have", "rules of procedure are"
        or verb.endswith("ing")  # "are finding life too difficult", "the ruling party said"
        or (b > 1 and low[b - 2] in _DETS)  # "your rules", "the findings show": nouns
    ):
        return False
    end = min(b + 5, n)
    pp = False  # inside a phrase after the subject's noun ("found patients at the trust were")
    plain = 0
    m = b
    while m + 1 < end:
        m += 1
        w = low[m]
        if (
            w in _PHRASE_PREPS
            and not pp
            and m - b <= 3
            and first not in _OBJECT_PRONOUNS
            and not t.cap[m - 1]
            and text[m - 1][:1].isalpha()
        ):
            pp = True  # then only a finite verb after at most three plain words makes a clause
            end = min(m + 10, n)  # (a name's words counted apart: "at Kingsmere NHS Trust were")
            plain = 0
            continue
        if pp and t.cap[m] and text[m][:1].isalpha():
            continue  # a name's word ("at Kingsmere NHS Trust were"), a cue word's too
        if pp:
            plain += 1
            if plain > 4:
                return False
        if pp and (
            w in ("and", "or", "but")
            or w in _SUBJECT_PRONOUNS  # "found drugs in the car he was driving"
            or (w.endswith("ed") and w not in _FINITE)
        ):
            return False  # "found him guilty of fraud and he was", "the body of a man dumped"
        if (
            not text[m][:1].isalnum()
            or w in _NP_PREPS
            or w in _PREPS_STOP
            or (w in _CUE_WORDS and low[m - 1] not in _DETS)  # but "found the reports were"
            or w in _WH_WORDS
            # "that", "who", "unless": "could not find a single witness who could" (a relative
            # clause), "maintain it unless it is sold" (a clause of its own)
            or w in _SUBORDINATORS
        ):
            return False
        if t.cap[m]:
            continue  # a name's word ("found Brian May guilty", "Will Smith's car")
        if w in _FINITE and (
            w not in _CONTRACTION_STEMS or (m + 1 < n and low[m + 1] in ("'t", "’t", "t"))
        ):
            return True  # not "find a lasting haven in": "haven" is "have" only before "'t"
        if (
            not pp
            and w.endswith("ed")
            and low[m - 1] not in _DETS
            and m + 1 < n
            and text[m + 1][:1].isalnum()
            and not t.cap[m + 1]  # "a man named Smith": a participle before a name
            and low[m + 1] not in _NP_PREPS
            and low[m + 1] not in _PREPS_STOP
            and low[m + 1] not in ("and", "or", "but")
        ):
            return True  # "found the drug reduced deaths"
        if not pp and w in _PAST_FORMS and low[m - 1] in _SUBJECT_PRONOUNS and m + 1 < n:
            return True  # "The court was told she hid the meat": a pronoun and its past verb
    return False


def _tail_position(t: _Tok, a: int, b: int) -> bool:
    """The cue a..b ends its sentence (but for a short time phrase: "on Sunday", "in a
    statement") after a comma and a short subject that opens with a determiner, a capital or a
    vague source: "..., the agency estimates.", "..., the UN reckons.", "..., headquarters
    announced." (a tail that attributes the clause before the comma, like a quotation's); or a
    verb of saying so set off by commas inside it: "They are tied, the new poll indicates, with
    each on 40 percent." (not a passive, nor "I guess", "you know")."""
    n = t.n
    e = b
    saying = _lemma_of(t.low[b - 1]) in _TAIL_REPORT
    # a short time or place phrase after a verb of saying: "..., the ministry stated on Sunday."
    while saying and e < n and e - b < 4 and (t.low[e] in _TIME_WORDS or t.low[e] in _TAIL_FILLERS):
        e += 1
    inside = (  # "..., the poll shows, ...", "..., she said, ..."
        (saying or _lemma_of(t.low[b - 1]) in _EVIDENCE_SET)
        and e == b
        and e + 1 < n
        and t.text[e] == ","
    )
    ended = (
        e >= n
        or (t.text[e] in (".", "!") and all(x in _QUOTE_TOKENS for x in t.text[e + 1 :]))
        or (t.text[e] == ";" and e - b <= 1 and n - e > 3)  # "..., the ministry reckons; ..."
    )
    if not ended and not inside:
        return False
    if inside and not _parenthetical_cue(t, a, b):
        return False
    k = a - 1
    while k >= 0 and a - k <= 6 and t.text[k] != ",":
        w = t.text[k]
        if not (w[:1].isalnum() or w in ("'s", "’s", "&")) or t.low[k] in _VERB_STOPS:
            return False
        k -= 1
    if k < (1 if inside else 3) or k == a - 1 or t.text[k] != ",":
        return False
    first = t.low[k + 1]
    if first in _TAIL_BARE or (first in VAGUE_SOURCES and k + 2 == a):
        # "..., headquarters announced.", "..., officials stated.": a past verb of saying,
        # or of finding ("..., researchers have found."; not "..., police reports.": a noun)
        finding = _lemma_of(t.low[b - 1]) in _FINDING_TAIL
        return (saying or finding) and not t.low[b - 1].endswith("s")
    return first in _DETS or t.cap[k + 1] or first in PRONOUN_SOURCES


# verbs of finding that close a sentence after its finders: "..., researchers have found."
_FINDING_TAIL = frozenset(("find", "conclude", "discover", "show"))


def _parenthetical_cue(t: _Tok, a: int, b: int) -> bool:
    """A verb of saying set off by commas inside its sentence reads as a tail only as a
    plain active verb after a short noun phrase: not a passive or a modal ("would be added"),
    not "I guess" or "you know", not a noun after a noun ("a grand jury report, based on"), nor
    after a preposition or a relative word ("in member states, and")."""
    if any(w in _BE or w in _MODALS or w in _AUX for w in t.low[a:b]):
        return False
    verb = t.low[b - 1]
    k = a - 1
    while k >= 0 and t.text[k] != ",":
        w = t.low[k]
        if w in ("i", "you", "we") or w in _PREPS_STOP or w in _NP_PREPS or w in _WH_WORDS:
            return False
        k -= 1
    head = t.low[a - 1]
    # a base form after a singular noun is a compound noun: "the grand jury report,"
    return not (verb == _lemma_of(verb) and not head.endswith("s") and head not in _PLURALS)


# plural subjects without an "s": "Prices rose, the data show, as wages fell."
_PLURALS = frozenset(("they", "data", "media", "people", "police", "staff", "criteria", "men"))


def _quote_signal(t: _Tok, a: int, b: int) -> bool:
    """The cue stands next to a quotation or a colon ('he continued: ...', ',” he added'; 'read
    in part, "..."')."""
    if b + 1 < t.n and t.low[b] == "in" and t.low[b + 1] in ("part", "full"):
        b += 2
    if (
        b < t.n
        and t.text[b] in (":", ",")
        and (t.text[b] == ":" or (b + 1 < t.n and t.text[b + 1] in _QUOTE_TOKENS))
    ):
        return True
    if a == 0:  # inverted before its subject and a colon: "Continued the mayor:"
        k = b
        while k < t.n and k - b < 6 and (t.text[k][:1].isalnum() or t.text[k] == "."):
            k += 1
        if b < k < t.n and t.text[k] == ":":
            return True
    # a quotation closed right before the cue and its subject: ',” he continued'; a single mark
    # after punctuation closes one too ("...?' asked X")
    return _quote_closed_before(t, a, _CLOSING_MARKS)


_QUOTE_ENDS = frozenset((",", ".", "?", "!", "—"))
_SINGLE_QUOTES = frozenset(("'", "’"))
_CLOSING_MARKS = _QUOTE_TOKENS | _SINGLE_QUOTES


def _quote_closed_before(
    t: _Tok, a: int, marks: frozenset[str] = _QUOTE_TOKENS, ends: frozenset[str] = _QUOTE_ENDS
) -> bool:
    """A quotation mark of ``marks`` right after a mark of ``ends`` within the four tokens
    before token a: a quotation closes just before a cue and its subject ('"...," he said')."""
    text = t.text
    return any(text[k] in marks and text[k - 1] in ends for k in range(max(a - 4, 1), a))


def _closes_single(t: _Tok, j: int) -> bool:
    """Token j is a single quotation mark that closes a quotation: it follows punctuation
    ("'We have lost everything,' says Tom Bell."), which a possessive's apostrophe never
    does."""
    return t.text[j] in _SINGLE_QUOTES and j > 0 and t.text[j - 1] in _SENTENCE_ENDS


_SENTENCE_ENDS = frozenset((",", ".", "?", "!"))


def _manner_signal(t: _Tok, a: int, b: int) -> bool:
    """A verb of manner (`_MANNER`) reports only as a quotation's tag or before a
    that-clause: a comma or colon and a quotation mark right after the cue ('He sighed, "It
    is over."'), a quotation that opens the sentence and closes right before the cue and its
    subject ('"Not a chance," she scoffed.'), or "that" after it."""
    text = t.text
    low = t.low
    if b + 3 < t.n and low[b] == "on" and low[b + 2] == "part" and low[b + 3] == "that":
        return True  # "affirmed on his part that"
    if b < t.n and (
        low[b] == "that" or (text[b] in (",", ":") and b + 1 < t.n and text[b + 1] in _QUOTE_TOKENS)
    ):
        return True
    if not text or text[0] not in _QUOTE_TOKENS:
        return False
    return _quote_closed_before(t, a)


# participles after a poll noun before its figure's verb ("A poll released last week by X has")
_POLL_PARTICIPLES = frozenset(("released", "published", "conducted", "taken", "carried"))
_POLL_TAIL = frozenset(
    ("the", "and", "&", "of", "by", "for", "last", "this", "on", "in", "out", "week", "month")
)


def _poll_subject(t: _Tok, i: int) -> bool:
    """A poll noun heads the phrase before token i: "the poll", "Opinion polls", or before a
    preposition and a name: "A separate survey by the Dominion Research Group", "A Forsa survey
    for the Irish Times" (not "The survey team", "Voters who took the poll")."""
    low = t.low
    if i > 1 and low[i - 1] == ",":
        # an aside between the poll and its verb: "The center's previous poll, in August, had"
        k = i - 2
        while k > max(0, i - 8) and low[k] != ",":
            k -= 1
        if k > 0 and low[k] == "," and i - k > 2:
            i = k
    if i > 0 and low[i - 1] in _POLL_NOUNS:
        # the subject, not the object of a relative clause: "Voters who took the poll had"
        return _WH_WORDS.isdisjoint(low[max(0, i - 6) : i - 1])
    for k in range(i - 2, max(-1, i - 10), -1):
        w = low[k]
        if w in _POLL_NOUNS:
            # a preposition after the noun, then only names, "the", "and", "&", "of"; or a
            # participle and its time: "A poll released last week by Keystone Analytics has"
            if low[k + 1] in _POLL_PARTICIPLES:
                return all(
                    t.cap[x]
                    or low[x] in _POLL_TAIL
                    or low[x] in _TIME_WORDS
                    or low[x][:1].isdigit()
                    for x in range(k + 2, i)
                )
            return low[k + 1] in _POLL_PREPS and all(
                t.cap[x] or low[x] in ("the", "and", "&", "of") for x in range(k + 2, i)
            )
        if not t.text[k][:1].isalnum() or w in _CUE_WORDS or w in _AUX or w in _BE:
            return False
    return False


def _poll_figure(t: _Tok, i: int) -> bool:
    """'the same poll had Pell ahead by 14 points', 'Opinion polls put ANO well ahead', 'the
    survey put the rate at 29 per cent', 'gives Fine Gael 30 percent', 'Polls have Smith and
    Jones tied' with the verb at token i after a poll noun: the poll's figure, a claim whose
    source is the poll; not a helper verb ('Polls have opened', 'has been running', 'had to')
    nor a figure of something else ('had been moved ahead of the holiday')."""
    low = t.low
    nxt = low[i + 1] if i + 1 < t.n else ""
    if nxt in ("been", "to", "not", "already", "also", "no") or nxt.endswith(("ed", "en")):
        return False
    window = low[i + 1 : i + 10]
    figure = any(w[:1].isdigit() for w in window) or not _POLL_UNITS.isdisjoint(window)
    named = any(t.cap[x] for x in range(i + 1, min(t.n, i + 5))) or nxt in ("him", "her", "them")
    # a party or a candidate, or "gave him 54 per cent"
    if low[i] in ("give", "gives", "gave"):
        return figure and named  # "gives Fine Gael 30 percent", "gave Labour 170 seats"
    if figure:
        return not _POLL_STANDINGS.isdisjoint(window)  # "puts support at 41 percent"
    return named and not _POLL_STANDS_ALONE.isdisjoint(window)  # "has Smith ahead"


# what may stand between a tally verb and its figure: "counted some 400", "recorded more than",
# "lists at least 37", "logged nearly 2,000"
_TALLY_LEADS = frozenset(
    ("some", "nearly", "almost", "about", "around", "more", "over", "fewer", "less", "than",
     "at", "least", "just", "only", "roughly", "approximately", "up", "to", "a", "total", "of")
)  # fmt: skip
# the verbs a measuring body counts with ("The Met Office recorded"; not "The agency listed 12
# properties for sale", "The bureau registered 12 companies": its own business)
_BODY_TALLIES = frozenset(
    ("counted", "recorded", "logged", "tallied", "counts", "records", "documented")
)
# bodies that monitor and count, whose counts are claims (`lexicons/tally_monitors.txt`)
_MONITORS = lx.words("tally_monitors")
_MONITORS_LOWER = lx.words("tally_monitors_lower")
_INCIDENTS = lx.words("tally_incidents")


def _tally_start(t: _Tok, i: int) -> int:
    """Where the verb group of the tally verb at token i starts: "counted", "has counted",
    "has also counted" (the tally cue's first token; the record's noun ends before it)."""
    low = t.low
    k = i - 1 if i > 1 and low[i - 1] == "also" else i
    return k - 1 if k > 1 and low[k - 1] in ("has", "have", "had") else k


def _tally_figure(t: _Tok, i: int) -> bool:
    """A tally verb at token i ("counted", "recorded", "lists"; "has counted") right after a
    record's noun (`lexicons/tally_records.txt`) or a measuring body and before a figure: "The
    census counted 8.2 million residents", "The audit lists 37 contracts" (the record's count, a
    claim whose source is the record; not "The team recorded its third win", "The band
    recorded 12 songs", "The website registered 2 million visitors": no record)."""
    low = t.low
    k = _tally_start(t, i)
    if k < 1 or not t.text[k - 1][:1].isalnum():
        return False  # not ", recorded at three schools": a participle after a comma
    head = low[k - 1]
    body = low[i] in _BODY_TALLIES and (
        (
            head in _TALLY_BODIES
            and (t.cap[k - 1] or head == "observatory" or (k > 1 and low[k - 2] in _MEASURING))
        )  # "The Met Office", "the national meteorological institute"; not "The service"
        or (
            head in _MONITORS
            and ((t.cap[k - 1] and k > 1) or head in _MONITORS_LOWER)
            and _incidents_after(t, i)
        )
    )  # "The Joint Monitoring Mission", "The OSCE", "International monitors" (not "Police
    # recorded 41 crossings": a capital that opens the sentence names no body)
    if not (head in _TALLY_RECORDS or body):
        return False  # a record's or a measuring body's count
    # the word before the noun, or before its determiner
    before = low[k - 3] if k > 2 and low[k - 2] in _DETS else low[k - 2] if k > 1 else ""
    if before in _PREPS_STOP or before in _NP_PREPS:
        return False  # "a rise in the count recorded": the noun is no subject
    return _tally_object(t, i)


def _incidents_after(t: _Tok, i: int) -> bool:
    """A monitor's count: a figure after the tally verb at token i, then within four words a
    noun of what monitors count (`lexicons/tally_incidents.txt`: "recorded 1,940 ceasefire
    violations"; not "recorded 12,000 steps", "recorded five studio albums")."""
    low = t.low
    for k in range(i + 1, min(t.n, i + 6)):
        if low[k][:1].isdigit() or low[k] in _NUMBER_WORDS or low[k] in _BIG_NUMBERS:
            return any(w in _INCIDENTS for w in low[k + 1 : k + 5])
    return False


def _tally_object(t: _Tok, i: int) -> bool:
    """A figure within five words after the tally verb at token i, only "some", "more than",
    "at least" and the like between ("counted some 400", "recorded more than 1,200"), and no
    finite verb after it before the clause ends ("Mistakes in the data recorded 3 years ago
    were fixed": a reduced relative)."""
    low = t.low
    for k in range(i + 1, min(t.n, i + 6)):
        w = low[k]
        if w[:1].isdigit() or w in _NUMBER_WORDS or w in _BIG_NUMBERS:
            for x in range(k + 1, min(t.n, k + 9)):
                if t.text[x] in (",", ";", ":", ".", "—", "–"):
                    break
                if (low[x] in _BE or low[x] in _AUX or low[x] in _MODALS) and not t.cap[x]:
                    return False
            return True
        if k + 1 < t.n and low[k + 1] == "of" and w.isalpha() and w not in _TALLY_LEADS:
            continue  # "recorded gusts of 87mph", "counted a total of 400"
        if w not in _TALLY_LEADS and not (k > i + 1 and low[k - 1] == "of"):
            return False
        if w == "at" and low[k + 1 : k + 2] != ["least"]:
            return False  # "recorded at three schools": a place, not "at least 40"
    return False


# what names a measuring body before its noun: "the national meteorological institute"
_MEASURING = frozenset(
    ("meteorological", "weather", "statistics", "statistical", "geological", "seismological",
     "census", "hydrological", "seismic", "monitoring")
)  # fmt: skip
_BIG_NUMBERS = frozenset(("hundreds", "thousands", "thousand", "million", "millions"))


_POLL_PREPS = frozenset(("by", "for", "from", "of", "in"))
_POLL_STANDINGS = frozenset(
    ("at", "ahead", "behind", "leading", "trailing", "up", "down", "on", "tied", "level")
)
_POLL_STANDS_ALONE = frozenset(("ahead", "behind", "leading", "trailing", "tied", "level"))
_POLL_UNITS = frozenset(("percent", "per", "points", "point", "%", "seats"))


def _out_after(t: _Tok, i: int) -> bool:
    """ "out" after the verb at token i, or after its short object: "ruled out", "rule it out",
    "rule anything out" (the negated stance of `_cues._not_ruled_out`)."""
    low = t.low
    return (i + 1 < t.n and low[i + 1] == "out") or (
        i + 2 < t.n
        and low[i + 1] in ("it", "them", "anything", "that", "this")
        and low[i + 2] == "out"
    )


_TALLY_RE = re.compile(r"\d{1,2}[-–]\d{1,2}")


def _vote_tally(t: _Tok, k: int) -> int:
    """How many tokens from k make a vote's tally ("6 to 3", "5-4"): 0 for none."""
    low = t.low
    if k < t.n and _TALLY_RE.fullmatch(low[k]):
        return 1
    if (
        k + 2 < t.n
        and low[k].isdigit()
        and low[k + 1] in ("to", "-", "–")
        and low[k + 2].isdigit()
        and len(low[k]) <= 2
        and len(low[k + 2]) <= 2
    ):
        return 3
    return 0


def _that_at(t: _Tok, k: int) -> int:
    """The index of "that" at token k or after a short time phrase or adverb there ("ruled on
    Thursday that", "held last week that", "ruled unanimously that"), or -1."""
    low = t.low
    k += _vote_tally(t, k)  # "ruled 6 to 3 on Friday that", "ruled 5-4 that"
    j = k
    while (
        j < t.n
        and j - k < 3
        and (
            low[j] in _TIME_WORDS
            or low[j] in ("on", "last", "this", "afterwards")
            or (low[j].endswith("ly") and len(low[j]) > 4 and not t.cap[j])  # "unanimously"
        )
    ):
        j += 1
    return j if j < t.n and low[j] == "that" and (j == k or low[j - 1] != "on") else -1
