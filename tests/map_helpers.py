"""Reports whose places carry the coordinates a test gives them, whatever the gazetteer has."""

from __future__ import annotations

import datetime
from pathlib import Path

import attrs

import conflictparse as cp
from conflictparse.events.event import Event

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "report.txt"

# The places of examples/report.txt, located by hand and roughly (for illustration only):
# north-western Hama countryside, and two villages of southern Idlib countryside.
EXAMPLE_COORDINATES = {
    "ريف حماة الشمالي الغربي": (35.40, 36.45),
    "دير الصفا": (35.63, 36.60),
    "عين السنديان": (35.58, 36.68),
}


def with_coordinates(event: Event, latitude: float, longitude: float) -> Event:
    """The event, its place (made up when the gazetteer has none) moved to the coordinates."""
    place = event.place or cp.Place(
        id=f"test_{event.start}", name=event.location or "?", kind="village", country="SY"
    )
    return attrs.evolve(event, place=attrs.evolve(place, latitude=latitude, longitude=longitude))


def without_coordinates(event: Event) -> Event:
    """The event with no coordinates, whatever the gazetteer gives its place."""
    if event.place is None:
        return event
    return attrs.evolve(event, place=attrs.evolve(event.place, latitude=None, longitude=None))


def locate(report: cp.Report, coordinates: dict[str, tuple[float, float]]) -> cp.Report:
    """The report with the events at the locations of ``coordinates`` located there, and
    only those: the tests do not depend on the gazetteer's coordinates."""
    events = tuple(
        with_coordinates(event, *coordinates[event.location])
        if event.location in coordinates
        else without_coordinates(event)
        for event in report.events
    )
    return attrs.evolve(report, events=events)


def example_report() -> cp.Report:
    """The README's example report, its places located by hand."""
    report = cp.parse_report(EXAMPLE.read_text(encoding="utf-8"))
    return locate(report, EXAMPLE_COORDINATES)


def toll_report() -> cp.Report:
    """Two located events, one with a toll of 16 and one with no toll, and one unlocated."""
    text = (
        "قتل 16 مدنيا في قصف على بلدة كفرنبل.\n"
        "واندلعت اشتباكات في مدينة إدلب.\n"
        "وقصفت قوات النظام بلدة سراقب."
    )
    report = cp.parse_report(text, published=datetime.date(2019, 4, 12))
    return locate(report, {"بلدة كفرنبل": (35.61, 36.56), "مدينة إدلب": (35.93, 36.63)})
