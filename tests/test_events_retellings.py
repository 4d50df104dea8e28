"""An incident told again at its place is one event: a list of places, then each place's detail.

Sentences written for this file, in the shapes of real reports with other names and figures.
"""

from __future__ import annotations

import datetime

import attrs

import conflictparse as cp
from conflictparse.events.retellings import without_retellings

PUBLISHED = datetime.date(2025, 2, 24)


_KEYS = ("location", "date_start", "sub_event_type", "actor2", "fatalities_best")


def _rows(text: str) -> list[tuple[object, ...]]:
    return [
        tuple(row[key] for key in _KEYS)
        for row in cp.parse_report(text, published=PUBLISHED).to_rows()
    ]


def test_a_place_of_a_list_told_again_in_detail_is_one_event_with_the_detail() -> None:
    text = (
        "وقعت الغارات الجوية في بلدات الحمرا والدغيلة والسلطانة.\n"
        "فيما شهدت بلدة الدغيلة غارة جوية أخرى استهدفت مقرا لمسلحي داعش، ما أدى لمقتل 4 منهم."
    )
    assert _rows(text) == [
        ("الحمرا", "2025-02-24", "air_drone_strike", None, None),
        ("الدغيلة", "2025-02-24", "air_drone_strike", "islamic_state", 4),
        ("السلطانة", "2025-02-24", "air_drone_strike", None, None),
    ]


def test_a_place_struck_on_two_days_is_two_events() -> None:
    text = "قتل 3 مدنيين بقصف على بلدة كفرنبل أمس. وقتل 3 مدنيين بقصف على بلدة كفرنبل اليوم."
    assert [row[:2] for row in _rows(text)] == [
        ("بلدة كفرنبل", "2025-02-23"),
        ("بلدة كفرنبل", "2025-02-24"),
    ]


def test_a_place_told_again_with_another_toll_is_another_event() -> None:
    text = (
        "وقعت الغارات الجوية على بلدتي الحمرا والدغيلة، ما أدى لمقتل 6 أشخاص.\n"
        "وفي تطور آخر، قتل شخصان بغارة جوية على بلدة الحمرا مساء."
    )
    tolls = [row[4] for row in _rows(text) if "الحمرا" in str(row[0])]
    assert sorted(tolls, key=str) == [2, 6]


def test_a_place_told_twice_each_with_its_dead_is_two_events() -> None:
    text = (
        "قتل مدني بقصف مدفعي لقوات النظام على قرية زيزون صباح اليوم.\n"
        "وفي وقت لاحق، قتل مدني آخر بقصف مدفعي على قرية زيزون."
    )
    assert [row[4] for row in _rows(text) if "زيزون" in str(row[0])] == [1, 1]


def test_a_telling_far_past_the_first_is_not_merged_into_it() -> None:
    (told,) = cp.parse_report(
        "قصفت قوات النظام بلدة الدغيلة بالمدفعية.", published=PUBLISHED
    ).events
    (retold,) = cp.parse_report(
        "وقتل 4 مدنيين بقصف مدفعي لقوات النظام على بلدة الدغيلة.", published=PUBLISHED
    ).events
    near = attrs.evolve(retold, start=told.end + 200, end=told.end + 260)
    far = attrs.evolve(retold, start=told.end + 20_000, end=told.end + 20_060)
    assert [event.fatalities for event in without_retellings([told, near])] == [retold.fatalities]
    assert len(without_retellings([told, far])) == 2


def test_an_opening_toll_with_no_place_is_the_one_incident_placed_after_it() -> None:
    text = (
        "قتل 14 عنصرا من قوات النظام بهجوم لداعش أمس.\n\n"
        "وأوضحت المصادر أن مقاتلي التنظيم استهدفوا حافلة عسكرية بكمين في بادية مدينة السخنة، "
        "وتلت ذلك اشتباكات قتل فيها 6 عناصر من التنظيم."
    )
    # the 14 of the opening and the 6 of the body are other victims: 20 dead
    assert _rows(text) == [
        ("مدينة السخنة", "2025-02-23", "armed_clash", "syrian_government_forces", 20)
    ]


def test_an_opening_toll_with_no_place_is_the_placed_killing_that_tells_it_again() -> None:
    text = (
        "قتل خمسة مدنيين على الأقل بينهم طفلان بقصف مدفعي لقوات النظام على قرية في شمال "
        "البلاد.\n\nوقال المرصد إن ثلاثة رجال وطفلين قتلوا مساء الأحد في قرية التمانعة."
    )
    # the body counts the lead's dead again by another breakdown: five, counted once
    assert _rows(text) == [
        ("قرية التمانعة", "2025-02-23", "shelling_artillery_missile_attack", "civilians", 5)
    ]


def test_a_lead_at_a_countryside_is_the_placed_killing_that_tells_its_toll_again() -> None:
    text = (
        "قتل ستة مدنيين بينهم طفلان بقصف لقوات النظام على بلدة في ريف إدلب. "
        "وقال المرصد إن امرأتين وأربعة رجال قتلوا ليل السبت في بلدة التمانعة."
    )
    assert _rows(text) == [
        ("بلدة التمانعة", "2025-02-22", "shelling_artillery_missile_attack", "civilians", 6)
    ]


def test_a_placed_killing_with_another_toll_is_not_the_opening_s_incident() -> None:
    text = (
        "قتل خمسة مدنيين على الأقل بقصف مدفعي لقوات النظام على قرية في شمال البلاد.\n\n"
        "وقال المرصد إن رجلين قتلا مساء الأحد في قرية التمانعة."
    )
    assert [(row[0], row[2], row[4]) for row in _rows(text)] == [("قرية التمانعة", "attack", 2)]


def test_an_opening_toll_with_no_place_stays_apart_when_several_incidents_are_placed() -> None:
    text = (
        "قتل 9 مدنيين في غارات جوية على شمال البلاد.\n\n"
        "واستهدفت الغارات بلدة معرة حرمة حيث قتل 2 من عناصر الفصائل، "
        "كما طالت غارة أخرى قرية الشيخ مصطفى."
    )
    assert [row[4] for row in _rows(text)] == [2, None]


def test_the_dead_of_two_sides_told_in_two_clauses_add_up() -> None:
    text = (
        "قتل 5 عناصر من قوات النظام في انفجار عبوة ناسفة على طريق قرية الشولا. "
        "وأدى الانفجار أيضا إلى مقتل 2 من عناصر الدفاع الوطني."
    )
    assert [row[4] for row in _rows(text)] == [7]


def test_one_side_s_dead_told_twice_are_counted_once() -> None:
    text = (
        "قتل 5 عناصر من قوات النظام في انفجار عبوة ناسفة على طريق قرية الشولا. "
        "وأكد مصدر عسكري مقتل 5 من عناصر قوات النظام في الانفجار."
    )
    assert [row[4] for row in _rows(text)] == [5]


def test_another_one_of_another_group_after_a_count_adds_one() -> None:
    text = "أسفر القصف على قرية الحمدان عن مقتل عنصرين من حزب الله وآخر من لواء فاطميون."
    assert [row[4] for row in _rows(text)] == [3]


def test_another_one_wounded_adds_no_death() -> None:
    text = "أسفر القصف على قرية الحمدان عن مقتل عنصرين من حزب الله وإصابة آخر من لواء فاطميون."
    assert [row[4] for row in _rows(text)] == [2]
