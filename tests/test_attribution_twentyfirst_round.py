"""Issue 12, twenty-first session: what the probe sets and wave 31's writers found attribution
missing or inventing (our own sentences)."""

from __future__ import annotations

import pytest

from framing.attribution import find_attributions


def _main(text: str) -> tuple[str | None, str | None] | None:
    row = find_attributions(text, [(0, len(text))])[0]
    if not row:
        return None
    a = row[0]
    return (a.source.text if a.source else None, a.cue.text if a.cue else None)


@pytest.mark.parametrize(
    "text",
    [
        "The parish board voted 5 to 2 to ask the county to repave the road.",
        "The last five months of 2017 saw the harbour traffic fall by a tenth.",
        "We ask each of you to give $50, $100 or even $1,000 to show that you believe in us.",
        "Both nurses spoke at a hearing on March 5 to call for more staff.",
    ],
)
def test_a_year_an_amount_a_tally_or_a_date_is_no_speaker(text: str) -> None:
    found = _main(text)
    assert found is None or found[0] is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Of the 312 letters received, 44 specifically asked the council to keep the pool open.",
            "44",
        ),
        ("Of the region's 114 clinics, 35 have reported cases of measles.", "35"),
    ],
)
def test_a_count_of_people_still_speaks(text: str, source: str) -> None:
    found = _main(text)
    assert found is not None and found[0] == source


def test_court_heard_without_an_article_is_hearsay() -> None:
    assert _main("Court heard that the driver had been drinking all afternoon.") == (
        None,
        "Court heard",
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Several parents, however, voiced concern over the new timetable.", "Several parents"),
        ("Shopkeepers voiced support for the pedestrian zone.", "Shopkeepers"),
    ],
)
def test_voiced_is_a_stance(text: str, source: str) -> None:
    found = _main(text)
    assert found is not None and found[0] == source


@pytest.mark.parametrize(
    "text",
    [
        "The actor voiced the lead character in the cartoon.",
        "Her voice broke as she read the letter.",
        "Many loud voices filled the hall.",
    ],
)
def test_voice_as_a_noun_or_an_actors_work_is_no_cue(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The dockers' union has not ruled out a strike in the spring.", "The dockers' union"),
        ("They did not rule out a second meeting next month.", "They"),
        ("The treasurer refused to rule out higher rates.", "The treasurer"),
    ],
)
def test_not_ruling_out_is_a_stance(text: str, source: str) -> None:
    found = _main(text)
    assert found is not None and found[0] == source


@pytest.mark.parametrize(
    "text",
    [
        "Police have ruled out foul play.",
        "A dry outlook does not rule out a wet month.",
        "A second vote has not been ruled out.",
    ],
)
def test_ruling_out_otherwise_is_no_attribution(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            'As one veteran councillor put it, "You cannot split a pool in two."',
            "one veteran councillor",
        ),
        ("As the harbourmaster put it: the tide waits for nobody.", "the harbourmaster"),
        ('The scheme is, as the mayor put it, "a bridge to nowhere."', "the mayor"),
    ],
)
def test_as_someone_put_it_tags_what_follows(text: str, source: str) -> None:
    found = _main(text)
    assert found is not None and found[0] == source


@pytest.mark.parametrize(
    "text",
    [
        "As soon as he put it down, the phone rang.",
        "She lifted the vase and, as gently as she could, put it back.",
    ],
)
def test_putting_a_thing_down_is_no_tag(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The farm office placed crop losses at P1.3 billion.", "The farm office"),
        ("The county engineer put the damage at Sh40 million.", "The county engineer"),
    ],
)
def test_a_figure_in_a_currency_written_with_letters(text: str, source: str) -> None:
    found = _main(text)
    assert found is not None and found[0] == source


def test_a_person_for_a_body_before_a_comma_speaks() -> None:
    found = _main("Mara Quill for Water Standards Otago, says they will test every well.")
    assert found is not None and found[0] == "Mara Quill for Water Standards Otago"


@pytest.mark.parametrize(
    "text",
    [
        "Commuters were stranded after drivers downed tools in a wage dispute that began Monday.",
        "Resuming on 3-122, the visitors added only 89 more before lunch.",
        "The index added 12 points to close at 4,210.",
        "Crews from the fire station were called to the 1400 block of Elm Street.",
        "The inspector testified for nearly three hours before the transport committee.",
        "The spinner claimed two wickets in an over.",
    ],
)
def test_acts_and_nouns_are_no_attributions(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("He added 50 people had died in the flooding.", "He"),
        ("She testified before the committee that she had never seen the memo.", "She"),
        (
            "Residents in a nearby village protest that the noise is unbearable.",
            "Residents in a nearby village",
        ),
    ],
)
def test_the_same_words_with_content_keep_their_reading(text: str, source: str) -> None:
    found = _main(text)
    assert found is not None and found[0] == source


@pytest.mark.parametrize(
    "text",
    [
        "Rovers: Hale, Moss, Grant (Price 61), Okafor, Lund, Barry, Tiller.",
        "HARBOUR UNITED: Reid; Kenyon, Mills, Doyle, Bright (Kerr 46), Heaton.",
        "Att: 38,214",
        "Ref: Colin Marsh",
    ],
)
def test_a_line_up_or_a_match_detail_is_no_speaker_tag(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("SMITH: Yes, yes, no, maybe.", "SMITH"),
        ("MINISTER: Ruiz, Lopez, Hall and Peck all voted for it, and I thank them.", "MINISTER"),
    ],
)
def test_a_speaker_tag_before_names_in_speech_stays(text: str, source: str) -> None:
    found = _main(text)
    assert found is not None and found[0] == source


@pytest.mark.parametrize(
    "text",
    [
        "He didn't answer, so I went down the back stairs.",
        "The ministry has not replied.",
        "The judge called a recess until Monday.",
        "Three of the five trustees have not said publicly how they will vote.",
        "The figures have added urgency to a bill that would hire more nurses.",
    ],
)
def test_nothing_said_is_no_attribution(text: str) -> None:
    assert _main(text) is None


def test_a_negated_verb_with_an_object_keeps_its_reading() -> None:
    # (thirty-fourth session: "He did not answer the question about the contract." refuses and
    # reports nothing; what keeps its reading is a content beside the refusal)
    found = _main("He did not answer the question, but said the contract was fair.")
    assert found is not None and found[0] == "He"
    assert _main("He did not answer the question about the contract.") is None


# the review of the round (a helper's, blind to the code's intent beyond the commit)
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("He added 3,000 jobs were at risk.", "He"),
        ("The spokesman added 12 of the injured were in a critical condition.", "The spokesman"),
        ("He testified before the committee the agency had lost track of the funds.", "He"),
        ("She testified at the hearing the company knew about the leak.", "She"),
        ('He called to his men, "Fall back!"', "He"),
        ("The minister would not rule it out.", "The minister"),
        ("The company has not yet ruled out job cuts.", "The company"),
        ("Of the 5,000 letters received, 1500 specifically asked the council to act.", "1500"),
        ('As the mayor\'s spokesman put it, "We are not going anywhere."', "the mayor's spokesman"),
        ('"It is a bridge to nowhere," as the mayor put it.', "the mayor"),
        (
            "Newly elected councillors in a rural ward demand that the budget be reopened.",
            "Newly elected councillors in a rural ward",
        ),
    ],
)
def test_review_findings_keep_their_attribution(text: str, source: str) -> None:
    found = _main(text)
    assert found is not None and found[0] == source


@pytest.mark.parametrize(
    "text",
    [
        "Kane is not ruled out of Sunday's final.",
        "Smith has not been formally ruled out of the race.",
        "This does not rule out further rate cuts.",
        "Whether or not investigators rule out arson, the hall will be demolished.",
        "Police not only ruled out foul play but also closed the case.",
        "A late safety car put Norris at P2 behind the leader.",
    ],
)
def test_review_findings_are_no_attribution(text: str) -> None:
    assert _main(text) is None


def test_a_headline_demand_before_says_is_no_source() -> None:
    found = _main("Scrap Tuition Fees for Students, says review.")
    assert found is not None and found[0] != "Scrap Tuition Fees for Students"


def test_voiced_concerns_is_one_attribution() -> None:
    t = "Dock workers voiced concerns over the merger."
    assert len(find_attributions(t, [(0, len(t))])[0]) == 1


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The plan, ecologists have said, will fail.", "ecologists"),
        ("The cost, officials estimate, will top $2 billion.", "officials"),
        ("A poll, conducted in May, shows most voters back the plan.", "A poll, conducted in May"),
        ("A survey of 1,150 households carried out in May found that most had no heat.", None),
    ],
)
def test_a_parenthetical_source_after_a_document_noun(text: str, source: str | None) -> None:
    found = _main(text)
    assert found is not None
    if source is None:  # the whole phrase with its figure, not cut at the figure's comma
        assert found[0] is not None and found[0].startswith("A survey of 1,150")
    else:
        assert found[0] == source


# the second review of the round (c5f4d23, 0d5d07d)
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('He never said, "Let them eat cake."', "He"),
        ("She did not say, at any point, that the deal was off.", "She"),
        ("She added later to reporters that the deal was done.", "She"),
        ("The government is not ruling out tax rises.", "The government"),
        ("He testified before the Senate urging more money for schools.", "He"),
        ("The minister admitted the error yet insisted the policy was sound.", "The minister"),
        ("The audit, bank statements and invoices show the money was diverted.", None),
    ],
)
def test_second_review_findings_keep_their_attribution(text: str, source: str | None) -> None:
    found = _main(text)
    assert found is not None
    if source is None:  # the list is the subject, not its last item
        assert found[0] == "The audit, bank statements and invoices"
    else:
        assert found[0] == source


@pytest.mark.parametrize(
    "text",
    [
        "South Africa added 89 more before they were bowled out.",
        "The index added 12 points, which was its biggest gain in a month.",
        "She testified in the trial of a police officer charged with murder.",
        'Firefighters were called to the blaze at 3am, and a neighbour described "an inferno".',
        "Arsenal: Leno, Bellerín, Mustafi, Sokratis, Kolašinac, Xhaka, Torreira, Özil.",
        "Rovers: Hale, Moss, Grant, Lowe, Dunn and Pike.",
    ],
)
def test_second_review_findings_are_no_attribution(text: str) -> None:
    found = _main(text)
    assert found is None or found[1] not in ("added", "testified", "were called", ":")


def test_not_yet_joins_the_cue_but_yet_as_but_does_not() -> None:
    t = "The coach praised the players yet warned the title race was far from over."
    row = find_attributions(t, [(0, len(t))])[0]
    assert all(a.source is None or a.source.text != "the players" for a in row)


def test_an_interview_answer_listing_four_names_keeps_its_speaker() -> None:
    assert _main("Smith: Brazil, Germany, Spain, France.") == ("Smith", ":")
