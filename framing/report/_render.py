"""Rendering of the HTML reports: article and corpus pages, and the readers of their inputs."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from html import escape
from pathlib import Path
from typing import Any

from framing._version import __version__
from framing.corpus._jsonl import json_lines
from framing.corpus._schema import REQUIRED_FIELDS, sentence_from_row
from framing.exceptions import DataError
from framing.report._templates import CSS, JS_COMMON, JS_CORPUS, ORDER
from framing.types import LABELS, Analysis, Sentence, Span

__all__ = [
    "analyses_from_jsonl",
    "analysis_from_rows",
    "corpus_to_html",
    "render_path",
    "to_html",
]

_BATCH = 256  # documents per model call when a directory is analysed
_TOP_SOURCES = 25  # rows of the corpus report's table of sources


# -- one document -------------------------------------------------------------------------


def _esc(text: str) -> str:
    return escape(text, quote=True)


def _text_html(text: str) -> str:
    """Escaped text with line breaks kept (inside a sentence or a paragraph)."""
    return _esc(text).replace("\r\n", "\n").replace("\n", "<br>")


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def _marks(s: Sentence) -> list[tuple[int, int, str, str]]:
    """Non-overlapping highlights inside ``s``: (start, end, css class, title), by offset."""
    cand: list[tuple[int, int, str, str]] = []
    for att in s.attributions:
        if att.source is not None:
            cand.append((att.source.start, att.source.end, "src", "source"))
        if att.source_resolved is not None and att.source_resolved != att.source:
            cand.append((att.source_resolved.start, att.source_resolved.end, "src", "source"))
        cand.append((att.cue.start, att.cue.end, "cue", "attribution cue"))
    cand += [(c.start, c.end, "fcue", "framing cue") for c in s.cues]
    out: list[tuple[int, int, str, str]] = []
    end = s.start
    for a, b, cls, title in sorted(cand, key=lambda m: (m[0], -m[1])):
        if a >= end and s.start <= a < b <= s.end:
            out.append((a, b, cls, title))
            end = b
    return out


def _join(spans: Iterable[Span | None]) -> str:
    seen: list[str] = []
    for sp in spans:
        if sp is not None and sp.text not in seen:
            seen.append(sp.text)
    return "; ".join(seen)


def _sentence_html(s: Sentence, text: str) -> str:
    attrs = {
        "class": f"s {s.label}",
        "tabindex": "0",
        "data-i": str(s.index),
        "data-label": s.label,
    }
    for label in LABELS:
        attrs[f"data-p-{label}"] = f"{float(s.probabilities.get(label, 0.0)):.4f}"
    if s.attributions:
        attrs["data-source"] = _join(a.source for a in s.attributions)
        attrs["data-source-resolved"] = _join(a.source_resolved for a in s.attributions)
        attrs["data-cue"] = _join(a.cue for a in s.attributions)
        attrs["data-inherited"] = "true" if s.attributions[0].inherited else "false"
    if s.cues:
        attrs["data-cues"] = " · ".join(dict.fromkeys(c.text for c in s.cues))
    head = " ".join(f'{k}="{_esc(v)}"' for k, v in attrs.items() if v != "")
    body: list[str] = []
    pos = s.start
    for a, b, cls, title in _marks(s):
        body.append(_text_html(text[pos:a]))
        body.append(f'<mark class="{cls}" title="{title}">{_text_html(text[a:b])}</mark>')
        pos = b
    body.append(_text_html(text[pos : s.end]))
    return f"<span {head}>{''.join(body)}</span>"


_PARA = re.compile(r"[ \t\f\v]*(?:\r?\n[ \t\f\v]*){2,}")


def _gap_html(gap: str) -> str:
    """Text between sentences: blank lines end a paragraph, a single newline is a line break."""
    parts = _PARA.split(gap)
    return "</p><p>".join(_text_html(p) if p.strip() or "\n" in p else " " for p in parts)


def _text_body(analysis: Analysis) -> str:
    text = analysis.text
    out = ["<p>"]
    pos = 0
    for s in sorted(analysis.sentences, key=lambda s: s.start):
        if s.start < pos or s.end > len(text):  # overlapping or out of range: not ours to fix
            continue
        out.append(_gap_html(text[pos : s.start]))
        out.append(_sentence_html(s, text))
        pos = s.end
    out.append(_gap_html(text[pos:]))
    out.append("</p>")
    html = "".join(out)
    return re.sub(r"<p>\s*</p>", "", html) or "<p><em>No sentences.</em></p>"


def _bar(shares: Mapping[str, float], counts: Mapping[str, int]) -> str:
    segs = "".join(
        f'<span class="{label}" data-label="{label}" style="width:{100 * shares[label]:.2f}%" '
        f'title="{label}: {_pct(shares[label])} ({counts[label]})"></span>'
        for label in ORDER
        if counts[label]
    )
    return f'<div class="bar" role="img" aria-label="{_bar_words(shares, counts)}">{segs}</div>'


def _bar_words(shares: Mapping[str, float], counts: Mapping[str, int]) -> str:
    return ", ".join(f"{label} {_pct(shares[label])} ({counts[label]})" for label in ORDER)


def _profile_html(analysis: Analysis) -> str:
    summary = analysis.summary
    counts, shares, n = summary["counts"], summary["shares"], summary["n_sentences"]
    items = "".join(
        f'<li data-label="{label}" data-count="{counts[label]}" data-share="{shares[label]:.4f}">'
        f'<span class="swatch {label}"></span><b>{label}</b> {_pct(shares[label])} '
        f"({counts[label]})</li>"
        for label in ORDER
    )
    sources = sorted(summary["sources"].items(), key=lambda kv: (-kv[1], kv[0].lower()))
    if sources:
        lis = "".join(
            f'<li data-source="{_esc(src)}" data-claims="{k}">{_esc(src)}: '
            f"{k} claim{'s' if k != 1 else ''}</li>"
            for src, k in sources
        )
        src_html = f'<h3 class="ui">Sources cited</h3><ol class="sources">{lis}</ol>'
    else:
        src_html = '<p class="ui">No named sources cited.</p>'
    return (
        f'<section class="profile" aria-label="Profile" data-n="{n}">'
        f"{_bar(shares, counts)}"
        f'<ul class="counts"><li><b>{n}</b> sentence{"s" if n != 1 else ""}</li>{items}</ul>'
        f"{src_html}</section>"
    )


def _legend_html(with_toggle: bool = True) -> str:
    words = {
        "fact": "fact: stated by the writer, checkable (solid underline)",
        "claim": "claim: attributed to a source (dashed underline)",
        "framing": "framing: the writer's interpretation (wavy underline)",
    }
    items = "".join(
        f'<span class="s {label}" data-label="{label}">{words[label]}</span>' for label in ORDER
    )
    extra = (
        '<span><mark class="src">source</mark> <mark class="cue">cue</mark> '
        '<mark class="fcue">framing cue</mark></span>'
    )
    toggle = (
        '<label class="toggle"><input type="checkbox" id="tags"> show labels as tags</label>'
        if with_toggle
        else ""
    )
    return f'<div class="legend" aria-label="Legend">{items}{extra}{toggle}</div>'


def _document_html(analysis: Analysis) -> str:
    """Profile, legend and marked-up text of one document: the body of both report kinds."""
    return (
        f"{_profile_html(analysis)}{_legend_html()}"
        f'<article class="doc-text" data-n="{len(analysis.sentences)}">'
        f"{_text_body(analysis)}</article>"
    )


def _page(title: str, body: str, script: str, kind: str) -> str:
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    csp = (
        f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="framing {__version__}">\n'
        f'<link rel="icon" href="data:,"><title>{_esc(title)}</title>\n'
        f"<style>{CSS}</style></head>\n"
        f'<body class="{kind}">\n{body}\n'
        '<div id="tip" role="tooltip" hidden></div>\n'
        f"<footer>Made with framing {__version__}: labels are a model's predictions, "
        "not verdicts. Hover or focus a sentence for its probabilities.</footer>\n"
        f"<script>{script}</script>\n</body></html>\n"
    )


def _default_title(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= 100 else line[:99] + "…"
    return "Framing report"


def to_html(analysis: Analysis, title: str | None = None) -> str:
    """A self-contained HTML page showing one analysed text.

    ``title`` defaults to the first line of the text (a news article's headline).
    """
    title = title or _default_title(analysis.text)
    body = (
        f'<header><h1>{_esc(title)}</h1><p class="meta">Sentence labels: fact, claim, '
        f"framing</p></header>\n<main>{_document_html(analysis)}</main>"
    )
    return _page(title, body, JS_COMMON, "article")


# -- a corpus -----------------------------------------------------------------------------


def _json_for_script(obj: Any) -> str:
    """JSON that is safe inside a <script> element (no "</script>", no "<!--")."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _histogram_svg(values: Sequence[float], bins: int = 10) -> str:
    """An inline SVG bar chart of ``values`` (shares in [0, 1]) in ``bins`` equal bins."""
    counts = [0] * bins
    for v in values:
        counts[min(bins - 1, max(0, int(v * bins)))] += 1
    top = max(counts) or 1
    w, h, left, right, above, below = 560, 220, 44, 24, 20, 34
    base, ph = h - below, h - below - above  # the x axis; the plot's height
    bw = (w - left - right) / bins
    ink = 'stroke="#1d1d1f"'
    parts = [
        f'<svg class="hist" id="hist" viewBox="0 0 {w} {h}" width="{w}" height="{h}" '
        'role="img" aria-labelledby="hist-title"><title id="hist-title">Documents by share of '
        f"framing sentences, in bins of {100 // bins} points</title>",
        f'<line x1="{left}" y1="{base}" x2="{w - right}" y2="{base}" {ink}/>',
        f'<line x1="{left}" y1="{above}" x2="{left}" y2="{base}" {ink}/>',
    ]
    for t in sorted({0, top // 2, top}):
        y = base - ph * t / top
        parts.append(
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{t}</text>'
            f'<line x1="{left - 3}" y1="{y:.1f}" x2="{left}" y2="{y:.1f}" {ink}/>'
        )
    for i, c in enumerate(counts):
        lo, hi = 100 * i // bins, 100 * (i + 1) // bins
        bh, x = ph * c / top, left + i * bw
        parts.append(
            f'<rect class="b" x="{x + 2:.1f}" y="{base - bh:.1f}" width="{bw - 4:.1f}" '
            f'height="{bh:.1f}" data-lo="{lo}" data-hi="{hi}" data-count="{c}">'
            f"<title>{lo}–{hi}% framing: {c} document{'s' if c != 1 else ''}</title></rect>"
            f'<text x="{x:.1f}" y="{base + 14}" text-anchor="middle">{lo}%</text>'
        )
        if c:
            parts.append(
                f'<text x="{x + bw / 2:.1f}" y="{base - bh - 4:.1f}" '
                f'text-anchor="middle">{c}</text>'
            )
    parts.append(
        f'<text x="{w - right:.1f}" y="{base + 14}" text-anchor="middle">100%</text>'
        f'<text x="{left + (w - left - right) / 2:.1f}" y="{h - 3}" text-anchor="middle">'
        "share of framing sentences in the document</text></svg>"
    )
    return "".join(parts)


_COLUMNS = [
    ("i", "#", "order in the input"),
    ("id", "Document", None),
    ("n", "Sentences", None),
    ("fact", "Fact", "share of fact sentences (count)"),
    ("claim", "Claim", "share of claim sentences (count)"),
    ("framing", "Framing", "share of framing sentences (count)"),
    ("n_sources", "Sources", "distinct sources cited"),
    ("top", "Top source", "the source with the most claims"),
]
_DATA_KEYS = [
    "i",
    "id",
    "n",
    "fact",
    "claim",
    "framing",
    "n_fact",
    "n_claim",
    "n_framing",
    "n_sources",
    "top",
]


def corpus_to_html(
    docs: Iterable[tuple[str, Analysis]] | Mapping[str, Analysis], title: str | None = None
) -> str:
    """A self-contained HTML page for many analysed texts, given as (doc_id, analysis) pairs.

    The page holds a sortable, paginated table of the documents, a histogram of their share
    of framing sentences, the most cited sources, and each document's view (opened from the
    table, at ``#doc/<n>``).
    """
    pairs = list(docs.items()) if isinstance(docs, Mapping) else list(docs)
    title = title or f"Framing report: {len(pairs)} document{'s' if len(pairs) != 1 else ''}"
    rows: list[list[Any]] = []
    views: list[str] = []
    totals = dict.fromkeys(ORDER, 0)
    cited: dict[str, dict[str, Any]] = {}
    for i, (doc_id, analysis) in enumerate(pairs):
        summary = analysis.summary
        counts, shares, sources = summary["counts"], summary["shares"], summary["sources"]
        for label in ORDER:
            totals[label] += counts[label]
        for src, k in sources.items():
            entry = cited.setdefault(src.casefold(), {"claims": 0, "docs": set(), "names": {}})
            entry["claims"] += k
            entry["docs"].add(i)
            entry["names"][src] = entry["names"].get(src, 0) + k
        top = max(sources.items(), key=lambda kv: kv[1])[0] if sources else ""
        rows.append(
            [i, str(doc_id), summary["n_sentences"]]
            + [round(shares[label], 4) for label in ORDER]
            + [counts[label] for label in ORDER]
            + [len(sources), top]
        )
        views.append(f'<script type="text/html" id="doc-{i}">{_document_html(analysis)}</script>')
    n_sent = sum(totals.values())
    all_shares = {k: (v / n_sent if n_sent else 0.0) for k, v in totals.items()}
    framing = sorted(r[_DATA_KEYS.index("framing")] for r in rows)
    median = (framing[(len(framing) - 1) // 2] + framing[len(framing) // 2]) / 2 if framing else 0.0
    mean = sum(framing) / len(framing) if framing else 0.0
    # Sources that differ only in case ("The mayor", "the mayor") are one; the commonest
    # spelling names them.
    top_sources = sorted(
        (
            (max(e["names"].items(), key=lambda kv: kv[1])[0], e["claims"], len(e["docs"]))
            for e in cited.values()
        ),
        key=lambda t: (-t[1], -t[2], t[0].casefold()),
    )
    src_rows = "".join(
        f'<tr data-source="{_esc(src)}" data-claims="{c}" data-docs="{d}"><td>{r}</td>'
        f"<td>{_esc(src)}</td><td>{c}</td><td>{d}</td></tr>"
        for r, (src, c, d) in enumerate(top_sources[:_TOP_SOURCES], 1)
    )
    src_table = (
        '<table id="sources"><thead><tr><th>#</th><th>Source</th><th>Claims</th>'
        f"<th>Documents</th></tr></thead><tbody>{src_rows}</tbody></table>"
        if src_rows
        else '<p class="ui">No named sources cited.</p>'
    )
    heads = "".join(
        f'<th data-key="{k}" aria-sort="none" scope="col"'
        + (f' title="{_esc(tip)}"' if tip else "")
        + f'><button type="button">{name}</button></th>'
        for k, name, tip in _COLUMNS
    )
    data = {
        "columns": [{"key": k} for k in _DATA_KEYS],
        "rows": rows,
    }
    overview = (
        f'<section class="profile" aria-label="Corpus profile" data-n="{n_sent}" '
        f'data-docs="{len(pairs)}">{_bar(all_shares, totals)}'
        f'<ul class="counts"><li><b>{len(pairs)}</b> documents</li><li><b>{n_sent}</b> '
        "sentences</li>"
        + "".join(
            f'<li data-label="{label}" data-count="{totals[label]}">'
            f'<span class="swatch {label}"></span><b>{label}</b> {_pct(all_shares[label])} '
            f"({totals[label]})</li>"
            for label in ORDER
        )
        + "</ul></section>"
        f"<h2>Framing share across documents</h2>{_histogram_svg(framing)}"
        f'<p class="meta">Mean {_pct(mean)}, median {_pct(median)} of a document\'s sentences '
        "are framing.</p>"
        f"<h2>Documents</h2>"
        '<div class="filter ui"><label>Filter by name <input type="search" id="q" '
        'autocomplete="off"></label><label>Rows per page <select id="size">'
        + "".join(
            f'<option value="{k}"{" selected" if k == 50 else ""}>{k}</option>'
            for k in (25, 50, 100, 250)
        )
        + "</select></label></div>"
        f'<table id="docs"><thead><tr>{heads}</tr></thead><tbody></tbody></table>'
        '<div class="pager ui"><button type="button" id="prev">\u2190 previous</button>'
        '<span id="page-info" aria-live="polite"></span>'
        '<button type="button" id="next">next \u2192</button></div>'
        "<noscript><p>The table and the document views need JavaScript.</p></noscript>"
        f"<h2>Most cited sources</h2>{src_table}"
    )
    body = (
        f'<header><h1>{_esc(title)}</h1><p class="meta">Sentence labels: fact, claim, '
        f"framing</p></header>\n<main>"
        f'<div id="overview">{overview}</div>'
        f'<div id="docview" hidden></div></main>\n'
        f'<script type="application/json" id="corpus-data">{_json_for_script(data)}</script>\n'
        + "\n".join(views)
    )
    return _page(title, body, JS_COMMON + JS_CORPUS, "corpus")


# -- reading inputs -----------------------------------------------------------------------


def analysis_from_rows(rows: Iterable[Mapping[str, Any]], text: str | None = None) -> Analysis:
    """Rebuild an `Analysis` from the rows ``framing label`` wrote for one document.

    Rows carry the sentences but not the text between them. When ``text`` is given and every
    sentence is found in it at its offsets, it is used, so paragraphs survive; otherwise the
    text is rebuilt from the sentences with spaces between them.
    """
    sentences = sorted((sentence_from_row(r) for r in rows), key=lambda s: s.start)
    if text is not None and all(text[s.start : s.end] == s.text for s in sentences):
        return Analysis(text, sentences)
    parts: list[str] = []
    size = 0
    for s in sentences:
        if s.start < size or len(s.text) != s.end - s.start:
            raise DataError(f"sentence {s.index}: offsets {s.start}-{s.end} do not fit its text")
        parts += [" " * (s.start - size), s.text]
        size = s.end
    return Analysis("".join(parts), sentences)


def analyses_from_jsonl(path: str | Path) -> list[tuple[str, Analysis]]:
    """(doc_id, analysis) per document of a JSONL written by ``framing label``, in input order.

    Rows are grouped by ``doc_id``; the text shown is the rows' own sentences. Nothing named
    inside the data is ever opened: a ``doc_id`` that looks like a path is only a name (a
    labels file from someone else must not pull local files into the page). A document's
    error row or blank-text row (no ``index``) lists the document with no sentence.
    """
    groups: dict[str, list[dict[str, Any]]] = {}
    for lineno, row in json_lines(path):
        if (
            isinstance(row, dict)
            and "doc_id" in row
            and ("error" in row or row.get("index", 0) is None)
        ):
            groups.setdefault(str(row["doc_id"]), [])
            continue
        missing = [k for k in REQUIRED_FIELDS if not isinstance(row, dict) or k not in row]
        if missing:
            raise DataError(
                f"{path}:{lineno}: not a row of `framing label` output (no {missing[0]!r})"
            )
        groups.setdefault(str(row.get("doc_id", "document")), []).append(row)
    if not groups:
        raise DataError(f"{path}: no rows")
    out = []
    for doc_id, rows in groups.items():
        try:
            out.append((doc_id, analysis_from_rows(rows)))
        except (KeyError, TypeError, ValueError) as exc:
            raise DataError(f"{path}: document {doc_id!r}: malformed row ({exc})") from None
    return out


def _chunks(items: Sequence[Any], n: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def analyze_directory(
    directory: str | Path, model: Any = None, transcript: bool = False
) -> list[tuple[str, Analysis]]:
    """(relative path, analysis) for every .txt file under ``directory``, sorted by path
    (``transcript``: read as transcripts of speech, `framing.analyze`)."""
    from framing.analysis import analyze_batch

    root = Path(directory)
    files = sorted(root.rglob("*.txt"))
    if not files:
        raise DataError(f"no .txt files under {root}")
    from framing.persistence import resolve

    model = resolve(model)
    out: list[tuple[str, Analysis]] = []
    for chunk in _chunks(files, _BATCH):
        try:
            texts = [f.read_text(encoding="utf-8") for f in chunk]
        except UnicodeDecodeError as exc:
            raise DataError(f"a file under {root} is not UTF-8 text ({exc})") from None
        analyses = analyze_batch(texts, model, transcript)
        out += [(f.relative_to(root).as_posix(), a) for f, a in zip(chunk, analyses, strict=True)]
    return out


def render_path(
    path: str | Path, model: Any = None, title: str | None = None, transcript: bool = False
) -> str:
    """The report for ``path``: an article for a .txt file or "-" (stdin), a corpus for a
    directory of .txt files or a ``.jsonl`` written by ``framing label``.

    ``model`` is used to analyse text (default: the shipped model); a JSONL needs none.
    ``transcript``: texts are read as transcripts of speech (`framing.analyze`).
    """
    p = Path(path)
    if p.is_dir():
        docs = analyze_directory(p, model, transcript)
        return corpus_to_html(docs, title or f"Framing report: {p.resolve().name}")
    if p.suffix.lower() in (".jsonl", ".ndjson"):
        return corpus_to_html(analyses_from_jsonl(p), title)
    from framing.analysis import analyze

    try:
        text = sys.stdin.read() if str(path) == "-" else p.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(f"{path} is not UTF-8 text ({exc})") from None
    if not text.strip():
        raise DataError(f"{path} holds no text")
    return to_html(analyze(text, model, transcript=transcript), title)
