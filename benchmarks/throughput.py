"""End-to-end throughput of ``framing label``: raw documents in, labeled rows out.

    python benchmarks/throughput.py [--docs 20000] [--jobs 1,2] [--model models/news-en]

The shared news articles (``articles.jsonl``, field ``text``) are repeated until there are
``--docs`` documents and written to a temporary JSON-lines corpus. Then, each in a fresh
process so that its time and peak memory are its own:

* a floor: reading the same corpus with the same reader and splitting every text with a plain
  regular expression -- what any tool must at least do;
* ``framing label`` with 1 worker, 2 workers, ...: the same corpus read, labeled and written
  as JSON lines to a temporary file (the path a user's run takes, minus the progress bar);
* TextBlob's subjectivity score (when installed) on the first ``--textblob-sentences``
  sentences of the same corpus;
* ``import framing``, and the first ``framing.analyze`` of a short article (model load
  included).

Everything is measured in CPU seconds (the process's and its workers'), so that a busy
machine slows the figures less than the wall clock; the load average before and after is
printed beside them. It prints sentences per CPU-second of framing (1 and 2 processes) and of
TextBlob and their ratio, the 2-process scaling (wall clock: needs a quiet machine), the peak
resident memory per process (``getrusage``), and the start-up costs. Goals: framing >= 2x
TextBlob per CPU-second, 2 processes >= 1.8x one, <= 300 MB per process, ``import framing``
< 0.3 s and the first ``analyze`` < 0.6 s.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data" / "news_articles" / "articles.jsonl"
GOAL_RATIO, GOAL_SCALING, GOAL_MB = 2.0, 1.8, 300.0
GOAL_IMPORT, GOAL_FIRST = 0.3, 0.6
SHORT_ARTICLE = (
    "The city council voted on Tuesday to close the old harbour bridge for repairs. "
    '"The bridge is no longer safe," the mayor told reporters after the vote. '
    "Critics called the decision a reckless waste of money. "
    "Repairs are expected to take eight months and cost 12 million euros."
)
_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def _peak_mb(who: int) -> float:
    # ru_maxrss is in kilobytes on Linux (bytes on macOS)
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / (1024 * 1024)
    return resource.getrusage(who).ru_maxrss * scale


def make_corpus(data: Path, n_docs: int, out: Path) -> int:
    """Write ``n_docs`` documents (the articles, repeated, with unique ids); return the chars."""
    articles = []
    with open(data, encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            if isinstance(obj.get("text"), str):
                articles.append((str(obj.get("id", len(articles))), obj["text"]))
    if not articles:
        sys.exit(f"throughput: no texts in {data}")
    chars = 0
    with open(out, "w", encoding="utf-8") as fh:
        for k in range(n_docs):
            doc_id, text = articles[k % len(articles)]
            fh.write(json.dumps({"id": f"{doc_id}#{k // len(articles)}", "text": text}) + "\n")
            chars += len(text)
    return chars


def child_floor(corpus: str) -> dict:
    from framing.corpus import iter_records

    t0, c0 = time.perf_counter(), time.process_time()
    docs = sentences = 0
    for rec in iter_records([corpus], id_field="id"):
        docs += 1
        sentences += sum(1 for s in _SPLIT.split(rec.text) if s.strip())
    return {
        "docs": docs,
        "sentences": sentences,
        "seconds": time.perf_counter() - t0,
        "cpu": time.process_time() - c0,
        "peak_mb": _peak_mb(resource.RUSAGE_SELF),
    }


def child_label(corpus: str, jobs: int, batch_size: int, model: str | None, out: str) -> dict:
    import multiprocessing

    from framing import batch
    from framing import corpus as io
    from framing._run import run

    # Workers are normally forked by a forkserver, whose children getrusage(RUSAGE_CHILDREN)
    # cannot see; spawn makes them our children, so their CPU time and peak memory count.
    batch._mp_context = lambda: multiprocessing.get_context("spawn")

    t0, c0 = time.perf_counter(), time.process_time()
    records = io.iter_records([corpus], id_field="id")
    with io.open_writer(out) as writer:
        stats = run(records, writer, model=model, jobs=jobs, batch_size=batch_size)
    seconds = time.perf_counter() - t0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "docs": stats.labeled,
        "failed": stats.failed,
        "sentences": stats.sentences,
        "seconds": seconds,
        "cpu_main": time.process_time() - c0,
        "cpu_workers": usage.ru_utime + usage.ru_stime,
        "peak_mb": _peak_mb(resource.RUSAGE_SELF),
        "peak_worker_mb": _peak_mb(resource.RUSAGE_CHILDREN) if jobs > 1 else 0.0,
        "output_mb": os.path.getsize(out) / 1e6,
    }


def textblob_rate(corpus: str, n_sentences: int) -> dict | None:
    try:
        from textblob import TextBlob
    except ImportError:
        return None
    from framing.corpus import iter_records
    from framing.segmentation import split_sentences

    sents: list[str] = []
    for rec in iter_records([corpus], id_field="id"):
        sents += [rec.text[a:b] for a, b in split_sentences(rec.text)]
        if len(sents) >= n_sentences:
            break
    sents = sents[:n_sentences]
    TextBlob(sents[0]).sentiment.subjectivity  # noqa: B018  (loads its lexicon)
    t0, c0 = time.perf_counter(), time.process_time()
    for s in sents:
        TextBlob(s).sentiment.subjectivity  # noqa: B018
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    return {
        "sentences": len(sents),
        "seconds": seconds,
        "cpu": cpu,
        "rate": len(sents) / seconds,
        "rate_per_cpu_second": len(sents) / cpu,
        "peak_mb": _peak_mb(resource.RUSAGE_SELF),
    }


def child_startup() -> dict:
    """CPU and wall seconds of ``import framing`` and of the first ``framing.analyze`` of a
    short article (the shipped model's load included), in a fresh process. (Short spans are
    given in wall time too: some virtual machines count CPU time in 10 ms ticks.)"""
    import warnings

    w0, c0 = time.perf_counter(), time.process_time()
    import framing

    w1, c1 = time.perf_counter(), time.process_time()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a lexicon fingerprint note is not the point here
        framing.analyze(SHORT_ARTICLE)
    w2, c2 = time.perf_counter(), time.process_time()
    heavy = [m for m in ("pandas", "pyarrow", "scipy.stats") if _really_imported(m)]
    return {
        "import_cpu": c1 - c0,
        "import_wall": w1 - w0,
        "first_analyze_cpu": c2 - c1,
        "first_analyze_wall": w2 - w1,
        "imported": heavy,
        "peak_mb": _peak_mb(resource.RUSAGE_SELF),
    }


def _really_imported(name: str) -> bool:
    mod = sys.modules.get(name)
    return mod is not None and type(mod).__name__ != "_Deferred"


def child_help() -> dict:
    """Wall seconds of ``framing --help`` as a user runs it: a fresh interpreter."""
    code = "import sys; from framing.cli import main; sys.exit(main(['--help']))"
    best = float("inf")
    for _ in range(3):
        w0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)
        best = min(best, time.perf_counter() - w0)
    return {"help_wall": best}


def _spawn(args: list[str]) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        sys.exit(f"throughput: child {args} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="articles JSONL (field text)")
    ap.add_argument("--docs", type=int, default=20_000, help="documents (default 20,000)")
    ap.add_argument("--jobs", default="1,2", help="worker counts to measure (default 1,2)")
    ap.add_argument("--batch-size", type=int, default=None, help="documents per batch")
    ap.add_argument("--model", help="model directory (default: the shipped model)")
    ap.add_argument("--textblob-sentences", type=int, default=20_000)
    ap.add_argument("--json", action="store_true", help="print the results as JSON too")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child == "startup":  # before anything imports framing
        print(json.dumps(child_startup()))
        return 0
    if args.child == "help":
        print(json.dumps(child_help()))
        return 0

    from framing.batch import DEFAULT_BATCH_SIZE

    batch_size = args.batch_size or DEFAULT_BATCH_SIZE
    if args.child == "floor":
        print(json.dumps(child_floor(args.corpus)))
        return 0
    if args.child and args.child.startswith("label"):
        jobs = int(args.child[5:])
        print(json.dumps(child_label(args.corpus, jobs, batch_size, args.model, args.out)))
        return 0
    if args.child == "textblob":
        print(json.dumps(textblob_rate(args.corpus, args.textblob_sentences)))
        return 0

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    if load > 0.5:
        print(
            f"note: load average {load:.1f} on {os.cpu_count()} CPUs before the run: other "
            "processes compete for the CPU (wall-clock rates and scaling suffer; the "
            "per-CPU-second rates do not)"
        )
    if not args.data.exists():
        print(
            f"throughput: the shared corpus is missing ({args.data}); pass --data PATH to a JSONL "
            "of articles with a 'text' field",
            file=sys.stderr,
        )
        return 2
    if args.model is None:
        from framing.persistence import SHIPPED_MODEL, shipped_model_dir

        if not (Path(shipped_model_dir()) / "model.joblib").exists():
            print(f"throughput: no model {SHIPPED_MODEL} shipped; use --model", file=sys.stderr)
            return 2
    job_counts = [int(j) for j in args.jobs.split(",") if j.strip()]
    model_args = ["--model", args.model] if args.model else []
    results: dict = {"docs": args.docs, "batch_size": batch_size, "cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="framing-bench-") as tmp:
        corpus = str(Path(tmp) / "corpus.jsonl")
        results["chars"] = make_corpus(args.data, args.docs, Path(corpus))
        print(f"corpus: {args.docs:,} documents, {results['chars'] / 1e6:.1f} M characters")
        floor = _spawn(["--child", "floor", "--corpus", corpus])
        results["floor"] = floor
        print(
            f"floor (read + regex split): {floor['sentences'] / floor['seconds']:,.0f} "
            f"sentences/s, {floor['docs'] / floor['seconds']:,.0f} documents/s"
        )
        for jobs in job_counts:
            out = str(Path(tmp) / f"rows-{jobs}.jsonl")
            r = _spawn(
                [
                    "--child",
                    f"label{jobs}",
                    "--corpus",
                    corpus,
                    "--out",
                    out,
                    "--batch-size",
                    str(batch_size),
                    *model_args,
                ]
            )
            os.unlink(out)
            r["rate"] = r["sentences"] / r["seconds"]
            cpu = r["cpu_main"] + r["cpu_workers"]
            r["rate_per_cpu_second"] = r["sentences"] / cpu
            r["floor_ratio"] = r["seconds"] / floor["seconds"]
            results[f"jobs{jobs}"] = r
            print(
                f"framing label -j {jobs}: {r['sentences']:,} sentences in {r['seconds']:.1f} s = "
                f"{r['rate']:,.0f} sentences/s ({r['rate'] / jobs:,.0f} per process; "
                f"{r['rate_per_cpu_second']:,.0f} per CPU-second); "
                f"{r['floor_ratio']:.0f}x the floor's time; peak RSS main {r['peak_mb']:.0f} MB"
                + (f", largest worker {r['peak_worker_mb']:.0f} MB" if jobs > 1 else "")
            )
        tb = _spawn(
            [
                "--child",
                "textblob",
                "--corpus",
                corpus,
                "--textblob-sentences",
                str(args.textblob_sentences),
            ]
        )
        results["textblob"] = tb
        if tb:
            print(
                f"TextBlob subjectivity alone (no reading, splitting or writing): "
                f"{tb['rate_per_cpu_second']:,.0f} sentences per CPU-second "
                f"({tb['sentences']:,} sentences, peak RSS {tb['peak_mb']:.0f} MB)"
            )
        else:
            print("TextBlob: not installed (pip install textblob to compare)")
    start = _spawn(["--child", "startup"])
    start.update(_spawn(["--child", "help"]))
    results["startup"] = start
    print(
        f"import framing: {start['import_wall']:.3f} s; framing --help (whole process): "
        f"{start['help_wall']:.2f} s; first framing.analyze of a short article (model load "
        f"included): {start['first_analyze_cpu']:.2f} CPU-s ({start['first_analyze_wall']:.2f} "
        f"s); heavy modules imported: {', '.join(start['imported']) or 'none'}; peak RSS "
        f"{start['peak_mb']:.0f} MB"
    )
    one = results.get("jobs1")
    two = results.get("jobs2")
    checks = []
    if one and tb:
        ratio = one["rate_per_cpu_second"] / tb["rate_per_cpu_second"]
        results["ratio_textblob"] = ratio
        checks.append(
            (
                f"framing >= {GOAL_RATIO}x TextBlob per CPU-second (got {ratio:.2f}x: "
                f"{one['rate_per_cpu_second']:,.0f} vs {tb['rate_per_cpu_second']:,.0f})",
                ratio >= GOAL_RATIO,
            )
        )
    if one and two:
        scaling = two["rate"] / one["rate"]
        results["scaling_2"] = scaling
        checks.append(
            (
                f"2 processes >= {GOAL_SCALING}x one, wall clock (got {scaling:.2f}x)",
                scaling >= GOAL_SCALING,
            )
        )
    peaks = [
        max(r["peak_mb"], r["peak_worker_mb"])
        for k, r in results.items()
        if k.startswith("jobs") and isinstance(r, dict)
    ]
    if peaks:
        checks.append(
            (f"<= {GOAL_MB:.0f} MB per process (got {max(peaks):.0f})", max(peaks) <= GOAL_MB)
        )
    checks.append(
        (
            f"import framing < {GOAL_IMPORT} s (got {start['import_wall']:.3f}), "
            f"framing --help < {GOAL_IMPORT} s (got {start['help_wall']:.2f})",
            start["import_wall"] < GOAL_IMPORT and start["help_wall"] < GOAL_IMPORT,
        )
    )
    checks.append(
        (
            f"first analyze < {GOAL_FIRST} s (got {start['first_analyze_cpu']:.2f})",
            start["first_analyze_cpu"] < GOAL_FIRST,
        )
    )
    load_after = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    print(f"load average: {load:.1f} before, {load_after:.1f} after, on {os.cpu_count()} CPUs")
    for what, ok in checks:
        print(f"  [{'ok' if ok else 'MISSED'}] {what}")
    results["load_before"], results["load_after"] = load, load_after
    if args.json:
        print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
