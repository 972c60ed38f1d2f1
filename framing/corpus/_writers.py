"""Writers of labeled rows (JSON lines, CSV, Parquet), each batch durable before the next."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import stat
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from framing.corpus._base import require_pyarrow
from framing.corpus._readers import format_of
from framing.corpus._schema import (
    SENTENCE_COLUMNS,
    SUMMARY_COLUMNS,
    columns,
    encode_json,
    flatten,
)

if TYPE_CHECKING:
    from framing.corpus._resume import ResumeState

__all__ = [
    "OUTPUT_FORMATS",
    "Writer",
    "encode_batch",
    "open_writer",
    "output_format",
    "parquet_is_directory",
]

OUTPUT_FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")


_OUTPUT_SUFFIXES: dict[str, str] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}


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

    def __init__(self, summary: bool = False, keep_fields: tuple[str, ...] = ()) -> None:
        self.summary = summary
        self.keep_fields = keep_fields
        self.rows_written = 0
        self.on_disk = "resumable"

    def write(self, payload: Any, n_rows: int) -> None:
        """Append ``payload`` (`encode_batch` of ``n_rows`` rows) and make it durable."""
        raise NotImplementedError

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


def encode_batch(
    rows: list[dict[str, Any]], fmt: str, summary: bool, keep_fields: tuple[str, ...] = ()
) -> Any:
    """Rows encoded for the writer of ``fmt``: UTF-8 bytes for JSONL and CSV (no header),
    a column dict for Parquet; flat forms end with the ``keep_fields`` columns."""
    if fmt == "jsonl":
        return "".join(encode_json(r) + "\n" for r in rows).encode("utf-8")
    flat = [flatten(r, summary, keep_fields=keep_fields) for r in rows]
    names = columns(summary, keep_fields)
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


class _StreamWriter(Writer):
    """JSON lines or CSV to a file (appended) or to a text stream such as stdout."""

    def __init__(
        self,
        fmt: str,
        summary: bool,
        path: str | None,
        header: bool,
        stream: IO[str] | None = None,
        keep_fields: tuple[str, ...] = (),
    ) -> None:
        super().__init__(summary, keep_fields)
        self.fmt = fmt
        self.path = path
        self._text = stream
        self._fh: IO[bytes] | None = open(path, "ab") if path is not None else None  # noqa: SIM115
        if header:
            buf = io.StringIO()
            csv.writer(buf, lineterminator="\n").writerow(columns(summary, keep_fields))
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


def _arrow_schema(summary: bool, keep_fields: tuple[str, ...] = ()) -> Any:
    """The Parquet schema: the fixed columns, then the kept fields as strings."""
    pa, _ = require_pyarrow()
    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
    fixed = SUMMARY_COLUMNS if summary else SENTENCE_COLUMNS
    return pa.schema([(n, types[t]) for n, t in fixed] + [(f, pa.string()) for f in keep_fields])


def _arrow_table(
    payload: dict[str, list[Any]], summary: bool, keep_fields: tuple[str, ...] = ()
) -> Any:
    pa, _ = require_pyarrow()
    return pa.Table.from_pydict(payload, schema=_arrow_schema(summary, keep_fields))


class _ParquetDirWriter(Writer):
    """One Parquet part file per batch, each written to a temporary name and renamed, so that
    the directory is a valid dataset at every moment."""

    fmt = "parquet"

    def __init__(
        self, path: str, summary: bool, first_part: int = 0, keep_fields: tuple[str, ...] = ()
    ) -> None:
        super().__init__(summary, keep_fields)
        require_pyarrow()
        self.dir = Path(path)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.part = first_part

    def write(self, payload: Any, n_rows: int) -> None:
        if n_rows == 0:
            return
        _, pq = require_pyarrow()
        final = self.dir / f"part-{self.part:06d}.parquet"
        tmp = final.with_name(final.name + ".tmp")
        try:
            with open(tmp, "wb") as fh:
                pq.write_table(_arrow_table(payload, self.summary, self.keep_fields), fh)
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

    def __init__(
        self,
        path: str,
        summary: bool,
        copy_from: str | None = None,
        keep_fields: tuple[str, ...] = (),
    ) -> None:
        super().__init__(summary, keep_fields)
        _, pq = require_pyarrow()
        self.path = path
        self.tmp = path + ".tmp"
        self._existed = os.path.exists(path)
        self._writer: Any = pq.ParquetWriter(self.tmp, _arrow_schema(summary, keep_fields))
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
        self._writer.write_table(_arrow_table(payload, self.summary, self.keep_fields))
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
    keep_fields: tuple[str, ...] = (),
) -> Writer:
    """A writer for ``path`` (None or "-": stdout, or ``stream``), appending after ``resume``;
    flat rows end with the ``keep_fields`` columns."""
    fmt = output_format(path, fmt)
    keep = tuple(keep_fields)
    if path in (None, "-"):
        if fmt == "parquet":
            raise ValueError("Parquet cannot go to stdout; name an output with -o")
        return _StreamWriter(
            fmt, summary, None, header=fmt == "csv", stream=stream, keep_fields=keep
        )
    assert path is not None
    if fmt == "parquet":
        if parquet_is_directory(path):
            return _ParquetDirWriter(path, summary, resume.next_part if resume else 0, keep)
        return _ParquetFileWriter(
            path, summary, copy_from=path if resume and resume.rows else None, keep_fields=keep
        )
    if resume is None and os.path.exists(path):
        with open(path, "wb"):
            pass  # a fresh run replaces the file
    fresh = not os.path.exists(path) or os.path.getsize(path) == 0
    return _StreamWriter(fmt, summary, path, header=fmt == "csv" and fresh, keep_fields=keep)
