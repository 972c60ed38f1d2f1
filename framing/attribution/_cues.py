"""Cues: the reporting verbs, stances, hearsay and speaker tags of one sentence."""

from __future__ import annotations

from framing.attribution._acts import (
    _GUESS_ADJECTIVES,
    _act_use,
    _action_object,
    _court_dismisses,
    _declined_to_say,
    _money_after,
    _says_about,
)
from framing.attribution._cand import _Cand, _cue_left
from framing.attribution._compounds import _body_trust, _counsel_noun, _state_modifier
from framing.attribution._figures import (
    _object_opens,
    _put_at,
    _put_figure,
    _put_it,
    _right_after_subject,
)
from framing.attribution._hearsay import (
    _CLAUSE_STARTS,
    _after_relative,
    _body_heard,
    _expletive_tail,
    _finite_within,
    _hearsay_adverb,
    _hearsay_passive,
    _hearsay_phrase,
    _it_emerged,
    _word_is,
)
from framing.attribution._hearsay import _clause_after as _hs_clause_after
from framing.attribution._noun_cues import (
    _according,
    _appealed_to,
    _by_owner,
    _by_the_of,
    _in_account,
    _in_view,
    _issued_statement,
    _light_verb_noun,
    _made_clear,
    _noun_cue,
    _per,
    _there_noun,
    _there_noun_place,
    _there_talk,
)
from framing.attribution._signals import (
    _SENTENCE_ENDS,
    _after_cue_signal,
    _out_after,
    _poll_figure,
    _poll_subject,
    _quote_closed_before,
    _tail_position,
    _tally_figure,
    _tally_object,
    _tally_start,
    _that_at,
    _thatless_clause,
)
from framing.attribution._subjects import _document_subject
from framing.attribution._tokens import (
    _QUOTE_TOKENS,
    _Tok,
)
from framing.attribution._vocab import (
    _ACCOUNT_NOUNS,
    _ACTION_OBJECTS,
    _ADDRESSEE_VERBS,
    _APPEAL_FORMS,
    _AS_PARTICIPLES,
    _AUX,
    _BE,
    _CAND_WORDS,
    _COUNT_NOUNS,
    _CUE_ADVERBS,
    _CUE_NOUNS,
    _CUE_WORDS,
    _DETS,
    _FIGURE_FORMS,
    _HEARING_BODIES,
    _HEARSAY_PHRASES,
    _MODALS,
    _NEG,
    _NEWSGATHERERS,
    _NEWSGATHERING,
    _NOT_CUE_FORMS,
    _NOUN_NEXT,
    _NP_PREPS,
    _OUTLET_HEADS,
    _PARTICLES,
    _PAST_FORMS,
    _PHRASAL_ONLY,
    _POLL_VERBS,
    _PRED_ADJ,
    _PUT_FORMS,
    _RELATIVES,
    _STATEMENT_NOUNS,
    _SUBJECT_PRONOUNS,
    _SUBORDINATORS,
    _TAIL_PARTICIPLES,
    _TAIL_REPORT,
    _TALLY_FORMS,
    _TALLY_RECORDS,
    _THAT_ONLY,
    _THATLESS,
    _THERE_NOUNS,
    _TIME_WORDS,
    _VERB_ONLY_FORMS,
    _VIEW_NOUNS,
    _WRITTEN_WORKS,
    HEARSAY_ADVERBS,
    HEARSAY_PARTICIPLES,
    PRONOUN_SOURCES,
    _lemma_of,
)
from framing.attribution._worduse import (
    _FREE_NAMING,
    _NOUN_TAILS,
    _POSSESSIVES,
    _added_amount,
    _after_article,
    _after_without,
    _claimed_place,
    _claims_a_thing,
    _inverted_before_colon,
    _market_as,
    _names_a_noun,
    _no_verb_of_saying,
    _noun_before_put,
    _noun_led,
    _nounish_or_heading,
    _quote_after_comma,
    _what_named,
)


def _cues(t: _Tok) -> list[_Cand]:
    """Every cue of a sentence, left to right, before their sources are looked for.

    A cue's tokens are not read again: the next cue starts after them (hearsay adverbs and
    hearsay passives, which may stand inside a verb group, excepted).
    """
    out: list[_Cand] = []
    done = 0  # tokens before this index belong to a cue already found
    for i in [k for k, w in enumerate(t.low) if w in _CAND_WORDS]:
        if i < done:
            continue
        c = _cue_at(t, i)
        if c is not None:
            out.append(c)
            if c.kind != "hearsay":
                done = c.cue[1]
    return out


def _cue_at(t: _Tok, i: int) -> _Cand | None:
    """The cue that candidate word i starts or heads, if it is one."""
    w = t.low[i]
    if w in _TAIL_PARTICIPLES and i > 1:
        c = _expletive_tail(t, i)
        if c is not None:
            return c
    if w in _VIEW_NOUNS and i > 1:
        c = _in_view(t, i)
        if c is not None:
            return c
    if w in _HEARSAY_PHRASES:
        c = _hearsay_phrase(t, i)
        if c is not None:
            return c
    if w in _CUE_NOUNS and i > 0 and i + 1 < t.n:
        nxt = t.low[i + 1]
        if nxt == "that":
            c = _noun_cue(t, i) or _light_verb_noun(t, i)
        elif nxt in ("is", "was") and i + 2 < t.n and t.low[i + 2] == "that":
            c = _noun_cue(t, i)  # "His contention is that ...": the owner is the source
        elif (
            nxt in ("about", "over")
            and t.low[i - 1] in _RAISE_FORMS
            and w in ("concerns", "fears")
            and not (
                i + 2 < t.n
                and t.low[i + 2] in ("the", "a")
                and i + 3 < t.n
                and t.low[i + 3] in _TIME_WORDS
            )
        ):
            c = _Cand((_cue_left(t, i - 1), i + 1), "clear")  # "raised concerns about"
        else:
            c = None
        if c is None and nxt in _NOUN_NEXT and w in _THERE_NOUNS:
            c = _there_noun(t, i)
        if c is not None:
            return c
    if w in _THERE_NOUNS and i > 1:
        c = (
            _there_talk(t, i)
            if w not in _CUE_NOUNS and i + 1 < t.n and t.low[i + 1] == "that"
            else _there_noun_place(t, i)
        )
        if c is not None:
            return c  # "There is talk that" (not "talk about"), "There is speculation in X that"
    if w in _APPEAL_FORMS:
        return _appealed_to(t, i)  # "has appealed to residents to conserve water"
    if w == "word" or w == "wisdom":
        c = _word_is(t, i)
        if c is not None:
            return c
    if w in _NEWSGATHERING and _news_gathered(t, i):
        # "The BBC has learned that ...", "The paper has learnt that ..."
        return _Cand((i - 1 if t.low[i - 1] in ("has", "have", "had") else i, i + 1), "clear")
    if w in _TALLY_FORMS and i > 0 and (_tally_figure(t, i) or _tally_document(t, i)):
        # "The census counted 8.2 million residents", "The census has (also) counted ..."
        return _Cand((_tally_start(t, i), i + 1), "clear")
    if w in _STATEMENT_NOUNS:
        return _issued_statement(t, i)
    if w in _ACCOUNT_NOUNS and i > 1:
        c = _in_account(t, i)
        if c is not None:
            return c
    if w in _COUNT_NOUNS and i > 1:
        c = _by_owner(t, i)
        if c is not None:
            return c
    if w in _BY_THE_OF_NOUNS and 1 < i < t.n - 2 and _by_the_of(t, i):
        # "By the reckoning of the union chairman", "by the count of debate-watchers at ..."
        return _Cand((i - 2, i + 2), "according")
    if w == "according" or w == "per":
        c = _according(t, i) if w == "according" else _per(t, i)
        if c is not None:
            return c
    if w in HEARSAY_ADVERBS and w != "apparently":
        c = _hearsay_adverb(t, i)
        if c is None and _cue_at(t, i + 1) is None and not _after_relative(t.low, i, t.text):
            # the verb after it is no cue of its own here: "is reportedly considering a snap
            # election" (but "allegedly said that": the verb is the cue; not in a relative:
            # "Cuomo, another Democrat who is reportedly considering running, wrote")
            c = _Cand((i, i + 1), "hearsay")
        return c
    if w == "emerged":
        c = _it_emerged(t, i)
        if c is not None:
            return c
    if w in _PRED_ADJ and i > 0:
        c = _pred_adj(t, i)
        if c is not None:
            return c
    if w in _POLL_VERBS and _poll_subject(t, i):
        # "the same poll had Pell ahead by 14 points": the poll's figure, its claim
        c = _Cand((i, i + 1), "clear") if _poll_figure(t, i) else None
        if c is not None or w not in _CUE_WORDS:
            return c
    if w in ("heard", "hears"):
        return _body_heard(t, i)
    if w == "told" and i > 1 and t.low[i - 1] in _HEARING_BODIES and t.text[i - 2] == ",":
        c = _body_heard(t, i)  # a headline's "..., jury told"
        if c is not None:
            return c
    if w == "put":
        c = _put_at(t, i) or _put_it(t, i)
        if c is not None:
            return c
    if w in _PUT_FORMS:
        return _put_figure(t, i)
    if (
        w in _FIGURE_FORMS
        and _right_after_subject(t, i)
        and _object_opens(t, i + 1)
        and not _noun_before_put(t, i)
    ):
        c = _put_figure(t, i)
        if c is not None:
            return c  # "A deputy estimated the crowd at 400"; else "estimated that ...", below
    if w not in _CUE_WORDS:
        if w in HEARSAY_PARTICIPLES or w in _AS_PARTICIPLES:
            # "it was learned that", "was labelled as": a hearsay participle only
            return _hearsay_passive(t, i)
        return _made_clear(t, i)
    return _verb_cue(t, i)


def _tally_document(t: _Tok, i: int) -> bool:
    """A tally verb at token i whose subject is a record's noun phrase opening the sentence
    ("A survey carried out for the county council counted 27 empty shops"), before a figure;
    not a market index ("The S&P 500 index of stocks recorded 63 new highs"), nor a phrase
    after "There is" ("There was a rise in the count recorded over 12 months")."""
    if not t.text[i - 1][:1].isalnum() or not _tally_object(t, i):
        return False
    doc = _document_subject(t, i)
    if doc is None or not all(x in _QUOTE_TOKENS for x in t.text[: doc[0]]):
        return False
    words = t.low[doc[0] : doc[1]]
    return (
        words[0] != "there"
        and _NOT_TALLIES.isdisjoint(words)
        and not _TALLY_RECORDS.isdisjoint(words)
    )


_NOT_TALLIES = frozenset(("index", "model", "sign", "banner", "headline", "ad", "ads", "video"))


def _news_gathered(t: _Tok, i: int) -> bool:
    """An outlet's newsgathering before "that" and a clause, the verb at token i after
    "has"/"have"/"had" or right after a newsgatherer: "The BBC has learned that ...", "The
    Evening Echo has learnt that ...", "The paper has learnt that ..." (the unnamed people who
    told the outlet, a claim); not "She learned that her contract would end", "The Rams have
    learned that defense wins" (no outlet), "The newspaper learned that lesson" (no clause)."""
    low = t.low
    if i + 2 >= t.n or low[i + 1] != "that" or i < 2 or not _hs_clause_after(t, i + 1):
        return False
    k = i - 1
    if low[k] in ("has", "have", "had"):
        k -= 1
        outlet = t.cap[k] and (
            (t.text[k].isupper() and len(t.text[k]) > 1)  # "The BBC", "AFP"
            or (low[k] in _OUTLET_HEADS and k > 0 and t.cap[k - 1])  # "The Echo"
        )
        return outlet or low[k] in _NEWSGATHERERS
    return low[k] in _NEWSGATHERERS


_PLURAL_VERBS = frozenset(("are", "were", "have"))
_COUNT_WORDS = frozenset(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "no")
)
_OUGHT = frozenset(("should", "must", "shouldn", "mustn"))
_NOT_WORDS = frozenset(("not", "never", "'t", "’t"))
_LET_OPENERS = frozenset(("do", "don", "'t", "’t", "never", "and", "so", "just", "please"))
_OBJECT_PRONOUNS = frozenset(("them", "him", "her", "us", "anyone", "anybody", "nobody"))


def _oath_in(t: _Tok, k: int) -> bool:
    """After "swore in", a place of up to three words and then "that" ("swore in court that he
    was innocent"): an oath with content, not "was sworn in, ..." or "sworn in as mayor"."""
    for m in range(k, min(t.n, k + 4)):
        if t.low[m] == "that":
            return m > k
        if not t.text[m].isalpha():
            return False
    return False


def _verb_cue(t: _Tok, i: int) -> _Cand | None:
    """The cue headed by the cue verb form at token i: a hearsay passive or a verb group."""
    w = t.low[i]
    lemma = _lemma_of(w)
    if _not_a_cue_here(t, i, lemma):
        return None
    passive = _hearsay_passive(t, i)
    if passive is not None:
        return passive
    if _nounish_or_heading(t, i, lemma):
        return None
    return _verb_group(t, i, lemma)


def _not_ruled_out(t: _Tok, i: int) -> bool:
    """ "rule out" at token i kept open: "has not ruled out", "did not rule out", "would
    not rule it out", "refused to rule out", "never ruled out" (a source's stance, a claim)."""
    low = t.low
    if not _out_after(t, i):
        return False
    before = low[max(0, i - 4) : i]
    if low[i] == "ruled" and any(w in _BE or w in ("be", "been", "being") for w in before):
        return False  # "It hasn't been ruled out", "Kane is not ruled out of the final": passives
    k = i - 1
    if k >= 0 and (
        low[k] in ("yet", "still", "even", "entirely", "completely") or low[k].endswith("ly")
    ):
        k -= 1  # "has not yet ruled out", "did not formally rule out"
    if k >= 1 and low[k] == "to" and low[k - 1].startswith(("refus", "declin")):
        return True  # "refused to rule out"
    return k >= 1 and (
        low[k] == "never"
        or (low[k] in _NOT_WORDS and (low[k - 1] in _AUX or low[k - 1] in _MODALS))
    )  # not "Whether or not investigators rule out", "Police not only ruled out"


_STAND = frozenset(("stand", "stands", "stood", "standing"))  # "stands accused of": an allegation
_PRONOUN_SUBJECTS = _SUBJECT_PRONOUNS | {"you", "who"}  # "who she accused of"


def _main_verb_after(t: _Tok, k: int) -> bool:
    """A finite verb from token k on: the sentence's own verb after a reduced relative ("A man
    accused of arson has been remanded", "The minister accused of bribery resigned"); not a
    headline's "Graham Tovey, 54, accused of using clients' savings"."""
    for m in range(k, t.n):
        w = t.low[m]
        if (
            w in _BE
            or w in _AUX
            or w in _PAST_FORMS
            or (w.endswith("ed") and len(w) > 4 and t.low[m - 1] not in _DETS and not t.cap[m])
        ):
            return True
    return False


# participles of forecasting that stand passive after "With" and a noun ("With temperatures
# forecast to climb, ...")
_WITH_PARTICIPLES = frozenset(("forecast", "forecasted", "predicted", "projected", "expected"))
_AFTER_PASSIVE = frozenset(
    "to for in on at by over through until later this next , tomorrow tonight overnight soon"
    " again throughout across from".split()
)


# reckonings read "by the <noun> of <source>"
_BY_THE_OF_NOUNS = frozenset(("reckoning", "count", "tally", "estimate", "calculation"))


def _not_a_cue_here(t: _Tok, i: int, lemma: str) -> bool:
    """Uses of a cue form that are never a cue: a noun before its verb ('the report said'),
    a preposition ('regarding'), 'add to', 'call off', a sentence-initial name part."""
    low = t.low
    n = t.n
    nxt = low[i + 1] if i + 1 < n else ""
    if nxt in _VERB_ONLY_FORMS:
        return True  # a noun before its verb: "the report said", "talks say"
    w = low[i]
    if (
        w.endswith("s")
        and i > 0
        and (nxt in _NOUN_TAILS or nxt in _PAST_FORMS)
        and w not in _VERB_ONLY_FORMS
        and _noun_led(t, i)
    ):
        return True  # "Most comments came from operators", "claims related to property"
    if (
        w in _WITH_PARTICIPLES
        and i > 1
        and low[0] == "with"
        and "," not in t.text[1:i]
        and nxt in _AFTER_PASSIVE  # "forecast for Monday", "expected to", "predicted, ..."
        # (not "predicted his side would win": the main clause's verb)
        and low[i - 1] not in _PRONOUN_SUBJECTS
    ):
        return True  # "With more rain forecast for Monday, ...": a passive, not the rain's word
    if w == "writing" and i > 0 and low[i - 1] == "in":
        return True  # "must approve in writing": the form of an act
    if w == "claimed" and nxt == "by" and _claimed_place(low, i):
        return True  # "a barren plateau claimed by both countries": a place claimed, not said
    if (
        w in ("post", "tweet")
        and nxt in (",", "on", "in", ".", "from")
        and not (low[i - 1].endswith("s") and not t.cap[i - 1])  # "The activists post on"
        and _after_article(t, i)
    ):
        return True  # "In a brief Facebook post, he ...": the noun
    if _no_verb_of_saying(t, i, lemma):
        return True  # "A statement posted on ...", "according to the committee report"
    if lemma in _FREE_NAMING and _what_named(t, i):
        return True  # "What the minister called a 'modest adjustment' cost ...": a mention
    if _market_as(t, i, lemma):
        return True  # "Shares fell as investors worried about rates": the writer's cause
    if w.endswith("ing") and _after_without(low, i):
        return True  # "resigned without explaining why", "fired without warning": not said
    if lemma == "claim" and nxt in _POSSESSIVES and _claims_a_thing(t, i):
        return True  # "Click here to claim your bottle": taking, not saying
    if lemma in ("pledge", "promise") and _money_after(t, i + 1):
        return True  # "Donors pledged $1.9bn in aid": money given, an act
    if lemma == "dismiss" and _court_dismisses(t, i):
        return True  # "The Federal Court has dismissed a challenge": a ruling, an act
    if w == "say" and i > 0 and low[i - 1] in ("have", "has", "had", "having"):
        return True  # a headline's "TAXPAYERS WILL HAVE SAY": a noun
    if w == "told" and i > 0 and low[i - 1] == "all" and nxt == "," and low[i - 2] not in _BE:
        return True  # "It was, all told, a good sitting": an idiom (not "were all told, in
        # writing, that ...", "All told the same story")
    if lemma == "say" and _says_about(t, i):
        return True  # "It says something about the council that ...": the writer's reading
    if w in ("guess", "bet") and i > 0 and low[i - 1] in _GUESS_ADJECTIVES:
        return True  # "It is a fair guess that ...": a noun, the writer's own
    if nxt in _PLURAL_VERBS and w.endswith("s") and not w.endswith("ss") and i > 0:
        return True  # "the waiting list figures are due": a plural noun before its verb
    if w in _NOT_CUE_FORMS or _body_trust(t, i) or _state_modifier(t, i) or _counsel_noun(t, i):
        return True  # ... or "the NHS trust running the hospital": a body; "Defence counsel"
    if (
        i + 2 < n
        and nxt in ("has", "have", "had")
        and low[i + 2] in _CUE_WORDS
        and low[i + 2].endswith(("ed", "wn", "nd", "id", "ld"))
    ):
        return True  # "an official report has found", "the study has shown": a noun subject
    if (
        w == "accused"
        and nxt == "of"
        and i > 0
        and not any(x in _BE or x in _AUX or x in _STAND for x in low[max(0, i - 3) : i])
        and low[i - 1] not in _PRONOUN_SUBJECTS
        and low[i - 1] not in ("and", "or", "also", "not", "never")
        and _main_verb_after(t, i + 2)
    ):
        return True  # "A man accused of arson has been remanded": a reduced relative
    if i > 0 and low[i - 1] == "worth":
        return True  # "It is worth mentioning that ...": the writer's aside
    if (
        i > 1
        and w.endswith("ed")
        and (low[i - 1] in _COUNT_WORDS or low[i - 1][:1].isdigit())
        and (low[i - 2] in _BE or low[i - 2] in ("of", "with", "to"))
        and nxt.isalpha()
        and nxt not in ("that", "to", "by", "how", "what", "whether", "as", "it", "this")
        and not nxt.endswith("ing")
    ):
        return True  # "There has been one confirmed case", "with 40 reported deaths": an adjective
    if i > 2 and low[i - 1] == "be" and low[i - 2] in _MODALS and low[i - 3] == "it":
        return True  # "It should be noted that", "It must be stressed that": the same
    if i > 1 and low[i - 1] == "to" and low[i - 2] == "according":
        return True  # "According to reports received here, ...": the "according" cue's
    if (
        i > 1
        and low[i - 2] in ("let", "lets")
        and low[i - 1] in _OBJECT_PRONOUNS
        and (i == 2 or low[i - 3] in _LET_OPENERS or t.text[i - 3] in _QUOTE_TOKENS)
    ):
        return True  # "Don't let them tell you ...": the writer's appeal, nobody reports
    if i > 1 and low[i - 1] in _NOT_WORDS and low[i - 2] in _OUGHT:
        return True  # "The minister shouldn't claim that ...", "must never believe"
    if i > 0 and (low[i - 1] in _OUGHT or (i > 1 and low[i - 1] == "to" and low[i - 2] == "ought")):
        return True  # "The Assembly should reject the amendment": the writer's call, no report
    if (lemma == "add" and nxt in ("to", "up")) or _act_use(t, i, lemma):
        return True
    if (
        lemma == "call"
        and nxt == "to"
        and i + 2 < n
        and low[i + 2] in _DETS
        and ((i > 0 and low[i - 1] in _BE) or not _quote_after_comma(t, i + 3))
    ):
        return True  # "Crews were called to the 1400 block", "called to a meeting": summoned
    if (
        lemma == "add"
        and i + 2 < n
        and low[i + 2] == "to"
        and nxt.isalpha()
        and nxt not in _OBJECT_PRONOUNS
        and nxt not in _DETS
        and nxt not in _TIME_WORDS
        and not nxt.endswith("ly")
        and nxt not in ("afterwards", "later", "privately", "publicly")
    ):
        return True  # "The figures have added urgency to a bill", "added fuel to the row"
    if lemma == "add" and _added_amount(t, i + 1):
        return True  # "South Africa added only 89 more", "The index added 12 points": a sum
    if lemma == "swear" and (nxt == "off" or (nxt == "in" and not _oath_in(t, i + 2))):
        return True  # "has sworn off PAC money", "was sworn in as mayor": acts, no content
    if lemma == "hail" and nxt == "from":
        return True  # "Gonzalez hails from McAllen": where she comes from
    if (lemma == "add" or (lemma == "calculate" and _CALCULATED.isdisjoint(low[i + 1 :]))) and (
        i > 0 and low[i - 1] in _BE and nxt not in ("that", ":") and nxt not in _QUOTE_TOKENS
    ):
        return True  # "20,000 rooms have been added", "The figures were calculated": acts
    if lemma == "rule" and _not_ruled_out(t, i):
        return False  # "The union has not ruled out strike action": a stance it keeps open
    if lemma in _THAT_ONLY:
        that = _that_at(t, i + 1)
        if (
            not (that > 0 and _clause_after(t, that) and (lemma != "charge" or w == "charged"))
            and not (lemma in _THATLESS and w.endswith("ed") and _thatless_clause(t, i + 1))
            # ("ruled the ban was unlawful": a past form and a clause without "that")
            and not _quote_closed_before(t, i, ends=_SENTENCE_ENDS)  # '"...," he charged.'
            and not (
                lemma in _TAIL_REPORT
                and _tail_position(t, i, i + 1)
                and low[0] not in _NP_PREPS
                and low[0] not in _SUBORDINATORS
            )  # not "After the coup, the generals ruled.": a fronted phrase, no clause
            # ("..., a federal appeals court ruled Tuesday.": the ruling's content before it)
        ):
            return True  # "charged the man with murder", "held that post", "faces charges that"
    if (
        lemma in _ACTION_OBJECTS
        and not (lemma == "call" and nxt in ("for", "on", "upon"))  # "called for more police"
        and _action_object(t, i, _ACTION_OBJECTS[lemma])
    ):
        return True  # "The fire claimed three lives", "The club welcomes visitors": an action
    if lemma == "back" and not _BACK_MOTION.isdisjoint(low[i + 1 : i + 5]):
        return True  # "backed into the space", "backed the firm with $4m": a move, money
    if lemma == "plead" and (
        nxt in ("guilty", "innocent") or (nxt == "not" and i + 2 < n and low[i + 2] == "guilty")
    ):
        return True  # "pleaded guilty": a plea in court is an action
    if low[i] == "welcome" and i > 0 and low[i - 1] in _BE:
        return True  # "Everyone is welcome.": an adjective
    if lemma == "defend" and not _DEFENDED.isdisjoint(low[i + 1 : i + 4]):
        return True  # "Canterbury defend the shield": a contest, not a position
    if lemma == "decline" and nxt[:1].isalnum() and not _declined_to_say(low, i):
        return True  # "declined comment", "declined an invitation to ...", "shares declined 3%"
    if low[i] == "called" and _names_a_noun(t, i):
        return True  # "a club called Tidewater": naming, not speech
    if low[i] == "found" and i > 0 and low[i - 1] in _BE and nxt not in ("that", "to"):
        return True  # "The file was found in a car": an event, not a finding
    if low[i] == "found" and nxt in _FOUND_EVENTS and "that" not in low[i + 1 : i + 7]:
        return True  # a headline's "Sensitive document found on street", "Man found dead"
    if low[i] == "written" and (
        nxt == "by"
        or (
            nxt.isalpha()
            and nxt not in _AFTER_WRITTEN
            and i > 0
            and low[i - 1] not in _AUX
            and low[i - 1] not in _BE
        )
    ):
        return True  # "a book written by Marc Headley", "fourteen written submissions"
    if low[i] == "think" and nxt in ("tank", "tanks"):
        return True  # "The King's Fund think tank said": a noun
    if lemma == "write" and nxt in _POSSESSIVES and not _after_cue_signal(t, i + 1):
        return True  # "wrote his second symphony", "writes her column": a work, an action
    if (
        lemma == "write"
        and nxt in ("the", "a", "an")
        and not _WRITTEN_WORKS.isdisjoint(low[i + 2 : i + 5])
        and not _after_cue_signal(t, i + 1)
    ):
        return True  # "Justice Kagan wrote the main dissent", "She wrote a novel": a work
    # "State Senate President ..." opening the sentence, or '"...," State Minister X told
    # reporters' inside a sentence that is not title-case: a name part; not an inverted cue
    # before a name and a colon ("Added Stone:", "Continued Ms. Ruiz:")
    return (
        t.cap[i]
        and i + 1 < n
        and t.cap[i + 1]
        and nxt not in PRONOUN_SOURCES
        and (i == 0 or not t.titlecase())
        and not _inverted_before_colon(t, i)
    )


# words after a "written" that can report: "written that", "written to the council"
_AFTER_WRITTEN = frozenset(("that", "to", "in", "on", "about", "for", "with", "of", "and"))
# what "found" is followed by when something or someone was found, not a finding
_FOUND_EVENTS = frozenset(
    ("on", "in", "at", "near", "dead", "alive", "guilty", "inside", "outside", "lying",
     "unconscious")
)  # fmt: skip
_RAISE_FORMS = frozenset(
    ("raise", "raises", "raised", "raising", "voice", "voices", "express", "expresses",
     "expressed", "expressing")
)  # fmt: skip


def _clause_after(t: _Tok, j: int) -> bool:
    """The "that" at token j opens a clause ("charged that the firm lied", "held that Smith
    was negligent"), not a noun phrase ("held that post", "submitted that report")."""
    if j + 1 >= t.n:
        return False
    w = t.low[j + 1]
    after = t.low[j + 2] if j + 2 < t.n else ""
    return (
        w in _CLAUSE_STARTS
        or t.cap[j + 1]
        or (w.endswith("s") and (after in _AUX or after in _BE or after.endswith("ed")))
        # a plural noun and a finite verb: "ruled that members of the club can meet"
        or (w.endswith("s") and not w.endswith(("ss", "us", "is")) and _finite_within(t, j + 1, 6))
        or (  # a noun, a short phrase and a finite verb: "held that service by email was valid"
            w.isalpha()
            and not t.cap[j + 1]
            and w not in _DETS
            and _finite_within(t, j + 1, 4)
            and not any(
                x in _SUBORDINATORS
                or x in PRONOUN_SOURCES
                or x in _RELATIVES
                or x in ("and", "but", "or")  # "held that portfolio and was also deputy leader"
                for x in t.low[j + 2 : j + 6]
            )
        )
        or (  # a noun before a plural head: "ruled that benefit cuts of more than 30% were"
            w.isalpha()
            and not t.cap[j + 1]
            and after.endswith("s")
            and not after.endswith(("ss", "us", "is"))
            and after.isalpha()
            and _finite_within(t, j + 2, 6)
        )
        or w[:1].isdigit()
        or t.text[j + 1] in (",", "“", '"', "‘")
        or _verb_soon(t, j + 1)
    )


_CLAUSE_BREAKS = frozenset(("he", "she", "it", "they", "we", "i", "you", "and", "or", "but"))


def _verb_soon(t: _Tok, k: int) -> bool:
    """A finite verb two or three plain words after token k: "held that segregated schools
    were unconstitutional", "ruled that state officials must pay", not "held that post for
    years"."""
    low = t.low
    for m in range(k + 1, min(k + 3, t.n)):
        if (low[m] in _AUX or low[m] in _BE or low[m] in _MODALS) and not t.cap[m]:
            return True  # not "in May"
        if low[m].endswith("ed") and low[m - 1].endswith("s") and not t.cap[m]:
            return True  # "that federal regulators overstepped"
        if (
            not low[m].isalpha()
            or not t.text[m - 1].isalpha()
            or low[m] in _RELATIVES
            or low[m] in _CLAUSE_BREAKS
            or low[m - 1] in _CLAUSE_BREAKS
        ):
            return False  # "held that seat which was", "held that lead they would have"
    return False


_DEFENDED = frozenset(
    ("title", "titles", "shield", "crown", "championship", "cup", "trophy", "belt", "seat",
     "seats", "majority")
)  # fmt: skip
_BACK_MOTION = frozenset(
    ("into", "out", "away", "off", "down", "up", "onto", "towards", "toward", "$", "£", "€")
)
_CALCULATED = frozenset(("that", ":", "at", "to"))  # "was calculated (by X) at/to be/that"


def _verb_group(t: _Tok, i: int, lemma: str) -> _Cand | None:
    """The verb group around cue verb i: auxiliaries and adverbs on its left, a particle and
    'reporters' on its right ('has repeatedly pointed out', 'told reporters')."""
    low = t.low
    n = t.n
    w = low[i]
    a = _cue_left(t, i)
    b = i + 1
    parts = _PARTICLES.get(lemma)
    if parts and b < n and low[b] in parts:
        b += 1
    elif lemma in _PHRASAL_ONLY or lemma == "go":
        return None
    if lemma in _ADDRESSEE_VERBS and b < n and low[b] in ("reporters", "journalists"):
        b += 1
    c = _Cand((a, b), "verb")
    c.participle = w.endswith("ing") and (a == i or low[a] not in _AUX)
    if w.endswith(("ing", "ed")) and (a == 0 or all(x in _QUOTE_TOKENS for x in t.text[:a])):
        c.rank = 1  # sentence-initial participle clause: "Asked about it, ..."
    return c


def _pred_adj(t: _Tok, i: int) -> _Cand | None:
    """'are concerned about', 'is skeptical', 'was confident that' after a form of 'be'."""
    low = t.low
    k = i - 1
    while k >= 0 and (
        low[k] in _NEG
        or low[k] in _CUE_ADVERBS
        or low[k] in ("very", "so", "more", "less", "quite", "still", "also", "all")
        or (
            low[k].endswith("ly")
            and len(low[k]) > 4
            and low[k].isalpha()
            and not t.cap[k]
            and t.low[i] not in _CUE_WORDS  # "was strongly opposed": the verb's own route
        )
    ):  # "were cautiously hopeful that", "are deeply concerned about"
        k -= 1
    if k < 0 or (
        low[k] not in _BE
        and low[k] not in ("’s", "'s", "remain", "remains", "remained", "feel", "feels", "felt")
    ):
        return None
    if (
        i + 1 < t.n
        and low[i + 1] == "than"
        and ("more" in low[k + 1 : i] or "less" in low[k + 1 : i])
    ):
        return None  # a comparison, no position: "was more cautious than its chairman"
    a = _cue_left(t, k) if low[k] in _BE else k
    b = i + 1
    if b < t.n and low[b] in ("about", "of", "that", "to", "with"):
        if low[b] != "that":
            b += 1
    elif b + 1 < t.n and low[b] == "in" and low[b + 1] in _POSSESSIVES:
        b += 1  # "were guarded in their comments"
    elif b < t.n and (low[b] in _CLAUSE_STARTS or t.cap[b]) and _finite_within(t, b, 5):
        pass  # a clause without "that": "are concerned the government will change the law"
    elif not (b < t.n and (t.text[b] in (",", ".", ":") or low[b] in ("whether", "if"))):
        return None
    return _Cand((a, b), "adj")
