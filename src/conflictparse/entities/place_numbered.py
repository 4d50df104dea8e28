"""Quarters named by a number: «الحي رقم 3», «حي رقم (1)», «الحي السكني الثالث».

Sirte's quarters are written so; the head alone («الحي») refers back and names none.
"""

from __future__ import annotations

import re

from conflictparse.entities.place_names import PlaceSpan
from conflictparse.model import PlaceKind
from conflictparse.text.lexicon.places import Gazetteer
from conflictparse.text.tokens import LETTER, Word, without_clitic

__all__ = ["numbered_quarter"]


def numbered_quarter(text: str, word: Word, gazetteer: Gazetteer) -> PlaceSpan | None:
    """«الحي رقم 3», «الحي السكني الثالث»: a quarter named by a number or an ordinal."""
    written = word.text
    bare = without_clitic(written)  # «وبالحي» → «الحي»
    if bare not in gazetteer.numbered_heads:
        return None
    named = _NUMBER_NAME.match(text, word.end)
    if named is None:
        ordinal = _RESIDENTIAL.match(text, word.end)
        if ordinal is None or ordinal[1] not in gazetteer.numbered_ordinals:
            return None
        named = ordinal
    start = word.start + len(written) - len(bare)
    return PlaceSpan(start, named.end(), None, PlaceKind.NEIGHBOURHOOD)


_NUMBER_NAME = re.compile(r"[ \t]+رقم[ \t]*[(]?[0-9]{1,3}(?![0-9])[)]?")  # «رقم 3», «رقم (1)»
_RESIDENTIAL = re.compile(rf"[ \t]+السكني[ \t]+([{LETTER}]+)")  # «السكني الثالث»
