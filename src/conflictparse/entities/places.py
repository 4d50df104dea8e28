"""Places: the packaged gazetteer and :func:`find_places`.

The gazetteer (``data/places.toml``) knows governorates, cities, towns,
districts and camps of Syria, Iraq, Yemen, Libya, Sudan, Lebanon and
Palestine, each with its governorate and country.  A name after «حي»,
«بلدة», «مدينة», «قرية», «مخيم», «ريف» or «محافظة» is a place even when the
gazetteer does not know it; it then has no id, governorate or country.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any, NamedTuple

import attrs

from conflictparse.model import Match, Place
from conflictparse.quantities.grammar import LETTER
from conflictparse.text.lexicon import load_toml
from conflictparse.text.normalize import Normalized, fold, normalize

__all__ = ["PlaceSpan", "find_places", "scan_places"]

_WORD = re.compile(rf"[{LETTER}]+")
_NEXT_WORD = re.compile(rf"[ \t]*+(?P<word>[{LETTER}]++)")
_CLITICS = ("و", "ب", "ل", "ف", "ك")

# Words that say the next name is a place, and the kind they give it.
_HEADS = {
    fold("حي"): "neighbourhood",
    fold("بلدة"): "town",
    fold("مدينة"): "city",
    fold("قرية"): "village",
    fold("مخيم"): "camp",
    fold("ريف"): "region",
    fold("محافظة"): "governorate",
    fold("منطقة"): "region",
    fold("ناحية"): "district",
    fold("مديرية"): "district",
    fold("معسكر"): "camp",
}
# Words after a head that are not names: «حي سكني», «مدينة كبيرة».
_NOT_NAMES = frozenset(
    fold(word)
    for word in (
        "سكني",
        "كبيرة",
        "صغيرة",
        "واحدة",
        "أخرى",
        "آخر",
        "في",
        "على",
        "من",
        "التي",
        "الذي",
    )
)
_SPECIFIC = {"neighbourhood": 0, "camp": 0, "district": 1, "village": 1, "town": 1, "crossing": 1}


@attrs.frozen(slots=True)
class _Gazetteer:
    places: Mapping[str, Place]
    names: Mapping[tuple[str, ...], tuple[str, ...]]  # folded words → place ids
    prefixes: frozenset[tuple[str, ...]]
    surfaces: Mapping[str, tuple[int, str]]  # first word as written → (clitic letters, stem)
    ambiguous: frozenset[tuple[str, ...]]  # names read as places only after a head word


@functools.cache
def _gazetteer() -> _Gazetteer:
    data: Mapping[str, Any] = load_toml("places.toml")
    places: dict[str, Place] = {}
    names: dict[tuple[str, ...], list[str]] = {}
    for entry in data.get("place", []):
        place = Place(
            entry["id"], entry["name"], entry["kind"], entry["country"], entry.get("admin1") or None
        )
        places[place.id] = place
        for alias in entry.get("aliases", []):
            words = tuple(_WORD.findall(fold(alias)))
            if words and place.id not in names.get(words, []):
                names.setdefault(words, []).append(place.id)
    prefixes = frozenset(words[:length] for words in names for length in range(1, len(words) + 1))
    surfaces: dict[str, tuple[int, str]] = {}
    for words in names:
        first = words[0]
        surfaces.setdefault(first, (0, first))
        for clitic in _CLITICS:
            surfaces.setdefault(clitic + first, (1, first))
    ambiguous = frozenset(tuple(_WORD.findall(fold(name))) for name in data.get("ambiguous", []))
    return _Gazetteer(
        places, {words: tuple(ids) for words, ids in names.items()}, prefixes, surfaces, ambiguous
    )


class PlaceSpan(NamedTuple):
    """A place found in folded text: its span, the place (None when unknown) and its name."""

    start: int
    end: int
    place: Place | None
    kind: str


def scan_places(normalized: Normalized, country: str | None = None) -> list[PlaceSpan]:
    """Places in folded text, in order; a name shared by several countries goes to ``country``."""
    gazetteer = _gazetteer()
    text = normalized.text
    found: list[PlaceSpan] = []
    floor = 0
    present = frozenset((gazetteer.surfaces.keys() | _HEAD_FORMS) & set(_WORD.findall(text)))
    if not present:
        return found
    for word in _anchor_pattern(present).finditer(text):
        if word.start() < floor:
            continue
        item = _head_place(text, word, gazetteer, country) or _named_place(
            text, word, gazetteer, country
        )
        if item is not None:
            found.append(item)
            floor = item.end
    return found


_HEAD_FORMS = frozenset(_HEADS) | {clitic + head for head in _HEADS for clitic in _CLITICS}


@functools.lru_cache(maxsize=64)
def _anchor_pattern(words: frozenset[str]) -> re.Pattern[str]:
    alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?<![{LETTER}])(?:{alternation})(?![{LETTER}])")


def _head_place(
    text: str, word: re.Match[str], gazetteer: _Gazetteer, country: str | None
) -> PlaceSpan | None:
    """«حي القدم», «بلدة الشعفة», «ريف حماة»: a head and the name after it."""
    head = word[0][1:] if word[0][:1] in _CLITICS and word[0][1:] in _HEADS else word[0]
    kind = _HEADS.get(head)
    if kind is None:
        return None
    start = word.start() + (len(word[0]) - len(head))
    whole = _longest(text, start, gazetteer, country)  # «محافظة الحسكة», «ريف دمشق»
    if whole is not None and whole[0] > word.end():
        return PlaceSpan(start, whole[0], whole[1], kind)
    following = _NEXT_WORD.match(text, word.end(), word.end() + 40)
    if following is None or following["word"] in _NOT_NAMES:
        return None
    known = _longest(text, following.start("word"), gazetteer, country, headed=True)
    if known is not None:
        end, place = known
        return PlaceSpan(start, end, place, kind)
    return PlaceSpan(start, following.end(), None, kind)


def _named_place(
    text: str, word: re.Match[str], gazetteer: _Gazetteer, country: str | None
) -> PlaceSpan | None:
    surface = gazetteer.surfaces.get(word[0])
    if surface is None:
        return None
    known = _longest(text, word.start() + surface[0], gazetteer, country)
    if known is None:
        return None
    end, place = known
    return PlaceSpan(word.start() + surface[0], end, place, place.kind)


def _longest(
    text: str, pos: int, gazetteer: _Gazetteer, country: str | None, *, headed: bool = False
) -> tuple[int, Place] | None:
    """The longest gazetteer name starting at ``pos``: (end, place)."""
    first = _NEXT_WORD.match(text, pos, pos + 40)
    if first is None:
        return None
    word = first["word"]
    stem = gazetteer.surfaces.get(word, (0, word))[1]
    words: tuple[str, ...] = (stem,)
    best: tuple[int, tuple[str, ...]] | None = None
    cursor = first.end()
    while words in gazetteer.prefixes:
        if words in gazetteer.names and (headed or words not in gazetteer.ambiguous):
            best = (cursor, gazetteer.names[words])
        following = _NEXT_WORD.match(text, cursor, cursor + 40)
        if following is None:
            break
        words, cursor = (*words, following["word"]), following.end()
    if best is None:
        return None
    end, ids = best
    places = [gazetteer.places[identifier] for identifier in ids]
    chosen = next((place for place in places if place.country == country), places[0])
    return end, chosen


def specificity(kind: str) -> int:
    """How narrow a kind of place is: neighbourhoods first, governorates last."""
    return _SPECIFIC.get(kind, 2 if kind in ("city", "region") else 3)


def find_places(text: str, *, country: str | None = None) -> list[Match[Place | None]]:
    """Every place named in ``text``: gazetteer places, and names after «حي», «بلدة».

    Examples:
        >>> found = find_places("قصف على بلدة الشعفة")
        >>> [(m.text, m.value.kind if m.value else None) for m in found]
        [('بلدة الشعفة', 'town')]
    """
    normalized = normalize(text)
    original = normalized.original
    matches: list[Match[Place | None]] = []
    for span in scan_places(normalized, country):
        start, end = normalized.span(span.start, span.end)
        matches.append(Match(start, end, original[start:end], span.place))
    return matches
