"""Events in the shapes of real reports beyond the development corpus (issue 11).

Every sentence is written for this file, in the pattern of real reports with other names,
places and figures.  Each case checks the rows a coder would load, field by field.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

import conflictparse as cp
from conflictparse.entities.actors import default_registry, scan_actors
from conflictparse.entities.places import scan_places
from conflictparse.events.siting import actors_at_sites
from conflictparse.text.lexicon.events import event_lexicon

PUBLISHED = datetime.date(2019, 3, 12)


def columns(text: str, *keys: str, published: datetime.date = PUBLISHED) -> list[tuple[Any, ...]]:
    """The ``keys`` columns of each row of ``text``, in order."""
    rows = cp.parse_report(text, published=published).to_rows()
    return [tuple(row[key] for key in keys) for row in rows]


def located_tolls(text: str) -> list[tuple[Any, ...]]:
    """(location, fatalities_best) of each row of ``text``."""
    return columns(text, "location", "fatalities_best")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قتل خمسة مدنيين في قرية كفرعويد وثلاثة مدنيين في قرية حزارين جراء غارات روسية.",
            [("قرية كفرعويد", 5), ("قرية حزارين", 3)],
        ),
        (
            "قتل أربعة مدنيين في غارة على بلدة حيش، وقتل اثنان آخران في غارة على بلدة كفرسجنة.",
            [("بلدة حيش", 4), ("بلدة كفرسجنة", 2)],
        ),
        (
            "قتل ثمانية مدنيين بينهم طفلان في قرية معرشورين"
            " وستة مدنيين بينهم امرأة في قرية الدير الشرقي.",
            [("قرية معرشورين", 8), ("قرية الدير الشرقي", 6)],
        ),
        (
            "قتل 4 مدنيين في قصف على حي الزيتون بالإضافة إلى مقتل ستة آخرين في قصف مدرسة"
            " في حي التفاح.",
            [("حي الزيتون", 4), ("حي التفاح", 6)],
        ),
        # a breakdown by place still gives each site its sub-count
        (
            "قتل 15 مدنيا بغارات جوية، بينهم 9 في بلدة خان السبل و6 في بلدة سراقب.",
            [("بلدة خان السبل", 9), ("بلدة سراقب", 6)],
        ),
        # one count before the list of places is shared: it goes to the first
        ("قتل 7 مدنيين في قصف على بلدتي كفرسجنة وحيش.", [("كفرسجنة", 7), ("حيش", None)]),
    ],
)
def test_counts_told_place_by_place_stay_at_their_places(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    assert located_tolls(text) == expected


def test_an_item_with_its_own_breakdown_is_a_total_not_a_sub_count() -> None:
    text = "قتل تسعة مدنيين بينهم ثلاثة أطفال في قرية بسقلا وأربعة مدنيين بينهم طفل في قرية الهبيط"
    found = [(m.text, m.value.count.value, m.value.breakdown) for m in cp.find_casualties(text)]
    assert found == [
        ("تسعة مدنيين", 9, False),
        ("ثلاثة أطفال", 3, True),
        ("أربعة مدنيين", 4, False),
    ]


def coded(text: str) -> list[tuple[Any, ...]]:
    """(event_type, sub_event_type, actor2, fatalities_best) of each row of ``text``."""
    return columns(text, "event_type", "sub_event_type", "actor2", "fatalities_best")


ATTACK_ON_ONE = ("violence_against_civilians", "attack", "civilians", 1)


@pytest.mark.parametrize(
    "text",
    [
        # gunmen named between the verb and its victim: the victim is the one death
        "قتل مسلحون مجهولون رجلا في بلدة موحسن.",
        "اغتال مسلحان ملثمان شابا في بلدة موحسن.",
        # the victim as a definite object, before his name
        "اغتال مجهولون الشاب سامر الأحمد في بلدة موحسن.",
        "قتلت قوات الأمن الطبيب سامر الأحمد في بلدة موحسن.",
        # a shot at a civilian by trade, the death told by a pronoun after a result
        "أطلق مسلحون النار على مختار في بلدة موحسن، مما أدى إلى مقتله.",
        "أطلق مجهولون النار على طبيب في بلدة موحسن ما أدى لوفاته.",
        # …or after a verb of causing, «ب» glued to it
        "أطلق مجهولون النار على صيدلي في بلدة موحسن، ما تسبب بمقتله على الفور.",
        # a man who lost his life («فقد» + the victim + «حياته»)
        "فقد رجل حياته برصاص مسلحين مجهولين في بلدة موحسن.",
        # …or who left life («فارق» + the victim + «الحياة»)
        "فارق رجل الحياة برصاص مسلحين مجهولين في بلدة موحسن.",
        "وفارقت امرأة الحياة متأثرة بإصابتها برصاص مسلحين في بلدة موحسن.",
        "استهدف مسلحون بالرصاص مختار بلدة موحسن، متسببين بوفاته.",
        # a verb of felling with its object pronoun, before its state
        "أطلق مجهولون الرصاص على سائق في بلدة موحسن وأردوه قتيلا.",
    ],
)
def test_one_civilian_killed_by_gunmen_is_an_attack_with_one_death(text: str) -> None:
    assert coded(text) == [ATTACK_ON_ONE]


CLASH_OVER_ONE = ("battles", "armed_clash", None, 1)


@pytest.mark.parametrize(
    "text",
    [
        # a fighter or a security man shot with no side named: an unknown armed group's clash
        "قتل عنصر برصاص مسلحين مجهولين في بلدة موحسن.",
        "قتل رجل أمن برصاص مجهولين في بلدة موحسن.",
        # a day between commas between the attackers and their victim
        "قتل مسلحون مجهولون، مساء أمس الاثنين، عنصرا في بلدة موحسن.",
        # one of two shot, after a killing word («سقط أحدهم» may be a missile: no death)
        "أطلق مسلحون النار على عنصرين في بلدة موحسن، ما أسفر عن مقتل أحدهما وإصابة الآخر.",
    ],
)
def test_one_fighter_killed_by_gunmen_is_a_clash_with_one_death(text: str) -> None:
    assert coded(text) == [CLASH_OVER_ONE]


def test_a_policeman_killed_by_gunmen_is_a_clash_with_the_police_of_the_place() -> None:
    text = "قتل شرطي برصاص مسلحين في بلدة موحسن."
    assert coded(text) == [("battles", "armed_clash", "syrian_police", 1)]


def test_a_reply_with_no_place_of_its_own_is_no_side_of_the_incident_before() -> None:
    text = (
        "طال القصف المدفعي لقوات النظام بلدتي عين الصخر والمشرفة، في حين ردت غرفة عمليات"
        " الفتح المبين باستهداف تجمعات قوات النظام."
    )
    assert columns(text, "location", "actor1", "actor2") == [
        ("عين الصخر", "syrian_government_forces", None),
        ("المشرفة", "syrian_government_forces", None),
    ]


def test_who_gave_the_information_is_no_side() -> None:
    text = (
        "قتل 3 مسلحين في عملية نفذتها قوات الأمن بناء على معلومات من مديرية الاستخبارات"
        " العسكرية في قضاء الطارمية."
    )
    assert columns(text, "sub_event_type", "actor1", "actor2", "fatalities_best") == [
        ("armed_clash", "iraqi_forces", None, 3)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اغتال مسلحون مجهولون ضابطا في الجيش في مدينة لودر.", ("armed_clash", 1)),
        # a former member is a civilian, as a retired one is
        ("اغتال مسلحون مجهولون قياديا سابقا في الفصائل في مدينة لودر.", ("attack", 1)),
        ("اغتال مسلحون مجهولون شابا في مدينة لودر.", ("attack", 1)),
        ("اغتيل مختار قرية الحصن برصاص مجهولين.", ("attack", 1)),
    ],
)
def test_an_assassination_is_typed_by_its_victim(text: str, expected: tuple[str, int]) -> None:
    assert columns(text, "sub_event_type", "fatalities_best") == [expected]


def test_a_day_between_the_attackers_and_a_civilian_victim_is_passed() -> None:
    text = "اغتال مسلحون ملثمون، صباح اليوم، شابا في بلدة موحسن."
    assert coded(text) == [ATTACK_ON_ONE]


def test_gunmen_before_their_victim_are_no_casualties() -> None:
    assert [m.text for m in cp.find_casualties("اغتال مسلحان مجهولان شابا في المدينة")] == []


def test_a_shot_at_a_civilian_that_wounds_is_an_attack_with_no_toll() -> None:
    text = "أطلق مسلحون مجهولون النار على معلمة في قرية الصور، ما أدى لإصابتها بجروح."
    assert coded(text) == [("violence_against_civilians", "attack", "civilians", None)]


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("قصفت المدفعية بلدة كفرزيتا، ما أوقع إصابات في صفوف المدنيين.", "civilians"),
        ("قصفت المدفعية بلدة كفرزيتا، ما أدى إلى إصابات وسط المدنيين.", "civilians"),
        ("قصفت المدفعية بلدة كفرزيتا ما خلف ضحايا مدنيين.", "civilians"),
        ("قصفت المدفعية بلدة كفرزيتا ما أدى لخسائر بشرية في صفوف المدنيين.", "civilians"),
        # the civilians before the harm, or a vague number of them
        ("وكان عدد من المدنيين جرحوا أمس جراء قصف على بلدة كفرزيتا.", "civilians"),
        ("اختطف مسلحون الخميس عددا من المعلمين في بلدة كفرزيتا.", "civilians"),
        ("اعتقلت قوات الأمن مساء أمس الأحد عددا من المدنيين في بلدة كفرزيتا.", "civilians"),
        ("اعتقلت قوات الاحتلال أسيرا محررا من مخيم الفارعة.", "civilians"),
        ("تعرضت السيدة هدى سالم (40 عاما) لإصابة برصاص قناص في بلدة كفرزيتا.", "civilians"),
        # a harm denied is none
        ("قصفت المدفعية بلدة كفرزيتا، دون وقوع إصابات في صفوف المدنيين.", None),
        ("قصفت المدفعية بلدة كفرزيتا، ولم ترد أنباء عن ضحايا مدنيين.", None),
    ],
)
def test_civilians_harmed_with_no_count_are_acted_upon(text: str, actor2: str | None) -> None:
    assert [row[0] for row in columns(text, "actor2")] == [actor2]


@pytest.mark.parametrize(
    "text",
    [
        "أطلقت قوة عسكرية إسرائيلية صباح الخميس الرصاص على شاب في بلدة بيت أمر.",
        "وأطلق جنود الاحتلال الرصاص الحي على فتى قرب مدخل بلدة بيت أمر.",
    ],
)
def test_shots_told_by_the_bullets_at_a_civilian_are_an_attack(text: str) -> None:
    assert [row[:2] for row in coded(text)] == [("violence_against_civilians", "attack")]
    assert [row[0] for row in columns(text, "actor2")] == ["civilians"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word of manner or of direction between the shots and their victim
        (
            "أطلق ملثمون النار بشكل مباشر على الشاب سامر في بلدة موحسن، ما أدى لمقتله.",
            ATTACK_ON_ONE,
        ),
        (
            "أقدم مجهولون على إطلاق النار بشكل مباشر على الشابين في بلدة موحسن.",
            ("violence_against_civilians", "attack", "civilians", None),
        ),
        (
            "أطلق مسلحون الرصاص باتجاه رجل وابنه في بلدة موحسن ما أدى إلى مقتلهما.",
            ("violence_against_civilians", "attack", "civilians", 2),
        ),
        # kin named by their bond are persons acted upon, as «رجلين» is
        (
            "قتل مسلحون مجهولون شقيقين في بلدة موحسن.",
            ("violence_against_civilians", "attack", "civilians", 2),
        ),
        (
            "قتل مسلحون ثلاثة أشقاء في بلدة موحسن.",
            ("violence_against_civilians", "attack", "civilians", 3),
        ),
    ],
)
def test_shots_aimed_by_manner_or_direction_and_kin_victims_are_attacks(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert coded(text) == [expected]


def test_a_security_man_shot_at_is_no_civilian() -> None:
    text = "أطلق مسلحون الرصاص باتجاه رجل أمن في بلدة موحسن."
    assert [row[2] for row in coded(text)] == [None]


def test_a_suicide_bomber_in_the_accusative_tells_a_suicide_bombing() -> None:
    text = "وقال مصدر أمني إن انتحاريا يقود سيارة مفخخة فجرها عند حاجز في مدينة الحلة."
    assert [row[1] for row in coded(text)] == ["suicide_bomb"]


def test_suicide_bombers_among_the_attackers_dead_leave_the_clash_a_clash() -> None:
    text = (
        "هاجم مسلحو التنظيم ناحية البغدادي فقتل 20 من المهاجمين، "
        "بينهم انتحاريان فجرا نفسيهما عند مدخل الناحية."
    )
    assert [row[1] for row in coded(text)] == ["armed_clash"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a victim's home beside the site: the site
        (
            "قتل تسعة مدنيين بينهم امرأة من قرية الحمرا في غارة على سوق مدينة أريحا.",
            ["مدينة أريحا"],
        ),
        (
            "قتل تسعة مدنيين بينهم شخص مجهول الهوية من قرية الحمرا في غارة على سوق مدينة أريحا.",
            ["مدينة أريحا"],
        ),
        # the only place stands; one taken from home is taken there
        ("قتل شاب من قرية الحمرا برصاص مجهولين.", ["قرية الحمرا"]),
        ("اعتقلت قوات الاحتلال شابا من بلدة سبسطية في محافظة نابلس.", ["بلدة سبسطية"]),
        # a camp's people are hit in it
        ("سقط 4 مدنيين من معسكر أبو شوك إثر قصف الدعم السريع مدينة الفاشر.", ["معسكر أبو شوك"]),
    ],
)
def test_a_victims_home_is_no_site_beside_the_site(text: str, expected: list[str]) -> None:
    assert [row[0] for row in columns(text, "location")] == expected


def test_a_massacre_the_strike_before_committed_is_that_strike() -> None:
    """«قصف الطيران بلدة حيان … مرتكبا مجزرة راح ضحيتها سبعة أشخاص»: one strike, its toll."""
    text = "قصف الطيران الحربي بلدة حيان بريف حلب الشمالي مرتكبا مجزرة راح ضحيتها سبعة أشخاص."
    assert columns(text, "location", "sub_event_type", "fatalities_best") == [
        ("بلدة حيان", "air_drone_strike", 7)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shots at a march by a state force: it meets the march, by the toll
        (
            "أطلقت قوات الأمن السورية النار على متظاهرين في حي باب السباع ما أدى لسقوط 5 قتلى.",
            ("protests", "excessive_force_against_protesters", 5),
        ),
        (
            "أطلقت قوات الأمن السورية الرصاص الحي على المتظاهرين في حي باب السباع.",
            ("protests", "protest_with_intervention", None),
        ),
        (
            "استخدمت قوات الأمن السورية النار لتفريق المتظاهرين في حي باب السباع،"
            " ما أسفر عن مقتل خمسة أشخاص.",
            ("protests", "excessive_force_against_protesters", 5),
        ),
        # a word of count between the shots and the march
        (
            "أطلقت قوات الأمن السورية النار على عشرات المتظاهرين في حي باب السباع فقتلت ثلاثة.",
            ("protests", "excessive_force_against_protesters", 3),
        ),
        # by gunmen: an attack on civilians
        (
            "أطلق مسلحون مجهولون النار على المتظاهرين في حي باب السباع فقتلوا اثنين.",
            ("violence_against_civilians", "attack", 2),
        ),
    ],
)
def test_shots_at_a_march(text: str, expected: tuple[Any, ...]) -> None:
    assert columns(text, "event_type", "sub_event_type", "fatalities_best") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "قتل 5 مدنيين بقصف على بلدة كفرنبل، ونقل الجرحى إلى مشفى الرحمة في بلدة عين البيضا.",
        "قتل 5 مدنيين بقصف على بلدة كفرنبل، وأسعف الجرحى إلى مستشفى في مدينة إدلب.",
        "قتل 5 مدنيين بقصف على بلدة كفرنبل، ونقل الجرحى إلى مشافي مدينة إدلب.",
    ],
)
def test_where_the_hurt_were_taken_is_no_site(text: str) -> None:
    assert [row[0] for row in columns(text, "location")] == ["بلدة كفرنبل"]


def test_a_hospital_struck_stands_at_its_place() -> None:
    assert [row[0] for row in columns("قصفت الطائرات مستشفى في مدينة إدلب.", "location")] == [
        "مدينة إدلب"
    ]


def test_looting_that_kills_is_an_attack_on_civilians() -> None:
    text = "هاجم مسلحون قرية العزبة بغرض السلب والنهب وقتلوا ثلاثة من سكانها."
    assert coded(text) == [("violence_against_civilians", "attack", "civilians", 3)]
    assert [row[:2] for row in coded("نهب مسلحون منازل في قرية العزبة.")] == [
        ("strategic_developments", "looting_property_destruction")
    ]


def test_the_toll_of_a_siege_that_goes_on_is_no_incidents() -> None:
    text = (
        "هاجمت الميليشيا قرية العزبة وقتلت 14 مواطنا. "
        "كما تحاصر الميليشيا بلدة الهلالية، مما أدى إلى مقتل ما يزيد عن 400 شخص."
    )
    assert columns(text, "location", "fatalities_best") == [("قرية العزبة", 14)]


def test_a_camp_of_the_displaced_with_no_name_is_civilians_acted_upon() -> None:
    text = "قصفت قوات الدعم السريع معسكر نازحين قرب مدينة الفاشر."
    assert columns(text, "location", "actor2") == [("مدينة الفاشر", "civilians")]


def test_a_street_named_after_a_city_is_a_site_in_the_city_that_holds_it() -> None:
    text = "سقطت قذائف على شارع طرابلس في مدينة مصراتة ما أدى لمقتل 3 مدنيين."
    assert columns(text, "location", "admin1") == [("شارع طرابلس", "Misrata")]


def test_a_shot_at_a_vehicle_names_no_civilian_victim() -> None:
    text = "أطلق عناصر الحاجز النار على سيارة في قرية الصور"
    assert [row[2] for row in coded(text)] == [None]


def dates_at(text: str, published: datetime.date) -> list[tuple[Any, ...]]:
    """(location, date_start, date_source) of each row of ``text``."""
    return columns(text, "location", "date_start", "date_source", published=published)


@pytest.mark.parametrize(
    "text",
    [
        "وأفاد المرصد، اليوم الثلاثاء، بمقتل ثلاثة أشخاص أمس الاثنين جراء قذائف على بلدة نبل.",
        "وقال مصدر محلي اليوم إن ثلاثة أشخاص قتلوا مساء أمس بقذائف سقطت على بلدة نبل.",
    ],
)
def test_the_day_a_report_is_told_does_not_date_the_incident_it_tells(text: str) -> None:
    rows = columns(text, "location", "date_start", "fatalities_best")
    assert rows == [("بلدة نبل", "2019-03-11", 3)]


@pytest.mark.parametrize(
    "text",
    [
        "استشهدت شابة في غارة على بلدة بني سهيلا.",
        "استشهد متطوع في الهلال الأحمر بغارة على بلدة بني سهيلا.",
        "قتل متطوعان في الدفاع المدني بقصف على بلدة بني سهيلا.",
    ],
)
def test_a_young_woman_or_a_relief_volunteer_is_a_civilian_victim(text: str) -> None:
    assert columns(text, "actor2") == [("civilians",)]


def test_a_volunteer_killed_with_another_victim_adds_a_death() -> None:
    text = "قتل شاب ومتطوع في الدفاع المدني بقصف مدفعي على بلدة ناحتة."
    assert columns(text, "fatalities_best") == [(2,)]


def test_the_day_a_count_is_given_splits_no_incident_off_the_day_it_counts() -> None:
    text = (
        "أعلنت مديرية أمن مصراتة صباح اليوم الثلاثاء عن إحصائية لعدد القذائف التي تساقطت"
        " أمس على أحياء مدينة مصراتة."
    )
    rows = columns(text, "location", "date_start", "actor1")
    assert rows == [("مدينة مصراتة", "2019-03-11", None)]


def test_the_day_a_report_is_told_dates_an_incident_told_with_no_other() -> None:
    rows = columns("أعلن الجيش اليوم مقتل 5 مسلحين في اشتباكات في قرية نبل.", "date_start")
    assert rows == [("2019-03-12",)]


def test_incidents_told_after_a_dated_lead_take_its_day() -> None:
    text = (
        "قتل 9 أشخاص الأحد بغارات على بلدات في الجنوب.\n"
        "وقالت الوكالة إن غارة استهدفت بلدة عيتا الشعب ما أدى إلى مقتل 5 أشخاص.\n"
        "واستهدفت غارة أخرى بلدة حولا وقتل فيها 4 أشخاص."
    )
    assert dates_at(text, datetime.date(2024, 10, 22)) == [
        ("بلدة عيتا الشعب", "2024-10-20", "text"),
        ("بلدة حولا", "2024-10-20", "text"),
    ]


def test_a_lead_day_written_in_full_dates_the_incidents_after_it() -> None:
    text = (
        "قتل 9 مدنيين الأحد 20 أكتوبر 2024 بغارات على بلدات في الجنوب.\n"
        "وقالت الوكالة إن غارة استهدفت بلدة عيتا الشعب ما أدى إلى مقتل 5 أشخاص."
    )
    assert dates_at(text, datetime.date(2024, 10, 21)) == [
        ("بلدة عيتا الشعب", "2024-10-20", "text"),
    ]


def test_an_opening_day_written_in_full_dates_the_report_published_weeks_later() -> None:
    text = (
        "قتلى بقصف على ريف حلب\n"
        "شنت الطائرات الحربية الأحد 20 أكتوبر 2024 غارات وقصفا على بلدات ريف حلب الغربي.\n"
        "وقال ناشطون إن غارة استهدفت بلدة كفرناها ما أدى إلى مقتل 3 مدنيين.\n"
        "فيما قصفت قوات النظام بالمدفعية بلدة الزربة."
    )
    assert dates_at(text, datetime.date(2024, 11, 9)) == [
        ("بلدة كفرناها", "2024-10-20", "text"),
        ("بلدة الزربة", "2024-10-20", "text"),
    ]


def test_an_old_day_written_in_full_past_the_opening_dates_nothing_after_it() -> None:
    text = (
        "قتل مدنيان بقصف على ريف حلب اليوم.\n"
        "وكانت البلدة قد تعرضت الأحد 20 أكتوبر 2024 لقصف مماثل.\n"
        "وقال ناشطون إن غارة استهدفت بلدة كفرناها ما أدى إلى مقتل مدنيين."
    )
    assert dates_at(text, datetime.date(2024, 11, 9))[-1][1] != "2024-10-20"


@pytest.mark.parametrize(
    "lead",
    [
        "اغتال مجهولون شابين أمس الأحد 20 أكتوبر في ريف درعا.",  # its year the publication's
        "أصيب 3 مدنيين مساء أمس الأحد 20 تشرين الأول بانفجار في ريف درعا.",
    ],
)
def test_a_lead_day_written_with_its_weekday_and_no_year_dates_the_incident_after_it(
    lead: str,
) -> None:
    text = lead + "\nوقالت مصادر محلية إن مسلحين أطلقوا النار قرب بلدة المزيريب."
    found = dates_at(text, datetime.date(2024, 10, 21))
    assert found[-1] == ("بلدة المزيريب", "2024-10-20", "text")


def test_a_placeless_sentence_after_an_undated_incident_gives_its_day() -> None:
    text = (
        "قتل مزارع وأصيب آخران في قصف مدفعي على بلدة كفرنبل.\n"
        "وأكد مسؤول محلي أن المزارع قتل بقذيفة هاون سقطت مساء أمس قرب منزله."
    )
    found = dates_at(text, datetime.date(2019, 3, 12))
    assert found == [("بلدة كفرنبل", "2019-03-11", "text")]


@pytest.mark.parametrize(
    "text",
    [
        "قصفت قوات النظام بلدة كفرنبل.\nوتعرضت قرى المنطقة مساء أمس لقصف مماثل.",
        "قصفت قوات النظام بلدة كفرنبل.\nوكانت قرى المنطقة قد تعرضت أمس لقصف جديد.",
    ],
    ids=["similar", "new"],
)
def test_a_placeless_sentence_that_tells_another_strike_gives_no_day(text: str) -> None:
    # «مماثلة», «جديد»: the strike told is another one, and its day is not the first's
    found = dates_at(text, datetime.date(2019, 3, 12))
    assert found == [("بلدة كفرنبل", "2019-03-12", "published")]


def test_a_placeless_sentence_of_another_kind_gives_no_day() -> None:
    text = (
        "قتل مزارع وأصيب آخران في قصف مدفعي على بلدة كفرنبل.\n"
        "وكان مسلحون قد اغتالوا أمس شابا بالرصاص."
    )
    found = dates_at(text, datetime.date(2019, 3, 12))
    assert found[0] == ("بلدة كفرنبل", "2019-03-12", "published")


@pytest.mark.parametrize(
    "second",
    [
        "وكان الطيران قد قصف بلدة حولا وقتل فيها 4 أشخاص.",  # told as before
        "وفي وقت سابق قصف الطيران بلدة حولا وقتل فيها 4 أشخاص.",
    ],
)
def test_a_sentence_told_of_another_time_takes_no_day_from_the_lead(second: str) -> None:
    text = "قتل 5 أشخاص الأحد بغارة على بلدة عيتا الشعب.\n" + second
    found = dates_at(text, datetime.date(2024, 10, 22))
    assert found[1] == ("بلدة حولا", "2024-10-22", "published")


def test_a_day_told_in_a_relative_clause_is_no_lead() -> None:
    text = (
        "ودوت صفارات الإنذار اليوم في مدينة حيفا التي تعرضت مساء أمس لقصف صاروخي.\n"
        "وكثف الطيران غاراته على بلدة بنت جبيل."
    )
    found = dates_at(text, datetime.date(2024, 10, 22))
    assert found[-1] == ("بلدة بنت جبيل", "2024-10-22", "published")


def test_a_lead_day_long_before_publication_is_no_lead() -> None:
    text = "قتل 5 أشخاص في 3 آذار 2024 بغارة على بلدة عيتا الشعب.\nوقصف الطيران بلدة حولا."
    found = dates_at(text, datetime.date(2024, 10, 22))
    assert found[1] == ("بلدة حولا", "2024-10-22", "published")


def test_a_night_told_by_its_two_days_meets_either_day() -> None:
    text = (
        "قتل عنصران من الشرطة اليوم الإثنين في هجوم بمحافظة كركوك.\n"
        "وقال مصدر إن المسلحين هاجموا ليل الأحد/الإثنين مواقع الشرطة في ناحية الرشاد."
    )
    rows = cp.parse_report(text, published=datetime.date(2020, 9, 7)).to_rows()
    assert [(row["location"], row["fatalities_best"]) for row in rows] == [("ناحية الرشاد", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline at the province with the body's toll: one event, at the district
        (
            "مقتل 6 مدنيين بقصف على الجوف\nقتل 6 مدنيين على الأقل بقصف صاروخي على مديرية خب.",
            [("مديرية خب", "Al Jawf", 6)],
        ),
        # the body's first sentence names no narrower place: the headline joins the next one
        (
            "مقتل 4 مدنيين بانفجار عبوة ناسفة في كركوك\n"
            "أفاد مصدر أمني بأن أربعة مدنيين قتلوا بانفجار عبوة ناسفة جنوبي المحافظة.\n"
            "وأوضح أن العبوة انفجرت قرب منزلهم في قرية البو صالح.",
            [("قرية البو صالح", "Kirkuk", 4)],
        ),
        # a headline with no figure joins the first body incident of its kind
        (
            "قتلى بقصف مسيرة تركية في دهوك\nقتل شخصان بقصف مسيرة تركية على قرية سيدكان.",
            [("قرية سيدكان", "Duhok", 2)],
        ),
        # a place «بمحيط» a broader one: the broader only locates it
        (
            "قتل مدنيان بانفجار لغم في مديرية حيس بمحيط مدينة الحديدة.",
            [("مديرية حيس", "Hodeidah", 2)],
        ),
    ],
)
def test_a_headline_or_a_locating_place_is_no_event_of_its_own(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert columns(text, "location", "admin1", "fatalities_best") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's city named as its province stands for the province over its towns
        (
            "عبوة ناسفة تستهدف دورية للشرطة شرقي درعا\n"
            "انفجرت عبوة ناسفة اليوم بدورية للشرطة قرب مدينة الحراك في ريف درعا الشرقي.",
            ["مدينة الحراك"],
        ),
        # a body that tells the city itself keeps it
        (
            "قصف على درعا\nقصفت قوات النظام مدينة درعا. كما قصفت مدينة الحراك.",
            ["درعا", "مدينة الحراك"],
        ),
    ],
)
def test_a_headline_city_named_as_its_province(text: str, expected: list[str]) -> None:
    assert [row[0] for row in columns(text, "location")] == expected


def test_a_first_line_that_is_a_sentence_is_no_headline() -> None:
    text = (
        "قتل 6 مدنيين بقصف على الجوف أمس.\n"
        "وفي خبر آخر قتل 6 مقاتلين على الأقل في اشتباكات في مديرية خب."
    )
    rows = cp.parse_report(text, published=PUBLISHED).to_rows()
    assert len(rows) == 2


def sides(text: str) -> list[tuple[Any, ...]]:
    """(actor1, actor2) of each row of ``text``."""
    return columns(text, "actor1", "actor2")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side a teller belongs to only tells, after a verb of saying
        (
            "وقال ضابط في شرطة قضاء القائم إن انتحاريا فجر نفسه في ناحية العبيدي.",
            [(None, None)],
        ),
        (
            "وأفاد مصدر من الجيش اليمني بأن ثلاثة مدنيين قتلوا بقصف حوثي على مديرية حيس.",
            [("houthis", "civilians")],
        ),
        # a rank and a name between the verb of saying and the teller's side
        (
            "وقال الملازم أول سعد الكعبي من شرطة ديالى إن عبوة انفجرت في سوق بلدة الخالص.",
            [(None, None)],
        ),
        # …but a teller who says what his own forces did speaks for the side that acts
        (
            "وقال العقيد علي الحسني من الجيش العراقي إن قواته قصفت مواقع في قرية البو بالي.",
            [("iraqi_forces", None)],
        ),
        # a member «في» a force is of that side
        ("قتل ضابط في الشرطة العراقية بانفجار عبوة في ناحية العبيدي.", [(None, "iraqi_police")]),
        # one man «من» a side is its man, a victim
        (
            "وقتل ضابط وعنصر من قوات النظام باستهداف آليتهم على محور كبانة بريف اللاذقية.",
            [(None, "syrian_government_forces")],
        ),
        # a side's medium tells, it does not strike
        (
            "وذكرت قناة المسيرة التابعة للحوثيين أن غارة استهدفت منزلا في مديرية باقم.",
            [(None, "civilians")],
        ),
        # the coalition named by its operation
        (
            'وشنت طائرات "عاصفة الحزم" غارات على جبل فج عطان في صنعاء.',
            [("saudi_coalition", None)],
        ),
        # Turkey's gendarmerie, named bare in a Syrian report
        (
            "واستشهد شاب برصاص عناصر الجندرما قرب بلدة حارم في ريف إدلب السوري.",
            [("turkey_forces", "civilians")],
        ),
        # a hedged owner still names the aircraft's side
        (
            "شنت طائرات حربية يرجح أنها روسية غارات على قرية حيش.",
            [("russia_forces", None)],
        ),
    ],
)
def test_who_tells_and_who_acts(text: str, expected: list[tuple[Any, Any]]) -> None:
    assert sides(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a purpose is not yet done
        "وصلت قوة من الشرطة إلى ناحية البغدادي لتنفيذ حملة دهم وتفتيش بحثا عن المسلحين.",
        "كانت القوة في طريقها إلى قرية الجلام لاعتقال مطلوبين.",
        # a habit is no incident
        "وتشهد محافظة القنيطرة عمليات اغتيال وخطف شبه يومية.",
        # a trend over a span is no incident
        "وخلال الشهور الماضية، تصاعدت وتيرة هجمات المسلحين في القرى الواقعة بين بيجي وتكريت.",
        "وزادت وتيرة الغارات على أطراف مدينة سراقب خلال الفترة الأخيرة.",
        "وتكرر القصف على بلدة اللطامنة في الآونة الأخيرة.",
        # a toll since a war began, told by a pronoun
        "وأسفرت الحرب على مدينة الفاشر منذ اندلاعها في مايو الماضي عن 500 قتيل.",
        # «ودان»: and condemned, not Waddan; what is condemned is no incident of its own
        "ودان رئيس البلدية القصف الذي استهدف مدينة سرت.",
        # the areas a side holds are no takeover
        "واستهدفت خلايا التنظيم مكونات الفصيل في مناطق سيطرتها بأرياف دير الزور والرقة.",
        # kinds of incident named as examples
        "تعاني البلدة من حوادث متكررة كالخطف والاغتيالات والتفجيرات في قضاء الطارمية.",
        "وتشهد المحافظة هجمات مثل التفجيرات والاغتيالات في قضاء الطارمية.",
        # a withdrawal that ends a raid or an operation is no transfer of territory
        "وانسحبت قوات الاحتلال من بلدة قباطية عقب عملية عسكرية.",
        # daily confrontations are a habit
        "ويشهد حي الشيخ جراح مواجهات يومية بين الأهالي والمستوطنين.",
        # aircraft only seen flying, or an act not done
        "حلقت طائرة مسيرة في أجواء بلدة اللطامنة.",
        "شوهدت طائرات استطلاع تحلق فوق بلدة اللطامنة دون أن تنفذ أي ضربات.",
        "وشهدت بلدة كفرزيتا تحليقا مكثفا للطيران المروحي.",
        # aircraft that drop only flares
        "ألقت طائرات النظام قنابل ضوئية في سماء بلدة كفرزيتا.",
        "رصد ناشطون إطلاق طائرة حربية تركية، مساء أمس، قنابل ضوئية فوق قرية عون الدادات.",
    ],
)
def test_what_is_done_for_a_purpose_or_by_habit_is_no_event(text: str) -> None:
    assert cp.parse_report(text, published=PUBLISHED).to_rows() == []


@pytest.mark.parametrize(
    "text",
    [
        "حلقت طائرات حربية في سماء المنطقة وشنت غارات على بلدة اللطامنة.",
        "تصدت المضادات الأرضية لمسيرات حلقت في أجواء بلدة اللطامنة.",
        # a strike after the flares, and a shell that starts a fire
        "ألقت طائرات النظام قنابل ضوئية ثم شنت غارات على بلدة اللطامنة.",
        "شهدت بلدة اللطامنة تحليقا مكثفا للطيران الحربي، تلاه قصف عنيف استمر ساعات.",
        "اندلع حريق في أراضي بلدة اللطامنة جراء سقوط قذيفة ضوئية أطلقتها قوات النظام.",
    ],
)
def test_aircraft_flying_that_strike_or_are_met_are_an_incident(text: str) -> None:
    assert [row[0] for row in columns(text, "location")] == ["بلدة اللطامنة"]


def test_aircraft_flying_over_a_raid_are_no_strike() -> None:
    text = "اقتحمت قوات الاحتلال مخيم الفارعة، فيما حلقت طائرات مروحية في أجواء مدينة طوباس."
    assert "air_drone_strike" not in [row[0] for row in columns(text, "sub_event_type")]


def test_explosives_a_clash_was_fought_with_are_no_blast_of_their_own() -> None:
    text = (
        "اندلعت اشتباكات عنيفة في مخيم الفارعة جراء تصدي المقاومين للقوات المقتحمة"
        " بالرصاص الحي والعبوات المتفجرة."
    )
    assert [row[0] for row in columns(text, "sub_event_type")] == ["armed_clash"]


def test_a_device_an_assassination_was_tried_with_is_the_event() -> None:
    text = "أصيب ضابط بجروح إثر محاولة اغتيال بعبوة ناسفة زرعت في سيارته في مدينة عدن."
    assert [row[0] for row in columns(text, "sub_event_type")] == ["remote_explosive_landmine_ied"]


def test_how_often_attacks_come_on_one_day_is_still_an_incident() -> None:
    text = "وتيرة القصف تصاعدت يوم الأحد على بلدة اللطامنة، واستهدفتها الطائرات بعشرين غارة."
    rows = cp.parse_report(text, published=PUBLISHED).to_rows()
    assert [(row["location"], row["sub_event_type"]) for row in rows] == [
        ("بلدة اللطامنة", "air_drone_strike")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قصفت قوات النظام من مواقعها في معسكر جورين قرية الحويز بريف حماة.",
            ["قرية الحويز"],
        ),
        (
            "استهدفت المدفعية الأحياء السكنية في مدينة كفرزيتا، من مواقعها في معسكر جورين.",
            ["مدينة كفرزيتا"],
        ),
        # every town of a list the guns stand in
        (
            "قصفت قوات النظام المتمركزة في بلدتي كفرطاب وحيش قرى الهبيط وعابدين.",
            ["الهبيط", "عابدين"],
        ),
        # or around which they stand
        (
            "قصفت قوات النظام المتمركزة في محيط بلدة خناصر قريتي الهبيط وعابدين.",
            ["الهبيط", "عابدين"],
        ),
        ("قصفت قوات النظام المتمركزة بأطراف بلدة خناصر قرية عابدين.", ["قرية عابدين"]),
        # its positions struck, with no «من», are the target
        ("قصفت الطائرات مواقعها في قرية الحويز.", ["قرية الحويز"]),
        # the positions' side between «من» and the place, or the source told by «مصدره»
        ("تعرضت بلدة التح لقصف مدفعي من مواقع قوات النظام في قرية معرحطاط.", ["بلدة التح"]),
        ("وتعرضت قرية الحويز لقصف صاروخي مصدره مقرات النظام في مدينة السقيلبية.", ["قرية الحويز"]),
        (
            "طال القصف بلدة كفرنبودة من مقار قوات النظام المنتشرة في المنطقة ومنها حاجز قرية"
            " الشيخ حديد.",
            ["بلدة كفرنبودة"],
        ),
        # a place after «على» is struck from the positions
        ("أطلقت قوات النظام القذائف من مواقعها على قرية الحويز.", ["قرية الحويز"]),
        # the men's positions are the site when the clause names no other place
        ("قتل عنصران من حواجز قوات النظام في قرية معرحطاط برصاص قناص.", ["قرية معرحطاط"]),
    ],
)
def test_where_the_guns_stand_is_no_site(text: str, expected: list[str]) -> None:
    assert [row[0] for row in columns(text, "location")] == expected


def test_the_seat_of_an_official_who_tells_is_no_site() -> None:
    text = (
        "قتل 3 مدنيين بانفجار سيارة مفخخة في قضاء الحويجة. وقال محافظ كركوك إن التفجير"
        " يحمل بصمات داعش."
    )
    assert [row[0] for row in columns(text, "location")] == ["قضاء الحويجة"]


def test_a_place_a_distance_is_measured_from_is_no_site() -> None:
    text = "قصفت الطائرات مواقع في شرق سرت (450 كلم شرق طرابلس) وقتل 5 مسلحين"
    assert located_tolls(text) == [("سرت", 5)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short distance from the one place named: the incident is coded there
        ("قتل 12 جنديا في كمين على بعد 4 كيلومترات من بلدة تيسيت.", [("بلدة تيسيت", 12)]),
        ("قتل جنديان بانفجار عبوة ناسفة على بعد أمتار من بلدة الشحيل.", [("بلدة الشحيل", 2)]),
        # a long one tells where the fighters stand, not an incident at the town
        ("وباتت الفصائل بعد أيام من القتال على مسافة 20 كيلومترا من بلدة القرداحة.", []),
    ],
)
def test_a_place_a_short_distance_away_is_the_site_when_none_other_is_named(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert located_tolls(text) == expected


def test_a_name_in_quotes_before_today_is_an_outlet_not_a_day() -> None:
    text = 'وقالت مصادر محلية لـ"أخبار اليوم" إن قذيفة سقطت على قرية الحود.'
    assert cp.find_dates(text, reference=PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أقدم مستوطنون على إحراق مسجد في قرية عقربا",
            [("strategic_developments", "looting_property_destruction", "israeli_settlers")],
        ),
        (
            "اعتدى مستوطنون على رعاة في قرية عقربا",
            [("violence_against_civilians", "attack", "israeli_settlers")],
        ),
        # a killing told with the arson stays an attack, with its toll
        (
            "قتل 3 مدنيين وأضرم المسلحون النار في منازل في قرية الهبيط",
            [("violence_against_civilians", "attack", None)],
        ),
    ],
)
def test_arson_and_assault_by_settlers_and_gunmen(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert columns(text, "event_type", "sub_event_type", "actor1") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "هاجمت مجموعة من المستوطنين قرية برقة شرق رام الله.",
            [("violence_against_civilians", "attack", "israeli_settlers", "civilians")],
        ),
        (
            "أحرق مستوطنون منزلا ومركبتين في بلدة حوارة جنوب نابلس.",
            [
                (
                    "strategic_developments",
                    "looting_property_destruction",
                    "israeli_settlers",
                    "civilians",
                )
            ],
        ),
        # settlers met by the army are in a clash with it
        (
            "اشتبك مستوطنون مع قوات الاحتلال قرب مستوطنة يتسهار جنوب نابلس.",
            [("battles", "armed_clash", "israeli_settlers", "israeli_forces")],
        ),
    ],
)
def test_settlers_attack_civilians_when_no_armed_side_meets_them(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert columns(text, "event_type", "sub_event_type", "actor1", "actor2") == expected


def test_arson_told_with_an_attack_is_part_of_it() -> None:
    text = "هاجم مسلحون قاعدة عسكرية في قرية الصور، وقتلوا عشرة جنود، وأحرقوا عربتين عسكريتين."
    assert columns(text, "event_type", "sub_event_type") == [("battles", "armed_clash")]


def test_a_toll_told_twice_by_a_framing_place_is_counted_once_where_it_is_handed() -> None:
    text = (
        "مقتل 20 شخصا في قصف جوي جنوبي ليبيا\n"
        "قال نائب إن 20 شخصا قتلوا مساء الأحد جراء قصف جوي على مدينة مرزق جنوبي البلاد.\n"
        "وقال مسؤول محلي إن طائرة عسكرية استهدفت حي القلعة السكني."
    )
    assert located_tolls(text) == [("حي القلعة", 20)]


@pytest.mark.parametrize(
    "text",
    [
        "وفي محافظة بابل، أفادت مصادر طبية بمقتل ستة أشخاص في هجوم بحافلة مفخخة في قرية الجربوعية.",
        # an incident told in a later sentence at a place the frame may hold does not share it
        "وفي محافظة بابل، أفادت مصادر طبية بمقتل ستة أشخاص في هجوم بحافلة مفخخة في قرية"
        " الجربوعية.\nوقال مدير إعلام شرطة النجف إن عبوة لاصقة انفجرت بسيارة مدنية"
        " في ناحية الحيرة.",
    ],
)
def test_a_framing_attack_hands_its_toll_to_the_bomb_at_the_village_of_its_sentence(
    text: str,
) -> None:
    rows = columns(text, "location", "sub_event_type", "fatalities_best", "actor2")
    assert rows[0] == ("قرية الجربوعية", "remote_explosive_landmine_ied", 6, "civilians")
    assert [row[2] for row in rows[1:]] == [None] * (len(rows) - 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "اقتحمت قوات الاحتلال بلدة يعبد واعتقلت شابين.",
            [("strategic_developments", "arrests", "israeli_forces")],
        ),
        (
            "اعتقلت قوات الاحتلال ثلاثة شبان خلال اقتحامها مخيم عسكر.",
            [("strategic_developments", "arrests", "israeli_forces")],
        ),
        # so is a raid told with the abductions made in it
        (
            "اقتحم مسلحو داعش مساء أمس قرية البو فراج واختطفوا نحو عشرة أشخاص.",
            [("violence_against_civilians", "abduction_forced_disappearance", "islamic_state")],
        ),
    ],
)
def test_a_raid_told_with_its_arrests_is_the_arrests(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert columns(text, "event_type", "sub_event_type", "actor1") == expected


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("سمع دوي انفجار في المنطقة الواقعة بين مدينتي طفس وداعل.", "طفس"),
        ("انفجرت عبوة على الطريق الواصل بين مدينة نوى وبلدة الشيخ مسكين", "مدينة نوى"),
        # a road with no word of linking: «على الطريق بين», «على الأوتوستراد ما بين»
        ("قتل عنصران بانفجار عبوة على الطريق بين بلدة اليادودة ومدينة طفس.", "بلدة اليادودة"),
        ("قتل شرطيان بهجوم على الأوتوستراد الدولي ما بين بلدة صيدا ومدينة داعل.", "بلدة صيدا"),
    ],
)
def test_a_site_between_two_places_is_one_site_at_the_first(text: str, location: str) -> None:
    assert [row[0] for row in located_tolls(text)] == [location]


@pytest.mark.parametrize(
    "text",
    [
        "اغتال مجهولان شابا في بلدة هجين أحد المعاقل السابقة لتنظيم الدولة",
        "قتل مسلح مجهول شابا في بلدة ذيبان بعد قدومه من مناطق سيطرة قوات سوريا الديمقراطية",
    ],
)
def test_who_held_a_place_or_holds_a_zone_is_no_side(text: str) -> None:
    assert sides(text) == [(None, "civilians")]


def test_arrests_told_by_their_noun_are_at_each_village_listed() -> None:
    text = "وأفاد ناشطون بأن الاعتقالات شملت شبانا من قرى الرهجان، والشعثة، وأبو دالي."
    assert columns(text, "location", "sub_event_type") == [
        ("الرهجان", "arrests"),
        ("الشعثة", "arrests"),
        ("أبو دالي", "arrests"),
    ]


def test_two_landmines_in_two_districts_are_two_explosions() -> None:
    text = "انفجر لغمان أرضيان يوم الأحد بمديريتي الجراحي والخوخة، ما أسفر عن مقتل مدنيين اثنين."
    assert columns(text, "location", "sub_event_type", "fatalities_best") == [
        ("الجراحي", "remote_explosive_landmine_ied", 2),
        ("الخوخة", "remote_explosive_landmine_ied", None),
    ]


def test_a_side_named_between_able_and_taking_takes_the_place() -> None:
    rows = cp.parse_report("تمكنت قوات النظام من السيطرة على قرية الحدادة", published=PUBLISHED)
    assert [(row["sub_event_type"], row["actor1"]) for row in rows.to_rows()] == [
        ("government_regains_territory", "syrian_government_forces")
    ]


def test_a_toll_told_bare_and_bounded_keeps_its_bound() -> None:
    text = "مقتل 43 شخصا في غارة على مرزق\nقتل ما لا يقل عن 43 شخصا في غارة جوية على مدينة مرزق."
    (row,) = cp.parse_report(text, published=PUBLISHED).to_rows()
    assert (row["fatalities_best"], row["fatalities_qualifier"]) == (43, "at_least")


def test_a_body_that_names_a_landmark_is_no_side() -> None:
    text = "قتل مدنيان بغارة جوية بالقرب من مبنى جهاز المخابرات العامة في مدينة نيالا"
    assert sides(text) == [(None, "civilians")]


def test_an_unknown_site_takes_the_province_of_a_city_named_in_its_sentence() -> None:
    text = "قال سكان من مدينة نيالا إن القصف الجوي على حي الوادي أدى لمقتل 3 مدنيين"
    (event,) = cp.parse_report(text, published=PUBLISHED).events
    (row,) = cp.parse_report(text, published=PUBLISHED).to_rows()
    assert (row["location"], row["admin1"], row["country"]) == ("حي الوادي", "South Darfur", "SD")
    assert event.geo_precision is not None
    assert event.geo_precision >= 2  # near the city, not at the quarter itself


def test_a_geonames_namesake_abroad_does_not_vote_for_the_country() -> None:
    """GeoNames has a Turkish «البستان»: the report is about Libya, as «درنة» says."""
    text = "نفذ الطيران غارات على أحياء الوادي والبستان والمنشية في مدينة درنة."
    assert columns(text, "location", "country", "admin1") == [
        ("الوادي", "LY", "Derna"),
        ("البستان", "LY", "Derna"),
        ("المنشية", "LY", "Derna"),
    ]


def test_a_womans_name_is_no_clitic_and_place() -> None:
    """«فاطمة» is not ف + «اطمة» (Atmeh, in Idlib)."""
    text = "أصيبت السيدة فاطمة برصاص قناص في قرية الصفراء بمديرية قعطبة."
    assert columns(text, "location", "admin1") == [("قرية الصفراء", "Al Dhale")]
    assert [m.text for m in cp.find_places("قتلت فاطمة وابنها")] == []


def test_civilians_misspelt_are_civilians_not_a_tunisian_town() -> None:
    text = "قتل ثلاثة مدنين بانفجار لغم في مديرية حيس."
    assert columns(text, "location", "actor2", "fatalities_best") == [
        ("مديرية حيس", "civilians", 3)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قتل 4 عناصر من قوات النظام في هجوم لفصائل المعارضة بقذائف الهاون على قرية"
            " الصفصافة بريف حماة.",
            [
                (
                    "shelling_artillery_missile_attack",
                    "syrian_opposition_factions",
                    "syrian_government_forces",
                    4,
                )
            ],
        ),
        (
            "قتل مدنيان في هجوم بطائرة مسيرة على سيارة في بلدة الصفصافة بريف حماة.",
            [("air_drone_strike", None, "civilians", 2)],
        ),
        (
            "قتل ثلاثة جنود في هجوم شنه مسلحون بعبوة ناسفة على دورية في قرية الصفصافة بريف حماة.",
            [("remote_explosive_landmine_ied", None, "syrian_government_forces", 3)],
        ),
    ],
)
def test_an_attack_told_with_its_means_is_one_event_of_the_means(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    """«هجوم لـX بقذائف الهاون»: the means gives the sub-type; sides and toll stay with it."""
    got = columns(text, "sub_event_type", "actor1", "actor2", "fatalities_best")
    assert got == expected


def test_a_teller_past_an_aside_only_tells() -> None:
    """«وقالت قسد، في بيان …، إن قصفا استهدف …»: the side that tells is no side of the shelling."""
    text = (
        "وقالت قوات سوريا الديمقراطية، في بيان نشرته على موقعها، إن قصفا مدفعيا استهدف قرية"
        " الجات بريف منبج وأدى إلى مقتل شخصين."
    )
    assert columns(text, "location", "actor1", "fatalities_best") == [("قرية الجات", None, 2)]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("أعدم مسلحون مزارعا وزوجته وطفليه في قرية الحميدية.", 4),
        ("قتلت امرأة وابنتيها في قصف على قرية الحميدية.", 3),
        ("قتل شاب وشقيقيه في قصف على قرية الحميدية.", 3),
        # «أخيه», «أبيه» are one each, not duals
        ("قتل رجل وأخيه في قصف على قرية الحميدية.", 2),
        ("قتل رجل وأبيه في قصف على قرية الحميدية.", 2),
    ],
)
def test_kin_named_by_a_dual_with_a_pronoun_are_two_deaths(text: str, toll: int) -> None:
    """«وطفليه»: his two children; «وأخيه»: his brother."""
    assert [best for _, best in located_tolls(text)] == [toll]


def test_a_wording_told_since_a_war_began_is_no_incident_in_a_group_either() -> None:
    """«للهجوم مرارا منذ اندلاع المعارك»: the clash is the war's, told with the attack's word."""
    assert (
        columns("وتعرضت قرية أم سيالة للهجوم مرارا منذ اندلاع المعارك في المنطقة.", "location")
        == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one taken, after the verb or after the side that takes
        (
            "اعتقلت قوات الاحتلال شابا من بلدة عزون شرق قلقيلية.",
            [("arrests", "israeli_forces", "civilians", None)],
        ),
        (
            "اختطف مسلحون مجهولون طبيبا في مدينة إب.",
            [("abduction_forced_disappearance", None, "civilians", None)],
        ),
        # a count after its noun names the victims: «مدنيين اثنين»
        (
            "قتل فلسطينيين اثنين برصاص قوات الاحتلال في بلدة عزون شرق قلقيلية.",
            [("attack", "israeli_forces", "civilians", 2)],
        ),
        # a force's men killed by unknown gunmen, with no other wording: a clash
        (
            "قتل عنصران من قوات سوريا الديمقراطية برصاص مجهولين قرب بلدة ذيبان.",
            [("armed_clash", None, "sdf", 2)],
        ),
    ],
)
def test_who_is_taken_or_killed_gives_the_sides_and_the_type(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    """«اعتقلت القوات شابا», «اختطف مسلحون طبيبا», «فلسطينيين اثنين», «برصاص مجهولين»."""
    got = columns(text, "sub_event_type", "actor1", "actor2", "fatalities_best")
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the air arm named before «التابع» is the owner's: it acts
        (
            "شن الطيران الحربي التابع للجيش السوداني غارة جوية على قرية أم قرفة.",
            [("air_drone_strike", "saf", None)],
        ),
        # fighters loyal to a side are its men: killed, they are the side struck
        (
            "قتل ستة مقاتلين موالين للجيش الوطني الليبي في ضربة بطائرة مسيرة على بلدة العزيزية.",
            [("air_drone_strike", None, "lna_haftar")],
        ),
        # a drone downed is no strike: «أسقط الجيش طائرة مسيرة»
        (
            "أسقط الجيش طائرة مسيرة في سماء مدينة الأبيض.",
            [("disrupted_weapons_use", "saf", None)],
        ),
        (
            "أسقطت الدفاعات الجوية طائرتين مسيرتين فوق مدينة مأرب.",
            [("disrupted_weapons_use", None, None)],
        ),
    ],
)
def test_owners_loyalties_and_downed_drones(text: str, expected: list[tuple[Any, ...]]) -> None:
    """«الطيران الحربي التابع لـX», «مقاتلين موالين لـX», «أسقط … طائرة مسيرة»."""
    assert columns(text, "sub_event_type", "actor1", "actor2") == expected


@pytest.mark.parametrize(
    "text",
    [
        "تسعى القوات المشتركة إلى إحكام سيطرتها على مدينة الفاشر.",
        "قال القائد إن الجيش ينوي التقدم نحو مدينة بارا خلال أيام.",
    ],
)
def test_aims_and_intentions_are_no_events(text: str) -> None:
    """«تسعى … إلى إحكام سيطرتها», «ينوي التقدم»: nothing done yet."""
    assert columns(text, "location") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side a device hits is its target, not the side that planted it
        (
            "انفجرت عبوة ناسفة بسيارة قيادي في الفيلق الخامس قرب بلدة الغارية.",
            [(None, "fifth_corps")],
        ),
        (
            "انفجرت عبوة ناسفة لدى مرور رتل تابع للتحالف الدولي قرب قضاء الطارمية.",
            [(None, "international_coalition")],
        ),
        # who planted, set off or fired it acts
        (
            "فجر تنظيم داعش عبوة ناسفة بدورية للجيش العراقي قرب قضاء الطارمية.",
            [("islamic_state", "iraqi_forces")],
        ),
        (
            "قتل 3 مدنيين بصاروخ أطلقه الحوثيون على حي الروضة في مدينة مأرب.",
            [("houthis", "civilians")],
        ),
        (
            "قتل شاب بانفجار لغم أرضي من مخلفات تنظيم داعش في قرية الصفرة.",
            [("islamic_state", "civilians")],
        ),
        # a side taken from the event before is never the side acted upon
        (
            "زرعت قوات النظام عبوة ناسفة في بلدة المسيفرة. وانفجرت عبوة ناسفة بدورية لقوات"
            " النظام في بلدة الكرك الشرقي.",
            [("syrian_government_forces", None), (None, "syrian_government_forces")],
        ),
    ],
)
def test_planted_devices_their_targets_and_who_set_them(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    """«عبوة بسيارة قيادي في X», «رتل تابع لـX», «فجر X عبوة», «أطلقه X», «من مخلفات X»."""
    assert columns(text, "actor1", "actor2") == expected


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        # a capital standing for its government is no site
        (
            "قتل 7 جنود في كمين قرب بلدة تل الورد، في مناطق خاضعة لسيطرة دمشق.",
            ["بلدة تل الورد"],
        ),
        (
            "قتل 3 عناصر من حزب الله حليف طهران في غارة على بلدة الخيام.",
            ["بلدة الخيام"],
        ),
        # one vehicle hit between two towns is one site
        (
            "استهدفت غارة إسرائيلية سيارة على الطريق بين بلدتي الشعيتية والقليلية.",
            ["الشعيتية"],
        ),
        # where the fighters fled is no site; warnings to leave are no event
        (
            "وفر المسلحون باتجاه قرية الجرذي بعد اشتباكات في بلدة الميادين.",
            ["بلدة الميادين"],
        ),
        ("وجه الجيش تحذيرات للسكان بإخلاء المباني في بلدة الخيام.", []),
    ],
)
def test_capitals_for_governments_ends_of_one_site_and_flight_are_no_sites(
    text: str, locations: list[str]
) -> None:
    """«لسيطرة دمشق», «حليف طهران», «بين بلدتي X وY», «فروا باتجاه X», «تحذيرات … بإخلاء»."""
    assert columns(text, "location") == [(name,) for name in locations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «مسيرة» is a march here, not a drone; forces that kill in it use excessive force
        (
            "أطلقت قوات الاحتلال الرصاص الحي على المشاركين في مسيرة العودة شرق خانيونس ما أدى"
            " لاستشهاد شاب.",
            [("excessive_force_against_protesters", "israeli_forces", "civilians", 1)],
        ),
        (
            "شارك المئات في مسيرة سلمية في مدينة الخليل.",
            [("peaceful_protest", None, None, None)],
        ),
        # a drone is still a drone
        (
            "قصفت مسيرة إسرائيلية سيارة في بلدة الخيام.",
            [("air_drone_strike", "israeli_forces", None, None)],
        ),
    ],
)
def test_a_march_is_no_drone(text: str, expected: list[tuple[Any, ...]]) -> None:
    """«مسيرة العودة», «مسيرة سلمية» (and «سلمية» is no Salamiyah there)."""
    got = columns(text, "sub_event_type", "actor1", "actor2", "fatalities_best")
    assert got == expected


def test_a_rank_is_one_death_of_its_force() -> None:
    """«اغتيل رائد في الجيش»: one death, of the force it serves in."""
    text = "اغتيل رائد في الجيش السوري برصاص مجهولين في مدينة درعا."
    assert columns(text, "actor2", "fatalities_best") == [("syrian_government_forces", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an area located by the city west of which it lies is the site, not framed by it
        (
            "قتل 15 فلسطينيا في غارة إسرائيلية على منطقة المواصي غرب خان يونس.",
            [("منطقة المواصي", 15)],
        ),
        # a dateline with its date and agency is where the report was written
        (
            "غزة 13 يوليو 2024 (وكالات) قتل 9 فلسطينيين في غارة إسرائيلية على مخيم الشاطئ.",
            [("مخيم الشاطئ", 9)],
        ),
        # a dateline closed by a slash, with a reporter and an agency, or with a date
        (
            "عدن/ سالم أحمد/ الأناضول: قتل 4 جنود في هجوم على نقطة أمنية في مدينة لودر.",
            [("مدينة لودر", 4)],
        ),
        (
            "عدن 3 مارس 2019 / قتل 4 جنود في هجوم على نقطة أمنية في مدينة لودر.",
            [("مدينة لودر", 4)],
        ),
    ],
)
def test_an_area_west_of_a_city_and_a_dated_dateline(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    """«منطقة المواصي غرب خان يونس» (no row before), «غزة 13 يوليو 2024 (وكالات)»."""
    assert located_tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "اقتحمت قوات الاحتلال مدينة جنين واعتقلت شابين.",
            [("arrests", "israeli_forces", "civilians")],
        ),
        # a commander «في» a force, targeted: the force is acted upon, not the attacker
        (
            "نجا القيادي في ألوية العمالقة من محاولة اغتيال في مديرية المعلا.",
            [("armed_clash", None, "giants_brigades")],
        ),
    ],
)
def test_two_young_men_taken_and_a_commander_targeted(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    """«واعتقلت شابين», «القيادي في ألوية العمالقة … محاولة اغتيال»."""
    assert columns(text, "sub_event_type", "actor1", "actor2") == expected


def test_the_capital_named_before_its_name_is_one_site_holding_the_name() -> None:
    """«العاصمة الليبية طرابلس»: one site, whose words hold the name (was «العاصمة الليبية»)."""
    text = "اندلعت اشتباكات عنيفة في العاصمة الليبية طرابلس أسفرت عن مقتل 5 مسلحين."
    assert columns(text, "location", "admin1") == [("العاصمة الليبية طرابلس", "Tripoli")]
    # located by a direction, it is still no site of its own
    text = "قتل 4 في اشتباكات في مدينة الزاوية غرب العاصمة الليبية طرابلس."
    assert columns(text, "location") == [("مدينة الزاوية",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an official's seat is no site when the clause names the place of the attack
        (
            "قال محافظ نينوى إن الهجوم الصاروخي على قضاء سنجار أدى لمقتل طفلين.",
            [("قضاء سنجار", "shelling_artillery_missile_attack", 2)],
        ),
        # alone, the place of the official targeted is the site
        (
            "أطلق مسلحون النار على موكب محافظ عدن.",
            [("عدن", "armed_clash", None)],
        ),
    ],
)
def test_an_officials_seat_and_an_attack_told_with_its_kind(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    """«محافظ نينوى» (a seat), «الهجوم الصاروخي» (one attack, of its kind)."""
    assert columns(text, "location", "sub_event_type", "fatalities_best") == expected


def test_a_tally_of_attacks_over_a_period_is_no_incident() -> None:
    """«بلغت حصيلة الاستهدافات في درعا منذ مطلع العام …»: counted, not told."""
    text = "وبذلك بلغت حصيلة الاستهدافات في محافظة درعا منذ مطلع العام 40 عملية."
    assert columns(text, "location") == []


def test_one_of_a_group_killed_by_gunmen_is_one_death_of_the_group() -> None:
    """«اغتال مسلحون أحد عناصر الفيلق الخامس»: one death, of the Fifth Corps."""
    text = "اغتال مسلحون أحد عناصر الفيلق الخامس في بلدة الغارية."
    assert columns(text, "actor2", "fatalities_best") == [("fifth_corps", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "قتل أحد مهندسي شركة المياه بانفجار عبوة لاصقة في بلدة الغارية.",
        "اغتال مسلحون أحد موظفي البلدية في بلدة الغارية.",
    ],
)
def test_one_of_a_group_named_by_its_construct_plural_is_one_civilian_death(text: str) -> None:
    """«أحد مهندسي الشركة»: one of its engineers, read by the singular «مهندس»."""
    assert columns(text, "actor2", "fatalities_best") == [("civilians", 1)]


def test_a_quarter_named_like_a_town_elsewhere_is_a_quarter_of_its_city() -> None:
    """«حي الرفاعي غربي الموصل»: a quarter of Mosul, not the town of al-Rifai in Dhi Qar."""
    text = "قتل شخصان بانفجار عبوة في حي الرفاعي غربي الموصل."
    assert columns(text, "location", "admin1") == [("حي الرفاعي", "Nineveh")]


@pytest.mark.parametrize(
    "text",
    [
        # a monitor's count for a month
        "وكانت الشبكة وثقت مقتل 36 شخصا في محافظة درعا، بينهم 23 مدنيا، في شهر أيلول.",
        # a trend
        "يشار إلى أن محافظة درعا تشهد حوادث اغتيالات وتفجيرات تضاعفت في الفترة الأخيرة.",
    ],
)
def test_counts_for_a_month_trends_and_past_settlements_are_no_events(text: str) -> None:
    """«وثقت … مقتل 36 … في شهر أيلول», «تضاعفت في الفترة الأخيرة»."""
    assert columns(text, "location") == []


def test_a_settlement_once_made_is_no_agreement() -> None:
    """«رغم خضوعهما لتسوية ومصالحة»: the two once settled; the killing is the event."""
    text = "قتل مسلحون شابين في بلدة اليادودة رغم خضوعهما لتسوية ومصالحة."
    assert columns(text, "sub_event_type", "actor2") == [("attack", "civilians")]


def test_a_killing_by_the_knife_is_an_attack_and_a_tunnel_caving_in_is_no_event() -> None:
    """«تم ذبحه» gives the type; «انهيار نفق للتهريب» is an accident, whoever dies."""
    text = "قتل الشيخ مع أربعة من أفراد أسرته تم ذبحه في قرية تكتكا."
    assert columns(text, "sub_event_type") == [("attack",)]
    text = "قتل اثنان من قوات الأمن في انهيار نفق للتهريب قرب مدينة رفح."
    assert columns(text, "location") == []


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("فجر انتحاري نفسه عند حاجز للجيش في مدينة العريش ما أدى إلى مقتل 4 جنود.", 5),
        ("وفجرت انتحارية نفسها في سوق مدينة مايدوغوري.", 1),
        # told already: «مقتل الانتحاري»; in a breakdown: one of the count
        (
            "أسفر التفجير عن مقتل الانتحاري و4 جنود بعد أن فجر نفسه عند حاجز في مدينة العريش.",
            5,
        ),
        ("قتل 35 مسلحا بينهم انتحاري فجر نفسه عند مدخل ناحية البغدادي.", 35),
    ],
)
def test_the_bomber_who_blew_himself_up_is_one_death_of_the_event(text: str, toll: int) -> None:
    """«فجر الانتحاري نفسه»: ACLED counts the attacker's death (EVENTS.md)."""
    assert [best for _, best in located_tolls(text)] == [toll]


def test_one_of_a_trades_people_is_a_civilian() -> None:
    """«قتل مسلحون أحد مهندسي شركة النفط»: one of its engineers, a civilian attacked."""
    text = "قتل مسلحون مجهولون أحد مهندسي شركة النفط في مدينة البصرة."
    assert columns(text, "sub_event_type", "actor2", "fatalities_best") == [
        ("attack", "civilians", 1)
    ]


def test_a_part_of_many_sites_gives_each_the_sides_named_around_it() -> None:
    """Past 12 sites, each site's incident takes the sides between its neighbours only."""

    def near(count: int) -> dict[tuple[int, int], list[Any]]:
        text = " ".join(f"قصفت قوات الدعم السريع قرية أم سيالة{'ة' * n}،" for n in range(count))
        prepared = cp.prepare(text)
        places = scan_places(prepared, "SD")
        actors = scan_actors(prepared)
        return actors_at_sites(actors, places, (0, len(prepared.text)))

    assert near(12) == {}
    many = near(14)
    assert len(many) == 14
    assert all(len(sides) <= 2 for sides in many.values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shots told as the means of an assassination: one event, the assassination
        (
            "اغتال مسلحون مجهولون الشاب خالد في بلدة نوى بريف درعا بإطلاق النار عليه،"
            " ما أدى إلى مقتله.",
            [("بلدة نوى", "attack", 1)],
        ),
        # «استهدف … بالرصاص» is gunfire, not shelling
        (
            "استهدف مسلحون مجهولون بالرصاص سيارة مدنية في بلدة نوى، ما أدى إلى مقتل ثلاثة أشخاص.",
            [("بلدة نوى", "attack", 3)],
        ),
        # a death told by a dual pronoun is two, and not again after a count of its own
        (
            "استهدف مسلحون بالرصاص عنصرين من قوات النظام في بلدة نوى، ما أدى إلى مقتلهما.",
            [("بلدة نوى", "armed_clash", 2)],
        ),
        (
            "قتل مسلحون شابين في بلدة نوى بإطلاق النار عليهما، ما أدى إلى مقتلهما.",
            [("بلدة نوى", "attack", 2)],
        ),
        # a hospital struck is the site; one the wounded are taken to is not
        (
            "قصفت الميليشيا مستشفى حيس بقذائف الهاون، ما أدى إلى إصابة 3 مدنيين.",
            [("حيس", "shelling_artillery_missile_attack", None)],
        ),
        (
            "قتل 3 مدنيين بقصف على بلدة عبس، ونقل الجرحى إلى مستشفى حيس.",
            [("بلدة عبس", "shelling_artillery_missile_attack", 3)],
        ),
        # a head and a noun joined by «و» share the name after them
        (
            "قصفت الميليشيا مدينة ومستشفى حيس بقذائف الهاون.",
            [("حيس", "shelling_artillery_missile_attack", None)],
        ),
        # a body handed to its family is no transfer of territory
        (
            "قتل مسلحون شابا في بلدة نوى، وتم تسليم جثته إلى ذويه.",
            [("بلدة نوى", "attack", 1)],
        ),
    ],
    ids=[
        "shots-as-means",
        "targeted-with-bullets",
        "dual-pronoun-death",
        "pronoun-death-after-its-count",
        "struck-hospital",
        "hospital-of-the-wounded",
        "head-and-noun",
        "body-handed-over",
    ],
)
def test_means_pronoun_deaths_and_facilities(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert columns(text, "location", "sub_event_type", "fatalities_best") == expected


def test_a_hedge_between_a_planting_verb_and_its_side() -> None:
    text = (
        "انفجرت عبوة ناسفة زرعها على الأرجح مسلحو داعش بدورية قرب قرية البو حياة"
        " بمحافظة صلاح الدين."
    )
    [(actor1, actor2)] = columns(text, "actor1", "actor2")
    assert actor1 == "islamic_state"
    assert actor2 != "islamic_state"


def test_persons_of_the_police_are_no_civilians() -> None:
    text = "قتل مسلحون 5 أشخاص من رجال الشرطة في هجوم على مركز للشرطة في بلدة الضلوعية."
    [(actor2, toll)] = columns(text, "actor2", "fatalities_best")
    assert (actor2, toll) == ("iraqi_police", 5)


def test_the_army_named_elsewhere_is_no_attacker_of_the_police() -> None:
    text = (
        "قتل 6 من رجال الشرطة في هجوم شنه مسلحون على نقطة تفتيش قرب مدينة بيجي.\n\n"
        "وتشهد مدينة الرمادي اشتباكات بين القوات الأمنية ومسلحي تنظيم الدولة الإسلامية."
    )
    assert columns(text, "location", "actor1", "actor2")[0] == ("مدينة بيجي", None, "iraqi_police")


def test_a_force_guarding_the_attackers_is_no_side_attacked() -> None:
    text = "هاجم مستوطنون تحت حماية قوات الاحتلال قرية ترمسعيا وأصابوا 3 مواطنين."
    assert columns(text, "actor1", "actor2") == [("israeli_settlers", "civilians")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قتل 4 مدنيين بغارات روسية على ريف إدلب.\nوقال ناشطون إن القصف استهدف قرية معرشمارين.",
            ["air_drone_strike"],
        ),
        (
            "شنت الطائرات الحربية غارات على ريف حماة.\nوطال قصف منازل في قرية اللطامنة.",
            ["air_drone_strike"],
        ),
        # a kind told with it wins: shells are shelling
        (
            "قتل 4 مدنيين بغارات روسية على ريف إدلب.\n"
            "وقصفت قوات النظام بقذائف الهاون قرية معرشمارين.",
            ["shelling_artillery_missile_attack"],
        ),
        # shelling told before: the bare «القصف» is shelling
        (
            "قصفت قوات النظام بالمدفعية قرية كفرنبل.\nوقال ناشطون إن القصف طال قرية البارة.",
            ["shelling_artillery_missile_attack", "shelling_artillery_missile_attack"],
        ),
        # missiles counted right after the air strikes are the aircraft's
        (
            "قالت مصادر محلية إن أكثر من 8 غارات جوية ونحو 40 صاروخا استهدفت ريف إدلب.\n"
            "وشمل القصف بلدة كفرنبل.",
            ["air_drone_strike"],
        ),
        # not those of launchers in a clause of their own
        (
            "قالت مصادر محلية إن أكثر من 8 غارات جوية، ونحو 40 صاروخا من الراجمات استهدفت ريف"
            " إدلب.\nوشمل القصف بلدة كفرنبل.",
            ["shelling_artillery_missile_attack"],
        ),
    ],
    ids=[
        "bare-after-air-strikes",
        "indefinite-after-air-strikes",
        "shells-told",
        "after-shelling",
        "missiles-of-the-air-strikes",
        "missiles-of-launchers",
    ],
)
def test_a_bare_shelling_takes_the_kind_told_before(text: str, expected: list[str]) -> None:
    assert [sub for (sub,) in columns(text, "sub_event_type")] == expected


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("قصفت ميليشيا الحوثي الأحياء السكنية في مديرية حيس.", "civilians"),
        ("قصفت قوات النظام منازل المدنيين في بلدة كفرنبل.", "civilians"),
        ("قصفت الطائرات مستشفى بلدة كفرنبل بصاروخين.", "civilians"),
        ("قصفت ميليشيات مسلحة بلدة كفرنبل بقذائف عشوائية.", "civilians"),
        ("قصفت المدفعية مواقع المسلحين قرب منازل المدنيين في بلدة كفرنبل.", None),
        ("وقال المصدر إن داعش قصف ظهر أمس المدنيين في حي الزهراء.", "civilians"),
        # «من» after a word of quantity counts the homes, it does not place them
        ("شنت الطائرات غارات عنيفة على عدد من منازل المدنيين في بلدة كفرنبل.", "civilians"),
        ("قصف الحوثيون بالمدفعية قرى سكنية في مديرية الصلو.", "civilians"),
        # the side, the manner, the weapons and the time before the homes
        (
            "قصفت جماعة الحوثي بشكل عنيف بالأسلحة الثقيلة مساء أمس أحياء سكنية في مديرية حيس.",
            "civilians",
        ),
    ],
    ids=[
        "quarters",
        "homes",
        "hospital",
        "indiscriminate",
        "near-homes",
        "the-people",
        "counted-homes",
        "residential-villages",
        "after-manner-and-time",
    ],
)
def test_a_strike_on_homes_acts_upon_civilians(text: str, actor2: str | None) -> None:
    assert [second for (second,) in columns(text, "actor2")] == [actor2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أعلن مصدر أمني قيام عناصر داعش بالهجوم على ناحية الرشاد في كركوك، ما أسفر عن"
            " مقتل شرطي.",
            # the policeman is of the police of Kirkuk, the city that holds the district
            ("islamic_state", "iraqi_police"),
        ),
        (
            "قال أحد السكان إن تنظيم داعش شن هجوما على نقطة أمنية تابعة للحشد العشائري قرب"
            " قرية الصدور في ديالى.",
            ("islamic_state", "tribal_mobilization"),
        ),
        (
            "أفادت الوكالة بأن قصفا مدفعيا إسرائيليا استهدف أطراف بلدة الناقورة.",
            ("israeli_forces", None),
        ),
    ],
    ids=["doer-of-a-verbal-noun", "target-belonging-to-a-side", "accusative-adjective"],
)
def test_sides_of_verbal_nouns_targets_and_accusative_adjectives(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert columns(text, "actor1", "actor2") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أعدم مسلحون مجهولون موظفا في دائرة الماء ببلدة أبو غريب.",
            ("attack", None, "civilians"),
        ),
        (
            "هاجم داعش رعاة أغنام في منطقة قصر الحلابات ببادية حمص، ما أدى لمقتل 3.",
            ("attack", "islamic_state", "civilians"),
        ),
    ],
    ids=["executed-employee", "shepherds-attacked-past-the-side"],
)
def test_an_attack_aimed_at_civilians_named_after_it(
    text: str, expected: tuple[str, str | None, str]
) -> None:
    assert columns(text, "sub_event_type", "actor1", "actor2") == [expected]


def test_the_places_a_road_links_are_no_sites() -> None:
    text = (
        "قتل طبيب إثر سقوط صاروخ على مستشفى الزاوية الواقعة على الطريق الساحلي الذي يربط"
        " طرابلس بمعبر راس جدير."
    )
    assert columns(text, "location", "fatalities_best") == [("الزاوية", 1)]


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # a town or a countryside near an unknown village gives its province
        ("قصفت القوات التركية قرية عبوش شمال غربي بلدة تل تمر.", "Hasakah"),
        ("سقطت قذيفة على حي الفرقان في ريف حماة الشمالي.", "Hama"),
    ],
    ids=["town-near-a-village", "countryside"],
)
def test_an_unknown_site_takes_the_province_of_a_town_or_countryside_near_it(
    text: str, admin1: str
) -> None:
    assert [province for (province,) in columns(text, "admin1")] == [admin1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قتل عنصران من قوات النظام في هجوم لخلايا التنظيم على موقع عسكري في بادية الرقة"
            " اليوم. وبذلك يرتفع عدد قتلى قوات النظام في البادية منذ مطلع العام إلى 90 عنصرا،"
            " إلى جانب 70 عنصرا من التنظيم قتلوا بغارات روسية في بادية حمص ودير الزور.",
            [("بادية الرقة", 2)],
            id="a-count-joined-to-a-tally",
        ),
        pytest.param(
            "وثقت الشبكة مقتل 40 مدنيا في المحافظة منذ بداية الشهر، بينهم 12 قضوا بغارات جوية"
            " على مدينة معرة النعمان.",
            [],
            id="how-a-tally-died",
        ),
        pytest.param(
            "ارتفع عدد القتلى اليوم إلى 20 معظمهم في ريف دمشق، في وقت واصلت فيه القوات"
            " الحكومية قصفها لمدينة داريا.",
            [("مدينة داريا", None)],
            id="an-incident-in-a-clause-after-a-tally",
        ),
    ],
)
def test_a_wording_that_tells_how_a_tallys_dead_died_is_no_incident(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    assert located_tolls(text) == expected


@pytest.mark.parametrize(
    "claim",
    ["وأعلن تنظيم داعش مسؤوليته عن التفجير.", "وكان تنظيم داعش قد أعلن مسؤوليته عن التفجير."],
    ids=["claims", "had-claimed"],
)
def test_a_side_that_claims_the_attack_after_it_acts(claim: str) -> None:
    text = "قتل 4 أشخاص بتفجير عبوة ناسفة في قضاء الخالص. " + claim
    assert columns(text, "location", "actor1", "fatalities_best") == [
        ("قضاء الخالص", "islamic_state", 4)
    ]


def test_a_place_framed_after_commas_is_one_event() -> None:
    text = "وشن طيران التحالف غارتين على منطقة الجبانة، في مديرية الحالي، بمحافظة الحديدة."
    assert columns(text, "location", "admin1") == [("منطقة الجبانة", "Hodeidah")]


def test_an_area_named_by_a_known_town_frames_no_other_site() -> None:
    text = (
        "استهدفت غارتان منطقة الجبانة في مديرية الحالي بمحافظة الحديدة. وفي وقت سابق"
        " الجمعة، شنت الطائرات 3 غارات على منطقة رأس عيسى بمديرية الصليف."
    )
    assert columns(text, "location", "date_start") == [
        ("منطقة الجبانة", "2019-03-12"),
        ("منطقة رأس عيسى", "2019-03-08"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "قصفت المدفعية التركية قرية عين دقنة ردا على هجوم للوحدات الكردية على بلدة مارع.",
        "وتكثف الطائرات الأمريكية غاراتها اليومية على مدينة الحديدة.",
    ],
    ids=["a-reason", "a-daily-habit"],
)
def test_a_reason_or_a_habit_is_no_incident_of_its_own(text: str) -> None:
    assert len(columns(text, "location")) == (1 if "ردا" in text else 0)


def test_who_holds_a_place_is_no_seizure() -> None:
    text = "شنت طائرات التحالف غارات على مدينة حرض، الخاضعة لسيطرتهم."
    assert columns(text, "location", "sub_event_type") == [("مدينة حرض", "air_drone_strike")]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "تصدى الجيش السوداني لهجوم من قوات الدعم السريع على مدينة الأبيض.",
            ("rsf", "saf"),
        ),
        ("صد الجيش هجوما لقوات الدعم السريع على مدينة بابنوسة.", ("rsf", "saf")),
        (
            "تصدت قوات المقاومة الشعبية لهجوم على مواقعها في مديرية قعطبة.",
            (None, "yemeni_popular_resistance"),
        ),
        ("صدت هجوما لقوات الدعم السريع على مدينة بابنوسة.", ("rsf", None)),
    ],
)
def test_the_side_that_repels_an_attack_is_acted_upon(
    text: str, pair: tuple[str | None, str]
) -> None:
    assert columns(text, "actor1", "actor2") == [pair]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "أصيب مدني برصاص قناصة في منطقة صبر الموادم شرقي تعز.",
            [("attack", "civilians")],
            id="wounded-by-snipers",
        ),
        pytest.param(
            "وقالت مصادر محلية إن قناصا استهدف برصاصة الطفل سامي في منطقة العارضة بتعز.",
            [("attack", "civilians")],
            id="a-sniper-aimed-at-a-child",
        ),
        pytest.param(
            "أدى القصف المدفعي الإسرائيلي على بلدة الخيام إلى إصابة مواطن بجروح.",
            [("shelling_artillery_missile_attack", "civilians")],
            id="shelling-that-wounds-a-citizen",
        ),
        pytest.param(
            "أصيب أحد رعاة الماشية برصاص عناصر من داعش قرب قرية الكسك.",
            [("attack", "civilians")],
            id="one-of-the-shepherds",
        ),
        pytest.param(
            "قتل شاب في اشتباكات بين مسلحين في حي باب التبانة بطرابلس.",
            [("armed_clash", None)],
            id="in-a-clash-the-dead-may-be-fighters",
        ),
    ],
)
def test_one_civilian_hurt_with_no_count_is_the_side_acted_upon(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert columns(text, "sub_event_type", "actor2") == expected


def test_a_landmark_named_by_a_wording_is_no_wording_and_an_area_is_a_part_of_its_city() -> None:
    text = (
        "شهدت بغداد اليوم تفجيرين انتحاريين في منطقة سوق الباب الشرقي قرب ساحة الطيران، ما"
        " أدى إلى مقتل 32 شخصا."
    )
    assert columns(text, "location", "sub_event_type", "fatalities_best") == [
        ("منطقة سوق الباب", "suicide_bomb", 32)
    ]


def test_the_towns_a_site_lies_between_are_no_sites() -> None:
    text = "وهاجم مستوطنون مزارعين قرب مستوطنة عيلي بين مدينة رام الله ونابلس."
    assert columns(text, "location") == [("مستوطنة عيلي",)]


def test_a_friday_of_protest_named_after_a_place_is_no_site() -> None:
    text = "وأصيب 12 متظاهرا برصاص قوات الاحتلال في مخيم العودة خلال جمعة الجولان."
    assert columns(text, "location") == [("مخيم العودة",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أصيب 3 شبان برصاص قوات الاحتلال في بلدة بيتا.",
            [("attack", "israeli_forces", "civilians")],
        ),
        (
            "قتل 3 جنود برصاص مسلحين في قضاء الطارمية شمال بغداد.",
            [("armed_clash", None, "iraqi_forces")],
        ),
    ],
    ids=["wounded-civilians", "killed-soldiers"],
)
def test_the_shooters_bullets_tell_a_shooting(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert columns(text, "sub_event_type", "actor1", "actor2") == expected


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("وقصف طيران الجيش مواقع لداعش في جزيرة الرطبة بمحافظة الأنبار العراقية.", "iraqi_forces"),
        ("وقصف الجيش مواقع لداعش في جزيرة الرطبة بمحافظة الأنبار العراقية.", "iraqi_forces"),
        # armies split: no side for a bare «الجيش» in Yemen
        ("وقصف الجيش مواقع للحوثيين في مديرية حيس اليمنية.", None),
        # a named army is its own: «الجيش التركي» is Turkey's
        ("وقصفت مدفعية الجيش التركي قرية مرعناز بريف حلب الشمالي.", "turkey_forces"),
    ],
    ids=["army-aviation-in-iraq", "army-in-iraq", "army-in-yemen", "turkish-army"],
)
def test_a_bare_army_that_strikes_is_the_states_where_it_has_one(
    text: str, actor1: str | None
) -> None:
    assert columns(text, "actor1") == [(actor1,)]


def test_a_sides_men_who_target_a_post_fight_and_a_strike_near_it_is_its_own() -> None:
    text = (
        "استهدف مسلحو التنظيم مواقع لقوات الحشد العشائري في قرية الخضراء التابعة لبلدة"
        " جلولاء. وأسفرت الاشتباكات عن مقتل أحد أفراد الحشد. وقصف الطيران المروحي التابع"
        " للجيش العراقي مواقع للتنظيم بالقرب من قرية الخضراء."
    )
    assert columns(text, "sub_event_type") == [("armed_clash",), ("air_drone_strike",)]


def test_a_place_joined_by_and_with_its_head_is_listed_not_a_holder() -> None:
    text = "قصفت الطائرات الحربية مدينة سراقب ومنطقة جبل الأربعين في ريف إدلب."
    assert columns(text, "location") == [("مدينة سراقب",), ("جبل الأربعين",)]


def test_aviation_fuel_names_no_aircraft() -> None:
    text = "وقصفت قوات حفتر خزانات وقود الطيران في مطار معيتيقة."
    assert columns(text, "sub_event_type", "actor1") == [
        ("shelling_artillery_missile_attack", "lna_haftar")
    ]


def test_a_fight_rising_in_the_background_is_no_clash() -> None:
    text = "قتل 4 مدنيين بقصف على مدينة الفاشر، في ظل تصاعد المعارك بين الجيش والدعم السريع."
    assert columns(text, "sub_event_type", "fatalities_best") == [
        ("shelling_artillery_missile_attack", 4)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعلن الجيش استعادة مدينة غريان جنوب طرابلس.", [("مدينة غريان", "battles")]),
        (
            "وتمكنت القوات من استعادة بلدتي الكاملين والمسيد.",
            [("الكاملين", "battles"), ("المسيد", "battles")],
        ),
        ("وطالب الأهالي بالعمل على استعادة الهدوء في مدينة غريان.", []),
    ],
    ids=["town", "two-towns", "calm-is-no-place"],
)
def test_the_verbal_noun_of_retaking_a_place_tells_it_taken(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert columns(text, "location", "event_type") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "واستهدف هجوم مسلح حاجز تفتيش لقوات دفاع شبوة في مدخل مدينة عتق.",
            (None, "shabwa_defence_forces"),
        ),
        # the «ل» apart, before a quoted name
        ('استهدفت مسيرة عربة عسكرية لـ"قسد" جنوبي مدينة عامودا.', (None, "sdf")),
        ('قتل عنصران بقصف تركي استهدف مواقع لـ"قسد" في مدينة عامودا.', ("turkey_forces", "sdf")),
        # gatherings of a side's men
        (
            "استهدف حزب الله تجمعا لجنود الاحتلال في محيط موقع المالكية.",
            ("hezbollah", "israeli_forces"),
        ),
    ],
)
def test_a_side_named_by_la_after_a_target_is_acted_upon(
    text: str, expected: tuple[str | None, str]
) -> None:
    assert columns(text, "actor1", "actor2") == [expected]


def test_a_control_spread_or_claimed_is_a_change_of_territory() -> None:
    text = "بسط الجيش السوداني سيطرته على أجزاء واسعة من محلية أمبدة غرب أم درمان."
    assert columns(text, "location", "sub_event_type", "actor1") == [
        ("محلية أمبدة", "government_regains_territory", "saf")
    ]


def test_a_weapon_named_in_general_is_no_act() -> None:
    text = "تواصل قوات الدعم السريع استخدام سلاح القصف المدفعي لاستنزاف الجيش في الفاشر والأبيض."
    assert columns(text, "location") == []
    told = "قصفت القوات التركية قرية الدردارة باستخدام الطيران المسير."
    assert columns(told, "location", "sub_event_type") == [("قرية الدردارة", "air_drone_strike")]
    # «شديدة الانفجار» is the munition's adjective, no blast of its own
    told = "وقصف الطيران الحربي الروسي بالصواريخ الفراغية شديدة الانفجار مدينة الرستن."
    assert columns(told, "location", "sub_event_type") == [("مدينة الرستن", "air_drone_strike")]


def test_a_bare_attack_at_a_narrower_place_retells_the_lead() -> None:
    text = (
        "قتل ثلاثة مدنيين في غارة جوية على منزل في مدينة صعدة اليوم. وأضاف المسؤول أن"
        " الهجوم وقع عند الفجر على منزل أسرة في منطقة الطلح على أطراف المدينة."
    )
    assert columns(text, "location", "sub_event_type", "fatalities_best") == [
        ("منطقة الطلح", "air_drone_strike", 3)
    ]


def test_two_areas_of_a_dual_are_two_events_not_a_frame() -> None:
    text = (
        "أغارت الطائرات على بلدة مجدل زون في قضاء صور، كما شنت المدفعية قصفا على منطقتي علما"
        " الشعب والظهيرة."
    )
    assert [row[0] for row in columns(text, "location")] == [
        "بلدة مجدل زون",
        "علما الشعب",
        "الظهيرة",
    ]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("شنت إسرائيل غارة على بلدة الخيام.", "israeli_forces"),
        ("قصفت تركيا قرى في ريف عين عيسى.", "turkey_forces"),
        (
            "وأعلنت جماعة الحوثي تنفيذ الولايات المتحدة وبريطانيا غارتين على منطقة الكويزي في"
            " مديرية الدريهمي.",
            "us_forces",
        ),
        ("قتل جندي في هجوم على إسرائيل قرب مدينة غزة.", None),
    ],
)
def test_a_country_that_strikes_is_its_forces(text: str, actor1: str | None) -> None:
    assert [row[0] for row in columns(text, "actor1")] == [actor1]


def test_every_countrys_forces_are_in_the_registry() -> None:
    forces = event_lexicon().country_forces
    assert forces, "roles.country_forces is empty"
    missing = sorted(set(forces.values()) - set(default_registry().actors))
    assert not missing, f"roles.country_forces names unknown actors: {missing}"


@pytest.mark.parametrize(
    "text",
    [
        "قتل عنصران من حزب العمال الكردستاني بقصف للقوات التركية في قضاء زاخو.",
        "قتل عنصران من حزب العمال الكردستاني بقصف طائرة مسيرة تركية في قضاء زاخو.",
    ],
)
def test_a_strike_by_a_side_after_its_victims_side_is_that_sides(text: str) -> None:
    # «بقصف» after the victims' side is the means that hit them, not a verb they did
    assert sides(text) == [("turkey_forces", "pkk")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قتل 14 مدنيا في قصف للنظام السوري على بلدة حيان بريف حلب.",
            [("syrian_government_forces", "civilians")],
        ),
        (
            "وقصف النظام السوري بالبراميل المتفجرة بلدة حيان بريف حلب.",
            [("syrian_government_forces", None)],
        ),
        # a government that tells or is acted upon is no side
        ("وقالت الحكومة السورية إن مسلحين هاجموا حاجزا في بلدة حيان بريف حلب.", [(None, None)]),
    ],
)
def test_a_government_that_acts_is_its_forces(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert sides(text) == expected


def test_every_government_is_mapped_to_forces_of_the_registry() -> None:
    actors = default_registry().actors
    mapping = event_lexicon().government_forces
    assert mapping, "roles.government_forces is empty"
    for government, forces in mapping.items():
        assert actors[government].type is cp.ActorType.OTHER, government
        assert actors[forces].type is not cp.ActorType.OTHER, forces


def test_the_side_an_adjective_names_at_another_wording_of_the_clause_acts() -> None:
    text = (
        "وفي أحدث الغارات، استشهد طفلان جراء قصف جوي إسرائيلي استهدف منطقة تبة النويري"
        " غرب مخيم النصيرات."
    )
    assert sides(text) == [("israeli_forces", "civilians")]


@pytest.mark.parametrize(
    "text",
    [
        "وقصفت طائرات حربية يرجح أنها للنظام بالصواريخ مدينة سراقب.",
        "وقصفت طائرات حربية يعتقد أنها تابعة للنظام مدينة سراقب.",
        "وقصفت طائرات بدون طيار يعتقد أنها تتبع للنظام مدينة سراقب.",
    ],
)
def test_the_side_a_wording_probably_belongs_to_acts(text: str) -> None:
    assert sides(text) == [("syrian_government_forces", None)]


def test_a_strike_on_a_camp_of_the_displaced_is_on_civilians() -> None:
    assert sides("وقصفت المدفعية مخيم الركبان للنازحين.") == [(None, "civilians")]


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "واستشهد مواطنان جراء قصف الاحتلال منزلا في بلدة بني سهيل شرق خان يونس.",
            "air_drone_strike",
        ),
        ("وقضى مدنيان جراء القصف الروسي على مدينة جسر الشغور.", "air_drone_strike"),
        # a kind told with it stands
        (
            "واستشهد مواطنان جراء قصف مدفعي للاحتلال على منزل في بلدة بني سهيل شرق خان يونس.",
            "shelling_artillery_missile_attack",
        ),
        # a side that also shells from the ground keeps a bare «قصف» as shelling
        ("وقتل مدنيان جراء قصف قوات النظام على بلدة كفرنبل.", "shelling_artillery_missile_attack"),
    ],
)
def test_a_bare_strike_by_a_side_that_strikes_from_the_air_is_an_air_strike(
    text: str, sub_type: str
) -> None:
    assert [row[0] for row in columns(text, "sub_event_type")] == [sub_type]


def test_every_side_that_strikes_from_the_air_is_in_the_registry() -> None:
    strikers = event_lexicon().air_strikers
    assert strikers, "incidents.air_strikers is empty"
    assert not sorted(strikers - set(default_registry().actors))


def test_every_side_that_attacks_civilians_is_in_the_registry() -> None:
    attackers = event_lexicon().civilian_attackers
    assert attackers, "roles.civilian_attackers is empty"
    missing = sorted(attackers - set(default_registry().actors))
    assert not missing, f"roles.civilian_attackers names unknown actors: {missing}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وأعلن أعيان المدينة التوصل إلى اتفاق مع الحكومة في مدينة الزاوية.",
            [("مدينة الزاوية", "agreement")],
            id="reached",
        ),
        pytest.param(
            "وانتهت الهدنة بين الفصيلين في مدينة الأتارب دون التوصل لاتفاق.",
            [],
            id="not-reached",
        ),
        pytest.param(
            "وتعرضت بلدة العديسة لقصف مدفعي في خرق لاتفاق وقف إطلاق النار.",
            [("بلدة العديسة", "shelling_artillery_missile_attack")],
            id="a-breach-is-no-agreement-and-no-shots",
        ),
        pytest.param(
            "قتل 7 مدنيين في تبادل القصف المدفعي بين الجيش والدعم السريع في مدينة أم درمان.",
            [("مدينة أم درمان", "shelling_artillery_missile_attack")],
            id="an-exchange-of-shelling",
        ),
    ],
)
def test_an_agreement_is_one_signed_or_reached(text: str, expected: list[tuple[str, str]]) -> None:
    assert columns(text, "location", "sub_event_type") == expected


def test_the_countrysides_of_a_headline_frame_the_towns_of_the_body() -> None:
    text = (
        "مقتل مدنيين بقصف للنظام السوري على ريفي حلب وإدلب\n"
        "قتل ثلاثة مدنيين بقصف لقوات النظام على بلدة دارة عزة في ريف حلب الغربي، وقتل مدني في"
        " قصف على بلدة سرمين بريف إدلب."
    )
    assert columns(text, "location", "fatalities_best") == [
        ("بلدة دارة عزة", 3),
        ("بلدة سرمين", 1),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "خرجت مسيرات تضامنية في مدينة جنين تضامنا مع نابلس.",
            [("مدينة جنين", "protests", "peaceful_protest")],
        ),
        ("نظمت مسيرات في بلدة بيتا نصرة لغزة.", [("بلدة بيتا", "protests", "peaceful_protest")]),
        (
            "استهدفت مسيرات الدعم السريع مدينة كوستي.",
            [("مدينة كوستي", "explosions_remote_violence", "air_drone_strike")],
        ),
    ],
    ids=["solidarity-marches", "marches-organised", "drones"],
)
def test_marches_are_no_drones_and_the_place_they_stand_with_is_no_site(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert columns(text, "location", "event_type", "sub_event_type") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سقطت صواريخ على مدن إسرائيلية.", []),
        ("تواصل القصف على القرى الجنوبية.", []),
        ("هاجم مستوطنون قرية اللبن الغربية.", ["قرية اللبن الغربية"]),
    ],
    ids=["nationality", "side-of-the-country", "name-with-a-side"],
)
def test_an_adjective_after_a_plural_head_is_no_place(text: str, expected: list[str]) -> None:
    assert [row[0] for row in columns(text, "location")] == expected


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "حزب الله ينعى ثلاثة مقاتلين قضوا في غارة إسرائيلية على بلدة حولا.",
            ("israeli_forces", "hezbollah"),
        ),
        (
            "استهدف حزب الله موقعين إسرائيليين قرب بلدة كفرشوبا.",
            ("hezbollah", "israeli_forces"),
        ),
        ("انفجرت عبوة ناسفة بدورية روسية قرب مدينة الصنمين.", (None, "russia_forces")),
        ("قصفت آليات إسرائيلية أطراف بلدة بيت حانون.", ("israeli_forces", None)),
    ],
    ids=["mourner-lost-them", "target-nationality", "patrol-nationality", "vehicles-that-shell"],
)
def test_the_side_that_mourns_or_whose_target_is_named_is_acted_upon(
    text: str, pair: tuple[str | None, str | None]
) -> None:
    assert columns(text, "actor1", "actor2") == [pair]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "اعتقلت قسد خلية مسؤولة عن الاغتيالات والتفجيرات في قرية الصبحة.",
            [("قرية الصبحة", "arrests")],
        ),
        ("اعتقلت الشرطة شابا بتهمة تنفيذ هجوم في مدينة عتق.", [("مدينة عتق", "arrests")]),
        ("داهمت قسد قرية بشرق الفرات واعتقلت 4 شبان في قرية الصبحة.", [("قرية الصبحة", "arrests")]),
        (
            "انفجرت عبوة بحافلة على الأوتستراد الدولي حمص- طرطوس قرب قرية الحميدية.",
            [("قرية الحميدية", "remote_explosive_landmine_ied")],
        ),
    ],
    ids=["a-record-is-no-blast", "a-charge-is-no-attack", "a-village-by-direction", "a-highway"],
)
def test_records_directions_and_highways_are_no_incidents_or_sites(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert columns(text, "location", "sub_event_type") == expected


def test_unknown_places_joined_by_and_stay_apart() -> None:
    text = "قصفت القوات بالهاون أحياء الشهداء والسجر والعسكري في مدينة الفلوجة."
    assert [row[0] for row in columns(text, "location")] == ["الشهداء", "السجر", "العسكري"]


def test_a_place_named_twice_in_a_sentence_is_one_event_with_the_toll_told_there() -> None:
    text = "قصفت الطائرات بلدتي كفرنبل وحاس، ما أدى لمقتل 5 مدنيين في بلدة حاس."
    assert located_tolls(text) == [("كفرنبل", None), ("حاس", 5)]


def test_a_toll_told_before_a_later_site_is_that_sites() -> None:
    text = "قصف التنظيم بقذائف الهاون حي الزهور، وقتل 3 مدنيين في حي النور."
    assert located_tolls(text) == [("حي الزهور", None), ("حي النور", 3)]


def test_the_side_of_the_dead_named_after_a_force_noun_is_acted_upon() -> None:
    text = "لقي خمسة من قوات حرس الحدود العراقي حتفهم بتفجير انتحاري في بلدة الرطبة."
    assert columns(text, "actor1", "actor2", "fatalities_best") == [
        (None, "iraqi_border_guards", 5)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "الموصل، العراق (CNN)-- أفادت مصادر أمنية بسقوط صاروخ على قاعدة القيارة.",
            ["قاعدة القيارة"],
        ),
        ("انفجرت عبوة ناسفة قرب سوق لبيع الخضر في بلدة الرياض.", ["بلدة الرياض"]),
        (
            "كتب سامر العلي (بغداد، وكالات) سيطرت القوات العراقية على قرية الرماح.",
            ["قرية الرماح"],
        ),
        ("(الموصل - رويترز) قتل ثلاثة جنود في هجوم على حاجز في قرية الرماح.", ["قرية الرماح"]),
        # a place in brackets after a sentence's first words is no dateline
        (
            "قصفت قوات النظام (حلب، شمال سوريا) فقتلت ثلاثة مدنيين.",
            ["حلب"],
        ),
    ],
    ids=[
        "dateline-with-its-country",
        "vegetables-are-no-town",
        "bracketed-after-a-byline",
        "bracketed-at-the-head",
        "bracketed-in-a-sentence",
    ],
)
def test_a_dateline_and_a_common_word_are_no_sites(text: str, expected: list[str]) -> None:
    assert [row[0] for row in columns(text, "location")] == expected


def test_a_leader_in_a_group_killed_in_a_raid_is_the_side_acted_upon() -> None:
    text = (
        "استشهد ثلاثة فلسطينيين بينهم قيادي في مجموعة عرين الأسود خلال اقتحام قوات الاحتلال"
        " البلدة القديمة في مدينة نابلس."
    )
    assert columns(text, "actor1", "actor2") == [("israeli_forces", "lions_den")]


def test_the_group_marches_stand_with_is_no_side_of_them() -> None:
    text = "خرج آلاف الفلسطينيين في مدينة جنين في مسيرات عفوية للتضامن مع نابلس وعرين الأسود."
    assert columns(text, "location", "sub_event_type", "actor1") == [
        ("مدينة جنين", "peaceful_protest", None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قصفت مسيرة سيارة في بلدة الخيام ما أدى إلى احتراقها ومقتل سائقها.",
            [("بلدة الخيام", "air_drone_strike", 1)],
        ),
        (
            "أغار الاحتلال على مدرسة تؤوي نازحين في حي التفاح.",
            [("حي التفاح", "air_drone_strike", None)],
        ),
    ],
    ids=["a-driver-with-a-pronoun-is-one-death", "raided-from-the-air"],
)
def test_a_kinsman_killed_and_a_raid_from_the_air(
    text: str, expected: list[tuple[str, str, int | None]]
) -> None:
    assert columns(text, "location", "sub_event_type", "fatalities_best") == expected


def test_an_old_date_of_a_statement_does_not_date_the_incident() -> None:
    text = (
        "هاجم مسلحون نقطة للشرطة في قرية البشير جنوب كركوك أمس، وأعلن العراق الانتصار على"
        " التنظيم الذي كان يسيطر على مساحات واسعة في ديسمبر 2017."
    )
    rows = columns(text, "location", "date_start", published=datetime.date(2022, 12, 19))
    assert rows == [("قرية البشير", "2022-12-18")]


@pytest.mark.parametrize(
    "text",
    [
        "أصيب عناصر من قوات النظام إثر قصف مدفعي تركي على قرية تل اللبن.",
        "وأصيب عناصر من قوات النظام إثر قصف مدفعي تركي على قرية تل اللبن.",
    ],
    ids=["harm-before-the-men", "with-a-clitic"],
)
def test_men_a_harm_befalls_with_no_count_are_acted_upon(text: str) -> None:
    assert columns(text, "actor1", "actor2") == [("turkey_forces", "syrian_government_forces")]


def test_a_quarter_named_after_an_arm_is_no_strike() -> None:
    assert columns("انتشرت القوات الأمنية في حي الطيران بمدينة الموصل.", "sub_event_type") == []
    text = "قصفت الطائرات حي الطيران في الموصل."
    assert columns(text, "location", "sub_event_type") == [("حي الطيران", "air_drone_strike")]


@pytest.mark.parametrize(
    "text",
    [
        "اعتقلت القوات مواطنا من بلدة سبسطية.",
        "اعتقلت قوات الاحتلال شابا من بلدة سبسطية.",
    ],
    ids=["bare-forces", "named-forces"],
)
def test_a_civilian_taken_after_the_force_that_takes_him_is_acted_upon(text: str) -> None:
    assert [row[0] for row in columns(text, "actor2")] == ["civilians"]


def test_a_family_killed_are_civilians() -> None:
    text = "استشهاد أسرة كاملة بقذيفة هاون أطلقتها مليشيا الحوثي على منزلها في مديرية حيس."
    assert columns(text, "actor1", "actor2") == [("houthis", "civilians")]


def test_a_second_kind_of_strike_told_apart_is_its_own_event() -> None:
    text = "قصفت الطائرات بلدة كفرنبل، وقصفت المدفعية بلدة حاس."
    assert columns(text, "location", "sub_event_type") == [
        ("بلدة كفرنبل", "air_drone_strike"),
        ("بلدة حاس", "shelling_artillery_missile_attack"),
    ]
    verb_first = "قصفت المدفعية منطقة العمور وشنت الطائرات غارات على منطقة الفخاري."
    assert columns(verb_first, "location", "sub_event_type") == [
        ("منطقة العمور", "shelling_artillery_missile_attack"),
        ("منطقة الفخاري", "air_drone_strike"),
    ]
    joined = "تصاعدت الغارات الجوية والقصف المدفعي على بلدة حاس."
    assert sorted(row[0] for row in columns(joined, "sub_event_type")) == [
        "air_drone_strike",
        "shelling_artillery_missile_attack",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "استهدفت قوات النظام بطائرة مسيرة انتحارية سيارة في قرية معرزاف بريف حماة.",
            ("air_drone_strike", "syrian_government_forces"),
        ),
        (
            "هاجمت طائرات مسيرة انتحارية تابعة للدعم السريع محطة الكهرباء في مدينة الأبيض.",
            ("air_drone_strike", "rsf"),
        ),
        (
            "قصفت مسيرات انقضاضية تابعة لقوات النظام بلدة الأتارب.",
            ("air_drone_strike", "syrian_government_forces"),
        ),
    ],
    ids=["suicide-drone", "owned-suicide-drones", "loitering-drones"],
)
def test_a_drone_that_dives_onto_its_target_is_a_strike_by_its_owner(
    text: str, expected: tuple[str, str]
) -> None:
    assert columns(text, "sub_event_type", "actor1") == [expected]


def test_a_countryside_after_a_town_that_locates_a_village_frames_the_village() -> None:
    text = (
        "قصفت طائرات روسية قرية كفرحلب بالقرب من بلدة الأبزمو في ريف حلب الغربي، ما أدى "
        "لمقتل 3 مدنيين، فيما قتل رجل بقصف مدفعي نفذته قوات النظام على بلدة الأبزمو."
    )
    assert columns(text, "location", "actor1", "fatalities_best") == [
        ("قرية كفرحلب", "russia_forces", 3),
        ("بلدة الأبزمو", "syrian_government_forces", 1),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "هاجم مستوطنون قرية المغير واستشهد خلال الهجوم أحد الشبان.",
        "اقتحمت قوات الاحتلال مخيم جنين واستشهد خلاله شاب.",
    ],
    ids=["during-the-attack", "during-it"],
)
def test_a_death_of_one_told_past_words_of_the_incident_counts_one(text: str) -> None:
    assert [row[2:] for row in coded(text)] == [("civilians", 1)]


def test_two_boys_told_by_a_dual_are_civilians_killed() -> None:
    text = "أعلنت وزارة الصحة مقتل فتيين برصاص الجيش الإسرائيلي في مخيم بلاطة."
    assert coded(text) == [("violence_against_civilians", "attack", "civilians", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل قائد لواء سراقب في اشتباكات مع الهيئة في بلدة الأتارب.", ["بلدة الأتارب"]),
        ('قتل قائد لواء "شهداء سراقب" في اشتباكات مع الهيئة في بلدة الأتارب.', ["بلدة الأتارب"]),
        ("قالت وزارة الصحة بالخرطوم إن القصف أصاب مستشفى النو في أم درمان.", ["أم درمان"]),
    ],
    ids=["unit", "unit-with-epithet", "ministry-seat"],
)
def test_a_unit_named_after_a_place_and_a_ministry_seat_are_no_sites(
    text: str, expected: list[str]
) -> None:
    assert [row[0] for row in columns(text, "location")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's men and its name before the one they killed
        ("أعدم عناصر التنظيم اليوم شابا في بلدة الميادين.", ("islamic_state", "civilians", 1)),
        ("قتل مسلحو داعش راعيا في بلدة السخنة.", ("islamic_state", "civilians", 1)),
        # the charge they were killed on names no side of the killing
        (
            "أعدم التنظيم رجلين بتهمة التخابر مع قوات النظام في بلدة الكسوة.",
            ("islamic_state", "civilians", 2),
        ),
        # who holds the place struck is no side that strikes
        (
            "ألقت المروحيات براميل على بلدة مضايا التي تعد معقلا لمقاتلي المعارضة.",
            (None, None, None),
        ),
    ],
    ids=["men-of-a-side", "gunmen-of-a-side", "charge", "stronghold"],
)
def test_the_sides_of_a_killing_read_past_a_charge_and_a_holder(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert columns(text, "actor1", "actor2", "fatalities_best") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "قصف الطيران الحربي بلدة نمر وقرية زمرين، وألقت المروحيات براميل على بلدة الحارة.",
        "أفاد المرصد بقصف الطيران بلدة نمر وقرية زمرين، وإلقاء المروحيات براميل على بلدة الحارة.",
    ],
    ids=["verb", "verbal-noun"],
)
def test_places_struck_before_a_second_clause_on_another_target_stay_sites(text: str) -> None:
    assert [row[0] for row in columns(text, "location")] == [
        "بلدة نمر",
        "قرية زمرين",
        "بلدة الحارة",
    ]


def test_two_incidents_with_one_toll_in_two_quarters_of_a_city_are_two() -> None:
    text = (
        "قتل شخصان بانفجار عبوة ناسفة قرب سوق في منطقة البياع جنوبي بغداد. "
        "وفي سياق متصل قتل شخصان بنيران مسلحين مجهولين في منطقة الكاظمية شمالي بغداد."
    )
    assert columns(text, "location", "fatalities_best") == [
        ("منطقة البياع", 2),
        ("منطقة الكاظمية", 2),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وتصاعدت مطالبات الاحتجاج من جانب بغداد بعد مقتل جنديين في هجوم جوي تركي "
            "في قرية كاني ماسي.",
            [("قرية كاني ماسي", "air_drone_strike", "turkey_forces")],
        ),
        (
            "وقال حزب الله إنه شن هجوما جويا بسرب من المسيرات على موقع خربة ماعر.",
            [("خربة ماعر", "air_drone_strike", "hezbollah")],
        ),
    ],
    ids=["a-government-protest", "an-attack-from-the-air"],
)
def test_an_attack_from_the_air_is_a_strike_and_a_protest_by_note_no_protest(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert columns(text, "location", "sub_event_type", "actor1") == expected


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "هاجم مسلحو داعش مواقع للحشد في قرية المخيسة ما أسفر عن مقتل آمر الفوج "
            "إضافة إلى عنصر آخر.",
            2,
        ),
        ("قتل طفل بالإضافة إلى امرأة بقصف على بلدة كفرنبل.", 2),
        ("انفجرت عبوة في منطقة النصر أسفرت عن مقتل امرأتين ورجل فضلا عن جرح رابع.", 3),
    ],
    ids=["besides-past-a-complement", "besides", "a-wounded-one-besides"],
)
def test_a_victim_added_by_besides_is_one_more_death(text: str, toll: int) -> None:
    assert [row[0] for row in columns(text, "fatalities_best")] == [toll]


def test_a_town_the_hurt_were_taken_to_is_no_site_even_alone() -> None:
    text = (
        "اندلعت اشتباكات في بلدة ترهونة. "
        "وأسفرت الاشتباكات عن 20 مصابا نقلوا إلى مستشفى في مدينة غريان."
    )
    assert [row[0] for row in columns(text, "location")] == ["بلدة ترهونة"]


@pytest.mark.parametrize(
    "text",
    [
        "قتل 4 مواطنين في قصف مدفعي على بلدة بيت حانون. وأعلنت الوزارة استقبال مستشفى الشفاء "
        "في مدينة غزة لأربعة شهداء.",
        "قتل 4 مواطنين في قصف مدفعي على بلدة بيت حانون، ووصل الشهداء إلى مستشفى الشفاء في "
        "مدينة غزة.",
    ],
    ids=["received-by", "arrived-at"],
)
def test_a_town_whose_hospital_received_the_dead_is_no_site(text: str) -> None:
    assert [row[0] for row in columns(text, "location")] == ["بلدة بيت حانون"]


def test_officials_of_a_force_who_tell_are_no_side() -> None:
    text = (
        "نقلت الوكالة عن مسؤولين في القوات الحكومية أن مسلحين هاجموا معسكر العرقوب في مديرية أحور."
    )
    assert [row[0] for row in columns(text, "actor1")] == [None]


def test_a_headline_after_a_country_and_two_dots_is_a_headline() -> None:
    text = (
        "ليبيا.. مقتل 4 أشخاص وجرح 20 بتفجير إرهابي في بنغازي\n"
        "قتل أربعة أشخاص وجرح عشرون آخرون في تفجير إرهابي استهدف قادة عسكريين خلال جنازة "
        "في مدينة بنغازي شرق ليبيا.\n"
        "وقال مصدر عسكري إن انفجار سيارة مفخخة خلال الجنازة في مقبرة الهواري أدى إلى مقتل "
        "شخصين على الفور واثنين آخرين لاحقا في المستشفى."
    )
    assert columns(text, "location", "fatalities_best") == [("الهواري", 4)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصف حزب الله ثكنة زرعيت بصواريخ الكاتيوشا.", "ثكنة زرعيت"),
        ("استهدف حزب الله مستعمرة المطلة بالصواريخ.", "مستعمرة المطلة"),
    ],
    ids=["barracks", "settlement"],
)
def test_a_barracks_or_a_settlement_struck_across_a_border_is_a_site(
    text: str, expected: str
) -> None:
    assert columns(text, "location", "actor1") == [(expected, "hezbollah")]


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("أغارت الطائرات الإسرائيلية على منزل في بلدة عيترون.", "civilians"),
        ("أغارت الطائرات الإسرائيلية على منزل في بلدة عيترون دون وقوع إصابات.", None),
    ],
    ids=["a-home-struck", "no-one-hurt"],
)
def test_a_home_struck_with_no_one_hurt_names_no_victims(text: str, actor2: str | None) -> None:
    assert [row[0] for row in columns(text, "actor2")] == [actor2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قتل 12 مدنيا في غارة جوية على بلدة الحزم اليوم. "
            "يأتي ذلك بعد يومين من مقتل سبعة أطفال بغارة جوية في مدينة حجة.",
            [("بلدة الحزم", "2024-05-15"), ("مدينة حجة", "2024-05-13")],
        ),
        (
            "أعدم التنظيم رجلين في بلدة الكسوة أمس، بعد أسبوع على إعدامه ثلاثة في قرية القورية.",
            [("بلدة الكسوة", "2024-05-14"), ("قرية القورية", "2024-05-07")],
        ),
        (
            "وجاء الهجوم بعد 3 أيام من مقتل قيادي في تفجير بمدينة الباب.",
            [("مدينة الباب", "2024-05-12")],
        ),
    ],
    ids=["two-days", "a-week-after-yesterday", "days-in-figures"],
)
def test_an_incident_told_days_before_another_is_dated_back(
    text: str, expected: list[tuple[str, str]]
) -> None:
    published = datetime.date(2024, 5, 15)
    assert columns(text, "location", "date_start", published=published) == expected


def test_a_day_told_after_days_since_dates_the_incident_itself() -> None:
    text = (
        "وعادت الاشتباكات بعد يوم من الهدوء في المدينة، حيث قتل أول أمس الاثنين 4 أشخاص في حي"
        " الشهداء شمالي مدينة الأبيض."
    )
    published = datetime.date(2024, 5, 15)  # a Wednesday: the Monday before yesterday is the 13th
    assert columns(text, "location", "date_start", published=published) == [
        ("حي الشهداء", "2024-05-13")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نفذ طيران التحالف غارات على مواقع في مأرب، الواقعة إلى الشرق من صنعاء.", ["مأرب"]),
        (
            "قصفت طائرة مسيرة مساء أمس حيا سكنيا في مدينة مرزق، مما أدى إلى مقتل 12 شخصا. "
            "وأكد عضو مجلس مرزق البلدي في تصريحات اليوم أن القصف أسفر عن مقتل 12 شخصا.",
            ["مدينة مرزق"],
        ),
        (
            "طالت غارات جوية منطقة آل زيد وسوق مديرية حيدان بالتزامن مع غارة على مديرية شدا.",
            ["منطقة آل زيد", "مديرية حيدان", "مديرية شدا"],
        ),
    ],
    ids=["east-of", "a-council-of-the-town", "at-the-same-time-as"],
)
def test_places_that_locate_or_name_a_body_and_places_struck_at_the_same_time(
    text: str, expected: list[str]
) -> None:
    assert [row[0] for row in columns(text, "location")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side that holds the place struck is acted upon
        ("سقطت صواريخ على قاعدة الحرير التي تشغلها قوات أميركية في أربيل.", (None, "us_forces")),
        # an outlet close to a side tells, it does not act
        (
            "ذكرت وكالة روناهي المقربة من قسد أن ثلاثة مدنيين قتلوا جراء قصف تركي "
            "استهدف قرية الهوشان.",
            ("turkey_forces", "civilians"),
        ),
        # gunmen who target someone do not shell
        (
            "استهدف مسلحون مجهولون الشاب سعيد على طريق المحطة في مدينة إنخل، ما أدى لمقتله.",
            (None, "civilians"),
        ),
    ],
    ids=["operated-by", "outlet-close-to", "gunmen-target"],
)
def test_a_holder_is_acted_upon_an_outlet_tells_and_gunmen_attack(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert columns(text, "actor1", "actor2") == [expected]


def test_gunmen_who_target_a_civilian_attack_him() -> None:
    text = "استهدف مسلحون مجهولون الشاب سعيد على طريق المحطة في مدينة إنخل، ما أدى لمقتله."
    assert [row[:2] for row in coded(text)] == [("violence_against_civilians", "attack")]


@pytest.mark.parametrize(
    "text",
    [
        "تبنى التنظيم 12 هجوما خلال الأسبوع، وتوزعت العمليات على الرقة بواقع خمس هجمات، "
        "وثلاث في كل من حماة وحمص، وواحدة في حلب.",
        "أعلنت خلية الإعلام الأمني إحباط مخطط لاستهداف المتظاهرين في العاصمة بغداد.",
        "أعلنت خلية الصقور إحباط عملية خطط لها التنظيم للقيام بتفجيرات تستهدف المتظاهرين في بغداد.",
        "وزعت الجماعة منشورات لإثارة الفوضى والاقتتال في مدينة الحلة.",
    ],
    ids=["attacks-counted-out-over-places", "a-plot-foiled", "a-plan-foiled", "an-aim"],
)
def test_attacks_counted_out_over_places_and_a_foiled_plot_are_no_events(text: str) -> None:
    assert columns(text, "location") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أسقطت الدفاعات الأرضية للجيش ثلاث مسيرات أطلقتها قوات الدعم السريع على مدينة سنجة.",
            ("disrupted_weapons_use", "مدينة سنجة"),
        ),
        (
            "أسقطت طائرة من طراز أنتونوف 3 براميل متفجرة على قرية القنيزية، ما أدى إلى مقتل 5.",
            ("air_drone_strike", "قرية القنيزية"),
        ),
        (
            "أعلنت قوات الدعم السريع الاستيلاء على مقر اللواء 17 في مدينة سنجة.",
            ("non_state_actor_overtakes_territory", "مدينة سنجة"),
        ),
        (
            "نهبت القوات المحال التجارية واستولت على ممتلكات المواطنين في قرية الكومة.",
            ("looting_property_destruction", "قرية الكومة"),
        ),
    ],
    ids=["drones-downed", "barrels-dropped", "base-seized", "property-seized"],
)
def test_downed_drones_and_seized_bases(text: str, expected: tuple[str, str]) -> None:
    assert columns(text, "sub_event_type", "location") == [expected]


def test_a_word_that_follows_names_is_no_name_of_a_list() -> None:
    text = "أعلن الجيش سيطرته على رئاسة محلية أم القرى المتاخمة لولاية القضارف."
    assert "المتاخمة" not in [m.text for m in cp.find_places(text)]


def test_a_list_of_towns_runs_past_a_part_of_a_name() -> None:
    text = "امتدت الاشتباكات إلى بلدات المتونة والصورة الكبيرة وعريقة وسميع وحران في ريف السويداء."
    assert columns(text, "location") == [
        ("المتونة",),
        ("الصورة الكبيرة",),
        ("عريقة",),
        ("سميع",),
        ("حران",),
    ]


def test_a_middle_dot_ends_a_sentence() -> None:
    text = "قصفت قوات النظام بلدة الرستن · وسط أنباء عن حشود لاقتحام بلدة تلبيسة"
    assert columns(text, "location", "sub_event_type") == [
        ("بلدة الرستن", "shelling_artillery_missile_attack")
    ]


def test_the_regime_by_a_hostile_name_shells() -> None:
    text = "قصفت ميليشيا بشار الأسد بلدة الرستن بالمدفعية."
    assert columns(text, "actor1") == [("syrian_government_forces",)]


@pytest.mark.parametrize(
    "text",
    [
        "قتل 7 مدنيين في المجزرة التي نفذتها الطائرات الحربية باستهداف بلدة تفتناز.",
        "قتل 7 مدنيين في مجزرة ارتكبتها الطائرات الحربية بقصف بلدة تفتناز.",
    ],
)
def test_a_massacre_committed_by_a_strike_named_after_it_is_that_strike(text: str) -> None:
    assert columns(text, "location", "sub_event_type", "actor2", "fatalities_best") == [
        ("بلدة تفتناز", "air_drone_strike", "civilians", 7)
    ]


def test_a_massacre_told_with_the_strike_that_committed_it_is_that_strike() -> None:
    text = (
        "ارتكبت قوات الاحتلال مجزرة جديدة بحق عائلة في مخيم البريج، حيث قصفت منزلا مأهولا "
        "لعائلة أبو سمرة.\n"
        "وأفادت مصادر محلية أن القصف أسفر عن استشهاد 6 مواطنين."
    )
    rows = columns(text, "location", "event_type", "actor1", "actor2", "fatalities_best")
    assert rows == [("مخيم البريج", "explosions_remote_violence", "israeli_forces", "civilians", 6)]


def test_a_headline_massacre_is_the_attack_the_body_tells_at_a_narrower_place() -> None:
    text = (
        "«مجزرة صاروخية» في مأرب\n"
        "في هجوم صاروخي جديد على المحافظة، استهدف الحوثيون أمس مسجدا في مديرية حريب، مما "
        "أسفر عن مقتل 12 مدنيا."
    )
    assert columns(text, "location", "actor1", "fatalities_best") == [
        ("مديرية حريب", "houthis", 12)
    ]


def test_what_the_places_of_a_list_are_like_is_no_name() -> None:
    text = "تواصل قوات النظام استهداف البلدات المكتظة بالمدنيين في ريف درعا."
    assert [match.text for match in cp.find_places(text)] == ["ريف درعا"]


def test_a_side_named_after_a_strike_is_not_the_side_it_takes() -> None:
    text = (
        "مقتل مدني بقصف مدفعي لقوات النظام على ريف إدلب الجنوبي\n"
        "قتل مدني صباح اليوم بقصف مدفعي لقوات النظام على بلدات وقرى ريف إدلب الجنوبي، "
        "بالتزامن مع قصف طال بلدات بريف حلب.\n"
        "وقال ناشطون إن مدنيا قتل بقصف مدفعي لقوات النظام استهدف مزارع قرية معرة حرمة.\n"
        "وتعرض محيط بلدات سان والنيرب جنوبي إدلب لقصف مدفعي، كما قصفت قوات النظام قرية "
        "حزوان شرقي حلب.\n"
        "من جانبها، قصفت قوات سوريا الديمقراطية بلدة مريمين وجبل الخالدية في منطقة عفرين "
        "بريف حلب الشمالي."
    )
    assert columns(text, "location", "actor1", "actor2") == [
        ("قرية معرة حرمة", "syrian_government_forces", "civilians"),
        ("سان", "syrian_government_forces", None),
        ("النيرب", "syrian_government_forces", None),
        ("قرية حزوان", "syrian_government_forces", None),
        ("بلدة مريمين", "sdf", None),
    ]


@pytest.mark.parametrize(
    "wounded",
    ["أصيب العديد من المدنيين بجراح", "أصيب 12 مدنيا بجراح"],
    ids=["no-count", "count"],
)
def test_the_wounded_at_places_of_their_own_after_a_strike_with_no_known_place(
    wounded: str,
) -> None:
    text = (
        "قتل ستة مدنيين في قصف لطائرات النظام على أحياء سكنية في حزارين، بينما "
        f"{wounded} في مدينتي إدلب وجسر الشغور."
    )
    assert columns(text, "location", "sub_event_type", "actor1") == [
        ("إدلب", "air_drone_strike", "syrian_government_forces"),
        ("جسر الشغور", "air_drone_strike", "syrian_government_forces"),
    ]


def test_the_war_going_on_and_a_committee_named_after_a_town_are_no_incidents() -> None:
    text = (
        "قتل 12 شخصا في قصف لقوات الدعم السريع على مدينة الفاشر، فيما يعاني السكان من الجوع "
        "في ظل استمرار المعارك.\n"
        "وأكدت تنسيقية لجان مقاومة كتم وقوع قصف مدفعي ثقيل على أحياء المدينة."
    )
    assert columns(text, "location", "sub_event_type") == [
        ("مدينة الفاشر", "shelling_artillery_missile_attack")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # warplanes of unstated nationality: no side, none taken from the shelling before
        (
            "قصفت قوات النظام بلدة الهبيط بالمدفعية.\nوشنت طائرات حربية غارات على بلدة التمانعة.",
            ["syrian_government_forces", None],
        ),
        # a nationality after them names their side
        (
            "قتل 5 مدنيين في قصف الطيران الحربي السوري على بلدة التمانعة.",
            ["syrian_government_forces"],
        ),
        # a side that owns them
        (
            "استهدف هجوم بالطائرات المسيرة من قبل قوات النظام بلدة التمانعة.",
            ["syrian_government_forces"],
        ),
    ],
    ids=["unstated", "adjective", "owner"],
)
def test_warplanes_named_with_no_side_act_for_no_side(
    text: str, expected: list[str | None]
) -> None:
    assert [row[0] for row in columns(text, "actor1", published=datetime.date(2016, 5, 1))] == (
        expected
    )


def test_an_army_announcing_a_servicewoman_of_its_own_killed_is_acted_upon() -> None:
    text = "أعلن الجيش الإسرائيلي مقتل مجندة في جيشه بقصف صاروخي على قاعدة في صفد."
    assert columns(text, "location", "actor1", "actor2", "fatalities_best") == [
        ("صفد", None, "israeli_forces", 1)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shoulder-fired rockets after «قذائف» are direct fire in a ground attack
        (
            'هاجم مسلحون بالرشاشات وقذائف من نوع "RPG" حافلة عسكرية قرب مدينة البوكمال.',
            "armed_clash",
        ),
        ("هاجم مسلحون بقذائف آر بي جي دورية للجيش قرب مدينة البوكمال.", "armed_clash"),
        # a bare «استهداف» aimed by gunmen is a ground attack too
        ("قتل 4 جنود إثر استهداف مسلحين مجهولين سيارتهم قرب مدينة البوكمال.", "armed_clash"),
        # …but mortar shells, and a bare «استهداف» by a force, stay shelling
        ("قصفت قوات النظام بقذائف الهاون مدينة البوكمال.", "shelling_artillery_missile_attack"),
        ("استهدفت القوات الأحياء السكنية في مدينة البوكمال.", "shelling_artillery_missile_attack"),
    ],
    ids=["rpg-latin", "rpg-arabic", "gunmen-aim", "mortars", "forces-aim"],
)
def test_rockets_from_the_shoulder_and_gunmen_aiming_are_no_shelling(
    text: str, expected: str
) -> None:
    assert [row[0] for row in columns(text, "sub_event_type")] == [expected]


def test_a_road_to_one_town_in_a_governorate_is_at_the_town() -> None:
    text = (
        "قتل 12 عنصرا من قوات النظام بهجوم على حافلة على طريق مدينة الميادين بريف محافظة دير"
        " الزور الشرقي."
    )
    assert [row[0] for row in columns(text, "location")] == ["مدينة الميادين"]
    # the two ends of a road still give way to the place it runs through
    text = "قتل 3 عناصر بهجوم على طريق حمص – تدمر ببادية حمص."
    assert [row[0] for row in columns(text, "location")] == ["بادية حمص"]


def test_one_of_the_missiles_falling_is_no_death() -> None:
    text = "استهدف الحوثيون مدينة مأرب بثلاثة صواريخ سقط أحدهم في حي الروضة."
    assert columns(text, "fatalities_best") == [(None,)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two bombers after the verb of blowing up: a suicide bombing
        ("فجر انتحاريان من داعش سيارتهما عند حاجز في مدينة سامراء.", "suicide_bomb"),
        # a car «ملغومة» is a car bomb
        ("انفجرت سيارة ملغومة قرب سوق في مدينة سامراء.", "remote_explosive_landmine_ied"),
    ],
)
def test_bombers_two_by_two_and_booby_trapped_cars_are_bombings(text: str, expected: str) -> None:
    assert [row[0] for row in columns(text, "sub_event_type")] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "قتل ضابط من كتيبة 128 مشاة أجدابيا في اشتباكات بمنطقة الحيلة.",
        "أعلنت غرفة عمليات عمر المختار مقتل 5 من عناصرها في اشتباكات بمنطقة الحيلة.",
    ],
)
def test_a_place_a_numbered_unit_or_an_operations_room_is_named_after_is_no_site(
    text: str,
) -> None:
    assert [row[0] for row in columns(text, "location")] == ["منطقة الحيلة"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a drone that blows up strikes from the air, kamikaze or not
        ("قتل مدني بانفجار مسيرة انتحارية في بلدة الأتارب.", ("air_drone_strike", 1)),
        ("قتل مدني بانفجار طائرة مسيرة في بلدة الأتارب.", ("air_drone_strike", 1)),
        # one of a group before a verb of dying that opens the clause is one death
        (
            "وأحد العناصر قتل بانفجار عبوة ناسفة في بلدة الأتارب.",
            ("remote_explosive_landmine_ied", 1),
        ),
        # the victim after «بحق»
        ("نفذ مسلحون عملية إعدام بحق شاب في بلدة الأتارب.", ("attack", 1)),
    ],
)
def test_exploding_drones_and_single_victims_told_around_their_verb(
    text: str, expected: tuple[str, int]
) -> None:
    assert columns(text, "sub_event_type", "fatalities_best") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "تتواصل عمليات التدوين المدفعي على قرية الصقيعة شرق رفاعة.",
            ["shelling_artillery_missile_attack"],
        ),
        # recording testimonies is no shelling
        ("بدأت اللجنة تدوين الشهادات في قرية الصقيعة.", []),
    ],
)
def test_sudans_word_for_shelling_is_shelling(text: str, expected: list[str]) -> None:
    assert [row[0] for row in columns(text, "sub_event_type")] == expected


@pytest.mark.parametrize(
    "text",
    [
        'وقال متحدث باسم قوات حكومة الوفاق إن "قواتنا سيطرت على مواقع هامة في محور عين زارة".',
        "وقالت قوات حكومة الوفاق في بيان تلقته الوكالة «قواتنا تستهدف بالمدفعية الثقيلة"
        " تجمعات للمليشيات في محور عين زارة».",
    ],
)
def test_a_spokesman_telling_what_our_forces_did_names_the_side_that_acts(text: str) -> None:
    assert [row[0] for row in columns(text, "actor1", published=datetime.date(2019, 8, 2))] == [
        "gna_forces"
    ]


def test_a_spokesman_telling_what_others_did_is_no_side() -> None:
    text = "وقال المتحدث باسم قوات حكومة الوفاق إن مسلحين هاجموا حاجزا في محور عين زارة."
    assert [row[0] for row in columns(text, "actor1", published=datetime.date(2019, 8, 2))] == [
        None
    ]


def test_a_watch_network_named_after_a_province_is_no_site() -> None:
    text = "وأفاد مرصد إدلب للطيران بأن طائرة حربية شنت غارة على بلدة الأتارب."
    assert [row[0] for row in columns(text, "location")] == ["بلدة الأتارب"]


def test_a_mother_killed_with_her_children_is_a_civilian_counted_once() -> None:
    text = "قتلت أم وأطفالها الأربعة في قصف على بلدة صيدا."
    assert columns(text, "actor2", "fatalities_best") == [("civilians", 5)]


def test_three_fronts_of_a_city_are_three_sites_not_a_summary() -> None:
    text = (
        'وقال المصدر إن الاشتباكات شملت جبهات "الجبيلة" و"الحميدية" و"الحويقة" في مدينة دير الزور.'
    )
    assert [row[0] for row in columns(text, "location")] == ["الجبيلة", "الحميدية", "الحويقة"]


def test_sub_counts_of_them_told_by_place_are_the_tolls_of_their_sites() -> None:
    text = "قتل 9 عناصر في المعارك، ستة منهم قتلوا في محور الطويشة وثلاثة في محور الكريمية."
    assert columns(text, "location", "fatalities_best") == [
        ("محور الطويشة", 6),
        ("محور الكريمية", 3),
    ]


def test_a_word_of_attack_in_quotes_is_a_name_not_the_attack() -> None:
    text = 'سقطت قذائف هاون أطلقها الحوثيون على أحياء "المسبح" و"الضربة" في مدينة تعز.'
    assert columns(text, "location", "sub_event_type") == [
        ("المسبح", "shelling_artillery_missile_attack"),
        ("الضربة", "shelling_artillery_missile_attack"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل أربعة مصلين في تفجير استهدف مسجدا في بلدة السعدية.", ("civilians", 4, "exact")),
        ("وقتل مدني على الأقل في القصف على بلدة مارون الراس.", ("civilians", 1, "at_least")),
    ],
    ids=["worshippers", "one-at-least"],
)
def test_worshippers_are_civilians_and_one_death_may_be_at_least_one(
    text: str, expected: tuple[str, int, str]
) -> None:
    assert columns(text, "actor2", "fatalities_best", "fatalities_qualifier") == [expected]


def test_a_toll_since_a_day_long_before_the_report_is_no_incidents_toll() -> None:
    text = (
        "استشهد مواطن بقصف على مخيم جباليا.\n"
        "وتواصل قوات الاحتلال عدوانها على قطاع غزة برا وبحرا وجوا منذ السابع من تشرين الأول"
        " 2023، ما أسفر عن استشهاد 40 ألف مواطن."
    )
    published = datetime.date(2024, 9, 15)
    assert columns(text, "location", "fatalities_best", published=published) == [("مخيم جباليا", 1)]


def test_a_toll_told_over_many_places_is_no_toll_of_the_strike_before_it() -> None:
    text = (
        "قصفت مدفعية الاحتلال حي الزيتون شرق مدينة غزة. وقالت مصادر طبية إن 15 شهيدا قضوا"
        " بنيران جيش الاحتلال في مناطق عدة بالقطاع منذ فجر اليوم."
    )
    assert columns(text, "location", "fatalities_best") == [("حي الزيتون", None)]


def test_the_side_the_dead_were_members_of_is_acted_upon_not_acting() -> None:
    text = "قتل سبعة أشخاص بينهم ثلاثة في حزب الله في قصف إسرائيلي على بلدة خربة سلم."
    assert columns(text, "actor1", "actor2") == [("israeli_forces", "hezbollah")]


@pytest.mark.parametrize(
    "text",
    [
        "استشهد مواطن إثر قصف دبابات الاحتلال منزلا في مخيم البريج.",
        "استشهد مواطن بنيران الدبابات الإسرائيلية في مخيم البريج.",
    ],
)
def test_tank_fire_by_a_side_that_strikes_from_the_air_is_shelling(text: str) -> None:
    assert columns(text, "sub_event_type") == [("shelling_artillery_missile_attack",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "اندلعت مواجهات بين الشبان وقوات الاحتلال الإسرائيلي في حي الإرسال بمدينة رام الله.",
            ("violent_demonstration", None, "israeli_forces"),
        ),
        # told beside an attack, the confrontations are part of it
        (
            "شن المستوطنون هجوما واسعا على بلدة سنجل اندلعت خلاله مواجهات مع الأهالي.",
            ("attack", "israeli_settlers", "civilians"),
        ),
        # armed men confronting forces fight
        (
            "دارت اشتباكات بين مقاتلي الفصائل وقوات النظام في بلدة كفرنبل.",
            ("armed_clash", "syrian_government_forces", None),
        ),
    ],
    ids=["young-men", "within-an-attack", "fighters"],
)
def test_confrontations_of_young_men_with_forces_are_a_riot(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert columns(text, "sub_event_type", "actor1", "actor2") == [expected]


def test_an_advance_that_took_places_is_a_taking_of_territory() -> None:
    text = "تمكنت قوات الوفاق من التقدم والسيطرة على عدة نقاط في محور المشروع."
    published = datetime.date(2020, 5, 22)
    assert columns(text, "sub_event_type", "actor1", published=published) == [
        ("government_regains_territory", "gna_forces")
    ]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("سقط قتيل واحد في بلدة السخنة جراء القصف.", 1),
        ("سقط شهيد واحد في بلدة السخنة جراء القصف.", 1),
        ("استهدف هجوم حافلة عسكرية قرب بلدة السخنة قتل فيه 15 عسكريا.", 15),
    ],
    ids=["dead-one", "martyr-one", "killed-in-it"],
)
def test_a_death_of_one_read_in_a_count_is_not_added_to_it(text: str, toll: int) -> None:
    assert columns(text, "fatalities_best") == [(toll,)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أعلن المقاتلون المعارضون أنهم أحكموا السيطرة على قرية كفرنبودة.",
            ("non_state_actor_overtakes_territory", "syrian_opposition_factions"),
        ),
        (
            "أحكمت قوات النظام سيطرتها على بلدة كفرنبودة بعد معارك.",
            ("government_regains_territory", "syrian_government_forces"),
        ),
        ("سيطروا على بلدة كفرنبودة بعد اشتباكات.", ("non_state_actor_overtakes_territory", None)),
    ],
    ids=["made-firm", "made-firm-state", "plural-verb"],
)
def test_control_made_firm_or_taken_by_a_plural_verb_is_territory_taken(
    text: str, expected: tuple[str, str | None]
) -> None:
    published = datetime.date(2014, 5, 5)
    assert columns(text, "sub_event_type", "actor1", published=published) == [expected]


def test_control_made_firm_as_an_aim_is_no_event() -> None:
    assert columns("تسعى القوات إلى إحكام سيطرتها على بلدة كفرنبودة.") == []


@pytest.mark.parametrize(
    "text",
    [
        "كما قصفت المروحيات حي العباسية في مدينة درعا.",
        "قصفت طائرات مروحية بالبراميل بلدة كفرنبودة.",
        "استهدفت الطائرات المروحية قرية كفرنبودة بالصواريخ.",
    ],
    ids=["helicopters", "helicopter-planes", "helicopters-with-rockets"],
)
def test_a_strike_by_helicopters_is_an_air_strike(text: str) -> None:
    assert columns(text, "sub_event_type") == [("air_drone_strike",)]


@pytest.mark.parametrize(
    "second",
    [
        "وقتل أيضا في اليوم نفسه عنصران من قوات النظام في مدينة الشيخ مسكين.",
        "وفي ذات اليوم قتل عنصران من قوات النظام في مدينة الشيخ مسكين.",
    ],
    ids=["nafsuhu", "dhat"],
)
def test_an_incident_on_the_same_day_takes_the_day_told_before(second: str) -> None:
    text = "قتل مدني برصاص مجهولين في 12 من أيلول الحالي في بلدة المزيريب. " + second
    published = datetime.date(2020, 9, 15)
    assert columns(text, "date_start", published=published) == [("2020-09-12",), ("2020-09-12",)]


def test_the_same_day_with_no_day_told_before_is_the_publication_day() -> None:
    text = "وقتل في اليوم نفسه عنصران من قوات النظام في مدينة الشيخ مسكين."
    assert columns(text, "date_start") == [(PUBLISHED.isoformat(),)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a member named with the article is a fighter: a killing with no wording is a clash
        ("اغتيل القيادي في الفصائل فراس النعسان في بلدة تسيل.", ("armed_clash", None)),
        ("قتل العنصر برصاص مجهولين في بلدة تسيل.", ("armed_clash", None)),
        # a former member is a civilian, as a retired one is
        ("قتل القيادي السابق فراس النعسان في بلدة تسيل.", ("attack", "civilians")),
        ("قتل عنصر سابق في الفصائل برصاص مجهولين في بلدة تسيل.", ("attack", "civilians")),
    ],
    ids=["commander", "member", "former-commander", "former-member"],
)
def test_a_member_with_the_article_fights_and_a_former_member_is_a_civilian(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert columns(text, "sub_event_type", "actor2") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أقدم تنظيم داعش على صلب 12 شخصا في مدينة سرت.", [("attack", "islamic_state", 12)]),
        ("صلب التنظيم ثلاثة شبان في ساحة مدينة الرقة.", [("attack", "islamic_state", 3)]),
        # the adjective «الصلب» (hard) tells nothing
        ("تعرض الحديد الصلب للتلف في مدينة سرت.", []),
    ],
    ids=["crucified-count", "crucified-verb", "hard-steel"],
)
def test_a_crucifixion_is_a_killing_of_civilians(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    published = datetime.date(2015, 8, 15)
    found = columns(text, "sub_event_type", "actor1", "fatalities_best", published=published)
    assert found == expected


def test_the_countryside_of_a_sudanese_town_frames_its_villages() -> None:
    text = (
        "قصفت قوات الدعم السريع قريتي الفوار وسليم بريفي المحيريبا بمحلية الحصاحيصا،"
        " ما أدى إلى مقتل أربعة من سكان قرية الفوار."
    )
    published = datetime.date(2024, 6, 22)
    assert columns(text, "location", "fatalities_best", published=published) == [
        ("الفوار", 4),
        ("سليم", None),
    ]


def test_a_rural_quarter_is_no_countryside() -> None:
    assert cp.find_places("سقطت قذيفة على حي ريفي في أطراف المدينة.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قام العدو الإسرائيلي بتفجير مبنى في بلدة كفركلا.",
            ("looting_property_destruction", "israeli_forces"),
        ),
        (
            "أقدمت قوات الاحتلال على تفجير منزل في بلدة عيتا الشعب.",
            ("looting_property_destruction", "israeli_forces"),
        ),
        (
            "نسفت قوات الاحتلال منازل في بلدة عديسة.",
            ("looting_property_destruction", "israeli_forces"),
        ),
        # told with a bomb or a bomber, it is theirs
        ("استهدف انتحاري بتفجير منزل قيادي في ناحية العلم.", ("suicide_bomb", None)),
        (
            "قتل خمسة أشخاص في تفجير منزل بعبوة ناسفة في مدينة الباب.",
            ("remote_explosive_landmine_ied", None),
        ),
    ],
    ids=["did-blow-up", "went-on-to-blow-up", "blew-up", "bomber", "bomb"],
)
def test_a_building_blown_up_by_a_force_is_destroyed_property(
    text: str, expected: tuple[str, str | None]
) -> None:
    published = datetime.date(2024, 10, 23)
    assert columns(text, "sub_event_type", "actor1", published=published) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "إذ اغتيل، في 12 من أيلول الحالي، العنصر السابق محمد إبراهيم في بلدة المزيريب.",
            ("2020-09-12", "attack", 1),
        ),
        (
            "قتل مساء أمس، الاثنين 14 من أيلول، القيادي السابق فراس النعسان في بلدة تسيل.",
            ("2020-09-14", "attack", 1),
        ),
        ("قتل، أمس، شاب برصاص مجهولين في بلدة تسيل.", ("2020-09-14", "attack", 1)),
    ],
    ids=["date-between-commas", "day-and-date", "yesterday-between-commas"],
)
def test_a_victim_after_a_date_set_between_commas_is_a_death_of_one(
    text: str, expected: tuple[str, str, int]
) -> None:
    published = datetime.date(2020, 9, 15)
    found = columns(text, "date_start", "sub_event_type", "fatalities_best", published=published)
    assert found == [expected]


def test_a_killing_verb_before_an_aside_that_is_no_date_reads_no_victim() -> None:
    assert columns("قتل، في المقابل، عدد من المسلحين في بلدة تسيل.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شنت المقاتلات غارات ضد المقاتلين الحوثيين في مديرية صرواح.", (None, "houthis")),
        ("هاجم المسلحون الحوثيون مواقع الجيش في مديرية صرواح.", ("houthis", None)),
    ],
    ids=["struck-against", "attacking"],
)
def test_a_side_told_as_the_adjective_of_its_men_takes_the_role_of_its_men(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    published = datetime.date(2019, 9, 23)
    assert columns(text, "actor1", "actor2", published=published) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "دفع النظام السوري بتعزيزات عسكرية من العاصمة دمشق إلى مدينة درعا.",
        "رصدت مصادر محلية تحركات وحشود عسكرية قرب بلدة المجدل.",
    ],
    ids=["reinforcements", "movements"],
)
def test_troops_sent_or_gathered_are_no_event(text: str) -> None:
    assert columns(text, "sub_event_type") == []


def test_a_curfew_is_another_strategic_development() -> None:
    text = "فرضت السلطات حظر تجول في مدينة السويداء."
    assert columns(text, "sub_event_type") == [("other",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "اندلعت اشتباكات في قرية توخار الصغير شمال شرقي مدينة منبج، وجنوبي مدينة جرابلس.",
            ["قرية توخار الصغير"],
        ),
        (
            "اندلعت اشتباكات في قرية توخار الصغير شمال شرقي مدينة منبج وجنوبي مدينة جرابلس.",
            ["قرية توخار الصغير"],
        ),
        # with no place located before, two towns are two sites
        ("قصفت الطائرات مدينة منبج، وجنوبي مدينة جرابلس.", ["مدينة منبج", "مدينة جرابلس"]),
    ],
    ids=["second-locator-after-a-comma", "second-locator", "two-towns"],
)
def test_a_second_locator_after_and_locates_the_same_place(text: str, expected: list[str]) -> None:
    published = datetime.date(2021, 2, 3)
    assert [row[0] for row in columns(text, "location", published=published)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قصفت قوات النظام البلدة الواقعة جنوبي حلب ما أدى لمقتل 5 مدنيين في بلدة الحاضر.",
            [("بلدة الحاضر", 5)],
        ),
        (
            "ارتفع عدد القتلى في بلدة كنصفرة إلى 6 مدنيين بينهم طفلان، إثر “قصف قوات النظام "
            "البلدة الواقعة جنوبي إدلب” بحسب المرصد.",
            [("بلدة كنصفرة", 6)],
        ),
        # a locator with no noun of a place told before: the town it names is the site
        ("قصفت قوات النظام مواقع جنوبي مدينة معرة النعمان.", [("مدينة معرة النعمان", None)]),
    ],
    ids=["town-told-after", "town-told-before", "no-noun"],
)
def test_a_place_that_locates_a_town_named_by_its_noun_is_no_site(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    published = datetime.date(2021, 7, 18)
    assert columns(text, "location", "fatalities_best", published=published) == expected


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("ردت الفصائل بقنص عنصرين للنظام قرب بلدة دارة عزة.", "syrian_government_forces"),
        ("ردت الفصائل بقنص عنصرين من قوات النظام قرب بلدة دارة عزة.", "syrian_government_forces"),
        ("قتل جنديان من الجيش العراقي بانفجار عبوة ناسفة في قضاء الطارمية.", "iraqi_forces"),
    ],
    ids=["dual-of", "dual-from", "dual-subject"],
)
def test_two_men_of_a_side_are_its_victims(text: str, actor2: str) -> None:
    published = datetime.date(2021, 7, 18)
    assert columns(text, "actor1", "actor2", published=published) == [(None, actor2)]


@pytest.mark.parametrize(
    "text",
    [
        "وفي مجزرة جديدة استشهد 12 مواطنا في قصف مدفعي على حي الزيتون.",
        "وفي مجزرة جديدة استشهد 12 مواطنا على الأقل، مساء الخميس، وأصيب نحو 90 آخرين، في قصف "
        "مدفعي مكثف استهدف سوق الخضار في حي الزيتون شرقي غزة.",
    ],
    ids=["massacre-then-shelling", "with-day-and-wounded"],
)
def test_a_toll_told_before_its_place_in_the_sentence_is_that_places(text: str) -> None:
    published = datetime.date(2014, 7, 20)
    assert columns(text, "location", "fatalities_best", published=published) == [("حي الزيتون", 12)]


def test_a_strike_of_another_kind_at_the_city_is_not_the_quarters_told_again() -> None:
    text = (
        "استشهد 9 مواطنين في قصف مدفعي على حي التفاح شرقي غزة. واستشهد صحفي في قصف شقته "
        "بصاروخ من طائرة حربية شمال مدينة غزة."
    )
    published = datetime.date(2014, 7, 20)
    assert columns(text, "location", "sub_event_type", "fatalities_best", published=published) == [
        ("حي التفاح", "shelling_artillery_missile_attack", 9),
        ("مدينة غزة", "air_drone_strike", 1),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قصفت مروحية عراقية اليوم وكرا لعناصر داعش في جزيرة سامراء.",
            [("air_drone_strike", "iraqi_forces", "islamic_state")],
        ),
        # brought down by a side: its weapons disrupted; crashed: no event
        (
            "أسقط مسلحو داعش مروحية عسكرية قرب مدينة بيجي.",
            [("disrupted_weapons_use", "islamic_state", None)],
        ),
        ("تحطمت مروحية عسكرية قرب مدينة بيجي.", []),
        ("سقطت مروحية عسكرية قرب مدينة بيجي ومقتل طاقمها.", []),
    ],
    ids=["strike", "downed", "crashed", "fell"],
)
def test_a_helicopter_strikes_from_the_air_and_a_crash_is_no_event(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    published = datetime.date(2015, 6, 10)
    assert columns(text, "sub_event_type", "actor1", "actor2", published=published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "أفادت الشرطة العراقية، أمس، بمقتل 11 شخصا في هجمات متفرقة في مدينة بعقوبة.",
        "أفادت الشرطة العراقية باستشهاد 11 مدنيا في هجوم على سوق في مدينة بعقوبة.",
    ],
    ids=["killing-after-an-aside", "martyrdom"],
)
def test_a_side_that_reports_a_harm_with_b_is_no_side_of_it(text: str) -> None:
    published = datetime.date(2013, 5, 10)
    assert columns(text, "actor1", "actor2", "fatalities_best", published=published) == [
        (None, "civilians", 11)
    ]


def test_an_attack_told_by_its_verbal_noun_after_qama_is_an_event() -> None:
    text = "وقامت قوات الدعم السريع بتاريخ 16 فبراير الحالي بمهاجمة قرية ود البر."
    published = datetime.date(2024, 2, 20)
    assert columns(text, "location", "date_start", "actor1", published=published) == [
        ("قرية ود البر", "2024-02-16", "rsf")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ففي مديرية المخا، قتل 3 مدنيين بقصف حوثي استهدف منازلهم في قرية الزهاري.",
        "ففي مديرية المخا غرب تعز، قتل 3 مدنيين بقصف حوثي استهدف منازلهم في قرية الزهاري.",
        "وفي مديرية المخا جنوب غرب تعز، قتل 3 مدنيين بقصف حوثي على قرية الزهاري.",
    ],
    ids=["header", "located-header", "two-word-locator"],
)
def test_a_header_located_by_a_side_of_a_place_frames_its_clause(text: str) -> None:
    published = datetime.date(2022, 5, 10)
    assert columns(text, "location", "fatalities_best", published=published) == [
        ("قرية الزهاري", 3)
    ]


def test_fewer_dead_at_the_city_than_at_a_town_near_it_are_another_incident() -> None:
    text = (
        "وفي كركوك، هاجم مسلحون دورية للشرطة وقتلوا شرطيا، في حين قتل مسلحون مجهولون "
        "مدنيين اثنين في بلدة الرشاد القريبة من كركوك."
    )
    published = datetime.date(2013, 5, 10)
    assert columns(text, "location", "actor2", "fatalities_best", published=published) == [
        ("كركوك", "iraqi_police", 1),
        ("بلدة الرشاد", "civilians", 2),
    ]


def test_a_night_and_its_dawn_tell_one_incident() -> None:
    text = (
        "استشهد شاب برصاص قوات الاحتلال خلال اقتحامها مخيم نور شمس ليل أمس الثلاثاء/ فجر الأربعاء."
    )
    rows = columns(text, "location", "date_start", "date_end", published=datetime.date(2024, 3, 13))
    assert [(place, str(start), str(end)) for place, start, end in rows] == [
        ("مخيم نور شمس", "2024-03-12", "2024-03-13")
    ]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # a lone «و» set apart in hasty writing still joins one more dead
        ("قتل أربعة جنود و مدني في هجوم على بلدة تيسيت.", 5),
        # not the «و» glued to a figure: «و18 مسلحا» is a count of its own
        ("أعلن الجيش مقتل اثنين من جنوده و18 مسلحا في هجوم على بلدة بئر العبد.", 20),
        # a victim counted by «واحدة» is not joined again: 3 and 1
        ("قتل 3 رجال وسيدة واحدة في قصف على بلدة كفرنبل.", 4),
    ],
)
def test_a_victim_after_a_lone_conjunction_adds_one_death(text: str, toll: int) -> None:
    assert columns(text, "fatalities_best") == [(toll,)]


@pytest.mark.parametrize(
    "text",
    [
        "وبذلك ترتفع أعداد الهجمات ومحاولات الاغتيال في ريف درعا منذ مطلع العام إلى 85.",
        "بلغت حصيلة التفجيرات وعمليات الاغتيال في مدينة الباب 40 عملية.",
    ],
)
def test_a_wording_joined_to_a_tally_of_attacks_is_counted_too(text: str) -> None:
    """«أعداد الهجمات ومحاولات الاغتيال»: the assassinations are counted with the attacks."""
    assert columns(text, "location") == []


def test_a_toll_over_the_same_period_is_cumulative() -> None:
    """«خلال الفترة ذاتها»: the period named before, so a tally."""
    for text in (
        "وقتل في الفترة نفسها 35 عنصرا من قوات النظام في بلدة المزيريب.",
        "وثقت المنظمة منذ حزيران 2019 مقتل 120 مدنيا في ريف درعا، فيما وصل عدد القتلى"
        " من قوات النظام خلال الفترة ذاتها إلى 410.",
    ):
        assert columns(text, "location") == []


def test_the_counts_that_break_down_a_tally_are_part_of_it() -> None:
    """«وصل عدد القتلى إلى 480، وهم: …، إضافة إلى 220 من قوات النظام»: all one tally."""
    text = (
        "وارتفع عدد القتلى في محافظة درعا منذ مطلع العام إلى 310، وهم: 90 مدنيا بينهم"
        " 6 أطفال، إضافة إلى 150 من قوات النظام و70 من مقاتلي الفصائل."
    )
    assert columns(text, "location") == []
    told = (
        "ارتفع عدد القتلى منذ بداية الشهر إلى 50، فيما قتل اليوم 4 مدنيين في قصف على بلدة كفرنبل."
    )
    assert columns(told, "location", "fatalities_best") == [("بلدة كفرنبل", 4)]


def test_a_nationality_after_a_count_of_dead_is_their_adjective() -> None:
    """«عشرين جنديا عراقيا وثمانية مقاتلين»: 28 dead, «عراقيا» is no twenty-ninth."""
    text = (
        "قالت مصادر إن عشرين جنديا عراقيا وثمانية مقاتلين من تنظيم داعش لقوا حتفهم في"
        " الهجوم على مدينة الرمادي."
    )
    assert columns(text, "fatalities_best") == [(28,)]
    officer = "قالت مصادر إن ضابطا وثمانية مقاتلين لقوا حتفهم في الهجوم على مدينة الرمادي."
    assert columns(officer, "fatalities_best") == [(9,)]


@pytest.mark.parametrize(
    "text",
    [
        "أسفر الانفجار عن مقتل اثنين من المتسوقين في سوق بلدة السعدية.",
        "قتل ثلاثة من المارة بانفجار عبوة ناسفة في حي الكرادة.",
        "سقط 12 قتيلا في صفوف المدنيين في غارات جوية على أسواق مدينة نيالا.",
        "سقط تسعة قتلى على الأقل وسط المدنيين في قصف على مدينة الأبيض.",
    ],
)
def test_shoppers_passers_by_and_the_dead_among_civilians_are_civilians(text: str) -> None:
    assert columns(text, "actor2", "civilian_targeting") == [("civilians", True)]


@pytest.mark.parametrize(
    "text",
    [
        "أغارت مسيرة تركية على سوق بلدة الدرباسية، وخلفت قتيلين وخمسة جرحى جميعهم مدنيون.",
        "قصفت قوات النظام بلدة كفرنبل، ما أوقع سبعة قتلى كلهم من المدنيين.",
        "قصفت المدفعية حي الشيخ مقصود وأوقعت 12 قتيلا معظمهم من الأطفال.",
    ],
)
def test_a_count_told_all_or_mostly_civilians_after_it_is_of_civilians(text: str) -> None:
    """«قتيلين وخمسة جرحى جميعهم مدنيون»: the victims' side is told after the counts."""
    assert columns(text, "actor2", "civilian_targeting") == [("civilians", True)]


def test_security_forces_in_somalia_are_its_forces() -> None:
    text = "اندلع اشتباك بين قوات الأمن ومسلحين من حركة الشباب تحصنوا في فندق بمدينة مقديشو."
    assert columns(text, "sub_event_type", "actor1", "actor2") == [
        ("armed_clash", "somalia_forces", "al_shabaab")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قال مصدر محلي إن مجهولين استهدفوا الشاب أحمد قرب مخبز في بلدة الحراك.",
            [("attack", "civilians")],
        ),
        (
            "مسلحون مجهولون استهدفوا دورية للجيش في بلدة الصنمين، ما أدى لمقتل عنصرين.",
            [("armed_clash", "syrian_government_forces")],
        ),
        (
            "أفاد ناشطون بأن مسلحين استهدفوا سيارة عسكرية على طريق بلدة الصنمين.",
            [("armed_clash", None)],
        ),
    ],
)
def test_gunmen_told_before_a_bare_aiming_verb_aim_no_shells(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """«إن مجهولين استهدفوا الشاب»: gunmen shoot; a bare «استهدف» is no shelling then."""
    assert columns(text, "sub_event_type", "actor2") == expected


def test_one_gone_missing_is_no_death() -> None:
    """«فُقد شاب» is a man gone missing: no life lost is told."""
    assert columns("فقد شاب في بلدة موحسن منذ أسبوع.", "fatalities_best") in ([], [(None,)])


def test_gunmen_hit_by_a_strike_still_make_it_a_strike() -> None:
    text = "قتل 3 مسلحين استهدفتهم غارة جوية في بلدة الصنمين."
    assert columns(text, "sub_event_type") == [("air_drone_strike",)]


def test_the_dead_among_a_force_are_not_civilians() -> None:
    text = "قتل 12 عنصرا في صفوف قوات النظام في قصف على بلدة كفرنبل."
    assert columns(text, "actor2") == [("syrian_government_forces",)]


@pytest.mark.parametrize(
    "text",
    [
        "وفي بيجي قالت الشرطة إن قنبلة مزروعة على الطريق قرب منزل موظف قتلت زوجته.",
        "قتل شرطي عندما انفجرت قنبلة لاصقة وضعت تحت سيارته في حي المنصور.",
    ],
)
def test_a_bomb_planted_or_stuck_is_an_ied(text: str) -> None:
    assert columns(text, "sub_event_type") == [("remote_explosive_landmine_ied",)]


def test_a_news_agency_named_after_a_town_is_no_site() -> None:
    """«وكالة أنباء "غاروي"»: an outlet, not the town of Garowe."""
    text = (
        "انفجرت عبوة ناسفة في سوق بلدة أفجوي. ونقلت وكالة أنباء “غاروي” عن مصادر أن"
        " سبعة أشخاص قتلوا في الانفجار."
    )
    assert [row[0] for row in columns(text, "location")] == ["بلدة أفجوي"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "فجر انتحاري نفسه عند مدخل قاعدة تدريب للجيش الصومالي في حي ودجر بمقديشو.",
            (None, "somalia_forces"),
        ),
        (
            "قصفت الطائرات الأمريكية قاعدة لتنظيم القاعدة في مديرية مودية.",
            ("us_forces", "aqap"),
        ),
    ],
)
def test_the_side_whose_base_is_struck_is_acted_upon(
    text: str, expected: tuple[str | None, str]
) -> None:
    assert columns(text, "actor1", "actor2") == [expected]


def test_a_leads_toll_goes_to_the_narrower_blast_past_the_bombers_own_death() -> None:
    """The bomber's «فجر نفسه» is no toll of its own that keeps the lead's 15 away."""
    text = (
        "قالت وسائل إعلام محلية إن تفجيرا انتحاريا في العاصمة مقديشو أسفر عن مقتل 15 شخصا"
        " على الأقل. وقالت الوكالة إن انتحاريا فجر نفسه عند مدخل مركز تدريب في مديرية"
        " ودجر غربي مقديشو."
    )
    assert columns(text, "location", "fatalities_best", "fatalities_qualifier") == [
        ("مديرية ودجر", 15, "at_least")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("هاجم مسلحون دورية للجيش قرب قضاء الطارمية شمالي بغداد.", "iraqi_forces"),
        ("هاجم مسلحو حركة الشباب مواقع الجيش في مدينة بلدوين.", "somalia_forces"),
    ],
    ids=["iraq", "somalia"],
)
def test_the_bare_army_is_the_army_of_the_reports_country(text: str, expected: str) -> None:
    assert columns(text, "actor2") == [(expected,)]


def test_an_arrest_told_apart_from_a_bare_attack_at_the_same_place_is_its_own_event() -> None:
    """Another sentence, or another side: «هاجم مسلحون …» then «نفذت الداخلية … واعتقلت …»."""
    text = (
        "هاجم مسلحون مجهولون مزارعين في منطقة القصير وقتلوا اثنين منهم. ونفذت قوات الأمن"
        " العام عملية أمنية في القصير واعتقلت عددا من المطلوبين."
    )
    assert columns(text, "sub_event_type") == [("attack",), ("arrests",)]
    raid = "هاجمت قوة أمنية منزل مطلوب في بلدة طفس واعتقلته."
    assert columns(raid, "sub_event_type") == [("arrests",)]


def test_a_place_not_far_from_the_site_is_no_site_when_the_clause_names_the_site() -> None:
    """«ليس بعيدا عن منطقة X تعرضت مزرعة بمنطقة Y»: the strike is at Y; alone, near X."""
    text = (
        "ليس بعيدا عن منطقة صلاح الدين تعرضت مزرعة بمنطقة عين زارة لغارة جوية أسفرت عن إصابة طفل."
    )
    assert [row[0] for row in columns(text, "location")] == ["منطقة عين زارة"]
    alone = "سقطت قذيفة على منزل ليس بعيدا عن بلدة الكسوة."
    assert [row[0] for row in columns(alone, "location")] == ["بلدة الكسوة"]


@pytest.mark.parametrize(
    "text",
    [
        "سيطر المسلحون على مقر الحكومة وعلى عدة احياء حتى باتوا يتقاسمون السيطرة على المدينة.",
        "ألحقت الغارة أضرارا مادية بمزرعة العائلة.",
        "هاجم الجيش معسكر لجماعة بوكو حرام.",
    ],
)
def test_a_particle_or_an_owner_after_a_head_is_no_place_name(text: str) -> None:
    assert cp.find_places(text) == []


def test_a_place_away_from_the_clashes_is_no_clash() -> None:
    text = (
        "سقطت صواريخ غراد على منازل المواطنين في منطقة عرادة، وهي من أكثر المناطق البعيدة"
        " عن الاشتباكات في العاصمة."
    )
    assert columns(text, "sub_event_type") == [("shelling_artillery_missile_attack",)]


def test_a_correspondents_seat_after_min_is_no_site() -> None:
    """«أفاد مراسل "العربي" من بلدة رميش بأن …»: where the reporter is, not what was shelled."""
    text = 'أفاد مراسل "العربي" من بلدة رميش بأن المدفعية الإسرائيلية استهدفت بلدة يارون.'
    assert columns(text, "location") == [("بلدة يارون",)]


def test_the_civilians_killed_are_acted_upon_not_the_side_a_strike_aims_at() -> None:
    text = (
        "قصفت طائرات تركية قرية شيلادزي في محافظة دهوك بهدف القضاء على مسلحي حزب العمال"
        " الكردستاني، ما أدى إلى مقتل مدنيين اثنين."
    )
    assert columns(text, "actor2", "civilian_targeting") == [("civilians", True)]
    aimed = "قصفت طائرات تركية مواقع في جبال قنديل بهدف القضاء على مسلحي حزب العمال الكردستاني."
    assert columns(aimed, "actor2") == [("pkk",)]


def test_a_placeless_retelling_of_the_strike_gives_its_dead() -> None:
    """The same shelling by the same side, told again with its dead and no place."""
    text = (
        "الحديدة.. مجزرة جديدة للحوثيين في التحيتا\n"
        "في مجزرة جديدة لميليشيا الحوثي بحق الأبرياء في الحديدة، أصيب عشرة مدنيين بقذائف"
        " أطلقها الحوثيون اليوم على مساكن المدنيين بمديرية التحيتا.\n"
        "وقال مصدر محلي إن قصفا حوثيا شن بـ 11 قذيفة هاون، أسفر عن مقتل ثلاثة مدنيين.\n"
    )
    rows = columns(text, "location", "sub_event_type", "fatalities_best")
    assert ("التحيتا", "shelling_artillery_missile_attack", 3) in rows


def test_the_day_of_a_saying_past_an_aside_gives_way_to_the_day_of_the_incident() -> None:
    """«وقال بيان للحشد (قوات شيعية)، اليوم (الإثنين 19 فبراير): "في مساء أمس الأحد …"»."""
    text = (
        "قتل 27 من مسلحي الحشد الشعبي بكمين لتنظيم داعش في محافظة كركوك. وقال بيان للحشد"
        ' (قوات شيعية موالية للحكومة)، اليوم (الإثنين 19 فبراير): "في مساء يوم أمس الأحد'
        ' وقعت قوة خاصة من الحشد في كمين غادر".'
    )
    published = datetime.date(2018, 2, 19)
    assert columns(text, "date_start", published=published) == [("2018-02-18",)]


def test_reconnaissance_aircraft_flying_three_words_off_make_no_strike() -> None:
    """«تحلق طائرات الاستطلاع والمسيرة …»: the flight verb three words before the drone."""
    flown = "تحلق طائرات الاستطلاع والمسيرة الإسرائيلية بكثافة فوق بلدتي البازورية وقدموس."
    assert columns(flown, "location") == []
    struck = "شنت طائرات حربية حلقت في سماء المدينة غارات على حي الشجاعية."
    assert columns(struck, "location") == [("حي الشجاعية",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where a force was heading after it took a place is not taken; an advance is fought
        (
            "سيطرت قوات الدعم السريع على مدينة بارا واتجهت نحو منطقة كازقيل.",
            [("مدينة بارا", "non_state_actor_overtakes_territory")],
        ),
        (
            "استعاد الجيش السيطرة على بلدة كفرنبودة واتجهت نحو قرية الهبيط.",
            [("بلدة كفرنبودة", "government_regains_territory")],
        ),
        (
            "تقدمت قوات النظام نحو قرية الهبيط واشتبكت مع الفصائل.",
            [("قرية الهبيط", "armed_clash")],
        ),
        # where a convoy was heading, in the masculine, is no site; a road's end names the road
        (
            "انفجرت عبوة ناسفة بشاحنة في منطقة أودغلي كانت متجه نحو مدينة مركا.",
            [("منطقة أودغلي", "remote_explosive_landmine_ied")],
        ),
        (
            "استهدفت غارة رتلا للحركة في بلدة جلب المتجه إلى العاصمة مقديشو.",
            [("بلدة جلب", "air_drone_strike")],
        ),
        (
            "هاجم مسلحون حافلة على الطريق المتجه إلى مدينة تدمر.",
            [("مدينة تدمر", "armed_clash")],
        ),
        # control of the situation or of a fire is of no place
        (
            "أعلن الجيش أنه تمكن من السيطرة على الوضع في مدينة كادقلي بعد هجوم الحركة.",
            [("مدينة كادقلي", "armed_clash")],
        ),
        ("سيطرت فرق الدفاع المدني على الحريق في سوق مدينة الباب.", []),
        # aid or leaflets dropped from the air are no strike; a strike on aid is one
        ("ألقت طائرات يعتقد أنها روسية حاويات تحمل مواد غذائية على مدينة دير الزور.", []),
        ("ألقت مروحيات الجيش مساعدات إنسانية على بلدة الفوعة المحاصرة.", []),
        (
            "قالت مصادر إن طائرات يعتقد أنها روسية ترافقها مقاتلات، ألقت حاويات تحمل مواد"
            " غذائية على أطراف مدينة دير الزور.",
            [],
        ),
        (
            "ألقت طائرات النظام منشورات على بلدة كفرنبل، ثم شنت غارات عليها.",
            [("بلدة كفرنبل", "air_drone_strike")],
        ),
        (
            "قصفت طائرات حربية مستودع مساعدات في بلدة سراقب.",
            [("بلدة سراقب", "air_drone_strike")],
        ),
    ],
)
def test_no_taking_or_strike_where_the_words_tell_none(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert columns(text, "location", "sub_event_type") == expected


def test_fire_opened_with_its_weapons_before_the_target_is_a_clash_at_the_narrower_place() -> None:
    text = (
        "لقي جنديان مصرعهما يوم الثلاثاء جراء هجوم شنه تنظيم داعش في محافظة الأنبار.\n"
        "وقال مصدر أمني إن عناصر داعش فتحت النار من أسلحة رشاشة على نقطة لقوات الجيش في ناحية"
        " كبيسة التابعة لقضاء هيت بمحافظة الأنبار."
    )
    assert columns(text, "location", "sub_event_type", "actor1", "fatalities_best") == [
        ("ناحية كبيسة", "armed_clash", "islamic_state", 2)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وعلى مدى أكثر من عام، زادت وتيرة هجمات مسلحي داعش في المنطقة بين كركوك وديالى.",
        "وخلال نحو شهر تصاعدت وتيرة الهجمات على مواقع الجيش في محافظة صلاح الدين.",
    ],
)
def test_how_often_attacks_came_over_one_year_or_month_is_no_event(text: str) -> None:
    assert columns(text, "location") == []


def test_a_year_after_since_and_a_word_of_its_part_is_no_span() -> None:
    text = "ويعيش البلد حربا منذ أواخر عام 2016، حين سيطرت الجماعة المسلحة على مدينة الحديدة."
    assert [(place, day[:4]) for place, day in columns(text, "location", "date_start")] == [
        ("مدينة الحديدة", "2016")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "قتل 4 أشخاص في منطقة ورشفانة جراء اشتباكات مع المجموعات المسلحة التي تسيطر على "
        "العاصمة طرابلس",
        "قتل 4 أشخاص في منطقة ورشفانة في اشتباكات مع الكتائب المسيطرة على مدينة الزاوية",
    ],
)
def test_a_place_a_side_is_told_to_hold_is_no_site(text: str) -> None:
    assert columns(text, "location") == [("منطقة ورشفانة",)]


@pytest.mark.parametrize(
    "text",
    [
        "اغتال مسلحون مجهولون شاب مدني في بلدة الشجرة",
        "اغتال مسلحون مجهولون فجر اليوم الأربعاء 26 أكتوبر/تشرين الأول، شابا مدنيا في بلدة الشجرة",
    ],
    ids=["object-not-in-the-accusative", "past-a-long-date"],
)
def test_one_victim_after_the_attackers_is_one_death(text: str) -> None:
    assert columns(text, "location", "sub_event_type", "fatalities_best") == [
        ("بلدة الشجرة", "attack", 1)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "قتل شخص في غارة إسرائيلية على بلدة البازورية. وقال مصدر أمني لمراسل الوكالة في"
        " بيروت، إن الغارة استهدفت محيط مركز للدفاع المدني.",
        "قتل شخص في غارة إسرائيلية على بلدة البازورية. محافظ صيدا، أحمد علي، قال في بيان"
        " إن الغارة استهدفت محيط مركز للدفاع المدني.",
    ],
    ids=["a-correspondents-seat", "an-officials-seat-before-his-verb"],
)
def test_the_seat_of_who_tells_is_no_site(text: str) -> None:
    assert columns(text, "location") == [("بلدة البازورية",)]


def test_a_victim_and_his_force_before_the_verb_of_dying_is_one_death() -> None:
    text = "وقال إن مجندا من الجيش المصري قتل في تفجير في مدينة العريش"
    assert columns(text, "actor1", "actor2", "fatalities_best") == [(None, "egypt_forces", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قتل شخصان في بلدة قبتان الجبل وشخص في بلدة كفر ناصح",
            [("بلدة قبتان الجبل", 2), ("بلدة كفر ناصح", 1)],
        ),
        ("قتل 3 مدنيين في بلدة كفرنبل وطفل في بلدة حاس", [("بلدة كفرنبل", 3), ("بلدة حاس", 1)]),
        ("قتل 3 مدنيين في بلدة كفرنبل وامرأة في بلدة حاس", [("بلدة كفرنبل", 3), ("بلدة حاس", 1)]),
        (
            "واستشهد مدني وأصيب عشرات بجراح بينهم امرأة وطفل في بلدة اللطامنة",
            [("بلدة اللطامنة", 1)],
        ),
    ],
    ids=["after-a-dual", "after-a-count", "a-noun-with-alif", "not-a-sub-count-of-the-wounded"],
)
def test_an_item_of_one_in_a_list_of_tolls_by_place_is_one_death_there(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert columns(text, "location", "fatalities_best") == expected


def test_strikes_a_party_accuses_another_of_are_events_of_the_accused() -> None:
    text = "واتهمت الحركة سلاح الجو السوداني بقصف منطقتي البرام والتيس"
    assert columns(text, "location", "sub_event_type", "actor1") == [
        ("البرام", "air_drone_strike", "saf"),
        ("التيس", "air_drone_strike", "saf"),
    ]


@pytest.mark.parametrize(
    "text",
    ["وأدانت الحكومة قصف الحوثيين لمدينة تعز", "ونفت الحركة قصف منطقة البرام"],
    ids=["condemned", "denied"],
)
def test_a_strike_condemned_or_denied_is_no_event(text: str) -> None:
    assert columns(text, "location") == []


@pytest.mark.parametrize(
    "text",
    [
        "ساد هدوء حذر ليلا، إلا أن المدفعية قصفت بلدة كنصفرة",
        "ووسط ترقب حذر، قصفت المدفعية بلدة كنصفرة",
    ],
    ids=["calm", "waiting"],
)
def test_a_cautious_calm_is_no_warning(text: str) -> None:
    # «حذر» qualifies the calm; it is not «warned», and the shelling stays an event
    assert columns(text, "location") == [("بلدة كنصفرة",)]


def test_a_warning_after_a_cautious_calm_is_still_a_statement() -> None:
    text = "ساد هدوء حذر، وحذر المجلس من قصف بلدة كنصفرة"
    assert columns(text, "location") == []


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت الشرطة مقتل ضابط جيش سابق مع زوجته في منزلهما في حي الراشدية",
        "أعلنت الشرطة مقتل ضابط جيش سابق وزوجته في منزلهما في حي الراشدية",
    ],
    ids=["with", "and"],
)
def test_a_kinsman_named_with_a_pronoun_is_one_more_civilian_death(text: str) -> None:
    assert columns(text, "sub_event_type", "actor2", "fatalities_best") == [
        ("attack", "civilians", 2)
    ]


def test_no_kinsman_after_with_is_no_death() -> None:
    text = "مقتل مسلح في اشتباك مع شرطي في الموصل"
    assert columns(text, "fatalities_best") == [(1,)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the settler the owner of the house is charged with killing is no victim of the raid
        (
            "اقتحمت قوات الاحتلال مخيم عقبة جبر وفجرت منزلا يتهم صاحبه بقتل مستوطن في عملية إطلاق"
            " نار.",
            ("israeli_forces", None, None),
        ),
        # the count a man is charged with is no toll of his arrest
        (
            "اعتقلت الشرطة في بلدة الصنمين شابا متهما بقتل 3 أشخاص.",
            (None, None, None),
        ),
        # the executed man is the toll, not the men he was charged with killing
        (
            "أعدم التنظيم رجلا في بلدة الميادين بتهمة قتل عنصرين من عناصره.",
            ("islamic_state", "civilians", 1),
        ),
    ],
)
def test_a_killing_someone_is_charged_with_is_no_toll(
    text: str, expected: tuple[object, object, object]
) -> None:
    (row,) = cp.parse_report(text, published=PUBLISHED).to_rows()
    assert (row["actor1"], row["actor2"], row["fatalities_best"]) == expected


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            "شنت حركة الشباب هجوما على بلدة عيل بور في إقليم غلغدود، القريب من العاصمة مقديشو، "
            "ما أدى إلى مقتل 5 جنود.",
            "بلدة عيل بور",
        ),
        (
            "قتل 4 مدنيين في قصف على بلدة قصر بن غشير، غير بعيد عن العاصمة الليبية طرابلس.",
            "بلدة قصر بن غشير",
        ),
    ],
)
def test_a_capital_named_by_its_title_after_a_locator_only_locates(
    text: str, location: str
) -> None:
    assert columns(text, "location") == [(location,)]


def test_a_capital_named_near_an_unnamed_site_is_the_site() -> None:
    text = "قتل 3 جنود في هجوم على حاجز قرب العاصمة مقديشو."
    assert columns(text, "location") == [("مقديشو",)]


def test_the_desert_around_a_town_is_a_site_not_a_region_that_frames() -> None:
    text = (
        "دارت اشتباكات بين قوات النظام وتنظيم داعش في بادية القورية. "
        "وقتل 3 عناصر من الدفاع الوطني في كمين لداعش في منطقة الكبيرة."
    )
    assert columns(text, "location") == [("بادية القورية",), ("منطقة الكبيرة",)]
