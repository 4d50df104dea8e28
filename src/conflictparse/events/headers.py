"""A place that heads its clause and frames it: «وفي ريف إدلب، قتل 3 في مدينة جسر الشغور».

The header names the area the clause's incident is in, not a site of its own: a comma
closes it, maybe after a side of a place («ففي مديرية المخا غرب تعز، …»), or it is a city
named as its province and the clause names another place of the province.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from conflictparse.entities.places import PlaceSpan
from conflictparse.model import PlaceKind
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.tokens import without_clitic

__all__ = ["header"]

_HEADER_END = re.compile(r"\s*[،,]")
_HEADER_WORDS = frozenset({"وفي", "في", "ففي"})


def header(text: str, start: int, span: PlaceSpan, others: Sequence[PlaceSpan]) -> bool:
    """Whether a place heads its clause and frames it: «وفي ريف إدلب، …».

    A comma closes it; or it is a city named as its province («وفي حلب تعرض سوق في قرية
    الكوسا جنوب جرابلس …») and the clause names another place of the province.
    """
    opening, *sides = text[start : span.start].strip(" \t\n،,.").split() or [""]
    if opening not in _HEADER_WORDS or not _sides_of_a_place(sides):
        return False
    if _HEADER_END.match(text, span.end) or _located_header(text, span.end):
        return True
    city = span.place
    return (
        city is not None
        and (bool(sides) or (span.kind is PlaceKind.CITY and city.admin1 == city.name))
        and any(
            other.place is not None and other.place.admin1 == city.admin1 and other.place != city
            for other in others
        )
    )  # «وفي شمال الفاشر شهد مخيم أبو شوك …»: a side of the city holds the camp


def _located_header(text: str, end: int) -> bool:
    """Whether a side of a place closes a header before its comma.

    «ففي مديرية المخا غرب تعز، قتل 3 …»: the district, located west of Taiz, heads the clause.
    """
    comma = _HEADER_END.search(text, end, end + _LOCATED_HEADER_CHARS)
    if comma is None:
        return False
    words = text[end : comma.start()].split()
    return any(
        0 < len(words) - size <= _PLACE_WORDS and _sides_of_a_place(words[:size])
        for size in range(1, _SIDES_MOST + 1)
    )


_LOCATED_HEADER_CHARS = 40  # «غرب محافظة تعز» between a header and its comma
_PLACE_WORDS = 2  # «محافظة تعز»: the words of the place a side of it names


def _sides_of_a_place(words: Sequence[str]) -> bool:
    """Whether ``words`` are none, or a locator of a place: «شمال», «جنوب شرق», «محيط»."""
    return len(words) <= _SIDES_MOST and (
        not words or tuple(map(without_clitic, words)) in event_lexicon().locators
    )


_SIDES_MOST = 2
