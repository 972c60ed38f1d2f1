"""`framing.explain.candidate_cues` with its phrases indexed by first word gives what the full
scan gave (tests/explain_reference.py), cue for cue."""

from __future__ import annotations

import json
from pathlib import Path

import explain_reference as ref
from test_fastpath import example_texts, own_sentences

from framing.explain import candidate_cues
from framing.segmentation import split_sentences

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT.parent / "shared" / "data" / "news_articles" / "articles.jsonl"

_OWN = [
    "Good morning, this is a truly shameful and utterly reckless decision!",
    "It is time to act: the plan will likely fail, and it is set to collapse.",
    "The only means of escape is perhaps the most popular shows of all.",
    "Critics said the “brutal crackdown” points to a deepening crisis.",
    "Is this the end of the road for the hapless minister?",
    "More likely than not, thank you, the meltdown is a triumph.",
    "“Good morning,” the Reckless Minister said, “this is perhaps a brutal crisis.”",
    "It's time we stand up: THE BRUTAL TRUTH is that the Perfect Storm will surely come!",
    "THE UTTERLY SHAMEFUL COLLAPSE OF A HAPLESS GOVERNMENT",
    "He called it \"a triumph\", ``a meltdown'' and perhaps a good morning for less brutal men.",
]


def test_framing_cues_are_those_of_the_full_scan() -> None:
    texts = [*_OWN, *own_sentences()]
    for doc in example_texts():
        texts += [doc[a:b] for a, b in split_sentences(doc)]
    if ARTICLES.exists():
        with open(ARTICLES, encoding="utf-8") as fh:
            for _, line in zip(range(80), fh, strict=False):
                doc = json.loads(line)["text"]
                texts += [doc[a:b] for a, b in split_sentences(doc)]
    found = 0
    for text in texts:
        cues = candidate_cues(text)
        assert cues == ref.framing_cues(text), text
        found += len(cues)
    assert found > 100
