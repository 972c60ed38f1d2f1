"""Issue 12, thirty-fifth session: a refusal told with a short aside between the refusing verb
and its "to" ("She declined, however, to say more.") reports nothing, like the same refusal
without the aside; a content after the aside, or a speaker's tag as the aside, is still
reported. Our own sentences."""

from __future__ import annotations

import pytest
from attribution_helpers import main_attribution


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("She declined, however, to say more.", None),
        ("She declined to say more.", None),
        ("He refused, once again, to comment.", None),
        ("The minister declined, for now, to confirm the figures.", None),
        ("The club refused, as before, to say how much the striker cost.", None),
        # a content after the aside is reported, as without it
        (
            "She declined, however, to say in the interview that the deal was off.",
            ("She", "declined"),
        ),
        # the aside is a speaker's tag: the speaker is the source
        ("She declined, he said, to say more.", ("he", "said")),
    ],
)
def test_refusal_with_an_aside(sentence: str, found: tuple[str, str] | None) -> None:
    assert main_attribution(sentence) == found
