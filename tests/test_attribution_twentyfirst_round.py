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
