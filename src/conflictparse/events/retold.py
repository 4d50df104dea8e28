"""Whether a mention retells an incident already found: same place, type and day.

«بلدتي كفرنبل وحاس، … في بلدة حاس» is the strike on حاس told again; an arrest told in another
sentence, or by another side, after a bare «هجوم» at the same place is an incident of its own.
"""

from __future__ import annotations

from conflictparse.dates.finder import DateSpan
from conflictparse.entities.actors import ActorSpan
from conflictparse.entities.places import PlaceSpan
from conflictparse.events.distinct import another_doer
from conflictparse.events.incident import (
    WINDOW,
    Incident,
    other_day,
    place_key,
    same_type,
    unlike_acts,
)
from conflictparse.events.strike_kinds import other_kinds
from conflictparse.events.types import TypeHit
from conflictparse.text.tokens import TextIndex

__all__ = ["first_of_its_telling", "same_incident"]


def same_incident(
    lists: tuple[list[Incident], ...],
    index: TextIndex,
    place: PlaceSpan,
    told: tuple[TypeHit | None, tuple[int, int], list[ActorSpan]],
    dates: list[DateSpan],
) -> Incident | None:
    """The incident told at this place, type and day: among each list's last, latest first.

    ``told`` is the wording read, the sentence it is read in and the sides named with it.
    """
    key = place_key(index, place)
    hit, sentence, actors = told
    for found in lists:
        for incident in reversed(found[-WINDOW:]):
            if incident.place is None or place_key(index, incident.place) != key:
                continue
            if (
                same_type(hit, incident.hit)
                and not other_day(incident, dates)
                and not other_kinds(index, hit, incident.hit)  # «غارات …، وقصفت … بالمدفعية»
                and not (unlike_acts(hit, incident.hit) and _told_apart(incident, sentence, actors))
                and not another_doer(index, incident, hit, actors)
            ):
                return incident
    return None


def _told_apart(incident: Incident, sentence: tuple[int, int], actors: list[ActorSpan]) -> bool:
    """Whether an act is told apart from an incident: in another sentence, or by other sides.

    «مقتل مدنيين بهجوم مسلح … والأمن السوري يعلن ضبط أسلحة»: another side's act; «هاجمت
    قوة أمنية منزل مطلوب واعتقلته»: the attack is the arrest.
    """
    if incident.sentence != sentence:
        return True
    sides = {span.actor.id for span in actors}
    return bool(sides) and sides.isdisjoint(span.actor.id for span in incident.actors)


def first_of_its_telling(found: list[Incident], incident: Incident) -> Incident:
    """The first incident of ``found`` told in the clause that told ``incident`` first.

    «هاجم مسلحون حواجز للشرطة في ناحية الرياض وقضاء الحوجية» then «… خلفت قتيلا»: a toll
    told after for the places of one clause is shared, and a shared toll is the first's.
    """
    opening = incident.clauses[:1]
    return next(
        (item for item in found if item.place is not None and item.clauses[:1] == opening),
        incident,
    )
