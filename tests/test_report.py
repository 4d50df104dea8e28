"""Tables for ``parse_report`` and ``parse_reports``: whole reports into events.

Every text here is written for these tests in the style of Syrian, Iraqi,
Yemeni, Libyan, Sudanese and Gaza reporting; none is copied from the corpus or
the conformance files.  The conventions are the issue's: one event per place
and passage; its date is the date that governs the passage, else the
publication date (``date_source`` says which); a running total replaces an
earlier toll for the same event; the same toll in a headline and in the body
is one toll; what cannot be resolved is listed with the reason.
"""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest

import conflictparse as cp
from conflictparse import ROW_COLUMNS

PUBLISHED = datetime.date(2019, 5, 10)  # a Friday
ET = cp.EventType


def only_event(text: str, published: datetime.date | None = PUBLISHED) -> cp.Event:
    events = parse_events(text, published)
    assert len(events) == 1, [(event.location, event.start, event.end) for event in events]
    return events[0]


def parse_events(text: str, published: datetime.date | None = PUBLISHED) -> list[cp.Event]:
    return list(cp.parse_report(text, published=published).events)


def value(quantity: cp.Quantity | None) -> tuple[Any, ...] | None:
    if quantity is None:
        return None
    return (quantity.value, quantity.low, quantity.high, quantity.qualifier.value)


def toll(event: cp.Event) -> float | None:
    return event.fatalities.value if event.fatalities else None


def overlaps(start: int, end: int, first: int, last: int) -> bool:
    return start < last and first < end


# --- places ------------------------------------------------------------------------

# (text, location as written, admin1, country, reason)
PLACES = [
    (
        "قتل 4 مدنيين في غارة جوية على مدينة معرة النعمان بريف إدلب.",
        "مدينة معرة النعمان",
        "Idlib",
        "SY",
        "Syria: a city of two words beats the countryside named after it",
    ),
    (
        "قتل 5 مدنيين في قصف على حي القدم جنوب دمشق.",
        "حي القدم",
        "Damascus",
        "SY",
        "Syria: a neighbourhood beats the city named after it",
    ),
    (
        "قتل 3 مدنيين في قصف مدفعي على ريف حماة الشمالي.",
        "ريف حماة الشمالي",
        "Hama",
        "SY",
        "Syria: rif X alone",
    ),
    (
        "قتل 4 عناصر من قوات النظام في هجوم على حاجز في محافظة درعا.",
        "محافظة درعا",
        "Daraa",
        "SY",
        "Syria: muhafazat X alone",
    ),
    (
        "قتل 6 أشخاص في انفجار سيارة مفخخة في مدينة الموصل شمالي العراق.",
        "مدينة الموصل",
        "Nineveh",
        "IQ",
        "Iraq: a city and its governorate",
    ),
    (
        "لقي 4 أشخاص مصرعهم في انفجار عبوة ناسفة في مدينة الفلوجة غرب بغداد.",
        "مدينة الفلوجة",
        "Anbar",
        "IQ",
        "Iraq: a city beats the capital named after it",
    ),
    (
        "قتل 3 مدنيين وأصيب 7 آخرون بقصف مدفعي للحوثيين على مدينة تعز اليمنية.",
        "مدينة تعز",
        "Taiz",
        "YE",
        "Yemen: a city",
    ),
    (
        "قتل 4 مدنيين في قصف حوثي على مديرية الدريهمي بمحافظة الحديدة.",
        "مديرية الدريهمي",
        "Hodeidah",
        "YE",
        "Yemen: a mudiriya beats its governorate",
    ),
    (
        "قتل 4 أشخاص في غارة بطائرة مسيرة على حي أبو سليم في العاصمة طرابلس.",
        "حي أبو سليم",
        "Tripoli",
        "LY",
        "Libya: a neighbourhood of Tripoli",
    ),
    (
        "قتل 4 مدنيين في غارة على حي الصابري في مدينة بنغازي.",
        "حي الصابري",
        "Benghazi",
        "LY",
        "Libya: a neighbourhood of Benghazi",
    ),
    (
        "قتل 12 مدنياً في قصف لقوات الدعم السريع على مدينة الفاشر في ولاية شمال دارفور.",
        "مدينة الفاشر",
        "North Darfur",
        "SD",
        "Sudan: a city and its state",
    ),
    (
        "قتل جنديان من الجيش السوداني في معارك مع قوات الدعم السريع قرب مدينة الأبيض.",
        "مدينة الأبيض",
        "North Kordofan",
        "SD",
        "Sudan: El Obeid, listed only with its head word",
    ),
    (
        "استشهد 8 فلسطينيين في غارة إسرائيلية على مخيم جباليا شمال قطاع غزة.",
        "مخيم جباليا",
        "North Gaza",
        "PS",
        "Gaza: a camp beats the region",
    ),
    (
        "قتل 6 فلسطينيين في قصف إسرائيلي على مدينة خان يونس جنوب قطاع غزة.",
        "مدينة خان يونس",
        "Khan Yunis",
        "PS",
        "Gaza: a city of two words",
    ),
]


@pytest.mark.parametrize(
    ("text", "location", "admin1", "country"),
    [row[:4] for row in PLACES],
    ids=[row[4] for row in PLACES],
)
def test_event_place(text: str, location: str, admin1: str, country: str) -> None:
    event = only_event(text)
    assert event.location == location
    assert event.place is not None, event.location
    assert (event.place.admin1, event.place.country) == (admin1, country)


def test_unknown_place_after_a_head_is_kept_without_a_gazetteer_entry() -> None:
    event = only_event("قتل 3 مدنيين في قصف على بلدة الخريبشة.")
    assert event.location == "بلدة الخريبشة"
    assert event.place is None
    (row,) = cp.parse_report("قتل 3 مدنيين في قصف على بلدة الخريبشة.").to_rows()
    assert (row["location"], row["admin1"], row["country"]) == ("بلدة الخريبشة", None, None)


def test_a_neighbourhood_does_not_take_the_governorate_of_another_city() -> None:
    # «حي الميدان» is a Damascus neighbourhood in the gazetteer, but this one is
    # in Deir ez-Zor, named right after it: Damascus would be the wrong admin1.
    event = only_event("قتل مدنيان برصاص قناص في حي الميدان بمدينة دير الزور.")
    assert event.location is not None
    assert event.location.startswith("حي الميدان")
    admin1 = event.place.admin1 if event.place else None
    assert admin1 in (None, "Deir ez-Zor")


def test_one_event_per_place_in_order() -> None:
    text = (
        "قتل 3 مدنيين في غارة على مدينة دوما في الغوطة الشرقية.\n"
        "وفي مدينة حلب، قتل عنصران من قوات النظام في اشتباكات مع فصائل المعارضة.\n"
        "كما قتل 4 مدنيين في قصف على بلدة سراقب بريف إدلب."
    )
    events = parse_events(text)
    assert [event.location for event in events] == ["مدينة دوما", "مدينة حلب", "بلدة سراقب"]
    assert [toll(event) for event in events] == [3, 2, 4]
    assert [event.event_type for event in events] == [
        ET.EXPLOSIONS_REMOTE_VIOLENCE,
        ET.BATTLES,
        ET.EXPLOSIONS_REMOTE_VIOLENCE,
    ]
    for event in events:
        assert 0 <= event.start < event.end <= len(text)
    assert events[0].end <= events[1].start
    assert events[1].end <= events[2].start


def test_two_places_with_two_tolls_in_one_sentence() -> None:
    # One sentence, two strikes on two towns joined by «فيما»: the 2 killed in
    # Maarat al-Numan are not victims of the shelling of Kafr Nabl.
    text = (
        "قتل 7 مدنيين في قصف صاروخي لقوات النظام على بلدة كفرنبل، "
        "فيما قتل مدنيان في غارة روسية على مدينة معرة النعمان."
    )
    tolls = {event.location: toll(event) for event in parse_events(text)}
    assert tolls == {"بلدة كفرنبل": 7, "مدينة معرة النعمان": 2}


def test_a_place_repeated_later_joins_its_event() -> None:
    text = (
        "قتل 3 مدنيين في غارة على مدينة دوما. وفي مدينة حلب قتل عنصران في اشتباكات. "
        "وعاد الطيران الحربي ليستهدف مدينة دوما بغارات جديدة أسفرت عن مقتل 3 مدنيين."
    )
    events = parse_events(text)
    assert [event.location for event in events] == ["مدينة دوما", "مدينة حلب"]


# --- dates -------------------------------------------------------------------------


def test_date_from_the_text() -> None:
    text = "قتل 7 مدنيين في قصف صاروخي على بلدة كفرنبل في ريف إدلب يوم 8 أيار / مايو 2019."
    event = only_event(text)
    assert event.date is not None
    assert (event.date.start, event.date.end) == (datetime.date(2019, 5, 8),) * 2
    assert event.date.precision is cp.Precision.DAY
    assert event.date_source == "text"


def test_relative_date_resolved_against_the_publication_date() -> None:
    event = only_event("قتل 5 مدنيين أمس في قصف على حي الشعار في مدينة حلب.")
    assert event.date is not None
    assert event.date.start == datetime.date(2019, 5, 9)
    assert event.date_source == "text"


def test_weekday_resolved_against_the_publication_date() -> None:
    # 2019-05-10 is itself a Friday: the most recent Friday, the reference day included.
    event = only_event("قتل 5 مدنيين يوم الجمعة في قصف على حي الشعار في مدينة حلب.")
    assert event.date is not None
    assert event.date.start == PUBLISHED
    assert event.date_source == "text"


def test_publication_date_when_the_text_gives_none() -> None:
    event = only_event("قتل 5 مدنيين في قصف على حي الشعار في مدينة حلب.")
    assert event.date is not None
    assert (event.date.start, event.date.end) == (PUBLISHED, PUBLISHED)
    assert event.date.precision is cp.Precision.DAY
    assert event.date_source == "published"


def test_no_date_at_all() -> None:
    event = only_event("قتل 5 مدنيين في قصف على حي الشعار في مدينة حلب.", published=None)
    assert event.date is None
    assert event.date_source is None


def test_each_event_its_own_date() -> None:
    text = (
        "قتل 3 مدنيين في غارة على بلدة سراقب في 2 نيسان 2018. "
        "وفي 14 نيسان 2018 قتل 4 آخرون في غارة على بلدة خان شيخون."
    )
    events = parse_events(text)
    assert [(event.location, event.date.start if event.date else None) for event in events] == [
        ("بلدة سراقب", datetime.date(2018, 4, 2)),
        ("بلدة خان شيخون", datetime.date(2018, 4, 14)),
    ]
    assert [event.date_source for event in events] == ["text", "text"]


def test_a_datetime_published_is_read_as_its_day() -> None:
    moment = datetime.datetime(2019, 5, 10, 23, 30)  # a naive moment
    report = cp.parse_report("قتل 5 مدنيين أمس في قصف على حي القدم.", published=moment)
    assert report.published == PUBLISHED
    assert report.events[0].date is not None
    assert report.events[0].date.start == datetime.date(2019, 5, 9)


# --- tolls -------------------------------------------------------------------------

RUNNING_TOTALS = [
    (
        "قتل 5 مدنيين في قصف على حي القدم جنوب دمشق. "
        "وارتفع عدد القتلى إلى 9 بعد وفاة جرحى متأثرين بإصاباتهم.",
        (9, 9, 9, "exact"),
        "total in the next sentence",
    ),
    (
        "قتل 5 مدنيين في قصف على حي القدم جنوب دمشق. "
        "وقالت مصادر طبية إن حصيلة القتلى ارتفعت إلى 9.",
        (9, 9, 9, "exact"),
        "toll noun before its verb",
    ),
    (
        "قتل 5 مدنيين في قصف على حي القدم جنوب دمشق، ليرتفع عدد القتلى إلى 9 منذ الصباح.",
        (9, 9, 9, "exact"),
        "li-yartafi in the same sentence",
    ),
    (
        "قتل 5 مدنيين في قصف على حي القدم جنوب دمشق. وارتفع عدد القتلى إلى ما لا يقل عن 12.",
        (12, 12, None, "at_least"),
        "a running total with a lower bound",
    ),
    (
        "قتل 5 عناصر من قوات النظام في هجوم على حي القدم. وارتفعت حصيلة القتلى لاحقاً إلى 9 عناصر.",
        (9, 9, 9, "exact"),
        "a running total with its counted noun",
    ),
    (
        "قتل 5 عناصر من قوات النظام في هجوم لتنظيم الدولة الإسلامية على حي القدم. "
        "وقالت مصادر ميدانية إن حصيلة القتلى ارتفعت إلى 9 عناصر.",
        (9, 9, 9, "exact"),
        "toll noun before its verb, counted noun after the total",
    ),
]


@pytest.mark.parametrize(
    ("text", "toll"),
    [row[:2] for row in RUNNING_TOTALS],
    ids=[row[2] for row in RUNNING_TOTALS],
)
def test_running_total_replaces_the_earlier_toll(text: str, toll: tuple[Any, ...]) -> None:
    event = only_event(text)
    assert value(event.fatalities) == toll  # never 5 + 9 = 14
    (row,) = cp.parse_report(text).to_rows()
    assert row["fatalities_best"] == toll[0]


def test_the_same_toll_in_headline_and_body_is_one_toll() -> None:
    text = (
        "مقتل 7 مدنيين بقصف على كفرنبل جنوب إدلب\n\n"
        "قتل 7 مدنيين، بينهم طفلان، في قصف صاروخي لقوات النظام على بلدة كفرنبل "
        "في ريف إدلب الجنوبي."
    )
    event = only_event(text)
    assert event.location is not None
    assert "كفرنبل" in event.location
    assert value(event.fatalities) == (7, 7, 7, "exact")  # not 14, and the 2 children are in it


def test_a_headline_without_a_place_and_its_body_are_one_toll() -> None:
    text = (
        "مقتل 7 مدنيين بقصف لقوات النظام\n\n"
        "قتل 7 مدنيين، بينهم طفلان، في قصف صاروخي لقوات النظام على بلدة كفرنبل "
        "في ريف إدلب الجنوبي."
    )
    events = parse_events(text)
    total = sum(toll(event) or 0 for event in events)
    assert total == 7, [(event.location, value(event.fatalities)) for event in events]


def test_different_victims_in_one_sentence_add_up() -> None:
    text = "قتل 3 مدنيين وعنصران من قوات النظام في قصف على بلدة مورك في ريف حماة الشمالي."
    event = only_event(text)
    assert value(event.fatalities) == (5, 5, 5, "exact")


def test_a_breakdown_is_not_added() -> None:
    event = only_event("قتل 6 مدنيين بينهم 4 أطفال في غارة على مدينة أريحا بريف إدلب.")
    assert value(event.fatalities) == (6, 6, 6, "exact")


def test_the_wounded_are_not_fatalities() -> None:
    event = only_event("أصيب 9 مدنيين بجروح في قصف على حي الصابري في مدينة بنغازي.")
    assert event.fatalities is None
    assert [casualty.kind for casualty in event.casualties] == [cp.CasualtyKind.WOUNDED]


# --- event types -------------------------------------------------------------------

EVENT_TYPES = [
    (
        "قتل 4 مدنيين في غارة جوية على مدينة معرة النعمان بريف إدلب.",
        ET.EXPLOSIONS_REMOTE_VIOLENCE,
        "an air strike",
    ),
    (
        "قتل 6 أشخاص في انفجار سيارة مفخخة في مدينة الموصل.",
        ET.EXPLOSIONS_REMOTE_VIOLENCE,
        "a car bomb",
    ),
    (
        "اندلعت اشتباكات عنيفة بين قوات النظام وهيئة تحرير الشام في محيط بلدة كفرنبل، "
        "قتل خلالها 6 عناصر من الطرفين.",
        ET.BATTLES,
        "clashes with losses",
    ),
    (
        "اندلعت اشتباكات عنيفة بين الجيش اليمني والحوثيين في مديرية الدريهمي بمحافظة الحديدة.",
        ET.BATTLES,
        "clashes without a toll",
    ),
    (
        "أعدم تنظيم الدولة الإسلامية 4 مدنيين رمياً بالرصاص في مدينة الموصل.",
        ET.VIOLENCE_AGAINST_CIVILIANS,
        "an execution",
    ),
    (
        "اختطف مسلحون مجهولون 3 أطفال من حي الصابري في مدينة بنغازي.",
        ET.VIOLENCE_AGAINST_CIVILIANS,
        "an abduction",
    ),
    (
        "سيطرت هيئة تحرير الشام على بلدة كفرنبل بعد انسحاب فصائل الجيش الوطني منها.",
        ET.STRATEGIC_DEVELOPMENTS,
        "a takeover after a withdrawal",
    ),
    (
        "انسحبت قوات النظام من بلدة مورك في ريف حماة الشمالي.",
        ET.STRATEGIC_DEVELOPMENTS,
        "a withdrawal",
    ),
    (
        "خرجت مظاهرة في مدينة إدلب ضد هيئة تحرير الشام.",
        ET.PROTESTS,
        "a demonstration",
    ),
    (
        "تظاهر المئات في مدينة البصرة احتجاجاً على انقطاع الكهرباء.",
        ET.PROTESTS,
        "a verb of demonstrating and ihtijajan",
    ),
    (
        "خرجت مظاهرات حاشدة في مدينة الخرطوم للمطالبة بتسليم السلطة إلى المدنيين.",
        ET.PROTESTS,
        "demonstrations demanding a handover of power",
    ),
]


@pytest.mark.parametrize(
    ("text", "kind"),
    [row[:2] for row in EVENT_TYPES],
    ids=[row[2] for row in EVENT_TYPES],
)
def test_event_type(text: str, kind: cp.EventType) -> None:
    event = only_event(text)
    assert event.event_type is kind
    (row,) = cp.parse_report(text).to_rows()
    assert row["event_type"] == kind.value


def test_actors_of_an_event() -> None:
    text = (
        "اندلعت اشتباكات عنيفة بين قوات النظام وهيئة تحرير الشام في محيط بلدة كفرنبل، "
        "قتل خلالها 6 عناصر من الطرفين."
    )
    event = only_event(text)
    assert [actor.id for actor in event.actors] == ["syrian_government_forces", "hts"]
    (row,) = cp.parse_report(text).to_rows()
    assert (row["actor1"], row["actor2"]) == ("syrian_government_forces", "hts")


def test_a_monitor_is_a_source_not_an_actor() -> None:
    text = "وثق المرصد السوري لحقوق الإنسان مقتل 4 مدنيين في قصف لقوات النظام على بلدة مورك."
    event = only_event(text)
    assert [actor.id for actor in event.actors] == ["syrian_government_forces", "civilians"]
    assert event.actor1 is not None
    assert event.actor1.id == "syrian_government_forces"


# --- territory ---------------------------------------------------------------------


def test_territory_with_actor_share_and_date() -> None:
    text = (
        "وبحلول 1 كانون الثاني 2019 بات تنظيم الدولة الإسلامية يسيطر على نحو 3200 كلم مربع "
        "من الأراضي السورية، بنسبة نحو 1.7% من مساحة سوريا."
    )
    report = cp.parse_report(text, published=PUBLISHED)
    (stat,) = report.territory
    assert stat.actor is not None
    assert stat.actor.id == "islamic_state"
    assert value(stat.area.km2) == (3200, None, None, "approx")
    assert stat.area.share_pct is not None
    assert stat.area.share_pct.value == pytest.approx(1.7)
    assert stat.area.consistent is True
    assert stat.as_of is not None
    assert stat.as_of.start == datetime.date(2019, 1, 1)
    assert "3200" in text[stat.start : stat.end]


def test_territory_as_of_the_publication_date() -> None:
    text = (
        "وتسيطر قوات سوريا الديمقراطية على نحو 50 ألف كلم مربع من الأراضي السورية، "
        "بنسبة نحو 27% من مساحة البلاد."
    )
    (stat,) = cp.parse_report(text, published=PUBLISHED).territory
    assert stat.actor is not None
    assert stat.actor.id == "sdf"
    assert stat.area.km2.value == 50_000
    assert stat.area.consistent is True
    assert stat.as_of is not None
    assert stat.as_of.start == PUBLISHED


def test_territory_share_that_does_not_match_the_area() -> None:
    # 3200 km² is about 1.7 % of Syria, not 17 %.
    text = (
        "بات تنظيم الدولة الإسلامية يسيطر على نحو 3200 كلم مربع من الأراضي السورية، "
        "بنسبة نحو 17% من مساحة سوريا."
    )
    (stat,) = cp.parse_report(text).territory
    assert stat.area.consistent is False


def test_territory_without_a_share() -> None:
    text = "بات تنظيم الدولة الإسلامية يسيطر على نحو 3200 كلم مربع من الأراضي السورية."
    (stat,) = cp.parse_report(text).territory
    assert stat.actor is not None
    assert stat.actor.id == "islamic_state"
    assert stat.area.share_pct is None
    assert stat.area.consistent is None
    assert stat.as_of is None  # no date in the text and no publication date


# --- unresolved --------------------------------------------------------------------


def test_relative_date_without_a_publication_date_is_unresolved() -> None:
    text = "قتل 5 مدنيين أمس في قصف على حي الشعار في مدينة حلب."
    report = cp.parse_report(text)
    (item,) = report.unresolved
    assert item.text == "أمس"
    assert text[item.start : item.end] == item.text
    assert "publication" in item.reason
    assert report.events[0].date is None


def test_relative_date_with_a_publication_date_is_resolved() -> None:
    text = "قتل 5 مدنيين أمس في قصف على حي الشعار في مدينة حلب."
    assert cp.parse_report(text, published=PUBLISHED).unresolved == ()


def test_calendar_twins_that_disagree() -> None:
    # 13 Rajab 1439 is Friday 30 March 2018; the Gregorian twin says the 31st.
    text = "قتل 3 مدنيين في قصف على بلدة سراقب يوم الجمعة 13 رجب 1439 هـ الموافق 31 آذار 2018."
    report = cp.parse_report(text)
    hijri = text.index("13 رجب")
    gregorian = text.index("31 آذار 2018")
    assert report.unresolved
    for item in report.unresolved:
        assert text[item.start : item.end] == item.text
        assert "disagree" in item.reason
    assert any(overlaps(item.start, item.end, hijri, hijri + 6) for item in report.unresolved)
    assert any(
        overlaps(item.start, item.end, gregorian, gregorian + 12) for item in report.unresolved
    )


def test_calendar_twins_that_agree_are_resolved() -> None:
    text = "قتل 3 مدنيين في قصف على بلدة سراقب يوم الجمعة 13 رجب 1439 هـ الموافق 30 آذار 2018."
    report = cp.parse_report(text)
    assert report.unresolved == ()
    event = report.events[0]
    assert event.date is not None
    assert event.date.start == datetime.date(2018, 3, 30)


def test_the_same_day_in_two_years_is_unresolved() -> None:
    text = (
        "قتل 3 مدنيين في قصف على بلدة سراقب في 5 أيار 2016. "
        "وأكدت مصادر محلية أن القصف الذي استهدف البلدة وقع في 5 أيار 2017."
    )
    report = cp.parse_report(text)
    assert [item.text for item in report.unresolved] == ["5 أيار 2016", "5 أيار 2017"]
    for item in report.unresolved:
        assert text[item.start : item.end] == item.text
        assert "2016" in item.reason
        assert "2017" in item.reason


def test_a_plain_report_has_nothing_unresolved() -> None:
    text = "قتل 3 مدنيين في غارة على بلدة سراقب في 2 نيسان 2018."
    assert cp.parse_report(text).unresolved == ()


# --- to_dict and to_rows -----------------------------------------------------------

RICH = (
    "مقتل 7 مدنيين بقصف على كفرنبل جنوب إدلب\n\n"
    "قتل أمس 7 مدنيين، بينهم طفلان، في قصف صاروخي لقوات النظام على بلدة كفرنبل. "
    "وفي مدينة حلب قتل ما لا يقل عن 3 عناصر من قوات النظام في اشتباكات مع هيئة تحرير الشام. "
    "وبات تنظيم الدولة الإسلامية يسيطر على نحو 3200 كلم مربع من الأراضي السورية، "
    "بنسبة نحو 1.7% من مساحة سوريا.\n"
)
LAYERS = ("casualties", "dates", "numbers", "areas", "actors", "places")


@pytest.mark.parametrize("published", [None, PUBLISHED])
def test_to_dict_is_json_ready(published: datetime.date | None) -> None:
    report = cp.parse_report(RICH, published=published)
    data: dict[str, Any] = report.to_dict()
    dumped = json.dumps(data, ensure_ascii=False)
    assert "كفرنبل" in dumped  # Arabic kept as is
    assert json.loads(dumped) == data
    assert {"published", "events", "territory", "unresolved", *LAYERS} <= set(data)
    assert data["published"] == (published.isoformat() if published else None)
    assert len(data["events"]) == len(report.events)
    for layer in (*LAYERS, "unresolved"):
        for item in data[layer]:
            assert RICH[item["start"] : item["end"]] == item["text"]


def test_to_dict_dates_and_enums() -> None:
    data: dict[str, Any] = cp.parse_report(RICH, published=PUBLISHED).to_dict()
    first = data["events"][0]
    assert first["date"]["start_date"] == "2019-05-09"
    assert first["date_source"] == "text"
    assert first["event_type"] == "explosions_remote_violence"
    assert first["fatalities"]["qualifier"] == "exact"
    assert first["place"]["admin1"] == "Idlib"
    territory = data["territory"]
    assert territory[0]["actor"]["id"] == "islamic_state"
    assert territory[0]["area"]["km2"]["qualifier"] == "approx"


def test_to_rows_columns_and_sources() -> None:
    report = cp.parse_report(RICH, published=PUBLISHED)
    rows: list[dict[str, Any]] = report.to_rows()
    assert len(rows) == len(report.events) >= 2
    for index, row in enumerate(rows, 1):
        assert list(row) == list(ROW_COLUMNS)
        assert row["event"] == index
        assert RICH[row["source_start"] : row["source_end"]] == row["source_text"]
        json.dumps(row, ensure_ascii=False)
    first, second = rows[0], rows[1]
    assert (first["date_start"], first["date_end"]) == ("2019-05-09", "2019-05-09")
    assert (first["date_precision"], first["time_precision"], first["date_prec"]) == ("day", 1, 1)
    assert first["date_source"] == "text"
    assert (first["admin1"], first["country"]) == ("Idlib", "SY")
    assert (second["location"], second["admin1"]) == ("مدينة حلب", "Aleppo")
    # no date in its sentence: the day of the lead's «أمس», read from the text
    assert second["date_source"] == "text"
    assert second["date_start"] == "2019-05-09"


def test_to_rows_without_dates() -> None:
    (row,) = cp.parse_report("قتل 3 مدنيين في غارة على مدينة دوما.").to_rows()
    for column in ("date_start", "date_end", "date_precision", "date_source"):
        assert row[column] is None
    assert (row["time_precision"], row["date_prec"]) == (None, None)


def test_to_rows_precision_of_a_month() -> None:
    text = "قتل 3 مدنيين في غارة على مدينة دوما خلال آذار / مارس 2018."
    (row,) = cp.parse_report(text).to_rows()
    assert (row["date_start"], row["date_end"]) == ("2018-03-01", "2018-03-31")
    assert (row["date_precision"], row["time_precision"], row["date_prec"]) == ("month", 3, 4)


# (text, fatalities_best, fatalities_low, fatalities_high, qualifier): low and high are
# the toll's own bounds (None where the text gives none), best its figure or else its low.
FATALITY_ROWS = [
    ("قتل 5 مدنيين في غارة على مدينة دوما.", 5, 5, 5, "exact"),
    ("قتل ما لا يقل عن 96 عنصراً في هجوم على حي القدم.", 96, 96, None, "at_least"),
    ("قتل أكثر من 30 مدنياً في غارة على مدينة دوما.", 30, 30, None, "more_than"),
    ("قتل نحو 100 مدني في غارات على مدينة دوما.", 100, None, None, "approx"),
    ("قتل ما لا يزيد عن 40 مدنياً في غارات على مدينة دوما.", 40, None, 40, "at_most"),
    ("قتل أقل من 10 مدنيين في قصف على مدينة دوما.", 10, None, 10, "less_than"),
    ("قتل بين 20 و30 مدنياً في غارات على مدينة دوما.", 20, 20, 30, "range"),
    ("قتل عشرات المدنيين في غارات على مدينة دوما.", 20, 20, 99, "vague"),
]


@pytest.mark.parametrize(
    ("text", "best", "low", "high", "qualifier"),
    FATALITY_ROWS,
    ids=[row[4] for row in FATALITY_ROWS],
)
def test_to_rows_fatalities_from_the_toll(
    text: str, best: float, low: float | None, high: float | None, qualifier: str
) -> None:
    report = cp.parse_report(text)
    (event,) = report.events
    assert event.fatalities is not None
    assert event.fatalities.qualifier.value == qualifier
    (row,) = report.to_rows()
    assert row["fatalities_qualifier"] == qualifier
    assert (row["fatalities_best"], row["fatalities_low"], row["fatalities_high"]) == (
        best,
        low,
        high,
    )
    assert (row["fatalities_low"], row["fatalities_high"]) == (
        event.fatalities.low,
        event.fatalities.high,
    )


def test_to_rows_without_a_toll() -> None:
    (row,) = cp.parse_report("انسحبت قوات النظام من بلدة مورك في ريف حماة.").to_rows()
    for column in ("fatalities_best", "fatalities_low", "fatalities_high", "fatalities_qualifier"):
        assert row[column] is None


def test_an_empty_report() -> None:
    report = cp.parse_report("")
    assert report.events == ()
    assert report.to_rows() == []
    assert report.unresolved == ()
    json.dumps(report.to_dict())


# --- parse_reports -----------------------------------------------------------------

TEXTS = [
    "قتل 3 مدنيين في غارة على مدينة دوما.",
    "قتل 5 مدنيين أمس في قصف على حي الشعار في مدينة حلب.",
    "لا أخبار اليوم.",
    RICH,
    "",
    "قتل 5 مدنيين في قصف على حي القدم جنوب دمشق. وارتفع عدد القتلى إلى 9.",
    "اختطف مسلحون مجهولون 3 أطفال من حي الصابري في مدينة بنغازي.",
    "قتل 12 مدنياً في قصف لقوات الدعم السريع على مدينة الفاشر.",
    "خرجت مظاهرة في مدينة إدلب ضد هيئة تحرير الشام.",
    "قتل 6 فلسطينيين في قصف إسرائيلي على مدينة خان يونس جنوب قطاع غزة.",
]


def test_parse_reports_in_order_and_equal_to_parse_report() -> None:
    reports = list(cp.parse_reports(TEXTS))
    assert [report.text for report in reports] == TEXTS
    assert [report.to_dict() for report in reports] == [
        cp.parse_report(text).to_dict() for text in TEXTS
    ]


def test_parse_reports_is_lazy() -> None:
    reports = cp.parse_reports(iter(TEXTS))
    first = next(reports)
    assert first.text == TEXTS[0]


def test_parse_reports_with_one_publication_date() -> None:
    reports = list(cp.parse_reports(TEXTS, published=PUBLISHED))
    assert all(report.published == PUBLISHED for report in reports)
    assert [report.to_dict() for report in reports] == [
        cp.parse_report(text, published=PUBLISHED).to_dict() for text in TEXTS
    ]
    assert reports[1].events[0].date is not None
    assert reports[1].events[0].date.start == datetime.date(2019, 5, 9)


def test_parse_reports_with_a_date_per_text() -> None:
    dates: list[datetime.date | None] = [
        datetime.date(2020, 1, day) if day % 3 else None for day in range(1, len(TEXTS) + 1)
    ]
    reports = list(cp.parse_reports(TEXTS, published=dates))
    assert [report.published for report in reports] == dates
    assert [report.to_dict() for report in reports] == [
        cp.parse_report(text, published=date).to_dict()
        for text, date in zip(TEXTS, dates, strict=True)
    ]
    assert reports[1].events[0].date is not None
    assert reports[1].events[0].date.start == datetime.date(2020, 1, 1)


def test_parse_reports_with_workers_gives_the_same_reports() -> None:
    texts = TEXTS * 3  # more than one chunk per worker
    dates = [datetime.date(2019, 5, 1 + index % 28) for index in range(len(texts))]
    one = [report.to_dict() for report in cp.parse_reports(texts, published=dates, workers=1)]
    two = [report.to_dict() for report in cp.parse_reports(texts, published=dates, workers=2)]
    assert two == one
    assert len(two) == len(texts)


def test_parse_reports_of_nothing() -> None:
    assert list(cp.parse_reports([])) == []
    assert list(cp.parse_reports([], workers=2)) == []


# --- review fixes --------------------------------------------------------------------


def test_a_count_of_people_with_no_casualty_word_is_unresolved() -> None:
    text = "وصل 40 عنصراً من الفصائل إلى بلدة الباب في ريف حلب."
    report = cp.parse_report(text)
    assert report.casualties == ()
    (item,) = [u for u in report.unresolved if u.reason.startswith("a count of people")]
    assert text[item.start : item.end] == item.text == "40 عنصراً"


def test_a_counted_casualty_is_not_unresolved() -> None:
    report = cp.parse_report("قتل 40 عنصراً من الفصائل في بلدة الباب.")
    assert not [u for u in report.unresolved if u.reason.startswith("a count of people")]


def test_a_decimal_point_does_not_end_the_sentence() -> None:
    text = "قتل 3 مدنيين في قصف على مدينة دوما التي تبلغ مساحتها 4.1 كلم مربع وفق المرصد."
    (event,) = cp.parse_report(text).events
    assert text[event.start : event.end].endswith("وفق المرصد")


def test_equal_counts_of_different_victims_add_up() -> None:
    event = only_event("قتل 3 مدنيين و3 عناصر من قوات النظام في قصف على بلدة مورك.")
    assert value(event.fatalities) == (6, 6, 6, "exact")


def test_parse_reports_refuses_fewer_dates_than_texts() -> None:
    dates = [datetime.date(2018, 3, 20)]
    with pytest.raises(ValueError, match=r"shorter|longer"):
        list(cp.parse_reports(["قتل 3 مدنيين", "قتل مدنيان"], published=dates))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل أكثر من 40 مدنياً و11 عنصراً في قصف على بلدة مورك.", (51, 51, None, "more_than")),
        ("قتل ما لا يقل عن 40 مدنياً و11 عنصراً في قصف على بلدة مورك.", (51, 51, None, "at_least")),
        ("قتل أقل من 40 مدنياً و11 عنصراً في قصف على بلدة مورك.", (51, None, 51, "less_than")),
        ("قتل نحو 40 مدنياً و11 عنصراً في قصف على بلدة مورك.", (51, None, None, "approx")),
        ("قتل أكثر من 40 مدنياً وأقل من 11 عنصراً في قصف على بلدة مورك.", (51, None, None, "approx")),
    ],
)
def test_a_sum_keeps_the_bound_its_counts_share(
    text: str, expected: tuple[float | None, float | None, float | None, str]
) -> None:
    assert value(only_event(text).fatalities) == expected


def test_the_type_comes_from_the_passage_when_the_toll_sentence_has_none() -> None:
    text = (
        "تدور اشتباكات عنيفة بين قوات النظام والفصائل على محاور ريف حماة الشمالي. "
        "ووثق المرصد مقتل 9 عناصر من الطرفين."
    )
    assert only_event(text).event_type is cp.EventType.BATTLES


def test_matches_that_read_the_same_words_share_one_string() -> None:
    text = "قصفت قوات النظام بلدة كفرنبل. وقصفت قوات النظام بلدة حاس."
    report = cp.parse_report(text)
    first, second = (m for m in report.actors if m.text == "قوات النظام")
    assert first.text is second.text
    assert (first.start, second.start) == (text.index("قوات"), text.rindex("قوات"))


def test_a_location_leaves_out_the_quotes_its_evidence_keeps() -> None:
    text = 'قتل ثلاثة أشخاص بغارة إسرائيلية على قرية "المنصوري" في قضاء صور.'
    (event,) = cp.parse_report(text).events
    assert event.location == "قرية المنصوري"
    assert event.evidence.location is not None
    assert event.evidence.location.text == 'قرية "المنصوري"'
    start, end = event.evidence.location.start, event.evidence.location.end
    assert text[start:end] == 'قرية "المنصوري"'
