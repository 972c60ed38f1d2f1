"""Sources: the source of each cue in a sentence (whether a cue has enough evidence to be kept
is `_evidence`'s decision)."""

from __future__ import annotations

from framing.attribution._addressed import (
    _addressed,
    _asked,
    _question_clause,
    _told_content,
    _told_opens,
    _told_tail,
)
from framing.attribution._appositions import _left_apposition
from framing.attribution._cand import _Cand, _cue_left
from framing.attribution._content import _no_content
from framing.attribution._evidence import _counted, _decide, _src_kind, _writers_own
from framing.attribution._heads import _participle_subject
from framing.attribution._passives import _received_passive
from framing.attribution._phrases import (
    _is_verbish,
    _np_left,
    _np_right,
    _np_token,
    _subject_start,
    _surname_month,
    _with_apposition,
)
from framing.attribution._signals import _after_cue_signal, _closes_single, _thatless_clause
from framing.attribution._subjects import (
    _NAMING,
    _after_object_and,
    _as_agent,
    _contact_subject,
    _document_subject,
    _eager_subject,
    _free_relative,
    _hearsay_subject,
    _holds_verb,
    _person_subject,
    _quoted_as,
    _tail_name,
    _there_subject,
    _unnamed_who,
    _who_subject,
    _whose_subject,
)
from framing.attribution._tokens import (
    _DASHES,
    _QUOTE_TOKENS,
    _Tok,
)
from framing.attribution._vocab import (
    _AS_PARTICIPLES,
    _AUX,
    _BE,
    _CUE_WORDS,
    _DEMONSTRATIVES,
    _DETS,
    _EVIDENCE_SET,
    _FIGURE_FORMS,
    _FINDINGS,
    _GENERIC_ONE_VERBS,
    _ISSUED_DOCUMENTS,
    _KEEP,
    _NON_SOURCES,
    _NP_PREPS,
    _PERMISSION_VERBS,
    _PERSONAL,
    _SUBORDINATORS,
    _TALLY_FORMS,
    _TIME_WORDS,
    CATENATIVE_VERBS,
    DOCUMENT_NOUNS,
    PRONOUN_SOURCES,
    _inflect,
    _lemma_of,
)


def _sources(t: _Tok, cands: list[_Cand]) -> list[_Cand]:
    """Find the source of every cue and keep the cues with enough evidence."""
    low = t.low
    kept: list[_Cand] = []
    reading = -1  # where the clause of a cue read as the writer's own opens
    addressed_end = -9  # where the last passive of the one addressed ends ("were told")
    for c in cands:
        a, b = c.cue
        if c.kind == "hearsay":
            if not c.drop and not _in_relative_clause(t, a):
                if b < t.n and low[b] == "as" and low[b - 1] in _AS_PARTICIPLES:
                    c.src = _as_agent(t, b)  # "was hailed as a breakthrough by both sides"
                elif a > 0 and (low[a] in _BE or low[a] in _AUX):
                    c.src = _hearsay_subject(t, a)  # "Those aides are said to feel ..."
                kept.append(c)
            continue
        if c.kind == "noun":
            kept.append(c)
            continue
        if c.kind == "according":
            e = _np_right(t, b, limit=14, loose=True)
            if e > 0:
                initial = all(x in _QUOTE_TOKENS for x in t.text[:a])
                c.src = (b, e) if initial else _with_apposition(t, b, e)
            kept.append(c)
            continue
        vb = b - 1
        while vb > a and low[vb] not in _CUE_WORDS:
            vb -= 1
        verb = low[vb]
        lemma = c.kind if c.kind in ("adj", "clear") else _lemma_of(verb)
        shared, src, res = _verb_source(t, c, verb, kept)
        if c.kind == "hearsay":  # a passive reaction with no agent ("was widely criticised")
            if not _in_relative_clause(t, a):
                kept.append(c)
            continue
        tally = _document_subject(t, a) if c.kind == "clear" and verb in _TALLY_FORMS else None
        if tally is not None:
            src, res = tally, None  # "A survey carried out for the council counted 27 shops"
        if src is not None and t.low[src[1] - 1][:1].isdigit() and not _counted(t, src, src[1] - 1):
            src = res = None  # "3. Harmon lied and said", "voted 5 to 2 to ask": no speaker
        if (
            src is not None
            and reading >= 0
            and (src[0] == reading or (src[0] == reading + 1 and low[reading] == "that"))
        ):
            continue  # "The bank's caution suggests it fears ...": the writer's reading goes on
        if c.drop or _no_content(t, a, b, lemma):
            continue
        if shared and 0 <= a - addressed_end <= 2:
            continue  # "workers were told and not asked": the second verb of the passive
        if src is None and not shared and _addressed(t, a, b):
            addressed_end = b
            relative = _in_relative_clause(t, a) or (a > 0 and low[a - 1] in ("who", "which"))
            if _told_content(t, a, b) and not relative:
                if _told_tail(t, a, b):
                    c.rank = -1  # '"...," the crowd was told.': the tail attributes it all
                kept.append(c)  # "Motorists are asked to drive carefully": unnamed speakers
            continue
        if lemma in _FINDINGS and not shared and _writers_inference(t, src, res):
            continue  # "This shows that ...", "..., which suggests that ...": the writer's
        kind = "doc" if tally is not None else None
        if (
            not shared
            and lemma in _EVIDENCE_SET
            and (
                _src_kind(t, src) in ("", "other")
                or (src is not None and low[src[1] - 1].isdigit())
            )
        ):  # "Every poll taken since 2010 showed": the number is no subject
            doc = _document_subject(t, a)
            if doc is not None:
                src, res, kind = doc, None, "doc"  # "A poll released on Monday found ..."
        # an imperative ("Say no to ...", "note that ...") or a filler (", say,"): weighed by
        # the learned check as before (its training candidates), then left out
        bare = (not shared or not kept) and src is None and verb == lemma and _bare_verb(t, a, b)
        if shared:
            # a participle or a second verb: its subject is the one of the main verb
            c.participle = True
            if _decide(t, c, lemma, None, shared=True) and not bare:
                kept.append(c)
        elif _decide(t, c, lemma, src, kind=kind) and not bare:
            c.src, c.res = src, res
            kept.append(c)
        elif _writers_own(t, c, lemma, src, kind or _src_kind(t, src)):
            reading = b  # its clause opens here (or after its "that")
    # participles and shared-subject verbs take the subject of the verb before them
    for idx, c in enumerate(kept):
        if c.kind not in ("verb", "clear") or not c.participle or c.src is not None:
            continue
        prev = next(
            (d for d in kept[:idx][::-1] if d.src is not None and d.kind != "hearsay"), None
        )
        if prev is not None:
            c.src, c.res = prev.src, prev.res
        elif c.rank == 1:
            # sentence-initial participle: the subject follows its clause
            nxt = next(
                (d for d in kept[idx + 1 :] if d.src is not None and d.kind != "hearsay"), None
            )
            if nxt is not None:
                c.src, c.res = nxt.src, nxt.res
                # "Writing in the Lancet, the researchers said": where the participle writes,
                # not what; one attribution, the main verb's
                c.drop = c.cue[1] < t.n and low[c.cue[1]] in ("in", "on", "at", "from", "for", "to")
            else:
                c.src = _subject_start(t)
        else:
            c.src = _subject_start(t)
            last = t.low[c.cue[1] - 1]
            if c.src is not None and last == _lemma_of(last) and _imperative_subject(t, c.src):
                c.drop = True  # "Write down the plate and report it": commands, no source
    kept = [c for c in kept if not c.drop]
    if len(kept) > 1:
        # a source that ends with another cue ("The minister rejected" of "claims"): a noun
        # read as a verb right after the real cue
        ends = {d.cue[1] for d in kept}
        kept = [c for c in kept if c.src is None or c.src[1] not in ends or c.src[1] == c.cue[1]]
    kept = [c for c in kept if not _non_source(t, c)]
    if kept and all(c.restrictive and not _there_are(t, c) for c in kept):
        # the only cues sit in restrictive relative clauses ("schools that want to join",
        # "respondents who reported ..."): a passing mention, the main assertion is another
        return []
    if "asked" in low and any(c.src is not None and c.kind == "verb" and not c.rank for c in kept):
        _question_clause(t, kept)
        kept.extend(_asked(t, kept))
    return kept


# verbs whose name after them in a tail is the speaker: "..., said seismologist Dana Whitcomb."
_PLAIN_SAYING = frozenset(("say", "add", "explain", "write", "insist", "state", "estimate"))


def _short_quote_opening(t: _Tok, close: int) -> int:
    """The opening mark of a quotation of one to three words that closes at token ``close``
    (a word or two quoted inside an insert, not a speaker's sentence), or -1."""
    for k in range(close - 1, max(-1, close - 5), -1):
        if t.text[k] in _QUOTE_TOKENS:
            return k if close - k >= 2 else -1
    return -1


def _there_are(t: _Tok, c: _Cand) -> bool:
    """The source is "who" and its antecedent stands right after "There are" or "There is":
    "There are those who say ...", "There are some who argue ..." (the clause is what the
    sentence asserts, not a passing mention; not "There are schools that want to join")."""
    a, b = c.cue
    if c.src is None or t.low[c.src[0]] != "who":
        return False
    if b - a != 1 and not (b - a == 2 and t.low[a] in ("will", "would")):
        return False  # one verb or "will say": not "who would have backed", "who can understand"
    w = c.src[0]
    if not (_after_cue_signal(t, b) or _thatless_clause(t, b)):
        return False  # "There were witnesses who saw the crash": no content reported
    for k in range(w - 3, max(-1, w - 8), -1):  # "There are those on the left who say"
        if t.low[k] == "there" and t.low[k + 1] in _BE:
            between = t.low[k + 2 : w]
            return all(x.isalpha() for x in between) and _NOBODY.isdisjoint(between)
    return False


# "There is nobody who believes ...", "There are few who think ...": nobody holds it
_NOBODY = frozenset(("no", "nobody", "none", "few", "not", "never", "one"))


_NAME_SAID = frozenset(
    ("said", "says", "told", "tells", "added", "adds", "reported", "reports", "wrote", "writes")
)


def _non_source(t: _Tok, c: _Cand) -> bool:
    """A verb cue whose whole source is one word that never speaks ("Please note that",
    "Moreover, seeing ...": `_NON_SOURCES`), a generic "one" with a modal or a verb of the
    writer's musing ("One can argue that", "One wonders whether"), nobody ("Nobody is
    claiming ...", "No one has claimed responsibility"), a question's "who" or an outlet's
    "can reveal": no attribution."""
    if c.src is None or c.kind not in ("verb", "clear"):
        return False
    w = t.low[c.src[0]]
    nxt = t.low[c.src[0] + 1] if c.src[0] + 1 < c.src[1] else ""
    if w == "nobody" or (
        w == "no" and nxt[:1].isalpha() and nxt not in ("doubt", "wonder", "less", "matter", "more")
    ):
        # "Nobody on this show is claiming ...", "No one has claimed responsibility", "No group
        # has claimed responsibility" (round 25: "no" before a word; not "No More Deaths", "No
        # 10 spokesman", "No doubt, ...", "No wonder ...")
        return True
    a = c.cue[0]
    if t.low[a] == "can" and t.low[c.cue[1] - 1] == "reveal" and t.cap[c.src[1] - 1]:
        return True  # "The Southerly Standard can reveal that ...": the outlet's own scoop
    if c.src[1] - c.src[0] != 1:
        return False
    if w in ("who", "what") and c.src[0] == 0 and t.text[-1] == "?":
        return True  # "Who supports the packs?": a question asks who, nobody said it
    if w in _NON_SOURCES:
        # not a capitalised name right before a verb of saying ("Indeed said", the jobs site;
        # not "Thus said, ...")
        return not (
            t.cap[c.src[0]]
            and c.src[1] == a
            and t.low[a] in _NAME_SAID
            and not (a + 1 < t.n and t.text[a + 1] == ",")
        )
    if w == "one" and t.cap[c.src[0]]:
        return t.low[a] in _GENERIC_ONE_VERBS  # not "One would later tell detectives"
    return False


def _writers_inference(t: _Tok, src: tuple[int, int] | None, res: tuple[int, int] | None) -> bool:
    """The subject of show/suggest/indicate/reveal is the writer's own reasoning (attr12): a
    lone "this"/"that" opening its clause ("This shows that the plan failed"), a demonstrative
    before a noun that names no person or document ("That rise shows") or before plural
    document nouns ("These results suggest", "These figures show"), or a "which" after a
    comma whose antecedent is a clause, or a phrase after a preposition that names no
    document, person or group ("Sales fell by half, which suggests that ..."; not "a report,
    which suggests", "introduced a copy of the deed, which showed")."""
    if src is None:
        return False
    a, b = src
    w = t.low[a]
    if w == "which":
        if a == 0 or t.text[a - 1] != ",":
            return False
        if res is None:
            return True  # "Turnout rose sharply, which shows": the clause before the comma
        r0, r1 = res
        return _src_kind(t, res) == "other" and (
            r0 == 0  # "Sales fell by half, which": the sentence so far
            or t.low[r0 - 1] in ("by", "in", "of", "for", "at", "on", "over", "from")
            or any(_is_verbish(t, x) for x in range(r0, r1))
        )  # "Prices doubled in a year, which", not "introduced a copy of the record, which"
    if w not in _DEMONSTRATIVES or not (
        a == 0 or t.text[a - 1] in (",", ";", "—", "–") or t.low[a - 1] in ("and", "but", "so")
    ):
        return False  # not "a survey out this week shows": the demonstrative opens the clause
    if b - a == 1:
        return w in ("this", "that")
    kind = _src_kind(t, (a + 1, b))
    # "these figures", "those results": the numbers the writer just gave; "this report" is
    # the report the text cites
    return kind == "other" or (kind == "doc" and w in ("these", "those"))


# what follows "asked" when it frames the answer of the sentence's speaker: "When asked
# whether ...", "Asked about the delay, ..."
_Range = tuple[int, int]

# words that may open an imperative before its verb: "And note that ...", "Now think about ..."
_IMPERATIVE_OPENERS = frozenset(
    ("and", "but", "so", "now", "then", "also", "just", "please", "furthermore", "first", ",")
)


def _imperative_subject(t: _Tok, src: _Range) -> bool:
    """The source found is one base-form verb opening the sentence: an imperative whose
    coordinated verb is the cue ("Write down the time and report it to your captain")."""
    s, e = src
    w = t.low[s]
    return (
        e - s == 1
        and w in _CUE_WORDS
        and w == _lemma_of(w)
        and all(x in _QUOTE_TOKENS for x in t.text[:s])
    )


def _bare_verb(t: _Tok, a: int, b: int) -> bool:
    """A base-form cue [a, b) with no subject: it opens the sentence (after quote marks and
    openers such as "and", "furthermore,"): an imperative; or it stands between commas: a
    filler ("rather than, say, the third wave")."""
    if a > 0 and t.text[a - 1] == "," and b < t.n and t.text[b] == ",":
        return True
    return all(x in _QUOTE_TOKENS or x.lower() in _IMPERATIVE_OPENERS for x in t.text[:a])


# what opens a non-restrictive relative clause before its pronoun: "Ana Ruiz, who said", "Ana
# Ruiz - who said"
_NONRESTRICTIVE = frozenset((",", "-", "--", "—", "–", "(", "and", "or"))

_PLACE_PREPS = frozenset(("at", "in", "on", "outside", "inside", "near", "around"))
# words of a time phrase besides `_vocab._TIME_WORDS` ("only last autumn", "as recently as")
_TIME_MODIFIERS = frozenset(("last", "this", "next", "only", "just", "early", "late", "as"))


def _relative_source(t: _Tok, c: _Cand, j: int) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """The relative pronoun at token j as the cue's source and its antecedent as the
    resolution; marks the cue as a relative clause's (restrictive unless a comma, a dash, a
    bracket or "and" opens it)."""
    c.rank = 1
    c.restrictive = t.low[j - 1] not in _NONRESTRICTIVE
    r = j - 2 if t.text[j - 1] == "," else j - 1
    s = _np_left(t, r)
    if s >= 2 and t.text[s - 1] == "," and t.low[s] in ("a", "an", "the"):
        named = _np_left(t, s - 2)
        if (
            named >= 0
            and s - 1 - named >= 2  # a full name, not "In London, the minister, who"
            and all(t.cap[named : s - 1])
            and t.low[named] not in _NP_PREPS
            and not (named == 1 and t.low[0] in _NP_PREPS)
        ):
            s = named  # "Santosh Pawar, a range forest officer in Nashik, who": the name too
    return (j, j + 1), ((s, r + 1) if s >= 0 else None)


_STOPS = frozenset((",", ";", ":", ".", "that", "who", "which"))
# means that are never an outlet's name, capitalised or not ("by Skype")
_ONLY_MEANS = frozenset(("phone", "telephone", "email", "e-mail", "skype", "zoom", "fax", "text"))
# the verbs of finding that wait on "whether" ("The tests will show whether ...")
_FINDING_LEMMAS = frozenset(("show", "find", "indicate", "reveal", "suggest", "conclude"))
# the last word of a time before a participle ("18 months ago promising", "spent weeks
# insisting"): the main subject speaks
_TIME_BEFORE = frozenset(("ago", "weeks", "months", "years", "days", "hours", "decades"))
# what a "by" after a speech verb names when it tells how, not who ("said by phone")
_MEANS = frozenset(
    ("phone", "telephone", "email", "e-mail", "text", "letter", "radio", "fax", "video",
     "videolink", "video-link", "satellite", "zoom", "skype", "mail", "post", "cable", "wire")
)  # fmt: skip


def _in_relative_clause(t: _Tok, a: int) -> bool:
    """Token a lies in a comma-bounded relative clause: "The bridge, which reportedly cost
    ten million, opened" (a passing mention, not the sentence's attribution)."""
    low = t.low
    k = a - 1
    while k > 0 and a - k <= 6 and t.text[k] != ",":
        if low[k] in ("which", "who") and t.text[k - 1] == ",":
            return "," in t.text[a + 1 :]
        k -= 1
    return False


def _speaker_for_body(t: _Tok, j: int) -> bool:
    """The sentence opens with a capitalised name "for", "from", "of" or "at" a capitalised
    body, up to the comma at token j, and nothing else: "Lydia Barton for Food Standards
    Tasmania, says ..." (broadcast copy's comma before the verb)."""
    if j < 4 or j > 14 or not t.cap[0] or _np_left(t, j - 1) != 0 or t.titlecase():
        return False  # not a headline's "Scrap Tuition Fees for Students, says review."
    if t.n - j < 6:
        return False  # a clause follows the verb
    return any(
        t.low[k] in ("for", "from", "of", "at") and t.cap[k + 1] and t.cap[k - 1]
        for k in range(2, j - 1)
    )


# verbs of putting out a text whose passive subject is the text, not a speaker ("Updates will
# be posted", "Pictures were shared online"; but "was quoted as saying", "was heard to say")
_SHARED_THINGS = frozenset(
    ("post", "publish", "release", "announce", "issue", "tweet", "broadcast", "print", "share")
)


# "like" and "love" join a cue only before "to" ("Ministers like to say"), not a gerund ("It's
# like saying ...": a comparison)
_LIKING = frozenset(("like", "likes", "liked", "love", "loves", "loved"))


def _verb_source(
    t: _Tok, c: _Cand, verb: str, kept: list[_Cand]
) -> tuple[bool, _Range | None, _Range | None]:
    """(shares the main subject?, source, antecedent of a relative pronoun) of a verb cue."""
    low = t.low
    n = t.n
    a, b = c.cue
    if (
        a > 0
        and verb.endswith("ing")
        and (low[a - 1] in _KEEP or low[a - 1] in CATENATIVE_VERBS)
        and low[a - 1] not in _LIKING
    ):
        # "I'll just keep saying", "the mayor kept saying": the aspect verb joins the cue
        a = _cue_left(t, a - 1)
        c.cue = (a, b)
    j = a - 1
    # skip a time phrase between subject and cue ("Trump on Tuesday said")
    k = j
    while k >= 0 and (low[k] in _TIME_WORDS or low[k][:1].isdigit() or low[k] == "on"):
        if _surname_month(t, k):
            break  # "Theresa May said": a name, not "Trump in May said"
        k -= 1
    if (
        k < j
        and k >= 0
        and any(low[x] in _TIME_WORDS for x in range(k + 1, a))
        # (or the apposition's closing comma: "The minister, Colin Mercer, today announced")
        and (_np_token(t, k) or (t.text[k] == "," and k > 0 and _np_token(t, k - 1)))
    ):
        j = k
    left = t.text[j] if j >= 0 else ""
    lw = low[j] if j >= 0 else ""
    lemma = _lemma_of(verb)
    if (
        lemma == "signal"
        and (
            (c.participle and left == ",")  # "Shares fell 5 percent, signalling that": the writer's
            or (b < n and low[b] in ("left", "right"))  # "The driver signalled left"
            or (b < n and low[b] in ("to", "for") and "that" not in low[b : b + 6])
        )
    ):
        c.drop = True
        return False, None, None
    if lemma in _FINDING_LEMMAS and (
        (b < n and low[b] == "whether")  # "The tests will show whether ...": not yet
        or (a > 1 and low[a - 1] == "to" and low[a - 2] in DOCUMENT_NOUNS)  # "ran tests to find"
    ):
        c.drop = True
        return False, None, None
    addressed = _addressed(t, a, b)
    if (
        b - a >= 2
        and low[b - 2] in _BE
        and _lemma_of(low[b - 1]) in _SHARED_THINGS
        and not (b < n and low[b] in ("as", "to", "saying", "by"))
    ):
        # "Updates will be posted on the website": what is shared is no source; an agent a few
        # words on is ("was announced on Twitter by the club's owner")
        k = next((x for x in range(b + 1, min(n, b + 8)) if low[x] == "by"), -1)
        e = _np_right(t, k + 1, loose=True) if k > 0 else -1
        if e > 0:
            return False, (k + 1, e), None
        c.drop = True
        return False, None, None
    received = _received_passive(t, c, lemma)
    if received is not None:
        # "Some 4,000 ballots were rejected" (an act: dropped), "The move was widely criticised"
        # (unnamed people's stance: a hearsay cue without a source)
        if received == "drop":
            c.drop = True
        else:
            c.kind = "hearsay"
        return False, None, None
    accuse = lemma == "accuse"
    if b < n and low[b] == "of" and accuse and b - a >= 2 and low[b - 2] in _BE:
        # "He was accused of taking bribes by two colleagues": the agent accuses, not "He"
        k = next(
            (x for x in range(b + 2, min(n, b + 12)) if low[x] == "by" or t.text[x] in _STOPS),
            -1,
        )
        e = _np_right(t, k + 1, loose=True) if k > 0 and low[k] == "by" else -1
        if (
            e > 0
            and not (_is_verbish(t, k - 1) or low[k - 1].endswith("ed"))
            and (
                _src_kind(t, (k + 1, e)) in ("person", "pron", "doc")
                or (low[e - 1].endswith("s") and not low[e - 1].endswith(("ous", "ss")))
            )
            and not (e < n and low[e].endswith("ing"))  # "by dangerous driving"
        ):
            # not "accused of a scheme led by Singer": that agent leads, it does not accuse;
            # nor "of causing death by dangerous driving", "by deception": a manner
            return False, (k + 1, e), None
    # passive agent: "as first reported by the New York Times"
    if (
        b < n
        and low[b] == "by"
        and verb.endswith(("ed", "said", "told", "written"))
        and not (
            b + 1 < n
            and low[b + 1] in _MEANS
            and (not t.cap[b + 1] or low[b + 1] in _ONLY_MEANS)  # not "by Radio Free Asia"
        )  # "said by phone", "told AFP by Skype": how, not who
    ):
        e = _np_right(t, b + 1, loose=True, amount_ends=low[b - 1] in _FIGURE_FORMS)
        if e > 0:
            told = False
            if addressed:  # "was told by officials (that) the plan would fail"
                for k in range(b + 2, e + 1):
                    if _told_opens(t, k) or _thatless_clause(t, k):
                        e, told = k, True
                        break
            accused = accuse and e < n and low[e] == "of"
            if _person_subject(t, a) and not told and not accused:
                # "The senator was endorsed by the governor": an action; but "He was accused
                # by two colleagues of taking bribes" is what the colleagues say
                c.drop = True
            return False, (b + 1, e), None
    if addressed:
        # "Residents were told (that) ...", "Motorists are asked to drive carefully": the
        # subject is the one addressed; the speaker is unnamed
        return False, None, None
    if c.participle and lw == "as" and j > 1 and low[a] in ("saying", "telling", "stating"):
        quoted = _quoted_as(t, j)
        if quoted is not None:
            # "The agency quoted a senior official as saying ...": the official speaks; the
            # agency's "quoted" is subordinate to it
            for d in kept:
                if d.cue[1] == quoted[0]:
                    d.rank = 1
            return False, quoted, None
    if c.participle and j > 1:
        there = _there_subject(t, a)
        if there == (-1, -1):
            c.drop = True  # "There is no evidence suggesting that ...": nobody says it
            return False, None, None
        if there is not None:
            return False, there, None  # "There was a study last year suggesting that ..."
    if c.participle and j > 2 and _letter_to_before(t, j):
        # "Twelve states sent a joint letter to the Commission asking for funds": the
        # senders ask, not the addressee
        return True, None, None
    if c.participle and j > 1 and lw in _TIME_BEFORE:
        # "took charge 18 months ago promising", "have spent decades arguing": a time is no
        # speaker, the main subject is
        return False, None, None
    if c.participle and (
        j < 0
        or left in (",", "-", "—", "–", "--")
        or left in _QUOTE_TOKENS
        or (j > 0 and _closes_single(t, j))
        or lw in ("and", "while", "before", "after", "by", "when", "without", "in", "for", "on")
    ):
        # ", saying ...": the main subject speaks
        if j < 0 or all(x in _QUOTE_TOKENS or x.lower() in _SUBORDINATORS for x in t.text[:a]):
            c.rank = 1
        return True, None, None
    if c.participle and j > 1 and low[a].endswith("ing"):
        s = _np_left(t, j)
        if (
            s > 1
            and low[0] in ("i", "we")
            and low[s - 1] in _PLACE_PREPS
            and not low[j].endswith("est")  # "on the latest questioning of": a noun
            and low[j] not in _DETS
        ):
            # "I spent the morning at the transfer center asking riders ...": the place is
            # no speaker, and the writer asking is no source
            c.drop = True
            return False, None, None
    if lw in ("and", "but", "or", "then", "yet"):
        return True, None, None  # a second verb sharing the subject: "X spoke and said"
    if j >= 0 and (
        left in _QUOTE_TOKENS
        or (left == "," and j > 0 and t.text[j - 1] in _QUOTE_TOKENS)
        or (j > 0 and _closes_single(t, j))  # "'We have lost everything,' says Tom Bell."
    ):
        # '"...," said X, the minister'
        e = _np_right(t, b)
        q = _short_quote_opening(t, j if left in _QUOTE_TOKENS else j - 1)
        if q > 0 and "," in t.text[1:q] and 0 < e < n and (low[e] in _BE or low[e] in _AUX):
            # 'X, an analyst who rates the stock "outperform," said the numbers were ...': a
            # word quoted in an insert, and a clause after the verb (not '..."terrible," said
            # her doctor.')
            e = 0
        if e <= 0 and "," in t.text[1:j]:
            # 'Wallace, who directed ``The Man in the Iron Mask,'' said: ...': the quotation
            # is a title inside an insert after the subject; the subject before it speaks
            p = t.text.index(",", 1)
            s = _np_left(t, p - 1)
            return False, ((s, p) if s == 0 else None), None
        return False, (_with_apposition(t, b, e) if e > 0 else None), None
    if left == "," or left in _DASHES or left == ")":
        src = _left_apposition(t, j)
        if (
            left == ","
            and lemma in _PLAIN_SAYING  # not "told CNN", "declared Councillor X", "noted Y's"
            and (src is None or _holds_verb(t, *src))
            and not any(w in ("who", "which", "whose") for w in low[:j])  # "The envoy, who ..."
        ):
            e = _tail_name(t, b)
            if e > 0:
                # "..., the largest measuring 4.1, said seismologist Dana Whitcomb of Caltech.",
                # "Rosa Echeverria, 79, died when ..., said Sheriff's Sgt. Tom Reyes."
                return False, (b, e), None
        for d in kept:  # "The boy, accused of the robbery, told": no cue of its own
            if (
                src is not None
                and d.kind in ("verb", "hearsay")
                and src[0] < d.cue[0] < src[1]
                and t.text[d.cue[0] - 1] == ","
                and low[d.cue[0]].endswith(("ed", "ing"))
            ):
                d.drop = True
        if src is None:
            e = _np_right(t, b)
            if e > 0 and (e >= n or t.text[e] in (",", ".", ";", ":") or low[e] in _TIME_WORDS):
                src = _with_apposition(t, b, e)
        if src is None and any(d.src is not None for d in kept):
            return True, None, None  # "X slams Trump, praises Clinton"
        if src is None and left == "," and _speaker_for_body(t, j):
            src = (0, j)  # "Lydia Barton for Food Standards Tasmania, says they ...": the person
        return False, src, None
    if j < 0:
        if b + 1 < n and low[b].isdigit() and t.text[b + 1] in (":", "."):
            c.drop = True  # 'Claim 1: "Every village gets power"': a numbered heading
            return False, None, None
        e = _np_right(t, b)
        return False, ((b, e) if 0 < e < n and t.text[e] in (",", ":", ".") else None), None
    if (
        lw in ("who", "which", "that")
        and j > 0
        and t.text[j] != "WHO"  # the World Health Organization
        and (
            lw != "that"
            or (_np_token(t, j - 1) and not _is_verbish(t, j - 1) and low[j - 1] not in _CUE_WORDS)
        )
    ):
        return False, *_relative_source(t, c, j)
    contact = _contact_subject(t, j) if j > 2 else None
    if contact is not None:
        for d in kept:  # "spoke to" is no cue of its own here
            if contact[0] <= d.cue[0] < contact[1]:
                d.drop = True
        return False, contact, None  # "A farmer I spoke to estimated that ..."
    if lw == "to" and j > 0:
        eager = _eager_subject(t, j)
        if eager is not None:
            return False, eager, None  # "His supporters were quick to point out that ..."
        # "led the chairman to declare": the object before "to" speaks
        s = _np_left(t, j - 1)
        if s < 0 or _is_verbish(t, j - 1):
            c.drop = True  # an infinitive of purpose: 'Type "yes" to confirm.'
            return False, None, None
        if (s > 0 and low[s - 1] in _PERMISSION_VERBS) or _src_kind(t, (s, j)) == "other":
            # "allow the Service to explain", "a way to say", "hard to tell", "able to say":
            # nobody has said anything yet
            c.drop = True
            return False, None, None
        return False, (s, j), None
    s = _np_left(t, j)
    k = (
        s
        if s > 0 and low[s] in ("who", "which", "that") and low[s + 1] in _TIME_MODIFIERS
        else s - 1
    )
    while k > 0 and low[k] in _TIME_MODIFIERS:
        k -= 1
    if (
        s > 0
        and 1 < k < j
        and low[k] in ("who", "which", "that")
        and all(low[x] in _TIME_WORDS or low[x] in _TIME_MODIFIERS for x in range(k + 1, j + 1))
    ):
        # "a government that only last autumn said": a time, the relative pronoun speaks
        return False, *_relative_source(t, c, k)
    if s > 0:
        s = _after_object_and(t, s, j)
    if s >= 0:
        s = _free_relative(t, c, s, j)
        if s < 0:
            return False, None, None
        if (
            s == j
            and s > 0
            and low[s - 1] == "to"
            and low[s].isalpha()
            and not t.cap[s]
            and not low[s].endswith("s")
            and low[s] not in PRONOUN_SOURCES
        ):
            c.drop = True  # "trying to make trust an issue": a verb after "to" is no subject
            return False, None, None
        if s == j and low[s] in ("both", "all", "each") and s > 0:
            # "the two mayors both said", "we both want": the phrase before the quantifier
            q = s - 1 if low[s - 1] in PRONOUN_SOURCES or low[s - 1] in _PERSONAL else -1
            q = q if q >= 0 else _np_left(t, s - 1)
            if q >= 0:
                return False, (q, s), None
    whose = _whose_subject(t, a - 1) if a > 3 and "whose" in low[max(0, a - 10) : a] else None
    if whose is not None:
        return False, whose, None  # "Families whose homes were flooded (for weeks) say"
    o = s if s >= 0 else (j if low[j] in ("her", "him", "it", "them") else -1)
    if o < 0 and j >= 2 and not t.cap[j] and low[j].isalpha() and "who" in low[max(0, j - 3) : j]:
        o = j  # "Those who escaped assert": a who-clause with no object before the cue
    w = _who_subject(t, o) if o >= 2 else None
    if w is None:
        w = _unnamed_who(t, j)  # "An official who asked not to be named said"
    # "The union representing 4,000 workers said", "The man accused of lying told"; not a
    # naming verb ("a preservative called thimerosal")
    obj = s if s >= 0 else (j if low[j].endswith("ing") and low[j - 1] in _NP_PREPS else -1)
    if w is None and obj >= 2 and c.kind == "verb" and not c.participle:
        reduced = None if lemma in _NAMING else _participle_subject(t, obj)
        if reduced is not None:
            w, p = reduced
            for d in kept:  # "The man accused of fraud told": "accused" is no cue here
                if d.cue[0] <= p < d.cue[1]:
                    d.drop = True
    if w is not None:
        return False, (w, j + 1), None
    return False, ((s, j + 1) if s >= 0 else None), None


def _letter_to_before(t: _Tok, j: int) -> bool:
    """A document the subject sent and "to" its addressee end just before the participle after
    token j: "sent a joint letter to the Commission asking", "wrote to the council urging",
    "spoke to reporters outside parliament saying"."""
    low = t.low
    for p in range(j, max(0, j - 7), -1):
        if t.text[p] in (",", ";", ":") or low[p] in _SUBORDINATORS:
            return False
        if low[p] == "to" and p > 0:
            return low[p - 1] in _ISSUED_DOCUMENTS or low[p - 1] in _WROTE
    return False


# verbs before "to" and the one addressed: "wrote to the council urging", "spoke to reporters
# saying"
_WROTE = frozenset(_inflect("write")) | {"spoke", "speaks", "speaking", "talked"}
