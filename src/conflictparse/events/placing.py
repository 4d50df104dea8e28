"""Placing: the incidents of a report sorted into events, headlines and framing places.

After the clauses are read (:mod:`~conflictparse.events.incidents`), an incident at a place
the text puts a narrower one in joins the narrower one; a headline with no place joins the
incident whose toll it restates; a lead at a broad place that the next incident restates is
that incident; and an incident at a governorate, region or city that only frames narrower
ones is no event, its toll handed down to the one it details.
"""

from __future__ import annotations

from typing import NamedTuple

from conflictparse.entities.places import PlaceSpan
from conflictparse.entities.pronoun_deaths import bombers_death
from conflictparse.events.distinct import another_incident, other_doers
from conflictparse.events.incident import (
    REGION_KEY,
    REGIONS,
    Incident,
    IncidentToll,
    around,
    extend,
    killed_counts,
    merge,
    other_day,
    place_key,
    restates,
    same_type,
    told_as_another,
    toll_of,
)
from conflictparse.events.leads import BROAD_KINDS, placeless_lead, restated_leads
from conflictparse.events.parts import new_telling
from conflictparse.events.segment import breadth, holds, kind_of
from conflictparse.events.types import TypeHit
from conflictparse.model import CasualtyKind, PlaceKind
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.lexicon.places import gazetteer
from conflictparse.text.tokens import CLAUSE_MARK, WORD, TextIndex, without_clitic

__all__ = ["Sorted", "into_narrower", "placed"]


def into_narrower(
    index: TextIndex, found: list[Incident], holds: dict[str, dict[str, None]]
) -> list[Incident]:
    """Incidents at a place the text puts a narrower one in, joined to the narrower one.

    «هجومين في الدمام والأحساء» then «… قرب مدينة الهفوف في الأحساء»: the attack in
    الأحساء is the one at الهفوف.
    """
    kept: list[Incident] = []
    tolls: dict[int, IncidentToll] = {}
    gone: set[int] = set()  # the incidents merged into another
    for position, incident in enumerate(found):
        place = incident.place
        narrower = _held(holds, place_key(index, place)) if place else set()
        same_unit = _same_unit(index.text, place, holds) if place else {}
        if not narrower and not same_unit:
            kept.append(incident)
            continue
        target, summary = _narrower_target(
            index, found, position, (narrower, same_unit), (tolls, gone)
        )
        if target is not None:
            merge(target, incident)
            gone.add(id(incident))  # never a target after: two that restate each other stay one
            tolls.pop(id(target), None)
        elif not summary:
            kept.append(incident)
    return kept


def _same_unit(text: str, place: PlaceSpan, holds: dict[str, dict[str, None]]) -> dict[str, None]:
    """The places of the governorate a broad place stands for, that may restate its toll.

    «مقتل 3 في انفجار لغم بالقصرين» above «… في جبل سمامة من ولاية القصرين»; not a quarter
    («البياع جنوبي بغداد», «الكاظمية شمالي بغداد» are two), nor a city that is not the
    governorate's namesake («مدينة جسر الشغور» is one city of Idlib's).
    """
    known, kind = place.place, kind_of(text, place)
    if known is None or not known.admin1 or kind not in BROAD_KINDS:
        return {}
    if kind is PlaceKind.CITY and known.name != known.admin1:
        return {}
    return holds.get(REGION_KEY + known.admin1, {})


def _narrower_target(
    index: TextIndex,
    found: list[Incident],
    position: int,
    held: tuple[set[str], dict[str, None]],
    seen: tuple[dict[int, IncidentToll], set[int]],
) -> tuple[Incident | None, bool]:
    """The narrower incident the one at ``position`` tells again, and whether it is a summary.

    «20 قتيلا في ريف دير الزور» over «… قرية الحسينية … 7 مواطنين»: a total over more places
    than the narrower one, which keeps its own toll; the total is no incident (a summary).
    """
    incident = found[position]
    narrower, same_unit = held
    tolls, gone = seen
    summary = False
    for other in around(found, position):
        if (
            other is incident
            or id(other) in gone
            or other.place is None
            or ((key := place_key(index, other.place)) not in narrower and key not in same_unit)
            or not same_type(incident.hit, other.hit)
            or other_day(incident, other)
            or not (key in narrower or restates(incident, other, tolls))
            or another_incident(index.text, incident, other, tolls, strikes=True)
            or _told_alike(index.text, other)
            or other_doers(index, incident, other)
        ):
            continue
        if not _totals_more(index.text, incident, other, tolls) and not (
            not _own_dead(index.text, other)
            and _summed_by_others(around(found, position), incident, tolls)
        ):
            return other, False
        summary = True
    return None, summary


def _told_alike(text: str, incident: Incident) -> bool:
    """Whether the incident's wording says it is one more like another: «لقصف جوي مماثل».

    «قصفت طائرات مدينة جسر الشغور … وتعرضت بلدة بداما التابعة لمدينة جسر الشغور لقصف جوي
    مماثل»: the town's strike is another than the city's, not the city's told again.
    """
    hit = incident.hit
    if hit is None:
        return False
    after = text[hit.end : hit.end + _ALIKE_CHARS].split()[:1]
    return bool(after) and without_clitic(after[0].strip("،,.")) in event_lexicon().another


_ALIKE_CHARS = 12  # characters read for the word right after the wording: « مماثل»


def _summed_by_others(
    found: list[Incident], broad: Incident, tolls: dict[int, IncidentToll]
) -> bool:
    """Whether the broad incident's toll is the sum of those of two or more others of its type.

    ``found`` are the incidents told near it: a text of megabytes stays linear.

    «أدت الغارات إلى مقتل 11 مدنيا في ريف حماة» over «5 … في اللطامنة، و4 في كفرزيتا وقتيلين
    في لطمين»: a total of those, not the toll of the barrels on مورك the body tells with none.
    """
    total = toll_of(broad, tolls).total
    if total is None or total.value is None:
        return False
    parts = [
        toll_of(other, tolls).total
        for other in found
        if other is not broad and same_type(broad.hit, other.hit)
    ]
    values = [part.value for part in parts if part is not None and part.value is not None]
    return len(values) >= _SUMMED_LEAST and sum(values) == total.value


_SUMMED_LEAST = 2  # the tolls of other incidents a broad one's may be the sum of


def _totals_more(
    text: str, broad: Incident, narrow: Incident, tolls: dict[int, IncidentToll]
) -> bool:
    """Whether both tell their dead and the broad incident's are a total over more places.

    The bomber's own death alone («فجر انتحاري نفسه») is no toll the broad one may total:
    «تفجير انتحاري في مقديشو أسفر عن مقتل 15» tells the blast at ودجر, not a sum over more.
    """
    return (
        bool(killed_counts(broad))
        and _own_dead(text, narrow)
        and not restates(broad, narrow, tolls)
    )


def _own_dead(text: str, incident: Incident) -> bool:
    """Whether the incident tells dead of its own, not only the bomber's («فجر نفسه»)."""
    return any(
        item.casualty.kind is CasualtyKind.KILLED
        and not item.casualty.breakdown
        and not bombers_death(text, item)
        for item in incident.casualties
    )


def _held(holds: dict[str, dict[str, None]], key: str) -> set[str]:
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


def _framing(
    text: str,
    incident: Incident,
    placed: list[Incident],
    cities: frozenset[str],
    tolls: dict[int, IncidentToll],
) -> bool:
    """Whether an incident is at a broader place that only frames narrower ones.

    «قصف على محافظة الجوف» above strikes on three of its districts is not a
    fourth event; a clash in «ريف حماة» beside a massacre in one of its towns is, and so
    is a strike of another kind with its own dead at a city («… شمال مدينة غزة»).
    """
    kind = kind_of(text, incident.place) if incident.place is not None else None
    if kind not in BROAD_KINDS or incident.place is None:
        return False
    # at a city, or at a region the gazetteer lacks («جبهة أوتستراد السلام»), a strike of
    # another kind with its own dead is another incident
    strikes = kind is PlaceKind.CITY or incident.place.place is None
    return any(
        other is not incident
        and other.place is not None
        and (incident.hit is None or same_type(incident.hit, other.hit))
        and _framed_by(text, incident, other, cities)
        and not other_day(incident, other)  # «… صباح أمس في جبل الزاوية»
        and not another_incident(text, incident, other, tolls, strikes=strikes)
        for other in placed
    )


def _framed_by(text: str, broad: Incident, other: Incident, cities: frozenset[str]) -> bool:
    """Whether ``other``'s place is within ``broad``'s, by the gazetteer or the text.

    Not a quarter of a city when the narrower is told as another incident («كما …») with a
    toll of its own: «ارتفع عدد قتلى القصف على مدينة تلبيسة إلى 20. كما ارتفعت حصيلة قتلى
    قصف حي الوعر إلى 9» (the gazetteer only knows both are in Homs), or by other sides.
    """
    if broad.place is None or other.place is None:
        return False
    if not (
        _frames(text, broad.place, other.place)
        or _holds_holder(text, broad.place, other)
        or _quarter_of(text, broad, other, cities)
    ):
        return False
    if broad.place.kind is PlaceKind.CITY and (
        told_as_another(text, other) or _told_alike(text, other)
    ):
        mine, theirs = killed_counts(broad), killed_counts(other)
        return not (mine and theirs and not mine & theirs) and not _other_sides(broad, other)
    return True


def _other_sides(first: Incident, second: Incident) -> bool:
    """Whether both incidents name sides and share none: «الطيران الروسي» … «مروحيات النظام»."""
    mine = {span.actor.id for span in first.actors}
    theirs = {span.actor.id for span in second.actors}
    return bool(mine) and bool(theirs) and mine.isdisjoint(theirs)


def _quarter_of(text: str, city: Incident, other: Incident, cities: frozenset[str]) -> bool:
    """Whether ``other`` is the same incident told at a quarter of ``city`` the gazetteer lacks.

    «استشهاد طفل بقصف حوثي بتعز» above «… قصفا استهدف منزلا في حي البعرارة», «شهدت بغداد
    تفجيرين في منطقة الباب الشرقي»: one incident, at the quarter or the area.  Only in a
    report that names no other city, for the same sub-type.
    """
    broad, narrow = city.place, other.place
    if (
        broad is None
        or narrow is None
        or broad.kind is not PlaceKind.CITY
        or broad.place is None
        or not _quarter_like(text, narrow)
        or narrow.place is not None
        or city.hit is None
        or other.hit is None
        or city.hit.wording.sub_type is not other.hit.wording.sub_type
    ):
        return False
    return cities == {broad.place.id} and not _located_elsewhere(text, broad, narrow)


def _quarter_like(text: str, span: PlaceSpan) -> bool:
    """A quarter, or an area («منطقة سوق الباب») the gazetteer lacks: a part of a city."""
    return span.kind is PlaceKind.NEIGHBOURHOOD or (
        span.kind is PlaceKind.REGION and kind_of(text, span) is PlaceKind.TOWN
    )


def _holds_holder(text: str, broad: PlaceSpan, other: Incident) -> bool:
    """Whether ``broad`` is, or holds, the known place that holds ``other``'s unknown site.

    «هجوم مسلح في ديالى» above «… في قرية البو بالي التابعة لقضاء الخالص»: the district is
    in Diyala, so Diyala frames the village.
    """
    holder = other.held_by.place if other.held_by is not None else None
    known = broad.place
    if holder is None or known is None:
        return False
    return known.id == holder.id or (
        kind_of(text, broad) in REGIONS
        and known.admin1 is not None
        and known.admin1 == holder.admin1
    )


def _frames(text: str, broad: PlaceSpan, narrow: PlaceSpan) -> bool:
    """Whether a place holds another, or is a governorate or region over one the gazetteer lacks."""
    if holds(text, broad, narrow):
        return True
    if (
        broad.kind in REGIONS
        and broad.place is not None
        and broad.place.admin1 is None  # «قطاع غزة», «جنوب لبنان»: a region over several units
        and narrow.place is not None
        and narrow.place.country == broad.place.country
    ):
        return True
    wide = broad.place is not None and broad.place.admin1 is None  # «جنوب لبنان», «قطاع غزة»
    return (
        narrow.place is None
        and broad.kind in REGIONS
        and breadth(text, narrow) < breadth(text, broad)
        and (wide or not _located_elsewhere(text, broad, narrow))
    )


def _located_elsewhere(text: str, broad: PlaceSpan, narrow: PlaceSpan) -> bool:
    """Whether the text puts an unknown place in a broader one other than ``broad``.

    «قرية زينون القريبة من الحدود بريف درعا» is in Daraa's countryside, whatever region
    was named before: a head word within a few words after it, in the same clause.
    """
    heads = gazetteer().head_forms
    window = CLAUSE_MARK.split(text[narrow.end : narrow.end + _LOCATING_REACH], maxsplit=1)[0]
    for number, word in enumerate(WORD.finditer(window)):
        if number == _LOCATING_WORDS:
            break
        if word.group() in heads:
            offset = broad.start - (narrow.end + word.start())  # «بريف درعا», «بريف محافظة درعا»
            return not 0 <= offset <= len(word.group()) + 1
    return False


_LOCATING_WORDS = 6  # words after an unknown place that may say where it lies
_LOCATING_REACH = 80  # characters those words may span
_HELD_MOST = 64  # places one place may be said to hold, through others


class Sorted(NamedTuple):
    """The incidents that are events, those with no place, and those that only frame others."""

    events: list[Incident]
    placeless: list[Incident]
    framing: list[Incident]


def placed(found: list[Incident], index: TextIndex, cities: frozenset[str] = frozenset()) -> Sorted:
    """The incidents sorted into events, incidents with no place, and framing ones.

    An incident with no place whose toll a placed one restates is that one's
    headline («مقتل 7 مدنيين بغارات» above «… 7 مدنيين في بلدة كفرنبل»): it joins it.
    ``index`` is the index of the folded text the incidents were read from, ``cities`` the
    gazetteer ids of the cities it names.
    """
    text = index.text
    kept = [incident for incident in found if incident.place is not None]
    left: list[Incident] = []
    tolls: dict[int, IncidentToll] = {}  # by id(): each toll is summed once, not per pair
    for position, incident in enumerate(found):
        if incident.place is not None:
            continue
        near = [other for other in around(found, position) if other.place is not None]
        told = next((other for other in near if restates(incident, other, tolls)), None)
        told = told or _placed_after_in_sentence(found, position, tolls)
        if told is None:
            _date_told_before(index, found, position, incident)
            left.append(incident)
            continue
        merge(told, incident)
        tolls.pop(id(told), None)  # it holds the headline's counts now
    kept = restated_leads(text, kept, tolls)
    framing = [
        incident
        for position, incident in enumerate(kept)
        if _framing(text, incident, around(kept, position), cities, tolls)
    ]
    handed: set[int] = set()  # ids of the incidents given a framing toll: one each
    for incident in framing:  # «… في جنوب لبنان. … قرب بلدة بافليه»: the toll goes with it
        _hand_down_toll(text, incident, kept, tolls, handed=handed, cities=cities)
    events = [item for item in kept if item not in framing]
    joined = placeless_lead(found, events, tolls)
    return Sorted(events, [item for item in left if item is not joined], framing)


def _same_kind(broad: TypeHit, narrow: TypeHit) -> bool:
    """Whether a narrower incident tells the framing one's act: its sub-type, or a bare «هجوم».

    «وفي محافظة بابل قتل خمسة في هجوم بحافلة مفخخة في بلدة القاسم»: the attack is the bomb.
    """
    return broad.wording.sub_type is narrow.wording.sub_type or broad.wording.generic


def _placed_after_in_sentence(
    found: list[Incident], position: int, tolls: dict[int, IncidentToll]
) -> Incident | None:
    """The placed incident right after a placeless toll in its sentence, when it has none.

    «وفي مجزرة جديدة استشهد 12 مواطنا في قصف مدفعي على حي الزيتون»: the massacre's toll
    is the shelling's, told before its place.
    """
    headline = found[position]
    if position + 1 >= len(found) or not toll_of(headline, tolls).killed:
        return None
    after = found[position + 1]
    if after.place is None or after.sentence != headline.sentence or toll_of(after, tolls).killed:
        return None
    return after


def _date_told_before(
    index: TextIndex, found: list[Incident], position: int, detail: Incident
) -> None:
    """A placeless sentence that dates the incident told just before it, with none of its own.

    «قتل طبيب في هجوم صاروخي على مدينة الزاوية.» then «وأكد المجلس أن الطبيب قتل بصاروخ
    مساء أمس»: the attack on the town was last evening.
    """
    hit = detail.hit
    if position == 0 or not detail.dates or hit is None or new_telling(index, (hit.start, hit.end)):
        return  # not «وتعرضت القرية أمس لقصف مماثل»: another day's shelling
    before = found[position - 1]
    if before.place is None or before.dates or not same_type(before.hit, detail.hit):
        return
    extend(before, before.dates, detail.dates)
    extend(before, before.clauses, detail.clauses)


def _hand_down_toll(
    text: str,
    broad: Incident,
    kept: list[Incident],
    tolls: dict[int, IncidentToll],
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
    first, as for a list told with its toll.  One narrower incident in the framing one's own
    sentence is the one it details, whatever is told after it.
    """
    if broad.hit is None or broad.place is None or not toll_of(broad, tolls).killed:
        return
    position = kept.index(broad)
    narrower = [
        other
        for other in around(kept, position)
        if other is not broad
        and other.place is not None
        and other.hit is not None
        and _same_kind(broad.hit, other.hit)
        and _framed_by(text, broad, other, cities)
    ]
    in_sentence = [other for other in narrower if other.sentence == broad.sentence]
    if len(in_sentence) == 1:
        narrower = in_sentence  # «وفي محافظة بابل قتل خمسة … في بلدة القاسم», whatever follows
    one_list = all(other.clauses == narrower[0].clauses for other in narrower)
    if (
        not narrower
        or not (len(narrower) == 1 or one_list)
        or any(
            id(other) in handed or (toll_of(other, tolls).killed and _own_dead(text, other))
            for other in narrower
        )  # the kept toll first: a long incident's counts are read once
    ):
        return
    target = narrower[0]
    extend(target, target.casualties, broad.casualties)
    target.casualties.sort()
    # the clauses the toll was told in: its counts add up within one, not across them
    extend(target, target.toll_clauses, broad.clauses)
    tolls.pop(id(target), None)
    handed.add(id(target))
