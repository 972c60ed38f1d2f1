"""Robustness: whatever text comes in, `framing.analyze` labels it, fast, the same every time.

Property tests (Hypothesis) over arbitrary strings and over news-like text built from pieces
check the invariants of the result objects; hostile texts from the wild and the language check
have examples; model files that are not what they claim are refused without being unpickled.
Everything runs on the shipped model, loaded once per session.
"""

from __future__ import annotations

import json
import os
import pickle
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import joblib
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import framing
from framing import attribution
from framing.analysis import coerce_text
from framing.attribution import _coref, _quotes
from framing.exceptions import ChecksumError, ModelLoadError
from framing.language import NON_ENGLISH_WARNING, is_probably_english, language_of
from framing.persistence import MANIFEST_FILE, MODEL_FILE, sha256_of, shipped_model_dir
from framing.segmentation import MAX_SENTENCE_CHARS, split_sentences

ROOT = Path(__file__).resolve().parent.parent

FUZZ = settings(
    deadline=None,
    database=None,  # nothing written into the repository
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="session")
def model():
    return framing.load()


def check_invariants(text: str, analysis: framing.Analysis) -> None:
    """Everything a caller may rely on, whatever the text."""
    assert analysis.text == text
    covered = bytearray(len(text))
    prev_end = 0
    for i, s in enumerate(analysis.sentences):
        assert s.index == i
        assert prev_end <= s.start < s.end <= len(text), "in order, not overlapping"
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip(), "no surrounding whitespace"
        assert s.end - s.start <= MAX_SENTENCE_CHARS
        assert s.label in framing.LABELS
        assert set(s.probabilities) == set(framing.LABELS)
        assert abs(sum(s.probabilities.values()) - 1.0) < 1e-9
        assert s.label == max(s.probabilities, key=s.probabilities.__getitem__)
        spans = [c for c in s.cues]
        for a in s.attributions:
            spans += [x for x in (a.source, a.cue, a.source_resolved) if x is not None]
        for span in spans:
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text
        for c in s.cues:
            assert s.start <= c.start < c.end <= s.end
        covered[s.start : s.end] = b"\x01" * (s.end - s.start)
        prev_end = s.end
    uncovered = [j for j, ch in enumerate(text) if not covered[j] and not ch.isspace()]
    assert not uncovered, f"non-whitespace characters in no sentence: {uncovered[:5]}"
    json.dumps([s.to_dict() for s in analysis.sentences])  # serialisable whatever the text
    json.dumps(analysis.summary)
    assert analysis.lang in ("en", "non-en", "und")
    assert (NON_ENGLISH_WARNING in analysis.warnings) == (analysis.lang == "non-en")


def fingerprint(analysis: framing.Analysis) -> list:
    return [
        (s.start, s.end, s.label, s.probabilities, [a.to_dict() for a in s.attributions])
        for s in analysis.sentences
    ] + [analysis.lang]


# --------------------------------------------------------------------------------------------
# Inputs the API must refuse or accept


@pytest.mark.parametrize("bad", [None, 42, 3.5, ["a text"], {"text": "x"}, object()])
def test_non_text_is_a_type_error_naming_the_type(bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        framing.analyze(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=type(bad).__name__):
        framing.analyze_batch(["fine", bad])  # type: ignore[list-item]


def test_bytes_and_bytearray_are_utf8():
    text = "Officials said the “bridge” was safe. 🎉"
    for raw in (text.encode(), bytearray(text.encode())):
        assert framing.analyze(raw).text == text
    assert coerce_text(b"\xef\xbb\xbfBOM") == "\ufeffBOM"  # kept: offsets stay those of the text


def test_invalid_utf8_names_the_way_out_and_errors_replace_works():
    with pytest.raises(UnicodeDecodeError, match="errors='replace'"):
        framing.analyze(b"The port \xc3\x28 reopened.")
    for errors in ("replace", "ignore", "backslashreplace"):
        a = framing.analyze(b"The port \xff\xfe reopened.", errors=errors)
        check_invariants(a.text, a)
        assert a.sentences


@pytest.mark.parametrize(
    "blank", ["", " ", "\n\n\t", "\r\n", "\u3000\xa0\u2028\u2029\x1c\x1d\x1e\x1f\x85\x0b\x0c"]
)
def test_empty_and_whitespace_only_texts_have_no_sentences(blank):
    a = framing.analyze(blank)
    assert a.sentences == []
    assert a.summary["n_sentences"] == 0
    assert a.lang == "und" and a.warnings == []


# --------------------------------------------------------------------------------------------
# Text from the wild

WILD = {
    "control characters": "The port\x00 reopened.\x07 Officials\x1b[31m said\x7f it was safe.\x08",
    "zero-width": "The\u200b port\u200c reopened.\u200d\u2060 Officials\ufeff said it was safe.",
    "zero-width only": "\u200b\u200c\u200d\u2060\ufeff",
    "bidi": "\u202eThe port reopened.\u202c Officials said \u2066it\u2069 was safe.\u200f\u200e",
    "emoji": "The port reopened 🎉🎉. Workers cheered 👨‍👩‍👧‍👦 and said 🇳🇴 it was a win! 😀",
    "html": (
        "<html><body><p>The port &amp; the bay reopened.</p><script>var x = 1 < 2;</script>"
        "<p>Officials said &#8220;it is safe&#8221;.</p><br/><a href='x.html'>More.</a>"
        "</body></html>"
    ),
    "crlf": "Port reopens\r\n\r\nThe port reopened on Friday.\r\nOfficials said it was safe.\r\n",
    "lone cr": "The port reopened.\rOfficials said it was safe.\r",
    "line and paragraph separators": "One.\u2028Two said he.\u2029Three.\x85Four.\x0bFive.\x0cSix.",
    "mixed scripts": (
        "The minister met Владимир Путин and 習近平 in Paris. Officials said the talks were "
        "«très bien» and that مرحبا was the greeting."
    ),
    "combining marks": "Cafe\u0301 owners said the stri\u0301ke was over. Z̸̛̭a̴l̷g̶o̵ text.",
    "lone surrogate": "The port \ud800 reopened. Officials said \udfff it was safe.",
    "long word": "x" * 5000 + " said the official.",
    "only punctuation": "....!!!???…… ,,;;:: --- ***",
    "only quotes": '"""“”“”‘’«»„‟',
    "unbalanced quotes": '“The port reopened. ‘Officials said. "It was safe. «Nobody knew.',
    "bullets": "• The port reopened\n• Officials said it was safe\n- 1,200 workers\n1) Ships wait",
    "tabs and nbsp": "The\tport\xa0reopened\u202fon\u2009Friday.\tOfficials said so.",
}
NON_ENGLISH = {
    "es": (
        "El gobierno anunció el lunes que la huelga de los trabajadores del puerto había "
        "terminado. Según el sindicato, más de mil empleados volverán a sus puestos esta "
        "semana, pero la empresa no ha confirmado el acuerdo."
    ),
    "de": (
        "Die Regierung hat am Montag mitgeteilt, dass der Streik der Hafenarbeiter beendet ist. "
        "Nach Angaben der Gewerkschaft werden mehr als tausend Beschäftigte in dieser Woche an "
        "ihre Arbeit zurückkehren, doch das Unternehmen hat die Einigung nicht bestätigt."
    ),
    "fr": (
        "Le gouvernement a annoncé lundi que la grève des dockers était terminée. Selon le "
        "syndicat, plus de mille salariés reprendront le travail cette semaine, mais la "
        "direction n'a pas confirmé l'accord."
    ),
    "pl": (
        "Rząd ogłosił w poniedziałek, że strajk dokerów dobiegł końca. Według związku "
        "zawodowego ponad tysiąc pracowników wróci do pracy w tym tygodniu, ale firma nie "
        "potwierdziła porozumienia."
    ),
    "id": (
        "Pemerintah mengumumkan pada hari Senin bahwa pemogokan buruh pelabuhan telah berakhir. "
        "Menurut serikat pekerja, lebih dari seribu karyawan akan kembali bekerja minggu ini."
    ),
    "ru": (
        "Правительство в понедельник объявило, что забастовка портовых рабочих закончилась. "
        "По данным профсоюза, более тысячи сотрудников вернутся на работу на этой неделе."
    ),
    "zh": "政府周一宣布，港口工人的罢工已经结束。据工会称，一千多名员工将在本周返回工作岗位。",
    "ar": "أعلنت الحكومة يوم الاثنين أن إضراب عمال الميناء قد انتهى. ووفقا للنقابة، سيعود العمال.",
    "el": "Η κυβέρνηση ανακοίνωσε τη Δευτέρα ότι η απεργία των λιμενεργατών έληξε.",
}
ENGLISH = {
    "article": (ROOT / "docs" / "examples" / "harbour_strike.txt").read_text(encoding="utf-8"),
    "quotes foreign words": (
        'The mayor spoke in Spanish. "El gobierno no ha cumplido", said Ana Ruiz, the union '
        "leader, before the crowd marched on the port. Officials said the talks would resume."
    ),
    "html": WILD["html"],
    "shouting": "BREAKING: PORT OF HALDEN REOPENS AFTER FIVE-DAY STRIKE, UNION SAYS WORKERS WON",
    "emoji": WILD["emoji"],
}


@pytest.mark.parametrize("name", sorted(WILD))
def test_text_from_the_wild_is_labeled(model, name):
    text = WILD[name]
    a = framing.analyze(text, model=model)
    check_invariants(text, a)
    if name not in ("zero-width only",):
        assert a.sentences


@pytest.mark.parametrize("lang", sorted(NON_ENGLISH))
def test_other_languages_are_labeled_but_flagged(model, lang):
    a = framing.analyze(NON_ENGLISH[lang], model=model)
    check_invariants(a.text, a)
    assert a.sentences
    assert a.lang == "non-en"
    assert a.warnings == [NON_ENGLISH_WARNING]
    assert a.summary["lang"] == "non-en"
    assert not is_probably_english(NON_ENGLISH[lang])


@pytest.mark.parametrize("name", sorted(ENGLISH))
def test_english_is_not_flagged(model, name):
    a = framing.analyze(ENGLISH[name], model=model)
    assert a.lang == "en" and a.warnings == [] and a.summary["lang"] == "en"
    assert is_probably_english(ENGLISH[name])


def test_language_of_short_and_letterless_texts_is_undetermined():
    for text in ("", "   ", "12,345 678", "😀😀 🎉", "OK.", "Port deal"):
        assert language_of(text) == "und", text
        assert is_probably_english(text)  # nothing to flag
    assert language_of("Officials said the bridge was safe.") == "en"
    assert language_of("El gobierno dice que la huelga terminó.") == "non-en"
    assert language_of("Москва") == "non-en"


def test_markup_is_dropped_only_where_there_is_some():
    from framing import language

    texts = [
        "No markup here, only words.",
        "A <b>bold</b> claim &amp; a link https://example.org/x and &#8220;quotes&#8221;.",
        "Less < more & http without a scheme, <unclosed and &nbsp",
        "",
    ]
    for text in texts:
        assert language._sample(text) == language._MARKUP.sub(" ", text), text


def test_language_of_a_huge_text_reads_a_sample():
    english = ENGLISH["article"]
    huge = (english + " ") * (2_000_000 // len(english))
    start = time.process_time()
    assert language_of(huge) == "en"
    assert language_of(NON_ENGLISH["de"] * 20_000) == "non-en"
    assert time.process_time() - start < 1.0  # a few milliseconds: it samples


# --------------------------------------------------------------------------------------------
# Properties over arbitrary text

PIECES = [
    "The port of Halden reopened on Friday after a five-day strike.",
    "According to the port authority, 38 ships were waiting at anchor.",
    '"We got what we came for," said Ines Berg, the head of the dockers\' union.',
    "The deal is a stunning victory for workers who had been written off.",
    "He told reporters: “We will not return.”",
    "Dr. J. A. Smith, a professor at St. Mary's, disagreed.",
    "The U.S. Senate voted 52-48 on Tuesday.",
    "Prices rose 3.5 per cent in Jan. and Feb.",
    "Critics are said to be furious!",
    "Is this the end?",
    "Smith: ",
    "The minister wrote:",
    "El gobierno anunció que la huelga terminó.",
    "Правительство объявило.",
    "政府宣布罢工结束。",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "\t",
    "- ",
    "• ",
    "1. ",
    "a) ",
    "<p>",
    "</p>",
    "<br/>",
    "&amp;",
    "&#8220;",
    '<a href="http://x.com/a.html?b=1">link</a>',
    "😀",
    "👨‍👩‍👧",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u202e",
    "\u2066",
    "\u200f",
    "\x00",
    "\x1b[0m",
    "\x0c",
    "\u2028",
    "\u2029",
    "\xa0",
    "“",
    "”",
    '"',
    "'",
    "''",
    "‘",
    "’",
    "«",
    "»",
    "(",
    ")",
    "…",
    ".",
    "?",
    "!",
    ":",
    "Mr.",
    "U.S.",
    "e.g.",
    "A.",
    "said",
    "he said.",
    "e\u0301",
    "x" * 1200,
    "word " * 250,
]
news_like = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
punctuation_soup = st.text(
    alphabet=list(" .\n\"“”‘’Aab\r\u2029\x0c?!…'()-*1:,\u200b\xa0\x85\u2028\x1cMrUS"),
    max_size=150,
)


@settings(FUZZ, max_examples=150)
@given(any_text)
@example("")
@example("\x00")
@example("\u200b")
@example("a\u0301\u0301\u0301.")
@example("\r\n\r\n.")
@example(". . .")
@example("'' ''")
def test_any_string_gives_valid_sentences(model, text):
    check_invariants(text, framing.analyze(text, model=model))


@settings(FUZZ, max_examples=150)
@given(news_like)
@example('Smith: He said. "It was fine.\nIt was." Jones: No.')
@example("“" + "He said it was fine. It was. " * 12 + "”")
@example("The minister wrote:\n\nThe port reopened.\nShe said so.")
@example("Mr.\u200b Smith said.\u2029\u2029“Yes.”\x0c")
@example("x" * 2500 + " said the official. " + "word " * 300)
def test_news_like_text_gives_valid_sentences(model, text):
    check_invariants(text, framing.analyze(text, model=model))


@settings(FUZZ, max_examples=100)
@given(punctuation_soup)
@example('"."."')
@example("Mr. . U.S.\n\nA. b")
def test_punctuation_soup_gives_valid_sentences(model, text):
    check_invariants(text, framing.analyze(text, model=model))


@settings(FUZZ, max_examples=25)
@given(st.lists(news_like, min_size=1, max_size=4))
def test_batch_gives_what_one_by_one_gives(model, texts):
    batch = framing.analyze_batch(texts, model=model)
    for text, got in zip(texts, batch, strict=True):
        alone = framing.analyze(text, model=model)
        assert [(s.start, s.end, s.label) for s in got.sentences] == [
            (s.start, s.end, s.label) for s in alone.sentences
        ]
        for s, t in zip(got.sentences, alone.sentences, strict=True):
            assert s.probabilities == pytest.approx(t.probabilities, abs=1e-12)
        assert got.lang == alone.lang


# --------------------------------------------------------------------------------------------
# The same result every time, in every process

PINNED = [
    ENGLISH["article"],
    WILD["mixed scripts"],
    WILD["emoji"],
    NON_ENGLISH["de"],
    "“" + "He said it was fine. It was. " * 12 + "”",
    'Smith: He said. "It was fine.\nIt was." Jones: No, she told me so.',
]


def test_same_result_on_a_second_run(model):
    first = [fingerprint(a) for a in framing.analyze_batch(PINNED, model=model)]
    again = [fingerprint(framing.analyze(t, model=model)) for t in PINNED]
    assert first == again


def test_same_result_in_another_process(model, tmp_path):
    script = (
        "import json, sys\n"
        "import framing\n"
        "texts = json.loads(open(sys.argv[1], encoding='utf-8').read())\n"
        "out = [[[s.start, s.end, s.label, s.probabilities,\n"
        "         [a.to_dict() for a in s.attributions]] for s in a.sentences] + [a.lang]\n"
        "       for a in framing.analyze_batch(texts)]\n"
        "print(json.dumps(out))\n"
    )
    (tmp_path / "texts.json").write_text(json.dumps(PINNED), encoding="utf-8")
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "texts.json")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=True,
    )
    theirs = json.loads(done.stdout)
    ours = json.loads(json.dumps([fingerprint(a) for a in framing.analyze_batch(PINNED)]))
    assert theirs == ours  # labels, probabilities to the last bit, spans


# --------------------------------------------------------------------------------------------
# Long and hostile texts finish in linear time (found by benchmarks/robustness.py)


def _seconds(fn, *args) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        fn(*args)
        best = min(best, time.process_time() - start)
    return best


def _attribution_stage(text: str) -> None:
    spans = split_sentences(text)
    attribution.quote_states(text, spans)
    attribution.find_attributions(text, spans)


@pytest.mark.parametrize(
    "unit",
    [
        # sentence-initial names looked up in the whole text for each pronoun source
        "Critics said the port was closed. He said so. Sales fell. She said it. ",
        # a speaker tag on every sentence of one paragraph
        "Smith: the port reopened. Jones: it did not. ",
        # one quotation over a whole paragraph: "does it close later?" asked per sentence
        "He said the port reopened. It was fine. ",
    ],
)
def test_attribution_stage_is_linear_on_long_documents(unit):
    quoted = unit.startswith("He said the port")

    def text(n: int) -> str:
        body = unit * (n // len(unit))
        return "“" + body + "”" if quoted else body

    small, large = (
        _seconds(_attribution_stage, text(40_000)),
        _seconds(_attribution_stage, text(160_000)),
    )
    # 4x the text: about 4x the time when linear, 16x when quadratic (it was)
    assert large < 9 * max(small, 0.005), (small, large)


def test_named_elsewhere_index_answers_like_the_search():
    text = (ENGLISH["article"] + " ") * 30 + " and Jean-Luc met Jeanne, O’Brien and Critics"
    assert len(text) > _coref._INDEX_ABOVE
    words = set(re.findall(r"[A-Z][a-z][\w'’-]*", text)) | {"Jean", "Jean-", "Jeann", "Nobody"}
    for word in sorted(words):
        expected = re.search(r"[a-z,] " + re.escape(word) + r"\b", text) is not None
        assert _coref._named_elsewhere(text, word) == expected, word


def test_closing_quote_lookup_memo_answers_like_the_scan():
    # an open quotation over a long paragraph, with a two-character mark ('') cut in half by
    # the sentence cap, and a closing mark at the end
    text = "“" + "He said it. " * 10 + "x" * 998 + "''" + "x" * 900 + " ''" + " It was. ”"
    spans = split_sentences(text)
    para = [0] * len(spans)
    memo: dict = {}
    for k in range(len(spans)):
        plain = _quotes._closes_in_paragraph(text, spans, para, k, len(spans))
        assert _quotes._closes_in_paragraph(text, spans, para, k, len(spans), memo) == plain


def test_a_long_text_without_punctuation_or_newline_is_capped(model):
    text = ("word " * 60_000) + ("x" * 3000)
    a = framing.analyze(text, model=model)
    assert max(s.end - s.start for s in a.sentences) <= MAX_SENTENCE_CHARS
    assert a.sentences[-1].end == len(text)
    check_invariants(text, a)


# --------------------------------------------------------------------------------------------
# Model files (the rest is in test_persistence.py)


@pytest.fixture()
def model_dir(tmp_path):
    out = tmp_path / "news-en"
    shutil.copytree(shipped_model_dir(), out)
    return out


def _rehash(model_dir: Path, **fields) -> None:
    """Make the manifest agree with the artifact (what an attacker with both files can do)."""
    manifest = json.loads((model_dir / MANIFEST_FILE).read_text())
    manifest.update(sha256=sha256_of(model_dir / MODEL_FILE), **fields)
    (model_dir / MANIFEST_FILE).write_text(json.dumps(manifest))


class _Payload:
    """Unpickling this creates a file: proof that loading ran code."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_a_file_that_is_not_joblib_is_refused(model_dir):
    (model_dir / MODEL_FILE).write_text("this is not a model\n")
    with pytest.raises(ChecksumError):
        framing.load(model_dir)  # checked before anything is read as a pickle
    _rehash(model_dir)
    with pytest.raises(ModelLoadError, match="cannot unpickle"):
        framing.load(model_dir)
    with pytest.raises(ModelLoadError, match="cannot unpickle"):
        framing.load(model_dir / MODEL_FILE, trusted=True)
    (model_dir / MODEL_FILE).write_bytes(b"")
    with pytest.raises(ModelLoadError, match="cannot unpickle"):
        framing.load(model_dir, trusted=True)


@pytest.mark.parametrize("content", ["{not json", "", '{"labels": ["claim", "fact"'])
def test_a_manifest_that_is_not_json_is_refused(model_dir, content):
    (model_dir / MANIFEST_FILE).write_text(content)
    with pytest.raises(ModelLoadError, match="cannot read"):
        framing.load(model_dir)
    (model_dir / MANIFEST_FILE).write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ModelLoadError, match="cannot read"):
        framing.load(model_dir)
    assert framing.load(model_dir, trusted=True).classes_.tolist() == list(framing.LABELS)


@pytest.mark.parametrize(
    "manifest",
    [[], None, 42, {"labels": None}, {"labels": 5}, {"sklearn_range": 5}],
    ids=["list", "null", "number", "labels-null", "labels-int", "range-int"],
)
def test_a_manifest_of_the_wrong_shape_is_a_model_load_error(model_dir, manifest):
    if isinstance(manifest, dict):
        full = json.loads((model_dir / MANIFEST_FILE).read_text())
        full.update(manifest)
        manifest = full
    (model_dir / MANIFEST_FILE).write_text(json.dumps(manifest))
    with pytest.raises(ModelLoadError):
        framing.load(model_dir)


def test_an_artifact_that_is_a_directory_is_a_model_load_error(model_dir):
    (model_dir / MODEL_FILE).unlink()
    (model_dir / MODEL_FILE).mkdir()
    with pytest.raises(ModelLoadError):
        framing.load(model_dir)


def test_an_artifact_that_is_not_a_classifier_is_refused(model_dir):
    joblib.dump({"not": "a model"}, model_dir / MODEL_FILE)
    _rehash(model_dir)
    with pytest.raises(ModelLoadError):
        framing.load(model_dir)


def test_untrusted_load_never_unpickles_an_unverified_file(model_dir, tmp_path):
    marker = tmp_path / "code-ran"
    joblib.dump(_Payload(marker), model_dir / MODEL_FILE)
    with pytest.raises(ChecksumError):  # the manifest's checksum is that of the real model
        framing.load(model_dir)
    (model_dir / MANIFEST_FILE).unlink()
    with pytest.raises(ModelLoadError, match="arbitrary code"):
        framing.load(model_dir)
    (model_dir / MANIFEST_FILE).write_text(json.dumps({"labels": ["spam", "ham"]}))
    with pytest.raises(ModelLoadError, match="labels"):
        framing.load(model_dir)
    assert not marker.exists()


def test_trusted_skips_every_check_and_so_runs_the_files_code(model_dir, tmp_path):
    """What docs/security.md says: ``trusted=True`` unpickles without looking."""
    marker = tmp_path / "code-ran"
    joblib.dump(_Payload(marker), model_dir / MODEL_FILE)
    with pytest.raises(ModelLoadError, match="not a fitted framing classifier"):
        framing.load(model_dir, trusted=True)
    assert marker.exists()  # refused, but only after unpickling: the file's code ran


def test_the_checksum_is_integrity_not_authenticity(model_dir, tmp_path):
    """Whoever can write the artifact can write the manifest: only trust the directory."""
    marker = tmp_path / "code-ran"
    with open(model_dir / MODEL_FILE, "wb") as fh:
        pickle.dump(_Payload(marker), fh)
    _rehash(model_dir)
    with pytest.raises(ModelLoadError, match="not a fitted framing classifier"):
        framing.load(model_dir)
    assert marker.exists()


def test_trusted_loads_a_changed_but_valid_model(model_dir, tiny_model):
    joblib.dump(tiny_model, model_dir / MODEL_FILE)
    with pytest.raises(ChecksumError):
        framing.load(model_dir)
    loaded = framing.load(model_dir, trusted=True)
    assert loaded.predict(["Officials said the bridge was safe."]).shape == (1,)
