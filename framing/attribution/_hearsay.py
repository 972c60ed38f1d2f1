"""Hearsay cues, with no source in the sentence: "is said to", "it is understood (that)",
"..., it was learned", "the court heard (that/how)", "reportedly".
"""

from __future__ import annotations

from framing.attribution._cand import _Cand, _cue_left
from framing.attribution._figures import _NUMBER_WORDS
from framing.attribution._phrases import _np_left
from framing.attribution._tokens import _QUOTE_TOKENS, _Tok
from framing.attribution._vocab import (
    _AS_PARTICIPLES,
    _AUX,
    _BE,
    _BE_OR_AUX,
    _CUE_ADVERBS,
    _CUE_WORDS,
    _DETS,
    _FUNCTION_WORDS,
    _HEARD_BY,
    _HEARING_BODIES,
    _HEARSAY_PHRASES,
    _HEARSAY_STATES,
    _MODALS,
    _PAST_FORMS,
    _RELATIVE_PRONOUNS,
    _TIME_WORDS,
    HEARSAY_PARTICIPLES,
    PRONOUN_SOURCES,
    _lemma_of,
)

_TAIL_AFTER = frozenset(("on", "at", "in", "by", "the", "of"))


_INSERT_PREPS = frozenset(("on", "in", "from", "at", "after"))


def _expletive_tail(t: _Tok, i: int) -> _Cand | None:
    """An expletive passive that attributes a clause, with no source: a tail after a comma
    ("..., it was learned yesterday.", "..., it was announced on Monday.", "..., it is
    understood.": after the participle at token i only time words, numbers and a few
    prepositions before the sentence's end) or a clause opener ("It was announced that ...")."""
    low = t.low
    k = i - 1
    while k > 0 and (low[k] in _BE or low[k] in _AUX or low[k] in _CUE_ADVERBS) and i - k <= 4:
        k -= 1  # "it was further submitted that"
    if k == i - 1 or low[k] != "it" or not any(w in _BE for w in low[k + 1 : i]):
        return None  # "..., it has learned": a subject "it" and an active verb
    if "be" in low[k + 1 : i]:
        return None  # "It should be noted that ...": the writer's aside
    m = i + 1
    while m < t.n and m - i <= 4 and (low[m] in _TIME_WORDS or low[m] in ("here", "there")):
        m += 1  # "It was learned to-day that", "It is understood here that"
    if m < t.n and low[m] in _INSERT_PREPS:
        # "It was learned on good authority that", "It is understood in official circles that"
        e = m + 1
        while e < t.n and e - m <= 4 and low[e] != "that" and t.text[e].isalpha():
            e += 1
        if e < t.n and low[e] == "that" and e > m + 1:
            if low[i] in ("found", "discovered"):
                return None  # "It was found in the basement that the pipes had burst": a find
            m = e
    if m < t.n and low[m] == "that" and (k == 0 or low[k - 1] in (",", "and", "but")):
        return _Cand((k, i + 1), "hearsay")  # "It was announced that ...": no source
    if k > 1 and t.text[k - 1] == "," and m == i + 1 and m < t.n and t.text[m] == ",":
        return _Cand((k, i + 1), "hearsay")  # "Governor Brant, it is understood, has ordered"
    if k < 2 or not (
        t.text[k - 1] == "," or (t.text[k - 1] in _QUOTE_TOKENS and t.text[k - 2] == ",")
    ):
        return None  # a tail after a comma: "..., it was learned", ',” it was announced'

    j = i + 1
    place = False  # after a preposition: "..., it was stated at the field."
    while (
        j < t.n
        and j - i <= 6
        and (
            low[j] in _TIME_WORDS
            or low[j] in _TAIL_AFTER
            or low[j].isdigit()
            or (place and t.text[j].isalpha())
        )
    ):
        place = place or low[j] in ("at", "on", "in")  # not "by": its agent is the source
        j += 1
    rest = t.text[j:]
    if not rest or rest[0] not in (".", "!") or not all(x in _QUOTE_TOKENS for x in rest[1:]):
        return None
    return _Cand((k, i + 1), "hearsay")


def _hearsay_phrase(t: _Tok, i: int) -> _Cand | None:
    """A phrase of `_vocab._HEARSAY_PHRASES` ending at token i ("by all accounts")."""
    for words in _HEARSAY_PHRASES[t.low[i]]:
        a = i - len(words) + 1
        if a >= 0 and tuple(t.low[a : i + 1]) == words:
            if a > 0 and t.low[a - 1] in ("no", "not"):
                return None  # "No word has been received from the two men": nothing came
            if words[-1] in ("consent", "agreement") and i + 1 < t.n and t.low[i + 1] == "of":
                return None  # "passed by common consent of the chamber": a procedure
            if words[0] == "word" and "that" not in t.low[i + 1 : i + 5]:
                return None  # "Word was received" reports only what "that" opens
            if words == ("we", "understand") and (a > 0 or not _clause_after(t, i)):
                return None  # a letter's "We understand that the division faces a
                # shortfall" is the writer's own; a bulletin's "We understand he's stable" not
            if words[0] in ("we", "it") and not (
                i + 1 < t.n
                and (t.low[i + 1] == "that" or (words in _BROADCAST and _clause_after(t, i)))
            ):
                return None  # "We hear that ...", "We're told two people died"; not "We
                # hear the rain", "We understand the frustration"
            return _Cand((a, i + 1), "hearsay")
    return None


# what "cited as" names when it is others' account: "are frequently cited as causes"
_CITED_AS = frozenset(
    ("cause", "causes", "reason", "reasons", "factor", "factors", "example", "examples",
     "evidence", "proof", "explanation", "explanations", "contributor", "contributors", "driver",
     "drivers")
)  # fmt: skip
_WORD_PREPS = frozenset(("in", "at", "around", "among", "from", "on", "inside", "within"))


_WISDOMS = frozenset(("conventional", "received", "prevailing", "accepted"))
# what may open a sentence before "... wisdom": "But the new conventional wisdom is that ..."
_WISDOM_LEADS = frozenset(("the", "but", "and", "yet", "so", "new", "old", "current", "political"))


def _word_is(t: _Tok, i: int) -> _Cand | None:
    """Sentence-initial "Word is that ...", "The word was that ...", "Word has it that ...",
    with a short place between: "Word at the ringside was that the champion had broken a hand"
    (hearsay, no source; not "Word was received" without "that", nor "The word is 'no'")."""
    low = t.low
    if low[i] == "wisdom":
        return _wisdom_is(t, i)
    if not (all(x in _QUOTE_TOKENS for x in t.text[:i]) or (i == 1 and low[0] == "the")):
        return None
    k = i + 1
    if k < t.n and low[k] in _WORD_PREPS:
        k += 1
        while k < t.n and k < i + 7 and low[k] not in ("is", "was", "has", "had"):
            if not t.text[k][:1].isalpha():
                return None
            k += 1
    if k + 1 >= t.n or low[k] not in ("is", "was", "has", "had"):
        return None
    if low[k] in ("has", "had"):
        if k + 2 < t.n and low[k + 1] == "it" and low[k + 2] == "that":
            return _Cand((0 if low[0] == "the" else i, k + 2), "hearsay")
        return None
    if low[k + 1] != "that":
        return None
    return _Cand((0 if low[0] == "the" else i, k + 1), "hearsay")


def _wisdom_is(t: _Tok, i: int) -> _Cand | None:
    """ "The received wisdom (at Westminster) is that ...", "Conventional wisdom is that ...",
    "But the new conventional wisdom, however, has long been that ..." (hearsay, no source;
    the cue from "the" or the adjective to the verb); not "The wisdom of crowds is that ...",
    "Conventional wisdom is wrong", "The accepted wisdom is that which has stood the test"."""
    low = t.low
    if i == 0 or low[i - 1] not in _WISDOMS:
        return None
    a = i - 1
    while a > 0 and (low[a - 1] in _WISDOMS or low[a - 1] in _WISDOM_LEADS):
        a -= 1
    if not all(x in _QUOTE_TOKENS for x in t.text[:a]):
        return None
    while a < i - 1 and low[a] in ("but", "and", "yet", "so"):
        a += 1
    k = i + 1
    if k < t.n and t.text[k] == ",":  # ", however," / ", though,"
        close = next((x for x in range(k + 1, min(t.n, k + 5)) if t.text[x] == ","), -1)
        if close < 0:
            return None
        k = close + 1
    elif k < t.n and low[k] in _WORD_PREPS:
        k += 1
        while k < t.n and k < i + 8 and low[k] not in ("is", "was", "has", "had", "remains"):
            if not t.text[k][:1].isalpha():
                return None
            k += 1
    if k < t.n and low[k] in ("has", "had"):
        k += 1
        if k < t.n and low[k] == "long":
            k += 1
        if k >= t.n or low[k] != "been":
            return None
    elif k >= t.n or low[k] not in ("is", "was", "remains"):
        return None
    if k + 2 >= t.n or low[k + 1] != "that" or low[k + 2] in ("which", "of", "is", "was"):
        return None
    return _Cand((a, k + 1), "hearsay")


# a newsroom's hearsay that takes a clause without "that" ("We're told two people died"); the
# columnist's "We learn", "We hear" only before "that" ("we learn the family has lost
# everything" in a film review is the plot)
_BROADCAST = frozenset(
    (("we", "understand"), ("we", "'re", "told"), ("we", "’re", "told"), ("we", "'re", "hearing"),
     ("we", "’re", "hearing"), ("it", "'s", "understood"), ("it", "’s", "understood"),
     ("it", "is", "understood"))
)  # fmt: skip


def _clause_after(t: _Tok, i: int) -> bool:
    """A clause without "that" after token i: a subject opening it ("he", "the", "two", a
    name, a bare plural) and a finite verb within four words ("We're told two people have been
    taken to hospital", "We understand he's stable"); not "We understand the frustration"."""
    k = i + 1
    if k >= t.n:
        return False
    w = t.low[k]
    # a bare noun opening the clause, not after "We understand" ("We understand parents are
    # frustrated": sympathy): a plural ("talks are"; not "this", "its", "was", "as") or a noun
    # before "be" or a modal ("It is understood staff were sent home")
    noun = (
        t.low[i] != "understand"
        and w.isalpha()
        and w not in _FUNCTION_WORDS
        and (
            (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")))
            or (k + 1 < t.n and (t.low[k + 1] in _BE or t.low[k + 1] in _MODALS))
        )
    )
    if w == "you" or not (
        w in _CLAUSE_STARTS or t.cap[k] or w[:1].isdigit() or w in _NUMBER_WORDS or noun
    ):
        return False  # not "We understand you are frustrated": sympathy, no hearsay
    if k + 1 < t.n and t.low[k + 1] in ("'s", "’s") and w in _CLAUSE_STARTS:
        return True  # "he's in a serious condition"
    return _clause_verb(t, k, 4)


def _after_relative(low: list[str], i: int, text: list[str]) -> bool:
    """A relative pronoun stands one or two words before token i ("who is reportedly"), or a
    comma right before it opens an aside ("The singer, reportedly considering a return, has"),
    or the sentence opens with a subordinate clause ("If the minister is reportedly ...")."""
    return i > 0 and (
        text[i - 1] == ","
        or any(w in ("who", "which", "that") for w in low[max(0, i - 2) : i])
        or (
            low[0] in ("if", "once", "when", "whenever", "because", "although", "while", "unless")
            and "," not in text[1:i]  # inside that clause ("Once he saw Campos, X reportedly")
        )
    )


def _hearsay_adverb(t: _Tok, i: int) -> _Cand | None:
    """'reportedly', 'allegedly' at token i, unless a cue verb follows ('allegedly said'; but
    after a form of "be" the next word is a passive's participle: 'is reportedly held')."""
    if (
        i + 1 < t.n
        and t.low[i + 1] in _CUE_WORDS
        and not (i > 0 and t.low[i - 1] in _BE and not t.low[i + 1].endswith("ing"))
    ):
        return None
    return _Cand((i, i + 1), "hearsay")


def _it_emerged(t: _Tok, i: int) -> _Cand | None:
    """'it emerged that', 'has emerged that', 'It has also emerged that' with 'emerged' at
    token i (an adverb between the auxiliary and the verb: "also", "now", "since", "later")."""
    low = t.low
    if i + 1 >= t.n or low[i + 1] != "that" or i == 0:
        return None
    if low[i - 1] in ("it", "has", "had"):
        return _Cand((i - 1 if low[i - 1] == "it" else i, i + 1), "hearsay")
    if i > 1 and low[i - 1] in _EMERGED_ADVERBS and low[i - 2] == "it":
        return _Cand((i - 2, i + 1), "hearsay")  # "It also emerged that"
    if i > 2 and low[i - 1] in _EMERGED_ADVERBS and low[i - 2] in ("has", "had"):
        # "It has also emerged that" (not "A picture has now emerged that shows ...")
        return _Cand((i, i + 1), "hearsay") if low[i - 3] == "it" else None
    return None


_EMERGED_ADVERBS = frozenset(("also", "now", "since", "later", "subsequently", "further", "today"))


# what follows a reduced relative's participle after a bare plural ("heard messages sent to his
# former partner"), not a clause's verb ("heard officers pulled over his car")
_AFTER_PARTICIPLE = frozenset(
    ("by", "to", "on", "in", "between", "at", "from", "during", "into", "onto", "with", "against")
)


def _body_heard(t: _Tok, i: int) -> _Cand | None:
    """'The court heard that', 'the inquest had heard that', a tail '..., the court heard.'
    (or a headline's '..., court hears', '..., jury told') with the verb at token i: hearsay
    of the witnesses before a body of `_vocab._HEARD_BY` (the body is no source)."""
    low = t.low
    j = i + 1
    while j < t.n and j - i <= 3 and low[j] in _TIME_WORDS:
        j += 1  # "..., the inquest heard yesterday."
    rest = t.text[j:]
    tail = (not rest or rest[0] in (".", "!")) and all(x in _QUOTE_TOKENS for x in rest[1:])
    if low[i] != "heard" and not tail:
        return None  # "court hears", "jury told": a headline's tail
    if j < t.n and t.text[j] == "," and j + 1 < t.n:
        named = _named_court(t, i)  # "The fund, Leeds crown court heard, did not exist."
        if named is not None:
            return _Cand((named, i + 1), "hearsay")
    if not (
        tail
        or (i + 1 < t.n and low[i + 1] in ("that", "how"))  # "the court heard how he ..."
        or (
            i + 2 < t.n
            and (low[i + 1] in _CLAUSE_STARTS or (t.cap[i + 1] and t.text[i + 1].isalpha()))
            and _clause_verb(t, i + 1, 4)
            and not _heard_say(t, i + 1)
        )  # "the court heard the fund ...", "The jury heard Pike had lied"
        or (
            i + 2 < t.n
            and low[i + 1].endswith("s")
            and not low[i + 1].endswith("ss")
            and low[i + 1].isalpha()
            and _clause_verb(t, i + 1, 1)
            and not (i + 3 < t.n and low[i + 3] in _AFTER_PARTICIPLE)
            # "heard recordings made by police", "heard calls made to the emergency line"
        )  # "The court heard officers pulled him over": a bare plural and its verb
    ):
        return None
    k = i - 1
    while k > 0 and (low[k] in _AUX or low[k] in _CUE_ADVERBS):
        k -= 1
    if low[k] not in _HEARD_BY and not tail:
        # "An inquest into his death heard ...": the body before a short phrase of its own
        m = k - 1
        while m > 1 and k - m < 6 and low[m] not in _HEARD_BY and t.text[m].isalnum():
            m -= 1
        if (
            low[m] in _HEARD_BY
            and low[m + 1] in ("into", "at", "in", "of", "for", "on")
            and (m == 1 or t.text[m - 2] in (",", *_QUOTE_TOKENS))  # the body opens it
        ):
            k = m
    if k < 0 or low[k] not in _HEARD_BY:
        return None
    start = _court_name_start(t, k)  # "Birmingham Crown Court heard that ..."
    if start < 0 and tail and k > 1 and t.text[k - 1] == "," and i == k + 1:
        start = k  # a headline's "..., court hears", "..., jury told"
    elif start < 0 and k == 0 and t.cap[0] and not tail:
        start = 0  # "Court heard that ...", "Inquest heard how ...": a body with no article
    elif start < 0:
        if k < 1 or low[k - 1] not in _DETS:
            return None
        start = k - 1
    if tail and not (
        start > 1
        and (
            t.text[start - 1] == ","
            or (t.text[start - 1] in _QUOTE_TOKENS and t.text[start - 2] == ",")
        )
    ):
        # a tail after a comma: "..., the court heard.", "..., Leeds Crown Court heard."
        return None
    return _Cand((start, i + 1), "hearsay")


def _court_name_start(t: _Tok, k: int) -> int:
    """The start of a named body ending at token k that opens its sentence or follows a
    comma or a determiner ("Birmingham Crown Court", "the Leeds Coroner's Court"), or -1."""
    if not t.cap[k]:
        return -1
    m = k - 1
    while (
        m >= 0
        and k - m <= 5
        and (t.cap[m] or t.low[m] in ("'s", "’s") or _plural_apostrophe(t, m))
        and t.low[m] not in _FUNCTION_WORDS
    ):
        m -= 1  # not "But" or a title-case headline's "As": "But Birmingham Crown Court heard"
    if m == k - 1:
        return -1  # "Court heard": no name before the body word
    if m >= 0 and t.low[m] in _DETS:
        return m
    if m < 0 or t.text[m] in (",", *_QUOTE_TOKENS) or t.low[m] in _FUNCTION_WORDS:
        return m + 1
    return -1


def _plural_apostrophe(t: _Tok, m: int) -> bool:
    """Token m is the apostrophe of a plural's possessive ("Magistrates' Court")."""
    return t.text[m] in ("'", "’") and m > 0 and t.low[m - 1].endswith("s") and t.cap[m - 1]


def _named_court(t: _Tok, i: int) -> int | None:
    """The start of a body set off by commas before "heard" at token i ("..., the court
    heard, ...", "..., Leeds crown court heard, ..."): after the comma, a determiner or
    capitalised words (and "crown", "magistrates'") up to the body word; None otherwise."""
    k = i - 1
    if k < 2 or t.low[k] not in _HEARING_BODIES:
        return None
    m = k - 1
    while m > 0 and k - m <= 4 and t.text[m] != ",":
        w = t.low[m]
        if not (
            t.cap[m]
            or w in _DETS
            or w in ("crown", "magistrates", "magistrates'")
            or _plural_apostrophe(t, m)
        ):
            return None
        m -= 1
    return m + 1 if t.text[m] == "," else None


_CLAUSE_STARTS = frozenset(
    ("the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "there", "his", "her",
     "their", "its", "our", "no", "none", "all", "some", "both", "neither", "nothing", "any")
)  # fmt: skip


def _finite_within(t: _Tok, k: int, n: int) -> bool:
    """An auxiliary, a form of "be" or a modal within ``n`` plain words after token k, before
    any punctuation but a per cent sign: "the receiving schools will be", "the government
    will", "cuts of more than 30% were"."""
    for m in range(k + 1, min(k + 1 + n, t.n)):
        if not t.text[m][:1].isalnum() and t.text[m] != "%":
            return False
        if (t.low[m] in _AUX or t.low[m] in _BE or t.low[m] in _MODALS) and not t.cap[m]:
            return True
    return False


# participles of the hearsay passive that name or judge rather than report before "to" or a
# clause ("is known as", "was seen to", "is considered the best")
_NAMING_PARTICIPLES = frozenset(("known", "seen", "considered", "viewed"))


def _hearsay_passive(t: _Tok, i: int) -> _Cand | None:
    """'is said to', 'are believed to', 'it is understood that' with the participle at i."""
    low = t.low
    w = low[i]
    if w == "cited" and _CITED_AS.isdisjoint(low[i + 2 : i + 5]):
        return None  # "cited as saying", "cited as a witness": not others' description
    if w in _AS_PARTICIPLES and i + 1 < t.n and low[i + 1] == "as":
        # "has been described as", "was widely derided as", "was long hailed as": others'
        # description, no source; not after a modal or "to" ("what can only be described as a
        # siege": the writer's own words)
        k = i - 1
        while (
            k > 0
            and i - k <= 2
            and (low[k].endswith("ly") or low[k] in _CUE_ADVERBS)
            and low[k] not in _BE
        ):
            k -= 1
        if k > 0 and low[k] in _BE and low[k] != "be":
            return _Cand((_cue_left(t, i), i + 1), "hearsay")
        if k == i - 1 and _reduced_relative(t, i):
            # "with injuries described as life-threatening", "an event billed as a vigil":
            # a description, no verb of a speaker (nor the noun before it a source)
            c = _Cand((i, i + 1), "hearsay")
            c.drop = True
            return c
        return None
    if not (
        w in HEARSAY_PARTICIPLES
        and i > 0
        and (
            low[i - 1] in _BE
            or low[i - 1] == "widely"
            or (low[i - 1] in _VIEW_ADVERBS and w in _VIEW_PARTICIPLES)  # "generally regarded"
            or (low[i - 1] == "also" and i > 1 and low[i - 2] in _BE)  # "was also reported"
        )
    ):
        return None
    nxt = low[i + 1] if i + 1 < t.n else ""
    if (
        w == "reported"
        and nxt in _REPORTED_WHERE
        and i > 1
        and low[i - 2] != "it"
        and _reported_place(t, i + 1)
    ):
        # "Heavy rain was also reported in the north", "Looting was reported across the city":
        # unnamed reports of what happened there (not "was reported to police": an act)
        return _Cand((_cue_left(t, i), i + 1), "hearsay")
    expletive = i > 1 and low[i - 2] == "it" and (nxt == "that" or _bare_clause(t, i))
    if (
        (low[i - 1] == "widely" or low[i - 1] in _VIEW_ADVERBS)
        and i > 1
        and low[i - 2] in _BE_OR_AUX
    ):
        # "is widely considered the best", "had been widely expected": others' views
        return _Cand((_cue_left(t, i), i + 1), "hearsay")
    if nxt in _HEARSAY_STATES and w not in _NAMING_PARTICIPLES:
        return _Cand((_cue_left(t, i), i + 1), "hearsay")  # "are reported missing"
    if w == "estimated" and nxt == "at":
        return _Cand((_cue_left(t, i), i + 1), "hearsay")  # "sales are estimated at $4m"
    if w in ("expected", "forecast", "forecasted", "predicted") and _expected_when(t, i):
        # "A decision is expected before Christmas", "A verdict is expected next week", "The
        # vote is expected in October", "Heavy rain is also expected, with ...", "Rain is
        # forecast for the weekend": others' expectation (not "as expected", "than expected":
        # no form of "be" before)
        return _Cand((_cue_left(t, i), i + 1), "hearsay")
    if (
        nxt == "to"
        and i + 2 < t.n
        and (
            low[i + 2] in _DETS
            or low[i + 2][:1].isdigit()
            or low[i + 2] in _REPORTED_TO
            or (w == "reported" and t.cap[i + 2])  # "reported to Action Fraud"
        )
    ):
        return None  # "The images were projected to a large screen": a direction; "The theft
        # was reported to police": an act
    if (nxt == "to" and w not in _NAMING_PARTICIPLES) or expletive:
        a = i - 2 if expletive else _cue_left(t, i)
        return _Cand((a, i + 2 if nxt == "to" else i + 1), "hearsay")
    return None


# places after "was reported": "in the north", "across the city", "along the coast"
_REPORTED_WHERE = frozenset(("in", "across", "along", "near", "throughout", "around"))
# to whom a thing is reported (an act): "was reported to police"
_REPORTED_TO = frozenset(
    ("police", "authorities", "officers", "officials", "staff", "managers", "prosecutors",
     "regulators", "investigators", "inspectors")
)  # fmt: skip
# the places after "reported in the": "in the north", "in the capital"
_PLACE_NOUNS = frozenset(
    ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
     "city", "capital", "region", "area", "province", "district", "town", "village", "suburbs",
     "centre", "center", "interior", "countryside", "valley", "delta", "hills", "border")
)  # fmt: skip


def _reported_place(t: _Tok, k: int) -> bool:
    """After "was reported", the preposition at token k opens a place ("in Lagos", "in the
    north", "across the city"), with no agent after it ("by residents") and no infinitive
    ("reported in a magazine to have": the older reading); not "in the Guardian", "in
    dollars", "in line with forecasts" (a publication, a unit, an idiom)."""
    low = t.low
    if "by" in low[k : k + 8]:
        return False
    if any(
        low[x] == "to" and t.text[x + 1][:1].islower() and low[x + 1] not in _DETS
        for x in range(k, min(t.n - 1, k + 7))
    ):
        return False  # "to have", not "according to the agency"
    if low[k] != "in":
        return True  # "across the city", "along the coast"
    if k + 1 >= t.n:
        return False
    if low[k + 1] == "the":
        return k + 2 < t.n and low[k + 2] in _PLACE_NOUNS  # not "in the Guardian"
    return t.cap[k + 1] or low[k + 1] in ("several", "many", "some", "parts", "other")


# what follows "is expected" when nothing is said of what is expected but when: a time (not
# "by": "is expected by economists to slow" names its source)
_EXPECTED_WHEN = _TIME_WORDS | frozenset(("before", "within", "soon", "shortly", "tomorrow", "for"))
# ... or where and when: "is expected in October", "in Geneva", "on the evening train", "at the
# weekend"; or nothing more: "Heavy rain is also expected, with ...", "More snow is expected."
_EXPECTED_AT = frozenset(("in", "on", "at"))
# a condition or a question around it: "If rain is expected ...", "whether arrests were ..."
_EXPECTED_NOT_IN = frozenset(("if", "unless", "whether", "when", "once"))
_EXPECTED_ADVERBS = frozenset(("also", "now", "still", "widely", "generally"))
# adverbs that, like "widely", make a passive of a view others' view: "is generally regarded
# as", "is commonly thought to" (only with the participles of a view, not "generally seen in
# older patients", nor a norm: "are generally expected to serve")
_VIEW_ADVERBS = frozenset(("generally", "commonly"))
_VIEW_PARTICIPLES = frozenset(("considered", "regarded", "believed", "thought", "viewed", "deemed"))
# "more are expected in the coming days", "where growth is expected", "whether charges were
# expected": no expectation of someone's told
_EXPECTED_NOT_AFTER = frozenset(("more", "others", "where", "what", "that", "which", "it", "this"))


def _expected_when(t: _Tok, i: int) -> bool:
    """ "expected" at token i after a form of "be" (an adverb between) and before a time or a
    place ("in October", "in Geneva", "on the evening train") or ", with" what comes with it:
    others' expectation with no source; not "than (had been) expected", "as was expected",
    "can be expected", "is expected to" (elsewhere)."""
    low = t.low
    k = i - 1
    if k > 1 and low[k] in _EXPECTED_ADVERBS:
        k -= 1
    if k < 1 or low[k] not in ("is", "are", "was", "were"):
        return False  # not "can be", "should have been"
    if (
        "than" in low[max(0, i - 4) : i]  # "lower than had been expected"
        or low[k - 1] in ("as", "than")  # "as was expected"
        or low[k - 1] in _EXPECTED_NOT_AFTER
        or not _EXPECTED_NOT_IN.isdisjoint(low[:k])  # "If rain is expected at the weekend"
        or "where" in low[max(0, k - 4) : k]  # "where most growth is expected"
    ):
        return False
    nxt = low[i + 1] if i + 1 < t.n else "."
    if nxt in _EXPECTED_WHEN:
        return True
    if nxt == ",":
        return i + 2 < t.n and low[i + 2] == "with"  # "Heavy rain is also expected, with ..."
    if nxt in ("along", "across"):
        return True  # "Gusts of 140km/h are expected along exposed coasts"
    if nxt not in _EXPECTED_AT or i + 2 >= t.n or low[k] in ("was", "were"):
        return False  # "The bridge was expected in 2019 but ...": a plan that failed
    w = t.text[i + 2]
    # a date, a year, a weekday or a named place: "in October", "in 2025", "on Friday", "in
    # the spring", "on the evening train", "in Geneva" (not a norm's place: "expected in a
    # modern workplace", "on delivery")
    return (
        w[:1].isdigit()
        or low[i + 2] in _TIME_WORDS
        or (w[:1].isupper() and w.isalpha())
        or (low[i + 2] == "the" and i + 3 < t.n and low[i + 3] in _TIME_WORDS)
    )


_NOT_A_NOUN = frozenset(
    ("to", "and", "or", "not", "best", "only", "perhaps", "just", "also", "now", "often",
     "sometimes", "once", "variously", "long", "first", "still")
)  # fmt: skip


def _heard_say(t: _Tok, k: int) -> bool:
    """A name at k and a bare verb of saying after it: "The court heard Smith say he was
    innocent" (Smith speaks; the body only heard him)."""
    while k < t.n and t.cap[k]:
        k += 1
    return k < t.n and t.low[k] in _CUE_WORDS and t.low[k] == _lemma_of(t.low[k])


def _reduced_relative(t: _Tok, i: int) -> bool:
    """The participle at token i ("described as") follows a noun it describes, with no verb
    of its own: "injuries described as life-threatening", "a man described as tall"; not the
    subject that opens the sentence ("The mayor described as reckless the plan ...") nor the
    subject of a relative clause ("proceedings that rights groups described as a sham")."""
    low = t.low
    w = low[i - 1]
    if not (
        i > 1
        and t.text[i - 1].isalpha()
        and not t.cap[i - 1]
        and w not in _BE
        and w not in _AUX
        and w not in _MODALS
        and w not in PRONOUN_SOURCES
        and w not in _NOT_A_NOUN
        and not w.endswith("ly")
    ):
        return False
    for k in range(i - 2, max(-1, i - 6), -1):  # "proceedings that rights groups described as"
        if low[k] in _RELATIVE_PRONOUNS:
            return False
        if not t.text[k][:1].isalnum():
            break
    # the noun phrase opening the sentence is its subject: "The mayor described as reckless
    # the plan to ..." (an active verb, its object after the "as" phrase)
    return _np_left(t, i - 1) > 0


def _bare_clause(t: _Tok, i: int) -> bool:
    """A clause without "that" right after the participle at token i of "it is understood":
    "It is understood the two men knew each other", "It is thought Smith will resign" (a
    determiner, a pronoun or a name opens it, and a verb follows within five words); not "it
    is known as", nor "It was reported the next day", "It was reported Tuesday"."""
    k = i + 1
    if k + 1 >= t.n or t.low[i] in _NAMING_PARTICIPLES:
        return False
    if t.low[k] in _TIME_WORDS or t.low[k + 1] in _TIME_PHRASE_WORDS:
        return False  # "the next day", "the same night", "Tuesday"
    opens = t.low[k] in _CLAUSE_STARTS or (t.cap[k] and t.text[k].isalpha())
    return opens and _clause_verb(t, k, 5)


_TIME_PHRASE_WORDS = _TIME_WORDS | {"next", "same", "following", "previous", "day", "night"}


def _clause_verb(t: _Tok, k: int, n: int) -> bool:
    """A finite verb within ``n`` plain words after token k, before a relative word or any
    punctuation: an auxiliary, "be" or a modal, or a past form after a noun ("the fire
    started"); not "an appeal which was rejected"."""
    for m in range(k + 1, min(k + 1 + n, t.n)):
        w = t.low[m]
        if not t.text[m][:1].isalnum() or w in _RELATIVE_PRONOUNS:
            return False
        if (w in _AUX or w in _BE or w in _MODALS) and not t.cap[m]:
            return True
        if (
            ((w.endswith("ed") and len(w) > 3) or w in _PAST_FORMS)
            and t.low[m - 1] not in _DETS
            and not t.cap[m]
        ):
            return True  # "the fire started", "he gave a reading"
    return False
