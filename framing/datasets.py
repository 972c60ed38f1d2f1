"""The three-way training set, built from the shared third-party datasets and our annotations.

No public dataset carries our three labels, so each one is mapped by rules documented in
docs/training_data.md; rows a mapping cannot decide are either settled by a first model
(``undecided`` with the labels still possible) or left out. Every example records the rule
that labelled it. Our own annotations (``annotations/*.csv``: dataset id + label, no text)
override the mappings and supply the three-way dev set.

Nothing here is shipped data: the text is read from the directory given on the command line
(default ``../shared/data``) and never copied into the repository.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from itertools import chain
from pathlib import Path

from framing.doccorpora import DOC_CORPORA, WRITTEN, Document
from framing.exceptions import DataError
from framing.features import SentenceInput, document_inputs, sentence_input

__all__ = [
    "DATASETS",
    "DEV_SHARE_PERCENT",
    "Example",
    "annotations_dir",
    "default_data_dir",
    "in_dev",
    "load_document_examples",
    "load_examples",
    "read_annotations",
    "read_document_annotations",
    "split_examples",
]

DATASETS = (
    "polnear",
    "webis_editorials16",
    "checkthat_subjectivity",
    "babe",
    "ptc",
    "claimbuster",
)
# datasets whose rows come in document order, so neighbours give context
_ORDERED = {"polnear", "webis_editorials16", "ptc"}
DEV_SHARE_PERCENT = 30


@dataclass(frozen=True)
class Example:
    """One training or evaluation sentence with its label and where the label came from.

    ``mapped`` is the dataset mapping's label (None while undecided; ``allowed`` then lists
    the labels still possible), ``annotation`` our own label where we annotated the row,
    ``original`` the dataset's own label (SUBJ/OBJ, BABE's opinion label, PolNeAR's claim).
    """

    id: str
    dataset: str
    doc_id: str
    split: str
    input: SentenceInput
    mapped: str | None
    rule: str
    allowed: tuple[str, ...] = ()
    annotation: str | None = None
    original: str = ""

    @property
    def label(self) -> str | None:
        """The label to train on: ours where we annotated, else the mapping's."""
        return self.annotation or self.mapped


def default_data_dir() -> Path | None:
    """``../shared/data`` relative to the working directory or the repository, if present."""
    for base in (Path.cwd(), Path(__file__).resolve().parent.parent):
        candidate = base.parent / "shared" / "data"
        if candidate.is_dir():
            return candidate
    return None


def annotations_dir() -> Path:
    """The committed annotations: ``./annotations`` when run from a checkout, else the folder
    beside the package source. They are repository files, not package data."""
    for base in (Path.cwd(), Path(__file__).resolve().parent.parent):
        if (base / "annotations").is_dir():
            return base / "annotations"
    return Path.cwd() / "annotations"


def _read_jsonl(path: Path) -> Iterator[dict]:
    """The rows of a JSONL file; a missing file is a `DataError` that names the --data flag."""
    if not path.exists():
        raise DataError(f"missing {path}: is --data the shared data directory?")
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


Mapping = tuple[str | None, str, tuple[str, ...]]


def _unless_cued(label: str, rule: str, heur: bool) -> Mapping:
    """``label`` by ``rule``, unless the row has an attribution cue: then it may be a claim
    (LABELS.md rule 1) and stays undecided between ``claim`` and ``label``."""
    if heur:
        return None, rule + "+cue", ("claim", label)
    return label, rule, ()


def _map_row(name: str, r: dict) -> Mapping:
    """(label, rule, allowed-if-undecided) for one dataset row; label None = not decided."""
    heur = bool(r.get("heur_attribution"))
    if name == "webis_editorials16":
        return (r["label"], "webis:adu-types", ()) if r["label"] else (None, "webis:null", ())
    if name == "polnear":
        if r["label"] == "claim":
            return "claim", "polnear:claim", ()
        if r.get("discard_flag") or r.get("has_attribution") or r.get("attr_coverage", 0) > 0:
            return None, "polnear:partly-attributed", ()
        return None, "polnear:unattributed", ("fact", "framing")
    if name == "checkthat_subjectivity":
        if r["label"] == "framing":
            return _unless_cued("framing", "checkthat:subj", heur)
        return _unless_cued("fact", "checkthat:obj", heur)
    if name == "babe":
        opinion = r["source_label"]["label_opinion"]
        if opinion.startswith("Expresses") or opinion.startswith("Somewhat"):
            return _unless_cued("framing", "babe:opinion", heur)
        if opinion == "Entirely factual":
            return _unless_cued("fact", "babe:factual", heur)
        return None, "babe:no-agreement", ()
    if name == "ptc":
        if r["label"] == "framing":
            return _unless_cued("framing", "ptc:propaganda", heur)
        if heur:
            return None, "ptc:none+cue", ("claim", "fact", "framing")
        return None, "ptc:none", ("fact", "framing")
    # claimbuster: debate speech; check-worthiness does not decide our labels
    return None, "claimbuster:unmapped", ()


def _original(name: str, r: dict) -> str:
    """The dataset's own label of a row, as a string (for the per-dataset targets)."""
    if name == "checkthat_subjectivity":
        return str(r["source_label"])
    if name == "babe":
        return str(r["source_label"]["label_opinion"])
    if name == "polnear":
        return str(r["label"] or "")
    return ""


def _doc_key(name: str, r: dict) -> str:
    """The document a row belongs to: dataset and document id (the row id when it has none)."""
    return f"{name}:{r.get('doc_id') or r['id']}"


def in_dev(dataset: str, doc_id: str, split: str) -> bool:
    """Whether a document belongs to our dev side (never trained on).

    Every dataset's own ``dev`` split is dev; of the datasets without one, a fixed hash
    of the document id puts ``DEV_SHARE_PERCENT`` % of documents on the dev side.
    """
    if split == "dev":
        return True
    if dataset in (*DOC_CORPORA, WRITTEN):  # whole documents: their loader fixed the side
        return False
    if dataset in ("polnear", "ptc", "checkthat_subjectivity"):
        return False
    digest = hashlib.sha256(doc_id.encode("utf-8")).digest()
    return digest[0] * 100 // 256 < DEV_SHARE_PERCENT


def read_annotations(directory: Path | None = None) -> dict[str, str]:
    """Our own labels: dataset id -> label, from every ``*.csv`` in the annotations folder."""
    directory = directory or annotations_dir()
    labels: dict[str, str] = {}
    for path in sorted(directory.glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                label = (row.get("label") or "").strip()
                if row.get("id") and label:
                    labels[row["id"].strip()] = label
    return labels


def _context(name: str, rows: list[dict]) -> list[SentenceInput]:
    """SentenceInputs for one document's rows, with neighbours, quotation state and
    attributions, computed as `framing.analyze` computes them on a whole text."""
    if name not in _ORDERED:
        return [sentence_input(r["text"]) for r in rows]
    parts = [r["text"] for r in rows]
    spans, pos = [], 0
    for p in parts:
        spans.append((pos, pos + len(p)))
        pos += len(p) + 1
    return document_inputs(" ".join(parts), spans)


def _sort_key(name: str, r: dict) -> tuple:
    """A row's place in its document (sentence index, line number or id)."""
    if name == "polnear":
        return (r.get("sent_index", 0),)
    if name == "ptc":
        return (r["source_label"].get("line_no", 0),)
    return (r["id"],)


def load_examples(data_dir: Path, annotations: dict[str, str] | None = None) -> list[Example]:
    """Every sentence of the shared datasets with its mapping and annotation, in a fixed order.

    Rows we annotated as ``skip`` (boilerplate, not prose) are left out.
    """
    annotations = read_annotations() if annotations is None else annotations
    out: list[Example] = []
    for name in DATASETS:
        by_doc: dict[str, list[dict]] = defaultdict(list)
        for r in _read_jsonl(data_dir / name / "sentences.jsonl"):
            by_doc[_doc_key(name, r)].append(r)
        for doc, rows in by_doc.items():
            rows.sort(key=partial(_sort_key, name))
            for r, inp in zip(rows, _context(name, rows), strict=True):
                label, rule, allowed = _map_row(name, r)
                ex = Example(
                    r["id"],
                    name,
                    doc,
                    r["split"],
                    inp,
                    label,
                    rule,
                    allowed,
                    original=_original(name, r),
                )
                gold = annotations.get(r["id"])
                if gold == "skip":
                    continue
                if gold:
                    ex = replace(ex, annotation=gold)
                out.append(ex)
    return out


KINDS = ("prose", "headline", "metadata", "boilerplate")


def read_document_annotations(directory: Path | None = None) -> dict[str, dict[str, str]]:
    """Our whole-document annotations (``annotations/docs/*.csv``, not the second annotator's
    copies in ``agreement/``): sentence id (``<doc id>#<start>-<end>``) -> its row."""
    folder = (directory or annotations_dir()) / "docs"
    rows: dict[str, dict[str, str]] = {}
    for path in sorted(folder.glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                rows[row["id"]] = row
    return rows


def load_document_examples(
    data_dir: Path | None,
    annotations: dict[str, dict[str, str]] | None = None,
    documents: Iterable[Document] | None = None,
    written: Path | None = None,
) -> list[Example]:
    """The labelled sentences of the documents we annotated whole, with their document context.

    Each annotated document is rebuilt from ``data_dir`` (`framing.doccorpora`), its sentences
    are the spans its annotation ids name (as the annotator saw them), and the model inputs come
    from `framing.features.document_inputs` on the whole text, as `framing.analyze` builds them.
    Metadata and boilerplate lines are context only (no label). ``dataset`` is the corpus
    (``masc``, ``ieer``, ``gum``, ``news_articles``), ``original`` the document's genre.
    ``documents`` replaces the corpora of ``data_dir`` (our own written documents, for one);
    ``written``, the documents we wrote ourselves for training (a JSONL file or a folder of
    them, `framing.doccorpora.iter_written`), adds them after the corpora when it exists.
    """
    from framing.doccorpora import iter_documents, iter_written

    annotations = read_document_annotations() if annotations is None else annotations
    by_doc: dict[str, list[tuple[int, int, dict[str, str]]]] = defaultdict(list)
    for sid, row in annotations.items():
        doc_id, span = sid.rsplit("#", 1)
        start, end = (int(x) for x in span.split("-"))
        by_doc[doc_id].append((start, end, row))
    if documents is None:
        if data_dir is None:
            raise ValueError("give data_dir or documents")
        documents = (d for corpus in DOC_CORPORA for d in iter_documents(data_dir, corpus))
        if written is not None and written.exists():
            documents = chain(documents, iter_written(written))
    out: list[Example] = []
    for doc in documents:
        rows = sorted(by_doc.get(doc.doc_id, []), key=lambda r: r[0])
        if not rows:
            continue
        inputs = document_inputs(doc.text, [(a, b) for a, b, _ in rows])
        for (start, end, row), inp in zip(rows, inputs, strict=True):
            if not row["label"]:
                continue
            out.append(
                Example(
                    f"{doc.doc_id}#{start}-{end}",
                    doc.corpus,
                    f"{doc.corpus}:{doc.doc_id}",
                    doc.split,
                    inp,
                    None,
                    "annotation",
                    annotation=row["label"],
                    original=doc.genre,
                )
            )
    return out


def split_examples(examples: list[Example]) -> tuple[list[Example], list[Example]]:
    """(train, dev): dev holds every example of a dev document; only annotations count as
    our three-way dev set, the rest of the dev side is simply never trained on."""
    train: list[Example] = []
    dev: list[Example] = []
    for ex in examples:
        (dev if in_dev(ex.dataset, ex.doc_id, ex.split) else train).append(ex)
    return train, dev
