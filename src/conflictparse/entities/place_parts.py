"""Places named as a side of the next one: «المنطقة الشرقية من بلدة عطارة» is part of عطارة.

A name that ends with a side («الشرقية», «الغربي») and is followed by «من» and another place
names a part of that place, not a place of its own: not Saudi Arabia's Eastern Province.

Examples:
    >>> import conflictparse as cp
    >>> [place.text for place in cp.find_places("هاجموا المنطقة الشرقية من بلدة عطارة")]
    ['بلدة عطارة']
"""

from __future__ import annotations

import re

from conflictparse.entities.place_names import PlaceSpan
from conflictparse.text.lexicon.places import Gazetteer

__all__ = ["without_sides_of_places"]


def without_sides_of_places(
    text: str, found: list[PlaceSpan], gazetteer: Gazetteer
) -> list[PlaceSpan]:
    """The places of ``found`` (in order) that are not a side of the place right after them."""
    return [
        span
        for at, span in enumerate(found)
        if at + 1 == len(found) or not _side_of(text, span, found[at + 1], gazetteer)
    ]


def _side_of(text: str, span: PlaceSpan, following: PlaceSpan, gazetteer: Gazetteer) -> bool:
    """Whether ``span`` ends with a side and only «من» stands between it and ``following``."""
    last = text[span.start : span.end].rsplit(maxsplit=1)[-1]
    return (
        last in gazetteer.side_names and _OF.fullmatch(text, span.end, following.start) is not None
    )


_OF = re.compile(r"\s+من\s+")  # «المنطقة الشرقية من بلدة …»
