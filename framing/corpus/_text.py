"""The text reader: a whole file (or stdin) is one document."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from framing.corpus._base import ReadOptions, Record, too_long
from framing.corpus._decode import decode_error

__all__ = ["read_txt"]


def read_txt(
    fh: IO[bytes], name: str, options: ReadOptions, last_line: list[int]
) -> Iterator[Record]:
    """The whole stream as one document, its id ``options.whole_id``."""
    doc_id, max_doc_chars = options.whole_id, options.max_doc_chars
    limit = 4 * max_doc_chars  # UTF-8 takes at most 4 bytes per character
    data = fh.read(limit + 1)
    if len(data) > limit:
        yield Record(doc_id, file=name, error=too_long(len(data), max_doc_chars))
        return
    try:
        yield Record(doc_id, data.decode("utf-8", errors=options.errors), file=name)
    except UnicodeDecodeError as exc:
        yield Record(doc_id, file=name, error=decode_error(exc, "the file"))
