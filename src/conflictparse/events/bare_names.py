"""Sites the gazetteer does not know, told again by their bare name after «في».

A report names an unknown site once with its head («تعرض حي ود البخيت لقصف مدفعي») and
then bare: «وأكدت مصادر محلية في ود البخيت أن قصفا ليليا أسفر عن مقتل 5». The bare name
right after «في» is the same site, of the head's kind. A name of one word is read so only when
it is long and has no article: «حي السلام» … «في السلام» may be a word as much as a name.
"""

from __future__ import annotations

import bisect

from conflictparse.entities.places import PlaceSpan, headed
from conflictparse.model import PlaceKind
from conflictparse.text.lexicon.places import gazetteer
from conflictparse.text.tokens import TextIndex

__all__ = ["with_bare_names"]

_NAME_WORDS = 3  # the longest name read bare: «ود البخيت الحلة»
_SHORT_WORDS = 2  # the first words of a longer name it may be told again by: «ود البخيت»
_LEAST_LETTERS = 4  # a one-word name this short or shorter is too like a common word
_IN = "في"


def with_bare_names(index: TextIndex, places: list[PlaceSpan]) -> list[PlaceSpan]:
    """``places`` and the later bare mentions of the unknown headed ones, in order.

    Examples:
        >>> from conflictparse.text.prepared import prepare
        >>> from conflictparse.entities.places import scan_places
        >>> text = prepare("قصف على حي ود البخيت. وقال أهالي في ود البخيت إن …")
        >>> found = with_bare_names(text.index, scan_places(text, "SD"))
        >>> [text.index.text[span.start : span.end] for span in found]
        ['حي ود البخيت', 'ود البخيت']
    """
    names = _unknown_names(index.text, places)
    if not names:
        return places  # the usual case: every site is known, or none is told with a head
    starts = [span.start for span in places]
    found = list(places)
    for name, (kind, told_end) in names.items():
        for position in index.occurrences.get(name[0], ()):
            start, end = index.starts[position], _end_of(index, position, name)
            if end is None or start < told_end or not _after_in(index, position):
                continue
            at = bisect.bisect_right(starts, start)
            if at and places[at - 1].end > start:
                continue  # part of a place already read
            found.append(PlaceSpan(start, end, None, kind))
    return sorted(found, key=lambda span: span.start)


def _unknown_names(
    text: str, places: list[PlaceSpan]
) -> dict[tuple[str, ...], tuple[PlaceKind, int]]:
    """The words of each unknown site told with its head, its kind and where it is first told."""
    heads = gazetteer()
    names: dict[tuple[str, ...], tuple[PlaceKind, int]] = {}
    for span in places:
        if span.place is not None or not headed(text, span, heads):
            continue
        words = tuple(text[span.start : span.end].split()[1:])
        if not words or len(words) > _NAME_WORDS:
            continue
        if len(words) == 1 and (len(words[0]) <= _LEAST_LETTERS or words[0].startswith("ال")):
            continue
        names.setdefault(words, (span.kind, span.end))
        if len(words) > _SHORT_WORDS:  # «حي ود البخيت الحلة» … «في ود البخيت»
            names.setdefault(words[:_SHORT_WORDS], (span.kind, span.end))
    return names


def _end_of(index: TextIndex, position: int, name: tuple[str, ...]) -> int | None:
    """Where ``name`` ends when its words follow at ``position``, or ``None``."""
    words = index.words[position : position + len(name)]
    if tuple(words) != name:
        return None
    return index.ends[position + len(name) - 1]


def _after_in(index: TextIndex, position: int) -> bool:
    """Whether «في» is the word right before ``position``."""
    return position > 0 and index.words[position - 1] == _IN
