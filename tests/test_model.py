"""The estimator contract: scikit-learn conventions, column order, pipelines, pickling."""

from __future__ import annotations

import pickle

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer

from framing import FramingClassifier, SentenceInput


def test_classes_and_proba_columns(tiny_model, tiny):
    X, _ = tiny
    assert list(tiny_model.classes_) == ["claim", "fact", "framing"]
    proba = tiny_model.predict_proba(X)
    assert proba.shape == (len(X), 3)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    # predict is the argmax of predict_proba in classes_ order
    assert list(tiny_model.predict(X)) == list(tiny_model.classes_[proba.argmax(axis=1)])


def test_fits_its_training_sentences(tiny_model, tiny):
    X, y = tiny
    assert np.mean(tiny_model.predict(X) == np.asarray(y)) > 0.9


def test_proba_columns_follow_classes_even_when_a_label_is_missing(tiny):
    X, y = tiny
    keep = [i for i, label in enumerate(y) if label != "fact"]
    model = FramingClassifier(min_df=1).fit([X[i] for i in keep], [y[i] for i in keep])
    proba = model.predict_proba(["Officials said the road would reopen."])
    assert proba.shape == (1, 3)
    assert proba[0, 1] == 0.0  # no fact column was learned
    assert model.predict(["Officials said the road would reopen."])[0] == "claim"


def test_init_stores_params_only():
    m = FramingClassifier(C=0.5, ngram_range=(1, 1))
    assert m.get_params()["C"] == 0.5
    assert not hasattr(m, "classes_")
    assert not hasattr(m, "pipeline_")


def test_get_set_params_and_clone(tiny_model):
    c = clone(tiny_model)
    assert c.get_params() == tiny_model.get_params()
    assert not hasattr(c, "pipeline_")
    c.set_params(C=0.1)
    assert c.C == 0.1 and tiny_model.C != 0.1


def test_unfitted_predict_raises():
    from sklearn.exceptions import NotFittedError

    with pytest.raises(NotFittedError):
        FramingClassifier().predict(["A sentence."])


def test_bad_labels_and_lengths_are_refused(tiny):
    X, y = tiny
    with pytest.raises(ValueError, match="unknown labels"):
        FramingClassifier().fit(X, ["opinion"] * len(X))
    with pytest.raises(ValueError, match="labels"):
        FramingClassifier().fit(X, y[:-1])


def test_non_text_input_is_a_type_error(tiny_model):
    with pytest.raises(TypeError, match="int"):
        tiny_model.predict([3])


def test_in_pipeline_and_grid_search(tiny):
    X, y = tiny
    pipe = Pipeline(
        [
            ("strip", FunctionTransformer(lambda xs: [x.strip() for x in xs])),
            ("clf", FramingClassifier(min_df=1)),
        ]
    )
    pipe.fit(X, y)
    assert pipe.predict_proba(X).shape == (len(X), 3)
    grid = GridSearchCV(FramingClassifier(min_df=1), {"C": [0.5, 4.0]}, cv=3, scoring="f1_macro")
    grid.fit(X, y)
    assert grid.best_params_["C"] in (0.5, 4.0)
    assert set(grid.predict(X)) <= {"claim", "fact", "framing"}


def test_pickle_round_trip_and_refit(tiny_model, tiny):
    X, y = tiny
    again = pickle.loads(pickle.dumps(tiny_model))
    np.testing.assert_allclose(again.predict_proba(X), tiny_model.predict_proba(X))
    # fitting twice gives the same model
    twice = FramingClassifier(min_df=1).fit(X, y).fit(X, y)
    np.testing.assert_allclose(twice.predict_proba(X), tiny_model.predict_proba(X))


def test_running_quotation_context_is_used(tiny):
    X, y = tiny
    inside = [
        SentenceInput("The money is there.", in_quote=True),
        SentenceInput("The plan is ready.", in_quote=True),
        SentenceInput("The work starts in May.", in_quote=True),
        SentenceInput("Nobody will be left out.", in_quote=True),
    ]
    model = FramingClassifier(min_df=1).fit([*X, *inside], [*y, *["claim"] * len(inside)])
    claim = list(model.classes_).index("claim")
    alone = model.predict_proba([SentenceInput("The road is open.")])[0, claim]
    quoted = model.predict_proba([SentenceInput("The road is open.", in_quote=True)])[0, claim]
    assert quoted > alone + 0.2


def test_calibrated_variant_fits(tiny):
    X, y = tiny
    m = FramingClassifier(min_df=1, calibration="sigmoid").fit(X, y)
    np.testing.assert_allclose(m.predict_proba(X).sum(axis=1), 1.0)
    assert m.framing_cues("This reckless policy is a shameful disaster.")


def test_framing_cues_point_at_words(tiny_model):
    text = "This shameful and reckless plan will surely fail."
    spans = tiny_model.framing_cues(text)
    words = [text[a:b].lower() for a, b in spans]
    assert words and all(w.isalpha() for w in words)
    assert {"shameful", "reckless", "surely"} & set(words)
