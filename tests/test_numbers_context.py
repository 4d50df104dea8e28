"""Readings that depend on the words around a number.

Each row is (text, expected [(matched text, quantity)], reason); the phrases are
written for these tests.
"""

from __future__ import annotations

import pytest

import conflictparse as cp

Q = cp.Quantity

CONTEXT = [
    pytest.param(
        "قتل 13 عشر مدنياً في الغارة",
        [("13 عشر", Q.exact(13))],
        "a teen in digits with its «عشر» written again is the digits' number, not 13 + 10",
        id="teen-echo",
    ),
    pytest.param(
        "قتل 5 عشرة جنود",
        [("5", Q.exact(5)), ("عشرة", Q.exact(10))],
        "a unit in digits is no teen: «عشرة» after it counts alone",
        id="no-teen-echo",
    ),
    pytest.param(
        "سيطرت القوات على نحو 3ر41% من المحافظة",
        [("نحو 3ر41%", Q.approx(41.3, unit="percent"))],
        "the Egyptian decimal «ر», its fraction's digits first",
        id="egyptian-decimal",
    ),
    pytest.param(
        "نزح 8ر1 مليون شخص",
        [("8ر1 مليون", Q.exact(1_800_000))],
        "an Egyptian decimal before a scale word",
        id="egyptian-decimal-million",
    ),
    pytest.param(
        "شاركت قوات من لوائي 52 و53 في الهجوم",
        [],
        "two units named by their figures: the second figure names too",
        id="two-named-units",
    ),
    pytest.param(
        "وصلت تعزيزات للكتيبة 73 وللفرقة 11 في المنطقة",
        [],
        "a unit's figure after «لل» names it, as after the article",
        id="unit-after-lil",
    ),
    pytest.param(
        "قتل 52 و53 جريحا",
        [("52", Q.exact(52)), ("53", Q.exact(53))],
        "figures joined by «و» after a verb are counts",
        id="two-counts",
    ),
    pytest.param(
        "أفرج عن الأحد عشر معتقلا",
        [("الأحد عشر", Q.exact(11))],
        "«الأحد» before «عشر» is the definite eleven, not Sunday and ten",
        id="definite-eleven",
    ),
    pytest.param(
        "وصلت الاحدى عشرة شاحنة",
        [("الاحدى عشرة", Q.exact(11))],
        "the feminine definite eleven",
        id="definite-eleven-fem",
    ),
    pytest.param(
        "دمرت الغارات يوم الأحد عشرة منازل",
        [("عشرة", Q.exact(10))],
        "after «يوم» it is Sunday, and «عشرة» counts alone",
        id="sunday-then-ten",
    ),
    pytest.param(
        "عبر 3 من 5 حواجز",
        [("3", Q.exact(3)), ("5", Q.exact(5))],
        "«من» between small numbers means «of», never a fraction",
        id="of-not-fraction",
    ),
    pytest.param(
        "واحد من مئة",
        [("واحد من مئة", Q.exact(0.01))],
        "«من» before a power of ten is a rate",
        id="one-in-a-hundred",
    ),
    pytest.param(
        "1 على 4", [("1 على 4", Q.exact(0.25))], "«على» between numbers divides", id="over"
    ),
    pytest.param(
        "جزء من مئة", [("جزء من مئة", Q.exact(0.01))], "one part of a hundred", id="part-of"
    ),
    pytest.param(
        "سبعة فاصلة خمسة",
        [("سبعة فاصلة خمسة", Q.exact(7.5))],
        "a spoken decimal point",
        id="fasila",
    ),
    pytest.param("ثلاثة أرباع", [("ثلاثة أرباع", Q.exact(0.75))], "three quarters", id="quarters"),
    pytest.param(
        "عشرون وثلاثة أخماس",
        [("عشرون وثلاثة أخماس", Q.exact(20.6))],
        "a whole and a fraction",
        id="and-fifths",
    ),
    pytest.param("2 1/2", [("2 1/2", Q.exact(2.5))], "a mixed fraction", id="mixed"),
    pytest.param("نصف دزينة", [("نصف دزينة", Q.exact(6))], "half a dozen", id="dozen"),
    pytest.param("سالب خمسة", [("سالب خمسة", Q.exact(-5))], "a spoken minus", id="minus-word"),
    pytest.param("1.2e3", [("1.2e3", Q.exact(1200))], "scientific notation", id="exponent"),
    pytest.param(
        "يقطنها 40 000 شخص",
        [("40 000", Q.exact(40000))],
        "space as a thousands separator",
        id="space-thousands",
    ),
    pytest.param(
        "مساحة 10كم", [("10", Q.exact(10))], "a unit glued to the digits", id="glued-unit"
    ),
    pytest.param("قتل 7قتلى", [("7", Q.exact(7))], "a noun of people glued", id="glued-noun"),
    pytest.param("الطريق M4 والطائرة F16", [], "Latin letters make a code", id="latin-code"),
    pytest.param("جيل 5G", [], "Latin letters glued after the digits", id="latin-glued"),
    pytest.param("دفع 20دولار", [], "a currency glued to the digits", id="currency-glued"),
    pytest.param("أي واحد منهم", [], "«أي واحد» is a pronoun", id="ay-wahid"),
    pytest.param("كل واحد", [], "«كل واحد» is a pronoun", id="kull-wahid"),
    pytest.param(
        "ارتفع العدد من 20 إلى 30",
        [("20", Q.exact(20)), ("30", Q.exact(30))],
        "a change from one count to another is not a range",
        id="change-not-range",
    ),
    pytest.param("بين 10 و15", [("بين 10 و15", Q.between(10, 15))], "a range", id="between"),
    pytest.param(
        "أكثر من 10 وأقل من 20",
        [("أكثر من 10 وأقل من 20", Q.between(10, 20))],
        "two bounds joined by «و» make one range",
        id="two-bounds",
    ),
    pytest.param(
        "أكثر من 40 وأقل من 10",
        [("أكثر من 40", Q.more_than(40)), ("أقل من 10", Q.less_than(10))],
        "bounds out of order stay apart",
        id="bounds-out-of-order",
    ),
    pytest.param(
        "أقل من 10 أو يساوي",
        [("أقل من 10 أو يساوي", Q.at_most(10))],
        "«أو يساوي» makes a strict bound inclusive",
        id="or-equal",
    ),
    pytest.param(
        "يساوي 50 أو أقل من 60",
        [("50", Q.exact(50)), ("أقل من 60", Q.less_than(60))],
        "«أو أقل من N» belongs to the next number",
        id="or-less-than-next",
    ),
    pytest.param(
        "حوالي 500 أو أقل",
        [("حوالي 500 أو أقل", Q.at_most(500))],
        "a bound after the noun wins over «حوالي»",
        id="approx-then-bound",
    ),
    pytest.param(
        "%15",
        [("%15", Q.exact(15, "percent"))],
        "a percent sign before the digits",
        id="percent-first",
    ),
    pytest.param(
        "١٢،٢٢٠٫٥",
        [("١٢،٢٢٠٫٥", Q.exact(12220.5))],
        "Arabic comma for thousands",
        id="arabic-comma-thousands",
    ),
    pytest.param(
        "مئة ألف وألف",
        [("مئة ألف وألف", Q.exact(101000))],
        "one more thousand",
        id="same-scale-again",
    ),
    pytest.param(
        "ألف وأحد عشر", [("ألف وأحد عشر", Q.exact(1011))], "«وأحد» folds like «واحد»", id="wa-ahad"
    ),
    pytest.param(
        "فر 215 ألف 608 مدنيين",
        [("215 ألف 608", Q.exact(215608))],
        "three digits after «ألف» with no «و» go on the figure",
        id="grouped-digits",
    ),
    pytest.param(
        "يعيش 4 ملايين 750 ألف نازح",
        [("4 ملايين 750 ألف", Q.exact(4750000))],
        "after a million the digits take their own scale",
        id="grouped-digits-million",
    ),
    pytest.param(
        "4 ملايين 750 منهم",
        [("4 ملايين", Q.exact(4000000)), ("750", Q.exact(750))],
        "digits after a million with no scale of their own are another count",
        id="grouped-digits-no-scale",
    ),
    pytest.param(
        "قتل 4 أطفال وسيدتان على الأقل",
        [("4", Q.exact(4)), ("سيدتان على الأقل", Q.at_least(2))],
        "a bound after a dual joined by «و» bounds the dual, not the count before",
        id="bound-after-a-joined-dual",
    ),
    pytest.param(
        "قتل 70 مدنيا أعزل على الأقل",
        [("70 مدنيا أعزل على الأقل", Q.at_least(70))],
        "two words of the noun before the bound",
        id="bound-after-two-words",
    ),
    pytest.param(
        "(نيالا24) - قتل 5",
        [("5", Q.exact(5))],
        "figures glued to a bracketed name end the name: an outlet",
        id="glued-outlet",
    ),
    pytest.param(
        "قتل (24) شخصا",
        [("24", Q.exact(24))],
        "figures alone in brackets still count",
        id="bracketed-count",
    ),
    pytest.param(
        "أرض تقدر بـ 7 آلاف",
        [("7 آلاف", Q.exact(7000))],
        "«تقدر بـ» without «ما» is what a figure amounts to, no estimate",
        id="amounts-to",
    ),
    pytest.param(
        "12 ألف 45 منهم",
        [("12 ألف", Q.exact(12000)), ("45", Q.exact(45))],
        "fewer than three digits do not go on the figure",
        id="grouped-digits-short",
    ),
    pytest.param(
        "أحد وعشرون", [("أحد وعشرون", Q.exact(21))], "«أحد» as the unit of 21", id="ahad-21"
    ),
    pytest.param(
        "سقط أكثر من (14) جريحا",
        [("أكثر من (14)", Q.more_than(14))],
        "a qualifier is read through the brackets round a figure",
        id="bracketed-more-than",
    ),
    pytest.param(
        "ما لا يقل عن (٣٠) منزلا",
        [("ما لا يقل عن (٣٠)", Q.at_least(30))],
        "an at-least phrase before bracketed Arabic-Indic digits",
        id="bracketed-at-least",
    ),
    pytest.param(
        "احترق (8) منازل على الأقل",
        [("(8) منازل على الأقل", Q.at_least(8))],
        "a qualifier after the noun takes the brackets into its span",
        id="bracketed-at-least-after",
    ),
    pytest.param(
        "قتل ما لا يقل 40 شخصا",
        [("ما لا يقل 40", Q.at_least(40))],
        "«ما لا يقل» with «عن» left out is still at least",
        id="at-least-without-an",
    ),
    pytest.param(
        "بحصيلة تجاوزت 300 قتيل وخسائر ناهزت 70 جريحا وأعداد فاقت 20 أسيرا",
        [
            ("تجاوزت 300", Q.more_than(300)),
            ("ناهزت 70", Q.approx(70)),
            ("فاقت 20", Q.more_than(20)),
        ],
        "past-tense verbs of exceeding and nearing right before a figure qualify it",
        id="past-verbs",
    ),
    pytest.param(
        "تجاوزت حصيلة القتلى 300",
        [("300", Q.exact(300))],
        "a verb with words between it and the figure is no qualifier of the number",
        id="verb-not-adjacent",
    ),
    pytest.param(
        "وصلت (6) شاحنات",
        [("6", Q.exact(6))],
        "a bare bracketed figure keeps the span of its digits",
        id="bracketed-bare",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), CONTEXT)
def test_context(text: str, expected: list[tuple[str, cp.Quantity]], reason: str) -> None:
    found = cp.find_numbers(text)
    assert [(m.text, m.value) for m in found] == expected, reason
    for match in found:
        assert text[match.start : match.end] == match.text


def test_a_between_range_closed_by_ila_takes_the_scale_of_its_high_end() -> None:
    """«ما بين 160 إلى 170 ألف»: looser writing for «ما بين 160 و170 ألف»."""
    text = "نزح ما بين 160 إلى 170 ألف شخص"
    (match,) = cp.find_numbers(text)
    assert match.text == "ما بين 160 إلى 170 ألف"
    assert (match.value.low, match.value.high, match.value.value) == (160_000, 170_000, None)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("أغلقت الطرق أيام 19،18، 20 من الشهر", [19, 18, 20]),  # a list of days, not 19.18
        ("سقط 12،13 و14 جريحا في الغارات", [12, 13, 14]),
        ("نزح 1،5 مليون شخص", [1_500_000]),  # a decimal comma before a scale word stays one
    ],
)
def test_an_arabic_comma_between_digits_is_a_list_when_the_list_goes_on(
    text: str, values: list[int]
) -> None:
    assert [m.value.value for m in cp.find_numbers(text)] == values


@pytest.mark.parametrize(
    "text",
    [
        "نعى الأهالي الضحايا pic.twitter.com/QaZ7kLmP3",
        "وصلت قوات من اللواء /31/ التابع للحشد",
        "انتشرت قوات من الفرقة (17) في المدينة",
    ],
    ids=["digits-in-a-link", "brigade-in-slashes", "division-in-brackets"],
)
def test_figures_of_a_link_or_a_units_name_are_no_numbers(text: str) -> None:
    assert [match.text for match in cp.find_numbers(text)] == []
