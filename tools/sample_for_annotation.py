"""Draw the sentences we annotate ourselves, where the dataset mappings are silent or noisy.

Run once; the ids it picks are what `annotations/*.csv` label. The text never leaves
`../shared/data`: the batches written here go to a scratch directory for the annotators.

    python tools/sample_for_annotation.py --data ../shared/data --out /tmp/annot --batches 5
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path

from framing.datasets import _doc_key, in_dev, read_annotations

# (dataset, predicate over a row, how many). Pools are where a mapping leaves the label
# undecided (null) or doubtful (attribution cue inside a `framing` row), plus a few mapped
# rows to measure the mapping's noise. Checkable-fact pools are large on purpose.
POOLS = [
    ("polnear", lambda r: r["label"] is None and r["split"] == "train", 420),
    ("polnear", lambda r: r["label"] is None and r["split"] == "dev", 130),
    ("polnear", lambda r: r["label"] == "claim", 100),
    ("ptc", lambda r: r["label"] is None and not r["heur_attribution"], 280),
    ("ptc", lambda r: r["label"] is None and r["heur_attribution"], 110),
    ("ptc", lambda r: r["label"] == "framing" and r["heur_attribution"], 110),
    ("ptc", lambda r: r["label"] == "framing" and not r["heur_attribution"], 50),
    ("babe", lambda r: r["source_label"]["label_opinion"] == "Entirely factual", 260),
    ("babe", lambda r: r["source_label"]["label_opinion"].startswith("Somewhat"), 150),
    ("babe", lambda r: r["source_label"]["label_opinion"] == "No agreement", 40),
    ("babe", lambda r: r["label"] == "framing", 50),
    ("checkthat_subjectivity", lambda r: r["label"] is None, 300),
    ("checkthat_subjectivity", lambda r: r["label"] == "framing", 100),
    ("webis_editorials16", lambda r: r["label"] is None, 170),
    ("webis_editorials16", lambda r: r["label"] == "fact", 120),
    ("webis_editorials16", lambda r: r["label"] in ("claim", "framing"), 110),
    ("claimbuster", lambda r: r["source_label"]["class"] == "CFS", 120),
    ("claimbuster", lambda r: r["source_label"]["class"] == "NCS", 60),
]


# Wave 2: a natural sample of the training side of every dataset (documents our dev split
# never holds), to give the model far more in-domain sentences labelled by our rules.
WAVE2 = [
    ("polnear", lambda r: r["split"] == "train", 1100),
    ("ptc", lambda r: r["split"] == "train", 900),
    ("babe", lambda r: True, 800),
    ("webis_editorials16", lambda r: True, 600),
    ("checkthat_subjectivity", lambda r: r["split"] == "train", 350),
    ("claimbuster", lambda r: True, 250),
]


# Wave 3: more of the same natural sample, now that the model learns mostly from our labels.
WAVE3 = [
    ("polnear", lambda r: r["split"] == "train", 2000),
    ("ptc", lambda r: r["split"] == "train", 1600),
    ("babe", lambda r: True, 800),
    ("webis_editorials16", lambda r: True, 1100),
    ("checkthat_subjectivity", lambda r: r["split"] == "train", 300),
    ("claimbuster", lambda r: True, 200),
]
# Wave 4: more news prose, where plain facts are (fact is the rarest label and the weakest).
WAVE4 = [
    ("polnear", lambda r: r["split"] == "train", 3000),
    ("ptc", lambda r: r["split"] == "train", 1500),
    ("babe", lambda r: True, 500),
    ("webis_editorials16", lambda r: True, 800),
    ("claimbuster", lambda r: True, 200),
]
# Wave 5: uncertainty sampling. The pools are drawn 3x larger, and the third of each that the
# shipped model is least sure about (lowest top probability) is kept.
WAVE5 = [
    ("polnear", lambda r: r["split"] == "train", 2000),
    ("ptc", lambda r: r["split"] == "train", 1400),
    ("babe", lambda r: True, 300),
    ("webis_editorials16", lambda r: True, 1000),
    ("checkthat_subjectivity", lambda r: r["split"] == "train", 150),
    ("claimbuster", lambda r: True, 250),
]
WAVES = {1: POOLS, 2: WAVE2, 3: WAVE3, 4: WAVE4, 5: WAVE5}
UNCERTAIN_WAVES = {5}


def _least_certain(rows: list[dict], n: int) -> list[dict]:
    """The ``n`` rows the shipped model is least sure about (sentence seen alone)."""
    import framing

    proba = framing.load().predict_proba([r["text"] for r in rows])
    order = proba.max(axis=1).argsort(kind="stable")
    return [rows[i] for i in sorted(order[:n])]


def _rows(data: Path, name: str) -> list[dict]:
    with open(data / name / "sentences.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--batches", type=int, default=5)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--wave", type=int, choices=sorted(WAVES), default=1)
    args = ap.parse_args()
    pools = WAVES[args.wave]
    done = set(read_annotations()) if args.wave > 1 else set()
    rng = random.Random(args.seed)
    picked: list[dict] = []
    seen: set[str] = set()
    cache: dict[str, list[dict]] = {}
    for name, pred, n in pools:
        rows = cache.setdefault(name, _rows(args.data, name))
        pool = [
            r
            for r in rows
            if r["id"] not in seen
            and r["id"] not in done
            and pred(r)
            and len(r["text"]) < 600
            and (args.wave == 1 or not in_dev(name, _doc_key(name, r), r["split"]))
        ]
        draw = rng.sample(pool, min(3 * n if args.wave in UNCERTAIN_WAVES else n, len(pool)))
        if args.wave in UNCERTAIN_WAVES:
            draw = _least_certain(draw, n)
        for r in draw:
            seen.add(r["id"])
            picked.append({**r, "_dataset": name})
    # neighbours within a document give the annotator the article context
    index: dict[str, tuple[list[dict], int]] = {}
    for name, rows in cache.items():
        by_doc: dict[str, list[dict]] = defaultdict(list)
        for r in rows:
            if r.get("doc_id") and name != "semeval23t3_en_magpie":
                by_doc[r["doc_id"]].append(r)
        for doc in by_doc.values():
            for i, r in enumerate(doc):
                index[r["id"]] = (doc, i)
    rng.shuffle(picked)
    args.out.mkdir(parents=True, exist_ok=True)
    batches: list[list[dict]] = [[] for _ in range(args.batches)]
    for k, r in enumerate(picked):
        doc, i = index.get(r["id"], ([r], 0))
        batches[k % args.batches].append(
            {
                "id": r["id"],
                "dataset": r["_dataset"],
                "split": r["split"],
                "before": [d["text"] for d in doc[max(0, i - 3) : i]],
                "text": r["text"],
                "after": [d["text"] for d in doc[i + 1 : i + 3]],
            }
        )
    for b, rows in enumerate(batches):
        rows.sort(key=lambda x: (x["dataset"], x["id"]))
        with open(args.out / f"wave{args.wave}-batch{b + 1}.jsonl", "w", encoding="utf-8") as fh:
            for x in rows:
                fh.write(json.dumps(x, ensure_ascii=False) + "\n")
        print(f"wave{args.wave}-batch{b + 1}: {len(rows)} sentences")


if __name__ == "__main__":
    main()
