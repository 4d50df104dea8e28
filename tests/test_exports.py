"""Exports: location precision, the new row columns, ACLED, UCDP GED, GeoJSON, frames, the CLI."""

from __future__ import annotations

import pytest

import conflictparse as cp
from conflictparse.model import PlaceKind
from conflictparse.text.lexicon import Section
from conflictparse.text.lexicon.precision import build, precision_lexicon


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("قتل 3 مدنيين بقصف على بلدة كفرنبل", (1, 1)),
        ("قتل 3 مدنيين بقصف قرب بلدة كفرنبل", (2, 2)),
        ("قتل 3 مدنيين بقصف بالقرب من بلدة كفرنبل", (2, 2)),
        ("قتل مدنيان في غارة بمحيط مدينة سراقب", (2, 2)),
        ("قتل 4 مدنيين بقصف على ريف حلب", (2, 4)),
        ("قتل 4 مدنيين بقصف على محافظة إدلب", (3, 4)),
        ("قتل 5 في غارة على قطاع غزة", (3, 5)),
        ("قتل 3 مدنيين بقصف على مديرية حيس", (2, 3)),
        ("قتل 4 بقصف على حي الروضة", (1, 1)),  # a place the gazetteer does not know
    ],
)
def test_location_precision_from_the_kind_and_the_words_before(
    text: str, codes: tuple[int, int]
) -> None:
    (event,) = cp.parse_report(text).events
    assert (event.geo_precision, event.where_prec) == codes
    assert event.to_dict()["geo_precision"] == codes[0]


def test_no_place_no_precision() -> None:
    event = cp.Event(start=0, end=3, date=None, location=None, actors=(), casualties=())
    assert (event.geo_precision, event.where_prec) == (None, None)


def test_every_kind_of_place_has_codes_in_range() -> None:
    lexicon = precision_lexicon()
    assert set(lexicon.kinds) == set(PlaceKind)
    assert all(1 <= c.geo_precision <= 3 and 1 <= c.where_prec <= 7 for c in lexicon.kinds.values())


def test_precision_data_out_of_range_names_the_key() -> None:
    kinds = {kind.value: {"geo_precision": 1, "where_prec": 1} for kind in PlaceKind}
    kinds["town"] = {"geo_precision": 4, "where_prec": 1}
    data = {
        "kinds": kinds,
        "spread": {"geo_precision": 3, "where_prec": 5},
        "vicinity": {"geo_precision": 2, "where_prec": 2, "words": ["قرب"]},
    }
    with pytest.raises(cp.LexiconError, match=r"kinds\.town\.geo_precision"):
        build(Section("precision.toml", "", data))


def test_rows_end_with_the_location_columns() -> None:
    (row,) = cp.parse_report("قتل 3 مدنيين بقصف قرب بلدة كفرنبل").to_rows()
    assert list(row) == list(cp.ROW_COLUMNS)
    assert cp.ROW_COLUMNS[-4:] == ("latitude", "longitude", "geo_precision", "admin2")
    assert cp.ROW_COLUMNS[:3] == ("event", "date_start", "date_end")
    assert row["geo_precision"] == 2
