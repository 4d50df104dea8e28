"""Mentions that refer to an incident already told: «هذا الهجوم», «وأسفر القصف عن …».

A wording after «هذا» or before «إثر ذلك», a bare «الهجوم» with its article, or a strike
named again by its kind with the article tells no new incident: the one told before.
"""

from __future__ import annotations

from conflictparse.events.parts import Part
from conflictparse.events.types import TypeHit, read_hits
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.phrases import has
from conflictparse.text.tokens import TextIndex, without_clitic

__all__ = ["names_the_attack", "refers_back", "refers_to_the_strike"]

_SEQUEL_REACH = 3  # words from a wording to «إثر ذلك» that makes it a sequel


def refers_back(index: TextIndex, part: Part) -> bool:
    """Whether the part's wording refers to an incident already told («هذا الهجوم»).

    A sequel of it is part of it too: «اشتباكات اندلعت إثر ذلك».
    """
    lexicon = event_lexicon()
    before = index.texts_before(part.cue[0], 2)
    if before and before[0] in lexicon.references:
        if has(before[::-1], lexicon.sequels):
            return True  # «واندلعت إثر ذلك اشتباكات»
        # the noun a demonstrative points with has the article; «وفي ذلك قصفت …» is a new act
        if index.text.startswith("ال", part.cue[0]):
            # «وكان قد سبق تلك الغارة مجزرة …»: another incident, told before the one referred to
            return len(before) < 2 or without_clitic(before[1]) not in lexicon.sequence_verbs

    after = [word.text for word in index.after(part.cue[1], _SEQUEL_REACH)]
    return has(after, lexicon.sequels)


def names_the_attack(index: TextIndex, span: tuple[int, int]) -> bool:
    """Whether a part names the attack already told: a bare «الهجوم» with its article."""
    return any(
        hit.wording.generic and index.text.startswith("ال", hit.start)
        for hit in read_hits(index, *span)
    )


def refers_to_the_strike(
    index: TextIndex, span: tuple[int, int], last: TypeHit | None, hit: TypeHit | None
) -> bool:
    """Whether a part names the incident just told by its kind, with the article.

    «قصفت مسيرة منزلا في مدينة كوستي. وأسفر القصف عن مقتل 7»: the shelling is the strike
    told before it, of the same type (an explosion), in the same paragraph or the next.
    """
    return (
        last is not None
        and hit is not None
        and last.wording.type is hit.wording.type
        and index.text.startswith("ال", hit.start)
        and span[0] <= hit.start < span[1]
    )
