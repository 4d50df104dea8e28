"""Datelines: the place a report was written at, before its first words, is no site.

«غزة – …», «الفاشر، نيالا – 18 ديسمبر 2024- …», «(الموصل - رويترز)».
"""

from __future__ import annotations

import functools
import re

from conflictparse.entities.places import PlaceSpan
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.phrases import alternation

__all__ = ["dateline"]

# «غزة –», «القصرين (متابعات) -», «غزة 13 يوليو 2024 (شينخوا)», «صنعاء/ الأناضول», «عدن 3
# مارس 2019 /», «صنعاء 12 مارس /», «بغداد، العراق (CNN)--»: a dateline after the place (and
# its country)
_DATELINE = re.compile(
    r"\s*(?:[،,][ \t]*[^\s\d()،,]{2,12}[ \t]*)?"
    r"(?:(?:\([^()\n]{0,30}\)\s*)?[-–—:/]"
    r"|[0-9٠-٩]{1,2}[ \t]+[^\s\d()]{2,12}(?:[ \t]+[0-9٠-٩]{4})?[ \t]*(?:\([^()\n]{0,30}\)|[-–—:/]))"
)
_DATELINE_LEAD = 8  # blanks a dateline's place may follow at the head of its line


def dateline(text: str, span: PlaceSpan) -> bool:
    """«غزة – …» at the head of a line: where the report was written, not where it happened.

    Or in brackets with its source: «كتب فلان (بغداد، وكالات)», «(الموصل - رويترز)».
    """
    window = max(0, span.start - _DATELINE_LEAD)
    opened = text[window : span.start].rstrip(" \t").endswith("(")
    if opened and _bracketed_dateline().match(text, span.end):
        return True
    line_start = text.rfind("\n", window, span.start) + 1
    if (line_start or not window) and not text[line_start : span.start].strip():
        return bool(_DATELINE.match(text, span.end))
    return _second_of_two(text, span)


def _second_of_two(text: str, span: PlaceSpan) -> bool:
    """Whether the place is the second of a dateline of two: «الفاشر، نيالا – …»."""
    window = max(0, span.start - _TWO_PLACES_LEAD)
    line_start = text.rfind("\n", window, span.start) + 1
    if not line_start and window:
        return False
    return bool(_FIRST_OF_TWO.fullmatch(text, line_start, span.start)) and bool(
        _DATELINE.match(text, span.end)
    )


_FIRST_OF_TWO = re.compile(r"\s*[^\s\d()،,]{2,12}[ \t]*[،,][ \t]*")
_TWO_PLACES_LEAD = 24  # «الفاشر، » and the blanks before it


@functools.cache
def _bracketed_dateline() -> re.Pattern[str]:
    """After the place: a comma or a dash, a source of the lexicon, the bracket closing."""
    sources = alternation(event_lexicon().dateline_sources)
    return re.compile(rf"[ \t]*+[،,\-–—/][ \t]*+(?:{sources})[ \t]*+\)")
