"""Issue 12, thirty-first session: what the last session's notes left and this session's
helpers' keyed articles (annotations/probes10) showed. A title of office with "for" and a
portfolio of several words before a name ("Chinese Minister for Foreign Affairs Wang Yi",
"Leader of Government Business Camille Roberts-Pierre"); a name's last words after a body's
kind ("Co-operative Bulk Handling", "Civil Defence", "Hartshire Constabulary"); "the head of
state" and "the head of government" are the president, the prime minister the document names;
"the judge" is the Justice the document names; a nickname between a name's words ("Walter
(Red) Harkins", "Winston 'Bunny' Campbell"); a subject with a clause asking for anonymity ("An
official who asked not to be named said"); a quotation after a verb of weeping or snapping
("sobbed: ..."); page furniture of web news ("This is a developing story.", "3 of 10"). Our own
sentences."""

from __future__ import annotations

import pytest
from attribution_helpers import entities_per_sentence, entity_of, main_attribution

import framing
from framing.entities import parse_mention
from framing.kinds import sentence_kinds
from framing.segmentation import split_sentences


@pytest.mark.parametrize(
    ("phrase", "mention"),
    [
        (
            "Chinese Minister for Foreign Affairs Wang Yi",
            ("Wang Yi", "Chinese Minister for Foreign Affairs", "person"),
        ),
        (
            "Minister for Foreign Affairs Wang Yi",
            ("Wang Yi", "Minister for Foreign Affairs", "person"),
        ),
        (
            "Secretary of State for Health Jeremy Hunt",
            ("Jeremy Hunt", "Secretary of State for Health", "person"),
        ),
        (
            "Deputy Superintendent of Police Folasade Adekunle",
            ("Folasade Adekunle", "Deputy Superintendent of Police", "person"),
        ),
        (
            "Leader of Government Business Camille Roberts-Pierre",
            ("Camille Roberts-Pierre", "Leader of Government Business", "person"),
        ),
        (
            "Director of Public Prosecutions Max Hill",
            ("Max Hill", "Director of Public Prosecutions", "person"),
        ),
        (
            "Minister of Health Bashir Adamu Makama",
            ("Bashir Adamu Makama", "Minister of Health", "person"),
        ),
        (
            "Union Minister of State for Home Affairs Shri Ajay Rao",
            ("Shri Ajay Rao", "Union Minister of State for Home Affairs", "person"),
        ),
        # names with a nickname or an "-ist" ending
        ("Mayor Otto R. Lindquist", ("Otto R. Lindquist", "Mayor", "person")),  # not an "-ist"
        ("Economist Ana Lindquist", ("Ana Lindquist", "Economist", "person")),
        (
            "Hope Valley coach Winston 'Bunny' Campbell",
            ("Winston 'Bunny' Campbell", "Hope Valley coach", "person"),
        ),
        ("Clarence (Buck) Odom", ("Clarence (Buck) Odom", None, "person")),
        ('Ellis "Sonny" Marsh', ('Ellis "Sonny" Marsh', None, "person")),
        # a poll by its owner
        (
            "a survey by the Dravnik Institute of Public Opinion published on Thursday",
            ("Dravnik Institute of Public Opinion", None, "poll"),
        ),
        ("a poll by Gallup released on Monday", ("Gallup", None, "poll")),
        ("security guard Tom Smith", ("Tom Smith", "security guard", "person")),
        # the review's cases
        ("Portland (Maine) Mayor Mark Dion", ("Mark Dion", "Mayor", "person")),
        (
            "Minister for Public Expenditure Paschal Donohoe",
            ("Paschal Donohoe", "Minister for Public Expenditure", "person"),
        ),
        ("Walter (Red) Harkins", ("Walter (Red) Harkins", None, "person")),
        # bodies with "of"/"for" inside stay bodies
        ("Save the Children", ("Save the Children", None, "organisation")),
        ("Friends of the Earth", ("Friends of the Earth", None, "organisation")),
    ],
)
def test_a_phrase_read_alone(phrase: str, mention: tuple[str, str | None, str]) -> None:
    m = parse_mention(phrase)
    assert (m.name, m.title, m.type) == mention


def test_a_surname_later_is_the_titled_person_not_the_portfolio() -> None:
    text = (
        "Chinese Minister for Foreign Affairs Wang Yi said on Monday that talks would continue. "
        "Wang said the two sides had agreed a framework.\n\n"
        "Secretary of State for Health Jeremy Hunt said waiting lists had fallen. "
        "Mr Hunt said more nurses were needed."
    )
    per = entities_per_sentence(text)
    assert [(e.name, e.type) for e in per] == [
        ("Wang Yi", "person"),
        ("Wang Yi", "person"),
        ("Jeremy Hunt", "person"),
        ("Jeremy Hunt", "person"),
    ]
    assert per[0] is per[1] and per[2] is per[3]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (
            "Co-operative Bulk Handling said the harvest was the second largest on record.",
            ("Co-operative Bulk Handling", None, "organisation"),
        ),
        (
            "Gisborne District Council Civil Defence said roads remained closed.",
            ("Gisborne District Council Civil Defence", None, "organisation"),
        ),
        (
            "Defence Secretary Ben Wallace said troops would stay.",
            ("Ben Wallace", "Defence Secretary", "person"),
        ),
        (
            "According to Hartshire Constabulary, officers recorded 212 knife offences.",
            ("Hartshire Constabulary", None, "organisation"),
        ),
        (
            "Highway 51 was closed for two hours, according to the Oklahoma Highway Patrol.",
            ("the Oklahoma Highway Patrol", None, "organisation"),
        ),
    ],
)
def test_a_body_named_by_its_kind_of_work(text: str, entity: tuple[str, str | None, str]) -> None:
    assert entity_of(text) == entity


def test_the_head_of_state_and_of_government_are_the_named_office_holders() -> None:
    text = (
        "President Bola Tinubu arrived in Lagos on Monday. "
        "The head of state said reforms would continue.\n\n"
        "Prime Minister Anthony Albanese met unions on Friday. "
        "The head of government said wages must rise."
    )
    per = entities_per_sentence(text)
    assert per[1] is not None and (per[1].name, per[1].type) == ("Bola Tinubu", "person")
    assert per[3] is not None
    assert (per[3].name, per[3].title) == ("Anthony Albanese", "Prime Minister")


def test_the_head_of_state_unnamed_or_a_plain_state_stays_unresolved() -> None:
    per = entities_per_sentence(
        "The head of state said reforms would continue. The state said it would appeal."
    )
    assert per[0] is not None and per[0].name.lower() == "the head of state"
    assert per[1] is not None and per[1].name.lower() != "the head of state"
    # a head of government is not whichever minister the text names
    per = entities_per_sentence(
        "Finance Minister Jim Chalmers met unions on Friday. "
        "The head of government said wages must rise."
    )
    assert per[1] is not None and per[1].name != "Jim Chalmers"


def test_the_judge_is_the_justice_the_document_names() -> None:
    text = (
        "Justice Meera Kotwal rejected the bail plea on Monday. "
        '"The applicant is likely to tamper with evidence," the judge said.'
    )
    per = entities_per_sentence(text)
    assert per[1] is not None and (per[1].name, per[1].type) == ("Meera Kotwal", "person")
    # "the Justice Department" names no judge
    per = entities_per_sentence(
        "The Justice Department said the review was complete. The judge said nothing more."
    )
    assert per[0] is not None and per[0].type == "organisation"


def test_a_place_in_a_title_gives_no_gender() -> None:
    assert parse_mention("Hope Valley coach Andrew Smith").gender == "m"  # the first name's
    assert parse_mention("Hope Valley coach Qarlo Campbell").gender == ""
    assert parse_mention("Ministry spokeswoman Ana Ruiz").gender == "f"


def test_page_furniture_lines_are_boilerplate() -> None:
    text = (
        "Highland games draw the crowds\n\nCaber tossers drew the crowds on Saturday.\n\n"
        "3 of 10\n\nPhoto 4 of 10\n\nThis is a developing story.\n\nCheck back for updates.\n\n"
        "Check back for updates on the vote, the council said.\n\nGot a story?"
    )
    spans = split_sentences(text)
    kinds = dict(zip((text[a:b] for a, b in spans), sentence_kinds(text, spans), strict=True))
    for line in (
        "3 of 10",
        "Photo 4 of 10",
        "This is a developing story.",
        "Check back for updates.",
        "Got a story?",
    ):
        assert kinds[line] == "boilerplate", line
    assert kinds["Caber tossers drew the crowds on Saturday."] == "prose"
    assert kinds["Check back for updates on the vote, the council said."] == "prose"


def test_a_portfolio_of_several_words_is_no_part_of_the_name_later() -> None:
    text = (
        "Leader of Government Business Camille Roberts-Pierre dismissed the walkout as "
        '"a rehearsed stunt". Roberts-Pierre said the agreements had been available since July.'
    )
    per = entities_per_sentence(text)
    assert per[1] is not None and per[1].name == "Camille Roberts-Pierre"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Chelsea striker Sam Kerr said the pitch was poor. She said the team would recover.",
            "Sam Kerr",
        ),
        (
            "Former Greek prime minister Alexis Tsipras said the vote was fair. "
            "He said he would stay.",
            "Alexis Tsipras",
        ),
        ("Ana Ruiz said the bridge was shut. According to her, the talks had failed.", "Ana Ruiz"),
    ],
)
def test_a_given_name_for_both_sexes_keeps_its_pronoun(text: str, name: str) -> None:
    # the given-name lists open names; they tell no gender (many are given to both sexes)
    per = entities_per_sentence(text)
    assert per[1] is not None and per[1].name == name


def test_a_given_name_opens_a_person_name() -> None:
    assert parse_mention("Siobhan Okafor").type == "person"
    # a given name alone is a person, not a lone word read as an organisation
    per = entities_per_sentence("Niamh said the plan was sound.")
    assert per[0] is not None and per[0].type == "person"
    assert parse_mention("Ernst & Young").type == "organisation"  # a firm, not two people


def test_a_lone_surname_that_is_also_a_given_name_tells_no_gender() -> None:
    assert parse_mention("Vaughan, who learned to swim at Lakeside as a child").gender == ""
    text = (
        "The petition was started by local swim coach Terri Vaughan. Vaughan, who learned to "
        'swim at Lakeside as a child, said she was heartbroken. "They ran it down," she said.'
    )
    per = entities_per_sentence(text)
    assert per[2] is not None and per[2].name == "Terri Vaughan"


def test_a_given_name_after_of_is_a_place() -> None:
    m = parse_mention("Senate Majority Leader Clifford E. Rasmussen of Spencer")
    assert (m.name, m.title) == ("Clifford E. Rasmussen", "Senate Majority Leader")


def test_a_verb_of_raging_is_no_speech_before_a_colon() -> None:
    assert main_attribution("Fires raged: entire villages were lost.") is None


@pytest.mark.parametrize(
    ("first", "role"),
    [
        ("Vice President Kamala Harris visited Lagos.", "state"),
        ("Former President Donald Trump visited Ohio.", "state"),
        ("Union president Walter Harkins spoke.", "state"),
        ("Senate President Godswill Akpabio spoke.", "state"),
        ("Deputy Prime Minister Richard Marles met unions.", "government"),
        ("Chancellor Rachel Reeves met unions.", "government"),
    ],
)
def test_another_office_is_no_head_of_state(first: str, role: str) -> None:
    per = entities_per_sentence(f"{first} The head of {role} said wages must rise.")
    assert per[-1] is not None and per[-1].name.lower() == f"the head of {role}"


def test_the_head_of_government_among_other_ministers() -> None:
    per = entities_per_sentence(
        "Prime Minister Anthony Albanese and Deputy Prime Minister Richard Marles met unions. "
        "The head of government said wages must rise."
    )
    assert per[-1] is not None and per[-1].name == "Anthony Albanese"


def test_a_title_after_for_names_the_boss_not_the_speaker() -> None:
    m = parse_mention("Press Secretary for Governor Kathy Hochul")
    assert m.name != "Kathy Hochul"


def test_a_source_who_did_not_want_to_be_quoted() -> None:
    assert main_attribution(
        "A relative who did not want to be quoted said the family was angry."
    ) == (
        "A relative who did not want to be quoted",
        "said",
    )


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a nickname between a name's words
        (
            "Walter (Red) Harkins, president of Local 318, United Steelworkers of America, said "
            "the union had been given no warning.",
            (
                "Walter (Red) Harkins, president of Local 318, United Steelworkers of America",
                "said",
            ),
        ),
        ("Walter (Red) Harkins said the union had been warned.", ("Walter (Red) Harkins", "said")),
        (
            "Hope Valley coach Winston 'Bunny' Campbell said his players had shown character.",
            ("Hope Valley coach Winston 'Bunny' Campbell", "said"),
        ),
        # an acronym in brackets stays what it was
        ("The union (UNITE) said the deal was poor.", ("The union (UNITE)", "said")),
        # a clause asking for anonymity
        (
            "An official who asked not to be named said the talks had stalled.",
            ("An official who asked not to be named", "said"),
        ),
        (
            "A Tavarian official who did not want to be named said the fate of the crew would "
            "be decided in court.",
            ("A Tavarian official who did not want to be named", "said"),
        ),
        (
            "One aide, who asked not to be identified, said the talks had stalled.",
            ("One aide, who asked not to be identified", "said"),
        ),
        ("The man who was named in court said nothing.", None),
        # a quotation after a verb of weeping or snapping
        ('Her mother sobbed: "I want him back."', ("Her mother", "sobbed")),
        ('The minister snapped: "No comment."', ("The minister", "snapped")),
        ('"He is a good man," she wept.', ("she", "wept")),
        ("The cable snapped under the weight.", None),
        ("The baby cried all night.", None),
        # a share of those asked speaks
        ("Six in 10 say the economy is bad.", ("Six in 10", "say")),
        ("Nearly 6 in 10 said the economy was bad.", ("Nearly 6 in 10", "said")),
        ("One in five said they had been turned away.", ("One in five", "said")),
        ("Fewer than one in ten supported it.", ("Fewer than one in ten", "supported")),
        # a number before a noun-like cue word stays a figure
        ("The museum had 10 million views and 3 reports.", None),
        ("He finished 3 in 10 attempts.", None),
        # a subject with a who-clause before an insert
        (
            "Miners who escaped from the upper levels, however, assert that gas had been found.",
            ("Miners who escaped from the upper levels", "assert"),
        ),
        (
            "A vet who examined the flock, Dr Owen Parry, said most of the animals were thin.",
            ("A vet who examined the flock, Dr Owen Parry", "said"),
        ),
        ("The man, who was later named as John Smith, said nothing.", None),
    ],
)
def test_a_sentence_alone(sentence: str, found: tuple[str, str] | None) -> None:
    assert main_attribution(sentence) == found


TRANSCRIPT = (
    "SIOBHAN GRAY, ANCHOR: Good evening. We begin tonight in eastern Ohio.\n\n"
    "DAN OKAFOR, CORRESPONDENT: Siobhan, the flames are finally dying down.\n\n"
    "GRAY: Dan Okafor in Wexley, thank you.\n\n"
    "SEN. LYLE BRANDT (R), NEBRASKA: I'm not going to wave it through. Show me the money.\n\n"
    "NEW YORK, N.Y.: The bill stalled."
)


def test_a_broadcast_transcript_tag_with_its_role() -> None:
    rows = framing.analyze(TRANSCRIPT).sentences
    sources = [r.source.text if r.source else None for r in rows]
    speaking = ["SIOBHAN GRAY"] * 2 + ["DAN OKAFOR", "GRAY"] + ["SEN. LYLE BRANDT"] * 2
    assert sources[:6] == speaking
    assert sources[6] is None  # a dateline, not a speaker
    speakers = [r.speaker for r in framing.analyze(TRANSCRIPT, transcript=True).sentences]
    assert speakers[:6] == speaking
