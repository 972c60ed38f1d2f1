"""Training: build the three-way training set, fit, measure, save.

`train` is what ``framing train`` runs: one fit on the rows our annotations or a dataset
mapping decided (annotations weighted up, mappings down), with the configuration chosen by
leave-one-corpus-out selection (`SHIPPED_PARAMS`). Dev documents are never trained on.

An older second stage, in which a first model "settled" rows a mapping left undecided, is still
available (``fit_model(settle_rows=True)``) but off: with 46,000 of our own labels it is not
needed, and it made the artifact depend on probabilities within a hair of its threshold, so
that two machines built different models. The same data, annotations and seed give the same
artifact, byte for byte (one BLAS thread, coefficients rounded: `framing.model`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import precision_recall_fscore_support

from framing import lexicons
from framing.datasets import (
    Example,
    load_document_examples,
    load_examples,
    read_annotations,
    read_document_annotations,
    split_examples,
)
from framing.datasets import (
    annotations_dir as default_annotations_dir,
)
from framing.doccorpora import DOC_CORPORA
from framing.evaluation import binary_macro_f1, evaluate_inputs
from framing.features import SentenceInput, speaker_turn_start
from framing.model import FramingClassifier
from framing.persistence import save_model
from framing.types import LABELS

__all__ = [
    "TrainingRows",
    "babe_cross_validation",
    "build",
    "dev_metrics",
    "fit_model",
    "settle",
    "train",
    "training_rows",
]

ANNOTATION_WEIGHT = 3.0
SILVER_WEIGHT = 0.15
MAPPED_WEIGHT = 0.3
BABE_OPINION = "Expresses writer’s opinion"
BABE_FACTUAL = "Entirely factual"


def settle(model: Any, undecided: Sequence[Example], threshold: float) -> list[tuple[Example, str]]:
    """The undecided examples the first model labels confidently, with that label."""
    if not undecided:
        return []
    proba = model.predict_proba([ex.input for ex in undecided])
    classes = [str(c) for c in model.classes_]
    out = []
    for ex, row in zip(undecided, proba, strict=True):
        idx = [classes.index(a) for a in ex.allowed]
        sub = row[idx] / max(row[idx].sum(), 1e-12)
        best = int(sub.argmax())
        if sub[best] >= threshold:
            out.append((ex, ex.allowed[best]))
    return out


@dataclass
class TrainingRows:
    """The training set as parallel lists, with a (dataset, rule, label) count."""

    inputs: list[Any] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    annotated: list[bool] = field(default_factory=list)
    summary: Counter = field(default_factory=Counter)

    def add(self, ex: Example, label: str, weight: float, rule: str) -> None:
        self.inputs.append(ex.input)
        self.labels.append(label)
        self.weights.append(weight)
        self.groups.append(ex.doc_id)
        self.annotated.append(ex.annotation is not None)
        self.summary[(ex.dataset, rule, label)] += 1


ALONE_RULE = "alone"


def alone_copies(train: Sequence[Example], weight: float = 1.0) -> list[Example]:
    """Each annotated sentence of a whole document once more as a bare sentence (no
    neighbours, no quotation state, no document signals: what ``predict_proba`` on a plain
    string sees). Without them, every bare sentence the model saw in training came from the
    sentence datasets, opinion-heavy, and a bare news sentence was read with their priors
    (claim recall read alone 0.38 on the document dev set, 0.82 in context). ``weight``
    scales their sample weight (kept in their rule, ``alone@<weight>``, so that it survives
    the trip to a worker process)."""
    rule = ALONE_RULE if weight == 1.0 else f"{ALONE_RULE}@{weight}"
    from dataclasses import replace

    from framing.doccorpora import WRITTEN

    docs = {*DOC_CORPORA, WRITTEN}
    return [
        replace(ex, id=f"{ex.id}@alone", input=SentenceInput(ex.input.text), rule=rule)
        for ex in train
        if ex.annotation and ex.dataset in docs and ex.input.doc is not None
    ]


def training_rows(
    train: Sequence[Example],
    first_model: Any | None,
    threshold: float,
    group_weights: Mapping[str, float] | None = None,
    mapped_weight: float = MAPPED_WEIGHT,
) -> TrainingRows:
    """The decided examples, plus those ``first_model`` settles (when given).

    ``group_weights`` multiplies the weight of every example of a corpus group
    (`corpus_group`; a group it does not name keeps weight 1); ``mapped_weight`` is the weight
    of a dataset's mapped label (an example we did not annotate)."""
    rows = TrainingRows()
    for ex in train:
        scale = group_weights.get(corpus_group(ex), 1.0) if group_weights else 1.0
        if ex.annotation:
            if ex.rule.startswith(ALONE_RULE):  # "alone" or "alone@<weight>"
                weight = float(ex.rule.partition("@")[2] or 1.0)
                rows.add(ex, ex.annotation, ANNOTATION_WEIGHT * weight * scale, "annotation:alone")
            else:
                rows.add(ex, ex.annotation, ANNOTATION_WEIGHT * scale, "annotation")
        elif ex.mapped:
            rows.add(ex, ex.mapped, mapped_weight * scale, ex.rule)
    if first_model is not None:
        undecided = [ex for ex in train if ex.label is None and ex.allowed]
        for ex, label in settle(first_model, undecided, threshold):
            rows.add(ex, label, SILVER_WEIGHT, ex.rule + ":settled")
    return rows


def dev_metrics(model: Any, dev: Sequence[Example]) -> dict[str, Any]:
    """The project's dev targets: our annotated dev set, CheckThat dev, PolNeAR dev."""
    out: dict[str, Any] = {}
    docs = [ex for ex in dev if ex.dataset in ("masc", "ieer", "gum") and ex.annotation]
    if docs:
        out["document_dev"] = evaluate_inputs(
            model, [ex.input for ex in docs], [ex.annotation or "" for ex in docs]
        )
        out["document_dev"]["by_dataset"] = dict(Counter(ex.dataset for ex in docs))
    ours = [ex for ex in dev if ex.annotation and ex.dataset not in ("masc", "ieer", "gum")]
    if ours:
        out["annotated_dev"] = evaluate_inputs(
            model, [ex.input for ex in ours], [ex.annotation or "" for ex in ours]
        )
        out["annotated_dev"]["by_dataset"] = dict(Counter(ex.dataset for ex in ours))
    ct = [ex for ex in dev if ex.dataset == "checkthat_subjectivity"]
    if ct:
        pred = model.predict([ex.input for ex in ct])
        out["checkthat_dev_macro_f1"] = binary_macro_f1(
            [ex.original == "SUBJ" for ex in ct], [p == "framing" for p in pred]
        )
    pn = [ex for ex in dev if ex.dataset == "polnear"]
    if pn:
        pred = model.predict([ex.input for ex in pn])
        prec, rec, f1, _ = precision_recall_fscore_support(
            [ex.original == "claim" for ex in pn],
            [p == "claim" for p in pred],
            average="binary",
            zero_division=0,
        )
        out["polnear_dev_claim"] = {
            "precision": round(float(prec), 4),
            "recall": round(float(rec), 4),
            "f1": round(float(f1), 4),
            "n": len(pn),
        }
    return out


def build(
    data_dir: Path, annotations_dir: Path | None = None
) -> tuple[list[Example], list[Example]]:
    """(train, dev) examples from the shared data and the committed annotations: the sentence
    datasets, then the documents we annotated whole (those of the corpora, then the ones we
    wrote ourselves for training, `WRITTEN_TRAIN`). A ``news_articles`` document whose
    dataset keeps it on its dev side stays on the dev side here too."""
    examples = load_examples(data_dir, read_annotations(annotations_dir))
    train, dev = split_examples(examples)
    dev_docs = {ex.doc_id.split(":", 1)[1] for ex in dev}
    written = (annotations_dir or default_annotations_dir()) / WRITTEN_TRAIN
    docs = load_document_examples(
        data_dir, read_document_annotations(annotations_dir), written=written
    )
    for ex in docs:
        held = ex.split == "dev" or ex.doc_id.split(":", 1)[1] in dev_docs
        if held:
            dev.append(ex)
        elif ex.original in BARE_ONLY_GENRES:
            train.append(bare_turn(ex))
        elif ex.original not in UNTRAINED_GENRES:
            train.append(ex)
    return train, dev


WRITTEN_TRAIN = "written/train"
"""Documents we wrote ourselves for training, under the annotations folder (a folder of JSONL
files, one per group of waves, read in name order; ids
``wtrain/...``; their labels are in ``docs/train-*.csv`` with the rest, from ``train-41``);
the written evaluation set beside it (``written/documents.jsonl``) is never read here."""

UNTRAINED_GENRES = frozenset({"debate-transcript", "court-transcript"})
"""Genres we annotated but do not train on: in a transcript with no writer each speaker's words
are their own voice (the brief's convention), where in news the same spoken words are a
source's claim; trained on, they taught the model to call a news sentence after a quotation a
claim (tests/test_analysis.py). They stay in the document dev set."""


BARE_ONLY_GENRES = frozenset({"speech-transcript"})
"""Genres trained on only as bare sentences: the transcripts of speech we wrote ourselves (wave
11: debates, speeches, briefings, hearings), labelled as the brief says for transcripts with no
writer (each speaker in their own voice). In context they would teach `UNTRAINED_GENRES`' error
(every sentence after a speaker tag inherits an attribution); read alone, one turn's sentence is
what a sentence dataset of debate lines holds (ClaimBuster), so each is trained as a bare
sentence, without its speaker tag (`bare_turn`)."""


def bare_turn(ex: Example) -> Example:
    """``ex`` as a bare sentence (no neighbours, quotation state or document signals), less a
    leading speaker tag ("MODERATOR: ", "Ms Okafor (Labour): "), in the rule of `alone_copies`
    so that it is counted with them."""
    from dataclasses import replace

    text = ex.input.text
    return replace(ex, input=SentenceInput(text[speaker_turn_start(text) :]), rule=ALONE_RULE)


def corpus_group(ex: Example) -> str:
    """The corpus an example counts as in leave-one-corpus-out selection: its dataset, and for
    a ``news_articles`` document the labelled dataset it was taken from."""
    from framing.doccorpora import group_of

    return group_of(ex.dataset, ex.original)


def fit_model(
    train: Sequence[Example],
    params: dict[str, Any] | None = None,
    seed: int = 0,
    settle_threshold: float = 0.8,
    settle_rows: bool = False,
    group_weights: Mapping[str, float] | None = None,
    mapped_weight: float = MAPPED_WEIGHT,
) -> tuple[FramingClassifier, Counter]:
    """Two-stage fit (see module docstring); returns the model and the training-set summary.
    ``settle_rows=False`` fits once, on the decided rows only; ``group_weights`` and
    ``mapped_weight`` as in `training_rows`."""
    params = {**(params or {}), "random_state": seed}
    decided = training_rows(train, None, settle_threshold, group_weights, mapped_weight)
    if not settle_rows:
        model = FramingClassifier(**params).fit(
            decided.inputs, decided.labels, sample_weight=decided.weights
        )
        return model, decided.summary
    first = FramingClassifier(**{**params, "calibration": None}).fit(
        decided.inputs, decided.labels, sample_weight=decided.weights
    )
    rows = training_rows(train, first, settle_threshold, group_weights, mapped_weight)
    model = FramingClassifier(**params).fit(rows.inputs, rows.labels, sample_weight=rows.weights)
    return model, rows.summary


SHIPPED_PARAMS: dict[str, Any] = {
    "use_doc": True,
    "C": 0.3,
    "inherited_claim": True,
    "unattributed_claim": 0.6,
}
"""What `train` fits unless told otherwise: the configuration chosen by leave-one-corpus-out
selection (benchmarks/loco.py; docs/model_comparison.md), and so the shipped model's."""


ALONE_WEIGHT = 0.1
"""The weight of the bare-sentence copies `train` adds (`alone_copies`): chosen by
leave-one-corpus-out with every row scored both in context and read alone (benchmarks/loco.py,
variants ``doc+C0.3+inh+alone*``; docs/model_comparison.md): at 0.1 the mean in context is the
best of the weights tried and the bare mean rises 0.617 -> 0.647, while the worst row in context
(ClaimBuster, bare debate lines) gives up least."""


def train(
    data_dir: Path,
    out_dir: Path,
    seed: int = 0,
    params: dict[str, Any] | None = None,
    annotations_dir: Path | None = None,
) -> dict[str, Any]:
    """Build the training set, fit the model, measure it on dev and save the artifact."""
    train_ex, dev_ex = build(data_dir, annotations_dir)
    train_ex = [*train_ex, *alone_copies(train_ex, ALONE_WEIGHT)]
    model, summary = fit_model(train_ex, {**SHIPPED_PARAMS, **(params or {})}, seed)
    metrics = dev_metrics(model, dev_ex)
    by_dataset: dict[str, dict[str, int]] = {}
    by_rule: dict[str, dict[str, int]] = {}
    for (dataset, rule, label), n in sorted(summary.items()):
        by_dataset.setdefault(dataset, dict.fromkeys(LABELS, 0))[label] += n
        by_rule.setdefault(f"{dataset}/{rule}", {})[label] = n
    return save_model(
        model,
        out_dir,
        params={k: v for k, v in model.get_params().items()},
        seed=seed,
        training_data={
            "total": int(sum(summary.values())),
            "by_dataset": by_dataset,
            "by_rule": by_rule,
            "annotations": sum(1 for ex in train_ex if ex.annotation and "@alone" not in ex.id),
            "alone_copies_weight": ALONE_WEIGHT,
            "licences": {
                "checkthat_subjectivity": "CC BY-NC-SA 4.0",
                "babe": "AGPL-3.0 (repository)",
                "polnear": "none stated",
                "ptc": "none stated",
                "webis_editorials16": "none stated",
                "written": "our own writing (the project's licence)",
            },
        },
        metrics=metrics,
        **{lexicons.MANIFEST_KEY: lexicons.fingerprint()},
    )


def babe_cross_validation(
    train: Sequence[Example],
    dev: Sequence[Example],
    params: dict[str, Any] | None = None,
    folds: int = 5,
    seed: int = 0,
) -> dict[str, Any]:
    """BABE target: writer's opinion vs entirely factual, cross-validated by document.

    Every BABE document (train and dev side) falls in one of ``folds`` folds; each fold is
    predicted by a model fitted on everything else, its own documents left out entirely
    (annotations included). A sentence counts as opinion when predicted ``framing``.
    """
    babe = [
        ex
        for ex in [*train, *dev]
        if ex.dataset == "babe" and ex.original in (BABE_OPINION, BABE_FACTUAL)
    ]
    docs = sorted({ex.doc_id for ex in babe})
    order = np.random.RandomState(seed).permutation(len(docs))
    fold_of = {docs[j]: i % folds for i, j in enumerate(order)}
    others = [ex for ex in train if ex.dataset != "babe"]
    all_babe = [ex for ex in [*train, *dev] if ex.dataset == "babe"]
    gold: list[bool] = []
    pred: list[bool] = []
    for k in range(folds):
        fit_on = others + [ex for ex in all_babe if fold_of.get(ex.doc_id, -1) != k]
        test = [ex for ex in babe if fold_of[ex.doc_id] == k]
        model, _ = fit_model(fit_on, params, seed)
        pred.extend(p == "framing" for p in model.predict([ex.input for ex in test]))
        gold.extend(ex.original == BABE_OPINION for ex in test)
    return {"macro_f1": binary_macro_f1(gold, pred), "n": len(gold), "folds": folds}
