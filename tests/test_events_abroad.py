"""Names that are also towns of another country, in a report about one country.

Every sentence is written for this file.  A word that a town abroad is called by
(«السلمية», «المحمودية», «فاطمة» read as «ف» + «اطمة») is that town only when the report
has another tie to its country; otherwise it is an adjective, a person, or a site of the
report's own country with no known province.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

import conflictparse as cp

PUBLISHED = datetime.date(2021, 5, 16)


def rows(text: str) -> list[dict[str, Any]]:
    return cp.parse_report(text, published=PUBLISHED).to_rows()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "أصيب 3 متظاهرين برصاص قوات الاحتلال الإسرائيلي خلال مسيرات العودة السلمية"
            " شرقي خانيونس.",
            "السلمية",
        ),
        (
            "قتلت قوات الاحتلال الإسرائيلي شابا خلال مسيرات العودة السلمية قرب السياج شرق جباليا.",
            "السلمية",
        ),
        (
            "قتل جنديان من الجيش العراقي بهجوم لداعش. وقال المسؤول المحلي المدعو الخضر إن"
            " المهاجمين فروا.",
            "الخضر",
        ),
    ],
    ids=["adjective-before-a-holder", "adjective", "a-persons-name"],
)
def test_a_bare_name_of_a_town_abroad_after_a_definite_word_is_no_site(
    text: str, word: str
) -> None:
    assert all(word not in str(row["location"]) for row in rows(text))


def test_a_town_abroad_in_a_list_of_villages_is_a_site_with_no_province_abroad() -> None:
    text = "قصفت القوات التركية قرى أم الخير والسعدية شمال بلدة تل تمر بريف الحسكة."
    found = {row["location"]: row for row in rows(text)}
    assert "السعدية" in found  # Iraq's Saadiya is no tie of a Syrian report
    assert found["السعدية"]["country"] != "IQ"


def test_a_town_abroad_after_its_head_stays_a_site_with_no_province_abroad() -> None:
    text = (
        "قتل جنديان من الجيش المصري في هجوم لمسلحين من ولاية سيناء على كمين في مدينة رفح،"
        " ونقلت جثتاهما إلى مستشفى العريش."
    )
    [row] = [row for row in rows(text) if row["location"] == "مدينة رفح"]
    assert row["country"] != "PS"


def test_a_town_abroad_is_kept_where_the_report_names_its_country() -> None:
    text = (
        "استهدفت غارة إسرائيلية بلدة الخيام جنوبي لبنان، وغارة أخرى استهدفت القصير قرب"
        " الحدود السورية."
    )
    found = {row["location"]: row["country"] for row in rows(text)}
    assert found == {"بلدة الخيام": "LB", "القصير": "SY"}


def test_a_facility_named_after_a_town_abroad_is_placed_by_its_holder() -> None:
    text = (
        "أصيب مدنيان في غارة إسرائيلية استهدفت ملعب اليرموك، فيما قصفت المدفعية حي الشجاعية"
        " شرق مدينة غزة."
    )
    found = {row["location"]: row["admin1"] for row in rows(text)}
    assert found.get("اليرموك") != "Damascus"


def test_a_strike_with_no_side_takes_the_side_that_struck_its_own_country() -> None:
    text = (
        "قتلت امرأة لبنانية في غارة للاحتلال الإسرائيلي استهدفت بلدة مجدل زون في قضاء صور "
        "جنوب لبنان.\n"
        "وقال حزب الله اللبناني إن عناصره استهدفوا تموضعا لجنود إسرائيليين في مستعمرة شوميرا.\n"
        "وكان الاحتلال كثف غاراته على القطاع الغربي، حيث شنت غارة استهدفت بلدتي عيتا الشعب "
        "والخيام."
    )
    sides = [(row["location"], row["actor1"]) for row in rows(text)]
    assert sides == [
        ("بلدة مجدل زون", "israeli_forces"),
        ("مستعمرة شوميرا", "hezbollah"),
        ("عيتا الشعب", "israeli_forces"),
        ("الخيام", "israeli_forces"),
    ]


def test_a_heads_gloss_in_brackets_is_passed_for_the_name() -> None:
    text = "استهدف المقاتلون تموضعا للجنود في مستعمرة (مستوطنة) إيفن مناحم."
    assert [(m.text, m.value.id if m.value else None) for m in cp.find_places(text)] == [
        ("مستعمرة (مستوطنة) إيفن مناحم", "il_even_menachem")
    ]
