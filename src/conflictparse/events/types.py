"""Event types: the ACLED type an event's wording gives, by priority (``data/events.toml``)."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Mapping, Sequence
from typing import Any

from conflictparse.model import EventType
from conflictparse.quantities.grammar import LETTER
from conflictparse.text.lexicon import load_toml
from conflictparse.text.normalize import fold

__all__ = ["event_type"]

_WORD = re.compile(rf"[{LETTER}]+")


@functools.cache
def _event_words() -> tuple[tuple[EventType, frozenset[str], frozenset[tuple[str, str]]], ...]:
    """Per type, by priority: its one-word forms and its two-word forms."""
    data: Mapping[str, Any] = load_toml("events.toml")
    table = []
    for name in data["priority"]:
        phrases = [tuple(_WORD.findall(fold(word))) for word in data["words"][name]]
        singles = frozenset(phrase[0] for phrase in phrases if len(phrase) == 1)
        pairs = frozenset((phrase[0], phrase[1]) for phrase in phrases if len(phrase) == 2)
        table.append((EventType(name), singles, pairs))
    return tuple(table)


def event_type(words: Sequence[str]) -> EventType | None:
    """The first type, by priority, whose wording occurs among ``words``."""
    stems = [
        word[1:] if word[:1] in ("و", "ب", "ل", "ف") and len(word) > 3 else word for word in words
    ]
    present = set(words).union(stems)
    pairs: set[tuple[str, str]] | None = None
    for kind, singles, doubles in _event_words():
        if not singles.isdisjoint(present):
            return kind
        if doubles:
            if pairs is None:
                pairs = set(itertools.pairwise(words)).union(itertools.pairwise(stems))
            if not doubles.isdisjoint(pairs):
                return kind
    return None
