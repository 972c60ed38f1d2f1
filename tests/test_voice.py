"""framing._voice: the writer's calls to act (and stance) counted only in the writer's voice.

Every sentence here was written for this test.
"""

from __future__ import annotations

import numpy as np
import pytest

from framing._estimators import CueFeatures
from framing._voice import call_to_act
from framing.features import FEATURE_NAMES, cue_matrix, cue_vector, sentence_input

CALLS = [
    "Vote no on the parking levy.",
    "On polling day, vote yes on the library bond.",
    "Please remember the volunteers who kept the shelter open.",
    "We urge the county to publish the audit.",
    "I would urge every tenant to read the lease twice.",
    "The harbour board should publish its accounts.",
    "Residents need to see the figures before they pay more.",
]
NOT_CALLS = [
    "The harbour board published its accounts on Monday.",
    "Support for the levy fell to 40 percent.",
    "In March, support for the levy fell.",
    "Stand is a small town on the coast.",
    "We visited the harbour in March.",
]
QUOTED = [
    "“Vote no on the parking levy,” the flyer said.",
    "The harbour board should publish its accounts, the auditor said.",
    "The board, she argued, must publish its accounts.",
]


@pytest.mark.parametrize("text", CALLS)
def test_calls_to_act_fire(text: str) -> None:
    assert call_to_act(text, writer=True) >= 1.0
    j = FEATURE_NAMES.index("call_to_act")
    assert cue_vector(sentence_input(text))[j] >= 1.0


@pytest.mark.parametrize("text", NOT_CALLS)
def test_plain_sentences_do_not_fire(text: str) -> None:
    assert call_to_act(text, writer=True) == 0.0


@pytest.mark.parametrize("text", QUOTED)
def test_a_sources_words_are_not_the_writers_call(text: str) -> None:
    j = FEATURE_NAMES.index("call_to_act")
    assert cue_vector(sentence_input(text))[j] == 0.0
    assert cue_matrix([sentence_input(text)])[0, j] == 0.0


def test_inside_a_running_quotation_nothing_fires() -> None:
    item = sentence_input("Vote no on the parking levy.")._replace(in_quote=True)
    assert cue_vector(item)[FEATURE_NAMES.index("call_to_act")] == 0.0


def test_a_transformer_fitted_on_fewer_features_keeps_its_width() -> None:
    # a model fitted before a feature was appended to FEATURE_NAMES sees its first columns
    cues = CueFeatures().fit(["It rained."])
    cues.n_features_out_ = len(FEATURE_NAMES) - 1
    out = cues.transform(["Vote no on the parking levy."])
    assert out.shape == (1, len(FEATURE_NAMES) - 1)
    full = np.asarray(cue_vector(sentence_input("Vote no on the parking levy.")))
    assert np.array_equal(out[0], full[:-1])
    assert len(cues.get_feature_names_out()) == len(FEATURE_NAMES) - 1
