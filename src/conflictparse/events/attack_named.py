"""The side an attack's own words name: «غارة إسرائيلية», «قصف روسي», «شنت إسرائيل غارة».

Read at the incident's wording, at a wording of its kind right after it, and at last in the
clauses of a lead the incident was merged with: «قتل 5 في غارات روسية على ريف إدلب» above
«… قصفت طائرة حربية منزلا في قرية كفرسجنة» names the Russian forces of the strike.
Warplanes named with no side name none: «وشنت طائرات حربية غارات» (:func:`aircraft_side`).
A bare «الجيش» after the wording is the state's army where it has one (:func:`attack_army`).
Where one side alone strikes so, a strike with no side named is its (:func:`sole_striker`).
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Iterator, Sequence

from conflictparse.entities.actors import ActorSpan, default_registry
from conflictparse.events.implied import attack_adjective, attack_country, state_forces
from conflictparse.events.incident import Incident, clause_of
from conflictparse.events.segment import within
from conflictparse.events.types import TypeHit, read_hits
from conflictparse.model import Actor
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.phrases import find_phrase
from conflictparse.text.tokens import CLAUSE_MARK, TextIndex, without_clitic

__all__ = ["NamedSide", "aircraft_side", "attack_named", "sole_striker"]

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
            found = attack_country(index, span) or attack_army(index, span, country, published)
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


def aircraft_side(
    hit: TypeHit,
    index: TextIndex,
    owners: tuple[Sequence[ActorSpan], list[int]],
    setting: tuple[datetime.date | None, str | None],
) -> tuple[Actor | None, tuple[int, int] | None]:
    """The side of a strike's warplanes named with no side of their own, and its evidence.

    The side a nationality after them names («قصف الطيران الحربي السوري»), or none, with the
    aircraft as evidence («وشنت طائرات حربية غارات»). ``owners`` are the report's sides
    and their starts; ``setting`` its publication day and country.
    """
    aircraft = _unowned(_unattributed_aircraft(index, hit), index, owners)
    named = aircraft and attack_adjective(index, aircraft, *setting)
    return (named[0], (named[1], named[2])) if named else (None, aircraft)


def sole_striker(incident: Incident, hit: TypeHit, home: str | None) -> Actor | None:
    """The only side that strikes so in the incident's country, when the text names none.

    «استشهد 4 مواطنين في قصف مدفعي على بيت حانون»: in Gaza, Israel's forces. Not when
    that side is named in the incident otherwise («قذائف هاون على تجمع لجنود الاحتلال»).
    ``home`` is the report's country, for a place the gazetteer does not know.
    """
    place = incident.place.place if incident.place is not None else None
    if place is None and incident.held_by is not None:
        place = incident.held_by.place
    country = place.country if place is not None else home
    sole = event_lexicon().sole_strikers.get(country or "", {}).get(hit.wording.sub_type)
    if sole is None or any(span.actor.id == sole for span in incident.actors):
        return None
    return default_registry().actors[sole]


def _unowned(
    aircraft: tuple[int, int] | None,
    index: TextIndex,
    owners: tuple[Sequence[ActorSpan], list[int]],
) -> tuple[int, int] | None:
    """The aircraft named with no side, unless a side follows them or acts in their clause.

    «بالطائرات المسيرة من قبل قوات الحكومة», «طائرات حربية تابعة لقوات النظام», «أقدمت قوات
    الحكومة على تنفيذ هجوم بـ5 طائرات مسيرة».
    """
    if aircraft is None:
        return None
    actors, starts = owners
    if within(actors, starts, aircraft[1], aircraft[1] + _OWNER + 1):
        return None
    before = within(actors, starts, aircraft[0] - _OWNER_BEFORE, aircraft[0])[-1:]
    acting = any(not CLAUSE_MARK.search(index.text, side.end, aircraft[0]) for side in before)
    return None if acting else aircraft


_OWNER = 30  # characters from aircraft to the side that owns them («من قبل قوات …»)
_OWNER_BEFORE = 80  # characters from the side acting in the clause to the aircraft


def _unattributed_aircraft(index: TextIndex, hit: TypeHit) -> tuple[int, int] | None:
    """The aircraft that struck, named with no side, around the wording: «الطيران الحربي».

    «وشنت طائرات حربية غارات على عدة قرى»: no acting side, and none taken from another
    event (an aircraft of unstated nationality is null). Read only once no adjective or
    country named the side (:func:`attack_named`).
    """
    around = (index.before(hit.start, _AIRCRAFT_WORDS), index.after(hit.start, _AIRCRAFT_AFTER))
    words = [*reversed(around[0]), *around[1]]
    found = find_phrase([word.text for word in words], event_lexicon().unattributed_aircraft)
    if found is None:
        return None
    at, size = found
    return words[at].start, words[at + size - 1].end


_AIRCRAFT_WORDS = 4  # words before a strike's wording where its aircraft may be named
_AIRCRAFT_AFTER = 6  # words from the wording on: «غارات شنتها طائرات حربية»
_HITS_READ = 3  # wordings read for the side an adjective names, around each clause's first
_CLAUSES_READ = 3  # clauses of the incident read for a wording that names its side
_ADJECTIVE_CHARS = 100  # characters after the wording read for another (a clause may be long)


def attack_army(
    index: TextIndex, hit: tuple[int, int], country: str | None, on: datetime.date | None
) -> tuple[Actor, int, int] | None:
    """The state's army named bare right after an attack's word, or after its weapon.

    «قصف الجيش مواقع لداعش», «قصفت طائرات الجيش …», «طيران الجيش» in a report about Iraq:
    the forces of ``country``, only where the state has one army (``one_army``).
    """
    lexicon = event_lexicon()
    if country not in lexicon.one_army:
        return None
    words = index.after(hit[1], _ARMY_WORDS + 1)
    for at, word in enumerate(words[:_ARMY_WORDS]):
        bare = without_clitic(word.text)
        if bare == _ARMY:
            if at + 1 < len(words) and words[at + 1].text.startswith("ال"):
                return None  # «مدفعية الجيش التركي», «الجيش الوطني»: not the state's bare army
            actor = state_forces(bare, country, on)
            return (actor, word.start, word.end) if actor is not None else None
        if bare not in lexicon.weapons:
            return None
    return None


_ARMY = "الجيش"
_ARMY_WORDS = 2  # «قصفت طائرات الجيش»: a weapon, then the army
