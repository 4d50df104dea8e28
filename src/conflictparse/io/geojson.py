"""GeoJSON: the events that have coordinates, as an RFC 7946 FeatureCollection of Points.

>>> import conflictparse as cp
>>> collection = cp.to_geojson(cp.parse_report("قتل 3 مدنيين بقصف على حي الروضة"))
>>> collection["type"], collection["features"], collection["unlocated"]
('FeatureCollection', [], 1)
"""

from __future__ import annotations

from collections.abc import Iterable

from conflictparse.events.report import Report
from conflictparse.io.batch import reports_of

__all__ = ["to_geojson"]


def to_geojson(reports: Report | Iterable[Report]) -> dict[str, object]:
    """A FeatureCollection with one Point Feature per located event, for one report or many.

    A point is ``[longitude, latitude]`` (RFC 7946's order); its properties
    are the event's row (:meth:`Report.to_rows`).  Events whose place has no
    coordinates are left out and counted in the foreign member ``"unlocated"``.
    """
    features: list[dict[str, object]] = []
    unlocated = 0
    for report in reports_of(reports):
        for row in report.to_rows():
            latitude, longitude = row["latitude"], row["longitude"]
            if not isinstance(latitude, float | int) or not isinstance(longitude, float | int):
                unlocated += 1
                continue
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [longitude, latitude]},
                    "properties": row,
                }
            )
    return {"type": "FeatureCollection", "features": features, "unlocated": unlocated}
