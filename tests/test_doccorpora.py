"""The whole-document corpora and our annotations of them: every committed id names a sentence
of a document (offsets into the text `framing.doccorpora` builds; the sentence as the annotator
saw it, whatever the splitter does today), and every span lies inside it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from framing.doccorpora import (
    DOC_CORPORA,
    corpus_group,
    is_dev_document,
    iter_documents,
    iter_written,
)

ANNOTATIONS = Path(__file__).resolve().parent.parent / "annotations" / "docs"
WRITTEN_TRAIN = ANNOTATIONS.parent / "written" / "train"


@pytest.fixture(scope="module")
def documents(shared_data):
    docs = {d.doc_id: d for c in DOC_CORPORA for d in iter_documents(shared_data, c)}
    # the documents we wrote ourselves for training are labelled beside the corpora's
    docs.update((d.doc_id, d) for d in iter_written(WRITTEN_TRAIN))
    return docs


def test_sentence_spans_are_ordered_trimmed_and_inside_the_text(documents):
    for doc in documents.values():
        last = 0
        for start, end in doc.spans:
            assert last <= start < end <= len(doc.text), doc.doc_id
            piece = doc.text[start:end]
            assert piece == piece.strip(), doc.doc_id
            last = end


def test_every_committed_annotation_names_a_sentence_and_spans_fall_inside(documents):
    files = sorted(ANNOTATIONS.rglob("*.csv"))
    assert files, "no document annotations committed"
    n = 0
    for path in files:
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                doc_id, span = row["id"].rsplit("#", 1)
                start, end = map(int, span.split("-"))
                doc = documents[doc_id]
                piece = doc.text[start:end]
                assert piece and piece == piece.strip(), row["id"]
                assert row["label"] in ("fact", "claim", "framing", "")
                assert bool(row["label"]) == (row["kind"] in ("prose", "headline"))
                for key in ("source", "cue"):
                    if row[f"{key}_start"]:
                        s, e = int(row[f"{key}_start"]), int(row[f"{key}_end"])
                        assert start <= s < e <= end, (row["id"], key)
                n += 1
    assert n > 20_000


def test_dev_documents_are_never_in_a_training_batch():
    dev, train = set(), set()
    for path in ANNOTATIONS.glob("*.csv"):
        with open(path, encoding="utf-8", newline="") as fh:
            ids = {r["id"].rsplit("#", 1)[0] for r in csv.DictReader(fh)}
        (dev if path.stem.startswith("dev-") else train).update(ids)
    assert dev and train and not dev & train


def test_dev_side_is_fixed_by_the_id():
    assert is_dev_document("gum", "GUM_news_x", "test") and not is_dev_document("gum", "x", "train")
    assert is_dev_document("masc", "a") == is_dev_document("masc", "a")
    assert not is_dev_document("news_articles", "ptc-1")


def test_news_articles_count_as_the_corpus_they_came_from(documents):
    groups = {corpus_group(d) for d in documents.values() if d.corpus == "news_articles"}
    assert groups <= {"ptc", "babe", "webis_editorials16"}
