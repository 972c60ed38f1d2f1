"""Shared fixtures: a tiny model trained on sentences we wrote, and the shared-data path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from framing.model import FramingClassifier

HERE = Path(__file__).parent
SHARED_DATA = HERE.parent.parent / "shared" / "data"


def tiny_data() -> tuple[list[str], list[str]]:
    with open(HERE / "data" / "tiny_train.jsonl", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    return [r["text"] for r in rows], [r["label"] for r in rows]


@pytest.fixture(scope="session")
def tiny() -> tuple[list[str], list[str]]:
    return tiny_data()


@pytest.fixture(scope="session")
def tiny_model(tiny: tuple[list[str], list[str]]) -> FramingClassifier:
    X, y = tiny
    return FramingClassifier(min_df=1).fit(X, y)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not (SHARED_DATA / "polnear" / "sentences.jsonl").exists():
        pytest.skip(f"needs the shared datasets at {SHARED_DATA} (absent in a user's clone)")
    return SHARED_DATA
