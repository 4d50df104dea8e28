"""Event types: the ACLED type an event's wording gives, by priority (``data/events.toml``)."""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Sequence

from conflictparse.model import EventType
from conflictparse.text.lexicon.events import TypeWording, event_lexicon
from conflictparse.text.tokens import without_clitic

__all__ = ["event_type"]

_KEPT = 65536  # words whose rank and mask are remembered before they are forgotten at once


def event_type(words: Sequence[str]) -> EventType | None:
    """The first type, by priority, whose wording occurs among ``words``.

    Each word (or its stem without a proclitic) is looked up once in :func:`_tables`: the
    best type it gives alone, and the types whose phrases it may open.  Only the types of
    higher priority than the best single word whose phrases may occur are then read.

    >>> event_type(["قتل", "مدنيين", "بغاره", "جويه"]).value  # folded words
    'explosions_remote_violence'
    """
    ranks, masks = _tables()
    types = event_lexicon().types
    best = min(map(ranks.__getitem__, words), default=len(types))
    opened = functools.reduce(operator.or_, map(masks.__getitem__, words), 0)
    grams: dict[int, set[tuple[str, ...]]] = {}
    stems: list[str] | None = None
    for rank in range(best):
        if not opened >> rank & 1:
            continue  # no word of the text opens a phrase of this type
        if stems is None:
            stems = [without_clitic(word) for word in words]
        for phrase in types[rank].phrases:
            size = len(phrase)
            if size not in grams:
                grams[size] = _ngrams(words, size) | _ngrams(stems, size)
            if phrase in grams[size]:
                return types[rank].type
    return types[best].type if best < len(types) else None


class _WordTable(dict[str, int]):
    """A number per word, computed on first use; at most ``_KEPT`` words are kept."""

    def __init__(self, compute: Callable[[str], int]) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, word: str) -> int:
        if len(self) >= _KEPT:
            self.clear()
        value = self[word] = self.compute(word)
        return value


@functools.cache
def _tables() -> tuple[_WordTable, _WordTable]:
    """Two tables of the words of the text, each filled on first use.

    The first gives the index of the first type a word or its stem gives (the number of
    types if none), the second a bitmask of the types with a phrase it opens.
    """
    types = event_lexicon().types
    return _WordTable(functools.partial(_rank, types)), _WordTable(functools.partial(_mask, types))


def _rank(types: tuple[TypeWording, ...], word: str) -> int:
    """The index of the first type whose words hold ``word`` or its stem."""
    forms = {word, without_clitic(word)}
    return next(
        (i for i, wording in enumerate(types) if not wording.words.isdisjoint(forms)), len(types)
    )


def _mask(types: tuple[TypeWording, ...], word: str) -> int:
    """The bitmask of the types with a phrase that ``word`` or its stem opens."""
    forms = {word, without_clitic(word)}
    return sum(
        1 << i for i, wording in enumerate(types) if not wording.phrase_firsts.isdisjoint(forms)
    )


def _ngrams(words: Sequence[str], size: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}
