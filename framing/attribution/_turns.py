"""Who speaks a sentence with no cue of its own, by the shape of the document: a dateline's
agency tag, a line introduced by a colon, an interview's answers, Q/A answers, and the turns of
a transcript that run on over paragraphs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from framing import lexicons as lx
from framing.attribution._appositions import _left_apposition
from framing.attribution._found import _Found, _give, _give_from, _own
from framing.attribution._phrases import _np_left, _np_right
from framing.attribution._quotes import QuoteIndex
from framing.attribution._tokens import _Tok
from framing.attribution._vocab import (
    _CUE_WORDS,
    _FEMALE_WORDS,
    _MALE_WORDS,
    _NAME_TITLES,
    _NON_NAMES,
    _TIME_WORDS,
    TITLES,
)

_INTERVIEW_RE = re.compile(r"\b(?:[Ii]nterview(?:s|ed)?|tells|talks|spoke|speaks)\b")


_PERSONAL = lx.words("first_person") | lx.words("second_person")
_PLACE_OPENERS = lx.words("dateline_place_openers")
# words before a place that make no full name of it: "In Muscat, ...", "Greater Muscat"
_BEFORE_PLACE = lx.words("english_function_words") | {"in", "greater", "central", "near"}


def _news_lead(body: str, words: list[str]) -> bool:
    """The words after a one-word tag in title case, or a two-word one that opens like a place
    ("Abu Dhabi"), read as a news story's lead, not a speaker's turn: twelve words or more in the
    third person, no quotation mark, and the tag no title ("Muscat: Motorists in the Sultanate
    will pay between 10 and 33 per cent more for fuel from today, ..."; not "Kondo: We never had
    a buffer ...", "Masaru Kondo: The hot summer ...")."""
    if len(words) > 2 or any(w.lower().rstrip(".") in TITLES for w in words):
        return False
    if len(words) == 2 and words[0].lower().rstrip(".") not in _PLACE_OPENERS:
        return False  # "Masaru Kondo: ...": a speaker's name
    if any(q in body for q in ('"', "“", "”", "``")):
        return False
    toks = [w.strip(".,;:!?()") for w in body.split()]
    return (
        len(toks) >= 12
        and not any(
            w.lower() in _PERSONAL
            and not (len(w) > 1 and w.isupper())  # "A US chipmaker": no "us"
            and not (w == "I" and k > 0 and toks[k - 1][:1].isupper())  # "Phase I"
            for k, w in enumerate(toks)
        )
    )


def _only_heads_before(text: str, sentences: Sequence[tuple[int, int]], k: int) -> bool:
    """Every sentence before the k-th is a line of a headline's or a byline's kind, without a
    full stop (not "We asked her what comes next."): the k-th opens the story's body."""
    return all(not text[a:b].rstrip().endswith((".", "?", "!")) for a, b in sentences[:k])


def _named_person(text: str, words: list[str]) -> bool:
    """A one-word tag that the text also writes after a capitalised word ("Grace Okafor"): a
    person's surname, not a place."""
    if len(words) != 1:
        return False
    return any(
        m.group(1).lower() not in _BEFORE_PLACE  # not "In Muscat, ..."
        for m in re.finditer(rf"\b([A-Z][\w'’-]+)[ \t]+{re.escape(words[0])}\b", text)
    )


def _dateline_tag(
    text: str, per: list[list[_Found]], para: Sequence[int], sentences: Sequence[tuple[int, int]]
) -> None:
    """The document's one speaker tag is a dateline when it is a place in capitals opening the
    paragraph after a headline, in the first four sentences ("Opposition walks out / BENGALURU:
    Members of the opposition staged a walkout"), or one to three words in title case before a
    sentence with a source of its own right after the colon ("New Delhi: India on Monday called
    for ..."), or one or two such words opening the paragraph after the headline before a news
    lead ("Muscat: Motorists in the Sultanate will pay ..."): no speaker there."""
    for k, found in enumerate(per[:4]):
        if found and found[0].tag and found[0].src is not None:
            name = text[found[0].src[0] : found[0].src[1]]
            words = name.split()
            colon = found[0].cue[0]
            if (
                len(words) <= 3
                and all(w[:1].isupper() and not w.isupper() for w in words)
                and (
                    any(f.src is not None and 0 < f.src[0] - colon <= 2 for f in found[1:])
                    or (
                        k > 0
                        and para[k] != para[k - 1]
                        and _only_heads_before(text, sentences, k)
                        and _news_lead(text[colon + 1 : sentences[k][1]], words)
                        and not _named_person(text, words)
                    )
                )
                and sum(1 for fs in per if fs and fs[0].tag) == 1  # not a transcript's turn
            ):
                per[k] = found[1:]
                return
            if k == 0 or para[k] == para[k - 1]:
                return
            if name.isupper() and len(name.split()) <= 2 and name.replace(" ", "").isalpha():
                per[k] = found[1:]
            return


# "Tom Ruiz, head of the port, put it another way:" before a paragraph that opens a quotation:
# a name of two to four words, an optional apposition, a short lower-case verb phrase, a colon
_COLON_INTRO_RE = re.compile(
    r"\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}(?:,[^:,\n]{3,80}(?:,[^:,\n]{3,60})?,)?)"
    r"\s+((?:[a-z][\w'’-]*\s+){0,5}[a-z][\w'’-]*)\s*:\s*$"
)
_OPENING_QUOTES = ('"', "“", "``", "‘", "'")


def _colon_intros(
    text: str, per: list[list[_Found]], sentences: Sequence[tuple[int, int]], quotes: QuoteIndex
) -> None:
    """A sentence without an attribution that names a person and ends in a colon, before a
    paragraph that opens with a quotation mark: the name is the source, the words before the
    colon the cue ("Tom Ruiz, head of the port, put it another way:"); `_inherit` then gives
    it the quotation, as after "X wrote:"."""
    para = quotes.para
    for k in range(len(sentences) - 1):
        if per[k] or para[k + 1] == para[k]:
            continue
        s0, s1 = sentences[k]
        if text[s1 - 1 : s1] != ":" or not text.startswith(_OPENING_QUOTES, sentences[k + 1][0]):
            continue
        m = _COLON_INTRO_RE.match(text, s0, s1)
        if m is None or m.group(1).split()[0].lower() in _NON_NAMES:
            continue
        name_end = m.start(1) + len(m.group(1).split(",")[0].rstrip())
        if not _CUE_WORDS.isdisjoint(m.group(2).split()) or name_end <= m.start(1):
            continue  # a cue verb before the colon was weighed (and dropped) already
        src_end = m.end(1) - 1 if m.group(1).endswith(",") else m.end(1)
        per[k].append(_Found((m.start(2), m.end(2)), (m.start(1), src_end), k))


_INTERVIEW_WORDS = frozenset(
    ("interview", "interviews", "interviewed", "tells", "talks", "spoke", "speaks")
)


def _interviewee(
    text: str, s0: int, s1: int, spoke: bool = False
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(cue, source) of an interview headline, in whole-text offsets: "Wikinews interviews X",
    "Interview with X", "An interview with X", "X interviewed by ...", "X tells Wikinews"."""
    t = _Tok(text, s0, s1)
    low = t.low
    for i, w in enumerate(low):
        if w not in _INTERVIEW_WORDS:
            continue
        if w in ("interview", "interviews") and i + 1 < t.n and low[i + 1] in ("with", "of"):
            a, b, j = i, i + 2, i + 2  # "Interview with X"
        elif w == "interviews" and i > 0:
            a, b, j = i, i + 1, i + 1  # "Wikinews interviews X"
        elif w in ("interviewed", "tells", "talks", "spoke", "speaks") and i > 0:
            if w in ("spoke", "speaks") and (
                not spoke or i + 1 >= t.n or low[i + 1] not in ("to", "with")
            ):
                continue  # "X spoke to us about ..." before Q: and A: lines only
            if t.text[i - 1] == ",":  # "X, a hydrologist who ..., talks about"
                app = _left_apposition(t, i - 1)
                if app is not None:
                    return (t.start(i), t.end(i)), (t.start(app[0]), t.end(app[1] - 1))
            s = _np_left(t, i - 1 if t.text[i - 1] != "," else i - 2)
            if s < 0:
                continue  # "X tells Wikinews", "X, ... interviewed by"
            e = i if t.text[i - 1] != "," else i - 1
            return (t.start(i), t.end(i)), (t.start(s), t.end(e - 1))
        else:
            continue
        e = _np_right(t, j, loose=True)
        cut = next((x for x in range(j + 1, e) if low[x] in ("on", "about", "in", "by")), e)
        e = cut  # "Wikinews interviews New York bar owner on Santorum cocktail"
        while e > j and low[e - 1] in _TIME_WORDS:
            e -= 1  # "... Hugh McGuire Sunday, May 28, 2006"
        if e > j:
            return (t.start(a), t.end(b - 1)), (t.start(j), t.end(e - 1))
    return None


def _interview(
    text: str, per: list[list[_Found]], sentences: Sequence[tuple[int, int]], quotes: QuoteIndex
) -> None:
    """An interview: a headline names the interviewee ("Wikinews interviews X", "Interview with
    X"), questions stand in paragraphs of their own, and the paragraphs after a question are
    the interviewee's answers: their sentences without an attribution inherit one with the
    headline's cue and interviewee."""
    n = len(sentences)
    found = _interview_head(text, sentences) if n >= 4 else None
    if found is None:
        return
    k, head = found
    para = quotes.para
    asked = [text[s0:s1].rstrip(" \t\n\"'”’)").endswith("?") for s0, s1 in sentences]
    question_para = {
        para[k] for k in range(n) if asked[k] and (k + 1 == n or para[k + 1] != para[k])
    }
    if len(question_para) < 2:
        return
    origin = _Found(head[0], head[1], k)
    answering = False
    tagged = -1  # the paragraph of an answer that opens with its speaker's tag
    for j in range(k + 1, n):
        if para[j] in question_para:
            answering = False
            continue
        if j > 0 and para[j - 1] in question_para and para[j] != para[j - 1]:
            answering = True
            own = _own(per[j])
            tagged = para[j] if own is not None and own.tag else -1
        elif tagged >= 0 and para[j] != tagged:
            # "Tierney: ..." answers: the tag marks the answer, and the untagged paragraphs
            # after it are the interviewer's own (a print profile between its questions)
            answering = False
            tagged = -1
        if answering and not per[j]:
            _give_from(per, j, origin)


def _interview_head(
    text: str, sentences: Sequence[tuple[int, int]], spoke: bool = False
) -> tuple[int, tuple[tuple[int, int], tuple[int, int]]] | None:
    """(sentence, (cue, source)) of the interviewee a headline, or a standfirst after it,
    names ("Interview with X", "X ... talks about"), or None."""
    for k in range(min(6, len(sentences))):
        s0, s1 = sentences[k]
        if s1 - s0 < (200 if k == 0 else 320) and _INTERVIEW_RE.search(text, s0, s1):
            head = _interviewee(text, s0, s1, spoke)
            if head is not None:
                return k, head
    return None


_QA_RE = re.compile(r"\s*([QA])[.:]\s+\S")


def _qa_answers(
    text: str, per: list[list[_Found]], sentences: Sequence[tuple[int, int]], quotes: QuoteIndex
) -> None:
    """A Q&A: paragraphs that open with "Q:" and with "A:" (or "Q."/"A."), two or more of each.
    An "A:" paragraph is the interviewee's answer: its sentences without an attribution
    inherit one whose cue is the "A:" and whose source is the interviewee a headline or
    standfirst names ("Interview with X", `_interviewee`), or none."""
    n = len(sentences)
    para = quotes.para
    opens: dict[int, tuple[str, int, int]] = {}
    for k, (s0, s1) in enumerate(sentences):
        if k == 0 or para[k] != para[k - 1]:
            m = _QA_RE.match(text, s0, s1)
            if m is not None:
                opens[k] = (m.group(1), m.start(1), m.end(1) + 1)
    kinds = [v[0] for v in opens.values()]
    if kinds.count("Q") < 2 or kinds.count("A") < 2:
        return
    found = _interview_head(text, sentences, spoke=True)  # "X spoke to us about ..."
    src = found[1][1] if found is not None else None
    for k, (kind, a, b) in opens.items():
        if kind != "A":
            continue
        origin = _Found((a, b), src, k)
        j = k
        while j < n and para[j] == para[k]:
            if not per[j]:
                _give_from(per, j, origin)
            j += 1


def _transcript_turns(
    text: str,
    per: list[list[_Found]],
    sentences: Sequence[tuple[int, int]],
    para: Sequence[int],
    given: list[bool],
) -> None:
    """Give the lines of a transcript's turns (`turn_lines`) their speaker; a sentence with
    its own attribution keeps it."""
    tags: dict[int, str] = {}
    for k in range(len(sentences)):
        if k == 0 or para[k] != para[k - 1]:
            o = _own(per[k])
            if o is not None and o.tag and o.src is not None:
                tags[k] = text[o.src[0] : o.src[1]].lower()
    for k, turn in turn_lines(text, sentences, para, tags):
        if not given[k] and _own(per[k]) is None:
            _give(per, k, turn)
            given[k] = True


def turn_lines(
    text: str, sentences: Sequence[tuple[int, int]], para: Sequence[int], tags: dict[int, str]
) -> list[tuple[int, int]]:
    """In a transcript (two speakers or more open two paragraphs or more with their tag;
    ``tags``: the paragraph-opening sentences with a speaker tag -> the speaker, lower case),
    the sentences of the paragraphs after a speaker's tagged paragraph, which go on with that
    turn up to the next tag ("CHIEF DORSEY: Good afternoon. ..." then "Between 9:40 Tuesday
    night, officers answered 211 calls ..."), each with the sentence of its turn's tag. Not
    after the last tag (an article quoting an exchange resumes in the writer's voice), not a
    bracketed stage direction ("[Laughter]"). (A writer's narrative paragraph between two tagged
    turns is given to the speaker before it: requiring tagged paragraphs to be half of those
    between the first tag and the last, tried, lost 352 gold claims of turns that run over
    many one-sentence paragraphs against 368 fact/framing sentences.)"""
    speakers: dict[str, int] = {}
    for who in tags.values():
        speakers[who] = speakers.get(who, 0) + 1
    if sum(c >= 2 for c in speakers.values()) < 2:
        return []  # an exchange: two speakers who speak twice or more (not "Place: ..." lists)
    out = []
    turn = -1  # the sentence holding the current turn's tag
    for k in range(max(tags)):  # up to the last tag: after it the writer may resume
        if k in tags:
            turn = k
        elif turn >= 0 and para[k] != para[turn]:
            s0 = sentences[k][0]
            if text[s0 : s0 + 1] not in ("(", "["):
                out.append((k, turn))
    return out


# an outlet's introduction to a text it prints whole: "Following are excerpts from the budget
# address that Gov. Walter J. Pruitt delivered today", "The following is the text of ..."
_EXCERPTS_RE = re.compile(
    r"\b(?:[Ff]ollowing (?:are|is)|[Tt]he following (?:are|is)|[Hh]ere (?:are|is))"
    r"(?: the)?(?: full| prepared| edited| official)? (?:excerpts?|text|transcript)"
    r"(?= (?:from|of)\b)"
    # a release printed whole: "The following press release was issued by Open Hands
    # International on 29 May", "The following is a statement from the Hartshire Police"
    r"|\b[Tt]he following (?:(?:is|was) an? )?(?:press release|news release|statement)"
    r"(?: (?:was|has been) (?:issued|released|sent|published))?(?= (?:by|from)\b)"
)
# the speaker named after it: a title or honorific, then a capitalised name ("Gov. Walter J.
# Pruitt", "President Reagan's"), a first name ("Mary Okafor"), or after "by" any capitalised
# name ("by the National Academy of Sciences")
_NOT_SPEAKER_BEFORE = re.compile(r"\b(?:to|to the|case of|v\.|vs\.|on|about)\s+$")
_BY_BEFORE = re.compile(r"\bby(?: the)?\s+$")
_CAPS_RE = re.compile(
    r"[A-Z][a-z]+\.?(?:\s+[A-Z]\.)*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][a-z'’.-]+)*"
)


def _excerpts(
    text: str, per: list[list[_Found]], sentences: Sequence[tuple[int, int]], quotes: QuoteIndex
) -> None:
    """A text an outlet prints whole after its introduction ("Following are excerpts from the
    budget address that Gov. Walter J. Pruitt delivered today"): every sentence after the
    introduction is the speaker's (annotation guide, wave 28: a published transcript or speech;
    what the speech itself reports is part of its content), with the introduction's words as
    the cue and the speaker it names as the source (`_speaker_named`). Only an introduction in
    the first five sentences, and not before a transcript of several tagged speakers. A
    press release or statement printed whole ("The following press release was issued by X")
    gives X only to its sentences that report no one else ('..., said Sofie Brandt' keeps
    her)."""
    for k in range(min(5, len(sentences))):
        s0, s1 = sentences[k]
        m = _EXCERPTS_RE.search(text, s0, s1)
        if m is None or quotes.inside(m.start()):
            continue
        release = "release" in m.group(0) or "statement" in m.group(0)
        # a release's issuer right after it ("Critics rejected the following statement by
        # ..." prints none), a speech's speaker anywhere in its introduction
        name = _issuer(text, s0, m, s1) if release else _speaker_named(text, m.end(), s1)
        if name is None:
            return
        if sum(1 for f in per[k + 1 :] if f and f[0].tag) > 1:
            return  # a transcript of several speakers: their tags say who speaks
        o = _Found((m.start(), m.end()), name, k)
        for j in range(k + 1, len(sentences)):
            if release and per[j]:
                continue  # a release's own quotations and citations keep their speakers
            _give_from(per, j, o)  # the speaker first: what the speech reports is its content
        return


_ISSUER_RE = re.compile(
    r"\s+(?:by|from)\s+(?:the\s+)?([A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w'’&.-]*)*)"
)


def _issuer(text: str, s0: int, m: re.Match[str], s1: int) -> tuple[int, int] | None:
    """The body named right after a release's introduction that opens its sentence ("The
    following press release was issued by Open Hands International"); None elsewhere in a
    sentence, or for a lower-case issuer ("by lawyers for Tom Hale")."""
    if text[s0 : m.start()].strip(" \"'“‘"):
        return None
    n = _ISSUER_RE.match(text, m.end(), s1)
    return (n.start(1), n.end(1)) if n else None


def _speaker_named(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The speaker an introduction names in [a, b): a name from its title or first name on
    ("the Inaugural Address of President Ronald Reagan": "President Ronald Reagan"), or any
    name after "by"; not the one a text is sent to ("to the Prime Minister, Boris Johnson")
    nor a party to a case; None when it names none."""
    for n in _CAPS_RE.finditer(text, a, b):
        before = text[max(a, n.start() - 12) : n.start()].lower()
        if _NOT_SPEAKER_BEFORE.search(before):
            continue  # the one addressed, a party to a case, what a report is on
        words = n.group(0).split()
        if _BY_BEFORE.search(before) or n.group(0).endswith(("'s", "’s")):
            start = n.start()  # "by the National Academy", "the Ethics Committee's report"
        else:
            at = next(
                (
                    j
                    for j, w in enumerate(words[:-1])
                    if (low := w.lower().rstrip(".")) in TITLES
                    or low in _NAME_TITLES
                    or low in _MALE_WORDS
                    or low in _FEMALE_WORDS
                ),
                None,
            )
            if at is None:
                continue
            start = text.index(words[at], n.start())
        end = n.end()
        if text.startswith(("'s", "’s"), end - 2):
            end -= 2
        if text[end - 1] == "." and not (text[end - 3] in " ." and text[end - 2].isupper()):
            end -= 1  # the sentence's full stop, not an initial's ("J.")
        return start, end
    return None
