"""The items of a list of tolls: «قتل 3 في بلدة كفرنبل، و6 أشخاص في بلدة حاس».

Each item after «، و» or a bare «و» tells its own incident, so the clause is cut before it;
the wounded told right after the dead are the same incident's.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

__all__ = ["item_cuts"]

_ITEM_REACH = 4  # characters from the comma of «، و» to the count it opens
_ITEM_LEAD = re.compile(r"[،,][ \t]*و[ \t]*$")
# «، بالإضافة إلى مقتل …», «، علاوة على استشهاد …» (folded): an item added to a list of tolls
_ITEM_ADDED = re.compile(
    r"[،,][ \t]*(?:بالاضافه|اضافه|علاوه|فضلا)[ \t]+(?:الي|علي|عن)[ \t]+(?:[^\s،,.]+[ \t]+)?$"
)
_ADDED_REACH = 40  # characters from that comma to the count
_ITEM_BARE = re.compile(r"[ \t]و$")  # «… و3 في بلدة كفرنبل»: «و» glued to a bare figure
# … followed by a town, a village or a quarter (governorates, «و25 في درعا», make a summary)
_ITEM_PLACED = re.compile(r"[\d٠-٩]+[ \t]+في[ \t]+(?:بلده|قريه|مدينه|حي|مخيم|بلدات|قري)[ \t]")
# … or by any place, a count in figures or a dual noun, right after another item of the list:
# «، و4 في كفرزيتا وقتيلين في لطمين»
_ITEM_NEXT = re.compile(r"[^\s،,.]+[ \t]+في[ \t]+[^\s،,.]")
_NEXT_REACH = 40  # characters from an item's comma to the count of the item after it


def item_cuts(
    text: str,
    starts: Sequence[int],
    bare: Collection[int] = (),
    killed: tuple[Collection[int], Collection[int]] = ((), ()),
) -> list[int]:
    """The commas that open an item of a list of tolls, for the counts at ``starts``.

    «استشهد 19 مواطنا جراء …، و6 أشخاص جراء …، ومواطنان جراء …»: each item its own clause.
    The counts at ``bare`` (no part of a breakdown) open one after a bare «و» too: «قتل رجل
    في قرية الهبيط و3 في بلدة التح».  ``killed`` are the ends of the counts of dead and the
    starts of the counts of wounded: the wounded told right after the dead (and their verb)
    open no item, «ثلاثة أشخاص قتلوا، وجرح عشرات إثر غارات …» is one incident's toll.
    """
    dead, wounded = killed
    cuts: list[int] = []
    for start in starts:
        lead = _ITEM_LEAD.search(text, max(0, start - _ITEM_REACH), start) or _ITEM_ADDED.search(
            text, max(0, start - _ADDED_REACH), start
        )  # «…، بالإضافة إلى مقتل خمسة آخرين في …»
        if (
            lead is None
            and start in bare
            and _ITEM_BARE.search(text, max(0, start - _ITEM_REACH), start)
        ):
            # «قتل طفل في قرية معرزيتا و3 في بلدة كفرنبل»: a bare figure and its place
            lead = _ITEM_PLACED.match(text, start)
            if lead is None and cuts and start - cuts[-1] <= _NEXT_REACH:
                lead = _ITEM_NEXT.match(text, start)
            if lead is not None:
                cuts.append(start - 1)
            continue
        if (
            lead is not None
            and not (start in wounded and _right_after_a_count(text, lead.start(), dead))
            and not _sides_share(text, start)
        ):
            cuts.append(lead.start())
    return cuts


def _sides_share(text: str, start: int) -> bool:
    """Whether the item at ``start`` only names the side of its dead, with no place or cause.

    «مقتل 6 مقاتلين من النصرة، و17 عنصرا من تنظيم داعش.»: the battle's dead, by side.
    """
    found = _BY_SIDE.match(text, start)
    if found is None:
        return False
    end = _ITEM_END.search(text, found.end(), found.end() + _SIDE_ITEM_CHARS)
    rest = text[found.end() : end.start() if end else found.end() + _SIDE_ITEM_CHARS]
    return _OWN_INCIDENT.search(rest) is None


# «17 عنصرا من», «ثلاثة مقاتلين من» (folded): a count of dead by side
_BY_SIDE = re.compile(r"[^\s،,.]+[ \t]+[^\s،,.]+[ \t]+من[ \t]")
_ITEM_END = re.compile(r"[،,.\n؛]")
_SIDE_ITEM_CHARS = 80  # characters of an item read for a place or a cause of its own
# a place or a cause of the item's own: «و17 في بلدة …», «جراء قصف …», «إثر غارة …»
_OWN_INCIDENT = re.compile(r"(?<!\S)(?:في|جراء|اثر|بقصف|بغاره|بغارات|بانفجار)(?!\S)")


def _right_after_a_count(text: str, comma: int, ends: Collection[int]) -> bool:
    """Whether a count, and at most one word after it, ends right before ``comma``.

    «قتل ثلاثة أشخاص، وجرح …», «ثلاثة أشخاص قتلوا، وجرح …»: one incident's toll.
    """
    start = max(0, comma - _COUNT_WORD_CHARS)
    head = text[start:comma].rstrip()
    if start + len(head) in ends:
        return True
    word = _LAST_WORD.search(head)
    return word is not None and start + len(head[: word.start()].rstrip()) in ends


_COUNT_WORD_CHARS = 40  # characters before a comma read for a count and the word after it
_LAST_WORD = re.compile(r"\s\S+$")
