"""Nothing lost, nothing overwritten (issue 10): each test here failed on the code before it.

The checks a user can run from the shell are here too, as subprocesses or in-process calls of
the command line: output == input refused with the input intact, a resume of another run
refused with the rows unchanged, a second writer refused, no worker left after SIGKILL, blank
records named in the output.
"""

from __future__ import annotations

import csv
import errno
import gzip
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from framing import batch, corpus, persistence, runguard
from framing.cli import main
from framing.exceptions import DataError, ModelLoadError

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory, tiny_model) -> Path:
    path = tmp_path_factory.mktemp("model") / "tiny"
    persistence.save_model(tiny_model, path)
    return path


def _corpus(path: Path, n: int, start: int = 0) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for k in range(start, start + n):
            text = f'Report {k}: the port closed on Monday. "We will reopen," Ines Berg said.'
            fh.write(json.dumps({"id": f"doc{k}", "text": text}) + "\n")


def _label(*args: str) -> list[str]:
    return ["label", *args, "-q"]


# --------------------------------------------------------------------------------------------
# 1. The output is an input


@pytest.mark.parametrize("how", ["same", "dot-spelled", "symlink", "hardlink", "txt"])
def test_output_that_is_an_input_is_refused_and_the_input_kept(tmp_path, capsys, model_dir, how):
    src = tmp_path / ("in.txt" if how == "txt" else "in.jsonl")
    if how == "txt":
        src.write_text("The port closed on Monday.", encoding="utf-8")
    else:
        _corpus(src, 5)
    before = src.read_bytes()
    out = {
        "same": src,
        "txt": src,
        "dot-spelled": Path(f"{tmp_path}/./in.jsonl"),
        "symlink": tmp_path / "link.jsonl",
        "hardlink": tmp_path / "hard.jsonl",
    }[how]
    if how == "symlink":
        out.symlink_to(src)
    elif how == "hardlink":
        os.link(src, out)
    args = _label(str(src), "--id-field", "id", "--model", str(model_dir), "-o", str(out))
    if how == "txt":
        args = _label(str(src), "--model", str(model_dir), "-o", str(out), "--format", "jsonl")
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "is the input" in err and "choose another output" in err
    assert src.read_bytes() == before


def test_input_directory_holding_the_output_directory_is_fine_but_not_the_reverse(tmp_path):
    parts = tmp_path / "parts"
    parts.mkdir()
    inside = parts / "a.jsonl"
    _corpus(inside, 1)
    with pytest.raises(DataError, match="inside the output directory"):
        runguard.refuse_output_among_inputs(parts, [inside])


# --------------------------------------------------------------------------------------------
# 2. Disk full


def test_disk_full_keeps_the_earlier_parquet_file_and_says_so(
    tmp_path, capsys, model_dir, monkeypatch
):
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "in.jsonl"
    _corpus(src, 30)
    out = tmp_path / "out.parquet"
    args = _label(str(src), "--id-field", "id", "--model", str(model_dir), "-o", str(out))
    assert main([*args, "--batch-size", "4"]) == 0
    capsys.readouterr()
    earlier = out.read_bytes()
    calls = [0]
    real = pq.ParquetWriter.write_table

    def full(self, *a, **k):
        calls[0] += 1
        if calls[0] == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, *a, **k)

    monkeypatch.setattr(pq.ParquetWriter, "write_table", full)
    assert main([*args, "--batch-size", "4"]) == 1
    err = capsys.readouterr().err
    assert "No space left" in err
    assert "is as it was before this run" in err and "--resume" not in err
    assert out.read_bytes() == earlier
    assert not Path(f"{out}.tmp").exists()


def test_disk_full_on_a_first_parquet_run_leaves_nothing_and_says_so(
    tmp_path, capsys, model_dir, monkeypatch
):
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "in.jsonl"
    _corpus(src, 10)
    out = tmp_path / "out.parquet"

    def full(self, *a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pq.ParquetWriter, "write_table", full)
    args = _label(str(src), "--id-field", "id", "--model", str(model_dir), "-o", str(out))
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "nothing was written" in err
    assert not out.exists() and not Path(f"{out}.tmp").exists()


def test_disk_full_in_a_parquet_directory_leaves_no_partial_part(tmp_path, monkeypatch):
    pq = pytest.importorskip("pyarrow.parquet")
    rows = [{"doc_id": "a", "file": "f", "line": 1, "error": "x"}]

    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    writer = corpus.open_writer(str(tmp_path / "parts"), "parquet")
    monkeypatch.setattr(pq, "write_table", full)
    with pytest.raises(OSError), writer:
        writer.write(corpus.encode_batch(rows, "parquet", False), 1)
    assert list((tmp_path / "parts").iterdir()) == []


# --------------------------------------------------------------------------------------------
# 3. Resume against a different run


def _cut(out: Path, keep_lines: int) -> None:
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:keep_lines]))


def test_resume_with_another_input_is_refused_with_rows_unchanged(tmp_path, capsys, model_dir):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    _corpus(a, 10)
    _corpus(b, 10, start=100)
    out = tmp_path / "out.jsonl"
    base = ["--id-field", "id", "--model", str(model_dir), "-o", str(out)]
    assert main(_label(str(a), *base)) == 0
    _cut(out, 7)
    kept = out.read_bytes()
    capsys.readouterr()
    assert main(_label(str(b), *base, "--resume")) == 1
    err = capsys.readouterr().err
    assert "written by a different run" in err and str(b) in err
    assert out.read_bytes() == kept


@pytest.mark.parametrize(
    ("change", "word"),
    [
        (["--text-field", "body"], "--text-field"),
        (["--summary"], "summary"),
        (["--id-field", "other"], "--id-field"),
        (["--transcript"], "transcript"),
    ],
)
def test_resume_with_other_options_is_refused_naming_them(
    tmp_path, capsys, model_dir, change, word
):
    src = tmp_path / "a.jsonl"
    _corpus(src, 6)
    out = tmp_path / "out.jsonl"
    base = ["--model", str(model_dir), "-o", str(out)]
    first = ["--id-field", "id"] if "--id-field" not in change else []
    assert main(_label(str(src), *first, *base)) == 0
    _cut(out, 3)
    kept = out.read_bytes()
    capsys.readouterr()
    id_args = [] if "--id-field" in change else ["--id-field", "id"]
    assert main(_label(str(src), *id_args, *change, *base, "--resume")) == 1
    err = capsys.readouterr().err
    assert word in err and "different run" in err
    assert out.read_bytes() == kept


def test_resume_with_the_same_file_spelled_another_way_continues_without_duplicates(
    tmp_path, capsys, model_dir, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    _corpus(tmp_path / "x.jsonl", 12)
    base = ["--model", str(model_dir), "--batch-size", "3"]
    assert main(_label("x.jsonl", *base, "-o", "ref.jsonl")) == 0
    assert main(_label("x.jsonl", *base, "-o", "out.jsonl")) == 0
    _cut(tmp_path / "out.jsonl", 9)
    for spelling in ("./x.jsonl", str(tmp_path / "x.jsonl")):
        assert main(_label(spelling, *base, "-o", "out.jsonl", "--resume")) == 0
        assert (tmp_path / "out.jsonl").read_bytes() == (tmp_path / "ref.jsonl").read_bytes()
    # FILE:LINE ids use one spelling of the path
    ids = {json.loads(x)["doc_id"] for x in (tmp_path / "out.jsonl").read_text().splitlines()}
    assert ids == {f"x.jsonl:{k}" for k in range(1, 13)}


def test_resume_of_a_file_without_a_run_record_is_refused(tmp_path, capsys, model_dir):
    src = tmp_path / "a.jsonl"
    _corpus(src, 4)
    out = tmp_path / "out.jsonl"
    out.write_text('{"doc_id": "x", "index": 0}\n', encoding="utf-8")
    before = out.read_bytes()
    assert main(_label(str(src), "--model", str(model_dir), "-o", str(out), "--resume")) == 1
    assert "no run record" in capsys.readouterr().err
    assert out.read_bytes() == before


def test_resume_after_the_input_changed_is_refused(tmp_path, capsys, model_dir):
    src = tmp_path / "a.jsonl"
    _corpus(src, 6)
    out = tmp_path / "out.jsonl"
    base = ["--id-field", "id", "--model", str(model_dir), "-o", str(out)]
    assert main(_label(str(src), *base)) == 0
    _cut(out, 2)
    with open(src, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "late", "text": "A late addition."}) + "\n")
    capsys.readouterr()
    assert main(_label(str(src), *base, "--resume")) == 1
    assert "has changed since the run began" in capsys.readouterr().err


# --------------------------------------------------------------------------------------------
# 4. Two runs, one output


def test_a_second_writer_fails_at_once_naming_the_first(tmp_path, capsys, model_dir):
    src = tmp_path / "a.jsonl"
    _corpus(src, 4)
    out = tmp_path / "out.jsonl"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from framing.runguard import OutputLock; "
            f"lock = OutputLock({str(out)!r}); lock.acquire(); "
            "print('locked', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        assert main(_label(str(src), "--model", str(model_dir), "-o", str(out))) == 1
        assert time.monotonic() - started < 10
        err = capsys.readouterr().err
        assert "being written by another run" in err and f"pid {holder.pid}" in err
        assert not out.exists()  # nothing opened, nothing truncated
    finally:
        holder.kill()
        holder.wait()
    # the lock dies with its process: the next run goes ahead
    assert main(_label(str(src), "--model", str(model_dir), "-o", str(out))) == 0


# --------------------------------------------------------------------------------------------
# 5. Workers die with their parent


def _tagged(tag: str) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if tag.encode() in (entry / "environ").read_bytes():
                pids.append(int(entry.name))
        except OSError:
            continue
    return pids


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs Linux /proc")
def test_no_worker_outlives_a_killed_parallel_run(tmp_path, model_dir):
    src = tmp_path / "in.jsonl"
    _corpus(src, 3000)
    out = tmp_path / "out.jsonl"
    tag = f"FRAMING_ORPHAN_TEST={os.getpid()}-{time.monotonic_ns()}"
    key, value = tag.split("=")
    env = {**os.environ, "PYTHONPATH": str(REPO), key: value}
    cmd = [sys.executable, "-m", "framing.cli", *_label(str(src), "--model", str(model_dir))]
    proc = subprocess.Popen(
        [*cmd, "-j", "2", "--batch-size", "8", "-o", str(out)], env=env, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (out.exists() and out.stat().st_size > 2000):
        time.sleep(0.01)
    assert len(_tagged(tag)) >= 3, "the run did not start its workers"  # parent + 2 workers
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and _tagged(tag):
        time.sleep(0.1)
    left = _tagged(tag)
    for pid in left:  # do not leave them behind for the next test
        os.kill(pid, signal.SIGKILL)
    assert left == [], "processes of the killed run still alive after 5 s"


# --------------------------------------------------------------------------------------------
# 6. Blank documents


def test_blank_records_are_named_in_sentence_output(tmp_path, capsys, model_dir):
    src = tmp_path / "in.jsonl"
    src.write_text(
        "\n".join(
            json.dumps(r)
            for r in [
                {"id": "a", "text": "The port closed on Monday."},
                {"id": "blank", "text": "  \n\t "},
                {"id": "empty", "text": ""},
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    for suffix in (".jsonl", ".csv"):
        out = tmp_path / f"out{suffix}"
        args = _label(str(src), "--id-field", "id", "--model", str(model_dir), "-o", str(out))
        assert main(args) == 0
        if suffix == ".jsonl":
            rows = [json.loads(x) for x in out.read_text().splitlines()]
        else:
            rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
        marked = {r["doc_id"]: r["warning"] for r in rows if r.get("warning")}
        assert marked == {"blank": "empty text", "empty": "empty text"}
    assert "3 documents read, 3 labeled" in capsys.readouterr().err


def test_blank_records_get_a_row_in_label_dataframe(tiny_model):
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"text": ["Rain fell.", " "], "id": ["x", "y"]})
    got = batch.label_dataframe(df, "text", "id", model=tiny_model)
    assert list(got["doc_id"]) == ["x", "y"]
    assert got["warning"].tolist()[1] == "empty text" and pd.isna(got["index"].iloc[1])


# --------------------------------------------------------------------------------------------
# 7. CSV with a lone CR


def test_csv_with_a_lone_cr_round_trips_and_resumes(tmp_path, capsys, model_dir):
    pd = pytest.importorskip("pandas")
    src = tmp_path / "in.jsonl"
    docs = [{"id": f"id\r{k}", "text": f"Line one\rstill {k}. The port closed."} for k in range(6)]
    src.write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    out, ref = tmp_path / "out.csv", tmp_path / "ref.csv"
    base = ["--id-field", "id", "--model", str(model_dir), "--batch-size", "2"]
    assert main(_label(str(src), *base, "-o", str(ref))) == 0
    with open(ref, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["doc_id"] for r in rows} == {d["id"] for d in docs}
    frame = pd.read_csv(ref, keep_default_na=False)
    assert len(frame) == len(rows) and set(frame["doc_id"]) == {d["id"] for d in docs}
    assert main(_label(str(src), *base, "-o", str(out))) == 0
    data = out.read_bytes()
    out.write_bytes(data[: len(data) * 2 // 3])
    assert main(_label(str(src), *base, "-o", str(out), "--resume")) == 0
    assert out.read_bytes() == ref.read_bytes()


# --------------------------------------------------------------------------------------------
# 8. A corrupt Parquet row group


def test_one_corrupt_row_group_costs_only_its_rows(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "in.parquet"
    texts = [f"Document {k} says the port closed on Monday." for k in range(300)]
    table = pa.table({"id": [f"d{k}" for k in range(300)], "text": texts})
    pq.write_table(table, path, row_group_size=100, compression="NONE")
    meta = pq.ParquetFile(path).metadata
    col = meta.row_group(1).column(1)  # the text column of the middle group
    data = bytearray(path.read_bytes())
    start = col.dictionary_page_offset if col.has_dictionary_page else col.data_page_offset
    data[start : start + col.total_compressed_size] = b"\xff" * col.total_compressed_size
    path.write_bytes(bytes(data))
    records = list(corpus.iter_records([str(path)], id_field="id"))
    errors = [r for r in records if r.error]
    good = [r for r in records if not r.error]
    assert len(errors) == 1 and "rows 101-200" in errors[0].error
    assert [r.doc_id for r in good] == [f"d{k}" for k in range(100)] + [
        f"d{k}" for k in range(200, 300)
    ]


# --------------------------------------------------------------------------------------------
# 10. The model is read once


def test_the_artifact_is_read_once_hashed_and_unpickled_from_the_same_bytes(model_dir, monkeypatch):
    import builtins

    opened = []
    real_open = builtins.open

    def counting(file, *a, **k):
        if str(file).endswith(persistence.MODEL_FILE):
            opened.append(str(file))
        return real_open(file, *a, **k)

    monkeypatch.setattr(builtins, "open", counting)
    persistence.load_model(model_dir)
    assert len(opened) == 1


def test_a_model_swapped_after_the_check_is_never_unpickled(tmp_path, model_dir, monkeypatch):
    """The bytes that pass the checksum are the bytes unpickled, whatever the file holds after."""
    import shutil

    import joblib

    copy = tmp_path / "m"
    shutil.copytree(model_dir, copy)
    loaded = []
    real = joblib.load

    def spy(source, *a, **k):
        (copy / persistence.MODEL_FILE).write_bytes(b"swapped: not a pickle")  # the swap
        loaded.append(source)
        return real(source, *a, **k)

    monkeypatch.setattr(joblib, "load", spy)
    model = persistence.load_model(copy)
    assert hasattr(model, "predict_proba")
    assert not isinstance(loaded[0], str | Path)  # an in-memory buffer, not the path


# --------------------------------------------------------------------------------------------
# 11. Bounded memory per document


def test_an_overlong_document_is_an_error_row_and_is_not_read_whole(tmp_path, capsys, model_dir):
    bomb = tmp_path / "bomb.txt.gz"
    with gzip.open(bomb, "wb") as fh:
        for _ in range(50):
            fh.write(b" " * (1 << 20))  # 50 MB of spaces in a small file
    ok = tmp_path / "ok.txt"
    ok.write_text("The port closed on Monday.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = _label(str(bomb), str(ok), "--model", str(model_dir), "-o", str(out))
    assert main([*args, "--max-doc-chars", "1000"]) == 0
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert "longer than --max-doc-chars" not in rows[0]["error"]  # the library's words
    assert "longer than max_doc_chars" in rows[0]["error"]
    assert rows[1]["label"] in ("fact", "claim", "framing")


def test_an_overlong_jsonl_line_is_skipped_and_the_next_read(tmp_path):
    src = tmp_path / "in.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "x" * 50_000}) + "\n")
        fh.write(json.dumps({"text": "The port closed."}) + "\n")
    records = list(corpus.iter_records([str(src)], max_doc_chars=1000))
    assert records[0].error and "longer than max_doc_chars" in records[0].error
    assert records[1].text == "The port closed."


def test_label_corpus_refuses_an_overlong_text(tiny_model):
    rows = list(batch.label_corpus([("a", "word " * 300)], model=tiny_model, max_doc_chars=100))
    assert rows[0]["error"].startswith("the text is longer than max_doc_chars")


# --------------------------------------------------------------------------------------------
# 12. The smaller ones


def test_a_deeply_nested_or_huge_manifest_is_a_model_load_error(tmp_path, model_dir):
    import shutil

    copy = tmp_path / "m"
    shutil.copytree(model_dir, copy)
    manifest = copy / persistence.MANIFEST_FILE
    manifest.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(ModelLoadError, match="nested too deeply"):
        persistence.load_model(copy)
    manifest.write_text(" " * (persistence.MAX_MANIFEST_BYTES + 10) + "{}", encoding="utf-8")
    with pytest.raises(ModelLoadError, match="larger than"):
        persistence.load_model(copy)


def test_utf16_input_gets_a_hint(tmp_path):
    src = tmp_path / "a.txt"
    src.write_bytes("The port closed.".encode("utf-16"))
    (rec,) = corpus.iter_records([str(src)])
    assert "looks like UTF-16" in rec.error


def test_a_dangling_symlink_in_a_directory_is_named(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Rain fell.", encoding="utf-8")
    (folder / "b.txt").symlink_to(tmp_path / "missing.txt")
    records = list(corpus.iter_records([str(folder)]))
    assert [r.error is None for r in records] == [True, False]
    assert "dangling symbolic link" in records[1].error


def test_a_directory_with_no_matching_file_is_an_error_naming_what_was_skipped(
    tmp_path, capsys, model_dir
):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.jsonl").write_text('{"text": "x"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(_label(str(folder), "--model", str(model_dir), "-o", str(out))) == 1
    err = capsys.readouterr().err
    assert "no input in directory" in err and "a.jsonl" in err and "--input-format" in err
    assert not out.exists()


def test_quiet_help_says_the_summary_line_is_still_printed(capsys):
    with pytest.raises(SystemExit):
        main(["label", "--help"])
    assert "summary" in capsys.readouterr().out.split("--quiet")[1][:200]


def test_a_cold_start_from_many_threads_loads_the_model_once(monkeypatch, tiny_model):
    persistence._shipped_cached.cache_clear()
    calls = []

    def slow_load(path, trusted=False):
        calls.append(path)
        time.sleep(0.2)
        return tiny_model

    monkeypatch.setattr(persistence, "load_model", slow_load)
    got = []
    threads = [threading.Thread(target=lambda: got.append(persistence.load())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    persistence._shipped_cached.cache_clear()
    assert len(calls) == 1 and len(got) == 8
