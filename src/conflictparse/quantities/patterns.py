"""The regular expressions of the quantity reader, compiled once from the number lexicon.

:func:`number_patterns` builds the look-behind patterns (an opener phrase, a percent sign, a
minus before a number) and the forward ones (a qualifier, a range joint, a fraction after it);
the fixed patterns for digits — dates, slashed fractions, powers of units — are module
constants.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

import attrs
import regex

from conflictparse.text.lexicon.numbers import NumberLexicon, number_lexicon
from conflictparse.text.tokens import CLOSING_QUOTES, LETTER, OPENING_QUOTES

__all__ = [
    "ARTICLE",
    "DATE_LIKE",
    "DIGIT_ANCHOR",
    "DIGIT_RUN",
    "GLUED_WORD",
    "LATIN_LETTER",
    "LETTER_NAME",
    "MINUS",
    "PERCENT",
    "PHRASE",
    "SLASHED",
    "UNIT_POWER",
    "NumberPatterns",
    "number_patterns",
    "phrase_key",
    "search_back",
]

# Numeric dates, times and slashed pairs: «13/3/2018», «2018-03-13», «7:25», «3/4», and a
# time with spaces by its colon: «الساعة 15: 00», «15 : 30» (two digits of minutes).
DATE_LIKE = re.compile(
    r"[0-9]++(?:[/:][0-9]++)++(?:[/:.-][0-9]++)*+|[0-9]++(?:-[0-9]++){2,}+"
    r"|[0-9]{1,2}+[ \t]*+:[ \t]*+[0-9]{2}+(?![0-9])"
)
SLASHED = re.compile(r"(?P<num>[0-9]{1,6}+)/(?P<den>[0-9]{1,6}+)")
UNIT_POWER = re.compile(rf"(?<![{LETTER}])(?:كم|م|سم|ملم)[23]\Z(?![0-9])")
DIGIT_RUN = re.compile(r"[0-9]++")
GLUED_WORD = re.compile(rf"[{LETTER}A-Za-z]*+")
# A letter or a short Latin code right before digits names something: «(ت 4)», «M4», «F-16».
# The proclitics «و ب ف ل ك» may stand alone before a count («و 4») and are no names.
LETTER_NAME = re.compile(
    rf"(?<![{LETTER}A-Za-z])(?:(?![وبفلك])[{LETTER}][ \t]*+|[A-Za-z]{{1,3}}+[ \t]*+-?)\Z"
)
# An outlet's name in brackets or quotes, its figures glued to its word: «(دارفور24)».
GLUED_NAME = re.compile(rf"[{re.escape(OPENING_QUOTES)}][{LETTER}]{{3,20}}+\Z")
NAME_CLOSES = frozenset(CLOSING_QUOTES)
LATIN_LETTER = re.compile(r"[A-Za-z]")  # digits glued to a Latin word: «…/NKfn5uPFv6», a code
# A digit run, or a «.» that starts a number («.5») but no decimal part («1.5», «,.5») and
# no period after a word («المستشفيات .102», «الجرحى.12»).  The pattern opens with one
# character class, so that the scan skips other characters quickly.
DIGIT_ANCHOR = re.compile(
    rf"[.0-9](?:(?<=[0-9])[0-9]*+|(?<![0-9.,،{LETTER}]\.)(?<![{LETTER}][ \t]\.)(?=[0-9]))"
)


# The groups of the look-behind patterns ``before`` and ``context``, by number: a ``regex``
# match reads a group by number several times faster than by name.
PHRASE, PERCENT, ARTICLE, MINUS = 1, 2, 3, 4


def _phrase_parts(phrases: Iterable[str]) -> list[tuple[str, str]]:
    """Each phrase as a pattern, spaces matching any run, with its last character; longest first."""
    parts = [
        (r"[ \t]++".join(regex.escape(word) for word in phrase.split()), phrase.rstrip()[-1])
        for phrase in phrases
    ]
    return sorted(parts, key=lambda part: len(part[0]), reverse=True)


def _phrase_pattern(phrases: Iterable[str]) -> str:
    """An alternation of folded phrases, longest first, spaces matching any run."""
    return "|".join(part for part, _ in _phrase_parts(phrases))


def _phrase_pattern_back(phrases: Iterable[str]) -> str:
    """:func:`_phrase_pattern` for a pattern matched backwards (``(?r)``), grouped by last letter.

    Backwards, a phrase must end where the match has come to, so only the phrases that end
    with the letter there can match: each group is tried after one test of its letter.  The
    phrases keep their order within a group, so the same phrase matches.
    """
    groups: dict[str, list[str]] = {}
    for part, last in _phrase_parts(phrases):
        escaped = regex.escape(last)
        groups.setdefault(escaped, []).append(part.removesuffix(escaped))
    return "|".join(f"(?:{'|'.join(heads)}){last}" for last, heads in groups.items())


def _last_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """The last word of each phrase: text that a look-behind match of the phrase ends with."""
    return tuple(sorted({phrase.split()[-1] for phrase in phrases}))


def search_back(
    pattern: regex.Pattern[str], ends: tuple[str, ...], text: str, pos: int, endpos: int
) -> regex.Match[str] | None:
    """``pattern.search(text, pos, endpos)`` for a look-behind pattern that ends at ``endpos``.

    Such a match ends, but for spaces and tabs, with one of ``ends`` (the last words of the
    pattern's phrases): when the window does not, the search is skipped.
    """
    if not text[pos:endpos].rstrip(" \t/(\"'“”«").endswith(ends):
        return None
    return pattern.search(text, pos, endpos)


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
    duration: re.Pattern[str]
    decimal_point: re.Pattern[str]
    mixed_fraction: re.Pattern[str]
    change_verb: regex.Pattern[str]
    bound_joint: re.Pattern[str]
    follow_alone: re.Pattern[str]
    extension: re.Pattern[str]
    # What the window before a number ends with (spaces and tabs stripped) when a
    # look-behind pattern can match there: a cheap «no» before the search.
    opener_ends: tuple[str, ...]
    context_ends: tuple[str, ...]
    pronoun_one_ends: tuple[str, ...]
    identifier_ends: tuple[str, ...]


def _forward_patterns(lexicon: NumberLexicon) -> dict[str, str]:
    """The bodies of the patterns matched after a number, by their field name."""
    to_words = _phrase_pattern(lexicon.range_to)
    return {
        "percent_after": rf"[ \t]*+(?:{_phrase_pattern(lexicon.percent_after)})(?![{LETTER}])",
        "after_qualifier": (
            # at most two words of the noun, the second no count joined by «و»: «3 أطفال
            # وسيدتان على الأقل» bounds the women only
            rf"(?:[ \t]++[{LETTER}]++(?:[ \t]++(?!و)[{LETTER}]++)??)??[ \t]*+[-،,]?[ \t]*+"
            # not «3 قتلى وأكثر من 20 جريحا»: «وأكثر من» opens the next count
            rf"(?!(?:{_phrase_pattern(lexicon.qualifiers_opening)})[ \t]*+من(?![{LETTER}]))"
            rf"(?P<phrase>{_phrase_pattern(lexicon.qualifiers_after)})(?![{LETTER}])"
            r"(?![ \t]*+(?:من[ \t]*+)?[0-9])"
        ),
        "inclusive": (
            rf"[ \t]*+(?:{_phrase_pattern(lexicon.inclusive_after)})(?![{LETTER}])"
            r"(?![ \t]*+[0-9])"
        ),
        "range_and": (
            r"[ \t]*+(?:-[ \t]*+)?و[ \t]*+"
            rf"|[ \t]++(?:{_phrase_pattern(lexicon.range_between_to)})[ \t]*+"
        ),
        "range_to": rf"[ \t]++(?:{to_words})[ \t]*+",
        "range_dash": rf"[ \t]*+(?:[-~]|(?<=[ \t])(?:{to_words})[ \t])[ \t]*+(?=[0-9])",
        "over": rf"[ \t]++(?:{_phrase_pattern(lexicon.fraction_over)})[ \t]++(?=[0-9{LETTER}])",
        "per": rf"[ \t]++(?:{_phrase_pattern(lexicon.fraction_per)})[ \t]++(?=[0-9{LETTER}])",
        "decimal_point": r"[ \t]++فاصله[ \t]++",
        "mixed_fraction": r"[ \t]++(?P<num>[0-9]{1,6}+)/(?P<den>[0-9]{1,6}+)(?![0-9/])",
    }


def _either(forward: dict[str, str], *names: str) -> re.Pattern[str]:
    """One pattern that matches where one of the named forward patterns does (no groups)."""
    return re.compile("|".join(re.sub(r"\(\?P<\w+>", "(?:", forward[name]) for name in names))


def _openers(lexicon: NumberLexicon) -> list[str]:
    """The phrases that may stand before a number and change it: qualifiers, ranges, signs."""
    return [
        *lexicon.qualifiers_before,
        *lexicon.range_between,
        *lexicon.range_from,
        *lexicon.negative,
        *lexicon.fraction_part_of,
    ]


def _backward_patterns(
    lexicon: NumberLexicon, alternation: Callable[[Iterable[str]], str]
) -> dict[str, regex.Pattern[str]]:
    """The look-behind patterns, by field name, with ``alternation`` for their phrases."""
    openers = _openers(lexicon)
    not_letter = rf"(?<![{LETTER}])"
    # A phrase starts a word (after at most one proclitic letter); a symbol
    # such as «>» must not be part of «=>» or «<>».
    phrase_start = rf"(?:{not_letter}(?![<>])|(?<={not_letter}[وبفل])|(?<![=<>])(?=[<>]))"
    return {
        "before": regex.compile(rf"(?r){phrase_start}(?P<phrase>{alternation(openers)})[ \t]*+\Z"),
        "context": regex.compile(
            rf"(?r)(?:{phrase_start}(?P<phrase>{alternation(openers)})[ \t]*+)?"
            rf"(?P<percent>(?:{alternation(lexicon.percent_before)})[ \t]*+)?"
            rf"(?P<article>{not_letter}ال[ \t]*+)?"
            # A minus sign is a sign only where a signed figure can stand: at the start
            # of a line, or after «(», «[», «=», «:», «<» or «>»; with a space after it only
            # at the start of the text; never after a word («حلب - 12 قتيلا», «درعا –5
            # قتلى» are datelines).
            r"(?P<minus>(?<=(?:\A|[\n(\[=:<>])[ \t]*+)-|(?<=\A[ \t]*+)-[ \t]++)?\Z"
        ),
        "pronoun_one": regex.compile(
            rf"(?r){not_letter}(?:{alternation(lexicon.pronoun_one_after)})[ \t]++\Z"
        ),
        "identifier": regex.compile(
            rf"(?r)(?:{not_letter}|(?<={not_letter}[وف]?[وبفل]))"
            # «اللواء 22», «اللواء /22/», «الفرقة (17)», «وللفرقة 11», «القناة '12'»
            rf"(?:{alternation(lexicon.identifier_after)})(?:[ \t]++|[ \t]*+[/(\"'“”«][ \t]*+)\Z"
        ),
        "change_verb": regex.compile(
            rf"(?r){not_letter}(?:{alternation(lexicon.change_verbs)})(?![{LETTER}])"
        ),
    }


@functools.cache
def number_patterns() -> NumberPatterns:
    """The patterns of the number lexicon, compiled on first use."""
    lexicon = number_lexicon()
    openers = _openers(lexicon)
    forward = _forward_patterns(lexicon)
    backward = _backward_patterns(lexicon, _phrase_pattern_back)
    # What the reader looks for after a number, each as one pattern: when it does not
    # match, none of its parts can, and all are skipped.  With no opener phrase before
    # the number («بين», «من») no range word after it counts.
    follow = (
        "percent_after",
        "after_qualifier",
        "inclusive",
        "range_and",
        "range_to",
        "range_dash",
    )
    opener_ends = _last_words(openers)
    return NumberPatterns(
        follow=_either(forward, *follow),
        follow_alone=_either(forward, "percent_after", "after_qualifier", "range_dash", "range_to"),
        extension=_either(forward, "decimal_point", "mixed_fraction", "over", "per"),
        opener_ends=opener_ends,
        context_ends=(*opener_ends, *_last_words(lexicon.percent_before), "ال", "-"),
        pronoun_one_ends=_last_words(lexicon.pronoun_one_after),
        identifier_ends=_last_words(lexicon.identifier_after),
        **{name: re.compile(body) for name, body in forward.items()},
        before=backward["before"],
        context=backward["context"],
        pronoun_one=backward["pronoun_one"],
        identifier=backward["identifier"],
        change_verb=backward["change_verb"],
        duration=re.compile(
            rf"(?:{_phrase_pattern(lexicon.duration_openers)})[ \t]++(?:ال)?[^ \t]++(?:[ \t]++"
            rf"[^ \t]++)?[ \t]++(?:{_phrase_pattern(lexicon.duration_units)})"
            rf"|(?:{_phrase_pattern(lexicon.duration_openers)})[ \t]++"
            rf"(?:{_phrase_pattern(lexicon.duration_units)})"
        ),
        bound_joint=re.compile(r"[ \t]*+[،,]?[ \t]*+(?:و|او)[ \t]*+\Z"),
    )
