"""The HTML reports in a real browser: headless Chromium driven by Playwright.

Checks what only a browser can: every sentence is marked with its label and underline style,
hover and focus show the probabilities, an article's ``<script>`` runs nothing, the page
fetches nothing and logs no error, and the corpus table sorts, filters and paginates. Each
test saves a screenshot under test-artifacts/.

Skipped, with the reason, where playwright or a Chromium executable cannot be found (set
FRAMING_CHROMIUM to point at one). Never runs ``playwright install``: it uses the system's
browser (Debian: ``apt-get install chromium``).

``PYTHONPATH=. python tests/test_report_browser.py --docs`` regenerates
docs/img/report_article.png and docs/img/report_corpus.png with the shipped model (or, without
one, the tests' tiny model).
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from framing.report import corpus_to_html, to_html
from framing.types import LABELS, Analysis, Attribution, Sentence, Span

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HOSTILE = (
    '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'
    '<a href="javascript:window.pwned=3">x</a>'
)


def find_chromium() -> str | None:
    """A Chromium or Chrome executable: $FRAMING_CHROMIUM, /usr/bin/chromium, or on PATH."""
    candidates = [os.environ.get("FRAMING_CHROMIUM"), "/usr/bin/chromium"]
    candidates += [shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")]
    return next((c for c in candidates if c and os.access(c, os.X_OK)), None)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("browser tests need playwright: pip install playwright")
    exe = find_chromium()
    if exe is None:
        pytest.skip(
            "browser tests need Chromium: apt-get install chromium (or set FRAMING_CHROMIUM)"
        )
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Watched:
    """A page with its console errors, uncaught exceptions and non-local requests recorded."""

    def __init__(self, browser: Any, width: int = 1000, height: int = 900) -> None:
        self.page = browser.new_page(viewport={"width": width, "height": height})
        self.page.set_default_timeout(5000)  # a local file: anything slower is a failure
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"uncaught: {e}"))
        self.page.on("request", self._request)

    def _request(self, request: Any) -> None:
        if not request.url.startswith(("file:", "data:", "about:")):
            self.requests.append(request.url)

    def open(self, path: Path, fragment: str = "") -> Any:
        self.page.goto(path.as_uri() + fragment)
        return self.page

    def assert_clean(self) -> None:
        assert self.errors == [], self.errors
        assert self.requests == [], self.requests

    def screenshot(self, name: str, full_page: bool = True) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / name), full_page=full_page)


# -- an article made by hand, so that every label and span is known ------------------------

TEXT = (
    "Harbour cranes stand idle\n\n"
    "The port closed on Monday after 300 workers walked out. "
    '"We have waited long enough," said Ines Berg, the union leader.\n\n'
    "The strike exposes a deepening rift in the industry. "
    f"A protest sign read {HOSTILE}.\n\n"
    "She told reporters the union would not return to talks.\n"
)
SPECS: list[tuple[str, str, dict[str, Any]]] = [
    ("Harbour cranes stand idle", "fact", {}),
    ("The port closed on Monday after 300 workers walked out.", "fact", {}),
    (
        '"We have waited long enough," said Ines Berg, the union leader.',
        "claim",
        {"source": "Ines Berg", "cue": "said"},
    ),
    ("The strike exposes a deepening rift in the industry.", "framing", {"cues": ["deepening"]}),
    (f"A protest sign read {HOSTILE}.", "framing", {}),
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
    sentences, pos = [], 0
    for i, (sent, label, extra) in enumerate(specs):
        a = text.index(sent, pos)
        pos = a + len(sent)
        p_main = 0.5 + 0.08 * i
        others = [x for x in LABELS if x != label]
        probs = {label: p_main, others[0]: (1 - p_main) * 0.7, others[1]: (1 - p_main) * 0.3}
        atts = []
        if "cue" in extra:
            resolved = _span(text, extra["resolved"]) if "resolved" in extra else None
            atts.append(
                Attribution(
                    cue=_span(text, extra["cue"], a),
                    source=_span(text, extra["source"], a),
                    source_resolved=resolved,
                )
            )
        cues = [_span(text, w, a) for w in extra.get("cues", [])]
        sentences.append(Sentence(i, sent, a, pos, label, probs, atts, cues))
    return Analysis(text, sentences)


def _marked(page: Any, scope: str = ".doc-text") -> list[list[str]]:
    return page.eval_on_selector_all(
        f"{scope} .s", "els => els.map(e => [e.dataset.label, e.textContent])"
    )


def _tip(page: Any) -> str:
    assert page.is_visible("#tip"), "the tooltip is hidden"
    return page.inner_text("#tip")


def test_article_marks_every_sentence_and_runs_nothing(browser, tmp_path):
    analysis = build()
    path = tmp_path / "article.html"
    path.write_text(to_html(analysis), encoding="utf-8")
    w = Watched(browser)
    page = w.open(path)

    assert _marked(page) == [[s.label, s.text] for s in analysis.sentences]
    # the article's script, handler and link are text: nothing ran, nothing was fetched
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.locator(".doc-text script, .doc-text img, .doc-text a").count() == 0

    # a second cue beside colour: the underline style, per label; and each its own colour
    styles = page.eval_on_selector_all(
        ".doc-text .s",
        "els => els.map(e => [e.dataset.label, getComputedStyle(e).textDecorationStyle,"
        " getComputedStyle(e).textDecorationLine, getComputedStyle(e).backgroundColor])",
    )
    style_of = {label: (style, line) for label, style, line, _ in styles}
    assert style_of == {
        "fact": ("solid", "underline"),
        "claim": ("dashed", "underline"),
        "framing": ("wavy", "underline"),
    }
    assert len({bg for *_, bg in styles}) == 3
    assert page.inner_text(".legend").count("underline") == 3
    assert page.title() == "Harbour cranes stand idle"
    assert page.locator("p", has=page.locator(".s")).count() == 4  # headline + 3 paragraphs

    # focus shows the probabilities (and, for a claim, source and cue); blur hides them
    assert page.is_hidden("#tip")
    for s in analysis.sentences:
        page.focus(f'.doc-text .s[data-i="{s.index}"]')
        tip = _tip(page)
        assert tip.splitlines()[0].lower() == s.label
        for label in LABELS:
            assert f"{label}\n{100 * s.probabilities[label]:.0f}%" in tip.replace("\t", "\n")
        assert page.get_attribute(f'.s[data-i="{s.index}"]', "aria-describedby") == "tip"
        if s.label == "claim":
            assert f"source: {s.source.text}" in tip and f"cue: {s.cue.text}" in tip
    assert "refers to: Ines Berg" in tip
    page.keyboard.press("Escape")
    assert page.is_hidden("#tip")

    # keyboard: sentences are in the tab order, right after the legend's checkbox
    page.focus("#tags")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.i") == "0"
    assert _tip(page).lower().startswith("fact")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.i") == "1"
    page.evaluate("document.activeElement.blur()")
    assert page.is_hidden("#tip")

    # hover, with the framing cues highlighted in the sentence and named in the tooltip
    page.hover('.doc-text .s[data-i="3"]')
    tip = _tip(page)
    assert "framing cues: deepening" in tip and "framing\n74%" in tip
    assert page.inner_text('.s[data-i="3"] mark.fcue') == "deepening"
    assert page.inner_text('.s[data-i="2"] mark.src') == "Ines Berg"
    assert page.inner_text('.s[data-i="2"] mark.cue') == "said"
    w.screenshot("report_article.png")
    page.hover("h1")
    assert page.is_hidden("#tip")

    # the tags toggle writes each label after its sentence (for print and colour-blind readers)
    page.check("#tags")
    after = page.eval_on_selector(
        '.doc-text .s[data-i="2"]', "e => getComputedStyle(e, '::after').content"
    )
    assert after == '"claim"'
    w.assert_clean()


def test_analyzed_article_in_browser(browser, tmp_path, tiny_model):
    """The whole pipeline on the example article: what the page marks is what analyze said."""
    from framing.analysis import analyze

    text = (ROOT / "docs" / "examples" / "harbour_strike.txt").read_text(encoding="utf-8")
    analysis = analyze(text, tiny_model)
    path = tmp_path / "harbour.html"
    path.write_text(to_html(analysis), encoding="utf-8")
    w = Watched(browser)
    page = w.open(path)
    assert _marked(page) == [[s.label, s.text] for s in analysis.sentences]
    counts = page.eval_on_selector_all(
        ".profile li[data-label]", "els => els.map(e => [e.dataset.label, +e.dataset.count])"
    )
    assert dict(counts) == analysis.counts
    w.assert_clean()


# -- a generated corpus --------------------------------------------------------------------

PLACES = ["Halden", "Marrow Bay", "Easton", "Lindvik", "Port Aven", "Ravensholm", "Tollby"]
TOPICS = ["the ferry route", "the new clinic", "the water tariff", "the bus depot"]
SOURCES = ["the mayor", "Ines Berg", "the transport ministry", "Tomas Okafor", "residents"]
FACT = [
    "The {place} council voted on {topic} on Tuesday.",
    "About {n} people attended the meeting in {place}.",
    "Work on {topic} began in {year}.",
]
FRAMING = [
    "The vote exposes a deepening rift over {topic}.",
    "Can {place} really afford another year of delay?",
    "The costs of {topic} will likely keep mounting.",
]
CLAIM = [
    ('"We will not accept this," said {src}.', "said"),
    ("According to {src}, {topic} is running late.", "According to"),
]


def generated_doc(rng: random.Random) -> Analysis:
    """A short document with a known label, source and cue for each sentence."""
    p_framing = rng.random()
    text, sentences = "", []
    for _ in range(rng.randint(1, 3)):
        for j in range(rng.randint(1, 4)):
            r = rng.random()
            label = "framing" if r < p_framing else rng.choice(["fact", "claim"])
            ctx = {
                "place": rng.choice(PLACES),
                "topic": rng.choice(TOPICS),
                "n": rng.randint(2, 900),
                "year": rng.randint(1990, 2024),
            }
            text += " " if j else ""
            start, atts = len(text), []
            if label == "claim":
                tpl, cue = rng.choice(CLAIM)
                src = rng.choice(SOURCES)
                sent = tpl.format(src=src, **ctx)
                text += sent
                atts = [Attribution(cue=_span(text, cue, start), source=_span(text, src, start))]
            else:
                sent = rng.choice(FACT if label == "fact" else FRAMING).format(**ctx)
                text += sent
            p = rng.uniform(0.4, 0.98)
            rest = [x for x in LABELS if x != label]
            probs = {label: p, rest[0]: (1 - p) / 2, rest[1]: (1 - p) / 2}
            sentences.append(Sentence(len(sentences), sent, start, len(text), label, probs, atts))
        text += "\n\n"
    return Analysis(text, sentences)


def generated_corpus(n: int, seed: int = 0) -> list[tuple[str, Analysis]]:
    rng = random.Random(seed)
    return [(f"news/{2020 + i % 4}/story-{i:05d}.txt", generated_doc(rng)) for i in range(n)]


def _table(page: Any) -> list[dict[str, Any]]:
    return page.eval_on_selector_all(
        "#docs tbody tr",
        """rows => rows.map(r => ({n: +r.cells[0].textContent, id: r.cells[1].textContent,
            framing: +r.querySelector('td[data-label=framing]').dataset.share}))""",
    )


def test_corpus_table_sorts_filters_paginates_and_opens_documents(browser, tmp_path):
    docs = generated_corpus(300)
    docs[8] = ("</script><script>window.pwned = 1</script>'\".txt", docs[8][1])  # a hostile name
    path = tmp_path / "corpus.html"
    path.write_text(corpus_to_html(docs), encoding="utf-8")
    w = Watched(browser, height=1000)
    page = w.open(path)

    # first page: 50 documents in input order; nothing of the document views is built yet
    rows = _table(page)
    assert [r["n"] for r in rows] == list(range(1, 51))
    assert [r["id"] for r in rows] == [d for d, _ in docs[:50]]
    assert page.inner_text("#page-info") == "Documents 1–50 of 300 · page 1 of 6"
    assert page.is_disabled("#prev") and page.locator(".doc-text").count() == 0
    page.click("#next")
    assert [r["n"] for r in _table(page)] == list(range(51, 101))
    for _ in range(4):
        page.click("#next")
    assert page.inner_text("#page-info") == "Documents 251–300 of 300 · page 6 of 6"
    assert page.is_disabled("#next")

    # sort by framing share: descending first, across pages; again for ascending
    shares = sorted((a.shares["framing"] for _, a in docs), reverse=True)
    page.click('th[data-key="framing"] button')
    assert page.get_attribute('th[data-key="framing"]', "aria-sort") == "descending"
    first = [r["framing"] for r in _table(page)]
    assert page.inner_text("#page-info").endswith("page 1 of 6")  # sorting goes to page 1
    page.click("#next")
    second = [r["framing"] for r in _table(page)]
    assert first + second == pytest.approx(shares[:100], abs=1e-4)
    page.click('th[data-key="framing"] button')
    assert page.get_attribute('th[data-key="framing"]', "aria-sort") == "ascending"
    assert [r["framing"] for r in _table(page)] == pytest.approx(sorted(shares)[:50], abs=1e-4)
    page.click('th[data-key="id"] button')
    assert [r["id"] for r in _table(page)] == sorted(d for d, _ in docs)[:50]
    assert page.get_attribute('th[data-key="framing"]', "aria-sort") == "none"

    # filter and page size
    page.fill("#q", "2021/")
    ids = [r["id"] for r in _table(page)]
    assert ids == sorted(d for d, _ in docs if "2021/" in d)[:50] and len(ids) == 50
    assert page.inner_text("#page-info") == "Documents 1–50 of 75 · page 1 of 2"
    page.fill("#q", "no such document")
    assert _table(page) == [] and page.inner_text("#page-info") == "No documents match."
    page.fill("#q", "")
    page.select_option("#size", "100")
    assert len(_table(page)) == 100
    assert page.inner_text("#page-info") == "Documents 1–100 of 300 · page 1 of 3"
    w.screenshot("report_corpus.png")

    # a document's own view, built on demand from its link; back returns to the table
    target = _table(page)[3]
    page.click(f'#docs a:text-is("{target["id"]}")')
    page.wait_for_selector("#docview .doc-text", state="visible")
    assert page.url.endswith(f"#doc/{target['n']}")
    assert page.is_hidden("#overview") and page.is_visible("#docview")
    _, analysis = docs[target["n"] - 1]
    assert page.inner_text("#doc-title") == target["id"]
    assert _marked(page, "#docview .doc-text") == [[s.label, s.text] for s in analysis.sentences]
    page.focus("#docview .doc-text .s")
    assert f"{100 * analysis.sentences[0].probabilities['claim']:.0f}%" in _tip(page)
    w.screenshot("report_corpus_document.png")
    page.go_back()
    page.wait_for_selector("#overview", state="visible")
    assert page.is_visible("#overview") and page.is_hidden("#docview")
    assert len(_table(page)) == 100  # the table kept its state

    # links straight to a document work too; unknown ones show the table
    page = w.open(path, "#doc/300")
    assert page.inner_text("#doc-title") == docs[-1][0]
    page.click("#docview a.prev-doc")  # a hash link: the view changes on the hashchange event
    page.wait_for_function(
        "t => document.querySelector('#doc-title').textContent === t", arg=docs[-2][0]
    )
    assert page.inner_text("#doc-title") == docs[-2][0]
    page = w.open(path, "#doc/301")
    assert page.is_visible("#overview")
    page = w.open(path, "#doc/9")
    assert page.inner_text("#doc-title") == docs[8][0]
    assert page.evaluate("typeof window.pwned") == "undefined"
    w.assert_clean()


def test_corpus_of_5000_documents_stays_responsive(browser, tmp_path):
    docs = generated_corpus(5000, seed=1)
    path = tmp_path / "big.html"
    path.write_text(corpus_to_html(docs), encoding="utf-8")
    w = Watched(browser)
    t0 = time.perf_counter()
    page = w.open(path)
    loaded = time.perf_counter() - t0
    # only one page of rows and no document view exist in the DOM
    assert page.locator("#docs tbody tr").count() == 50
    assert page.locator(".s").count() == 0  # views are inert text in 5000 <script>s until opened
    assert page.evaluate("document.querySelectorAll('body *:not(script)').length") < 1500
    t0 = time.perf_counter()
    page.click('th[data-key="framing"] button')
    page.click("#next")
    page.click("#docs tbody a")
    page.wait_for_selector("#docview .doc-text")
    interactions = time.perf_counter() - t0
    # generous bounds: the point is "seconds, not minutes" (measured: about 1 s and 0.3 s)
    assert loaded < 20 and interactions < 10, (loaded, interactions)
    w.assert_clean()


# -- the screenshots in docs/ -------------------------------------------------------------

DOCS_CORPUS = {
    "ferry.txt": (
        "Island ferry cut to two sailings a day\n\n"
        "The ferry between Lindvik and the mainland will sail twice a day from June. "
        "The operator said in a statement that fuel costs had doubled since the contract was "
        "signed. Residents fear the island is being quietly abandoned.\n"
    ),
    "clinic.txt": (
        "New clinic opens in Easton\n\n"
        "A health clinic with twelve doctors opened in Easton on Monday. "
        "It replaces two surgeries that closed last year. "
        "According to the regional health board, waiting times should fall by a third.\n"
    ),
    "tariff.txt": (
        "Water bills to rise\n\n"
        "Household water bills in Tollby will rise by 14 percent in April. "
        '"Nobody likes paying more, but the pipes are seventy years old," said the utility\'s '
        "chief executive, Marta Lund. Critics say the company has neglected the network for "
        "decades. The increase is a bitter pill for families already squeezed by soaring "
        "prices.\n"
    ),
    "stadium.txt": (
        "Council backs stadium plan\n\n"
        "The city council approved the new stadium by 31 votes to 12. "
        "Construction is due to begin next spring. "
        "It is a gamble that could define the mayor's legacy. "
        "Will the promised jobs ever arrive?\n"
    ),
    "flood.txt": (
        "River bursts its banks\n\n"
        "The river Aven rose two metres overnight and flooded 40 homes. "
        "Fire crews evacuated a care home at 3 a.m. "
        "The mayor told reporters that the flood defences had held where they were finished. "
        "The flood is a stark warning of what a warming climate will bring.\n"
    ),
    "budget.txt": (
        "School budget cut\n\n"
        "The education department cut the school building budget by 9 percent. "
        "Teachers' unions said the cut would leave pupils in crumbling classrooms. "
        "A department spokesperson said that no school would close. "
        "The decision betrays a generation of children.\n"
    ),
    "bridge.txt": (
        "Bridge reopens after repairs\n\n"
        "The Marrow Bay bridge reopened to traffic on Friday after eight months of repairs. "
        "The work cost 12 million crowns. About 9,000 vehicles cross the bridge each day.\n"
    ),
    "election.txt": (
        "Mayor will not stand again\n\n"
        "Mayor Tomas Okafor announced on Sunday that he would not seek a third term. "
        "He said he wanted to spend more time with his family. "
        "His departure leaves a party in disarray and a city without a plan.\n"
    ),
}


def _regenerate_docs_images() -> None:  # pragma: no cover - a maintainer's tool
    import tempfile

    from playwright.sync_api import sync_playwright

    from framing.persistence import load
    from framing.report import render_path

    try:
        model = load()
        which = "the shipped model"
    except Exception:  # no shipped model yet: the tests' tiny one
        sys.path.insert(0, str(ROOT / "tests"))
        from conftest import tiny_data

        from framing.model import FramingClassifier

        model = FramingClassifier(min_df=1).fit(*tiny_data())
        which = "the tests' tiny model (no shipped model found)"
    out_dir = ROOT / "docs" / "img"
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "local-news"
        corpus.mkdir()
        for name, text in DOCS_CORPUS.items():
            (corpus / name).write_text(text, encoding="utf-8")
        pages = {
            "article": render_path(ROOT / "docs" / "examples" / "harbour_strike.txt", model),
            "corpus": render_path(corpus, model),
        }
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
            for kind, html in pages.items():
                path = Path(tmp) / f"{kind}.html"
                path.write_text(html, encoding="utf-8")
                page = b.new_page(viewport={"width": 900, "height": 800})
                page.goto(path.as_uri())
                if kind == "article":
                    page.focus('.doc-text .s[data-label="claim"]')
                else:
                    page.click('th[data-key="framing"] button')
                page.screenshot(path=str(out_dir / f"report_{kind}.png"), full_page=True)
                print(f"wrote docs/img/report_{kind}.png with {which}")
            b.close()


if __name__ == "__main__":  # pragma: no cover
    if sys.argv[1:] != ["--docs"]:
        sys.exit("usage: PYTHONPATH=. python tests/test_report_browser.py --docs")
    _regenerate_docs_images()
