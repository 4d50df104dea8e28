"""Wordings whose kind the words around them change: a raid, bombs dropped, a seizure tried.

Raids on the ground told by the word of an air raid («غارة شنتها قوات أمريكية خاصة»): ACLED
codes a raid by special or airborne forces as an armed clash, not an air strike. Bombs
dropped by the verb of downing («أسقطت طائرة أنتونوف 15 قنبلة»): an air strike, not a
weapon downed. A seizure only tried («تحاول السيطرة على البلدة») is none.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from conflictparse.events.event import SubEventType
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.tokens import without_clitic

__all__ = ["air_rank", "attempted_seizure", "clash_rank", "dropped", "ground_raid"]


def ground_raid(words: Sequence[str], offset: int) -> bool:
    """Whether the bare «غارة» at ``offset`` is made by a ground force named as its doer.

    «غارة شنتها قوات أمريكية خاصة», «غارة لقوات خاصة», «نفذت قوات خاصة غارة»: a force's
    noun, then within two words its kind; not the target: «غارة على مواقع القوات الخاصة».
    """
    lexicon = event_lexicon()
    if without_clitic(words[offset]) not in lexicon.bare_raids:  # «بغارة»
        return False
    after = words[offset + 1 : offset + _RAID_AFTER]
    if after and after[0] in lexicon.raid_doers:
        after = after[1:]  # «شنتها قوات …»
    elif not (after and after[0][:1] == "ل" and after[0][1:] in lexicon.raid_forces):
        after = []  # «غارة على …»: what follows is the target
    return _force_and_kind(words[max(0, offset - _RAID_WORDS) : offset]) or _force_and_kind(
        [word.removeprefix("ل") for word in after]
    )


def _force_and_kind(words: Sequence[str]) -> bool:
    """Whether ``words`` name a ground force and its kind: «قوات أمريكية خاصة»."""
    lexicon = event_lexicon()
    return any(
        word in lexicon.ground_raiders
        and not lexicon.raid_forces.isdisjoint(words[max(0, at - _FORCE_TO_KIND) : at])
        for at, word in enumerate(words)
    )


_RAID_WORDS = 3  # «نفذت قوات خاصة» before «غارة»
_RAID_AFTER = 6  # «غارة شنتها قوات أمريكية خاصة»: the raid word and five after it
_FORCE_TO_KIND = 2  # «قوات أمريكية» before «خاصة»


@functools.cache
def clash_rank() -> int:
    """The rank of the first wording of an armed clash."""
    types = event_lexicon().types
    return next(r for r, kind in enumerate(types) if kind.sub_type is SubEventType.ARMED_CLASH)


def dropped(words: Sequence[str], offset: int, size: int) -> bool:
    """Whether «أسقط» at ``offset`` (a wording of ``size`` words) drops bombs named after it."""
    lexicon = event_lexicon()
    return without_clitic(words[offset]) in lexicon.drop_verbs and any(
        after in lexicon.dropped_bombs for after in words[offset + size : offset + _DROP_WORDS]
    )


@functools.cache
def air_rank() -> int:
    """The rank of the first wording of an air strike."""
    types = event_lexicon().types
    return next(r for r, kind in enumerate(types) if kind.sub_type is SubEventType.AIR_DRONE_STRIKE)


_DROP_WORDS = 5  # «أسقطت طائرة أنتونوف 15 قنبلة»: the verb and the words to the bombs


def attempted_seizure(sub_type: SubEventType, words: Sequence[str], offset: int) -> bool:
    """Whether the seizure at ``offset`` is only tried: «تقترب من السيطرة», «حاولت القوات السيطرة».

    A word of trying within three words before it (`not_events.attempts`).
    """
    if sub_type not in _SEIZURES:
        return False
    attempts = event_lexicon().attempts
    return any(
        without_clitic(word) in attempts for word in words[max(0, offset - _TRY_WORDS) : offset]
    )


_SEIZURES = frozenset(
    {
        SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        SubEventType.GOVERNMENT_REGAINS_TERRITORY,
    }
)
_TRY_WORDS = 3  # «حاولت قوات النظام» or «تقترب من» before the seizure
