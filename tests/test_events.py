"""Events as a conflict-data coder codes them: one incident, one place, one day, roles, codes.

Each rule of issue 9 (and of ../shared/corpus/EVENTS.md) has sentences of our
own here, each with the rows it must give.  None is copied from the corpus,
the conformance files or any article.
"""

from __future__ import annotations

import datetime
from typing import Any, cast

import pytest

import conflictparse as cp

PUBLISHED = datetime.date(2021, 3, 12)  # a Friday
FAMILY = {
    "suicide_bomb": "explosions_remote_violence",
    "remote_explosive_landmine_ied": "explosions_remote_violence",
    "grenade": "explosions_remote_violence",
    "air_drone_strike": "explosions_remote_violence",
    "shelling_artillery_missile_attack": "explosions_remote_violence",
    "abduction_forced_disappearance": "violence_against_civilians",
    "attack": "violence_against_civilians",
    "peaceful_protest": "protests",
    "protest_with_intervention": "protests",
    "arrests": "strategic_developments",
    "looting_property_destruction": "strategic_developments",
    "disrupted_weapons_use": "strategic_developments",
    "agreement": "strategic_developments",
}


def rows(text: str, published: datetime.date | None = PUBLISHED) -> list[dict[str, Any]]:
    return cp.parse_report(text, published=published).to_rows()


def events(text: str, published: datetime.date | None = PUBLISHED) -> list[cp.Event]:
    return list(cp.parse_report(text, published=published).events)


def picked(row: dict[str, Any], *keys: str) -> tuple[Any, ...]:
    return tuple(row[key] for key in keys)


# --- incidents, not passages ---------------------------------------------------------


def test_each_town_of_a_pair_is_an_event_and_the_shared_toll_goes_to_the_first() -> None:
    found = rows("قتل 6 مدنيين في قصف مدفعي لقوات النظام على بلدتي كنصفرة والبارة.")
    assert [picked(row, "location", "fatalities_best") for row in found] == [
        ("كنصفرة", 6),
        ("البارة", None),
    ]
    assert {row["sub_event_type"] for row in found} == {"shelling_artillery_missile_attack"}
    assert {row["actor1"] for row in found} == {"syrian_government_forces"}


def test_a_list_of_villages_gives_one_event_each() -> None:
    found = rows("شنت الطائرات الحربية غارات على قرى الفطيرة وسفوهن وفليفل صباح اليوم.")
    assert [row["location"] for row in found] == ["الفطيرة", "سفوهن", "فليفل"]
    assert {row["sub_event_type"] for row in found} == {"air_drone_strike"}


def test_one_place_on_two_days_is_two_events() -> None:
    text = (
        "قصفت قوات النظام بلدة كفرنبل يوم الاثنين 8 آذار 2021. "
        "وعادت قوات النظام وقصفت بلدة كفرنبل يوم الأربعاء 10 آذار 2021."
    )
    found = rows(text)
    assert [picked(row, "location", "date_start") for row in found] == [
        ("بلدة كفرنبل", "2021-03-08"),
        ("بلدة كفرنبل", "2021-03-10"),
    ]


def test_an_air_strike_and_a_ground_clash_at_one_place_are_two_events() -> None:
    text = (
        "دارت اشتباكات عنيفة بين قوات النظام وهيئة تحرير الشام في بلدة كفرنبل، "
        "وشنت الطائرات الحربية الروسية غارات على بلدة كفرنبل."
    )
    found = rows(text)
    assert sorted(picked(row, "location", "event_type") for row in found) == [
        ("بلدة كفرنبل", "battles"),
        ("بلدة كفرنبل", "explosions_remote_violence"),
    ]


def test_a_headline_and_its_body_are_one_event() -> None:
    text = (
        "مقتل 7 مدنيين بغارات على بلدة حاس\n"
        "قتل 7 مدنيين بينهم طفلان في غارات جوية استهدفت بلدة حاس بريف إدلب الجنوبي أمس."
    )
    found = rows(text)
    assert len(found) == 1
    assert picked(found[0], "location", "fatalities_best", "date_start") == (
        "بلدة حاس",
        7,
        "2021-03-11",
    )


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("قتل 3 مدنيين في قصف على بلدة سراقب بريف إدلب الشرقي.", "بلدة سراقب"),
        ("قتل شابان برصاص قناص في حي الشيخ مقصود بمدينة حلب.", "حي الشيخ مقصود"),
        ("غزة – قتل 5 فلسطينيين في غارة إسرائيلية على مخيم جباليا.", "مخيم جباليا"),
        ("قتل 4 مدنيين في قصف على مدينة الزاوية غرب العاصمة طرابلس.", "مدينة الزاوية"),
        (
            "قتل شرطي في هجوم على نقطة في أطراف قرية البو خليل في ريف ناحية جلولاء.",
            "قرية البو خليل",
        ),
    ],
    ids=["countryside", "city-after-quarter", "dateline", "locator", "in-the-countryside-of"],
)
def test_places_that_only_frame_are_no_events(text: str, location: str) -> None:
    assert [row["location"] for row in rows(text)] == [location]


def test_a_governorate_over_its_towns_is_no_event_of_its_own() -> None:
    text = (
        "تعرضت محافظة إدلب لقصف مكثف اليوم. وطال القصف بلدة سرمين، كما قصفت قوات النظام بلدة بنش."
    )
    assert [row["location"] for row in rows(text)] == ["بلدة سرمين", "بلدة بنش"]


@pytest.mark.parametrize(
    "text",
    [
        "رصدت مصادر محلية تحضيرات لقوات النظام لبدء هجوم على بلدة اللطامنة.",
        "تستعد الفصائل لعملية عسكرية محتملة في محيط بلدة كفرزيتا.",
        "أدانت الخارجية القصف الذي طال بلدة معرة مصرين.",
        "وتشهد مدينة دوما، بين الحين والآخر، عمليات استهداف تطال حواجز القوات.",
    ],
    ids=["preparations", "possible-operation", "statement", "now-and-then"],
)
def test_what_is_planned_or_said_is_no_event(text: str) -> None:
    assert rows(text) == []


def test_a_cumulative_toll_is_neither_an_event_nor_the_incident_toll() -> None:
    text = (
        "قتل 3 مدنيين في قصف على بلدة أريحا أمس، "
        "ليرتفع عدد القتلى منذ بداية الحملة العسكرية إلى 412 قتيلا."
    )
    found = rows(text)
    assert [picked(row, "location", "fatalities_best") for row in found] == [("بلدة أريحا", 3)]


@pytest.mark.parametrize(
    "text",
    [
        "قتل مدني في قصف على بلدة أريحا، وسط استمرار الحرب بينهما التي أودت بحياة 15 ألف مدني.",
        "قتل مدني في قصف على بلدة أريحا، في الحرب التي خلفت أكثر من 20 ألف قتيل منذ 2011.",
        "قتل مدني في قصف على بلدة أريحا. وخلفت الحرب عشرات آلاف القتلى.",
        "قتل مدني في قصف على بلدة أريحا، وسط حرب مستمرة منذ عامين، مما أدى إلى مقتل 18 ألف مدني.",
        "قتل مدني في قصف على بلدة أريحا، وكان عام 2013 الأكثر دموية بواقع 8 آلاف قتيل.",
    ],
)
def test_the_toll_of_the_whole_war_is_not_the_incidents(text: str) -> None:
    found = rows(text)
    assert [picked(row, "location", "fatalities_best") for row in found] == [("بلدة أريحا", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "وثق المرصد مقتل 37 مدنيا خلال الأيام الثلاثة الماضية، معظمهم في ريف حلب الغربي.",
        # spread past the wording and a remark set off by commas
        "أفادت الهيئة بمقتل 41 شخصا برصاص قوات الأمن، كحصيلة أولية، معظمهم في حمص وحماة ودرعا.",
        "قتل 23 شخصا بنيران الجيش، حسب ناشطين، موزعين على درعا وريف دمشق وحمص.",
    ],
)
def test_a_toll_spread_over_many_places_is_no_event(text: str) -> None:
    assert rows(text) == []


def test_a_background_incident_is_an_event() -> None:
    text = "وكانت بلدة تل رفعت قد شهدت معارك عنيفة بين وحدات حماية الشعب والجيش الوطني السوري."
    found = rows(text)
    assert len(found) == 1
    assert picked(found[0], "location", "event_type", "sub_event_type") == (
        "بلدة تل رفعت",
        "battles",
        "armed_clash",
    )


def test_an_incident_with_no_place_is_listed_as_unresolved() -> None:
    report = cp.parse_report("قتل 4 مدنيين في غارة جوية.", published=PUBLISHED)
    assert report.events == ()
    assert [item.reason for item in report.unresolved] == [
        "an incident with no place named: not coded as an event"
    ]


def test_the_same_area_refers_back_to_the_last_place() -> None:
    text = "قتل مدنيان في قصف على مدينة الباب، فيما دارت اشتباكات في المنطقة ذاتها."
    found = rows(text)
    assert sorted(picked(row, "location", "event_type") for row in found) == [
        ("مدينة الباب", "battles"),
        ("مدينة الباب", "explosions_remote_violence"),
    ]


def test_the_city_refers_back_past_a_city_in_a_bodys_name() -> None:
    # «وزارة الصحة بغزة» names a ministry: «في المدينة» is the town told before it
    text = (
        "ارتكب جيش الاحتلال مجزرة بحق عائلة في مدينة دير البلح. وقالت وزارة الصحة بغزة إن "
        "الحصيلة ارتفعت. وأكدت مصادر طبية أن طائرات الاحتلال قصفت منزلا في المدينة، ما أدى "
        "إلى استشهاد 4 من ساكنيه."
    )
    assert [picked(row, "location", "fatalities_best") for row in rows(text)] == [
        ("مدينة دير البلح", 4)
    ]


def test_an_unknown_site_told_again_bare_after_fi_is_the_same_site() -> None:
    # the quarter is named with its head first, then bare where its toll is told
    text = (
        "تعرض حي ود الحداد وأجزاء من ضاحية الصافية لقصف مدفعي من الدعم السريع. وقالت مصادر "
        "محلية في ود الحداد إن قذيفة سقطت على منزل ما أدى إلى مقتل 3 أشخاص."
    )
    assert [picked(row, "location", "fatalities_best") for row in rows(text)] == [
        ("حي ود الحداد", 3),
        ("ضاحية الصافية", None),
    ]


# --- roles ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "قصفت قوات النظام بلدة البارة بالمدفعية الثقيلة.",
            "syrian_government_forces",
            None,
        ),
        (
            "قتل مدني برصاص قوات الدعم السريع في مدينة الأبيض.",
            "rsf",
            "civilians",
        ),
        (
            "اختطف مدنيان على يد عناصر من تنظيم داعش في قرية الحوايج.",
            "islamic_state",
            "civilians",
        ),
        (
            "قتل 4 عناصر من الجيش السوداني في هجوم لقوات الدعم السريع على مدينة بابنوسة.",
            "rsf",
            "saf",
        ),
        (
            "اندلعت اشتباكات بين قوات سوريا الديمقراطية والجيش الوطني السوري في قرية عون الدادات.",
            "sdf",
            "syrian_national_army",
        ),
        (
            "شنت طائرات التحالف غارات على مواقع للحوثيين في مديرية حرض.",
            "saudi_coalition",
            "houthis",
        ),
        (
            "قتل 9 عناصر من قوات النظام في هجوم شنه تنظيم داعش في بادية السخنة.",
            "islamic_state",
            "syrian_government_forces",
        ),
    ],
    ids=[
        "active-verb",
        "by-fire-of",
        "at-hands-of",
        "attack-of-x-on-y",
        "between",
        "strikes-of",
        "victims-side",
    ],
)
def test_roles_are_read_from_the_syntax(text: str, actor1: str, actor2: str | None) -> None:
    (row,) = rows(text)
    assert picked(row, "actor1", "actor2") == (actor1, actor2)


def test_a_source_is_never_a_side() -> None:
    text = (
        "قال المرصد السوري لحقوق الإنسان إن 3 مدنيين قتلوا في قصف لقوات النظام على بلدة "
        "كفرعويد، وفق بيان صادر عن الدفاع المدني السوري."
    )
    (row,) = rows(text)
    assert picked(row, "actor1", "actor2") == ("syrian_government_forces", "civilians")


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        pytest.param(
            "ذكرت الشرطة العراقية أن عنصرين من الحشد الشعبي قتلا بانفجار عبوة ناسفة في قضاء بلد.",
            None,
            "pmf",
            id="who-tells-with-that",
        ),
        pytest.param(
            "أعلن جيش العزة، مساء أمس، مقتل ضابط وعدة عناصر من قوات النظام إثر استهداف تجمع لهم"
            " بصواريخ غراد في بلدة محردة.",
            "jaysh_al_izza",
            "syrian_government_forces",
            id="who-announces-the-killing-of-another-sides-men",
        ),
        pytest.param(
            "أعلنت قوات سوريا الديمقراطية مقتل 3 من عناصرها في هجوم لتنظيم داعش على قرية الحريجي.",
            "islamic_state",
            "sdf",
            id="who-announces-its-own-losses",
        ),
        pytest.param(
            "ألقى الطيران المروحي التابع لقوات النظام براميل متفجرة على بلدة كفرزيتا.",
            "syrian_government_forces",
            None,
            id="the-weapon-of-a-side-with-the-article",
        ),
        pytest.param(
            "قال التحالف العربي بقيادة السعودية إن مقاتلاته شنت غارات على مواقع للحوثيين "
            "في مديرية حرض.",
            "saudi_coalition",
            "houthis",
            id="who-tells-of-its-own-jets",
        ),
        pytest.param(
            "نعت حركة حماس اثنين من مقاتليها قضيا في غارة إسرائيلية على بلدة بيت لاهيا.",
            "israeli_forces",
            "hamas",
            id="who-mourns-lost-them",
        ),
        pytest.param(
            "نعى حزب الله اثنين من مقاتليه قضيا في غارة إسرائيلية على بلدة عيترون.",
            "israeli_forces",
            "hezbollah",
            id="who-mourns-with-its-name",
        ),
        pytest.param(
            "أفادت مصادر بأن عناصر داعش هاجموا مواقع البيشمركة في منطقة مخمور.",
            "islamic_state",
            "peshmerga",
            id="men-before-a-plural-verb",
        ),
        pytest.param(
            "هاجم عناصر داعش قرية كلوزي قرب داقوق.",
            "islamic_state",
            None,
            id="men-after-the-verb",
        ),
        pytest.param(
            "قتلت الغارة الأمريكية قياديين من حراس الدين قرب مدينة سرمدا.",
            "us_forces",
            "hurras_al_din",
            id="leaders-of-a-side",
        ),
    ],
)
def test_who_tells_or_mourns_is_no_attacker(text: str, actor1: str | None, actor2: str) -> None:
    (row,) = rows(text)
    assert picked(row, "actor1", "actor2") == (actor1, actor2)


def test_an_ally_named_in_passing_is_not_a_side() -> None:
    text = "هاجم تنظيم داعش مواقع قوات سوريا الديمقراطية المدعومة من التحالف الدولي في بلدة ذيبان."
    (row,) = rows(text)
    assert picked(row, "actor1", "actor2") == ("islamic_state", "sdf")


def test_strikes_on_listed_places_take_the_sides_named_once() -> None:
    text = (
        "شن طيران التحالف غارات على مواقع الحوثيين في محافظة صعدة. "
        "وطالت الغارات مديرية رازح ومديرية شدا."
    )
    found = rows(text)
    assert [row["location"] for row in found] == ["مديرية رازح", "مديرية شدا"]
    assert {picked(row, "actor1", "actor2") for row in found} == {("saudi_coalition", "houthis")}


# --- sub-event types and codes -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("فجر انتحاري حزاما ناسفا في سوق بلدة الباب.", "suicide_bomb"),
        ("انفجرت عبوة ناسفة بسيارة عسكرية في مدينة درعا.", "remote_explosive_landmine_ied"),
        ("ألقى مجهول قنبلة يدوية على منزل في حي الأمين بمدينة بغداد.", "grenade"),
        # fire from warships is shelling, whatever the side's usual kind of strike
        (
            "قصفت البوارج الحربية الإسرائيلية المناطق الغربية من مدينة دير البلح.",
            "shelling_artillery_missile_attack",
        ),
        # a bomb thrown by hand, with no «يدوية»
        ("ألقى مجهولون قنبلة على منزل في حي الأمين بمدينة بغداد فأصابوا طفلين.", "grenade"),
        ("أصيب شرطي بجروح بعد إلقاء قنبلة على دورية في مدينة الموصل.", "grenade"),
        ("وقال الأهالي إن القنبلة ألقاها مسلحون على محل في مدينة الباب.", "grenade"),
        # the strike told by a verbal noun with a pronoun, of the side's usual kind
        (
            "وعثر المسعفون على ثلاث جثث تحت ركام بيت في بلدة عبسان إثر قصفه من قبل "
            "جيش الاحتلال فجرا.",
            "air_drone_strike",
        ),
        # a bomb dropped from an aircraft is an air strike
        ("وشهدت بلدة كفركلا إلقاء قنبلة من طائرة مسيرة على سيارة متوقفة.", "air_drone_strike"),
        ("ألقت قوات الاحتلال قنبلة من مسيرة على خيمة في بلدة عبسان.", "air_drone_strike"),
        ("شنت مسيرة تركية غارة على قرية تل جيجان.", "air_drone_strike"),
        ("سقطت قذائف هاون على حي المزة في دمشق.", "shelling_artillery_missile_attack"),
        ("اختطف مسلحون مجهولون طبيبا في مدينة درنة.", "abduction_forced_disappearance"),
        ("أعدمت جماعة مسلحة أسيرين في قرية المزرعة.", "attack"),
        # shot dead as an execution, bodies found: no exchange of fire
        ("وجد رعاة جثث ثلاثة رجال قتلوا رميا بالرصاص قرب قرية المزرعة.", "attack"),
        ("خرجت مظاهرة في مدينة السويداء للمطالبة بالإفراج عن المعتقلين.", "peaceful_protest"),
        (
            "فرقت قوات الأمن المتظاهرين بالغاز المسيل للدموع في مدينة البصرة.",
            "protest_with_intervention",
        ),
        ("شنت قوات الأمن حملة اعتقالات في بلدة الصنمين.", "arrests"),
        ("هدمت قوات الاحتلال منزلا في قرية المغير.", "looting_property_destruction"),
        ("دمرت مقاتلات حربية منزلين في حي التفاح بمدينة غزة.", "air_drone_strike"),
        (
            "أسفر تفجيران بسيارتين مفخختين عن مقتل 12 شخصا في حي الزهراء.",
            "remote_explosive_landmine_ied",
        ),
        ("اعترضت الدفاعات الجوية صاروخا فوق مدينة جازان.", "disrupted_weapons_use"),
        ("وقعت الأطراف اتفاقا لوقف إطلاق النار في مدينة الزاوية.", "agreement"),
    ],
)
def test_sub_event_types(text: str, sub_event_type: str) -> None:
    (row,) = rows(text)
    assert picked(row, "event_type", "sub_event_type") == (FAMILY[sub_event_type], sub_event_type)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("نفذ الحوثيون عمليات قنص استهدفت ثلاثة جنود في منطقة وادي الضيق.", "armed_clash"),
        ("قتل طفل برصاص قناص في حي الروضة بمدينة تعز.", "attack"),
    ],
    ids=["sniping-at-soldiers", "a-sniper-kills-a-child"],
)
def test_sniping_is_read_by_whom_it_hits(text: str, sub_event_type: str) -> None:
    (row,) = rows(text)
    assert row["sub_event_type"] == sub_event_type


def test_a_car_bomb_destroyed_before_use_is_no_blast() -> None:
    text = (
        "داهمت قوة من الجيش وكرا في منطقة المطيبيجة وقتلت خمسة مسلحين، مع تدمير سيارة "
        "مفخخة كانت بحوزتهم."
    )
    (row,) = rows(text)
    assert picked(row, "sub_event_type", "fatalities_best") == ("armed_clash", 5)


def test_a_state_force_taking_a_town_regains_territory() -> None:
    (state,) = rows("سيطرت قوات النظام على بلدة كفرنبل بعد معارك عنيفة.")
    (rebels,) = rows("سيطرت هيئة تحرير الشام على بلدة كفرنبل بعد معارك عنيفة.")
    assert state["sub_event_type"] == "government_regains_territory"
    assert rebels["sub_event_type"] == "non_state_actor_overtakes_territory"


def test_a_foreign_state_force_taking_a_village_overtakes_territory() -> None:
    (row,) = rows("سيطر الجيش التركي والفصائل الموالية له على قرية العريشة بعد معارك مع قسد.")
    assert (row["actor1"], row["sub_event_type"]) == (
        "turkey_forces",
        "non_state_actor_overtakes_territory",
    )


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("قتل 7 عناصر من الأمن في كمين قرب مدينة جاسم.", "syrian_government_forces"),
        ("قتل 4 من رجال الشرطة بانفجار عبوة ناسفة في مدينة الرمادي.", "iraqi_police"),
        ("قتل 5 جنود من الجيش في هجوم على مدينة زنجبار.", "yemeni_government_forces"),
        ("قتل 3 عناصر من الشرطة بهجوم مسلح على حاجز قرب مدينة الصنمين.", "syrian_police"),
        ("انفجرت عبوة ناسفة بدورية للشرطة في مدينة الحويجة.", "iraqi_police"),
        ("قتل عنصران من الشرطة في هجوم على مركز في مدينة عتق.", "yemeni_police"),
    ],
    ids=[
        "security-syria",
        "police-iraq",
        "army-yemen",
        "police-syria",
        "patrol-iraq",
        "police-yemen",
    ],
)
def test_forces_named_by_a_bare_noun_are_the_state_of_the_place(text: str, actor2: str) -> None:
    (row,) = rows(text)
    assert row["actor2"] == actor2
    (event,) = events(text)
    assert event.evidence.actor2 is not None
    assert event.evidence.actor2.text.endswith(("الأمن", "الشرطة", "الجيش", "للشرطة"))


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("قتل 4 جنود بسقوط قذائف هاون على مقر عسكري في قضاء الخالص.", "iraqi_forces"),
        ("هاجم مسلحون حاجزا في مدينة الموصل وقتلوا شرطيا.", "iraqi_police"),
        ("قتل شرطي بانفجار عبوة ناسفة في مدينة الفلوجة.", "iraqi_police"),
        ("قتل جنديان بانفجار لغم في مدينة جاسم.", "syrian_government_forces"),
        ("قتل 3 جنود بقصف مدفعي على مدينة الأبيض.", "saf"),
        ("قتل 4 جنود أتراك بقصف على مدينة سراقب.", None),
        ("قتل جنديان بانفجار عبوة ناسفة في مديرية مودية.", None),
    ],
    ids=[
        "soldiers-iraq",
        "policeman-iraq",
        "policeman-blast",
        "soldiers-syria",
        "soldiers-sudan",
        "nationality-named",
        "split-armies-yemen",
    ],
)
def test_victims_named_by_their_rank_alone_are_the_state_of_the_place(
    text: str, actor2: str | None
) -> None:
    (row,) = rows(text)
    assert row["actor2"] == actor2


def test_a_bare_force_noun_names_no_side_where_the_registry_has_no_reading() -> None:
    (row,) = rows("قتل 3 من رجال الأمن في هجوم على نقطة تفتيش في مدينة القطيف.")
    assert row["actor2"] is None


def test_the_side_that_lost_a_seized_place_is_acted_upon() -> None:
    text = "اجتاح الحوثيون مدينة عمران، ما دفع القوات الحكومية إلى الانسحاب منها."
    (row,) = rows(text)
    assert picked(row, "sub_event_type", "actor1", "actor2") == (
        "non_state_actor_overtakes_territory",
        "houthis",
        "yemeni_government_forces",
    )


def test_a_side_that_only_tells_of_a_seizure_is_not_the_loser() -> None:
    (row,) = rows("سيطر الحوثيون على مدينة عمران، وقالت الحكومة اليمنية إن المدينة سقطت.")
    assert picked(row, "actor1", "actor2") == ("houthis", None)


def test_a_raid_that_kills_only_civilians_is_violence_against_civilians() -> None:
    (row,) = rows("هاجمت قوات الدعم السريع قرية ود النورة ما أدى إلى مقتل 25 مدنيا.")
    assert picked(row, "event_type", "sub_event_type", "actor1", "actor2") == (
        "violence_against_civilians",
        "attack",
        "rsf",
        "civilians",
    )
    assert row["civilian_targeting"] is True
    # the registry types the RSF a rebel group (ACLED's 2) since the war of 2023
    assert picked(row, "inter1", "inter2", "interaction", "type_of_violence") == (2, 7, 27, 3)


@pytest.mark.parametrize(
    "text",
    [
        "ارتكبت قوات الدعم السريع مجزرة في قرية السريحة شرق الجزيرة.",
        "قال ناشطون إن مجزرة وقعت في بلدة التريمسة بريف حماة.",
        "استهدف قناص حوثي الطفل سامر علي في حي الروضة بمدينة تعز.",
        "اختطف مسلحو الجماعة عددا من المعلمين في مدينة ذمار.",
    ],
    ids=["massacre-by", "massacre-no-agent", "sniper-named-child", "abduction"],
)
def test_violence_against_civilians_is_always_done_to_civilians(text: str) -> None:
    (row,) = rows(text)
    assert row["event_type"] == "violence_against_civilians"
    assert (row["actor2"], row["civilian_targeting"]) == ("civilians", True)


@pytest.mark.parametrize(
    "text",
    [
        "هدمت قوات الاحتلال 4 منازل في منطقة شعب البطم.",
        "قتل ثمانية لبنانيين في غارة إسرائيلية على بلدة الغسانية.",
        "استشهد اليوم الأربعاء رجل وامرأة في قصف من مسيرة إسرائيلية على مدينة خان يونس.",
    ],
    ids=["homes-demolished", "people-of-a-nation-in-a-strike", "singular-victims-after-a-day"],
)
def test_the_people_of_homes_or_a_nation_hit_are_civilians(text: str) -> None:
    (row,) = rows(text)
    assert (row["actor1"], row["actor2"]) == ("israeli_forces", "civilians")


@pytest.mark.parametrize(
    "text",
    [
        "قال ناشطون إن مجهولين استهدفوا بالرصاص المباشر ثلاثة شبان قرب بلدة الحراك، ما أدى"
        " إلى مقتل اثنين منهم.",
        "أقدم مسلحون مجهولون على اغتيال ضابط متقاعد في مدينة المكلا.",
        "اغتال مسلحون عقيدا متقاعدا في مدينة المكلا.",
        "هاجم مسلحون مجهولون مجموعة شبان أثناء بحثهم عن الكمأة في بادية السخنة.",
    ],
    ids=["shot-after-the-bullets-and-a-count", "retired-officer", "retired-colonel", "a-group"],
)
def test_unknown_gunmen_who_shoot_people_or_retired_officers_attack_civilians(text: str) -> None:
    (row,) = rows(text)
    assert (row["sub_event_type"], row["actor1"], row["actor2"]) == ("attack", None, "civilians")


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("اندلعت اشتباكات بين قوات النظام وهيئة تحرير الشام في بلدة كفرنبل.", (1, 2, 12, 1)),
        ("اندلعت اشتباكات بين هيئة تحرير الشام وتنظيم داعش في بلدة سرمدا.", (2, 2, 22, 2)),
        ("قصفت قوات النظام بلدة كفرنبل.", (1, None, 10, 1)),
        ("خرجت مظاهرة في مدينة السويداء.", (6, None, 60, None)),
    ],
    ids=["state-rebels", "rebels-rebels", "one-side", "protesters"],
)
def test_acled_and_ucdp_codes(text: str, codes: tuple[Any, ...]) -> None:
    (row,) = rows(text)
    assert picked(row, "inter1", "inter2", "interaction", "type_of_violence") == codes


# --- tolls and dates -----------------------------------------------------------------


def test_different_victims_of_one_incident_add_up() -> None:
    (row,) = rows("قتل 5 مدنيين و2 من عناصر الدفاع المدني في غارة على بلدة معرشورين.")
    assert picked(row, "fatalities_best", "fatalities_qualifier") == (7, "exact")


def test_a_running_total_replaces_the_first_toll() -> None:
    text = "قتل 4 مدنيين في قصف على بلدة الأتارب. وارتفع عدد القتلى في قصف الأتارب إلى 9 على الأقل."
    (row,) = rows(text)
    assert picked(row, "fatalities_best", "fatalities_qualifier") == (9, "at_least")


def test_wounded_alone_give_no_toll() -> None:
    (row,) = rows("أصيب 6 مدنيين في قصف على بلدة الأتارب.")
    assert row["fatalities_best"] is None


def test_the_date_is_the_one_that_governs_the_clause() -> None:
    text = (
        "قتل مدنيان في قصف على بلدة البارة أمس. "
        "وفي يوم الثلاثاء 9 آذار 2021 قتل 3 مدنيين في غارة على بلدة كنصفرة."
    )
    found = rows(text)
    assert [picked(row, "location", "date_start", "date_source") for row in found] == [
        ("بلدة البارة", "2021-03-11", "text"),
        ("بلدة كنصفرة", "2021-03-09", "text"),
    ]


def test_with_no_date_in_the_text_the_publication_date_is_used() -> None:
    (row,) = rows("قتل 3 مدنيين في قصف على بلدة البارة.")
    assert picked(row, "date_start", "date_source") == ("2021-03-12", "published")


# --- evidence ------------------------------------------------------------------------


def test_every_field_points_at_the_words_it_was_read_from() -> None:
    text = "قصفت قوات النظام بالمدفعية بلدة كنصفرة أمس، ما أدى إلى مقتل 4 مدنيين."
    (event,) = events(text)
    evidence = cast("dict[str, dict[str, Any]]", event.evidence.to_dict())
    assert {field: span["text"] for field, span in evidence.items() if span} == {
        "location": "بلدة كنصفرة",
        "date": "أمس",
        "actor1": "قوات النظام",
        "actor2": "4 مدنيين",
        "event_type": "بالمدفعية",  # the word that tells the kind: «قصفت» alone is bare
        "fatalities": "4 مدنيين",
    }
    for span in evidence.values():
        assert span is not None
        assert text[span["start"] : span["end"]] == span["text"]
    assert event.evidence.actor1 == cp.Span(
        text.index("قوات"), text.index(" بالمدفعية"), "قوات النظام"
    )


def test_rows_carry_the_coder_columns_in_order() -> None:
    (row,) = rows("قصفت قوات النظام بلدة كنصفرة ما أدى إلى مقتل 4 مدنيين.")
    assert list(row) == list(cp.ROW_COLUMNS)
    assert picked(row, "actor1", "actor2", "civilian_targeting", "sub_event_type") == (
        "syrian_government_forces",
        "civilians",
        True,
        "shelling_artillery_missile_attack",
    )


# --- classes found in real reports (moved from the known gaps once they held) -----------

WED = datetime.date(2024, 5, 15)
FRI = datetime.date(2024, 5, 17)


def _at(found: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    return [row for row in found if row["location"] and name in row["location"]]


def _one_at(found: list[dict[str, Any]], name: str, key: str, value: object) -> bool:
    return any(row[key] == value for row in _at(found, name))


REAL_REPORT_CLASSES = [
    pytest.param(
        "قتل 5 أشخاص في غارة إسرائيلية على بلدة الخيام أمس.",
        WED,
        lambda rows: _one_at(rows, "الخيام", "actor1", "israeli_forces"),
        id="actor1-from-attack-adjective",
    ),
    pytest.param(
        "١٥ شهيدا في قصف لطائرات الاحتلال بمخيم النصيرات وخان يونس",
        WED,
        lambda rows: _one_at(rows, "النصيرات", "admin1", "Deir al-Balah"),
        id="admin1-from-the-other-place",
    ),
    pytest.param(
        "قتل ثلاثة مدنيين في قصف على بلدة كفرنبل أمس. "
        "وارتفع عدد الشهداء منذ بداية الحرب إلى 12500 شهيد.",
        WED,
        lambda rows: _one_at(rows, "كفرنبل", "fatalities_best", 3),
        id="cumulative-toll-attached-to-incident",
    ),
    pytest.param(
        "قال المرصد إن 140 شخصا قتلوا أمس في أنحاء متفرقة من سوريا.",
        WED,
        lambda rows: rows == [],
        id="nationwide-daily-toll-is-not-an-event",
    ),
    pytest.param(
        "مقتل 10 أشخاص بينهم مدنيون في هجوم لتنظيم داعش شمال العراق\n"
        "أعلنت القوات الكردية الجمعة مقتل عشرة أشخاص على الأقل في هجوم نسب إلى تنظيم داعش "
        "على قرية كلجو جنوب أربيل.",
        WED,
        lambda rows: bool(rows) and all(r["location"] for r in rows),
        id="placeless-headline-is-not-an-event",
    ),
    pytest.param(
        "قتل 9 عناصر من قوات النظام في هجوم لتنظيم داعش على بلدة السخنة أمس.",
        WED,
        lambda rows: _one_at(rows, "السخنة", "actor1", "islamic_state"),
        id="victims-side-is-not-actor1",
    ),
    pytest.param(
        "قتل عنصران من قوات النظام في كمين نصبه مسلحون قرب بلدة الصنمين أمس.",
        WED,
        lambda rows: _one_at(rows, "الصنمين", "actor2", "syrian_government_forces"),
        id="ambushed-side-is-actor2",
    ),
    pytest.param(
        "قتل 6 أشخاص في هجوم لمسلحين على حي الميدان أمس، بحسب ما أفاد الحوثيون.",
        WED,
        lambda rows: bool(rows) and all("houthis" not in (r["actor1"], r["actor2"]) for r in rows),
        id="source-is-not-an-actor",
    ),
    pytest.param(
        "قتل مدني برصاص قناص في مدينة القصير أمس.",
        WED,
        lambda rows: _one_at(rows, "القصير", "fatalities_best", 1),
        id="singular-victim-counts-one",
    ),
    pytest.param(
        "قتل شاب برصاص مجهولين في بلدة الكرك الشرقي أمس.",
        WED,
        lambda rows: _one_at(rows, "الكرك الشرقي", "fatalities_best", 1),
        id="singular-victim-incident-is-an-event",
    ),
    pytest.param(
        "قتل خمسة مدنيين في غارات على بلدتي جويا وطيردبا في جنوب لبنان أمس.",
        WED,
        lambda rows: bool(_at(rows, "طيردبا")),
        id="dual-balday-gives-two-events",
    ),
    pytest.param(
        "استشهد 5 أشخاص في غارتين استهدفتا حيي التفاح والزيتون في مدينة غزة أمس.",
        WED,
        lambda rows: bool(_at(rows, "التفاح")),
        id="dual-hayyay-gives-two-events",
    ),
    pytest.param(
        "أفاد مراسلنا من الخرطوم بمقتل طفل في قصف على منطقة الحتانة.",
        WED,
        lambda rows: bool(rows) and not _at(rows, "الخرطوم"),
        id="reporter-location-is-not-an-event",
    ),
    pytest.param(
        "أفادت مصادر أمنية اليوم الجمعة بمقتل 11 شخصا في انفجار عبوتين في قرية العمرانية، "
        "وقالت إن الهجوم وقع ليل الخميس.",
        FRI,
        lambda rows: _one_at(rows, "العمرانية", "date_start", "2024-05-16"),
        id="incident-date-over-reporting-date",
    ),
    pytest.param(
        "قتل 34 شخصا مساء أمس بنيران قوات الدعم السريع في قرية ود النورة.",
        WED,
        lambda rows: (
            bool(_at(rows, "ود النورة"))
            and all(r["event_type"] is not None for r in _at(rows, "ود النورة"))
        ),
        id="type-for-killed-by-fire-of",
    ),
]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("استهدف صاروخ موجه سيارة عسكرية في تلة الخضر، وأسفر عن مقتل (سامر يوسف).", 1),
        ('استهدفت غارة سيارة في بلدة سرمدا، ما أدى لمقتل "أبو خالد الحمصي".', 1),
        # a figure in brackets is a count, not a name
        ("قتل (3) أشخاص في قصف على بلدة كفرنبل.", 3),
    ],
)
def test_a_name_in_brackets_or_quotes_after_a_killing_noun_is_one_death(
    text: str, toll: int
) -> None:
    assert [row["fatalities_best"] for row in rows(text)] == [toll]


@pytest.mark.parametrize(("text", "published", "check"), REAL_REPORT_CLASSES)
def test_classes_seen_in_real_reports(text: str, published: datetime.date, check: Any) -> None:
    found = rows(text, published)
    assert check(found), found


# --- rules drawn from real reports -------------------------------------------------------


def test_a_summary_over_several_governorates_is_no_event() -> None:
    text = "قتل 140 عنصرا خلال اشتباكات في محافظات حلب وحماة وإدلب ودرعا."
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وفي حمص، قتل 3 مدنيين في قصف على بلدة تلبيسة.",
        # a city named as its province frames its clause with no comma after it
        "وفي حمص قتل 3 مدنيين في قصف على بلدة تلبيسة.",
        "وفي حمص قصفت قوات النظام بلدة تلبيسة وقتلت 3 مدنيين.",
        # a side of a city heads its clause as the city does
        "وفي شمال حمص قصفت قوات النظام بلدة تلبيسة وقتلت 3 مدنيين.",
    ],
)
def test_a_header_place_frames_its_clause(text: str) -> None:
    (row,) = rows(text)
    assert row["location"] == "بلدة تلبيسة"


def test_a_header_city_with_no_other_place_of_its_province_is_the_site() -> None:
    (row,) = rows("وفي حمص قتل 3 مدنيين في قصف على حي الخالدية.")
    assert row["location"] == "حي الخالدية"


def test_a_strike_whose_source_is_unknown_takes_no_side_from_the_one_before() -> None:
    text = "قصفت قوات النظام بلدة حاس. وتعرض سوق في بلدة تلبيسة لقصف مجهول المصدر."
    assert [row["actor1"] for row in rows(text)] == ["syrian_government_forces", None]


def test_deaths_that_raise_a_tally_give_no_toll_of_the_tally() -> None:
    text = "قتل 5 مدنيين في قصف على قرية الحسينية يرفعون إلى 300 عدد القتلى في القرية."
    assert [row["fatalities_best"] for row in rows(text)] == [5]


def test_a_total_over_a_countryside_is_no_event_beside_the_incidents_it_sums() -> None:
    text = (
        "20 شهيدا مدنيا في ريف دير الزور\n"
        "وقصفت طائرات التحالف أمس قرية الحسينية بالريف الغربي لدير الزور، متسببة في استشهاد"
        " 7 مواطنين، كما قصفت مدينة البوكمال وقتلت 13."
    )
    assert [(row["location"], row["fatalities_best"]) for row in rows(text)] == [
        ("قرية الحسينية", 7),
        ("مدينة البوكمال", 13),
    ]


def test_the_city_a_distance_is_told_from_is_not_the_one_named_again() -> None:
    text = (
        "اشتبك الجيش مع مسلحين في مدينة الفلوجة (50 كلم غرب العاصمة بغداد)، وأضاف المصدر"
        " أن 3 مدنيين قتلوا بقصف على أحياء المدينة."
    )
    located = {(row["location"], row["sub_event_type"]) for row in rows(text)}
    assert ("مدينة الفلوجة", "shelling_artillery_missile_attack") in located
    assert all(location != "العاصمة بغداد" for location, _ in located)


def test_a_place_said_to_be_not_far_from_the_site_is_no_site() -> None:
    text = (
        "أطلق مقاتلو حزب الله صاروخا على دبابة إسرائيلية قرب قرية يارون"
        " غير بعيد عن بلدة مارون الراس."
    )
    assert [
        (row["location"], row["sub_event_type"], row["actor1"], row["actor2"]) for row in rows(text)
    ] == [("قرية يارون", "shelling_artillery_missile_attack", "hezbollah", "israeli_forces")]


@pytest.mark.parametrize(
    "text",
    [
        "وأفاد مصدر في السلطة المحلية بمدينة رداع بأن عبوة ناسفة انفجرت في مديرية الصومعة.",
        "وبحسب مصادر محلية في ريف الحسكة، فإن عبوة ناسفة انفجرت في مديرية الصومعة.",
    ],
    ids=["glued-bi-then-anna", "according-to-then-fa-inna"],
)
def test_the_seat_of_who_tells_is_no_site(text: str) -> None:
    assert [row["location"] for row in rows(text)] == ["مديرية الصومعة"]


def test_a_victims_title_before_a_place_makes_it_no_seat() -> None:
    text = "انفجرت عبوة ناسفة بسيارة قائد عسكري في مديرية الصومعة، وقتل مدني بقصف على مدينة رداع."
    assert [row["location"] for row in rows(text)] == ["مديرية الصومعة", "مدينة رداع"]


def test_a_place_in_apposition_to_a_locator_is_no_site() -> None:
    (row,) = rows("قتل 6 أشخاص في اشتباكات بمدينة مصراتة شرق العاصمة الليبية طرابلس.")
    assert row["location"] == "مدينة مصراتة"


def test_an_incident_told_before_or_after_the_one_referred_to_is_another() -> None:
    text = (
        "قصفت طائرات الاحتلال منزلا في حي الزيتون بمدينة غزة. وكان قد سبق تلك الغارة مجزرة"
        " ارتكبتها طائرات الاحتلال في حي النصر بمدينة غزة راح ضحيتها 11 شهيدا."
    )
    assert [(row["location"], row["fatalities_best"]) for row in rows(text)] == [
        ("حي الزيتون", None),
        ("حي النصر", 11),
    ]


def test_this_attack_refers_back_and_starts_no_event() -> None:
    text = "قتل 4 جنود في هجوم على حاجز قرب بلدة الصنمين. ويأتي هذا الهجوم بعد أيام من هجوم مماثل."
    assert [row["location"] for row in rows(text)] == ["بلدة الصنمين"]


def test_the_article_does_not_hide_a_clash() -> None:
    (row,) = rows("ارتفع عدد القتلى في الاشتباكات التي اندلعت في مدينة الزنتان إلى 12 قتيلا.")
    assert picked(row, "location", "event_type", "fatalities_best") == (
        "مدينة الزنتان",
        "battles",
        12,
    )


def test_a_development_named_as_background_is_no_event() -> None:
    text = "خرج المقاتلون من بلدة مضايا ضمن تنفيذ بنود الاتفاق مع قوات النظام."
    assert rows(text) == []
    text = "تشهد محافظة درعا توترا أمنيا منذ سيطرة قوات النظام عليها."
    assert rows(text) == []


def test_a_toll_over_months_is_no_incident_toll() -> None:
    text = "وأسفر القصف على بلدة كفرنبل خلال أربعة أشهر عن مقتل نحو 300 مدني."
    assert [row["fatalities_best"] for row in rows(text)] == [None]


def test_a_total_broken_down_place_by_place_after_it_adds_to_no_place() -> None:
    text = (
        "وقتل 9 مدنيين وجرح عدد كبير مساء أمس، بقصف مدفعي لقوات النظام على الغوطة، توزع على"
        " النحو التالي: 3 قتلى في مدينة سقبا، و6 قتلى في بلدة كفربطنا."
    )
    tolls = {row["location"]: row["fatalities_best"] for row in rows(text)}
    assert (tolls.get("مدينة سقبا"), tolls.get("بلدة كفربطنا")) == (3, 6)


def test_a_monthly_toll_over_provinces_is_no_event() -> None:
    assert rows("وثق المرصد مقتل 210 أشخاص خلال شهر أيار في محافظات حلب وإدلب وحماة.") == []


@pytest.mark.parametrize(
    "text",
    [
        "وأسفرت عمليات القصف على مدينة معرة النعمان عن مقتل 17 مدنيا خلال شهر آب.",
        "وأسفرت عمليات ومحاولات الاغتيال في بلدة الكرك الشرقي عن مقتل 9 أشخاص، خلال شهر تشرين"
        " الأول الماضي.",
        "قتل 40 شخصا خلال ثلاثة أشهر في هجمات على مدينة جاسم.",
    ],
)
def test_a_toll_told_over_a_month_or_months_after_the_count_is_no_incident_toll(
    text: str,
) -> None:
    assert [row["fatalities_best"] for row in rows(text)] in ([], [None])


def test_a_toll_told_during_one_day_after_the_count_is_the_incident_toll() -> None:
    text = "قتل 4 مدنيين بقصف على مدينة معرة النعمان خلال يوم الجمعة."
    assert [row["fatalities_best"] for row in rows(text)] == [4]


@pytest.mark.parametrize(
    "text",
    [
        "ولم تتوقف الاغتيالات في ريف درعا الشرقي منذ سيطرة قوات النظام على المنطقة صيف 2018.",
        "ولم تهدأ الاشتباكات بين العشائر في ريف دير الزور الشرقي منذ أكثر من أسبوع.",
        "لا تتوقف الهجمات على حواجز الجيش في بلدة اليادودة منذ التسوية.",
    ],
)
def test_attacks_that_have_not_stopped_since_long_ago_are_no_incident(text: str) -> None:
    assert rows(text) == []


def test_fighting_that_has_not_stopped_since_the_morning_is_the_day_incident() -> None:
    text = "ولم يتوقف القصف على مدينة معرة النعمان منذ صباح اليوم، ما أدى لمقتل 3 مدنيين."
    assert [(row["location"], row["fatalities_best"]) for row in rows(text)] == [
        ("مدينة معرة النعمان", 3)
    ]


def test_a_summary_of_attacks_joins_the_attacks_told_in_detail() -> None:
    text = (
        "شهدت المحافظة يوم الخميس 18 آذار 2021 هجومين استهدفا حاجزين في الميادين والبوكمال.\n"
        "وفي الهجوم الأول فجر انتحاري سيارة مفخخة عند حاجز في الميادين، ما أدى لمقتل 4 عناصر.\n"
        "وفي الهجوم الثاني أطلق مسلحون النار على دورية قرب بلدة السوسة في البوكمال، فقتل أحد "
        "أفرادها."
    )
    found = rows(text)
    assert [
        picked(row, "location", "sub_event_type", "date_start", "fatalities_best") for row in found
    ] == [
        ("الميادين", "suicide_bomb", "2021-03-18", 4),
        ("بلدة السوسة", "armed_clash", "2021-03-18", 1),
    ]


def test_a_toll_since_a_campaign_began_is_no_incident() -> None:
    text = "قالت الوزارة إن 300 من مقاتليها قضوا منذ انطلاق المعارك على أطراف مدينة سرت."
    assert rows(text) == []


def test_a_clash_with_no_initiator_is_led_by_the_first_side_named() -> None:
    text = "قتل 3 عناصر من وحدات حماية الشعب خلال اشتباكات مع القوات التركية في قرية مريمين."
    (row,) = rows(text)
    assert picked(row, "actor1", "actor2") == ("ypg", "turkey_forces")
    text = "قتل 3 مدنيين خلال اشتباكات مع قوات النظام والمسلحين الموالين لها في قرية الحويز."
    (row,) = rows(text)
    assert picked(row, "actor1", "actor2") == (None, "syrian_government_forces")


def test_a_quarter_east_of_its_city_takes_the_city_headline() -> None:
    text = (
        "حمص: مقتل 5 مدنيين بقصف صاروخي\n"
        "قتل 5 مدنيين مساء الأحد جراء صواريخ أطلقتها الفصائل على حي الزهراء شرقي مدينة حمص."
    )
    found = rows(text)
    assert [picked(row, "location", "fatalities_best") for row in found] == [("حي الزهراء", 5)]


def test_an_accusation_tells_the_strike_of_the_accused() -> None:
    (row,) = rows("اتهمت الحكومة هيئة تحرير الشام بقصف الأحياء السكنية في مدينة حلب.")
    assert picked(row, "location", "actor1") == ("مدينة حلب", "hts")


def test_an_accusation_of_strikes_over_a_week_is_no_event() -> None:
    text = "اتهمت القوات الحكومية الحوثيين بإطلاق مئتي قذيفة على الأحياء السكنية خلال أسبوع."
    assert rows(text) == []


def test_victims_named_only_in_a_sub_count_are_civilians_of_a_strike() -> None:
    (row,) = rows("قتل 12 شخصا بينهم 5 أطفال في غارة جوية على بلدة جباليا.")
    assert picked(row, "actor2", "civilian_targeting") == ("civilians", True)
    (row,) = rows("قتل 12 مسلحا بينهم 2 من القادة في اشتباكات بين فصيلين في بلدة الباب.")
    assert row["actor2"] != "civilians"


def test_a_place_given_two_days_is_two_events() -> None:
    text = "وكانت بلدة الكرامة قد شهدت مواجهات مماثلة في كانون الثاني 2021، ثم في منتصف شباط 2021."
    found = rows(text)
    assert [picked(row, "location", "date_start") for row in found] == [
        ("بلدة الكرامة", "2021-01-01"),
        ("بلدة الكرامة", "2021-02-01"),
    ]


def test_each_site_takes_the_dates_told_with_it() -> None:
    text = "شهدت مدينة سرت اشتباكات في آب 2020، كما شهدت مدينة درنة مواجهات في أيلول 2020."
    found = rows(text)
    assert [picked(row, "location", "date_start") for row in found] == [
        ("مدينة سرت", "2020-08-01"),
        ("مدينة درنة", "2020-09-01"),
    ]


def test_a_date_after_since_that_is_no_day_of_the_incident() -> None:
    text = (
        "هاجمت قوات الدعم السريع أمس مدينة الأبيض، في أعنف هجوم منذ أن حاصرت المدينة "
        "في أواخر نيسان 2024."
    )
    (row,) = rows(text)
    assert row["date_start"] == "2021-03-11"


def test_a_mountain_holds_no_town_and_a_dateline_with_its_source_frames_nothing() -> None:
    text = (
        "تونس: مقتل جنديين في انفجار لغم بالقصرين\n"
        "القصرين (وكالات) - قتل جنديان أمس في انفجار لغم بدورية في جبل الشعانبي من ولاية "
        "القصرين."
    )
    found = rows(text)
    assert [picked(row, "location", "fatalities_best") for row in found] == [("جبل الشعانبي", 2)]


def test_a_similar_operation_is_another_incident() -> None:
    text = (
        "قتل 3 جنود في انفجار عبوة ناسفة في بلدة الصنمين أمس. "
        "ويأتي ذلك بعد أيام على عملية مماثلة يوم الاثنين 8 آذار 2021 استهدفت حاجزا في بلدة "
        "الصنمين."
    )
    found = rows(text)
    assert [picked(row, "location", "date_start", "fatalities_best") for row in found] == [
        ("بلدة الصنمين", "2021-03-11", 3),
        ("بلدة الصنمين", "2021-03-08", None),
    ]


def test_a_place_listed_after_a_comma_is_no_frame() -> None:
    text = "طالت الغارات مديرية صرواح غرب مأرب، ومديرية رازح في صعدة، ومنطقة العبدية جنوب مأرب."
    assert [row["location"] for row in rows(text)] == [
        "مديرية صرواح",
        "مديرية رازح",
        "منطقة العبدية",
    ]


def test_a_region_over_several_units_frames_the_places_in_it() -> None:
    text = "استشهد 6 فلسطينيين في قصف إسرائيلي على قطاع غزة، بينهم 4 في غارة على مخيم النصيرات."
    assert "قطاع غزة" not in [row["location"] for row in rows(text)]


def test_air_and_artillery_shelling_are_two_events_and_the_toll_goes_to_the_first() -> None:
    text = "قتل 9 مدنيين جراء القصف الجوي والمدفعي على مدينة سراقب أمس."
    found = rows(text)
    assert [
        picked(row, "location", "sub_event_type", "fatalities_best", "actor2") for row in found
    ] == [
        ("مدينة سراقب", "air_drone_strike", 9, "civilians"),
        ("مدينة سراقب", "shelling_artillery_missile_attack", None, "civilians"),
    ]


def test_shelling_before_air_strikes_is_a_second_event() -> None:
    found = rows("تعرضت بلدة حزة للقصف والغارات، ما أدى لمقتل خمسة مدنيين.")
    assert sorted(picked(row, "location", "sub_event_type") for row in found) == [
        ("بلدة حزة", "air_drone_strike"),
        ("بلدة حزة", "shelling_artillery_missile_attack"),
    ]


def test_air_strikes_and_artillery_told_apart_at_one_place_are_two_events() -> None:
    found = rows("شنت الطائرات الحربية غارات على مدينة دوما، وقصفت قوات النظام المدينة بالمدفعية.")
    assert sorted(picked(row, "location", "sub_event_type") for row in found) == [
        ("مدينة دوما", "air_drone_strike"),
        ("مدينة دوما", "shelling_artillery_missile_attack"),
    ]


def test_a_bare_shelling_after_air_strikes_is_those_strikes() -> None:
    found = rows("قتل 5 مدنيين بغارات روسية على بلدة كفرنبل. وأفاد المرصد بأن القصف استهدف البلدة.")
    assert [picked(row, "location", "sub_event_type") for row in found] == [
        ("بلدة كفرنبل", "air_drone_strike")
    ]


def test_a_judge_assassinated_is_a_civilian_attacked() -> None:
    (row,) = rows("اغتال مسلحون قاضيا في مدينة درنة.")
    assert picked(row, "sub_event_type", "actor2", "fatalities_best") == ("attack", "civilians", 1)


def test_a_running_total_since_a_morning_is_dated_from_it_to_the_publication() -> None:
    text = "ارتفع عدد القتلى جراء القصف على مدينة عفرين منذ صباح 10/3/2021 إلى 14 مدنيا."
    (row,) = rows(text)
    assert picked(row, "date_start", "date_end", "fatalities_best") == (
        "2021-03-10",
        "2021-03-12",
        14,
    )


def test_an_incident_told_as_the_start_of_a_period_is_dated_then() -> None:
    text = "ويعيش البلد حربا منذ عام 2015، حين اجتاحت الجماعة المسلحة مدينة عدن."
    (row,) = rows(text)
    assert picked(row, "location", "date_start", "date_end") == (
        "مدينة عدن",
        "2015-01-01",
        "2015-12-31",
    )


def test_security_men_are_no_civilians() -> None:
    (row,) = rows("قتل ثلاثة من رجال الأمن في انفجار سيارة مفخخة عند حاجز في مدينة القطيف.")
    assert row["actor2"] != "civilians"


def test_the_dead_of_the_attackers_are_added_to_the_toll() -> None:
    text = (
        "قتل 12 شخصا في هجوم شنه تنظيم داعش على بلدة المقدادية أمس.\n"
        "وأضاف البيان أن عدد قتلى التنظيم لا يقل عن 20 مسلحا، وأن القوات الأمنية العراقية "
        "تمكنت من صد الهجوم."
    )
    (row,) = rows(text)
    assert picked(row, "actor1", "actor2", "fatalities_best", "fatalities_qualifier") == (
        "islamic_state",
        "iraqi_forces",
        32,
        "at_least",
    )


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "تشهد محاور بلدة كنصفرة اشتباكات بين قوات النظام والمسلحين الموالين لها من جهة، "
            "وهيئة تحرير الشام من جهة أخرى.",
            ("syrian_government_forces", "hts"),
        ),
        (
            "اندلعت اشتباكات بين الكتائب المقاتلة وجبهة النصرة من طرف، وقوات النظام من طرف آخر "
            "في بلدة مورك.",
            ("syrian_opposition_factions", "syrian_government_forces"),
        ),
    ],
    ids=["from-one-side", "from-one-party"],
)
def test_two_sides_each_with_its_allies(text: str, pair: tuple[str, str]) -> None:
    (row,) = rows(text)
    assert picked(row, "actor1", "actor2") == pair


def test_a_suspect_is_no_side() -> None:
    text = "قتل 5 جنود في هجوم على حاجز قرب مدينة سبها، ورجحت مصادر محلية وقوف تنظيم داعش وراءه."
    (row,) = rows(text)
    assert row["actor1"] is None


def test_a_nationality_after_the_attack_names_its_side() -> None:
    (row,) = rows("قتل شخصان في قصف مدفعي تركي على قرية تل جيجان.")
    assert row["actor1"] == "turkey_forces"
    (row,) = rows("قتل 3 مدنيين في غارة جوية روسية على بلدة كفرنبل.")
    assert row["actor1"] == "russia_forces"


def test_a_district_after_a_town_frames_it() -> None:
    text = "قتل 4 أشخاص في غارة إسرائيلية على بلدة ميس الجبل في قضاء مرجعيون."
    assert [row["location"] for row in rows(text)] == ["بلدة ميس الجبل"]


def test_an_attack_on_a_village_that_kills_its_people_is_violence_against_civilians() -> None:
    (row,) = rows("هاجمت قوات الدعم السريع قرية ود الحليو وأسفر الهجوم عن مقتل 9 أشخاص.")
    assert picked(row, "event_type", "actor1") == ("violence_against_civilians", "rsf")


def test_every_sub_event_type_has_its_wording_in_the_data() -> None:
    from conflictparse.text.lexicon.events import event_lexicon  # noqa: PLC0415 - data test

    read = {wording.sub_type for wording in event_lexicon().types}
    read |= {wording.when_state for wording in event_lexicon().types if wording.when_state}
    read |= {wording.when_unopposed for wording in event_lexicon().types if wording.when_unopposed}
    assert read == set(cp.SubEventType)
    for wording in event_lexicon().types:
        assert wording.words or wording.phrases, wording.sub_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("هاجم حشد غاضب مركز الشرطة في مدينة الفاشر.", "mob_violence"),
        ("أعلنت الجماعة المسلحة حل نفسها في مدينة درعا.", "change_to_group_activity"),
    ],
)
def test_the_rarer_sub_event_types(text: str, sub_event_type: str) -> None:
    (row,) = rows(text)
    assert row["sub_event_type"] == sub_event_type


def test_a_side_that_did_so_before_is_no_side_now() -> None:
    text = (
        "قتل 4 جنود في هجوم على حاجز قرب بلدة أوباري، ولم تتبن أي جهة الهجوم، إذ سبق لتنظيم "
        "داعش أن نفذ هجمات مماثلة في المنطقة."
    )
    (row,) = rows(text)
    assert row["actor1"] is None


def test_a_source_word_belongs_to_the_actor_right_after_it() -> None:
    text = (
        "قتل 3 جنود في انفجار عبوة استهدفت دورية قرب بلدة الشعانبي، وتبنته بحسب وزارة الداخلية "
        "التونسية كتيبة عقبة بن نافع."
    )
    (row,) = rows(text)
    assert row["actor1"] != "tunisian_interior_ministry"


def test_a_place_lying_east_of_the_capital_takes_the_headline_at_the_capital() -> None:
    text = (
        "مقتل 6 في اشتباكات بشرق طرابلس\n"
        "قتل ستة أشخاص اليوم في اشتباكات بين فصيلين مسلحين في جنزور الواقعة بغرب العاصمة "
        "الليبية طرابلس."
    )
    assert [picked(row, "location", "fatalities_best") for row in rows(text)] == [("جنزور", 6)]


def test_the_same_place_named_twice_in_a_row_is_one_site() -> None:
    text = "قتل 12 شخصا في اشتباكات بين مجموعات مسلحة في العاصمة الليبية طرابلس."
    assert len(rows(text)) == 1


def test_shelling_by_aircraft_is_an_air_strike() -> None:
    (row,) = rows("استشهد 3 فلسطينيين جراء قصف طيران الاحتلال منزلا في مخيم المغازي.")
    assert picked(row, "sub_event_type", "actor1") == ("air_drone_strike", "israeli_forces")


def test_an_unknown_place_located_elsewhere_is_not_framed_by_an_earlier_region() -> None:
    text = (
        "قتل 12 عنصرا من قوات النظام بهجوم للفصائل في ريف اللاذقية، بينما قتل 5 آخرون بتفجير "
        "انتحاري في قرية تل الصخر القريبة من الطريق الدولي بريف درعا."
    )
    locations = [row["location"] for row in rows(text)]
    assert locations[:2] == ["ريف اللاذقية", "قرية تل الصخر"]


def test_one_killed_told_by_a_noun_of_death_counts_one() -> None:
    (row,) = rows("أطلق مسلحون قذيفة هاون على بلدة الكسوة، ما أسفر عن سقوط قتيل وثلاثة جرحى.")
    assert row["fatalities_best"] == 1


def test_a_toll_over_the_whole_war_is_no_part_of_the_incident() -> None:
    text = (
        "سقطت قذيفة على حي الميدان في دمشق ما أدى إلى مقتل مدنيين اثنين. وتقدر منظمات أن "
        "300 ألف شخص قتلوا في الحرب، وأن نحو 100 قتيل يسقطون يوميا."
    )
    (row,) = rows(text)
    assert row["fatalities_best"] == 2


def test_unnamed_opposition_factions_are_a_side_in_syria() -> None:
    (row,) = rows("شنت فصائل المعارضة هجوما على مواقع قوات النظام في ريف حماة الشمالي.")
    assert picked(row, "actor1", "actor2") == (
        "syrian_opposition_factions",
        "syrian_government_forces",
    )


def test_a_generic_side_is_resolved_by_the_country_of_the_places() -> None:
    (row,) = rows("قالت مصادر محلية إن طيران التحالف شن ثلاث غارات على مديرية حريب في محافظة مأرب.")
    assert row["actor1"] == "saudi_coalition"


def test_a_dual_strike_is_an_air_strike_and_an_island_is_a_place() -> None:
    found = rows(
        "شنت مقاتلات التحالف غارتين جويتين على مواقع للحوثيين في جزيرة زقر بمحافظة الحديدة."
    )
    assert [picked(row, "location", "sub_event_type") for row in found] == [
        ("جزيرة زقر", "air_drone_strike")
    ]


def test_a_toll_told_before_the_attack_in_its_sentence_is_the_attack_toll() -> None:
    text = (
        "أفاد مصدر أمني في محافظة ديالى بأن 4 عناصر من الحشد الشعبي فقدوا حياتهم، فيما أصيب "
        "6 آخرون بهجوم شنه تنظيم داعش على قرية الهارونية."
    )
    (row,) = rows(text)
    assert picked(row, "location", "actor1", "actor2", "fatalities_best") == (
        "قرية الهارونية",
        "islamic_state",
        "pmf",
        4,
    )


def test_most_of_them_children_is_no_spread_of_the_toll() -> None:
    text = "قتل 9 أشخاص غالبيتهم من النساء والأطفال في غارة على منزل في مخيم المغازي."
    (row,) = rows(text)
    assert row["fatalities_best"] == 9


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "قتل عنصران بالحشد الشعبي إثر هجوم نفذته خلايا داعش على قرية البو دور.",
            "islamic_state",
            "pmf",
        ),
        (
            "قتل 5 من عناصر قوات النظام جراء هجوم لتنظيم داعش في بادية السخنة.",
            "islamic_state",
            "syrian_government_forces",
        ),
    ],
    ids=["cue-then-men", "men-of-the-victims"],
)
def test_a_side_named_after_its_men(text: str, actor1: str, actor2: str) -> None:
    (row,) = rows(text)
    assert picked(row, "actor1", "actor2") == (actor1, actor2)


def test_each_item_of_a_list_of_tolls_is_its_own_incident() -> None:
    text = (
        "استشهد 11 مواطنا جراء غارة جوية على بلدة التمانعة، و3 أطفال جراء قصف مدفعي على "
        "بلدة خان شيخون."
    )
    found = [picked(row, "location", "sub_event_type", "fatalities_best") for row in rows(text)]
    assert found == [
        ("بلدة التمانعة", "air_drone_strike", 11),
        ("بلدة خان شيخون", "shelling_artillery_missile_attack", 3),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "دارت معارك عنيفة في بلدة مسكنة أدت إلى مقتل 8 عناصر من قوات النظام، و11 مقاتلا من"
            " تنظيم داعش.",
            [("بلدة مسكنة", 19)],
        ),
        (
            "إثر معارك ضارية في قرية مسكنة أدت إلى مقتل 8 مقاتلين من الفصائل، و11 عنصرا من تنظيم"
            " داعش.",
            [("قرية مسكنة", 19)],
        ),
        # an item with a place of its own is its own incident, as before
        (
            "قتل 8 عناصر من قوات النظام في بلدة مسكنة، و11 مقاتلا من تنظيم داعش في بلدة دير حافر.",
            [("بلدة مسكنة", 8), ("بلدة دير حافر", 11)],
        ),
    ],
)
def test_the_dead_of_each_side_after_a_comma_are_one_battles_toll(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [picked(row, "location", "fatalities_best") for row in rows(text)] == expected


def test_tolls_per_governorate_with_no_wording_are_a_summary() -> None:
    assert rows("وقتل 14 آخرون في حمص و9 في حماة و4 في طرطوس.") == []


def test_an_item_of_a_list_opened_by_a_dual_is_its_own_incident() -> None:
    text = (
        "استشهد 7 مواطنين جراء غارة جوية على بلدة التمانعة، ومواطنان جراء قصف مدفعي على "
        "بلدة خان شيخون."
    )
    found = [picked(row, "location", "actor2", "fatalities_best") for row in rows(text)]
    assert found == [("بلدة التمانعة", "civilians", 7), ("بلدة خان شيخون", "civilians", 2)]


def test_a_later_item_that_mourns_some_of_the_dead_adds_nothing() -> None:
    (row,) = rows("قتل 7 أشخاص بينهم طفل في غارة على بلدة الخيام، ونعى حزب الله 3 منهم.")
    assert picked(row, "location", "fatalities_best") == ("بلدة الخيام", 7)


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("أعلنت قناة الميادين مقتل مراسلها في غارة إسرائيلية على بلدة طيرحرفا.", "بلدة طيرحرفا"),
        ("نقل الجرحى إلى مستشفى النبطية بعد غارة إسرائيلية على بلدة كفر رمان.", "بلدة كفر رمان"),
    ],
    ids=["channel", "hospital"],
)
def test_a_place_in_the_name_of_a_medium_or_a_hospital_is_no_site(text: str, site: str) -> None:
    assert [row["location"] for row in rows(text)] == [site]


def test_a_lead_told_over_a_region_gives_its_toll_to_the_one_strike_it_details() -> None:
    text = (
        "قتل أربعة أشخاص في غارة إسرائيلية على سيارة بجنوب لبنان. وقالت مصادر أمنية إن "
        "مسيرة أطلقت صاروخا على السيارة قرب بلدة دير عامص التابعة لقضاء صور."
    )
    found = [picked(row, "location", "fatalities_best") for row in rows(text)]
    assert found == [("بلدة دير عامص", 4)]


def test_a_lead_over_two_detailed_strikes_keeps_its_total() -> None:
    text = (
        "قتل ثلاثة أشخاص في غارات إسرائيلية على جنوب لبنان. واستهدفت مسيرة شقيقين في بلدة "
        "شبعا، كما استهدفت غارة سيارة في بلدة برعشيت ما أدى لمقتل شخص."
    )
    found = {row["location"]: row["fatalities_best"] for row in rows(text)}
    assert found.get("بلدة شبعا") is None
    assert found["بلدة برعشيت"] == 1


def test_the_vehicle_an_explosive_targets_names_the_side_acted_upon() -> None:
    text = "قتل جنديان بانفجار عبوة ناسفة استهدفت عجلة للجيش العراقي في قضاء هيت."
    (row,) = rows(text)
    assert picked(row, "sub_event_type", "actor1", "actor2") == (
        "remote_explosive_landmine_ied",
        None,
        "iraqi_forces",
    )


# --- real-text rules, session of 2026-12-04 (sentences of our own) ---------------------


@pytest.mark.parametrize(
    ("text", "agent_words"),
    [
        ("قتل ثلاثة أشخاص برصاص مجهولين في بلدة الجيزة.", "برصاص مجهولين"),
        (
            "أطلق مسلحون مجهولون النار على عنصر من قوات النظام في مدينة نوى فقتلوه.",
            "مسلحون مجهولون",
        ),
        ("قتل جندي بانفجار عبوة ناسفة زرعها مجهولون على طريق في قضاء الرطبة.", "مجهولون"),
    ],
)
def test_an_agent_the_text_calls_unknown_leaves_actor1_empty(text: str, agent_words: str) -> None:
    (event,) = events(text)
    assert event.actor1 is None
    assert event.evidence.actor1 is not None
    assert event.evidence.actor1.text == agent_words


def test_an_unknown_agent_takes_no_side_from_the_event_before() -> None:
    found = rows("قصفت قوات النظام بلدة كفرنبل بالمدفعية. وقتل شخصان برصاص مجهولين في بلدة سرمين.")
    assert [picked(row, "location", "actor1") for row in found] == [
        ("بلدة كفرنبل", "syrian_government_forces"),
        ("بلدة سرمين", None),
    ]


def test_an_unknown_fate_is_no_unknown_agent() -> None:
    (event,) = events("اختطفت قوات الدعم السريع 4 مدنيين من قرية أم عضام ولا يزال مصيرهم مجهولا.")
    assert event.actor1 is not None
    assert event.actor1.id == "rsf"


def test_the_places_of_a_road_are_not_its_site() -> None:
    (row,) = rows("قتل 4 جنود في كمين نصبه تنظيم داعش على طريق حمص – تدمر في بادية حمص.")
    assert picked(row, "location", "actor1", "fatalities_best") == (
        "بادية حمص",
        "islamic_state",
        4,
    )


def test_a_road_alone_places_the_event_at_its_first_place() -> None:
    (row,) = rows("قتل سائقان في قصف استهدف شاحنة على طريق حلب - دمشق الدولي.")
    assert row["location"] == "حلب"


def test_a_relative_clause_that_describes_a_place_names_no_site() -> None:
    (row,) = rows("قتل 6 عناصر في هجوم على قرية الكرامة التي تقع على أطراف مدينة السخنة شرقي حمص.")
    assert row["location"] == "قرية الكرامة"


def test_a_relative_clause_that_tells_the_incident_keeps_its_place() -> None:
    found = rows("وصل الوفد إلى مدينة حماة التي شهدت قصفا على بلدة كفرزيتا أسفر عن مقتل 3 مدنيين.")
    assert [row["location"] for row in found] == ["بلدة كفرزيتا"]


def test_clashes_that_break_out_after_an_ambush_are_part_of_it() -> None:
    (row,) = rows(
        "قتل 9 جنود في كمين نصبه تنظيم داعش في منطقة الشولا. واندلعت إثر ذلك اشتباكات أدت "
        "إلى مقتل 4 من عناصر التنظيم."
    )
    assert picked(row, "location", "actor1", "fatalities_best") == (
        "منطقة الشولا",
        "islamic_state",
        13,
    )


def test_fighting_a_side_has_waged_for_weeks_is_a_campaign() -> None:
    assert rows("وتخوض قوات النظام منذ أسابيع معارك ضد التنظيم في بادية دير الزور.") == []


def test_a_date_that_opens_a_war_is_no_day_of_an_incident() -> None:
    (row,) = rows(
        "قتل 5 مدنيين في قصف على مدينة إدلب، في أعنف قصف تشهده المدينة منذ اندلاع الحرب "
        "في عام 2011."
    )
    assert row["date_start"] == PUBLISHED.isoformat()


def test_an_unknown_village_takes_the_known_district_that_holds_it() -> None:
    (event,) = events("قتل راع بانفجار لغم في قرية أم الخيش التابعة لناحية تل الضمان.")
    assert event.location == "قرية أم الخيش"
    assert event.place is not None
    assert event.place.id == "sy_tall_ad_daman"
    assert event.geo_precision == 2


def test_a_badiya_is_a_region_that_frames_its_sites() -> None:
    (row,) = rows("قتل عنصران بانفجار لغم قرب قرية كباجب في بادية دير الزور.")
    assert row["location"] == "قرية كباجب"


def test_an_ambush_in_the_accusative_is_a_clash_set_by_its_agent() -> None:
    (row,) = rows("نصبت خلايا تنظيم داعش كمينا لدورية للجيش قرب قرية المنصورة فقتلت 3 جنود.")
    assert picked(row, "sub_event_type", "actor1") == ("armed_clash", "islamic_state")


@pytest.mark.parametrize(
    "text",
    [
        "استشهد شاب برصاص قوات الاحتلال خلال اقتحامها بلدة عزون شرق قلقيلية.",
        "استشهد فتى برصاص قوات الاحتلال الإسرائيلي في بلدة بيت فجار جنوب بيت لحم.",
        "أطلقت قوات الاحتلال النار على مزارعين في بلدة عبسان فقتلت رجلا.",
    ],
)
def test_a_civilian_shot_in_a_raid_is_an_attack_on_civilians(text: str) -> None:
    (row,) = rows(text)
    assert picked(row, "event_type", "sub_event_type", "actor1", "actor2", "fatalities_best") == (
        "violence_against_civilians",
        "attack",
        "israeli_forces",
        "civilians",
        1,
    )


def test_a_raid_met_by_fighters_is_a_clash() -> None:
    (row,) = rows("اقتحمت قوات النظام بلدة الصنمين واشتبكت مع مسلحين محليين ما أدى لمقتل 4 منهم.")
    assert picked(row, "event_type", "sub_event_type") == ("battles", "armed_clash")


def test_one_side_killing_another_sides_men_is_a_clash_with_no_wording() -> None:
    (row,) = rows("قتل 3 عناصر من قوات النظام برصاص عناصر هيئة تحرير الشام في قرية الملاجة.")
    assert picked(row, "event_type", "sub_event_type", "actor1", "actor2") == (
        "battles",
        "armed_clash",
        "hts",
        "syrian_government_forces",
    )


def test_shelling_and_gunfire_joined_by_and_are_one_incident() -> None:
    (row,) = rows("قتلت قوات النظام أربعة مدنيين في قصف وإطلاق نار على بلدة كنصفرة.")
    assert picked(row, "location", "sub_event_type", "actor2", "fatalities_best") == (
        "بلدة كنصفرة",
        "shelling_artillery_missile_attack",
        "civilians",
        4,
    )


def test_shelling_waged_for_years_is_a_campaign_and_its_toll_no_incidents() -> None:
    found = rows(
        "قتل طفل بقذيفة أطلقها الحوثيون على حي الروضة في مدينة تعز. ومنذ أكثر من عامين يشن "
        "الحوثيون قصفا على المدينة أدى إلى سقوط مئات القتلى."
    )
    assert [picked(row, "location", "fatalities_best") for row in found] == [("حي الروضة", 1)]


def test_a_plural_verb_of_attack_is_a_wording() -> None:
    (row,) = rows("وقال المصدر إن مسلحين هاجموا قرية الحويش وقتلوا أربعة مزارعين.")
    assert picked(row, "location", "event_type", "fatalities_best") == (
        "قرية الحويش",
        "violence_against_civilians",
        4,
    )


def test_a_city_headline_is_the_incident_told_at_one_of_its_quarters() -> None:
    found = rows(
        "مقتل امرأة بقصف حوثي على مدينة تعز\n"
        "وقالت المصادر إن قذيفة أطلقها الحوثيون سقطت على منزل في حي المسبح وسط المدينة."
    )
    assert [picked(row, "location", "fatalities_best") for row in found] == [("حي المسبح", 1)]


def test_a_town_called_a_city_holds_no_quarter_of_another_city() -> None:
    """«مدينة داعل» is a town the gazetteer knows: «درعا البلد» is a quarter of Daraa."""
    found = rows(
        "استهدفت قوات النظام بالمدفعية أحياء درعا البلد.\n"
        "وقتل طفلان بانفجار لغم أرضي في مدينة داعل."
    )
    assert [row["location"] for row in found] == ["درعا البلد", "مدينة داعل"]


def test_a_city_headline_in_a_report_on_two_cities_frames_no_quarter() -> None:
    found = rows("قتل 3 مدنيين بقصف على مدينة تعز. وفي مدينة عدن، قتل شخص بقصف على حي الممدارة.")
    assert [picked(row, "location", "fatalities_best") for row in found] == [
        ("مدينة تعز", 3),
        ("حي الممدارة", 1),
    ]


def test_a_lead_toll_over_the_places_of_one_list_goes_to_the_first() -> None:
    found = rows(
        "قتل 4 مدنيين بقصف مدفعي للحوثيين على أحياء سكنية في مدينة تعز. وأوضحت المصادر أن "
        "القصف استهدف أحياء الجحملية وثعبات وصالة."
    )
    assert [picked(row, "location", "fatalities_best") for row in found] == [
        ("الجحملية", 4),
        ("ثعبات", None),
        ("صالة", None),
    ]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("قتل ضابط في هجوم على حاجز في مدينة حماة، والضابط ينحدر من مدينة مصياف.", "مدينة حماة"),
        # the participle of descent, in the plural
        ("قتل شابان من المنحدرين من حي الغويران بانفجار لغم في قرية الهول.", "قرية الهول"),
        ("انفجر لغم في قرية العزبة فقتل 3 رعاة، المنحدرون من مدينة الشحيل.", "قرية العزبة"),
        (
            "قتل طفل بقذيفة أطلقها المسلحون من مواقع تمركزهم في قرية العنب على قرية الحسينية.",
            "قرية الحسينية",
        ),
        ("قتل نازح من قرية معرشورين في قصف على مخيم أطمة.", "مخيم أطمة"),
        # where the attackers went after, and where the people fled
        (
            "أطلقت قوة تابعة لحركة مناوي النار على سيارة في منطقة الطويلة فقتلت سائقها، قبل"
            " أن تنسحب القوة إلى مدينة كبكابية.",
            "منطقة الطويلة",
        ),
        (
            "اقتحمت قوات الدعم السريع قرية التكينة ما تسبب في نزوحا واسعا للأهالي إلى مدينة"
            " الحصاحيصا.",
            "قرية التكينة",
        ),
        ("قتل شاب من مهجري بلدة معرشورين بقصف على مخيم أطمة.", "مخيم أطمة"),
        (
            "دمرت غارة محطة التحويل في بلدة الخيام، ما أدى لانقطاع الكهرباء عن بلدات"
            " مرجعيون وكفركلا.",
            "بلدة الخيام",
        ),
        (
            "قتل طفل بقذيفة أطلقتها قوات الحزام الأمني من معسكر العند، سقطت في حي الروضة.",
            "حي الروضة",
        ),
        (
            "قصفت الميليشيا حي الروضة، ما أجبر السكان على النزوح نحو مناطق مثل قرية الحصن.",
            "حي الروضة",
        ),
        (
            "قصفت الميليشيا حي الروضة، ما أجبر السكان على النزوح نحو مناطق أكثر أمنا مثل قرية"
            " الحصن.",
            "حي الروضة",
        ),
        (
            "قتل 8 مدنيين في قصف على مدرسة تؤوي النازحين الفارين من مختلف أحياء المدينة ومخيمي"
            " زمزم وأبوشوك في حي الوحدة بالفاشر.",
            "حي الوحدة",
        ),
        (
            "قتل شابان في غارة على بلدة الكرامة، وينحدر أحدهما من بلدة الرشيد.",
            "بلدة الكرامة",
        ),
        (
            "قصفت المدفعية أطراف بلدة الخيام، وأطلقت القنابل المضيئة فوق بلدة كفركلا.",
            "بلدة الخيام",
        ),
        (
            "هاجمت القوات بلدة أم القرى ردا على مجازر الجيش في مدينة الأبيض.",
            "بلدة أم القرى",
        ),
    ],
    ids=[
        "comes-from",
        "descended-from-plural",
        "descended-from-apposition",
        "fires-from",
        "displaced-from",
        "withdrew-to",
        "displacement-to",
        "displaced-of-long-ago",
        "cut-off-from-power",
        "fired-from-far",
        "fled-to",
        "fled-to-an-example-past-its-noun",
        "fled-from-a-list-past-its-noun",
        "came-from",
        "flares-over",
        "answered",
    ],
)
def test_where_someone_comes_or_fires_from_is_no_site(text: str, site: str) -> None:
    assert [row["location"] for row in rows(text)] == [site]


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        (
            "ونقلت الطواقم ثلاثة مصابين من بلدة عبسان إلى المستشفى الأوروبي إثر غارة إسرائيلية.",
            ["بلدة عبسان"],
        ),
        ("وانتشلت الطواقم جثامين ثلاثة شهداء من حي الزيتون بعد غارة إسرائيلية.", ["حي الزيتون"]),
        # people moved from a place are not hurt there
        (
            "ونقلت القوات أسر المقاتلين من مخيم الهول إلى نينوى بعد غارة على بلدة الباغوز.",
            ["بلدة الباغوز"],
        ),
    ],
    ids=["wounded", "bodies", "families"],
)
def test_a_place_the_hurt_or_dead_were_taken_from_is_the_site(
    text: str, locations: list[str]
) -> None:
    assert [row["location"] for row in rows(text)] == locations


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        (
            "قصفت مسيرة دراجة نارية في بلدة الدامور، في ضربة نادرة خارج منطقة الجنوب.",
            ["بلدة الدامور"],
        ),
        # with no other place, the place it was outside of is the nearest one named
        ("استهدفت مسيرة سيارة خارج مدينة صور.", ["مدينة صور"]),
    ],
    ids=["another-site", "alone"],
)
def test_a_place_the_incident_was_outside_of_is_no_site(text: str, locations: list[str]) -> None:
    assert [row["location"] for row in rows(text)] == locations


def test_a_place_after_its_surroundings_with_a_clitic_only_locates() -> None:
    found = rows("استهدفت مسيرة سيارة في قرية الدردارة بمحيط تل تمر، ما أدى إلى مقتل شخصين.")
    assert [row["location"] for row in found] == ["قرية الدردارة"]


@pytest.mark.parametrize(
    "text",
    [
        "انفجرت عبوة ناسفة في حي العصري وسط قضاء الخالص، ما أدى إلى مقتل شخصين.",
        "فجر انتحاري حزاما ناسفا في حي العصري وسط ناحية العظيم.",
    ],
    ids=["district", "subdistrict"],
)
def test_a_unit_in_whose_middle_a_quarter_lies_only_locates_it(text: str) -> None:
    assert [row["location"] for row in rows(text)] == ["حي العصري"]


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        (
            "قتل 7 عناصر في كمين بمنطقة وادي الناقة في المدخل الغربي لمدينة درنة.",
            ["منطقة وادي الناقة"],
        ),
        (
            "اقتحمت قوات الاحتلال منطقة خلة النحلة عند المدخل الجنوبي لبلدة الخضر.",
            ["منطقة خلة النحلة"],
        ),
        # with no other place, the town at whose entrance it happened is the site
        ("انفجرت سيارة مفخخة عند المدخل الشرقي لمدينة سرت.", ["مدينة سرت"]),
    ],
)
def test_a_place_at_whose_entrance_another_lies_only_locates_it(
    text: str, locations: list[str]
) -> None:
    assert [row["location"] for row in rows(text)] == locations


def test_a_media_office_named_after_a_city_is_no_site() -> None:
    found = rows("ذكر مركز حمص الإعلامي أن 10 أشخاص قتلوا بقصف بالبراميل على بلدة الحولة.")
    assert [picked(row, "location", "fatalities_best") for row in found] == [("بلدة الحولة", 10)]


@pytest.mark.parametrize(
    "text",
    [
        "انفجرت سيارة مفخخة عند حاجز في قرية تل عرن القريبة من بلدة السفيرة، ما أدى إلى مقتل 5.",
        "سيطر الجيش على قرية تل عرن المتاخمة لبلدة السفيرة.",
    ],
    ids=["near", "bordering"],
)
def test_a_place_said_near_or_bordering_only_locates(text: str) -> None:
    assert [row["location"] for row in rows(text)] == ["قرية تل عرن"]


def test_the_surroundings_of_a_place_after_and_are_a_second_site() -> None:
    found = rows("قصفت الفصائل معاقل قوات النظام في قرية جدرين ومحيط قرية الزارة.")
    assert [row["location"] for row in found] == ["قرية جدرين", "قرية الزارة"]


def test_those_taken_are_taken_at_their_home_when_no_other_place_is_named() -> None:
    (row,) = rows("اعتقلت قسد 11 شابا من أبناء بلدة ذيبان.")
    assert picked(row, "location", "sub_event_type", "actor1") == ("بلدة ذيبان", "arrests", "sdf")


def test_a_victims_home_is_no_site_of_a_killing() -> None:
    found = rows("قتل مسلحون الشاب أحمد، من أبناء بلدة كحيل، في ريف درعا الشرقي.")
    assert [row["location"] for row in found] == ["ريف درعا الشرقي"]


def test_the_displaced_of_towns_are_killed_where_the_clause_places_them() -> None:
    # «من نازحي مدينتي …» says where the victims fled from; the comma after their noun keeps
    # them civilians
    found = rows(
        "وقال ناشطون إن أربعة مدنيين، من نازحي مدينتي حلفايا وطيبة الإمام، قتلوا في بلدة"
        " كفرنبودة بقذائف الدبابات."
    )
    assert [picked(row, "location", "actor2", "fatalities_best") for row in found] == [
        ("بلدة كفرنبودة", "civilians", 4)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "قتل مدنيان بقصف مدفعي على قرية الحويز، التابعة لناحية قلعة المضيق غرب حماة.",
        "قتل مدنيان بقصف مدفعي على قرية الحويز التابعة لناحية قلعة المضيق غرب حماة.",
    ],
)
def test_the_place_a_village_belongs_to_frames_it_after_a_comma_too(text: str) -> None:
    assert [picked(row, "location", "fatalities_best") for row in rows(text)] == [
        ("قرية الحويز", 2)
    ]


def test_places_listed_after_commas_are_each_a_site() -> None:
    text = "قصفت الطائرات بلدة كفرنبل، وبلدة حاس، ومدينة معرة النعمان."
    assert [row["location"] for row in rows(text)] == [
        "بلدة كفرنبل",
        "بلدة حاس",
        "مدينة معرة النعمان",
    ]


def test_civilians_with_a_comma_after_their_noun_are_civilians() -> None:
    text = "قال ناشطون إن ثلاثة مدنيين، من عائلة واحدة، قتلوا في بلدة كفرنبودة بقذائف الدبابات."
    assert [picked(row, "actor2", "fatalities_best") for row in rows(text)] == [("civilians", 3)]


def test_a_target_between_the_shot_and_from_is_struck_at_its_town() -> None:
    found = rows("أطلقت القوات النار على شاب من بلدة الرشيد فقتلته.")
    assert [row["location"] for row in found] == ["بلدة الرشيد"]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("قتل أربعة أطفال وامرأة في غارة على بلدة معرة حرمة.", 5),
        ("مقتل عنصرين وضابط من قوات النظام بهجوم على حاجز في بلدة كفرزيتا.", 3),
        ("قتل رجل وامرأة وطفلها في قصف على بلدة التمانعة.", 3),
        ("قتل قيادي ومرافقه بانفجار عبوة في مدينة الباب.", 2),
        ("قتل 6 مدنيين بينهم طفلان وامرأة في قصف على بلدة الهبيط.", 6),
        ("قتل 5 أطفال ونساء في غارة على بلدة حاس.", 5),
        ("قال مصدر إن ضابطا وثلاثة جنود قتلوا في هجوم على بلدة المقدادية.", 4),
        ("مدني وطفلان لقوا حتفهم في قصف على بلدة التمانعة.", 3),
        ("قتل ضابط وأربعة جنود في هجوم على قرية البو بالي.", 5),
        ("قتل 7 أشخاص بينهم شرطي وثلاثة مدنيين بتفجير في بلدة الخالص.", 7),
        ("أدت الغارة على قرية الحصن إلى مقتل صاحب المنزل وزوجته وأحد جيرانه.", 3),
        ("قتل مختار القرية ونجله في قصف على قرية الحصن.", 2),
        ("قتل رجل بالإضافة إلى أحد أقاربه في غارة على قرية الحصن.", 2),
        ("قتل صاحب محل تجاري في قصف على سوق بلدة الهبيط.", 1),
        ("استشهدت امرأة حامل وزوجها وطفلتها في غارة على مخيم النصيرات.", 3),
        ("قتل طفل فلسطيني ووالده في قصف على بلدة بيت لاهيا.", 2),
        ("قتل رجل بغارة وأطفاله في بلدة بيت لاهيا.", 1),
    ],
    ids=[
        "count-and-one",
        "soldiers-and-officer",
        "three-singles",
        "kin",
        "breakdown",
        "plural",
        "one-before-a-count-verb-after",
        "one-before-a-dual",
        "one-already-read",
        "one-in-a-breakdown",
        "owner-wife-and-one-of-the-neighbours",
        "past-the-complement",
        "one-of-a-group-after-besides",
        "owner-of-a-shop",
        "past-an-adjective",
        "past-a-nationality",
        "not-past-a-means",
    ],
)
def test_single_victims_joined_to_a_death_count_one_each(text: str, toll: int) -> None:
    (row,) = rows(text)
    assert row["fatalities_best"] == toll


def test_the_side_that_holds_the_place_is_no_side_of_the_strike() -> None:
    (row,) = rows(
        "قتل 6 مدنيين بقصف مسيرة على سوق بلدة أم صميمة الواقعة تحت سيطرة قوات الدعم السريع."
    )
    assert picked(row, "actor1", "actor2") == (None, "civilians")


def test_a_side_that_reports_the_toll_after_hasbama_is_a_source() -> None:
    (row,) = rows("قتل 9 مدنيين في قصف على سوق مدينة الفولة، حسبما أعلنت قوات الدعم السريع.")
    assert row["actor1"] is None


@pytest.mark.parametrize(
    ("published", "forces"),
    [
        (datetime.date(2019, 6, 1), "syrian_government_forces"),
        (datetime.date(2025, 6, 1), "syrian_transitional_forces"),
    ],
)
def test_the_forces_of_the_damascus_government_depend_on_the_date(
    published: datetime.date, forces: str
) -> None:
    (row,) = rows("قتل عنصران من قوات حكومة دمشق بهجوم على حاجز في قرية الحويز.", published)
    assert row["actor2"] == forces


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "ارتكبت طائرات الاحتلال مجزرة جديدة بقصف منزل في حي الأمل بمدينة خان يونس قتل فيها 9.",
            "air_drone_strike",
        ),
        (
            "المجزرة التي نفذتها قوات النظام بقصفها بلدة كفرنبل أودت بحياة 8 مدنيين.",
            "shelling_artillery_missile_attack",
        ),
        ("ارتكبت قوات النظام مجزرة في بلدة التريمسة راح ضحيتها 20 مدنيا.", "attack"),
    ],
    ids=["aircraft-and-means", "means-after-a-relative-clause", "massacre-alone"],
)
def test_a_massacre_told_with_its_means_is_that_strike(text: str, sub_type: str) -> None:
    (row,) = rows(text)
    assert row["sub_event_type"] == sub_type


@pytest.mark.parametrize(
    ("text", "published", "actor2"),
    [
        (
            "قتل جندي بانفجار عبوة ناسفة استهدفت دورية للجيش قرب قضاء الطارمية.",
            None,
            "iraqi_forces",
        ),
        ("قتل جنديان عراقيان بانفجار عبوة ناسفة قرب قضاء المقدادية.", None, "iraqi_forces"),
    ],
    ids=["patrol-of-the-army", "soldiers-and-nationality"],
)
def test_forces_named_by_their_target_or_nationality_are_acted_upon(
    text: str, published: datetime.date | None, actor2: str | None
) -> None:
    (row,) = rows(text, published)
    assert row["actor2"] == actor2


@pytest.mark.parametrize(
    ("published", "actor1"),
    [
        (datetime.date(2019, 5, 1), "syrian_government_forces"),
        (datetime.date(2025, 5, 1), "syrian_transitional_forces"),
    ],
)
def test_a_nationality_after_a_strike_names_the_forces_of_the_date(
    published: datetime.date, actor1: str
) -> None:
    (row,) = rows("قتل 4 مدنيين في غارات سورية على بلدة كفرنبل.", published)
    assert row["actor1"] == actor1


def test_a_breakdown_by_place_gives_each_site_its_own_count() -> None:
    found = rows("قتل 15 مدنيا في قصف على ريف حماة، بينهم 6 في بلدة اللطامنة و4 في بلدة كفرزيتا.")
    assert [picked(row, "location", "fatalities_best") for row in found] == [
        ("بلدة اللطامنة", 6),
        ("بلدة كفرزيتا", 4),
    ]


def test_a_breakdown_by_kind_at_one_site_keeps_the_total_there() -> None:
    (row,) = rows("قتل 8 مدنيين بينهم ثلاثة أطفال في قرية معرزيتا بغارة جوية.")
    assert row["fatalities_best"] == 8


def test_holding_a_body_is_no_arrest() -> None:
    found = rows("استشهد شاب برصاص قوات الاحتلال في بلدة يعبد واحتجزت القوات جثمانه.")
    assert [row["sub_event_type"] for row in found] == ["attack"]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("قتل قائد كتيبة أبو سليم في اشتباكات في منطقة الهواري.", "منطقة الهواري"),
        ("قتل 4 عناصر بكمين استهدفهم عائدين من مدينة الموصل في قضاء مخمور.", "قضاء مخمور"),
    ],
    ids=["unit-named-after-a-place", "coming-back-from"],
)
def test_a_unit_or_a_route_names_no_site(text: str, site: str) -> None:
    assert [row["location"] for row in rows(text)] == [site]


def test_a_place_told_with_quotes_and_without_is_one_place() -> None:
    found = rows(
        "سيطر المسلحون على مديرية “ردمان ” بعد معارك عنيفة. وقالت مصادر محلية إن المسلحين"
        " سيطروا على مديرية ردمان بالكامل."
    )
    assert [row["event_type"] for row in found] == ["battles"]


def test_the_owner_of_a_drone_acts() -> None:
    (row,) = rows("قتل 5 مدنيين بقصف مسيرة تتبع لقوات الدعم السريع على سوق مدينة ربك.")
    assert picked(row, "actor1", "actor2") == ("rsf", "civilians")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "قتل 4 مدنيين في قصف شنته دبابات تابعة للحوثيين على حي الروضة في مدينة تعز.",
            ("houthis", "civilians"),
        ),
        ("قصفت دبابات تابعة للحوثيين حي الروضة في مدينة تعز.", ("houthis", None)),
        (
            "أسفر استهداف دبابة تابعة للحوثيين في حي الروضة بمدينة تعز عن مقتل 3 عناصر.",
            (None, "houthis"),
        ),
    ],
    ids=["after-the-doers-cue", "after-a-feminine-verb", "object-of-a-verbal-noun"],
)
def test_tanks_of_a_side_act_when_they_are_the_subject(
    text: str, pair: tuple[str | None, str | None]
) -> None:
    (row,) = rows(text)
    assert picked(row, "actor1", "actor2") == pair


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "شن مسلحون موالون لتنظيم الدولة الإسلامية قصفا على حي سكني في مدينة بني وليد.",
            ("islamic_state", "civilians"),
        ),
        (
            "أسفر هجوم نفذته عناصر تابعة لتنظيم القاعدة على حاجز في مدينة عتق عن مقتل 3 جنود.",
            ("aqap", None),
        ),
        (
            "قتل 4 عناصر موالين لقوات النظام بهجوم لتنظيم داعش على حاجز في بلدة السخنة.",
            ("islamic_state", "syrian_government_forces"),
        ),
        (
            "اندلعت اشتباكات بين قوات قسد ومسلحين موالين لتنظيم داعش في بلدة الشحيل.",
            ("sdf", "islamic_state"),
        ),
    ],
    ids=["gunmen-shell", "men-attack", "men-counted", "second-of-a-clash"],
)
def test_unnamed_men_loyal_to_a_side_are_its_men(text: str, pair: tuple[str, str | None]) -> None:
    (row,) = rows(text)
    assert picked(row, "actor1", "actor2") == pair


def test_a_backer_of_the_side_that_strikes_is_no_side() -> None:
    (row,) = rows(
        "قتل 6 مدنيين في غارة للطيران الحربي التابع للجيش السوداني والمسنود بطيران مصري على "
        "سوق مدينة مليط."
    )
    assert picked(row, "actor1", "actor2") == ("saf", "civilians")
    assert "egypt_forces" in row["associated_actors"]


def test_the_parent_of_an_armed_wing_is_no_side() -> None:
    (row,) = rows("أعلنت كتائب القسام الجناح العسكري لحركة حماس استهداف معسكر الاحتلال في رفح.")
    assert picked(row, "actor1", "actor2") == ("qassam_brigades", "israeli_forces")
    assert "hamas" in row["associated_actors"]


def test_a_militia_belonging_to_the_state_is_still_an_ally_not_an_owner() -> None:
    (row,) = rows("قتل عنصران من الدفاع الوطني التابع لقوات النظام بهجوم على حاجز في قرية الشولا.")
    assert row["actor1"] != "syrian_government_forces"


def test_a_toll_told_in_the_next_sentence_of_the_strike_joins_it() -> None:
    (row,) = rows("قصفت مسيرة منزلا في مدينة سنار. وأسفر القصف عن مقتل 6 مواطنين.")
    assert picked(row, "location", "fatalities_best") == ("مدينة سنار", 6)


def test_a_lead_at_a_governorate_that_the_body_restates_is_one_clash() -> None:
    found = rows(
        "قتل 30 عنصرا على الأقل في اشتباكات عنيفة قرب محافظة إدلب. واندلعت الاشتباكات إثر هجوم "
        "شنته هيئة تحرير الشام على مواقع قوات النظام في ريف حماة الشمالي، وأسفرت عن مقتل 18 "
        "عنصرا من الهيئة مقابل 12 من قوات النظام."
    )
    assert [picked(row, "location", "fatalities_best") for row in found] == [
        ("ريف حماة الشمالي", 30)
    ]


def test_a_body_at_a_broader_place_does_not_take_the_lead() -> None:
    found = rows(
        "قتل 9 مدنيين في قصف للحوثيين على مدينة تعز. وقال مسؤول إن القصف على اليمن أدى إلى "
        "مقتل 9 مدنيين."
    )
    assert ("مدينة تعز", 9) in [picked(row, "location", "fatalities_best") for row in found]


def test_other_victims_at_a_narrower_place_are_another_strike() -> None:
    found = rows(
        "استشهد 12 شخصا في غارة على منزل في مدينة خان يونس. كما استشهد مواطنان آخران جراء غارة "
        "على منزل في حي الأمل بخان يونس."
    )
    assert [picked(row, "location", "fatalities_best") for row in found] == [
        ("مدينة خان يونس", 12),
        ("حي الأمل", 2),
    ]


def test_an_added_toll_after_a_comma_is_an_item_of_its_own() -> None:
    found = rows(
        "استشهد ثلاثة مدنيين في قصف على منزل في حي الشاطئ، بالإضافة إلى مقتل خمسة آخرين في قصف "
        "على مدرسة في حي الشيخ رضوان."
    )
    assert [picked(row, "location", "fatalities_best") for row in found] == [
        ("حي الشاطئ", 3),
        ("حي الشيخ رضوان", 5),
    ]


def test_an_added_place_after_a_comma_stays_in_its_list() -> None:
    found = rows(
        "قصفت قوات النظام بالمدفعية بلدات كنصفرة والفطيرة، إضافة إلى مدينة سرمين، ما أدى إلى "
        "مقتل مدني."
    )
    assert "مدينة سرمين" in [row["location"] for row in found]


def test_a_bare_figure_at_a_town_after_a_death_of_one_is_its_own_item() -> None:
    found = rows("قتل رجل في قرية الهبيط و3 في بلدة التح جراء قصف مدفعي.")
    assert [picked(row, "location", "fatalities_best") for row in found] == [
        ("قرية الهبيط", 1),
        ("بلدة التح", 3),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the places struck, then a toll at each named again: a breakdown with no count on the
        # first, the next items with a bare figure or a dual noun and no head before the name
        "قصف الطيران الحربي مدينة كفرنبل وبلدة حاس وقرية البارة منذ مساء أمس، لترتفع حصيلة"
        " القتلى إلى 6 مدنيين بينهم نساء وأطفال في مدينة كفرنبل، و3 في حاس وقتيلين في البارة.",
        "قصف الطيران الحربي مدينة كفرنبل وبلدة حاس وقرية البارة منذ مساء أمس، ما أدى إلى مقتل"
        " 6 مدنيين في مدينة كفرنبل، و3 في حاس و2 في البارة.",
    ],
)
def test_a_toll_told_at_each_place_struck_goes_to_each(text: str) -> None:
    assert [picked(row, "location", "fatalities_best") for row in rows(text)] == [
        ("مدينة كفرنبل", 6),
        ("بلدة حاس", 3),
        ("قرية البارة", 2),
    ]


def test_a_lead_toll_the_body_sums_by_place_is_no_toll_of_a_later_strike_in_its_region() -> None:
    text = (
        "قتل 9 مدنيين بغارات جوية على ريف إدلب الجنوبي.\n"
        "وقال ناشطون إن الطائرات الحربية استهدفت مدينة كفرنبل وبلدة حاس صباح اليوم، ما أدى إلى"
        " مقتل 6 مدنيين في مدينة كفرنبل، و3 في حاس.\n"
        "كما ألقت المروحيات براميل متفجرة على بلدة معرشورين في ريف إدلب الجنوبي."
    )
    assert [picked(row, "location", "fatalities_best") for row in rows(text)] == [
        ("مدينة كفرنبل", 6),
        ("بلدة حاس", 3),
        ("بلدة معرشورين", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll told after for the places of one clause is shared: the first place's
        (
            "وقال مصدر أمني إن مسلحين هاجموا حواجز للشرطة في ناحية العباسي وقضاء الدبس. وأضاف"
            " أن الهجمات كانت متزامنة، وخلفت قتيلا وجريحين.",
            [("ناحية العباسي", 1), ("قضاء الدبس", None)],
        ),
        (
            "أسفر قصف مدفعي على بلدة كفرنبل عن مقتل 3 مدنيين. وقصفت الطائرات قريتي حاس والبارة."
            " وأدى القصف إلى مقتل 4 مدنيين.",
            [("بلدة كفرنبل", 3), ("حاس", 4), ("البارة", None)],
        ),
    ],
)
def test_a_toll_told_after_the_places_of_one_clause_is_the_first_places(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    assert [picked(row, "location", "fatalities_best") for row in rows(text)] == expected


def test_a_strike_told_alike_at_a_village_of_the_city_is_another_than_the_citys() -> None:
    # «مماثل» after the wording: one more strike, not the city's told again at its village
    text = (
        "قتل ثلاثة مدنيين بقصف جوي على مدينة معرة النعمان صباح اليوم. وتعرضت قرية معرشمشة"
        " التابعة لمدينة معرة النعمان لقصف جوي مماثل أدى إلى مقتل مدني."
    )
    assert [picked(row, "location", "fatalities_best") for row in rows(text)] == [
        ("مدينة معرة النعمان", 3),
        ("قرية معرشمشة", 1),
    ]


def test_figures_by_governorate_stay_a_summary() -> None:
    assert rows("قتل 27 شخصا في إدلب و25 في درعا و21 في حلب و17 في دير الزور.") == []


@pytest.mark.parametrize(
    ("text", "sub_type", "actor1", "actor2"),
    [
        (
            "قصف سلاح الجو مقرا لتنظيم داعش في مدينة درنة.",
            "air_drone_strike",
            None,
            "islamic_state",
        ),
        (
            "استهدف انتحاري مقرا لقوات الحشد الشعبي في مدينة بعقوبة ما أدى لمقتل 6 عناصر.",
            "suicide_bomb",
            None,
            "pmf",
        ),
        (
            "فجر انتحاري نفسه في مقر لميليشيا عصائب أهل الحق في مدينة كركوك.",
            "suicide_bomb",
            None,
            "asaib_ahl_al_haq",
        ),
    ],
    ids=["air-force-on-a-base", "bomber-on-a-base", "base-of-a-militia"],
)
def test_the_target_of_a_strike_is_acted_upon(
    text: str, sub_type: str, actor1: str | None, actor2: str
) -> None:
    (row,) = rows(text)
    assert picked(row, "sub_event_type", "actor1", "actor2") == (sub_type, actor1, actor2)


def test_an_air_force_named_by_a_nationality_is_no_police() -> None:
    (row,) = rows("قصف سلاح الجو الليبي مواقع للمسلحين في مدينة بنغازي.")
    assert row["actor1"] != "libyan_police"


@pytest.mark.parametrize(
    "text",
    [
        "قتل شخص في غارة إسرائيلية على بلدة حولا، في أحدث خرق لاتفاق وقف إطلاق النار.",
        "قتل عنصران في قصف على بلدة كفرنبل، في انتهاك جديد لاتفاق وقف إطلاق النار.",
    ],
)
def test_a_breach_of_a_ceasefire_is_no_agreement(text: str) -> None:
    assert [row["sub_event_type"] for row in rows(text)] in (
        ["air_drone_strike"],
        ["shelling_artillery_missile_attack"],
    )


def test_talk_of_a_withdrawal_is_no_event() -> None:
    assert rows("وتأتي الأنباء وسط حديث عن انسحاب الجيش من بعض مناطق ديالى.") == []


@pytest.mark.parametrize(
    "text",
    [
        "ويشن الطيران غارات على محيط مدينة حرض بشكل شبه يومي منذ شهرين.",
        "وتتعرض مدينة حرض لقصف يومي من الطيران.",
    ],
)
def test_strikes_told_as_a_habit_are_no_incident(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    ["شهد حي الصابري قتالا عنيفا بين الجيش والمسلحين.", "اندلع اقتتال بين فصيلين في حي الصابري."],
)
def test_fighting_told_as_an_object_or_infighting_is_a_clash(text: str) -> None:
    assert [(row["location"], row["sub_event_type"]) for row in rows(text)] == [
        ("حي الصابري", "armed_clash")
    ]


def test_a_call_to_stop_the_fighting_is_no_clash() -> None:
    assert rows("دعت الأمم المتحدة إلى وقف القتال في حي الصابري.") == []


@pytest.mark.parametrize(
    "text",
    [
        "اندلعت اشتباكات يومي الخميس والجمعة في مدينة حرض.",
        "اندلعت اشتباكات يومي 4 و5 مايو في مدينة حرض.",
    ],
)
def test_clashes_on_two_days_told_by_the_dual_are_an_incident(text: str) -> None:
    """«يومي» before a weekday or a figure is two days, not the adjective of a habit."""
    found = rows(text)
    assert [(row["location"], row["sub_event_type"]) for row in found] == [
        ("مدينة حرض", "armed_clash")
    ]


def test_places_of_a_list_told_with_commas_are_each_an_event() -> None:
    text = "وقصفت قوات النظام قرى كفرنبل، حاس، معرة حرمة جنوبي إدلب."
    assert [row["location"] for row in rows(text)] == ["كفرنبل", "حاس", "معرة حرمة"]


def test_a_broader_place_after_a_comma_still_holds_the_one_before() -> None:
    (row,) = rows("وقصفت الطائرات حي الخالدية، حمص.")
    assert (row["location"], row["admin1"]) == ("حي الخالدية", "Homs")


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "وقال مراسل القناة في مدينة حمص إن سيارة مفخخة انفجرت في بلدة تلبيسة فقتلت 3.",
            "بلدة تلبيسة",
        ),
        (
            "وأكد مركز الإسعاف في مدينة قلقيلية استشهاد شاب برصاص قوات الاحتلال في بلدة عزون.",
            "بلدة عزون",
        ),
        ("أفاد مصدر في محافظة ديالى بأن 4 عناصر فقدوا حياتهم بهجوم مسلح.", "محافظة ديالى"),
        (
            "وقال سالم، المتحدث باسم جهاز الإسعاف والطوارئ في طرابلس، إن الاشتباكات اندلعت"
            " في مدينة الزاوية.",
            "مدينة الزاوية",
        ),
        ("وقالت مصادر إن الطيران قصف في ريف حماة بلدة اللطامنة.", "بلدة اللطامنة"),
        # a correspondent by a pronoun, and committees that report before «إن»
        ("أفاد مراسلنا في حمص بأن قصفا استهدف بلدة تلبيسة ما أدى لمقتل 4.", "بلدة تلبيسة"),
        ("وقالت لجان المقاومة في مدينة حمص إن القوات قصفت بلدة تلبيسة.", "بلدة تلبيسة"),
        # their toll told for the place itself: the place stands
        (
            "أفادت لجان المقاومة في مدينة حمص بمقتل 6 مدنيين جراء قصف استهدف المدينة.",
            "مدينة حمص",
        ),
    ],
    ids=[
        "reporter",
        "centre",
        "the-only-place-stands",
        "a-body-named-long",
        "not-past-that",
        "our-reporter",
        "committees-before-that",
        "committees-toll-of-their-place",
    ],
)
def test_the_seat_of_who_tells_is_no_site_beside_another(text: str, site: str) -> None:
    assert [row["location"] for row in rows(text)] == [site]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قتل 12 عنصرا من القوات النظامية في هجوم على حي الشعار في مدينة حلب. وفي محافظة "
            "حمص، أفاد المرصد عن مقتل 12 عنصرا من القوات النظامية في هجوم على حاجز قرب بلدة "
            "القريتين.",
            [("حي الشعار", 12), ("بلدة القريتين", 12)],
            id="equal-tolls-in-two-provinces",
        ),
        pytest.param(
            "ارتفع عدد قتلى القصف على مدينة الرستن إلى 14. كما ارتفعت حصيلة قتلى قصف حي الوعر "
            "إلى 6.",
            [("مدينة الرستن", 14), ("حي الوعر", 6)],
            id="also-another-running-total",
        ),
        pytest.param(
            "قتل مدني جراء قصف اليوم على قرية كنصفرة بجبل الزاوية. وأشار المرصد إلى مقتل 3 من "
            "عناصر "
            "الفصائل جراء قصف استهدف مواقع لهم صباح أمس في جبل الزاوية.",
            [("قرية كنصفرة", 1), ("جبل الزاوية", 3)],
            id="the-broad-place-on-another-day",
        ),
    ],
)
def test_incidents_at_other_places_or_days_stay_apart(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert tolls_by_place(text, datetime.date(2020, 7, 26)) == expected


def tolls_by_place(text: str, published: datetime.date) -> list[tuple[object, object]]:
    """(location, best toll) of each row of ``text``, in order."""
    found = cp.parse_report(text, published=published).to_rows()
    return [(row["location"], row["fatalities_best"]) for row in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "ارتفعت حصيلة القتلى في محافظة درعا إلى 412 قتيلا منذ صباح الجمعة 11 تموز.",
            [],
            id="a-total-since-a-calendar-day",
        ),
        pytest.param(
            "وارتفع عدد الشهداء في قطاع غزة منذ 9 أكتوبر 2023 ليصل إلى 921 شهيدا.",
            [],
            id="a-total-since-a-dated-day",
        ),
        pytest.param(
            "ارتفع عدد القتلى في بلدة الكرك منذ صباح الأحد إلى 18.",
            [("بلدة الكرك", 18)],
            id="its-own-running-total-since-a-weekday",
        ),
        pytest.param(
            "توفي شرطيان إثر حادث سير على طريق الحلة.",
            [],
            id="a-road-accident",
        ),
        pytest.param(
            "لقي عامل مصرعه بصعقة كهربائية في حي الكرادة قبل أن يعتقل صاحب الورشة.",
            [],
            id="an-electric-shock",
        ),
        pytest.param(
            "تعيش مدينة الطينة حصارا خانقا، وتوفي 12 طفلا جراء الجوع رغم هدوء المعارك فيها.",
            [],
            id="deaths-of-hunger",
        ),
        pytest.param(
            "توفي ستة مسنين جوعا في مخيم كلمة بعد أن منعت المعارك وصول القوافل.",
            [],
            id="starved",
        ),
        pytest.param(
            "قتل أربعة عناصر من الشرطة بانفجار عبوة في مدينة الطبقة. وأعلن تنظيم داعش "
            "مسؤوليته عن التفجير، وأشار إلى سقوط نحو 15 قتيلا.",
            [("مدينة الطبقة", 4)],
            id="the-claimants-toll",
        ),
    ],
)
def test_totals_accidents_and_claims_are_no_incident_tolls(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert tolls_by_place(text, datetime.date(2025, 7, 18)) == expected


def test_liberating_a_town_is_taking_it() -> None:
    (row,) = rows("حررت قوات الجيش الوطني مدينة الخوخة في اليمن.")
    assert picked(row, "sub_event_type", "actor1") == (
        "government_regains_territory",
        "yemeni_government_forces",
    )


def test_anti_aircraft_guns_are_no_air_strike() -> None:
    text = (
        "قصف المسلحون بصواريخ الكاتيوشا أحياء مدينة تعز، فيما تطلق المدفعية المضادة للطيران "
        "نيرانها من تلة قريبة."
    )
    assert [row["sub_event_type"] for row in rows(text)] == ["shelling_artillery_missile_attack"]


@pytest.mark.parametrize(
    "text",
    [
        "صد الجيش هجوما قرب بلدة السواني وأجبر المهاجمين على التراجع إلى منطقة قصر بن غشير.",
        "اشتبكت قوات الدعم السريع مع مسلحين في مدينة الأبيض سرقوا ماشية كانت متجهة من بلدة "
        "بارا إلى مدينة كوستي.",
        "قتل 3 مدنيين في قصف على بلدة الأبيض ونقل الجرحى إلى مدينة الحسكة.",
    ],
)
def test_where_people_go_or_are_taken_is_no_site(text: str) -> None:
    assert len(rows(text)) == 1


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("قتل مدني بقصف حكومي صاروخي على قرية كنصفرة في ريف إدلب.", "syrian_government_forces"),
        ("قصفت طائرات حكومية مسيرة بلدة البارة في ريف إدلب.", "syrian_government_forces"),
        ("قتل 4 مدنيين في قصف مدفعي حكومي على بلدة الكومة في شمال دارفور.", "saf"),
    ],
    ids=["attack-adjective", "arm-and-adjective", "another-country"],
)
def test_the_government_adjective_names_the_forces_of_the_reports_country(
    text: str, actor1: str
) -> None:
    (row,) = rows(text)
    assert row["actor1"] == actor1


@pytest.mark.parametrize(
    "text",
    [
        "قتل ثلاثة آخرون، بينهم سيدتان، بقصف للطيران المروحي على بلدة كفرعويد.",
        "قصف الطيران الحربي بلدة حاس حيث قتل ستة، بينهم أطفال ونساء.",
        "قتل سبعة -من بينهم نساء- في غارة على بلدة معرشورين.",
    ],
    ids=["counted-dual", "uncounted-plurals", "between-dashes"],
)
def test_women_and_children_among_the_dead_make_them_civilians(text: str) -> None:
    (row,) = rows(text)
    assert row["actor2"] == "civilians"


def test_children_among_the_dead_of_a_clash_are_no_side() -> None:
    text = "قتل ستة في اشتباكات بين الفصائل وقوات النظام في بلدة كفرعويد، بينهم أطفال."
    (row,) = rows(text)
    assert row["actor2"] != "civilians"


def test_a_strike_with_no_side_takes_the_side_told_before_it() -> None:
    text = (
        "قصفت مروحيات النظام بلدة كفرعويد. وتعرضت قرية حاس لقصف جوي مماثل. "
        "كما شنت طائرات حربية روسية غارات على بلدة معرشورين."
    )
    assert [picked(row, "location", "actor1") for row in rows(text)] == [
        ("بلدة كفرعويد", "syrian_government_forces"),
        ("قرية حاس", "syrian_government_forces"),
        ("بلدة معرشورين", "russia_forces"),
    ]


def test_the_places_of_a_list_take_the_sides_of_their_clause_not_of_the_strike_before() -> None:
    # a long list, with a town struck before by the other side: the list's sides still hold
    text = (
        "وقصفت مدفعية قسد بلدة كلجبرين بريف حلب.\n"
        "ثم قصفت مدفعية الجيش التركي، مواقع قسد في مدن وبلدات وقرى منبج، وتل رفعت، ومنغ، ودير"
        " جمال، وكلجبرين، ومرعناز، وعين دقنة، والشيخ عيسى، والشيخ هلال، وحربل، وإحرص وفافين،"
        " وحساجك وشوارغة بريف حلب الشمالي."
    )
    found = [picked(row, "location", "actor1", "actor2") for row in rows(text)]
    assert found[0] == ("بلدة كلجبرين", "sdf", None)
    assert len(found) > 4
    assert {(actor1, actor2) for _, actor1, actor2 in found[1:]} == {("turkey_forces", "sdf")}


def test_a_strike_before_any_side_is_named_takes_the_side_told_after_it() -> None:
    text = "تعرضت قرية حاس لقصف جوي. كما شنت طائرات حربية روسية غارات على بلدة معرشورين."
    assert [row["actor1"] for row in rows(text)] == ["russia_forces", "russia_forces"]


def test_a_shelling_takes_no_side_from_an_air_strike_told_before_it() -> None:
    text = (
        "شن الطيران الحربي الروسي غارات على بلدة التمانعة.\n"
        "وطال قصف مدفعي بلدة الهبيط.\n"
        "وطالت غارات مماثلة بلدة كفرسجنة."
    )
    assert [(row["location"], row["actor1"]) for row in rows(text)] == [
        ("بلدة التمانعة", "russia_forces"),
        ("بلدة الهبيط", None),
        ("بلدة كفرسجنة", "russia_forces"),
    ]


def test_a_mine_takes_no_side_from_the_shelling_told_before_it() -> None:
    text = (
        "قصفت قوات النظام بالمدفعية بلدة الحراك.\n"
        "وقتل طفلان بانفجار لغم أرضي في بلدة داعل.\n"
        "وأصيب شاب بانفجار عبوة ناسفة زرعها مجهولون في بلدة طفس."
    )
    assert [(row["location"], row["actor1"]) for row in rows(text)] == [
        ("بلدة الحراك", "syrian_government_forces"),
        ("بلدة داعل", None),
        ("بلدة طفس", None),
    ]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("وتعرضت بلدة كفرعويد لقصف مدفعي من مقار قوات النظام القريبة.", "syrian_government_forces"),
        ("سقطت قذائف على قرية حاس مصدرها قوات النظام.", "syrian_government_forces"),
        ("قصف مدفعي من مواقع تمركز هيئة تحرير الشام استهدف قرية جورين.", "hts"),
    ],
    ids=["from-the-seats", "its-source", "from-the-positions"],
)
def test_where_the_fire_came_from_names_who_fired(text: str, actor1: str) -> None:
    (row,) = rows(text)
    assert row["actor1"] == actor1


@pytest.mark.parametrize(
    "text",
    [
        "وقالت قناة الإخبارية في دمشق إن 9 من عناصر الأمن قتلوا في اشتباكات في مدينة جبلة.",
        "ونقلت وسائل الإعلام الرسمية بصنعاء أن 12 شخصا قتلوا في قصف على مديرية شدا.",
    ],
    ids=["a-channel-in-a-city", "the-media-of-a-city"],
)
def test_the_city_of_the_media_that_tell_is_no_site(text: str) -> None:
    (row,) = rows(text)
    assert row["location"] in {"مدينة جبلة", "مديرية شدا"}
    assert row["fatalities_best"] in {9, 12}


def test_the_wounded_told_right_after_the_dead_are_of_the_same_incident() -> None:
    text = (
        "وقال مراسل الجزيرة في حماة إن ثلاثة أشخاص قتلوا، وجرح عشرات إثر غارات على أحياء سكنية "
        "في مدينة اللطامنة."
    )
    (row,) = rows(text)
    assert picked(row, "location", "sub_event_type", "fatalities_best") == (
        "مدينة اللطامنة",
        "air_drone_strike",
        3,
    )


def test_a_list_of_tolls_by_place_still_splits_after_the_dead() -> None:
    text = "قتل 3 مدنيين بقصف على بلدة كفرنبل، وأصيب 5 آخرون بقصف على بلدة حاس."
    assert [picked(row, "location", "fatalities_best") for row in rows(text)] == [
        ("بلدة كفرنبل", 3),
        ("بلدة حاس", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "استهدفت الفصائل بصاروخ موجه دبابة لقوات النظام في قرية حاس ما أدى لانفجارها.",
        "استهدفت الفصائل بصاروخ تاو راجمة صواريخ لقوات النظام في تلة الشيخ يوسف، ما أدى إلى "
        "انفجارها وانفجار مستودع ذخيرة بقربها.",
    ],
    ids=["glued-lead", "two-blasts"],
)
def test_a_blast_a_strike_caused_is_no_bomb_of_its_own(text: str) -> None:
    (row,) = rows(text)
    assert picked(row, "sub_event_type", "actor2") == (
        "shelling_artillery_missile_attack",
        "syrian_government_forces",
    )


def test_a_blast_that_causes_deaths_is_still_a_bomb() -> None:
    (row,) = rows("أدى انفجار عبوة ناسفة في قرية حاس إلى مقتل شخصين.")
    assert row["sub_event_type"] == "remote_explosive_landmine_ied"


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            "وقامت قوات النظام المتواجدة في معسكر الطلائع بقصف منازل المدنيين في بلدة الغنطو، "
            "ما أدى لمقتل امرأة.",
            "بلدة الغنطو",
        ),
        ("قصفت قوات النظام المنتشرة في قرية جورين بلدة قسطون.", "بلدة قسطون"),
        ("قتل 3 عناصر من قوات النظام المتمركزة في قرية جورين بهجوم للفصائل.", "قرية جورين"),
    ],
    ids=["stationed-in-a-camp", "deployed-in-a-village", "struck-where-they-stand"],
)
def test_where_a_sides_men_stand_is_a_site_only_when_no_other_is_named(
    text: str, location: str
) -> None:
    assert [row["location"] for row in rows(text)] == [location]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "أعلن الجيش المالي في بيان مقتل شخصين في قصف على مدينة تمبكتو.",
            (None, "civilians"),
        ),
        (
            "أعلن الجيش العراقي مقتل 3 من جنوده في هجوم على قرية البو فراج.",
            (None, "iraqi_forces"),
        ),
        (
            "أعلن جيش النصر مقتل ضابط روسي وعدة عناصر من قوات النظام في قرية حاس.",
            ("jaysh_al_nasr", "syrian_government_forces"),
        ),
        # a headline names the side before its verb
        (
            "حزب الله يعلن مقتل اثنين من عناصره بغارة إسرائيلية على بلدة عيترون",
            ("israeli_forces", "hezbollah"),
        ),
        (
            "الجيش العراقي يعلن مقتل 4 من جنوده في هجوم على قرية البو فراج",
            (None, "iraqi_forces"),
        ),
        # another side told acting: the announcer only tells
        (
            "أعلنت الشرطة العراقية مقتل 6 من عناصر الحشد الشعبي في كمين لداعش قرب قرية البو فراج.",
            ("islamic_state", "pmf"),
        ),
    ],
    ids=[
        "a-toll-of-persons",
        "its-own-losses",
        "a-claim",
        "headline-own-losses",
        "headline-own-losses-no-attacker",
        "another-side-acts",
    ],
)
def test_a_side_announcing_deaths_acts_only_when_it_claims_them(
    text: str, sides: tuple[str | None, str | None]
) -> None:
    (row,) = rows(text)
    assert picked(row, "actor1", "actor2") == sides


def test_a_strike_over_the_countrysides_of_three_governorates_is_a_summary() -> None:
    text = "شن الطيران غارات على عدد من البلدات في أرياف إدلب ودمشق وحمص، ما أدى إلى سقوط ضحايا."
    assert rows(text) == []


def test_the_countrysides_of_two_governorates_are_two_sites() -> None:
    text = "قصفت قوات النظام أرياف إدلب وحماة."
    assert [row["location"] for row in rows(text)] == ["إدلب", "حماة"]


def test_a_strike_on_a_camp_told_again_at_an_area_named_by_the_camp_is_one_event() -> None:
    text = (
        "استشهد أربعة مواطنين في قصف إسرائيلي على مخيم النصيرات.\n"
        "وقصفت طائرات الاحتلال منزلا في منطقة السوارحة غرب مخيم النصيرات، ما أدى إلى استشهاد "
        "أربعة مواطنين."
    )
    (row,) = rows(text)
    assert picked(row, "location", "sub_event_type", "fatalities_best") == (
        "منطقة السوارحة",
        "air_drone_strike",
        4,
    )


def test_a_bare_strike_on_a_region_joins_no_air_strike_named_otherwise() -> None:
    text = (
        "قتل شخص في قصف إسرائيلي طال بلدتين جنوب لبنان. وأصيب مواطنان في غارة إسرائيلية "
        "استهدفت سيارة في بلدة كونين."
    )
    assert [row["location"] for row in rows(text)][-1] == "بلدة كونين"
    assert [row["fatalities_best"] for row in rows(text)][-1] is None


@pytest.mark.parametrize(
    "text",
    [
        "جرح مدنيون جراء قصف جوي يرجح أنه لطائرات النظام الحربية وآخر مدفعي لقواته على مدينة "
        "الرستن.",
        "تعرضت مدينة الرستن لقصف جوي من الطيران الحربي، وترافق بقصف مدفعي من قبل قوات النظام.",
    ],
    ids=["and-another-of-artillery", "accompanied-by-shelling"],
)
def test_an_air_strike_told_with_shelling_of_its_own_is_two_events(text: str) -> None:
    assert sorted(row["sub_event_type"] for row in rows(text)) == [
        "air_drone_strike",
        "shelling_artillery_missile_attack",
    ]


def test_citizens_of_a_village_named_in_the_construct_are_civilians() -> None:
    (row,) = rows("قتل 7 من مواطني قرية ود النورة في هجوم لقوات الدعم السريع.")
    assert picked(row, "sub_event_type", "actor1", "actor2") == ("attack", "rsf", "civilians")


def test_the_wounded_at_places_of_their_own_are_struck_there_too() -> None:
    text = (
        "قتل تسعة مدنيين جراء قصف لطائرات النظام على بلدة كفرعويد، بينما أصيب 5 مدنيين بجراح "
        "في بلدتي حاس وكنصفرة."
    )
    assert [picked(row, "location", "sub_event_type") for row in rows(text)] == [
        ("بلدة كفرعويد", "air_drone_strike"),
        ("حاس", "air_drone_strike"),
        ("كنصفرة", "air_drone_strike"),
    ]


def test_the_wounded_of_the_strike_just_told_add_no_event() -> None:
    assert len(rows("قصفت قوات النظام بلدة كفرعويد. وأصيب 3 آخرون.")) == 1


def test_a_day_between_commas_after_an_announcing_verb_dates_the_announcement() -> None:
    """«أعلنت السلطة، اليوم الجمعة، عن مقتل …»: the day of the statement, not of the shelling
    the body dates to Thursday evening; the headline and its body are one incident."""
    found = rows(
        "مقتل 3 مدنيين بقصف على مدينة تعز\n"
        "أعلنت السلطة المحلية في المحافظة، اليوم الجمعة، عن مقتل 3 مدنيين في قصف مدفعي شنه"
        " الحوثيون على مدينة تعز.\n"
        "وقالت في بيان إن القذائف سقطت على منازل في حي المسبح مساء الخميس، ما أسفر عن مقتل 3"
        " مدنيين."
    )
    assert [picked(row, "location", "date_start", "fatalities_best") for row in found] == [
        ("حي المسبح", "2021-03-11", 3)
    ]


def test_a_day_between_commas_with_no_announcing_verb_dates_the_incident() -> None:
    found = rows("قتل 3 مدنيين، اليوم الخميس، في قصف حوثي على حي المسبح بمدينة تعز.")
    assert [picked(row, "location", "date_start") for row in found] == [("حي المسبح", "2021-03-11")]


@pytest.mark.parametrize(
    "text",
    [
        "الفصائل تقترب من السيطرة على بلدة مورك بعد معارك عنيفة مع قوات النظام.",
        "حاولت قوات الجيش استعادة السيطرة على قرية الحمرا وسط اشتباكات عنيفة مع الفصائل.",
    ],
)
def test_a_seizure_only_tried_is_no_seizure(text: str) -> None:
    seizures = {"non_state_actor_overtakes_territory", "government_regains_territory"}
    found = [row["sub_event_type"] for row in rows(text)]
    assert found  # the fighting told with it is an event
    assert seizures.isdisjoint(found)


def test_a_seizure_done_after_trying_is_a_seizure() -> None:
    text = "حاولت الفصائل التقدم لأيام، ثم سيطرت على بلدة مورك."
    assert [row["sub_event_type"] for row in rows(text)] == ["non_state_actor_overtakes_territory"]
