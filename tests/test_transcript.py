"""Transcripts of speech read in each speaker's own voice (`framing.analyze(transcript=True)`).

By default a line after a speaker tag is that speaker's claim (LABELS.md, an interview's
answers); a transcript of a debate or a speech is read as the speakers' own fact and framing,
as our annotators label transcripts and as the model learned them (bare turns,
`framing.training.bare_turn`). All sentences here were written for these tests.
"""

from __future__ import annotations

import json

import pytest

import framing
from framing.analysis import analyze, analyze_batch
from framing.batch import label_corpus, label_outcomes
from framing.cli import main
from framing.corpus import Record, iter_records
from framing.features import (
    SentenceInput,
    document_context,
    sentence_input,
    speaker_turn_start,
    transcript_context,
    transcript_speakers,
)
from framing.segmentation import split_sentences
from framing.training import bare_turn
from framing.types import NON_PROSE_KINDS

DEBATE = (
    "MODERATOR: Good evening and welcome to the second debate between the candidates.\n"
    "SENATOR VALE: Thank you. My opponent has raised the fuel tax four times in six years.\n"
    "That is a disgrace, and the families of this state deserve far better.\n"
    "She told a radio host last week that the budget was balanced.\n"
    "GOVERNOR ODUYA: The budget is balanced. We cut the deficit by 40 percent.\n"
)


@pytest.mark.parametrize(
    ("text", "turn"),
    [
        ("MODERATOR: Good evening.", "Good evening."),
        ("SENATOR VALE: Thank you.", "Thank you."),
        ("Ms Okafor (Labour): We oppose the bill.", "We oppose the bill."),
        ("Secretary of the Treasury: Rates will hold.", "Rates will hold."),
        ("We cut the deficit by 40 percent.", "We cut the deficit by 40 percent."),
        ("the mayor: lower case is no tag.", "the mayor: lower case is no tag."),
        ("MODERATOR:no space after the colon", "MODERATOR:no space after the colon"),
    ],
)
def test_speaker_turn_start_skips_a_leading_tag_only(text, turn):
    assert text[speaker_turn_start(text) :] == turn


def test_speaker_turn_start_from_an_offset():
    text = "Intro line. SENATOR VALE: Thank you."
    start = text.index("SENATOR")
    assert text[speaker_turn_start(text, start) :] == "Thank you."
    assert speaker_turn_start(text, 0) == 0


def test_training_reads_a_turn_as_serving_does():
    """One path from a document to model inputs: the bare turn a transcript sentence is
    trained as is the input `transcript_context` gives it."""
    from framing.datasets import Example

    spans = split_sentences(DEBATE)
    inputs, _ = transcript_context(DEBATE, spans)
    for (a, b), served in zip(spans, inputs, strict=True):
        ex = Example("x", "ours", "d", "train", SentenceInput(DEBATE[a:b]), None, "r")
        trained = bare_turn(ex).input
        assert served.text == trained.text
        assert served.in_quote is False and served.doc is None
        assert served.prev == served.next == ""
        # the attribution kind given is what the model computes for the bare string itself
        assert served.attribution == sentence_input(trained.text).attribution


def test_no_line_inherits_its_speakers_tag():
    spans = split_sentences(DEBATE)
    _, news = document_context(DEBATE, spans)
    _, speech = transcript_context(DEBATE, spans)
    # read as news, the lines after a tag inherit the speaker (the test fails if the default
    # reading ever stops doing so, which would make this test say nothing)
    assert any(a.inherited for found in news for a in found)
    assert not any(a.inherited for found in speech for a in found)
    # no speaker tag is a source in a transcript
    sources = {a.source.text for found in speech for a in found if a.source is not None}
    assert not sources & {"MODERATOR", "SENATOR VALE", "GOVERNOR ODUYA"}


def test_a_reported_statement_stays_a_claim_with_spans_in_the_text():
    analysis = analyze(DEBATE, transcript=True)
    told = next(s for s in analysis.sentences if s.text.startswith("She told"))
    assert told.attributions, "the line reports someone's words: it keeps its attribution"
    for a in told.attributions:
        assert DEBATE[a.cue.start : a.cue.end] == a.cue.text
        if a.source is not None:
            assert DEBATE[a.source.start : a.source.end] == a.source.text
    assert told.attributions[0].source is not None
    assert told.attributions[0].source.text == "She"


def test_transcript_probabilities_are_the_bare_turns():
    model = framing.load()
    analysis = analyze(DEBATE, transcript=True)
    # each turn read alone, less its speaker tag, with the attribution it holds itself (so
    # that the rule for unattributed sentences applies as in a document)
    bare = [sentence_input(s.text[speaker_turn_start(s.text) :]) for s in analysis.sentences]
    proba = model.predict_proba(bare)
    classes = list(model.classes_)
    checked = 0
    for s, row in zip(analysis.sentences, proba, strict=True):
        if s.kind in NON_PROSE_KINDS:  # never claims (`framing.kinds`), in both readings
            continue
        checked += 1
        for label, p in s.probabilities.items():
            assert p == pytest.approx(float(row[classes.index(label)]), abs=1e-9)
    assert checked >= 5


def test_the_default_reading_is_unchanged_by_the_option():
    news = analyze(DEBATE)
    again = analyze(DEBATE, transcript=False)
    assert [s.to_dict() for s in news.sentences] == [s.to_dict() for s in again.sentences]
    speech = analyze(DEBATE, transcript=True)
    assert [s.text for s in speech.sentences] == [s.text for s in news.sentences]
    assert [(s.start, s.end) for s in speech.sentences] == [
        (s.start, s.end) for s in news.sentences
    ]


def test_a_batch_mixing_news_and_transcripts_reads_each_its_way():
    news_text = "The port closed on Monday. " + DEBATE
    records = [
        Record("a", DEBATE, transcript=True),
        Record("b", news_text),
        Record("c", DEBATE),
    ]
    out = label_outcomes(records, None)
    a, b, c = (analysis for _, analysis in out)
    assert [s.to_dict() for s in a.sentences] == [
        s.to_dict() for s in analyze(DEBATE, transcript=True).sentences
    ]
    assert [s.to_dict() for s in c.sentences] == [s.to_dict() for s in analyze(DEBATE).sentences]
    assert [s.to_dict() for s in b.sentences] == [
        s.to_dict() for s in analyze_batch([news_text])[0].sentences
    ]


def test_label_corpus_and_readers_carry_the_option(tmp_path):
    rows = list(label_corpus([("d1", DEBATE)], transcript=True))
    expected = [s.to_dict() for s in analyze(DEBATE, transcript=True).sentences]
    assert [{k: r[k] for k in expected[0]} for r in rows] == expected
    path = tmp_path / "debate.txt"
    path.write_text(DEBATE, encoding="utf-8")
    assert all(r.transcript for r in iter_records([str(path)], transcript=True))
    assert not any(r.transcript for r in iter_records([str(path)]))


def test_cli_label_transcript(tmp_path, capsys):
    path = tmp_path / "debate.txt"
    path.write_text(DEBATE, encoding="utf-8")
    assert main(["label", str(path), "--transcript"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    expected = analyze(DEBATE, transcript=True).sentences
    assert [r["label"] for r in rows] == [s.label for s in expected]
    assert not any(r["inherited"] for r in rows)
    assert main(["label", str(path)]) == 0
    news = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert any(r["inherited"] for r in news)
    assert [r["speaker"] for r in rows] == [s.speaker for s in expected]
    assert {r["speaker"] for r in news} == {None}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (DEBATE, ["MODERATOR", "SENATOR VALE", "SENATOR VALE", "SENATOR VALE", "SENATOR VALE"]),
        (
            "Hustings in the town hall, March 2001\n\n"
            "Ms Okafor (Labour): We oppose the bill. It is a bad bill.\n\n"
            "Mr Pryce (interrupting): Nonsense.",
            [None, "Ms Okafor", "Ms Okafor", "Mr Pryce"],
        ),
        ("No tag at all here. Nor here.", [None, None]),
    ],
)
def test_transcript_speakers_carry_the_turn_tag(text, speakers):
    from framing.features import transcript_speakers

    spans = split_sentences(text)
    got = transcript_speakers(text, spans)
    assert got[: len(speakers)] == speakers
    assert [s.speaker for s in analyze(text, transcript=True).sentences] == got
    assert {s.speaker for s in analyze(text).sentences} == {None}


def test_speaker_column_in_flat_rows(tmp_path):
    path = tmp_path / "debate.txt"
    path.write_text(DEBATE, encoding="utf-8")
    out = tmp_path / "rows.csv"
    assert main(["label", str(path), "--transcript", "--format", "csv", "-o", str(out)]) == 0
    import csv

    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["speaker"] == "MODERATOR"
    assert rows[-1]["speaker"] == "GOVERNOR ODUYA"


def test_a_chair_s_call_on_its_own_line_is_no_speaker_tag() -> None:
    # "Ms Adeyemi." (the chair calling the next questioner) before "Q208 Ms Adeyemi: ..." on
    # the next line: the tag pattern once ran over the line break, the call got the next
    # line's tag as its speaker and an empty bare text as its model input
    text = "Chair: Order. Ms Adeyemi.\n\nQ208 Ms Adeyemi: How many seats does it have?"
    spans = split_sentences(text)
    texts = [text[a:b] for a, b in spans]
    assert "Ms Adeyemi." in texts
    k = texts.index("Ms Adeyemi.")
    assert transcript_speakers(text, spans)[k] == "Chair"
    inputs, _ = transcript_context(text, spans)
    assert inputs[k].text == "Ms Adeyemi."
