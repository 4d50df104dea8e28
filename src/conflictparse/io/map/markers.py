"""The markers of a map: one per event whose place has coordinates."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from conflictparse.events.report import Report
from conflictparse.events.tolls import best
from conflictparse.io.map.popup import popup_html
from conflictparse.io.map.style import style
from conflictparse.model import EventType

__all__ = ["Marker", "markers"]


@attrs.frozen(slots=True, kw_only=True)
class Marker:
    """Where an event is drawn, how large, in which colour, and its popup's HTML."""

    latitude: float
    longitude: float
    radius: float
    event_type: EventType | None
    colour: str
    popup: str


def markers(reports: Iterable[Report]) -> list[Marker]:
    """A marker for each event of ``reports`` whose place has coordinates, in order.

    The radius grows with the toll's best figure (the value the text gives, else its
    lower bound, else its upper bound); an event with no toll has the minimum radius.
    """
    palette = style()
    found: list[Marker] = []
    for report in reports:
        for event, row in zip(report.events, report.to_rows(), strict=True):
            place = event.place
            if place is None or place.latitude is None or place.longitude is None:
                continue
            found.append(
                Marker(
                    latitude=place.latitude,
                    longitude=place.longitude,
                    radius=palette.radius(best(event.fatalities)),
                    event_type=event.event_type,
                    colour=palette.colour(event.event_type),
                    popup=popup_html(event, row),
                )
            )
    return found
