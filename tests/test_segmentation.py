"""Tests for framing.segmentation: the tricky-boundary file, exact offsets, robustness."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.segmentation import MAX_SENTENCE_CHARS, split_sentences

CASES_FILE = Path(__file__).parent / "data" / "boundaries.txt"
_ESCAPE = re.compile(r"\\(n|r|t|\\|u[0-9a-fA-F]{4})")
_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\"}


def _unescape(line: str) -> str:
    return _ESCAPE.sub(
        lambda m: _ESCAPES.get(m.group(1)) or chr(int(m.group(1)[1:], 16)),
        line,
    )


def load_cases(path: Path = CASES_FILE) -> list[tuple[str, list[tuple[int, int]]]]:
    """``(text, gold spans)`` per case of the boundary file (format: see its header)."""
    cases = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        raw = _unescape(line)
        text = raw.replace(" || ", " ").replace("||", "")
        spans, pos = [], 0
        for piece in raw.split("||"):
            sentence = piece.strip()
            start = text.index(sentence, pos)
            spans.append((start, start + len(sentence)))
            pos = start + len(sentence)
        cases.append((text, spans))
    return cases


CASES = load_cases()


def check_invariants(text: str, spans: list[tuple[int, int]]) -> None:
    """Exact stripped offsets, in order, non-overlapping, covering all non-whitespace."""
    assert isinstance(spans, list)
    prev_end = 0
    for start, end in spans:
        assert isinstance(start, int) and isinstance(end, int)
        assert prev_end <= start < end <= len(text)
        sentence = text[start:end]
        assert sentence == sentence.strip(), (start, end, sentence)
        assert not text[prev_end:start].strip(), "non-whitespace left between sentences"
        assert end - start <= MAX_SENTENCE_CHARS
        prev_end = end
    assert not text[prev_end:].strip(), "non-whitespace left after the last sentence"


def _starts(spans: list[tuple[int, int]]) -> set[int]:
    return {start for start, _ in spans[1:]}


def test_boundary_file_is_big_enough() -> None:
    assert len(CASES) >= 150
    assert sum(len(gold) - 1 for _, gold in CASES) >= 150


def test_boundary_f1() -> None:
    tp = fp = fn = 0
    wrong = []
    for text, gold in CASES:
        pred = split_sentences(text)
        predicted, expected = _starts(pred), _starts(gold)
        tp += len(predicted & expected)
        fp += len(predicted - expected)
        fn += len(expected - predicted)
        if pred != gold:
            wrong.append([text[s:e] for s, e in pred])
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.98, f"boundary F1 {f1:.3f}; wrong cases: {wrong}"


@pytest.mark.parametrize(("text", "gold"), CASES, ids=[t[:40] for t, _ in CASES])
def test_offsets_on_every_case(text: str, gold: list[tuple[int, int]]) -> None:
    check_invariants(text, split_sentences(text))


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr. Lee met Gov. Park in the U.S. capital.",
            ["Dr. Lee met Gov. Park in the U.S. capital."],
        ),
        ("It grew 3.5 percent. Costs fell.", ["It grew 3.5 percent.", "Costs fell."]),
        ('"No," he said. "Never."', ['"No," he said.', '"Never."']),
        (
            "Storm Nears Coast\nResidents were told to leave.",
            ["Storm Nears Coast", "Residents were told to leave."],
        ),
        ("Points:\n- one\n- two", ["Points:", "- one", "- two"]),
        ("a\r\n\r\nb", ["a", "b"]),
        ("wrapped in the\nmiddle of a sentence.", ["wrapped in the\nmiddle of a sentence."]),
        ("He waited... and waited. Then he left…", ["He waited... and waited.", "Then he left…"]),
    ],
)
def test_must_haves(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize("text", ["", " ", "\n\n", " \t\r\n\u2028\u2029\xa0\u3000 "])
def test_empty_and_whitespace_only(text: str) -> None:
    assert split_sentences(text) == []


def test_rejects_non_str() -> None:
    with pytest.raises(TypeError):
        split_sentences(b"bytes")  # type: ignore[arg-type]


def test_long_unpunctuated_text_is_capped() -> None:
    text = "word " * 200_000  # 1 MB, no punctuation, no line break
    spans = split_sentences(text)
    check_invariants(text, spans)
    assert len(spans) >= len(text) // MAX_SENTENCE_CHARS


@pytest.mark.parametrize(
    "text",
    [
        "x" * 300_000,  # no whitespace at all: hard cuts
        "a" + " " * 300_000 + "b",  # one huge whitespace run inside a line
        "." * 100_000 + " " + "!" * 100_000,
        ".\n" * 100_000,
        "\n" * 100_000 + "end",
    ],
    ids=["no-whitespace", "space-run", "punctuation-runs", "dot-lines", "newline-run"],
)
def test_pathological_inputs(text: str) -> None:
    check_invariants(text, split_sentences(text))


def test_control_zero_width_and_emoji() -> None:
    text = "Ctrl\x00chars\x07 here. Zero\u200bwidth.\u200b Emoji 👍🏽 work! \ufeffBOM text."
    spans = split_sentences(text)
    check_invariants(text, spans)
    assert len(spans) == 4


def test_shipped_punkt_data() -> None:
    path = resources.files("framing") / "data" / "punkt_params.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert {"abbreviations", "sentence_starters", "lowercase_words", "punkt"} <= data.keys()
    assert {"calif", "u.s", "deut"} <= set(data["abbreviations"])
    assert "markets" in data["lowercase_words"] and "senate" not in data["lowercase_words"]
    # Neither "Deut." nor "Markets" is in a curated list: this is what Punkt learned.
    assert _sentences("Read Deut. 6 tonight.") == ["Read Deut. 6 tonight."]
    assert _sentences("Rates rose in the U.S. Markets fell.") == [
        "Rates rose in the U.S.",
        "Markets fell.",
    ]
    assert _sentences("The U.S. Senate voted.") == ["The U.S. Senate voted."]


_TRICKY = st.sampled_from(
    list("aZ .!?…\"'“”‘’()-*•1\n\r\t\x0b\x0c\x85\u2028\u2029\u200b\xa0\x00😀")
) | st.sampled_from(["Dr.", "U.S.", " the ", "\r\n", "\n\n", "...", " Inc. ", "- ", "1. ", "J. "])


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_invariants_on_any_text(text: str) -> None:
    check_invariants(text, split_sentences(text))


@settings(max_examples=400, deadline=None)
@given(st.lists(_TRICKY, max_size=60).map("".join))
def test_invariants_on_tricky_text(text: str) -> None:
    check_invariants(text, split_sentences(text))
