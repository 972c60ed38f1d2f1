"""Line kinds (`framing.kinds`): header, byline, contact and navigation lines are not prose."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from framing.kinds import FEATURE_NAMES, KINDS, line_features, sentence_kinds
from framing.segmentation import split_sentences
from framing.types import Analysis, Sentence

DOC = (
    "Publisher: Harbour News Agency\n"
    "Subtitle: Councillors back the new quay after a long debate\n\n"
    "The council approved the new quay on Tuesday by 31 votes to 9. "
    "Work will start in the spring and should take two years. "
    "The mayor said the quay would bring 400 jobs to the town.\n\n"
    "Email the newsdesk at desk@example.org\n"
    "Read more: Quay history in pictures\n"
    "Share this article"
)


def _kinds(text: str) -> list[tuple[str, str]]:
    spans = split_sentences(text)
    return [(text[a:b], k) for (a, b), k in zip(spans, sentence_kinds(text, spans), strict=True)]


def test_header_and_boilerplate_lines_are_not_prose() -> None:
    got = dict(_kinds(DOC))
    for line in (
        "Publisher: Harbour News Agency",
        "Subtitle: Councillors back the new quay after a long debate",
        "Email the newsdesk at desk@example.org",
        "Read more: Quay history in pictures",
    ):
        assert got[line] in ("metadata", "boilerplate"), line
    for line, kind in got.items():
        if line.startswith(("The council", "Work will", "The mayor")):
            assert kind == "prose", line


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Monday. Police said 12 people died.",
        "Police said 12 people died. The council met on Monday.",
        "The mayor resigned. She said she was tired. Her deputy takes over on Friday.",
        "Floods hit the north\n\nHeavy rain fell across the region on Monday.\n\n"
        "The river rose two metres overnight, officials said.\n\n"
        "Police said the storm killed 12 people on Tuesday.",
    ],
)
def test_the_last_sentence_of_a_short_text_is_prose(text: str) -> None:
    # a short snippet's last sentence is no trailing credit line (it was metadata, and so
    # never a claim, before the kinds were trained on snippets of documents too)
    kinds = _kinds(text)
    assert kinds[-1][1] == "prose", kinds


def test_a_line_without_letters_is_boilerplate() -> None:
    assert _kinds("The port reopened on Monday.\n\n* * *")[-1] == ("* * *", "boilerplate")


def test_the_weights_are_plain_json_for_these_features() -> None:
    raw = (resources.files("framing") / "data" / "kind_weights.json").read_text("utf-8")
    w = json.loads(raw)
    assert w["features"] == list(FEATURE_NAMES)
    assert w["classes"] == list(KINDS)
    assert len(w["coef"]) == len(KINDS)
    assert all(len(row) == len(FEATURE_NAMES) for row in w["coef"])
    assert len(line_features("A line.", [(0, 7)])[0]) == len(FEATURE_NAMES)


def test_empty_document_has_no_kinds() -> None:
    assert sentence_kinds("", []) == []


def test_metadata_and_boilerplate_rows_are_left_out_of_counts_and_shares() -> None:
    claim = {"claim": 0.9, "fact": 0.05, "framing": 0.05}
    fact = {"claim": 0.0, "fact": 1.0, "framing": 0.0}
    sents = [
        Sentence(0, "Publisher: X", 0, 12, "fact", fact, kind="metadata"),
        Sentence(1, "He said so.", 13, 24, "claim", claim),
        Sentence(2, "It rained.", 25, 35, "fact", fact),
        Sentence(3, "Share this", 36, 46, "framing", fact, kind="boilerplate"),
        Sentence(4, "Rain hits", 47, 56, "fact", fact, kind="headline"),
    ]
    a = Analysis("", sents)
    assert a.counts == {"claim": 1, "fact": 2, "framing": 0}
    assert a.shares == pytest.approx({"claim": 1 / 3, "fact": 2 / 3, "framing": 0.0})
    assert a.summary["n_sentences"] == 5
    assert len(a.sentences) == 5


def test_analyze_never_makes_a_metadata_line_a_claim(tiny_model) -> None:
    import framing

    a = framing.analyze(
        "Publisher: Harbour News Agency\n\nThe minister said taxes would rise.", tiny_model
    )
    head = a.sentences[0]
    assert head.kind in ("metadata", "boilerplate")
    assert head.label != "claim" and not head.attributions and head.source_entity is None
    assert head.probabilities["claim"] == 0.0
    assert head.to_dict()["kind"] == head.kind


_TRICKY = (
    "O'Brien and McDonald met DeShawn at the U.S.-Mexico border.\n"
    "ÉMILE ZOLA: J'ACCUSE\n"
    "Contact: press@example.org or @harbournews, www.example.co.uk/news\n"
    "By JANE DOE and ΣΊΣΥΦΟΣ Papadopoulos\n"
    "LONDON (Reuters) - Shares rose 4.5% on Monday.\n"
    "• Read more at http://example.com\n"
    "© 2024 All rights reserved\n"
    "Photo: Getty Images\n"
    "You said your piece?\n"
    "1) first 2) second\n"
    "İstanbul ½ ² Ⅷ ǅ x\n"
    "* * *\n"
    "Share this article"
)


def _reference_texts() -> list[str]:
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    texts = [DOC, _TRICKY, *_TRICKY.split("\n")]
    texts += [
        p.read_text(encoding="utf-8") for p in sorted((root / "docs" / "examples").glob("*.txt"))
    ]
    pins = root / "tests" / "data" / "pin_texts.txt"
    if pins.exists():
        texts += [t for t in pins.read_text(encoding="utf-8").split("\n\n") if t.strip()]
    articles = root.parent / "shared" / "data" / "news_articles" / "articles.jsonl"
    if articles.exists():
        with open(articles, encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for _, line in zip(range(120), fh, strict=False)]
    return texts


def test_line_features_and_kinds_are_unchanged_by_the_speed_up() -> None:
    import kinds_reference as ref

    n = 0
    for text in _reference_texts():
        spans = split_sentences(text)
        assert line_features(text, spans) == ref.line_features(text, spans), text[:60]
        assert sentence_kinds(text, spans) == ref.sentence_kinds(text, spans), text[:60]
        n += len(spans)
    assert n > 50


@pytest.mark.parametrize("margin", [0.0, 1e9])
def test_kinds_by_matrix_product_or_term_by_term(monkeypatch, margin) -> None:
    """Every sentence's kind from the matrix product (margin 0), or every one summed again
    term by term (a margin nothing clears): the reference's kinds either way."""
    import kinds_reference as ref

    from framing import kinds

    monkeypatch.setattr(kinds, "_MARGIN", margin)
    for text in _reference_texts()[::3]:
        spans = split_sentences(text)
        assert sentence_kinds(text, spans) == ref.sentence_kinds(text, spans), text[:60]


def test_kinds_of_a_batch_are_those_of_each_document() -> None:
    """Neighbours and positions stay within a document, whatever is beside it in the batch."""
    from framing.kinds import batch_kinds

    texts = ["", "Contact: desk@example.org", "One line only", *_reference_texts()[:12], "  "]
    docs = [(t, split_sentences(t)) for t in texts]
    assert batch_kinds(docs) == [sentence_kinds(t, s) for t, s in docs]
    assert batch_kinds([]) == []


def test_char_counts_and_capital_starts_match_their_definitions() -> None:
    import re

    from framing import kinds

    old = re.compile(r"(?<![^\W\d_])[A-Z]")
    urls = ["see www.x.org", "HTTP://A", "a.co.uk b", "pic.twitter.com/x", "x.com", "a.co.u"]
    more = ["“Ω” said Σ’s ½ ٣ DÉJÀ vu", "\u00a0Ä\u2003b²", *urls]
    for line in [*_TRICKY.split("\n"), "", "A", "aB", "'A", "xA'B", "Ωa B", "3A_B", *more]:
        low = line.lower()
        assert kinds._has_url_part(low) == any(u in low for u in kinds._URL_PARTS), line
        assert kinds._char_counts(line) == (
            sum(map(str.isalpha, line)),
            sum(map(str.isupper, line)),
            sum(map(str.isdigit, line)),
        ), line
        assert kinds._CAP_START_RE.findall(line) == old.findall(line), line
    # the same counts for many lines at once, over their bytes
    lines = [*_TRICKY.split("\n"), "", "A", "²A b½C", "x\x00Y", "ÉA ΩB", "_A 3B", *more, ""]
    letters, upper, digits, starts = kinds._char_classes(lines)
    assert [*zip(letters, upper, digits, strict=True)] == list(map(kinds._char_counts, lines))
    assert starts.tolist() == [len(old.findall(line)) for line in lines]


@pytest.mark.parametrize("rest", [0.5, 1e-4, 3.3e-8, 1e-12, 0.0])
def test_a_non_prose_line_s_probabilities_still_sum_to_one(rest: float) -> None:
    # CI once found "'said" (boilerplate, P(claim) near 1) summing to 1 - 3e-8: renormalising
    # by 1 - P(claim) loses digits when P(claim) is close to 1
    from framing.analysis import _not_a_claim

    fact, framing_ = rest * 0.0877, rest * 0.9123
    probs = {"claim": 1.0 - (fact + framing_), "fact": fact, "framing": framing_}
    got = _not_a_claim(probs)
    assert got["claim"] == 0.0
    assert abs(sum(got.values()) - 1.0) < 1e-12
    assert all(0.0 <= v <= 1.0 for v in got.values())


_STORY = (
    "Port strike enters third day\n\n"
    "Dockers at the city's container port stayed out on Wednesday.\n\n"
    "{line}\n\n"
    "The port handles a third of the country's imports.\n"
)


def _story_kinds(line: str) -> dict[str, str]:
    """The kind of each sentence of `_STORY` with ``line`` as its third paragraph."""
    text = _STORY.format(line=line)
    spans = split_sentences(text)
    return dict(zip((text[a:b] for a, b in spans), sentence_kinds(text, spans), strict=True))


@pytest.mark.parametrize(
    "line",
    [
        "(With inputs from agencies)",
        "Reported by Meera Pillai, Edited by Rohan Das",
        "(Additional reporting by Jo Lee in Seoul and Sam Park in Busan)",
        "((Perth business desk, +61 8 9555 0100))",
        "KLM ab/kw",
    ],
)
def test_a_credit_line_is_metadata(line: str) -> None:
    # (thirty-fourth session; the credit openers are `lexicons/credit_openers.txt`)
    kinds = _story_kinds(line)
    assert kinds[line] == "metadata"
    assert kinds["The port handles a third of the country's imports."] == "prose"


@pytest.mark.parametrize(
    "line",
    [
        "Written by Tolkien in 1937, the book has never been out of print",
        "Reported by police to be missing, the two men were found on Friday",
    ],
)
def test_prose_that_opens_like_a_credit_is_not_made_metadata(line: str) -> None:
    from framing.kinds import _credit

    assert not _credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "Agus Maryanto contributed to this story from Yogyakarta.",
        "Lena Ortiz and Tom Cole contributed reporting.",
        "(end/VS)",
        "kb/dpa, epd",
        "This interview has been edited for length and clarity.",
    ],
)
def test_contributors_wire_codes_and_edit_notes_are_not_prose(line: str) -> None:
    # (thirty-fifth session; lines of a probe set of English-language sites of other countries)
    kinds = _story_kinds(line)
    assert kinds[line] in ("metadata", "boilerplate")
    assert kinds["The port handles a third of the country's imports."] == "prose"


def test_a_byline_of_names_after_the_headline_and_the_line_on_the_writer_are_metadata() -> None:
    text = (
        "Port strike enters third day\n\n"
        "Budi Santoso and Ratri Wulandari\n\n"
        "Dockers at the city's container port stayed out on Wednesday.\n\n"
        "The port handles a third of the country's imports.\n\n"
        "Giulia Ferraresi is a journalist and writer based in Modena.\n"
    )
    spans = split_sentences(text)
    kinds = sentence_kinds(text, spans)
    assert kinds == ["headline", "metadata", "prose", "prose", "metadata"]


@pytest.mark.parametrize(
    "line",
    [
        # names joined by "and" further down are prose; a writer's line mid-story is prose
        "Budi Santoso and Ratri Wulandari were among the first to arrive.",
        "Contributed to this story?",
    ],
)
def test_lines_that_look_like_bylines_inside_a_story_stay_prose(line: str) -> None:
    kinds = _story_kinds(line)
    assert kinds[line] == "prose"


@pytest.mark.parametrize(
    ("second", "kind"),
    [
        # bylines of a name and a role, or a name and an outlet
        ("Tan Wei Ling, Tech Correspondent", "metadata"),
        ("Oliver Brandt Technology editor", "metadata"),
        ("Jasmine Okafor · CBN News", "metadata"),
        ("Marta Lenz is a correspondent based in Rome.", "metadata"),
    ],
)
def test_the_line_after_the_headline(second: str, kind: str) -> None:
    text = f"Port strike enters third day\n\n{second}\n\nDockers at the port stayed out.\n"
    spans = split_sentences(text)
    assert sentence_kinds(text, spans)[1] == kind


@pytest.mark.parametrize(
    "line",
    [
        "The Mayor is a former journalist and says the town needs its own voice.",
        "Ms Okafor is a columnist for two Nigerian newspapers and sits on the board of a charity.",
        "Police Chief Ray Dunn is a former reporter who joined the force in 2001.",
        "Dr Amara Obi is the editor of the journal that published the study.",
        "Residents contributed to this story's happy ending by raising $40,000 for the family.",
    ],
)
def test_prose_near_the_end_that_mentions_writers_stays_prose(line: str) -> None:
    text = _STORY.format(line="The port reopened on Friday.") + f"\n{line}\n"
    spans = split_sentences(text)
    kinds = dict(zip((text[a:b] for a, b in spans), sentence_kinds(text, spans), strict=True))
    assert kinds[line] == "prose"


@pytest.mark.parametrize(
    "deck", ["Storm Hits Coast and Thousands Flee", "Home Sales Slump and Prices Fall"]
)
def test_a_deck_in_title_case_is_no_byline_of_names(deck: str) -> None:
    # (a reviewer's near misses) names joined by "and" need a given name we know
    from framing.kinds import _signed

    assert not _signed(deck, 1, 5)
    assert _signed("Budi Santoso and Ratri Wulandari", 1, 5)


def test_the_line_on_the_story_s_subject_at_the_end_stays_prose() -> None:
    # (a second review) the surname also stands in the story: the line is about its subject
    text = (
        "Reporter jailed\n\n"
        "A court in Baku jailed the reporter Leyla Mammadova for six years on Tuesday.\n\n"
        "Mammadova denied the charges.\n\n"
        "Leyla Mammadova is an investigative journalist based in Baku.\n"
    )
    assert sentence_kinds(text, split_sentences(text))[-1] == "prose"
    signed = text.replace("Leyla Mammadova", "Ana Ruiz", 1).replace("Mammadova denied", "He denied")
    assert sentence_kinds(signed, split_sentences(signed))[-1] == "metadata"


def test_the_line_on_the_writer_names_both_outlet_and_place() -> None:
    text = (
        "Heat record\n\nThe summer was the hottest on record.\n\n"
        "Kofi Mensah is a correspondent for West Africa Today based in Accra.\n"
    )
    assert sentence_kinds(text, split_sentences(text))[-1] == "metadata"
