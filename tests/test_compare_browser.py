"""The grouped report (``framing report --group-by``) in headless Chromium: it renders with no
console error and fetches nothing. Skipped without playwright or Chromium (see
tests/test_report_browser.py).

``PYTHONPATH=. python tests/test_compare_browser.py --docs [PAGE.html]`` regenerates
docs/img/report_groups.png from the made-up corpus of tests/test_compare.py (sentences we
wrote), and with PAGE.html (e.g. the news_articles page of docs/report.md) also
docs/img/report_groups_news.png: the chart and table of shares only, no article text.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from framing.compare import aggregate, grouped_report

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_compare import corpus_rows
from test_report_browser import CHROMIUM_ARGS, Watched, browser, find_chromium  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent


def _page(tmp_path: Path, freq: bool = False) -> Path:
    stats = aggregate(corpus_rows(), "outlet", "month" if freq else None, "date").statistics()
    card = {
        "name": "news-en",
        "accuracy": 0.69,
        "macro_f1": 0.68,
        "n": 647,
        "f1": {"fact": 0.61, "claim": 0.71, "framing": 0.73},
    }
    path = tmp_path / "groups.html"
    path.write_text(grouped_report(stats, "Framing by outlet (made-up corpus)", card), "utf-8")
    return path


@pytest.mark.parametrize("freq", [False, True])
def test_grouped_page_renders_clean_and_offline(browser, tmp_path, freq):  # noqa: F811
    w = Watched(browser, width=1100, height=900)
    page = w.open(_page(tmp_path, freq))
    assert page.locator("svg.shares g.pt").count() == 9  # 3 groups x 3 labels
    assert page.locator("#groups tbody tr").count() == 3
    assert page.locator("#groups tr.thin").count() == 1  # C: too few documents
    opacity = page.eval_on_selector("#groups tr.thin td", "e => getComputedStyle(e).opacity")
    assert float(opacity) < 1
    assert page.locator("#differences tr.marked").count() >= 2
    assert page.locator("svg.series").count() == (3 if freq else 0)
    box = page.locator("svg.shares").bounding_box()
    assert box is not None and box["width"] > 500 and box["height"] > 100
    assert "not a verdict" in page.inner_text("#model-card")
    w.assert_clean()


def _shoot(page_path: Path, out: Path, clip_to: str | None = None) -> None:
    from playwright.sync_api import sync_playwright

    exe = find_chromium()
    assert exe, "needs Chromium"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        page: Any = b.new_page(viewport={"width": 1100, "height": 900})
        page.goto(page_path.resolve().as_uri())
        if clip_to:
            top = page.locator("h2").first.bounding_box()
            end = page.locator(clip_to).bounding_box()
            page.screenshot(
                path=str(out),
                clip={
                    "x": 0,
                    "y": top["y"] - 8,
                    "width": 1100,
                    "height": end["y"] + end["height"] - top["y"] + 16,
                },
            )
        else:
            page.screenshot(path=str(out), full_page=True)
        b.close()


if __name__ == "__main__":  # pragma: no cover
    import tempfile

    if not sys.argv[1:] or sys.argv[1] != "--docs":
        sys.exit("usage: PYTHONPATH=. python tests/test_compare_browser.py --docs [PAGE.html]")
    with tempfile.TemporaryDirectory() as tmp:
        _shoot(_page(Path(tmp), freq=True), ROOT / "docs" / "img" / "report_groups.png")
    if len(sys.argv) > 2:
        _shoot(Path(sys.argv[2]), ROOT / "docs" / "img" / "report_groups_news.png", "#groups")
