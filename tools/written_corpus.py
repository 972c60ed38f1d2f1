"""Gather the documents we wrote ourselves into ``annotations/written/documents.jsonl``.

    python tools/written_corpus.py /work/written/bc /work/written/cf ... \\
        --out annotations/written/documents.jsonl
    python tools/written_corpus.py /work/wtrain/ta ... --split train \\
        --out annotations/written/train/waves-NN-MM.jsonl

Each source folder holds ``<name>.txt`` documents (headline first, blank lines between
paragraphs) and an ``index.tsv`` (``file, genre, outlet, era, topic``, tab-separated). Each
document becomes one JSON line: ``id`` (``written/<name>``, or ``wtrain/<name>`` with
``--split train``), ``genre``, ``outlet``, ``era``, ``topic``, ``split``, ``text`` and
``spans``, the sentence spans of `framing.split_sentences` at the time of writing, so that
the annotation ids (``<id>#<start>-<end>``) keep their meaning if the splitter changes. The
texts are our own writing (no third-party text), so they are committed.
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

from framing.segmentation import split_sentences


def _index(folder: Path) -> dict[str, list[str]]:
    path = folder / "index.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    return {Path(r[0].strip()).stem: [c.strip() for c in r[1:]] for r in rows}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument(
        "--split",
        choices=("dev", "train"),
        default="dev",
        help="dev: the evaluation set (ids written/...); train: documents to train on (wtrain/...)",
    )
    args = ap.parse_args()
    prefix = "written" if args.split == "dev" else "wtrain"
    lines = []
    for folder in args.folders:
        index = _index(folder)
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8").replace("\r\n", "\n").strip() + "\n"
            genre, outlet, era, topic = ([*index.get(path.stem, []), "", "", "", ""])[:4]
            spans = [list(sp) for sp in split_sentences(text)]
            lines.append(
                {
                    "id": f"{prefix}/{path.stem}",
                    "genre": genre or "unknown",
                    "outlet": outlet,
                    "era": era,
                    "topic": topic,
                    "text": text,
                    "spans": spans,
                    "split": args.split,
                }
            )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for d in lines:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = sum(len(d["spans"]) for d in lines)
    print(f"{len(lines)} documents, {n} sentences -> {args.out}")


if __name__ == "__main__":
    main()
