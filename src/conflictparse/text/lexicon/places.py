"""The gazetteer: places with their Arabic names, coordinates, head words, ambiguous names.

``places.toml`` lists the hand-made places; ``place_coordinates.tsv`` gives
them their GeoNames id and point, and ``geonames_places.tsv`` adds the
populated places of GeoNames that it does not list (both written by
``tools/build_gazetteer.py``). Names are tuples of folded words; a name may
stand for places of several countries («طرابلس» in Libya and Lebanon), and is
then resolved by the document's country.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import NamedTuple

import attrs

from conflictparse.errors import LexiconError
from conflictparse.model import Place, PlaceKind
from conflictparse.text.lexicon import Section, load, load_tsv
from conflictparse.text.normalize import fold
from conflictparse.text.phrases import PhraseTable
from conflictparse.text.tokens import CLITICS, WORD, clitic_surfaces

__all__ = ["Gazetteer", "build", "gazetteer"]

_KINDS = frozenset(kind.value for kind in PlaceKind)


@attrs.frozen(slots=True)
class Gazetteer:
    """Places by id and by name, and the words that say a place is named next."""

    places: Mapping[str, Place]
    names: PhraseTable[tuple[str, ...]]  # folded words → place ids
    surfaces: Mapping[str, tuple[int, str]]  # first word as written → (clitic letters, stem)
    ambiguous: frozenset[tuple[str, ...]]  # names read as places only after a head word
    ambiguous_after_in: frozenset[tuple[str, ...]]  # of those, places after «في» or «ب» too
    heads: Mapping[str, PlaceKind]  # head word («بلدة») → the kind of the place it names
    bound_heads: frozenset[str]  # «محلية»: a head only with a proclitic or after a lead
    known_name_heads: frozenset[str]  # «موقع»: a head of a known name only («موقع الراهب»)
    bound_head_leads: frozenset[str]  # «في», «على»: the words a bound head may follow
    village_prefixes: frozenset[str]  # «تل» in «قرب تل الجموع»: a village's name after a lead
    demonstratives: frozenset[str]  # «تلك» in «تلك القرى»: places told before, no list
    outlet_tails: frozenset[str]  # «اليوم» in «مراسل "حلب اليوم"»: an outlet, no place
    outlet_leads: frozenset[str]  # «مراسل», «شبكة» before an outlet named after a place
    around_heads: frozenset[str]  # «بادية» in «بادية القورية»: the land around a town
    numbered_heads: frozenset[str]  # «الحي» in «الحي رقم 3»: a quarter named by a number
    numbered_ordinals: frozenset[str]  # «الثالث» in «الحي السكني الثالث»
    common_village_prefixes: frozenset[str]  # «تل»: before a definite name only
    head_forms: frozenset[str]  # the head words, bare and with one proclitic, none in a name
    not_names: frozenset[str]  # words after a head that are no name: «حي سكني»
    list_heads: Mapping[str, PlaceKind]  # «قرى», «بلدتي»: a list of names of this kind follows
    name_starts: frozenset[str]  # «أبو», «عين»: the next word belongs to the name
    name_ends: frozenset[str]  # «التابعة», «الواقعة»: the words before close a name
    name_seconds: frozenset[str]  # «الفوقا», «الشرقية»: the second word of a name of two
    part_names: frozenset[str]  # «العليا», «القديمة»: after a known name, a part of it
    side_names: frozenset[str]  # «الشرقية»: after a village's known name, its namesake
    not_genitives: frozenset[str]  # «بلدة كفرنبل الأحد»: no genitive continues the name
    body_parts: frozenset[str]  # «منطقة الصدر»: no name after a head of a region
    directions: frozenset[str]  # «منطقة غربي إدلب»: no name right after a head
    pronoun_endings: tuple[str, ...]  # «وحرشها»: a list word with a pronoun is no name
    pronoun_nouns: frozenset[str]  # «ريف» of «وريفها»: after a list's first name, the only such
    after_verbs: frozenset[str]  # «هتفت ضد»: a list word before these is a verb
    list_adjectives: frozenset[str]  # «قرى جديدة»: describes the places of a list
    list_fillers: frozenset[str]  # «أحياء عدة أبرزها …»: words before the names of a list
    list_frames: frozenset[str]  # «داخل» in «أحياء داخل طرابلس، بما في ذلك …»: opens a frame
    list_openers: frozenset[str]  # «بما في ذلك» (words joined by a space): opens the names
    office_words: frozenset[str]  # «الاستخبارات» in «مديرية الاستخبارات»: an office, no place
    office_heads: frozenset[str]  # «مديرية»: a head that may name an office
    person_links: frozenset[str]  # «أبو» in «محمد أبو ريدة»: a known place after it is a name
    accusative_list_heads: frozenset[str]  # «حيا»: a list of two after it, or no list
    known_list_heads: frozenset[str]  # «مناطق»: a list only with a name the gazetteer knows
    known_list_links: frozenset[str]  # «في» of «مناطق في كنصفرة وعين لاروز»: before the names
    first_words: frozenset[str]  # what a place may start with: a surface or a head word
    added: frozenset[str]  # ids of the places GeoNames adds to places.toml


#: The word lists of ``places.toml`` kept as sets of folded words, each under its own field.
_WORD_SETS = (
    *("name_starts", "name_ends", "name_seconds", "part_names", "not_genitives"),
    *("body_parts", "directions", "after_verbs", "list_adjectives", "list_fillers"),
    *("office_words", "office_heads", "list_frames", "list_openers", "person_links"),
    *("accusative_list_heads", "known_list_heads", "known_list_links"),
    *("pronoun_nouns", "side_names"),
    *("village_prefixes", "common_village_prefixes"),
    *("demonstratives", "outlet_tails", "outlet_leads"),
    *("numbered_heads", "numbered_ordinals", "around_heads"),
)


def _head_forms(forms: set[str], name_starts: Iterable[str]) -> frozenset[str]:
    """The forms of heads that never begin a name: not «وادي» («منطقة وادي الرمان»)."""
    return frozenset(forms - _with_clitics(name_starts))


def _with_clitics(words: Iterable[str]) -> set[str]:
    """``words`` as written alone or with one proclitic: «تل», «وتل», «بتل»."""
    return {clitic + word for word in words for clitic in ("", *CLITICS)}


def _folded(data: Section, key: str) -> frozenset[str]:
    """The folded words of the list ``key``."""
    return frozenset(fold(word) for word in data.words(key))


def _words(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(fold(text)))


def _place(entry: Section, point: _Point) -> Place:
    kind = entry.text("kind")
    if kind not in _KINDS:
        raise entry.error("kind", f"{kind!r} is not a kind of place")
    admin1 = entry.get("admin1") or None
    if admin1 is not None and not isinstance(admin1, str):
        raise entry.error("admin1", f"expected a string, got {admin1!r}")
    return Place(
        id=entry.text("id"),
        name=entry.text("name"),
        kind=kind,
        country=entry.text("country"),
        admin1=admin1,
        latitude=point.latitude,
        longitude=point.longitude,
        geonameid=point.geonameid,
        coordinates_from_admin1=point.from_admin1,
    )


class _Point(NamedTuple):
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    from_admin1: bool = False


def _point(row: Mapping[str, str]) -> _Point:
    """The GeoNames fields of a row of a gazetteer TSV file («33.51», «36.29», «170654»)."""
    if not row:
        return _Point()
    return _Point(
        float(row["latitude"]),
        float(row["longitude"]),
        int(row["geonameid"]) if row["geonameid"] else None,
        row.get("source") == "admin1",
    )


def _geonames_place(row: Mapping[str, str]) -> Place:
    """A place of ``geonames_places.tsv``: a populated place GeoNames adds."""
    if row["kind"] not in _KINDS:
        raise LexiconError(f"geonames_places.tsv: {row['id']}: {row['kind']!r} is no kind")
    point = _point(row)
    return Place(
        id=row["id"],
        name=row["name"],
        kind=row["kind"],
        country=row["country"],
        admin1=row["admin1"] or None,
        latitude=point.latitude,
        longitude=point.longitude,
        geonameid=point.geonameid,
    )


def _split(cell: str) -> list[tuple[str, ...]]:
    return [_words(name) for name in cell.split("|") if name]


def _kinds(section: Section) -> dict[str, PlaceKind]:
    """Folded head words and the kind of place each names."""
    kinds = {}
    for head in section:
        kind = section.text(head)
        if kind not in _KINDS:
            raise section.error(head, f"{kind!r} is not a kind of place")
        kinds[fold(head)] = PlaceKind(kind)
    return kinds


def build(
    data: Section,
    coordinates: list[dict[str, str]] | None = None,
    added: list[dict[str, str]] | None = None,
) -> Gazetteer:
    """The gazetteer from a ``places.toml``, its coordinates and the places GeoNames adds."""
    points = {row["id"]: row for row in coordinates or []}
    places: dict[str, Place] = {}
    names: dict[tuple[str, ...], list[str]] = {}
    ambiguous = {_words(name) for name in data.words("ambiguous", required=False)}
    for entry in data.tables("place", required=False):
        place = _place(entry, _point(points.get(entry.text("id"), {})))
        if place.id in places:
            raise entry.error("id", f"{place.id!r} is listed twice")
        places[place.id] = place
        for alias in entry.words("aliases"):
            words = _words(alias)
            if words and place.id not in names.get(words, []):
                names.setdefault(words, []).append(place.id)
    for row in added or []:
        place = _geonames_place(row)
        if place.id in places:
            raise LexiconError(f"geonames_places.tsv: {place.id!r} is listed twice")
        places[place.id] = place
        headed = _split(row["headed"])
        ambiguous.update(headed)  # «قرية حيان», never a bare «حيان»
        for words in [*_split(row["aliases"]), *headed]:
            names.setdefault(words, []).append(place.id)
    surfaces = clitic_surfaces(words[0] for words in names)
    for word in _folded(data, "whole_words"):
        if surfaces.get(word, (0, word))[0]:
            del surfaces[word]  # «فاطمة»: a name, not ف + «اطمة»
    bound_heads = _kinds(data.table("bound_heads"))
    known_name_heads = _kinds(data.table("known_name_heads"))
    heads = _kinds(data.table("heads")) | bound_heads | known_name_heads
    list_heads = _kinds(data.table("list_heads"))
    all_forms = _with_clitics(heads)
    head_forms = _head_forms(all_forms, bound_heads.keys() & _folded(data, "name_starts"))
    list_forms = _with_clitics(list_heads)
    prefixes = _with_clitics(_folded(data, "village_prefixes") | _folded(data, "numbered_heads"))
    return Gazetteer(
        places=places,
        names=PhraseTable({words: tuple(ids) for words, ids in names.items()}),
        surfaces=surfaces,
        ambiguous=frozenset(ambiguous),
        ambiguous_after_in=frozenset(
            _words(name) for name in data.words("ambiguous_after_in", required=False)
        ),
        heads=heads,
        bound_heads=frozenset(bound_heads),
        known_name_heads=frozenset(known_name_heads),
        bound_head_leads=_folded(data, "bound_head_leads"),
        head_forms=head_forms,
        not_names=_not_names(data, heads, list_heads),
        list_heads=list_heads,
        pronoun_endings=tuple(fold(word) for word in data.words("pronoun_endings")),
        **{key: _folded(data, key) for key in _WORD_SETS},
        first_words=frozenset(surfaces.keys() | all_forms | list_forms | prefixes),
        added=frozenset(row["id"] for row in added or []),
    )


@functools.cache
def gazetteer() -> Gazetteer:
    """The packaged gazetteer, read and checked on first use."""
    return build(
        load("places.toml"), load_tsv("place_coordinates.tsv"), load_tsv("geonames_places.tsv")
    )


def _not_names(
    data: Section, heads: Mapping[str, PlaceKind], list_heads: Mapping[str, PlaceKind]
) -> frozenset[str]:
    """The words after a head that are no name, and each of them or a head after «و».

    «قرية ومواقع», «قرى وبلدات»: a word joined by «و» to a noun or a head starts no name.
    """
    plain = _folded(data, "not_names")
    return plain | {"و" + word for word in (*plain, *heads, *list_heads)}
