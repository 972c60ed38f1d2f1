"""The command line: in-process through `main`, and the installed console script."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from framing.cli import main

ARTICLE = (
    "Storm closes port\n\n"
    "The port of Halden closed on Monday after a storm damaged two cranes. "
    '"We expect to reopen within a week," the harbour master, Ines Berg, told reporters. '
    "The closure will surely deepen the region's economic misery.\n"
)


def _rows(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_label_file_rows_cut_the_sentence_out(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["label", str(path)]) == 0
    rows = _rows(capsys.readouterr().out)
    assert len(rows) >= 4
    for i, row in enumerate(rows):
        assert row["doc_id"] == str(path)
        assert row["index"] == i
        assert ARTICLE[row["start"] : row["end"]] == row["text"]
        assert row["label"] in ("claim", "fact", "framing")
        assert abs(sum(row["probabilities"].values()) - 1) < 1e-6
        for key in ("source", "cue"):
            span = row[key]
            assert span is None or ARTICLE[span["start"] : span["end"]] == span["text"]


def test_label_directory_and_output_file(tmp_path):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text("The bridge opened in 1998.", encoding="utf-8")
    (tmp_path / "in" / "sub" / "b.txt").write_text("Officials said it was safe.", encoding="utf-8")
    (tmp_path / "in" / "skip.md").write_text("Not a text file.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["label", str(tmp_path / "in"), "-o", str(out)]) == 0
    docs = {row["doc_id"] for row in _rows(out.read_text(encoding="utf-8"))}
    assert docs == {str(tmp_path / "in" / "a.txt"), str(tmp_path / "in" / "sub" / "b.txt")}


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    import framing

    assert framing.__version__ in capsys.readouterr().out
    for command in ("label", "train", "evaluate"):
        with pytest.raises(SystemExit) as exc:
            main([command, "--help"])
        assert exc.value.code == 0
        assert "usage: framing " + command in capsys.readouterr().out


def test_evaluate_prints_scores_and_confusion_matrix(tmp_path, capsys, tiny_model, tiny):
    from framing.persistence import save_model

    save_model(tiny_model, tmp_path / "m")
    X, y = tiny
    data = tmp_path / "dev.jsonl"
    data.write_text(
        "".join(json.dumps({"text": t, "label": lab}) + "\n" for t, lab in zip(X, y, strict=True))
    )
    assert main(["evaluate", "--data", str(data), "--model", str(tmp_path / "m")]) == 0
    out = capsys.readouterr().out
    assert "macro-F1" in out and "confusion matrix" in out and "calibration" in out
    assert main(["evaluate", "--data", str(data), "--model", str(tmp_path / "m"), "--json"]) == 0
    metrics = json.loads(capsys.readouterr().out)
    assert metrics["n"] == len(X)
    assert sum(map(sum, metrics["confusion_matrix"])) == len(X)


def test_installed_console_script_reads_stdin(tmp_path):
    exe = shutil.which("framing")
    if exe is None:
        pytest.skip("the framing console script is not installed (run `pip install .`)")
    proc = subprocess.run(
        [exe, "label", "-"],
        input=ARTICLE,
        capture_output=True,
        text=True,
        cwd=tmp_path,  # away from the source tree: the installed package must be complete
        timeout=120,
        check=True,
    )
    rows = _rows(proc.stdout)
    assert rows and all(ARTICLE[r["start"] : r["end"]] == r["text"] for r in rows)
    version = subprocess.run([exe, "--version"], capture_output=True, text=True, check=True)
    assert version.stdout.startswith("framing ")


def test_module_entry_point(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "framing.cli", "--version"], capture_output=True, text=True
    )
    assert proc.returncode == 0 and "framing" in proc.stdout


# --------------------------------------------------------------------------------------------
# Every command answers bad input with one line on stderr and a non-zero exit


def _bad_input(tmp_path: Path, command: str, case: str) -> list[str]:
    data = tmp_path / ("data" if command == "train" else "in.jsonl")
    if command == "report" and case != "malformed":
        data = tmp_path / "in.txt"
    if command == "train":
        data.mkdir()
        if case == "malformed":
            return ["train", "--data", str(data), "--out", str(tmp_path / "m"), "--params", "{x"]
        if case == "missing model":  # train makes a model: its missing input is the data
            return ["train", "--data", str(data), "--out", str(tmp_path / "m")]
        return ["train", "--data", str(data), "--out", str(tmp_path / "m")]
    data.write_bytes(b"" if case == "empty" else b'{"text": "x", "label": \xff\n{nope\n')
    model = ["--model", str(tmp_path / "no-model")] if case == "missing model" else []
    if command == "label":
        return ["label", str(data), *model]
    if command == "evaluate":
        return ["evaluate", "--data", str(data), *model]
    return ["report", str(data), *model]


@pytest.mark.parametrize("case", ["missing model", "empty", "malformed"])
@pytest.mark.parametrize("command", ["label", "train", "evaluate", "report"])
def test_bad_input_is_one_line_and_a_nonzero_exit(tmp_path, capsys, command, case):
    if command == "label" and case != "missing model":
        pytest.skip("label turns an unreadable record into an error row and goes on (by design)")
    code = main(_bad_input(tmp_path, command, case))
    err = capsys.readouterr().err
    assert code != 0
    assert len(err.splitlines()) == 1 and err.startswith(f"framing {command}: "), err
    assert "Traceback" not in err
