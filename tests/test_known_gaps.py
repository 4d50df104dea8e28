"""Known gaps found by reading real Arabic conflict reports.

Each case below is a sentence written for this file in the pattern of a real report (SOHR daily
reports and Arabic wire or news-site reports on Syria, Iraq, Yemen, Libya, Sudan, Gaza and
Lebanon) where the library's output breaks the annotation rules in ``corpus/README.md`` and
``corpus/EVENTS.md``. No sentence is copied from a report: names, places and figures are changed.

Every case is a strict ``xfail``: it states the value the library should return and fails today.
When a gap is fixed the case passes, strict ``xfail`` turns that into a failure, and the case
should then lose its mark and become an ordinary passing test.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest

import conflictparse as cp

WED = datetime.date(2024, 5, 15)
FRI = datetime.date(2024, 5, 17)

Rows = list[dict[str, Any]]
Expected = tuple[str, int | None, int | None, int | None, str]


def _gap(reason: str) -> pytest.MarkDecorator:
    # Only a failed assertion counts as the known gap: any other error is a real failure.
    return pytest.mark.xfail(strict=True, raises=AssertionError, reason=reason)


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def _overlaps(start: int, end: int, span: tuple[int, int]) -> bool:
    return start < span[1] and span[0] < end


# --- casualties: a count that should be read, with its kind and bounds ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "ومن بين قتلى الأمس 47 شخصا من المدنيين",
            ("killed", 47, 47, 47, "exact"),
            id="min-bayn-qatla-al-ams",
            marks=_gap("a count whose kind is given before it («من بين قتلى الأمس N») is missed"),
        ),
        pytest.param(
            "أفاد المرصد بأن نحو 180 سوريا سقطوا خلال يوم واحد",
            ("killed", 180, None, None, "approx"),
            id="demonym-saqatu",
            marks=_gap("«N سوريا سقطوا» (fell, i.e. were killed) is not a casualty"),
        ),
    ],
)
def test_casualty_is_read(text: str, expected: Expected) -> None:
    # expected: (kind, value, low, high, qualifier) of one casualty in the text
    found = [
        (
            m.value.kind.value,
            m.value.count.value,
            m.value.count.low,
            m.value.count.high,
            m.value.count.qualifier.value,
        )
        for m in cp.find_casualties(text)
    ]
    assert expected in found


# --- casualties: counts that are not casualties --------------------------------------------------

_DISPLACED = (
    "أعلن الوزير ارتفاع عدد الشهداء إلى 412 بينهم 57 طفلا و980 جريحا.\n\n"
    "وقالت الوحدة إن إجمالي عدد النازحين المسجلين بلغ 51 ألفا و200 منهم 14 ألفا و300 "
    "في 210 مراكز للإيواء."
)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        pytest.param(
            _DISPLACED,
            "14 ألفا و300",
            id="displaced-subcount",
            marks=_gap("a sub-count of displaced people takes «جريحا» from the paragraph before"),
        ),
    ],
)
def test_not_a_casualty(text: str, phrase: str) -> None:
    span = _span(text, phrase)
    assert not [m for m in cp.find_casualties(text) if _overlaps(m.start, m.end, span)]


# --- places --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "قتل ثمانية أشخاص في قصف على حي قاضي عسكر",
            "حي قاضي عسكر",
            id="two-word-name-after-hay",
            marks=_gap("an unknown two-word name after «حي» is cut to its first word"),
        ),
    ],
)
def test_place_is_read_whole(text: str, name: str) -> None:
    assert any(name in m.text for m in cp.find_places(text))


# --- events (Report.to_rows) ---------------------------------------------------------------------


def _at(rows: Rows, name: str) -> Rows:
    return [r for r in rows if r["location"] and name in r["location"]]


def _one_at(rows: Rows, name: str, key: str, value: object) -> bool:
    return any(r[key] == value for r in _at(rows, name))


EVENT_CASES = [
    pytest.param(
        "أشار المرصد إلى مقتل 3 من عناصر هيئة تحرير الشام (النصرة سابقا) في قصف لقوات النظام "
        "على جبل الزاوية أمس.",
        WED,
        lambda rows: _one_at(rows, "جبل الزاوية", "actor1", "syrian_government_forces"),
        id="former-name-pair-is-not-the-actor-pair",
        marks=_gap("«هيئة تحرير الشام (النصرة سابقا)» gives actor1=hts, actor2=nusra"),
    ),
    pytest.param(
        "قتل أربعة أشخاص في قصف على منطقة الشراك بولاية النيل الأبيض أمس.",
        WED,
        lambda rows: _one_at(rows, "الشراك", "admin1", "White Nile"),
        id="admin1-from-enclosing-state",
    ),
    pytest.param(
        "قتل ثلاثة جنود أتراك بانفجار لغم قرب بلدة جنديرس.",
        WED,
        lambda rows: _one_at(rows, "جنديرس", "actor2", "turkey_forces"),
        id="soldiers-with-a-broken-plural-nationality",
        marks=_gap("«أتراك» is a broken plural: only «تركي» and its regular forms name Turkey"),
    ),
    pytest.param(
        "وقال وزير الصحة في مؤتمر صحافي في بيروت إن عدد الشهداء بلغ 700.",
        WED,
        lambda rows: rows == [],
        id="press-conference-is-not-an-event",
        marks=_gap("a press conference's place becomes an event with the national toll"),
    ),
    pytest.param(
        "ونعى حزب الله 3 من مقاتليه، وقال إن كلا منهم ارتقى شهيدا على طريق القدس.",
        WED,
        lambda rows: not _at(rows, "القدس"),
        id="idiom-is-not-an-event",
        marks=_gap("the mourning formula «على طريق القدس» becomes an event in Jerusalem"),
    ),
    pytest.param(
        "وكان هجوم مماثل قد استهدف سوقا في مدينة الصدر وأسفر عن مقتل 30 شخصا.",
        WED,
        lambda rows: (
            bool(_at(rows, "الصدر"))
            and all(r["date_start"] != WED.isoformat() for r in _at(rows, "الصدر"))
        ),
        id="background-event-not-dated-today",
        marks=_gap("a past attack told with «وكان ... قد» is dated on the publication day"),
    ),
]


@pytest.mark.parametrize(("text", "published", "check"), EVENT_CASES)
def test_event_gaps(text: str, published: datetime.date, check: Callable[[Rows], bool]) -> None:
    rows = cp.parse_report(text, published=published).to_rows()
    assert check(rows), rows
