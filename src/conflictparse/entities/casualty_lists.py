"""Lists of counts: which counts are joined, listed or broken down after the one before.

«بينهم 5 أطفال و3 نساء» (a breakdown), «قتل 27 في إدلب و25 في درعا» (a list of tolls),
«استشهد 19 مواطنا جراء …، و6 أشخاص جراء …» (an item of a list), «قتل طفل جراء قصف على …،
و3 مدنيين جراء …» (a list that opens with a death of one): each count is told as the one
before it, or is a part of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictparse.entities.casualty_rules import (
    LIST_REACH,
    breakdown,
    breakdown_after,
    item_lead,
    opens_item_after_one,
)
from conflictparse.entities.casualty_victims import VictimReader
from conflictparse.entities.casualty_words import phrase
from conflictparse.model import CasualtyKind
from conflictparse.quantities.numbers import QuantitySpan
from conflictparse.text.tokens import WORD, Word

if TYPE_CHECKING:  # the reader's own spans, defined with the reader
    from conflictparse.entities.casualties import CasualtySpan

__all__ = ["ListReader"]

_LISTED_KINDS = frozenset({CasualtyKind.KILLED, CasualtyKind.WOUNDED})
_OF_THEM = frozenset({"منهم", "منهن", "منهما"})  # «4 منهم»: of them (folded as written)
_BREAKDOWN_WORDS = 5  # «بينهم نساء وأطفال في»: the breakdown word, its nouns, then the link
_LINK_WORDS = 3  # «منهم», its verb and the link after a count
_ITEM_MARKS = " \t-–•*و"  # what may open a line of a list before its count: «- 24», «و37»
_LINE_LEAD = 4  # characters before a count that may hold its line's start and marks: «\n- و»


def _opens_line(text: str, start: int) -> bool:
    """Whether only a mark of a list item stands between the line's start and ``start``."""
    lead = text[max(0, start - _LINE_LEAD) : start].rstrip(_ITEM_MARKS)
    return (start < _LINE_LEAD and not lead) or lead.endswith("\n")


class ListReader(VictimReader):
    """The casualty reader's view of the count before: joined, listed or a breakdown."""

    def linked(
        self,
        found: QuantitySpan,
        previous: CasualtySpan | None,
        before: list[Word],
        *,
        victim: bool,
        untyped: bool,
    ) -> tuple[bool, CasualtyKind | None]:
        """Whether the count is a sub-count, and the kind the count before it lends it.

        «بينهم 5 أطفال و3 نساء», «قتل 27 في إدلب و25 في درعا»: joined or listed after another
        count, it is told as that one is; «قتل طفل جراء قصف على …، و3 مدنيين جراء قصف على …»:
        listed after a death of one, it is killed (read only for a count its noun leaves
        ``untyped``).
        """
        line_item = self._line_item(found, previous)  # «هم:» then a count on each line
        joined = line_item or self._joined(found, previous)
        listed = not joined and previous is not None and self._listed(found, previous, victim)
        sub_count = (
            breakdown(before)
            or line_item
            or (previous is not None and self._of_them(found))
            or (joined and previous is not None and previous.casualty.breakdown)
            or (
                listed
                and previous is not None
                and self._in_breakdown(previous, found)
                and not self._opens_breakdown(found)
            )
        )
        if sub_count or joined or listed:
            return sub_count, previous.casualty.kind if previous is not None else None
        if untyped and opens_item_after_one(self.words, found, victim=victim):
            return False, CasualtyKind.KILLED
        return False, None

    def restates(self, found: QuantitySpan, previous: CasualtySpan | None) -> bool:
        """«جنديين اثنين»: «two» right after a dual casualty restates it."""
        return (
            previous is not None
            and found.quantity.value == 2
            and previous.casualty.count.value == 2
            and not self.text[previous.end : found.start].strip(" \t")
            and WORD.fullmatch(self.text, found.start, found.end) is not None
        )

    def _of_them(self, found: QuantitySpan) -> bool:
        """«استشهد 6 أطفال 4 منهم من عائلة واحدة»: «منهم» right after the figure, a sub-count."""
        after = self.words_after(found.number_end, 1)
        return bool(after) and after[0].text in _OF_THEM

    def _opens_breakdown(self, found: QuantitySpan) -> bool:
        """«… في قرية بليون وأربعة مدنيين بينهم طفل»: an item with its own breakdown is a total."""
        after = self.words_after(found.end, 3)
        return breakdown_after(after) or breakdown_after(after[1:])

    def _joined(self, found: QuantitySpan, previous: CasualtySpan | None) -> bool:
        """Whether «و» alone joins this count to the casualty just before it."""
        if previous is None or found.start < previous.end:
            return False
        between = self.text[previous.end : found.start].strip(" \t،,")
        return between in ("", "و") or (
            not between and self.text[found.start : found.start + 1] == "و"
        )

    def _line_item(self, found: QuantitySpan, previous: CasualtySpan | None) -> bool:
        """Whether the count opens a line of a list of tolls that a colon opens.

        «وثق المرصد مقتل 329 شخصا، هم:» then «24 من تنظيم داعش» and «و37 مدنيا» on lines
        of their own: each is a part of the head, told as it is.
        """
        if previous is None or previous.casualty.kind not in _LISTED_KINDS:
            return False
        if found.start - previous.end > LIST_REACH or not _opens_line(self.text, found.start):
            return False  # checked before slicing: a text of far-apart counts stays linear
        lead = self.text[previous.end : found.start].rstrip(_ITEM_MARKS)
        line = lead.rstrip("\n")  # blank lines between the items: «هم:\n\n24 من …»
        if line == lead or "\n" in line:
            return False  # the head or the item before ends the line right before this one
        if line.rstrip().endswith(":"):
            return True  # «… هم:»: the head
        return previous.casualty.breakdown and _opens_line(self.text, previous.start)

    def _listed(self, found: QuantitySpan, previous: CasualtySpan, victim: bool) -> bool:
        """Whether the count opens the next item of a list of tolls in the same sentence.

        «استشهد 19 مواطنا جراء قصف على أريحا، و6 أشخاص جراء قصف على حزارين», «قتل 27 في
        إدلب و25 في درعا»: the item opens with «و» and, with no noun of people, is told as the
        one before it is (both followed by «في», «جراء» …: `list_links`).
        """
        if previous.casualty.kind not in _LISTED_KINDS:
            return False
        if found.start - previous.end > LIST_REACH:
            return False  # checked before slicing: a text of far-apart counts stays linear
        if not item_lead(self.text, previous.end, found.start):
            return False
        if victim:
            return True
        links = self.lexicon.list_links
        return self.next_word(found.number_end) in links and self._link_after(previous.end)

    def _link_after(self, end: int) -> bool:
        """Whether a list link follows a count, past «منهم» and its verb: «ستة منهم قتلوا في».

        «قتل 9، ستة منهم قتلوا في محور عين زارة وثلاثة في محور العزيزية»; past a breakdown
        with no count: «5 مدنيين بينهم نساء وأطفال في مدينة اللطامنة، و4 في كفرزيتا».
        """
        after = self.words_after(end, _BREAKDOWN_WORDS)
        if after and (after[0].text,) in self.lexicon.breakdowns:
            # «5 مدنيين بينهم نساء وأطفال في مدينة اللطامنة، و4 في كفرزيتا»
            return any(word.text in self.lexicon.list_links for word in after[1:])
        after = after[:_LINK_WORDS]
        at = 1 if after and after[0].text in _OF_THEM else 0
        if at and at < len(after) and phrase(after[at:], self.lexicon.after_triggers) is not None:
            at += 1  # «قتلوا»: the verb the sub-count is told by
        return at < len(after) and after[at].text in self.lexicon.list_links

    def _in_breakdown(self, previous: CasualtySpan, found: QuantitySpan) -> bool:
        """Whether a listed item is a sub-count: «بينهم والد ووالدة وثلاثة من أطفالهما».

        A breakdown word after the last comma before it makes it one, and so does a
        sub-count right before it with no comma between; after a comma, «و6 أشخاص» opens
        an item of its own.
        """
        lead = self.text[previous.end : found.start]
        last = max(lead.rfind("،"), lead.rfind(","))
        words = self.words.words_in(previous.end + last + 1, found.start)
        if any((word,) in self.lexicon.breakdowns for word in words):
            return True
        return last < 0 and previous.casualty.breakdown

    def next_word(self, pos: int) -> str | None:
        """The word right after ``pos``, if any."""
        after = self.words_after(pos, 1)
        return after[0].text if after else None
