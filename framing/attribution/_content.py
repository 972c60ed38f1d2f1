"""Cues that report no content: "said nothing", "declined to comment", "would not elaborate",
"Several residents spoke during the public comment period", "has so far claimed 165 lives"
(LABELS.md: not an attribution). Read by `_sources` for every verb cue."""

from __future__ import annotations

from framing.attribution._signals import _FINITE, _thatless_clause
from framing.attribution._tokens import _QUOTE_TOKENS, _Tok
from framing.attribution._vocab import (
    _CUE_WORDS,
    _NO_CONTENT,
    _NOT_KNOW,
    _PRONOUN_STANCES,
    _REFUSED_SPEECH,
    _TIME_WORDS,
    _WH_WORDS,
    HEARSAY_ADVERBS,
)

# what may follow "it"/"this"/"that" as a verb's object at a sentence's end: "mentioned it earlier"
_AFTER_OBJECT = _TIME_WORDS | {"earlier", "again", "too", "first", "once"}
# nouns of time after "this"/"that": "said this morning", "announced that week" (no object)
_TIME_NOUNS = _TIME_WORDS - {
    "yesterday", "today", "tonight", "earlier", "later", "ago", "last", "this", "early", "late",
    "next", "past", "to-day", "to-night", "to-morrow",
}  # fmt: skip

# verbs that, negated with nothing after them, say that nothing was said
_UNANSWERED = frozenset(("answer", "reply", "respond", "say", "speak", "return", "explain"))
_REFUSALS = frozenset(("decline", "not", "n't", "'t", "’t", "never", "no"))  # "wouldn't"
_NEGATIVE_SUBJECTS = frozenset(("neither", "nobody", "none", "no"))
_CLAUSE_PREPS = frozenset(("in", "on", "at", "during", "to", "with"))
# "know" reports a held content only when it is not negated and no question follows it ("She
# doesn't even know who the rebels are", "I don't know if he sees"). On PolNeAR train this
# removes 80 of our "know" cues that miss its gold and 10 that hit it ("she knows how to use
# it"); "known as" stays (half of ours are gold there)


# what follows "spoke" when someone took the floor and no content is given
_SPOKE_WHERE = frozenset(
    ("during", "at", "in", "on", "for", "before", "after", "from", "outside", "briefly", "first")
)


_TOLL_WORDS = frozenset(("lives", "life", "victims", "casualties"))
# where the words after "said nothing" / "said little" stop being its object: an aside, a
# relative ("nothing that would reassure") or a preposition ("nothing about what she saw")
_ASIDE_OPENERS = frozenset(
    ("which", "who", "whose", "because", "but", "while", "when", "as", "that", "about", "of",
     "on", "to", "for", "in", "at", "during", "after", "before", "since", "with", "beyond")
)  # fmt: skip
# what after "'s" makes it "is" or "has" ("the chief's been", "the victim's a local man")
_OWNED_NOT = frozenset(("a", "an", "the", "been", "not", "no", "never", "being", "going"))
# after "spoke to the board": what was said, in a phrase ("against the merger", "of his fear",
# "in support of the plan", "on behalf of", "over the cuts")
_STANCE_WORDS = frozenset(("against", "of", "for", "on", "over", "regarding", "support"))
_STANCE_AFTER_IN = frozenset(("support", "defence", "defense", "favour", "favor", "opposition"))
# what opens the listener after "spoke to" ("spoke to this newspaper", "talked to the referee")
_DETS_AND_OWNERS = frozenset(
    ("the", "a", "an", "this", "that", "our", "his", "her", "their", "its", "my", "your")
)


# past forms that make a clause after "testified" ("... the company knew about the leak")
_IRREGULAR_PASTS = frozenset(
    ("knew", "had", "was", "were", "did", "made", "took", "told", "gave", "saw", "went", "came",
     "said", "thought", "found", "left", "kept", "got", "paid", "sent", "lost", "sold", "met")
)  # fmt: skip


def _clause_in(t: _Tok, b: int, owners: bool = False) -> bool:
    """A finite verb (an auxiliary or a common irregular past) after token b before the clause
    ends at a comma, full stop or semicolon: "testified before the committee (that) the agency
    had lost track"; not "testified for three hours before the committee", nor "testified in
    the trial of an officer charged with murder"."""
    low = t.low
    for k in range(b, t.n):
        w = low[k]
        if w in (",", ".", ";") and k > b:
            return False
        if owners and w in ("'s", "’s") and k + 1 < t.n and low[k + 1] not in _OWNED_NOT:
            continue  # with ``owners``: "the envoy's whereabouts" owns, it is no "is"
        if w in _FINITE or w in _IRREGULAR_PASTS or (w.endswith("ing") and w in _CUE_WORDS):
            return True  # ... or "testified before the Senate urging ...": what he urged
    return False


def _finite_after(low: list[str], k: int) -> bool:
    """A finite verb from token k on, before an aside opens: "said nothing had been decided",
    "said little, if anything, would change" (what was said); not "said little after the
    defeat", "said nothing when asked about the deal", "said nothing clear, made no offer"."""
    for j in range(k, len(low)):
        w = low[j]
        if w in _ASIDE_OPENERS:
            return False
        if (
            w == ","
            and j + 1 < len(low)
            and (low[j + 1] in _IRREGULAR_PASTS or low[j + 1].endswith("ed"))
        ):
            return False  # "said nothing clear, made no counteroffer": the next verb is theirs
        if w in _FINITE or w in _IRREGULAR_PASTS:
            return True
    return False


def _past_aside(low: list[str], b: int) -> int:
    """The "to" after a short aside that opens at token b ("declined, however, to say", "refused,
    once again, to comment"); b itself where no such aside stands."""
    if b < len(low) and low[b] == ",":
        for k in range(b + 1, min(len(low) - 1, b + 5)):
            if low[k] == ",":
                return k + 1 if low[k + 1] == "to" else b
    return b


def _stance_after(low: list[str], b: int) -> bool:
    """Within the four words after the listener of "spoke to" (token b on), a phrase that gives
    what was said: "the board against the merger", "the jury of his fear", "the council in
    support of the plan" (not "at the camp after a run of 30 kilometres": where and when)."""
    for k in range(b + 1, min(len(low), b + 5)):
        if low[k] in _STANCE_WORDS or (
            low[k] == "in" and k + 1 < len(low) and low[k + 1] in _STANCE_AFTER_IN
        ):
            return True
        if low[k] in ("at", "after", "before", "during", "in", "on", ",", "."):
            return False
    return False


def _no_content(t: _Tok, a: int, b: int, lemma: str) -> bool:
    """A cue that reports no content: "said nothing", "declined to comment", "would not
    elaborate" (LABELS.md: not an attribution)."""
    low = t.low
    if b < t.n and low[b] == "nothing" and not _finite_after(low, b + 1):
        return True  # "Police said nothing about the motive"; not "said nothing had changed"
    k = b + 1 if b + 1 < t.n and low[b] in ("very", "so") else b
    if lemma == "say" and k < t.n and t.text[k] == "little" and not _finite_after(low, k + 1):
        return True  # "The coach said (very) little after the defeat"; not "said Little"
    if (
        lemma == "claim"
        and any(w in _TOLL_WORDS for w in low[b : b + 5])
        and not _thatless_clause(t, b)
        and not any(w in _FINITE for w in low[b : b + 8])  # "claimed life in the camp had"
        and not any(w in HEARSAY_ADVERBS for w in low[a:b])  # "reportedly claimed two lives"
    ):
        return True  # "The outbreak has so far claimed at least 165 lives": a death toll
    if (
        lemma in ("speak", "testify")
        and b < t.n
        and low[b] in _SPOKE_WHERE
        and not any(x in _QUOTE_TOKENS or x in (":", "that") for x in low[b:])
        and (lemma == "speak" or not _clause_in(t, b))
    ):
        return True  # "Several residents spoke during the public comment period.": an event
        # ("testified for three hours before the committee": the same)
    if (
        lemma in ("speak", "talk")
        and low[b - 1] == "to"
        and b < t.n
        and low[b] in _DETS_AND_OWNERS
        and not any(x in _QUOTE_TOKENS or x in (":", "that", "about", "saying") for x in low[b:])
        and not _clause_in(t, b)
        and not _stance_after(low, b)
    ):
        return True  # "She spoke to this newspaper at the camp after a run.": a meeting
    if (
        b + 2 == t.n
        and low[b] in ("me", "us")
        and t.text[b + 1] in (".", "!", "?")
        and not any(x in _QUOTE_TOKENS or x in (",", ":", ";", "—", "–") for x in t.text[:a])
    ):
        return True  # "He's trying to attack me.", "She warned us.": no content
    if (
        b < t.n
        and low[b] in ("it", "this", "that")
        and lemma not in _PRONOUN_STANCES
        and not (low[b] != "it" and b + 1 < t.n and low[b + 1] in _TIME_NOUNS)
    ):  # (not "..., the office said this morning.": a time, no object)
        e = b + 1
        if e < t.n and low[e] in _AFTER_OBJECT:
            e += 1  # "The governor mentioned it earlier."
        if e < t.n and t.text[e] in (".", "!") and all(x in _QUOTE_TOKENS for x in t.text[e + 1 :]):
            return True  # "it knew it.", "Everybody believes that.": nothing reported
    words = {"decline" if w.startswith(("declin", "refus")) else w for w in low[a:b]}
    if (
        0 < a < 10
        and low[0] in _NEGATIVE_SUBJECTS
        and lemma != "know"
        and (
            (b < t.n and (low[b] in _WH_WORDS or low[b] in ("whether", "if")))
            or lemma in _NO_CONTENT
            or lemma == "comment"
        )
    ):
        words.add("not")  # "Neither side has said how ...", "None of the parties would comment"
    if lemma in _NO_CONTENT or lemma == "comment":
        return bool(words & _REFUSALS)
    if lemma in ("talk", "speak") and words & _REFUSALS and low[b - 1] in ("about", "of"):
        return True  # "Kolb will not talk about that part of it": a refusal, nothing said
    if (
        lemma in _UNANSWERED
        and words & _REFUSALS
        and "that" not in low[b:]
        and not any(x in _QUOTE_TOKENS for x in t.text)
        and (b >= t.n or t.text[b] in (",", ".", ";", "!"))
    ):
        return True  # "He didn't answer, so I went down", "She did not reply.": nothing said
    if lemma == "know" and (
        bool(words & _NOT_KNOW)
        or (b < t.n and low[b] in _WH_WORDS and not (a > 0 and low[a - 1] == "to"))
    ):
        return True  # "doesn't even know who ...", "I don't know if ..."; not "want to know if"
    if not (words & _REFUSALS):
        return False
    b = _past_aside(low, b)  # "declined, however, to say more": what follows the aside
    if (
        lemma in _REFUSED_SPEECH
        and (b >= t.n or t.text[b] in (".", ";", "!"))
        and not any(x in _QUOTE_TOKENS for x in t.text)
    ):
        return True  # "Terms of the deal were not disclosed.", "The club did not say."
    if b + 1 < t.n and low[b] == "to" and low[b + 1] in _NO_CONTENT:
        return True
    w = b + 1 if b + 1 < t.n and low[b].endswith("ly") else b  # "have not said publicly how"
    if (
        lemma in _REFUSED_SPEECH
        and w < t.n
        and (low[w] in ("whether", "if") or low[w] in _WH_WORDS)
    ):
        return True  # "did not say whether he would run", "would not confirm how many"
    if (
        lemma in _REFUSED_SPEECH
        and w < t.n
        and t.text[w][:1].isalpha()
        and low[w] != "by"  # "could not be confirmed by Reuters": a passive's agent
        and "that" not in low[w:]
        and not _clause_in(t, w, owners=True)
        and not any(x in _QUOTE_TOKENS for x in t.text[w:])
    ):
        return True  # "Police would not confirm the identity of the victim": a refusal
    # "declined to say how much", "refused to discuss the terms": a refusal, no content
    j = b + 2 if b + 1 < t.n and low[b] == "to" and low[b + 1] in _REFUSED_SPEECH else b
    if j < t.n and (low[j] == "that" or (low[j] in _CLAUSE_PREPS and "that" in low[j : j + 12])):
        return False  # "refused to say in an interview that ...": a content after all
    return "decline" in words and (
        low[b - 1] in _REFUSED_SPEECH
        or (b + 1 < t.n and low[b] == "to" and low[b + 1] in _REFUSED_SPEECH)
    )
