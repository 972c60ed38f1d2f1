"""Issue 12, twentieth session: what wave 30's writers found attribution missing or inventing
(our own sentences)."""

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
        (
            "Inspectors found dead sheep on the farm, Tywyn Magistrates' Court heard.",
            "Tywyn Magistrates' Court heard",
        ),
        (
            "Magistrates' Court heard that inspectors found 40 dead sheep.",
            "Magistrates' Court heard",
        ),
        ("Farmer left sheep to starve, court hears", "court hears"),
        ("Man planned attack on city parade, jury told", "jury told"),
        ("Pensioner lost savings to fake bank caller, inquest hears", "inquest hears"),
    ],
)
def test_what_a_court_hears_is_hearsay_without_a_source(text: str, cue: str) -> None:
    assert _main(text) == (None, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The farmer hears the court's decision on Friday.",  # an action, no tail
        "The court hears appeals on Fridays.",  # no tail after a comma: an action
        "He heard the court was closed.",  # no hearing body
    ],
)
def test_hears_and_told_without_a_hearing_body_tail_are_no_hearsay(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Researchers at Halden Insight put Kestrel's share of the market at 7.9 percent.",
            "Researchers at Halden Insight",
        ),
        ("Tidewell Analytics puts the bank's losses at $2 billion.", "Tidewell Analytics"),
    ],
)
def test_a_figure_put_at_an_amount_with_a_possessive_in_its_object(text: str, source: str) -> None:
    got = _main(text)
    assert got is not None and got[0] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The crowd was estimated by police at 5,000.", "police"),
        ("Losses were estimated by the insurers at 40 million euros.", "the insurers"),
    ],
)
def test_an_amount_after_the_agent_is_not_part_of_the_source(text: str, source: str) -> None:
    got = _main(text)
    assert got is not None and got[0] == source


@pytest.mark.parametrize(
    "text",
    [
        "Casualty figures could not be confirmed.",
        "The claims could not be independently verified.",
        "The frontier will be defended.",
        "Such trends can be predicted.",
    ],
)
def test_a_negated_or_modal_passive_names_no_source(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The report could not be confirmed by Reuters.", "Reuters"),
        # a passive with no modal keeps its cue; since round 25 its subject is no source (what
        # unnamed critics judged, not who judged it)
        ("The fence has been criticized.", None),
        ("Ambulance operators are worried that fuel will run out.", "Ambulance operators"),
    ],
)
def test_other_passives_and_stances_keep_their_reading(text: str, source: str | None) -> None:
    got = _main(text)
    assert got is not None and got[0] == source


@pytest.mark.parametrize("text", ["Try: Doull.", "Tries: Owen, Price.", "Subs: Hale for Moss."])
def test_a_match_report_scoring_line_is_no_speaker_tag(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The ban violates the First Amendment, a federal appeals court ruled Tuesday.",
            "a federal appeals court",
        ),
        ("The search was unlawful, Judge Ana Ruiz ruled on Friday.", "Judge Ana Ruiz"),
        ("He was out, the umpire ruled.", "the umpire"),
    ],
)
def test_a_ruling_told_before_its_court_is_the_courts_claim(text: str, source: str) -> None:
    got = _main(text)
    assert got is not None and got[0] == source and got[1] == "ruled"


@pytest.mark.parametrize(
    "text",
    [
        "He ruled the country for ten years.",
        "The court ruled against the state.",
        "The king ruled.",
    ],
)
def test_ruled_without_content_is_an_act(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Rates will rise, said economists at 12 large banks.", "economists at 12 large banks"),
        ("The move was welcome, said staff at 10 Downing Street.", "staff at 10 Downing Street"),
        ("Marine Le Pin: We will close the borders.", "Marine Le Pin"),
    ],
)
def test_review_findings_keep_their_sources(text: str, source: str) -> None:
    # a number after "at" ends only the agent of an estimate; a tag's last word "Pen"/"Pin"
    got = _main(text)
    assert got is not None and got[0] == source


@pytest.mark.parametrize(
    "text",
    [
        "After the coup, the generals ruled.",
        "For three decades, the Tudors ruled.",
        "The images were projected to a large screen.",
        "The claim cannot be confirmed.",
        "She put the phone away because it's at 2 percent.",
    ],
)
def test_review_findings_name_no_source(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Westbrook Supply Inc., Maple Heights, N.J., facing a cash squeeze, said it was "
            "seeking loans.",
            "Westbrook Supply Inc., Maple Heights, N.J., facing a cash squeeze",
        ),
        (
            "Trace Data Inc., San Antonio, Texas, said it had agreed to the sale.",
            "Trace Data Inc., San Antonio, Texas",
        ),
        ("Heritage Radio Corp., New York, said profits fell.", "Heritage Radio Corp., New York"),
        (
            "Anna Berg, 33, of Baldwin, Miss., said she was leaving.",
            "Anna Berg, 33, of Baldwin, Miss.",
        ),
    ],
)
def test_a_city_and_state_after_a_source_are_no_source(text: str, source: str) -> None:
    got = _main(text)
    assert got is not None and got[0] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Georgia, which sued the agency, said the rule was unlawful.",
            "Georgia, which sued the agency",
        ),
        ("Washington, 28, said he was leaving the club.", "Washington, 28"),
        (
            "Dr. Sam Ortiz, Del Mar, Calif., said the clinic would close.",
            "Dr. Sam Ortiz, Del Mar, Calif.",
        ),
        (
            "Acme Corp., Des Moines, Iowa, said the plant would close.",
            "Acme Corp., Des Moines, Iowa",
        ),
        ("On Monday, Sen. Pat Hale, Texas, said the plant would close.", "Sen. Pat Hale, Texas"),
        ("In a statement, Kirby Lane, Georgia, said the plant would close.", "Kirby Lane, Georgia"),
    ],
)
def test_states_as_names_abbreviations_and_people_after_an_opening(text: str, source: str) -> None:
    # the second review: a state that opens the sentence speaks; "Calif." before a comma is
    # two tokens; a person is found again when passing the places found nobody
    got = _main(text)
    assert got is not None and got[0] == source
