"""Segmentation: the passages of a report, one per place with something happening there.

A report is cut into sentences and, at «، فيما …» and the like, into clauses
that each name a place of their own; a clause with a casualty or an event word
joins the passage of its place, and a headline with no place joins the passage
that restates its toll.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from typing import TypeVar

import attrs

from conflictparse.dates.finder import DateSpan
from conflictparse.entities.actors import ActorSpan
from conflictparse.entities.casualties import CasualtySpan
from conflictparse.entities.places import PlaceSpan, specificity
from conflictparse.events.types import event_type
from conflictparse.model import CasualtyKind, Quantity
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.tokens import TextIndex

__all__ = ["Passage", "passages", "within"]

_PLACE_GAP = 12  # characters between a place and the broader place it is said to lie in
T = TypeVar("T")


@attrs.define
class Passage:
    """Sentences that make one event while they are read."""

    start: int
    end: int
    place: PlaceSpan | None
    casualties: list[CasualtySpan]
    actors: list[ActorSpan]
    dates: list[DateSpan]
    words: list[str]
    sentences: list[tuple[int, int]]
    lead_words: list[str] = attrs.Factory(list)  # the first sentence with a casualty


def within(items: Sequence[T], starts: list[int], start: int, end: int) -> list[T]:
    """The ``items`` (sorted, with their ``starts``) that start in ``[start, end)``."""
    return list(items[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)])


def passages(
    index: TextIndex,
    casualties: list[CasualtySpan],
    actors: list[ActorSpan],
    dates: list[DateSpan],
    places: list[PlaceSpan],
) -> list[Passage]:
    """One passage per place with something happening there.

    A sentence that names no place joins the passage before it.
    """
    passages: dict[str, Passage] = {}
    order: list[str] = []
    last: Passage | None = None
    casualty_starts = [item.start for item in casualties]
    actor_starts = [item.start for item in actors]
    date_starts = [item.start for item in dates]
    place_starts = [item.start for item in places]
    clauses = (
        clause
        for sentence in index.sentences
        for clause in _clauses(index.text, sentence, places, place_starts)
    )
    for start, end in clauses:
        words = index.words_in(start, end)
        found_casualties = within(casualties, casualty_starts, start, end)
        if not found_casualties and event_type(words) is None:
            continue  # no harm told and no event word: the clause joins no passage
        place = _place(within(places, place_starts, start, end))
        key = _place_key(index, place)
        target = passages.get(key) if key is not None else last
        if target is None:  # a new place, or the first passage of the report
            key = key if key is not None else f"@{start}"
            target = passages[key] = Passage(start, end, place, [], [], [], [], [])
            order.append(key)
        target.start, target.end = min(target.start, start), max(target.end, end)
        target.casualties.extend(found_casualties)
        target.actors.extend(within(actors, actor_starts, start, end))
        target.dates.extend(within(dates, date_starts, start, end))
        target.words.extend(words)
        target.sentences.append((start, end))
        if found_casualties and not target.lead_words:
            target.lead_words = words  # the type comes from where the harm is told first
        last = target
    return _without_headlines([passages[key] for key in order])


@functools.cache
def _clause_opening() -> re.Pattern[str]:
    openers = event_lexicon().clause_openers
    return re.compile(rf"[،,]\s*(?:{'|'.join(map(re.escape, openers))})\s")


def _clauses(
    text: str, sentence: tuple[int, int], places: list[PlaceSpan], place_starts: list[int]
) -> list[tuple[int, int]]:
    """A sentence cut before «، فيما …» where each side names a place of its own."""
    start, end = sentence
    cuts = [found.start() for found in _clause_opening().finditer(text, start, end)]
    if not cuts:
        return [(start, end)]  # the usual case: one clause
    clauses: list[tuple[int, int]] = []
    for first, last in itertools.pairwise([start, *cuts, end]):
        if clauses and not within(places, place_starts, first, last):
            clauses[-1] = (clauses[-1][0], last)  # no place of its own: still the same event
        else:
            clauses.append((first, last))
    if len(clauses) > 1 and not within(places, place_starts, *clauses[0]):
        clauses[:2] = [(clauses[0][0], clauses[1][1])]
    return clauses


def _place(found: list[PlaceSpan]) -> PlaceSpan | None:
    """The narrowest place named, with the gazetteer entry of the broader place it lies in.

    «حي الميدان بمدينة دير الزور»: the gazetteer's «حي الميدان» is in
    Damascus, so the event takes the city named right after it instead.
    """
    if len(found) == 1:
        return found[0]  # the usual case: no broader place to look for
    chosen = min(found, key=lambda span: (specificity(span.kind), span.start), default=None)
    if chosen is None or chosen.place is None:
        return chosen
    broader = [
        span.place
        for span in found
        if span.place is not None
        and specificity(span.kind) > specificity(chosen.kind)
        and 0 <= span.start - chosen.end <= _PLACE_GAP
    ]
    if broader and all(place.admin1 != chosen.place.admin1 for place in broader):
        return chosen._replace(place=broader[0])
    return chosen


def _killed(passage: Passage) -> set[Quantity]:
    return {
        item.casualty.count
        for item in passage.casualties
        if item.casualty.kind is CasualtyKind.KILLED and not item.casualty.breakdown
    }


def _without_headlines(passages: list[Passage]) -> list[Passage]:
    """A passage with no place whose toll a placed passage restates is that passage's headline."""
    placed = [(passage, _killed(passage)) for passage in passages if passage.place is not None]
    kept: list[Passage] = []
    for passage in passages:
        killed = _killed(passage) if passage.place is None else set()
        told = next((other for other, tolls in placed if killed and killed <= tolls), None)
        if told is None:
            kept.append(passage)
            continue
        told.start, told.end = min(told.start, passage.start), max(told.end, passage.end)
        told.casualties = sorted([*passage.casualties, *told.casualties], key=_start)
        told.actors = sorted([*passage.actors, *told.actors], key=_start)
        told.dates = sorted([*passage.dates, *told.dates], key=_start)
        told.words = [*passage.words, *told.words]
        told.sentences = sorted([*passage.sentences, *told.sentences])
    return kept


def _start(item: CasualtySpan | ActorSpan | DateSpan) -> int:
    return item.start


def _place_key(index: TextIndex, place: PlaceSpan | None) -> str | None:
    if place is None:
        return None
    if place.place is not None:
        return place.place.id
    return " ".join(index.words_in(place.start, place.end)[1:]) or None
