"""The parts of a date — a day, a month, a year — and the :class:`DateSpec` they fill.

:class:`PartReader` reads each part at a position («13», «الحادي والعشرين», «آذار / مارس»,
«من العام 2017», «من الشهر القادم») and fills a spec from a month or a part of a period
(«أواخر أبريل 2024»); the readers of whole expressions put the parts together.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from conflictparse.dates.direction import SHIFTS
from conflictparse.dates.phrases import DatePhrase, PhraseReader
from conflictparse.model import Calendar
from conflictparse.quantities.grammar import after_a_day_word, read_cardinal
from conflictparse.text.lexicon.casualties import casualty_lexicon
from conflictparse.text.lexicon.dates import DateKind, date_lexicon
from conflictparse.text.normalize import fold
from conflictparse.text.tokens import listed, word_before

__all__ = ["DateSpec", "PartReader"]


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
    nth: int | None = None  # «الثلاثاء الثالث من أيلول»: the weekday's rank in the month (-1: last)
    relative_day: int | None = None
    month_modifier: str | None = None
    year_shift: int | None = None  # «آذار من العام الماضي»: the reference's year moved by this
    period: str | None = None  # week, month or year, with ``period_modifier``
    period_modifier: str | None = None
    part: str | None = None
    hours: int | None = None  # «خلال الـ 24 ساعة الماضية»
    hours_in_days: bool = False  # «خلال الأيام الثلاثة الماضية»: ``hours`` counted in days
    ahead: bool = False  # «اليومين المقبلين»: the ``hours`` after the reference, not before
    rest: bool = False  # «بقية العام»: the ``period`` from the reference to its end
    offset: tuple[int, int, int] | None = None  # «بعد عامين من الآن»: (years, months, days)
    days_ago: int | None = None
    anniversary: bool = False  # «في مثل هذا اليوم من عام 2015»: the reference's day that year
    holiday: str | None = None
    holiday_offset: int = 0
    until: DateSpec | None = None  # the end of a range
    explicit: bool = False  # a day, month or year is written out


_YEAR_DIGITS = 4
_FIRST_YEAR, _LAST_YEAR = 1900, 2100  # a bare year after a part word: «مطلع 2024»
_PREPOSITION_REACH = 8  # «ومنذ» and the spaces before a bare year
_YEAR_RUN = re.compile(r"[0-9](?<![0-9]{2})[0-9]{3}(?![0-9])")


def bare_year_anchors(text: str) -> Iterator[tuple[int, int]]:
    """Four digits after a preposition of time, which may be a year: «في 2019», «منذ 2015»."""
    for run in _YEAR_RUN.finditer(text):
        if _after_time_preposition(text, run.start()):
            yield run.start(), run.end()


def _after_time_preposition(text: str, pos: int) -> bool:
    """Whether «في», «منذ», «حتى» … (``bare_year_words``) stands right before ``pos``."""
    word = word_before(text, pos, _PREPOSITION_REACH)
    return word is not None and listed(word.text, date_lexicon().bare_year_words)


class PartReader(PhraseReader):
    """Reads the parts of a date: day, month, year, and the month or year relative to now."""

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
        after_comma = False
        if token is not None and token.kind == "sym" and token.text in ",،.":
            cursor, after_comma = token.end, True
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
        if after_comma and marker is None and suffix is None and self._counts_people(end):
            return None  # «منذ السابع من تموز الماضي، 2094 شهيدا»: a toll after the date
        if suffix is None and value > _LAST_YEAR:
            return None  # «بشكل عام3200 كم²»: a figure after «عام», no year
        if suffix is Calendar.GREGORIAN and not 1000 <= value <= 2100:
            return None  # «100 م»: a hundred metres, not the year 100
        return value, suffix, end

    def _counts_people(self, pos: int) -> bool:
        """Whether the word at ``pos`` is a noun of victims or of a toll: «شهيدا», «شخصا»."""
        word = self.token(pos)
        if word is None or word.kind != "word":
            return False
        lexicon = casualty_lexicon()
        folded = fold(word.text)
        return folded in lexicon.victims or (folded,) in lexicon.count_nouns

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
        shift = self.shift(period.end)
        return None if shift is None else (SHIFTS[shift[0]], shift[1])

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
            named = self.named_year(end)
            if named is not None:  # «أبريل من العام الماضي 2023»: the year it names wins
                spec.year, spec.year_shift, end = named[0], None, named[1]
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
        year = self.year(part.end, marked_only=True) or self._bare_year(part)
        if year is not None:
            spec.year, spec.explicit = year[0], True
            if year[1] is Calendar.HIJRI:
                spec.calendar = Calendar.HIJRI
            return part.start, year[2]
        period = self.phrase(part.end, DateKind.PERIOD)
        if period is not None and period.words[0].label != "week":
            spec.period = period.words[0].label
            end = period.end
            shift = self.shift(end)
            spec.period_modifier, end = shift if shift is not None else ("this", end)
            if spec.period == "year" and (named := self.named_year(end)) is not None:
                # «مطلع العام الجاري 2025»: the year it names
                spec.year, spec.explicit = named[0], True
                spec.period = spec.period_modifier = None
                return part.start, named[1]
            return part.start, end
        return None

    def _bare_year(self, part: DatePhrase) -> tuple[int, Calendar | None, int] | None:
        """«مطلع 2024»: a bare year after a part word (not «أول», «آخر», which also count)."""
        if self.text[part.start : part.end] not in self.lexicon.bare_year_parts:
            return None
        token = self.token(part.end)
        if token is None or token.kind != "num" or len(token.text) != _YEAR_DIGITS:
            return None
        year = self.year(token.start)
        return year if year is not None and _FIRST_YEAR <= year[0] <= _LAST_YEAR else None

    def _is_number(self, weekday: DatePhrase) -> bool:
        """«الأحد عشر»: the weekday's word begins a number (not after «يوم»: «يوم الأحد عشرة»)."""
        following = self.token(weekday.end)
        return (
            following is not None
            and following.text in self.lexicon.teen_tails
            and not after_a_day_word(self.text, weekday.start)
        )

    def year_after_word(self, pos: int) -> tuple[int, int] | None:
        """«في 2019», «منذ 2015»: a bare year after a preposition of time → (year, end).

        The preposition stays outside the span; a count before its noun is no year
        («في 2019 قتيلا»), nor a figure past the years of the news.
        """
        token = self.token(pos)
        if token is None or token.kind != "num" or len(token.text) != _YEAR_DIGITS or token.glue:
            return None
        if not _after_time_preposition(self.text, pos):
            return None
        year = self.year(pos)
        if year is None or year[1] is not None or not _FIRST_YEAR <= year[0] <= _LAST_YEAR:
            return None
        return None if self._counts_people(year[2]) else (year[0], year[2])

    def _of_month(self, pos: int) -> int:
        """After the «من» of «الـ 13 من آذار» («في» after a count is not a day's «of»)."""
        of = self.phrase(pos, DateKind.OF)
        return of.end if of is not None and self.text[of.start : of.end] == "من" else pos

    def named_year(self, pos: int) -> tuple[int, int] | None:
        """A year in digits right after a relative one, bare or in brackets: (year, end).

        «العام الماضي 2023.», «العام الماضي (٢٠٢٣م)», «منذ مطلع العام الجاري 2025 أصدرت»;
        not a count before its noun that is no year of the news («خلال العام الماضي 1500
        قتيل»).
        """
        opening = self.token(pos)
        bracketed = opening is not None and opening.text == "("
        token = self.token(opening.end if bracketed and opening is not None else pos)
        if token is None or token.kind != "num" or len(token.text) != _YEAR_DIGITS:
            return None
        year = self.year(token.start)
        if year is None or year[1] is Calendar.HIJRI:
            return None
        end = year[2]
        if bracketed:
            closing = self.token(end)
            if closing is None or closing.text != ")":
                return None
            end = closing.end
        elif (
            year[1] is None
            and (after := self.token(end)) is not None
            and after.kind == "word"
            and not _FIRST_YEAR <= year[0] <= _LAST_YEAR
        ):
            return None  # «خلال العام الماضي 1500 قتيل»: a count, not the year
        return year[0], end

    def _dot(self, pos: int) -> int:
        """After a «.», «/» or «-» between the parts of a date: «16. نوفمبر. 2016».

        Also «5 / رجب / 1445» and «17-نوفمبر-2020».
        """
        token = self.token(pos)
        return token.end if token is not None and token.text in (".", "/", "-") else pos

    def _after_fraction(self, pos: int) -> bool:
        """«النصف الأول», «الربع الثالث»: an ordinal of a fraction, not a day."""
        before = self.text[max(0, pos - 8) : pos].split()
        return bool(before) and before[-1] in self.lexicon.fraction_words
