"""What a side does habitually or over a period: a campaign, not one incident.

«يشن التحالف غارات على المدينة بشكل شبه يومي», «ومنذ أكثر من عامين تمارس الميليشيات
قصفا على المدينة», «خلال أربعة أشهر»: the wording tells no incident of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from conflictparse.events.flights import SENTENCE_REACH
from conflictparse.events.sufferers import verb_of
from conflictparse.text.lexicon.dates import DateKind, date_lexicon
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.phrases import has
from conflictparse.text.tokens import TextIndex, Word, listed, without_clitic

__all__ = ["campaign", "over_a_span", "span_unit_in"]

_HABIT_WORDS = 8  # words after a wording that may say it is a habit («بشكل شبه يومي»)
_SINCE = 8  # words from «منذ» to the date whose period it opens
_ALWAYS_WORDS = 4  # «دائما ما تنفذ» and a word before the wording
_MANY_WORDS = 2  # «العديد من» right before the wording
_REPEATED_WORDS = 3  # «لقصف جوي متكرر»: the wording, a word of its kind, then «متكرر»
_UNCEASING_WORDS = 4  # «ولم تتوقف عمليات» and the wording


def campaign(index: TextIndex, cue: tuple[int, int]) -> bool:
    """Whether the wording at ``cue`` names a campaign a report is set in.

    «منذ بدء الحملة», or a span since which it goes on, earlier in the clause: «ومنذ أكثر
    من عامين تمارس الميليشيات قصفا عشوائيا على المدينة», or a habit told after it: «… بشكل
    شبه يومي».
    """
    lexicon = event_lexicon()
    before = index.texts_before(cue[0], _SINCE)[::-1]
    if has(before[-3:], lexicon.campaign) or has(before, lexicon.now_and_then):
        return True
    if has(before[-_ALWAYS_WORDS:], lexicon.always):
        return True  # «خلايا التنظيم التي دائما ما تنفذ هجمات»
    if has(before, lexicon.over_a_period) and has(before[-_MANY_WORDS:], lexicon.many_of):
        return True  # «وشهدت المدينة، خلال العام الحالي، العديد من الهجمات»
    after = _before_two_days(index, index.after(cue[1], _HABIT_WORDS))
    if has(after, lexicon.habitual) or has(after, lexicon.now_and_then):
        return True  # «يشن التحالف غارات على محيط المدينة بشكل شبه يومي»
    if any(verb_of(word, lexicon.suffers_now) for word in before) and any(
        word in lexicon.repeated for word in after[:_REPEATED_WORDS]
    ):
        return True  # «وتتعرض قرى الناحية لقصف جوي متكرر»
    if _trend(index, cue) or _unceasing(index, cue, before):
        return True
    return any(
        without_clitic(word) == "منذ" and span_unit_in(before[position + 1 : position + 4])
        for position, word in enumerate(before)
    )


def _unceasing(index: TextIndex, cue: tuple[int, int], before: Sequence[str]) -> bool:
    """«ولم تتوقف عمليات الاغتيال في المحافظة منذ سيطرة النظام عليها»: a trend since long ago.

    Not «ولم يتوقف القصف منذ صباح اليوم»: there «منذ» opens hours of the day's incident.
    """
    lexicon = event_lexicon()
    if not has(before[-_UNCEASING_WORDS:], lexicon.unceasing):
        return False
    after = [word.text for word in index.after_in_sentence(cue, _SINCE)]
    opens = [at for at, word in enumerate(after) if without_clitic(word) == "منذ"]
    return bool(opens) and not has(after[opens[0] :], lexicon.since_times)


def _before_two_days(index: TextIndex, words: Sequence[Word]) -> list[str]:
    """The texts of ``words`` before «يومي» that opens two days: «يومي الخميس والجمعة».

    There «يومي» is the dual of «يوم», not the adjective of a daily habit («قصف يومي»):
    a weekday or a figure follows it («يومي 4 و5 أيار»).
    """
    lexicon = date_lexicon()
    texts = [word.text for word in words]
    for at, word in enumerate(words[:-1]):
        if word.text not in lexicon.two_days:
            continue
        following = index.text[word.end : words[at + 1].start].strip()
        weekday = lexicon.phrases.get(texts[at + 1], ())
        if following[:1].isdigit() or any(found.kind is DateKind.WEEKDAY for found in weekday):
            return texts[:at]
    return texts


def _trend(index: TextIndex, cue: tuple[int, int]) -> bool:
    """«وخلال الأشهر الأخيرة، زادت وتيرة هجمات المسلحين»: how often, over a span of months."""
    lexicon = event_lexicon()
    near = index.texts_before(cue[0], 2)
    if not any(listed(word, lexicon.trends) for word in near):
        return False  # «وتيرة» is a word of its own, not «و» and «تيرة»
    sentence = index.words_in(*index.sentence_near(*cue, SENTENCE_REACH))
    return over_a_span(sentence) or has(sentence, lexicon.recent)


def over_a_span(words: Sequence[str]) -> bool:
    """«خلال أربعة أشهر», «على مدى عامين»: a span of weeks or more before a count."""
    lexicon = event_lexicon()
    return any(
        without_clitic(word) in lexicon.spans and span_unit_in(words[position + 1 : position + 4])
        for position, word in enumerate(words)
    )


def span_unit_in(words: Sequence[str]) -> bool:
    """Whether one of the first three ``words`` after a span's word is a unit of the span.

    «أشهر» anywhere there; «عام» only right after a bound («أكثر من عام»): else it names a
    year («منذ عام 2015», «منذ أواخر عام 2014»).
    """
    lexicon = event_lexicon()
    return any(
        without_clitic(word) in lexicon.span_units
        or (
            at > 0
            and without_clitic(word) in lexicon.bounded_span_units
            and words[at - 1] in lexicon.span_bounds
        )
        for at, word in enumerate(words[:3])
    )
