"""Who is quoted: one row per (document, source entity), from labeled rows or analyses.

A claim's source entity (``source_entity`` of a sentence row: name, title, type) is one per
source within a document ("Maria Lopez, the ministry spokeswoman", "Lopez" and "she" are one
entity). `iter_source_rows` streams the rows of a labeled corpus and gives, per document and
entity: how many claims are attributed to it, how many of those hold quotation marks (direct
quotes), the index of the first sentence that names it and how many sentences do (``mentions``:
sentences of any label whose ``source_entity`` is it). `source_table` is the same as a pandas
DataFrame; ``framing sources`` writes it to CSV, Parquet or JSON lines.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

__all__ = [
    "ENTITY_TYPES",
    "QUOTE_MARKS",
    "SOURCE_COLUMNS",
    "iter_source_rows",
    "kept_fields_of",
    "source_columns",
    "source_table",
    "write_source_rows",
]

ENTITY_TYPES: tuple[str, ...] = ("person", "organisation", "document", "poll", "anonymous")
"""The types of a source entity, in the order reports show them."""

QUOTE_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb'
"""A claim holding one of these (straight or curly double quotes, low-9, guillemets) is a
direct quote. Single quotes are left out: they are apostrophes as often as not."""

SOURCE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", "str"),
    ("title", "str"),
    ("type", "str"),
    ("claims", "int"),
    ("direct_quotes", "int"),
    ("first_index", "int"),
    ("mentions", "int"),
)
"""The columns of a source row after ``doc_id`` and the kept fields, with their types."""


def source_columns(keep_fields: Sequence[str] = ()) -> list[str]:
    """The column names of source rows: ``doc_id``, the kept fields, then `SOURCE_COLUMNS`."""
    return ["doc_id", *keep_fields, *(name for name, _ in SOURCE_COLUMNS)]


def kept_fields_of(row: Mapping[str, Any]) -> tuple[str, ...]:
    """The kept input fields of a labeled row: its keys that are not the row's own."""
    from framing.corpus._schema import _ROW_KEYS

    return tuple(k for k in row if k not in _ROW_KEYS)


def _as_rows(items: Iterable[Any]) -> Iterator[Mapping[str, Any]]:
    """Rows from rows (dicts), `Analysis` objects (ids 0, 1, ...) or (doc_id, Analysis) pairs."""
    from framing.corpus._schema import sentence_row

    for i, item in enumerate(items):
        if isinstance(item, Mapping):
            yield item
            continue
        doc_id, analysis = item if isinstance(item, tuple) else (i, item)
        for s in analysis.sentences:
            yield sentence_row(doc_id, s, analysis.lang)


def iter_source_rows(
    rows_or_analyses: Iterable[Any], keep_fields: Sequence[str] | None = None
) -> Iterator[dict[str, Any]]:
    """One dict per (document, source entity), documents in input order, entities in the
    order they are first named. ``keep_fields`` defaults to the kept fields of the first row
    (`kept_fields_of`); their values are those of the document's first row."""
    from framing._inputs import iter_documents

    keep: tuple[str, ...] | None = None if keep_fields is None else tuple(keep_fields)
    for doc_id, doc_rows in iter_documents(iter(_as_rows(rows_or_analyses))):
        if keep is None:
            keep = kept_fields_of(doc_rows[0])
        kept = {f: doc_rows[0].get(f) for f in keep}
        yield from _document_sources(doc_id, doc_rows, kept)


def _document_sources(
    doc_id: Any, rows: list[Mapping[str, Any]], kept: dict[str, Any]
) -> Iterator[dict[str, Any]]:
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        entity = row.get("source_entity")
        if not entity or row.get("index") is None:
            continue
        key = (str(entity.get("name")), str(entity.get("type")))
        entry = found.get(key)
        if entry is None:
            entry = found[key] = {
                "doc_id": doc_id,
                **kept,
                "name": entity.get("name"),
                "title": entity.get("title"),
                "type": entity.get("type"),
                "claims": 0,
                "direct_quotes": 0,
                "first_index": row["index"],
                "mentions": 0,
            }
        if entry["title"] is None and entity.get("title"):
            entry["title"] = entity.get("title")
        entry["mentions"] += 1
        entry["first_index"] = min(entry["first_index"], row["index"])
        if row.get("label") == "claim":
            entry["claims"] += 1
            if any(q in str(row.get("text", "")) for q in QUOTE_MARKS):
                entry["direct_quotes"] += 1
    yield from sorted(found.values(), key=lambda e: e["first_index"])


def source_table(rows_or_analyses: Iterable[Any], keep_fields: Sequence[str] | None = None) -> Any:
    """The source rows (`iter_source_rows`) as a pandas DataFrame, columns `source_columns`
    (``claims``, ``direct_quotes``, ``first_index``, ``mentions`` as Int64). Takes rows of
    ``framing label``/`framing.label_corpus` (with ``source_entity``), `Analysis` objects or
    (doc_id, Analysis) pairs. Needs pandas."""
    from framing.batch import _pandas

    pd = _pandas()
    rows = list(iter_source_rows(rows_or_analyses, keep_fields))
    own = {"doc_id", *(name for name, _ in SOURCE_COLUMNS)}
    if keep_fields is not None:
        keep = tuple(keep_fields)
    else:
        keep = tuple(k for k in rows[0] if k not in own) if rows else ()
    frame = pd.DataFrame.from_records(rows, columns=source_columns(keep))
    return frame.astype({n: "Int64" for n, t in SOURCE_COLUMNS if t == "int"})


def write_source_rows(
    rows: Iterable[dict[str, Any]],
    path: str | None,
    fmt: str | None = None,
    keep_fields: Sequence[str] = (),
) -> int:
    """Write source rows to ``path`` (None or "-": stdout) as JSON lines, CSV or Parquet (by
    ``fmt`` or the suffix), streaming; returns the number of rows. ``keep_fields`` names the
    kept columns of an output without rows (a header, a schema)."""
    import csv
    import io
    import sys

    from framing.corpus import output_format
    from framing.corpus._schema import encode_json

    fmt = output_format(path, fmt)
    to_stdout = path in (None, "-")
    if fmt == "parquet":
        if to_stdout:
            raise ValueError("Parquet cannot go to stdout; name an output with -o")
        return _write_parquet(rows, str(path), tuple(keep_fields))
    out: Any = sys.stdout if to_stdout else open(path, "w", encoding="utf-8", newline="")  # type: ignore[arg-type]  # noqa: SIM115
    n = 0
    try:
        names: list[str] | None = None
        writer: Any = None
        for row in rows:
            if fmt == "jsonl":
                out.write(encode_json(row) + "\n")
            else:
                if writer is None:
                    names = list(row)
                    writer = csv.writer(out, lineterminator="\n")
                    writer.writerow(names)
                writer.writerow(["" if row[k] is None else row[k] for k in names or ()])
            n += 1
        if fmt == "csv" and writer is None:
            buf = io.StringIO()
            csv.writer(buf, lineterminator="\n").writerow(source_columns(keep_fields))
            out.write(buf.getvalue())
    finally:
        if not to_stdout:
            out.close()
    return n


def _write_parquet(
    rows: Iterable[dict[str, Any]], path: str, keep_fields: tuple[str, ...], chunk: int = 10_000
) -> int:
    from framing.corpus._base import require_pyarrow
    from framing.corpus._schema import kept_value

    pa, pq = require_pyarrow()
    types = {"str": pa.string(), "int": pa.int64()}
    writer: Any = None
    buffer: list[dict[str, Any]] = []
    n = 0

    def flush() -> None:
        nonlocal writer
        if not buffer:
            return
        own = {name for name, _ in SOURCE_COLUMNS}
        keep = [k for k in buffer[0] if k != "doc_id" and k not in own]
        schema = pa.schema(
            [("doc_id", pa.string())]
            + [(k, pa.string()) for k in keep]
            + [(name, types[t]) for name, t in SOURCE_COLUMNS]
        )
        cols = {
            name: [
                kept_value(r[name]) if name in keep or name == "doc_id" else r[name] for r in buffer
            ]
            for name in schema.names
        }
        cols["doc_id"] = [None if r["doc_id"] is None else str(r["doc_id"]) for r in buffer]
        if writer is None:
            writer = pq.ParquetWriter(path, schema)
        writer.write_table(pa.Table.from_pydict(cols, schema=schema))
        buffer.clear()

    try:
        for row in rows:
            buffer.append(row)
            n += 1
            if len(buffer) >= chunk:
                flush()
        flush()
        if writer is None:
            schema = pa.schema(
                [("doc_id", pa.string())]
                + [(k, pa.string()) for k in keep_fields]
                + [(name, types[t]) for name, t in SOURCE_COLUMNS]
            )
            pq.write_table(schema.empty_table(), path)
    finally:
        if writer is not None:
            writer.close()
    return n
