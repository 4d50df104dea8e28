"""Sides named as what an event strikes: the owner of a target, or its nationality.

«حاجز تفتيش لقوات دفاع شبوة», «عربة عسكرية لـ"قسد"», «قاعدة تشغلها قوات أميركية», «استهدفت
المقاومة آلية إسرائيلية»: each names the side acted upon, not the one that acts.
"""

from __future__ import annotations

from collections.abc import Sequence

from conflictparse.entities.actors import ActorSpan
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.tokens import TextIndex, without_clitic

__all__ = ["named_target", "operates", "target_owner"]


def target_owner(index: TextIndex, span: ActorSpan, wider: Sequence[str]) -> bool:
    """Whether a side is named by «ل» after a target noun: «حاجز تفتيش لقوات دفاع شبوة».

    The «ل» may stand apart, before a quoted name: «عربة عسكرية لـ"قسد"».
    """
    text = index.text
    at = span.start - 1
    while at > 0 and text[at] in _BEFORE_A_QUOTED_NAME:
        at -= 1
    if at < 1 or text[at] != "ل" or not text[at - 1].isspace():
        return _owns_by_construct(wider)
    if wider and wider[0] == "ل":
        wider = wider[1:]  # «لـ» read as a word of its own
    targets = event_lexicon().targets
    return any(without_clitic(word) in targets for word in wider[:_TARGET_WORDS])


def _owns_by_construct(wider: Sequence[str]) -> bool:
    """Whether a side is the owner a target noun right before it is annexed to.

    «هاجم مسلحون أحد مقرات جماعة جبهة الشام», «استهدفت المسيرة رتل الجيش التركي»; not
    where fire came from: «قصف من مواقع قوات النظام».
    """
    lexicon = event_lexicon()
    words = wider[1:] if wider and wider[0] in lexicon.group_nouns else wider
    if not words or without_clitic(words[0]) not in lexicon.targets:
        return False
    return len(words) < _FROM_AT or words[1] != _FROM


_BEFORE_A_QUOTED_NAME = frozenset("ـ\"“”«'")  # between «ل» and a quoted name: «لـ"قسد"»
_FROM = "من"  # «من مواقع قوات النظام»: where the fire came from
_FROM_AT = 2  # words from the side back to a «من» before its target noun
_TARGET_WORDS = 2  # the target noun, and a word of it between: «حاجز تفتيش», «نقطة أمنية»


def operates(wider: Sequence[str]) -> bool:
    """Whether a side is named as the one that holds the place struck: «التي تشغلها قوات»."""
    operators = event_lexicon().operators
    return bool(wider) and ((wider[0],) in operators or tuple(reversed(wider[:2])) in operators)


def named_target(index: TextIndex, span: ActorSpan, hit: tuple[int, int] | None) -> bool:
    """Whether a side is named by a target and its nationality, not right after the wording.

    «استهدفت المقاومة آلية إسرائيلية», «انفجرت عبوة بدورية روسية»: the side acted upon;
    «قصفت آليات إسرائيلية القرية» (right after the verb): the side that acts.
    """
    first = index.after(span.start, 1)
    if not first or without_clitic(first[0].text) not in event_lexicon().targets:
        return False
    return hit is None or not 0 <= span.start - hit[1] <= _VERB_GAP


_VERB_GAP = 2  # characters between an event's word and the side right after it
