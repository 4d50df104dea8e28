"""The HTML map: markers, popups, legend, offline assets, the missing extra and the command."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import folium
import pytest

import conflictparse as cp
from conflictparse.events.event import Span
from conflictparse.events.report import parse_reports
from conflictparse.io import cli
from conflictparse.io.map import MISSING_FOLIUM, to_map
from conflictparse.io.map import style as style_module
from conflictparse.io.map.assets import LEAFLET_VERSION, leaflet_js
from conflictparse.io.map.markers import markers
from conflictparse.io.map.popup import popup_html
from conflictparse.io.map.style import style
from conflictparse.model import EventType
from conflictparse.text.lexicon import load_toml
from tests.map_helpers import EXAMPLE, example_report, locate, toll_report

CIRCLE = re.compile(r"L\.circleMarker\(\s*\[([-\d.]+), ([-\d.]+)\],\s*(\{.*?\})", re.DOTALL)


def test_one_circle_per_located_event_sized_by_toll() -> None:
    page = to_map([toll_report()])
    circles = CIRCLE.findall(page)
    assert [(float(lat), float(lon)) for lat, lon, _ in circles] == [(35.61, 36.56), (35.93, 36.63)]
    # 16 dead: 5 + 3 * sqrt(16) = 17 px; no toll: the minimum, 5 px.
    assert '"radius": 17.0' in circles[0][2]
    assert '"radius": 5.0' in circles[1][2]
    assert f'"fillColor": "{style().colour(EventType.EXPLOSIONS_REMOTE_VIOLENCE)}"' in circles[0][2]
    assert f'"fillColor": "{style().colour(EventType.BATTLES)}"' in circles[1][2]


def test_the_page_needs_no_network_but_for_tiles() -> None:
    page = to_map([example_report()])
    assert not re.search(r"<script[^>]*\bsrc=|<link\b", page)  # nothing is fetched …
    assert f"Leaflet {LEAFLET_VERSION}" in page  # … Leaflet is inlined …
    assert "tile.openstreetmap.org" in page  # … and the tiles, online, are attributed
    assert "openstreetmap.org/copyright" in page


def test_popup_shows_the_row_and_the_evidence_right_to_left() -> None:
    report = toll_report()
    text = popup_html(report.events[0], report.to_rows()[0])
    assert "<th>type</th><td>explosions_remote_violence</td>" in text
    assert "<th>fatalities</th><td>16</td>" in text
    assert "<th>actor2</th><td>Civilians</td>" in text
    assert "<th>date</th><td>2019-04-12 (day)</td>" in text
    assert '<th>location</th><td><bdi dir="rtl" lang="ar">بلدة كفرنبل</bdi>' in text
    assert '<th>event_type</th><td dir="rtl" lang="ar">قصف</td>' in text
    assert '<th>fatalities</th><td dir="rtl" lang="ar">16 مدنيا</td>' in text


def test_popup_states_bounds_and_qualifier() -> None:
    report = cp.parse_report("قتل ما لا يقل عن 12 مدنيا في قصف على بلدة كفرنبل")
    text = popup_html(report.events[0], report.to_rows()[0])
    assert "<th>fatalities</th><td>12 (at_least), bounds 12–…</td>" in text


def test_everything_in_a_popup_is_escaped() -> None:
    report = toll_report()
    hostile = "</script><script>alert(1)</script>&"
    event = attrs.evolve(
        report.events[0],
        location=hostile,
        evidence=attrs.evolve(report.events[0].evidence, location=Span(0, 1, hostile)),
    )
    row = report.to_rows()[0] | {"location": hostile}
    text = popup_html(event, row)
    assert hostile not in text
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;" in text
    page = to_map([attrs.evolve(report, events=(event,))])
    assert "alert" in page
    assert "<script>alert" not in page  # the popup's literal cannot close the script it is in


def test_unlocated_events_are_left_out() -> None:
    report = locate(cp.parse_report(EXAMPLE.read_text(encoding="utf-8")), {})
    assert report.events
    assert markers([report]) == []
    page = to_map([report])
    assert "L.circleMarker" not in page
    assert "No event with coordinates" in page


def test_legend_names_the_types_on_the_map() -> None:
    page = to_map([example_report()])
    legend = page[page.index('<div class="cp-legend">') :]
    legend = legend[: legend.index("</div></div>")]
    assert "Battles" in legend
    assert "Explosions/Remote violence" in legend
    assert "Strategic developments" not in legend  # the reinforcements it tells are no event
    assert "Protests" not in legend


def test_every_event_type_has_a_colour_and_a_label() -> None:
    palette = style()
    for kind in [*EventType, None]:
        assert re.fullmatch(r"#[0-9A-F]{6}", palette.colour(kind))
        assert palette.labels[palette.key(kind)]
    assert len(set(palette.colours.values())) == len(palette.colours)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda _colours: {"battles": "#000000"}, "map.toml: colours: expected exactly the keys"),
        (
            lambda colours: colours | {"battles": "red"},
            "map.toml: colours.battles: expected #RRGGBB, got 'red'",
        ),
    ],
)
def test_a_broken_style_file_is_named(
    monkeypatch: pytest.MonkeyPatch,
    edit: Callable[[dict[str, str]], dict[str, str]],
    message: str,
) -> None:
    real = load_toml("map.toml")
    table = real | {"colours": edit(real["colours"])}
    monkeypatch.setattr("conflictparse.io.map.style.load_toml", lambda _name: table)
    style.cache_clear()
    try:
        with pytest.raises(cp.LexiconError, match=re.escape(message)):
            style()
    finally:
        style.cache_clear()


def test_the_vendored_leaflet_is_the_one_folium_links() -> None:
    links = dict(folium.Map.default_js)
    assert f"leaflet@{LEAFLET_VERSION}/" in links["leaflet"]
    assert f"Leaflet {LEAFLET_VERSION}," in leaflet_js()[:200]
    licence = Path(style_module.__file__).parents[2] / "data" / "leaflet" / "LICENSE"
    assert "BSD 2-Clause" in licence.read_text(encoding="utf-8")


def test_without_folium_the_map_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "folium", None)
    with pytest.raises(ModuleNotFoundError, match=re.escape("pip install 'conflictparse[map]'")):
        to_map([])


def test_the_command_without_folium_is_one_line_and_status_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "folium", None)
    output = tmp_path / "events.html"
    assert cli.main(["map", str(EXAMPLE), "-o", str(output)]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"conflictparse: error: {MISSING_FOLIUM}\n"
    assert captured.out == ""
    assert not output.exists()


def test_the_command_writes_the_map(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:

    def located(*args: Any, **kwargs: Any) -> list[cp.Report]:
        coordinates = {"دير الصفا": (35.63, 36.60)}
        return [locate(report, coordinates) for report in parse_reports(*args, **kwargs)]

    monkeypatch.setattr("conflictparse.io.cli.parse_reports", located)
    output = tmp_path / "events.html"
    assert cli.main(["map", str(EXAMPLE), "-o", str(output)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"conflictparse: {output}: 1 of 4 events have coordinates\n"
    assert len(CIRCLE.findall(output.read_text(encoding="utf-8"))) == 1


def test_the_command_reports_what_it_cannot_read_or_write(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    output = tmp_path / "events.html"
    assert cli.main(["map", str(tmp_path / "missing.txt"), str(EXAMPLE), "-o", str(output)]) == 2
    assert "missing.txt: no such file" in capsys.readouterr().err
    assert output.exists()
    assert cli.main(["map", str(EXAMPLE), "-o", str(tmp_path / "no" / "map.html")]) == 2
    assert "no such file or directory" in capsys.readouterr().err.lower()


def test_the_command_needs_an_output(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(("map", str(EXAMPLE)))  # any sequence, not only a list
    assert exit_info.value.code == 2
    assert "the following arguments are required: -o/--output" in capsys.readouterr().err
