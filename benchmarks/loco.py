"""Leave-one-corpus-out selection: how a model configuration does on a corpus it never saw.

For each configuration and each corpus (the six sentence datasets and the three document
corpora MASC, IEER and GUM; ``news_articles`` documents count as the dataset they came from),
a model is fitted on the training side of every other corpus and scored (macro-F1 over our
three labels) on every annotated sentence of the corpus left out. A last row fits on all
training sides and scores our document dev set (whole MASC, IEER and GUM documents, never
trained on). Decisions are taken on the mean and on the worst row, never on a split of a
corpus the model also trains on.

    python benchmarks/loco.py --data ../shared/data [--variants base,doc] [--jobs 2]
        [--curve]   # also a learning curve of the chosen variant on the document dev set

Prints a Markdown table, the CPU seconds and the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from joblib import Parallel, delayed
from sklearn.metrics import f1_score

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from framing.datasets import annotations_dir
from framing.training import (
    ALONE_RULE,
    BARE_ONLY_GENRES,
    MAPPED_WEIGHT,
    alone_copies,
    build,
    corpus_group,
    fit_model,
)

GROUPS = (
    "polnear",
    "ptc",
    "babe",
    "webis_editorials16",
    "checkthat_subjectivity",
    "claimbuster",
    "masc",
    "ieer",
    "gum",
)
DOC_DEV = "doc-dev"

_SHIPPED: dict[str, Any] = {
    "use_doc": True,
    "C": 0.3,
    "inherited_claim": True,
    "unattributed_claim": 0.6,
    "_alone": 0.1,
}
"""The shipped configuration (`training.SHIPPED_PARAMS` with its bare copies). Before the tenth
session it had no ``unattributed_claim``: the rows of that session's tables named "shipped" were
fitted without it, and its factor was chosen on their probabilities (`--probs`; docs/
model_comparison.md)."""


def _files(first: int, stop: int) -> list[str]:
    """The annotation files train-<first>.csv .. train-<stop - 1>.csv (a wave, to leave out)."""
    return [f"train-{i:02d}.csv" for i in range(first, stop)]


VARIANTS: dict[str, dict[str, Any]] = {
    "base": {},
    "doc": {"use_doc": True},
    "attr": {"attribution_words": True},
    "doc+attr": {"use_doc": True, "attribution_words": True},
    "doc+attr+C0.5": {"use_doc": True, "attribution_words": True, "C": 0.5},
    "doc+attr+svm": {"use_doc": True, "attribution_words": True, "estimator": "linear_svm"},
    "doc+annotated": {"use_doc": True, "_annotated_only": True},
    "doc+C0.3": {"use_doc": True, "C": 0.3},
    # LABELS.md rule 1 for sentences that inherit an attribution (shipped since issue 16's
    # fourth session)
    "doc+C0.3+inh": {"use_doc": True, "C": 0.3, "inherited_claim": True},
    # with every annotated document sentence once more as a bare sentence (alone_copies)
    "doc+C0.3+inh+alone": {
        "use_doc": True,
        "C": 0.3,
        "inherited_claim": True,
        "_alone": True,
    },
    "doc+C0.3+inh+alone0.25": {
        "use_doc": True,
        "C": 0.3,
        "inherited_claim": True,
        "_alone": 0.25,
    },
    "doc+C0.3+inh+alone0.5": {
        "use_doc": True,
        "C": 0.3,
        "inherited_claim": True,
        "_alone": 0.5,
    },
    # the same without the documents we wrote ourselves for training (wave 10: their value)
    "doc+C0.3+inh-w10": {
        "use_doc": True,
        "C": 0.3,
        "inherited_claim": True,
        "_without": [f"train-{i:02d}.csv" for i in range(41, 45)],
    },
    # the same without the transcripts we wrote (wave 11, trained as bare sentences only)
    "doc+C0.3+inh-w11": {
        "use_doc": True,
        "C": 0.3,
        "inherited_claim": True,
        "_without": [f"train-{i:02d}.csv" for i in range(45, 49)],
    },
    "doc+C0.3+inh+alone0.25-w11": {
        "use_doc": True,
        "C": 0.3,
        "inherited_claim": True,
        "_alone": 0.25,
        "_without": [f"train-{i:02d}.csv" for i in range(45, 49)],
    },
    "doc+C0.3+inh+alone0.1": {
        "use_doc": True,
        "C": 0.3,
        "inherited_claim": True,
        "_alone": 0.1,
    },
    # ... and the transcripts' bare sentences at twice the weight
    "doc+C0.3+inh+alone0.25+t2": {
        "use_doc": True,
        "C": 0.3,
        "inherited_claim": True,
        "_alone": 0.25,
        "_bare_only_weight": 2.0,
    },
    # the shipped configuration (fifth session) and the same without wave 12 (opinion writing
    # we wrote for training)
    "shipped": _SHIPPED,
    "shipped-w12": {**_SHIPPED, "_without": _files(49, 52)},
    # the same without wave 13 (40 transcripts of speech we wrote, seventh session)
    "shipped-w13": {**_SHIPPED, "_without": _files(52, 57)},
    # the same without wave 14 (80 plain news documents we wrote, seventh session)
    "shipped-w14": {**_SHIPPED, "_without": _files(57, 61)},
    # the same without wave 15 (80 non-news documents we wrote, seventh session)
    "shipped-w15": {**_SHIPPED, "_without": _files(61, 67)},
    # the same without wave 16 (80 news documents of many countries and eras we wrote with the
    # model in the loop, eighth session)
    "shipped-w16": {**_SHIPPED, "_without": _files(67, 71)},
    # the same without wave 17 (80 analyses, features, editorials and partisan pages we wrote
    # with the model in the loop, eighth session)
    "shipped-w17": {**_SHIPPED, "_without": _files(71, 77)},
    # the same without wave 18 (80 local, business, arts and interview documents we wrote with
    # the model in the loop, eighth session)
    "shipped-w18": {**_SHIPPED, "_without": _files(77, 83)},
    # the same without wave 19 (45 transcripts of speech we wrote with the model in the loop,
    # trained as bare turns, eighth session)
    "shipped-w19": {**_SHIPPED, "_without": _files(83, 89)},
    # the same without wave 20 (80 reviews, campaign and organisational copy, reaction stories
    # and neutral copy we wrote with the model in the loop, ninth session)
    "shipped-w20": {**_SHIPPED, "_without": _files(89, 94)},
    # the same without wave 21 (80 travel and reference, official and scholarly, personal and
    # political documents we wrote with the model in the loop, ninth session)
    "shipped-w21": {**_SHIPPED, "_without": _files(94, 101)},
    # the same without wave 22 (30 transcripts of speech, trained as bare turns, 20
    # propaganda-style news articles and 20 editorials we wrote with the model in the loop,
    # ninth session)
    "shipped-w22": {**_SHIPPED, "_without": _files(101, 108)},
    # ... without the narrative genres of waves 23-24, without wave 25's non-news prose, without
    # all three, without wave 26's obituaries, analysis, sport and rebuttals, without wave 27's
    # obituaries, editorials, columns, broadcaster news, conflict coverage and profiles (eighteenth
    # session)
    "shipped-w23-24": {**_SHIPPED, "_without": _files(108, 119)},
    "shipped-w25": {**_SHIPPED, "_without": _files(119, 126)},
    "shipped-w23-25": {**_SHIPPED, "_without": _files(108, 126)},
    "shipped-w26": {**_SHIPPED, "_without": _files(126, 132)},
    "shipped-w27": {**_SHIPPED, "_without": _files(132, 138)},
    # ... without wave 28's editorials, columns, partisan and state-aligned news, transcripts,
    # source-heavy political news, letters, essays and blogs (nineteenth session)
    "shipped-w28": {**_SHIPPED, "_without": _files(138, 146)},
    # ... without wave 29's mainstream, partisan, wire, broadcaster, science and business news
    # (nineteenth session)
    "shipped-w29": {**_SHIPPED, "_without": _files(146, 152)},
    # ... without wave 30's non-US broadcaster and older US news, one conflict from many outlets,
    # obituaries, analysis, sport and markets, courts and councils, charged topics told plainly
    # (twentieth session)
    "shipped-w30": {**_SHIPPED, "_without": _files(152, 157)},
    # ... without wave 31's broadcaster desks of 2004-05, controversial topics across outlets, a
    # second conflict, US wire 1960-90, science and health, local news outside the US and UK
    # (twenty-first session)
    "shipped-w31": {**_SHIPPED, "_without": _files(157, 161)},
    # without wave 32 (train-161..164): rural broadcast news outside the US 2000-09, US papers
    # 1900-59, a maritime crisis seen from many countries, online news 2023-25, opinion pages,
    # police, court and emergency releases (twenty-second session)
    "shipped-w32": {**_SHIPPED, "_without": _files(161, 165)},
    # without wave 33 (train-165..167): international wire copy, European and Asian online
    # news, features and analysis, old-press columns 1900-65 (twenty-second session)
    "shipped-w33": {**_SHIPPED, "_without": _files(165, 168)},
    # without wave 34 (train-168..172): science and health news, local news, business news
    # outside the US, political news worldwide, the press outside the US 1920-85, conflict and
    # humanitarian coverage (twenty-third session)
    "shipped-w34": {**_SHIPPED, "_without": _files(168, 173)},
    # without wave 35 (train-173..177): sports news, arts and culture news, broadcast copy,
    # state media, US local crime and courts, analysis and opinion 1970-2025 (twenty-third
    # session)
    "shipped-w35": {**_SHIPPED, "_without": _files(173, 178)},
    # without wave 36 (train-178..183): transcripts of political speech, editorials and
    # op-eds, blogs, letters and essays, official and institutional text, US political news,
    # partisan web articles (twenty-third session)
    "shipped-w36": {**_SHIPPED, "_without": _files(178, 184)},
    # without wave 37 (train-184..187): a UK public broadcaster's web news 2002-09, broadcast
    # news outside the US 1998-2012, US newspapers 1890-1965, one crisis told by ten outlets,
    # dramatic events told plainly, mainstream news 2019-25 (twenty-fourth session)
    "shipped-w37": {**_SHIPPED, "_without": _files(184, 188)},
    # without wave 38 (train-188..193): candidate debate transcripts, one US story told left
    # and right, everyday non-news prose, international opinion 2012-19, community-written
    # news, fringe and propaganda sites (twenty-fourth session)
    "shipped-w38": {**_SHIPPED, "_without": _files(188, 194)},
    # without wave 39 (train-194..198): a campaign year's coverage, court reporting, markets
    # and business data, science and university news, travel writing and biographies,
    # regional and rural news 1952-2011 (twenty-fourth session)
    "shipped-w39": {**_SHIPPED, "_without": _files(194, 199)},
    # without wave 40 (train-199..203): international conflict and diplomacy from many
    # countries' outlets, UK web and regional news 2000-12, news analysis and columns that are
    # mostly background, disasters and emergencies 1985-2023, US metro and wire news 1963-88,
    # opinion from outside the US and UK (twenty-fifth session)
    "shipped-w40": {**_SHIPPED, "_without": _files(199, 204)},
    # without wave 41 (train-204..209): a public broadcaster's website 2003-07, editorials and
    # op-eds 2008-16, political speech and debate transcripts 1960-2016, hyperpartisan and
    # propaganda-style sites, mixed non-news prose, news briefs from Asia, Africa and Latin
    # America 1990-2010 (twenty-fifth session)
    "shipped-w41": {**_SHIPPED, "_without": _files(204, 210)},
    # without wave 43 (train-217..222): letters of charities, co-ops and colleges, blog posts,
    # government documents, long-form essays, journal articles, travel guides: the kinds of
    # MASC's written genres (twenty-sixth session)
    "shipped-w43": {**_SHIPPED, "_without": _files(217, 223)},
    # the regularisation again with the fifth session's data
    "shipped-C0.15": {"use_doc": True, "C": 0.15, "inherited_claim": True, "_alone": 0.1},
    "shipped-C0.6": {"use_doc": True, "C": 0.6, "inherited_claim": True, "_alone": 0.1},
    "shipped-C0.45": {**_SHIPPED, "C": 0.45},  # again with the ninth session's data
    # the bare copies and the transcripts' bare turns weighed again with the ninth session's data
    "shipped-alone0.2": {**_SHIPPED, "_alone": 0.2},
    "shipped-t2": {**_SHIPPED, "_bare_only_weight": 2.0},
    # every corpus group's weight times (median group size / its size) ** power, within
    # [1/3, 3] (tenth session): the small corpora count for more, the large ones for less
    "shipped-gb0.5": {**_SHIPPED, "_group_power": 0.5},
    "shipped-gb1": {**_SHIPPED, "_group_power": 1.0},
    # word n-grams seen in at least two (three) of the training corpus groups only (tenth
    # session): n-grams of one corpus's topics and house style left out
    "shipped-xv2": {**_SHIPPED, "_min_groups": 2},
    "shipped-xv3": {**_SHIPPED, "_min_groups": 3},
    # word n-grams counted with names and numbers masked (tenth session; twenty-seventh: ahead
    # on this table, behind on our fresh whole articles, not shipped)
    "shipped-mask": {**_SHIPPED, "mask_names": True},
    # the document signals read through the sentence (eleventh session)
    "shipped-ix-own": {**_SHIPPED, "doc_interactions": "own"},
    "shipped-ix-own+eval": {**_SHIPPED, "doc_interactions": "own+eval"},
    # the datasets' mapped labels at other weights (seventeenth session; shipped: 0.3)
    "shipped-annotated": {**_SHIPPED, "_annotated_only": True},
    "shipped-m0.1": {**_SHIPPED, "_mapped_weight": 0.1},
    "shipped-m0.6": {**_SHIPPED, "_mapped_weight": 0.6},
    "doc+C3": {"use_doc": True, "C": 3.0},
    "doc+unbalanced": {"use_doc": True, "class_weight": None},
    # the shipped configuration without the annotations of waves 8 and 9 (their value)
    "doc+C0.3-w89": {
        "use_doc": True,
        "C": 0.3,
        "_without": [f"train-{i:02d}.csv" for i in range(24, 41)],
    },
}
SETTLE = {"doc+settle": ({"use_doc": True}, True)}


def held_out(group: str, dev: list, everything: list) -> list:
    """The sentences a row scores: our document dev set for ``DOC_DEV``, else every annotated
    sentence of the corpus ``group``."""
    if group == DOC_DEV:
        return [ex for ex in dev if ex.dataset in ("masc", "ieer", "gum")]
    return [ex for ex in everything if corpus_group(ex) == group and ex.annotation]


def _score(
    variant: str, group: str, train: list, test: list, settle: bool, keep_probs: bool = False
) -> dict:
    params = dict(VARIANTS[variant] if variant in VARIANTS else SETTLE[variant][0])
    fit_on = [ex for ex in train if corpus_group(ex) != group] if group != DOC_DEV else train
    if params.pop("_annotated_only", False):  # our labels only: no dataset mapping
        fit_on = [ex for ex in fit_on if ex.annotation]
    without = params.pop("_without", None)  # leave out these annotation files' sentences
    if without:
        drop = set()
        for name in without:
            with open(annotations_dir() / "docs" / name, encoding="utf-8") as fh:
                drop.update(line.split(",", 1)[0] for line in fh)
        fit_on = [ex for ex in fit_on if ex.id not in drop]
    bare_weight = params.pop("_bare_only_weight", None)  # the transcripts' weight (wave 11)
    if bare_weight:
        fit_on = [
            replace(ex, rule=f"{ALONE_RULE}@{bare_weight}")
            if ex.original in BARE_ONLY_GENRES
            else ex
            for ex in fit_on
        ]
    alone = params.pop("_alone", 0.0)  # bare copies of the training side's document sentences
    if alone:
        fit_on = [*fit_on, *alone_copies(fit_on, float(alone))]
    started = time.process_time()
    power = params.pop("_group_power", None)
    group_weights = _group_weights(fit_on, float(power)) if power else None
    min_groups = params.pop("_min_groups", None)
    if min_groups:
        params["vocabulary"] = cross_corpus_vocabulary(fit_on, int(min_groups))
    mapped_weight = float(params.pop("_mapped_weight", MAPPED_WEIGHT))
    model, _ = fit_model(
        fit_on, params, settle_rows=settle, group_weights=group_weights, mapped_weight=mapped_weight
    )
    pred = list(model.predict([ex.input for ex in test]))
    gold = [ex.annotation for ex in test]
    # the same sentences read alone: what ``predict`` on a plain string sees
    bare = list(model.predict([ex.input.text for ex in test]))
    row: dict[str, Any] = {
        "variant": variant,
        "group": group,
        "macro_f1": round(float(f1_score(gold, pred, average="macro")), 4),
        "macro_f1_alone": round(float(f1_score(gold, bare, average="macro")), 4),
        "n": len(test),
        "cpu_s": round(time.process_time() - started, 1),
    }
    if keep_probs:  # for choosing a decision rule on held-out corpora afterwards
        row["classes"] = [str(c) for c in model.classes_]
        row["probs"] = model.predict_proba([ex.input for ex in test]).round(5).tolist()
        row["gold"] = gold
        row["attribution"] = [ex.input.attribution for ex in test]
        # and read alone (bare strings), for rules on the bare reading
        row["probs_alone"] = model.predict_proba([ex.input.text for ex in test]).round(5).tolist()
    return row


def _group_weights(train: list, power: float) -> dict[str, float]:
    """(median group size / group size) ** power for each corpus group, within [1/3, 3]."""
    import statistics
    from collections import Counter

    sizes = Counter(corpus_group(ex) for ex in train if ex.annotation or ex.mapped)
    mid = statistics.median(sizes.values())
    return {g: min(3.0, max(1 / 3, (mid / n) ** power)) for g, n in sizes.items()}


def cross_corpus_vocabulary(
    train: list, min_groups: int, min_df: int = 2, max_features: int = 200_000
) -> list[str]:
    """The word 1-2-grams of the training sentences found in at least ``min_groups`` corpus
    groups and ``min_df`` sentences; the ``max_features`` most frequent, sorted."""
    from collections import Counter, defaultdict

    from sklearn.feature_extraction.text import TfidfVectorizer

    analyse = TfidfVectorizer(ngram_range=(1, 2), lowercase=True).build_analyzer()
    df: Counter = Counter()
    total: Counter = Counter()
    groups: dict[str, set[str]] = defaultdict(set)
    for ex in train:
        if not (ex.annotation or ex.mapped):
            continue
        grams = analyse(ex.input.text)
        total.update(grams)
        unique = set(grams)
        df.update(unique)
        groups[corpus_group(ex)].update(unique)
    seen: Counter = Counter()
    for grams in groups.values():
        seen.update(grams)
    kept = [g for g, n in seen.items() if n >= min_groups and df[g] >= min_df]
    kept.sort(key=lambda g: (-total[g], g))
    return sorted(kept[:max_features])


def _curve_point(variant: str, share: float, train: list, test: list) -> dict:
    """Fit ``variant`` on ``share`` of the training documents (a fixed draw), score doc-dev."""
    import random

    docs = sorted({ex.doc_id for ex in train})
    keep = set(random.Random(0).sample(docs, max(1, round(share * len(docs)))))
    row = _score(variant, DOC_DEV, [ex for ex in train if ex.doc_id in keep], test, False)
    row["share"] = share
    row["train_n"] = sum(1 for ex in train if ex.doc_id in keep)
    return row


def _print_table(table: dict, variants: list[str], groups: list[str], key: str) -> None:
    """A Markdown table of one score (``key``) per held-out group and variant, with the mean
    and the worst row."""
    print("| held out | n | " + " | ".join(variants) + " |")
    print("|---|---|" + "---|" * len(variants))
    for g in groups:
        n = table[(variants[0], g)]["n"]
        cells = [f"{table[(v, g)][key]:.3f}" for v in variants]
        print(f"| {g} | {n:,} | " + " | ".join(cells) + " |")
    for name, fn in (("mean", lambda xs: sum(xs) / len(xs)), ("worst", min)):
        cells = [f"{fn([table[(v, g)][key] for g in groups]):.3f}" for v in variants]
        print(f"| **{name}** | | " + " | ".join(cells) + " |")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--variants", default="base,doc,attr,doc+attr")
    ap.add_argument("--groups", default=",".join((*GROUPS, DOC_DEV)))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", type=Path, help="also write the rows as JSON here")
    ap.add_argument(
        "--probs", action="store_true", help="with --out: each row's probabilities and gold labels"
    )
    ap.add_argument("--curve", help="learning curve of this variant on doc-dev, then stop")
    args = ap.parse_args()
    t0, load0 = time.process_time(), os.getloadavg()[0]
    train, dev = build(args.data)
    everything = [*train, *dev]
    if args.curve:
        test = [ex for ex in dev if ex.dataset in ("masc", "ieer", "gum")]
        points = Parallel(n_jobs=args.jobs)(
            delayed(_curve_point)(args.curve, share, train, test)
            for share in (0.1, 0.25, 0.5, 0.75, 1.0)
        )
        print(f"| share of training documents | sentences | doc-dev macro-F1 ({args.curve}) |")
        print("|---|---|---|")
        for p in points:
            print(f"| {p['share']:.0%} | {p['train_n']:,} | {p['macro_f1']:.3f} |")
        return
    tasks = []
    for variant in args.variants.split(","):
        settle = variant in SETTLE and SETTLE[variant][1]
        for group in args.groups.split(","):
            test = held_out(group, dev, everything)
            tasks.append((variant, group, train, test, settle, args.probs))
    rows = Parallel(n_jobs=args.jobs)(delayed(_score)(*t) for t in tasks)
    variants = list(dict.fromkeys(r["variant"] for r in rows))
    groups = list(dict.fromkeys(r["group"] for r in rows))
    table = {(r["variant"], r["group"]): r for r in rows}
    _print_table(table, variants, groups, "macro_f1")
    print("\nThe same sentences read alone (bare strings, no document):\n")
    _print_table(table, variants, groups, "macro_f1_alone")
    cpu = time.process_time() - t0 + sum(r["cpu_s"] for r in rows)
    print(
        f"\n{len(rows)} fits; {cpu:,.0f} CPU s; load average {load0:.2f} -> "
        f"{os.getloadavg()[0]:.2f}"
    )
    if args.out:
        args.out.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
