"""The HTML page of a map, drawn with folium and Leaflet, with Leaflet inlined for offline use.

This module imports folium, which only the ``map`` extra installs: import it lazily.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence

import folium
from branca.element import Element, Figure, MacroElement
from folium.template import Template

from conflictparse.io.map.assets import leaflet_css, leaflet_js
from conflictparse.io.map.markers import Marker
from conflictparse.io.map.style import style

__all__ = ["render"]

_MAX_ZOOM = 10  # a map of one place shows its surroundings, not one street
_PAGE_CSS = """
.cp-popup { font: 13px/1.4 sans-serif; }
.cp-popup table { border-collapse: collapse; margin-bottom: 4px; }
.cp-popup th { text-align: left; padding-right: 8px; font-weight: 600; vertical-align: top; }
.cp-popup caption { text-align: left; font-weight: 600; padding-top: 4px; }
.cp-popup td[dir="rtl"] { text-align: right; }
.cp-legend { position: absolute; top: 10px; right: 10px; z-index: 1000; background: white;
  padding: 6px 10px; border-radius: 4px; box-shadow: 0 1px 5px rgba(0, 0, 0, 0.4);
  font: 13px/1.5 sans-serif; }
.cp-legend i { display: inline-block; width: 12px; height: 12px; border-radius: 50%;
  margin-right: 6px; vertical-align: -1px; }
"""


class _Popup(MacroElement):
    """Bind HTML to the parent marker as its popup, with no jQuery (folium's Popup needs it)."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "{{ this._parent.get_name() }}.bindPopup({{ this.content }}, {maxWidth: 420});"
        "{% endmacro %}"
    )

    def __init__(self, content: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.content = _js_string(content)


def _js_string(text: str) -> str:
    """``text`` as a JavaScript string literal that cannot close the ``<script>`` it is in."""
    literal = json.dumps(text, ensure_ascii=False)
    for char in "<>&\u2028\u2029":
        literal = literal.replace(char, f"\\u{ord(char):04x}")
    return literal


def _legend(found: Sequence[Marker]) -> str:
    palette = style()
    present = {palette.key(marker.event_type) for marker in found}
    items = [
        f'<div><i style="background: {palette.colours[key]}"></i>{html.escape(label)}</div>'
        for key, label in palette.labels.items()
        if key in present
    ]
    if not items:
        items = ["<div>No event with coordinates</div>"]
    note = "<div><small>radius: fatalities</small></div>" if found else ""
    return f'<div class="cp-legend">{"".join(items)}{note}</div>'


def render(found: Sequence[Marker]) -> str:
    """The whole HTML page: Leaflet inlined, an OSM tile layer, one circle per marker, a legend."""
    page = folium.Map(tiles="OpenStreetMap")
    # folium links Leaflet, jQuery, Bootstrap and Font Awesome from CDNs: Leaflet is inlined
    # below instead, and the others serve features this map does not use.
    page.default_js = []
    page.default_css = []
    figure = Figure(title=f"conflictparse: {len(found)} events")
    figure.add_child(page)
    figure.header.add_child(Element(f"<style>{leaflet_css()}</style>"), name="leaflet_css")
    figure.header.add_child(Element(f"<script>{leaflet_js()}</script>"), name="leaflet")
    figure.header.add_child(Element(f"<style>{_PAGE_CSS}</style>"), name="conflictparse_css")
    figure.html.add_child(Element(_legend(found)), name="legend")
    for marker in found:
        circle = folium.CircleMarker(
            location=(marker.latitude, marker.longitude),
            radius=marker.radius,
            color=marker.colour,
            weight=1,
            fill=True,
            fill_color=marker.colour,
            fill_opacity=0.6,
        )
        _Popup(marker.popup).add_to(circle)
        page.add_child(circle)
    if found:
        latitudes = [marker.latitude for marker in found]
        longitudes = [marker.longitude for marker in found]
        page.fit_bounds(
            [(min(latitudes), min(longitudes)), (max(latitudes), max(longitudes))],
            padding=(30, 30),
            max_zoom=_MAX_ZOOM,
        )
    return str(figure.render())
