"""The Hijri calendar (Umm al-Qura), through the ``hijridate`` library.

hijridate is pure Python and tested against the official Umm al-Qura tables; it
covers 1343–1500 AH (1924–2077).  Outside that range a Hijri date cannot be
converted, and callers report it as unresolved.
"""

from __future__ import annotations

import datetime

from hijridate import Gregorian, Hijri

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "hijri_date_of",
    "hijri_year_of",
    "in_range",
    "month_span",
    "to_gregorian",
]

FIRST_YEAR = 1343
LAST_YEAR = 1500


def to_gregorian(year: int, month: int, day: int) -> datetime.date | None:
    """The Gregorian date of a Hijri day, or None outside the calendar's range.

    A day 30 in a month of 29 days is read as the day after the 29th: local
    sighting often starts a month a day later than Umm al-Qura.

    Examples:
        >>> to_gregorian(1439, 7, 13)
        datetime.date(2018, 3, 30)
    """
    if not FIRST_YEAR <= year <= LAST_YEAR or not 1 <= month <= 12 or not 1 <= day <= 30:
        return None
    try:
        length = Hijri(year, month, 1).month_length()
        extra = max(0, day - length)
        converted = Hijri(year, month, day - extra).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return datetime.date(converted.year, converted.month, converted.day) + datetime.timedelta(extra)


def month_span(year: int, month: int) -> tuple[datetime.date, datetime.date] | None:
    """First and last Gregorian days of a Hijri month, or None out of range."""
    first = to_gregorian(year, month, 1)
    if first is None:
        return None
    length = Hijri(year, month, 1).month_length()
    return first, first + datetime.timedelta(length - 1)


def in_range(year: int) -> bool:
    """Whether the Umm al-Qura tables cover a Hijri year."""
    return FIRST_YEAR <= year <= LAST_YEAR


def hijri_date_of(day: datetime.date) -> tuple[int, int, int] | None:
    """The Hijri (year, month, day) of a Gregorian day, or None out of range."""
    try:
        converted = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return int(converted.year), int(converted.month), int(converted.day)


def hijri_year_of(day: datetime.date) -> int | None:
    """The Hijri year a Gregorian day falls in, or None out of range."""
    found = hijri_date_of(day)
    return None if found is None else found[0]
