"""The area lexicon (``areas.toml``): units in km², share markers, countries and their areas.

Unit phrases are tuples of folded words (the article is dropped from the
first word when it is read); «كم2» and «كم²» are words of their own, so area
words keep the digits 2 and ² that a power of a unit is written with.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

import attrs

from conflictparse.text.lexicon import Section, load
from conflictparse.text.normalize import fold
from conflictparse.text.phrases import PhraseTable
from conflictparse.text.tokens import LETTER

__all__ = ["AREA_WORD", "AreaLexicon", "area_key", "area_lexicon", "build"]

AREA_WORD = re.compile(rf"[{LETTER}²2]+")
"""A word of an area phrase: letters, and the power of a unit («كم2», «كم²»)."""


@attrs.frozen(slots=True)
class AreaLexicon:
    """Units, the words around them, and the countries a share may be of."""

    factors: PhraseTable[float]  # folded unit words → km² per unit
    bare_meter: frozenset[str]  # «متر»: a length unless «بمساحة» comes before it
    bare_km: frozenset[str]  # «كلم»: the same, in kilometres
    bare_meter_after: frozenset[str]
    bare_length_stops: frozenset[str]  # «تبعد» between: the bare figure is a distance
    share_markers: frozenset[tuple[str, ...]]
    countries: Mapping[tuple[str, ...], str]  # folded name → country code
    country_km2: Mapping[str, float]


def area_key(phrase: str) -> tuple[str, ...]:
    """The folded words of an area phrase: the key of its tables."""
    return tuple(AREA_WORD.findall(fold(phrase)))


def _positive(section: Section, key: str) -> float:
    value = section[key]
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise section.error(key, f"expected a positive number, got {value!r}")
    return float(value)


def _folded(data: Section, section: str) -> frozenset[str]:
    return frozenset(fold(word) for word in data.table(section).words("words"))


def build(data: Section) -> AreaLexicon:
    """The lexicon from the data of an ``areas.toml``."""
    units = data.table("units")
    factors = {area_key(unit): _positive(units, unit) for unit in units if area_key(unit)}
    countries: dict[tuple[str, ...], str] = {}
    country_km2: dict[str, float] = {}
    table = data.table("countries")
    for code in table:
        country = table.table(code)
        country_km2[code] = _positive(country, "km2")
        for name in country.words("names", required=False):
            countries.setdefault(area_key(name), code)
    return AreaLexicon(
        factors=PhraseTable(factors),
        bare_meter=frozenset(fold(word) for word in data.table("bare_meter").words("words")),
        bare_km=_folded(data, "bare_km"),
        bare_meter_after=_folded(data, "bare_meter_after"),
        bare_length_stops=_folded(data, "bare_length_stops"),
        share_markers=frozenset(
            area_key(word) for word in data.table("share_markers").words("words")
        ),
        countries=countries,
        country_km2=country_km2,
    )


@functools.cache
def area_lexicon() -> AreaLexicon:
    """The packaged area lexicon, read and checked on first use."""
    return build(load("areas.toml"))
