"""The wording that types an event: the weapon's carrier, the seizure's object, a blow's figure.

Sentences written for this file, in the shapes of real reports with other names and figures.
"""

from __future__ import annotations

import pytest

from tests.test_events_breadth import columns


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a drone laden with explosives is a drone strike, not a planted bomb
        (
            "استهدف هجوم بطائرة مسيرة مفخخة معسكرا للجيش في بلدة الزبداني.",
            ("air_drone_strike",),
        ),
        ("انفجرت طائرة مفخخة في مقر للشرطة في بلدة الزبداني.", ("air_drone_strike",)),
        ("أطلق المسلحون مسيرتين مفخختين على بلدة الزبداني.", ("air_drone_strike",)),
        # a car bomb stays a bomb
        ("قتل جنديان بتفجير سيارة مفخخة في بلدة الزبداني.", ("remote_explosive_landmine_ied",)),
        # two suicide belts are a suicide bombing, as one is
        ("قتل 9 أشخاص في تفجيرين بحزامين ناسفين في بلدة الزبداني.", ("suicide_bomb",)),
        ("فجر مهاجم الحزام الناسف في سوق بلدة الزبداني.", ("suicide_bomb",)),
        # the belt by its pronoun, and the fighter who plunges in
        ("فجر المهاجم حزامه الناسف في سوق بلدة الزبداني.", ("suicide_bomb",)),
        ("هاجم انغماسيون من التنظيم حاجزا في بلدة الزبداني.", ("suicide_bomb",)),
    ],
)
def test_the_carrier_of_a_charge_types_the_event(text: str, expected: tuple[str]) -> None:
    assert columns(text, "sub_event_type") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # control told whole is a seizure
        (
            "تمكنت قوات الدعم السريع من السيطرة الكاملة على مدينة المزروب بعد معارك.",
            ("battles", "non_state_actor_overtakes_territory"),
        ),
        # a town seized is territory, not goods taken; with no fight, a transfer
        (
            "وكانت قوات الدعم السريع قد استولت على مدينة المزروب في وقت سابق.",
            ("battles", "non_state_actor_overtakes_territory"),
        ),
        (
            "وكانت قوات الدعم السريع قد استولت على مدينة المزروب دون قتال.",
            ("strategic_developments", "non_violent_transfer_of_territory"),
        ),
        # goods seized stay looting
        (
            "استولت قوات الدعم السريع على سيارات المواطنين في مدينة المزروب.",
            ("strategic_developments", "looting_property_destruction"),
        ),
    ],
)
def test_a_place_seized_is_territory_and_goods_seized_are_loot(
    text: str, expected: tuple[str, str]
) -> None:
    assert columns(text, "event_type", "sub_event_type") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "قتل ضابط في الشرطة، في واحدة من أكثر الضربات القاسية التي تتلقاها القيادة في البلدة.",
        "وجه الجيش ضربة موجعة لخلايا التنظيم في بلدة الزبداني.",
    ],
)
def test_a_blow_in_a_figure_of_speech_strikes_nothing(text: str) -> None:
    assert "air_drone_strike" not in [row[0] for row in columns(text, "sub_event_type")]


def test_a_real_strike_is_still_one() -> None:
    text = "نفذت طائرة مسيرة ضربة على منزل في بلدة الزبداني."
    assert columns(text, "sub_event_type") == [("air_drone_strike",)]


@pytest.mark.parametrize(
    "text",
    [
        "لقي جنرال حتفه إثر انفجار لغم أرضي في منطقة المزروب.",
        "أعلنت الوزارة مقتل فلسطينية برصاص قوات الاحتلال في بلدة يعبد.",
    ],
)
def test_a_general_and_a_woman_by_her_nationality_count_one_death(text: str) -> None:
    assert columns(text, "fatalities_best") == [(1,)]


@pytest.mark.parametrize(
    "text",
    [
        # a tally over the day raised by the death told is no toll of it
        "استشهد شاب برصاص قوات الاحتلال في مخيم بلاطة، ما رفع عدد الشهداء في المخيم منذ"
        " الصباح إلى 9.",
        "استشهد شاب برصاص قوات الاحتلال في مخيم بلاطة، ليرتفع عدد شهداء المحافظة خلال 24"
        " ساعة إلى 9.",
    ],
)
def test_a_tally_of_the_day_or_the_governorate_is_no_toll_of_the_incident(text: str) -> None:
    assert columns(text, "location", "fatalities_best") == [("مخيم بلاطة", 1)]


def test_the_fawwar_camp_is_named_without_its_head() -> None:
    text = "اقتحمت قوات الاحتلال الفوار في الخليل واعتقلت شابين."
    assert columns(text, "location") == [("الفوار",)]


def test_a_strike_hedged_to_a_nationality_is_that_countrys() -> None:
    text = "قتل ثلاثة مدنيين بقصف جوي يرجح أنه روسي على بلدة صوران."
    assert columns(text, "actor1", "actor2") == [("russia_forces", "civilians")]
    text = "أصيب طفل بغارة يعتقد أنها إسرائيلية على بلدة شبعا."
    assert columns(text, "actor1") == [("israeli_forces",)]


def test_a_count_of_places_by_their_heads_is_no_place() -> None:
    text = "قتل مدنيان بقصف جوي على قرية وبلدتين في ريف حماة، وقتل طفل في بلدة عقيربات."
    assert ("قرية وبلدتين",) not in columns(text, "location")


@pytest.mark.parametrize(
    "text",
    [
        # what a place suffers again and again, in the imperfect, is a habit
        "وتتعرض قرى ناحية الحمراء لقصف جوي متكرر من طيران النظام.",
        "ويتعرض حي الزهور لقصف مدفعي مستمر من مواقع الميليشيا.",
        # ground sown with mines is a hazard, no blast
        "فر الأهالي عبر طرق مزروعة بالألغام قرب قرية الحمراء.",
        # what a side always does
        "وتنشط خلايا التنظيم التي دائما ما تنفذ هجمات مباغتة في بادية الحمراء.",
    ],
)
def test_a_habit_or_a_hazard_is_no_event(text: str) -> None:
    assert columns(text, "location") == []


def test_a_place_that_suffered_a_repeated_strike_once_is_an_event() -> None:
    text = "تعرضت قرية الحمراء لقصف جوي متكرر أدى لمقتل طفلين."
    assert columns(text, "location", "fatalities_best") == [("قرية الحمراء", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "وشهدت مدينة المكلا، خلال العام الحالي، العديد من الهجمات التي تبناها التنظيم.",
        "ونفذ التنظيم منذ مطلع العام الجاري عشرات الهجمات على حواجز الجيش في بلدة الشحيل.",
    ],
)
def test_attacks_over_a_whole_year_are_a_tally_no_event(text: str) -> None:
    assert columns(text, "location") == []


def test_a_strike_told_in_the_past_year_with_no_count_is_a_background_event() -> None:
    text = "وخلال العام الماضي، قصف الطيران التركي مقرات لقوات حماية سنجار في قضاء سنجار."
    assert columns(text, "location") == [("قضاء سنجار",)]


def test_a_habit_told_of_the_doer_after_the_wording_leaves_the_incident() -> None:
    text = (
        "قتل جنديان في هجوم لخلايا التنظيم التي غالبا ما تستهدف الحواجز، على حاجز في قرية الشولا."
    )
    assert columns(text, "location", "fatalities_best") == [("قرية الشولا", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "واستهدفت مدفعية الاحتلال المناطق الشمالية من مخيم النصيرات.",
        "قصفت مدفعية الجيش مواقع المسلحين في بلدة الزبداني.",
    ],
)
def test_artillery_in_the_construct_state_is_shelling(text: str) -> None:
    # «مدفعية الاحتلال»: the artillery of a side, with no article on «مدفعية»
    assert columns(text, "sub_event_type") == [("shelling_artillery_missile_attack",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shells told with «ب» after a clash, or joined to its arms, are what it was fought with
        (
            "اندلعت صباح اليوم مواجهات عنيفة بالأسلحة الثقيلة والمدفعية بين الطرفين في مدينة"
            " الجنينة.",
            [("armed_clash",)],
        ),
        ("دارت اشتباكات عنيفة بقذائف الهاون في حي الجبل بمدينة الجنينة.", [("armed_clash",)]),
        # told apart by a comma, the shelling is its own incident
        (
            "اندلعت اشتباكات عنيفة في حي الجبل، بالتزامن مع قصف بالمدفعية على حي الزهور.",
            [("armed_clash",), ("shelling_artillery_missile_attack",)],
        ),
    ],
)
def test_shells_a_clash_is_fought_with_are_its_arms(text: str, expected: list[tuple[str]]) -> None:
    assert columns(text, "sub_event_type") == expected


@pytest.mark.parametrize(
    "text",
    [
        "أصيب ثلاثة جنود جراء انفجار طائرتين مسيرتين في محيط بلدة الزبداني.",
        "استهدفت طائرتان مسيرتان موقعا للجيش في بلدة الزبداني.",
    ],
)
def test_two_drones_strike_from_the_air(text: str) -> None:
    assert columns(text, "sub_event_type") == [("air_drone_strike",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the flight beside the shells gives the strike no kind of its own
        (
            "واستهدفت قوات النظام بقذائف كراسنبول الموجهة منزلا في بلدة كنصفرة، بالتزامن مع"
            " تحليق طيران الاستطلاع في أجواء المنطقة.",
            [("shelling_artillery_missile_attack",)],
        ),
        # air strikes told beside it stay air strikes
        (
            "شنت الطائرات الحربية غارات على بلدة كنصفرة بالتزامن مع تحليق طيران الاستطلاع.",
            [("air_drone_strike",)],
        ),
    ],
)
def test_aircraft_seen_flying_give_no_kind_beside_a_strike(
    text: str, expected: list[tuple[str]]
) -> None:
    assert columns(text, "sub_event_type") == expected
