"""The event lexicon (``events.toml``): sub-event wordings, role cues and non-events.

The wording of each ACLED sub-event type, the words around the sides of an
event and the clause openers, and the words that mark what is not an event.

A sub-event type (and so its type) is read from single words and from phrases
of several words; the wordings are tried in the order of the file.
"""

from __future__ import annotations

import enum
import functools
import itertools
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar

import attrs

from conflictparse.events.event import SubEventType
from conflictparse.model import EventType, PlaceKind
from conflictparse.text.lexicon import Section, load
from conflictparse.text.lexicon.event_lists import LISTS
from conflictparse.text.normalize import fold
from conflictparse.text.tokens import WORD

__all__ = ["EventLexicon", "TypeWording", "build", "event_lexicon"]

E = TypeVar("E", bound=enum.Enum)


@attrs.frozen(slots=True, kw_only=True)
class TypeWording:
    """The folded words and phrases of two or more words that give a sub-event type.

    ``when_state`` is the sub-type to take instead when the side that acts is a
    state force.
    """

    rank: int  # its place in the order of the file: lower wins
    type: EventType
    sub_type: SubEventType
    when_state: SubEventType | None
    when_unopposed: SubEventType | None
    unopposed: frozenset[tuple[str, ...]]
    weak: bool
    generic: bool  # a bare «هجوم»: may tell an incident told more precisely elsewhere
    by_victims: bool  # a raid or shots: an attack when its victims are civilians
    massacre: bool  # «مجزرة»: the strike told with it, or an attack on civilians
    listed_only: bool  # its words count with the article only where listed so
    words: frozenset[str]
    phrases: frozenset[tuple[str, ...]]
    phrase_firsts: frozenset[str]  # the first words of ``phrases``: a quick «no»


@attrs.frozen(slots=True, kw_only=True)
class EventLexicon:
    """Wordings by priority, clause openers, role cues and the marks of non-events."""

    types: tuple[TypeWording, ...]
    clause_openers: tuple[str, ...]
    agent_cues: frozenset[tuple[str, ...]]
    loyal_men: frozenset[str]
    loyal_to: frozenset[str]
    patient_cues: frozenset[tuple[str, ...]]
    hedges: frozenset[tuple[str, ...]]  # «في الغالب»: passed over between a cue and its side
    hedged_owners: frozenset[tuple[str, ...]]  # «يرجح أنها» + «ل»: whose a wording probably is
    aims: frozenset[str]  # «بهدف القضاء على»: a side named as an aim, not as hit
    bare_strikes: frozenset[str]  # «القصف»: of the kind of the strikes told before
    air_ordnance: frozenset[str]  # «صواريخ» right after «غارات»: the aircraft's missiles
    homes: frozenset[tuple[str, ...]]  # «منازل المواطنين»: a strike's civilian target
    homes_near: frozenset[str]  # «قرب» in «قرب منازل المدنيين»: near them, not at them
    homes_counted: frozenset[str]  # «عدد» in «عدد من منازل المدنيين»: the homes themselves
    displaced: frozenset[str]  # «للنازحين» after a place: a camp of the displaced
    civilian_attackers: frozenset[str]  # ids of sides whose attacks are on civilians (settlers)
    communities: frozenset[str]  # ids of tribes, no side after a word of their people
    community_people: frozenset[str]  # «مكون» in «مواطنون من مكون التبو»
    air_strikers: frozenset[str]  # ids of sides whose bare «قصف» is an air strike
    government_forces: Mapping[str, str]  # a government's id → the id of its forces
    hostile: Mapping[str, Mapping[str, str]]  # «معادي» → country code → the side it names
    # country code → a strike's sub-type → the only side that strikes so there («PS»: Israel)
    sole_strikers: Mapping[str, Mapping[SubEventType, str]]
    between: frozenset[str]
    relative_attacks: frozenset[tuple[str, ...]]  # «الذين حاولوا»: the side that attacked
    latter_attacks: frozenset[tuple[str, ...]]  # «هجوم شنته الأخيرة»: the last side attacked
    two_sides: frozenset[tuple[str, ...]]  # «معارك بين الطرفين»: civilians are its toll
    members: frozenset[str]
    subject_of: frozenset[str]
    records: frozenset[tuple[str, ...]]  # «مسؤولة عن» right before a wording: a record
    far_from: frozenset[tuple[str, ...]]  # «البعيدة عن الاشتباكات»: away from it, no act
    results: frozenset[tuple[str, ...]]  # «أدى إلى» right before a blast: a strike's result
    blows: frozenset[str]  # «الضربات» before one of `figures`: a blow in a figure of speech
    figures: frozenset[str]  # «القاسية» in «الضربات القاسية»
    untaken: frozenset[str]  # «الوضع» in «السيطرة على الوضع»: control of no place
    onto: frozenset[str]  # «على», before what is taken
    mourns: frozenset[str]  # «حزب الله ينعى …»: the side before mourns its dead
    repels: frozenset[str]  # «تصدى» in «تصدى الجيش لهجوم»: the side after it is attacked
    repeller_nouns: frozenset[str]  # «قوات» in «تصدت قوات المقاومة لهجوم»
    done_by_another: frozenset[str]  # «تنفيذ» in «أعلنت X تنفيذ Y غارتين»
    associates: frozenset[tuple[str, ...]]
    sources: frozenset[tuple[str, ...]]
    says: frozenset[str]
    told_that: frozenset[str]  # «أن», «إن»: what is told starts after them
    announces: frozenset[str]  # «أعلن» in «أعلن جيش النصر مقتل …»: a claim may follow
    claimed: frozenset[str]  # «مقتل» in «أعلن جيش النصر مقتل …»: what a side claims
    tellers: frozenset[str]  # «ضابط» in «قال ضابط في الشرطة إن»: who tells, from a side
    tellers_of: frozenset[str]
    that: frozenset[str]  # «ذكرت الشرطة أن …»: the side before it tells, it does not act
    reports_of: frozenset[str]  # «أفادت الشرطة بمقتل …»: as «أن», a harm it reports
    own_forces: frozenset[str]  # «قال التحالف إن مقاتلاته …»: it tells what it did
    references: frozenset[str]
    sequence_verbs: frozenset[str]  # «سبق» before «تلك الغارة»: another incident than it
    dead_of: frozenset[str]
    attack_kinds: frozenset[str]
    civilians: frozenset[str]
    among: frozenset[tuple[str, ...]]  # «12 قتيلا في صفوف المدنيين»: the victims are among them
    gunmen: frozenset[str]  # «مسلحون», «القوات»: agents with no name (the two lists below)
    armed_men: frozenset[str]  # «مسلحون» in «اختطف مسلحون طبيبا»
    aiming_verbs: frozenset[str]  # «استهدفوا» in «إن مجهولين استهدفوا الشاب»
    bare_forces: frozenset[str]  # «القوات» in «اعتقلت القوات مواطنا»
    hurts: frozenset[str]  # «أصيب» in «أصيب مدني»: the civilian after it is hurt
    hurt_means: frozenset[str]  # «برصاصة» in «استهدف برصاصة الطفل»
    clash_arms: frozenset[str]  # «بالأسلحة»: the clash's arms, and the shells joined to them
    retired: frozenset[str]  # «متقاعد»: a victim retired from the forces is a civilian
    hurt_negators: frozenset[str]  # «دون» in «دون وقوع إصابات في صفوف المدنيين»
    no_harm: frozenset[tuple[str, ...]]  # «دون وقوع إصابات»: a strike that hurt no one
    hurts_after: frozenset[str]  # «جرحوا» in «عدد من المدنيين جرحوا»: told after the civilians
    suffered: frozenset[str]  # «تعرضت» in «تعرضت السيدة … لإصابة»
    kin: frozenset[str]  # «أسر» in «نقل أسر تنظيم داعش»: the side's kin, no side
    finders: frozenset[str]  # «عثرت» in «عثرت قوة من الجيش على جثة …»: it found the dead
    households: frozenset[str]  # «أسرة» in «5 أفراد من أسرة واحدة»: the dead are civilians
    unnamed_doers: frozenset[str]  # «انتحاري» in «هاجم انتحاري … قوة من الجيش»
    object_verbs: frozenset[str]  # «هاجم» there: the side after its doer is attacked
    persons: frozenset[str]
    group_nouns: frozenset[str]  # «جماعة» in «مقرات جماعة جبهة الشام»
    cells: frozenset[str]  # «خلايا» in «استهدافه من قبل خلايا التنظيم»
    targets: frozenset[str]  # «دورية» in «دورية للجيش»
    bodies: frozenset[str]  # «جثمانه»: what is held is no arrest
    belongs: frozenset[str]  # «تتبع» in «مسيرة تتبع لقوات …»
    outlets: frozenset[str]  # «قناة» in «قناة المسيرة التابعة للحوثيين»: a side's medium
    operators: frozenset[tuple[str, ...]]  # «تشغلها» in «قاعدة تشغلها قوات أميركية»
    weapons: frozenset[str]  # «مسيرة» in «مسيرة تتبع لقوات …»: its owner acts
    forces_hit: frozenset[str]  # «بقوة تابعة للبشمركة»: a force a blast struck
    soldiers: frozenset[str]  # «جنود» in «جنود عراقيون»
    fighters: frozenset[tuple[str, ...]]  # «عنصر», «رجل أمن»: victims who are no civilians
    state_forces: frozenset[str]
    force_members: frozenset[str]
    state_forces_name: str
    state_bodies: Mapping[str, str]  # «الشرطة» → the registry's noun «شرطة» composed with a place
    ranks: Mapping[str, str]  # «شرطيا» → «الشرطة»: the body a rank alone names
    one_army: frozenset[str]  # countries where a rank alone names the state's forces
    country_forces: Mapping[tuple[str, ...], str]  # «إسرائيل» → the id of its forces
    planned: frozenset[tuple[str, ...]]
    purposes: frozenset[str]  # «لاعتقال»: an event's word told as a purpose
    raids: frozenset[str]  # «اقتحمت» in «اقتحمت القوات البلدة واعتقلت شابين»
    fights: frozenset[str]  # «عملية»: a withdrawal told with one ends it, no transfer
    purpose_leads: frozenset[str]  # «لتنفيذ» in «لتنفيذ حملة دهم»
    attempts: frozenset[str]  # «تحاول» in «تحاول السيطرة على البلدة»: a seizure tried
    tally_leads: frozenset[str]  # «حصيلة» in «حصيلة الاستهدافات»: counted, not told
    state_leads: frozenset[str]  # «الخاضعة» in «الخاضعة لسيطرتها»: held, not seized
    landmarks: frozenset[str]  # «ساحة» in «ساحة الطيران»: a landmark's name, no wording
    weapon_leads: frozenset[str]  # «سلاح» in «سلاح القصف المدفعي»: a weapon, no act
    destroyed_leads: frozenset[str]  # «تدمير» in «تدمير سيارة مفخخة»: destroyed, not used
    stop_leads: frozenset[str]  # «وقف» in «وقف إطلاق النار»: stopped, no act
    note_leads: frozenset[str]  # «مذكرة» in «مذكرة احتجاج»: a note, no protest
    accidents: frozenset[tuple[str, ...]]  # «حادث سير»: no event of the conflict
    claims: frozenset[tuple[str, ...]]  # «أعلن مسؤوليته عن»: the toll after it is a claim
    claim_openers: frozenset[str]  # «قد أعلن» between a side and its claim
    charges: frozenset[str]  # «بتهمة», «متهما»: the killing after it is a charge, no toll
    statements: frozenset[tuple[str, ...]]
    cautious_states: frozenset[str]  # «هدوء» of «هدوء حذر»: «حذر» after it warns of nothing
    background: frozenset[str]
    happened: frozenset[str]
    when: frozenset[str]
    times_of_day: frozenset[str]
    period_starts: frozenset[str]
    day_units: frozenset[str]  # «أيام» in «بعد 3 أيام من»
    days_after_links: frozenset[str]  # «من» in «بعد يومين من»
    same_day: frozenset[tuple[str, ...]]  # «في اليوم نفسه»: the day of the incident before
    other_time: frozenset[str]  # «في وقت سابق»: a sentence that takes no date from the lead
    relatives: frozenset[str]  # «التي تعرضت مساء أمس»: a date of what a relative clause tells
    holds_nothing: frozenset[str]
    another: frozenset[str]
    also: frozenset[str]  # «كما»: a sentence told as one more incident
    commits: frozenset[str]  # «مرتكبا» before «مجزرة»: the act before committed it
    committed_by: frozenset[str]  # «نفذتها» after «المجزرة التي»: the side and means follow
    unattributed_aircraft: frozenset[tuple[str, ...]]  # «الطيران الحربي»: no side named
    uncounted_wounded: frozenset[str]  # «أصيب» opening a clause of wounded with no count
    other_victims: frozenset[str]
    sequels: frozenset[tuple[str, ...]]
    unknown_agents: frozenset[tuple[str, ...]]
    openers: frozenset[tuple[str, ...]]  # «في المقابل»: the verb after it still opens its clause
    cumulative: frozenset[tuple[str, ...]]
    cumulative_after: frozenset[tuple[str, ...]]
    spread_after: frozenset[tuple[str, ...]]  # «معظمهم في»: a count spread over places
    cumulative_joins: frozenset[tuple[str, ...]]
    tally_parts: frozenset[str]  # «وهم:», «بينهم»: a count after a tally breaks it down
    reasons: frozenset[tuple[str, ...]]
    campaign: frozenset[tuple[str, ...]]
    over_a_period: frozenset[tuple[str, ...]]  # «خلال العام الحالي»: a tally of many
    many_of: frozenset[tuple[str, ...]]  # «العديد من» before the wording of a tally
    habitual: frozenset[tuple[str, ...]]
    suffers_now: frozenset[str]  # «تتعرض» in «وتتعرض القرى لقصف متكرر»: a habit
    repeated: frozenset[str]  # «متكرر» there
    now_and_then: frozenset[tuple[str, ...]]  # «بين الحين والآخر»: before or after, a habit
    always: frozenset[tuple[str, ...]]  # «دائما ما» right before «تنفذ هجمات»: a habit
    unceasing: frozenset[tuple[str, ...]]  # «لم تتوقف» before a wording, «منذ» after it
    trends: frozenset[str]
    replies: frozenset[str]  # «ردت» in «في حين ردت الفصائل باستهداف …»
    examples: frozenset[str]  # «مثل» in «هجمات مثل التفجيرات»: kinds named as examples
    flights: frozenset[str]  # «حلقت» in «حلقت طائرة مسيرة في أجواء القرية»
    flares: frozenset[tuple[str, ...]]  # «قنابل ضوئية» in «ألقت طائرات النظام قنابل ضوئية»
    airdrops: frozenset[tuple[str, ...]]  # «مواد غذائية» in «ألقت طائرات مواد غذائية»
    drops: frozenset[str]  # «ألقت» before the aircraft that drop aid
    not_done: frozenset[str]  # «دون» in «دون أن تنفذ أي ضربات»
    flights_met: frozenset[str]  # «تصدت» in «تصدت المضادات لمسيرات حلقت في أجواء المدينة»
    recent: frozenset[tuple[str, ...]]
    spans: frozenset[str]
    span_units: frozenset[str]
    bounded_span_units: frozenset[str]  # «عام» in «على مدى أكثر من عام»
    span_bounds: frozenset[str]  # «من» in «أكثر من عام», before a bounded unit
    tallies: frozenset[str]
    since_times: frozenset[tuple[str, ...]]  # «منذ الصباح» in a tally after a count
    locators: frozenset[tuple[str, ...]]
    named_after_places: frozenset[str]
    unit_epithets: frozenset[str]  # «شهداء» in «لواء شهداء سراقب»: the unit's, no site
    struck_before: frozenset[str]  # «قصفت مستشفى حيس»: the named facility is the site
    roads: frozenset[str]
    road_links: frozenset[str]  # «يربط X بY»: both places name a road
    between_duals: frozenset[str]  # «بين بلدتي X وY»: the two ends of one site
    between_sites: frozenset[str]  # «الواقعة» in «المنطقة الواقعة بين مدينتي جاسم ونوى»
    lies_in: frozenset[str]  # «الواقعة» in «البلدة الواقعة جنوبي إدلب»: where it lies
    capital_titles: frozenset[str]  # «العاصمة» in «القريب من العاصمة مقديشو»
    seats: frozenset[str]
    dateline_sources: frozenset[tuple[str, ...]]  # «وكالات» in «(بغداد، وكالات)»
    reporting_seats: frozenset[str]  # «لجان المقاومة في مدينة الفاشر إن»: a seat before «أن»
    correspondents: frozenset[str]  # «مراسل»: opens the words of a correspondent, any form
    hospitals: frozenset[str]  # «مشفى» in «نقل الجرحى إلى مشفى … في بلدة …»
    medical: frozenset[str]  # «الطبي» in «مركز لبيب الطبي»: a medical centre by its adjective
    taken_to: frozenset[str]  # «إلى», «توفي»: the hurt taken to or dying in a hospital
    titles: frozenset[str]  # «محافظ» in «قال محافظ كركوك»: an official's seat
    origins: frozenset[tuple[str, ...]]
    stations: frozenset[tuple[str, ...]]  # «المتمركزة في»: where a side's men stand
    station_surroundings: frozenset[str]  # «محيط» of «المتمركزة في محيط بلدة …»
    fire_positions: frozenset[str]  # «مواقعها» in «من مواقعها في معسكر …»: where guns stand
    fire_sources: frozenset[str]  # «من», «مصدره» before those positions
    home_words: frozenset[tuple[str, ...]]
    motives: frozenset[tuple[str, ...]]
    outside: frozenset[str]  # «خارج» of «خارج منطقة الجنوب»: where the incident was not
    hurt_taken: frozenset[str]  # «مصابين» of «نقلت الطواقم ثلاثة مصابين من بلدة …»: hurt there
    holdings: frozenset[tuple[str, ...]]  # «التي تسيطر على»: what a side holds, no site
    outlet_tails: frozenset[str]
    one_of_them: frozenset[str]  # «إحداها» in «عدة هجمات …، إحداها بمسيرات»
    bare_raids: frozenset[str]  # «غارة» with no word of the air after it
    ground_raiders: frozenset[str]  # «خاصة» in «غارة شنتها قوات خاصة»: a raid on the ground
    raid_forces: frozenset[str]  # «قوات» in «قوات أمريكية خاصة»
    raid_doers: frozenset[str]  # «شنتها» in «غارة شنتها قوات خاصة»
    downed_weapons: frozenset[str]
    dropped_bombs: frozenset[str]  # «قنبلة» after «أسقطت»: dropped, an air strike
    drop_verbs: frozenset[str]  # «أسقطت»: downs a weapon, or drops bombs
    direct_fire: frozenset[str]  # «RPG» after «قذائف»: no shelling
    distance_units: frozenset[str]  # «كلم» in «450 كلم شرق طرابلس»: a reference point
    short_units: frozenset[str]  # «أمتار» in «على بعد أمتار من بلدة …»: the place is the site
    not_far: frozenset[tuple[str, ...]]  # «ليس بعيدا عن منطقة …»: near the site, not it
    place_anaphora: Mapping[str, PlaceKind | None]
    days_back: Mapping[str, int]  # «يومين» in «بعد يومين من مقتل …»: two days before


def _phrases(section: Section, key: str) -> list[tuple[str, ...]]:
    phrases = [tuple(WORD.findall(fold(phrase))) for phrase in section.words(key)]
    if not all(phrases):
        raise section.error(key, "an entry has no Arabic word")
    return phrases


def _enum(section: Section, key: str, kind: type[E]) -> E:
    value = section.text(key)
    try:
        return kind(value)
    except ValueError:
        raise section.error(key, f"{value!r} is not a {kind.__name__}") from None


def _wording(rank: int, section: Section) -> TypeWording:
    phrases = _phrases(section, "words")
    sub_type = _enum(section, "sub_type", SubEventType)
    keys = tuple(section)
    state = _enum(section, "when_state", SubEventType) if "when_state" in keys else None
    unopposed = _enum(section, "when_unopposed", SubEventType) if "when_unopposed" in keys else None
    return TypeWording(
        rank=rank,
        type=_enum(section, "type", EventType),
        sub_type=sub_type,
        when_state=state,
        when_unopposed=unopposed,
        unopposed=frozenset(_phrases(section, "unopposed")) if unopposed else frozenset(),
        weak=section.flag("weak"),
        generic=section.flag("generic"),
        by_victims=section.flag("by_victims"),
        massacre=section.flag("massacre"),
        listed_only=section.flag("listed_only"),
        words=frozenset(phrase[0] for phrase in phrases if len(phrase) == 1),
        phrases=frozenset(phrase for phrase in phrases if len(phrase) > 1),
        phrase_firsts=frozenset(phrase[0] for phrase in phrases if len(phrase) > 1),
    )


def _country_forces(section: Section) -> Mapping[tuple[str, ...], str]:
    """Folded country names (as word tuples) → the actor id of the country's forces."""
    return MappingProxyType({tuple(fold(name).split()): section.text(name) for name in section})


def _state_bodies(section: Section) -> Mapping[str, str]:
    """Folded nouns → a noun they stand for: «الشرطة» → «شرطة», «شرطيا» → «الشرطة»."""
    return MappingProxyType({fold(name): section.text(name) for name in section})


def _id_map(section: Section) -> Mapping[str, str]:
    """Registry ids → registry ids: a government → its forces."""
    return MappingProxyType({name: section.text(name) for name in section})


def _hostile(section: Section) -> Mapping[str, Mapping[str, str]]:
    """Adjectives of the enemy → country code → the actor they name there: «معادي»."""
    return MappingProxyType({word: _id_map(section.table(word)) for word in section})


def _sole_strikers(section: Section) -> Mapping[str, Mapping[SubEventType, str]]:
    """Country codes → sub-event types → the id of the only side that strikes so there."""
    found: dict[str, Mapping[SubEventType, str]] = {}
    for country in section:
        sides = section.table(country)
        by_kind: dict[SubEventType, str] = {}
        for kind in sides:
            try:
                by_kind[SubEventType(kind)] = sides.text(kind)
            except ValueError:
                raise sides.error(kind, f"{kind!r} is not a SubEventType") from None
        found[country] = MappingProxyType(by_kind)
    return MappingProxyType(found)


def _days_back(section: Section) -> Mapping[str, int]:
    """Words of a span of days, folded, and how many days each counts: «يومين» → 2."""
    return {fold(word): section.integer(word) for word in section}


def _place_anaphora(section: Section) -> Mapping[str, PlaceKind | None]:
    found: dict[str, PlaceKind | None] = {}
    for noun in section:
        kind = section.text(noun) if section[noun] else ""
        try:
            found[fold(noun)] = PlaceKind(kind) if kind else None
        except ValueError:
            raise section.error(noun, f"{kind!r} is not a kind of place") from None
    return MappingProxyType(found)


def _list(data: Section, table: str, key: str, *, phrases: bool) -> frozenset[Any]:
    section = data.table(table)
    if phrases:
        return frozenset(_phrases(section, key))
    return frozenset(fold(word) for word in section.words(key))


def build(data: Section) -> EventLexicon:
    """The lexicon from the data of an ``events.toml``."""
    lists = {
        field: _list(data, table, key, phrases=phrases)
        for field, (table, key, phrases) in LISTS.items()
    }
    return EventLexicon(
        types=tuple(itertools.starmap(_wording, enumerate(data.tables("wording")))),
        clause_openers=tuple(fold(word) for word in data.table("clauses").words("openers")),
        place_anaphora=_place_anaphora(data.table("places").table("anaphora")),
        days_back=_days_back(data.table("dating").table("days_back")),
        state_forces_name=data.table("roles").text("state_forces_name"),
        state_bodies=_state_bodies(data.table("roles").table("state_bodies")),
        ranks=_state_bodies(data.table("roles").table("ranks")),
        one_army=frozenset(data.table("roles").words("one_army")),
        country_forces=_country_forces(data.table("roles").table("country_forces")),
        civilian_attackers=frozenset(data.table("roles").words("civilian_attackers")),
        communities=frozenset(data.table("roles").words("communities")),
        air_strikers=frozenset(data.table("incidents").words("air_strikers")),
        government_forces=_id_map(data.table("roles").table("government_forces")),
        hostile=_hostile(data.table("roles").table("hostile")),
        sole_strikers=_sole_strikers(data.table("roles").table("sole_strikers")),
        gunmen=lists["armed_men"] | lists["bare_forces"],
        **lists,
    )


@functools.cache
def event_lexicon() -> EventLexicon:
    """The packaged event lexicon, read and checked on first use."""
    return build(load("events.toml"))
