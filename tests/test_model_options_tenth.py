"""Options compared by leave-one-corpus-out in the tenth session (docs/model_comparison.md):
word n-grams with names and numbers masked, a fixed vocabulary, and weights per corpus group."""

from __future__ import annotations

import numpy as np
from sklearn.base import clone

from framing.features import masked_texts
from framing.model import FramingClassifier


def test_masked_texts_hide_names_and_numbers_not_the_words_around_them() -> None:
    got = masked_texts(["Lindqvist said the Baltic fleet lost 2,000 men in 2014."])
    assert got == ["Lindqvist said the xname fleet lost xnum men in xnum."]
    # an opening word, "I" and a word after a stop or opening quote mark stay
    assert masked_texts(['I doubt it. "Never," she said.']) == ['I doubt it. "Never," she said.']
    # a title-case line keeps its words (they are not names), its numbers are masked
    assert masked_texts(["Mayor Slams Budget Cuts Of 2019"]) == ["Mayor Slams Budget Cuts Of xnum"]


def test_mask_names_changes_the_vocabulary(tiny: tuple[list[str], list[str]]) -> None:
    X, y = tiny
    masked = FramingClassifier(min_df=1, mask_names=True).fit(X, y)
    plain = FramingClassifier(min_df=1).fit(X, y)
    vocab = masked.pipeline_.named_steps["features"].transformer_list[0][1][-1].vocabulary_
    plain_vocab = plain.pipeline_.named_steps["features"].transformer_list[0][1][-1].vocabulary_
    assert set(vocab) != set(plain_vocab)
    assert not any(w[:1].isdigit() for w in vocab)
    assert clone(masked).get_params()["mask_names"] is True
    proba = masked.predict_proba(X[:5])
    assert np.allclose(proba.sum(axis=1), 1.0)


def test_a_fixed_vocabulary_is_the_word_block(tiny: tuple[list[str], list[str]]) -> None:
    X, y = tiny
    words = ["said", "the", "terrible", "according to"]
    model = FramingClassifier(min_df=1, vocabulary=words).fit(X, y)
    vec = model.pipeline_.named_steps["features"].transformer_list[0][1][-1]
    assert vec.vocabulary_ == {w: i for i, w in enumerate(words)}
    assert model.predict(X[:3]).shape == (3,)


def test_group_weights_scale_every_row_of_a_corpus_group() -> None:
    from framing.datasets import Example
    from framing.features import SentenceInput
    from framing.training import ANNOTATION_WEIGHT, MAPPED_WEIGHT, training_rows

    rows = [
        Example("a", "babe", "d1", "train", SentenceInput("A."), None, "r", annotation="fact"),
        Example("b", "ptc", "d2", "train", SentenceInput("B."), "claim", "map"),
        Example(
            "c",
            "news_articles",
            "d3",
            "train",
            SentenceInput("C."),
            None,
            "r",
            annotation="framing",
            original="mbic",
        ),
    ]
    plain = training_rows(rows, None, 0.8)
    assert plain.weights == [ANNOTATION_WEIGHT, MAPPED_WEIGHT, ANNOTATION_WEIGHT]
    scaled = training_rows(rows, None, 0.8, {"babe": 2.0, "ptc": 0.5})
    # the news_articles document taken from BABE's source counts as BABE
    assert scaled.weights == [2 * ANNOTATION_WEIGHT, 0.5 * MAPPED_WEIGHT, 2 * ANNOTATION_WEIGHT]


def test_the_masking_expression_matches_as_without_its_look_ahead() -> None:
    """`features._NAME_OR_NUMBER` opens with a look-ahead for the characters its branches start
    with (speed): the same matches as the expression without it, on our example texts and
    sentences made to test the edges (non-ASCII capitals and digits, quotes, brackets, dashes)."""
    import re

    from test_fastpath import example_texts, own_sentences

    from framing.features import _NAME_OR_NUMBER

    reference = re.compile(
        r"(?<![.!?:;(\[—–-]\s)(?<!^)(?<![\"“‘'(\[])\b[A-Z][a-z][\w'’]*|\b[A-Z]{2,}\b|\b\d[\d,.]*\b"
    )
    edges = [
        "Él dijo que Émile Zola y ÖBB 2,5 millones.",
        "The ٣ figures and ३ more, (Smith) 'Jones' “Lee” [Ng] — Park - Kim: Ahn; Oh! Yu? Bo.",
        "x1 A1 1A AB AB1 Ab1,5 USA's 1.5. Mr. Smith 12,000-strong NATO-led",
    ]
    lines = [line for t in example_texts() for line in t.splitlines()]
    for text in [*lines, *own_sentences(), *edges]:
        assert [m.span() for m in _NAME_OR_NUMBER.finditer(text)] == [
            m.span() for m in reference.finditer(text)
        ], text
