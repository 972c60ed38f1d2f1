"""Who said it: attribution spans (source and cue) for every sentence of a text.

Rule-based and fast (some tens of microseconds per sentence): one regex tokenises a sentence
that contains a trigger word, and hand-written word lists decide what is a cue and where its
source is. Nothing is downloaded or loaded at run time.

What is found, per sentence (``find_attributions``), main attribution first:

* reporting verbs with their auxiliaries, adverbs, catenatives and particles ("said",
  "has continued to emphasize", "also told", "pointed out", "told reporters"), with the
  subject before ("X said", "X, the minister, said", "X, who ..., said") or, after a
  quotation or a comma, after the cue ('"...," said X, the minister.');
* cognition verbs and stances with a person-like subject ("believe", "are convinced that"),
  documents and polls with an evidence verb ("a poll shows");
* "according to X", passive agents ("reported by X"), and participles and coordinated verbs
  (", saying", ", citing", "and said") that share the main subject;
* hearsay without a source: "is said to", "are believed to", "reportedly", "allegedly",
  "it is understood that";
* speaker tags and headline colons: "Name: ..." at the start of a sentence;
* nested attributions ("X said Y told him", "I think" inside a quotation) after the main one;
* sentences inside a quotation that runs over several sentences or paragraphs get the
  attribution of the sentence that attributes the quotation, marked ``inherited=True``; so do
  whole-sentence quotations next to an attributed one, the lines after a speaker tag, and a
  paragraph introduced by a line ending in a colon ("She wrote:");
* pronoun sources (he, she, they, it, who; I and we inside a quotation) get
  ``source_resolved``: a nearby named source of an earlier attribution or a name in subject
  position of an earlier sentence, filtered by a simple gender / person-vs-organisation check.

``quote_states`` gives, per sentence, whether it lies inside a quotation that was opened in an
earlier sentence or is closed in a later one (curly and straight quotes, NYT-style ``''``,
paragraph re-opening, reset at a paragraph break that does not reopen, cap of
``MAX_QUOTE_SENTENCES``), and marks the lines after a speaker tag or an introducing colon.

The word lists are exported for the feature module: ``REPORTING_VERBS``, ``COGNITION_VERBS``,
``EVIDENCE_VERBS``, ``CATENATIVE_VERBS`` (all inflections), ``HEARSAY_ADVERBS``,
``HEARSAY_PARTICIPLES``, ``CUE_PHRASES``, ``PRONOUN_SOURCES``, ``VAGUE_SOURCES``, ``TITLES``,
``DOCUMENT_NOUNS``; all lower case. See docs/attribution.md for figures and failure modes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from framing.types import Attribution, Span

__all__ = [
    "CATENATIVE_VERBS",
    "COGNITION_VERBS",
    "CUE_PHRASES",
    "DOCUMENT_NOUNS",
    "EVIDENCE_VERBS",
    "HEARSAY_ADVERBS",
    "HEARSAY_PARTICIPLES",
    "MAX_QUOTE_SENTENCES",
    "PRONOUN_SOURCES",
    "REPORTING_VERBS",
    "TITLES",
    "VAGUE_SOURCES",
    "find_attributions",
    "quote_states",
]

#: A quotation that has not closed after this many sentences is taken as unbalanced.
MAX_QUOTE_SENTENCES = 8

# --------------------------------------------------------------------------------------------
# Lexicons
# --------------------------------------------------------------------------------------------

# Irregular verbs and verbs that double their last consonant: every form, base first.
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "think": ("think", "thinks", "thought", "thinking"),
    "know": ("know", "knows", "knew", "known", "knowing"),
    "see": ("see", "sees", "saw", "seen", "seeing"),
    "find": ("find", "finds", "found", "finding"),
    "show": ("show", "shows", "showed", "shown", "showing"),
    "speak": ("speak", "speaks", "spoke", "spoken", "speaking"),
    "read": ("read", "reads", "reading"),
    "feel": ("feel", "feels", "felt", "feeling"),
    "hold": ("hold", "holds", "held", "holding"),
    "swear": ("swear", "swears", "swore", "sworn", "swearing"),
    "forecast": ("forecast", "forecasts", "forecasted", "forecasting"),
    "understand": ("understand", "understands", "understood", "understanding"),
    "foresee": ("foresee", "foresees", "foresaw", "foreseen", "foreseeing"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "refer": ("refer", "refers", "referred", "referring"),
    "prefer": ("prefer", "prefers", "preferred", "preferring"),
    "concur": ("concur", "concurs", "concurred", "concurring"),
    "regret": ("regret", "regrets", "regretted", "regretting"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "slam": ("slam", "slams", "slammed", "slamming"),
    "rebut": ("rebut", "rebuts", "rebutted", "rebutting"),
    "rip": ("rip", "rips", "ripped", "ripping"),
    "blog": ("blog", "blogs", "blogged", "blogging"),
    "plead": ("plead", "pleads", "pleaded", "pled", "pleading"),
    "bet": ("bet", "bets", "betting"),
    "put": ("put", "puts", "putting"),
    "shoot": ("shoot", "shoots", "shot", "shooting"),
    "hit": ("hit", "hits", "hitting"),
    "lash": ("lash", "lashes", "lashed", "lashing"),
    "dub": ("dub", "dubs", "dubbed", "dubbing"),
    "brag": ("brag", "brags", "bragged", "bragging"),
    "chat": ("chat", "chats", "chatted", "chatting"),
    "omit": ("omit", "omits", "omitted", "omitting"),
    "submit": ("submit", "submits", "submitted", "submitting"),
    "mean": ("mean", "means", "meant", "meaning"),
    "go": ("go", "goes", "went", "gone", "going"),
    "begin": ("begin", "begins", "began", "begun", "beginning"),
    "seek": ("seek", "seeks", "sought", "seeking"),
    "fight": ("fight", "fights", "fought", "fighting"),
}


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


def _words(block: str) -> tuple[str, ...]:
    """The whitespace-separated words of a block (a function call, so linters leave it be)."""
    return tuple(block.split())


# Verbs of saying that attribute on their own: a subject or an inverted source is enough.
_SPEECH_STRONG = _words(
    """
    say tell state claim argue insist explain declare announce acknowledge assert allege
    contend maintain remark reply respond retort counter testify confirm deny warn caution
    predict forecast stress emphasize emphasise reiterate concede complain lament grumble
    boast brag joke quip muse wonder urge plead vow pledge promise swear assure reassure
    reveal disclose divulge tweet retweet blog recount recall write inform notify remind
    accuse criticize criticise condemn denounce decry slam blast assail rip deride ridicule
    mock dismiss refute rebut dispute tout hail laud applaud commend exclaim shout yell
    scream chant whisper mutter suggest speculate theorize theorise surmise estimate
    conclude observe opine concur disagree object protest complain admit confess apologize
    apologise clarify elaborate summarize summarise quote characterize characterise
    portray dub brand label decry demand propose recommend advise comment mention note
    add cite ask inquire answer question describe call report post email text echo hint
    imply indicate reason calculate project gush rave fume bemoan deplore speak
    chide scold berate lambaste castigate chastise rebuke admonish blame praise thank
    congratulate endorse defend reject attack counsel signal express decline
    """
)
# Of those, the ones that are also common nouns or non-speech verbs: they need more evidence
# (a that-clause, a quotation, a colon, or a source that is a person, pronoun or document).
_SPEECH_WEAK = frozenset(
    _words(
        """
        add cite ask answer question describe call report post email text echo hint note
        indicate reason calculate project signal praise thank congratulate endorse defend
        reject attack mention comment demand propose recommend advise counsel quote label
        brand dub blame estimate object protest counter rip blast slam read hold state
        speak express decline
        """
    )
)
# Verbs of thinking, believing and wanting (PolNeAR's "cognition" cues).
_COGNITION = _words(
    """
    think believe feel know hope fear worry expect want wish doubt suspect assume reckon
    consider view see support oppose favor favour prefer understand realize realise
    recognize recognise imagine trust regard presume suppose anticipate envision foresee
    bet guess agree figure
    """
)
# Verbs through which a document, poll or study speaks ("a poll shows", "the report found").
_EVIDENCE = _words(
    """
    show find indicate suggest reveal conclude estimate project read say note state
    """
)
# Reporting verbs whose first object is the addressee ("told reporters", "told Fox News").
_ADDRESSEE_VERBS = frozenset(("tell", "inform", "remind", "assure", "reassure", "notify"))
# Particles that belong to the cue after some verbs ("pointed out", "called for").
_PARTICLES: dict[str, frozenset[str]] = {
    "point": frozenset(("out", "to")),
    "call": frozenset(("for", "on")),
    "refer": frozenset(("to",)),
    "ask": frozenset(("about", "for")),
    "talk": frozenset(("about",)),
    "speak": frozenset(("about", "of", "out", "to")),
    "warn": frozenset(("of", "about", "against")),
    "agree": frozenset(("with",)),
    "complain": frozenset(("about",)),
    "joke": frozenset(("about",)),
    "respond": frozenset(("to",)),
    "reply": frozenset(("to",)),
    "write": frozenset(("about", "of")),
    "admit": frozenset(("to",)),
    "apologize": frozenset(("for",)),
    "apologise": frozenset(("for",)),
    "boast": frozenset(("about", "of")),
    "brag": frozenset(("about",)),
    "lash": frozenset(("out",)),
    "hit": frozenset(("back", "out")),
    "shoot": frozenset(("back",)),
    "fire": frozenset(("back",)),
    "push": frozenset(("back",)),
    "weigh": frozenset(("in",)),
    "chime": frozenset(("in",)),
    "say": frozenset(("of",)),
    "rail": frozenset(("against",)),
    "worry": frozenset(("about",)),
    "think": frozenset(("of",)),
    "sum": frozenset(("up",)),
    "go": frozenset(("on",)),
}
# Phrasal verbs that report only with their particle ("lashed out", "pointed to").
_PHRASAL_ONLY = frozenset(
    _words(
        """
        lash hit shoot fire push weigh chime talk point rail sum refer
        """
    )
)
# Verbs that report only next to a quotation or a colon ("he continued: ...").
_QUOTE_ONLY = frozenset(
    _words(
        """
        continue go
        """
    )
)


def _forms(lemmas: Sequence[str]) -> frozenset[str]:
    return frozenset(f for lemma in lemmas for f in _inflect(lemma))


#: Reporting (speech) verbs in all inflections: say, says, said, saying, told, claims, ...
REPORTING_VERBS: frozenset[str] = _forms(_SPEECH_STRONG)
# Verbs that report only with a particle or next to a quotation ("lashed out", "continued:").
_SPECIAL_VERB_FORMS = _forms(tuple(sorted(_PHRASAL_ONLY | _QUOTE_ONLY)))
#: Cognition verbs in all inflections: think, believes, feared, wanting, ...
COGNITION_VERBS: frozenset[str] = _forms(_COGNITION)
#: Verbs through which documents and polls speak, all inflections: shows, found, indicates, ...
EVIDENCE_VERBS: frozenset[str] = _forms(_EVIDENCE)
#: Catenative verbs that join the cue before "to" ("continued to emphasize", "declined to say").
CATENATIVE_VERBS: frozenset[str] = _forms(
    _words(
        """
        continue go decline refuse begin start want try appear seem decide use hesitate
        rush move dare seek choose threaten fail stop tend proceed
        """
    )
)
#: Hearsay adverbs: a claim with no source ("reportedly", "allegedly").
HEARSAY_ADVERBS: frozenset[str] = frozenset(
    _words(
        """
        reportedly allegedly purportedly supposedly reputedly apparently
        """
    )
)
#: Participles of the hearsay passive ("is said to", "are believed to", "it is understood that").
HEARSAY_PARTICIPLES: frozenset[str] = frozenset(
    _words(
        """
        said believed thought reported alleged rumored rumoured understood claimed suspected
        estimated expected known considered feared presumed reputed deemed seen viewed
        """
    )
)
#: Multi-word cues that are not verbs.
CUE_PHRASES: tuple[str, ...] = (
    "according to",
    "as reported by",
    "in the words of",
    "it emerged that",
    "is said to",
    "are said to",
    "was said to",
    "were said to",
    "is believed to",
    "are believed to",
    "is reported to",
    "is thought to",
    "is alleged to",
    "is understood to",
    "is expected to",
    "it is understood that",
)
#: Pronouns that can stand as a source (resolved through ``source_resolved``).
PRONOUN_SOURCES: frozenset[str] = frozenset(
    _words(
        """
        he she they it we i you who which
        """
    )
)
#: Vague or collective sources: "officials said", "sources close to the talks", "critics say".
VAGUE_SOURCES: frozenset[str] = frozenset(
    _words(
        """
        official officials source sources critic critics analyst analysts expert experts
        observer observers insider insiders aide aides adviser advisers advisor advisors ally
        allies supporter supporters opponent opponents people residents witness witnesses
        diplomat diplomats lawmaker lawmakers economist economists investigator investigators
        authorities police prosecutors prosecutor spokesman spokeswoman spokesperson
        spokespeople representative representatives strategist strategists operative operatives
        activist activists voter voters leader leaders member members others some many most
        followers fans users readers viewers listeners students parents teachers protesters
        demonstrators
        several democrats republicans conservatives liberals progressives donors organizers
        organisers campaign party administration government agency department ministry committee
        officers staff staffers employees workers scientists researchers doctors lawyers
        attorneys historians scholars commentators pundits pollsters americans citizens
        delegates
        """
    )
)
#: Titles and roles that mark a person ("Sen.", "minister", "spokeswoman").
TITLES: frozenset[str] = frozenset(
    _words(
        """
        mr mrs ms miss dr sen rep gov gen lt col sgt capt prof rev adm maj cmdr atty supt msgr
        president vice senator sens congressman congresswoman representative governor mayor
        minister secretary chancellor chairman chairwoman chair director chief judge justice
        sheriff ambassador spokesman spokeswoman spokesperson commissioner attorney general
        prime king queen prince princess pope bishop rabbi imam reverend father sister professor
        doctor candidate nominee leader speaker whip ceo founder executive adviser advisor aide
        pollster strategist analyst official economist lawyer manager host anchor reporter
        columnist editor author
        """
    )
)
#: Documents, polls and reports that can be a source ("a March report by the central bank").
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    _words(
        """
        report reports poll polls survey surveys study studies analysis analyses data statement
        statements document documents memo memos letter letters filing filings lawsuit complaint
        ruling indictment email emails records figures statistics review audit investigation
        research article articles column editorial op-ed tweet tweets post posts book release
        transcript transcripts video ad ads advertisement commercial website index estimate
        estimates projection projections model census findings results numbers paper papers
        testimony affidavit order opinion decision verdict note notes message messages headline
        story stories cable cables summary brief briefing guidance tally count exit sign banner
        platform resolution bill proposal plan manifesto petition
        """
    )
)

# ---- closed classes used by the span scanner (lower case)
_DETS = frozenset(
    _words(
        """
        the a an this that these those his her its their our my your some many most several few
        all both each every other another any no such two three four five six seven eight nine
        ten dozens hundreds thousands millions one
        """
    )
)
_AUX = frozenset(
    _words(
        """
        is are was were be been being am has have had having will would could can may might
        should must shall do does did 's ’s 've ’ve 'd ’d 'll ’ll 're ’re 'm ’m don didn
        doesn won wouldn couldn shouldn isn wasn aren weren hasn haven hadn ain
        """
    )
)
_NEG = frozenset(
    _words(
        """
        not never n't no longer 't ’t
        """
    )
)
# Adverbs that join a cue on its left ("also said", "has repeatedly said").
_CUE_ADVERBS = frozenset(
    _words(
        """
        also later then recently previously repeatedly once often first again still just even
        further publicly privately reportedly allegedly earlier long always frequently openly
        flatly already similarly separately subsequently initially originally finally ultimately
        quickly immediately promptly simply bluntly candidly correctly falsely wrongly rightly
        angrily loudly quietly proudly jokingly pointedly tersely succinctly famously reportedly
        apparently had not never n't only now actually essentially effectively basically
        """
    )
)
_SUBORDINATORS = frozenset(
    _words(
        """
        that which who whom whose when where while whilst because although though if unless
        since as after before until till whether so than but yet nor however meanwhile whereas
        """
    )
)
_PREPS_STOP = frozenset(
    _words(
        """
        into onto over about against during through across under without within between among
        amid amidst despite like unlike upon via per toward towards behind beyond around
        throughout since after before until off down up out
        """
    )
)
# Prepositions allowed inside a source phrase ("officials at the State Department").
_NP_PREPS = frozenset(
    _words(
        """
        of for at from with in on by to
        """
    )
)
_TO_HEADS = frozenset(
    _words(
        """
        close closest adviser advisers advisor advisors aide aides spokesman spokeswoman
        spokesperson ambassador envoy counsel secretary assistant successor heir deputy
        """
    )
)
_TIME_WORDS = frozenset(
    _words(
        """
        monday tuesday wednesday thursday friday saturday sunday january february march april
        may june july august september october november december jan feb mar apr jun jul aug sep
        sept oct nov dec yesterday today tonight week weeks month months year years night
        morning afternoon evening weekend earlier later ago last this early late next past
        """
    )
)
_WEEKDAYS_MONTHS = frozenset(
    _words(
        """
        monday tuesday wednesday thursday friday saturday sunday january february march april
        june july august september october november december
        """
    )
)
# Common verb forms that end a source phrase when scanning leftwards.
_VERB_STOPS = frozenset(
    _words(
        """
        is are was were be been being am has have had do does did will would could can may might
        should must shall won lost made took went came got gave put set ran began brought bought
        kept left led met paid sent sat stood spent built became held heard meant let says said
        told wrote thought knew saw found felt
        """
    )
)
# Words ending in -ed / -ing that are nouns or adjectives, not verbs.
_ED_ING_NOUNS = frozenset(
    _words(
        """
        need needs red bed seed speed feed hundred shed thing things king kings spring string
        wing building buildings meeting meetings hearing hearings briefing briefings ring
        morning evening ceiling funding spending polling ruling rulings finding findings bombing
        bombings shooting shootings training rating ratings standing setting reporting timing
        opening during nothing something anything everything bring sibling offering wedding
        sterling viking darling feeling feelings evening evenings beijing ping
        """
    )
)
# Words ending in -ly that are nouns or adjectives of a source phrase.
_LY_NOUNS = frozenset(
    _words(
        """
        family rally ally assembly supply daily weekly monthly quarterly anomaly butterfly
        monopoly bully homily elderly friendly lonely lovely
        """
    )
)
# Capitalised words that open a sentence but are not names.
_NON_NAMES = frozenset(
    _words(
        """
        the a an in on at for from with by of to and but or so as if when while after before
        because although though yet still also then now however meanwhile since until during
        asked speaking this that these those it he she they we i you his her their our my its
        there here what why how who where which whether no not yes one some many most all both
        each every other another any such monday tuesday wednesday thursday friday saturday
        sunday january february march april may june july august september october november
        december last next early late mr mrs ms dr sen rep gov
        """
    )
)
# Words that make a capitalised phrase an organisation rather than a person.
_ORG_WORDS = frozenset(
    _words(
        """
        party committee campaign news post times journal department ministry agency office
        council house senate congress court university institute foundation association group
        center centre bank company corporation inc corp co network fund union commission board
        administration government police service services bureau cnn fox abc nbc cbs msnbc
        reuters press magazine newspaper daily weekly tribune herald gazette politico breitbart
        church coalition alliance league organization organisation caucus pac staff team club
        act law bill program programme plan care amendment treaty agreement deal institution
        watch
        world america state states white republicans democrats gop dnc rnc fbi cia nsa
        """
    )
)
_MALE_WORDS = frozenset(
    _words(
        """
        mr he him his himself spokesman chairman congressman father son brother husband king
        prince sir uncle grandfather boyfriend businessman gentleman man boy donald bernie
        barack bill ted marco jeb ben john chris mike joe paul rand scott jim james robert
        michael david richard william thomas charles george mark steve steven kevin brian jeff
        jeffrey tim tom eric jason ryan harry mitch newt rick rudy jerry frank jack bob roger
        reince corey sean tony larry andrew peter dan daniel matt matthew nick jon josh kenneth
        gary ron ronald martin vladimir xi benjamin lindsey jared mitt al
        """
    )
)
_FEMALE_WORDS = frozenset(
    _words(
        """
        mrs ms miss she her hers herself spokeswoman chairwoman congresswoman mother daughter
        sister wife queen princess aunt grandmother girlfriend businesswoman lady woman girl
        hillary huma nancy elizabeth sarah kellyanne hope ivanka melania michelle debbie donna
        megyn jane mary patricia jennifer linda barbara susan margaret karen lisa betty helen
        sandra ann anne laura kate katie amy emily jessica rachel rebecca carly nikki loretta
        susana dianne maxine jill tulsi amber samantha heidi claire kirsten tammy theresa angela
        marine
        """
    )
)
# Capitalised words that do not start a name: numbers, nationalities and party adjectives.
_NAME_STOP = frozenset(
    _words(
        """
        one two three four five six seven eight nine ten eleven twelve twenty thirty forty
        fifty hundred thousand million billion first second third last republican republicans
        democrat democrats democratic american americans gop conservative conservatives
        liberal liberals progressive progressives white black latino hispanic federal
        national state states congressional presidential alright okay yes no oh well
        thank thanks please dear hello but and or so if yet hey despite ever even never just
        indeed instead perhaps maybe although though whatever whenever today tomorrow
        """
    )
)
# Adjectives that, after "be", state a position ("are concerned about", "is skeptical").
_PRED_ADJ = frozenset(
    _words(
        """
        convinced concerned worried skeptical sceptical confident optimistic pessimistic hopeful
        sure adamant unsure doubtful afraid fearful supportive opposed
        unconvinced uncertain wary insistent
        """
    )
)


# --------------------------------------------------------------------------------------------
# Tokenisation
# --------------------------------------------------------------------------------------------

_TOKEN_RE = re.compile(
    r"""
    \s*(?:                                    # leading space kept: offsets by accumulation
    (?:[A-Za-z]\.){2,}                        # U.S. D.C. a.m.
  | [A-Z][a-z]{0,3}\.(?=\s+[A-Z0-9])          # Mr. Sen. Gov. Jan. No. and initials
  | ['’](?:s|re|ve|ll|d|m|t)\b                # clitics: 's 're 've 'll 'd 'm, the t of n't
  | [^\W_]+(?:[-&/.][^\W_]+|['’](?!(?:s|re|ve|ll|d|m|t)\b)[^\W_]+)*  # words, O'Brien
  | ''|``|--|\S                               # punctuation
    )""",
    re.X,
)
_WORD_RE = re.compile(r"[a-z]+")
_CAP_WORD_RE = re.compile(r"\b[A-Z][a-z]")
_QUOTE_TOKENS = frozenset(('"', "“", "”", "''", "``", "„", "«", "»"))
_DASHES = frozenset(("—", "–", "--", "-"))
_SPEAKER_TAG_RE = re.compile(
    r"\s*(?:[\"“”'‘’]\s*)?((?:[A-Z][\w.'’&-]*)"
    r"(?:\s+(?:[A-Z][\w.'’&-]*|of|the|and|de|van|von|at|on|in|for|to)){0,5})\s*:\s+\S"
)
_SPEAKER_TAG_STOP = frozenset(
    _words(
        """
        note update related watch breaking photo photos video editor correction warning
        exclusive advertisement opinion analysis subscribe see also live wow boom revealed
        bombshell listen read more click caption credit source sources image images contact
        email phone tags tag filed posted updated published by transcript question answer q a
        re fw fwd subject to from cc date time location where when what why how who
        disclosure disclaimer
        """
    )
)


class _Tok:
    """The tokens of one sentence: words, lower-case words, capitalisation; offsets on demand."""

    __slots__ = ("_ends", "_pieces", "cap", "low", "n", "s0", "text")

    def __init__(self, text: str, s0: int, s1: int) -> None:
        pieces = _TOKEN_RE.findall(text, s0, s1)  # tokens with their leading white space
        words = list(map(str.lstrip, pieces))
        if words and not words[-1]:  # trailing white space
            words.pop()
            pieces.pop()
        self.text = words
        self.low = "\x00".join(words).lower().split("\x00")
        if len(self.low) != len(words):  # pragma: no cover - exotic case mappings
            self.low = [w.lower() for w in words]
        self.cap = list(map(str.__ne__, words, self.low))
        self.n = len(words)
        self.s0 = s0
        self._pieces = pieces
        self._ends: list[int] | None = None

    def end(self, k: int) -> int:
        """Whole-text end offset of token k."""
        if self._ends is None:
            self._ends = list(accumulate(map(len, self._pieces), initial=self.s0))[1:]
        return self._ends[k]

    def start(self, k: int) -> int:
        """Whole-text offset of token k."""
        return self.end(k) - len(self.text[k])


# --------------------------------------------------------------------------------------------
# Quotations
# --------------------------------------------------------------------------------------------

_QUOTE_MARK_RE = re.compile(r"''|``|[\"“”„«»]")
_LEFT_CTX = frozenset(" \t\n\r([{—–-/\u00a0")
_RIGHT_CTX = frozenset(" \t\n\r.,;:!?)]}—–-/\u00a0'’")


def _mark_kind(text: str, pos: int, mark: str) -> int:
    """+1 for an opening quote mark, -1 for a closing one, 0 when it can only toggle."""
    left = pos == 0 or text[pos - 1] in _LEFT_CTX
    after = pos + len(mark)
    right = after >= len(text) or text[after] in _RIGHT_CTX
    if left and not right:
        return 1
    if right and not left:
        return -1
    if mark in ("“", "``", "„", "«"):
        return 1
    if mark in ("”", "»"):
        return -1
    return 0


def _paragraphs(text: str, sentences: Sequence[tuple[int, int]]) -> list[int]:
    """Paragraph number of each sentence: a new paragraph after a line break between them."""
    out: list[int] = []
    para = 0
    prev_end = 0
    find = text.find
    for i, (s0, s1) in enumerate(sentences):
        if i and find("\n", prev_end, s0) >= 0:
            para += 1
        out.append(para)
        prev_end = s1
    return out


class _Quotes:
    """Quotation intervals of a document, with the sentences each one spans."""

    __slots__ = ("closed", "intervals", "para", "starts")

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]]) -> None:
        self.para = para = _paragraphs(text, sentences)
        # (start char, end char, first sentence, last sentence); closed: ended by a quote mark
        intervals: list[tuple[int, int, int, int]] = []
        closed: list[bool] = []
        open_pos = -1
        open_sent = -1
        n = len(sentences)
        memo: dict[int, _ParagraphMarks] = {}
        for k, (s0, s1) in enumerate(sentences):
            if open_pos >= 0 and k:
                new_para = para[k] != para[k - 1]
                too_long = k - open_sent >= MAX_QUOTE_SENTENCES
                if new_para:
                    m = _QUOTE_MARK_RE.match(text, s0)
                    if not too_long and m is not None and _mark_kind(text, s0, m.group()) >= 0:
                        # news convention: the quotation goes on in the new paragraph
                        s0 += len(m.group())
                    else:
                        intervals.append((open_pos, sentences[k - 1][1], open_sent, k - 1))
                        closed.append(False)
                        open_pos = -1
                elif too_long and not _closes_in_paragraph(text, sentences, para, k, n, memo):
                    intervals.append((open_pos, sentences[k - 1][1], open_sent, k - 1))
                    closed.append(False)
                    open_pos = -1
            for m in _QUOTE_MARK_RE.finditer(text, s0, s1):
                kind = _mark_kind(text, m.start(), m.group())
                if open_pos < 0:
                    if kind >= 0:
                        open_pos, open_sent = m.start(), k
                    # a stray closing mark with nothing open is ignored
                elif kind <= 0:
                    intervals.append((open_pos, m.end(), open_sent, k))
                    closed.append(True)
                    open_pos = -1
                else:
                    # a second opening mark while one is open: the first one was unbalanced
                    intervals.append((open_pos, m.start(), open_sent, k))
                    closed.append(False)
                    open_pos, open_sent = m.start(), k
        if open_pos >= 0 and sentences:
            intervals.append((open_pos, sentences[-1][1], open_sent, n - 1))
            closed.append(False)
        self.intervals = intervals
        self.closed = closed
        self.starts = [iv[0] for iv in intervals]

    def inside(self, pos: int) -> bool:
        """Whether the character at ``pos`` lies inside a quotation (marks included)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.intervals[i][1]

    def shares(self, sentences: Sequence[tuple[int, int]]) -> list[float]:
        """Share of each sentence's characters inside quotations."""
        out = [0.0] * len(sentences)
        for a, b, f, last in self.intervals:
            for k in range(f, last + 1):
                s0, s1 = sentences[k]
                lo, hi = max(a, s0), min(b, s1)
                if hi > lo and s1 > s0:
                    out[k] += (hi - lo) / (s1 - s0)
        return out


class _ParagraphMarks(NamedTuple):
    """The quote marks of a paragraph from its first sentence asked about to its end."""

    end: int  # end of the paragraph's last sentence
    starts: list[int]  # start of each mark
    ends: list[int]  # end of each mark
    closing_from: list[bool]  # whether a closing mark is among the marks i, i+1, ...


def _closes_in_paragraph(
    text: str,
    sentences: Sequence[tuple[int, int]],
    para: list[int],
    k: int,
    n: int,
    memo: dict[int, _ParagraphMarks] | None = None,
) -> bool:
    """Whether a closing quote mark comes later in the paragraph of sentence k.

    With ``memo`` (for calls with increasing ``k``), a paragraph's marks are found once, so
    that asking for every sentence of a long paragraph stays linear instead of quadratic.
    """
    s0 = sentences[k][0]
    marks = memo.get(para[k]) if memo is not None else None
    if marks is None:
        j = k
        while j + 1 < n and para[j + 1] == para[k]:
            j += 1
        end = sentences[j][1]
        found = list(_QUOTE_MARK_RE.finditer(text, s0, end))
        if memo is None:
            return any(_mark_kind(text, m.start(), m.group()) < 0 for m in found)
        closing_from = [False] * (len(found) + 1)
        for i in range(len(found) - 1, -1, -1):
            m = found[i]
            closing_from[i] = closing_from[i + 1] or _mark_kind(text, m.start(), m.group()) < 0
        marks = memo[para[k]] = _ParagraphMarks(
            end, [m.start() for m in found], [m.end() for m in found], closing_from
        )
    i = bisect.bisect_left(marks.starts, s0)
    if i > 0 and marks.ends[i - 1] > s0:  # a two-character mark across s0: scan as asked
        return _closes_in_paragraph(text, sentences, para, k, n)
    # a scan from s0 finds the same marks as the paragraph's scan from there on
    return marks.closing_from[i]


def _running(quotes: _Quotes, n: int) -> list[bool]:
    out = [False] * n
    for _a, _b, f, last in quotes.intervals:
        if last > f:
            for k in range(f, last + 1):
                out[k] = True
    return out


# --------------------------------------------------------------------------------------------
# Span scanning
# --------------------------------------------------------------------------------------------


def _is_verbish(t: _Tok, k: int) -> bool:
    """Lower-case token that reads as a verb form (ends a source phrase)."""
    w = t.low[k]
    if w in _VERB_STOPS:
        return True
    if t.cap[k] or len(w) < 5 or w in _ED_ING_NOUNS:
        return False
    if w.endswith(("ed", "ing")):
        if k == 0:
            return False
        left = t.low[k - 1]
        if left in _DETS or left.endswith(("ly", "'s", "’s")) or left in ("most", "more", "well"):
            return False
        return t.text[k - 1][:1].isalnum()
    return False


def _np_token(t: _Tok, k: int) -> bool:
    """Whether token k can be part of a source phrase (not a function word or verb)."""
    w = t.low[k]
    if not t.text[k][:1].isalnum():
        return w in ("&", "/", "'s", "’s", "’", "'")
    if w in _SUBORDINATORS or w in _AUX or w in _PREPS_STOP or w in _NEG:
        return False
    if (
        w in _CUE_WORDS
        and not t.cap[k]
        and w not in DOCUMENT_NOUNS
        and not (k > 0 and (t.low[k - 1] == "of" or t.low[k - 1] in _DETS))
    ):
        return False  # but "secretary of state", "the support staff"
    if w.endswith("ly") and len(w) > 5 and not t.cap[k] and w not in _LY_NOUNS:
        return False
    if w in _CUE_ADVERBS and not t.cap[k]:
        return False
    if w in _WEEKDAYS_MONTHS:
        return k > 0 and t.low[k - 1] in _DETS  # "on Tuesday", but "a March report"
    if t.cap[k] and w in _NON_NAMES and w not in _DETS:
        return False
    return not _is_verbish(t, k)


def _np_left(t: _Tok, j: int, limit: int = 12) -> int:
    """Start index of the source phrase that ends at token j (inclusive), or -1."""
    low = t.low
    if j < 0:
        return -1
    w = low[j]
    if w in PRONOUN_SOURCES or w in _DEMONSTRATIVES:
        return j
    if w in _DET_HEADS and not (j > 0 and low[j - 1] in _DETS):
        start = j
        if j > 0 and low[j - 1] in ("about", "nearly", "almost", "only", "just", "roughly"):
            start = j - 1
        return start
    if w in _DETS or w in _NP_PREPS:
        return -1
    if not _np_token(t, j) and not (
        w in _CUE_WORDS and not t.cap[j] and j + 1 < t.n and low[j + 1] in _CUE_WORDS
    ):
        return -1
    k = j
    start = j
    while k >= 0 and j - k < limit:
        w = low[k]
        if w in _DETS:
            if w in ("that", "this") and k < j and t.cap[k + 1]:
                break  # "... disappointed that Secretary Clinton has declined"
            start = k
            # a determiner opens the phrase; go on only through a preposition or "and"
            if k > 0 and (low[k - 1] in _NP_PREPS or low[k - 1] in ("and", "&")):
                k -= 1
                continue
            break
        if w in _NP_PREPS:
            # "officials at the State Department", "sources close to the talks"
            if (
                w == "by"
                and k > 1
                and low[k - 1].endswith("ed")
                and low[k - 1] not in _CUE_WORDS
                and not t.cap[k - 1]
                and _np_token(t, k - 2)
            ):
                # "a survey conducted by the network": go on over the participle
                k -= 2
                continue
            if w == "of" and k > 0 and low[k - 1] in _DET_HEADS:
                start = k - 1  # "some of her followers", "many of the speakers"
                break
            if k == 0 or not _np_token(t, k - 1) or low[k - 1] in _DETS:
                break
            if w == "to" and low[k - 1] not in _TO_HEADS:
                break
            if low[k - 1] in _TIME_WORDS or _is_verbish(t, k - 1):
                break
            k -= 1
            continue
        if w in ("and", "&", "or"):
            if k == 0 or not (_np_token(t, k - 1) or low[k - 1] in _DET_HEADS) or k + 1 > j:
                break
            k -= 1
            continue
        if not _np_token(t, k) and k != j:
            break
        start = k
        k -= 1
    # a phrase never starts with a preposition or a conjunction
    while start <= j and (low[start] in _NP_PREPS or low[start] in ("and", "&", "or", "/")):
        start += 1
    return start if start <= j else -1


def _np_right(t: _Tok, i: int, limit: int = 12, loose: bool = False) -> int:
    """End index (exclusive) of the source phrase that starts at token i, or -1.

    ``loose`` (after "according to", for a sentence subject) also accepts a phrase that opens
    with a lower-case adjective and lets it run through "in"/"on"/"by".
    """
    n = t.n
    if i >= n:
        return -1
    low = t.low
    w = low[i]
    if w in ("he", "she", "they", "we", "i", "it"):
        return i + 1
    if w in _DET_HEADS and i + 1 < n and (low[i + 1] == "of" or not _np_token(t, i + 1)):
        if low[i + 1] != "of":
            return i + 1
    elif not (_np_token(t, i) or w in _DETS) or w in _NP_PREPS:
        return -1
    if not (
        loose
        or t.cap[i]
        or w in _DETS
        or w in _AGENT_HEADS
        or w[:1].isdigit()
        or w in ("former", "then", "top", "senior", "chief", "republican", "democratic")
    ):
        return -1
    inner = (
        ("of", "for", "at", "from", "with", "in", "on", "by")
        if loose
        else ("of", "for", "at", "from", "with")
    )
    k = i
    end = -1
    while k < n and k - i < limit:
        w = low[k]
        if w in _DETS and (k == i or low[k - 1] in _NP_PREPS or low[k - 1] == "and"):
            k += 1
            continue
        if w in _NP_PREPS or w in ("and", "&"):
            ok = w in inner or w in ("and", "&") or (w == "to" and low[k - 1] in _TO_HEADS)
            if not ok or end < 0 or k + 1 >= n:
                break
            if not (_np_token(t, k + 1) or low[k + 1] in _DETS) or low[k + 1] in _TIME_WORDS:
                break
            k += 1
            continue
        if not _np_token(t, k) or (k > i and not t.cap[k] and _is_verbish(t, k)):
            break
        end = k + 1
        k += 1
    return end


def _apposition_end(t: _Tok, c: int, limit: int = 18) -> int:
    """After a source that ends before the comma at token c: end index of an apposition
    (", the health minister", ", who ..."), or -1 when what follows is something else."""
    n = t.n
    i = c + 1
    if i >= n:
        return -1
    w = t.low[i]
    ok = (
        w in _DETS
        or w in ("who", "former", "then", "now", "also", "both", "himself", "herself")
        or w in TITLES
        or w[:1].isdigit()
        or (t.cap[i] and w not in _NON_NAMES)
    )
    if not ok or w in ("that", "this", "these", "those"):
        return -1
    k = i
    while k < n and k - i < limit:
        if t.text[k] in (",", ";", ":", ".", "?", "!", "(", ")") or t.text[k] in _QUOTE_TOKENS:
            break
        if t.text[k] in _DASHES and k > i:
            break
        if (
            w != "who"
            and k > i
            and not t.cap[k]
            and (t.low[k] in REPORTING_VERBS or t.low[k] in _AUX)
            and t.low[k] not in ("'s", "’s")  # a possessive, not "is"
        ):
            return -1  # a clause, not an apposition: "X, 38 ships are waiting"
        k += 1
    if k - i >= limit:
        return -1
    return k


# --------------------------------------------------------------------------------------------
# Cue detection in one sentence
# --------------------------------------------------------------------------------------------


class _Cand:
    """One attribution found in a sentence (token indices into its _Tok)."""

    __slots__ = ("cue", "kind", "participle", "rank", "res", "src")

    def __init__(self, cue: tuple[int, int], kind: str) -> None:
        self.cue = cue  # token range [a, b)
        self.kind = kind  # "verb", "according", "hearsay"
        self.src: tuple[int, int] | None = None  # token range [a, b)
        self.res: tuple[int, int] | None = None  # antecedent of "who" (token range)
        self.participle = False  # shares the subject of another verb
        self.rank = 0  # 1: subordinate (sentence-initial participle, relative clause)


_FORM_TO_LEMMA: dict[str, str] = {}
for _lemma in (*_SPEECH_STRONG, *_COGNITION, *_EVIDENCE, *sorted(_PHRASAL_ONLY | _QUOTE_ONLY)):
    for _f in _inflect(_lemma):
        _FORM_TO_LEMMA.setdefault(_f, _lemma)
_SPEECH_STRONG_SET = frozenset(_SPEECH_STRONG)
_COGNITION_SET = frozenset(_COGNITION)
_EVIDENCE_SET = frozenset(_EVIDENCE)
_CUE_WORDS = REPORTING_VERBS | COGNITION_VERBS | EVIDENCE_VERBS | _SPECIAL_VERB_FORMS
# Pronoun-like determiners that can be a subject on their own ("Several said", "Both think").
_DET_HEADS = frozenset(
    _words(
        """
        some many several both all most few others another one none each either neither
        """
    )
)
# Organisation nouns: the agent of a reporting verb, like people ("the company reported").
_ORG_NOUNS = frozenset(
    _words(
        """
        company firm group campaign committee organization organisation agency department
        ministry office council court party coalition network newspaper paper magazine outlet
        station union association institute foundation center centre bank government
        administration board commission bureau team panel caucus regime kingdom state country
        nation city county website site blog channel show program programme publication tabloid
        newsroom council
        """
    )
)
_AGENT_HEADS = VAGUE_SOURCES | TITLES | _ORG_NOUNS | _DET_HEADS
_CAND_WORDS = (
    _CUE_WORDS
    | HEARSAY_ADVERBS
    | _PRED_ADJ
    | frozenset(("according", "emerged", "made", "make", "makes", "making"))
)
# Cue forms that are hardly ever nouns: a cue word right before one of them is its subject.
_VERB_ONLY_FORMS = frozenset(
    f
    for lemma in _words(
        """
        say tell suggest argue indicate reveal warn believe think predict conclude insist
        explain acknowledge contend assert show find write claim
        """
    )
    for f in _inflect(lemma)
    if not f.endswith("ing") and f not in ("shows", "claims", "finds", "claim", "find")
)
_DEMONSTRATIVES = frozenset(("this", "that", "these", "those"))
# Forms of cue verbs that are prepositions or conjunctions.
_NOT_CUE_FORMS = frozenset(("regarding", "considering", "concerning", "given", "granted"))
_BE = frozenset(
    _words(
        """
        is are was were be been being am
        """
    )
)


def _cue_left(t: _Tok, i: int) -> int:
    """Extend a cue at token i leftwards over auxiliaries, adverbs and catenatives."""
    low = t.low
    a = i
    k = i - 1
    steps = 0
    while k >= 0 and steps < 6:
        w = low[k]
        if t.cap[k] and (k > 0 or (w not in _CUE_ADVERBS and w not in _AUX)):
            break
        if (
            w in _AUX
            or w in _NEG
            or w in _CUE_ADVERBS
            or (w.endswith("ly") and len(w) > 4 and not (k > 0 and low[k - 1] in _DETS))
        ):
            a = k
        elif w == "to" and k > 0 and (low[k - 1] in CATENATIVE_VERBS or low[k - 1] in _AUX):
            a = k - 1
            k -= 1
        elif w == "to" and k > 1 and low[k - 1] == "on" and _lemma_of(low[k - 2]) == "go":
            a = k - 2
            k -= 2
        else:
            break
        k -= 1
        steps += 1
    return a


def _lemma_of(form: str) -> str:
    return _FORM_TO_LEMMA.get(form, form)


def _is_nounish_use(t: _Tok, i: int) -> bool:
    """A cue word used as a noun: 'the report', 'his claims', 'a sharp reply'."""
    if i == 0:
        return False
    w = t.low[i]
    left = t.low[i - 1]
    if left in ("<", "/", "#", "@", "-") or (i + 1 < t.n and t.text[i + 1] in ("-", ">", "=")):
        return True  # markup, hashtags, compounds: "<tweet", "#report", "tweet-id"
    if (
        left[:1].isdigit()
        or left in ("million", "billion", "thousand", "hundred", "dozen")
        or (
            w.endswith("s")
            and w != _lemma_of(w)
            and _lemma_of(w) in _SPEECH_WEAK
            and (i + 1 >= t.n or t.text[i + 1] in (".", ",", ";", ":", ")"))
            and left not in PRONOUN_SOURCES
        )
    ):
        return True  # "10 million views", "election commission reports."
    if w.endswith("ed") or w in ("said", "told", "thought", "wrote", "knew", "felt", "saw"):
        return left in ("the", "a", "an")
    if left in _DETS and left not in _DET_HEADS and left != "that":
        return True
    if left.endswith(("'s", "’s")):
        return True
    if left in ("of", "in", "for", "with", "our", "your", "on", "at"):
        return not (w.endswith("ing") and left in ("of", "in", "for", "with", "on", "at"))
    # "a sharp reply": a base form between a determiner-led adjective and what follows
    return (
        i > 1
        and t.low[i - 2] in ("a", "an", "the", "his", "her", "their", "its")
        and w == _lemma_of(w)
        and not left.endswith(("s", "ly"))
        and left not in _AUX
        and left not in _AGENT_HEADS
    )


def _cues(t: _Tok) -> list[_Cand]:
    low = t.low
    n = t.n
    out: list[_Cand] = []
    titlecase = -1  # computed when first needed
    done = 0  # tokens before this index belong to a cue already found
    for i in [k for k, w in enumerate(low) if w in _CAND_WORDS]:
        if i < done:
            continue
        w = low[i]
        if w == "according" and i + 1 < n and low[i + 1] == "to":
            out.append(_Cand((i, i + 2), "according"))
            done = i + 2
            continue
        if w in HEARSAY_ADVERBS and w != "apparently":
            if not (i + 1 < n and low[i + 1] in _CUE_WORDS):
                out.append(_Cand((i, i + 1), "hearsay"))
            continue
        if (
            w == "emerged"
            and i + 1 < n
            and low[i + 1] == "that"
            and i > 0
            and low[i - 1]
            in (
                "it",
                "has",
                "had",
            )
        ):
            out.append(_Cand((i - 1 if low[i - 1] == "it" else i, i + 1), "hearsay"))
            continue
        if w in _PRED_ADJ and i > 0:
            c = _pred_adj(t, i)
            if c is not None:
                out.append(c)
                done = c.cue[1]
                continue
        if w not in _CUE_WORDS:
            if (
                w in ("made", "make", "makes", "making")
                and i + 1 < n
                and (
                    low[i + 1] == "clear"
                    or (low[i + 1] == "it" and i + 2 < n and low[i + 2] == "clear")
                )
            ):
                b = i + 2 if low[i + 1] == "clear" else i + 3
                c = _Cand((_cue_left(t, i), b), "clear")
                c.participle = w == "making"
                out.append(c)
                done = b
                continue
            continue
        if i + 1 < n and low[i + 1] in _VERB_ONLY_FORMS:
            continue  # a noun before its verb: "the report said", "talks say"
        lemma = _lemma_of(w)
        if w in _NOT_CUE_FORMS:
            continue
        nxt = low[i + 1] if i + 1 < n else ""
        if (lemma == "add" and nxt in ("to", "up")) or (lemma == "call" and nxt in ("off", "up")):
            continue
        if t.cap[i] and i + 1 < n and t.cap[i + 1] and nxt not in PRONOUN_SOURCES and i == 0:
            continue  # "State Senate President ..."
        # hearsay passive: "is said to", "are believed to", "it is understood that"
        if w in HEARSAY_PARTICIPLES and i > 0 and (low[i - 1] in _BE or low[i - 1] == "widely"):
            nxt = low[i + 1] if i + 1 < n else ""
            expletive = i > 1 and low[i - 2] == "it" and nxt == "that"
            if (nxt == "to" and w not in ("known", "seen", "considered", "viewed")) or expletive:
                a = i - 2 if expletive else _cue_left(t, i)
                out.append(_Cand((a, i + 2 if nxt == "to" else i + 1), "hearsay"))
                continue
        if t.cap[i] and titlecase < 0:
            nword = sum(1 for x in t.text if x[:1].isalpha())
            titlecase = 1 if nword > 2 and sum(t.cap) >= 0.6 * nword else 0
        if _is_nounish_use(t, i) or (
            t.cap[i]
            and i > 0
            and not titlecase
            and not (t.text[i - 1] in _QUOTE_TOKENS or t.text[i - 1] in (":", "(", "—", "–"))
        ):
            continue
        if titlecase and t.cap[i] and (lemma in _SPEECH_WEAK or lemma not in _SPEECH_STRONG_SET):
            continue
        a = _cue_left(t, i)
        b = i + 1
        parts = _PARTICLES.get(lemma)
        if parts and b < n and low[b] in parts:
            b += 1
        elif lemma in _PHRASAL_ONLY or lemma == "go":
            continue
        if lemma in _ADDRESSEE_VERBS and b < n and low[b] in ("reporters", "journalists"):
            b += 1
        c = _Cand((a, b), "verb")
        c.participle = w.endswith("ing") and (a == i or low[a] not in _AUX)
        if w.endswith(("ing", "ed")) and (a == 0 or all(x in _QUOTE_TOKENS for x in t.text[:a])):
            c.rank = 1  # sentence-initial participle clause: "Asked about it, ..."
        out.append(c)
        done = b
    return out


def _pred_adj(t: _Tok, i: int) -> _Cand | None:
    """'are concerned about', 'is skeptical', 'was confident that' after a form of 'be'."""
    low = t.low
    k = i - 1
    while k >= 0 and (low[k] in _NEG or low[k] in _CUE_ADVERBS or low[k] in ("very", "so")):
        k -= 1
    if k < 0 or (
        low[k] not in _BE
        and low[k] not in ("’s", "'s", "remain", "remains", "remained", "feel", "feels", "felt")
    ):
        return None
    a = _cue_left(t, k) if low[k] in _BE else k
    b = i + 1
    if b < t.n and low[b] in ("about", "of", "that", "to", "with"):
        if low[b] != "that":
            b += 1
    elif not (b < t.n and (t.text[b] in (",", ".", ":") or low[b] in ("whether", "if"))):
        return None
    return _Cand((a, b), "adj")


def _after_cue_signal(t: _Tok, b: int) -> bool:
    """A that-clause, colon or quotation follows the cue (within a few tokens)."""
    for k in range(b, min(t.n, b + 6)):
        w = t.low[k]
        if w in ("that", ":") or t.text[k] in _QUOTE_TOKENS:
            return True
        if w in (".", ";", "?", "!"):
            return False
    return False


def _quote_signal(t: _Tok, a: int, b: int) -> bool:
    """The cue stands next to a quotation or a colon ('he continued: ...', ',” he added')."""
    if (
        b < t.n
        and t.text[b] in (":", ",")
        and (t.text[b] == ":" or (b + 1 < t.n and t.text[b + 1] in _QUOTE_TOKENS))
    ):
        return True
    # a quotation closed right before the cue and its subject: ',” he continued'
    return any(
        k > 0 and t.text[k] in _QUOTE_TOKENS and t.text[k - 1] in (",", ".", "?", "!", "—")
        for k in (a - 1, a - 2, a - 3, a - 4)
    )


def _subject_start(t: _Tok) -> tuple[int, int] | None:
    """The main subject of the sentence: its first source-like phrase."""
    n = t.n
    i = 0
    while i < n and (t.text[i] in _QUOTE_TOKENS or t.low[i] in ("and", "but", "so", "yet")):
        i += 1
    if i < n:
        w = t.low[i]
        if (
            w in _SUBORDINATORS
            or w in _NP_PREPS
            or w in _PREPS_STOP
            or w in _TIME_WORDS
            or w.endswith(("ly", "ing"))
            or w in ("asked", "still", "now", "then", "meanwhile", "instead")
        ):
            k = i
            while k < n and t.text[k] != "," and k - i < 25:
                k += 1
            if k < n and t.text[k] == ",":
                i = k + 1
    if i >= n:
        return None
    e = _np_right(t, i, loose=True)
    if e < 0:
        return None
    return (i, e)


def _with_apposition(t: _Tok, a: int, e: int) -> tuple[int, int]:
    """Extend a source [a, e) that a comma follows over its apposition."""
    if e < t.n and t.text[e] == ",":
        ae = _apposition_end(t, e)
        if ae > 0:
            return (a, ae)
    return (a, e)


def _sources(t: _Tok, cands: list[_Cand]) -> list[_Cand]:
    """Find the source of every cue and keep the cues with enough evidence."""
    low = t.low
    kept: list[_Cand] = []
    for c in cands:
        a, b = c.cue
        if c.kind == "hearsay":
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
        if shared:
            # a participle or a second verb: its subject is the one of the main verb
            c.participle = True
            if _accept(t, c, lemma, None, shared=True):
                kept.append(c)
        elif _accept(t, c, lemma, src):
            c.src, c.res = src, res
            kept.append(c)
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
            else:
                c.src = _subject_start(t)
        else:
            c.src = _subject_start(t)
    return kept


_Range = tuple[int, int]


def _verb_source(
    t: _Tok, c: _Cand, verb: str, kept: list[_Cand]
) -> tuple[bool, _Range | None, _Range | None]:
    """(shares the main subject?, source, antecedent of a relative pronoun) of a verb cue."""
    low = t.low
    n = t.n
    a, b = c.cue
    j = a - 1
    # skip a time phrase between subject and cue ("Trump on Tuesday said")
    k = j
    while k >= 0 and (low[k] in _TIME_WORDS or low[k][:1].isdigit() or low[k] == "on"):
        k -= 1
    if (
        k < j
        and k >= 0
        and any(low[x] in _TIME_WORDS for x in range(k + 1, a))
        and _np_token(t, k)
        and t.text[k] != ","
    ):
        j = k
    left = t.text[j] if j >= 0 else ""
    lw = low[j] if j >= 0 else ""
    # passive agent: "as first reported by the New York Times"
    if b < n and low[b] == "by" and verb.endswith(("ed", "said", "told", "written")):
        e = _np_right(t, b + 1, loose=True)
        if e > 0:
            return False, (b + 1, e), None
    if c.participle and (
        j < 0
        or left in (",", "-", "—", "–", "--")
        or left in _QUOTE_TOKENS
        or lw in ("and", "while", "before", "after", "by", "when", "without", "in", "for", "on")
    ):
        # ", saying ...": the main subject speaks
        if j < 0 or all(x in _QUOTE_TOKENS or x.lower() in _SUBORDINATORS for x in t.text[:a]):
            c.rank = 1
        return True, None, None
    if lw in ("and", "but", "or", "then"):
        return True, None, None  # a second verb sharing the subject: "X spoke and said"
    if j >= 0 and (
        left in _QUOTE_TOKENS or (left == "," and j > 0 and t.text[j - 1] in _QUOTE_TOKENS)
    ):
        # '"...," said X, the minister'
        e = _np_right(t, b)
        return False, (_with_apposition(t, b, e) if e > 0 else None), None
    if left == "," or left in _DASHES or left == ")":
        src = _left_apposition(t, j)
        if src is None:
            e = _np_right(t, b)
            if e > 0 and (e >= n or t.text[e] in (",", ".", ";", ":") or low[e] in _TIME_WORDS):
                src = _with_apposition(t, b, e)
        if src is None and any(d.src is not None for d in kept):
            return True, None, None  # "X slams Trump, praises Clinton"
        return False, src, None
    if j < 0:
        e = _np_right(t, b)
        return False, ((b, e) if 0 < e < n and t.text[e] in (",", ":", ".") else None), None
    if (
        lw in ("who", "which", "that")
        and j > 0
        and (
            lw != "that"
            or (_np_token(t, j - 1) and not _is_verbish(t, j - 1) and low[j - 1] not in _CUE_WORDS)
        )
    ):
        # a relative clause: the pronoun is the source, its antecedent the resolution
        c.rank = 1
        r = j - 2 if t.text[j - 1] == "," else j - 1
        s = _np_left(t, r)
        return False, (j, j + 1), ((s, r + 1) if s >= 0 else None)
    if lw == "to" and j > 0:
        # "led the chairman to declare": the object before "to" speaks
        s = _np_left(t, j - 1)
        return False, ((s, j) if s >= 0 and not _is_verbish(t, j - 1) else None), None
    s = _np_left(t, j)
    return False, ((s, j + 1) if s >= 0 else None), None


def _insert_kind(t: _Tok, s: int, e: int) -> str:
    """What a comma-delimited insert [s, e) is: 'app' (apposition or relative clause, part of
    the source), 'adv' (adverbial, skipped) or 'bad' (the source cannot reach past it)."""
    if s >= e:
        return "bad"
    w = t.low[s]
    if w in ("who", "whose", "which"):
        return "app"
    if w in _NP_PREPS and w not in ("of", "from"):
        return "adv"
    if (
        w in _PREPS_STOP
        or w in _TIME_WORDS
        or w in ("however", "though", "too", "meanwhile", "speaking", "instead", "also", "still")
    ):
        return "adv"
    if w.endswith("ly") and not t.cap[s]:
        return "adv"
    if w.endswith("ing") and not t.cap[s] and w not in _SUBORDINATORS:
        return "app"  # "X, hoping to surge in New Hampshire, called ..."
    if w in _SUBORDINATORS or w in _AUX or (w in _CUE_WORDS and not t.cap[s]):
        return "bad"
    if (
        w in _DETS
        or w in ("of", "from", "former", "then", "now", "himself", "herself", "both")
        or w in TITLES
        or w[:1].isdigit()
        or t.cap[s]
        or w.endswith(("ing", "ed"))
        or _np_token(t, s)
    ):
        return "app"
    return "bad"


def _left_apposition(t: _Tok, j: int) -> tuple[int, int] | None:
    """Source before a comma/dash/parenthesis at token j, reaching back over inserts:
    'X, the minister,', 'X, 33, of Baldwin, Miss.,', 'X, who ...,', 'X (R-Ohio)'."""
    low = t.low
    punct = t.text[j]
    if punct == ")":
        k = j - 1
        while k >= 0 and t.text[k] != "(":
            k -= 1
        if k <= 0:
            return None
        s = _np_left(t, k - 1)
        return (s, j + 1) if s >= 0 else None
    dash = punct in _DASHES
    # comma-separated segments going back from the cue
    bounds: list[int] = [j]  # positions of the separators, right to left
    k = j - 1
    while k >= 0 and j - k <= 45 and len(bounds) < 6:
        x = t.text[k]
        if x == "," or (dash and x in _DASHES):
            bounds.append(k)
        elif x in (";", ":", "(", ".", "?", "!") or (x in _QUOTE_TOKENS and k == bounds[-1] - 1):
            break
        k -= 1
    start_limit = k  # the token before the first segment (or -1)
    bounds.append(start_limit)
    # bounds: j = b0 > b1 > ... ; segment m spans (b_m + 1, b_{m-1})
    for m in range(2, len(bounds)):
        seg_s, seg_e = bounds[m] + 1, bounds[m - 1]
        if seg_s >= seg_e:
            return None
        s = _np_left(t, seg_e - 1)
        if s < 0:
            continue
        before = t.text[s - 1] if s > 0 else ""
        if s != seg_s and not (
            before in _QUOTE_TOKENS or low[s - 1] in _SUBORDINATORS or low[s - 1] == "and"
        ):
            continue
        h = seg_e - 1
        if low[h][:1].isdigit() or (low[h] in _DETS and low[h] not in _DET_HEADS):
            continue
        if t.text[seg_e - 1] in _QUOTE_TOKENS or (
            seg_e - 2 >= 0 and t.text[seg_e - 2] in _QUOTE_TOKENS
        ):
            return None
        # the inserts between the subject and the cue
        end = seg_e
        ok = True
        include = True
        for q in range(m - 1, 0, -1):
            a_, b_ = bounds[q] + 1, bounds[q - 1]
            kind = _insert_kind(t, a_, b_)
            if kind == "bad":
                ok = False
                break
            if kind == "adv":
                include = False
            elif include:
                end = b_
        if not ok:
            continue
        return (s, end)
    return None


def _head(t: _Tok, src: tuple[int, int]) -> int:
    """Index of the head word of a source phrase (last word before a preposition or comma)."""
    s0, s1 = src
    for x in range(s0, s1):
        if (t.low[x] in _NP_PREPS and x > s0) or t.text[x] in (",", "(", "—", "–"):
            return x - 1
        if x > s0 and t.low[x].endswith("ed") and x + 1 < s1 and t.low[x + 1] == "by":
            return x - 1
    return s1 - 1


def _accept(
    t: _Tok, c: _Cand, lemma: str, src: tuple[int, int] | None, shared: bool = False
) -> bool:
    """Keep a cue only with enough evidence for its kind of verb."""
    a, b = c.cue
    if lemma in _QUOTE_ONLY:
        return _quote_signal(t, a, b)
    if lemma == "clear":
        return True
    if lemma in _SPEECH_STRONG_SET and lemma not in _SPEECH_WEAK:
        return True
    kind = "person" if shared else ""
    if src is not None:
        h = _head(t, src)
        head = t.low[h] if h >= src[0] else ""
        if head in PRONOUN_SOURCES or head == "that":
            kind = "pron"
        elif head in DOCUMENT_NOUNS:
            kind = "doc"
        elif t.cap[h] or head in _AGENT_HEADS or head[:1].isdigit():
            kind = "person"
        else:
            kind = "other"
    signal = _after_cue_signal(t, b) or _quote_signal(t, a, b)
    if lemma in _SPEECH_STRONG_SET or lemma in _PHRASAL_ONLY:  # weak and phrasal verbs
        if kind in ("pron", "person", "doc"):
            return (
                not (kind == "pron" and t.low[src[0]] in _DEMONSTRATIVES and t.low[b - 1] == lemma)
                if src is not None
                else True
            )
        return src is not None and b < t.n and t.low[b] in ("that", ":")
    if lemma in _COGNITION_SET:
        return kind in ("pron", "person") or (kind == "other" and signal)
    if lemma == "adj":  # "she is convinced that", but not "it is sure to"
        return kind == "person" or (kind == "pron" and t.low[src[0]] not in ("it", "that"))
    if lemma in _EVIDENCE_SET:
        return kind == "doc" or (signal and kind in ("pron", "person"))
    return False


def _speaker_tag(text: str, s0: int, s1: int) -> tuple[int, int, int] | None:
    """'Name: ...' at the start of a sentence: (source start, source end, colon position)."""
    if text.find(":", s0, min(s1, s0 + 90)) < 0:
        return None
    m = _SPEAKER_TAG_RE.match(text, s0, s1)
    if m is None:
        return None
    words = m.group(1).lower().replace(".", "").split()
    if not words or words[0] in _SPEAKER_TAG_STOP or words[-1] in _SPEAKER_TAG_STOP:
        return None
    if words[0] in ("the", "of", "and") or words[-1] in ("the", "of", "and"):
        return None
    if len(words) == 1 and words[0] in _NON_NAMES:
        return None
    colon = text.index(":", m.end(1))
    return (m.start(1), m.end(1), colon)


# --------------------------------------------------------------------------------------------
# Document level
# --------------------------------------------------------------------------------------------


class _Found:
    """An attribution in whole-text offsets before it becomes an ``Attribution``."""

    __slots__ = ("cue", "in_quote", "inherited", "origin", "rank", "res", "sent", "src", "tag")

    def __init__(
        self,
        cue: tuple[int, int],
        src: tuple[int, int] | None,
        sent: int,
        res: tuple[int, int] | None = None,
    ) -> None:
        self.cue = cue
        self.src = src
        self.res = res
        self.sent = sent
        self.in_quote = False
        self.inherited = False
        self.tag = False
        self.rank = 0
        self.origin: _Found | None = None  # for an inherited copy: the attribution it copies


def _sentence(text: str, lower: str, s0: int, s1: int, k: int, quotes: _Quotes) -> list[_Found]:
    """The attributions of one sentence (``lower`` is the lower-cased text)."""
    found: list[_Found] = []
    tag = _speaker_tag(text, s0, s1)
    if tag is not None:
        f = _Found((tag[2], tag[2] + 1), (tag[0], tag[1]), k)
        f.tag = True
        found.append(f)
    if _CAND_WORDS.isdisjoint(_WORD_RE.findall(lower, s0, s1)):
        return found
    t = _Tok(text, s0, s1)
    cands = _sources(t, _cues(t))
    st, en = t.start, t.end
    for c in cands:
        a, b = c.cue
        cue = (st(a), en(b - 1))
        src = (st(c.src[0]), en(c.src[1] - 1)) if c.src is not None else None
        res = (st(c.res[0]), en(c.res[1] - 1)) if c.res is not None else None
        f = _Found(cue, src, k, res)
        f.in_quote = quotes.inside(cue[0])
        f.rank = c.rank
        found.append(f)
    return found


def _order(found: list[_Found]) -> list[_Found]:
    """Main attribution first: outside quotations, not subordinate, leftmost."""
    if len(found) < 2:
        return found
    return sorted(found, key=lambda f: (f.in_quote, f.rank, f.cue[0]))


def _find(text: str, sentences: Sequence[tuple[int, int]]) -> tuple[list[list[_Found]], _Quotes]:
    quotes = _Quotes(text, sentences)
    lower = text.lower()
    if len(lower) != len(text):  # pragma: no cover - case mappings that change the length
        lower = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    per: list[list[_Found]] = [
        _order(_sentence(text, lower, s0, s1, k, quotes)) for k, (s0, s1) in enumerate(sentences)
    ]
    _inherit(text, per, sentences, quotes)
    return per, quotes


def _own(found: list[_Found]) -> _Found | None:
    """The sentence's own attribution that can attribute a quotation (cue outside quotes)."""
    for f in found:
        if not f.in_quote and not f.inherited:
            return f
    return None


def _speaker(found: list[_Found]) -> _Found | None:
    """Who speaks in a sentence: its own attribution, else the one it inherited."""
    o = _own(found)
    if o is None and found and found[0].inherited:
        return found[0]
    return o


def _ends_with_colon(text: str, span: tuple[int, int]) -> bool:
    return text[span[0] : span[1]].rstrip(" \t\n\"“”'’").endswith(":")


def _inherit(
    text: str,
    per: list[list[_Found]],
    sentences: Sequence[tuple[int, int]],
    quotes: _Quotes,
) -> None:
    """Give the sentences of a quotation the attribution of the sentence that attributes it."""
    n = len(sentences)
    para = quotes.para
    units: list[tuple[int, int]] = [(f, last) for _a, _b, f, last in quotes.intervals if last > f]
    in_run = [False] * n
    for f, last in units:
        for k in range(f, last + 1):
            in_run[k] = True
    shares = quotes.shares(sentences)
    closed_at = {iv[3]: c for iv, c in zip(quotes.intervals, quotes.closed, strict=True)}
    for k in range(n):
        if not in_run[k] and shares[k] >= 0.5:
            units.append((k, k))
    units.sort()
    given = [False] * n
    for first, last in units:
        owners = [k for k in range(first, last + 1) if _own(per[k]) is not None]
        fallback = -1
        nxt, prev = last + 1, first - 1
        if nxt < n and para[nxt] == para[last] and closed_at.get(last, False):
            o = _own(per[nxt])
            if o is not None and o.cue[0] - sentences[nxt][0] < 40:
                fallback = nxt  # '“...?” Trump asked.'
        if fallback < 0 and prev >= 0:
            o = _speaker(per[prev])
            if o is not None and (
                para[prev] == para[first]
                or shares[prev] > 0
                or _ends_with_colon(text, sentences[prev])
            ):
                fallback = prev
        for k in range(first, last + 1):
            if given[k] or _own(per[k]) is not None:
                continue
            src_k = _nearest(owners, k)
            if src_k < 0:
                src_k = fallback
            if src_k < 0:
                continue
            _give(per, k, src_k)
            given[k] = True
    # a paragraph introduced by "X wrote:" and lines after a speaker tag ("Name: ...")
    tagged_para = -1  # the paragraph whose lines after its first speaker tag are done
    for k in range(n - 1):
        o = _own(per[k])
        if o is None:
            continue
        if o.tag:
            if para[k] == tagged_para:
                continue  # a later tag finds every line after it given already: skip the scan
            tagged_para = para[k]
            j = k + 1
            while j < n and para[j] == para[k]:
                if not given[j] and _own(per[j]) is None:
                    _give(per, j, k)
                    given[j] = True
                j += 1
        elif para[k + 1] != para[k] and _ends_with_colon(text, sentences[k]):
            j = k + 1
            while j < n and para[j] == para[k + 1]:
                if not given[j] and _own(per[j]) is None:
                    _give(per, j, k)
                    given[j] = True
                j += 1


def _nearest(owners: list[int], k: int) -> int:
    best = -1
    for o in owners:
        if best < 0 or abs(o - k) < abs(best - k):
            best = o
    return best


def _give(per: list[list[_Found]], k: int, src_k: int) -> None:
    o = _speaker(per[src_k])
    if o is None:
        return
    f = _Found(o.cue, o.src, o.sent, o.res)
    f.inherited = True
    f.tag = o.tag
    f.origin = o.origin if o.origin is not None else o
    per[k].insert(0, f)


# ---- pronoun resolution


@lru_cache(maxsize=4096)
def _gender(s: str) -> str:
    words = _WORD_RE.findall(s.lower())
    for w in words[:3]:
        if w in _MALE_WORDS:
            return "m"
        if w in _FEMALE_WORDS:
            return "f"
    return ""


_NAME_RE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+|(?:President|Senator|Secretary|Governor)\s+)?"
    r"[A-Z][a-z][\w'’-]*(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w'’-]*){0,3}"
)


@lru_cache(maxsize=4096)
def _kind_of(s: str) -> str:
    """'person', 'org' or 'plural' for a named candidate (judged before any apposition)."""
    words = _WORD_RE.findall(s.split(",")[0].split("(")[0].lower())
    if not words:
        return "org"
    if words[0] in ("the", "a", "an") or any(w in _ORG_WORDS for w in words):
        return "org"
    if words[-1].endswith("s") and words[-1] in VAGUE_SOURCES:
        return "plural"
    return "person"


def _is_named(text: str, span: tuple[int, int]) -> bool:
    return _is_name(text[span[0] : span[1]])


@lru_cache(maxsize=4096)
def _is_name(s: str) -> bool:
    """Whether a source phrase names someone (has a capitalised word that is not a stop word)."""
    if s.lower() in PRONOUN_SOURCES:
        return False
    for m in _CAP_WORD_RE.finditer(s):
        if m.start() > 0 or s.split()[0].lower() not in _NON_NAMES:
            return True
    return False


def _compatible(pron: str, cand: str, gender: str) -> bool:
    kind = _kind_of(cand)
    if pron in ("he", "she", "i"):
        if kind != "person":
            return False
        g = _gender(cand) or gender
        if pron == "he":
            return g != "f"
        if pron == "she":
            return g != "m"
        return True
    if pron == "it":
        return kind == "org"
    if pron in ("they", "we"):
        return kind in ("org", "plural") or " and " in cand
    return True


_TITLED_RE = re.compile(r"(Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z][a-z]+\s+)?([A-Z][\w'’-]+)")
_FIRST_LAST_RE = re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?([A-Z][a-z][\w'’-]*)")


def _doc_genders(text: str) -> dict[str, str]:
    """Surname -> 'm'/'f' from titles ('Mrs. Clinton') and first names ('Hillary Clinton')."""
    out: dict[str, str] = {}
    for m in _TITLED_RE.finditer(text):
        out.setdefault(m.group(2).lower(), "m" if m.group(1) == "Mr" else "f")
    for m in _FIRST_LAST_RE.finditer(text):
        first = m.group(1).lower()
        g = "m" if first in _MALE_WORDS else "f" if first in _FEMALE_WORDS else ""
        if g:
            out.setdefault(m.group(2).lower(), g)
    return out


@lru_cache(maxsize=4096)
def _surname(s: str) -> str:
    words = _WORD_RE.findall(s.split(",")[0].lower())
    return words[-1] if words else ""


def _resolve(
    text: str, per: list[list[_Found]], sentences: Sequence[tuple[int, int]], quotes: _Quotes
) -> None:
    known: dict[str, str] | None = None  # surname -> gender, built when first needed
    names: dict[int, list[tuple[int, int]]] = {}  # names of whole sentences, by index
    # third persons first; then "I"/"we" inside quotations, who are the quotation's speaker
    for first_person in (False, True):
        for k, found in enumerate(per):
            for f in found:
                if f.inherited or f.src is None or f.res is not None:
                    continue
                pron = text[f.src[0] : f.src[1]].lower()
                if pron not in PRONOUN_SOURCES or pron in ("who", "which", "you"):
                    continue
                if (pron in ("i", "we")) != first_person or (first_person and not f.in_quote):
                    continue
                if known is None:
                    known = _doc_genders(text)
                best = _antecedent(text, per, sentences, k, f, pron, known, quotes, names)
                if best is not None:
                    f.res = best
                    if pron in ("he", "she"):
                        gender = "m" if pron == "he" else "f"
                        known.setdefault(_surname(text[best[0] : best[1]]), gender)
    for found in per:
        for f in found:
            if f.origin is not None:
                f.res = f.origin.res


def _antecedent(
    text: str,
    per: list[list[_Found]],
    sentences: Sequence[tuple[int, int]],
    k: int,
    f: _Found,
    pron: str,
    known: dict[str, str],
    quotes: _Quotes,
    names: dict[int, list[tuple[int, int]]],
) -> tuple[int, int] | None:
    if pron in ("i", "we"):
        # inside a quotation "I" is the speaker of the quotation
        for g in per[k]:
            if g is not f and not g.in_quote and g.src is not None:
                res = g.origin.res if g.origin is not None else g.res
                return res or (g.src if _is_named(text, g.src) else None)
        return None
    pos = f.src[0] if f.src is not None else sentences[k][0]
    best: tuple[int, int] | None = None
    best_pos = -1
    lo = max(0, k - 5)
    for j in range(k, lo - 1, -1):
        for g in per[j]:
            if g is f or g.src is None or g.inherited or (g.in_quote and not f.in_quote):
                continue
            cand = g.res if g.src is not None and not _is_named(text, g.src) else g.src
            if cand is None or cand[0] >= pos or not _is_named(text, cand):
                continue
            s = text[cand[0] : cand[1]]
            if _compatible(pron, s, known.get(_surname(s), "")) and cand[0] > best_pos:
                best, best_pos = cand, cand[0]
        # the subject name of the sentence (first capitalised name in it)
        s0, s1 = sentences[j]
        if j < k:
            if j not in names:
                names[j] = _names(text, s0, s1, quotes)
            cands = names[j]
        else:
            cands = _names(text, s0, min(s1, pos), quotes)
        for cand in cands:
            name = text[cand[0] : cand[1]]
            if cand[0] > best_pos and _compatible(pron, name, known.get(_surname(name), "")):
                best, best_pos = cand, cand[0]
        if best is not None:
            return best
    return best


def _named_elsewhere(text: str, word: str) -> bool:
    """Whether a capitalised word also stands capitalised inside a sentence of the text."""
    if len(text) <= _INDEX_ABOVE:
        return re.search(r"[a-z,] " + re.escape(word) + r"\b", text) is not None
    # A long text is indexed once, so that each question costs a lookup instead of a scan of
    # the whole text (which made very long documents quadratic). Same answer as the search:
    # an occurrence of ``word`` there starts with its first word-character run.
    key = _RUN_RE.match(word)
    for pos in _mid_sentence_capitals(text).get(key.group() if key else word, ()):
        if text.startswith(word, pos) and _BOUNDARY_RE.match(text, pos + len(word)):
            return True
    return False


_INDEX_ABOVE = 20_000
"""Texts longer than this get an index of their mid-sentence capitalised words."""
_MID_CAPITAL_RE = re.compile(r"(?<=[a-z,] )[A-Z]\w*")
_RUN_RE = re.compile(r"\w+")
_BOUNDARY_RE = re.compile(r"\b")


@lru_cache(maxsize=1)
def _mid_sentence_capitals(text: str) -> dict[str, list[int]]:
    """Capitalised word-character runs after "[a-z,] " in ``text`` -> their positions."""
    out: dict[str, list[int]] = {}
    for m in _MID_CAPITAL_RE.finditer(text):
        out.setdefault(m.group(), []).append(m.start())
    return out


def _names(text: str, s0: int, end: int, quotes: _Quotes) -> list[tuple[int, int]]:
    """Plausible person or organisation names in [s0, end), outside quotations."""
    out: list[tuple[int, int]] = []
    if end <= s0:
        return out
    for m in _NAME_RE.finditer(text, s0, end):
        if m.start() - s0 >= 60:
            break  # names in subject position only
        words = m.group().split()
        first = words[0].lower().rstrip(".")
        if first in _NON_NAMES or first in _NAME_STOP or first.endswith(("ly", "ing")):
            continue
        if "'" in words[0] or "’" in words[0][:-2]:
            continue
        if quotes.inside(m.start()):
            continue
        a, b = m.start(), m.end()
        if text.endswith(("’s", "'s"), a, b):
            b -= 2
        if len(words) == 1:
            before = text[max(s0, a - 6) : a].split()
            if before and before[-1].lower() in _NP_PREPS | _PREPS_STOP:
                continue
            if a == s0 and (text.startswith(",", b) or not _named_elsewhere(text, text[a:b])):
                continue  # "Rather, ...", "Dock workers ..."
        out.append((a, b))
    return out


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def find_attributions(text: str, sentences: Sequence[tuple[int, int]]) -> list[list[Attribution]]:
    """For each sentence ((start, end) offsets into ``text``, in order), its attributions.

    The main attribution comes first; a sentence without one gets ``[]``. All spans are in
    whole-text coordinates, so ``text[span.start:span.end] == span.text``.
    """
    sentences = [(int(a), int(b)) for a, b in sentences]
    per, quotes = _find(text, sentences)
    try:
        _resolve(text, per, sentences, quotes)
    finally:
        _mid_sentence_capitals.cache_clear()  # do not keep a long text (and its index) alive
    spans: dict[tuple[int, int], Span] = {}  # inherited copies share their spans

    def span(se: tuple[int, int] | None) -> Span | None:
        if se is None:
            return None
        sp = spans.get(se)
        if sp is None:
            sp = spans[se] = Span(text[se[0] : se[1]], se[0], se[1])
        return sp

    out: list[list[Attribution]] = []
    for found in per:
        row: list[Attribution] = []
        for f in found:
            cue = span(f.cue)
            assert cue is not None
            row.append(Attribution(cue, span(f.src), span(f.res), f.inherited))
        out.append(row)
    return out


def quote_states(text: str, sentences: Sequence[tuple[int, int]]) -> list[bool]:
    """For each sentence, whether it lies inside a quotation running over several sentences.

    True when the sentence is inside a quotation opened in an earlier sentence or closed in a
    later one (also across paragraphs that reopen with a quote mark, as news style does), for
    the lines after a speaker tag ("Name: ...") in the same paragraph, and for the paragraph
    after a line that attributes and ends in a colon ("The minister wrote:"). Unbalanced
    quotes are reset at a paragraph break that does not reopen and after
    ``MAX_QUOTE_SENTENCES`` sentences (unless a closing mark comes later in the paragraph).
    """
    sentences = [(int(a), int(b)) for a, b in sentences]
    n = len(sentences)
    quotes = _Quotes(text, sentences)
    out = _running(quotes, n)
    para = quotes.para
    lower = ""
    tagged_para = -1
    for k, (s0, s1) in enumerate(sentences):
        if k + 1 < n and para[k + 1] != para[k] and _ends_with_colon(text, (s0, s1)):
            lower = lower or text.lower()
            if not _CUE_WORDS.isdisjoint(_WORD_RE.findall(lower, s0, s1)):
                j = k + 1
                while j < n and para[j] == para[k + 1]:
                    out[j] = True
                    j += 1
        if para[k] != tagged_para and _speaker_tag(text, s0, s1) is not None:
            tagged_para = para[k]  # the rest of the paragraph is marked: later tags skip it
            j = k + 1
            while j < n and para[j] == para[k]:
                out[j] = True
                j += 1
    return out
