"""The event lexicon (``events.toml``): the wording of each ACLED event type, and clause openers.

An event type is read from single words and from pairs of words; the types
are tried in the order of ``priority``.
"""

from __future__ import annotations

import functools

import attrs

from conflictparse.model import EventType
from conflictparse.text.lexicon import Section, load
from conflictparse.text.normalize import fold
from conflictparse.text.tokens import WORD

__all__ = ["EventLexicon", "TypeWording", "build", "event_lexicon"]


@attrs.frozen(slots=True)
class TypeWording:
    """The folded words and phrases of two or more words that give an event its type."""

    type: EventType
    words: frozenset[str]
    phrases: frozenset[tuple[str, ...]]
    phrase_firsts: frozenset[str]  # the first words of ``phrases``: a quick «no»


@attrs.frozen(slots=True)
class EventLexicon:
    """Event types by priority, and the words that open a clause of its own."""

    types: tuple[TypeWording, ...]
    clause_openers: tuple[str, ...]


def build(data: Section) -> EventLexicon:
    """The lexicon from the data of an ``events.toml``."""
    words = data.table("words")
    types = []
    for name in data.words("priority"):
        try:
            kind = EventType(name)
        except ValueError:
            raise data.error("priority", f"{name!r} is not an event type") from None
        phrases = [tuple(WORD.findall(fold(phrase))) for phrase in words.words(name)]
        types.append(
            TypeWording(
                type=kind,
                words=frozenset(phrase[0] for phrase in phrases if len(phrase) == 1),
                phrases=frozenset(phrase for phrase in phrases if len(phrase) > 1),
                phrase_firsts=frozenset(phrase[0] for phrase in phrases if len(phrase) > 1),
            )
        )
    unlisted = sorted(set(words) - set(data.words("priority")))
    if unlisted:
        raise data.error("priority", f"types with words but no priority: {', '.join(unlisted)}")
    openers = tuple(fold(word) for word in data.table("clauses").words("openers"))
    return EventLexicon(types=tuple(types), clause_openers=openers)


@functools.cache
def event_lexicon() -> EventLexicon:
    """The packaged event lexicon, read and checked on first use."""
    return build(load("events.toml"))
