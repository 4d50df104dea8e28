"""Tables for ``parse_date`` and ``find_dates``: phrase, reference, expected date, reason.

The phrases are written for these tests in the style of Arabic conflict reporting;
none is copied from the corpus or the conformance files.  Gregorian values of Hijri
dates are computed here with ``hijridate`` (Umm al-Qura), never typed in.

Unless a row says otherwise the reference (publication) date is Wednesday
21 March 2018, which is 4 Rajab 1439.
"""

from __future__ import annotations

import datetime
import enum
from typing import Literal, NamedTuple

import hijridate
import pytest

import conflictparse as cp
from tests.property.date_strategies import FAMILIES, HIJRI_MONTHS, hijri_to_gregorian

D = datetime.date
P = cp.Precision
C = cp.Calendar
ONE_DAY = datetime.timedelta(days=1)
REF = D(2018, 3, 21)  # a Wednesday
REF_HIJRI_YEAR = hijridate.Gregorian(REF.year, REF.month, REF.day).to_hijri().year


class _Unset(enum.Enum):
    UNSET = "unset"


UNSET: Literal[_Unset.UNSET] = _Unset.UNSET


class Want(NamedTuple):
    """An expected date; fields left UNSET are not checked."""

    start: D | None
    end: D | None
    precision: cp.Precision
    calendar: cp.Calendar = C.GREGORIAN
    relative: str | _Unset | None = UNSET
    part: str | _Unset | None = UNSET
    tolerance_days: int | _Unset = UNSET
    agrees: bool | _Unset | None = UNSET
    hijri: tuple[int, int, int] | _Unset | None = UNSET


def day(y: int, m: int, d: int) -> Want:
    return Want(D(y, m, d), D(y, m, d), P.DAY)


def month(y: int, m: int) -> Want:
    last = (D(y + m // 12, m % 12 + 1, 1)) - ONE_DAY
    return Want(D(y, m, 1), last, P.MONTH)


def year(y: int) -> Want:
    return Want(D(y, 1, 1), D(y, 12, 31), P.YEAR)


def span(first: D, last: D) -> Want:
    return Want(first, last, P.RANGE)


def hijri_day(y: int, m: int, d: int) -> Want:
    """An unconfirmed Hijri day: Umm al-Qura's Gregorian day, ±1."""
    g = hijri_to_gregorian(y, m, d)
    return Want(g, g, P.DAY, C.HIJRI, tolerance_days=1, hijri=(y, m, d))


def hijri_month(y: int, m: int) -> Want:
    first = hijri_to_gregorian(y, m, 1)
    last = first + (hijridate.Hijri(y, m, 1).month_length() - 1) * ONE_DAY
    return Want(first, last, P.MONTH, C.HIJRI)


def hijri_year(y: int) -> Want:
    first = hijri_to_gregorian(y, 1, 1)
    last = hijri_to_gregorian(y + 1, 1, 1) - ONE_DAY
    return Want(first, last, P.YEAR, C.HIJRI)


def unresolved(precision: cp.Precision, relative: str | _Unset | None = UNSET) -> Want:
    return Want(None, None, precision, relative=relative)


def assert_date(actual: object, want: Want, reason: str) -> None:
    assert isinstance(actual, cp.ParsedDate), reason
    got = (actual.start, actual.end, actual.precision, actual.calendar)
    assert got == (want.start, want.end, want.precision, want.calendar), f"{reason}: {actual}"
    for field in ("relative", "part", "tolerance_days", "agrees", "hijri"):
        expected = getattr(want, field)
        if expected is not UNSET:
            assert getattr(actual, field) == expected, f"{reason}: {field} of {actual}"
    if want.relative is UNSET and want.start is None:
        assert actual.relative is not None, f"{reason}: unresolved dates say what they are"


# --- the helpers themselves ------------------------------------------------------------


def test_reference_is_a_wednesday_in_rajab_1439() -> None:
    assert REF.weekday() == 2
    assert REF_HIJRI_YEAR == 1439


def test_month_helper_knows_month_ends() -> None:
    assert month(2018, 2).end == D(2018, 2, 28)
    assert month(2016, 2).end == D(2016, 2, 29)
    assert month(2017, 12).end == D(2017, 12, 31)


# --- every month name of every family ---------------------------------------------------

MONTH_NAMES = [
    pytest.param(family, number, name, id=f"{family}-{number:02d}-{name}")
    for family, months in FAMILIES.items()
    for number, names in enumerate(months, start=1)
    for name in names
]


@pytest.mark.parametrize(("family", "number", "name"), MONTH_NAMES)
def test_month_name_with_day_and_year(family: str, number: int, name: str) -> None:
    assert_date(cp.parse_date(f"17 {name} 2019"), day(2019, number, 17), f"{family} {name}")


@pytest.mark.parametrize(("family", "number", "name"), MONTH_NAMES)
def test_month_name_with_year_is_the_whole_month(family: str, number: int, name: str) -> None:
    assert_date(cp.parse_date(f"{name} 2019"), month(2019, number), f"{family} {name}")


HIJRI_NAMES = [
    pytest.param(number, name, id=f"hijri-{number:02d}-{name}")
    for number, names in enumerate(HIJRI_MONTHS, start=1)
    for name in names
]


@pytest.mark.parametrize(("number", "name"), HIJRI_NAMES)
def test_hijri_month_name(number: int, name: str) -> None:
    assert_date(cp.parse_date(f"15 {name} 1440 هـ"), hijri_day(1440, number, 15), name)
    assert_date(cp.parse_date(f"{name} 1440 هـ"), hijri_month(1440, number), name)


# --- parse_date: one date expression per string -----------------------------------------

WRITTEN = [
    pytest.param("13 آذار 2018", day(2018, 3, 13), "Levantine day month year", id="levantine"),
    pytest.param("٢٢ شباط ٢٠١٦", day(2016, 2, 22), "Arabic-Indic digits", id="arabic-indic"),
    pytest.param("۹ تموز ۲۰۱۷", day(2017, 7, 9), "Persian digits", id="persian"),
    pytest.param("5 أيار ٢٠٢٤م", day(2024, 5, 5), "year glued to «م»", id="suffix-m-glued"),
    pytest.param("13 آذار 2018 م", day(2018, 3, 13), "«م» after a space", id="suffix-m"),
    pytest.param("الثالث عشر من آذار 2018", day(2018, 3, 13), "ordinal day, «من»", id="ordinal-13"),
    pytest.param("الحادي والعشرين من أيلول 2016", day(2016, 9, 21), "ordinal 21", id="ordinal-21"),
    pytest.param("الأول من نيسان 2018", day(2018, 4, 1), "ordinal 1", id="ordinal-1"),
    pytest.param(
        "الـ 13 من آذار / مارس الجاري من العام 2017",
        day(2017, 3, 13),
        "the written year wins over «الجاري»; one expression with a paired month",
        id="al-13-paired-jari-year",
    ),
    pytest.param("14 آذار / مارس 2018", day(2018, 3, 14), "paired with a slash", id="paired-day"),
    pytest.param(
        "22 كانون الأول (ديسمبر) 2016", day(2016, 12, 22), "paired in brackets", id="brackets"
    ),
    # months
    pytest.param("آذار 2018", month(2018, 3), "month and year → whole month", id="month"),
    pytest.param("شهر آب 2019", month(2019, 8), "«شهر» before an ambiguous name", id="shahr"),
    pytest.param("مارس 2018", month(2018, 3), "«مارس» with a year is a month", id="maris"),
    pytest.param("آذار / مارس 2018", month(2018, 3), "paired «/» (API example)", id="pair-1"),
    pytest.param("آذار (مارس) 2018", month(2018, 3), "paired in brackets", id="pair-2"),
    pytest.param("مارس/آذار 2018", month(2018, 3), "paired, transliteration first", id="pair-3"),
    pytest.param(
        "أكتوبر تشرين الأول 2017", month(2017, 10), "paired with a space only", id="pair-4"
    ),
    pytest.param("تشرين أول 2016", month(2016, 10), "Levantine name, no article", id="no-al-1"),
    pytest.param("كانون ثاني 2020", month(2020, 1), "Levantine name, no article", id="no-al-2"),
    pytest.param("نوفمبر تشرين ثاني 2013", month(2013, 11), "paired, no article", id="no-al-pair"),
    pytest.param("جوان ٢٠١٦", month(2016, 6), "Maghrebi month, Arabic-Indic year", id="jouan"),
    # years
    pytest.param("عام 2017", year(2017), "«عام» marks a year", id="aam"),
    pytest.param("العام 2017", year(2017), "«العام» marks a year", id="al-aam"),
    pytest.param("سنة 2017", year(2017), "«سنة» marks a year", id="sana"),
    pytest.param("عام ٢٠٢٤م", year(2024), "marked year with «م»", id="aam-suffix"),
    pytest.param("العام 1436 هـ", hijri_year(1436), "marked Hijri year", id="aam-hijri"),
    # numeric, day first
    pytest.param("13/3/2018", day(2018, 3, 13), "day first with slashes", id="dmy-slash"),
    pytest.param("2018-03-13", day(2018, 3, 13), "ISO", id="iso"),
    pytest.param("١٣/٣/٢٠١٨", day(2018, 3, 13), "Arabic-Indic numeric", id="dmy-indic"),
    pytest.param("۱۳/۳/۲۰۱۸", day(2018, 3, 13), "Persian numeric", id="dmy-persian"),
    pytest.param("13-03-2018", day(2018, 3, 13), "day first with dashes", id="dmy-dash"),
    pytest.param("4/3/2018", day(2018, 3, 4), "ambiguous → day first", id="dmy-ambiguous"),
    pytest.param("3/8/2021", day(2021, 8, 3), "ambiguous → day first", id="dmy-3-8"),
    pytest.param("8/18/2021", day(2021, 8, 18), "only month first is valid", id="mdy-valid"),
    pytest.param(
        "13/7/1439", hijri_day(1439, 7, 13), "a year 1300–1500 is Hijri", id="numeric-hijri"
    ),
    pytest.param("1439-07-13", hijri_day(1439, 7, 13), "Hijri year first", id="numeric-hijri-iso"),
    pytest.param("13/3/1439", hijri_day(1439, 3, 13), "Hijri day first", id="numeric-hijri-rabi"),
    # ranges
    pytest.param(
        "بين 10 و15 آذار 2018",
        span(D(2018, 3, 10), D(2018, 3, 15)),
        "«بين … و…» days of one month",
        id="range-bayna",
    ),
    pytest.param(
        "من 10 إلى 15 آذار 2018",
        span(D(2018, 3, 10), D(2018, 3, 15)),
        "«من … إلى …»",
        id="range-min-ila",
    ),
    pytest.param(
        "10-15 آذار 2018",
        span(D(2018, 3, 10), D(2018, 3, 15)),
        "dash between days",
        id="range-dash",
    ),
    pytest.param(
        "آذار - نيسان 2018",
        span(D(2018, 3, 1), D(2018, 4, 30)),
        "two months sharing a year",
        id="range-months",
    ),
    pytest.param(
        "من 28 شباط إلى 3 آذار 2018",
        span(D(2018, 2, 28), D(2018, 3, 3)),
        "a range across a month end takes the year written at its end",
        id="range-across-months",
    ),
    # Hijri
    pytest.param("13 رجب 1439 هـ", hijri_day(1439, 7, 13), "Hijri day, API example", id="hijri"),
    pytest.param(
        "١٣ رجب ١٤٣٩ هـ", hijri_day(1439, 7, 13), "Hijri day, Arabic-Indic", id="hijri-indic"
    ),
    pytest.param("13 رجب 1439ه", hijri_day(1439, 7, 13), "«ه» glued", id="hijri-glued"),
    pytest.param(
        "1 محرم 1440 للهجرة", hijri_day(1440, 1, 1), "«للهجرة» marker", id="hijri-lilhijra"
    ),
    pytest.param("10 ذي الحجة 1439 هـ", hijri_day(1439, 12, 10), "genitive «ذي»", id="hijri-dhi"),
    pytest.param("رمضان 1436 هـ", hijri_month(1436, 9), "a whole Hijri month", id="hijri-month"),
    # Latin script
    pytest.param("April 28, 2018", day(2018, 4, 28), "English month first", id="latin-mdy"),
    pytest.param("4th, November 2023", day(2023, 11, 4), "English ordinal day", id="latin-dmy"),
]


@pytest.mark.parametrize(("text", "want", "reason"), WRITTEN)
def test_written_dates(text: str, want: Want, reason: str) -> None:
    assert_date(cp.parse_date(text), want, reason)
    assert_date(cp.parse_date(text, reference=REF), want, f"{reason} (with a reference)")


# Cues checked against each other: ``agrees``.
CUES = [
    pytest.param(
        "الثلاثاء 13 آذار 2018",
        day(2018, 3, 13)._replace(agrees=True),
        "13 March 2018 was a Tuesday",
        id="weekday-agrees",
    ),
    pytest.param(
        "الاثنين 13 آذار 2018",
        day(2018, 3, 13)._replace(agrees=False),
        "13 March 2018 was not a Monday: the date is kept, the conflict said",
        id="weekday-disagrees",
    ),
    pytest.param(
        "يوم الخميس 5 نيسان 2018",
        day(2018, 4, 5)._replace(agrees=True),
        "«يوم» + weekday + date",
        id="yawm-weekday-date",
    ),
    pytest.param(
        "الجمعة 13 رجب 1439 هـ",
        hijri_day(1439, 7, 13)._replace(agrees=True),
        "a weekday beside a Hijri day",
        id="weekday-hijri",
    ),
    pytest.param(
        "اليوم الأربعاء",
        day(2018, 3, 21)._replace(agrees=True, relative="today"),
        "«اليوم» and the weekday agree on the reference day",
        id="today-weekday-agrees",
    ),
    pytest.param(
        "اليوم الثلاثاء",
        day(2018, 3, 20)._replace(agrees=False),
        "the reference is a Wednesday: the weekday wins, the nearest Tuesday, and is flagged",
        id="today-weekday-disagrees",
    ),
    pytest.param(
        "أمس الثلاثاء 20 آذار 2018",
        day(2018, 3, 20)._replace(agrees=True),
        "«أمس», weekday and date all agree",
        id="yesterday-date-agrees",
    ),
    pytest.param(
        "أمس 19 آذار 2018",
        day(2018, 3, 19)._replace(agrees=False),
        "«أمس» is the 20th, not the 19th",
        id="yesterday-date-disagrees",
    ),
]


@pytest.mark.parametrize(("text", "want", "reason"), CUES)
def test_cues_checked(text: str, want: Want, reason: str) -> None:
    assert_date(cp.parse_date(text, reference=REF), want, reason)


RELATIVE = [
    pytest.param("اليوم", REF, day(2018, 3, 21), "today", id="today"),
    pytest.param("أمس", REF, day(2018, 3, 20), "yesterday (API example)", id="yesterday"),
    pytest.param("يوم أمس", REF, day(2018, 3, 20), "«يوم أمس»", id="yawm-ams"),
    pytest.param("أمس الأول", REF, day(2018, 3, 19), "day before yesterday", id="ams-awwal"),
    pytest.param("غدا", REF, day(2018, 3, 22), "tomorrow", id="ghadan"),
    pytest.param("الشهر الماضي", REF, month(2018, 2), "whole previous month", id="last-month"),
    pytest.param(
        "الشهر الماضي", D(2018, 1, 10), month(2017, 12), "across a year end", id="last-month-jan"
    ),
    pytest.param("العام الماضي", REF, year(2017), "whole previous year", id="last-year"),
    # one before the last: «قبل الماضي» after a period or a weekday
    pytest.param("العام قبل الماضي", REF, year(2016), "two years back", id="year-before-last"),
    pytest.param(
        "الشهر قبل الماضي", D(2018, 1, 10), month(2017, 11), "across a year end", id="month-bl"
    ),
    pytest.param(
        "الأسبوع قبل الماضي",
        REF,
        span(D(2018, 3, 5), D(2018, 3, 11)),
        "the ISO week before the previous one",
        id="week-before-last",
    ),
    pytest.param(
        "الأربعاء قبل الماضي", REF, day(2018, 3, 7), "on a Wednesday: two weeks back", id="wed-bl"
    ),
    pytest.param(
        "الجمعة قبل الماضية", REF, day(2018, 3, 9), "a week before last Friday", id="fri-bl"
    ),
    pytest.param(
        "الأسبوع الماضي",
        REF,
        span(D(2018, 3, 12), D(2018, 3, 18)),
        "Monday–Sunday of the previous ISO week",
        id="last-week",
    ),
    pytest.param(
        "الأسبوع الماضي",
        D(2018, 3, 18),
        span(D(2018, 3, 5), D(2018, 3, 11)),
        "a Sunday still belongs to its ISO week",
        id="last-week-from-sunday",
    ),
    pytest.param("آذار الجاري", REF, month(2018, 3), "this month", id="month-jari"),
    pytest.param(
        "13 من آذار الجاري", REF, day(2018, 3, 13), "a day of this month", id="day-month-jari"
    ),
    pytest.param(
        "من 28 شباط إلى 3 آذار 2018",
        D(2023, 6, 1),
        span(D(2018, 2, 28), D(2018, 3, 3)),
        "a range's start takes the year written at its end, whatever the reference",
        id="range-year-from-end",
    ),
    pytest.param(
        "نونبر الماضي", REF, month(2017, 11), "latest November before March", id="nonbr-madi"
    ),
    pytest.param(
        "نونبر الماضي",
        D(2018, 11, 5),
        month(2017, 11),
        "strictly before the reference month",
        id="nonbr-madi-same-month",
    ),
    pytest.param(
        "تشرين الثاني الماضي",
        D(2018, 12, 5),
        month(2018, 11),
        "the month just gone",
        id="tishrin-madi-december",
    ),
    pytest.param(
        "خلال الـ 24 ساعة الماضية",
        REF,
        span(D(2018, 3, 20), D(2018, 3, 21)),
        "a 24-hour period ending at publication (API example)",
        id="last-24-hours",
    ),
    pytest.param("قبل 3 أيام", REF, day(2018, 3, 18), "three days back", id="qabl-3"),
    pytest.param("قبل ثلاثة أيام", REF, day(2018, 3, 18), "in words", id="qabl-3w"),
    pytest.param("قبل ثلاثة أسابيع", REF, day(2018, 2, 28), "three weeks back", id="qabl-weeks"),
    pytest.param("قبل يومين", REF, day(2018, 3, 19), "dual: two days back", id="qabl-yawmayn"),
    pytest.param(
        "الأحد", REF, day(2018, 3, 18)._replace(relative="weekday"), "latest Sunday", id="sunday"
    ),
    pytest.param("الأربعاء", REF, day(2018, 3, 21), "the reference day included", id="same-day"),
    pytest.param(
        "الأحد الماضي", REF, day(2018, 3, 18), "strictly before: still the 18th", id="sunday-last"
    ),
    pytest.param(
        "الأربعاء الماضي", REF, day(2018, 3, 14), "strictly before the reference", id="wed-last"
    ),
    pytest.param("ليلة الأحد", REF, day(2018, 3, 18), "«ليلة» + weekday", id="layla"),
    pytest.param("يوم الثلاثاء", REF, day(2018, 3, 20), "«يوم» + weekday", id="yawm-weekday"),
    # yearless day + month: the reference's own month is now, another month goes to the past
    pytest.param("13 آذار", REF, day(2018, 3, 13), "a week before", id="yearless-recent"),
    pytest.param(
        "20 كانون الأول", REF, day(2017, 12, 20), "last December is nearer", id="yearless-dec"
    ),
    pytest.param(
        "18 أيلول", REF, day(2017, 9, 18), "September is after March: last one", id="yearless-ahead"
    ),
    pytest.param(
        "21 أيلول", REF, day(2017, 9, 21), "181 days back beats 184 ahead", id="yearless-back"
    ),
    pytest.param(
        "1 كانون الثاني",
        D(2020, 7, 2),
        day(2020, 1, 1),
        "January is before July: this one",
        id="yearless-tie",
    ),
    pytest.param(
        "1 كانون الثاني",
        D(2020, 7, 3),
        day(2020, 1, 1),
        "the past, not the nearest",
        id="yearless-next",
    ),
    # holidays: the latest on or before the reference (Rajab 1439): those of 1438
    pytest.param(
        "عيد الفطر",
        REF,
        hijri_day(REF_HIJRI_YEAR - 1, 10, 1)._replace(tolerance_days=UNSET),
        "1 Shawwal before the reference",
        id="eid-fitr",
    ),
    pytest.param(
        "ثاني أيام عيد الفطر",
        REF,
        hijri_day(REF_HIJRI_YEAR - 1, 10, 2)._replace(tolerance_days=UNSET, hijri=UNSET),
        "second day of the Eid",
        id="eid-fitr-2",
    ),
    pytest.param(
        "اليوم الثالث من عيد الفطر",
        REF,
        hijri_day(REF_HIJRI_YEAR - 1, 10, 3)._replace(tolerance_days=UNSET, hijri=UNSET),
        "the third day of the Eid, told with «اليوم … من»",
        id="eid-fitr-3-told-with-the-day",
    ),
    pytest.param(
        "عشية عيد الأضحى",
        REF,
        hijri_day(REF_HIJRI_YEAR - 1, 12, 9)._replace(tolerance_days=UNSET, hijri=UNSET),
        "the eve: 9 Dhu al-Hijja",
        id="eid-adha-eve",
    ),
    pytest.param(
        "يوم عرفة",
        REF,
        hijri_day(REF_HIJRI_YEAR - 1, 12, 9)._replace(tolerance_days=UNSET),
        "9 Dhu al-Hijja",
        id="arafa",
    ),
    pytest.param(
        "شهر رمضان", REF, hijri_month(REF_HIJRI_YEAR - 1, 9), "the last Ramadan", id="ramadan"
    ),
    pytest.param(
        "رمضان 2019",
        REF,
        hijri_month(1440, 9),
        "the Ramadan that begins in 2019",
        id="ramadan-2019",
    ),
]


@pytest.mark.parametrize(("text", "reference", "want", "reason"), RELATIVE)
def test_relative_dates(text: str, reference: D, want: Want, reason: str) -> None:
    assert_date(cp.parse_date(text, reference=reference), want, reason)


def test_ramadan_2019_matches_the_stated_span() -> None:
    # The brief's figures, recomputed: Ramadan 1440 ran 6 May – 3 June 2019.
    assert hijri_month(1440, 9)[:2] == (D(2019, 5, 6), D(2019, 6, 3))
    assert hijridate.Gregorian(2019, 5, 6).to_hijri().datetuple() == (1440, 9, 1)


WITHOUT_REFERENCE = [
    pytest.param("اليوم", unresolved(P.DAY, "today"), "no reference, no day", id="today"),
    pytest.param("أمس", unresolved(P.DAY, "yesterday"), "yesterday", id="yesterday"),
    pytest.param("أمس الأول", unresolved(P.DAY), "day before yesterday", id="ams-awwal"),
    pytest.param("غدا", unresolved(P.DAY), "tomorrow", id="ghadan"),
    pytest.param("الأحد", unresolved(P.DAY, "weekday"), "a weekday alone", id="weekday"),
    pytest.param("الأحد الماضي", unresolved(P.DAY, "weekday"), "last Sunday", id="sunday-last"),
    pytest.param("الشهر الماضي", unresolved(P.MONTH, "last_month"), "last month", id="last-month"),
    pytest.param("العام الماضي", unresolved(P.YEAR), "last year", id="last-year"),
    pytest.param("الأسبوع الماضي", unresolved(P.RANGE), "last week", id="last-week"),
    pytest.param("آذار الجاري", unresolved(P.MONTH, "month"), "this March", id="month-jari"),
    pytest.param("13 آذار", unresolved(P.DAY, "month"), "a yearless day", id="yearless"),
    pytest.param(
        "خلال الـ 24 ساعة الماضية",
        unresolved(P.RANGE, "last_hours"),
        "the last 24 hours",
        id="last-hours",
    ),
    pytest.param("قبل 3 أيام", unresolved(P.DAY, "days_ago"), "days ago", id="days-ago"),
    pytest.param("قبل يومين", unresolved(P.DAY, "days_ago"), "two days ago", id="two-days-ago"),
]


@pytest.mark.parametrize(("text", "want", "reason"), WITHOUT_REFERENCE)
def test_relative_dates_without_reference(text: str, want: Want, reason: str) -> None:
    assert_date(cp.parse_date(text), want, reason)
    found = cp.find_dates(text)
    assert [(m.start, m.end) for m in found] == [(0, len(text))], reason


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        pytest.param("شهر رمضان", "hijri_year", id="ramadan"),
        pytest.param("عيد الفطر", None, id="eid"),
    ],
)
def test_hijri_without_reference(text: str, relative: str | None) -> None:
    parsed = cp.parse_date(text)
    assert (parsed.start, parsed.end, parsed.calendar) == (None, None, C.HIJRI), parsed
    assert parsed.relative is not None
    if relative is not None:
        assert parsed.relative == relative


PARTS = [
    pytest.param("مطلع آذار 2018", "early", month(2018, 3), "start of a month", id="matla"),
    pytest.param("منتصف أيار 2017", "mid", month(2017, 5), "middle of a month", id="muntasaf"),
    pytest.param("أواخر نيسان 2016", "late", month(2016, 4), "end of a month", id="awakhir"),
    pytest.param("أواخر عام 2014", "late", year(2014), "end of a year", id="awakhir-aam"),
]


@pytest.mark.parametrize(("text", "part", "want", "reason"), PARTS)
def test_parts_keep_the_whole_period(text: str, part: str, want: Want, reason: str) -> None:
    assert_date(cp.parse_date(text), want._replace(part=part), reason)


# --- find_dates: spans in running text --------------------------------------------------

FOUND = [
    pytest.param(
        "أعلن الدفاع المدني انتشال جثث سبعة مدنيين يوم الثلاثاء 13 آذار 2018 من تحت الأنقاض",
        [("يوم الثلاثاء 13 آذار 2018", day(2018, 3, 13)._replace(agrees=True))],
        "«يوم» before a weekday is inside the span; the weekday sets agrees",
        id="yawm-weekday-inside",
    ),
    pytest.param(
        "شهد يوم 13 آذار 2018 تصعيدا عسكريا واسعا في ريف حماة",
        [("13 آذار 2018", day(2018, 3, 13))],
        "«يوم» before a bare day number stays outside",
        id="yawm-number-outside",
    ),
    pytest.param(
        "استهدف الطيران الحربي بلدة حزانو صباح يوم أمس",
        [("يوم أمس", day(2018, 3, 20))],
        "«صباح» outside, «يوم» before «أمس» inside",
        id="sabah-yawm-ams",
    ),
    pytest.param(
        "تجددت الاشتباكات مساء الأحد على أطراف مدينة دوما",
        [("الأحد", day(2018, 3, 18))],
        "«مساء» stays outside",
        id="masa-weekday",
    ),
    pytest.param(
        "قتل عنصران فجر اليوم بانفجار عبوة ناسفة في درعا",
        [("اليوم", day(2018, 3, 21))],
        "«فجر» stays outside",
        id="fajr-today",
    ),
    pytest.param(
        "شنت الطائرات غارات مكثفة ليلة الأحد على ريف إدلب الجنوبي",
        [("ليلة الأحد", day(2018, 3, 18))],
        "«ليلة» + weekday is one match",
        id="layla-weekday",
    ),
    pytest.param(
        "قال ناشطون إن اليوم الأربعاء شهد هدوءا حذرا على الجبهات",
        [("اليوم الأربعاء", day(2018, 3, 21)._replace(agrees=True))],
        "«اليوم» + weekday is one match",
        id="today-weekday",
    ),
    pytest.param(
        "وثّقت الشبكة مقتل 12 شخصا في 14 آذار / مارس 2018 بريف دمشق",
        [("14 آذار / مارس 2018", day(2018, 3, 14))],
        "a paired month is one match; «12» is not a date",
        id="paired-in-sentence",
    ),
    pytest.param(
        "أعلنت الفصائل في الـ 13 من آذار / مارس الجاري من العام 2017 بدء معركة جديدة",
        [("الـ 13 من آذار / مارس الجاري من العام 2017", day(2017, 3, 13))],
        "article, «من», pair, «الجاري» and a marked year: one match",
        id="al-13-long",
    ),
    pytest.param(
        "وصدر البيان يوم الجمعة 13 رجب 1439 هـ الموافق 30 آذار 2018 م في مدينة إدلب",
        [
            (
                "يوم الجمعة 13 رجب 1439 هـ",
                hijri_day(1439, 7, 13)._replace(agrees=True, tolerance_days=0),
            ),
            ("30 آذار 2018 م", day(2018, 3, 30)._replace(agrees=True)),
        ],
        "a Hijri date and its Gregorian twin: two matches that confirm each other",
        id="twin-agrees",
    ),
    pytest.param(
        "نشر البيان في 13 رجب 1439 هـ الموافق 31 آذار 2018 م",
        [
            ("13 رجب 1439 هـ", hijri_day(1439, 7, 13)._replace(agrees=False, hijri=UNSET)),
            ("31 آذار 2018 م", day(2018, 3, 31)._replace(agrees=False)),
        ],
        "the twin is a day off Umm al-Qura: both kept, both say they disagree",
        id="twin-disagrees",
    ),
    pytest.param(
        "نزح آلاف المدنيين بين 10 و15 آذار 2018 من الغوطة الشرقية",
        [("بين 10 و15 آذار 2018", span(D(2018, 3, 10), D(2018, 3, 15)))],
        "«بين … و…» is one range",
        id="range-bayna",
    ),
    pytest.param(
        "نزح آلاف المدنيين من 10 إلى 15 آذار 2018 نحو عفرين",
        [("من 10 إلى 15 آذار 2018", span(D(2018, 3, 10), D(2018, 3, 15)))],
        "«من … إلى …» is one range",
        id="range-min-ila",
    ),
    pytest.param(
        "قتل أربعة مدنيين في 10-15 آذار 2018 بقصف متقطع",
        [("10-15 آذار 2018", span(D(2018, 3, 10), D(2018, 3, 15)))],
        "a dash between days",
        id="range-dash",
    ),
    pytest.param(
        "تراجعت حدة القصف خلال آذار - نيسان 2018 بشكل ملحوظ",
        [("آذار - نيسان 2018", span(D(2018, 3, 1), D(2018, 4, 30)))],
        "two months, one year",
        id="range-months",
    ),
    pytest.param(
        "وثّق المرصد مقتل 20 مدنيا خلال الـ 24 ساعة الماضية في الغوطة",
        [("خلال الـ 24 ساعة الماضية", span(D(2018, 3, 20), D(2018, 3, 21)))],
        "the last 24 hours; «20» is a count",
        id="last-24-hours",
    ),
    pytest.param(
        "انسحبت القوات من البلدة قبل 3 أيام بعد معارك عنيفة",
        [("قبل 3 أيام", day(2018, 3, 18))],
        "days ago",
        id="qabl",
    ),
    pytest.param(
        "قتل 3 مدنيين في 2 أيار 2018 ثم قتل 4 آخرون في 5 حزيران 2018",
        [("2 أيار 2018", day(2018, 5, 2)), ("5 حزيران 2018", day(2018, 6, 5))],
        "two dates in order; the counts are not dates",
        id="two-dates",
    ),
    pytest.param(
        "أفادت السلطات المغربية يوم 5 نونبر 2019 بتفكيك خلية إرهابية",
        [("5 نونبر 2019", day(2019, 11, 5))],
        "Moroccan month name",
        id="moroccan",
    ),
    pytest.param(
        "أعلنت وزارة الدفاع في 4 جويلية 2015 عن القضاء على ثلاثة إرهابيين",
        [("4 جويلية 2015", day(2015, 7, 4))],
        "Maghrebi month name",
        id="maghrebi",
    ),
    pytest.param(
        "قتل خمسة مدنيين يوم 13/3/2018 في قصف على دوما",
        [("13/3/2018", day(2018, 3, 13))],
        "numeric date in a sentence",
        id="numeric",
    ),
    pytest.param(
        "نشرت الوكالة تقريرها بتاريخ April 28, 2018 حول الهجوم",
        [("April 28, 2018", day(2018, 4, 28))],
        "Latin-script date inside Arabic text",
        id="latin-mdy",
    ),
    pytest.param(
        "وفي 4th, November 2023 تعرض المستشفى الميداني للقصف",
        [("4th, November 2023", day(2023, 11, 4))],
        "Latin ordinal day inside Arabic text",
        id="latin-dmy",
    ),
    pytest.param(
        "ارتفعت حصيلة القتلى إلى 4 في آذار 2018 بحسب الدفاع المدني",
        [("آذار 2018", month(2018, 3))],
        "a count before «في» is not a day of the month (days take «من», not «في»)",
        id="count-fi-month",
    ),
    pytest.param(
        "قتل 4 في رمضان 1439 هـ بقصف على السوق",
        [("رمضان 1439 هـ", hijri_month(1439, 9))],
        "a count before «في» and a Hijri month",
        id="count-fi-hijri-month",
    ),
    pytest.param(
        "\u200fقتل ٣ مدنيين في ١٣ آذار ٢٠١٨\u200f بحسب المرصد",
        [("١٣ آذار ٢٠١٨", day(2018, 3, 13))],
        "offsets index the original string, bidi marks included",
        id="bidi-offsets",
    ),
    pytest.param(
        "قُتِلَ مدنيٌّ في ١٣ آذار ٢٠١٨ بقصفٍ مدفعيّ",
        [("١٣ آذار ٢٠١٨", day(2018, 3, 13))],
        "harakat before the date do not shift the span",
        id="harakat-offsets",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), FOUND)
def test_found_in_sentences(text: str, expected: list[tuple[str, Want]], reason: str) -> None:
    found = cp.find_dates(text, reference=REF)
    assert [m.text for m in found] == [phrase for phrase, _ in expected], reason
    cursor = 0
    for match, (phrase, want) in zip(found, expected, strict=True):
        start = text.index(phrase, cursor)
        assert (match.start, match.end) == (start, start + len(phrase)), reason
        assert text[match.start : match.end] == match.text
        assert_date(match.value, want, reason)
        cursor = match.end


# --- negatives: find nothing, and parse_date refuses ---------------------------------------

NOT_DATES = [
    pytest.param("5400", "a count", id="count"),
    pytest.param("2.9%", "a percentage", id="percent"),
    pytest.param("نحو 100", "an approximate count", id="approx"),
    pytest.param("24 ساعة", "a duration", id="hours"),
    pytest.param("الساعة 10", "a clock time", id="clock"),
    pytest.param("0933123456", "a phone number", id="phone"),
    pytest.param("20", "a bare number up to 31 is not a day", id="bare-20"),
    pytest.param("2017", "a bare year is not a date", id="bare-year"),
    pytest.param("٢٠١٨", "a bare year in Arabic-Indic digits", id="bare-year-indic"),
    pytest.param("لمدة 3 أيام", "«for 3 days» is a duration", id="lemuddat"),
    pytest.param("منذ 3 أيام", "«منذ» may say how long: its count is a number", id="mundhu-3"),
    pytest.param("منذ ثلاثة أيام", "«منذ» with a count in words", id="mundhu-3w"),
    pytest.param("منذ يومين", "«منذ» with a dual", id="mundhu-dual"),
    pytest.param("قبل أسابيع", "«قبل أسابيع» is vague: no count", id="qabl-weeks-vague"),
    pytest.param("خلال 24 ساعة", "«within 24 hours» without «الماضية»", id="within-24"),
    pytest.param("مارس الضغط", "«مارس» as a verb", id="maris-verb"),
    pytest.param("عام", "«عام» alone", id="aam-alone"),
    pytest.param("بشكل عام3200 كم²", "a figure after «عام» past 2100", id="aam-figure"),
    pytest.param("في اليوم الـ444 من الحرب", "a day counted in a war", id="war-day-count"),
    pytest.param("في اليوم الـ 444 من الحرب", "spaced after the article", id="war-day-spaced"),
    pytest.param("في عام 3200", "no year past 2100 without a calendar", id="aam-far-future"),
    pytest.param("31 شباط 2018", "no such day", id="feb-31"),
    pytest.param("30/2/2018", "no such day, numeric", id="feb-30-numeric"),
    pytest.param("13/13/2018", "no month 13", id="month-13"),
]


@pytest.mark.parametrize(("text", "reason"), NOT_DATES)
def test_not_dates(text: str, reason: str) -> None:
    assert cp.find_dates(text, reference=REF) == [], reason
    assert cp.find_dates(text) == [], reason
    with pytest.raises(cp.DateParseError):
        cp.parse_date(text, reference=REF)


NO_DATES_IN = [
    pytest.param("أسفرت الغارات عن مقتل 5400 شخص منذ بداية الحملة", "a count", id="count"),
    pytest.param(
        "ارتفعت نسبة الدمار إلى 2.9% خلال الربع الأول", "percentage, «الأول»", id="percent"
    ),
    pytest.param("قتل نحو 100 عنصر من قوات النظام", "approximate count", id="approx"),
    pytest.param("استمرت المعارك 24 ساعة متواصلة", "a duration", id="hours"),
    pytest.param("بدأ القصف عند الساعة 10 صباحا", "a clock time", id="clock"),
    pytest.param("للاستفسار يرجى الاتصال على الرقم 0933123456", "a phone number", id="phone"),
    pytest.param("قتل 20 عنصرا في الهجوم", "a count up to 31", id="count-20"),
    pytest.param("فرضت السلطات حظر تجول لمدة 3 أيام", "a duration", id="lemuddat"),
    pytest.param("قتل 3 أشخاص خلال 24 ساعة", "«خلال 24 ساعة» is a duration", id="within"),
    pytest.param("مارس الجيش ضغوطا كبيرة على الفصائل", "«مارس» the verb", id="maris-verb"),
    pytest.param("يسود هدوء عام في المنطقة", "«عام» as «general»", id="aam-general"),
    pytest.param("تحسن الوضع الأمني بشكل عام", "«بشكل عام»", id="bi-shakl-aam"),
    pytest.param("بلغ عدد الضحايا 2017 شخصا", "a count that looks like a year", id="count-2017"),
    pytest.param("قصفت الطائرات 12 موقعا في 3 بلدات", "two counts", id="counts"),
]


@pytest.mark.parametrize(("text", "reason"), NO_DATES_IN)
def test_no_dates_in_sentences(text: str, reason: str) -> None:
    assert cp.find_dates(text, reference=REF) == [], reason


# --- parse_date errors: where the fault is ------------------------------------------------

ERRORS = [
    pytest.param("", 0, "empty text", id="empty"),
    pytest.param("   ", 0, "only spaces", id="spaces"),
    pytest.param("نحو 100", 0, "not a date at all", id="not-a-date"),
    pytest.param("قتل 13 آذار 2018", 0, "text before the date", id="before"),
    pytest.param("13 آذار 2018 في حلب", 13, "text after the date: at «في»", id="after"),
    pytest.param(
        "\u200f13 آذار 2018 في حلب", 14, "a leading RLM shifts the original offset", id="rlm"
    ),
    pytest.param(
        "13 آذار 2018 و 14 نيسان 2018", 15, "two dates: at the second one", id="two-dates"
    ),
]


@pytest.mark.parametrize(("text", "position", "reason"), ERRORS)
def test_parse_date_errors(text: str, position: int, reason: str) -> None:
    with pytest.raises(cp.DateParseError) as caught:
        cp.parse_date(text)
    error = caught.value
    assert isinstance(error, cp.ParseError)
    assert isinstance(error, ValueError)
    assert error.text == text
    assert error.position == position, f"{reason}: {error}"


def test_parse_date_allows_surrounding_whitespace() -> None:
    assert_date(cp.parse_date("  13 آذار 2018\n"), day(2018, 3, 13), "whitespace around")


def test_parse_date_rejects_day_with_yawm_outside_the_span() -> None:
    # «يوم» before a bare day number is not part of the date, so it is text before it.
    with pytest.raises(cp.DateParseError) as caught:
        cp.parse_date("يوم 13 آذار 2018")
    assert caught.value.position == 0


# --- readings that follow from the conventions by analogy ---------------------------------

ANALOGIES = [
    pytest.param(
        "1436 هـ",
        REF,
        hijri_year(1436),
        "a year with its calendar suffix is marked, unlike a bare «2017»",
        id="suffixed-hijri-year",
    ),
    pytest.param(
        "٢٠٢٤م",
        REF,
        year(2024),
        "a year with «م» is marked, unlike a bare «2017»",
        id="suffixed-gregorian-year",
    ),
    pytest.param(
        "رمضان الماضي",
        REF,
        hijri_month(REF_HIJRI_YEAR - 1, 9),
        "like «نونبر الماضي»: the latest Ramadan strictly before the reference (Rajab 1439)",
        id="ramadan-last",
    ),
]


@pytest.mark.parametrize(("text", "reference", "want", "reason"), ANALOGIES)
def test_readings_by_analogy(text: str, reference: D, want: Want, reason: str) -> None:
    assert_date(cp.parse_date(text, reference=reference), want, reason)


def test_first_half_of_a_month_is_not_its_first_day() -> None:
    # «النصف الأول من آذار» is the first half of March; reading «الأول من آذار» in it
    # as 1 March states a day the text never gave.
    found = cp.find_dates("تصاعد القصف في النصف الأول من آذار 2018", reference=REF)
    assert all(m.value.precision is not P.DAY for m in found), found


# --- Gregorian holidays («holidays.gregorian» and «easter» in data/dates.toml) -------------

# Known dates of Western Easter, typed in rather than computed with the library's helper.
EASTER = {2018: D(2018, 4, 1), 2019: D(2019, 4, 21), 2024: D(2024, 3, 31)}
AFTER_CHRISTMAS = D(2018, 12, 28)  # a reference a few days after Christmas 2018
AFTER_NEW_YEAR = D(2019, 1, 3)
AFTER_EASTER = D(2018, 4, 5)


def holiday(y: int, m: int, d: int) -> Want:
    """A Gregorian holiday without a written year: a day resolved from the reference."""
    return day(y, m, d)._replace(relative="holiday", tolerance_days=0, hijri=None)


def dated_holiday(first: D) -> Want:
    """A Gregorian holiday with its year written: an absolute day."""
    return Want(first, first, P.DAY, relative=None, tolerance_days=0, hijri=None)


GREGORIAN_HOLIDAYS = [
    # every form of the two fixed holidays and of Easter, in the reference's year
    pytest.param("عيد الميلاد", AFTER_CHRISTMAS, holiday(2018, 12, 25), "Christmas", id="milad"),
    pytest.param(
        "عيد الميلاد المجيد", AFTER_CHRISTMAS, holiday(2018, 12, 25), "with «المجيد»", id="majid"
    ),
    pytest.param("الكريسماس", AFTER_CHRISTMAS, holiday(2018, 12, 25), "loanword", id="al-xmas"),
    pytest.param("كريسماس", AFTER_CHRISTMAS, holiday(2018, 12, 25), "no article", id="xmas"),
    pytest.param(
        "رأس السنة الميلادية", AFTER_NEW_YEAR, holiday(2019, 1, 1), "New Year's Day", id="new-year"
    ),
    pytest.param("عيد الفصح", AFTER_EASTER, holiday(2018, 4, 1), "Easter 2018", id="easter"),
    pytest.param(
        "عيد الفصح المجيد", D(2019, 4, 30), holiday(2019, 4, 21), "Easter 2019", id="easter-majid"
    ),
    # the day words and the eve
    pytest.param(
        "عشية عيد الميلاد", AFTER_CHRISTMAS, holiday(2018, 12, 24), "Christmas Eve", id="eve"
    ),
    pytest.param(
        "ليلة عيد الميلاد", AFTER_CHRISTMAS, holiday(2018, 12, 24), "«ليلة»: the eve", id="layla"
    ),
    pytest.param(
        "ثاني أيام عيد الميلاد", AFTER_CHRISTMAS, holiday(2018, 12, 26), "second day", id="day-2"
    ),
    pytest.param(
        "أول أيام عيد الميلاد", AFTER_CHRISTMAS, holiday(2018, 12, 25), "first day", id="day-1"
    ),
    pytest.param(
        "ليلة رأس السنة الميلادية",
        AFTER_NEW_YEAR,
        holiday(2018, 12, 31),
        "New Year's Eve is in the year before",
        id="new-years-eve",
    ),
    pytest.param(
        "ثاني أيام عيد الفصح", AFTER_EASTER, holiday(2018, 4, 2), "Easter Monday", id="easter-2"
    ),
    # a written year wins over the reference
    pytest.param(
        "عيد الميلاد 2016", AFTER_CHRISTMAS, dated_holiday(D(2016, 12, 25)), "year", id="year"
    ),
    pytest.param(
        "عيد الميلاد عام 2017",
        AFTER_CHRISTMAS,
        dated_holiday(D(2017, 12, 25)),
        "year marked with «عام»",
        id="year-aam",
    ),
    pytest.param(
        "عيد الميلاد ٢٠١٧",
        AFTER_CHRISTMAS,
        dated_holiday(D(2017, 12, 25)),
        "Indic",
        id="year-indic",
    ),
    pytest.param(
        "رأس السنة الميلادية 2019",
        AFTER_CHRISTMAS,
        dated_holiday(D(2019, 1, 1)),
        "the coming New Year, written",
        id="new-year-2019",
    ),
    pytest.param(
        "عيد الفصح 2019",
        AFTER_EASTER,
        dated_holiday(EASTER[2019]),
        "moving feast",
        id="easter-2019",
    ),
    pytest.param(
        "عيد الفصح ٢٠٢٤", AFTER_EASTER, dated_holiday(EASTER[2024]), "Easter in March", id="e-2024"
    ),
]


@pytest.mark.parametrize(("text", "reference", "want", "reason"), GREGORIAN_HOLIDAYS)
def test_gregorian_holidays(text: str, reference: D, want: Want, reason: str) -> None:
    assert_date(cp.parse_date(text, reference=reference), want, reason)
    (match,) = cp.find_dates(text, reference=reference)
    assert (match.start, match.end, match.text) == (0, len(text), text), reason
    assert match.value == cp.parse_date(text, reference=reference)


def test_easter_table_is_right() -> None:
    # Easter Sunday is a Sunday after the spring equinox.
    assert all(
        sunday.weekday() == 6 and (sunday.month, sunday.day) >= (3, 22)
        for sunday in EASTER.values()
    )


@pytest.mark.parametrize(
    "text", ["عيد الميلاد", "الكريسماس", "رأس السنة الميلادية", "عيد الفصح", "عشية عيد الميلاد"]
)
def test_gregorian_holiday_without_reference_is_unresolved(text: str) -> None:
    parsed = cp.parse_date(text)
    assert (parsed.start, parsed.end) == (None, None), parsed
    assert (parsed.precision, parsed.calendar, parsed.relative) == (P.DAY, C.GREGORIAN, "holiday")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قصفت الطائرات البلدة ليلة عيد الميلاد وقتل 3 مدنيين",
            ("ليلة عيد الميلاد", D(2018, 12, 24)),
            id="eve-in-sentence",
        ),
        pytest.param(
            "ساد هدوء حذر بعيد الميلاد في المدينة",
            ("عيد الميلاد", D(2018, 12, 25)),
            id="proclitic-outside",
        ),
        pytest.param(
            "ألغيت احتفالات الكريسماس بسبب القصف",
            ("الكريسماس", D(2018, 12, 25)),
            id="loanword-in-sentence",
        ),
        pytest.param(
            "منذ رأس السنة الميلادية قتل 40 شخصا في المحافظة",
            ("رأس السنة الميلادية", D(2018, 1, 1)),
            id="since-new-year",
        ),
        pytest.param(
            "تعطلت الدوائر في عيد الميلاد المجيد 2016 بعد الهجوم",
            ("عيد الميلاد المجيد 2016", D(2016, 12, 25)),
            id="year-in-sentence",
        ),
    ],
)
def test_gregorian_holidays_in_sentences(text: str, expected: tuple[str, D]) -> None:
    reference = D(2018, 12, 28)
    (match,) = cp.find_dates(text, reference=reference)
    phrase, first = expected
    assert (match.start, match.end, match.text) == (
        text.index(phrase),
        text.index(phrase) + len(phrase),
        phrase,
    )
    assert (match.value.start, match.value.end, match.value.precision) == (first, first, P.DAY)
    # the year of a dated holiday belongs to the date, not to the numbers
    assert all(m.end <= match.start or m.start >= match.end for m in cp.find_numbers(text))


def test_christmas_resolves_like_its_day_and_month() -> None:
    assert cp.parse_date("25 كانون الأول", reference=REF).start == D(2017, 12, 25)
    assert cp.parse_date("عيد الميلاد", reference=REF).start == D(2017, 12, 25)


def test_last_christmas_is_in_the_past() -> None:
    assert_date(
        cp.parse_date("عيد الميلاد الماضي", reference=REF),
        day(2017, 12, 25),
        "the latest Christmas strictly before the reference",
    )
