"""Numbers in real reports beyond the development corpus (issue 11).

Names with a figure in them are not quantities («جنيف 2», «اللواء 93», «الطريق M4»), and a
count of days before a date word stays a number («منذ ثلاثة أيام»).  Sentences are written
for this file, with other names and figures than any report.
"""

from __future__ import annotations

import pytest

import conflictparse as cp


def _numbers(text: str) -> list[tuple[str, int | float | None]]:
    return [(m.text, m.value.value) for m in cp.find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("انتهت جولة جنيف 2 دون اتفاق", [], id="geneva"),
        pytest.param("وفي محادثات سوتشي 3 وأستانا 14", [], id="sochi-astana-with-clitic"),
        pytest.param("تعرضت محطة (ت 4) للقصف", [], id="letter-code"),
        pytest.param("نشرت الصحيفة في العدد 5127 تقريرا", [], id="issue-number"),
        pytest.param("طالب بتطبيق القرار 2254", [], id="resolution"),
        pytest.param("وذكرت القناة '13' العبرية أن", [], id="channel-in-quotes"),
        pytest.param("وقالت القناة «11» الإسرائيلية", [], id="channel-in-guillemets"),
        pytest.param("وقع الهجوم قرب استراحة 60 على الطريق الدولي", [], id="rest-stop"),
        pytest.param('قتل 12 "مدنيا" في القصف', [("12", 12)], id="count-then-quotes"),
        pytest.param("قصفت الفرقة 17 مواقع المعارضة", [], id="division"),
        pytest.param("انسحب اللواء 93 من المنطقة", [], id="brigade"),
        pytest.param("أغلق الطريق M4 أمام المدنيين", [], id="latin-road"),
        pytest.param("أسقطت طائرة F-16 فوق البلدة", [], id="latin-aircraft"),
        pytest.param('أسقطت الدفاعات طائرة من طراز "أف 16"', [], id="arabic-aircraft"),
        pytest.param("أغارت مقاتلات سوخوي 24 على البلدة", [], id="sukhoi"),
        pytest.param("سقطت مروحية مي 8 قرب المطار", [], id="mil-helicopter"),
        pytest.param("دمرت الفصائل دبابة تي 72 وقتلت 3 عناصر", [("3", 3)], id="tank-then-count"),
        pytest.param("تجمع المتظاهرون في ساحة السبع بحرات", [], id="square-name"),
        pytest.param("في شارع العشرين وسط المدينة", [], id="street-name"),
        pytest.param("تظاهر المحتجون في ميدان الستين", [], id="square-maydan"),
        pytest.param("قصفت الطائرات مديرية الخمسين", [], id="district-name"),
        pytest.param("قتل 4 و 5 مدنيين", [("4", 4), ("5", 5)], id="lone-waw-is-no-name"),
        pytest.param("اللواء 93 خسر 12 عنصرا", [("12", 12)], id="brigade-then-count"),
        pytest.param("وقالت شبكة وادي الفرات 24 إن القصف استمر", [], id="outlet-then-told"),
        pytest.param("بحسب موقع سهل حوران 24.", [], id="outlet-at-clause-end"),
        pytest.param("نقلت قناة الجنوب 24 الإخبارية الخبر", [], id="outlet-then-its-tail"),
        pytest.param("أفادت شبكة سهل حوران بمقتل 24 مدنيا", [("24", 24)], id="outlet-then-a-count"),
        pytest.param("بحسب مراسل نيالا24 الذي وصل البلدة", [], id="correspondent-of-glued-outlet"),
        pytest.param(
            "وقال مراسل الجزيرة إن 24 مدنيا قتلوا", [("24", 24)], id="correspondent-then-a-count"
        ),
        pytest.param("تحصن المسلحون في أحياء الأربعين", [], id="quarters-name"),
        pytest.param("قصفت الطائرات قريتي الأربعين والزكاة", [], id="villages-name"),
        pytest.param("دمرت الغارة طابقين من المبنى", [("طابقين", 2)], id="dual-floors"),
        pytest.param("في اليوم الـ444 من الحرب", [], id="a-day-counted-is-an-ordinal"),
        pytest.param("دخل العدوان يومه الـ44 على التوالي", [], id="its-day-counted"),
        pytest.param("مقتل الـ13 عنصرا", [("الـ13", 13)], id="a-definite-count-stays"),
        pytest.param("سجلت حالتا وفاة", [("حالتا", 2)], id="dual-construct-cases"),
        pytest.param("قال إن حالتي الصحية سيئة", [], id="my-state-is-no-dual"),
        pytest.param("سقطت قذيفة بقرية الأربعين", [], id="village-name-after-a-clitic"),
        pytest.param("اشتباكات بمديرية السبعين في صنعاء", [], id="district-name-after-a-clitic"),
        pytest.param(
            "قتل في القرية الأربعون شخصا", [("الأربعون", 40)], id="a-count-after-a-bare-noun"
        ),
        pytest.param("سقطت قذيفة في حي النصر مربع 9", [], id="numbered-block"),
        pytest.param("قال مصدران أمنيان إن القصف توقف", [("مصدران", 2)], id="dual-sources"),
        pytest.param("أصابت الغارة ناقلتي جند", [("ناقلتي", 2)], id="dual-carriers"),
        pytest.param("قتل قائد مدفعية اللواء العشرين", [], id="a-brigade-ordinal"),
        pytest.param("في الذكرى الثلاثين للمجزرة", [], id="an-anniversary-ordinal"),
        pytest.param("نقل الجرحى العشرين إلى المشفى", [("العشرين", 20)], id="a-definite-count"),
    ],
)
def test_names_with_figures(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert _numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("بدأ الهجوم منذ ثلاثة أيام", [("ثلاثة", 3)], id="mundhu-words"),
        pytest.param("بدأ الهجوم منذ يومين", [("يومين", 2)], id="mundhu-dual"),
        pytest.param("اختفى منذ 6 أيام", [("6", 6)], id="mundhu-digits"),
        pytest.param("وقع الانفجار قبل 52 يوما", [("52", 52)], id="qabla-digits"),
        pytest.param("خلال الـ 24 ساعة الماضية", [], id="last-hours-stay-a-date"),
    ],
)
def test_durations_are_numbers(text: str, expected: list[tuple[str, int]]) -> None:
    assert _numbers(text) == expected


def test_duration_is_still_a_date_too() -> None:
    # The numbers layer keeps the count; what the dates layer reads is its own affair.
    text = "اختفى منذ 6 أيام"
    assert [m.text for m in cp.find_numbers(text)] == ["6"]


def test_a_scale_word_after_a_place_head_is_a_name() -> None:
    text = "قتل ستة مدنيين في قرية بليون وثلاثة في بلدة كفرنبل"
    assert [(m.text, m.value.value) for m in cp.find_numbers(text)] == [("ستة", 6), ("ثلاثة", 3)]
    assert [m.value.value for m in cp.find_numbers("نزح مليون شخص")] == [1_000_000]


def test_a_dual_after_a_place_head_is_a_name() -> None:
    text = "قصفت قوات النظام بلدة جسرين ومقتل رجلين في بلدة كفربطنا"
    assert [(m.text, m.value.value) for m in cp.find_numbers(text)] == [("رجلين", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("بلغ عدد الضحايا 14.512 شهيدا", [("14.512", 14512)], id="dot-before-martyrs"),
        pytest.param("نزح 3.400 شخص عن بيوتهم", [("3.400", 3400)], id="dot-before-persons"),
        pytest.param("على بعد 2.500 كم من الحدود", [("2.500", 2.5)], id="dot-before-a-unit"),
        pytest.param("أصيب 2.5 شخص", [("2.5", 2.5)], id="one-decimal-stays"),
        pytest.param("نقلوا إلى المستشفيات .102 منهم", [("102", 102)], id="stray-period"),
        pytest.param("قتل 3.وأصيب 12", [("3", 3), ("12", 12)], id="glued-period"),
        pytest.param("أتلفت الفرق 12.640 لغما", [("12.640", 12640)], id="dot-before-mines"),
        pytest.param("وسقطت 1.350 قذيفة", [("1.350", 1350)], id="dot-before-shells"),
    ],
)
def test_a_dot_groups_thousands_before_a_count_of_people(
    text: str, expected: list[tuple[str, int | float]]
) -> None:
    assert _numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "شنت المقاتلات غارتين على مبنيين", [("غارتين", 2), ("مبنيين", 2)], id="two-duals"
        ),
        pytest.param(
            "فجر الانتحاريان سيارتين مفخختين",
            [("الانتحاريان", 2), ("سيارتين", 2)],
            id="article-differs",
        ),
        pytest.param("قتل رجلان مسلحان", [("رجلان مسلحان", 2)], id="agreeing-duals"),
        pytest.param("أصيب شخصان اثنان بجروح", [("شخصان اثنان", 2)], id="dual-then-two"),
        pytest.param("قتل طفلين اثنين", [("طفلين اثنين", 2)], id="dual-then-two-oblique"),
        pytest.param("بنسبة 1 على 4", [("1 على 4", 0.25)], id="ratio-of-figures"),
        pytest.param("ارتكبت الميليشيا مجزرتين في ريف حمص", [("مجزرتين", 2)], id="massacres"),
        pytest.param("تمكنت الشرطة من كشف منفذي الجريمتين", [("الجريمتين", 2)], id="crimes"),
        pytest.param("وذكر بمجزرتي الحولة والقبير", [], id="massacres-joining-names"),
    ],
)
def test_duals_are_counts_not_ratios(text: str, expected: list[tuple[str, int | float]]) -> None:
    assert _numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "qualifier"),
    [
        ("على مساحة لا تتجاوز 120 كيلومترا مربعا", "لا تتجاوز 120", "at_most"),
        ("بعدد لم يتعد 30 مقاتلا", "لم يتعد 30", "at_most"),
        ("وما زالت تتجاوز 120 كيلومترا", "تتجاوز 120", "more_than"),
        ("احترق ما قارب 450 دونما", "ما قارب 450", "approx"),
    ],
)
def test_a_negated_bound_above_is_a_bound_below(text: str, phrase: str, qualifier: str) -> None:
    found = [(m.text, m.value.qualifier.value) for m in cp.find_numbers(text)]
    assert found == [(phrase, qualifier)]


@pytest.mark.parametrize(
    ("text", "phrase", "qualifier", "value"),
    [
        # the bound's verb agrees with the people counted, in the plural
        ("وسقط قتلى لا يقلون عن الخمسة", "لا يقلون عن الخمسة", "at_least", 5),
        ("هاجمها مسلحون يزيدون عن الثلاثين", "يزيدون عن الثلاثين", "more_than", 30),
        ("كانوا عناصر لا يزيدون على 15", "لا يزيدون على 15", "at_most", 15),
        ("نازحون يتجاوزون 4000 في المخيم", "يتجاوزون 4000", "more_than", 4000),
    ],
)
def test_a_bound_told_by_a_verb_in_the_plural(
    text: str, phrase: str, qualifier: str, value: int
) -> None:
    found = [(m.text, m.value.qualifier.value, m.value.value) for m in cp.find_numbers(text)]
    assert found == [(phrase, qualifier, value)]


@pytest.mark.parametrize(
    ("text", "phrase", "qualifier"),
    [
        ("ارتفع عدد القتلى ليصل إلى 48 قتيلا", "48", "exact"),
        ("ووصلت الحصيلة إلى 31 قتيلا", "31", "exact"),
        ("تضم قوة يصل عديدها إلى 300 مقاتل", "300", "exact"),
        ("قوة يصل إلى 300 مقاتل", "يصل إلى 300", "at_most"),
    ],
)
def test_a_count_reached_is_no_bound(text: str, phrase: str, qualifier: str) -> None:
    found = [(m.text, m.value.qualifier.value) for m in cp.find_numbers(text)]
    assert found == [(phrase, qualifier)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("وأصيب 3.250 آخرون بجروح", [("3.250", 3250)], id="dot-before-others"),
        pytest.param(
            "وقتل 4.000 منذ بداية العام", [("4.000", 4000)], id="dot-after-a-verb-of-harm"
        ),
        pytest.param("بمساحة 3.250 دونما", [("3.250", 3.25)], id="dot-before-a-unit-stays-decimal"),
    ],
)
def test_a_dot_groups_thousands_where_people_are_counted(
    text: str, expected: list[tuple[str, int | float]]
) -> None:
    assert _numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "qualifier"),
    [
        ("وإصابة 84 آخرين في الأقل", "84 آخرين في الأقل", "at_least"),
        ("قتل ما يقارب من 300 شخص", "ما يقارب من 300", "approx"),
    ],
)
def test_more_ways_to_hedge_a_count(text: str, phrase: str, qualifier: str) -> None:
    assert [(m.text, m.value.qualifier.value) for m in cp.find_numbers(text)] == [
        (phrase, qualifier)
    ]


def test_a_time_of_day_is_no_count() -> None:
    assert _numbers("وقع الانفجار الساعة 09 صباحا") == []


@pytest.mark.parametrize(
    ("text", "phrase", "low", "high"),
    [
        ("قتل اربعة الى ستة مدنيين في القصف", "اربعة الى ستة", 4, 6),
        ("أصيب ثلاثة إلى خمسة أشخاص بجروح", "ثلاثة إلى خمسة", 3, 5),
        ("نزح عشرة إلى عشرين ألفا من سكان المدينة", "عشرة إلى عشرين ألفا", 10000, 20000),
    ],
)
def test_a_range_of_number_words_joined_by_to(text: str, phrase: str, low: int, high: int) -> None:
    """«أربعة إلى ستة»: a range, as «4 إلى 6» is, not two counts that add up."""
    (match,) = cp.find_numbers(text)
    assert (match.text, match.value.low, match.value.high) == (phrase, low, high)
    assert match.value.qualifier is cp.Qualifier.RANGE


@pytest.mark.parametrize(
    "text", ["ارتفع العدد من ثلاثة إلى خمسة", "نقل خمسة إلى المستشفى", "قتل ثلاثة إلى 5"]
)
def test_no_range_of_words_from_a_change_a_destination_or_mixed_forms(text: str) -> None:
    assert all(m.value.qualifier is not cp.Qualifier.RANGE for m in cp.find_numbers(text))


def test_two_statements_told_by_the_dual_are_two() -> None:
    assert _numbers("أصدرت الحركة بيانين منفصلين") == [("بيانين", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("قتل ضابط وأحد مرافقيه", [], id="and-one-of-his-escorts"),
        pytest.param("قتل 3 مدنيين وأحد المسلحين", [("3", 3)], id="and-one-of-the-gunmen"),
        # the number one, written without the hamza or after a noun, stays
        pytest.param("قتل عنصر واحد", [("واحد", 1)], id="one-after-its-noun"),
        pytest.param("بلغ العدد مئة وأحد", [("مئة وأحد", 101)], id="one-hundred-and-one"),
    ],
)
def test_and_one_of_is_no_number(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert _numbers(text) == expected
    assert not any(match.text.startswith("وأحد") for match in cp.find_casualties(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ارتفعت الحصيلة إلى (68) ألفًا و(234) شهيدًا", [("(68) ألفًا و(234)", 68234)]),
        ("و(170) ألفًا و(373) مصابًا", [("(170) ألفًا و(373)", 170373)]),
        ("نزح ( 12 ) ألف شخص", [("( 12 ) ألف", 12000)]),
        ("استقبلت المشافي (5) شهداء و(4) مصابين", [("5", 5), ("4", 4)]),
    ],
    ids=["thousands-and-units", "wounded", "spaced-brackets", "two-counts-stay-two"],
)
def test_a_number_reads_through_the_brackets_round_its_figures(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _numbers(text) == expected


def test_a_toll_in_bracketed_parts_is_one_count() -> None:
    text = "ارتفعت الحصيلة إلى (68) ألفًا و(234) شهيدًا"
    (found,) = cp.find_casualties(text)
    assert (found.text, found.value.count.value) == ("(68) ألفًا و(234) شهيدًا", 68234)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite dual of time before «الماضيين» is a date's span, not two of anything
        ("قتل 5 مدنيين خلال اليومين الماضيين", [("5", 5)]),
        ("وسقط 12 قتيلا خلال الأسبوعين الماضيين", [("12", 12)]),
        ("ويتوقع وصول المساعدات في الشهرين المقبلين", []),
        # not a bare dual of time (a duration), nor a dual of people
        ("استمرت الاشتباكات يومين", [("يومين", 2)]),
        ("اعتقلت القوات الرجلين المطلوبين", [("الرجلين", 2)]),
    ],
)
def test_a_definite_dual_of_time_in_a_date_is_no_count(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(m.text, m.value.value) for m in cp.find_numbers(text)] == expected
