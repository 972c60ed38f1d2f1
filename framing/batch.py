"""Scoring corpora: `label_corpus`, `label_dataframe`, and the batches and workers behind them.

Documents are read lazily, grouped into batches and each batch is labeled with one model call
(`framing.analysis.analyze_batch`), so memory stays bounded whatever the corpus size. With
``jobs > 1`` batches go to a pool of worker processes, each of which loads the model once (in
its initializer); results come back in input order and only a few batches are in flight at a
time. A record that cannot be labeled yields one error row and the run goes on.

The command line's run loop (resume, writers, progress, counts) is `framing._run.run`, built
on `batches` and `process_batches`.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from framing.corpus import (
    DEFAULT_MAX_DOC_CHARS,
    SENTENCE_COLUMNS,
    SUMMARY_COLUMNS,
    Record,
    check_keep_fields,
    empty_row,
    error_row,
    flatten,
    kept_fields,
    kept_names,
    sentence_row,
    too_long,
)
from framing.exceptions import FramingError, MissingExtraError, ModelLoadError

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "BatchResult",
    "batch_result",
    "batches",
    "check_model",
    "label_corpus",
    "label_dataframe",
    "label_outcomes",
    "outcome_rows",
    "process_batches",
    "resolve_model",
    "rows_to_frame",
]

DEFAULT_BATCH_SIZE = 64
"""Documents per batch: one model call each; large enough to amortise it, small enough that a
few batches in flight per process stay within a few tens of MB."""

MAX_BATCH_CHARS = 4_000_000
"""A batch is closed early when its texts reach this many characters (very long documents)."""


# --------------------------------------------------------------------------------------------
# One batch


@dataclass
class BatchResult:
    """What labeling one batch produced: the rows (or the writer's encoding of them) and counts."""

    payload: Any
    n_rows: int
    n_docs: int
    n_failed: int
    n_sentences: int


def _as_record(item: Any, position: int, max_doc_chars: int = DEFAULT_MAX_DOC_CHARS) -> Record:
    """An input item ((id, text) pair, {"id", "text"} dict or `Record`) as a `Record`; a
    text longer than ``max_doc_chars`` becomes an error."""
    if isinstance(item, Record):
        rec = item
    elif isinstance(item, dict):
        doc_id = item.get("id", item.get("doc_id", position))
        if "text" not in item:
            return Record(doc_id, error="the record has no 'text' key")
        rec = Record(doc_id, item["text"])
    elif isinstance(item, tuple | list) and len(item) == 2:
        rec = Record(item[0], item[1])
    else:
        rec = None
    if rec is not None:
        text = rec.text
        if rec.error is None and isinstance(text, str | bytes) and len(text) > max_doc_chars:
            return Record(
                rec.doc_id, file=rec.file, line=rec.line, error=too_long(len(text), max_doc_chars)
            )
        return rec
    return Record(
        position,
        error=f"expected an (id, text) pair or a dict with 'id' and 'text', got "
        f"{type(item).__name__}: {item!r:.60}",
    )


Outcome = tuple[Record, Any]
"""A record and what labeling it gave: an `Analysis`, or the error message (str)."""


def label_outcomes(records: list[Record], model: Any) -> list[Outcome]:
    """Label a batch of records with one model call: (record, `Analysis` or error message)."""
    from framing.analysis import analyze_batch, coerce_text

    out: list[Outcome] = [(rec, rec.error) for rec in records]
    # news and transcripts (`Record.transcript`) are read apart, each group in one model call
    groups: dict[bool, list[tuple[int, str]]] = {}
    for i, rec in enumerate(records):
        if rec.error is not None:
            continue
        try:
            groups.setdefault(bool(rec.transcript), []).append((i, coerce_text(rec.text)))
        except (TypeError, UnicodeDecodeError) as exc:
            out[i] = (rec, str(exc))
    for transcript, good in groups.items():
        try:
            analyses: list[Any] = analyze_batch([t for _, t in good], model, transcript)
        except Exception:
            # Find the document that breaks the batch: label them one by one.
            analyses = []
            for _, text in good:
                try:
                    analyses.append(analyze_batch([text], model, transcript)[0])
                except Exception as exc:
                    analyses.append(f"{type(exc).__name__}: {exc}")
        for (i, _), analysis in zip(good, analyses, strict=True):
            out[i] = (records[i], analysis)
    return out


def outcome_rows(outcomes: list[Outcome], summary: bool = False) -> list[dict]:
    """The rows of labeled records: each document's sentence rows (or its summary row), or
    one error row for a record that could not be labeled."""
    rows: list[dict] = []
    for rec, result in outcomes:
        first = len(rows)
        if isinstance(result, str):
            rows.append(error_row(rec, result))
        elif summary:
            rows.append({"doc_id": rec.doc_id, **result.summary})
        elif not result.sentences:
            rows.append(empty_row(rec.doc_id, result.lang))
        else:
            rows += [sentence_row(rec.doc_id, s, result.lang) for s in result.sentences]
        if rec.fields is not None:  # kept input fields, after the fixed ones
            for row in rows[first:]:
                row.update(rec.fields)
    return rows


def batch_result(
    outcomes: list[Outcome], summary: bool, encode: Callable | None = None
) -> BatchResult:
    """A labeled batch as rows (or as the writer's encoding of them) with its counts."""
    failed = sum(1 for _, r in outcomes if isinstance(r, str))
    sentences = sum(len(r.sentences) for _, r in outcomes if not isinstance(r, str))
    fast = getattr(encode, "fast", None)
    if fast is not None and not summary:
        payload, n_rows = fast(outcomes)  # JSON lines straight from the sentences
    else:
        rows = outcome_rows(outcomes, summary)
        payload, n_rows = (encode(rows) if encode is not None else rows), len(rows)
    return BatchResult(payload, n_rows, len(outcomes), failed, sentences)


# --------------------------------------------------------------------------------------------
# Worker processes

_WORKER_MODEL: Any = None
_WORKER_ERROR: BaseException | None = None


_PROBE = "Officials said the port would reopen on Monday."


def resolve_model(model: Any) -> Any:
    """A model object from None (the shipped model), a path, or a model object
    (`framing.persistence.resolve`), checked on one sentence: a model that cannot label (e.g.
    trained with other features) stops the run here rather than turning every document into
    an error row."""
    from framing.persistence import resolve

    return check_model(resolve(model))


def check_model(model: Any) -> Any:
    """``model`` if it labels a probe sentence, else `ModelLoadError` saying why."""
    from framing.analysis import analyze_batch

    try:
        analyze_batch([_PROBE], model)
    except Exception as exc:
        raise ModelLoadError(
            f"the model cannot label a sentence ({type(exc).__name__}: {exc}); was it trained "
            "with another version of framing? Retrain it or use the shipped model"
        ) from exc
    return model


def _exit_with(parent: int) -> None:
    """Watch the process that started the pool and end this worker when it is gone.

    Workers are forked from the forkserver, not from the run's process, and hold both ends of
    their task pipe, so they would otherwise wait for work forever after the run is killed
    (SIGKILL, the OOM killer). On Linux a pidfd wakes the watcher the moment the parent exits;
    elsewhere it polls once a second.
    """
    import threading

    def watch() -> None:
        try:
            import select

            fd = os.pidfd_open(parent)  # type: ignore[attr-defined]
            select.select([fd], [], [])
        except (AttributeError, OSError):
            while True:
                try:
                    os.kill(parent, 0)
                except ProcessLookupError:
                    break
                except PermissionError:
                    pass
                time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="framing-parent-watch", daemon=True).start()


def _init_worker(model: Any, parent: int | None = None) -> None:
    """Process-pool initializer: end with the parent, load the model once."""
    global _WORKER_MODEL, _WORKER_ERROR
    if parent is not None:
        _exit_with(parent)
    # Ctrl-C is the parent's business: it stops submitting and lets the workers finish.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _WORKER_MODEL = resolve_model(model)
    except Exception as exc:  # reported by the first batch, as an error the parent can show
        _WORKER_ERROR = exc


def _work(records: list[Record], summary: bool, encode: Callable | None) -> BatchResult:
    if _WORKER_ERROR is not None:
        raise FramingError(f"the worker could not load the model: {_WORKER_ERROR}")
    return batch_result(label_outcomes(records, _WORKER_MODEL), summary, encode)


def batches(
    records: Iterable[Record | None], batch_size: int, on_skip: Callable[[], None] | None = None
) -> Iterator[list[Record]]:
    """``records`` in batches of ``batch_size`` (fewer when the texts reach `MAX_BATCH_CHARS`);
    a None (a document already in the output) is skipped and reported to ``on_skip``."""
    batch: list[Record] = []
    chars = 0
    for rec in records:
        if rec is None:  # already in the output (resume)
            if on_skip is not None:
                on_skip()
            continue
        batch.append(rec)
        chars += len(rec.text) if isinstance(rec.text, str | bytes) else 0
        if len(batch) >= batch_size or chars >= MAX_BATCH_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


Submit = Callable[[list[Record]], Any]
"""Sends a batch to a worker; returns a future whose ``result()`` is a `BatchResult`."""

RemoteSubmit = Callable[[list[Record], bool, Any], Any]
"""``submit(batch, summary, encode)``: `Submit` for `framing._run.run`, e.g.
`framing.dask.submitter`."""


def _in_order(batches: Iterator[list[Record]], submit: Submit, in_flight: int) -> Iterator[Any]:
    """Results of ``submit`` for each batch, in input order, with at most ``in_flight``
    batches submitted and not yet returned."""
    pending: deque[Any] = deque()
    for batch in batches:
        pending.append(submit(batch))
        while len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _n_jobs(jobs: int) -> int:
    return max(1, os.cpu_count() or 1) if jobs <= 0 else jobs


def _mp_context() -> Any:
    """Workers are forked from a clean server process that has imported framing once
    (forkserver), or spawned where there is none (Windows): never forked from this process,
    which may run threads (a progress bar, a caller's)."""
    try:
        ctx = multiprocessing.get_context("forkserver")
    except ValueError:
        return multiprocessing.get_context("spawn")
    # the server imports what labeling needs once, so that each worker forked from it only
    # loads the model: numpy and framing, not scikit-learn (a model with arrays labels
    # without it: framing.predictor); `process_batches` adds it for a model without arrays
    ctx.set_forkserver_preload(_PRELOAD)
    return ctx


_PRELOAD = ["framing.batch", "framing.analysis", "framing.predictor"]


def _needs_sklearn(model: Any) -> bool:
    """Will ``model`` (as `process_batches` takes it) label through scikit-learn?"""
    from framing.persistence import read_manifest, shipped_model_dir
    from framing.predictor import ArrayModel

    if isinstance(model, ArrayModel):
        return False
    if model is not None and not isinstance(model, str | os.PathLike):
        return True  # a model object: unpickled in each worker
    folder = Path(model) if model is not None else shipped_model_dir()
    try:
        return "arrays" not in read_manifest(folder)
    except ModelLoadError:  # a file, or no manifest: the pickle (the workers say why)
        return True


def process_batches(
    batches: Iterator[list[Record]],
    *,
    model: Any = None,
    jobs: int = 1,
    summary: bool = False,
    encode: Callable | None = None,
    submit: Submit | None = None,
    in_flight: int | None = None,
) -> Iterator[BatchResult]:
    """`BatchResult` of each batch, in order: in this process (``jobs=1``), in a pool of
    ``jobs`` processes, or through ``submit`` (e.g. a Dask client)."""
    if submit is not None:
        yield from _in_order(batches, submit, in_flight or 4)
        return
    jobs = _n_jobs(jobs)
    if jobs == 1:
        loaded = resolve_model(model)
        for batch in batches:
            yield batch_result(label_outcomes(batch, loaded), summary, encode)
        return
    from concurrent.futures import ProcessPoolExecutor

    ctx = _mp_context()
    if ctx.get_start_method() == "forkserver":
        preload = [*_PRELOAD, "framing.model"] if _needs_sklearn(model) else [*_PRELOAD]
        if model is None:  # the shipped model: loaded once, in the server (framing._warm)
            preload.append("framing._warm")
        ctx.set_forkserver_preload(preload)
    executor = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=ctx,
        initializer=_init_worker,
        initargs=(str(model) if isinstance(model, Path) else model, os.getpid()),
    )
    try:
        yield from _in_order(
            batches,
            lambda batch: executor.submit(_work, batch, summary, encode),
            in_flight or 2 * jobs,
        )
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


# --------------------------------------------------------------------------------------------
# The public API


def label_corpus(
    records: Iterable[Any],
    model: Any = None,
    jobs: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    summary: bool = False,
    max_doc_chars: int = DEFAULT_MAX_DOC_CHARS,
    keep_fields: Iterable[str] | None = None,
    transcript: bool = False,
) -> Iterator[dict[str, Any]]:
    """Label a corpus lazily: rows come out as the batches are done, in input order.

    ``records`` is an iterable of ``(id, text)`` pairs or ``{"id": ..., "text": ...}`` dicts.
    Each sentence gives a row ``{"doc_id": id, **Sentence.to_dict(), "lang": Analysis.lang}``
    (the document's language: "en", "non-en" or "und"); a document with no sentence (empty or
    blank text) gives one row ``{"doc_id", "index": None, "warning": "empty text", "lang"}``,
    so that every record shows in the output; with ``summary=True``
    each document gives one row ``{"doc_id": id, **Analysis.summary}`` instead. A record that
    cannot be labeled (text not a string, bytes not UTF-8, no text) gives one row
    ``{"doc_id", "file", "line", "error"}`` and the corpus goes on; so does a text longer than
    ``max_doc_chars`` characters.

    ``model`` is a model object, a model directory, or None for the shipped model. With
    ``jobs > 1`` (or ``jobs=0`` for one per CPU) batches of ``batch_size`` documents are
    labeled in that many processes, each loading the model once; a model object is sent to
    each worker once. Memory is bounded: only a few batches are held at a time.

    ``keep_fields`` (names of keys of dict records, e.g. ``["outlet", "date"]``) are copied
    onto every row of their record (sentence, summary, blank and error rows), after the
    fixed keys; a key a record lacks gives None (as does any kept field of a pair).

    ``transcript=True`` reads every text as a transcript of speech, each speaker in their own
    voice (`framing.analyze`'s ``transcript``).
    """
    keep = check_keep_fields(keep_fields)
    items = (
        _keep(_as_record(item, i, max_doc_chars), item, keep) for i, item in enumerate(records)
    )
    if transcript:
        items = (_as_transcript(rec) for rec in items)
    for result in process_batches(
        batches(items, batch_size), model=model, jobs=jobs, summary=summary
    ):
        yield from result.payload


def _as_transcript(rec: Record) -> Record:
    """``rec`` marked as a transcript (a copy where the caller passed the record in)."""
    return rec if rec.transcript else replace(rec, transcript=True)


def _keep(rec: Record, item: Any, keep: tuple[str, ...]) -> Record:
    """``rec`` with the kept fields of the input ``item`` (or of ``rec.fields``)."""
    if not keep:
        return rec
    if isinstance(item, Record):
        source = item.fields or {}
        rec.fields = {f: source.get(f) for f in keep}
    else:
        rec.fields = kept_fields(item, keep)
    return rec


def _pandas() -> Any:
    try:
        import pandas as pd
    except ImportError:
        raise MissingExtraError(
            "label_dataframe needs pandas: pip install 'framing[pandas]'"
        ) from None
    return pd


def rows_to_frame(
    rows: Iterable[dict[str, Any]], summary: bool = False, keep_fields: Iterable[str] = ()
) -> Any:
    """A pandas DataFrame of rows in flat form (`framing.corpus.flatten`), keeping the ids
    and the values of the kept fields as they are."""
    pd = _pandas()
    keep = kept_names(check_keep_fields(keep_fields))
    spec = [
        (n, t)
        for n, t in (SUMMARY_COLUMNS if summary else SENTENCE_COLUMNS)
        if n not in ("file", "line")
    ]
    names = [n for n, _ in spec] + list(keep)
    flat = [flatten(r, summary, str_ids=False, keep_fields=keep) for r in rows]
    frame = pd.DataFrame.from_records(flat, columns=names)
    return frame.astype({n: _PANDAS_TYPES[t] for n, t in spec if n != "doc_id"})


_PANDAS_TYPES: dict[str, Any] = {
    "int": "Int64",
    "float": "float64",
    "bool": "boolean",
    "str": object,
}


def label_dataframe(
    df: Any,
    text_col: str,
    id_col: str | None = None,
    model: Any = None,
    jobs: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    summary: bool = False,
    max_doc_chars: int = DEFAULT_MAX_DOC_CHARS,
    keep_fields: Iterable[str] | None = None,
    transcript: bool = False,
) -> Any:
    """Label the texts in column ``text_col`` of a pandas DataFrame; returns a DataFrame.

    One row per sentence (or per document with ``summary=True``), in flat form: ``doc_id``
    (the value of ``id_col``, or the row's index label), the sentence fields, one ``p_<label>``
    column per label, spans as ``source_text``/``source_start``/``source_end`` and so on,
    ``attributions`` and ``cues`` as JSON, and ``error`` (None unless the row could not be
    labeled, e.g. a missing text). ``keep_fields`` names columns of ``df`` copied onto every
    output row, after the fixed columns, with their values as they are. ``transcript=True``
    reads the texts as transcripts of speech (`framing.analyze`). Needs pandas (the ``pandas``
    extra).
    """
    _pandas()
    keep = check_keep_fields(keep_fields)
    for col in (text_col, *keep):
        if col not in df.columns:
            names = ", ".join(map(str, df.columns))
            raise KeyError(f"no column {col!r} in the DataFrame ({names})")
    ids = df[id_col] if id_col is not None else df.index
    pairs: Iterable[Any] = zip(ids, df[text_col], strict=True)
    if keep:
        kept = zip(*(df[f] for f in keep), strict=True)
        pairs = (
            Record(doc_id, text, fields=dict(zip(keep, values, strict=True)))
            for (doc_id, text), values in zip(pairs, kept, strict=True)
        )
    return rows_to_frame(
        label_corpus(
            pairs,
            model=model,
            jobs=jobs,
            batch_size=batch_size,
            summary=summary,
            max_doc_chars=max_doc_chars,
            keep_fields=keep,
            transcript=transcript,
        ),
        summary,
        keep,
    )
