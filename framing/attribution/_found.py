"""One attribution found in whole-text offsets (`_Found`), and how a sentence is given the
attribution of another (an inherited copy), for the document pass and its turn rules."""

from __future__ import annotations


class _Found:
    """An attribution in whole-text offsets before it becomes an ``Attribution``."""

    __slots__ = (
        "cue", "head", "in_quote", "inherited", "origin", "rank", "res", "sent", "src",
        "statement", "tag",
    )  # fmt: skip

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
        self.head = False  # a comment header "Name said..." (its paragraph is the comment)
        self.statement = False  # "X issued a statement." (an action; speaks in the next quotation)
        self.rank = 0
        self.origin: _Found | None = None  # for an inherited copy: the attribution it copies


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


def _give(per: list[list[_Found]], k: int, src_k: int) -> None:
    """Give sentence k an inherited copy of the speaker of sentence ``src_k``."""
    o = _speaker(per[src_k])
    if o is not None:
        _give_from(per, k, o)


def _give_from(per: list[list[_Found]], k: int, o: _Found) -> None:
    """Give sentence k an inherited copy of attribution ``o``."""
    f = _Found(o.cue, o.src, o.sent, o.res)
    f.inherited = True
    f.tag = o.tag
    f.origin = o.origin if o.origin is not None else o
    per[k].insert(0, f)
