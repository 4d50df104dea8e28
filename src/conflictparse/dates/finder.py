"""Dates in Arabic news text: :func:`parse_date` and :func:`find_dates`.

Reading happens in two steps, as in dateutil: a reader turns the folded text
at an anchor into a :class:`_Spec` (what the text *says*: a day, a month
name, a weekday, «أمس», «الماضي» …), and a resolver turns the spec and the
reference date into a :class:`~conflictparse.model.ParsedDate` (what it
*means*).  Relative expressions without a reference keep their spec and come
back with ``start``/``end`` None.

Every reading is bounded: a date expression is at most a few dozen tokens,
and the anchors are found in one pass.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

import attrs

from conflictparse.dates.direction import PAST, WHOLE, check_parts, check_prefer
from conflictparse.dates.named import named_by
from conflictparse.dates.nights import night_and_dawn
from conflictparse.dates.parts import bare_year_anchors
from conflictparse.dates.reader import AFTER_DAY, DateReader, DateSpec
from conflictparse.dates.resolver import OutOfCalendarError, month_end, resolve
from conflictparse.errors import DateParseError
from conflictparse.model import Calendar, Match, ParsedDate, Precision
from conflictparse.text.lexicon.dates import DateKind, date_lexicon
from conflictparse.text.phrases import alternation, word_trie
from conflictparse.text.prepared import PreparedText, as_prepared, prepare
from conflictparse.text.tokens import CLITICS_BUT_KAF, LETTER

__all__ = ["DateSpan", "date_spans", "find_dates", "parse_date", "scan_dates"]

_LATIN_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_LATIN = re.compile(
    rf"(?i)(?<![A-Za-z])(?:(?:[0-9]{{1,2}}(?:st|nd|rd|th)?,?[ \t]+)?(?:{_LATIN_MONTHS})\.?"
    rf"(?:[ \t]+[0-9]{{1,2}}(?:st|nd|rd|th)?)?,?[ \t]+[0-9]{{4}}"
    rf"|[0-9]{{1,2}}(?:st|nd|rd|th)?,?[ \t]+(?:{_LATIN_MONTHS})\.?)(?![A-Za-z0-9])"
)
#: The characters a match of ``_LATIN`` can start with: a digit or the first letter of a
#: month, in either case («ſ» is an «s» to a case-blind pattern).
_LATIN_FIRST = frozenset("0123456789JFMASONDjfmasondſ")


class DateSpan(NamedTuple):
    """A date found in folded text (offsets into the folded string)."""

    start: int
    end: int
    date: ParsedDate


@functools.cache
def _anchor_words() -> frozenset[str]:
    """First words of the phrases a date expression can start with."""
    starts = {
        DateKind.GREGORIAN_MONTH,
        DateKind.HIJRI_MONTH,
        DateKind.WEEKDAY,
        DateKind.RELATIVE_DAY,
        DateKind.PERIOD,
        DateKind.YEAR_MARKER,
        DateKind.PART,
        DateKind.ORDINAL_UNIT,
        DateKind.ORDINAL_TENS,
        DateKind.HOLIDAY,
        DateKind.HOLIDAY_DAY,
        DateKind.EVE,
        DateKind.DAY,
        DateKind.NIGHT,
        DateKind.MONTH,
        DateKind.WITHIN,
        DateKind.AGO,
        DateKind.RECENT,
        DateKind.REST,
        DateKind.OFFSET_BACK,
        DateKind.OFFSET_AHEAD,
    }
    words = set()
    for phrase, meanings in date_lexicon().phrases.items():
        if any(word.kind in starts for word in meanings) or any(
            word.kind is DateKind.MODIFIER and word.label in ("last", "next") for word in meanings
        ):  # «الماضية» ends «الثماني والأربعين ساعة الماضية», read back from it
            words.add(phrase.split()[0])
    words |= {"هذا", "هذه"}
    return frozenset(words)


def date_spans(prepared: PreparedText) -> list[tuple[int, int]]:
    """The spans of the dates that may hold digits, read once per text.

    Their digits belong to the date: counts, areas and casualties leave them out.
    """
    return prepared.memo(
        "date-digit-spans",
        lambda: [
            (span.start, span.end) for span in scan_dates(prepared, None, with_digits_only=True)
        ],
    )


def scan_dates(
    prepared: PreparedText,
    reference: datetime.date | None,
    *,
    with_digits_only: bool = False,
    strict: bool = False,
    prefer: str = PAST,
    parts: str = WHOLE,
) -> list[DateSpan]:
    """Every date expression in folded text, in order and without overlaps.

    With ``with_digits_only`` only expressions that may hold digits are read
    (what :func:`~conflictparse.quantities.numbers.find_numbers` needs to leave out).
    A relative date that the reference puts outside the years 1–9999 is
    unresolved; with ``strict`` it raises :class:`_OutOfCalendarAtError` instead.
    ``prefer`` and ``parts`` are as in :func:`find_dates` (and not checked here).
    """
    text = prepared.text
    index = prepared.index
    reader = DateReader(text, date_lexicon())
    digit_runs = {run.start(): run.end() for run in _digit_anchor_pattern().finditer(text)}
    digit_runs.update(bare_year_anchors(text))
    starts = _merged(index.anchors(_anchor_words(), clitics=CLITICS_BUT_KAF), digit_runs, text)
    if with_digits_only:
        digits = [match.start() for match in _DIGIT.finditer(text)]
        starts = [pos for pos in starts if _digit_within(digits, pos, _NEAR_DIGITS)]
    found: list[DateSpan] = []
    floor = 0
    remembered_from = 0
    for pos in starts:
        if pos < floor:
            continue
        if pos - remembered_from > _MEMORY:  # the readers' caches only ever serve nearby anchors
            reader.forget()
            remembered_from = pos
        item, consumed = _read_at(reader, pos, reference, (strict, prefer, parts))
        if item is not None and found and item.start < found[-1].end:
            item = None  # read back into a date found before it
        # A run of digits and separators that starts no date holds none: «1439/13/1».
        floor = max(floor, consumed, digit_runs.get(pos, 0) if item is None else 0)
        if item is not None and (with_digits_only or not named_by(index, item.start, item.end)):
            found.append(item)
    return _link_twins(text, _join_appositions(text, found))


_APPOSITION = re.compile(r"[ \t]*+\(?[ \t]*+")
_NAMED_OR_NONE = frozenset({None, "month"})  # «أغسطس» with its year, or alone


def _join_appositions(text: str, found: list[DateSpan]) -> list[DateSpan]:
    """«مطلع الشهر الجاري أغسطس», «الشهر الماضي (يوليو)»: a period and its own name are one.

    The month named right after a relative period is joined to it when both resolve to
    the same days; so is a night's dawn to the night: «ليل أمس الثلاثاء / فجر الأربعاء».
    """
    joined: list[DateSpan] = []
    for item in found:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.date.relative is not None
            and item.date.relative in _NAMED_OR_NONE
            and last.date.start is not None
            and (last.date.start, last.date.end) == (item.date.start, item.date.end)
            and _APPOSITION.fullmatch(text, last.end, item.start)
        ):
            bracketed = "(" in text[last.end : item.start] and text[item.end : item.end + 1] == ")"
            joined[-1] = last._replace(end=item.end + (1 if bracketed else 0))
            continue
        if last is not None and night_and_dawn(text, last, item):  # «ليل أمس / فجر اليوم»
            joined[-1] = last._replace(
                end=item.end, date=attrs.evolve(last.date, end=item.date.end)
            )
            continue
        joined.append(item)
    return joined


_DIGIT = re.compile(r"[0-9]+")
_MEMORY = 4096  # characters of text the reader's caches cover before they are dropped
_NEAR_DIGITS = 48  # a date's digits come within this many characters of its first word
_LATIN_WORD = re.compile(rf"(?i)(?<![A-Za-z])(?:{_LATIN_MONTHS})(?![A-Za-z])")
_ASCII_WORD = re.compile(r"[A-Za-z]{3,9}")
_LATIN_MONTH_NAMES = frozenset(
    {
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "jan", "feb", "mar", "apr"),
        *("jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
    }
)
_LATIN_DAY_BEFORE = re.compile(r"[0-9]{1,2}(?:st|nd|rd|th)?,?[ \t]+\Z")


def _merged(word_anchors: list[int], digit_runs: dict[int, int], text: str) -> list[int]:
    """The starts of words, of digit runs and of Latin dates, in order and each once."""
    latin = list(_latin_anchors(text))
    if latin:
        return sorted({*word_anchors, *latin, *digit_runs})
    # Words start at letters and runs at digits: no start is in both lists, and sorting
    # two sorted lists put end to end merges them in one pass.
    return sorted(word_anchors + list(digit_runs))


def _digit_within(digits: list[int], pos: int, distance: int) -> bool:
    index = bisect.bisect_left(digits, pos)
    return index < len(digits) and digits[index] - pos <= distance


@functools.cache
def _follow_words() -> frozenset[str]:
    """First words of what may follow the day of a date: months, «من», «إلى», «و»."""
    return frozenset(
        phrase.split()[0]
        for phrase, meanings in date_lexicon().phrases.items()
        if any(word.kind in AFTER_DAY for word in meanings)
    )


@functools.cache
def _digit_anchor_pattern() -> re.Pattern[str]:
    """Runs of digits and separators that a date may start with.

    A run with separators («13/3/2018», «9 - 12 (كونا)», «12 . 06 . 2019»), or digits
    followed by a calendar letter or a word that continues a date («13 آذار», «13 من»,
    «17-نوفمبر»).
    """
    words = word_trie(_follow_words())
    # «[0-9](?<![0-9]{2})» is «(?<![0-9])[0-9]», written so that the search can skip
    # ahead to the next digit instead of trying the look-behind at every character.
    return re.compile(
        rf"[0-9](?<![0-9]{{2}})(?:[0-9]*(?:[ \t]*+/[ \t]*+[0-9]+|[/.,،:~-][0-9]+)+"
        # a wire dateline's day and month before its agency: «9 - 12 (كونا)»
        rf"|[0-9]?[ \t]*+-[ \t]*+[0-9]{{1,2}}+(?![0-9])(?=[ \t]*+\()"
        # spaced dots in a full date: «12 . 06 . 2019»
        rf"|[0-9]?[ \t]++\.[ \t]*+[0-9]{{1,2}}+[ \t]*+\.[ \t]*+[0-9]{{4}}+(?![0-9])|[0-9]*"
        rf"(?=[ \t]*[مه](?![{LETTER}])"
        rf"|[ \t]*[.,،/-]?[ \t]*(?:[وفبل])?(?:{words})(?![{LETTER}])|[ \t]*و(?=[ \t]*[0-9])))"
    )


def _latin_anchors(text: str) -> Iterator[int]:
    """Starts of dates in Latin script: at the month name, or at the day before it."""
    if not _LATIN_MONTH_NAMES & {word.lower() for word in _ASCII_WORD.findall(text)}:
        return  # the usual case: no English month name at all, found by a cheap scan
    for month in _LATIN_WORD.finditer(text):
        day = _LATIN_DAY_BEFORE.search(text, max(0, month.start() - 8), month.start())
        yield day.start() if day is not None else month.start()


class _OutOfCalendarAtError(Exception):
    """A date at ``start`` (in the folded text) that its reference puts out of range."""

    def __init__(self, start: int) -> None:
        super().__init__(start)
        self.start = start


def _read_at(
    reader: DateReader,
    pos: int,
    reference: datetime.date | None,
    options: tuple[bool, str, str] = (False, PAST, WHOLE),
) -> tuple[DateSpan | None, int]:
    """The date at ``pos``, if any, and how far the reading went.

    ``options`` are ``strict``, ``prefer`` and ``parts`` (see :func:`scan_dates`).
    """
    strict, prefer, parts = options
    text = reader.text
    latin = _LATIN.match(text, pos) if text[pos] in _LATIN_FIRST else None
    if latin is not None:
        found = _latin(latin, reference)
        return found, found.end if found is not None else pos
    expression = reader.expression(pos)
    if expression is None:
        return None, pos
    spec, start, end = expression
    if text[start].isdigit():
        article = _DETACHED_ARTICLE.search(text, max(0, start - 4), start)
        if article is not None:
            start = article.start()  # «الـ 13 من آذار» folds to «ال 13 من آذار»
    try:
        date = resolve(spec, reference, strict=strict, prefer=prefer, parts=parts)
    except OutOfCalendarError:
        raise _OutOfCalendarAtError(start) from None
    if date is None:
        return None, end  # «31 شباط 2018» names no day, and no part of it is a date
    return DateSpan(_range_opener(reader, start, spec), end, date), end


def _range_opener(reader: DateReader, start: int, spec: DateSpec) -> int:
    """Take in «بين»/«من» before a range: «بين 10 و15 آذار»."""
    if spec.until is None:
        return start
    before = reader.text[max(0, start - 8) : start]
    for word in date_lexicon().range_openers:
        stripped = before.rstrip()
        if stripped.endswith(word) and (
            len(stripped) == len(word) or not stripped[-len(word) - 1].isalpha()
        ):
            return start - (len(before) - len(stripped)) - len(word)
    return start


def _latin(found: re.Match[str], reference: datetime.date | None) -> DateSpan | None:
    """«April 28, 2018», «4th, November 2023»: dateutil reads dates in Latin script."""
    from dateutil import parser as dateutil_parser  # noqa: PLC0415 - rare, and slow to import

    written = found[0]
    has_year = re.search(r"[0-9]{4}", written) is not None
    has_day = re.search(r"(?<![0-9])[0-9]{1,2}(?![0-9])", written) is not None
    default_year = reference.year if reference is not None else 2000
    try:
        parsed = dateutil_parser.parse(
            written.replace(",", " "), dayfirst=True, default=datetime.datetime(default_year, 1, 1)
        ).date()
    except (ValueError, OverflowError):
        return None
    if not has_year and reference is None:
        date = ParsedDate(start=None, end=None, precision=Precision.DAY, relative="month")
    elif has_day:
        date = ParsedDate(start=parsed, end=parsed, precision=Precision.DAY)
    else:
        date = ParsedDate(
            start=parsed.replace(day=1),
            end=month_end(parsed.year, parsed.month),
            precision=Precision.MONTH,
        )
    return DateSpan(found.start(), found.end(), date)


_DETACHED_ARTICLE = re.compile(rf"(?<![{LETTER}])ال[ \t]*\Z")


@functools.cache
def _twin_joint() -> re.Pattern[str]:
    """What stands between a date and its twin in the other calendar: «، الموافق لـ»."""
    words = alternation((phrase.split() for phrase in date_lexicon().twin_words), r"[ \t]*+")
    return re.compile(rf"[ \t،,(]*+(?:{words})[ \t]*+")


def _link_twins(text: str, found: list[DateSpan]) -> list[DateSpan]:
    """«… 1439 هـ الموافق 30 آذار 2018 م»: both dates are kept; say whether they agree."""
    linked = list(found)
    joint = _twin_joint()
    for index in range(len(found) - 1):
        first, second = found[index], found[index + 1]
        if not joint.fullmatch(text, first.end, second.start):
            continue
        calendars = {first.date.calendar, second.date.calendar}
        if calendars != {Calendar.HIJRI, Calendar.GREGORIAN}:
            continue
        if first.date.start is None or second.date.start is None:
            continue
        agree = _twins_agree(first.date, second.date)
        for position, item in ((index, first), (index + 1, second)):
            date = item.date
            confirmed = agree and date.precision is Precision.DAY
            tolerance = 0 if confirmed else date.tolerance_days
            combined = agree if date.agrees is None else (date.agrees and agree)
            linked[position] = item._replace(
                date=attrs.evolve(date, agrees=combined, tolerance_days=tolerance)
            )
    return linked


def _day(reference: datetime.date | None) -> datetime.date | None:
    """A ``datetime`` reference counts as its day: ``start``/``end`` stay dates."""
    if isinstance(reference, datetime.datetime):
        return reference.date()
    return reference


def _twins_agree(first: ParsedDate, second: ParsedDate) -> bool:
    """Whether a Hijri date and its Gregorian twin name the same day (or overlap).

    Months and years agree when their spans overlap.  A day off by local
    sighting does not agree; its ``tolerance_days`` says it may still be right.
    """
    if first.start is None or second.start is None or first.end is None or second.end is None:
        return False
    if first.precision is Precision.DAY and second.precision is Precision.DAY:
        return first.start == second.start
    return first.start <= second.end and second.start <= first.end


def find_dates(
    text: str | PreparedText,
    *,
    reference: datetime.date | None = None,
    prefer: str = PAST,
    parts: str = WHOLE,
) -> list[Match[ParsedDate]]:
    """Every date expression in ``text``, resolved against ``reference``.

    Never raises on a ``str`` (but a ``prefer`` or ``parts`` that is not one of its values
    is a ``ValueError``); spans index the original ``text``.  ``prefer`` ("past", the
    default, or "future") is the way a weekday alone («يوم الأحد»), a date or month without a
    year («15 آذار») or a holiday without a year goes from the reference; ``parts="narrow"``
    cuts «مطلع», «منتصف», «أواخر» a month into thirds and a year into quarters.

    Examples:
        >>> import datetime
        >>> [m.value.start for m in find_dates("قتل أمس", reference=datetime.date(2018, 3, 21))]
        [datetime.date(2018, 3, 20)]
    """
    prefer, parts = check_prefer(prefer), check_parts(parts)
    prepared = as_prepared(text)
    spans = scan_dates(prepared, _day(reference), prefer=prefer, parts=parts)
    return prepared.matches((d.start, d.end, d.date) for d in spans)


def parse_date(
    text: str,
    *,
    reference: datetime.date | None = None,
    prefer: str = PAST,
    parts: str = WHOLE,
) -> ParsedDate:
    """Read ``text`` as exactly one date expression (``prefer`` and ``parts`` as in find_dates).

    Raises :class:`~conflictparse.errors.DateParseError` (a ``ParseError``)
    with the position of the fault when the text is anything else, or when
    ``reference`` puts a relative date outside the years 1–9999.

    Examples:
        >>> parse_date("13 آذار 2018").start
        datetime.date(2018, 3, 13)
        >>> parse_date("آذار / مارس 2018").precision.value
        'month'
    """
    prefer, parts = check_prefer(prefer), check_parts(parts)
    prepared = prepare(text)
    normalized = prepared.normalized
    folded = normalized.text
    body_start = len(folded) - len(folded.lstrip())
    body_end = len(folded.rstrip())
    try:
        spans = scan_dates(prepared, _day(reference), strict=True, prefer=prefer, parts=parts)
    except _OutOfCalendarAtError as error:
        raise DateParseError(
            "the date falls outside the years 1 to 9999 against this reference",
            text,
            normalized.span(error.start, error.start)[0],
        ) from None
    if not spans:
        position = normalized.span(body_start, body_start)[0] if body_start < body_end else 0
        raise DateParseError("expected a date", text, position)
    first = spans[0]
    if first.start > body_start:
        raise DateParseError(
            "unexpected text before the date", text, normalized.span(body_start, body_start)[0]
        )
    if len(spans) > 1:
        raise DateParseError(
            "more than one date", text, normalized.span(spans[1].start, spans[1].end)[0]
        )
    if first.end < body_end:
        tail = folded[first.end : body_end]
        gap = len(tail) - len(tail.lstrip())
        raise DateParseError(
            "unexpected text after the date", text, normalized.span(first.end + gap, body_end)[0]
        )
    return first.date
