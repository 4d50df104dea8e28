"""Dates that are names: «حي مايو», «جسر 14 تموز», «سبتمبر نت», «موقع الجيش "26 سبتمبر"».

Examples:
    >>> import conflictparse as cp
    >>> cp.find_dates("ونقل موقع الجيش اليمني “26 سبتمبر” عن مصدر")
    []
"""

from __future__ import annotations

from conflictparse.text.lexicon.dates import date_lexicon
from conflictparse.text.tokens import CLOSING_QUOTES, OPENING_QUOTES, TextIndex, without_clitic

__all__ = ["named_by"]


def named_by(index: TextIndex, start: int, end: int) -> bool:
    """Whether a date is a name: «حي مايو», «جسر 14 تموز», «سبتمبر نت».

    The place or body named before it, or a word of a name right after it, say so.
    """
    lexicon = date_lexicon()
    heads = lexicon.name_heads
    quoted = _quoted(index.text, start, end)  # «موقع الجيش اليمني "26 سبتمبر"»: past its owner
    before = index.texts_before(start, _QUOTED_NAME_WORDS if quoted else 1)
    if any(_head(word, heads, quoted=quoted) for word in before):
        return True
    after = index.after(end, 1)
    return bool(after) and after[0].start - end <= 1 and after[0].text in lexicon.name_tails


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether the date alone stands in quotes: «"26 سبتمبر"»."""
    opening = text[max(0, start - 2) : start].strip(" \t")
    closing = text[end : end + 2].strip(" \t")
    # quotation marks, not brackets: «(26 سبتمبر)» is a date set off, no name
    return (
        bool(opening)
        and bool(closing)
        and opening[-1] in OPENING_QUOTES.replace("(", "")
        and closing[0] in CLOSING_QUOTES.replace(")", "")
    )


_QUOTED_NAME_WORDS = 4  # «موقع الجيش اليمني»: a name's head and whose it is, before quotes


def _head(word: str, heads: frozenset[str], *, quoted: bool) -> bool:
    """Whether ``word`` heads a name; «الموقع» with its article too before a quoted one."""
    bare = without_clitic(word)
    return word in heads or bare in heads or (quoted and bare.removeprefix("ال") in heads)
