"""Territory: each area figure with the armed actor that holds it and the date it is as of."""

from __future__ import annotations

import datetime

from conflictparse.dates.finder import DateSpan
from conflictparse.entities.actors import ActorSpan
from conflictparse.entities.areas import AreaSpan
from conflictparse.events.segment import within
from conflictparse.model import ActorType, ParsedDate, Precision, TerritoryStat
from conflictparse.text.prepared import PreparedText

__all__ = ["published_date", "territory"]


def published_date(published: datetime.date | None) -> ParsedDate | None:
    """The publication day as a date of day precision, if there is one."""
    return (
        None
        if published is None
        else ParsedDate(start=published, end=published, precision=Precision.DAY)
    )


def territory(
    prepared: PreparedText,
    areas: list[AreaSpan],
    actors: list[ActorSpan],
    dates: list[DateSpan],
    published: datetime.date | None,
) -> list[TerritoryStat]:
    """Each area with the armed actor named before it in its sentence, as of its date."""
    stats = []
    actor_starts = [span.start for span in actors]
    date_starts = [span.start for span in dates]
    for area in areas:
        sentence = prepared.index.sentence_at(area.start)
        armed = [
            span
            for span in within(actors, actor_starts, sentence[0], area.start)
            if span.actor.type is not ActorType.OTHER
        ]
        before = armed[-1:]
        dated = [span.date for span in within(dates, date_starts, sentence[0], sentence[1])]
        as_of = dated[0] if dated else published_date(published)
        start, end = prepared.normalized.span(area.start, area.end)
        stats.append(
            TerritoryStat(
                actor=before[-1].actor if before else None,
                area=area.area,
                as_of=as_of,
                start=start,
                end=end,
            )
        )
    return stats
