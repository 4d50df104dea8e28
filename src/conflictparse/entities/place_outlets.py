"""News outlets named after a place: «مراسل "حلب اليوم"», «لـ (كركوك ناو)».

A place followed by an outlet's tail («اليوم», «ناو», «24») and opened by a quote or a
bracket, or told after a word of the press («مراسل», «شبكة»), is the outlet's name: the
report is not about that place.
"""

from __future__ import annotations

import re

from conflictparse.entities.place_names import PlaceSpan
from conflictparse.text.lexicon.places import Gazetteer
from conflictparse.text.tokens import word_before_in

__all__ = ["outlet_name", "without_outlets"]


def without_outlets(text: str, found: list[PlaceSpan], gazetteer: Gazetteer) -> list[PlaceSpan]:
    """The places of ``found`` that are no outlet's name."""
    return [span for span in found if not outlet_name(text, span, gazetteer)]


def outlet_name(text: str, span: PlaceSpan, gazetteer: Gazetteer) -> bool:
    """Whether the place is the first part of an outlet's name: «شبكة "دير الزور 24"».

    «قصفت الطائرات حلب اليوم» names a place: «اليوم» alone says nothing of an outlet.
    """
    tail = _TAIL.match(text, span.end, span.end + _TAIL_CHARS)
    if tail is None or tail[1] not in gazetteer.outlet_tails:
        return False
    if _OPENED.search(text, max(0, span.start - _OPENING_CHARS), span.start):
        return True
    return word_before_in(text, span.start, _LEAD_CHARS, gazetteer.outlet_leads)


_TAIL_CHARS = 20  # characters read for the word after the place
_OPENING_CHARS = 3  # a quote or a bracket, maybe after «ل» and a tatweel: «لـ (»
_LEAD_CHARS = 12  # «لتلفزيون » and the space after it
_TAIL = re.compile(r"[ \t]+(\w+)")  # the next word, or a number: «24»
_OPENED = re.compile(r"[\"“”«»(\[][ \t]*\Z")
