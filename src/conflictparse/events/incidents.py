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
import itertools
import re
import sys
from collections.abc import Sequence
from typing import NamedTuple, TypeVar

import attrs

from conflictparse.dates.finder import DateSpan
from conflictparse.entities.actors import ActorSpan
from conflictparse.entities.casualties import CasualtySpan
from conflictparse.entities.places import PlaceSpan
from conflictparse.events.filters import (
    background,
    campaign,
    cumulative,
    has,
    planned,
    since,
    statement,
)
from conflictparse.events.parts import Part, parts
from conflictparse.events.segment import (
    breadth,
    clauses,
    framing_pairs,
    holds,
    item_cuts,
    sites,
    within,
)
from conflictparse.events.tolls import fatalities
from conflictparse.events.types import TypeHit, read_hits
from conflictparse.model import CasualtyKind, EventType, PlaceKind, Precision, Quantity
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.lexicon.places import gazetteer
from conflictparse.text.tokens import WORD, TextIndex, without_clitic

__all__ = ["Incident", "Sorted", "incidents", "place_key", "placed"]

T = TypeVar("T")


@attrs.define(eq=False)
class Incident:
    """The clauses that tell one incident, and what was read in them (folded offsets)."""

    place: PlaceSpan | None
    hit: TypeHit | None
    clauses: list[tuple[int, int]]
    casualties: list[CasualtySpan]
    actors: list[ActorSpan]
    dates: list[DateSpan]
    sentence: tuple[int, int]
    shared: list[CasualtySpan] = attrs.Factory(list)  # told for it, counted for another
    # the known place the text puts an unknown site in («قرية كولة التابعة لناحية تل الضمان»)
    held_by: PlaceSpan | None = None
    seen: set[object] = attrs.Factory(set)  # what its lists hold: each added once, at once

    @property
    def start(self) -> int:
        """Where its first clause (or its place, named before) starts."""
        first = min(start for start, _ in self.clauses)
        return min(first, self.place.start) if self.place else first

    @property
    def end(self) -> int:
        """Where its last clause (or its place, named after) ends."""
        last = max(end for _, end in self.clauses)
        return max(last, self.place.end) if self.place else last


@attrs.define(eq=False)
class _Layers:
    index: TextIndex
    casualties: list[CasualtySpan]
    actors: list[ActorSpan]
    dates: list[DateSpan]
    places: list[PlaceSpan]
    starts: dict[str, list[int]] = attrs.Factory(dict)
    holds: dict[str, list[str]] = attrs.Factory(dict)  # places the text puts in a broader one

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
) -> list[Incident]:
    """The incidents of a report, in the order the text first tells them."""
    layers = _Layers(index, casualties, actors, dates, places)
    found: list[Incident] = []
    # The incidents ever put in ``found``, by id: held here, so that an incident merged
    # into another and dropped from ``found`` is not freed and its id never reused.
    listed: dict[int, Incident] = {}
    items = item_cuts(
        index.text,
        [item.start for item in casualties],
        {item.start for item in casualties if not item.casualty.breakdown},
    )
    for sentence in index.sentences:
        reading = _Sentence(sentence)
        for clause in clauses(index, sentence, items):
            for part in parts(index, clause):
                for incident in _mention(layers, reading, part, found):
                    if id(incident) not in listed:
                        listed[id(incident)] = incident
                        found.append(incident)
    found = _into_narrower(index, found, layers.holds)
    for incident in found:
        incident.seen.clear()  # needed while the incidents grow, not after
    return [incident for incident in found if incident.hit is not None or _tolls(incident)]


def _into_narrower(
    index: TextIndex, found: list[Incident], holds: dict[str, list[str]]
) -> list[Incident]:
    """Incidents at a place the text puts a narrower one in, joined to the narrower one.

    «هجومين في الدمام والأحساء» then «… قرب مدينة الهفوف في الأحساء»: the attack in
    الأحساء is the one at الهفوف.
    """
    kept: list[Incident] = []
    tolls: dict[int, _Toll] = {}
    for position, incident in enumerate(found):
        place = incident.place
        narrower = _held(holds, place_key(index, place)) if place else set()
        # «مقتل 3 في انفجار لغم بالقصرين» above «… في جبل سمامة من ولاية القصرين»: a place of
        # the same governorate that restates the toll
        same_unit = (
            holds.get(_REGION_KEY + place.place.admin1, [])
            if place and place.place and place.place.admin1
            else []
        )
        if not narrower and not same_unit:
            kept.append(incident)
            continue
        target = next(
            (
                other
                for other in _around(found, position)
                if other is not incident
                and other.place is not None
                and ((key := place_key(index, other.place)) in narrower or key in same_unit)
                and _same_type(incident.hit, other.hit)
                and not _other_day(incident.dates, other.dates)
                and (key in narrower or _restates(incident, other, tolls))
                and not (_tolls(incident) and _other_victims(index.text, other))
            ),
            None,
        )
        if target is None:
            kept.append(incident)
        else:
            _merge(target, incident)
            tolls.pop(id(target), None)
    return kept


def _other_victims(text: str, incident: Incident) -> bool:
    """Whether the incident's dead are others than those told before: «مواطنان آخران».

    «استشهد 21 … في خان يونس. كما استشهد مواطنان آخران … في ناحية أمل بخانيونس»: a second
    strike, not the first told again at a narrower place.
    """
    others = event_lexicon().other_victims
    return any(
        word in others
        for item in incident.casualties
        if item.casualty.kind is CasualtyKind.KILLED
        for word in WORD.findall(text, item.start, item.end + _OTHERS_REACH)
    )


def _held(holds: dict[str, list[str]], key: str) -> set[str]:
    """The places the text puts in the one of ``key``, directly or through another.

    «بلدة حفير الفوقا الواقعة بمنطقة القلمون بريف دمشق»: ريف دمشق holds حفير الفوقا.
    """
    held: set[str] = set()
    todo = list(holds.get(key, ()))
    while todo and len(held) < _HELD_MOST:
        narrower = todo.pop()
        if narrower not in held and narrower != key:
            held.add(narrower)
            todo.extend(holds.get(narrower, ()))
    return held


@attrs.define(eq=False)
class _Sentence:
    """What the clauses read so far in one sentence leave to the next ones."""

    span: tuple[int, int]
    incidents: list[Incident] = attrs.Factory(list)
    listed: dict[int, Incident] = attrs.Factory(dict)  # ``incidents`` by id, held alive

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
    if hit is None and not harm:
        return []
    actors = within(layers.actors, starts["actors"], *span)
    harm = _sided(index, harm, actors)
    all_dates = within(layers.dates, starts["dates"], *span)
    killed = _own_killed(index, part, harm, all_dates)
    own = set(killed)
    harm = [item for item in harm if item.casualty.kind is not CasualtyKind.KILLED or item in own]
    anchors = [*([part.cue] if hit else []), *((item.start, item.end) for item in killed)]
    in_part = within(layers.places, starts["places"], *span)
    holders: dict[tuple[int, int], PlaceSpan] = {}
    for broad, narrow in framing_pairs(index.text, in_part):
        if narrow.place is None:
            holders.setdefault((narrow.start, narrow.end), broad)
        layers.holds.setdefault(place_key(index, broad), []).append(place_key(index, narrow))
        if broad.place is not None and broad.place.admin1:
            region = _REGION_KEY + broad.place.admin1
            layers.holds.setdefault(region, []).append(place_key(index, narrow))
    named = sites(index, in_part, actors, anchors, part.clause_start)
    if hit is None and not killed:  # «وأصيب 3 آخرون»: the wounded of the incident just told
        return [_placeless(layers, reading, _Told(span, None, harm, [], []), found)]
    if hit is not None and (
        campaign(index, part.cue)
        or planned(index, part.clause_start, part.cue)
        or (not killed and statement(index, part.clause_start, part.cue))
    ):
        return []
    dated = [item for item in all_dates if not since(index, item)]
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
    if _refers_back(index, part):  # «هذا الهجوم»: an incident already told, if any
        if not found or not killed:
            return []
        _add(found[-1], told._replace(hit=None))
        return [found[-1]]
    if not named:
        named = _anaphoric_place(layers, span, reading)
    if not named:
        return [_placeless(layers, reading, told, found)]
    targets = _targets(index, named)
    if len(targets) >= _SUMMARY and (hit is None or all(p.kind in _REGIONS for p in targets)):
        # «في محافظات حلب وإدلب وحماة», «قتل 27 في إدلب و25 في درعا و21 في حلب»: a summary
        # over a country, no incident
        return []
    # «بلدتي كنصفرة والبارة», «القصف الجوي والمدفعي»: the toll goes to the first
    first = not part.twin
    another = part.twin or _another(index, part)
    by_site = _counts_at_sites(index.text, harm, targets)
    told_of: list[Incident] = []
    for place, days in _dated_sites(targets, dated):
        target = None if another else _same(found, index, place, hit, days)
        if target is None:
            target = Incident(place, hit, [], [], [], [], reading.span)
            target.held_by = _holder(place, holders)
            if first:
                _adopt_tolls_told_before(reading, target, found)
        told_here = told._replace(harm=[], shared=tuple(harm[:_SHARED])) if not first else told
        if by_site:  # «قتل 20، بينهم 7 في بلدة كفرنبل و3 في بلدة حاس»: each its own count
            at_site = by_site.get((place.start, place.end))
            told_here = told._replace(
                harm=[at_site] if at_site else [], shared=tuple(harm[:_SHARED])
            )
        _add(target, told_here._replace(dates=days))
        reading.add(target)
        told_of.append(target)
        first = False
    return told_of


def _counts_at_sites(
    text: str, harm: Sequence[CasualtySpan], sites: Sequence[PlaceSpan]
) -> dict[tuple[int, int], CasualtySpan]:
    """The sub-counts of the dead a breakdown puts at the sites, one each.

    «قتل 20 مدنيا، بينهم 7 في بلدة كفرنبل و3 في بلدة حاس»: each is then the toll of its
    site, counted (no longer a part of the total before it).
    Only a breakdown by place, two sites or more: «تسعة مدنيين بينهم ثلاثة أطفال في قرية
    بليون» puts the nine in the village.
    """
    starts = {site.start: site for site in sites}
    found: dict[tuple[int, int], CasualtySpan] = {}
    for item in harm:
        casualty = item.casualty
        if casualty.kind is not CasualtyKind.KILLED or not casualty.breakdown:
            continue
        gap = _AT_SITE.match(text, item.end)
        site = starts.get(gap.end() if gap else item.end)
        if site is not None:
            counted = item._replace(casualty=attrs.evolve(casualty, breakdown=False))
            found.setdefault((site.start, site.end), counted)
    return found if len(found) > 1 else {}


def _holder(place: PlaceSpan, holders: dict[tuple[int, int], PlaceSpan]) -> PlaceSpan | None:
    """The known place that holds an unknown site, through a chain of unknown ones."""
    if place.place is not None:
        return None
    seen = 0
    key = (place.start, place.end)
    while key in holders and seen < len(holders):
        holder = holders[key]
        if holder.place is not None:
            return holder
        key, seen = (holder.start, holder.end), seen + 1
    return None


def _dated_sites(
    targets: list[PlaceSpan], dated: list[DateSpan]
) -> list[tuple[PlaceSpan, list[DateSpan]]]:
    """Each site with its dates: those between the sites before and after it, else the part's.

    A site given two days («شهدت الزاوية مواجهات في كانون الثاني، ثم في منتصف شباط») is
    an incident on each.
    """
    found: list[tuple[PlaceSpan, list[DateSpan]]] = []
    starts = [item.start for item in dated]
    for position, place in enumerate(targets):
        start = targets[position - 1].end if position else -1
        end = targets[position + 1].start if position + 1 < len(targets) else sys.maxsize
        own = within(dated, starts, start, end)
        days = [item for item in own if item.date.start is not None]
        distinct = {item.date.start for item in days}
        if len(distinct) > 1 and all(item.date.precision is not Precision.RANGE for item in days):
            found.extend((place, [item]) for item in _one_per_day(days))
        else:
            found.append((place, own or _nearest(dated, starts, place.start)))
    return found


def _nearest(dated: list[DateSpan], starts: list[int], pos: int) -> list[DateSpan]:
    """The date of a part nearest before ``pos``, else the first after it."""
    at = bisect.bisect_right(starts, pos)
    if at:
        return [dated[at - 1]]
    return dated[:1]


def _one_per_day(days: list[DateSpan]) -> list[DateSpan]:
    seen: set[object] = set()
    kept = []
    for item in days:
        if item.date.start not in seen:
            seen.add(item.date.start)
            kept.append(item)
    return kept


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
            before = layers.places[: bisect.bisect_left(layers.starts["places"], span[0])]
            return [place for place in reversed(before) if place.kind is kind][:1]
    return []


def _another(index: TextIndex, part: Part) -> bool:
    """Whether the part's wording tells another incident («عملية مماثلة», «ضربة جديدة»)."""
    if part.hit is None:
        return False
    near = [word.text for word in index.after(part.cue[1], 2)]
    near += index.texts_before(part.cue[0], 3)  # «عملية مماثلة فجر الاثنين استهدفت …»
    return any(without_clitic(word) in event_lexicon().another for word in near)


def _refers_back(index: TextIndex, part: Part) -> bool:
    """Whether the part's wording refers to an incident already told («هذا الهجوم»).

    A sequel of it is part of it too: «اشتباكات اندلعت إثر ذلك».
    """
    lexicon = event_lexicon()
    before = index.texts_before(part.cue[0], 1)
    if before and before[0] in lexicon.references:
        return True
    after = [word.text for word in index.after(part.cue[1], _SEQUEL_REACH)]
    return has(after, lexicon.sequels)


def _own_killed(
    index: TextIndex, part: Part, harm: list[CasualtySpan], dates: list[DateSpan]
) -> list[CasualtySpan]:
    """The counts of the killed in a part that are the toll of an incident, not cumulative."""
    kept: list[CasualtySpan] = []
    lead_start = part.start
    starts = [span.start for span in dates]
    for item in harm:
        if item.casualty.kind is CasualtyKind.KILLED:
            after_count = lead_start != part.start
            if not cumulative(index, item, lead_start, dates, starts, after_count=after_count):
                kept.append(item)
            lead_start = item.end
    return kept


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
        _merge(target, pending)
        reading.incidents.remove(pending)
        reading.listed.pop(id(pending), None)
        if pending in found:
            found.remove(pending)


def _broader_unit(broad: PlaceSpan, narrow: PlaceSpan | None) -> bool:
    """Whether ``broad`` is a governorate or region that may hold ``narrow``."""
    if narrow is None or broad.kind not in _REGIONS or narrow.kind in _REGIONS:
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
    if last is not None and (hit is None or _same_type(last.hit, hit)):
        target = last
    elif (place := reading.place_before(layers, told.clause[0])) is not None:
        target = _same(found, index, place, hit, told.dates) or Incident(
            place, hit, [], [], [], [], reading.span
        )
    elif (last := next((item for item in reversed(found) if item.place), None)) is not None and (
        (hit is None and (_same_paragraph(index, last, told) or _same_sides(last, told)))
        or (_names_the_attack(index, told.clause) and _same_type(last.hit, hit))
        or (
            _same_paragraph(index, last, told)
            and _refers_to_the_strike(index, told.clause, last.hit, hit)
        )
    ):
        # «وأسفر ذلك عن مقتل 4», «وبلغ عدد قتلى التنظيم 35», «تمكنت القوات من صد الهجوم»:
        # the incident told before
        target = last
    else:
        target = Incident(None, hit, [], [], [], [], reading.span)
    _add(target, told)
    reading.add(target)
    return target


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


def _names_the_attack(index: TextIndex, span: tuple[int, int]) -> bool:
    """Whether a part names the attack already told: a bare «الهجوم» with its article."""
    return any(
        hit.wording.generic and index.text.startswith("ال", hit.start)
        for hit in read_hits(index, *span)
    )


def _refers_to_the_strike(
    index: TextIndex, span: tuple[int, int], last: TypeHit | None, hit: TypeHit | None
) -> bool:
    """Whether a part names the incident just told by its kind, with the article.

    «قصفت مسيرة منزلا في مدينة كوستي. وأسفر القصف عن مقتل 7»: the shelling is the strike
    told before it, of the same type (an explosion), in the same paragraph.
    """
    return (
        last is not None
        and hit is not None
        and last.wording.type is hit.wording.type
        and index.text.startswith("ال", hit.start)
        and span[0] <= hit.start < span[1]
    )


def _same_sides(incident: Incident, told: _Told) -> bool:
    """Whether a toll counts the dead of a side of the incident («قتلى التنظيم»)."""
    sides = {span.actor.id for span in incident.actors}
    return any(item.casualty.actor and item.casualty.actor.id in sides for item in told.harm)


def _same_paragraph(index: TextIndex, incident: Incident, told: _Told) -> bool:
    return "\n" not in index.text[incident.end : told.clause[0]]


def _targets(index: TextIndex, named: list[PlaceSpan]) -> list[PlaceSpan]:
    """The places an attack is on: from the first named after «على» or «ضد», else all.

    «هجوم من حي الحجر الأسود على حي القدم» is an attack on حي القدم.
    """
    for position, place in enumerate(named):
        before = index.texts_before(place.start, 1)
        if before and before[0] in _TARGET_WORDS:
            return named[position:]
    return named


_TARGET_WORDS = frozenset({"علي", "ضد"})


def _more_precise(new: TypeHit, old: TypeHit) -> bool:
    """Whether a wording tells an incident more precisely than the one it was typed by.

    «هجومين … في الدمام» then «فجر انتحاري»: a bare «هجوم» gives way to any other type;
    «القصف على عفرين» then «القصف الجوي»: a sub-type of the same type before it in the
    order of the file, but not a seizure told after a clash.
    """
    if old.wording.generic:
        return new.wording.type is not old.wording.type
    return (
        new.wording.type is old.wording.type
        and new.wording.rank < old.wording.rank
        and new.wording.when_state is None
        and not new.wording.generic
    )


def _same_type(first: TypeHit | None, second: TypeHit | None) -> bool:
    """Whether two wordings may tell one incident: the same type, or a bare «هجوم»."""
    return (
        first is None
        or second is None
        or first.wording.type is second.wording.type
        or first.wording.generic
        or second.wording.generic
    )


class _Told(NamedTuple):
    """What one clause tells: its span, wording, harm, actors and dates."""

    clause: tuple[int, int]
    hit: TypeHit | None
    harm: list[CasualtySpan]
    actors: list[ActorSpan]
    dates: list[DateSpan]
    shared: tuple[CasualtySpan, ...] = ()  # counts told for it that another site counts


def _add(incident: Incident, told: _Told) -> None:
    _extend(incident, incident.clauses, [told.clause])
    if incident.hit is None or (told.hit is not None and _more_precise(told.hit, incident.hit)):
        incident.hit = told.hit  # «هجومين … في الدمام» told more precisely: «فجر انتحاري»
    _extend(incident, incident.casualties, told.harm)
    _extend(incident, incident.shared, told.shared)
    _extend(incident, incident.actors, told.actors)
    _extend(incident, incident.dates, told.dates)


def _extend(incident: Incident, items: list[T], new: Sequence[T]) -> None:
    """One of the incident's lists, with the ``new`` items it does not hold yet, in order."""
    seen, which = incident.seen, id(items)  # one incident, several lists
    if items and (which, items[0]) not in seen:  # let go after building: learn it again
        seen.update((which, item) for item in items)
    for item in new:
        if (which, item) not in seen:
            seen.add((which, item))
            items.append(item)


def _same(
    found: list[Incident],
    index: TextIndex,
    place: PlaceSpan,
    hit: TypeHit | None,
    dates: list[DateSpan],
) -> Incident | None:
    """The incident already told at this place, of this type and on this day, if any."""
    key = place_key(index, place)
    for incident in reversed(found[-_WINDOW:]):
        if incident.place is None or place_key(index, incident.place) != key:
            continue
        if not _same_type(hit, incident.hit) or _other_day(incident.dates, dates):
            continue
        return incident
    return None


def _other_day(first: list[DateSpan], second: list[DateSpan]) -> bool:
    days = [{span.date.start for span in spans if span.date.start} for spans in (first, second)]
    return bool(days[0] and days[1] and days[0].isdisjoint(days[1]))


def _around(found: list[Incident], position: int) -> list[Incident]:
    """The incidents told near the one at ``position``."""
    return found[max(0, position - _WINDOW) : position + _WINDOW]


def _framing(text: str, incident: Incident, placed: list[Incident], cities: frozenset[str]) -> bool:
    """Whether an incident is at a broader place that only frames narrower ones.

    «قصف على محافظة الجوف» above strikes on three of its districts is not a
    fourth event; a clash in «ريف حماة» beside a massacre in one of its towns is.
    """
    if incident.place is None or incident.place.kind not in _BROAD_KINDS:
        return False
    return any(
        other is not incident
        and other.place is not None
        and (incident.hit is None or _same_type(incident.hit, other.hit))
        and _framed_by(text, incident, other, cities)
        and not (_tolls(incident) and _other_victims(text, other))
        for other in placed
    )


def _framed_by(text: str, broad: Incident, other: Incident, cities: frozenset[str]) -> bool:
    """Whether ``other``'s place is within ``broad``'s, by the gazetteer or the text."""
    if broad.place is None or other.place is None:
        return False
    return (
        _frames(text, broad.place, other.place)
        or _holds_holder(broad.place, other)
        or _quarter_of(text, broad, other, cities)
    )


def _quarter_of(text: str, city: Incident, other: Incident, cities: frozenset[str]) -> bool:
    """Whether ``other`` is the same incident told at a quarter of ``city`` the gazetteer lacks.

    «استشهاد طفل بقصف حوثي بتعز» above «… قصفا استهدف منزلا في حي البعرارة»: one shelling,
    at the quarter.  Only in a report that names no other city, for the same sub-type.
    """
    broad, narrow = city.place, other.place
    if (
        broad is None
        or narrow is None
        or broad.kind is not PlaceKind.CITY
        or broad.place is None
        or narrow.kind is not PlaceKind.NEIGHBOURHOOD
        or narrow.place is not None
        or city.hit is None
        or other.hit is None
        or city.hit.wording.sub_type is not other.hit.wording.sub_type
    ):
        return False
    return cities == {broad.place.id} and not _located_elsewhere(text, broad, narrow)


def _holds_holder(broad: PlaceSpan, other: Incident) -> bool:
    """Whether ``broad`` is, or holds, the known place that holds ``other``'s unknown site.

    «هجوم مسلح في ديالى» above «… في قرية البو بالي التابعة لقضاء الخالص»: the district is
    in Diyala, so Diyala frames the village.
    """
    holder = other.held_by.place if other.held_by is not None else None
    known = broad.place
    if holder is None or known is None:
        return False
    return known.id == holder.id or (
        broad.kind in _REGIONS and known.admin1 is not None and known.admin1 == holder.admin1
    )


def _frames(text: str, broad: PlaceSpan, narrow: PlaceSpan) -> bool:
    """Whether a place holds another, or is a governorate or region over one the gazetteer lacks."""
    if holds(text, broad, narrow):
        return True
    if (
        broad.kind in _REGIONS
        and broad.place is not None
        and broad.place.admin1 is None  # «قطاع غزة», «جنوب لبنان»: a region over several units
        and narrow.place is not None
        and narrow.place.country == broad.place.country
    ):
        return True
    wide = broad.place is not None and broad.place.admin1 is None  # «جنوب لبنان», «قطاع غزة»
    return (
        narrow.place is None
        and broad.kind in _REGIONS
        and breadth(text, narrow) < breadth(text, broad)
        and (wide or not _located_elsewhere(text, broad, narrow))
    )


def _located_elsewhere(text: str, broad: PlaceSpan, narrow: PlaceSpan) -> bool:
    """Whether the text puts an unknown place in a broader one other than ``broad``.

    «قرية زينون القريبة من الحدود بريف درعا» is in Daraa's countryside, whatever region
    was named before: a head word within a few words after it, in the same clause.
    """
    heads = gazetteer().head_forms
    window = _CLAUSE_END.split(text[narrow.end : narrow.end + _LOCATING_REACH], maxsplit=1)[0]
    for number, word in enumerate(WORD.finditer(window)):
        if number == _LOCATING_WORDS:
            break
        if word.group() in heads:
            offset = broad.start - (narrow.end + word.start())  # «بريف درعا», «بريف محافظة درعا»
            return not 0 <= offset <= len(word.group()) + 1
    return False


# How many incidents before and after one are compared with it when a report is put
# together: a report tells fewer, and a text of megabytes stays linear.
_WINDOW = 64
_REGIONS = frozenset({PlaceKind.GOVERNORATE, PlaceKind.REGION})
_LOCATING_WORDS = 6  # words after an unknown place that may say where it lies
_LOCATING_REACH = 80  # characters those words may span
_CLAUSE_END = re.compile(r"[،,.؛;:\n]")
_BROAD_KINDS = frozenset({PlaceKind.GOVERNORATE, PlaceKind.REGION, PlaceKind.CITY})
_REGION_KEY = "admin1:"  # the key of the places the text puts in a governorate
_SUMMARY = 3  # governorates or regions in one part that make it a summary
_AT_SITE = re.compile(r"\s*(?:في|ب)?\s*")  # between a sub-count and the site it is told at
_OTHERS_REACH = 8  # characters after a count where «آخران» may follow it
_RESTATED_LEAST = 3  # a toll a body restates to be the lead's incident
_HELD_MOST = 64  # places one place may be said to hold, through others
_SEQUEL_REACH = 3  # words from a wording to «إثر ذلك» that makes it a sequel
_SHARED = 4  # counts of a part whose victims' side the other sites share


def place_key(index: TextIndex, place: PlaceSpan) -> str:
    """The same key for two mentions of one place: its gazetteer id, or its name."""
    if place.place is not None:
        return place.place.id
    words = index.words_in(place.start, place.end)
    return " ".join(words[1:] or words)


class Sorted(NamedTuple):
    """The incidents that are events, those with no place, and those that only frame others."""

    events: list[Incident]
    placeless: list[Incident]
    framing: list[Incident]


def placed(found: list[Incident], text: str, cities: frozenset[str] = frozenset()) -> Sorted:
    """The incidents sorted into events, incidents with no place, and framing ones.

    An incident with no place whose toll a placed one restates is that one's
    headline («مقتل 7 مدنيين بغارات» above «… 7 مدنيين في بلدة كفرنبل»): it joins it.
    ``text`` is the folded text the incidents were read from, ``cities`` the gazetteer
    ids of the cities it names.
    """
    kept = [incident for incident in found if incident.place is not None]
    left: list[Incident] = []
    tolls: dict[int, _Toll] = {}  # by id(): each incident's toll is summed once, not per pair
    for position, incident in enumerate(found):
        if incident.place is not None:
            continue
        near = [other for other in _around(found, position) if other.place is not None]
        told = next((other for other in near if _restates(incident, other, tolls)), None)
        if told is None:
            left.append(incident)
            continue
        _merge(told, incident)
        tolls.pop(id(told), None)  # it holds the headline's counts now
    kept = _restated_leads(text, kept, tolls)
    framing = [
        incident
        for position, incident in enumerate(kept)
        if _framing(text, incident, _around(kept, position), cities)
    ]
    handed: set[int] = set()  # ids of the incidents given a framing toll: one each
    for incident in framing:  # «… في جنوب لبنان. … قرب بلدة بافليه»: the toll goes with it
        _hand_down_toll(text, incident, kept, tolls, handed=handed, cities=cities)
    return Sorted([item for item in kept if item not in framing], left, framing)


def _restated_leads(text: str, kept: list[Incident], tolls: dict[int, _Toll]) -> list[Incident]:
    """A lead at a broad place joined to the next incident that restates its toll.

    «قتل 45 عنصرا في اشتباكات قرب محافظة إدلب. … اشتباكات … في ريف حماة الشمالي … بمقتل
    31 … مقابل 14»: one clash, told twice, at the narrower place the body names. Only in
    one paragraph, for one sub-type, a narrower place, and a toll of three or more that both
    give whole.
    """
    joined: set[int] = set()
    for lead, body in itertools.pairwise(kept):
        if (
            id(lead) in joined
            or lead.place is None
            or lead.place.kind not in _BROAD_KINDS
            or body.place is None
            or breadth(text, body.place) >= breadth(text, lead.place)
            or lead.hit is None
            or body.hit is None
            or lead.hit.wording.sub_type is not body.hit.wording.sub_type
            or "\n" in text[lead.end : body.start]
            or _other_day(lead.dates, body.dates)
        ):
            continue
        mine, theirs = _toll_of(lead, tolls).total, _toll_of(body, tolls).total
        if (
            mine is not None
            and theirs is not None
            and mine.value is not None
            and mine.value >= _RESTATED_LEAST
            and mine.value == theirs.value
        ):
            lead.casualties.clear()  # the body restates them: counted once, from the body
            _merge(body, lead)
            joined.add(id(lead))
    return [incident for incident in kept if id(incident) not in joined]


def _hand_down_toll(
    text: str,
    broad: Incident,
    kept: list[Incident],
    tolls: dict[int, _Toll],
    *,
    handed: set[int],
    cities: frozenset[str],
) -> None:
    """A framing incident's toll joins the only narrower incident of its kind, if it has none.

    «قتل 3 عناصر ومدني في غارة استهدفت سيارة بجنوب لبنان. وقالت المصادر إن مسيرة أطلقت
    صاروخين على سيارة قرب بلدة بافليه»: one strike, at بافليه, with the lead's toll.  With
    two narrower incidents told apart the toll is a total over both, and stays with the
    framing one; narrower incidents that are the places of one list («القصف استهدف أحياء
    عصيفرة والدحي وثعبات») are one strike over several places, and the toll goes to the
    first, as for a list told with its toll.
    """
    if broad.hit is None or broad.place is None or not _toll_of(broad, tolls).killed:
        return
    position = kept.index(broad)
    narrower = [
        other
        for other in _around(kept, position)
        if other is not broad
        and other.place is not None
        and other.hit is not None
        and other.hit.wording.sub_type is broad.hit.wording.sub_type
        and _framed_by(text, broad, other, cities)
    ]
    one_list = all(other.clauses == narrower[0].clauses for other in narrower)
    if (
        not narrower
        or not (len(narrower) == 1 or one_list)
        or any(id(other) in handed or _toll_of(other, tolls).killed for other in narrower)
    ):
        return
    target = narrower[0]
    _extend(target, target.casualties, broad.casualties)
    target.casualties.sort()
    tolls.pop(id(target), None)
    handed.add(id(target))


def _merge(into: Incident, other: Incident) -> None:
    """One incident told twice: the clauses and what was read in them go to ``into``."""
    _extend(into, into.clauses, other.clauses)
    _extend(into, into.casualties, other.casualties)
    _extend(into, into.actors, other.actors)
    _extend(into, into.dates, other.dates)
    into.casualties.sort()
    into.actors.sort()
    into.dates.sort()
    if into.hit is None or (
        into.hit.wording.generic and other.hit and not other.hit.wording.generic
    ):
        into.hit = other.hit


class _Toll(NamedTuple):
    killed: set[object]  # the counts of the dead it tells
    total: Quantity | None  # its toll, summed as an event's


def _toll_of(incident: Incident, tolls: dict[int, _Toll]) -> _Toll:
    found = tolls.get(id(incident))
    if found is None:
        summed = fatalities(incident.casualties, incident.clauses)
        found = _Toll(_tolls(incident), summed.quantity if summed else None)
        tolls[id(incident)] = found
    return found


def _restates(headline: Incident, body: Incident, tolls: dict[int, _Toll]) -> bool:
    """Whether a body restates a headline's toll: each of its counts, or their sum."""
    mine = _toll_of(headline, tolls)
    if not mine.killed:
        return False
    theirs = _toll_of(body, tolls)
    if mine.killed <= theirs.killed:
        return True
    return mine.total is not None and theirs.total is not None and mine.total == theirs.total


def _tolls(incident: Incident) -> set[object]:
    return {
        item.casualty.count
        for item in incident.casualties
        if item.casualty.kind is CasualtyKind.KILLED and not item.casualty.breakdown
    }
