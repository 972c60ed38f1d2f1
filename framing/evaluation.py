"""Evaluation: per-label precision/recall/F1, macro-F1, confusion matrix and calibration.

`evaluate_file` scores a JSONL of ``{"text", "label"}`` rows. The project's dev targets on the
shared data (`framing.training.dev_metrics`, `babe_cross_validation`) are built from these.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support

from framing.corpus._jsonl import json_lines
from framing.exceptions import DataError
from framing.features import SentenceInput
from framing.types import LABELS

__all__ = [
    "binary_macro_f1",
    "classification_metrics",
    "evaluate_file",
    "evaluate_inputs",
    "expected_calibration_error",
    "format_report",
    "read_labeled_jsonl",
]


def expected_calibration_error(
    proba: np.ndarray, y_true: Sequence[str], classes: Sequence[str], bins: int = 10
) -> float:
    """ECE of the top-label confidence over equal-width bins."""
    if len(y_true) == 0:
        return 0.0
    conf = proba.max(axis=1)
    pred = np.asarray(classes, dtype=object)[proba.argmax(axis=1)]
    correct = pred == np.asarray(y_true, dtype=object)
    edges = np.linspace(0.0, 1.0, bins + 1)
    ece = 0.0
    for lo, hi in pairwise(edges):
        mask = (conf > lo) & (conf <= hi)
        if mask.any():
            ece += mask.mean() * abs(correct[mask].mean() - conf[mask].mean())
    return float(ece)


def classification_metrics(
    y_true: Sequence[str], y_pred: Sequence[str], labels: Sequence[str] = LABELS
) -> dict[str, Any]:
    """Per-label P/R/F1/support, macro-F1, accuracy and the confusion matrix (rows = gold)."""
    p, r, f, s = precision_recall_fscore_support(
        y_true, y_pred, labels=list(labels), zero_division=0
    )
    return {
        "per_label": {
            label: {
                "precision": round(float(p[i]), 4),
                "recall": round(float(r[i]), 4),
                "f1": round(float(f[i]), 4),
                "support": int(s[i]),
            }
            for i, label in enumerate(labels)
        },
        "macro_f1": round(float(np.mean(f)), 4),
        "accuracy": round(float(np.mean(np.asarray(y_true) == np.asarray(y_pred))), 4),
        "labels": list(labels),
        "confusion_matrix": confusion_matrix(y_true, y_pred, labels=list(labels)).tolist(),
        "n": len(y_true),
    }


def evaluate_inputs(model: Any, inputs: Sequence[object], y_true: Sequence[str]) -> dict[str, Any]:
    """Three-way metrics plus expected calibration error for ``model`` on ``inputs``."""
    proba = model.predict_proba(list(inputs))
    classes = [str(c) for c in model.classes_]
    pred = [classes[i] for i in proba.argmax(axis=1)]
    out = classification_metrics(y_true, pred)
    out["ece"] = round(expected_calibration_error(proba, y_true, classes), 4)
    return out


def read_labeled_jsonl(path: str | Path) -> tuple[list[SentenceInput], list[str]]:
    """Rows ``{"text", "label"}`` (optional ``in_quote``, ``prev``, ``next``) of a JSONL file."""
    inputs, labels = [], []
    for n, row in json_lines(path):
        try:
            text, label = row["text"], row["label"]
        except (KeyError, TypeError) as exc:
            raise DataError(f"{path}:{n}: expected a JSON object with text and label") from exc
        if label not in LABELS:
            raise DataError(f"{path}:{n}: label {label!r} is not one of {list(LABELS)}")
        inputs.append(
            SentenceInput(text, bool(row.get("in_quote")), row.get("prev", ""), row.get("next", ""))
        )
        labels.append(label)
    if not labels:
        raise DataError(f"{path}: no labeled rows")
    return inputs, labels


def evaluate_file(model: Any, path: str | Path) -> dict[str, Any]:
    """Metrics of ``model`` on a labeled JSONL file."""
    inputs, labels = read_labeled_jsonl(path)
    return evaluate_inputs(model, inputs, labels)


def binary_macro_f1(y_true: Sequence[bool], y_pred: Sequence[bool]) -> float:
    """Macro-F1 of a two-class task given as booleans."""
    return round(float(f1_score(y_true, y_pred, average="macro")), 4)


def format_report(metrics: dict[str, Any], title: str = "") -> str:
    """A plain-text table of per-label scores, macro-F1, ECE and the confusion matrix."""
    lines = [title] if title else []
    lines.append(f"{'label':<10}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}")
    for label, m in metrics["per_label"].items():
        lines.append(
            f"{label:<10}{m['precision']:>10.3f}{m['recall']:>10.3f}{m['f1']:>10.3f}"
            f"{m['support']:>10d}"
        )
    lines.append(f"macro-F1 {metrics['macro_f1']:.3f}   accuracy {metrics['accuracy']:.3f}")
    if "ece" in metrics:
        lines.append(f"expected calibration error {metrics['ece']:.3f}")
    labels = metrics["labels"]
    lines.append("confusion matrix (rows = gold, columns = predicted)")
    lines.append(" " * 10 + "".join(f"{label:>10}" for label in labels))
    for label, row in zip(labels, metrics["confusion_matrix"], strict=True):
        lines.append(f"{label:<10}" + "".join(f"{v:>10d}" for v in row))
    return "\n".join(lines)
