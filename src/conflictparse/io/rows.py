"""Flat rows: one dict per event with ACLED/UCDP-style columns, and the JSON form of matches."""

from __future__ import annotations

import sys
from typing import Any

from conflictparse.events.event import Event
from conflictparse.events.tolls import best, high, low
from conflictparse.model import Actor, Match, ParsedDate, Precision

__all__ = ["ROW_COLUMNS", "date_prec", "match_dict", "row", "time_precision"]


def match_dict(match: Match[Any]) -> dict[str, object]:
    """A match as JSON-ready fields: its span and text, then its value's fields."""
    value = match.value
    fields = value.to_dict() if value is not None else {"place": None}
    return {"start": match.start, "end": match.end, "text": match.text, **fields}


def row(index: int, event: Event, text: str) -> dict[str, object]:
    """The flat row of the ``index``-th event, in the order of :data:`ROW_COLUMNS`."""
    date = event.date
    fatalities = event.fatalities
    place = event.place
    sides = {event.actor1, event.actor2}
    associated = [actor.id for actor in event.actors if actor not in sides]
    precision = date.precision if date is not None else None
    return {
        "event": index,
        "date_start": date.start.isoformat() if date and date.start else None,
        "date_end": date.end.isoformat() if date and date.end else None,
        "date_precision": precision.value if precision else None,
        "date_source": event.date_source.value if event.date_source else None,
        "time_precision": time_precision(date),
        "date_prec": date_prec(date),
        "location": event.location,
        "admin1": event.place.admin1 if event.place else None,
        "country": event.place.country if event.place else None,
        "actor1": _id(event.actor1),
        "actor2": _id(event.actor2),
        "associated_actors": ";".join(associated) or None,
        "inter1": event.inter1,
        "inter2": event.inter2,
        "interaction": event.interaction,
        "event_type": event.event_type.value if event.event_type else None,
        "sub_event_type": event.sub_event_type.value if event.sub_event_type else None,
        "civilian_targeting": event.civilian_targeting,
        "type_of_violence": int(event.type_of_violence) if event.type_of_violence else None,
        "fatalities_best": best(fatalities),
        "fatalities_low": low(fatalities),
        "fatalities_high": high(fatalities),
        "fatalities_qualifier": fatalities.qualifier.value if fatalities else None,
        "source_start": event.start,
        "source_end": event.end,
        "source_text": text[event.start : event.end],
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": event.geo_precision,
        "admin2": place.admin2 if place else None,
    }


def time_precision(date: ParsedDate | None) -> int | None:
    """ACLED's time precision: 1 a day, 2 a range within a month, 3 a month or longer.

    >>> import datetime
    >>> start, end = datetime.date(2018, 3, 5), datetime.date(2018, 3, 11)
    >>> week = ParsedDate(start=start, end=end, precision=Precision.RANGE)
    >>> time_precision(week)
    2
    """
    if date is None:
        return None
    if date.precision is Precision.RANGE and date.start and date.end:
        return 2 if (date.end - date.start).days < _MONTH_DAYS else 3
    return _ACLED_PRECISION[date.precision]


def date_prec(date: ParsedDate | None) -> int | None:
    """UCDP GED's date precision: 1 a day, 2 two to six days, 3 a week, 4 a month, 5 longer.

    >>> import datetime
    >>> start, end = datetime.date(2018, 3, 5), datetime.date(2018, 3, 7)
    >>> days = ParsedDate(start=start, end=end, precision=Precision.RANGE)
    >>> date_prec(days)
    2
    """
    if date is None:
        return None
    if date.precision is Precision.RANGE and date.start and date.end:
        days = (date.end - date.start).days + 1
        return next(code for most, code in _UCDP_RANGES if days <= most)
    return _UCDP_PRECISION[date.precision]


def _id(actor: Actor | None) -> str | None:
    return actor.id if actor is not None else None


ROW_COLUMNS = (
    "event",
    "date_start",
    "date_end",
    "date_precision",
    "date_source",
    "time_precision",
    "date_prec",
    "location",
    "admin1",
    "country",
    "actor1",
    "actor2",
    "associated_actors",
    "inter1",
    "inter2",
    "interaction",
    "event_type",
    "sub_event_type",
    "civilian_targeting",
    "type_of_violence",
    "fatalities_best",
    "fatalities_low",
    "fatalities_high",
    "fatalities_qualifier",
    "source_start",
    "source_end",
    "source_text",
    "latitude",
    "longitude",
    "geo_precision",
    "admin2",
)
"""The columns of `Report.to_rows()`, in order: ready for `csv.DictWriter(fieldnames=...)`."""


_ACLED_PRECISION = {Precision.DAY: 1, Precision.RANGE: 2, Precision.MONTH: 3, Precision.YEAR: 3}
_MONTH_DAYS = 31  # a range of a month or more is ACLED's 3


_UCDP_PRECISION = {Precision.DAY: 1, Precision.RANGE: 3, Precision.MONTH: 4, Precision.YEAR: 5}
# UCDP's code of a range of days: at most 1 day, 6 days, a week, 31 days, or longer.
_UCDP_RANGES = ((1, 1), (6, 2), (7, 3), (31, 4), (sys.maxsize, 5))
