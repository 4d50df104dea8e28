"""The date of an incident: the date that governs its clause, a lead's day, or a period's start.

«قصفت الطائرات أمس بلدة …»: yesterday; «قتل 9 الأحد بغارات …» then «غارة استهدفت بلدة …»:
the strike on the town was on Sunday too. With none, the caller falls back to the
publication day.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from conflictparse.dates.finder import DateSpan
from conflictparse.errors import ParseError
from conflictparse.events.filters import since
from conflictparse.events.incident import Incident
from conflictparse.events.segment import within
from conflictparse.events.tellers import days_told
from conflictparse.events.types import read_hits
from conflictparse.model import ParsedDate, Precision
from conflictparse.quantities.numbers import parse_number
from conflictparse.text.lexicon.dates import DateKind, date_lexicon
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.phrases import alternation
from conflictparse.text.tokens import TextIndex, listed, without_clitic

__all__ = ["incident_date"]

_RUNNING_DAYS = 3  # a running total since at most this many days before publication
_LEAD_DAYS = 7  # a lead's day is at most this many days before publication
# A lead dates its incident as news does, from the publication day: «أمس», «الاثنين».
_LEAD_RELATIVES = frozenset({"yesterday", "day_before_yesterday", "weekday"})
_SENTENCE_WORDS = 80  # words of a sentence read for «في وقت سابق» and the like
_LEAD_LOOKBACK = 16  # dates looked back past unresolved ones for a lead's day


class _Dates(NamedTuple):
    """The report's dates (folded offsets, sorted), their starts, and its publication day."""

    text_index: TextIndex
    dates: Sequence[DateSpan]
    date_starts: list[int]
    published: datetime.date | None


def incident_date(
    incident: Incident,
    index: TextIndex,
    dates: Sequence[DateSpan],
    date_starts: list[int],
    published: datetime.date | None,
) -> DateSpan | None:
    """The date an incident happened on, as the text tells it; None when it tells none."""
    report = _Dates(index, dates, date_starts, published)
    return (
        _days_before(incident, report)
        or _same_day(incident, report)
        or _date(incident, report)
        or _since_date(incident, report)
        or _lead_date(incident, report)
    )


def _days_before(incident: Incident, report: _Dates) -> DateSpan | None:
    """The day of an incident told as days before the one told before it.

    «قتل 12 في غارة على الحزم اليوم. يأتي ذلك بعد يومين من مقتل سبعة أطفال بغارة في حجة»:
    the strike on حجة was two days before today.
    """
    start = _incident_start(incident)
    offset = _offset_before(
        report.text_index, max(incident.sentence[0], start - _OFFSET_CHARS), start
    )
    if offset is None:
        return None
    days, (first, last) = offset
    if _dated_between(report, last, start):
        return None  # «بعد يوم من الهدوء، حيث قتل أول أمس الخميس 5 أشخاص في …»: its own day
    base = _day_before(report, first) or report.published
    if base is None or not 0 < days <= _OFFSET_MOST:
        return None
    try:
        day = base - datetime.timedelta(days=days)
    except OverflowError:
        return None
    told = ParsedDate(start=day, end=day, precision=Precision.DAY)
    return DateSpan(first, last, told)


def _dated_between(report: _Dates, start: int, end: int) -> bool:
    """Whether the text gives a resolved date in ``[start, end)``."""
    first = bisect.bisect_left(report.date_starts, start)
    last = bisect.bisect_left(report.date_starts, end)
    return any(item.date.start is not None for item in report.dates[first:last])


def _same_day(incident: Incident, report: _Dates) -> DateSpan | None:
    """The day of the incident told before, for one told «في اليوم نفسه».

    «قتل شاب في 12 من أيلول في المزيريب. وقتل في اليوم نفسه عنصران في الشيخ مسكين»: the
    12th too.  The phrase stands in the incident's sentence, before its place.
    """
    start = _incident_start(incident)
    found = _same_day_pattern().search(
        report.text_index.text, max(incident.sentence[0], start - _OFFSET_CHARS), start
    )
    day = _day_before(report, found.start()) if found is not None else None
    if found is None or day is None:
        return None
    return DateSpan(*found.span(), ParsedDate(start=day, end=day, precision=Precision.DAY))


def _incident_start(incident: Incident) -> int:
    """Where the incident is told: its place, else its first clause."""
    return incident.place.start if incident.place else min(s for s, _ in incident.clauses)


def _day_before(report: _Dates, pos: int) -> datetime.date | None:
    """The last single day the text gives before ``pos`` (a few dates back at most)."""
    at = bisect.bisect_left(report.date_starts, pos)
    for item in reversed(report.dates[max(0, at - _LEAD_LOOKBACK) : at]):
        day = item.date.start
        if day is not None and day == item.date.end:
            return day
    return None


@functools.cache
def _same_day_pattern() -> re.Pattern[str]:
    """The phrases of «في اليوم نفسه», from the lexicon (folded), as whole words."""
    return re.compile(rf"(?<!\w)(?:{alternation(event_lexicon().same_day)})(?!\w)")


def _offset_before(index: TextIndex, start: int, end: int) -> tuple[int, tuple[int, int]] | None:
    """The days «بعد يومين من», «بعد 3 أيام على» count, and their span, in ``[start, end)``."""
    found = _offset_pattern().search(index.text, start, end)
    if found is None:
        return None
    days = event_lexicon().days_back.get(found["span"]) if found["span"] else _count(found["count"])
    return None if days is None else (days, found.span())


@functools.cache
def _offset_pattern() -> re.Pattern[str]:
    """«بعد» and a span of days, then its link («من», «على»), from the lexicon (folded)."""
    lexicon = event_lexicon()
    spans, units, links = (
        alternation((word,) for word in words)
        for words in (lexicon.days_back, lexicon.day_units, lexicon.days_after_links)
    )
    return re.compile(
        rf"{_AFTER}[ \t]++(?:(?P<span>{spans})|(?P<count>[^\s]++)[ \t]++(?:{units}))"
        rf"[ \t]++(?:{links})(?!\w)"
    )


def _count(word: str) -> int | None:
    """The whole number a word writes («3», «٣», «ثلاثة»), or None."""
    try:
        value = parse_number(word).value
    except ParseError:
        return None
    return int(value) if value is not None and value == int(value) else None


_AFTER = "بعد"
_OFFSET_CHARS = 200  # characters before the incident's place where the offset may be told
_OFFSET_MOST = 31  # days back an offset may reach


def _date(incident: Incident, report: _Dates) -> DateSpan | None:
    """The date that governs the incident: in its first dated clause, else in its sentence.

    A date that opens a period («منذ السابع من أكتوبر») governs nothing.
    """
    index = report.text_index
    told = [
        item
        for item in incident.dates
        if item.date.start is not None and not _stated(index, item, report.published)
    ]
    # «قالت جمعية اليوم الاثنين إن … في هجوم يوم السبت»: the day of the saying gives way
    told = days_told(index.text, told)
    happened = [item for item in told if _says_when(index, item)]
    if happened:
        return happened[0]  # «وقالت إن الهجوم وقع ليل الخميس» over «أفادت اليوم الجمعة»
    for start, end in sorted(incident.clauses):
        for item in told:
            if start <= item.start < end:
                return item
    candidates = [
        item
        for item in within(report.dates, report.date_starts, *incident.sentence)
        if item.date.start is not None
        and not since(index, item)
        and not _stated(index, item, report.published)
    ]
    if not candidates:
        return None
    first = incident.start
    before = [item for item in candidates if item.start < first]
    return before[-1] if before else candidates[0]


def _lead_date(incident: Incident, report: _Dates) -> DateSpan | None:
    """The day the report's lead gives, for an incident told after it with no date of its own.

    «قتل 24 شخصا الاثنين بغارات على بلدات …» then «غارة استهدفت بلدة المروانية …»: the strike
    on the town was on Monday, not on the publication day.  Only a day of the last week
    told from the publication day (a lead's «أمس», «الاثنين», «الأحد 17 ديسمبر»), the
    nearest date before the incident, and not
    for a sentence that dates itself or says it tells of another time («في وقت سابق»).
    """
    published, index = report.published, report.text_index
    if published is None or within(report.dates, report.date_starts, *incident.sentence):
        return None
    other_time = event_lexicon().other_time
    first = bisect.bisect_left(index.starts, incident.sentence[0])
    most = min(len(index.starts), first + _SENTENCE_WORDS)
    last = bisect.bisect_left(index.starts, incident.sentence[1], first, most)
    words = index.words[first:last]
    if any(listed(word, other_time) for word in words):
        return None
    at = bisect.bisect_left(report.date_starts, incident.sentence[0])
    for position in range(at - 1, max(-1, at - 1 - _LEAD_LOOKBACK), -1):
        item = report.dates[position]
        day = item.date
        if day.start is None or day.end is None or since(index, item) or _relative(index, item):
            continue  # «المدينة التي تعرضت مساء أمس لقصف»: the day of another incident
        lag = (published - day.end).days
        short = (day.end - day.start).days <= 1
        # «الأحد 17 ديسمبر» a day before publication dates its lead as «أمس» does; so does
        # «أمس الثلاثاء 25 كانون الثاني», whose year is the publication's
        written = day.relative in _WRITTEN and _weekday_led(index, item)
        # the report's first date, in its opening, «الأحد 20 أكتوبر 2024», year and
        # all, dates it whatever the lag to a later publication
        recent = 0 <= lag <= _LEAD_DAYS or (
            lag > 0 and written and day.relative is None and _opens(index, report, position)
        )
        return item if recent and short and (day.relative in _LEAD_RELATIVES or written) else None
    return None


def _opens(index: TextIndex, report: _Dates, position: int) -> bool:
    """Whether the date at ``position`` is the report's first, told in its headline or lead."""
    opening = list(itertools.islice(index.sentences, _OPENING_SENTENCES))
    return position == 0 and bool(opening) and report.dates[0].start < opening[-1][1]


_OPENING_SENTENCES = 2  # a headline and the lead under it


def _relative(index: TextIndex, item: DateSpan) -> bool:
    """Whether a date is told in a relative clause: «التي تعرضت مساء أمس»."""
    relatives = event_lexicon().relatives
    return any(word in relatives for word in index.texts_before(item.start, _RELATIVE_WORDS))


_RELATIVE_WORDS = 3  # the pronoun, its verb and a time of day: «التي تعرضت مساء»


def _weekday_led(index: TextIndex, item: DateSpan) -> bool:
    """Whether a written date opens with its weekday or «أمس», as a news lead dates its day.

    «الأحد 17 ديسمبر 2023», «يوم الجمعة 16-2-2018», «مساء أمس الجمعة 29 أيلول»; not
    «في 13 آذار 2018».
    """
    phrases = date_lexicon().phrases
    return any(
        meaning.kind in _WEEKDAYS
        for word in index.text[item.start : item.end].split()[:_WEEKDAY_AT]
        for meaning in phrases.get(word, ())
    )


_WEEKDAY_AT = 3  # «مساء أمس الجمعة …»: the day is named in the first three words
_WEEKDAYS = frozenset({DateKind.WEEKDAY, DateKind.BARE_WEEKDAY, DateKind.RELATIVE_DAY})
_WRITTEN = frozenset({None, "month"})  # a written day, its year given or the publication's


def _since_date(incident: Incident, report: _Dates) -> DateSpan | None:
    """The date of an incident told only with the date that opens its period.

    «منذ أواخر عام 2014، حين اجتاح الحوثيون صنعاء»: the incident happened then.
    «ارتفع عدد القتلى جراء القصف منذ صباح الأحد إلى 18»: from then to the publication day.
    """
    index, published = report.text_index, report.published
    spans = [incident.sentence, *incident.clauses]
    opened = [
        item
        for span in spans
        for item in within(report.dates, report.date_starts, *span)
        if item.date.start is not None and since(index, item)
    ]
    if not opened:
        return None
    item = opened[-1]
    following = [word.text for word in index.after(item.end, 2)]
    if any(without_clitic(word) in event_lexicon().when for word in following):
        return item
    if published is None or item.date.start is None or item.date.start >= published:
        return None
    if (published - item.date.start).days > _RUNNING_DAYS:
        return None  # a period of weeks is a campaign, not one incident
    period = attrs.evolve(item.date, end=published, precision=Precision.RANGE, relative=None)
    return item._replace(date=period)


def _stated(index: TextIndex, item: DateSpan, published: datetime.date | None) -> bool:
    """Whether a date long past is that of a statement, not of the incident told with it.

    «… وأعلن العراق الانتصار على التنظيم في ديسمبر 2017»: a verb of saying shortly before it
    in its sentence, and no event's wording between them.
    """
    end = item.date.end or item.date.start
    if published is None or end is None or (published - end).days <= _STATED_DAYS:
        return False
    says = event_lexicon().says
    sentence_start = index.sentence_at(item.start)[0]
    for word in index.before(item.start, _STATED_WORDS, clause=False):
        if word.start < sentence_start:
            return False
        if without_clitic(word.text) in says:
            return not read_hits(index, word.end, item.start)
    return False


_STATED_DAYS = 60  # a date at least this long before publication may be a statement's
_STATED_WORDS = 16  # words back from such a date to the verb of saying that states it


def _says_when(index: TextIndex, item: DateSpan) -> bool:
    """Whether the date follows «وقع», «جرى», «حدث»: when the incident happened."""
    before = index.texts_before(item.start, 2)
    return any(listed(word, event_lexicon().happened) for word in before)
