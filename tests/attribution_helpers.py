"""What the attribution tests ask of a one-sentence text, written once."""

from __future__ import annotations

import framing
from framing.attribution import find_attributions
from framing.entities import document_entities
from framing.segmentation import split_sentences


def main_attribution(text: str) -> tuple[str | None, str] | None:
    """(source, cue) of the main attribution of a one-sentence text, or None."""
    [found] = find_attributions(text, [(0, len(text))])
    if not found:
        return None
    a = found[0]
    return (a.source.text if a.source else None, a.cue.text)


def entity_of(text: str) -> tuple[str, str | None, str] | None:
    """(name, title, type) of the source entity of a text's first sentence, or None."""
    per, _ = document_entities(text, find_attributions(text, split_sentences(text)))
    e = per[0]
    return None if e is None else (e.name, e.title, e.type)


def main_source(text: str) -> str | None:
    """The source text of a one-sentence text's main attribution, or None (none, or no source)."""
    found = main_attribution(text)
    return None if found is None else found[0]


def claim_entities(text: str) -> list[tuple[str, str | None]]:
    """(name, title) of the source entity of every claim `framing.analyze` finds in a text."""
    return [
        (s.source_entity.name, s.source_entity.title)
        for s in framing.analyze(text).sentences
        if s.label == "claim" and s.source_entity is not None
    ]


def line_sources(text: str, line: str) -> list[tuple[str | None, bool]]:
    """(source, inherited) of every attribution of the sentence of ``text`` that is ``line``."""
    spans = split_sentences(text)
    found = find_attributions(text, spans)
    k = next(i for i, (a, b) in enumerate(spans) if text[a:b] == line)
    return [(a.source.text if a.source else None, a.inherited) for a in found[k]]


def entities_per_sentence(text: str) -> list:
    """The source entity of every sentence of ``text`` (None where it has none)."""
    return document_entities(text, find_attributions(text, split_sentences(text)))[0]
