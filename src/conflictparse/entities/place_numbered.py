"""Quarters named by a number: «الحي رقم 3», «حي 400», «حي 17 تموز», «الحي السكني الثالث».

Sirte's quarters are written so; the head alone («الحي») refers back and names none.
"""

from __future__ import annotations

import re

from conflictparse.entities.place_names import PlaceSpan
from conflictparse.model import PlaceKind
from conflictparse.text.lexicon.dates import DateKind, date_lexicon
from conflictparse.text.lexicon.places import Gazetteer
from conflictparse.text.normalize import fold
from conflictparse.text.tokens import LETTER, Word, without_clitic

__all__ = ["numbered_quarter"]


def numbered_quarter(text: str, word: Word, gazetteer: Gazetteer) -> PlaceSpan | None:
    """«الحي رقم 3», «الحي السكني الثالث»: a quarter named by a number or an ordinal."""
    written = word.text
    bare = without_clitic(written)  # «وبالحي» → «الحي»
    if bare not in gazetteer.numbered_heads:
        return None
    named = _NUMBER_NAME.match(text, word.end)
    if named is None and bare == written and not bare.startswith("ال"):
        named = _bare_number(text, word.end)  # «حي 400», «حي 17 تموز»
    if named is None:
        ordinal = _RESIDENTIAL.match(text, word.end)
        if ordinal is None or ordinal[1] not in gazetteer.numbered_ordinals:
            return None
        named = ordinal
    start = word.start + len(written) - len(bare)
    return PlaceSpan(start, named.end(), None, PlaceKind.NEIGHBOURHOOD)


def _bare_number(text: str, end: int) -> re.Match[str] | None:
    """A number right after an indefinite «حي», with the month that completes a date's name."""
    named = _BARE_NUMBER.match(text, end)
    if named is None:
        return None
    month = _WORD.match(text, named.end())
    if month is not None and _is_month(month[1]):
        return month
    return named


def _is_month(word: str) -> bool:
    months = (DateKind.GREGORIAN_MONTH, DateKind.HIJRI_MONTH)
    return any(meaning.kind in months for meaning in date_lexicon().phrases.get(fold(word), ()))


_BARE_NUMBER = re.compile(r"[ \t]+[0-9]{1,4}(?![0-9.,/%])")  # «حي 400», not «حي 3.5» or «2/3»
_WORD = re.compile(rf"[ \t]+([{LETTER}]+)")
_NUMBER_NAME = re.compile(r"[ \t]+رقم[ \t]*[(]?[0-9]{1,3}(?![0-9])[)]?")  # «رقم 3», «رقم (1)»
_RESIDENTIAL = re.compile(rf"[ \t]+السكني[ \t]+([{LETTER}]+)")  # «السكني الثالث»
