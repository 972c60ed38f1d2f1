"""The CSV reader: one document per row, a malformed row an error `Record`, the rest read on."""

from __future__ import annotations

import csv
import re
from collections import deque
from collections.abc import Iterator
from typing import IO, Any

from framing.corpus._base import ReadOptions, Record, field_spec
from framing.corpus._decode import decode_error, has_surrogates, redecode, why_undecodable

__all__ = ["CSV_FIELD_LIMIT", "read_csv"]

CSV_FIELD_LIMIT = 2**31 - 1


def read_csv(
    fh: IO[bytes], name: str, options: ReadOptions, last_line: list[int]
) -> Iterator[Record]:
    """One record per row under a header that names the text (and id) column."""
    text_field, id_field, errors = options.text_field, options.id_field, options.errors
    if csv.field_size_limit() < CSV_FIELD_LIMIT:
        csv.field_size_limit(CSV_FIELD_LIMIT)  # a news article is longer than the 128 KB default
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
        option = "text_field" if missing == text_field else "id_field"
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
    keep = options.keep_fields
    k_cols = [
        (dst, header.index(src) if src in header else None) for src, dst in map(field_spec, keep)
    ]

    def fields(row: list[str] | None) -> dict[str, Any] | None:
        if not keep:
            return None
        return {
            f: None if row is None or k is None else redecode(row[k], "replace") for f, k in k_cols
        }

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
            yield Record(
                f"{name}:{start}",
                file=name,
                line=start,
                error=f"malformed CSV: {exc}",
                fields=fields(None),
            )
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
                fields=fields(None),
            )
            continue
        doc_id: Any = default_id
        if i_col is not None:
            doc_id = row[i_col]
            if not doc_id:
                yield Record(
                    default_id,
                    file=name,
                    line=line,
                    error=f"missing id field {id_field!r}",
                    fields=fields(row),
                )
                continue
        text = row[t_col]
        if has_surrogates(text) or has_surrogates(doc_id):
            if errors == "strict":
                yield Record(
                    redecode(doc_id, "replace"),
                    file=name,
                    line=line,
                    error=decode_error(why_undecodable(text + doc_id), "the row"),
                    fields=fields(row),
                )
                continue
            text, doc_id = redecode(text, errors), redecode(doc_id, errors)
        yield Record(doc_id, text, file=name, line=line, fields=fields(row))


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
