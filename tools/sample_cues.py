"""Draw framing cues for an annotator to judge (scratch files; only the judgements, as ids,
are committed: ``annotations/cues/``).

    python tools/sample_cues.py --data ../shared/data --out /work/annot/cues4 --n 200 \
        [--seed 4] [--exclude /work/annot/cues*/items.json] [--side dev|train]
    python tools/sample_cues.py --written annotations/written/documents.jsonl --out ...

Runs `framing.analyze` (the shipped model) on the whole documents of our document dev set
(MASC, IEER and GUM documents on their dev side: never trained on, see
`framing.doccorpora.is_dev_document`; ``--side train``: the annotated documents of the
training side instead, MASC, IEER, GUM and ``news_articles``, which is where the cue scorer
learns from; ``--written``: the documents we wrote ourselves, a fresh dev sample), takes
the candidate cues (`framing.explain.candidate_cues`: all the lists
propose, before the learned scorer chooses) of the sentences it labels ``framing``,
leaves out sentences already judged in earlier samples (those of ``annotations/cues/*.csv``,
and of ``--exclude`` scratch files), and draws ``--n`` cues
at random (``--per-doc``: at most so many of one document, so that two long transcripts do not
make the sample). Writes ``items.json`` (sentence, cue offsets, kind) and ``judge.txt``: one
line per
cue, the cue marked ``<<so>>`` inside its sentence, for the judge's instructions in
``docs/annotation_guide.md`` ("Judging framing cues"). The judgements (``n,judgement`` with
yes/no) give the cue precision reported in docs/model_card.md.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from pathlib import Path

import framing
from framing.datasets import read_document_annotations
from framing.doccorpora import iter_documents, iter_written, sentence_id
from framing.explain import candidate_cues


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, required=False)
    ap.add_argument(
        "--written",
        type=Path,
        default=None,
        help="draw from these written documents (annotations/written/documents.jsonl) instead",
    )
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    ap.add_argument("--side", choices=("dev", "train"), default="dev")
    ap.add_argument(
        "--per-doc", type=int, default=0, help="at most this many cues of one document (0: any)"
    )
    args = ap.parse_args()
    if args.data is None and args.written is None:
        ap.error("give --data (the shared corpora) or --written (our own documents)")
    seen: set[str] = set()
    for path in args.exclude:
        seen.update(item["sentence"] for item in json.loads(path.read_text(encoding="utf-8")))
    # the sentences of every committed sample (annotations/cues/*.csv) are never drawn again
    judged: set[str] = set()
    cue_dir = Path(__file__).resolve().parents[1] / "annotations" / "cues"
    for path in sorted(cue_dir.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            judged.update(row["sentence_id"] for row in csv.DictReader(fh))
    pool: list[dict] = []
    corpora = ("masc", "ieer", "gum") + (("news_articles",) if args.side == "train" else ())
    if args.written is not None:
        docs = [d for d in iter_written(args.written) if d.split == args.side]
    else:
        annotated = {key.rsplit("#", 1)[0] for key in read_document_annotations()}
        docs = [d for c in corpora for d in iter_documents(args.data, c)]
        docs = [d for d in docs if d.split == args.side and d.doc_id in annotated]
    for doc in docs:
        for s in framing.analyze(doc.text).sentences:
            if s.label != "framing" or s.text in seen:
                continue
            if sentence_id(doc.doc_id, s.start, s.end) in judged:
                continue
            # every candidate of the lists, not only those the scorer shows: the
            # judgements train and measure the scorer
            for a, b, kind in candidate_cues(s.text):
                pool.append(
                    {
                        "doc": doc.doc_id,
                        "sentence_id": sentence_id(doc.doc_id, s.start, s.end),
                        "cue_start": s.start + a,
                        "cue_end": s.start + b,
                        "sentence": s.text,
                        "start": a,
                        "end": b,
                        "kind": kind,
                    }
                )
    rng = random.Random(args.seed)
    rng.shuffle(pool)
    if args.per_doc:
        taken: dict[str, int] = {}
        capped = []
        for item in pool:
            taken[item["doc"]] = taken.get(item["doc"], 0) + 1
            if taken[item["doc"]] <= args.per_doc:
                capped.append(item)
        pool = capped
    items = pool[: args.n]
    args.out.mkdir(parents=True, exist_ok=True)
    lines = []
    for n, item in enumerate(items, 1):
        item["n"] = n
        s, a, b = item["sentence"], item["start"], item["end"]
        lines.append(f"[{n}] {s[:a]}<<{s[a:b]}>>{s[b:]}".replace("\n", " / "))
    (args.out / "items.json").write_text(json.dumps(items), encoding="utf-8")
    (args.out / "judge.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(
        f"{len(items)} cues drawn from {len(pool)} (framing sentences of the {args.side} documents)"
    )


if __name__ == "__main__":
    main()
