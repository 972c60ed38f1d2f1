"""The document signals read through the sentence (`framing.docfeatures.interaction_matrix`,
`DocInteractions`, `FramingClassifier(doc_interactions=...)`). Sentences written for these
tests."""

from __future__ import annotations

import numpy as np
import pytest

from framing.docfeatures import (
    DOC_FEATURE_NAMES,
    DocInteractions,
    interaction_matrix,
    interaction_names,
)
from framing.features import SentenceInput, document_inputs
from framing.model import FramingClassifier
from framing.segmentation import split_sentences

DOC = tuple(float(i + 1) / 20 for i in range(len(DOC_FEATURE_NAMES) - 1))
WIDTH = len(DOC_FEATURE_NAMES)


def _own(text: str, attribution: str = "none", in_quote: bool = False) -> SentenceInput:
    return SentenceInput(text, attribution=attribution, doc=DOC, in_quote=in_quote)


def test_own_voice_rows() -> None:
    X = [
        _own("The bridge closed on Tuesday."),
        _own("The mayor said the bridge closed.", attribution="sourced"),
        _own("The bridge closed on Tuesday.", in_quote=True),
        _own('The bridge is "closed" for now.'),
        "The bridge closed on Tuesday.",
    ]
    m = interaction_matrix(X, "own")
    assert m.shape == (5, WIDTH)
    assert m[0, 0] == 1.0 and tuple(m[0, 1:]) == DOC
    # attributed, inside a quotation, holding a quotation mark, or a bare string: zeros
    assert not m[1:].any()


def test_evaluative_rows() -> None:
    X = [_own("It was a disgraceful decision."), _own("The bridge closed on Tuesday.")]
    m = interaction_matrix(X, "own+eval")
    assert m.shape == (2, 2 * WIDTH)
    assert m[:, WIDTH].tolist() == [1.0, 0.0]
    assert tuple(m[0, WIDTH + 1 :]) == DOC and not m[1, WIDTH:].any()
    # both sentences are the writer's own
    assert m[:, 0].tolist() == [1.0, 1.0]


def test_names_match_the_columns() -> None:
    for kinds in ("own", "own+eval"):
        step = DocInteractions(kinds).fit([_own("A.")])
        names = step.get_feature_names_out()
        assert len(names) == step.n_features_out_ == step.transform([_own("A.")]).shape[1]
        assert names[0] == "docx__own" and len(set(interaction_names(kinds))) == len(names)


def test_unknown_kind_raises() -> None:
    with pytest.raises(ValueError, match="unknown interaction kinds"):
        interaction_matrix([_own("A.")], "own+tone")


def test_the_model_uses_them() -> None:
    text = (
        'The council closed the bridge on Tuesday. "It is no longer safe," the mayor said. '
        "The decision is a disgrace. Repairs will take eight months."
    )
    items = document_inputs(text, split_sentences(text)) * 6
    y = ["fact", "claim", "framing", "fact"] * 6
    plain = FramingClassifier(min_df=1, use_doc=True).fit(items, y)
    model = FramingClassifier(min_df=1, use_doc=True, doc_interactions="own").fit(items, y)
    union = model.pipeline_.named_steps["features"]
    assert union.named_transformers["docx"].n_features_out_ == WIDTH
    assert (
        model.pipeline_.named_steps["clf"].coef_.shape[1]
        == plain.pipeline_.named_steps["clf"].coef_.shape[1] + WIDTH
    )
    assert not np.array_equal(plain.predict_proba(items), model.predict_proba(items))
