"""Tolls: the count of the killed in an event, with its bounds and qualifier."""

from __future__ import annotations

import bisect
import collections

from conflictparse.events.segment import Passage
from conflictparse.model import CasualtyKind, Qualifier, Quantity

__all__ = ["best", "fatalities", "high", "low"]


def fatalities(passage: Passage) -> Quantity | None:
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
    return max(sums, key=lambda quantity: best(quantity) or 0)


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
        return Quantity(value=value, low=low, high=high, qualifier=Qualifier.EXACT)
    for bound, strict, same_side in _ONE_SIDED:  # «أكثر من 40» and «11»: more than 51
        if qualifiers <= same_side:
            qualifier = strict if strict in qualifiers else bound
            if bound is Qualifier.AT_LEAST:
                return Quantity(value=value, low=low, high=None, qualifier=qualifier)
            return Quantity(value=value, low=None, high=high, qualifier=qualifier)
    if value is not None:
        return Quantity(value=value, low=None, high=None, qualifier=Qualifier.APPROX)
    return Quantity(value=value, low=low, high=high, qualifier=Qualifier.VAGUE)


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


def best(quantity: Quantity | None) -> float | None:
    """The figure a toll gives, or its lower bound (the conservative reading)."""
    if quantity is None:
        return None
    for value in (quantity.value, quantity.low, quantity.high):
        if value is not None:
            return value
    return None


def low(quantity: Quantity | None) -> float | None:
    """The lower bound of a toll, where it has one."""
    if quantity is None:
        return None
    return quantity.low


def high(quantity: Quantity | None) -> float | None:
    """The upper bound of a toll, where it has one."""
    if quantity is None:
        return None
    return quantity.high
