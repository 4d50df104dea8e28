"""Leaflet's script and style sheet, vendored in ``data/leaflet`` (BSD-2, see its LICENSE)."""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["LEAFLET_VERSION", "leaflet_css", "leaflet_js"]

LEAFLET_VERSION = "1.9.3"
"""The version of the vendored Leaflet: the one folium's links name."""


def _read(name: str) -> str:
    return resources.files("conflictparse.data").joinpath("leaflet", name).read_text("utf-8")


@functools.cache
def leaflet_js() -> str:
    """``leaflet.js``, to inline in a ``<script>`` element."""
    return _read("leaflet.js")


@functools.cache
def leaflet_css() -> str:
    """``leaflet.css``, to inline in a ``<style>`` element."""
    return _read("leaflet.css")
