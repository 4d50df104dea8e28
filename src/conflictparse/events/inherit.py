"""Sides taken from other events: a report names the sides once and lists the places struck.

«شن التحالف 23 غارة على مواقع الحوثيين في الجوف … وطالت الغارات مديريتي خب والشعف»:
each strike whose own clauses name no acting side takes the sides of the event of its type
told last before it (or, with none before, first after it).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

import attrs

from conflictparse.events.event import Event, SubEventType
from conflictparse.model import Actor, ActorType, EventType

__all__ = ["inherit_sides", "one_side"]


def _has_side(event: Event) -> bool:
    """Whether the event's acting side is read, or needs none, or is one the text calls unknown.

    An acting side with evidence and no actor is unknown («برصاص مجهولين»): none is taken.
    """
    return event.actor1 is not None or event.event_type is None or event.evidence.actor1 is not None


def inherit_sides(
    events: list[Event],
    donors: Callable[[frozenset[EventType]], list[Event]],
    home: str | None = None,
) -> list[Event]:
    """Events whose acting side is not named take it from an event of their type told before.

    A report names the sides once («شن التحالف 23 غارة على مواقع الحوثيين») and
    then lists the places struck: each strike has those sides.  The evidence
    points at the words of the event the side was read from.  ``donors`` gives
    the events to take them from, of the types needed, read only when one is needed;
    ``home`` is the report's country, that of the places the gazetteer does not know.
    """
    needed = frozenset(
        event.event_type
        for event in events
        if not _has_side(event) and event.event_type is not None
    )
    if not needed:
        return events  # the usual case: nothing to take, and no donors to code
    by_type: dict[EventType, list[Event]] = {}
    for given in sorted(donors(needed), key=_told_at):
        if given.actor1 is not None and given.event_type is not None:
            by_type.setdefault(given.event_type, []).append(given)
    starts = {kind: [_told_at(given) for given in same] for kind, same in by_type.items()}
    found: list[Event] = []
    for event in events:
        donor = None
        if not _has_side(event) and event.event_type in by_type:
            same = by_type[event.event_type]
            donor = _nearest_side(event, same, starts[event.event_type], home)
        if (
            donor is not None
            and (_planted(event) or _other_arm(donor, event))
            and donor.sub_event_type is not event.sub_event_type
        ):
            # «قصفت قوات النظام الأحياء … وقتل طفلان بانفجار لغم»: not her mine; the side
            # of air strikes is not the one that shelled («وطال القصف المدفعي بلدة …»)
            donor = None
        if donor is None or one_side(donor.actor1, event.actor2):
            found.append(event)  # none, or the side it acts upon: no side acts on itself
            continue
        takes_second = _takes_second(donor, event)
        actor2 = donor.actor2 if takes_second else event.actor2
        evidence = attrs.evolve(
            event.evidence,
            actor1=donor.evidence.actor1,
            actor2=donor.evidence.actor2 if takes_second else event.evidence.actor2,
        )
        found.append(
            attrs.evolve(
                event,
                actor1=donor.actor1,
                actor2=actor2,
                civilian_targeting=actor2 is not None and actor2.type is ActorType.CIVILIANS,
                actors=tuple(dict.fromkeys([*_sides(donor.actor1, actor2), *event.actors])),
                evidence=evidence,
            )
        )
    return found


def _takes_second(donor: Event, event: Event) -> bool:
    """Whether an event with no side acted upon takes its donor's.

    The civilians a strike killed are not those of the next place it struck; those one sweep
    of arrests took are: «اعتقلت القوات 15 مواطنا … وشملت الاعتقالات خمسة من بيت لحم».
    A side the donor names after the event's place is not taken, but by a sweep.
    """
    if event.actor2 is not None:
        return False
    if event.sub_event_type in _SWEEPS:
        return True  # «وأسفرت الحملة عن اعتقال عدد من الشبان»: whoever the sweep took
    told = donor.evidence.actor2
    # «وتعرض محيط بلدات سان والنيرب لقصف … من جانبها، قصفت ميليشيا قسد …»: a side a
    # donor told before read only after the event's place is not the one struck there
    return not donor.civilian_targeting and not (
        told is not None and _told_at(donor) < _placed_at(event) < told.start
    )


_SWEEPS = frozenset({SubEventType.ARRESTS, SubEventType.ABDUCTION_FORCED_DISAPPEARANCE})


def _planted(event: Event) -> bool:
    """Whether the event is a blast set by someone unseen: a mine, a bomb, a bomber.

    Its side is never the one that shelled or struck from the air before it.
    """
    return event.sub_event_type in _PLANTED


_PLANTED = frozenset({SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, SubEventType.SUICIDE_BOMB})


def _other_arm(donor: Event, event: Event) -> bool:
    """Whether one struck from the air and the other shelled from the ground."""
    return {donor.sub_event_type, event.sub_event_type} == _AIR_AND_GROUND


_AIR_AND_GROUND = frozenset(
    {SubEventType.AIR_DRONE_STRIKE, SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK}
)


def _told_at(event: Event) -> int:
    """Where a donor names its acting side, or else where it starts.

    A side named after an event is not told before it, however early the donor's clauses
    start (a framing incident that gathered a later paragraph's strike).
    """
    side = event.evidence.actor1
    return side.start if side is not None else event.start


def _placed_at(event: Event) -> int:
    """Where the event's place is named, or else where it starts.

    «استهدفت مدفعية الجيش التركي مقرات قسد في منبج، وتل رفعت»: the army is told before
    «تل رفعت», though the strike there starts with the clause.
    """
    place = event.evidence.location
    return place.start if place is not None else event.start


def one_side(actor: Actor | None, other: Actor | None) -> bool:
    """Whether two actors are one side: the same, or two forces of one state.

    «قتل 7 من رجال الشرطة في هجوم شنه إرهابيون»: the police are not attacked by the
    army a later paragraph names.
    """
    if actor is None or other is None:
        return False
    return actor == other or (
        actor.type is other.type is ActorType.STATE_FORCES
        and bool(actor.country)
        and actor.country == other.country
    )


def _nearest_side(
    event: Event, donors: list[Event], starts: list[int], home: str | None
) -> Event | None:
    """The donor (sorted by ``starts``) told last before ``event``'s place, or else first after.

    «قصفت مروحيات النظام بلدة … وتعرضت قرية … لقصف مماثل. كما شنت طائرات روسية …»: the
    strike «مماثل» refers back to, not the one told next, however near. Across a border, one
    of the event's sub-type told before at a place of the event's country wins over a nearer
    one of another: «غارة للاحتلال على مجدل زون … استهدف حزب الله مستعمرة شوميرا … شنت غارة
    على أم التوت» (the air strike on Lebanon, not the rockets on Israel).
    """
    at = bisect.bisect_left(starts, _placed_at(event))
    before = [donor for donor in donors[max(0, at - 1) : at] if donor is not event]
    country = _country(event, home)
    if before and _country(before[0], home) != country:
        alike = [
            donor
            for donor in donors[max(0, at - _ALIKE_BACK) : at]
            if donor.sub_event_type is event.sub_event_type
            and _country(donor, home) == country
            and donor is not event
        ]
        before = alike[-1:] or before
    after = [donor for donor in donors[at : at + 2] if donor is not event][:1]
    chosen = before or after
    return chosen[0] if chosen else None


def _country(event: Event, home: str | None) -> str | None:
    """The country of the event's place, or ``home`` for a place the gazetteer does not know."""
    return event.place.country if event.place else home


_ALIKE_BACK = 8  # donors looked back at for one of the event's sub-type


def _sides(*actors: Actor | None) -> list[Actor]:
    return [actor for actor in actors if actor is not None]
