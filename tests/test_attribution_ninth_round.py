"""Ninth session (issue 12): expletive hearsay tails, "charged that", "His contention is that".

Sentences written for these tests."""

from __future__ import annotations

import pytest
from attribution_helpers import main_attribution


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an expletive tail after a comma attributes the clause before it, with no source
        (
            "The harbour master will retire in the spring, it was learned yesterday.",
            (None, "it was learned"),
        ),
        ("The depot will close in June, it was announced on Monday.", (None, "it was announced")),
        ("Two crewmen have been rescued, it was confirmed last night.", (None, "it was confirmed")),
        ("The merger talks have stalled, it is understood.", (None, "it is understood")),
        ("The bridge reopens on 12 March, it has been reported.", (None, "it has been reported")),
        # the same passive opening its clause: no source ("It" is no speaker)
        ("It was announced that the ferry service will end.", (None, "It was announced")),
        ("It was revealed that the fund had lost half its value.", (None, "It was revealed")),
        # "charged that": a claim; the subject is the source
        (
            "The union charged that managers had ignored the safety reports.",
            ("The union", "charged"),
        ),
        # a cue noun, "is that" and its owner
        ("Her contention is that the levy falls on the poorest.", ("Her", "contention")),
        ("Their argument was that the vote had been rushed.", ("Their", "argument")),
        # "backed" as a stance (wave 16's ruling: stance verbs are attributions)
        ("Church leaders have backed the striking dockers.", ("Church leaders", "have backed")),
        ("Local MPs backed the dockers.", ("Local MPs", "backed")),
    ],
)
def test_found(text: str, expected: tuple[str | None, str]) -> None:
    assert main_attribution(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an action: charging someone with an offence
        "Police charged the driver with careless driving.",
        "The club charges members a fee of 40 pounds.",
        # a tail followed by more than time words: not a bare tail
        "The depot will close, it was announced in a letter to staff and their families.",
        # "back" as a move or money, and a label before a colon that is no speaker
        "The lorry backed into the loading bay.",
        "A pension fund backed the start-up with $2m.",
        "The council backed down after the protest.",
        "Referee: Alan Moir.",
        "Verdict: Smart rooms, slow service.",
        # a cue noun without an owner
        "The argument is that the levy falls on the poorest.",
    ],
)
def test_not_found(text: str) -> None:
    assert main_attribution(text) is None
