"""A learned check on cue candidates: logistic regression over features of each candidate.

The rules of `_cues` propose candidates and `_evidence._accept` says whether each has enough
evidence. This module scores every candidate (accepted or not) with a logistic regression
trained on PolNeAR's gold cues (``tools/train_cue_model.py`` writes the weights to
``framing/data/cue_weights.json``: plain JSON, feature name -> weight); a rule-accepted
candidate is dropped below ``keep_below`` and a rejected one rescued above ``rescue_above``.
Without the weight file every rule decision stands.
"""

from __future__ import annotations

import json
import math
from importlib import resources
from itertools import repeat
from typing import Any

from framing.attribution._cand import _Cand
from framing.attribution._tokens import _QUOTE_TOKENS, _Tok
from framing.attribution._vocab import (
    _COGNITION_SET,
    _EVIDENCE_SET,
    _MANNER,
    _PHRASAL_ONLY,
    _QUOTE_ONLY,
    _SPEECH_STRONG_SET,
    _SPEECH_WEAK,
)

WEIGHTS_FILE = "cue_weights.json"
_ZEROS = repeat(0.0)  # the weight of a feature the model has not seen

#: When set to a list, every scored candidate is appended as (cue start, cue end, features,
#: rule decision) in whole-text offsets: the training tool reads candidates this way.
COLLECT: list[tuple[int, int, list[str], bool]] | None = None


class _Model:
    __slots__ = ("bias", "head", "keep_below", "rescue_above", "tail", "weights")

    def __init__(self, raw: dict[str, Any]) -> None:
        self.weights: dict[str, float] = raw["weights"]
        self.bias = float(raw["bias"])
        self.keep_below = float(raw["keep_below"])
        self.rescue_above = float(raw["rescue_above"])
        # (kind, lemma, rule, source kind) -> the weights of the first seven features (`score`)
        self.head: dict[tuple[str, str, bool, str], list[float]] = {}
        # position, suffix, length, rank, ... -> the weights of the last features (`score`)
        self.tail: dict[tuple[object, ...], list[float]] = {}

    def prob(self, feats: list[str]) -> float:
        z = self.bias + sum(map(self.weights.get, feats, _ZEROS))
        return 1.0 / (1.0 + math.exp(-z))

    def prob_of(self, values: list[float]) -> float:
        """`prob` from the weights of the features, in `features` order (`score`)."""
        z = self.bias + sum(values)
        return 1.0 / (1.0 + math.exp(-z))


def _load() -> _Model | None:
    try:
        raw = (resources.files("framing") / "data" / WEIGHTS_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return _Model(json.loads(raw))


MODEL: _Model | None = _load()


def _verb_class(lemma: str) -> str:
    """The class of a cue lemma (cached in `_CLASS`)."""
    vc = _CLASS.get(lemma)
    if vc is None:
        vc = _CLASS[lemma] = _class_of(lemma)
    return vc


_CLASS: dict[str, str] = {}


def _class_of(lemma: str) -> str:
    if lemma in _QUOTE_ONLY or lemma in _MANNER:
        return "quote_only"
    if lemma in _SPEECH_WEAK:
        return "weak"
    if lemma in _SPEECH_STRONG_SET:
        return "strong"
    if lemma in _PHRASAL_ONLY:
        return "phrasal"
    if lemma in _COGNITION_SET:
        return "cognition"
    if lemma in _EVIDENCE_SET:
        return "evidence"
    return lemma if lemma in ("adj", "clear") else "other"


def _shape(t: _Tok, k: int) -> str:
    if k < 0:
        return "BOS"
    if k >= t.n:
        return "EOS"
    w = t.text[k]
    if w in _QUOTE_TOKENS:
        return "Q"
    if not w[:1].isalnum():
        return w[:1]
    if w[:1].isdigit():
        return "D"
    return "C" if t.cap[k] else "w"


def score(
    t: _Tok, c: _Cand, lemma: str, src_kind: str, ok: bool, after: bool, quote: bool
) -> float:
    """``MODEL.prob(features(...))``, faster: the weights of the first seven features (kind,
    lemma, class, rule, source kind and their pairs) and of the last ones (position, suffix,
    length, rank, participle, capitals, signals) are looked up once per combination of their
    values; the same values are summed in the same order, so the sum is the same."""
    model = MODEL
    assert model is not None
    a, b = c.cue
    low = t.low
    n = t.n
    get = model.weights.get
    key = (c.kind, lemma, ok, src_kind)
    head = model.head.get(key)
    if head is None:
        head = model.head[key] = [
            get(f, 0.0) for f in features(t, c, lemma, src_kind, ok, after, quote)[:7]
        ]
    tkey = (
        _position(a, n),
        _suffix(low[b - 1]),
        min(b - a, 4),
        c.rank,
        c.participle,
        t.cap[a],
        t.titlecase(),
        after,
        quote,
        _QUOTE_TOKENS.isdisjoint(t.text),
    )
    tail = model.tail.get(tkey)
    if tail is None:
        tail = model.tail[tkey] = [
            get(f, 0.0) for f in features(t, c, lemma, src_kind, ok, after, quote)[11:]
        ]
    mid = [
        get("prev=" + (low[a - 1] if a > 0 else "<s>"), 0.0),
        get("next=" + (low[b] if b < n else "</s>"), 0.0),
        get("prev_shape=" + _shape(t, a - 1), 0.0),
        get("next_shape=" + _shape(t, b), 0.0),
    ]
    return model.prob_of(head + mid + tail)


def _position(a: int, n: int) -> str:
    return "0" if a == 0 else "1" if a * 3 < n else "2" if a * 3 < 2 * n else "3"


def _suffix(head: str) -> str:
    suffix = "ing" if head.endswith("ing") else "ed" if head.endswith("ed") else "s"
    if not head.endswith("s"):
        suffix = "ed" if suffix == "ed" else "ing" if suffix == "ing" else "base"
    return suffix


def features(
    t: _Tok, c: _Cand, lemma: str, src_kind: str, ok: bool, after: bool, quote: bool
) -> list[str]:
    """The features of one cue candidate (strings; the weights give each a value)."""
    a, b = c.cue
    low = t.low
    n = t.n
    prev = low[a - 1] if a > 0 else "<s>"
    nxt = low[b] if b < n else "</s>"
    vc = _verb_class(lemma)
    vs = f"{vc}|"
    f = [
        f"kind={c.kind}",
        f"lemma={lemma}",
        f"class={vc}",
        f"rule={ok}",
        f"src={src_kind}",
        f"class_src={vs}{src_kind}",
        f"class_rule={vs}{ok}",
        f"prev={prev}",
        f"next={nxt}",
        f"prev_shape={_shape(t, a - 1)}",
        f"next_shape={_shape(t, b)}",
        f"pos={_position(a, n)}",
        f"suffix={_suffix(low[b - 1])}",
        f"len={min(b - a, 4)}",
        f"rank={c.rank}",
        f"participle={c.participle}",
        f"cap={t.cap[a]}",
        f"titlecase={t.titlecase()}",
    ]
    if after:  # a that-clause, colon or quotation follows (`_signals._after_cue_signal`)
        f.append("signal_after")
    if quote:  # next to a quotation or colon (`_signals._quote_signal`)
        f.append("signal_quote")
    if not _QUOTE_TOKENS.isdisjoint(t.text):
        f.append("quote_in_sentence")
    return f
