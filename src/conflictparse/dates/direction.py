"""Which way an underdetermined date goes from the reference, and the parts of a period.

``prefer`` is as dateparser's PREFER_DATES_FROM.
A weekday alone («يوم الأحد»), a day and month without a year («15 آذار»), a month alone, a
Hijri date without a year and a holiday without a year name a day that recurs: ``prefer="past"``
(the default: news tells what happened) takes the latest one on or before the reference,
``prefer="future"`` the earliest one on or after it (for a weekday, strictly after it).
A day or month without a year counts at the grain of a month: the reference's own month is
now, so «25 آذار» on 21 March is this March either way.
"""

from __future__ import annotations

import calendar
import datetime

from conflictparse.model import Part

__all__ = [
    "BEFORE_LAST",
    "FUTURE",
    "NARROW",
    "PARTS",
    "PAST",
    "PREFERENCES",
    "SHIFTS",
    "WHOLE",
    "check_parts",
    "check_prefer",
    "narrowed",
    "pick",
    "weekday_from",
    "yearless_year",
]

PAST = "past"
FUTURE = "future"
PREFERENCES = (PAST, FUTURE)
WHOLE = "whole"
NARROW = "narrow"
PARTS = (WHOLE, NARROW)
BEFORE_LAST = "before_last"  # the modifier «قبل الماضي»: one before the last
#: Periods from the reference's each modifier names: «العام قبل الماضي» is two years back.
SHIFTS = {"this": 0, "last": -1, "next": 1, BEFORE_LAST: -2}


def check_prefer(prefer: object) -> str:
    """``prefer`` if it is "past" or "future"; else a TypeError or ValueError naming it."""
    return _check("prefer", prefer, PREFERENCES)


def check_parts(parts: object) -> str:
    """``parts`` if it is "whole" or "narrow"; else a TypeError or ValueError naming it."""
    return _check("parts", parts, PARTS)


def _check(name: str, value: object, allowed: tuple[str, ...]) -> str:
    if not isinstance(value, str):
        msg = f"{name} must be a str, one of {', '.join(map(repr, allowed))}, not {value!r}"
        raise TypeError(msg)
    if value not in allowed:
        msg = f"{name} must be one of {', '.join(map(repr, allowed))}, not {value!r}"
        raise ValueError(msg)
    return value


def weekday_from(
    weekday: int, reference: datetime.date, modifier: str | None, prefer: str
) -> datetime.date:
    """The weekday nearest the reference in the direction of ``modifier``, else of ``prefer``.

    «الأربعاء» on a Wednesday is that day with ``past`` and a week later with ``future``;
    «الأربعاء الماضي» is always strictly before, «الأربعاء المقبل» strictly after.
    """
    if modifier == "next" or (modifier != "last" and prefer == FUTURE):
        ahead = (weekday - reference.weekday()) % 7 or 7
        return reference + datetime.timedelta(days=ahead)
    back = (reference.weekday() - weekday) % 7
    if modifier in ("last", BEFORE_LAST) and back == 0:
        back = 7
    if modifier == BEFORE_LAST:
        back += 7  # «الثلاثاء قبل الماضي»: the week before «الثلاثاء الماضي»
    return reference - datetime.timedelta(days=back)


def pick(
    candidates: list[datetime.date], reference: datetime.date, prefer: str, *, strict: bool = False
) -> datetime.date | None:
    """The latest candidate on or before the reference (``past``), or the earliest on or after.

    With ``strict`` the reference day itself does not count.
    """
    if prefer == FUTURE:
        ahead = [day for day in candidates if day > reference or (day == reference and not strict)]
        return min(ahead, default=None)
    behind = [day for day in candidates if day < reference or (day == reference and not strict)]
    return max(behind, default=None)


def yearless_year(month: int, day: int | None, reference: datetime.date, prefer: str) -> int:
    """The year of «15 آذار» (or of «آذار» alone) in the direction of ``prefer``.

    The reference's own month is now, at the grain of a month: «3 آذار» and «25 آذار» are this
    March when the reference is in March, whichever way ``prefer`` points.  Another month is
    the latest one before the reference's (``past``) or the earliest one after it (``future``).
    «29 شباط» goes on to the nearest leap year in that direction.
    """
    if month == reference.month:
        year = reference.year
    elif prefer == FUTURE:
        year = reference.year if month > reference.month else reference.year + 1
    else:
        year = reference.year if month < reference.month else reference.year - 1
    if day is None:
        return year
    step = 1 if prefer == FUTURE else -1
    for candidate in range(year, year + 9 * step, step):
        if day <= calendar.monthrange(candidate, month)[1]:
            return candidate
    return year


#: The share of a period each part covers, as (first, last) of its thirds (a month) or
#: quarters (a year), counted from 0.
_MONTH_THIRDS = {Part.EARLY: (0, 0), Part.MID: (1, 1), Part.LATE: (2, 2)}
_YEAR_QUARTERS = {Part.EARLY: (0, 0), Part.MID: (1, 2), Part.LATE: (3, 3)}


def narrowed(
    start: datetime.date, end: datetime.date, part: Part, *, is_year: bool
) -> tuple[datetime.date, datetime.date]:
    """The days a part of a period covers, with ``parts="narrow"``.

    A month (Gregorian or Hijri) is cut in thirds: days 1–10, 11–20, 21 to its end; a year
    in quarters: «مطلع» the first, «منتصف» the two middle ones, «أواخر» the last.
    """
    length = (end - start).days + 1
    if is_year:
        first, last = _YEAR_QUARTERS[part]
        bounds = [start + datetime.timedelta(days=length * q // 4) for q in range(5)]
        if start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31:
            bounds = [datetime.date(start.year, 1 + 3 * q, 1) for q in range(4)]
            bounds.append(end + datetime.timedelta(days=1))
        return bounds[first], bounds[last + 1] - datetime.timedelta(days=1)
    first, last = _MONTH_THIRDS[part]
    cuts = [start, start + datetime.timedelta(days=10), start + datetime.timedelta(days=20)]
    cuts.append(end + datetime.timedelta(days=1))
    return cuts[first], cuts[last + 1] - datetime.timedelta(days=1)
