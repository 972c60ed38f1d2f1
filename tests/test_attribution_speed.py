"""The faster paths of attribution (issue 14) answer exactly like the code they replace.

Each test keeps the replaced code as its reference (a regex search, a per-sentence scan) and
compares on sentences written for these tests and on generated text.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

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
