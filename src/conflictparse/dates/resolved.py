"""What the resolvers share: a resolved span, the days of a month, the calendar's years."""

from __future__ import annotations

import calendar
import datetime
from typing import NamedTuple

from conflictparse.model import Precision

__all__ = ["ONE_DAY", "Resolved", "in_calendar", "month_end"]

ONE_DAY = datetime.timedelta(days=1)


def month_end(year: int, month: int) -> datetime.date:
    """The last day of a Gregorian month."""
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


class Resolved(NamedTuple):
    """A date spec resolved: its days, precision and how it was read."""

    start: datetime.date | None
    end: datetime.date | None
    precision: Precision
    relative: str | None = None
    tolerance: int = 0
    hijri: tuple[int, int, int] | None = None
    agrees: bool | None = None  # set when the cues were weighed while resolving


def in_calendar(year: int) -> int:
    """``year`` if ``datetime.date`` holds it; raises OverflowError otherwise.

    :func:`~conflictparse.dates.resolver.resolve` turns the error into an unresolved date.
    """
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        msg = f"year {year} is out of range"
        raise OverflowError(msg)
    return year
