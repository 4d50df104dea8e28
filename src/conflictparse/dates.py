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

import calendar
import datetime
import functools
import re
from typing import NamedTuple

import attrs
from dateutil import parser as dateutil_parser
from dateutil.easter import easter

from conflictparse.errors import DateParseError
from conflictparse.grammar import LETTER
from conflictparse.hijri import hijri_year_of, month_span, to_gregorian
from conflictparse.lexicon import DateKind, DateLexicon, DateWord, date_lexicon
from conflictparse.model import Calendar, Match, ParsedDate, Precision
from conflictparse.normalize import Normalized, normalize

__all__ = ["find_dates", "parse_date", "scan_dates"]

_WINDOW = 160  # a date expression never runs longer than this, in folded characters

_TOKEN = re.compile(
    rf"[ \t]*+(?:(?P<num>[0-9]++)(?P<glue>[مه](?![{LETTER}]))?|(?P<word>[{LETTER}]++)"
    r"|(?P<sym>[/()\-.,،:~]))"
)
_WORDS = re.compile(rf"[{LETTER}]+")
_NUMERIC = re.compile(
    r"(?P<a>[0-9]{1,4}+)(?P<sep>[/.-])(?P<b>[0-9]{1,2}+)(?:(?P=sep)(?P<c>[0-9]{2,4}+))?"
    r"(?![0-9]|[/.-][0-9])"
)
_MONTH_YEAR = re.compile(r"(?P<month>[0-9]{1,2}+)[/-](?P<year>[0-9]{4}+)(?![0-9]|[/.-][0-9])")
_LATIN_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_LATIN = re.compile(
    rf"(?i)(?<![A-Za-z])(?:(?:[0-9]{{1,2}}(?:st|nd|rd|th)?,?[ \t]+)?(?:{_LATIN_MONTHS})\.?"
    rf"(?:[ \t]+[0-9]{{1,2}}(?:st|nd|rd|th)?)?,?[ \t]+[0-9]{{4}}"
    rf"|[0-9]{{1,2}}(?:st|nd|rd|th)?,?[ \t]+(?:{_LATIN_MONTHS})\.?)(?![A-Za-z0-9])"
)
_CLITICS = ("و", "ف", "ب", "ل")

_ONE_DAY = datetime.timedelta(days=1)


# --- what the text says -----------------------------------------------------------


class _Tok(NamedTuple):
    kind: str  # "num", "word" or "sym"
    start: int
    end: int
    text: str
    glue: str  # a calendar letter glued to a number: «2024م», «1436ه»


class _Phrase(NamedTuple):
    start: int
    end: int
    words: tuple[DateWord, ...]
    clitic: str

    def first(self, *kinds: DateKind) -> DateWord | None:
        return next((word for word in self.words if word.kind in kinds), None)


@attrs.define(slots=True)
class _Spec:
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
    period: str | None = None  # week, month or year, with ``period_modifier``
    period_modifier: str | None = None
    part: str | None = None
    hours: int | None = None  # «خلال الـ 24 ساعة الماضية»
    days_ago: int | None = None
    holiday: str | None = None
    holiday_offset: int = 0
    until: _Spec | None = None  # the end of a range
    explicit: bool = False  # a day, month or year is written out


class _Reader:
    """Reads date expressions from folded text."""

    def __init__(self, text: str, lexicon: DateLexicon) -> None:
        self.text = text
        self.lexicon = lexicon

    # -- tokens and phrases --------------------------------------------------------

    def token(self, pos: int) -> _Tok | None:
        found = _TOKEN.match(self.text, pos, pos + _WINDOW)
        if found is None:
            return None
        for kind in ("num", "word", "sym"):
            if found[kind] is not None:
                return _Tok(kind, found.start(kind), found.end(), found[kind], found["glue"] or "")
        return None  # pragma: no cover - the pattern has no other branch

    def phrase(self, pos: int, *kinds: DateKind) -> _Phrase | None:
        """The longest known phrase at ``pos`` (one proclitic allowed) with one of ``kinds``."""
        words: list[_Tok] = []
        cursor = pos
        while len(words) < self.lexicon.longest:
            token = self.token(cursor)
            if token is None or token.kind != "word":
                break
            words.append(token)
            cursor = token.end
        for count in range(len(words), 0, -1):
            texts = [token.text for token in words[:count]]
            for clitic in ("", *_CLITICS):
                if clitic and not texts[0].startswith(clitic):
                    continue
                key = " ".join([texts[0][len(clitic) :], *texts[1:]])
                meanings = self.lexicon.phrases.get(key)
                if meanings is None:
                    continue
                chosen = tuple(word for word in meanings if not kinds or word.kind in kinds)
                if chosen:
                    start = words[0].start + len(clitic)
                    return _Phrase(start, words[count - 1].end, chosen, clitic)
        return None

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
        if unit is None:
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
        if name is None or (name.clitic and name.clitic != "ل"):
            return None
        word = name.words[0]
        is_hijri = word.kind is DateKind.HIJRI_MONTH and name.first(DateKind.GREGORIAN_MONTH) is None
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
        end = twin.end
        if closing:
            close = self.token(end)
            if close is None or close.text != ")":
                return None
            end = close.end
        return end

    def year(self, pos: int, *, marked_only: bool = False) -> tuple[int, Calendar | None, int] | None:
        """«2017», «من العام 2017», «، 2015», «1436 هـ», «٢٠٢٤م» → (year, calendar, end)."""
        cursor = pos
        token = self.token(cursor)
        if token is not None and token.kind == "sym" and token.text in ",،":
            cursor = token.end
        cursor = self.skip(cursor, DateKind.OF)
        marker = self.phrase(cursor, DateKind.YEAR_MARKER)
        if marker is not None:
            cursor = marker.end
        elif marked_only:
            return None
        number = self.token(cursor)
        if number is None or number.kind != "num" or not 3 <= len(number.text) <= 4:
            return None
        value = int(number.text)
        end = number.end
        suffix: Calendar | None = None
        if number.glue:
            suffix = Calendar.HIJRI if number.glue == "ه" else Calendar.GREGORIAN
        else:
            named = self.phrase(end, DateKind.YEAR_SUFFIX)
            if named is not None:
                suffix = Calendar(named.words[0].label)
                end = named.end
        if marker is None and suffix is None and not 1000 <= value <= 2100:
            return None
        return value, suffix, end

    # -- whole expressions ---------------------------------------------------------

    def expression(self, pos: int) -> tuple[_Spec, int, int] | None:
        """The longest date expression starting at ``pos``: (spec, start, end)."""
        best: tuple[_Spec, int, int] | None = None
        for read in (self.relative_or_day, self.period_words, self.holiday, self.hours, self.ago):
            found = read(pos)
            if found is not None and (best is None or found[2] > best[2]):
                best = found
        return best

    def relative_or_day(self, pos: int) -> tuple[_Spec, int, int] | None:
        """[ليلة|يوم] [أمس|اليوم] [weekday [modifier]] [،] [date] — or a date alone."""
        spec = _Spec()
        start: int | None = None
        cursor = pos
        lead = self.phrase(cursor, DateKind.NIGHT, DateKind.DAY)
        if lead is not None and not lead.clitic:
            cursor = lead.end
        relative = self.phrase(cursor, DateKind.RELATIVE_DAY)
        if relative is not None:
            spec.relative_day = relative.words[0].value
            start, cursor = relative.start, relative.end
        weekday = self.phrase(cursor, DateKind.WEEKDAY)
        if weekday is not None and (weekday.clitic in ("", "و") or start is None):
            spec.weekday = weekday.words[0].value
            start = weekday.start if start is None else start
            cursor = weekday.end
            modifier = self.phrase(cursor, DateKind.MODIFIER)
            if modifier is not None and not modifier.clitic:
                spec.weekday_modifier = modifier.words[0].label
                cursor = modifier.end
        if start is not None and lead is not None and not lead.clitic:
            start = lead.start  # «يوم الاثنين», «ليلة الأحد», «يوم أمس»
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

    def core(self, pos: int, spec: _Spec) -> tuple[int, int] | None:
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
        year = self.year(pos, marked_only=True)
        if year is not None:
            spec.year, spec.explicit = year[0], True
            if year[1] is Calendar.HIJRI:
                spec.calendar = Calendar.HIJRI
            return self._year_start(pos), year[2]
        return None

    def _year_start(self, pos: int) -> int:
        marker = self.phrase(pos, DateKind.YEAR_MARKER)
        return marker.start if marker is not None else pos

    def _day_first(self, day: tuple[int, int, int], spec: _Spec) -> tuple[int, int] | None:
        value, start, end = day
        joint = self._range_joint(end)
        if joint is not None:  # «13 الى 15 تموز», «10-15 آذار»
            second = self.day(joint)
            if second is not None and second[0] > value:
                after = self.skip(self.skip(second[2], DateKind.OF), DateKind.MONTH)
                month = self.month(after)
                if month is not None:
                    until = _Spec()
                    finish = self._month_rest(month, until, second[0])
                    spec.calendar, spec.month, spec.day = until.calendar, until.month, value
                    spec.year, spec.month_modifier, spec.explicit = until.year, until.month_modifier, True
                    spec.until = until
                    return start, finish
        month = self.month(self.skip(end, DateKind.OF))
        if month is None:
            return None
        finish = self._month_rest(month, spec, value)
        until = self._range_to_date(finish, spec)
        if until is not None:
            return start, until
        return start, finish

    def _month_first(self, month: tuple[Calendar, int, int, int, bool], spec: _Spec) -> tuple[int, int] | None:
        start = month[2]
        finish = self._month_rest(month, spec, None)
        if not month[4] and spec.year is None and spec.month_modifier is None:
            return None  # «مارس» alone may be a verb; «آب» alone may be «father»
        joint = self._range_joint(finish)
        if joint is not None and spec.year is None:  # «آذار - نيسان 2018»
            second = self.month(joint)
            if second is not None and second[0] is month[0] and second[1] > month[1]:
                until = _Spec()
                end = self._month_rest(second, until, None)
                spec.year = spec.year or until.year
                spec.until = until
                return start, end
        return start, finish

    def _month_rest(
        self, month: tuple[Calendar, int, int, int, bool], spec: _Spec, day: int | None
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
        year = self.year(end)
        if year is not None:
            value, suffix, end = year
            spec.year = value
            if kind is Calendar.HIJRI and (suffix is Calendar.GREGORIAN or value > 1600):
                spec.year_calendar = Calendar.GREGORIAN
            elif kind is Calendar.GREGORIAN and suffix is Calendar.HIJRI:
                spec.year_calendar = Calendar.HIJRI
        return end

    def _part(self, part: _Phrase, spec: _Spec) -> tuple[int, int] | None:
        """«أواخر أبريل 2024», «منتصف فيفري», «أواخر عام 2014», «مطلع العام الجاري»."""
        spec.part = part.words[0].label
        cursor = self.skip(part.end, DateKind.MONTH)
        month = self.month(cursor)
        if month is not None:
            end = self._month_rest(month[:4] + (True,), spec, None)
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

    def _range_joint(self, pos: int) -> int | None:
        token = self.token(pos)
        if token is not None and token.kind == "sym" and token.text in "-~":
            return token.end
        joint = self.phrase(pos, DateKind.TO)
        return joint.end if joint is not None else None

    def _range_to_date(self, pos: int, spec: _Spec) -> int | None:
        """«من 13 تموز الى 15 تموز»: the second date of a range after the first."""
        joint = self._range_joint(pos)
        if joint is None:
            return None
        until = _Spec()
        day = self.day(joint)
        if day is None:
            return None
        month = self.month(self.skip(day[2], DateKind.OF))
        if month is None:
            return None
        end = self._month_rest(month, until, day[0])
        spec.until = until
        return end

    def numeric(self, pos: int, spec: _Spec) -> tuple[int, int] | None:
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
        spec.explicit = True
        suffix = self.phrase(end, DateKind.YEAR_SUFFIX)
        if (suffix is not None and suffix.words[0].label == "hijri") or (
            spec.year is not None and 1300 <= spec.year <= 1500
        ):
            spec.calendar = Calendar.HIJRI
            end = suffix.end if suffix is not None else end
        return pos, end

    # -- relative periods, holidays, spans of hours, days ago -----------------------

    def period_words(self, pos: int) -> tuple[_Spec, int, int] | None:
        """«الشهر الماضي», «العام الجاري», «هذا الأسبوع», «منتصف العام»."""
        spec = _Spec()
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

    def holiday(self, pos: int) -> tuple[_Spec, int, int] | None:
        """«عيد الفطر», «ثاني أيام عيد الفطر», «عشية عيد الأضحى», «يوم عرفة» [year]."""
        spec = _Spec()
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
            if spec.calendar is Calendar.HIJRI and (year[1] is Calendar.GREGORIAN or year[0] > 1600):
                spec.year_calendar = Calendar.GREGORIAN
        start = lead.start if lead is not None else name.start
        return spec, start, end

    def hours(self, pos: int) -> tuple[_Spec, int, int] | None:
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
        spec = _Spec(hours=hours)
        return spec, within.start, modifier.end

    def ago(self, pos: int) -> tuple[_Spec, int, int] | None:
        """«منذ 3 أيام», «قبل يومين», «منذ أسبوع»: a day counted back from the reference."""
        ago = self.phrase(pos, DateKind.AGO)
        if ago is None or ago.clitic:
            return None
        dual = self.phrase(ago.end, DateKind.DAY_DUAL, DateKind.WEEK_DUAL, DateKind.WEEK_UNIT)
        if dual is not None and not dual.clitic:
            kind = dual.words[0].kind
            days = {DateKind.DAY_DUAL: 2, DateKind.WEEK_DUAL: 14, DateKind.WEEK_UNIT: 7}[kind]
            return _Spec(days_ago=days), ago.start, dual.end
        token = self.token(ago.end)
        if token is None or token.kind != "num" or token.glue or len(token.text) > 3:
            return None
        unit = self.phrase(token.end, DateKind.DAY_UNIT)
        if unit is None or unit.clitic:
            return None
        return _Spec(days_ago=int(token.text)), ago.start, unit.end


def _numeric_date(a: str, b: str, c: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a three-part numeric date; day first unless only month first fits."""
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    elif len(c) == 4 or len(c) == 2:
        year = int(c) if len(c) == 4 else 2000 + int(c)
        day, month = int(a), int(b)
        if month > 12 >= day:
            day, month = month, day  # «8/18/2021»: only month-first is valid
    else:
        return None
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    return year, month, day


# --- what the text means ----------------------------------------------------------


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _nearest_year(month: int, day: int | None, reference: datetime.date) -> int:
    """The year that puts a yearless date nearest the reference (ties go to the past)."""
    best = reference.year
    best_distance: int | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = datetime.date(year, month, day or 15)
        except ValueError:
            continue
        distance = abs((candidate - reference).days)
        if best_distance is None or distance < best_distance or (
            distance == best_distance and candidate < reference
        ):
            best, best_distance = year, distance
    return best


def _weekday_before(weekday: int, reference: datetime.date, modifier: str | None) -> datetime.date:
    """The most recent such weekday (the reference included), or the last/next one."""
    back = (reference.weekday() - weekday) % 7
    if modifier == "last" and back == 0:
        back = 7
    if modifier == "next":
        ahead = (weekday - reference.weekday()) % 7 or 7
        return reference + datetime.timedelta(days=ahead)
    return reference - datetime.timedelta(days=back)


class _Resolved(NamedTuple):
    start: datetime.date | None
    end: datetime.date | None
    precision: Precision
    relative: str | None = None
    tolerance: int = 0
    hijri: tuple[int, int, int] | None = None


_UNRESOLVED = _Resolved(None, None, Precision.DAY)


def _resolve(spec: _Spec, reference: datetime.date | None) -> ParsedDate:
    resolved = _resolve_span(spec, reference)
    agrees = _check_cues(spec, resolved, reference)
    start, end, precision = resolved.start, resolved.end, resolved.precision
    if spec.until is not None and start is not None:
        until = _resolve_span(_inherit(spec.until, spec), reference)
        if until.end is not None and until.end >= start:
            end, precision = until.end, Precision.RANGE
    return ParsedDate(
        start,
        end,
        precision,
        spec.calendar,
        relative=resolved.relative,
        part=spec.part,
        tolerance_days=resolved.tolerance,
        agrees=agrees,
        hijri=resolved.hijri,
    )


def _inherit(until: _Spec, first: _Spec) -> _Spec:
    """The end of a range takes the year (and modifier) its start was written with."""
    if until.year is None and first.year is not None:
        return attrs.evolve(until, year=first.year, year_calendar=first.year_calendar)
    return until


def _resolve_span(spec: _Spec, reference: datetime.date | None) -> _Resolved:
    if spec.holiday is not None:
        return _resolve_holiday(spec, reference)
    if spec.month is not None or spec.year is not None:
        if spec.calendar is Calendar.HIJRI and spec.year_calendar is not Calendar.GREGORIAN:
            return _resolve_hijri(spec, reference)
        if spec.calendar is Calendar.HIJRI:
            return _resolve_hijri_in_gregorian_year(spec)
        return _resolve_gregorian(spec, reference)
    if spec.hours is not None:
        if reference is None:
            return _Resolved(None, None, Precision.RANGE, "last_hours")
        days = max(1, -(-spec.hours // 24))
        return _Resolved(reference - datetime.timedelta(days=days), reference, Precision.RANGE)
    if spec.days_ago is not None:
        if reference is None:
            return _Resolved(None, None, Precision.DAY, "days_ago")
        day = reference - datetime.timedelta(days=spec.days_ago)
        return _Resolved(day, day, Precision.DAY, "days_ago")
    if spec.period is not None:
        return _resolve_period(spec, reference)
    if spec.relative_day is not None:
        if reference is None:
            return _Resolved(None, None, Precision.DAY, _RELATIVE_NAMES.get(spec.relative_day))
        day = reference + datetime.timedelta(days=spec.relative_day)
        return _Resolved(day, day, Precision.DAY, _RELATIVE_NAMES.get(spec.relative_day))
    if spec.weekday is not None:
        if reference is None:
            return _Resolved(None, None, Precision.DAY, "weekday")
        day = _weekday_before(spec.weekday, reference, spec.weekday_modifier)
        return _Resolved(day, day, Precision.DAY, "weekday")
    return _UNRESOLVED


_RELATIVE_NAMES = {
    0: "today",
    -1: "yesterday",
    -2: "day_before_yesterday",
    1: "tomorrow",
    2: "day_after_tomorrow",
}


def _resolve_gregorian(spec: _Spec, reference: datetime.date | None) -> _Resolved:
    year = spec.year
    month = spec.month
    relative = None
    if year is None and month is not None:
        if reference is None:
            return _Resolved(None, None, Precision.DAY if spec.day else Precision.MONTH, "month")
        relative = "month"
        if spec.month_modifier == "this":
            year = reference.year
        elif spec.month_modifier == "last":
            year = reference.year if month < reference.month else reference.year - 1
        elif spec.month_modifier == "next":
            year = reference.year if month > reference.month else reference.year + 1
        else:
            year = _nearest_year(month, spec.day, reference)
    if year is None:  # pragma: no cover - callers pass a month or a year
        return _UNRESOLVED
    try:
        if month is None:
            return _Resolved(datetime.date(year, 1, 1), datetime.date(year, 12, 31), Precision.YEAR)
        if spec.day is None:
            return _Resolved(datetime.date(year, month, 1), _month_end(year, month), Precision.MONTH, relative)
        day = datetime.date(year, month, spec.day)
    except ValueError:
        return _UNRESOLVED
    return _Resolved(day, day, Precision.DAY, relative)


def _resolve_hijri(spec: _Spec, reference: datetime.date | None) -> _Resolved:
    year = spec.year
    relative = None
    if year is None:
        year = hijri_year_of(reference) if reference is not None else None
        relative = "hijri_year"
        if year is None:
            precision = Precision.DAY if spec.day else Precision.MONTH
            return _Resolved(None, None, precision, relative)
    if spec.month is None:
        first = to_gregorian(year, 1, 1)
        last = to_gregorian(year + 1, 1, 1)
        if first is None or last is None:
            return _UNRESOLVED
        return _Resolved(first, last - _ONE_DAY, Precision.YEAR, relative, hijri=(year, 0, 0))
    if spec.day is None:
        span = month_span(year, spec.month)
        if span is None:
            return _UNRESOLVED
        return _Resolved(span[0], span[1], Precision.MONTH, relative, hijri=(year, spec.month, 0))
    day = to_gregorian(year, spec.month, spec.day)
    if day is None:
        return _UNRESOLVED
    return _Resolved(day, day, Precision.DAY, relative, 1, (year, spec.month, spec.day))


def _resolve_hijri_in_gregorian_year(spec: _Spec) -> _Resolved:
    """«رمضان 2019»: the Hijri month whose first day falls in that Gregorian year."""
    if spec.year is None or spec.month is None:  # pragma: no cover - caller checked
        return _UNRESOLVED
    guess = hijri_year_of(datetime.date(spec.year, 7, 1))
    if guess is None:
        return _UNRESOLVED
    for year in (guess, guess + 1, guess - 1):
        span = month_span(year, spec.month)
        if span is not None and span[0].year == spec.year:
            hijri_spec = attrs.evolve(spec, year=year, year_calendar=None)
            return _resolve_hijri(hijri_spec, None)
    return _UNRESOLVED


def _resolve_holiday(spec: _Spec, reference: datetime.date | None) -> _Resolved:
    label = spec.holiday or ""
    if label == "easter" or label.startswith("gregorian"):
        year = spec.year or (reference.year if reference else None)
        if year is None:
            return _Resolved(None, None, Precision.DAY, "holiday")
        if label == "easter":
            day = easter(year)
        else:
            _, month, number = label.split(":")
            day = datetime.date(year, int(month), int(number))
        day += datetime.timedelta(days=spec.holiday_offset)
        return _Resolved(day, day, Precision.DAY)
    _, month_text, day_text = label.split(":")
    month, number = int(month_text), int(day_text)
    hijri_year: int | None = spec.year
    if spec.year is not None and spec.year_calendar is Calendar.GREGORIAN:
        hijri_year = _hijri_year_with(month, number, spec.year)
    elif hijri_year is None and reference is not None:
        hijri_year = hijri_year_of(reference)
    if hijri_year is None:
        return _Resolved(None, None, Precision.DAY, "holiday")
    day = to_gregorian(hijri_year, month, number)
    if day is None:
        return _UNRESOLVED
    day += datetime.timedelta(days=spec.holiday_offset)
    return _Resolved(day, day, Precision.DAY, None, 1, (hijri_year, month, number))


def _hijri_year_with(month: int, day: int, gregorian_year: int) -> int | None:
    guess = hijri_year_of(datetime.date(gregorian_year, 7, 1))
    if guess is None:
        return None
    for year in (guess, guess + 1, guess - 1):
        found = to_gregorian(year, month, day)
        if found is not None and found.year == gregorian_year:
            return year
    return None


def _resolve_period(spec: _Spec, reference: datetime.date | None) -> _Resolved:
    label = f"{spec.period_modifier}_{spec.period}"
    if reference is None:
        precision = {"week": Precision.RANGE, "month": Precision.MONTH}.get(spec.period or "", Precision.YEAR)
        return _Resolved(None, None, precision, label)
    shift = {"this": 0, "last": -1, "next": 1}.get(spec.period_modifier or "this", 0)
    if spec.period == "week":
        monday = reference - datetime.timedelta(days=reference.weekday()) + datetime.timedelta(weeks=shift)
        return _Resolved(monday, monday + datetime.timedelta(days=6), Precision.RANGE, label)
    if spec.period == "month":
        index = reference.year * 12 + reference.month - 1 + shift
        year, month = divmod(index, 12)
        return _Resolved(datetime.date(year, month + 1, 1), _month_end(year, month + 1), Precision.MONTH, label)
    year = reference.year + shift
    return _Resolved(datetime.date(year, 1, 1), datetime.date(year, 12, 31), Precision.YEAR, label)


def _check_cues(spec: _Spec, resolved: _Resolved, reference: datetime.date | None) -> bool | None:
    """Do a weekday or «أمس» agree with the date they stand beside?"""
    if resolved.start is None or resolved.precision is not Precision.DAY:
        return None
    checks: list[bool] = []
    if spec.weekday is not None and (spec.explicit or spec.relative_day is not None):
        tolerance = range(-resolved.tolerance, resolved.tolerance + 1)
        checks.append(
            any((resolved.start + datetime.timedelta(days=d)).weekday() == spec.weekday for d in tolerance)
        )
    if spec.relative_day is not None and spec.explicit and reference is not None:
        checks.append(resolved.start == reference + datetime.timedelta(days=spec.relative_day))
    return all(checks) if checks else None


# --- finding ---------------------------------------------------------------------


class DateSpan(NamedTuple):
    """A date found in folded text (offsets into the folded string)."""

    start: int
    end: int
    date: ParsedDate


@functools.lru_cache(maxsize=256)
def _anchor_pattern(words: frozenset[str]) -> re.Pattern[str]:
    alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    digits = r"(?<![0-9])[0-9]"
    if not words:
        return re.compile(digits)
    return re.compile(rf"{digits}|(?<![{LETTER}])(?:[وفبل])?(?:{alternation})(?![{LETTER}])")


@functools.cache
def _anchor_words() -> frozenset[str]:
    """First words of the phrases a date expression can start with."""
    starts = {
        DateKind.GREGORIAN_MONTH, DateKind.HIJRI_MONTH, DateKind.WEEKDAY, DateKind.RELATIVE_DAY,
        DateKind.PERIOD, DateKind.YEAR_MARKER, DateKind.PART, DateKind.ORDINAL_UNIT,
        DateKind.ORDINAL_TENS, DateKind.HOLIDAY, DateKind.HOLIDAY_DAY, DateKind.EVE,
        DateKind.DAY, DateKind.NIGHT, DateKind.MONTH, DateKind.WITHIN, DateKind.AGO,
    }
    words = set()
    for phrase, meanings in date_lexicon().phrases.items():
        if any(word.kind in starts for word in meanings):
            words.add(phrase.split()[0])
    words |= {"ال", "هذا", "هذه"}
    return frozenset(words)


def scan_dates(normalized: Normalized, reference: datetime.date | None) -> list[DateSpan]:
    """Every date expression in folded text, in order and without overlaps."""
    text = normalized.text
    reader = _Reader(text, date_lexicon())
    anchors = _anchor_words()
    present = frozenset(
        word for found in set(_WORDS.findall(text))
        for word in (found, found[1:]) if word in anchors
    )
    found: list[DateSpan] = []
    floor = 0
    starts = sorted(
        {match.start() for match in _anchor_pattern(present).finditer(text)}
        | {match.start() for match in _LATIN.finditer(text)}
    )
    for pos in starts:
        if pos < floor:
            continue
        item = _read_at(reader, pos, reference)
        if item is None:
            continue
        found.append(item)
        floor = item.end
    return _link_twins(text, found)


def _read_at(reader: _Reader, pos: int, reference: datetime.date | None) -> DateSpan | None:
    text = reader.text
    latin = _LATIN.match(text, pos)
    if latin is not None:
        return _latin(latin, reference)
    expression = reader.expression(pos)
    if expression is None:
        return None
    spec, start, end = expression
    start = _range_opener(reader, start, spec)
    return DateSpan(start, end, _resolve(spec, reference))


def _range_opener(reader: _Reader, start: int, spec: _Spec) -> int:
    """Take in «بين»/«من» before a range: «بين 10 و15 آذار»."""
    if spec.until is None:
        return start
    before = reader.text[max(0, start - 8) : start]
    for word in ("ما بين", "بين", "من"):
        stripped = before.rstrip()
        if stripped.endswith(word) and (len(stripped) == len(word) or not stripped[-len(word) - 1].isalpha()):
            return start - (len(before) - len(stripped)) - len(word)
    return start


def _latin(found: re.Match[str], reference: datetime.date | None) -> DateSpan | None:
    """«April 28, 2018», «4th, November 2023»: dateutil reads dates in Latin script."""
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
        date = ParsedDate(None, None, Precision.DAY, relative="month")
    elif has_day:
        date = ParsedDate(parsed, parsed, Precision.DAY)
    else:
        date = ParsedDate(parsed.replace(day=1), _month_end(parsed.year, parsed.month), Precision.MONTH)
    return DateSpan(found.start(), found.end(), date)


_TWIN = re.compile(r"[ \t،,(]*+(?:الموافق|الموافقه)(?:[ \t]*+ل)?[ \t]*+")


def _link_twins(text: str, found: list[DateSpan]) -> list[DateSpan]:
    """«… 1439 هـ الموافق 30 آذار 2018 م»: both dates are kept; say whether they agree."""
    linked = list(found)
    for index in range(len(found) - 1):
        first, second = found[index], found[index + 1]
        if not _TWIN.fullmatch(text, first.end, second.start):
            continue
        calendars = {first.date.calendar, second.date.calendar}
        if calendars != {Calendar.HIJRI, Calendar.GREGORIAN}:
            continue
        if first.date.start is None or second.date.start is None:
            continue
        agree = first.date.start == second.date.start and first.date.end == second.date.end
        for position, item in ((index, first), (index + 1, second)):
            date = item.date
            tolerance = 0 if agree else date.tolerance_days
            combined = agree if date.agrees is None else (date.agrees and agree)
            linked[position] = item._replace(
                date=attrs.evolve(date, agrees=combined, tolerance_days=tolerance)
            )
    return linked


def _matches(normalized: Normalized, spans: list[DateSpan]) -> list[Match[ParsedDate]]:
    original = normalized.original
    matches = []
    for span in spans:
        start, end = normalized.span(span.start, span.end)
        matches.append(Match(start, end, original[start:end], span.date))
    return matches


def find_dates(text: str, *, reference: datetime.date | None = None) -> list[Match[ParsedDate]]:
    """Every date expression in ``text``, resolved against ``reference``.

    Never raises on a ``str``; spans index the original ``text``.

    Examples:
        >>> import datetime
        >>> [m.value.start for m in find_dates("قتل أمس", reference=datetime.date(2018, 3, 21))]
        [datetime.date(2018, 3, 20)]
    """
    normalized = normalize(text)
    return _matches(normalized, scan_dates(normalized, reference))


def parse_date(text: str, *, reference: datetime.date | None = None) -> ParsedDate:
    """Read ``text`` as exactly one date expression.

    Raises :class:`~conflictparse.errors.DateParseError` (a ``ParseError``)
    with the position of the fault when the text is anything else.

    Examples:
        >>> parse_date("13 آذار 2018").start
        datetime.date(2018, 3, 13)
        >>> parse_date("آذار / مارس 2018").precision.value
        'month'
    """
    normalized = normalize(text)
    folded = normalized.text
    body_start = len(folded) - len(folded.lstrip())
    body_end = len(folded.rstrip())
    spans = scan_dates(normalized, reference)
    if not spans:
        position = normalized.span(body_start, body_start)[0] if body_start < body_end else 0
        raise DateParseError("expected a date", text, position)
    first = spans[0]
    if first.start > body_start:
        raise DateParseError("unexpected text before the date", text, normalized.span(body_start, body_start)[0])
    if len(spans) > 1:
        raise DateParseError("more than one date", text, normalized.span(spans[1].start, spans[1].end)[0])
    if first.end < body_end:
        tail = folded[first.end : body_end]
        gap = len(tail) - len(tail.lstrip())
        raise DateParseError("unexpected text after the date", text, normalized.span(first.end + gap, body_end)[0])
    return first.date
