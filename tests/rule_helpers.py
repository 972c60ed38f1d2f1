"""Model inputs for the tests of LABELS.md rule 1 in the model's structure, written once."""

from __future__ import annotations

from framing.features import SentenceInput, sentence_input


def quoted_every_third(X: list[str]) -> list[object]:
    """Every third sentence as if it sat inside a running quotation (an inherited
    attribution), the rest read alone with the attribution they hold themselves."""
    return [
        SentenceInput(s, in_quote=True, attribution="inherited")
        if i % 3 == 0
        else sentence_input(s)
        for i, s in enumerate(X)
    ]
