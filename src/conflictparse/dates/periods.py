"""Spans counted from the reference: a week, month or year, the rest of one, hours, offsets.

«الأسبوع المقبل», «بقية العام», «خلال الـ 24 ساعة الماضية», «اليومين المقبلين», «منذ شهرين من الآن».
"""

from __future__ import annotations

import datetime

from dateutil.relativedelta import relativedelta

from conflictparse.dates.direction import SHIFTS
from conflictparse.dates.parts import DateSpec
from conflictparse.dates.resolved import ONE_DAY, Resolved, in_calendar, month_end
from conflictparse.model import Precision

__all__ = ["resolve_hours", "resolve_offset", "resolve_period"]

_HALF_MONTH, _HALF_YEAR = 15, 183  # the tolerance of a count of months or of years


def resolve_offset(spec: DateSpec, reference: datetime.date | None) -> Resolved:
    """«منذ شهرين من الآن», «بعد أسبوعين من الآن»: the reference moved by years, months, days."""
    assert spec.offset is not None  # the caller checked
    years, months, days = spec.offset
    if (years, months) == (0, 0) and days < 0:
        label = "days_ago"  # «قبل يومين من الآن» as «قبل يومين»
    else:
        label = "ahead" if (years, months, days) > (0, 0, 0) else "ago"
    # «منذ شهرين من الآن» is a day only roughly: half a month either way, half a year for years
    tolerance = _HALF_YEAR if years else _HALF_MONTH if months else 0
    if reference is None:
        return Resolved(None, None, Precision.DAY, label, tolerance)
    day = reference + relativedelta(years=years, months=months, days=days)
    return Resolved(day, day, Precision.DAY, label, tolerance)


def resolve_hours(spec: DateSpec, reference: datetime.date | None) -> Resolved:
    """«خلال الـ 24 ساعة الماضية» ends on the reference; «اليومين المقبلين» starts after it."""
    label = ("next_" if spec.ahead else "last_") + ("days" if spec.hours_in_days else "hours")
    assert spec.hours is not None  # the caller checked
    if reference is None:
        return Resolved(None, None, Precision.RANGE, label)
    days = max(1, -(-spec.hours // 24))
    if spec.ahead:
        return Resolved(
            reference + ONE_DAY,
            reference + datetime.timedelta(days=days),
            Precision.RANGE,
            label,
        )
    return Resolved(reference - datetime.timedelta(days=days), reference, Precision.RANGE, label)


def resolve_period(spec: DateSpec, reference: datetime.date | None) -> Resolved | None:
    """«الأسبوع المقبل», «الـ 13 من الشهر الجاري», «الجمعة من الأسبوع المقبل», «بقية العام»."""
    whole = _whole_period(spec, reference)
    if not spec.rest or whole is None:
        return whole
    label = f"rest_of_{spec.period}"  # «بقية العام»: from the reference to the period's end
    if reference is None or whole.end is None:
        return Resolved(None, None, Precision.RANGE, label)
    return Resolved(reference, whole.end, Precision.RANGE, label)


def _whole_period(spec: DateSpec, reference: datetime.date | None) -> Resolved | None:
    label = f"{spec.period_modifier}_{spec.period}"
    if reference is None:
        precisions = {"week": Precision.RANGE, "month": Precision.MONTH}
        precision = precisions.get(spec.period or "", Precision.YEAR)
        if spec.day is not None or spec.weekday is not None:
            precision = Precision.DAY  # «الـ 13 من الشهر الجاري», «الجمعة من الأسبوع المقبل»
        if spec.period == "week" and spec.weekday is not None:
            label = "weekday"  # as when it is resolved
        return Resolved(None, None, precision, label)
    shift = SHIFTS.get(spec.period_modifier or "this", 0)
    if spec.period == "week":
        monday = (
            reference
            - datetime.timedelta(days=reference.weekday())
            + datetime.timedelta(weeks=shift)
        )
        if spec.weekday is not None:  # «الجمعة من الأسبوع المقبل»
            day = monday + datetime.timedelta(days=spec.weekday)
            return Resolved(day, day, Precision.DAY, "weekday")
        return Resolved(monday, monday + datetime.timedelta(days=6), Precision.RANGE, label)
    if spec.period == "month":
        index = reference.year * 12 + reference.month - 1 + shift
        year, month = divmod(index, 12)
        in_calendar(year)
        if spec.day is not None:
            try:
                day = datetime.date(year, month + 1, spec.day)
            except ValueError:
                return None
            return Resolved(day, day, Precision.DAY, label)
        return Resolved(
            datetime.date(year, month + 1, 1), month_end(year, month + 1), Precision.MONTH, label
        )
    year = reference.year + shift
    return Resolved(datetime.date(year, 1, 1), datetime.date(year, 12, 31), Precision.YEAR, label)
