"""What a report leaves open: dates it cannot settle, counts it cannot type."""

from __future__ import annotations

import collections
from collections.abc import Sequence

from conflictparse.dates.finder import DateSpan
from conflictparse.model import Precision, Unresolved
from conflictparse.text.normalize import Normalized

__all__ = ["unresolved"]


def unresolved(
    normalized: Normalized,
    dates: list[DateSpan],
    untyped: list[tuple[int, int]],
    placeless: Sequence[tuple[int, int]] = (),
    *,
    published: bool = False,
) -> list[Unresolved]:
    """What the text leaves open: dates it cannot settle, counts it cannot type.

    A relative date with no publication date, a weekday or twin that does not
    agree, one day of the year given with two different years, and a count of
    people («وصل 40 عنصراً») that no casualty word governs, and an incident told
    with no place (``placeless``), which is not coded as an event.  With ``published``,
    a relative date left unresolved is one the publication date puts outside
    the years 1–9999.
    """
    original = normalized.original
    found: list[Unresolved] = []

    def note(span: DateSpan | tuple[int, int], reason: str) -> None:
        start, end = normalized.span(span[0], span[1])
        found.append(Unresolved(start=start, end=end, text=original[start:end], reason=reason))

    for count in untyped:
        note(count, "a count of people with no casualty word: killed, wounded or neither")
    for clause in placeless:
        note(clause, "an incident with no place named: not coded as an event")

    years: dict[tuple[int, int], list[DateSpan]] = collections.defaultdict(list)
    for span in dates:
        date = span.date
        if date.start is None and published:
            note(
                span, f"relative date ({date.relative}) that the publication date puts out of range"
            )
        elif date.start is None:
            note(span, f"relative date ({date.relative}) and no publication date to resolve it")
        elif date.agrees is False:
            note(span, "two cues for this date disagree (a weekday, «أمس», or a calendar twin)")
        if date.start is not None and date.precision is Precision.DAY and date.relative is None:
            years[(date.start.month, date.start.day)].append(span)
    for spans in years.values():
        seen = sorted({span.date.start.year for span in spans if span.date.start is not None})
        if len(seen) > 1:
            for span in spans:
                note(
                    span,
                    f"the report gives this day in different years: {', '.join(map(str, seen))}",
                )
    return sorted(found, key=lambda item: item.start)
