"""Date and number forms of real reports beyond the development corpus (issue 11): brackets,
spellings, day ranges with «يومي», definite compounds, duals after a proclitic, bounds run
together, «ألفاً و…».

Every sentence is written for this file.  Each case checks the span and the value read.
"""

from __future__ import annotations

import datetime

import pytest

import conflictparse as cp

D = datetime.date
TUE = D(2019, 3, 12)  # Tuesday 12 March 2019


@pytest.mark.parametrize(
    ("text", "phrase", "start", "end"),
    [
        # a bracket opened inside a date closes inside it
        (
            "قتل ثلاثة يوم الجمعة (8 آذار 2019) في القصف",
            "يوم الجمعة (8 آذار 2019)",
            D(2019, 3, 8),
            D(2019, 3, 8),
        ),
        ("قتل ثلاثة أمس (الاثنين) في القصف", "أمس (الاثنين)", D(2019, 3, 11), D(2019, 3, 11)),
        ("قتل ثلاثة اليوم (الثلاثاء) في القصف", "اليوم (الثلاثاء)", TUE, TUE),
        # …and a comma between a relative day and its weekday, with or without the date
        ("قتل ثلاثة اليوم، الثلاثاء، في القصف", "اليوم، الثلاثاء", TUE, TUE),
        (
            "قتل ثلاثة أمس، الاثنين 11 من آذار، في القصف",
            "أمس، الاثنين 11 من آذار",
            D(2019, 3, 11),
            D(2019, 3, 11),
        ),
        # another spelling of Tuesday
        (
            "اندلعت الاشتباكات يوم الثلثاء الماضي",
            "يوم الثلثاء الماضي",
            D(2019, 3, 5),
            D(2019, 3, 5),
        ),
        # two days of one month after «يومي»
        ("سقطت القذائف يومي 3 و4 آذار 2019", "يومي 3 و4 آذار 2019", D(2019, 3, 3), D(2019, 3, 4)),
        # the day before yesterday with the article
        ("اندلعت الاشتباكات الأول من أمس", "الأول من أمس", D(2019, 3, 10), D(2019, 3, 10)),
    ],
)
def test_written_date_forms(text: str, phrase: str, start: D, end: D) -> None:
    (match,) = cp.find_dates(text, reference=TUE)
    assert (match.text, match.value.start, match.value.end) == (phrase, start, end)
    assert text[match.start : match.end] == phrase


def test_an_unclosed_bracket_leaves_the_date_as_written() -> None:
    (match,) = cp.find_dates("قتل ثلاثة يوم الجمعة (8 آذار 2019 في القصف", reference=TUE)
    assert match.text == "يوم الجمعة (8 آذار 2019"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("قتل الخمسة والعشرين مسلحا في الهجوم", 25),  # the article on both: one number
        ("خلال الثماني والأربعين ساعة الماضية", 48),
    ],
)
def test_a_definite_unit_and_tens_are_one_number(text: str, value: int) -> None:
    assert [m.value.value for m in cp.find_numbers(text)] == [value]


@pytest.mark.parametrize(
    ("text", "phrase", "qualifier"),
    [
        ("قتل ما لايقل عن 30 شخصا", "ما لايقل عن 30", "at_least"),
        ("قتل مالا يقل عن 30 شخصا", "مالا يقل عن 30", "at_least"),  # not «less than» 30
        ("نزح مالا يزيد عن 300 شخص", "مالا يزيد عن 300", "at_most"),
        ("قتل مايقرب من 30 شخصا", "مايقرب من 30", "approx"),
        ("قتل مايقارب 30 شخصا", "مايقارب 30", "approx"),
    ],
)
def test_bounds_run_together_keep_their_meaning(text: str, phrase: str, qualifier: str) -> None:
    (match,) = cp.find_numbers(text)
    assert (match.text, match.value.qualifier.value) == (phrase, qualifier)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("انفجرت بسيارتين مفخختين", "سيارتين"), ("استهدفت المدينة بصاروخين", "صاروخين")],
)
def test_a_dual_after_a_proclitic_counts_two(text: str, phrase: str) -> None:
    (match,) = cp.find_numbers(text)
    assert (match.text, match.value.value) == (phrase, 2)


@pytest.mark.parametrize("text", ["يومي الخميس والجمعة", "ليلة السبت على الأحد"])
def test_a_range_of_weekdays_is_a_range_even_unresolved(text: str) -> None:
    (match,) = cp.find_dates(text)
    assert (match.value.start, match.value.precision) == (None, cp.Precision.RANGE)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("قتل ألفاً و296 شخصا منذ بداية العام", 1296),  # «ألفاً» then «و»: one thousand
        ("نزح ألفا شخص من القرية", 2000),  # «ألفا» before a noun: two thousand
    ],
)
def test_the_accusative_thousand_before_and_is_one_thousand(text: str, value: int) -> None:
    assert cp.find_numbers(text)[0].value.value == value
