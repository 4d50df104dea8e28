"""Sides that tell or claim, not act: «ذكرت الشرطة أن …», «أعلن جيش النصر مقتل …».

A side between a verb of saying and «أن» only tells what happened, and so does one that
tells of what another side did; a side that announces the killing of another side's men
claims it, and so acts.

Examples:
    >>> import conflictparse as cp
    >>> (row,) = cp.parse_report("ذكرت الشرطة العراقية أن مسلحين هاجموا قرية البو فراج.").to_rows()
    >>> row["actor1"] is None
    True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from conflictparse.entities.actors import ActorSpan
from conflictparse.events.implied import COUNTRY_WORDS as _COUNTRY_WORDS
from conflictparse.events.implied import country_first
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.phrases import find_phrase
from conflictparse.text.tokens import CLAUSE_MARK, TextIndex, Word, without_clitic

if TYPE_CHECKING:
    from conflictparse.dates.finder import DateSpan

__all__ = [
    "announced_victims",
    "announces_a_killing",
    "claims",
    "days_told",
    "finds_the_dead",
    "said_on",
    "speaks_for_its_forces",
    "tells",
    "tells_of_another",
]

_SAID_CHARS = 60  # characters read back from a date for the verb that says it
_SAID_WORDS = 5  # «أفاد مصدر محلي لوكالة الأنباء اليوم»
_ASIDE_CHARS = 80  # the longest aside in brackets read past
_ASIDE = re.compile(rf"\([^()\n]{{0,{_ASIDE_CHARS}}}+\)[ \t]*+[،,]?")
_OPENS_ASIDE = re.compile(r"[ \t]*+[،,][ \t]*+\Z")  # the comma right before a date
_ASIDE_OPENING_CHARS = 4  # «، » (spaces either side) right before a date set off by commas
_ASIDE_WORDS = 8  # words from a teller to its «أن», past an aside («، في بيان …،»)


def tells(index: TextIndex, span: ActorSpan, wider: Sequence[str]) -> bool:
    """Whether a side stands between a verb of saying and «أن»: «ذكرت الشرطة أن …».

    So does a side that a teller is of, after a verb of saying: «قال ضابط في الشرطة …».

    Not when what follows is what its own forces did: «قال التحالف إن مقاتلاته شنت …».
    """
    lexicon = event_lexicon()
    if (
        wider
        and wider[0] in lexicon.tellers_of
        and _teller_before(index.texts_before(span.start, _TELLER_NAME_WORDS + 3)[1:])
    ):
        # «قال ضابط في شرطة القضاء إن …», «قال الملازم أول علي حسن من شرطة بغداد إن …»
        return _that_after(index, span) is not False
    if not wider or without_clitic(wider[0]) not in lexicon.says:
        return False
    return bool(_that_after(index, span))


def _that_after(index: TextIndex, span: ActorSpan) -> bool | None:
    """Whether «أن» or «بمقتل» follows the side (past an aside) with no word of its own forces.

    None when no «أن» follows in the sentence; False when «قواته», «مقاتلاته» follow it
    («قال التحالف إن مقاتلاته شنت …»: the side tells what it did).
    """
    lexicon = event_lexicon()
    after = index.after(span.end, _ASIDE_WORDS, clause=False)
    sentence_end = index.sentence_at(span.start)[1]
    that = next(
        (
            position
            for position, word in enumerate(after)
            if (word.text in lexicon.that or word.text in lexicon.reports_of)
            and word.start < sentence_end
        ),
        None,
    )
    if that is None:
        return None
    return not (that + 1 < len(after) and after[that + 1].text in lexicon.own_forces)


def _teller_before(words: Sequence[str]) -> bool:
    """Whether ``words`` (nearest first) are a teller, maybe with his name, after saying.

    «ضابط» right after «قال»; «الملازم أول حاتم الجابري» (a rank, its degree and a name of
    up to three words) after «وقال»; not past «أن»: «قال مصدر إن القوات هاجمت مواقع في …».
    """
    lexicon = event_lexicon()
    for at, word in enumerate(words[: _TELLER_NAME_WORDS + 1]):
        bare = without_clitic(word)
        if bare in lexicon.that or bare in lexicon.says:
            return False
        if bare.removeprefix("ال") in lexicon.tellers:
            said = words[at + 1 : at + 2]
            return bool(said) and without_clitic(said[0]) in lexicon.says
    return False


_TELLER_NAME_WORDS = 4  # «أول حاتم الجابري»: a rank's degree and a name between it and «من»


def finds_the_dead(index: TextIndex, span: ActorSpan, wider: Sequence[str]) -> bool:
    """Whether the side found the dead, after a verb of finding: «عثرت قوة من الجيش على جثة».

    It found them; it did not kill them. ``wider`` are the words before it, nearest first.
    """
    lexicon = event_lexicon()
    if not any(without_clitic(word) in lexicon.finders for word in wider[:_FINDER_WORDS]):
        return False
    after = index.after_in_sentence((span.start, span.end), _BODY_WORDS)
    return any(without_clitic(word.text) in lexicon.bodies for word in after)


_FINDER_WORDS = 4  # «عثرت قوة مشتركة من» before the side
_BODY_WORDS = 8  # «والحشد الشعبي صباح اليوم على جثة» after it


def speaks_for_its_forces(index: TextIndex, span: ActorSpan) -> bool:
    """Whether what a side's spokesman says, after «إن» or a quote, is what its forces did.

    «قال متحدث باسم قوات حكومة الوفاق إن "قواتنا نفذت عملية نوعية …"», «وقالت القوات في بيان
    تلقته الوكالة «قواتنا تواصل تقدمها»»: the side acts.
    """
    lexicon = event_lexicon()
    sentence_end = index.sentence_at(span.start)[1]
    text, previous = index.text, span.end
    for word in index.after(span.end, _QUOTE_WORDS, clause=False):
        if word.start >= sentence_end:
            return False
        quoted = any(mark in text[previous : word.start] for mark in _OPENING_QUOTES)
        if quoted and word.text in lexicon.own_forces:
            return True  # «لوكالة فرانس برس "قواتنا نفذت …"»
        if word.text in lexicon.that:
            return _next_is_own_forces(index, word)
        previous = word.end
    return False


def _next_is_own_forces(index: TextIndex, word: Word) -> bool:
    """Whether the word after «إن» names the teller's own forces: «إن قواتنا …»."""
    following = index.after(word.end, 1)
    return bool(following) and following[0].text in event_lexicon().own_forces


_QUOTE_WORDS = 12  # «، لوكالة فرانس برس» or «في بيان تلقت وكالة فرانس برس نسخة منه» first
_OPENING_QUOTES = ('"', "«", "“")


def announces_a_killing(index: TextIndex, span: ActorSpan, wider: Sequence[str]) -> bool:
    """Whether a side announces a killing right after its name: «أعلن جيش النصر مقتل …».

    Or, as headlines put it, with the verb after the side: «حزب الله يعلن مقتل 4 من
    عناصره». Past an aside («، مساء أمس،», «(التابع لـ …)»), not past «أن» (it then tells).
    """
    lexicon = event_lexicon()
    verb_after = index.after(span.end, 1)
    if not (
        (wider and without_clitic(wider[0]) in lexicon.announces)
        or (verb_after and without_clitic(verb_after[0].text) in lexicon.announces)
    ):
        return False
    sentence_end = index.sentence_at(span.start)[1]
    for word in index.after(span.end, _CLAIM_WORDS, clause=False):
        bare = without_clitic(word.text)
        if word.start >= sentence_end or word.text in lexicon.that or bare in lexicon.that:
            return False
        if bare in lexicon.claimed:
            return True
    return False


_CLAIM_WORDS = 12  # words from a side that announces to what it claims, past an aside


def announced_victims(index: TextIndex, span: ActorSpan) -> str | None:
    """Whose killing a side announces, when it claims none: civilians, or its own men.

    «أعلن الجيش المالي في بيان مقتل شخصين في قصف»: ``"civilians"`` (it tells a toll);
    «أعلن الجيش العراقي مقتل 3 من جنوده»: ``"own"`` (its losses).
    """
    lexicon = event_lexicon()
    people = lexicon.civilians | lexicon.persons
    words = index.after(span.end, _CLAIM_WORDS, clause=False)
    for position, word in enumerate(words):
        if without_clitic(word.text) in lexicon.claimed:
            victims = [w.text for w in words[position + 1 : position + 1 + _VICTIM_WORDS]]
            if any(without_clitic(victim) in people for victim in victims):
                return "civilians"
            if any(victim in lexicon.own_forces for victim in victims):
                return "own"
            return None
    return None


_VICTIM_WORDS = 3  # «مقتل ما لا يقل عن شخصين»: words from the killing to its victims


def tells_of_another(
    index: TextIndex, span: ActorSpan, wider: Sequence[str], later: Sequence[ActorSpan]
) -> bool:
    """Whether a side tells of an act another side named right after did.

    «أعلنت جماعة الحوثي تنفيذ الولايات المتحدة وبريطانيا غارتين»: the group tells.
    """
    lexicon = event_lexicon()
    if not wider or without_clitic(wider[0]) not in lexicon.says:
        return False
    after = index.after(span.end, _COUNTRY_WORDS + 1)
    if not after or after[0].text not in lexicon.done_by_another or len(after) < _DOER:
        return False
    doer = after[1:]
    return bool(later and later[0].start == doer[0].start) or country_first(doer) is not None


_DOER = 2  # the verbal noun and the first word of the side that did it


def days_told(text: str, dates: Sequence[DateSpan]) -> list[DateSpan]:
    """The ``dates`` but those of a saying (:func:`said_on`); all of them if each is one."""
    return [item for item in dates if not said_on(text, item.start)] or list(dates)


def said_on(text: str, start: int) -> bool:
    """Whether the date at ``start`` dates a saying: «قالت جمعية حقوقية اليوم الاثنين، إن …».

    A verb of saying a few words before it in its clause, with no «أن» between: the day the
    statement was made, which the incident it tells may not share («وأوضحت أن المسلحين
    هاجموا يوم السبت» dates the attack).
    """
    # an aside in brackets is no clause of its own: «وقال بيان للحشد (قوات شيعية)، اليوم»
    read = _ASIDE.sub(" ", text[max(0, start - _SAID_CHARS - _ASIDE_CHARS) : start])
    if _OPENS_ASIDE.search(text, max(0, start - _ASIDE_OPENING_CHARS), start):
        # «أعلنت الحكومة، اليوم الاثنين، عن مقتل …»: a date between commas is an aside
        read = read.rstrip().removesuffix("،").removesuffix(",")
    before = CLAUSE_MARK.split(read[-_SAID_CHARS:])[-1]
    lexicon = event_lexicon()
    for word in reversed(before.split()[-_SAID_WORDS:]):
        if word in lexicon.that:
            return False
        if without_clitic(word) in lexicon.says:
            return True
    return False


def claims(index: TextIndex, span: ActorSpan) -> bool:
    """Whether the side claims the attack right after its name.

    «أعلن تنظيم داعش مسؤوليته عن …», «وكان التنظيم قد أعلن مسؤوليته عن …», «… وتبنى
    التنظيم التفجير» (the verb of claiming before the side is read as its subject).
    """
    lexicon = event_lexicon()
    words = [word.text for word in index.after(span.end, _CLAIMED_WORDS)]
    while words and without_clitic(words[0]) in lexicon.claim_openers:
        words = words[1:]  # «قد أعلن»
    claimed = find_phrase(words, lexicon.claims)
    return claimed is not None and claimed[0] == 0


_CLAIMED_WORDS = 4  # «قد أعلن مسؤوليته عن» after the side
