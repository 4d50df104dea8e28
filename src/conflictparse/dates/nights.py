"""Nights told by their evening and the next dawn: «ليل أمس الثلاثاء / فجر الأربعاء».

A raid that runs through the night is dated by both its days; the two dates found are one
span, as «ليل الثلاثاء - الأربعاء» is.
"""

from __future__ import annotations

import datetime
import functools
import re
from typing import TYPE_CHECKING

from conflictparse.text.lexicon.dates import date_lexicon
from conflictparse.text.phrases import alternation

if TYPE_CHECKING:
    from conflictparse.dates.finder import DateSpan

__all__ = ["night_and_dawn"]

_NEXT_DAY = datetime.timedelta(days=1)
_NIGHT_WORDS = 2  # the night's word may follow «منتصف»
_BEFORE_CHARS = 16  # characters before the night's date where its word may stand


def night_and_dawn(text: str, night: DateSpan, dawn: DateSpan) -> bool:
    """Whether ``night`` opens with a night's word and ``dawn`` is the next day, at its dawn.

    ``text`` is the folded text both were found in: «ليل أمس الثلاثاء/ فجر الأربعاء», «ليلة
    أمس وفجر اليوم», «منتصف الليلة (الخميس/ صباح الجمعة)»; not «مساء أمس وفجر اليوم», nor
    «ليل الثلاثاء وفجر الخميس».
    """
    first, second = night.date, dawn.date
    if first.start is None or first.start != first.end or second.start != second.end:
        return False
    if second.start != first.start + _NEXT_DAY:
        return False
    lexicon = date_lexicon()
    # «منتصف ليل أمس الثلاثاء», or the night's word just before: «الليلة (الخميس»
    before = text[max(0, night.start - _BEFORE_CHARS) : night.start].replace("(", " ")
    opening = [
        *before.split()[-_NIGHT_WORDS:],
        *text[night.start : night.end].split()[:_NIGHT_WORDS],
    ]
    return not lexicon.night_starts.isdisjoint(opening) and bool(
        _joint().fullmatch(text, night.end, dawn.start)
    )


@functools.cache
def _joint() -> re.Pattern[str]:
    """What stands between a night and its dawn: «/ فجر», «وفجر», « - صباح», or «و» alone.

    «اعتقلت القوات الليلة الماضية واليوم الخميس»: a night and the day after it, one span.
    """
    dawn = alternation(phrase.split() for phrase in date_lexicon().dawn_words)
    return re.compile(rf"[ \t]*+(?:(?:[/\-–][ \t]*+|و)(?:{dawn})[ \t]++|و)")
