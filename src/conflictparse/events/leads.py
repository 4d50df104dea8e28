"""Leads and headlines that the body of a report tells again, at a narrower place.

«مقتل 9 مدنيين بقصف على مأرب» above «… قصف استهدف منزلا في مديرية صرواح»: one incident,
at the district the body names, with the toll counted once.
"""

from __future__ import annotations

import re

from conflictparse.dates.finder import DateSpan
from conflictparse.events.distinct import another_incident
from conflictparse.events.incident import (
    Incident,
    IncidentToll,
    merge,
    other_day,
    same_type,
    told_as_another,
    toll_of,
)
from conflictparse.events.segment import PROVINCE_BREADTH, breadth, holds, kind_of
from conflictparse.events.strike_kinds import STRIKES, bare
from conflictparse.events.tellers import said_on
from conflictparse.events.types import TypeHit
from conflictparse.model import EventType, PlaceKind
from conflictparse.text.lexicon.places import gazetteer

__all__ = ["BROAD_KINDS", "placeless_lead", "restated_leads"]

#: The kinds of place a lead or a framing incident may be told at.
BROAD_KINDS = frozenset({PlaceKind.GOVERNORATE, PlaceKind.REGION, PlaceKind.CITY})
_PROVINCES = frozenset({PlaceKind.GOVERNORATE, PlaceKind.REGION})
_RESTATED_LEAST = 3  # a toll a body restates to be the lead's incident


def restated_leads(
    text: str, kept: list[Incident], tolls: dict[int, IncidentToll]
) -> list[Incident]:
    """A lead at a broad place joined to the next incident that restates its toll.

    «قتل 45 عنصرا في اشتباكات قرب محافظة إدلب. … اشتباكات … في ريف حماة الشمالي … بمقتل
    31 … مقابل 14»: one clash, told twice, at the narrower place the body names. Only in
    one paragraph, for one sub-type, a narrower place, and a toll of three or more that both
    give whole; a headline (the first line) joins the first incident of its sub-type at a
    narrower place that gives its toll, or any toll when it gives none («قتلى بقصف تركي في
    دهوك» above «… على قرية كاني ماسي»). A bare «الهجوم» right after, at a narrower place
    that gives no toll, retells the lead (:func:`_bare_retelling`).
    """
    joined: set[int] = set()
    # a headline of one place only may join a body incident past others; one of two
    # places («بالخرطوم بحري وأم درمان») may be any of them
    headline_end = _headline_end(text)
    opening_end = _opening_end(text, headline_end)
    lone_headline = sum(1 for incident in kept if _headline(headline_end, incident)) == 1
    for position, lead in enumerate(kept):
        if id(lead) in joined or not _may_lead(lead):
            continue
        headline = _headline(headline_end, lead)  # «مقتل 9 مدنيين بقصف على مأرب» above the body
        lone = headline and lone_headline
        # a headline's body may open with a sentence that names no narrower place
        following = kept[position + 1 : position + (len(kept) if lone else 2)]
        # a headline told there only: its city may stand for the province («… شرقي درعا»)
        only_headline = headline and all(start < headline_end for start, _ in lead.clauses)
        body = _first_retelling(text, lead, following, headline=only_headline)
        if body is None and not headline:
            body = _bare_retelling(text, lead, following[:1], tolls)
            if body is not None:  # «… الهجوم وقع على منزل في منطقة محضة»: the lead's toll
                merge(body, lead)
                joined.add(id(lead))
                continue
        if body is None or body.place is None:
            continue
        opening = lead.start < opening_end and _opens(text, lead, body)
        if not headline and not opening and _another_paragraph(text, lead, body):
            continue
        theirs = toll_of(body, tolls).total
        if (body.hit is not None or theirs is not None) and _restated(
            text, (lead, body), tolls, headline=headline, alone=lone or opening
        ):
            if theirs is not None:
                lead.casualties.clear()  # the body restates them: counted once, from the body
            merge(body, lead)  # a body that gives no toll takes the headline's
            joined.add(id(lead))
            if lead.place and lead.place.place and body.place.place is None and not body.held_by:
                body.held_by = lead.place  # the unknown district is in the lead's province
    return [incident for incident in kept if id(incident) not in joined]


def _restated(
    text: str,
    told: tuple[Incident, Incident],
    tolls: dict[int, IncidentToll],
    *,
    headline: bool,
    alone: bool,
) -> bool:
    """Whether the body tells the lead again, by their tolls.

    A headline with no toll, a lone headline or an opening lead whose body gives none, a toll
    both give whole, or a body placed by the lead's city that gives none («… قرب مدينة
    الكسوة» then «… في منطقة الحرجلة قرب الكسوة»).
    """
    lead, body = told
    mine, theirs = toll_of(lead, tolls).total, toll_of(body, tolls).total
    if headline and mine is None:
        return True
    if theirs is None:
        return (alone and (headline or mine is not None)) or (
            mine is not None
            and _located_by(text, body, lead)
            and not another_incident(text, lead, body, tolls, strikes=True)
        )
    return (
        mine is not None
        and mine.value is not None
        and mine.value >= (1 if headline else _RESTATED_LEAST)
        and mine.value == theirs.value
    )


def _opens(text: str, lead: Incident, body: Incident) -> bool:
    """Whether a lead that opens the report may be told again in the next paragraph.

    «صنعاء / قتل 9 مدنيين بغارة … في محافظة الحديدة» then «… الغارة طالت حافلة في منطقة
    ماتع»: a lead at a province or a region, and a body place it holds (or one unknown).
    """
    return (
        lead.place is not None
        and body.place is not None
        and kind_of(text, lead.place) in _PROVINCES
        and (body.place.place is None or holds(text, lead.place, body.place))
    )


def _another_paragraph(text: str, lead: Incident, body: Incident) -> bool:
    """Whether the body is in another paragraph than the lead, and names its place otherwise.

    «… غرب مخيم جباليا» names the area by the lead's camp: it may retell it from the next one.
    """
    return "\n" in text[lead.end : body.start] and not _located_by(text, body, lead)


def _may_lead(lead: Incident) -> bool:
    """Whether an incident may be a lead: typed, at a broad place or a camp.

    «… في قصف على مخيم جباليا» above «… منزلا في منطقة الفالوجا غرب مخيم جباليا»: a camp
    leads a place the body locates by it (:func:`_located_by`).
    """
    return (
        lead.place is not None
        and lead.place.kind in {*BROAD_KINDS, PlaceKind.CAMP}
        and lead.hit is not None
    )


def _bare_retelling(
    text: str, lead: Incident, following: list[Incident], tolls: dict[int, IncidentToll]
) -> Incident | None:
    """The next incident, if it tells a lead's strike or attack again by a bare «الهجوم».

    «قتل 9 مدنيين في غارة على منزل في صعدة. … وأضاف أن الهجوم وقع على منزل في منطقة
    محضة»: at a narrower place, the same day, with no toll of its own.
    """
    hit = lead.hit
    if hit is None or hit.wording.generic or hit.wording.type is EventType.STRATEGIC_DEVELOPMENTS:
        return None
    for body in following:
        if (
            _narrower_same_day(text, lead, body)
            and body.hit is not None
            and body.hit.wording.generic
            and toll_of(lead, tolls).total is not None
            and toll_of(body, tolls).total is None
        ):
            return body
    return None


def _first_retelling(
    text: str, lead: Incident, following: list[Incident], *, headline: bool = False
) -> Incident | None:
    """The first of ``following`` that retells the lead, past none told at a narrower place.

    «… جنوبي المحافظة» (no narrower place) is passed over; an incident of another kind at a
    narrower place ends the search: the headline told that one, or neither.
    """
    for other in following:
        if _retells(text, lead, other, headline=headline):
            return other
        if (
            lead.place
            and other.place
            and breadth(text, other.place) < _lead_breadth(text, lead, other, headline=headline)
        ):
            return None
    return None


def _retells(text: str, lead: Incident, body: Incident, *, headline: bool = False) -> bool:
    """Whether ``body`` may tell the lead's incident again: its sub-type, a narrower place."""
    return (
        _narrower_same_day(text, lead, body, headline=headline)
        and not told_as_another(text, body)  # «… بمجزرة للطيران الروسي، كما ألقت المروحيات …»
        and lead.hit is not None
        and (
            body.hit is None  # a killing told by no wording: its toll must be the lead's
            or lead.hit.wording.sub_type is body.hit.wording.sub_type
            or (lead.hit.wording.generic and body.hit.wording.generic)  # «مجزرة» … «هجوم»
            or (_bare_strike_of(text, lead.hit, body.hit) and _located_by(text, body, lead))
        )
    )


def _bare_strike_of(text: str, lead: TypeHit, body: TypeHit) -> bool:
    """Whether the lead tells by a bare «قصف» the strike the body tells with its kind.

    «استشهد أربعة في قصف على مخيم جباليا» above «… قصفت طائرات الاحتلال منزلا …».
    """
    return (
        lead.wording.sub_type in STRIKES and body.wording.sub_type in STRIKES and bare(text, lead)
    )


def _narrower_same_day(
    text: str, lead: Incident, body: Incident, *, headline: bool = False
) -> bool:
    """Whether ``body`` is told at a narrower place than the lead, on no other day."""
    return (
        lead.place is not None
        and body.place is not None
        and (
            breadth(text, body.place) < _lead_breadth(text, lead, body, headline=headline)
            or _located_by(text, body, lead)
        )
        and not other_day(_told_dates(text, lead), body)
    )


def _told_dates(text: str, incident: Incident) -> list[DateSpan]:
    """The incident's dates, but the day it was told on: «قالت جمعية اليوم الاثنين، إن …».

    The incident the body tells may be of another day («… في هجوم يوم السبت على قرية قرني»).
    """
    return [span for span in incident.dates if not said_on(text, span.start)]


def _located_by(text: str, body: Incident, lead: Incident) -> bool:
    """Whether the body names its place by the lead's: «منطقة الفالوجا غرب مخيم جباليا».

    The lead's place right after the body's, maybe after a side, «قرب», «في» or «ب».
    """
    if body.place is None or lead.place is None or lead.place.kind not in _LOCATING_KINDS:
        return False
    name = text[lead.place.start : lead.place.end]
    locator = _LOCATOR.match(text, body.place.end, body.place.end + _LOCATOR_CHARS)
    if locator is None:
        return False
    head, _, bare = name.partition(" ")  # «قرب الكسوة» names the lead's «مدينة الكسوة»
    headed = lead.place.kind is PlaceKind.CITY and bare and head in gazetteer().head_forms
    return text.startswith(name, locator.end()) or bool(
        headed and text.startswith(bare, locator.end())
    )


_LOCATING_KINDS = frozenset({PlaceKind.CAMP, PlaceKind.CITY})
_LOCATOR = re.compile(r"[ \t]*+(?:(?:شمال|جنوب|شرق|غرب)ي?[ \t]++|(?:قرب|في)[ \t]++|ب)")
_LOCATOR_CHARS = 12  # «، جنوبي » before the lead's place


def _lead_breadth(text: str, lead: Incident, body: Incident, *, headline: bool) -> int:
    """How broad the lead's place is; a headline's city named as its province is the province.

    «عبوة ناسفة تستهدف دورية شرقي درعا» above «… قرب مدينة إزرع»: Daraa the province, which
    holds Izraa, not Daraa the city.
    """
    assert lead.place is not None  # checked by the callers
    wide = breadth(text, lead.place)
    city, other = lead.place.place, body.place.place if body.place else None
    if (
        headline
        and lead.place.kind is PlaceKind.CITY
        and city is not None
        and other is not None
        and city.admin1 == city.name
        and other.admin1 == city.admin1
        and other.country == city.country
        and other.id != city.id
    ):
        return max(wide, PROVINCE_BREADTH)
    return wide


def _headline_end(text: str) -> int:
    """Where the headline ends: a short first line with no sentence in it, or 0 (none)."""
    first_line = text.find("\n", 0, _HEADLINE_CHARS + 1)
    sentence = _FULL_STOP.search(text, 0, max(first_line, 0))  # «ليبيا.. مقتل 4» is a headline
    return first_line if first_line > 0 and sentence is None else 0


def _opening_end(text: str, headline_end: int) -> int:
    """Where the report's opening paragraph (the one after its headline, if any) ends."""
    end = text.find("\n", headline_end + 1 if headline_end else 0)
    return len(text) if end < 0 else end


def _headline(headline_end: int, incident: Incident) -> bool:
    """Whether the incident is placed by the headline (which ends at ``headline_end``).

    Its first clause and its place are there; a body sentence that names no place may have
    joined it («مقتل 4 مدنيين … في كركوك» above «… قتلوا … جنوبي المحافظة»).
    """
    place = incident.place
    return min(start for start, _ in incident.clauses) < headline_end and (
        place is None or place.end <= headline_end
    )


_FULL_STOP = re.compile(r"(?<!\.)\.(?!\.)")  # a full stop, not the dots of «ليبيا..»
_HEADLINE_CHARS = 160  # a first line longer than this is a paragraph, not a headline


def placeless_lead(
    found: list[Incident], kept: list[Incident], tolls: dict[int, IncidentToll]
) -> Incident | None:
    """The report's opening toll with no place, joined to the one incident the report places.

    «قتل 14 عنصرا من قوات النظام بهجوم لداعش أمس.» then «… استهدفوا حافلة عسكرية بكمين في
    بادية مدينة السخنة، … قتل فيها 6 عناصر من التنظيم»: one ambush, 20 dead. Only when
    the opening incident is the report's first, tells its dead, and the one placed incident
    is told after it, of the same type, on no other day. A placed killing told by no
    wording is the lead's when it gives the same toll, counted once: «قتل خمسة مدنيين بقصف
    مدفعي على قرية في شمال البلاد» then «… قتلوا مساء الأحد في قرية التمانعة». Gives the lead
    joined, if any.
    """
    if len(kept) != 1 or not found or found[0].place is not None:
        return None
    lead, body = found[0], kept[0]
    mine = toll_of(lead, tolls)
    if lead.hit is None or body.start < lead.end or not mine.killed or other_day(lead, body):
        return None
    if body.hit is None:
        theirs = toll_of(body, tolls).total
        if mine.total is None or theirs is None or mine.total.value != theirs.value:
            return None
        lead.casualties.clear()  # the body tells them again: counted once, from the body
    elif not same_type(lead.hit, body.hit):
        return None
    merge(body, lead)
    tolls.pop(id(body), None)
    return lead
