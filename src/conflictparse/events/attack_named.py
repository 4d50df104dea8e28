"""The side an attack's own words name: «غارة إسرائيلية», «قصف روسي», «شنت إسرائيل غارة».

Read at the incident's wording, at a wording of its kind right after it, and at last in the
clauses of a lead the incident was merged with: «قتل 5 في غارات روسية على ريف إدلب» above
«… قصفت طائرة حربية منزلا في قرية كفرسجنة» names the Russian forces of the strike.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Iterator

from conflictparse.events.implied import attack_adjective, attack_country
from conflictparse.events.incident import Incident, clause_of
from conflictparse.events.types import TypeHit, read_hits
from conflictparse.model import Actor
from conflictparse.text.tokens import TextIndex

__all__ = ["NamedSide", "attack_named"]

NamedSide = tuple[Actor, int, int]  # the side, and the span of the words that name it


def attack_named(
    incident: Incident,
    hit: TypeHit,
    index: TextIndex,
    setting: tuple[datetime.date | None, str | None],
    cache: dict[tuple[int, int], NamedSide | None],
) -> NamedSide | None:
    """The side an attack's adjective or country names, for the incident's wording ``hit``.

    «وفي أحدث الغارات، استشهد طفلان جراء قصف جوي إسرائيلي …»: a later wording of the clause
    says whose; another clause's wording only by its adjective («غارات روسية»), not by a
    country named near it. ``setting`` is the report's publication day and country; ``cache`` keeps
    the answer by wording, which the places of one list share.
    """
    key = (hit.start, hit.end)
    if key in cache:
        return cache[key]
    start, end = clause_of(incident, hit.start)
    published, country = setting
    found = None
    for each in _wordings(incident, hit, index):
        span = (each.start, each.end)
        found = attack_adjective(index, span, published, country)
        if found is None and each.start >= start and each.end <= end:  # in the hit's clause
            found = attack_country(index, span)
        if found is not None:
            break
    cache[key] = found
    return found


def _wordings(incident: Incident, hit: TypeHit, index: TextIndex) -> Iterator[TypeHit]:
    """The wordings read: the incident's and two of its kind after it, then its other clauses'.

    Only the first clauses of those it holds are read: a lead merged into it comes first.
    """
    start, end = clause_of(incident, hit.start)  # «بقصف حكومي صاروخي»: a wording around it
    near = (max(start, hit.start - _ADJECTIVE_CHARS), min(end, hit.end + _ADJECTIVE_CHARS))
    kind = hit.wording.type
    others = (o for o in read_hits(index, *near) if o.wording.type is kind and o != hit)
    yield from itertools.islice(itertools.chain([hit], others), _HITS_READ)
    for first, last in sorted(incident.clauses)[:_CLAUSES_READ]:
        if (first, last) != (start, end):
            told = (o for o in read_hits(index, first, last) if o.wording.type is kind)
            yield from itertools.islice(told, _HITS_READ)


_HITS_READ = 3  # wordings read for the side an adjective names, around each clause's first
_CLAUSES_READ = 3  # clauses of the incident read for a wording that names its side
_ADJECTIVE_CHARS = 100  # characters after the wording read for another (a clause may be long)
