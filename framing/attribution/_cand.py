"""A cue candidate of a sentence and the verb group to its left (shared by the cue finders
`_cues` and `_hearsay`, and by `_sources`, `_evidence` and `_learned`)."""

from __future__ import annotations

from framing.attribution._tokens import _Tok
from framing.attribution._vocab import (
    _AUX,
    _CUE_ADVERBS,
    _DETS,
    _NEG,
    CATENATIVE_VERBS,
    PRONOUN_SOURCES,
    _lemma_of,
)


class _Cand:
    """One attribution found in a sentence (token indices into its _Tok)."""

    __slots__ = (
        "cue", "drop", "kind", "participle", "rank", "res", "restrictive", "src", "statement",
    )  # fmt: skip

    def __init__(self, cue: tuple[int, int], kind: str) -> None:
        self.cue = cue  # token range [a, b)
        self.kind = kind  # "verb", "according", "hearsay"
        self.src: tuple[int, int] | None = None  # token range [a, b)
        self.res: tuple[int, int] | None = None  # antecedent of "who" (token range)
        self.participle = False  # shares the subject of another verb
        self.rank = 0  # 1: subordinate (sentence-initial participle, relative clause)
        self.drop = False  # seen not to attribute content (an action, an infinitive of purpose)
        self.restrictive = False  # in a relative clause without a comma: "people who say ..."
        self.statement = False  # "issued a statement" with no content after it (an action)


_WISHING = frozenset(("would", "'d", "’d", "should"))
# what one wishes to see or know, not to say ("Residents would really like to see ...")
_WISHED = frozenset(("see", "know", "think", "hear", "believe", "find", "learn", "understand"))


def _wished(low: list[str], k: int, i: int) -> bool:
    """ "like"/"love" at k after "would" or "'d" (an adverb may stand between: "would really
    like to") before a verb of seeing or knowing at i: a wish ("would like to see the park
    reopened"), not a statement ("The council would like to point out that ...")."""
    return low[i] in _WISHED and any(w in _WISHING for w in low[max(0, k - 2) : k])


_HAVE_US = frozenset(("us", "you", "me"))
_HAVE_BELIEVE = frozenset(("believe", "think", "accept"))
_HAVE_FORMS = frozenset(("have", "has", "had"))
_HAVE_MODALS = frozenset(("would", "'d", "’d", "will", "could", "might", "had"))


def _have_believe(low: list[str], k: int) -> int:
    """The "have" of "would have us believe" whose object ends at token k ("us", "us all",
    "voters", "the world"; before it a modal, or "had" itself: "had us believe", "would have
    had us believe"), or -1."""
    for m in range(k - 1, max(0, k - 3) - 1, -1):
        if low[m] in _HAVE_FORMS:
            obj = low[m + 1 : k + 1]
            plain = (
                len(obj) == 1
                or (obj[0] in _HAVE_US and obj[1:] == ["all"])
                or (obj[0] == "the" and len(obj) == 2)
            )
            if plain and all(x.isalpha() for x in obj):
                return m if low[m] == "had" or (m > 0 and low[m - 1] in _HAVE_MODALS) else -1
            return -1
    return -1


# nouns that end in "-ly" and stand before a cue as its subject, not an adverb: "Varghese's
# family said", "the assembly voted" (capitalised names never reach the test: "Kelly said")
_LY_NOUNS = frozenset(("family", "assembly", "rally", "supply", "monopoly", "anomaly", "ally"))


def _cue_left(t: _Tok, i: int) -> int:
    """Extend a cue at token i leftwards over auxiliaries, adverbs and catenatives."""
    low = t.low
    a = i
    k = i - 1
    steps = 0
    while k >= 0 and steps < 6:
        w = low[k]
        if t.cap[k] and (k > 0 or (w not in _CUE_ADVERBS and w not in _AUX) or w == "may"):
            break  # "May said": a name (a modal before a verb of saying opens no sentence)
        if w in ("'s", "’s") and k > 0 and t.cap[k - 1] and low[k - 1] not in PRONOUN_SOURCES:
            break  # "McDonald's said": the name's possessive, not "has"
        if (
            w in _AUX
            or w in _NEG
            or w in _CUE_ADVERBS
            or (w == "yet" and k > 0 and (low[k - 1] in _NEG or low[k - 1] in _AUX))  # "not yet"
            or (
                w.endswith("ly")
                and len(w) > 4
                and w not in _LY_NOUNS
                and not (k > 0 and (low[k - 1] in _DETS or low[k - 1] in ("'s", "’s")))
            )
        ):
            a = k
        elif w == "to" and k > 0 and (low[k - 1] in CATENATIVE_VERBS or low[k - 1] in _AUX):
            if low[k - 1] in ("like", "love") and _wished(low, k - 1, i):
                break  # "would like to see": a wish; "Ministers like to say": a habit of saying
            a = k - 1
            k -= 1
        elif low[i] in _HAVE_BELIEVE and (h := _have_believe(low, k)) > 0:
            a = h  # "would have us believe", "had voters believe": their claim, our doubt
            k = h
        elif w == "to" and k > 1 and low[k - 1] == "on" and _lemma_of(low[k - 2]) == "go":
            a = k - 2
            k -= 2
        else:
            break
        k -= 1
        steps += 1
    return a
