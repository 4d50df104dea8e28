"""Tokens and the grammar of Arabic cardinal numbers, over folded text.

A cardinal is read as a sequence of groups below 1000 multiplied by scales
that must descend.  Inside a group the order is hundreds, units, tens, joined
by «و» — «خمسمئة وخمسة وعشرون» — so that a «و» that does not fit the grammar
ends the number: «3 و4» and «2014 و2015» are lists, not sums.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import NamedTuple

from conflictparse.quantities.cursor import Cursor, Token
from conflictparse.text.lexicon.numbers import ScaleForm, Word, WordKind, number_lexicon
from conflictparse.text.normalize import fold
from conflictparse.text.tokens import listed, word_before

__all__ = ["Cardinal", "after_a_day_word", "ordinal_end", "read_cardinal"]

_ZERO, _ONE, _TWO = Fraction(0), Fraction(1), Fraction(2)
_THOUSAND = Fraction(1000)
_DAY_WORD_REACH = 8  # «ليلة» and the spaces before a weekday
_TEENS = (11, 19)  # the numbers whose words end in «عشر»
_GROUP_DIGITS = 3  # «343 ألف 437»: the digits of a group below a scale


def _as_conjunction(cursor: Cursor, token: Token) -> Token | None:
    """«وأحد» folds to «واحد»: read it again as «و» + «أحد» where a «و» is due."""
    text = cursor.text
    if token.conj or token.word is None or text[token.start : token.start + 1] != "و":
        return None
    word = cursor.lexicon.words.get(text[token.start + 1 : token.end])
    if word is None:
        return None
    return Token(token.start + 1, token.end, word, None, conj=True)


def _teen_or_unit(cursor: Cursor, token: Token) -> Token | None:
    """A teen head is 11/12 before «عشر», or a unit before «و» and tens: «أحد وعشرون»."""
    tail = cursor.read(token.end)
    if tail is None or tail.word is None:
        return None
    word = token.word
    if word is None:  # pragma: no cover - callers pass teen heads
        return None
    if not tail.conj and tail.word.kind is WordKind.TEN:
        return Token(token.start, tail.end, word, None, token.conj)
    if tail.conj and tail.word.kind is WordKind.TENS:
        unit = Word(WordKind.UNIT, word.value)
        return Token(token.start, token.end, unit, None, token.conj)
    return None


class Cardinal(NamedTuple):
    """A number read by the grammar, in folded offsets."""

    value: Fraction
    start: int
    end: int
    scale: Fraction | None  # the scale that multiplied the last group: «30 ألف» → 1000
    joined: bool  # a «و» joined two of its parts


# Slots of a group below 1000, in the order they may be filled.
_OPEN, _DIGITS, _HUNDREDS, _UNITS, _CLOSED = range(5)


class _Group(NamedTuple):
    value: Fraction
    slot: int
    unit: Fraction | None = None  # the unit word just read, for «ستة عشر» and «ثلاثة أرباع»
    bare: bool = False  # the group is that unit alone, for «ثلاث مئة»


def _start(token: Token) -> _Group | None:
    """The group a token opens at the start of a number or after a scale."""
    if token.number is not None:
        return _Group(token.number, _DIGITS, None, bare=False)
    word = token.word
    if word is None:
        return None
    kind = word.kind
    if kind is WordKind.UNIT:
        is_unit = 1 <= word.value <= 9
        return _Group(
            word.value,
            _UNITS if is_unit else _CLOSED,
            word.value if is_unit else None,
            bare=is_unit,
        )
    if kind is WordKind.TEEN_HEAD:
        return _Group(word.value + 10, _CLOSED)
    if kind in (WordKind.TEEN, WordKind.TEN, WordKind.TENS, WordKind.FRACTION, WordKind.DUAL_NOUN):
        return _Group(word.value, _CLOSED)
    if kind is WordKind.HUNDRED:
        return _Group(word.value, _HUNDREDS)
    return None


def _continue(group: _Group, token: Token) -> _Group | None:
    """The group after ``token`` joins it, or None when the token does not fit."""
    conj = token.conj
    if token.number is not None:
        number = token.number
        if conj and group.slot == _HUNDREDS and number.denominator == 1 and 0 < number < 100:
            return _Group(group.value + number, _CLOSED)  # «٣ مئة و ٢١»
        return None
    word = token.word
    if word is None:
        return None
    kind, value = word.kind, word.value
    if kind is WordKind.UNIT or kind is WordKind.TEEN_HEAD or kind is WordKind.TEEN:
        if group.slot != _HUNDREDS or value == 0:
            return None
        if kind is WordKind.UNIT and 1 <= value <= 9:
            return _Group(group.value + value, _UNITS, value)
        return _Group(group.value + value + (10 if kind is WordKind.TEEN_HEAD else 0), _CLOSED)
    if kind is WordKind.TEN:
        if (not conj and group.unit is not None) or (conj and group.slot == _HUNDREDS):
            return _Group(group.value + value, _CLOSED)
        return None
    if kind is WordKind.TENS:
        if conj and group.slot in (_HUNDREDS, _UNITS):
            return _Group(group.value + value, _CLOSED)
        return None
    if kind is WordKind.HUNDRED:
        if conj or value != 100:
            return None
        if group.bare and group.value >= 3:  # «ثلاث مئة»
            return _Group(group.value * 100, _HUNDREDS)
        if group.value.denominator == 1 and (
            (group.slot == _DIGITS and group.value > 0)
            or (group.slot == _CLOSED and group.value > 10)
        ):
            return _Group(group.value * 100, _HUNDREDS)  # «3 مئة», «خمسة وتسعون مئة»
        return None
    if kind is WordKind.FRACTION:
        if conj and group.slot != _OPEN:
            return _Group(group.value + value, _CLOSED)
        return None
    if kind is WordKind.FRACTION_PLURAL and not conj:
        if group.unit is not None:
            return _Group(group.value + group.unit * (value - 1), _CLOSED)  # «مئة وثلاثة أرباع»
        return _Group(group.value * value, _CLOSED)  # «عشرون أخماس»
    return None


class _Reading:
    """A cardinal being read: the total of the scaled groups and the group still open."""

    __slots__ = ("group", "joined", "last_scale", "multiplied", "scale_of_last", "total")

    def __init__(
        self, group: _Group | None, total: Fraction = _ZERO, scale: Fraction | None = None
    ) -> None:
        self.group = group
        self.total = total
        self.last_scale = scale
        self.scale_of_last = scale
        self.joined = False
        self.multiplied = _ONE  # the group the last scale multiplied

    @property
    def value(self) -> Fraction:
        """The number read so far."""
        total, group = self.total, self.group
        return total if group is None else (total + group.value if total else group.value)


def after_a_day_word(text: str, pos: int) -> bool:
    """Whether a word of a day stands before ``pos``: «يوم» or «ليلة» before «الأحد عشرة».

    There «الأحد» is Sunday, not the head of eleven; the numbers and the dates both ask.
    """
    word = word_before(text, pos, _DAY_WORD_REACH)
    return word is not None and listed(word.text, number_lexicon().weekday_before)


def _a_weekday(cursor: Cursor, first: Token) -> bool:
    """«يوم الأحد عشرة مواقع»: a weekday's word after a word of a day is no teen's head."""
    return cursor.text.startswith("ال", first.start) and after_a_day_word(cursor.text, first.start)


def _teen_echo(number: Fraction, part: Token) -> bool:
    """«15 عشر مدنياً»: a teen in digits with its «عشر» written again is the digits' number."""
    return (
        _TEENS[0] <= number <= _TEENS[1]
        and not part.conj
        and part.word is not None
        and part.word.kind is WordKind.TEN
    )


def read_cardinal(cursor: Cursor, first: Token, *, join: bool = True) -> Cardinal | None:
    """Read one cardinal number starting at ``first`` by the Arabic grammar.

    With ``join=False`` no «و» is crossed: «بين عشرة وخمسة عشر» needs the
    first end of the range alone.
    """
    if first.glued:
        return None
    if first.number is not None:
        part = cursor.read_part(first.end)
        if part is None:
            return Cardinal(first.number, first.start, first.end, None, joined=False)  # «5 مدنيين»
        if _teen_echo(first.number, part):
            return Cardinal(first.number, first.start, part.end, None, joined=False)
    if first.word is not None and first.word.kind is WordKind.TEEN_HEAD:
        teen = _teen_or_unit(cursor, first)
        if teen is None or _a_weekday(cursor, first):
            return None
        first = teen
    group = _start(first)
    if group is None:
        reading = _scale_first(cursor, first)
        if reading is None:
            return None
    elif first.word is not None and first.word.kind is WordKind.DUAL_NOUN:
        return None if _recent_period(cursor, first) else _dual(cursor, first)
    else:
        reading = _Reading(group)
    end = first.end
    definite = cursor.text.startswith("ال", first.start)
    digits_first = first.number is not None
    while (token := _next_part(cursor, reading, end, digits_first=digits_first)) is not None:
        if token.glued or (token.affixed and not _agrees(cursor, token, definite=definite)):
            break
        if token.conj and not join:
            break
        taken = _step(cursor, reading, token)
        if taken is None:
            break
        reading.joined = reading.joined or taken.conj
        end = taken.end
    return Cardinal(reading.value, first.start, end, reading.scale_of_last, reading.joined)


def _next_part(cursor: Cursor, reading: _Reading, end: int, *, digits_first: bool) -> Token | None:
    """The next part of a number, or «343 ألف 437»: three digits after a scale, no «و».

    After a million the digits must take a scale of their own: «2 مليون 300 ألف».
    """
    token = cursor.read_part(end)
    if token is not None or not digits_first or reading.group is not None:
        return token
    scale = reading.last_scale
    token = cursor.read(end)
    if (
        scale is None
        or token is None
        or token.number is None
        or token.end - token.start != _GROUP_DIGITS
    ):
        return None
    if scale > _THOUSAND:
        following = cursor.read_part(token.end)
        if following is None or following.word is None or following.word.kind is not WordKind.SCALE:
            return None
    return token if token.number < scale else None


def _joined_next(cursor: Cursor, token: Token) -> bool:
    """Whether a number joined by «و» follows ``token``: «ألفاً و296»."""
    following = cursor.read_part(token.end)
    return following is not None and following.conj


def _agrees(cursor: Cursor, token: Token, *, definite: bool) -> bool:
    """«الخمسة والعشرين»: tens with the article after a unit with it are one number."""
    return (
        definite
        and token.conj
        and token.word is not None
        and token.word.kind is WordKind.TENS
        and cursor.text.startswith("ال", token.start)
    )


def _scale_first(cursor: Cursor, first: Token) -> _Reading | None:
    """A number that opens with a scale word: «ألف», «مليونان»; not a plural («آلاف»).

    «ألفا» alone is two thousand («ألفا شخص»), but one before «و» and more: «ألفاً و296»
    (a dual in construct takes a noun, never «و»).
    """
    if first.word is None or first.word.kind is not WordKind.SCALE:
        return None
    form = first.word.form
    if form is ScaleForm.PLURAL:
        return None
    joined = form is ScaleForm.CONSTRUCT and _joined_next(cursor, first)
    count = 1 if form is ScaleForm.SINGULAR or joined else 2
    return _Reading(None, count * first.word.value, first.word.value)


def _recent_period(cursor: Cursor, first: Token) -> bool:
    """Whether a definite dual of time is a date's span: «خلال اليومين الماضيين»."""
    text = cursor.text
    if not text.startswith("ال", first.start):
        return False
    if fold(text[first.start + 2 : first.end]) not in cursor.lexicon.duration_units:
        return False  # «الرجلين»: no unit of time
    following = _NEXT.match(text, first.end)
    return following is not None and following[1] in cursor.lexicon.recent_periods


_NEXT = re.compile(r"[ \t]++([^ \t\n]++)")  # the word after a token


def _dual(cursor: Cursor, first: Token) -> Cardinal:
    """A dual noun counts two: «رجلان».

    An agreeing dual after it is the same two («رجلان مسلحان», «سيارتين مدرعتين»), and so
    is «اثنان» («شخصان اثنان», «طفلين اثنين»); one that differs in the article is another
    count («الانتحاريان سيارتين»).
    """
    end = first.end
    definite = cursor.text.startswith("ال", first.start)
    following = cursor.read(end)
    while (
        following is not None
        and not following.conj
        and (following.word == first.word or _is_two(following))
        and cursor.text.startswith("ال", following.start) == definite
    ):
        end = following.end
        if _is_two(following):
            break
        following = cursor.read(end)
    return Cardinal(_TWO, first.start, end, None, joined=False)


def _is_two(token: Token) -> bool:
    """«اثنان», «اثنين», «اثنتان»: the unit two, which may repeat a dual («شخصان اثنان»)."""
    word = token.word
    return word is not None and word.kind is WordKind.UNIT and word.value == _TWO


def _step(cursor: Cursor, reading: _Reading, token: Token) -> Token | None:
    """Add the next token to ``reading``: the token as read, or None when it ends the number."""
    if reading.group is not None or reading.last_scale is not None:
        token = _conjoined(cursor, reading.group, token)
    if token.word is not None and token.word.kind is WordKind.TEEN_HEAD:
        teen = _teen_or_unit(cursor, token)
        if teen is None:
            return None
        token = teen
    word = token.word
    if word is not None and word.kind is WordKind.SCALE:
        return token if _scale(reading, token, word) else None
    if reading.group is not None or (
        token.conj and reading.last_scale is not None and _is_fraction_of(cursor, token)
    ):
        return _grow(cursor, reading, token)
    if (token.conj or token.number is not None) and reading.last_scale is not None:
        return token if _after_scale(reading, token, reading.last_scale) else None
    return None


def _scale(reading: _Reading, token: Token, word: Word) -> bool:
    """A scale word: it multiplies the open group, or after «و» adds one of a smaller scale."""
    group, last_scale = reading.group, reading.last_scale
    if group is None and token.conj and word.form is not ScaleForm.PLURAL:
        # «مليون وألفان»; «مئة ألف وألف» adds one more of the same scale
        same = word.value == last_scale and reading.multiplied % 100 == 0
        if last_scale is None or not (word.value < last_scale or same):
            return False
        reading.total += (2 if word.form is ScaleForm.DUAL else 1) * word.value
        reading.multiplied = _ONE
    elif group is not None and not token.conj and word.form is not ScaleForm.DUAL:
        if last_scale is not None and word.value >= last_scale:
            return False
        reading.total += group.value * word.value  # «ثلاثة آلاف», «94 ألفا»
        reading.multiplied = group.value
    else:
        return False
    reading.group, reading.last_scale, reading.scale_of_last = None, word.value, word.value
    return True


def _grow(cursor: Cursor, reading: _Reading, token: Token) -> Token | None:
    """A word of the open group, or «وثلاثة أخماس»: the token as read, or None."""
    group = reading.group
    grown = None if group is None else _continue(group, token)
    if grown is None:
        part = _fraction_of(cursor, token)
        if part is None:
            return None
        token, value = part
        grown = _Group((group.value if group is not None else _ZERO) + value, _CLOSED)
    reading.group, reading.scale_of_last = grown, None
    return token


def _after_scale(reading: _Reading, token: Token, last_scale: Fraction) -> bool:
    """What «و» adds after a scale: «مليون ونصف», «ألف وخمسة»."""
    word = token.word
    if word is not None and word.kind is WordKind.FRACTION:
        reading.total += word.value * last_scale  # «مليون ونصف»
        reading.group = _Group(_ZERO, _CLOSED)
    else:
        opened = _start(token)
        if opened is None or opened.value >= last_scale or opened.value.denominator != 1:
            return False
        if word is not None and word.kind is WordKind.DUAL_NOUN:
            return False
        reading.group = opened
    reading.scale_of_last = None
    return True


def _conjoined(cursor: Cursor, group: _Group | None, token: Token) -> Token:
    """Prefer «و» + word where the grammar needs a «و»: «ألف وأحد عشر»."""
    again = _as_conjunction(cursor, token)
    if again is None:
        return token
    if group is not None and _continue(group, token) is not None:
        return token
    return again


def _fraction_of(cursor: Cursor, token: Token) -> tuple[Token, Fraction] | None:
    """«وثلاثة أخماس» after a number: the unit and its plural fraction as one part."""
    word = token.word
    if not token.conj or word is None or word.kind is not WordKind.UNIT or word.value == 0:
        return None
    fraction = cursor.read(token.end)
    if fraction is None or fraction.conj or fraction.word is None:
        return None
    if fraction.word.kind is not WordKind.FRACTION_PLURAL:
        return None
    return token._replace(end=fraction.end), word.value * fraction.word.value


def _is_fraction_of(cursor: Cursor, token: Token) -> bool:
    return _fraction_of(cursor, token) is not None


def ordinal_end(cursor: Cursor, first: Token) -> int:
    """Where an ordinal at ``first`` ends: «الثالث عشر», «الخامس والعشرين» are read whole."""
    following = cursor.read(first.end)
    if following is not None and following.word is not None:
        kind = following.word.kind
        if (kind is WordKind.TEN and not following.conj) or (
            kind is WordKind.TENS and following.conj
        ):
            return following.end
    return first.end
