"""An incident told again at its place: one event, not two rows.

«وقعت الغارات في بلدات هاواي وسبلالي وحرمكا» and then «فيما شهدت بلدة سبلالي غارة جوية»
tell the strike on سبلالي twice.  As ACLED codes it, an event is one place, one day, one
sub-event type and one pair of sides: the second telling adds what the first left unnamed
(a side, the toll) and is no row of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from conflictparse.events.event import Event
from conflictparse.model import Actor
from conflictparse.text.lexicon.places import gazetteer
from conflictparse.text.normalize import fold

__all__ = ["without_retellings"]


def without_retellings(events: Sequence[Event]) -> list[Event]:
    """``events`` with each one told again merged into its first telling.

    Two tellings agree when they name one place (its name without its head: «بلدة
    سبلالي» is «سبلالي»), the same days and sub-event type, and sides that do not differ
    where both give them; at most one of them tells its dead.
    """
    first: dict[tuple[object, ...], int] = {}
    kept: list[Event] = []
    for event in events:
        key = _key(event)
        at = first.get(key) if key is not None else None
        if at is not None and event.start - kept[at].end > _RETELL_REACH:
            at = None  # a report of megabytes, or many reports in one text: another incident
        merged = _merged(kept[at], event) if at is not None else None
        if at is not None and merged is not None:
            kept[at] = merged
            continue
        if key is not None and at is None:
            first[key] = len(kept)
        kept.append(event)
    return kept


_RETELL_REACH = 3000  # characters from a telling to its retelling: one report's length


def _key(event: Event) -> tuple[object, ...] | None:
    """What two tellings of one incident share; None when the event has no place or type."""
    if event.sub_event_type is None or not event.location:
        return None
    place = _bare_name(event.location)
    days = (event.date.start, event.date.end) if event.date is not None else None
    return (place, days, event.sub_event_type)


def _bare_name(location: str) -> str:
    """The name of a place without its head: «بلدة سبلالي» → «سبلالي» (folded)."""
    words = fold(location).split()
    heads = gazetteer().heads
    return " ".join(words[1:] if len(words) > 1 and words[0] in heads else words)


def _merged(first: Event, second: Event) -> Event | None:
    """``first`` with what ``second`` adds, or None when the two tell other incidents."""
    agreed1, actor1 = _agreed(first.actor1, second.actor1)
    agreed2, actor2 = _agreed(first.actor2, second.actor2)
    if first.fatalities is not None and second.fatalities is not None:
        return None  # each tells its dead: two incidents, even of one count
    fatalities = first.fatalities or second.fatalities
    if not (agreed1 and agreed2):
        return None
    told, retold = first.evidence, second.evidence
    evidence = attrs.evolve(
        told,
        actor1=told.actor1 if first.actor1 else retold.actor1,
        actor2=told.actor2 if first.actor2 else retold.actor2,
        fatalities=told.fatalities if first.fatalities else retold.fatalities,
    )
    return attrs.evolve(
        first,
        actor1=actor1,
        actor2=actor2,
        fatalities=fatalities,
        actors=(*first.actors, *(a for a in second.actors if a not in first.actors)),
        casualties=(
            *first.casualties,
            *(c for c in second.casualties if c not in first.casualties),
        ),
        civilian_targeting=first.civilian_targeting or second.civilian_targeting,
        evidence=evidence,
    )


def _agreed(first: Actor | None, second: Actor | None) -> tuple[bool, Actor | None]:
    """Whether two tellings agree on a side (one may leave it out), and the side."""
    if first is None or second is None:
        return True, first if first is not None else second
    return first.id == second.id, first
