"""Sentence splitting for news text: ``split_sentences(text)`` -> ``[(start, end), ...]``.

A rule-based splitter, written because NLTK's Punkt (even trained on our own news text) is both
less accurate on the boundaries news text gets wrong -- abbreviations before names, initials,
closing quotes, headlines without a full stop, bullet lists -- and about ten times slower. Punkt
still contributes: the abbreviations and sentence starters it learned on our news articles, and
its orthographic evidence (which words are lowercase mid-sentence), are computed by
``tools/train_punkt.py``, shipped in ``framing/data/punkt_params.json`` and extend the curated
lists below. See ``docs/segmentation.md`` for the rules and the measured comparison.

How it works, in one pass over the text:

1. Lines are the runs of text between line breaks. A blank line (or a paragraph/page
   separator) always ends a sentence. A single line break ends one too unless the next line
   clearly continues the previous one: it starts in lowercase, or the previous line ends with a
   comma, a hyphenated word, a function word ("the", "of"), a title such as ``Dr.`` or an
   initial.
2. Inside a line, a run of ``. ! ? …`` plus any closing quotes or brackets, followed by
   whitespace, is a candidate boundary, decided from the token before it and the word after it
   (reference marks such as ``[4]`` after it stay with it). CJK ``。！？`` always end a sentence.
   Texts where the scan met a possible second item of an inline list ("2) ", "b. ") get one
   more pass that starts a sentence at each item of a run ``1) … 2) …`` or ``a. … b. …``.
3. Sentences longer than ``MAX_SENTENCE_CHARS`` are cut at their last whitespace before the
   limit (or hard-cut), which keeps every step linear in the length of the text.

Offsets index the original string: ``text[start:end]`` is the sentence without surrounding
whitespace; sentences are in order, do not overlap, and cover every non-whitespace character.
"""

from __future__ import annotations

import json
import re
import warnings
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

__all__ = ["MAX_SENTENCE_CHARS", "split_sentences"]

MAX_SENTENCE_CHARS = 1000
"""Longest sentence returned; longer runs are split at whitespace (or cut)."""

_LB = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # the line breaks of str.splitlines
_ZW = "\u200b\u200c\u200d\u2060\ufeff"
_CLOSERS = "\"'”’»›)]}" + _ZW
_OPENERS = "\"'“‘«‹([{¿¡*_" + _ZW

_PUNCT = ".!?…"
_CJK = "。！？｡"  # full stops and marks that end a sentence with or without a space after
_CJK_CLOSERS = re.escape(_CLOSERS + "」』）】〉》")
_URL_STARTS = frozenset(("http", "https", "www"))
# One scan finds every kind of event: a line break with the whitespace after it; a run of CJK
# sentence-final marks with closing brackets; the second item of an inline list ("b) ",
# "2) "); or a run of sentence-final punctuation (matched at the start of the run only, which
# keeps it linear) with closing quotes/brackets, followed by whitespace or the end of the text.
_EVENT = re.compile(
    rf"[{_PUNCT}{_CJK}{_LB})](?:(?<=[{_LB}])\s*"
    rf"|(?<=[{_CJK}])[{_CJK}]*[{_CJK_CLOSERS}]*"
    r"|(?<=[\s:][2bB]\))(?=[ \t])"
    rf"|(?<!\))(?<![{_PUNCT}].)[{_PUNCT}]*[{re.escape(_CLOSERS)}]*(?=\s|\Z))"
)
_RARE = _CJK + ")"  # events other than line breaks and . ! ? …
_BREAK = re.compile(r"\r\n|[" + _LB + "]")
_PARAGRAPH_SEP = re.compile("[\x0c\x1c\x1d\x1e\u2029]")
# Opening quotes/brackets, then the next word (a prefix is enough to classify it).
_NEXT = re.compile(rf"[{re.escape(_OPENERS)}]*(\w{{0,24}})")
_BULLETS = "-*•‣◦▪●–—⁃"
_BULLET = re.compile(rf"(?:[{_BULLETS}]|\d{{1,3}}(?:\.\)?|\))|\(?[a-zA-Z0-9]{{1,3}}\))\s|⁃\S")
_SECTION = re.compile(r"\d{1,3}(?:\.\d{1,3})+")  # "2.1" in "2.1. Methods"
# Wikipedia-style reference marks after a sentence: "[12]", "[3][4]", "[1 - 3]".
_CITATIONS = re.compile(r"\[\d{1,3}(?:\s?[-–,]\s?\d{1,3})*\](?:[ \t]?\[\d{1,3}\])*")
# Inline numbered or lettered lists: "1) Mix the flour 2) Add the eggs". Only tried on texts
# where the scan met a possible second item ("2)", "b.", ...), and only runs of items 1, 2, ...
# (or a, b, ...) of one style, each followed by a capital, are split.
_INLINE_ITEM = re.compile(
    r"(?<![^\s:•‣⁃])(?:(\d{1,2})|([a-zA-Z]))(\.\)|\)|\.)[ \t]+(?=[\"'“(]?[A-Z0-9])"
)
_DOTTED = re.compile(r"(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}")  # U.S, a.m, Ph.D, e.g
_LAST_SPACE = re.compile(r"(?<!\s)\s+(?=\S*\Z)")  # the last whitespace run (run starts only)
_NON_SPACE = re.compile(r"\S")
_TOKEN_STRIP = "\"'“”‘’«»‹›()[]{}*_" + _ZW
_LOOKBACK = 32
_SHILLINGS = re.compile(r"(?<![\w.])\d{1,3}s\Z")  # "14s" before its full stop
_OFFICE_NAME = re.compile(r" ([A-Z][a-z]+)\b(?!['’])")  # "Sheriff Otis": a name after the office
_AFTER_PLACE = re.compile(r",\s+(\w+)\Z")  # ", Ark" before its full stop
_PENCE = re.compile(r"\d{1,2}(?:½|¼|¾)?d\.")  # "6d." after it


def _words(words: str) -> frozenset[str]:
    """The set of the space-separated ``words``."""
    return frozenset(words.split())


# Titles before a name: never the end of a sentence (matched when capitalised).
_TITLES = _words(
    "Mr Mrs Ms Messrs Mmes Dr Drs Prof Profs Gov Sen Sens Rep Reps Gen Lt Col Maj Capt Cmdr "
    "Sgt Cpl Pvt Adm Brig Rev Fr Msgr Hon Pres Supt Det Insp Atty Mt Ft "
    "Lieut Sergt Comdr Cdr Asst Secy Smt Shri Mme Mlle Ens Ald Alds Coun Cllr Cllrs "
    "Pfc Spc Dir Eng "
    "Jas Wm Chas Thos Geo Jno Robt Saml Benj Edw Richd Jos Alex Fredk Hy"  # old given names
)
# Capitalised words that, after an abbreviation, usually continue a name rather than open a
# sentence ("the U.S. Government", "the U.K. Parliament") although Punkt saw them in lowercase.
_NAME_PARTS = _words(
    "government military dollar dollars postal parliament congress senate army navy embassy "
    "treasury department court constitution forces ambassador consulate census"
)
# Abbreviations that introduce what follows, in any case: never the end of a sentence either.
# "my hon. Friend", "(retd.)", a rupee amount "Rs. 1 lakh"
_PREFIXES = _words("cf vs viz e.g i.e approx hon retd rtd rs")
# Abbreviations that may end a sentence. Capitalised ones match capitalised (or all-caps)
# tokens only: "Ill." is Illinois, "ill." is not an abbreviation.
_STATES = _words(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss "
    "Mo Mont Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wyo"
)
# Offices that open a sentence after a state's abbreviation: "of Little Rock, Ark. Sheriff
# Otis Greer said" (not "Gov.", "Sen.": titles are never a sentence's end and are decided
# as titles)
_STATE_THEN = _words("Sheriff Police Mayor")
_OFFICE_TAILS = _words("Department Dept Bureau Office Service Services Force Board Commission")
_ABBREVIATIONS = _STATES | _words(
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Thu Thur Thurs Fri "
    "Inc Corp Co Cos Ltd Llc Plc Bros Jr Sr Esq St Ste Ave Blvd Rd Hwy Rte Dept Univ "
    "Assn Govt Intl Natl Mfg No Nos Vol Vols Art Arts Fig Figs Ch Sec Secs Para Ed Eds Op "
    "Tel Ref Est N° Nº Nr Nrs Dist"
)
# Lowercase abbreviations: match in any case ("ibid.", "Ibid.", "IBID."). Not "etc.", which
# usually ends its sentence when a capital follows.
_LOWER_ABBREVIATIONS = _words(
    "al ca pp nos vol vols fig figs ch para eds op cit ibid "
    "lb lbs oz ft sq hr hrs mins yr yrs wk wks pct mph mpg est inc corp ltd jr sr dept govt"
)
# Common sentence-initial words: after an ambiguous abbreviation ("U.S.", "Inc.") or an
# initial ("Plan B."), one of these means a new sentence.
_STARTERS = _words(
    "a an the he she it they we i you his her its their our my your this that these those "
    "there here but and or so yet nor in on at as if when while after before since although "
    "though because however meanwhile still also now then today yesterday tomorrow last "
    "next what why how who where which some many most more much few several one two three "
    "no not only both all each every other another such even according despite during "
    "under over with without from by to of for asked instead indeed moreover furthermore "
    "thus therefore nevertheless nonetheless perhaps maybe yes let just once until unless "
    "whether later earlier nobody everybody everyone someone somebody none nothing everything "
    "something"
)
# Words that do not end a headline: a line ending in one continues on the next line.
_FUNCTION_WORDS = _words(
    "a an the of to in on at by for with from into onto and or but nor as than that which "
    "who whose whom his her its their our my your this these those is are was were be been "
    "has have had will would can could should may might must not if because while when "
    "where about over under between after before against during without through according"
)

_ROMAN = _words("i ii iii iv v vi vii viii ix x xi xii")

# Kinds of token before a full stop; with _OPEN and _ELLIPSIS, also how a line ends.
_WORD, _PREFIX, _INITIAL, _ABBREV, _LIST_MARKER, _OPEN, _ELLIPSIS = range(7)
_END = _WORD  # a full stop after an ordinary word ends the sentence


class _Lists(NamedTuple):
    abbreviations: frozenset[str]  # lowercase, any case matches
    starters: frozenset[str]  # sentence openers, after an initial or an abbreviation
    openers: frozenset[str]  # starters plus common lowercase words, after an abbreviation


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    """The curated lists extended with what Punkt learned on our news text (package data)."""
    try:
        path = resources.files("framing") / "data" / "punkt_params.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        learned = (data["abbreviations"], data["sentence_starters"], data["lowercase_words"])
        abbrevs, starters, words = (frozenset(x) for x in learned)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        warnings.warn(
            f"framing: sentence splitter data unreadable ({exc}); using the curated lists only",
            RuntimeWarning,
            stacklevel=3,
        )
        return _Lists(_LOWER_ABBREVIATIONS, _STARTERS, _STARTERS)
    # A learned type shadowed by a capitalised curated entry ("ga" vs "Ga") keeps the case rule.
    capitalised = {a.lower() for a in _ABBREVIATIONS | _TITLES}
    starters |= _STARTERS
    openers = starters | (words - _NAME_PARTS)
    return _Lists((abbrevs - capitalised) | _LOWER_ABBREVIATIONS, starters, openers)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences; returns ``(start, end)`` offsets with ``text[start:end]``
    the stripped sentence, in order, non-overlapping, covering all non-whitespace characters.

    Never raises for a ``str`` (``TypeError`` for anything else); linear in ``len(text)``.
    """
    if not isinstance(text, str):
        raise TypeError(f"split_sentences expects str, got {type(text).__name__}")
    first = _NON_SPACE.search(text)
    if first is None:
        return []
    lists = _lists()
    size = len(text)
    spans: list[tuple[int, int]] = []
    sent_start = line_start = first.start()
    tail = _OPEN  # how the current line ends: see _line_tail
    maybe_list = False  # whether a second inline list item may be in the text
    for event in _EVENT.finditer(text, line_start):
        start, end = event.span()
        if text[start] in _LB:  # a line break and the whitespace after it
            if end == size:
                break
            line_end = start
            if text[start - 1].isspace():
                line_end = line_start + len(text[line_start:start].rstrip())
            gap = event.group()
            if (
                tail == _END
                or (gap != "\n" and _is_paragraph_break(gap))
                or not _continues(text, line_start, line_end, tail, end, lists.starters)
            ):
                spans.append((sent_start, line_end))
                sent_start = end
            line_start = end
            tail = _OPEN
            continue
        seg = sent_start if sent_start > line_start else line_start
        if text[start] in _RARE:
            if text[start] == ")":
                maybe_list = True
                continue
            # 。！？ end a sentence wherever they are
            found = _NON_SPACE.search(text, end)
            if found is None or _BREAK.search(text, end, found.start()):
                tail = _END
            else:
                spans.append((sent_start, end))
                sent_start = found.start()
            continue
        # A run of . ! ? … (and closing quotes) followed by whitespace or the end of the text.
        stop_end, nxt = end, end + 1
        if end == size or text[end] in _LB:
            tail = _line_tail(text, start, end, seg, lists.abbreviations)
            continue
        if nxt == size or text[nxt].isspace():
            found = _NON_SPACE.search(text, nxt)
            if found is None or _BREAK.search(text, end, found.start()):
                tail = _line_tail(text, start, end, seg, lists.abbreviations)
                continue
            nxt = found.start()
        char = text[nxt]
        if char.islower() and not text[nxt + 1 : nxt + 2].isupper():
            continue  # fast path: "... he said", "the U.S. military"
        if char == "[" and (cite := _CITATIONS.match(text, nxt)) is not None:
            end = cite.end()  # reference marks stay with the sentence before them
            found = _NON_SPACE.search(text, end)
            if found is None or _BREAK.search(text, end, found.start()):
                tail = _line_tail(text, start, stop_end, seg, lists.abbreviations)
                continue
            nxt = found.start()
        if text[start - 1] in "2bB":
            maybe_list = True
        if _ends_sentence(text, start, stop_end, nxt, seg, lists):
            spans.append((sent_start, end))
            sent_start = nxt
    spans.append((sent_start, len(text.rstrip()) if text[-1].isspace() else size))
    if maybe_list:
        spans = _split_inline_lists(text, spans)
    if any(e - s > MAX_SENTENCE_CHARS for s, e in spans):
        spans = [piece for span in spans for piece in _cap(text, *span)]
    return spans


def _split_inline_lists(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` re-cut before the items of inline lists ("1) Mix it 2) Bake it")."""
    items: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    prev: tuple[bool, str, int] | None = None
    prev_end = 0
    for item in _INLINE_ITEM.finditer(text):
        number, letter, style = item.groups()
        value = int(number) if number else ord(letter.lower()) - 96
        key = (bool(number), style, value - 1)
        # an item holds words before the next one: "Mr. A. B. Doyle" is initials, not a list
        filled = any(c.isalnum() for c in text[prev_end : item.start()])
        prev_end = item.end()
        if prev is not None and key == prev and filled:
            run.append(item)
        else:
            if len(run) > 1:
                items += run
            run = [item] if value == 1 else []
        prev = (bool(number), style, value)
    if len(run) > 1:
        items += run
    if not items:
        return spans
    starts = {start for start, _ in spans} - {item.end() for item in items}
    starts |= {item.start() for item in items}
    ordered = sorted(starts)
    last = spans[-1][1]
    bounds = [*ordered[1:], last]
    return [(a, a + len(text[a:b].rstrip())) for a, b in zip(ordered, bounds, strict=True)]


def _is_paragraph_break(gap: str) -> bool:
    """Whether the whitespace ``gap`` (starting with a line break) holds a blank line."""
    first = _BREAK.match(gap)
    second = _BREAK.search(gap, first.end() if first else 0)
    return second is not None or _PARAGRAPH_SEP.search(gap) is not None


def _is_single_stop(text: str, start: int, end: int) -> bool:
    """Whether the punctuation run ``text[start:end]`` is one full stop (plus closers)."""
    return text[start] == "." and (end == start + 1 or text[start + 1] not in _PUNCT)


def _ends_sentence(
    text: str,
    start: int,
    end: int,
    nxt: int,
    line_start: int,
    lists: _Lists,
) -> bool:
    """Whether the punctuation run ``text[start:end]``, with more text from ``nxt`` on the same
    line, ends a sentence."""
    char = text[nxt]
    following = None
    if char in _OPENERS:
        following = _next_word(text, nxt)
        word = following.group(1)
        if word and _is_lower(word):
            return False  # . "but then
    if char in _PUNCT:
        return False  # the first dots of a spaced ". . ." ellipsis
    if char in "-–—" and text[nxt + 1 : nxt + 2] == " ":
        return False  # a dash-attributed quote: '"We stay." - A resident'
    if not _is_single_stop(text, start, end):
        # ? ! … and mixes end a sentence, but not an omission such as "[…]" or "“… I".
        return start != line_start and text[start - 1] not in _OPENERS
    if text[start - 2 : start] == ". " and _opens_with_ellipsis(text, start, line_start):
        return False  # ". . . The" opening a sentence
    kind = _token_kind(text, start, line_start, lists.abbreviations)
    if kind == _WORD:
        # not old money: "14s. 6d."
        old_money = text[start - 1] == "s" and _SHILLINGS.search(
            text, max(line_start, start - 4), start
        )
        return not (old_money and _PENCE.match(text, nxt))
    if kind in (_PREFIX, _LIST_MARKER):
        return False
    if following is None:
        following = _next_word(text, nxt)
    word = following.group(1)
    if word in _TITLES and text[following.end() : following.end() + 1] == ".":
        return True  # "at 6 P.M. Mr. Lee left"
    if word in _STATE_THEN:
        place = _AFTER_PLACE.search(text, max(line_start, start - 8), start)
        name = _OFFICE_NAME.match(text, following.end())
        if place is not None and place.group(1) in _STATES and name is not None:
            # "of Little Rock, Ark. Sheriff Otis Greer said"; not "the Tempe, Ariz. Police
            # Department", "Carroll County, Md. Sheriff's Office", "Ark. Mayor for two terms"
            return name.group(1) not in _OFFICE_TAILS
    # "Plan B. The" but "George W. Bush"; "the U.S. Markets fell" but "the U.S. Senate".
    return _is_starter(following, text, lists.starters if kind == _INITIAL else lists.openers)


def _opens_with_ellipsis(text: str, stop: int, seg_start: int) -> bool:
    """Whether the full stop at ``stop`` ends a spaced ellipsis ". . ." that opens the text
    from ``seg_start`` (looked for at most ``_LOOKBACK`` characters back)."""
    pos = stop
    while pos - 2 >= seg_start and stop - pos < _LOOKBACK and text[pos - 2 : pos] == ". ":
        pos -= 2
    return pos == seg_start


def _line_tail(text: str, start: int, end: int, line_start: int, abbrevs: frozenset[str]) -> int:
    """How a line ending with the punctuation run ``text[start:end]`` ends: ``_END`` (the
    sentence ends here), ``_ELLIPSIS``, or the kind of the token before a full stop."""
    if _is_single_stop(text, start, end):
        return _token_kind(text, start, line_start, abbrevs)  # _WORD is _END
    return _END if text[start:end].rstrip(_CLOSERS).strip(".…") else _ELLIPSIS


def _continues(
    text: str, a_start: int, a_end: int, tail: int, b_start: int, starters: frozenset[str]
) -> bool:
    """Whether the line from ``b_start`` continues the sentence of line ``a`` (ending in the way
    ``tail`` says), one line break before it."""
    if _BULLET.match(text, b_start):
        return False
    following = _next_word(text, b_start)
    word = following.group(1)
    lower = bool(word) and _is_lower(word) and word not in _URL_STARTS
    if tail == _OPEN:  # no final punctuation: a headline unless clearly wrapped
        last = text[a_end - 1]
        if last in ",(&/" or (last == "-" and text[a_end - 2 : a_end - 1].isalpha()):
            return True  # "In March,\nthe..." or a word hyphenated across lines
        if last.isalpha():
            tail_word = text[max(a_start, a_end - _LOOKBACK) : a_end].split()[-1]
            if tail_word in _FUNCTION_WORDS:  # lowercase: "...said the\nWhite House"
                return True
        return lower
    if tail in (_PREFIX, _LIST_MARKER):
        return True
    if tail == _INITIAL:
        return not _is_starter(following, text, starters)
    if tail == _ABBREV:
        return lower or (bool(word) and word[0].isdigit())
    return lower  # _ELLIPSIS


def _token_kind(text: str, stop: int, line_start: int, abbrevs: frozenset[str]) -> int:
    """Classify the token that ends right before the full stop at ``stop``."""
    lo = max(line_start, stop - _LOOKBACK)
    window = text[lo:stop]
    if not window or window[-1].isspace():
        return _WORD  # a detached " ." or a full stop opening the line
    raw = window.split()[-1]
    token = raw.strip(_TOKEN_STRIP)
    if not token:
        return _WORD
    for dash in ("-", "—", "–"):
        if dash in token:
            token = token.rsplit(dash, 1)[-1]  # "(R-Calif." -> "Calif", "14.—Mrs." -> "Mrs"
            if not token:
                return _WORD
    begin = stop - len(raw)
    if begin - line_start <= 2 and not text[line_start:begin].strip(_BULLETS + " \t"):
        marker = raw.lstrip(_BULLETS)  # "1. ", "a. ", "iv. ", "2.1. ", "• 9. ", "⁃10. "
        if (
            (marker.isdigit() and len(marker) <= 3)
            or len(marker) == 1
            or marker.lower() in _ROMAN
            or _SECTION.fullmatch(marker)
        ):
            return _LIST_MARKER  # a list marker opening the line or the sentence
    if len(token) == 1:
        if token.isupper():
            if token == "I" and _after_lowercase(window, raw):
                return _WORD  # the pronoun: "you and I. Did"; not "Albert I. Jones"
            return _INITIAL
        return _ABBREV if token.isalpha() else _WORD
    if token[0].isupper():
        cap = token.capitalize()
        if token == cap or token.isupper():
            if cap in _TITLES:
                return _PREFIX
            if cap in _ABBREVIATIONS:
                return _ABBREV
    lower = token.lower()
    if lower in _PREFIXES:
        return _PREFIX
    if lower in abbrevs or ("." in token and _DOTTED.fullmatch(token)):
        return _ABBREV
    return _WORD


def _after_lowercase(window: str, raw: str) -> bool:
    """Whether the word before the last token ``raw`` of ``window`` is a lowercase word."""
    before = window[: len(window) - len(raw)].rstrip()
    return bool(before) and before[before.rfind(" ") + 1 :][:1].islower()


def _next_word(text: str, pos: int) -> re.Match[str]:
    """Opening quotes/brackets and the next word from ``pos`` (always matches)."""
    return _NEXT.match(text, pos)  # type: ignore[return-value]


def _is_lower(word: str) -> bool:
    """Whether ``word`` starts in lowercase ("iPhone" and "eBay" do not)."""
    return word[0].islower() and not word[1:2].isupper()


def _is_starter(following: re.Match[str], text: str, starters: frozenset[str]) -> bool:
    """Whether the word ``following`` matched is a usual sentence opener (not an initial)."""
    word = following.group(1)
    if not word or (len(word) == 1 and text[following.end() : following.end() + 1] == "."):
        return False  # "J. A. Smith": the next word is another initial
    return word.lower() in starters


def _cap(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split the sentence ``text[start:end]`` into pieces of at most ``MAX_SENTENCE_CHARS``."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        space = _LAST_SPACE.search(text, start, limit + 1)
        if space is None:  # no whitespace in reach: hard cut (text[limit] is not whitespace)
            pieces.append((start, limit))
            start = limit
        else:
            pieces.append((start, space.start()))
            start = _NON_SPACE.search(text, space.end(), end).start()  # type: ignore[union-attr]
    pieces.append((start, end))
    return pieces
