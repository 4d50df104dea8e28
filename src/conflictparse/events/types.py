"""Event types: the ACLED type an event's wording gives, by priority (``data/events.toml``)."""

from __future__ import annotations

from collections.abc import Sequence

from conflictparse.model import EventType
from conflictparse.text.lexicon.events import event_lexicon

__all__ = ["event_type"]

_CLITICS = "وبلف"  # the proclitics an event word may carry: «وقصف», «بغارة»


def event_type(words: Sequence[str]) -> EventType | None:
    """The first type, by priority, whose wording occurs among ``words``.

    >>> event_type(["قتل", "مدنيين", "بغاره", "جويه"]).value  # folded words
    'explosions_remote_violence'
    """
    stems = [word[1:] if word[:1] in _CLITICS and len(word) > 3 else word for word in words]
    present = set(words).union(stems)
    grams: dict[int, set[tuple[str, ...]]] = {}
    for wording in event_lexicon().types:
        if not wording.words.isdisjoint(present):
            return wording.type
        if wording.phrase_firsts.isdisjoint(present):
            continue
        for phrase in wording.phrases:
            size = len(phrase)
            if size not in grams:
                grams[size] = _ngrams(words, size) | _ngrams(stems, size)
            if phrase in grams[size]:
                return wording.type
    return None


def _ngrams(words: Sequence[str], size: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}
