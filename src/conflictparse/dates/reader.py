"""The reading half of date parsing: what a date expression *says*.

:class:`DateReader` turns folded text at an anchor into a :class:`DateSpec` —
a day, a month name, a weekday, «أمس», «الماضي» — without deciding what it
means; :mod:`conflictparse.dates.resolver` does that.  Tokens and phrases are
cached per position, since the readers of the alternatives revisit them.

The reader is put together from the grammar's layers:
:mod:`~conflictparse.dates.phrases` (tokens and known phrases),
:mod:`~conflictparse.dates.parts` (day, month, year),
:mod:`~conflictparse.dates.today` (what «اليوم» names),
:mod:`~conflictparse.dates.expressions` (whole expressions and ranges),
:mod:`~conflictparse.dates.relative` (periods, holidays, hours, days ago) and
:mod:`~conflictparse.dates.offsets` (the rest of a period, offsets from now).
"""

from __future__ import annotations

from collections.abc import Callable

from conflictparse.dates.offsets import OffsetReader
from conflictparse.dates.parts import DateSpec
from conflictparse.dates.phrases import DatePhrase, DateToken
from conflictparse.text.lexicon.dates import DateKind

__all__ = ["AFTER_DAY", "DatePhrase", "DateReader", "DateSpec", "DateToken"]

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
_Read = Callable[["DateReader", int], "tuple[DateSpec, int, int] | None"]
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


class DateReader(OffsetReader):
    """Reads date expressions from folded text."""

    def expression(self, pos: int) -> tuple[DateSpec, int, int] | None:
        """The longest date expression starting at ``pos``: (spec, start, end)."""
        best: tuple[DateSpec, int, int] | None = None
        token = self.token(pos)
        if token is None:
            return None
        if token.kind == "num":
            if (
                not token.glue
                and not self._date_follows(token)
                and self.year_after_word(pos) is None  # «في 2019»
            ):
                return None  # most digit runs are counts: reject them cheaply
            readers: tuple[_Read, ...] = (DateReader.relative_or_day,)
        else:
            first = self.phrase(pos)
            if first is None and token.text != "ال":
                return None
            readers = _readers_of(first)
        for read in readers:
            found = read(self, pos)
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


# Which readers can start with a phrase of which kinds.  They are kept unbound: a
# reader then holds no reference to itself and is freed as soon as its scan ends.
_READERS: tuple[tuple[_Read, frozenset[DateKind]], ...] = (
    (DateReader.relative_or_day, _DAY_STARTS),
    (DateReader.period_words, frozenset({DateKind.PART, DateKind.MODIFIER, DateKind.PERIOD})),
    (DateReader.holiday, frozenset({DateKind.HOLIDAY, DateKind.HOLIDAY_DAY, DateKind.EVE})),
    (DateReader.hours, frozenset({DateKind.WITHIN})),
    (DateReader.recent_back, frozenset({DateKind.MODIFIER, DateKind.RECENT})),
    (DateReader.ago, frozenset({DateKind.AGO})),
    (DateReader.rest_of, frozenset({DateKind.REST})),
    (DateReader.from_now, frozenset({DateKind.OFFSET_BACK, DateKind.OFFSET_AHEAD})),
)

#: Each kind's readers as bits (bit ``i`` for ``_READERS[i]``), and the readers of each
#: set of bits, in the order of ``_READERS``.
_READER_BITS = {
    kind: sum(1 << i for i, (_, wanted) in enumerate(_READERS) if kind in wanted)
    for kind in DateKind
}
_READERS_BY_BITS = tuple(
    tuple(read for i, (read, _) in enumerate(_READERS) if bits >> i & 1)
    for bits in range(1 << len(_READERS))
)


def _readers_of(first: DatePhrase | None) -> tuple[_Read, ...]:
    """The readers that can start with ``first``: all of them after a detached «ال»."""
    if first is None:
        return _READERS_BY_BITS[-1]
    bits = 0
    for word in first.words:
        bits |= _READER_BITS[word.kind]
    return _READERS_BY_BITS[bits]
