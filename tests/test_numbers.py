"""Tables for ``parse_number`` and ``find_numbers``: phrase, expected quantity, reason.

The phrases are written for these tests in the style of Syrian conflict reporting;
none is copied from the corpus or the conformance files.
"""

from __future__ import annotations

import pytest

import conflictparse as cp

Q = cp.Quantity
PCT = "percent"
Number = int | float


def quantity(expected: Q | Number) -> Q:
    return expected if isinstance(expected, Q) else Q.exact(expected)


def assert_quantity(actual: object, expected: Q, reason: str) -> None:
    """Field by field: ints must stay ints, floats compare approximately."""
    assert isinstance(actual, Q), reason
    assert actual.qualifier is expected.qualifier, f"{reason}: {actual}"
    assert actual.unit == expected.unit, f"{reason}: {actual}"
    for field in ("value", "low", "high"):
        got, want = getattr(actual, field), getattr(expected, field)
        if want is None:
            assert got is None, f"{reason}: {field} of {actual}"
        elif isinstance(want, int):
            assert got == want, f"{reason}: {field} of {actual}"
            assert isinstance(got, int), f"{reason}: integral {field} should be an int: {actual}"
        else:
            assert got == pytest.approx(want), f"{reason}: {field} of {actual}"


# --- parse_number: one quantity per string ------------------------------------------

DIGITS = [
    pytest.param("96", 96, "ASCII digits", id="ascii"),
    pytest.param("٩٦", 96, "Arabic-Indic digits fold to ASCII", id="arabic-indic"),
    pytest.param("۹۶", 96, "Extended (Persian) digits fold to ASCII", id="persian"),
    pytest.param("٥٤٠٠", 5400, "Arabic-Indic four digits", id="arabic-indic-5400"),
    pytest.param("0", 0, "zero is a count too", id="zero"),
    pytest.param("  96 ", 96, "surrounding whitespace is allowed", id="whitespace"),
    pytest.param("\u00a0٩٦\u00a0", 96, "no-break spaces fold to spaces", id="nbsp"),
    pytest.param("\u200f96", 96, "a leading RLM is deleted by normalisation", id="rlm"),
    pytest.param("96\u200f", 96, "a trailing RLM is deleted by normalisation", id="rlm-after"),
    pytest.param("٩٦\u061c ", 96, "a trailing ALM, then a space", id="alm-after"),
    pytest.param("1,200", 1200, "ASCII thousands separator", id="comma-thousands"),
    pytest.param("١٬٢٠٠", 1200, "Arabic thousands separator U+066C", id="arabic-thousands"),
    pytest.param("12,500", 12_500, "two-digit head group", id="comma-12500"),
    pytest.param("1,250,000", 1_250_000, "two separators", id="comma-millions"),
    pytest.param("١٬٢٥٠٬٠٠٠", 1_250_000, "two Arabic separators", id="arabic-millions"),
    pytest.param("2.9", 2.9, "decimal point", id="decimal-point"),
    pytest.param("٢٫٩", 2.9, "Arabic decimal separator U+066B", id="arabic-decimal"),
    pytest.param("3.5", 3.5, "decimal point", id="decimal-3.5"),
    pytest.param("٣.٥", 3.5, "Arabic-Indic digits with an ASCII point", id="mixed-decimal"),
    pytest.param("۳٫۵", 3.5, "Persian digits with U+066B", id="persian-decimal"),
]

PERCENT = [
    pytest.param("2.9%", Q.exact(2.9, PCT), "percent sign", id="pct-ascii"),
    pytest.param("٢٫٩٪", Q.exact(2.9, PCT), "Arabic percent sign U+066A", id="pct-arabic"),
    pytest.param("٪١٥", Q.exact(15, PCT), "percent sign typed before (RTL)", id="pct-before"),
    pytest.param("15%", Q.exact(15, PCT), "integral percentage", id="pct-15"),
    pytest.param("15 %", Q.exact(15, PCT), "space before the sign", id="pct-space"),
    pytest.param("15 بالمئة", Q.exact(15, PCT), "بالمئة", id="pct-bilmia"),
    pytest.param("15 بالمائة", Q.exact(15, PCT), "بالمائة spelling", id="pct-bilmaia"),
    pytest.param("15 في المئة", Q.exact(15, PCT), "في المئة", id="pct-fil-mia"),
    pytest.param("15 في المائة", Q.exact(15, PCT), "في المائة spelling", id="pct-fil-maia"),
    pytest.param("١٥ بالمئة", Q.exact(15, PCT), "Arabic-Indic digits, word", id="pct-indic-word"),
    pytest.param("خمسة عشر بالمئة", Q.exact(15, PCT), "number words, then بالمئة", id="pct-words"),
    pytest.param("نحو 40%", Q.approx(40, PCT), "approximate percentage", id="pct-approx"),
    pytest.param(
        "أكثر من 60 في المئة", Q.more_than(60, PCT), "lower-bounded percentage", id="pct-more"
    ),
    pytest.param(
        "ما بين 10 و15 بالمئة", Q.between(10, 15, PCT), "range of percentages", id="pct-range"
    ),
]

WORDS = [
    pytest.param("ستة وتسعين", 96, "units before tens, oblique", id="96-oblique"),
    pytest.param("ستة وتسعون", 96, "units before tens, nominative", id="96-nominative"),
    pytest.param("ست وتسعون", 96, "feminine-noun form of the unit", id="96-feminine"),
    pytest.param("ثلاثة", 3, "with a masculine noun", id="3-masc-noun"),
    pytest.param("ثلاث", 3, "with a feminine noun", id="3-fem-noun"),
    pytest.param("واحد", 1, "one", id="1"),
    pytest.param("اثنان", 2, "nominative two", id="2-nom"),
    pytest.param("اثنين", 2, "oblique two", id="2-obl"),
    pytest.param("اثنتان", 2, "feminine two", id="2-fem"),
    pytest.param("اثنتين", 2, "feminine oblique two", id="2-fem-obl"),
    pytest.param("ثمانية", 8, "eight, masculine noun", id="8"),
    pytest.param("ثماني", 8, "eight, feminine noun", id="8-thamani"),
    pytest.param("ثمان", 8, "eight, feminine noun, indefinite", id="8-thaman"),
    pytest.param("عشرة", 10, "ten, masculine noun", id="10"),
    pytest.param("عشر", 10, "ten, feminine noun", id="10-fem"),
    pytest.param("عشرون", 20, "tens nominative", id="20-nom"),
    pytest.param("عشرين", 20, "tens oblique", id="20-obl"),
    pytest.param("أحد عشر", 11, "11 masculine", id="11-masc"),
    pytest.param("إحدى عشرة", 11, "11 feminine", id="11-fem"),
    pytest.param("احدى عشرة", 11, "11 without the hamza", id="11-no-hamza"),
    pytest.param("اثنا عشر", 12, "12 nominative", id="12-nom"),
    pytest.param("اثني عشر", 12, "12 oblique", id="12-obl"),
    pytest.param("اثنتا عشرة", 12, "12 feminine", id="12-fem"),
    pytest.param("ثلاثة عشر", 13, "13 masculine", id="13-masc"),
    pytest.param("ثلاث عشرة", 13, "13 feminine", id="13-fem"),
    pytest.param("ثمانية عشر", 18, "18 masculine", id="18-masc"),
    pytest.param("ثماني عشرة", 18, "18 feminine", id="18-fem"),
    pytest.param("تسعة عشر", 19, "19", id="19"),
    pytest.param("خمسة وعشرون", 25, "25", id="25"),
    pytest.param("واحد وثلاثون", 31, "31", id="31"),
    pytest.param("إحدى وعشرين", 21, "21 feminine oblique", id="21-fem"),
    pytest.param("أحد وعشرون", 21, "أحد before the tens, masculine", id="21-ahad"),
    pytest.param("ألف وأحد عشر", 1011, "eleven after a thousand", id="1011"),
    pytest.param("ثمانية عشر ألفاً وأحد عشر", 18_011, "eleven after thousands", id="18011"),
    pytest.param("اربعة و اربعين", 44, "no hamza, spaced و", id="44-spaced"),
    pytest.param("مئة", 100, "مئة spelling", id="100-mia"),
    pytest.param("مائة", 100, "مائة spelling", id="100-maia"),
    pytest.param("مئتان", 200, "dual nominative", id="200-nom"),
    pytest.param("مئتين", 200, "dual oblique", id="200-obl"),
    pytest.param("مائتين", 200, "dual oblique, مائة spelling", id="200-maia"),
    pytest.param("ثلاثمئة", 300, "joined hundreds", id="300-joined"),
    pytest.param("ثلاثمائة", 300, "joined hundreds, مائة spelling", id="300-maia"),
    pytest.param("ثلاث مئة", 300, "hundreds written apart", id="300-apart"),
    pytest.param("أربعمائة", 400, "400", id="400"),
    pytest.param("ثمانمئة", 800, "800 joined", id="800"),
    pytest.param("تسعمئة", 900, "900", id="900"),
    pytest.param("مئة وخمسون", 150, "hundred and tens", id="150"),
    pytest.param("ثلاثمائة وخمسة وعشرون", 325, "hundreds, units, tens", id="325"),
    pytest.param("ألف", 1000, "thousand", id="1000"),
    pytest.param("ألفان", 2000, "dual thousand nominative", id="2000-nom"),
    pytest.param("ألفين", 2000, "dual thousand oblique", id="2000-obl"),
    pytest.param("ثلاثة آلاف", 3000, "plural آلاف after 3..10", id="3000"),
    pytest.param("عشرة آلاف", 10_000, "ten thousand", id="10000"),
    pytest.param("أحد عشر ألفاً", 11_000, "accusative ألفاً after 11", id="11000-tanween"),
    pytest.param("عشرون ألفا", 20_000, "ألفا without tanween", id="20000"),
    pytest.param("خمسة وعشرين ألف", 25_000, "bare ألف after 25 (news usage)", id="25000"),
    pytest.param("مئة ألف", 100_000, "hundred thousand", id="100000"),
    pytest.param("مئتي ألف", 200_000, "dual hundred in construct", id="200000"),
    pytest.param("ألف ومئتان", 1200, "thousand and two hundred", id="1200"),
    pytest.param("ألف وخمسمئة", 1500, "thousand and five hundred", id="1500"),
    pytest.param("مليون", 1_000_000, "million", id="1e6"),
    pytest.param("مليونان", 2_000_000, "dual million nominative", id="2e6-nom"),
    pytest.param("مليونين", 2_000_000, "dual million oblique", id="2e6-obl"),
    pytest.param("ثلاثة ملايين", 3_000_000, "plural ملايين", id="3e6"),
    pytest.param("أحد عشر مليوناً", 11_000_000, "accusative مليوناً", id="11e6"),
    pytest.param("مليار", 1_000_000_000, "milliard", id="1e9"),
    pytest.param("ثلاثة مليارات", 3_000_000_000, "plural مليارات", id="3e9"),
]

MIXED = [
    pytest.param("3 آلاف", 3000, "digits with a scale word", id="3-alaf"),
    pytest.param("١٠ آلاف", 10_000, "Arabic-Indic digits with آلاف", id="10-alaf"),
    pytest.param("12 ألفاً", 12_000, "digits with ألفاً", id="12-alfan"),
    pytest.param("300 ألف", 300_000, "digits with ألف", id="300-alf"),
    pytest.param("1.5 مليون", 1_500_000, "decimal times million is integral", id="1.5-million"),
    pytest.param("٣٫٢ مليون", 3_200_000, "Arabic decimal times million", id="3.2-million"),
    pytest.param("5 ملايين", 5_000_000, "digits with ملايين", id="5-malayin"),
    pytest.param("2.5 مليار", 2_500_000_000, "decimal times milliard", id="2.5-milliard"),
]

FRACTIONS = [
    pytest.param("نصف", 0.5, "half", id="half"),
    pytest.param("ثلث", 1 / 3, "third", id="third"),
    pytest.param("ربع", 0.25, "quarter", id="quarter"),
    pytest.param("نصف مليون", 500_000, "half a million", id="half-million"),
    pytest.param("ربع مليون", 250_000, "quarter of a million", id="quarter-million"),
    pytest.param("نحو نصف", Q.approx(0.5), "about half", id="about-half"),
]

VAGUE = [
    pytest.param("بضع", Q.vague(3, 9), "a few", id="bid"),
    pytest.param("بضعة", Q.vague(3, 9), "a few (ة form)", id="bida"),
    pytest.param("عشرات", Q.vague(20, 99), "tens", id="asharat"),
    pytest.param("العشرات", Q.vague(20, 99), "tens with the article", id="al-asharat"),
    pytest.param("مئات", Q.vague(200, 999), "hundreds", id="miat"),
    pytest.param("المئات", Q.vague(200, 999), "hundreds with the article", id="al-miat"),
    pytest.param("آلاف", Q.vague(2000, 9999), "thousands", id="alaf"),
    pytest.param("الآلاف", Q.vague(2000, 9999), "thousands with the article", id="al-alaf"),
    pytest.param("عشرات الآلاف", Q.vague(20_000, 99_999), "tens of thousands", id="tens-k"),
    pytest.param(
        "مئات الآلاف", Q.vague(200_000, 999_999), "hundreds of thousands", id="hundreds-k"
    ),
]

QUALIFIED = [
    pytest.param("نحو 100", Q.approx(100), "نحو", id="nahw"),
    pytest.param("حوالي 100", Q.approx(100), "حوالي", id="hawali"),
    pytest.param("حوالى 100", Q.approx(100), "حوالى with alef maqsura", id="hawala"),
    pytest.param("قرابة 50", Q.approx(50), "قرابة", id="qaraba"),
    pytest.param("زهاء 200", Q.approx(200), "زهاء", id="zuhaa"),
    pytest.param("ما يقارب 70", Q.approx(70), "ما يقارب", id="yuqarib"),
    pytest.param("ما يناهز 300", Q.approx(300), "ما يناهز", id="yunahiz"),
    pytest.param("ما يقدر بـ 90", Q.approx(90), "an estimate, «بـ» apart", id="yuqaddar-bi"),
    pytest.param("ما تقدر ب4 آلاف", Q.approx(4000), "an estimate, «ب» glued", id="tuqaddar-bi"),
    pytest.param("100 تقريباً", Q.approx(100), "تقريباً after the number", id="taqriban"),
    pytest.param("نحو ستين", Q.approx(60), "approximate number word", id="nahw-words"),
    pytest.param("قرابة ٣ آلاف", Q.approx(3000), "approximate mixed number", id="qaraba-mixed"),
    pytest.param("نحو 600 ألف", Q.approx(600_000), "approximate thousands", id="nahw-600k"),
    pytest.param("ما لا يقل عن 96", Q.at_least(96), "ما لا يقل عن", id="at-least"),
    pytest.param("لا يقل عن 96", Q.at_least(96), "without ما", id="at-least-no-ma"),
    pytest.param("96 على الأقل", Q.at_least(96), "على الأقل after the number", id="ala-al-aqal"),
    pytest.param("ما لا يقل عن ثلاثين", Q.at_least(30), "words", id="at-least-words"),
    pytest.param("أكثر من 30", Q.more_than(30), "أكثر من", id="more-than"),
    pytest.param("ما يزيد عن 30", Q.more_than(30), "ما يزيد عن", id="yazid-an"),
    pytest.param("ما يزيد على 30", Q.more_than(30), "ما يزيد على", id="yazid-ala"),
    pytest.param("ما يربو على 30", Q.more_than(30), "ما يربو على", id="yarbu"),
    pytest.param("زاد عن 30", Q.more_than(30), "زاد عن", id="zada-an"),
    pytest.param("زادت على 30", Q.more_than(30), "زادت على", id="zadat-ala"),
    pytest.param("أكثر من ألف", Q.more_than(1000), "words", id="more-than-alf"),
    pytest.param("اكثر من مئة", Q.more_than(100), "no hamza", id="more-than-mia"),
    pytest.param("ما لا يزيد عن 40", Q.at_most(40), "ما لا يزيد عن", id="at-most"),
    pytest.param("أقل من 10", Q.less_than(10), "أقل من", id="less-than"),
    pytest.param("أقل من عشرة", Q.less_than(10), "words", id="less-than-words"),
    pytest.param("ما دون 10", Q.less_than(10), "ما دون: below, exclusive", id="ma-dun"),
    pytest.param(
        "ما لا يقل عن 10 بالمئة", Q.at_least(10, PCT), "qualified percentage", id="at-least-pct"
    ),
]

RANGES = [
    pytest.param("بين 20 و30", Q.between(20, 30), "بين … و", id="bayn"),
    pytest.param("ما بين ٦ و٨", Q.between(6, 8), "ما بين, Arabic-Indic", id="ma-bayn"),
    pytest.param("من 20 إلى 30", Q.between(20, 30), "من … إلى", id="min-ila"),
    pytest.param("من 20 الى 30", Q.between(20, 30), "الى without hamza", id="min-ila-bare"),
    pytest.param("20-30", Q.between(20, 30), "hyphen", id="hyphen"),
    pytest.param("٢٠-٣٠", Q.between(20, 30), "hyphen, Arabic-Indic", id="hyphen-indic"),
    pytest.param("20–30", Q.between(20, 30), "en dash", id="en-dash"),
    pytest.param(
        "ما بين 20 و30 ألف", Q.between(20_000, 30_000), "scale word shared", id="shared-alf"
    ),
    pytest.param(
        "ما بين 3 و4 آلاف", Q.between(3000, 4000), "plural scale shared", id="shared-alaf"
    ),
    pytest.param("بين عشرين وثلاثين", Q.between(20, 30), "number words", id="bayn-words"),
]


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    DIGITS + PERCENT + WORDS + MIXED + FRACTIONS + VAGUE + QUALIFIED + RANGES,
)
def test_parse_number(text: str, expected: Q | Number, reason: str) -> None:
    assert_quantity(cp.parse_number(text), quantity(expected), reason)


# --- parse_number: what is not one quantity -----------------------------------------

NOT_ONE_QUANTITY = [
    pytest.param("", 0, "empty", id="empty"),
    pytest.param("   ", None, "whitespace only", id="blank"),
    pytest.param("نحو", 3, "a qualifier with no number: expected one at the end", id="nahw"),
    pytest.param("أكثر من", 7, "a bound with no number", id="akthar-min"),
    pytest.param("عشرات الحافلات", 6, "the noun is not part of the quantity", id="buses"),
    pytest.param("ثلاثة ثلاثة", 6, "two numbers side by side", id="twice"),
    pytest.param("٩٦ ٩٦", 3, "two digit runs", id="twice-digits"),
    pytest.param("96 قتيلا", 3, "a count with its noun is not a bare quantity", id="noun"),
    pytest.param("قتل 96", 0, "a verb before the number", id="verb"),
    pytest.param("abc", 0, "no number at all", id="latin"),
    pytest.param("الثالث عشر", 0, "an ordinal ranks, it does not count", id="ordinal-13"),
    pytest.param("الخامس والعشرين", 0, "an ordinal compound", id="ordinal-25"),
    pytest.param("الاثنين", 0, "Monday, not two", id="monday"),
    pytest.param("3 و4", None, "a list of two numbers is not one quantity", id="list"),
    pytest.param("بين 20", None, "a range missing its upper bound", id="half-range"),
    pytest.param("1" * 31, None, "more than 30 digits is not a quantity", id="31-digits"),
]


@pytest.mark.parametrize(("text", "position", "reason"), NOT_ONE_QUANTITY)
def test_parse_number_rejects(text: str, position: int | None, reason: str) -> None:
    with pytest.raises(cp.NumberParseError) as info:
        cp.parse_number(text)
    err = info.value
    assert isinstance(err, cp.ParseError)
    assert isinstance(err, ValueError)
    assert err.text == text, reason
    assert 0 <= err.position <= len(text), reason
    if position is not None:
        assert err.position == position, reason
    assert "^" in str(err)


def test_parse_error_position_is_in_the_original_text() -> None:
    # The bidi mark and the tatweel are deleted before matching; the position still counts them.
    text = "\u200fعشرات\u0640 الحافلات"
    with pytest.raises(cp.NumberParseError) as info:
        cp.parse_number(text)
    assert info.value.position == text.index("الحافلات")


# --- find_numbers: running text ------------------------------------------------------

Expected = list[tuple[int, int, str, Q]]

RUNNING_TEXT = [
    pytest.param(
        "قتل 12 مدنياً بينهم 5 أطفال و3 نساء في غارات جوية",
        [(4, 6, "12", Q.exact(12)), (20, 21, "5", Q.exact(5)), (29, 30, "3", Q.exact(3))],
        "three counts; the proclitic و is not part of «و3»",
        id="civilians-children-women",
    ),
    pytest.param(
        "ارتفع عدد القتلى إلى ما لا يقل عن 96 شخصاً",
        [(21, 36, "ما لا يقل عن 96", Q.at_least(96))],
        "the span covers the qualifier words",
        id="toll-at-least",
    ),
    pytest.param(
        "أصيب نحو ٤٠ شخصاً بجروح متفاوتة",
        [(5, 11, "نحو ٤٠", Q.approx(40))],
        "approximate, Arabic-Indic digits",
        id="wounded-about",
    ),
    pytest.param(
        "سقط عشرات الجرحى ومئات المفقودين",
        [(4, 9, "عشرات", Q.vague(20, 99)), (18, 22, "مئات", Q.vague(200, 999))],
        "two vague quantities; و stays outside the second",
        id="tens-and-hundreds",
    ),
    pytest.param(
        "نزح ما بين 20 و30 ألف شخص من المنطقة",
        [(4, 21, "ما بين 20 و30 ألف", Q.between(20_000, 30_000))],
        "the scale word applies to both ends of the range",
        id="displaced-range",
    ),
    pytest.param(
        "تسيطر على نحو 5400 كلم مربع بنسبة 2.9% من مساحة البلاد",
        [(10, 18, "نحو 5400", Q.approx(5400)), (34, 38, "2.9%", Q.exact(2.9, PCT))],
        "an area figure and a share",
        id="area-and-share",
    ),
    pytest.param(
        "قتل ثلاثة عناصر وأصيب اثنان",
        [(4, 9, "ثلاثة", Q.exact(3)), (22, 27, "اثنان", Q.exact(2))],
        "number words in running text",
        id="words-3-and-2",
    ),
    pytest.param(
        "قتل طفلين وأصيبت سيدتان",
        [(4, 9, "طفلين", Q.exact(2)), (17, 23, "سيدتان", Q.exact(2))],
        "duals of counted nouns carry the number 2",
        id="duals",
    ),
    pytest.param(
        "قتل شخصان وثلاثة أطفال",
        [(4, 9, "شخصان", Q.exact(2)), (11, 16, "ثلاثة", Q.exact(3))],
        "a dual and a number word joined by و are a list, not 5",
        id="dual-and-word",
    ),
    pytest.param(
        "نفذت الطائرات أكثر من 30 غارة",
        [(14, 24, "أكثر من 30", Q.more_than(30))],
        "air strikes are not casualties, but the number is still a number",
        id="more-than-strikes",
    ),
    pytest.param(
        "سقط 45 قتيلا على الأقل",
        [(4, 22, "45 قتيلا على الأقل", Q.at_least(45))],
        "a trailing «على الأقل» qualifies the count; the span runs through it",
        id="trailing-at-least",
    ),
    pytest.param(
        "بلغت نسبة الدمار ٪١٥ في الحي",
        [(17, 20, "٪١٥", Q.exact(15, PCT))],
        "percent sign before the digits; «في الحي» is not «في المئة»",
        id="percent-before",
    ),
    pytest.param(
        "قتل 1,200 شخص",
        [(4, 9, "1,200", Q.exact(1200))],
        "thousands separator",
        id="comma-thousands",
    ),
    pytest.param(
        "مقتل الـ 13 عنصراً",
        [(5, 11, "الـ 13", Q.exact(13))],
        "the article الـ belongs to the span",
        id="article-spaced",
    ),
    pytest.param(
        "مقتل الـ13 عنصراً",
        [(5, 10, "الـ13", Q.exact(13))],
        "the article glued to the digits",
        id="article-glued",
    ),
    pytest.param(
        "دفع بنحو 600 ألف دولار",
        [(5, 16, "نحو 600 ألف", Q.approx(600_000))],
        "the proclitic ب stays outside; the scale word is inside",
        id="bi-nahw",
    ),
    pytest.param(
        "وصل قرابة ٣ آلاف نازح",
        [(4, 16, "قرابة ٣ آلاف", Q.approx(3000))],
        "approximate mixed number",
        id="qaraba-alaf",
    ),
    pytest.param(
        "قُتِلَ ثـلاثـة أشخاص",
        [(7, 14, "ثـلاثـة", Q.exact(3))],
        "tatweel inside the number word, diacritics before it",
        id="tatweel",
    ),
    pytest.param(
        "وأصيب عشرةٌ",
        [(6, 11, "عشرةٌ", Q.exact(10))],
        "the span keeps the tanween on the last letter",
        id="tanween",
    ),
    pytest.param(
        "\u200f96\u200f",
        [(1, 3, "96", Q.exact(96))],
        "bidi marks around the digits stay outside the span",
        id="rlm-around",
    ),
    pytest.param(
        "في اليوم الخامس والعشرين من الحصار قتل 7 أشخاص",
        [(39, 40, "7", Q.exact(7))],
        "the ordinal gives nothing",
        id="ordinal-then-count",
    ),
    pytest.param(
        "قتل أحد عشر شخصاً",
        [(4, 11, "أحد عشر", Q.exact(11))],
        "أحد followed by عشر is 11",
        id="ahad-ashar",
    ),
    pytest.param(
        "عشرات الحافلات",
        [(0, 5, "عشرات", Q.vague(20, 99))],
        "only «عشرات» is a quantity; the buses are not part of it",
        id="buses",
    ),
    pytest.param(
        "خرجت عشرات الحافلات من المدينة",
        [(5, 10, "عشرات", Q.vague(20, 99))],
        "the same inside a sentence",
        id="buses-sentence",
    ),
    pytest.param(
        "العشرات من المدنيين",
        [(0, 7, "العشرات", Q.vague(20, 99))],
        "the article is part of the span",
        id="al-asharat",
    ),
    pytest.param(
        "جرح 5 أشخاص والعشرات من السكان",
        [(4, 5, "5", Q.exact(5)), (13, 20, "العشرات", Q.vague(20, 99))],
        "«والعشرات»: و outside, the article inside",
        id="wal-asharat",
    ),
    pytest.param(
        "أصيب بضعة أشخاص",
        [(5, 9, "بضعة", Q.vague(3, 9))],
        "a few",
        id="bida",
    ),
    pytest.param(
        "تراجع بنسبة 15 في المئة",
        [(12, 23, "15 في المئة", Q.exact(15, PCT))],
        "the percent words are part of the span",
        id="fil-mia",
    ),
    pytest.param(
        "قتل 20-30 شخصاً",
        [(4, 9, "20-30", Q.between(20, 30))],
        "hyphenated range",
        id="hyphen-range",
    ),
    pytest.param(
        "3 و4 عناصر",
        [(0, 1, "3", Q.exact(3)), (3, 4, "4", Q.exact(4))],
        "lists are not sums",
        id="list-digits",
    ),
    pytest.param(
        "ستة وتسعين و٩٦",
        [(0, 10, "ستة وتسعين", Q.exact(96)), (12, 14, "٩٦", Q.exact(96))],
        "a compound number word, then a separate digit run",
        id="list-word-digits",
    ),
    pytest.param(
        "2014 و2015",
        [(0, 4, "2014", Q.exact(2014)), (6, 10, "2015", Q.exact(2015))],
        "two numbers, not 4029",
        id="list-years",
    ),
    pytest.param(
        "قتل ستة وتسعون شخصاً",
        [(4, 14, "ستة وتسعون", Q.exact(96))],
        "compound number word in a sentence",
        id="96-words",
    ),
    pytest.param(
        "بلغ عدد النازحين 100 ألف تقريباً",
        [(17, 32, "100 ألف تقريباً", Q.approx(100_000))],
        "a trailing تقريباً is part of the span",
        id="trailing-taqriban",
    ),
    pytest.param(
        "فر مئات الآلاف من المدنيين",
        [(3, 14, "مئات الآلاف", Q.vague(200_000, 999_999))],
        "hundreds of thousands is one vague quantity",
        id="hundreds-of-thousands",
    ),
    pytest.param(
        "نزح عشرات الآلاف",
        [(4, 16, "عشرات الآلاف", Q.vague(20_000, 99_999))],
        "tens of thousands is one vague quantity",
        id="tens-of-thousands",
    ),
    pytest.param(
        "قتل ما يزيد على 50 شخصاً",
        [(4, 18, "ما يزيد على 50", Q.more_than(50))],
        "exclusive lower bound",
        id="yazid-ala",
    ),
    pytest.param(
        "نزح أقل من 10 عائلات",
        [(4, 13, "أقل من 10", Q.less_than(10))],
        "exclusive upper bound",
        id="less-than",
    ),
    pytest.param(
        "قدرت الخسائر بـ 1.5 مليون دولار",
        [(16, 25, "1.5 مليون", Q.exact(1_500_000))],
        "«بـ» with tatweel stays outside",
        id="bi-tatweel-million",
    ),
    pytest.param(
        "استهدفت البلدة بـ 20 قذيفة",
        [(18, 20, "20", Q.exact(20))],
        "«بـ 20»: the span is the digits",
        id="bi-tatweel-digits",
    ),
    pytest.param(
        "أسفر القصف عن مقتل 7 مدنيين وإصابة العشرات",
        [(19, 20, "7", Q.exact(7)), (35, 42, "العشرات", Q.vague(20, 99))],
        "a plural noun after a count is not a dual",
        id="count-and-tens",
    ),
]

NOTHING = [
    pytest.param("", "empty text", id="empty"),
    pytest.param("تقدمت قوات النظام في ريف حماة", "no quantity at all", id="no-number"),
    pytest.param("شنت الطائرات غارات يوم الاثنين", "Monday is not two", id="monday"),
    pytest.param("فقتل أحد عناصرها", "«أحد» alone is a pronoun, not 1", id="ahad-alone"),
    pytest.param("قتل في اليوم الثالث عشر", "ordinal 13th", id="ordinal-13"),
    pytest.param("خرجت الدفعة الخامسة من المهجرين", "ordinal fifth", id="ordinal-5"),
    pytest.param("للمرة العاشرة", "ordinal tenth", id="ordinal-10"),
    pytest.param("في الخامس والعشرين", "ordinal 25th", id="ordinal-25"),
    pytest.param("13/3/2018", "the digits belong to a date", id="date-slashes"),
    pytest.param("2018-03-13", "the digits belong to an ISO date", id="date-iso"),
    pytest.param("1" * 31, "more than 30 digits", id="31-digits"),
    pytest.param("\u0640\u064b\u200f\u200b", "invisible marks only", id="marks-only"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), RUNNING_TEXT)
def test_find_numbers(text: str, expected: Expected, reason: str) -> None:
    matches = cp.find_numbers(text)
    assert [(m.start, m.end, m.text) for m in matches] == [
        (start, end, span) for start, end, span, _ in expected
    ], reason
    for match, (start, end, span, want) in zip(matches, expected, strict=True):
        assert text[start:end] == span  # the table itself is consistent
        assert text[match.start : match.end] == match.text
        assert_quantity(match.value, want, reason)


@pytest.mark.parametrize(("text", "reason"), NOTHING)
def test_find_numbers_finds_nothing(text: str, reason: str) -> None:
    assert cp.find_numbers(text) == [], reason


def test_find_numbers_returns_match_objects() -> None:
    (match,) = cp.find_numbers("قتل 96 شخصاً")
    assert isinstance(match, cp.Match)
    assert match == cp.Match(start=4, end=6, text="96", value=Q.exact(96))


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        pytest.param("قتل 96 شخصاً", "digits", id="digits"),
        pytest.param("قتل ستة وتسعين شخصاً", "words", id="words"),
        pytest.param("قتل ما لا يقل عن 96 شخصاً", "qualified", id="qualified"),
        pytest.param("نزح ما بين 20 و30 ألف شخص", "range", id="range"),
        pytest.param("بنسبة 2.9%", "percent", id="percent"),
    ],
)
def test_parse_number_agrees_with_find_numbers(text: str, reason: str) -> None:
    (match,) = cp.find_numbers(text)
    assert cp.parse_number(match.text) == match.value, reason


# --- slashed fractions -----------------------------------------------------------------

SLASHED = [
    pytest.param("1/2", 0.5, "a half with a slash", id="1/2"),
    pytest.param("3/4", 0.75, "three quarters with a slash", id="3/4"),
    pytest.param("١/٢", 0.5, "Arabic-Indic digits around the slash", id="indic-1/2"),
    pytest.param("٣/٤", 0.75, "Arabic-Indic three quarters", id="indic-3/4"),
    pytest.param("۳/۴", 0.75, "Persian digits around the slash", id="persian-3/4"),
    pytest.param("2/3", 2 / 3, "two thirds", id="2/3"),
    pytest.param("1/3", 1 / 3, "one third", id="1/3"),
    pytest.param("99/100", 0.99, "six digits at most on each side", id="99/100"),
    pytest.param(" 1/2 ", 0.5, "surrounding spaces are allowed", id="spaced"),
    pytest.param("-1/2", -0.5, "a minus before the fraction", id="minus"),
    pytest.param("2 1/2", 2.5, "a mixed number: whole, space, fraction", id="mixed-2.5"),
    pytest.param("2 3/4", 2.75, "mixed number with three quarters", id="mixed-2.75"),
    pytest.param("ثلاثة 1/2", 3.5, "a number word, then a slashed fraction", id="mixed-words"),
    pytest.param("1/2%", Q.exact(0.5, PCT), "a fraction of a percent", id="pct-glued"),
    pytest.param("1/2 %", Q.exact(0.5, PCT), "a fraction of a percent, spaced", id="pct-spaced"),
    pytest.param("نحو 3/4", Q.approx(0.75), "a hedged fraction", id="approx"),
    pytest.param("أكثر من 1/2", Q.more_than(0.5), "a bounded fraction", id="more-than"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), SLASHED)
def test_parse_number_slashed_fraction(text: str, expected: Q | Number, reason: str) -> None:
    assert_quantity(cp.parse_number(text), quantity(expected), reason)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        pytest.param("1/0", "a zero denominator is no number", id="1/0"),
        pytest.param("0/0", "zero over zero", id="0/0"),
        pytest.param("1/2/2018", "a numeric date, not a fraction", id="date"),
        pytest.param("1 / 2", "spaces around the slash: two numbers", id="spaced-slash"),
        pytest.param("7:25", "a time", id="time"),
    ],
)
def test_parse_number_rejects_slashed_non_fractions(text: str, reason: str) -> None:
    with pytest.raises(cp.NumberParseError) as info:
        cp.parse_number(text)
    assert 0 <= info.value.position <= len(text), reason


SLASHED_RUNNING_TEXT = [
    pytest.param(
        "دمر القصف 3/4 المنازل في البلدة",
        [(10, 13, "3/4", Q.exact(0.75))],
        "a proper fraction is one number",
        id="three-quarters",
    ),
    pytest.param(
        "تضرر ١/٢ المباني",
        [(5, 8, "١/٢", Q.exact(0.5))],
        "Arabic-Indic digits keep their span",
        id="indic-half",
    ),
    pytest.param(
        "نزح نحو 3/4 السكان",
        [(4, 11, "نحو 3/4", Q.approx(0.75))],
        "the hedge belongs to the span",
        id="about-three-quarters",
    ),
    pytest.param(
        "وزع 2 1/2 طن من الطحين",
        [(4, 9, "2 1/2", Q.exact(2.5))],
        "a mixed number is one span",
        id="mixed",
    ),
    pytest.param(
        "قصف في 12/3 وقتل 5 أشخاص",
        [(17, 18, "5", Q.exact(5))],
        "«12/3» is a day and a month: no number in it",
        id="day-month",
    ),
    pytest.param(
        "تراجعت الحصيلة 4/3",
        [],
        "a numerator not below the denominator is not read as a fraction",
        id="improper",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), SLASHED_RUNNING_TEXT)
def test_find_numbers_slashed(text: str, expected: Expected, reason: str) -> None:
    matches = cp.find_numbers(text)
    assert [(m.start, m.end, m.text) for m in matches] == [
        (start, end, span) for start, end, span, _ in expected
    ], reason
    for match, (start, end, span, want) in zip(matches, expected, strict=True):
        assert text[start:end] == span
        assert_quantity(match.value, want, reason)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "12/2018",
            marks=pytest.mark.xfail(
                strict=True,
                reason="parse_number reads the month/year «12/2018» (find_dates: December 2018)"
                " as the fraction 12/2018 ≈ 0.006; find_numbers reads no number in it",
            ),
            id="month-year",
        ),
        pytest.param(
            "4/3",
            marks=pytest.mark.xfail(
                strict=True,
                reason="parse_number reads «4/3» as 1.33 while find_numbers treats a slashed"
                " pair whose numerator is not below its denominator as date-like (no number)",
            ),
            id="improper",
        ),
    ],
)
def test_parse_number_agrees_that_date_like_pairs_are_no_number(text: str) -> None:
    assert cp.find_numbers(text) == []
    with pytest.raises(cp.NumberParseError):
        cp.parse_number(text)


@pytest.mark.xfail(
    strict=True,
    reason="«1/2 مليون» is read as 0.5 and a separate 1,000,000, although «نصف مليون» and"
    " «1.5 مليون» take the scale word",
)
def test_slashed_fraction_takes_a_scale_word() -> None:
    assert [(m.text, m.value) for m in cp.find_numbers("تضرر 1/2 مليون شخص")] == [
        ("1/2 مليون", Q.exact(500_000))
    ]


# --- hundredths after a comma (parse_number only) ----------------------------------------

HUNDREDTHS = [
    pytest.param("اثنا عشر , ثلاثون", 12.3, "words, ASCII comma", id="12-30-words"),
    pytest.param("اثنا عشر ، ثلاثون", 12.3, "words, Arabic comma", id="12-30-arabic-comma"),
    pytest.param("12 , 30", 12.3, "digits", id="12-30-digits"),
    pytest.param("١٢ ، ٣٠", 12.3, "Arabic-Indic digits", id="12-30-indic"),
    pytest.param("12 ، 5", 12.05, "one digit of hundredths is 0.05", id="12-05"),
    pytest.param("خمسة , 99", 5.99, "the largest part", id="5-99"),
    pytest.param("خمسة , إحدى", 5.01, "a teen head alone is 1", id="5-01-ihda"),
    pytest.param("عشرة , اثنا", 10.02, "a teen head alone is 2", id="10-02-ithna"),
    pytest.param("خمسة , إحدى عشرة", 5.11, "a full teen", id="5-11"),
    pytest.param("ألف , خمسون", 1000.5, "a thousand and fifty hundredths", id="1000-50"),
    pytest.param("عشرة ,  خمسة", 10.05, "several spaces after the comma", id="wide-space"),
    pytest.param("-5 , 25", -5.25, "the sign covers the hundredths", id="negative"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), HUNDREDTHS)
def test_parse_number_hundredths(text: str, expected: Number, reason: str) -> None:
    assert_quantity(cp.parse_number(text), quantity(expected), reason)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        pytest.param("خمسة , مئة", "100 is not a number of hundredths", id="part-100"),
        pytest.param("خمسة , نصف", "a fraction is not a number of hundredths", id="part-half"),
        pytest.param("1.5 , 20", "the whole must be an integer", id="decimal-whole"),
        pytest.param("5 , 2.5", "the part must be an integer", id="decimal-part"),
        pytest.param("عشرات , خمسة", "a vague whole has no value", id="vague-whole"),
        pytest.param("5 , 30 , 2", "three parts", id="three-parts"),
        pytest.param("عشرة ,خمسة", "the comma must stand apart", id="glued-after"),
        pytest.param("اثنا عشر، ثلاثون", "a comma glued to the whole is a list", id="glued-before"),
    ],
)
def test_parse_number_hundredths_rejected(text: str, reason: str) -> None:
    with pytest.raises(cp.NumberParseError, match="more than one number"):
        cp.parse_number(text)
    assert len(cp.find_numbers(text)) >= 2, reason


def test_find_numbers_reads_hundredths_as_two_numbers() -> None:
    # Only the strict reader joins the parts: in running text a comma separates a list.
    text = "دفع اثنا عشر , ثلاثون دولارا"
    assert [(m.text, m.value.value) for m in cp.find_numbers(text)] == [
        ("اثنا عشر", 12),
        ("ثلاثون", 30),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("نحو 5 , 25", Q.approx(5.25), id="approx"),
        pytest.param("أكثر من 5 , 30", Q.more_than(5.3), id="more-than"),
    ],
)
@pytest.mark.xfail(
    strict=True,
    reason="_hundredths keeps only the value of the whole: its qualifier is dropped and the"
    " result is exact",
)
def test_parse_number_hundredths_keep_the_qualifier(text: str, expected: Q) -> None:
    assert_quantity(cp.parse_number(text), expected, text)


@pytest.mark.xfail(
    strict=True,
    reason="_hundredths drops the unit of the whole: «5% , 30» reads as the plain number 5.3",
)
def test_parse_number_hundredths_after_a_percentage_is_no_amount() -> None:
    with pytest.raises(cp.NumberParseError):
        cp.parse_number("5% , 30")


@pytest.mark.parametrize(
    "text",
    ["اندلعت الاشتباكات عند الساعة 15: 00 في حي السلام", "وقع الانفجار الساعة 9 : 30 صباحا"],
)
def test_a_time_with_spaces_by_its_colon_is_no_number(text: str) -> None:
    assert cp.find_numbers(text) == []


def test_a_label_and_its_figure_after_a_colon_stay_numbers() -> None:
    text = "الشهداء 31: الجرحى 140"
    assert [m.value.value for m in cp.find_numbers(text)] == [31, 140]
