"""HTML reports, read as HTML: marks, data attributes, escaping, profile, corpus data, inputs.

The browser-side behaviour (hover, sorting, pagination, no script runs) is in
test_report_browser.py; here the pages are parsed with the standard library.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from framing.cli import main
from framing.exceptions import DataError
from framing.report import analyses_from_jsonl, analysis_from_rows, corpus_to_html, to_html
from framing.types import LABELS, Analysis, Attribution, Sentence, Span

HOSTILE = "<script>window.pwned = 1</script>"
TEXT = (
    "Harbour cranes stand idle\n\n"
    "The port closed on Monday after 300 workers walked out. "
    '"We have waited long enough," said Ines Berg, the union leader.\n\n'
    "The strike exposes a deepening rift in the industry. "
    f'A sign read {HOSTILE} & "quotes" <b>bold</b>.\n'
    "She told reporters the union would not return to talks.\n"
)
SPECS = [
    ("Harbour cranes stand idle", "fact", {}),
    ("The port closed on Monday after 300 workers walked out.", "fact", {}),
    (
        '"We have waited long enough," said Ines Berg, the union leader.',
        "claim",
        {"source": "Ines Berg", "cue": "said"},
    ),
    (
        "The strike exposes a deepening rift in the industry.",
        "framing",
        {"cues": ["exposes", "deepening"]},
    ),
    (f'A sign read {HOSTILE} & "quotes" <b>bold</b>.', "fact", {}),
    (
        "She told reporters the union would not return to talks.",
        "claim",
        {"source": "She", "cue": "told", "resolved": "Ines Berg"},
    ),
]


def _span(text: str, word: str, start: int = 0) -> Span:
    i = text.index(word, start)
    return Span(word, i, i + len(word))


def build(text: str = TEXT, specs: list = SPECS) -> Analysis:
    """An Analysis made by hand: each spec's sentence found in order in ``text``."""
    sentences, pos = [], 0
    for i, (sent, label, extra) in enumerate(specs):
        a = text.index(sent, pos)
        b = pos = a + len(sent)
        main_p = round(0.5 + 0.07 * i, 2)
        others = [x for x in LABELS if x != label]
        probs = {label: main_p, others[0]: round((1 - main_p) * 0.7, 4)}
        probs[others[1]] = 1 - probs[label] - probs[others[0]]
        atts = []
        if "cue" in extra:
            atts.append(
                Attribution(
                    cue=_span(text, extra["cue"], a),
                    source=_span(text, extra["source"], a),
                    source_resolved=_span(text, extra["resolved"]) if "resolved" in extra else None,
                )
            )
        cues = [_span(text, w, a) for w in extra.get("cues", [])]
        sentences.append(Sentence(i, sent, a, b, label, probs, atts, cues))
    return Analysis(text, sentences)


class Dom(HTMLParser):
    """Just enough DOM: the sentence spans of the article (attributes, text, marks) and the
    elements by tag."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.sentences: list[dict] = []
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._in_text = 0
        self._sent: dict | None = None
        self._depth = 0
        self._mark: str | None = None
        self._script: tuple[dict, list[str]] | None = None
        self.text_parts: list[str] = []
        self.text_tags: list[str] = []
        self.paragraphs = 0
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        self.tags.append((tag, a))
        if tag == "script":
            self._script = (a, [])
        if tag == "article" and "doc-text" in a.get("class", ""):
            self._in_text = 1
            return
        if not self._in_text:
            return
        self._in_text += 1
        self.text_tags.append(tag)
        if tag == "p":
            self.paragraphs += 1
        if tag == "br":
            self._in_text -= 1  # void element: no end tag
            self.text_parts.append("\n")
        if tag == "span" and a.get("class", "").startswith("s ") and self._sent is None:
            self._sent = {"attrs": a, "text": "", "marks": []}
            self._depth = self._in_text
        elif tag == "mark" and self._sent is not None:
            self._mark = a["class"]
            self._sent["marks"].append([self._mark, ""])

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script[0], "".join(self._script[1])))
            self._script = None
        if not self._in_text:
            return
        if tag == "span" and self._sent is not None and self._in_text == self._depth:
            self.sentences.append(self._sent)
            self._sent = None
        if tag == "mark":
            self._mark = None
        self._in_text -= 1

    def handle_data(self, data):
        if self._script is not None:
            self._script[1].append(data)
        if not self._in_text:
            return
        self.text_parts.append(data)
        if self._sent is not None:
            self._sent["text"] += data
            if self._mark:
                self._sent["marks"][-1][1] += data


def test_every_sentence_is_marked_with_its_label_and_probabilities():
    analysis = build()
    dom = Dom(to_html(analysis))
    assert len(dom.sentences) == len(analysis.sentences)
    for got, s in zip(dom.sentences, analysis.sentences, strict=True):
        a = got["attrs"]
        assert got["text"] == s.text  # entities decoded: the exact sentence, escaped in HTML
        assert a["data-label"] == s.label
        assert a["class"].split() == ["s", s.label]
        assert a["tabindex"] == "0"
        assert int(a["data-i"]) == s.index
        for label in LABELS:
            assert float(a[f"data-p-{label}"]) == pytest.approx(s.probabilities[label], abs=1e-4)


def test_sources_cues_and_framing_cues_are_highlighted_inside_their_sentence():
    dom = Dom(to_html(build()))
    by_i = {int(s["attrs"]["data-i"]): s for s in dom.sentences}
    assert by_i[2]["marks"] == [["cue", "said"], ["src", "Ines Berg"]]
    assert by_i[2]["attrs"]["data-source"] == "Ines Berg"
    assert by_i[2]["attrs"]["data-cue"] == "said"
    assert by_i[3]["marks"] == [["fcue", "exposes"], ["fcue", "deepening"]]
    assert by_i[3]["attrs"]["data-cues"] == "exposes · deepening"
    # the pronoun source is marked; the name it refers to sits in another sentence: not marked
    # there, but named in the data for the tooltip
    assert by_i[5]["marks"] == [["src", "She"], ["cue", "told"]]
    assert by_i[5]["attrs"]["data-source-resolved"] == "Ines Berg"
    assert by_i[0]["marks"] == [] and "data-source" not in by_i[0]["attrs"]


def test_overlapping_or_foreign_spans_do_not_break_the_markup():
    text = "Officials said the bridge was safe. Another one."
    s = Sentence(
        0,
        "Officials said the bridge was safe.",
        0,
        35,
        "claim",
        {"claim": 0.9, "fact": 0.05, "framing": 0.05},
        [
            Attribution(cue=Span("said", 10, 14), source=Span("Officials", 0, 9)),
            Attribution(cue=Span("id the", 12, 18), source=Span("Another", 36, 43)),
        ],
    )
    t = Sentence(1, "Another one.", 36, 48, "fact", {"claim": 0.1, "fact": 0.8, "framing": 0.1})
    dom = Dom(to_html(Analysis(text, [s, t])))
    assert [x["text"] for x in dom.sentences] == [s.text, t.text]
    assert dom.sentences[0]["marks"] == [["src", "Officials"], ["cue", "said"]]
    assert dom.sentences[1]["marks"] == []


def test_text_is_kept_with_its_paragraphs_and_escaped():
    analysis = build()
    page = to_html(analysis)
    dom = Dom(page)
    shown = re.sub(r"\s+", " ", "".join(dom.text_parts)).strip()
    assert shown == re.sub(r"\s+", " ", TEXT).strip()
    assert dom.paragraphs == 3  # headline, two paragraphs; the single newline is a <br>
    # the article's <script> and <b> are text, never tags
    assert [t for t, _ in dom.tags].count("script") == 1
    assert set(dom.text_tags) == {"p", "span", "br", "mark"}
    assert html.escape(HOSTILE) in page
    assert HOSTILE not in page


def test_page_is_self_contained_with_a_strict_csp():
    page = to_html(build())
    dom = Dom(page)
    csp = next(
        a["content"] for t, a in dom.tags if a.get("http-equiv") == "Content-Security-Policy"
    )
    rules = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert rules["default-src"] == "'none'"  # nothing is fetched: no src, connect, font, frame
    assert rules["img-src"] == "data:"
    script = next(s for a, s in dom.scripts if "type" not in a)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert rules["script-src"] == f"'sha256-{digest}'"  # only our one script may run
    for _tag, a in dom.tags:
        for key in ("src", "href", "action", "data"):
            value = a.get(key, "")
            assert not re.match(r"\s*(https?:)?//", value), (key, value)
    assert "@import" not in page and "url(http" not in page


def test_profile_shows_shares_sentences_and_sources():
    analysis = build()
    dom = Dom(to_html(analysis, title="A <title>"))
    counts = {a["data-label"]: a for t, a in dom.tags if t == "li" and "data-count" in a}
    assert {k: int(v["data-count"]) for k, v in counts.items()} == analysis.counts
    for label, a in counts.items():
        assert float(a["data-share"]) == pytest.approx(analysis.shares[label], abs=1e-4)
    bar = {a["data-label"]: a["style"] for t, a in dom.tags if t == "span" and "style" in a}
    assert set(bar) == {"fact", "claim", "framing"}
    assert bar["fact"] == f"width:{100 * 3 / 6:.2f}%"
    sources = {a["data-source"]: int(a["data-claims"]) for t, a in dom.tags if "data-claims" in a}
    assert sources == analysis.summary["sources"] == {"Ines Berg": 2}
    section = next(a for t, a in dom.tags if t == "section")
    assert section["data-n"] == "6"


def test_title_defaults_to_the_headline_and_is_escaped():
    assert "<title>Harbour cranes stand idle</title>" in to_html(build())
    assert "<title>A &lt;b&gt; title</title>" in to_html(build(), title="A <b> title")


def test_empty_text_renders():
    page = to_html(Analysis("", []))
    assert "No sentences." in page
    assert 'data-n="0"' in page


def _corpus_data(page: str) -> dict:
    blob = re.search(r'<script type="application/json" id="corpus-data">(.*?)</script>', page, re.S)
    assert blob is not None
    return json.loads(blob.group(1))


def test_corpus_page_holds_every_document_lazily():
    a = build()
    b = build(
        "Plain. Spin is everywhere.",
        [("Plain.", "fact", {}), ("Spin is everywhere.", "framing", {"cues": ["Spin"]})],
    )
    hostile_id = "</script><script>window.pwned=1</script>.txt"
    page = corpus_to_html([("a.txt", a), (hostile_id, b), ("c.txt", a)])
    data = _corpus_data(page)
    keys = [c["key"] for c in data["columns"]]
    rows = [dict(zip(keys, r, strict=True)) for r in data["rows"]]
    assert [r["id"] for r in rows] == ["a.txt", hostile_id, "c.txt"]
    assert rows[1]["framing"] == 0.5 and rows[1]["n_framing"] == 1 and rows[1]["n"] == 2
    assert rows[0]["n_claim"] == 2 and rows[0]["top"] == "Ines Berg"
    # the hostile id only lives in the JSON, with "<" escaped; no extra script element
    assert page.count("<script>") == 1
    assert "</script><script>window" not in page
    # each document's view is inert text until opened, and is the article view's markup
    views = re.findall(r'<script type="text/html" id="doc-(\d+)">(.*?)</script>', page, re.S)
    assert [int(i) for i, _ in views] == [0, 1, 2]
    dom = Dom(views[1][1])
    assert [s["attrs"]["data-label"] for s in dom.sentences] == ["fact", "framing"]
    # histogram: one bar per 10 points, counting every document
    bins = [int(x) for x in re.findall(r'<rect class="b"[^>]*data-count="(\d+)"', page)]
    assert len(bins) == 10 and sum(bins) == 3
    assert bins[5] == 1 and bins[1] == 2  # 1/2 -> 50-60 %, 1/6 -> 10-20 %


def test_corpus_sources_merge_case_and_count_documents():
    def doc(src: str) -> Analysis:
        return build(
            f"{src} said so.", [(f"{src} said so.", "claim", {"source": src, "cue": "said"})]
        )

    page = corpus_to_html({"1": doc("The mayor"), "2": doc("the mayor"), "3": doc("the mayor")})
    rows = re.findall(r'<tr data-source="([^"]*)" data-claims="(\d+)" data-docs="(\d+)"', page)
    assert rows == [("the mayor", "3", "3")]


def _rows(analysis: Analysis, doc_id: str) -> list[dict]:
    return [{"doc_id": doc_id, **s.to_dict()} for s in analysis.sentences]


def test_report_never_reads_a_file_named_in_the_rows(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN 12345", encoding="utf-8")
    row = {
        "doc_id": str(secret),
        "index": 0,
        "start": 0,
        "end": 0,
        "text": "",
        "label": "fact",
        "probabilities": {"claim": 0.1, "fact": 0.8, "framing": 0.1},
    }
    jsonl = tmp_path / "rows.jsonl"
    jsonl.write_text(json.dumps(row) + "\n", encoding="utf-8")
    page = corpus_to_html(analyses_from_jsonl(jsonl))
    assert "TOP-SECRET-TOKEN" not in page


def test_jsonl_rows_rebuild_the_analysis(tmp_path):
    analysis = build()
    art = tmp_path / "article.txt"
    art.write_text(TEXT, encoding="utf-8")
    other = build("Plain. Spin.", [("Plain.", "fact", {}), ("Spin.", "framing", {})])
    jsonl = tmp_path / "rows.jsonl"
    rows = _rows(analysis, str(art)) + _rows(other, "gone.txt")
    jsonl.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    docs = analyses_from_jsonl(jsonl)
    assert [d for d, _ in docs] == [str(art), "gone.txt"]
    got = docs[0][1]
    # the file its doc_id names is never read (#10: a labels file must not pull in local
    # files): the page shows the rows' own sentences at their offsets
    assert got.text != TEXT
    assert all(got.text[s.start : s.end] == s.text for s in got.sentences)
    assert [s.to_dict() for s in got.sentences] == [s.to_dict() for s in analysis.sentences]
    assert got.summary == analysis.summary
    # no file: the text between sentences becomes spaces, offsets stay exact
    rebuilt = docs[1][1]
    assert rebuilt.text == "Plain. Spin."
    assert all(rebuilt.text[s.start : s.end] == s.text for s in rebuilt.sentences)


def test_rows_whose_text_differs_from_the_file_are_not_glued_to_it():
    analysis = build()
    rows = [s.to_dict() for s in analysis.sentences]
    got = analysis_from_rows(rows, text=TEXT.replace("Monday", "Friday"))
    assert got.text != TEXT and "Monday" in got.text
    assert all(got.text[s.start : s.end] == s.text for s in got.sentences)


@pytest.mark.parametrize(
    "line, message",
    [("{not json", "not JSON"), ('{"doc_id": "a", "text": "x"}', "no 'index'"), ("[1]", "no")],
)
def test_malformed_jsonl_is_a_data_error(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=message):
        analyses_from_jsonl(path)


def test_overlapping_rows_are_a_data_error():
    rows = [s.to_dict() for s in build().sentences]
    rows[1]["start"] -= 3
    rows[1]["end"] -= 3
    with pytest.raises(DataError, match="offsets"):
        analysis_from_rows(rows)


def test_cli_report_from_jsonl(tmp_path, capsys):
    jsonl = tmp_path / "rows.jsonl"
    rows = _rows(build(), "a.txt") + _rows(build(), "b.txt")
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["report", str(jsonl), "-o", str(out), "--title", "Two docs"]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<title>Two docs</title>" in page
    assert [r[1] for r in _corpus_data(page)["rows"]] == ["a.txt", "b.txt"]
    assert main(["report", str(jsonl)]) == 0  # stdout
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")


def test_cli_report_errors(tmp_path, capsys):
    assert main(["report", str(tmp_path / "missing.txt")]) == 2
    assert "no such file" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text("nope\n", encoding="utf-8")
    assert main(["report", str(bad)]) == 1
    assert "not JSON" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert main(["report", str(tmp_path / "empty")]) == 1
    assert "no .txt files" in capsys.readouterr().err


@pytest.fixture
def model_dir(tmp_path, tiny_model) -> Path:
    from framing.persistence import save_model

    save_model(tiny_model, tmp_path / "tiny")
    return tmp_path / "tiny"


def test_cli_report_article_and_directory_with_a_model(tmp_path, model_dir):
    """The whole pipeline: segmentation, attribution, model, report."""
    art = tmp_path / "in" / "sub" / "article.txt"
    art.parent.mkdir(parents=True)
    art.write_text(TEXT, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("The bridge opened in 1998.", encoding="utf-8")
    out = tmp_path / "article.html"
    assert main(["report", str(art), "-o", str(out), "--model", str(model_dir)]) == 0
    dom = Dom(out.read_text(encoding="utf-8"))
    assert dom.sentences and all(s["attrs"]["data-label"] in LABELS for s in dom.sentences)
    assert all(s["text"] in TEXT for s in dom.sentences)
    assert HOSTILE not in out.read_text(encoding="utf-8")

    out = tmp_path / "corpus.html"
    assert main(["report", str(tmp_path / "in"), "-o", str(out), "--model", str(model_dir)]) == 0
    page = out.read_text(encoding="utf-8")
    assert [r[1] for r in _corpus_data(page)["rows"]] == ["b.txt", "sub/article.txt"]
    assert "<title>Framing report: in</title>" in page
