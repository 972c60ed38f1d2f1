"""What the readers, writers and resume share: `Record`, the document size limit, file names."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from framing.exceptions import MissingExtraError

__all__ = [
    "DEFAULT_MAX_DOC_CHARS",
    "ReadOptions",
    "Reader",
    "Record",
    "canonical_name",
    "field_spec",
    "kept_fields",
    "kept_names",
    "require_pyarrow",
    "too_long",
]

DEFAULT_MAX_DOC_CHARS = 5_000_000
"""Documents longer than this (in characters) get an error row instead of being labeled: one
document must not be able to exhaust memory (a 1 MB gzip can hold 1 GB of spaces). News articles
are under 100,000 characters; a whole book is about 1-3 million."""


@dataclass
class Record:
    """One input document: its id and text, where it came from, or why it could not be read.

    ``line`` is the line number in a JSON-lines file, the first line of the row in a CSV file
    and the row number (from 1) in a Parquet file; None for a whole-file text document.
    """

    doc_id: Any
    text: Any = None
    file: str | None = None
    line: int | None = None
    error: str | None = None
    fields: dict[str, Any] | None = None
    """The input fields kept for the output rows (``keep_fields``), or None when none are
    kept: each kept field's value in the input record, None where it has none."""
    transcript: bool = False
    """Read the text as a transcript of speech, each speaker in their own voice
    (`framing.analyze`'s ``transcript``)."""


@dataclass(frozen=True)
class ReadOptions:
    """How a reader reads a stream: the text and id fields, the codec error handler, the id of
    a whole-stream document, the document size limit, and the input fields copied onto every
    output row (``keep_fields``)."""

    text_field: str = "text"
    id_field: str | None = None
    errors: str = "strict"
    whole_id: str = ""
    max_doc_chars: int = DEFAULT_MAX_DOC_CHARS
    keep_fields: tuple[str, ...] = ()


Reader = Callable[[IO[bytes], str, ReadOptions, list[int]], Iterable[Record]]
"""``reader(stream, name, options, last_line)``: the records of one open binary stream named
``name``; it keeps ``last_line[0]`` at the line (or row) last read, so that a stream that breaks
off can be reported where it broke."""


def field_spec(spec: str) -> tuple[str, str]:
    """(input field, output name) of a kept field: ``"outlet"`` or ``"source=outlet"`` (the
    input field ``source`` written as ``outlet``)."""
    src, _, dst = spec.partition("=")
    return src, dst or src


def kept_names(keep_fields: tuple[str, ...]) -> tuple[str, ...]:
    """The output names of kept fields (`field_spec`)."""
    return tuple(field_spec(f)[1] for f in keep_fields)


def kept_fields(obj: Any, keep_fields: tuple[str, ...]) -> dict[str, Any] | None:
    """The kept fields of one input object (a JSON line, a Parquet or CSV row): each field's
    value under its output name (`field_spec`), None where the object has none; None when no
    field is kept."""
    if not keep_fields:
        return None
    if not isinstance(obj, dict):
        return dict.fromkeys(kept_names(keep_fields))
    return {dst: obj.get(src) for src, dst in map(field_spec, keep_fields)}


def canonical_name(path: str | Path) -> str:
    """The one spelling of an input path used in ids (``FILE:LINE``) and rows: relative to the
    working directory when the file is under it (``./x.jsonl``, ``x.jsonl`` and its absolute
    path all give ``x.jsonl``), else absolute; symbolic links are not resolved."""
    p = str(path)
    if p == "-":
        return p
    absolute = os.path.abspath(p)
    relative = os.path.relpath(absolute)
    return absolute if relative.startswith(os.pardir) else relative


def too_long(n_chars: int, max_doc_chars: int) -> str:
    """The error of a document longer than ``max_doc_chars``."""
    return (
        f"the text is longer than max_doc_chars ({n_chars:,} > {max_doc_chars:,} characters); "
        "it was not labeled"
    )


def require_pyarrow() -> tuple[Any, Any]:
    """(pyarrow, pyarrow.parquet), imported now; `MissingExtraError` if not installed."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingExtraError(
            "reading or writing Parquet needs pyarrow: pip install 'framing[parquet]'"
        ) from None
    return pa, pq
