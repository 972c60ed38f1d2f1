"""The fast paths give what the reference paths give, bit for bit.

`FramingClassifier.predict_proba` computes the pipeline's arithmetic itself (`fast_proba`:
word n-grams counted without an exception per unknown one, cue features over a batch); the
reference is scikit-learn's ``pipeline.predict_proba``. Compared here on sentences we wrote
(a few hundred, built from the parts below), on the example articles of docs/examples and the
pinned texts, with the shipped model and with tiny models fitted with every option.
"""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

import framing
from framing import model as fm
from framing import predictor
from framing.features import (
    CueFeatures,
    SentenceInput,
    cue_matrix,
    document_inputs,
    sentence_input,
)
from framing.model import FramingClassifier
from framing.segmentation import split_sentences

ROOT = Path(__file__).resolve().parent.parent

_SUBJECTS = [
    "The minister",
    "Officials",
    "A spokeswoman for the ministry",
    "Critics of the plan",
    "We",
    "You",
    "ΟΔΥΣΣΕΑΣ",
    "Müller's lawyers",
    "The QQFRAMINGSENTENCEBREAKQQ committee",
]
_VERBS = ["said", "claimed", "argued", "warned on Monday", "reportedly believe", "told reporters"]
_CLAUSES = [
    "the port would reopen on 12 May.",
    'the decision is "a disaster for farmers".',
    "prices rose 4.5% in March, the fastest rise since 1998!",
    "this shameful, reckless policy must end?",
    "nothing had changed",
    "",
]
_EXTRA = [
    "",
    " ",
    "A",
    "Σίσυφος ΣΊΣΥΦΟΣ ΣΑΣ",
    "İstanbul İİ",
    "qqframingsentencebreakqq",
    "the the the the",
    "Hello world hello world hello",
    "\u201cIt is over,\u201d she said.",
    "Q: What next? A: Nobody knows.",
    "NAIROBI, Kenya (AP) _ Rain fell.",
    "don’t won't can't",
    "x y z 1 22 333 $5 €3",
    "\t\n new\nline \r\n",
]


def own_sentences() -> list[str]:
    made = [f"{s} {v} {c}".strip() for s, v, c in itertools.product(_SUBJECTS, _VERBS, _CLAUSES)]
    return made + _EXTRA


def example_texts() -> list[str]:
    paths = sorted((ROOT / "docs" / "examples").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    pins = ROOT / "tests" / "data" / "pin_texts.txt"
    if pins.exists():
        texts += [t for t in pins.read_text(encoding="utf-8").split("\n\n") if t.strip()]
    return texts


def example_inputs() -> list[object]:
    out: list[object] = []
    for text in example_texts():
        out += document_inputs(text, split_sentences(text))
    return out


def _reference(model: FramingClassifier, items: list[object]) -> np.ndarray:
    fm.FAST_PATH[0] = False
    try:
        return model.predict_proba(items)
    finally:
        fm.FAST_PATH[0] = True


def _same_sparse(a: object, b: object) -> None:
    assert type(a) is type(b)
    assert a.shape == b.shape  # type: ignore[attr-defined]
    for part in ("data", "indices", "indptr"):
        x, y = getattr(a, part), getattr(b, part)
        assert x.dtype == y.dtype, part
        assert np.array_equal(x, y), part


@pytest.fixture(scope="module")
def shipped() -> FramingClassifier:
    return framing.load()


@pytest.fixture(scope="module")
def mixed_inputs() -> list[object]:
    own = own_sentences()
    return [*own, *(sentence_input(s) for s in own[:60]), *example_inputs()]


def test_there_are_a_few_hundred_sentences(mixed_inputs: list[object]) -> None:
    assert len(mixed_inputs) >= 300


def test_shipped_model_fast_equals_reference(
    shipped: FramingClassifier, mixed_inputs: list[object]
) -> None:
    fast = shipped.predict_proba(mixed_inputs)
    ref = _reference(shipped, mixed_inputs)
    assert fast.dtype == ref.dtype
    assert np.array_equal(fast, ref)
    # batches of other sizes, one sentence at a time
    for size in (1, 7, 64):
        for k in range(0, 70, size):
            part = mixed_inputs[k : k + size]
            assert np.array_equal(shipped.predict_proba(part), _reference(shipped, part))


def test_shipped_word_tfidf_is_transform(
    shipped: FramingClassifier, mixed_inputs: list[object]
) -> None:
    texts = [getattr(x, "text", x) for x in mixed_inputs]
    for vec in shipped._vectorizers():
        _same_sparse(fm.word_tfidf(vec, texts), vec.transform(texts))


def test_cue_matrix_is_cue_features(mixed_inputs: list[object]) -> None:
    ref = CueFeatures().fit(mixed_inputs).transform(mixed_inputs)
    fast = cue_matrix(mixed_inputs)
    assert fast.dtype == ref.dtype
    assert np.array_equal(fast, ref)
    # a row's prev that is not the row before: reversed, shuffled, copied strings, one alone
    copied = [
        x._replace(prev="".join(list(x.prev))) if isinstance(x, SentenceInput) else x
        for x in mixed_inputs
    ]
    shuffled = random.Random(14).sample(mixed_inputs, len(mixed_inputs))
    for batch in (mixed_inputs[::-1], shuffled, copied, mixed_inputs[5:6], []):
        assert np.array_equal(cue_matrix(batch), CueFeatures().transform(batch))


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"use_doc": True},
        {"use_doc": True, "attribution_words": True},
        {"char_ngrams": True},
        {"ngram_range": (1, 3)},
        {"ngram_range": (1, 1), "use_cues": False},
        {"estimator": "naive_bayes"},
        {"calibration": "sigmoid"},
    ],
    ids=str,
)
def test_tiny_models_fast_equal_reference(
    tiny: tuple[list[str], list[str]], mixed_inputs: list[object], options: dict
) -> None:
    X, y = tiny
    train = [*X, *(sentence_input(s) for s in X[:10])]
    model = FramingClassifier(min_df=1, **options).fit(train, [*y, *y[:10]])
    fast = model.predict_proba(mixed_inputs)
    assert np.array_equal(fast, _reference(model, mixed_inputs))


_VECTORIZERS = [
    {},
    {"ngram_range": (1, 2), "sublinear_tf": True, "dtype": np.float32},
    {"ngram_range": (2, 2)},
    {"ngram_range": (1, 3), "norm": "l1"},
    {"ngram_range": (2, 3), "use_idf": False, "norm": None},
    {"lowercase": False, "ngram_range": (1, 2)},
    {"token_pattern": r"(?u)\b(\w+)\b", "ngram_range": (1, 2)},
    {"binary": True},
    {"stop_words": "english", "ngram_range": (1, 2)},
    {"max_features": 40, "ngram_range": (1, 2)},
    # tokens that hold a space: a bigram's joined text can have two
    {"token_pattern": r"\w+ [a-z]\b|\w+", "ngram_range": (1, 2)},
]


@pytest.mark.parametrize("options", _VECTORIZERS, ids=str)
def test_bigrams_looked_up_by_word_ids(
    tiny: tuple[list[str], list[str]], options: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every batch through the bigram table (`framing.predictor._bigram_table`), however few
    its pairs: the counts of scikit-learn's transform."""
    monkeypatch.setattr(predictor, "BIGRAM_TABLE_MIN", 0)
    X, _ = tiny
    # without the separator word, so that a batch is counted in one pass (where the table is)
    texts = [
        t
        for t in [*own_sentences(), *X, *example_texts(), "the a b c d", "a b c d the a"]
        if predictor.SEPARATOR not in t.lower()
    ]
    vec = TfidfVectorizer(**options).fit([*X, *texts[::7], "the a b c", "a b c d"])
    _same_sparse(fm.fast_transform(vec, texts), vec.transform(texts))
    _same_sparse(fm.fast_transform(vec, texts[:1]), vec.transform(texts[:1]))


def test_a_bigram_whose_word_is_no_term_goes_through_the_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A vocabulary cut to its most frequent terms can keep "bb cc" and drop "cc": its words get
    ids of their own (`_bigram_extra`) and the batch is still counted through the table, with
    scikit-learn's counts."""
    monkeypatch.setattr(predictor, "BIGRAM_TABLE_MIN", 0)
    # "bb cc" is a term, "cc" is not (as a cut at max_features can leave it)
    terms = ["aa", "aa bb", "bb", "bb cc", "dd"]
    vec = TfidfVectorizer(ngram_range=(1, 2), vocabulary=terms)
    vec.fit(["aa bb cc", "aa bb cc", "aa bb", "dd"])
    assert not predictor._bigrams_of_known_words(vec.vocabulary_)
    assert predictor._bigram_extra(vec.vocabulary_) == {"cc": len(vec.vocabulary_)}
    texts = ["aa bb cc dd", "bb cc bb cc cc", "cc bb aa", "dd aa bb cc"]
    looked_up = []
    by_ids = predictor._bigram_ids
    monkeypatch.setattr(
        predictor, "_bigram_ids", lambda *a: looked_up.append(len(a[1])) or by_ids(*a)
    )
    _same_sparse(fm.fast_transform(vec, texts), vec.transform(texts))
    assert looked_up and sum(looked_up) >= 8  # the pairs of known words went through the table


@pytest.mark.parametrize("options", _VECTORIZERS, ids=str)
def test_tiny_vectorizers(tiny: tuple[list[str], list[str]], options: dict) -> None:
    X, _ = tiny
    vec = TfidfVectorizer(**options).fit([*X, *own_sentences()[::7]])
    texts = [*own_sentences(), *X, *example_texts()]
    _same_sparse(fm.fast_transform(vec, texts), vec.transform(texts))
    _same_sparse(fm.fast_transform(vec, texts[:1]), vec.transform(texts[:1]))


def test_analyze_is_unchanged_by_the_fast_path(shipped: FramingClassifier) -> None:
    texts = example_texts()
    fast = framing.analyze_batch(texts, shipped)
    fm.FAST_PATH[0] = False
    try:
        ref = framing.analyze_batch(texts, shipped)
    finally:
        fm.FAST_PATH[0] = True
    assert fast == ref  # dataclasses: every sentence, probability, span and cue


def _document_signals_reference(sentences, in_quote, attribution):  # type: ignore[no-untyped-def]
    """framing.docfeatures.document_signals as first written (before its speed-up)."""
    import math

    from framing import docfeatures as d

    n = len(sentences)
    if n == 0:
        return []
    quoted = attributed = first = second = questions = numbers = speakers = 0
    evaluative = 0.0
    for s, q, kind in zip(sentences, in_quote, attribution, strict=True):
        has_quote = any(m in s for m in d._QUOTES)
        quoted += bool(q or has_quote)
        attributed += kind not in (None, "none")
        words = d._WORD.findall(s.lower())
        bag = set(words)
        if not has_quote and not q:
            first += bool(bag & d._FIRST)
            second += bool(bag & d._SECOND)
        evaluative += sum(1 for w in words if w in d._EVALUATIVE)
        questions += "?" in s
        numbers += bool(d._DIGIT.search(s))
        speakers += bool(d._SPEAKER.match(s))
    shared = (
        math.log1p(n) / 5.0,
        quoted / n,
        attributed / n,
        first / n,
        second / n,
        min(evaluative / n, 3.0) / 3.0,
        questions / n,
        numbers / n,
        float(
            bool(d._DATELINE.match(sentences[0])) or bool(n > 1 and d._DATELINE.match(sentences[1]))
        ),
        speakers / n,
    )
    last = max(n - 1, 1)
    return [(i / last, float(i == 0), *shared) for i in range(n)]


def test_document_signals_are_unchanged() -> None:
    from framing.docfeatures import document_signals

    own = own_sentences()
    docs = [own[k : k + 9] for k in range(0, len(own), 9)]
    for text in example_texts():
        docs.append([text[a:b] for a, b in split_sentences(text)])
    for sents in docs:
        flags = [k % 3 == 0 for k in range(len(sents))]
        kinds = [("none", "sourced", None, "hearsay")[k % 4] for k in range(len(sents))]
        assert document_signals(sents, flags, kinds) == _document_signals_reference(
            sents, flags, kinds
        )


def test_document_signals_words_of_odd_texts() -> None:
    """The words of a whole document at once (`_ascii_words`) are each sentence's `findall`:
    apostrophes alone, doubled and in runs, non-ASCII letters and capitals that lower-case to
    ASCII ones, final sigmas, the break character inside a sentence, first-person words."""
    import random

    from framing.docfeatures import document_signals

    rng = random.Random(7)
    pieces = [
        "a", "b", "Z", "I", "we", "You", "our", "My", "awful", "Awful", "truly", "'", "’",
        "‘", " ", "  ", "\n", ".", "?", "\"", "“", "”", "-", "1", "é", "Ä", "İ", "\u212a",
        "Σ", "ΟΔΟΣ", "\x00", "_", "don't", "rock'n'roll", "'tis", "officials'", "x''y",
    ]  # fmt: skip
    for _ in range(400):
        sents = [
            "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14)))
            for _ in range(rng.randrange(1, 7))
        ]
        flags = [rng.random() < 0.3 for _ in sents]
        kinds = [rng.choice(("none", "sourced", None)) for _ in sents]
        assert document_signals(sents, flags, kinds) == _document_signals_reference(
            sents, flags, kinds
        ), sents


def test_long_words_are_the_findall_of_the_token_pattern() -> None:
    """`framing._words.long_words` is ``re.findall(r"(?u)\\b\\w\\w+\\b", text)``: on our
    sentences and on generated texts of ASCII and non-ASCII word characters, punctuation,
    symbols, Unicode spaces, digits of other scripts, a lone surrogate and single letters."""
    import re

    from framing._words import LONG_WORDS, long_words

    pieces = [
        "a", "bc", "Q", "_", "7", "٣", "é", "ß", "ǅ", "Σ", "日本", "’", "“", "—", "…", "•",
        "©", "\u00a0", "\u2028", "\u3000", "\x1c", "\t", "\n", " ", "-", ".", "'", "\ud800",
        "🇺🇸", "\u0301", "ⅷ", "½", "x²",
    ]  # fmt: skip
    rng = random.Random(11)
    texts = [" ".join(own_sentences())]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30))) for _ in range(3000)]
    for pattern in LONG_WORDS:
        findall = re.compile(pattern).findall
        for text in texts:
            assert long_words(text) == findall(text), repr(text)


def test_letter_words_are_each_lines_findall() -> None:
    """`framing._words.letter_words` (the words of `framing.kinds`' lines) is each line's
    ``findall`` of `LETTER_WORDS`: on our sentences and on generated lines of letters,
    apostrophes alone, doubled and between letters, digits, Unicode letters, digits, spaces
    and punctuation, a lone surrogate and the break character itself."""
    import re

    from framing._words import LETTER_WORDS, letter_words

    pieces = [
        "a", "bc", "Q", "_", "7", "٣", "é", "ß", "ǅ", "σ", "日本", "'", "’", "''", "‘", "“",
        "—", "…", "©", "\u00a0", "\u3000", "\x1c", "\t", " ", "-", ".", "\ud800", "🇺", "\u0301",
        "ⅷ", "don't", "rock'n'roll", "x’y", "\x00",
    ]  # fmt: skip
    rng = random.Random(5)
    findall = re.compile(LETTER_WORDS).findall
    batches = [own_sentences(), [], [""], ["", ""]]
    for _ in range(300):
        batches.append(
            [
                "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
                for _ in range(rng.randrange(1, 9))
            ]
        )
    for lines in batches:
        assert letter_words(lines) == [findall(line) for line in lines], lines


def _language_reference(text: str) -> str:
    """framing.language.language_of before its words came from `letter_runs`."""
    from framing import language as lg

    words = lg._WORD.findall(lg._sample(text))
    letters = sum(map(len, words))
    non_latin = sum(len(lg._NON_LATIN.findall(w)) for w in words if not w.isascii())
    if non_latin >= lg.MIN_SCRIPT_LETTERS and non_latin > lg.MAX_NON_LATIN_SHARE * letters:
        return lg.NON_ENGLISH
    if letters < lg.MIN_LETTERS:
        return lg.UNDETERMINED
    lower = list(map(str.lower, words))
    english = sum(map(lg._EN.__contains__, lower)) + 0.5 * sum(map(lg._EN_WEAK.__contains__, lower))
    foreign = sum(map(lg._FOREIGN.__contains__, words))
    n = len(words)
    if n < lg.MIN_TOKENS:
        if foreign >= 2 and foreign > english:
            return lg.NON_ENGLISH
        return lg.ENGLISH if english > foreign else lg.UNDETERMINED
    share = lg.MIN_ENGLISH_SHARE if n >= lg.LONG_TOKENS else lg.MIN_ENGLISH_SHARE_SHORT
    if foreign > english or english < share * n:
        return lg.NON_ENGLISH
    return lg.ENGLISH


def test_language_and_letter_runs_are_unchanged() -> None:
    """`framing._words.letter_runs` is the `findall` of `LETTER_RUNS`, and `language_of`
    decides as it did with it: on our sentences, the examples and generated texts of English,
    foreign and non-Latin words (Σ at a word's end, İ), digits, markup and odd characters."""
    import re

    from framing._words import LETTER_RUNS, letter_runs
    from framing.language import language_of

    pieces = [
        "the ", "and ", "of ", "is ", "was ", "der ", "und ", "el ", "los ", "que ", "une ",
        "ΟΔΟΣ ", "Σ", "λόγος ", "日本語 ", "русский ", "İ", "ß", "é", "7", "٣", "_", "'", "’",
        "<b>", "&amp;", "http://x.y ", ". ", "\u00a0", "\ud800", "🇺", "\u0301", "a", "xyz ",
    ]  # fmt: skip
    rng = random.Random(3)
    texts = [*own_sentences(), " ".join(own_sentences()), *example_texts()]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 60))) for _ in range(2000)]
    texts += ["".join(rng.choice(pieces) for _ in range(1500)) for _ in range(20)]  # sampled
    findall = re.compile(LETTER_RUNS).findall
    for text in texts:
        assert letter_runs(text) == findall(text), repr(text)
        assert language_of(text) == _language_reference(text), repr(text)


def test_cue_token_rows_count_as_the_findall() -> None:
    """`framing._words.cue_token_rows` gives each text the tokens of the `findall` of
    `CUE_TOKENS` (as a multiset, ' for ’): on our sentences and on generated batches of
    apostrophes alone, doubled, chained and before capitals, numbers with their groups, digits
    of other scripts, non-ASCII letters and the break character; and `cue_matrix`, which counts
    them, still gives `cue_vector`'s rows on such texts."""
    import re
    from collections import Counter

    from framing._words import CUE_TOKENS, cue_token_rows
    from framing.features import cue_vector

    pieces = [
        "Don't", "didn’t", "'tis", "rock'n'roll", "O'Neill", "officials'", "‘quoted’", "x''y",
        "don'tX", "it’s", "3.5", "1,000,", "2.", "٣", "12abc", "abc12", "é", "İ", "\x00", "’",
        "'", "A", "b", " ", ".", ",", "..", "—", "awful", "Said", "you",
    ]  # fmt: skip
    rng = random.Random(13)
    findall = re.compile(CUE_TOKENS).findall
    batches = [own_sentences(), [], [""]]
    for _ in range(400):
        batches.append(
            [
                " ".join(rng.choice(pieces) for _ in range(rng.randrange(0, 10)))
                if rng.random() < 0.5
                else "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 10)))
                for _ in range(rng.randrange(1, 7))
            ]
        )

    def bag(tokens: list[str]) -> Counter[str]:
        return Counter(t.replace("’", "'") for t in tokens)

    for texts_ in batches:
        got = cue_token_rows(texts_)
        assert list(map(bag, got)) == [bag(findall(t)) for t in texts_], texts_
        if texts_:
            items = [SentenceInput(t) for t in texts_]
            ref = np.asarray([cue_vector(x) for x in items])
            assert np.array_equal(cue_matrix(items), ref), texts_


def _bigram_extra_and_table_reference(vocabulary: dict[str, int]):  # type: ignore[no-untyped-def]
    """`predictor._bigram_extra` and `_bigram_table` as written before they shared one lookup
    of the bigrams' words."""
    extra: dict[str, int] = {}
    if not predictor._bigrams_of_known_words(vocabulary):
        for term in vocabulary:
            if " " in term:
                for part in term.split(" "):
                    if part not in vocabulary and part not in extra:
                        extra[part] = len(vocabulary) + len(extra)
    spaced = [" " in w for w in vocabulary]
    terms = list(itertools.compress(vocabulary, spaced))
    n = len(terms)
    joined = "\n".join(terms)
    if not (joined.count("\n") == n - 1 and joined.count(" ") == n):
        return extra, None
    words = joined.replace(" ", "\n").split("\n")
    width = len(vocabulary) + len(extra)

    def get(word: str) -> int:
        found = vocabulary.get(word)
        return extra[word] if found is None else found

    first = np.fromiter(map(get, words[0::2]), dtype=np.int64, count=n)
    second = np.fromiter(map(get, words[1::2]), dtype=np.int64, count=n)
    cols = np.fromiter(itertools.compress(vocabulary.values(), spaced), dtype=np.int64, count=n)
    keys = first * width + second
    order = np.argsort(keys, kind="stable")
    return extra, (keys[order], cols[order])


@pytest.mark.parametrize(
    "terms",
    [
        ["aa", "aa bb", "bb", "bb cc", "dd", "ee ff", "cc ee", "ff"],  # words that are no terms
        ["aa", "aa bb", "bb", "bb aa"],  # closed
        ["aa", "aa bb", "a b c", "zz yy"],  # a term with two spaces: no table
        ["aa", "bb"],  # no bigram
        ["aa bb"],
        ["x\ny z", "x"],  # a line break in a term
    ],
)
def test_bigram_extra_and_table_are_unchanged(terms: list[str]) -> None:
    """The extra ids and the bigram table from one lookup of the bigrams' words are those of
    the word-by-word build, extra ids in the same order, on small vocabularies and the
    shipped model's."""
    vocabularies = [{t: i for i, t in enumerate(terms)}]
    vocabularies += [{t: i for i, t in enumerate(reversed(terms))}]
    if len(terms) == 8:
        from framing.persistence import load_labeler

        blocks = load_labeler()._blocks
        vocabularies.append(next(b["vocabulary"] for b in blocks if b["kind"] == "words"))
    for vocabulary in vocabularies:
        for first in ("extra", "table"):
            vocab = dict(vocabulary)  # a new dict: nothing cached for it
            if first == "table":
                table = predictor._bigram_table(vocab)
                extra = predictor._bigram_extra(vocab)
            else:
                extra = predictor._bigram_extra(vocab)
                table = predictor._bigram_table(vocab)
            ref_extra, ref_table = _bigram_extra_and_table_reference(vocab)
            assert list(extra.items()) == list(ref_extra.items())
            if ref_table is None:
                assert table is None
            else:
                assert table is not None
                assert np.array_equal(table[0], ref_table[0])
                assert np.array_equal(table[1], ref_table[1])
