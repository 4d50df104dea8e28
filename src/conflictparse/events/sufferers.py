"""Sides acted upon by the verb next to them: those that repel, suffer or mourn an attack.

«تصدى الجيش لهجوم», «تعرضت قوة من الحشد الشعبي إلى هجوم», «حزب الله ينعى مقاتلين»: the
side named is the one the attack hit, whoever is named as its doer.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.tokens import Word, without_clitic

__all__ = ["attacked_after_unnamed_doer", "repels", "suffers", "verb_of"]


def verb_of(word: str, verbs: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``verbs``, maybe after «و» or «ف»: «وقصفت», not «بقصف».

    A preposition never comes before a verb: «بقصف» after a side is the means that hit it
    («قتل عنصران من الحزب بقصف للقوات التركية»), not what the side did.
    """
    return word in verbs or (word[:1] in _VERB_CLITICS and word[1:] in verbs)


_VERB_CLITICS = frozenset("وف")


def repels(wider: Sequence[str]) -> bool:
    """Whether a verb of repelling or suffering comes right before a side, or its unit's noun.

    «تصدى الجيش لهجوم», «تصدت قوات المقاومة لهجوم» (the name read after «قوات»), «تعرضت قوة
    من الحشد لهجوم»; not the side of the attack in «صدت هجوما لقوات الدعم».
    """
    lexicon = event_lexicon()
    words = wider[1:] if wider and wider[0] == _OF else wider  # «تعرضت قوة من الحشد»
    if wider and without_clitic(wider[0]) in lexicon.repels:
        return True
    return (
        len(words) > 1
        and words[0] in lexicon.repeller_nouns
        and without_clitic(words[1]) in lexicon.repels
    )


_OF = "من"


def suffers(after: Sequence[Word]) -> bool:
    """Whether a side mourns dead or suffers an attack right after its name.

    «حزب الله ينعى مقاتلين قضوا …», «قوة من الحشد الشعبي تعرضت إلى هجوم».
    """
    lexicon = event_lexicon()
    return bool(after) and (
        verb_of(after[0].text, lexicon.mourns) or after[0].text in lexicon.suffered
    )


def attacked_after_unnamed_doer(before: Sequence[str]) -> bool:
    """Whether the side's unit or post is the object of a verb whose doer is unnamed.

    ``before`` holds the words before the side in its clause, nearest first: «هاجم انتحاري
    يرتدي حزاما ناسفا قوة من الجيش», «استهدف مسلحون مجهولون دورية للشرطة». Not the doer's
    own side: «هاجم مسلحون من داعش دورية» names no unit before «داعش».
    """
    lexicon = event_lexicon()
    head = 1 if before and before[0] == _OF else 0  # «قوة من الجيش»
    if len(before) <= head:
        return False
    unit = without_clitic(before[head])
    if unit not in lexicon.targets and unit not in lexicon.forces_hit:
        return False
    return any(
        without_clitic(doer) in lexicon.unnamed_doers and verb_of(verb, lexicon.object_verbs)
        for doer, verb in itertools.pairwise(before[head + 1 :])
    )
