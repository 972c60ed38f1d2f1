"""What the attribution tests ask of a one-sentence text, written once."""

from __future__ import annotations

from framing.attribution import find_attributions


def main_attribution(text: str) -> tuple[str | None, str] | None:
    """(source, cue) of the main attribution of a one-sentence text, or None."""
    [found] = find_attributions(text, [(0, len(text))])
    if not found:
        return None
    a = found[0]
    return (a.source.text if a.source else None, a.cue.text)
