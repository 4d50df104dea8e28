"""The reading half of date parsing: what a date expression *says*.

:class:`DateReader` turns folded text at an anchor into a :class:`DateSpec` —
a day, a month name, a weekday, «أمس», «الماضي» — without deciding what it
means; :mod:`conflictparse.dates.resolver` does that.  Tokens and phrases are
cached per position, since the readers of the alternatives revisit them.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from typing import NamedTuple

import attrs

from conflictparse.model import Calendar
from conflictparse.quantities.grammar import Cursor, read_cardinal
from conflictparse.text.lexicon.dates import DateKind, DateLexicon, DateWord
from conflictparse.text.lexicon.numbers import number_lexicon
from conflictparse.text.tokens import LETTER

__all__ = ["AFTER_DAY", "DatePhrase", "DateReader", "DateSpec", "DateToken"]

_WINDOW = 160  # a date expression never runs longer than this, in folded characters

_TOKEN = re.compile(
    rf"[ \t]*+(?:(?P<num>[0-9]++)(?P<glue>[مه](?![{LETTER}0-9²]))?|(?P<word>[{LETTER}]++)"
    r"|(?P<sym>[/()\-.,،:~]))"
)
_WORDS = re.compile(rf"[{LETTER}]+")
_NUMERIC = re.compile(
    r"(?P<a>[0-9]{1,4}+)(?P<sep>[/.-])(?P<b>[0-9]{1,2}+)(?:(?P=sep)(?P<c>[0-9]{2,4}+))?"
    r"(?![0-9]|[/.-][0-9])"
)
_MONTH_YEAR = re.compile(r"(?P<month>[0-9]{1,2}+)[/-](?P<year>[0-9]{4}+)(?![0-9]|[/.-][0-9])")
_CLITICS = ("و", "ف", "ب", "ل")


class DateToken(NamedTuple):
    """A number, a word or a symbol of folded text."""

    kind: str  # "num", "word" or "sym"
    start: int
    end: int
    text: str
    glue: str  # a calendar letter glued to a number: «2024م», «1436ه»


class DatePhrase(NamedTuple):
    """A known phrase at a position, with the meanings that fit and its proclitic."""

    start: int
    end: int
    words: tuple[DateWord, ...]
    clitic: str

    def first(self, *kinds: DateKind) -> DateWord | None:
        """Its first meaning of one of ``kinds``."""
        return next((word for word in self.words if word.kind in kinds), None)


@attrs.define(slots=True)
class DateSpec:
    """What a date expression says, before it is resolved."""

    calendar: Calendar = Calendar.GREGORIAN
    year: int | None = None
    year_calendar: Calendar | None = None  # «رمضان 2019»: a Hijri month in a Gregorian year
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    weekday_modifier: str | None = None
    relative_day: int | None = None
    month_modifier: str | None = None
    year_shift: int | None = None  # «آذار من العام الماضي»: the reference's year moved by this
    period: str | None = None  # week, month or year, with ``period_modifier``
    period_modifier: str | None = None
    part: str | None = None
    hours: int | None = None  # «خلال الـ 24 ساعة الماضية»
    days_ago: int | None = None
    holiday: str | None = None
    holiday_offset: int = 0
    until: DateSpec | None = None  # the end of a range
    explicit: bool = False  # a day, month or year is written out


_SHIFTS = {"this": 0, "last": -1, "next": 1}
#: What may follow the day of a date: «13 آذار», «13 من», «13 الى 15», «13 و15», «2024 م».
AFTER_DAY = frozenset(
    {
        DateKind.GREGORIAN_MONTH,
        DateKind.HIJRI_MONTH,
        DateKind.MONTH,
        DateKind.OF,
        DateKind.TO,
        DateKind.AND,
        DateKind.PERIOD,
        DateKind.MODIFIER,
        DateKind.YEAR_SUFFIX,
    }
)
_Read = Callable[[int], "tuple[DateSpec, int, int] | None"]
_DAY_STARTS = frozenset(
    {
        DateKind.NIGHT,
        DateKind.DAY,
        DateKind.RELATIVE_DAY,
        DateKind.WEEKDAY,
        DateKind.ORDINAL_UNIT,
        DateKind.ORDINAL_TENS,
        DateKind.MONTH,
        DateKind.GREGORIAN_MONTH,
        DateKind.HIJRI_MONTH,
        DateKind.PART,
        DateKind.YEAR_MARKER,
        DateKind.PERIOD,
    }
)


class DateReader:
    """Reads date expressions from folded text."""

    def __init__(self, text: str, lexicon: DateLexicon) -> None:
        self.text = text
        self.lexicon = lexicon
        self._tokens: dict[int, DateToken | None] = {}
        self.numbers = Cursor(text, number_lexicon())  # for days and years in words
        # Which readers can start with a phrase of which kinds.
        self._readers: tuple[tuple[_Read, frozenset[DateKind]], ...] = (
            (self.relative_or_day, _DAY_STARTS),
            (self.period_words, frozenset({DateKind.PART, DateKind.MODIFIER, DateKind.PERIOD})),
            (self.holiday, frozenset({DateKind.HOLIDAY, DateKind.HOLIDAY_DAY, DateKind.EVE})),
            (self.hours, frozenset({DateKind.WITHIN})),
            (self.ago, frozenset({DateKind.AGO})),
        )
        self._phrases: dict[int, list[DatePhrase]] = {}

    # -- tokens and phrases --------------------------------------------------------

    def token(self, pos: int) -> DateToken | None:
        """The token at ``pos`` after spaces and tabs; None at a line end."""
        if pos in self._tokens:
            return self._tokens[pos]
        found = _TOKEN.match(self.text, pos, pos + _WINDOW)
        token = None
        if found is not None:
            kind = found.lastgroup if found.lastgroup != "glue" else "num"
            if kind is not None:
                start = found.start(kind)
                token = DateToken(kind, start, found.end(), found[kind], found["glue"] or "")
        self._tokens[pos] = token
        return token

    def phrase(self, pos: int, *kinds: DateKind) -> DatePhrase | None:
        """The longest known phrase at ``pos`` (one proclitic allowed) with one of ``kinds``."""
        for candidate in self._candidates(pos):
            chosen = tuple(word for word in candidate.words if not kinds or word.kind in kinds)
            if chosen:
                return (
                    candidate
                    if len(chosen) == len(candidate.words)
                    else candidate._replace(words=chosen)
                )
        return None

    def _candidates(self, pos: int) -> list[DatePhrase]:
        """Every known phrase at ``pos``, longest first (cached: parsers revisit positions)."""
        cached = self._phrases.get(pos)
        if cached is not None:
            return cached
        first = self.token(pos)
        known = self.lexicon.first_words
        if (
            first is None
            or first.kind != "word"
            or not (first.text in known or (first.text[:1] in _CLITICS and first.text[1:] in known))
        ):
            self._phrases[pos] = []
            return self._phrases[pos]
        phrases = self.lexicon.phrases
        prefixes = self.lexicon.prefixes
        found: list[tuple[int, int, DatePhrase]] = []
        for order, clitic in enumerate(("", *_CLITICS)):
            if clitic and not first.text.startswith(clitic):
                continue
            words: tuple[str, ...] = (first.text[len(clitic) :],)
            token: DateToken | None = first
            while token is not None and words in prefixes:
                meanings = phrases.get(" ".join(words))
                if meanings is not None:
                    phrase = DatePhrase(first.start + len(clitic), token.end, meanings, clitic)
                    found.append((-len(words), order, phrase))
                token = self.token(token.end)
                if token is None or token.kind != "word":
                    break
                words = (*words, token.text)
        found.sort(key=lambda item: item[:2])
        self._phrases[pos] = [phrase for _, _, phrase in found]
        return self._phrases[pos]

    def skip(self, pos: int, *kinds: DateKind) -> int:
        """After an optional phrase of ``kinds``: «من» in «الـ 13 من آذار»."""
        found = self.phrase(pos, *kinds)
        return found.end if found is not None else pos

    # -- parts of a date ----------------------------------------------------------

    def day(self, pos: int) -> tuple[int, int, int] | None:
        """A day of the month: «13», «الـ 13», «السابع», «الحادي والعشرين» → (day, start, end)."""
        token = self.token(pos)
        if token is None:
            return None
        if token.kind == "word" and token.text == "ال":  # «الـ 13» folds to «ال 13»
            number = self.token(token.end)
            if number is not None and number.kind == "num" and not number.glue:
                value = int(number.text)
                return (value, token.start, number.end) if 1 <= value <= 31 else None
            return None
        if token.kind == "num":
            value = int(token.text) if len(token.text) <= 2 else 0
            return (value, token.start, token.end) if 1 <= value <= 31 and not token.glue else None
        unit = self.phrase(pos, DateKind.ORDINAL_UNIT, DateKind.ORDINAL_TENS)
        if unit is None or self._after_fraction(unit.start):
            return None
        word = unit.words[0]
        if word.kind is DateKind.ORDINAL_TENS:
            return word.value, unit.start, unit.end
        value, end = word.value, unit.end
        teen = self.phrase(end, DateKind.ORDINAL_TEEN)
        if teen is not None and not teen.clitic:
            return value + 10, unit.start, teen.end
        tens = self.phrase(end, DateKind.ORDINAL_TENS)
        if tens is not None and tens.clitic == "و":
            return value + tens.words[0].value, unit.start, tens.end
        return value, unit.start, end

    def month(self, pos: int) -> tuple[Calendar, int, int, int, bool] | None:
        """A month name, alone or paired («آذار / مارس», «كانون الأول (ديسمبر)»).

        Returns (calendar, month, start, end, whether it stands on its own word).
        """
        lead = self.phrase(pos, DateKind.MONTH)
        name_pos = lead.end if lead is not None else pos
        name = self.phrase(name_pos, DateKind.GREGORIAN_MONTH, DateKind.HIJRI_MONTH)
        if name is None and lead is not None:
            return self._numbered_month(lead.start, lead.end)
        if name is None:
            period = self.phrase(pos, DateKind.PERIOD)
            if period is not None and not period.clitic and period.words[0].label == "month":
                return self._numbered_month(period.start, period.end, ordinal=True)
            return None
        if name.clitic and name.clitic not in ("ل", "ب"):
            return None
        word = name.words[0]
        is_hijri = (
            word.kind is DateKind.HIJRI_MONTH and name.first(DateKind.GREGORIAN_MONTH) is None
        )
        kind = Calendar.HIJRI if is_hijri else Calendar.GREGORIAN
        start = lead.start if lead is not None else name.start
        end = name.end
        confident = lead is not None or self.text[name.start : name.end] not in (
            self.lexicon.ambiguous_months
        )
        if kind is Calendar.GREGORIAN:
            paired = self._pair(end, word.value)
            if paired is not None:
                end, confident = paired, True
        return kind, word.value, start, end, confident

    def _numbered_month(
        self, start: int, pos: int, *, ordinal: bool = False
    ) -> tuple[Calendar, int, int, int, bool] | None:
        """«شهر 3», «شهر عشرة», «الشهر الثامن»: a Gregorian month by its number."""
        if ordinal:  # ordinals of days double as ordinals of months
            token = self.token(pos)
            is_word = token is not None and token.kind == "word" and token.text != "ال"
            day = self.day(pos) if is_word else None
            found = None if day is None else (day[0], day[2])
        else:
            token = self.token(pos)
            if token is not None and token.kind == "num" and not token.glue:
                found = (int(token.text), token.end) if len(token.text) <= 2 else None
            else:
                first = self.numbers.read(pos)
                cardinal = None if first is None else read_cardinal(self.numbers, first)
                found = None if cardinal is None else (int(cardinal.value), cardinal.end)
        if found is None or not 1 <= found[0] <= 12:
            return None
        return Calendar.GREGORIAN, found[0], start, found[1], True

    def _pair(self, pos: int, month: int) -> int | None:
        """The end of a second name for the same month: «/ مارس», «(ديسمبر)», « تشرين الأول»."""
        token = self.token(pos)
        closing = False
        cursor = pos
        if token is not None and token.kind == "sym" and token.text in "/(-":
            closing = token.text == "("
            cursor = token.end
        twin = self.phrase(cursor, DateKind.GREGORIAN_MONTH)
        if twin is None or twin.clitic or twin.words[0].value != month:
            return None
        first = self.text[max(0, pos - 12) : pos].split()
        if first and first[-1] == self.text[twin.start : twin.end]:
            return None
        end = twin.end
        if closing:
            close = self.token(end)
            if close is None or close.text != ")":
                return None
            end = close.end
        return end

    def year(
        self, pos: int, *, marked_only: bool = False
    ) -> tuple[int, Calendar | None, int] | None:
        """«2017», «من العام 2017», «، 2015», «1436 هـ», «٢٠٢٤م» → (year, calendar, end)."""
        cursor = pos
        token = self.token(cursor)
        if token is not None and token.kind == "sym" and token.text in ",،.":
            cursor = token.end
        cursor = self.skip(cursor, DateKind.OF)
        marker = self.phrase(cursor, DateKind.YEAR_MARKER)
        if marker is not None:
            cursor = marker.end
        elif marked_only:
            return None
        number = self.token(cursor)
        if number is not None and number.kind == "word":
            spelled = self.spelled_year(cursor)
            return None if spelled is None else (spelled[0], Calendar.GREGORIAN, spelled[1])
        if number is None or number.kind != "num" or not 3 <= len(number.text) <= 4:
            return None
        value = int(number.text)
        end = number.end
        suffix: Calendar | None = None
        if number.glue:
            suffix = Calendar.HIJRI if number.glue == "ه" else Calendar.GREGORIAN
        else:
            named = self.phrase(end, DateKind.YEAR_SUFFIX)
            if named is not None and self.text[named.end : named.end + 1] not in ("2", "²"):
                suffix = Calendar(named.words[0].label)  # not «م²», «م2»: square metres
                end = named.end
        if marker is None and suffix is None and not 1000 <= value <= 2100:
            return None
        if suffix is Calendar.GREGORIAN and not 1000 <= value <= 2100:
            return None  # «100 م»: a hundred metres, not the year 100
        return value, suffix, end

    def spelled_year(self, pos: int) -> tuple[int, int] | None:
        """A year in words: «ألفين», «ألف وتسعمائة وثمانية وسبعون» → (year, end)."""
        first = self.numbers.read(pos)
        if first is None or first.word is None:
            return None
        cardinal = read_cardinal(self.numbers, first)
        if cardinal is None or cardinal.value.denominator != 1:
            return None
        value = int(cardinal.value)
        return (value, cardinal.end) if 1900 <= value <= 2100 else None

    def relative_year(self, pos: int) -> tuple[int, int] | None:
        """«من العام الماضي», «العام المقبل» after a month → (years from the reference, end)."""
        period = self.phrase(self.skip(pos, DateKind.OF), DateKind.PERIOD)
        if period is None or period.clitic or period.words[0].label != "year":
            return None
        modifier = self.phrase(period.end, DateKind.MODIFIER)
        if modifier is None or modifier.clitic:
            return None
        shift = _SHIFTS[modifier.words[0].label]
        return shift, modifier.end

    def relative_month(self, pos: int) -> tuple[str, int] | None:
        """«من الشهر القادم», «هذا الشهر», «الشهر الجاري» after a day → (modifier, end)."""
        cursor = self.skip(pos, DateKind.OF)
        this = self.phrase(cursor, DateKind.MODIFIER)
        if this is not None and not this.clitic and this.words[0].label == "this":
            period = self.phrase(this.end, DateKind.PERIOD)
            if period is not None and not period.clitic and period.words[0].label == "month":
                return "this", period.end
            return None
        period = self.phrase(cursor, DateKind.PERIOD)
        if period is None or period.clitic or period.words[0].label != "month":
            return None
        modifier = self.phrase(period.end, DateKind.MODIFIER)
        if modifier is None or modifier.clitic:
            return None
        return modifier.words[0].label, modifier.end

    # -- whole expressions ---------------------------------------------------------

    def expression(self, pos: int) -> tuple[DateSpec, int, int] | None:
        """The longest date expression starting at ``pos``: (spec, start, end)."""
        best: tuple[DateSpec, int, int] | None = None
        token = self.token(pos)
        if token is None:
            return None
        if token.kind == "num":
            if not token.glue and not self._date_follows(token):
                return None  # most digit runs are counts: reject them cheaply
            readers: tuple[_Read, ...] = (self.relative_or_day,)
        else:
            first = self.phrase(pos)
            if first is None and token.text != "ال":
                return None
            kinds = {word.kind for word in first.words} if first is not None else set()
            readers = tuple(read for read, wanted in self._readers if kinds & wanted or not first)
        for read in readers:
            found = read(pos)
            if found is not None and (best is None or found[2] > best[2]):
                best = found
        return best

    def _date_follows(self, number: DateToken) -> bool:
        """Whether what follows a number can make it part of a date."""
        following = self.token(number.end)
        if following is None:
            return False
        if following.kind == "sym":
            return following.text in "/-.~"
        if following.kind == "num":
            return False
        phrase = self.phrase(number.end)
        return phrase is not None and any(word.kind in AFTER_DAY for word in phrase.words)

    def _not_today(self, relative: DatePhrase) -> bool:
        """«اليوم نفسه», «اليوم الوطني»: «اليوم» that names no day relative to the reference."""
        following = self.token(relative.end)
        return following is not None and following.text in self.lexicon.not_a_day_after

    def _is_number(self, weekday: DatePhrase) -> bool:
        """«الأحد عشر»: the weekday's word begins a number."""
        following = self.token(weekday.end)
        return following is not None and following.text in self.lexicon.teen_tails

    def relative_or_day(self, pos: int) -> tuple[DateSpec, int, int] | None:
        """[ليلة|يوم] [أمس|اليوم] [weekday [modifier]] [،] [date] — or a date alone."""
        spec = DateSpec()
        start: int | None = None
        cursor = pos
        lead = self.phrase(cursor, DateKind.NIGHT, DateKind.DAY)
        if lead is not None and lead.clitic not in ("", "و"):
            lead = None
        if lead is not None:
            cursor = lead.end
        relative = self.phrase(cursor, DateKind.RELATIVE_DAY)
        if relative is not None and not self._not_today(relative):
            spec.relative_day = relative.words[0].value
            start, cursor = relative.start, relative.end
        weekday = self.phrase(cursor, DateKind.WEEKDAY)
        if weekday is not None and self._is_number(weekday):
            weekday = None  # «الأحد عشر قتيلا»: eleven, not Sunday
        if weekday is not None and (weekday.clitic in ("", "و") or start is None):
            spec.weekday = weekday.words[0].value
            start = weekday.start if start is None else start
            cursor = weekday.end
            modifier = self.phrase(cursor, DateKind.MODIFIER)
            if modifier is not None and not modifier.clitic:
                spec.weekday_modifier = modifier.words[0].label
                cursor = modifier.end
        if start is not None and lead is not None:
            start = lead.start  # «يوم الاثنين», «ليلة الأحد», «ويوم أمس»
        after = cursor
        if start is not None:
            comma = self.token(after)
            if comma is not None and comma.kind == "sym" and comma.text in ",،(":
                after = comma.end
            after = self.skip(after, DateKind.OF)
        core = self.core(after if start is not None else pos, spec)
        if core is not None:
            core_start, core_end = core
            return spec, start if start is not None else core_start, core_end
        if start is None:
            return None
        if spec.relative_day is None and spec.weekday is None:
            return None
        return spec, start, cursor

    def core(self, pos: int, spec: DateSpec) -> tuple[int, int] | None:
        """A written date: numeric, day + month [+ year], month [+ year], a marked year, a range."""
        numeric = self.numeric(pos, spec)
        if numeric is not None:
            return numeric
        day = self.day(pos)
        if day is not None:
            return self._day_first(day, spec)
        month = self.month(pos)
        if month is not None:
            return self._month_first(month, spec)
        part = self.phrase(pos, DateKind.PART)
        if part is not None and not part.clitic:
            return self._part(part, spec)
        year = self.year(pos, marked_only=True) or self._suffixed_year(pos)
        if year is not None:
            spec.year, spec.explicit = year[0], True
            if year[1] is Calendar.HIJRI or (year[1] is None and 1300 <= year[0] <= 1500):
                spec.calendar = Calendar.HIJRI  # «عام 1436»: no Gregorian year of the news
            return self._year_start(pos), year[2]
        return None

    def _suffixed_year(self, pos: int) -> tuple[int, Calendar | None, int] | None:
        """«٢٠٢٤م», «1436 هـ»: a year marked by its calendar's letter."""
        token = self.token(pos)
        if token is None or token.kind != "num":
            return None
        year = self.year(token.start)
        return year if year is not None and year[1] is not None else None

    def _year_start(self, pos: int) -> int:
        marker = self.phrase(pos, DateKind.YEAR_MARKER)
        return marker.start if marker is not None else pos

    def _day_first(self, day: tuple[int, int, int], spec: DateSpec) -> tuple[int, int] | None:
        value, start, end = day
        joint = self._range_joint(end, after_between=self._after_between(start))
        if joint is not None:  # «13 الى 15 تموز», «10-15 آذار», «بين 10 و15 آذار»
            second = self.day(joint)
            if second is not None and second[0] > value:
                month = self.month(self._of_month(second[2]))
                relative = self.relative_month(second[2]) if month is None else None
                if relative is not None:  # «من 4 إلى 22 هذا الشهر»
                    spec.day, spec.period, spec.period_modifier = value, "month", relative[0]
                    spec.until = DateSpec(
                        day=second[0], period="month", period_modifier=relative[0]
                    )
                    return start, relative[1]
                if month is not None:
                    until = DateSpec()
                    finish = self._month_rest(month, until, second[0])
                    spec.calendar, spec.month, spec.day = until.calendar, until.month, value
                    spec.year, spec.month_modifier, spec.explicit = (
                        until.year,
                        until.month_modifier,
                        True,
                    )
                    spec.until = until
                    return start, finish
        month = self.month(self._of_month(self._dot(end)))
        if month is None:
            relative = self.relative_month(end)
            if relative is None:
                return None
            spec.day, spec.period, spec.period_modifier = value, "month", relative[0]
            return start, relative[1]  # «الـ 13 من الشهر الجاري»
        finish = self._month_rest(month, spec, value)
        range_end = self._range_to_date(finish, spec)
        return start, range_end if range_end is not None else finish

    def _month_first(
        self, month: tuple[Calendar, int, int, int, bool], spec: DateSpec
    ) -> tuple[int, int] | None:
        start = month[2]
        day_after = self._day_after_month(month, spec)
        if day_after is not None:
            return start, day_after
        finish = self._month_rest(month, spec, None)
        if not month[4] and spec.year is None and spec.month_modifier is None:
            return None  # «مارس» alone may be a verb; «آب» alone may be «father»
        joint = self._range_joint(finish)
        if joint is not None and spec.year is None:  # «آذار - نيسان 2018»
            second = self.month(joint)
            if second is not None and second[0] is month[0] and second[1] > month[1]:
                until = DateSpec()
                end = self._month_rest(second, until, None)
                spec.year = spec.year or until.year
                spec.until = until
                return start, end
        return start, finish

    def _day_after_month(
        self, month: tuple[Calendar, int, int, int, bool], spec: DateSpec
    ) -> int | None:
        """Month first: «يوليو 13-15», «يناير الثاني والعشرين، 2018», «سبتمبر10»."""
        day = self.day(month[3])
        if day is None:
            return None
        value, _, end = day
        joint = self._range_joint(end)
        second = self.day(joint) if joint is not None else None
        if second is not None and second[0] > value:
            spec.calendar, spec.month, spec.day, spec.explicit = month[0], month[1], value, True
            spec.until = DateSpec(calendar=month[0], month=month[1], day=second[0], explicit=True)
            end = second[2]
        year = self.year(end)
        if year is None and spec.until is None:
            following = self.token(end)
            if following is not None and following.kind == "word":
                return None  # «آذار 13 قتيلا»: a count after the month, not its day
        spec.calendar, spec.month, spec.day, spec.explicit = month[0], month[1], value, True
        if year is not None:
            spec.year, end = year[0], year[2]
        return end

    def _month_rest(
        self, month: tuple[Calendar, int, int, int, bool], spec: DateSpec, day: int | None
    ) -> int:
        """Fill ``spec`` from a month name, the day before it, a modifier and a year."""
        kind, number, _, end, _ = month
        spec.calendar, spec.month, spec.day, spec.explicit = kind, number, day, True
        modifier = self.phrase(end, DateKind.MODIFIER)
        if (
            modifier is not None
            and not modifier.clitic
            and self.text[modifier.start : modifier.end] not in ("هذا", "هذه")
        ):
            spec.month_modifier = modifier.words[0].label
            end = modifier.end
        shifted = self.relative_year(end) if spec.month_modifier is None else None
        if shifted is not None:
            spec.year_shift, end = shifted  # «آذار من العام الماضي»
            return end
        year = self.year(self._dot(end))
        if year is not None:
            value, suffix, end = year
            spec.year = value
            if kind is Calendar.HIJRI and (suffix is Calendar.GREGORIAN or value > 1600):
                spec.year_calendar = Calendar.GREGORIAN
            elif kind is Calendar.GREGORIAN and suffix is Calendar.HIJRI:
                spec.year_calendar = Calendar.HIJRI
        return end

    def _part(self, part: DatePhrase, spec: DateSpec) -> tuple[int, int] | None:
        """«أواخر أبريل 2024», «منتصف فيفري», «أواخر عام 2014», «مطلع العام الجاري»."""
        spec.part = part.words[0].label
        month = self.month(part.end)
        if month is not None:
            end = self._month_rest((*month[:4], True), spec, None)
            return part.start, end
        year = self.year(part.end, marked_only=True)
        if year is not None:
            spec.year, spec.explicit = year[0], True
            if year[1] is Calendar.HIJRI:
                spec.calendar = Calendar.HIJRI
            return part.start, year[2]
        period = self.phrase(part.end, DateKind.PERIOD)
        if period is not None and period.words[0].label != "week":
            spec.period = period.words[0].label
            end = period.end
            modifier = self.phrase(end, DateKind.MODIFIER)
            spec.period_modifier = "this"
            if modifier is not None and not modifier.clitic:
                spec.period_modifier = modifier.words[0].label
                end = modifier.end
            return part.start, end
        return None

    def _of_month(self, pos: int) -> int:
        """After the «من» of «الـ 13 من آذار» («في» after a count is not a day's «of»)."""
        of = self.phrase(pos, DateKind.OF)
        return of.end if of is not None and self.text[of.start : of.end] == "من" else pos

    def _dot(self, pos: int) -> int:
        """After a «.» written between the parts of a date: «16. نوفمبر. 2016»."""
        token = self.token(pos)
        return token.end if token is not None and token.text == "." else pos

    def _range_joint(self, pos: int, *, after_between: bool = False) -> int | None:
        """After «-», «إلى», «حتى» — or «و» when «بين» opened the range."""
        token = self.token(pos)
        if token is not None and token.kind == "sym" and token.text in "-~":
            return token.end
        kinds = (DateKind.TO, DateKind.AND) if after_between else (DateKind.TO,)
        joint = self.phrase(pos, *kinds)
        if joint is None and after_between and token is not None and token.text == "و":
            return token.end  # «و15»: the «و» stands alone before the digits
        return joint.end if joint is not None else None

    def _after_fraction(self, pos: int) -> bool:
        """«النصف الأول», «الربع الثالث»: an ordinal of a fraction, not a day."""
        before = self.text[max(0, pos - 8) : pos].split()
        return bool(before) and before[-1] in self.lexicon.fraction_words

    def _after_between(self, pos: int) -> bool:
        """Whether «بين» or «ما بين» stands right before ``pos``."""
        before = self.text[max(0, pos - 8) : pos].split()
        return bool(before) and before[-1] in self.lexicon.between

    def _range_to_date(self, pos: int, spec: DateSpec) -> int | None:
        """«من 13 تموز الى 15 تموز»: the second date of a range after the first."""
        joint = self._range_joint(pos)
        if joint is None:
            return None
        until = DateSpec()
        day = self.day(joint)
        if day is None:
            return None
        month = self.month(self._of_month(day[2]))
        if month is None:
            return None
        end = self._month_rest(month, until, day[0])
        if spec.year is None and until.year is not None:
            spec.year, spec.year_calendar = (
                until.year,
                until.year_calendar,
            )  # «من 28 شباط إلى 3 آذار 2018»
        spec.until = until
        return end

    def numeric(self, pos: int, spec: DateSpec) -> tuple[int, int] | None:
        """«13/3/2018», «2018-03-13», «٢٠٢٢/٣/١٣», «3/2015», «22/04»."""
        token = self.token(pos)
        if token is None or token.kind != "num":
            return None
        pos = token.start
        month_year = _MONTH_YEAR.match(self.text, pos, pos + 16)
        if month_year is not None:
            month, year = int(month_year["month"]), int(month_year["year"])
            if 1 <= month <= 12 and 1900 <= year <= 2100:
                spec.year, spec.month, spec.explicit = year, month, True
                return pos, month_year.end()
        found = _NUMERIC.match(self.text, pos, pos + 16)
        if found is None:
            return None
        a, b, c = found["a"], found["b"], found["c"]
        end = found.end()
        if c is None:
            first, second = int(a), int(b)
            slash_or_dash = found["sep"] in "/-"
            if slash_or_dash and len(a) == 4 and 1900 <= first <= 2100 and 1 <= second <= 12:
                spec.year, spec.month = first, second  # «2015/3»
            elif slash_or_dash and len(a) <= 2 and len(b) == 4:
                return None  # «3/2015»: _NUMERIC stops at two digits; see _month_year
            elif len(a) <= 2 and found["sep"] == "/" and 1 <= first <= 31 and 1 <= second <= 31:
                if first > 12 and second <= 12:
                    spec.day, spec.month = first, second
                elif second > 12 and first <= 12:
                    spec.day, spec.month = second, first
                else:
                    return None  # «3/4» is a fraction as much as a date
            else:
                return None
        else:
            values = _numeric_date(a, b, c)
            if values is None:
                return None
            spec.year, spec.month, spec.day = values
            if len(c) == 2 and not _is_valid_gregorian(*values):
                spec.year = 1400 + int(c)  # «30-02-33»: no such Gregorian day; a Hijri one
        spec.explicit = True
        glued = self.text[end : end + 1]
        if glued in ("م", "ه") and not self.text[end + 1 : end + 2].isalpha():
            end += 1  # «13/3/2018م»
            if glued == "ه":
                spec.calendar = Calendar.HIJRI
        suffix = self.phrase(end, DateKind.YEAR_SUFFIX)
        if (suffix is not None and suffix.words[0].label == "hijri") or (
            spec.year is not None and 1300 <= spec.year <= 1500
        ):
            spec.calendar = Calendar.HIJRI
            end = suffix.end if suffix is not None else end
        return pos, end

    # -- relative periods, holidays, spans of hours, days ago -----------------------

    def period_words(self, pos: int) -> tuple[DateSpec, int, int] | None:
        """«الشهر الماضي», «العام الجاري», «هذا الأسبوع», «منتصف العام»."""
        spec = DateSpec()
        part = self.phrase(pos, DateKind.PART)
        if part is not None and not part.clitic:
            found = self._part(part, spec)
            return None if found is None else (spec, found[0], found[1])
        lead = self.phrase(pos, DateKind.MODIFIER)
        cursor = pos
        if lead is not None and lead.words[0].label == "this" and not lead.clitic:
            cursor = lead.end
        period = self.phrase(cursor, DateKind.PERIOD)
        if period is None or (period.clitic and period.clitic != "ل"):
            return None
        spec.period = period.words[0].label
        end = period.end
        modifier = self.phrase(end, DateKind.MODIFIER)
        if modifier is not None and not modifier.clitic:
            spec.period_modifier = modifier.words[0].label
            end = modifier.end
        elif cursor != pos:
            spec.period_modifier = "this"
        else:
            return None
        start = pos if cursor != pos else period.start
        return spec, start, end

    def holiday(self, pos: int) -> tuple[DateSpec, int, int] | None:
        """«عيد الفطر», «ثاني أيام عيد الفطر», «عشية عيد الأضحى», «يوم عرفة» [year]."""
        spec = DateSpec()
        lead = self.phrase(pos, DateKind.HOLIDAY_DAY, DateKind.EVE)
        cursor = pos
        if lead is not None:
            word = lead.words[0]
            spec.holiday_offset = -1 if word.kind is DateKind.EVE else word.value - 1
            cursor = lead.end
        name = self.phrase(cursor, DateKind.HOLIDAY)
        if name is None:
            name = self.phrase(pos, DateKind.HOLIDAY)
            if name is None:
                return None
            spec.holiday_offset = 0
            lead = None
        spec.holiday = name.words[0].label
        spec.calendar = Calendar.HIJRI if spec.holiday.startswith("hijri") else Calendar.GREGORIAN
        end = name.end
        year = self.year(end)
        if year is not None:
            spec.year, end = year[0], year[2]
            if spec.calendar is Calendar.HIJRI and (
                year[1] is Calendar.GREGORIAN or year[0] > 1600
            ):
                spec.year_calendar = Calendar.GREGORIAN
        start = lead.start if lead is not None else name.start
        return spec, start, end

    def hours(self, pos: int) -> tuple[DateSpec, int, int] | None:
        """«خلال الـ 24 ساعة الماضية», «خلال الساعات الـ 48 الفائتة»."""
        within = self.phrase(pos, DateKind.WITHIN)
        if within is None:
            return None
        cursor = within.end
        unit_first = self.phrase(cursor, DateKind.HOURS)
        if unit_first is not None:
            cursor = unit_first.end
        token = self.token(cursor)
        if token is not None and token.kind == "word" and token.text == "ال":
            cursor = token.end
            token = self.token(cursor)
        if token is None or token.kind != "num" or token.glue:
            return None
        hours = int(token.text) if len(token.text) <= 3 else 0
        cursor = token.end
        if unit_first is None:
            unit = self.phrase(cursor, DateKind.HOURS)
            if unit is None:
                return None
            cursor = unit.end
        modifier = self.phrase(cursor, DateKind.MODIFIER)
        if modifier is None or modifier.words[0].label != "last" or not 0 < hours <= 240:
            return None  # «خلال 24 ساعة» alone is a duration, not a date
        spec = DateSpec(hours=hours)
        return spec, within.start, modifier.end

    def ago(self, pos: int) -> tuple[DateSpec, int, int] | None:
        """«منذ 3 أيام», «قبل يومين», «منذ أسبوع»: a day counted back from the reference."""
        ago = self.phrase(pos, DateKind.AGO)
        if ago is None or ago.clitic:
            return None
        dual = self.phrase(ago.end, DateKind.DAY_DUAL, DateKind.WEEK_DUAL, DateKind.WEEK_UNIT)
        if dual is not None and not dual.clitic:
            kind = dual.words[0].kind
            days = {DateKind.DAY_DUAL: 2, DateKind.WEEK_DUAL: 14, DateKind.WEEK_UNIT: 7}[kind]
            return DateSpec(days_ago=days), ago.start, dual.end
        token = self.token(ago.end)
        if token is None or token.kind != "num" or token.glue or len(token.text) > 3:
            return None
        unit = self.phrase(token.end, DateKind.DAY_UNIT)
        if unit is None or unit.clitic:
            return None
        return DateSpec(days_ago=int(token.text)), ago.start, unit.end


def _numeric_date(a: str, b: str, c: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a three-part numeric date; day first unless only month first fits."""
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    elif len(c) == 4 or len(c) == 2:
        year = int(c) if len(c) == 4 else int(c) + (1900 if int(c) >= 50 else 2000)
        day, month = int(a), int(b)
        if month > 12 >= day:
            day, month = month, day  # «8/18/2021»: only month-first is valid
    else:
        return None
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    return year, month, day


def _is_valid_gregorian(year: int, month: int, day: int) -> bool:
    return day <= calendar.monthrange(year, month)[1]
