"""The kind of an attack from the wording of its weapon and its doer.

A raid by special or airborne forces is a clash on the ground, though it is told with the
word of an air raid; a jet named by its army, type or nationality strikes from the air.
Sentences written for this file.
"""

from __future__ import annotations

import pytest

import conflictparse as cp


def _kind(text: str) -> tuple[object, object]:
    (row,) = cp.parse_report(text).to_rows()
    return row["sub_event_type"], row["actor1"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قتل قيادي في تنظيم داعش بغارة شنتها قوات أمريكية خاصة على منزله في بلدة أطمة.",
            ("armed_clash", "us_forces"),
        ),
        (
            "قتل 4 مسلحين في غارة لقوات أمريكية خاصة على مزرعة قرب بلدة أطمة.",
            ("armed_clash", "us_forces"),
        ),
        ("نفذت قوات خاصة غارة ليلية على منزل في بلدة سرمدا.", ("armed_clash", None)),
        # the forces are the target, or no force is named: an air strike still
        (
            "شنت طائرات التحالف الدولي غارة على مواقع القوات الخاصة في بلدة سرمدا.",
            ("air_drone_strike", "international_coalition"),
        ),
        ("قتل 3 مدنيين في غارة على بلدة سرمدا.", ("air_drone_strike", None)),
    ],
)
def test_a_raid_by_ground_forces_is_a_clash(text: str, expected: tuple[str, str | None]) -> None:
    assert _kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("استهدفت مقاتلة تابعة للجيش السوداني سوقا في مدينة الضعين.", ("air_drone_strike", "saf")),
        ("قصفت مقاتلات روسية أطراف بلدة كفرنبل.", ("air_drone_strike", "russia_forces")),
        # a jet of no named side over Lebanon: the one side that strikes from the air there
        ("أغارت مقاتلة من طراز إف 16 على بلدة الخيام.", ("air_drone_strike", "israeli_forces")),
    ],
)
def test_a_jet_named_by_its_army_type_or_country_strikes_from_the_air(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert _kind(text) == expected


def test_a_woman_fighter_is_no_jet() -> None:
    text = "قتلت مقاتلة من وحدات حماية المرأة في اشتباك مع داعش قرب بلدة الشدادي."
    assert _kind(text) == ("armed_clash", "ypj")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attempt to infiltrate or advance, foiled or repelled, is fighting
        (
            "أحبطت الفرقة محاولة تسلل لقوات الدعم السريع إلى مدينة بابنوسة، وقتلت 6 منهم.",
            ("armed_clash", "rsf"),
        ),
        (
            "أحبط الجيش العراقي محاولة تسلل لعناصر داعش في قضاء الطارمية.",
            ("armed_clash", "islamic_state"),
        ),
        # a bombing foiled, or a device defused, is no blast
        (
            "أحبطت القوات الأمنية تفجير عبوة ناسفة في قضاء الطارمية.",
            ("disrupted_weapons_use", "iraqi_forces"),
        ),
    ],
)
def test_a_foiled_attempt_is_fighting_and_a_foiled_bombing_no_blast(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert _kind(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وشهدت أجواء مدينة بنت جبيل تحليقا كثيفا للطائرات الاستطلاعية والمسيرة والحربية.",
        "حلقت طائرات الاستطلاع والمسيرات فوق بلدة الخيام طوال الليل.",
    ],
)
def test_aircraft_joined_to_those_seen_flying_fly_too(text: str) -> None:
    assert cp.parse_report(text).to_rows() == []


def test_a_strike_told_beside_a_flight_is_still_one() -> None:
    text = "حلقت طائرات استطلاع فوق بلدة الخيام، وقصفت مسيرة منزلا في بلدة الخيام."
    assert _kind(text) == ("air_drone_strike", "israeli_forces")


@pytest.mark.parametrize(
    "text",
    [
        "نفذ انتحاري هجوما بسيارة مفخخة على حاجز في مديرية لودر.",
        "وشن انتحاري هجوما بدراجة نارية مفخخة على نقطة تفتيش في مديرية لودر.",
        "هاجم انتحاريون مقرا للشرطة في مديرية لودر.",
    ],
)
def test_a_bombers_attack_with_a_car_bomb_is_a_suicide_bomb(text: str) -> None:
    assert _kind(text)[0] == "suicide_bomb"


def test_a_motorcycle_bomb_named_whole_is_an_explosive() -> None:
    assert _kind("انفجرت دراجة نارية مفخخة في سوق مدينة الباب.")[0] == (
        "remote_explosive_landmine_ied"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # by a side's fire: a clash when its men are hit, an attack on civilians
        (
            "قتل ثلاثة حوثيين بنيران الجيش اليمني في جبهة الفاخر.",
            ("armed_clash", "yemeni_government_forces"),
        ),
        ("قتل طفل بنيران قوات الدعم السريع في مدينة الأبيض.", ("attack", "rsf")),
        # the weapon named after it tells the kind
        (
            "قتل مدنيان بنيران المدفعية التركية على قرية تل تمر.",
            ("shelling_artillery_missile_attack", "turkey_forces"),
        ),
    ],
)
def test_a_death_by_a_sides_fire_is_an_incident_of_its_kind(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert _kind(text) == expected


def test_a_reconnaissance_drone_named_by_its_country_strikes_for_it() -> None:
    text = "أطلقت طائرة استطلاع إسرائيلية صاروخا على مجموعة من الشبان شرق حي الشجاعية."
    assert _kind(text) == ("air_drone_strike", "israeli_forces")


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "استشهد 3 مواطنين إثر قصف من الدبابات الإسرائيلية على منزل في مخيم البريج",
            "shelling_artillery_missile_attack",
        ),
        ("أصيب طفل بقذيفة من دبابة إسرائيلية في بيت حانون", "shelling_artillery_missile_attack"),
        (
            "انفجرت سيارة مفخخة قرب قاعدة للجيش في مقديشو بعد أن فجر سائقها القنبلة",
            "suicide_bomb",
        ),
    ],
    ids=["tanks-after-min", "a-tank-shell", "the-driver-blew-it-up"],
)
def test_tank_fire_is_shelling_and_a_driver_blowing_up_his_car_a_suicide_bomb(
    text: str, sub_type: str
) -> None:
    (row,) = cp.parse_report(text).to_rows()
    assert row["sub_event_type"] == sub_type


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("أسقطت طائرة أنتونوف 15 قنبلة على قرية النقرة", "air_drone_strike"),
        ("أسقطت طائرة حربية 8 براميل متفجرة على بلدة كفرنبل", "air_drone_strike"),
        ("أسقطت الدفاعات الجوية طائرة مسيرة فوق بلدة كفرنبل", "disrupted_weapons_use"),
    ],
    ids=["bombs", "barrels", "a-drone-downed"],
)
def test_bombs_dropped_are_an_air_strike_and_a_drone_downed_no_strike(
    text: str, sub_type: str
) -> None:
    (row,) = cp.parse_report(text).to_rows()
    assert row["sub_event_type"] == sub_type
