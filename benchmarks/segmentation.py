"""Benchmark framing's sentence splitter against Punkt, pySBD and sentencex: boundary F1, speed.

    pip install '.[punkt]'     # NLTK, for the Punkt baseline (framing itself does not use it)
    python benchmarks/segmentation.py [--data ../shared/data] [--repeat 3]

pySBD and sentencex are optional (``pip install -e '.[bench]'``); a peer that is not installed
is skipped, which the output says. GUM (``../shared/data/gum``, gold sentence boundaries of six
genres) scores every splitter by genre, as an independent test of our rules; the speed section
prints a floor beside them: a plain regular-expression split after ``. ! ?`` measured in the same
run, and the machine's load average (other jobs slow everyone's CPU time a little too).

Always on ``tests/data/boundaries.txt`` (our tricky boundaries); and, when the shared data is
there, on ``news_articles``: speed over every article, and F1 against the PTC organisers'
silver split (NLTK's English Punkt, one sentence per line, with Punkt's own errors), once with
the silver sentences joined by line breaks (as in the file) and once joined by a space after
sentence-final punctuation (so that those boundaries are decided in-line; a line break stays
after a silver sentence without final punctuation, which no splitter could find otherwise).
Punkt is trained on news_articles with ``tools/train_punkt.py`` when the data is there (about
30 s); otherwise it is rebuilt from the shipped ``framing/data/punkt_params.json`` (learned
abbreviations, collocations and starters, but no orthographic context), which the output says.

Boundary F1 scores sentence starts (all but the first of each text); "exact" is the share of
texts split exactly right. MB/s counts UTF-8 input bytes per second of the process's CPU time
(robust to other load on the machine), best of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

from framing.segmentation import split_sentences  # noqa: E402

Spans = list[tuple[int, int]]
Splitter = Callable[[str], Spans]
CASES_FILE = ROOT / "tests" / "data" / "boundaries.txt"
_ESCAPE = re.compile(r"\\(n|r|t|\\|u[0-9a-fA-F]{4})")
_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\"}


def load_cases(path: Path = CASES_FILE) -> list[tuple[str, Spans]]:
    """``(text, gold spans)`` per case of the boundary file (format: see its header)."""
    cases = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        raw = _ESCAPE.sub(lambda m: _ESCAPES.get(m[1]) or chr(int(m[1][1:], 16)), line)
        text = raw.replace(" || ", " ").replace("||", "")
        spans, pos = [], 0
        for piece in raw.split("||"):
            start = text.index(piece.strip(), pos)
            pos = start + len(piece.strip())
            spans.append((start, pos))
        cases.append((text, spans))
    return cases


def locate(text: str, pieces: Iterable[str]) -> Spans:
    """Spans of the stripped ``pieces`` (a peer's sentences, in order) in ``text``."""
    spans, pos = [], 0
    for piece in pieces:
        piece = piece.strip()
        found = text.find(piece, pos) if piece else -1
        if found >= 0:
            pos = found + len(piece)
            spans.append((found, pos))
    return spans


def peer_splitters() -> tuple[dict[str, Splitter], list[str]]:
    """pySBD and sentencex when installed, and the names of those that are not."""
    peers: dict[str, Splitter] = {}
    missing = []
    try:
        import pysbd

        segmenter = pysbd.Segmenter(language="en", clean=False)
        peers["pySBD"] = lambda text: locate(text, segmenter.segment(text))
    except ImportError:
        missing.append("pySBD (pip install pysbd)")
    try:
        import sentencex

        peers["sentencex"] = lambda text: locate(text, sentencex.segment("en", text))
    except ImportError:
        missing.append("sentencex (pip install sentencex)")
    return peers, missing


_FLOOR = re.compile(r"(?<=[.!?])\s+")


def floor_split(text: str) -> Spans:
    """The floor: split after every . ! ? that whitespace follows (one regex, no decisions)."""
    spans, start = [], 0
    for gap in _FLOOR.finditer(text):
        spans.append((start, gap.start()))
        start = gap.end()
    spans.append((start, len(text)))
    return spans


def gum_cases(data: Path) -> dict[str, list[tuple[str, Spans]]]:
    """GUM documents with their gold sentence spans, by genre (read from the shared data)."""
    by_genre: dict[str, list[tuple[str, Spans]]] = {}
    with open(data / "gum" / "documents.jsonl", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            gold = [(s["start"], s["end"]) for s in doc["sentences"]]
            by_genre.setdefault(doc["genre"], []).append((doc["text"], gold))
    return by_genre


def gum_table(splitters: dict[str, Splitter], data: Path, repeat: int) -> None:
    """Boundary P/R/F1 overall and by genre, and MB/s over all of GUM, for each splitter."""
    by_genre = gum_cases(data)
    everything = [case for cases in by_genre.values() for case in cases]
    genres = sorted(by_genre)
    size = sum(len(t.encode("utf-8")) for t, _ in everything) / 1e6
    print(
        f"\n## GUM ({len(everything)} documents, {size:.2f} MB, "
        f"{sum(len(g) - 1 for _, g in everything)} boundaries): P / R / F1\n"
    )
    print("| splitter | all | " + " | ".join(genres) + " | MB/s |")
    print("|---|" + "---|" * (len(genres) + 2))
    for name, split in splitters.items():
        cells = []
        for cases in [everything, *(by_genre[g] for g in genres)]:
            s = score(split, cases)
            cells.append(f"{s['precision']:.3f} / {s['recall']:.3f} / **{s['f1']:.3f}**")
        mbs, _ = speed(split, [t for t, _ in everything], repeat)
        print(f"| {name} | " + " | ".join(cells) + f" | {mbs:.1f} |")


_FINAL = re.compile(r"[.!?…][\"'”’)\]]*\Z")


def silver_cases(data: Path) -> dict[str, list[tuple[str, Spans]]]:
    """PTC articles' silver sentences joined by line breaks, and in-line where punctuated."""
    joined: dict[str, list[tuple[str, Spans]]] = {"by line breaks": [], "in-line": []}
    with open(data / "news_articles" / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if doc["source"] != "ptc" or not doc.get("sentences"):
                continue
            sentences = [s.strip() for s in doc["sentences"] if s.strip()]
            for how, cases in joined.items():
                text, spans = "", []
                for sentence in sentences:
                    if text:
                        inline = how == "in-line" and _FINAL.search(text)
                        text += " " if inline else "\n"
                    spans.append((len(text), len(text) + len(sentence)))
                    text += sentence
                cases.append((text, spans))
    return joined


def punkt_splitter(data: Path) -> tuple[Splitter, str]:
    """Plain Punkt with our trained parameters, and where they came from."""
    if (data / "news_articles" / "articles.jsonl").exists():
        from train_punkt import load_texts, train

        params, _ = train(load_texts(data))
        origin = "trained on news_articles now"
    else:
        shipped = resources.files("framing") / "data" / "punkt_params.json"
        learned = json.loads(shipped.read_text(encoding="utf-8"))["punkt"]
        params = PunktParameters()
        params.abbrev_types = set(learned["abbrev_types"])
        params.collocations = {tuple(pair) for pair in learned["collocations"]}
        params.sent_starters = set(learned["sent_starters"])
        origin = "rebuilt from punkt_params.json (no orthographic context)"
    tokenizer = PunktSentenceTokenizer(params)
    gc.collect()
    gc.freeze()  # keep training's millions of objects out of the timed runs' collections

    def split(text: str) -> Spans:
        return [_strip(text, s, e) for s, e in tokenizer.span_tokenize(text)]

    return split, origin


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip())
    return start + left, start + len(piece.rstrip())


def score(split: Splitter, cases: Iterable[tuple[str, Spans]]) -> dict[str, float]:
    """Boundary precision, recall, F1, and the share of texts split exactly right."""
    tp = fp = fn = exact = n = 0
    for text, gold in cases:
        pred = split(text)
        predicted = {s for s, _ in pred[1:]}
        expected = {s for s, _ in gold[1:]}
        tp += len(predicted & expected)
        fp += len(predicted - expected)
        fn += len(expected - predicted)
        exact += pred == gold
        n += 1
    return {
        "precision": tp / max(tp + fp, 1),
        "recall": tp / max(tp + fn, 1),
        "f1": 2 * tp / max(2 * tp + fp + fn, 1),
        "exact": exact / max(n, 1),
        "boundaries": tp + fn,
        "texts": n,
    }


def speed(split: Splitter, texts: list[str], repeat: int) -> tuple[float, float]:
    """MB/s and sentences/s over ``texts``, best of ``repeat`` runs."""
    size = sum(len(t.encode("utf-8")) for t in texts)
    best, sentences = float("inf"), 0
    for _ in range(repeat):
        start = time.process_time()
        sentences = sum(len(split(t)) for t in texts)
        best = min(best, time.process_time() - start)
    return size / 1e6 / best, sentences / best


def _row(name: str, split: Splitter, cases: list[tuple[str, Spans]], repeat: int) -> str:
    s = score(split, cases)
    mbs, sps = speed(split, [t for t, _ in cases], repeat)
    return (
        f"| {name} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | "
        f"{s['exact']:.3f} | {mbs:.1f} | {sps:,.0f} |"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    split_sentences("Load the word lists. Then time.")  # the lists load on the first call
    punkt, origin = punkt_splitter(args.data)
    peers, missing = peer_splitters()
    print(f"Punkt parameters: {origin}")
    print(f"Peers: {', '.join(peers) or 'none'}; not installed: {', '.join(missing) or 'none'}")
    print(f"Load average (1, 5, 15 min) at start: {_load()}\n")
    header = (
        "| splitter | precision | recall | F1 | exact | MB/s | sentences/s |\n"
        "|---|---|---|---|---|---|---|"
    )
    cases = load_cases()
    print(
        f"## {CASES_FILE.relative_to(ROOT)}: {len(cases)} texts, "
        f"{sum(len(g) - 1 for _, g in cases)} boundaries\n\n{header}"
    )
    for name, split in {"framing": split_sentences, "Punkt": punkt, **peers}.items():
        print(_row(name, split, cases, args.repeat))
    if (args.data / "gum" / "documents.jsonl").exists():
        gum_table({"framing": split_sentences, **peers, "Punkt": punkt}, args.data, args.repeat)
    else:
        print(f"\n{args.data / 'gum'} not found: skipping the GUM part")
    if not (args.data / "news_articles" / "articles.jsonl").exists():
        print(f"\n{args.data / 'news_articles'} not found: skipping the news_articles part")
        return
    for how, silver in silver_cases(args.data).items():
        print(f"\n## PTC silver split ({len(silver)} articles), joined {how}\n\n{header}")
        print(_row("framing", split_sentences, silver, args.repeat))
        print(_row("Punkt", punkt, silver, args.repeat))
    from train_punkt import load_texts

    texts = load_texts(args.data)
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"\n## Speed on all news_articles texts ({len(texts)}, {size:.1f} MB)\n")
    print("| splitter | MB/s | sentences/s | runs |\n|---|---|---|---|")
    splitters = {"floor (regex split)": floor_split, "framing": split_sentences, "Punkt": punkt}
    for name, split in {**splitters, **peers}.items():
        runs = 1 if name == "pySBD" else args.repeat  # about 40 s a run
        mbs, sps = speed(split, texts, runs)
        print(f"| {name} | {mbs:.1f} | {sps:,.0f} | {runs} |")
    print(f"\nLoad average (1, 5, 15 min) at the end: {_load()}")


def _load() -> str:
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


if __name__ == "__main__":
    main()
