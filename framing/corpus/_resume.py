"""Resuming an interrupted run: what the output already holds, cut back to whole documents."""

from __future__ import annotations

import csv
import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from framing.corpus._base import Record, require_pyarrow
from framing.corpus._csv import CSV_FIELD_LIMIT
from framing.corpus._schema import columns
from framing.corpus._writers import output_format, parquet_is_directory
from framing.exceptions import DataError

__all__ = ["ResumeState", "prepare_resume", "skip_done"]


@dataclass
class ResumeState:
    """What an earlier run left in the output: the documents already done (id -> how many
    times, since ids may repeat), the rows kept and the next part number."""

    done: Counter[str] = field(default_factory=Counter)
    rows: int = 0
    next_part: int = 0

    @property
    def documents(self) -> int:
        return sum(self.done.values())


def prepare_resume(
    path: str, fmt: str | None = None, summary: bool = False, keep_fields: tuple[str, ...] = ()
) -> ResumeState:
    """Read the output of an interrupted run and make it safe to append to.

    JSON lines and CSV: a trailing partial row is cut off, and so are the rows of the last
    document, which a crash may have cut short (it is labeled again). Parquet part files and
    a closed Parquet file hold complete batches only. Raises `DataError` when the file holds
    something framing did not write, rather than guess.
    """
    fmt = output_format(path, fmt)
    if not os.path.exists(path):
        return ResumeState()
    if fmt == "parquet":
        return _resume_parquet(path, summary)
    if fmt == "jsonl":
        starts, good_end, n_rows = _scan_jsonl(path, summary)
    else:
        starts, good_end, n_rows = _scan_csv(path, summary, tuple(keep_fields))
    state = ResumeState(rows=n_rows)
    cut = good_end
    if starts and not summary:
        cut, _, state.rows = starts[-1]  # the last document may be incomplete: label it again
        starts = starts[:-1]
    state.done = Counter(doc for _, doc, _ in starts)
    size = os.path.getsize(path)
    if cut < size:
        with open(path, "r+b") as fh:
            fh.truncate(cut)
            fh.flush()
            os.fsync(fh.fileno())
    return state


_FAST_ROW = b'{"doc_id": '


def _scan_jsonl(path: str, summary: bool) -> tuple[list[tuple[int, str, int]], int, int]:
    """(offset, doc id, rows before) of each document's first row, the end of the last
    complete row, and the number of complete rows."""
    decoder = json.JSONDecoder()
    starts: list[tuple[int, str, int]] = []
    pos = 0
    n = 0
    with open(path, "rb") as fh:
        for raw in fh:
            if not raw.endswith(b"\n"):
                break  # a partial last row (rows are written whole, newline last): cut off
            try:
                doc, first = _row_key(raw, decoder, summary)
            except ValueError:
                kind = "summary" if summary else "sentence"
                raise DataError(
                    f"{path}: line {n + 1} is not a {kind} row framing wrote; refusing to "
                    "resume (it would lose or duplicate rows). Is it the output of this "
                    "run (summary rows or not)? Move the file away or fix it."
                ) from None
            if first:
                starts.append((pos, str(doc), n))
            pos += len(raw)
            n += 1
    return starts, pos, n


def _row_key(raw: bytes, decoder: json.JSONDecoder, summary: bool) -> tuple[Any, bool]:
    """(doc id, whether the row starts a document) of one JSON-lines output row."""
    if raw.startswith(_FAST_ROW) and raw.rstrip().endswith(b"}"):
        line = raw.decode("utf-8")
        doc, end = decoder.raw_decode(line, len(_FAST_ROW))
        rest = line[end : end + 40]
        if summary:
            if rest.startswith(', "n_sentences": ') or ', "error": ' in line[end:]:
                return doc, True
        elif rest.startswith(', "index": '):
            return doc, rest.startswith((', "index": 0,', ', "index": null,'))
        elif rest.startswith(', "file": ') and ', "error": ' in line[end:]:
            return doc, True
    obj = json.loads(raw)
    if not isinstance(obj, dict) or "doc_id" not in obj:
        raise ValueError("not a row")
    if "error" in obj or summary:
        if summary and "error" not in obj and "n_sentences" not in obj:
            raise ValueError("a sentence row in a summary file")
        return obj["doc_id"], True
    if "index" not in obj:
        raise ValueError("not a sentence row")
    return obj["doc_id"], obj["index"] in (0, None)


def _csv_rows(path: str) -> Iterator[tuple[list[str] | None, int]]:
    """Rows of a CSV file with the byte offset where each ends."""
    ends = [0]

    def lines() -> Iterator[str]:
        with open(path, "rb") as fh:
            for raw in fh:
                ends[0] += len(raw)
                if not raw.endswith(b"\n"):
                    ends[0] = -1  # a partial last line
                yield raw.decode("utf-8", errors="surrogateescape")

    reader = csv.reader(lines())
    if csv.field_size_limit() < CSV_FIELD_LIMIT:
        csv.field_size_limit(CSV_FIELD_LIMIT)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error:
            yield None, ends[0]
            continue
        yield row, ends[0]


def _scan_csv(
    path: str, summary: bool, keep_fields: tuple[str, ...] = ()
) -> tuple[list[tuple[int, str, int]], int, int]:
    names = columns(summary, keep_fields)
    i_index = names.index("n_sentences" if summary else "index")
    i_error = names.index("error")
    starts: list[tuple[int, str, int]] = []
    pos = 0
    n = 0
    rows = _csv_rows(path)
    for k, (row, end) in enumerate(rows):
        bad = row is None or end < 0 or len(row) != len(names)
        if k == 0:
            if bad or row != names:
                if end < 0 or row is None:
                    return [], 0, 0  # not even a whole header
                raise DataError(
                    f"{path}: the header is not that of framing's "
                    f"{'summary' if summary else 'sentence'} rows; refusing to resume"
                )
            pos = end
            continue
        if bad or row is None:
            if next(rows, None) is not None:
                raise DataError(
                    f"{path}: row {k + 1} is not a row framing wrote; refusing to "
                    "resume (it would lose or duplicate rows)"
                )
            break
        if summary or row[i_error] or row[i_index] in ("0", ""):
            starts.append((pos, row[0], n))
        pos = end
        n += 1
    return starts, pos, n


def _resume_parquet(path: str, summary: bool) -> ResumeState:
    _, pq = require_pyarrow()
    state = ResumeState()
    if parquet_is_directory(path):
        folder = Path(path)
        for tmp in folder.glob("part-*.parquet.tmp"):
            tmp.unlink()  # a part being written when the run stopped
        parts = sorted(folder.glob("part-*.parquet"))
        for part in parts:
            _count_parquet(pq.read_table(part, columns=_key_columns(summary)), state, summary)
        if parts:
            state.next_part = int(parts[-1].name[5:-8]) + 1
        return state
    try:
        table = pq.read_table(path, columns=_key_columns(summary))
    except Exception as exc:
        raise DataError(
            f"{path} is not a complete Parquet file ({exc}); a run killed outright cannot leave "
            "one. Write Parquet to a directory for part files that survive "
            "any crash."
        ) from exc
    _count_parquet(table, state, summary)
    return state


def _key_columns(summary: bool) -> list[str]:
    return ["doc_id", "n_sentences" if summary else "index", "error"]


def _count_parquet(table: Any, state: ResumeState, summary: bool) -> None:
    ids = table.column("doc_id").to_pylist()
    index = table.column(1).to_pylist()
    errors = table.column("error").to_pylist()
    for doc, i, err in zip(ids, index, errors, strict=True):
        if summary or err is not None or i in (0, None):
            state.done[str(doc)] += 1
    state.rows += len(ids)


def skip_done(
    records: Iterable[Record], done: Counter[str], summary: bool = False
) -> Iterator[Record | None]:
    """``records`` with those already in the output replaced by None.

    Each done id is used up once per occurrence, in input order, so repeated ids are handled
    (every record gives at least one row, a blank text its `empty_row`).
    """
    remaining = Counter(done)
    for rec in records:
        key = str(rec.doc_id)
        if remaining.get(key, 0) > 0:
            remaining[key] -= 1
            yield None
        else:
            yield rec
