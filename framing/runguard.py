"""What protects an output file and its inputs during a labeling run.

Three guards, all checked before any writer opens (and so before anything is truncated):

- `refuse_output_among_inputs`: the output is never one of the inputs (the same file under
  another name, a symbolic or a hard link included);
- `OutputLock`: one run at a time writes an output; a second fails at once and is told which
  process holds it;
- `RunRecord`: a sidecar file beside the output records what the run was (its inputs, resolved
  and fingerprinted, the reading options, the output mode, the model), so that a resume of a
  different run is refused with the difference named, instead of appending a corpus twice.

The sidecar is ``<output>.run.json`` beside a file output, or ``_framing_run.json`` inside a
Parquet directory; the lock is ``<output>.lock`` (``_framing.lock`` inside a directory). Messages
name parameters, not command-line flags (the CLI words them for its users).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from framing.exceptions import DataError, FramingError

__all__ = [
    "OutputBusyError",
    "OutputLock",
    "ResumeMismatchError",
    "RunRecord",
    "record_path",
    "refuse_output_among_inputs",
]

_FINGERPRINT_BYTES = 1 << 16
"""Bytes hashed at each end of an input file for its fingerprint (with its size): cheap on a
10 GB corpus, and any edit that changes the size, the head or the tail is noticed."""


class OutputBusyError(FramingError):
    """Another run is writing the same output."""


class ResumeMismatchError(DataError):
    """A resume was asked for an output written by a different run."""


def _same(a: str | Path, b: str | Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def refuse_output_among_inputs(output: str | Path, inputs: Iterable[str | Path]) -> None:
    """`DataError` if ``output`` is the same file as one of ``inputs`` (or a Parquet output
    directory holds one), under whatever name or link."""
    out = Path(output)
    for p in inputs:
        if str(p) == "-":
            continue
        if _same(out, p):
            raise DataError(
                f"the output {output} is the input {p} (the same file): writing would destroy "
                "it; choose another output"
            )
        if out.is_dir() and Path(os.path.realpath(p)).is_relative_to(os.path.realpath(out)):
            raise DataError(
                f"the input {p} is inside the output directory {output}; choose another output"
            )


def record_path(output: str | Path, directory: bool = False) -> Path:
    """Where the run record of ``output`` lives (inside it for a Parquet directory)."""
    return Path(output) / "_framing_run.json" if directory else Path(f"{output}.run.json")


def _lock_path(output: str | Path, directory: bool) -> Path:
    return Path(output) / "_framing.lock" if directory else Path(f"{output}.lock")


class OutputLock:
    """An exclusive lock on an output for a run's lifetime (``with OutputLock(path): ...``).

    The lock is an advisory ``flock`` on a small file beside the output holding the owner's
    process id and command line; a second run fails at once with `OutputBusyError` naming
    them. The lock goes away with its process, also after SIGKILL. Where ``fcntl`` is missing
    (Windows) no lock is taken.
    """

    def __init__(self, output: str | Path, directory: bool = False) -> None:
        self.path = _lock_path(output, directory)
        self.output = str(output)
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the run
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.seek(0)
            owner = fh.read().strip() or "another process"
            fh.close()
            raise OutputBusyError(
                f"{self.output} is being written by another run ({owner}); wait for it to "
                "finish or choose another output"
            ) from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()}: {' '.join(sys.argv)[:300]}\n")
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()  # while still held: a waiting run then creates a fresh file
        self._fh.close()
        self._fh = None

    def __enter__(self) -> OutputLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _fingerprint(path: str) -> dict[str, Any]:
    """Resolved path, size and a hash of the first and last 64 kB of an input file."""
    real = os.path.realpath(path)
    size = os.path.getsize(real)
    h = hashlib.sha256()
    with open(real, "rb") as fh:
        h.update(fh.read(_FINGERPRINT_BYTES))
        if size > _FINGERPRINT_BYTES:
            fh.seek(max(size - _FINGERPRINT_BYTES, _FINGERPRINT_BYTES))
            h.update(fh.read())
    return {"path": real, "size": size, "sha256_ends": h.hexdigest()}


@dataclass(frozen=True)
class RunRecord:
    """What a labeling run was: enough to tell whether a resume continues the same run."""

    inputs: tuple[dict[str, Any], ...]
    options: dict[str, Any]

    @classmethod
    def of(
        cls,
        files: Sequence[str],
        *,
        output_format: str,
        summary: bool,
        text_field: str,
        id_field: str | None,
        input_format: str | None,
        glob: str | None,
        encoding_errors: str,
        max_doc_chars: int,
        model_sha256: str | None,
        keep_fields: Sequence[str] = (),
        transcript: bool = False,
    ) -> RunRecord:
        """The record of a run over the input ``files`` (as `framing.corpus.iter_files`
        lists them; "-" for stdin)."""
        inputs = tuple(
            {"path": "-"} if f == "-" else {**_fingerprint(f), "id_prefix": _id_prefix(f)}
            for f in files
        )
        options = {
            "output_format": output_format,
            "summary": summary,
            "text_field": text_field,
            "id_field": id_field,
            "input_format": input_format,
            "glob": glob,
            "encoding_errors": encoding_errors,
            "max_doc_chars": max_doc_chars,
            "model_sha256": model_sha256,
            "keep_fields": list(keep_fields),
            "transcript": transcript,
        }
        return cls(inputs, options)

    def to_json(self) -> str:
        return json.dumps(
            {"framing_run": 1, "inputs": list(self.inputs), "options": self.options}, indent=1
        )

    def write(self, path: Path) -> None:
        """Write the record atomically (temporary file, fsync, rename)."""
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(self.to_json() + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)

    @classmethod
    def read(cls, path: Path) -> RunRecord | None:
        """The record at ``path``, None if there is none; `DataError` if it is unreadable."""
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise DataError(f"cannot read the run record {path}: {exc}") from exc
        try:
            data = json.loads(raw)
            return cls(tuple(data["inputs"]), dict(data["options"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise DataError(f"the run record {path} is damaged ({exc})") from None

    def difference(self, other: RunRecord) -> str | None:
        """How ``other`` (a new run) differs from this one (the run in the output), or None."""
        for key in dict.fromkeys([*self.options, *other.options]):
            # a record written before an option existed had its default
            old = self.options.get(key, _OPTION_DEFAULTS.get(key))
            new = other.options.get(key, _OPTION_DEFAULTS.get(key))
            if old != new:
                return f"{key} was {old!r}, now {new!r}"
        old_paths = [i["path"] for i in self.inputs]
        new_paths = [i["path"] for i in other.inputs]
        if old_paths != new_paths:
            gone = [p for p in old_paths if p not in new_paths]
            added = [p for p in new_paths if p not in old_paths]
            if gone or added:
                parts = []
                if gone:
                    parts.append(f"inputs no longer given: {', '.join(gone[:3])}")
                if added:
                    parts.append(f"new inputs: {', '.join(added[:3])}")
                return "; ".join(parts)
            return "the inputs are given in another order"
        for old_in, new_in in zip(self.inputs, other.inputs, strict=True):
            if old_in.get("size") != new_in.get("size") or old_in.get("sha256_ends") != new_in.get(
                "sha256_ends"
            ):
                return f"the input {new_in['path']} has changed since the run began"
            if old_in.get("id_prefix") != new_in.get("id_prefix"):
                return (
                    f"the input {new_in['path']} is now named {new_in.get('id_prefix')!r} in "
                    f"document ids, was {old_in.get('id_prefix')!r} (run from the same directory)"
                )
        return None


_OPTION_DEFAULTS: dict[str, Any] = {"keep_fields": [], "transcript": False}
"""The value of an option in a run record written before the option existed."""


def _id_prefix(path: str) -> str:
    from framing.corpus import canonical_name

    return canonical_name(path)
