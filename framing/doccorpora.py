"""Whole-document corpora of ``../shared/data`` that we annotate ourselves, in context.

MASC, IEER, GUM and the ``news_articles`` collection hold whole documents, not labelled
sentences. This module turns each into ``Document`` objects with fixed sentence spans, so that
an annotation (``<doc id>#<start>-<end>``, offsets into the document text) means the same
sentence to the annotator, to training and to evaluation. No text leaves ``../shared``: the
annotations folder holds ids and labels only.

Sentence spans: the corpus's own gold split where it has one (MASC, GUM, PTC articles), our
splitter otherwise (IEER, the other ``news_articles``). IEER headlines are put before the body,
separated by a blank line, as a reader sees them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

__all__ = [
    "DOC_CORPORA",
    "Document",
    "corpus_group",
    "group_of",
    "is_dev_document",
    "iter_documents",
    "iter_written",
    "sentence_id",
]

#: The document corpora, in a fixed order.
DOC_CORPORA = ("masc", "ieer", "gum", "news_articles")

#: MASC genres we annotate: all kept in ../shared/data/masc (the two debate and two court
#: transcripts were added last; their speakers speak in their own voice, as the brief says).
MASC_GENRES = frozenset(
    {
        "newspaper",
        "blog",
        "letters",
        "essays",
        "journal",
        "govt-docs",
        "non-fiction",
        "travel-guides",
        "debate-transcript",
        "court-transcript",
    }
)

#: Our own written documents (``annotations/written``): evaluation only, never trained on.
WRITTEN = "written"

#: Share of documents (by a fixed hash of the id) of MASC and IEER kept as our document dev
#: set, never trained on; GUM's own dev and test documents are dev too.
DEV_SHARE_PERCENT = 20


@dataclass(frozen=True)
class Document:
    """One whole document with its sentence spans (``text[start:end]`` is a sentence)."""

    corpus: str
    doc_id: str
    genre: str
    text: str
    spans: tuple[tuple[int, int], ...]
    split: str = "train"
    meta: dict = field(default_factory=dict, compare=False)

    def sentence_ids(self) -> list[str]:
        return [sentence_id(self.doc_id, s, e) for s, e in self.spans]


def sentence_id(doc_id: str, start: int, end: int) -> str:
    """The annotation id of a sentence: document id and character offsets."""
    return f"{doc_id}#{start}-{end}"


def corpus_group(doc: Document) -> str:
    """The corpus a document counts as in leave-one-corpus-out selection.

    ``news_articles`` documents belong to the labelled corpus they were taken from (``ptc``,
    ``mbic`` is BABE's, ``webis_editorials16``), so that leaving a corpus out leaves its
    articles out too.
    """
    return group_of(doc.corpus, doc.genre)


def group_of(corpus: str, genre: str) -> str:
    """`corpus_group` from a corpus name and a document's genre (its source, for
    ``news_articles``)."""
    if corpus == "news_articles":
        return {"mbic": "babe"}.get(genre, genre)
    return corpus


def is_dev_document(corpus: str, doc_id: str, official_split: str = "train") -> bool:
    """Whether a document is on our document dev side (never trained on)."""
    if corpus == "gum":
        return official_split in ("dev", "test")
    if corpus == "news_articles":
        return False
    digest = hashlib.sha256(doc_id.encode("utf-8")).digest()
    return digest[0] * 100 // 256 < DEV_SHARE_PERCENT


def _read_jsonl(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _split(text: str) -> tuple[tuple[int, int], ...]:
    from framing.segmentation import split_sentences

    return tuple(split_sentences(text))


def _ptc_spans(text: str, sentences: list[str]) -> tuple[tuple[int, int], ...] | None:
    spans, pos = [], 0
    for s in sentences:
        at = text.find(s, pos)
        if at < 0:
            return None
        span = _trimmed(text, at, at + len(s))
        if span:
            spans.append(span)
        pos = at + len(s)
    return tuple(spans)


def iter_documents(data_dir: Path, corpus: str) -> Iterator[Document]:
    """Every document of one document corpus, in file order."""
    if corpus == "masc":
        for d in _read_jsonl(data_dir / "masc" / "documents.jsonl"):
            if d["genre"] not in MASC_GENRES:
                continue
            spans = tuple(
                sp
                for s in d["sentences"]
                if (sp := _trimmed(d["text"], s["start"], s["end"])) is not None
            )
            split = "dev" if is_dev_document("masc", d["id"]) else "train"
            yield Document("masc", d["id"], d["genre"], d["text"], spans, split)
    elif corpus == "gum":
        for d in _read_jsonl(data_dir / "gum" / "documents.jsonl"):
            spans = tuple(
                sp
                for s in d["sentences"]
                if (sp := _trimmed(d["text"], s["start"], s["end"])) is not None
            )
            split = "dev" if is_dev_document("gum", d["id"], d["official_split"]) else "train"
            yield Document("gum", d["id"], d["genre"], d["text"], spans, split)
    elif corpus == "ieer":
        for d in _read_jsonl(data_dir / "ieer" / "documents.jsonl"):
            text = f"{d['headline']}\n\n{d['text']}" if d.get("headline") else d["text"]
            split = "dev" if is_dev_document("ieer", d["id"]) else "train"
            meta = {"source": d["source"], "date": d["date"]}
            yield Document("ieer", d["id"], d["source"].lower(), text, _split(text), split, meta)
    elif corpus == "news_articles":
        for d in _read_jsonl(data_dir / "news_articles" / "articles.jsonl"):
            found = _ptc_spans(d["text"], d["sentences"]) if d.get("sentences") else None
            yield Document(
                "news_articles", d["id"], d["source"], d["text"], found or _split(d["text"])
            )
    else:
        raise ValueError(f"unknown document corpus {corpus!r}; expected one of {DOC_CORPORA}")


def iter_written(path: Path) -> Iterator[Document]:
    """Documents we wrote ourselves (``annotations/written/documents.jsonl``, the evaluation
    set, and the folder ``train/``, one JSONL file per group of waves read in name order: our
    own text, so it is committed, in files kept small), each with the sentence spans fixed
    when it was written down, and its side: ``split`` (``dev``, the evaluation set, when the
    record does not say; ``train`` for the documents written for training). ``path`` is a
    JSONL file or a folder of them."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    for d in chain.from_iterable(map(_read_jsonl, files)):
        spans = tuple((int(a), int(b)) for a, b in d["spans"])
        meta = {k: d[k] for k in ("outlet", "era", "topic", "form") if k in d}
        split = d.get("split", "dev")
        yield Document(WRITTEN, d["id"], d["genre"], d["text"], spans, split, meta)
