"""`framing.analyze`: the public result objects and their invariants, on the shipped model."""

from __future__ import annotations

import json

import pytest

import framing
from framing import Analysis, Sentence, Span

ARTICLE = (
    "Port reopens after strike\n\n"
    "The port of Halden reopened on Friday after a five-day strike. "
    "According to the port authority, 38 ships were waiting at anchor. "
    '"We got what we came for," said Ines Berg, the head of the dockers\' union. '
    "The deal is a stunning victory for workers who had been written off.\n"
)


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return framing.analyze(ARTICLE)


def test_sentences_cut_out_of_the_text(analysis):
    assert len(analysis.sentences) == 5
    prev_end = 0
    for i, s in enumerate(analysis.sentences):
        assert isinstance(s, Sentence)
        assert s.index == i
        assert ARTICLE[s.start : s.end] == s.text
        assert s.start >= prev_end
        prev_end = s.end


def test_probabilities_are_a_distribution_and_label_is_the_argmax(analysis):
    for s in analysis.sentences:
        assert set(s.probabilities) == {"claim", "fact", "framing"}
        assert abs(sum(s.probabilities.values()) - 1.0) < 1e-9
        assert s.label == max(s.probabilities, key=s.probabilities.get)


def test_labels_of_clear_sentences(analysis):
    labels = [s.label for s in analysis.sentences]
    assert labels[1] == "fact"
    assert labels[2] == "claim"
    assert labels[3] == "claim"
    assert labels[4] == "framing"


def test_claim_has_source_and_cue_spans_in_text_coordinates(analysis):
    quote = analysis.sentences[3]
    assert isinstance(quote.cue, Span) and isinstance(quote.source, Span)
    assert "Ines Berg" in quote.source.text
    assert quote.cue.text == "said"
    for span in (quote.source, quote.cue):
        assert ARTICLE[span.start : span.end] == span.text
    according = analysis.sentences[2]
    assert according.cue is not None and according.cue.text.lower() == "according to"


def test_framing_sentence_has_cues_from_the_model(analysis):
    framing_sentence = analysis.sentences[4]
    assert framing_sentence.cues
    for c in framing_sentence.cues:
        assert ARTICLE[c.start : c.end] == c.text
        assert framing_sentence.start <= c.start < c.end <= framing_sentence.end
    assert framing_sentence.source is None and framing_sentence.cue is None


def test_summary_counts_and_shares(analysis):
    summary = analysis.summary
    assert summary["n_sentences"] == 5
    assert sum(summary["counts"].values()) == 5
    assert abs(sum(summary["shares"].values()) - 1.0) < 1e-9
    assert any("Ines Berg" in src for src in summary["sources"])
    json.dumps(summary)  # serialisable as is


def test_to_dict_is_json_ready(analysis):
    row = analysis.sentences[3].to_dict()
    assert json.loads(json.dumps(row)) == row
    assert set(row) >= {"index", "start", "end", "text", "label", "probabilities", "source", "cue"}


def test_empty_and_whitespace_texts_have_no_sentences():
    assert framing.analyze("").sentences == []
    assert framing.analyze("  \n\t ").summary["n_sentences"] == 0


def test_bad_input_types():
    with pytest.raises(TypeError, match="NoneType"):
        framing.analyze(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="int"):
        framing.analyze(42)  # type: ignore[arg-type]


def test_bytes_are_decoded_and_invalid_bytes_explained():
    assert framing.analyze(b"The bridge opened in 1998.").sentences[0].text.startswith("The")
    with pytest.raises(UnicodeDecodeError, match="errors='replace'"):
        framing.analyze(b"The bridge \xff opened.")
    assert framing.analyze(b"The bridge \xff opened.", errors="replace").sentences


def test_batch_equals_one_by_one():
    texts = [ARTICLE, "Officials said the bridge was safe.", ""]
    batch = framing.analyze_batch(texts)
    for text, got in zip(texts, batch, strict=True):
        alone = framing.analyze(text)
        assert [(s.start, s.end, s.label) for s in got.sentences] == [
            (s.start, s.end, s.label) for s in alone.sentences
        ]


def test_import_does_not_load_the_model():
    import subprocess
    import sys

    code = (
        "import framing, framing.persistence as p; "
        "assert p._shipped_cached.cache_info().currsize == 0; print('ok')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr


def test_a_claim_reports_its_main_attribution_only() -> None:
    """An attribution inside another's content (here a quotation within the quoted words) is
    part of that content: the sentence reports the outer source, as PolNeAR annotates it."""
    from framing.attribution import find_attributions

    text = '"The mayor told me the bridge was safe," said Ana Ruiz, a resident of the town.'
    found = find_attributions(text, [(0, len(text))])[0]
    assert len(found) == 2, "the nested 'The mayor told me' is found"
    sent = framing.analyze(text).sentences[0]
    assert sent.label == "claim"
    assert [(a.cue.text, a.source.text if a.source else None) for a in sent.attributions] == [
        ("said", "Ana Ruiz, a resident of the town")
    ]
