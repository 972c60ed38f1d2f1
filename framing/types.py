"""The result objects `framing.analyze` returns: spans, attributions, sentences, analyses.

Plain dataclasses so that they print, compare and serialise without the model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "LABELS",
    "Analysis",
    "Attribution",
    "Sentence",
    "Span",
]

LABELS: tuple[str, str, str] = ("claim", "fact", "framing")


@dataclass(frozen=True)
class Span:
    """A stretch of the input text; ``text == input[start:end]``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Attribution:
    """One attribution in a sentence: who (``source``) said it, through which words (``cue``).

    ``source_resolved`` is the named source a pronoun source refers to; ``inherited`` marks a
    sentence inside a quotation whose source and cue sit in a neighbouring sentence.
    """

    cue: Span
    source: Span | None = None
    source_resolved: Span | None = None
    inherited: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": _span(self.source),
            "cue": self.cue.to_dict(),
            "source_resolved": _span(self.source_resolved),
            "inherited": self.inherited,
        }


@dataclass
class Sentence:
    """One labeled sentence with its offsets in the input text."""

    index: int
    text: str
    start: int
    end: int
    label: str
    probabilities: dict[str, float]
    attributions: list[Attribution] = field(default_factory=list)
    cues: list[Span] = field(default_factory=list)

    @property
    def source(self) -> Span | None:
        """The main attribution's source, or ``None``."""
        return self.attributions[0].source if self.attributions else None

    @property
    def cue(self) -> Span | None:
        """The main attribution's cue, or ``None``."""
        return self.attributions[0].cue if self.attributions else None

    @property
    def source_resolved(self) -> Span | None:
        """The named source a pronoun source refers to, or ``None``."""
        return self.attributions[0].source_resolved if self.attributions else None

    def to_dict(self) -> dict[str, Any]:
        """The sentence as a JSON-ready dict (the CLI's row, without the document id)."""
        main = self.attributions[0] if self.attributions else None
        return {
            "index": self.index,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "label": self.label,
            "probabilities": self.probabilities,
            "source": _span(self.source),
            "cue": _span(self.cue),
            "source_resolved": _span(self.source_resolved),
            "inherited": bool(main and main.inherited),
            "attributions": [a.to_dict() for a in self.attributions],
            "cues": [c.to_dict() for c in self.cues],
        }


@dataclass
class Analysis:
    """All sentences of one text, in order, and a per-label summary.

    ``lang`` is what `framing.language.language_of` says of the text: "en", "non-en" (another
    language: the labels are unreliable) or "und" (too little text to tell). ``warnings`` holds
    what a reader of the labels should know, e.g. that the text does not look like English.
    """

    text: str
    sentences: list[Sentence]
    lang: str = "en"
    warnings: list[str] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        """Number of sentences per label (every label present, possibly 0)."""
        out = dict.fromkeys(LABELS, 0)
        for s in self.sentences:
            out[s.label] += 1
        return out

    @property
    def shares(self) -> dict[str, float]:
        """Share of sentences per label (0.0 for an empty text)."""
        n = len(self.sentences)
        return {k: (v / n if n else 0.0) for k, v in self.counts.items()}

    @property
    def summary(self) -> dict[str, Any]:
        """Counts, shares, number of sentences, the sources cited with their claim counts and
        the language (`lang`)."""
        sources: dict[str, int] = {}
        for s in self.sentences:
            if s.label == "claim":
                src = s.source_resolved or s.source
                if src is not None:
                    sources[src.text] = sources.get(src.text, 0) + 1
        return {
            "n_sentences": len(self.sentences),
            "counts": self.counts,
            "shares": self.shares,
            "sources": sources,
            "lang": self.lang,
        }


def _span(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else span.to_dict()
