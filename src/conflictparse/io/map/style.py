"""The map's style: a colour per event type and a radius per toll, from ``data/map.toml``."""

from __future__ import annotations

import functools
import math

import attrs
import regex

from conflictparse.model import EventType
from conflictparse.text.lexicon import Section, load_toml

__all__ = ["NO_TYPE", "Style", "style"]

NO_TYPE = "none"
"""The key of the colour and the label of an event whose type is not read."""

_COLOUR = regex.compile(r"#[0-9A-Fa-f]{6}")
_KEYS = frozenset({*(kind.value for kind in EventType), NO_TYPE})


@attrs.frozen(slots=True, kw_only=True)
class Style:
    """Colours and legend labels keyed by event type, and the radius's bounds in pixels."""

    colours: dict[str, str]
    labels: dict[str, str]
    minimum: int
    per_root: int
    maximum: int

    def key(self, event_type: EventType | None) -> str:
        """The palette's key of an event type: its value, or :data:`NO_TYPE`."""
        return event_type.value if event_type is not None else NO_TYPE

    def colour(self, event_type: EventType | None) -> str:
        """The colour of an event type, as ``#RRGGBB``."""
        return self.colours[self.key(event_type)]

    def radius(self, fatalities: float | None) -> float:
        """The radius of a marker: the minimum, grown with the square root of the toll.

        >>> style().radius(None), style().radius(0), style().radius(16), style().radius(10**6)
        (5.0, 5.0, 17.0, 40.0)
        """
        if fatalities is None or fatalities <= 0:
            return float(self.minimum)
        return float(min(self.maximum, self.minimum + self.per_root * math.sqrt(fatalities)))


def _palette(section: Section, key: str) -> dict[str, str]:
    table = section.table(key)
    if set(table) != _KEYS:
        expected = ", ".join(sorted(_KEYS))
        raise section.error(key, f"expected exactly the keys {expected}")
    return {name: table.text(name) for name in table}


@functools.cache
def style() -> Style:
    """The style of ``data/map.toml``, read and checked once."""
    section = Section("map.toml", "", load_toml("map.toml"))
    colours = _palette(section, "colours")
    for name, colour in colours.items():
        if not _COLOUR.fullmatch(colour):
            raise section.table("colours").error(name, f"expected #RRGGBB, got {colour!r}")
    radius = section.table("radius")
    return Style(
        colours=colours,
        labels=_palette(section, "labels"),
        minimum=radius.integer("minimum"),
        per_root=radius.integer("per_root"),
        maximum=radius.integer("maximum"),
    )
