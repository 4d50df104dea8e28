"""The other side of a battle when a report has only one: «استعاد الجيش مدينة الشبارقة».

A report of one war names its two sides once («… قوات الدعم السريع …») and then tells that
the army took a town, with no side named in that clause. A battle (a clash, a place taken)
with one side read, acting or acted upon, and the other not takes, as ACLED's coders do, the
one other armed side the report's events name, when there is exactly one: it is acted upon
by the side that acts, and acts on the side whose men were killed («قتل 5 من عناصر الجيش في
اشتباكات»).
"""

from __future__ import annotations

import attrs

from conflictparse.events.event import Event
from conflictparse.events.inherit import one_side
from conflictparse.model import Actor, ActorType, EventType
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.normalize import fold
from conflictparse.text.tokens import WORD, without_clitic

__all__ = ["fill_opponents"]

# Sides that are never the side fought: the victims, and the bodies that only tell.
_NO_OPPONENT = frozenset({ActorType.CIVILIANS, ActorType.OTHER})


def fill_opponents(events: list[Event], text: str) -> list[Event]:
    """Battles with one side read take the report's one other armed side as the other.

    >>> import conflictparse as cp
    >>> text = ("هاجمت قوات الدعم السريع مواقع الجيش في مدينة بارا. "
    ...         "وتمكن الجيش السوداني من استعادة بلدة الشبارقة.")
    >>> [(row["actor1"], row["actor2"]) for row in cp.parse_report(text).to_rows()][-1]
    ('saf', 'rsf')
    """
    if not any(_open(event, text) for event in events):
        return events  # the usual case
    armed = {
        actor
        for event in events
        for actor in (event.actor1, event.actor2)
        if actor is not None and actor.type not in _NO_OPPONENT
    }
    found: list[Event] = []
    for event in events:
        other = _the_other(event, armed) if _open(event, text) else None
        if other is None:
            found.append(event)
            continue
        if event.actor1 is None:  # «قتل 5 من عناصر الجيش في اشتباكات»: the other side acts
            actors = tuple(dict.fromkeys([other, *event.actors]))
            found.append(attrs.evolve(event, actor1=other, actors=actors))
        else:
            actors = tuple(dict.fromkeys([*event.actors, other]))
            found.append(attrs.evolve(event, actor2=other, actors=actors))
    return found


def _open(event: Event, text: str) -> bool:
    """Whether the event is a battle with one armed side read and no word of the other.

    Attackers told as gunmen («هجوم شنه مسلحون») are an unidentified side, no other one.
    """
    if event.event_type is not EventType.BATTLES:
        return False
    if event.actor1 is None:
        return (
            event.actor2 is not None
            and event.actor2.type not in _NO_OPPONENT
            and event.evidence.actor1 is None
            and not _gunmen(text[event.start : event.end])
        )
    return event.actor2 is None and event.evidence.actor2 is None


def _gunmen(told: str) -> bool:
    """Whether unnamed armed men are told: «مسلحون», «مجهولين»."""
    gunmen = event_lexicon().armed_men
    return any(without_clitic(word) in gunmen for word in WORD.findall(fold(told)))


def _the_other(event: Event, armed: set[Actor]) -> Actor | None:
    """The one armed side of the report that is not the event's side, if one."""
    named = event.actor1 or event.actor2
    others = [actor for actor in armed if named is None or not one_side(actor, named)]
    return others[0] if len(others) == 1 else None
