"""Eighth session (issue 12): cues the wave-16 writers saw missed in broadcast and period copy.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from framing.attribution import find_attributions
from framing.segmentation import split_sentences


def _main(text: str) -> tuple[str | None, str] | None:
    found = find_attributions(text, split_sentences(text))[0]
    if not found:
        return None
    a = found[0]
    return (a.source.text if a.source else None, a.cue.text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural head, a preposition and "the" + noun before a present-tense cue
        (
            "Shopkeepers in the village say takings have halved since the road closed.",
            ("Shopkeepers in the village", "say"),
        ),
        (
            "Growers in the district fear the frost has damaged the buds.",
            ("Growers in the district", "fear"),
        ),
        (
            "Nurses at the clinic say the waiting list doubled in a year.",
            ("Nurses at the clinic", "say"),
        ),
        # a hearsay participle before a state
        ("Four climbers are reported missing on the north face.", (None, "are reported")),
        ("Two fishermen were feared dead after the storm.", (None, "were feared")),
        # "it was learned that": period hearsay
        ("It was learned that the mill will shut in the spring.", (None, "It was learned")),
        # a light verb and a bare cue noun before "that" (court and company copy)
        (
            "A surveyor gave evidence that the wall had been built without footings.",
            ("A surveyor", "gave evidence"),
        ),
        (
            "The operator has given notice that it will end the ferry service.",
            ("The operator", "has given notice"),
        ),
    ],
)
def test_cue_is_found(text: str, expected: tuple[str | None, str]) -> None:
    assert _main(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a noun after "the" + adjective is no verb: no plural head before a preposition
        "He gave a sharp reply to the council.",
        # the plural head and preposition are there, but a modal follows: "report" is a noun
        "Changes in the tax report will follow next year.",
        # "learned" as the learner's own knowledge, "found safe" an event
        "She learned that the mill would shut.",
        "The two hikers were found safe on Sunday.",
        # "missing" after a non-hearsay verb
        "Three pages are missing from the ledger.",
        # "that" a determiner after the bare cue noun; evidence with no giver
        "Giving evidence that afternoon, the surveyor was calm.",
        "There is evidence that the wall was weak.",
    ],
)
def test_no_cue(text: str) -> None:
    assert _main(text) is None
