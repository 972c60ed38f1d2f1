"""Comparing groups of documents (outlets, months): shares with bootstrap intervals, sources,
framing cues; and the self-contained HTML page of ``framing report --group-by``.

Aggregation streams: `GroupedCorpus.add_document` takes one document's rows and keeps only
per-document label counts (three integers) and per-group counters of sources and cue words,
so a corpus of 100,000 documents needs a few MB.

Statistics, all documented on the page:

- **Shares.** A group's share of a label is its sentences with that label over its counted
  sentences (prose and headline lines; metadata and boilerplate lines are left out), pooled
  over the group's documents.
- **Intervals.** 95 % percentile intervals from a bootstrap over documents: `RESAMPLES`
  resamples of the group's documents with replacement, seed `SEED`.
- **Differences.** For two groups, the interval of the difference of their shares comes from
  the same resamples (independent between groups); a difference is marked only when that
  interval excludes zero, and only between groups of at least `MIN_DOCS` documents.
- **Cue words.** Framing cues (the ``cues`` spans of framing sentences, lower-cased) most
  over-represented in a group against all other groups: log-odds ratio with an informative
  Dirichlet prior (Monroe, Colaresi and Quinn 2008), prior mass `CUE_PRIOR` spread by the
  corpus frequency; a cue is listed when its z-score is above 1.96.
"""

from __future__ import annotations

import json
import math
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import Any

from framing.corpus._schema import COUNTED_KINDS, DEFAULT_KIND
from framing.sources import ENTITY_TYPES
from framing.types import LABELS

__all__ = [
    "CUE_PRIOR",
    "MIN_DOCS",
    "RESAMPLES",
    "SEED",
    "GroupedCorpus",
    "grouped_report",
    "model_card",
    "period_of",
]

RESAMPLES = 1000
"""Bootstrap resamples of each group's documents."""
SEED = 0
"""Seed of the bootstrap's random generator (the page is the same on every run)."""
MIN_DOCS = 30
"""Groups with fewer documents are greyed out and never marked as different."""
CUE_PRIOR = 10.0
"""Total mass of the Dirichlet prior of the cue-word log-odds."""
TOP_SOURCES = 8
TOP_CUES = 8
ORDER = ("fact", "claim", "framing")
UNKNOWN = "(none)"


def period_of(value: Any, freq: str = "month") -> str | None:
    """The period ("2024-03" for a month) of a date given as an ISO string ("2024-03-05",
    "2024-03-05T10:00:00Z"), a date/datetime, or a number of seconds since 1970; None when it
    cannot be read as a date."""
    if value is None or value == "":
        return None
    d: date | None = None
    if isinstance(value, datetime | date):
        d = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        d = datetime.utcfromtimestamp(value) if abs(value) < 1e11 else None
    else:
        text = str(value).strip()
        try:
            d = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            for fmt in ("%Y-%m", "%Y/%m/%d", "%d.%m.%Y", "%B %d, %Y", "%d %B %Y", "%Y%m%d"):
                try:
                    d = datetime.strptime(text, fmt)
                    break
                except ValueError:
                    continue
    if d is None:
        return None
    if freq != "month":
        raise ValueError(f"freq {freq!r} is not supported; use 'month'")
    return f"{d.year:04d}-{d.month:02d}"


@dataclass
class _Group:
    counts: tuple[array, array, array] = field(
        default_factory=lambda: (array("l"), array("l"), array("l"))
    )
    sources: dict[tuple[str, str], list[int]] = field(default_factory=dict)  # claims, docs
    types: Counter[str] = field(default_factory=Counter)
    cues: Counter[str] = field(default_factory=Counter)

    @property
    def n_docs(self) -> int:
        return len(self.counts[0])


class GroupedCorpus:
    """Per-group aggregates of a labeled corpus, fed one document at a time.

    ``group_field`` names the row field that says a document's group (a kept input field);
    with ``freq`` ("month") documents are also counted per period of ``date_field`` (default:
    the group field itself, which then is the time axis of one series).
    """

    def __init__(
        self, group_field: str | None, freq: str | None = None, date_field: str | None = None
    ) -> None:
        if freq is not None and freq != "month":
            raise ValueError(f"freq {freq!r} is not supported; use 'month'")
        self.group_field = group_field
        self.freq = freq
        self.date_field = date_field if date_field is not None else (group_field if freq else None)
        self.groups: dict[str, _Group] = {}
        self.cells: dict[tuple[str, str], _Group] = {}
        self.undated = 0
        self.documents = 0
        self.failed = 0

    def _group_of(self, row: Mapping[str, Any]) -> str:
        if self.freq and self.date_field == self.group_field:
            return "all documents"
        if self.group_field is None:
            return "all documents"
        value = row.get(self.group_field)
        return UNKNOWN if value is None or value == "" else str(value)

    def add_document(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Count one document's rows (its sentence rows, or its blank or error row)."""
        if not rows:
            return
        self.documents += 1
        first = rows[0]
        if "error" in first:
            self.failed += 1
            return
        key = self._group_of(first)
        group = self.groups.get(key)
        if group is None:
            group = self.groups[key] = _Group()
        n = {label: 0 for label in LABELS}
        doc_sources: set[tuple[str, str]] = set()
        doc_types: Counter[str] = Counter()
        doc_cues: Counter[str] = Counter()
        claims: Counter[tuple[str, str]] = Counter()
        for row in rows:
            if row.get("index") is None or row.get("kind", DEFAULT_KIND) not in COUNTED_KINDS:
                continue
            label = row.get("label")
            if label not in n:
                continue
            n[label] += 1
            if label == "framing":
                for cue in row.get("cues") or ():
                    text = cue.get("text") if isinstance(cue, Mapping) else None
                    if text:
                        doc_cues[" ".join(str(text).lower().split())] += 1
            entity = row.get("source_entity")
            if label == "claim" and entity:
                ekey = (str(entity.get("name")), str(entity.get("type")))
                claims[ekey] += 1
                doc_sources.add(ekey)
                doc_types[str(entity.get("type"))] += 1
        targets = [group]
        if self.freq:
            period = period_of(first.get(self.date_field)) if self.date_field else None
            if period is None:
                self.undated += 1
            else:
                cell = self.cells.get((key, period))
                if cell is None:
                    cell = self.cells[(key, period)] = _Group()
                targets.append(cell)
        for target in targets:
            for i, label in enumerate(ORDER):
                target.counts[i].append(n[label])
        group.types.update(doc_types)
        group.cues.update(doc_cues)
        for ekey, k in claims.items():
            entry = group.sources.setdefault(ekey, [0, 0])
            entry[0] += k
            entry[1] += 1

    # -- statistics ------------------------------------------------------------------------

    @staticmethod
    def _bootstrap(g: _Group, rng: Any) -> tuple[list[float], Any]:
        """(shares, resampled shares: RESAMPLES x 3 array) of a group."""
        import numpy as np

        counts = np.stack([np.frombuffer(c, dtype=np.int64) for c in g.counts], axis=1)
        total = counts.sum()
        shares = [float(counts[:, i].sum() / total) if total else 0.0 for i in range(3)]
        n = len(counts)
        out = np.zeros((RESAMPLES, 3))
        if n == 0:
            return shares, out
        weights = counts.astype(np.float64)
        for b in range(RESAMPLES):  # one resample: how often each document is drawn
            drawn = np.bincount(rng.integers(0, n, size=n), minlength=n)
            sums = drawn @ weights
            tot = sums.sum()
            out[b] = sums / tot if tot else 0.0
        return shares, out

    def statistics(self) -> dict[str, Any]:
        """Everything the page shows, as plain data (also embedded in the page as JSON)."""
        import numpy as np

        rng = np.random.default_rng(SEED)
        names = sorted(self.groups, key=lambda k: (k == UNKNOWN, k))
        boots: dict[str, Any] = {}
        groups: list[dict[str, Any]] = []
        for name in names:
            g = self.groups[name]
            shares, boot = self._bootstrap(g, rng)
            boots[name] = boot
            lo, hi = np.percentile(boot, [2.5, 97.5], axis=0)
            n_sent = int(sum(sum(c) for c in g.counts))
            total_claims = sum(g.types.values())
            entry: dict[str, Any] = {
                "group": name,
                "documents": g.n_docs,
                "sentences": n_sent,
                "counts": {label: int(sum(g.counts[i])) for i, label in enumerate(ORDER)},
                "shares": {label: shares[i] for i, label in enumerate(ORDER)},
                "low": {label: float(lo[i]) for i, label in enumerate(ORDER)},
                "high": {label: float(hi[i]) for i, label in enumerate(ORDER)},
                "thin": g.n_docs < MIN_DOCS,
                "top_sources": [
                    {"name": k[0], "type": k[1], "claims": v[0], "documents": v[1]}
                    for k, v in sorted(
                        g.sources.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0])
                    )[:TOP_SOURCES]
                ],
                "source_types": {
                    t: (g.types[t] / total_claims if total_claims else 0.0) for t in ENTITY_TYPES
                },
                "entity_claims": total_claims,
                "cues": self._cues(name),
            }
            groups.append(entry)
        differences: list[dict[str, Any]] = []
        solid: list[str] = [str(g["group"]) for g in groups if not g["thin"]]
        for i, a in enumerate(solid):
            for b in solid[i + 1 :]:
                diff = boots[a] - boots[b]
                lo, hi = np.percentile(diff, [2.5, 97.5], axis=0)
                for k, label in enumerate(ORDER):
                    point = self._share(a, k) - self._share(b, k)
                    differences.append(
                        {
                            "a": a,
                            "b": b,
                            "label": label,
                            "difference": point,
                            "low": float(lo[k]),
                            "high": float(hi[k]),
                            "marked": bool(lo[k] > 0 or hi[k] < 0),
                        }
                    )
        series = []
        for (name, period), cell in sorted(self.cells.items()):
            shares, boot = self._bootstrap(cell, rng)
            lo, hi = np.percentile(boot, [2.5, 97.5], axis=0)
            series.append(
                {
                    "group": name,
                    "period": period,
                    "documents": cell.n_docs,
                    "shares": {label: shares[i] for i, label in enumerate(ORDER)},
                    "low": {label: float(lo[i]) for i, label in enumerate(ORDER)},
                    "high": {label: float(hi[i]) for i, label in enumerate(ORDER)},
                    "thin": cell.n_docs < MIN_DOCS,
                }
            )
        return {
            "group_field": self.group_field,
            "freq": self.freq,
            "date_field": self.date_field,
            "documents": self.documents,
            "failed": self.failed,
            "undated": self.undated,
            "resamples": RESAMPLES,
            "seed": SEED,
            "min_docs": MIN_DOCS,
            "groups": groups,
            "differences": differences,
            "series": series,
        }

    def _share(self, name: str, k: int) -> float:
        g = self.groups[name]
        total = sum(sum(c) for c in g.counts)
        return sum(g.counts[k]) / total if total else 0.0

    def _cues(self, name: str) -> list[dict[str, Any]]:
        """Cue words over-represented in group ``name`` against the other groups."""
        mine = self.groups[name].cues
        if len(self.groups) < 2 or not mine:
            return []
        rest: Counter[str] = Counter()
        for other, g in self.groups.items():
            if other != name:
                rest.update(g.cues)
        every = mine + rest
        n_all = sum(every.values())
        n_i, n_j = sum(mine.values()), sum(rest.values())
        out: list[dict[str, Any]] = []
        for word, total in every.items():
            a = CUE_PRIOR * total / n_all
            yi, yj = mine.get(word, 0), rest.get(word, 0)
            if yi == 0 or n_i + CUE_PRIOR - yi - a <= 0 or n_j + CUE_PRIOR - yj - a <= 0:
                continue  # absent here, or the only cue word of all groups: nothing to contrast
            delta = math.log((yi + a) / (n_i + CUE_PRIOR - yi - a)) - math.log(
                (yj + a) / (n_j + CUE_PRIOR - yj - a)
            )
            z = delta / math.sqrt(1 / (yi + a) + 1 / (yj + a))
            if z > 1.96:
                out.append({"cue": word, "z": z, "count": yi, "rest": yj})
        out.sort(key=lambda c: (-c["z"], c["cue"]))
        return out[:TOP_CUES]


# -- the page ------------------------------------------------------------------------------


def model_card(model: Any = None) -> dict[str, Any] | None:
    """The accuracy figures of the model's manifest (annotated three-way dev set), or None."""
    from framing.persistence import MANIFEST_FILE, shipped_model_dir

    folder = Path(model) if isinstance(model, str | Path) else shipped_model_dir()
    if folder.suffix == ".joblib":
        folder = folder.parent
    try:
        manifest = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
        dev = manifest["metrics"]["annotated_dev"]
        return {
            "name": manifest.get("name", folder.name),
            "accuracy": float(dev["accuracy"]),
            "macro_f1": float(dev["macro_f1"]),
            "n": int(dev["n"]),
            "f1": {label: float(dev["per_label"][label]["f1"]) for label in ORDER},
        }
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _esc(text: Any) -> str:
    return escape(str(text), quote=True)


def _pct(x: float, digits: int = 1) -> str:
    return f"{100 * x:.{digits}f}%"


_PALETTE = ("#1b5e8a", "#c2410c", "#6b21a8", "#15803d", "#a16207", "#be123c", "#0e7490")


def _shares_svg(groups: list[dict[str, Any]]) -> str:
    """Dot-and-whisker chart: one row per group, one panel per label, 95 % intervals."""
    label_w, panel_w, gap, row_h, top = 170, 200, 44, 26, 46
    w = label_w + 3 * panel_w + 2 * gap + 10
    h = top + row_h * len(groups) + 26
    p = [
        f'<svg class="shares" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" '
        'aria-labelledby="shares-title"><title id="shares-title">Share of each label per group, '
        "with 95% bootstrap intervals</title>"
    ]
    top_share = max([g["high"][lab] for g in groups for lab in ORDER] + [0.05])
    scale = min(1.0, math.ceil(top_share * 10) / 10)
    for k, label in enumerate(ORDER):
        x0 = label_w + k * (panel_w + gap)
        p.append(
            f'<text class="panel" x="{x0 + panel_w / 2}" y="16" text-anchor="middle">{label}</text>'
        )
        for t in (0, scale / 2, scale):
            x = x0 + panel_w * t / scale
            p.append(
                f'<line class="grid" x1="{x:.1f}" y1="{top - 8}" x2="{x:.1f}" '
                f'y2="{h - 22}"/><text class="tick" x="{x:.1f}" y="{h - 8}" '
                f'text-anchor="middle">{100 * t:.0f}%</text>'
            )
        for i, g in enumerate(groups):
            y = top + i * row_h + row_h / 2
            s, lo, hi = g["shares"][label], g["low"][label], g["high"][label]
            cls = f"pt {label}" + (" thin" if g["thin"] else "")
            p.append(
                f'<g class="{cls}" data-group="{_esc(g["group"])}" data-label="{label}" '
                f'data-share="{s:.6f}" data-low="{lo:.6f}" data-high="{hi:.6f}">'
                f"<title>{_esc(g['group'])}: {label} {_pct(s)} (95% interval {_pct(lo)}–"
                f"{_pct(hi)}, {g['documents']} documents)</title>"
                f'<line x1="{x0 + panel_w * lo / scale:.1f}" y1="{y:.1f}" '
                f'x2="{x0 + panel_w * hi / scale:.1f}" y2="{y:.1f}"/>'
                f'<circle cx="{x0 + panel_w * s / scale:.1f}" cy="{y:.1f}" r="4.5"/></g>'
            )
    for i, g in enumerate(groups):
        y = top + i * row_h + row_h / 2 + 4
        name = g["group"] if len(g["group"]) <= 22 else g["group"][:21] + "…"
        cls = "glabel thin" if g["thin"] else "glabel"
        p.append(
            f'<text class="{cls}" x="{label_w - 8}" y="{y:.1f}" text-anchor="end">'
            f"{_esc(name)} ({g['documents']})</text>"
        )
    p.append("</svg>")
    return "".join(p)


def _series_svg(series: list[dict[str, Any]], label: str) -> str:
    """Share of ``label`` per period, one line per group, 95 % intervals as whiskers."""
    periods = sorted({c["period"] for c in series})
    names = sorted({c["group"] for c in series})
    w, h, left, right, top, bottom = 620, 200, 48, 16, 14, 40
    pw, ph = w - left - right, h - top - bottom
    hi_all = max([c["high"][label] for c in series] + [0.05])
    scale = min(1.0, math.ceil(hi_all * 10) / 10)

    def x(i: int) -> float:
        return left + (pw * (i + 0.5) / len(periods))

    def y(v: float) -> float:
        return top + ph * (1 - v / scale)

    p = [
        f'<svg class="series" data-label="{label}" viewBox="0 0 {w} {h}" width="{w}" '
        f'height="{h}" role="img"><title>Share of {label} sentences per month</title>'
    ]
    for t in (0, scale / 2, scale):
        p.append(
            f'<line class="grid" x1="{left}" y1="{y(t):.1f}" x2="{w - right}" y2="{y(t):.1f}"/>'
            f'<text class="tick" x="{left - 6}" y="{y(t) + 4:.1f}" text-anchor="end">'
            f"{100 * t:.0f}%</text>"
        )
    every = max(1, len(periods) // 8)
    for i, period in enumerate(periods):
        if i % every == 0:
            p.append(
                f'<text class="tick" x="{x(i):.1f}" y="{h - bottom + 16}" '
                f'text-anchor="middle">{_esc(period)}</text>'
            )
    for gi, name in enumerate(names):
        colour = _PALETTE[gi % len(_PALETTE)]
        cells = {c["period"]: c for c in series if c["group"] == name}
        pts = [(periods.index(k), c) for k, c in sorted(cells.items())]
        line = " ".join(f"{x(i):.1f},{y(c['shares'][label]):.1f}" for i, c in pts)
        p.append(f'<g class="line" data-group="{_esc(name)}" style="color:{colour}">')
        p.append(f'<polyline points="{line}"/>')
        for i, c in pts:
            cls = "thin" if c["thin"] else ""
            p.append(
                f'<g class="{cls}" data-period="{_esc(c["period"])}" '
                f'data-share="{c["shares"][label]:.6f}"><title>{_esc(name)} {_esc(c["period"])}: '
                f"{_pct(c['shares'][label])} ({c['documents']} documents)</title>"
                f'<line x1="{x(i):.1f}" y1="{y(c["low"][label]):.1f}" x2="{x(i):.1f}" '
                f'y2="{y(c["high"][label]):.1f}"/><circle cx="{x(i):.1f}" '
                f'cy="{y(c["shares"][label]):.1f}" r="3"/></g>'
            )
        p.append("</g>")
    p.append("</svg>")
    keys = "".join(
        f'<span class="key"><span class="dot" style="background:{_PALETTE[i % len(_PALETTE)]}">'
        f"</span>{_esc(n)}</span>"
        for i, n in enumerate(names)
    )
    svg = "".join(p)
    return f'<figure><figcaption>{label}</figcaption>{svg}<div class="keys">{keys}</div></figure>'


def _types_svg(g: dict[str, Any]) -> str:
    """One stacked bar of the group's claims by source type."""
    w, h = 240, 16
    x = 0.0
    parts = []
    for i, t in enumerate(ENTITY_TYPES):
        share = g["source_types"][t]
        if share:
            parts.append(
                f'<rect x="{x:.1f}" y="0" width="{w * share:.1f}" height="{h}" '
                f'fill="{_PALETTE[i]}" data-type="{t}" data-share="{share:.6f}">'
                f"<title>{t}: {_pct(share)}</title></rect>"
            )
            x += w * share
    return (
        f'<svg class="types" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img">'
        f"<title>Claims by source type</title>{''.join(parts)}</svg>"
    )


_CSS = """
.grouped header,.grouped main,.grouped footer{max-width:64rem}
svg text{font:12px system-ui,sans-serif;fill:#1d1d1f}
svg .panel{font-weight:bold}
svg .grid{stroke:#d5d5dc}
svg .pt line{stroke-width:2.5}
svg .pt.fact{color:var(--fact)} svg .pt.claim{color:var(--claim)}
svg .pt.framing{color:var(--framing)}
svg .pt line,svg.series line:not(.grid){stroke:currentColor}
svg .pt circle,svg.series circle{fill:currentColor}
svg.series polyline{fill:none;stroke:currentColor;stroke-width:1.5}
svg .thin,.thin td{opacity:.35}
svg .glabel.thin{fill:#8a8a94}
.grouped table{border-collapse:collapse;margin:.4rem 0 1rem}
.grouped td,.grouped th{padding:.2rem .6rem;border-bottom:1px solid var(--rule);text-align:left}
.grouped td.num{text-align:right;font-variant-numeric:tabular-nums}
tr.thin{color:#8a8a94}
.diff.marked{font-weight:bold}
.card{border:1px solid var(--rule);border-radius:4px;padding:.5rem .8rem;background:#fafafa}
.keys{display:flex;gap:1rem;font:12px system-ui,sans-serif}
.dot{display:inline-block;width:.7rem;height:.7rem;border-radius:50%;margin-right:.3rem}
.groups{display:grid;grid-template-columns:repeat(auto-fill,minmax(19rem,1fr));gap:1rem}
.group{border:1px solid var(--rule);border-radius:4px;padding:.4rem .8rem}
.group.thin{opacity:.5}
.group h3{margin:.2rem 0;font-size:1rem}
.group ol{margin:.2rem 0;padding-left:1.3rem}
figure{margin:.5rem 0}
"""


def grouped_report(
    stats: Mapping[str, Any], title: str | None = None, card: Mapping[str, Any] | None = None
) -> str:
    """The self-contained HTML page comparing the groups of `GroupedCorpus.statistics`."""
    from framing.report._render import _json_for_script, _page

    groups = list(stats["groups"])
    field_name = stats["group_field"] or "group"
    title = title or f"Framing by {field_name}: {stats['documents']:,} documents"
    out: list[str] = [
        f'<header><h1>{_esc(title)}</h1><p class="meta">Shares of fact, claim and framing '
        f"sentences per {_esc(field_name)}</p></header><main>"
    ]
    if card:
        f1 = ", ".join(f"{lab} {card['f1'][lab]:.2f}" for lab in ORDER)
        out.append(
            '<section class="card ui" id="model-card"><b>How far to trust this.</b> Labels are '
            "a model's reading of each sentence, not a verdict. Each sentence gets the label "
            "of highest probability (argmax). On our annotated three-way dev set "
            f"({card['n']} sentences) the model ({_esc(card['name'])}) has accuracy "
            f"{card['accuracy']:.2f}, macro-F1 {card['macro_f1']:.2f} (F1: {f1}). Shares count "
            "prose and headline sentences; metadata and boilerplate lines are left out.</section>"
        )
    else:
        out.append(
            '<section class="card ui" id="model-card"><b>How far to trust this.</b> Labels are '
            "a model's reading of each sentence, not a verdict; each sentence gets the label "
            "of highest probability (argmax). The model's accuracy figures could not be read "
            "from its manifest.</section>"
        )
    out.append(
        f'<p class="meta">Intervals: 95% bootstrap over documents ({stats["resamples"]:,} '
        f"resamples, seed {stats['seed']}). Groups with fewer than {stats['min_docs']} "
        "documents are greyed out and not compared. "
        + (
            f"Documents that could not be labeled (left out): {stats['failed']:,}. "
            if stats["failed"]
            else ""
        )
        + "</p>"
    )
    if (groups and not stats["freq"]) or (stats["freq"] and stats["date_field"] != field_name):
        out.append(f"<h2>Shares per {_esc(field_name)}</h2>{_shares_svg(groups)}")
    rows = "".join(
        f'<tr class="{"thin" if g["thin"] else ""}" data-group="{_esc(g["group"])}" '
        f'data-documents="{g["documents"]}" data-sentences="{g["sentences"]}" '
        + " ".join(f'data-share-{lab}="{g["shares"][lab]:.6f}"' for lab in ORDER)
        + f"><td>{_esc(g['group'])}</td><td class=num>{g['documents']:,}</td>"
        f"<td class=num>{g['sentences']:,}</td>"
        + "".join(
            f"<td class=num>{_pct(g['shares'][lab])} <small>({_pct(g['low'][lab])}–"
            f"{_pct(g['high'][lab])})</small></td>"
            for lab in ORDER
        )
        + "</tr>"
        for g in groups
    )
    out.append(
        '<table id="groups" class="ui"><thead><tr><th>Group</th><th>Documents</th>'
        "<th>Sentences</th><th>Fact</th><th>Claim</th><th>Framing</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )
    marked = [d for d in stats["differences"] if d["marked"]]
    if stats["differences"]:
        drows = "".join(
            f'<tr class="diff{" marked" if d["marked"] else ""}" data-a="{_esc(d["a"])}" '
            f'data-b="{_esc(d["b"])}" data-label="{d["label"]}" '
            f'data-marked="{str(d["marked"]).lower()}">'
            f"<td>{_esc(d['a'])} − {_esc(d['b'])}</td><td>{d['label']}</td>"
            f"<td class=num>{100 * d['difference']:+.1f} pts</td>"
            f"<td class=num>{100 * d['low']:+.1f} to {100 * d['high']:+.1f}</td>"
            f"<td>{'different' if d['marked'] else 'not distinguishable'}</td></tr>"
            for d in stats["differences"]
        )
        out.append(
            f"<h2>Differences</h2><p class='meta'>{len(marked)} of "
            f"{len(stats['differences'])} differences have a 95% interval that excludes zero "
            "(marked bold); the others cannot be told apart from chance.</p>"
            '<table id="differences" class="ui"><thead><tr><th>Groups</th><th>Label</th>'
            "<th>Difference</th><th>95% interval</th><th></th></tr></thead>"
            f"<tbody>{drows}</tbody></table>"
        )
    if stats["series"]:
        out.append(
            "<h2>Over time (per month)</h2>"
            + (
                f"<p class='meta'>Documents without a readable date in "
                f"{_esc(stats['date_field'])} (left out of the series): "
                f"{stats['undated']:,}.</p>"
                if stats["undated"]
                else ""
            )
            + "".join(_series_svg(stats["series"], lab) for lab in ORDER)
        )
    cards = []
    for g in groups:
        srcs = "".join(
            f"<li>{_esc(s['name'])} <small>({_esc(s['type'])})</small>: {s['claims']} claim"
            f"{'s' if s['claims'] != 1 else ''} in {s['documents']} doc"
            f"{'s' if s['documents'] != 1 else ''}</li>"
            for s in g["top_sources"]
        )
        types = ", ".join(
            f"{t} {_pct(g['source_types'][t], 0)}" for t in ENTITY_TYPES if g["source_types"][t]
        )
        cues = ", ".join(
            f'<span data-cue="{_esc(c["cue"])}">{_esc(c["cue"])}</span> '
            f"<small>({c['count']})</small>"
            for c in g["cues"]
        )
        thin = " thin" if g["thin"] else ""
        cards.append(
            f'<section class="group ui{thin}" data-group="{_esc(g["group"])}">'
            f"<h3>{_esc(g['group'])}</h3>"
            + (
                f"<p>Claims by source type: {types}</p>{_types_svg(g)}"
                f"<p>Top sources</p><ol>{srcs}</ol>"
                if g["entity_claims"]
                else "<p>No source entities in the labels.</p>"
            )
            + (
                f"<p>Framing cues over-represented: {cues}</p>"
                if cues
                else "<p>No framing cue stands out against the other groups.</p>"
            )
            + "</section>"
        )
    out.append(
        f'<h2>Sources and framing cues per group</h2><div class="groups">{"".join(cards)}</div>'
    )
    out.append(
        f'<script type="application/json" id="group-data">{_json_for_script(stats)}</script></main>'
    )
    page = _page(title, "".join(out), "", "corpus grouped")
    return page.replace("</style>", _CSS + "</style>", 1)


def aggregate(
    rows: Iterable[Mapping[str, Any]],
    group_field: str | None,
    freq: str | None = None,
    date_field: str | None = None,
) -> GroupedCorpus:
    """A `GroupedCorpus` of a stream of labeled rows (documents one after another)."""
    from framing._inputs import iter_documents

    grouped = GroupedCorpus(group_field, freq, date_field)
    for _, doc_rows in iter_documents(iter(rows)):
        grouped.add_document(doc_rows)
    return grouped
