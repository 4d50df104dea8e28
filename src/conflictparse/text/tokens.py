"""An index of the words of one folded text, for the finders that read around a number.

Built once per text in one pass, it answers «the words before/after this
position, in the same clause» by bisection, so that reading around every
quantity costs no more than the words it returns.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from conflictparse.quantities.grammar import LETTER

__all__ = ["Word", "WordIndex"]

_LETTERS = re.compile(rf"[{LETTER}]+")
_CLAUSE_END = re.compile(r"[.؛;!?؟\n]")


class Word(NamedTuple):
    """A word of folded text and its offsets."""

    start: int
    end: int
    text: str


class WordIndex:
    """The words of a text and where its clauses end.

    Examples:
        >>> index = WordIndex("قتل 5 مدنيين. واصيب 3")
        >>> [word.text for word in index.after(5, 3)]
        ['مدنيين']
        >>> [word.text for word in index.before(20, 3)]
        ['واصيب']
    """

    def __init__(
        self,
        text: str,
        pattern: re.Pattern[str] = _LETTERS,
        clause_end: re.Pattern[str] = _CLAUSE_END,
    ) -> None:
        matches = list(pattern.finditer(text))
        self.starts = [match.start() for match in matches]
        self.ends = [match.end() for match in matches]
        self.texts = [match[0] for match in matches]
        self.breaks = [match.start() for match in clause_end.finditer(text)]

    def after(self, pos: int, limit: int, *, clause: bool = True) -> list[Word]:
        """Up to ``limit`` words starting at or after ``pos`` (in the same clause)."""
        first = bisect.bisect_left(self.starts, pos)
        last = min(len(self.starts), first + limit)
        if clause:  # stop at the first clause end after ``pos``
            index = bisect.bisect_left(self.breaks, pos)
            if index < len(self.breaks):
                last = min(last, bisect.bisect_left(self.starts, self.breaks[index]))
        return [
            Word(self.starts[index], self.ends[index], self.texts[index])
            for index in range(first, last)
        ]

    def before(self, pos: int, limit: int, *, clause: bool = True) -> list[Word]:
        """Up to ``limit`` words ending at or before ``pos`` (in the same clause), nearest first."""
        last = bisect.bisect_right(self.ends, pos) - 1
        first = max(-1, last - limit)
        if clause:  # stop at the last clause end before ``pos``
            index = bisect.bisect_left(self.breaks, pos) - 1
            if index >= 0:
                first = max(first, bisect.bisect_right(self.ends, self.breaks[index]) - 1)
        return [
            Word(self.starts[index], self.ends[index], self.texts[index])
            for index in range(last, first, -1)
        ]
