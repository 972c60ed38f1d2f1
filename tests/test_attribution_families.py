"""Attribution failure families of issue 12, one sentence of ours per case."""

from __future__ import annotations

import pytest
from attribution_helpers import main_attribution

from framing.attribution import find_attributions
from framing.segmentation import split_sentences

_main = main_attribution


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bare plural subjects and modified noun phrases before a reporting verb
        ("Critics argue the new tariff will fail.", ("Critics", "argue")),
        ("Police believe the barn was set alight on purpose.", ("Police", "believe")),
        ("A visiting economist claims the peso is overvalued.", ("A visiting economist", "claims")),
        ("Local fishermen say the catch has halved.", ("Local fishermen", "say")),
        # stance verbs
        ("Teachers have welcomed the shorter term.", ("Teachers", "have welcomed")),
        ("The chairman is hoping for a quick sale.", ("The chairman", "is hoping")),
        ("Growers are worried that the frost will return.", ("Growers", "are worried")),
        ("The mayor urged calm after the storm.", ("The mayor", "urged")),
        ("Two unions opposed the takeover.", ("Two unions", "opposed")),
        # hearsay and noun cues
        ("The tunnel reportedly cost two billion.", (None, "reportedly")),
        ("Her claim that the count was flawed spread fast.", ("Her", "claim")),
        (
            "The coach's insistence that the pitch was unsafe delayed the game.",
            ("The coach", "insistence"),
        ),
        # a subject with abbreviations in its appositions ("R-Kan.,", "Inc.,")
        (
            "On Monday, Senator Ada Price, R-Kan., predicted that the bill would pass.",
            ("Senator Ada Price, R-Kan.", "predicted"),
        ),
        (
            "Ole Dahl, chief economist at Fjord Capital Inc., in Bergen, said rates would rise.",
            ("Ole Dahl, chief economist at Fjord Capital Inc.", "said"),
        ),
        # a cue noun after "there" + "be": the noun phrase is the source
        (
            "There have been rumours that the mill will close.",
            ("rumours", "There have been rumours"),
        ),
        ("Already there are concerns about the new bridge.", ("concerns", "there are concerns")),
        ("There is one report that the ferry sank.", ("one report", "There is one report")),
        # predicative stances
        (
            "Harbour master Ida Kranz was pleased that the new cranes arrived.",
            ("Harbour master Ida Kranz", "was pleased"),
        ),
        ("Legislators are optimistic.", ("Legislators", "are optimistic")),
        ("She is aware of the risks of the new dam.", ("She", "is aware of")),
        # a cognition verb with an object and "to": the stance's content follows
        ("The mayor wants residents to report broken lamps.", ("The mayor", "wants")),
        ("The harbour board expects prices to rise.", ("The harbour board", "expects")),
        # a light verb, a determiner and a cue noun before "that"
        ("Ana Holm makes the point that the dyke is too low.", ("Ana Holm", "makes the point")),
        ("The union took the position that the deal was void.", ("The union", "took the position")),
        (
            "Officials left open the possibility that the ferry could run.",
            ("Officials", "left open the possibility"),
        ),
        # wire-style underscores as dashes around an insert
        (
            "Some growers _ and many traders _ worry that prices will fall.",
            ("Some growers _ and many traders", "worry"),
        ),
        # a hearsay passive with a person or group as subject: the subject is the source when
        # the verb after "to" reports what it says or thinks (PolNeAR's reading); of a deed
        # the unnamed speak (thirty-second session)
        ("Those aides are said to favour a vote.", ("Those aides", "are said to")),
        ("The minister is reported to have left.", (None, "is reported to")),
        ("The old pier is said to be unsafe.", (None, "is said to")),
        # ... not for a prediction: the subject is not who expects it
        ("The mayor is expected to speak at noon.", (None, "is expected to")),
        # a pull quote: name, role, colon, quotation (the quoted "I think" comes after it)
        (
            'Ana Ruiz, harbour master at Tolland: "I think the pier is safe."',
            ("Ana Ruiz", ":"),
        ),
        # a tail attribution followed by its speaker's participle or a relative clause
        (
            "Growers fear a long drought, the report says, adding that the dams are empty.",
            ("the report", "says"),
        ),
        (
            "Other aides favour a vote, according to the magazine, which printed the memo.",
            ("the magazine", "according to"),
        ),
        # ... but not by another clause
        (
            "Growers fear a long drought, the report says, and the dams are empty.",
            ("Growers", "fear"),
        ),
        # the tail attributes the sentence
        (
            "Prices will keep rising because stocks are low, the trader said.",
            ("the trader", "said"),
        ),
    ],
)
def test_family_is_found(text: str, expected: tuple[str | None, str]) -> None:
    assert _main(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no noun cue: nothing reported after "there is no", no "that" after the noun
        "There is no evidence that the dam will burst.",
        "There could be no assurance that the loan would be repaid.",
        "There are reports on the table.",
        "There is also the possibility that the ferry runs late.",
        # a light verb and a noun without a cue noun's "that" clause
        "The mayor took the bus that goes to the harbour.",
        "The coach made the point in May.",
        # actions with a reporting-like verb are events
        "The senator was endorsed by the governor.",
        # nothing said is no content
        "The spokesman declined to comment.",
        "The airline said nothing about the delays.",
        "A police spokeswoman refused to comment on the arrests.",
        # passing mentions
        "The mayor resigned amid claims that the tender was rigged.",
        "The dam, which reportedly cost four billion, opened on Monday.",
        # instructions and the writer's own voice
        'Type "yes" to confirm.',
        "I realized the river was rising.",
        "We wonder whether the ferry will ever run again.",
        # header lines are not speaker tags
        "Subtitle: Councillors back the new quay",
        "Fact: the new quay was paid for by the port.",
        "NB: the quay is closed on Sundays.",
        # a name and role before a colon without a quotation is no speaker tag
        "Ana Ruiz, harbour master: the pier is safe.",
        "Publisher: Harbour News Agency",
    ],
)
def test_not_an_attribution(text: str) -> None:
    assert _main(text) is None


INTERVIEW = (
    "Local paper interviews harbour master Ida Kranz on the new quay\n\n"
    "The quay opened last spring after four years of work.\n\n"
    "How busy is the harbour now?\n\n"
    "We see twice as many boats as before. The fishermen are happy.\n\n"
    "What worries you?\n\n"
    "The winter storms. The old wall is weak.\n"
)


def test_interview_answers_take_the_interviewee_of_the_headline() -> None:
    from framing.segmentation import split_sentences

    spans = split_sentences(INTERVIEW)
    found = find_attributions(INTERVIEW, spans)
    texts = [INTERVIEW[a:b] for a, b in spans]
    for k, text in enumerate(texts):
        row = found[k]
        answer = k >= 3 and not text.endswith("?")
        assert bool(row) == answer, text
        if answer:
            assert row[0].inherited
            assert row[0].source is not None and row[0].source.text == "harbour master Ida Kranz"
            assert row[0].cue.text == "interviews"


def test_a_headline_about_an_interview_without_questions_is_no_interview() -> None:
    text = (
        "Minister gives interview on the budget\n\n"
        "The budget grows by two percent. Schools get more money.\n\n"
        "Roads get less. The vote is in May.\n"
    )
    from framing.segmentation import split_sentences

    assert not any(find_attributions(text, split_sentences(text)))


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        # a name after an acronym ends a longer name ("ACME Holt"), not a person
        (
            "Ken Marsh, head of the ACME Holt division, told staff on Monday that the plant "
            "would stay open. He said sales had doubled.",
            "Ken Marsh, head of the ACME Holt division",
        ),
        # a name inside a hyphenated compound ("PR-Alder") is not a person
        (
            "The motion came from Rosa Lind (PR-Alder), a veteran member. She said the vote was "
            "rigged.",
            "Rosa Lind",
        ),
    ],
)
def test_pronoun_resolves_past_name_parts(text: str, resolved: str) -> None:
    from framing.segmentation import split_sentences

    found = find_attributions(text, split_sentences(text))
    pron = [
        a for row in found for a in row if a.source is not None and a.source.text in ("He", "She")
    ]
    assert pron and pron[0].source_resolved is not None
    assert pron[0].source_resolved.text == resolved


def test_a_comment_header_gives_its_paragraph_to_the_commenter() -> None:
    text = (
        "A post on the harbour blog.\n\n"
        "Anna K said... I loved the new ferry. It is fast and clean.\n\n"
        "bob said... The old one was better.\n\n"
        "The harbour opened in May."
    )
    spans = split_sentences(text)
    rows = find_attributions(text, spans)
    got = [(r[0].source.text, r[0].inherited) if r and r[0].source else None for r in rows]
    assert got == [
        None,
        ("Anna K", False),
        ("Anna K", True),
        ("Anna K", True),
        ("bob", False),
        ("bob", True),
        None,
    ]


def test_a_plain_said_does_not_give_its_paragraph() -> None:
    text = "Anna Berg said the ferry is late. The harbour opened in May."
    assert find_attributions(text, split_sentences(text))[1] == []


def test_a_verb_in_the_apposition_makes_no_pull_quote_tag() -> None:
    text = 'Ana Ruiz, standing on the pier, explained: "The tide is high."'
    [row] = find_attributions(text, [(0, len(text))])
    assert [(a.source.text if a.source else None, a.cue.text) for a in row] == [
        ("Ana Ruiz, standing on the pier", "explained")
    ]


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        # a name, an apposition, a verb phrase that is no cue, a colon: the quotation is theirs
        (
            "Ida Kranz, head of the harbour board, put it another way:",
            ("Ida Kranz, head of the harbour board", "put it another way"),
        ),
        ("Ida Kranz put it bluntly:", ("Ida Kranz", "put it bluntly")),
        # no name before the colon: nobody
        ("Here are the rules:", None),
        ("The harbour board has a plan:", None),
    ],
)
def test_a_named_intro_ending_in_a_colon_gives_the_next_quotation(
    intro: str, expected: tuple[str, str] | None
) -> None:
    text = f"The quay opened.\n\n{intro}\n\n“The winter is hard. The wall is weak.”"
    rows = find_attributions(text, split_sentences(text))
    got = [(r[0].source.text, r[0].cue.text) if r and r[0].source else None for r in rows]
    assert got == [None, expected, expected, expected]
