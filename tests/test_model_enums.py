"""Enums where plain strings stood: ``ParsedDate.part``, ``Place.kind``, ``Event.date_source``."""

from __future__ import annotations

import datetime
import json

import pytest

import conflictparse as cp

MARCH = (datetime.date(2018, 3, 1), datetime.date(2018, 3, 31))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        pytest.param("مطلع آذار 2018", cp.Part.EARLY, id="early"),
        pytest.param("منتصف آذار 2018", cp.Part.MID, id="mid"),
        pytest.param("أواخر آذار 2018", cp.Part.LATE, id="late"),
        pytest.param("آذار 2018", None, id="whole-month"),
    ],
)
def test_part_of_a_month_is_an_enum(text: str, part: cp.Part | None) -> None:
    date = cp.parse_date(text)
    assert date.part is part
    assert (date.start, date.end) == MARCH
    assert date.to_dict()["part"] == (part.value if part else None)


def test_part_from_a_string_is_converted_and_checked() -> None:
    date = cp.ParsedDate(start=MARCH[0], end=MARCH[1], precision=cp.Precision.MONTH, part="late")
    assert date.part is cp.Part.LATE
    with pytest.raises(ValueError, match="'sometime'"):
        cp.ParsedDate(start=MARCH[0], end=MARCH[1], precision=cp.Precision.MONTH, part="sometime")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("قصف على بلدة الشعفة", cp.PlaceKind.TOWN, id="town"),
        pytest.param("اشتباكات في حي القدم", cp.PlaceKind.NEIGHBOURHOOD, id="neighbourhood"),
        pytest.param("غارات على ريف حلب", cp.PlaceKind.REGION, id="region"),
        pytest.param("في محافظة درعا", cp.PlaceKind.GOVERNORATE, id="governorate"),
    ],
)
def test_place_kind_is_an_enum(text: str, kind: cp.PlaceKind) -> None:
    found = cp.find_places(text)
    assert [match.value.kind if match.value else None for match in found] == [kind]


def test_place_kind_from_a_string_is_checked() -> None:
    assert cp.Place(id="x", name="X", kind="camp", country="SY").kind is cp.PlaceKind.CAMP
    with pytest.raises(ValueError, match="'hamlet'"):
        cp.Place(id="x", name="X", kind="hamlet", country="SY")


@pytest.mark.parametrize(
    ("text", "published", "source"),
    [
        pytest.param("قتل 3 مدنيين في 13 آذار 2018 بقصف على بلدة الشعفة", None, "text", id="text"),
        pytest.param(
            "قتل 3 مدنيين بقصف على بلدة الشعفة", datetime.date(2018, 3, 14), "published", id="pub"
        ),
        pytest.param("قتل 3 مدنيين بقصف على بلدة الشعفة", None, None, id="none"),
    ],
)
def test_date_source_is_an_enum_and_a_plain_string_in_rows(
    text: str, published: datetime.date | None, source: str | None
) -> None:
    report = cp.parse_report(text, published=published)
    (event,) = report.events
    assert event.date_source is (None if source is None else cp.DateSource(source))
    (row,) = report.to_rows()
    assert row["date_source"] == source
    assert type(row["date_source"]) is (str if source else type(None))
    assert json.loads(json.dumps(report.to_dict()))["events"][0]["date_source"] == source
