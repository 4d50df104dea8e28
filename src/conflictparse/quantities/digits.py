"""The value of a run of digits: «1,200», «2.9», «1.234.567», «1e10», «23.708».

Separators group thousands or mark decimals by their shape; a run that is neither is a list
(«192.168.1.2») and has no value.
"""

from __future__ import annotations

import functools
import math
import re
from fractions import Fraction

__all__ = [
    "MAX_DIGITS",
    "balanced",
    "bracketed",
    "digit_list",
    "dot_grouped",
    "number_value",
]

#: Digit runs longer than this are identifiers or noise, never counts.
MAX_DIGITS = 30

_PARTS = re.compile(
    r"(?P<mantissa>[0-9 .,،]+?)(?:[eE](?P<exponent>[+-]?[0-9]+)|\^(?P<power>[+-]?[0-9.,]+))?"
)
_THOUSANDS = re.compile(r"[0-9]{1,3}+(?P<sep>[,،])[0-9]{3}+(?:(?P=sep)[0-9]{3}+)*+")
_THOUSANDS_DOT = re.compile(r"[0-9]{1,3}+(?:\.[0-9]{3}+){2,}+")
_DECIMAL = re.compile(r"[0-9]*+[.,،][0-9]++")
_DOT_GROUP = re.compile(r"[0-9]{1,3}+\.[0-9]{3}+")  # «23.708»: a decimal, or 23708
_GROUPED_DECIMAL = re.compile(
    r"(?P<int>[0-9]{1,3}+(?P<sep>[,،.])[0-9]{3}+(?:(?P=sep)[0-9]{3}+)*+)[.,](?P<frac>[0-9]++)"
)
_MAX_EXPONENT = 30


def number_value(digits: str) -> Fraction | None:
    """The value of a folded digit run, or None when it is a list or too long.

    Examples:
        >>> number_value("1,200"), number_value("2.9"), number_value("192.168.1.2")
        (Fraction(1200, 1), Fraction(29, 10), None)
    """
    if digits.isdigit():  # the common case, kept fast
        return _integer(digits) if len(digits) <= MAX_DIGITS else None
    if sum(char.isdigit() for char in digits) > MAX_DIGITS:
        return None
    parts = _PARTS.fullmatch(digits)
    if parts is None:
        return None
    mantissa = _plain_value(parts["mantissa"].replace(" ", ""))
    if mantissa is None:
        return None
    if parts["exponent"] is not None:
        exponent = int(parts["exponent"])
        return mantissa * Fraction(10) ** exponent if abs(exponent) <= _MAX_EXPONENT else None
    if parts["power"] is not None:
        sign = -1 if parts["power"].startswith("-") else 1
        power = _plain_value(parts["power"].lstrip("+-"))
        if power is None or power > _MAX_EXPONENT or mantissa == 0:
            return None
        result = float(mantissa) ** float(sign * power)
        return Fraction(result) if math.isfinite(result) else None
    return mantissa


@functools.lru_cache(maxsize=4096)
def _small(number: int) -> Fraction:
    return Fraction(number)


def _integer(digits: str) -> Fraction:
    number = int(digits)
    return _small(number) if number < 10_000 else Fraction(number)


def _plain_value(digits: str) -> Fraction | None:
    if digits.isdigit():
        return _integer(digits)
    if _THOUSANDS.fullmatch(digits) or _THOUSANDS_DOT.fullmatch(digits):
        return Fraction(int("".join(char for char in digits if char.isdigit())))
    if _DECIMAL.fullmatch(digits):
        whole, _, decimals = digits.replace("،", ".").replace(",", ".").partition(".")
        return Fraction(int(whole or "0")) + Fraction(int(decimals), 10 ** len(decimals))
    grouped = _GROUPED_DECIMAL.fullmatch(digits)
    if grouped is not None and digits[grouped.end("int")] != grouped["sep"]:
        integer = int("".join(char for char in grouped["int"] if char.isdigit()))
        return integer + Fraction(int(grouped["frac"]), 10 ** len(grouped["frac"]))
    return None


def dot_grouped(digits: str) -> Fraction | None:
    """«23.708» read with the dot grouping thousands (23708); None for other digits."""
    return Fraction(int(digits.replace(".", ""))) if _DOT_GROUP.fullmatch(digits) else None


_DIGIT_RUN = re.compile(r"[0-9]++")


def digit_list(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """The numbers of a digit run that is no single number: «192.168.1.2» → four.

    (start, end, value) for each run of digits in ``text[start:end]``; none when the run
    is too long to hold counts.
    """
    if end - start > MAX_DIGITS * 2:
        return []
    return [
        (part.start(), part.end(), int(part[0]))
        for part in _DIGIT_RUN.finditer(text, start, end)
        if len(part[0]) <= MAX_DIGITS
    ]


def bracketed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the round brackets the figure ``text[start:end]`` stands alone in, if any.

    «(20)», and with a space or two inside: «( 15 )».
    """
    left = start
    while left > 0 and start - left < _PADDING and text[left - 1] in " \t":
        left -= 1
    right = end
    while right < len(text) and right - end < _PADDING and text[right] in " \t":
        right += 1
    if left > 0 and text[left - 1] == "(" and text[right : right + 1] == ")":
        return left - 1, right + 1
    return None


_PADDING = 2  # spaces inside a bracket around a figure


def balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to the brackets its first and last figures stand in, if they do.

    «(68) ألفًا و(234)» is read from its first digit to its last; the span takes both
    brackets.
    """
    first_open, first_close = text.find("(", start, end), text.find(")", start, end)
    last_open, last_close = text.rfind("(", start, end), text.rfind(")", start, end)
    wide_start, wide_end = start, end
    if first_close >= 0 and not 0 <= first_open < first_close:
        outer = bracketed(text, start, first_close)  # «68) ألفًا»: the first figure's «(»
        wide_start = outer[0] if outer else start
    if last_open > last_close:
        outer = bracketed(text, last_open + 1, end)  # «و(234»: the last figure's «)»
        wide_end = outer[1] if outer else end
    return wide_start, wide_end
