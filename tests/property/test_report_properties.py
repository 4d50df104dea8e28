"""Invariants of ``parse_report`` over generated text.

``parse_report`` is total: any ``str`` in, a ``Report`` out, with or without a
publication date.  Every layer keeps the span invariant
(``text[start:end] == item.text``) against the original string, events and
territory figures span the text, ``to_dict`` and ``to_rows`` are JSON-ready,
and a report of one megabyte of hostile pieces is read without raising.
"""

from __future__ import annotations

import datetime
import json
import random
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import conflictparse as cp
from conflictparse import ROW_COLUMNS
from conflictparse.text.tokens import CLOSING_QUOTES, OPENING_QUOTES
from tests.property.strategies import decorate, noisy_text

_QUOTES = str.maketrans(dict.fromkeys(OPENING_QUOTES + CLOSING_QUOTES, " "))

PUBLISHED = st.one_of(
    st.none(), st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2035, 12, 31))
)


def check_report(text: str, report: cp.Report) -> None:
    """Every span in every layer points into ``text``; the exports are JSON-ready."""
    assert report.text == text
    layers: dict[str, tuple[cp.Match[Any], ...]] = {
        "casualties": report.casualties,
        "dates": report.dates,
        "numbers": report.numbers,
        "areas": report.areas,
        "actors": report.actors,
        "places": report.places,
    }
    for name, matches in layers.items():
        for match in matches:
            assert 0 <= match.start < match.end <= len(text), (name, match)
            assert text[match.start : match.end] == match.text, (name, match)
    for item in report.unresolved:
        assert 0 <= item.start <= item.end <= len(text), item
        assert text[item.start : item.end] == item.text, item
        assert item.reason
    for stat in report.territory:
        assert 0 <= stat.start <= stat.end <= len(text), stat
    for event in report.events:
        assert 0 <= event.start <= event.end <= len(text), event
        if event.date_source == "published":
            assert report.published is not None
            assert event.date is not None
            assert event.date.start == report.published
        if event.date is None:
            assert event.date_source is None
        assert event.date_source in (None, "text", "published")
        if event.location is not None:
            # the place as written, its quotes and runs of spaces aside (docs/report.md)
            where = event.evidence.location
            assert where is not None, event
            assert text[where.start : where.end] == where.text, event
            assert event.location.split() == where.text.translate(_QUOTES).split(), event
    data = report.to_dict()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    rows: list[dict[str, Any]] = report.to_rows()
    assert len(rows) == len(report.events)
    for row in rows:
        assert list(row) == list(ROW_COLUMNS)
        assert text[row["source_start"] : row["source_end"]] == row["source_text"]
    json.dumps(rows, ensure_ascii=False)


# --- totality ----------------------------------------------------------------------


@settings(max_examples=300)
@given(st.text(), PUBLISHED)
def test_parse_report_is_total_on_any_text(text: str, published: datetime.date | None) -> None:
    check_report(text, cp.parse_report(text, published=published))


@settings(max_examples=300)
@given(noisy_text(), PUBLISHED)
def test_parse_report_is_total_on_noisy_arabic(text: str, published: datetime.date | None) -> None:
    check_report(text, cp.parse_report(text, published=published))


# --- report-like text --------------------------------------------------------------

_REPORT_PIECES = (
    # casualties and running totals
    "قتل 5 مدنيين", "مقتل 3 عناصر من قوات النظام", "أصيب 7 آخرون", "ما لا يقل عن 96 قتيلاً",
    "وارتفع عدد القتلى إلى 9", "ليرتفع عدد القتلى إلى", "بينهم طفلان", "أكثر من 30 مفقود",
    "عشرات الجثث", "قتلى وجرحى", "عشرات الحافلات", "المئات من مقاتلي الفصائل",
    # event wording
    "في غارة جوية على", "في قصف مدفعي على", "في اشتباكات مع", "أعدم", "اختطف مسلحون",
    "سيطرت على", "بعد انسحاب", "خرجت مظاهرة في", "انفجار سيارة مفخخة في",
    # places
    "حي القدم", "بلدة كفرنبل", "مدينة دوما", "ريف إدلب", "محافظة درعا", "مخيم جباليا",
    "مدينة الموصل", "مدينة تعز", "حي أبو سليم", "مدينة الفاشر", "مدينة الأبيض", "بلدة",
    "حي", "مدينة", "ريف", "محافظة", "طرابلس", "البيضاء", "صلاح الدين",
    # actors
    "تنظيم “الدولة الإسلامية”", "التنظيم", "قوات النظام", "هيئة تحرير الشام",
    "قوات سوريا الديمقراطية", "الحوثيين", "قوات الدعم السريع", "المرصد السوري لحقوق الإنسان",
    # dates
    "أمس", "يوم الجمعة", "في الـ 13 من آذار / مارس الجاري من العام 2017",
    "13 رجب 1439 هـ الموافق 31 آذار 2018", "خلال الـ 24 ساعة الفائتة", "آذار 2018",
    "5 أيار 2016", "5 أيار 2017", "٢٠١٨/٣/١٣",
    # territory
    "يسيطر على نحو 5400 كلم مربع", "بنسبة نحو 2.9% من مساحة الجغرافية السورية",
    "3200 دونم", "هكتار",
)  # fmt: skip
_SEPARATORS = (" ", " ", "، ", ". ", "\n", "\n\n", "…", "", " - ")


@st.composite
def report_text(draw: st.DrawFn) -> str:
    """Sentences of report pieces, noisy text and separators, sometimes decorated."""
    pieces = draw(
        st.lists(st.one_of(st.sampled_from(_REPORT_PIECES), noisy_text()), min_size=1, max_size=20)
    )
    out = []
    for piece in pieces:
        out.append(piece)
        out.append(draw(st.sampled_from(_SEPARATORS)))
    text = "".join(out)
    return draw(decorate(text)) if draw(st.booleans()) else text


@settings(max_examples=300)
@given(report_text(), PUBLISHED)
def test_parse_report_is_well_formed_on_report_like_text(
    text: str, published: datetime.date | None
) -> None:
    check_report(text, cp.parse_report(text, published=published))


@settings(max_examples=50)
@given(st.lists(report_text(), max_size=4), PUBLISHED)
def test_parse_reports_equals_parse_report(
    texts: list[str], published: datetime.date | None
) -> None:
    reports = list(cp.parse_reports(texts, published=published))
    assert [report.to_dict() for report in reports] == [
        cp.parse_report(text, published=published).to_dict() for text in texts
    ]


# --- hostile input -----------------------------------------------------------------

_HOSTILE_PIECES = (
    "نحو ", "الـ 13 من ", "قتل 5 مدنيين في حي القدم ", "ما لا يقل عن ", "أكثر من ",
    "ارتفع عدد القتلى إلى ", "عشرات ", "المئات من ", "آذار / مارس ", "الجاري ", "من العام ",
    "2017 ", "2018 ", "13 رجب 1439 هـ ", "الموافق ", "الجمعة ", "أمس ", "خلال الـ 24 ساعة ",
    "بلدة ", "حي ", "ريف ", "مدينة ", "محافظة ", "تنظيم “الدولة الإسلامية” ", "التنظيم ",
    "قوات النظام ", "غارة ", "اشتباكات ", "كلم مربع ", "بنسبة ", "2.9% ", "١٢٣٤ ", "٫", "٬",
    "، ", ". ", "\n", "…", "«", "»", "\u0640", "\u064b", "\u200f", "9", "و", "ال",
)  # fmt: skip


def test_one_megabyte_of_hostile_pieces() -> None:
    rng = random.Random(20180313)
    parts: list[str] = []
    size = 0
    while size < 1_000_000:
        piece = rng.choice(_HOSTILE_PIECES)
        parts.append(piece)
        size += len(piece)
    text = "".join(parts)[:1_000_000]
    report = cp.parse_report(text, published=datetime.date(2018, 3, 21))
    assert report.casualties
    assert report.events
    for match in report.casualties[:: max(1, len(report.casualties) // 200)]:
        assert text[match.start : match.end] == match.text
    for event in report.events:
        assert 0 <= event.start <= event.end <= len(text)
    json.dumps(report.to_dict(), ensure_ascii=False)
