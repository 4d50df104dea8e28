"""The event lexicon (``events.toml``): sub-event wordings, role cues and non-events.

The wording of each ACLED sub-event type, the words around the sides of an
event and the clause openers, and the words that mark what is not an event.

A sub-event type (and so its type) is read from single words and from phrases
of several words; the wordings are tried in the order of the file.
"""

from __future__ import annotations

import enum
import functools
import itertools
from collections.abc import Mapping
from types import MappingProxyType
from typing import TypeVar

import attrs

from conflictparse.events.event import SubEventType
from conflictparse.model import EventType, PlaceKind
from conflictparse.text.lexicon import Section, load
from conflictparse.text.normalize import fold
from conflictparse.text.tokens import WORD

__all__ = ["EventLexicon", "TypeWording", "build", "event_lexicon"]

E = TypeVar("E", bound=enum.Enum)


@attrs.frozen(slots=True, kw_only=True)
class TypeWording:
    """The folded words and phrases of two or more words that give a sub-event type.

    ``when_state`` is the sub-type to take instead when the side that acts is a
    state force.
    """

    rank: int  # its place in the order of the file: lower wins
    type: EventType
    sub_type: SubEventType
    when_state: SubEventType | None
    when_unopposed: SubEventType | None
    unopposed: frozenset[tuple[str, ...]]
    weak: bool
    generic: bool  # a bare «هجوم»: may tell an incident told more precisely elsewhere
    listed_only: bool  # its words count with the article only where listed so
    words: frozenset[str]
    phrases: frozenset[tuple[str, ...]]
    phrase_firsts: frozenset[str]  # the first words of ``phrases``: a quick «no»


@attrs.frozen(slots=True, kw_only=True)
class EventLexicon:
    """Wordings by priority, clause openers, role cues and the marks of non-events."""

    types: tuple[TypeWording, ...]
    clause_openers: tuple[str, ...]
    agent_cues: frozenset[tuple[str, ...]]
    patient_cues: frozenset[tuple[str, ...]]
    between: frozenset[str]
    subject_of: frozenset[str]
    associates: frozenset[tuple[str, ...]]
    sources: frozenset[tuple[str, ...]]
    references: frozenset[str]
    dead_of: frozenset[str]
    attack_kinds: frozenset[str]
    civilians: frozenset[str]
    persons: frozenset[str]
    planned: frozenset[tuple[str, ...]]
    statements: frozenset[tuple[str, ...]]
    background: frozenset[str]
    happened: frozenset[str]
    when: frozenset[str]
    times_of_day: frozenset[str]
    holds_nothing: frozenset[str]
    another: frozenset[str]
    cumulative: frozenset[tuple[str, ...]]
    cumulative_after: frozenset[tuple[str, ...]]
    campaign: frozenset[tuple[str, ...]]
    spans: frozenset[str]
    span_units: frozenset[str]
    tallies: frozenset[str]
    locators: frozenset[tuple[str, ...]]
    place_anaphora: Mapping[str, PlaceKind | None]


def _phrases(section: Section, key: str) -> list[tuple[str, ...]]:
    phrases = [tuple(WORD.findall(fold(phrase))) for phrase in section.words(key)]
    if not all(phrases):
        raise section.error(key, "an entry has no Arabic word")
    return phrases


def _enum(section: Section, key: str, kind: type[E]) -> E:
    value = section.text(key)
    try:
        return kind(value)
    except ValueError:
        raise section.error(key, f"{value!r} is not a {kind.__name__}") from None


def _wording(rank: int, section: Section) -> TypeWording:
    phrases = _phrases(section, "words")
    sub_type = _enum(section, "sub_type", SubEventType)
    keys = tuple(section)
    state = _enum(section, "when_state", SubEventType) if "when_state" in keys else None
    unopposed = _enum(section, "when_unopposed", SubEventType) if "when_unopposed" in keys else None
    return TypeWording(
        rank=rank,
        type=_enum(section, "type", EventType),
        sub_type=sub_type,
        when_state=state,
        when_unopposed=unopposed,
        unopposed=frozenset(_phrases(section, "unopposed")) if unopposed else frozenset(),
        weak=section.flag("weak"),
        generic=section.flag("generic"),
        listed_only=section.flag("listed_only"),
        words=frozenset(phrase[0] for phrase in phrases if len(phrase) == 1),
        phrases=frozenset(phrase for phrase in phrases if len(phrase) > 1),
        phrase_firsts=frozenset(phrase[0] for phrase in phrases if len(phrase) > 1),
    )


def _place_anaphora(section: Section) -> Mapping[str, PlaceKind | None]:
    found: dict[str, PlaceKind | None] = {}
    for noun in section:
        kind = section.text(noun) if section[noun] else ""
        try:
            found[fold(noun)] = PlaceKind(kind) if kind else None
        except ValueError:
            raise section.error(noun, f"{kind!r} is not a kind of place") from None
    return MappingProxyType(found)


def build(data: Section) -> EventLexicon:
    """The lexicon from the data of an ``events.toml``."""
    roles = data.table("roles")
    not_events = data.table("not_events")
    return EventLexicon(
        types=tuple(itertools.starmap(_wording, enumerate(data.tables("wording")))),
        clause_openers=tuple(fold(word) for word in data.table("clauses").words("openers")),
        agent_cues=frozenset(_phrases(roles, "agent")),
        patient_cues=frozenset(_phrases(roles, "patient")),
        between=frozenset(fold(word) for word in roles.words("between")),
        subject_of=frozenset(fold(word) for word in roles.words("subject_of")),
        associates=frozenset(_phrases(roles, "associates")),
        sources=frozenset(_phrases(roles, "sources")),
        references=frozenset(fold(word) for word in roles.words("references")),
        dead_of=frozenset(fold(word) for word in roles.words("dead_of")),
        attack_kinds=frozenset(fold(word) for word in roles.words("attack_kinds")),
        civilians=frozenset(fold(word) for word in roles.words("civilians")),
        persons=frozenset(fold(word) for word in roles.words("persons")),
        planned=frozenset(_phrases(not_events, "planned")),
        statements=frozenset(_phrases(not_events, "statements")),
        background=frozenset(fold(word) for word in not_events.words("background")),
        happened=frozenset(fold(word) for word in data.table("dating").words("happened")),
        when=frozenset(fold(word) for word in data.table("dating").words("when")),
        times_of_day=frozenset(fold(word) for word in data.table("dating").words("times_of_day")),
        holds_nothing=frozenset(fold(word) for word in data.table("places").words("holds_nothing")),
        another=frozenset(fold(word) for word in data.table("incidents").words("another")),
        cumulative=frozenset(_phrases(not_events, "cumulative")),
        cumulative_after=frozenset(_phrases(not_events, "cumulative_after")),
        campaign=frozenset(_phrases(not_events, "campaign")),
        spans=frozenset(fold(word) for word in not_events.words("spans")),
        span_units=frozenset(fold(word) for word in not_events.words("span_units")),
        tallies=frozenset(fold(word) for word in not_events.words("tallies")),
        locators=frozenset(_phrases(data.table("places"), "locators")),
        place_anaphora=_place_anaphora(data.table("places").table("anaphora")),
    )


@functools.cache
def event_lexicon() -> EventLexicon:
    """The packaged event lexicon, read and checked on first use."""
    return build(load("events.toml"))
