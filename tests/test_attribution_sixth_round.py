"""Attribution families of issue 12's sixth round (docs/attribution.md), sentences of ours."""

from __future__ import annotations

import pytest
from attribution_helpers import main_attribution

_main = main_attribution


# ---- a cue only in a restrictive relative clause is a passing mention (LABELS.md)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry company offers discounts to pensioners who want to travel in winter.",
        "Clinics that reported shortages received extra vaccine on Monday.",
        "Grants go to villages which say they lack clean water.",
    ],
)
def test_a_restrictive_relative_clause_alone_is_no_attribution(text: str) -> None:
    assert _main(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # non-restrictive clauses keep their speaker (comma, dash, a coordinated "and which")
        ("The plan came from Ana Ruiz, who said it would save money.", ("who", "said")),
        ("The plan came from Ana Ruiz - who said it would save money.", ("who", "said")),
        # with a main attribution, the nested one stays after it
        ("Officials said farmers who want to sell must register.", ("Officials", "said")),
        # "WHO" is the World Health Organization, not a relative pronoun
        ("In 2001 the WHO found that most children lacked iodine.", ("WHO", "found")),
    ],
)
def test_non_restrictive_and_main_attributions_stay(
    text: str, expected: tuple[str | None, str]
) -> None:
    assert _main(text) == expected
