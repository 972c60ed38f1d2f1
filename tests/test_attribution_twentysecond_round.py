"""Issue 12, twenty-second session: what wave 32's writers (police and court releases, the old
US press, rural broadcast news, a maritime crisis, opinion pages) found attribution missing or
inventing (our own sentences)."""

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
    ("text", "cue"),
    [
        ("Magistrates heard that the van had no insurance.", "Magistrates heard"),
        ("Jurors heard how the shop was set alight twice in a week.", "Jurors heard"),
        ("The coroner heard that the climber had no helmet.", "The coroner heard"),
    ],
)
def test_the_bench_and_the_jurors_hear_evidence(text: str, cue: str) -> None:
    assert _main(text) == (None, cue)


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "A ward councillor puts the number of flooded houses in the valley at about 90.",
            "A ward councillor",
            "puts",
        ),
        ("Harbour officials put the figure at three.", "Harbour officials", "put"),
        ("The ministry has put the death toll at 40.", "The ministry", "has put"),
        (
            "Relief agencies put the cost of the damage at twelve million rand.",
            "Relief agencies",
            "put",
        ),
    ],
)
def test_a_figure_put_on_something_by_a_source(text: str, source: str | None, cue: str) -> None:
    found = _main(text)
    assert found is not None and found[1] == cue
    if source is not None:
        assert found[0] == source


@pytest.mark.parametrize(
    "text",
    [
        "They have put in new cycle lanes at two junctions.",
        "The crew put out the fire at four minutes past nine.",
        "The parents put the children at risk by leaving the gate open.",
    ],
)
def test_putting_things_is_no_estimate(text: str) -> None:
    found = _main(text)
    assert found is None or found[1] not in ("put", "have put")


@pytest.mark.parametrize(
    "text",
    [
        "There has been one confirmed case of the virus on the island.",
        "The outbreak is now linked to two confirmed deaths in the county.",
        "The ward was closed with six reported infections among patients.",
    ],
)
def test_a_participle_after_a_count_is_an_adjective(text: str) -> None:
    assert _main(text) is None


def test_a_count_that_speaks_still_speaks() -> None:
    text = "Two men were questioned. One confirmed that he had been at the depot."
    rows = find_attributions(text, [(0, 24), (25, len(text))])
    assert rows[1] and rows[1][0].cue.text == "confirmed"


@pytest.mark.parametrize(
    "text",
    [
        "Updates will be posted on the county's website through the weekend.",
        "Photographs of the damage were shared widely on Sunday.",
        "The exam results will be published on Thursday.",
    ],
)
def test_what_is_posted_or_published_is_no_source(text: str) -> None:
    assert _main(text) is None


def test_a_passive_speaker_still_speaks() -> None:
    found = _main("The mayor was quoted as saying the budget was safe.")
    assert found is not None and found[0] == "The mayor"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Farmers in the district point out that the river has flooded twice.",
            "Farmers in the district",
        ),
        ("Engineers at the plant point out that the valves are new.", "Engineers at the plant"),
    ],
)
def test_point_out_after_a_plural_and_its_place(text: str, source: str) -> None:
    found = _main(text)
    assert found is not None and found == (source, "point out")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A farmer I spoke to estimated that half the barley was lost.", "A farmer I spoke to"),
        ("One nurse we talked with said the ward was short of staff.", "One nurse we talked with"),
        ("A teacher I interviewed said the roof leaks.", "A teacher I interviewed"),
        (
            "Most of the residents I had spoken to said they would stay.",
            "Most of the residents I had spoken to",
        ),
    ],
)
def test_a_source_the_writer_met(text: str, source: str) -> None:
    found = _main(text)
    assert found is not None and found[0] == source


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("There are those who say the tunnel should never have been built.", "say"),
        ("There are some who argue the levy will drive shoppers away.", "argue"),
        ("There are those in the party who insist the leader must go.", "insist"),
    ],
)
def test_there_are_those_who_say(text: str, cue: str) -> None:
    found = _main(text)
    assert found is not None and found == ("who", cue)


@pytest.mark.parametrize(
    "text",
    [
        "There are clinics that want to join the scheme.",
        "There are many who would have backed a smaller plan.",
        "Those who say the tunnel was a mistake have short memories.",
    ],
)
def test_keep_their_reading_there_and_those(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It was learned after the meeting that the mill would close.", "It was learned"),
        (
            "Word has been received here that the schooner is safe in port.",
            "Word has been received",
        ),
        (
            "The airship carried fuel for twelve hours, it was stated at the hangar.",
            "it was stated",
        ),
    ],
)
def test_the_old_press_hearsay(text: str, cue: str) -> None:
    found = _main(text)
    assert found is not None and found == (None, cue)


@pytest.mark.parametrize(
    "text",
    [
        "Police placed officers at four schools in the district.",
        "The council placed the flags at half mast.",
        "The referee put the restart at ten past three.",
        "Police refused to put a figure at more than 100.",
        "There were no witnesses who saw the crash.",
        "There is nobody who believes the minister's account.",
        "There is no one who thinks the plan will work.",
        "No word has been received from the two fishermen.",
        "Every word reached the back of the hall.",
        "Members of the public call out the names of the dead.",
        "A man accused of setting fire to a barn has been remanded in custody.",
        "The clerk accused of fraud resigned on Friday.",
    ],
)
def test_review_findings_keep_no_attribution(text: str) -> None:
    """The twenty-second round's review: numbers of places and times, a refusal, nobody who
    holds a view, no word received, names called out, a reduced relative."""
    found = _main(text)
    assert found is None, found


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The school will close in July, it was announced by the council.", "the council", None),
        (
            "The decision was announced in a statement by the ministry of health.",
            "the ministry of health",
            None,
        ),
        ("None of those I spoke to said they felt safe.", "None of those I spoke to", "said"),
        ("Officials have declined to put the death toll at more than 40.", "Officials", None),
        ("He named Kemp, who she accused of misleading voters.", None, "accused"),
    ],
)
def test_review_findings_keep_their_source(text: str, source: str | None, cue: str | None) -> None:
    row = find_attributions(text, [(0, len(text))])[0]
    assert row, text
    if source is not None:
        assert any(a.source is not None and a.source.text == source for a in row), row
    if cue is not None:
        assert any(a.cue is not None and a.cue.text == cue for a in row), row
    assert not any(a.cue is not None and a.cue.text.endswith("to put") for a in row)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Rumour has it that the vicar is leaving for a parish in Kent.", "Rumour has it"),
        ("We learn that Mr. Dyer has sold his farm to a neighbour.", "We learn"),
        ("We hear that the Hales are moving to the city.", "We hear"),
    ],
)
def test_rumour_and_the_columnists_hearsay(text: str, cue: str) -> None:
    assert _main(text) == (None, cue)


@pytest.mark.parametrize("text", ["We hear the rain on the roof.", "We learn from our mistakes."])
def test_the_writers_own_hearing_and_learning(text: str) -> None:
    assert _main(text) is None
