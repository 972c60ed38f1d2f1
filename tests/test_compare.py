"""Comparing groups (``framing report --group-by``): statistics equal what pandas computes from
the label rows, bootstrap intervals, marked differences, cues, sources, time series, the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from framing.cli import main
from framing.compare import MIN_DOCS, aggregate, grouped_report, period_of

ORDER = ("fact", "claim", "framing")
PERSON = {"name": "Ada Moss", "title": "the mayor", "type": "person"}
POLL = {"name": "a city poll", "title": None, "type": "poll"}


def _row(doc, index, label, kind="prose", entity=None, cues=(), **kept):
    text = f"Sentence {index} of {doc}."
    return {
        "doc_id": doc,
        "index": index,
        "start": 0,
        "end": len(text),
        "text": text,
        "label": label,
        "probabilities": {"claim": 0.2, "fact": 0.3, "framing": 0.5},
        "source": None,
        "cue": None,
        "source_resolved": None,
        "inherited": False,
        "attributions": [],
        "cues": [{"text": c, "start": 0, "end": len(c)} for c in cues],
        "kind": kind,
        "source_entity": entity,
        "lang": "en",
        **kept,
    }


def corpus_rows():
    """Outlet A leans to framing (cue "crisis"), outlet B to fact (cue "bold"); C has too few
    documents. Every document has a metadata line (left out of shares) and a headline."""
    rows = []
    plan = {
        "A": (45, ["framing", "framing", "claim", "fact"]),
        "B": (40, ["fact", "fact", "fact", "claim", "framing"]),
        "C": (5, ["claim", "framing"]),
    }
    for outlet, (n, labels) in plan.items():
        for d in range(n):
            doc = f"{outlet}{d}"
            month = f"2024-0{1 + d % 3}-15"
            kept = {"outlet": outlet, "date": month}
            rows.append(_row(doc, 0, "fact", kind="headline", **kept))
            rows.append(_row(doc, 1, "claim", kind="metadata", **kept))
            for i, label in enumerate(labels[: 2 + d % (len(labels) - 1)], 2):
                entity = (PERSON if d % 2 else POLL) if label == "claim" else None
                cue = {"A": "crisis", "B": "bold", "C": "crisis"}[outlet]
                cues = (cue,) if label == "framing" else ()
                rows.append(_row(doc, i, label, entity=entity, cues=cues, **kept))
    rows.append({"doc_id": "E1", "file": "x", "line": 3, "error": "bad", "outlet": "A"})
    rows.append(
        {"doc_id": "E2", "index": None, "warning": "empty text", "lang": "und", "outlet": "B"}
    )
    return rows


def _page_shares(html: str) -> dict[str, dict[str, float]]:
    out = {}
    for tr in re.findall(r"<tr [^>]*data-group=[^>]*>", html):
        group = re.search(r'data-group="([^"]*)"', tr)
        if group is None or "data-share-fact" not in tr:
            continue
        out[group.group(1)] = {
            lab: float(re.search(rf'data-share-{lab}="([^"]+)"', tr).group(1)) for lab in ORDER
        }
        out[group.group(1)]["documents"] = int(re.search(r'data-documents="(\d+)"', tr).group(1))
    return out


def test_group_shares_on_the_page_equal_pandas_on_the_label_rows():
    pd = pytest.importorskip("pandas")
    rows = corpus_rows()
    stats = aggregate(rows, "outlet").statistics()
    html = grouped_report(stats)
    page = _page_shares(html)

    df = pd.DataFrame(rows)
    sent = df[df["index"].notna() & df["kind"].isin(["prose", "headline"])]
    want = sent.groupby("outlet")["label"].value_counts(normalize=True).unstack(fill_value=0)
    docs = sent.groupby("outlet")["doc_id"].nunique()
    assert sorted(page) == sorted(want.index) == ["A", "B", "C"]
    for outlet in want.index:
        for lab in ORDER:
            assert page[outlet][lab] == pytest.approx(want.loc[outlet, lab], abs=1e-6)
        # blank documents count as documents (with no sentence); error rows do not
        blank = int(((df["outlet"] == outlet) & (df["warning"] == "empty text")).sum())
        assert page[outlet]["documents"] == docs[outlet] + blank
    # the embedded JSON says the same
    data = json.loads(re.search(r'id="group-data">(.*?)</script>', html).group(1))
    assert data["groups"][0]["shares"]["framing"] == pytest.approx(want.loc["A", "framing"])


def test_intervals_differences_thin_groups_and_cues():
    stats = aggregate(corpus_rows(), "outlet").statistics()
    groups = {g["group"]: g for g in stats["groups"]}
    for g in groups.values():
        for lab in ORDER:
            assert g["low"][lab] <= g["shares"][lab] <= g["high"][lab]
    assert groups["C"]["thin"] and not groups["A"]["thin"] and MIN_DOCS > 5
    # C is never compared; A and B differ clearly in framing and fact
    assert {d["a"] for d in stats["differences"]} | {d["b"] for d in stats["differences"]} == {
        "A",
        "B",
    }
    marked = {d["label"]: d["marked"] for d in stats["differences"]}
    assert marked["framing"] and marked["fact"]
    for d in stats["differences"]:
        assert d["marked"] == (d["low"] > 0 or d["high"] < 0)
    # the same on every run (fixed seed)
    again = aggregate(corpus_rows(), "outlet").statistics()
    assert again["groups"] == stats["groups"]
    # cue words: each outlet's own cue stands out against the rest
    assert [c["cue"] for c in groups["B"]["cues"]] == ["bold"]
    assert "crisis" in [c["cue"] for c in groups["A"]["cues"]]
    # sources and the mix of source types (claims of prose lines only)
    top = {(s["name"], s["type"]) for s in groups["A"]["top_sources"]}
    assert top == {("Ada Moss", "person"), ("a city poll", "poll")}
    mix = groups["A"]["source_types"]
    assert mix["person"] + mix["poll"] == pytest.approx(1.0) and mix["anonymous"] == 0


def test_one_cue_word_in_every_group_is_no_contrast():
    """Every framing sentence of every group has the same single cue word: there is nothing
    to contrast (the log-odds' denominators would be zero), so no group lists a cue."""
    rows = [
        _row(f"{g}{d}", i, label, cues=("disaster",) if label == "framing" else (), outlet=g)
        for g in ("A", "B")
        for d in range(MIN_DOCS + 1)
        for i, label in enumerate(("fact", "framing"))
    ]
    stats = aggregate(rows, "outlet").statistics()
    assert [g["cues"] for g in stats["groups"]] == [[], []]


def test_rows_without_kind_or_entities_still_work():
    rows = [
        {k: v for k, v in r.items() if k not in ("kind", "source_entity")} for r in corpus_rows()
    ]
    stats = aggregate(rows, "outlet").statistics()
    a = next(g for g in stats["groups"] if g["group"] == "A")
    assert a["entity_claims"] == 0 and a["sentences"] > 0
    assert "No source entities" in grouped_report(stats)


def test_period_of_dates():
    assert period_of("2024-03-05") == "2024-03"
    assert period_of("2024-03-05T10:00:00Z") == "2024-03"
    assert period_of("March 5, 2024") == "2024-03"
    assert period_of("soon") is None and period_of(None) is None


def test_month_series_per_group():
    stats = aggregate(corpus_rows(), "outlet", "month", "date").statistics()
    cells = {(c["group"], c["period"]) for c in stats["series"]}
    assert ("A", "2024-01") in cells and ("B", "2024-03") in cells
    html = grouped_report(stats)
    assert html.count('<svg class="series"') == 3


def _write_rows(path: Path, rows) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_cli_report_group_by_on_a_labels_file(tmp_path, capsys):
    labels = _write_rows(tmp_path / "labels.jsonl", corpus_rows())
    out = tmp_path / "groups.html"
    assert main(["report", str(labels), "--group-by", "outlet", "-o", str(out)]) == 0
    assert "in 3 groups" in capsys.readouterr().err
    html = out.read_text(encoding="utf-8")
    assert set(_page_shares(html)) == {"A", "B", "C"}
    assert "not a verdict" in html and "argmax" in html and 'id="model-card"' in html
    assert "1,000 resamples" in html
    assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html
    out2 = tmp_path / "months.html"
    assert (
        main(
            [
                "report",
                str(labels),
                "--group-by",
                "outlet",
                "--freq",
                "month",
                "--date-field",
                "date",
                "-o",
                str(out2),
            ]
        )
        == 0
    )
    assert "Over time" in out2.read_text(encoding="utf-8")


def test_cli_report_group_by_labels_a_corpus_with_a_source_field(tmp_path, tiny_model):
    """A corpus field named like a row column ("source") can still be the group."""
    from framing.persistence import save_model

    model = tmp_path / "m"
    save_model(tiny_model, model)
    docs = [
        {"text": "The port closed on Monday. It was a disaster.", "source": s}
        for s in ("ptc", "ptc", "mbic")
    ]
    src = _write_rows(tmp_path / "articles.jsonl", docs)
    out = tmp_path / "g.html"
    assert (
        main(["report", str(src), "--group-by", "source", "--model", str(model), "-o", str(out)])
        == 0
    )
    page = _page_shares(out.read_text(encoding="utf-8"))
    assert {k: v["documents"] for k, v in page.items()} == {"mbic": 1, "ptc": 2}


def test_several_inputs_without_group_by_are_refused(tmp_path, capsys):
    a = _write_rows(tmp_path / "a.jsonl", corpus_rows()[:3])
    assert main(["report", str(a), str(a)]) == 2
    assert "--group-by" in capsys.readouterr().err
