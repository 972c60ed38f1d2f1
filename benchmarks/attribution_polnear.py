"""Source and cue spans of `framing.attribution` against PolNeAR's gold attributions.

Usage::

    python benchmarks/attribution_polnear.py [--data ../shared/data] [--split dev]
        [--segment] [--errors N] [--analyze]

Runs ``find_attributions`` on whole articles (text from ``polnear/raw/``, or rebuilt from the
sentences' ``doc_char``) with the gold sentence boundaries, so the figures measure attribution,
not sentence splitting (``--segment`` also runs with ``framing.segmentation.split_sentences``).

How predictions are matched (per sentence with ``label == "claim"``):

* gold = the PolNeAR relations with a ``speech`` or ``cognition`` cue that are anchored in the
  sentence, plus, for continuation sentences, the relations in its ``content_of`` (their source
  and cue sit in a neighbouring sentence, in whole-article offsets);
* predicted = every attribution ``find_attributions`` lists for the sentence (own and
  inherited), except own attributions whose cue lies inside the gold *content* or *source* of
  another relation and overlaps no gold cue: PolNeAR is univocal (each token has one role in
  one relation, so nested attributions, e.g. in a quotation or in a relative clause of a
  source, are not annotated), so those can be neither right nor wrong (their number is
  printed); a predicted span that only overlaps a gold relation of another cue class
  (``evidential``/``other``: actions, plans) is ignored, neither right nor wrong;
* spans are de-duplicated by offsets; a predicted span is correct when it overlaps a gold span
  (overlap) or equals one (exact: both trimmed of surrounding punctuation and spaces; strict
  exact without trimming is printed too); gold without a source (hearsay, source elsewhere)
  adds no gold source span, so a predicted source there counts as a false positive.

Also printed: the same for the *anchored* relations only (own attributions vs. relations
anchored in the sentence), for continuation sentences only (inherited vs. ``content_of``), the
main attribution's accuracy, and how often an attribution is predicted in sentences that have
no PolNeAR attribution at all (false alarms outside the claim sentences).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from framing.attribution import (  # noqa: E402
    find_attributions,
    quote_states,
    reported_attributions,
)

CLASSES = ("speech", "cognition")
_SHOW = ("fn", "fp")
_PUNCT = " \t\n,.;:!?\"“”'‘’()[]—–-"


def load_docs(data_dir: Path, split: str = "dev") -> list[dict[str, Any]]:
    """Articles of one split: ``{"doc_id", "text", "rows"}`` with rows in sentence order."""
    path = data_dir / "polnear" / "sentences.jsonl"
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["split"] == split:
                by_doc[row["doc_id"]].append(row)
    docs = []
    raw = data_dir / "polnear" / "raw" / "data"
    for doc_id in sorted(by_doc):
        rows = sorted(by_doc[doc_id], key=lambda r: r["sent_index"])
        text = None
        for part in ("train", "annotator-training", "dev", "test"):
            p = raw / part / "text" / f"{doc_id}.txt"
            if p.exists():
                text = p.read_text(encoding="utf-8")
                break
        if text is None or any(
            text[r["doc_char"][0] : r["doc_char"][1]] != r["text"] for r in rows
        ):
            text = _rebuild(rows)
        docs.append(
            {
                "doc_id": doc_id,
                "text": text,
                "rows": rows,
                "content": _content_spans(raw, rows[0].get("origin", "")),
            }
        )
    return docs


def _content_spans(raw: Path, origin: str) -> list[tuple[int, int]]:
    """Gold Content and Source spans of the article (whole-article offsets) from its brat
    .ann file: the stretches where PolNeAR, being univocal, cannot annotate another cue."""
    path = origin.split(":", 1)[-1].split("@", 1)[0]
    if path.startswith("data/"):
        path = path[len("data/") :]
    ann = raw / path
    out: list[tuple[int, int]] = []
    if not path or not ann.exists():
        return out
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if (
            len(parts) >= 2
            and parts[0].startswith("T")
            and parts[1].startswith(("Content ", "Source "))
        ):
            for piece in parts[1].split(" ", 1)[1].split(";"):
                a, b = piece.split()
                out.append((int(a), int(b)))
    return sorted(out)


def _rebuild(rows: list[dict[str, Any]]) -> str:
    end = max(r["doc_char"][1] for r in rows)
    buf = [" "] * end
    for r in rows:
        a, b = r["doc_char"]
        buf[a:b] = r["text"]
    return "".join(buf)


def _spans(rel: dict[str, Any], role: str, base: int) -> list[tuple[int, int]]:
    parts = rel.get(f"{role}_spans") or ([rel[f"{role}_char"]] if rel.get(f"{role}_char") else [])
    return [(base + a, base + b) for a, b in parts]


class Counts:
    """Overlap and exact matching counts for one kind of span."""

    def __init__(self) -> None:
        self.n_pred = 0
        self.n_gold = 0
        self.tp_pred = {"overlap": 0, "exact": 0, "strict": 0}
        self.tp_gold = {"overlap": 0, "exact": 0, "strict": 0}

    def add(
        self,
        text: str,
        pred: set[tuple[int, int]],
        gold: list[list[tuple[int, int]]],
        ignore: list[tuple[int, int]],
    ) -> list[tuple[str, tuple[int, int]]]:
        """Count one sentence; gold items are lists of parts. Returns the errors."""
        errors = []
        flat = [p for g in gold for p in g]
        gold_keys = {tuple(g) for g in gold}
        for p in sorted(pred):
            hit = any(_overlap(p, q) for q in flat)
            if not hit and any(_overlap(p, q) for q in ignore):
                continue
            self.n_pred += 1
            if hit:
                self.tp_pred["overlap"] += 1
            else:
                errors.append(("fp", p))
            if any(_same(text, p, q) for q in flat):
                self.tp_pred["exact"] += 1
            if p in flat:
                self.tp_pred["strict"] += 1
        for g in gold_keys:
            self.n_gold += 1
            if any(_overlap(p, q) for p in pred for q in g):
                self.tp_gold["overlap"] += 1
            else:
                errors.append(("fn", g[0]))
            if any(_same(text, p, q) for p in pred for q in g):
                self.tp_gold["exact"] += 1
            if any(p in g for p in pred):
                self.tp_gold["strict"] += 1
        return errors

    def prf(self, mode: str) -> tuple[float, float, float]:
        p = self.tp_pred[mode] / self.n_pred if self.n_pred else 0.0
        r = self.tp_gold[mode] / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def _nested(att: Any, content: list[tuple[int, int]], gold_cues: list[tuple[int, int]]) -> bool:
    """An attribution inside the content of another one: PolNeAR annotates no nesting."""
    cue = (att.cue.start, att.cue.end)
    if any(_overlap(cue, q) for q in gold_cues):
        return False
    return any(a <= cue[0] and cue[1] <= b for a, b in content)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _same(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    return text[a[0] : a[1]].strip(_PUNCT) == text[b[0] : b[1]].strip(_PUNCT) and _overlap(a, b)


def evaluate(
    docs: list[dict[str, Any]], segment: bool = False, errors: int = 0, labeler: Any = None
) -> dict[str, Any]:
    """Run find_attributions on every article and compare with the gold spans. With a
    ``labeler`` (the shipped model), a sentence keeps its reported attributions (the main one
    and those coordinated with it) only where the model labels it ``claim``, as
    `framing.analyze` reports them."""
    if segment:
        from framing.segmentation import split_sentences
    if labeler is not None:
        from framing.features import document_inputs
    groups = {
        k: (Counts(), Counts()) for k in ("all", "anchored", "continuation", "all, nested counted")
    }
    main_ok = {"cue": 0, "source": 0, "n": 0, "none": 0}
    alarms = [0, 0]
    nested = [0, 0]
    in_quote = [0, 0, 0, 0]  # quote_states True: continuation claims, no-attribution sentences
    n_sent = 0
    elapsed = 0.0
    shown = 0
    for doc in docs:
        text, rows = doc["text"], doc["rows"]
        gold_sents = [tuple(r["doc_char"]) for r in rows]
        sents = split_sentences(text) if segment else gold_sents
        t0 = time.process_time()
        found = find_attributions(text, sents)
        elapsed += time.process_time() - t0
        if labeler is not None:
            labels = labeler.predict(document_inputs(text, list(sents)))
            # analyze reports a claim sentence's main attribution and the verbs coordinated
            # with it (PolNeAR is univocal: an attribution inside another's content is part of
            # that content)
            found = [
                reported_attributions(text, span, f) if lab == "claim" else []
                for span, f, lab in zip(sents, found, labels, strict=True)
            ]
        n_sent += len(sents)
        # attach predicted attributions to gold sentences
        per_gold: list[list[Any]] = [[] for _ in rows]
        if segment:
            for (a, b), atts in zip(sents, found, strict=True):
                best, best_ov = -1, 0
                for gi, (c, d) in enumerate(gold_sents):
                    ov = min(b, d) - max(a, c)
                    if ov > best_ov:
                        best, best_ov = gi, ov
                if best >= 0:
                    per_gold[best].extend(atts)
        else:
            per_gold = found
        by_id = {}
        for r in rows:
            for rel in r["attributions"]:
                by_id[rel["id"]] = (rel, r["doc_char"][0])
        states = quote_states(text, gold_sents) if not segment else [False] * len(rows)
        for r, atts, state in zip(rows, per_gold, states, strict=True):
            base = r["doc_char"][0]
            if not r["attributions"] and not r["content_of"] and not r["has_attribution"]:
                alarms[1] += 1
                if any(not a.inherited for a in atts):
                    alarms[0] += 1
                in_quote[2] += state
                in_quote[3] += 1
            if r["label"] == "claim" and not r["attributions"] and r["content_of"]:
                in_quote[0] += state
                in_quote[1] += 1
            if r["label"] != "claim":
                continue
            anchored = [x for x in r["attributions"] if x["cue_class"] in CLASSES]
            other = [x for x in r["attributions"] if x["cue_class"] not in CLASSES]
            cont = []
            if not r["attributions"]:
                for rid in r["content_of"]:
                    if rid in by_id and by_id[rid][0]["cue_class"] in CLASSES:
                        cont.append(by_id[rid])
            ign_src = [s for x in other for s in _spans(x, "source", base)]
            ign_cue = [s for x in other for s in _spans(x, "cue", base)]
            gold_cues = [p for x in anchored + other for p in _spans(x, "cue", base)]
            gold_cues += [p for rel, b0 in cont for p in _spans(rel, "cue", b0)]
            kept = [a for a in atts if a.inherited or not _nested(a, doc["content"], gold_cues)]
            nested[0] += len(atts) - len(kept)
            nested[1] += len(atts)
            every, atts = atts, kept
            own = [a for a in atts if not a.inherited]
            inh = [a for a in atts if a.inherited]
            g_an_src = [_spans(x, "source", base) for x in anchored]
            g_an_cue = [_spans(x, "cue", base) for x in anchored]
            g_co_src = [_spans(rel, "source", b0) for rel, b0 in cont]
            g_co_cue = [_spans(rel, "cue", b0) for rel, b0 in cont]
            g_an_src = [g for g in g_an_src if g]
            g_co_src = [g for g in g_co_src if g]

            def ps(lst: list[Any], role: str) -> set[tuple[int, int]]:
                out = set()
                for a in lst:
                    sp = getattr(a, role)
                    if sp is not None:
                        out.add((sp.start, sp.end))
                return out

            errs = []
            gs, gc = groups["all"]
            errs += gs.add(text, ps(atts, "source"), g_an_src + g_co_src, ign_src)
            errs += [
                ("cue-" + e, s)
                for e, s in gc.add(text, ps(atts, "cue"), g_an_cue + g_co_cue, ign_cue)
            ]
            gs, gc = groups["all, nested counted"]
            gs.add(text, ps(every, "source"), g_an_src + g_co_src, ign_src)
            gc.add(text, ps(every, "cue"), g_an_cue + g_co_cue, ign_cue)
            gs, gc = groups["anchored"]
            if anchored or own:
                gs.add(text, ps(own, "source"), g_an_src, ign_src)
                gc.add(text, ps(own, "cue"), g_an_cue, ign_cue)
            if cont:
                gs, gc = groups["continuation"]
                gs.add(text, ps(inh, "source"), g_co_src, [])
                gc.add(text, ps(inh, "cue"), g_co_cue, [])
            if anchored or cont:
                main_ok["n"] += 1
                if not atts:
                    main_ok["none"] += 1
                else:
                    m = atts[0]
                    gcues = [p for g in g_an_cue + g_co_cue for p in g]
                    gsrcs = [p for g in g_an_src + g_co_src for p in g]
                    if any(_overlap((m.cue.start, m.cue.end), q) for q in gcues):
                        main_ok["cue"] += 1
                    if (
                        m.source is not None
                        and any(_overlap((m.source.start, m.source.end), q) for q in gsrcs)
                    ) or (m.source is None and not gsrcs):
                        main_ok["source"] += 1
            if shown < errors and any(e[0].endswith(_SHOW) for e in errs):
                shown += 1
                print("----", r["text"])
                for x in anchored:
                    print("   gold:", x["cue_class"], "| S:", x["source"], "| C:", x["cue"])
                for rel, _b in cont:
                    print("   gold(cont):", "| S:", rel["source"], "| C:", rel["cue"])
                for a in atts:
                    print(
                        "   pred:",
                        "inh" if a.inherited else "own",
                        "| S:",
                        a.source and a.source.text,
                        "| C:",
                        a.cue.text,
                    )
    return {
        "groups": groups,
        "main": main_ok,
        "alarms": alarms,
        "nested": nested,
        "in_quote": None if segment else in_quote,
        "n_sentences": n_sent,
        "seconds": elapsed,
    }


def report(res: dict[str, Any], title: str) -> None:
    print(f"\n== {title}")
    for name, (src, cue) in res["groups"].items():
        print(f"  [{name}]  gold sources {src.n_gold}, gold cues {cue.n_gold}")
        for label, c in (("source", src), ("cue", cue)):
            cells = []
            for mode in ("overlap", "exact", "strict"):
                p, r, f = c.prf(mode)
                cells.append(f"{mode} P {p:.3f} R {r:.3f} F1 {f:.3f}")
            print(f"    {label:6s} " + " | ".join(cells))
    m = res["main"]
    if m["n"]:
        print(
            f"  main attribution on {m['n']} claim sentences with gold: cue right "
            f"{m['cue'] / m['n']:.3f}, source right {m['source'] / m['n']:.3f}, "
            f"none predicted {m['none'] / m['n']:.3f}"
        )
    a = res["alarms"]
    if a[1]:
        print(
            f"  sentences without any PolNeAR attribution that get one: {a[0]}/{a[1]} "
            f"= {a[0] / a[1]:.3f}"
        )
    q = res["in_quote"]
    if q is not None and q[1] and q[3]:
        print(
            f"  quote_states True for {q[0]}/{q[1]} = {q[0] / q[1]:.3f} continuation claim "
            f"sentences (no cue of their own) and {q[2]}/{q[3]} = {q[2] / q[3]:.3f} sentences "
            "without any PolNeAR attribution"
        )
    nn = res["nested"]
    if nn[1]:
        print(
            f"  predicted attributions in claim sentences left out as nested in gold content or "
            f"source: {nn[0]}/{nn[1]} = {nn[0] / nn[1]:.3f}"
        )
    us = 1e6 * res["seconds"] / max(1, res["n_sentences"])
    load1, load5, _ = os.getloadavg()
    print(
        f"  speed: {us:.1f} µs CPU time per sentence ({res['n_sentences']} sentences; "
        f"load average {load1:.2f} / {load5:.2f})"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--data",
        default=str(ROOT.parent / "shared" / "data"),
        help="folder holding polnear/ (default: ../shared/data)",
    )
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument(
        "--segment", action="store_true", help="also run with framing.segmentation.split_sentences"
    )
    ap.add_argument("--errors", type=int, default=0, help="print this many error sentences")
    ap.add_argument(
        "--analyze",
        action="store_true",
        help="also as framing.analyze reports them: the reported attributions (the main one and "
        "those coordinated with it, `reported_attributions`) of each sentence the shipped model "
        "labels claim",
    )
    args = ap.parse_args(argv)
    data = Path(args.data)
    if not (data / "polnear" / "sentences.jsonl").exists():
        print(
            f"PolNeAR data not found under {data} (expected polnear/sentences.jsonl); pass --data",
            file=sys.stderr,
        )
        return 2
    docs = load_docs(data, args.split)
    print(
        f"PolNeAR {args.split}: {len(docs)} articles, {sum(len(d['rows']) for d in docs)} sentences"
    )
    report(evaluate(docs, errors=args.errors), "gold sentence boundaries")
    if args.analyze:
        from framing.persistence import load_labeler

        res = evaluate(docs, labeler=load_labeler())
        report(
            res, "gold sentence boundaries, reported attributions of model-labelled claims, analyze"
        )
    if args.segment:
        try:
            res = evaluate(docs, segment=True)
        except ImportError as exc:
            print(f"\n(--segment skipped: {exc})")
        else:
            report(res, "framing.segmentation.split_sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
