"""The JSON-lines reader: one document per line, a `Record` per line (error rows included)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from framing.corpus._base import ReadOptions, Record, kept_fields, too_long
from framing.corpus._decode import decode_error
from framing.exceptions import DataError

__all__ = ["from_mapping", "json_lines", "read_jsonl"]


def from_mapping(
    obj: Any,
    text_field: str,
    id_field: str | None,
    default_id: str,
    name: str,
    line: int,
    keep_fields: tuple[str, ...] = (),
) -> Record:
    """The record of one parsed object (a JSON line, a Parquet row): its text and id, or why
    it has none, and its ``keep_fields`` (`kept_fields`), error records included."""
    rec = _from_mapping(obj, text_field, id_field, default_id, name, line)
    rec.fields = kept_fields(obj, keep_fields)
    return rec


def _from_mapping(
    obj: Any, text_field: str, id_field: str | None, default_id: str, name: str, line: int
) -> Record:
    if not isinstance(obj, dict):
        return Record(
            default_id,
            file=name,
            line=line,
            error=f"expected a JSON object, got {type(obj).__name__}",
        )
    doc_id: Any = default_id
    if id_field is not None:
        value = obj.get(id_field)
        if value is None or value == "":
            return Record(default_id, file=name, line=line, error=f"missing id field {id_field!r}")
        doc_id = str(value)
    if text_field not in obj:
        fields = ", ".join(map(str, list(obj)[:10]))
        return Record(
            doc_id,
            file=name,
            line=line,
            error=f"missing text field {text_field!r} (fields: {fields}); "
            "choose it with text_field",
        )
    text = obj[text_field]
    if not isinstance(text, str):
        return Record(
            doc_id,
            file=name,
            line=line,
            error=f"text field {text_field!r} is {type(text).__name__}, not a string",
        )
    return Record(doc_id, text, file=name, line=line)


def read_jsonl(
    fh: IO[bytes], name: str, options: ReadOptions, last_line: list[int]
) -> Iterator[Record]:
    """One record per non-blank line: the object's text and id fields, or why not."""
    text_field, id_field, errors = options.text_field, options.id_field, options.errors
    max_doc_chars = options.max_doc_chars
    limit = 4 * max_doc_chars + 1024  # a line holds the text (<= 4 bytes a character) and more
    for lineno, raw in enumerate(_lines(fh, limit), 1):
        last_line[0] = lineno
        if raw is None:
            yield Record(
                f"{name}:{lineno}",
                file=name,
                line=lineno,
                error=too_long(limit, max_doc_chars) + " (the line was skipped)",
            )
            continue
        if not raw.strip():
            continue
        default_id = f"{name}:{lineno}"
        try:
            # utf-8-sig: a byte-order mark (Windows tools) on the first line is not data
            line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8", errors=errors)
        except UnicodeDecodeError as exc:
            yield Record(default_id, file=name, line=lineno, error=decode_error(exc, "the line"))
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            yield Record(default_id, file=name, line=lineno, error=f"malformed JSON: {exc}")
            continue
        except RecursionError:
            yield Record(
                default_id, file=name, line=lineno, error="malformed JSON: nested too deeply"
            )
            continue
        yield from_mapping(obj, text_field, id_field, default_id, name, lineno, options.keep_fields)


def _lines(fh: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """The lines of ``fh``; None for a line longer than ``limit`` bytes, which is skipped
    without being held in memory."""
    while True:
        raw = fh.readline(limit + 1)
        if not raw:
            return
        if len(raw) > limit and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = fh.readline(1 << 20)
            yield None
            continue
        yield raw


def json_lines(path: str | Path) -> Iterator[tuple[int, Any]]:
    """(line number, value) of each non-blank line of a small JSON-lines file (a labels file,
    an evaluation set); a line that is not JSON is a `DataError` naming it. Corpora are read
    by `read_jsonl`, which turns a bad line into an error record instead."""
    lineno = 0
    with open(path, encoding="utf-8") as fh:
        try:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    value = json.loads(line)
                except ValueError as exc:
                    raise DataError(f"{path}:{lineno}: not JSON ({exc})") from None
                yield lineno, value
        except UnicodeDecodeError as exc:
            raise DataError(f"{path}: not UTF-8 after line {lineno} ({exc})") from None
