"""What is not an incident: plans, statements, and tolls over a period or many places.

«تحضيرات … لبدء هجوم» is planned, «أدانت الوزارة القصف» a statement, and
«ارتفع عدد الشهداء منذ بداية الحرب إلى …» or «40 مدنيا، معظمهم في ريف حماة» a
cumulative toll: none is the toll of one incident.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import itertools
from collections.abc import Sequence

from conflictparse.dates.finder import DateSpan
from conflictparse.entities.casualties import CasualtySpan
from conflictparse.events.event import SubEventType
from conflictparse.events.flights import overflight
from conflictparse.events.habits import campaign, over_a_span
from conflictparse.events.parts import Part
from conflictparse.events.types import TypeHit, read_hits
from conflictparse.model import CasualtyKind, Precision
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.phrases import find_phrase, has
from conflictparse.text.tokens import TextIndex, Word, listed, without_clitic

__all__ = [
    "accident",
    "background",
    "claimed",
    "cumulative",
    "incident_killed",
    "no_incident",
    "planned",
    "reply",
    "since",
    "statement",
    "tells_how",
    "untold",
]

_AFTER_WORDS = 3  # words after a wording that may still mark it as planned («تحركات وتحضيرات»)
_TAIL_WORDS = 8  # words after a count that may say it is a tally
# words after a count that may say it is spread over places: «13 مدنيا قتلوا وجرح عدد كبير
# مساء أمس، بقصف مدفعي وصاروخي لقوات الأسد، توزع على النحو التالي: …»
_SPREAD_WORDS = 20
_SINCE = 8  # words from «منذ» to the date whose period it opens
_REASON_WORDS = 2  # «ردا على», right before a wording
_CLAIM_REACH = 300  # characters back from a count to the claim of responsibility it follows


def planned(index: TextIndex, clause_start: int, cue: tuple[int, int]) -> bool:
    """Whether the clause tells the wording at ``cue`` as planned, expected or feared."""
    words = _clause_before(index, clause_start, cue[0]) + index.words_in(cue[0], cue[1])
    words += [word.text for word in index.after(cue[1], _AFTER_WORDS)]
    return has(words, event_lexicon().planned)


def _clause_before(index: TextIndex, clause_start: int, pos: int) -> list[str]:
    """The words of the clause before ``pos``, at most ``_CLAUSE_WORDS`` of them, in order.

    Bounded so that a clause of many wordings is read in linear time.
    """
    before = index.before(pos, _CLAUSE_WORDS, clause=False)
    return [word.text for word in reversed(before) if word.start >= clause_start]


_CLAUSE_WORDS = 40  # words before a wording that may say it is planned or a statement's


def claimed(index: TextIndex, item: CasualtySpan) -> bool:
    """Whether a count is what the side that claims an attack says of it.

    «وأعلن تنظيم داعش مسؤوليته عن الهجوم، وأشار إلى سقوط نحو 20 قتيلا»: a claim of
    responsibility, then a verb of saying before the count, in one sentence.
    """
    lexicon = event_lexicon()
    start = max(index.sentence_at(item.start)[0], item.start - _CLAIM_REACH)
    if not _mentions(index.text, start, item.start, lexicon.claims):
        return False  # the common case, read cheaply
    words = index.words_in(start, item.start)
    claim = find_phrase(words, lexicon.claims)
    if claim is None:
        return False
    return any(without_clitic(word) in lexicon.says for word in words[sum(claim) :])


def charged(index: TextIndex, item: CasualtySpan) -> bool:
    """Whether a killing is what a person is charged with: «متهما بقتل 3 أشخاص».

    A word of a charge within the few words before the count, in its sentence.
    """
    start = index.sentence_at(item.start)[0]
    before = [word.text for word in index.before(item.start, _CHARGE_WORDS) if word.start >= start]
    charges = event_lexicon().charges
    return any(word in charges or without_clitic(word) in charges for word in before)


_CHARGE_WORDS = 3  # «يتهم صاحبه بقتل», «بتهمة المشاركة في قتل»


def accident(index: TextIndex, start: int, end: int) -> bool:
    """Whether the words in ``[start, end)`` tell an accident: «حادث سير», «صعقة كهربائية»."""
    accidents = event_lexicon().accidents
    return _mentions(index.text, start, end, accidents) and has(
        index.words_in(start, end), accidents
    )


def _mentions(text: str, start: int, end: int, phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether the first word of one of ``phrases`` occurs in ``text[start:end]`` at all."""
    return any(text.find(first, start, end) >= 0 for first in _first_words(phrases))


@functools.cache
def _first_words(phrases: frozenset[tuple[str, ...]]) -> frozenset[str]:
    return frozenset(phrase[0] for phrase in phrases)


def untold(index: TextIndex, dates: list[DateSpan]) -> list[DateSpan]:
    """``dates`` without those that tell when a report was made, when another gives a day.

    «وأفاد المرصد، اليوم الأحد، بمقتل خمسة أشخاص أمس السبت»: Saturday, not Sunday.
    """
    says = event_lexicon().says
    kept = [
        item
        for item in dates
        if not any(
            word.text in says or without_clitic(word.text) in says
            for word in index.before(item.start, _TELLER_WORDS, clause=False)
        )
    ]
    return kept if any(item.date.start is not None for item in kept) else dates


_TELLER_WORDS = 4  # words from a verb of saying to the day it is dated («أفاد المرصد السوري،»)


def _examples(index: TextIndex, cue: tuple[int, int]) -> bool:
    """Whether a part's first wording is a kind of incident named as an example.

    «تعاني البلدة من حوادث متكررة كالخطف والاغتيالات والتفجيرات», «هجمات مثل التفجيرات»:
    the wording has the «ك» of likeness or follows «مثل», or is joined by «و» to one that does.
    """
    examples = event_lexicon().examples
    words = [*index.words_in(*cue)[:1], *index.texts_before(cue[0], _EXAMPLE_WORDS)]
    for position, word in enumerate(words):
        if word.startswith(_LIKE) or (position and word in examples):
            return True
        if position and not word.startswith("و"):
            return False  # «… والتفجيرات»: only a list joined by «و» is passed back over
    return False


_LIKE = "كال"  # «كالخطف»: the «ك» of likeness before the article
_EXAMPLE_WORDS = 4  # wordings of a list passed back over to its «مثل» or its «كال»


def reply(index: TextIndex, part: Part) -> bool:
    """Whether a part's clause opens with the other side's reply: «في حين ردت الفصائل …»."""
    replies = event_lexicon().replies
    opening = index.after(part.clause_start, _REPLY_WORDS, clause=False)
    return any(listed(word.text, replies) for word in opening if word.end <= part.cue[0])


_REPLY_WORDS = 3  # «في حين ردت», «بينما رد»: the reply opens its clause


def background(index: TextIndex, cue: tuple[int, int]) -> bool:
    """Whether the wording at ``cue`` follows «بعد», «ضمن», «بموجب»: told as a background."""
    lexicon = event_lexicon()  # «أحد عناصر التسوية»; not «عناصر داعش من السيطرة»: its men
    words = index.texts_before(cue[0], 2)
    return any(
        listed(word, lexicon.background) and not (at and word in lexicon.force_members)
        for at, word in enumerate(words)
    )


def statement(index: TextIndex, clause_start: int, cue: tuple[int, int]) -> bool:
    """Whether the wording at ``cue`` is the object of a statement («أدانت … القصف»).

    Not «حذر» after a state it qualifies: «ساد هدوء حذر، إلا أن القوات قصفت البلدة».
    """
    lexicon = event_lexicon()
    words = _clause_before(index, clause_start, cue[0])
    start = 0
    while (found := find_phrase(words[start:], lexicon.statements)) is not None:
        at = start + found[0]
        if not (at and words[at - 1] in lexicon.cautious_states):
            return True
        start = at + 1
    return False


_PERIOD_CHARS = 300  # how far from a tally its month or year may be named


def cumulative(
    index: TextIndex,
    item: CasualtySpan,
    lead_start: int,
    dates: Sequence[DateSpan],
    date_starts: list[int],
    *,
    after_count: bool,
    told: bool = False,
) -> bool:
    """Whether a count of the killed is a toll over a period or over many places.

    ``lead_start`` is where the words that may qualify it begin (the part's start,
    or the end of the count before it, when ``after_count``); ``dates`` are the part's,
    with their ``date_starts``.  A total since a day the calendar names is cumulative
    («بلغت الحصيلة 638 منذ صباح الأحد 13 تموز») unless an incident is ``told`` before it
    («ارتفع عدد القتلى جراء القصف على عفرين منذ صباح 10/3 إلى 14»), and so is a total
    since a date that follows another count («قتل 8 …، ليرتفع عدد الضحايا منذ ليلة الأحد
    إلى 53», «… عدد القتلى تجاوز 90 منذ الأحد الماضي»): it adds other incidents to this one.
    """
    lexicon = event_lexicon()
    lead = index.words_in(lead_start, item.start)
    if has(lead, lexicon.cumulative) or over_a_span(lead):
        return True
    # not «… قتلوا. وقتل في الحرب 300 ألف»: another sentence's
    tail_words = index.after_in_sentence((item.start, item.end), _SPREAD_WORDS)
    if has([word.text for word in tail_words], lexicon.spread_after):
        return True  # «52 شخصا برصاص الأمن، كحصيلة أولية، معظمهم في إدلب ودير الزور»
    tail_words = tail_words[:_TAIL_WORDS]
    tail_words = _before_a_comma(index, item.end, tail_words)
    tail = [word.text for word in tail_words]
    if has(tail, lexicon.cumulative_after) or over_a_span(tail):
        return True  # «… 40 شخصا خلال ثلاثة أشهر»
    found = [
        *within_span(dates, date_starts, lead_start, item.start),
        # «… تجاوز 90 منذ الأحد الماضي»: the period named after the total
        *within_span(dates, date_starts, item.end, tail_words[-1].end if tail_words else 0),
    ]
    tallied = item.casualty.total or any(
        listed(word, lexicon.tallies) for word in lead
    )  # «وثقت» is a word of its own, not «و» and «ثقت»
    sentence = index.sentence_at(item.start)
    around = within_span(
        dates,
        date_starts,
        max(sentence[0], item.start - _PERIOD_CHARS),
        min(sentence[1], item.end + _PERIOD_CHARS),
    )  # not every date of the part: a part may hold thousands
    if tallied and any(span.date.precision in _PERIODS for span in around):
        return True  # «وثقت الشبكة مقتل 36 شخصا … في شهر أيلول»: a month's count
    opening = [span for span in found if since(index, span)]
    if tallied and not told and any(span.date.relative in _CALENDAR_DAYS for span in opening):
        return True  # «بلغت حصيلة الضحايا 638 منذ صباح الأحد 13 تموز»: since a calendar day
    if not after_count:
        return False  # «ارتفع عدد القتلى منذ صباح الأحد إلى 18»: the incident's own total
    return (bool(opening) or has(lead, lexicon.since_times)) and tallied


def _before_a_comma(index: TextIndex, end: int, words: list[Word]) -> list[Word]:
    """The ``words`` after a count up to a comma, when a wording tells how its dead died first.

    «قتل مدني في قصف على أم درمان، في الحرب التي …»: the war after the comma is the
    setting, not where the count was tallied; «قتل 300 ألف، في الحرب» stays a tally.
    """
    text = index.text
    for at, word in enumerate(words):
        gap = text[words[at - 1].end if at else end : word.start]
        if ("،" in gap or "," in gap) and read_hits(index, end, word.start):
            return words[:at]
    return words


#: Dates that name a whole period: a count told for one is the period's.
_PERIODS = frozenset({Precision.MONTH, Precision.YEAR})
#: How a date the calendar names resolves: absolute, or a month or Hijri date with no year.
_CALENDAR_DAYS = frozenset({None, "month", "hijri_year"})


def within_span(
    dates: Sequence[DateSpan], starts: list[int], start: int, end: int
) -> Sequence[DateSpan]:
    """The ``dates`` (sorted, with their ``starts``) that start in ``[start, end)``."""
    return dates[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


def since(index: TextIndex, span: DateSpan) -> bool:
    """Whether a date opens a period: not the day of an incident.

    «منذ السابع من أكتوبر», a date after «منذ» and a beginning («منذ اندلاع النزاع في
    العام 2011»), or a date in a clause after «منذ أن» («منذ أن أحكمت قوات الدعم طوقها
    حول الفاشر أواخر أبريل»).
    """
    before = [without_clitic(word) for word in index.texts_before(span.start, _SINCE)]
    lexicon = event_lexicon()
    opening = next((word for word in before if word not in lexicon.times_of_day), None)
    if opening == "منذ":  # «منذ صباح 13/3»
        return True
    return any(
        later == "منذ" and (word == "ان" or word in lexicon.period_starts)
        for word, later in itertools.pairwise(before)
    )


def incident_killed(
    index: TextIndex,
    part: Part,
    harm: list[CasualtySpan],
    dates: list[DateSpan],
    reference: datetime.date | None = None,
    *,
    tally_end: int | None = None,
) -> tuple[list[CasualtySpan], list[CasualtySpan]]:
    """The counts of the killed in a part that are the toll of an incident, and the tallies.

    Not a cumulative toll (those are the tallies, and so is a toll since a day a month or
    more before ``reference``: «منذ السابع من أكتوبر 2023، ما أسفر عن استشهاد 41182»), nor
    the toll the side that claims the attack gives. ``tally_end`` is where a tally an
    earlier part of the sentence ends: a count joined to it is part of it («وصل عدد القتلى
    إلى 480، …، إضافة إلى 220 من قوات النظام»).
    """
    kept: list[CasualtySpan] = []
    tallies: list[CasualtySpan] = []
    lead_start = part.start
    starts = [span.start for span in dates]
    joins = event_lexicon().cumulative_joins
    tally = tally_end is not None  # whether the count before was a cumulative one
    for item in harm:
        if item.casualty.kind is CasualtyKind.KILLED:
            after_count = lead_start != part.start
            told = part.hit is not None and part.cue[0] < item.start  # «القصف على عفرين … إلى 14»
            joined_from = lead_start if after_count or tally_end is None else tally_end
            lead = index.words_in(joined_from, item.start)
            tally = (tally and (has(lead, joins) or _breaks_down(lead))) or cumulative(
                index, item, lead_start, dates, starts, after_count=after_count, told=told
            )  # «… إلى 130، إلى جانب 112 …», «… إلى 480، وهم: 130 مدنيا»: part of the tally
            tally = tally or (
                reference is not None
                and any(  # «منذ السابع من أكتوبر 2023، ما أسفر عن استشهاد 41182»
                    since(index, span)
                    and span.date.end is not None
                    and (reference - span.date.end).days > _AGO
                    for span in within_span(dates, starts, lead_start, item.start)
                )
            )
            if tally:
                tallies.append(item)
            elif not claimed(index, item) and not charged(index, item):
                kept.append(item)
            lead_start = item.end
    return kept, tallies


def _breaks_down(lead: Sequence[str]) -> bool:
    """Whether only the words of a breakdown lead from a count to the next: «وهم:», «بينهم», «و»."""
    parts = event_lexicon().tally_parts
    return all(word in parts for word in lead)


_AGO = 30  # days before the report's day a «since» opens a tally over a period


def tells_how(index: TextIndex, tally: CasualtySpan, cue: tuple[int, int]) -> bool:
    """Whether a wording right after a cumulative count tells how its dead died.

    «عدد القتلى منذ مطلع العام 130، إلى جانب 112 قتلوا بغارات روسية»: no incident.
    """
    between = index.text[tally.end : cue[0]]
    return tally.end <= cue[0] and "،" not in between and len(between.split()) <= _HOW_WORDS


_HOW_WORDS = 4  # words from a tally to the wording that tells how («من داعش قتلوا»)


def no_incident(
    index: TextIndex, part: Part, hit: TypeHit, *, killed: bool, tallies: list[CasualtySpan]
) -> bool:
    """Whether a part's wording tells no incident.

    A campaign, a plan, a statement's object, or how the dead of a tally died (when the part
    has no toll of its own).
    """
    before = index.texts_before(part.cue[0], _REASON_WORDS)[::-1]
    return (
        find_phrase(before, event_lexicon().reasons) is not None  # «ردا على هجمات …»
        or campaign(index, part.cue)
        or (part.cue[0] != hit.start and campaign(index, (hit.start, hit.end)))
        or planned(index, part.clause_start, part.cue)
        or (not killed and overflight(index, part))
        or (not killed and _examples(index, part.cue))
        or (not killed and statement(index, part.clause_start, part.cue))
        or (not killed and any(tells_how(index, item, part.cue) for item in tallies))
        or _ends_a_fight(index, hit)
    )


def _ends_a_fight(index: TextIndex, hit: TypeHit) -> bool:
    """Whether a withdrawal ends a raid or a fight its sentence tells: no transfer of territory.

    «وانسحبت قوات الاحتلال من مخيم جنين بعد اقتحام استمر ساعات», «انسحب الجيش من البلدة
    القديمة عقب عملية عسكرية»: the end of what was told.
    """
    if hit.wording.sub_type is not SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY:
        return False
    lexicon = event_lexicon()
    start, end = index.sentence_at(hit.start)
    near = [
        word.text
        for word in (
            *index.before(hit.start, _FIGHT_WORDS, clause=False),
            *index.after(hit.end, _FIGHT_WORDS, clause=False),
        )
        if start <= word.start < end
    ]
    return any(
        bare in lexicon.raids or bare in lexicon.fights
        for bare in (*near, *map(without_clitic, near))
    )


_FIGHT_WORDS = 30  # words around a withdrawal, in its sentence, that may tell what it ends
