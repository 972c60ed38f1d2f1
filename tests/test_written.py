"""Our own written evaluation documents (annotations/written): well formed, never trained on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from framing.datasets import load_document_examples, read_document_annotations
from framing.doccorpora import WRITTEN, Document, iter_written
from framing.features import SentenceInput, document_inputs

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "annotations" / "written" / "documents.jsonl"


def test_the_written_documents_are_well_formed() -> None:
    docs = list(iter_written(DOCS))
    assert len(docs) >= 30
    assert len({d.doc_id for d in docs}) == len(docs)
    for d in docs:
        assert d.corpus == WRITTEN and d.split == "dev" and d.doc_id.startswith("written/")
        prev = 0
        for s, e in d.spans:
            assert prev <= s < e <= len(d.text)
            assert d.text[s:e] == d.text[s:e].strip()
            prev = e


def test_examples_of_given_documents_carry_their_document_context() -> None:
    text = 'Floods hit the town. "We lost everything," a farmer said. "It was terrible."\n'
    doc = Document(WRITTEN, "written/t1", "wire", text, ((0, 20), (21, 57), (58, 76)), "dev")
    rows = {
        f"written/t1#{s}-{e}": {"label": lab}
        for (s, e), lab in zip(doc.spans, ("fact", "claim", ""), strict=True)
    }
    got = load_document_examples(None, rows, [doc])
    assert [ex.annotation for ex in got] == ["fact", "claim"]  # an empty label is context only
    assert {ex.dataset for ex in got} == {WRITTEN} and {ex.split for ex in got} == {"dev"}
    assert [ex.input for ex in got] == document_inputs(text, list(doc.spans))[:2]
    with pytest.raises(ValueError):
        load_document_examples(None, rows)


def test_the_training_annotations_hold_no_written_document() -> None:
    assert not [sid for sid in read_document_annotations() if sid.startswith("written/")]


def test_the_build_tool_fixes_spans_and_reads_the_index(tmp_path: Path) -> None:
    src = tmp_path / "w"
    src.mkdir()
    (src / "zz01.txt").write_text("Rain Falls\n\nIt rained. Rivers rose.\n", encoding="utf-8")
    (src / "index.tsv").write_text("zz01.txt\twire\tNowhere\t2001\train\n", encoding="utf-8")
    out = tmp_path / "documents.jsonl"
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "written_corpus.py"), str(src), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    (line,) = out.read_text(encoding="utf-8").splitlines()
    d = json.loads(line)
    want = ("written/zz01", "wire", "Nowhere", "2001")
    assert (d["id"], d["genre"], d["outlet"], d["era"]) == want
    assert [d["text"][s:e] for s, e in d["spans"]] == ["Rain Falls", "It rained.", "Rivers rose."]


def test_documents_written_for_training_stay_on_the_training_side(tmp_path: Path) -> None:
    from framing.datasets import in_dev

    rec = {"id": "wtrain/zz01", "genre": "wire", "text": "It rained.\n", "spans": [[0, 10]]}
    path = tmp_path / "train-documents.jsonl"
    path.write_text(json.dumps({**rec, "split": "train"}) + "\n", encoding="utf-8")
    (doc,) = iter_written(path)
    assert doc.split == "train"
    # the side is the loader's, never the id hash's (which sends a fifth of ids to dev)
    assert not any(in_dev(WRITTEN, f"wtrain/x{i}", "train") for i in range(50))
    assert in_dev(WRITTEN, "written/x", "dev")
    rows = {"wtrain/zz01#0-10": {"label": "fact"}}
    got = load_document_examples(None, rows, [doc])
    assert [(ex.split, ex.annotation) for ex in got] == [("train", "fact")]


def test_a_folder_of_written_documents_is_read_file_by_file_in_name_order(tmp_path: Path) -> None:
    # the training documents are kept in several small files: their order is the training order
    for name, ids in (("waves-20-21.jsonl", ["c"]), ("waves-10-15.jsonl", ["a", "b"])):
        lines = [
            json.dumps({"id": f"wtrain/{i}", "genre": "wire", "text": "It rained.\n",
                        "spans": [[0, 10]], "split": "train"})
            for i in ids
        ]  # fmt: skip
        (tmp_path / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a document\n", encoding="utf-8")
    assert [d.doc_id for d in iter_written(tmp_path)] == ["wtrain/a", "wtrain/b", "wtrain/c"]


def test_every_label_of_a_written_training_document_names_one_of_its_sentences() -> None:
    path = ROOT / "annotations" / "written" / "train"
    if not path.exists():
        pytest.skip("no documents written for training yet")
    spans = {d.doc_id: set(d.spans) for d in iter_written(path)}
    assert all(d.startswith("wtrain/") for d in spans)
    labelled = [sid for sid in read_document_annotations() if sid.startswith("wtrain/")]
    assert labelled, "the training documents have labels"
    for sid in labelled:
        doc_id, se = sid.rsplit("#", 1)
        a, b = (int(x) for x in se.split("-"))
        assert (a, b) in spans[doc_id], sid


def test_alone_copies_are_bare_sentences_counted_apart() -> None:
    from framing.training import alone_copies, training_rows

    text = 'Floods hit the town. "We lost everything," a farmer said.\n'
    doc = Document(WRITTEN, "wtrain/t2", "wire", text, ((0, 20), (21, 57)), "train")
    rows = {f"wtrain/t2#{s}-{e}": {"label": "fact"} for s, e in doc.spans}
    examples = load_document_examples(None, rows, [doc])
    copies = alone_copies(examples)
    assert [c.input for c in copies] == [
        SentenceInput(t) for t in ("Floods hit the town.", text[21:57])
    ]
    assert all(c.id.endswith("@alone") and c.annotation == "fact" for c in copies)
    assert alone_copies(copies) == []  # a bare sentence is not copied again
    summary = training_rows([*examples, *copies], None, 0.8).summary
    assert summary[(WRITTEN, "annotation", "fact")] == 2
    assert summary[(WRITTEN, "annotation:alone", "fact")] == 2
    light = training_rows([*examples, *alone_copies(examples, 0.25)], None, 0.8)
    assert light.weights[2:] == [light.weights[0] * 0.25] * 2


def test_transcript_turns_are_trained_bare_without_their_speaker_tag() -> None:
    from framing.training import BARE_ONLY_GENRES, bare_turn, training_rows

    text = (
        "MODERATOR: Senator, your answer.\n\n"
        "MS VALE (Independent): We built nine schools. My opponent says we built none.\n\n"
        "The plan: cut the waiting lists.\n"
    )
    spans = ((0, 32), (34, 79), (80, 111), (113, 145))
    genre = next(iter(BARE_ONLY_GENRES))
    doc = Document(WRITTEN, "wtrain/tz1", genre, text, spans, "train")
    labels = ("framing", "fact", "claim", "framing")
    rows = {f"wtrain/tz1#{s}-{e}": {"label": g} for (s, e), g in zip(spans, labels, strict=True)}
    examples = load_document_examples(None, rows, [doc])
    bare = [bare_turn(ex) for ex in examples]
    assert [b.input for b in bare] == [
        SentenceInput("Senator, your answer."),
        SentenceInput("We built nine schools."),
        SentenceInput("My opponent says we built none."),
        SentenceInput("The plan: cut the waiting lists."),  # not a speaker tag
    ]
    assert [b.annotation for b in bare] == list(labels)
    summary = training_rows(bare, None, 0.8).summary
    assert summary[(WRITTEN, "annotation:alone", "fact")] == 1
    assert not any(key[1] == "annotation" for key in summary)


# the probe sets: evaluation only, never trained on
PROBE_SETS = ("probes", *(f"probes{n}" for n in range(2, 28)))


@pytest.mark.parametrize("name", PROBE_SETS)
def test_the_probe_documents_are_well_formed_and_labelled_twice(name: str) -> None:
    """annotations/probes: whole articles we wrote in the held-out kinds (twelfth session),
    labelled by their writer (dev-a1.csv) and blind by a second annotator (agreement/);
    annotations/probes2 (sixteenth session): 24 articles in Commonwealth and wire house
    styles, labelled blind by two annotators who did not write them; annotations/probes3
    (seventeenth session): 24 more, sport, obituaries, business, court, weather, period and
    non-Western copy, labelled the same way; annotations/probes4 (eighteenth session): 24 more
    in the held-out kinds (a public broadcaster's 2004-5 news, broadcasters outside the US, US
    papers of 1927-1971, a border war seen from several countries, sport, an obituary), written
    after waves 23-25 and never trained on; annotations/probes5 (twenty-second session): 24
    more, written after every attribution round up to the twenty-first by writers told only
    outlet, era and topic, labelled blind by two annotators with spans and entities;
    annotations/probes6 (twenty-seventh session): 24 more of the same making (broadcasters
    outside the US in the 2000s, US papers of 1912-1996, one maritime dispute seen by five
    outlets); annotations/probes7 (twenty-ninth session): 16 articles keyed by their writer
    (a UK public broadcaster's site in 2004-5, Australian and New Zealand broadcasters, US
    papers of 1932 and 1983, one border clash seen by five outlets) and labelled blind by a
    second annotator; annotations/probes8 (thirtieth session): 56 articles keyed by four writers
    (non-US broadcast and press copy, US papers of 1924-1996, one invented crisis told by seven
    outlets, sport, courts, science, politics, an interview, a published speech, a letter, an
    op-ed), labelled blind by a second annotator; read for that session's fixes;
    annotations/probes9 (thirtieth session): 28 more (a UK public broadcaster's site in 2004-5,
    broadcasters outside the US, US papers of 1931-1977, one naval standoff told by fourteen
    outlets), labelled the same way and read only for one aggregate measurement;
    annotations/probes10 (thirty-first session): 48 articles keyed by four writers (South Asian,
    African and Caribbean press, US small-city papers of 1936-1977 and local TV sites, one
    invented collision at sea told by twelve outlets, web news with its page furniture),
    labelled blind by a second annotator, read for that session's fixes; annotations/probes11
    (thirty-first session): 24 more (a UK public broadcaster's site in 2004-6, broadcasters
    outside the US, one ceasefire's collapse seen from six countries, US papers of 1947-1995),
    read only in aggregate; annotations/probes12 (thirty-first session, second round): 36 more
    (English-language state media of China, Russia, Iran, Turkey, Oman, the UAE and Vietnam;
    broadcast news published as text, transcripts among them; newspaper and wire copy of
    1907-1925 and the 1980s), read for the fixes; annotations/probes13: 12 more of those three
    kinds, read only in aggregate; annotations/probes14 (thirty-second session): 40 articles
    keyed by four writers (fact checks and corrections, business and markets, courts and
    inquiries, English-language outlets of Europe, Latin America, the Middle East and East
    Asia), labelled blind by a second annotator each, read for that session's fixes;
    annotations/probes15: 20 more (science and health, sport and culture), read only in
    aggregate; annotations/probes16 (thirty-second session, second round): 20 articles (a UK
    public broadcaster's site in 2004-6 and broadcasters outside the US; one invented border
    war told by ten outlets), read for the fixes; annotations/probes17: 20 more (opinion and
    analysis of 1960-2025; local news of Africa, South and Southeast Asia and the Pacific),
    read only in aggregate; annotations/probes18 to probes27 (thirty-third to thirty-sixth
    sessions): 20 articles each, made the same way (annotation_guide.md, "Probe sets ...")."""
    import csv

    root = ROOT / "annotations" / name
    docs = {d.doc_id: d for d in iter_written(root / "documents.jsonl")}
    assert len(docs) >= 12
    for folder in (root, root / "agreement"):
        for path in sorted(folder.glob("dev-*.csv")):
            with path.open(encoding="utf-8", newline="") as fh:
                rows = list(csv.DictReader(fh))
            ids = {r["id"] for r in rows}
            expected = {f"{i}#{s}-{e}" for i, d in docs.items() for s, e in d.spans}
            assert ids == expected, path
            for r in rows:
                s, e = map(int, r["id"].split("#")[1].split("-"))
                for a, b in (("source_start", "source_end"), ("cue_start", "cue_end")):
                    if r[a]:
                        assert s <= int(r[a]) < int(r[b]) <= e  # a span inside its sentence
                assert r["label"] in ("claim", "fact", "framing", "")


def test_the_training_annotations_hold_no_probe_document() -> None:
    assert not [
        sid
        for sid in read_document_annotations()
        if sid.startswith(tuple(f"{name}/" for name in PROBE_SETS))
    ]
