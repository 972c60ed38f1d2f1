"""Cues: the reporting verbs, stances, hearsay and speaker tags of one sentence."""

from __future__ import annotations

import re

from framing.attribution._tokens import (
    _QUOTE_TOKENS,
    _Tok,
)
from framing.attribution._vocab import (
    _ADDRESSEE_VERBS,
    _AGENT_HEADS,
    _AUX,
    _BE,
    _CAND_WORDS,
    _CUE_ADVERBS,
    _CUE_WORDS,
    _DET_HEADS,
    _DETS,
    _NEG,
    _NON_NAMES,
    _NOT_CUE_FORMS,
    _PARTICLES,
    _PHRASAL_ONLY,
    _PRED_ADJ,
    _SPEAKER_TAG_STOP,
    _SPEECH_STRONG_SET,
    _SPEECH_WEAK,
    _VERB_ONLY_FORMS,
    CATENATIVE_VERBS,
    HEARSAY_ADVERBS,
    HEARSAY_PARTICIPLES,
    PRONOUN_SOURCES,
    _lemma_of,
)


class _Cand:
    """One attribution found in a sentence (token indices into its _Tok)."""

    __slots__ = ("cue", "kind", "participle", "rank", "res", "src")

    def __init__(self, cue: tuple[int, int], kind: str) -> None:
        self.cue = cue  # token range [a, b)
        self.kind = kind  # "verb", "according", "hearsay"
        self.src: tuple[int, int] | None = None  # token range [a, b)
        self.res: tuple[int, int] | None = None  # antecedent of "who" (token range)
        self.participle = False  # shares the subject of another verb
        self.rank = 0  # 1: subordinate (sentence-initial participle, relative clause)


def _cue_left(t: _Tok, i: int) -> int:
    """Extend a cue at token i leftwards over auxiliaries, adverbs and catenatives."""
    low = t.low
    a = i
    k = i - 1
    steps = 0
    while k >= 0 and steps < 6:
        w = low[k]
        if t.cap[k] and (k > 0 or (w not in _CUE_ADVERBS and w not in _AUX)):
            break
        if (
            w in _AUX
            or w in _NEG
            or w in _CUE_ADVERBS
            or (w.endswith("ly") and len(w) > 4 and not (k > 0 and low[k - 1] in _DETS))
        ):
            a = k
        elif w == "to" and k > 0 and (low[k - 1] in CATENATIVE_VERBS or low[k - 1] in _AUX):
            a = k - 1
            k -= 1
        elif w == "to" and k > 1 and low[k - 1] == "on" and _lemma_of(low[k - 2]) == "go":
            a = k - 2
            k -= 2
        else:
            break
        k -= 1
        steps += 1
    return a


def _is_nounish_use(t: _Tok, i: int) -> bool:
    """A cue word used as a noun: 'the report', 'his claims', 'a sharp reply'."""
    if i == 0:
        return False
    w = t.low[i]
    left = t.low[i - 1]
    if left in ("<", "/", "#", "@", "-") or (i + 1 < t.n and t.text[i + 1] in ("-", ">", "=")):
        return True  # markup, hashtags, compounds: "<tweet", "#report", "tweet-id"
    if (
        left[:1].isdigit()
        or left in ("million", "billion", "thousand", "hundred", "dozen")
        or (
            w.endswith("s")
            and w != _lemma_of(w)
            and _lemma_of(w) in _SPEECH_WEAK
            and (i + 1 >= t.n or t.text[i + 1] in (".", ",", ";", ":", ")"))
            and left not in PRONOUN_SOURCES
        )
    ):
        return True  # "10 million views", "election commission reports."
    if w.endswith("ed") or w in ("said", "told", "thought", "wrote", "knew", "felt", "saw"):
        return left in ("the", "a", "an")
    if left in _DETS and left not in _DET_HEADS and left != "that":
        return True
    if left.endswith(("'s", "’s")):
        return True
    if left in ("of", "in", "for", "with", "our", "your", "on", "at"):
        return not (w.endswith("ing") and left in ("of", "in", "for", "with", "on", "at"))
    # "a sharp reply": a base form between a determiner-led adjective and what follows
    return (
        i > 1
        and t.low[i - 2] in ("a", "an", "the", "his", "her", "their", "its")
        and w == _lemma_of(w)
        and not left.endswith(("s", "ly"))
        and left not in _AUX
        and left not in _AGENT_HEADS
    )


def _cues(t: _Tok) -> list[_Cand]:
    low = t.low
    n = t.n
    out: list[_Cand] = []
    titlecase = -1  # computed when first needed
    done = 0  # tokens before this index belong to a cue already found
    for i in [k for k, w in enumerate(low) if w in _CAND_WORDS]:
        if i < done:
            continue
        w = low[i]
        if w == "according" and i + 1 < n and low[i + 1] == "to":
            out.append(_Cand((i, i + 2), "according"))
            done = i + 2
            continue
        if w in HEARSAY_ADVERBS and w != "apparently":
            if not (i + 1 < n and low[i + 1] in _CUE_WORDS):
                out.append(_Cand((i, i + 1), "hearsay"))
            continue
        if (
            w == "emerged"
            and i + 1 < n
            and low[i + 1] == "that"
            and i > 0
            and low[i - 1]
            in (
                "it",
                "has",
                "had",
            )
        ):
            out.append(_Cand((i - 1 if low[i - 1] == "it" else i, i + 1), "hearsay"))
            continue
        if w in _PRED_ADJ and i > 0:
            c = _pred_adj(t, i)
            if c is not None:
                out.append(c)
                done = c.cue[1]
                continue
        if w not in _CUE_WORDS:
            if (
                w in ("made", "make", "makes", "making")
                and i + 1 < n
                and (
                    low[i + 1] == "clear"
                    or (low[i + 1] == "it" and i + 2 < n and low[i + 2] == "clear")
                )
            ):
                b = i + 2 if low[i + 1] == "clear" else i + 3
                c = _Cand((_cue_left(t, i), b), "clear")
                c.participle = w == "making"
                out.append(c)
                done = b
                continue
            continue
        if i + 1 < n and low[i + 1] in _VERB_ONLY_FORMS:
            continue  # a noun before its verb: "the report said", "talks say"
        lemma = _lemma_of(w)
        if w in _NOT_CUE_FORMS:
            continue
        nxt = low[i + 1] if i + 1 < n else ""
        if (lemma == "add" and nxt in ("to", "up")) or (lemma == "call" and nxt in ("off", "up")):
            continue
        if t.cap[i] and i + 1 < n and t.cap[i + 1] and nxt not in PRONOUN_SOURCES and i == 0:
            continue  # "State Senate President ..."
        # hearsay passive: "is said to", "are believed to", "it is understood that"
        if w in HEARSAY_PARTICIPLES and i > 0 and (low[i - 1] in _BE or low[i - 1] == "widely"):
            nxt = low[i + 1] if i + 1 < n else ""
            expletive = i > 1 and low[i - 2] == "it" and nxt == "that"
            if (nxt == "to" and w not in ("known", "seen", "considered", "viewed")) or expletive:
                a = i - 2 if expletive else _cue_left(t, i)
                out.append(_Cand((a, i + 2 if nxt == "to" else i + 1), "hearsay"))
                continue
        if t.cap[i] and titlecase < 0:
            nword = sum(1 for x in t.text if x[:1].isalpha())
            titlecase = 1 if nword > 2 and sum(t.cap) >= 0.6 * nword else 0
        if _is_nounish_use(t, i) or (
            t.cap[i]
            and i > 0
            and not titlecase
            and not (t.text[i - 1] in _QUOTE_TOKENS or t.text[i - 1] in (":", "(", "—", "–"))
        ):
            continue
        if titlecase and t.cap[i] and (lemma in _SPEECH_WEAK or lemma not in _SPEECH_STRONG_SET):
            continue
        a = _cue_left(t, i)
        b = i + 1
        parts = _PARTICLES.get(lemma)
        if parts and b < n and low[b] in parts:
            b += 1
        elif lemma in _PHRASAL_ONLY or lemma == "go":
            continue
        if lemma in _ADDRESSEE_VERBS and b < n and low[b] in ("reporters", "journalists"):
            b += 1
        c = _Cand((a, b), "verb")
        c.participle = w.endswith("ing") and (a == i or low[a] not in _AUX)
        if w.endswith(("ing", "ed")) and (a == 0 or all(x in _QUOTE_TOKENS for x in t.text[:a])):
            c.rank = 1  # sentence-initial participle clause: "Asked about it, ..."
        out.append(c)
        done = b
    return out


def _pred_adj(t: _Tok, i: int) -> _Cand | None:
    """'are concerned about', 'is skeptical', 'was confident that' after a form of 'be'."""
    low = t.low
    k = i - 1
    while k >= 0 and (low[k] in _NEG or low[k] in _CUE_ADVERBS or low[k] in ("very", "so")):
        k -= 1
    if k < 0 or (
        low[k] not in _BE
        and low[k] not in ("’s", "'s", "remain", "remains", "remained", "feel", "feels", "felt")
    ):
        return None
    a = _cue_left(t, k) if low[k] in _BE else k
    b = i + 1
    if b < t.n and low[b] in ("about", "of", "that", "to", "with"):
        if low[b] != "that":
            b += 1
    elif not (b < t.n and (t.text[b] in (",", ".", ":") or low[b] in ("whether", "if"))):
        return None
    return _Cand((a, b), "adj")


def _after_cue_signal(t: _Tok, b: int) -> bool:
    """A that-clause, colon or quotation follows the cue (within a few tokens)."""
    for k in range(b, min(t.n, b + 6)):
        w = t.low[k]
        if w in ("that", ":") or t.text[k] in _QUOTE_TOKENS:
            return True
        if w in (".", ";", "?", "!"):
            return False
    return False


def _quote_signal(t: _Tok, a: int, b: int) -> bool:
    """The cue stands next to a quotation or a colon ('he continued: ...', ',” he added')."""
    if (
        b < t.n
        and t.text[b] in (":", ",")
        and (t.text[b] == ":" or (b + 1 < t.n and t.text[b + 1] in _QUOTE_TOKENS))
    ):
        return True
    # a quotation closed right before the cue and its subject: ',” he continued'
    return any(
        k > 0 and t.text[k] in _QUOTE_TOKENS and t.text[k - 1] in (",", ".", "?", "!", "—")
        for k in (a - 1, a - 2, a - 3, a - 4)
    )


_SPEAKER_TAG_RE = re.compile(
    r"\s*(?:[\"“”'‘’]\s*)?((?:[A-Z][\w.'’&-]*)"
    r"(?:\s+(?:[A-Z][\w.'’&-]*|of|the|and|de|van|von|at|on|in|for|to)){0,5})\s*:\s+\S"
)


def _speaker_tag(text: str, s0: int, s1: int) -> tuple[int, int, int] | None:
    """'Name: ...' at the start of a sentence: (source start, source end, colon position)."""
    if text.find(":", s0, min(s1, s0 + 90)) < 0:
        return None
    m = _SPEAKER_TAG_RE.match(text, s0, s1)
    if m is None:
        return None
    words = m.group(1).lower().replace(".", "").split()
    if not words or words[0] in _SPEAKER_TAG_STOP or words[-1] in _SPEAKER_TAG_STOP:
        return None
    if words[0] in ("the", "of", "and") or words[-1] in ("the", "of", "and"):
        return None
    if len(words) == 1 and words[0] in _NON_NAMES:
        return None
    colon = text.index(":", m.end(1))
    return (m.start(1), m.end(1), colon)
