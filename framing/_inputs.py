"""Rows of the inputs of ``framing sources`` and ``framing report --group-by``: a labels file
written by ``framing label`` (read as it is) or a corpus (labeled now, streamed)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

__all__ = ["input_rows", "is_label_file", "iter_documents"]


def is_label_file(path: str | Path) -> bool:
    """Whether ``path`` is a JSON-lines file of ``framing label`` rows: its first row has a
    ``doc_id`` and an ``index`` (a sentence or blank row), or ``error`` and ``line`` (an error
    row), or ``n_sentences`` (a summary row, which holds no sentences)."""
    p = Path(path)
    if not p.is_file() or p.suffix.lower() not in (".jsonl", ".ndjson"):
        return False
    try:
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    return (
                        isinstance(row, dict)
                        and "doc_id" in row
                        and ("index" in row or ("error" in row and "line" in row))
                    )
    except (OSError, ValueError):
        return False
    return False


def input_rows(
    paths: Sequence[str],
    *,
    model: Any = None,
    jobs: int = 1,
    batch_size: int = 64,
    keep_fields: Sequence[str] = (),
    **read_options: Any,
) -> Iterator[dict[str, Any]]:
    """The sentence rows (and blank and error rows) of ``paths``, one document after another:
    a single labels file is read as it is; anything else is read like ``framing label`` reads
    it (`framing.corpus.iter_records` with ``read_options``) and labeled in batches."""
    if len(paths) == 1 and is_label_file(paths[0]):
        from framing.corpus._jsonl import json_lines
        from framing.exceptions import DataError

        for lineno, row in json_lines(paths[0]):
            if not isinstance(row, dict) or "doc_id" not in row:
                raise DataError(f"{paths[0]}:{lineno}: not a row of `framing label` output")
            yield row
        return
    from framing.batch import batches, process_batches
    from framing.corpus import iter_records

    records = iter_records(paths, keep_fields=tuple(keep_fields), **read_options)
    for result in process_batches(batches(records, batch_size), model=model, jobs=jobs):
        yield from result.payload


def iter_documents(
    rows: Iterator[Mapping[str, Any]],
) -> Iterator[tuple[Any, list[Mapping[str, Any]]]]:
    """(doc_id, rows) per document: consecutive rows with the same ``doc_id`` (a document's
    rows are written together; a sentence row with ``index`` 0, a blank or an error row
    starts a new document even when its id repeats the previous one)."""
    current: list[Mapping[str, Any]] = []
    doc: Any = None
    for row in rows:
        starts = row.get("index") in (0, None) or "error" in row
        if current and (row.get("doc_id") != doc or starts):
            yield doc, current
            current = []
        doc = row.get("doc_id")
        current.append(row)
    if current:
        yield doc, current
