"""Whether an incident told at a broader place is another than one told at a narrower one.

A broader place that holds a narrower one may tell the same incident twice (a lead, then its
detail), or two incidents: other victims («مواطنان آخران»), no lives lost where the other
counts its dead, fewer dead, strikes of other kinds, or other sides acting.
"""

from __future__ import annotations

from conflictparse.entities.actors import ActorSpan
from conflictparse.events.incident import Incident, IncidentToll, killed_counts, toll_of
from conflictparse.events.inherit import one_side
from conflictparse.events.roles import cued_agent
from conflictparse.events.strike_kinds import kind_told
from conflictparse.events.tolls import best
from conflictparse.events.types import TypeHit
from conflictparse.model import Actor, CasualtyKind
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.phrases import find_phrase
from conflictparse.text.tokens import WORD, TextIndex

__all__ = ["another_doer", "another_incident", "other_doers"]

_OTHERS_REACH = 8  # characters after a count where «آخران» may follow it


def another_incident(
    text: str,
    broad: Incident,
    narrow: Incident,
    tolls: dict[int, IncidentToll],
    *,
    strikes: bool,
) -> bool:
    """Whether a broader incident that tells its dead is another than the narrower one.

    It is when the narrower names victims of its own or is told to have cost no lives, when
    the broader tells fewer dead than the narrower, and, with ``strikes``, when the two are
    strikes of other kinds.
    """
    return bool(killed_counts(broad)) and (
        _other_victims(text, narrow)
        or _no_lives_lost(text, narrow)
        or _fewer_dead(broad, narrow, tolls)
        or (strikes and _other_strike(text, broad, narrow))
    )


def _fewer_dead(broad: Incident, narrow: Incident, tolls: dict[int, IncidentToll]) -> bool:
    """Whether the broader incident tells fewer dead than the narrower one: another incident.

    A total over more places holds the narrower one's dead: «وقتلوا شرطيا» in Kirkuk beside
    «مدنيين اثنين» in a town near it is neither that town's incident nor a summary of it.
    """
    total, part = best(toll_of(broad, tolls).total), best(toll_of(narrow, tolls).total)
    return total is not None and part is not None and total < part


def _other_strike(text: str, broad: Incident, narrow: Incident) -> bool:
    """Whether two incidents are strikes of other kinds: an air strike is no shelling told again.

    «قتل 17 في قصف مدفعي على حي الشجاعية شرقي غزة» then «واستشهد صحفي بصاروخ من طائرة حربية
    شمال مدينة غزة»: a second strike with its own dead, not the first at a broader place.  A
    bare «القصف» has no kind of its own (``text`` is folded).
    """
    first, second = broad.hit, narrow.hit
    if first is None or second is None:
        return False
    return (
        first.wording.sub_type is not second.wording.sub_type
        and kind_told(text, first)
        and kind_told(text, second)
    )


def _other_victims(text: str, incident: Incident) -> bool:
    """Whether the incident's dead are others than those told before: «مواطنان آخران».

    «استشهد 21 … في خان يونس. كما استشهد مواطنان آخران … في ناحية أمل بخانيونس»: a second
    strike, not the first told again at a narrower place.
    """
    others = event_lexicon().other_victims
    return any(
        word in others
        for item in incident.casualties
        if item.casualty.kind is CasualtyKind.KILLED
        for word in WORD.findall(text, item.start, item.end + _OTHERS_REACH)
    )


def _no_lives_lost(text: str, incident: Incident) -> bool:
    """Whether the incident is told to have cost no lives: «… دون تسجيل خسائر في الأرواح».

    «قتل عشرة في قصف على أحياء الفاشر … واصلت القوات استهداف معسكر زمزم جنوب الفاشر …
    دون تسجيل خسائر في الأرواح»: another strike, not the first at a narrower place.
    """
    harmless = event_lexicon().no_harm
    return any(
        find_phrase(WORD.findall(text, start, end), harmless) is not None
        for start, end in incident.clauses
    )


def other_doers(index: TextIndex, broad: Incident, narrow: Incident) -> bool:
    """Whether each incident's own clauses name, with a cue, the side that acts, and they differ.

    «قصف لقوات النظام طال قرى بريف إدلب» then «من جهتها، قصفت قسد قرية الشيخ عيسى بريف
    إدلب»: the village's shelling is not the countryside's told again.
    """
    first, second = _doer(index, broad), _doer(index, narrow)
    return first is not None and second is not None and not one_side(first, second)


def _doer(index: TextIndex, incident: Incident) -> Actor | None:
    """The side its own clauses name as acting, with a cue, or ``None``."""
    hit = incident.hit
    if hit is None or not incident.actors:
        return None
    agent = cued_agent(index, (hit.start, hit.end), incident.actors, incident.casualties)
    return agent.actor if agent is not None else None


def another_doer(
    index: TextIndex, incident: Incident, hit: TypeHit | None, actors: list[ActorSpan]
) -> bool:
    """Whether a telling at an incident's place names, with a cue, another side acting.

    «قصفت قوات الدعم السريع سوق مدينة الأبيض …» then «من جهته، قصف الجيش تجمعات قوات
    الدعم السريع في مدينة الأبيض»: the army's shelling is another incident, not the first
    told again. Not a side the incident names already, in any role: «في هجوم لتنظيم ولاية
    سيناء الموالي لداعش» then «… في كمين لتنظيم داعش» tells it again.
    """
    first_hit = incident.hit
    if hit is None or first_hit is None or not actors or len(incident.actors) > _SIDES_READ:
        return False  # an incident told with many sides (a long list, a text of megabytes)
    agent = cued_agent(index, (hit.start, hit.end), actors[:_SIDES_READ], [])
    if agent is None or any(one_side(span.actor, agent.actor) for span in incident.actors):
        return False
    first = cued_agent(
        index, (first_hit.start, first_hit.end), incident.actors, incident.casualties[:_SIDES_READ]
    )
    return first is not None and not one_side(first.actor, agent.actor)


_SIDES_READ = 16  # the sides read for who acts: a report names few per incident, linear time
