"""Values: a number as an ``int`` or a ``float``, and one shared ``Quantity`` per value.

The reader builds a quantity for every number it reads; most are the same few values
(«5», «نحو 10»), so each is made once and shared: a :class:`~conflictparse.model.Quantity`
is frozen.
"""

from __future__ import annotations

import functools
from fractions import Fraction

from conflictparse.model import Qualifier, Quantity

__all__ = ["BOUNDS", "as_number", "bounded_range", "is_power_of_ten", "make_quantity"]

_LOWER = frozenset({Qualifier.MORE_THAN, Qualifier.AT_LEAST})
_UPPER = frozenset({Qualifier.LESS_THAN, Qualifier.AT_MOST})
BOUNDS = _LOWER | _UPPER  # the qualifiers of a quantity that may merge into a range


def is_power_of_ten(value: Fraction) -> bool:
    """100, 1000, 10**6 …: the wholes that «من» divides by."""
    if value.denominator != 1 or value < 100:
        return False
    digits = str(value.numerator)
    return digits[0] == "1" and digits.count("0") == len(digits) - 1


def as_number(value: Fraction) -> int | float:
    """An ``int`` for a whole value, a ``float`` otherwise."""
    return int(value) if value.denominator == 1 else float(value)


_MAKERS = {
    Qualifier.EXACT: Quantity.exact,
    Qualifier.APPROX: Quantity.approx,
    Qualifier.AT_LEAST: Quantity.at_least,
    Qualifier.MORE_THAN: Quantity.more_than,
    Qualifier.AT_MOST: Quantity.at_most,
    Qualifier.LESS_THAN: Quantity.less_than,
}


@functools.lru_cache(maxsize=1024, typed=True)
def make_quantity(qualifier: Qualifier, value: int | float, unit: str | None = None) -> Quantity:
    """The quantity: one shared object for the same arguments (a ``Quantity`` is frozen)."""
    return _MAKERS[qualifier](value, unit)


def bounded_range(first: Quantity, second: Quantity) -> Quantity | None:
    """«أكثر من 10» and «أقل من 20», either first: the range 10–20, when its ends are in order."""
    low, high = (second, first) if first.qualifier in _UPPER else (first, second)
    if low.qualifier not in _LOWER or high.qualifier not in _UPPER or low.unit != high.unit:
        return None
    if low.value is None or high.value is None or low.value >= high.value:
        return None
    return Quantity.between(low.value, high.value, low.unit)
