"""Train NLTK's Punkt on our unlabeled news text and write the parameters the splitter ships.

Reads ``news_articles/articles.jsonl`` (the ``text`` field of every article, in file order) and
writes ``framing/data/punkt_params.json``:

* ``abbreviations`` -- the abbreviation types Punkt learned, cleaned: leading quotes and party
  prefixes (``d-calif`` -> ``calif``) stripped; types with digits, interjections and real words
  (seen once only, or more often without a final period than with one) dropped;
* ``sentence_starters`` -- the sentence starters Punkt learned that are (almost) always lowercase
  mid-sentence, by the same test as ``lowercase_words`` but with no minimum count (drops names
  such as ``trump`` and words such as ``district``);
* ``lowercase_words`` -- Punkt's orthographic evidence, with counts: words seen mid-sentence in
  lowercase at least 10 times and capitalised there at most 5% as often ("markets", "officials",
  but not "senate" or "president"). A capitalised one after an ambiguous abbreviation ("in the
  U.S. Markets fell") starts a new sentence;
* ``punkt`` -- Punkt's raw learned abbreviations, collocations and starters, so that the
  benchmark can rebuild the trained baseline without the training data (no orthographic
  context: that table is ~40,000 entries and stays out of the package).

Deterministic: same data, same NLTK version, same bytes. Needs NLTK, which framing itself does
not use: ``pip install '.[punkt]'``.

    python tools/train_punkt.py --data ../shared/data
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import nltk
from nltk.tokenize.punkt import PunktParameters, PunktTrainer

OUT = Path(__file__).resolve().parent.parent / "framing" / "data" / "punkt_params.json"
_MID_WORD = re.compile(r"(?<=[a-z,;] )([A-Za-z][a-z]+)\b")  # all-caps words are no evidence
_INTERJECTIONS = frozenset({"hmm", "umm", "uh", "um", "pff", "ugh", "huh", "oh", "ah", "ay"})
_LEADING = "\"'‘’“”–—-([{"
_MIN_LOWER = 10  # mid-sentence lowercase occurrences for a word to count as a common word
_MAX_UPPER_SHARE = 0.05  # ... and capitalised mid-sentence at most this share as often


def load_texts(data: Path) -> list[str]:
    """The article texts of ``data/news_articles/articles.jsonl`` in file order."""
    path = data / "news_articles" / "articles.jsonl"
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def train(texts: list[str]) -> tuple[PunktParameters, PunktTrainer]:
    """Punkt trained on all ``texts`` at once (joined by blank lines)."""
    trainer = PunktTrainer()
    trainer.train("\n\n".join(texts), finalize=True)
    return trainer.get_params(), trainer


def clean_abbreviations(params: PunktParameters, trainer: PunktTrainer) -> list[str]:
    """Punkt's abbreviation types minus the noise (see the module docstring)."""
    fdist = trainer._type_fdist  # the counts Punkt itself scored with
    kept = set()
    for typ in params.abbrev_types:
        abbr = re.sub(r"^[dri]-", "", typ.lstrip(_LEADING))  # "(R-Calif." -> calif
        with_period, without = fdist[abbr + "."], fdist[abbr]
        if not abbr or re.search(r"[\d&…]", abbr) or abbr in _INTERJECTIONS:
            continue
        if "." not in abbr and (with_period < 2 or without > with_period):
            continue  # a word that happened to end a sentence or two: kit, jar, ...
        kept.add(abbr)
    return sorted(kept)


def mid_sentence_case(texts: list[str]) -> tuple[Counter[str], Counter[str]]:
    """How often each (lowercased) word occurs mid-sentence in lowercase and capitalised."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for text in texts:
        for word in _MID_WORD.findall(text):
            (lower if word.islower() else upper)[word.lower()] += 1
    return lower, upper


def clean_starters(params: PunktParameters, lower: Counter[str], upper: Counter[str]) -> list[str]:
    """Learned sentence starters seen mid-sentence in lowercase, and rarely capitalised there."""
    return sorted(
        typ
        for typ in params.sent_starters
        if typ.isalpha() and lower[typ] > 0 and upper[typ] <= _MAX_UPPER_SHARE * lower[typ]
    )


def lowercase_words(lower: Counter[str], upper: Counter[str]) -> list[str]:
    """Common words that are (almost) never capitalised mid-sentence."""
    return sorted(
        word
        for word, count in lower.items()
        if count >= _MIN_LOWER and upper[word] <= _MAX_UPPER_SHARE * count and len(word) > 1
    )


def build(texts: list[str]) -> dict:
    """The JSON document written to ``framing/data/punkt_abbrev.json``."""
    params, trainer = train(texts)
    lower, upper = mid_sentence_case(texts)
    digest = hashlib.sha256("\n\n".join(texts).encode("utf-8")).hexdigest()
    return {
        "about": "Punkt (nltk.tokenize.punkt.PunktTrainer) trained by tools/train_punkt.py",
        "nltk": nltk.__version__,
        "data": {"file": "news_articles/articles.jsonl", "texts": len(texts), "sha256": digest},
        "abbreviations": clean_abbreviations(params, trainer),
        "sentence_starters": clean_starters(params, lower, upper),
        "lowercase_words": lowercase_words(lower, upper),
        "punkt": {
            "abbrev_types": sorted(params.abbrev_types),
            "collocations": sorted([a, b] for a, b in params.collocations),
            "sent_starters": sorted(params.sent_starters),
        },
    }


def dumps(doc: dict) -> str:
    """``doc`` as JSON with one top-level key per line (lists stay on their key's line)."""
    items = [f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in doc.items()]
    return "{\n" + ",\n".join(items) + "\n}\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    doc = build(load_texts(args.data))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dumps(doc), encoding="utf-8")
    print(
        f"wrote {args.out}: {len(doc['abbreviations'])} abbreviations, "
        f"{len(doc['sentence_starters'])} sentence starters, "
        f"{len(doc['lowercase_words'])} lowercase words"
    )


if __name__ == "__main__":
    main()
