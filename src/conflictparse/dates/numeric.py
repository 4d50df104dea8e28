"""Dates written in digits: which number is the day, the month and the year.

«13/3/2018» is day first, «2018-03-13» year first, «8/18/2021» month first since no month
is 18; «22/04» is a day and month, «2015/3» a year and month; «بغداد - 9 - 12 (كونا)» is
the day and month of a wire dateline.
"""

from __future__ import annotations

import calendar

from conflictparse.dates.parts import DateSpec

__all__ = ["dateline_day", "is_valid_gregorian", "numeric_date", "two_parts"]


def dateline_day(a: str, b: str, spec: DateSpec) -> bool:
    """The day and month of a wire dateline, day first, set on ``spec``: «9 - 12 (كونا)»."""
    day, month = int(a), int(b)
    if len(a) > 2 or not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    spec.day, spec.month, spec.explicit = day, month, True
    return True


def two_parts(a: str, b: str, separator: str, spec: DateSpec) -> bool:
    """A date of two numbers, set on ``spec``: «2015/3», «22/04»; False when it is none.

    «3/2015» is left to the month-and-year pattern, and «3/4» is a fraction as much as a date.
    """
    first, second = int(a), int(b)
    slash_or_dash = separator in "/-"
    if slash_or_dash and len(a) == 4 and 1900 <= first <= 2100 and 1 <= second <= 12:
        spec.year, spec.month = first, second
        return True
    if len(a) > 2 or separator != "/" or not (1 <= first <= 31 and 1 <= second <= 31):
        return False
    if first > 12 and second <= 12:
        spec.day, spec.month = first, second
        return True
    if second > 12 and first <= 12:
        spec.day, spec.month = second, first
        return True
    return False


def numeric_date(a: str, b: str, c: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a three-part numeric date; day first unless only month first fits."""
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    elif len(c) == 4 or len(c) == 2:
        year = int(c) if len(c) == 4 else int(c) + (1900 if int(c) >= 50 else 2000)
        day, month = int(a), int(b)
        if month > 12 >= day:
            day, month = month, day  # «8/18/2021»: only month-first is valid
    else:
        return None
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    return year, month, day


def is_valid_gregorian(year: int, month: int, day: int) -> bool:
    """Whether the Gregorian month has the day: «30-02-33» has none, so it is Hijri."""
    return day <= calendar.monthrange(year, month)[1]
