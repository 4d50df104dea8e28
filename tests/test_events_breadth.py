"""Events in the shapes of real reports beyond the development corpus (issue 11).

Every sentence is written for this file, in the pattern of real reports with other names,
places and figures.  Each case checks the rows a coder would load, field by field.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

import conflictparse as cp

PUBLISHED = datetime.date(2019, 3, 12)


def located_tolls(text: str) -> list[tuple[Any, Any]]:
    """(location, fatalities_best) of each row of ``text``."""
    return [
        (row["location"], row["fatalities_best"])
        for row in cp.parse_report(text, published=PUBLISHED).to_rows()
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قتل خمسة مدنيين في قرية كفرعويد وثلاثة مدنيين في قرية حزارين جراء غارات روسية.",
            [("قرية كفرعويد", 5), ("قرية حزارين", 3)],
        ),
        (
            "قتل أربعة مدنيين في غارة على بلدة حيش، وقتل اثنان آخران في غارة على بلدة كفرسجنة.",
            [("بلدة حيش", 4), ("بلدة كفرسجنة", 2)],
        ),
        (
            "قتل ثمانية مدنيين بينهم طفلان في قرية معرشورين"
            " وستة مدنيين بينهم امرأة في قرية الدير الشرقي.",
            [("قرية معرشورين", 8), ("قرية الدير الشرقي", 6)],
        ),
        (
            "قتل 4 مدنيين في قصف على حي الزيتون بالإضافة إلى مقتل ستة آخرين في قصف مدرسة"
            " في حي التفاح.",
            [("حي الزيتون", 4), ("حي التفاح", 6)],
        ),
        # a breakdown by place still gives each site its sub-count
        (
            "قتل 15 مدنيا بغارات جوية، بينهم 9 في بلدة خان السبل و6 في بلدة سراقب.",
            [("بلدة خان السبل", 9), ("بلدة سراقب", 6)],
        ),
        # one count before the list of places is shared: it goes to the first
        ("قتل 7 مدنيين في قصف على بلدتي كفرسجنة وحيش.", [("كفرسجنة", 7), ("حيش", None)]),
    ],
)
def test_counts_told_place_by_place_stay_at_their_places(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    assert located_tolls(text) == expected


def test_an_item_with_its_own_breakdown_is_a_total_not_a_sub_count() -> None:
    text = "قتل تسعة مدنيين بينهم ثلاثة أطفال في قرية بسقلا وأربعة مدنيين بينهم طفل في قرية الهبيط"
    found = [(m.text, m.value.count.value, m.value.breakdown) for m in cp.find_casualties(text)]
    assert found == [
        ("تسعة مدنيين", 9, False),
        ("ثلاثة أطفال", 3, True),
        ("أربعة مدنيين", 4, False),
    ]
