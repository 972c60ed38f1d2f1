"""The source table: one row per (document, source entity), from rows we construct."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from framing.cli import main
from framing.sources import iter_source_rows, source_columns

LOPEZ = {"name": "Maria Lopez", "title": "the ministry spokeswoman", "type": "person"}
LOPEZ_BARE = {"name": "Maria Lopez", "title": None, "type": "person"}
MINISTRY = {"name": "the health ministry", "title": None, "type": "organisation"}
POLL = {"name": "a Gallup poll", "title": None, "type": "poll"}
ANON = {"name": "officials", "title": None, "type": "anonymous"}


def _row(doc, index, text, label, entity=None, kind="prose", **kept):
    return {
        "doc_id": doc,
        "index": index,
        "start": 0,
        "end": len(text),
        "text": text,
        "label": label,
        "probabilities": {"claim": 0.2, "fact": 0.3, "framing": 0.5},
        "source": None,
        "cue": None,
        "source_resolved": None,
        "inherited": False,
        "attributions": [],
        "cues": [],
        "kind": kind,
        "source_entity": entity,
        "lang": "en",
        **kept,
    }


def example_rows():
    """Two documents with known entities: Lopez three times in d1 (named with her title,
    by surname, as "she"; two direct quotes), the ministry once; in d2 a poll and anonymous
    officials, and Lopez again (another document: another row)."""
    d1 = {"outlet": "Daily", "date": "2024-03-01"}
    d2 = {"outlet": "Weekly", "date": "2024-04-02"}
    return [
        _row("d1", 0, "Clinic queues grow", "fact", kind="headline", **d1),
        _row("d1", 1, "Reporting by staff.", "fact", kind="metadata", **d1),
        _row("d1", 2, "The health ministry said waits doubled.", "claim", MINISTRY, **d1),
        _row(
            "d1",
            3,
            '"We are hiring," Maria Lopez, the ministry spokeswoman, said.',
            "claim",
            LOPEZ,
            **d1,
        ),
        _row("d1", 4, "Lopez did not give a date.", "fact", LOPEZ, **d1),
        _row("d1", 5, "\u201cIt will take a year,\u201d she said.", "claim", LOPEZ, **d1),
        _row("d1", 6, "The plan is a disaster.", "framing", **d1),
        _row("d2", 0, "A Gallup poll found 60% approve.", "claim", POLL, **d2),
        _row("d2", 1, "Officials said the vote would be close.", "claim", ANON, **d2),
        _row("d2", 2, "Maria Lopez said the count was fair.", "claim", LOPEZ_BARE, **d2),
        {"doc_id": "d3", "index": None, "warning": "empty text", "lang": "und", **d2},
        {
            "doc_id": "d4",
            "file": "x.jsonl",
            "line": 9,
            "error": "malformed JSON",
            "outlet": None,
            "date": None,
        },
    ]


EXPECTED = [
    ("d1", "Daily", "the health ministry", None, "organisation", 1, 0, 2, 1),
    ("d1", "Daily", "Maria Lopez", "the ministry spokeswoman", "person", 2, 2, 3, 3),
    ("d2", "Weekly", "a Gallup poll", None, "poll", 1, 0, 0, 1),
    ("d2", "Weekly", "officials", None, "anonymous", 1, 0, 1, 1),
    ("d2", "Weekly", "Maria Lopez", None, "person", 1, 0, 2, 1),
]


def _tuples(rows):
    return [
        (
            r["doc_id"],
            r["outlet"],
            r["name"],
            r["title"],
            r["type"],
            r["claims"],
            r["direct_quotes"],
            r["first_index"],
            r["mentions"],
        )
        for r in rows
    ]


def test_source_rows_of_an_example_with_known_entities():
    rows = list(iter_source_rows(example_rows()))
    assert _tuples(rows) == EXPECTED
    assert list(rows[0]) == source_columns(("outlet", "date"))


def test_source_table_is_a_dataframe_and_lazy():
    pytest.importorskip("pandas")
    import framing

    table = framing.source_table(example_rows())
    assert list(table.columns) == source_columns(("outlet", "date"))
    assert _tuples(table.astype(object).where(table.notna(), None).to_dict("records")) == EXPECTED
    assert str(table["claims"].dtype) == "Int64"
    # only the fields asked for
    table = framing.source_table(example_rows(), keep_fields=["date"])
    assert list(table.columns)[:2] == ["doc_id", "date"]


def test_import_framing_imports_no_pandas():
    code = "import framing, sys; framing.source_table; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_rows_without_entities_give_no_source_rows(tiny_model):
    from framing.batch import label_corpus

    rows = list(label_corpus([("a", "The port closed on Monday.")], model=tiny_model))
    assert list(iter_source_rows(rows)) == []


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_framing_sources_reads_a_labels_file(tmp_path, fmt, capsys):
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    labels = tmp_path / "labels.jsonl"
    labels.write_text("".join(json.dumps(r) + "\n" for r in example_rows()), encoding="utf-8")
    out = tmp_path / f"sources.{fmt}"
    assert main(["sources", str(labels), "-o", str(out)]) == 0
    assert "wrote 5 source rows" in capsys.readouterr().err
    if fmt == "jsonl":
        rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    elif fmt == "csv":
        pd = pytest.importorskip("pandas")
        rows = pd.read_csv(out, keep_default_na=False).to_dict("records")
        for r in rows:
            r["title"] = r["title"] or None
    else:
        import pyarrow.parquet as pq

        rows = pq.read_table(out).to_pylist()
    assert _tuples(rows) == EXPECTED


def test_framing_sources_labels_a_corpus(tmp_path, tiny_model, capsys):
    from framing.persistence import save_model

    model = tmp_path / "m"
    save_model(tiny_model, model)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": "Officials said the port closed.", "outlet": "X"}) + "\n")
    out = tmp_path / "s.csv"
    assert (
        main(
            ["sources", str(src), "--model", str(model), "--keep-fields", "outlet", "-o", str(out)]
        )
        == 0
    )
    assert out.read_text().splitlines()[0] == ",".join(source_columns(("outlet",)))
