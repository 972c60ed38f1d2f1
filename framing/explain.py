"""Why a sentence is framing: the words LABELS.md names, each with its kind.

A framing sentence's explanation is the set of its words that make it the writer's own
reading, found from our word lists (``framing/lexicons``), never from the model's weights
(which also reward topic words such as a country's name). Each cue is a span of the text with a
``kind``:

``evaluative``
    loaded, emotive or judging words ("hapless", "brutal", "cleverly");
``hedge``
    speculation and hedging ("perhaps", "arguably", "apparently");
``intensifier``
    words that turn a statement into a judgement ("utterly", "only", "extremely");
``interpretive``
    causal and interpretive verbs: what something shows, means or portends ("suggests",
    "points to", "exposes");
``prediction``
    what will happen ("will", "is likely to", "is set to");
``crisis``
    metaphors of crisis, collapse or triumph ("crisis", "meltdown", "triumph");
``call_to_act``
    obligations and calls ("must", "should", "it is time to");
``question``
    a question the writer asks (the question mark);
``exclamation``
    an exclamation (the exclamation mark).

`framing_cues` runs on any text; `framing.analyze` gives them for framing sentences only.

The lists propose candidates (`candidate_cues`); a small learned scorer then keeps the
candidates that are framing in their use (logistic regression over the candidate's word, kind
and neighbours and a few facts about its sentence, trained on cues an annotator judged:
``tools/train_cue_scorer.py`` writes ``framing/data/framing_cue_weights.json``, plain JSON). A
word like "crisis" or "must" is a cue in a writer's verdict and not in a quoted plan or a
literal report. Without the weight file every candidate is shown.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources
from itertools import compress
from re import Match

from framing import lexicons as lx

__all__ = ["CUE_KINDS", "candidate_cues", "cue_features", "cue_score", "framing_cues"]

WEIGHTS_FILE = "framing_cue_weights.json"

CUE_KINDS: tuple[str, ...] = (
    "evaluative",
    "hedge",
    "intensifier",
    "interpretive",
    "prediction",
    "crisis",
    "call_to_act",
    "question",
    "exclamation",
)

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], list[tuple[tuple[str, ...], str]]]:
    """(single word -> kind, [(phrase words, kind)] longest first). Earlier kinds win."""
    words: dict[str, str] = {}
    phrases: list[tuple[tuple[str, ...], str]] = []
    excluded = {tuple(e.lower().split()) for e in lx.entries("cue_exclusions")}
    sources = (
        ("call_to_act", lx.entries("calls_to_act")),
        ("prediction", lx.entries("predictions")),
        ("crisis", sorted(lx.CRISIS)),
        ("interpretive", sorted(lx.INTERPRETIVE)),
        ("hedge", sorted(lx.HEDGES)),
        ("intensifier", sorted(lx.INTENSIFIERS)),
        ("evaluative", sorted(lx.EVALUATIVE)),
    )
    for kind, entries in sources:
        for entry in entries:
            parts = tuple(entry.lower().replace("’", "'").split())
            if parts in excluded:
                continue
            if len(parts) == 1:
                words.setdefault(parts[0], kind)
            elif parts:
                phrases.append((parts, kind))
    phrases.sort(key=lambda p: -len(p[0]))
    return words, phrases


@lru_cache(maxsize=1)
def _blockers() -> tuple[list[tuple[str, ...]], frozenset[str]]:
    """(phrases never shown, longest first; words that make a following verb cue a noun)."""
    blocked = [tuple(e.lower().replace("’", "'").split()) for e in lx.entries("cue_blockers")]
    blocked.sort(key=lambda p: -len(p))
    return blocked, lx.words("cue_noun_markers")


@lru_cache(maxsize=1)
def _by_first_word() -> tuple[
    dict[str, list[tuple[tuple[str, ...], str]]], dict[str, list[tuple[str, ...]]]
]:
    """The phrases of `_tables` and of `_blockers` grouped by their first word, each group in
    its list's order: a phrase can only match where its first word is, so the first match in
    the group is the first match in the whole list (and each word is compared with a few
    phrases, not all of them)."""
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for parts, kind in _tables()[1]:
        phrases.setdefault(parts[0], []).append((parts, kind))
    blocked: dict[str, list[tuple[str, ...]]] = {}
    for b in _blockers()[0]:
        if b:  # an empty entry blocks nothing
            blocked.setdefault(b[0], []).append(b)
    return phrases, blocked


_VERB_LIKE = frozenset({"interpretive", "prediction", "call_to_act"})
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"|``.*?''")


def _quoted(text: str) -> list[tuple[int, int]]:
    """The spans of the quotations in ``text`` (each needs one of the marks tested first)."""
    if '"' in text or "“" in text or "``" in text:
        return [m.span() for m in _QUOTED.finditer(text)]
    return []


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """Every word at which `framing_cues` can do anything: a single cue word, the first word
    of a phrase or of a blocker. At any other word it only moves on to the next one."""
    phrases_at, blocked_at = _by_first_word()
    return frozenset(_tables()[0]) | frozenset(phrases_at) | frozenset(blocked_at)


def _title_case_words(words: list[str]) -> bool:
    """A headline in title case or capitals: capitals there do not mark names."""
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


_Tokens = tuple[list[Match[str]], list[str], list[str]]  # matches, words, lower-case words
_Cand = tuple[int, int, str, int, int]  # start, end, kind, first and last word (-1: a mark)


def _tokens(text: str) -> _Tokens:
    found = list(_WORD.finditer(text))
    words = list(map(Match.group, found))
    # lower case, ’ as ': the words hold only ASCII letters and apostrophes
    lows = "\x00".join(words).lower().replace("’", "'").split("\x00") if words else []
    return found, words, lows


def framing_cues(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of every framing cue in ``text``, in text order: the
    `candidate_cues` the learned scorer keeps (all of them without its weight file)."""
    tokens = _tokens(text)
    found = _candidates(text, tokens)
    scorer = _scorer()
    if scorer is None or not found:
        return [(a, b, kind) for a, b, kind, _, _ in found]
    weights, bias, threshold = scorer
    facts = _sentence_facts(text, tokens, len(found))
    out = []
    for cand in found:
        z = bias + sum(weights.get(f, 0.0) for f in _features(text, tokens, cand, facts))
        if z >= threshold:
            out.append(cand[:3])
    return out


def candidate_cues(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of every word of the lists that may be a framing cue, in text
    order (what the scorer of `framing_cues` chooses from).

    Not shown: words of `lexicons/cue_blockers.txt` phrases ("good morning", "more likely"),
    a capitalised word inside a sentence that is not a title-case headline (a name: "Wave 1",
    "Perfect Storm"), a word inside quotation marks (someone else's words, which the writer
    quotes), and an interpretive, prediction or call-to-act word right after a word
    of `lexicons/cue_noun_markers.txt` (a noun: "the only means", "popular shows"; an -ing
    word stays: "a deepening crisis").

    The words are walked from one that can start a cue or a blocker (`_first_words`) to the
    next: the others are passed over as the full walk would (tests/explain_reference.py).
    """
    return [c[:3] for c in _candidates(text, _tokens(text))]


def _candidates(text: str, tokens: _Tokens) -> list[_Cand]:
    single = _tables()[0]
    noun_markers = _blockers()[1]
    phrases_at, blocked_at = _by_first_word()
    found, words, lows = tokens
    names_matter: bool | None = None  # known when first needed
    quoted: list[tuple[int, int]] | None = None
    out: list[_Cand] = []
    i = 0
    for j in compress(range(len(lows)), map(_first_words().__contains__, lows)):
        if j < i:  # inside a blocker or a phrase already taken
            continue
        i = j
        low = lows[i]
        blocked = blocked_at.get(low)
        if blocked:
            ahead = tuple(lows[i : i + 4])
            skip = next((len(b) for b in blocked if ahead[: len(b)] == b), 0)
            if skip:
                i += skip
                continue
        if i > 0 and words[i][0].isupper() and low != "i":
            if names_matter is None:
                names_matter = not _title_case_words(words)
            if names_matter:  # a name
                i += 1
                continue
        if quoted is None:
            quoted = _quoted(text)
        if quoted:
            start = found[i].start()
            if any(a < start < b for a, b in quoted):
                i += 1
                continue
        for parts, kind in phrases_at.get(low, ()):
            n = len(parts)
            if tuple(lows[i : i + n]) == parts:
                out.append((found[i].start(), found[i + n - 1].end(), kind, i, i + n - 1))
                i += n
                break
        else:
            cue = single.get(low)
            if cue is not None and not (
                cue in _VERB_LIKE
                and i > 0
                and lows[i - 1] in noun_markers
                and not low.endswith("ing")  # "a deepening crisis" stays
            ):
                out.append((*found[i].span(), cue, i, i))
            i += 1
    stripped = text.rstrip().rstrip("\"”’')")
    if stripped.endswith("?"):
        at = len(stripped) - 1
        out.append((at, at + 1, "question", -1, -1))
    at = text.find("!")
    if at >= 0:
        out.append((at, at + 1, "exclamation", -1, -1))
    return sorted(out)


@lru_cache(maxsize=1)
def _context_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(reporting verb forms, determiners, first-person words, second-person words)."""
    from framing.attribution import REPORTING_VERBS

    return (
        REPORTING_VERBS | {"according"},
        lx.words("determiners"),
        lx.words("first_person"),
        lx.words("second_person"),
    )


def cue_features(text: str, start: int, end: int, kind: str) -> list[str]:
    """The scorer's features of the candidate ``(start, end, kind)`` of ``text`` (one of its
    `candidate_cues`), as feature names."""
    tokens = _tokens(text)
    found = _candidates(text, tokens)
    for cand in found:
        if cand[:3] == (start, end, kind):
            return _features(text, tokens, cand, _sentence_facts(text, tokens, len(found)))
    raise ValueError(f"({start}, {end}, {kind!r}) is not a candidate cue of this text")


_Facts = tuple[list[int], list[str]]  # reporting verbs' starts, features of the whole sentence


def _sentence_facts(text: str, tokens: _Tokens, n_cands: int) -> _Facts:
    """What the features of every candidate of ``text`` share, computed once per text: where
    its reporting verbs start, and its quotation marks, person, digits, length and number of
    candidates as feature names."""
    reporting, _, first_person, second_person = _context_words()
    found, _, words = tokens
    said_at = [m.start() for m, w in zip(found, words, strict=True) if w in reporting]
    shared = []
    if any(q in text for q in '"“”'):
        shared.append("quotes")
    if any(w in first_person for w in words):
        shared.append("first_person")
    if any(w in second_person for w in words):
        shared.append("second_person")
    if any(c.isdigit() for c in text):
        shared.append("digits")
    n = len(words)
    shared.append("len<10" if n < 10 else "len<25" if n < 25 else "len>=25")
    shared.append(f"cands={min(n_cands, 4)}")
    return said_at, shared


def _features(text: str, tokens: _Tokens, cand: _Cand, facts: _Facts) -> list[str]:
    """Features of one candidate: its kind and word, its neighbours, whether the sentence's
    reporting verbs come before or after it, and the sentence's shared facts (`_sentence_facts`:
    quotation marks, person, digits, length, how many candidates)."""
    start, end, kind, first, last = cand
    determiners = _context_words()[1]
    words = tokens[2]
    if first >= 0:
        word = "_".join(words[first : last + 1])
        prev = words[first - 1] if first > 0 else "<s>"
        nxt = words[last + 1] if last + 1 < len(words) else "</s>"
    else:
        word, prev, nxt = text[start:end], "<mark>", "<mark>"
    feats = [f"k={kind}", f"w={word}", f"p={prev}", f"n={nxt}", f"kp={kind}|{prev}"]
    if prev in determiners:
        feats.append("prev_det")
    if first == 0:
        feats.append("initial")
    after = text[end : end + 3].lstrip()
    if after[:1].isdigit():
        feats.append("next_digit")
    said_at, shared = facts
    if any(a < start for a in said_at):
        feats.append("report_before")
    if any(a > start for a in said_at):
        feats.append("report_after")
    feats.extend(shared)
    return feats


@lru_cache(maxsize=1)
def _scorer() -> tuple[dict[str, float], float, float] | None:
    """(weights, bias, threshold on the logit) of the cue scorer, None without its file."""
    try:
        raw = (resources.files("framing") / "data" / WEIGHTS_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    model = json.loads(raw)
    p = float(model["threshold"])
    return model["weights"], float(model["bias"]), math.log(p / (1.0 - p))


def cue_score(text: str, start: int, end: int, kind: str) -> float | None:
    """The scorer's probability that a candidate cue is framing in its use (None without the
    weight file)."""
    scorer = _scorer()
    if scorer is None:
        return None
    weights, bias, _ = scorer
    z = bias + sum(weights.get(f, 0.0) for f in cue_features(text, start, end, kind))
    return 1.0 / (1.0 + math.exp(-z))
