"""The meaning half of date parsing: a :class:`DateSpec` and a reference → a date.

Relative expressions without a reference come back with ``start``/``end``
None and ``relative`` saying what they are; yearless dates take the year that
puts them nearest the reference; Hijri dates go through the Umm al-Qura
calendar (:mod:`conflictparse.dates.hijri`).
"""

from __future__ import annotations

import calendar
import datetime

import attrs

from conflictparse.dates.direction import (
    FUTURE,
    NARROW,
    PAST,
    narrowed,
    pick,
    weekday_from,
    yearless_year,
)
from conflictparse.dates.hijri import (
    hijri_date_of,
    hijri_year_of,
    in_range,
    month_span,
    to_gregorian,
)
from conflictparse.dates.holidays import holiday_in
from conflictparse.dates.periods import resolve_hours, resolve_offset, resolve_period
from conflictparse.dates.reader import DateSpec
from conflictparse.dates.resolved import ONE_DAY, Resolved, in_calendar, month_end
from conflictparse.model import Calendar, ParsedDate, Part, Precision
from conflictparse.text.lexicon.dates import HOLIDAY_CHOICE

__all__ = ["OutOfCalendarError", "month_end", "resolve"]


_MONTHS_SEARCHED = 14  # how far «الخميس 21» looks for a month where the 21st is a Thursday


class OutOfCalendarError(ValueError):
    """A date that, resolved against its reference, falls outside the years 1–9999."""


def resolve(
    spec: DateSpec,
    reference: datetime.date | None,
    *,
    strict: bool = False,
    prefer: str = PAST,
    parts: str = "whole",
) -> ParsedDate | None:
    """What ``spec`` means against ``reference``, with its cues checked.

    None when the text names no real day («31 شباط 2018»): it is not a date.
    A relative date that the reference puts outside the years ``datetime.date``
    holds («أمس» on 1 January of year 1) is unresolved, as with no reference;
    with ``strict`` it raises :class:`OutOfCalendarError` instead.  ``prefer`` and
    ``parts`` are as in :func:`~conflictparse.dates.finder.find_dates`.
    """
    try:
        return _resolve(spec, reference, prefer, parts)
    except (OverflowError, ValueError) as error:
        reason = str(error)
    try:
        unresolved = _resolve(spec, None, prefer, parts)
    except (OverflowError, ValueError):
        return None  # out of range whatever the reference («عام 0»): not a date
    if strict:
        raise OutOfCalendarError(reason)
    return unresolved


def _resolve(
    spec: DateSpec, reference: datetime.date | None, prefer: str, parts: str
) -> ParsedDate | None:
    resolved = _resolve_span(spec, reference, prefer)
    if resolved is None:
        return None
    agrees = _check_cues(spec, resolved, reference)
    if resolved.agrees is not None:
        agrees = resolved.agrees
    start, end, precision = resolved.start, resolved.end, resolved.precision
    if spec.until is not None and start is not None and precision is not Precision.RANGE:
        until = _resolve_span(_inherit(spec.until, spec, resolved), reference, prefer)
        if until is not None and until.end is not None and until.end >= start:
            end, precision = until.end, Precision.RANGE
    if (
        parts == NARROW
        and spec.part is not None
        and start is not None
        and end is not None
        and precision in (Precision.MONTH, Precision.YEAR)
    ):
        start, end = narrowed(start, end, Part(spec.part), is_year=precision is Precision.YEAR)
        precision = Precision.RANGE
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


def _inherit(until: DateSpec, first: DateSpec, resolved: Resolved) -> DateSpec:
    """The end of a range takes the year its start was written with, or resolved to."""
    if until.year is None and first.year is not None:
        return attrs.evolve(until, year=first.year, year_calendar=first.year_calendar)
    if until.year is not None or until.month is None or first.month is None:
        return until
    if first.calendar is Calendar.HIJRI and resolved.hijri is not None:
        year = resolved.hijri[0]
    elif first.calendar is Calendar.GREGORIAN and resolved.start is not None:
        year = resolved.start.year
    else:
        return until
    # «من 28 كانون الأول إلى 3 كانون الثاني»: the end is in the next year
    return attrs.evolve(until, year=year + 1 if until.month < first.month else year)


def _resolve_span(spec: DateSpec, reference: datetime.date | None, prefer: str) -> Resolved | None:
    resolved = _resolve_written(spec, reference, prefer)
    if spec.nth is None or spec.weekday is None or resolved is None:
        return resolved
    return _ranked_weekday(resolved, spec.weekday, spec.nth)


def _ranked_weekday(month: Resolved, weekday: int, nth: int) -> Resolved | None:
    """«الثلاثاء الثالث من أيلول 2014»: the ``nth`` such weekday of the month (-1: the last).

    The ordinal may instead be the day of the month, as in «يوم الأحد الخامس من آذار 2017»
    (Sunday the fifth): when the month's day ``nth`` falls on that weekday, it is that day.
    """
    if month.start is None or month.end is None:
        return Resolved(None, None, Precision.DAY, "nth_weekday")
    if month.precision is not Precision.MONTH:
        return None  # ranked in no month: not a day we can name
    dated = month.start + datetime.timedelta(days=nth - 1) if nth > 1 else None
    if dated is not None and dated.weekday() == weekday:
        hijri = None if month.hijri is None else (month.hijri[0], month.hijri[1], nth)
        return Resolved(dated, dated, Precision.DAY, month.relative, hijri=hijri)
    if nth > 0:
        first = month.start + datetime.timedelta(days=(weekday - month.start.weekday()) % 7)
        day = first + datetime.timedelta(weeks=nth - 1)
    else:
        day = month.end - datetime.timedelta(days=(month.end.weekday() - weekday) % 7)
    if not month.start <= day <= month.end:
        return None  # «الجمعة الخامسة» of a month with four Fridays
    return Resolved(day, day, Precision.DAY, "nth_weekday", hijri=month.hijri)


def _resolve_written(
    spec: DateSpec, reference: datetime.date | None, prefer: str
) -> Resolved | None:
    if spec.anniversary:
        return _anniversary(spec, reference)
    if spec.holiday is not None:
        return _resolve_holiday(spec, reference, prefer)
    if spec.month is not None or spec.year is not None:
        if spec.calendar is Calendar.HIJRI and spec.year_calendar is not Calendar.GREGORIAN:
            return _resolve_hijri(spec, reference, prefer)
        if spec.calendar is Calendar.HIJRI:
            return _resolve_hijri_in_gregorian_year(spec)
        return _resolve_gregorian(spec, reference, prefer)
    if spec.hours is not None:
        return resolve_hours(spec, reference)
    if spec.offset is not None:
        return resolve_offset(spec, reference)
    if spec.days_ago is not None:
        if reference is None:
            return Resolved(None, None, Precision.DAY, "days_ago")
        day = reference - datetime.timedelta(days=spec.days_ago)
        return Resolved(day, day, Precision.DAY, "days_ago")
    if spec.period is not None:
        return resolve_period(spec, reference)
    if spec.day is not None and spec.weekday is not None:
        return _weekday_and_day(spec.weekday, spec.day, reference, prefer)
    if spec.relative_day is not None or spec.weekday is not None:
        return _resolve_day(spec, reference, prefer)
    return None


def _anniversary(spec: DateSpec, reference: datetime.date | None) -> Resolved:
    """«في مثل هذا اليوم من عام 2015»: the reference's day and month in that year.

    Without a reference only the year is known; without a year, nothing (never today).
    """
    year = spec.year
    if year is None and spec.year_shift is not None and reference is not None:
        year = reference.year + spec.year_shift
    if year is None:
        return Resolved(None, None, Precision.DAY, "anniversary")
    in_calendar(year)
    if reference is None:
        return Resolved(datetime.date(year, 1, 1), datetime.date(year, 12, 31), Precision.YEAR)
    day = datetime.date(
        year, reference.month, min(reference.day, month_end(year, reference.month).day)
    )
    return Resolved(day, day, Precision.DAY, "anniversary")


def _weekday_and_day(
    weekday: int, day: int, reference: datetime.date | None, prefer: str
) -> Resolved:
    """«الخميس 21» with no month: the nearest month in which that day is that weekday.

    The nearest on the side ``prefer`` says (a report of Tuesday 12 March tells of «الجمعة
    22» of February), within a year; the weekday alone, flagged, when no month fits.  With
    ``future``, as the peers read it, the reference's own month comes first, passed or not:
    told on 27 September, «الخميس 21» is the 21st.
    """
    if reference is None:
        return Resolved(None, None, Precision.DAY, "weekday")
    if prefer == FUTURE and day <= calendar.monthrange(reference.year, reference.month)[1]:
        found = reference.replace(day=day)
        if found.weekday() == weekday:  # the reference's own month, passed or not
            return Resolved(found, found, Precision.DAY, "weekday")
    step = -1 if prefer == "past" else 1
    index = reference.year * 12 + reference.month - 1
    for shift in range(0, step * _MONTHS_SEARCHED, step):
        year, month = divmod(index + shift, 12)
        if not 1 <= year <= datetime.MAXYEAR or day > calendar.monthrange(year, month + 1)[1]:
            continue
        found = datetime.date(year, month + 1, day)
        on_side = found <= reference if prefer == "past" else found >= reference
        if found.weekday() == weekday and on_side:
            return Resolved(found, found, Precision.DAY, "weekday")
    found = weekday_from(weekday, reference, None, prefer)
    return Resolved(found, found, Precision.DAY, "weekday", agrees=False)


def _resolve_day(spec: DateSpec, reference: datetime.date | None, prefer: str) -> Resolved:
    """«أمس», «الأحد», «اليوم الأحد»: when a weekday and «اليوم» disagree, the weekday wins.

    It is the weekday nearest the day «اليوم» or «أمس» names (the two cues are a day or two
    apart when a page is dated in another time zone), and the disagreement is flagged.  In
    news (``past``) the day of writing is at most the day after the reference, so told on
    Saturday «أمس الإثنين» is the Monday before, not the one to come.
    """
    label = "weekday" if spec.relative_day is None else _RELATIVE_NAMES.get(spec.relative_day)
    if reference is None:  # «يومي الخميس والجمعة» is a range, resolved or not
        ranged = spec.until is not None and spec.until.weekday is not None
        return Resolved(None, None, Precision.RANGE if ranged else Precision.DAY, label)
    if spec.relative_day is None:
        assert spec.weekday is not None  # the caller checked
        if spec.until is not None and spec.until.weekday is not None:
            return _weekday_range(spec.weekday, spec.until.weekday, reference, prefer)
        day = weekday_from(spec.weekday, reference, spec.weekday_modifier, prefer)
        return Resolved(day, day, Precision.DAY, label)
    day = reference + datetime.timedelta(days=spec.relative_day)
    if spec.weekday is None or spec.explicit or day.weekday() == spec.weekday:
        return Resolved(day, day, Precision.DAY, label)
    shift = (spec.weekday - day.weekday()) % 7
    if shift > 3 or (prefer == "past" and shift > 1 + spec.relative_day - (day - reference).days):
        shift -= 7
    day += datetime.timedelta(days=shift)
    return Resolved(day, day, Precision.DAY, "weekday", agrees=False)


def _weekday_range(first: int, last: int, reference: datetime.date, prefer: str) -> Resolved:
    """«يومي الخميس والجمعة»: the latest such days ending on or before the reference.

    With ``future``, the earliest such days starting after it.
    """
    length = (last - first) % 7 or 7
    if prefer == FUTURE:
        start = weekday_from(first, reference, None, prefer)
        end = start + datetime.timedelta(days=length)
    else:
        end = weekday_from(last, reference, None, prefer)
        start = end - datetime.timedelta(days=length)
    return Resolved(start, end, Precision.RANGE, "weekday")


_RELATIVE_NAMES = {
    0: "today",
    -1: "yesterday",
    -2: "day_before_yesterday",
    1: "tomorrow",
    2: "day_after_tomorrow",
}


def _resolve_gregorian(
    spec: DateSpec, reference: datetime.date | None, prefer: str
) -> Resolved | None:
    year = spec.year
    month = spec.month
    relative = None
    if year is None and month is not None and spec.year_shift is not None and reference is not None:
        year = reference.year + spec.year_shift
        relative = "month"
    if year is None and month is not None:
        if reference is None:
            return Resolved(None, None, Precision.DAY if spec.day else Precision.MONTH, "month")
        relative = "month"
        if spec.month_modifier == "this":
            year = reference.year
        elif spec.month_modifier == "last":  # «23 نيسان الفائت» on 30 April: this April's
            earlier = month < reference.month or (
                month == reference.month and spec.day is not None and spec.day < reference.day
            )
            year = reference.year if earlier else reference.year - 1
        elif spec.month_modifier == "next":
            year = reference.year if month > reference.month else reference.year + 1
        else:
            year = yearless_year(month, spec.day, reference, prefer)
    if year is None:  # pragma: no cover - callers pass a month or a year
        return None
    in_calendar(year)
    try:
        if month is None:
            return Resolved(datetime.date(year, 1, 1), datetime.date(year, 12, 31), Precision.YEAR)
        if spec.day is None:
            return Resolved(
                datetime.date(year, month, 1), month_end(year, month), Precision.MONTH, relative
            )
        day = datetime.date(year, month, spec.day)
    except ValueError:
        return None
    return Resolved(day, day, Precision.DAY, relative)


def _resolve_hijri(
    spec: DateSpec, reference: datetime.date | None, prefer: str = PAST
) -> Resolved | None:
    year = spec.year
    relative = None
    precision = Precision.DAY if spec.day else Precision.MONTH if spec.month else Precision.YEAR
    if year is None:
        today = hijri_date_of(reference) if reference is not None else None
        relative = "hijri_year"
        if today is None:
            return Resolved(None, None, precision, relative)
        year = _hijri_yearless(spec, today, prefer)
    if not in_range(year):
        return None  # before 1343 or after 1500 AH the calendar cannot be converted
    if spec.month is None:
        first = to_gregorian(year, 1, 1)
        last = to_gregorian(year + 1, 1, 1)
        if first is None or last is None:
            return None
        return Resolved(first, last - ONE_DAY, Precision.YEAR, relative, hijri=(year, 0, 0))
    if spec.day is None:
        span = month_span(year, spec.month)
        if span is None:
            return None
        return Resolved(span[0], span[1], Precision.MONTH, relative, hijri=(year, spec.month, 0))
    day = to_gregorian(year, spec.month, spec.day)
    if day is None:
        return None
    return Resolved(day, day, Precision.DAY, relative, 1, (year, spec.month, spec.day))


def _hijri_yearless(spec: DateSpec, today: tuple[int, int, int], prefer: str) -> int:
    """The Hijri year of «رمضان», «13 رجب», «رمضان الماضي» from the reference's Hijri date.

    «الماضي» is strictly before the reference's month, «المقبل» strictly after it; without
    a modifier the reference's own month is now, and another month is the latest one before
    it (``past``) or the earliest one after it (``future``).
    """
    year, month = today[0], spec.month or 0
    if spec.month_modifier == "last":  # «رمضان الماضي» in Rajab: last year's
        earlier = month < today[1] or (
            month == today[1] and spec.day is not None and spec.day < today[2]
        )  # «3 رجب الماضي» on 20 Rajab: this Rajab's
        return year if earlier else year - 1
    if spec.month_modifier == "next":
        return year + 1 if month <= today[1] else year
    if prefer == FUTURE:
        return year if month >= today[1] else year + 1
    return year if month <= today[1] else year - 1


def _resolve_hijri_in_gregorian_year(spec: DateSpec) -> Resolved | None:
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


def _resolve_holiday(
    spec: DateSpec, reference: datetime.date | None, prefer: str
) -> Resolved | None:
    label = spec.holiday or ""
    gregorian = label == "easter" or label.startswith("gregorian")
    if spec.year is None:
        return _resolve_yearless_holiday(spec, reference, prefer)
    if gregorian:
        in_calendar(spec.year)
        fixed = holiday_in(label, spec.year, spec.holiday_offset)
        return None if fixed is None else Resolved(fixed, fixed, Precision.DAY)
    _, month_text, day_text = label.split(":")
    hijri_year: int | None = spec.year
    if spec.year_calendar is Calendar.GREGORIAN:
        hijri_year = _hijri_year_with(int(month_text), int(day_text), spec.year)
    if hijri_year is None or not in_range(hijri_year):
        return None
    day = holiday_in(label, hijri_year, spec.holiday_offset)
    if day is None:
        return None
    return Resolved(day, day, Precision.DAY, None, 1, hijri_date_of(day))


def _resolve_yearless_holiday(
    spec: DateSpec, reference: datetime.date | None, prefer: str
) -> Resolved | None:
    """«عيد الفطر», «عيد الميلاد الماضي»: the one nearest the reference in the right direction."""
    label = spec.holiday or ""
    if reference is None:
        return Resolved(None, None, Precision.DAY, "holiday")
    is_hijri = label.startswith("hijri")
    around = hijri_year_of(reference) if is_hijri else reference.year
    if around is None:
        return None
    candidates = [
        day
        for one in label.split(HOLIDAY_CHOICE)  # «أول أيام العيد»: either Eid
        for year in range(around - 1, around + 2)
        if (day := holiday_in(one, year, spec.holiday_offset)) is not None
    ]
    modifier = spec.month_modifier
    direction = {"last": PAST, "next": FUTURE}.get(modifier or "", prefer)
    day = pick(candidates, reference, direction, strict=modifier in ("last", "next"))
    if day is None:
        return None
    if not is_hijri:
        return Resolved(day, day, Precision.DAY, "holiday")
    return Resolved(day, day, Precision.DAY, "holiday", 1, hijri_date_of(day))


def _hijri_year_with(month: int, day: int, gregorian_year: int) -> int | None:
    guess = hijri_year_of(datetime.date(gregorian_year, 7, 1))
    if guess is None:
        return None
    for year in (guess, guess + 1, guess - 1):
        found = to_gregorian(year, month, day)
        if found is not None and found.year == gregorian_year:
            return year
    return None


def _check_cues(spec: DateSpec, resolved: Resolved, reference: datetime.date | None) -> bool | None:
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
