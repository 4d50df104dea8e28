"""UCDP GED: events in the columns of the UCDP Georeferenced Event Dataset, in its order.

>>> import conflictparse as cp
>>> text = "قتل 3 عناصر من قوات النظام في هجوم لتنظيم داعش على بلدة كفرنبل في 13 آذار 2018"
>>> row = next(cp.to_ucdp(cp.parse_report(text)))
>>> row["type_of_violence"], row["side_a"], row["side_b"], row["best"], row["date_prec"]
(1, 'Syrian government forces', 'Islamic State', 3, 1)
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator

from conflictparse.events.event import Event, TypeOfViolence
from conflictparse.events.report import Report
from conflictparse.events.tolls import best as best_figure
from conflictparse.io.batch import EventIds, country_of, reports_of
from conflictparse.io.rows import date_prec
from conflictparse.model import Actor, ActorType, Place, Quantity

__all__ = ["UCDP_COLUMNS", "priogrid_gid", "to_ucdp"]

UCDP_COLUMNS = (
    "id",
    "relid",
    "year",
    "active_year",
    "code_status",
    "type_of_violence",
    "conflict_dset_id",
    "conflict_new_id",
    "conflict_name",
    "dyad_dset_id",
    "dyad_new_id",
    "dyad_name",
    "side_a_dset_id",
    "side_a_new_id",
    "side_a",
    "side_b_dset_id",
    "side_b_new_id",
    "side_b",
    "number_of_sources",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "source_original",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "geom_wkt",
    "priogrid_gid",
    "country",
    "country_id",
    "region",
    "event_clarity",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
    "source_text",
)
"""The columns of :func:`to_ucdp`: UCDP GED's, in its order, then ``source_text`` (ours)."""

_STATE_TYPES = (ActorType.STATE_FORCES, ActorType.EXTERNAL_FORCES)
_CELL = 0.5  # PRIO-GRID cells are half a degree square
_COLUMNS = 720  # cells in a row of PRIO-GRID, west to east


def priogrid_gid(latitude: float, longitude: float) -> int:
    """The PRIO-GRID cell of a point: ``(row - 1) * 720 + column``, both counted from 1.

    Rows run from the south pole, columns from the antimeridian.

    >>> priogrid_gid(-89.9, -179.9), priogrid_gid(33.5, 36.3)
    (1, 178273)
    """
    row = min(math.floor((latitude + 90) / _CELL), 359) + 1
    column = min(math.floor((longitude + 180) / _CELL), _COLUMNS - 1) + 1
    return (row - 1) * _COLUMNS + column


def to_ucdp(reports: Report | Iterable[Report]) -> Iterator[dict[str, object]]:
    """One dict per event, keyed by :data:`UCDP_COLUMNS`, for one report or many.

    ``id`` numbers the events of one call from 1; ``relid`` is our own id,
    ISO alpha-3 and a number per country (``SYR1``), not UCDP's.  UCDP's own
    ids and reviews (conflict, dyad and side ids, ``active_year``,
    ``code_status``, ``event_clarity``) and the source's citation are None.
    """
    ids = EventIds()
    events = ((report, event) for report in reports_of(reports) for event in report.events)
    for number, (report, event) in enumerate(events, 1):
        yield _row(number, ids, report, event)


def _row(number: int, ids: EventIds, report: Report, event: Event) -> dict[str, object]:
    country = country_of(event)
    place = event.place
    date = event.date
    side_a, side_b = _sides(event)
    violence = event.type_of_violence
    best, low, high = _deaths(event.fatalities)
    point = _coordinates(place)
    return {
        "id": number,
        "relid": ids.next(country),
        "year": date.start.year if date and date.start else None,
        "active_year": None,
        "code_status": None,
        "type_of_violence": int(violence) if violence else None,
        "conflict_dset_id": None,
        "conflict_new_id": None,
        "conflict_name": None,
        "dyad_dset_id": None,
        "dyad_new_id": None,
        "dyad_name": f"{side_a} - {side_b}" if side_a and side_b else None,
        "side_a_dset_id": None,
        "side_a_new_id": None,
        "side_a": side_a,
        "side_b_dset_id": None,
        "side_b_new_id": None,
        "side_b": side_b,
        "number_of_sources": 1,
        "source_article": None,
        "source_office": None,
        "source_date": report.published.isoformat() if report.published else None,
        "source_headline": None,
        "source_original": None,
        "where_prec": event.where_prec,
        "where_coordinates": place.name if place else event.location,
        "where_description": event.location,
        "adm_1": place.admin1 if place else None,
        "adm_2": place.admin2 if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geom_wkt": f"POINT ({point[1]} {point[0]})" if point else None,
        "priogrid_gid": priogrid_gid(*point) if point else None,
        "country": country.ucdp_name if country else None,
        "country_id": country.ucdp_id if country else None,
        "region": country.ucdp_region if country else None,
        "event_clarity": None,
        "date_prec": date_prec(date),
        "date_start": date.start.isoformat() if date and date.start else None,
        "date_end": date.end.isoformat() if date and date.end else None,
        "deaths_a": 0,
        "deaths_b": 0,
        "deaths_civilians": best if event.civilian_targeting else 0,
        "deaths_unknown": 0 if event.civilian_targeting else best,
        "best": best,
        "high": high,
        "low": low,
        "source_text": report.text[event.start : event.end],
    }


def _sides(event: Event) -> tuple[str | None, str | None]:
    """Side A and side B: the government first in state-based violence, civilians last."""
    first, second = event.actor1, event.actor2
    if event.type_of_violence is TypeOfViolence.STATE_BASED:
        sides = [actor for actor in (first, second) if actor is not None]
        state = next(
            (actor for kind in _STATE_TYPES for actor in sides if actor.type is kind), first
        )
        other = next((actor for actor in sides if actor is not state), None)
        first, second = state, other
    return _name(first), _name(second)


def _name(actor: Actor | None) -> str | None:
    return actor.name if actor is not None else None


def _deaths(toll: Quantity | None) -> tuple[int, int, int]:
    """UCDP's best, low and high: our conservative figure, within the toll's own bounds."""
    figure = best_figure(toll)
    if toll is None or figure is None:
        return 0, 0, 0
    best = int(figure)
    low = int(toll.low) if toll.low is not None else best
    high = int(toll.high) if toll.high is not None else best
    return best, min(low, best), max(high, best)


def _coordinates(place: Place | None) -> tuple[float, float] | None:
    """A place's latitude and longitude, when the gazetteer gives both."""
    if place is None or place.latitude is None or place.longitude is None:
        return None
    return place.latitude, place.longitude
