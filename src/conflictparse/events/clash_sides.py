"""The sides of a clash as the text groups them.

«اشتباكات بين قوات النظام والمسلحين الموالين لها من جهة، وهيئة تحرير الشام من جهة أخرى»:
the sides joined by «و» share a role, and «من جهة» (or «من طرف»، «من ناحية») closes the first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from conflictparse.entities.actors import ActorSpan
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.phrases import find_phrase
from conflictparse.text.tokens import TextIndex

__all__ = [
    "after_one_side",
    "between_the_two",
    "coordinated",
    "initiator_first",
    "latter_attacker",
    "one_side_first",
    "two_sides",
]

# «بين X من جهة، و Y من جهة أخرى», «بين X وY من طرف، وZ من طرف آخر» (folded): the words
# that close the first side («من طرف» alone is «by» in the Maghreb: only before «،» or «و»)
_SIDE = re.compile(r"من جهه|من (?:طرف|ناحيه)(?=\s*[،,]|\s+و)")
_SIDE_REACH = 40  # characters from a side to the «من جهة» that closes it


def one_side_first(index: TextIndex, span: ActorSpan, later: Sequence[ActorSpan]) -> bool:
    """Whether «من جهة» closes the first side after ``span`` and before the next actor."""
    end = later[0].start if later else span.end + _SIDE_REACH
    return _SIDE.search(index.text, span.end, end) is not None


def after_one_side(index: TextIndex, previous: ActorSpan, span: ActorSpan) -> bool:
    """Whether ``span`` opens the second side of «X من جهة، و Y من جهة أخرى»."""
    return (
        span.start - previous.end <= _SIDE_REACH
        and _SIDE.search(index.text, previous.end, span.start) is not None
    )


def coordinated(index: TextIndex, first: ActorSpan, second: ActorSpan) -> bool:
    """«قوات النظام والمسلحين الموالين لها»: two sides joined by «و», one role."""
    return index.text[first.end : second.start].strip() in {"", "و", "،"}


def two_sides(index: TextIndex, patients: Sequence[ActorSpan]) -> bool:
    """Whether the first two sides acted upon are opposed, not allies listed together.

    «اشتباكات مع قوات النظام والمسلحين الموالين لها» names one side; «مقتل 3 من
    الوحدات الكردية خلال اشتباكات مع القوات التركية» names two.
    """
    if len(patients) < 2 or patients[0].actor == patients[1].actor:
        return False
    between = index.text[patients[0].end : patients[1].start]
    return between.strip(" \t،,") not in {"", "و"}


def initiator_first(index: TextIndex, sides: list[ActorSpan]) -> list[ActorSpan]:
    """The sides of a clash, the one a relative clause says attacked first.

    «اشتباكات بين قوات الحكومة ومقاتلين من تنظيم الدولة، الذين حاولوا السيطرة على تلعفر»:
    the Islamic State's fighters act.
    """
    lexicon = event_lexicon()
    for position, span in enumerate(sides[1:], start=1):
        words = [word.text for word in index.after(span.end, _RELATIVE_WORDS, clause=False)]
        found = find_phrase(words, lexicon.relative_attacks)
        if found is not None and found[0] == 0:
            return [span, *sides[:position], *sides[position + 1 :]]
    return sides


def latter_attacker(index: TextIndex, sides: Sequence[ActorSpan]) -> ActorSpan | None:
    """The side after the first that a later phrase calls «the latter» that attacked.

    «اشتباكات بين القوات الحكومية ومليشيا الحوثي، عقب هجوم شنته الأخيرة على مواقع الجيش»:
    the Houthis, not the army named after the phrase.
    """
    ordered = sorted(sides, key=lambda span: span.start)
    return next(
        (ordered[at] for at in range(1, len(ordered)) if _latter_attacked(index, ordered, at)),
        None,
    )


def _latter_attacked(index: TextIndex, sides: list[ActorSpan], position: int) -> bool:
    """Whether «the latter» attacked, after the side at ``position`` and before the next."""
    span = sides[position]
    following = sides[position + 1].start if position + 1 < len(sides) else len(index.text)
    words = [
        word.text
        for word in index.after_in_sentence((span.start, span.end), _LATTER_WORDS)
        if word.end <= following
    ]
    return find_phrase(words, event_lexicon().latter_attacks) is not None


_RELATIVE_WORDS = 2  # «الذين حاولوا» right after a side
_LATTER_WORDS = 16  # «في جبهة مريس شمال المحافظة، عقب هجوم شنته الأخيرة» after the last side


def between_the_two(index: TextIndex, hit: tuple[int, int] | None) -> bool:
    """Whether a clash's wording is told «between the two sides», right after it.

    «لقي خمسة مدنيين حتفهم في معارك بين الطرفين»: the civilians are the battle's toll.
    """
    if hit is None:
        return False
    words = [word.text for word in index.after(hit[1], _TWO_SIDES_WORDS)]
    found = find_phrase(words, event_lexicon().two_sides)
    return found is not None and found[0] <= 1  # «معارك عنيفة بين الطرفين»


_TWO_SIDES_WORDS = 5  # an adjective of the wording, then «بين طرفي النزاع»
