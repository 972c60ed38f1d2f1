"""Issue 12, thirty-fourth session: refusals and acts that report no content. "Police would
not confirm the identity of the victim" (a refused verb of speech with a noun object, no
clause), "The coach said little after the defeat" (like "said nothing"), "The figures were
calculated by the ministry" (a passive act, no content); each beside the sentence of the same
words that does report a content. Our own sentences."""

from __future__ import annotations

import pytest
from attribution_helpers import main_attribution


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Police would not confirm the identity of the victim.", None),
        ("He refused to name the officers involved.", None),
        ("The agency did not disclose the amount of the settlement.", None),
        # a clause after the refused verb is a content (negated, but reported)
        (
            "Police would not confirm the victim was a local man.",
            ("Police", "would not confirm"),
        ),
        (
            "Police would not confirm that the victim was a local man.",
            ("Police", "would not confirm"),
        ),
        ("The coach said little after the defeat.", None),
        ("The coach said little about the new signing.", None),
        ("The coach said little had changed since May.", ("The coach", "said")),
        ("The figures were calculated by the ministry.", None),
        ("The ministry did not say how the figures were calculated.", None),
        ("The ministry calculated that the scheme would cost $4m.", ("The ministry", "calculated")),
    ],
)
def test_refusals_and_acts(sentence: str, found: tuple[str | None, str] | None) -> None:
    assert main_attribution(sentence) == found
