"""Embedded posts: the text of a social-media post that a web article embeds, attributed to
the account its signature line names ("... No wonder people are angry. — Jane Roe
(@janeroe) December 1, 2017"). LABELS.md: content presented as coming from a source other
than the writer is a claim; the post's lines carry no quote mark or cue of their own."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

#: The longest post the signature can sign (a post of 280 characters and its links).
POST_CHARS = 280

# "— Jane Roe (@janeroe) December 1, 2017" ending a sentence (the date may be missing)
_SIGNATURE_RE = re.compile(
    r"[—–]\s*(?P<name>[^\n()—–]{1,60}?)\s*\(@\w{1,15}\)\s*(?:[A-Z][a-z]+\.?\s+\d{1,2},\s*\d{4})?"
    r"\s*$"
)
_LINKS_RE = re.compile(r"pic\.twitter\.com/\S+|https?://\S+")


class Post(NamedTuple):
    """An embedded post: its signature's sentence, dash (the cue) and name (the source),
    whether the post's text precedes the dash in that sentence, and the sentences before it
    that hold the rest of the post."""

    sentence: int
    cue: tuple[int, int]
    source: tuple[int, int]
    signed_inline: bool
    lines: list[int]


def _post_text(text: str, a: int, b: int) -> str:
    """The words of [a, b) without the links an embedded post carries."""
    return _LINKS_RE.sub("", text[a:b]).strip()


def embedded_posts(
    text: str, sentences: Sequence[tuple[int, int]], attributed: Sequence[bool]
) -> list[Post]:
    """The embedded posts of a document: for each signature, the sentences before it that fit
    in `POST_CHARS` together, stopping at a sentence that attributes or is attributed
    already (``attributed``), introduces the post (ends in a colon or an ellipsis) or is
    another signature, and at the signature's line when the post's text precedes the dash
    on it."""
    if "(@" not in text:
        return []
    taken = list(attributed)
    out: list[Post] = []
    for k, (s0, s1) in enumerate(sentences):
        m = _SIGNATURE_RE.search(text, s0, s1)
        if m is None or not m.group("name").strip():
            continue
        name = (m.start("name"), m.start("name") + len(m.group("name").rstrip()))
        before = _post_text(text, s0, m.start())
        inline = bool(before) and not taken[k]  # "You can't make this up. — Jane Roe (@j) ..."
        budget = POST_CHARS - len(before)
        lines: list[int] = []
        j = k - 1
        line_start = text.rfind("\n", 0, s0)
        while j >= 0 and not (inline and sentences[j][1] <= line_start):
            # (a post written on the signature's own line ends there: "The bill passed. //
            # This is a disgrace. — Jane Roe (@janeroe) ..." takes the bill's line for none)
            a, b = sentences[j]
            words = _post_text(text, a, b)
            if (
                taken[j]
                or _SIGNATURE_RE.search(text, a, b) is not None
                or words.endswith((":", "…", "..."))
                or len(words) > budget
            ):
                break
            budget -= len(words) + 1
            lines.append(j)
            taken[j] = True
            j -= 1
        out.append(Post(k, (m.start(), m.start() + 1), name, inline, lines))
    return out
