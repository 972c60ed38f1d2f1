"""The ``framing`` command: label, train, evaluate, report.

Each sub-command is a function taking parsed arguments; `main(argv)` is the entry point so
tests can run the CLI in-process as well as through the installed console script.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from framing._version import __version__

__all__ = [
    "build_parser",
    "main",
]


def _model_sha256(model: str | None) -> str | None:
    """The SHA-256 the model's manifest records (None if it cannot be read: loading the model
    then says why)."""
    from framing.persistence import MANIFEST_FILE, shipped_model_dir

    folder = Path(model) if model else shipped_model_dir()
    if folder.suffix == ".joblib":
        folder = folder.parent
    try:
        value = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8")).get("sha256")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


_AFTER_ERROR = {
    "resumable": "{out} holds every finished batch; run the same command with --resume to continue",
    "unchanged": "{out} is as it was before this run (nothing of this run was saved)",
    "absent": "nothing was written: {out} does not exist",
}


def _cmd_label(args: argparse.Namespace) -> int:
    import signal

    from framing import corpus, runguard
    from framing._run import RunStats, run
    from framing.exceptions import FramingError

    def fail(message: str, code: int = 2) -> int:
        print(f"framing label: {message}", file=sys.stderr)
        return code

    missing = [p for p in args.paths if p != "-" and not Path(p).exists()]
    if missing:
        return fail(f"no such file or directory: {missing[0]}")
    if args.model is not None and not Path(args.model).exists():
        return fail(f"no model at {args.model}", 1)
    if args.paths.count("-") > 1:
        return fail("stdin (-) can be read only once")
    if args.batch_size < 1:
        return fail("--batch-size must be at least 1")
    if args.max_doc_chars < 1:
        return fail("--max-doc-chars must be at least 1")
    try:
        keep = _keep_fields(args)
    except ValueError as exc:
        return fail(_flags(str(exc)))
    to_file = args.output not in (None, "-")
    if args.resume and not to_file:
        return fail("--resume needs -o/--output: the file an earlier run was writing")
    exclude = [args.output] if to_file else []
    try:
        fmt = corpus.output_format(args.output, args.format)
        files = [f for f, _ in corpus.iter_files(args.paths, args.glob, args.input_format, exclude)]
    except FramingError as exc:
        return fail(_flags(str(exc)), 1)
    except ValueError as exc:
        return fail(str(exc))
    lock = None
    try:
        if to_file:
            directory = fmt == "parquet" and corpus.parquet_is_directory(args.output)
            runguard.refuse_output_among_inputs(args.output, [*args.paths, *files])
            lock = runguard.OutputLock(args.output, directory)
            lock.acquire()
            record = runguard.RunRecord.of(
                files,
                output_format=fmt,
                summary=args.summary,
                text_field=args.text_field,
                id_field=args.id_field,
                input_format=args.input_format,
                glob=args.glob,
                encoding_errors=args.encoding_errors,
                max_doc_chars=args.max_doc_chars,
                model_sha256=_model_sha256(args.model),
                keep_fields=keep,
                transcript=args.transcript,
            )
            where = runguard.record_path(args.output, directory)
            if args.resume:
                _check_same_run(args.output, where, record, directory)
        names = corpus.kept_names(keep)
        resume = (
            corpus.prepare_resume(args.output, fmt, args.summary, names) if args.resume else None
        )
        writer = corpus.open_writer(args.output, fmt, args.summary, resume, keep_fields=names)
        if to_file and (resume is None or not where.exists()):
            record.write(where)
    except (FramingError, ValueError, OSError) as exc:
        if lock is not None:
            lock.release()
        return fail(_flags(str(exc)), 1 if isinstance(exc, FramingError | OSError) else 2)
    if resume is not None and resume.documents and not args.quiet:
        print(
            f"framing label: resuming {args.output}: {resume.documents:,} documents done, "
            f"{resume.rows:,} rows kept",
            file=sys.stderr,
        )
    records = corpus.iter_records(
        args.paths,
        input_format=args.input_format,
        text_field=args.text_field,
        id_field=args.id_field,
        glob=args.glob,
        encoding_errors=args.encoding_errors,
        exclude=exclude,
        max_doc_chars=args.max_doc_chars,
        keep_fields=keep,
        transcript=args.transcript,
    )
    stats, code, client = RunStats(), 0, None
    previous = signal.getsignal(signal.SIGTERM)
    try:
        # SIGTERM stops the run like Ctrl-C: finished batches are kept, the rest can resume.
        signal.signal(signal.SIGTERM, signal.default_int_handler)
    except ValueError:  # not the main thread
        previous = None
    try:
        submit = in_flight = None
        if args.dask_scheduler:
            from framing.dask import submitter

            submit, in_flight, client = submitter(args.dask_scheduler, args.model)
        with writer:
            run(
                records,
                writer,
                model=args.model,
                jobs=args.jobs,
                batch_size=args.batch_size,
                summary=args.summary,
                done=resume.done if resume is not None else None,
                progress=not args.quiet,
                submit=submit,
                in_flight=in_flight,
                stats=stats,
                keep_fields=corpus.kept_names(keep),
            )
    except KeyboardInterrupt:
        stats.interrupted, code = True, 130
    except (FramingError, OSError, ValueError) as exc:
        code = fail(f"stopped: {_flags(str(exc))}", 1)
    except Exception as exc:  # a worker process died (BrokenProcessPool), a lost cluster, ...
        code = fail(f"stopped: {type(exc).__name__}: {exc}", 1)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        if client is not None:
            client.close()
        if lock is not None:
            lock.release()
    print(stats.line(args.summary), file=sys.stderr)
    if code and to_file:
        state = writer.on_disk
        if state == "resumable" and not (stats.rows or stats.interrupted or resume):
            state = "absent" if not Path(args.output).exists() else state
        print(f"framing label: {_AFTER_ERROR[state].format(out=args.output)}", file=sys.stderr)
    return code


def _keep_fields(args: argparse.Namespace) -> tuple[str, ...]:
    """The --keep-fields of a command, checked (`framing.corpus.check_keep_fields`)."""
    from framing.corpus import check_keep_fields

    value = getattr(args, "keep_fields", None)
    return check_keep_fields(value) if value else ()


def _check_same_run(output: str, where: Path, record: Any, directory: bool) -> None:
    """Refuse (`ResumeMismatchError`) to resume an output written by a different run."""
    from framing.runguard import ResumeMismatchError, RunRecord

    out = Path(output)
    has_rows = (out.is_dir() and any(out.glob("part-*.parquet"))) or (
        out.is_file() and out.stat().st_size > 0
    )
    if not has_rows:
        return
    earlier = RunRecord.read(where)
    if earlier is None:
        raise ResumeMismatchError(
            f"cannot resume {output}: there is no run record ({where.name}) beside it, so it "
            "cannot be checked that it was written by this same command; start afresh "
            "without --resume (it replaces the file) or write elsewhere"
        )
    why = earlier.difference(record)
    if why:
        raise ResumeMismatchError(
            f"cannot resume {output}: it was written by a different run ({why}); resuming "
            "would mix two corpora. Run the original command, or start afresh without --resume"
        )


_FLAG_WORDS = {
    "the data directory": "--data",
    "max_doc_chars": "--max-doc-chars",
    "encoding_errors='replace'": "--encoding-errors replace",
    "input_format or glob": "--input-format or --glob",
    "text_field": "--text-field",
    "id_field": "--id-field",
    "keep_fields": "--keep-fields",
}


def _flags(message: str) -> str:
    """A library message with its parameter names in the command line's words."""
    for name, flag in _FLAG_WORDS.items():
        message = message.replace(name, flag)
    return message


def _cmd_train(args: argparse.Namespace) -> int:
    from framing.datasets import default_data_dir
    from framing.exceptions import DataError
    from framing.training import train

    data = args.data or default_data_dir()
    if data is None or not Path(data).is_dir():
        print("framing train: no data directory; pass --data ../shared/data", file=sys.stderr)
        return 2
    try:
        params = json.loads(args.params) if args.params else None
    except ValueError as exc:
        raise DataError(f"--params is not JSON ({exc})") from None
    annotations = Path(args.annotations) if args.annotations else None
    manifest = train(
        Path(data), Path(args.out), seed=args.seed, params=params, annotations_dir=annotations
    )
    print(json.dumps(manifest["metrics"], indent=2))
    print(f"saved {args.out} (sha256 {manifest['sha256'][:12]}…)", file=sys.stderr)
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from framing.evaluation import evaluate_file, format_report
    from framing.persistence import load

    model = load(args.model)  # a missing or damaged model: main says why
    if args.data is not None and Path(args.data).is_file():
        metrics = evaluate_file(model, args.data)
        print(json.dumps(metrics) if args.json else format_report(metrics, title=str(args.data)))
        return 0
    return _evaluate_shared(args, model)


def _evaluate_shared(args: argparse.Namespace, model: Any) -> int:
    """The dev targets on the shared datasets (a directory given as --data)."""
    from framing.datasets import default_data_dir
    from framing.evaluation import format_report
    from framing.training import babe_cross_validation, build, dev_metrics

    data = Path(args.data) if args.data else default_data_dir()
    if data is None or not data.is_dir():
        print(
            "framing evaluate: --data must be a JSONL file or the shared data directory",
            file=sys.stderr,
        )
        return 2
    train, dev = build(data, Path(args.annotations) if args.annotations else None)
    metrics = dev_metrics(model, dev)
    if args.babe_cv:
        params = {k: v for k, v in model.get_params().items() if k != "random_state"}
        metrics["babe_cv_macro_f1"] = babe_cross_validation(train, dev, params)
    if args.json:
        print(json.dumps(metrics))
        return 0
    if "annotated_dev" in metrics:
        print(format_report(metrics.pop("annotated_dev"), title="our annotated three-way dev set"))
    for key, value in metrics.items():
        print(f"{key}: {json.dumps(value)}")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from framing.report import render_path

    missing = [p for p in args.paths if p != "-" and not Path(p).exists()]
    if missing:
        print(f"framing report: no such file or directory: {missing[0]}", file=sys.stderr)
        return 2
    if args.group_by or args.freq:
        return _grouped_report(args)
    if len(args.paths) > 1:
        print("framing report: several inputs need --group-by (or --freq)", file=sys.stderr)
        return 2
    model = None
    if args.model:
        from framing.persistence import load

        model = load(args.model)
    html = render_path(args.paths[0], model, title=args.title, transcript=args.transcript)
    return _write_html(html, args.output)


def _write_html(html: str, output: str | None) -> int:
    if output:
        Path(output).write_text(html, encoding="utf-8")
        print(f"framing report: wrote {output}", file=sys.stderr)
    else:
        sys.stdout.write(html)
    return 0


def _grouped_report(args: argparse.Namespace) -> int:
    """``framing report --group-by FIELD [--freq month]``: label (or read) and compare."""
    import time

    from framing.compare import aggregate, grouped_report, model_card

    why = _check_inputs("report", args)
    if why:
        print(f"framing report: {why}", file=sys.stderr)
        return 2
    try:
        keep = _keep_fields(args)
    except ValueError as exc:
        print(f"framing report: {_flags(str(exc))}", file=sys.stderr)
        return 2
    from framing._inputs import is_label_file
    from framing.corpus import check_keep_fields, kept_names

    group_by, date_field = args.group_by, args.date_field
    if not (len(args.paths) == 1 and is_label_file(args.paths[0])):
        # the group and date fields are kept from the inputs, under a name of their own when
        # theirs is a column of the rows (news corpora often have a "source" field)
        extra = []
        for f in dict.fromkeys(x for x in (group_by, date_field) if x):
            if f in kept_names(keep):
                continue
            try:
                check_keep_fields([f])
                extra.append(f)
            except ValueError:
                extra.append(f"{f}=input:{f}")
        keep = (*keep, *extra)
        renamed = {f.partition("=")[0]: f.partition("=")[2] for f in extra if "=" in f}
        group_by = renamed.get(group_by, group_by) if group_by else None
        date_field = renamed.get(date_field, date_field) if date_field else None
    started = time.perf_counter()
    grouped = aggregate(_labeled_rows(args, keep), group_by, args.freq, date_field)
    grouped.group_field, grouped.date_field = (
        args.group_by,
        args.date_field or (args.group_by if args.freq else None),
    )
    html = grouped_report(grouped.statistics(), args.title, model_card(args.model))
    print(
        f"framing report: {grouped.documents:,} documents in {len(grouped.groups)} groups "
        f"in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return _write_html(html, args.output)


def _add_input_options(p: argparse.ArgumentParser) -> None:
    """The options that say how corpus inputs are read (label, sources, report)."""
    from framing.corpus import DEFAULT_MAX_DOC_CHARS, INPUT_FORMATS

    p.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        help="format of the inputs (default: from each file's suffix; stdin: txt, the whole "
        "of stdin being one document)",
    )
    p.add_argument("--text-field", default="text", help="JSONL/CSV/Parquet text field (text)")
    p.add_argument("--id-field", help="JSONL/CSV/Parquet id field (default: the id is FILE:LINE)")
    p.add_argument(
        "--glob",
        help="in directories, read the files matching this pattern, e.g. '*.jsonl.gz' (default: "
        "*.txt and *.txt.gz, or the files of --input-format)",
    )
    p.add_argument(
        "--encoding-errors",
        choices=("strict", "replace"),
        default="strict",
        help="bytes that are not UTF-8: an error row (strict, the default) or U+FFFD (replace)",
    )
    p.add_argument(
        "--max-doc-chars",
        type=int,
        default=DEFAULT_MAX_DOC_CHARS,
        help="a document longer than this many characters gets an error row instead of being "
        f"labeled, so that one document cannot exhaust memory (default {DEFAULT_MAX_DOC_CHARS:,})",
    )
    p.add_argument(
        "--keep-fields",
        metavar="FIELD,...",
        help="copy these input fields (JSONL/CSV/Parquet), e.g. outlet,date,url, onto every "
        "output row, after the fixed columns; a field a record lacks gives null; "
        "source=outlet writes the input field source as outlet",
    )
    p.add_argument(
        "--transcript",
        action="store_true",
        help="the texts are transcripts of speech (debates, speeches, hearings): read each "
        "line after a speaker tag in the speaker's own voice, not as the speaker's claim",
    )


def _add_label_parser(sub: Any) -> None:
    from framing.batch import DEFAULT_BATCH_SIZE
    from framing.corpus import OUTPUT_FORMATS

    p = sub.add_parser(
        "label",
        help="label the sentences of text files, corpora (JSONL, CSV, Parquet) or stdin",
        description="Label every sentence of every document: one row per sentence (or per "
        "document with --summary). A record that cannot be read or labeled gives an error row "
        "and the run goes on; a summary line on stderr counts what was done.",
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a .txt/.jsonl/.csv/.parquet file (.gz too), a directory (searched recursively), "
        "or - for stdin",
    )
    p.add_argument(
        "-o",
        "--output",
        help="write the rows here (default: stdout); the format follows the suffix "
        "(.jsonl, .csv, .parquet); for Parquet, a directory gets one part file per batch",
    )
    p.add_argument("--format", choices=OUTPUT_FORMATS, help="output format (default: from -o)")
    p.add_argument(
        "--summary",
        action="store_true",
        help="one row per document (counts, shares, sources) instead of one per sentence",
    )
    _add_input_options(p)
    p.add_argument("--model", help="model directory (default: the shipped model)")
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        help="worker processes (default 1; 0: one per CPU)",
    )
    p.add_argument(
        "--batch-size",
        type=int,
        default=DEFAULT_BATCH_SIZE,
        help=f"documents per batch (default {DEFAULT_BATCH_SIZE})",
    )
    p.add_argument(
        "--resume",
        action="store_true",
        help="continue an interrupted run: keep the documents already in -o, label the rest",
    )
    p.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar and no resume notice (the one-line summary and errors are still "
        "printed on stderr)",
    )
    p.add_argument(
        "--dask-scheduler",
        metavar="ADDRESS",
        help="label on a Dask cluster, e.g. tcp://10.0.0.5:8786 (needs framing[dask])",
    )
    p.set_defaults(func=_cmd_label)


def _add_labeling_options(p: argparse.ArgumentParser) -> None:
    """Input options of `label`, and how to label, for commands that label a corpus on the
    way (sources, report --group-by)."""
    from framing.batch import DEFAULT_BATCH_SIZE

    _add_input_options(p)
    p.add_argument("--model", help="model directory (default: the shipped model)")
    p.add_argument(
        "-j", "--jobs", type=int, default=1, help="worker processes (default 1; 0: one per CPU)"
    )
    p.add_argument(
        "--batch-size",
        type=int,
        default=DEFAULT_BATCH_SIZE,
        help=f"documents per batch (default {DEFAULT_BATCH_SIZE})",
    )


def _labeled_rows(args: argparse.Namespace, keep: tuple[str, ...]) -> Any:
    """The rows of the command's inputs: a labels file as it is, a corpus labeled now."""
    from framing._inputs import input_rows

    return input_rows(
        args.paths,
        model=args.model,
        jobs=args.jobs,
        batch_size=args.batch_size,
        keep_fields=keep,
        input_format=args.input_format,
        text_field=args.text_field,
        id_field=args.id_field,
        glob=args.glob,
        encoding_errors=args.encoding_errors,
        max_doc_chars=args.max_doc_chars,
        transcript=args.transcript,
    )


def _check_inputs(command: str, args: argparse.Namespace) -> str | None:
    """Why the inputs of a labeling command cannot be used, or None."""
    missing = [p for p in args.paths if p != "-" and not Path(p).exists()]
    if missing:
        return f"no such file or directory: {missing[0]}"
    if args.model is not None and not Path(args.model).exists():
        return f"no model at {args.model}"
    if args.batch_size < 1:
        return "--batch-size must be at least 1"
    return None


def _cmd_sources(args: argparse.Namespace) -> int:
    from framing.sources import iter_source_rows, write_source_rows

    why = _check_inputs("sources", args)
    if why:
        print(f"framing sources: {why}", file=sys.stderr)
        return 2
    try:
        keep = _keep_fields(args)
    except ValueError as exc:
        print(f"framing sources: {_flags(str(exc))}", file=sys.stderr)
        return 2
    from framing.corpus import kept_names

    rows = _labeled_rows(args, keep)
    names = kept_names(keep)
    n = write_source_rows(
        iter_source_rows(rows, names if args.keep_fields else None),
        args.output,
        args.format,
        names,
    )
    print(f"framing sources: wrote {n:,} source rows to {args.output or 'stdout'}", file=sys.stderr)
    return 0


def _add_sources_parser(sub: Any) -> None:
    p = sub.add_parser(
        "sources",
        help="one row per (document, source entity): claims, direct quotes, mentions",
        description="Label a corpus (or read a JSONL written by `framing label`) and write one "
        "row per document and source entity: doc_id, the kept fields, name, title, type, "
        "claims, direct_quotes (claims with quotation marks), first_index (first sentence "
        "naming it) and mentions (sentences naming it).",
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="inputs as for `framing label`, or one .jsonl written by `framing label`",
    )
    p.add_argument("-o", "--output", help="sources.csv, .parquet or .jsonl (default: stdout)")
    p.add_argument(
        "--format", choices=("jsonl", "csv", "parquet"), help="output format (default: from -o)"
    )
    _add_labeling_options(p)
    p.set_defaults(func=_cmd_sources)


_ANNOTATIONS_HELP = "folder of our annotation CSVs (default: ./annotations of the checkout)"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``framing`` command and its sub-commands."""
    parser = argparse.ArgumentParser(
        prog="framing",
        description="Label every sentence of news text as fact, claim or framing.",
    )
    parser.add_argument("--version", action="version", version=f"framing {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    _add_label_parser(sub)
    _add_sources_parser(sub)

    p = sub.add_parser("train", help="build the training set and fit a model")
    p.add_argument("--data", help="shared data directory (default: ../shared/data)")
    p.add_argument("--annotations", help=_ANNOTATIONS_HELP)
    p.add_argument("--out", required=True, help="output model directory, e.g. models/news-en")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    p.add_argument("--params", help="JSON of FramingClassifier parameters to override")
    p.set_defaults(func=_cmd_train)

    p = sub.add_parser(
        "evaluate",
        help="score a model on a JSONL of {text, label}, or on the shared dev data",
        description="With a JSONL file: per-label precision/recall/F1, macro-F1, calibration "
        "error and the confusion matrix. With the shared data directory (default "
        "../shared/data): the project's dev targets (annotated dev set, CheckThat dev, "
        "PolNeAR dev; BABE cross-validation with --babe-cv).",
    )
    p.add_argument("--data", help="JSONL file with text and label fields, or the data directory")
    p.add_argument("--annotations", help=_ANNOTATIONS_HELP)
    p.add_argument("--model", help="model directory (default: the shipped model)")
    p.add_argument("--json", action="store_true", help="print the metrics as JSON")
    p.add_argument(
        "--babe-cv", action="store_true", help="also run the BABE 5-fold CV (refits 5 models)"
    )
    p.set_defaults(func=_cmd_evaluate)

    p = sub.add_parser(
        "report",
        help="write a self-contained HTML report of an article, a corpus, or groups of it",
        description="An article (.txt, or - for stdin) gets its text with every sentence "
        "marked; a corpus (a directory of .txt files, or a .jsonl written by `framing label`) "
        "gets a table of its documents, a histogram of framing shares and its sources. With "
        "--group-by FIELD, the inputs (read like `framing label` reads them, or a .jsonl it "
        "wrote) give a page comparing the groups: shares with 95%% bootstrap intervals, "
        "differences, sources and framing cues per group; --freq month adds a time series.",
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help=".txt file, directory, .jsonl, or - for stdin; with --group-by, the inputs of "
        "`framing label` or one .jsonl it wrote",
    )
    p.add_argument("-o", "--output", help="write the HTML here instead of stdout")
    p.add_argument("--title", help="page title (default: the headline, or the corpus size)")
    p.add_argument(
        "--group-by",
        metavar="FIELD",
        help="compare the documents by this input field (e.g. outlet); it is kept from the "
        "inputs like --keep-fields, or read from the rows of a labels file",
    )
    p.add_argument(
        "--freq",
        choices=("month",),
        help="also show the shares per month of --date-field (default: the --group-by field "
        "read as dates)",
    )
    p.add_argument("--date-field", metavar="FIELD", help="the date field of --freq")
    _add_labeling_options(p)
    p.set_defaults(func=_cmd_report)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``framing`` command with ``argv`` (default: the process arguments).

    A `FramingError` (a missing model, unreadable data, ...) is answered here, once for every
    command: one line ``framing <command>: <message>`` on stderr, in the command line's words
    (`_flags`), and exit status 1.
    """
    from framing.exceptions import FramingError

    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except FramingError as exc:
        print(f"framing {args.command}: {_flags(str(exc))}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
