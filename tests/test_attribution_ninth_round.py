"""Ninth session (issue 12): expletive hearsay tails, "charged that", "His contention is that".

Sentences written for these tests."""

from __future__ import annotations

import pytest
from attribution_helpers import main_attribution

from framing.attribution import find_attributions
from framing.segmentation import split_sentences


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
        # a hearing body's tail
        (
            "The driver had drunk four pints before the crash, the court heard.",
            (None, "the court heard"),
        ),
        # "charged that": a claim; the subject is the source
        (
            "The union charged that managers had ignored the safety reports.",
            ("The union", "charged"),
        ),
        # a cue noun, "is that" and its owner
        ("Her contention is that the levy falls on the poorest.", ("Her", "contention")),
        ("Their argument was that the vote had been rushed.", ("Their", "argument")),
        # wave 21: legal and scholarly register
        (
            "It was further submitted that the council had ignored its own policy.",
            (None, "It was further submitted"),
        ),
        (
            "Counsel for the tenant submitted that the notice was late.",
            ("Counsel for the tenant", "submitted"),
        ),
        ("The tribunal held that the dismissal was unfair.", ("The tribunal", "held")),
        ("Local legend holds that the well never runs dry.", ("Local legend", "holds")),
        ("Okafor (2004) found lower rates in the north.", ("Okafor (2004)", "found")),
        # a light verb and a plural cue noun before "about" / "over": a stance
        ("Parents raised concerns about the new bus route.", ("Parents", "raised concerns")),
        # ("voice" joined the speech verbs in the twenty-first round: the verb is the cue)
        ("Dock workers have voiced fears over the merger.", ("Dock workers", "have voiced")),
        # "backed" as a stance (wave 16's ruling: stance verbs are attributions)
        ("Church leaders have backed the striking dockers.", ("Church leaders", "have backed")),
        ("Local MPs backed the dockers.", ("Local MPs", "backed")),
        ("The party backed him over his rival.", ("The party", "backed")),
        # an ordinal before a reporting verb: a subject, not "a second accused"
        ("A third claimed the vote was rigged.", ("A third", "claimed")),
        # "add" before a clause without "that"
        ("He added the company would appeal the ruling.", ("He", "added")),
        ("The spokesman added 200 jobs would go.", ("The spokesman", "added")),
        # tails after a closing quotation mark
        ('"I panicked and ran," the court heard.', (None, "the court heard")),
        ('"We will rebuild," it was announced.', (None, "it was announced")),
        ("Okafor (2004) thinks rates are falling.", ("Okafor (2004)", "thinks")),
        ("The minister rejected claims about the cost.", ("The minister", "rejected")),
        # "add" next to its quotation or that-clause, and "accused" as a subject noun
        ('"It is finished," she added.', ("she", "added")),
        ("The minister added that the plan was dead.", ("The minister", "added")),
        ("The second accused told the court he was at home.", ("The second accused", "told")),
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
        # a hearing body that hears a thing
        "The jury heard the recording twice.",
        # "add" before an object with no that-clause, quotation or colon: a product's feature
        "The new estate adds a larger boot and roof rails.",
        "The upgrade adds 40 horsepower.",
        # "accused" as a noun after an ordinal
        "A second accused, a clerk, was acquitted.",
        # an imperative verb opening the sentence is no source of a coordinated cue
        "Write down the number plate and report it to the duty officer.",
        # a plea in court, a contest, an adjective
        "Declan Rourke pleaded guilty to two counts of dangerous driving.",
        "Otago defend the shield against Canterbury on Saturday.",
        "Everyone is welcome.",
        # labels of a review's or consumer test's box
        "Best Buy: Halvard Classic 1.7L, £34.99",
        # "that" as a determiner, "charges" as a noun
        "He held that post until 2010.",
        "The firm submitted that report in May.",
        "The airline charges that fee on every bag.",
        "He faces charges that he stole two million.",
        # a time after "over"
        "Parents raised concerns over the weekend.",
        # "submitted" and "held" with an object: actions
        "The firm submitted its accounts two months late.",
        "The two leaders held talks in Geneva.",
        # a cue noun without an owner
        "The argument is that the levy falls on the poorest.",
    ],
)
def test_not_found(text: str) -> None:
    assert main_attribution(text) is None


def _per_sentence(text: str) -> list[list[tuple[str | None, str]]]:
    spans = split_sentences(text)
    return [
        [(a.source.text if a.source else None, a.cue.text) for a in row]
        for row in find_attributions(text, spans)
    ]


def test_a_name_on_a_headline_keeps_its_tag() -> None:
    text = (
        "Okafor: The pier will be rebuilt by spring\n\n"
        "The mayor spoke at the harbour on Monday. Crowds cheered."
    )
    assert _per_sentence(text)[0] == [("Okafor", ":")]


def test_transcript_tags_that_are_months_or_surnames_stay() -> None:
    text = "JUNE OKAFOR: Will you answer?\n\nHOST: No.\n\nPRICE: Then we appeal."
    assert [row[0] for row in _per_sentence(text)] == [
        ("JUNE OKAFOR", ":"),
        ("HOST", ":"),
        ("PRICE", ":"),
    ]


def test_speaker_tags_of_a_transcript_stay() -> None:
    text = "SMITH: We will win.\n\nJONES: You will not.\n\nSMITH: We shall see."
    assert [row[0] for row in _per_sentence(text)] == [
        ("SMITH", ":"),
        ("JONES", ":"),
        ("SMITH", ":"),
    ]


def test_a_timetable_is_no_speaker() -> None:
    text = "Mass times\n\nMonday to Friday: 10am\n\nSaturday Vigil: 7pm\n\nAll are welcome."
    assert all(row == [] for row in _per_sentence(text))
