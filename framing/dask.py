"""Labeling on a Dask cluster: a Dask DataFrame or Bag of documents in, labeled rows out.

Needs the ``dask`` extra (``pip install 'framing[dask]'``); the rest of framing never imports
dask. Each partition is labeled with `framing.batch.label_corpus`; the model is loaded at most
once per worker process and kept in a module-level cache (`worker_model`), so partitions after
the first cost no loading. Pass the model as a directory the workers can read, as None for the
model shipped with framing (installed on the workers), or as a model object (sent to each
worker once as part of the graph).

    from dask.distributed import Client
    import dask.dataframe as dd
    from framing.dask import label_dask_dataframe

    client = Client("tcp://10.0.0.5:8786")
    docs = dd.read_parquet("s3://bucket/news/*.parquet")
    rows = label_dask_dataframe(docs, text_col="body", id_col="url")
    rows.to_parquet("s3://bucket/news-labeled/")

``framing label --dask-scheduler ADDRESS`` sends batches of the documents it reads to the
cluster instead (`submitter`), so that the local output keeps input order, `--resume` and
the error rows of the local runs.
"""

from __future__ import annotations

import os
import threading
from typing import Any

from framing.batch import DEFAULT_BATCH_SIZE, BatchResult, label_corpus, rows_to_frame
from framing.exceptions import MissingExtraError

__all__ = ["label_bag", "label_dask_dataframe", "submitter", "worker_model"]

_MODELS: dict[str | None, Any] = {}
_LOCK = threading.Lock()
LOADS = 0
"""How many times this process loaded a model (tests check: at most once per worker)."""


def _require_dask() -> Any:
    try:
        import dask
    except ImportError:
        raise MissingExtraError(
            "labeling on Dask needs dask and distributed: pip install 'framing[dask]'"
        ) from None
    return dask


def worker_model(model: Any = None) -> Any:
    """The model in this (worker) process: loaded from a directory, or the shipped model for
    None, once per process and then cached; a model object is returned as it is."""
    global LOADS
    if model is not None and not isinstance(model, str | os.PathLike):
        return model
    key = None if model is None else os.fspath(model)
    with _LOCK:
        if key not in _MODELS:
            from framing.batch import resolve_model

            _MODELS[key] = resolve_model(key)
            LOADS += 1
        return _MODELS[key]


def _graph_model(model: Any) -> Any:
    """The model as it travels in a graph: a path string, None, or one Delayed object."""
    if model is None or isinstance(model, str | os.PathLike):
        return None if model is None else os.fspath(model)
    dask = _require_dask()
    return dask.delayed(model, pure=False)


def _label_frame(
    pdf: Any,
    text_col: str,
    id_col: str | None,
    model: Any,
    summary: bool,
    batch_size: int,
    transcript: bool = False,
) -> Any:
    ids = pdf[id_col] if id_col is not None else pdf.index
    rows = label_corpus(
        zip(ids, pdf[text_col], strict=True),
        model=worker_model(model),
        batch_size=batch_size,
        summary=summary,
        transcript=transcript,
    )
    return _typed(rows_to_frame(rows, summary), pdf[id_col].dtype if id_col else pdf.index.dtype)


def _typed(frame: Any, id_dtype: Any) -> Any:
    """``frame`` with the dtypes the Dask DataFrame declares, in its meta and in every partition.

    `rows_to_frame` keeps text columns as ``object`` (as `framing.label_dataframe` returns
    them), but an ``object`` column says nothing of its values: Dask's stand-in data for it
    holds a bare ``object()``, which ``to_parquet`` cannot turn into an Arrow type, and a
    partition where a column is all None would get a null type of its own. So text columns
    (and ``doc_id`` from an ``object`` column) become pandas' ``string`` dtype; integer and
    boolean columns are already nullable (``Int64``, ``boolean``).
    """
    from pandas.api.types import is_object_dtype

    types = {name: "string" for name in frame.columns if is_object_dtype(frame[name].dtype)}
    types["doc_id"] = "string" if is_object_dtype(id_dtype) else id_dtype
    return frame.astype(types)


def label_dask_dataframe(
    ddf: Any,
    text_col: str = "text",
    id_col: str | None = None,
    model: Any = None,
    summary: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    transcript: bool = False,
) -> Any:
    """Label the ``text_col`` of a Dask DataFrame; returns a lazy Dask DataFrame of rows.

    The rows are those of `framing.label_dataframe` (one per sentence, or per document with
    ``summary=True``), partition by partition, with ``doc_id`` from ``id_col`` or the index;
    ``transcript=True`` reads the texts as transcripts of speech (`framing.analyze`).
    """
    _require_dask()
    if text_col not in ddf.columns:
        names = ", ".join(map(str, ddf.columns))
        raise KeyError(f"no column {text_col!r} in the DataFrame ({names})")
    id_dtype = ddf[id_col].dtype if id_col is not None else ddf.index.dtype
    meta = _typed(rows_to_frame([], summary), id_dtype)
    return ddf.map_partitions(
        _label_frame,
        text_col,
        id_col,
        _graph_model(model),
        summary,
        batch_size,
        transcript,
        meta=meta,
        enforce_metadata=False,
    )


def _label_part(
    part: Any, model: Any, summary: bool, batch_size: int, transcript: bool = False
) -> list[dict[str, Any]]:
    return list(
        label_corpus(
            part,
            model=worker_model(model),
            batch_size=batch_size,
            summary=summary,
            transcript=transcript,
        )
    )


def label_bag(
    bag: Any,
    model: Any = None,
    summary: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    transcript: bool = False,
) -> Any:
    """Label a Dask Bag of ``(id, text)`` pairs or ``{"id", "text"}`` dicts; returns a Bag of
    the rows `framing.label_corpus` yields (dicts), partition by partition (``transcript``:
    read as transcripts of speech, `framing.analyze`)."""
    _require_dask()
    return bag.map_partitions(_label_part, _graph_model(model), summary, batch_size, transcript)


def _work_remote(records: list[Any], model: Any, summary: bool, encode: Any) -> BatchResult:
    """One batch of the command line's run, on a worker."""
    from framing.batch import batch_result, label_outcomes

    return batch_result(label_outcomes(records, worker_model(model)), summary, encode)


def submitter(address: str, model: Any = None) -> tuple[Any, int, Any]:
    """(submit, in_flight, client) for `framing._run.run` on the scheduler at ``address``.

    A model directory is loaded here (its checksum verified) and sent once to every worker;
    without one the workers use the model shipped with their framing.
    """
    _require_dask()
    try:
        from distributed import Client
    except ImportError:
        raise MissingExtraError(
            "labeling on Dask needs distributed: pip install 'framing[dask]'"
        ) from None
    client = Client(address)
    ref = None
    if model is not None:
        from framing.persistence import resolve

        ref = client.scatter(resolve(model), broadcast=True)

    def submit(batch: list[Any], summary: bool, encode: Any) -> Any:
        return client.submit(_work_remote, batch, ref, summary, encode, pure=False)

    threads = sum(client.nthreads().values()) or 1
    return submit, 2 * threads, client
