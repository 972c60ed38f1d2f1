"""Every word list of framing, one text file per list, and the one loader that reads them.

The files beside this module (``framing/lexicons/*.txt``) are package data: one entry a line,
lower case, ``#`` starts a comment line. An entry is a word, or for a few lists several
words (`entries` keeps the line; `table` splits it into a key and its values). Each list is
written once; sets that several stages share (weekdays, months, titles) are composed from
them in code. Where a list is used and what it is for: docs/architecture.md.

`fingerprint` hashes all of them: the model manifest records it at training time and
`framing.persistence` warns when the lists a model is loaded with differ from the ones it
was trained with.

The lists of the model's hand-made features are exported here as well (`EVALUATIVE`,
`HEDGES`, ...); the attribution lists are built in `framing.attribution`. All lists are ours,
written for this project.
"""

from __future__ import annotations

import hashlib
import re
import warnings
from functools import cache, lru_cache
from importlib import resources

__all__ = [
    "CRISIS",
    "EVALUATIVE",
    "FIRST_PERSON",
    "HEDGES",
    "INTENSIFIERS",
    "INTERPRETIVE",
    "MANIFEST_KEY",
    "MODALS",
    "SECOND_PERSON",
    "alternation",
    "check_fingerprint",
    "entries",
    "fingerprint",
    "names",
    "table",
    "words",
]

_SUFFIX = ".txt"


def _files() -> dict[str, bytes]:
    """Name -> raw content of every list file."""
    root = resources.files(__name__)
    return {
        p.name[: -len(_SUFFIX)]: p.read_bytes()
        for p in root.iterdir()
        if p.name.endswith(_SUFFIX) and p.is_file()
    }


def names() -> list[str]:
    """The names of all lists, sorted."""
    return sorted(_files())


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of list ``name`` in file order (comments and blank lines left out)."""
    try:
        raw = (resources.files(__name__) / (name + _SUFFIX)).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KeyError(f"no word list {name!r} in framing/lexicons") from None
    out: list[str] = []
    for line in raw.split("\n"):
        entry = " ".join(line.split())
        if entry and not entry.startswith("#"):
            out.append(entry)
    return tuple(out)


def words(name: str) -> frozenset[str]:
    """The entries of list ``name`` as a set."""
    return frozenset(entries(name))


def alternation(phrases: frozenset[str]) -> str:
    """A regular expression's alternation of ``phrases``, each escaped, the longest first (so
    that "said very little" is tried before "said")."""
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


def table(name: str) -> dict[str, tuple[str, ...]]:
    """List ``name`` read as a table: first word of each line -> the words after it."""
    out: dict[str, tuple[str, ...]] = {}
    for entry in entries(name):
        key, *values = entry.split(" ")
        out[key] = tuple(values)
    return out


DISPLAY_ONLY = frozenset(
    {"calls_to_act", "predictions", "cue_exclusions", "cue_blockers", "cue_noun_markers"}
)
"""Lists only `framing.explain` reads, to choose which words to show as a framing sentence's
cues: no feature of the model is counted from them, so they are left out of `fingerprint`
(editing them needs no retrain). tests/test_lexicons.py checks that no other module reads
them."""

ENTITY_ONLY = frozenset(
    {
        "entity_org_heads",
        "entity_survey_bodies",
        "entity_media_kinds",
        "entity_media_anywhere",
        "entity_common_owners",
        "entity_group_nouns",
        "entity_group_plurals",
        "entity_body_heads",
        "entity_not_persons",
        "entity_company_nouns",
        "entity_lone_titles",
        "entity_non_company_heads",
        "entity_honorifics",
        "entity_org_tails",
        "entity_lead_nouns",
        "entity_thing_tails",
        "entity_head_tails",
        "entity_office_titles",
        "entity_place_offices",
        "entity_org_names",
        "entity_title_abbreviations",
        "entity_role_acronyms",
        "entity_rank_prefixes",
        "entity_head_nouns",
        "entity_object_pronouns",
        "entity_governing_kinds",
        "entity_member_kinds",
        "entity_postnominals",
        "entity_title_participles",
        "entity_post_verbs",
        "entity_kin_words",
        "entity_two_word_portfolios",
        "entity_head_of",
        "entity_not_head_words",
        "entity_portfolio_words",
        "entity_nation_tails",
    }
)
"""Lists only `framing.entities` (its modules in `framing/entities/`) reads, to name and
type the source entities of a document: entities are no input of the model, so these are left
out of `fingerprint` as well (editing them needs no retrain). tests/test_lexicons.py checks
that no other module reads them."""


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """``sha256:<hex>`` over the names and contents of the list files, in name order.

    Any edit to a list (an entry, a comment, a new file) changes it, except to the
    `DISPLAY_ONLY` and `ENTITY_ONLY` lists; the model manifest records it (``lexicons_sha256``)
    because the model's features are counted from the lists.
    """
    h = hashlib.sha256()
    for name, content in sorted(_files().items()):
        if name in DISPLAY_ONLY or name in ENTITY_ONLY:
            continue
        h.update(name.encode("utf-8") + b"\0")
        h.update(str(len(content)).encode("ascii") + b"\0")
        h.update(content)
    return "sha256:" + h.hexdigest()


MANIFEST_KEY = "lexicons_sha256"
"""The model manifest's field for the `fingerprint` of the lists the model was trained with."""


def check_fingerprint(recorded: str | None, stacklevel: int = 2) -> bool:
    """Warn (`UserWarning`) when ``recorded``, a model's fingerprint, is not today's lists'.

    A model's features are counted from these lists, so a model trained with other lists
    sees other inputs than it learned from: retrain it. Returns whether they match; a model
    that recorded none (saved before fingerprints) is not checked.
    """
    if not recorded:
        return True
    current = fingerprint()
    if recorded == current:
        return True
    warnings.warn(
        f"the model was trained with word lists {recorded} but framing/lexicons is now "
        f"{current}: its features may differ from those it learned. Retrain the model "
        "(`framing train`) after changing a word list.",
        UserWarning,
        stacklevel=stacklevel + 1,
    )
    return False


#: Words that carry the writer's judgement ("the hapless senator", "a brutal war", "cleverly").
EVALUATIVE = words("evaluative")
#: Hedges and speculation: the writer is not stating, they are guessing.
HEDGES = words("hedges")
#: Intensifiers and minimisers that turn a statement into an evaluation.
INTENSIFIERS = words("intensifiers")
#: Interpretive, causal and predictive verbs: the writer says what something means or portends.
INTERPRETIVE = words("interpretive")
#: Words of crisis, collapse, triumph: the metaphors LABELS.md names as framing.
CRISIS = words("crisis")
#: Modal verbs and future markers (predictions, obligations, calls to act).
MODALS = words("modals")
#: Direct address: calls to act.
SECOND_PERSON = words("second_person")
#: The writer's own voice.
FIRST_PERSON = words("first_person")
