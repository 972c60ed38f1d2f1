"""Move committed span offsets that start or end inside a word to a whole-word occurrence.

    python tools/repair_span_offsets.py --data ../shared/data annotations/docs
    python tools/repair_span_offsets.py --written annotations/probes3/documents.jsonl \\
        annotations/probes3

`tools/import_doc_annotations.py` placed each span where the annotator's string first occurred,
as a plain substring, until the seventeenth session: the source "he" of '"...," he said.' could
land on the "he" of an earlier "the", and a title "lawyer" inside "lawyers". This tool rereads
every CSV of the folders given (and their ``agreement/`` subfolder), and for each span whose
text starts or ends inside a word finds the same text again with the importer's `_find` (whole
words; a source nearest to its cue; an entity or title first in the document) and writes the
CSV back. Spans already on word boundaries, labels and row order are left alone. Prints what
it moved.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from import_doc_annotations import COLUMNS, _find, _whole  # noqa: E402

from framing.doccorpora import DOC_CORPORA, iter_documents, iter_written  # noqa: E402


def repair_rows(texts: dict[str, str], rows: list[dict[str, str]]) -> int:
    """Fix the rows in place; returns how many spans moved."""
    moved = 0
    for r in rows:
        doc_id, se = r["id"].rsplit("#", 1)
        text = texts.get(doc_id)
        if text is None:
            continue
        lo, hi = (int(x) for x in se.split("-"))
        for key in ("cue", "source", "entity", "title"):
            s, e = r.get(f"{key}_start"), r.get(f"{key}_end")
            if not s or not e:
                continue
            a, b = int(s), int(e)
            if _whole(text, a, b):
                continue
            near = int(r["cue_start"]) if key == "source" and r.get("cue_start") else None
            window = (lo, hi) if key in ("cue", "source") else (0, len(text))
            span = _find(text, text[a:b], *window, near)
            if span is not None and span != (a, b) and _whole(text, *span):
                r[f"{key}_start"], r[f"{key}_end"] = str(span[0]), str(span[1])
                moved += 1
    return moved


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--data", type=Path, default=None, help="the shared corpora (documents)")
    ap.add_argument("--written", type=Path, default=None, help="a documents.jsonl of ours")
    args = ap.parse_args()
    texts: dict[str, str] = {}
    if args.data is not None:
        for corpus in DOC_CORPORA:
            texts.update((d.doc_id, d.text) for d in iter_documents(args.data, corpus))
    if args.written is not None:
        texts.update((d.doc_id, d.text) for d in iter_written(args.written))
    for folder in args.folders:
        for path in sorted([*folder.glob("*.csv"), *folder.glob("agreement/*.csv")]):
            raw = path.read_bytes().decode("utf-8")
            ending = "\r\n" if "\r\n" in raw else "\n"  # the file's own line ends
            rows = list(csv.DictReader(raw.splitlines()))
            if not rows or "source_start" not in rows[0]:
                continue
            moved = repair_rows(texts, rows)
            if moved:
                with path.open("w", encoding="utf-8", newline="") as fh:
                    w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator=ending)
                    w.writeheader()
                    w.writerows(rows)
                print(f"{path}: {moved} spans moved")


if __name__ == "__main__":
    main()
