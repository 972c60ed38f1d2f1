"""Source entities against GUM's gold coreference: does one source stay one entity?

Usage::

    python benchmarks/entities_gum.py [--data ../shared/data] [--genres news,interview,...]
        [--errors N]

GUM (../shared/data/gum) carries, for each of its 108 documents, gold coreference: every
mention of an entity (people, organisations, abstract things ...) bracketed in the CoNLL-U
``Entity`` field with the chain it belongs to, its type and, where linked, a Wikipedia
identity. Nobody wrote GUM for us and none of our entity rules was read from it, so it is an
independent test of `framing.entities` on real text of six genres.

Each document is run whole, on its gold sentence spans, through
`framing.attribution.find_attributions` and `framing.entities.document_entities` (no model:
this measures the source mentions and their merge, whatever the label). Every sentence's main
attribution with a source is a *source mention* (a span seen before, an inherited copy, is
counted once). A source mention is *mapped* to the GUM mention whose character span overlaps
it most (overlap over union); its gold entity is that mention's chain. Figures:

* mapped: the share of source mentions that overlap a GUM mention at all;
* merge (B-cubed, over mapped source mentions, document by document): precision = how much of
  a mention's predicted entity is its gold chain, recall = how much of its gold chain (among
  the mapped source mentions) its predicted entity holds; and the pairs behind them: *split*
  pairs (one gold chain, two predicted entities) and *joined* pairs (two chains, one entity);
* name: for mentions whose gold chain has a proper name (a run of proper nouns in one of its
  mentions, or the Wikipedia identity), whether the predicted entity's name is one of the
  chain's names ("any"; case, a leading "the" and honorifics ignored) and whether it is the
  longest ("fullest");
* type: the predicted type against the chain's GUM type, coarsely: person -> person or
  anonymous, organization -> organisation (or anonymous), abstract/object/event -> document or
  poll.

``--errors N`` prints up to N split pairs, joined pairs and wrong names with their text.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from framing import lexicons  # noqa: E402
from framing.attribution import find_attributions  # noqa: E402
from framing.entities import document_entities  # noqa: E402

_OPEN_RE = re.compile(r"\((\d+)-([^()]*)")
_CLOSE_RE = re.compile(r"(?<![-(\w])(\d+)\)")
_HONORIFICS = {w.lower().rstrip(".") for w in lexicons.words("entity_honorifics")} | {
    w.lower().rstrip(".") for w in lexicons.words("name_titles")
}
_PRONOUNS = {"he", "she", "they", "it", "i", "we", "him", "her", "them", "who", "which"}
_NAME_GLUE = {"of", "the", "and", "for", "de", "van", "von", "al", "bin", "&"}


@dataclass
class GoldMention:
    start: int
    end: int
    chain: str
    etype: str
    identity: str


def _entity_events(misc: str) -> tuple[list[tuple[str, str, bool]], list[str]]:
    """The mentions opened (id, etype, closed on the same word) and closed on one word."""
    value = ""
    for part in misc.split("|"):
        if part.startswith("Entity="):
            value = part[len("Entity=") :]
    if not value:
        return [], []
    opened: list[tuple[str, str, bool]] = []
    closed: list[str] = []
    i = 0
    while i < len(value):
        if value[i] == "(":
            j = i + 1
            while j < len(value) and value[j] not in "()":
                j += 1
            spec = value[i + 1 : j]
            fields = spec.split("-")
            single = j < len(value) and value[j] == ")"
            opened.append((fields[0], "-".join(fields[1:]), single))
            i = j + 1 if single else j
        elif value[i].isdigit():
            j = i
            while j < len(value) and value[j].isdigit():
                j += 1
            if j < len(value) and value[j] == ")":
                closed.append(value[i:j])
                i = j + 1
            else:
                i = j
        else:
            i += 1
    return opened, closed


def gold_mentions(conllu: Path, doc: dict) -> list[GoldMention]:
    """Every coreference mention of one GUM document, with character offsets."""
    offsets: list[dict[str, tuple[int, int, str]]] = []
    for sent in doc["sentences"]:
        offsets.append({str(t["id"]): (t["start"], t["end"], t["upos"]) for t in sent["tokens"]})
    mentions: list[GoldMention] = []
    stack: dict[str, list[tuple[int, str]]] = defaultdict(list)
    k = -1
    for line in conllu.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id"):
            k += 1
            continue
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        start, end, _ = offsets[k][cols[0]]
        opened, closed = _entity_events(cols[9])
        for eid, spec, single in opened:
            if single:
                fields = spec.split("-")
                mentions.append(GoldMention(start, end, eid, fields[0], _identity(fields)))
            else:
                stack[eid].append((start, spec))
        for eid in closed:
            if stack[eid]:
                s, spec = stack[eid].pop()
                fields = spec.split("-")
                mentions.append(GoldMention(s, end, eid, fields[0], _identity(fields)))
    return mentions


def _identity(fields: list[str]) -> str:
    # GRP-etype-infstat-salience-centering-minspan-link-identity: the identity is the 8th field
    return fields[6].replace("_", " ") if len(fields) > 6 else ""


def _proper_runs(doc: dict, m: GoldMention) -> list[str]:
    """The name of a mention: the run of proper nouns (with "of", "the" ... between two of
    them) that holds the mention's head word (the word whose syntactic head lies outside the
    mention), or that the head word heads ("Professor Cres Eastman": "Eastman" heads)."""
    for sent in doc["sentences"]:
        if sent["start"] <= m.start < sent["end"]:
            break
    else:
        return []
    toks = [t for t in sent["tokens"] if m.start <= t["start"] < m.end]
    if not toks:
        return []
    ids = {t["id"] for t in toks}
    heads = [t for t in toks if t["head"] not in ids]
    head = heads[0] if heads else toks[-1]
    runs: list[list[dict]] = []
    cur: list[dict] = []
    for t in toks:
        if t["upos"] == "PROPN" or (cur and t["form"].lower() in _NAME_GLUE):
            cur.append(t)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    text = doc["text"]
    for run in runs:
        while run and run[-1]["upos"] != "PROPN":
            run.pop()
        if run and any(
            t is head or (t["head"] == head["id"] and t["deprel"] == "flat") for t in run
        ):
            return [text[run[0]["start"] : run[-1]["end"]]]
    return []


def _norm(name: str) -> str:
    words = name.replace("’", "'").split()
    while words and (
        words[0].lower() in ("the", "a", "an") or words[0].lower().rstrip(".") in _HONORIFICS
    ):
        words = words[1:]
    return " ".join(w.lower().rstrip(".,") for w in words)


def _type_ok(ours: str, gum: str) -> bool:
    if gum == "person":
        return ours in ("person", "anonymous")
    if gum == "organization":
        return ours in ("organisation", "anonymous")
    if gum in ("abstract", "object", "event"):
        return ours in ("document", "poll")
    return False


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--genres", default="", help="comma-separated GUM genres (default: all)")
    ap.add_argument("--errors", type=int, default=0)
    args = ap.parse_args(argv)
    gum = Path(args.data) / "gum"
    if not (gum / "documents.jsonl").is_file():
        print(f"no GUM at {gum}: nothing to measure", file=sys.stderr)
        return 2
    genres = {g for g in args.genres.split(",") if g}
    docs = [json.loads(line) for line in (gum / "documents.jsonl").open(encoding="utf-8")]
    docs = [d for d in docs if not genres or d["genre"] in genres]

    n_src = n_mapped = 0
    b3_p = b3_r = 0.0
    split_pairs = joined_pairs = 0
    name_n = name_any = name_full = 0
    type_n = type_ok = 0
    by_genre: Counter[str] = Counter()
    errors: dict[str, list[str]] = defaultdict(list)
    by_form: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    cpu = 0.0
    for doc in docs:
        text = doc["text"]
        spans = [(s["start"], s["end"]) for s in doc["sentences"]]
        gold = gold_mentions(gum / "conllu" / f"{doc['id']}.conllu", doc)
        t0 = time.process_time()
        found = find_attributions(text, spans)
        per, ents = document_entities(text, found)
        cpu += time.process_time() - t0
        cluster_of: dict[int, int] = {}
        for c, (_, idx) in enumerate(ents):
            for i in idx:
                cluster_of[i] = c
        chain_names: dict[str, list[str]] = defaultdict(list)
        chain_type: dict[str, str] = {}
        for m in gold:
            chain_type.setdefault(m.chain, m.etype)
            if m.identity:
                chain_names[m.chain].append(m.identity)
            chain_names[m.chain].extend(_proper_runs(doc, m))
        seen: set[tuple[int, int]] = set()
        items: list[tuple[str, int, str, str]] = []  # (gold chain, our cluster, mention, name)
        for i, row in enumerate(found):
            if not row or row[0].source is None or i not in cluster_of:
                continue
            src = row[0].source
            if (src.start, src.end) in seen:
                continue
            seen.add((src.start, src.end))
            n_src += 1
            best, score = None, 0.0
            for m in gold:
                inter = min(m.end, src.end) - max(m.start, src.start)
                if inter <= 0:
                    continue
                union = max(m.end, src.end) - min(m.start, src.start)
                if inter / union > score:
                    best, score = m, inter / union
            if best is None:
                continue
            n_mapped += 1
            by_genre[doc["genre"]] += 1
            ent = per[i]
            assert ent is not None
            items.append((best.chain, cluster_of[i], src.text, ent.name))
            names = [n for n in chain_names.get(best.chain, []) if n]
            if names:
                name_n += 1
                form = "pronoun" if src.text.lower() in _PRONOUNS else "other"
                by_form[form][1] += 1
                ours = _norm(ent.name)
                normed = {_norm(n) for n in names}
                fullest = max(names, key=len)
                if ours in normed:
                    name_any += 1
                    by_form[form][0] += 1
                else:
                    errors["name"].append(
                        f"{doc['id']}: {src.text!r} -> {ent.name!r}; gold {sorted(set(names))}"
                    )
                if ours == _norm(fullest):
                    name_full += 1
            type_n += 1
            if _type_ok(ent.type, chain_type[best.chain]):
                type_ok += 1
            else:
                errors["type"].append(
                    f"{doc['id']}: {src.text!r} -> {ent.name!r} {ent.type}; gold "
                    f"{chain_type[best.chain]}"
                )
        for a, (ga, ca, ma, na) in enumerate(items):
            same_g = sum(1 for g, _, _, _ in items if g == ga)
            same_c = sum(1 for _, c, _, _ in items if c == ca)
            both = sum(1 for g, c, _, _ in items if g == ga and c == ca)
            b3_p += both / same_c
            b3_r += both / same_g
            for gb, cb, mb, nb in items[a + 1 :]:
                if ga == gb and ca != cb:
                    split_pairs += 1
                    errors["split"].append(f"{doc['id']}: {ma!r} -> {na!r} | {mb!r} -> {nb!r}")
                elif ga != gb and ca == cb:
                    joined_pairs += 1
                    errors["joined"].append(f"{doc['id']}: {ma!r} | {mb!r} -> {na!r}")

    n_sent = sum(len(d["sentences"]) for d in docs)
    p = b3_p / n_mapped if n_mapped else 0.0
    r = b3_r / n_mapped if n_mapped else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"GUM documents: {len(docs)}, sentences {n_sent:,}")
    share = n_mapped / max(n_src, 1)
    print(f"source mentions: {n_src}, mapped to a GUM mention {n_mapped} ({share:.3f})")
    print("  by genre: " + ", ".join(f"{g} {n}" for g, n in sorted(by_genre.items())))
    print(
        f"merge B-cubed: P {p:.3f} R {r:.3f} F1 {f:.3f}; split pairs {split_pairs}, "
        f"joined pairs {joined_pairs}"
    )
    if name_n:
        print(
            f"name (chains with a proper name, {name_n}): one of the chain's names "
            f"{name_any / name_n:.3f}, the fullest {name_full / name_n:.3f}; "
            + ", ".join(f"{k} {a}/{n}" for k, (a, n) in sorted(by_form.items()))
        )
    if type_n:
        print(f"type (coarse): {type_ok / type_n:.3f} of {type_n}")
    print(
        f"cost: attribution + entities {cpu:.2f} CPU-s, {cpu / max(n_sent, 1) * 1e6:.1f} µs per "
        f"sentence (load {os.getloadavg()[0]:.1f})"
    )
    if args.errors:
        for key in ("split", "joined", "name", "type"):
            print(f"\n{key} ({len(errors[key])}):")
            for line in errors[key][: args.errors]:
                print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
