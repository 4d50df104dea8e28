"""Incidents: the events a coder would code from a report, before they are mapped to the text.

Each clause that tells of harm or has an event's wording is a mention of an
incident.  A mention at a new place, or of another type, or on another day,
starts an incident; a mention at the same place, of the same type and day joins
it (a headline and a body telling one incident are one); a mention that names
no place joins the incident before it in its sentence.  A clause that tells of
several places gives one incident per place, and a toll shared by them goes to
the first.  What is planned or feared, statements, and tolls over a period are
not incidents.
"""

from __future__ import annotations

import bisect
import datetime
from typing import NamedTuple

import attrs

from conflictparse.dates.finder import DateSpan
from conflictparse.entities.actors import ActorSpan
from conflictparse.entities.casualties import CasualtySpan
from conflictparse.entities.places import PlaceSpan
from conflictparse.events.filters import (
    accident,
    background,
    incident_killed,
    no_incident,
    reply,
    since,
    untold,
)
from conflictparse.events.incident import (
    REGION_KEY,
    REGIONS,
    WINDOW,
    Incident,
    extend,
    killed_counts,
    merge,
    more_precise,
    place_key,
    same_type,
)
from conflictparse.events.nonsites import inside_actor
from conflictparse.events.parts import Part, parts, told_as_new
from conflictparse.events.placing import into_narrower
from conflictparse.events.reference_places import reference_point
from conflictparse.events.references import names_the_attack, refers_back, refers_to_the_strike
from conflictparse.events.retold import first_of_its_telling, same_incident
from conflictparse.events.segment import clauses, framing_pairs, sites, within
from conflictparse.events.siting import (
    actors_at_sites,
    attack_targets,
    counts_at_sites,
    dated_sites,
    holder,
    strike_of_wounded,
    wounded_told,
)
from conflictparse.events.strike_kinds import other_kinds
from conflictparse.events.tellers import days_told
from conflictparse.events.toll_items import item_cuts
from conflictparse.events.types import TypeHit
from conflictparse.model import CasualtyKind, EventType, Precision
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.tokens import TextIndex, without_clitic

__all__ = ["incidents"]


@attrs.define(eq=False)
class _Layers:
    index: TextIndex
    casualties: list[CasualtySpan]
    actors: list[ActorSpan]
    dates: list[DateSpan]
    places: list[PlaceSpan]
    reference: datetime.date | None
    starts: dict[str, list[int]] = attrs.Factory(dict)
    # places the text puts in a broader one, in the order told (a dict: each once, in order)
    holds: dict[str, dict[str, None]] = attrs.Factory(dict)

    def __attrs_post_init__(self) -> None:
        self.starts = {
            "casualties": [item.start for item in self.casualties],
            "actors": [item.start for item in self.actors],
            "dates": [item.start for item in self.dates],
            "places": [item.start for item in self.places],
        }


def incidents(
    index: TextIndex,
    casualties: list[CasualtySpan],
    actors: list[ActorSpan],
    dates: list[DateSpan],
    places: list[PlaceSpan],
    *,
    reference: datetime.date | None = None,
) -> list[Incident]:
    """The incidents of a report, in the order the text first tells them (on ``reference``)."""
    layers = _Layers(index, casualties, actors, dates, places, reference)
    found: list[Incident] = []
    # The incidents ever put in ``found``, by id: held here, so that an incident merged
    # into another and dropped from ``found`` is not freed and its id never reused.
    listed: dict[int, Incident] = {}
    items = item_cuts(
        index.text,
        [item.start for item in casualties],
        {item.start for item in casualties if not item.casualty.breakdown},
        (
            {item.end for item in casualties if item.casualty.kind is CasualtyKind.KILLED},
            {item.start for item in casualties if item.casualty.kind is CasualtyKind.WOUNDED},
        ),
    )
    for sentence in index.sentences:
        reading = _Sentence(sentence)
        for clause in clauses(index, sentence, items):
            for part in parts(index, clause):
                for incident in _mention(layers, reading, part, found):
                    if id(incident) not in listed:
                        listed[id(incident)] = incident
                        found.append(incident)
    found = into_narrower(index, found, layers.holds)
    for incident in found:
        incident.seen = None  # needed while the incidents grow, not after
    return [incident for incident in found if incident.hit is not None or killed_counts(incident)]


@attrs.define(eq=False)
class _Sentence:
    """What the clauses read so far in one sentence leave to the next ones."""

    span: tuple[int, int]
    incidents: list[Incident] = attrs.Factory(list)
    listed: dict[int, Incident] = attrs.Factory(dict)  # ``incidents`` by id, held alive
    tally_end: int | None = None  # where the last count of the killed ends, if a tally

    def follow_tally(self, killed: list[CasualtySpan], tallies: list[CasualtySpan]) -> None:
        """Note whether the last count of the killed read so far is a tally."""
        last = max((*killed, *tallies), key=lambda item: item.end, default=None)
        if last is not None:
            self.tally_end = last.end if last in tallies else None

    def add(self, incident: Incident) -> None:
        """``incident`` told in this sentence (once)."""
        if id(incident) not in self.listed:
            self.listed[id(incident)] = incident
            self.incidents.append(incident)

    def place_before(self, layers: _Layers, pos: int) -> PlaceSpan | None:
        """The last place the sentence names before ``pos``, for «في المنطقة ذاتها»."""
        start, starts = self.span[0], layers.starts
        found = within(layers.places, starts["places"], start, pos)
        if not found:
            return None
        actors = within(layers.actors, starts["actors"], start, pos)
        named = sites(layers.index, found, actors, [], start)
        return named[-1] if named else None


def _mention(
    layers: _Layers, reading: _Sentence, part: Part, found: list[Incident]
) -> list[Incident]:
    """The incidents one part of a clause tells of: new ones, or earlier ones it adds to."""
    index, starts = layers.index, layers.starts
    span = (part.start, part.end)
    hit = part.hit
    harm = within(layers.casualties, starts["casualties"], *span)
    wound = None if harm or hit else wounded_told(index, span)  # «أصيب العديد من المدنيين»
    if (hit is None and not harm and wound is None) or accident(index, *span):
        return []  # «لقي جندي مصرعه نتيجة حادث دهس»: no event of the conflict
    actors = within(layers.actors, starts["actors"], *span)
    harm = _sided(index, harm, actors)
    all_dates = within(layers.dates, starts["dates"], *span)
    killed, tallies = incident_killed(
        index, part, harm, all_dates, layers.reference, tally_end=reading.tally_end
    )
    reading.follow_tally(killed, tallies)
    own = set(killed)
    harm = [item for item in harm if item.casualty.kind is not CasualtyKind.KILLED or item in own]
    anchors = [*([part.cue] if hit else []), *((item.start, item.end) for item in killed or harm)]
    anchors += [wound] if wound else []
    in_part = within(layers.places, starts["places"], *span)
    holders = _framed_places(layers, in_part)
    named = sites(index, in_part, actors, anchors, part.clause_start)
    last = reading.incidents[-1] if reading.incidents else None
    if hit is None and not killed and (hit := strike_of_wounded(last, named, harm, wound)) is None:
        # «وأصيب 3 آخرون»: the wounded of the incident just told
        return (
            [] if wound else [_placeless(layers, reading, _Told(span, None, harm, [], []), found)]
        )
    if hit is not None and no_incident(index, part, hit, killed=bool(killed), tallies=tallies):
        return []
    dated = untold(index, [item for item in all_dates if not since(index, item)])
    if hit is None and any(item.date.precision is Precision.RANGE for item in dated):
        return []  # a toll over a day or more with no incident told: an aggregate
    if (
        hit is not None
        and (hit.wording.type is EventType.STRATEGIC_DEVELOPMENTS or hit.wording.when_state)
        and background(index, part.cue)
    ):
        hit = None  # «بعد انسحاب قوات النظام», «منذ سيطرة النظام»: background, no incident
        if not killed:
            return []
    if hit is not None and hit.wording.type not in _VIOLENT and killed:
        # a strategic development takes no toll: the deaths go to the incident before it
        _placeless(layers, reading, _Told(span, None, harm, [], dated), found)
        harm = [item for item in harm if item not in own]
    told = _Told(span, hit, harm, actors, dated)
    places = (named, holders)
    return _placed(layers, reading, part, told, places=places, found=found, killed=bool(killed))


def _placed(
    layers: _Layers,
    reading: _Sentence,
    part: Part,
    told: _Told,
    *,
    places: tuple[list[PlaceSpan], dict[tuple[int, int], PlaceSpan]],
    found: list[Incident],
    killed: bool,
) -> list[Incident]:
    """The incidents a part tells at its ``places`` (its sites and the places that hold them)."""
    index, (named, holders) = layers.index, places
    if refers_back(index, part):  # «هذا الهجوم»: an incident already told, if any
        if not found or not killed:
            return []
        _add(found[-1], told._replace(hit=None))
        return [found[-1]]
    if not named:
        named = _anaphoric_place(layers, told.clause, reading)
    if not named:
        if told.hit is not None and reply(index, part):
            return []  # «في حين ردت الفصائل باستهداف …»: another side's act, not placed
        return [_placeless(layers, reading, told, found)]
    targets = attack_targets(index, named)
    if len(targets) >= _SUMMARY and (told.hit is None or all(p.kind in REGIONS for p in targets)):
        # «في محافظات حلب وإدلب وحماة», «قتل 27 في إدلب و25 في درعا و21 في حلب»: a summary
        # over a country, no incident
        return []
    return _at_sites(layers, reading, part, told, placing=(targets, holders), found=found)


def _framed_places(layers: _Layers, in_part: list[PlaceSpan]) -> dict[tuple[int, int], PlaceSpan]:
    """The places a part puts in broader ones, recorded for the report; the unknown ones' holders.

    «حي القدم بدمشق»: دمشق holds the quarter (``layers.holds``, and its governorate too);
    «قرية كولة التابعة لناحية تل الضمان»: the unknown village's holder, by its span.
    """
    index = layers.index
    holders: dict[tuple[int, int], PlaceSpan] = {}
    for broad, narrow in framing_pairs(index.text, in_part):
        if narrow.place is None:
            holders.setdefault((narrow.start, narrow.end), broad)
        layers.holds.setdefault(place_key(index, broad), {})[place_key(index, narrow)] = None
        if broad.place is not None and broad.place.admin1:
            region = REGION_KEY + broad.place.admin1
            layers.holds.setdefault(region, {})[place_key(index, narrow)] = None
    return holders


def _at_sites(
    layers: _Layers,
    reading: _Sentence,
    part: Part,
    told: _Told,
    *,
    placing: tuple[list[PlaceSpan], dict[tuple[int, int], PlaceSpan]],
    found: list[Incident],
) -> list[Incident]:
    """The incidents a part tells at its sites, one per site and day.

    «بلدتي كنصفرة والبارة», «القصف الجوي والمدفعي»: the toll goes to the first; a breakdown
    by place («بينهم 7 في بلدة كفرنبل و3 في بلدة حاس») gives each site its own count.
    """
    index, hit, harm = layers.index, told.hit, told.harm
    targets, holders = placing
    first = not part.twin
    another = part.twin or told_as_new(index, part)
    by_site = counts_at_sites(index.text, harm, targets)
    near = actors_at_sites(told.actors, targets, told.clause)
    told_of: list[Incident] = []
    # «أعلنت … اليوم السبت عن إحصائية للقذائف التي تساقطت الجمعة»: the day of the saying
    # splits no incident off the day it tells
    for place, days in dated_sites(targets, days_told(index.text, told.dates)):
        # «بلدتي كفرنبل وحاس، … في بلدة حاس»: a site this part named already, or one before
        sides = near[place.start, place.end] if near else told.actors
        retold = (hit, reading.span, sides)
        target = None if another else same_incident((told_of, found), index, place, retold, days)
        if target is None:
            target = Incident(place, hit, [], [], [], [], reading.span)
            target.held_by = holder(place, holders)
            if first:
                _adopt_tolls_told_before(reading, target, found)
        told_here = told._replace(harm=[], shared=tuple(harm[:_SHARED])) if not first else told
        if by_site:
            at_site = by_site.get((place.start, place.end))
            told_here = told._replace(
                harm=[at_site] if at_site else [], shared=tuple(harm[:_SHARED])
            )
        if near:  # a part of many sites: each takes the sides named around it
            told_here = told_here._replace(actors=sides)
        _add(target, told_here._replace(dates=days))
        reading.add(target)
        told_of.append(target)
        first = False
    return told_of


def _anaphoric_place(layers: _Layers, span: tuple[int, int], reading: _Sentence) -> list[PlaceSpan]:
    """The place «للمدينة» or «في المنطقة ذاتها» stands for: the last of its kind named before."""
    anaphora = event_lexicon().place_anaphora
    for word in layers.index.words_in(*span):
        for form in (word, without_clitic(word), "ال" + word[2:] if word.startswith("لل") else ""):
            if form not in anaphora:
                continue
            kind = anaphora[form]
            if kind is None:
                place = reading.place_before(layers, span[0])
                return [place] if place is not None else []
            at = bisect.bisect_left(layers.starts["places"], span[0])
            near = reversed(layers.places[max(0, at - _ANAPHORA_REACH) : at])
            index = layers.index  # the last of its kind named, not one a distance is told from
            actors = layers.actors, layers.starts["actors"]  # nor a body's: «وزارة الصحة بغزة»
            named = (
                p
                for p in near
                if p.kind is kind and not reference_point(index, p) and not inside_actor(p, *actors)
            )
            return [place] if (place := next(named, None)) is not None else []
    return []


_VIOLENT = frozenset(
    {EventType.BATTLES, EventType.EXPLOSIONS_REMOTE_VIOLENCE, EventType.VIOLENCE_AGAINST_CIVILIANS}
)


def _adopt_tolls_told_before(reading: _Sentence, target: Incident, found: list[Incident]) -> None:
    """A toll told earlier in the sentence with no wording and no place is ``target``'s.

    «أفاد مصدر في صلاح الدين بأن 5 عناصر فقدوا حياتهم، فيما أصيب 8 بهجوم في قضاء الدجيل»:
    one incident, at the narrower place, even when the toll was told at the governorate.
    """
    pending_ones = [
        item
        for item in reading.incidents
        if not item.hit and (item.place is None or _broader_unit(item.place, target.place))
    ]
    for pending in pending_ones:
        merge(target, pending)
        reading.incidents.remove(pending)
        reading.listed.pop(id(pending), None)
        if pending in found:
            found.remove(pending)


def _broader_unit(broad: PlaceSpan, narrow: PlaceSpan | None) -> bool:
    """Whether ``broad`` is a governorate or region that may hold ``narrow``."""
    if narrow is None or broad.kind not in REGIONS or narrow.kind in REGIONS:
        return False
    if broad.place is None or narrow.place is None:
        return True  # a place the gazetteer lacks may lie in it
    return broad.place.admin1 == narrow.place.admin1


def _placeless(layers: _Layers, reading: _Sentence, told: _Told, found: list[Incident]) -> Incident:
    """The incident a part that names no place adds to, or a new one with no place.

    A toll with no wording joins the incident told before it in the sentence;
    a wording joins the incident of its type at the sentence's last place
    («… في المنطقة ذاتها»), or starts one there.
    """
    index, hit = layers.index, told.hit
    last = reading.incidents[-1] if reading.incidents else None
    if (
        last is not None
        and (hit is None or same_type(last.hit, hit))
        and not other_kinds(index, last.hit, hit)  # «… لقصف جوي، وترافق بقصف مدفعي …»
    ):
        target = last
    elif (place := reading.place_before(layers, told.clause[0])) is not None:
        retold = (hit, reading.span, told.actors)
        target = same_incident((found,), index, place, retold, told.dates) or Incident(
            place, hit, [], [], [], [], reading.span
        )
    elif (last := next((item for item in reversed(found) if item.place), None)) is not None and (
        (hit is None and (_same_paragraph(index, last, told) or _same_sides(last, told)))
        or (names_the_attack(index, told.clause) and same_type(last.hit, hit))
        or (
            _same_paragraph(index, last, told, breaks=1)
            and refers_to_the_strike(index, told.clause, last.hit, hit)
        )
    ):
        # «وأسفر ذلك عن مقتل 4», «وبلغ عدد قتلى التنظيم 35», «تمكنت القوات من صد الهجوم»:
        # the incident told before (the first of its clause's places)
        target = first_of_its_telling(found[-WINDOW:], last)
    else:
        target = next(
            (
                item
                for item in reversed(found[-WINDOW:])
                if item.place is not None
                and _same_paragraph(index, item, told, breaks=1)
                and _retold_with_its_toll(item, told)
            ),
            None,
        ) or Incident(None, hit, [], [], [], [], reading.span)
    _add(target, told)
    reading.add(target)
    return target


def _retold_with_its_toll(incident: Incident, told: _Told) -> bool:
    """Whether a clause with no place tells the dead of a strike of the kind just told.

    «استشهد وأصيب 13 مدنيا بقذائف أطلقها الحوثيون على مديرية التحيتا» then «إن قصفا حوثيا
    شن بـ 11 قذيفة هاون أسفر عن مقتل ثلاثة مدنيين»: the same shelling, by the same side,
    when the incident told no dead of its own.
    """
    hit, before = told.hit, incident.hit
    if hit is None or before is None or hit.wording.sub_type is not before.wording.sub_type:
        return False
    sides = {span.actor.id for span in told.actors}
    return (
        any(item.casualty.kind is CasualtyKind.KILLED for item in told.harm)
        and not killed_counts(incident)
        and (not sides or not sides.isdisjoint(span.actor.id for span in incident.actors))
    )


def _sided(
    index: TextIndex, harm: list[CasualtySpan], actors: list[ActorSpan]
) -> list[CasualtySpan]:
    """Counts with no side of their own take the side of «قتلى X» told before them.

    «عدد قتلى التنظيم لا يقل عن 35 مسلحا»: the 35 are the organisation's dead.
    """
    dead = [
        span
        for span in actors
        if any(
            without_clitic(word) in event_lexicon().dead_of
            for word in index.texts_before(span.start, 2)
        )
    ]
    if not dead:
        return harm
    sided = []
    for item in harm:
        side = next((span for span in reversed(dead) if span.end <= item.start), None)
        if item.casualty.actor is None and side is not None:
            sided.append(item._replace(casualty=attrs.evolve(item.casualty, actor=side.actor)))
        else:
            sided.append(item)
    return sided


def _same_sides(incident: Incident, told: _Told) -> bool:
    """Whether a toll counts the dead of a side of the incident («قتلى التنظيم»)."""
    sides = {span.actor.id for span in incident.actors}
    return any(item.casualty.actor and item.casualty.actor.id in sides for item in told.harm)


def _same_paragraph(index: TextIndex, incident: Incident, told: _Told, *, breaks: int = 0) -> bool:
    """Whether the clause is in the incident's paragraph (or ``breaks`` paragraphs after)."""
    return index.text.count("\n", incident.end, told.clause[0]) <= breaks


class _Told(NamedTuple):
    """What one clause tells: its span, wording, harm, actors and dates."""

    clause: tuple[int, int]
    hit: TypeHit | None
    harm: list[CasualtySpan]
    actors: list[ActorSpan]
    dates: list[DateSpan]
    shared: tuple[CasualtySpan, ...] = ()  # counts told for it that another site counts


def _add(incident: Incident, told: _Told) -> None:
    extend(incident, incident.clauses, [told.clause])
    if incident.hit is None or (told.hit is not None and more_precise(told.hit, incident.hit)):
        incident.hit = told.hit  # «هجومين … في الدمام» told more precisely: «فجر انتحاري»
    extend(incident, incident.casualties, told.harm)
    extend(incident, incident.shared, told.shared)
    extend(incident, incident.actors, told.actors)
    extend(incident, incident.dates, told.dates)


_ANAPHORA_REACH = 64  # places looked back at for «المدينة»: a report names fewer between
_SUMMARY = 3  # governorates or regions in one part that make it a summary
_SHARED = 4  # counts of a part whose victims' side the other sites share
