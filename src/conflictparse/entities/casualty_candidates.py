"""Which counts the casualty reader reads at all, and a dash that is no minus sign.

Most counts in a report are no casualties; these checks pass them over before
the reader looks at the words around them, and give a count read as negative
from a dash before it («- 12 قتيلا») back its sign.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

import attrs

from conflictparse.entities.casualty_words import (
    AFTER_WORDS,
    NOUN_WORDS,
    TOTAL_WORDS,
    TWO,
    clitic_stems,
    dual_of_person,
    stems,
)
from conflictparse.model import Qualifier, Quantity
from conflictparse.quantities.numbers import QuantitySpan
from conflictparse.text.lexicon.casualties import casualty_lexicon
from conflictparse.text.lexicon.numbers import WordKind, number_lexicon
from conflictparse.text.prepared import PreparedText
from conflictparse.text.tokens import CLITICS, LETTER, WORD, without_clitic

if TYPE_CHECKING:
    from conflictparse.entities.casualties import CasualtySpan

__all__ = ["Nearness", "extra_counts", "without_dash"]

_GLUED = re.compile(rf"(?<![0-9.,،])[0-9]{{1,7}}+(?=[{LETTER}])")  # «7قتلى», «12جريحا»


def extra_counts(prepared: PreparedText, quantities: list[QuantitySpan]) -> list[QuantitySpan]:
    """``quantities`` with the counts only the casualty reader sees, in order.

    Digits glued to a casualty noun («7قتلى») and duals of victim nouns that the number
    lexicon leaves out («فلسطينيان», «طفلاه», «عنصري شرطة», «مدنيين قتلا»).
    """
    extra = _glued(prepared) + _duals(prepared)
    if not extra:
        return quantities
    starts = [found.start for found in quantities]
    ends = [found.end for found in quantities]
    kept = [
        item
        for item in extra
        if bisect.bisect_left(starts, item.end) == bisect.bisect_right(ends, item.start)
    ]  # no quantity overlaps it
    return sorted(quantities + kept, key=lambda found: found.start)


def _glued(prepared: PreparedText) -> list[QuantitySpan]:
    """«7قتلى», «12جريحا»: digits with a casualty noun stuck to them."""
    text = prepared.text
    lexicon = casualty_lexicon()
    found = []
    for digits in _GLUED.finditer(text):
        word = WORD.match(text, digits.end())
        if word is None:
            continue
        forms = stems(word[0])
        if any((form,) in lexicon.count_nouns for form in forms) or not lexicon.victims.isdisjoint(
            forms
        ):
            value = Quantity.exact(int(digits[0]))
            found.append(QuantitySpan(digits.start(), digits.end(), value))
    return found


def _duals(prepared: PreparedText) -> list[QuantitySpan]:
    """Duals of victim nouns: two, each (see :func:`dual_of_person`)."""
    index = prepared.index
    lexicon = casualty_lexicon()
    words, starts, ends = index.words, index.starts, index.ends
    found = []
    for word, positions in index.occurrences.items():
        form = dual_of_person(word)
        if form is None:
            continue
        for position in positions:
            start, end = starts[position], ends[position]
            following = words[position + 1] if position + 1 < len(words) else ""
            gap = prepared.text[end : starts[position + 1]] if following else ""
            if form != "dual" and (not following or gap.strip(" \t")):
                continue  # «مدنيين قتلا», «عنصري شرطة»: the next word, in the same phrase
            if form == "dual" and _after_dual(prepared, position):
                continue  # «مصدران أمنيان», «طفلان فلسطينيان»: the adjective of a dual
            if form == "sound" and lexicon.dual_verbs.isdisjoint(clitic_stems(following)):
                continue
            if form == "nominative" and (
                following not in lexicon.victim_complements or _counted(words, position)
            ):
                continue  # «عنصرا شرطة», not «15 عنصرا» nor «عنصرا في الشرطة»
            if form in ("construct", "nominative"):
                if following in lexicon.who_stops:
                    continue
                end = ends[position + 1]
            if word[:1] in CLITICS and dual_of_person(word[1:]) is not None:
                start += 1  # «وفلسطينيان»: the clitic stays out of the span
            found.append(QuantitySpan(start, end, TWO))
    found.sort()
    return found


def _counted(words: list[str], position: int) -> bool:
    """Whether a count or attackers stand right before the word at ``position``.

    «15 عنصرا»; «قتل مسلحون عنصرا أمن», where the noun is the object, one man.
    """
    if not position:
        return False
    before = words[position - 1]
    return (
        before.isdigit()
        or before in number_lexicon().surfaces
        or without_clitic(before) in casualty_lexicon().killers
    )


def _after_dual(prepared: PreparedText, position: int) -> bool:
    """Whether the word at ``position`` follows a dual noun in the same phrase: its adjective."""
    if position == 0:
        return False
    index = prepared.index
    previous = index.words[position - 1]
    gap = prepared.text[index.ends[position - 1] : index.starts[position]]
    words = number_lexicon().words
    word = words.get(previous) or words.get(without_clitic(previous))
    return not gap.strip(" \t") and word is not None and word.kind is WordKind.DUAL_NOUN


def without_dash(found: QuantitySpan, text: str) -> QuantitySpan | None:
    """A count read as negative from a dash before it, with the dash left out as punctuation."""
    quantity = found.quantity
    if text[found.start] != "-" or quantity.qualifier not in (Qualifier.EXACT, Qualifier.APPROX):
        return None
    start = found.start + 1
    while text[start] in " \t":
        start += 1

    def flip(bound: float | None) -> float | None:
        return None if bound is None else -bound

    positive = attrs.evolve(
        quantity, value=flip(quantity.value), low=flip(quantity.low), high=flip(quantity.high)
    )
    return found._replace(start=start, quantity=positive)


class Nearness:
    """Whether a count has any casualty word near enough to make it a casualty.

    A count is a casualty only through a count noun, a victim noun or a
    trigger within the words the reader looks at (20 before, 24 after), a dual
    noun of its own («قتيلين»), or a casualty just before it («5 قتلى و3»).
    Counts with none of these are passed over without reading them: on text
    packed with numbers and no casualty words this is most of the work.
    """

    _BEFORE = TOTAL_WORDS + 1  # a running total, the farthest the reader looks back
    _AFTER = NOUN_WORDS + AFTER_WORDS + 6  # a verb past a noun phrase of up to six more words
    _JOIN_REACH = 64  # characters after a casualty within which «و3» may join it

    def __init__(self, prepared: PreparedText) -> None:
        # A one-word entry is looked up by the word's stems; a longer phrase matches only
        # with its last word as written, so that word is enough to look for.
        lexicon = casualty_lexicon()
        tables = (lexicon.count_nouns, lexicon.triggers, lexicon.after_triggers)
        single = {key[0] for table in tables for key in table if len(key) == 1}
        wanted = frozenset(single | lexicon.victims)
        last = frozenset(key[-1] for table in tables for key in table if len(key) > 1)
        index = prepared.index
        occurrences = index.occurrences
        present = [
            word
            for word in occurrences
            if word in last or word[2:] in wanted or any(stem in wanted for stem in stems(word))
        ]
        self.positions = sorted(position for word in present for position in occurrences[word])
        self.starts = index.starts
        self.text = prepared.text

    def may_count(self, found: QuantitySpan, previous: CasualtySpan | None) -> bool:
        """Whether ``found`` has what it takes to be read as a casualty."""
        if previous is not None and found.start - previous.end <= self._JOIN_REACH:
            return True
        if found.quantity.value == 2 and WORD.fullmatch(self.text, found.start, found.number_end):
            return True  # a dual noun counts its own victims
        at = bisect.bisect_left(self.starts, found.start)
        first = bisect.bisect_left(self.positions, at - self._BEFORE)
        return first < len(self.positions) and self.positions[first] <= at + self._AFTER
