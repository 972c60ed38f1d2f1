"""Speaker tags: "Name: ..." and "Name, role: “...”" lines, and a name right before a colon
that opens a quotation (the source of the quoted words that follow)."""

from __future__ import annotations

import re

from framing.attribution._vocab import (
    _BRACKET_ROLES,
    _CLIP_NOT_SPEAKERS,
    _CLIP_TAGS,
    _CUE_WORDS,
    _METADATA_KEYS,
    _NAME_TITLES,
    _NON_NAMES,
    _ORG_NOUNS,
    _ORG_WORDS,
    _PREPS_STOP,
    _SCRIPT_TAGS,
    _SECTION_HEADERS,
    _SECTION_LABELS,
    _SIGN_OFFS,
    _SPEAKER_TAG_STOP,
    _WEEKDAYS,
    DOCUMENT_NOUNS,
    TITLES,
    VAGUE_SOURCES,
)

# a tag with its speaker in brackets: a broadcast script's clip ("GRAB (Naidu):", "SOT (Mayor
# Cole):", `lexicons/clip_tags.txt`) or a transcript's role ("MODERATOR (Dean Visser, Pueblo
# State University):", `lexicons/bracket_roles.txt`)
_CLIP_TAG_RE = re.compile(
    r"\s*([A-Za-z]+(?: [A-Za-z]+){0,3})\s*\(\s*([^()\d:]{2,80}?)\s*\)\s*(:)\s+\S"
)
_HEADER_LINKS = frozenset(("of", "on", "in", "for", "to", "the", "and", "&"))
_SPEAKER_TAG_RE = re.compile(
    r"\s*(?:[\"“”'‘’]\s*)?((?:[A-Z][\w.'’&-]*)"
    r"(?:\s+(?:[A-Z][\w.'’&-]*|of|the|and|de|van|von|at|on|in|for|to)){0,5})\s*:\s+\S"
)


# "Ana Ruiz, the harbour master: “...”": a name of two to five words, an apposition and a colon
# before a quotation mark (a list of quotations, a pull quote)
_TAG_WORD_RE = re.compile(r"[a-z]+")
_APPOSITION_TAG_RE = re.compile(
    r"\s*((?:[A-Z][\w.'’&-]*)(?:\s+[A-Z][\w.'’&-]*){1,4}),\s[^:\n]{3,110}:\s+[\"“]"
)


# a broadcast transcript's tag in capitals, before its colon: a name (group 1), a party in
# brackets, a comma and a role or place on one line ("DAN OKAFOR, CORRESPONDENT",
# "SEN. LYLE BRANDT (R), NEBRASKA", "KAREN PRUITT, WEXLEY RESIDENT"; the role holds a word of
# three letters or more: not a dateline "NEW YORK, N.Y."). `framing.features` reads a
# transcript's turns with the same pattern.
CAPS_ROLE_TAG = (
    r"([A-Z][A-Z.'’-]*(?:[^\S\n]+[A-Z][A-Z.'’-]*){1,4})(?:[^\S\n]*\([A-Z][A-Z.-]*\))?"
    r",[^\S\n]+(?=[A-Z .,'’&()-]*[A-Z]{3})[A-Z][A-Z .,'’&()-]{1,60}"
)
_CAPS_ROLE_TAG_RE = re.compile(rf"\s*{CAPS_ROLE_TAG}:\s+\S")


def _past_cue(w: str) -> bool:
    """A past form of a cue verb ("continued", "added", "said"), which can open an inverted
    attribution before its speaker's name; not a name like "Hope" or "Claire"."""
    return w in _CUE_WORDS and w.endswith(("ed", "said"))


# "Health chief: hospitals are full", "Police: driver was drunk": a headline whose source is a
# role or a group in lower case before a colon
_ROLE_TAG_RE = re.compile(r"\s*([A-Z][a-z]+(?:\s+[a-z]+){0,2}):\s+\S")
_ROLE_HEADS = (VAGUE_SOURCES | TITLES | _ORG_NOUNS) - _METADATA_KEYS
_SENTENCE_END = frozenset(".!?…")
_LINE_ENDS = _SENTENCE_END | frozenset("\"'”’")


def _role_headline_tag(text: str, s0: int, s1: int) -> tuple[int, int, int] | None:
    """A role or group before a colon that opens a headline (no full stop, at most 14 words,
    a clause after the colon): (source start, source end, colon position)."""
    m = _ROLE_TAG_RE.match(text, s0, s1)
    if m is None or text[s0:s1].rstrip(" \"'”’").endswith(tuple(_SENTENCE_END)):
        return None
    words = m.group(1).lower().split()
    rest = text[m.end(1) + 1 : s1].split()
    if (
        words[-1] not in _ROLE_HEADS
        or words[0] in _SECTION_HEADERS
        or " ".join(words) in _METADATA_KEYS
        or len(words) + len(rest) > 14
        or len(rest) < 3
        or not any(w.islower() for w in rest)
    ):
        return None
    return (m.start(1), m.end(1), m.end(1))


# "Airstrike on camp kills 27: health authority", "Talks will resume: UN": a headline that
# names its source after a closing colon
_COLON_SOURCE_RE = re.compile(r":\s+((?:[A-Za-z][\w.'’&-]*)(?:\s+[A-Za-z][\w.'’&-]*){0,3})\s*$")
# a wire headline's source after a spaced dash: "Talks stall over army pullback - sources"
_DASH_SOURCE_RE = re.compile(r"\s[-–—]\s*((?:[A-Za-z][\w.'’&]*)(?:\s+[A-Za-z][\w.'’&-]*){0,3})\s*$")


def _colon_source_tail(text: str, s0: int, s1: int) -> tuple[int, int, int] | None:
    """A source of one to four words after the last colon of a headline, or after a spaced
    dash ("... stall over army pullback - sources"), with no full stop or closing quotation
    mark at its end and the headline's clause before: (source start, source end, colon or
    dash position)."""
    if text[s1 - 1 : s1] in _LINE_ENDS:
        return None
    m = _COLON_SOURCE_RE.search(text, s0, s1)
    cue = m.start() if m is not None else -1
    dash = m is None
    if dash:
        m = _DASH_SOURCE_RE.search(text, s0, s1)
        cue = m.start() + 1 if m is not None else -1  # the dash
    if m is None or text[s0:cue].rstrip().count(" ") < 2 or "\n" in text[s0:s1]:
        return None
    words = m.group(1).split()
    last = words[-1].lower().rstrip(".")
    if dash and (
        last in _SIGN_OFFS
        or not (
            (last in _ROLE_HEADS and last not in _SECTION_LABELS)
            or (len(words) == 1 and words[0].isupper() and len(words[0]) > 1)
        )
    ):
        return None  # (not a site's name after its title: "... - Reuters", "... - analysis")
    named = len(words) <= 3 and all(w[:1].isupper() for w in words)
    if not (
        last in _ROLE_HEADS
        or last in _ORG_WORDS
        or last in DOCUMENT_NOUNS
        or (len(words) == 1 and words[0].isupper() and len(words[0]) > 1)  # "UN", "ONS"
    ):
        return None
    if (
        named
        and (
            words[0].lower() in _SECTION_HEADERS
            or (len(words) == 1 and words[0].lower() in _SECTION_LABELS)
        )
    ) or " ".join(words).lower() in _METADATA_KEYS:
        return None
    if any(w.lower() in _CUE_WORDS for w in words[:-1]) or (
        last in _CUE_WORDS and last not in DOCUMENT_NOUNS
    ):
        return None  # "...: minister says": a clause, read by the verb rules
    return (m.start(1), m.end(1), cue)


# Parliamentary records: "Ms VANCE (Glenmore) - My question is ...", "Mr HOLT (Minister for
# Transport): I thank ..." (an honorific, a surname in capitals, an electorate or office in
# brackets, a dash or a colon), and "The Minister for Employment (Mr. Rupert Calloway): ..."
# (the speaker's name in the brackets)
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Hon)\.?"
_HONORIFIC_INITIALS = frozenset("MDSH")  # a cheap test before the expression
_HANSARD_TAG_RE = re.compile(
    r"\s*(" + _HONORIFIC + r"\s+(?:[A-Z][a-z]+\s+)?[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?)"
    r"(?:\s*\([^()\n]{1,60}\)){0,2}\s*([-–—:])\s+\S"  # "(Moorabool Plains) (14:06):"
)
# "Mr. Norman Faircloth (Orpington): ...": a name in mixed case after an honorific, a seat in
# brackets and a colon (the brackets are required: "Mr. Smith: ..." is an ordinary tag)
_HANSARD_MIXED_RE = re.compile(
    r"\s*(" + _HONORIFIC + r"\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"(?:\s*\([A-Z][^()\n]{0,59}\)){1,2}\s*(:)\s+\S"  # a seat, not "(1931-2009)"
)
_OFFICE_NAME_TAG_RE = re.compile(
    r"\s*[A-Z][^:()\n]{2,90}\((" + _HONORIFIC + r"\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\)"
    r"(:)\s+\S"
)


# The Congressional Record's tags, a sentence of their own before the turn: "Mr. DELANCEY.",
# "Mrs. SCHROEDER of Colorado.", "Senator KENNEDY.", "The CHAIRMAN.", "The SPEAKER pro
# tempore.", "The PRESIDING OFFICER." (a surname or an office in capitals, then the stop)
_RECORD_SURNAME = r"(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|O['’])?[A-ZÀ-Þ][A-ZÀ-Þ'’-]+"
_RECORD_TAG_RE = re.compile(
    r"\s*((?:(?:Mr|Mrs|Ms|Miss|Dr|MR|MRS|MS|MISS|DR|Senator|Sen|Rep|Representative|Chairman|"
    r"Chairwoman)\.?\s+(?:[A-Z][a-z]+\s+)?(?!(?:PRESIDENT|SPEAKER|CHAIRMAN|CHAIRWOMAN)\b)"
    + _RECORD_SURNAME
    + r"(?:\s+"
    + _RECORD_SURNAME
    + r")?(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
    r"|The\s+(?:(?:Acting|ACTING)\s+)?(?:CHAIRMAN|CHAIRWOMAN|CHAIR|SPEAKER|PRESIDENT|"
    r"PRESIDING\s+OFFICER|CLERK|VICE\s+PRESIDENT)(?:\s+pro\s+tempore)?))"
    r"(?:\s+\([^()\n]{1,40}\))?(\.)\s*$"
)
_RECORD_INITIALS = frozenset("MDSRCT")


def _record_tag(text: str, s0: int, s1: int) -> tuple[int, int, int] | None:
    """A Congressional Record tag as a whole sentence (`_RECORD_TAG_RE`): (source start,
    source end, stop position); the lines after it are its turn."""
    if s1 - s0 > 70 or text[s0:s1].lstrip()[:1] not in _RECORD_INITIALS:
        return None
    m = _RECORD_TAG_RE.match(text, s0, s1)
    if m is None:
        return None
    return (m.start(1), m.end(1), m.start(2))


def _hansard_tag(text: str, s0: int, s1: int) -> tuple[int, int, int] | None:
    """A speaker tag of a parliamentary record (`_HANSARD_TAG_RE`, `_OFFICE_NAME_TAG_RE`):
    (source start, source end, dash or colon position)."""
    record = _record_tag(text, s0, s1)
    if record is not None:
        return record
    head = text[s0 : min(s1, s0 + 160)]
    m = _HANSARD_TAG_RE.match(text, s0, s1) if head.lstrip()[:1] in _HONORIFIC_INITIALS else None
    if m is None and "):" in head:
        m = _OFFICE_NAME_TAG_RE.match(text, s0, s1)
        if m is None and head.lstrip()[:1] in _HONORIFIC_INITIALS:
            m = _HANSARD_MIXED_RE.match(text, s0, s1)
    if m is None or (
        m.group(2) != ":"
        and "(" not in text[m.end(1) : m.start(2)]
        and not text[m.end(2) : m.end(2) + 3].lstrip()[:1].isupper()
    ):
        return None  # after a dash with no seat in brackets, a turn opens with a capital
    return (m.start(1), m.end(1), m.start(2))


# offices that speak under "The ...:" in a parliamentary record or a debate transcript ("The
# Prime Minister:", "THE MODERATOR:", "The Minister for Employment:"); not the outlet's own
# host or presenter (`lexicons/script_tags.txt`)
_OFFICE_TAG_HEADS = frozenset(
    ("minister", "moderator", "chairman", "chairwoman", "chair", "speaker", "president",
     "secretary", "chancellor", "mayor", "governor", "clerk", "judge", "coroner", "premier",
     "taoiseach", "commissioner")
)  # fmt: skip


def _office_tag(tag: str, words: list[str]) -> bool:
    """ "The Prime Minister", "THE MODERATOR", "The Deputy Speaker", "The Minister for Trade"
    (``words``: the tag's lower-case words, "the" first): an office that speaks, capitalised as
    a title, at most five words, the office word among the first three."""
    caps = [w for w in tag.split()[1:] if w[:1].isalpha()]
    return (
        1 < len(words) <= 6
        and not _OFFICE_TAG_HEADS.isdisjoint(words[1:4])
        and all(w[:1].isupper() or w.lower() in _HEADER_LINKS for w in caps)
    )


def _speaker_tag(text: str, s0: int, s1: int) -> tuple[int, int, int] | None:
    """'Name: ...' or 'Name, role: "..."' at the start of a sentence, or a parliamentary
    record's tag: (source start, source end, colon position)."""
    hansard = _hansard_tag(text, s0, s1)
    if hansard is not None:
        return hansard
    # (the expression needs a closing bracket: a cheap test first, this runs on every sentence)
    clip = _CLIP_TAG_RE.match(text, s0, s1) if text.find(")", s0, s1) >= 0 else None
    if clip is not None and clip.group(1).lower() in _BRACKET_ROLES:
        name = clip.group(2).split(",")[0].rstrip()
        if name[:1].isupper():  # "MODERATOR (Dean Harold Visser, Pueblo State University):"
            return (clip.start(2), clip.start(2) + len(name), clip.start(3))
    if (
        clip is not None
        and clip.group(2)[:1].islower()
        and clip.group(1).isupper()
        and len(clip.group(1).split()) >= 2
        and _SPEAKER_TAG_STOP.isdisjoint(clip.group(1).lower().split())
    ):
        return (clip.start(1), clip.end(1), clip.start(3))  # "PAUL GAGNON (on tape): ..."
    if clip is not None and clip.group(1).lower() in _CLIP_TAGS:
        inside = clip.group(2).split()
        if inside[0][:1].islower() or inside[0].lower() in _CLIP_NOT_SPEAKERS:
            return None  # "SOT (Translated):", "ACT (via Zoom):": no speaker named
        return (clip.start(2), clip.end(2), clip.start(3))  # "GRAB (Naidu): ..."
    first = text.find(":", s0, min(s1, s0 + 140))
    if first < 0:
        return None
    role = _role_headline_tag(text, s0, s1)
    if role is not None:
        return role
    m = _SPEAKER_TAG_RE.match(text, s0, s1) if first - s0 < 90 else None
    if m is None and first - s0 < 90:
        m = _CAPS_ROLE_TAG_RE.match(text, s0, s1)  # "DAN OKAFOR, CORRESPONDENT: ..."
    if m is None:
        m = _APPOSITION_TAG_RE.match(text, s0, s1)
        if m is None or not _CUE_WORDS.isdisjoint(
            _TAG_WORD_RE.findall(text[m.end(1) : text.index(":", m.end(1))].lower())
        ):
            return None  # "Larry David, playing X, explained:": a verb cue, not a tag
    words = m.group(1).lower().replace(".", "").split()
    if not words or words[0] in _SPEAKER_TAG_STOP or words[-1] in _SPEAKER_TAG_STOP:
        return None
    # "The Prime Minister: ...", "THE MODERATOR: ...": an office speaks (the checks below apply)
    office = words[0] == "the" and _office_tag(m.group(1), words)
    if office:
        rest = [w for w in text[text.index(":", m.end(1)) + 1 : s1].split() if w[:1].isalpha()]
        if len(rest) > 1 and sum(w[:1].isupper() for w in rest) >= 0.6 * len(rest):
            return None  # "The President: A Life in Pictures": a title-case heading
    if (words[0] in ("the", "of", "and") and not office) or words[-1] in ("the", "of", "and"):
        return None
    if words[0] == "according" or (len(words) > 1 and _past_cue(words[0])):
        return None  # "According to the Tribune:", "Continued Stone:": a cue, then its source
    if words[0] in _SECTION_HEADERS and (len(words) == 1 or words[1] in _HEADER_LINKS):
        return None  # "Conclusion:", "SECOND:", "P.S.:", "REPORT TO THE CONGRESS:"
    if len(words) == 1 and (words[0] in _NON_NAMES or words[0] in _SECTION_LABELS):
        return None  # "Rugby: Ireland hold off France", "Crime: Though crime remains low"
    if not _WEEKDAYS.isdisjoint(words):
        return None  # a timetable: "Monday to Friday: 10am", "Saturday Vigil: 7pm"
    if " ".join(words) in _SCRIPT_TAGS:
        return None  # "NEWS READER: ...", "REPORTER VO: ...": the outlet's own voice
    if " ".join(words) in _METADATA_KEYS:
        return None  # a header line: "Subtitle: ...", "Publisher: ..."
    if _heading_words(m.group(1), words):
        return None  # "Judgment: ...", "Money for Planned Parenthood: ..."
    colon = text.index(":", m.end(1))
    if _ROSTER_RE.match(text, colon + 1, s1):
        return None  # a team's line-up: "Ferrybridge: Henning, Cope, Walsh (Grant 80), Lund."
    if words[-1] in _CREDIT_ROLES and _credit_line(text[colon + 1 : s1]):
        return None  # a transcript's header: "Moderator: Dana Whitcomb of WLTC News."
    return (m.start(1), m.end(1), colon)


# roles a transcript's header credits before a colon ("Moderator: Dana Whitcomb of WLTC
# News."), where the same word also tags the role's turns ("MODERATOR: Good evening.")
_CREDIT_ROLES = frozenset(
    ("moderator", "moderators", "host", "hosts", "panelist", "panelists", "panellist",
     "panellists", "questioner", "questioners", "interviewer", "presenter", "anchor", "chair")
)  # fmt: skip
_CREDIT_LINKS = frozenset(("of", "from", "the", "and", "for", "with", "&"))


def _credit_line(rest: str) -> bool:
    """What follows the colon names people and where they are from and says nothing: a full
    name in mixed case, then only capitalised words, figures and "of", "from", "the", "and",
    linked by "of", "from", a semicolon, or a comma before an outlet ("The Courier", "KTVX")
    ("Dana Whitcomb of WLTC News.", "Ray Ortiz, The Courier; Ann Lee, KTVX", "Kirsty Young of
    BBC Radio 4"); not a turn ("Governor Reagan.", "Thanks, Tom.", "Senator Obama, Senator
    McCain.", "THANK YOU, JOHN.")."""
    words = rest.replace(",", " , ").replace(";", " ; ").split()
    if len(words) < 3 or not (words[0][:1].isupper() and words[1][:1].isupper()):
        return False  # a full name opens the credit; not "Thanks, Tom.", "Sharon, go ahead."
    if words[0].isupper() or words[0].lower() in _TURN_OPENERS:
        return False  # an all-capitals transcript's turn, "Thank You, John"
    linked = False
    for k, w in enumerate(words):
        w = w.rstrip(".")
        if w in (";", "of", "from"):
            linked = True
        elif w == ",":
            nxt = words[k + 1].rstrip(".") if k + 1 < len(words) else ""
            linked = linked or nxt == "The" or (nxt.isupper() and 2 <= len(nxt) <= 6)
        elif w and not (w[:1].isupper() or w[:1].isdigit()) and w not in _CREDIT_LINKS:
            return False
    return linked


_TURN_OPENERS = frozenset(
    ("thank", "thanks", "welcome", "good", "hello", "yes", "no", "okay", "ok", "well", "now")
)


# a list of at least four names, each of one to three capitalised words with an optional
# substitute or minute in brackets or a figure after it, and nothing else: a line-up
_ROSTER_ITEM = (
    r"(?!(?:Yes|No|Maybe|Well|Okay|OK|Sure|Right)\b)"  # an answer in a transcript is no name
    r"(?:(?:de|van|von|da|di|le|la|du|dos|del|ter|ten)\s+)?"  # "de Gea"
    r"[^\W\d_a-z][\w.'’-]*(?:\s+[^\W\d_a-z][\w.'’-]*){0,2}(?:\s+\d+)?(?:\s*\([^()]{1,30}\))?"
)
# six names or more (a team's eleven, a squad), the last one after "and" or a comma
_ROSTER_RE = re.compile(
    rf"\s*{_ROSTER_ITEM}(?:\s*[,;]\s*{_ROSTER_ITEM}){{4,}}(?:\s*(?:[,;]|,?\s+and)\s*{_ROSTER_ITEM})\s*\.?\s*$"
)


# endings of abstract nouns: a one-word tag so ending heads a section, it names no speaker
_HEADING_ENDINGS = ("tion", "ment", "ance", "ence", "ure", "ity", "ship", "ness", "ism", "ogy")
# lower-case words inside a heading ("Money for Planned Parenthood"), not inside a name
_HEADING_LINKS = frozenset(("for", "on", "between", "with", "in", "at", "to", "the", "we"))


def _heading_words(tag: str, words: list[str]) -> bool:
    """A section heading before a colon, not a speaker: one capitalised abstract noun
    ("Judgment", "Infrastructure", "Admission"), or title-case words joined by a lower-case
    preposition or article with no title first ("Money for Planned Parenthood", "Disputes
    Between LSC and Recipients"; not "Minister for Health", "Secretary of State")."""
    if len(words) == 1:
        return (
            not tag.isupper()
            and words[0].endswith(_HEADING_ENDINGS)
            and words[0] not in _ORG_NOUNS  # "Federation: we will strike" speaks
            and words[0] not in TITLES
        )
    inner = tag.split()[1:-1]
    return (
        any(w in _HEADING_LINKS or w.lower() == "between" for w in inner)
        and words[0] not in TITLES
        and words[0] not in _NAME_TITLES
    )


# "HEADLINE - Ana Ruiz: “...", "... doesn't surprise pollster Ana Ruiz: “...", "More from
# Ruiz: “...": a name right before a colon and an opening quotation mark inside a sentence
_NAME_COLON_RE = re.compile(
    r"(?:^|(?<=[\s\-–—]))((?:[A-Z][\w.'’&-]*)(?:\s+(?:[A-Z][\w.'’&-]*|and|de|van|von)){0,5})"
    r"(?:\s*\([^()\n]{1,30}\))?$"
)
_NAME_COLON_BEFORE = re.compile(r"(?:^|[\s(])([A-Za-z][\w'’]*|[-–—]+)\s*$")
_NOT_BEFORE_NAME = frozenset(
    ("to", "for", "of", "in", "on", "at", "with", "by", "as", "the", "a", "an", "and", "or",
     "is", "was", "are", "were", "be", "been", "titled", "called", "named", "headlined")
)  # fmt: skip


def _name_colon(text: str, s0: int, s1: int) -> tuple[int, int, int] | None:
    """A name right before a colon that opens a quotation, inside a sentence or at its start
    with no space before the quotation mark ('Rep. Ana Ruiz (D-Ore.):"...'): (source start,
    source end, colon position); not after a preposition, an article or a copula ("a letter
    to Ana Ruiz:"), nor in a title ("titled Hope:")."""
    colon = text.find(":", s0, s1)
    while colon >= 0:
        after = text[colon + 1 : colon + 3].lstrip()
        if after.startswith(('"', "“")):
            break
        colon = text.find(":", colon + 1, s1)
    if colon < 0:
        return None
    lo = max(s0, colon - 90)
    m = _NAME_COLON_RE.search(text, lo, colon)
    if m is None:
        return None
    words = m.group(1).lower().replace(".", "").split()
    if words[0] in _SPEAKER_TAG_STOP or words[-1] in ("and", "de", "van", "von"):
        return None
    if len(words) > 1 and _past_cue(words[0]) and m.start(1) == s0:
        return None  # "Continued Stone: “...”": the verb is the cue
    if len(words) == 1 and (
        words[0] in _NON_NAMES or words[0] in _SECTION_HEADERS or words[0] in _SECTION_LABELS
    ):
        return None
    if m.start(1) > s0:
        b = _NAME_COLON_BEFORE.search(text, s0, m.start(1))
        if b is None:
            return None
        w = b.group(1).lower()
        if w == "from" and b.start(1) > s0 and text[b.start(1) - 5 : b.start(1)] != "More ":
            return None  # "More from Jones:", "From Jones:"; not "a letter from Jones:"
        if w != "from" and (w in _NOT_BEFORE_NAME or w in _PREPS_STOP):
            return None
    return (m.start(1), m.start(1) + len(m.group(1)), colon)
