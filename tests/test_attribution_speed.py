"""The faster paths of attribution (issue 14) answer exactly like the code they replace.

Each test keeps the replaced code as its reference (a regex search, a per-sentence scan) and
compares on sentences written for these tests and on generated text.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from framing import lexicons as lx
from framing.attribution import _coref

_TEXT = (
    "Ana Ruiz, the harbour master, said on Monday that the port would close. Later, Ruiz "
    "told reporters the Port Authority had agreed, and Jean-Luc met Jeanne, O’Brien and "
    "critics. Ruiz-Smith was not there; Mr. Ruiz was, and so was Ruizo."
)


def _searched(text: str, word: str) -> bool:
    """The search `_named_elsewhere` ran on short texts before (one regex per word)."""
    return re.search(r"[a-z,] " + re.escape(word) + r"\b", text) is not None


def test_named_elsewhere_answers_like_the_regex_search_on_a_short_text():
    assert len(_TEXT) <= _coref._INDEX_ABOVE
    words = set(re.findall(r"[A-Z][a-z][\w'’-]*", _TEXT))
    words |= {"Ruiz", "Ruiz-", "Port", "Jean", "Jean-", "Jeann", "Nobody", "Mr."}
    words |= {"Ana Ruiz", "O’Brien"}
    answers = {w: _coref._named_elsewhere(_TEXT, w) for w in sorted(words)}
    assert answers == {w: _searched(_TEXT, w) for w in sorted(words)}
    assert answers["Ruiz"] and answers["O’Brien"] and not answers["Nobody"]  # after "a" / ","


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="abAB ,.-’'z\n", max_size=60),
    st.text(alphabet="abAB,.-’'", min_size=1, max_size=4),
)
@example("a, B. cB", "B.")
@example(" A", "A")
@example("b, A", "A")
def test_named_elsewhere_answers_like_the_regex_search_on_generated_text(text, word):
    assert _coref._named_elsewhere(text, word) == _searched(text, word)


_NAME_TAIL = r"[A-Z][a-z][\w'’-]*(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w'’-]*){0,3}"


def _name_pattern(dotted: list[str], plain: list[str], ahead: bool) -> re.Pattern[str]:
    """`_coref._NAME_RE` built from title lists, with or without the look-ahead (the old
    pattern had none)."""
    start = _coref._starts(dotted, plain) if ahead else ""
    return re.compile(
        start
        + rf"(?:(?:{_coref._alternatives(dotted)})\.\s+"
        + rf"|(?:{_coref._alternatives(plain)})\s+)?"
        + _NAME_TAIL
    )


def _spans(pattern: re.Pattern[str], text: str, a: int = 0, b: int | None = None) -> list:
    return [m.span() for m in pattern.finditer(text, a, len(text) if b is None else b)]


_NAMES_TEXT = (
    "Sen. Ada Cole and President Novak met Dr. J. Ruiz-Soto, Mr.Lee and Gov.  Tate; "
    "the ÉLAN chief Élodie Marc, O’Brien, 'Secretary Ng', [Mayor Day] and MR. X spoke."
)


def test_name_pattern_with_its_look_ahead_finds_what_the_pattern_without_it_found():
    dotted, plain = list(_coref._NAME_TITLES), list(lx.entries("titles_before_names"))
    old = _name_pattern(dotted, plain, ahead=False)
    assert _coref._NAME_RE.pattern == _name_pattern(dotted, plain, ahead=True).pattern
    assert _coref._NAME_RE.pattern.startswith("(?=[A-Z")
    found = _spans(old, _NAMES_TEXT)
    assert len(found) > 8
    assert _spans(_coref._NAME_RE, _NAMES_TEXT) == found
    for a in range(0, len(_NAMES_TEXT), 7):  # sentence-like windows, as `_names` scans them
        assert _spans(_coref._NAME_RE, _NAMES_TEXT, a, a + 60) == _spans(
            old, _NAMES_TEXT, a, a + 60
        )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ÉéMmrsDd. \n'[AaBbCcRrx-", max_size=50))
@example("[Mayor Day and élan Bob")
def test_name_look_ahead_keeps_titles_that_start_with_other_characters(text):
    dotted, plain = ["mr", "dr", "élan"], ["[mayor", "ms"]
    assert _coref._starts(dotted, plain) == r"(?=[A-Z\[É])"
    new, old = _name_pattern(dotted, plain, True), _name_pattern(dotted, plain, False)
    assert _spans(new, text) == _spans(old, text)


def test_no_look_ahead_when_a_title_is_empty():
    assert _coref._starts(["mr"], ["", "president"]) == ""
