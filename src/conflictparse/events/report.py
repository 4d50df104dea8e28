"""Whole reports: :func:`parse_report`, :func:`parse_reports` and the :class:`Report`.

A report is read once: the text is normalised, every layer is scanned on the
folded text (dates, quantities, actors, casualties, areas, places), and the
layers are put together into events, one per place and passage, with their
date, actors, casualties, type and toll.  What cannot be resolved is listed
with the reason, never dropped and never guessed.
"""

from __future__ import annotations

import bisect
import collections
import concurrent.futures
import datetime
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import attrs

from conflictparse.dates.finder import DateSpan, scan_dates
from conflictparse.entities.actors import ActorRegistry, ActorSpan, scan_actors
from conflictparse.entities.areas import AreaSpan, scan_areas
from conflictparse.entities.casualties import CasualtySpan, scan_casualties
from conflictparse.entities.places import PlaceSpan, scan_places, specificity
from conflictparse.model import (
    Actor,
    ActorType,
    Area,
    Casualty,
    CasualtyKind,
    Event,
    EventType,
    Match,
    ParsedDate,
    Place,
    Precision,
    Qualifier,
    Quantity,
    TerritoryStat,
    Unresolved,
)
from conflictparse.quantities.grammar import LETTER
from conflictparse.quantities.numbers import scan_quantities
from conflictparse.text.lexicon import load_toml
from conflictparse.text.normalize import Normalized, fold, normalize

__all__ = ["ROW_COLUMNS", "Report", "parse_report", "parse_reports"]

# «…» joins the two halves of a headline; the point of «4.1%» ends nothing
_SENTENCE_END = re.compile(r"(?:[!؟?\n]|\.(?!\d)|(?<!\d)\.)+")
_WORD = re.compile(rf"[{LETTER}]+")
_PLACE_GAP = 12  # characters between a place and the broader place it is said to lie in
T = TypeVar("T")


@attrs.frozen(slots=True)
class Report:
    """Everything read from one report, with spans into its original text."""

    text: str = attrs.field(repr=False)
    published: datetime.date | None
    events: tuple[Event, ...]
    casualties: tuple[Match[Casualty], ...]
    dates: tuple[Match[ParsedDate], ...]
    numbers: tuple[Match[Quantity], ...]
    areas: tuple[Match[Area], ...]
    actors: tuple[Match[Actor], ...]
    territory: tuple[TerritoryStat, ...]
    places: tuple[Match[Place | None], ...]
    unresolved: tuple[Unresolved, ...]

    def to_dict(self) -> dict[str, object]:
        """The JSON-ready form: dates as ISO strings, enums as their values."""
        return {
            "published": self.published.isoformat() if self.published else None,
            "events": [event.to_dict() for event in self.events],
            "casualties": [_match(match) for match in self.casualties],
            "dates": [_match(match) for match in self.dates],
            "numbers": [_match(match) for match in self.numbers],
            "areas": [_match(match) for match in self.areas],
            "actors": [_match(match) for match in self.actors],
            "territory": [stat.to_dict() for stat in self.territory],
            "places": [_match(match) for match in self.places],
            "unresolved": [item.to_dict() for item in self.unresolved],
        }

    def to_rows(self) -> list[dict[str, object]]:
        """One flat dict per event, with ACLED/UCDP-style columns, ready for a table.

        ``fatalities_best`` is the figure the text gives, or its lower bound
        for a bound or a vague count (the conservative reading);
        ``fatalities_low``/``fatalities_high`` are its bounds where the text
        gives them.  ``time_precision`` is ACLED's (1 day, 2 a range of days,
        3 a month or longer) and ``date_prec`` UCDP's (1 day, 3 a range of
        days, 4 a month, 5 a year).
        """
        return [_row(index, event, self.text) for index, event in enumerate(self.events, 1)]


def _match(match: Match[Any]) -> dict[str, object]:
    value = match.value
    fields = value.to_dict() if value is not None else {"place": None}
    return {"start": match.start, "end": match.end, "text": match.text, **fields}


def _row(index: int, event: Event, text: str) -> dict[str, object]:
    date = event.date
    fatalities = event.fatalities
    actors = [actor for actor in event.actors if actor.type is not ActorType.OTHER]
    precision = date.precision if date is not None else None
    return {
        "event": index,
        "date_start": date.start.isoformat() if date and date.start else None,
        "date_end": date.end.isoformat() if date and date.end else None,
        "date_precision": precision.value if precision else None,
        "date_source": event.date_source,
        "time_precision": _ACLED_PRECISION.get(precision) if precision else None,
        "date_prec": _UCDP_PRECISION.get(precision) if precision else None,
        "location": event.location,
        "admin1": event.place.admin1 if event.place else None,
        "country": event.place.country if event.place else None,
        "actor1": actors[0].id if actors else None,
        "actor2": actors[1].id if len(actors) > 1 else None,
        "event_type": event.event_type.value if event.event_type else None,
        "fatalities_best": _best(fatalities),
        "fatalities_low": _low(fatalities),
        "fatalities_high": _high(fatalities),
        "fatalities_qualifier": fatalities.qualifier.value if fatalities else None,
        "source_start": event.start,
        "source_end": event.end,
        "source_text": text[event.start : event.end],
    }


ROW_COLUMNS = (
    "event",
    "date_start",
    "date_end",
    "date_precision",
    "date_source",
    "time_precision",
    "date_prec",
    "location",
    "admin1",
    "country",
    "actor1",
    "actor2",
    "event_type",
    "fatalities_best",
    "fatalities_low",
    "fatalities_high",
    "fatalities_qualifier",
    "source_start",
    "source_end",
    "source_text",
)
"""The columns of `Report.to_rows()`, in order: ready for `csv.DictWriter(fieldnames=...)`."""

_ACLED_PRECISION = {Precision.DAY: 1, Precision.RANGE: 2, Precision.MONTH: 3, Precision.YEAR: 3}
_UCDP_PRECISION = {Precision.DAY: 1, Precision.RANGE: 3, Precision.MONTH: 4, Precision.YEAR: 5}


def _best(quantity: Quantity | None) -> float | None:
    if quantity is None:
        return None
    for value in (quantity.value, quantity.low, quantity.high):
        if value is not None:
            return value
    return None


def _low(quantity: Quantity | None) -> float | None:
    if quantity is None:
        return None
    return quantity.low


def _high(quantity: Quantity | None) -> float | None:
    if quantity is None:
        return None
    return quantity.high


# --- event types -----------------------------------------------------------------


@functools.cache
def _event_words() -> tuple[tuple[EventType, frozenset[str], frozenset[tuple[str, str]]], ...]:
    """Per type, by priority: its one-word forms and its two-word forms."""
    data: Mapping[str, Any] = load_toml("events.toml")
    table = []
    for name in data["priority"]:
        phrases = [tuple(_WORD.findall(fold(word))) for word in data["words"][name]]
        singles = frozenset(phrase[0] for phrase in phrases if len(phrase) == 1)
        pairs = frozenset((phrase[0], phrase[1]) for phrase in phrases if len(phrase) == 2)
        table.append((EventType(name), singles, pairs))
    return tuple(table)


def _event_type(words: Sequence[str]) -> EventType | None:
    """The first type, by priority, whose wording occurs among ``words``."""
    stems = [
        word[1:] if word[:1] in ("و", "ب", "ل", "ف") and len(word) > 3 else word for word in words
    ]
    present = set(words).union(stems)
    pairs: set[tuple[str, str]] | None = None
    for kind, singles, doubles in _event_words():
        if not singles.isdisjoint(present):
            return kind
        if doubles:
            if pairs is None:
                pairs = set(itertools.pairwise(words)).union(itertools.pairwise(stems))
            if not doubles.isdisjoint(pairs):
                return kind
    return None


# --- assembling ------------------------------------------------------------------


@attrs.define
class _Passage:
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


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for end_mark in _SENTENCE_END.finditer(text):
        if text[start : end_mark.start()].strip():
            spans.append((start, end_mark.start()))
        start = end_mark.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _within(items: Sequence[T], starts: list[int], start: int, end: int) -> list[T]:
    return list(items[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)])


def _passages(
    text: str,
    casualties: list[CasualtySpan],
    actors: list[ActorSpan],
    dates: list[DateSpan],
    places: list[PlaceSpan],
) -> list[_Passage]:
    """One passage per place with something happening there.

    A sentence that names no place joins the passage before it.
    """
    passages: dict[str, _Passage] = {}
    order: list[str] = []
    last: _Passage | None = None
    casualty_starts = [item.start for item in casualties]
    actor_starts = [item.start for item in actors]
    date_starts = [item.start for item in dates]
    place_starts = [item.start for item in places]
    clauses = (
        clause
        for sentence in _sentences(text)
        for clause in _clauses(text, sentence, places, place_starts)
    )
    for start, end in clauses:
        words = _WORD.findall(text, start, end)
        found_casualties = _within(casualties, casualty_starts, start, end)
        event_type = _event_type(words)
        if not found_casualties and event_type is None:
            continue
        place = _place(_within(places, place_starts, start, end))
        key = _place_key(text, place)
        target = passages.get(key) if key is not None else last
        if target is None:  # a new place, or the first passage of the report
            key = key if key is not None else f"@{start}"
            target = passages[key] = _Passage(start, end, place, [], [], [], [], [])
            order.append(key)
        target.start, target.end = min(target.start, start), max(target.end, end)
        target.casualties.extend(found_casualties)
        target.actors.extend(_within(actors, actor_starts, start, end))
        target.dates.extend(_within(dates, date_starts, start, end))
        target.words.extend(words)
        target.sentences.append((start, end))
        if found_casualties and not target.lead_words:
            target.lead_words = words  # the type comes from where the harm is told first
        last = target
    return _without_headlines([passages[key] for key in order])


@functools.cache
def _clause_opening() -> re.Pattern[str]:
    openers = load_toml("events.toml")["clauses"]["openers"]
    return re.compile(rf"[،,]\s*(?:{'|'.join(re.escape(fold(word)) for word in openers)})\s")


def _clauses(
    text: str, sentence: tuple[int, int], places: list[PlaceSpan], place_starts: list[int]
) -> list[tuple[int, int]]:
    """A sentence cut before «، فيما …» where each side names a place of its own."""
    start, end = sentence
    cuts = [found.start() for found in _clause_opening().finditer(text, start, end)]
    clauses: list[tuple[int, int]] = []
    for first, last in itertools.pairwise([start, *cuts, end]):
        if clauses and not _within(places, place_starts, first, last):
            clauses[-1] = (clauses[-1][0], last)  # no place of its own: still the same event
        else:
            clauses.append((first, last))
    if len(clauses) > 1 and not _within(places, place_starts, *clauses[0]):
        clauses[:2] = [(clauses[0][0], clauses[1][1])]
    return clauses


def _place(found: list[PlaceSpan]) -> PlaceSpan | None:
    """The narrowest place named, with the gazetteer entry of the broader place it lies in.

    «حي الميدان بمدينة دير الزور»: the gazetteer's «حي الميدان» is in
    Damascus, so the event takes the city named right after it instead.
    """
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


def _killed(passage: _Passage) -> set[Quantity]:
    return {
        item.casualty.count
        for item in passage.casualties
        if item.casualty.kind is CasualtyKind.KILLED and not item.casualty.breakdown
    }


def _without_headlines(passages: list[_Passage]) -> list[_Passage]:
    """A passage with no place whose toll a placed passage restates is that passage's headline."""
    placed = [(passage, _killed(passage)) for passage in passages if passage.place is not None]
    kept: list[_Passage] = []
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


def _place_key(text: str, place: PlaceSpan | None) -> str | None:
    if place is None:
        return None
    if place.place is not None:
        return place.place.id
    return " ".join(_WORD.findall(text, place.start, place.end)[1:]) or None


def _fatalities(passage: _Passage) -> Quantity | None:
    """The toll of the killed: the latest running total, or else the largest sentence's toll.

    Counts in one sentence are of different victims and add up; across
    sentences a toll is restated (headline and body), so the largest is kept.
    """
    killed = [
        item
        for item in passage.casualties
        if item.casualty.kind is CasualtyKind.KILLED and not item.casualty.breakdown
    ]
    if not killed:
        return None
    totals = [item for item in killed if item.casualty.total]
    if totals:
        return totals[-1].casualty.count
    by_sentence: dict[int, list[Quantity]] = collections.defaultdict(list)
    starts = [start for start, _ in passage.sentences]  # in reading order
    for item in killed:
        sentence = bisect.bisect_right(starts, item.start) - 1
        by_sentence[sentence].append(item.casualty.count)
    sums = [_sum(counts) for counts in by_sentence.values()]
    return max(sums, key=lambda quantity: _best(quantity) or 0)


def _sum(counts: list[Quantity]) -> Quantity:
    """Counts of different victims in one sentence, added up with their bounds."""
    if len(counts) == 1:
        return counts[0]

    def total(values: list[float | None]) -> float | None:
        return (
            None
            if any(value is None for value in values)
            else sum(v for v in values if v is not None)
        )

    value = total([count.value for count in counts])
    low = total([count.low if count.low is not None else count.value for count in counts])
    high = total([count.high for count in counts])
    qualifiers = {count.qualifier for count in counts}
    if qualifiers == {Qualifier.EXACT}:
        return Quantity(value, low, high, Qualifier.EXACT)
    for bound, strict, same_side in _ONE_SIDED:  # «أكثر من 40» and «11»: more than 51
        if qualifiers <= same_side:
            qualifier = strict if strict in qualifiers else bound
            if bound is Qualifier.AT_LEAST:
                return Quantity(value, low, None, qualifier)
            return Quantity(value, None, high, qualifier)
    if value is not None:
        return Quantity(value, None, None, Qualifier.APPROX)
    return Quantity(value, low, high, Qualifier.VAGUE)


# The bound, its strict form, and the qualifiers whose sum keeps that bound.
_ONE_SIDED = (
    (
        Qualifier.AT_LEAST,
        Qualifier.MORE_THAN,
        frozenset({Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.MORE_THAN}),
    ),
    (
        Qualifier.AT_MOST,
        Qualifier.LESS_THAN,
        frozenset({Qualifier.EXACT, Qualifier.AT_MOST, Qualifier.LESS_THAN}),
    ),
)


def _published_date(published: datetime.date | None) -> ParsedDate | None:
    return None if published is None else ParsedDate(published, published, Precision.DAY)


def _event(
    text: str, normalized: Normalized, passage: _Passage, published: datetime.date | None
) -> Event:
    start, end = normalized.span(passage.start, passage.end)
    dated = next((span.date for span in passage.dates if span.date.start is not None), None)
    date = dated if dated is not None else _published_date(published)
    source: str | None = None
    if date is not None:
        source = "text" if dated is not None else "published"
    location = None
    if passage.place is not None:
        first, last = normalized.span(passage.place.start, passage.place.end)
        location = text[first:last]
    actors: list[Actor] = []  # armed actors and civilians; monitors and ministries are sources
    named = [span.actor for span in passage.actors]
    victims = [item.casualty.actor for item in passage.casualties if item.casualty.actor]
    for actor in [*named, *victims]:
        if actor.type is not ActorType.OTHER and actor not in actors:
            actors.append(actor)
    return Event(
        start,
        end,
        date,
        location,
        tuple(actors),
        tuple(item.casualty for item in passage.casualties),
        _event_type(passage.lead_words) or _event_type(passage.words),
        passage.place.place if passage.place is not None else None,
        source,
        _fatalities(passage),
    )


def _territory(
    normalized: Normalized,
    areas: list[AreaSpan],
    actors: list[ActorSpan],
    dates: list[DateSpan],
    published: datetime.date | None,
) -> list[TerritoryStat]:
    """Each area with the armed actor named before it in its sentence, as of its date."""
    stats = []
    sentences = _sentences(normalized.text)
    sentence_starts = [start for start, _ in sentences]
    actor_starts = [span.start for span in actors]
    date_starts = [span.start for span in dates]
    for area in areas:
        index = bisect.bisect_right(sentence_starts, area.start) - 1
        sentence = sentences[index] if index >= 0 else (0, area.start)
        armed = [
            span
            for span in _within(actors, actor_starts, sentence[0], area.start)
            if span.actor.type is not ActorType.OTHER
        ]
        before = armed[-1:]
        dated = [span.date for span in _within(dates, date_starts, sentence[0], sentence[1])]
        as_of = dated[0] if dated else _published_date(published)
        start, end = normalized.span(area.start, area.end)
        stats.append(
            TerritoryStat(before[-1].actor if before else None, area.area, as_of, start, end)
        )
    return stats


def _unresolved(
    normalized: Normalized, dates: list[DateSpan], untyped: list[tuple[int, int]]
) -> list[Unresolved]:
    """What the text leaves open: dates it cannot settle, counts it cannot type.

    A relative date with no publication date, a weekday or twin that does not
    agree, one day of the year given with two different years, and a count of
    people («وصل 40 عنصراً») that no casualty word governs.
    """
    original = normalized.original
    found: list[Unresolved] = []

    def note(span: DateSpan | tuple[int, int], reason: str) -> None:
        start, end = normalized.span(span[0], span[1])
        found.append(Unresolved(start, end, original[start:end], reason))

    for count in untyped:
        note(count, "a count of people with no casualty word: killed, wounded or neither")

    years: dict[tuple[int, int], list[DateSpan]] = collections.defaultdict(list)
    for span in dates:
        date = span.date
        if date.start is None:
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


def parse_report(
    text: str, *, published: datetime.date | None = None, registry: ActorRegistry | None = None
) -> Report:
    """Read one report: every layer, the events, the territory and what is unresolved.

    Never raises on a ``str``.

    Examples:
        >>> report = parse_report("قتل 5 مدنيين في قصف على حي القدم بدمشق")
        >>> [(event.location, event.fatalities.value) for event in report.events]
        [('حي القدم', 5)]
    """
    if isinstance(published, datetime.datetime):
        published = published.date()
    normalized = normalize(text)
    dates = scan_dates(normalized, published)
    quantities = scan_quantities(normalized, [(span.start, span.end) for span in dates])
    actors = scan_actors(normalized, registry, anaphora=True)
    named = [span for span in actors if not span.anaphoric]
    casualties, untyped = scan_casualties(
        normalized, registry=registry, quantities=quantities, actors=actors
    )
    areas = scan_areas(normalized, quantities)
    country = collections.Counter(span.actor.country for span in named if span.actor.country)
    places = scan_places(normalized, country.most_common(1)[0][0] if country else None)
    passages = _passages(normalized.text, casualties, actors, dates, places)
    return Report(
        text,
        published,
        tuple(_event(text, normalized, passage, published) for passage in passages),
        tuple(_as_matches(normalized, [(c.start, c.end, c.casualty) for c in casualties])),
        tuple(_as_matches(normalized, [(d.start, d.end, d.date) for d in dates])),
        tuple(_as_matches(normalized, [(q.start, q.end, q.quantity) for q in quantities])),
        tuple(_as_matches(normalized, [(a.start, a.end, a.area) for a in areas])),
        tuple(_as_matches(normalized, [(a.start, a.end, a.actor) for a in named])),
        tuple(_territory(normalized, areas, actors, dates, published)),
        tuple(_as_matches(normalized, [(p.start, p.end, p.place) for p in places])),
        tuple(_unresolved(normalized, dates, untyped)),
    )


def _as_matches(normalized: Normalized, spans: Iterable[tuple[int, int, T]]) -> Iterator[Match[T]]:
    original = normalized.original
    for start, end, value in spans:
        first, last = normalized.span(start, end)
        yield Match(first, last, original[first:last], value)


def _parse_one(item: tuple[str, datetime.date | None]) -> Report:
    return parse_report(item[0], published=item[1])


def parse_reports(
    texts: Iterable[str],
    *,
    published: datetime.date | Iterable[datetime.date | None] | None = None,
    workers: int | None = None,
) -> Iterator[Report]:
    """Read many reports, in order; with ``workers`` > 1 in that many processes.

    ``published`` is one date for all, or one date (or None) per text; a list
    of dates shorter or longer than the texts raises ``ValueError`` when the
    shorter one runs out.

    Examples:
        >>> [len(report.events) for report in parse_reports(["قتل 3 مدنيين", "لا شيء"])]
        [1, 0]
    """
    items: Iterable[tuple[str, datetime.date | None]]
    if published is None or isinstance(published, datetime.date):
        items = zip(texts, itertools.repeat(published))
    else:
        items = zip(texts, published, strict=True)
    if workers is None or workers <= 1:
        yield from map(_parse_one, items)
        return
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_parse_one, items, chunksize=8)
