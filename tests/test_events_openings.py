"""A report's opening paragraph and the body that tells its incident again (issue 9).

Every sentence is written for this file, in the shape of wire reports: a dateline and a
lead at a province, then a paragraph that names the narrower place of the same strike.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

import conflictparse as cp

PUBLISHED = datetime.date(2019, 3, 12)  # a Tuesday


def rows(text: str) -> list[tuple[Any, ...]]:
    """(location, date, sub-type, actor1, actor2, deaths) of each row of ``text``."""
    report = cp.parse_report(text, published=PUBLISHED)
    keys = ("location", "date_start", "sub_event_type", "actor1", "actor2", "fatalities_best")
    return [tuple(row[key] for key in keys) for row in report.to_rows()]


def test_an_opening_lead_at_a_province_is_the_strike_the_next_paragraph_places() -> None:
    text = (
        "صنعاء 12 مارس / قتل سبعة مدنيين اليوم الثلاثاء بغارة جوية للتحالف على سيارة في "
        "محافظة صعدة.\n"
        "وقال مصدر محلي إن الغارة استهدفت السيارة أثناء مرورها في منطقة آل مقنع بمديرية باقم."
    )
    assert rows(text) == [
        ("منطقة آل مقنع", "2019-03-12", "air_drone_strike", "saudi_coalition", "civilians", 7)
    ]


def test_a_merged_lead_names_the_side_of_the_strike_by_its_adjective() -> None:
    text = (
        "قتل خمسة مدنيين في غارات جوية روسية على ريف إدلب الجنوبي.\n"
        "وقال ناشطون إن طائرة حربية قصفت منزلا في قرية كفرسجنة."
    )
    assert rows(text) == [
        ("قرية كفرسجنة", "2019-03-12", "air_drone_strike", "russia_forces", "civilians", 5)
    ]


def test_an_opening_lead_is_not_told_again_at_a_place_of_another_province() -> None:
    text = (
        "قتل خمسة مدنيين في غارات جوية روسية على ريف إدلب الجنوبي.\n"
        "وقصفت طائرة حربية حي الشعار في مدينة حلب."
    )
    assert [(row[0], row[5]) for row in rows(text)] == [
        ("ريف إدلب الجنوبي", 5),
        ("حي الشعار", None),
    ]


def test_an_opening_at_a_city_that_names_its_other_place_keeps_both() -> None:
    text = (
        "استشهد 3 شبان بغارة مسيرة إسرائيلية على مدينة طوباس، إضافة إلى طفل أصيب برصاص "
        "الاحتلال في مخيم الفارعة.\n"
        "وكانت طائرة مسيرة قصفت مجموعة من الشبان في مخيم الفارعة."
    )
    assert [(row[0], row[5]) for row in rows(text)] == [
        ("مدينة طوباس", 3),
        ("مخيم الفارعة", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # in one sentence: the day of the attack, not of the statement
        "قالت منظمة حقوقية اليوم الثلاثاء إن مسلحين قتلوا 5 مدنيين في هجوم يوم السبت على "
        "قرية أم كدادة.",
        # a headline, a lead dated by its statement, a body that dates the attack
        "مسلحون يقتلون 5 مدنيين في هجوم على قرية بشمال دارفور\n"
        "قالت منظمة حقوقية اليوم الثلاثاء إن مسلحين قتلوا 5 مدنيين في شمال دارفور.\n"
        "وأوضحت أن المسلحين هاجموا يوم السبت قرية أم كدادة.",
    ],
)
def test_the_day_a_statement_was_made_gives_way_to_the_day_of_the_attack(text: str) -> None:
    assert rows(text) == [("قرية أم كدادة", "2019-03-09", "attack", None, "civilians", 5)]


def test_a_dateline_with_no_year_is_no_site() -> None:
    text = "عدن 11 مارس / قتل جنديان بانفجار عبوة ناسفة في مديرية المحفد بمحافظة أبين."
    assert [row[0] for row in rows(text)] == ["مديرية المحفد"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 4 مدنيين بقصف مدفعي على مصيف بلودان.", "مصيف بلودان"),
        # a word that says what the place is for ends its name, and the district holds it
        ("قتل 4 سياح بقصف مدفعي على مصيف برخ السياحي في قضاء زاخو.", "مصيف برخ"),
    ],
)
def test_a_summer_resort_is_a_site(text: str, expected: str) -> None:
    assert [row[0] for row in rows(text)] == [expected]
