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
"""

from __future__ import annotations

import bisect
import functools
import heapq
import re
from collections.abc import Iterable, Iterator, Sequence
from fractions import Fraction
from typing import NamedTuple

import attrs
import regex

from conflictparse.dates.finder import date_spans
from conflictparse.errors import NumberParseError
from conflictparse.model import Match, Qualifier, Quantity
from conflictparse.quantities.grammar import (
    MAX_DIGITS,
    Cardinal,
    Cursor,
    Token,
    read_cardinal,
)
from conflictparse.text.lexicon.numbers import ScaleForm, WordKind, number_lexicon
from conflictparse.text.normalize import Normalized, normalize
from conflictparse.text.prepared import PreparedText, as_prepared, prepare
from conflictparse.text.tokens import LETTER, TextIndex

__all__ = [
    "MAX_DIGITS",
    "QuantitySpan",
    "find_numbers",
    "parse_number",
    "scan_quantities",
]

_LOOKBEHIND = 48  # longest qualifier phrase, with spaces, in folded characters
_LOOKAHEAD = 128  # longest phrase after a number, with two words of its noun

# Numeric dates, times and slashed pairs: «13/3/2018», «2018-03-13», «7:25», «3/4».
_DATE_LIKE = re.compile(r"[0-9]++(?:[/:][0-9]++)++(?:[/:.-][0-9]++)*+|[0-9]++(?:-[0-9]++){2,}+")
_SLASHED = re.compile(r"(?P<num>[0-9]{1,6}+)/(?P<den>[0-9]{1,6}+)")
_UNIT_POWER = re.compile(rf"(?<![{LETTER}])(?:كم|م|سم|ملم)[23]\Z(?![0-9])")
_DIGIT_RUN = re.compile(r"[0-9]++")
_GLUED_WORD = re.compile(rf"[{LETTER}A-Za-z]*+")


_DIGIT_ANCHOR = re.compile(r"[0-9]+|(?<![0-9.,،])\.(?=[0-9])")


def _phrase_pattern(phrases: Iterable[str]) -> str:
    """An alternation of folded phrases, longest first, spaces matching any run."""
    parts = [r"[ \t]++".join(regex.escape(word) for word in phrase.split()) for phrase in phrases]
    return "|".join(sorted(parts, key=len, reverse=True))


def _key(phrase: str) -> str:
    return " ".join(phrase.split())


@attrs.frozen(slots=True)
class _Patterns:
    before: regex.Pattern[str]
    context: regex.Pattern[str]
    follow: re.Pattern[str]
    percent_after: re.Pattern[str]
    after_qualifier: re.Pattern[str]
    inclusive: re.Pattern[str]
    range_and: re.Pattern[str]
    range_to: re.Pattern[str]
    range_dash: re.Pattern[str]
    over: re.Pattern[str]
    per: re.Pattern[str]
    pronoun_one: regex.Pattern[str]
    identifier: regex.Pattern[str]
    decimal_point: re.Pattern[str]
    mixed_fraction: re.Pattern[str]
    change_verb: regex.Pattern[str]
    bound_joint: re.Pattern[str]


@functools.cache
def _patterns() -> _Patterns:
    lexicon = number_lexicon()
    openers = [
        *lexicon.qualifiers_before,
        *lexicon.range_between,
        *lexicon.range_from,
        *lexicon.negative,
        *lexicon.fraction_part_of,
    ]
    not_letter = rf"(?<![{LETTER}])"
    # A phrase starts a word (after at most one proclitic letter); a symbol
    # such as «>» must not be part of «=>» or «<>».
    phrase_start = rf"(?:{not_letter}(?![<>])|(?<={not_letter}[وبفل])|(?<![=<>])(?=[<>]))"
    to_words = _phrase_pattern(lexicon.range_to)
    forward = {
        "percent_after": rf"[ \t]*+(?:{_phrase_pattern(lexicon.percent_after)})(?![{LETTER}])",
        "after_qualifier": (
            rf"(?:[ \t]++[{LETTER}]++){{0,2}}?[ \t]*+[-،,]?[ \t]*+"
            rf"(?P<phrase>{_phrase_pattern(lexicon.qualifiers_after)})(?![{LETTER}])"
            r"(?![ \t]*+(?:من[ \t]*+)?[0-9])"
        ),
        "inclusive": (
            rf"[ \t]*+(?:{_phrase_pattern(lexicon.inclusive_after)})(?![{LETTER}])"
            r"(?![ \t]*+[0-9])"
        ),
        "range_and": r"[ \t]*+(?:-[ \t]*+)?و[ \t]*+",
        "range_to": rf"[ \t]++(?:{to_words})[ \t]*+",
        "range_dash": rf"[ \t]*+(?:[-~]|(?<=[ \t])(?:{to_words})[ \t])[ \t]*+(?=[0-9])",
        "over": rf"[ \t]++(?:{_phrase_pattern(lexicon.fraction_over)})[ \t]++(?=[0-9{LETTER}])",
        "per": rf"[ \t]++(?:{_phrase_pattern(lexicon.fraction_per)})[ \t]++(?=[0-9{LETTER}])",
        "decimal_point": r"[ \t]++فاصله[ \t]++",
        "mixed_fraction": r"[ \t]++(?P<num>[0-9]{1,6}+)/(?P<den>[0-9]{1,6}+)(?![0-9/])",
    }
    # Anything at all that may follow a number and change it: when this does
    # not match, none of the forward patterns can, and all are skipped.
    follow = "|".join(re.sub(r"\(\?P<\w+>", "(?:", body) for body in forward.values())
    return _Patterns(
        follow=re.compile(follow),
        **{name: re.compile(body) for name, body in forward.items()},
        before=regex.compile(rf"(?r){phrase_start}(?P<phrase>{_phrase_pattern(openers)})[ \t]*+\Z"),
        context=regex.compile(
            rf"(?r)(?:{phrase_start}(?P<phrase>{_phrase_pattern(openers)})[ \t]*+)?"
            rf"(?P<percent>(?:{_phrase_pattern(lexicon.percent_before)})[ \t]*+)?"
            rf"(?P<article>{not_letter}ال[ \t]*+)?"
            r"(?P<minus>(?<![0-9\w-])-[ \t]?+)?\Z"
        ),
        pronoun_one=regex.compile(
            rf"(?r){not_letter}(?:{_phrase_pattern(lexicon.pronoun_one_after)})[ \t]++\Z"
        ),
        identifier=regex.compile(
            rf"(?r){not_letter}(?:{_phrase_pattern(lexicon.identifier_after)})[ \t]++\Z"
        ),
        change_verb=regex.compile(
            rf"(?r){not_letter}(?:{_phrase_pattern(lexicon.change_verbs)})(?![{LETTER}])"
        ),
        bound_joint=re.compile(r"[ \t]*+[،,]?[ \t]*+(?:و|او)[ \t]*+\Z"),
    )


class QuantitySpan(NamedTuple):
    """A quantity found in folded text (offsets into the folded string)."""

    start: int
    end: int
    quantity: Quantity
    core_end: int = -1  # the end of the number itself, before a qualifier after its noun

    @property
    def number_end(self) -> int:
        """Where the number ends: «45» in «45 قتيلا على الأقل»."""
        return self.core_end if self.core_end >= 0 else self.end


def _is_power_of_ten(value: Fraction) -> bool:
    """100, 1000, 10**6 …: the wholes that «من» divides by."""
    if value.denominator != 1 or value < 100:
        return False
    digits = str(value.numerator)
    return digits[0] == "1" and digits.count("0") == len(digits) - 1


def _number(value: Fraction) -> int | float:
    return int(value) if value.denominator == 1 else float(value)


_MAKERS = {
    Qualifier.EXACT: Quantity.exact,
    Qualifier.APPROX: Quantity.approx,
    Qualifier.AT_LEAST: Quantity.at_least,
    Qualifier.MORE_THAN: Quantity.more_than,
    Qualifier.AT_MOST: Quantity.at_most,
    Qualifier.LESS_THAN: Quantity.less_than,
}
_INCLUSIVE = {Qualifier.MORE_THAN: Qualifier.AT_LEAST, Qualifier.LESS_THAN: Qualifier.AT_MOST}
_LOWER = frozenset({Qualifier.MORE_THAN, Qualifier.AT_LEAST})
_UPPER = frozenset({Qualifier.LESS_THAN, Qualifier.AT_MOST})


class _Reader:
    """Finds quantities in one folded text, left to right."""

    def __init__(
        self, text: str, taken: Sequence[tuple[int, int]] = (), index: TextIndex | None = None
    ) -> None:
        self.text = text
        self.index = index if index is not None else TextIndex(text)
        self.taken = taken  # spans already read as something else (dates), in order
        self._taken_ends = [end for _, end in taken]
        self.lexicon = number_lexicon()
        self.patterns = _patterns()
        self.cursor = Cursor(text, self.lexicon)

    def __iter__(self) -> Iterator[QuantitySpan]:
        floor = 0
        pending: QuantitySpan | None = None
        taken = iter(self.taken)
        next_taken = next(taken, None)
        for anchor in self._anchors():
            while next_taken is not None and next_taken[1] <= anchor:
                next_taken = next(taken, None)
            if next_taken is not None and next_taken[0] <= anchor:
                floor = max(floor, next_taken[1])  # digits of a date belong to the date
            if anchor < floor:
                continue
            found, floor = self._at(anchor, max(floor, self._taken_before(anchor)))
            for item in found:
                merged = None if pending is None else self._merge_bounds(pending, item)
                if merged is not None:
                    pending = merged
                    continue
                if pending is not None:
                    yield pending
                pending = item
        if pending is not None:
            yield pending

    def _taken_before(self, pos: int) -> int:
        """The end of the last taken span before ``pos``: look-behinds stop there."""
        index = bisect.bisect_right(self._taken_ends, pos) - 1
        return self._taken_ends[index] if index >= 0 else 0

    def _anchors(self) -> Iterator[int]:
        """Start offsets of digit runs and of words the number lexicon knows, in order."""
        digits = (anchor.start() for anchor in _DIGIT_ANCHOR.finditer(self.text))
        return heapq.merge(digits, self.index.anchors(self.lexicon.surfaces))

    # -- one anchor ------------------------------------------------------------

    def _at(self, pos: int, floor: int) -> tuple[list[QuantitySpan], int]:
        """Read what starts at anchor ``pos``; return its matches and the new floor."""
        text = self.text
        if text[pos] in "23" and _UNIT_POWER.search(text, max(0, pos - 4), pos + 1):
            return [], pos + 1  # «م2», «كم²»: the power of a unit, not a count
        if text[pos] in "0123456789":
            date_like = _DATE_LIKE.match(text, pos, pos + _LOOKAHEAD)
            if date_like is not None:
                slashed = _SLASHED.fullmatch(date_like[0])
                if slashed is None or int(slashed["num"]) >= int(slashed["den"]):
                    return [], date_like.end()
                value = Fraction(int(slashed["num"]), int(slashed["den"]))
                cardinal = Cardinal(value, pos, date_like.end(), None, joined=False)
                return self._quantity(cardinal, floor)
        first = self.cursor.read(pos)
        if first is None:
            return [], pos + 1
        if first.glued:
            return [], _GLUED_WORD.match(text, first.end).end()  # type: ignore[union-attr]
        if first.word is None and first.number is None:
            return self._digit_list(first), max(first.end, pos + 1)
        word = first.word
        if word is not None and word.kind is WordKind.ORDINAL:
            return [], self._skip_ordinal(first)
        if word is not None and (
            word.kind is WordKind.VAGUE
            or (word.kind is WordKind.SCALE and word.form is ScaleForm.PLURAL)
        ):
            return self._vague(first, floor)
        read = read_cardinal(self.cursor, first)
        if read is None:
            return [], first.end
        cardinal = read
        window = max(floor, first.start - _LOOKBEHIND)
        if cardinal.value == 1 and self.patterns.pronoun_one.search(text, window, first.start):
            return [], cardinal.end  # «أي واحد», «كل واحد»: a pronoun, not a count
        if first.number is not None and self.patterns.identifier.search(text, window, first.start):
            return [], cardinal.end  # «رقم 1720»: a name, not a count
        if self._ahead(self.patterns.follow, cardinal.end) is not None:
            cardinal = self._extend(cardinal)
        return self._quantity(cardinal, floor)

    def _extend(self, cardinal: Cardinal) -> Cardinal:
        """«خمسة فاصلة خمسة», «2 1/4», «1 على 3», «3 أجزاء من 5»: one number."""
        patterns = self.patterns
        end = cardinal.end
        point = self._ahead(patterns.decimal_point, end)
        if point is not None:
            decimals = self._cardinal_at(point.end())
            if decimals is not None and decimals.value.denominator == 1 and decimals.value >= 0:
                places = len(str(decimals.value))
                value = cardinal.value + Fraction(int(decimals.value), 10**places)
                return cardinal._replace(value=value, end=decimals.end, scale=None)
        mixed = self._ahead(patterns.mixed_fraction, end)
        if mixed is not None and cardinal.value.denominator == 1:
            part = Fraction(int(mixed["num"]), int(mixed["den"] or 1) or 1)
            if 0 < part < 1:
                return cardinal._replace(value=cardinal.value + part, end=mixed.end())
        over = self._ahead(patterns.over, end)
        if over is not None:
            divisor = self._cardinal_at(over.end())
            if divisor is not None and divisor.value != 0:
                value = cardinal.value / divisor.value
                return cardinal._replace(value=value, end=divisor.end, scale=None)
        per = self._ahead(patterns.per, end)
        if per is not None:
            whole = self._cardinal_at(per.end())
            if whole is not None and _is_power_of_ten(whole.value) and cardinal.value < whole.value:
                value = cardinal.value / whole.value
                return cardinal._replace(value=value, end=whole.end, scale=None)
        return cardinal

    def _ahead(self, pattern: re.Pattern[str], pos: int) -> re.Match[str] | None:
        """Match ``pattern`` at ``pos`` within a bounded window (linear time)."""
        return pattern.match(self.text, pos, pos + _LOOKAHEAD)

    def _cardinal_at(self, pos: int) -> Cardinal | None:
        token = self.cursor.read(pos)
        return None if token is None else read_cardinal(self.cursor, token)

    def _opener(self, start: int, floor: int) -> regex.Match[str] | None:
        return self.patterns.before.search(self.text, max(floor, start - _LOOKBEHIND), start)

    def _context(self, start: int, floor: int) -> regex.Match[str] | None:
        """One look back: an opener phrase, a percent sign, a detached article, a minus."""
        found = self.patterns.context.search(self.text, max(floor, start - _LOOKBEHIND), start)
        return found if found is not None and found.start() < start else None

    def _quantity(self, cardinal: Cardinal, floor: int) -> tuple[list[QuantitySpan], int]:
        """Put qualifier, sign, percent and range around a cardinal number."""
        text = self.text
        patterns = self.patterns
        lexicon = self.lexicon
        value, start, end = cardinal.value, cardinal.start, cardinal.end
        context = self._context(start, floor)
        follows = self._ahead(patterns.follow, end) is not None
        if context is None and not follows:
            return [QuantitySpan(start, end, Quantity.exact(_number(value)))], end
        unit: str | None = None
        opener: regex.Match[str] | None = None
        phrase: str | None = None
        if context is not None:
            if context["minus"] is not None and text[start] in "0123456789":
                value = -value
            if context["percent"] is not None:
                unit = "percent"
            own = [
                context.start(group) for group in ("percent", "article", "minus") if context[group]
            ]
            start = min(own, default=start)
            if context["phrase"] is not None:
                opener, phrase = context, _key(context["phrase"])
        while opener is not None and (
            phrase in lexicon.negative or (phrase in lexicon.fraction_part_of and value != 0)
        ):
            value = -value if phrase in lexicon.negative else 1 / value
            start = opener.start("phrase")
            opener = self._opener(start, floor)
            phrase = _key(opener["phrase"]) if opener is not None else None
        if follows:
            percent = self._ahead(patterns.percent_after, end)
            if percent is not None and unit is None:
                unit, end = "percent", percent.end()

        qualifier = lexicon.qualifiers_before.get(phrase) if phrase is not None else None
        range_kind = None
        if opener is not None and qualifier is None:
            if phrase in lexicon.range_between:
                range_kind = "between"
            elif phrase in lexicon.range_from and not self._is_change(
                opener.start("phrase"), floor
            ):
                range_kind = "from"
        if range_kind is not None or follows:
            ranged = self._ranged(
                cardinal, value=value, start=start, end=end, kind=range_kind, unit=unit, floor=floor
            )
            if ranged is not None:
                if opener is not None and range_kind is not None:
                    ranged = QuantitySpan(opener.start("phrase"), ranged.end, ranged.quantity)
                return [ranged], ranged.end

        span_start = opener.start("phrase") if opener is not None and qualifier else start
        if follows:
            inclusive = self._ahead(patterns.inclusive, end)
            if inclusive is not None and qualifier in _INCLUSIVE:
                qualifier, end = _INCLUSIVE[qualifier], inclusive.end()
            elif qualifier is None or qualifier is Qualifier.APPROX:
                after = self._ahead(patterns.after_qualifier, end)
                if after is not None:
                    qualifier = lexicon.qualifiers_after[_key(after["phrase"])]
                    number_end, end = end, after.end()
                    quantity = _MAKERS[qualifier](_number(value), unit)
                    return [QuantitySpan(span_start, end, quantity, number_end)], end
        quantity = _MAKERS[qualifier or Qualifier.EXACT](_number(value), unit)
        return [QuantitySpan(span_start, end, quantity)], end

    def _ranged(
        self,
        cardinal: Cardinal,
        *,
        value: Fraction,
        start: int,
        end: int,
        kind: str | None,
        unit: str | None,
        floor: int,
    ) -> QuantitySpan | None:
        """The range this number opens, if the text goes on to close it."""
        low = Cardinal(value, start, cardinal.end, cardinal.scale, cardinal.joined)
        ranged = self._range(low, kind, end, unit, floor)
        if ranged is None and kind == "between" and cardinal.joined:
            # «بين عشرة وخمسة عشر»: the first end must not swallow the second.
            token = self.cursor.read(cardinal.start)
            split = None if token is None else read_cardinal(self.cursor, token, join=False)
            if split is not None:
                low = Cardinal(split.value, start, split.end, split.scale, split.joined)
                ranged = self._range(low, kind, split.end, unit, floor)
        return ranged

    def _is_change(self, opener_start: int, floor: int) -> bool:
        """«ارتفع العدد من 20 إلى 30» is a change of a count, not a range."""
        window_start = max(floor, opener_start - _LOOKBEHIND)
        return self.patterns.change_verb.search(self.text, window_start, opener_start) is not None

    def _range(
        self, low: Cardinal, kind: str | None, end: int, unit: str | None, floor: int
    ) -> QuantitySpan | None:
        """Read «و Y», «إلى Y» or «- Y» after the low end of a range."""
        patterns = self.patterns
        text = self.text
        if kind == "between":
            joint = self._ahead(patterns.range_and, end)
        elif kind == "from":
            joint = self._ahead(patterns.range_to, end)
        elif text[low.start : low.end].lstrip("-").isdigit():
            joint = self._ahead(patterns.range_dash, end)
            if joint is not None and (
                _DATE_LIKE.match(text, joint.end()) or self._is_change(low.start, floor)
            ):
                joint = None
        else:
            joint = None
        if joint is None:
            return None
        high = self._cardinal_at(joint.end())
        if high is None or (kind is None and not text[high.start : high.end].isdigit()):
            return None
        low_value = low.value
        if high.scale is not None and low.scale is None and low_value * high.scale <= high.value:
            low_value *= high.scale
        stop = high.end
        percent = self._ahead(patterns.percent_after, stop)
        if percent is not None:
            unit, stop = "percent", percent.end()
        if low_value >= high.value:
            return None
        quantity = Quantity.between(_number(low_value), _number(high.value), unit)
        return QuantitySpan(low.start, stop, quantity)

    def _vague(self, first: Token, floor: int) -> tuple[list[QuantitySpan], int]:
        """«عشرات», «مئات الآلاف», «بضعة آلاف», «آلاف» → bounds, no value."""
        word = first.word
        if word is None:  # pragma: no cover - the caller checked the kind
            return [], first.end
        if word.kind is WordKind.SCALE:
            low, high = 2 * word.value, 10 * word.value - 1
        else:
            low, high = word.value, word.high
        end = first.end
        following = self.cursor.read(end)
        if following is not None and not following.conj and following.word is not None:
            multiplier = following.word
            step = Fraction(1)
            if multiplier.kind is WordKind.SCALE and multiplier.form is ScaleForm.PLURAL:
                step = multiplier.value
            elif multiplier.kind is WordKind.VAGUE and word.high < 10:
                step = multiplier.step  # «بضع مئات»
            if step > 1:
                low, high = low * step, (high + 1) * step - 1
                end = following.end
        start = first.start
        context = self._context(start, floor)
        phrase = context["phrase"] if context is not None else None
        if context is not None and phrase and _key(phrase) in self.lexicon.qualifiers_before:
            start = context.start("phrase")  # «نحو عشرات»: the hedge is kept in the span
        return [QuantitySpan(start, end, Quantity.vague(_number(low), _number(high)))], end

    def _skip_ordinal(self, first: Token) -> int:
        """Consume «الثالث عشر» or «الخامس والعشرين» so no part reads as a count."""
        following = self.cursor.read(first.end)
        if following is not None and following.word is not None:
            kind = following.word.kind
            if (kind is WordKind.TEN and not following.conj) or (
                kind is WordKind.TENS and following.conj
            ):
                return following.end
        return first.end

    def _digit_list(self, token: Token) -> list[QuantitySpan]:
        """A digit run that is no single number: «192.168.1.2» is four numbers."""
        if token.end - token.start > MAX_DIGITS * 2:
            return []
        return [
            QuantitySpan(part.start(), part.end(), Quantity.exact(int(part[0])))
            for part in _DIGIT_RUN.finditer(self.text, token.start, token.end)
            if len(part[0]) <= MAX_DIGITS
        ]

    def _merge_bounds(self, first: QuantitySpan, second: QuantitySpan) -> QuantitySpan | None:
        """«أكثر من 10 وأقل من 20» is one range, when its ends are in order."""
        low, high = first.quantity, second.quantity
        if low.qualifier in _UPPER and high.qualifier in _LOWER:
            low, high = high, low
        if low.qualifier not in _LOWER or high.qualifier not in _UPPER or low.unit != high.unit:
            return None
        if low.value is None or high.value is None or low.value >= high.value:
            return None
        if not self.patterns.bound_joint.match(self.text, first.end, second.start):
            return None
        return QuantitySpan(
            first.start, second.end, Quantity.between(low.value, high.value, low.unit)
        )


def scan_quantities(
    prepared: PreparedText, taken: Sequence[tuple[int, int]] | None = None
) -> list[QuantitySpan]:
    """Quantities in folded text outside the ``taken`` spans, in folded offsets.

    ``taken`` defaults to the spans of the dates that may hold digits: their
    digits belong to the date, not to a count.
    """
    if taken is None:
        return prepared.memo("quantities", lambda: scan_quantities(prepared, date_spans(prepared)))
    return list(_Reader(prepared.text, taken, prepared.index))


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
    slashed = _SLASHED.fullmatch(folded.removeprefix("-"))
    if slashed is not None and int(slashed["den"]) != 0:
        value = Fraction(int(slashed["num"]), int(slashed["den"]))
        return Quantity.exact(_number(-value if folded.startswith("-") else value))
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
        opener = _patterns().before.search(folded, body_start, body_end)
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
    return Quantity.exact(_number(Fraction(whole) + sign * Fraction(part, 100)))
