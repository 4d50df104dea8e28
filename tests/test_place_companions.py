"""Unknown names listed between two known places are places too."""

from __future__ import annotations

import pytest

import conflictparse as cp


def _names(text: str) -> list[str]:
    return [match.text for match in cp.find_places(text)]


@pytest.mark.parametrize(
    ("text", "unknown"),
    [
        ("شنت الطائرات غارات على سراقب والبويطية وأريحا.", "البويطية"),
        ("قصفت المدفعية خان شيخون، وكفرطاب الصغرى، ومعرة حرمة.", "كفرطاب الصغرى"),
        ("تعرضت دير الزور والجرذي وذيبان لقصف مدفعي.", "الجرذي"),
    ],
    ids=["and", "comma-and-two-words", "in-a-subject"],
)
def test_an_unknown_name_between_two_known_places_is_a_place(text: str, unknown: str) -> None:
    assert unknown in _names(text)


def test_the_unknown_name_is_a_place_of_the_events_layer() -> None:
    text = "شنت الطائرات الحربية غارات على سراقب والبويطية وأريحا."
    rows = cp.parse_report(text).to_rows()
    assert [row["location"] for row in rows] == ["سراقب", "البويطية", "أريحا"]


@pytest.mark.parametrize(
    "text",
    [
        # a clause between two places, not a list
        "قصفت الطائرات سراقب، وقالت مصادر إن أريحا تعرضت لقصف مماثل.",
        # a noun with a pronoun names no place
        "قصفت المدفعية سراقب ومحيطها وأريحا.",
        # two provinces frame no list of localities
        "قتل 5 أشخاص في حلب والمناطق المجاورة لمحافظة إدلب.",
    ],
    ids=["clause", "pronoun", "provinces"],
)
def test_no_name_is_read_where_no_list_runs_between_places(text: str) -> None:
    names = _names(text)
    assert all(name in {"سراقب", "أريحا", "حلب", "محافظة إدلب", "إدلب"} for name in names), names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # right-to-left text often opens a quote with the closing mark
        ("هاجمت القوات منطقتي “أم دم حاج أحمد” و”كازقيل” بولاية شمال كردفان.", "كازقيل"),
        ("قصف الحوثيون منطقة ”العمود” بمديرية الجوبة.", "منطقة ”العمود”"),
        ("قصفت المدفعية قرية »البويطية« شرق المدينة.", "قرية »البويطية«"),
    ],
    ids=["list-item", "after-a-head", "guillemets-reversed"],
)
def test_a_quoted_name_opened_by_a_closing_mark_is_read(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    assert "و" not in names


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a list after «مناطق» with a name the gazetteer knows: each name a place
        (
            "هاجم مسلحو التنظيم قوات البيشمركة في مناطق البويطية والعوينات وداقوق.",
            ["البويطية", "العوينات", "داقوق"],
        ),
        # a region told by what it is, or one region: no list
        ("تقدمت القوات في مناطق سيطرة المعارضة.", []),
        ("شنت القوات حملة اعتقالات في مختلف مناطق الضفة الغربية.", ["الضفة الغربية"]),
        # «في» between the head and a list a known village opens: each name a place
        ("استهدفت المدفعية مناطق في كنصفرة وعين لاروز.", ["كنصفرة", "عين لاروز"]),
        # but a region or a city after «مناطق في» frames them: no list of villages
        ("استهدفت المدفعية مناطق في ريف حلب والحميرة.", ["ريف حلب"]),
    ],
    ids=["known-name", "told-by-what-it-is", "one-region", "in-a-village-list", "in-a-region"],
)
def test_a_list_after_areas_names_places_only_with_a_known_name(
    text: str, places: list[str]
) -> None:
    assert _names(text) == places


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            'دارت مواجهات في حي "الروضة" و"المجلية" و"الصفا" شرقي المدينة.',
            ['حي "الروضة"', "المجلية", "الصفا"],
        ),
        (
            'قصفت المدفعية قرية "العنكاوي" و"الزيارة" في سهل الغاب.',
            ['قرية "العنكاوي"', "الزيارة", "سهل الغاب"],
        ),
        # a place not named in quotes lists no names in quotes after it
        ('قصفت الطائرات بلدة كفرنبل و"الأمم المتحدة" تدين.', ["بلدة كفرنبل"]),
    ],
)
def test_names_in_quotes_joined_to_a_quoted_place_are_places(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_names_in_quotes_are_places_of_the_events_layer() -> None:
    text = 'دارت مواجهات في حي "الروضة" و"المجلية" شرقي مدينة تعز.'
    rows = cp.parse_report(text).to_rows()
    assert [row["location"] for row in rows] == ["حي الروضة", "المجلية"]  # the quotes left out


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("هاجم مسلحون مناطق “أم صميمة” و”الكويك” جنوب الأبيض.", ["أم صميمة", "الكويك"]),
        ('هاجم مسلحون مناطق "أم صميمة" و"الكويك" جنوب الأبيض.', ["أم صميمة", "الكويك"]),
        # unknown names with no quotes after «مناطق» are still no list
        ("انتشرت القوات في مناطق سيطرة المعارضة.", []),
    ],
)
def test_names_in_quotes_after_areas_are_places(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a village GeoNames knows only after a head, listed after a known locality
        (
            "شنت الطائرات غارات على التمانعة ومعرة حرمة وحيش ومحاور التماس.",
            ["التمانعة", "معرة حرمة", "حيش"],
        ),
        ("قتل 3 مدنيين في معرة حرمة وحيش.", ["معرة حرمة", "حيش"]),
        # the list ends at the first name the gazetteer does not know
        ("قصفت المدفعية معرة حرمة ومحاور التماس وحيش.", ["معرة حرمة"]),
    ],
)
def test_a_village_read_only_after_a_head_is_read_in_a_list_after_a_locality(
    text: str, names: list[str]
) -> None:
    assert _names(text) == names
