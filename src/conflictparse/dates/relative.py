"""Dates relative to the reference: periods, holidays, spans of hours, days ago.

:class:`RelativeReader` reads «الشهر الماضي», «عيد الفطر», «خلال الـ 24 ساعة الماضية» and
«منذ 3 أيام»; what they mean is left to :mod:`conflictparse.dates.resolver`.
"""

from __future__ import annotations

from conflictparse.dates.parts import DateSpec, PartReader
from conflictparse.model import Calendar
from conflictparse.text.lexicon.dates import DateKind

__all__ = ["RelativeReader"]


class RelativeReader(PartReader):
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
