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
        # (an independent review's cases) an object without a determiner
        ("The ministry would not disclose financial terms.", None),
        # a clause whose subject holds a possessive, a participle or an of-phrase is a content
        (
            "The spokeswoman would not confirm the company's chief executive had resigned.",
            ("The spokeswoman", "would not confirm"),
        ),
        (
            "Police would not confirm the body found in the river on Sunday was the missing "
            "teenager.",
            ("Police", "would not confirm"),
        ),
        # "little" that opens the content, and the surname Little
        (
            "The minister said little, if anything, would change for pensioners.",
            ("The minister", "said"),
        ),
        ('"It hurts," said Little.', ("Little", "said")),
        ('"That was our worst half," said Little after the game.', ("Little", "said")),
        ("The accused said little during the two-day hearing.", None),
        ("The Kremlin has said very little about the crash.", None),
        # "said nothing" before a clause: what was said is that nothing happened
        ("The manager said nothing had been decided about his future.", ("The manager", "said")),
        ("She said nothing when asked about the deal.", None),
        ("For two years they said nothing clear, made no offer, and held no vote.", None),
        # (a second review's cases) a relative or a preposition after "said nothing" holds no
        # content of the source's
        ("Sadly, the regulator has said nothing that would reassure depositors.", None),
        ("The witness said nothing about what she saw that night.", None),
        ("The coroner said nothing could have saved the boy.", ("The coroner", "said")),
        # a possessive in the object is no "is"
        ("The ministry would not confirm the envoy's whereabouts.", None),
        ("Police would not confirm the victim's a local man.", ("Police", "would not confirm")),
        # a negative subject of several words
        ("Neither the club nor the player's agent would comment on the reports.", None),
        ("No one at the mayor's office would comment.", None),
        # a negated passive or verb of speech with nothing after it: no content
        ("Terms of the deal were not disclosed.", None),
        ("Whether the plan will survive, the minister did not say.", None),
        ('"We will win," he did not say.', ("he", "did not say")),
        # "declined" before an object: an act ("to" far after it is the object's)
        ("The prime minister declined an invitation to the debate.", None),
        ("Revenue declined 8% to $85.7 million.", None),
        ("The senator declined to say whether she would run.", None),
        # a negative subject and "comment"
        ("None of the parties would comment on the talks.", None),
        ("Neither of the two companies would comment.", None),
        # a passive of "calculate" with its agent before the content
        (
            "It was calculated by the auditors that 2m had gone missing.",
            ("the auditors", "was calculated"),
        ),
    ],
)
def test_refusals_and_acts(sentence: str, found: tuple[str | None, str] | None) -> None:
    assert main_attribution(sentence) == found
