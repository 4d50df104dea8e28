"""Tables for ``find_areas``: phrase, expected area in km², reason.

The phrases are written for these tests in the style of Syrian, Palestinian,
Iraqi, Libyan and Sudanese reporting; none is copied from the corpus or the
conformance files.  Conversion factors follow ``../shared/corpus/README.md``:
km² 1, hectare 0.01, dunam 0.001 (1,000 m²), m² 1e-6; a square mile is
2.589988110336 km².
"""

from __future__ import annotations

import itertools
from typing import NamedTuple

import pytest

import conflictparse as cp

Q = cp.Quantity
MILE2 = 2.589988110336


def find(text: str) -> list[cp.Match[cp.Area]]:
    """``find_areas`` with the invariants every answer must keep."""
    found = cp.find_areas(text)
    for match in found:
        assert text[match.start : match.end] == match.text, match
        assert isinstance(match.value, cp.Area)
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start, (before, after)
    return found


def assert_quantity(actual: cp.Quantity, expected: cp.Quantity, reason: str) -> None:
    assert actual.qualifier is expected.qualifier, f"{reason}: {actual}"
    for field in ("value", "low", "high"):
        got, want = getattr(actual, field), getattr(expected, field)
        if want is None:
            assert got is None, f"{reason}: {field} of {actual}"
        else:
            assert got == pytest.approx(want, rel=1e-9), f"{reason}: {field} of {actual}"


def only(text: str, reason: str) -> cp.Match[cp.Area]:
    found = find(text)
    assert len(found) == 1, f"{reason}: {found}"
    return found[0]


# --- every unit, converted to km² ----------------------------------------------------------

UNITS = [
    pytest.param(
        "باتت قوات النظام تسيطر على 5400 كلم مربع في البادية",
        Q.exact(5400),
        "كلم مربع",
        id="klm-murabba",
    ),
    pytest.param(
        "تمتد المنطقة العازلة على 250 كم مربع شمال المدينة",
        Q.exact(250),
        "كم مربع",
        id="km-murabba",
    ),
    pytest.param(
        "لا تتجاوز مساحة المخيم 365 كم² وفق الأمم المتحدة",
        Q.exact(365),
        "كم² with the superscript two",
        id="km-superscript",
    ),
    pytest.param(
        "مساحة تبلغ 0.5 كم2 فقط",
        Q.exact(0.5),
        "كم2 with a plain digit",
        id="km-digit-two",
    ),
    pytest.param(
        "استعادت القوات الحكومية أكثر من 1200 كيلومتر مربع من البادية",
        Q.more_than(1200),
        "كيلومتر مربع, more_than kept",
        id="kilometre-murabba",
    ),
    pytest.param(
        "تبلغ مساحة القضاء نحو 600 ألف كيلو متر مربع",
        Q.approx(600_000),
        "كيلو متر مربع written apart, approx kept",
        id="kilo-metre-murabba",
    ),
    pytest.param(
        "تمتد البلدة على مساحة 3 كيلو مترات مربعة",
        Q.exact(3),
        "the plural written apart",
        id="kilo-metrat-muraba",
    ),
    pytest.param(
        "أتت الحرائق على نحو 300 هكتار من الأراضي الزراعية في ريف اللاذقية",
        Q.approx(3),
        "هكتار = 0.01 km²",
        id="hectare",
    ),
    pytest.param(
        "التهمت النيران ما لا يقل عن 150 هكتاراً من الغابات",
        Q.at_least(1.5),
        "هكتاراً, at_least kept",
        id="hectare-accusative",
    ),
    pytest.param(
        "جرفت آليات الاحتلال 12 دونماً في الأغوار الشمالية",
        Q.exact(0.012),
        "دونم = 0.001 km²",
        id="dunam-accusative",
    ),
    pytest.param(
        "أحرق مستوطنون ما يزيد عن 200 دونم من حقول القمح",
        Q.more_than(0.2),
        "دونم after «ما يزيد عن»",
        id="dunam-more-than",
    ),
    pytest.param(
        "أخطرت سلطات الاحتلال بهدم منشأة زراعية مساحتها 240 متراً مربعاً",
        Q.exact(0.00024),
        "متر مربع = 1e-6 km²",
        id="square-metre",
    ),
    pytest.param(
        "أقيمت الغرفة على أرض بمساحة 60 متر",
        Q.exact(0.00006),
        "«بمساحة N متر» is read as m²",
        id="bare-metre-after-masaha",
    ),
    pytest.param(
        "تبلغ مساحة الموقع 10 أميال مربعة",
        Q.exact(10 * MILE2),
        "أميال مربعة",
        id="square-miles",
    ),
    pytest.param(
        "تغطي المنطقة نحو 3 ميل مربع",
        Q.approx(3 * MILE2),
        "ميل مربع, approx kept",
        id="square-mile",
    ),
    pytest.param(
        "سيطرت قسد على مساحة خمسة كيلومترات مربعة جنوب الشدادي",
        Q.exact(5),
        "a number word",
        id="words-5",
    ),
    pytest.param(
        "تسيطر الفصائل على عشرة آلاف كيلو متر مربع",
        Q.exact(10_000),
        "number words with a scale",
        id="words-10000",
    ),
    pytest.param(
        "صادر الاحتلال خمسة آلاف دونم لصالح المستوطنات",
        Q.exact(5),
        "5000 dunams = 5 km²",
        id="words-dunams",
    ),
    pytest.param(
        "انسحب التنظيم من ٥٤٠٠ كلم مربع",
        Q.exact(5400),
        "Arabic-Indic digits",
        id="arabic-indic",
    ),
    pytest.param(
        "صودرت قرابة ١٢ دونما في طوباس",
        Q.approx(0.012),
        "Arabic-Indic digits and «قرابة»",
        id="arabic-indic-approx",
    ),
    pytest.param(
        "لا تتجاوز نحو ۵٫۵ كم²",
        Q.approx(5.5),
        "Persian digits with the Arabic decimal separator",
        id="persian-decimal",
    ),
    pytest.param(
        "جرى تجريف ما بين 20 و30 دونماً من الأراضي",
        Q.between(0.02, 0.03),
        "a range of dunams: bounds converted",
        id="range-dunams",
    ),
    pytest.param(
        "احترق أربعة دوانم من القمح",
        Q.exact(0.004),
        "the broken plural «دوانم» counts dunams",
        id="broken-plural-dunams",
    ),
    pytest.param(
        "أتت النيران على عشرات الدونمات من الأشجار المثمرة",
        Q.vague(0.02, 0.099),
        "a vague area: no value, qualifier vague, bounds converted",
        id="vague-dunams",
    ),
    pytest.param(
        "سيطرت الفصائل على مساحة تبلغ 64 ألف كيلومتر مربع تقريبا",
        Q.approx(64000),
        "a qualifier after the unit: the area is approximate, and still found",
        id="approx-after-unit",
    ),
    pytest.param(
        "تمتد المنطقة على 250 كلم مربع على الأقل",
        Q.at_least(250),
        "«على الأقل» after the unit",
        id="at-least-after-unit",
    ),
    pytest.param(
        "تسيطر قوات الدعم السريع على آلاف الكيلومترات المربعة في دارفور",
        Q.vague(2000, 9999),
        "«آلاف الكيلومترات المربعة»",
        id="vague-km",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), UNITS)
def test_units(text: str, expected: cp.Quantity, reason: str) -> None:
    match = only(text, reason)
    assert_quantity(match.value.km2, expected, reason)
    assert match.value.km2.unit is None, f"{reason}: km² is not a percentage: {match.value.km2}"


UNIT_AS_WRITTEN = [
    pytest.param("سيطرت على 5400 كلم مربع", "كلم مربع", id="klm"),
    pytest.param("مساحة 365 كم²", "كم²", id="km-superscript"),
    pytest.param("نحو 300 هكتار", "هكتار", id="hectare"),
    pytest.param("جرفت 12 دونماً", "دونماً", id="dunam-tanwin"),
    pytest.param("مساحة 10 أميال مربعة", "أميال مربعة", id="miles-hamza-ta-marbuta"),
    pytest.param("على عشرات الدونمات", "الدونمات", id="article"),
    pytest.param("تبلغ مساحتها 2480كم² تقريبا", "كم²", id="glued-to-the-digits"),
    pytest.param("تمتد على مساحة عام3200 كم² كلها", "كم²", id="after-a-word-glued-to-it"),
]


@pytest.mark.parametrize(("text", "unit"), UNIT_AS_WRITTEN)
def test_unit_as_written(text: str, unit: str) -> None:
    match = only(text, "the unit")
    assert match.value.unit == unit, match
    assert match.text.endswith(unit), match


# --- shares of a country, and whether they agree -------------------------------------------


class Share(NamedTuple):
    """What an area with a share of a country should read as."""

    km2: cp.Quantity
    share: cp.Quantity | None
    country: str | None
    consistent: bool | None


SHARES = [
    pytest.param(
        "تقلصت مناطق التنظيم في البادية إلى نحو 5400 كلم مربع بنسبة نحو 2.9% من مساحة سوريا",
        Share(Q.approx(5400), Q.approx(2.9, "percent"), "SY", True),
        "5400 / 185,180 km² = 2.92 %",
        id="syria-agrees",
    ),
    pytest.param(
        "تقلصت مناطق التنظيم في البادية إلى نحو 5400 كلم مربع بنسبة نحو 12% من مساحة سوريا",
        Share(Q.approx(5400), Q.approx(12, "percent"), "SY", False),
        "5400 km² is not 12 % of Syria",
        id="syria-disagrees",
    ),
    pytest.param(
        "تسيطر قسد على 50 ألف كلم مربع بنسبة 27% من الأراضي السورية",
        Share(Q.exact(50_000), Q.exact(27, "percent"), "SY", True),
        "50,000 / 185,180 km² = 27.0 %",
        id="syria-exact",
    ),
    pytest.param(
        "توغلت القوات في نحو 64 كم²، أي ما يعادل 17.5% من مساحة قطاع غزة",
        Share(Q.approx(64), Q.exact(17.5, "percent"), "PS-GZA", True),
        "«أي ما يعادل»: 64 / 365 km² = 17.5 %",
        id="gaza-agrees",
    ),
    pytest.param(
        "توغلت القوات في نحو 64 كم²، أي ما يعادل 40% من مساحة قطاع غزة",
        Share(Q.approx(64), Q.exact(40, "percent"), "PS-GZA", False),
        "64 km² is not 40 % of Gaza",
        id="gaza-disagrees",
    ),
    pytest.param(
        "تسيطر القوات على نحو 600 ألف كيلومتر مربع، أي ما يقارب 32% من مساحة السودان",
        Share(Q.approx(600_000), Q.approx(32, "percent"), "SD", True),
        "«أي ما يقارب»: 600,000 / 1,861,484 km² = 32.2 %",
        id="sudan-agrees",
    ),
    pytest.param(
        "سيطرت الفصائل على نحو 900 كلم مربع من المنطقة أي ما نسبته نحو 61%",
        Share(Q.approx(900), Q.approx(61, "percent"), None, None),
        "«أي ما نسبته نحو»: a share of a region, no country: nothing to check",
        id="no-country",
    ),
    pytest.param(
        "تبلغ مساحة الأراضي المحررة 1500 كيلومتر مربع من العراق",
        Share(Q.exact(1500), None, "IQ", None),
        "a country but no share: nothing to check",
        id="country-no-share",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), SHARES)
def test_shares(text: str, expected: Share, reason: str) -> None:
    km2, share, country, consistent = expected
    match = only(text, reason)
    area = match.value
    assert_quantity(area.km2, km2, reason)
    if share is None:
        assert area.share_pct is None, f"{reason}: {area}"
    else:
        assert area.share_pct is not None, f"{reason}: {area}"
        assert_quantity(area.share_pct, share, reason)
        assert match.text.rstrip().endswith("%"), f"{reason}: the span runs to the share: {match}"
    assert area.country == country, f"{reason}: {area}"
    assert area.consistent is consistent, f"{reason}: {area}"


# --- not areas ---------------------------------------------------------------------------

NEGATIVES = [
    pytest.param("قطعت القافلة مسافة 5400 كيلومتر حتى وصلت", "a length in kilometres", id="km"),
    pytest.param("تمركز القناص على بعد 300 متر من الحاجز", "a length in metres", id="metres"),
    pytest.param("ارتفعت نسبة البطالة في المحافظة إلى 2.9%", "a percentage alone", id="pct"),
    pytest.param("تقدر بـ 2.9% من مساحة البلاد", "a share with no area", id="share-alone"),
    pytest.param("قتل 12 مدنياً في القصف", "a casualty count", id="casualties"),
    pytest.param("شهد شهر آذار 2018 معارك عنيفة", "a date", id="date"),
    pytest.param("مربع أمني في وسط المدينة", "«مربع» alone", id="murabba-alone"),
    pytest.param("", "empty text", id="empty"),
]


@pytest.mark.parametrize(("text", "reason"), NEGATIVES)
def test_not_areas(text: str, reason: str) -> None:
    assert find(text) == [], reason


def test_two_areas_in_one_sentence() -> None:
    text = "صادرت السلطات 40 دونماً في قرية عقربا و3 هكتارات في قرية مجاورة"
    found = find(text)
    assert [m.text for m in found] == ["40 دونماً", "3 هكتارات"]
    assert [m.value.km2.value for m in found] == [pytest.approx(0.04), pytest.approx(0.03)]


@pytest.mark.parametrize(
    ("text", "phrase", "km2", "qualifier"),
    [
        ("تسيطر القوات على مناطق بمساحة 21400 كلم من مساحة البلاد", "21400 كلم", 21400, "exact"),
        ("تسيطر على مناطق بمساحة وصلت إلى أكثر من 8200 كلم", "أكثر من 8200 كلم", 8200, "more_than"),
        ("يمتد الحقل على مساحة تقدر بنحو 640 كم", "نحو 640 كم", 640, "approx"),
    ],
)
def test_a_bare_kilometre_after_a_word_of_area_is_square(
    text: str, phrase: str, km2: float, qualifier: str
) -> None:
    (match,) = find(text)
    assert (match.text, match.value.km2.value, match.value.km2.qualifier.value) == (
        phrase,
        km2,
        qualifier,
    )


@pytest.mark.parametrize(
    "text",
    [
        "تقع القرية على بعد 40 كلم من المدينة",
        # another figure between the word of area and the length
        "بمساحة 1200 كلم مربع، وتبعد 40 كلم عن الحدود",
    ],
)
def test_a_bare_kilometre_with_no_word_of_area_before_it_is_a_length(text: str) -> None:
    assert [m.text for m in find(text) if "40" in m.text] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأضاف أن المساحة التي يسيطر عليها التنظيم هي 2875 كلم", [("2875 كلم", 2875)]),
        ("وأكد أن المساحة المتبقية للتنظيم في الموصل 12 كلم", [("12 كلم", 12)]),
        ("تقع القرية على مساحة صغيرة وتبعد 40 كلم عن المدينة", []),
        ("المساحة الواقعة على بعد 5 كلم من الحدود", []),
    ],
    ids=["relative-clause", "the-rest", "a-distance-after", "a-distance-between"],
)
def test_a_bare_kilometre_after_the_word_of_area_with_its_article(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(m.text, m.value.km2.value) for m in cp.find_areas(text)] == expected
