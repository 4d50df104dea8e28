"""The meaning half of date parsing: a :class:`DateSpec` and a reference → a date.

Relative expressions without a reference come back with ``start``/``end``
None and ``relative`` saying what they are; yearless dates take the year that
puts them nearest the reference; Hijri dates go through the Umm al-Qura
calendar (:mod:`conflictparse.dates.hijri`).
"""

from __future__ import annotations

import calendar
import datetime
from typing import NamedTuple

import attrs
from dateutil.easter import easter

from conflictparse.dates.hijri import (
    hijri_date_of,
    hijri_year_of,
    in_range,
    month_span,
    to_gregorian,
)
from conflictparse.dates.reader import DateSpec
from conflictparse.model import Calendar, ParsedDate, Precision

__all__ = ["OutOfCalendarError", "month_end", "resolve"]

_ONE_DAY = datetime.timedelta(days=1)


def month_end(year: int, month: int) -> datetime.date:
    """The last day of a Gregorian month."""
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _nearest_year(month: int, day: int | None, reference: datetime.date) -> int:
    """The year that puts a yearless date nearest the reference (ties go to the past)."""
    best = reference.year
    best_distance: int | None = None
    for year in range(reference.year - 4, reference.year + 5):  # wide enough for 29 February
        try:
            candidate = datetime.date(year, month, day or 15)
        except ValueError:
            continue
        distance = abs((candidate - reference).days)
        if (
            best_distance is None
            or distance < best_distance
            or (distance == best_distance and candidate < reference)
        ):
            best, best_distance = year, distance
    return best


def _weekday_before(weekday: int, reference: datetime.date, modifier: str | None) -> datetime.date:
    """The most recent such weekday (the reference included), or the last/next one."""
    back = (reference.weekday() - weekday) % 7
    if modifier == "last" and back == 0:
        back = 7
    if modifier == "next":
        ahead = (weekday - reference.weekday()) % 7 or 7
        return reference + datetime.timedelta(days=ahead)
    return reference - datetime.timedelta(days=back)


class _Resolved(NamedTuple):
    start: datetime.date | None
    end: datetime.date | None
    precision: Precision
    relative: str | None = None
    tolerance: int = 0
    hijri: tuple[int, int, int] | None = None


class OutOfCalendarError(ValueError):
    """A date that, resolved against its reference, falls outside the years 1–9999."""


def resolve(
    spec: DateSpec, reference: datetime.date | None, *, strict: bool = False
) -> ParsedDate | None:
    """What ``spec`` means against ``reference``, with its cues checked.

    None when the text names no real day («31 شباط 2018»): it is not a date.
    A relative date that the reference puts outside the years ``datetime.date``
    holds («أمس» on 1 January of year 1) is unresolved, as with no reference;
    with ``strict`` it raises :class:`OutOfCalendarError` instead.
    """
    try:
        return _resolve(spec, reference)
    except (OverflowError, ValueError) as error:
        reason = str(error)
    try:
        unresolved = _resolve(spec, None)
    except (OverflowError, ValueError):
        return None  # out of range whatever the reference («عام 0»): not a date
    if strict:
        raise OutOfCalendarError(reason)
    return unresolved


def _in_calendar(year: int) -> int:
    """``year`` if ``datetime.date`` holds it; raises OverflowError (see :func:`resolve`)."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        msg = f"year {year} is out of range"
        raise OverflowError(msg)
    return year


def _resolve(spec: DateSpec, reference: datetime.date | None) -> ParsedDate | None:
    resolved = _resolve_span(spec, reference)
    if resolved is None:
        return None
    agrees = _check_cues(spec, resolved, reference)
    start, end, precision = resolved.start, resolved.end, resolved.precision
    if spec.until is not None and start is not None:
        until = _resolve_span(_inherit(spec.until, spec), reference)
        if until is not None and until.end is not None and until.end >= start:
            end, precision = until.end, Precision.RANGE
    return ParsedDate(
        start=start,
        end=end,
        precision=precision,
        calendar=spec.calendar,
        relative=resolved.relative,
        part=spec.part,
        tolerance_days=resolved.tolerance,
        agrees=agrees,
        hijri=resolved.hijri,
    )


def _inherit(until: DateSpec, first: DateSpec) -> DateSpec:
    """The end of a range takes the year (and modifier) its start was written with."""
    if until.year is None and first.year is not None:
        return attrs.evolve(until, year=first.year, year_calendar=first.year_calendar)
    return until


def _resolve_span(spec: DateSpec, reference: datetime.date | None) -> _Resolved | None:
    if spec.holiday is not None:
        return _resolve_holiday(spec, reference)
    if spec.month is not None or spec.year is not None:
        if spec.calendar is Calendar.HIJRI and spec.year_calendar is not Calendar.GREGORIAN:
            return _resolve_hijri(spec, reference)
        if spec.calendar is Calendar.HIJRI:
            return _resolve_hijri_in_gregorian_year(spec)
        return _resolve_gregorian(spec, reference)
    if spec.hours is not None:
        if reference is None:
            return _Resolved(None, None, Precision.RANGE, "last_hours")
        days = max(1, -(-spec.hours // 24))
        start = reference - datetime.timedelta(days=days)
        return _Resolved(start, reference, Precision.RANGE, "last_hours")
    if spec.days_ago is not None:
        if reference is None:
            return _Resolved(None, None, Precision.DAY, "days_ago")
        day = reference - datetime.timedelta(days=spec.days_ago)
        return _Resolved(day, day, Precision.DAY, "days_ago")
    if spec.period is not None:
        return _resolve_period(spec, reference)
    if spec.relative_day is not None:
        if reference is None:
            return _Resolved(None, None, Precision.DAY, _RELATIVE_NAMES.get(spec.relative_day))
        day = reference + datetime.timedelta(days=spec.relative_day)
        return _Resolved(day, day, Precision.DAY, _RELATIVE_NAMES.get(spec.relative_day))
    if spec.weekday is not None:
        if reference is None:
            return _Resolved(None, None, Precision.DAY, "weekday")
        day = _weekday_before(spec.weekday, reference, spec.weekday_modifier)
        return _Resolved(day, day, Precision.DAY, "weekday")
    return None


_RELATIVE_NAMES = {
    0: "today",
    -1: "yesterday",
    -2: "day_before_yesterday",
    1: "tomorrow",
    2: "day_after_tomorrow",
}


def _resolve_gregorian(spec: DateSpec, reference: datetime.date | None) -> _Resolved | None:
    year = spec.year
    month = spec.month
    relative = None
    if year is None and month is not None and spec.year_shift is not None and reference is not None:
        year = reference.year + spec.year_shift
        relative = "month"
    if year is None and month is not None:
        if reference is None:
            return _Resolved(None, None, Precision.DAY if spec.day else Precision.MONTH, "month")
        relative = "month"
        if spec.month_modifier == "this":
            year = reference.year
        elif spec.month_modifier == "last":
            year = reference.year if month < reference.month else reference.year - 1
        elif spec.month_modifier == "next":
            year = reference.year if month > reference.month else reference.year + 1
        else:
            year = _nearest_year(month, spec.day, reference)
    if year is None:  # pragma: no cover - callers pass a month or a year
        return None
    _in_calendar(year)
    try:
        if month is None:
            return _Resolved(datetime.date(year, 1, 1), datetime.date(year, 12, 31), Precision.YEAR)
        if spec.day is None:
            return _Resolved(
                datetime.date(year, month, 1), month_end(year, month), Precision.MONTH, relative
            )
        day = datetime.date(year, month, spec.day)
    except ValueError:
        return None
    return _Resolved(day, day, Precision.DAY, relative)


def _resolve_hijri(spec: DateSpec, reference: datetime.date | None) -> _Resolved | None:
    year = spec.year
    relative = None
    precision = Precision.DAY if spec.day else Precision.MONTH if spec.month else Precision.YEAR
    if year is None:
        today = hijri_date_of(reference) if reference is not None else None
        relative = "hijri_year"
        if today is None:
            return _Resolved(None, None, precision, relative)
        year = today[0]
        if spec.month is not None and spec.month_modifier == "last" and spec.month >= today[1]:
            year -= 1  # «رمضان الماضي» in Rajab: last year's Ramadan
        elif spec.month is not None and spec.month_modifier == "next" and spec.month <= today[1]:
            year += 1
    if not in_range(year):
        return None  # before 1343 or after 1500 AH the calendar cannot be converted
    if spec.month is None:
        first = to_gregorian(year, 1, 1)
        last = to_gregorian(year + 1, 1, 1)
        if first is None or last is None:
            return None
        return _Resolved(first, last - _ONE_DAY, Precision.YEAR, relative, hijri=(year, 0, 0))
    if spec.day is None:
        span = month_span(year, spec.month)
        if span is None:
            return None
        return _Resolved(span[0], span[1], Precision.MONTH, relative, hijri=(year, spec.month, 0))
    day = to_gregorian(year, spec.month, spec.day)
    if day is None:
        return None
    return _Resolved(day, day, Precision.DAY, relative, 1, (year, spec.month, spec.day))


def _resolve_hijri_in_gregorian_year(spec: DateSpec) -> _Resolved | None:
    """«رمضان 2019»: the Hijri month whose first day falls in that Gregorian year."""
    if spec.year is None or spec.month is None:  # pragma: no cover - caller checked
        return None
    guess = hijri_year_of(datetime.date(spec.year, 7, 1))
    if guess is None:
        return None
    for year in (guess, guess + 1, guess - 1):
        span = month_span(year, spec.month)
        if span is not None and span[0].year == spec.year:
            hijri_spec = attrs.evolve(spec, year=year, year_calendar=None)
            return _resolve_hijri(hijri_spec, None)
    return None


def _resolve_holiday(spec: DateSpec, reference: datetime.date | None) -> _Resolved | None:
    label = spec.holiday or ""
    if label == "easter" or label.startswith("gregorian"):
        year = spec.year or (reference.year if reference else None)
        if year is None:
            return _Resolved(None, None, Precision.DAY, "holiday")
        fixed = easter(year) if label == "easter" else _labelled_day(label, year)
        fixed += datetime.timedelta(days=spec.holiday_offset)
        return _Resolved(fixed, fixed, Precision.DAY, "holiday" if spec.year is None else None)
    _, month_text, day_text = label.split(":")
    month, number = int(month_text), int(day_text)
    hijri_year: int | None = spec.year
    if spec.year is not None and spec.year_calendar is Calendar.GREGORIAN:
        hijri_year = _hijri_year_with(month, number, spec.year)
    elif hijri_year is None and reference is not None:
        hijri_year = hijri_year_of(reference)
    if hijri_year is None:
        return _Resolved(None, None, Precision.DAY, "holiday")
    if not in_range(hijri_year):
        return None
    day = to_gregorian(hijri_year, month, number)
    if day is None:
        return None
    day += datetime.timedelta(days=spec.holiday_offset)
    relative = "holiday" if spec.year is None else None
    return _Resolved(day, day, Precision.DAY, relative, 1, hijri_date_of(day))


def _labelled_day(label: str, year: int) -> datetime.date:
    """The day a «gregorian:12:25» holiday label names in ``year``."""
    _, month, day = label.split(":")
    return datetime.date(year, int(month), int(day))


def _hijri_year_with(month: int, day: int, gregorian_year: int) -> int | None:
    guess = hijri_year_of(datetime.date(gregorian_year, 7, 1))
    if guess is None:
        return None
    for year in (guess, guess + 1, guess - 1):
        found = to_gregorian(year, month, day)
        if found is not None and found.year == gregorian_year:
            return year
    return None


def _resolve_period(spec: DateSpec, reference: datetime.date | None) -> _Resolved | None:
    label = f"{spec.period_modifier}_{spec.period}"
    if reference is None:
        precisions = {"week": Precision.RANGE, "month": Precision.MONTH}
        precision = precisions.get(spec.period or "", Precision.YEAR)
        if spec.day is not None:
            precision = Precision.DAY  # «الـ 13 من الشهر الجاري»
        return _Resolved(None, None, precision, label)
    shift = {"this": 0, "last": -1, "next": 1}.get(spec.period_modifier or "this", 0)
    if spec.period == "week":
        monday = (
            reference
            - datetime.timedelta(days=reference.weekday())
            + datetime.timedelta(weeks=shift)
        )
        return _Resolved(monday, monday + datetime.timedelta(days=6), Precision.RANGE, label)
    if spec.period == "month":
        index = reference.year * 12 + reference.month - 1 + shift
        year, month = divmod(index, 12)
        _in_calendar(year)
        if spec.day is not None:
            try:
                day = datetime.date(year, month + 1, spec.day)
            except ValueError:
                return None
            return _Resolved(day, day, Precision.DAY, label)
        return _Resolved(
            datetime.date(year, month + 1, 1), month_end(year, month + 1), Precision.MONTH, label
        )
    year = reference.year + shift
    return _Resolved(datetime.date(year, 1, 1), datetime.date(year, 12, 31), Precision.YEAR, label)


def _check_cues(
    spec: DateSpec, resolved: _Resolved, reference: datetime.date | None
) -> bool | None:
    """Do a weekday or «أمس» agree with the date they stand beside?"""
    if resolved.start is None or resolved.precision is not Precision.DAY:
        return None
    checks: list[bool] = []
    if spec.weekday is not None and (spec.explicit or spec.relative_day is not None):
        tolerance = range(-resolved.tolerance, resolved.tolerance + 1)
        checks.append(
            any(
                (resolved.start + datetime.timedelta(days=d)).weekday() == spec.weekday
                for d in tolerance
            )
        )
    if spec.relative_day is not None and spec.explicit and reference is not None:
        checks.append(resolved.start == reference + datetime.timedelta(days=spec.relative_day))
    return all(checks) if checks else None
