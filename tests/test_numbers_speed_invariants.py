"""The shortcuts of the number reader give what the plain patterns give.

The reader skips work where a cheap test shows a pattern cannot match: a window that does
not end with a phrase's last word, a token that cannot go on a number, a combined forward
pattern.  Each shortcut is checked here against the long way round.
"""

from __future__ import annotations

import random
import re

import pytest
import regex

from conflictparse.quantities.cursor import Cursor
from conflictparse.quantities.patterns import (
    ARTICLE,
    DIGIT_ANCHOR,
    MINUS,
    PERCENT,
    PHRASE,
    _backward_patterns,
    _phrase_pattern,
    _phrase_pattern_back,
    number_patterns,
    search_back,
)
from conflictparse.text.lexicon.numbers import number_lexicon
from conflictparse.text.prepared import prepare

# The anchor pattern as it was first written: digit runs, and a «.» that starts a number.
_PLAIN_DIGIT_ANCHOR = re.compile(r"[0-9]+|(?<![0-9.,،])\.(?=[0-9])")

_PIECES = (
    "بين ",
    "من ",
    "اكثر من ",
    "ما لا يقل عن ",
    "نحو ",
    "الـ ",
    "ال",
    "% ",
    "- ",
    "-",
    "\n",
    "(",
    "رقم ",
    "كل ",
    "واحد ",
    "3 ",
    "12",
    "و",
    "مئة ",
    "الف ",
    "قتيلا ",
    "على الاقل ",
    "فاصلة ",
    "1/4 ",
    "على ",
    ", ",
    ".",
    " ",
    "\t",
)


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        prepare("".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14)))).text
        for _ in range(count)
    ]


def test_digit_anchor_is_the_plain_pattern() -> None:
    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choice("12.,،a \n") for _ in range(rng.randint(0, 12)))
        expected = [m.span() for m in _PLAIN_DIGIT_ANCHOR.finditer(text)]
        assert [m.span() for m in DIGIT_ANCHOR.finditer(text)] == expected, text


def test_phrases_grouped_by_last_letter_match_as_the_plain_alternation() -> None:
    lexicon = number_lexicon()
    plain = _backward_patterns(lexicon, _phrase_pattern)
    grouped = _backward_patterns(lexicon, _phrase_pattern_back)
    for name, pattern in grouped.items():  # the reader's patterns are the grouped ones
        assert getattr(number_patterns(), name).pattern == pattern.pattern
    for text in _texts(1500, seed=13):
        for end in range(len(text) + 1):
            for start in (0, max(0, end - 48), max(0, end - 4)):
                for name, pattern in plain.items():
                    expected = pattern.search(text, start, end)
                    found = grouped[name].search(text, start, end)
                    assert (found is None) == (expected is None), (name, text, start, end)
                    if found is not None and expected is not None:
                        assert found.regs == expected.regs, (name, text, start, end)


def test_group_numbers_name_the_groups() -> None:
    patterns = number_patterns()
    assert patterns.before.groupindex == {"phrase": PHRASE}
    expected = {"phrase": PHRASE, "percent": PERCENT, "article": ARTICLE, "minus": MINUS}
    assert patterns.context.groupindex == expected


@pytest.mark.parametrize(
    ("name", "ends"),
    [
        ("before", "opener_ends"),
        ("context", "context_ends"),
        ("pronoun_one", "pronoun_one_ends"),
        ("identifier", "identifier_ends"),
    ],
)
def test_search_back_skips_only_windows_without_a_match(name: str, ends: str) -> None:
    patterns = number_patterns()
    pattern, last_words = getattr(patterns, name), getattr(patterns, ends)
    for text in _texts(1500, seed=len(name)):
        for end in range(len(text) + 1):
            for start in (0, max(0, end - 48), max(0, end - 5)):
                expected = _span(pattern.search(text, start, end), end)
                got = _span(search_back(pattern, last_words, text, start, end), end)
                assert got == expected, (text, start, end)


def _span(found: regex.Match[str] | None, end: int) -> tuple[int, int] | None:
    """The span of a look-behind match; the reader drops an empty match (of ``context``)."""
    return None if found is None or found.start() >= end else found.span()


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("extension", ("decimal_point", "mixed_fraction", "over", "per")),
        (
            "follow",
            (
                "percent_after",
                "after_qualifier",
                "inclusive",
                "range_and",
                "range_to",
                "range_dash",
            ),
        ),
        ("follow_alone", ("percent_after", "after_qualifier", "range_dash", "range_to")),
    ],
)
def test_a_combined_pattern_matches_where_one_of_its_parts_does(
    name: str, parts: tuple[str, ...]
) -> None:
    patterns = number_patterns()
    combined = getattr(patterns, name)
    for text in _texts(1500, seed=len(name)):
        for pos in range(len(text) + 1):
            any_part = any(getattr(patterns, part).match(text, pos, pos + 128) for part in parts)
            assert (combined.match(text, pos, pos + 128) is not None) == any_part, (text, pos)


def test_read_part_is_read_after_a_word_that_may_go_on_a_number() -> None:
    for text in _texts(1500, seed=5):
        cursor = Cursor(text, number_lexicon())
        for pos in range(len(text) + 1):
            expected = cursor.read(pos) if cursor.word_follows(pos) else None
            if expected is not None and expected.word is None and expected.number is None:
                expected = None
            assert cursor.read_part(pos) == expected, (text, pos)


def test_a_cursor_reads_the_same_whatever_it_read_before() -> None:
    rng = random.Random(11)
    for text in _texts(500, seed=9):
        cursor = Cursor(text, number_lexicon())
        positions = list(range(len(text) + 1)) * 2
        rng.shuffle(positions)
        for pos in positions:
            cursor.read_part(rng.randrange(len(text) + 1))
            assert cursor.read(pos) == Cursor(text, number_lexicon()).read(pos), (text, pos)
