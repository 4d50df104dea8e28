"""Whole reports: :func:`parse_report`, :func:`parse_reports` and the :class:`Report`.

A report is read once: the text is normalised, every layer is scanned on the
folded text (dates, quantities, actors, casualties, areas, places), and the
layers are put together into events, one per place and passage, with their
date, actors, casualties, type and toll.  What cannot be resolved is listed
with the reason, never dropped and never guessed.
"""

from __future__ import annotations

import bisect
import collections
import datetime
import itertools
import os
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

import attrs

from conflictparse.dates.finder import DateSpan, scan_dates
from conflictparse.entities.actors import ActorRegistry, ActorSpan, scan_actors
from conflictparse.entities.areas import AreaSpan, scan_areas
from conflictparse.entities.casualties import CasualtySpan, scan_casualties
from conflictparse.entities.joined_deaths import scan_joined_deaths
from conflictparse.entities.places import PlaceSpan, places_country, scan_places
from conflictparse.entities.singular_deaths import scan_singular_deaths
from conflictparse.events.bare_names import with_bare_names
from conflictparse.events.coding import Context, code, may_type
from conflictparse.events.event import Event
from conflictparse.events.foreign import without_lone_foreign
from conflictparse.events.incident import Incident
from conflictparse.events.incidents import incidents
from conflictparse.events.inherit import inherit_sides
from conflictparse.events.opponents import fill_opponents
from conflictparse.events.placing import placed
from conflictparse.events.retellings import without_retellings
from conflictparse.events.territory import territory
from conflictparse.events.unresolved import unresolved
from conflictparse.io.rows import match_dict, row
from conflictparse.model import (
    Actor,
    Area,
    Casualty,
    Match,
    ParsedDate,
    Place,
    PlaceKind,
    Quantity,
    TerritoryStat,
    Unresolved,
)
from conflictparse.quantities.numbers import QuantitySpan, scan_quantities
from conflictparse.text.normalize import Normalized
from conflictparse.text.prepared import PreparedText, as_prepared, to_matches

__all__ = ["Report", "parse_report", "parse_reports"]

T = TypeVar("T")


@attrs.frozen(slots=True, kw_only=True)
class Report:
    """Everything read from one report, with spans into its original text."""

    text: str = attrs.field(repr=False)
    published: datetime.date | None
    events: tuple[Event, ...]
    casualties: tuple[Match[Casualty], ...]
    dates: tuple[Match[ParsedDate], ...]
    numbers: tuple[Match[Quantity], ...]
    areas: tuple[Match[Area], ...]
    actors: tuple[Match[Actor], ...]
    territory: tuple[TerritoryStat, ...]
    places: tuple[Match[Place | None], ...]
    unresolved: tuple[Unresolved, ...]

    def to_dict(self) -> dict[str, object]:
        """The JSON-ready form: dates as ISO strings, enums as their values."""
        return {
            "published": self.published.isoformat() if self.published else None,
            "events": [event.to_dict() for event in self.events],
            "casualties": [match_dict(match) for match in self.casualties],
            "dates": [match_dict(match) for match in self.dates],
            "numbers": [match_dict(match) for match in self.numbers],
            "areas": [match_dict(match) for match in self.areas],
            "actors": [match_dict(match) for match in self.actors],
            "territory": [stat.to_dict() for stat in self.territory],
            "places": [match_dict(match) for match in self.places],
            "unresolved": [item.to_dict() for item in self.unresolved],
        }

    def to_rows(self) -> list[dict[str, object]]:
        """One flat dict per event, with ACLED/UCDP-style columns, ready for a table.

        ``fatalities_best`` is the figure the text gives, or its lower bound
        for a bound or a vague count (the conservative reading);
        ``fatalities_low``/``fatalities_high`` are its bounds where the text
        gives them.  ``time_precision`` is ACLED's (1 day, 2 a range of days,
        3 a month or longer) and ``date_prec`` UCDP's (1 day, 3 a range of
        days, 4 a month, 5 a year).
        """
        return [row(index, event, self.text) for index, event in enumerate(self.events, 1)]


def parse_report(
    text: str | PreparedText,
    *,
    published: datetime.date | str | None = None,
    registry: ActorRegistry | None = None,
) -> Report:
    """Read one report: every layer, the events, the territory and what is unresolved.

    ``published`` is the report's publication date (a ``date``, a ``datetime`` or
    an ISO string such as ``"2019-04-12"``): relative dates («أمس») resolve
    against it.  Never raises on a ``str`` text; a ``published`` that is no date
    raises ``TypeError`` or ``ValueError``.

    Examples:
        >>> report = parse_report("قتل 5 مدنيين في قصف على حي القدم بدمشق")
        >>> [(event.location, event.fatalities.value) for event in report.events]
        [('حي القدم', 5)]
        >>> parse_report("قتل 3 مدنيين أمس", published="2019-04-12").dates[0].value.start
        datetime.date(2019, 4, 11)
    """
    published = publication_date(published)
    prepared = as_prepared(text)
    normalized = prepared.normalized
    layers = _read_layers(prepared, published, registry)
    events, placeless = _events(prepared, layers, published)
    stats = tuple(territory(prepared, layers.areas, layers.actors, layers.dates, published))
    open_items = tuple(
        unresolved(
            normalized,
            layers.dates,
            layers.untyped,
            placeless,
            published=published is not None,
        )
    )
    del prepared  # a text prepared here lets its word index go before the layers are mapped
    return Report(
        text=normalized.original,
        published=published,
        events=events,
        territory=stats,
        unresolved=open_items,
        **_mapped(normalized, layers),
    )


def _events(
    prepared: PreparedText, layers: _Layers, published: datetime.date | None
) -> tuple[tuple[Event, ...], list[tuple[int, int]]]:
    """The events of a report, and the spans of the incidents it names no place for."""
    # «مقتل طفل»: one death each; «ما أدى إلى مقتله» one, unless a killing was told before
    deaths = scan_singular_deaths(prepared, layers.actors, layers.casualties)
    deaths += scan_joined_deaths(prepared, [*layers.casualties, *deaths])  # «… وامرأة»
    harm = sorted([*layers.casualties, *deaths], key=lambda item: (item.start, item.end))
    index = prepared.index
    cities = frozenset(
        span.place.id
        for span in layers.places
        if span.place is not None and span.kind is PlaceKind.CITY
    )
    found = placed(
        incidents(index, harm, layers.actors, layers.dates, layers.places, reference=published),
        index,
        cities,
    )

    context = Context(
        index,
        prepared.normalized,
        layers.dates,
        layers.actors,
        published,
        layers.country,
        layers.places,
    )

    def coded(found: list[Incident]) -> list[Event]:
        return [code(incident, context) for incident in found]

    # each incident is let go once coded: a long report does not hold both at once
    events = [code(incident, context) for incident in _drained(found.events)]
    # the incidents that are no events of their own still name the sides of those that are
    others = [*found.placeless, *found.framing]
    events = inherit_sides(
        events,
        lambda needed: events + coded([item for item in others if may_type(item, needed)]),
        layers.country,
    )
    events = fill_opponents(events, prepared.normalized.original)
    return tuple(without_retellings(_distinct(events))), [
        (incident.start, incident.end) for incident in found.placeless
    ]


def _distinct(events: list[Event]) -> tuple[Event, ...]:
    """The events without a second row of one already listed (the copy with a toll is kept).

    One wording at one place on one day, with the same sides, told twice is one event.
    """
    kept: dict[tuple[object, ...], int] = {}
    found: list[Event] = []
    for event in events:
        evidence = event.evidence
        key = (
            evidence.event_type,
            evidence.location,
            event.date.start if event.date else None,
            event.sub_event_type,
            event.actor1,
            event.actor2,
        )
        if evidence.event_type is None or key not in kept:
            kept.setdefault(key, len(found))
            found.append(event)
        elif found[kept[key]].fatalities is None and event.fatalities is not None:
            found[kept[key]] = event  # «… أمس، وأعلن … في ديسمبر 2017»: the same row twice
    return tuple(found)


def _drained(items: list[T]) -> Iterator[T]:
    """The items in order, each removed from ``items`` as it is given."""
    items.reverse()
    while items:
        yield items.pop()


@attrs.define(slots=True)
class _Layers:
    """What every stage read from one report, in folded offsets."""

    dates: list[DateSpan]
    quantities: list[QuantitySpan]
    actors: list[ActorSpan]
    casualties: list[CasualtySpan]
    untyped: list[tuple[int, int]]
    areas: list[AreaSpan]
    places: list[PlaceSpan]
    country: str | None  # the country the report is about, by the sides it names


def _read_layers(
    prepared: PreparedText, published: datetime.date | None, registry: ActorRegistry | None
) -> _Layers:
    """Every stage in turn, each reading what the ones before it found."""
    dates = scan_dates(prepared, published)
    quantities = scan_quantities(prepared, [(span.start, span.end) for span in dates])
    actors = scan_actors(prepared, registry, anaphora=True, on=published)
    country = _most_common(span.actor.country for span in actors if not span.anaphoric)
    places = _outside(scan_places(prepared, country), dates)
    if country is None and (country := places_country(places)):
        # no side names the country, its places do: names shared by countries («طرابلس») and
        # generic names of sides («طيران التحالف») are read in it
        places = _outside(scan_places(prepared, country), dates)
        actors = scan_actors(prepared, registry, anaphora=True, on=published, country=country)
    places = with_bare_names(
        prepared.index, without_lone_foreign(prepared.index, places, country, actors)
    )
    casualties, untyped = scan_casualties(
        prepared, registry=registry, quantities=quantities, actors=actors
    )
    areas = scan_areas(prepared, quantities)
    return _Layers(dates, quantities, actors, casualties, untyped, areas, places, country)


def _most_common(countries: Iterable[str | None]) -> str | None:
    """The country named most often, if any."""
    votes = collections.Counter(country for country in countries if country)
    return votes.most_common(1)[0][0] if votes else None


def _outside(places: list[PlaceSpan], dates: list[DateSpan]) -> list[PlaceSpan]:
    """The places that are no part of a date: «في آب 2020» is August, not Ibb («إب»)."""
    if not dates:
        return places
    starts = [span.start for span in dates]
    kept = []
    for place in places:
        at = bisect.bisect_right(starts, place.start) - 1
        inside = at >= 0 and dates[at].end > place.start
        following = at + 1 < len(dates) and dates[at + 1].start < place.end
        if not inside and not following:
            kept.append(place)
    return kept


def _mapped(normalized: Normalized, layers: _Layers) -> dict[str, tuple[Match[Any], ...]]:
    """Each layer as matches on the original text; each folded layer goes once it is mapped.

    A large report then never holds two full copies of its layers at once.
    """
    mapped: dict[str, tuple[Match[Any], ...]] = {}
    pool: dict[str, str] = {}  # one string for the words several matches read
    mapped["casualties"] = to_matches(
        normalized, ((c.start, c.end, c.casualty) for c in layers.casualties), pool
    )
    layers.casualties = []
    mapped["dates"] = to_matches(normalized, ((d.start, d.end, d.date) for d in layers.dates), pool)
    layers.dates = []
    mapped["numbers"] = to_matches(
        normalized, ((q.start, q.end, q.quantity) for q in layers.quantities), pool
    )
    layers.quantities = []
    mapped["areas"] = to_matches(normalized, ((a.start, a.end, a.area) for a in layers.areas), pool)
    layers.areas = []
    mapped["actors"] = to_matches(
        normalized, ((a.start, a.end, a.actor) for a in layers.actors if not a.anaphoric), pool
    )
    layers.actors = []
    mapped["places"] = to_matches(
        normalized, ((p.start, p.end, p.place) for p in layers.places), pool
    )
    return mapped


def publication_date(published: object) -> datetime.date | None:
    """``published`` as a date: a ``date``, a ``datetime`` (its day), an ISO string, or None.

    >>> publication_date("2019-04-12")
    datetime.date(2019, 4, 12)
    >>> publication_date("12/04/2019")
    Traceback (most recent call last):
    ...
    ValueError: published must be an ISO date such as '2019-04-12', not '12/04/2019'
    """
    if published is None:
        return None
    if isinstance(published, datetime.datetime):
        return published.date()
    if isinstance(published, datetime.date):
        return published
    if isinstance(published, str):
        try:
            return datetime.date.fromisoformat(published.strip())
        except ValueError:
            msg = f"published must be an ISO date such as '2019-04-12', not {published!r}"
            raise ValueError(msg) from None
    msg = f"published must be a date, an ISO date string or None, not {type(published).__name__}"
    raise TypeError(msg)


def _worker_count(workers: object) -> int:
    """``workers`` checked: None or a whole number ≥ 1, capped at the processors there are."""
    if workers is None:
        return 1
    if isinstance(workers, bool) or not isinstance(workers, int):
        msg = f"workers must be a whole number of at least 1, or None, not {workers!r}"
        raise TypeError(msg)
    if workers < 1:
        msg = f"workers must be at least 1, not {workers}"
        raise ValueError(msg)
    return min(workers, os.cpu_count() or 1)


def _parse_one(item: tuple[str, datetime.date | None]) -> Report:
    return parse_report(item[0], published=item[1])


def parse_reports(
    texts: Iterable[str],
    *,
    published: datetime.date | str | Iterable[datetime.date | str | None] | None = None,
    workers: int | None = None,
) -> Iterator[Report]:
    """Read many reports, in order; with ``workers`` > 1 in that many processes.

    ``published`` is one date for all, or one date (or None) per text; a list
    of dates shorter or longer than the texts raises ``ValueError`` when the
    shorter one runs out.  ``workers`` is None or a whole number of at least 1
    (``TypeError`` or ``ValueError`` at once otherwise), capped at the number
    of processors.

    Examples:
        >>> texts = ["قتل 3 مدنيين بقصف على بلدة كفرنبل", "لا شيء"]
        >>> [len(report.events) for report in parse_reports(texts)]
        [1, 0]
        >>> parse_reports(["قتل 3 مدنيين"], workers=0)
        Traceback (most recent call last):
        ...
        ValueError: workers must be at least 1, not 0
    """
    if isinstance(texts, str):
        msg = "texts must be an iterable of texts, not one str: use parse_report for one text"
        raise TypeError(msg)
    count = _worker_count(workers)
    items: Iterable[tuple[str, datetime.date | None]]
    if published is None or isinstance(published, datetime.date | str):
        items = zip(texts, itertools.repeat(publication_date(published)))
    else:
        items = ((text, publication_date(day)) for text, day in zip(texts, published, strict=True))
    return _reports(items, count)


def _reports(items: Iterable[tuple[str, datetime.date | None]], workers: int) -> Iterator[Report]:
    if workers == 1:
        yield from map(_parse_one, items)
        return
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415 - only with workers

    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_parse_one, items, chunksize=8)
