"""Corpora in and labeled rows out: every reader and writer of a labeling run.

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

Where things live:

- ``_base``: `Record`, `ReadOptions`, the `Reader` signature, the document size limit;
- ``_readers``: the format registry (`READERS`, `SUFFIXES`), `iter_files`, `iter_records`;
- ``_text``, ``_jsonl``, ``_csv``, ``_parquet``: one reader each; ``_decode``: Unicode checks;
- ``_schema``: the row's shape (fields, flat columns, sentence/empty/error rows, fast JSON);
- ``_writers``: `open_writer` and the writers; ``_resume``: `prepare_resume`, `skip_done`.
"""

from __future__ import annotations

from framing.corpus._base import (
    DEFAULT_MAX_DOC_CHARS,
    Record,
    canonical_name,
    field_spec,
    kept_fields,
    kept_names,
    too_long,
)
from framing.corpus._readers import (
    INPUT_FORMATS,
    STDIN_NAME,
    format_of,
    iter_files,
    iter_records,
)
from framing.corpus._resume import ResumeState, prepare_resume, skip_done
from framing.corpus._schema import (
    COUNTED_KINDS,
    DEFAULT_KIND,
    EMPTY_TEXT,
    SENTENCE_COLUMNS,
    SUMMARY_COLUMNS,
    check_keep_fields,
    columns,
    empty_row,
    error_row,
    flatten,
    jsonl_of_outcomes,
    kept_value,
    sentence_row,
)
from framing.corpus._writers import (
    OUTPUT_FORMATS,
    Writer,
    encode_batch,
    open_writer,
    output_format,
    parquet_is_directory,
)

__all__ = [
    "COUNTED_KINDS",
    "DEFAULT_KIND",
    "DEFAULT_MAX_DOC_CHARS",
    "EMPTY_TEXT",
    "INPUT_FORMATS",
    "OUTPUT_FORMATS",
    "SENTENCE_COLUMNS",
    "STDIN_NAME",
    "SUMMARY_COLUMNS",
    "Record",
    "ResumeState",
    "Writer",
    "canonical_name",
    "check_keep_fields",
    "columns",
    "empty_row",
    "encode_batch",
    "error_row",
    "field_spec",
    "flatten",
    "format_of",
    "iter_files",
    "iter_records",
    "jsonl_of_outcomes",
    "kept_fields",
    "kept_names",
    "kept_value",
    "open_writer",
    "output_format",
    "parquet_is_directory",
    "prepare_resume",
    "sentence_row",
    "skip_done",
    "too_long",
]
