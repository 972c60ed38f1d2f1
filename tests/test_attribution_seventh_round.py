"""Attribution families of issue 12's seventh round (docs/attribution.md), sentences of ours."""

from __future__ import annotations

import pytest
from attribution_helpers import main_attribution

_main = main_attribution


# ---- a tail cue that is also a noun: "..., the agency estimates."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 3,000 homes were damaged in the storm, the agency estimates.",
            ("the agency", "estimates"),
        ),
        (
            "Nearly half of the water is lost through leaks, the utility reckons.",
            ("the utility", "reckons"),
        ),
        (
            "Output will fall by a fifth next year, the ministry projects.",
            ("the ministry", "projects"),
        ),
        (
            "The scheme will cost 40 million euros, the treasury calculates.",
            ("the treasury", "calculates"),
        ),
        (
            "About 9,000 people have left the valley, the Red Cross estimates.",
            ("the Red Cross", "estimates"),
        ),
    ],
)
def test_a_tail_cue_after_a_comma_attributes_the_clause(
    text: str, expected: tuple[str, str]
) -> None:
    assert _main(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The estimates are rough.",
        "Estimates of the crowd vary.",
        "Flooding has delayed several projects.",
        "Revenue rose and so did the commission's estimates.",
    ],
)
def test_nouns_that_end_a_sentence_stay_nouns(text: str) -> None:
    assert _main(text) is None


# ---- "remember/describe X as": the view after "as"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Former pupils remember him as strict but fair.", ("Former pupils", "remember")),
        ("Neighbours remembered a gentle man who grew roses.", ("Neighbours", "remembered")),
        (
            "Residents who knew her described her as quiet and kind.",
            ("Residents who knew her", "described"),
        ),
        ("Inspectors described the kitchen as filthy.", ("Inspectors", "described")),
    ],
)
def test_remember_and_describe_as(text: str, expected: tuple[str, str]) -> None:
    assert _main(text) == expected


# ---- the main verb's subject over a "who" clause


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Those who oppose the plan say it will cost jobs.", ("Those who oppose the plan", "say")),
        (
            "Walkers who use the path every day said the new gate was a nuisance.",
            ("Walkers who use the path every day", "said"),
        ),
        # a subject without a "who" clause keeps its own span
        (
            "The walkers on the path said the gate was a nuisance.",
            ("The walkers on the path", "said"),
        ),
    ],
)
def test_subject_over_a_who_clause(text: str, expected: tuple[str, str]) -> None:
    assert _main(text) == expected


def test_a_restrictive_who_clause_alone_stays_no_attribution() -> None:
    assert _main("Grants go to families who say they lack clean water.") is None


# ---- stances without a speech verb


def test_guarded_in_their_comments_is_a_stance() -> None:
    assert _main("Opposition leaders were guarded in their comments.") == (
        "Opposition leaders",
        "were guarded in",
    )


@pytest.mark.parametrize(
    "text",
    ["The minister declined to comment.", "The coach was guarded by two officers."],
)
def test_facts_near_the_stance_words_stay_facts(text: str) -> None:
    assert _main(text) is None


# ---- explanations: "attributed X to", "blamed X on" by persons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Health officials attributed the outbreak to contaminated water.",
            ("Health officials", "attributed"),
        ),
        ("Local traders blamed the closure on the new bypass.", ("Local traders", "blamed")),
    ],
)
def test_explanations_of_persons(text: str, expected: tuple[str, str]) -> None:
    assert _main(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The fire was attributed to faulty wiring.",
        "The heavy rain blamed for the floods has eased.",
    ],
)
def test_explanations_without_a_person_stay_facts(text: str) -> None:
    assert _main(text) is None


# ---- what a court heard; estimates "put at" an amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court heard that the driver had been drinking.", (None, "The court heard")),
        ("The inquest had heard that the boiler was faulty.", (None, "The inquest had heard")),
        ("Losses were put at 2 million dollars.", (None, "were put at")),
        ("The death toll has been put at 40.", (None, "has been put at")),
    ],
)
def test_hearsay_of_a_hearing_and_of_estimates(text: str, expected: tuple[str, str]) -> None:
    assert _main(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Residents heard that the school would close.",
        "Jobs were put at risk by the closure.",
        "The bins were put at the end of the road.",
    ],
)
def test_hearing_and_putting_otherwise_are_no_hearsay(text: str) -> None:
    assert _main(text) is None


# ---- a stance adjective before "to" and a verb: the rules' word stands (the learned check
# weighs "was pleased to" near its threshold)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Villagers were pleased to see the road reopen.", ("Villagers", "were pleased to")),
        (
            "The harbour master was pleased to see the ships return.",
            ("The harbour master", "was pleased to"),
        ),
    ],
)
def test_a_stance_before_an_infinitive_stands(text: str, expected: tuple[str, str]) -> None:
    assert _main(text) == expected
