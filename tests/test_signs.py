"""A dash before a figure is punctuation, not a minus sign; counts and areas are never negative."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import conflictparse as cp

DATELINES = [
    pytest.param("حلب - 12 قتيلا في قصف على الأحياء الشرقية", 12, id="dash-space-after-place"),
    pytest.param("درعا –5 قتلى في اشتباكات", 5, id="en-dash-glued-after-place"),
    pytest.param("دير الزور — 7 قتلى", 7, id="dash-after-two-word-place"),
    pytest.param("- 12 قتيلا في غارة على بلدة الشعفة", 12, id="list-dash-at-the-start"),
    pytest.param("حصيلة اليوم:\n- 9 قتلى في ريف إدلب", 9, id="list-dash-at-a-line-start"),
]


@pytest.mark.parametrize(("text", "count"), DATELINES)
def test_a_dash_before_a_count_of_people_is_punctuation(text: str, count: int) -> None:
    (casualty,) = cp.find_casualties(text)
    assert casualty.value.count.value == count
    assert not casualty.text.startswith(("-", "–", "—"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("تعز – ٢٠٢٢ قتل مدنيان", 2022, id="dateline-dash-before-a-year"),
        pytest.param("حلب - 12", 12, id="dash-with-a-space"),
        pytest.param("الحرارة -5", 5, id="glued-dash-after-a-word"),
    ],
)
def test_a_dash_after_a_word_is_no_sign(text: str, value: int) -> None:
    assert cp.find_numbers(text)[0].value.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("-5", -5, id="alone"),
        pytest.param("(-5)", -5, id="in-brackets"),
        pytest.param("س = -3", -3, id="after-equals"),
        pytest.param("سالب 5", -5, id="the-word-minus"),
        pytest.param("- 1 4/5", -1.8, id="spaced-sign-at-the-very-start"),
    ],
)
def test_a_signed_figure_keeps_its_sign(text: str, value: float) -> None:
    assert cp.find_numbers(text)[0].value.value == value


def test_a_signed_count_is_no_casualty() -> None:
    assert cp.find_casualties("سالب 5 قتلى") == []


def test_a_signed_area_is_no_area() -> None:
    assert cp.find_areas("(-5 كم مربع)") == []


PIECES = st.sampled_from(
    [
        "-",
        " - ",
        "–",
        "—",
        "\n- ",
        "(-",
        "= -",
        "سالب ",
        "12",
        "٥",
        "3.5",
        " ",
        "،",
        "حلب",
        "قتيلا",
        "قتلى",
        "مدنيين",
        "قتل ",
        "أصيب ",
        "كم مربع",
        "دونم",
        "بنسبة",
        "%",
        "نحو ",
        "بين ",
        " و",
        "عشرات ",
        "من مساحة سوريا",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=25).map("".join))
def test_no_casualty_area_or_share_is_ever_negative(text: str) -> None:
    for casualty in cp.find_casualties(text):
        assert not casualty.value.count.negative, casualty
    for area in cp.find_areas(text):
        assert not area.value.km2.negative, area
        assert area.value.share_pct is None or not area.value.share_pct.negative, area
