"""Issue 12, thirty-second session: what the last session's notes left and this session's
helpers' keyed articles (annotations/probes14) showed. A who-clause with no object before the
cue ("Those who escaped assert"); a name ending in a surname's initial, as European court
reporting writes defendants ("Erdal Y. claimed"). Our own sentences."""

from __future__ import annotations

import pytest
from attribution_helpers import main_attribution


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a who-clause with no object: the whole subject speaks
        (
            "Those who escaped assert that the fan had failed hours earlier.",
            ("Those who escaped", "assert"),
        ),
        (
            "Miners who escaped insist the alarm never sounded.",
            ("Miners who escaped", "insist"),
        ),
        (
            "Those who stayed behind say the water never rose.",
            ("Those who stayed behind", "say"),
        ),
        # a surname's initial
        ("Erdal Y. claimed he had been beaten in custody.", ("Erdal Y.", "claimed")),
        (
            "The defendant, Marta K., told the court she had never seen the money.",
            ("The defendant, Marta K.", "told"),
        ),
        ("Mr M. says it will clear by Sunday.", ("Mr M.", "says")),
        ("Dr K. said the wound was fresh.", ("Dr K.", "said")),
        # unchanged: no cue
        ("Anyone who doubts it should read the report.", None),
    ],
)
def test_subjects(sentence: str, found: tuple[str, str] | None) -> None:
    assert main_attribution(sentence) == found
