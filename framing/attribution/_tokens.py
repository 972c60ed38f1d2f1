"""Tokens: one sentence cut into words with lower-case forms, capitals and offsets."""

from __future__ import annotations

import re
from itertools import accumulate
from operator import itemgetter

_TOKEN_RE = re.compile(
    r"""
    \s*(?:                                    # leading space kept: offsets by accumulation
    [a-z]+(?![\w.'’&/-])                      # a plain lower-case word (the common case, first)
  | (?:[A-Za-z]\.){2,}                        # U.S. D.C. a.m.
  | [A-Z][a-z]{0,3}\.(?=\s+[A-Z0-9])          # Mr. Sen. Gov. Jan. No. and initials
  | (?<=[a-z]\ )[A-Z]\.(?=\ [a-z])             # a surname's initial: "Erdal Y. claimed"
  | (?:Inc|Corp|Ltd|Co|Bros|Jr|Sr)\.(?=\s+[a-z]|,)  # Acme Inc. said, John Hale Jr., the
  | (?<=\bet\ )al\.                          # the al. of "Smith et al."
  | ['’](?:s|re|ve|ll|d|m|t)\b                # clitics: 's 're 've 'll 'd 'm, the t of n't
  | [^\W_]+(?:[-&/.][^\W_]+|['’](?!(?:s|re|ve|ll|d|m|t)\b)[^\W_]+)*  # words, O'Brien
  | ''|``|--|\S                               # punctuation
    )""",
    re.X,
)


_WORD_RE = re.compile(r"[a-z]+")


_CAP_WORD_RE = re.compile(r"\b[A-Z][a-z]")


_QUOTE_TOKENS = frozenset(('"', "“", "”", "''", "``", "„", "«", "»"))


_DASHES = frozenset(("—", "–", "--", "-", "_"))


class _Tok:
    """The tokens of one sentence: words, lower-case words, capitalisation; offsets on demand."""

    __slots__ = ("_ends", "_pieces", "_titlecase", "cap", "low", "n", "s0", "text")

    def __init__(self, text: str, s0: int, s1: int) -> None:
        pieces = _TOKEN_RE.findall(text, s0, s1)  # tokens with their leading white space
        words = list(map(str.lstrip, pieces))
        if words and not words[-1]:  # trailing white space
            words.pop()
            pieces.pop()
        self.text = words
        self.low = "\x00".join(words).lower().split("\x00")
        if len(self.low) != len(words):  # pragma: no cover - exotic case mappings
            self.low = [w.lower() for w in words]
        self.cap = list(map(str.__ne__, words, self.low))
        self.n = len(words)
        self.s0 = s0
        self._pieces = pieces
        self._ends: list[int] | None = None
        self._titlecase: bool | None = None

    def titlecase(self) -> bool:
        """Whether the sentence is a title-case heading (most of its words capitalised)."""
        if self._titlecase is None:
            nword = sum(
                map(str.isalpha, map(itemgetter(0), self.text))
            )  # words with a letter first
            self._titlecase = nword > 2 and sum(self.cap) >= 0.6 * nword
        return self._titlecase

    def end(self, k: int) -> int:
        """Whole-text end offset of token k."""
        if self._ends is None:
            self._ends = list(accumulate(map(len, self._pieces), initial=self.s0))[1:]
        return self._ends[k]

    def start(self, k: int) -> int:
        """Whole-text offset of token k."""
        return self.end(k) - len(self.text[k])
