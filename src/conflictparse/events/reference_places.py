"""Places named only to say where another lies, never the site of an incident themselves.

A distance is measured from one («على بعد 450 كلم شرق طرابلس»), or one locates a place
already named by its noun: «قصف النظام البلدة الواقعة جنوبي إدلب» is a shelling of the
town told before, south of Idlib, not of Idlib. The hurt were taken to another: «نقلوا إلى
مستشفى في مدينة غريان».
"""

from __future__ import annotations

import re

from conflictparse.entities.places import PlaceSpan
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.tokens import TextIndex, Word, listed, without_clitic

__all__ = ["locates_a_place_told", "near_reference", "reference_point", "told_from_elsewhere"]

_DISTANCE_WORDS = 3  # words between a unit of distance and the place it is measured from
# «البلدة الواقعة إلى الشرق من»: the noun, «الواقعة» and up to three words of the locator
_LOCATED_WORDS = 5


def reference_point(index: TextIndex, span: PlaceSpan) -> bool:
    """Whether a distance is measured from the place: «(450 كلم شرق طرابلس)», «ليس بعيدا عن»."""
    return _unit_before(index, span) is not None or _not_far(index, span)


def near_reference(index: TextIndex, span: PlaceSpan) -> bool:
    """Whether a short distance is measured from the place: «على بعد 5 كيلومترات من بلدة …».

    Metres, or at most ten of a longer unit: the incident is at the place, as ACLED codes
    it, when the clause names no other; not «على مسافة عشرين كيلومترا من بلدة …».
    """
    unit = _unit_before(index, span)
    if unit is None:
        return _not_far(index, span)
    if unit.text in event_lexicon().short_units:
        return True
    figure = _FIGURE.search(index.text, max(0, unit.start - _FIGURE_CHARS), unit.start)
    return figure is not None and int(figure[1]) <= _NEAR_UNITS


def _not_far(index: TextIndex, span: PlaceSpan) -> bool:
    """Whether «ليس بعيدا عن» or the like stands right before the place (`places.not_far`)."""
    before = index.texts_before(span.start, _NOT_FAR_WORDS)  # as written: «بعيدا» is no «ب»
    return any(tuple(before[: len(phrase)][::-1]) == phrase for phrase in event_lexicon().not_far)


_NOT_FAR_WORDS = 3


def _unit_before(index: TextIndex, span: PlaceSpan) -> Word | None:
    """The unit of a distance a few words before the place, if one: «كلم», «أمتار»."""
    units = event_lexicon().distance_units
    return next(
        (word for word in index.before(span.start, _DISTANCE_WORDS) if word.text in units), None
    )


_FIGURE = re.compile(r"(\d{1,6})\s*+$")
_FIGURE_CHARS = 10  # «5 » or «(5) » before the unit
_NEAR_UNITS = 10  # kilometres or miles: near enough to be coded at the place


def locates_a_place_told(index: TextIndex, span: PlaceSpan) -> bool:
    """Whether the place says where a place told before lies: «البلدة الواقعة جنوبي إدلب».

    The noun before «الواقعة» stands for a town, village or city the text names; the site
    is that one.  «المنطقة الواقعة بين …» names no kind of place and is left to the ends of its
    «بين».
    """
    lexicon = event_lexicon()
    before = index.texts_before(span.start, _LOCATED_WORDS)  # nearest first
    for at, word in enumerate(before[:-1]):
        if without_clitic(word) in lexicon.lies_in:
            noun = without_clitic(before[at + 1])
            return lexicon.place_anaphora.get(noun) is not None
    return False


def told_from_elsewhere(index: TextIndex, span: PlaceSpan) -> bool:
    """Whether a distance is measured from the place or the hurt were taken there.

    «(450 كلم شرق طرابلس)», «نقلوا إلى مستشفى في مدينة غريان»: the incident is elsewhere.
    """
    return reference_point(index, span) or _treated_at(index, span)


def _treated_at(index: TextIndex, span: PlaceSpan) -> bool:
    """Whether the place is where the hurt were taken or died: «إلى مشفى الرحمة في بلدة …»."""
    near = index.text[max(0, span.start - _HOSPITAL_CHARS) : span.start]
    if not any(stem in near for stem in _HOSPITAL_STEMS):
        return False  # the common case, read cheaply
    # nearest first: a hospital's words, and those of taking the hurt there before them
    before = index.texts_before(span.start, _HOSPITAL_WORDS + _CENTRE_WORDS + _TAKEN_WORDS)
    lexicon = event_lexicon()
    for at, word in enumerate(before[:_HOSPITAL_WORDS]):
        named = word in lexicon.medical  # «مركز لبيب الطبي»: past the centre's name too
        if named or listed(word, lexicon.hospitals):
            taken = before[at + 1 : at + 1 + _TAKEN_WORDS + (_CENTRE_WORDS if named else 0)]
            return any(listed(w, lexicon.taken_to) for w in taken)
    return False


_HOSPITAL_WORDS = 4  # «مشفى الرحمة الميداني في» before the place
# in every form of «مشفى», «مستشفى», «مستشفيات», «مشافي», and in «الطبي», «الصحي»
_HOSPITAL_STEMS = ("شف", "شاف", "طبي", "صحي")
_CENTRE_WORDS = 2  # «مركز لبيب» between «في» and «الطبي»
_HOSPITAL_CHARS = 60  # characters before a place that may hold its hospital
_TAKEN_WORDS = 3  # «متأثرا بجراحه في» before the hospital
