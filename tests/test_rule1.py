"""LABELS.md rule 1 in the model's structure: sentences that inherit an attribution (a running
quotation, a speaker's turn) get P(claim) of at least the training share of claims among such
sentences (`FramingClassifier(inherited_claim=True)`, `framing.predictor.inherited_claim_floor`)."""

from __future__ import annotations

import numpy as np
import pytest
from rule_helpers import quoted_every_third
from sklearn.base import clone

from framing.features import SentenceInput, sentence_input
from framing.model import FramingClassifier, arrays_of
from framing.predictor import ArrayModel, inherited_claim_floor, read_arrays, write_arrays
from framing.types import LABELS

CLAIM = LABELS.index("claim")


@pytest.fixture(scope="module")
def fitted(tiny: tuple[list[str], list[str]]) -> tuple[FramingClassifier, FramingClassifier]:
    X, y = tiny
    inputs = quoted_every_third(X)
    with_rule = FramingClassifier(min_df=1, use_doc=True, inherited_claim=True).fit(inputs, y)
    without = FramingClassifier(min_df=1, use_doc=True).fit(inputs, y)
    return with_rule, without


def test_the_floor_is_the_share_of_claims_among_inherited_training_sentences(
    tiny: tuple[list[str], list[str]], fitted: tuple[FramingClassifier, FramingClassifier]
) -> None:
    X, y = tiny
    inherited = [lab for i, lab in enumerate(y) if i % 3 == 0]
    assert fitted[0].claim_floor_ == round(inherited.count("claim") / len(inherited), 6)
    assert fitted[1].claim_floor_ is None
    weights = [3.0 if lab == "claim" else 1.0 for lab in y]
    heavy = FramingClassifier(min_df=1, inherited_claim=True).fit(quoted_every_third(X), y, weights)
    assert heavy.claim_floor_ is not None and heavy.claim_floor_ > fitted[0].claim_floor_


def test_only_inherited_sentences_below_the_floor_change(
    tiny: tuple[list[str], list[str]], fitted: tuple[FramingClassifier, FramingClassifier]
) -> None:
    with_rule, without = fitted
    X, _ = tiny
    items = [*quoted_every_third(X), *(sentence_input(s) for s in X), *X[:5]]
    got, base = with_rule.predict_proba(items), without.predict_proba(items)
    floor = with_rule.claim_floor_
    assert floor is not None
    inherited = np.array([getattr(x, "attribution", None) == "inherited" for x in items])
    assert np.allclose(got.sum(axis=1), 1.0, atol=1e-12)
    assert (got[inherited, CLAIM] >= floor - 1e-12).all()
    raised = inherited & (base[:, CLAIM] < floor)
    assert raised.any(), "the tiny set should have an inherited sentence the words outvote"
    assert np.array_equal(got[~raised], base[~raised])
    # the other two keep their ratio
    others = [j for j in range(len(LABELS)) if j != CLAIM]
    r = got[raised][:, others] / got[raised][:, others].sum(axis=1, keepdims=True)
    b = base[raised][:, others] / base[raised][:, others].sum(axis=1, keepdims=True)
    assert np.allclose(r, b)


def test_the_arrays_carry_the_floor(
    tiny: tuple[list[str], list[str]], fitted: tuple[FramingClassifier, FramingClassifier]
) -> None:
    with_rule, without = fitted
    X, _ = tiny
    items = [*quoted_every_third(X), *X]
    arrays = arrays_of(with_rule)
    assert arrays is not None and "claim_floor" in arrays
    again = ArrayModel(read_arrays(write_arrays(arrays), 1 << 30))
    assert np.array_equal(again.predict_proba(items), with_rule.predict_proba(items))
    plain = arrays_of(without)
    assert plain is not None and "claim_floor" not in plain
    bad = dict(arrays, claim_floor=np.asarray([1.5]))
    with pytest.raises(ValueError, match="claim floor"):
        ArrayModel(bad)


def test_the_rule_is_a_parameter_of_the_estimator(
    fitted: tuple[FramingClassifier, FramingClassifier],
) -> None:
    assert fitted[0].get_params()["inherited_claim"] is True
    assert clone(fitted[0]).get_params()["inherited_claim"] is True
    state = fitted[1].__getstate__()
    state.pop("inherited_claim")
    state.pop("claim_floor_")
    old = FramingClassifier.__new__(FramingClassifier)
    old.__setstate__(state)  # a model pickled before the rule existed
    assert old.inherited_claim is False and old.claim_floor_ is None


def test_a_row_at_or_above_the_floor_and_a_bare_string_are_left_alone() -> None:
    p = np.array([[0.9, 0.05, 0.05], [0.2, 0.3, 0.5], [0.2, 0.3, 0.5]])
    items = [
        SentenceInput("a", attribution="inherited"),
        "b",
        SentenceInput("c", attribution="sourced"),
    ]
    assert np.array_equal(inherited_claim_floor(p.copy(), items, 0.8), p)
    assert np.array_equal(inherited_claim_floor(p.copy(), items, None), p)
