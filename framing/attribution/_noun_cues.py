"""Cues headed by a noun or a fixed phrase: "his claim that", "holds the view that", "in their
view", "issued a statement", "there are claims that", "by his own account", "according to", "per",
"made clear"."""

from __future__ import annotations

from framing import lexicons as lx
from framing.attribution._acts import _CURRENCY_SIGNS
from framing.attribution._cand import _Cand, _cue_left
from framing.attribution._hearsay import _clause_after
from framing.attribution._phrases import _np_left, _np_right
from framing.attribution._signals import (
    _after_cue_signal,
)
from framing.attribution._tokens import (
    _QUOTE_TOKENS,
    _Tok,
)
from framing.attribution._vocab import (
    _ACCOUNT_MONEY_WORDS,
    _AUX,
    _BARE_CUE_NOUNS,
    _BARE_CUE_VERBS,
    _BE,
    _LIGHT_VERBS,
    _NEG,
    _ORG_NOUNS,
    _PAST_FORMS,
    _PER_UNITS,
    _STATEMENT_VERBS,
    _TIME_WORDS,
    DOCUMENT_NOUNS,
    TITLES,
    VAGUE_SOURCES,
)


def _noun_cue(t: _Tok, i: int) -> _Cand | None:
    """A cue noun owned by a possessive before "that": "his claim that", "the minister's
    insistence that" (the owner is the source)."""
    left = t.low[i - 1]
    c = _Cand((i, i + 1), "noun")
    if left in ("his", "her", "their", "its", "our"):
        c.src = (i - 1, i)
    elif left in ("'s", "’s") and i > 1:
        s = _np_left(t, i - 2)
        if s < 0:
            return None
        c.src = (s, i - 1)
    else:
        return None
    if t.low[i + 1] == "that" and _opens(t, c.src[0]) and _rebutted(t, i + 2):
        return None  # "Her claim that the books were balanced was false": the writer's verdict
    return c


_VERDICTS = lx.words("verdict_words")
_SOFTENERS = frozenset(("simply", "plainly", "clearly", "demonstrably", "completely", "totally"))


def _opens(t: _Tok, a: int) -> bool:
    """Token a opens the sentence, after quotation marks or a conjunction at most."""
    return all(x in _QUOTE_TOKENS or x.lower() in ("and", "but", "yet") for x in t.text[:a])


_DETS_OF = frozenset(("the", "a", "an", "this", "that", "these", "those", "its", "their"))


def _content_verb(w: str) -> bool:
    """A finite verb form of the content clause: a form of "be", an auxiliary, a past."""
    return w in _BE or w in _AUX or w in _PAST_FORMS or (w.endswith("ed") and len(w) > 4)


def _rebutted(t: _Tok, k: int) -> bool:
    """The sentence from token k (the content after "that") ends with a verdict on it: a form
    of "be", perhaps an adverb, then "false", "wrong", "baseless", "(not) true" ... and the end
    (`lexicons/verdict_words.txt`): "... was false.", "... is simply wrong: crime rose"."""
    low = t.low
    n = t.n
    for b in range(k + 2, n - 1):
        if low[b] not in _BE or not any(_content_verb(low[x]) for x in range(k, b)):
            continue  # the content's own verb comes first: not "His claim that X were untrue."
        j = b + 1
        while j < n and low[j] in _SOFTENERS:
            j += 1
        if j < n and low[j] == "not":
            j += 1
        if j >= n or low[j] not in _VERDICTS:
            continue
        if (j + 1 == n or t.text[j + 1] in (".", "!", ":", ";")) and low[b - 2] not in _DETS_OF:
            return True  # (not "... and the count was wrong.": a clause of the content's own)
    return False


def _light_verb_noun(t: _Tok, i: int) -> _Cand | None:
    """A verb, a determiner and a cue noun before "that": "makes the point that", "holds the
    view that", "left open the possibility that" (the verb's subject is the source, as for
    "made clear")."""
    low = t.low
    after = low[i + 2] if i + 2 < t.n else ""
    if (
        i > 0
        and low[i] in _BARE_CUE_NOUNS
        and low[i - 1] in _BARE_CUE_VERBS
        and after not in _TIME_WORDS
        and after != "day"  # "Giving evidence that day, she ...": "that" a determiner
    ):
        c = _Cand((_cue_left(t, i - 1), i + 1), "clear")  # "gave evidence that"
        c.participle = low[i - 1].endswith("ing")
        return c
    if i < 2 or low[i - 1] not in ("the", "a", "an"):
        return None
    v = i - 2
    if low[v] == "open" and v > 0:
        v -= 1  # "left open the possibility"
    if low[v] not in _LIGHT_VERBS:
        return None
    c = _Cand((_cue_left(t, v), i + 1), "clear")
    c.participle = low[v].endswith("ing")
    return c


_OWNERS = frozenset(("his", "her", "their", "its"))  # not "my", "our", "your": own voice


def _in_view(t: _Tok, i: int) -> _Cand | None:
    """A point of view after "in" and its owner, noun at token i: "in their view", "in the
    minister's words" (cue the noun, source the owner) or "in the opinion of the auditors"
    (cue "in the opinion of", source after it)."""
    low = t.low
    left = low[i - 1]
    if left in _OWNERS and low[i - 2] == "in":
        c = _Cand((i, i + 1), "noun")
        c.src = (i - 1, i)
        return c
    if left == "the" and low[i - 2] == "in" and i + 2 < t.n and low[i + 1] == "of":
        e = _np_right(t, i + 2, loose=True)
        if e > 0:
            c = _Cand((i - 2, i + 2), "noun")
            c.src = (i + 2, e)
            return c
        return None
    if (left in ("'s", "’s") or (left in ("'", "’") and low[i - 2].endswith("s"))) and i > 2:
        s = _np_left(t, i - 2)  # "in the minister's words", "in the auditors' view"
        if s > 0 and low[s - 1] == "in":
            c = _Cand((i, i + 1), "noun")
            c.src = (s, i - 1)
            return c
    return None


def _issued_statement(t: _Tok, i: int) -> _Cand | None:
    """A verb of `_STATEMENT_VERBS`, a determiner and "statement(s)": "X issued a statement",
    "the ministry has released two statements" (the verb's subject is the source, as for
    "made clear"). Without a that-clause, colon, quotation or participle after it ("issued a
    statement on Friday") it is an action (``statement``): no attribution of its sentence, but
    the speaker of the quotation right after it."""
    low = t.low
    v = i - 2
    if v < 0 or low[v + 1] not in ("a", "an", "two", "three", "several", "joint"):
        return None
    if low[v] == "a" and v > 0:
        v -= 1  # "issued a joint statement"
    if low[v] not in _STATEMENT_VERBS:
        return None
    c = _Cand((_cue_left(t, v), i + 1), "clear")
    c.participle = low[v].endswith("ing")
    b = i + 1
    k = b + 1 if b < t.n and low[b] == "," else b
    c.statement = not (
        _after_cue_signal(t, b) or (k < t.n and low[k].endswith("ing") and low[k] != "regarding")
    )
    return c


def _there_noun(t: _Tok, i: int) -> _Cand | None:
    """A cue noun after "there" and a form of "be", before "that"/"about": "There have been
    rumours that ...", "there are concerns about ...", "There is one report that ..." (the
    noun phrase is the source, "there ... noun" the cue)."""
    low = t.low
    k = i - 1
    while k > i - 3 and k > 0 and low[k] not in _BE and low[k].isalpha() and not t.cap[k]:
        k -= 1  # "one", "frequent", "growing"
    if low[k] not in _BE:
        return None
    s = k + 1
    if any(w in _NEG or w == "no" for w in low[s:i]):
        return None  # "there is no evidence that": nothing is reported
    while k > 0 and (low[k - 1] in _BE or low[k - 1] in _AUX or low[k - 1] in _NEG):
        k -= 1
    if k == 0 or low[k - 1] != "there":
        return None
    c = _Cand((k - 1, i + 1), "noun")
    c.src = (s, i + 1)
    return c


# prepositions of a place or a circle between a "there" noun and its "that": "There is talk at
# City Hall that ...", "There is speculation in Westminster that ...", "whispers among staff"
_THERE_PLACE_PREPS = frozenset(("in", "at", "among", "around", "inside", "within", "on"))


def _there_noun_place(t: _Tok, i: int) -> _Cand | None:
    """`_there_noun` with a short place between the noun at token i and its "that" (at most
    four plain words) and a clause after it: "There is talk at City Hall that the director will
    resign" (not "There was speculation in the markets that day": a demonstrative). After
    "among" the group is the source: "There is speculation among analysts that ..."."""
    low = t.low
    if i + 2 >= t.n or low[i + 1] not in _THERE_PLACE_PREPS:
        return None
    for k in range(i + 2, min(t.n, i + 7)):
        if low[k] == "that":
            if k == i + 2 or not _clause_after(t, k):
                return None
            c = _there_noun(t, i)
            if c is not None and low[i + 1] == "among":
                c.src = (i + 2, k)  # "speculation among analysts": the analysts speculate
            return c
        if not (t.text[k][:1].isalpha() or t.text[k] in ("'s", "’s")):
            return None  # "There are fears in the town, and ...": no "that" of its own
    return None


def _there_talk(t: _Tok, i: int) -> _Cand | None:
    """A "there" noun that is no cue noun ("talk", "gossip", "whispers") right before "that"
    and a clause: "There was talk that the mill would close" (not "There was a talk that
    evening": a lecture and a demonstrative)."""
    if i + 2 >= t.n or t.low[i + 1] != "that" or t.low[i - 1] in ("a", "the"):
        return None
    return _there_noun(t, i) if _clause_after(t, i + 1) else None


def _by_owner(t: _Tok, i: int) -> _Cand | None:
    """A reckoning owned after "by" or "on", noun at token i: "by the district's own count",
    "by his estimate", "on the regional district's figures" (cue "by ... count", source the
    owner)."""
    low = t.low
    if i + 1 < t.n and t.text[i + 1][:1].isalpha() and low[i + 1] not in _AFTER_RECKONING:
        return None  # "the council's records department", "her count of the votes"
    k = i - 1
    account = low[i] == "account"
    if account and not (k > 1 and low[k] == "own"):
        return None  # only "by her own account", "by the committee's own account" (below: after
        # "by"): not "on his account", "on its own account", "by his account of"
    own = low[k] == "own"
    if own:
        k -= 1
    if (
        low[k] in _OWNERS
        and k > 0
        and _by_on(t, k - 1, own)
        and (not account or low[k - 1] == "by")
    ):
        c = _Cand((k - 1, i + 1), "noun")
        c.src = (k, k + 1)
        return c
    if low[k] in ("'s", "’s", "'", "’") and k > 1:
        s = _np_left(t, k - 1)
        if s > 0 and _by_on(t, s - 1, own) and (not account or low[s - 1] == "by"):
            c = _Cand((s - 1, i + 1), "noun")
            c.src = (s, k)
            return c
    return None


def _in_account(t: _Tok, i: int) -> _Cand | None:
    """A telling owned after "in" or "by" that opens the sentence or an aside, noun at token
    i, before a comma, the sentence's end, a dash, a closing bracket or "of ... ,": "In her
    account, the guards fired first", "By his account of the meeting, the talks collapsed",
    "In the company's telling, ...", "The talks collapsed, by her account." (cue "In ...
    account", source the owner); "version" only in "version of events"; not "paid into his
    account", "In his account, the bank found three transfers" (money: a bank account)."""
    low = t.low
    k = i - 1
    if low[k] == "own":
        k -= 1
    if low[k] in _OWNERS:
        s, e = k, k + 1
    elif low[k] in ("'s", "’s", "'", "’") and k > 1:
        s, e = _np_left(t, k - 1), k
    else:
        return None
    p = s - 1
    if s <= 0 or low[p] not in ("in", "by"):
        return None
    if not (
        p == 0
        or t.text[p - 1] in (",", "(", "—", "–", *_QUOTE_TOKENS)
        or low[p - 1] in ("and", "but")
    ):
        return None
    j = i + 1
    if low[i] == "version" and low[j : j + 2] != ["of", "events"]:
        return None  # "In their version, the song runs to nine minutes": a cover
    if j < t.n and low[j] == "of":
        if "," not in t.text[j + 2 : t.n - 2]:
            return None  # "In his account of the war he describes ...": no aside to close
    elif j < t.n and t.text[j] not in _ACCOUNT_ENDS:
        return None
    if low[i].startswith("account") and not _MONEY_WORDS.isdisjoint(low):
        return None  # a bank's account: "In her account, there was only $40 left"
    c = _Cand((p, i + 1), "noun")
    c.src = (s, e)
    return c


# what may close a telling's aside: "In her account, ...", "..., by her account." "(by her account)"
_ACCOUNT_ENDS = frozenset((",", ".", "!", "?", ";", "—", "–", ")"))
# words of money and logins that make an "account" a bank's or a website's
_MONEY_WORDS = _CURRENCY_SIGNS | _ACCOUNT_MONEY_WORDS


# words that may follow the reckoning noun inside the sentence ("by his own count more than
# 200 films", "by the council's estimate the school needs ...")
_AFTER_RECKONING = frozenset(("more", "less", "fewer", "about", "around", "nearly", "some", "the"))


def _by_on(t: _Tok, j: int, own: bool) -> bool:
    """Token j is a "by" or an "on" that opens the sentence or an aside ("By the district's
    figures, ...", "has edited, by his own count, ..."), or a "by" before "own" ("more than
    200 films by his own count"); not a passive's agent ("inspired by his father's records")
    nor "keep a lid on their records"."""
    w = t.low[j]
    if w not in ("by", "on"):
        return False
    return (
        (w == "by" and own)
        or j == 0
        or t.text[j - 1] in (",", "(", "—", "–", *_QUOTE_TOKENS)
        or (w == "by" and t.low[j - 1] in ("and", "but"))  # "and by the school's count more"
    )


def _by_the_of(t: _Tok, i: int) -> bool:
    """'by the <word> of' around token i: "by the reckoning of"."""
    return t.low[i - 2] == "by" and t.low[i - 1] == "the" and t.low[i + 1] == "of"


def _according(t: _Tok, i: int) -> _Cand | None:
    """'according to' at token i."""
    if i + 1 < t.n and t.low[i + 1] == "to":
        k = i + 2
        if k < t.n and t.low[k] in _MEASURE_DETS:
            k += 1
        if (
            k < t.n
            and t.low[k] in _ACCORDING_MEASURES
            and (k == i + 2 or t.low[k] not in _AS_PLANNED)  # not "according to the plan"
        ):
            return None  # "according to the number of people", "went according to plan"
        return _Cand((i, i + 2), "according")
    return None


_ACCORDING_MEASURES = lx.words("according_measures")
_AS_PLANNED = frozenset(("plan", "schedule"))  # bare only: "according to plan"
_MEASURE_DETS = frozenset(("the", "their", "his", "her", "its", "a", "an", "each", "your", "our"))


_PER_OPENERS = frozenset((",", "(", ";", "—", "–", "-"))


def _per(t: _Tok, i: int) -> _Cand | None:
    """'per' at token i as "according to" (US copy): "..., per a news release from the
    sheriff's office", "Per the filing, ..."; not a rate ("$5 per hour", "per cent", "per
    capita") nor "in keeping with" ("per his wishes", "per state law", "as per the law"; the
    words of `lexicons/per_units.txt` within the next four). Indian English's "As per the
    embassy's estimate, ..." opening its clause is one too (the cue "As per")."""
    low = t.low
    if i + 1 >= t.n or not t.text[i + 1][:1].isalpha():
        return None
    if any(low[k] in _PER_UNITS for k in range(i + 1, min(i + 5, t.n))):
        return None  # "per person", "per his wishes", "per state law"
    opens = i == 0 or low[i - 1] in _PER_OPENERS or t.text[i - 1] in _QUOTE_TOKENS
    if (
        i > 0
        and low[i - 1] == "as"
        and (i == 1 or low[i - 2] in _PER_OPENERS)
        and low[i + 1] not in ("our", "my")  # "As per our records": the writer's own
        and _per_head_speaks(t, i + 1)
    ):
        return _Cand((i - 1, i + 1), "according")  # "As per the embassy's estimate, ..."
    if not opens:
        return None
    return _Cand((i, i + 1), "according")


def _per_head_speaks(t: _Tok, k: int) -> bool:
    """The phrase after "As per" (from token k) is headed by a document, a body, a person or a
    vague source ("the embassy's estimate", "official figures", "the police"): a source, not a
    rule or an arrangement ("As per the norms", "as per the timetable": in keeping with)."""
    low = t.low
    h = -1
    while (
        k < t.n
        and (t.text[k][:1].isalnum() or low[k] in ("'s", "’s"))
        and low[k] not in ("of", "from", "by")
    ):
        if low[k] not in ("'s", "’s"):
            h = k
        k += 1
    return h >= 0 and (
        low[h] in DOCUMENT_NOUNS
        or low[h] in VAGUE_SOURCES
        or low[h] in TITLES
        or low[h] in _ORG_NOUNS
        or low[h] in ("estimate", "estimates", "figures", "data", "sources", "police")
    )


def _made_clear(t: _Tok, i: int) -> _Cand | None:
    """'made clear', 'makes it clear' with a form of 'make' at token i."""
    low = t.low
    n = t.n
    w = low[i]
    if not (
        w in ("made", "make", "makes", "making")
        and i + 1 < n
        and (low[i + 1] == "clear" or (low[i + 1] == "it" and i + 2 < n and low[i + 2] == "clear"))
    ):
        return None
    b = i + 2 if low[i + 1] == "clear" else i + 3
    c = _Cand((_cue_left(t, i), b), "clear")
    c.participle = w == "making"
    return c


# those appealed to who decide, and what they are asked to undo: a legal appeal, not a call
# ("appealed to the Supreme Court to overturn", "appealed to UEFA to reverse the ban")
_LEGAL_APPEAL = lx.words("legal_appeal_words")


def _appealed_to(t: _Tok, i: int) -> _Cand | None:
    """'appealed to' at token i, the ones called on and 'to' or 'not to' a verb: "The HSE has
    appealed to people to check on elderly neighbours", "It appealed to motorists not to
    engage in panic buying" (a call, like "urged"; the subject makes it, as for "made clear");
    not "appealed to voters" (no call), "appealed to the Supreme Court to overturn it",
    "appealed to UEFA to reverse the ban" (legal acts: `lexicons/legal_appeal_words.txt`)."""
    low = t.low
    if i + 3 >= t.n or low[i + 1] != "to":  # (the caller checks the word: `_APPEAL_FORMS`)
        return None
    for k in range(i + 2, min(t.n - 1, i + 10)):
        w = low[k]
        if w in _LEGAL_APPEAL:
            return None
        if w == "to" and k > i + 2:
            nxt = k + 2 if low[k + 1] == "not" and k + 2 < t.n else k + 1
            if nxt < t.n and t.text[nxt].isalpha() and t.text[nxt].islower():
                if low[nxt] in ("the", "a", "an", "their", "his", "her", "its"):
                    return None
                if low[nxt] in _LEGAL_APPEAL:
                    return None  # "appealed to the regulator to reconsider its decision"
                c = _Cand((_cue_left(t, i), i + 2), "clear")
                c.participle = low[i] == "appealing"
                return c
            return None
        if not t.text[k][:1].isalnum() and t.text[k] not in ("'s", "’s", "-", "'", "’"):
            return None  # a comma or a stop: no call to the ones named
    return None
