"""Dates relative to the reference: periods, holidays, spans of hours, days ago.

:class:`RelativeReader` reads «الشهر الماضي», «عيد الفطر», «خلال الـ 24 ساعة الماضية» and
«منذ 3 أيام»; what they mean is left to :mod:`conflictparse.dates.resolver`.
"""

from __future__ import annotations

import re

from conflictparse.dates.expressions import ExpressionReader
from conflictparse.dates.parts import DateSpec
from conflictparse.model import Calendar
from conflictparse.quantities.cursor import Cursor
from conflictparse.quantities.grammar import read_cardinal
from conflictparse.text.lexicon.dates import HOLIDAY_CHOICE, SHORT_HOLIDAY, DateKind
from conflictparse.text.tokens import LETTER

__all__ = ["RelativeReader"]

_MOST_HOURS = 240  # «خلال الـ 240 ساعة الماضية» is ten days; beyond, a count is not a period
_MOST_DAYS = 31  # «خلال الأيام الثلاثين الماضية»; beyond, a count of days is not a period
_BACK = 48  # characters looked back from «الماضية» for the count and its unit
_COUNT_WORDS = 4  # words of a count in words: «الاثنتين والسبعين», «مئة وعشرين»
_SHORTEST_COUNT_WORD = 3  # «الست» is «ال» + «ست»; «الى» is no count
_UNIT_WORDS = 3  # «الساعات الـ 36 الأخيرة»: the unit at most three words before the modifier
_UNITS = frozenset({DateKind.HOURS, DateKind.DAY_UNIT, DateKind.DAY_DUAL, DateKind.WEEK_DUAL})
_BACK_FROM = ("last", "next", "")  # «الماضية», «المقبلة», «الأخيرة»: labels read back from
_WORD_START = re.compile(rf"(?<![{LETTER}0-9])[{LETTER}0-9]")


class RelativeReader(ExpressionReader):
    """Reads relative periods, holidays, spans of hours and days ago."""

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
        if period is None and cursor != pos:
            month = self.month(cursor)  # «هذا سبتمبر»: this year's
            if month is None:
                return None
            end = self._month_rest((*month[:4], True), spec, None)
            spec.month_modifier = spec.month_modifier or "this"
            return spec, pos, end
        if period is None or period.clitic not in ("", "ل", "و"):  # «والشهر الماضي»
            return None
        spec.period = period.words[0].label
        end = period.end
        shift = self.shift(end)
        if shift is not None:  # «الشهر الماضي», «العام قبل الماضي»
            spec.period_modifier, end = shift
        elif cursor != pos:
            spec.period_modifier = "this"
        else:
            return None
        start = pos if cursor != pos else period.start
        if spec.period == "year" and (named := self.named_year(end)) is not None:
            # «العام الماضي 2023»: the year it names
            spec.year, spec.explicit, spec.period, spec.period_modifier = named[0], True, None, None
            return spec, start, named[1]
        return spec, start, self._days_of_week(end, spec) if spec.period == "week" else end

    def _days_of_week(self, pos: int, spec: DateSpec) -> int:
        """The days named in a week: the end of «الأسبوع المقبل يوم الجمعة».

        Also «هذا الأسبوع من الثلاثاء إلى الخميس», «الأسبوع الماضي بين الجمعة والأحد».
        """
        cursor = self.skip(pos, DateKind.DAY)
        opener = self.token(cursor)
        between = opener is not None and opener.text in self.lexicon.between
        if between or (opener is not None and opener.text in self.lexicon.range_openers):
            assert opener is not None  # for mypy: checked just above
            cursor = opener.end
        weekday = self.phrase(cursor, DateKind.WEEKDAY)
        if weekday is None or weekday.clitic or self._is_number(weekday):
            return pos
        spec.weekday = weekday.words[0].value
        joint = self._range_joint(weekday.end, after_between=between)
        second = None if joint is None else self.phrase(joint, DateKind.WEEKDAY)
        if second is None or second.clitic or self._is_number(second):
            return weekday.end
        spec.until = DateSpec(
            weekday=second.words[0].value, period="week", period_modifier=spec.period_modifier
        )
        return second.end

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
        if lead is None and name.words[0].value == SHORT_HOLIDAY:
            return None  # «زكاة الفطر»: a short name only after «أول أيام» or «عشية»
        spec.holiday = name.words[0].label
        spec.calendar = Calendar.HIJRI if spec.holiday.startswith("hijri") else Calendar.GREGORIAN
        end = name.end
        modifier = self.phrase(end, DateKind.MODIFIER)
        if modifier is not None and not modifier.clitic and modifier.words[0].label != "this":
            spec.month_modifier = modifier.words[0].label  # «عيد الميلاد الماضي»
            return spec, lead.start if lead is not None else name.start, modifier.end
        year = None if HOLIDAY_CHOICE in spec.holiday else self.year(end)
        if year is not None:
            spec.year, end = year[0], year[2]
            if spec.calendar is Calendar.HIJRI and (
                year[1] is Calendar.GREGORIAN or year[0] > 1600
            ):
                spec.year_calendar = Calendar.GREGORIAN
        start = lead.start if lead is not None else name.start
        return spec, start, self.weekday_end(end)  # «عيد الأضحى الأحد»: the feast's weekday

    def hours(self, pos: int) -> tuple[DateSpec, int, int] | None:
        """«خلال الـ 24 ساعة الماضية», «خلال الساعات الـ 48 الفائتة», «خلال اليومين الماضيين»."""
        within = self.phrase(pos, DateKind.WITHIN)
        if within is None:
            return None
        found = self.recent(within.end, definite=False)
        return None if found is None else (found[0], within.start, found[1])

    def recent_back(self, pos: int) -> tuple[DateSpec, int, int] | None:
        """«الثماني والأربعين ساعة الماضية» without «خلال», read back from its «الماضية»."""
        modifier = self.phrase(pos, DateKind.MODIFIER, DateKind.RECENT)
        if modifier is None or modifier.clitic or modifier.words[0].label not in _BACK_FROM:
            return None
        if not self._unit_before(pos):
            return None  # «الأسبوع المقبل», «الشهر الماضي»: no count of hours or days
        window = max(0, pos - _BACK)
        for word in _WORD_START.finditer(self.text, window, pos):
            start = word.start()
            if start == window and start > 0 and self.text[start - 1] not in " \t":
                continue  # the window cut a word in two
            found = self.recent(start, definite=True)
            if found is not None and found[1] == modifier.end:
                return found[0], start, found[1]
        return None

    def _unit_before(self, pos: int) -> bool:
        """Whether a unit of hours or days stands in the few words before ``pos``."""
        phrases = self.lexicon.phrases
        for word in self.text[max(0, pos - _BACK) : pos].split()[-_UNIT_WORDS:]:
            for meaning in phrases.get(word, ()):
                if meaning.kind in _UNITS:
                    return True
        return False

    def recent(self, pos: int, *, definite: bool) -> tuple[DateSpec, int] | None:
        """[الساعات|الأيام] [الـ] N [ساعة|أيام] الماضية, or «اليومين الماضيين» → (spec, end).

        With ``definite`` (no «خلال» before it) the number or the unit has the article.
        """
        dual = self.phrase(pos, DateKind.DAY_DUAL, DateKind.WEEK_DUAL)
        if dual is not None and not dual.clitic:
            if definite and not self.text.startswith("ال", dual.start):
                return None
            days = 2 if dual.words[0].kind is DateKind.DAY_DUAL else 14
            return self._recent_end(dual.end, days * 24, in_days=True)
        unit_first = self.phrase(pos, DateKind.HOURS, DateKind.DAY_UNIT)
        cursor = unit_first.end if unit_first is not None else pos
        article = unit_first is not None and self.text.startswith("ال", unit_first.start)
        count = self._count(cursor)
        if count is None:
            return None
        value, cursor, with_article = count
        unit = unit_first
        if unit_first is None:
            unit = self.phrase(cursor, DateKind.HOURS, DateKind.DAY_UNIT)
            if unit is None:
                return None
            cursor = unit.end
        if unit is None or (definite and not (article or with_article)):
            return None
        in_days = unit.words[0].kind is DateKind.DAY_UNIT
        return self._recent_end(cursor, value * 24 if in_days else value, in_days=in_days)

    def _recent_end(self, pos: int, hours: int, *, in_days: bool) -> tuple[DateSpec, int] | None:
        """After the count and its unit: «الماضية», «الأخيرة» (and a number of hours that fits)."""
        modifier = self.phrase(pos, DateKind.MODIFIER, DateKind.RECENT)
        most = _MOST_DAYS * 24 if in_days else _MOST_HOURS
        if modifier is None or modifier.clitic or not 0 < hours <= most:
            return None  # «خلال 24 ساعة» alone is a duration, not a date
        label = modifier.words[0].label if modifier.words[0].kind is DateKind.MODIFIER else "last"
        if label not in ("last", "next"):
            return None
        return DateSpec(hours=hours, hours_in_days=in_days, ahead=label == "next"), modifier.end

    def _count(self, pos: int) -> tuple[int, int, bool] | None:
        """«الـ 24», «24», «الأربع والعشرين», «ثماني وأربعين» → (value, end, with the article)."""
        token = self.token(pos)
        article = False
        if token is not None and token.kind == "word" and token.text == "ال":
            article, pos = True, token.end
            token = self.token(pos)
        if token is None or token.glue:
            return None
        if token.kind == "num":
            return (int(token.text), token.end, article) if len(token.text) <= 3 else None
        if token.kind != "word" or article:
            return None
        if token.text not in self.numbers.lexicon.surfaces:
            return None  # the common case: «منذ سيطرة …», «بعد انسحاب …» hold no count
        return self._spelled_count(pos)

    def _spelled_count(self, pos: int) -> tuple[int, int, bool] | None:
        """A count in words, each word with or without the article: «الثماني والأربعين»."""
        pieces: list[str] = []
        ends: list[tuple[int, int]] = []  # (end in the bare string, end in the text)
        cursor = pos
        had_article = False
        for _ in range(_COUNT_WORDS):
            token = self.token(cursor)
            if token is None or token.kind != "word":
                break
            word = token.text
            joined = word.startswith("و") and len(pieces) > 0
            bare = word[1:] if joined else word
            article = bare.startswith("ال") and len(bare) > _SHORTEST_COUNT_WORD
            had_article = had_article or (article and not pieces)
            bare = bare[2:] if article else bare
            pieces.append(("و" if joined else "") + bare)
            ends.append((len(" ".join(pieces)), token.end))
            cursor = token.end
        bare_text = " ".join(pieces)
        reader = Cursor(bare_text, self.numbers.lexicon)
        first = reader.read(0)
        cardinal = None if first is None else read_cardinal(reader, first)
        if cardinal is None or cardinal.value.denominator != 1:
            return None
        end = next((text_end for bare_end, text_end in ends if bare_end == cardinal.end), None)
        return None if end is None else (int(cardinal.value), end, had_article)
