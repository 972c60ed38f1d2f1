"""Which of a sentence's attributions a claim reports: the main one and its coordinated verbs.

`find_attributions` lists every attribution of a sentence, main one first, nested ones too (a
quotation within the quoted words, "X said Y told him ..."). A nested attribution is part of
the main one's content (PolNeAR is univocal; our annotators mark one source per sentence), so
`framing.analyze` leaves it out. A second verb of the main speaker is no part of that content:
"X denounced the attacks, saying ...", "X noted that ... and added: ...", "X pointed to ...,
noting that ...". PolNeAR annotates each of those verbs as a cue of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.attribution._document import _PREPOSED_RE
from framing.types import Attribution

# the word right before a coordinated verb of the main speaker: "X said ... and added",
# "X spoke ..., but warned", "X pledged ... before saying", "X responded by saying"
# (PolNeAR train: 84 % of such verbs after a comma or "but", 72 % after "and", 63 % after
# "by" are cues of their own; after "for", "in", "as", "of", "on", "since" or a colon none is)
_JOINERS = frozenset(("and", "but", "or", "yet", "then", "while", "before", "after", "when", "by"))
_OPENING = " \t\n\"“‘'`("
_JOIN_MARKS = (",", ";", "—", "–", "-", '"', "”", "''")


# the words before a second speaker's clause: "X said ..., but Y insisted", "..., while
# police said", "...; Y said"
_CLAUSE_JOINERS = frozenset(("but", "while", "whilst", "whereas", "yet"))


def reported_attributions(
    text: str, sentence: tuple[int, int], row: Sequence[Attribution]
) -> list[Attribution]:
    """The attributions a claim reports from ``row``, the attributions `find_attributions`
    gives the sentence ``sentence`` (``(start, end)`` in ``text``): the main one (``row[0]``)
    first, then, in the order of ``row``, those outside its content:

    * the verbs coordinated with it that share its source (the same span), follow its cue
      outside quotation marks, and are joined to what comes before by a comma, a dash, a
      closing quotation mark or a conjunction (`_JOINERS`): "X denounced ..., saying";
    * another speaker's clause after it, joined by a conjunction or a semicolon ("X said ...,
      but Y insisted"; `_CLAUSE_JOINERS`, ", and", ";");
    * an attribution in an adverbial clause before it ("When the moderator pointed out ...,
      the candidate said"; ranked after the main clause by `find_attributions`).

    PolNeAR train, gold claim sentences: of the attributions these rules add, 600 are gold
    cues, 119 lie in another relation's content (nested) and 28 are neither.
    """
    if len(row) < 2:
        return list(row)
    main = row[0]
    if main.inherited or main.source is None:
        return [main]
    out = [main]
    for att in row[1:]:
        if att.inherited:
            continue
        if (
            _framing_question(text, main, att)
            or _coordinated(text, main, att)
            or _second_clause(text, main, att)
            or _preposed_clause(text, sentence[0], main, att)
        ):
            out.append(att)
    return out


def _coordinated(text: str, main: Attribution, att: Attribution) -> bool:
    src, msrc = att.source, main.source
    if att.inherited or src is None or msrc is None:
        return False
    if (src.start, src.end) != (msrc.start, msrc.end) or att.cue.start < main.cue.end:
        return False
    between = text[main.cue.end : att.cue.start]
    if _opens_quotation(between):
        return False  # "she added that “... and insist ...”": the quoted words
    before = between.rstrip()
    if before.endswith(_JOIN_MARKS):
        return True
    k = len(before)
    while k > 0 and (before[k - 1].isalpha()):
        k -= 1
    return before[k:].lower() in _JOINERS


def _framing_question(text: str, main: Attribution, att: Attribution) -> bool:
    """ "asked" with no source that frames the main speaker's answer, after it ("..., she said
    when asked about it") or opening the sentence ("Asked whether ..., the mayor said")."""
    if att.source is not None or att.cue.text.lower() != "asked":
        return False
    before = text[: att.cue.start].rstrip()
    if att.cue.start > main.cue.end:
        return before.lower().endswith((" when", " if")) and not _opens_quotation(
            text[main.cue.end : att.cue.start]
        )
    return False  # before the main one: `_preposed_clause`


def _second_clause(text: str, main: Attribution, att: Attribution) -> bool:
    src = att.source
    if src is None or src.start < main.cue.end or src.start > att.cue.start:
        return False
    between = text[main.cue.end : src.start]
    if _opens_quotation(between):
        return False
    before = between.rstrip()
    if before.endswith(";"):
        return True
    k = len(before)
    while k > 0 and before[k - 1].isalpha():
        k -= 1
    word = before[k:].lower()
    return word in _CLAUSE_JOINERS or (word == "and" and before[:k].rstrip().endswith(","))


def _preposed_clause(text: str, s0: int, main: Attribution, att: Attribution) -> bool:
    start = main.cue.start if main.source is None else min(main.cue.start, main.source.start)
    if att.cue.start < s0 or att.cue.end > start:
        return False
    end = text.find(",", att.cue.end, start)
    if end < 0 or _opens_quotation(text[s0:end]):
        return False  # a clause in the quoted words: '"If you want ...," X said'
    if any(ch in text[end + 1 : start] for ch in ',;"“”'):
        return False  # the main clause starts right after it: "When ..., the candidate said"
    a = max(text.rfind(",", s0, att.cue.start), text.rfind(";", s0, att.cue.start), s0 - 1)
    # the clause opens the sentence or follows a comma: "When ..., X said", "Later, when ...";
    # or the cue opens it: "Asked about the delay, the contractor said"
    if att.source is None and not text[a + 1 : att.cue.start].strip(_OPENING):
        return att.cue.text.lower() == "asked"
    return _PREPOSED_RE.match(text, a + 1) is not None


def _opens_quotation(s: str) -> bool:
    """An opening quotation mark in ``s`` that is not closed in it (curly marks counted as
    open/close, straight and doubled ones by parity)."""
    if s.count("“") > s.count("”"):
        return True
    straight = s.count('"')
    doubled = s.count("''") + s.count("``")
    return straight % 2 == 1 or doubled % 2 == 1
