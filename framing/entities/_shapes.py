"""A mention's title reshaped once the phrase is read: a portfolio the title's "for" or "of"
took into the name given back to it ("Minister for" + "Housing James Browne"), and a company's
descriptor that is no title ("Supermarket chain Hartwells"). Used by `_mention.parse_mention`."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from framing.entities._text import _BARE_ORG, _FIRST_NAMES, _PARTICLES, _is_role_word

if TYPE_CHECKING:
    from framing.entities._record import Mention


def _descriptor_out(m: Mention) -> Mention:
    """A title that says what an organisation is ("Supermarket chain Hartwells", "Liberty, the
    human rights group"): an organisation has no title, as our annotators write it (not
    "chairwoman of the Picture Group", nor "Sheep producer Ailsa Ferguson": people)."""
    if not m.title:
        return m
    if m.title.lower().startswith(("along with", "together with")):
        return replace(m, title=None)  # "The union, along with two church groups"
    if m.type == "person" and _HOMETOWN_RE.fullmatch(m.title):
        return replace(m, title=None)  # "Kevin Aldous, 53, of Telford": a hometown
    if (
        m.type in ("anonymous", "role")
        and m.role
        and m.title.isalpha()
        and m.title[:1].isupper()
        and m.title.lower() in _FIRST_NAMES
    ):
        # "Mr Pryce's wife, Joanne": the person named, her role the title
        return replace(m, name=m.title, title=m.role, type="person")
    if _PREPOSITIONS.intersection(m.title.lower().split()):
        return m
    last = m.title.split()[-1].lower()
    if m.type == "organisation" or (
        m.type == "person"
        and " " not in m.name
        and last in _BARE_ORG
        and not _is_role_word(last)  # "Film producer Puttnam": a person
        and len(m.title.split()) <= 3
    ):
        return replace(m, title=None, type="organisation")
    return m


_HOMETOWN_RE = re.compile(r"of\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
_PREPOSITIONS = frozenset(("of", "at", "for", "in", "with", "to", "and"))


def _portfolio_out(m: Mention) -> Mention:
    """A title that ends with "for"/"of" took the portfolio into the name ("Minister for"
    + "Housing James Browne"): the name is its part from a known first name on, or else its
    last two words, and the words before it go back to the title."""
    words = m.name.split()
    if (
        len(words) < 3
        or words[0].lower() in _FIRST_NAMES  # "The work of Jean Francois Champollion"
        or any(not w[:1].isupper() and w not in _PARTICLES for w in words)
    ):
        return m
    cut = next(
        (k for k in range(1, len(words) - 1) if words[k].lower() in _FIRST_NAMES),
        len(words) - 2,
    )
    return replace(m, name=" ".join(words[cut:]), title=f"{m.title} {' '.join(words[:cut])}")
