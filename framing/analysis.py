"""`analyze`: a text in, every sentence out with its label, probabilities, source and cues.

This is where the stages meet: segmentation -> attribution and quotation context ->
features and model -> result objects. `analyze_batch` scores many texts with one model call,
which is what makes corpus scoring fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from framing.features import SentenceInput, document_context
from framing.language import NON_ENGLISH, NON_ENGLISH_WARNING, language_of
from framing.persistence import load
from framing.segmentation import split_sentences
from framing.types import LABELS, Analysis, Sentence, Span

__all__ = ["analyze", "analyze_batch", "coerce_text"]


def coerce_text(text: object, errors: str = "strict") -> str:
    """Return ``text`` as str: bytes are decoded as UTF-8, anything else is a `TypeError`."""
    if isinstance(text, str):
        return text
    if isinstance(text, bytes | bytearray):
        try:
            return bytes(text).decode("utf-8", errors=errors)
        except UnicodeDecodeError as exc:
            raise UnicodeDecodeError(
                exc.encoding,
                exc.object,
                exc.start,
                exc.end,
                f"{exc.reason}; pass errors='replace' to decode it anyway",
            ) from None
    raise TypeError(f"expected the text as str or bytes, got {type(text).__name__}: {text!r:.80}")


def analyze(text: str | bytes, model: Any = None, errors: str = "strict") -> Analysis:
    """Split ``text`` into sentences and label each one.

    ``model`` defaults to the shipped model (`framing.load()`); bytes are decoded as UTF-8
    with ``errors`` ("strict", "replace", ...). A text that does not look like English is
    still labeled, with ``lang="non-en"`` and a warning in ``Analysis.warnings``.
    """
    return analyze_batch([coerce_text(text, errors)], model)[0]


def analyze_batch(texts: Sequence[str], model: Any = None) -> list[Analysis]:
    """`analyze` for many texts at once: one model call for all their sentences."""
    model = load() if model is None else model
    docs = [coerce_text(t) for t in texts]
    spans_per_doc = [split_sentences(t) for t in docs]
    inputs: list[SentenceInput] = []
    attributions = []
    for doc, spans in zip(docs, spans_per_doc, strict=True):
        doc_inputs, found = document_context(doc, spans)
        inputs.extend(doc_inputs)
        attributions.append(found)
    proba = model.predict_proba(inputs) if inputs else []
    classes = [str(c) for c in model.classes_]
    order = [classes.index(label) for label in LABELS]
    # the probabilities as Python floats in LABELS order, and each row's label, for the whole
    # batch at once (argmax, like max(), takes the first of equal values)
    ordered = np.asarray(proba, dtype=np.float64).reshape(-1, len(classes))[:, order]
    rows = ordered.tolist()
    if np.isnan(ordered).any():  # max() and argmax differ on NaN: keep max()'s answer
        labels = [max(zip(r, LABELS, strict=True), key=lambda p: p[0])[1] for r in rows]
    else:
        labels = [LABELS[j] for j in ordered.argmax(axis=1).tolist()]
    explain = getattr(model, "framing_cues", None)
    out: list[Analysis] = []
    k = 0
    for doc, spans, attrs in zip(docs, spans_per_doc, attributions, strict=True):
        sentences: list[Sentence] = []
        for i, (a, b) in enumerate(spans):
            probs = dict(zip(LABELS, rows[k], strict=True))
            label = labels[k]
            k += 1
            sent = Sentence(i, doc[a:b], a, b, label, probs)
            if label == "claim":
                sent.attributions = attrs[i]
            elif label == "framing" and explain is not None:
                sent.cues = [Span(doc[a + x : a + y], a + x, a + y) for x, y in explain(doc[a:b])]
            sentences.append(sent)
        lang = language_of(doc)
        notes = [NON_ENGLISH_WARNING] if lang == NON_ENGLISH else []
        out.append(Analysis(doc, sentences, lang, notes))
    return out
