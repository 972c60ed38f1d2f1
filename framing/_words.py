"""Word tokenisation without a regular expression's `findall` where it is exact.

`long_words(text)` is ``re.findall(r"(?u)\\b\\w\\w+\\b", text)`` (scikit-learn's default token
pattern, the shipped model's): the runs of two or more word characters. A `findall` builds a
match for every word; here the characters that are not word characters become spaces (the
non-ASCII ones by ``str.replace``, each distinct one once; the ASCII ones through one byte
table over the UTF-8 bytes) and ``str.split`` gives the runs, of which those of one
character are dropped. tests/test_fastpath.py compares it with the `findall` on our
sentences and on generated texts of odd characters.
"""

from __future__ import annotations

import re

__all__ = ["LONG_WORDS", "long_words"]

LONG_WORDS = frozenset({r"(?u)\b\w\w+\b", r"\b\w\w+\b"})
"""The patterns `long_words` stands for (a str pattern is Unicode with or without ``(?u)``)."""

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_IS_WORD = re.compile(r"\w").match
# every ASCII byte that is not a word character becomes a space; the bytes of the non-ASCII
# characters (all >= 0x80 in UTF-8, all word characters by then) stay
_WORD_BYTES = bytes(b if b >= 0x80 or _IS_WORD(chr(b)) is not None else 0x20 for b in range(256))


def long_words(text: str) -> list[str]:
    """``re.findall(r"(?u)\\b\\w\\w+\\b", text)``, without the matches."""
    if not text.isascii():
        for char in set(_NON_ASCII.findall(text)):
            if _IS_WORD(char) is None:  # punctuation, symbols, spaces, lone surrogates
                text = text.replace(char, " ")
    runs = text.encode("utf-8").translate(_WORD_BYTES).decode("utf-8").split()
    return [run for run in runs if len(run) > 1]
