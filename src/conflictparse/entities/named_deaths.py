"""Deaths told by a list of the victims' names: «استشهاد كل من محمد علي وأحمد حسن».

A killing word, then «كل من» (or «كلا من»), then names or ranks and names joined by «و» or
a comma: each item is one death, for the events layer.  Names that open with «و» («وليد»,
«وائل») go on the item they are part of.

Examples:
    >>> from conflictparse.text.tokens import TextIndex
    >>> text = "أدى الهجوم إلى مقتل كل من الرائد سامر علي والشرطي فادي حسن."
    >>> found = named_list(TextIndex(text), text.index("مقتل") + len("مقتل"))
    >>> found.casualty.count.value, text[found.start : found.end]
    (2, 'كل من الرائد سامر علي والشرطي فادي حسن')
"""

from __future__ import annotations

from conflictparse.entities.casualties import CasualtySpan
from conflictparse.model import Casualty, CasualtyKind, Quantity
from conflictparse.text.lexicon.casualties import casualty_lexicon
from conflictparse.text.tokens import TextIndex, Word

__all__ = ["named_list"]

_ITEMS_MOST = 40  # names a list of victims may hold
_NAME_WORDS = 6  # words of one item: a rank and a name of up to five words
_STOPS = frozenset(".\n؛;")  # a list of names ends with its sentence


def named_list(index: TextIndex, start: int) -> CasualtySpan | None:
    """The death of each victim of a list that opens at ``start``, right after a killing word.

    «مقتل كل من: الرائد سامر علي والملازم فادي حسن والشرطي رامي عمر» is three deaths.
    """
    lexicon = casualty_lexicon()
    opening = index.after(start, 2)
    if len(opening) < 2 or opening[0].text not in lexicon.each_of or opening[1].text != "من":
        return None
    words = _list_words(index, opening[1].end)
    items = _items(words, lexicon.names_with_waw)
    if not items or len(items) > _ITEMS_MOST or max(items) > _NAME_WORDS:
        return None
    end = words[-1][0].end
    casualty = Casualty(
        kind=CasualtyKind.KILLED,
        count=Quantity.exact(len(items)),
        who=index.text[opening[0].start : end],
        actor=None,
    )
    return CasualtySpan(opening[0].start, end, casualty)


def _list_words(index: TextIndex, start: int) -> list[tuple[Word, bool]]:
    """The words after «كل من», each with whether a comma opens it, to the list's end.

    The list ends with its sentence or a word of what befell them («وإصابة», «جراء»); words
    in brackets («(25 عاما)») are passed over.
    """
    ends = casualty_lexicon().named_list_ends
    found: list[tuple[Word, bool]] = []
    previous, depth = start, 0
    for word in index.after(start, _ITEMS_MOST * _NAME_WORDS, clause=False):
        gap = index.text[previous : word.start]
        previous = word.end
        if any(mark in _STOPS for mark in gap) or word.text.removeprefix("و") in ends:
            break
        depth = max(0, depth + gap.count("(") - gap.count(")"))
        if depth == 0:
            found.append((word, "،" in gap or "," in gap))
    return found


def _items(words: list[tuple[Word, bool]], names_with_waw: frozenset[str]) -> list[int]:
    """The number of words of each item: a new item at a comma or a «و» that opens no name."""
    sizes: list[int] = []
    for word, after_comma in words:
        opens = after_comma or (word.text.startswith("و") and word.text not in names_with_waw)
        if not sizes or opens:
            sizes.append(1)
        else:
            sizes[-1] += 1
    return sizes
