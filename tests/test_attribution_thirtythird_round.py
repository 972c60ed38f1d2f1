"""Issue 12, thirty-third session: the issue's failure families tried again in new words.
A hearsay adverb before a verb that is no cue of its own ("is reportedly considering"); a
verb of speech with a bare clause ("The judge maintains the verdict was sound"); a job word
heading the source of a verb of speech, mind or stance ("The coach hopes ..."); the writer's
verdict on a claim the sentence names ("Her claim that ... was false": the writer's rebuttal,
no attribution). Our own sentences."""

from __future__ import annotations

import pytest
from attribution_helpers import main_attribution

import framing


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # "reportedly" before a verb that reports nothing itself
        ("The minister is reportedly considering a snap election.", (None, "reportedly")),
        ("The band was reportedly weighing a farewell tour.", (None, "reportedly")),
        # the verb after it is the cue where it is one
        ("He allegedly said that the vote was rigged.", ("He", "allegedly said")),
        # not inside a relative clause: the main clause's cue stays the main one
        (
            "Ms Ortiz, a senator who is reportedly considering a run, wrote to the board that "
            "the audit was late.",
            ("Ms Ortiz, a senator who is reportedly considering a run", "wrote"),
        ),
    ],
)
def test_hearsay_adverb_before_a_plain_verb(
    sentence: str, found: tuple[str | None, str] | None
) -> None:
    assert main_attribution(sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The judge maintains the verdict was sound.", ("The judge", "maintains")),
        ("She maintained the money had been repaid.", ("She", "maintained")),
        # an object, no clause
        ("The council maintains the park and the lake.", None),
        # a clause after "unless" is not the verb's content
        ("The district would still have to maintain it unless it is sold.", None),
        # a clause may not open with "and"
        ("The roads are poorly maintained and outdated buses run late.", None),
    ],
)
def test_clause_without_that(sentence: str, found: tuple[str, str] | None) -> None:
    assert main_attribution(sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The coach hopes his striker will be fit by Saturday.", ("The coach", "hopes")),
        (
            "The coach is hoping his striker will be fit by Saturday.",
            ("The coach", "is hoping"),
        ),
        ("Nurses fear the ward will close.", ("Nurses", "fear")),
        (
            "A visiting magistrate reported that the huts leaked.",
            ("A visiting magistrate", "reported"),
        ),
        # a passive's agent is no source by its job word alone: the main clause speaks
        (
            "A video of the meeting, posted by a local resident, shows him telling the room "
            "that the plan is voluntary.",
            ("A video of the meeting, posted by a local resident", "shows"),
        ),
    ],
)
def test_job_words_head_sources(sentence: str, found: tuple[str, str]) -> None:
    assert main_attribution(sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # the writer's verdict on the claim the sentence is about: no attribution
        ("Her claim that the books were balanced was false.", None),
        ("His assertion that crime is falling is simply wrong.", None),
        ("The minister's claim that crime fell is not true.", None),
        ("But their claim that the dam is safe is baseless: cracks appeared in May.", None),
        # the verdict inside the content, or the claim not the subject: the owner's claim
        ("She repeated her claim that the charges were false.", ("her", "claim")),
        ("His claim that the vote was rigged was repeated in court.", ("His", "claim")),
    ],
)
def test_writers_verdict_on_a_claim(sentence: str, found: tuple[str, str] | None) -> None:
    assert main_attribution(sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a wire copy's inverted tail: the name after "said" closes the sentence
        (
            "More than 40 aftershocks followed, the largest measuring 4.1, said seismologist "
            "Ines Marlow of the Coastal Institute of Technology in Port Avery.",
            ("seismologist Ines Marlow", "said"),
        ),
        (
            "A woman of 79 died when the chimney of her house collapsed through the roof, said "
            "Dunmore County Sheriff's Sgt. Cal Ferris.",
            ("Dunmore County Sheriff's Sgt. Cal Ferris", "said"),
        ),
        # "told" takes its listener after it: the speaker stays the one before
        (
            '"We are shocked," Ada Brenn, the victim\'s sister, told the Harbour Times.',
            ("Ada Brenn, the victim's sister", "told"),
        ),
        # no name after the verb: as before
        ("The plan, officials said, was dropped.", ("officials", "said")),
    ],
)
def test_inverted_tail_names(sentence: str, found: tuple[str, str]) -> None:
    assert main_attribution(sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a meeting with no content reported
        ("She spoke to this newspaper at the camp after a morning run.", None),
        ("He spoke to the referee at some length before the game began.", None),
        # content after it: still a cue
        ("She spoke to the council about her fears.", ("She", "spoke to")),
        ('He spoke to the crowd: "We will win."', ("He", "spoke to")),
    ],
)
def test_spoke_to_without_content(sentence: str, found: tuple[str, str] | None) -> None:
    assert main_attribution(sentence) == found


def _entities(text: str) -> list[tuple[str, str | None, str] | None]:
    return [
        (s.source_entity.name, s.source_entity.title, s.source_entity.type)
        if s.source_entity is not None
        else None
        for s in framing.analyze(text).sentences
    ]


def test_a_pronoun_does_not_join_a_name_of_the_other_sex() -> None:
    # the dateline's dash does not hide the first full name, and "he" is not the wife
    text = (
        "SAN ROQUE CITY, Laguna—Ernesto Malabanan will leave the mayor's office on June 30.\n\n"
        "Malabanan, 63, said last week that the market was his proudest work.\n\n"
        "The mayor's wife, Remedios Malabanan, was elected on May 11 to succeed him.\n\n"
        '"The people voted for her," he said.'
    )
    names = {e[0] for e in _entities(text) if e is not None}
    assert names == {"Ernesto Malabanan"}


def test_a_lone_doctor_gives_way_to_the_role_the_text_states() -> None:
    text = (
        "Dr Tama Reweti spent the lockdown watching a line on his laptop.\n\n"
        '"It is an earthquake in slow motion," says Dr Reweti.\n\n'
        "Dr Reweti, 41, is a senior lecturer in geophysics at Harbour University."
    )
    assert _entities(text)[1] == ("Tama Reweti", "senior lecturer in geophysics", "person")


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("The quake struck at 4:52 a.m., according to the U.S. Geological Survey.", "organisation"),
        ("Unemployment fell, according to the Labour Force Survey.", "poll"),
        ("The British Antarctic Survey said the shelf had cracked.", "organisation"),
        ("A new survey by the Grain Council found prices fell.", "poll"),
    ],
)
def test_a_survey_that_is_a_body(sentence: str, type_: str) -> None:
    e = _entities(sentence)[0]
    assert e is not None and e[2] == type_


def test_a_place_is_no_one_a_pronoun_stands_for() -> None:
    # "she" is the co-ordinator named in the sentence before, not the town the teams work in
    text = (
        "The charity's teams in El Fasher report that 2,000 people a week arrive at the camp."
        "\n\nDr Niamh Carbery, the charity's medical co-ordinator, returned on Thursday. "
        '"We are burying children every morning," she said.'
    )
    names = [e[0] if e else None for e in _entities(text)]
    assert "El Fasher" not in names
    assert names[-1] == "Niamh Carbery"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # "all told" is an idiom, no telling
        ("It was, all told, a good-humoured sitting, and the court rose at four.", None),
        ("All told, 40 people were hurt.", None),
    ],
)
def test_all_told(sentence: str, found: tuple[str, str] | None) -> None:
    assert main_attribution(sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # the question put opens the sentence: its cues give way to the answer's
        (
            'Asked if she would apologise to commuters, Ms Doyle said: "Yes, I am sorry."',
            ("Ms Doyle", "said"),
        ),
        (
            "Asked why an upgrade of the signalling, announced in 2014, had still not begun, "
            "she said the contract had been held up.",
            ("she", "said"),
        ),
        ("Asked about the delay, the contractor blamed the weather.", ("the contractor", "blamed")),
    ],
)
def test_the_question_put(sentence: str, found: tuple[str, str]) -> None:
    assert main_attribution(sentence) == found


# the reviewer's near-misses of this round's rules: each must read as it did before them
@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "The envoy, who met both leaders last week, warned Tehran.",
            ("The envoy, who met both leaders last week", "warned"),
        ),
        (
            "Asked who was to blame, the mayor, who was re-elected in May, said Washington.",
            ("the mayor, who was re-elected in May", "said"),
        ),
        ("His view is that the law is wrong.", ("His", "view")),
        ("Her claim was that the test results were inaccurate.", ("Her", "claim")),
        ("The council maintains the roads residents will use during the festival.", None),
        ("To maintain the lead his side had built, Keane brought on a third centre-back.", None),
        ("She spoke to the board against the merger.", ("She", "spoke to")),
        ("The singer, reportedly considering a return to the stage, has booked a studio.", None),
        ("All told the same story: the guards had fled before dawn.", ("All", "told")),
    ],
)
def test_near_misses_keep_their_reading(sentence: str, found: tuple[str, str] | None) -> None:
    assert main_attribution(sentence) == found


def test_kin_word_of_a_comparison_is_no_apposition() -> None:
    text = (
        "Like her brother, Tolulope Adeyemi studied law in Lagos. Her father, Bayo Adeyemi, "
        'was a judge. "I wanted to be a judge too," she said.'
    )
    assert _entities(text)[-1] == ("Tolulope Adeyemi", None, "person")


def test_a_person_written_after_from_is_no_place() -> None:
    text = 'A call from Siosaia Tupou came at midnight. "The boat is sinking," he said.'
    e = _entities(text)[-1]
    assert e is not None and e[0] == "Siosaia Tupou"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # what a copula calls someone that is no post leaves "Dr" as it was
        (
            'Dr Ama Tanaka spoke first. "It works," said Dr Tanaka. Dr Tanaka, 52, is a keen '
            "cyclist.",
            "Dr",
        ),
        (
            'Dr Ebi Okoye spoke first. "It works," said Dr Okoye. Dr Okoye was a student at '
            "Ibadan when the war began.",
            "Dr",
        ),
    ],
)
def test_a_copula_that_names_no_post(text: str, title: str) -> None:
    e = _entities(text)[1]
    assert e is not None and e[1] == title


# the second review's near-misses
@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The staff were all told, in writing, that the plant would close.", ("all", "told")),
        ("Funds to maintain the school were cut.", None),
        ("How the city will maintain the parks is unclear.", None),
        (
            "The party, having counted the ballots, declared Councillor Ana Moya.",
            ("The party, having counted the ballots", "declared"),
        ),
        ("The nurse felt the patient's pulse weaken.", None),
        ("The referee believed him.", None),
        ("The captain feels the team is ready.", ("The captain", "feels")),
        ("Once the minister is reportedly considering an election, markets tend to wobble.", None),
        (
            "His claim that the ministry had said the figures were wrong — made in a radio "
            "interview on Sunday — has been withdrawn.",
            ("His", "claim"),
        ),
        ("Their claim that the ballots were stolen and the count was wrong.", ("Their", "claim")),
    ],
)
def test_second_review_near_misses(sentence: str, found: tuple[str, str] | None) -> None:
    assert main_attribution(sentence) == found


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a person only ever written after "around": still the one "she" stands for
        (
            'Supporters rallied around Chelsea Okafor as she left. "I am grateful," she said.',
            "Chelsea Okafor",
            None,
        ),
        # the wife's own phrase as the antecedent: "he" is not her
        (
            "The mayor's wife, Remedios Malabanan, said the market was full. Her husband, "
            'Ernesto Malabanan, built it. "It took years," he said.',
            "Ernesto Malabanan",
            None,
        ),
        # another Obi's post is no title of Dr Emeka Obi's
        (
            'Dr Emeka Obi runs the clinic. "We are full," said Dr Obi. Mrs Obi is a nurse at '
            "the same clinic.",
            "Emeka Obi",
            "Dr",
        ),
    ],
)
def test_second_review_people(text: str, name: str, title: str | None) -> None:
    e = _entities(text)[-1] if "Obi is" not in text else _entities(text)[1]
    assert e is not None and e[0] == name and (title is None or e[1] == title)
