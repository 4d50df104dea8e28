"""What «اليوم» names: the reference day, an anniversary, or no day at all.

«اليوم» is today; «في مثل هذا اليوم من عام 2015» is the reference's day in another year;
«اليوم نفسه», «فلسطين اليوم» name no day (the same day as another, an outlet).
"""

from __future__ import annotations

import re

from conflictparse.dates.parts import DateSpec, PartReader
from conflictparse.dates.phrases import DatePhrase
from conflictparse.model import Calendar
from conflictparse.text.tokens import CLOSING_QUOTES, OPENING_QUOTES, word_before, word_before_in

__all__ = ["TodayReader"]

_NAME_CHARS = 24  # characters looked back for the words that make «اليوم» a name
_OPENING_QUOTE = re.compile(rf"^.*[{re.escape(OPENING_QUOTES)}]")
_CLOSING_QUOTES = frozenset(CLOSING_QUOTES)
_LAST_HIJRI_YEAR = 1500  # «عام 1436» with no suffix is a Hijri year of the news
_TODAY = "اليوم"
_DAY_COUNT = re.compile(r"[ \t]*+ال[ \t]*+[0-9٠-٩]")  # «اليوم الـ444» (folded: «ال444»)
_LINE_REACH = 40  # characters looked ahead for the end of a byline
# «بغداد اليوم- بغداد»: the outlet, a dash and the city it writes from, ending the line
_DASHES = frozenset("-–—")
_BYLINE_TAIL = re.compile(r"[ \t]*[-–—][ \t]*+\w+(?:[ \t]\w+)?[ \t]*")


class TodayReader(PartReader):
    """Reads what a relative day word such as «اليوم» names, beyond the day itself."""

    def _not_today(self, relative: DatePhrase) -> bool:
        """«اليوم نفسه», «اليوم الوطني», «فلسطين اليوم»: «اليوم» that names no day."""
        following = self.token(relative.end)
        if following is not None and following.text in self.lexicon.not_a_day_after:
            return True
        if _DAY_COUNT.match(self.text, relative.end):
            return True  # «اليوم الـ444 من الحرب»: the war's 444th day, no day of the calendar
        return self._same_day(relative) or self._outlet(relative)

    def _same_day(self, relative: DatePhrase) -> bool:
        """«في ذات اليوم», «نفس اليوم»: the day of what was told before, not today."""
        if self.text[relative.start : relative.end] != _TODAY:
            return False
        return word_before_in(self.text, relative.start, _NAME_CHARS, self.lexicon.same_day_before)

    def _anniversary(self, relative: DatePhrase) -> tuple[DateSpec, int, int] | None:
        """«مثل هذا اليوم من عام 2015», «مثل اليوم من العام الماضي»: that day of another year.

        With no year after it, the year is unstated and the date unresolved, never today.
        """
        if relative.words[0].value != 0:
            return None
        before = word_before(self.text, relative.start, _NAME_CHARS)
        if before is None or before.text not in self.lexicon.anniversary:
            return None
        spec, end = DateSpec(anniversary=True), relative.end
        shifted = self.relative_year(end)
        year = None if shifted is not None else self.year(end, marked_only=True)
        if shifted is not None:
            spec.year_shift, end = shifted
        elif year is not None and year[1] is not Calendar.HIJRI and year[0] > _LAST_HIJRI_YEAR:
            spec.year, spec.explicit, end = year[0], True, year[2]
        return spec, before.start, end

    def _outlet(self, relative: DatePhrase) -> bool:
        """«فلسطين اليوم» at the end of a line, after «موقع», «نقلت», or in quotes: an outlet."""
        if self.text[relative.start : relative.end] != _TODAY:
            return False
        before = self.text[max(0, relative.start - _NAME_CHARS) : relative.start].split()
        if not before:
            return False
        name = _OPENING_QUOTE.sub("", before[-1])  # «لـ"أخبار اليوم"»: the name in quotes
        if name not in self.lexicon.not_a_day_before:
            return False
        outlet_word = len(before) > 1 and before[-2] in self.lexicon.outlet_words
        if name != before[-1]:  # in quotes: an outlet when they close right after it, or
            # after a word of outlets: «نشر موقع (روسيا اليوم، …»
            return self.text[relative.end : relative.end + 1] in _CLOSING_QUOTES or outlet_word
        reach = min(len(self.text), relative.end + _LINE_REACH)
        line_end = self.text.find("\n", relative.end, reach)
        rest = self.text[relative.end : line_end if line_end >= 0 else reach]
        return (
            not rest.strip()
            or _BYLINE_TAIL.fullmatch(rest) is not None
            or outlet_word
            or (rest.lstrip(" \t")[:1] in _DASHES and self._opens_line(relative.start, name))
        )

    def _opens_line(self, today: int, name: str) -> bool:
        """Whether the outlet's name opens its line: «العرب اليوم - الجيش يعلن …»."""
        start = self.text.rfind(name, max(0, today - _NAME_CHARS), today)
        line_start = self.text.rfind("\n", 0, start) + 1
        return not self.text[line_start:start].strip()
