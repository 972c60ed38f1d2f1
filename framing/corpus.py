"""Corpora in and labeled rows out: every reader and writer of ``framing label``, in one place.

Readers turn files, directories and stdin into `Record` objects, one per document. A record
that cannot be read (malformed JSON line, missing field, undecodable bytes, a text that is not
a string) is still a `Record`, with ``error`` set, so that it becomes an error row downstream
instead of stopping the run.

Writers append whole batches of rows and make each batch durable (flush + fsync) before the
next one, so that after a crash or Ctrl-C the output holds complete batches only and a run can
be resumed from it (`prepare_resume`): no row is lost and none is written twice.

Formats: text, JSON lines and CSV in (each optionally gzip-compressed) and Parquet (the
``parquet`` extra); JSON lines, CSV and Parquet out. pyarrow is imported only when Parquet is
read or written.
"""

from __future__ import annotations

import contextlib
import csv
import gzip
import io
import json
import os
import re
import stat
import sys
import zlib
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from framing.exceptions import DataError, MissingExtraError
from framing.types import LABELS

INPUT_FORMATS: tuple[str, ...] = ("txt", "jsonl", "csv", "parquet")
OUTPUT_FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")
STDIN_NAME = "<stdin>"

DEFAULT_MAX_DOC_CHARS = 5_000_000
"""Documents longer than this (in characters) get an error row instead of being labeled: one
document must not be able to exhaust memory (a 1 MB gzip can hold 1 GB of spaces). News articles
are under 100,000 characters; a whole book is about 1-3 million."""

_SUFFIXES: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}
_OUTPUT_SUFFIXES: dict[str, str] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}


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


EMPTY_TEXT = "empty text"
"""The ``warning`` of the one row a document with no sentence gets (empty or blank text)."""


def empty_row(doc_id: Any, lang: str) -> dict[str, Any]:
    """The row of a document that has no sentence (its text is empty or only whitespace), so
    that every input record is visible in the output: ``index`` is null and ``warning`` says
    why."""
    return {"doc_id": doc_id, "index": None, "warning": EMPTY_TEXT, "lang": lang}


def error_row(record: Record, message: str | None = None) -> dict[str, Any]:
    """The row written for a record that could not be labeled."""
    return {
        "doc_id": record.doc_id,
        "file": record.file,
        "line": record.line,
        "error": message if message is not None else record.error,
    }


# --------------------------------------------------------------------------------------------
# Reading


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


def format_of(path: str | Path) -> str | None:
    """The input format a file name says (``.jsonl.gz`` -> "jsonl"), or None."""
    name = Path(path).name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return _SUFFIXES.get(os.path.splitext(name)[1])


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
    """
    for path, fmt in iter_files(paths, glob, input_format, exclude):
        if fmt not in INPUT_FORMATS:
            raise ValueError(f"unknown input format {fmt!r}; expected one of {INPUT_FORMATS}")
        if path == "-":
            source = stdin if stdin is not None else sys.stdin.buffer
            records = _read_stream(
                source,
                STDIN_NAME,
                fmt,
                text_field,
                id_field,
                encoding_errors,
                "stdin",
                max_doc_chars,
            )
        else:
            name = canonical_name(path)
            try:
                fh = _open_binary(path)
            except OSError as exc:
                why = "a dangling symbolic link" if os.path.islink(path) else exc.strerror or exc
                yield Record(name, file=name, error=f"cannot open {name}: {why}")
                continue
            with fh:
                records = _read_stream(
                    fh, name, fmt, text_field, id_field, encoding_errors, name, max_doc_chars
                )
                yield from _bounded(records, max_doc_chars)
            continue
        yield from _bounded(records, max_doc_chars)


def _bounded(records: Iterable[Record], max_doc_chars: int) -> Iterator[Record]:
    for rec in records:
        if rec.error is None and isinstance(rec.text, str) and len(rec.text) > max_doc_chars:
            rec.text, rec.error = None, too_long(len(rec.text), max_doc_chars)
        yield rec


def _open_binary(path: str) -> IO[bytes]:
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _read_stream(
    fh: IO[bytes],
    name: str,
    fmt: str,
    text_field: str,
    id_field: str | None,
    errors: str,
    whole_id: str,
    max_doc_chars: int = DEFAULT_MAX_DOC_CHARS,
) -> Iterator[Record]:
    """Records of one open binary stream, turning a truncated or corrupt file into an error."""
    last_line = [0]
    try:
        if fmt == "txt":
            records: Iterable[Record] = [_read_txt(fh, name, whole_id, errors, max_doc_chars)]
        elif fmt == "jsonl":
            records = _read_jsonl(fh, name, text_field, id_field, errors, last_line, max_doc_chars)
        elif fmt == "csv":
            records = _read_csv(fh, name, text_field, id_field, errors, last_line)
        else:
            records = _read_parquet(fh, name, text_field, id_field, last_line)
        for rec in records:
            yield _valid_unicode(rec, errors)
    except (OSError, EOFError, zlib.error) as exc:  # truncated or corrupt gzip, I/O error
        line = last_line[0] + 1 if fmt != "txt" else None
        yield Record(
            f"{name}:{line}" if line else whole_id,
            file=name,
            line=line,
            error=f"cannot read {name} past this point: {exc}",
        )


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _decode_error(exc: UnicodeDecodeError, what: str) -> str:
    head = bytes(exc.object[:4])
    if head.startswith(_UTF16_BOMS) or (len(head) == 4 and head.count(0) == 2):
        return (
            f"{what} is not UTF-8 but looks like UTF-16 (it starts with {head[:2]!r}); "
            "convert it to UTF-8, e.g. with iconv -f UTF-16 -t UTF-8"
        )
    return (
        f"{what} is not valid UTF-8 (byte {exc.object[exc.start : exc.start + 1]!r} at "
        f"offset {exc.start}); pass encoding_errors='replace' (--encoding-errors replace) to "
        "decode it anyway"
    )


_SURROGATE = re.compile("[\ud800-\udfff]")


def _valid_unicode(rec: Record, errors: str) -> Record:
    """``rec`` with no lone surrogate left in its id, text or error, which could not be
    written as UTF-8 (JSON's ``"\\ud800"``, a ``surrogateescape`` decoding): an error record
    when ``errors`` is "strict", else each one replaced with U+FFFD (dropped for "ignore")."""
    doc_id, text = rec.doc_id, rec.text
    if rec.error is not None and _SURROGATE.search(rec.error):
        rec.error = _SURROGATE.sub("\ufffd", rec.error)
    bad_id = isinstance(doc_id, str) and _SURROGATE.search(doc_id) is not None
    found = _SURROGATE.search(text) if isinstance(text, str) else None
    if not bad_id and found is None:
        return rec
    if bad_id:
        rec.doc_id = _SURROGATE.sub("\ufffd", doc_id)
    if errors == "strict" and rec.error is None:
        what = "text" if found is not None else "id"
        where = found if found is not None else _SURROGATE.search(doc_id)
        assert where is not None
        rec.text = None
        rec.error = (
            f"the {what} holds a lone surrogate (U+{ord(where.group()):04X} at offset "
            f"{where.start()}), which is not valid Unicode; pass --encoding-errors replace "
            "to replace it with U+FFFD"
        )
        return rec
    if found is not None:
        rec.text = _SURROGATE.sub("" if errors == "ignore" else "\ufffd", text)
    return rec


def _read_txt(
    fh: IO[bytes], name: str, doc_id: str, errors: str, max_doc_chars: int = DEFAULT_MAX_DOC_CHARS
) -> Record:
    limit = 4 * max_doc_chars  # UTF-8 takes at most 4 bytes per character
    data = fh.read(limit + 1)
    if len(data) > limit:
        return Record(doc_id, file=name, error=too_long(len(data), max_doc_chars))
    try:
        return Record(doc_id, data.decode("utf-8", errors=errors), file=name)
    except UnicodeDecodeError as exc:
        return Record(doc_id, file=name, error=_decode_error(exc, "the file"))


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
            "choose it with --text-field",
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


def _read_jsonl(
    fh: IO[bytes],
    name: str,
    text_field: str,
    id_field: str | None,
    errors: str,
    last_line: list[int],
    max_doc_chars: int = DEFAULT_MAX_DOC_CHARS,
) -> Iterator[Record]:
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
            yield Record(default_id, file=name, line=lineno, error=_decode_error(exc, "the line"))
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
        yield _from_mapping(obj, text_field, id_field, default_id, name, lineno)


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


_CSV_FIELD_LIMIT = 2**31 - 1


def _read_csv(
    fh: IO[bytes],
    name: str,
    text_field: str,
    id_field: str | None,
    errors: str,
    last_line: list[int],
) -> Iterator[Record]:
    if csv.field_size_limit() < _CSV_FIELD_LIMIT:
        csv.field_size_limit(_CSV_FIELD_LIMIT)  # a news article is longer than the 128 KB default
    lines = _CsvLines(fh)
    reader = csv.reader(lines, strict=True)
    try:
        header = lines.restore(next(reader))
    except StopIteration:
        return
    except csv.Error as exc:
        yield Record(f"{name}:1", file=name, line=1, error=f"malformed CSV header: {exc}")
        return
    if text_field not in header or (id_field is not None and id_field not in header):
        missing = text_field if text_field not in header else id_field
        option = "--text-field" if missing == text_field else "--id-field"
        yield Record(
            f"{name}:1",
            file=name,
            line=1,
            error=f"no column {missing!r} in the header ({', '.join(header[:10])}); "
            f"choose it with {option}; the file was skipped",
        )
        return
    t_col = header.index(text_field)
    i_col = header.index(id_field) if id_field is not None else None
    start = lines.line + 1
    while True:
        lines.mark()
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            # An unbalanced quote, say: one error row for the row's first line, then read on
            # from the line after it, so that the rows a stray quote ran into are not lost.
            lines.rewind_to_second_line()
            last_line[0] = lines.line
            yield Record(f"{name}:{start}", file=name, line=start, error=f"malformed CSV: {exc}")
            start = lines.line + 1
            reader = csv.reader(lines, strict=True)
            continue
        line, start = start, lines.line + 1
        last_line[0] = lines.line
        row = lines.restore(row)
        if not row:
            continue
        default_id = f"{name}:{line}"
        if len(row) != len(header):
            yield Record(
                default_id,
                file=name,
                line=line,
                error=f"the row has {len(row)} fields, the header {len(header)}",
            )
            continue
        doc_id: Any = default_id
        if i_col is not None:
            doc_id = row[i_col]
            if not doc_id:
                yield Record(
                    default_id, file=name, line=line, error=f"missing id field {id_field!r}"
                )
                continue
        text = row[t_col]
        if _has_surrogates(text) or _has_surrogates(doc_id):
            if errors == "strict":
                yield Record(
                    _redecode(doc_id, "replace"),
                    file=name,
                    line=line,
                    error=_decode_error(_why_undecodable(text + doc_id), "the row"),
                )
                continue
            text, doc_id = _redecode(text, errors), _redecode(doc_id, errors)
        yield Record(doc_id, text, file=name, line=line)


_LONE_CR = re.compile("\r(?!\n|\\Z)")
_CR_STAND_IN = "\udc0d"  # never in surrogateescape output (U+DC80-U+DCFF)


class _CsvLines:
    """The lines of a CSV byte stream for `csv.reader`, split at LF only and decoded with
    surrogateescape, so that bad bytes taint only their row. A lone CR (not before an LF) is
    data, quoted or not (csv.writer before Python 3.13 leaves such fields unquoted): it is
    handed to the parser as a stand-in that `restore` turns back into CR. ``line`` counts the
    lines handed out; a row that fails to parse can be re-read from its second line."""

    def __init__(self, fh: IO[bytes]) -> None:
        self._source = self._split(fh)
        self._pending: deque[str] = deque()
        self._taken: list[str] = []
        self.line = 0
        self.stand_ins = False

    def _split(self, fh: IO[bytes]) -> Iterator[str]:
        first = True
        for raw in fh:
            text = raw.decode("utf-8", errors="surrogateescape")
            if first:
                text, first = text.removeprefix("\ufeff"), False  # a byte-order mark (Excel)
            if "\r" in text:
                text, n = _LONE_CR.subn(_CR_STAND_IN, text)
                self.stand_ins = self.stand_ins or n > 0
            yield text

    def __iter__(self) -> _CsvLines:
        return self

    def __next__(self) -> str:
        text = self._pending.popleft() if self._pending else next(self._source)
        self._taken.append(text)
        self.line += 1
        return text

    def restore(self, row: list[str]) -> list[str]:
        if not self.stand_ins:
            return row
        return [f.replace(_CR_STAND_IN, "\r") for f in row]

    def mark(self) -> None:
        """A row starts here."""
        self._taken = []

    def rewind_to_second_line(self) -> None:
        """Give back the lines the row since `mark` read after its first one."""
        rest = self._taken[1:]
        self.line -= len(rest)
        self._pending.extendleft(reversed(rest))
        self._taken = []


def _has_surrogates(s: str) -> bool:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _redecode(s: str, errors: str) -> str:
    """A string decoded with surrogateescape, decoded again with the ``errors`` handler."""
    return s.encode("utf-8", "surrogateescape").decode("utf-8", errors)


def _why_undecodable(s: str) -> UnicodeDecodeError:
    try:
        s.encode("utf-8", "surrogateescape").decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc
    raise AssertionError("the string decodes")  # pragma: no cover


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingExtraError(
            "reading or writing Parquet needs pyarrow: pip install 'framing[parquet]'"
        ) from None
    return pa, pq


def _read_parquet(
    fh: IO[bytes], name: str, text_field: str, id_field: str | None, last_line: list[int]
) -> Iterator[Record]:
    _, pq = _pyarrow()
    source: Any = fh if fh.seekable() else io.BytesIO(fh.read())
    try:
        pf = pq.ParquetFile(source)
    except Exception as exc:  # pyarrow raises ArrowInvalid and friends
        yield Record(name, file=name, error=f"not a readable Parquet file: {exc}")
        return
    names = pf.schema_arrow.names
    missing = [f for f in (text_field, id_field) if f is not None and f not in names]
    if missing:
        yield Record(
            name,
            file=name,
            error=f"no column {missing[0]!r} in {name} ({', '.join(names[:10])}); "
            "the file was skipped",
        )
        return
    columns = [text_field] + ([id_field] if id_field is not None and id_field != text_field else [])
    row = 0
    # Row group by row group: a corrupt group gives one error record naming its rows, and the
    # groups after it are read as usual.
    for group in range(pf.num_row_groups):
        end = row + pf.metadata.row_group(group).num_rows
        try:
            for batch in pf.iter_batches(batch_size=1024, row_groups=[group], columns=columns):
                texts = batch.column(text_field).to_pylist()
                ids = batch.column(id_field).to_pylist() if id_field is not None else None
                for k, text in enumerate(texts):
                    row += 1
                    last_line[0] = row
                    obj = {text_field: text}
                    if ids is not None:
                        obj[id_field] = ids[k]  # type: ignore[index]
                    if text is None:
                        obj.pop(text_field)
                    yield _from_mapping(obj, text_field, id_field, f"{name}:{row}", name, row)
        except Exception as exc:  # pyarrow raises OSError, ArrowInvalid and friends
            if row >= end:
                raise
            first, row = row + 1, end
            last_line[0] = row
            yield Record(
                f"{name}:{first}",
                file=name,
                line=first,
                error=f"rows {first}-{end} (row group {group}) cannot be read: {exc}; "
                "they were not labeled",
            )


# --------------------------------------------------------------------------------------------
# Rows in flat form (CSV, Parquet, DataFrames)

_SPAN_KEYS = ("source", "cue", "source_resolved")
_ERROR_COLUMNS: tuple[tuple[str, str], ...] = (("file", "str"), ("line", "int"), ("error", "str"))
SENTENCE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("doc_id", "str"),
    ("index", "int"),
    ("start", "int"),
    ("end", "int"),
    ("text", "str"),
    ("label", "str"),
    *((f"p_{label}", "float") for label in LABELS),
    *(
        (f"{key}_{part}", "int" if part != "text" else "str")
        for key in _SPAN_KEYS
        for part in ("text", "start", "end")
    ),
    ("inherited", "bool"),
    ("attributions", "str"),
    ("cues", "str"),
    ("lang", "str"),
    ("warning", "str"),
    *_ERROR_COLUMNS,
)
SUMMARY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("doc_id", "str"),
    ("n_sentences", "int"),
    *((f"n_{label}", "int") for label in LABELS),
    *((f"share_{label}", "float") for label in LABELS),
    ("sources", "str"),
    ("lang", "str"),
    *_ERROR_COLUMNS,
)


def columns(summary: bool = False) -> list[str]:
    """The column names of flat rows (CSV, Parquet, `label_dataframe`)."""
    return [name for name, _ in (SUMMARY_COLUMNS if summary else SENTENCE_COLUMNS)]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def flatten(row: dict[str, Any], summary: bool = False, str_ids: bool = True) -> dict[str, Any]:
    """A row as flat columns: spans split into ``*_text``/``*_start``/``*_end``, probabilities,
    counts and shares into one column per label, lists and dicts JSON-encoded."""
    doc_id = row["doc_id"]
    if str_ids and doc_id is not None:
        doc_id = str(doc_id)
    if "error" in row:
        out = dict.fromkeys(columns(summary))
        out.update(doc_id=doc_id, file=row.get("file"), line=row.get("line"), error=row["error"])
        return out
    if summary:
        out = {"doc_id": doc_id, "n_sentences": row["n_sentences"]}
        for label in LABELS:
            out[f"n_{label}"] = row["counts"][label]
        for label in LABELS:
            out[f"share_{label}"] = row["shares"][label]
        out["sources"] = _dumps(row["sources"])
        out["lang"] = row.get("lang")
    elif row.get("index") is None:  # a document with no sentence (`empty_row`)
        out = dict.fromkeys(columns(summary))
        out.update(doc_id=doc_id, lang=row.get("lang"), warning=row.get("warning"))
        return out
    else:
        out = {k: row[k] for k in ("index", "start", "end", "text", "label")}
        out = {"doc_id": doc_id, **out}
        probs = row["probabilities"]
        for label in LABELS:
            out[f"p_{label}"] = probs[label]
        for key in _SPAN_KEYS:
            span = row[key]
            out[f"{key}_text"] = span["text"] if span else None
            out[f"{key}_start"] = span["start"] if span else None
            out[f"{key}_end"] = span["end"] if span else None
        out["inherited"] = row["inherited"]
        out["attributions"] = _dumps(row["attributions"])
        out["cues"] = _dumps(row["cues"])
        out["lang"] = row.get("lang")
        out["warning"] = None
    out.update(file=None, line=None, error=None)
    return out


# --------------------------------------------------------------------------------------------
# Writing


def output_format(path: str | None, fmt: str | None) -> str:
    """The output format: ``fmt`` if given, else what the suffix of ``path`` says, else JSONL."""
    if fmt is not None:
        if fmt not in OUTPUT_FORMATS:
            raise ValueError(f"unknown output format {fmt!r}; expected one of {OUTPUT_FORMATS}")
        return fmt
    if path is None or path == "-":
        return "jsonl"
    name = path.lower()
    if name.endswith(".gz"):
        raise ValueError(f"compressed output ({path}) is not supported; compress it afterwards")
    return _OUTPUT_SUFFIXES.get(os.path.splitext(name)[1], "jsonl")


def parquet_is_directory(path: str) -> bool:
    """Parquet goes to a directory of part files unless the path ends in .parquet or .pq."""
    return Path(path).is_dir() or path.endswith(("/", os.sep)) or format_of(path) != "parquet"


def _fsync(fh: IO[Any]) -> None:
    """Make what was written to ``fh`` durable, if it is a regular file."""
    try:
        fileno = fh.fileno()
        if stat.S_ISREG(os.fstat(fileno).st_mode):
            os.fsync(fileno)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass  # a pipe, a terminal or an in-memory stream: nothing to make durable


class Writer:
    """Appends whole batches of rows; ``write`` makes each batch durable before returning.

    Used as a context manager: a normal exit or Ctrl-C (KeyboardInterrupt) closes the writer,
    keeping every finished batch; any other exception aborts it (`abort`), which never leaves
    a partial file in place of a complete one. ``on_disk`` then says what the output holds:
    "resumable" (every finished batch; a resume continues), "unchanged" (as it was before
    the run) or "absent" (nothing was written).
    """

    fmt = "jsonl"

    def __init__(self, summary: bool = False) -> None:
        self.summary = summary
        self.rows_written = 0
        self.on_disk = "resumable"

    def encode(self, rows: list[dict[str, Any]]) -> Any:
        """A batch in the writer's wire form (may run in a worker process)."""
        return encode_batch(rows, self.fmt, self.summary)

    def write(self, payload: Any, n_rows: int) -> None:
        raise NotImplementedError

    def write_rows(self, rows: list[dict[str, Any]]) -> None:
        self.write(self.encode(rows), len(rows))

    def close(self) -> None:
        pass

    def abort(self) -> None:
        """Stop after an error: release resources, keep only what is complete."""
        self.close()

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        if exc_type is None or issubclass(exc_type, KeyboardInterrupt):
            self.close()
        else:
            self.abort()


def encode_batch(rows: list[dict[str, Any]], fmt: str, summary: bool) -> Any:
    """Rows encoded for the writer of ``fmt``: UTF-8 bytes for JSONL and CSV (no header),
    a column dict for Parquet."""
    if fmt == "jsonl":
        return "".join(_JSON(r) + "\n" for r in rows).encode("utf-8")
    flat = [flatten(r, summary) for r in rows]
    names = columns(summary)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        # Before Python 3.13 csv.writer leaves a field with a lone CR unquoted, which readers
        # (pandas, csv, our resume) split into two rows: such a row is written fully quoted.
        quoted = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_ALL)
        for r in flat:
            values = ["" if r[n] is None else r[n] for n in names]
            has_cr = any(isinstance(v, str) and "\r" in v for v in values)
            (quoted if has_cr else w).writerow(values)
        return buf.getvalue().encode("utf-8")
    return {n: [r[n] for r in flat] for n in names}


_JSON = json.JSONEncoder(ensure_ascii=False).encode
_FAST_JSON = [True]  # cleared for good if the fast encoding ever disagrees with to_dict


def _json_span(span: Any) -> str:
    if span is None:
        return "null"
    return f'{{"text": {_JSON(span.text)}, "start": {span.start!r}, "end": {span.end!r}}}'


def _json_bool(value: bool) -> str:
    return "true" if value else "false"


def sentence_row(doc_id: Any, s: Any, lang: str) -> dict[str, Any]:
    """The row of one sentence: ``{"doc_id": ..., **s.to_dict(), "lang": ...}``. ``lang`` is
    the document's (`Analysis.lang`); it comes last so that a row still starts with its
    document id and index (`prepare_resume` relies on it)."""
    return {"doc_id": doc_id, **s.to_dict(), "lang": lang}


def _json_sentence(doc: str, s: Any, lang: str) -> str:
    """``_JSON(sentence_row(...))`` without the dicts; ``doc`` and ``lang`` already JSON."""
    main = s.attributions[0] if s.attributions else None
    probs = ", ".join(f"{_JSON(k)}: {v!r}" for k, v in s.probabilities.items())
    attrs = ", ".join(
        f'{{"source": {_json_span(a.source)}, "cue": {_json_span(a.cue)}, '
        f'"source_resolved": {_json_span(a.source_resolved)}, '
        f'"inherited": {_json_bool(a.inherited)}}}'
        for a in s.attributions
    )
    cues = ", ".join(_json_span(c) for c in s.cues)
    return (
        f'{{"doc_id": {doc}, "index": {s.index!r}, "start": {s.start!r}, "end": {s.end!r}, '
        f'"text": {_JSON(s.text)}, "label": {_JSON(s.label)}, "probabilities": {{{probs}}}, '
        f'"source": {_json_span(main.source if main else None)}, '
        f'"cue": {_json_span(main.cue if main else None)}, '
        f'"source_resolved": {_json_span(main.source_resolved if main else None)}, '
        f'"inherited": {_json_bool(bool(main and main.inherited))}, '
        f'"attributions": [{attrs}], "cues": [{cues}], "lang": {lang}}}'
    )


def jsonl_of_outcomes(outcomes: list[tuple[Record, Any]]) -> tuple[bytes, int]:
    """JSON lines of labeled records (sentence rows, or an error row), and the row count.

    Byte for byte what `encode_batch` writes for the same rows, about three times faster: the
    row dicts are never built. Each batch checks its first sentence of each kind (fact, claim,
    framing) against ``Sentence.to_dict()``; on any difference (a field added to the rows) it
    falls back to the generic path for good.
    """
    lines: list[str] = []
    seen: set[tuple[bool, bool]] = set()
    for rec, result in outcomes:
        if isinstance(result, str):
            lines.append(_JSON(error_row(rec, result)))
            continue
        doc, lang = _JSON(rec.doc_id), _JSON(result.lang)
        if not result.sentences:
            lines.append(_JSON(empty_row(rec.doc_id, result.lang)))
        for s in result.sentences:
            kind = (bool(s.attributions), bool(s.cues))
            if _FAST_JSON[0] and kind not in seen:
                seen.add(kind)
                if _json_sentence(doc, s, lang) != _JSON(sentence_row(rec.doc_id, s, result.lang)):
                    _FAST_JSON[0] = False
            if _FAST_JSON[0]:
                lines.append(_json_sentence(doc, s, lang))
            else:
                lines.append(_JSON(sentence_row(rec.doc_id, s, result.lang)))
    data = "\n".join(lines)
    return (data + "\n").encode("utf-8") if lines else b"", len(lines)


class _StreamWriter(Writer):
    """JSON lines or CSV to a file (appended) or to a text stream such as stdout."""

    def __init__(
        self, fmt: str, summary: bool, path: str | None, header: bool, stream: IO[str] | None = None
    ) -> None:
        super().__init__(summary)
        self.fmt = fmt
        self.path = path
        self._text = stream
        self._fh: IO[bytes] | None = open(path, "ab") if path is not None else None  # noqa: SIM115
        if header:
            buf = io.StringIO()
            csv.writer(buf, lineterminator="\n").writerow(columns(summary))
            self.write(buf.getvalue().encode("utf-8"), 0)

    def write(self, payload: Any, n_rows: int) -> None:
        if not payload:
            return
        if self._fh is not None:
            self._fh.write(payload)
            self._fh.flush()
            _fsync(self._fh)
        else:
            out = self._text if self._text is not None else sys.stdout
            out.write(payload.decode("utf-8"))
            out.flush()
        self.rows_written += n_rows

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def _arrow_schema(summary: bool) -> Any:
    pa, _ = _pyarrow()
    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
    return pa.schema([(n, types[t]) for n, t in (SUMMARY_COLUMNS if summary else SENTENCE_COLUMNS)])


def _arrow_table(payload: dict[str, list[Any]], summary: bool) -> Any:
    pa, _ = _pyarrow()
    return pa.Table.from_pydict(payload, schema=_arrow_schema(summary))


class _ParquetDirWriter(Writer):
    """One Parquet part file per batch, each written to a temporary name and renamed, so that
    the directory is a valid dataset at every moment."""

    fmt = "parquet"

    def __init__(self, path: str, summary: bool, first_part: int = 0) -> None:
        super().__init__(summary)
        _pyarrow()
        self.dir = Path(path)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.part = first_part

    def write(self, payload: Any, n_rows: int) -> None:
        if n_rows == 0:
            return
        _, pq = _pyarrow()
        final = self.dir / f"part-{self.part:06d}.parquet"
        tmp = final.with_name(final.name + ".tmp")
        try:
            with open(tmp, "wb") as fh:
                pq.write_table(_arrow_table(payload, self.summary), fh)
                fh.flush()
                os.fsync(fh.fileno())
        except BaseException:
            tmp.unlink(missing_ok=True)  # a part never appears half written
            raise
        os.replace(tmp, final)
        _fsync_dir(self.dir)
        self.part += 1
        self.rows_written += n_rows


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class _ParquetFileWriter(Writer):
    """One Parquet file, one row group per batch. It is written under a temporary name and
    renamed into place when closed (also after Ctrl-C), so the file at ``path`` is always
    complete; a run killed outright leaves it as it was before the run."""

    fmt = "parquet"

    def __init__(self, path: str, summary: bool, copy_from: str | None = None) -> None:
        super().__init__(summary)
        _, pq = _pyarrow()
        self.path = path
        self.tmp = path + ".tmp"
        self._existed = os.path.exists(path)
        self._writer: Any = pq.ParquetWriter(self.tmp, _arrow_schema(summary))
        try:
            if copy_from is not None:
                old = pq.ParquetFile(copy_from)
                for i in range(old.num_row_groups):
                    table = old.read_row_group(i)
                    self._writer.write_table(table)
                    self.rows_written += table.num_rows
        except BaseException:
            self.abort()
            raise

    def write(self, payload: Any, n_rows: int) -> None:
        if n_rows == 0:
            return
        self._writer.write_table(_arrow_table(payload, self.summary))
        self.rows_written += n_rows

    def close(self) -> None:
        if self._writer is None:
            return
        try:
            self._writer.close()
            self._writer = None
            with open(self.tmp, "rb") as fh:
                os.fsync(fh.fileno())
        except BaseException:
            self.abort()  # disk full while the footer was written, say: keep the old file
            raise
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        """Drop the temporary file: the file at ``path`` stays as it was before the run."""
        if self._writer is not None:
            with contextlib.suppress(Exception):  # it is being thrown away
                self._writer.close()
            self._writer = None
        with contextlib.suppress(OSError):
            os.unlink(self.tmp)
        self.on_disk = "unchanged" if self._existed else "absent"


def open_writer(
    path: str | None,
    fmt: str | None = None,
    summary: bool = False,
    resume: ResumeState | None = None,
    stream: IO[str] | None = None,
) -> Writer:
    """A writer for ``path`` (None or "-": stdout, or ``stream``), appending after ``resume``."""
    fmt = output_format(path, fmt)
    if path in (None, "-"):
        if fmt == "parquet":
            raise ValueError("Parquet cannot go to stdout; name an output with -o")
        return _StreamWriter(fmt, summary, None, header=fmt == "csv", stream=stream)
    assert path is not None
    if fmt == "parquet":
        if parquet_is_directory(path):
            return _ParquetDirWriter(path, summary, resume.next_part if resume else 0)
        return _ParquetFileWriter(path, summary, copy_from=path if resume and resume.rows else None)
    if resume is None and os.path.exists(path):
        with open(path, "wb"):
            pass  # a fresh run replaces the file
    fresh = not os.path.exists(path) or os.path.getsize(path) == 0
    return _StreamWriter(fmt, summary, path, header=fmt == "csv" and fresh)


# --------------------------------------------------------------------------------------------
# Resuming


@dataclass
class ResumeState:
    """What an earlier run left in the output: the documents already done (id -> how many
    times, since ids may repeat), the rows kept, the bytes dropped and the next part number."""

    done: Counter[str] = field(default_factory=Counter)
    rows: int = 0
    dropped_bytes: int = 0
    next_part: int = 0

    @property
    def documents(self) -> int:
        return sum(self.done.values())


def prepare_resume(path: str, fmt: str | None = None, summary: bool = False) -> ResumeState:
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
        starts, good_end, n_rows = _scan_csv(path, summary)
    state = ResumeState(rows=n_rows)
    cut = good_end
    if starts and not summary:
        cut, _, state.rows = starts[-1]  # the last document may be incomplete: label it again
        starts = starts[:-1]
    state.done = Counter(doc for _, doc, _ in starts)
    size = os.path.getsize(path)
    state.dropped_bytes = size - cut
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
                    "command (--summary or not)? Move the file away or fix it."
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
    if csv.field_size_limit() < _CSV_FIELD_LIMIT:
        csv.field_size_limit(_CSV_FIELD_LIMIT)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error:
            yield None, ends[0]
            continue
        yield row, ends[0]


def _scan_csv(path: str, summary: bool) -> tuple[list[tuple[int, str, int]], int, int]:
    names = columns(summary)
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
    _, pq = _pyarrow()
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
            "one. Write to a directory (-o DIR --format parquet) for part files that survive "
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
