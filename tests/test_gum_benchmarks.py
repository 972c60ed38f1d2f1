"""The GUM benchmarks read GUM's gold as its SOURCE.md describes it (benchmarks/entities_gum.py,
benchmarks/attribution_gum.py), and score what they should on texts we wrote."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, mod)
    spec.loader.exec_module(mod)
    return mod


def _gum(shared_data: Path) -> Path:
    gum = shared_data / "gum"
    if not (gum / "documents.jsonl").is_file():
        pytest.skip(f"needs GUM at {gum}")
    return gum


def test_entity_events_of_one_word() -> None:
    eg = _load("entities_gum")
    opened, closed = eg._entity_events(
        "Entity=(2-abstract-new-sssss-cf2-2-coref(3-substance-new-sssss-cf3-1-coref-Iodine)|X=1"
    )
    assert opened == [
        ("2", "abstract-new-sssss-cf2-2-coref", False),
        ("3", "substance-new-sssss-cf3-1-coref-Iodine", True),
    ]
    assert closed == []
    assert eg._entity_events("Entity=7)10)9)|MSeg=child-ren") == ([], ["7", "10", "9"])


def test_signal_positions() -> None:
    ag = _load("attribution_gum")
    assert ag._signal("sem-atsrc-28-_") == ("sem-atsrc", [28])
    assert ag._signal("sem-atsrc-31-33-_") == ("sem-atsrc", [31, 32, 33])
    assert ag._signal("sem-rpt-16-17,39-40-_") == ("sem-rpt", [16, 17, 39, 40])
    assert ag._signal("lex-indwd-43-gold") == ("lex-indwd", [43])


def test_attribution_relations_as_counted_in_source_md(shared_data: Path) -> None:
    # SOURCE.md: attribution-positive 698 and attribution-negative 28 relations
    gum = _gum(shared_data)
    ag = _load("attribution_gum")
    docs = [json.loads(line) for line in (gum / "documents.jsonl").open(encoding="utf-8")]
    rels = [g for d in docs for g in ag.gold_attributions(gum / "conllu" / f"{d['id']}.conllu", d)]
    kinds = {r.relation for r in rels}
    assert kinds == {"attribution-positive", "attribution-negative"}
    assert 690 <= len(rels) <= 726  # relations without a source or cue signal are left out
    # every gold source is text of its document: the first one is "researchers" (iodine)
    iodine = next(d for d in docs if d["id"] == "GUM_news_iodine")
    first = ag.gold_attributions(gum / "conllu" / "GUM_news_iodine.conllu", iodine)[0]
    assert first.source is not None and first.cue is not None
    assert iodine["text"][first.source[0] : first.source[1]] == "researchers"
    assert iodine["text"][first.cue[0] : first.cue[1]] == "say"


def test_coreference_mentions_are_text(shared_data: Path) -> None:
    gum = _gum(shared_data)
    eg = _load("entities_gum")
    docs = {json.loads(line)["id"]: json.loads(line) for line in (gum / "documents.jsonl").open()}
    doc = docs["GUM_news_iodine"]
    mentions = eg.gold_mentions(gum / "conllu" / "GUM_news_iodine.conllu", doc)
    text = doc["text"]
    by_chain: dict[str, set[str]] = {}
    for m in mentions:
        by_chain.setdefault(m.chain, set()).add(text[m.start : m.end])
    # "researchers" of the lead and a later "They" are one chain (GUM's chain 8); the title's
    # "Australian children" is not the chain of "all Australian primary school children" (a
    # bridging, not coreference); "iodine" is linked to its Wikipedia identity
    assert any({"researchers", "They"} <= forms for forms in by_chain.values())
    assert not any(
        {"Australian children", "all Australian primary school children"} <= forms
        for forms in by_chain.values()
    )
    assert any(m.identity == "Iodine" for m in mentions)
