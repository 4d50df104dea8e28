"""One phrase matcher: phrases of folded words and their values, matched over word tuples.

Every stage that looks up multi-word phrases (actor aliases, place names,
units, casualty wordings, date phrases) keeps them in a :class:`PhraseTable`
and walks the words of the text through it: a walk stops at the first word
that no phrase continues with, so a lookup costs one set test per word read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Generic, TypeVar

from conflictparse.text.tokens import CLITICS_BUT_KAF, LETTER, Word

__all__ = [
    "NEXT_WORD",
    "PhraseTable",
    "alternation",
    "find_phrase",
    "has",
    "word_trie",
    "words_from",
]

V = TypeVar("V")

NEXT_WORD = re.compile(rf"[ \t]*+(?P<word>[{LETTER}]++)")
"""Spaces or tabs, then a word (group ``word``): the next word on the same line."""


def words_from(
    text: str, pos: int, pattern: re.Pattern[str] = NEXT_WORD, reach: int = 40
) -> Iterator[Word]:
    """The words of ``text`` from ``pos`` on, each within ``reach`` characters of the last.

    ``pattern`` matches what may stand before a word and the word itself (its
    group ``word``); the default allows spaces and tabs, never a line end.

    Examples:
        >>> [word.text for word in words_from("قوات النظام، السوري", 0)]
        ['قوات', 'النظام']
    """
    while (found := pattern.match(text, pos, pos + reach)) is not None:
        yield Word(found.start("word"), found.end("word"), found["word"])
        pos = found.end()


class PhraseTable(Generic[V]):
    """Phrases (tuples of folded words) and their values.

    Examples:
        >>> table = PhraseTable({("قوات",): "forces", ("قوات", "النظام"): "regime"})
        >>> table.longest(["قوات", "النظام", "السوري"])
        ('regime', 2)
        >>> list(table.matches(["قوات", "النظام"]))
        [('forces', 1), ('regime', 2)]
        >>> table.longest(["النظام"]) is None
        True
    """

    __slots__ = ("first_words", "longest_phrase", "prefixes", "values")

    def __init__(self, phrases: Mapping[tuple[str, ...], V]) -> None:
        self.values: Mapping[tuple[str, ...], V] = dict(phrases)
        self.prefixes = frozenset(
            phrase[:length] for phrase in self.values for length in range(1, len(phrase) + 1)
        )
        self.first_words = frozenset(phrase[0] for phrase in self.values if phrase)
        self.longest_phrase = max(map(len, self.values), default=0)

    def __len__(self) -> int:
        return len(self.values)

    def __contains__(self, phrase: object) -> bool:
        return phrase in self.values

    def get(self, phrase: tuple[str, ...]) -> V | None:
        """The value of exactly ``phrase``, if it is one."""
        return self.values.get(phrase)

    def matches(self, words: Iterable[str]) -> Iterator[tuple[V, int]]:
        """Every phrase that ``words`` start with, shortest first: (value, words used).

        ``words`` may be a lazy iterator: it is read no further than the
        longest phrase that could still match.
        """
        key: tuple[str, ...] = ()
        for word in words:
            key = (*key, word)
            if key not in self.prefixes:
                return
            value = self.values.get(key)
            if value is not None:
                yield value, len(key)

    def walk(self, words: Iterable[Word]) -> Iterator[tuple[V, tuple[str, ...], int]]:
        """Every phrase that ``words`` start with, shortest first: (value, phrase, end offset)."""
        key: tuple[str, ...] = ()
        for word in words:
            key = (*key, word.text)
            if key not in self.prefixes:
                return
            value = self.values.get(key)
            if value is not None:
                yield value, key, word.end

    def longest(self, words: Iterable[str]) -> tuple[V, int] | None:
        """The longest phrase that ``words`` start with: (value, words used)."""
        best = None
        for best in self.matches(words):  # noqa: B007 - the last one is the longest
            pass
        return best


def alternation(phrases: Iterable[Sequence[str]], gap: str = r"[ \t]++") -> str:
    """A regular expression's alternatives for ``phrases`` of words, the longest first.

    The words of a phrase are joined by ``gap``; with no phrase, an alternative that never
    matches.

    >>> alternation([("فضلا", "عن"), ("اضافه", "الي")], gap=" +")
    'اضافه +الي|فضلا +عن'
    >>> alternation([])
    '(?!)'
    """
    ordered = sorted(phrases, key=lambda phrase: len(" ".join(phrase)), reverse=True)
    return "|".join(gap.join(map(re.escape, phrase)) for phrase in ordered) or "(?!)"


def word_trie(words: Iterable[str]) -> str:
    """A regular expression for ``words`` with their shared beginnings factored out.

    It matches what the plain alternation of the words, the longest first, matches, but a
    search tries each letter once instead of once per word: worth it where the pattern is
    tried at many places.  With no word, an expression that never matches.

    >>> word_trie(["من", "منذ", "مايو"])
    'م(?:ايو|نذ?)'
    """
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for letter in word:
            node = node.setdefault(letter, {})
        node[_END] = {}
    return _trie_branch(root) or "(?!)"


_END = ""  # the key that marks the end of a word in a trie node


def _trie_branch(node: dict[str, dict[str, Any]]) -> str:
    """The expression for the words below ``node``: longer continuations tried first."""
    branches = [re.escape(letter) + _trie_branch(node[letter]) for letter in sorted(node) if letter]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END not in node:
        return body
    return body + "?" if len(body) == 1 else f"(?:{body})?"


def has(words: Sequence[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether one of ``phrases`` occurs among ``words`` (a first word may carry a proclitic)."""
    return find_phrase(words, phrases) is not None


def find_phrase(
    words: Sequence[str], phrases: frozenset[tuple[str, ...]]
) -> tuple[int, int] | None:
    """The first of ``phrases`` among ``words``, as (position, length), the longest there.

    A first word may carry a proclitic («وبرصاص مجهولين»).

    >>> find_phrase(["قتل", "وبرصاص", "مجهولين"], frozenset({("برصاص", "مجهولين")}))
    (1, 2)
    """
    surfaces = _surfaces(phrases)
    for position, word in enumerate(words):
        found = surfaces.get(word)
        if found is None:
            continue
        head, sizes = found
        for size in reversed(sizes):
            if position + size <= len(words) and (
                (head, *words[position + 1 : position + size]) in phrases
            ):
                return position, size
    return None


@functools.cache
def _surfaces(phrases: frozenset[tuple[str, ...]]) -> dict[str, tuple[str, tuple[int, ...]]]:
    """Each first word of ``phrases``, bare or with a proclitic: (the word, phrase lengths)."""
    sizes: dict[str, set[int]] = {}
    for phrase in phrases:
        sizes.setdefault(phrase[0], set()).add(len(phrase))
    found: dict[str, tuple[str, tuple[int, ...]]] = {}
    for first, lengths in sizes.items():
        entry = (first, tuple(sorted(lengths)))
        for clitic in CLITICS_BUT_KAF:
            if len(first) >= 3:  # «وقصف» is «قصف»: a stem of three letters or more keeps a clitic
                found.setdefault(clitic + first, entry)
        found[first] = entry
    return found
