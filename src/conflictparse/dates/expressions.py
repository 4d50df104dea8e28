"""Whole date expressions: a day with its weekday, a written date, a range of dates.

:class:`ExpressionReader` reads «[ليلة|يوم] [أمس|اليوم] [weekday [modifier]] [،] [date]»
(:meth:`~ExpressionReader.relative_or_day`), the written date at its core — numeric, day and
month, month and day, a marked year — and the ranges between two days or two months.
"""

from __future__ import annotations

import re

from conflictparse.dates.numeric import dateline_day, is_valid_gregorian, numeric_date, two_parts
from conflictparse.dates.parts import DateSpec
from conflictparse.dates.phrases import DatePhrase, DateToken
from conflictparse.dates.today import TodayReader
from conflictparse.model import Calendar
from conflictparse.text.lexicon.dates import DateKind

__all__ = ["ExpressionReader"]

_NUMERIC = re.compile(
    r"(?P<a>[0-9]{1,4}+)(?P<sp>[ \t]*+)(?P<sep>[/.-])(?P<sp2>[ \t]*+)(?P<b>[0-9]{1,2}+)"
    r"(?:(?P<sp3>[ \t]*+)(?P=sep)[ \t]*+(?P<c>[0-9]{1,4}+))?(?![0-9]|[/.-][0-9])"
)
#: What may follow the digits of a token that starts a numeric date: its separator, or
#: more digits (a token cut short by its window; the patterns then decide).
_SEPARATOR_OR_DIGIT = frozenset("/.-0123456789")
# Between a weekday and its date: «الأحد، 15 يونيو», «الأحد (15 يونيو)», «الأربعاء - 19 سبتمبر»,
# «السبت: 30 نوفمبر 2024»
_JOINS = frozenset(",،(/-–—:")
# Around the weekday after «اليوم» or «أمس», with what closes each: «اليوم (الجمعة)», «أمس
# /الاثنين/» (a wire's style)
#: What may stand between a relative day and its weekday, and what closes it: «اليوم
#: (الجمعة)», «اليوم، الخميس 5 من تشرين الثاني» (a comma needs no closing).
_BETWEEN_REACH = 24  # «بين يومي الأربعاء 12»: «يومي» and the weekday, with spaces
_WEEKDAY_OPENERS = {"(": ")", "/": "/", "،": "", ",": ""}
_MOST_WEEKS = 5  # a weekday comes at most five times in a month


def _spaced_date(separator: str, year: str | None) -> bool:
    """Whether a numeric date may have spaces around its separators.

    Around «/» in a full date («12 / 3 / 1440 هـ»); around «.» only with a four-digit year
    («12 . 06 . 2019»): a full stop and a figure after it are more often two sentences.
    """
    return year is not None and (separator == "/" or (separator == "." and len(year) == 4))


_DAYS_IN_WEEK = 7
_AGENCY_REACH = 16  # characters from a dateline's day and month to its agency's bracket end
_MONTH_YEAR = re.compile(r"(?P<month>[0-9]{1,2}+)[/-](?P<year>[0-9]{4}+)(?![0-9]|[/.-][0-9])")


class ExpressionReader(TodayReader):
    """Reads a day with its weekday, a written date and the ranges of dates."""

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
            anniversary = self._anniversary(relative)
            if anniversary is not None:
                return anniversary
            spec.relative_day = relative.words[0].value
            start, cursor = relative.start, relative.end
        weekday = self.phrase(cursor, DateKind.WEEKDAY)
        bracket = self.token(cursor) if start is not None and weekday is None else None
        if bracket is not None and bracket.text in _WEEKDAY_OPENERS:  # «اليوم (الجمعة)»
            weekday = self.phrase(bracket.end, DateKind.WEEKDAY)
        if weekday is not None and self._is_number(weekday):
            weekday = None  # «الأحد عشر قتيلا»: eleven, not Sunday
        if weekday is not None and (weekday.clitic in ("", "و") or start is None):
            spec.weekday = weekday.words[0].value
            start = weekday.start if start is None else start
            cursor = self._closed(self._weekday_tail(weekday, spec, lead), bracket)
        if start is not None and lead is not None:
            start = lead.start  # «يوم الاثنين», «ليلة الأحد», «ويوم أمس»
        if spec.until is not None and start is not None:
            return spec, start, cursor  # «يومي الخميس والجمعة»
        after, comma = cursor, None
        if start is not None:
            comma = self.token(after)
            if comma is not None and comma.kind == "sym" and comma.text in _JOINS:
                after = comma.end
            after = self.skip(after, DateKind.OF)
        core = self.core(after if start is not None else pos, spec)
        if core is not None:
            core_start, core_end = core
            end = self._closed(core_end, comma)  # «الأحد (15 يونيو 2014)»
            if start is None and spec.weekday is None and spec.day is not None:
                end = self._weekday_after(end, spec)  # «3/03/2021 الأربعاء»
            return spec, start if start is not None else core_start, end
        if start is None:
            return None
        if spec.relative_day is None and spec.weekday is None:
            return None
        return spec, start, cursor

    def _weekday_after(self, end: int, spec: DateSpec) -> int:
        """Past a weekday right after a full date that it names the day of: «3/3/2021 الأحد»."""
        weekday = self.phrase(end, DateKind.WEEKDAY)
        if weekday is None or weekday.clitic or self._is_number(weekday):
            return end
        spec.weekday = weekday.words[0].value
        return weekday.end

    def _closed(self, end: int, opening: DateToken | None) -> int:
        """Past the «)» or «/» that closes a «(» or «/» opened inside the date, if it follows."""
        if opening is None or opening.text not in _WEEKDAY_OPENERS:
            return end
        closing = self.token(end)
        wanted = _WEEKDAY_OPENERS[opening.text]
        return closing.end if closing is not None and closing.text == wanted else end

    def _weekday_tail(self, weekday: DatePhrase, spec: DateSpec, lead: DatePhrase | None) -> int:
        """After a weekday: «الماضي», «من الأسبوع المقبل», or a second weekday that ends a range.

        «يومي الخميس والجمعة», «بين الأربعاء والجمعة», «من الثلاثاء إلى مساء الخميس».
        """
        cursor = weekday.end
        nth = self._nth(cursor, spec)
        if nth is not None:  # «الثلاثاء الثالث من أيلول», «الاثنين الأخير من الشهر القادم»
            spec.nth, end = nth
            return end
        modifier = self.shift(cursor)
        if modifier is not None:  # «الثلاثاء الماضي», «الثلاثاء قبل الماضي»
            spec.weekday_modifier, end = modifier
            return end
        at = self.skip(cursor, DateKind.OF)
        this = self.phrase(at, DateKind.MODIFIER)
        this_first = this is not None and not this.clitic and this.words[0].label == "this"
        week = self.phrase(this.end if this is not None and this_first else at, DateKind.PERIOD)
        if week is not None and not week.clitic and week.words[0].label == "week":
            shift = None if this_first else self.shift(week.end)
            if this_first or shift is not None:
                # «الجمعة من الأسبوع المقبل», «الاثنين من هذا الأسبوع», «… قبل الماضي»
                spec.period = "week"
                spec.period_modifier, end = ("this", week.end) if shift is None else shift
                return end
        dual = lead is not None and self.text[lead.start : lead.end] in self.lexicon.two_days
        joint = self._range_joint(cursor, after_between=dual or self._after_between(weekday.start))
        second = None if joint is None else self.phrase(joint, DateKind.WEEKDAY)
        if second is None and lead is not None and lead.words[0].kind is DateKind.NIGHT:
            second = self._night_end(cursor, weekday.words[0].value)
        if second is not None and not second.clitic and not self._is_number(second):
            spec.until = DateSpec(weekday=second.words[0].value)
            return second.end
        return cursor

    def _night_end(self, pos: int, first: int) -> DatePhrase | None:
        """The day a night runs into: «ليلة الثلاثاء/ الأربعاء», «ليلة السبت على الأحد».

        Only the next weekday, after «/», «على» or nothing: «ليلة الاثنين الثلاثاء».
        """
        token = self.token(pos)
        if token is not None and (token.text == "/" or token.text in self.lexicon.night_joints):
            pos = token.end
        second = self.phrase(pos, DateKind.WEEKDAY)
        if second is None or second.words[0].value != (first + 1) % _DAYS_IN_WEEK:
            return None
        return second

    def _nth(self, pos: int, spec: DateSpec) -> tuple[int, int] | None:
        """An ordinal after a weekday that ranks it in a month: (rank, end).

        «الثالث», «الثانية» (1 to 5) or «الأخير», «الأخيرة» (-1), then the month: a name
        after «من» or «في» («الجمعة الأولى من رمضان»), the month relative to the reference
        («الاثنين الأخير من الشهر القادم»), or none, which is the reference's month
        («الثلاثاء الثالث»).  Not «الجمعة الثانية على التوالي»: a count of Fridays.
        """
        rank = self.phrase(pos, DateKind.ORDINAL_UNIT, DateKind.LAST_OF)
        word = None if rank is None else rank.first(DateKind.ORDINAL_UNIT, DateKind.LAST_OF)
        if (
            rank is None
            or word is None
            or rank.clitic
            or not self.text.startswith("ال", rank.start)
        ):
            return None  # «الجمعة أول أيام العيد»: an apposition, no rank (it takes the article)
        value = -1 if word.kind is DateKind.LAST_OF else word.value
        if not (value == -1 or 1 <= value <= _MOST_WEEKS):
            return None
        after = self.skip(rank.end, DateKind.OF)
        if after != rank.end and self.month(after) is not None:  # «من أيلول», «من شهر ثلاثة»
            return value, rank.end
        if self._in_a_row(rank.end) or self.day(after) is not None:
            return None
        relative = self.relative_month(rank.end)
        spec.period, spec.period_modifier = "month", "this" if relative is None else relative[0]
        return value, rank.end if relative is None else relative[1]

    def _in_a_row(self, pos: int) -> bool:
        """Whether «على التوالي» follows: «الجمعة الثانية على التوالي» counts, it dates nothing."""
        first = self.token(pos)
        second = None if first is None else self.token(first.end)
        if first is None or second is None:
            return False
        return f"{first.text} {second.text}" in self.lexicon.in_a_row

    def _ranked_weekday(self, pos: int, spec: DateSpec) -> tuple[int, int] | None:
        """«ثالث ثلاثاء في أيلول 2014», «آخر اثنين من شهر آذار», «ثاني يوم أربعاء من رمضان».

        A rank (an ordinal with no article, or «آخر»), [«يوم»], a weekday with no article,
        then the month it is ranked in, read as any month is.
        """
        rank = self.phrase(pos, DateKind.ORDINAL_UNIT, DateKind.LAST_OF)
        word = None if rank is None else rank.first(DateKind.ORDINAL_UNIT, DateKind.LAST_OF)
        if rank is None or word is None or rank.clitic or self.text.startswith("ال", pos):
            return None
        value = -1 if word.kind is DateKind.LAST_OF else word.value
        if not (value == -1 or 1 <= value <= _MOST_WEEKS):
            return None
        weekday = self.phrase(self.skip(rank.end, DateKind.DAY), DateKind.BARE_WEEKDAY)
        if weekday is None or weekday.clitic:
            return None
        after = self.skip(weekday.end, DateKind.OF)
        month = self.month(after)
        if month is None:  # «أول يوم جمعة في هذا الشهر»
            relative = self.relative_month(weekday.end)
            if relative is None:
                return None
            spec.period, spec.period_modifier = "month", relative[0]
            spec.weekday, spec.nth = weekday.words[0].value, value
            return rank.start, relative[1]
        core = self._month_first(month, spec)
        if core is None:
            return None
        spec.weekday, spec.nth = weekday.words[0].value, value
        return rank.start, core[1]

    def core(self, pos: int, spec: DateSpec) -> tuple[int, int] | None:
        """A written date: numeric, day + month [+ year], month [+ year], a marked year, a range."""
        numeric = self.numeric(pos, spec)
        if numeric is not None:
            return numeric
        ranked = self._ranked_weekday(pos, spec)
        if ranked is not None:
            return ranked
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
        bare = self.year_after_word(pos)
        if bare is not None:  # «في 2019»
            spec.year, spec.explicit = bare[0], True
            return pos, bare[1]
        return None

    def numeric(self, pos: int, spec: DateSpec) -> tuple[int, int] | None:
        """«13/3/2018», «2018-03-13», «٢٠٢٢/٣/١٣», «3/2015», «22/04»."""
        token = self.token(pos)
        if token is None or token.kind != "num":
            return None
        pos = token.start
        after = pos + len(token.text)
        following = self.text[after : after + 1]
        if following not in _SEPARATOR_OR_DIGIT and not (
            following in " \t" and self.text[after : after + 8].lstrip(" \t")[:1] in "/-."
        ):
            return None  # the usual case: nothing after the digits that the patterns take
        month_year = _MONTH_YEAR.match(self.text, pos, pos + 16)
        if month_year is not None:
            month, year = int(month_year["month"]), int(month_year["year"])
            if 1 <= month <= 12 and 1900 <= year <= 2100:
                spec.year, spec.month, spec.explicit = year, month, True
                return pos, month_year.end()
        found = _NUMERIC.match(self.text, pos, pos + 24)
        if found is None:
            return None
        a, b, c = found["a"], found["b"], found["c"]
        if c is None and found["sep"] == "-" and self._agency_follows(found.end()):
            return (pos, found.end()) if dateline_day(a, b, spec) else None
        if (found["sp"] or found["sp2"] or found["sp3"]) and not _spaced_date(found["sep"], c):
            return None  # spaces only in a full date: «12 / 3 / 1440 هـ», «12 . 06 . 2019»
        end = found.end()
        if c is None:
            if not two_parts(a, b, found["sep"], spec):
                return None
        else:
            values = numeric_date(a, b, c)
            if values is None:
                return None
            spec.year, spec.month, spec.day = values
            if len(c) == 2 and not is_valid_gregorian(*values):
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

    def _agency_follows(self, pos: int) -> bool:
        """Whether a wire agency's bracketed name follows: «9 - 12 (كونا)»."""
        opened = self.text[pos : pos + _AGENCY_REACH].lstrip(" \t")
        if not opened.startswith("("):
            return False
        name, closed, _ = opened[1:].partition(")")
        return bool(closed) and " ".join(name.split()) in self.lexicon.dateline_agencies

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
        between = self._after_between(start) or (
            spec.weekday is not None and self._after_between_weekday(start)
        )
        joint = self._range_joint(end, after_between=between)
        if joint is not None:  # «13 الى 15 تموز», «10-15 آذار», «بين 10 و15 آذار»
            second = self.day(self._past_weekday(joint))  # «من الجمعة 12 حتى الثلاثاء 16»
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
            if relative is None and spec.weekday is not None and self._day_alone(end, spec):
                spec.day = value  # «الخميس 21»: the month in which the 21st is a Thursday
                return start, end
            if relative is None:
                return None
            spec.day, spec.period, spec.period_modifier = value, "month", relative[0]
            return start, relative[1]  # «الـ 13 من الشهر الجاري»
        finish = self._month_rest(month, spec, value)
        range_end = self._range_to_date(finish, spec)
        return start, range_end if range_end is not None else finish

    def _day_alone(self, end: int, spec: DateSpec) -> bool:
        """Whether the day after a weekday ends the phrase: «الخميس 21،», not «الأحد 3 مدنيين»."""
        following = self.token(end)
        return spec.until is None and (following is None or following.kind == "sym")

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

    def _range_to_date(self, pos: int, spec: DateSpec) -> int | None:
        """«من 13 تموز الى 15 تموز»: the second date of a range after the first."""
        joint = self._range_joint(pos)
        if joint is None:
            return None
        until = DateSpec()
        numeric = self.numeric(joint, until) if spec.year is not None else None
        if numeric is not None and until.day is not None and until.year is not None:
            spec.until = until  # «12 يناير 2016 - 2016/01/22»: both ends written in full
            return numeric[1]
        until = DateSpec()
        day = self.day(self._past_weekday(joint))  # «… حتى يوم الثلاثاء 16 آذار»
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

    def _range_joint(self, pos: int, *, after_between: bool = False) -> int | None:
        """After «-», «إلى», «حتى» — or «و» when «بين» opened the range."""
        token = self.token(pos)
        if token is not None and token.kind == "sym" and token.text in "-~":
            return self.skip(token.end, DateKind.DAY_PART)
        kinds = (DateKind.TO, DateKind.AND) if after_between else (DateKind.TO,)
        joint = self.phrase(pos, *kinds)
        if joint is None and after_between and token is not None and token.text == "و":
            return token.end  # «و15»: the «و» stands alone before the digits
        if joint is None and after_between and token is not None and token.text.startswith("و"):
            return token.start + 1  # «والجمعة»: the «و» is glued to the second end
        # «وحتى فجر 23 سبتمبر»: a part of the day before the second end stays in the range
        return self.skip(joint.end, DateKind.DAY_PART) if joint is not None else None

    def _past_weekday(self, pos: int) -> int:
        """Past «[يوم] الثلاثاء» naming the weekday of a range's second day, if it stands there."""
        at = self.skip(pos, DateKind.DAY)
        end = self.weekday_end(at)
        return pos if end == at else end

    def weekday_end(self, pos: int) -> int:
        """Past a weekday at ``pos`` with no clitic that begins no number, else ``pos``.

        «الثلاثاء 16 آذار»; not «والثلاثاء», nor «الأحد عشر».
        """
        weekday = self.phrase(pos, DateKind.WEEKDAY)
        if weekday is None or weekday.clitic or self._is_number(weekday):
            return pos
        return weekday.end

    def _after_between_weekday(self, pos: int) -> bool:
        """Whether «بين» or «يومي» stands before the weekday before ``pos``: «بين الجمعة 12»."""
        before = self.text[max(0, pos - _BETWEEN_REACH) : pos].split()
        return len(before) >= 2 and before[-2] in self.lexicon.between

    def _after_between(self, pos: int) -> bool:
        """Whether «بين» or «ما بين» stands right before ``pos``."""
        before = self.text[max(0, pos - 8) : pos].split()
        return bool(before) and before[-1] in self.lexicon.between
