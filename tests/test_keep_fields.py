"""Kept input fields (``--keep-fields``, ``keep_fields=``): every row, every format, resume."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from framing import corpus
from framing.cli import main

KEEP = ("outlet", "date", "url")
RECORDS = [
    {
        "id": "a",
        "text": "The port closed on Monday. Officials said it would reopen.",
        "outlet": "Daily Ü",
        "date": "2024-03-01",
        "url": "https://example.org/a",
    },
    {"id": "b", "text": "   ", "outlet": "Weekly", "date": "2024-04-02", "url": "u-b"},
    {"id": "c", "body": "no text field here", "outlet": "Weekly", "date": "2024-04-03"},
    {"id": "d", "text": "Rain fell for three days.", "outlet": "Daily Ü"},
]
# what each document's rows must carry (a field a record lacks is null)
WANT = {r["id"]: {f: r.get(f) for f in KEEP} for r in RECORDS}


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory, tiny_model) -> Path:
    from framing.persistence import save_model

    path = tmp_path_factory.mktemp("model") / "tiny"
    save_model(tiny_model, path)
    return path


def _write_input(tmp_path: Path, fmt: str) -> Path:
    path = tmp_path / f"in.{fmt}"
    if fmt == "jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    elif fmt == "csv":
        # CSV has a text column in every row; "c" gets an empty id to make it an error row
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["id", "text", "outlet", "date", "url"])
            for r in RECORDS:
                w.writerow(
                    [
                        r["id"] if "text" in r else "",
                        r.get("text", ""),
                        r.get("outlet", ""),
                        r.get("date", ""),
                        r.get("url", ""),
                    ]
                )
    else:
        pa = pytest.importorskip("pyarrow")
        import pyarrow.parquet as pq

        cols = {k: [r.get(k) for r in RECORDS] for k in ("id", "text", *KEEP)}
        pq.write_table(pa.table(cols), path)
    return path


def _read_output(path: Path, fmt: str) -> tuple[list[str], list[dict]]:
    if fmt == "jsonl":
        rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
        return [], rows
    if fmt == "csv":
        with open(path, newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            rows = [{k: (v if v != "" else None) for k, v in r.items()} for r in reader]
            return list(reader.fieldnames or []), rows
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    return table.column_names, table.to_pylist()


def _doc(row: dict) -> str:
    doc = str(row["doc_id"])
    if doc.startswith("in."):  # error rows of a record without an id: FILE:LINE
        return "c"
    return doc


@pytest.mark.parametrize("summary", [False, True])
@pytest.mark.parametrize("out_fmt", ["jsonl", "csv", "parquet"])
@pytest.mark.parametrize("in_fmt", ["jsonl", "csv", "parquet"])
def test_kept_fields_round_trip_in_every_format(
    tmp_path, model_dir, in_fmt, out_fmt, summary, monkeypatch
):
    if "parquet" in (in_fmt, out_fmt):
        pytest.importorskip("pyarrow")
    monkeypatch.chdir(tmp_path)
    src = _write_input(tmp_path, in_fmt)
    out = tmp_path / f"out.{out_fmt}"
    argv = [
        "label",
        src.name,
        "--id-field",
        "id",
        "-o",
        out.name,
        "--model",
        str(model_dir),
        "--keep-fields",
        ",".join(KEEP),
        "-q",
    ]
    assert main(argv + (["--summary"] if summary else [])) == 0
    names, rows = _read_output(out, out_fmt)
    if out_fmt != "jsonl":
        assert names == corpus.columns(summary, KEEP)  # kept fields after the fixed columns
    seen = set()
    for row in rows:
        doc = _doc(row)
        seen.add(doc)
        want = dict(WANT[doc])
        got = {f: row[f] for f in KEEP}
        if in_fmt == "csv":  # CSV has no null: a missing field is an empty cell
            want = {k: v or None for k, v in want.items()}
            got = {k: v or None for k, v in got.items()}
        assert got == want, (doc, row)
        if out_fmt == "jsonl":
            assert list(row)[-len(KEEP) :] == list(KEEP)
    assert seen == {"a", "b", "c", "d"}  # sentence, blank, error and short rows all carry them
    kinds = {_doc(r): r for r in rows}
    assert kinds["c"]["error"]
    if not summary:
        assert kinds["b"]["warning"] == corpus.EMPTY_TEXT


def test_kept_field_values_in_jsonl_keep_their_json_type(tmp_path, model_dir, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": "The port closed.", "n": 3, "tags": ["x"]}) + "\n")
    assert (
        main(["label", str(src), "--model", str(model_dir), "--keep-fields", "n,tags", "-q"]) == 0
    )
    row = json.loads(capsys.readouterr().out.splitlines()[0])
    assert (row["n"], row["tags"]) == (3, ["x"])


def test_a_resume_with_other_kept_fields_is_refused(tmp_path, model_dir, capsys):
    src = _write_input(tmp_path, "jsonl")
    out = tmp_path / "out.jsonl"
    base = ["label", str(src), "--id-field", "id", "-o", str(out), "--model", str(model_dir), "-q"]
    assert main([*base, "--keep-fields", "outlet"]) == 0
    record = json.loads((tmp_path / "out.jsonl.run.json").read_text())
    assert record["options"]["keep_fields"] == ["outlet"]
    capsys.readouterr()
    assert main([*base, "--keep-fields", "outlet,date", "--resume"]) == 1
    assert "--keep-fields was ['outlet'], now ['outlet', 'date']" in capsys.readouterr().err
    assert main([*base, "--keep-fields", "outlet", "--resume"]) == 0


def test_a_run_record_from_before_keep_fields_resumes_without_them():
    from framing.runguard import RunRecord

    old = RunRecord((), {"summary": False})
    assert old.difference(RunRecord((), {"summary": False, "keep_fields": []})) is None
    assert "keep_fields" in str(
        old.difference(RunRecord((), {"summary": False, "keep_fields": ["outlet"]}))
    )


def test_a_kept_field_that_is_a_column_is_refused(tmp_path, capsys):
    src = _write_input(tmp_path, "jsonl")
    assert main(["label", str(src), "--keep-fields", "outlet,label"]) == 2
    assert "--keep-fields: 'label' is already a column" in capsys.readouterr().err


def test_label_corpus_and_dataframe_keep_fields(tiny_model):
    from framing.batch import label_corpus, label_dataframe

    records = [r for r in RECORDS if "text" in r]
    rows = list(label_corpus(records, model=tiny_model, keep_fields=["outlet", "date"]))
    for row in rows:
        assert {k: row[k] for k in ("outlet", "date")} == {
            k: WANT[row["doc_id"]][k] for k in ("outlet", "date")
        }
        assert list(row)[-2:] == ["outlet", "date"]
    summary = list(label_corpus(records, model=tiny_model, summary=True, keep_fields=["url"]))
    assert [r["url"] for r in summary] == [WANT[r["id"]]["url"] for r in records]
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(records)
    frame = label_dataframe(df, "text", "id", model=tiny_model, keep_fields=["outlet", "date"])
    assert list(frame.columns[-2:]) == ["outlet", "date"]
    for _, row in frame.iterrows():
        assert row["outlet"] == WANT[row["doc_id"]]["outlet"]
    with pytest.raises(KeyError, match="no column 'nope'"):
        label_dataframe(df, "text", "id", model=tiny_model, keep_fields=["nope"])
