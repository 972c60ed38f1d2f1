"""The run loop of ``framing label``: resume, one writer, progress, and a summary line.

`run` skips the documents an interrupted run already wrote (`framing.corpus.prepare_resume`),
labels the rest in batches (`framing.batch.process_batches`), hands each finished batch to a
writer that makes it durable before the next (with Ctrl-C and SIGTERM held meanwhile), shows
progress, and counts what it did (`RunStats`).
"""

from __future__ import annotations

import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from framing.batch import (
    DEFAULT_BATCH_SIZE,
    BatchResult,
    Outcome,
    RemoteSubmit,
    batches,
    process_batches,
)
from framing.corpus import Record

__all__ = ["Progress", "RunStats", "run"]


@dataclass
class RunStats:
    """Counts of a run: documents read, skipped (already in the output), labeled and failed,
    rows and sentences written, and seconds elapsed."""

    read: int = 0
    skipped: int = 0
    labeled: int = 0
    failed: int = 0
    rows: int = 0
    sentences: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    started: float = field(default_factory=time.perf_counter, repr=False)

    def line(self, summary: bool = False) -> str:
        """The one-line report printed on stderr at the end of a run (``summary``: the rows
        are documents, so the sentences are said to be labeled, not written)."""
        rate = self.sentences / self.seconds if self.seconds > 0 else 0.0
        parts = [f"{self.read:,} documents read"]
        if self.skipped:
            parts.append(f"{self.skipped:,} skipped (already in the output)")
        parts += [
            f"{self.labeled:,} labeled",
            f"{self.failed:,} failed",
            f"{self.sentences:,} sentences {'labeled' if summary else 'written'}",
        ]
        tail = f" in {self.seconds:.1f} s ({rate:,.0f} sentences/s)"
        head = "interrupted after " if self.interrupted else ""
        return "framing label: " + head + ", ".join(parts) + tail


class Progress:
    """A tqdm bar on stderr with documents/s and sentences/s; silent when tqdm is missing,
    stderr is not a terminal, or ``enabled`` is False."""

    def __init__(self, enabled: bool = True) -> None:
        self.bar: Any = None
        if not enabled or not getattr(sys.stderr, "isatty", lambda: False)():
            return
        try:
            from tqdm import tqdm
        except ImportError:
            return
        self.bar = tqdm(unit=" docs", file=sys.stderr, dynamic_ncols=True, desc="labeling")
        self.started = time.perf_counter()
        self.sentences = 0

    def update(self, docs: int, sentences: int) -> None:
        if self.bar is None:
            return
        self.sentences += sentences
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        self.bar.set_postfix_str(f"{self.sentences / elapsed:,.0f} sentences/s", refresh=False)
        self.bar.update(docs)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def run(
    records: Iterable[Record],
    writer: Any,
    *,
    model: Any = None,
    jobs: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    summary: bool = False,
    done: Any = None,
    progress: bool = False,
    submit: RemoteSubmit | None = None,
    in_flight: int | None = None,
    stats: RunStats | None = None,
    keep_fields: tuple[str, ...] = (),
) -> RunStats:
    """Label ``records`` and hand each batch to ``writer`` (`framing.corpus.Writer`), in order.

    ``done`` (a Counter of doc ids, from `framing.corpus.prepare_resume`) names documents
    already in the output; they are read and skipped. Batches are encoded for the writer in
    the worker that labeled them. Returns the counts; on Ctrl-C the batches finished so far
    are written, ``stats.interrupted`` is set and KeyboardInterrupt propagates. The rows
    carry the records' kept fields (`Record.fields`); flat formats end with the
    ``keep_fields`` columns.
    """
    from framing.corpus import skip_done

    stats = stats if stats is not None else RunStats()

    def counted(items: Iterable[Record]) -> Iterator[Record]:
        for rec in items:
            stats.read += 1
            yield rec

    def skipped() -> None:
        stats.skipped += 1

    def deliver(result: BatchResult) -> None:
        writer.write(result.payload, result.n_rows)
        stats.labeled += result.n_docs - result.n_failed
        stats.failed += result.n_failed
        stats.rows += result.n_rows
        stats.sentences += result.n_sentences
        bar.update(result.n_docs, result.n_sentences)

    source = counted(records)
    stream: Iterable[Record | None] = skip_done(source, done, summary) if done else source
    bar = Progress(progress)
    encode = _Encoder(writer.fmt, summary, tuple(keep_fields))
    try:
        for result in process_batches(
            batches(stream, batch_size, skipped),
            model=model,
            jobs=jobs,
            summary=summary,
            encode=encode,
            submit=None if submit is None else (lambda batch: submit(batch, summary, encode)),
            in_flight=in_flight,
        ):
            _shielded(deliver, result)
    except KeyboardInterrupt:
        stats.interrupted = True
        raise
    finally:
        bar.close()
        stats.seconds = time.perf_counter() - stats.started
    return stats


def _shielded(fn: Callable[..., Any], *args: Any) -> Any:
    """Call ``fn`` with Ctrl-C and SIGTERM held until it returns, so that a batch is never
    half written because of them (in the main thread; elsewhere signals do not arrive)."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        return fn(*args)
    caught: list[int] = []
    held = (signal.SIGINT, signal.SIGTERM)
    previous = {s: signal.getsignal(s) for s in held}
    for s in held:
        if previous[s] in (signal.default_int_handler,):
            signal.signal(s, lambda signum, frame: caught.append(signum))
    try:
        return fn(*args)
    finally:
        for s in held:
            signal.signal(s, previous[s])
        if caught:
            raise KeyboardInterrupt


class _Encoder:
    """Picklable ``rows -> payload`` for a writer format (runs in the worker). For JSON lines
    it also has ``fast``: outcomes -> (payload, rows), which skips the row dicts."""

    def __init__(self, fmt: str, summary: bool, keep_fields: tuple[str, ...] = ()) -> None:
        self.fmt = fmt
        self.summary = summary
        self.keep_fields = keep_fields

    def __call__(self, rows: list[dict[str, Any]]) -> Any:
        from framing.corpus import encode_batch

        return encode_batch(rows, self.fmt, self.summary, self.keep_fields)

    @property
    def fast(self) -> Callable[[list[Outcome]], tuple[bytes, int]] | None:
        if self.fmt != "jsonl" or self.summary:
            return None
        from framing.corpus import jsonl_of_outcomes

        return jsonl_of_outcomes
