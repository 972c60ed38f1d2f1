"""The learned cue scorer of `framing.explain`: it keeps, among the candidates of the word
lists, those an annotator would call framing in their use; its weights ship as plain JSON and
`tools/train_cue_scorer.py` rebuilds them from our judged cues."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from framing import explain
from framing.explain import candidate_cues, cue_features, cue_score, framing_cues

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "annotations" / "cues"
FIELDS = ["sentence_id", "cue_start", "cue_end", "kind", "judgement"]

OWN = [
    "This shameful and utterly reckless decision is a disgrace!",
    "Perhaps the minister simply forgot, but the plan will surely fail.",
    "Critics say the deal is a disaster, and the mayor must resign.",
    "Almost 300 people attended the very first meeting of the club.",
    "The new rule clearly shows how little the council cares about its tenants.",
    "Is this really the best the government can do?",
]


def _shown(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in framing_cues(text)]


def test_the_weights_ship_as_plain_json() -> None:
    raw = json.loads((resources.files("framing") / "data" / explain.WEIGHTS_FILE).read_text())
    assert 0.0 < raw["threshold"] < 1.0
    assert raw["weights"] and all(isinstance(v, float) for v in raw["weights"].values())
    assert list(raw["weights"]) == sorted(raw["weights"])
    assert raw["data"]["judged"] >= 500


@pytest.mark.parametrize("text", OWN)
def test_shown_cues_are_candidates_scored_at_or_above_the_threshold(text: str) -> None:
    threshold = json.loads(
        (resources.files("framing") / "data" / explain.WEIGHTS_FILE).read_text()
    )["threshold"]
    shown = framing_cues(text)
    for start, end, kind in candidate_cues(text):
        score = cue_score(text, start, end, kind)
        assert score is not None and 0.0 < score < 1.0
        assert ((start, end, kind) in shown) == (score >= threshold - 1e-9), text[start:end]
    assert set(shown) <= set(candidate_cues(text))


def test_a_long_text_is_scored_whole() -> None:
    """A text of 5,000 words and 3,000 candidates (their shared facts computed once per text)
    is scored, and its cues are words its repeated sentence offers."""
    one = "The crisis will surely come. "
    cues = framing_cues(one)
    long = one * 1000
    got = framing_cues(long)
    assert len(got) > 0 and {long[a:b] for a, b, _ in got} <= {one[a:b] for a, b, _ in cues} | {"?"}


def test_without_the_weight_file_every_candidate_is_shown(monkeypatch) -> None:
    monkeypatch.setattr(explain, "_scorer", lambda: None)
    for text in OWN:
        assert framing_cues(text) == candidate_cues(text)
        assert all(cue_score(text, *c) is None for c in candidate_cues(text))


def test_features_name_the_word_its_neighbours_and_the_sentence() -> None:
    text = "Critics say the reckless plan will fail."
    feats = cue_features(text, 16, 24, "evaluative")
    assert {"k=evaluative", "w=reckless", "p=the", "n=plan", "prev_det", "report_before"} <= set(
        feats
    )
    with pytest.raises(ValueError, match="not a candidate"):
        cue_features(text, 0, 7, "evaluative")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a verdict in the writer's own voice keeps its judging words
        (OWN[0], {"shameful", "reckless", "!"}),
        ("The government must act now to stop this disgraceful waste.", {"must", "disgraceful"}),
        (OWN[5], {"?"}),
    ],
)
def test_judging_words_stay(text: str, kept: set[str]) -> None:
    assert kept <= set(_shown(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a word that sizes or picks out something is a measure, not a judgement
        ("The company employs almost 300 people in the town.", "almost"),
    ],
)
def test_measuring_words_go(text: str, word: str) -> None:
    assert word in [text[a:b] for a, b, _ in candidate_cues(text)]
    assert word not in _shown(text)


def test_judged_cues_are_committed_as_ids_and_judgements_only() -> None:
    files = sorted(JUDGED.glob("*.csv"))
    assert any(p.name.startswith("train-") for p in files)
    assert any(p.name.startswith("dev-") for p in files)
    for path in files:
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            assert reader.fieldnames is not None
            # ids, offsets, kind and judgements only: no column may carry text
            assert reader.fieldnames in (FIELDS, [*FIELDS, "judgement_b"]), path.name
            for row in reader:
                _doc, span = row["sentence_id"].rsplit("#", 1)
                a, b = (int(x) for x in span.split("-"))
                assert a <= int(row["cue_start"]) < int(row["cue_end"]) <= b
                assert row["kind"] in explain.CUE_KINDS
                assert row["judgement"] in ("yes", "no")
                assert row.get("judgement_b", "yes") in ("yes", "no")


@pytest.mark.slow
def test_the_tool_rebuilds_the_shipped_weights(tmp_path: Path, shared_data: Path) -> None:
    shipped = resources.files("framing") / "data" / explain.WEIGHTS_FILE
    out = tmp_path / "w.json"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "train_cue_scorer.py"),
            "--data",
            str(shared_data),
            "--out",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == shipped.read_bytes()
