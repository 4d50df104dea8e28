"""Gazetteer names in text: the longest known name at a place in the text, and place spans.

The shared layer under :mod:`conflictparse.entities.places` (heads and names) and
:mod:`conflictparse.entities.place_lists` (the names after a plural head).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection
from typing import NamedTuple

from conflictparse.model import Place, PlaceKind
from conflictparse.text.lexicon.places import Gazetteer
from conflictparse.text.phrases import NEXT_WORD, words_from
from conflictparse.text.tokens import listed

__all__ = [
    "PlaceSpan",
    "around_kind",
    "longest_name",
    "name_end",
    "opened_name_end",
    "past_part_name",
    "past_parts",
    "past_word",
    "plural_verb",
    "specificity",
]


_SPECIFICITY = {
    PlaceKind.NEIGHBOURHOOD: 0,
    PlaceKind.CAMP: 0,
    PlaceKind.DISTRICT: 1,
    PlaceKind.VILLAGE: 1,
    PlaceKind.TOWN: 1,
    PlaceKind.CROSSING: 1,
    PlaceKind.CITY: 2,
    PlaceKind.REGION: 2,
    PlaceKind.GOVERNORATE: 3,
}


class PlaceSpan(NamedTuple):
    """A place found in folded text: its span, the place (None when unknown) and its name."""

    start: int
    end: int
    place: Place | None
    kind: PlaceKind


def longest_name(
    text: str,
    pos: int,
    gazetteer: Gazetteer,
    country: str | None,
    *,
    headed: bool = False,
    after_in: bool = False,
    admin1: str | None = None,
) -> tuple[int, Place] | None:
    """The longest gazetteer name starting at ``pos``: (end, place).

    A name that is also a common word («الباب») counts only after a head word, or for some
    («سرت») after «في» or «ب» (``after_in``). A name only GeoNames adds, of another country
    than the document's, is no match. Of namesakes in ``country``, the one in ``admin1``
    is chosen.
    """
    words = words_from(text, pos)
    first = next(words, None)
    if first is None:
        return None
    stem = first._replace(text=gazetteer.surfaces.get(first.text, (0, first.text))[1])
    best: tuple[int, tuple[str, ...]] | None = None
    for ids, name, end in gazetteer.names.walk(itertools.chain([stem], words)):
        if (
            headed
            or name not in gazetteer.ambiguous
            or (after_in and name in gazetteer.ambiguous_after_in)
        ):
            best = (end, ids)
    if best is None:
        return None
    end, ids = best
    places = [gazetteer.places[identifier] for identifier in ids]
    chosen = next(
        (place for place in places if place.country == country and place.admin1 == admin1),
        None,
    ) or next((place for place in places if place.country == country), places[0])
    if country is not None and chosen.country != country and chosen.id in gazetteer.added:
        return None  # a GeoNames village abroad is never guessed for a document's place
    return end, chosen


def past_part_name(text: str, end: int, gazetteer: Gazetteer) -> int:
    """Where a name ends past a word that names a part of it: «مرخة العليا», «الصورة الكبيرة».

    ``end`` when no such word follows.
    """
    return past_word(text, end, gazetteer.part_names)


def past_parts(text: str, end: int, gazetteer: Gazetteer, kind: PlaceKind | None) -> int:
    """Past a part of a known name told with a head of ``kind``, and its side for a village.

    «مديرية مرخة العليا», «بلدة الغارية الشرقية» (the namesake on that side); not «ريف حلب
    الشرقي».
    """
    end = past_part_name(text, end, gazetteer)
    return past_word(text, end, gazetteer.side_names) if kind in _SIDED else end


_SIDED = frozenset({PlaceKind.VILLAGE, PlaceKind.TOWN})  # heads of names with a namesake by side


def past_word(text: str, end: int, words: Collection[str]) -> int:
    """Past the word right after ``end`` when it is one of ``words``, else ``end``."""
    following = NEXT_WORD.match(text, end, end + _PART_REACH)
    return following.end() if following is not None and following["word"] in words else end


_PART_REACH = 40  # characters read for the word after a name


def specificity(kind: PlaceKind) -> int:
    """How narrow a kind of place is: neighbourhoods first, governorates last."""
    return _SPECIFICITY[kind]


def plural_verb(word: str) -> bool:
    """Whether an unknown word has the shape of a plural verb: «يؤيدون», «يقاتلون», «نزحوا».

    A present one opens with «ي» and ends in «ون»; a past one ends in «وا» («هربوا»).
    """
    if len(word) <= _VERB_LETTERS:
        return False
    return (word[0] == "ي" and word.endswith("ون")) or word.endswith("وا")


_VERB_LETTERS = 4  # letters a plural verb has more than: «يقولون», «نزحوا», not «يون», «عوا»


def name_end(text: str, first: re.Match[str], gazetteer: Gazetteer) -> int:
    """Where an unknown name ends: after its first word, or the next one.

    The next word belongs to the name when the first opens a name of two («أبو كرنة»,
    «عين الحلوة», «وادي خليل»), when it is a word that ends names («حومين الفوقا»), or when a
    word that closes a name follows it («كولة البويدر التابعة»).
    """
    second = NEXT_WORD.match(text, first.end(), first.end() + 40)
    if second is None or second["word"] in gazetteer.head_forms:
        return first.end()
    if second["word"] in gazetteer.name_seconds:
        return second.end()  # «حومين الفوقا», «اللبن الغربية» (no name first, a name second)
    if second["word"] in gazetteer.not_names:
        return first.end()
    word = first["word"]  # «وادي», «بيت», «كفر» open a name, though they start like a clitic
    if listed(word, gazetteer.name_starts):
        return opened_name_end(text, second, gazetteer)
    if _genitive(word, second["word"], gazetteer):
        return second.end()  # «كرم الجبل», «عمار الحصن»: a noun and the noun it governs
    third = NEXT_WORD.match(text, second.end(), second.end() + 40)
    closed = third is not None and third["word"] in gazetteer.name_ends
    joined = second["word"].startswith("و") and not listed(second["word"], gazetteer.name_starts)
    return second.end() if closed and not joined else first.end()  # not «قرية سان والنيرب»


def opened_name_end(text: str, second: re.Match[str], gazetteer: Gazetteer) -> int:
    """Where a name opened by a word of `name_starts` ends, its ``second`` word read.

    After the second word, or after a third when the second opens a name too: «الحاج عبد
    الله», «تل أبو زيد».
    """
    if not listed(second["word"], gazetteer.name_starts):
        return second.end()
    third = NEXT_WORD.match(text, second.end(), second.end() + 40)
    if (
        third is None
        or third["word"] in gazetteer.not_names
        or third["word"] in gazetteer.head_forms
        or third["word"].startswith("و")  # «بلدات … وأم ولد والكرط»: the list's next name
    ):
        return second.end()
    return third.end()


def _genitive(first: str, second: str, gazetteer: Gazetteer) -> bool:
    """Whether ``second`` is the definite noun that ``first``, with no article, governs."""
    return (
        not first.startswith("ال")
        and second.startswith("ال")
        and len(second) > _SHORTEST_GENITIVE
        and second not in gazetteer.not_genitives
        and second not in gazetteer.head_forms
        and second not in gazetteer.directions
    )


_SHORTEST_GENITIVE = 3  # «الى» is no noun


def around_kind(head: str, kind: PlaceKind, place: Place, gazetteer: Gazetteer) -> PlaceKind:
    """The kind of a place named by the land around a town: the town's.

    «بادية القورية» is the desert around al-Quriyah, a site as narrow as the town; «بادية
    حمص», around a city, stays a region.
    """
    if head in gazetteer.around_heads and place.kind in _LOCAL:
        return place.kind
    return kind


_LOCAL = frozenset({PlaceKind.TOWN, PlaceKind.VILLAGE})
