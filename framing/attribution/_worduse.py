"""How a cue word is used where it stands: a noun ("the report", "his claims", "a sharp
reply"), a verb after a plural subject ("Farmers in the valley say"), a name part or a heading
word. Read by the cue rules of `_cues`."""

from __future__ import annotations

import re

from framing import lexicons as lx
from framing.attribution._acts import _CURRENCY_SIGNS
from framing.attribution._figures import _NUMBER_WORDS
from framing.attribution._phrases import (
    _CLAUSE_JOINERS,
    _GROUP_QUANTIFIERS,
    _np_left,
    _ratio_at,
)
from framing.attribution._signals import _FINITE, _quote_signal, _tail_position
from framing.attribution._tokens import _QUOTE_TOKENS, _Tok
from framing.attribution._vocab import (
    _AGENT_HEADS,
    _AUX,
    _BE,
    _CUE_WORDS,
    _DET_HEADS,
    _DETS,
    _FUNCTION_WORDS,
    _HEADLINE_VERBS,
    _MODALS,
    _NAME_TITLES,
    _NP_PREPS,
    _NUMBERED_PART_VERBS,
    _NUMBERED_PARTS,
    _PAST_FORMS,
    _PREPS_STOP,
    _PUT_FORMS,
    _SHARE_HEADS,
    _SPEECH_STRONG_SET,
    _SPEECH_WEAK,
    DOCUMENT_NOUNS,
    PRONOUN_SOURCES,
    _lemma_of,
)


def _after_without(low: list[str], i: int) -> bool:
    """Token i right after "without", or after "without" and an adverb ("resigned without
    (publicly) explaining why", "left without even saying goodbye"): what was not said."""
    if i > 0 and low[i - 1] == "without":
        return True
    return (
        i > 1
        and low[i - 2] == "without"
        and (low[i - 1].endswith("ly") or low[i - 1] in ("even", "first", "ever", "once"))
    )


_FREE_NAMING = frozenset(("call", "dub", "term", "brand", "label"))


def _what_named(t: _Tok, i: int) -> bool:
    """A naming verb at token i in a free relative that opens the sentence or an aside, "what"
    and its subject before it: "What the minister called a 'modest adjustment' cost ...", ",
    what critics dubbed a stealth tax, ..." (a passing mention inside the writer's sentence,
    LABELS.md); not "campaigned against what he called ..." (annotated as his claim), not "What
    the minister called for was ..." (a demand: the sentence's content)."""
    if i + 1 < t.n and t.low[i + 1] in ("for", "on", "upon"):
        return False
    for j in range(i - 1, max(-1, i - 6), -1):
        w = t.low[j]
        if w == "what":  # opening the sentence or an aside: "into what he called" is his
            return j < i - 1 and (j == 0 or t.text[j - 1] in (",", "—", "–", "("))
        if not (w.isalpha() or w in ("'s", "’s") or w in _TITLE_ABBREVIATIONS) or w in _CUE_WORDS:
            return False
    return False


# "What Mr. Hale called ...": the name titles' abbreviated forms as tokens ("mr.", "gov.")
_TITLE_ABBREVIATIONS = frozenset(f"{w}." for w in _NAME_TITLES)
_MARKET_ACTORS = lx.words("market_actors")
# the verbs of worry or wager a market actor's cause is told with (a verb of saying stays a cue:
# "as shareholders charged that ...", "as investors pointed out that ...")
_MARKET_MINDS = frozenset(
    ("worry", "fear", "fret", "bet", "doubt", "expect", "hope", "think", "believe", "anticipate",
     "brace", "weigh", "price", "eye", "wager", "speculate", "sense", "suspect")
)  # fmt: skip
# what may stand between "as" and the actor: "as many investors worried", "as global traders bet"
_MARKET_MODIFIERS = frozenset(
    ("many", "some", "most", "global", "foreign", "nervous", "jittery", "wary", "big", "retail")
)


def _market_as(t: _Tok, i: int, lemma: str) -> bool:
    """A verb of worry or wager at token i (lemma ``lemma``) after "as" and a market actor
    ("investors", "traders"; an adverb and a modifier may stand between): "Shares fell as
    investors worried about rates", "as many traders bet on a cut" (the writer's cause)."""
    if lemma not in _MARKET_MINDS:
        return False
    j = i - 1
    if j >= 0 and t.low[j].endswith("ly"):
        j -= 1
    if j <= 0 or t.low[j] not in _MARKET_ACTORS:
        return False
    j -= 1
    if t.low[j] in _MARKET_MODIFIERS and j > 0:
        j -= 1
    return t.low[j] == "as"


def _is_year(w: str) -> bool:
    """A four-digit year of the 20th or 21st century."""
    return len(w) == 4 and w.isdigit() and w[:2] in ("19", "20")


def _year_then_past(left: str, w: str) -> bool:
    """A year before a past form of a cue verb: a verb, not a noun ("polls since 2010 showed";
    "300 reported cases" stays a count)."""
    return _is_year(left) and w != _lemma_of(w) and not w.endswith(("s", "ing"))


def _year_then_present(t: _Tok, i: int) -> bool:
    """A year after a preposition before the base form of a cue verb and the start of its
    clause: "Residents whose homes flooded in 2019 say the wall is too low" (a verb; not "the
    2019 survey")."""
    if i < 2 or i + 1 >= t.n:
        return False
    w = t.low[i]
    return (
        _is_year(t.low[i - 1])
        and t.low[i - 2] in ("in", "since", "until", "of", "from")
        and w == _lemma_of(w)
        and t.low[i + 1] in ("that", "the", "a", "an", "he", "she", "they", "it", "we", "there")
    )


def _numbered_part(t: _Tok, i: int) -> bool:
    """A numbered part of a text before the cue word at i and "that" or a colon: "Section 12
    provides that", "Article 5 states that" (a verb after all, not "5 states")."""
    return (
        i > 1
        and t.cap[i - 2]
        and t.low[i - 2] in _NUMBERED_PARTS
        and _lemma_of(t.low[i]) in _NUMBERED_PART_VERBS
        and i + 1 < t.n
        and t.low[i + 1] in ("that", ":")
    )


# what follows a noun after a share ("70 percent support among dockers"; not "37% disagree with")
_AFTER_SHARE_NOUN = frozenset(
    ("for", "among", "from", "of", "in", "on", "across", "at", "by", "within", "nationwide")
)


_ORDINALS = frozenset(
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
     "tenth", "other", "fellow")
)  # fmt: skip


# words before a cue that make it a verb: "to estimate", plurals without "-s" ("Our
# intelligence people estimate")
_NOT_BEFORE_COMPOUND_HEAD = frozenset(
    ("to", "people", "police", "staff", "men", "women", "children", "media", "public", "not")
)
# cue words that end a compound noun after a possessive ("its profit forecast")
_COMPOUND_HEADS = frozenset(
    ("forecast", "estimate", "report", "survey", "poll", "review", "warning", "claim",
     "statement", "update", "outlook", "projection", "guidance", "briefing", "study", "dispute",
     "complaint", "protest", "appeal", "demand", "request")
)  # fmt: skip


def _past_before(t: _Tok, k: int) -> bool:
    """A lower-case past form before token k, after the sentence's first word: the clause's
    verb came already ("drivers downed tools in a wage dispute"), so the cue word after "in a
    <noun>" is a noun."""
    return any(
        w.endswith("ed")
        and len(w) > 4
        and not t.cap[x]
        and (t.low[x - 1] in _SUBJECT_PRONOUNS or _plural_word(t.low[x - 1]))
        for x, w in enumerate(t.low[1:k], 1)
    )  # after its subject ("drivers downed"), not an adjective ("Newly elected councillors")


_SUBJECT_PRONOUNS = frozenset(("they", "he", "she", "we", "it", "i", "who"))


def _plural_word(w: str) -> bool:
    """A lower-case plural ("drivers"), not "press", "status" or "basis"."""
    return w.isalpha() and w.endswith("s") and not w.endswith(("ss", "us", "is"))


def _owned_compound(t: _Tok, i: int) -> bool:
    """The base form at i, a noun-like cue word, ends a compound noun after a possessive
    pronoun (`_POSSESSIVES`) or an article: "its full-year profit forecast", "the average
    analyst estimate" (one to three lower-case words between, the one before the cue singular
    and no auxiliary: "its workers say", "My party will support" stay verbs)."""
    low = t.low
    if (
        i < 2
        or low[i] not in _COMPOUND_HEADS
        or low[i - 1].endswith("s")
        or not low[i - 1].replace("-", "").isalpha()
        or low[i - 1] in _AUX
        or low[i - 1] in _MODALS
        or low[i - 1] in _NOT_BEFORE_COMPOUND_HEAD
        or low[i - 1] in PRONOUN_SOURCES  # "the party that they claim"
        or low[i - 1].endswith("not")  # "a government ... cannot claim"
    ):
        return False
    for k in range(i - 2, max(-1, i - 5), -1):
        if low[k] in _POSSESSIVES:
            return True
        if (
            low[k] in ("the", "a", "an")
            and low[i] != "forecast"
            and (
                k == 0
                or low[k - 1] not in _NP_PREPS  # "Farmers near the fence report"
                or (low[k] != "the" and _past_before(t, k - 1))  # "downed tools in a wage dispute"
            )
        ):
            # "the average analyst estimate", "The company report said": a singular noun
            # cannot take the base form as its verb ("The government forecast": a past)
            return True
        if (
            t.cap[k]
            or not low[k].replace("-", "").isalpha()
            or low[k] in _AUX
            or low[k] in ("that", "which", "who")
        ):
            return False
    return False


def _noun_before_put(t: _Tok, i: int) -> bool:
    """A plural noun of figures right before "put"/"placed" as the sentence's subject:
    "Unofficial estimates placed the dead at 4,000", "The latest estimates put the toll at 300"
    ("placed" is the cue, not "estimates")."""
    if not (
        i > 0
        and t.low[i] in ("estimates", "reports", "figures", "counts", "findings")
        and i + 1 < t.n
        and t.low[i + 1] in _PUT_FORMS
    ):
        return False
    if i == 1 and t.cap[0]:
        return True
    s = _np_left(t, i)  # "The latest estimates put", "But unofficial estimates put"
    return 0 <= s < i and (s == 0 or t.low[s - 1] in ("but", "and", "yet", "however", ","))


# adjectives of a period before a cue word make it a noun: "the monthly decline"
_PERIODIC = frozenset(
    ("daily", "weekly", "monthly", "quarterly", "yearly", "annual", "hourly", "nightly",
     "fortnightly", "biannual", "biennial")
)  # fmt: skip


def _is_nounish_use(t: _Tok, i: int) -> bool:
    """A cue word used as a noun: 'the report', 'his claims', 'a sharp reply'."""
    if i == 0:
        return False
    w = t.low[i]
    left = t.low[i - 1]
    if (
        left in ("and", "or")
        and i > 1
        and w == _lemma_of(w)
        and i + 1 < t.n
        and (
            t.low[i + 1] in _MODALS
            or (t.text[i + 1] == "," and i + 2 < t.n and t.low[i + 2] in _MODALS)
        )
        and t.low[i - 2].isalpha()
        and t.low[i - 2] not in PRONOUN_SOURCES
    ):
        return True  # "Heavy rain and hail will sweep", "wind and hail, will": a noun
    if left in ("<", "/", "#", "@", "-") or (i + 1 < t.n and t.text[i + 1] in ("-", ">", "=")):
        return True  # markup, hashtags, compounds: "<tweet", "#report", "tweet-id"
    if _noun_before_put(t, i):
        return True
    if left in _PERIODIC and w == _lemma_of(w):
        return True  # "the eleventh consecutive monthly decline" (not "The FAZ daily said")
    if (
        (
            left[:1].isdigit()
            and not _year_then_past(left, w)
            and not _year_then_present(t, i)
            and not _numbered_part(t, i)
            and not _ratio_at(t, i - 1)  # "Six in 10 say": a share of those asked speaks
        )
        or left in ("million", "billion", "thousand", "hundred", "dozen")
        or (
            w.endswith("s")
            and w != _lemma_of(w)
            and _lemma_of(w) in _SPEECH_WEAK
            and (i + 1 >= t.n or t.text[i + 1] in (".", ",", ";", ":", ")"))
            and left not in PRONOUN_SOURCES
            and not _tail_position(t, i, i + 1)
            and not (i + 2 < t.n and t.text[i + 1] == "," and t.text[i + 2] in ('"', "“"))
        )  # (not 'The agency notes, "...': a quotation after the comma)
    ):
        return True  # "10 million views", "election commission reports."
    if w.endswith("ed") or w in ("said", "told", "thought", "wrote", "knew", "felt", "saw"):
        return left in ("the", "a", "an") or (  # "a fourth accused"; not "was first reported"
            w == "accused" and left in _ORDINALS and i > 1 and t.low[i - 2] in ("the", "a", "an")
        )
    if (left in _DETS and left not in _DET_HEADS and left != "that") or left in (
        "neither",
        "either",
    ):
        return True  # "the report", "Neither claim survives": a noun after its determiner
    if left.endswith(("'s", "’s")):
        return True
    if (
        left == "that"
        and (i == 1 or t.text[i - 2] in (",", ";"))
        and i + 1 < t.n
        and (t.low[i + 1] in _MODALS or t.low[i + 1] in _BE)
    ):
        return True  # "..., that hope may prove a slender one": a noun after "that"
    if w == _lemma_of(w) and _owned_compound(t, i):
        return True  # "its full-year profit forecast", "the average analyst estimate": a noun
    if left in _SHARE_HEADS:  # "90 percent support for", "a minority report."; not "a majority say"
        nxt = t.low[i + 1] if i + 1 < t.n else ""
        return not nxt[:1].isalnum() or nxt in _AFTER_SHARE_NOUN
    if left in (
        "of", "in", "for", "with", "our", "your", "on", "at", "amid", "amidst", "despite",
        "over", "following", "against",
    ):  # fmt: skip
        return not (w.endswith("ing") and left in ("of", "in", "for", "with", "on", "at"))
    if (
        w == _lemma_of(w)
        and _ADJ_BEFORE_NOUN_RE.search(left)
        and left not in _AGENT_HEADS
        and not _plural_subject_before(t, i)  # "Nurses at the clinic say": "clinic" a noun
    ):
        return True  # "New question.", "logistical support": a noun after its adjective
    if (
        w.endswith("s")
        and i > 1
        and not t.cap[i - 1]
        and _ADJ_BEFORE_NOUN_RE.search(left)
        and left not in _AGENT_HEADS
        and (t.low[i - 2] in _DETS or t.low[i - 2].endswith(("'s", "’s")))
    ):
        return True  # "the central questions", "his controversial remarks"
    if (
        w.endswith("s")
        and not w.endswith("ss")
        and (i == 1 or (i > 1 and t.text[i - 2] in _QUOTE_TOKENS))
        and t.cap[i - 1]
        and _ADJ_BEFORE_NOUN_RE.search(left)
        and left not in _AGENT_HEADS
        and not _clause_follows(t, i)  # "Agrawal says the plan will fail": a surname
    ):
        return True  # '"Serious questions"': a quoted subhead, an adjective and its noun
    if (
        w.endswith("s")
        and i > 1
        and t.low[i - 2] in ("very", "too", "most")
        and left not in PRONOUN_SOURCES
    ):
        return True  # "for very severe reasons": a plural noun after an adjective
    # "a sharp reply": a base form between a determiner-led adjective and what follows
    return (
        i > 1
        and t.low[i - 2] in ("a", "an", "the", "his", "her", "their", "its")
        and w == _lemma_of(w)
        and not left.endswith(("s", "ly"))
        and left not in _AUX
        and left not in _AGENT_HEADS
        and left not in _PLURALS_WITHOUT_S  # "the media say": a plural subject and its verb
        and not _documents_tail(t, i)  # "..., figures obtained by the BBC show."
        and not (left == "data" and (i + 1 >= t.n or not t.text[i + 1][:1].isalnum()))
        # "..., the data show.": a tail (not "The data tell a different story": the writer's)
        and not (i + 1 < t.n and t.low[i + 1] in _CLAUSE_OPENERS)
        and not _plural_subject_before(t, i)
        and not _relative_subject_before(t, i)
    )


def _documents_tail(t: _Tok, i: int) -> bool:
    """Token i ends its sentence after a comma and a phrase that opens with a document noun
    (one word may come before it): "..., figures obtained by the BBC show.", "..., trial
    results published in The Lancet show." (not a programme: "the BBC show")."""
    if i + 1 < t.n and t.text[i + 1][:1].isalnum():
        return False
    k = i - 1
    while k > 0 and t.text[k] != ",":
        k -= 1
    return k > 0 and i - k <= 10 and any(w in DOCUMENT_NOUNS for w in t.low[k + 1 : k + 3])


def _clause_follows(t: _Tok, i: int) -> bool:
    """What follows token i opens a reported clause: a pronoun, a determiner, a comma or colon
    ("Gopal insists the deal is off", "Bansal warns: ..."; not the closing quote of a quoted
    subhead)."""
    if i + 1 >= t.n:
        return False
    nxt = t.low[i + 1]
    return nxt in PRONOUN_SOURCES or nxt in _DETS or nxt in (",", ":")


_PLURAL_HEADS = frozenset(("people", "men", "women", "children", "police", "staff", "those"))
# plural nouns with no "-s" whose verb has none either ("the media say")
_PLURALS_WITHOUT_S = _PLURAL_HEADS | frozenset(("media",))


def _relative_subject_before(t: _Tok, i: int) -> bool:
    """A plural noun and "who"/"that" opening a relative clause before the base form at i,
    with no comma between: "Residents who live near the plant say the air ...", "People
    that work at the mill say ...", "Parents whose children attend the school say" (the verb
    agrees with the plural head)."""
    if i + 1 >= t.n or not t.low[i + 1][:1].isalnum():
        return False
    for k in range(i - 2, max(0, i - 10), -1):
        if t.text[k] in (",", ";", ":") or t.text[k] in _QUOTE_TOKENS:
            return False
        if t.low[k] in ("who", "that", "whose"):
            head = t.low[k - 1]  # "Parents whose children attend the school say"
            return head in _PLURAL_HEADS or (
                head.endswith("s")
                and head.isalpha()
                and not head.endswith(("ss", "us"))
                and head not in _AUX
            )
    return False


# quantifiers that head a plural subject before a preposition: "Many in the industry believe"
_PLURAL_QUANTIFIERS = _GROUP_QUANTIFIERS - {"none", "others"}  # ("others" ends in -s anyway)


def _plural_subject_before(t: _Tok, i: int) -> bool:
    """A plural noun, a preposition and a determiner's noun before the base form at i, and a
    word after it: "Farmers in the valley say some fields ...", "Doctors at the hospital want
    more beds", "Residents living near the depot say" (the verb agrees with the plural head;
    not "results in the final report.")."""
    if i < 4 or i + 1 >= t.n or t.low[i - 3] not in _NP_PREPS:
        return False
    head, nxt = t.low[i - 4], t.low[i + 1]
    point_out = nxt == "out" and t.low[i] == "point"  # "Analysts in the region point out"
    if i > 4 and head.endswith("ing") and len(head) > 5:
        head = t.low[i - 5]  # "Residents living near the depot say": the head before it
    return (
        (
            (head.endswith("s") and not head.endswith(("'s", "’s", "ss", "us")))
            or (  # "Many in the industry believe"; not "families most in need of support"
                head in _PLURAL_QUANTIFIERS
                and (i == 4 or not t.low[i - 5].isalpha() or t.low[i - 5] in _CLAUSE_JOINERS)
            )
        )
        and head.isalpha()
        and nxt[:1].isalnum()
        and (point_out or (nxt not in _NP_PREPS and nxt not in _PREPS_STOP))
        and nxt not in ("and", "or")
        and nxt not in _AUX  # "Changes in the tax report will follow": a noun before a verb
    )


# words that open a clause after a verb: "those who oppose the plan say it will ..." (not
# "a sharp reply")
_CLAUSE_OPENERS = frozenset(("it", "he", "she", "they", "we", "i", "there", "that"))


# adjectives that come before a noun: "new", "further" and the suffixes of "logistical",
# "robust", "massive", "famous", "public"
_ADJ_BEFORE_NOUN_RE = re.compile(r"^(?:new|further|[a-z]{3,}(?:al|ive|ous|ust|ic))$")


_POSSESSIVES = frozenset(("his", "her", "their", "its", "my", "our", "your"))


def _names_a_noun(t: _Tok, i: int) -> bool:
    """ "called" at token i names an indefinite noun phrase before it and a name or quotation
    follows ("a club called Tidewater", "an app called “Pathfinder”"; not "the campaign called
    Smith a liar")."""
    if i < 2 or i + 1 >= t.n:
        return False
    nxt = t.text[i + 1]
    if not (nxt[:1].isupper() or nxt in _QUOTE_TOKENS):
        return False
    w = t.low[i - 1]
    if not (w.isalpha() and t.text[i - 1].islower()) or w in _NOT_NOUNS or w.endswith("ly"):
        return False
    for k in range(i - 2, max(i - 6, -1), -1):
        if t.low[k] in ("a", "an"):
            return True
        if not t.low[k].isalpha() or t.low[k] in _DETS or t.low[k] in _AUX:
            return False
    return False


# lower-case words before a participle that are no nouns: relative pronouns, conjunctions,
# adverbs of time ("who called", "and called", "later called", "so called")
_NOT_NOUNS = frozenset(
    ("who", "which", "that", "whom", "and", "but", "or", "then", "also", "later", "now",
     "once", "never", "so", "first", "again", "just", "still", "since", "when", "as")
)  # fmt: skip


# the words of a label before "read" ("Most read:", "Essential read:"), where "read" is a noun
_READ_LABELS = lx.words("read_labels")


def _nounish_or_heading(t: _Tok, i: int, lemma: str) -> bool:
    """A cue word used as a noun, or capitalised where a verb would not be: mid-sentence
    (not after a quote, colon or bracket), or a weak verb in a title-case heading."""
    if (
        lemma == "read"
        and not t.cap[i]
        and i > 0
        and not (i <= 2 and t.low[i - 1] in _READ_LABELS)  # "Most read:", "Essential read:"
        and _quote_signal(t, i, i + 1)
    ):
        return False  # 'The statement read: "..."': a text's words quoted, no noun
    if _is_nounish_use(t, i):
        return True
    if not t.cap[i]:
        return False
    titlecase = t.titlecase()
    if (
        i > 0
        and not titlecase
        and not (t.text[i - 1] in _QUOTE_TOKENS or t.text[i - 1] in (":", "(", "—", "–"))
    ):
        return True
    return (
        titlecase
        and (lemma in _SPEECH_WEAK or lemma not in _SPEECH_STRONG_SET)
        and not (i == 0 and _inverted_before_colon(t, i))  # "Continued Dr. Stone:"
        and not _headline_verb(t, i)
    )


def _headline_verb(t: _Tok, i: int) -> bool:
    """A present-tense verb after a role, body or document word in a title-case headline:
    "Company President Blames Outside Agitators", "..., Study Finds", "Poll Shows ..."."""
    w = t.low[i]
    return (
        i > 0
        and _lemma_of(w) in _HEADLINE_VERBS
        and w.endswith("s")
        and not w.endswith("ss")
        and (t.low[i - 1] in _AGENT_HEADS or t.low[i - 1] in DOCUMENT_NOUNS)
        and (i + 1 == t.n or t.text[i + 1][:1].isalpha() or t.text[i + 1] in (".", "!"))
    )


def _inverted_before_colon(t: _Tok, i: int) -> bool:
    """A past speech form opening the sentence, then one to four capitalised words and a
    colon: "Continued Stone:", "Added Ms. Ruiz:" (the verb is the cue, the name its source)."""
    if not t.low[i].endswith(("ed", "said")):
        return False
    k = i + 1
    while k < t.n and k - i <= 5 and (t.cap[k] or t.text[k] == "."):
        k += 1
    return k > i + 1 and k < t.n and t.text[k] == ":"


# participles and adjectives after a plural cue form that make it a noun: "claims related to
# intellectual property", "complaints filed with the regulator"
_NOUN_TAILS = frozenset(
    ("related", "relating", "arising", "filed", "lodged", "submitted", "pending", "totalling",
     "totaling")
)  # fmt: skip
# what one claims as a right or a belief ("claimed his innocence"), not a thing one takes
_CLAIMED_STANCES = frozenset(("innocence", "ignorance", "right", "rights", "credit"))


def _claims_a_thing(t: _Tok, i: int) -> bool:
    """ "claim" at token i after "to", a modal or opening the sentence takes a possessive's thing
    with no clause after it: "Click here to claim your bottle", "Taxpayers can claim their
    expenses online" (taking); not "claimed his innocence", "The company claims its software
    cuts costs" (a finite "claims": saying), "to claim his vote was a mistake" (a clause)."""
    low = t.low
    if i + 2 >= t.n or low[i + 2] in _CLAIMED_STANCES:
        return False
    if not (i == 0 or low[i - 1] == "to" or low[i - 1] in _MODALS):
        return False
    for k in range(i + 3, min(t.n, i + 12)):
        w = low[k]
        if w in _CLAIM_THING_ENDS or t.text[k] in (".", ";", ":", "!", "?"):
            return True
        if w in _BE or w in _AUX or w in _PAST_FORMS or w in _MODALS:
            return False
    return True


_CLAIM_THING_ENDS = frozenset(("before", "after", "when", "while", "if", "until", "because"))


def _noun_led(t: _Tok, i: int) -> bool:
    """The cue form at token i is a plural noun: a determiner, a quantifier or a number before
    it, or a list's "and" ("Most comments came from", "Fourteen comments came", "disputes over
    authorship, and claims related to property"); not after a subject noun ("The survey finds
    paid work is rising") nor a pronoun ("a partner she says became violent")."""
    prev = t.low[i - 1]
    return (
        prev in _DETS
        or prev in _NUMBER_WORDS
        or prev.endswith("teen")  # "Fourteen comments came"
        or prev[:1].isdigit()
        or prev in ("and", "or", ",")
        or (i > 1 and t.low[i - 2][:1].isdigit())  # "400,000 unemployment claims filed"
    )


# a document put out, and where: "a statement posted on its website", "a letter sent to"
_PUT_OUT_PARTICIPLES = frozenset(
    ("posted", "published", "released", "issued", "circulated", "sent", "shared", "uploaded",
     "signed", "filed", "tweeted", "broadcast", "distributed")
)  # fmt: skip
_PLACE_AFTER_POSTED = frozenset(("on", "to", "in", "at", "online", "by", "with", "through"))


def _after_according(low: list[str], i: int) -> bool:
    """Token i closes the noun phrase of an "according to" up to three words before it
    ("according to the committee report"): a noun there, never a verb."""
    for k in range(i - 1, max(0, i - 5), -1):
        if low[k] == "to" and low[k - 1] == "according":
            return True
        if (not low[k][:1].isalnum() and low[k] not in ("'s", "’s")) or low[k] in _NOT_IN_NP:
            return False  # "according to a poll that suggests": a verb of its own clause
    return False


_NOT_IN_NP = (
    frozenset(("that", "which", "who", "whom", "whose", "and", "or", "but")) | PRONOUN_SOURCES
)


def _no_verb_of_saying(t: _Tok, i: int, lemma: str) -> bool:
    """A cue form at token i that says nothing there: a document's participle ("A statement
    posted on the website said"), the noun closing an "according to" phrase ("according to
    the committee report"), the passive of reading ("as the verdict was read")."""
    low = t.low
    w = low[i]
    nxt = low[i + 1] if i + 1 < t.n else ""
    if (
        w in _PUT_OUT_PARTICIPLES
        and i > 1
        and low[i - 1] in DOCUMENT_NOUNS
        and (low[i - 2] in _DETS or low[i - 2] in ("'s", "’s"))
        and nxt in _PLACE_AFTER_POSTED
    ):
        return True
    if i > 2 and w in (lemma, lemma + "s") and _after_according(low, i):
        return True
    return w == "read" and i > 0 and low[i - 1] in _BE


def _quote_after_comma(t: _Tok, k: int) -> bool:
    """A quotation opens right after the first comma or colon from token k: 'called to his
    men, "Fall back!"'."""
    for m in range(k, t.n - 1):
        if t.text[m] in (",", ":"):
            return t.text[m + 1] in _QUOTE_TOKENS
    return False


def _added_amount(t: _Tok, k: int) -> bool:
    """Token k opens an amount that "added" adds, not a clause it reports: "added only 89
    more", "added another 12 points", "added 2.5 percent"; not "added 50 people had died"."""
    while k < t.n and t.low[k] in _ADDED_QUALIFIERS:
        k += 1
    if k < t.n and t.low[k] in _CURRENCY_SIGNS and k + 1 < t.n:
        k += 1  # "added $51 million from 44 markets"
    if k >= t.n or not (t.low[k][:1].isdigit() or t.low[k] in _AMOUNT_WORDS):
        return False
    while k + 2 < t.n and t.text[k + 1] == "," and t.text[k + 2].isdigit():
        k += 2  # "3,000": the figure's own commas
    for w in t.low[k + 1 : k + 6]:
        if w in (".", ";", ":", ",") or w in _QUOTE_TOKENS or w in _ADDED_CLAUSE_ENDS:
            break  # "added 89 more before they were bowled out": another clause
        if w in _FINITE:
            return False  # "added 3,000 jobs were at risk": a clause, its content
    return True


# words before the amount "added" adds: "added more than 2,000 staff", "adding approximately
# 11 miles to the journey", "added only 89 more"
_ADDED_QUALIFIERS = frozenset(
    ("only", "just", "another", "a", "further", "nearly", "almost", "more", "than", "about",
     "approximately", "around", "some", "over", "roughly", "up", "to", "less", "well")
)  # fmt: skip
_AMOUNT_WORDS = frozenset(
    ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty",
     "fifty", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "half")
)  # fmt: skip
_ADDED_CLAUSE_ENDS = frozenset(
    ("which", "who", "before", "while", "as", "after", "when", "but", "and", "until", "to")
)


def _after_article(t: _Tok, i: int) -> bool:
    """An article or a possessive opens the phrase that token i ends, over at most three
    adjectives or capitalised words ("a brief Facebook post", "his latest tweet")."""
    for k in range(i - 1, max(i - 5, -1), -1):
        w = t.low[k]
        if w in ("a", "an", "the", "his", "her", "its", "their", "this", "that", "my", "our"):
            return True
        if not t.text[k][:1].isalpha() or w in _FUNCTION_WORDS:
            return False
    return False


# places a country or a side claims as its own ("a plateau claimed by both countries"), and
# attacks a group claims ("a suicide bombing claimed by a militant group"); not "the savings
# claimed by the ministry", a figure it says
_CLAIMED_PLACES = frozenset(
    ("plateau", "island", "islands", "territory", "territories", "land", "lands", "waters",
     "reef", "reefs", "peninsula", "heights", "enclave", "region", "province", "strip", "shoal",
     "attack", "attacks", "bombing", "bombings", "blast", "blasts", "assassination", "ambush",
     "raid", "raids", "kidnapping", "hijacking", "shooting", "shootings")
)  # fmt: skip


def _claimed_place(low: list[str], i: int) -> bool:
    """A place or an attack before "claimed" at token i, over a comma and an adverb ("The
    island, long claimed by China")."""
    k = i - 1
    while (
        k > 0 and i - k < 4 and (low[k] in (",", "long", "also", "still") or low[k].endswith("ly"))
    ):
        k -= 1
    return k >= 0 and low[k] in _CLAIMED_PLACES
