"""The side fought when a report has only one: «استعاد الجيش مدينة الشبارقة» in a war of two.

A report of one war names its two sides once («… قوات الدعم السريع …») and then tells that
the army took a town, with no side named in that clause. A battle (a clash, a place taken)
whose acting side is read and whose other side is not takes, as ACLED's coders do, the one
other armed side the report's events name, when there is exactly one.
"""

from __future__ import annotations

import attrs

from conflictparse.events.event import Event
from conflictparse.model import Actor, ActorType, EventType

__all__ = ["fill_opponents"]

# Sides that are never the side fought: the victims, and the bodies that only tell.
_NO_OPPONENT = frozenset({ActorType.CIVILIANS, ActorType.OTHER})


def fill_opponents(events: list[Event]) -> list[Event]:
    """Battles with an acting side and none acted upon take the report's one other side.

    >>> import conflictparse as cp
    >>> text = ("هاجمت قوات الدعم السريع مواقع الجيش في مدينة بارا. "
    ...         "وتمكن الجيش السوداني من استعادة بلدة الشبارقة.")
    >>> [(row["actor1"], row["actor2"]) for row in cp.parse_report(text).to_rows()][-1]
    ('saf', 'rsf')
    """
    if not any(_open(event) for event in events):
        return events  # the usual case
    armed = {
        actor
        for event in events
        for actor in (event.actor1, event.actor2)
        if actor is not None and actor.type not in _NO_OPPONENT
    }
    found: list[Event] = []
    for event in events:
        other = _the_other(event, armed) if _open(event) else None
        if other is None:
            found.append(event)
            continue
        found.append(
            attrs.evolve(event, actor2=other, actors=tuple(dict.fromkeys([*event.actors, other])))
        )
    return found


def _open(event: Event) -> bool:
    """Whether the event is a battle with its acting side read and no side acted upon."""
    return (
        event.event_type is EventType.BATTLES
        and event.actor1 is not None
        and event.actor2 is None
        and event.evidence.actor2 is None
    )


def _the_other(event: Event, armed: set[Actor]) -> Actor | None:
    """The one armed side of the report that is not the event's acting side, if one."""
    actor1 = event.actor1
    others = [actor for actor in armed if actor1 is None or not _allied(actor, actor1)]
    return others[0] if len(others) == 1 else None


def _allied(actor: Actor, other: Actor) -> bool:
    """Whether two sides are one: the same, or two forces of one state."""
    return actor == other or (
        actor.type is other.type is ActorType.STATE_FORCES
        and bool(actor.country)
        and actor.country == other.country
    )
