"""An incident: the clauses that tell one, what was read in them, and what tells them apart.

The shared core of the events stage: :mod:`~conflictparse.events.incidents` reads the
incidents of a report clause by clause, :mod:`~conflictparse.events.placing` sorts them
into events, headlines and framing places. Both merge incidents, compare their days and
types, and sum their tolls with the helpers here.
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Sequence
from typing import NamedTuple, TypeVar

import attrs

from conflictparse.dates.finder import DateSpan
from conflictparse.entities.actors import ActorSpan
from conflictparse.entities.casualties import CasualtySpan
from conflictparse.entities.places import PlaceSpan
from conflictparse.events.tolls import fatalities
from conflictparse.events.types import TypeHit
from conflictparse.model import CasualtyKind, EventType, PlaceKind, Quantity
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.tokens import CLOSING_QUOTES, OPENING_QUOTES, TextIndex

__all__ = [
    "REGIONS",
    "REGION_KEY",
    "WINDOW",
    "Incident",
    "IncidentToll",
    "around",
    "clause_of",
    "extend",
    "killed_counts",
    "merge",
    "more_precise",
    "near_anchors",
    "other_day",
    "place_key",
    "restates",
    "same_type",
    "told_as_another",
    "toll_of",
    "unlike_acts",
]

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
    # what its lists hold, once one is long: each added once, at once (None while all are short)
    seen: set[object] | None = None
    # the clauses of a framing incident whose toll it was handed: counted, not told here
    toll_clauses: list[tuple[int, int]] = attrs.Factory(list)
    # the days its dates name, kept by extend (None until it holds a dated one)
    days: set[datetime.date] | None = None

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


def same_type(first: TypeHit | None, second: TypeHit | None) -> bool:
    """Whether two wordings may tell one incident: the same type, or a bare «هجوم»."""
    return (
        first is None
        or second is None
        or first.wording.type is second.wording.type
        or first.wording.generic
        or second.wording.generic
    )


def unlike_acts(first: TypeHit | None, second: TypeHit | None) -> bool:
    """Whether a bare «هجوم» meets an arrest, a protest or a riot: acts told apart, two events.

    «هاجم مسلحون مدنيين في تلكلخ.» then «ونفذت الداخلية عملية أمنية في تلكلخ واعتقلت …»
    (within one sentence, «هاجمت قوة منزل مطلوب واعتقلته» is the arrest told twice).
    """
    if first is None or second is None or first.wording.type is second.wording.type:
        return False
    if first.wording.generic:
        return second.wording.type in _NOT_ATTACKS and not second.wording.generic
    return second.wording.generic and first.wording.type in _NOT_ATTACKS


_NOT_ATTACKS = frozenset({EventType.STRATEGIC_DEVELOPMENTS, EventType.PROTESTS, EventType.RIOTS})


def more_precise(new: TypeHit, old: TypeHit) -> bool:
    """Whether a wording tells an incident more precisely than the one it was typed by.

    «هجومين … في الدمام» then «فجر انتحاري»: a bare «هجوم» gives way to any other type;
    «القصف على عفرين» then «القصف الجوي»: a sub-type of the same type before it in the
    order of the file, but not a seizure told after a clash.
    """
    if old.wording.generic:  # not by another told as barely («هاجموا … وأحرقوا عربتين»)
        return new.wording.type is not old.wording.type and not new.wording.generic
    return (
        new.wording.type is old.wording.type
        and new.wording.rank < old.wording.rank
        and new.wording.when_state is None
        and not new.wording.generic
    )


def extend(incident: Incident, items: list[T], new: Sequence[T]) -> None:
    """One of the incident's lists, with the ``new`` items it does not hold yet, in order.

    A short list is searched as it is; a long one («قتل 3 في كفرنبل» told a thousand times)
    through a set, so that the incident grows in linear time.
    """
    dated = items is incident.dates
    if len(items) + len(new) <= _SHORT_LIST:  # the usual case: no set to build and keep
        for item in new:
            if item not in items:
                items.append(item)
                if dated and isinstance(item, DateSpan):
                    _add_days(incident, item)
        return
    if incident.seen is None:
        incident.seen = set()
    seen, which = incident.seen, id(items)  # one incident, several lists
    if items and (which, items[0]) not in seen:  # let go after building: learn it again
        seen.update((which, item) for item in items)
    for item in new:
        if (which, item) not in seen:
            seen.add((which, item))
            items.append(item)
            if dated and isinstance(item, DateSpan):
                _add_days(incident, item)


def _add_days(incident: Incident, span: DateSpan) -> None:
    """Keep the days a date of the incident names (most incidents hold none: no empty set)."""
    days = _days(span)
    if days:
        if incident.days is None:
            incident.days = set()
        incident.days.update(days)


_SHORT_LIST = 8  # items an incident's list holds before a set tells what it holds


def other_day(first: Incident | Sequence[DateSpan], second: Incident | Sequence[DateSpan]) -> bool:
    """Whether two incidents' dates name days and none in common: two days, two incidents.

    A night told by its two days («ليل الأحد/الإثنين») has both: it meets «اليوم الإثنين».
    An incident's days are kept as its dates are added: one told a thousand times is not read
    again at each new mention.
    """
    days = [_day_set(dates) for dates in (first, second)]
    return bool(days[0] and days[1] and days[0].isdisjoint(days[1]))


def _day_set(dates: Incident | Sequence[DateSpan]) -> set[datetime.date]:
    """The days an incident's dates name (kept as they are added), or a list's."""
    if isinstance(dates, Incident):
        return dates.days or set()
    return {day for span in dates for day in _days(span)}


def _days(span: DateSpan) -> tuple[datetime.date, ...]:
    start, end = span.date.start, span.date.end
    if start is None:
        return ()
    if end is None or end == start or not 0 < (end - start).days <= _NIGHT_DAYS:
        return (start,)
    return (start, end)


_NIGHT_DAYS = 1  # a range this short (a night, «يومي …») shares each of its days


def around(found: list[Incident], position: int) -> list[Incident]:
    """The incidents told near the one at ``position``."""
    return found[max(0, position - WINDOW) : position + WINDOW]


# How many incidents before and after one are compared with it when a report is put
# together: a report tells fewer, and a text of megabytes stays linear.
WINDOW = 64
REGIONS = frozenset({PlaceKind.GOVERNORATE, PlaceKind.REGION})
REGION_KEY = "admin1:"  # the key of the places the text puts in a governorate


def place_key(index: TextIndex, place: PlaceSpan) -> str:
    """The same key for two mentions of one place: its gazetteer id, or its name."""
    if place.place is not None:
        return place.place.id
    # «والسجر»: the span leaves out «و»; «مديرية “ردمان ”» is «ردمان» told with quotes
    words = index.text[place.start : place.end].translate(_UNQUOTED).split()
    return " ".join(words[1:] or words)


_UNQUOTED = str.maketrans("", "", OPENING_QUOTES + CLOSING_QUOTES)


def clause_of(incident: Incident, pos: int) -> tuple[int, int]:
    """The clause of the incident that holds ``pos`` (its first, if none does)."""
    return next(
        (clause for clause in incident.clauses if clause[0] <= pos < clause[1]),
        incident.clauses[0],
    )


def merge(into: Incident, other: Incident) -> None:
    """One incident told twice: the clauses and what was read in them go to ``into``."""
    extend(into, into.clauses, other.clauses)
    extend(into, into.casualties, other.casualties)
    extend(into, into.actors, other.actors)
    extend(into, into.dates, other.dates)
    extend(into, into.toll_clauses, other.toll_clauses)
    into.casualties.sort()
    into.actors.sort()
    into.dates.sort()
    if into.hit is None or (
        other.hit
        and (
            (into.hit.wording.generic and not other.hit.wording.generic)
            or (into.hit.wording.weak and not other.hit.wording.weak)  # «استهدافه» then «هجوم»
        )
    ):
        into.hit = other.hit


class IncidentToll(NamedTuple):
    """An incident's counts of the dead and their sum, as kept while incidents are placed."""

    killed: frozenset[object]  # the counts of the dead it tells
    total: Quantity | None  # its toll, summed as an event's


def toll_of(incident: Incident, tolls: dict[int, IncidentToll]) -> IncidentToll:
    """The incident's toll, summed once and kept in ``tolls`` by the incident's id."""
    found = tolls.get(id(incident))
    if found is None:
        summed = fatalities(incident.casualties, [*incident.clauses, *incident.toll_clauses])
        found = IncidentToll(killed_counts(incident), summed.quantity if summed else None)
        tolls[id(incident)] = found
    return found


def restates(headline: Incident, body: Incident, tolls: dict[int, IncidentToll]) -> bool:
    """Whether a body restates a headline's toll: each of its counts, or their sum."""
    mine = toll_of(headline, tolls)
    if not mine.killed:
        return False
    theirs = toll_of(body, tolls)
    if mine.killed <= theirs.killed:
        return True
    return mine.total is not None and theirs.total is not None and mine.total == theirs.total


def killed_counts(incident: Incident) -> frozenset[object]:
    """The counts of the dead the incident tells, sub-counts left out."""
    counts = frozenset(
        item.casualty.count
        for item in incident.casualties
        if item.casualty.kind is CasualtyKind.KILLED and not item.casualty.breakdown
    )
    return counts or _NO_COUNTS  # most tell none: one empty set for all, kept in the tolls


_NO_COUNTS: frozenset[object] = frozenset()


_NEAR = 200  # characters around a wording or a toll where an agent or a target is read


def near_anchors(incident: Incident, reach: int = _NEAR) -> list[tuple[int, int]]:
    """The stretches of the incident's clauses around its wording and its tolls.

    Where an unknown agent («برصاص مجهولين») or a target («دورية للجيش») is read: near what
    tells the incident, not anywhere in a clause that may run for pages.
    """
    clauses = sorted(incident.clauses)
    starts = [start for start, _ in clauses]
    hit = incident.hit
    anchors = [
        *([(hit.start, hit.end)] if hit else []),
        *((item.start, item.end) for item in incident.casualties),
    ]
    windows = []
    for start, end in anchors:
        at = bisect.bisect_right(starts, start) - 1
        if at >= 0 and start < clauses[at][1]:
            first, last = clauses[at]
            windows.append((max(first, start - reach), min(last, end + reach)))
    return windows


def told_as_another(text: str, incident: Incident) -> bool:
    """Whether the incident is told as one more: its sentence opens with «كما» or «كذلك».

    ``text`` is the folded text the incident was read from.
    """
    start = min(start for start, _ in incident.clauses)
    words = text[start : start + _ALSO_CHARS].split()
    return bool(words) and words[0].strip("،,.") in event_lexicon().also


_ALSO_CHARS = 12  # characters read for the first word of a sentence
