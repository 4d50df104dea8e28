"""Tolls: the count of the killed in an event, with its bounds and qualifier."""

from __future__ import annotations

import bisect
import collections
from collections.abc import Sequence
from typing import NamedTuple

from conflictparse.entities.casualties import CasualtySpan
from conflictparse.model import CasualtyKind, Qualifier, Quantity

__all__ = ["Toll", "best", "fatalities", "high", "low"]


class Toll(NamedTuple):
    """The deaths of one incident, and the span of the counts they were read from."""

    quantity: Quantity
    start: int
    end: int


def fatalities(
    casualties: Sequence[CasualtySpan],
    clauses: Sequence[tuple[int, int]],
    attacker: str | None = None,
) -> Toll | None:
    """The toll of the killed: the latest running total, or else the largest clause's toll.

    Counts in one clause are of different victims and add up («5 مدنيين و2 من
    الدفاع المدني» = 7); across clauses a toll is restated (headline and body),
    so the largest is kept.  The dead of the side that acts (the actor id
    ``attacker``) are other victims than those it killed, told apart: their toll
    is added («27 قتيلا» of the town, then «قتلى التنظيم لا يقل عن 35»: at least 62).
    """
    own = [item for item in casualties if attacker and _side(item) == attacker]
    if own and len(own) < len(casualties):
        others = [item for item in casualties if item not in own]
        tolls = [toll for toll in (_toll(others, clauses), _toll(own, clauses)) if toll]
        if len(tolls) == 2:
            return _added(tolls)
    return _toll(casualties, clauses)


def _added(tolls: Sequence[Toll]) -> Toll:
    """The tolls of different victims as one: their sum, over all their spans."""
    return Toll(
        _sum([toll.quantity for toll in tolls]),
        min(toll.start for toll in tolls),
        max(toll.end for toll in tolls),
    )


def _side(item: CasualtySpan) -> str | None:
    actor = item.casualty.actor
    return actor.id if actor is not None else None


def _toll(casualties: Sequence[CasualtySpan], clauses: Sequence[tuple[int, int]]) -> Toll | None:
    killed = [
        item
        for item in casualties
        if item.casualty.kind is CasualtyKind.KILLED and not item.casualty.breakdown
    ]
    if not killed:
        return None
    totals = [item for item in killed if item.casualty.total]
    if totals:
        return Toll(totals[-1].casualty.count, totals[-1].start, totals[-1].end)
    by_clause: dict[int, list[CasualtySpan]] = collections.defaultdict(list)
    starts = sorted(start for start, _ in clauses)
    for item in killed:
        by_clause[bisect.bisect_right(starts, item.start) - 1].append(item)
    told = [
        (
            Toll(_sum([item.casualty.count for item in items]), items[0].start, items[-1].end),
            _sides(items),
        )
        for items in by_clause.values()
    ]
    # the largest; of equal ones, one told with a bound («43 قتيلا» in the headline, «ما لا
    # يقل عن 43» in the body: at least 43)
    largest, sides = max(
        told, key=lambda pair: (best(pair[0].quantity) or 0, _bounded(pair[0].quantity))
    )
    # the dead of another side, told in a clause of their own, are other victims: «قتل 5
    # عناصر من قوات النظام في انفجار عبوة» then «… مقتل 2 من عناصر الدفاع الوطني» is 7
    others = []
    for toll, theirs in told:
        if sides and theirs and sides.isdisjoint(theirs):
            others.append(toll)
            sides = sides | theirs
    return _added([largest, *others]) if others else largest


def _sides(items: list[CasualtySpan]) -> frozenset[str]:
    """The sides of a clause's dead, when each count names one: none when one does not."""
    sides = [_side(item) for item in items]
    return frozenset(side for side in sides if side is not None) if all(sides) else frozenset()


def _bounded(quantity: Quantity) -> bool:
    return quantity.qualifier is not Qualifier.EXACT


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
