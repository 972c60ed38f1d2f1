"""Word tokenisation without a regular expression's `findall` where it is exact.

A `findall` per sentence scans every character in the regular-expression engine and builds
a string per word; most of a news batch is ASCII letters and spaces. Here a batch's text
(its sentences joined by a character no word holds) has the characters that cannot be part
of a word replaced by spaces: the non-ASCII ones by ``str.replace``, each distinct one once,
the ASCII ones through one byte table over the encoded text; then ``str.split`` gives the
words. What a pattern adds to plain runs (apostrophes between letters, numbers with their
groups, words of at least two characters) is handled on the few places where it matters.

- `long_words`: ``re.findall(r"(?u)\\b\\w\\w+\\b", text)``, the word n-grams' tokens;
- `letter_words`: each line's words of `LETTER_WORDS`, the line kinds' words;
- `letter_runs`: ``re.findall(LETTER_RUNS, text)``, the language check's words;
- `cue_token_rows`: the cue features' tokens of `CUE_TOKENS`, as far as counting goes.

tests/test_fastpath.py compares each with the `findall` it stands for, on our sentences and
on generated texts of odd characters (Unicode letters, digits and spaces, apostrophes alone,
doubled and chained, lone surrogates, the break character).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate, compress, repeat
from operator import contains

__all__ = [
    "CUE_TOKENS",
    "LETTER_RUNS",
    "LETTER_WORDS",
    "LONG_WORDS",
    "cue_token_rows",
    "letter_runs",
    "letter_words",
    "long_words",
]

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


LETTER_WORDS = r"[^\W\d_]+(?:['’][^\W\d_]+)*"
"""The pattern `letter_words` stands for: runs of letters, joined by apostrophes."""
_IS_LETTER = re.compile(r"[^\W\d_]").match
_LETTER_WORDS = re.compile(LETTER_WORDS)
_BREAK = "\x00"
# ASCII letters, apostrophes and the break stay, any other ASCII byte becomes a space; the
# bytes of the non-ASCII characters (letters and ’ by then) stay
_LETTER_BYTES = bytes(
    b if b >= 0x80 or chr(b) in "'" + _BREAK or _IS_LETTER(chr(b)) is not None else 0x20
    for b in range(256)
)
_LONE_APOSTROPHE = re.compile(r"['’](?:(?<![^\W\d_]['’])|(?![^\W\d_]))")


def letter_words(lines: list[str]) -> list[list[str]]:
    """``[re.findall(LETTER_WORDS, line) for line in lines]``, without a `findall` per line:
    the lines joined by ``\\x00``; every character that is neither a letter nor an apostrophe
    a space (non-ASCII ones by ``str.replace``, each distinct one once; ASCII ones by a byte
    table), then each apostrophe without a letter on both sides; then a plain split of each
    line (tests/test_fastpath.py compares it with the `findall`)."""
    text = _BREAK.join(lines)
    if text.count(_BREAK) != max(len(lines) - 1, 0):
        return [_LETTER_WORDS.findall(line) for line in lines]
    if not text.isascii():
        for char in set(_NON_ASCII.findall(text)):
            if char != "’" and _IS_LETTER(char) is None:
                text = text.replace(char, " ")
    text = text.encode("utf-8").translate(_LETTER_BYTES).decode("utf-8")
    if "'" in text or "’" in text:
        text = _LONE_APOSTROPHE.sub(" ", text)
    return list(map(str.split, text.split(_BREAK))) if lines else []


LETTER_RUNS = r"[^\W\d_]+"
"""The pattern `letter_runs` stands for: runs of letters."""
_RUN_BYTES = bytes(b if b >= 0x80 or _IS_LETTER(chr(b)) is not None else 0x20 for b in range(256))


def letter_runs(text: str) -> list[str]:
    """``re.findall(LETTER_RUNS, text)``: every character that is not a letter a space
    (non-ASCII ones by ``str.replace``, each distinct one once; ASCII ones by a byte table),
    then a plain split (tests/test_fastpath.py compares it with the `findall`)."""
    if not text.isascii():
        for char in set(_NON_ASCII.findall(text)):
            if _IS_LETTER(char) is None:
                text = text.replace(char, " ")
    return text.encode("utf-8").translate(_RUN_BYTES).decode("utf-8").split()


CUE_TOKENS = r"[A-Za-z]+(?:['’][a-z]+)?|\d+(?:[.,]\d+)*"
"""The pattern `cue_token_rows` stands for (`framing.features`' tokens): ASCII words, with one
apostrophe and lower-case letters after it, and numbers with their . and , groups."""
_CUE_TOKENS = re.compile(CUE_TOKENS)
_NUMBERS = re.compile(r"\d+(?:[.,]\d+)*")
_UNUSED_APOSTROPHE = re.compile(r"'(?:(?<![A-Za-z]')|(?![a-z]))")
_TANGLED_APOSTROPHE = re.compile(r"'[a-z]+[A-Z']")
# ASCII letters, ' and the break stay; any other byte (the "?" of a non-ASCII character too)
# becomes a space
_CUE_LETTER_BYTES = bytes(
    b if 65 <= b <= 90 or 97 <= b <= 122 or chr(b) in "'" + _BREAK else 0x20 for b in range(256)
)
# ASCII digits become "0", the break stays, any other byte becomes a space
_CUE_DIGIT_BYTES = bytes(
    0x30 if 0x30 <= b <= 0x39 else b if chr(b) == _BREAK else 0x20 for b in range(256)
)


def cue_token_rows(texts: list[str]) -> list[list[str]]:
    """Each text's ``re.findall(CUE_TOKENS, text)`` as far as counting goes: the same tokens
    with ' for ’, a row's numbers after its words.

    A match of one alternative never overlaps one of the other (letters and apostrophes
    against digits, dots and commas), so a text's tokens are its words and its numbers. The
    words: the texts joined by ``\\x00`` with ’ as '; each apostrophe that no word can hold
    (without a letter before it or a lower-case letter after it) a space; then one byte table
    (letters and ' stay, anything else a space) and a split. The numbers: `findall`'s, for the
    texts with a digit. The whole `findall` for a text with an apostrophe that a word may hold
    or not depending on the one before it ("rock'n'roll": "rock'n", "roll"), and for every
    text of a batch holding the break character."""
    joined = _BREAK.join(texts)
    if not texts or joined.count(_BREAK) != len(texts) - 1:
        return [_CUE_TOKENS.findall(t) for t in texts]
    numbered: set[int] = set()
    if not joined.isascii():
        decimals = [c for c in set(_NON_ASCII.findall(joined)) if c.isdecimal()]
        if decimals:  # digits of other scripts: the byte table below does not see them
            numbered = {i for i, t in enumerate(texts) if any(c in t for c in decimals)}
        joined = joined.replace("’", "'")
    tangled: list[int] = []
    if "'" in joined:
        joined = _UNUSED_APOSTROPHE.sub(" ", joined)  # one character for one: same offsets
        tangled = [m.start() for m in _TANGLED_APOSTROPHE.finditer(joined)]
    data = joined.encode("ascii", "replace")
    rows = list(map(str.split, data.translate(_CUE_LETTER_BYTES).decode().split(_BREAK)))
    digits = data.translate(_CUE_DIGIT_BYTES).decode().split(_BREAK)
    numbered.update(compress(range(len(texts)), map(contains, digits, repeat("0"))))
    for i in numbered:
        rows[i] += _NUMBERS.findall(texts[i])
    if tangled:
        starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
        for i in {bisect_right(starts, at) - 1 for at in tangled}:
            rows[i] = _CUE_TOKENS.findall(texts[i])
    return rows
