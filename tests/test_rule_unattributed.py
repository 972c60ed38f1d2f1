"""LABELS.md: a claim is attributed. A document's sentence with no attribution found and
outside any quotation gets P(claim) scaled down (`FramingClassifier(unattributed_claim=...)`,
`framing.predictor.unattributed_claim_scale`)."""

from __future__ import annotations

import numpy as np
import pytest
from rule_helpers import quoted_every_third
from sklearn.base import clone

from framing.features import SentenceInput
from framing.model import FramingClassifier, arrays_of
from framing.predictor import ArrayModel, read_arrays, unattributed_claim_scale, write_arrays
from framing.types import LABELS

CLAIM = LABELS.index("claim")


@pytest.fixture(scope="module")
def fitted(tiny: tuple[list[str], list[str]]) -> tuple[FramingClassifier, FramingClassifier]:
    X, y = tiny
    inputs = quoted_every_third(X)
    with_rule = FramingClassifier(min_df=1, unattributed_claim=0.5).fit(inputs, y)
    without = FramingClassifier(min_df=1).fit(inputs, y)
    return with_rule, without


def test_only_unattributed_document_sentences_change(
    tiny: tuple[list[str], list[str]], fitted: tuple[FramingClassifier, FramingClassifier]
) -> None:
    with_rule, without = fitted
    X, _ = tiny
    items = [*quoted_every_third(X), *X[:5]]
    got, base = with_rule.predict_proba(items), without.predict_proba(items)
    plain = np.array(
        [
            getattr(x, "attribution", None) == "none" and not getattr(x, "in_quote", True)
            for x in items
        ]
    )
    assert plain.any() and (~plain).any()
    assert np.allclose(got.sum(axis=1), 1.0, atol=1e-12)
    assert np.array_equal(got[~plain], base[~plain])  # attributed, quoted, bare strings
    assert (got[plain, CLAIM] < base[plain, CLAIM]).all()
    # the two other labels keep their ratio
    others = [j for j in range(len(LABELS)) if j != CLAIM]
    r = got[plain][:, others] / got[plain][:, others].sum(axis=1, keepdims=True)
    b = base[plain][:, others] / base[plain][:, others].sum(axis=1, keepdims=True)
    assert np.allclose(r, b)


def test_the_scale_is_exact() -> None:
    p = np.array([[0.5, 0.25, 0.25], [0.5, 0.25, 0.25], [0.5, 0.25, 0.25], [0.5, 0.25, 0.25]])
    items = [
        SentenceInput("a", attribution="none"),
        SentenceInput("b", attribution="none", in_quote=True),
        SentenceInput("c", attribution="sourced"),
        "d",
    ]
    got = unattributed_claim_scale(p.copy(), items, 0.5)
    assert np.allclose(got[0], [0.25 / 0.75, 0.25 / 0.75, 0.25 / 0.75])
    assert np.array_equal(got[1:], p[1:])
    assert np.array_equal(unattributed_claim_scale(p.copy(), items, None), p)
    zero = unattributed_claim_scale(p.copy(), items, 0.0)
    assert zero[0, CLAIM] == 0.0 and np.isclose(zero[0].sum(), 1.0)


def test_the_arrays_carry_the_scale(
    tiny: tuple[list[str], list[str]], fitted: tuple[FramingClassifier, FramingClassifier]
) -> None:
    with_rule, without = fitted
    X, _ = tiny
    items = [*quoted_every_third(X), *X]
    arrays = arrays_of(with_rule)
    assert arrays is not None and "unattributed_claim" in arrays
    again = ArrayModel(read_arrays(write_arrays(arrays), 1 << 30))
    assert np.array_equal(again.predict_proba(items), with_rule.predict_proba(items))
    plain = arrays_of(without)
    assert plain is not None and "unattributed_claim" not in plain
    with pytest.raises(ValueError, match="unattributed claim scale"):
        ArrayModel(dict(arrays, unattributed_claim=np.asarray([1.5])))


def test_the_scale_is_a_parameter_of_the_estimator(
    fitted: tuple[FramingClassifier, FramingClassifier],
) -> None:
    assert clone(fitted[0]).get_params()["unattributed_claim"] == 0.5
    state = fitted[1].__getstate__()
    state.pop("unattributed_claim")
    old = FramingClassifier.__new__(FramingClassifier)
    old.__setstate__(state)  # a model pickled before the option existed
    assert old.unattributed_claim is None
