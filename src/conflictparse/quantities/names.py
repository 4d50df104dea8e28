"""Figures and number words that name something instead of counting it.

«قرية بليون» is a village, not a billion; «شبكة دير الزور 24» is an outlet, not 24 of
anything.  The quantity reader asks these before it reads a count.

Examples:
    >>> import conflictparse as cp
    >>> [m.text for m in cp.find_numbers("وقالت شبكة وادي الفرات 24 إن 3 مدنيين قتلوا")]
    ['3']
"""

from __future__ import annotations

import re

from conflictparse.quantities.cursor import Token
from conflictparse.quantities.patterns import GLUED_NAME, NAME_CLOSES, number_patterns, search_back
from conflictparse.text.lexicon.numbers import NumberLexicon, WordKind
from conflictparse.text.tokens import TextIndex, without_clitic

__all__ = ["counts_a_day", "ends_an_outlet", "glued_to_a_name", "names_a_place"]

_OUTLET_NAME_WORDS = 3  # words of an outlet's name between its head and its figures


def ends_an_outlet(
    text: str, index: TextIndex, lexicon: NumberLexicon, start: int, end: int
) -> bool:
    """Whether the figures at ``start:end`` end an outlet's name: «شبكة دير الزور 24 إن».

    An outlet head at most three words before, and after the figures the end of the clause
    or a word of ``outlet_tails``: «أفادت شبكة شام بمقتل 24 مدنيا» is a count.
    """
    after = index.after(end, 1)  # read first: most figures are followed by their noun
    if not (
        not after
        or bool(text[end : after[0].start].strip(" \t"))  # punctuation: the clause ends
        or without_clitic(after[0].text) in lexicon.outlet_tails
    ):
        return False
    return any(
        without_clitic(word.text) in lexicon.outlet_heads
        for word in index.before(start, _OUTLET_NAME_WORDS + 1)
    )


def glued_to_a_name(text: str, start: int, end: int, floor: int) -> bool:
    """Whether figures end a bracketed or quoted name they are glued to: «(دارفور24)»."""
    return text[end : end + 1] in NAME_CLOSES and (
        GLUED_NAME.search(text, max(floor, start - _GLUED_NAME_CHARS), start) is not None
    )


_GLUED_NAME_CHARS = 22  # the bracket and at most 20 letters before the figures


def names_a_place(index: TextIndex, lexicon: NumberLexicon, first: Token) -> bool:
    """Whether a scale word or a dual alone names a place: «قرية بليون», «بلدة جسرين».

    A village, not a billion; a town, not two bridges.
    """
    word = first.word
    if word is None or word.kind not in _NAMING_KINDS or first.conj:
        return False
    head = index.before(first.start, 1)
    return bool(head) and head[0].text in lexicon.place_heads


def counts_a_day(index: TextIndex, lexicon: NumberLexicon, first: Token) -> bool:
    """Whether figures with the article count a day: «اليوم الـ444 من الحرب», an ordinal."""
    before = index.before(first.start, 2)  # nearest first: «ال», then «اليوم»
    return (
        len(before) == _ARTICLE_AND_DAY
        and before[0].text == "ال"
        and before[1].text in lexicon.ordinal_days
    )


_NAMING_KINDS = frozenset({WordKind.SCALE, WordKind.DUAL_NOUN})
_ARTICLE_AND_DAY = 2  # «اليوم» and the article of «الـ444» before the figures


def after_an_identifier(text: str, start: int, floor: int) -> bool:
    """Whether the figures at ``start`` follow a word they name: «القرار 2254», «اللواء 22».

    A figure joined by «و» to such a figure names too: «لوائي 17 و18», «القرار 2254
    و2334». The figure before is read past ``floor``: it is no count, so nothing ends there.
    """
    if _identifier_before(text, start, floor):
        return True
    joined = _JOINED_FIGURE.search(text, max(0, start - _JOINED_REACH), start)
    return joined is not None and _identifier_before(text, joined.start(), 0)


def _identifier_before(text: str, pos: int, floor: int) -> bool:
    patterns = number_patterns()
    window = max(floor, pos - _IDENTIFIER_REACH)
    return search_back(patterns.identifier, patterns.identifier_ends, text, window, pos) is not None


_IDENTIFIER_REACH = 48  # the longest identifier word, with the spaces and brackets after it
# «17 و» before a figure: the figure it is joined to, within a few characters.
_JOINED_FIGURE = re.compile(r"(?<![0-9.,])[0-9]++[ \t]*+(?:[،,][ \t]*+)?و[ \t]*+\Z")
_JOINED_REACH = 16
