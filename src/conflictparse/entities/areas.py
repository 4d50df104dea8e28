"""Area figures: :func:`find_areas`.

An area is a quantity followed by a unit of surface («5400 كلم مربع», «300
هكتار», «عشرات الدونمات»), converted to square kilometres.  A percentage
stated with it («بنسبة نحو 2.9% من مساحة الجغرافية السورية») is its share of
a country; when the country is known (``data/areas.toml`` holds the areas),
the two are checked against each other.
"""

from __future__ import annotations

from typing import NamedTuple

import attrs

from conflictparse.model import Area, Match, Qualifier, Quantity
from conflictparse.quantities.numbers import QuantitySpan, scan_quantities
from conflictparse.text.lexicon.areas import AREA_WORD, area_key, area_lexicon
from conflictparse.text.normalize import fold
from conflictparse.text.prepared import PreparedText, as_prepared
from conflictparse.text.tokens import Word

__all__ = ["AreaSpan", "find_areas", "scan_areas"]

# «المساحة التي يسيطر عليها التنظيم هي»: the word of area and up to six words after it
_AREA_WORDS = 7
_AREA_WORD_CHARS = 80  # the characters those words may span
_SHARE_WORDS = 8  # how far after the unit a share may stand, in words
_COUNTRY_WORDS = 12  # how far after the area its country may be named


class AreaSpan(NamedTuple):
    """An area found in folded text (offsets into the folded string)."""

    start: int
    end: int
    area: Area


def _scale(quantity: Quantity, factor: float) -> Quantity:
    """The same statement in another unit: bounds and qualifier kept."""

    def times(value: float | None) -> float | None:
        if value is None:
            return None
        scaled = float(f"{value * factor:.12g}")  # 100 m² is 0.0001 km², not 9.999…e-05
        return int(scaled) if scaled.is_integer() and abs(scaled) >= 1 else scaled

    return attrs.evolve(
        quantity, value=times(quantity.value), low=times(quantity.low), high=times(quantity.high)
    )


class _Reader:
    def __init__(self, prepared: PreparedText, quantities: list[QuantitySpan]) -> None:
        self.normalized = prepared.normalized
        self.text = prepared.text
        self.units = area_lexicon()
        self.quantities = quantities
        self.percent_at = {
            span.start: span for span in quantities if span.quantity.unit == "percent"
        }

    def words(self, pos: int, limit: int) -> list[Word]:
        """Up to ``limit`` words after ``pos`` on the same line (a bounded window)."""
        found = []
        for match in AREA_WORD.finditer(self.text, pos, pos + 24 * limit):
            if "\n" in self.text[pos : match.start()]:
                break
            found.append(Word(match.start(), match.end(), match[0]))
            pos = match.end()
            if len(found) == limit:
                break
        return found

    def unit(self, words: list[Word]) -> tuple[float, int] | None:
        """The unit at the start of ``words``: (km² per unit, words used)."""
        if not words:
            return None
        texts = [word.text for word in words]
        best: tuple[float, int] | None = None
        for first in dict.fromkeys((texts[0], texts[0].removeprefix("ال"))):  # the bare form first
            found = self.units.factors.longest([first, *texts[1:]])
            if found is not None and (best is None or found[1] > best[1]):
                best = found
        return best

    def read(self, found: QuantitySpan, index: int) -> AreaSpan | None:
        quantity = found.quantity
        if quantity.unit is not None or quantity.negative:
            return None  # an area is never negative
        after = self.words(found.number_end, self.units.factors.longest_phrase + 1)
        unit = self.unit(after)
        if unit is None:
            unit = self._bare_length(found, after)
            if unit is None:
                return None
        factor, used = unit
        end = after[used - 1].end
        written = self.normalized.written(after[0].start, end)  # the unit as written: «دونماً»
        end = max(end, found.end)  # a qualifier after the unit: «71 ألف كيلومتر مربع تقريبًا»
        share, share_end = self._share(end, index)
        country = self._country(end)
        area = Area(
            km2=_scale(quantity, factor),
            unit=written,
            share_pct=share,
            country=country,
            consistent=None,
        )
        area = attrs.evolve(area, consistent=self._consistent(area))
        return AreaSpan(found.start, share_end if share is not None else end, area)

    def _bare_length(self, found: QuantitySpan, after: list[Word]) -> tuple[float, int] | None:
        """A bare «متر» or «كلم» squared by a word of area a few words before the figure.

        «بمساحة 100 متر», «بمساحة وصلت إلى أكثر من 35500 كلم»; not «على بعد 40 كلم».
        """
        if not after:
            return None
        word = after[0].text
        factor = (
            1e-6 if word in self.units.bare_meter else 1.0 if word in self.units.bare_km else None
        )
        if factor is None:
            return None
        before = self.text[max(0, found.start - _AREA_WORD_CHARS) : found.start].split()
        for earlier in reversed(before[-_AREA_WORDS:]):
            folded = fold(earlier)
            if any(character.isdigit() for character in earlier) or (
                folded.removeprefix("و") in self.units.bare_length_stops
            ):
                return None  # another figure or a distance between: «… وتبعد 40 كلم»
            if folded in self.units.bare_meter_after:
                return factor, 1
        return None

    def _share(self, pos: int, index: int) -> tuple[Quantity | None, int]:
        """A percentage after a share marker within a few words: «أي ما نسبته نحو 61%»."""
        reach = self.words(pos, _SHARE_WORDS + 1)
        window_end = reach[-1].end + 16 if reach else pos
        for following in self.quantities[index + 1 : index + 4]:  # the next few numbers only
            if following.start > window_end:
                break
            if following.quantity.unit != "percent" or following.quantity.negative:
                continue
            between = [
                word.text
                for word in self.words(pos, _SHARE_WORDS + 1)
                if word.end <= following.start
            ]
            if any(
                area_key(" ".join(between[at : at + length])) in self.units.share_markers
                for at in range(len(between))
                for length in (1, 2)
            ):
                return following.quantity, following.end
            break
        return None, pos

    def _country(self, pos: int) -> str | None:
        """The country the area is part of, named after «من» («من مساحة الجغرافية السورية»).

        A country named any other way («على الحدود مع تركيا») is not the whole.
        """
        words = [word.text for word in self.words(pos, _COUNTRY_WORDS)]
        for index in range(len(words)):
            for length in (3, 2, 1):
                code = self.units.countries.get(tuple(words[index : index + length]))
                if code is not None and "من" in words[max(0, index - 3) : index]:
                    return code
        return None

    def _consistent(self, area: Area) -> bool | None:
        """Do the area and its share agree, given the country's area, within their precision?"""
        if area.share_pct is None or area.country is None or area.km2.value is None:
            return None
        total = self.units.country_km2.get(area.country)
        share = area.share_pct.value
        if total is None or share is None:
            return None
        implied = area.km2.value / total * 100
        tolerance = _precision(share)
        if Qualifier.APPROX in (area.km2.qualifier, area.share_pct.qualifier):
            tolerance = max(tolerance, abs(share) * 0.05)
        return abs(implied - share) <= tolerance


def _precision(value: float) -> float:
    """Half a unit of the last digit a figure is written with: 2.9 → 0.05, 32 → 0.5."""
    text = repr(float(value)).rstrip("0").rstrip(".")
    decimals = len(text.partition(".")[2])
    return float(0.5 / 10**decimals)


def _has_units(prepared: PreparedText) -> bool:
    """Whether a word that may begin a unit («كم», «دونم», «الهكتارات», «متر») is in the text."""
    lexicon = area_lexicon()
    firsts = {first.rstrip("²2") for first in lexicon.factors.first_words} | lexicon.bare_meter
    return any(
        word in firsts or word.removeprefix("ال") in firsts for word in prepared.index.vocabulary
    )


def scan_areas(
    prepared: PreparedText, quantities: list[QuantitySpan] | None = None
) -> list[AreaSpan]:
    """Area figures in folded text, in order (``quantities`` as from ``scan_quantities``)."""
    if quantities is None:
        quantities = scan_quantities(prepared)
    if not _has_units(prepared):
        return []  # no unit anywhere: no count is an area
    reader = _Reader(prepared, quantities)
    found: list[AreaSpan] = []
    for index, quantity in enumerate(quantities):
        if found and quantity.start < found[-1].end:
            continue
        item = reader.read(quantity, index)
        if item is not None:
            found.append(item)
    return found


def find_areas(text: str | PreparedText) -> list[Match[Area]]:
    """Every area figure in ``text``, converted to km², with its stated share.

    Examples:
        >>> area = find_areas("نحو 5400 كلم مربع بنسبة نحو 2.9% من مساحة الجغرافية السورية")[0]
        >>> area.value.km2.value, area.value.share_pct.value, area.value.consistent
        (5400, 2.9, True)
    """
    prepared = as_prepared(text)
    return prepared.matches((span.start, span.end, span.area) for span in scan_areas(prepared))
