"""Turn the annotators' scratch CSVs (``doc,n,label,kind,source,cue,entity_*``) into the
committed form: sentence ids and labels, spans as character offsets, no text.

    python tools/import_doc_annotations.py --data ../shared/data \\
        --batches /work/annot/batches --scratch /work/annot/out --out annotations/docs

Each batch gives ``<out>/<batch>.csv`` with columns
``id,label,kind,source_start,source_end,cue_start,cue_end,entity_start,entity_end,
title_start,title_end,entity_type``: ``id`` is ``<doc id>#<start>-<end>`` (offsets into the
document text of `framing.doccorpora`), ``source_*``/``cue_*`` are offsets into the same
document text, ``entity_*``/``title_*`` the first place in the document where the annotator's
entity name and title occur. Strings that cannot be found are left empty (and counted).
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter
from pathlib import Path

from framing.doccorpora import DOC_CORPORA, Document, iter_documents, iter_written, sentence_id

COLUMNS = [
    "id",
    "label",
    "kind",
    "source_start",
    "source_end",
    "cue_start",
    "cue_end",
    "entity_start",
    "entity_end",
    "title_start",
    "title_end",
    "entity_type",
]
LABELS = {"fact", "claim", "framing"}
KINDS = {"prose", "headline", "metadata", "boilerplate"}
TYPES = {"person", "organisation", "document", "poll", "anonymous"}


def _whole(text: str, at: int, end: int) -> bool:
    """[at, end) does not start or end inside a word ("he" in "the" does)."""
    inside_left = at > 0 and text[at - 1].isalnum() and text[at].isalnum()
    inside_right = end < len(text) and text[end].isalnum() and text[end - 1].isalnum()
    return not (inside_left or inside_right)


def _find(
    text: str, needle: str, lo: int, hi: int, near: int | None = None
) -> tuple[int, int] | None:
    """Where the annotator's string occurs in text[lo:hi]: an occurrence that is whole words
    rather than part of one ("he", not the "he" of "the"), the one nearest to ``near`` (the
    cue, for a source) or else the first; case-sensitive first, then ignoring case."""
    needle = needle.strip().strip('"').strip()
    if not needle:
        return None
    hits: list[list[int]] = []
    for hay, pin in ((text, needle), (text.lower(), needle.lower())):
        found = []
        at = hay.find(pin, lo, hi)
        while at >= 0:
            found.append(at)
            at = hay.find(pin, at + 1, hi)
        hits.append(found)
    # whole words first (the exact case, then any case), then parts of words
    for pool in (
        [h for h in hits[0] if _whole(text, h, h + len(needle))],
        [h for h in hits[1] if _whole(text, h, h + len(needle))],
        hits[0],
        hits[1],
    ):
        if pool:
            at = pool[0] if near is None else min(pool, key=lambda h: abs(h - near))
            return (at, at + len(needle))
    return None


def convert(doc: Document, spans: list, row: dict, misses: Counter) -> dict:
    n = int(row["n"])
    start, end = spans[n - 1]
    kind = (row.get("kind") or "prose").strip().lower()
    label = (row.get("label") or "").strip().lower()
    if kind not in KINDS:
        misses["bad kind"] += 1
        kind = "prose"
    if label and label not in LABELS:
        misses["bad label"] += 1
        label = ""
    if kind in ("metadata", "boilerplate"):
        label = ""
    out = dict.fromkeys(COLUMNS, "")
    out.update(id=sentence_id(doc.doc_id, start, end), label=label, kind=kind)
    if label != "claim":
        return out
    near = None
    for key in ("cue", "source"):  # the cue first: the source nearest to it
        if row.get(key):
            span = _find(doc.text, row[key], start, end, near)
            if span is None:
                misses[key] += 1
            else:
                out[f"{key}_start"], out[f"{key}_end"] = span
                near = span[0] if key == "cue" else near
    for key, col in (("entity", "entity_name"), ("title", "entity_title")):
        if row.get(col):
            span = _find(doc.text, row[col], 0, len(doc.text))
            if span is None:
                misses[key] += 1
            else:
                out[f"{key}_start"], out[f"{key}_end"] = span
    etype = (row.get("entity_type") or "").strip().lower()
    out["entity_type"] = etype if etype in TYPES else ""
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, required=False)
    ap.add_argument(
        "--written", type=Path, default=None, help="annotations/written/documents.jsonl"
    )
    ap.add_argument("--batches", type=Path, required=True)
    ap.add_argument("--scratch", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    if args.data is None and args.written is None:
        ap.error("give --data (the shared corpora) or --written (our own documents)")
    if args.written is not None:
        docs = {d.doc_id: d for d in iter_written(args.written)}
    else:
        docs = {d.doc_id: d for c in DOC_CORPORA for d in iter_documents(args.data, c)}
    args.out.mkdir(parents=True, exist_ok=True)
    for scratch in sorted(args.scratch.glob("*.csv")):
        batch = scratch.stem
        index = json.loads((args.batches / batch / "index.json").read_text())
        wanted = {(d["doc"], n) for d in index for n in range(1, d["sentences"] + 1)}
        # the spans the annotator saw (the splitter may have changed since)
        spans = {d["doc"]: d["spans"] for d in index}
        misses: Counter = Counter()
        rows, seen = [], set()
        with open(scratch, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                key = (row["doc"].strip(), int(row["n"]))
                if key not in wanted or key in seen:
                    misses["unknown or repeated row"] += 1
                    continue
                seen.add(key)
                rows.append(convert(docs[key[0]], spans[key[0]], row, misses))
        target = args.out / ("agreement" if batch.startswith("dev-b") else "") / f"{batch}.csv"
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, COLUMNS, lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
        print(f"{batch}: {len(rows)} of {len(wanted)} sentences; misses {dict(misses)}")


if __name__ == "__main__":
    main()
