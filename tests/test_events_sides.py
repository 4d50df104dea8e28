"""Who acts: tribes as sides or as a place's people, and the side that owns or plants a weapon.

Sentences written for this file, in the shapes of real reports with other names and figures.
"""

from __future__ import annotations

import pytest

import conflictparse as cp
from conflictparse.entities.actors import default_registry
from conflictparse.text.lexicon.events import event_lexicon
from tests.test_events_breadth import columns


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two tribes after the dual «قبيلتي»: the first named acts
        (
            "اندلعت اشتباكات بين قبيلتي المسيرية والرزيقات في منطقة المجلد أسفرت عن مقتل 6.",
            ("battles", "misseriya", "rizeigat"),
        ),
        # gunmen of a tribe attack, the victims are of another
        (
            "هاجم مسلحون من الهبانية قرية أم دافوق وقتلوا 4 من المعاليا.",
            ("battles", "habbaniya", "maaliya"),
        ),
        # a tribe of the people of the quarter struck is no side
        (
            "قصفت طائرة حربية حي الشورى السكني الذي يقطنه مواطنون من مكون التبو في مدينة مرزق.",
            ("explosions_remote_violence", None, "civilians"),
        ),
        # nor the tribe of the dead
        (
            "قتل 4 أشخاص في غارة على حي الشورى بمدينة مرزق، والقتلى من قبيلة التبو.",
            ("explosions_remote_violence", None, "civilians"),
        ),
    ],
)
def test_a_tribe_is_a_side_only_as_one(text: str, expected: tuple[str, str | None, str]) -> None:
    assert columns(text, "event_type", "actor1", "actor2") == [expected]


def test_every_community_is_an_actor_of_the_registry() -> None:
    lexicon = event_lexicon()
    assert lexicon.communities, "roles.communities is empty"
    assert lexicon.communities <= default_registry().actors.keys()
    assert "مكون" in lexicon.community_people


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # the owner of a car bomb sets it off
        ("انفجرت سيارة مفخخة تابعة لتنظيم داعش قرب حاجز في بلدة الشرقاط.", "islamic_state"),
        # a suspected owner of the drones named after a four-word hedge
        (
            "قصفت طائرات مسيرة يشتبه في أنها تابعة لقوات الدعم السريع مدينة الدلنج.",
            "rsf",
        ),
        # men «من» a side after the verb of planting
        ("انفجرت عبوة ناسفة زرعها عناصر من داعش في بلدة الشرقاط.", "islamic_state"),
    ],
)
def test_the_side_that_owns_or_plants_the_weapon_acts(text: str, actor1: str) -> None:
    assert columns(text, "actor1") == [(actor1,)]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # shelling the text attributes to a side, with «إلى» or a glued «ل»
        ("قتل مدنيان في قصف مدفعي نسب إلى الحوثيين على حي الجمهوري بمدينة تعز.", "houthis"),
        ("قتل 3 أطفال بقصف صاروخي نسب لقوات النظام على بلدة البارة.", "syrian_government_forces"),
        # men whose belonging is believed act for that side
        (
            "هاجم مسلحون يعتقد تبعيتهم لقوات الدعم السريع قرية أبو شوك وقتلوا 4 مواطنين.",
            "rsf",
        ),
        ("هاجم مسلحون يعتقد أنهم ينتمون إلى تنظيم داعش حاجزا في قرية الزور.", "islamic_state"),
        # or are believed to be its men
        ("هاجم مسلحون يرجح أنهم من خلايا تنظيم داعش حاجزا في قرية الزور.", "islamic_state"),
    ],
)
def test_the_side_an_attack_is_attributed_to_acts(text: str, actor1: str) -> None:
    assert columns(text, "actor1") == [(actor1,)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline of two incidents: the strikes' own nationality names their side, and
        # the side acted upon in the other incident is not theirs
        (
            "حزب الله يستهدف موقعا لجنود الاحتلال وغارات إسرائيلية على بلدة حولا",
            ("israeli_forces", None),
        ),
        (
            "قوات النظام تقصف بلدة معرة حرمة وغارات روسية على بلدة كفرنبل",
            ("russia_forces", None),
        ),
    ],
)
def test_the_nationality_of_the_wording_outweighs_a_role_read_elsewhere(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert columns(text, "actor1", "actor2")[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side an ambush is laid for is acted upon
        (
            "نصبت جماعة نصرة الإسلام والمسلمين كمينا للجيش المالي قرب بلدة تيسيت.",
            ("jnim", "mali_armed_forces"),
        ),
        # the side whose vehicle is ambushed
        (
            "نصبت خلايا تنظيم داعش كمينا لسيارة عسكرية تابعة للواء القدس قرب بلدة السخنة.",
            ("islamic_state", "liwa_al_quds"),
        ),
        # the side blamed acts
        (
            "حملت الحكومة مسؤولية التفجير لجماعة الحوثي في مديرية المخا.",
            ("houthis", None),
        ),
    ],
)
def test_an_ambush_is_laid_for_its_target_and_blame_names_the_attacker(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert columns(text, "actor1", "actor2") == [expected]


def test_a_hostile_strike_in_lebanese_wording_is_israels() -> None:
    text = "استهدفت غارة معادية بلدة عيتا الشعب في قضاء بنت جبيل جنوب لبنان."
    assert columns(text, "actor1") == [("israeli_forces",)]
    # a side of the strike, not an actor's name
    assert cp.find_actors("أغارت مسيرة معادية على بلدة الناقورة جنوب لبنان.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in Gaza, shelling and air strikes with no side named are Israel's
        (
            "قتل أربعة مواطنين في قصف مدفعي استهدف منزلا في بيت حانون شمال قطاع غزة.",
            ("israeli_forces", "civilians"),
        ),
        ("قصفت طائرة حربية منزلا لعائلة في مدينة دير البلح.", ("israeli_forces", "civilians")),
        # in Lebanon, an air strike; not a shelling, which the Syrian side's guns also did
        ("استهدفت غارة أطراف بلدة عيترون في جنوب لبنان.", ("israeli_forces", None)),
        ("سقطت قذائف مدفعية على أطراف بلدة عيترون في جنوب لبنان.", (None, None)),
        # not when that side is struck
        ("سقطت قذائف هاون على تجمع لجنود الاحتلال شرق خان يونس.", (None, "israeli_forces")),
        # nor elsewhere: an aircraft of unstated nationality in Syria is no one's
        ("قصفت طائرة حربية منزلا في بلدة كفرنبل.", (None, "civilians")),
    ],
)
def test_a_strike_with_no_side_is_the_one_side_that_strikes_so_in_its_country(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert columns(text, "actor1", "actor2") == [expected]


def test_every_sole_striker_is_in_the_registry() -> None:
    strikers = event_lexicon().sole_strikers
    assert strikers, "roles.sole_strikers is empty"
    actors = default_registry().actors
    assert all(actor in actors for sides in strikers.values() for actor in sides.values())


@pytest.mark.parametrize(
    "text",
    [
        "عثرت قوة مشتركة من الجيش والشرطة صباح اليوم على جثة أحد مقاتلي الحشد الشعبي في قرية "
        "الزركة بعد أن اختطفه مسلحو داعش.",
        "انتشلت قوة من الجيش جثة مقاتل في الحشد الشعبي في قرية الزركة كان مسلحو داعش قد اختطفوه.",
    ],
)
def test_the_side_that_found_the_dead_is_no_side_of_the_killing(text: str) -> None:
    assert columns(text, "actor1", "actor2") == [("islamic_state", "pmf")]


@pytest.mark.parametrize(
    "text",
    [
        "قتل 5 أفراد من أسرة واحدة في قصف مدفعي على حي الصافية.",
        "قتل 4 أفراد من عائلة في قصف مدفعي على حي الصافية.",
    ],
)
def test_the_dead_of_a_household_are_civilians(text: str) -> None:
    assert columns(text, "actor2") == [("civilians",)]


def test_every_side_an_adjective_of_the_enemy_names_is_in_the_registry() -> None:
    hostile = event_lexicon().hostile
    assert hostile, "roles.hostile is empty"
    actors = default_registry().actors
    assert all(actor in actors for sides in hostile.values() for actor in sides.values())


def test_a_side_only_suspected_later_in_the_sentence_is_no_side() -> None:
    text = "رجحت مصادر محلية وقوف تنظيم داعش وراء التفجير الذي وقع في سوق بلدة البصيرة."
    assert columns(text, "actor1") == [(None,)]


def test_men_of_a_side_counted_dead_are_still_its_victims() -> None:
    text = "قتل 3 عناصر من داعش بقصف للجيش في بلدة الشرقاط."
    assert columns(text, "actor2") == [("islamic_state",)]


def test_a_battle_with_one_side_named_takes_the_reports_one_other_side() -> None:
    text = (
        "هاجمت قوات الدعم السريع مواقع الجيش السوداني في مدينة بارا. "
        "وتمكن الجيش السوداني من استعادة بلدة أم القرى."
    )
    assert columns(text, "actor1", "actor2")[-1] == ("saf", "rsf")


def test_with_two_other_sides_none_is_guessed() -> None:
    text = (
        "قصفت قوات النظام مواقع هيئة تحرير الشام في بلدة كفرنبل، "
        "واستهدفت الطائرات الروسية مواقع الجيش الوطني في بلدة الأتارب. "
        "وتمكنت قوات النظام من السيطرة على قرية الحويز."
    )
    assert columns(text, "location", "actor1", "actor2")[-1] == (
        "قرية الحويز",
        "syrian_government_forces",
        None,
    )


def test_a_battle_with_only_its_victims_side_named_is_fought_by_the_other() -> None:
    text = (
        "قصفت قوات الدعم السريع مواقع الجيش السوداني في مدينة بارا. "
        "وقتل 5 من عناصر الجيش السوداني في اشتباكات قرب بلدة أم القرى."
    )
    assert columns(text, "actor1", "actor2")[-1] == ("rsf", "saf")


def test_gunmen_believed_of_a_side_who_attack_gatherers_attack_civilians() -> None:
    text = (
        "هاجم مسلحون يرجح أنهم من خلايا تنظيم داعش مجموعة من جامعي الكمأة في بادية الشولا،"
        " ما أدى إلى مقتل 4 منهم."
    )
    assert columns(text, "sub_event_type", "actor1", "actor2", "fatalities_best") == [
        ("attack", "islamic_state", "civilians", 4)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side a base hosts is acted upon
        (
            "سقطت ثلاثة صواريخ على قاعدة عين الأسد الجوية التي تضم قوات التحالف الدولي.",
            ("shelling_artillery_missile_attack", None, "international_coalition"),
        ),
        # a force a blast struck, named after «ب»
        (
            "انفجرت عبوة ناسفة بقوة تابعة للبشمركة قرب قرية كولجو، ما أدى إلى مقتل عنصرين.",
            ("remote_explosive_landmine_ied", None, "peshmerga"),
        ),
        # a soldier shot by a sniper: a clash with an unknown side, no attack on civilians
        (
            "قتل جندي في الجيش العراقي برصاص قناص في ناحية جلولاء.",
            ("armed_clash", None, "iraqi_forces"),
        ),
    ],
)
def test_the_side_hosted_struck_or_shot_is_acted_upon(
    text: str, expected: tuple[str, str | None, str]
) -> None:
    assert columns(text, "sub_event_type", "actor1", "actor2") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "وقال المركز الإعلامي لألوية العمالقة إن طيران التحالف شن غارات على تعزيزات لمليشيا"
        " الحوثي شرق مديرية الدريهمي.",
        "وأفادت الدائرة الإعلامية لألوية العمالقة بأن طيران التحالف شن غارات على تعزيزات"
        " لمليشيا الحوثي شرق مديرية الدريهمي.",
    ],
)
def test_a_sides_media_office_tells_and_is_no_side(text: str) -> None:
    assert columns(text, "actor1", "actor2") == [("saudi_coalition", "houthis")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # men believed to be a side's act as its men do
        (
            "أفادت مصادر محلية بأن مسلحين يرجح انتماؤهم لتنظيم داعش نصبوا كمينا لرتل تابع لقوات"
            " النظام قرب مدينة تدمر، ما أدى لمقتل خمسة عناصر.",
            [("islamic_state", "syrian_government_forces")],
        ),
        (
            "هاجم مسلحون يعتقد أنهم ينتمون لتنظيم داعش حاجزا لقوات سوريا الديمقراطية في قرية"
            " الشحيل.",
            [("islamic_state", "sdf")],
        ),
        # …and when counted, they are the ones killed
        (
            "قتل 3 مسلحين يعتقد انتماؤهم لتنظيم داعش باشتباك مع قوات سوريا الديمقراطية في قرية"
            " الشحيل.",
            [("islamic_state", "sdf")],
        ),
    ],
)
def test_men_believed_to_be_a_sides_are_its_men(text: str, expected: list[tuple[str, str]]) -> None:
    assert columns(text, "actor1", "actor2") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side that suffers the attack, before or after its verb, and who made it
        (
            "تعرضت دورية من الشرطة العراقية لكمين نصبه مسلحو داعش قرب قرية البو دور.",
            ("battles", "islamic_state", "iraqi_police"),
        ),
        (
            "تعرضت قوة من الجيش العراقي إلى هجوم من عناصر داعش في قرية البو دور.",
            ("battles", "islamic_state", "iraqi_forces"),
        ),
        (
            "قوة من الحشد الشعبي تعرضت لهجوم مباغت أدى إلى الاشتباك مع مسلحي داعش في قرية الجلام.",
            ("battles", "islamic_state", "pmf"),
        ),
        # a clash told from the side of the dead is unchanged: the first named acts
        (
            "قتل 4 من الحشد الشعبي خلال اشتباكات مع داعش في قرية البو دور.",
            ("battles", "pmf", "islamic_state"),
        ),
    ],
)
def test_a_side_that_suffers_an_attack_is_acted_upon(
    text: str, expected: tuple[str, str, str]
) -> None:
    (row,) = cp.parse_report(text).to_rows()
    assert (row["event_type"], row["actor1"], row["actor2"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner a target noun is annexed to, past a noun of a group
        (
            "هاجم مسلحون مجهولون أحد مقرات جماعة جبهة الشام في قرية كفرجنة.",
            (None, "levant_front", "قرية كفرجنة"),
        ),
        (
            "استهدفت طائرة مسيرة رتل الجيش التركي قرب بلدة الأتارب.",
            (None, "turkey_forces", "بلدة الأتارب"),
        ),
        # a force named in full is no place: «حماية سنجار»
        (
            "قصفت طائرة تركية مسيرة مقرا لقوات حماية سنجار في ناحية سنوني.",
            ("turkey_forces", "ybs", "ناحية سنوني"),
        ),
        # where the fire came from is no target
        (
            "قصفت قوات النظام من مواقع الفرقة الرابعة بلدة كفرنبل.",
            ("syrian_government_forces", None, "بلدة كفرنبل"),
        ),
    ],
)
def test_the_owner_of_a_target_named_by_annexation_is_acted_upon(
    text: str, expected: tuple[str | None, str | None, str]
) -> None:
    (row,) = cp.parse_report(text).to_rows()
    assert (row["actor1"], row["actor2"], row["location"]) == expected


def test_the_means_of_one_of_the_attacks_told_keeps_their_side() -> None:
    text = (
        "وأعلنت الحركة، مساء السبت، أنها شنت عدة هجمات على مواقع إسرائيلية، إحداها بصواريخ "
        "موجهة على تجمع للجنود في ثكنة زرعيت."
    )
    rows = cp.parse_report(text).to_rows()
    assert [(row["location"], row["sub_event_type"], row["actor2"]) for row in rows] == [
        ("ثكنة زرعيت", "shelling_artillery_missile_attack", "israeli_forces")
    ]


def test_the_side_that_claims_attacks_acts_in_the_one_told_by_its_means() -> None:
    text = (
        "وأعلن حزب الله أنه شن ثلاث هجمات على مواقع للجيش الإسرائيلي، إحداها بمسيرة انقضاضية "
        "على ثكنة برانيت."
    )
    (row,) = cp.parse_report(text).to_rows()
    assert (row["location"], row["sub_event_type"], row["actor1"], row["actor2"]) == (
        "ثكنة برانيت",
        "air_drone_strike",
        "hezbollah",
        "israeli_forces",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the doer is unnamed: the side whose unit or post follows is attacked
        (
            "هاجم انتحاري يرتدي حزاما ناسفا قوة من الجيش العراقي في ناحية الكرمة.",
            (None, "iraqi_forces"),
        ),
        (
            "هاجم مسلحون مجهولون نقطة للجيش العراقي قرب قرية الحصيوة.",
            (None, "iraqi_forces"),
        ),
        # the doer's own side, after «من» or a hedge, still acts
        (
            "هاجم مسلحون من داعش دورية للجيش العراقي في قرية الحصيوة.",
            ("islamic_state", "iraqi_forces"),
        ),
        (
            "هاجم مسلحون يعتقد أنهم من داعش نقطة للجيش العراقي في قرية الحصيوة.",
            ("islamic_state", "iraqi_forces"),
        ),
    ],
)
def test_the_unit_after_an_unnamed_doer_is_attacked(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    (row,) = cp.parse_report(text).to_rows()
    assert (row["actor1"], row["actor2"]) == expected


def test_the_kin_of_a_sides_men_moved_from_a_camp_are_no_side_and_no_site() -> None:
    text = (
        "فجر انتحاري نفسه عند حاجز للجيش العراقي جنوب الموصل. وربط نائب بين نقل أسر تنظيم "
        "داعش من مخيم الهول إلى نينوى، وبين التفجير الذي استهدف الجيش."
    )
    rows = cp.parse_report(text).to_rows()
    assert [(row["location"], row["actor1"], row["actor2"]) for row in rows] == [
        ("الموصل", None, "iraqi_forces")
    ]


def test_the_places_of_one_sweep_of_arrests_take_the_civilians_it_took() -> None:
    text = (
        "اعتقلت القوات الإسرائيلية الليلة الماضية 12 فلسطينيا من الضفة. "
        "وشملت الاعتقالات أربعة من نابلس وثلاثة من جنين."
    )
    assert columns(text, "location", "actor1", "actor2") == [
        ("نابلس", "israeli_forces", "civilians"),
        ("جنين", "israeli_forces", "civilians"),
    ]


def test_the_places_of_a_strike_that_killed_civilians_do_not_take_them() -> None:
    text = "قتل 5 مدنيين بغارة لطيران النظام على بلدة كفرنبل. وطالت غارات مماثلة بلدتي حاس والبارة."
    assert [row[2] for row in columns(text, "location", "actor1", "actor2")] == [
        "civilians",
        None,
        None,
    ]


def test_a_place_struck_alike_does_not_take_the_target_told_later_for_another() -> None:
    # the headquarters is named for the first town after the second town's strike is told
    text = (
        "شنت طائرات النظام غارات على بلدة كفرنبل. وطالت غارات مماثلة بلدة حاس. "
        "وقالت مصادر إن الغارات على كفرنبل استهدفت مقرا لهيئة تحرير الشام."
    )
    assert columns(text, "location", "actor1", "actor2") == [
        ("بلدة كفرنبل", "syrian_government_forces", "hts"),
        ("بلدة حاس", "syrian_government_forces", None),
    ]


def test_a_village_shelled_by_another_side_is_not_the_countryside_told_before() -> None:
    # the countryside is shelled by the army; the village in it, by the SDF, «من جهتها»
    text = (
        "قتل رجل صباح اليوم بقصف مدفعي لقوات النظام على قرى ريف حماة الشمالي، بالتزامن مع "
        "قصف طال قرى بريف إدلب. وتعرضت بلدتا كفرزيتا واللطامنة شمالي حماة لقصف مدفعي، ولم "
        "ترد أنباء عن خسائر. من جهتها، قصفت قوات سوريا الديمقراطية قرية الشيخ عيسى بريف إدلب "
        "الشمالي."
    )
    assert columns(text, "location", "actor1")[-1] == ("قرية الشيخ عيسى", "sdf")


@pytest.mark.parametrize(
    "text",
    [
        "قصفت طائرات حربية أهدافا لحزب العمال الكردستاني في جبل سنجار",
        "قصف جوي عنيف طال أهداف لحزب العمال الكردستاني في جبل قنديل",
    ],
)
def test_the_owner_of_targets_struck_is_acted_upon(text: str) -> None:
    (row,) = cp.parse_report(text).to_rows()
    assert (row["actor1"], row["actor2"]) == (None, "pkk")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وخسر النظام سيطرته على مدينة جسر الشغور",
            ("non_state_actor_overtakes_territory", None, "syrian_government_forces"),
        ),
        (
            "فقدت قوات الأسد 10 عناصر في معارك بلدة كفرنبودة",
            ("armed_clash", None, "syrian_government_forces"),
        ),
    ],
    ids=["a-place-lost", "men-lost"],
)
def test_the_side_that_lost_is_acted_upon(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    (row,) = cp.parse_report(text).to_rows()
    assert (row["sub_event_type"], row["actor1"], row["actor2"]) == expected


def test_the_owner_of_a_bulldozer_struck_is_acted_upon() -> None:
    text = "انفجرت عبوة ناسفة استهدفت جرافة تابعة للجيش المصري في مدينة العريش"
    (row,) = cp.parse_report(text).to_rows()
    assert (row["actor1"], row["actor2"]) == (None, "egypt_forces")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a source word, then the act's word: the side after it is the act's doer
        (
            "وكانت اللجان المحلية أعلنت في بيان استهداف النظام مدرسة في حي الوعر بالقصف الصاروخي.",
            [("حي الوعر", "syrian_government_forces")],
        ),
        (
            "وقالت مصادر في بيان قصف قوات النظام بلدة معرشورين.",
            [("بلدة معرشورين", "syrian_government_forces")],
        ),
        # a source named after the act is still no side
        (
            "قصفت المدفعية بلدة معرشورين بحسب بيان صادر عن الجيش التركي.",
            [("بلدة معرشورين", None)],
        ),
    ],
)
def test_a_source_word_before_the_acts_word_leaves_its_doer_a_side(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert columns(text, "location", "actor1") == expected


def test_an_act_told_again_in_a_later_sentence_names_its_doer() -> None:
    text = (
        "قتل 9 مدنيين في القصف الذي تتعرض له أحياء الوعر والقرابيص منذ صباح اليوم.\n"
        "وكانت اللجان المحلية أعلنت في بيان استهداف النظام مدرسة في حي القرابيص بالقصف الصاروخي."
    )
    assert columns(text, "location", "actor1", "actor2") == [
        ("الوعر", "syrian_government_forces", "civilians"),
        ("القرابيص", "syrian_government_forces", "civilians"),
    ]


def test_a_side_after_a_verb_of_the_act_in_its_own_sentence_is_read_by_its_cues() -> None:
    text = "قال التحالف إن مقاتلاته شنت 12 ضربة جوية استهدفت الحوثيين في مديرية الغيل."
    assert columns(text, "actor1", "actor2") == [("saudi_coalition", "houthis")]


@pytest.mark.parametrize(
    "text",
    [
        "قتل 12 شخصا في غارة جوية نفذتها طائرة حربية تابعة لقوات فجر ليبيا على بلدة الهيشة.",
        "شنت مقاتلة حربية تابعة لقوات فجر ليبيا غارة على بلدة الهيشة.",
    ],
)
def test_the_owner_of_an_aircraft_past_its_adjective_strikes(text: str) -> None:
    assert [actor1 for (actor1,) in columns(text, "actor1")] == ["libya_dawn"]


def test_tribal_mobilisation_outside_iraq_is_not_iraqs() -> None:
    text = (
        "أعلن الجيش الصومالي أن القوات المسلحة الصومالية والحشد العشائري المؤيد لها سيطرت"
        " على بلدة عيل طير بعد معارك مع حركة الشباب."
    )
    ids = {m.value.id for m in cp.find_actors(text) if m.value is not None}
    assert "tribal_mobilization" not in ids
    iraq = "قال مصدر أمني عراقي إن تنظيم داعش هاجم نقطة للحشد العشائري في قضاء حديثة."
    assert "tribal_mobilization" in {m.value.id for m in cp.find_actors(iraq) if m.value}


def test_gunmen_of_the_arab_tribes_are_the_tribal_forces() -> None:
    text = (
        "اندلعت اشتباكات بين مسلحين من العشائر العربية وقوات سوريا الديمقراطية في بلدة ذيبان"
        " أسفرت عن مقتل 9 أشخاص بينهم مدنيان."
    )
    assert columns(text, "sub_event_type", "actor1", "actor2") == [
        ("armed_clash", "arab_tribal_forces", "sdf")
    ]


def test_two_policemen_by_the_construct_dual_are_the_police() -> None:
    text = "قتل رجلا شرطة وأصيب 9 آخرون في انفجار سيارة مفخخة في قرية الشيخ جنوب الموصل."
    assert columns(text, "actor2", "fatalities_best") == [("iraqi_police", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "اندلعت اشتباكات عنيفة بين قوات الحكومة العراقية ومقاتلين من تنظيم الدولة الإسلامية،"
            " الذين حاولوا السيطرة على بلدة بيجي.",
            ("islamic_state", "iraqi_forces"),
        ),
        (
            "اندلعت اشتباكات بين قوات الجيش ومسلحي تنظيم داعش الذين هاجموا بلدة بيجي.",
            ("islamic_state", "iraqi_forces"),
        ),
        # «the latter» attacked, in a later clause: the side named second acts
        (
            "اندلعت اشتباكات بين قوات الجيش ومسلحي تنظيم داعش في بلدة بيجي، إثر هجوم شنه الأخير"
            " على مواقع الجيش.",
            ("islamic_state", "iraqi_forces"),
        ),
        (
            "دارت مواجهات بين الجيش اليمني والحوثيين في مديرية حيس، بعدما هاجمت الأخيرة مواقعه.",
            ("houthis", "yemeni_government_forces"),
        ),
        # with no relative clause the first named acts, as before
        (
            "اندلعت اشتباكات بين قوات الجيش ومسلحي تنظيم داعش في بلدة بيجي.",
            ("iraqi_forces", "islamic_state"),
        ),
        (
            "اندلعت اشتباكات بين قوات الجيش ومسلحي تنظيم داعش في بلدة بيجي، وقال الأخير إنه قتل"
            " جنديين.",
            ("iraqi_forces", "islamic_state"),
        ),
    ],
)
def test_the_side_a_relative_clause_says_attacked_acts_in_a_clash(
    text: str, expected: tuple[str, str]
) -> None:
    assert columns(text, "actor1", "actor2") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "دارت اشتباكات عنيفة بين وحدات حماية الشعب الكردية بالاشتراك مع لواء ثوار الرقة من جهة"
        " وتنظيم داعش من جهة أخرى في قرية الفاطسة.",
        "دارت اشتباكات عنيفة بين وحدات حماية الشعب الكردية بالتنسيق مع لواء ثوار الرقة من جهة"
        " وتنظيم داعش من جهة أخرى في قرية الفاطسة.",
    ],
)
def test_a_side_fighting_beside_another_is_its_ally_not_the_side_fought(text: str) -> None:
    assert columns(text, "actor1", "actor2") == [("ypg", "islamic_state")]


@pytest.mark.parametrize(
    "text",
    [
        "وشنت قوة مجهولة هجوما مباغتا على وحدات من الدعم السريع في مدينة نيالا.",
        "شنت مجموعة مسلحة مجهولة هجوما على قوات الدعم السريع في مدينة نيالا.",
    ],
)
def test_a_force_no_one_names_is_an_unknown_attacker(text: str) -> None:
    assert columns(text, "actor1", "actor2") == [(None, "rsf")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side's men between «تمكن» and «من السيطرة» take the villages of the list
        (
            "وتمكن عناصر داعش من السيطرة على عدة قرى ومن بينها الهبساوي وصايكول والقادرية.",
            [
                ("الهبساوي", "non_state_actor_overtakes_territory", "islamic_state"),
                ("صايكول", "non_state_actor_overtakes_territory", "islamic_state"),
                ("القادرية", "non_state_actor_overtakes_territory", "islamic_state"),
            ],
        ),
        # prevented, it did not happen
        ("ومنعت القوات المسلحين من السيطرة على قرية الهبساوي.", []),
    ],
)
def test_men_that_manage_to_take_places_take_them(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert columns(text, "location", "sub_event_type", "actor1") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "لقي ثلاثة مدنيين حتفهم في معارك بين الطرفين في قرية الشحيل.",
            [("armed_clash", None, 3)],
        ),
        (
            "وتجددت المعارك بين قوات سوريا الديمقراطية وتنظيم داعش في ريف دير الزور الشرقي. كما"
            " قتل مدنيان في اشتباكات عنيفة بين الجانبين في بلدة الشحيل.",
            [("armed_clash", "islamic_state", 2)],
        ),
        # an attack on a village, with no two sides fighting: the villagers are attacked
        (
            "هاجمت الميليشيا قرية الشحيل وقتلت ثلاثة مدنيين.",
            [("attack", "civilians", 3)],
        ),
    ],
)
def test_civilians_killed_in_a_battle_between_the_two_sides_are_its_toll(
    text: str, expected: list[tuple[str, str | None, int]]
) -> None:
    rows = columns(text, "location", "sub_event_type", "actor2", "fatalities_best")
    assert [row[1:] for row in rows if "الشحيل" in str(row[0])] == expected


def test_a_nationality_inside_a_sides_own_name_names_no_other_side() -> None:
    text = (
        "نفذ سلاح الجو اليمني المسير عملية هجومية على مواقع في معسكر الخشعة بمحافظة الجوف اليمنية."
    )
    assert columns(text, "actor1", "sub_event_type") == [("houthis", "air_drone_strike")]


@pytest.mark.parametrize(
    "text",
    [
        # the group a side is tied or sworn to describes it: no side of the event
        "قتل 3 جنود في هجوم لحركة الشباب المرتبطة بتنظيم القاعدة على قاعدة عسكرية في بلدة بلدوين.",
        "هاجمت خلية مرتبطة بتنظيم القاعدة دورية للجيش الصومالي في بلدة بلدوين فقتلت 3 جنود.",
    ],
)
def test_a_group_a_side_is_tied_to_is_no_side_of_the_event(text: str) -> None:
    assert [pair[1] for pair in columns(text, "actor1", "actor2")] == ["somalia_forces"]
