"""Breadth of the date reader on forms real reports use (issue 11): ``prefer``, nights, parts
of periods, counts of hours and days in words, Hijri dates without a year or with slashes, a
weekday that disagrees with «اليوم», and ranges of weekdays.

Every sentence is written for this file.  Each case checks the resolved start and end and the
span of the match in the original text.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import conflictparse as cp
from conflictparse.dates.finder import scan_dates
from conflictparse.text.prepared import prepare

D = datetime.date
TUE = D(2019, 3, 12)  # Tuesday 12 March 2019, 5 Rajab 1440
SUN = D(2019, 3, 10)


def one(text: str, phrase: str, reference: D, **options: str) -> cp.ParsedDate:
    """The one date of ``text``, whose span must be ``phrase``."""
    found = cp.find_dates(text, reference=reference, **options)
    assert [m.text for m in found] == [phrase]
    (match,) = found
    assert (match.start, match.end) == (text.index(phrase), text.index(phrase) + len(phrase))
    assert text[match.start : match.end] == match.text
    return match.value


Case = tuple[str, str, D, str, D, D]

PREFER: list[Case] = [
    # (text, phrase, reference, prefer, start, end)
    ("اقتحمت دورية البلدة يوم الأحد", "يوم الأحد", TUE, "past", SUN, SUN),
    ("تعقد اللجنة اجتماعها يوم الأحد", "يوم الأحد", TUE, "future", D(2019, 3, 17), D(2019, 3, 17)),
    ("وصلت القافلة الثلاثاء", "الثلاثاء", TUE, "past", TUE, TUE),
    ("تصل القافلة الثلاثاء", "الثلاثاء", TUE, "future", D(2019, 3, 19), D(2019, 3, 19)),
    ("قصفت المدفعية القرية في 15 تشرين الأول", "15 تشرين الأول", TUE, "past",
     D(2018, 10, 15), D(2018, 10, 15)),
    ("تبدأ المفاوضات في 15 تشرين الأول", "15 تشرين الأول", TUE, "future",
     D(2019, 10, 15), D(2019, 10, 15)),
    ("نزح الأهالي في 2 كانون الثاني", "2 كانون الثاني", TUE, "past", D(2019, 1, 2), D(2019, 1, 2)),
    ("تنتهي الهدنة في 2 كانون الثاني", "2 كانون الثاني", TUE, "future",
     D(2020, 1, 2), D(2020, 1, 2)),
    # the reference's own month is now, whichever way
    ("جرت الانتخابات في 28 آذار", "28 آذار", TUE, "past", D(2019, 3, 28), D(2019, 3, 28)),
    ("بدأت الحملة في 3 آذار", "3 آذار", TUE, "future", D(2019, 3, 3), D(2019, 3, 3)),
    ("انسحبت القوات في شهر حزيران", "شهر حزيران", TUE, "past", D(2018, 6, 1), D(2018, 6, 30)),
    ("تنسحب القوات في شهر حزيران", "شهر حزيران", TUE, "future", D(2019, 6, 1), D(2019, 6, 30)),
    # a Hijri month without a year in a Gregorian-dated text (reference in Rajab 1440)
    ("تصاعدت الهجمات في شهر شعبان", "شهر شعبان", TUE, "past", D(2018, 4, 17), D(2018, 5, 15)),
    ("يتوقع هدوء في شهر رمضان", "شهر رمضان", TUE, "future", D(2019, 5, 6), D(2019, 6, 3)),
    ("قتل اثنان في شهر رجب", "شهر رجب", TUE, "future", D(2019, 3, 8), D(2019, 4, 5)),
    # holidays without a year
    ("خرق الطرفان الهدنة في عيد الأضحى", "عيد الأضحى", TUE, "past", D(2018, 8, 21), D(2018, 8, 21)),
    ("أعلنت هدنة حتى عيد الأضحى", "عيد الأضحى", TUE, "future", D(2019, 8, 11), D(2019, 8, 11)),
    ("أطلق سراحه عشية عيد الميلاد الماضي", "عشية عيد الميلاد الماضي", TUE, "future",
     D(2018, 12, 24), D(2018, 12, 24)),
]  # fmt: skip


@pytest.mark.parametrize("case", PREFER)
def test_prefer(case: Case) -> None:
    text, phrase, reference, prefer, start, end = case
    date = one(text, phrase, reference, prefer=prefer)
    assert (date.start, date.end) == (start, end)


def test_prefer_is_past_by_default_and_reaches_parse_date_and_scan_dates() -> None:
    assert cp.parse_date("يوم الخميس", reference=TUE).start == D(2019, 3, 7)
    assert cp.parse_date("يوم الخميس", reference=TUE, prefer="future").start == D(2019, 3, 14)
    spans = scan_dates(prepare("عاد النازحون يوم الخميس"), TUE, prefer="future")
    assert [span.date.start for span in spans] == [D(2019, 3, 14)]


def test_modifiers_win_over_prefer() -> None:
    assert cp.parse_date("الأحد الماضي", reference=TUE, prefer="future").start == SUN
    assert cp.parse_date("الأحد المقبل", reference=TUE).start == D(2019, 3, 17)
    assert cp.parse_date("أيار الماضي", reference=TUE, prefer="future").start == D(2018, 5, 1)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a day already past in the reference's own month: this month's
        ("23 نيسان الفائت", D(2017, 4, 23)),
        ("3 آذار الماضي", D(2017, 3, 3)),
        # the reference's day itself, or the month alone: the year before
        ("30 نيسان الماضي", D(2016, 4, 30)),
        ("نيسان الماضي", D(2016, 4, 1)),
        # the same in the Hijri calendar (30 April 2017 is 4 Shaban 1438)
        ("2 شعبان الماضي", D(2017, 4, 28)),
    ],
)
def test_a_day_of_the_references_month_told_as_past_is_this_month(phrase: str, expected: D) -> None:
    assert cp.parse_date(phrase, reference=D(2017, 4, 30)).start == expected


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"prefer": "later"}, ValueError),
        ({"prefer": "Past"}, ValueError),
        ({"prefer": 1}, TypeError),
        ({"parts": "thirds"}, ValueError),
        ({"parts": None}, TypeError),
    ],
)
def test_bad_options_are_named(options: dict[str, object], error: type[Exception]) -> None:
    name = next(iter(options))
    with pytest.raises(error, match=name):
        cp.find_dates("أمس", reference=TUE, **options)  # type: ignore[arg-type]
    with pytest.raises(error, match=name):
        cp.parse_date("أمس", reference=TUE, **options)  # type: ignore[arg-type]


NIGHTS: list[tuple[str, str, D]] = [
    ("داهمت قوة أمنية الحي ليلة أمس", "ليلة أمس", D(2019, 3, 11)),
    ("سقطت قذيفتان على السوق في الليلة الماضية", "الليلة الماضية", D(2019, 3, 11)),
    ("اعتقل ثلاثة شبان الليلة الفائتة", "الليلة الفائتة", D(2019, 3, 11)),
    ("اندلع حريق في المخيم الليلة قبل الماضية", "الليلة قبل الماضية", D(2019, 3, 10)),
    ("أغارت طائرة مسيرة على الطريق فجر اليوم", "اليوم", TUE),
    ("قتل راع برصاص قناص مساء أمس", "أمس", D(2019, 3, 11)),
]


@pytest.mark.parametrize(("text", "phrase", "day"), NIGHTS)
def test_nights(text: str, phrase: str, day: D) -> None:
    date = one(text, phrase, TUE)
    assert (date.start, date.end, date.agrees) == (day, day, None)


PARTS: list[tuple[str, str, tuple[D, D], tuple[D, D]]] = [
    # (text, phrase, whole period, narrow)
    ("تأسس الفصيل مطلع 2024", "مطلع 2024", (D(2024, 1, 1), D(2024, 12, 31)),
     (D(2024, 1, 1), D(2024, 3, 31))),
    ("انشق القائد أواخر عام 2016", "أواخر عام 2016", (D(2016, 1, 1), D(2016, 12, 31)),
     (D(2016, 10, 1), D(2016, 12, 31))),
    ("وصلت التعزيزات أوائل الشهر الجاري", "أوائل الشهر الجاري", (D(2019, 3, 1), D(2019, 3, 31)),
     (D(2019, 3, 1), D(2019, 3, 10))),
    ("تجدد القصف منتصف آذار", "منتصف آذار", (D(2019, 3, 1), D(2019, 3, 31)),
     (D(2019, 3, 11), D(2019, 3, 20))),
    ("انهارت الهدنة نهاية العام الماضي", "نهاية العام الماضي", (D(2018, 1, 1), D(2018, 12, 31)),
     (D(2018, 10, 1), D(2018, 12, 31))),
    ("فر السكان منذ منتصف 2017", "منتصف 2017", (D(2017, 1, 1), D(2017, 12, 31)),
     (D(2017, 4, 1), D(2017, 9, 30))),
    ("توقفت المعارك أواخر شباط 2016", "أواخر شباط 2016", (D(2016, 2, 1), D(2016, 2, 29)),
     (D(2016, 2, 21), D(2016, 2, 29))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "whole", "narrow"), PARTS)
def test_parts_of_periods(text: str, phrase: str, whole: tuple[D, D], narrow: tuple[D, D]) -> None:
    date = one(text, phrase, TUE)
    assert (date.start, date.end) == whole
    assert date.precision in (cp.Precision.MONTH, cp.Precision.YEAR)
    cut = one(text, phrase, TUE, parts="narrow")
    assert (cut.start, cut.end, cut.precision, cut.part) == (*narrow, cp.Precision.RANGE, date.part)


BARE_YEARS = [
    ("نزحت العائلات صيف 2014 إلى المخيمات", "صيف 2014", 2014),
    ("اشتدت المعارك في شتاء عام 2017", "شتاء عام 2017", 2017),
    ("خرجت أولى التظاهرات في 2011 في درعا", "2011", 2011),
    ("ولم تتوقف الغارات منذ 2015 على الريف", "2015", 2015),
    ("وفي 1982 دمرت المدينة القديمة", "1982", 1982),
    ("بقيت البلدة تحت سيطرة التنظيم حتى ٢٠١٧ حين استعادها الجيش", "٢٠١٧", 2017),
    ("نزح الآلاف خلال 2016، وقتل المئات", "2016", 2016),
]


@pytest.mark.parametrize(("text", "phrase", "year"), BARE_YEARS)
def test_a_bare_year_after_a_preposition_of_time(text: str, phrase: str, year: int) -> None:
    """«في 2019» (the preposition outside the span); a season of a year is the year."""
    date = one(text, phrase, TUE)
    assert (date.start, date.end, date.precision) == (
        D(year, 1, 1),
        D(year, 12, 31),
        cp.Precision.YEAR,
    )
    assert not [n for n in cp.find_numbers(text) if n.text == phrase]


def test_a_weekday_after_a_day_word_stays_a_date_before_a_teen_tail() -> None:
    assert one("دمرت الغارات يوم الأحد عشرة منازل", "يوم الأحد", TUE).start == SUN
    # with «و» on the day's word too, as the numbers read it
    assert one("وقصفت الطائرات ويوم الأحد عشرة منازل", "يوم الأحد", TUE).start == SUN
    assert cp.find_dates("أفرج عن الأحد عشر معتقلا", reference=TUE) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("قتل في 2019 شخصا بالقصف خلال سنوات", 2019),
        ("سقط في 1950 مدنيا", 1950),
        ("في 2500 منزل", 2500),
    ],
)
def test_a_count_after_a_preposition_is_no_year(text: str, count: int) -> None:
    assert cp.find_dates(text, reference=TUE) == []
    assert [n.value.value for n in cp.find_numbers(text)] == [count]


@pytest.mark.parametrize("text", ["وصل أول 2000 نازح إلى المخيم", "بقي آخر 1950 مقاتلا"])
def test_a_count_after_first_or_last_is_no_year(text: str) -> None:
    assert cp.find_dates(text, reference=TUE) == []


@pytest.mark.parametrize(
    ("text", "phrase", "start", "end"),
    [
        ("والشهر الماضي، أعلن الجيش مقتل قيادي", "الشهر الماضي", D(2019, 2, 1), D(2019, 2, 28)),
        ("والأسبوع الماضي قصفت الطائرات البلدة", "الأسبوع الماضي", D(2019, 3, 4), D(2019, 3, 10)),
        ("والعام الماضي سيطر التنظيم على البلدة", "العام الماضي", D(2018, 1, 1), D(2018, 12, 31)),
    ],
)
def test_a_relative_period_after_and_is_a_date(text: str, phrase: str, start: D, end: D) -> None:
    """«والشهر الماضي، أعلن …»: the «و» is left out of the span."""
    (match,) = cp.find_dates(text, reference=TUE)
    assert (match.text, match.start, match.value.start, match.value.end) == (phrase, 1, start, end)


LAST_HOURS: list[tuple[str, str, D, str]] = [
    ("قتل تسعة خلال الثماني والأربعين ساعة الماضية", "خلال الثماني والأربعين ساعة الماضية",
     D(2019, 3, 10), "last_hours"),
    ("سجلت الاثنتي عشرة ساعة الماضية غارات عدة", "الاثنتي عشرة ساعة الماضية", D(2019, 3, 11),
     "last_hours"),
    ("أحصت الفرق خلال الأيام الثلاثة الماضية 17 جثة", "خلال الأيام الثلاثة الماضية",
     D(2019, 3, 9), "last_days"),
    ("تراجعت الاشتباكات خلال الأربع والعشرين ساعة الماضية", "خلال الأربع والعشرين ساعة الماضية",
     D(2019, 3, 11), "last_hours"),
    ("نفذ الطيران في الساعات الـ 36 الأخيرة غارات", "الساعات الـ 36 الأخيرة", D(2019, 3, 10),
     "last_hours"),
    ("قصفت البلدة طوال اليومين الماضيين", "طوال اليومين الماضيين", D(2019, 3, 10), "last_days"),
    ("ارتفعت الحصيلة خلال الأسبوعين الأخيرين إلى 30 قتيلا", "خلال الأسبوعين الأخيرين",
     D(2019, 2, 26), "last_days"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "start", "relative"), LAST_HOURS)
def test_last_hours_and_days(text: str, phrase: str, start: D, relative: str) -> None:
    date = one(text, phrase, TUE)
    assert (date.start, date.end, date.precision, date.relative) == (
        start,
        TUE,
        cp.Precision.RANGE,
        relative,
    )


def test_a_count_of_two_weeks_is_not_a_count_of_victims() -> None:
    text = "ارتفعت الحصيلة خلال الأسبوعين الأخيرين إلى 30 قتيلا"
    assert [m.value.value for m in cp.find_numbers(text)] == [30]


@pytest.mark.parametrize(
    "text", ["خلال الأيام الماضية", "خلال 24 ساعة", "في 36 ساعة الماضية", "الأيام الماضية"]
)
def test_vague_or_bare_spans_of_time_are_not_dates(text: str) -> None:
    assert cp.find_dates(f"تواصل القصف {text}", reference=TUE) == []


@pytest.mark.parametrize(
    "text", ["في اليوم الرابع من المعارك", "مع دخول الحصار اليوم العاشر", "في اليوم الحادي عشر"]
)
def test_a_day_counted_by_an_ordinal_is_not_today(text: str) -> None:
    assert cp.find_dates(f"تواصل القصف {text}", reference=TUE) == []


def test_an_ordinal_day_of_a_month_is_still_a_date() -> None:
    (found,) = cp.find_dates("قتل في اليوم الرابع من أيار", reference=TUE)
    assert (found.text, found.value.start) == (
        "الرابع من أيار",
        D(2018, 5, 4),
    )  # the last 4 May before


HIJRI_NUMERIC: list[tuple[str, str, D]] = [
    ("أعلن الحظر في 12 / 3 / 1440 هـ", "12 / 3 / 1440 هـ", D(2018, 11, 20)),
    ("أعلن الحظر في 12/3/1440هـ", "12/3/1440هـ", D(2018, 11, 20)),
    ("صدر البيان بتاريخ 7 /11/ 1439 هـ", "7 /11/ 1439 هـ", D(2018, 7, 20)),
    ("الاثنين / 5 / رجب / 1440 هـ", "الاثنين / 5 / رجب / 1440 هـ", D(2019, 3, 12)),
    ("صدر التقرير في 4 / 9 / 2018", "4 / 9 / 2018", D(2018, 9, 4)),
    # spaced dots, with a four-digit year only
    ("وقع الهجوم يوم 12 . 06 . 2019 قرب القرية", "12 . 06 . 2019", D(2019, 6, 12)),
    # year first, a one-digit day: «1432/10/1 هـ» is the first of Shawwal 1432
    ("صدر البيان الموافق 1432/10/1 هـ", "1432/10/1 هـ", D(2011, 8, 30)),
    ("صدر البيان بتاريخ 2018/3/5", "2018/3/5", D(2018, 3, 5)),
]


@pytest.mark.parametrize(("text", "phrase", "day"), HIJRI_NUMERIC)
def test_numeric_dates_with_spaced_slashes(text: str, phrase: str, day: D) -> None:
    date = one(text, phrase, TUE)
    assert (date.start, date.end) == (day, day)


@pytest.mark.parametrize(
    "text", ["أصيب 3 / 4 منهم", "بنسبة 22 / 04", "قتل 5 - 7 مدنيين", "قتل 12 . 06 . 21 منهم"]
)
def test_spaced_slashes_need_a_full_date(text: str) -> None:
    assert cp.find_dates(text, reference=TUE) == []


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("الكويت - 4 - 3 (كونا) -- أعلنت الوزارة", "4 - 3", D(2019, 3, 4)),
        ("البصرة - 28 - 2 ( كونا ) -- قتل", "28 - 2", D(2019, 2, 28)),
        ("أربيل - 11-10 (كونا) -- قصفت", "11-10", D(2018, 10, 11)),  # the last 11 October
    ],
    ids=["spaced", "spaced-brackets", "unspaced-last-year"],
)
def test_a_wire_datelines_day_and_month(text: str, phrase: str, day: D) -> None:
    date = one(text, phrase, TUE)
    assert (date.start, date.end) == (day, day)
    assert phrase not in [m.text for m in cp.find_numbers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "البصرة - 28 - 2 قتلى في هجوم",  # no agency: a dash and two counts
        "البصرة - 28 - 2 (رويترز)",  # an agency that does not date its lines so
        "الكويت - 40 - 3 (كونا)",  # no such day
    ],
)
def test_a_dash_between_numbers_is_no_date_without_the_agency(text: str) -> None:
    assert cp.find_dates(text, reference=TUE) == []


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("الفاشر 14-يناير-2024 (خاص)", "14-يناير-2024", D(2024, 1, 14)),
        ("كسلا – 9 – مايو – 2023", "9 – مايو – 2023", D(2023, 5, 9)),
        ("آخر تحديث: 10:40 - 6/02/2019 الأربعاء", "6/02/2019 الأربعاء", D(2019, 2, 6)),
        ("قصفت البلدة في 6 شباط 2019 الأربعاء", "6 شباط 2019 الأربعاء", D(2019, 2, 6)),
        # a dateline's weekday, a dash, then its date: one item
        ("حماة - الأربعاء - 6 شباط 2019: قصفت", "الأربعاء - 6 شباط 2019", D(2019, 2, 6)),
        ("إدلب – الأربعاء – 6/2/2019", "الأربعاء – 6/2/2019", D(2019, 2, 6)),
    ],
    ids=[
        "dashed-dateline",
        "spaced-dashes",
        "weekday-after-numeric",
        "weekday-after-written",
        "weekday-dash-date",
        "weekday-en-dash-numeric",
    ],
)
def test_dashes_between_parts_and_a_weekday_after_a_date(text: str, phrase: str, day: D) -> None:
    date = one(text, phrase, TUE)
    assert (date.start, date.end) == (day, day)
    start = text.index(phrase)
    inside = [m.text for m in cp.find_numbers(text) if start <= m.start < start + len(phrase)]
    assert inside == []  # the day and the year are the date's, not counts


def test_the_day_on_which_is_no_today() -> None:
    assert cp.find_dates("انتهت الهدنة مساء اليوم الذي بدأت فيه", reference=TUE) == []


def test_slashed_weekday_is_checked() -> None:
    date = cp.parse_date("الأحد / 5 / رجب / 1440 هـ", reference=TUE)
    assert (date.start, date.agrees, date.calendar) == (D(2019, 3, 12), False, cp.Calendar.HIJRI)


WEEKDAY_WINS: list[tuple[str, str, D]] = [
    ("قال المتحدث اليوم الأحد إن", "اليوم الأحد", SUN),  # two days back
    ("أعلن الجيش اليوم الأربعاء", "اليوم الأربعاء", D(2019, 3, 13)),  # the page is a day behind
    ("قتل أمس السبت جنديان", "أمس السبت", D(2019, 3, 9)),
    # never after the day of writing, which is at most the day after the page's date
    ("قتل أمس الخميس جنديان", "أمس الخميس", D(2019, 3, 7)),
    ("أعلن الجيش اليوم الخميس", "اليوم الخميس", D(2019, 3, 7)),
]


def test_a_weekday_after_the_page_resolves_forward_for_the_future() -> None:
    date = cp.parse_date("أمس الخميس", reference=TUE, prefer="future")
    assert (date.start, date.agrees) == (D(2019, 3, 14), False)


@pytest.mark.parametrize(("text", "phrase", "day"), WEEKDAY_WINS)
def test_the_weekday_wins_over_today_and_is_flagged(text: str, phrase: str, day: D) -> None:
    date = one(text, phrase, TUE)
    assert (date.start, date.end, date.agrees, date.relative) == (day, day, False, "weekday")


def test_today_and_its_weekday_agree() -> None:
    date = one("أعلن الجيش اليوم الثلاثاء", "اليوم الثلاثاء", TUE)
    assert (date.start, date.agrees, date.relative) == (TUE, True, "today")


def test_a_disagreement_is_unresolved_in_a_report() -> None:
    report = cp.parse_report("قال مصدر محلي اليوم الأحد إن الطرق مغلقة", published=TUE)
    assert [u.text for u in report.unresolved] == ["اليوم الأحد"]


WEEKDAY_RANGES: list[tuple[str, str, D, D, str]] = [
    ("تواصلت المواجهات يومي السبت والأحد", "يومي السبت والأحد", D(2019, 3, 9), SUN, "past"),
    ("تغلق المعابر يومي السبت والأحد", "يومي السبت والأحد", D(2019, 3, 16), D(2019, 3, 17),
     "future"),
    ("حوصرت البلدة بين الأربعاء والجمعة", "بين الأربعاء والجمعة", D(2019, 3, 6), D(2019, 3, 8),
     "past"),
    ("قطعت الكهرباء من مساء الخميس إلى الأحد", "الخميس إلى الأحد", D(2019, 3, 7), SUN, "past"),
    ("استمر القصف من الجمعة حتى فجر السبت", "من الجمعة حتى فجر السبت", D(2019, 3, 8),
     D(2019, 3, 9), "past"),
    # each end a weekday and its day: one range, not a weekday and a stray count
    ("دارت المعارك من الجمعة 1 حتى الثلاثاء 5 آذار", "من الجمعة 1 حتى الثلاثاء 5 آذار",
     D(2019, 3, 1), D(2019, 3, 5), "past"),
    ("أغلق المعبر بين يومي الأربعاء 6 والجمعة 8 آذار", "بين يومي الأربعاء 6 والجمعة 8 آذار",
     D(2019, 3, 6), D(2019, 3, 8), "past"),
    ("تواصل الحصار من يوم الأحد 3 آذار إلى يوم السبت 9 آذار",
     "من يوم الأحد 3 آذار إلى يوم السبت 9 آذار", D(2019, 3, 3), D(2019, 3, 9), "past"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "start", "end", "prefer"), WEEKDAY_RANGES)
def test_ranges_of_weekdays(text: str, phrase: str, start: D, end: D, prefer: str) -> None:
    date = one(text, phrase, TUE, prefer=prefer)
    assert (date.start, date.end, date.precision) == (start, end, cp.Precision.RANGE)


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("عقد اجتماع يوم الجمعة من الأسبوع الماضي", "يوم الجمعة من الأسبوع الماضي", D(2019, 3, 8)),
        ("يعقد الاجتماع الخميس من الأسبوع المقبل", "الخميس من الأسبوع المقبل", D(2019, 3, 21)),
        ("زار الوفد المدينة الاثنين من هذا الأسبوع", "الاثنين من هذا الأسبوع", D(2019, 3, 11)),
    ],
)
def test_a_weekday_of_a_named_week(text: str, phrase: str, day: D) -> None:
    date = one(text, phrase, TUE)
    assert (date.start, date.end, date.precision) == (day, day, cp.Precision.DAY)


def test_a_range_across_two_years_is_one_range_and_no_contradiction() -> None:
    text = "وثقت المنظمة الانتهاكات منذ فجر 4 أيار 2016 وحتى فجر 4 أيار 2017"
    date = one(text, "4 أيار 2016 وحتى فجر 4 أيار 2017", TUE)
    assert (date.start, date.end, date.precision) == (
        D(2016, 5, 4),
        D(2017, 5, 4),
        cp.Precision.RANGE,
    )
    report = cp.parse_report(text, published=TUE)
    assert [u for u in report.unresolved if "2016" in u.text] == []


def test_this_month_name() -> None:
    date = one("تنتهي المهلة في هذا أيلول", "هذا أيلول", TUE)
    assert (date.start, date.end) == (D(2019, 9, 1), D(2019, 9, 30))


LEVANTINE = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
             "تشرين الأول", "تشرين الثاني", "كانون الأول"]  # fmt: skip


@given(
    st.dates(D(1950, 1, 1), D(2090, 12, 31)),
    st.integers(1, 12),
    st.integers(1, 28),
    st.sampled_from(["past", "future"]),
)
def test_a_yearless_day_goes_the_way_prefer_says(
    reference: D, month: int, day: int, prefer: str
) -> None:
    parsed = cp.parse_date(f"{day} {LEVANTINE[month - 1]}", reference=reference, prefer=prefer)
    assert parsed.start is not None
    assert (parsed.start.month, parsed.start.day, parsed.end) == (month, day, parsed.start)
    if month == reference.month:
        assert parsed.start.year == reference.year  # the reference's own month is now
    elif prefer == "past":
        assert parsed.start < reference
        assert parsed.start.replace(year=parsed.start.year + 1) > reference
    else:
        assert parsed.start > reference
        assert parsed.start.replace(year=parsed.start.year - 1) < reference


RANKED_WEEKDAYS = [
    # (text, phrase, day): a weekday ranked in the month named after it
    (
        "تظاهر الآلاف يوم الجمعة الأولى من رمضان 1440",
        "يوم الجمعة الأولى من رمضان 1440",
        D(2019, 5, 10),
    ),
    (
        # 3 January 2020 is a Friday, so «الثالث» ranks the Thursday
        "قصفت الطائرات البلدة الخميس الثالث من شهر كانون الثاني 2020",
        "الخميس الثالث من شهر كانون الثاني 2020",
        D(2020, 1, 16),
    ),
    (
        # 3 January 2019 is a Thursday: Thursday the third
        "قصفت الطائرات البلدة الخميس الثالث من شهر كانون الثاني 2019",
        "الخميس الثالث من شهر كانون الثاني 2019",
        D(2019, 1, 3),
    ),
    ("بدأ الهجوم الاثنين الأخير من شباط 2019", "الاثنين الأخير من شباط 2019", D(2019, 2, 25)),
    ("نفذت الغارة في ثاني أربعاء من آذار 2019", "ثاني أربعاء من آذار 2019", D(2019, 3, 13)),
    (
        "انسحبت القوات آخر سبت من شهر كانون الأول 2018",
        "آخر سبت من شهر كانون الأول 2018",
        D(2018, 12, 29),
    ),
    ("أعلن الجيش الهدنة أول يوم جمعة في أيار 2019", "أول يوم جمعة في أيار 2019", D(2019, 5, 3)),
]


@pytest.mark.parametrize(("text", "phrase", "day"), RANKED_WEEKDAYS)
def test_a_weekday_ranked_in_a_month(text: str, phrase: str, day: D) -> None:
    value = one(text, phrase, TUE)
    assert (value.start, value.end, value.precision) == (day, day, cp.Precision.DAY)


@pytest.mark.parametrize(
    "text",
    [
        "قتل اثنين من الجنود في آذار 2019",
        "سقط أحد المقاتلين في أيار 2019",
        "الجمعة الخامسة من شباط 2019",
    ],
)
def test_bare_weekdays_need_a_rank_and_a_real_day(text: str) -> None:
    found = cp.find_dates(text, reference=TUE)
    assert all(m.value.precision is not cp.Precision.DAY for m in found)


WEEKDAY_AND_DAY = [
    # (text, phrase, reference, day): a weekday and a day of the month, no month named
    ("قصف الطيران المدينة مساء الخميس 7، وفق ناشطين", "الخميس 7", TUE, D(2019, 3, 7)),
    ("وقع الانفجار يوم الجمعة 22", "يوم الجمعة 22", TUE, D(2019, 2, 22)),
    ("أعلن الجيش يوم السبت الموافق 30 هدنة", "يوم السبت", TUE, D(2019, 3, 9)),
]


@pytest.mark.parametrize(("text", "phrase", "reference", "day"), WEEKDAY_AND_DAY)
def test_a_weekday_and_a_day_find_their_month(text: str, phrase: str, reference: D, day: D) -> None:
    value = one(text, phrase, reference)
    assert (value.start, value.end) == (day, day)


@pytest.mark.parametrize(
    "text", ["قتل الأحد 3 مدنيين بقصف على البلدة", "قتل الأحد - 3 مدنيين بقصف على البلدة"]
)
def test_a_count_after_a_weekday_is_no_day(text: str) -> None:
    found = cp.find_dates(text, reference=TUE)
    assert [(m.text, m.value.start) for m in found] == [("الأحد", D(2019, 3, 10))]


NAMED_YEARS: list[tuple[str, str, tuple[D, D]]] = [
    (
        "اندلعت المعارك في العاشر من أيار من العام الماضي ٢٠١٨م.",
        "العاشر من أيار من العام الماضي ٢٠١٨م",
        (D(2018, 5, 10), D(2018, 5, 10)),
    ),
    (
        "تراجعت الهجمات في آب من العام الماضي 2018",
        "آب من العام الماضي 2018",
        (D(2018, 8, 1), D(2018, 8, 31)),
    ),
    (
        "قتل خلال العام الماضي (2018) نحو 300 مدني",
        "العام الماضي (2018)",
        (D(2018, 1, 1), D(2018, 12, 31)),
    ),
    # a figure before its noun is a count, not the year
    ("قتل خلال العام الماضي 1500 مدني", "العام الماضي", (D(2018, 1, 1), D(2018, 12, 31))),
]


@pytest.mark.parametrize(("text", "phrase", "period"), NAMED_YEARS)
def test_a_year_named_after_a_relative_one_is_part_of_the_date(
    text: str, phrase: str, period: tuple[D, D]
) -> None:
    """«من العام الماضي ٢٠١٨م»: one date, of the year it names."""
    date = one(text, phrase, TUE)
    assert (date.start, date.end) == period


@pytest.mark.parametrize(
    ("text", "dates", "numbers"),
    [
        ("قصفت المسيرات سوقا في حي مايو جنوب الخرطوم", [], []),
        ("عبرت الدورية جسر 14 تموز وسط بغداد", [], []),
        ("تجمع المحتجون في ساحة 17 نيسان", [], []),
        ("قتل 3 في حي القدم في 17 نيسان", ["17 نيسان"], ["3"]),
        ("وقعت الهجمات في مايو الماضي", ["مايو الماضي"], []),
        ('وقالت مصادر لـ "وكالة 2 ديسمبر" إن القصف تجدد', [], []),
        ('ونقل موقع "26 سبتمبر" عن مصدر عسكري أن', [], []),
        ('وذكر الجيش على موقعه "26 سبتمبر" أن القوات تقدمت', [], []),
        ("وقال موقع سبتمبر نت إن القوات تقدمت", [], []),
        # a name in quotes past whose outlet it is
        ('ونقل موقع الجيش اليمني "26 سبتمبر" عن مصدر ميداني', [], []),
        ("وقال الموقع الرسمي للجيش «26 سبتمبر» إن", [], []),
        ('وقال إن الهجوم وقع في "26 سبتمبر"', ["26 سبتمبر"], []),
        # no quotes: spaces or the text's edge around the date are none
        ("ونقل موقع الجيش  26 سبتمبر", ["26 سبتمبر"], []),
        # landmarks and units named after a day
        ("استهدفت الغارات مجمع 22 مايو بمديرية الثورة", [], []),
        ("سقطت شظايا في حديقة 21 سبتمبر", [], []),
        ("وقال قائد الوحدة 66، لكتيبة 14 أكتوبر بالجيش", [], []),
        ("قصفت الطائرات المجمع في 22 مايو", ["22 مايو"], []),
        # «أوت» (August in the Maghreb) is also a verb: a month only with a day, a year or «شهر»
        ("المدرسة التي أوت إليها العائلات قصفت", [], []),
        ("وقعت الهجمات في 3 أوت 2014", ["3 أوت 2014"], []),
    ],
)
def test_a_date_after_a_place_head_is_its_name(
    text: str, dates: list[str], numbers: list[str]
) -> None:
    assert [m.text for m in cp.find_dates(text, reference=datetime.date(2023, 9, 10))] == dates
    assert [m.text for m in cp.find_numbers(text)] == numbers


@pytest.mark.parametrize(
    ("text", "phrase", "year"),
    [
        ("ومنذ مطلع العام الجاري 2025 أصدرت السلطات أوامر", "مطلع العام الجاري 2025", 2025),
        ("خلال العام الجاري 2024 قتل المئات", "العام الجاري 2024", 2024),
        ("منذ منتصف العام الماضي 2018 نزح الآلاف", "منتصف العام الماضي 2018", 2018),
    ],
    ids=["early-this-year", "this-year", "mid-last-year"],
)
def test_a_relative_year_takes_the_year_named_after_it(text: str, phrase: str, year: int) -> None:
    found = cp.find_dates(text, reference=TUE)
    assert [(m.text, m.value.start, m.value.end) for m in found] == [
        (phrase, D(year, 1, 1), D(year, 12, 31))
    ]
    assert all(str(year) not in m.text for m in cp.find_numbers(text))  # the year is no count


def test_a_count_after_a_relative_year_that_is_no_year_of_the_news_stays_a_count() -> None:
    text = "خلال العام الماضي 1500 قتيل"
    assert [m.text for m in cp.find_dates(text, reference=TUE)] == ["العام الماضي"]
    assert [m.text for m in cp.find_numbers(text)] == ["1500"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a period and the name of the same month after it, apart or in brackets
        ("قتل منذ مطلع الشهر الجاري آذار 9 مدنيين", "مطلع الشهر الجاري آذار"),
        ("قتل خلال الشهر الماضي (شباط) 9 مدنيين", "الشهر الماضي (شباط)"),
    ],
)
def test_a_period_and_its_own_months_name_are_one_date(text: str, expected: str) -> None:
    assert [match.text for match in cp.find_dates(text, reference=TUE)] == [expected]


def test_a_period_and_another_months_name_stay_two() -> None:
    text = "قتل خلال الشهر الماضي أيار 9 مدنيين"
    assert [match.text for match in cp.find_dates(text, reference=TUE)] == ["الشهر الماضي", "أيار"]


def test_an_outlet_in_brackets_after_a_word_of_outlets_is_no_day() -> None:
    text = "نشر موقع (روسيا اليوم، الإخباري) صورا للقصف."
    assert cp.find_dates(text, reference=TUE) == []


@pytest.mark.parametrize(
    ("text", "phrase", "days"),
    [
        # a night told by its evening and the next day's dawn is one span of both days
        (
            "اقتحمت القوات البلدة ليل أمس الاثنين/ فجر الثلاثاء",
            "ليل أمس الاثنين/ فجر الثلاثاء",
            (D(2019, 3, 11), TUE),
        ),
        ("وقعت الغارة ليلة أمس وفجر اليوم", "ليلة أمس وفجر اليوم", (D(2019, 3, 11), TUE)),
        # and the day after it, with «و» alone
        (
            "اعتقلت القوات الليلة الماضية واليوم الثلاثاء 12 شابا",
            "الليلة الماضية واليوم الثلاثاء",
            (D(2019, 3, 11), TUE),
        ),
        (
            "قصف منتصف الليلة (الاثنين/ صباح الثلاثاء)",
            "الاثنين/ صباح الثلاثاء",
            (D(2019, 3, 11), TUE),
        ),
    ],
)
def test_a_night_and_its_dawn_are_one_span(text: str, phrase: str, days: tuple[D, D]) -> None:
    found = [(m.text, (m.value.start, m.value.end)) for m in cp.find_dates(text, reference=TUE)]
    assert found == [(phrase, days)]


@pytest.mark.parametrize(
    "text",
    [
        "قصفت المدفعية مساء أمس الاثنين وفجر اليوم الثلاثاء",  # an evening, no night
        "اقتحمت القوات البلدة ليل الأحد وفجر الثلاثاء",  # not the next day
        "قصفت المدفعية مساء أمس واليوم",  # an evening and the day after
    ],
)
def test_an_evening_or_a_later_dawn_stays_two_dates(text: str) -> None:
    assert len(cp.find_dates(text, reference=TUE)) == 2


@pytest.mark.parametrize(
    ("text", "phrase", "feast"),
    [
        ("قصفت الطائرات البلدة منذ عيد الأضحى الثلاثاء", "عيد الأضحى الثلاثاء", "عيد الأضحى"),
        ("هدأت الجبهات في ثاني أيام عيد الفطر الأربعاء", "ثاني أيام عيد الفطر الأربعاء",
         "ثاني أيام عيد الفطر"),
    ],
)  # fmt: skip
def test_a_weekday_after_a_feast_is_part_of_it(text: str, phrase: str, feast: str) -> None:
    alone = one(feast, feast, TUE)
    date = one(text, phrase, TUE)
    assert (date.start, date.end) == (alone.start, alone.end)


def test_a_number_after_a_feast_is_no_weekday() -> None:
    text = "قتل في عيد الفطر الأحد عشر شخصا"
    assert [m.text for m in cp.find_dates(text, reference=TUE)] == ["عيد الفطر"]


SHORT_FEASTS = [
    # Umm al-Qura: 1 Shawwal 1439 = 2018-06-15, 10 Dhu al-Hijja 1439 = 2018-08-21
    ("تجدد القصف في أول أيام الأضحى", "أول أيام الأضحى", D(2018, 8, 21)),
    ("هدوء حذر في ثاني أيام الفطر", "ثاني أيام الفطر", D(2018, 6, 16)),
    ("قتل طفلان في أول أيام العيد", "أول أيام العيد", D(2018, 8, 21)),  # the Eid nearest before
    ("اعتقلت دورية شابين عشية العيد", "عشية العيد", D(2018, 8, 20)),
]


@pytest.mark.parametrize(("text", "phrase", "day"), SHORT_FEASTS)
def test_a_feast_named_short_after_a_day_word(text: str, phrase: str, day: D) -> None:
    date = one(text, phrase, TUE)
    assert (date.start, date.end, date.calendar) == (day, day, cp.Calendar.HIJRI)


@pytest.mark.parametrize(
    "text", ["وزعت الجمعية زكاة الفطر على الأسر", "توقفت المعارك بعد صلاة العيد"]
)
def test_a_short_feast_name_alone_is_no_date(text: str) -> None:
    assert cp.find_dates(text, reference=TUE) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the ordinal of the two Jumadas and Rabi's without its article, as datelines write it
        ("الثلاثاء 24 جمادى أول 1446 هـ", D(2024, 11, 26)),
        ("الأحد 4 جمادى ثاني 1445", D(2023, 12, 17)),
        ("الأربعاء 6 ربيع اول 1440 هـ", D(2018, 11, 14)),
    ],
)
def test_a_hijri_month_with_a_bare_ordinal(text: str, day: D) -> None:
    (found,) = cp.find_dates(text, reference=D(2024, 12, 1))
    assert (found.value.start, found.value.end) == (day, day)
    assert cp.find_numbers(text) == []
