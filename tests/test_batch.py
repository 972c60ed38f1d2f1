"""Corpus scoring (`framing.batch`) and ``framing label`` on corpora: every record gives its rows
or one error row, in input order, with any number of processes, and a killed run resumes to
exactly the output of an uninterrupted one."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import Future
from pathlib import Path

import pytest

import framing
from framing import _run, batch, corpus
from framing.cli import main
from framing.corpus import Record
from framing.exceptions import FramingError, MissingExtraError

REPO = Path(__file__).resolve().parent.parent

DOCS = [
    ("a", 'The port closed on Monday. "We will reopen," the harbour master said.'),
    ("b", "Officials said the bridge was safe. The decision is a disgrace."),
    ("c", "   \n"),  # blank: no sentence
    ("d", "Rain fell for three days.\n\nThe council met on Tuesday evening."),
]


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory, tiny_model) -> Path:
    from framing.persistence import save_model

    path = tmp_path_factory.mktemp("model") / "tiny"
    save_model(tiny_model, path)
    return path


def _expected(model, docs=DOCS) -> list[dict]:
    out = []
    for doc_id, text in docs:
        analysis = framing.analyze(text, model)
        out += [corpus.sentence_row(doc_id, s, analysis.lang) for s in analysis.sentences] or [
            corpus.empty_row(doc_id, analysis.lang)
        ]  # a blank text still gets a row
    return out


# --------------------------------------------------------------------------------------------
# label_corpus


def test_label_corpus_rows_are_the_analyses_in_input_order(tiny_model):
    rows = list(batch.label_corpus(DOCS, model=tiny_model, batch_size=2))
    assert rows == _expected(tiny_model)
    assert [r["doc_id"] for r in rows if r["index"] == 0] == ["a", "b", "d"]
    as_dicts = [{"id": i, "text": t} for i, t in DOCS]
    assert list(batch.label_corpus(as_dicts, model=tiny_model)) == rows


def test_label_corpus_is_lazy(tiny_model):
    pulled = []

    def source():
        for k in range(1000):
            pulled.append(k)
            yield (k, "The port closed on Monday.")

    rows = batch.label_corpus(source(), model=tiny_model, batch_size=3)
    first = next(rows)
    assert first["doc_id"] == 0 and len(pulled) <= 3


def test_bad_records_give_one_error_row_each_and_the_rest_goes_on(tiny_model):
    records = [
        ("ok1", "The bridge opened in 1998."),
        ("num", 42),
        ("none", None),
        ("bytes", b"Caf\xc3\xa9 owners said prices rose."),
        ("badbytes", b"\xff\xfe broken"),
        {"id": "nokey"},
        "not a record",
        Record("unreadable", file="in.jsonl", line=7, error="malformed JSON"),
        ("ok2", "Officials said the bridge was safe."),
    ]
    rows = list(batch.label_corpus(records, model=tiny_model, batch_size=4))
    errors = [r for r in rows if "error" in r]
    assert [e["doc_id"] for e in errors] == ["num", "none", "badbytes", "nokey", 6, "unreadable"]
    assert "int" in errors[0]["error"] and "utf-8" in errors[2]["error"].lower()
    assert errors[-1] == {
        "doc_id": "unreadable",
        "file": "in.jsonl",
        "line": 7,
        "error": "malformed JSON",
    }
    labeled = {r["doc_id"] for r in rows if "error" not in r}
    assert labeled == {"ok1", "bytes", "ok2"}
    assert next(r for r in rows if r["doc_id"] == "bytes")["text"].startswith("Café")


def test_a_document_that_breaks_the_model_fails_alone(tiny_model, monkeypatch):
    import framing.analysis as analysis

    real = analysis.split_sentences

    def fragile(text):
        if "BOOM" in text:
            raise RuntimeError("cannot split this")
        return real(text)

    monkeypatch.setattr(analysis, "split_sentences", fragile)
    docs = [("a", "The port closed."), ("x", "BOOM goes the text."), ("b", "Rain fell.")]
    rows = list(batch.label_corpus(docs, model=tiny_model))
    assert [(r["doc_id"], "error" in r) for r in rows] == [("a", False), ("x", True), ("b", False)]
    assert "RuntimeError: cannot split this" in rows[1]["error"]


def test_summary_rows_are_the_analysis_summaries(tiny_model):
    rows = list(batch.label_corpus(DOCS, model=tiny_model, summary=True))
    assert rows == [{"doc_id": i, **framing.analyze(t, tiny_model).summary} for i, t in DOCS]
    assert rows[2]["n_sentences"] == 0


def test_two_processes_give_the_same_rows_as_one(tiny_model, model_dir):
    docs = DOCS * 6 + [("bad", 3)]
    one = list(batch.label_corpus(docs, model=tiny_model, batch_size=2))
    by_object = list(batch.label_corpus(docs, model=tiny_model, jobs=2, batch_size=2))
    by_path = list(batch.label_corpus(docs, model=str(model_dir), jobs=2, batch_size=5))
    assert one == by_object == by_path
    assert one[-1]["doc_id"] == "bad" and "error" in one[-1]


def test_a_worker_that_cannot_load_the_model_stops_the_run_cleanly(tmp_path):
    with pytest.raises(FramingError, match="could not load the model"):
        list(batch.label_corpus(DOCS, model=str(tmp_path / "nowhere"), jobs=2))


def test_results_come_back_in_order_with_bounded_batches_in_flight():
    from concurrent.futures import ThreadPoolExecutor

    submitted: list[int] = []

    def work(b: list[int]) -> list[int]:
        time.sleep(0.002 * (10 - b[0]))  # later batches finish first
        return b

    with ThreadPoolExecutor(4) as pool:

        def submit(b: list[int]) -> Future:
            submitted.append(b[0])
            return pool.submit(work, b)

        gen = batch._in_order(iter([[i] for i in range(10)]), submit, 3)
        assert next(gen) == [0] and len(submitted) == 3  # never more than 3 ahead
        assert list(gen) == [[i] for i in range(1, 10)]


# --------------------------------------------------------------------------------------------
# label_dataframe


def test_label_dataframe_flat_columns_ids_and_errors(tiny_model):
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(
        {"key": ["a", "b", "z"], "body": [DOCS[0][1], DOCS[1][1], None]}, index=[10, 11, 12]
    )
    out = batch.label_dataframe(df, "body", "key", model=tiny_model)
    expected = _expected(tiny_model, [("a", DOCS[0][1]), ("b", DOCS[1][1])])
    good = out[out["error"].isna()]
    assert list(good["doc_id"]) == [r["doc_id"] for r in expected]
    assert list(good["text"]) == [r["text"] for r in expected]
    assert list(good["p_framing"]) == [r["probabilities"]["framing"] for r in expected]
    assert str(good["index"].dtype) == "Int64"
    assert out.iloc[-1]["doc_id"] == "z" and "expected the text as str" in out.iloc[-1]["error"]
    by_index = batch.label_dataframe(df.iloc[:2], "body", model=tiny_model)
    assert set(by_index["doc_id"]) == {10, 11}
    summary = batch.label_dataframe(df.iloc[:2], "body", model=tiny_model, summary=True)
    assert list(summary["n_sentences"]) == [
        len(framing.analyze(t, tiny_model).sentences) for t in df["body"][:2]
    ]
    with pytest.raises(KeyError, match="no column 'text'"):
        batch.label_dataframe(df, "text")


def test_label_dataframe_without_pandas_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError, match=r"framing\[pandas\]"):
        batch.label_dataframe(object(), "text")


# --------------------------------------------------------------------------------------------
# The command line


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _corpus(path: Path, n: int, bad_every: int = 0) -> list[tuple[str, str]]:
    docs = []
    with open(path, "w", encoding="utf-8") as fh:
        for k in range(n):
            if bad_every and k % bad_every == bad_every - 1:
                fh.write(f'{{"id": "broken-{k}", "text": \n')
                continue
            text = (
                f'Report {k}: the port closed on Monday. "We expect to reopen," Ines Berg '
                f"told reporters. The closure will surely deepen the misery of {k} families."
            )
            docs.append((f"doc{k}", text))
            fh.write(json.dumps({"id": f"doc{k}", "text": text}) + "\n")
    return docs


def test_cli_jsonl_corpus_with_errors_and_summary_line(tmp_path, capsys, model_dir):
    src = tmp_path / "in.jsonl"
    docs = _corpus(src, 12, bad_every=5)
    out = tmp_path / "out.jsonl"
    args = ["label", str(src), "--id-field", "id", "--model", str(model_dir), "-o", str(out)]
    assert main([*args, "--batch-size", "3"]) == 0
    err = capsys.readouterr().err
    assert "12 documents read, 10 labeled, 2 failed" in err
    rows = _jsonl(out)
    errors = [r for r in rows if "error" in r]
    assert [(e["doc_id"], e["line"]) for e in errors] == [(f"{src}:5", 5), (f"{src}:10", 10)]
    from framing.persistence import load

    model = load(model_dir)
    assert [r for r in rows if "error" not in r] == _expected(model, docs)
    assert f"{len(rows) - 2:,} sentences written" in err


@pytest.mark.parametrize("suffix", [".csv", ".parquet", "-parts"])
def test_cli_csv_and_parquet_outputs_hold_the_same_rows(tmp_path, capsys, model_dir, suffix):
    if suffix != ".csv":
        pytest.importorskip("pyarrow")
    pd = pytest.importorskip("pandas")
    src = tmp_path / "in.jsonl"
    _corpus(src, 5, bad_every=4)
    out = tmp_path / f"out{suffix}"
    extra = ["--format", "parquet"] if suffix == "-parts" else []
    args = ["label", str(src), "--id-field", "id", "--model", str(model_dir), "-o", str(out)]
    assert main([*args, *extra, "--batch-size", "2"]) == 0
    frame = pd.read_csv(out, keep_default_na=False) if suffix == ".csv" else pd.read_parquet(out)
    ref = tmp_path / "ref.jsonl"
    assert main([*args[:-1], str(ref)]) == 0
    rows = _jsonl(ref)
    assert list(frame["doc_id"].astype(str)) == [str(r["doc_id"]) for r in rows]
    assert list(frame["text"].fillna("")) == [r.get("text", "") for r in rows]
    assert sum(1 for e in frame["error"] if isinstance(e, str) and e) == 1
    if suffix == "-parts":
        assert len(list(out.glob("part-*.parquet"))) == 3


def test_cli_summary_stdin_and_glob(tmp_path, capsys, monkeypatch, model_dir):
    import io

    lines = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in DOCS)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    args = ["label", "-", "--input-format", "jsonl", "--id-field", "id", "--summary"]
    assert main([*args, "--model", str(model_dir)]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["doc_id"] for r in rows] == [i for i, _ in DOCS]
    assert {"n_sentences", "counts", "shares", "sources"} <= set(rows[0])

    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text(DOCS[0][1], encoding="utf-8")
    (tmp_path / "d" / "b.md").write_text(DOCS[1][1], encoding="utf-8")
    for glob, n in (("*.md", 1), ("*", 2)):
        assert (
            main(
                [
                    "label",
                    str(tmp_path / "d"),
                    "--glob",
                    glob,
                    "--summary",
                    "--model",
                    str(model_dir),
                ]
            )
            == 0
        )
        assert len(capsys.readouterr().out.splitlines()) == n


def test_cli_usage_errors(tmp_path, capsys):
    assert main(["label", str(tmp_path / "missing.txt")]) == 2
    assert "no such file" in capsys.readouterr().err
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    assert main(["label", str(tmp_path / "a.txt"), "--resume"]) == 2
    assert "--resume needs -o" in capsys.readouterr().err
    assert main(["label", str(tmp_path / "a.txt"), "--format", "parquet"]) == 2
    assert "stdout" in capsys.readouterr().err


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def _default_sigint() -> None:
    """In the child before exec: Ctrl-C as a terminal delivers it. A runner that starts the
    tests in the background of a non-interactive shell (SIGINT ignored, inherited across exec)
    would otherwise leave the signal ignored in `framing label`, which then runs to the end."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _run_until_rows(cmd: list[str], out: Path, sig: int) -> subprocess.Popen:
    proc = subprocess.Popen(
        cmd,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_default_sigint,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.stat().st_size > 2000:  # a batch or two, not just a header
            break
        time.sleep(0.005)
    assert proc.poll() is None, f"the run ended before it could be stopped: {proc.stderr.read()}"
    proc.send_signal(sig)
    proc.wait(timeout=60)
    return proc


def _label_command(src: Path, model_dir: Path) -> list[str]:
    """``framing label`` on ``src`` in small batches, as a subprocess command line."""
    return [
        sys.executable, "-m", "framing.cli", "label", str(src), "--id-field", "id",
        "--model", str(model_dir), "--batch-size", "4", "-q",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("sig", "suffix", "jobs"),
    [
        (signal.SIGKILL, ".jsonl", "1"),
        (signal.SIGINT, ".jsonl", "2"),
        (signal.SIGKILL, ".csv", "1"),
    ],
)
def test_a_killed_run_resumes_to_exactly_the_full_output(
    tmp_path, capsys, model_dir, sig, suffix, jobs
):
    src = tmp_path / "in.jsonl"
    _corpus(src, 400, bad_every=97)
    out = tmp_path / f"out{suffix}"
    ref = tmp_path / f"ref{suffix}"
    base = _label_command(src, model_dir)
    proc = _run_until_rows([*base, "-j", jobs, "-o", str(out)], out, sig)
    stderr = proc.stderr.read().decode()
    if sig == signal.SIGINT:
        assert proc.returncode == 130, stderr
        assert "interrupted" in stderr and "--resume" in stderr
        _jsonl(out)  # every line is whole JSON: Ctrl-C leaves a valid file
    else:
        assert proc.returncode == -signal.SIGKILL
    partial = out.read_bytes()
    assert main([*base[3:], "-o", str(out), "--resume"]) == 0  # in-process: faster
    assert "skipped (already in the output)" in capsys.readouterr().err
    assert main([*base[3:], "-o", str(ref)]) == 0  # the same run, uninterrupted, in-process
    assert len(partial) < ref.stat().st_size  # the run was stopped before the end
    assert out.read_bytes() == ref.read_bytes()


def test_resume_after_sigint_with_a_parquet_file(tmp_path, model_dir):
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "in.jsonl"
    _corpus(src, 400)
    out = tmp_path / "out.parquet"
    base = [*_label_command(src, model_dir), "-o", str(out)]
    tmp = Path(str(out) + ".tmp")
    proc = subprocess.Popen(
        base,
        env=_env(),
        stderr=subprocess.PIPE,
        preexec_fn=_default_sigint,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (tmp.exists() and tmp.stat().st_size > 4096):
        time.sleep(0.005)
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=60) == 130
    first = pq.read_table(out).num_rows  # closed properly: a valid file
    assert main([*base[3:], "--resume"]) == 0
    table = pq.read_table(out)
    ids = table.column("doc_id").to_pylist()
    starts = [d for d, i in zip(ids, table.column("index").to_pylist(), strict=True) if i == 0]
    assert 0 < first < table.num_rows
    assert starts == [f"doc{k}" for k in range(400)]


def test_progress_bar_only_on_a_terminal_and_only_with_tqdm(monkeypatch):
    import io

    pytest.importorskip("tqdm")

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    shown = Terminal()
    monkeypatch.setattr(sys, "stderr", shown)
    bar = _run.Progress()
    bar.update(3, 120)
    bar.close()
    assert "3 docs" in shown.getvalue() and "sentences/s" in shown.getvalue()
    assert _run.Progress(enabled=False).bar is None  # --quiet
    monkeypatch.setitem(sys.modules, "tqdm", None)  # not installed: silently none
    assert _run.Progress().bar is None
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    monkeypatch.delitem(sys.modules, "tqdm")
    bar = _run.Progress()
    bar.update(3, 120)
    bar.close()
    assert bar.bar is None and piped.getvalue() == ""


def test_fast_json_lines_are_byte_for_byte_the_rows(tiny_model, monkeypatch):
    from framing import corpus
    from framing.corpus import _schema
    from framing.types import Sentence

    texts = [
        *DOCS,
        ("q", 'He said: "The port is closed. It will stay closed." She disagreed, he added.'),
        ("u", "Ünïcode — “quotes” and emoji 🚢 said the harbour master, Ines Berg."),
        ("f", "The strike exposes a deepening rift. This reckless plan will surely doom us."),
    ]
    records = [Record(i, t) for i, t in texts] + [Record("bad", error="malformed")]
    outcomes = batch.label_outcomes(records, tiny_model)
    generic = corpus.encode_batch(batch.outcome_rows(outcomes), "jsonl", False)
    kinds = {(bool(s.attributions), bool(s.cues)) for _, a in outcomes[:-1] for s in a.sentences}
    assert {(True, False), (False, True), (False, False)} <= kinds  # claims, framing, facts
    monkeypatch.setattr(_schema, "_FAST_JSON", [True])
    assert corpus.jsonl_of_outcomes(outcomes) == (generic, len(generic.splitlines()))
    assert _schema._FAST_JSON == [True]
    # a new field in the rows: the check sees it and the generic path takes over
    original = Sentence.to_dict
    monkeypatch.setattr(Sentence, "to_dict", lambda self: {**original(self), "extra": 1})
    changed = corpus.encode_batch(batch.outcome_rows(outcomes), "jsonl", False)
    assert corpus.jsonl_of_outcomes(outcomes)[0] == changed
    assert _schema._FAST_JSON == [False]


def test_rows_carry_the_document_language(tmp_path):
    en = "The port of Halden reopened on Friday after a five-day strike. Officials said so."
    es = (
        "El gobierno anunció el viernes que la huelga en el puerto había terminado después "
        "de cinco días. Los sindicatos dijeron que el acuerdo era una victoria para todos."
    )
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "en", "text": en}) + "\n" + json.dumps({"id": "es", "text": es}) + "\n"
    )
    langs = {}
    for fmt in ("jsonl", "csv"):
        out = tmp_path / f"out.{fmt}"
        assert main(["label", str(src), "--id-field", "id", "-o", str(out), "-q"]) == 0
        if fmt == "jsonl":
            rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        else:
            rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
        langs[fmt] = {r["doc_id"]: r["lang"] for r in rows}
    assert langs["jsonl"] == langs["csv"] == {"en": "en", "es": "non-en"}
    out = tmp_path / "summary.csv"
    assert main(["label", str(src), "--id-field", "id", "--summary", "-o", str(out), "-q"]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert {r["doc_id"]: r["lang"] for r in rows} == {"en": "en", "es": "non-en"}
    try:
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - the parquet extra is not installed
        pq = None
    if pq is not None:
        out = tmp_path / "out.parquet"
        assert main(["label", str(src), "--id-field", "id", "-o", str(out), "-q"]) == 0
        table = pq.read_table(out).to_pydict()
        assert dict(zip(table["doc_id"], table["lang"], strict=True)) == {
            "en": "en",
            "es": "non-en",
        }
    for summary in (False, True):
        rows = list(batch.label_corpus([("en", en), ("es", es)], summary=summary))
        assert {r["doc_id"]: r["lang"] for r in rows} == {"en": "en", "es": "non-en"}
        flat = [corpus.flatten(r, summary) for r in rows]
        assert {r["doc_id"]: r["lang"] for r in flat} == {"en": "en", "es": "non-en"}


def test_the_forkserver_loads_the_shipped_model_once_for_its_workers():
    """`framing._warm` (preloaded by the forkserver of a run with the shipped model) leaves
    the model loaded and its bigram table built, so a worker forked after it has both."""
    code = (
        "import framing._warm\n"
        "from framing import persistence, predictor\n"
        "model = persistence._shipped_labeler.cache_info().currsize\n"
        "vocab = [b for b in persistence.load_labeler()._blocks if b['kind'] == 'words']\n"
        "print(model, sum(id(b['vocabulary']) in predictor._BIGRAM_TABLES for b in vocab))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=_env(), capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["1", "1"], out.stderr


def test_a_model_the_forkserver_cannot_load_is_left_to_the_workers(monkeypatch):
    import importlib

    from framing import _warm, persistence

    def broken(path=None):
        raise OSError("no model here")

    monkeypatch.setattr(persistence, "load_labeler", broken)
    importlib.reload(_warm)  # no exception: the workers load it and report
