"""The weapon a report names types the event: what carries the charge decides, not the charge.

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
    ],
)
def test_the_carrier_of_a_charge_types_the_event(text: str, expected: tuple[str]) -> None:
    assert columns(text, "sub_event_type") == [expected]
