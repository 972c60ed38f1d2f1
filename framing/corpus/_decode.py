"""Bytes to valid Unicode: decoding errors worded for the user, lone surrogates caught."""

from __future__ import annotations

import re

from framing.corpus._base import Record

__all__ = ["decode_error", "has_surrogates", "redecode", "valid_unicode", "why_undecodable"]

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode_error(exc: UnicodeDecodeError, what: str) -> str:
    """Why ``what`` could not be decoded, and what to do about it."""
    head = bytes(exc.object[:4])
    if head.startswith(_UTF16_BOMS) or (len(head) == 4 and head.count(0) == 2):
        return (
            f"{what} is not UTF-8 but looks like UTF-16 (it starts with {head[:2]!r}); "
            "convert it to UTF-8, e.g. with iconv -f UTF-16 -t UTF-8"
        )
    return (
        f"{what} is not valid UTF-8 (byte {exc.object[exc.start : exc.start + 1]!r} at "
        f"offset {exc.start}); pass encoding_errors='replace' to "
        "decode it anyway"
    )


_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_unicode(rec: Record, errors: str) -> Record:
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
            f"{where.start()}), which is not valid Unicode; pass encoding_errors='replace' "
            "to replace it with U+FFFD"
        )
        return rec
    if found is not None:
        rec.text = _SURROGATE.sub("" if errors == "ignore" else "\ufffd", text)
    return rec


def has_surrogates(s: str) -> bool:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def redecode(s: str, errors: str) -> str:
    """A string decoded with surrogateescape, decoded again with the ``errors`` handler."""
    return s.encode("utf-8", "surrogateescape").decode("utf-8", errors)


def why_undecodable(s: str) -> UnicodeDecodeError:
    try:
        s.encode("utf-8", "surrogateescape").decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc
    raise AssertionError("the string decodes")  # pragma: no cover
