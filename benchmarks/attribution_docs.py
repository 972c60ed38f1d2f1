"""Sources, cues, source entities and line kinds against our whole-document dev annotations.

Usage::

    python benchmarks/attribution_docs.py [--data ../shared/data] [--annotations annotations/docs]
        [--repeat 3] [--errors N]

Gold: annotations/docs/dev-*.csv (ids and offsets only; documents rebuilt by
`framing.doccorpora` from ../shared/data). Every annotated document is run whole, on its own
sentence spans, through `framing.attribution.find_attributions`, `framing.entities` and
`framing.kinds`. Figures:

* source and cue P/R/F1 on the gold claim sentences (prose and headlines): gold = the
  annotator's source / cue span of the sentence (one at most); predicted = the sentence's own
  main attribution (an inherited one is left out: annotators mark spans in the sentence only),
  none on a line `framing.kinds` calls metadata or boilerplate; a predicted span is right when
  it overlaps the gold one (overlap) or equals it trimmed of punctuation and spaces (exact); a
  predicted span where the gold has none is a false positive;
* false alarms: own attributions predicted on gold fact/framing sentences and on gold
  metadata/boilerplate lines;
* LABELS.md rule 1 alone: P/R/F1 of "a sentence with any attribution (own or inherited) is a
  claim" against the gold claims among the prose and headline claim/fact/framing sentences;
* entity name accuracy on the gold claim sentences with an annotated entity: the predicted
  source entity's name (before `framing.entities` existed: the resolved or plain source text of
  the main attribution, own or inherited) equals the annotator's entity name (case-insensitive:
  "exact"; also printed with a leading "the/a/an" ignored on both sides, since the annotators
  copy "the World Health Organization" and entity names leave the article out; and with the
  article and the honorifics before the name ignored on both sides: "Dr Grace Wanjiku" =
  "Grace Wanjiku", the words of `framing.lexicons` ``name_titles`` and ``entity_honorifics``,
  "Mr.", "Dr", "Prof.", "Professor", "Sir", "Alhaji", "Chief" ..., since entity names give
  them as the title) or shares a content word with it ("overlap"); none predicted counts as
  wrong;
* entity title on the gold claim sentences with an annotated title: the predicted entity's
  title is the same words (case and trailing punctuation aside: "exact") or shares a content
  word with it ("overlap");
* entity type accuracy on the gold claim sentences with an annotated type;
* kind accuracy, per-kind F1 and macro F1 over every annotated sentence (before
  `framing.kinds` existed: everything "prose");
* cost: CPU seconds and µs per sentence of attribution + entities (and of kinds apart), best
  of ``--repeat`` runs, with the load average.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from framing import lexicons  # noqa: E402
from framing.attribution import find_attributions  # noqa: E402
from framing.doccorpora import DOC_CORPORA, Document, iter_documents  # noqa: E402

try:  # absent before issue 12: the benchmark then measures the old behaviour
    from framing.entities import document_entities
except ImportError:  # pragma: no cover
    document_entities = None  # type: ignore[assignment]
try:
    from framing.kinds import NON_PROSE, sentence_kinds
except ImportError:  # pragma: no cover
    sentence_kinds = None  # type: ignore[assignment]
    NON_PROSE = frozenset({"metadata", "boilerplate"})
try:  # absent before the thirtieth session
    from framing.kinds import said_lines
except ImportError:  # pragma: no cover
    said_lines = None  # type: ignore[assignment]

KINDS = ("prose", "headline", "metadata", "boilerplate")
_PUNCT = " \t\n,.;:!?\"“”'‘’()[]—–-"
_WORD_RE = re.compile(r"[\w'’-]+")
_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+")


def _honorific_words() -> frozenset[str]:
    """The honorifics the "honorific ignored" figure leaves out: the word lists' (the
    entity-only list is absent before attr9: the short titles alone then)."""
    out = lexicons.words("name_titles")
    if "entity_honorifics" in lexicons.names():
        out |= lexicons.words("entity_honorifics")
    return out


_HONORIFIC_WORDS = _honorific_words()


def _bare(name: str) -> str:
    """A name lower-cased, without its leading article and honorifics ("the", "Dr", "Alhaji
    Chief"), for the "honorific ignored" figure."""
    words = _ARTICLE_RE.sub("", name).split()
    while len(words) > 1 and words[0].strip(".") in _HONORIFIC_WORDS:
        words = words[1:]
    return " ".join(words)


_STOP = frozenset(
    "the a an of and for at in on to by with mr mrs ms dr his her their its our this that".split()
)


def load(
    data_dir: Path | None, ann_dir: Path, documents: Iterable[Document] | None = None
) -> list[dict[str, Any]]:
    """The annotated dev documents: text, spans and the gold row of each annotated span
    (``documents`` instead of the corpora of ``data_dir``: our written ones, for one)."""
    rows: dict[str, dict[tuple[int, int], dict[str, str]]] = defaultdict(dict)
    for p in sorted(ann_dir.glob("dev-*.csv")):
        with p.open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                doc_id, se = r["id"].rsplit("#", 1)
                a, b = se.split("-")
                rows[doc_id][(int(a), int(b))] = r
    if documents is None:
        assert data_dir is not None, "give data_dir or documents"
        documents = (d for c in DOC_CORPORA for d in iter_documents(data_dir, c))
    docs = []
    for d in documents:
        if d.doc_id in rows:
            docs.append({"id": d.doc_id, "text": d.text, "spans": list(d.spans)})
            docs[-1]["gold"] = [rows[d.doc_id].get(sp) for sp in d.spans]
    return docs


def _span(r: dict[str, str], key: str) -> tuple[int, int] | None:
    if not r.get(f"{key}_start"):
        return None
    return int(r[f"{key}_start"]), int(r[f"{key}_end"])


def _trim(text: str, se: tuple[int, int]) -> tuple[int, int]:
    a, b = se
    while a < b and text[a] in _PUNCT:
        a += 1
    while b > a and text[b - 1] in _PUNCT:
        b -= 1
    return a, b


def _content(s: str) -> set[str]:
    return {w for w in _WORD_RE.findall(s.lower()) if w not in _STOP}


def run(docs: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], float, float]:
    """Predictions per document, and CPU seconds of attribution + entities and of kinds."""
    t_attr = t_kind = 0.0
    out = []
    for d in docs:
        text, spans = d["text"], d["spans"]
        t0 = time.process_time()
        found = find_attributions(text, spans)
        t1 = time.process_time()
        kinds = (
            sentence_kinds(text, spans) if sentence_kinds is not None else ["prose"] * len(spans)
        )
        if said_lines is not None:  # a boilerplate line in which someone says something
            kinds = said_lines(text, spans, kinds, found)
        t2 = time.process_time()
        found = [[] if k in NON_PROSE else f for f, k in zip(found, kinds, strict=True)]
        ents = document_entities(text, found)[0] if document_entities is not None else None
        t3 = time.process_time()
        t_attr += (t1 - t0) + (t3 - t2)
        t_kind += t2 - t1
        out.append({"found": found, "kinds": kinds, "entities": ents})
    return out, t_attr, t_kind


def _prf(tp: int, npred: int, ngold: int) -> str:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f}"


def score(docs: list[dict[str, Any]], preds: list[dict[str, Any]], errors: int = 0) -> None:
    c: Counter[str] = Counter()
    kind_pairs: list[tuple[str, str]] = []
    shown = 0
    for d, p in zip(docs, preds, strict=True):
        text = d["text"]
        for i, g in enumerate(d["gold"]):
            if g is None:
                continue
            kind_pairs.append((g["kind"] or "prose", p["kinds"][i]))
            row = p["found"][i]
            own = row[0] if row and not row[0].inherited else None
            if g["kind"] in NON_PROSE:
                c["nonprose"] += 1
                c["nonprose_alarm"] += bool(own)
                continue
            if g["label"] in ("fact", "framing"):
                c["nonclaim"] += 1
                c["nonclaim_alarm"] += bool(own)
                c["nonclaim_any"] += bool(row)
                continue
            if g["label"] != "claim":
                continue
            c["claims"] += 1
            c["claim_any"] += bool(row)
            for key in ("source", "cue"):
                gold = _span(g, key)
                pred_sp = getattr(own, key) if own is not None else None
                pred = (pred_sp.start, pred_sp.end) if pred_sp is not None else None
                c[f"{key}_gold"] += gold is not None
                c[f"{key}_pred"] += pred is not None
                if gold is not None and pred is not None:
                    c[f"{key}_overlap"] += pred[0] < gold[1] and gold[0] < pred[1]
                    c[f"{key}_exact"] += _trim(text, pred) == _trim(text, gold)
            ent = _span(g, "entity")
            if ent is not None:
                c["ent_gold"] += 1
                gname = text[ent[0] : ent[1]]
                name = None
                if p["entities"] is not None:
                    e = p["entities"][i]
                    name = e.name if e is not None else None
                elif row and (row[0].source_resolved or row[0].source) is not None:
                    name = (row[0].source_resolved or row[0].source).text
                if name is not None:
                    a, b = name.strip(_PUNCT).lower(), gname.strip(_PUNCT).lower()
                    c["ent_exact"] += a == b
                    c["ent_exact_article"] += _ARTICLE_RE.sub("", a) == _ARTICLE_RE.sub("", b)
                    c["ent_exact_honorific"] += _bare(a) == _bare(b)
                    c["ent_overlap"] += bool(_content(name) & _content(gname))
                    if a != b and shown < errors:
                        shown += 1
                        s0, s1 = d["spans"][i]
                        sentence = " ".join(text[s0:s1].split())[:110]
                        print(f"  wrong entity: {name!r} gold {gname!r} | {sentence}")
                elif shown < errors:
                    shown += 1
                    s0, s1 = d["spans"][i]
                    print(f"  no entity: {text[s0:s1][:120]!r} gold {gname!r}")
            tspan = _span(g, "title")
            if tspan is not None and p["entities"] is not None:
                # the title where the annotator gave one: the same words (case and a trailing
                # full stop aside), or a word in common ("Minister" for "Interior Minister")
                c["title_gold"] += 1
                e = p["entities"][i]
                got = (e.title or "") if e is not None else ""
                want = text[tspan[0] : tspan[1]]
                c["title_exact"] += got.strip(_PUNCT).lower() == want.strip(_PUNCT).lower()
                c["title_overlap"] += bool(_content(got) & _content(want))
            if g["entity_type"]:
                c["type_gold"] += 1
                if p["entities"] is not None and p["entities"][i] is not None:
                    c["type_right"] += p["entities"][i].type == g["entity_type"]
    print(f"gold claim sentences {c['claims']} (prose and headlines)")
    for key in ("source", "cue"):
        print(
            f"  {key:6} overlap {_prf(c[f'{key}_overlap'], c[f'{key}_pred'], c[f'{key}_gold'])}"
            f" | exact {_prf(c[f'{key}_exact'], c[f'{key}_pred'], c[f'{key}_gold'])}"
            f"  (gold {c[f'{key}_gold']}, predicted {c[f'{key}_pred']})"
        )
    n = max(c["ent_gold"], 1)
    print(
        f"  entity name on {c['ent_gold']} claims with a gold entity: "
        f"exact {c['ent_exact'] / n:.3f} (a leading article ignored: "
        f"{c['ent_exact_article'] / n:.3f}; article and honorifics ignored: "
        f"{c['ent_exact_honorific'] / n:.3f}), overlap {c['ent_overlap'] / n:.3f}"
    )
    if c["title_gold"]:
        print(
            f"  entity title on {c['title_gold']} claims with a gold title: exact "
            f"{c['title_exact'] / c['title_gold']:.3f}, overlap "
            f"{c['title_overlap'] / c['title_gold']:.3f}"
        )
    print(
        f"  entity type on {c['type_gold']} claims with a gold type: "
        f"{c['type_right'] / max(c['type_gold'], 1):.3f}"
    )
    print(
        f"  own attribution on gold fact/framing sentences: {c['nonclaim_alarm']}/{c['nonclaim']}"
        f" = {c['nonclaim_alarm'] / max(c['nonclaim'], 1):.3f}; on gold metadata/boilerplate "
        f"lines: {c['nonprose_alarm']}/{c['nonprose']}"
    )
    # LABELS.md rule 1 read strictly: a sentence with an attribution (own or inherited) is a
    # claim; how well that alone separates the gold claims from fact/framing
    print(
        f"  rule 1 alone (any attribution -> claim) on prose and headlines: "
        f"{_prf(c['claim_any'], c['claim_any'] + c['nonclaim_any'], c['claims'])}"
        f" ({c['claim_any']} claims and {c['nonclaim_any']} fact/framing sentences with one)"
    )
    acc = sum(g == q for g, q in kind_pairs) / max(len(kind_pairs), 1)
    f1s = []
    parts = []
    for k in KINDS:
        tp = sum(g == k and q == k for g, q in kind_pairs)
        npred = sum(q == k for _, q in kind_pairs)
        ng = sum(g == k for g, _ in kind_pairs)
        pr = tp / npred if npred else 0.0
        rc = tp / ng if ng else 0.0
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        f1s.append(f)
        parts.append(f"{k} {f:.3f} (gold {ng})")
    print(f"kind on {len(kind_pairs)} sentences: accuracy {acc:.3f}, macro F1 {sum(f1s) / 4:.3f}")
    print("  F1 " + ", ".join(parts))
    print("  gold -> predicted:", dict(Counter(kind_pairs).most_common(12)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--annotations", type=Path, default=ROOT / "annotations" / "docs")
    ap.add_argument("--repeat", type=int, default=3, help="timing runs (the best is printed)")
    ap.add_argument(
        "--errors", type=int, default=0, help="print this many missed or wrong entities"
    )
    args = ap.parse_args(argv)
    docs = load(args.data, args.annotations)
    n = sum(len(d["spans"]) for d in docs)
    best_attr = best_kind = float("inf")
    preds: list[dict[str, Any]] = []
    for _ in range(max(args.repeat, 1)):
        preds, t_attr, t_kind = run(docs)
        best_attr, best_kind = min(best_attr, t_attr), min(best_kind, t_kind)
    print(f"document dev set: {len(docs)} documents, {n} sentences")
    score(docs, preds, args.errors)
    load1, load5, _ = os.getloadavg()
    print(
        f"cost: attribution + entities {best_attr:.2f} s CPU = {best_attr / n * 1e6:.1f} µs per "
        f"sentence; kinds {best_kind:.2f} s = {best_kind / n * 1e6:.1f} µs per sentence "
        f"(best of {args.repeat}; load average {load1:.2f} / {load5:.2f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
