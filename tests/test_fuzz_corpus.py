"""Fuzzing the corpus readers: broken files never stop a run and never lose a record quietly.

Random bytes, malformed JSON lines, CSV rows with the wrong shape, truncated gzip streams and
empty files go through the readers of `framing.corpus` (`iter_records`), through
`framing.batch.label_corpus` and through the command line, in-process. What must hold: nothing
raises; every record that cannot be read gives exactly one error row naming its file and line;
every good record is labeled, with its text intact. The bugs this file found (all fixed) keep
a test each at the end.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import framing
from framing import batch, corpus
from framing.cli import main

FUZZ = settings(
    deadline=None,
    database=None,  # nothing written into the repository
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

try:
    import pyarrow  # noqa: F401

    FORMATS = ["txt", "jsonl", "csv", "parquet"]
except ImportError:  # pragma: no cover - the parquet extra is not installed
    FORMATS = ["txt", "jsonl", "csv"]


@pytest.fixture(scope="session")
def model():
    return framing.load()


@pytest.fixture(scope="session")
def scratch(tmp_path_factory):
    """A directory for the files of each Hypothesis example (tmp_path is per test)."""
    return tmp_path_factory.mktemp("fuzz")


def write(scratch: Path, name: str, data: bytes) -> str:
    folder = Path(tempfile.mkdtemp(dir=scratch))
    path = folder / name
    path.write_bytes(data)
    return str(path)


def read_all(path: str, **options) -> list[corpus.Record]:
    return list(corpus.iter_records([path], **options))


def check_records(path: str, records: list[corpus.Record], fmt: str) -> None:
    """What every record of a file must look like, whatever the file held."""
    for rec in records:
        assert rec.file == path
        assert rec.doc_id is not None
        if rec.error is not None:
            assert isinstance(rec.error, str) and rec.error
            if fmt in ("jsonl", "csv"):
                assert isinstance(rec.line, int) and rec.line >= 1
        else:
            assert isinstance(rec.text, str)
        if fmt == "txt" and rec.error is None:
            assert rec.line is None


def check_rows(records: list[corpus.Record], rows: list[dict]) -> None:
    """One error row per bad record, with its file and line; rows for every good record."""
    errors = [r for r in rows if "error" in r]
    bad = [rec for rec in records if rec.error is not None]
    assert [(r["doc_id"], r["file"], r["line"]) for r in errors] == [
        (rec.doc_id, rec.file, rec.line) for rec in bad
    ]
    labeled = {r["doc_id"] for r in rows if "error" not in r}
    for rec in records:
        if rec.error is None and rec.text.strip():
            assert rec.doc_id in labeled
    for r in rows:
        if "error" in r:
            continue
        if r["index"] is None:  # a blank document's one row
            assert r["warning"] == corpus.EMPTY_TEXT
        else:
            assert r["label"] in framing.LABELS


# --------------------------------------------------------------------------------------------
# Random bytes


@settings(FUZZ, max_examples=150)
@given(
    data=st.binary(max_size=600),
    fmt=st.sampled_from(FORMATS),
    packing=st.sampled_from(["plain", "gzip", "truncated-gzip", "fake-gzip"]),
    cut=st.floats(0, 1),
    errors=st.sampled_from(["strict", "replace"]),
)
@example(data=b"", fmt="csv", packing="gzip", cut=1.0, errors="strict")
@example(data=b"\xff\xfe\x00\x00", fmt="jsonl", packing="plain", cut=1.0, errors="strict")
@example(
    data=b'id,text\n1,"open\n2,x\n', fmt="csv", packing="truncated-gzip", cut=0.6, errors="strict"
)
@example(data=b'{"text": "a"}\n{"text": ', fmt="jsonl", packing="gzip", cut=1.0, errors="replace")
@example(data=b"PAR1\x00\x00PAR1", fmt="parquet", packing="plain", cut=1.0, errors="strict")
def test_random_bytes_never_break_a_reader(scratch, model, data, fmt, packing, cut, errors):
    name = f"doc.{fmt}"
    if packing != "plain":
        name += ".gz"
        if packing in ("gzip", "truncated-gzip"):
            data = gzip.compress(data, mtime=0)
        if packing == "truncated-gzip":
            data = data[: int(len(data) * cut)]
    path = write(scratch, name, data)
    records = read_all(path, encoding_errors=errors)
    check_records(path, records, fmt)
    rows = list(batch.label_corpus(records, model=model))
    check_rows(records, rows)


# --------------------------------------------------------------------------------------------
# JSON lines: good and bad lines mixed

TEXTS = st.one_of(
    st.sampled_from(
        [
            "The port of Halden reopened on Friday after a five-day strike.",
            '"We got what we came for," said Ines Berg. The deal is a stunning victory.',
            "Officials said the bridge was safe.\n\nCritics disagreed.",
            "",
            "   ",
            "El gobierno anunció que la huelga terminó.",
            "Emoji 🎉 and zero\u200bwidth and \u202ebidi.",
        ]
    ),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=80),
)


@st.composite
def jsonl_line(draw):
    """(the line's bytes, the text it holds or None when the line is bad)."""
    kind = draw(
        st.sampled_from(["good", "good", "good", "malformed", "array", "no-text", "int", "bytes"])
    )
    if kind == "good":
        text = draw(TEXTS)
        extra = draw(st.dictionaries(st.sampled_from(["id", "x", "meta"]), st.integers()))
        return json.dumps({**extra, "text": text}, ensure_ascii=draw(st.booleans())).encode(), text
    if kind == "malformed":
        good = json.dumps({"text": draw(TEXTS)}).encode()
        return good[: draw(st.integers(1, max(1, len(good) - 1)))], None
    if kind == "array":
        return json.dumps(["text", draw(TEXTS)]).encode(), None
    if kind == "no-text":
        return json.dumps({"body": draw(TEXTS)}).encode(), None
    if kind == "int":
        return b'{"text": 5}', None
    return b'{"text": "caf\xe9 \xff"}', None


@settings(FUZZ, max_examples=100)
@given(
    lines=st.lists(st.one_of(jsonl_line(), st.just((b"", "blank"))), max_size=12),
    newline=st.sampled_from([b"\n", b"\r\n"]),
    gz=st.booleans(),
)
@example(lines=[(b'{"text": "a", "text": "b"}', "b"), (b"null", None)], newline=b"\n", gz=False)
@example(
    lines=[(b'{"text": "x"} {"text": "y"}', None), (b"\x00\x00", None)], newline=b"\n", gz=True
)
def test_jsonl_every_line_is_a_record_or_an_error_row(scratch, model, lines, newline, gz):
    data = newline.join(raw for raw, _ in lines) + (newline if lines else b"")
    name = "docs.jsonl"
    if gz:
        data, name = gzip.compress(data, mtime=0), name + ".gz"
    path = write(scratch, name, data)
    records = read_all(path)
    check_records(path, records, "jsonl")
    expected = [(i, text) for i, (raw, text) in enumerate(lines, 1) if raw.strip()]
    assert [rec.line for rec in records] == [i for i, _ in expected]
    for rec, (_, text) in zip(records, expected, strict=True):
        if text is None:
            assert rec.error is not None
        else:
            assert rec.error is None and rec.text == text
    rows = list(batch.label_corpus(records, model=model))
    check_rows(records, rows)
    for r in rows:
        if "error" not in r and r["index"] is not None:
            rec = next(rec for rec in records if rec.doc_id == r["doc_id"])
            assert rec.text[r["start"] : r["end"]] == r["text"]


# --------------------------------------------------------------------------------------------
# CSV: good rows (quotes, commas, line breaks in fields) and rows of the wrong shape

CSV_TEXTS = st.one_of(
    # csv.writer before Python 3.13 leaves a field with a CR unquoted: one that ends in CR
    # is then read as ending in CRLF, so no text here ends in CR
    TEXTS.map(lambda t: t.rstrip("\r")),
    st.sampled_from(["one\rtwo", "\rstarts with CR", "CR\r\rtwice"]),
    st.sampled_from(['He said "no", then left.', "a,b,c", "line one\nline two", '""', ",\n,"]),
)


@st.composite
def csv_rows(draw):
    """(the CSV text, [(first line, id, text or None when the row is bad), ...])."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["id", "text", "extra"])
    expected = []
    line = 2
    for i in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(["good", "good", "good", "short", "long", "no-id"]))
        text = draw(CSV_TEXTS)
        row = {
            "good": [f"d{i}", text, "x"],
            "short": [f"d{i}", text],
            "long": [f"d{i}", text, "x", "y"],
            "no-id": ["", text, "x"],
        }[kind]
        before = buf.tell()
        writer.writerow(row)
        expected.append((line, f"d{i}", text if kind == "good" else None))
        line += buf.getvalue()[before:].count("\n")
    return buf.getvalue(), expected


@settings(FUZZ, max_examples=100)
@given(rows=csv_rows(), crlf=st.booleans(), bom=st.booleans(), gz=st.booleans())
def test_csv_every_row_is_a_record_or_an_error_row(scratch, model, rows, crlf, bom, gz):
    text, expected = rows
    if crlf:
        text = text.replace("\n", "\r\n")
    data = ("\ufeff" if bom else "").encode() + text.encode()
    name = "docs.csv"
    if gz:
        data, name = gzip.compress(data, mtime=0), name + ".gz"
    path = write(scratch, name, data)
    records = read_all(path, id_field="id")
    check_records(path, records, "csv")
    assert [rec.line for rec in records] == [line for line, _, _ in expected]
    for rec, (_, doc_id, text) in zip(records, expected, strict=True):
        if text is None:
            assert rec.error is not None
        else:
            assert rec.error is None and rec.doc_id == doc_id
            assert rec.text == (text.replace("\n", "\r\n") if crlf else text)
    check_rows(records, list(batch.label_corpus(records, model=model)))


# --------------------------------------------------------------------------------------------
# Truncated gzip: the records before the cut, then one error row, nothing invented


@settings(FUZZ, max_examples=60)
@given(
    n=st.integers(1, 30),
    cut=st.floats(0, 1, exclude_max=True),
    fmt=st.sampled_from(["jsonl", "csv", "txt"]),
)
@example(n=5, cut=0.0, fmt="jsonl")
@example(n=3, cut=0.5, fmt="txt")
@example(n=20, cut=0.999, fmt="csv")
def test_truncated_gzip_gives_a_prefix_then_one_error(scratch, model, n, cut, fmt):
    texts = [f"Record {i} says the port reopened on day {i}." for i in range(n)]
    if fmt == "jsonl":
        raw = "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts))
    elif fmt == "csv":
        raw = "id,text\n" + "".join(f"{i},{t}\n" for i, t in enumerate(texts))
    else:
        raw = "\n".join(texts)
    data = gzip.compress(raw.encode(), mtime=0)
    # at least one byte: a zero-byte .gz reads as an empty file (test_empty_files)
    path = write(scratch, f"docs.{fmt}.gz", data[: max(1, int(len(data) * cut))])
    records = read_all(path, id_field=None if fmt == "txt" else "id")
    check_records(path, records, fmt)
    assert records, "a truncated file is never silently empty"
    *good, last = records
    assert last.error is not None and "cannot read" in last.error
    assert all(rec.error is None for rec in good)
    if fmt == "txt":
        assert good == []  # never a partial document
    else:
        assert [rec.text for rec in good] == texts[: len(good)]
        if fmt == "jsonl":
            assert last.line == len(good) + 1
        else:  # the line after the last row read (the header's line if no row was read)
            assert last.line == (len(good) + 2 if good else 1)
    check_rows(records, list(batch.label_corpus(records, model=model)))


# --------------------------------------------------------------------------------------------
# Empty files


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("packing", ["plain", "gzip-of-nothing", "zero-byte-gz"])
def test_empty_files(tmp_path, model, fmt, packing):
    data, name = b"", f"empty.{fmt}"
    if packing != "plain":
        name += ".gz"
        data = gzip.compress(b"", mtime=0) if packing == "gzip-of-nothing" else b""
    path = write(tmp_path, name, data)
    records = read_all(path)
    check_records(path, records, fmt)
    if fmt == "txt":
        assert [(r.text, r.error) for r in records] == [("", None)]
    elif fmt == "parquet":
        assert len(records) == 1 and records[0].error is not None  # not a Parquet file
    else:
        assert records == []
    rows = list(batch.label_corpus(records, model=model))
    check_rows(records, rows)
    if fmt == "txt":  # an empty text file is a document with no sentence: named, with a warning
        assert [(r["index"], r["warning"]) for r in rows] == [(None, corpus.EMPTY_TEXT)]
    else:
        assert all("error" in r for r in rows)


# --------------------------------------------------------------------------------------------
# The command line, in-process, on a directory of broken files


def test_cli_on_a_directory_of_broken_files(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    good = "The port reopened on Friday. Officials said it was safe."
    (src / "a.jsonl").write_text(
        json.dumps({"id": "a1", "text": good})
        + "\n{not json\n"
        + json.dumps({"id": "a3", "text": 5})
        + "\n"
        + json.dumps({"id": "a4", "text": good})
        + "\n"
    )
    lines = [{"id": f"g{i}", "text": f"Ship {i * 7919 % 1009} left port {i}."} for i in range(300)]
    data = gzip.compress("".join(json.dumps(r) + "\n" for r in lines).encode())
    (src / "b.jsonl.gz").write_bytes(data[: len(data) * 2 // 3])
    (src / "c.csv").write_text("id,text\nc1,Hello there.\nc2,too,many,fields\n")
    (src / "d.txt").write_bytes(b"")
    (src / "e.txt").write_bytes(b"The port \xff reopened.")
    (src / "f.txt.gz").write_bytes(b"\x1f\x8b\x08 not really gzip")
    out = tmp_path / "out.jsonl"
    code = main(["label", str(src), "--glob", "*", "--id-field", "id", "-o", str(out), "-q"])
    assert code == 0, capsys.readouterr().err
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    errors = {(Path(r["file"]).name, r["line"]) for r in rows if "error" in r}
    assert {("a.jsonl", 2), ("a.jsonl", 3), ("c.csv", 3), ("e.txt", None)} <= errors
    assert ("f.txt.gz", None) in errors
    assert any(name == "b.jsonl.gz" for name, _ in errors)
    labeled = {r["doc_id"] for r in rows if "error" not in r}
    assert {"a1", "a4", "c1"} <= labeled
    assert any(doc.startswith("g") for doc in labeled)  # the part before the cut
    for r in rows:
        if "error" in r:
            assert r["file"] is not None and r["error"]


# --------------------------------------------------------------------------------------------
# Bugs this file found, fixed: each test keeps it fixed


def test_deeply_nested_json_line_is_an_error_row(tmp_path):
    path = write(tmp_path, "deep.jsonl", b"[" * 100_000 + b"\n" + b'{"text": "Fine."}\n')
    records = read_all(path)
    assert [(r.line, r.error is not None) for r in records] == [(1, True), (2, False)]


def test_jsonl_with_a_byte_order_mark_reads_its_first_record(tmp_path):
    path = write(tmp_path, "bom.jsonl", '\ufeff{"text": "First."}\n{"text": "Second."}\n'.encode())
    assert [(r.text, r.error) for r in read_all(path)] == [("First.", None), ("Second.", None)]


def test_lone_surrogate_in_jsonl_does_not_stop_the_cli(tmp_path, capsys):
    src = tmp_path / "s.jsonl"
    src.write_text(
        '{"id": "bad", "text": "The port \\ud800 reopened."}\n'
        '{"id": "good", "text": "Officials said it was safe."}\n'
    )
    out = tmp_path / "out.jsonl"
    code = main(["label", str(src), "--id-field", "id", "-o", str(out), "-q"])
    assert code == 0, capsys.readouterr().err
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert "good" in {r["doc_id"] for r in rows}
    assert "bad" in {r["doc_id"] for r in rows}  # an error row, or labeled with U+FFFD


@pytest.mark.parametrize(
    "data",
    [
        'id,text\nd1,"Good one."\nd2,"Unbalanced.\nd3,"Good three."\nd4,Good four.\n',
        'id,text\nd1,Good one.\nd2,"Unbalanced.\nd3,Good three.\nd4,Good four.\n',
    ],
    ids=["up-to-the-next-quote", "up-to-the-end"],
)
def test_csv_unbalanced_quote_does_not_swallow_rows(tmp_path, data):
    path = write(tmp_path, "q.csv", data.encode())
    records = read_all(path, id_field="id")
    good = {r.doc_id: r.text for r in records if r.error is None}
    assert good == {"d1": "Good one.", "d3": "Good three.", "d4": "Good four."}
    assert [r.line for r in records if r.error is not None] == [3]


def test_csv_quoted_carriage_returns_round_trip(tmp_path):
    """A lone CR in a field is data, quoted (csv.writer from Python 3.13) or not (earlier
    versions leave it unquoted; only a CR right before the LF is then a CRLF line end)."""
    texts = ["one\rtwo", "ends in CR\r", "crlf\r\ninside", "\rstarts with CR", "one\rtwo"]
    data = (
        "id,text\n"
        'd0,"one\rtwo"\n'
        'd1,"ends in CR\r"\n'
        'd2,"crlf\r\ninside"\n'
        'd3,"\rstarts with CR"\r\n'
        "d4,one\rtwo\n"
    )
    path = write(tmp_path, "cr.csv", data.encode())
    records = read_all(path, id_field="id")
    assert [(r.doc_id, r.text, r.error) for r in records] == [
        (f"d{i}", t, None) for i, t in enumerate(texts)
    ]
    assert [r.line for r in records] == [2, 3, 4, 6, 7]
