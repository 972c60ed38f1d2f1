"""The attribution stage's vocabulary: word lists from `framing.lexicons`, verbs inflected."""

from __future__ import annotations

from collections.abc import Iterable

from framing import lexicons as lx

_IRREGULAR: dict[str, tuple[str, ...]] = {
    forms[0]: forms for forms in (tuple(e.split()) for e in lx.entries("irregular_verbs"))
}
"""Irregular verbs and verbs that double their last consonant: every form, base first."""


def _inflect(base: str) -> tuple[str, ...]:
    """All forms of a verb: base, 3rd person singular, past (= participle), -ing."""
    if base in _IRREGULAR:
        return _IRREGULAR[base]
    vowels = "aeiou"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = base + "es"
    elif base.endswith("y") and base[-2] not in vowels:
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    if base.endswith("e"):
        past = base + "d"
    elif base.endswith("y") and base[-2] not in vowels:
        past = base[:-1] + "ied"
    else:
        past = base + "ed"
    if base.endswith("ie"):
        ing = base[:-2] + "ying"
    elif base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        ing = base[:-1] + "ing"
    else:
        ing = base + "ing"
    return (base, third, past, ing)


def _forms(lemmas: Iterable[str]) -> frozenset[str]:
    """Every inflection of every verb in ``lemmas``."""
    return frozenset(f for lemma in lemmas for f in _inflect(lemma))


# ---- verbs (lemmas, in file order)
_SPEECH_STRONG = lx.entries("speech_verbs")
_SPEECH_WEAK = lx.words("speech_verbs_weak")
_COGNITION = lx.entries("cognition_verbs")
_EVIDENCE = lx.entries("evidence_verbs")
_ADDRESSEE_VERBS = lx.words("addressee_verbs")
_PARTICLES: dict[str, frozenset[str]] = {
    verb: frozenset(parts) for verb, parts in lx.table("verb_particles").items()
}
_PHRASAL_ONLY = lx.words("phrasal_only_verbs")
_QUOTE_ONLY = lx.words("quote_only_verbs")
_MANNER = lx.words("manner_verbs")
_PERSON_THAT = lx.words("person_that_verbs")
_THAT_ONLY = lx.words("that_only_verbs") | _PERSON_THAT

#: Reporting (speech) verbs in all inflections: say, says, said, saying, told, claims, ...
REPORTING_VERBS: frozenset[str] = _forms(_SPEECH_STRONG) - {"voice", "voices"}  # nouns first
# Verbs that report only with a particle or next to a quotation ("lashed out", "continued:").
_SPECIAL_VERB_FORMS = _forms(sorted(_PHRASAL_ONLY | _QUOTE_ONLY | _MANNER | _THAT_ONLY))
#: Cognition verbs in all inflections: think, believes, feared, wanting, ...
COGNITION_VERBS: frozenset[str] = _forms(_COGNITION)
#: Verbs through which documents and polls speak, all inflections: shows, found, indicates, ...
EVIDENCE_VERBS: frozenset[str] = _forms(_EVIDENCE)
# Verbs that report with a determiner and a cue noun before "that" ("holds the view that").
_LIGHT_VERBS = _forms(lx.entries("light_verbs"))
_BARE_CUE_VERBS = lx.words("bare_cue_verbs")
_BARE_CUE_NOUNS = lx.words("bare_cue_nouns")
_STATEMENT_VERBS = _forms(lx.entries("statement_verbs"))
_AGENT_SUFFIXES = tuple(lx.entries("agent_suffixes"))
_VIEW_NOUNS = lx.words("view_nouns")
_COUNT_NOUNS = lx.words("count_nouns")
_ACCOUNT_NOUNS = lx.words("account_nouns")
_RELATIVES = frozenset(("which", "who", "that", "where", "when", "whom", "whose"))
_PERMISSION_VERBS = _forms(lx.entries("permission_verbs"))
_EAGER_ADJECTIVES = lx.words("eager_adjectives")
# the forms of "put" and "place" that set an estimate or a cause: "put the toll at 40",
# "placed losses at $1.3 billion", "puts it down to the weather"
_PUT_FORMS = frozenset(("put", "puts", "putting", "placed", "places", "placing"))
# "a farmer I spoke to", "one engineer we talked with", "a nurse I interviewed": the writer met
# the source; the clause is part of the source phrase (`_subjects._contact_subject`)
_CONTACT_VERBS = frozenset(("spoke", "spoken", "talked", "interviewed", "met", "contacted"))
# verbs of a figure set "at" an amount: "estimated the crowd at 400", "valued the firm at $2bn"
_FIGURE_FORMS = _PUT_FORMS | frozenset(
    ("estimated", "estimates", "estimating", "valued", "values", "valuing")
)
# "by all accounts": the phrase's last word -> its word tuples
_HEARSAY_PHRASES: dict[str, tuple[tuple[str, ...], ...]] = {}
for _p in lx.entries("hearsay_phrases"):
    _ws = tuple(_p.split())
    _HEARSAY_PHRASES[_ws[-1]] = (*_HEARSAY_PHRASES.get(_ws[-1], ()), _ws)
_AGENT_EXCEPTIONS = lx.words("agent_suffix_exceptions")
_ROLE_NOUNS = lx.words("entity_role_nouns")  # "The coach hopes ...": a person by her job
_STATEMENT_NOUNS = frozenset(("statement", "statements"))
_HEARING_BODIES = lx.words("hearing_bodies")
# bodies that hear witnesses, and a meeting that hears its officers ("The meeting heard the
# contract was worth ..."), which speaks as no body elsewhere ("the meeting suggested")
_HEARD_BY = _HEARING_BODIES | lx.words("hearing_gatherings")
_PAST_FORMS = lx.words("past_forms")  # "The court heard he gave ...": a clause's verb
_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "we", "i"))  # "was told she hid ..."
_STATES = lx.words("state_names")  # "Hasbrouk Heights, N.J.,": a place after a city
#: Catenative verbs that join the cue before "to" ("continued to emphasize", "declined to say").
CATENATIVE_VERBS: frozenset[str] = _forms(lx.entries("catenative_verbs"))
#: Hearsay adverbs: a claim with no source ("reportedly", "allegedly").
HEARSAY_ADVERBS: frozenset[str] = lx.words("hearsay_adverbs")
#: Participles of the hearsay passive ("is said to", "are believed to", "it is understood that").
HEARSAY_PARTICIPLES: frozenset[str] = lx.words("hearsay_participles")
_HEARSAY_STATES = lx.words("hearsay_states")
_AS_PARTICIPLES = lx.words("as_participles")
_MODALS = lx.words("modals")
_MIND_VERBS = lx.words("mind_verbs")
_ADDRESSEE_PARTICIPLES = lx.words("addressee_participles")
_PER_UNITS = lx.words("per_units")
_SIGN_OFFS = lx.words("headline_sign_offs")
_RELATIVE_PRONOUNS = frozenset(("that", "which", "who", "whom", "whose"))
_TAIL_REPORT = lx.words("tail_report_verbs")
_TAIL_FILLERS = lx.words("tail_fillers")
_TAIL_BARE = lx.words("tail_bare_subjects")
_QUOTING = lx.words("quoting_verbs")
_SPEAKER_OWN = lx.words("speaker_own_words")
_NUMBERED_PARTS = lx.words("numbered_parts")
_NUMBERED_PART_VERBS = lx.words("numbered_part_verbs")
_TAIL_PARTICIPLES = lx.words("tail_participles")
#: Multi-word cues that are not verbs.
CUE_PHRASES: tuple[str, ...] = lx.entries("cue_phrases")
#: Pronouns that can stand as a source (resolved through ``source_resolved``).
PRONOUN_SOURCES: frozenset[str] = lx.words("pronoun_sources")
#: Vague or collective sources: "officials said", "sources close to the talks", "critics say".
VAGUE_SOURCES: frozenset[str] = lx.words("vague_sources")
_NAME_TITLES = lx.entries("name_titles")
#: Titles and roles that mark a person ("Sen.", "minister", "spokeswoman").
TITLES: frozenset[str] = lx.words("titles") | frozenset(_NAME_TITLES)
#: Documents, polls and reports that can be a source ("a March report by the central bank").
DOCUMENT_NOUNS: frozenset[str] = lx.words("document_nouns")

# ---- closed classes used by the span scanner (lower case)
_WEEKDAYS = lx.words("weekdays")
_MONTHS = lx.words("months")
_DETS = lx.words("determiners")
_AUX = lx.words("auxiliaries")
_NEG = lx.words("negations")
_CUE_ADVERBS = lx.words("cue_adverbs")
_SUBORDINATORS = lx.words("subordinators")
_PREPS_STOP = lx.words("prepositions_stop")
_NP_PREPS = lx.words("phrase_prepositions")
_TO_HEADS = lx.words("to_heads")
# what opens a time phrase besides the time words ("conducted in January by", "on Monday")
_TIME_PREPS = frozenset(("in", "on", "last", "this", "earlier", "late", "early"))
_CURRENCY_WORDS = lx.words("currency_words")  # "40 million euros"
_ACCOUNT_MONEY_WORDS = lx.words("account_money_words")  # a bank's "account", no telling
_TIME_WORDS = lx.words("time_words") | _WEEKDAYS | _MONTHS | lx.words("month_abbreviations")
_WEEKDAYS_MONTHS = _WEEKDAYS | (_MONTHS - {"may"})  # "may" is mostly the modal
_VERB_STOPS = lx.words("verb_stops")
_NAME_VERBS = lx.words("name_opening_verbs")  # "Save the Children", "Stop the War ..."
_ABSTRACT_SUBJECTS = lx.words("abstract_subjects")  # "History shows that ...": no name
_PERSON_NOUNS = lx.words("person_nouns")  # "The family revealed that ...": people speak
_ED_ING_NOUNS = lx.words("ed_ing_nouns")
_POSTMODIFIER_PARTICIPLES = lx.words("postmodifier_participles")
_TRUST_MODIFIERS = lx.words("trust_modifiers")
_STATE_COMPOUNDS = lx.words("state_compound_nouns")
_FUNCTION_WORDS = lx.words("english_function_words")
_LY_NOUNS = lx.words("ly_nouns")
# Capitalised words that open a sentence but are not names (of the name titles, all but "gen").
_NON_NAMES = lx.words("non_names") | _WEEKDAYS | _MONTHS | (frozenset(_NAME_TITLES) - {"gen"})
_ORG_WORDS = lx.words("org_words")
_GENDERED_TITLES = {title: g for title, (g,) in lx.table("gendered_titles").items()}
_MALE_WORDS = lx.words("male_words") | {t for t, g in _GENDERED_TITLES.items() if g == "m"}
_FEMALE_WORDS = lx.words("female_words") | {t for t, g in _GENDERED_TITLES.items() if g == "f"}
_NAME_STOP = lx.words("name_stop")
_NON_SOURCES = lx.words("non_sources")  # "Please note that", "Moreover, seeing ..."
# what "one" says with these is the writer's own voice ("One wonders whether ...", "One can
# argue that ..."; not "One would later tell detectives")
_GENERIC_ONE_VERBS = frozenset(
    {"wonders", "suspects", "imagines", "is", "can", "could", "might", "may", "must", "should"}
)
_PRED_ADJ = lx.words("stance_adjectives")
_FILLERS = lx.words("fillers")  # "uh", "um": not the first or last word of a source
_SPEAKER_TAG_STOP = lx.words("speaker_tag_stop")
_CLIP_TAGS = lx.words("clip_tags")  # "GRAB (Naidu): ...": the speaker in brackets
_BRACKET_ROLES = lx.words("bracket_roles")  # "MODERATOR (Dean Visser, ...): ..."
_SCRIPT_TAGS = lx.words("script_tags")  # "NEWS READER: ...": the outlet's own voice
# what a clip tag's brackets hold when they name no speaker: "SOT (Translated):"
_CLIP_NOT_SPEAKERS = lx.words("clip_not_speakers")
_SECTION_HEADERS = lx.words("section_headers")
_SECTION_LABELS = lx.words("section_labels")  # "Rugby: ...", alone before the colon
_DET_HEADS = lx.words("determiner_heads")
_ORG_NOUNS = lx.words("org_nouns")
_DEMONSTRATIVES = lx.words("demonstratives")
_NOT_CUE_FORMS = lx.words("not_cue_forms")
_BE = lx.words("be_forms")
_CUE_NOUNS = lx.words("cue_nouns")
_THERE_NOUNS = lx.words("there_cue_nouns")
_TALLY_FORMS = lx.words("tally_verbs")
_TALLY_RECORDS = lx.words("tally_records")
_OUTLET_HEADS = lx.words("outlet_heads")
# the verbs of an outlet's newsgathering before "that": "The BBC has learned that" (`_cues`)
_NEWSGATHERING = frozenset(("learned", "learnt", "gathered"))
_NEWSGATHERERS = lx.words("newsgatherers")
# measuring bodies whose counts are theirs: "The national meteorological institute recorded
# 187mm", "The Met Office recorded gusts of 87mph" (`_signals._tally_figure`)
_TALLY_BODIES = frozenset(
    ("institute", "observatory", "office", "bureau", "service", "agency", "survey", "commission",
     "authority")
)  # fmt: skip
_FINDINGS = lx.words("finding_verbs")
_THATLESS = lx.words("thatless_clause_verbs")  # "found the council had failed"
_KEEP = _forms(lx.words("aspect_verbs"))
_NOT_KNOW = lx.words("know_negators")
_WH_WORDS = lx.words("wh_words")
_PERSONAL = lx.words("personal_pronouns")
_NOT_GROUPS = lx.words("group_head_stops")
_REPORTED = lx.words("reported_participles")
_NO_CONTENT = lx.words("no_content_objects")
_REFUSED_SPEECH = lx.words("refused_speech")  # "declined to say whether ..."
_METADATA_KEYS = lx.words("metadata_keys")
_OWN_OUTLET = lx.words("own_outlet_nouns")  # "This newspaper urges": the editorial's own
_NEWSROOM = lx.words("newsroom_roles")  # "Our correspondent observed": the writer's own
_PRONOUN_STANCES = lx.words("pronoun_object_stances")  # "have opposed it.": still a position
_ACTION_OBJECTS = {k: frozenset(v) for k, v in lx.table("action_objects").items()}
_WRITTEN_WORKS = lx.words("written_works")  # "wrote the main dissent": a work, an action
_HEADLINE_VERBS = lx.words("headline_verbs")  # "Study Finds", "Company President Blames"
_RECEPTION_VERBS = lx.words("reception_verbs")  # "The union welcomed the decision"
_ISSUED_DOCUMENTS = lx.words("issued_documents")  # "The communique welcomed ..."
_RECEIVED_THINGS = lx.words("received_things")

# ---- derived
_FORM_TO_LEMMA: dict[str, str] = {}
for _lemma in (
    *_SPEECH_STRONG,
    *_COGNITION,
    *_EVIDENCE,
    *sorted(_PHRASAL_ONLY | _QUOTE_ONLY | _MANNER | _THAT_ONLY),
):
    for _f in _inflect(_lemma):
        _FORM_TO_LEMMA.setdefault(_f, _lemma)
_SPEECH_STRONG_SET = frozenset(_SPEECH_STRONG)
_COGNITION_SET = frozenset(_COGNITION)
_EVIDENCE_SET = frozenset(_EVIDENCE)
_CUE_WORDS = REPORTING_VERBS | COGNITION_VERBS | EVIDENCE_VERBS | _SPECIAL_VERB_FORMS
_AGENT_HEADS = VAGUE_SOURCES | TITLES | _ORG_NOUNS | _DET_HEADS
# Shares of the people polled, which speak for them ("19 percent of voters support", "a
# majority say", "9 percent found it too long"): a closed set of quantity nouns.
_SHARE_HEADS = frozenset(
    ("percent", "%", "majority", "minority", "plurality", "half", "third", "thirds", "quarter",
     "quarters", "fifth", "fifths", "most")
)  # fmt: skip
# a poll "has", "puts" or "gives" a candidate at a figure: the poll's claim (LABELS.md: figures
# credited to a poll); these verbs are candidates only in a sentence that names a poll
_POLL_NOUNS = frozenset(("poll", "polls", "survey", "surveys", "polling"))
_POLL_VERBS = frozenset(("has", "had", "have", "put", "puts", "gives", "gave", "give"))

# "appealed to residents to ...": a call (`_noun_cues._appealed_to`), only before "to"
_APPEAL_FORMS = frozenset(_inflect("appeal"))
_CAND_WORDS = (
    _CUE_WORDS
    | _POLL_VERBS
    | HEARSAY_PARTICIPLES
    | _AS_PARTICIPLES
    | _TAIL_PARTICIPLES
    | HEARSAY_ADVERBS
    | _PRED_ADJ
    | _CUE_NOUNS
    | frozenset(
        ("according", "per", "emerged", "made", "make", "makes", "making", "heard", "hears", "put")
    )
    | _FIGURE_FORMS
    | frozenset(("reckoning",))
    | _COUNT_NOUNS
    | _ACCOUNT_NOUNS
    | _STATEMENT_NOUNS
    | _VIEW_NOUNS
    | frozenset(_HEARSAY_PHRASES)
    | _THERE_NOUNS
    | _TALLY_FORMS
    | _NEWSGATHERING
    | frozenset(("word", "wisdom"))
    | _APPEAL_FORMS
)


# The words after which a cue noun can attribute ("his claim that", "there are concerns about").
_NOUN_NEXT = frozenset(("that", "about", "over", "whether"))


def _needed_words() -> dict[str, frozenset[str]]:
    """Candidate words that can only make a cue with another word next to them: "make" only
    in "made (it) clear", a phrasal-only verb or "go" only before its particle ("point out",
    "went on"), a cue noun only before "that", "about", "over" or "whether" ("his claim that",
    "there are concerns about"). Word -> the words of which the sentence must hold one; a
    sentence whose candidates all lack theirs is not tokenised (`_document._sentence`). Words
    that another rule reads (hearsay, stance adjectives, "according", "emerged") and cue nouns
    that are also verbs ("claims", "reports") are left out."""
    other = HEARSAY_ADVERBS | HEARSAY_PARTICIPLES | _PRED_ADJ
    noun_needs = _NOUN_NEXT
    out: dict[str, frozenset[str]] = {}
    for w in ("made", "make", "makes", "making"):
        if w not in _CUE_WORDS and w not in other and w not in _CUE_NOUNS:
            out[w] = frozenset(("clear",))
    for w in _APPEAL_FORMS:
        if w not in _CUE_WORDS and w not in other and w not in _CUE_NOUNS:
            out[w] = frozenset(("to",))
    for w in _COUNT_NOUNS:  # "by the district's own count"
        if w not in _CUE_WORDS and w not in other and w not in _CUE_NOUNS and w != "reckoning":
            out[w] = frozenset(("by", "on"))
    for w in _ACCOUNT_NOUNS:  # "In her account, ..."
        if w not in _CUE_WORDS and w not in other and w not in _CUE_NOUNS:
            out[w] = out.get(w, frozenset()) | {"by", "in"}
    for w in _CUE_WORDS:
        lemma = _FORM_TO_LEMMA.get(w, w)
        if w in other or w in ("according", "emerged") or w in out:
            continue
        if lemma in _THAT_ONLY and (lemma not in _THATLESS or not w.endswith("ed")):
            out[w] = frozenset(("that",))  # "charged that" (but "ruled the ban was unlawful")
            if lemma == "rule":
                out[w] |= {"out"}  # "did not rule out" (_cues._not_ruled_out)
            continue
        if lemma in _PHRASAL_ONLY or lemma == "go":
            parts = _PARTICLES.get(lemma, frozenset())
            if all(p.isalpha() and p.isascii() and p.islower() for p in parts):
                out[w] = parts | noun_needs if w in _CUE_NOUNS else parts
    for w in _CUE_NOUNS:
        if w not in _CUE_WORDS and w not in other and w not in out:
            out[w] = noun_needs
    if "heard" not in _CUE_WORDS:
        out["heard"] = frozenset(("that",)) | _HEARD_BY  # "The court heard (that)"
    if "hears" not in _CUE_WORDS:
        out["hears"] = _HEARING_BODIES  # a headline's "..., court hears"
    for w in _FIGURE_FORMS:
        if w not in _CUE_WORDS:
            # "losses were put at $2m", "put it simply:", "puts it down to the weather"
            out[w] = frozenset(("at", "it", "down"))
    out["reckoning"] = frozenset(("by",))  # "by the reckoning of"
    for w in _POLL_VERBS - _CUE_WORDS:
        out[w] = out.get(w, frozenset()) | _POLL_NOUNS  # "the poll had Pell ahead"
    for w in _STATEMENT_NOUNS:
        out[w] = out.get(w, frozenset()) | _STATEMENT_VERBS  # "issued a statement"
    for w in _VIEW_NOUNS:
        if w not in _CUE_WORDS and w not in other:
            out[w] = out.get(w, frozenset()) | {"in"}  # "in their view"
    for w, phrases in _HEARSAY_PHRASES.items():
        if w not in _CUE_WORDS and w not in other:
            out[w] = out.get(w, frozenset()) | {p[0] for p in phrases}  # "by all accounts"
    for w in _THERE_NOUNS:
        if w not in _CUE_NOUNS and (w not in _CUE_WORDS or w in out):
            out[w] = out.get(w, frozenset()) | {"there"}  # "There is talk at City Hall that"
    for w in _NEWSGATHERING:  # "The BBC has learned that"
        if w not in _CUE_WORDS and w not in other and w not in _TAIL_PARTICIPLES:
            out[w] = out.get(w, frozenset()) | {"that"}
    if "word" not in _CUE_WORDS:
        out["word"] = frozenset(("that",))  # "Word is that ...", "Word has it that ..."
    out["wisdom"] = frozenset(("that",))  # "The received wisdom at Westminster is that"
    for w in _TALLY_FORMS:
        # "The census counted", "The Met Office recorded", "The OSCE recorded 146": the
        # figure is what a tally needs, and no word stands for it
        out.pop(w, None)
    return out


_NEEDS = _needed_words()


# Cue forms that are hardly ever nouns: a cue word right before one of them is its subject.
# The -ing forms and a few forms that are common nouns ("shows", "claims") are left out.
_VERB_ONLY_FORMS = frozenset(
    f
    for lemma in lx.entries("verb_only_lemmas")
    for f in _inflect(lemma)
    if not f.endswith("ing") and f not in ("shows", "claims", "finds", "claim", "find")
)


def _lemma_of(form: str) -> str:
    """The verb a cue form belongs to ("told" -> "tell"); other words are their own lemma."""
    return _FORM_TO_LEMMA.get(form, form)


# unions looked up in loops, built once
_NP_PREPS_OR_STOP = _NP_PREPS | _PREPS_STOP
_BE_OR_AUX = _BE | _AUX
