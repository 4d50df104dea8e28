"""Kinds of strikes: air or shells, told by a wording or by the strikes a bare «قصف» refers to.

Examples:
    >>> from conflictparse.events.types import read_hits
    >>> from conflictparse.text.tokens import TextIndex
    >>> index = TextIndex("غاره جويه ثم القصف")  # folded text
    >>> [kind_told(index.text, hit) for hit in read_hits(index, 0, 18)]
    [True, False]
"""

from __future__ import annotations

import bisect

from conflictparse.events.event import SubEventType
from conflictparse.events.types import TypeHit, read_hits
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.tokens import TextIndex, without_clitic

__all__ = ["STRIKES", "StrikeKinds", "bare", "kind_told", "other_kinds"]


class StrikeKinds:
    """Where a text tells the kind of a strike (air, or shells), read once, when first asked.

    A bare «قصف» refers back to the kind told before it (:meth:`air_before`).
    """

    def __init__(self, index: TextIndex) -> None:
        self._index = index
        self._starts: list[int] | None = None
        self._air: list[bool] = []

    def _read(self) -> list[int]:
        if self._starts is None:
            index = self._index
            starts: list[int] = []
            last: TypeHit | None = None
            for start in range(0, len(index.text), _CHUNK_CHARS):  # a chunk's hits at a time
                for hit in read_hits(index, start, start + _CHUNK_CHARS):
                    if _kinded(index, hit):
                        starts.append(hit.start)
                        air = hit.wording.sub_type is SubEventType.AIR_DRONE_STRIKE
                        self._air.append(air or _air_ordnance(index, last, hit))
                        last = hit
            self._starts = starts
        return self._starts

    def air_before(self, hit: TypeHit, clause: tuple[int, int]) -> bool:
        """Whether a bare «قصف» refers back to air strikes: the nearest kind told before it.

        «قتل 5 مدنيين بغارات روسية. وأفاد المرصد بأن القصف استهدف قرية …»: the «القصف» is
        those air strikes, unless its clause tells a kind of its own near it («بقذائف
        الهاون»).
        """
        if not bare(self._index.text, hit) or self._kind_near(hit, clause):
            return False
        starts = self._read()
        before = bisect.bisect_left(starts, hit.start) - 1
        return before >= 0 and starts[before] >= hit.start - _BACK_CHARS and self._air[before]

    def unkinded(self, hit: TypeHit, clause: tuple[int, int]) -> bool:
        """Whether a strike is told by a bare «قصف» or «استهداف», with no kind near it.

        «استشهد مواطنان جراء قصف الاحتلال منزلا»: the side that struck tells its kind.
        """
        told_bare = hit.wording.weak or bare(self._index.text, hit)
        return told_bare and not self._kind_near(hit, clause)

    def _kind_near(self, hit: TypeHit, clause: tuple[int, int]) -> bool:
        """Whether the clause tells a kind of strike near ``hit`` (a clause may be long)."""
        starts = self._read()
        near = bisect.bisect_left(starts, max(clause[0], hit.start - _OWN_CHARS))
        return near < len(starts) and starts[near] < min(clause[1], hit.end + _OWN_CHARS)


def _air_ordnance(index: TextIndex, last: TypeHit | None, hit: TypeHit) -> bool:
    """Whether missiles told right after air strikes, in their clause, are what they fired.

    «شنت الطائرات 10 غارات جوية وقرابة 150 صاروخا»: the missiles are the aircraft's.
    """
    if last is None or last.wording.sub_type is not SubEventType.AIR_DRONE_STRIKE:
        return False
    if hit.start - last.end > _ORDNANCE_CHARS:
        return False
    word = without_clitic(index.text[hit.start : hit.end])
    breaks = index.breaks
    return word in event_lexicon().air_ordnance and bisect.bisect_left(
        breaks, last.end
    ) == bisect.bisect_left(breaks, hit.start)


def bare(text: str, hit: TypeHit) -> bool:
    """Whether the wording is a bare «قصف», «القصف»: no kind of its own (``text`` folded)."""
    return without_clitic(text[hit.start : hit.end]) in event_lexicon().bare_strikes


def _kinded(index: TextIndex, hit: TypeHit) -> bool:
    """Whether the wording tells the kind of a strike: air, or shells (not a bare «قصف»)."""
    return hit.wording.sub_type in STRIKES and kind_told(index.text, hit)


def kind_told(text: str, hit: TypeHit) -> bool:
    """Whether a wording tells a kind of its own: not a bare «هجوم», «استهداف» or «القصف».

    ``text`` is folded.
    """
    return not hit.wording.generic and not hit.wording.weak and not bare(text, hit)


def other_kinds(index: TextIndex, first: TypeHit | None, second: TypeHit | None) -> bool:
    """Whether two strikes are told of two kinds: «غارات على دوما، وقصف مدفعي على دوما».

    A bare «قصف» after air strikes may be those strikes; a kind of its own is another strike.
    """
    return (
        first is not None
        and second is not None
        and first.wording.sub_type is not second.wording.sub_type
        and _kinded(index, first)
        and _kinded(index, second)
    )


# The sub-types of a strike from afar: its kind is air or shells.
STRIKES = frozenset({SubEventType.AIR_DRONE_STRIKE, SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK})
_CHUNK_CHARS = 1 << 16  # the text read for kinds of strikes a stretch at a time (memory)
_OWN_CHARS = 200  # how far around a bare «قصف» its clause may tell its kind
_BACK_CHARS = 1500  # how far back a bare «قصف» looks for the kind of strikes it refers to
_ORDNANCE_CHARS = 40  # from air strikes to the missiles they fired: «غارات جوية وقرابة 150»
