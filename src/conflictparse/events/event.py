"""The event: one incident as a conflict-data coder codes it, with the evidence for each field.

ACLED's sub-event types and actor codes, UCDP's type of violence, and for every
field the span of the text it was read from.
"""

from __future__ import annotations

import enum

import attrs

from conflictparse.model import (
    Actor,
    ActorType,
    Casualty,
    DateSource,
    EventType,
    ParsedDate,
    Place,
    Quantity,
)

__all__ = ["Event", "Evidence", "Span", "SubEventType", "TypeOfViolence"]


class SubEventType(enum.StrEnum):
    """ACLED's 25 sub-event types, each under one :class:`EventType`."""

    ARMED_CLASH = "armed_clash"
    GOVERNMENT_REGAINS_TERRITORY = "government_regains_territory"
    NON_STATE_ACTOR_OVERTAKES_TERRITORY = "non_state_actor_overtakes_territory"
    AIR_DRONE_STRIKE = "air_drone_strike"
    SHELLING_ARTILLERY_MISSILE_ATTACK = "shelling_artillery_missile_attack"
    REMOTE_EXPLOSIVE_LANDMINE_IED = "remote_explosive_landmine_ied"
    SUICIDE_BOMB = "suicide_bomb"
    GRENADE = "grenade"
    CHEMICAL_WEAPON = "chemical_weapon"
    ATTACK = "attack"
    ABDUCTION_FORCED_DISAPPEARANCE = "abduction_forced_disappearance"
    SEXUAL_VIOLENCE = "sexual_violence"
    PEACEFUL_PROTEST = "peaceful_protest"
    PROTEST_WITH_INTERVENTION = "protest_with_intervention"
    EXCESSIVE_FORCE_AGAINST_PROTESTERS = "excessive_force_against_protesters"
    VIOLENT_DEMONSTRATION = "violent_demonstration"
    MOB_VIOLENCE = "mob_violence"
    AGREEMENT = "agreement"
    ARRESTS = "arrests"
    CHANGE_TO_GROUP_ACTIVITY = "change_to_group_activity"
    DISRUPTED_WEAPONS_USE = "disrupted_weapons_use"
    HEADQUARTERS_OR_BASE_ESTABLISHED = "headquarters_or_base_established"
    LOOTING_PROPERTY_DESTRUCTION = "looting_property_destruction"
    NON_VIOLENT_TRANSFER_OF_TERRITORY = "non_violent_transfer_of_territory"
    OTHER = "other"


class TypeOfViolence(enum.IntEnum):
    """UCDP's type of violence: state-based, non-state, one-sided."""

    STATE_BASED = 1
    NON_STATE = 2
    ONE_SIDED = 3


@attrs.frozen(slots=True)
class Span:
    """Where in the original text something was read: ``text == original[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, object]:
        """The JSON-ready form."""
        return {"start": self.start, "end": self.end, "text": self.text}


@attrs.frozen(slots=True, kw_only=True)
class Evidence:
    """For each field of an event, the span of the original text it was read from.

    ``event_type`` is the wording that gives its type («غارة»); ``fatalities`` the
    counts of its toll.  A field read from nothing in the text (a date taken from
    the publication date, an actor not named) has ``None``.  The clauses that
    tell the event are the event's own ``start``/``end``.
    """

    location: Span | None = None
    date: Span | None = None
    actor1: Span | None = None
    actor2: Span | None = None
    event_type: Span | None = None
    fatalities: Span | None = None

    def to_dict(self) -> dict[str, object]:
        """The JSON-ready form: each field's span, or None."""
        return {
            field.name: span.to_dict() if (span := getattr(self, field.name)) else None
            for field in attrs.fields(Evidence)
        }


def _date_source(value: DateSource | str | None) -> DateSource | None:
    return None if value is None else DateSource(value)


def _sub_event_type(value: SubEventType | str | None) -> SubEventType | None:
    return None if value is None else SubEventType(value)


# ACLED's actor codes (inter1/inter2) by actor type: pro-government militias are
# political militias, foreign armies and international bodies «external/other forces».
_INTER = {
    ActorType.STATE_FORCES: 1,
    ActorType.REBEL_GROUP: 2,
    ActorType.POLITICAL_MILITIA: 3,
    ActorType.MILITIA: 3,
    ActorType.IDENTITY_MILITIA: 4,
    ActorType.CIVILIANS: 7,
    ActorType.EXTERNAL_FORCES: 8,
    ActorType.OTHER: 8,
}
# The crowd that acts in a protest or a riot, when no named actor does.
_CROWD = {EventType.PROTESTS: 6, EventType.RIOTS: 5}
_STATES = frozenset({ActorType.STATE_FORCES, ActorType.EXTERNAL_FORCES})
_ORGANISED_VIOLENCE = frozenset(
    {
        EventType.BATTLES,
        EventType.EXPLOSIONS_REMOTE_VIOLENCE,
        EventType.VIOLENCE_AGAINST_CIVILIANS,
    }
)


@attrs.frozen(slots=True, kw_only=True)
class Event:
    """One incident of a report: what happened, when, where, who acted and on whom.

    ``start``/``end`` span the clauses that tell it (in the original text);
    ``date`` is the date that governs its clause, or the publication date when
    the text gives none (``date_source`` says which); ``location`` is the place
    as written and ``place`` what the gazetteer knows of it; ``geo_precision``
    (ACLED's, 1–3) and ``where_prec`` (UCDP's, 1–7) say how precisely the text
    locates it («قرب بلدة …» is near a town: 2 and 2).  ``actor1`` is the
    side that acts, ``actor2`` the side acted upon (the ``civilians`` actor for
    civilian victims); ``actors`` every armed side involved.  ``fatalities`` is
    every death told for the incident: the latest running total, never a total
    added to an earlier toll.  ``evidence`` gives the span behind each field.

    >>> import conflictparse as cp
    >>> event = cp.parse_report("قصفت قوات النظام بلدة كفرنبل ما أدى لمقتل 3 مدنيين").events[0]
    >>> event.actor1.id, event.actor2.id, event.sub_event_type.value, event.interaction
    ('syrian_government_forces', 'civilians', 'shelling_artillery_missile_attack', 17)
    >>> event.evidence.actor1.text
    'قوات النظام'
    """

    start: int
    end: int
    date: ParsedDate | None
    location: str | None
    actors: tuple[Actor, ...]
    casualties: tuple[Casualty, ...]
    event_type: EventType | None = None
    sub_event_type: SubEventType | None = attrs.field(default=None, converter=_sub_event_type)
    actor1: Actor | None = None
    actor2: Actor | None = None
    civilian_targeting: bool = False
    place: Place | None = None
    geo_precision: int | None = None
    where_prec: int | None = None
    date_source: DateSource | None = attrs.field(default=None, converter=_date_source)
    fatalities: Quantity | None = None
    evidence: Evidence = Evidence()

    @property
    def inter1(self) -> int | None:
        """ACLED's code of the side that acts (1 state forces … 8 external/other forces)."""
        if self.actor1 is None:
            return _CROWD.get(self.event_type) if self.event_type else None
        return _INTER[self.actor1.type]

    @property
    def inter2(self) -> int | None:
        """ACLED's code of the side acted upon, or None when the text names none."""
        return _INTER[self.actor2.type] if self.actor2 is not None else None

    @property
    def interaction(self) -> int | None:
        """ACLED's interaction code: both actor codes, lower first (``17``); ``10`` for one side."""
        first, second = self.inter1, self.inter2
        if first is None:
            return None
        if second is None:
            return first * 10
        return min(first, second) * 10 + max(first, second)

    @property
    def type_of_violence(self) -> TypeOfViolence | None:
        """UCDP's type of violence: one-sided against civilians, state-based, or non-state.

        None for what is not organised violence (protests, strategic
        developments) and when the side that acts is not named.
        """
        if self.event_type not in _ORGANISED_VIOLENCE or self.actor1 is None:
            return None
        if self.civilian_targeting:
            return TypeOfViolence.ONE_SIDED
        sides = {actor.type for actor in (self.actor1, self.actor2) if actor is not None}
        if sides & _STATES:
            return TypeOfViolence.STATE_BASED
        if self.actor2 is not None:
            return TypeOfViolence.NON_STATE
        return None

    def to_dict(self) -> dict[str, object]:
        """The JSON-ready form."""
        return {
            "start": self.start,
            "end": self.end,
            "date": self.date.to_dict() if self.date else None,
            "date_source": self.date_source.value if self.date_source else None,
            "location": self.location,
            "place": self.place.to_dict() if self.place else None,
            "geo_precision": self.geo_precision,
            "where_prec": self.where_prec,
            "event_type": self.event_type.value if self.event_type else None,
            "sub_event_type": self.sub_event_type.value if self.sub_event_type else None,
            "actor1": self.actor1.to_dict() if self.actor1 else None,
            "actor2": self.actor2.to_dict() if self.actor2 else None,
            "actors": [actor.to_dict() for actor in self.actors],
            "civilian_targeting": self.civilian_targeting,
            "inter1": self.inter1,
            "inter2": self.inter2,
            "interaction": self.interaction,
            "type_of_violence": int(self.type_of_violence) if self.type_of_violence else None,
            "casualties": [casualty.to_dict() for casualty in self.casualties],
            "fatalities": self.fatalities.to_dict() if self.fatalities else None,
            "evidence": self.evidence.to_dict(),
        }
