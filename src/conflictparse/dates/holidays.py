"""Holidays: the day a holiday label names in a year, Gregorian or Hijri.

The labels come from ``data/dates.toml``: «easter», «gregorian:12:25» (Christmas) and
«hijri:10:1» (Eid al-Fitr); an offset moves the day («ثاني أيام عيد الفطر»: one day on).
"""

from __future__ import annotations

import datetime

from dateutil.easter import easter

from conflictparse.dates.hijri import in_range, to_gregorian

__all__ = ["holiday_in"]


def holiday_in(label: str, year: int, offset: int) -> datetime.date | None:
    """The day of a holiday (``label``) in a Gregorian or Hijri ``year``, moved by ``offset``."""
    if label == "easter":
        day: datetime.date | None = easter(year)
    elif label.startswith("gregorian"):
        day = _labelled_day(label, year)
    else:
        _, month, number = label.split(":")
        day = to_gregorian(year, int(month), int(number)) if in_range(year) else None
    return None if day is None else day + datetime.timedelta(days=offset)


def _labelled_day(label: str, year: int) -> datetime.date:
    """The day a «gregorian:12:25» holiday label names in ``year``."""
    _, month, day = label.split(":")
    return datetime.date(year, int(month), int(day))
