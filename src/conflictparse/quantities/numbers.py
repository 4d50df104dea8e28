"""Arabic cardinal numbers and quantities: :func:`parse_number` and :func:`find_numbers`.

The reader works on the folded text (see :mod:`conflictparse.text.normalize`) in
three steps:

1. one regular expression finds *anchors*: digit runs and words of the number
   lexicon, with their clitics;
2. from each anchor a small state machine (:mod:`conflictparse.quantities.grammar`) reads
   the number words by the grammar, so that a list such as «3 و4» stays two
   numbers while «ستة وتسعين» is one;
3. the words around the number give its qualifier, range partner, sign and
   percent unit.

Every expression is linear: possessive quantifiers, bounded look-behind
windows, and a cursor that only moves forward.

This module holds the public doors; the reader is
:class:`~conflictparse.quantities.reader.QuantityReader` and its regular expressions are in
:mod:`conflictparse.quantities.patterns`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction

from conflictparse.dates.finder import date_spans
from conflictparse.errors import NumberParseError
from conflictparse.model import Match, Quantity
from conflictparse.quantities.digits import MAX_DIGITS
from conflictparse.quantities.patterns import SLASHED, number_patterns
from conflictparse.quantities.reader import QuantityReader, QuantitySpan
from conflictparse.quantities.values import as_number
from conflictparse.text.lexicon.numbers import WordKind, number_lexicon
from conflictparse.text.normalize import Normalized, normalize
from conflictparse.text.prepared import PreparedText, as_prepared, prepare

__all__ = [
    "MAX_DIGITS",
    "QuantitySpan",
    "find_numbers",
    "parse_number",
    "scan_quantities",
]


def scan_quantities(
    prepared: PreparedText, taken: Sequence[tuple[int, int]] | None = None
) -> list[QuantitySpan]:
    """Quantities in folded text outside the ``taken`` spans, in folded offsets.

    ``taken`` defaults to the spans of the dates that may hold digits: their
    digits belong to the date, not to a count.
    """
    if taken is None:
        return prepared.memo("quantities", lambda: scan_quantities(prepared, date_spans(prepared)))
    return [
        found
        for found in QuantityReader(prepared.text, taken, prepared.index)
        if not _and_one_of(prepared, found)
    ]


def _and_one_of(prepared: PreparedText, found: QuantitySpan) -> bool:
    """Whether a one is «و» + «أحد», one of, that folding made «واحد»: «قتل ضابط وأحد مرافقيه».

    Written with its hamza, «وأحد» alone is never the number one.
    """
    return (
        found.quantity.value == 1
        and found.end - found.start == len(_AND_ONE_OF)
        and prepared.normalized.written(found.start, found.end) == _AND_ONE_OF
    )


_AND_ONE_OF = "وأحد"


def find_numbers(text: str | PreparedText) -> list[Match[Quantity]]:
    """Every cardinal quantity in running text, in order, without overlaps.

    Never raises on a ``str``; spans index the original ``text``.

    Examples:
        >>> [(m.text, m.value.value) for m in find_numbers("قتل 3 و4 عناصر")]
        [('3', 3), ('4', 4)]
        >>> find_numbers("ما لا يقل عن 96 قتيلاً")[0].value.qualifier.value
        'at_least'
    """
    prepared = as_prepared(text)
    return prepared.matches((q.start, q.end, q.quantity) for q in scan_quantities(prepared))


_HUNDREDTHS = re.compile(r"(?P<whole>.+?)[ \t]++[,،][ \t]++(?P<part>.+)")


def parse_number(text: str) -> Quantity:
    """Read ``text`` as exactly one quantity expression.

    Raises :class:`~conflictparse.errors.NumberParseError` (a ``ParseError``)
    with the position of the fault when the text is anything else.

    Examples:
        >>> parse_number("ما لا يقل عن 96")
        Quantity(value=96, low=96, high=None, qualifier=<Qualifier.AT_LEAST: 'at_least'>, unit=None)
        >>> parse_number("ستة وتسعين").value
        96
    """
    prepared = prepare(text)
    folded = prepared.text.strip()
    slashed = SLASHED.fullmatch(folded.removeprefix("-"))
    if slashed is not None and int(slashed["den"]) != 0:
        value = Fraction(int(slashed["num"]), int(slashed["den"]))
        return Quantity.exact(as_number(-value if folded.startswith("-") else value))
    hundredths = _HUNDREDTHS.fullmatch(folded)
    if hundredths is not None:
        amount = _hundredths(hundredths)
        if amount is not None:
            return amount
    return _single(prepared.normalized, find_numbers(prepared))


def _single(normalized: Normalized, matches: list[Match[Quantity]]) -> Quantity:
    """The one match that covers the whole text, or the fault's position."""
    text = normalized.original
    folded = normalized.text
    body_start = len(folded) - len(folded.lstrip())
    body_end = len(folded.rstrip())
    if body_start == body_end:
        raise NumberParseError(
            "expected a number", text, normalized.span(body_start, body_start)[0]
        )
    start, end = normalized.span(body_start, body_end)
    if not matches:
        opener = number_patterns().before.search(folded, body_start, body_end)
        position = start
        if opener is not None and opener.start() <= body_start + 1:
            position = normalized.span(opener.start(), opener.end())[1]  # a qualifier alone
        raise NumberParseError("expected a number", text, position)
    first = matches[0]
    leading = normalize(text[start : first.start]).text.strip()
    if leading and (len(leading) > 1 or leading not in "وفبلك"):
        raise NumberParseError("unexpected text before the number", text, start)
    if len(matches) > 1:
        raise NumberParseError("more than one number", text, matches[1].start)
    if first.end < end:
        following = normalize(text[first.end :])
        gap = len(following.text) - len(following.text.lstrip())
        position = first.end + following.span(gap, gap + 1)[0] if gap < len(following.text) else end
        raise NumberParseError("unexpected text after the number", text, position)
    return first.value


def _hundredths(found: re.Match[str]) -> Quantity | None:
    """«اثنا عشر , ثلاثون» = 12.30: an amount with its hundredths after a comma."""
    try:
        whole = parse_number(found["whole"]).value
        head = number_lexicon().words.get(found["part"])
        if head is not None and head.kind is WordKind.TEEN_HEAD:
            part: int | float | None = int(head.value)  # «إحدى» alone is 1 here
        else:
            part = parse_number(found["part"]).value
    except NumberParseError:
        return None
    if not isinstance(whole, int) or not isinstance(part, int) or not 0 <= part < 100:
        return None
    sign = -1 if whole < 0 else 1
    return Quantity.exact(as_number(Fraction(whole) + sign * Fraction(part, 100)))
