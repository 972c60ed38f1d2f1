"""Acts that look like reports (LABELS.md rule 1: an action is a fact even with a reporting-like
verb): a court dismissing a case, money pledged, an object called or claimed, and the writer's
own "It says something about ..." and "a fair guess". Read by `_cues`."""

from __future__ import annotations

from framing.attribution._tokens import _QUOTE_TOKENS, _Tok
from framing.attribution._vocab import (
    _AUX,
    _BE,
    _CUE_WORDS,
    _CURRENCY_WORDS,
    _MODALS,
    _PAST_FORMS,
    _PUT_FORMS,
    _TIME_WORDS,
)

_CURRENCY_SIGNS = frozenset(("$", "£", "€", "¥", "₹"))


# the bodies whose "dismissed" is a ruling ("The court dismissed the case"), not a stance
_COURTS = frozenset(("court", "judge", "tribunal", "magistrate", "magistrates", "justices"))


def _declined_to_say(low: list[str], i: int) -> bool:
    """After "declined" (token i), "to" within four words and a cue word after it: "declined
    at first to say", "declined four times to say whether"; not "declined an invitation to the
    debate", "declined several offers to merge"."""
    for k in range(i + 1, min(len(low) - 1, i + 5)):
        if low[k] == "to":
            return low[k + 1] in _CUE_WORDS or low[k + 1] in _PUT_FORMS  # "to put the toll at"
    return False


def _court_dismisses(t: _Tok, i: int) -> bool:
    """A court's "dismissed" at token i, its subject's head right before the verb group and no
    "as" or "that" after it ("The Federal Court has dismissed a challenge"; not "Critics of the
    court dismissed the ruling as political", "The judge dismissed concerns that ...")."""
    low = t.low
    k = i - 1
    while k >= 0 and (low[k] in _AUX or low[k] in _BE or low[k].endswith("ly")):
        k -= 1
    return (
        k >= 0
        and low[k] in _COURTS
        and not any(w in ("for", "of", "outside", "at", "to", "on") for w in low[max(0, k - 3) : k])
        and "as" not in low[i + 1 : i + 5]
        and "that" not in low[i + 1 : i + 5]
    )


_GUESS_ADJECTIVES = frozenset(("fair", "safe", "good", "educated", "wild", "best", "sure"))


def _says_about(t: _Tok, i: int) -> bool:
    """A thing that "says something (a lot, much, volumes) about" ...: "It says a lot about the
    council that nobody came", "That says something about how bad things are"."""
    low = t.low
    if i == 0 or low[i - 1] not in ("it", "this", "that", "which", "what"):
        return False
    k = i + 1
    if k < t.n and low[k] == "a" and k + 1 < t.n and low[k + 1] in ("lot", "great"):
        k += 2 if low[k + 1] == "lot" else 3  # "a lot", "a great deal"
    elif k < t.n and low[k] in ("something", "much", "plenty", "volumes", "everything", "more"):
        k += 1
    else:
        return False
    return k < t.n and low[k] == "about"


_BEFORE_AMOUNT = frozenset(
    ("more", "than", "about", "around", "nearly", "almost", "a", "further", "another", "up",
     "to", "over", "some", "an", "extra")
)  # fmt: skip


def _money_after(t: _Tok, k: int) -> bool:
    """An amount of money opens at token k, after "more than", "about", "a further", "another"
    or "up to": "$1.9bn", "more than $700m", "a further 40 million euros", "Rs 500 crore"; not
    "2 million new homes"."""
    low = t.low
    while k < t.n and low[k] in _BEFORE_AMOUNT:
        k += 1
    if k >= t.n:
        return False
    w = low[k]
    if w[:1] in _CURRENCY_SIGNS or w in ("rs", "rs."):
        return True
    if not w[:1].isdigit():
        return False
    k += 1
    if k < t.n and low[k] in ("million", "billion", "bn", "m", "crore", "lakh"):
        k += 1
    return k < t.n and low[k] in _CURRENCY_WORDS


# what follows the object of an act of calling ("called the strike after talks collapsed",
# "called a recess until Monday"), not a judgement of it ("called the vote rigged")
_AFTER_CALLED = frozenset(
    ("after", "before", "for", "on", "in", "at", "as", "of", "until", "when", "while", "amid",
     "and", "that", "which", "over", "to", "from", "by", "with", "just", "shortly", "early")
)  # fmt: skip


_MONTH_OBJECTS = frozenset(("march", "marches"))


def _action_object(t: _Tok, i: int, objects: frozenset[str]) -> bool:
    """One of ``objects`` within three words after the verb at token i, with no finite verb
    after it ("claimed three lives"; not "claimed the seat had been stolen")."""
    low = t.low
    # four words after "call" ("called a 24-hour general strike"), three after the others
    for x in range(i + 1, min(i + (5 if low[i].startswith("call") else 4), t.n)):
        if low[x] in objects and not (t.cap[x] and low[x] in _MONTH_OBJECTS):
            # (not "calling itself the March 14 Group": a name)
            if x + 1 < t.n and (low[x + 1] in ("a", "an") or t.text[x + 1] in _QUOTE_TOKENS):
                return False  # "called the meeting a farce": the object named, not an action
            if low[i] == "observed" and x + 1 < t.n and low[x + 1] in _PAST_FORMS:
                return False  # "Monitors observed the ceasefire held": its clause
            if (
                low[i].startswith("call")
                and x + 1 < t.n
                and t.text[x + 1][:1].isalpha()
                and low[x + 1] not in _AFTER_CALLED
                and low[x + 1] not in _TIME_WORDS
            ):
                return False  # "Critics called the referendum illegal": the object judged
            return not any(
                (low[k] in _AUX or low[k] in _BE or low[k] in _MODALS)
                and not t.cap[k]
                and not (k == x + 1 and low[k] in ("'s", "’s"))  # "a minute's silence"
                for k in range(x + 1, min(x + 6, t.n))
            )  # a finite verb after it, not the month "May"
    return False


# after "notified"/"informed" + its listener, what makes a content: "that", "of", "about", a
# colon or a quotation ("notified the commission on June 29" is an act)
_TOLD_WHAT = frozenset(("that", "of", "about", ":", "whether", "how", "why", "what", "when"))
# a place a description is printed in: "It is described in a paper published this week"
_PRINTED_IN = frozenset(("paper", "study", "journal", "article", "report", "monograph", "issue"))
# counts that are seen, not what was said: "has seen hundreds like it", "saw a 20% rise"
_SEEN_COUNTS = frozenset(("hundreds", "thousands", "dozens", "millions", "many", "several"))
# what stands between "than" and the verb of a comparison: "than many had hoped"
_THAN_SUBJECTS = _AUX | {"many", "most", "some", "few", "had"}


def _act_use(t: _Tok, i: int, lemma: str) -> bool:
    """Uses of a cue verb at token i that report an act or an experience, no content (LABELS.md
    rule 1): "found out", "called off", "called in auditors", "notified the commission on June
    29" (no "that"/"of" after it), "It is described in a paper published in Zootaxa" (a species'
    description), "shows promise", "has seen hundreds like it", a gerund after "Good luck"
    ("Good luck explaining that to the cat"), "was widely read", and a verb in a comparison
    ("less durable than many had hoped")."""
    low = t.low
    rest = low[i + 1 :]
    if lemma == "find" and rest[:1] == ["out"]:
        return True  # "found out two years ago that he has hepatitis C": learning it, no finding
    if lemma == "call" and (
        rest[:1] in (["off"], ["up"]) or (rest[:1] == ["in"] and rest[1:2] != ["to"])
    ):
        return True  # "called off", "called in an outside firm" (not "called in to a show to say")
    if (
        lemma in ("notify", "inform")
        and i + 1 < t.n
        and low[i + 1] not in _TOLD_WHAT
        and not ("," in t.text[:i] and t.n - i <= 6)  # a tail: "..., the ministry informed him."
    ):
        # a clause without "that" is a content: "informed the committee he was willing"
        clause = rest[: rest.index(",")] if "," in rest else rest
        return (
            _TOLD_WHAT.isdisjoint(rest)
            and not any(x in _QUOTE_TOKENS for x in t.text[i:])
            and not any(w in _AUX or w in _BE or w in _MODALS for w in clause)
        )
    if (
        lemma == "describe"
        and i > 0
        and low[i - 1] in _BE
        and "in" in rest[:3]  # "is described in a paper", "in detail in a paper"
        and "as" not in rest
        and not _PRINTED_IN.isdisjoint(rest[:6])
    ):
        return True
    if lemma == "promise" and i > 0 and low[i - 1] in ("show", "shows", "showed", "showing"):
        return True
    if lemma == "see" and rest[:1] and (rest[0] in _SEEN_COUNTS or rest[0][:1].isdigit()):
        return True
    if i > 1 and low[i - 2 : i] == ["good", "luck"]:
        return True
    if lemma == "read" and i > 0 and low[i - 1] == "widely" and "as" not in rest:
        return True  # "The book was widely read.": its readers, no content
    k = i - 1
    while k >= 0 and i - k <= 4 and low[k] in _THAN_SUBJECTS:
        k -= 1
    return k >= 0 and low[k] == "than" and i - k <= 4
