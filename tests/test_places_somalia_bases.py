"""Somalia's places, and the military bases and mountain ranges reports name as sites.

Sentences written for this file, in the shapes of real reports with other figures.
"""

from __future__ import annotations

import pytest

import conflictparse as cp
from tests.test_events_breadth import columns


@pytest.mark.parametrize(
    ("text", "ident", "admin1"),
    [
        ("انفجرت سيارة مفخخة في العاصمة الصومالية مقديشو", "so_mogadishu", "Banaadir"),
        ("سيطرت القوات على بلدة بريري", "so_bariire", "Lower Shabelle"),
        ("تدور معارك في إقليم شبيلي السفلى", "so_lower_shabelle_region", "Lower Shabelle"),
        ("قصفت طائرة مسيرة مواقع قرب كسمايو", "so_kismayo", "Lower Juba"),
        ("سقطت صواريخ على قاعدة عين الأسد الجوية", "iq_ain_al_asad_air_base", "Anbar"),
        ("استهدفت مسيرة قاعدة حميميم", "sy_hmeimim_air_base", "Latakia"),
        ("قصفت الطائرات مطار التيفور العسكري", "sy_t4_air_base", "Homs"),
        ("قصفت الطائرات جمرك نصيب", "sy_nasib_crossing", "Daraa"),
        ("ضربة جوية على مخابئ في سلسلة جبال حمرين", "iq_hamrin_mountains", None),
        ("قصفت الطائرات جبال مكحول شمال تكريت", "iq_makhoul_mountains", "Salah al-Din"),
        ("اشتباكات في جبال النوبة", "sd_nuba_mountains", "South Kordofan"),
    ],
)
def test_somali_places_and_bases_are_known(text: str, ident: str, admin1: str | None) -> None:
    places = {match.value.id: match.value.admin1 for match in cp.find_places(text) if match.value}
    assert places.get(ident) == admin1


def test_a_town_in_somalia_gives_the_countrys_army() -> None:
    text = "هاجم الجيش مواقع حركة الشباب في بلدة جلب بإقليم جوبا الوسطى."
    assert columns(text, "location", "actor1", "actor2") == [
        ("بلدة جلب", "somalia_forces", "al_shabaab")
    ]


def test_a_strike_on_a_base_stands_at_the_base() -> None:
    text = "سقطت ثلاثة صواريخ على قاعدة عين الأسد الجوية في محافظة الأنبار دون إصابات."
    assert columns(text, "location") == [("قاعدة عين الأسد الجوية",)]
