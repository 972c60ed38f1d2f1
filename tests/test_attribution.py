"""Attribution spans (framing.attribution) on sentences written for these tests.

One golden case per pattern of the issue (X said / said X / appositions / according to /
quotes with the tag after or in the middle / running quotations / nesting / several
attributions / hearsay / speaker tags / pronoun resolution), quotation states, invariants
(every span maps back to the text) and a PolNeAR sample that is skipped without the shared data.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from framing.attribution import (
    COGNITION_VERBS,
    CUE_PHRASES,
    DOCUMENT_NOUNS,
    HEARSAY_ADVERBS,
    HEARSAY_PARTICIPLES,
    MAX_QUOTE_SENTENCES,
    PRONOUN_SOURCES,
    REPORTING_VERBS,
    TITLES,
    VAGUE_SOURCES,
    find_attributions,
    quotation_index,
    quote_states,
)
from framing.segmentation import split_sentences
from framing.types import Attribution

_SPLIT_RE = re.compile(r"[^\s].*?(?:[.!?]+[\"”’']*(?=\s)|[.!?]+[\"”’']*$|:(?=\n)|$)", re.M)


def split(text: str) -> list[tuple[int, int]]:
    """A trivial splitter for the tests: after . ! ? (and closing quotes), at line ends."""
    return [(m.start(), m.end()) for m in _SPLIT_RE.finditer(text) if m.group().strip()]


def attribs(text: str) -> list[list[Attribution]]:
    return find_attributions(text, split(text))


def main(text: str) -> tuple[str | None, str]:
    """(source, cue) of the main attribution of a one-sentence text."""
    [atts] = attribs(text)
    assert atts, f"no attribution in {text!r}"
    a = atts[0]
    return (a.source.text if a.source else None, a.cue.text)


def test_splitter_used_by_these_tests() -> None:
    text = "One. “Two,” he said. Three?\n“Four.”"
    assert [text[a:b] for a, b in split(text)] == ["One.", "“Two,” he said.", "Three?", "“Four.”"]


# ------------------------------------------------------------------------------ golden cases

GOLDEN = [
    # X said / X said that
    ("Maria Novak said the hospital would close in May.", "Maria Novak", "said"),
    ("Officials said the bridge had been closed since Friday.", "Officials", "said"),
    ("Sources close to the talks say a deal is near.", "Sources close to the talks", "say"),
    # said X (inverted, after a quotation)
    (
        "“The hospital will close,” said Maria Novak, the health minister.",
        "Maria Novak, the health minister",
        "said",
    ),
    # X, the minister, said
    (
        "Maria Novak, the health minister, said the hospital would close.",
        "Maria Novak, the health minister",
        "said",
    ),
    (
        "Tom Reilly, 52, of Dayton, Ohio, said he had voted for the mayor twice.",
        "Tom Reilly, 52, of Dayton, Ohio",
        "said",
    ),
    # according to X
    (
        "According to a June survey by the statistics office, rents have risen for the fifth "
        "year in a row.",
        "a June survey by the statistics office",
        "According to",
    ),
    (
        "Rents have risen for the fifth year, according to the statistics office.",
        "the statistics office",
        "according to",
    ),
    # quotation first, tag after it
    ("“The port stays closed,” the mayor told reporters.", "the mayor", "told reporters"),
    ("“We will not back down,” she said.", "she", "said"),
    # tag in the middle of the quotation
    ("“We will not back down,” she said, “and we will win.”", "she", "said"),
    # pronoun and date
    (
        "On Friday, she stated that 300 teachers quit the district every year.",
        "she",
        "stated",
    ),
    # auxiliaries, adverbs and catenatives belong to the cue
    (
        "The minister has continued to emphasize that the wards are safe.",
        "The minister",
        "has continued to emphasize",
    ),
    ("The company maintains that it did nothing wrong.", "The company", "maintains"),
    ("The mayor also told the council that the budget was balanced.", "The mayor", "also told"),
    ("The governor went on to say that taxes would fall.", "The governor", "went on to say"),
    ("The senator pointed out that the law was never enforced.", "The senator", "pointed out"),
    # documents, polls and organisations as sources
    ("A new survey by the university shows support for the plan.", None, "shows"),
    ("The agency estimates that 4,000 nurses leave each month.", "The agency", "estimates"),
    # cognition
    ("Most economists believe the rate will rise again.", "Most economists", "believe"),
    # citing: the main subject speaks
    (
        "The senator has seized on the figures, citing data from the state comptroller.",
        "The senator",
        "citing",
    ),
    # relative clause: the source is the relative pronoun
    ("The plan was drafted by Ana Ruiz, who said it would save money.", "who", "said"),
    # hearsay: a cue without a source
    ("Last winter, 900 homes are said to have lost power.", None, "are said to"),
    ("The senator reportedly met the lobbyists twice.", None, "reportedly"),
    ("It is understood that the talks will resume.", None, "It is understood"),
    # speaker tag
    ("NOVAK: We will not back down.", "NOVAK", ":"),
    ("Mayor Ruiz: Budget Cuts Are Coming.", "Mayor Ruiz", ":"),
    # passive with an agent
    ("The plan was first reported by the Daily Ledger.", "the Daily Ledger", "was first reported"),
]


@pytest.mark.parametrize(("text", "source", "cue"), GOLDEN, ids=[g[0][:40] for g in GOLDEN])
def test_golden(text: str, source: str | None, cue: str) -> None:
    got_source, got_cue = main(text)
    assert got_cue == cue
    if source is None and got_source is not None:
        # documents may come with a source phrase; only require it be the right one
        assert cue == "shows" and "survey" in got_source
    else:
        assert got_source == source


NONE = [
    "The council approved the budget on Thursday by 9 votes to 2.",
    "Lisbon has a population of about half a million.",
    "The bank's shares ended the day 3 percent higher.",
    "The report was published in March.",
    "His claims about the budget were widely shared.",
    "The states will vote in November.",
    "The closures point to a deeper malaise in the region's schools.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_attribution(text: str) -> None:
    assert attribs(text) == [[]]


def test_nested_attribution_main_first() -> None:
    [atts] = attribs("The minister said the mayor told him the hospital would close.")
    assert [(a.source.text if a.source else None, a.cue.text) for a in atts] == [
        ("The minister", "said"),
        ("the mayor", "told"),
    ]


def test_several_attributions_all_listed() -> None:
    [atts] = attribs(
        "The minister said the plan was sound, while critics argued that it would fail."
    )
    assert [(a.source.text if a.source else None, a.cue.text) for a in atts] == [
        ("The minister", "said"),
        ("critics", "argued"),
    ]


def test_main_attribution_is_outside_the_quotation() -> None:
    [atts] = attribs("“I think we will win,” the coach said.")
    assert (atts[0].source.text, atts[0].cue.text) == ("the coach", "said")
    assert [a.cue.text for a in atts[1:]] == ["think"]


def test_sentence_initial_participle_is_not_main() -> None:
    [atts] = attribs("Asked about the strike, the minister said the talks would resume.")
    assert (atts[0].source.text, atts[0].cue.text) == ("the minister", "said")


def test_spans_are_whole_text_offsets() -> None:
    text = "Intro sentence here.\n\n“The hospital will close,” said Maria Novak."
    for atts in attribs(text):
        for a in atts:
            for span in (a.cue, a.source, a.source_resolved):
                if span is not None:
                    assert text[span.start : span.end] == span.text


# ----------------------------------------------------------------------- running quotations


def test_quotation_attributed_at_its_end() -> None:
    text = "“We will not back down. The strike goes on. Nobody can stop us,” the union leader said."
    rows = attribs(text)
    assert len(rows) == 3
    for row in rows[:2]:
        assert row[0].inherited
        assert (row[0].source.text, row[0].cue.text) == ("the union leader", "said")
    assert not rows[2][0].inherited
    assert rows[0][0].cue == rows[2][0].cue  # same span object values, in the third sentence


def test_quote_only_verbs_need_a_closed_quotation() -> None:
    text = "“The strike goes on. Nobody can stop us,” she continued."
    rows = attribs(text)
    assert [(a.cue.text, a.inherited) for a in rows[0]] == [("continued", True)]
    assert [(a.cue.text, a.inherited) for a in rows[1]] == [("continued", False)]
    assert attribs("The strike goes on.") == [[]]
    assert attribs("Prices continued to rise.") == [[]]


def test_quotation_attributed_at_its_start() -> None:
    text = "The union leader said: “We will not back down. The strike goes on.”"
    rows = attribs(text)
    assert (rows[0][0].source.text, rows[0][0].inherited) == ("The union leader", False)
    assert rows[1][0].inherited and rows[1][0].cue.text == "said"


def test_multi_paragraph_quotation_reopens_without_closing() -> None:
    text = (
        "“We will not back down,” said Ana Petrova, the union leader. “The strike goes on.\n\n"
        "“Nobody can stop us. We have the numbers.\n\n"
        "“This is our hour.”\n\n"
        "The talks resume on Monday."
    )
    sents = split(text)
    rows = find_attributions(text, sents)
    states = quote_states(text, sents)
    assert states == [False, True, True, True, True, False]
    for row in rows[1:5]:
        assert row and row[0].inherited and row[0].source.text.startswith("Ana Petrova")
    assert rows[5] == []


def test_next_paragraph_quote_continues_same_speaker() -> None:
    text = "“We will win,” she said.\n\n“Nobody can stop us.”"
    rows = attribs(text)
    assert rows[1][0].inherited and rows[1][0].source.text == "she"


def test_speaker_tag_lines_inherit() -> None:
    text = "NOVAK: We will not back down. The strike goes on.\nThe talks resume on Monday."
    sents = split(text)
    rows = find_attributions(text, sents)
    assert (rows[0][0].source.text, rows[0][0].cue.text) == ("NOVAK", ":")
    assert rows[1][0].inherited and rows[1][0].source.text == "NOVAK"
    assert rows[2] == []
    assert quote_states(text, sents) == [False, True, False]


def test_colon_introduces_a_block_quote() -> None:
    text = "The minister wrote:\nThe wards are safe. The staff are ready.\nShe left on Friday."
    rows = attribs(text)
    assert [bool(r) and r[0].inherited for r in rows] == [False, True, True, False]
    assert quote_states(text, split(text)) == [False, True, True, False]
    plain = "The plan has three parts:\nThe wards are safe. The staff are ready."
    assert quote_states(plain, split(plain)) == [False, False, False]
    assert all(not r for r in attribs(plain))


# ----------------------------------------------------------------------------- quote_states


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“One. Two,” she said. Three.", [True, True, False]),
        ('"One. Two," she said. Three.', [True, True, False]),
        ("''One. Two,'' she said. Three.", [True, True, False]),
        ("She said “one.” Two. Three.", [False, False, False]),
        ("No quotes. At all.", [False, False]),
    ],
)
def test_quote_states_simple(text: str, expected: list[bool]) -> None:
    assert quote_states(text, split(text)) == expected


def test_quote_states_reset_at_paragraph_without_reopening() -> None:
    # unbalanced: the break does not reopen, and no closing mark follows
    text = "He said “one. Two.\n\nThree. Four."
    assert quote_states(text, split(text)) == [True, True, False, False]
    # a closing mark more than MAX_QUOTE_SENTENCES after the opening closes nothing
    text = "He said “one. Two.\n\n" + "More. " * 8 + "End.”"
    assert quote_states(text, split(text)) == [True, True] + [False] * 9


def test_quote_states_run_on_to_a_closing_mark_after_a_break() -> None:
    # the quotation goes on in the new paragraph without its opening mark (scraped copy drops
    # it) and closes within three sentences: all of it is quoted (fourteenth session: 1,380 of
    # the 1,418 annotated sentences this reads as quoted are claims)
    text = "He said “one. Two.\n\nThree. Four.”"
    assert quote_states(text, split(text)) == [True, True, True, True]


def test_quote_states_capped() -> None:
    body = " ".join(f"Sentence {i}." for i in range(20))
    text = "“" + body
    states = quote_states(text, split(text))
    assert states[:MAX_QUOTE_SENTENCES] == [True] * MAX_QUOTE_SENTENCES
    assert not any(states[MAX_QUOTE_SENTENCES:])


def test_quote_states_cap_waits_for_a_close_in_the_paragraph() -> None:
    body = " ".join(f"Sentence {i}." for i in range(12))
    text = "“" + body + "” he said. After."
    states = quote_states(text, split(text))
    assert states == [True] * 12 + [False, False]


def test_quote_states_empty() -> None:
    assert quote_states("", []) == []
    assert find_attributions("", []) == []


# ------------------------------------------------------------------------ pronoun resolution


def test_pronoun_resolves_to_previous_source() -> None:
    text = "Maria Novak, the health minister, said the ward would close. She said it was safe."
    rows = attribs(text)
    a = rows[1][0]
    assert a.source.text == "She"
    assert a.source_resolved is not None
    assert a.source_resolved.text == "Maria Novak, the health minister"


def test_pronoun_resolves_to_subject_name() -> None:
    text = "Maria Novak visited the hospital on Monday. She said the ward would stay open."
    a = attribs(text)[1][0]
    assert a.source_resolved is not None and a.source_resolved.text == "Maria Novak"


def test_pronoun_gender_filter() -> None:
    text = "Mrs. Anna Berg met Peter Hall in Vienna. He said the deal was done."
    a = find_attributions(text, [(0, 40), (41, len(text))])[1][0]
    assert a.source_resolved is not None and a.source_resolved.text == "Peter Hall"


def test_relative_pronoun_resolves_to_antecedent() -> None:
    a = attribs("The plan was drafted by Ana Ruiz, who said it would save money.")[0][0]
    assert a.source_resolved is not None and a.source_resolved.text == "Ana Ruiz"


def test_named_source_is_not_resolved() -> None:
    a = attribs("Maria Novak said the ward would close.")[0][0]
    assert a.source_resolved is None


# ------------------------------------------------------------------------------- lexicons


def test_lexicons_cover_inflections() -> None:
    for form in ("say", "says", "said", "saying", "told", "argued", "denies", "emphasizing"):
        assert form in REPORTING_VERBS
    for form in ("believes", "thought", "fearing"):
        assert form in COGNITION_VERBS
    assert "reportedly" in HEARSAY_ADVERBS and "said" in HEARSAY_PARTICIPLES
    assert "according to" in CUE_PHRASES
    assert {"officials", "sources", "critics"} <= VAGUE_SOURCES
    assert {"minister", "spokeswoman", "sen"} <= TITLES
    assert {"report", "poll", "survey"} <= DOCUMENT_NOUNS
    assert {"he", "she", "they"} <= PRONOUN_SOURCES
    for lexicon in (REPORTING_VERBS, COGNITION_VERBS, VAGUE_SOURCES, TITLES, DOCUMENT_NOUNS):
        assert isinstance(lexicon, frozenset)
        assert all(w == w.lower() for w in lexicon)


# ----------------------------------------------------------------------------- invariants

_PIECES = st.sampled_from(
    [
        "Maria Novak said",
        "“We will win,”",
        '"No,"',
        "she told reporters",
        "according to the bank",
        "officials say",
        "the minister, who",
        "reportedly",
        "NOVAK:",
        "''Yes,''",
        "the plan",
        ".",
        ",",
        "\n\n",
        "”",
        "“",
        "he added.",
        "It is said to",
        "Über",
        "—",
        " ",
        "‘",
        "’",
        "'",
        "'We",
        "workers’",
        "won,’",
        "— Ann Ruiz (@annruiz) May 2, 2019",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=30).map(" ".join))
@example("“")
@example("” said.")
@example("\n\n“A. B.\n\nC.”")
def test_invariants(text: str) -> None:
    sents = split(text)
    rows = find_attributions(text, sents)
    states = quote_states(text, sents)
    assert len(rows) == len(states) == len(sents)
    for row in rows:
        for a in row:
            assert a.cue.text and text[a.cue.start : a.cue.end] == a.cue.text
            for span in (a.source, a.source_resolved):
                if span is not None:
                    assert text[span.start : span.end] == span.text
        own = [a for a in row if not a.inherited]
        assert row[: len(row) - len(own)] == [a for a in row if a.inherited]  # inherited first
    # the quotation index's intervals (double and single marks) are sorted and disjoint, as
    # `QuoteIndex.inside` bisects them
    ivs = quotation_index(text, sents).intervals
    assert all(a < b or (a == b and f <= last) for a, b, f, last in ivs)
    assert all(ivs[i][1] <= ivs[i + 1][0] for i in range(len(ivs) - 1))


def test_accepts_any_sequence_of_pairs() -> None:
    text = "Maria Novak said it."
    assert find_attributions(text, ((0, len(text)),)) == find_attributions(text, [[0, len(text)]])


def test_accepts_numpy_offsets() -> None:
    """Offsets as numpy integers (rows of an array) are taken like ints, also by a compiled
    build (tools/build_compiled.py), whose functions check their annotated types."""
    np = pytest.importorskip("numpy")
    text = "The harbour master said the pier would close. It stays shut."
    spans = [(0, 45), (46, len(text))]
    expected = find_attributions(text, spans)
    assert expected[0]  # the test means something only with an attribution found
    assert find_attributions(text, np.array(spans)) == expected
    assert quote_states(text, np.array(spans)) == quote_states(text, spans)


# ------------------------------------------------------------------------- PolNeAR sample


def _benchmark_module():  # the benchmark's loader and scorer, reused on a small sample
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "attribution_polnear.py"
    spec = importlib.util.spec_from_file_location("attribution_polnear", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("attribution_polnear", mod)
    spec.loader.exec_module(mod)
    return mod


def test_polnear_sample(shared_data: Path) -> None:
    bench = _benchmark_module()
    docs = bench.load_docs(shared_data, "train")[:40]
    res = bench.evaluate(docs)
    src, cue = res["groups"]["all"]
    assert src.n_gold > 300 and cue.n_gold > 300
    # well below the full-train figures (~0.91 / 0.92): a guard against regressions
    assert src.prf("overlap")[2] > 0.8
    assert cue.prf("overlap")[2] > 0.85


def test_benchmark_exits_cleanly_without_data(tmp_path: Path, capsys) -> None:
    bench = _benchmark_module()
    assert bench.main(["--data", str(tmp_path)]) == 2
    assert "not found" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # British style: a quotation in single marks runs over sentences like a double-marked one
        (
            "‘We will not back down. The strike is over. We have won,’ she said. Talks resume.",
            [True, True, True, False],
        ),
        ("'We don't know. It is too early,' the chief said. Talks resume.", [True, True, False]),
        # apostrophes are no quotation marks: contractions, plurals, decades, a fragment's marks
        (
            "The workers’ union called the plan ‘a disaster’. It was the ‘90s. Talks resume.",
            [False, False, False],
        ),
        (
            "Select 'I agree' or 'Manage settings' for more. You can change them. Thanks.",
            [False, False, False],
        ),
        # a single-marked quotation nested in a double-marked one is the double one's
        ("“He told me ‘never again’. Then he left,” she said. Talks resume.", [True, True, False]),
    ],
)
def test_quote_states_single_marks(text: str, expected: list[bool]) -> None:
    assert quote_states(text, split(text)) == expected


def test_quote_states_plural_possessive_inside_single_marks() -> None:
    text = (
        "A spokeswoman said: 'We understand residents' frustration. The work begins in spring. "
        "We will keep tenants informed.' Talks resume."
    )
    assert quote_states(text, split(text)) == [True, True, True, False]


def test_quote_states_run_on_closes_up_to_the_cap_after_a_break() -> None:
    # the paragraph-opening marks dropped, the closing mark five sentences after the break
    text = 'He said "one. Two.\n\nThree. Four.\n\nFive. Six. Seven." Talks resume.'
    assert quote_states(text, split(text)) == [True] * 7 + [False]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an embedded post: its lines before the signature are the account holder's
        (
            "The mayor has tweeted about the vote.\n"
            "A shameful day for our city!\n"
            "We will fight this in court.\n"
            "— Ann Ruiz (@annruiz) May 2, 2019\n"
            "The council did not respond.",
            ["The mayor", "Ann Ruiz", "Ann Ruiz", None, None],
        ),
        # the post's text before the dash on the signature's own line
        (
            "The mayor replied within the hour.\n"
            "We will fight this. — Ann Ruiz (@annruiz) May 2, 2019",
            ["The mayor", "Ann Ruiz"],
        ),
        # the walk back stops where the post would grow longer than a post can be (280)
        (
            "The council met on Monday. "
            + "It discussed the budget at very great length. " * 8
            + "\n— Ann Ruiz (@annruiz) May 2, 2019",
            [None] * 3 + ["Ann Ruiz"] * 6 + [None],  # six sentences of 45 characters
        ),
        # a post written on the signature's own line does not reach the line above
        (
            "The bill passed by 312 votes to 41.\n"
            "This is a disgrace. — Jane Roe (@janeroe) May 1, 2017",
            [None, "Jane Roe"],
        ),
        # and at a sentence that introduces the post, whose speaker it has already
        (
            "She posted this on Sunday:\nVote no!\n— Ann Ruiz (@annruiz) May 2, 2019",
            ["She", "She", None],
        ),
        # a handle in a sentence is no signature
        ("Write to @annruiz (@annruiz) today. She said she would reply.", [None, "She"]),
    ],
)
def test_embedded_posts(text: str, expected: list[str | None]) -> None:
    found = find_attributions(text, split_sentences(text))
    got = [f[0].source.text if f and f[0].source else None for f in found]
    assert got == expected
