"""Siting: the places a mention's incidents are at, and what each place takes.

The sites a part names are cut down to the places it is «on» (after «على», «ضد»); each site
takes the day nearest before it; a breakdown of the toll by place gives each site its count;
an unknown site takes the known place the text puts it in.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Sequence

import attrs

from conflictparse.dates.finder import DateSpan
from conflictparse.entities.actors import ActorSpan
from conflictparse.entities.casualties import CasualtySpan
from conflictparse.entities.places import PlaceSpan
from conflictparse.events.incident import Incident
from conflictparse.events.segment import within
from conflictparse.events.types import TypeHit
from conflictparse.model import CasualtyKind, EventType, Precision
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.tokens import TextIndex, without_clitic

__all__ = [
    "actors_at_sites",
    "attack_targets",
    "counts_at_sites",
    "dated_sites",
    "holder",
    "strike_of_wounded",
    "wounded_told",
]


def counts_at_sites(
    text: str, harm: Sequence[CasualtySpan], sites: Sequence[PlaceSpan]
) -> dict[tuple[int, int], CasualtySpan]:
    """The counts of the dead a part tells by place, one per site, when it tells two or more.

    Counts told each before its site give each site its own («قتل ستة مدنيين في قرية كفرومة
    وثلاثة في غارة على قرية حاس», «تسعة مدنيين بينهم ثلاثة أطفال في قرية بليون وأربعة في
    قرية البارة»: nine and four).  Else a breakdown by place does («قتل 20 مدنيا، بينهم 7
    في بلدة كفرنبل و3 في بلدة حاس»): each sub-count is then the toll of its site, no longer a
    part of the total.  One count told right before a site after the first is that site's
    («قصف … حي اليرموك، وقتل 3 مدنيين في حي المثنى»).  Else the part's toll is shared as
    told.
    """
    killed = [item for item in harm if item.casualty.kind is CasualtyKind.KILLED]
    totals = [item for item in killed if not item.casualty.breakdown]
    found = _totals_at_sites(totals, sites) if len(totals) > 1 else {}
    if len(found) == len(totals) - 1 > 0:
        found = _header_total(totals, sites, found)
    if len(found) == len(totals) > 1:  # each count before its own site
        return found
    starts = {site.start: site for site in sites}
    found = {}
    for item in killed:
        gap = _AT_SITE.match(text, item.end)
        site = starts.get(gap.end() if gap else item.end)
        if site is not None:
            counted = item._replace(casualty=attrs.evolve(item.casualty, breakdown=False))
            found.setdefault((site.start, site.end), counted)
    first = min((site.start for site in sites), default=None)
    if len(found) == 1 and next(iter(found))[0] != first:
        return found  # «قصف … حي اليرموك، وقتل 3 مدنيين في حي المثنى»: the later site's
    return found if len(found) > 1 else {}


def _header_total(
    totals: list[CasualtySpan],
    sites: Sequence[PlaceSpan],
    found: dict[tuple[int, int], CasualtySpan],
) -> dict[tuple[int, int], CasualtySpan]:
    """``found``, with the first total that has no site after it given the header's site.

    «وفي حي المهندسين، اغتال مسلحون شرطيا وآخر في قضاء الحضر»: the officer at the quarter
    that heads the clause, the other one at the district.
    """
    first = min(sites, key=lambda site: site.start)
    unplaced = [item for item in totals if item not in found.values()]
    if (first.start, first.end) in found or first.end > unplaced[0].start:
        return found
    return {(first.start, first.end): unplaced[0], **found}


def _totals_at_sites(
    totals: list[CasualtySpan], sites: Sequence[PlaceSpan]
) -> dict[tuple[int, int], CasualtySpan]:
    """Each total with the first site told after it and before the next total, if near."""
    found: dict[tuple[int, int], CasualtySpan] = {}
    ordered = sorted(sites, key=lambda site: site.start)
    starts = [site.start for site in ordered]
    for position, item in enumerate(totals):
        stop = totals[position + 1].start if position + 1 < len(totals) else sys.maxsize
        stop = min(stop, item.end + _SITE_REACH)
        at = bisect.bisect_left(starts, item.end)  # the first site after the count
        if at < len(ordered) and ordered[at].start < stop:
            found.setdefault((ordered[at].start, ordered[at].end), item)
    return found


def holder(place: PlaceSpan, holders: dict[tuple[int, int], PlaceSpan]) -> PlaceSpan | None:
    """The known place that holds an unknown site, through a chain of unknown ones."""
    if place.place is not None:
        return None
    seen = 0
    key = (place.start, place.end)
    while key in holders and seen < len(holders):
        holder = holders[key]
        if holder.place is not None:
            return holder
        key, seen = (holder.start, holder.end), seen + 1
    return None


def dated_sites(
    targets: list[PlaceSpan], dated: list[DateSpan]
) -> list[tuple[PlaceSpan, list[DateSpan]]]:
    """Each site with its dates: those between the sites before and after it, else the part's.

    A site given two days («شهدت الزاوية مواجهات في كانون الثاني، ثم في منتصف شباط») is
    an incident on each.
    """
    found: list[tuple[PlaceSpan, list[DateSpan]]] = []
    starts = [item.start for item in dated]
    for position, place in enumerate(targets):
        start = targets[position - 1].end if position else -1
        end = targets[position + 1].start if position + 1 < len(targets) else sys.maxsize
        own = within(dated, starts, start, end)
        days = [item for item in own if item.date.start is not None]
        distinct = {item.date.start for item in days}
        if len(distinct) > 1 and all(item.date.precision is not Precision.RANGE for item in days):
            found.extend((place, [item]) for item in _one_per_day(days))
        else:
            found.append((place, own or _nearest(dated, starts, place.start)))
    return found


def _nearest(dated: list[DateSpan], starts: list[int], pos: int) -> list[DateSpan]:
    """The date of a part nearest before ``pos``, else the first after it."""
    at = bisect.bisect_right(starts, pos)
    if at:
        return [dated[at - 1]]
    return dated[:1]


def _one_per_day(days: list[DateSpan]) -> list[DateSpan]:
    seen: set[object] = set()
    kept = []
    for item in days:
        if item.date.start not in seen:
            seen.add(item.date.start)
            kept.append(item)
    return kept


def attack_targets(index: TextIndex, named: list[PlaceSpan]) -> list[PlaceSpan]:
    """The places an attack is on: from the first named after «على» or «ضد», else all.

    «هجوم من حي الحجر الأسود على حي القدم» is an attack on حي القدم; but in «قصف الطيران
    بلدة نمر، وألقت المروحيات براميل على بلدة الحارة» the places before the comma and «و»
    are struck in a clause of their own.
    """
    for position, place in enumerate(named):
        before = index.texts_before(place.start, 1)
        if before and before[0] in _TARGET_WORDS:
            if position and _NEXT_CLAUSE.search(index.text, named[position - 1].end, place.start):
                return named
            return named[position:]
    return named


_TARGET_WORDS = frozenset({"علي", "ضد"})
# «…، وألقت المروحيات …», «… بالتزامن مع غارة على …»: a clause of its own (folded)
_NEXT_CLAUSE = re.compile(r"[،,]\s*و|(?:بالتزامن|تزامنا)\s+مع")
_SITE_REACH = 80  # characters from a count to the site it is told at, at most
# Between a count and the site it is told at: «7 في بلدة كفرنبل», «ستة في غارات على قرية
# كفرومة», «اثنان آخران في قصف على بلدة حاس».
_AT_SITE = re.compile(  # folded text: «على» is «علي»
    # past a breakdown with no count: «5 مدنيين بينهم نساء وأطفال في مدينة اللطامنة»
    r"(?:\s++(?:بينهم|بينهن)(?:\s++[^\s،,.\d٠-٩]++){1,3}?(?=\s++في\s))?"
    r"\s*(?:في|ب)?\s*(?:(?:[^\s،,.]++\s++){1,2}?(?:علي|في)\s++)?"
)


def actors_at_sites(
    actors: list[ActorSpan], targets: list[PlaceSpan], clause: tuple[int, int]
) -> dict[tuple[int, int], list[ActorSpan]]:
    """The sides named around each site of a part of more sites than any list names.

    Empty for the usual part, whose sites all share its sides. A clause that tells the same
    incident hundreds of times with no full stop would give each of its incidents every side
    of the clause, and reading their roles would take quadratic time.
    """
    if len(targets) <= _MANY_SITES:
        return {}
    starts = [span.start for span in actors]
    near: dict[tuple[int, int], list[ActorSpan]] = {}
    for position, place in enumerate(targets):
        start = targets[position - 1].end if position else clause[0]
        end = targets[position + 1].start if position + 1 < len(targets) else clause[1]
        near[place.start, place.end] = within(actors, starts, start, end)
    return near


_MANY_SITES = 12  # sites of one part beyond any list of places a report names at once


def strike_of_wounded(
    last: Incident | None,
    named: Sequence[PlaceSpan],
    harm: Sequence[CasualtySpan],
    wound: tuple[int, int] | None = None,
) -> TypeHit | None:
    """The strike told last in the sentence (``last``) that wounded people at places of their own.

    «قتل تسعة بقصف جوي على بلدة كفرنبل، بينما أصيب 5 مدنيين في بلدتي حاس وكنصفرة»: the
    strike on each town, told by the wording before, whether the text names its own place
    or not («… على أحياء سكنية في معارة النعسان، بينما أصيب 12 مدنيا في مدينتي إدلب وجسر
    الشغور», the first place unknown); ``wound`` is the verb of wounded told with no count
    («بينما أصيب العديد من المدنيين في …»).
    """
    wounded = wound is not None or any(item.casualty.kind is CasualtyKind.WOUNDED for item in harm)
    if not named or not wounded or last is None or last.hit is None:
        return None
    if last.hit.wording.type is not EventType.EXPLOSIONS_REMOTE_VIOLENCE:
        return None
    site = last.place  # a strike told with no place of its own wounded them there too
    elsewhere = site is None or all(
        (place.start, place.end) != (site.start, site.end) for place in named
    )
    return last.hit if elsewhere else None


def wounded_told(index: TextIndex, span: tuple[int, int]) -> tuple[int, int] | None:
    """The verb that tells people wounded with no count in ``span``: «أصيب العديد من المدنيين»."""
    verbs = event_lexicon().uncounted_wounded
    for word in index.after(span[0], _WOUND_WORDS):
        if word.start >= span[1]:
            break
        if without_clitic(word.text) in verbs:
            return word.start, word.end
    return None


_WOUND_WORDS = 4  # words from the start of a clause to its verb of wounding («، بينما أصيب»)
