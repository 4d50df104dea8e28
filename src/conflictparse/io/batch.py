"""What every export shares: one report or many, an event's country, and event ids."""

from __future__ import annotations

import collections
from collections.abc import Iterable, Iterator

from conflictparse.events.event import Event
from conflictparse.events.report import Report
from conflictparse.text.lexicon.codebooks import Country, codebooks

__all__ = ["EventIds", "country_of", "reports_of"]

UNKNOWN_COUNTRY = "XXX"
"""The prefix of the ids of events in no known country."""


def reports_of(reports: Report | Iterable[Report]) -> Iterator[Report]:
    """``reports`` as an iterator of reports: one ``Report``, or any iterable of them."""
    if isinstance(reports, Report):
        yield reports
        return
    for report in reports:
        if not isinstance(report, Report):
            msg = f"expected a Report or an iterable of Reports, got {type(report).__name__}"
            raise TypeError(msg)
        yield report


def country_of(event: Event) -> Country | None:
    """The country of an event's place, else of its first side that has one (حلب → Syria)."""
    known = codebooks().countries
    codes = [event.place.country] if event.place is not None else []
    codes += [actor.country for actor in (event.actor1, event.actor2, *event.actors) if actor]
    return next((known[code] for code in codes if code in known), None)


class EventIds:
    """Ids numbered per country within one export: ``SYR1``, ``SYR2``, ``IRQ1``."""

    __slots__ = ("_counts",)

    def __init__(self) -> None:
        self._counts: collections.Counter[str] = collections.Counter()

    def next(self, country: Country | None) -> str:
        """The next id for an event in ``country`` (``XXX1`` … for no known country)."""
        prefix = country.iso3 if country is not None else UNKNOWN_COUNTRY
        self._counts[prefix] += 1
        return f"{prefix}{self._counts[prefix]}"
