"""Passives of a decision or a reaction with no agent ("The plan was rejected", "The move was
widely criticised"): the subject is what was acted on, never a speaker. Read by the source
finder (`_sources._verb_source`)."""

from __future__ import annotations

from framing.attribution._cand import _Cand
from framing.attribution._evidence import _src_kind
from framing.attribution._phrases import _np_left
from framing.attribution._tokens import _Tok
from framing.attribution._vocab import _BE, _MODALS, _NEG

# verbs of a decision or a reaction whose passive subject is what was acted on, never a speaker
# (with no "by" agent): decisions are acts, no attribution ("The plan was rejected", "The case
# was dismissed", "Shaking was felt in Istanbul"); reactions, and decisions with "as", keep
# their cue with no source ("The move was widely criticised", "rejected as unworkable"); "The
# students are opposed" is their own stance, left out here
_RECEIVED_ACTS = frozenset(
    ("reject", "endorse", "dismiss", "back", "accept", "support", "approve", "overrule",
     "uphold", "feel", "pledge")
)  # fmt: skip
_RECEIVED_STANCES = frozenset(
    ("criticise", "criticize", "condemn", "praise", "hail", "applaud", "slam", "welcome",
     "question", "dispute", "challenge", "deny")
)  # fmt: skip
# what is denied as an act, not a statement: "Bail was denied", "His request was denied"
_DENIED_THINGS = frozenset(
    ("bail", "request", "requests", "permission", "access", "application", "applications",
     "entry", "visa", "visas", "appeal", "appeals", "parole", "asylum", "leave", "licence",
     "license")
)  # fmt: skip


def _people_before(t: _Tok, a: int) -> bool:
    """The phrase before token a names people ("Several witnesses", "Two men", "She")."""
    s = _np_left(t, a - 1) if a > 0 else -1
    return s >= 0 and _src_kind(t, (s, a)) in ("person", "pron")


def _received_passive(t: _Tok, c: _Cand, lemma: str) -> str | None:
    """What a passive of a decision or a reaction with no "by" agent is: "drop" for an act
    ("Some 4,000 ballots were rejected", "The case was dismissed", "Two men were questioned",
    "Bail was denied") or for the writer's own judgement ("must be condemned", "couldn't be
    disputed"); "hearsay" for unnamed people's stance, a claim without a source ("The fence has
    been criticized", "The allegation is denied", "The plan was rejected as unworkable"); None
    when the cue is no such passive."""
    low = t.low
    n = t.n
    a, b = c.cue
    be = b - 3 if b - a >= 3 and low[b - 2].endswith("ly") else b - 2  # "has been widely ..."
    if (
        b - a >= 2
        and low[be] in _BE
        and not low[b - 1].endswith("ing")  # "is backing": active
        and (lemma in _RECEIVED_ACTS or lemma in _RECEIVED_STANCES)
        and "by" not in low[b : b + 8]
        and not (b < n and low[b] == "that")  # "it was felt that": hearsay
        and not (b < n and low[b] == "to" and lemma == "feel")  # "was felt to be": hearsay
    ):
        # "The claims were dismissed as fake news": a decision with a judgement ("Shaking was
        # felt as far away as Istanbul" is none)
        judged = b < n and low[b] == "as" and lemma in ("reject", "dismiss")
        if (
            (lemma in _RECEIVED_ACTS and not judged)
            or (lemma == "question" and _people_before(t, a))
            or (lemma == "deny" and a > 0 and low[a - 1] in _DENIED_THINGS)
        ):
            # "Some 4,000 ballots were rejected", "The case was dismissed", "Two men were
            # questioned", "Bail was denied": an act on the subject, which is no speaker
            return "drop"
        if (
            low[be] in ("be", "being")
            or any(w in _MODALS or w in _NEG for w in low[a:b])
            or (lemma == "deny" and b < n and low[b].isalpha() and low[b] not in ("as", "by"))
        ):
            # "must be condemned", "couldn't be disputed", "are being questioned", "were denied
            # entry": the writer's own judgement or an act, nobody's reported stance
            return "drop"
        # "The fence has been criticized", "The allegation is denied", "The plan was rejected as
        # unworkable": unnamed people's stance, a claim without a source (the subject is what
        # they judged); a hearsay cue, which the learned check does not weigh
        return "hearsay"
    return None
