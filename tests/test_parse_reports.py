"""``parse_reports`` gives, in order, exactly the reports that ``parse_report`` gives one by one.

The reports are written for these tests in the style of Arabic conflict news (strikes, clashes,
tolls with qualifiers, relative and written dates); none is copied from the corpus or the
conformance files.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

import conflictparse as cp

D = datetime.date

TEXTS = [
    "قتل 4 مدنيين بينهم طفلان في غارة جوية على بلدة كفرنبل بريف إدلب أمس الثلاثاء",
    "أصيب ما لا يقل عن 12 شخصا بجروح في قصف مدفعي استهدف حي جوبر في دمشق صباح اليوم",
    "اندلعت اشتباكات عنيفة بين قوات النظام وهيئة تحرير الشام على أطراف مدينة خان شيخون"
    " أسفرت عن مقتل نحو 20 عنصرا من الطرفين",
    "قتل أكثر من 30 شخصا وأصيب العشرات في تفجير سيارة مفخخة في مدينة الباب يوم 14 آذار 2018",
    "أعلنت وزارة الصحة في غزة ارتفاع حصيلة القتلى إلى 45 بينهم 9 أطفال منذ بدء القصف"
    " الإسرائيلي على رفح",
    "شنت طائرات التحالف بقيادة السعودية 5 غارات على مديرية حرض في محافظة حجة دون ورود أنباء"
    " عن ضحايا",
    "قتل ما بين 15 و20 مسلحا من تنظيم داعش في كمين نصبته قوات الحشد الشعبي قرب الموصل"
    " الأسبوع الماضي",
    "لا جديد على الجبهات اليوم",
    "سقط 3 قتلى من قوات الدعم السريع في اشتباكات مع الجيش السوداني في الفاشر بتاريخ 2/5/2024",
    "قتل مدني وأصيب اثنان آخران برصاص قناص في مدينة تعز مساء الأحد، فيما نزح قرابة 200 عائلة",
    "انفجرت عبوة ناسفة بدورية للجيش العراقي شمال بغداد ما أدى إلى مقتل ضابط وجنديين"
    " في 10 رمضان 1439 هـ",
    "ارتفع عدد ضحايا القصف على الغوطة الشرقية خلال الـ 24 ساعة الماضية إلى 57 قتيلا على الأقل",
    "",
]

PUBLISHED = D(2018, 3, 21)
# One date per text, some missing: relative dates resolve against their own text's date only.
PER_TEXT: list[D | None] = [
    D(2018, 3, 21),
    None,
    D(2019, 5, 2),
    D(2018, 3, 15),
    D(2023, 11, 4),
    None,
    D(2017, 7, 10),
    D(2020, 1, 1),
    D(2024, 5, 3),
    D(2018, 3, 21),
    None,
    D(2018, 2, 25),
    D(2018, 3, 21),
]


def dicts(reports: Any) -> list[dict[str, Any]]:
    return [report.to_dict() for report in reports]


def test_the_tables_are_consistent() -> None:
    assert len(PER_TEXT) == len(TEXTS)
    assert len(set(TEXTS)) == len(TEXTS)


def test_the_texts_are_not_trivial() -> None:
    # Most texts hold an event, so that equal reports compare something.
    reports = [cp.parse_report(text, published=PUBLISHED) for text in TEXTS]
    assert sum(bool(report.events) for report in reports) >= 10
    assert any(event.fatalities is not None for report in reports for event in report.events)


@pytest.mark.parametrize("workers", [None, 1, 2])
def test_without_publication_dates(workers: int | None) -> None:
    expected = dicts(cp.parse_report(text) for text in TEXTS)
    assert dicts(cp.parse_reports(TEXTS, workers=workers)) == expected


@pytest.mark.parametrize("workers", [None, 1, 2])
def test_with_one_publication_date(workers: int | None) -> None:
    expected = dicts(cp.parse_report(text, published=PUBLISHED) for text in TEXTS)
    assert dicts(cp.parse_reports(TEXTS, published=PUBLISHED, workers=workers)) == expected


@pytest.mark.parametrize("workers", [None, 1, 2])
def test_with_a_publication_date_per_text(workers: int | None) -> None:
    expected = dicts(
        cp.parse_report(text, published=published)
        for text, published in zip(TEXTS, PER_TEXT, strict=True)
    )
    assert dicts(cp.parse_reports(TEXTS, published=PER_TEXT, workers=workers)) == expected


def test_per_text_dates_are_not_shared() -> None:
    # «أمس الثلاثاء» is 20 March 2018 only in the text published on 21 March 2018.
    with_dates = list(cp.parse_reports(TEXTS, published=PER_TEXT, workers=2))
    without = list(cp.parse_reports(TEXTS, workers=2))
    assert with_dates[0].to_rows()[0]["date_start"] == "2018-03-20"
    assert without[0].to_rows()[0]["date_start"] != "2018-03-20"
    assert dicts(with_dates) != dicts(without)


def test_generators_in_two_processes() -> None:
    # parse_reports takes any iterables, for the texts and for the dates.
    expected = dicts(
        cp.parse_report(text, published=published)
        for text, published in zip(TEXTS, PER_TEXT, strict=True)
    )
    reports = cp.parse_reports(iter(TEXTS), published=iter(PER_TEXT), workers=2)
    assert dicts(reports) == expected


def test_rows_are_the_same_in_two_processes() -> None:
    expected = [cp.parse_report(text, published=PUBLISHED).to_rows() for text in TEXTS]
    reports = cp.parse_reports(TEXTS, published=PUBLISHED, workers=2)
    assert [report.to_rows() for report in reports] == expected


def test_more_workers_than_texts() -> None:
    texts = TEXTS[:3]
    expected = dicts(cp.parse_report(text, published=PUBLISHED) for text in texts)
    assert dicts(cp.parse_reports(texts, published=PUBLISHED, workers=8)) == expected
