"""A self-contained HTML map of a report's events (the ``map`` extra: folium).

:func:`to_map` draws one circle per event whose place has coordinates: its
colour is the event's type (``data/map.toml``), its radius grows with the
toll, and its popup shows the event's row and the words each field was read
from.  Leaflet is inlined, so the page opens with no network; only the
OpenStreetMap tiles behind the markers need one.
"""

from __future__ import annotations

from collections.abc import Iterable

from conflictparse.events.report import Report
from conflictparse.io.map.markers import markers

__all__ = ["MISSING_FOLIUM", "require_folium", "to_map"]

MISSING_FOLIUM = "the map needs folium: pip install 'conflictparse[map]'"
"""The message of the error :func:`to_map` raises when folium is not installed."""


def require_folium() -> None:
    """Check that folium can be imported.

    Raises:
        ModuleNotFoundError: folium is not installed, with :data:`MISSING_FOLIUM` as message.
    """
    try:
        import folium  # noqa: F401, PLC0415 - the map extra is optional
    except ModuleNotFoundError as error:
        raise ModuleNotFoundError(MISSING_FOLIUM, name="folium") from error


def to_map(reports: Iterable[Report]) -> str:
    """The HTML page of the events of ``reports`` whose place has coordinates.

    Raises:
        ModuleNotFoundError: folium is not installed (``pip install 'conflictparse[map]'``).
    """
    require_folium()
    from conflictparse.io.map.render import render  # noqa: PLC0415 - it imports folium

    return render(markers(reports))
