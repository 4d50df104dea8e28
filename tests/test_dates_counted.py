"""Dates counted from the reference or placed in a week (issue 11): the days of a named week,
a weekday ranked in the reference's month, the rest of a period, the days ahead, offsets that
«من الآن» closes, months and years ago, and a range written as two full dates.

Every sentence is written for this file.  Each case checks the resolved start and end and the
span of the match in the original text.
"""

from __future__ import annotations

import datetime

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

import conflictparse as cp

D = datetime.date
TUE = D(2019, 3, 12)  # Tuesday 12 March 2019: its week runs Monday 11 to Sunday 17 March


def one(text: str, phrase: str, reference: D | None = TUE, prefer: str = "past") -> cp.ParsedDate:
    """The one date of ``text``, whose span must be ``phrase``."""
    found = cp.find_dates(text, reference=reference, prefer=prefer)
    assert [m.text for m in found] == [phrase]
    (match,) = found
    assert (match.start, match.end) == (text.index(phrase), text.index(phrase) + len(phrase))
    return match.value


Case = tuple[str, str, D, D, str]

COUNTED: list[Case] = [
    # (text, phrase, start, end, relative): against Tuesday 12 March 2019
    # the days of a week named by its place
    (
        "تعقد الجولة الأسبوع المقبل يوم الجمعة",
        "الأسبوع المقبل يوم الجمعة",
        D(2019, 3, 22),
        D(2019, 3, 22),
        "weekday",
    ),
    (
        "دخلت القافلة الأسبوع الماضي الأحد",
        "الأسبوع الماضي الأحد",
        D(2019, 3, 10),
        D(2019, 3, 10),
        "weekday",
    ),
    (
        "تتواصل الجلسات هذا الأسبوع من الثلاثاء إلى الخميس",
        "هذا الأسبوع من الثلاثاء إلى الخميس",
        D(2019, 3, 12),
        D(2019, 3, 14),
        "weekday",
    ),
    (
        "هدأت الجبهات الأسبوع الماضي بين الجمعة والأحد",
        "الأسبوع الماضي بين الجمعة والأحد",
        D(2019, 3, 8),
        D(2019, 3, 10),
        "weekday",
    ),
    # a weekday ranked in the reference's month, or in the month a phrase names
    (
        "شيّع الأهالي القتلى يوم الأحد الأول",
        "يوم الأحد الأول",
        D(2019, 3, 3),
        D(2019, 3, 3),
        "nth_weekday",
    ),
    (
        "جرت المداهمة الثلاثاء الثاني",
        "الثلاثاء الثاني",
        D(2019, 3, 12),
        D(2019, 3, 12),
        "nth_weekday",
    ),
    (
        "وصل الوفد أول يوم جمعة في هذا الشهر",
        "أول يوم جمعة في هذا الشهر",
        D(2019, 3, 1),
        D(2019, 3, 1),
        "nth_weekday",
    ),
    (
        "تنتهي المهلة الاثنين الأخير من الشهر القادم",
        "الاثنين الأخير من الشهر القادم",
        D(2019, 4, 29),
        D(2019, 4, 29),
        "nth_weekday",
    ),
    # the rest of a period
    ("يستمر الحظر بقية الأسبوع", "بقية الأسبوع", TUE, D(2019, 3, 17), "rest_of_week"),
    ("تغلق المعابر باقي الشهر", "باقي الشهر", TUE, D(2019, 3, 31), "rest_of_month"),
    (
        "تتوقف الرحلات ما تبقى من العام الجاري",
        "ما تبقى من العام الجاري",
        TUE,
        D(2019, 12, 31),
        "rest_of_year",
    ),
    # days ahead
    (
        "يتوقع تصعيد خلال اليومين المقبلين",
        "خلال اليومين المقبلين",
        D(2019, 3, 13),
        D(2019, 3, 14),
        "next_days",
    ),
    (
        "يتوقع وصول التعزيزات خلال الأيام الثلاثة المقبلة",
        "خلال الأيام الثلاثة المقبلة",
        D(2019, 3, 13),
        D(2019, 3, 15),
        "next_days",
    ),
    (
        "تنتهي الهدنة في الساعات الـ 48 القادمة",
        "الساعات الـ 48 القادمة",
        D(2019, 3, 13),
        D(2019, 3, 14),
        "next_hours",
    ),
    # offsets from now and months or years ago
    (
        "تبدأ المفاوضات بعد أسبوعين من الآن",
        "بعد أسبوعين من الآن",
        D(2019, 3, 26),
        D(2019, 3, 26),
        "ahead",
    ),
    (
        "افتتح المعبر منذ شهر و10 أيام من الآن",
        "منذ شهر و10 أيام من الآن",
        D(2019, 2, 2),
        D(2019, 2, 2),
        "ago",
    ),
    (
        "يعاد فتح الطريق بعد سنة و3 أشهر من الآن",
        "بعد سنة و3 أشهر من الآن",
        D(2020, 6, 12),
        D(2020, 6, 12),
        "ahead",
    ),
    (
        "سقطت القذيفة قبل يومين من الآن",
        "قبل يومين من الآن",
        D(2019, 3, 10),
        D(2019, 3, 10),
        "days_ago",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "start", "end", "relative"), COUNTED)
def test_dates_counted_from_the_reference(
    text: str, phrase: str, start: D, end: D, relative: str
) -> None:
    value = one(text, phrase)
    assert (value.start, value.end, value.relative) == (start, end, relative)


@pytest.mark.parametrize(("text", "phrase", "start", "end", "relative"), COUNTED)
def test_without_a_reference_they_keep_their_span_unresolved(
    text: str, phrase: str, start: D, end: D, relative: str
) -> None:
    value = one(text, phrase, reference=None)
    assert (value.start, value.end, value.relative) == (None, None, relative)


NOT_DATES = [
    # (text, why)
    ("خرجت التظاهرات الجمعة الثانية على التوالي", "a count of Fridays: the weekday alone"),
    ("المدينة محاصرة منذ شهرين", "«منذ» without «من الآن» says how long"),
    ("تعود العائلات بعد أسبوعين", "«بعد» without «من الآن» is a duration"),
    ("انسحبت القوات قبل يومين من الهجوم", "counted from another event"),
    ("أعلنت الهدنة قبل أسبوع على اندلاع الحرب", "counted from another event"),
    ("نزح السكان قبل أشهر", "vague"),
    ("انسحب المسلحون قبل يوم واحد", "a single day before: most often before something else"),
    ("أصيب الشاب قبل ثلاثة أشهر برصاص قناص", "months ago: a duration, a number"),
    ("اعتقل الناشط قبل عامين", "years ago: a duration, a number"),
    ("تضاعفت الأسعار بعد أشهر من الآن", "no count"),
]


@pytest.mark.parametrize(("text", "why"), NOT_DATES)
def test_durations_and_other_anchors_are_no_counted_dates(text: str, why: str) -> None:
    found = cp.find_dates(text, reference=TUE)
    assert all(m.value.relative in ("weekday", None) for m in found), why
    assert all(
        "من الآن" not in m.text and not m.text.startswith(("منذ", "بعد", "قبل")) for m in found
    )


@pytest.mark.parametrize(
    ("phrase", "tolerance"),
    [
        ("منذ شهرين من الآن", 15),
        ("بعد عامين من الآن", 183),
        ("قبل ثلاثة أيام", 0),
        ("بعد أسبوعين من الآن", 0),
    ],
)
def test_months_and_years_from_now_are_days_only_roughly(phrase: str, tolerance: int) -> None:
    assert one(f"حدث ذلك {phrase} كما قيل", phrase).tolerance_days == tolerance


def test_a_ranked_weekday_counted_in_a_row_stays_a_plain_weekday() -> None:
    value = one("خرجت التظاهرات الجمعة الثانية على التوالي", "الجمعة")
    assert value.start == D(2019, 3, 8)


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        # the month's fifth is a Sunday: «الخامس» is its day (there is no fifth Sunday)
        (
            "قضى شاب برصاص قناص يوم الأحد الخامس من آذار 2017",
            "يوم الأحد الخامس من آذار 2017",
            D(2017, 3, 5),
        ),
        (
            "دوهمت البلدة يوم السبت الرابع من الشهر الجاري",
            "يوم السبت الرابع من الشهر الجاري",
            D(2017, 3, 4),
        ),
        ("عاد النازحون الخميس الثاني من آذار", "الخميس الثاني من آذار", D(2017, 3, 2)),
        # the month's third is a Wednesday: the third Tuesday, as before
        (
            "جرى التبادل الثلاثاء الثالث من أيلول 2014",
            "الثلاثاء الثالث من أيلول 2014",
            D(2014, 9, 16),
        ),
    ],
)
def test_an_ordinal_after_a_weekday_is_the_day_when_the_weekday_agrees(
    text: str, phrase: str, day: D
) -> None:
    """Told on 20 March 2017: «الأحد الخامس من آذار» is Sunday the fifth, not a fifth Sunday."""
    value = one(text, phrase, D(2017, 3, 20))
    assert (value.start, value.end) == (day, day)


def test_a_weekday_and_day_take_the_references_month_when_looking_ahead() -> None:
    """Told on 27 September 2017, «الخميس 21» is the 21st with ``future`` as with ``past``."""
    reference = D(2017, 9, 27)
    ahead = one("اجتمع الطرفان يوم الخميس 21", "يوم الخميس 21", reference, prefer="future")
    back = one("اجتمع الطرفان يوم الخميس 21", "يوم الخميس 21", reference, prefer="past")
    assert ahead.start == back.start == D(2017, 9, 21)


def test_a_weekday_and_day_ahead_of_the_reference_look_back_for_news() -> None:
    """Told on Tuesday 12 March 2019, «الجمعة 22» is 22 February: the past is preferred."""
    assert one("قتل مدنيان يوم الجمعة 22", "يوم الجمعة 22").start == D(2019, 2, 22)
    assert one("تنطلق القافلة يوم الجمعة 22", "يوم الجمعة 22", prefer="future").start == D(
        2019, 3, 22
    )


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("أغلق المعبر من 3 آذار 2019 - 2019/03/09", "من 3 آذار 2019 - 2019/03/09"),
        ("أغلق المعبر في 3 آذار 2019 - 09/03/2019", "3 آذار 2019 - 09/03/2019"),
    ],
)
def test_a_range_written_as_two_full_dates(text: str, phrase: str) -> None:
    value = one(text, phrase)
    assert (value.start, value.end, value.precision) == (
        D(2019, 3, 3),
        D(2019, 3, 9),
        cp.Precision.RANGE,
    )


def test_a_count_after_a_full_date_and_a_dash_is_no_range_end() -> None:
    found = cp.find_dates("قتل 5 في 3 آذار 2019 - 3 منهم أطفال", reference=TUE)
    assert [(m.text, m.value.end) for m in found] == [("3 آذار 2019", D(2019, 3, 3))]


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [("أقيم الحفل في عيد الأم 2018", "عيد الأم 2018", D(2018, 3, 21))],
)
def test_fixed_gregorian_days_of_the_arab_calendar(text: str, phrase: str, day: D) -> None:
    assert one(text, phrase).start == day


@given(days=st.integers(min_value=1, max_value=30), months=st.integers(min_value=1, max_value=11))
def test_an_offset_from_now_moves_the_reference_by_what_it_says(days: int, months: int) -> None:
    said = f"{months} شهر و{days} يوما من الآن"
    back = one(f"وقع ذلك منذ {said} تقريبا", f"منذ {said}")
    ahead = one(f"يحدث ذلك بعد {said} تقريبا", f"بعد {said}")
    assert back.start == TUE - relativedelta(months=months, days=days)
    assert ahead.start == TUE + relativedelta(months=months, days=days)
    assert back.start < TUE < ahead.start


@pytest.mark.parametrize(
    "text",
    [
        "نقلت فلسطين اليوم أن الوزارة أعلنت اليوم الخميس ارتفاع الحصيلة.",
        "وأفاد موقع روسيا اليوم أن الوزارة أعلنت اليوم الخميس ارتفاع الحصيلة.",
        "بغداد - المغرب اليوم\nأعلنت الوزارة اليوم الخميس ارتفاع الحصيلة.",
        "بغداد اليوم- بغداد\nأعلنت الوزارة اليوم الخميس ارتفاع الحصيلة.",
        "وقال لـ (عدن اليوم) إن الوزارة أعلنت اليوم الخميس ارتفاع الحصيلة.",
        # a page's outlet tag opening its line before a dash
        "العرب اليوم - الجيش يعلن\nأعلنت الوزارة اليوم الخميس ارتفاع الحصيلة.",
        "آخر تحديث\n العرب اليوم -\nأعلنت الوزارة اليوم الخميس ارتفاع الحصيلة.",
    ],
)
def test_today_in_an_outlets_name_is_no_date(text: str) -> None:
    assert [m.text for m in cp.find_dates(text, reference=TUE)] == ["اليوم الخميس"]


def test_the_arab_ministers_meeting_today_is_a_date() -> None:
    found = cp.find_dates("اجتمع وزراء العرب اليوم في القاهرة.", reference=TUE)
    assert [m.text for m in found] == ["اليوم"]


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("قتل 50 شخصا اليوم /الثلاثاء/ في طرابلس", "اليوم /الثلاثاء/", TUE),
        ("أعلنت الوزارة أمس /الاثنين/ مقتل 3", "أمس /الاثنين/", datetime.date(2019, 3, 11)),
        ("وقعت المعارك اليوم/الثلاثاء في الجفرة", "اليوم/الثلاثاء", TUE),
        # a weekday, a colon and its date
        ("السبت: 30/ نوفمبر/2024م", "السبت: 30/ نوفمبر/2024م", datetime.date(2024, 11, 30)),
    ],
    ids=["today-slashes", "yesterday-slashes", "unspaced", "colon"],
)
def test_a_weekday_between_slashes_or_after_a_colon_is_one_date(
    text: str, phrase: str, day: datetime.date
) -> None:
    (found,) = cp.find_dates(text, reference=TUE)
    assert (found.text, found.value.start) == (phrase, day)
    assert text[found.start : found.end] == phrase


def test_a_count_after_a_weekday_and_a_colon_is_no_date() -> None:
    found = cp.find_dates("يوم السبت: 3 قتلى", reference=TUE)
    assert [m.text for m in found] == ["يوم السبت"]


@pytest.mark.parametrize(
    "text", ["وفي ذات اليوم قصفت الطائرات البلدة.", "في نفس اليوم سقطت قذائف."]
)
def test_the_same_day_is_no_today(text: str) -> None:
    assert cp.find_dates(text, reference=TUE) == []


def test_a_toll_after_a_date_and_a_comma_is_no_year() -> None:
    text = "وارتفعت الحصيلة منذ السابع من تموز الماضي، 2094 شهيدا."
    (found,) = cp.find_dates(text, reference=TUE)
    assert found.text == "السابع من تموز الماضي"
    assert [(m.text, m.value.count.value) for m in cp.find_casualties(text)] == [
        ("2094 شهيدا", 2094)
    ]
    (year,) = cp.find_dates("الأربعاء، 29 تموز، 2015 قتل 3 أشخاص.", reference=TUE)
    assert year.value.start == D(2015, 7, 29)


def test_today_after_a_country_in_a_sentence_is_a_day() -> None:
    text = "قتل شخصان في غارة على سيارة في جنوب لبنان اليوم الأحد، وفق مصادر."
    assert [m.text for m in cp.find_dates(text, reference=TUE)] == ["اليوم الأحد"]
    assert [m.text for m in cp.find_dates("قصفت المدفعية شرق ليبيا أمس", reference=TUE)] == ["أمس"]
    text = "شهدت بغداد اليوم تفجيرين في منطقة الكرادة - ومقتل 3."
    assert [m.text for m in cp.find_dates(text, reference=TUE)] == ["اليوم"]


ANNIVERSARIES = [
    # (text, phrase, day): «مثل هذا اليوم» is the reference's day in another year, never today
    ("انطلقت الحملة في مثل هذا اليوم من عام 2016", "مثل هذا اليوم من عام 2016", D(2016, 3, 12)),
    (
        "سقطت البلدة في مثل هذا اليوم من العام الماضي",
        "مثل هذا اليوم من العام الماضي",
        D(2018, 3, 12),
    ),
    ("وفي مثل اليوم من سنة 2013 حوصر الحي", "مثل اليوم من سنة 2013", D(2013, 3, 12)),
]


@pytest.mark.parametrize(("text", "phrase", "day"), ANNIVERSARIES)
def test_the_same_day_of_another_year(text: str, phrase: str, day: D) -> None:
    value = one(text, phrase)
    assert (value.start, value.end, value.relative) == (day, day, "anniversary")


def test_an_anniversary_on_the_29th_of_february_falls_on_the_28th_in_other_years() -> None:
    value = one(
        "في مثل هذا اليوم من عام 2019 أغلق المعبر", "مثل هذا اليوم من عام 2019", D(2024, 2, 29)
    )
    assert value.start == D(2019, 2, 28)


def test_an_anniversary_of_no_stated_year_is_unresolved_not_today() -> None:
    value = one("تذكر الأهالي ما جرى في مثل هذا اليوم", "مثل هذا اليوم")
    assert (value.start, value.end, value.relative) == (None, None, "anniversary")


def test_an_anniversary_without_a_reference_keeps_its_year() -> None:
    value = one("في مثل هذا اليوم من عام 2016", "مثل هذا اليوم من عام 2016", reference=None)
    assert (value.start, value.end, value.precision) == (
        D(2016, 1, 1),
        D(2016, 12, 31),
        cp.Precision.YEAR,
    )


@pytest.mark.parametrize(
    ("text", "phrase", "start", "end"),
    [
        # against Tuesday 12 March 2019: a night runs into the next day
        (
            "قصفت الطائرات ليلة الأحد/ الاثنين المخيم",
            "ليلة الأحد/ الاثنين",
            D(2019, 3, 10),
            D(2019, 3, 11),
        ),
        ("دارت المعارك ليلة السبت الأحد", "ليلة السبت الأحد", D(2019, 3, 9), D(2019, 3, 10)),
        (
            "سقطت القذائف ليلة الجمعة على السبت",
            "ليلة الجمعة على السبت",
            D(2019, 3, 8),
            D(2019, 3, 9),
        ),
    ],
)
def test_a_night_named_by_its_two_days_is_one_range(
    text: str, phrase: str, start: D, end: D
) -> None:
    value = one(text, phrase)
    assert (value.start, value.end) == (start, end)


def test_a_night_before_a_day_that_does_not_follow_is_two_dates() -> None:
    found = cp.find_dates("قصف ليلة الأحد الثلاثاء", reference=TUE)
    assert [m.text for m in found] == ["ليلة الأحد", "الثلاثاء"]


def test_a_weekday_before_an_ordinal_with_no_article_is_no_ranked_weekday() -> None:
    """«الجمعة أول أيام العيد» is that Friday, the first day of the feast; no first Friday."""
    found = cp.find_dates("صلى الناس الجمعة أول أيام العيد في المساجد", reference=TUE)
    assert [m.text for m in found] == ["الجمعة", "أول أيام العيد"]
    assert found[0].value.start == D(2019, 3, 8)
