"""Arabic cardinal numbers and quantities: :func:`parse_number` and :func:`find_numbers`.

The reader works on the folded text (see :mod:`conflictparse.normalize`) in
three steps:

1. one regular expression finds *anchors*: digit runs and words of the number
   lexicon, with their clitics;
2. from each anchor a small state machine reads the number words by the
   grammar (units before tens with «و», hundreds, descending scales), so that a
   list such as «3 و4» stays two numbers while «ستة وتسعين» is one;
3. the words around the number give its qualifier, range partner, sign and
   percent unit.

Every expression is linear: possessive quantifiers, bounded look-behind
windows, and a cursor that only moves forward.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from fractions import Fraction

import attrs
import regex

from conflictparse.errors import NumberParseError
from conflictparse.lexicon import NumberLexicon, ScaleForm, Word, WordKind, number_lexicon
from conflictparse.model import Match, Qualifier, Quantity
from conflictparse.normalize import Normalized, normalize

__all__ = ["MAX_DIGITS", "find_numbers", "parse_number"]

#: Digit runs longer than this are identifiers or noise, never counts.
MAX_DIGITS = 30

_LETTER = r"\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF"
_PROCLITICS = "وفبلك"
_LOOKBEHIND_WINDOW = 48

_TOKEN = regex.compile(
    rf"[ \t]*+(?:(?P<num>[0-9]++(?:[.,،][0-9]++)*+)|(?P<word>[{_LETTER}]++)|(?P<sym>\S))"
)
# Numeric dates, times and fractions: «13/3/2018», «2018-03-13», «7:25», «3/4».
_DATE_LIKE = regex.compile(r"[0-9]++(?:[/:][0-9]++)++(?:[/:.-][0-9]++)*+|[0-9]++(?:-[0-9]++){2,}+")
_THOUSANDS = regex.compile(r"[0-9]{1,3}+(?:(?P<sep>[,،])[0-9]{3}+)(?:(?P=sep)[0-9]{3}+)*+")
_THOUSANDS_DOT = regex.compile(r"[0-9]{1,3}+(?:\.[0-9]{3}+){2,}+")
_DECIMAL = regex.compile(r"[0-9]++[.,،][0-9]++")
_GROUPED_DECIMAL = regex.compile(
    r"(?P<int>[0-9]{1,3}+(?:(?P<sep>[,،.])[0-9]{3}+)(?:(?P=sep)[0-9]{3}+)*+)[.,][0-9]++"
)
_DIGITS = regex.compile(r"[0-9]++")


def _phrase_pattern(phrases: Iterable[str]) -> str:
    """An alternation of folded phrases, longest first, spaces matching any run."""
    parts = [r"[ \t]++".join(regex.escape(word) for word in phrase.split()) for phrase in phrases]
    return "|".join(sorted(parts, key=len, reverse=True))


@attrs.frozen(slots=True)
class _Patterns:
    anchor: regex.Pattern[str]
    before: regex.Pattern[str]
    percent_after: regex.Pattern[str]
    after_qualifier: regex.Pattern[str]
    range_and: regex.Pattern[str]
    range_to: regex.Pattern[str]
    range_dash: regex.Pattern[str]
    standalone_article: regex.Pattern[str]
    percent_before: regex.Pattern[str]
    negative_sign: regex.Pattern[str]
    bound_joint: regex.Pattern[str]


@functools.cache
def _patterns() -> _Patterns:
    lexicon = number_lexicon()
    openers = (
        list(lexicon.qualifiers_before)
        + list(lexicon.range_between)
        + list(lexicon.range_from)
        + list(lexicon.negative)
    )
    word_start = rf"(?:(?<![{_LETTER}])|(?<=(?<![{_LETTER}])[وبفل]))"
    return _Patterns(
        anchor=regex.compile(
            rf"(?P<digit>(?<![0-9])[0-9])"
            rf"|(?<![{_LETTER}])(?P<word>[وف]?(?:لل|[بلك]?ال|[بلك])?\L<words>)(?![{_LETTER}])",
            words=list(lexicon.words),
        ),
        before=regex.compile(
            rf"{word_start}(?P<phrase>{_phrase_pattern(openers)})[ \t]*+\Z"
        ),
        percent_after=regex.compile(
            rf"[ \t]*+(?:{_phrase_pattern(lexicon.percent_after)})(?![{_LETTER}])"
        ),
        after_qualifier=regex.compile(
            rf"(?:[ \t]++[{_LETTER}]++){{0,2}}?[ \t]*+[-،,]?[ \t]*+"
            rf"(?P<phrase>{_phrase_pattern(lexicon.qualifiers_after)})(?![{_LETTER}])"
        ),
        range_and=regex.compile(r"[ \t]*+(?:-[ \t]*+)?و[ \t]*+"),
        range_to=regex.compile(rf"[ \t]++(?:{_phrase_pattern(lexicon.range_to)})[ \t]*+"),
        range_dash=regex.compile(r"[ \t]*+[-~][ \t]*+(?=[0-9])"),
        standalone_article=regex.compile(rf"(?<![{_LETTER}])ال[ \t]*+\Z"),
        percent_before=regex.compile(
            rf"(?:{_phrase_pattern(lexicon.percent_before)})[ \t]*+\Z"
        ),
        negative_sign=regex.compile(r"(?<![0-9\w])-\Z"),
        bound_joint=regex.compile(r"[ \t]*+[،,]?[ \t]*+و[ \t]*+\Z"),
    )


# --- tokens ------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Token:
    """One token of folded text; ``start`` is after any one-letter proclitic."""

    start: int
    end: int
    word: Word | None = None
    number: Fraction | None = None  # digits, when they read as one number
    conj: bool = False  # a «و» joins it to what came before
    article: bool = False


def _analyze(text: str, lexicon: NumberLexicon) -> tuple[int, bool, bool, Word] | None:
    """Split a folded word into proclitics and a lexicon word.

    Returns (letters to skip before the span, joined by «و», has article, word).
    """
    words = lexicon.words
    word = words.get(text)
    if word is not None:
        return 0, False, False, word
    conj = text.startswith("و")
    rest = text[1:] if text[:1] in ("و", "ف") else text
    skip = len(text) - len(rest)
    for prefix, clitic_letters in (("لل", 1), ("ال", 0), ("بال", 1), ("كال", 1)):
        if rest.startswith(prefix):
            stem = rest[len(prefix) :]
            word = words.get(stem)
            if word is not None and stem not in lexicon.weekdays:
                return skip + clitic_letters, conj, True, word
    if rest is not text:
        word = words.get(rest)
        if word is not None:
            return skip, conj, False, word
    if rest[:1] in ("ب", "ل", "ك") and rest not in _NOT_CLITIC:
        word = words.get(rest[1:])
        if word is not None and word.kind is not WordKind.DUAL_NOUN:
            return skip + 1, conj, False, word
    return None


# Words that only look like a clitic on a number word: «لست» (I am not).
_NOT_CLITIC = frozenset({"لست", "بست", "كست"})


class _Cursor:
    """Reads tokens forward from a position; «و» alone marks the next token."""

    def __init__(self, text: str, lexicon: NumberLexicon) -> None:
        self.text = text
        self.lexicon = lexicon

    def read(self, pos: int) -> _Token | None:
        found = _TOKEN.match(self.text, pos)
        if found is None:
            return None
        if found["num"] is not None:
            if len(found["num"]) > MAX_DIGITS * 2:
                return _Token(found.start("num"), found.end())
            return _Token(found.start("num"), found.end(), number=_digits_value(found["num"]))
        if found["word"] is None:
            return _Token(found.start("sym"), found.end())
        surface = found["word"]
        if surface == "و":
            following = self.read(found.end())
            if following is None:
                return None
            return attrs.evolve(following, conj=True)
        analysis = _analyze(surface, self.lexicon)
        if analysis is None:
            return _Token(found.start("word"), found.end())
        skip, conj, article, word = analysis
        return _Token(found.start("word") + skip, found.end(), word, None, conj, article)


def _digits_value(digits: str) -> Fraction | None:
    """The value of a digit run with separators, or None when it is a list.

    >>> _digits_value("1,200"), _digits_value("2.9"), _digits_value("192.168.1.2")
    (Fraction(1200, 1), Fraction(29, 10), None)
    """
    if sum(char.isdigit() for char in digits) > MAX_DIGITS:
        return None
    if digits.isdigit():
        return Fraction(int(digits))
    if _THOUSANDS.fullmatch(digits) or _THOUSANDS_DOT.fullmatch(digits):
        return Fraction(int(_strip_separators(digits)))
    if _DECIMAL.fullmatch(digits):
        whole, _, decimals = digits.replace("،", ".").replace(",", ".").partition(".")
        return Fraction(int(whole)) + Fraction(int(decimals), 10 ** len(decimals))
    grouped = _GROUPED_DECIMAL.fullmatch(digits)
    if grouped and digits[grouped.end("int")] != grouped["sep"]:
        decimals = digits[grouped.end("int") + 1 :]
        whole = Fraction(int(_strip_separators(grouped["int"])))
        return whole + Fraction(int(decimals), 10 ** len(decimals))
    return None


def _strip_separators(digits: str) -> str:
    return "".join(_DIGITS.findall(digits))


# --- the number grammar --------------------------------------------------------

_OPEN, _HUNDREDS, _UNITS, _CLOSED = range(4)


@attrs.frozen(slots=True)
class _Cardinal:
    value: Fraction
    start: int
    end: int
    scale: Fraction | None  # the scale that multiplied the last group («30 ألف» → 1000)
    joined: bool  # a «و» joined two parts


def _read_cardinal(cursor: _Cursor, first: _Token, *, join: bool = True) -> _Cardinal | None:
    """Read one cardinal number starting at ``first`` by the Arabic grammar.

    A group below 1000 is «hundreds و units و tens» (units before tens); groups
    are multiplied by scales that must descend: «ثلاثة وعشرون ألفاً وخمسمئة».
    Digits may stand for a group («11 ألفا و815») or be scaled («1.5 مليون»).
    """
    total = Fraction(0)
    group: Fraction | None = None
    slot = _OPEN
    bare_unit = False  # the group is a single unit word 1–9 so far
    last_scale: Fraction | None = None
    group_scale: Fraction | None = None
    end = first.start
    joined = False
    token: _Token | None = first
    is_first = True
    while token is not None:
        after_scale = (
            group is None and last_scale is not None and token.conj and (join or is_first)
        )
        if token.conj and not is_first and not join:
            break
        step = _step(token, is_first=is_first, group=group, slot=slot, bare_unit=bare_unit)
        if step is None and after_scale:
            step = _step(token, is_first=True, group=None, slot=_OPEN, bare_unit=False)
            if step is not None and (step[0] is None or step[0] >= (last_scale or 0)):
                step = None
        word = token.word
        if step is not None:
            group, slot, bare_unit = step
            if word is not None and word.kind is WordKind.TEEN_HEAD:
                tail = cursor.read(token.end)
                if tail is None or tail.conj or tail.word is None or tail.word.kind is not WordKind.TEN:
                    break
                token = tail
            if word is not None and word.kind is WordKind.DUAL_NOUN:
                return _Cardinal(Fraction(2), first.start, token.end, None, joined=False)
        elif word is not None and word.kind is WordKind.SCALE and not token.conj:
            if last_scale is not None and word.value >= last_scale:
                break
            if group is None:
                if not is_first or word.form is ScaleForm.PLURAL:
                    break
                count = 1 if word.form is ScaleForm.SINGULAR else 2
                total += count * word.value
            else:
                if word.form is ScaleForm.DUAL:
                    break
                total += group * word.value
            group_scale = word.value
            last_scale = word.value
            group, slot, bare_unit = None, _OPEN, False
        elif (
            word is not None
            and word.kind is WordKind.SCALE
            and token.conj
            and group is None
            and last_scale is not None
            and word.value < last_scale
            and word.form is not ScaleForm.PLURAL
        ):
            count = 2 if word.form is ScaleForm.DUAL else 1
            total += count * word.value
            last_scale = word.value
            group_scale = word.value
        elif (
            word is not None
            and word.kind is WordKind.FRACTION_PLURAL
            and not token.conj
            and bare_unit
            and group is not None
        ):
            group = group * word.value
            slot = _CLOSED
            bare_unit = False
        elif (
            word is not None
            and word.kind is WordKind.FRACTION
            and token.conj
            and group is None
            and last_scale is not None
        ):
            total += word.value * last_scale
            end = token.end
            break
        else:
            break
        if token.conj and not is_first:
            joined = True
            if group is not None:
                group_scale = None
        end = token.end
        is_first = False
        token = cursor.read(end)
    if end == first.start:
        return None
    value = total + (group or 0)
    return _Cardinal(value, first.start, end, group_scale if group is None else None, joined)


def _step(
    token: _Token, *, is_first: bool, group: Fraction | None, slot: int, bare_unit: bool
) -> tuple[Fraction | None, int, bool] | None:
    """The next (group, slot, bare_unit) after ``token``, or None if it does not fit."""
    word = token.word
    conj = token.conj
    if token.number is not None:
        if is_first:
            return token.number, _CLOSED, False
        return None
    if word is None:
        return None
    kind = word.kind
    value = word.value
    if kind is WordKind.DUAL_NOUN:
        return (Fraction(2), _CLOSED, False) if is_first else None
    if kind is WordKind.UNIT or kind is WordKind.TEEN_HEAD or kind is WordKind.TEEN:
        if kind is WordKind.TEEN_HEAD:
            value += 10
        unit_slot = _UNITS if kind is WordKind.UNIT and 1 <= value <= 9 else _CLOSED
        if is_first:
            return value, unit_slot, unit_slot == _UNITS
        if slot == _HUNDREDS and group is not None:
            return group + value, unit_slot, False
        return None
    if kind is WordKind.TEN:
        if is_first:
            return value, _CLOSED, False
        if not conj and bare_unit and group is not None:
            return group + value, _CLOSED, False
        if conj and slot == _HUNDREDS and group is not None:
            return group + value, _CLOSED, False
        return None
    if kind is WordKind.TENS:
        if is_first:
            return value, _CLOSED, False
        if conj and slot in (_HUNDREDS, _UNITS) and group is not None:
            return group + value, _CLOSED, False
        return None
    if kind is WordKind.HUNDRED:
        if is_first:
            return value, _HUNDREDS, False
        if not conj and bare_unit and group is not None and value == 100 and group >= 3:
            return group * 100, _HUNDREDS, False
        return None
    if kind is WordKind.FRACTION:
        if is_first:
            return value, _CLOSED, False
        if conj and group is not None and slot != _OPEN:
            return group + value, _CLOSED, False
        return None
    return None


# --- quantities ------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Found:
    start: int
    end: int
    quantity: Quantity


def _number(value: Fraction) -> int | float:
    return int(value) if value.denominator == 1 else float(value)


def _qualified(qualifier: Qualifier, value: Fraction, unit: str | None) -> Quantity:
    number = _number(value)
    makers = {
        Qualifier.EXACT: Quantity.exact,
        Qualifier.APPROX: Quantity.approx,
        Qualifier.AT_LEAST: Quantity.at_least,
        Qualifier.MORE_THAN: Quantity.more_than,
        Qualifier.AT_MOST: Quantity.at_most,
        Qualifier.LESS_THAN: Quantity.less_than,
    }
    return makers[qualifier](number, unit)


class _Reader:
    """Finds quantities in one folded text, left to right."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lexicon = number_lexicon()
        self.patterns = _patterns()
        self.cursor = _Cursor(text, self.lexicon)

    def __iter__(self) -> Iterator[_Found]:
        floor = 0
        pending: _Found | None = None
        for anchor in self.patterns.anchor.finditer(self.text):
            if anchor.start() < floor:
                continue
            found, floor = self._at(anchor.start(), floor)
            for item in found:
                if pending is not None:
                    merged = self._merge_bounds(pending, item)
                    if merged is not None:
                        pending = merged
                        continue
                    yield pending
                pending = item
        if pending is not None:
            yield pending

    def _at(self, pos: int, floor: int) -> tuple[list[_Found], int]:
        """Read what starts at anchor ``pos``; return matches and the new floor."""
        text = self.text
        if text[pos].isdigit():
            date_like = _DATE_LIKE.match(text, pos)
            if date_like is not None:
                return [], date_like.end()
        first = self.cursor.read(pos)
        if first is None:
            return [], pos + 1
        word = first.word
        if first.word is None and first.number is None:
            return self._digit_list(first), max(first.end, pos + 1)
        if word is not None and word.kind is WordKind.ORDINAL:
            return [], self._skip_ordinal(first)
        if word is not None and (
            word.kind is WordKind.VAGUE
            or (word.kind is WordKind.SCALE and word.form is ScaleForm.PLURAL)
        ):
            core = self._vague(first)
        else:
            cardinal = _read_cardinal(self.cursor, first)
            if cardinal is None:
                return [], first.end
            core = None
        start = self._extend_article(first.start if core is None else core[0], floor)
        opener = self.patterns.before.search(text, max(floor, start - _LOOKBEHIND_WINDOW), start)
        phrase = " ".join(opener["phrase"].split()) if opener else None
        qualifier = self.lexicon.qualifiers_before.get(phrase) if phrase else None
        if core is not None:
            begin = opener.start("phrase") if opener and qualifier else start
            return [_Found(begin, core[1], core[2])], core[1]
        return self._quantity(cardinal, start, opener, phrase, qualifier, floor)

    def _quantity(
        self,
        cardinal: _Cardinal,
        start: int,
        opener: regex.Match[str] | None,
        phrase: str | None,
        qualifier: Qualifier | None,
        floor: int,
    ) -> tuple[list[_Found], int]:
        text = self.text
        patterns = self.patterns
        value = cardinal.value
        end = cardinal.end
        unit: str | None = None
        percent_before = patterns.percent_before.search(text, max(floor, start - 4), start)
        if percent_before is not None:
            unit, start = "percent", percent_before.start()
        if phrase in self.lexicon.negative and opener is not None:
            value, start, opener, qualifier = -value, opener.start("phrase"), None, None
        elif cardinal.scale is None and patterns.negative_sign.search(text, max(floor, start - 1), start):
            if self.cursor.read(start) is not None and self.text[start].isdigit():
                value, start = -value, start - 1
        percent = patterns.percent_after.match(text, end)
        if percent is not None and unit is None:
            unit, end = "percent", percent.end()
        span_start = opener.start("phrase") if opener is not None and qualifier else start
        range_kind = None
        if opener is not None and qualifier is None and phrase is not None:
            if phrase in self.lexicon.range_between:
                range_kind = "between"
            elif phrase in self.lexicon.range_from:
                range_kind = "from"
        ranged = self._range(cardinal, range_kind, end, unit)
        if ranged is not None and opener is not None and range_kind is not None:
            return [_Found(opener.start("phrase"), ranged.end, ranged.quantity)], ranged.end
        if ranged is not None and range_kind is None:
            return [_Found(start, ranged.end, ranged.quantity)], ranged.end
        if range_kind == "between" and cardinal.joined:
            split = _read_cardinal(self.cursor, self.cursor.read(cardinal.start) or _Token(0, 0), join=False)
            if split is not None:
                ranged = self._range(split, range_kind, split.end, unit)
                if ranged is not None and opener is not None:
                    return [_Found(opener.start("phrase"), ranged.end, ranged.quantity)], ranged.end
        if qualifier is None:
            after = patterns.after_qualifier.match(text, end)
            if after is not None and "\n" not in after[0]:
                qualifier = self.lexicon.qualifiers_after[" ".join(after["phrase"].split())]
                end = after.end()
        quantity = _qualified(qualifier or Qualifier.EXACT, value, unit)
        return [_Found(span_start, end, quantity)], end

    def _range(
        self, low: _Cardinal, kind: str | None, end: int, unit: str | None
    ) -> _Found | None:
        """Read «و Y», «إلى Y» or «- Y» after the low end of a range."""
        patterns = self.patterns
        if kind == "between":
            joint = patterns.range_and.match(self.text, end)
        elif kind == "from":
            joint = patterns.range_to.match(self.text, end)
        elif self.text[low.start].isdigit() and low.end == low.start + len(
            _TOKEN.match(self.text, low.start)[0]  # type: ignore[index]
        ):
            joint = patterns.range_dash.match(self.text, end)
            if joint is not None and _DATE_LIKE.match(self.text, joint.end()):
                joint = None
        else:
            joint = None
        if joint is None:
            return None
        first = self.cursor.read(joint.end())
        if first is None or (kind is None and first.number is None):
            return None
        high = _read_cardinal(self.cursor, first, join=True)
        if high is None:
            return None
        low_value = low.value
        if high.scale is not None and low.scale is None and low_value * high.scale <= high.value:
            low_value *= high.scale
        stop = high.end
        percent = patterns.percent_after.match(self.text, stop)
        if percent is not None:
            unit, stop = "percent", percent.end()
        if low_value >= high.value:
            return None
        return _Found(low.start, stop, Quantity.between(_number(low_value), _number(high.value), unit))

    def _vague(self, first: _Token) -> tuple[int, int, Quantity]:
        """«عشرات», «مئات الآلاف», «بضعة آلاف», «آلاف» → bounds, no value."""
        word = first.word
        assert word is not None  # noqa: S101 - the caller checked the kind
        if word.kind is WordKind.SCALE:
            low, high = 2 * word.value, 10 * word.value - 1
        else:
            low, high = word.value, word.high
        end = first.end
        following = self.cursor.read(end)
        if following is not None and not following.conj and following.word is not None:
            multiplier = following.word
            unit = None
            if multiplier.kind is WordKind.SCALE and multiplier.form is ScaleForm.PLURAL:
                unit = multiplier.value
            elif multiplier.kind is WordKind.VAGUE and word.kind is WordKind.VAGUE and word.high < 10:
                unit = multiplier.step
            if unit is not None and unit > 1:
                low, high = low * unit, (high + 1) * unit - 1
                end = following.end
        return first.start, end, Quantity.vague(_number(low), _number(high))

    def _skip_ordinal(self, first: _Token) -> int:
        """Consume «الثالث عشر» or «الخامس والعشرين» so no part reads as a count."""
        end = first.end
        following = self.cursor.read(end)
        if following is not None and following.word is not None:
            kind = following.word.kind
            if (kind is WordKind.TEN and not following.conj) or (
                kind is WordKind.TENS and following.conj
            ):
                end = following.end
        return end

    def _extend_article(self, start: int, floor: int) -> int:
        """Take in a detached article: «الـ 13» folds to «ال 13»."""
        article = self.patterns.standalone_article.search(self.text, max(floor, start - 4), start)
        return article.start() if article is not None else start

    def _digit_list(self, token: _Token) -> list[_Found]:
        """A digit run that is no single number: «192.168.1.2» is four numbers."""
        run = self.text[token.start : token.end]
        if len(run) > MAX_DIGITS * 2:
            return []
        found = []
        for part in _DIGITS.finditer(run):
            if len(part[0]) <= MAX_DIGITS:
                quantity = Quantity.exact(int(part[0]))
                found.append(_Found(token.start + part.start(), token.start + part.end(), quantity))
        return found

    def _merge_bounds(self, first: _Found, second: _Found) -> _Found | None:
        """«أكثر من 10 وأقل من 20» is one range, when its ends are in order."""
        lower = {Qualifier.MORE_THAN, Qualifier.AT_LEAST}
        upper = {Qualifier.LESS_THAN, Qualifier.AT_MOST}
        a, b = first.quantity, second.quantity
        if a.qualifier in upper and b.qualifier in lower:
            a, b = b, a
        if a.qualifier not in lower or b.qualifier not in upper or a.unit != b.unit:
            return None
        if a.value is None or b.value is None or a.value >= b.value:
            return None
        if not self.patterns.bound_joint.match(self.text, first.end, second.start):
            return None
        return _Found(first.start, second.end, Quantity.between(a.value, b.value, a.unit))


def _scan(normalized: Normalized) -> list[Match[Quantity]]:
    original = normalized.original
    matches = []
    for found in _Reader(normalized.text):
        start, end = normalized.span(found.start, found.end)
        matches.append(Match(start, end, original[start:end], found.quantity))
    return matches


def find_numbers(text: str) -> list[Match[Quantity]]:
    """Every cardinal quantity in running text, in order, without overlaps.

    Never raises on a ``str``; spans index the original ``text``.

    >>> [(m.text, m.value.value) for m in find_numbers("قتل 3 و4 عناصر")]
    [('3', 3), ('4', 4)]
    >>> find_numbers("ما لا يقل عن 96 قتيلاً")[0].value.qualifier.value
    'at_least'
    """
    return _scan(normalize(text))


_FRACTION = regex.compile(r"[ \t]*+(?P<sign>-)?(?P<num>[0-9]++)/(?P<den>[0-9]++)[ \t]*+")
_DECIMAL_WORDS = regex.compile(r"(?P<whole>.+?)[ \t]++(?:فاصله|,|،)[ \t]++(?P<part>.+)")


def parse_number(text: str) -> Quantity:
    """Read ``text`` as exactly one quantity expression.

    Raises :class:`~conflictparse.errors.NumberParseError` (a ``ParseError``)
    with the position of the fault when the text is anything else.

    >>> parse_number("ما لا يقل عن 96")
    Quantity(value=96, low=96, high=None, qualifier=<Qualifier.AT_LEAST: 'at_least'>, unit=None)
    >>> parse_number("ستة وتسعين").value
    96
    """
    normalized = normalize(text)
    folded = normalized.text
    fraction = _FRACTION.fullmatch(folded)
    if fraction is not None and int(fraction["den"] or 0) != 0 and len(folded) < MAX_DIGITS * 2:
        value = Fraction(int(fraction["num"]), int(fraction["den"]))
        return Quantity.exact(_number(-value if fraction["sign"] else value))
    leading = folded.lstrip()
    if leading.startswith((".", "-.")):
        return parse_number(text.replace(".", "0.", 1) if "." in text else text)
    matches = _scan(normalized)
    decimal = _DECIMAL_WORDS.fullmatch(folded.strip())
    if decimal is not None and matches:
        try:
            return _decimal_words(text, decimal)
        except NumberParseError:
            pass  # not a decimal: report the fault of the whole text below
    return _single(text, matches)


def _single(text: str, matches: list[Match[Quantity]]) -> Quantity:
    stripped_start = len(text) - len(text.lstrip())
    stripped_end = len(text.rstrip())
    if not matches:
        raise NumberParseError("expected a number", text, stripped_start)
    first = matches[0]
    leading = text[stripped_start : first.start]
    if normalize(leading).text.strip() not in ("", *_PROCLITICS):
        raise NumberParseError("unexpected text before the number", text, stripped_start)
    if len(matches) > 1:
        raise NumberParseError("more than one number", text, matches[1].start)
    if first.end < stripped_end:
        trailing = len(text[first.end :]) - len(text[first.end :].lstrip())
        raise NumberParseError("unexpected text after the number", text, first.end + trailing)
    return first.value


def _decimal_words(text: str, decimal: regex.Match[str]) -> Quantity:
    """«واحد فاصلة واحد» = 1.1; «اثنا عشر , ثلاثون» = 12.30 (hundredths after a comma)."""
    whole = parse_number(decimal["whole"]).value
    head = number_lexicon().words.get(decimal["part"])
    if head is not None and head.kind is WordKind.TEEN_HEAD:
        part: int | float | None = int(head.value)  # «إحدى» after the comma is 1
    else:
        part = parse_number(decimal["part"]).value
    if not isinstance(whole, int) or not isinstance(part, int) or part < 0:
        raise NumberParseError("expected a decimal number", text, 0)
    separator = decimal[0][decimal.end("whole") : decimal.start("part")].strip()
    digits = 2 if separator in (",", "،") else len(str(part))
    sign = -1 if whole < 0 else 1
    return Quantity.exact(_number(Fraction(whole) + sign * Fraction(part, 10**digits)))
