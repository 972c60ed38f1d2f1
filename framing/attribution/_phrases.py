"""Noun phrases: the source phrase that ends before or starts after a cue, with appositions."""

from __future__ import annotations

from framing.attribution._compounds import _noun_use
from framing.attribution._figures import _NUMBER_WORDS
from framing.attribution._tokens import (
    _DASHES,
    _QUOTE_TOKENS,
    _Tok,
)
from framing.attribution._vocab import (
    _AGENT_HEADS,
    _AUX,
    _CUE_ADVERBS,
    _CUE_WORDS,
    _DEMONSTRATIVES,
    _DET_HEADS,
    _DETS,
    _ED_ING_NOUNS,
    _LY_NOUNS,
    _MONTHS,
    _NAME_TITLES,
    _NAME_VERBS,
    _NEG,
    _NON_NAMES,
    _NP_PREPS,
    _PREPS_STOP,
    _SUBORDINATORS,
    _TIME_PREPS,
    _TIME_WORDS,
    _TO_HEADS,
    _VERB_STOPS,
    _WEEKDAYS_MONTHS,
    DOCUMENT_NOUNS,
    PRONOUN_SOURCES,
    REPORTING_VERBS,
    TITLES,
)


def _is_verbish(t: _Tok, k: int) -> bool:
    """Lower-case token that reads as a verb form (ends a source phrase)."""
    w = t.low[k]
    if w in _VERB_STOPS:
        return True
    if t.cap[k] or len(w) < 5 or w in _ED_ING_NOUNS:
        return False
    if w.endswith(("ed", "ing")):
        if k == 0:
            return False
        left = t.low[k - 1]
        if left in _DETS or left.endswith(("ly", "'s", "’s")) or left in ("most", "more", "well"):
            return False
        return t.text[k - 1][:1].isalnum()
    return False


# lower-case particles of names in Portuguese, Spanish, Italian, French, Dutch and German
_NAME_PARTICLES = frozenset(
    ("do", "da", "dos", "das", "de", "del", "della", "di", "du", "van", "von", "der", "den", "bin",
     "bint", "binti", "ibn", "ben")
)  # fmt: skip


def _np_token(t: _Tok, k: int) -> bool:
    """Whether token k can be part of a source phrase (not a function word or verb)."""
    w = t.low[k]
    if not t.text[k][:1].isalnum():
        return w in ("&", "/", "'s", "’s", "’", "'")
    if _surname_month(t, k):
        return True  # "Theresa May", "Brian May": a surname, not the modal or the month
    if w in _NAME_PARTICLES and not t.cap[k] and _between_capitals(t, k):
        return True  # "Viana do Castelo", "Vasco da Gama": a particle inside a name
    if (
        k > 0
        and t.low[k - 1] == "the"
        and not t.text[k - 1].isupper()
        and len(t.text[k]) > 1
        and t.text[k].isalpha()
        and t.text[k].isupper()
    ):
        return True  # "a report by the WHO": an acronym after "the", not the pronoun
    if w in _SUBORDINATORS or w in _AUX or w in _PREPS_STOP or w in _NEG:
        # "Doctors Without Borders": a capitalised preposition between two capitalised words
        # is part of a name, but not in a title-case headline
        return (
            w in _PREPS_STOP
            and 0 < k < t.n - 1
            and t.cap[k]
            and t.cap[k - 1]
            and t.cap[k + 1]
            and t.text[k + 1][:1].isalpha()
            and (not t.titlecase() or t.text[-1] == ".")  # a headline has no full stop
        )
    if (
        w in _CUE_WORDS
        and not t.cap[k]
        and w not in DOCUMENT_NOUNS
        and not (k > 0 and (t.low[k - 1] == "of" or t.low[k - 1] in _DETS))
        and not _noun_use(t, k)
    ):
        return False  # but "secretary of state", "the support staff"
    if w.endswith("ly") and len(w) > 5 and not t.cap[k] and w not in _LY_NOUNS:
        return False
    if w in _CUE_ADVERBS and not t.cap[k]:
        return False
    if w in _WEEKDAYS_MONTHS:
        return k > 0 and t.low[k - 1] in _DETS  # "on Tuesday", but "a March report"
    if (
        t.cap[k]
        and w in _NON_NAMES
        and w not in _NAME_TITLES
        and w not in _DETS
        and k > 1
        and not t.cap[k - 1]
        and t.text[k - 1].isalpha()
        and k + 1 < t.n
        and t.cap[k + 1]
        and t.text[k + 1][:1].isalpha()
        and not t.titlecase()
    ):
        return True  # "the charity Later Life Alliance": the first word of a name
    if t.cap[k] and w in _NON_NAMES and w not in _DETS:
        # "Mr Tom Brandt", "Dr Ada Ruiz": a short title without its full stop before a name
        return (
            w in _NAME_TITLES
            and k + 1 < t.n
            and t.cap[k + 1]
            and t.text[k + 1].translate(_NAME_MARKS).isalpha()  # "Mr O'Brien", "Dr Pryce-Jones"
        )
    if w in _VERB_STOPS and t.cap[k] and (_between_capitals(t, k) or _opens_name(t, k)):
        return True  # "Heaven Sent Gaming", "the Met Office": a capitalised verb inside a name
    return not _is_verbish(t, k)


def _after_time_phrase(t: _Tok, start: int, j: int) -> int:
    """``start`` moved past a time phrase that opens the words before a cue ("Last night
    campaigners", "Yesterday the union"); not before a possessive ("Last year's audit
    report" keeps "year's"), a programme's name ("This Morning presenter", "Today programme")
    nor a demonstrative before another noun ("This report")."""
    low = t.low

    def owned(k: int) -> bool:
        return k <= j and low[k] in ("'s", "’s")

    if start + 1 < j and low[start] in _TIME_DEICTICS and low[start + 1] in _TIME_WORDS:
        if owned(start + 2) or t.cap[start + 1]:
            return start  # "Last year's audit", "This Morning presenter X": a name
        return start + 2  # "Last night", "this week"
    if start < j and low[start] in ("yesterday", "today", "tonight"):
        nxt = start + 1
        if low[nxt] in _DETS or t.cap[nxt] or (low[nxt].endswith("s") and not owned(nxt)):
            return nxt  # "Yesterday the union", "Today officials"; not "Today programme"
        return start
    if 0 < start < j and low[start] in _TIME_WORDS and low[start - 1] in _TIME_DEICTICS:
        return start if owned(start + 1) or t.cap[start] else start + 1  # "Last" left out
    return start


_TIME_DEICTICS = frozenset(("last", "this", "next"))

_FRONTED_CONJUNCTIONS = frozenset(("but", "and", "yet", "so"))


_SEASONS = frozenset(("spring", "summer", "autumn", "winter"))


def _surname_month(t: _Tok, k: int) -> bool:
    """The capitalised month word at k ends a name ("Theresa May said"): a capitalised word
    that can open a name stands right before it, and no number follows ("May 5"); or it opens
    the sentence, after "But" at most, before a verb of saying ("May said", "But March
    insisted")."""
    if (t.low[k] not in _MONTHS and t.low[k] not in _SEASONS) or not t.cap[k]:
        return False  # ("Ms Winter said": a season as a surname too)
    if k == 0 or (k == 1 and t.low[0] in _FRONTED_CONJUNCTIONS):
        # "May said ...", "But March insisted ...": a month never says anything
        return k + 1 < t.n and t.low[k + 1] in REPORTING_VERBS and not t.titlecase()
    if not t.cap[k - 1] or not t.text[k - 1].rstrip(".").isalpha():
        return False
    left = t.low[k - 1].rstrip(".")
    if left in _NAME_TITLES:
        return k + 1 >= t.n or not t.text[k + 1][:1].isdigit()  # "Mrs May said"
    if (
        left in _NON_NAMES
        or left in _TIME_WORDS
        or left in _PREPS_STOP
        or left in _NP_PREPS
        or left in _SUBORDINATORS
        or left in _DETS
        or left in _AUX
        or t.titlecase()
    ):
        return False
    return k + 1 >= t.n or not t.text[k + 1][:1].isdigit()


# prepositions after a quantifier that make it the head of a group: "Some in the party"
_GROUP_PLACE_PREPS = frozenset(("in", "at", "among", "within", "inside", "across"))
# the pronoun-like determiners that head a group there ("Some in the party", "Most at the
# meeting"): not one person ("one", "each", "either") nor the pair of a "both ... and"
_GROUP_QUANTIFIERS = _DET_HEADS - {"one", "each", "either", "neither", "another", "both"}
# words before such a quantifier that leave it opening its clause: "Yet few in the market"
_CLAUSE_JOINERS = frozenset(
    ("and", "but", "yet", "while", "though", "although", "so", "now", "as", "what", "because",
     "since", "if", "when", "where", "that")
)  # fmt: skip


def _np_left(t: _Tok, j: int, limit: int = 12) -> int:
    """Start index of the source phrase that ends at token j (inclusive), or -1."""
    low = t.low
    if j < 0:
        return -1
    w = low[j]
    if w in PRONOUN_SOURCES or w in _DEMONSTRATIVES:
        return j
    if w in _DET_HEADS and not (j > 0 and low[j - 1] in _DETS):
        start = j
        if j > 0 and low[j - 1] in ("about", "nearly", "almost", "only", "just", "roughly"):
            start = j - 1
        return start
    if _ratio_at(t, j):  # "About 4 in 10 say", "One in five said": a share of those asked
        start = j - 2
        while start > 0 and low[start - 1] in _RATIO_LEADS:
            start -= 1
        return start
    if w in _DETS or w in _NP_PREPS:
        return -1
    if not _np_token(t, j) and not (
        w in _CUE_WORDS and not t.cap[j] and j + 1 < t.n and low[j + 1] in _CUE_WORDS
    ):
        return -1
    k = j
    start = j
    while k >= 0 and j - k < limit:
        w = low[k]
        if w == "," and 0 < k < j and _in_number(t, k):
            k -= 1  # "4,000 rail workers": the comma of a figure
            continue
        if w in _DETS:
            if w in ("that", "this") and k < j and t.cap[k + 1]:
                break  # "... disappointed that Secretary Clinton has declined"
            start = k
            if (
                w in _NUMBER_WORDS
                and k > 0
                and low[k - 1] in ("the", "these", "those", "all", "its", "their", "our")
            ):
                start = k - 1  # "The three councillors": the article before the number
                k -= 1
            if _name_verb_before(t, k):  # "Save the Children said": the verb opens the name
                start = k - 1
                k -= 2
                continue
            # a determiner opens the phrase; go on only through a preposition or "and"
            if k > 0 and (low[k - 1] in _NP_PREPS or low[k - 1] in ("and", "&")):
                k -= 1
                continue
            break
        if w == "per" and k > 0 and k < j and low[k + 1] == "cent" and low[k - 1][:1].isdigit():
            start = k - 1  # "71 per cent said": the figure, not "cent"
            k -= 2
            continue
        if w in _NP_PREPS and k > 2 and t.text[k - 1] == ")" and _acronym_before(t, k - 1):
            k -= 4  # over "(IAB)": "the Institute for Employment Research (IAB) in Nuremberg"
            limit += 3  # the bracket counts as no words
            continue
        if w in _NP_PREPS:
            # "officials at the State Department", "sources close to the talks"
            if w == "by":
                p = k - 1  # "a poll conducted in January by ...": over a time phrase first
                while p > 1 and k - p <= 3 and (low[p] in _TIME_WORDS or low[p] in _TIME_PREPS):
                    p -= 1
                if (
                    p > 0
                    and low[p].endswith("ed")
                    and low[p] not in _CUE_WORDS
                    and not t.cap[p]
                    and _np_token(t, p - 1)
                    and (p == k - 1 or low[p + 1] in _TIME_PREPS)
                ):
                    # "a survey conducted by the network": go on over the participle
                    limit += k - 1 - p  # (the time phrase counts as no words)
                    k = p - 1
                    continue
            if w == "of" and k > 1 and low[k - 1] in _NUMBER_WORDS:
                before = low[k - 2]
                if before in _DETS or before == "least":
                    break  # "the meeting that two of its own members asked for", "at least"
                if before in ("about", "nearly", "almost", "only", "just", "roughly"):
                    start = k - 2
                    break
            if w == "of" and k > 0 and (low[k - 1] in _DET_HEADS or low[k - 1] in _NUMBER_WORDS):
                start = k - 1  # "some of her followers", "many of the speakers", "two of the"
                if (
                    k > 2
                    and low[k - 2] in _NP_PREPS
                    and low[k - 2] not in ("by", "to")
                    and _np_token(t, k - 3)
                    and low[k - 3] not in _DETS
                    and not _is_verbish(t, k - 3)
                ):
                    k -= 2  # "Analysts at one of the agencies": on through the preposition
                    continue
                break
            if (
                w in _GROUP_PLACE_PREPS
                and k > 0
                and low[k - 1] in _GROUP_QUANTIFIERS
                and (k == 1 or not low[k - 2].isalpha() or low[k - 2] in _CLAUSE_JOINERS)
            ):  # (not "families most in need of": "most" an adverb after its noun)
                start = k - 1  # "Some in the party", "few in the market", "Most at the meeting"
                break
            if k == 0 or not _np_token(t, k - 1) or low[k - 1] in _DETS:
                break
            if w == "to" and low[k - 1] not in _TO_HEADS and not _joins_name(t, k):
                break  # but "sources close to the talks", "People's Right to Information"
            if low[k - 1] in _TIME_WORDS or _is_verbish(t, k - 1):
                break
            k -= 1
            continue
        if w in ("and", "&", "or"):
            if k == 0 or not (_np_token(t, k - 1) or low[k - 1] in _DET_HEADS) or k + 1 > j:
                break
            k -= 1
            continue
        if k < j and _nickname_end(t, k):
            k -= 3  # "Walter (Red) Harkins", "Winston 'Bunny' Campbell": over the nickname
            limit += 3
            continue
        if not _np_token(t, k) and k != j:
            break
        start = k
        k -= 1
    # nor with a time phrase: "Last night campaigners accused", "Yesterday the union said"
    start = _after_time_phrase(t, start, j)
    # a phrase never starts with a preposition or a conjunction
    while start <= j and (
        low[start] in _NP_PREPS or low[start] in ("and", "&", "or", "/", "'s", "’s")
    ):  # nor with the possessive of a word left out ("Wednesday's Quinnipiac poll")
        start += 1
    return start if start <= j else -1


_NICKNAME_MARKS = {")": "(", "'": "'", "’": "‘", '"': '"', "”": "“"}


def _nickname_end(t: _Tok, k: int) -> bool:
    """Token k closes a nickname written between two words of a name: "Walter (Red) Harkins",
    "Winston 'Bunny' Campbell" (one capitalised word in brackets or quotation marks, name words
    on both sides)."""
    opening = _NICKNAME_MARKS.get(t.low[k])
    return (
        opening is not None
        and k >= 3
        and t.low[k - 2] in (opening, t.low[k])
        and t.cap[k - 1]
        and not t.text[k - 1].isupper()  # not an acronym: "Washington (CNN) President X"
        and t.cap[k - 3]
        and k + 1 < t.n
        and t.cap[k + 1]
    )


_RATIO_LEADS = frozenset(
    ("about", "nearly", "almost", "roughly", "only", "just", "than", "more", "fewer", "less")
)


def _is_number(w: str) -> bool:
    return w[:1].isdigit() or w in _NUMBER_WORDS or w == "one"


def _ratio_at(t: _Tok, j: int) -> bool:
    """Token j ends a share written "N in M" ("4 in 10", "one in five")."""
    low = t.low
    return j >= 2 and low[j - 1] == "in" and _is_number(low[j]) and _is_number(low[j - 2])


def _acronym_before(t: _Tok, r: int) -> bool:
    """The ")" at token r closes a bracketed acronym after a name: "the Institute for
    Employment Research (IAB)"."""
    return (
        r >= 3
        and t.text[r - 2] == "("
        and t.text[r - 1].isupper()
        and t.text[r - 1].isalpha()
        and t.cap[r - 3]
    )


def _in_number(t: _Tok, k: int) -> bool:
    """The comma at token k groups a figure's digits ("4,000"): digits on both sides, no
    space."""
    return (
        t.text[k - 1][-1:].isdigit()
        and t.text[k + 1][:1].isdigit()
        and t.end(k - 1) == t.start(k)
        and t.end(k) == t.start(k + 1)
    )


def _name_verb_before(t: _Tok, k: int) -> bool:
    """A capitalised verb that opens a campaign's or charity's name stands before the
    determiner at k, and a capitalised word after it: "Save the Children", "Stop the War
    Coalition", "Save Our Fields" (`_vocab._NAME_VERBS`; not in a title-case headline)."""
    return (
        k > 0
        and k + 1 < t.n
        and t.cap[k - 1]
        and t.low[k - 1] in _NAME_VERBS
        and t.cap[k + 1]
        and t.text[k + 1][:1].isalpha()
        and not t.titlecase()
    )


def _opens_name(t: _Tok, k: int) -> bool:
    """Token k opens a capitalised name after a determiner ("the Met Office"), outside a
    title-case headline."""
    return (
        0 < k < t.n - 1
        and t.low[k - 1] in _DETS
        and t.cap[k + 1]
        and t.text[k + 1][:1].isalpha()
        and not t.titlecase()
    )


def _between_capitals(t: _Tok, k: int) -> bool:
    """Token k stands between two capitalised words, outside a title-case headline."""
    return (
        0 < k < t.n - 1
        and t.cap[k - 1]
        and t.cap[k + 1]
        and t.text[k - 1][:1].isalpha()
        and t.text[k + 1][:1].isalpha()
        and not t.titlecase()
    )


def _joins_name(t: _Tok, k: int) -> bool:
    """Lower-case token k stands between two capitalised words of one name ("Right to
    Information", "Campaign to Protect Rural England"; not "According to Trump")."""
    return (
        k > 1
        and (t.text[k - 2][:1].isalnum() or t.low[k - 2] in ("'s", "’s"))
        and _between_capitals(t, k)
    )


def _described_name(t: _Tok, i: int) -> int:
    """End (exclusive) of a name of two capitalised words or more after one or two lower-case
    words at token i, or -1: "says resident Margaret Pell", "said shopkeeper Tom Bell", "says
    local farmer Tom Bell", "said then-president Jane Smith"."""
    k = i
    while (
        k < t.n
        and k - i < 2
        and not t.cap[k]
        and t.low[k].replace("-", "").isalpha()  # "then-president Jane Smith"
        and t.low[k] not in _DETS
        and (_np_token(t, k) or t.low[k].endswith("ed"))  # "retired general Tom Bell"
    ):
        k += 1
    while k < t.n - 2 and t.cap[k] and t.low[k].rstrip(".") in TITLES:
        k += 1  # "said retired Maj. Gen. Tom Bell"
    if not (
        i > 1  # after a verb that does not open the sentence: not "Tell local MP Tom Bell: ..."
        and i < k < t.n - 1
        and t.cap[k]
        and t.cap[k + 1]
        and t.text[k].isalpha()
        and t.text[k + 1][:1].isalpha()
    ):
        return -1
    # the phrase ends with the name: "said resident Tom Bell near Kyiv"
    while k < t.n and t.cap[k] and t.text[k][:1].isalpha():
        k += 1
    return k


def _lower_role_at_end(t: _Tok, i: int) -> int:
    """End of one to three lower-case words at token i that end in a role or group noun and
    end the sentence, or -1: "Talks collapse, says foreign minister", "..., said local
    officials."""
    k = i
    while k < t.n and k - i < 3 and not t.cap[k] and t.low[k].isalpha():
        k += 1
    if i > 1 and k > i and t.low[k - 1] in _AGENT_HEADS and (k == t.n or t.text[k] in _ENDS):
        return k
    return -1


_ENDS = frozenset((".", "!", "?", ";", '"', "”", "'", "’"))


def _np_right(
    t: _Tok, i: int, limit: int = 12, loose: bool = False, amount_ends: bool = False
) -> int:
    """End index (exclusive) of the source phrase that starts at token i, or -1.

    ``loose`` (after "according to", for a sentence subject) also accepts a phrase that opens
    with a lower-case adjective and lets it run through "in"/"on"/"by"; ``amount_ends`` (the
    agent of "estimated", "put", "valued") ends it before "at" and a number ("estimated by
    exporters at 72,000 tonnes"), not "economists at 12 large banks" elsewhere.
    """
    n = t.n
    if i >= n:
        return -1
    low = t.low
    w = low[i]
    if w in ("he", "she", "they", "we", "i", "it"):
        return i + 1
    if w in ("him", "her", "them") and (i + 1 >= n or not t.text[i + 1][:1].isalnum()):
        return i + 1  # "According to her, ...": an object pronoun standing alone
    if w in _DET_HEADS and i + 1 < n and (low[i + 1] == "of" or not _np_token(t, i + 1)):
        if low[i + 1] != "of":
            return i + 1
    elif not (_np_token(t, i) or w in _DETS) or w in _NP_PREPS:
        # "said retired general Tom Bell": a participle before a described name
        return _described_name(t, i) if w.endswith("ed") and not t.cap[i] else -1
    if not (
        loose
        or t.cap[i]
        or w in _DETS
        or w in _AGENT_HEADS
        or w[:1].isdigit()
        or w in ("former", "then", "top", "senior", "chief", "republican", "democratic")
    ):
        d = _described_name(t, i)
        return d if d > 0 else _lower_role_at_end(t, i)
    inner = (
        ("of", "for", "at", "from", "with", "in", "on", "by")
        if loose
        else ("of", "for", "at", "from", "with")
    )
    according = (  # an opening "According to", a clause after its source
        loose
        and i > 1
        and low[i - 1] == "to"
        and low[i - 2] == "according"
        and all(x in _QUOTE_TOKENS for x in t.text[: i - 2])
    )
    k = i
    end = -1
    while k < n and k - i < limit:
        w = low[k]
        if w in _DETS and (k == i or low[k - 1] in _NP_PREPS or low[k - 1] == "and"):
            k += 1
            continue
        if according and end > 0 and _clause_subject_at(t, k):
            break  # "According to police the fire started": the clause's subject, no comma
        if w in _NP_PREPS or w in ("and", "&"):
            ok = w in inner or w in ("and", "&") or (w == "to" and low[k - 1] in _TO_HEADS)
            if not ok or end < 0 or k + 1 >= n:
                break
            if not (_np_token(t, k + 1) or low[k + 1] in _DETS) or low[k + 1] in _TIME_WORDS:
                break
            if amount_ends and w == "at" and low[k + 1][:1].isdigit():
                break  # "estimated by exporters at 72,000 tonnes": the amount, no source
            k += 1
            continue
        if k > i and k + 3 < n and _nickname_end(t, k + 2):
            k += 3  # "Walter (Red) Harkins": over the nickname to the name's next word
            limit += 3
            continue
        if (
            loose
            and i > 1
            and low[i - 2 : i] == ["according", "to"]
            and end > 0
            and w.endswith("ed")
            and not t.cap[k]
            and k + 2 < n
            and low[k + 1] == "by"
            and (_np_token(t, k + 2) or low[k + 2] in _DETS)
        ):
            k += 2  # "according to figures released by the board": on to the agent
            continue
        # after a possessive a noun ("Keshtan's state energy company", "Ruritania's claim"),
        # not a verb after "'s" for "has" or "is" ("The firm's said", "The firm's planning")
        poss = k > i and low[k - 1] in _POSS and w.isalpha() and not w.endswith(_PAST_OR_ING)
        if not (poss or _np_token(t, k)) or (
            k > i and not t.cap[k] and not poss and _is_verbish(t, k)
        ):
            break
        # a plural after "according to" is the head, not a verb: "According to UN officials the"
        after_to = i > 0 and low[i - 1] == "to" and w.endswith("s")
        if end > 0 and low[k - 1] not in _DETS and not after_to and _verb_before_object(t, k):
            break
        end = k + 1
        k += 1
    return end


_CLAUSE_DETS = frozenset(("the", "a", "an", "this", "these", "those", "both", "all"))
_POSS = frozenset(("'s", "’s"))
_NAME_MARKS = str.maketrans("", "", "-'’.")  # "Mr O'Brien", "Dr Pryce-Jones", "Mr M."
_PAST_OR_ING = ("ed", "ing", "said", "told", "been", "got", "made", "done", "gone", "seen", "own")


def _clause_subject_at(t: _Tok, k: int) -> bool:
    """Whether an article at token k, after an opening "According to X" with no comma, opens
    the clause's subject ("According to police the fire started ...", "... UN officials the
    toll has risen"), not a reduced relative inside the source phrase ("According to the
    figures the Commission gave us in March, ..."): an auxiliary within six words, or no
    comma left in the sentence."""
    low = t.low
    if t.cap[k] or low[k] not in _CLAUSE_DETS or low[k - 1] in _DETS or low[k - 1] in _POSS:
        return False  # "by Protect The Harvest", "the Board's most recent assessment"
    ahead = low[k + 1 : k + 7]
    return any(w in _AUX and w not in _POSS for w in ahead) or "," not in t.text[k:]


def _verb_before_object(t: _Tok, k: int) -> bool:
    """Whether lower-case token k, inside a subject, is a short past form before its object
    ("Hartwell Stores Inc cut its forecast and reported ...", "Ms Ruiz quit the board and
    said ..."): a noun of a phrase is not followed by "its", "his" or "their", nor a name by
    "the", "a" or "an"."""
    if t.cap[k] or k + 1 >= t.n or not t.low[k].isalpha():
        return False
    nxt = t.low[k + 1]
    if nxt in ("its", "his", "their"):
        return True
    return nxt in ("the", "a", "an") and t.cap[k - 1] and t.low[k - 1] not in _DETS


def _apposition_end(t: _Tok, c: int, limit: int = 18) -> int:
    """After a source that ends before the comma at token c: end index of an apposition
    (", the health minister", ", who ..."), or -1 when what follows is something else."""
    n = t.n
    i = c + 1
    if i >= n:
        return -1
    w = t.low[i]
    ok = (
        w in _DETS
        or w in ("who", "former", "then", "now", "also", "both", "himself", "herself")
        or w in TITLES
        or w[:1].isdigit()
        or (t.cap[i] and w not in _NON_NAMES)
        # a job without an article: ", head of research at Marlowe & Pike", ", retail analyst
        # at broker Whitby Crane"
        or (
            w.isalpha()
            and any(x in TITLES or x == "head" for x in t.low[i : i + 3])
            and any(x in ("of", "at", "for") for x in t.low[i + 1 : i + 4])
        )
    )
    if not ok or w in ("that", "this", "these", "those"):
        return -1
    k = i
    while k < n and k - i < limit:
        if t.text[k] in (",", ";", ":", ".", "?", "!", "(", ")") or t.text[k] in _QUOTE_TOKENS:
            break
        if t.text[k] in _DASHES and k > i:
            break
        if (
            w != "who"
            and k > i
            and not t.cap[k]
            and (t.low[k] in REPORTING_VERBS or t.low[k] in _AUX)
            and t.low[k] not in ("'s", "’s")  # a possessive, not "is"
        ):
            return -1  # a clause, not an apposition: "X, 38 ships are waiting"
        k += 1
    if k - i >= limit:
        return -1
    return k


def _after_dateline(t: _Tok) -> int:
    """The token after a wire dateline that opens the sentence ("WASHINGTON (AP) —",
    "NAIROBI, Kenya (Reuters) _"), else 0."""
    first = t.text[0] if t.n else ""
    if len(first) < 2 or not first.isupper() or not first.isalpha():
        return 0
    for j in range(1, min(t.n, 12)):
        if t.text[j] in ("—", "–", "_", "--"):
            return j + 1
        if t.text[j][:1].islower():
            return 0
    return 0


def _subject_start(t: _Tok) -> tuple[int, int] | None:
    """The main subject of the sentence: its first source-like phrase."""
    n = t.n
    i = _after_dateline(t)
    while i < n and (t.text[i] in _QUOTE_TOKENS or t.low[i] in ("and", "but", "so", "yet")):
        i += 1
    if i < n:
        w = t.low[i]
        if (
            w in _SUBORDINATORS
            or w in _NP_PREPS
            or w in _PREPS_STOP
            or w in _TIME_WORDS
            or w.endswith(("ly", "ing"))
            or w in ("asked", "still", "now", "then", "meanwhile", "instead")
        ):
            k = i
            while k < n and t.text[k] != "," and k - i < 25:
                k += 1
            if k < n and t.text[k] == ",":
                i = k + 1
    if i >= n:
        return None
    e = _np_right(t, i, loose=True)
    if e < 0:
        return None
    return (i, e)


def _with_apposition(t: _Tok, a: int, e: int) -> tuple[int, int]:
    """Extend a source [a, e) that a comma follows over its apposition."""
    if e < t.n and t.text[e] == ",":
        ae = _apposition_end(t, e)
        if ae > 0:
            return (a, ae)
    return (a, e)
