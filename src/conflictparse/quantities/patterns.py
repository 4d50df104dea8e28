"""The regular expressions of the quantity reader, compiled once from the number lexicon.

:func:`number_patterns` builds the look-behind patterns (an opener phrase, a percent sign, a
minus before a number) and the forward ones (a qualifier, a range joint, a fraction after it);
the fixed patterns for digits — dates, slashed fractions, powers of units — are module
constants.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import attrs
import regex

from conflictparse.text.lexicon.numbers import number_lexicon
from conflictparse.text.tokens import LETTER

__all__ = [
    "DATE_LIKE",
    "DIGIT_ANCHOR",
    "DIGIT_RUN",
    "GLUED_WORD",
    "SLASHED",
    "UNIT_POWER",
    "NumberPatterns",
    "number_patterns",
    "phrase_key",
]

# Numeric dates, times and slashed pairs: «13/3/2018», «2018-03-13», «7:25», «3/4».
DATE_LIKE = re.compile(r"[0-9]++(?:[/:][0-9]++)++(?:[/:.-][0-9]++)*+|[0-9]++(?:-[0-9]++){2,}+")
SLASHED = re.compile(r"(?P<num>[0-9]{1,6}+)/(?P<den>[0-9]{1,6}+)")
UNIT_POWER = re.compile(rf"(?<![{LETTER}])(?:كم|م|سم|ملم)[23]\Z(?![0-9])")
DIGIT_RUN = re.compile(r"[0-9]++")
GLUED_WORD = re.compile(rf"[{LETTER}A-Za-z]*+")
DIGIT_ANCHOR = re.compile(r"[0-9]+|(?<![0-9.,،])\.(?=[0-9])")


def _phrase_pattern(phrases: Iterable[str]) -> str:
    """An alternation of folded phrases, longest first, spaces matching any run."""
    parts = [r"[ \t]++".join(regex.escape(word) for word in phrase.split()) for phrase in phrases]
    return "|".join(sorted(parts, key=len, reverse=True))


def phrase_key(phrase: str) -> str:
    """A phrase with its runs of spaces made one: the key of the lexicon's tables."""
    return " ".join(phrase.split())


@attrs.frozen(slots=True)
class NumberPatterns:
    """The patterns built from the number lexicon; see :func:`number_patterns`."""

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
def number_patterns() -> NumberPatterns:
    """The patterns of the number lexicon, compiled on first use."""
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
    return NumberPatterns(
        follow=re.compile(follow),
        **{name: re.compile(body) for name, body in forward.items()},
        before=regex.compile(rf"(?r){phrase_start}(?P<phrase>{_phrase_pattern(openers)})[ \t]*+\Z"),
        context=regex.compile(
            rf"(?r)(?:{phrase_start}(?P<phrase>{_phrase_pattern(openers)})[ \t]*+)?"
            rf"(?P<percent>(?:{_phrase_pattern(lexicon.percent_before)})[ \t]*+)?"
            rf"(?P<article>{not_letter}ال[ \t]*+)?"
            # A minus sign is a sign only where a signed figure can stand: at the start
            # of a line, or after «(», «[», «=», «:», «<» or «>»; with a space after it only
            # at the start of the text; never after a word («حلب - 12 قتيلا», «درعا –5
            # قتلى» are datelines).
            r"(?P<minus>(?<=(?:\A|[\n(\[=:<>])[ \t]*+)-|(?<=\A[ \t]*+)-[ \t]++)?\Z"
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
