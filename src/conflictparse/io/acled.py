"""ACLED: events in the columns of ACLED's data export, with ACLED's names and conventions.

>>> import conflictparse as cp
>>> report = cp.parse_report("قتل 4 مدنيين في غارة على بلدة كفرنبل في 13 آذار 2018")
>>> row = next(cp.to_acled(report))
>>> row["event_id_cnty"], row["event_date"], row["sub_event_type"], row["fatalities"]
('SYR1', '2018-03-13', 'Air/drone strike', 4)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from conflictparse.events.event import Event
from conflictparse.events.report import Report
from conflictparse.io.batch import EventIds, country_of, reports_of
from conflictparse.io.rows import time_precision
from conflictparse.model import Actor, Qualifier, Quantity
from conflictparse.text.lexicon.codebooks import codebooks

__all__ = ["ACLED_COLUMNS", "acled_fatalities", "to_acled"]

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
"""The columns of :func:`to_acled`, in the order of ACLED's export."""

_UPPER_ONLY = frozenset({Qualifier.AT_MOST, Qualifier.LESS_THAN})


def acled_fatalities(toll: Quantity | None) -> int:
    """ACLED's conservative count: the lowest figure the text supports; 0 with no toll.

    «ما لا يقل عن 96» is 96, «بين 20 و30» 20; a vague count is its order of
    magnitude, as ACLED codes "tens" 10 and "hundreds" 100 («عشرات» → 10,
    «بضعة» → 3); a bound from above only («أقل من 10») is 1.

    >>> acled_fatalities(Quantity.vague(20, 99)), acled_fatalities(Quantity.at_least(96))
    (10, 96)
    """
    if toll is None:
        return 0
    if toll.qualifier in _UPPER_ONLY:
        return min(1, int(toll.high or 0))
    if toll.qualifier is Qualifier.VAGUE and toll.low is not None and toll.low >= 10:
        return int(10 ** (len(str(int(toll.low))) - 1))
    figure = toll.value if toll.value is not None else toll.low
    return int(figure) if figure is not None else 0


def to_acled(reports: Report | Iterable[Report]) -> Iterator[dict[str, object]]:
    """One dict per event, keyed by :data:`ACLED_COLUMNS`, for one report or many.

    ``event_id_cnty`` numbers the events of one call per country (``SYR1``,
    ``SYR2``, ``IRQ1``; ``XXX1`` for no known country).  Columns we cannot
    fill are None (``assoc_actor_1``, ``assoc_actor_2``, ``admin3``, ``source``,
    ``source_scale``, ``tags``, ``timestamp``; see the Exports page for why);
    ``civilian_targeting`` is ``"Civilian targeting"`` or ``""``, as in ACLED's files.
    """
    ids = EventIds()
    for report in reports_of(reports):
        for event in report.events:
            yield _row(event, report.text, ids)


def _row(event: Event, text: str, ids: EventIds) -> dict[str, object]:
    books = codebooks()
    country = country_of(event)
    place = event.place
    date = event.date
    return {
        "event_id_cnty": ids.next(country),
        "event_date": date.start.isoformat() if date and date.start else None,
        "year": date.start.year if date and date.start else None,
        "time_precision": time_precision(date),
        "disorder_type": _disorder(event),
        "event_type": books.event_titles[event.event_type] if event.event_type else None,
        "sub_event_type": (
            books.sub_event_titles[event.sub_event_type] if event.sub_event_type else None
        ),
        "actor1": _name(event.actor1),
        "assoc_actor_1": None,
        "inter1": event.inter1,
        "actor2": _name(event.actor2),
        "assoc_actor_2": None,
        "inter2": event.inter2,
        "interaction": event.interaction,
        "civilian_targeting": "Civilian targeting" if event.civilian_targeting else "",
        "iso": country.iso if country else None,
        "region": country.acled_region if country else None,
        "country": country.acled_name if country else None,
        "admin1": place.admin1 if place else None,
        "admin2": place.admin2 if place else None,
        "admin3": None,
        "location": place.name if place else event.location,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": event.geo_precision,
        "source": None,
        "source_scale": None,
        "notes": _notes(event, text),
        "fatalities": acled_fatalities(event.fatalities),
        "tags": None,
        "timestamp": None,
    }


def _disorder(event: Event) -> str | None:
    disorder = codebooks().disorder
    if event.sub_event_type is not None and event.sub_event_type in disorder:
        return disorder[event.sub_event_type]
    return disorder[event.event_type] if event.event_type else None


def _notes(event: Event, text: str) -> str:
    """«On 2018-03-13, Air/drone strike by X on Civilians at Kafr Nabl: 4 killed. «…»»."""
    books = codebooks()
    what = "Event"
    if event.sub_event_type is not None:
        what = books.sub_event_titles[event.sub_event_type]
    parts = [f"On {event.date.start.isoformat()}, " if event.date and event.date.start else ""]
    parts.append(what)
    if event.actor1 is not None:
        parts.append(f" by {event.actor1.name}")
    if event.actor2 is not None:
        parts.append(f" on {event.actor2.name}")
    where = event.place.name if event.place else event.location
    if where:
        parts.append(f" at {where}")
    if event.fatalities is not None:
        parts.append(f": {acled_fatalities(event.fatalities)} killed")
    evidence = " ".join(text[event.start : event.end].split())
    return f"{''.join(parts)}. «{evidence}»"


def _name(actor: Actor | None) -> str | None:
    return actor.name if actor is not None else None
