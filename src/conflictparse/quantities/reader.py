"""The quantity reader: numbers with their qualifier, sign, percent unit and range.

:class:`QuantityReader` walks the anchors of one folded text (digit runs, number words)
left to right; from each the grammar (:mod:`conflictparse.quantities.grammar`) reads the
number, and the words around it give its qualifier («ما لا يقل عن»), range, sign and unit.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Iterator, Sequence
from fractions import Fraction
from typing import NamedTuple

import regex

from conflictparse.model import Qualifier, Quantity
from conflictparse.quantities.cursor import Cursor, Token
from conflictparse.quantities.digits import balanced, bracketed, digit_list, dot_grouped
from conflictparse.quantities.grammar import Cardinal, ordinal_end, read_cardinal
from conflictparse.quantities.names import (
    after_an_identifier,
    counts_a_day,
    ends_an_outlet,
    glued_to_a_name,
    names_a_place,
)
from conflictparse.quantities.patterns import (
    ARTICLE,
    DATE_LIKE,
    DIGIT_ANCHOR,
    GLUED_WORD,
    LATIN_LETTER,
    LETTER_NAME,
    MINUS,
    PERCENT,
    PHRASE,
    SLASHED,
    UNIT_POWER,
    number_patterns,
    phrase_key,
    search_back,
)
from conflictparse.quantities.vague import vague_bounds
from conflictparse.quantities.values import (
    BOUNDS,
    as_number,
    bounded_range,
    is_power_of_ten,
    make_quantity,
)
from conflictparse.text.lexicon.numbers import ScaleForm, WordKind, number_lexicon
from conflictparse.text.tokens import TextIndex, without_clitic

__all__ = ["QuantityReader", "QuantitySpan"]

_LOOKBEHIND = 48  # longest qualifier phrase, with spaces, in folded characters
_LOOKAHEAD = 128  # longest phrase after a number, with two words of its noun


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


_INCLUSIVE = {Qualifier.MORE_THAN: Qualifier.AT_LEAST, Qualifier.LESS_THAN: Qualifier.AT_MOST}


class _Opening(NamedTuple):
    """What stands before a number: its value with the sign applied, and its opener phrase."""

    value: Fraction
    start: int
    unit: str | None
    opener: regex.Match[str] | None
    phrase: str | None


class QuantityReader:
    """Finds quantities in one folded text, left to right."""

    def __init__(
        self, text: str, taken: Sequence[tuple[int, int]] = (), index: TextIndex | None = None
    ) -> None:
        self.text = text
        self.index = index if index is not None else TextIndex(text)
        self.lexicon = number_lexicon()
        self.patterns = number_patterns()
        duration = self.patterns.duration
        # Spans already read as something else (dates), in order; «منذ 3 أيام» keeps its count.
        self.taken = [span for span in taken if not duration.fullmatch(text, *span)]
        self._taken_ends = [end for _, end in self.taken]
        self.cursor = Cursor(text, self.lexicon)
        # an outlet's figures («شبكة … 24») are looked for only in a text that names one
        self._outlets = any(head in text for head in self.lexicon.outlet_heads)

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
                merged = None
                if pending is not None and pending.quantity.qualifier in BOUNDS:
                    merged = self._merge_bounds(pending, item)
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
        digits = (anchor.start() for anchor in DIGIT_ANCHOR.finditer(self.text))
        return heapq.merge(digits, self.index.anchors(self.lexicon.surfaces))

    # -- one anchor ------------------------------------------------------------

    def _at(self, pos: int, floor: int) -> tuple[list[QuantitySpan], int]:
        """Read what starts at anchor ``pos``; return its matches and the new floor."""
        text = self.text
        if text[pos] in "23" and UNIT_POWER.search(text, max(0, pos - 4), pos + 1):
            return [], pos + 1  # «م2», «كم²»: the power of a unit, not a count
        if text[pos] in "0123456789":
            date_like = DATE_LIKE.match(text, pos, pos + _LOOKAHEAD)
            if date_like is not None:
                slashed = SLASHED.fullmatch(date_like[0])
                if slashed is None or int(slashed["num"]) >= int(slashed["den"]):
                    return [], date_like.end()
                value = Fraction(int(slashed["num"]), int(slashed["den"]))
                cardinal = Cardinal(value, pos, date_like.end(), None, joined=False)
                return self._quantity(cardinal, floor)
        first = self.cursor.read(pos)
        if first is None:
            return [], pos + 1
        if first.glued:
            return [], GLUED_WORD.match(text, first.end).end()  # type: ignore[union-attr]
        if first.word is None and first.number is None:
            return self._digit_list(first), max(first.end, pos + 1)
        word = first.word
        if word is not None and word.kind is WordKind.ORDINAL:
            return [], ordinal_end(self.cursor, first)
        if word is not None and (
            word.kind is WordKind.VAGUE
            or (word.kind is WordKind.SCALE and word.form is ScaleForm.PLURAL)
        ):
            return self._vague(first, floor)
        read = read_cardinal(self.cursor, first)
        if read is None:
            return [], first.end
        cardinal = read
        patterns = self.patterns
        if cardinal.value == 1 and self._behind(
            patterns.pronoun_one, patterns.pronoun_one_ends, first.start, floor
        ):
            return [], cardinal.end  # «أي واحد», «كل واحد»: a pronoun, not a count
        if names_a_place(self.index, self.lexicon, first):
            return [], first.end  # «قرية بليون وأربعة مدنيين»: the count after it is read
        if self._is_name(first, floor) or (
            first.number is not None
            and (
                (
                    self._outlets
                    and ends_an_outlet(
                        self.text, self.index, self.lexicon, first.start, cardinal.end
                    )
                )
                or glued_to_a_name(self.text, first.start, cardinal.end, floor)
            )
        ):
            return [], cardinal.end  # «رقم 1720», «جنيف 2», «M4», «ساحة السبع»: a name
        grouped = self._thousands_dot(cardinal)  # «23.708 شهداء»
        if grouped is not None:
            cardinal = cardinal._replace(value=grouped)
        elif self._ahead(patterns.extension, cardinal.end) is not None:
            cardinal = self._extend(cardinal)
        return self._quantity(cardinal, floor)

    def _is_name(self, first: Token, floor: int) -> bool:
        """Whether the number at ``first`` is part of a name: «القرار 2254», «(ت 4)»."""
        if first.number is not None:
            return (
                after_an_identifier(self.text, first.start, floor)
                or LETTER_NAME.search(self.text, max(floor, first.start - 5), first.start)
                is not None
                or LATIN_LETTER.match(self.text, max(0, first.start - 1), first.start) is not None
                or counts_a_day(self.index, self.lexicon, first)
            )
        if first.affixed and self.text.startswith("ال", first.start):
            head = self.index.before(first.start, 1)
            return bool(head) and without_clitic(head[0].text) in self.lexicon.name_heads
        return False

    def _thousands_dot(self, cardinal: Cardinal) -> Fraction | None:
        """«1.200» before a count of people («1.200 شخص»), or after a verb of harm: 1200."""
        grouped = dot_grouped(self.text[cardinal.start : cardinal.end])
        if grouped is None:
            return None
        after, before = self.index.after(cardinal.end, 1), self.index.before(cardinal.start, 1)
        people = after and after[0].text in self.lexicon.thousands_dot_before
        harm = before and without_clitic(before[0].text) in self.lexicon.thousands_dot_after
        return grouped if people or harm else None

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
        if over is not None and not self.cursor.dual_at(cardinal.start):
            divisor = self._cardinal_at(over.end())
            # «غارتين على منزلين»: two duals, two counts, no ratio
            if (
                divisor is not None
                and divisor.value != 0
                and not self.cursor.dual_at(divisor.start)
            ):
                value = cardinal.value / divisor.value
                return cardinal._replace(value=value, end=divisor.end, scale=None)
        per = self._ahead(patterns.per, end)
        if per is not None:
            whole = self._cardinal_at(per.end())
            if whole is not None and is_power_of_ten(whole.value) and cardinal.value < whole.value:
                value = cardinal.value / whole.value
                return cardinal._replace(value=value, end=whole.end, scale=None)
        return cardinal

    def _ahead(self, pattern: re.Pattern[str], pos: int) -> re.Match[str] | None:
        """Match ``pattern`` at ``pos`` within a bounded window (linear time)."""
        return pattern.match(self.text, pos, pos + _LOOKAHEAD)

    def _cardinal_at(self, pos: int) -> Cardinal | None:
        token = self.cursor.read(pos)
        return None if token is None else read_cardinal(self.cursor, token)

    def _behind(
        self, pattern: regex.Pattern[str], ends: tuple[str, ...], start: int, floor: int
    ) -> regex.Match[str] | None:
        """Search the look-behind ``pattern`` in the window before ``start`` (linear time)."""
        return search_back(pattern, ends, self.text, max(floor, start - _LOOKBEHIND), start)

    def _opener(self, start: int, floor: int) -> regex.Match[str] | None:
        patterns = self.patterns
        return self._behind(patterns.before, patterns.opener_ends, start, floor)

    def _context(self, start: int, floor: int) -> regex.Match[str] | None:
        """One look back: an opener phrase, a percent sign, a detached article, a minus."""
        patterns = self.patterns
        found = self._behind(patterns.context, patterns.context_ends, start, floor)
        return found if found is not None and found.start() < start else None

    def _quantity(self, cardinal: Cardinal, floor: int) -> tuple[list[QuantitySpan], int]:
        """Put qualifier, sign, percent and range around a cardinal number.

        Figures alone in round brackets are read through them: «أكثر من (20)» is more than
        20, its span the whole phrase; a bare «(20)» keeps the span of its digits.
        """
        start, end = balanced(self.text, cardinal.start, cardinal.end)  # «(68) ألفًا و(234)»
        cardinal, text = cardinal._replace(start=start, end=end), self.text
        brackets = bracketed(text, start, end) if text[start] in "0123456789" else None
        if brackets is None:
            return self._around(cardinal, floor)
        spans, floor = self._around(cardinal._replace(start=brackets[0], end=brackets[1]), floor)
        bare = [
            QuantitySpan(start, end, span.quantity) if span[:2] == brackets else span
            for span in spans
        ]
        return bare, floor

    def _around(self, cardinal: Cardinal, floor: int) -> tuple[list[QuantitySpan], int]:
        """:meth:`_quantity` for a cardinal whose span is set."""
        patterns = self.patterns
        value, start, end = cardinal.value, cardinal.start, cardinal.end
        context = self._context(start, floor)
        follow = patterns.follow if context is not None else patterns.follow_alone
        follows = self._ahead(follow, end) is not None
        if context is None and not follows:
            return [QuantitySpan(start, end, make_quantity(Qualifier.EXACT, as_number(value)))], end
        value, start, unit, opener, phrase = self._opening(cardinal, context, floor)
        if follows:
            percent = self._ahead(patterns.percent_after, end)
            if percent is not None and unit is None:
                unit, end = "percent", percent.end()

        qualifier = self.lexicon.qualifiers_before.get(phrase) if phrase is not None else None
        range_kind = self._range_kind(opener, phrase, floor) if qualifier is None else None
        if range_kind is not None or follows:
            ranged = self._ranged(
                cardinal, value=value, start=start, end=end, kind=range_kind, unit=unit, floor=floor
            )
            if ranged is not None:
                if opener is not None and range_kind is not None:
                    ranged = QuantitySpan(opener.start(PHRASE), ranged.end, ranged.quantity)
                return [ranged], ranged.end

        hedged = qualifier is not None and qualifier is not Qualifier.EXACT
        span_start = opener.start(PHRASE) if opener is not None and hedged else start
        return self._qualified(value, unit, span_start, end, qualifier, follows=follows)

    def _opening(
        self, cardinal: Cardinal, context: regex.Match[str] | None, floor: int
    ) -> _Opening:
        """What stands before the number: a minus, a percent sign, an opener phrase.

        Openers that negate («سالب») or invert («جزء من») the value are applied and the
        look goes on back past them, to the qualifier or range word before them.
        """
        text = self.text
        lexicon = self.lexicon
        value, start = cardinal.value, cardinal.start
        unit: str | None = None
        opener: regex.Match[str] | None = None
        phrase: str | None = None
        if context is not None:
            starts = [begin for begin, _ in context.regs]  # -1 for a group not matched
            if starts[MINUS] >= 0 and text[start] in "0123456789":
                value = -value
            if starts[PERCENT] >= 0:
                unit = "percent"
            own = [starts[group] for group in (PERCENT, ARTICLE, MINUS) if starts[group] >= 0]
            start = min(own, default=start)
            if starts[PHRASE] >= 0:
                opener, phrase = context, phrase_key(context[PHRASE])
        while opener is not None and (
            phrase in lexicon.negative or (phrase in lexicon.fraction_part_of and value != 0)
        ):
            value = -value if phrase in lexicon.negative else 1 / value
            start = opener.start(PHRASE)
            opener = self._opener(start, floor)
            phrase = phrase_key(opener[PHRASE]) if opener is not None else None
        return _Opening(value, start, unit, opener, phrase)

    def _range_kind(
        self, opener: regex.Match[str] | None, phrase: str | None, floor: int
    ) -> str | None:
        """The range an opener phrase starts: «بين» or «من» (not «من» after a verb of change)."""
        if opener is None:
            return None
        if phrase in self.lexicon.range_between:
            return "between"
        if phrase in self.lexicon.range_from and not self._is_change(opener.start(PHRASE), floor):
            return "from"
        return None

    def _qualified(
        self,
        value: Fraction,
        unit: str | None,
        start: int,
        end: int,
        qualifier: Qualifier | None,
        *,
        follows: bool,
    ) -> tuple[list[QuantitySpan], int]:
        """The quantity with its qualifier: from before it, made inclusive, or after its noun."""
        patterns = self.patterns
        if follows:
            inclusive = self._ahead(patterns.inclusive, end) if qualifier in _INCLUSIVE else None
            if inclusive is not None and qualifier in _INCLUSIVE:
                qualifier, end = _INCLUSIVE[qualifier], inclusive.end()
            elif qualifier is None or qualifier is Qualifier.APPROX:
                after = self._ahead(patterns.after_qualifier, end)
                if after is not None:
                    qualifier = self.lexicon.qualifiers_after[phrase_key(after["phrase"])]
                    number_end, end = end, after.end()
                    quantity = make_quantity(qualifier, as_number(value), unit)
                    return [QuantitySpan(start, end, quantity, number_end)], end
        quantity = make_quantity(qualifier or Qualifier.EXACT, as_number(value), unit)
        return [QuantitySpan(start, end, quantity)], end

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
        elif digits := text[low.start : low.end].lstrip("-").isdigit():
            joint = self._ahead(patterns.range_dash, end)
            if joint is not None and (
                DATE_LIKE.match(text, joint.end()) or self._is_change(low.start, floor)
            ):
                joint = None
        else:  # «ثلاثة إلى خمسة أشخاص»: words on both ends
            joint = self._ahead(patterns.range_to, end)
            if joint is not None and self._is_change(low.start, floor):
                joint = None
        if joint is None:
            return None
        high = self._cardinal_at(joint.end())
        if high is None or (kind is None and text[high.start : high.end].isdigit() != digits):
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
        quantity = Quantity.between(as_number(low_value), as_number(high.value), unit)
        return QuantitySpan(low.start, stop, quantity)

    def _vague(self, first: Token, floor: int) -> tuple[list[QuantitySpan], int]:
        """«عشرات», «مئات الآلاف», «بضعة آلاف», «آلاف» → bounds, no value."""
        bounds = vague_bounds(self.cursor, first)
        if bounds is None:  # pragma: no cover - the caller checked the kind
            return [], first.end
        low, high, end = bounds
        start = first.start
        context = self._context(start, floor)
        phrase = context[PHRASE] if context is not None else None
        hedge = self.lexicon.qualifiers_before.get(phrase_key(phrase)) if phrase else None
        if context is not None and hedge is not None and hedge is not Qualifier.EXACT:
            start = context.start(PHRASE)  # «نحو عشرات»: the hedge is kept in the span
        return [QuantitySpan(start, end, Quantity.vague(as_number(low), as_number(high)))], end

    def _digit_list(self, token: Token) -> list[QuantitySpan]:
        """A digit run that is no single number: «192.168.1.2» is four numbers."""
        parts = digit_list(self.text, token.start, token.end)
        return [QuantitySpan(a, b, make_quantity(Qualifier.EXACT, value)) for a, b, value in parts]

    def _merge_bounds(self, first: QuantitySpan, second: QuantitySpan) -> QuantitySpan | None:
        """«أكثر من 10 وأقل من 20» is one range, when its ends are in order."""
        merged = bounded_range(first.quantity, second.quantity)
        if merged is None or not self.patterns.bound_joint.match(
            self.text, first.end, second.start
        ):
            return None
        return QuantitySpan(first.start, second.end, merged)
