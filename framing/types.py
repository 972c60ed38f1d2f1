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
    """A stretch of the input text; ``text == input[start:end]``. A framing cue also has its
    ``kind`` (`framing.explain.CUE_KINDS`: "evaluative", "hedge", "prediction", ...)."""

    text: str
    start: int
    end: int
    kind: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "start": self.start, "end": self.end}
        if self.kind is not None:
            out["kind"] = self.kind
        return out


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


#: The kinds of line a sentence can be (`framing.kinds`).
KINDS: tuple[str, ...] = ("prose", "headline", "metadata", "boilerplate")
#: Kinds that are never claims and that the summary's counts and shares leave out.
NON_PROSE_KINDS: frozenset[str] = frozenset({"metadata", "boilerplate"})


@dataclass(frozen=True)
class Entity:
    """Who a claim's source is, once per document (`framing.entities`).

    ``name`` is the fullest name seen for the source (without its title), ``title`` its role
    where the text gives one ("ministry spokeswoman"), ``type`` one of "person",
    "organisation", "document", "poll", "anonymous".
    """

    name: str
    title: str | None
    type: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "title": self.title, "type": self.type}


@dataclass
class Sentence:
    """One labeled sentence with its offsets in the input text.

    ``kind`` says what kind of line it is ("prose", "headline", "metadata", "boilerplate");
    metadata and boilerplate lines are never claims. ``source_entity`` is the document-level
    entity of a claim's main source (one per source across the document), None otherwise.
    ``speaker`` is, in a transcript read with ``transcript=True``, the speaker tag of the turn
    the sentence belongs to ("MODERATOR", "Senator Hale"), None outside a turn and in news.
    """

    index: int
    text: str
    start: int
    end: int
    label: str
    probabilities: dict[str, float]
    attributions: list[Attribution] = field(default_factory=list)
    cues: list[Span] = field(default_factory=list)
    kind: str = "prose"
    source_entity: Entity | None = None
    speaker: str | None = None

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
            "kind": self.kind,
            "source_entity": None if self.source_entity is None else self.source_entity.to_dict(),
            "speaker": self.speaker,
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
    def counted(self) -> list[Sentence]:
        """The sentences the summary counts: all but metadata and boilerplate lines."""
        return [s for s in self.sentences if s.kind not in NON_PROSE_KINDS]

    @property
    def counts(self) -> dict[str, int]:
        """Number of counted sentences per label (every label present, possibly 0);
        metadata and boilerplate lines are left out."""
        out = dict.fromkeys(LABELS, 0)
        for s in self.counted:
            out[s.label] += 1
        return out

    @property
    def shares(self) -> dict[str, float]:
        """Share of counted sentences per label (0.0 for a text without any)."""
        counts = self.counts
        n = sum(counts.values())
        return {k: (v / n if n else 0.0) for k, v in counts.items()}

    @property
    def summary(self) -> dict[str, Any]:
        """Counts, shares, number of sentences, the sources cited with their claim counts,
        the source entities with theirs (``entities``: name, title, type, claims; most
        claims first) and the language (`lang`). Counts and shares leave metadata and
        boilerplate lines out (``n_sentences`` counts every sentence)."""
        sources: dict[str, int] = {}
        entities: dict[Entity, int] = {}
        for s in self.counted:
            if s.label == "claim":
                src = s.source_resolved or s.source
                if src is not None:
                    sources[src.text] = sources.get(src.text, 0) + 1
                if s.source_entity is not None:
                    entities[s.source_entity] = entities.get(s.source_entity, 0) + 1
        ranked = sorted(entities.items(), key=lambda kv: -kv[1])
        return {
            "n_sentences": len(self.sentences),
            "counts": self.counts,
            "shares": self.shares,
            "sources": sources,
            "entities": [{**e.to_dict(), "claims": n} for e, n in ranked],
            "lang": self.lang,
        }


def _span(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else span.to_dict()
