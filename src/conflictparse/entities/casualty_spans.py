"""The casualties of a folded text as the reader finds them, and a rule over a whole sentence.

«ضحايا» counted before the wounded of its sentence are the dead: «ارتفعت حصيلة ضحايا القصف
إلى 12 شخصا … وسقوط أكثر من 30 جريحا».
"""

from __future__ import annotations

from typing import NamedTuple

import attrs

from conflictparse.entities.casualty_rules import noun_kind
from conflictparse.model import Casualty, CasualtyKind
from conflictparse.text.lexicon.casualties import casualty_lexicon
from conflictparse.text.tokens import TextIndex, without_clitic

__all__ = ["CasualtyScan", "CasualtySpan", "victims_apart"]


class CasualtySpan(NamedTuple):
    """A casualty found in folded text (offsets into the folded string)."""

    start: int
    end: int
    casualty: Casualty


class CasualtyScan(NamedTuple):
    """The casualties of a folded text, and the counts of people no casualty word governs."""

    casualties: list[CasualtySpan]
    untyped: list[tuple[int, int]]


def victims_apart(index: TextIndex, found: list[CasualtySpan]) -> list[CasualtySpan]:
    """``found``, with «ضحايا» killed when a count of wounded follows later in the sentence.

    The victims are then the dead, and so are their sub-counts («12 شخصا 10 منهم»).  Not when
    a count of the dead stands between them, nor when the victims are told as dead and
    wounded («ضحايا القصف بين قتيل وجريح»).
    """
    kept = list(found)
    for at, item in enumerate(found):
        if item.casualty.kind is not CasualtyKind.KILLED_OR_WOUNDED or not _victims(index, item):
            continue
        end = index.sentence_at(item.start)[1]
        apart = [at]
        for later, other in enumerate(found[at + 1 :], at + 1):
            kind = other.casualty.kind
            if other.start >= end or kind is CasualtyKind.KILLED:
                break
            if kind is CasualtyKind.WOUNDED:
                for position in apart:
                    kept[position] = _killed(found[position])
                break
            if other.casualty.breakdown:
                apart.append(later)
            else:
                break  # another count of victims: «و20 ضحية في …»
    return kept


def _victims(index: TextIndex, item: CasualtySpan) -> bool:
    """Whether «ضحايا» gives the count its kind, with no word of the wounded by it.

    The words before it in its clause, and the count's own and a few after it.
    """
    around = [
        *index.before(item.start, _LABEL_WORDS),
        *index.after(item.start, _PAIR_WORDS),  # «20 ضحية بين قتيل وجريح»
    ]
    words = [without_clitic(word.text).removeprefix("ال") for word in around]
    victims = casualty_lexicon().victim_words
    return any(word in victims for word in words) and not any(
        word not in victims and noun_kind(word) in _HURT for word in words
    )


def _killed(item: CasualtySpan) -> CasualtySpan:
    return item._replace(casualty=attrs.evolve(item.casualty, kind=CasualtyKind.KILLED))


_LABEL_WORDS = 8  # «حصيلة ضحايا القصف الروسي على ريف إدلب إلى 12 شخصا»
_PAIR_WORDS = 6  # the count, its noun and «بين قتيل وجريح»
_HURT = frozenset({CasualtyKind.WOUNDED, CasualtyKind.KILLED_OR_WOUNDED})
