"""The word index of one folded text: its words, where they occur, its sentences and clauses.

Built once per text in one pass, it answers «the words before/after this
position, in the same clause», «the words of this span», «where do the words
of this table occur» and «which sentence holds this position» by bisection,
so that every layer reads the text without tokenising it again.
"""

from __future__ import annotations

import array
import bisect
import operator
import re
import sys
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import NamedTuple

__all__ = [
    "CLAUSE_MARK",
    "CLITICS",
    "CLITICS_BUT_KAF",
    "CLOSING_QUOTES",
    "LETTER",
    "OPENING_QUOTES",
    "SENTENCE_MARKS",
    "WORD",
    "TextIndex",
    "Word",
    "clitic_surfaces",
    "lam_surfaces",
    "listed",
    "sentence_spans",
    "without_clitic",
    "word_before",
    "word_before_in",
]

LETTER = r"\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF"
"""The Arabic letters of a word, as a character-class body (no harakat: they are folded away)."""

WORD = re.compile(rf"[{LETTER}]+")
"""A word: a run of Arabic letters."""

OPENING_QUOTES = '"“«('
"""What opens a quoted or bracketed name: «لـ"أخبار اليوم"», «(دارفور24)», «سوق "ود راوة"»."""

CLOSING_QUOTES = ')"»”'
"""What closes it."""

CLITICS = "وفبلك"
"""The one-letter proclitics: «و» and, «ف» so, «ب» with, «ل» for, «ك» like."""

CLITICS_BUT_KAF = "وفبل"
"""The proclitics a lookup takes off where «ك» would cut too many words («كان», «كتيبة»)."""

SENTENCE_MARKS = "!؟?\n·"
"""Marks that end a sentence besides the full stop: «·» is one that some sites print for it."""

# A sentence ends at one of `SENTENCE_MARKS`, or at a full stop that is no decimal point
# («4.1» ends nothing); a clause also ends at «؛» and «;».
_SENTENCE_END = re.compile(rf"(?:[{SENTENCE_MARKS}]|\.(?![0-9])|(?<![0-9])\.)+")
_CLAUSE_END = re.compile(rf"[{SENTENCE_MARKS}؛;]|\.(?![0-9])|(?<![0-9])\.")

CLAUSE_MARK = re.compile(r"[،,.؛;:\n]")
"""A mark that ends a short clause, the comma too: «قالت جمعية اليوم، إن …», «… في بلدة X، وقصفت …».

Read on the raw text where no word index is at hand (a lead's dates, a place's window).
"""


def word_before(text: str, pos: int, reach: int) -> Word | None:
    r"""The whole word that ends before ``pos``, past spaces or tabs, within ``reach`` characters.

    A word on the line before, or longer than ``reach``, is none: a check of the word before a
    name never reads across a line nor a part of a word.

    >>> word_before("قتل في هذه القرى", 11, 8)
    Word(start=7, end=10, text='هذه')
    >>> word_before("قتل\nالقرى", 4, 8) is None
    True
    """
    found = _WORD_BEFORE.search(text, max(0, pos - reach), pos)
    return Word(found.start(1), found.end(1), found[1]) if found is not None else None


def word_before_in(text: str, pos: int, reach: int, words: Collection[str]) -> bool:
    """Whether the word before ``pos`` (see :func:`word_before`) is one of ``words``."""
    found = word_before(text, pos, reach)
    return found is not None and found.text in words


_WORD_BEFORE = re.compile(r"(?<![^ \t\n])([^ \t\n]++)[ \t]++\Z")


def without_clitic(word: str) -> str:
    """``word`` without one proclitic other than «ك», if four letters or more are left to it.

    >>> without_clitic("وقصف"), without_clitic("بلد")
    ('قصف', 'بلد')
    """
    return word[1:] if word[:1] in CLITICS_BUT_KAF and len(word) > 3 else word


def listed(word: str, words: Collection[str]) -> bool:
    """Whether ``word``, as written or without its proclitic, is one of ``words``.

    >>> listed("وبشكل", {"بشكل"}), listed("بشكل", {"شكل"}), listed("قصف", {"صف"})
    (True, True, False)
    """
    return word in words or without_clitic(word) in words


def clitic_surfaces(firsts: Iterable[str], *, doubles: bool = False) -> dict[str, tuple[int, str]]:
    """Each word as it may be written with a proclitic: surface → (clitic letters, word).

    With ``doubles``, two proclitics too («ولقوات»), and «ل» before the article
    with its alef dropped («للمرصد» for ل + «المرصد»).  A word that is itself one of
    ``firsts`` reads as itself, in whatever order they come.

    >>> clitic_surfaces(["حلب"])["وحلب"]
    (1, 'حلب')
    >>> clitic_surfaces(["ردفان", "كردفان"])["كردفان"]
    (0, 'كردفان')
    >>> clitic_surfaces(["المرصد"], doubles=True)["للمرصد"]
    (1, 'المرصد')
    """
    firsts = list(firsts)
    surfaces: dict[str, tuple[int, str]] = {first: (0, first) for first in firsts}
    for first in firsts:
        for clitic in CLITICS:
            surfaces.setdefault(clitic + first, (1, first))
        if not doubles:
            continue
        for double in ("ول", "وب", "وك", "فل", "فب"):
            surfaces.setdefault(double + first, (2, first))  # «ولقوات النظام»
        if first.startswith("ال") and not first.startswith("الل"):
            surfaces.setdefault("ل" + first[1:], (1, first))  # «للمرصد»: ل + المرصد
            surfaces.setdefault("ول" + first[1:], (2, first))
    return surfaces


def lam_surfaces(firsts: Iterable[str]) -> dict[str, tuple[int, str]]:
    """Words whose article meets their own first «ل» after «ل»: «للواء» → ل + «اللواء».

    The article's alef and lam both drop, so the surface is also that of ل + «لواء»;
    a reader tries this reading when the other gives nothing.

    >>> lam_surfaces(["اللواء", "المرصد"])
    {'للواء': (1, 'اللواء'), 'وللواء': (2, 'اللواء')}
    """
    surfaces: dict[str, tuple[int, str]] = {}
    for first in firsts:
        if first.startswith("الل"):
            surfaces.setdefault("ل" + first[2:], (1, first))
            surfaces.setdefault("ول" + first[2:], (2, first))
    return surfaces


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every sentence of ``text`` that holds more than blanks.

    >>> sentence_spans("قتل 4.5 مدنيين. واصيب 3")
    [(0, 14), (15, 23)]
    """
    return list(_sentences_of(text))


def _sentences_of(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each sentence of ``text`` that holds more than blanks, in turn."""
    start = 0
    for end_mark in _SENTENCE_END.finditer(text):
        if text[start : end_mark.start()].strip():
            yield start, end_mark.start()
        start = end_mark.end()
    if text[start:].strip():
        yield start, len(text)


class Word(NamedTuple):
    """A word of folded text and its offsets."""

    start: int
    end: int
    text: str


class TextIndex:
    """The words of a folded text, where they occur, and where its sentences and clauses end.

    Examples:
        >>> index = TextIndex("قتل 5 مدنيين. واصيب 3")
        >>> [word.text for word in index.after(5, 3)]
        ['مدنيين']
        >>> [word.text for word in index.before(20, 3)]
        ['واصيب']
        >>> index.anchors({"اصيب"}, clitics="و")
        [14]
    """

    def __init__(self, text: str) -> None:
        # Offsets in machine arrays and one string object per distinct word: the index
        # costs a few bytes per byte of text, not a hundred.
        self.text = text
        self._typecode = "i" if len(text) < 2**31 else "q"  # 4 bytes an offset where they fit
        starts = array.array(self._typecode)
        words: list[str] = []
        intern = sys.intern
        for match in WORD.finditer(text):
            starts.append(match.start())
            words.append(intern(match[0]))
        self.starts = starts
        self.words = words
        self._ends: array.array[int] | None = None
        self._breaks: array.array[int] | None = None
        self._sentences: tuple[array.array[int], array.array[int]] | None = None
        self._occurrences: dict[str, array.array[int]] | None = None

    @property
    def ends(self) -> array.array[int]:
        """The end offset of each word (built on first use: finding anchors needs none)."""
        if self._ends is None:
            self._ends = array.array(
                self._typecode, map(operator.add, self.starts, map(len, self.words))
            )
        return self._ends

    @property
    def breaks(self) -> array.array[int]:
        """The offsets where a clause ends, in order (built on first use)."""
        if self._breaks is None:
            self._breaks = array.array(
                self._typecode, [match.start() for match in _CLAUSE_END.finditer(self.text)]
            )
        return self._breaks

    # -- what occurs where ---------------------------------------------------------

    @property
    def vocabulary(self) -> Collection[str]:
        """The distinct words of the text."""
        return self.occurrences.keys()

    @property
    def occurrences(self) -> dict[str, array.array[int]]:
        """Each distinct word and the positions (in :attr:`words`) of its occurrences, in order."""
        if self._occurrences is None:
            found: dict[str, array.array[int]] = {}
            for position, word in enumerate(self.words):
                positions = found.get(word)
                if positions is None:
                    found[word] = positions = array.array(self._typecode)
                positions.append(position)
            self._occurrences = found
        return self._occurrences

    def find(self, table: Collection[str], *, clitics: str = "") -> list[Word]:
        """The words of the text found in ``table``, in order.

        With ``clitics``, a word made of one of those letters and a word of the
        table counts too («وآذار»), whole.
        """
        starts, ends, words = self.starts, self.ends, self.words
        return [Word(starts[i], ends[i], words[i]) for i in self._positions(table, clitics)]

    def anchors(self, table: Collection[str], *, clitics: str = "") -> list[int]:
        """The start offsets of the words :meth:`find` gives."""
        starts = self.starts
        return [starts[i] for i in self._positions(table, clitics)]

    def _positions(self, table: Collection[str], clitics: str) -> Sequence[int]:
        occurrences = self.occurrences
        if len(table) < len(occurrences):
            present = [word for word in table if word in occurrences]
        else:
            present = [word for word in occurrences if word in table]
        if clitics:
            present += [
                word
                for word in occurrences
                if word[:1] in clitics and word not in table and word[1:] in table
            ]
        if len(present) == 1:
            return occurrences[present[0]]
        return sorted(position for word in present for position in occurrences[word])

    # -- words around a position -----------------------------------------------------

    def words_in(self, start: int, end: int) -> list[str]:
        """The words that lie within ``[start, end)``."""
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_right(self.ends, end)
        return self.words[first:last] if last > first else []

    def after(self, pos: int, limit: int, *, clause: bool = True) -> list[Word]:
        """Up to ``limit`` words starting at or after ``pos`` (in the same clause)."""
        first = bisect.bisect_left(self.starts, pos)
        last = min(len(self.starts), first + limit)
        if clause:  # stop at the first clause end after ``pos``
            index = bisect.bisect_left(self.breaks, pos)
            if index < len(self.breaks):
                last = min(last, bisect.bisect_left(self.starts, self.breaks[index]))
        starts, ends, words, new = self.starts, self.ends, self.words, tuple.__new__
        return [new(Word, (starts[i], ends[i], words[i])) for i in range(first, last)]

    def before(self, pos: int, limit: int, *, clause: bool = True) -> list[Word]:
        """Up to ``limit`` words ending at or before ``pos`` (in the same clause), nearest first."""
        last = bisect.bisect_right(self.ends, pos) - 1
        first = max(-1, last - limit)
        if clause:  # stop at the last clause end before ``pos``
            index = bisect.bisect_left(self.breaks, pos) - 1
            if index >= 0:
                first = max(first, bisect.bisect_right(self.ends, self.breaks[index]) - 1)
        # ``tuple.__new__`` builds a Word at half the cost of the namedtuple's own constructor.
        starts, ends, words, new = self.starts, self.ends, self.words, tuple.__new__
        return [new(Word, (starts[i], ends[i], words[i])) for i in range(last, first, -1)]

    def texts_before(self, pos: int, limit: int) -> list[str]:
        """The texts of :meth:`before` (in the same clause, nearest first), without offsets.

        >>> TextIndex("قتل 5 مدنيين. واصيب 3").texts_before(20, 3)
        ['واصيب']
        """
        last = bisect.bisect_right(self.ends, pos) - 1
        first = max(-1, last - limit)
        index = bisect.bisect_left(self.breaks, pos) - 1
        if index >= 0:
            first = max(first, bisect.bisect_right(self.ends, self.breaks[index]) - 1)
        return self.words[first + 1 : last + 1][::-1]

    # -- sentences ------------------------------------------------------------------

    @property
    def sentences(self) -> Iterator[tuple[int, int]]:
        """The (start, end) of every sentence that holds more than blanks, in order."""
        return zip(*self._sentence_bounds(), strict=True)

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence that holds ``pos`` (or the text up to ``pos`` before the first one)."""
        starts, ends = self._sentence_bounds()
        index = bisect.bisect_right(starts, pos) - 1
        return (starts[index], ends[index]) if index >= 0 else (0, pos)

    def after_in_sentence(self, span: tuple[int, int], limit: int) -> list[Word]:
        """Up to ``limit`` words after ``span``, past clause ends, in the sentence of its start.

        Examples:
            >>> index = TextIndex("قتل مدني، في حماة. وقصف")
            >>> [word.text for word in index.after_in_sentence((0, 3), 9)]
            ['مدني', 'في', 'حماة']
        """
        end = self.sentence_at(span[0])[1]
        return [word for word in self.after(span[1], limit, clause=False) if word.start < end]

    def sentence_near(self, start: int, end: int, reach: int) -> tuple[int, int]:
        """The sentence of ``start:end``, at most ``reach`` characters either side of it.

        A sentence may run for pages (or a whole hostile text): what is read around a span
        stays bounded, so that reading around every span stays linear.
        """
        first, last = self.sentence_at(start)
        return max(first, start - reach), min(last, end + reach)

    def _sentence_bounds(self) -> tuple[array.array[int], array.array[int]]:
        """The starts and the ends of the sentences, in two machine arrays (built on first use)."""
        if self._sentences is None:
            starts, ends = array.array(self._typecode), array.array(self._typecode)
            for start, end in _sentences_of(self.text):
                starts.append(start)
                ends.append(end)
            self._sentences = starts, ends
        return self._sentences
