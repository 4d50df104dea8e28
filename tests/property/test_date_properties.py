"""Invariants of ``parse_date`` and ``find_dates`` over generated text.

Expected values come from the standard library (Gregorian) and from ``hijridate``
(Umm al-Qura), never from the code under test.
"""

from __future__ import annotations

import calendar
import datetime

import hijridate
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import conflictparse as cp
from tests.property.date_strategies import (
    FAMILIES,
    HIJRI_MONTHS,
    LEVANTINE,
    gregorian_day_phrases,
    hijri_day_phrases,
    hijri_to_gregorian,
    month_names,
    noisy_dated_text,
    numeric_day_phrases,
    references,
)
from tests.property.strategies import to_script

D = datetime.date
ONE_DAY = datetime.timedelta(days=1)
PARTS = (None, "early", "mid", "late")
WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")

# --- the strategies themselves: a wrong table here would be a test bug ---------------


def test_every_family_names_twelve_months() -> None:
    for family, months in FAMILIES.items():
        assert len(months) == 12, family
        assert all(months), family
    assert len(HIJRI_MONTHS) == 12


@given(st.integers(1, 12), st.data())
def test_month_names_contain_a_name_of_that_month(month: int, data: st.DataObject) -> None:
    written = data.draw(month_names(month))
    names = {name for months in FAMILIES.values() for name in months[month - 1]}
    assert any(name in written for name in names), written


def test_hijri_to_gregorian_matches_the_guide_example() -> None:
    # API.md: «13 رجب 1439 هـ» is 30 March 2018 (Friday); Umm al-Qura must say the same.
    assert hijri_to_gregorian(1439, 7, 13) == D(2018, 3, 30)


# --- (1) Gregorian days in every family, pairs and digit scripts round-trip ----------


@settings(max_examples=300)
@given(gregorian_day_phrases())
@example((D(2018, 3, 13), "13 آذار / مارس 2018"))
@example((D(2017, 10, 5), "5 أكتوبر تشرين الأول 2017"))
@example((D(2024, 5, 1), "١ ماي ٢٠٢٤"))
@example((D(1999, 8, 31), "۳۱ غشت ۱۹۹۹"))
def test_gregorian_day_parses_back(pair: tuple[D, str]) -> None:
    day, text = pair
    parsed = cp.parse_date(text)
    assert (parsed.start, parsed.end, parsed.precision) == (day, day, cp.Precision.DAY), text
    assert parsed.calendar is cp.Calendar.GREGORIAN, text


@settings(max_examples=150)
@given(gregorian_day_phrases())
def test_gregorian_day_found_whole_in_a_sentence(pair: tuple[D, str]) -> None:
    day, phrase = pair
    prefix = "وأفاد المرصد بأن الغارات استهدفت البلدة في "
    text = prefix + phrase + " وأوقعت أضرارا كبيرة"
    found = [(m.start, m.end, m.value.start, m.value.end) for m in cp.find_dates(text)]
    assert found == [(len(prefix), len(prefix) + len(phrase), day, day)], text


@settings(max_examples=150)
@given(st.integers(1950, 2060), st.integers(1, 12), st.data())
def test_month_and_year_is_the_whole_month(year: int, month: int, data: st.DataObject) -> None:
    name = data.draw(month_names(month))
    script = data.draw(st.sampled_from(("ascii", "arabic", "persian")))
    text = f"{name} {to_script(str(year), script)}"
    parsed = cp.parse_date(text)
    last = calendar.monthrange(year, month)[1]
    assert (parsed.start, parsed.end, parsed.precision) == (
        D(year, month, 1),
        D(year, month, last),
        cp.Precision.MONTH,
    ), text


@settings(max_examples=200)
@given(numeric_day_phrases())
@example((D(2018, 3, 13), "13-03-2018"))
@example((D(2018, 3, 4), "4/3/2018"))
def test_numeric_day_first_parses_back(pair: tuple[D, str]) -> None:
    day, text = pair
    parsed = cp.parse_date(text)
    assert (parsed.start, parsed.end, parsed.precision) == (day, day, cp.Precision.DAY), text


# --- (2) Hijri days convert as hijridate says -------------------------------------------


@settings(max_examples=300)
@given(hijri_day_phrases())
@example(((1439, 7, 13), "13 رجب 1439 هـ"))
@example(((1500, 12, 1), "1 ذي الحجة 1500 هـ"))
@example(((1356, 1, 1), "1 محرم 1356 هـ"))
def test_hijri_day_converts_by_umm_al_qura(pair: tuple[tuple[int, int, int], str]) -> None:
    (year, month, day), text = pair
    expected = hijri_to_gregorian(year, month, day)
    parsed = cp.parse_date(text)
    assert (parsed.start, parsed.end, parsed.precision) == (
        expected,
        expected,
        cp.Precision.DAY,
    ), text
    assert parsed.calendar is cp.Calendar.HIJRI, text
    assert parsed.tolerance_days == 1, f"an unconfirmed Hijri day is ±1: {text}"
    assert parsed.hijri == (year, month, day), text


@settings(max_examples=100)
@given(st.integers(1356, 1499), st.integers(1, 12), st.data())
def test_hijri_month_spans_the_whole_month(year: int, month: int, data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(HIJRI_MONTHS[month - 1]))
    text = f"{name} {year} هـ"
    first = hijri_to_gregorian(year, month, 1)
    length = hijridate.Hijri(year, month, 1).month_length()
    parsed = cp.parse_date(text)
    assert (parsed.start, parsed.end, parsed.precision) == (
        first,
        first + datetime.timedelta(days=length - 1),
        cp.Precision.MONTH,
    ), text


# --- relative dates against any reference -------------------------------------------------


@given(references())
def test_yesterday_and_today_follow_the_reference(reference: D) -> None:
    for text, offset in (("اليوم", 0), ("أمس", -1), ("أمس الأول", -2), ("غدا", 1)):
        parsed = cp.parse_date(text, reference=reference)
        expected = reference + datetime.timedelta(days=offset)
        assert (parsed.start, parsed.end) == (expected, expected), text


@given(references(), st.integers(3, 10), st.booleans())
def test_days_ago(reference: D, days: int, weeks: bool) -> None:
    unit = "أسابيع" if weeks else "أيام"
    parsed = cp.parse_date(f"قبل {days} {unit}", reference=reference)
    expected = reference - datetime.timedelta(days=days * (7 if weeks else 1))
    assert (parsed.start, parsed.end, parsed.precision) == (expected, expected, cp.Precision.DAY)


@given(references(), st.integers(0, 6))
def test_weekday_is_the_most_recent_one(reference: D, weekday: int) -> None:
    parsed = cp.parse_date(WEEKDAYS[weekday], reference=reference)
    assert parsed.start is not None
    assert parsed.start == parsed.end
    assert parsed.start.weekday() == weekday
    assert reference - 6 * ONE_DAY <= parsed.start <= reference, "the reference day included"


@given(references(), st.integers(0, 6))
def test_last_weekday_is_strictly_before(reference: D, weekday: int) -> None:
    parsed = cp.parse_date(WEEKDAYS[weekday] + " الماضي", reference=reference)
    assert parsed.start is not None
    assert parsed.start.weekday() == weekday
    assert reference - 7 * ONE_DAY <= parsed.start <= reference - ONE_DAY


@given(references())
def test_last_week_is_the_previous_iso_week(reference: D) -> None:
    parsed = cp.parse_date("الأسبوع الماضي", reference=reference)
    this_monday = reference - reference.weekday() * ONE_DAY
    assert (parsed.start, parsed.end, parsed.precision) == (
        this_monday - 7 * ONE_DAY,
        this_monday - ONE_DAY,
        cp.Precision.RANGE,
    )


@given(references())
def test_last_month_is_the_whole_previous_month(reference: D) -> None:
    parsed = cp.parse_date("الشهر الماضي", reference=reference)
    last_day = reference.replace(day=1) - ONE_DAY
    assert (parsed.start, parsed.end, parsed.precision) == (
        last_day.replace(day=1),
        last_day,
        cp.Precision.MONTH,
    )


@given(references(), st.integers(1, 12))
def test_named_month_last_is_strictly_before_the_reference_month(reference: D, month: int) -> None:
    parsed = cp.parse_date(LEVANTINE[month - 1][0] + " الماضي", reference=reference)
    year = reference.year if month < reference.month else reference.year - 1
    assert (parsed.start, parsed.precision) == (D(year, month, 1), cp.Precision.MONTH)


# --- (3), (4) find_dates is total and its matches are well formed -------------------------


def assert_well_formed(
    text: str, matches: list[cp.Match[cp.ParsedDate]], reference: D | None
) -> None:
    previous_end = 0
    for m in matches:
        assert 0 <= previous_end <= m.start < m.end <= len(text), (m, previous_end)
        assert text[m.start : m.end] == m.text
        date = m.value
        assert isinstance(date, cp.ParsedDate)
        assert isinstance(date.precision, cp.Precision)
        assert isinstance(date.calendar, cp.Calendar)
        assert date.part in PARTS
        assert date.tolerance_days in (0, 1)
        assert date.agrees in (None, True, False)
        assert (date.start is None) == (date.end is None), date
        if date.start is not None and date.end is not None:
            assert date.start <= date.end, date
            if date.precision is cp.Precision.DAY:
                assert date.start == date.end, date
        else:
            # API.md: None only for a relative expression read without a reference.
            assert reference is None, f"unresolved with a reference: {m}"
            assert date.relative is not None, f"unresolved but not relative: {m}"
        previous_end = m.end


@settings(max_examples=300)
@given(st.text(), st.one_of(st.none(), references()))
@example("", None)
@example("\u200f\u0640", None)
@example("١٣/٣/٢٠١٨\u200f", D(2018, 3, 21))
def test_find_dates_total_on_any_text(text: str, reference: D | None) -> None:
    assert_well_formed(text, cp.find_dates(text, reference=reference), reference)


@settings(max_examples=300)
@given(noisy_dated_text(), st.one_of(st.none(), references()))
@example("قتل ٣ مدنيين في 31 شباط 2018 بقصف", None)
@example("قتل ٣ مدنيين في 31 شباط 2018 بقصف", D(2018, 3, 21))
def test_find_dates_well_formed_on_noisy_text(text: str, reference: D | None) -> None:
    assert_well_formed(text, cp.find_dates(text, reference=reference), reference)


@settings(max_examples=100)
@given(st.lists(gregorian_day_phrases(), min_size=1, max_size=4))
def test_several_dates_found_in_order(pairs: list[tuple[D, str]]) -> None:
    pieces = ["قصفت الطائرات المدينة في"]
    for index, (_, phrase) in enumerate(pairs):
        pieces.append(phrase)
        pieces.append("ثم عادت" if index < len(pairs) - 1 else "بحسب ناشطين")
    text = " ".join(pieces)
    found = cp.find_dates(text)
    assert [(m.text, m.value.start) for m in found] == [(p, d) for d, p in pairs], text


# --- (5) parse_date returns or raises DateParseError with a position in the text -----


def parse_or_error(text: str, reference: D | None) -> cp.ParsedDate | cp.DateParseError:
    """parse_date's answer, or the DateParseError it raised (any other exception escapes)."""
    try:
        return cp.parse_date(text, reference=reference)
    except cp.DateParseError as error:
        return error


def check_parse_date(text: str, reference: D | None) -> None:
    outcome = parse_or_error(text, reference)
    if isinstance(outcome, cp.DateParseError):
        assert isinstance(outcome, cp.ParseError)
        assert isinstance(outcome, ValueError)
        assert outcome.text == text
        assert 0 <= outcome.position <= len(text), (outcome.position, len(text))
        str(outcome)  # the caret rendering must not fail either
        return
    assert isinstance(outcome, cp.ParsedDate)
    found = cp.find_dates(text, reference=reference)
    assert [m.value for m in found] == [outcome], "parse_date reads exactly one date"


@settings(max_examples=300)
@given(st.text(), st.one_of(st.none(), references()))
@example("", None)
@example("   ", None)
@example("قتل 13 آذار 2018", None)
@example("13 آذار 2018 قتل", None)
def test_parse_date_returns_or_raises_with_position(text: str, reference: D | None) -> None:
    check_parse_date(text, reference)


@settings(max_examples=200)
@given(noisy_dated_text(), st.one_of(st.none(), references()))
def test_parse_date_on_noisy_text(text: str, reference: D | None) -> None:
    check_parse_date(text, reference)


@pytest.mark.parametrize("script", ["ascii", "arabic", "persian"])
def test_bare_years_are_never_dates(script: str) -> None:
    for year in (1950, 1999, 2017, 2060, 1439):
        text = to_script(str(year), script)
        assert cp.find_dates(text) == [], text
        with pytest.raises(cp.DateParseError):
            cp.parse_date(text)


# --- impossible days and day ranges ----------------------------------------------------------


@settings(max_examples=100)
@given(st.integers(1950, 2060), st.integers(1, 12), st.integers(29, 31), st.data())
def test_impossible_days_are_not_dates(
    year: int, month: int, day: int, data: st.DataObject
) -> None:
    if day <= calendar.monthrange(year, month)[1]:
        return  # a real day: covered by test_gregorian_day_parses_back
    text = f"{day} {data.draw(month_names(month))} {year}"
    # API.md: start/end are None only for a relative expression without a reference.
    assert cp.find_dates(text, reference=D(2018, 3, 21)) == [], text
    with pytest.raises(cp.DateParseError):
        cp.parse_date(text)


@pytest.mark.parametrize(
    "form",
    [
        pytest.param("بين {} و{}", id="bayna-wa"),
        pytest.param("بين {} و {}", id="bayna-wa-spaced"),
        pytest.param("من {} إلى {}", id="min-ila"),
        pytest.param("{}-{}", id="dash"),
    ],
)
@settings(max_examples=50)
@given(st.integers(1950, 2060), st.integers(1, 12), st.data())
def test_day_ranges_in_one_month(form: str, year: int, month: int, data: st.DataObject) -> None:
    last = calendar.monthrange(year, month)[1]
    first_day = data.draw(st.integers(1, last - 1))
    last_day = data.draw(st.integers(first_day + 1, last))
    text = f"{form.format(first_day, last_day)} {data.draw(month_names(month))} {year}"
    parsed = cp.parse_date(text)
    assert (parsed.start, parsed.end, parsed.precision) == (
        D(year, month, first_day),
        D(year, month, last_day),
        cp.Precision.RANGE,
    ), text
