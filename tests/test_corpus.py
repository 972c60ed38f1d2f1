"""Readers, writers and resuming (`framing.corpus`): every record comes out, bad ones as errors,
and an output cut anywhere resumes to exactly the rows of a full run."""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from framing import corpus
from framing.corpus import Record, iter_records
from framing.exceptions import DataError


def _ok(records: list[Record]) -> list[tuple[str, str]]:
    return [(r.doc_id, r.text) for r in records if r.error is None]


def _errors(records: list[Record]) -> list[Record]:
    return [r for r in records if r.error is not None]


# --------------------------------------------------------------------------------------------
# Reading


def test_text_files_and_directories_with_and_without_glob(tmp_path):
    (tmp_path / "d" / "sub").mkdir(parents=True)
    (tmp_path / "d" / "b.txt").write_text("Second.", encoding="utf-8")
    (tmp_path / "d" / "a.txt").write_text("First.", encoding="utf-8")
    (tmp_path / "d" / "sub" / "c.txt.gz").write_bytes(gzip.compress(b"Third."))
    (tmp_path / "d" / "README.md").write_text("not a corpus file", encoding="utf-8")
    (tmp_path / "d" / "sub" / "x.jsonl").write_text('{"text": "Fourth."}\n', encoding="utf-8")
    d = tmp_path / "d"
    texts = [
        (str(d / "a.txt"), "First."),
        (str(d / "b.txt"), "Second."),
        (str(d / "sub" / "c.txt.gz"), "Third."),
    ]
    assert _ok(list(iter_records([d]))) == texts  # default: the text files, plain or gzipped
    assert _ok(list(iter_records([d], input_format="jsonl"))) == [
        (f"{d / 'sub' / 'x.jsonl'}:1", "Fourth.")
    ]
    assert _ok(list(iter_records([d], glob="*.txt"))) == texts[:2]
    assert _ok(list(iter_records([d], glob="**/x.*"))) == [
        (f"{d / 'sub' / 'x.jsonl'}:1", "Fourth.")
    ]
    assert [t for _, t in _ok(list(iter_records([d], glob="*.md")))] == ["not a corpus file"]
    assert _ok(list(iter_records([d], exclude=[d / "b.txt"]))) == [texts[0], texts[2]]
    # a file named explicitly is text whatever its suffix
    assert _ok(list(iter_records([d / "README.md"]))) == [
        (str(d / "README.md"), "not a corpus file")
    ]


def test_jsonl_bad_lines_become_errors_and_reading_goes_on(tmp_path):
    path = tmp_path / "c.jsonl"
    lines = [
        b'{"id": "a", "text": "One."}',
        b"",  # blank: not a record
        b'{"id": "b", "text": "Two.',  # malformed
        b'{"id": "c", "body": "Three."}',  # missing text field
        b'{"id": "d", "text": 42}',  # not a string
        b'{"id": "e", "text": null}',
        b'["a", "list"]',
        b'{"text": "no id"}',
        b'{"id": "f", "text": "caf\xe9"}',  # Latin-1 byte: not UTF-8
        b'{"id": 7, "text": "Last."}',
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    records = list(iter_records([path], id_field="id"))
    assert _ok(records) == [("a", "One."), ("7", "Last.")]
    errors = {r.line: r for r in _errors(records)}
    assert sorted(errors) == [3, 4, 5, 6, 7, 8, 9]
    assert "malformed JSON" in errors[3].error and errors[3].doc_id == f"{path}:3"
    assert "missing text field 'text'" in errors[4].error and errors[4].doc_id == "c"
    assert "int, not a string" in errors[5].error
    assert "NoneType" in errors[6].error
    assert "JSON object" in errors[7].error
    assert "missing id field 'id'" in errors[8].error
    assert "not valid UTF-8" in errors[9].error and errors[9].file == str(path)
    # without --id-field the id is FILE:LINE, unique and stable
    assert _ok(list(iter_records([path])))[0] == (f"{path}:1", "One.")
    replaced = list(iter_records([path], id_field="id", encoding_errors="replace"))
    assert ("f", "caf\ufffd") in _ok(replaced)


def test_gzip_variants_read_like_the_plain_files(tmp_path):
    rows = [{"id": str(i), "text": f'Sentence {i}.\nAnd "more", {i}.'} for i in range(5)]
    jsonl = "".join(json.dumps(r) + "\n" for r in rows)
    buf = io.StringIO()
    w = csv.DictWriter(buf, ["id", "text"])
    w.writeheader()
    w.writerows(rows)
    for name, data in (("c.jsonl", jsonl), ("c.csv", buf.getvalue())):
        (tmp_path / name).write_text(data, encoding="utf-8")
        (tmp_path / (name + ".gz")).write_bytes(gzip.compress(data.encode()))
        plain = _ok(list(iter_records([tmp_path / name], id_field="id")))
        packed = _ok(list(iter_records([tmp_path / (name + ".gz")], id_field="id")))
        assert plain == packed == [(r["id"], r["text"]) for r in rows]


def test_truncated_gzip_is_an_error_record_not_a_crash(tmp_path):
    data = "".join(json.dumps({"text": f"Doc {i} " * 50}) + "\n" for i in range(200))
    packed = gzip.compress(data.encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(packed[: len(packed) // 2])
    records = list(iter_records([path, tmp_path / "cut.jsonl.gz"]))
    errors = _errors(records)
    assert len(errors) == 2  # once per time the file is named
    assert "cannot read" in errors[0].error
    assert 0 < len(_ok(records)) < 400


def test_csv_multiline_fields_bom_bad_rows_and_long_texts(tmp_path):
    long_text = "A sentence about the port. " * 10_000  # 270 KB: above csv's default limit
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "text"])
    w.writerow(["a", 'Line one.\nLine "two".'])
    w.writerow(["b", long_text])
    w.writerow(["c"])  # too few fields
    w.writerow(["", "no id"])
    w.writerow(["e", "Fine."])
    data = "\ufeff" + buf.getvalue()
    path = tmp_path / "c.csv"
    path.write_bytes(data.encode("utf-8").replace(b"Fine.", b"Fin\xe9."))
    records = list(iter_records([path], id_field="id"))
    assert _ok(records) == [("a", 'Line one.\nLine "two".'), ("b", long_text)]
    assert [(r.line, r.doc_id) for r in records] == [
        (2, "a"),
        (4, "b"),
        (5, f"{path}:5"),
        (6, f"{path}:6"),
        (7, "e"),
    ]
    errors = _errors(records)
    assert "1 fields" in errors[0].error
    assert "missing id field" in errors[1].error
    assert "not valid UTF-8" in errors[2].error
    fixed = list(iter_records([path], id_field="id", encoding_errors="replace"))
    assert ("e", "Fin\ufffd.") in _ok(fixed)


def test_csv_without_the_text_column_is_one_error_for_the_file(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("id,body\n1,x\n2,y\n", encoding="utf-8")
    records = list(iter_records([path]))
    assert len(records) == 1 and "no column 'text'" in records[0].error
    assert "text_field" in records[0].error
    assert _ok(list(iter_records([path], text_field="body"))) == [
        (f"{path}:2", "x"),
        (f"{path}:3", "y"),
    ]


def test_parquet_input(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    path = tmp_path / "c.parquet"
    table = pa.table({"doc": ["x", "y", "z"], "body": ["One.", None, "Three."]})
    pq.write_table(table, path)
    records = list(iter_records([path], text_field="body", id_field="doc"))
    assert _ok(records) == [("x", "One."), ("z", "Three.")]
    assert records[1].line == 2 and "missing text field" in records[1].error
    missing = list(iter_records([path]))
    assert len(missing) == 1 and "no column 'text'" in missing[0].error


def test_stdin_is_one_text_or_a_stream_of_records():
    text = "One sentence. Another one.\n"
    assert _ok(list(iter_records(["-"], stdin=io.BytesIO(text.encode())))) == [("stdin", text)]
    lines = b'{"text": "a"}\nnope\n{"text": "b"}\n'
    records = list(iter_records(["-"], input_format="jsonl", stdin=io.BytesIO(lines)))
    assert _ok(records) == [("<stdin>:1", "a"), ("<stdin>:3", "b")]
    assert _errors(records)[0].line == 2


def test_missing_file_mid_run_is_an_error_record(tmp_path):
    records = list(iter_records([tmp_path / "gone.jsonl"]))
    assert len(records) == 1 and "cannot open" in records[0].error


# --------------------------------------------------------------------------------------------
# Rows and writers


def _sentence_row(doc: str, i: int, text: str = "Some text.") -> dict:
    span = {"text": "Officials", "start": 0, "end": 9}
    return {
        "doc_id": doc,
        "index": i,
        "start": 10 * i,
        "end": 10 * i + len(text),
        "text": text,
        "label": "claim",
        "probabilities": {"claim": 0.5, "fact": 0.25, "framing": 0.25},
        "source": span if i % 2 else None,
        "cue": {"text": "said", "start": 10, "end": 14} if i % 2 else None,
        "source_resolved": None,
        "inherited": False,
        "attributions": [{"source": span, "cue": span, "source_resolved": None, "inherited": False}]
        if i % 2
        else [],
        "cues": [],
    }


def _write(writer, rows: list[dict]) -> None:
    """A batch through the writer as a run hands it over: encoded, then written."""
    writer.write(corpus.encode_batch(rows, writer.fmt, writer.summary), len(rows))


def _doc_rows(docs: list[tuple[str, int]]) -> list[dict]:
    rows: list[dict] = []
    for doc, n in docs:
        if n < 0:
            rows.append({"doc_id": doc, "file": "in.jsonl", "line": 3, "error": 'bad, "x"'})
        if n == 0:  # a blank document still gets its row
            rows.append(corpus.empty_row(doc, "und"))
        rows += [_sentence_row(doc, i, f'Line {i},\n"quoted"') for i in range(max(n, 0))]
    return rows


def test_flat_rows_split_spans_and_encode_lists():
    flat = corpus.flatten(_sentence_row("d", 1))
    assert list(flat) == corpus.columns()
    assert flat["source_text"] == "Officials" and flat["source_start"] == 0
    assert flat["cue_text"] == "said" and flat["source_resolved_text"] is None
    assert flat["p_claim"] == 0.5 and flat["error"] is None
    assert json.loads(flat["attributions"])[0]["source"]["text"] == "Officials"
    err = corpus.flatten({"doc_id": 5, "file": "f", "line": 2, "error": "boom"})
    assert err["doc_id"] == "5" and err["error"] == "boom" and err["label"] is None


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "parquet-dir"])
def test_writers_round_trip_whole_batches(tmp_path, fmt):
    rows = _doc_rows([("a", 2), ("b", -1), ("c", 3)])
    path = str(
        tmp_path
        / {"jsonl": "o.jsonl", "csv": "o.csv", "parquet": "o.parquet", "parquet-dir": "parts"}[fmt]
    )
    with corpus.open_writer(path, "parquet" if fmt.startswith("parquet") else None) as w:
        _write(w, rows[:3])
        _write(w, [])
        _write(w, rows[3:])
    assert w.rows_written == len(rows)
    if fmt == "jsonl":
        back = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]
        assert back == rows
        return
    if fmt == "csv":
        with open(path, encoding="utf-8", newline="") as fh:
            back = list(csv.DictReader(fh))
        assert list(back[0]) == corpus.columns()
        assert [r["text"] for r in back] == ["" if "error" in r else r["text"] for r in rows]
        assert back[2]["error"] == 'bad, "x"'
        return
    pq = pytest.importorskip("pyarrow.parquet")
    table = pq.read_table(path)
    assert table.column_names == corpus.columns()
    assert table.column("doc_id").to_pylist() == [r["doc_id"] for r in rows]
    if fmt == "parquet":
        assert pq.ParquetFile(path).num_row_groups == 2  # one per non-empty batch
        assert not Path(path + ".tmp").exists()
    else:
        assert sorted(p.name for p in Path(path).iterdir()) == [
            "part-000000.parquet",
            "part-000001.parquet",
        ]


def test_output_format_follows_the_suffix():
    assert corpus.output_format("x.csv", None) == "csv"
    assert corpus.output_format("x.parquet", None) == "parquet"
    assert corpus.output_format(None, None) == "jsonl"
    assert corpus.output_format("x.out", "csv") == "csv"
    with pytest.raises(ValueError):
        corpus.output_format("x.jsonl.gz", None)


# --------------------------------------------------------------------------------------------
# Resuming


def _encoded(rows: list[dict], fmt: str) -> bytes:
    head = b""
    if fmt == "csv":
        head = (",".join(corpus.columns()) + "\n").encode()
    return head + corpus.encode_batch(rows, fmt, False)


def _rows_in(path: Path, fmt: str) -> list[tuple[str, str]]:
    if not path.exists() or path.stat().st_size == 0:
        return []
    if fmt == "jsonl":
        return _rows_in_rows(list(map(json.loads, path.read_text(encoding="utf-8").splitlines())))
    with open(path, encoding="utf-8", newline="") as fh:
        return [(r["doc_id"], "E" if r["error"] else r["index"] or "-") for r in csv.DictReader(fh)]


DOCS = st.lists(st.integers(min_value=-1, max_value=4), min_size=1, max_size=8)


def _record(doc: str, n: int) -> Record:
    """The input record of a document that gives ``n`` sentence rows (-1: an error row)."""
    if n < 0:
        return Record(doc, error="unreadable")
    return Record(doc, "Some sentence. " * n)  # n == 0: a blank text, which gives no row


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sizes=DOCS, where=st.floats(min_value=0.0, max_value=1.0))
@example(sizes=[0, 1, 1, 1, 1], where=1.0)  # a blank document before a done one of its id
def test_an_output_cut_at_any_byte_resumes_without_gaps_or_duplicates(tmp_path, fmt, sizes, where):
    docs = [(f"d{i % 3}", n) for i, n in enumerate(sizes)]  # ids repeat on purpose
    full = _encoded(_doc_rows(docs), fmt)
    cut = round(where * len(full))
    path = tmp_path / f"out.{fmt}"
    path.write_bytes(full[:cut])
    state = corpus.prepare_resume(str(path), fmt)
    # what is kept is a prefix of whole documents, and `done` names exactly them
    kept = path.read_bytes()
    assert full.startswith(kept)
    with_rows = docs  # every document gives rows, a blank one its empty row
    done_docs = with_rows[: state.documents]
    assert state.done == Counter(d for d, _ in done_docs)
    assert _rows_in(path, fmt) == _rows_in_rows(_doc_rows(done_docs))
    assert state.rows == len(_doc_rows(done_docs))
    # labeling the records not skipped and appending their rows gives exactly the full output
    todo = corpus.skip_done([_record(d, n) for d, n in docs], state.done)
    rest = [(d, n) for (d, n), rec in zip(docs, todo, strict=True) if rec is not None]
    assert rest == with_rows[state.documents :]
    with corpus.open_writer(str(path), fmt, resume=state) as w:
        _write(w, _doc_rows(rest))
    assert path.read_bytes() == full


def _rows_in_rows(rows: list[dict]) -> list[tuple[str, str]]:
    return [
        (str(r["doc_id"]), "E" if "error" in r else "-" if r["index"] is None else str(r["index"]))
        for r in rows
    ]


def test_resume_refuses_a_file_it_did_not_write(tmp_path):
    path = tmp_path / "o.jsonl"
    path.write_bytes(
        _encoded(_doc_rows([("a", 2)]), "jsonl")
        + b"garbage\n"
        + _encoded(_doc_rows([("b", 1)]), "jsonl")
    )
    with pytest.raises(DataError, match="refusing to resume"):
        corpus.prepare_resume(str(path))
    other = tmp_path / "o.csv"
    other.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(DataError, match="header"):
        corpus.prepare_resume(str(other))
    assert corpus.prepare_resume(str(tmp_path / "absent.jsonl")).documents == 0


def test_resume_summary_rows_keeps_every_complete_line(tmp_path):
    rows = [
        {"doc_id": "a", "n_sentences": 2, "counts": {}, "shares": {}, "sources": {}},
        {"doc_id": "b", "file": "f", "line": 1, "error": "x"},
        {"doc_id": "c", "n_sentences": 0, "counts": {}, "shares": {}, "sources": {}},
    ]
    data = corpus.encode_batch(rows, "jsonl", True)
    path = tmp_path / "s.jsonl"
    path.write_bytes(data[:-5])
    state = corpus.prepare_resume(str(path), summary=True)
    assert state.done == Counter({"a": 1, "b": 1}) and state.rows == 2


def test_resume_parquet_directory_and_file(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    parts = tmp_path / "parts"
    with corpus.open_writer(str(parts), "parquet") as w:
        _write(w, _doc_rows([("a", 2), ("b", -1)]))
        _write(w, _doc_rows([("c", 1)]))
    (parts / "part-000002.parquet.tmp").write_bytes(b"half a part")
    state = corpus.prepare_resume(str(parts), "parquet")
    assert state.done == Counter("abc") and state.next_part == 2
    assert not (parts / "part-000002.parquet.tmp").exists()
    with corpus.open_writer(str(parts), "parquet", resume=state) as w:
        _write(w, _doc_rows([("d", 1)]))
    assert pq.read_table(parts).num_rows == 5

    single = tmp_path / "o.parquet"
    with corpus.open_writer(str(single)) as w:
        _write(w, _doc_rows([("a", 2)]))
    state = corpus.prepare_resume(str(single))
    assert state.done == Counter("a")
    with corpus.open_writer(str(single), resume=state) as w:
        _write(w, _doc_rows([("b", 1)]))
    assert pq.read_table(single).column("doc_id").to_pylist() == ["a", "a", "b"]
    single.write_bytes(single.read_bytes()[:-20])  # what a killed writer leaves
    with pytest.raises(DataError, match="directory"):
        corpus.prepare_resume(str(single))


def test_resume_refuses_the_output_of_the_other_mode(tmp_path):
    path = tmp_path / "o.jsonl"
    path.write_bytes(_encoded(_doc_rows([("a", 1)]), "jsonl"))
    with pytest.raises(DataError, match="summary row"):
        corpus.prepare_resume(str(path), summary=True)
    assert path.read_bytes() == _encoded(_doc_rows([("a", 1)]), "jsonl")  # untouched


# --------------------------------------------------------------------------------------------
# Lone surrogates, byte-order marks, stray quotes


def test_lone_surrogates_are_an_error_or_replaced(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text(
        '{"id": "t", "text": "The port \\ud800 reopened."}\n'
        '{"id": "i\\udfff", "text": "Fine."}\n'
        '{"id": "pair", "text": "Emoji \\ud83c\\udf89 is fine."}\n'
        '{"id": "k", "\\ud800": 1}\n'
    )
    strict = list(iter_records([path], id_field="id"))
    assert [(r.doc_id, r.error is None) for r in strict] == [
        ("t", False),
        ("i\ufffd", False),
        ("pair", True),
        ("k", False),
    ]
    assert "lone surrogate (U+D800 at offset 9)" in strict[0].error
    assert "\ufffd" in strict[3].error  # the field name, made writable
    replaced = list(iter_records([path], id_field="id", encoding_errors="replace"))
    assert _ok(replaced) == [
        ("t", "The port \ufffd reopened."),
        ("i\ufffd", "Fine."),
        ("pair", "Emoji \U0001f389 is fine."),
    ]
    for rec in strict + replaced:  # everything can be written
        json.dumps(corpus.error_row(rec) if rec.error else rec.text, ensure_ascii=False).encode()


def test_csv_byte_order_mark_and_quoted_header(tmp_path):
    path = tmp_path / "b.csv"
    path.write_bytes('\ufeff"id","text"\nd1,"Hello."\n'.encode())
    assert _ok(list(iter_records([path], id_field="id"))) == [("d1", "Hello.")]


def test_csv_stray_quote_then_more_stray_quotes(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text('id,text\nd1,"a\nd2,"b\nd3,c\nd4,"d"x\nd5,e\n')
    records = list(iter_records([path], id_field="id"))
    assert _ok(records) == [("d3", "c"), ("d5", "e")]
    assert [r.line for r in _errors(records)] == [2, 3, 5]


# --------------------------------------------------------------------------------------------
# One row shape: the JSON encoder, flatten and the report's reader agree


def _full_sentence():
    from framing.types import Attribution, Sentence, Span

    text = 'Ines Berg said: "She will resign," a reckless move.'
    src, res, cue = Span("She", 17, 20), Span("Ines Berg", 0, 9), Span("said", 10, 14)
    return Sentence(
        index=3,
        text=text,
        start=0,
        end=len(text),
        label="claim",
        probabilities={"claim": 0.625, "fact": 0.125, "framing": 0.25},
        attributions=[
            Attribution(cue=cue, source=src, source_resolved=res, inherited=True),
            Attribution(cue=Span("move", 46, 50), source=None),
        ],
        cues=[Span("reckless", 37, 45)],
        speaker="MODERATOR",
    )


def test_every_form_of_a_row_follows_the_one_field_list():
    from framing.corpus import _schema

    s = _full_sentence()
    row = corpus.sentence_row("doc-1", s, "en")
    assert tuple(row) == _schema.ROW_FIELDS
    # kind, source_entity and speaker come from to_dict when it has them, and are added after
    # the rest otherwise
    fields = tuple(name for name, _ in _schema.SENTENCE_FIELDS)
    assert tuple(s.to_dict()) in (fields, fields[:-3])
    assert row["kind"] == "prose" and row["source_entity"] is None
    assert row["speaker"] == "MODERATOR"
    # the fast encoder writes the same bytes as the generic one, keys in the same order
    line = _schema._json_sentence('"doc-1"', s, '"en"')
    assert line == _schema.encode_json(row)
    assert list(json.loads(line)) == list(_schema.ROW_FIELDS)
    rec = Record("doc-1")

    class _Result:
        lang, sentences = "en", [s]

    payload, n = corpus.jsonl_of_outcomes([(rec, _Result())])
    assert n == 1 and payload == corpus.encode_batch([row], "jsonl", False)
    # flatten: every column set, spans and probabilities split, lists JSON
    flat = corpus.flatten(json.loads(line))
    assert list(flat) == corpus.columns()
    set_columns = [c for c, v in flat.items() if v is not None]
    assert set_columns == [
        c
        for c in corpus.columns()
        if c not in ("warning", "file", "line", "error") and not c.startswith("source_entity_")
    ]
    assert flat["source_resolved_text"] == "Ines Berg" and flat["p_framing"] == 0.25
    assert json.loads(flat["attributions"]) == row["attributions"]
    # the report's reader gives the sentence back
    from framing.report import analysis_from_rows

    assert _schema.sentence_from_row(json.loads(line)) == s
    assert analysis_from_rows([json.loads(line)], text=s.text).sentences == [s]


class _EntitySentence:
    """A sentence as the attribution work will give it: ``kind`` and ``source_entity`` in
    ``to_dict``, the entity an object with ``to_dict``."""

    def __init__(self, base, kind, entity):
        self.base, self.kind = base, kind
        self.source_entity = None if entity is None else _Entity(entity)

    def __getattr__(self, name):
        return getattr(self.base, name)

    def to_dict(self):
        entity = None if self.source_entity is None else self.source_entity.to_dict()
        return {**self.base.to_dict(), "kind": self.kind, "source_entity": entity}


class _Entity:
    def __init__(self, d):
        self.d = d

    def to_dict(self):
        return dict(self.d)


@pytest.mark.parametrize(
    "kind, entity",
    [
        ("headline", {"name": "Ines Berg", "title": "the ministry spokeswoman", "type": "person"}),
        ("prose", {"name": "Reuters", "title": None, "type": "organisation"}),
        ("metadata", None),
    ],
)
def test_row_forms_agree_with_kind_and_source_entity(kind, entity):
    from framing.corpus import _schema

    s = _EntitySentence(_full_sentence(), kind, entity)
    row = corpus.sentence_row("doc-1", s, "en")
    assert tuple(row) == _schema.ROW_FIELDS
    assert row["kind"] == kind and row["source_entity"] == entity
    line = _schema._json_sentence('"doc-1"', s, '"en"')
    assert line == _schema.encode_json(row)
    assert list(json.loads(line)) == list(_schema.ROW_FIELDS)

    class _Result:
        lang, sentences = "en", [s]

    rec = Record("doc-1", fields={"outlet": "Daily Ü", "date": "2024-03-01", "n": 3})
    payload, n = corpus.jsonl_of_outcomes([(rec, _Result())])
    kept = {**row, "outlet": "Daily Ü", "date": "2024-03-01", "n": 3}
    assert n == 1 and payload == corpus.encode_batch([kept], "jsonl", False)
    assert _schema._FAST_JSON[0]  # the fast path agreed, it did not fall back
    flat = corpus.flatten(json.loads(line))
    assert list(flat) == corpus.columns()
    assert flat["kind"] == kind
    for part in ("name", "title", "type"):
        assert flat[f"source_entity_{part}"] == (entity or {}).get(part)
    keep = ("outlet", "date", "n")
    flat = corpus.flatten(kept, keep_fields=keep)
    assert list(flat) == corpus.columns(keep_fields=keep)
    assert (flat["outlet"], flat["n"]) == ("Daily Ü", "3")


def test_rows_without_kind_or_entity_flatten_to_prose():
    row = {**corpus.sentence_row("d", _full_sentence(), "en")}
    del row["kind"], row["source_entity"]
    flat = corpus.flatten(row)
    assert flat["kind"] == "prose" and flat["source_entity_name"] is None


def test_keep_fields_that_would_overwrite_a_column_are_refused():
    with pytest.raises(ValueError, match="already a column"):
        corpus.check_keep_fields(["outlet", "label"])
    with pytest.raises(ValueError, match="named twice"):
        corpus.check_keep_fields("outlet,outlet")
    assert corpus.check_keep_fields("outlet, date") == ("outlet", "date")
