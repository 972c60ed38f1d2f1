"""Figures credited to a source: an estimate put, placed, estimated or valued at an amount
("The UN put the number of displaced at 40,000", "A deputy estimated the crowd at 400"), and
"put it"/"puts it down to" ("As the chairman put it, ...")."""

from __future__ import annotations

import re

from framing.attribution._cand import _Cand, _cue_left
from framing.attribution._tokens import _QUOTE_TOKENS, _Tok
from framing.attribution._vocab import (
    _AUX,
    _BE,
    _CUE_WORDS,
    _DETS,
    _MONTHS,
    _RELATIVES,
    _TIME_WORDS,
)

# words after "put at" that make it an estimate: "put at 40", "put at $2m", "put at millions"
_AMOUNT_WORDS = frozenset(
    ("$", "€", "£", "millions", "billions", "thousands", "hundreds", "about", "around", "more",
     "less", "nearly", "almost", "least", "up", "over", "under", "roughly", "approximately",
     "some", "close", "closer", "between", "just", "upwards", "well", "fewer")
)  # fmt: skip
# a number in words ("put the figure at four", "at twelve million rand"): an amount only where
# the figure ends or a scale follows (not "at four schools", "at half mast", "at ten past three")
_NUMBER_WORDS = frozenset(
    ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
     "hundred", "dozen", "dozens", "half")
)  # fmt: skip
_AFTER_NUMBER_WORD = frozenset(
    (".", ",", ";", "!", "million", "billion", "thousand", "hundred", "percent", "per", "%",
     "or", "to", "and")
)  # fmt: skip
# the heads of an estimate's object: "puts the number of damaged homes in his ward at 200"
_ESTIMATE_HEADS = frozenset(
    ("number", "figure", "toll", "cost", "costs", "bill", "loss", "losses", "damage", "total",
     "count", "value", "tally", "volume", "amount", "size", "attendance", "turnout", "crowd")
)  # fmt: skip


def _put_at(t: _Tok, i: int) -> _Cand | None:
    """'losses were put at $2m', 'the toll has been put at 40' with 'put' at token i: a
    passive estimate, hearsay like 'are estimated at' (not 'put at risk')."""
    low = t.low
    if not (i > 0 and i + 2 < t.n and low[i - 1] in _BE and low[i + 1] == "at"):
        return None
    if not _amount_at(t, i + 2):
        return None
    return _Cand((_cue_left(t, i), i + 2), "hearsay")


def _amount_at(t: _Tok, k: int) -> bool:
    """Token k opens an amount: a figure, a currency sign or a word of `_AMOUNT_WORDS`, or a
    currency's letters before its figure ("P1.3 billion", "Sh1.4 billion", "Rs 10,000")."""
    w = t.low[k]
    if w in _NUMBER_WORDS:
        nxt = t.low[k + 1] if k + 1 < t.n else "."
        return nxt in _AFTER_NUMBER_WORD or (w == "half" and nxt == "of")
    return (
        w[:1].isdigit()
        or w in _AMOUNT_WORDS
        or w[:1] in _CURRENCY_SIGNS
        or w.rstrip(".") in _CURRENCY_LETTERS
        or _CURRENCY_FIGURE_RE.match(w) is not None
        or (
            _LETTER_FIGURE_RE.match(w) is not None
            and ("." in w or "," in w or (k + 1 < t.n and t.low[k + 1] in _SCALE_WORDS))
        )  # "P1.3 billion", "R500 million"; not a grid place "P2" or a road "A1"
    )


_CURRENCY_SIGNS = frozenset("$€£¥₹₦₱₩₪₺")
# a currency's letters written before its figure, together ("Sh1.4bn", "P1.3") or apart ("Rs 500")
_CURRENCY_LETTERS = frozenset(("rs", "ksh", "sh", "inr", "usd", "eur", "gbp", "nzd", "aud", "zar"))
_CURRENCY_FIGURE_RE = re.compile(r"(?:rs|ksh|sh|us\$|a\$|nz\$|c\$|hk\$|s\$)\.?[0-9]")
_LETTER_FIGURE_RE = re.compile(r"[prnk][0-9]")  # peso, rand, naira, kwacha before a figure
_SCALE_WORDS = frozenset(
    ("million", "billion", "trillion", "thousand", "bn", "m", "mn", "crore", "lakh")
)


# an object that is an order, a wager, a sale or an emphasis, not an estimate: "placed an
# order at $5m", "placed 10 million shares at 450p", "puts the emphasis at ..."
_NOT_ESTIMATES = frozenset(
    ("order", "orders", "bet", "bets", "bid", "bids", "call", "calls", "shares", "bonds",
     "stock", "stake", "emphasis", "house", "home", "flat", "property")
)  # fmt: skip
# prepositions that place a thing rather than estimate it: "put her house on the market at $2m"
_PLACING_PREPS = frozenset(("on", "into", "onto", "under", "with", "to", "up", "out"))


_NOT_SUBJECT_ENDS = frozenset(("own", "my", "your", "his", "her", "our", "their", "'s", "’s"))


def _object_opens(t: _Tok, k: int) -> bool:
    """Token k can open the object of "estimated"/"valued" ("the crowd", "it", "its losses",
    "Acme", "damage"): not a preposition or a verb ("Home values in the area at ..." is a
    noun)."""
    if k >= t.n:
        return False
    w = t.low[k]
    return w.isalpha() and w not in _NOT_OBJECT_STARTS


_NOT_OBJECT_STARTS = (
    frozenset(("in", "on", "at", "of", "for", "near", "across", "around", "from"))
    | frozenset(("rose", "fell", "and", "or"))
    | _AUX
    | _BE
)  # a preposition, a verb form of the noun's sentence, a conjunction


def _right_after_subject(t: _Tok, i: int) -> bool:
    """Token i follows its subject's last word directly ("A deputy estimated", "Analysts
    valued"): not a noun after an owner ("Your own estimates put"), nor a verb after an
    auxiliary or an adverb ("have estimated", "is now estimated": the verb path reads those)."""
    if i == 0:
        return False
    prev = t.low[i - 1]
    return not (
        prev in _NOT_SUBJECT_ENDS
        or prev in _DETS
        or prev in _AUX
        or prev in _BE
        or prev.endswith("ly")
        or prev in _TIME_WORDS
        or prev in ("now", "also", "then", "still", "already", "not")
        or prev in ("after", "before", "by", "while", "when", "without", "for", "since", "of")
        or not prev.isalpha()
    )


def _put_figure(t: _Tok, i: int) -> _Cand | None:
    """'The UN put the number of displaced at 40,000', 'Insurers placed losses at $1.3
    billion', 'The UN is placing the toll at 40' with the verb at token i: an estimate whose
    source is the subject (as PolNeAR and our annotators read it); not 'put the kettle on at
    6pm', 'placed an order at', 'placed 10 million shares at 450p'."""
    low = t.low
    if (
        i == 0
        or low[i - 1] in _DETS
        or (low[i - 1] in _BE and not low[i].endswith("ing"))
        or low[i - 1] in ("i", "we", "you")
    ):
        return None  # "The places where ...", "was placed by X at" (a passive), "I will put"
    if i + 1 < t.n and low[i + 1][:1].isdigit():
        return None  # "placed 10 million shares at 450p": a counted object is sold or moved
    if i + 1 < t.n and low[i + 1] in ("in", "on", "up", "out", "off", "forward", "back"):
        return None  # "they've put in new bus stops at two junctions": a phrasal verb
    # an estimate's object ("the number of ...", "losses to ...") may carry places and
    # prepositions: "puts the number of damaged homes in his ward alone at 200", "put losses to
    # cattle producers at $3.3 billion"
    estimate = i + 2 < t.n and (
        low[i + 1] in _ESTIMATE_HEADS or (low[i + 1] in _DETS and low[i + 2] in _ESTIMATE_HEADS)
    )
    for k in range(i + 2, min(t.n - 1, i + (14 if estimate else 10))):
        w = low[k]
        if w == "in" and not (low[k + 1][:1].isdigit() or low[k + 1] in _MONTHS) and not estimate:
            return None  # "put a doctor in every station", but "inflation in October"
        if (w in _AUX or w in _BE or w in _RELATIVES) and not (
            w in ("'s", "’s") and t.text[k - 1][:1].isalnum() and low[k + 1] != "at"
        ):
            return None  # but a possessive: "puts Kestrel's share at 7.9 percent" (not "it's at")
        if w == "down" and low[k + 1] == "to" and low[i] in ("put", "puts", "putting"):
            # "The Board puts it down to the price of coal": a cause, not "down to answer"
            if k + 2 >= t.n:
                return None
            if low[k + 2] in _DETS or t.cap[k + 2] or low[k + 2].endswith("ing"):
                return _Cand((i, i + 1), "clear")
            return None
        if w == "at":
            nxt = t.text[k + 1]
            clock = k + 2 < t.n and low[k + 2] in ("am", "pm", "a.m.", "p.m.", "o'clock")
            if estimate and not clock and k + 1 < t.n and low[k + 1] == "risk":
                continue  # "puts the number of jobs at risk at about 1,100"
            if not _amount_at(t, k + 1) or clock or ":" in nxt or nxt.endswith(("am", "pm")):
                return None
            a = i
            while a > 0 and (low[a - 1] in _AUX or low[a - 1] in ("now", "also")):
                a -= 1  # "has put the toll at 40"; not "refused to put a figure at 100"
            return _Cand((a, i + 1), "clear")
        if w in _NOT_ESTIMATES or (w in _PLACING_PREPS and not estimate):
            return None
        noun = low[k - 1] in _DETS or low[k - 1] == "of"  # "the figure", "the cost of the report"
        # a participle after the estimate's noun: "put the volume held in storage at"
        noun = noun or (estimate and low[k - 1] in _ESTIMATE_HEADS)
        if (w in _CUE_WORDS and not noun) or not (w[:1].isalnum() or w in ("'s", "’s")):
            return None
    return None


def _put_it(t: _Tok, i: int) -> _Cand | None:
    """'put it simply: "..."', 'put it more plainly: "..."' with 'put' at token i: a
    quotation's tag."""
    low = t.low
    if not (i + 2 < t.n and low[i + 1] == "it"):
        return None
    tail = t.text[i + 2] == "." and i + 3 >= t.n - 1  # '"...," as the mayor put it.'
    if (t.text[i + 2] in (",", ":") or tail) and _as_opens(t, i):
        return _Cand((_cue_left(t, i), i + 2), "clear")  # "As one councillor (recently) put it,"
    k = i + 2
    while k < t.n and k - i <= 5 and (low[k].endswith("ly") or low[k] in _PUT_IT_WORDS):
        k += 1
    if k == i + 2 or k + 1 >= t.n or t.text[k] != ":" or t.text[k + 1] not in _PUT_IT_QUOTES:
        return None
    return _Cand((_cue_left(t, i), k), "clear")


def _as_opens(t: _Tok, i: int) -> bool:
    """ "As" opens the clause of "put" at token i, a subject of one to five words between them
    ("As one farmer put it,", '"...," as the chairman put it:'), the clause at the sentence's
    start or after a comma or quotation mark."""
    for k in range(i - 2, max(-1, i - 7), -1):
        if t.low[k] == "as":
            return k == 0 or t.text[k - 1] in (",", ";", "—", "–", *_QUOTE_TOKENS)
        if not t.text[k][:1].isalnum() and t.low[k] not in ("'s", "’s"):
            return False
    return False


_PUT_IT_WORDS = frozenset(("more", "most", "best", "this", "that", "so", "another", "way", "it"))
_PUT_IT_QUOTES = _QUOTE_TOKENS | {"'", "‘"}
