"""Agreement of two blind annotations of the same whole documents (committed form).

    python tools/agreement.py annotations/docs/dev-a1.csv annotations/docs/agreement/dev-b1.csv \\
        --data ../shared/data

Prints observed agreement and Cohen's kappa on the three labels (rows both annotators labelled
as prose or headline), on the label-or-kind (metadata and boilerplate as two more classes), by
corpus and genre, the confusion matrix, and, for claims both called claims, source and cue
span agreement (exact and overlapping).
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter, defaultdict
from pathlib import Path

from sklearn.metrics import cohen_kappa_score

from framing.doccorpora import DOC_CORPORA, iter_documents, iter_written


def read(path: Path) -> dict[str, dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return {r["id"]: r for r in csv.DictReader(fh)}


def _cls(r: dict) -> str:
    return r["label"] or r["kind"]


def _span(r: dict, key: str) -> tuple[int, int] | None:
    s, e = r[f"{key}_start"], r[f"{key}_end"]
    return (int(s), int(e)) if s and e else None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("a", type=Path)
    ap.add_argument("b", type=Path)
    ap.add_argument("--data", type=Path, required=False)
    ap.add_argument(
        "--written", type=Path, default=None, help="annotations/written/documents.jsonl"
    )
    args = ap.parse_args()
    if args.data is None and args.written is None:
        ap.error("give --data (the shared corpora) or --written (our own documents)")
    a, b = read(args.a), read(args.b)
    genre = {}
    if args.written is not None:
        for d in iter_written(args.written):
            genre[d.doc_id] = f"{d.corpus}/{d.genre}"
    for c in DOC_CORPORA if args.data is not None else ():
        for d in iter_documents(args.data, c):
            genre[d.doc_id] = f"{c}/{d.genre}"
    ids = [i for i in a if i in b]
    both = [i for i in ids if a[i]["label"] and b[i]["label"]]
    ya, yb = [a[i]["label"] for i in both], [b[i]["label"] for i in both]
    agree = sum(x == y for x, y in zip(ya, yb, strict=True)) / len(both)
    print(f"sentences in both: {len(ids)}; labelled by both: {len(both)}")
    print(f"labels: agreement {agree:.3f}, kappa {cohen_kappa_score(ya, yb):.3f}")
    ca, cb = [_cls(a[i]) for i in ids], [_cls(b[i]) for i in ids]
    agree_k = sum(x == y for x, y in zip(ca, cb, strict=True)) / len(ids)
    print(f"label or kind: agreement {agree_k:.3f}, kappa {cohen_kappa_score(ca, cb):.3f}")
    by: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for i, x, y in zip(both, ya, yb, strict=True):
        by[genre.get(i.split("#")[0], "?")].append((x, y))
    print("\n| corpus/genre | n | agreement | kappa |\n|---|---|---|---|")
    for g in sorted(by):
        pairs = by[g]
        xs, ys = zip(*pairs, strict=True)
        k = cohen_kappa_score(xs, ys) if len(set(xs) | set(ys)) > 1 else float("nan")
        ag = sum(p == q for p, q in pairs) / len(pairs)
        print(f"| {g} | {len(pairs)} | {ag:.3f} | {k:.3f} |")
    conf = Counter(zip(ya, yb, strict=True))
    labels = ["claim", "fact", "framing"]
    print("\nconfusion (rows: first annotator)")
    print("| | " + " | ".join(labels) + " |\n|---|---|---|---|")
    for x in labels:
        print(f"| {x} | " + " | ".join(str(conf[(x, y)]) for y in labels) + " |")
    claims = [i for i, x, y in zip(both, ya, yb, strict=True) if x == y == "claim"]
    for key in ("source", "cue"):
        pairs = [(_span(a[i], key), _span(b[i], key)) for i in claims]
        pairs = [(p, q) for p, q in pairs if p or q]
        if not pairs:
            continue
        exact = sum(p == q for p, q in pairs) / len(pairs)
        over = sum(bool(p and q and p[0] < q[1] and q[0] < p[1]) for p, q in pairs) / len(pairs)
        print(f"{key} spans ({len(pairs)} claims): exact {exact:.3f}, overlap {over:.3f}")


if __name__ == "__main__":
    main()
