"""Counts set after a comma or in brackets that break down the count before them.

«قتل أربعة مدنيين، رجلان وامرأتان», «قتل 6 مدنيين (4 رجال وطفلان)»: the men, women and
children are the civilians counted before them, not more. Counts joined by «و» after the
comma or the bracket that add up to the count before it are its breakdown; «قتل 5 عناصر، و3
مدنيين» (no apposition: «و» after the comma) and «قتل 5 عناصر، 3 مدنيين» (3 is not 5) are
not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:  # the casualty reader's spans, defined with it
    from conflictparse.entities.casualties import CasualtySpan

__all__ = ["appositions"]

_OPENERS = frozenset({"،", ",", "(", "،(", ",("})  # a comma or an opening bracket alone


def appositions(text: str, found: Sequence[CasualtySpan]) -> list[CasualtySpan]:
    """``found`` with the counts after a comma or a bracket that break down the one before."""
    kept = list(found)
    at = 0
    while at < len(kept) - 1:
        head = kept[at]
        run = _run_after_comma(text, kept, at)
        if run and _adds_up(head, [kept[index] for index in run]):
            for index in run:
                item = kept[index]
                kept[index] = item._replace(casualty=attrs.evolve(item.casualty, breakdown=True))
            at = run[-1]
        at += 1
    return kept


def _run_after_comma(text: str, found: Sequence[CasualtySpan], at: int) -> list[int]:
    """The counts right after ``found[at]`` past a comma or a bracket, and those joined by «و»."""
    if "".join(text[found[at].end : found[at + 1].start].split()) not in _OPENERS:
        return []
    run = [at + 1]
    while run[-1] + 1 < len(found):
        current, following = found[run[-1]], found[run[-1] + 1]
        if text[current.end : following.start].strip() != "و":
            break
        run.append(run[-1] + 1)
    return run


def _adds_up(head: CasualtySpan, parts: Sequence[CasualtySpan]) -> bool:
    """Whether exact counts of the head's kind add up to the head's exact count."""
    total = head.casualty.count
    counts = [part.casualty.count for part in parts]
    if head.casualty.breakdown or total.value is None or total.low != total.high:
        return False
    if any(count.value is None or count.low != count.high for count in counts):
        return False
    same_kind = all(part.casualty.kind is head.casualty.kind for part in parts)
    return same_kind and sum(count.value or 0 for count in counts) == total.value
