"""Doers told by word order: the side right after a word of an act is the one that acts.

«واستهدفت قوات النظام …» opens its sentence with the act; «… استهداف النظام مشفى» in a later
sentence tells the act again with its doer.

Examples:
    >>> import conflictparse as cp
    >>> (row,) = cp.parse_report("واستهدفت قوات النظام بلدة معرشورين بالمدفعية.").to_rows()
    >>> row["actor1"]
    'syrian_government_forces'
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from conflictparse.entities.actors import ActorSpan
from conflictparse.events.types import read_hits
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.phrases import find_phrase
from conflictparse.text.tokens import TextIndex, Word

__all__ = ["after_an_act", "after_opening_verb", "unknown_agent"]

_UNKNOWN = "مجهول"  # what every word of an unknown agent holds («مجهولين», «مجهوله»)


def after_an_act(index: TextIndex, span: ActorSpan, hit: tuple[int, int] | None) -> bool:
    """Whether the side follows a word of the act in a sentence other than the event's word's.

    «سقط 12 قتيلا في القصف على حي بابا عمرو.» then «وأعلنت اللجان في بيان استهداف النظام
    مشفى في الحي»: the act told again names its doer.  Within the event word's own sentence
    its cues decide («ضربة جوية استهدفت الحوثيين»: they are its target).
    """
    if hit is not None and index.sentence_at(hit[0]) == index.sentence_at(span.start):
        return False
    return _act_word_before(index, span) is not None


def after_opening_verb(index: TextIndex, span: ActorSpan) -> bool:
    """Whether the actor comes right after the first word of its sentence, a word of an event.

    An opener may stand before that word: «في المقابل، قصفت فصائل المعارضة مواقع …».
    """
    word = _act_word_before(index, span)
    if word is None:
        return False
    before = index.words_in(index.sentence_at(span.start)[0], word.start)
    if not before:
        return True
    if before[0].startswith("و"):  # «وفي المقابل»: «في» is too short to carry a clitic
        before = [before[0][1:], *before[1:]]
    return find_phrase(before, event_lexicon().openers) == (0, len(before))


def _act_word_before(index: TextIndex, span: ActorSpan) -> Word | None:
    """The word right before the side, if it is a word of an act: «استهداف» in «استهداف النظام»."""
    words = index.before(span.start, 1)
    if not words or span.start - words[0].end > _GAP:
        return None
    return words[0] if read_hits(index, words[0].start, words[0].end) else None


_GAP = 2  # characters between an act's word and its doer: a space, or a quote and a space


def unknown_agent(index: TextIndex, clauses: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The words of ``clauses`` that say the acting side is unknown, if any.

    >>> text = "قتل 4 برصاص مجهولين"
    >>> start, end = unknown_agent(TextIndex(text), [(0, len(text))])
    >>> text[start:end]
    'برصاص مجهولين'
    """
    phrases = event_lexicon().unknown_agents
    for start, end in sorted(clauses):
        if _UNKNOWN not in index.text[start:end]:
            continue
        first = bisect.bisect_left(index.starts, start)
        found = find_phrase(index.words[first : bisect.bisect_left(index.starts, end)], phrases)
        if found is not None:
            offset, size = found
            return index.starts[first + offset], index.ends[first + offset + size - 1]
    return None
