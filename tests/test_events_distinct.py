"""Incidents kept apart: no lives lost at a narrower place, and a dateline of two places.

Sentences written for this file, in the shapes of real reports with other names and figures.
"""

from __future__ import annotations

import datetime

import pytest

import conflictparse as cp

PUBLISHED = datetime.date(2024, 12, 18)


def _rows(text: str) -> list[tuple[object, object, object]]:
    return [
        (row["location"], row["sub_event_type"], row["fatalities_best"])
        for row in cp.parse_report(text, published=PUBLISHED).to_rows()
    ]


def test_a_strike_with_no_lives_lost_is_not_the_deadly_one_told_again() -> None:
    text = (
        "قتل ثمانية أشخاص في قصف مدفعي نفذته قوات الدعم السريع على أحياء مدينة الفاشر. "
        "وواصلت القوات قصف معسكر أبو شوك شمال الفاشر بالمدفعية، دون تسجيل خسائر في الأرواح."
    )
    assert _rows(text) == [
        ("مدينة الفاشر", "shelling_artillery_missile_attack", 8),
        ("معسكر أبو شوك", "shelling_artillery_missile_attack", None),
    ]


def test_both_places_of_a_dateline_of_two_are_no_sites() -> None:
    text = (
        "الفاشر، نيالا - 18 ديسمبر 2024- قال ناشطون إن سبعة أشخاص قتلوا في قصف مدفعي "
        "نفذته قوات الدعم السريع على أحياء بمدينة الفاشر."
    )
    assert _rows(text) == [("مدينة الفاشر", "shelling_artillery_missile_attack", 7)]


def test_a_place_after_a_comma_in_a_sentence_is_no_dateline() -> None:
    text = "قصفت المدفعية بلدة الأتارب، الجينة - وقتل مدني."
    assert [row[0] for row in _rows(text)][:1] == ["بلدة الأتارب"]


def test_a_massacre_against_a_count_kills_them_at_its_site_not_their_home() -> None:
    text = "ارتكبت قوات النظام مجزرة بحق 14 مدنيا من أهالي بلدة الحراك في قرية المليحة الشرقية."
    (row,) = cp.parse_report(text, published=PUBLISHED).to_rows()
    assert (row["location"], row["sub_event_type"], row["actor2"], row["fatalities_best"]) == (
        "قرية المليحة الشرقية",
        "attack",
        "civilians",
        14,
    )
    (count,) = cp.find_casualties(text)
    assert (count.text[:8], count.value.kind, count.value.count.value) == (
        "14 مدنيا",
        cp.CasualtyKind.KILLED,
        14,
    )


def test_a_verbal_noun_with_its_object_pronoun_tells_the_attack_at_its_place() -> None:
    text = (
        'قتل عنصر من قوات سوريا الديمقراطية "قسد"، يوم أمس الأحد، إثر هجوم مسلح نفذته خلايا '
        'تنظيم "داعش" في ريف محافظة الحسكة. وتبنى تنظيم "داعش" عبر معرفاته قتل شخص يدعى فلان '
        'علي الفلاني، المنحدر من بلدة الهول بريف الحسكة الشرقي، والعامل ضمن صفوف "قسد"، إثر '
        "استهدافه من قبل خلايا التنظيم على حاجز البلدية في بلدة تل حميس شرقي الحسكة."
    )
    assert _rows(text) == [("بلدة تل حميس", "armed_clash", 1)]


def test_a_strike_retold_with_a_bare_verb_at_a_narrower_place_is_one_incident() -> None:
    text = (
        "قتل 30 شخصا على الأقل اليوم في هجوم بطائرة مسيرة لقوات الدعم السريع استهدف مخيما"
        " للنازحين في مدينة الفاشر. وأعلنت لجان المقاومة في بيان أنه قصفت قوات الدعم السريع"
        " مركز إيواء بحي درجة في الفاشر، ما أدى إلى مقتل 30 شخصا."
    )
    rows = cp.parse_report(text).to_rows()
    assert [(row["location"], row["sub_event_type"]) for row in rows] == [
        ("حي درجة", "air_drone_strike")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the next incident is a quarter-like area the city might frame
        "ريف إدلب: 9 قتلى في مدينة سراقب بغارات للطيران الروسي\n"
        "قتل تسعة مدنيين بينهم أطفال في مدينة سراقب بريف إدلب الشرقي بغارات شنها الطيران الروسي،\n"
        "كما ألقت مروحيات النظام براميل متفجرة على منطقة تل مرديخ.",
        # the next incident is at a place the headline's body may retell the lead at
        "ريف حمص: 11 قتيلا في مدينة تلبيسة بغارات للطيران الروسي\n"
        "قتل 11 مدنيا في مدينة تلبيسة بريف حمص الشمالي بغارات شنها الطيران الروسي،\n"
        "كما ألقت مروحيات النظام براميل متفجرة على منطقة حوش حجو.",
    ],
)
def test_a_strike_told_as_one_more_by_other_sides_is_not_the_leads(text: str) -> None:
    rows = cp.parse_report(text, published=datetime.date(2015, 12, 4)).to_rows()
    assert [(row["actor1"], row["fatalities_best"]) for row in rows] == [
        ("russia_forces", 9 if "سراقب" in text else 11),
        ("syrian_government_forces", None),
    ]
    assert str(rows[0]["location"]).startswith("مدينة")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quarter heads the clause, «وآخر في» lists a second victim at a district
        (
            "وفي حي الزهور غربي الموصل، اغتال مسلحون شرطيا يعمل في المرور وآخر في قضاء تلعفر.",
            [("حي الزهور", 1), ("قضاء تلعفر", 1)],
        ),
        # «وآخر في» after a toll and its place
        (
            "قتل مدني برصاص قناص في حي الصاخور وآخر في حي الشعار.",
            [("حي الصاخور", 1), ("حي الشعار", 1)],
        ),
        # not a state: «وآخر في حالة حرجة» is no death at a place
        (
            "قتل شخص في انفجار عبوة في حي الزهور وآخر في حالة حرجة.",
            [("حي الزهور", 1)],
        ),
        # a district heading the clause still frames the town named in it
        (
            "وفي قضاء الحويجة، عند قرية الزاب، قتل مزارع بانفجار لغم.",
            [("قرية الزاب", 1)],
        ),
    ],
)
def test_another_one_at_another_place_is_its_own_death(
    text: str, expected: list[tuple[str, int]]
) -> None:
    rows = cp.parse_report(text, published=PUBLISHED).to_rows()
    assert [(row["location"], row["fatalities_best"]) for row in rows] == expected


def test_a_policeman_at_a_quarter_of_a_known_city_is_of_its_police() -> None:
    text = "وفي حي الزهور غربي الموصل، اغتال مسلحون شرطيا يعمل في المرور وآخر في قضاء تلعفر."
    rows = cp.parse_report(text, published=PUBLISHED).to_rows()
    assert (rows[0]["location"], rows[0]["actor2"]) == ("حي الزهور", "iraqi_police")


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a quarter after a known city it is in: the quarter is the site
        ("استهدفت غارة إسرائيلية شقة في العاصمة السورية دمشق بمنطقة كفرسوسة.", "منطقة كفرسوسة"),
        ("استهدفت غارة إسرائيلية شقة في دمشق بحي المزة.", "حي المزة"),
        # a quarter before the city that holds it, as before
        ("قتل 3 مدنيين بقذيفة في حي القدم بدمشق.", "حي القدم"),
        # an area the gazetteer does not know, in a quarter: the area
        ("قتل 4 مدنيين بغارة على منطقة بيت الحاج بحي عصر في صنعاء.", "منطقة بيت الحاج"),
    ],
)
def test_a_quarter_joined_to_its_city_by_bi_is_the_site(text: str, location: str) -> None:
    assert [row["location"] for row in cp.parse_report(text, published=PUBLISHED).to_rows()] == [
        location
    ]


@pytest.mark.parametrize(
    "text",
    [
        "اندلعت اشتباكات في مخيم عين الحلوة أمس. وتوفي شاب متأثرا بجراحه في مركز الهمشري الطبي"
        " في صيدا.",
        "اندلعت اشتباكات في مخيم عين الحلوة أمس. وتوفي شاب متأثرا بجراحه في مستشفى في صيدا.",
    ],
)
def test_the_town_of_the_medical_centre_a_victim_died_in_is_no_site(text: str) -> None:
    rows = cp.parse_report(text, published=PUBLISHED).to_rows()
    assert [row["location"] for row in rows] == ["مخيم عين الحلوة"]


def test_a_medical_centre_struck_is_at_its_town() -> None:
    text = "قصفت الطائرات المركز الصحي في بلدة كفرنبل."
    assert [row["location"] for row in cp.parse_report(text, published=PUBLISHED).to_rows()] == [
        "بلدة كفرنبل"
    ]


def test_a_body_placed_by_the_leads_city_tells_the_lead_again() -> None:
    text = (
        "قتل خمسة جنود جراء غارات بطائرات مسيرة إسرائيلية قرب مدينة الكسوة بريف دمشق.\n"
        "وذكر مراسل أن مسيرة إسرائيلية قصفت موقعا للجيش في بلدة زاكية قرب الكسوة."
    )
    rows = cp.parse_report(text, published=PUBLISHED).to_rows()
    assert [(row["location"], row["fatalities_best"]) for row in rows] == [("بلدة زاكية", 5)]


def test_a_body_placed_by_the_leads_city_with_its_own_dead_is_another_strike() -> None:
    text = (
        "قتل خمسة جنود جراء غارات بطائرات مسيرة إسرائيلية قرب مدينة الكسوة بريف دمشق.\n"
        "وقتل مدنيان في غارة لمسيرة إسرائيلية على بلدة زاكية قرب الكسوة."
    )
    rows = cp.parse_report(text, published=PUBLISHED).to_rows()
    assert [(row["location"], row["fatalities_best"]) for row in rows] == [
        ("مدينة الكسوة", 5),
        ("بلدة زاكية", 2),
    ]


def test_a_deadly_shelling_at_an_unknown_front_is_not_framing_air_strikes_elsewhere() -> None:
    text = (
        "ضحايا في قصف على زملكا وعين ترما بريف دمشق..ومقتل مسعفين اثنين في الكسوة\n"
        "كثف النظام قصفه المدفعي والجوي اليوم السبت على بلدات ريف دمشق، ما أسفر عن مقتل ستة"
        " مدنيين بينهم مسعفان.\n"
        "وذكر ناشطون أن طائرات النظام الحربية شنت صباح اليوم غارتين على بلدة زملكا في الغوطة"
        " الشرقية، ما أدى لمقتل مدنيين اثنين.\n"
        "واستهدفت قوات النظام بعد منتصف ليلة البارحة، بقذائف الدبابات، جبهة طريق المطار في"
        " الكسوة بريف دمشق الغربي، ما أدى لمقتل مسعفين اثنين.\n"
        "كذلك استهدف طيران النظام الحربي بلدتي حوش الفارة وحوش الصالحية في الغوطة الشرقية، دون"
        " أنباء عن وقوع إصابات."
    )
    assert ("جبهة طريق المطار", "shelling_artillery_missile_attack", 2) in _rows(text)


def test_another_side_acting_at_the_same_place_is_another_incident() -> None:
    text = (
        "قصفت قوات الدعم السريع سوق مدينة الأبيض ما أدى إلى مقتل 6 مدنيين. من جهته، قصف "
        "الجيش تجمعات قوات الدعم السريع في مدينة الأبيض."
    )
    found = cp.parse_report(text, published=datetime.date(2025, 8, 13)).to_rows()
    assert [(row["actor1"], row["actor2"], row["fatalities_best"]) for row in found] == [
        ("rsf", "civilians", 6),
        ("saf", "rsf", None),
    ]


def test_a_side_the_incident_names_already_tells_it_again() -> None:
    text = (
        "قتل ضابط في هجوم لتنظيم ولاية سيناء الموالي لتنظيم داعش في مدينة رفح. وقالت مصادر "
        "إن قوة من الجيش وقعت في كمين لتنظيم داعش في مدينة رفح."
    )
    found = cp.parse_report(text, published=datetime.date(2021, 11, 30)).to_rows()
    assert [(row["actor1"], row["fatalities_best"]) for row in found] == [("wilayat_sinai", 1)]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a city of the governorate with the same toll as a village of it: two strikes
        (
            "قتل أربعة مدنيين بغارة على قرية البارة جنوب مدينة أريحا، "
            "بينما قتل أربعة مدنيين بغارة على مدينة سراقب.",
            ["قرية البارة", "مدينة سراقب"],
        ),
        # the governorate's namesake above a place of it that restates its toll: one
        (
            "قتل 4 جنود في انفجار لغم بالقصرين. وأوضحت الوزارة أن اللغم انفجر في جبل "
            "الشعانبي من ولاية القصرين وأدى إلى مقتل 4 جنود.",
            ["جبل الشعانبي"],
        ),
    ],
    ids=["another-city", "namesake-city"],
)
def test_a_city_is_told_again_at_a_place_of_its_governorate_only_when_it_names_it(
    text: str, places: list[str]
) -> None:
    assert [row[0] for row in _rows(text)] == places
