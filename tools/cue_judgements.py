"""Judged framing cues: import a judge's answers as ids, and measure cue precision.

    python tools/cue_judgements.py import /work/annot/cuedev/items.json \
        /work/annot/cuedev/judgeA.csv [/work/annot/cuedev/judgeB.csv] \
        --out annotations/cues/dev-1.csv
    python tools/cue_judgements.py evaluate annotations/cues/dev-*.csv [--data ../shared/data]

``import`` joins ``tools/sample_cues.py``'s items with the judge's ``n,judgement`` rows (and a
second, blind judge's) and writes ``sentence_id,cue_start,cue_end,kind,judgement[,judgement_b]``
(document offsets, no text: the text stays in ../shared). ``evaluate`` rebuilds each sentence
from the corpora, and prints the judges' agreement and the cue precision (share of ``yes``) of
all candidates and of the cues `framing.explain.framing_cues` shows (the learned scorer's
choice), overall and by kind, with how many of the ``yes`` cues are still shown.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from framing.doccorpora import iter_documents, iter_written  # noqa: E402
from framing.explain import framing_cues  # noqa: E402

CORPORA = ("masc", "ieer", "gum", "news_articles")
#: Our own written documents (evaluation and training), sampled with ``sample_cues --written``.
WRITTEN = (
    ROOT / "annotations" / "written" / "documents.jsonl",
    ROOT / "annotations" / "written" / "train",
)
FIELDS = ["sentence_id", "cue_start", "cue_end", "kind", "judgement"]


def read_judgements(paths: list[Path]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in paths:
        with open(path, encoding="utf-8", newline="") as fh:
            rows.extend(csv.DictReader(fh))
    return rows


def sentence_texts(data_dir: Path, ids: set[str]) -> dict[str, tuple[str, int]]:
    """sentence id -> (sentence text, its start in the document), rebuilt from the corpora and
    our own written documents."""
    wanted: dict[str, list[str]] = {}
    for sid in ids:
        wanted.setdefault(sid.rsplit("#", 1)[0], []).append(sid)
    out: dict[str, tuple[str, int]] = {}
    written = [d for p in WRITTEN if p.exists() for d in iter_written(p)]
    shared = any(not doc_id.startswith(("written/", "wtrain/")) for doc_id in wanted)
    docs = [d for c in CORPORA for d in iter_documents(data_dir, c)] if shared else []
    for doc in [*docs, *written]:
        for sid in wanted.get(doc.doc_id, ()):
            a, b = (int(x) for x in sid.rsplit("#", 1)[1].split("-"))
            out[sid] = (doc.text[a:b], a)
    return out


def _answers(path: Path) -> dict[int, str]:
    with open(path, encoding="utf-8", newline="") as fh:
        return {int(r["n"]): r["judgement"].strip().lower() for r in csv.DictReader(fh)}


def do_import(items_path: Path, judged: list[Path], out: Path) -> None:
    items = json.loads(items_path.read_text(encoding="utf-8"))
    answers = [_answers(p) for p in judged]
    fields = FIELDS + (["judgement_b"] if len(answers) > 1 else [])
    out.parent.mkdir(parents=True, exist_ok=True)
    kept = 0
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(fields)
        for item in items:
            got = [a.get(item["n"]) for a in answers]
            if any(g not in ("yes", "no") for g in got):
                continue
            ids = [item["sentence_id"], item["cue_start"], item["cue_end"], item["kind"]]
            w.writerow([*ids, *got])
            kept += 1
    print(f"{kept} of {len(items)} judged cues written to {out}")


def _precision(rows: list[tuple[str, bool]]) -> str:
    n = len(rows)
    yes = sum(ok for _, ok in rows)
    return f"{yes / n:.3f} ({yes}/{n})" if n else "-"


def do_evaluate(paths: list[Path], data_dir: Path) -> None:
    rows = read_judgements(paths)
    if not rows:
        raise SystemExit("no judged cues in " + ", ".join(map(str, paths)))
    texts = sentence_texts(data_dir, {r["sentence_id"] for r in rows})
    if "judgement_b" in rows[0]:
        same = sum(r["judgement"] == r["judgement_b"] for r in rows)
        a_yes = sum(r["judgement"] == "yes" for r in rows) / len(rows)
        b_yes = sum(r["judgement_b"] == "yes" for r in rows) / len(rows)
        pe = a_yes * b_yes + (1 - a_yes) * (1 - b_yes)
        kappa = (same / len(rows) - pe) / (1 - pe) if pe < 1 else 1.0
        print(f"judges agree on {same}/{len(rows)} = {same / len(rows):.3f}, kappa {kappa:.3f}")
    shown_cache: dict[str, set[tuple[int, int, str]]] = {}
    every: list[tuple[str, bool]] = []
    shown: list[tuple[str, bool]] = []
    second: list[tuple[bool, bool]] = []  # (shown, the second judge's yes)
    missing = 0
    for r in rows:
        if r["sentence_id"] not in texts:
            missing += 1
            continue
        text, a = texts[r["sentence_id"]]
        if r["sentence_id"] not in shown_cache:
            shown_cache[r["sentence_id"]] = set(framing_cues(text))
        ok = r["judgement"] == "yes"
        cue = (int(r["cue_start"]) - a, int(r["cue_end"]) - a, r["kind"])
        every.append((r["kind"], ok))
        if cue in shown_cache[r["sentence_id"]]:
            shown.append((r["kind"], ok))
        if r.get("judgement_b"):
            second.append((cue in shown_cache[r["sentence_id"]], r["judgement_b"] == "yes"))
    if missing:
        print(f"{missing} judged cues whose sentence is not in the corpora: left out")
    yes_total = sum(ok for _, ok in every)
    yes_shown = sum(ok for _, ok in shown)
    print(f"all candidates: precision {_precision(every)}")
    print(
        f"shown (scorer): precision {_precision(shown)}; "
        f"{len(shown)}/{len(every)} cues shown, {yes_shown}/{yes_total} of the yes cues kept"
    )
    if second:
        all_b = [("", b) for _, b in second]
        shown_b = [("", b) for s, b in second if s]
        print(f"second judge: all {_precision(all_b)}, shown {_precision(shown_b)}")
    kinds = Counter(k for k, _ in every)
    for kind, _ in kinds.most_common():
        e = [x for x in every if x[0] == kind]
        s = [x for x in shown if x[0] == kind]
        print(f"  {kind:13s} all {_precision(e):16s} shown {_precision(s)}")


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    imp = sub.add_parser("import")
    imp.add_argument("items", type=Path)
    imp.add_argument("judged", type=Path, nargs="+")
    imp.add_argument("--out", type=Path, required=True)
    ev = sub.add_parser("evaluate")
    ev.add_argument("paths", type=Path, nargs="+")
    ev.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    if args.cmd == "import":
        do_import(args.items, args.judged, args.out)
    else:
        do_evaluate(args.paths, args.data)


if __name__ == "__main__":
    main()
