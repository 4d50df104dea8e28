"""Value types shared by every parser: spans, quantities and their qualifiers."""

from __future__ import annotations

import enum
from typing import Generic, TypeVar

import attrs

__all__ = ["Match", "Qualifier", "Quantity"]

T = TypeVar("T")
Number = int | float


@attrs.frozen(slots=True)
class Match(Generic[T]):
    """One thing found in a text, with its span in the *original* string.

    ``original[m.start:m.end] == m.text`` always holds, whatever normalisation
    happened underneath.
    """

    start: int
    end: int
    text: str
    value: T


class Qualifier(enum.StrEnum):
    """How a stated quantity relates to the true count."""

    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    RANGE = "range"
    VAGUE = "vague"


def _check_bounds(
    instance: Quantity, _attribute: attrs.Attribute[Number | None], _value: Number | None
) -> None:
    if instance.low is not None and instance.high is not None and instance.low > instance.high:
        msg = f"low ({instance.low}) must not exceed high ({instance.high})"
        raise ValueError(msg)


@attrs.frozen(slots=True)
class Quantity:
    """A stated amount and how sure the text is about it.

    ``value`` is the figure the text gives (None for ranges and vague words),
    ``low``/``high`` the bounds it implies, ``qualifier`` how to read them.
    ``unit`` is ``"percent"`` for percentages and None for plain counts.

    >>> Quantity.exact(96)
    Quantity(value=96, low=96, high=96, qualifier=<Qualifier.EXACT: 'exact'>, unit=None)
    """

    value: Number | None
    low: Number | None = None
    high: Number | None = attrs.field(default=None, validator=_check_bounds)
    qualifier: Qualifier = Qualifier.EXACT
    unit: str | None = None

    @classmethod
    def exact(cls, value: Number, unit: str | None = None) -> Quantity:
        """«96» → value, low and high all 96."""
        return cls(value, value, value, Qualifier.EXACT, unit)

    @classmethod
    def approx(cls, value: Number, unit: str | None = None) -> Quantity:
        """«نحو 100» → value 100, no bounds."""
        return cls(value, None, None, Qualifier.APPROX, unit)

    @classmethod
    def at_least(cls, value: Number, unit: str | None = None) -> Quantity:
        """«ما لا يقل عن 96» → value 96, low 96 (inclusive)."""
        return cls(value, value, None, Qualifier.AT_LEAST, unit)

    @classmethod
    def more_than(cls, value: Number, unit: str | None = None) -> Quantity:
        """«أكثر من 30» → value 30, low 30 (exclusive)."""
        return cls(value, value, None, Qualifier.MORE_THAN, unit)

    @classmethod
    def at_most(cls, value: Number, unit: str | None = None) -> Quantity:
        """«ما لا يزيد عن 40» → value 40, high 40 (inclusive)."""
        return cls(value, None, value, Qualifier.AT_MOST, unit)

    @classmethod
    def less_than(cls, value: Number, unit: str | None = None) -> Quantity:
        """«أقل من 10» → value 10, high 10 (exclusive)."""
        return cls(value, None, value, Qualifier.LESS_THAN, unit)

    @classmethod
    def between(cls, low: Number, high: Number, unit: str | None = None) -> Quantity:
        """«بين 20 و30» → no value, low 20, high 30."""
        return cls(None, low, high, Qualifier.RANGE, unit)

    @classmethod
    def vague(cls, low: Number, high: Number, unit: str | None = None) -> Quantity:
        """«عشرات» → no value, low 20, high 99."""
        return cls(None, low, high, Qualifier.VAGUE, unit)

    def to_dict(self) -> dict[str, object]:
        """The JSON-ready form: plain numbers and the qualifier's value."""
        return {
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier.value,
            "unit": self.unit,
        }
