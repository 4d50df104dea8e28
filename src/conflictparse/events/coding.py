"""Coding: an incident as a conflict-data coder writes it, with the evidence for each field.

Its type and sub-type come from the wording of its clauses, then from who acted
on whom: a clash whose only victims are civilians is violence against
civilians («هجوم على قرية أدى لمقتل 25 مدنيا»), a seizure by a state force is a
government regaining territory.  Its date is the one that governs its clauses.
"""

from __future__ import annotations

import bisect
import datetime

import attrs

from conflictparse.dates.finder import DateSpan
from conflictparse.entities.actors import ActorSpan
from conflictparse.entities.places import PlaceSpan
from conflictparse.events.attack_named import NamedSide, aircraft_side, attack_named, sole_striker
from conflictparse.events.dating import incident_date
from conflictparse.events.doers import unknown_agent
from conflictparse.events.event import Event, Evidence, Span, SubEventType
from conflictparse.events.implied import (
    attack_adjective,
    camp_of_displaced,
    civilian_hurt,
    civilian_target,
    civilians_actor,
    forces_of_victims,
    homes_targeted,
    hurt_positions,
)
from conflictparse.events.incident import Incident, clause_of, killed_counts, near_anchors
from conflictparse.events.precision import held_codes, location_codes
from conflictparse.events.roles import Roles, read_roles, side_that_lost
from conflictparse.events.strike_kinds import STRIKES, StrikeKinds
from conflictparse.events.territory import published_date
from conflictparse.events.tolls import fatalities
from conflictparse.events.types import TypeHit, aimed_by_gunmen, at_a_march
from conflictparse.events.victims import fighters_killed
from conflictparse.model import Actor, ActorType, DateSource, EventType, Place, PlaceKind
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.lexicon.precision import Codes
from conflictparse.text.normalize import Normalized
from conflictparse.text.phrases import has
from conflictparse.text.tokens import CLOSING_QUOTES, OPENING_QUOTES, TextIndex

__all__ = ["Context", "code", "may_type"]

_HURT_REACH = 1000  # characters around them where a civilian hurt is read
_SENTENCE_PLACES = 32  # places of a sentence read for the holder of an unknown site
_HOLDERS = frozenset(
    {PlaceKind.GOVERNORATE, PlaceKind.CITY, PlaceKind.DISTRICT, PlaceKind.TOWN, PlaceKind.REGION}
)
_STATE = frozenset({ActorType.STATE_FORCES, ActorType.EXTERNAL_FORCES})
_GOVERNMENT = frozenset({ActorType.STATE_FORCES})  # ACLED: foreign forces overtake territory
# A change of hands: the side acted upon is the one that held the place.
_TERRITORIAL = frozenset(
    {SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, SubEventType.GOVERNMENT_REGAINS_TERRITORY}
)


@attrs.frozen
class Context:
    """What every event of a report is coded against: its layers' spans and its setting."""

    index: TextIndex
    normalized: Normalized
    dates: list[DateSpan]
    actors: list[ActorSpan]
    published: datetime.date | None
    country: str | None  # the country the report is about, from the sides it names
    places: list[PlaceSpan] = attrs.Factory(list)
    date_starts: list[int] = attrs.field(init=False)
    place_starts: list[int] = attrs.field(init=False)
    actor_starts: list[int] = attrs.field(init=False)
    # whether the report names a place of ``country`` (a foreign side's is no home: «القوات
    # التركية … قرية عبوش شمال غربي بلدة تل تمر» is read against Syria's places)
    places_home: bool = attrs.field(init=False)
    pool: dict[str, str] = attrs.field(init=False, factory=dict)  # strings spans share
    # the side each wording's adjective names, read once for the incidents that share it
    named_by_hit: dict[tuple[int, int], NamedSide | None] = attrs.field(init=False, factory=dict)
    strikes: StrikeKinds = attrs.field(init=False)  # the kinds of strikes it tells, and where
    hurts: list[int] = attrs.field(init=False)  # where words of hurting stand (word positions)

    @hurts.default
    def _hurts(self) -> list[int]:
        return hurt_positions(self.index)

    @strikes.default
    def _strikes(self) -> StrikeKinds:
        return StrikeKinds(self.index)

    @date_starts.default
    def _starts(self) -> list[int]:
        return [item.start for item in self.dates]

    @place_starts.default
    def _place_starts(self) -> list[int]:
        return [item.start for item in self.places]

    @actor_starts.default
    def _actor_starts(self) -> list[int]:
        return [item.start for item in self.actors]

    @places_home.default
    def _places_home(self) -> bool:
        country = self.country
        return country is not None and any(
            span.place is not None and span.place.country == country for span in self.places
        )


def code(incident: Incident, context: Context) -> Event:
    """The event an incident gives, with spans mapped to the original text."""
    normalized = context.normalized
    text = normalized.original

    def span(start: int, end: int) -> Span:
        first, last = normalized.span(start, end)
        piece = text[first:last]
        return Span(first, last, context.pool.setdefault(piece, piece))

    hit = incident.hit
    sides = _sides_of(incident, context)
    event_type, sub_type = _types(incident, context, sides)
    sides = _sides_for_type(incident, context, sides, (event_type, sub_type))
    actor1, actor2 = sides.actor1, sides.actor2
    clauses = [*incident.clauses, *incident.toll_clauses]
    toll = fatalities(incident.casualties, clauses, actor1.id if actor1 else None)
    date_span = incident_date(
        incident, context.index, context.dates, context.date_starts, context.published
    )
    date = date_span.date if date_span is not None else published_date(context.published)
    source = None
    if date is not None:
        source = DateSource.TEXT if date_span is not None else DateSource.PUBLISHED
    place = incident.place
    known, codes = _located(incident, context)
    start, end = normalized.span(incident.start, incident.end)
    return Event(
        start=start,
        end=end,
        date=date,
        location=_unquoted(span(place.start, place.end).text) if place else None,
        actors=_actors(incident, actor1, actor2),
        casualties=tuple(item.casualty for item in incident.casualties),
        event_type=event_type,
        sub_event_type=sub_type,
        actor1=actor1,
        actor2=actor2,
        civilian_targeting=actor2 is not None and actor2.type is ActorType.CIVILIANS,
        place=known,
        geo_precision=codes.geo_precision if codes else None,
        where_prec=codes.where_prec if codes else None,
        date_source=source,
        fatalities=toll.quantity if toll else None,
        evidence=Evidence(
            location=span(place.start, place.end) if place else None,
            date=span(date_span.start, date_span.end) if date_span else None,
            actor1=span(*sides.actor1_span) if sides.actor1_span else None,
            actor2=span(*sides.actor2_span) if sides.actor2_span else None,
            event_type=span(hit.start, hit.end) if hit else None,
            fatalities=span(toll.start, toll.end) if toll else None,
        ),
    )


def _sides_of(incident: Incident, context: Context) -> _Sides:
    """The roles read from the incident's clauses, completed by what its wording implies."""
    index, hit = context.index, incident.hit
    wording = hit.wording if hit is not None else None
    roles = read_roles(
        index,
        (hit.start, hit.end) if hit is not None else None,
        wording.type if wording is not None else None,
        incident.actors,
        [*incident.casualties, *incident.shared],  # the victims' side, whoever counts them
        generic=wording is not None and (wording.generic or wording.by_victims),
        unknown=(unknown := unknown_agent(index, near := near_anchors(incident))) is not None,
        planted=wording is not None and wording.sub_type in _PLANTED,
    )
    sides = _both_sides(incident, roles, context, unknown, near)
    sides = attrs.evolve(sides, civilians=sides.civilians or roles.civilians is not None)
    actor1 = sides.actor1
    if sides.actor2 is None and actor1 and actor1.id in event_lexicon().civilian_attackers:
        # «هاجم مستوطنون قرية برقة»: no side fights them, the villagers are attacked
        return attrs.evolve(sides, actor2=civilians_actor(), civilians=True)
    return sides


def _types(
    incident: Incident, context: Context, sides: _Sides
) -> tuple[EventType | None, SubEventType | None]:
    """The event type and sub-type: the wording's, as the sides and the victims decide.

    A seizure with no fight is a transfer; one by a state force a government's; a clash or a
    killing whose victims are civilians an attack on them; a killing of one armed side's men
    by another or by unknown gunmen, with no wording, a clash.
    """
    index = context.index
    wording = incident.hit.wording if incident.hit is not None else None
    event_type = wording.type if wording is not None else None
    sub_type = wording.sub_type if wording is not None else None
    actor1, actor2 = sides.actor1, sides.actor2
    if wording is not None and wording.when_unopposed and _unopposed(incident, index):
        event_type, sub_type = EventType.STRATEGIC_DEVELOPMENTS, wording.when_unopposed
    elif wording is not None and wording.when_state and actor1 and actor1.type in _GOVERNMENT:
        sub_type = wording.when_state
    state = actor1 is not None and actor1.type in _STATE
    if incident.hit is not None and at_a_march(index, incident.hit):  # «النار على المتظاهرين»
        event_type, sub_type = _MARCH_MET if state else _MARCH_ATTACKED
    if sub_type in _MARCHES and state:
        # «أطلق الجنود الرصاص على المشاركين في مسيرة …»: forces met the march
        lethal = bool(killed_counts(incident))
        sub_type = _FORCE_ON_MARCH if lethal else SubEventType.PROTEST_WITH_INTERVENTION
    if sub_type is SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK and incident.hit is not None:
        event_type, sub_type = _strike_kind(incident, incident.hit, context, actor1)
    if (sides.civilians and event_type in (EventType.BATTLES, None)) or (
        sub_type is SubEventType.LOOTING_PROPERTY_DESTRUCTION
        and not _armed(actor2)
        and killed_counts(incident)
    ):  # «هاجمت الميليشيا القرية بغرض السلب والنهب وقتلت 14 مواطنا»: people killed, an attack
        event_type, sub_type = EventType.VIOLENCE_AGAINST_CIVILIANS, SubEventType.ATTACK
    elif (
        event_type is None
        and (_armed(actor1) or actor1 is None)
        and (_armed(actor2) or (actor2 is None and fighters_killed(incident.casualties)))
    ):
        # «قتل 3 عناصر من قوات النظام برصاص عناصر الهيئة»: one armed side kills another's men;
        # «قتل عنصران لقسد برصاص مجهولين», «قتل عنصر برصاص مجهولين»: an unknown armed group
        # does (ACLED's clash)
        event_type, sub_type = EventType.BATTLES, SubEventType.ARMED_CLASH
    elif (
        sub_type is SubEventType.ATTACK
        and not sides.civilians
        and _armed(actor2)
        and not (wording is not None and wording.massacre)
    ):
        # «قتل جندي في الجيش برصاص قناص»: an attack on an armed side's men is a clash
        event_type, sub_type = EventType.BATTLES, SubEventType.ARMED_CLASH
    return event_type, sub_type


def _strike_kind(
    incident: Incident, hit: TypeHit, context: Context, actor1: Actor | None
) -> tuple[EventType, SubEventType]:
    """The kind of a strike told by shells or by a bare «قصف» or «استهداف».

    From the air when air strikes were told just before it («… بغارات روسية. … القصف
    استهدف قرية …») or its side strikes from the air («قصف الاحتلال منزلا»); a ground
    attack when gunmen aim it («استهداف مسلحين مجهولين حافلة عسكرية»).
    """
    clause = clause_of(incident, hit.start)
    if context.strikes.air_before(hit, clause) or (
        actor1 is not None
        and actor1.id in event_lexicon().air_strikers
        and context.strikes.unkinded(hit, clause)
    ):
        return EventType.EXPLOSIONS_REMOTE_VIOLENCE, SubEventType.AIR_DRONE_STRIKE
    if hit.wording.weak and aimed_by_gunmen(context.index, hit):
        return EventType.BATTLES, SubEventType.ARMED_CLASH
    return EventType.EXPLOSIONS_REMOTE_VIOLENCE, SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK


def _aimed(hit: TypeHit) -> bool:
    """Whether the wording aims at someone it may name next: shots, raids, attacks, «هاجم»."""
    wording = hit.wording
    return wording.by_victims or wording.generic or wording.sub_type is SubEventType.ATTACK


def _harms_by_victims(hit: TypeHit) -> bool:
    """Whether a wording's victims say whom it acted upon: a strike, shots, an attack.

    Not a clash: those it kills may be fighters («مقتل شاب في اشتباكات …»).
    """
    wording = hit.wording
    return (
        wording.by_victims
        or wording.sub_type in STRIKES
        or wording.type is EventType.VIOLENCE_AGAINST_CIVILIANS
    )


def _located(incident: Incident, context: Context) -> tuple[Place | None, Codes | None]:
    """The gazetteer entry of the incident's place and its precision codes.

    An unknown site the text puts in a known place («قرية كولة التابعة لناحية تل الضمان»)
    takes that place's entry, with a coarser precision; one the text only names beside a
    city or province in its sentence («قال سكان من مدينة نيالا إن القصف على حي الوادي …»)
    takes the nearest of them.
    """
    index, place = context.index, incident.place
    codes = location_codes(index, place)
    known = place.place if place else None
    holder = incident.held_by
    if place is not None and known is None and holder is None:
        holder = _sentence_holder(incident, place, context)
    if place is not None and known is None and holder is not None:
        known = holder.place
        codes = held_codes(index, place, holder)
    return known, codes


def _sentence_holder(incident: Incident, site: PlaceSpan, context: Context) -> PlaceSpan | None:
    """The known city or province named nearest an unknown site in its sentence, if any."""
    start, end = incident.sentence
    first = bisect.bisect_left(context.place_starts, start)
    most = min(len(context.place_starts), first + _SENTENCE_PLACES)
    last = bisect.bisect_left(context.place_starts, end, first, most)
    near = [
        span
        for span in context.places[first:last]
        if span.place is not None
        and span.kind in _HOLDERS
        and (not context.places_home or span.place.country == context.country)
    ]
    return min(near, key=lambda span: abs(span.start - site.start), default=None)


# Devices planted or thrown: a side named with no cue is their target.
_PLANTED = frozenset({SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, SubEventType.GRENADE})
# Sub-types whose victim is the object of the verb: arrests and abductions.
_TAKEN = frozenset({SubEventType.ARRESTS, SubEventType.ABDUCTION_FORCED_DISAPPEARANCE})
_AT_HOMES = STRIKES | {SubEventType.LOOTING_PROPERTY_DESTRUCTION}  # aimed at homes
_MARCH_MET = (EventType.PROTESTS, SubEventType.PEACEFUL_PROTEST)  # shots at it by the state
_MARCH_ATTACKED = (EventType.VIOLENCE_AGAINST_CIVILIANS, SubEventType.ATTACK)  # by others
_FORCE_ON_MARCH = SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
_MARCHES = frozenset({SubEventType.PEACEFUL_PROTEST, SubEventType.PROTEST_WITH_INTERVENTION})
_SPACE = 2  # characters between a verb and the side named right after it


@attrs.frozen
class _Sides:
    """The two sides of an event, each with the folded span it was read from."""

    actor1: Actor | None
    actor1_span: tuple[int, int] | None
    actor2: Actor | None
    actor2_span: tuple[int, int] | None
    civilians: bool = False  # the victims are civilians (actor2 is the civilians actor)


def _both_sides(
    incident: Incident,
    roles: Roles,
    context: Context,
    unknown: tuple[int, int] | None,
    near: list[tuple[int, int]],
) -> _Sides:
    """The sides the roles give, and those the wording implies when the roles name none.

    «غارة إسرائيلية» names the side that acts; «مقتل 11 عنصرا من الأمن» the state
    forces of the place's country as the side acted upon. An acting side the text calls
    unknown («برصاص مجهولين») is None, with those words as its evidence. ``near`` are the
    stretches around the incident's wording and tolls where a target is read.
    """
    actor1, first = _acting_side(incident, roles, context, unknown)
    hit = incident.hit
    if roles.civilians is not None:
        second = roles.civilians.start, roles.civilians.end
        return _Sides(actor1, first, civilians_actor(), second)
    shot = None
    if hit is not None and roles.actor2 is None and hit.wording.sub_type in _TAKEN:
        # «اعتقلت قوات الاحتلال شابا»: the one taken, after the verb or the side that takes
        taker = first if first is not None and 0 <= first[0] - hit.end <= _SPACE else None
        shot = civilian_target(
            context.index, taker or (hit.start, hit.end), context.actors, context.actor_starts
        )
    elif hit is not None and roles.actor2 is None and _aimed(hit):
        cue = (hit.start, hit.end)
        shot = civilian_target(context.index, cue, context.actors, context.actor_starts)
    if shot is None and hit is not None and roles.actor2 is None and _harms_by_victims(hit):
        # «أصيب مدني برصاص قناصة»: in each clause's opening and around the wording and
        # tolls, bounded stretches (a clause may run for pages)
        heads = [(start, min(end, start + _HURT_REACH)) for start, end in incident.clauses]
        shot = civilian_hurt(
            context.index, [*heads, *near_anchors(incident, _HURT_REACH)], context.hurts
        )
    if shot is not None:  # «أطلق مسلحون النار على صيدلي»
        return _Sides(actor1, first, civilians_actor(), shot, civilians=True)
    if hit is not None and roles.actor2 is None and hit.wording.sub_type in _AT_HOMES:
        # «قصفت الميليشيا منازل المواطنين», «هدمت قوات الاحتلال 4 منازل»: their people
        homes = homes_targeted(context.index, (hit.start, hit.end))
        if homes is None and incident.place is not None:  # «مخيم أبو شوك للنازحين»
            homes = camp_of_displaced(context.index, (incident.place.start, incident.place.end))
        if homes is not None:  # «قصفت الميليشيا منازل المواطنين»
            return _Sides(actor1, first, civilians_actor(), homes)
    if roles.actor2 is not None and roles.actor2.actor != actor1:  # not the side that acts
        return _Sides(actor1, first, roles.actor2.actor, (roles.actor2.start, roles.actor2.end))
    place = incident.place.place if incident.place is not None else None
    if place is None and incident.held_by is not None:
        place = incident.held_by.place  # «حي المهندسين شرقي الموصل»: a quarter of a known city
    where = (place, context.country, context.published)
    forces = forces_of_victims(context.index, incident.casualties, near, where)
    if forces is not None and forces.actor != actor1:
        return _Sides(actor1, first, forces.actor, (forces.start, forces.end))
    return _Sides(actor1, first, None, None)


def _acting_side(
    incident: Incident, roles: Roles, context: Context, unknown: tuple[int, int] | None
) -> tuple[Actor | None, tuple[int, int] | None]:
    """The side that acts and its evidence: the roles', else the one the attack's words name.

    «غارة إسرائيلية», «شنت إسرائيل غارة»; warplanes with no side name none. A nationality
    on the wording itself outweighs a side read by its role in the clause: «حزب الله يستهدف
    تجمعا لجنود الاحتلال وغارات إسرائيلية على الجنوب» (the strikes are Israel's).
    """
    hit = incident.hit
    setting = (context.published, context.country)
    if roles.actor1 is not None:
        # the nationality on the wording itself: «غارات إسرائيلية»
        own = attack_adjective(context.index, (hit.start, hit.end), *setting) if hit else None
        side = roles.actor1
        if own is not None and own[0] != side.actor and not side.start <= own[1] < side.end:
            return own[0], (own[1], own[2])  # not inside its name: «سلاح الجو اليمني المسير»
        return roles.actor1.actor, (roles.actor1.start, roles.actor1.end)
    if unknown is not None or hit is None:
        return None, unknown
    named = attack_named(incident, hit, context.index, setting, context.named_by_hit)
    if named is not None:
        return named[0], (named[1], named[2])
    aircraft: tuple[Actor | None, tuple[int, int] | None] = (None, None)
    if hit.wording.sub_type is SubEventType.AIR_DRONE_STRIKE:
        owners = (context.actors, context.actor_starts)
        aircraft = aircraft_side(hit, context.index, owners, setting)
    sole = sole_striker(incident, hit, context.country) if aircraft[0] is None else None
    return (sole, (hit.start, hit.end)) if sole is not None else aircraft


def _sides_for_type(
    incident: Incident,
    context: Context,
    sides: _Sides,
    types: tuple[EventType | None, SubEventType | None],
) -> _Sides:
    """The sides as the event's type has them: victims of violence, rioters, the side that lost."""
    event_type, sub_type = types
    if event_type is EventType.VIOLENCE_AGAINST_CIVILIANS and sides.actor2 is None:
        # ACLED: violence against civilians is always done to civilians («مجزرة في القرية»)
        return attrs.evolve(sides, actor2=civilians_actor(), civilians=True)
    if sub_type is SubEventType.VIOLENT_DEMONSTRATION and _armed(sides.actor1):
        # «مواجهات بين الشبان وقوات الاحتلال»: the rioters are unnamed, the forces acted upon
        return _Sides(None, None, sides.actor1, sides.actor1_span)
    if sides.actor2 is None and sides.actor1 is not None and sub_type in _TERRITORIAL:
        lost = side_that_lost(context.index, context.actors, incident.sentence, sides.actor1)
        if lost is not None:  # «اجتاح الحوثيون العاصمة، ما دفع الحكومة إلى مغادرتها»
            return _Sides(sides.actor1, sides.actor1_span, lost.actor, (lost.start, lost.end))
    return sides


def _armed(actor: Actor | None) -> bool:
    """Whether ``actor`` is an armed side: neither civilians nor a source."""
    return actor is not None and actor.type not in (ActorType.CIVILIANS, ActorType.OTHER)


def _unopposed(incident: Incident, index: TextIndex) -> bool:
    """Whether the sentence of a seizure says it met no fight («بعد انسحاب …»)."""
    hit = incident.hit
    return hit is not None and has(index.words_in(*incident.sentence), hit.wording.unopposed)


def _actors(incident: Incident, actor1: Actor | None, actor2: Actor | None) -> tuple[Actor, ...]:
    """Every side involved: the two sides first, then the others named, then the victims'."""
    named = [span.actor for span in incident.actors]
    victims = [item.casualty.actor for item in incident.casualties if item.casualty.actor]
    found: list[Actor] = []
    for actor in [actor1, actor2, *named, *victims]:
        if actor is not None and actor.type is not ActorType.OTHER and actor not in found:
            found.append(actor)
    return tuple(found)


def may_type(incident: Incident, types: frozenset[EventType]) -> bool:
    """Whether coding ``incident`` may give an event of one of ``types`` (a quick «no»).

    Its wording's type, or none, or a clash or a seizure that its sides may turn into an
    attack on civilians or a transfer of territory.
    """
    hit = incident.hit
    return (
        hit is None
        or hit.wording.type in types
        or hit.wording.type is EventType.BATTLES
        or hit.wording.when_unopposed is not None
    )


def _unquoted(name: str) -> str:
    """A place's name without the quotes or brackets it was set in: «قرية "الشعيتية"»."""
    return " ".join(name.translate(_QUOTES).split())


_QUOTES = str.maketrans(dict.fromkeys(OPENING_QUOTES + CLOSING_QUOTES, " "))
