"""A source before a comma, a dash or a parenthesis, reached back over the inserts between it
and its cue ("X, the minister, said", "X, 33, of Baldwin, Miss., said", "X (R-Ohio) said");
US cities and states among the inserts are no source."""

from __future__ import annotations

from framing.attribution._phrases import _nickname_end, _np_left, _np_token
from framing.attribution._subjects import _who_subject
from framing.attribution._tokens import _DASHES, _QUOTE_TOKENS, _Tok
from framing.attribution._vocab import (
    _AUX,
    _CUE_WORDS,
    _DET_HEADS,
    _DETS,
    _NP_PREPS,
    _NP_PREPS_OR_STOP,
    _POSTMODIFIER_PARTICIPLES,
    _PREPS_STOP,
    _STATES,
    _SUBORDINATORS,
    _TIME_WORDS,
    TITLES,
)


def _insert_kind(t: _Tok, s: int, e: int) -> str:
    """What a comma-delimited insert [s, e) is: 'app' (apposition or relative clause, part of
    the source), 'adv' (adverbial, skipped) or 'bad' (the source cannot reach past it)."""
    if s >= e:
        return "bad"
    w = t.low[s]
    if w in ("who", "whose", "which") or (w == "where" and e - s >= 4 and t.low[e - 1] not in _AUX):
        return "app"  # "St Aidan's Hospital, where he was treated, said"; not "where possible"
    if w == "along" and s + 1 < e and t.low[s + 1] == "with":
        return "app"  # "Bush, along with the former first lady, Laura Bush, said"
    if w in _NP_PREPS and w not in ("of", "from"):
        return "adv"
    if (
        w in _PREPS_STOP
        or w in _TIME_WORDS
        or w in ("however", "though", "too", "meanwhile", "speaking", "instead", "also", "still")
    ):
        return "adv"
    if w.endswith("ly") and not t.cap[s]:
        return "adv"
    if w.endswith("ing") and not t.cap[s] and w not in _SUBORDINATORS:
        return "app"  # "X, hoping to surge in New Hampshire, called ..."
    if w in _POSTMODIFIER_PARTICIPLES and s + 1 < e and t.low[s + 1] in _NP_PREPS_OR_STOP:
        return "app"  # "The group, made up of residents, believes"; "X, led by Y, said"
    if (
        w in ("when", "while", "after", "before", "once", "if")
        and s + 1 < e
        and t.low[s + 1].endswith(("ed", "ing", "en", "own", "old"))
    ):
        return "adv"  # "Mr. Whitcomb, when seen at his hotel, said": a clause, skipped
    if w in _SUBORDINATORS or w in _AUX or (w in _CUE_WORDS and not t.cap[s]):
        return "bad"
    if (
        w in _DETS
        or w in ("of", "from", "former", "then", "now", "himself", "herself", "both")
        or w in TITLES
        or w[:1].isdigit()
        or t.cap[s]
        or w.endswith(("ing", "ed"))
        or _np_token(t, s)
    ):
        return "app"
    return "bad"


def _left_apposition(t: _Tok, j: int) -> tuple[int, int] | None:
    """Source before a comma/dash/parenthesis at token j, reaching back over inserts:
    'X, the minister,', 'X, 33, of Baldwin, Miss.,', 'X, who ...,', 'X (R-Ohio)'; a US city
    and state are passed over ("RMS Inc., Hasbrouk Heights, N.J., said"), unless nothing is
    found then ("On Monday, Kirby Lane, Georgia, said": Kirby Lane)."""
    found, skipped = _left_apposition_walk(t, j, True)
    if found is None and skipped:
        found, _ = _left_apposition_walk(t, j, False)
    return found


def _left_apposition_walk(t: _Tok, j: int, places: bool) -> tuple[tuple[int, int] | None, bool]:
    """`_left_apposition` with US places passed over (``places``) or not; and whether one
    was."""
    low = t.low
    skipped = False
    punct = t.text[j]
    if punct == ")":
        k = j - 1
        while k >= 0 and t.text[k] != "(":
            k -= 1
        if k <= 0:
            return None, skipped
        s = _np_left(t, k - 1)
        return (s, j + 1) if s >= 0 else None, skipped
    dash = punct in _DASHES
    # comma-separated segments going back from the cue
    bounds: list[int] = [j]  # positions of the separators, right to left
    k = j - 1
    while k >= 0 and j - k <= 45 and len(bounds) < 6:
        x = t.text[k]
        if x == ")" and _nickname_end(t, k):
            k -= 3  # "Walter (Red) Harkins, president of Local 318, said"
            continue
        if x == ")" and k <= j - 1 and t.text[k + 1] == ",":
            # "The Kenya Electricity Generating Company (KenGen), which ...,", "Cllr Ann
            # Bristow (Lib Dem, Sedgeford), who ...,": a parenthesis inside a segment
            p = k - 1
            while p >= 0 and k - p <= 8 and t.text[p] not in ("(", ")"):
                p -= 1
            if p > 0 and t.text[p] == "(":
                k = p - 1
                continue
        if x == "," or (dash and x in _DASHES):
            bounds.append(k)
        elif (
            x in (";", ":", "(", "?", "!")
            or (x == "." and t.text[k + 1] != ",")  # ".," closes an abbreviation: "R-Miss.,"
            or (x in _QUOTE_TOKENS and k == bounds[-1] - 1)
        ):
            break
        k -= 1
    start_limit = k  # the token before the first segment (or -1)
    bounds.append(start_limit)
    # bounds: j = b0 > b1 > ... ; segment m spans (b_m + 1, b_{m-1})
    found: tuple[int, int] | None = None
    for m in range(2, len(bounds)):
        seg_s, seg_e = bounds[m] + 1, bounds[m - 1]
        if seg_s >= seg_e:
            return found, skipped
        if (
            places
            and bounds[m] > start_limit
            and (
                _state_segment(t, seg_s, seg_e)
                or _state_segment(t, bounds[m - 1] + 1, bounds[m - 2])
            )
        ):
            # "RMS Inc., Hasbrouk Heights, N.J., said": a place, not the speaker (but the
            # first segment speaks: "Heritage Media Corp., New York, said")
            skipped = True
            continue
        last = seg_e - 1
        if t.text[last] == ")":  # "The Kenya Electricity Generating Company (KenGen)"
            q = last - 1
            while q > seg_s and t.text[q] != "(":
                q -= 1
            last = q - 1 if t.text[q] == "(" else last
        s = _np_left(t, last)
        if s < 0:
            continue
        if s > seg_s and s >= 2 and _who_subject(t, s) == seg_s:
            s = seg_s  # "Miners who escaped from the upper levels, however, assert"
        before = t.text[s - 1] if s > 0 else ""
        if s != seg_s and not (
            before in _QUOTE_TOKENS
            or low[s - 1] in _SUBORDINATORS
            or low[s - 1] == "and"
            or low[s - 1] in _TIME_WORDS  # "Yesterday Sir John Sawers, ..., called for"
            or (before in _DASHES and _dateline_before(t, s - 1))
        ):
            continue
        h = seg_e - 1
        if low[h][:1].isdigit() or (low[h] in _DETS and low[h] not in _DET_HEADS):
            continue
        if t.text[seg_e - 1] in _QUOTE_TOKENS or (
            seg_e - 2 >= s and t.text[seg_e - 2] in _QUOTE_TOKENS
        ):  # a quotation ends the segment; not one that closes before the name ('," Rathore,')
            return found, skipped
        # the inserts between the subject and the cue
        end = seg_e
        ok = True
        include = True
        for q in range(m - 1, 0, -1):
            a_, b_ = bounds[q] + 1, bounds[q - 1]
            kind = _insert_kind(t, a_, b_)
            if kind == "bad":
                ok = False
                break
            if kind == "adv":
                include = False
            elif include:
                end = b_
        if not ok:
            continue
        if found is None:
            found = (s, end)
        else:
            # "Senator X, Republican of Kansas, the committee chairman, called": the name
            # that opens the sentence, not the first insert that looks like a phrase
            opens = s == seg_s == 0 and seg_e - s > 1 and all(t.cap[s:seg_e])
            if not opens and _opening_name(t, bounds, start_limit, found):
                return (0, found[1]), skipped
            return (s, end) if opens else found, skipped
        if seg_s != 0 and m + 1 < len(bounds) and not _named_or_parenthetical(t, s, seg_e, j):
            continue
        if m + 1 < len(bounds) and _opening_name(t, bounds, start_limit, found):
            return (0, found[1]), skipped
        return found, skipped
    return found, skipped


def _opening_name(t: _Tok, bounds: list[int], start_limit: int, found: tuple[int, int]) -> bool:
    """The sentence opens with a name of two capitalised words or more, then two inserts or
    more before the phrase ``found``: "Khalid Al Marri, Executive Vice President, Exhibitions
    and Events Management at DWTC, said" (not a dateline "NEW YORK, ...")."""
    s, e = found
    first_e = bounds[-2]
    if any(t.low[b + 1] in ("his", "her", "their", "its") for b in bounds[1:-1]):
        return False  # "Alexei Volkov, his lawyer, Irina Sokolova, said ...": another speaks
    second_e = next((b for b in reversed(bounds[1:-2]) if b > first_e), s)
    if t.low[s] in _DETS and s - 1 > first_e and all(t.cap[first_e + 1 : second_e]):
        # "Port Moresby, Papua New Guinea, the minister, Tom Hale, said", "Grand Rapids,
        # Michigan, home of the factory, the company, ...": places, then a phrase that speaks
        return False
    last = max((b for b in bounds if s < b < e), default=-1)
    if t.low[s] in _DETS and last > 0 and all(t.cap[last + 1 : e]):
        # "Kuala Lumpur, the capital, the minister, Anwar Ibrahim, said": a role and its name
        # speak whole
        return False
    return (
        start_limit < 0
        and 1 < first_e < s
        and not t.text[0].isupper()
        and t.low[0] not in _DETS
        and all(t.cap[x] and t.text[x][:1].isalpha() and _np_token(t, x) for x in range(first_e))
    )  # not "In June, Dale Hoffer, a Republican state representative, answered"


def _dateline_before(t: _Tok, d: int) -> bool:
    """The dash at token d closes a dateline that opens the sentence: "SAN FRANCISCO -",
    "LAGOS (Reuters) -", "NEW YORK, Jan 5 -" (a place in capitals first, then capitalised
    words, a date or an agency in brackets; not "Tom Hale - the mayor, ..., said")."""
    return (
        d > 0
        and len(t.text[0]) > 1
        and t.text[0].isupper()
        and all(
            t.cap[x] or t.text[x] in ("(", ")", ",", ".") or t.text[x][:1].isdigit()
            for x in range(d)
        )
    )


def _state_segment(t: _Tok, s: int, e: int) -> bool:
    """Tokens [s, e) are a US state or its abbreviation ("N.J.", "Calif.", "Ohio", "New York";
    an abbreviation with its full stop, which may be a token of its own before a comma: not
    "MD" after a doctor's name)."""
    if e > s and t.text[e - 1] == ".":
        e -= 1  # "Calif" "." ","
        dotted = True
    else:
        dotted = False
    if not (0 <= s < e <= s + 2 and t.cap[s]):
        return False
    raw = " ".join(t.text[s:e])
    if dotted or raw.endswith("."):
        return raw.lower().rstrip(".") in _STATES
    return len(raw) >= 4 and not raw.isupper() and raw.lower() in _STATES


def _named_or_parenthetical(t: _Tok, s: int, e: int, j: int) -> bool:
    """The source found is a name of two words or more ("Volkov, his lawyer, Irina Sokolova,
    said"), or the cue after the comma at ``j`` is a parenthesis closed by a comma within a
    few words ("Pedro Alvarez, his agent, a former player, said, would not renew ..."): the
    phrase before it is the subject of another verb, not the speaker."""
    if e - s > 1 and all(t.cap[s:e]):
        return True
    for x in range(j + 1, min(j + 6, t.n)):
        if t.text[x] == ",":
            # a comma right after "that" opens an insert in the content: "agreed that, legally,"
            return t.low[x - 1] != "that"
    return False
