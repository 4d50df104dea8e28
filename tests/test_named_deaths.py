"""Deaths told by a list of the victims' names: each name is one death of the event.

Sentences written for this file, in the shapes of real reports with other names and figures.
"""

from __future__ import annotations

import datetime

import pytest

import conflictparse as cp

PUBLISHED = datetime.date(2022, 7, 22)


def _tolls(text: str) -> list[tuple[object, object]]:
    rows = cp.parse_report(text, published=PUBLISHED).to_rows()
    return [(row["location"], row["fatalities_best"]) for row in rows]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ranks and names after «كلا من» and a colon
        (
            "أطلق مسلحون النار على سيارة عسكرية في بلدة نصيب أدت إلى مقتل كلا من: الرائد سامر"
            " علي والملازم فادي حسن والشرطي رامي عمر، وجرح شرطي آخر.",
            [("بلدة نصيب", 3)],
        ),
        # names with ages in brackets and commas; «ووليد» is «و» and the name «وليد»
        (
            "استشهد كل من محمد سالم (25 عاما)، ووليد خالد (30 عاما) وسامي حسن، جراء قصف"
            " إسرائيلي على مخيم جباليا.",
            [("مخيم جباليا", 3)],
        ),
        # a first name that opens with «و» is part of its item
        (
            "قتل كل من وائل حسن وأحمد علي برصاص مجهولين في بلدة الجيزة.",
            [("بلدة الجيزة", 2)],
        ),
    ],
)
def test_each_name_of_a_list_of_victims_is_one_death(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _tolls(text) == expected


def test_a_list_of_names_is_no_casualty_count_of_the_layer() -> None:
    text = "استشهد كل من محمد سالم وسامي حسن جراء قصف على مخيم جباليا."
    assert cp.find_casualties(text) == []
