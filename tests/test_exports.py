"""Exports: location precision, the new row columns, ACLED, UCDP GED, GeoJSON, frames, the CLI."""

from __future__ import annotations

import csv
import importlib
import io
import json
import math
import types
from pathlib import Path
from typing import Any

import attrs
import pytest

import conflictparse as cp
from conflictparse.io.acled import acled_fatalities
from conflictparse.io.cli import main
from conflictparse.io.ucdp import priogrid_gid
from conflictparse.model import PlaceKind
from conflictparse.text.lexicon import Section, load_toml
from conflictparse.text.lexicon.codebooks import build as build_codebooks
from conflictparse.text.lexicon.codebooks import codebooks
from conflictparse.text.lexicon.places import gazetteer
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


ACLED_CODEBOOK = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]
UCDP_CODEBOOK = [
    "id",
    "relid",
    "year",
    "active_year",
    "code_status",
    "type_of_violence",
    "conflict_dset_id",
    "conflict_new_id",
    "conflict_name",
    "dyad_dset_id",
    "dyad_new_id",
    "dyad_name",
    "side_a_dset_id",
    "side_a_new_id",
    "side_a",
    "side_b_dset_id",
    "side_b_new_id",
    "side_b",
    "number_of_sources",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "source_original",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "geom_wkt",
    "priogrid_gid",
    "country",
    "country_id",
    "region",
    "event_clarity",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
]

SHELLING = "قصفت قوات النظام بلدة كفرنبل في 13 آذار 2018 ما أدى لمقتل 4 مدنيين."
CLASH = "وقتل ما لا يقل عن 12 عنصرا في اشتباكات بين قسد وتنظيم داعش في مدينة الرقة."
IRAQ = "قتل 6 من الشرطة العراقية في تفجير عبوة ناسفة في مدينة الفلوجة."


def test_acled_columns_are_the_codebook_s_in_order() -> None:
    rows = list(cp.to_acled(cp.parse_report(SHELLING)))
    assert list(cp.ACLED_COLUMNS) == ACLED_CODEBOOK
    assert [list(row) for row in rows] == [ACLED_CODEBOOK]


def test_acled_row_uses_acled_names_and_codes() -> None:
    (row,) = cp.to_acled(cp.parse_report(SHELLING))
    assert row["event_id_cnty"] == "SYR1"
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2018-03-13", 2018, 1)
    assert row["disorder_type"] == "Political violence"
    assert row["event_type"] == "Explosions/Remote violence"
    assert row["sub_event_type"] == "Shelling/artillery/missile attack"
    assert (row["actor1"], row["actor2"]) == ("Syrian government forces", "Civilians")
    assert (row["inter1"], row["inter2"], row["interaction"]) == (1, 7, 17)
    assert row["civilian_targeting"] == "Civilian targeting"
    assert (row["iso"], row["region"], row["country"]) == (760, "Middle East", "Syria")
    assert (row["admin1"], row["location"], row["geo_precision"]) == ("Idlib", "Kafr Nabl", 1)
    assert row["fatalities"] == 4
    assert "Shelling/artillery/missile attack" in str(row["notes"])
    assert "بلدة كفرنبل" in str(row["notes"])
    assert row["admin3"] is None
    assert row["source"] is None


def test_acled_ids_run_per_country_over_the_reports_of_one_call() -> None:
    reports = [cp.parse_report(SHELLING), cp.parse_report(IRAQ), cp.parse_report(CLASH)]
    ids = [row["event_id_cnty"] for row in cp.to_acled(reports)]
    assert ids == ["SYR1", "IRQ1", "SYR2"]
    assert [row["event_id_cnty"] for row in cp.to_acled(reports[2])] == ["SYR1"]


def test_acled_takes_no_other_thing_than_reports() -> None:
    with pytest.raises(TypeError, match="Report"):
        list(cp.to_acled(["قتل 3 مدنيين"]))  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("toll", "figure"),
    [
        (None, 0),
        (cp.Quantity.exact(7), 7),
        (cp.Quantity.at_least(96), 96),
        (cp.Quantity.more_than(30), 30),
        (cp.Quantity.approx(100), 100),
        (cp.Quantity.between(20, 30), 20),
        (cp.Quantity.vague(20, 99), 10),  # «عشرات»: ACLED codes "tens" as 10
        (cp.Quantity.vague(200, 999), 100),  # «مئات»: "hundreds" as 100
        (cp.Quantity.vague(3, 9), 3),  # «بضعة»
        (cp.Quantity.less_than(10), 1),
    ],
)
def test_acled_fatalities_are_the_lowest_figure_the_text_supports(
    toll: cp.Quantity | None, figure: int
) -> None:
    assert acled_fatalities(toll) == figure


def test_acled_fatalities_of_a_report() -> None:
    (row,) = cp.to_acled(cp.parse_report("قتل عشرات المدنيين في غارة على بلدة سراقب"))
    assert row["fatalities"] == 10
    assert row["sub_event_type"] == "Air/drone strike"


def test_ucdp_columns_are_the_codebook_s_in_order_then_ours() -> None:
    rows = list(cp.to_ucdp(cp.parse_report(CLASH)))
    assert list(cp.UCDP_COLUMNS) == [*UCDP_CODEBOOK, "source_text"]
    assert [list(row) for row in rows] == [list(cp.UCDP_COLUMNS)]


def test_ucdp_row_puts_the_state_on_side_a() -> None:
    text = "قتل 3 عناصر من قوات النظام في هجوم لتنظيم داعش على بلدة كفرنبل في 13 آذار 2018"
    (row,) = cp.to_ucdp(cp.parse_report(text, published="2018-03-14"))
    assert row["type_of_violence"] == 1
    assert (row["side_a"], row["side_b"]) == ("Syrian government forces", "Islamic State")
    assert row["dyad_name"] == "Syrian government forces - Islamic State"
    assert (row["id"], row["relid"], row["year"], row["source_date"]) == (
        1,
        "SYR1",
        2018,
        "2018-03-14",
    )
    assert (row["date_prec"], row["date_start"], row["date_end"]) == (1, "2018-03-13", "2018-03-13")
    assert (row["country"], row["country_id"], row["region"]) == ("Syria", 652, "Middle East")
    assert (row["where_prec"], row["where_coordinates"], row["adm_1"]) == (1, "Kafr Nabl", "Idlib")
    assert row["conflict_new_id"] is None
    assert row["code_status"] is None


def test_ucdp_deaths_from_the_toll_s_bounds() -> None:
    (clash,) = cp.to_ucdp(cp.parse_report(CLASH))
    assert (clash["best"], clash["low"], clash["high"]) == (12, 12, 12)
    assert (clash["deaths_unknown"], clash["deaths_civilians"]) == (12, 0)
    (vague,) = cp.to_ucdp(cp.parse_report("قتل عشرات المدنيين في غارة على بلدة سراقب"))
    assert (vague["best"], vague["low"], vague["high"]) == (20, 20, 99)
    assert (vague["deaths_civilians"], vague["deaths_unknown"]) == (20, 0)
    assert vague["type_of_violence"] is None  # the side that acts is not named


def test_ucdp_date_precision_of_a_range() -> None:
    text = "قتل 5 مدنيين في قصف على بلدة سراقب خلال الأسبوع الماضي"
    (row,) = cp.to_ucdp(cp.parse_report(text, published="2019-04-12"))
    assert row["date_prec"] in (2, 3)


def test_ucdp_geometry_from_the_place_s_coordinates() -> None:
    report = _located(cp.parse_report(SHELLING), latitude=35.57, longitude=36.56)
    (row,) = cp.to_ucdp(report)
    assert row["geom_wkt"] == "POINT (36.56 35.57)"
    assert (row["latitude"], row["longitude"]) == (35.57, 36.56)
    # PRIO-GRID: row 252 from the south pole, column 434 from the antimeridian
    assert row["priogrid_gid"] == (252 - 1) * 720 + 434


def test_priogrid_corners() -> None:
    assert priogrid_gid(-90.0, -180.0) == 1
    assert priogrid_gid(90.0, 180.0) == 360 * 720
    assert priogrid_gid(-89.9, 179.9) == 720


def _located(report: cp.Report, *, latitude: float | None, longitude: float | None) -> cp.Report:
    """The report with the place of each event given coordinates (no gazetteer data needed)."""
    events = tuple(
        attrs.evolve(
            event,
            place=attrs.evolve(event.place, latitude=latitude, longitude=longitude)
            if event.place
            else None,
        )
        for event in report.events
    )
    return attrs.evolve(report, events=events)


def _valid_geojson(collection: dict[str, Any]) -> None:
    """RFC 7946, as far as we write it: a FeatureCollection of Point Features."""
    assert collection["type"] == "FeatureCollection"
    assert isinstance(collection["features"], list)
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        geometry = feature["geometry"]
        assert geometry["type"] == "Point"
        longitude, latitude = geometry["coordinates"]  # exactly two positions: no altitude
        for number in (longitude, latitude):
            assert isinstance(number, int | float)
            assert not isinstance(number, bool)
            assert math.isfinite(number)
        assert -180 <= longitude <= 180
        assert -90 <= latitude <= 90
        assert isinstance(feature["properties"], dict)
    json.dumps(collection, allow_nan=False)  # no NaN: RFC 8259 JSON


def test_geojson_points_are_longitude_then_latitude() -> None:
    located = _located(cp.parse_report(SHELLING), latitude=35.57, longitude=36.56)
    unlocated = _located(cp.parse_report(CLASH), latitude=None, longitude=None)
    collection: dict[str, Any] = cp.to_geojson([located, unlocated])
    _valid_geojson(collection)
    (feature,) = collection["features"]
    assert feature["geometry"]["coordinates"] == [36.56, 35.57]
    assert feature["properties"]["location"] == "بلدة كفرنبل"
    assert list(feature["properties"]) == list(cp.ROW_COLUMNS)
    assert collection["unlocated"] == 1


def test_the_validator_refuses_a_point_out_of_range() -> None:
    report = _located(cp.parse_report(SHELLING), latitude=135.0, longitude=36.56)
    with pytest.raises(AssertionError):
        _valid_geojson(cp.to_geojson(report))


def test_geojson_loads_in_geopandas() -> None:
    geopandas = pytest.importorskip("geopandas", reason="geopandas is not installed")
    collection = cp.to_geojson(_located(cp.parse_report(SHELLING), latitude=35.57, longitude=36.56))
    frame = geopandas.GeoDataFrame.from_features(collection["features"])
    assert (frame.geometry.x[0], frame.geometry.y[0]) == (36.56, 35.57)


@pytest.mark.parametrize(
    ("fmt", "columns"),
    [("rows", cp.ROW_COLUMNS), ("acled", cp.ACLED_COLUMNS), ("ucdp", cp.UCDP_COLUMNS)],
)
def test_frames_have_the_columns_of_their_format(fmt: str, columns: tuple[str, ...]) -> None:
    pytest.importorskip("pandas", reason="pandas is not installed: pip install -e '.[test,scale]'")
    reports = [cp.parse_report(SHELLING), cp.parse_report(CLASH)]
    frame = cp.to_frame(reports, fmt)  # type: ignore[arg-type]
    assert list(frame.columns) == list(columns)
    assert len(frame) == 2


def test_frame_of_an_unknown_format() -> None:
    with pytest.raises(ValueError, match="acled"):
        cp.to_frame(cp.parse_report(SHELLING), "gdelt")  # type: ignore[arg-type]


def test_frame_without_pandas_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.import_module

    def no_pandas(name: str, package: str | None = None) -> types.ModuleType:
        if name == "pandas":
            raise ImportError(name)
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", no_pandas)
    with pytest.raises(ImportError, match=r"pip install 'conflictparse\[pandas\]'"):
        cp.to_frame(cp.parse_report(SHELLING))


def _cli(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str, *texts: str
) -> tuple[int, str]:
    paths = []
    for number, text in enumerate(texts):
        path = tmp_path / f"report{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    status = main([*paths, "--format", fmt])
    return status, capsys.readouterr().out


@pytest.mark.parametrize(("fmt", "columns"), [("acled", ACLED_CODEBOOK), ("ucdp", UCDP_CODEBOOK)])
def test_cli_writes_acled_and_ucdp_csv(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str, columns: list[str]
) -> None:
    status, out = _cli(capsys, tmp_path, fmt, SHELLING, IRAQ)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0
    assert out.splitlines()[0].split(",")[: len(columns)] == columns
    assert len(rows) == 2
    if fmt == "acled":
        assert [row["event_id_cnty"] for row in rows] == ["SYR1", "IRQ1"]
        assert rows[0]["fatalities"] == "4"
        assert rows[0]["admin3"] == ""
    else:
        assert [row["country_id"] for row in rows] == ["652", "645"]


def test_cli_writes_geojson(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out = _cli(capsys, tmp_path, "geojson", SHELLING)
    collection = json.loads(out)
    assert status == 0
    _valid_geojson(collection)
    assert collection["unlocated"] + len(collection["features"]) == 1


def test_codebooks_name_a_missing_sub_event_type() -> None:
    data = load_toml("codebooks.toml")
    del data["sub_event_types"]["grenade"]
    with pytest.raises(
        cp.LexiconError, match=r"codebooks\.toml: sub_event_types: no entry for grenade"
    ):
        build_codebooks(Section("codebooks.toml", "", data))


def test_every_country_of_the_gazetteer_has_codes() -> None:
    countries = {place.country for place in gazetteer().places.values()}
    assert countries <= set(codebooks().countries)
