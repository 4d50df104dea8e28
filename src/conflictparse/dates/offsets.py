"""Dates counted from the reference: «بقية الأسبوع», «بعد أسبوعين من الآن».

:class:`OffsetReader` reads the rest of a period and an offset of years, months, weeks
and days that «من الآن» closes; :mod:`conflictparse.dates.resolver` counts them.
"""

from __future__ import annotations

from conflictparse.dates.parts import DateSpec
from conflictparse.dates.relative import RelativeReader
from conflictparse.text.lexicon.dates import DateKind

__all__ = ["OffsetReader"]

_MOST_PIECES = 4  # «سنة وشهر وأسبوع و3 أيام»
_DAY = "يوم"
_SEPARATORS = frozenset({"و", ",", "،"})
#: (years, months, days) in one of each unit; duals count two.
_UNITS = {
    DateKind.YEAR_UNIT: (1, 0, 0),
    DateKind.YEAR_DUAL: (2, 0, 0),
    DateKind.MONTH_UNIT: (0, 1, 0),
    DateKind.MONTH_DUAL: (0, 2, 0),
    DateKind.WEEK_UNIT: (0, 0, 7),
    DateKind.WEEKS_UNIT: (0, 0, 7),
    DateKind.WEEK_DUAL: (0, 0, 14),
    DateKind.DAY_UNIT: (0, 0, 1),
    DateKind.DAY_DUAL: (0, 0, 2),
}
_DUALS = frozenset({DateKind.YEAR_DUAL, DateKind.MONTH_DUAL, DateKind.WEEK_DUAL, DateKind.DAY_DUAL})
_Offset = tuple[int, int, int]


class OffsetReader(RelativeReader):
    """Reads the rest of a period, days ago and offsets from now."""

    def rest_of(self, pos: int) -> tuple[DateSpec, int, int] | None:
        """«بقية الأسبوع», «باقي الشهر», «ما تبقى من العام الجاري»."""
        rest = self.phrase(pos, DateKind.REST)
        if rest is None or rest.clitic not in ("", "و"):
            return None
        period = self.phrase(rest.end, DateKind.PERIOD)
        if period is None or period.clitic:
            return None
        spec = DateSpec(period=period.words[0].label, period_modifier="this", rest=True)
        end = period.end
        this = self.phrase(end, DateKind.MODIFIER)
        if this is not None and not this.clitic and this.words[0].label == "this":
            end = this.end
        return spec, rest.start, end

    def from_now(self, pos: int) -> tuple[DateSpec, int, int] | None:
        """«بعد أسبوعين من الآن», «منذ 1 شهر و21 يوما من الآن»: an offset that «من الآن» closes."""
        lead = self.phrase(pos, DateKind.OFFSET_BACK, DateKind.OFFSET_AHEAD)
        if lead is None or lead.clitic:
            return None
        sign = 1 if lead.first(DateKind.OFFSET_AHEAD) is not None else -1
        total = (0, 0, 0)
        cursor = lead.end
        for index in range(_MOST_PIECES):
            at = self._after_separator(cursor) if index else cursor
            piece = self._piece(at)
            if piece is None:
                break
            offset, cursor = piece
            total = (total[0] + offset[0], total[1] + offset[1], total[2] + offset[2])
        now = self.phrase(cursor, DateKind.FROM_NOW)
        if cursor == lead.end or now is None or now.clitic:
            return None
        years, months, days = total
        return DateSpec(offset=(sign * years, sign * months, sign * days)), lead.start, now.end

    def ago(self, pos: int) -> tuple[DateSpec, int, int] | None:
        """«قبل يومين», «قبل ثلاثة أيام», «قبل أسبوعين»: days counted back from now.

        Not «قبل يومين من الهجوم», counted back from another event; nor the vague
        «قبل أسابيع»; nor months and years («قبل 15 شهرا», «قبل عامين»), which the
        annotation keeps as durations, numbers.  «منذ» is left out: it also says how long
        («محاصرة منذ ثلاثة أيام»).  With «من الآن» any of them is a date (:meth:`from_now`).
        """
        ago = self.phrase(pos, DateKind.AGO)
        if ago is None or ago.clitic:
            return None
        piece = self._piece(ago.end)
        if piece is None:
            return None
        (years, months, days), end = piece
        after = self.token(end)
        if after is not None and after.text in self.lexicon.counted_from:
            return None  # «من الآن» is read by :meth:`from_now`
        if years or months:
            return None  # «قبل 15 شهرا» says how long ago, a number (corpus README)
        if self.text[ago.end : end].split() == [_DAY]:
            return None  # «قبل يوم من …»: a day before something else, most often
        return DateSpec(days_ago=days), ago.start, end

    def _after_separator(self, pos: int) -> int:
        token = self.token(pos)
        return token.end if token is not None and token.text in _SEPARATORS else pos

    def _piece(self, pos: int) -> tuple[_Offset, int] | None:
        """«أسبوعين», «شهر», «21 يوما», «ثلاثة أشهر» → ((years, months, days), end)."""
        units = tuple(_UNITS)
        bare = self.phrase(pos, *units)
        if bare is not None and not bare.clitic:
            word = bare.first(*units)
            assert word is not None  # the phrase was looked up by these kinds
            single = self.text[bare.start : bare.end] in self.lexicon.single_units
            if word.kind in _DUALS or single:
                return _UNITS[word.kind], bare.end
        count = self._count(pos)
        if count is None or count[2]:
            return None
        number, end, _ = count
        unit = self.phrase(end, *units)
        word = None if unit is None or unit.clitic else unit.first(*units)
        if unit is None or word is None or word.kind in _DUALS:
            return None
        years, months, days = _UNITS[word.kind]
        return (number * years, number * months, number * days), unit.end
