"""Evidence: what kind of source a cue has, and whether the cue has enough evidence to be an
attribution (the rules of `_accept`, checked by the learned model of `_learned`). Read by
`_sources`, which finds the sources."""

from __future__ import annotations

from framing.attribution import _learned
from framing.attribution._cand import _Cand
from framing.attribution._figures import _NUMBER_WORDS
from framing.attribution._heads import _head
from framing.attribution._signals import (
    _after_cue_signal,
    _manner_signal,
    _out_after,
    _quote_signal,
    _tail_position,
    _thatless_clause,
)
from framing.attribution._tokens import (
    _QUOTE_TOKENS,
    _Tok,
)
from framing.attribution._vocab import (
    _ABSTRACT_SUBJECTS,
    _AGENT_EXCEPTIONS,
    _AGENT_HEADS,
    _AGENT_SUFFIXES,
    _AUX,
    _BE,
    _COGNITION_SET,
    _CONTACT_VERBS,
    _CUE_WORDS,
    _DEMONSTRATIVES,
    _DETS,
    _EVIDENCE_SET,
    _FEMALE_WORDS,
    _FIGURE_FORMS,
    _FINDINGS,
    _HEARING_BODIES,
    _ISSUED_DOCUMENTS,
    _MALE_WORDS,
    _MANNER,
    _MIND_VERBS,
    _MODALS,
    _MONTHS,
    _NEG,
    _PERSON_NOUNS,
    _PERSON_THAT,
    _PHRASAL_ONLY,
    _QUOTE_ONLY,
    _RECEIVED_THINGS,
    _RECEPTION_VERBS,
    _ROLE_NOUNS,
    _SHARE_HEADS,
    _SPEECH_STRONG_SET,
    _SPEECH_WEAK,
    _THAT_ONLY,
    _THATLESS,
    DOCUMENT_NOUNS,
    PRONOUN_SOURCES,
    _inflect,
    _lemma_of,
)

# verbs of saying that also read as "indicate": with a thing for subject, the writer reads it
_READING_VERBS = frozenset(("suggest", "reveal", "conclude", "signal"))

# what a study or an analysis does with its findings: "Our analysis shows that ..."
_FINDING_READS = frozenset(("show", "find", "indicate", "suggest", "reveal", "conclude"))
# the writer's own work as the subject of those ("Our data show", not "Our poll finds")
_OWN_WORK = frozenset(
    ("analysis", "analyses", "research", "data", "examination", "investigation", "review",
     "reporting", "study", "studies", "findings", "results", "work", "book", "article", "report",
     "calculations", "estimates", "figures", "examples", "experience")
)  # fmt: skip

# what a number after it is not a count of speakers for: an amount, a tally's second figure
_NUMBER_BEFORE = frozenset(("$", "£", "€", "¥", "to", "no", "no."))

_KIN = _MALE_WORDS | _FEMALE_WORDS  # "her husband", "the mother"

# nouns for a people taken as one: a share of them speaks or holds a view
_PEOPLE_AS_ONE = frozenset(("population", "public", "electorate", "workforce", "nation"))


def _share_of_people(t: _Tok, src: tuple[int, int], h: int) -> bool:
    """The source is a share ("a majority", "Nine percent") alone or of people ("of all
    voters", "of those polled", "of Kenyans"; not "Most of the funds")."""
    if t.low[h] not in _SHARE_HEADS:
        return False
    if h + 1 >= src[1]:
        return True
    if t.low[h + 1] != "of" or h + 2 >= src[1]:
        return False
    last = t.low[src[1] - 1]
    return (
        last.endswith("ed")
        or last in ("them", "us", "those", "respondents")
        or last in _PEOPLE_AS_ONE  # "30 percent of the population thinks"
        or _src_kind(t, (h + 2, src[1])) in ("person", "pron")
        or _agent_noun(t, (h + 2, src[1]))
    )


def _cited(t: _Tok, src: tuple[int, int]) -> bool:
    """The source ends in a year in brackets: "Holm and Sundqvist (1986)", "Ruiz et al. (2019)"."""
    e = src[1]
    if e - src[0] < 4 or t.text[e - 1] != ")" or t.text[e - 3] != "(":
        return False
    year = t.text[e - 2]
    return len(year) == 4 and year.isdigit() and year[:2] in ("18", "19", "20")


def _src_kind(t: _Tok, src: tuple[int, int] | None, shared: bool = False) -> str:
    """What the source is: "pron", "doc", "person" (a name, title, organisation, group),
    "other"; "person" for a shared subject, "" for none."""
    if src is None:
        return "person" if shared else ""
    if _cited(t, src):
        return "doc"  # "Lauritzen (1991) found ...": a cited work speaks as a document
    if src[1] - src[0] > 3 and (
        t.low[src[1] - 1] in _CONTACT_VERBS or t.low[src[1] - 2] in _CONTACT_VERBS
    ):
        return "person"  # "A farmer I spoke to": someone the writer met
    if "whose" in t.low[src[0] + 1 : src[1] - 1]:
        w = t.low.index("whose", src[0] + 1)
        if _CUE_WORDS.isdisjoint(t.low[w + 1 : src[1]]):
            # "Families whose homes were flooded": what the phrase before the clause is (not
            # "Parents whose children were hurt said the school": a clause with its own cue)
            return _src_kind(t, (src[0], w))
    h = _head(t, src)
    head = t.low[h] if h >= src[0] else ""
    if head in PRONOUN_SOURCES or head == "that":
        return "pron"
    if h == src[0] == src[1] - 1 and head in _ABSTRACT_SUBJECTS:
        return "other"  # "History shows that ...", "Experience tells us": capitalised, no name
    if head in DOCUMENT_NOUNS:
        return "doc"
    if (
        t.cap[h]
        or head in _AGENT_HEADS
        or _people_subject(t, src, head)
        or (head in _SHARE_HEADS and _share_of_people(t, src, h))  # "19 percent of voters"
        or (head[:1].isdigit() and _counted(t, src, h))
        or (head.endswith("s") and head[:-1] in _AGENT_HEADS)  # "two unions"
    ):
        return "person"
    return "other"


def _sides(t: _Tok, src: tuple[int, int]) -> bool:
    """The source is the parties to a dispute: "Each side", "Both sides", "Both parties"."""
    h = _head(t, src)
    return t.low[h] in ("side", "sides", "parties") and h > src[0] and t.low[h - 1] in _PARTY_SIDES


_PARTY_SIDES = frozenset(("each", "both", "neither", "either", "two"))


def _counted(t: _Tok, src: tuple[int, int], h: int) -> bool:
    """A number heading the source counts people ("Of the 312 submissions, 44 asked", "49
    object"), unless the source is that number alone and it is a year ("2017 saw"), an amount
    ("$1,000 to show"), a decimal, a list's number ("3. Trump said") or a vote's tally or a
    date ("voted 5 to 2 to ask", "on March 5 to call for")."""
    if any(not (w[:1].isdigit() or w in (",", ".")) for w in t.text[src[0] : src[1]]):
        return True  # "two unions", "35 people", "10 percent of voters"
    word = "".join(t.text[src[0] : src[1]])
    before = t.low[src[0] - 1] if src[0] > 0 else ""
    after = t.text[src[1]] if src[1] < t.n else ""
    return not (
        (
            len(word) == 4
            and word.isdigit()
            and word[:2] in ("10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20")
            and t.low[0] != "of"  # "Of the 5,000 letters, 1500 asked": a count
        )
        or "." in word
        or before in _NUMBER_BEFORE
        or before in _MONTHS
        or (src[0] == 0 and after in (".", ")"))
    )


def _people_subject(t: _Tok, src: tuple[int, int], head: str) -> bool:
    """A plural noun of people or bodies (`lexicons/person_nouns.txt`) heads a source that opens
    the sentence: "Many families here believe the pit is finished", "Taxi companies reported
    record business"; not the writer's own ("Our families"), nor inside a clause ("how victims
    believe", "which is derided by locals")."""
    return (
        head in _PERSON_NOUNS
        and head.endswith(("s", "men", "people"))  # "families", "fishermen", "townspeople"
        and all(x in _QUOTE_TOKENS or x.lower() in ("and", "but") for x in t.text[: src[0]])
        and t.low[src[0]] not in ("our", "my", "your")
    )


def _decide(
    t: _Tok,
    c: _Cand,
    lemma: str,
    src: tuple[int, int] | None,
    shared: bool = False,
    kind: str | None = None,
) -> bool:
    """The rules' decision (`_accept`), checked by the learned model when it is installed
    (``kind``: the kind of source when the caller knows it, else `_src_kind`)."""
    a, b = c.cue
    if kind is None:
        kind = _src_kind(t, src, shared)
    if (
        kind == "other"
        and lemma == "blame"
        and src is not None
        and _sides(t, src)
        and not any(w in _BE for w in t.low[a:b])  # not "Each side was blamed"
    ):
        kind = "person"  # "Each side blamed the other for ...": the parties to a dispute
    if _writers_own(t, c, lemma, src, kind):
        return False  # no evidence outweighs these, the learned check's included
    after = _after_cue_signal(t, b) or (
        lemma in _THATLESS
        and (
            lemma not in _COGNITION_SET
            or _plain_belief(t, a, b, kind)
            # a job word holds a belief as a person does: "The coach hopes his striker will"
            or (
                kind == "other"
                and _agent_noun(t, src, roles=True)
                and _plain_belief(t, a, b, be=True)
            )
        )
        and _thatless_clause(t, b)
        and (lemma != "maintain" or _be_clause(t, a, b))
    )
    quote = _quote_signal(t, a, b)
    if src is not None and (
        (src[1] == a and _tail_position(t, a, b)) or (lemma in _AS_VERBS and _as_after(t, b))
    ):
        # "..., the agency estimates.": the tail's clause is its content; "remember her as
        # exacting": the words after "as" are
        after = True
    ok = _accept(t, c, lemma, src, kind, after or quote, quote)
    model = _learned.MODEL
    collect = _learned.COLLECT
    if model is None and collect is None:
        return ok
    stands = (
        after
        or quote
        or (lemma in _COGNITION_SET and _object_to(t, b))
        or (lemma == "adj" and _infinitive_after(t, b))
        or (lemma in _GERUND_CONTENT and _gerund_after(t, b))
        or (lemma == "clear" and t.low[a] in _FIGURE_FORMS)
        or (lemma == "voice" and b < t.n and t.low[b] in _VOICED)  # "voiced support for"
        or (  # "Local MPs backed the dockers": a stance (wave 16), the learned check at its edge
            lemma == "back" and kind == "person" and b < t.n and t.text[b][:1].isalpha()
        )
        or (
            lemma == "rule"  # "has not ruled out", "would not rule it out" (_cues), by someone:
            and b < t.n
            and _out_after(t, b - 1)
            and src is not None
            and t.low[src[0]] not in _NOT_SPEAKERS
            and (kind in ("person", "pron") or (kind == "other" and _agent_noun(t, src)))
        )  # not "a dry outlook does not rule out a wet month", "This does not rule out"
        or (lemma == "report" and src is not None and _reported_object(t, c))
        or (  # "The union welcomed the decision", "The ruling was condemned by lawyers"
            lemma in _RECEPTION_VERBS and src is not None and _received_thing(t, c)
        )
        or (  # "Police have advised motorists to avoid the area": an authority's advice
            lemma in _ADVICE_VERBS and kind in ("person", "other") and _object_to(t, b)
        )
        or (
            lemma in _FORECAST_VERBS
            and kind == "person"
            and t.low[b - 1] != "project"  # "a demonstration project involving ...": a noun
            and t.low[a] not in ("'s", "’s")  # "the city's estimated 15,000 vehicles"
            and _figure_after(t, b)
        )
    )
    if ok and stands and collect is None:
        # a that-clause, colon or quotation next to the cue, or an object and "to" after a
        # cognition verb ("wants residents to report"): the rules' word stands
        return True
    if collect is not None:
        feats = _learned.features(t, c, lemma, kind, ok, after, quote)
        collect.append((t.start(a), t.end(b - 1), feats, ok))
        if model is None:
            return ok
        p = model.prob(feats)
    else:
        p = _learned.score(t, c, lemma, kind, ok, after, quote)
    assert model is not None
    if ok:
        return after or quote or p >= model.keep_below
    return p >= model.rescue_above


def _plain_belief(t: _Tok, a: int, b: int, kind: str = "person", be: bool = False) -> bool:
    """A belief verb held by a person or group, plainly stated: "Economists at the big banks
    now reckon rates will fall"; not under a modal, a negation or "to" ("may fear", "don't
    believe", "daring to believe"), nor held by anyone else ("how victims believe"); with
    ``be``, a progressive's "is" allowed ("The coach is hoping his striker will be fit")."""
    return kind == "person" and not any(
        w in _MODALS
        or w in _NEG
        or (w in _AUX and not (be and w in _BE))
        or w in ("to", "do", "does", "did", "n't")
        for w in t.low[max(a - 1, 0) : b - 1]
    )


# what is voiced as a stance: "Shopkeepers voiced support for the pedestrian zone"
_VOICED = frozenset(
    ("concern", "concerns", "support", "opposition", "fears", "doubts", "anger", "frustration",
     "alarm", "dismay", "objections", "reservations", "hope", "optimism", "scepticism",
     "skepticism")
)  # fmt: skip


# pronouns that stand for a thing or a fact, not a speaker keeping a possibility open
_NOT_SPEAKERS = frozenset(("it", "this", "that", "these", "those", "which"))

# "denied having given any instruction", "admitted taking the money": what the gerund says is
# what was denied or admitted (not "denied bail", "denied funding")
_GERUND_CONTENT = frozenset(("deny", "admit", "acknowledge"))


def _gerund_after(t: _Tok, b: int) -> bool:
    """ "having" or "being" right after the cue (token b), or a verb in -ing with an object after
    it: "taking the money", "receiving any payment"."""
    if b >= t.n:
        return False
    w = t.low[b]
    if w in ("having", "being"):
        return True
    return (
        w.endswith("ing")
        and len(w) > 5
        and b + 1 < t.n
        and t.low[b + 1] in ("any", "the", "a", "an", "his", "her", "their", "its", "money")
    )


# verbs of a forecast whose object with a figure is the forecast itself ("Hartwell now expects
# adjusted earnings of $2.05 to $2.20 per share", "Analysts forecast growth of 2%")
_FORECAST_VERBS = frozenset(("expect", "forecast", "estimate", "project", "predict"))


def _figure_after(t: _Tok, b: int) -> bool:
    """A figure within the ten words after the cue ending at b, in its clause: "$2.05", "2%",
    "1,200 jobs", "two more rate cuts" (not across a full stop, semicolon or "but")."""
    return _figure_index(t, b) >= 0


def _figure_index(t: _Tok, b: int) -> int:
    """The token of `_figure_after`'s figure, or -1."""
    for k in range(b, min(b + 10, t.n)):
        w = t.text[k]
        if w in (".", ";", "!", "?") or t.low[k] == "but":
            return -1
        if w[:1].isdigit() or w in ("$", "£", "€", "%") or t.low[k] in _NUMBER_WORDS:
            return k
    return -1


def _received_thing(t: _Tok, c: _Cand) -> bool:
    """A decision, plan or ruling received by the verb of reception c: its object within four
    words ("welcomed the council's decision"), or its passive subject before a "by" agent
    ("The decision was welcomed by the union")."""
    a, b = c.cue
    low = t.low
    if any(w in _BE for w in low[a : b - 1]):
        return b < t.n and low[b] == "by" and a > 0 and low[a - 1] in _RECEIVED_THINGS
    for k in range(b, min(t.n, b + 4)):
        if low[k] in _RECEIVED_THINGS:
            return True
        if not t.text[k][:1].isalnum() and t.text[k] not in ("'s", "’s"):
            return False
    return False


# verbs of advice whose object and "to" carry what the source advises
_ADVICE_VERBS = frozenset(("advise", "urge", "encourage", "instruct"))
# what witnesses report perceiving: "Farmers reported seeing the car"
_PERCEIVING = frozenset(("seeing", "hearing", "smelling", "feeling"))


def _reported_object(t: _Tok, c: _Cand) -> bool:
    """An active "reported" and what its source reports: a figure ("The company reported net
    income of $28.6 million", "reported 14 new cases"), a "no" ("Deputies reported no
    arrests") or a perception ("reported seeing the car"); not "reported to police", "reported
    for duty" (acts), nor a passive (`_hearsay`)."""
    a, b = c.cue
    low = t.low
    if b >= t.n or low[b - 1] != "reported" or any(w in _BE for w in low[a : b - 1]):
        return False
    if low[a] in ("'s", "’s") or (a > 0 and (low[a - 1] in ("'s", "’s") or low[a - 1] in _DETS)):
        return False  # "Chang's reported gifts", "the reported figures": an adjective
    if low[b] in ("no", *_PERCEIVING):
        return True
    if low[b] in _NOT_REPORTED_OBJECTS:
        return False
    k = _figure_index(t, b)
    if k < 0 or any(
        low[x] == "to" and t.text[x + 1][:1] not in _FIGURE_STARTS for x in range(b, k)
    ):
        return False  # "reported the assault to police on 14 May": an act (not "to $5m")
    # a figure, not a date or a time ("on 14 May", "at 11pm", "in 2016", "March 3")
    return low[k - 1] not in _WHEN_BEFORE and low[k - 1] not in _MONTHS


_FIGURE_STARTS = frozenset("0123456789$£€")
# what stands before a date or a time: "on 14 May", "at 11pm", "in 2016", "since 2019"
_WHEN_BEFORE = frozenset(("on", "at", "in", "since", "until", "by", "from", "before", "after"))
# what follows a "reported" that reports no object: "reported to police", "reported for duty",
# "the cases reported here", "the category reported by the respondent"
_NOT_REPORTED_OBJECTS = frozenset(
    ("to", "for", "back", "on", "in", "that", "by", "as", "here", "there", "since", "so",
     "during", "at", "from", "over", "within", "after", "before", "earlier", "last", "this")
)  # fmt: skip


# verbs whose object and "as" carry a view: "described it as sound", "remember her as exacting"
_AS_VERBS = frozenset(("describe", "remember", "characterize", "characterise", "portray"))


def _as_after(t: _Tok, b: int) -> bool:
    """A short object and "as" follow the cue ending at b ("described the bridge as")."""
    low = t.low
    for k in range(b + 1, min(t.n, b + 5)):
        if low[k] == "as":
            if k + 2 < t.n and t.text[k + 1] in _QUOTE_TOKENS:
                k += 1  # 'described him as "the kindest man"'
            return k + 1 < t.n and t.text[k + 1][:1].isalpha()
        if not low[k][:1].isalpha() or low[k] in _CUE_WORDS or low[k] in _BE:
            return False
    return False


def _infinitive_after(t: _Tok, b: int) -> bool:
    """A stance adjective's cue ends in "to" and a verb follows: "was pleased to see", "are
    determined to stay" (the stance's content follows, as after a that-clause)."""
    if b >= t.n or b < 2 or t.low[b - 1] != "to" or t.low[b - 2] in ("sure", "certain"):
        return False  # "she is sure to win": the writer's forecast, not her stance
    w = t.text[b]
    return w.isalpha() and w.islower() and w not in _DETS


def _object_to(t: _Tok, b: int) -> bool:
    """A short object and "to" follow a cognition verb: "wants residents to report", "expects
    prices to rise" (the stance's content follows, as after a that-clause)."""
    low = t.low
    for k in range(b + 1, min(t.n, b + 5)):
        w = low[k]
        if w == "to":  # "to" before a lower-case word that is no determiner or possessive
            nxt = t.text[k + 1] if k + 1 < t.n else ""
            return nxt.isalpha() and nxt.islower() and nxt not in _DETS
        if not w[:1].isalpha() or w in _CUE_WORDS or w in _BE:
            return False
    return False


def _head_in(t: _Tok, src: tuple[int, int] | None) -> int:
    """The index of the source's head word, -1 where there is no source or no head in it."""
    if src is None:
        return -1
    h = _head(t, src)
    return h if h >= src[0] else -1


def _be_clause(t: _Tok, a: int, b: int) -> bool:
    """After "maintain", a short subject of one phrase and a form of "be" ("maintains the
    verdict was sound", "maintain the pumps are safe"); not an object and its relative clause
    ("maintains the roads residents will use", "the lead his side had built"), nor after "to"
    or in a clause of "whether", "how", "who" ("Funds to maintain the school were cut", "How
    the city will maintain the parks is unclear": that "be" is the sentence's own)."""
    if (a > 0 and t.low[a - 1] == "to") or any(w in _WH_OPENERS for w in t.low[:a]):
        return False
    for m in range(b, min(t.n, b + 5)):
        w = t.low[m]
        if w in _BE:
            return m > b
        if w in _AUX or w in _MODALS:
            # "had been repaid", "she had paid", "it will hold"; not "the roads residents will"
            return m > b and (
                (m + 1 < t.n and t.low[m + 1] == "been") or (m == b + 1 and t.low[b] in _PRONOUNS)
            )
        if m > b and (w in _DETS or t.low[m - 1][-1:] == w[-1:] == "s"):
            return False  # a second phrase: "the accounts its rivals", "the roads residents"
    return False


_PRONOUNS = frozenset(("he", "she", "it", "they", "we", "i", "you"))
_PERCEIVING = frozenset(("feel", "believe", "sense", "know"))
_WH_OPENERS = frozenset(("whether", "how", "who", "what", "why", "when", "where", "if"))


def _agent_noun(t: _Tok, src: tuple[int, int] | None, roles: bool = False) -> bool:
    """The head of the source is a lower-case noun of a person by its suffix, after a
    determiner or in the plural: "The harbour master was pleased", "Many tax specialists
    sympathize", "local growers fear" (`_vocab._AGENT_SUFFIXES`, less its exceptions); with
    ``roles``, for verbs of speech, mind and stance, also a job word of
    `lexicons/entity_role_nouns.txt` ("The coach hopes", "Nurses fear", "A visiting magistrate
    reported"; a passive's agent is not: "An officer called by the tenants said")."""
    h = _head_in(t, src)
    if h < 0 or src is None:
        return False
    w = t.low[h]
    if not w.isalpha() or w in _AGENT_EXCEPTIONS or w[:-1] in _AGENT_EXCEPTIONS:
        return False
    role = roles and (w in _ROLE_NOUNS or (w.endswith("s") and w[:-1] in _ROLE_NOUNS))
    plural = w.endswith("s") and (
        w[:-1].endswith(_AGENT_SUFFIXES) or (role and w not in _ROLE_NOUNS)
    )
    return plural or (
        (w.endswith(_AGENT_SUFFIXES) or role) and h > src[0] and t.low[src[0]] in _DETS
    )


def _accept(
    t: _Tok,
    c: _Cand,
    lemma: str,
    src: tuple[int, int] | None,
    kind: str,
    signal: bool,
    quote: bool,
) -> bool:
    """Keep a cue only with enough evidence for its kind of verb (``kind``: `_src_kind` of the
    source; ``signal``: a that-clause, colon or quotation next to the cue; ``quote``: a
    quotation or colon)."""
    b = c.cue[1]
    if lemma in _MANNER:
        return _manner_signal(t, c.cue[0], b)
    if lemma in _QUOTE_ONLY:
        return quote
    if lemma in _PERSON_THAT:
        return src is not None and kind in ("person", "pron")  # not "These figures underline"
    if lemma in _THAT_ONLY:
        return src is not None  # "the prosecutor charged that ...": "that" follows
    if lemma == "clear":
        return True
    if (
        kind in ("doc", "other")
        and lemma != "adj"
        and lemma not in _COGNITION_SET
        and src is not None
        and src[1] <= c.cue[0]
        and b - c.cue[0] >= 2
        and t.low[b - 2] in _BE
        and t.low[b - 1].endswith(("ed", "en", "wn"))
        and any(
            w in _MODALS or w in _NEG or w == "cannot"  # ("cannot" opens no cue: look before)
            for w in t.low[max(0, c.cue[0] - 1) : b - 2]
        )
        and "by" not in t.low[b : b + 3]  # "could not be confirmed (independently) by Reuters"
    ):
        # "Casualty figures could not be confirmed", "The frontier will be defended": the
        # writer's word on what is (not) confirmed or will be done, no source
        return False
    if lemma in _SPEECH_STRONG_SET and lemma not in _SPEECH_WEAK:
        return True
    if (
        lemma == "add"
        and not signal
        and b < t.n
        and (t.low[b] in _DETS or t.low[b][:1].isdigit())
        and not any(w in _AUX or w in _BE for w in t.low[b : b + 7])
    ):
        return False  # "The new model adds a larger battery": an object, no clause
    if lemma in _SPEECH_STRONG_SET or lemma in _PHRASAL_ONLY:  # weak and phrasal verbs
        if kind in ("pron", "person", "doc"):
            return (
                not (kind == "pron" and t.low[src[0]] in _DEMONSTRATIVES and t.low[b - 1] == lemma)
                if src is not None
                else True
            )
        return src is not None and (
            (b < t.n and t.low[b] in ("that", ":"))
            or (b + 1 < t.n and t.low[b] == "," and t.text[b + 1] in ('"', "“"))
            or (src[1] == c.cue[0] and _tail_position(t, c.cue[0], b))
            or (lemma in _AS_VERBS and _as_after(t, b))
            or (kind == "other" and _agent_noun(t, src, roles=src[1] <= c.cue[0]))
            or (lemma == "report" and _reported_object(t, c))
        )
    if lemma in _COGNITION_SET:
        return (
            kind in ("pron", "person")
            or (kind == "doc" and src is not None and _cited(t, src))  # "Okafor (2004) thinks"
            or (  # "The communique welcomed an offer": its issuers' stance
                kind == "doc"
                and lemma in _RECEPTION_VERBS
                and src is not None
                and t.low[_head(t, src)] in _ISSUED_DOCUMENTS
            )
            or (kind == "other" and signal)
            or (kind == "other" and _agent_noun(t, src))
            # a job word as a person ("The coach is hoping ..."), but a verb that also
            # perceives or knows a thing needs its clause ("The nurse felt the pulse weaken")
            or (kind == "other" and lemma not in _PERCEIVING and _agent_noun(t, src, roles=True))
        )
    if lemma == "adj":  # "she is convinced that", but not "it is sure to"
        return (
            kind == "person"
            or (kind == "pron" and src is not None and t.low[src[0]] not in ("it", "that"))
            or (kind == "other" and _agent_noun(t, src, roles=True))
        )
    if lemma in _EVIDENCE_SET:
        return (
            kind == "doc"
            or (signal and kind in ("pron", "person"))
            or (lemma == "find" and src is not None and _share_of_people(t, src, _head(t, src)))
            or (  # "The jury found (that) ...", "the inquest found"
                lemma == "find"
                and signal
                and src is not None
                and t.low[_head(t, src)] in _HEARING_BODIES
            )
            or (
                kind == "other"
                and lemma in _FINDINGS
                and b < t.n
                and t.low[b] == "that"  # not "History shows wars are costly": the writer's
                and _findings_subject(t, src, c.cue)
            )
        )
    return False


def _writers_own(t: _Tok, c: _Cand, lemma: str, src: tuple[int, int] | None, kind: str) -> bool:
    """The cue is the writer's own voice whatever else the sentence holds: a thing that is
    neither a person, a body nor a document "suggests", "reveals" or "concludes" ("The scale of
    the walkout suggests a rift", "Our examples suggest that ...": LABELS.md's framing), an
    abstract noun "shows" or "tells" ("History tells us that ..."), the writer's own analysis
    ("Our analysis suggests ..."), the generic "one" wonders, thinks or might say ("One
    wonders if ...", "One reason is"), or a mind forecast with "will" ("Rovers will feel hard
    done by", `_forecast`)."""
    if src is None:
        return False
    if lemma in _MIND_VERBS and _forecast(t, c) and t.low[src[0]] not in ("you", "i", "we"):
        return True  # "Rovers will feel hard done by", "Fans will think twice": the writer's
    if lemma in _READING_VERBS and kind == "other" and not _agent_noun(t, src):
        # (not "The jury concluded that", "Her husband revealed that", "a canon lawyer and
        # several priests close to the cardinal suggested": people and bodies anywhere in it)
        return not any(_speaker_word(t, x, src[1]) for x in range(*src))
    if (
        lemma in _FINDING_READS
        and kind not in ("person", "pron")
        and t.low[_head(t, src)] in _OWN_WORK
        and _ours(t, src[0])
    ):
        return True  # "Our analysis of staffing data suggests ...": the writer's own finding
    if (
        src[1] - src[0] == 1
        and t.low[src[0]] in _ABSTRACT_SUBJECTS
        and (lemma in _EVIDENCE_SET or lemma in ("tell", "teach"))
    ):
        return True  # "History tells us that ...", "Time will tell" (not "Nature reported")
    if src[1] - src[0] != 1 or t.low[src[0]] != "one" or not _present(t, c):
        return False
    # "..., one says she saw the car": one of the people just named speaks; but "..., one
    # suspects", "..., one might say": the generic one's musing
    counted = src[0] > 0 and t.text[src[0] - 1] in (",", ";", ":")
    a, b = c.cue
    musing = lemma in _COGNITION_SET or any(w in _MODALS for w in t.low[a:b])
    return not counted or musing


def _forecast(t: _Tok, c: _Cand) -> bool:
    """The cue holds "will" or "'ll" before its verb: the writer's forecast ("will feel"), not a
    report of a mind (`_writers_own`)."""
    a, b = c.cue
    return any(w in ("will", "'ll", "’ll") for w in t.low[a : b - 1])


def _speaker_word(t: _Tok, x: int, e: int) -> bool:
    """Token x of a source ending at e is a noun of people or of a body that speaks ("lawyer",
    "husband", "jury", "family"); not a determiner nor a possessor ("The bank's caution")."""
    w = t.low[x]
    if w in _DETS or (x + 1 < e and t.low[x + 1] in ("'s", "’s")):
        return False
    return w in _PERSON_NOUNS or w in _HEARING_BODIES or w in _KIN or w in _AGENT_HEADS


def _ours(t: _Tok, s: int) -> bool:
    """The noun phrase that holds the source starting at token s opens with "our" or "my"
    ("Our analysis of NHS staffing data", where the source read is "data")."""
    k = s
    while k > 0 and s - k < 8:
        w = t.low[k]
        if w in ("our", "my"):
            return True
        prev = t.low[k - 1]
        if not t.text[k - 1][:1].isalnum() or prev in _CUE_WORDS or prev in _AUX or prev in _BE:
            break
        k -= 1
    return t.low[k] in ("our", "my")


_NARRATIVE_PAST = frozenset(("later", "eventually", "afterwards", "subsequently"))


def _present(t: _Tok, c: _Cand) -> bool:
    """The cue is in the present tense or after a modal: "wonders", "might say", "has to
    ask" (not "said", "described", "wanted")."""
    a, b = c.cue
    if any(w in _NARRATIVE_PAST for w in t.low[a:b]):
        return False  # "One would later tell detectives": the past, told forward
    if any(w in _MODALS or w in ("has", "have", "must") for w in t.low[a:b]):
        return True
    verb = t.low[b - 1]
    return not verb.endswith("ed") and verb in _inflect(_lemma_of(verb))[:2]  # base, -s


def _findings_subject(t: _Tok, src: tuple[int, int] | None, cue: tuple[int, int]) -> bool:
    """The source is a noun phrase headed by a lower-case noun that agrees with the verb
    ("exit polling shows", "the satellite images show"; not "this", "it", "that", nor "a
    slide show that ...", where "show" is a noun)."""
    h = _head_in(t, src)
    if h < 0:
        return False
    w = t.low[h]
    verb = t.low[cue[1] - 1]
    if verb == _lemma_of(verb) and not w.endswith("s"):
        return False  # a singular head before a plural verb: "a slide show", "the talk show"
    return w.isalpha() and not t.cap[h] and w not in _DEMONSTRATIVES and w not in PRONOUN_SOURCES
