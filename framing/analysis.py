"""`analyze`: a text in, every sentence out with its label, probabilities, source and cues.

This is where the stages meet: segmentation -> attribution and quotation context ->
features and model -> result objects. `analyze_batch` scores many texts with one model call,
which is what makes corpus scoring fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from framing.attribution import reported_attributions
from framing.entities import document_entities
from framing.explain import framing_cues
from framing.features import (
    SentenceInput,
    document_context,
    transcript_context,
    transcript_speakers,
)
from framing.kinds import NON_PROSE, batch_kinds, said_lines
from framing.language import NON_ENGLISH, NON_ENGLISH_WARNING, language_of
from framing.persistence import load_labeler
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


def analyze(
    text: str | bytes, model: Any = None, errors: str = "strict", transcript: bool = False
) -> Analysis:
    """Split ``text`` into sentences and label each one.

    ``model`` defaults to the shipped model (its arrays: `framing.persistence.load_labeler`,
    the same probabilities as `framing.load()`'s estimator); bytes are decoded as UTF-8
    with ``errors`` ("strict", "replace", ...). A text that does not look like English is
    still labeled, with ``lang="non-en"`` and a warning in ``Analysis.warnings``.

    ``transcript=True`` reads a transcript of speech (a debate, a speech, a hearing) in each
    speaker's own voice: a line after a speaker tag ("SENATOR VALE: ...") is then the speaker's
    fact or framing, and a claim only where it reports someone's words itself ("My opponent said
    ..."). By default a text is read as news, where LABELS.md makes every line after a speaker
    tag a claim of that speaker (an interview's answers).
    """
    return analyze_batch([coerce_text(text, errors)], model, transcript=transcript)[0]


def analyze_batch(
    texts: Sequence[str], model: Any = None, transcript: bool = False
) -> list[Analysis]:
    """`analyze` for many texts at once: one model call for all their sentences."""
    model = load_labeler() if model is None else model
    docs = [coerce_text(t) for t in texts]
    spans_per_doc = [split_sentences(t) for t in docs]
    inputs: list[SentenceInput] = []
    attributions = []
    kinds = batch_kinds(list(zip(docs, spans_per_doc, strict=True)))
    context = transcript_context if transcript else document_context
    for d, (doc, spans) in enumerate(zip(docs, spans_per_doc, strict=True)):
        doc_inputs, found = context(doc, spans)
        inputs.extend(doc_inputs)
        # a line the kinds call boilerplate in which someone says something is a deck or prose
        doc_kinds = kinds[d] = said_lines(doc, spans, kinds[d], found)
        # metadata and boilerplate lines attribute nothing: their entities are not sources
        attributions.append(
            [[] if kd in NON_PROSE else f for f, kd in zip(found, doc_kinds, strict=True)]
        )
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
    out: list[Analysis] = []
    k = 0
    for doc, spans, attrs, doc_kinds in zip(docs, spans_per_doc, attributions, kinds, strict=True):
        sentences: list[Sentence] = []
        entities, _ = document_entities(doc, attrs)
        speakers = transcript_speakers(doc, spans) if transcript else [None] * len(spans)
        for i, (a, b) in enumerate(spans):
            probs = dict(zip(LABELS, rows[k], strict=True))
            label = labels[k]
            k += 1
            kind = doc_kinds[i]
            if kind in NON_PROSE:
                probs = _not_a_claim(probs)
                label = max(probs, key=probs.__getitem__)
            sent = Sentence(i, doc[a:b], a, b, label, probs, kind=kind, speaker=speakers[i])
            if label == "claim":
                # the main attribution and the verbs coordinated with it ("X denounced ...,
                # saying ..."); one found inside another's content (a quotation within the
                # quotation, "X said Y told him ...") is part of that content, as PolNeAR
                # annotates it and our annotators mark one source per sentence
                sent.attributions = reported_attributions(doc, (a, b), attrs[i])
                sent.source_entity = entities[i]
            elif label == "framing":
                # the words LABELS.md names as framing, each with its kind (framing.explain)
                sent.cues = [
                    Span(doc[a + x : a + y], a + x, a + y, kind)
                    for x, y, kind in framing_cues(doc[a:b])
                ]
            sentences.append(sent)
        lang = language_of(doc)
        notes = [NON_ENGLISH_WARNING] if lang == NON_ENGLISH else []
        out.append(Analysis(doc, sentences, lang, notes))
    return out


def _not_a_claim(probs: dict[str, float]) -> dict[str, float]:
    """Probabilities of a metadata or boilerplate line: never a claim (claim 0, the other two
    renormalised)."""
    # the sum of the other two, not 1 - P(claim): when P(claim) is near 1 the subtraction
    # loses most of its digits and the renormalised pair no longer sums to 1
    rest = sum(v for k, v in probs.items() if k != "claim")
    if not rest > 0.0:
        return {"claim": 0.0, "fact": 1.0, "framing": 0.0}
    return {k: (0.0 if k == "claim" else v / rest) for k, v in probs.items()}
