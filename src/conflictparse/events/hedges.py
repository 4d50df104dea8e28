"""Hedges: the words that make a side only probable, passed over or read as its owner.

«عبوة زرعها في الغالب مسلحو داعش» (a hedge between a cue and its side), «طائرات حربية يرجح
أنها للنظام» (a hedge naming whose the weapon probably is).
"""

from __future__ import annotations

from collections.abc import Sequence

from conflictparse.entities.actors import ActorSpan
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.tokens import TextIndex, Word, listed

__all__ = ["hedged_owner", "loyalty", "past_hedge", "without_hedge"]


def past_hedge(before: Sequence[str]) -> Sequence[str]:
    """The words before a side (nearest first) past a hedge right before it: «في الغالب»."""
    hedges = event_lexicon().hedges
    for size in (3, 2, 1):
        if len(before) > size and tuple(reversed(before[:size])) in hedges:
            return before[size:]
    return before


def without_hedge(words: Sequence[Word], reach: int) -> list[Word]:
    """``words`` (in reading order) without a hedge of whose among their first ``reach``.

    «قصف جوي يرجح أنه روسي» → «قصف جوي روسي»: the words after the hedge are read as if it
    were not there.
    """
    owners = event_lexicon().hedged_owners
    texts = [word.text for word in words]
    for at in range(min(reach, len(words))):
        for size in (3, 2):
            if tuple(texts[at : at + size]) in owners and len(words) > at + size:
                return [*words[:at], *words[at + size :]]
    return list(words)


def hedged_owner(index: TextIndex, span: ActorSpan, hit: tuple[int, int] | None) -> bool:
    """Whether a side follows its wording, a hedge and «ل», «إلى» or «من».

    «طائرات حربية يرجح أنها للنظام», «عبوة زرعها مسلحون يعتقد أنهم ينتمون إلى القاعدة»,
    «هاجم مسلحون يرجح أنهم من خلايا داعش».
    """
    if hit is None or not 0 <= span.start - hit[1] <= _HEDGE_CHARS:
        return False
    between = tuple(index.texts_before(span.start, _HEDGE_WORDS + 1)[::-1])
    if between and between[-1] == _TO:
        between = between[:-1]  # «ينتمون إلى القاعدة»
    elif index.text[span.start - 1 : span.start] == "ل" or (
        between and (between[-1] == _FROM or between[-1] in event_lexicon().members)
    ):  # «للنظام»; «يرجح أنهم من خلايا داعش»: the hedge ends with «من» or the side's men
        between = between[1:]
    else:
        return False
    owners = event_lexicon().hedged_owners
    return any(between[-size:] in owners for size in range(2, len(between) + 1))


_HEDGE_CHARS = 40  # characters from a wording to the side a hedge gives it
_HEDGE_WORDS = 4  # «يشتبه في أنها تابعة»
_TO = "الي"  # «إلى» as the word index folds it
_FROM = "من"


def loyalty(wider: Sequence[str]) -> int | None:
    """How many words before a side tell that the men before them are its, or None.

    ``wider`` are the words before the side, nearest first: «موالون» (1), «يرجح انتماؤهم»
    (2), «يعتقد أنهم ينتمون» (3) between the men («مسلحون») and the side.
    """
    lexicon = event_lexicon()
    for size in range(1, min(_LOYALTY_WORDS, len(wider) - 1) + 1):
        told = (
            listed(wider[0], lexicon.loyal_to)
            if size == 1
            else tuple(reversed(wider[:size])) in lexicon.hedged_owners
        )
        if told and listed(wider[size], lexicon.loyal_men):
            return size
    return None


_LOYALTY_WORDS = 3  # «يعتقد أنهم ينتمون» between the men and their side
