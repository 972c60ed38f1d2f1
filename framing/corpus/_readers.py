"""Which reader reads which file: the format registry, `iter_files` and `iter_records`.

To add an input format, write a `Reader` (``(stream, name, options, last_line) -> records``,
see `framing.corpus._base`) in a module of its own, add it to `READERS` and its suffixes to
`SUFFIXES`.
"""

from __future__ import annotations

import gzip
import os
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

from framing.corpus._base import (
    DEFAULT_MAX_DOC_CHARS,
    Reader,
    ReadOptions,
    Record,
    canonical_name,
    kept_names,
    too_long,
)
from framing.corpus._csv import read_csv
from framing.corpus._decode import valid_unicode
from framing.corpus._jsonl import read_jsonl
from framing.corpus._parquet import read_parquet
from framing.corpus._text import read_txt
from framing.exceptions import DataError

__all__ = [
    "INPUT_FORMATS",
    "READERS",
    "STDIN_NAME",
    "SUFFIXES",
    "format_of",
    "iter_files",
    "iter_records",
]

READERS: dict[str, Reader] = {
    "txt": read_txt,
    "jsonl": read_jsonl,
    "csv": read_csv,
    "parquet": read_parquet,
}
"""Input format -> the function that reads an open binary stream of it."""

INPUT_FORMATS: tuple[str, ...] = tuple(READERS)
STDIN_NAME = "<stdin>"

SUFFIXES: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}
"""File suffix (after any ``.gz``) -> input format."""


def format_of(path: str | Path) -> str | None:
    """The input format a file name says (``.jsonl.gz`` -> "jsonl"), or None."""
    name = Path(path).name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return SUFFIXES.get(os.path.splitext(name)[1])


def iter_files(
    paths: Sequence[str | Path],
    glob: str | None = None,
    input_format: str | None = None,
    exclude: Sequence[str | Path] = (),
) -> Iterator[tuple[str, str]]:
    """(path, format) of every input: files as named, directories walked recursively.

    A directory yields, in sorted order, the files matching ``glob`` (a pattern such as
    ``"*.jsonl.gz"`` or ``"2024/**/*.csv"``), each read in the format its suffix names (text
    if none); without a glob, the files of ``input_format`` (default txt), plain or gzipped:
    ``*.txt`` and ``*.txt.gz``. ``input_format`` overrides the suffix; a named file with an
    unknown suffix is text. "-" is stdin. Files in ``exclude`` (the output) are never read.
    """
    skip = {os.path.realpath(e) for e in exclude}
    for p in paths:
        p = str(p)
        if p == "-":
            yield p, input_format or "txt"
            continue
        path = Path(p)
        if not path.is_dir():
            yield p, input_format or format_of(path) or "txt"
            continue
        wanted = input_format or "txt"
        found, skipped = 0, []
        for f in sorted(path.rglob(glob or "*")):
            dangling = f.is_symlink() and not f.exists()
            if (not f.is_file() and not dangling) or os.path.realpath(f) in skip:
                continue
            fmt = format_of(f)
            if glob is None and fmt != wanted:
                skipped.append(f.name)
                continue  # README.md, an earlier run's output, ...
            found += 1
            # a dangling link is yielded: opening it fails, which gives an error row naming it
            yield str(f), input_format or fmt or "txt"
        if not found:
            looked = (
                f"files matching glob {glob!r}"
                if glob
                else f"{wanted} files (*.{wanted}, *.{wanted}.gz)"
            )
            also = ""
            if skipped:
                shown = ", ".join(skipped[:5]) + (", ..." if len(skipped) > 5 else "")
                also = (
                    f"; skipped {len(skipped)} other file(s) ({shown}): choose them with "
                    "input_format or glob"
                )
            raise DataError(f"no input in directory {p}: looked for {looked}{also}")


def iter_records(
    paths: Sequence[str | Path],
    *,
    input_format: str | None = None,
    text_field: str = "text",
    id_field: str | None = None,
    glob: str | None = None,
    encoding_errors: str = "strict",
    stdin: IO[bytes] | None = None,
    exclude: Sequence[str | Path] = (),
    max_doc_chars: int = DEFAULT_MAX_DOC_CHARS,
    keep_fields: Sequence[str] = (),
    transcript: bool = False,
) -> Iterator[Record]:
    """Every document of the given files, directories and stdin ("-"), in order, lazily.

    Text files are one document each (id: the path). JSON lines, CSV and Parquet give one
    document per line or row (directories: see `iter_files`); the text is the ``text_field``
    and the id the ``id_field``
    (as a string), or, without an id field, ``"<file>:<line>"``. Records that cannot be read
    come out with ``error`` set. Bytes that are not UTF-8 are an error unless
    ``encoding_errors`` is "replace" (or another codec error handler). A text longer than
    ``max_doc_chars`` is an error record, and no more than about four bytes per allowed
    character is read of it (text files and JSON lines). File names in ids are spelled by
    `canonical_name`.

    ``keep_fields`` names input fields (JSON lines, CSV, Parquet) copied onto every output row
    of a record (`Record.fields`), ``"source=outlet"`` to write the field ``source`` as
    ``outlet``; a field a record lacks is None, and so are all of them on a text file's record
    or on the error record of a file that cannot be read.

    ``transcript=True`` marks every record to be read as a transcript of speech
    (`Record.transcript`).
    """
    records = _records(
        paths,
        input_format,
        text_field,
        id_field,
        glob,
        encoding_errors,
        stdin,
        exclude,
        max_doc_chars,
        tuple(keep_fields),
    )
    if not transcript:
        yield from records
        return
    for rec in records:
        rec.transcript = True
        yield rec


def _records(
    paths: Sequence[str | Path],
    input_format: str | None,
    text_field: str,
    id_field: str | None,
    glob: str | None,
    encoding_errors: str,
    stdin: IO[bytes] | None,
    exclude: Sequence[str | Path],
    max_doc_chars: int,
    keep: tuple[str, ...],
) -> Iterator[Record]:
    """`iter_records` without the transcript flag."""
    for path, fmt in iter_files(paths, glob, input_format, exclude):
        if fmt not in INPUT_FORMATS:
            raise ValueError(f"unknown input format {fmt!r}; expected one of {INPUT_FORMATS}")
        if path == "-":
            source = stdin if stdin is not None else sys.stdin.buffer
            options = ReadOptions(
                text_field, id_field, encoding_errors, "stdin", max_doc_chars, keep
            )
            records = _read_stream(source, STDIN_NAME, fmt, options)
        else:
            name = canonical_name(path)
            try:
                fh = _open_binary(path)
            except OSError as exc:
                why = "a dangling symbolic link" if os.path.islink(path) else exc.strerror or exc
                yield Record(
                    name,
                    file=name,
                    error=f"cannot open {name}: {why}",
                    fields=dict.fromkeys(kept_names(keep)) if keep else None,
                )
                continue
            with fh:
                options = ReadOptions(
                    text_field, id_field, encoding_errors, name, max_doc_chars, keep
                )
                records = _read_stream(fh, name, fmt, options)
                yield from _bounded(records, max_doc_chars, keep)
            continue
        yield from _bounded(records, max_doc_chars, keep)


def _bounded(
    records: Iterable[Record], max_doc_chars: int, keep: tuple[str, ...] = ()
) -> Iterator[Record]:
    for rec in records:
        if keep and rec.fields is None:  # a text file, a file that cannot be read
            rec.fields = dict.fromkeys(kept_names(keep))
        if rec.error is None and isinstance(rec.text, str) and len(rec.text) > max_doc_chars:
            rec.text, rec.error = None, too_long(len(rec.text), max_doc_chars)
        yield rec


def _open_binary(path: str) -> IO[bytes]:
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _read_stream(fh: IO[bytes], name: str, fmt: str, options: ReadOptions) -> Iterator[Record]:
    """Records of one open binary stream, turning a truncated or corrupt file into an error."""
    last_line = [0]
    try:
        for rec in READERS[fmt](fh, name, options, last_line):
            yield valid_unicode(rec, options.errors)
    except (OSError, EOFError, zlib.error) as exc:  # truncated or corrupt gzip, I/O error
        line = last_line[0] + 1 if fmt != "txt" else None
        yield Record(
            f"{name}:{line}" if line else options.whole_id,
            file=name,
            line=line,
            error=f"cannot read {name} past this point: {exc}",
        )
