"""The Parquet reader: one document per row, read row group by row group (needs pyarrow)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import IO, Any

from framing.corpus._base import ReadOptions, Record, field_spec, kept_names, require_pyarrow
from framing.corpus._jsonl import from_mapping

__all__ = ["read_parquet"]


def read_parquet(
    fh: IO[bytes], name: str, options: ReadOptions, last_line: list[int]
) -> Iterator[Record]:
    """One record per row of the text (and id) column; a corrupt row group is one error."""
    text_field, id_field = options.text_field, options.id_field
    _, pq = require_pyarrow()
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
    keep = options.keep_fields
    specs = [field_spec(f) for f in keep]
    kept_columns = list(dict.fromkeys(s for s, _ in specs if s in names and s not in columns))
    row = 0
    # Row group by row group: a corrupt group gives one error record naming its rows, and the
    # groups after it are read as usual.
    for group in range(pf.num_row_groups):
        end = row + pf.metadata.row_group(group).num_rows
        try:
            for batch in pf.iter_batches(
                batch_size=1024, row_groups=[group], columns=columns + kept_columns
            ):
                texts = batch.column(text_field).to_pylist()
                ids = batch.column(id_field).to_pylist() if id_field is not None else None
                extra = {s: batch.column(s).to_pylist() for s, _ in specs if s in names}
                for k, text in enumerate(texts):
                    row += 1
                    last_line[0] = row
                    obj = {text_field: text}
                    if ids is not None:
                        obj[id_field] = ids[k]  # type: ignore[index]
                    if text is None:
                        obj.pop(text_field)
                    rec = from_mapping(obj, text_field, id_field, f"{name}:{row}", name, row)
                    if keep:
                        rec.fields = {
                            dst: _plain(extra[src][k]) if src in extra else None
                            for src, dst in specs
                        }
                    yield rec
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
                fields=dict.fromkeys(kept_names(keep)) if keep else None,
            )


def _plain(value: Any) -> Any:
    """A Parquet value as a JSON-ready one: dates and times in ISO form, the rest as is."""
    iso = getattr(value, "isoformat", None)
    return iso() if callable(iso) else value
