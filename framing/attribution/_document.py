"""Document pass: attributions of every sentence, main one first, inherited by quotations."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import SupportsInt

from framing.attribution._citations import _academic, _citation
from framing.attribution._coref import (
    _mid_sentence_capitals,
    _resolve,
)
from framing.attribution._cues import _cues
from framing.attribution._embeds import embedded_posts
from framing.attribution._found import _Found, _give, _give_from, _own, _speaker
from framing.attribution._headline_quotes import headline_quote
from framing.attribution._quotes import (
    QuoteIndex,
    _ends_with_colon,
    _running,
)
from framing.attribution._sources import (
    _sources,
)
from framing.attribution._tags import _colon_source_tail, _name_colon, _speaker_tag
from framing.attribution._tokens import (
    _WORD_RE,
    _Tok,
)
from framing.attribution._turns import (
    _colon_intros,
    _dateline_tag,
    _excerpts,
    _interview,
    _qa_answers,
    _transcript_turns,
)
from framing.attribution._vocab import (
    _AUX,
    _CAND_WORDS,
    _CUE_WORDS,
    _FILLERS,
    _NEEDS,
    _NEWSROOM,
    _OWN_OUTLET,
    _SPEAKER_OWN,
    _SPEECH_STRONG_SET,
    _lemma_of,
)
from framing.types import Attribution, Span

# A first- or second-person source outside quotation marks ("I agree with that", "let me
# say", "you know", "we have maintained") is the writer's or speaker's own voice, not an
# attribution (LABELS.md); inside a quotation the quoted person speaks. A sentence in a
# speaker's turn or an interview answer still inherits the speaker (`_inherit`, `_interview`).
_OWN_VOICE = frozenset(("i", "me", "we", "us", "you"))


def _sentence(
    text: str, lower: str, s0: int, s1: int, k: int, quotes: QuoteIndex, turn: bool = False
) -> list[_Found]:
    """The attributions of one sentence (``lower`` is the lower-cased text; ``turn``: the
    sentence follows a speaker tag in its paragraph)."""
    found: list[_Found] = []
    tag = _speaker_tag(text, s0, s1)
    turn = turn or tag is not None
    if tag is not None:
        f = _Found((tag[2], tag[2] + 1), (tag[0], tag[1]), k)
        f.tag = True
        found.append(f)
    named = None if tag is not None else _name_colon(text, s0, s1)
    if tag is None and named is None:
        named = _colon_source_tail(text, s0, s1)  # "... kills 27: health authority"
    if named is not None and not quotes.inside(named[2]):
        f = _Found((named[2], named[2] + 1), (named[0], named[1]), k)
        found.append(f)
    words = _WORD_RE.findall(lower, s0, s1)
    if _CAND_WORDS.isdisjoint(words) or _needs_unmet(words):
        return _headline_quoted(text, s0, s1, k, quotes, _cited(text, s0, s1, k, quotes, found))
    t = _Tok(text, s0, s1)
    cands = _sources(t, _cues(t))
    st, en = t.start, t.end
    asks = _writer_question(text, s0, s1, words) if not turn else -1
    for c in cands:
        a, b = c.cue
        cue = (st(a), en(b - 1))
        src = (st(c.src[0]), en(c.src[1] - 1)) if c.src is not None else None
        res = (st(c.res[0]), en(c.res[1] - 1)) if c.res is not None else None
        if src is not None and src[0] == cue[0]:
            continue  # "Asking the wealthy to pay more is fair": a gerund subject, no source
        if src is not None and _FILLER_RE.search(text, src[0], src[1]):
            src = _unfilled(text, src)
        if (
            src is not None
            and src[1] > src[0] + 2
            and text[src[0]] in _CLOSING
            and text[src[0] + 1 : src[0] + 2].isspace()
        ):
            src = (src[0] + 2, src[1])  # "'a shell game,' opposition says": the closing mark
        if (
            src is not None
            and text.find(",", src[0], src[1]) < 0  # not "X, who arrives in Delhi tomorrow,"
            and (tail := _TIME_TAIL_RE.search(text, src[0], src[1])) is not None
        ):
            src = (src[0], tail.start(1))  # "President Samuel Rotich yesterday challenged ..."

        m = _APPOSITION_HEAD_RE.match(text, src[0]) if src is not None else None
        if m is not None and src is not None and m.end() < src[1]:
            src = (m.end(), src[1])  # "..., something Ruiz reiterated": Ruiz speaks
        f = _Found(cue, src, k, res)
        f.in_quote = quotes.inside(cue[0])
        if cue[0] < asks and not f.in_quote:
            continue  # "Did the mayor consider running again?": the writer asks, no one says
        if src is not None and _tail(text, s0, s1, cue, src):
            c.rank = -1  # "..., the minister said.": the tail attributes the whole sentence
        if not f.in_quote and src is not None and _own_voice(lower[src[0] : src[1]], t, b, turn):
            continue
        f.rank = c.rank
        f.head = src is not None and src[0] == s0 and text.startswith(("...", "…"), cue[1])
        f.statement = c.statement
        found.append(f)
    if named is not None and any(not f.in_quote and f.cue[0] < named[2] for f in found[1:]):
        found = [f for f in found if f.cue[0] != named[2]]  # "X told Fox News:": the verb's
    if len(found) > 1:
        _preposed(text, s0, found)
        for f in found:
            said = lower[f.cue[0] : f.cue[1]]
            if said == "per":
                f.rank = 1  # "..., said Nandy, per The Times": the speaker's own verb leads
            elif (
                said == "according to"
                and f.rank == 0
                and text[s0 : f.cue[0]].rstrip().endswith(",")
                and "," not in text[f.cue[1] : s1]
                and not any(g.cue[0] > f.cue[0] and not g.in_quote for g in found)
            ):
                # "Analysts were expecting $2.48, according to data compiled by X.": the
                # closing "according to" attributes the whole sentence
                f.rank = -1
    return _headline_quoted(text, s0, s1, k, quotes, _cited(text, s0, s1, k, quotes, found))


_QUOTE_MARKS = ("'", "‘", '"', "“")
_CLOSING = frozenset(("'", "’", '"', "”"))
# a time word after the name that ends a source phrase is no part of it
_TIME_TAIL_RE = re.compile(r"\b[A-Z][\w'’-]*(\s+(?:yesterday|today|tonight|tomorrow|earlier))$")


def _headline_quoted(
    text: str, s0: int, s1: int, k: int, quotes: QuoteIndex, found: list[_Found]
) -> list[_Found]:
    """``found``, or where nothing attributes the sentence, a headline's quoted words after
    its subject as a claim with no source ("Night shifts 'linked to weight gain'")."""
    if found or all(text.find(mark, s0, s1) < 0 for mark in _QUOTE_MARKS):
        return found
    quoted = headline_quote(text, s0, s1)
    if quoted is None or quotes.inside(s0):
        return found
    return [_Found(quoted, None, k)]


def _cited(
    text: str, s0: int, s1: int, k: int, quotes: QuoteIndex, found: list[_Found]
) -> list[_Found]:
    """``found``, or where nothing outside quotation marks attributes the sentence, its
    parenthetical citation ("... (Harwell and Ostby, 2011)."; `_citations`)."""
    if (text.find("(", s0, s1) < 0 and text.find("[", s0, s1) < 0) or any(
        not f.in_quote for f in found
    ):
        return found
    cited = _citation(text, s0, s1)
    if cited is None or quotes.inside(cited[2]):
        return found
    return [*found, _Found((cited[2], cited[2] + 1), (cited[0], cited[1]), k)]


_FILLER_ALT = "|".join(sorted(_FILLERS, key=len, reverse=True))
_FILLER_RE = re.compile(rf"(?<![\w'’-])(?:{_FILLER_ALT})(?![\w'’-])")
# "uh, ", "the uh - ", "the, uh, " at the start of a source; ", uh" / " um" at its end
_LEAD_FILLER_RE = re.compile(
    rf"(?:(?:the|a|an|The|A|An)[\s,]+)?(?:{_FILLER_ALT})(?:[\s,]+|\s*[-–—]+\s*)"
)
_TAIL_FILLER_RE = re.compile(rf"[\s,]+(?:{_FILLER_ALT})[\s,]*$")


def _unfilled(text: str, src: tuple[int, int]) -> tuple[int, int]:
    """A source span without the fillers of speech it starts or ends with: "the minister, uh"
    -> "the minister", "the uh - bus companies" -> "bus companies" (the speaker restarts the
    phrase); fillers inside stay ("the bus, uh, companies")."""
    a, b = src
    while (m := _LEAD_FILLER_RE.match(text, a, b)) is not None and m.end() < b:
        a = m.end()
    while (m := _TAIL_FILLER_RE.search(text, a, b)) is not None and m.start() > a:
        b = m.start()
    return a, b


# a clause before the main one: "When the moderator pointed out ..., the candidate said",
# "While Sanders has pledged ..., Devine suggested", "..., and when Rubio thanked ..., a man
# yelled"
_PREPOSED_RE = re.compile(
    r"[\s\"“'‘`(]*(?:(?:and|but|so|yet|even|just|only|then)\s+)?"
    r"(?:when|whenever|while|whilst|after|before|although|though|since|because|once|until"
    r"|whereas|unless|if|as)\b",
    re.IGNORECASE,
)


def _preposed(text: str, s0: int, found: list[_Found]) -> None:
    """An attribution in an adverbial clause that precedes the main clause of its sentence is
    subordinate (rank 1) when an attribution outside quotation marks follows that clause."""
    for f in found:
        if f.rank != 0 or f.in_quote or f.tag:
            continue
        a = max(text.rfind(",", s0, f.cue[0]), text.rfind(";", s0, f.cue[0]), s0 - 1) + 1
        if not _PREPOSED_RE.match(text, a):
            continue
        end = text.find(",", f.cue[1])
        if end < 0:
            continue
        if any(g.cue[0] > end and not g.in_quote for g in found):
            f.rank = 1


# where a question word's question stops asking: a comma or a clause of its own
_CLAUSE_BREAK_RE = re.compile(r",|\b(?:who|which|whom|whose)\b|\b\w+(?= (?:says|said) )", re.I)


def _writer_question(text: str, s0: int, s1: int, words: list[str]) -> int:
    """Where a question in the writer's voice stops asking: the sentence's end for a yes/no
    question (an auxiliary opens it, a question mark ends it, no quotation mark is inside: "Did
    the council say why?"), the first comma, relative pronoun or "X says" of a question word's
    question ("What is the U.S. saying?"; but "Where does that leave the workers the company
    says it will keep?" keeps the company's cue). -1 for no question. LABELS.md: the writer's
    own questions are framing; a reporting verb in one reports nothing."""
    if not words:
        return -1
    wh = words[0] in ("what", "why", "how", "when", "where", "which") and len(words) > 1
    if not (words[0] in _AUX or (wh and words[1] in _AUX)):
        return -1
    body = text[s0:s1].rstrip()
    if not body.endswith("?") or any(q in body for q in '"“”'):
        return -1
    if not wh:
        return s1
    m = _CLAUSE_BREAK_RE.search(text, s0 + len(words[0]), s1)
    return m.start() if m else s1


def _needs_unmet(words: list[str]) -> bool:
    """Every candidate word of the sentence needs a word it lacks (`_vocab._NEEDS`: "made"
    without "clear", "point" without "out"), so no cue can be found: skip the tokeniser."""
    if not _FREE_CAND_WORDS.isdisjoint(words):
        return False  # a candidate that needs no partner (most sentences: one C-level pass)
    return all(_NEEDS[w].isdisjoint(words) for w in _CAND_WORDS.intersection(words))


_FREE_CAND_WORDS = _CAND_WORDS.difference(_NEEDS)  # a frozenset, as typed (`- keys()` gave a set)


def _own_voice(src: str, t: _Tok, b: int, turn: bool) -> bool:
    """A first- or second-person source outside quotation marks: the writer's or speaker's
    own voice. "you" stays a source in a transcript with speaker tags (``turn``: "TAPPER: Do
    you think ...") and with a speech verb in the past ("You said in the debate that ...",
    reporting what the addressee said)."""
    if src not in _OWN_VOICE:
        words = src.split(",")[0].split()
        # "Our correspondent, who visited the stations, observed": the outlet's own reporter
        return len(words) == 2 and (
            (words[0] == "our" and words[1] in _NEWSROOM)
            or (words[0] == "this" and words[1] in _OWN_OUTLET)  # "This newspaper urges"
        )
    if src != "you":
        return True
    if turn:
        return False
    w = t.low[b - 1]
    lemma = _lemma_of(w)
    return not (lemma in _SPEECH_STRONG_SET and w != lemma and not w.endswith(("s", "ing")))


_TAIL_PUNCT = " \t\n.!?\"'”’)"
_CLOSERS = " \t\n\"'”’"
# what may follow a tail attribution after a comma: a participle of its speaker or a relative
# clause on its source ("..., Wren said, adding that ...", "..., according to the magazine,
# which reported ...")
_TAIL_GOES_ON = re.compile(r"\s*(?:adding|saying|noting|explaining|citing|which|who)\b")
# a short circumstance after a tail's cue: "..., the authority said in a statement.", "...,
# the ministry said on Sunday evening.", "..., officials announced Friday." (a weekday alone:
# wire style)
_TAIL_CIRCUMSTANCE = re.compile(
    r"(?:in|on|at|late|early|earlier|later|yesterday|today|tonight|last|this|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday)\b[\w ,'’-]{0,50}"
)
# a noun and a relative clause without "that" after a comma: an apposition to the clause before,
# not its tail ("..., something Wittman reiterated", "..., a point the mayor repeated")
_APPOSITION_HEADS = (
    "something|a point|an argument|a view|a message|a claim|a line|a position|a charge"
)
_APPOSITION_HEAD_RE = re.compile(rf"(?i:{_APPOSITION_HEADS})\s")
_APPOSITION_BEFORE_RE = re.compile(rf"(?i:{_APPOSITION_HEADS})\s+$")


def _tail(text: str, s0: int, s1: int, cue: tuple[int, int], src: tuple[int, int]) -> bool:
    """The attribution closes the sentence after a comma: '..., Dr. Ruiz said.' or
    '..., said Dr. Ruiz.'."""
    a, b = min(cue[0], src[0]), max(cue[1], src[1])
    if a - s0 < 20 or b - a > 80 or _APPOSITION_HEAD_RE.match(text, a):
        return False  # (not "..., something Wittman reiterated Wednesday": an apposition)
    if _APPOSITION_BEFORE_RE.search(text, max(s0, a - 20), a):
        return False  # (the same with the source cut to "Wittman")
    rest = text[b:s1].strip(_TAIL_PUNCT)
    if rest and not (
        (rest.startswith(",") and _TAIL_GOES_ON.match(rest, 1))
        or _TAIL_CIRCUMSTANCE.fullmatch(rest)
    ):
        return False
    before = text[s0:a].rstrip()
    return before.endswith((",", ",”", ",'", ',"', ",’"))


def _order(found: list[_Found]) -> list[_Found]:
    """Main attribution first: outside quotations, not subordinate, leftmost."""
    if len(found) < 2:
        return found
    return sorted(found, key=lambda f: (f.in_quote, f.rank, f.cue[0]))


def _find(
    text: str, sentences: Sequence[tuple[int, int]], quotes: QuoteIndex
) -> list[list[_Found]]:
    """The attributions of every sentence, main one first, with those inherited."""
    lower = text.lower()
    if len(lower) != len(text):  # pragma: no cover - case mappings that change the length
        lower = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    per: list[list[_Found]] = []
    statements: dict[int, _Found] = {}  # "X issued a statement.": only speaks in a quotation
    tags = 0  # a transcript: two speaker tags came before
    for k, (s0, s1) in enumerate(sentences):
        found = _sentence(text, lower, s0, s1, k, quotes, tags > 1)
        if found and found[0].tag:
            tags += 1
        for f in found:
            if f.statement and not f.in_quote:
                statements.setdefault(k, f)
        per.append(_order([f for f in found if not f.statement]))
    if tags == 1:
        _dateline_tag(text, per, quotes.para, sentences)
    record = [k for k, f in enumerate(per) if f and f[0].tag and text[f[0].cue[0]] == "."]
    if len(record) == 1:  # one "Mr. DELANCEY." is a heading ("MR. BIG RETURNS."), not a record
        per[record[0]] = per[record[0]][1:]
    _colon_intros(text, per, sentences, quotes)
    _inherit(text, per, sentences, quotes, statements)
    for post in embedded_posts(text, sentences, [bool(f) for f in per]):
        o = _Found(post.cue, post.source, post.sentence)  # "... — Jane Roe (@janeroe) May 1"
        if post.signed_inline:
            per[post.sentence].append(o)
        for j in post.lines:
            _give_from(per, j, o)
    _interview(text, per, sentences, quotes)
    _qa_answers(text, per, sentences, quotes)
    _excerpts(text, per, sentences, quotes)
    return per


def _inherit(
    text: str,
    per: list[list[_Found]],
    sentences: Sequence[tuple[int, int]],
    quotes: QuoteIndex,
    statements: dict[int, _Found] | None = None,
) -> None:
    """Give the sentences of a quotation the attribution of the sentence that attributes it
    (``statements``: sentences that only report that a statement was issued, whose speaker the
    quotation right after them takes)."""
    n = len(sentences)
    para = quotes.para
    units: list[tuple[int, int]] = [(f, last) for _a, _b, f, last in quotes.intervals if last > f]
    in_run = [False] * n
    for f, last in units:
        for k in range(f, last + 1):
            in_run[k] = True
    shares = quotes.shares(sentences)
    closed_at = {iv[3]: c for iv, c in zip(quotes.intervals, quotes.closed, strict=True)}
    for k in range(n):
        if not in_run[k] and shares[k] >= 0.5:
            units.append((k, k))
    units.sort()
    given = [False] * n
    for first, last in units:
        owners = [k for k in range(first, last + 1) if _own(per[k]) is not None]
        fallback = -1
        nxt, prev = last + 1, first - 1
        if nxt < n and para[nxt] == para[last] and closed_at.get(last, False):
            o = _own(per[nxt])
            if o is not None and o.cue[0] - sentences[nxt][0] < 40:
                fallback = nxt  # '“...?” Trump asked.'
                if (
                    prev >= 0
                    and para[prev] == para[first]
                    and shares[prev] > 0
                    and _own(per[prev]) is not None
                    and _says_more(text[o.cue[1] : sentences[nxt][1]])
                    and not text[: sentences[last][1]].rstrip(_CLOSERS).endswith("?")
                ):
                    # '"...," Tolliver said. "..." Marsh shot back that ...': the speaker of
                    # the quotation before goes on; the next sentence says something else
                    # (not a bare tag: '"...?" Ruiz replied, pointing out ...')
                    fallback = -1
        issued = None
        if fallback < 0 and prev >= 0:
            o = _speaker(per[prev])
            if o is not None and (
                para[prev] == para[first]
                or shares[prev] > 0
                or _ends_with_colon(text, sentences[prev])
            ):
                fallback = prev
            elif o is None and statements:
                issued = statements.get(prev)  # "X issued a statement." then “...”
        for k in range(first, last + 1):
            if given[k] or _own(per[k]) is not None:
                continue
            src_k = _nearest(owners, k)
            if src_k < 0:
                src_k = fallback
            if src_k < 0 and issued is not None:
                _give_from(per, k, issued)
                given[k] = True
            if src_k < 0:
                continue
            _give(per, k, src_k)
            given[k] = True
    _quoted_subheads(text, per, sentences, quotes)
    # a paragraph introduced by "X wrote:", lines after a speaker tag ("Name: ...") or after a
    # comment header ("Name said... ")
    tagged_para = -1  # the paragraph whose lines after its first speaker tag are done
    for k in range(n - 1):
        o = _own(per[k])
        if o is None:
            continue
        if o.tag or o.head:
            if para[k] == tagged_para:
                continue  # a later tag finds every line after it given already: skip the scan
            tagged_para = para[k]
            j = k + 1
            # a record's tag alone on its line ("MR. DELANCEY.") speaks the paragraph after it
            alone = o.tag and text[o.cue[0]] == "." and _line_alone(text, *sentences[k])
            turn = para[j] if alone else para[k]
            while j < n and para[j] == turn:
                if not given[j] and _own(per[j]) is None:
                    _give(per, j, k)
                    given[j] = True
                j += 1
        elif para[k + 1] != para[k] and _ends_with_colon(text, sentences[k]):
            j = k + 1
            while j < n and para[j] == para[k + 1]:
                if not given[j] and _own(per[j]) is None:
                    _give(per, j, k)
                    given[j] = True
                j += 1
        elif para[k + 1] == para[k] and _opens_with_colon(text, sentences[k], o):
            j = k + 1  # "According to the Tribune: the council ... . It also ...": the rest
            while j < n and para[j] == para[k] and _own(per[j]) is None:
                if not given[j]:
                    _give(per, j, k)
                    given[j] = True
                j += 1
    _transcript_turns(text, per, sentences, para, given)


# a subhead that quotes a few words: "'Last resort'", "'Difficult' year"
_SUBHEAD_QUOTE_RE = re.compile(r"\s*['‘\"“]([^'‘’\"“”\n]{2,60}?)[,.!?]?['’\"”](?:\s+\w+){0,2}\s*$")


def _quoted_subheads(
    text: str, per: list[list[_Found]], sentences: Sequence[tuple[int, int]], quotes: QuoteIndex
) -> None:
    """A line of its own that quotes a few words ("'Last resort'") takes the speaker of the
    sentence within the next four that quotes those words ('Mr Brereton insisted the orders
    would be a "last resort"'; whole words inside quotation marks), not the one before it: a
    newsroom's subhead announces the paragraphs below it."""
    n = len(sentences)
    for k in range(n - 1):
        s0, s1 = sentences[k]
        m = _SUBHEAD_QUOTE_RE.fullmatch(text, s0, s1)
        if m is None or len(m.group(1).split()) > 6 or not _line_alone(text, s0, s1):
            continue
        said = re.compile(r"(?<![\w'’-])" + re.escape(m.group(1).strip()) + r"(?![\w'’-])", re.I)
        for j in range(k + 1, min(n, k + 5)):
            o = _speaker(per[j])
            hit = said.search(text, sentences[j][0], sentences[j][1])
            if o is not None and hit is not None and quotes.inside(hit.start()):
                per[k] = [f for f in per[k] if not f.inherited]
                if _own(per[k]) is None:
                    _give_from(per, k, o)
                break


def _line_alone(text: str, s0: int, s1: int) -> bool:
    """The sentence text[s0:s1] is a line of its own."""
    start = text.rfind("\n", 0, s0) + 1
    end = text.find("\n", s1)
    return not text[start:s0].strip() and not text[s1 : len(text) if end < 0 else end].strip()


def _says_more(rest: str) -> bool:
    """What follows a cue is more than a tag's circumstance: five words or more ("shot back
    that Toll had never voted for it", 'said: "..."'; not "said on Tuesday.")."""
    return len(rest.split()) > 4


def _opens_with_colon(text: str, sentence: tuple[int, int], o: _Found) -> bool:
    """The attribution opens its sentence and a colon follows it, with a clause of five words
    or more after it, unquoted ("According to the Tribune: the council spent ...", "Said the
    mayor: The bridge will ..."; not 'He answered: No.'): the paragraph's next sentences go on
    with its content, as after "X wrote:" on a line of its own."""
    s0, s1 = sentence
    if o.src is None or o.in_quote:
        return False
    a, b = min(o.cue[0], o.src[0]), max(o.cue[1], o.src[1])
    if text[s0:a].strip(" \t\n\"“'‘") or not text.startswith(":", b):
        return False
    rest = text[b + 1 : s1].lstrip()
    return not rest.startswith(('"', "“", "'", "‘")) and len(rest.split()) >= 5


def _nearest(owners: list[int], k: int) -> int:
    """The sentence of ``owners`` closest to sentence k (the earlier one on a tie), or -1."""
    best = -1
    for o in owners:
        if best < 0 or abs(o - k) < abs(best - k):
            best = o
    return best


def _indexed(
    text: str, sentences: Sequence[Sequence[SupportsInt]], quotes: QuoteIndex | None
) -> tuple[list[tuple[int, int]], QuoteIndex]:
    """The sentences as int pairs and their quotation index (the given one, or a new one).
    Any pairs of integers are taken (lists, numpy rows), not only tuples of ints: typed as such
    so that a mypyc-compiled module, which checks the types, takes them too
    (tools/build_compiled.py)."""
    spans = [(int(a), int(b)) for a, b in sentences]
    if quotes is None:
        return spans, QuoteIndex(text, spans)
    if list(quotes.sentences) != spans:
        raise ValueError("the quotation index was built for other sentences")
    return spans, quotes


def find_attributions(
    text: str, sentences: Sequence[tuple[int, int]], quotes: QuoteIndex | None = None
) -> list[list[Attribution]]:
    """For each sentence ((start, end) offsets into ``text``, in order), its attributions.

    The main attribution comes first; a sentence without one gets ``[]``. All spans are in
    whole-text coordinates, so ``text[span.start:span.end] == span.text``. ``quotes`` is the
    document's `quotation_index` when the caller has it already (it is built otherwise).
    """
    sentences, quotes = _indexed(text, sentences, quotes)
    per = _find(text, sentences, quotes)
    try:
        _resolve(text, per, sentences, quotes)
    finally:
        _mid_sentence_capitals.cache_clear()  # do not keep a long text (and its index) alive
        _academic.cache_clear()
    spans: dict[tuple[int, int], Span] = {}  # inherited copies share their spans

    def span(se: tuple[int, int] | None) -> Span | None:
        """The `Span` at offsets ``se``, one object per distinct pair."""
        if se is None:
            return None
        sp = spans.get(se)
        if sp is None:
            sp = spans[se] = Span(text[se[0] : se[1]], se[0], se[1])
        return sp

    out: list[list[Attribution]] = []
    for found in per:
        if len(found) > 1 and found[0].tag:
            found = _inner_first(text, found)
        row: list[Attribution] = []
        for f in found:
            cue = span(f.cue)
            assert cue is not None
            row.append(Attribution(cue, span(f.src), span(f.res), f.inherited))
        out.append(row)
    return out


def _inner_first(text: str, found: list[_Found]) -> list[_Found]:
    """A speaker's line that reports a third party ("REPORTER: The Bureau of Meteorology
    says there is little sign of relief.") carries the third party's claim: an attribution
    whose source opens the line right after the tag with a capital, is no pronoun or
    "nobody", and whose cue is one word (not "were told", "never said", "talking about") goes
    before the speaker tag (which stays in the list)."""
    tag = found[0]
    start = tag.cue[1]
    while start < len(text) and text[start].isspace():
        start += 1
    for i, f in enumerate(found[1:], 1):
        if (
            f.src is not None
            and f.src[0] == start
            and not f.inherited
            and not f.in_quote
            and f.rank == 0
            and text[f.src[0]].isupper()
            and text[f.src[0] : f.src[1]].lower().split()[0] not in _SPEAKER_OWN
            and " " not in text[f.cue[0] : f.cue[1]].strip()
        ):
            return [f, *found[:i], *found[i + 1 :]]
    return found


def quote_states(
    text: str, sentences: Sequence[tuple[int, int]], quotes: QuoteIndex | None = None
) -> list[bool]:
    """For each sentence, whether it lies inside a quotation running over several sentences.

    True when the sentence is inside a quotation opened in an earlier sentence or closed in a
    later one (also across paragraphs that reopen with a quote mark, as news style does), for
    the lines after a speaker tag ("Name: ...") in the same paragraph (not the later paragraphs
    of a transcript's turn, which `find_attributions` gives their speaker: marking them here
    too lowered every dev set by up to 0.009 macro-F1), and for the paragraph after a line
    that attributes and ends in a colon ("The minister wrote:"). Unbalanced
    quotes are reset at a paragraph break that does not reopen and after
    ``MAX_QUOTE_SENTENCES`` sentences (unless a closing mark comes later in the paragraph).
    ``quotes`` is the document's `quotation_index` when the caller has it already.
    """
    sentences, quotes = _indexed(text, sentences, quotes)
    n = len(sentences)
    out = _running(quotes, n)
    para = quotes.para
    lower = ""
    tagged_para = -1
    for k, (s0, s1) in enumerate(sentences):
        if k + 1 < n and para[k + 1] != para[k] and _ends_with_colon(text, (s0, s1)):
            lower = lower or text.lower()
            if not _CUE_WORDS.isdisjoint(_WORD_RE.findall(lower, s0, s1)):
                j = k + 1
                while j < n and para[j] == para[k + 1]:
                    out[j] = True
                    j += 1
        if para[k] != tagged_para and _speaker_tag(text, s0, s1) is not None:
            tagged_para = para[k]  # the rest of the paragraph is marked: later tags skip it
            j = k + 1
            while j < n and para[j] == para[k]:
                out[j] = True
                j += 1
    return out
