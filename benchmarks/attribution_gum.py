"""Sources and cues against GUM's attribution relations: real text nobody annotated for us.

Usage::

    python benchmarks/attribution_gum.py [--data ../shared/data] [--genres news,interview,...]
        [--errors N]

GUM (../shared/data/gum) marks, in its eRST discourse layer, every *attribution* relation
(`attribution-positive`, `attribution-negative`: "researchers say" -> "almost half of ...
children are iodine deficient") and, among the relation's signals, the tokens of its source
(`sem-atsrc`, "researchers") and of the word that signals it (`lex-indwd`, "say"). Those give
a gold source span and cue word for ~700 attributions in 108 documents of six genres (news,
interviews, biographies, academic papers, court transcripts, travel guides), written and
annotated by others: none of our rules was read from them.

Each document is run whole, on its gold sentence spans, through
`framing.attribution.find_attributions` (no model). Gold: one attribution per relation with a
source or a cue signal, in the sentence that holds its first signal token. Predicted: every
attribution of a sentence that is not inherited from a neighbouring quotation. In each
sentence gold and predicted attributions are paired greedily by character overlap of their
sources, then of their cues. Figures:

* source overlap P/R/F1 (a predicted source overlapping the gold source of its pair) and cue
  overlap P/R/F1 (a predicted cue overlapping the gold cue word);
* sentence recall: the share of gold attributions whose sentence gets any attribution, own
  or inherited (what LABELS.md's rule 1 and the model's features see);
* by genre.

Caveats: GUM's attributions follow its discourse segmentation: a reported clause is marked,
"according to X" and nominal cues ("his claim that") mostly are not, and beliefs ("I think
that") are attributions there, so precision here is a floor: a predicted attribution GUM did
not segment counts as a false positive. Use recall and the per-genre rows to find what we
miss; use our own dev sets (`attribution_docs.py`, `written_dev.py`) for precision.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from framing.attribution import find_attributions  # noqa: E402
from framing.types import Span  # noqa: E402


@dataclass
class GoldAttribution:
    sentence: int
    source: tuple[int, int] | None
    cue: tuple[int, int] | None
    relation: str
    words: list[tuple[int, int]] = field(default_factory=list)


def _positions(spec: str) -> list[int]:
    """Token positions of a signal: "28", "31-41", "16-20,39-41"."""
    out: list[int] = []
    for part in spec.split(","):
        if not part:
            continue
        a, _, b = part.partition("-")
        if not a.isdigit() or (b and not b.isdigit()):
            continue
        out.extend(range(int(a), int(b or a) + 1))
    return out


def _signal(sig: str) -> tuple[str, list[int]]:
    fields = sig.split("-")
    if len(fields) < 4:
        return "", []
    return f"{fields[0]}-{fields[1]}", _positions("-".join(fields[2:-1]))


def gold_attributions(conllu: Path, doc: dict) -> list[GoldAttribution]:
    """GUM's attribution relations of one document with their source and cue signals."""
    words: list[tuple[int, int, int]] = []  # document token number - 1 -> (start, end, sentence)
    for k, sent in enumerate(doc["sentences"]):
        for t in sent["tokens"]:
            words.append((t["start"], t["end"], k))
    out: list[GoldAttribution] = []
    for line in conllu.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0] or "Discourse=" not in cols[9]:
            continue
        value = next(p for p in cols[9].split("|") if p.startswith("Discourse="))
        for rel in value[len("Discourse=") :].split(";"):
            name = rel.split(":")[0]
            if not name.startswith("attribution"):
                continue
            signals = rel.split(":", 3)[3] if rel.count(":") >= 3 else ""
            src: list[int] = []
            cue: list[int] = []
            for sig in signals.split("+"):
                kind, pos = _signal(sig)
                if kind == "sem-atsrc":
                    src.extend(pos)
                elif kind == "lex-indwd":
                    cue.extend(pos)
            toks = [words[p - 1] for p in src + cue if 0 < p <= len(words)]
            if not toks:
                continue
            s = [words[p - 1] for p in src if 0 < p <= len(words)]
            c = [words[p - 1] for p in cue if 0 < p <= len(words)]
            out.append(
                GoldAttribution(
                    sentence=toks[0][2],
                    source=(min(t[0] for t in s), max(t[1] for t in s)) if s else None,
                    cue=(min(t[0] for t in c), max(t[1] for t in c)) if c else None,
                    relation=name,
                )
            )
    return out


def _se(span: Span | None) -> tuple[int, int] | None:
    return None if span is None else (span.start, span.end)


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _prf(tp: int, n_pred: int, n_gold: int) -> str:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--genres", default="", help="comma-separated GUM genres (default: all)")
    ap.add_argument("--errors", type=int, default=0, help="print up to N misses and N extras")
    args = ap.parse_args(argv)
    gum = Path(args.data) / "gum"
    if not (gum / "documents.jsonl").is_file():
        print(f"no GUM at {gum}: nothing to measure", file=sys.stderr)
        return 2
    genres = {g for g in args.genres.split(",") if g}
    docs = [json.loads(line) for line in (gum / "documents.jsonl").open(encoding="utf-8")]
    docs = [d for d in docs if not genres or d["genre"] in genres]

    counts: dict[str, Counter[str]] = defaultdict(Counter)
    misses: list[str] = []
    extras: list[str] = []
    cpu = 0.0
    for doc in docs:
        text = doc["text"]
        spans = [(s["start"], s["end"]) for s in doc["sentences"]]
        gold = gold_attributions(gum / "conllu" / f"{doc['id']}.conllu", doc)
        t0 = time.process_time()
        found = find_attributions(text, spans)
        cpu += time.process_time() - t0
        by_sentence: dict[int, list[GoldAttribution]] = defaultdict(list)
        for g in gold:
            by_sentence[g.sentence].append(g)
        for k, row in enumerate(found):
            own = [a for a in row if not a.inherited]
            golds = by_sentence.get(k, [])
            for c in (counts["all"], counts[doc["genre"]]):
                c["gold"] += len(golds)
                c["gold_src"] += sum(g.source is not None for g in golds)
                c["gold_cue"] += sum(g.cue is not None for g in golds)
                c["pred"] += len(own)
                c["pred_src"] += sum(a.source is not None for a in own)
                c["any"] += len(golds) if row else 0
            left = list(own)
            for g in golds:
                best = next(
                    (a for a in left if a.source and _overlaps(g.source, _se(a.source))), None
                ) or next((a for a in left if _overlaps(g.cue, _se(a.cue))), None)
                sentence = text[spans[k][0] : spans[k][1]]
                if best is None:
                    misses.append(
                        f"{doc['id']}: gold source "
                        f"{text[g.source[0] : g.source[1]] if g.source else None!r} cue "
                        f"{text[g.cue[0] : g.cue[1]] if g.cue else None!r} | {sentence[:160]!r}"
                    )
                    continue
                left.remove(best)
                for c in (counts["all"], counts[doc["genre"]]):
                    c["src_tp"] += _overlaps(g.source, _se(best.source))
                    c["cue_tp"] += _overlaps(g.cue, _se(best.cue))
            for a in left:
                extras.append(
                    f"{doc['id']}: source {a.source.text if a.source else None!r} cue "
                    f"{a.cue.text!r} | {text[spans[k][0] : spans[k][1]][:160]!r}"
                )

    n_sent = sum(len(d["sentences"]) for d in docs)
    print(f"GUM documents: {len(docs)}, sentences {n_sent:,}")
    for name in ["all", *sorted(k for k in counts if k != "all")]:
        c = counts[name]
        print(
            f"  [{name}] gold attributions {c['gold']} (with a source {c['gold_src']}, a cue "
            f"{c['gold_cue']}); predicted {c['pred']}"
        )
        print(f"    source overlap {_prf(c['src_tp'], c['pred_src'], c['gold_src'])}")
        print(f"    cue    overlap {_prf(c['cue_tp'], c['pred'], c['gold_cue'])}")
        print(f"    sentence recall (any attribution): {c['any'] / max(c['gold'], 1):.3f}")
    print(
        f"cost: find_attributions {cpu:.2f} CPU-s, {cpu / max(n_sent, 1) * 1e6:.1f} µs per "
        f"sentence (load {os.getloadavg()[0]:.1f})"
    )
    if args.errors:
        print(f"\nmissed ({len(misses)}):")
        for line in misses[: args.errors]:
            print("  " + line)
        print(f"\nnot in GUM ({len(extras)}):")
        for line in extras[: args.errors]:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
