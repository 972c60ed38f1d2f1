"""Cut the whole-document corpora into annotation batches (scratch files, never committed).

Each batch is a folder of documents, one file per document, every sentence numbered:

    python tools/prepare_doc_batches.py --data ../shared/data --out /work/annot/batches

Dev documents (never trained on) go into batches of their own, ``dev-a*`` and ``dev-b*``, which
hold the same documents in a different order for two blind annotators. Training documents go into
``train-*`` batches of about ``--size`` sentences. The batch layout is reproducible (fixed seed).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from pathlib import Path

from framing.doccorpora import DOC_CORPORA, Document, iter_documents, iter_written


def _render(doc: Document) -> str:
    lines = [f"# document {doc.doc_id} | corpus {doc.corpus} | genre {doc.genre}", ""]
    prev_end = 0
    for n, (s, e) in enumerate(doc.spans, 1):
        if n > 1 and "\n\n" in doc.text[prev_end:s]:
            lines.append("")
        lines.append(f"[{n}] {doc.text[s:e]}".replace("\n", " / "))
        prev_end = e
    return "\n".join(lines) + "\n"


def _write(out: Path, name: str, docs: list[Document]) -> None:
    folder = out / name
    folder.mkdir(parents=True, exist_ok=True)
    index = []
    for i, doc in enumerate(docs, 1):
        fname = f"{i:03d}_{doc.doc_id.replace('/', '_')}.txt"
        (folder / fname).write_text(_render(doc), encoding="utf-8")
        index.append(
            {
                "file": fname,
                "doc": doc.doc_id,
                "sentences": len(doc.spans),
                "spans": [list(s) for s in doc.spans],
            }
        )
    (folder / "index.json").write_text(json.dumps(index, indent=1), encoding="utf-8")
    print(f"{name}: {len(docs)} documents, {sum(len(d.spans) for d in docs)} sentences")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, required=False)
    ap.add_argument(
        "--written",
        type=Path,
        default=None,
        help="a documents.jsonl of annotations/written: batch our own written documents",
    )
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--size", type=int, default=1800)
    ap.add_argument("--dev-size", type=int, default=650)
    ap.add_argument("--news-articles", type=int, default=260, help="articles of news_articles")
    ap.add_argument("--max-doc", type=int, default=250, help="skip longer documents")
    ap.add_argument("--corpora", nargs="*", default=None, help="only these corpora")
    ap.add_argument("--genres", nargs="*", default=None, help="only these genres")
    ap.add_argument(
        "--skip-annotated",
        type=Path,
        default=None,
        help="a folder of annotation CSVs: leave out the documents they hold (a new wave)",
    )
    ap.add_argument("--first", type=int, default=1, help="number of the first train batch")
    ap.add_argument("--max-sentences", type=int, default=0, help="stop the train side here")
    args = ap.parse_args()
    if args.data is None and args.written is None:
        ap.error("give --data (the shared corpora) or --written (our own documents)")
    done: set[str] = set()
    if args.skip_annotated is not None:
        for path in sorted(args.skip_annotated.glob("*.csv")):
            with path.open(encoding="utf-8", newline="") as f:
                done.update(row["id"].split("#")[0] for row in csv.DictReader(f))
    rng = random.Random(16)
    dev: list[Document] = []
    train: list[Document] = []
    if args.written is not None:
        for d in iter_written(args.written):
            if 0 < len(d.spans) <= args.max_doc:
                (dev if d.split == "dev" else train).append(d)
    for corpus in DOC_CORPORA if args.written is None else ():
        if args.corpora and corpus not in args.corpora:
            continue
        docs = [
            d
            for d in iter_documents(args.data, corpus)
            if 0 < len(d.spans) <= args.max_doc
            and d.doc_id not in done
            and (not args.genres or d.genre in args.genres)
        ]
        if corpus == "news_articles":
            rng.shuffle(docs)
            docs = docs[: args.news_articles]
        for d in docs:
            (dev if d.split == "dev" else train).append(d)
    rng.shuffle(dev)
    rng.shuffle(train)
    # dev: batches of about dev-size sentences; the b-side holds the same documents reversed
    batches: list[list[Document]] = [[]]
    for d in dev:
        if sum(len(x.spans) for x in batches[-1]) >= args.dev_size:
            batches.append([])
        batches[-1].append(d)
    for i, b in enumerate(batches, 1):
        if b:  # none when the run has no dev documents
            _write(args.out, f"dev-a{i}", b)
            _write(args.out, f"dev-b{i}", list(reversed(b)))
    if args.max_sentences:
        kept: list[Document] = []
        for d in train:
            if sum(len(x.spans) for x in kept) >= args.max_sentences:
                break
            kept.append(d)
        train = kept
    batches = [[]]
    for d in train:
        if sum(len(x.spans) for x in batches[-1]) >= args.size:
            batches.append([])
        batches[-1].append(d)
    for i, b in enumerate(batches, 1):
        if b:
            _write(args.out, f"train-{i + args.first - 1:02d}", b)


if __name__ == "__main__":
    main()
