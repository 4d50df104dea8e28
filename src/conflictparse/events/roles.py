"""Roles: which side of an event acts (actor1) and which is acted upon (actor2).

Read from Arabic syntax around the actors of the clause that tells the event:
the agent follows «من قبل», «على يد», «برصاص», a word of the event's wording
(«قصفت قوات النظام», «غارات لطائرات التحالف») or comes right before a verb of
attack («التنظيم يقتل»); the side acted upon follows «على», «ضد», «صفوف»,
«مواقع», is the second of «بين X و Y», or is the victims' side of a count.
Sources (monitors, ministries, media offices) are never a side.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from conflictparse.entities.actors import ActorSpan, default_registry
from conflictparse.entities.casualties import CasualtySpan
from conflictparse.events.clash_sides import (
    after_one_side,
    between_the_two,
    coordinated,
    initiator_first,
    latter_attacker,
    one_side_first,
    two_sides,
)
from conflictparse.events.doers import after_an_act, after_opening_verb
from conflictparse.events.hedges import hedged_owner, loyalty, past_hedge
from conflictparse.events.sufferers import attacked_after_unnamed_doer, repels, suffers, verb_of
from conflictparse.events.targets import named_target, operates, target_owner
from conflictparse.events.tellers import (
    announced_victims,
    announces_a_killing,
    claims,
    finds_the_dead,
    speaks_for_its_forces,
    tells,
    tells_of_another,
)
from conflictparse.events.types import read_hits
from conflictparse.events.victims import civilians_of, people_of_a_place
from conflictparse.model import Actor, ActorType, EventType
from conflictparse.text.lexicon.casualties import casualty_lexicon
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.lexicon.numbers import number_lexicon
from conflictparse.text.tokens import TextIndex, Word, listed, without_clitic

__all__ = [
    "Roles",
    "cued_agent",
    "read_roles",
    "side_that_lost",
]

_CUE_WORDS = 3  # the longest cue, in words
_ALLY_WORDS = 4  # words before an actor that may say it is an ally or a suspect
_OBJECT_WORDS = 8  # «هاجم انتحاري يرتدي حزاما ناسفا قوة من» before the side attacked
_SOURCE_WORDS = 3  # words before an actor that may say it is a source («بحسب ما أفاد»)


class Roles(NamedTuple):
    """The two sides of an event, each with the span it was read from (folded offsets)."""

    actor1: ActorSpan | None
    actor2: ActorSpan | None
    civilians: CasualtySpan | None  # the count of civilian victims, when actor2 is civilians


def read_roles(
    index: TextIndex,
    hit: tuple[int, int] | None,
    event_type: EventType | None,
    actors: Sequence[ActorSpan],
    casualties: Sequence[CasualtySpan],
    *,
    generic: bool = False,
    unknown: bool = False,
    planted: bool = False,
) -> Roles:
    """The acting side and the side acted upon among the ``actors`` of one event's clauses.

    ``hit`` is the span of the wording that gives the event its type; ``generic`` says
    it is a bare «هجوم»; ``unknown`` that the text calls the acting side unknown
    («برصاص مجهولين»): no side named is then taken to act; ``planted`` that the wording is
    a planted device, whose side named with no cue is its target («انفجرت عبوة ناسفة بسيارة
    قيادي في الفيلق الخامس»).
    """
    victims = {item.casualty.actor.id for item in casualties if item.casualty.actor}
    agents, patients, free, struck = _sort_sides(index, hit, actors, victims)
    sides = [*agents, *free]  # «… ومقاتلين من داعش، الذين حاولوا …»: the one that attacked
    if (first := initiator_first(index, sides)) != sides:
        agents, free = first[:1], first[1:]
    if event_type is EventType.BATTLES and (latter := latter_attacker(index, [*sides, *patients])):
        # «بين القوات الحكومية والحوثيين، عقب هجوم شنته الأخيرة»: the latter acts first
        patients = [span for span in [*agents, *patients] if span is not latter]
        agents, free = [latter], [span for span in free if span is not latter]
    actor1 = agents[0] if agents else None
    if actor1 is None and unknown:
        pass  # «قتل 4 برصاص مجهولين»: the sides named are those acted upon
    elif actor1 is None and free and not planted:
        actor1 = free.pop(0)  # a clash with no initiator: the first named acts
    elif actor1 is None and event_type is EventType.BATTLES and two_sides(index, patients):
        # «مقتل 3 من X خلال اشتباكات مع Y»: the first named acts, unless it suffered the attack
        actor1 = next((span for span in patients if span not in struck), patients[0])
        patients.remove(actor1)
    others = [span for span in [*patients, *free] if actor1 is None or span.actor != actor1.actor]
    # in a clash «أشخاص» may be fighters; in an attack on a place («هاجمت القوات قرية …»)
    # with no side to fight, they are its people
    clash = event_type is EventType.BATTLES and not (generic and not patients)
    two = clash and between_the_two(index, hit)  # «معارك بين الطرفين»: bystanders' toll
    civilians = None if two else civilians_of(index, casualties, clash=clash)
    actor2 = others[0] if others and (patients or civilians is None) else None
    if actor2 is None and civilians is not None:
        return Roles(actor1, None, civilians)
    return Roles(actor1, actor2, None)


def cued_agent(
    index: TextIndex,
    hit: tuple[int, int] | None,
    actors: Sequence[ActorSpan],
    casualties: Sequence[CasualtySpan],
) -> ActorSpan | None:
    """The first side the words around it name as acting («قصفت قوات النظام», «برصاص X»).

    A side with no cue is not one: «قتل عنصران من الهيئة» names only the victims'.
    """
    victims = {item.casualty.actor.id for item in casualties if item.casualty.actor}
    agents = _sort_sides(index, hit, actors, victims).agents
    return agents[0] if agents else None


class _Sides(NamedTuple):
    """The sides of an event by the role the words around each give it."""

    agents: list[ActorSpan]
    patients: list[ActorSpan]
    free: list[ActorSpan]  # no cue: in a clash with no initiator, the first named acts
    struck: list[ActorSpan]  # patients that suffered the attack: «تعرضت قوة من الجيش لهجوم»


def _sort_sides(
    index: TextIndex,
    hit: tuple[int, int] | None,
    actors: Sequence[ActorSpan],
    victims: AbstractSet[str],
) -> _Sides:
    """The ``actors`` that are sides, sorted by their roles, in the order named."""
    sides, governments = _sides(actors)
    agents: list[ActorSpan] = []
    patients: list[ActorSpan] = []
    free: list[ActorSpan] = []
    struck: list[ActorSpan] = []
    announcers: list[ActorSpan] = []
    role: str | None = None
    ends = sorted(other.end for other in actors)  # each actor's floor by bisection: linear
    for position, span in enumerate(sides):
        following = sides[position + 1 : position + 2]  # the next side, all that is read of it
        if position and role and coordinated(index, sides[position - 1], span):
            if role == "between":  # «بين X و Y», but «بين X و X' من جهة، و Y من جهة أخرى»
                role = "between" if one_side_first(index, span, following) else "patient"
        elif position and after_one_side(index, sides[position - 1], span):
            role = "patient"  # «… من جهة، وهيئة تحرير الشام من جهة أخرى»
        else:
            at = bisect.bisect_right(ends, span.start)
            role = _role(index, span, hit, following, ends[at - 1] if at else 0, victims=victims)
        if _no_side(index, span, role, in_government=span in governments, victims=victims):
            continue
        if role in {"agent", "between"}:
            agents.append(_by_forces(span))
        elif role == "announcer":
            announcers.append(span)
        elif role in {"patient", "suffers"} or span.actor.id in victims:
            patients.append(span)
            if role == "suffers":
                struck.append(span)
        else:
            free.append(span)
    return _Sides(agents or announcers, patients, free, struck)


def _sides(actors: Sequence[ActorSpan]) -> tuple[list[ActorSpan], set[ActorSpan]]:
    """The actors that may be sides, and among them the governments (sides if they act)."""
    forces = event_lexicon().government_forces
    governments = {span for span in actors if span.actor.id in forces}
    kept = [
        span for span in actors if span in governments or span.actor.type is not ActorType.OTHER
    ]
    return kept, governments


def _no_side(
    index: TextIndex,
    span: ActorSpan,
    role: str | None,
    *,
    in_government: bool,
    victims: AbstractSet[str],
) -> bool:
    """Whether an actor of the clauses is no side of the event, by the ``role`` read for it."""
    if role == "associate" or (in_government and role != "agent"):
        return True  # a government acts by its forces, it is no target nor a side in a clash
    # «حي يقطنه مواطنون من مكون التبو»: the people of a place, no side
    return role is None and span.actor.id not in victims and people_of_a_place(index, span)


def _by_forces(span: ActorSpan) -> ActorSpan:
    """A government that acts stands for its forces: «قصف النظام السوري …»."""
    forces = event_lexicon().government_forces.get(span.actor.id)
    if forces is None:
        return span
    return span._replace(actor=default_registry().actors[forces])


def _role(
    index: TextIndex,
    span: ActorSpan,
    hit: tuple[int, int] | None,
    later: Sequence[ActorSpan],
    floor: int = 0,
    *,
    victims: AbstractSet[str] = frozenset(),
) -> str | None:
    """«agent», «patient», «associate», «side» (no cue) or None, from the words before ``span``.

    «announcer»: a side announcing another's dead, which acts only if no other side does
    («أعلنت الشرطة مقتل 5 من الحشد في كمين لداعش»: the police tell).

    ``floor`` is where the actor named before it ends: a source word before that one
    («بحسب الداخلية التونسية كتيبة …») is that actor's.  ``victims`` are the ids of the
    sides whose men the incident's counts name.
    """
    lexicon = event_lexicon()
    wider = index.texts_before(span.start, _ALLY_WORDS)  # nearest first
    after = index.after(span.end, 1)  # the word right after the side, read once
    if wider and without_clitic(wider[0]) in lexicon.kin:
        return "associate"  # «نقل أسر تنظيم داعش»: the side's kin, not the side
    if finds_the_dead(index, span, wider):
        return "associate"  # «عثرت قوة من الجيش على جثة …»: it found them
    if repels(wider) or suffers(after):
        return "suffers"  # «تصدى الجيش لهجوم من …»; «حزب الله ينعى مقاتلين …»: it lost them
    if attacked_after_unnamed_doer(index.texts_before(span.start, _OBJECT_WORDS)):
        return "patient"  # «هاجم انتحاري يرتدي حزاما ناسفا قوة من الجيش»
    if any(word in lexicon.aims for word in wider[:_AIM_WORDS]):
        return None  # «بهدف القضاء على مسلحي حزب العمال»: an aim, not the side hit
    if any(without_clitic(word) in lexicon.charges for word in wider):
        return "associate"  # «منزل يتهم صاحبه بقتل مستوطن»: a charge, not a side
    men = _role_of_its_men(index, span, hit, wider) or _role_of_loyal_men(index, span, hit, wider)
    if men is not None:
        return men
    if claims(index, span):
        return "agent"  # «وأعلن تنظيم داعش مسؤوليته عن التفجير»: it claims the attack
    if announces_a_killing(index, span, wider):  # «أعلن جيش النصر مقتل ضابط روسي …»
        announced = announced_victims(index, span)
        if announced is not None:  # «أعلن الجيش مقتل 3 من جنوده», «… مقتل شخصين في قصف»
            return "patient" if announced == "own" else "associate"
        return "announcer" if victims and span.actor.id not in victims else None  # not its own
    if tells(index, span, wider) or tells_of_another(index, span, wider, later):
        return "associate"  # «ذكرت الشرطة العراقية أن …»: it tells, it does not act
    if hedged_owner(index, span, hit):
        return "agent"  # «طائرات حربية يرجح أنها للنظام»: whose the aircraft probably are
    owner = _owner(span, hit, wider)
    if owner is not None:
        return owner
    if target_owner(index, span, wider) or operates(wider) or named_target(index, span, hit):
        # «حاجز تفتيش لقوات دفاع شبوة», «قاعدة تشغلها قوات أميركية», «آلية إسرائيلية»
        return "patient"
    if not wider[:_CUE_WORDS] and hit is None:
        return None
    if speaks_for_its_forces(index, span):
        return "agent"  # «قال متحدث باسم قوات الوفاق إن "قواتنا نفذت …"»
    if _ally_or_source(index, span, floor):
        return "associate"  # «التابع لحركة حماس», «بيان صادر عن …»: not a side
    return _cued(index, span, hit, (wider, after), later=bool(later))


def _cued(
    index: TextIndex,
    span: ActorSpan,
    hit: tuple[int, int] | None,
    around: tuple[Sequence[str], Sequence[Word]],
    *,
    later: bool,
) -> str | None:
    """The role the words right around a side give it: a cue, «بين», or the event's verb."""
    wider, after = around
    before = wider[:_CUE_WORDS]
    lexicon = event_lexicon()
    hedged = past_hedge(wider)  # «زرعها في الغالب مسلحو داعش»: the cue before the hedge
    found = _cue(before) or (_cue(hedged[:_CUE_WORDS]) if hedged is not wider else None)
    if found is not None:
        return found
    if before and listed(before[0], lexicon.between):
        return "between" if later else None
    if hit is not None and before and 0 <= span.start - hit[1] <= 2:
        return "agent"  # right after the event's word: «قصفت قوات النظام», «هجوم التنظيم»
    if before and after_an_act(index, span, hit):
        return "agent"  # the act told again in another sentence: «… استهداف النظام مشفى»
    if after_opening_verb(index, span):
        return "agent"  # a sentence that opens with the event's verb: «واستهدفت قوات النظام …»
    if after and verb_of(after[0].text, lexicon.subject_of):
        return "agent"
    return None


def _ally_or_source(index: TextIndex, span: ActorSpan, floor: int) -> bool:
    """Whether a word of an ally or of a source stands before the side, past ``floor``.

    An ally word before the actor named before is that one's: «4 عناصر موالين لقوات النظام
    بهجوم لتنظيم داعش».
    """
    lexicon = event_lexicon()
    words = [word for word in index.before(span.start, _ALLY_WORDS) if word.start >= floor]
    own = [word.text for word in words]
    if any((word,) in lexicon.associates for word in {*own, *map(without_clitic, own)}):
        return True
    source = next(
        (
            word
            for word in words[:_SOURCE_WORDS]
            if (word.text,) in lexicon.sources or (without_clitic(word.text),) in lexicon.sources
        ),
        None,
    )  # «في بيان استهداف النظام مشفى»: the act's word between, the side is the act's
    return source is not None and not read_hits(index, source.end, span.start)


def _role_of_its_men(
    index: TextIndex, span: ActorSpan, hit: tuple[int, int] | None, wider: Sequence[str]
) -> str | None:
    """The role of a side named after a noun of its men: «نفذته خلايا داعش», «هاجم عناصر داعش»."""
    members = event_lexicon().members
    if len(wider) > 2 and wider[0] == "من" and without_clitic(wider[1]) in members:
        # «عبوة زرعها عناصر من داعش»: men «من» the side, after the cue of those who act
        return "agent" if _cue(past_hedge(wider[2:])[:_CUE_WORDS]) == "agent" else None
    if len(wider) < 2 or without_clitic(wider[0]) not in members:
        return None
    cued = _cue(past_hedge(wider[1:])[:_CUE_WORDS])
    if cued == "agent" or (cued == "patient" and without_clitic(wider[1]) not in members):
        return cued  # «نفذته خلايا داعش», «في مقر لميليشيا عصائب …»: the cue before its men
    if cued is None and _men_act(index, index.before(span.start, 1)[0], span, hit):
        return "agent"  # «هاجم عناصر داعش …», «عناصر داعش هاجموا …»
    return None


def _role_of_loyal_men(
    index: TextIndex, span: ActorSpan, hit: tuple[int, int] | None, wider: Sequence[str]
) -> str | None:
    """The role of the men loyal to a side: «شن مسلحون موالون لتنظيم الدولة قصفا على …».

    Or believed to be its men: «مسلحون يرجح انتماؤهم لتنظيم داعش نصبوا كمينا …».
    """
    size = loyalty(wider)
    if size is None:
        return None
    men = index.before(span.start, size + 1)[-1]
    if _counted(index, men, wider[size + 1 : size + 2]):
        return "patient"  # «قتل 3 عناصر موالين لقوات النظام»: the men counted are victims
    cued = _cue(wider[size + 1 : size + 1 + _CUE_WORDS])
    if cued in ("agent", "patient"):
        return cued  # «هجوم شنه مسلحون موالون لـ…», «استهدف الطيران مسلحين موالين لـ…»
    if _men_act(index, men, span, hit):
        return "agent"  # «شن مسلحون موالون لـ…», «مسلحون موالون لداعش هاجموا …»
    # «اشتباكات بين قسد ومسلحين موالين لداعش»: a side, no ally; men only believed to be
    # its are read by the other rules («عبوة زرعها عناصر يرجح أنهم من تنظيم القاعدة»)
    return "side" if size == 1 else None


def _counted(index: TextIndex, men: Word, before: Sequence[str]) -> bool:
    """Whether a figure or a number word counts ``men``: «3 عناصر», «ثلاثة عناصر»."""
    gap = index.text[max(0, men.start - _FIGURE_CHARS) : men.start]
    return any(char.isdigit() for char in gap) or (
        bool(before) and before[0] in number_lexicon().words
    )


_FIGURE_CHARS = 4  # «، 12 » before a noun of men


def _owner(span: ActorSpan, hit: tuple[int, int] | None, wider: Sequence[str]) -> str | None:
    """The role of a side named as the owner of what acts or is hit, if it is one.

    «مسيرة تتبع لقوات الدعم السريع» (the weapon's owner acts), «لدى مرور رتل تابع للتحالف»
    (the target's owner is acted upon), «نجا القيادي في ألوية العمالقة من محاولة اغتيال»
    (the side of the one targeted, named before the event's word).
    """
    if len(wider) < 2:
        return None
    lexicon = event_lexicon()
    relation, noun = without_clitic(wider[0]), without_clitic(wider[1])
    weapon = noun in lexicon.weapons or noun.removeprefix("ال") in lexicon.weapons
    owned = without_clitic(wider[2]) if len(wider) > 2 else ""
    if relation in lexicon.belongs and owned in lexicon.outlets:
        return "associate"  # «قناة المسيرة التابعة للحوثيين»: the owner of an outlet
    if relation in lexicon.belongs and wider[1].startswith("ب") and noun in lexicon.forces_hit:
        return "patient"  # «انفجرت عبوة ناسفة بقوة تابعة للبشمركة»: the force struck
    at = 1
    if not weapon and owned.removeprefix("ال") in lexicon.weapons:
        at, weapon = 2, True  # «مقاتلة حربية تابعة لقوات فجر ليبيا»: past its adjective
    if relation in lexicon.belongs and weapon and _weapon_acts(wider[at + 1 : at + 2]):
        return "agent"  # «قصف شنته دبابات تابعة للحوثيين», «قصفت دبابات تابعة للحوثيين …»
    owned_words = [(without_clitic(word),) for word in wider[1:_OWNED_WORDS]]
    if (
        relation in lexicon.belongs
        and any(word in lexicon.patient_cues for word in owned_words)
        and not any(
            word[0] in lexicon.weapons for word in owned_words if word not in lexicon.patient_cues
        )
    ):
        # «دورية تابعة للجيش», «سيارة عسكرية تابعة للواء القدس»: the target's side; not
        # «سيارة مفخخة تابعة لداعش», a weapon
        return "patient"
    if (
        wider[0] == "في"
        and noun.removeprefix("ال") in casualty_lexicon().members_in
        and hit is not None
        and hit[0] > span.start
    ):
        return "patient"
    if relation in lexicon.belongs and weapon:
        return "agent"  # «مسيرة تتبع لقوات الدعم السريع», «الطائرات التابعة لقوات النظام»
    return None


_AIM_WORDS = 4  # «بهدف القضاء على مسلحي» before the side
_OWNED_WORDS = 3  # the target noun before «تابعة», and an adjective of it («نقطة أمنية»)


def _weapon_acts(before: Sequence[str]) -> bool:
    """Whether the word before a weapon makes it the subject: a cue of the doer or a verb.

    «شنته دبابات», «قصفت دبابات» (a feminine verb before its plural subject); not the verbal
    noun of a target («استهداف دبابات تابعة للجيش»).
    """
    if not before:
        return False
    word = before[0]
    verb = word.endswith("ت") and verb_of(word, event_lexicon().subject_of)
    return verb or _cue([without_clitic(word)]) == "agent"


def _men_act(index: TextIndex, men: Word, span: ActorSpan, hit: tuple[int, int] | None) -> bool:
    """Whether a side's men («عناصر داعش», «مسلحون موالون لداعش») act.

    They come right after the event's word, or the side's name comes right before a verb, or
    before an act that «تمكن … من» opens: «وتمكن عناصر داعش من السيطرة على …».
    """
    if hit is not None and 0 <= men.start - hit[1] <= 2:
        return True
    if hit is not None and 0 <= hit[0] - span.end <= 2 and index.text.startswith("من", hit[0]):
        return True
    after = index.after(span.end, 1)
    return bool(after) and verb_of(after[0].text, event_lexicon().subject_of)


def _cue(before: Sequence[str]) -> str | None:
    """«agent», «patient» or «associate»: the longest cue ending ``before`` (nearest first)."""
    lexicon = event_lexicon()
    stems = [without_clitic(word) for word in before]
    for size in range(min(_CUE_WORDS, len(before)), 0, -1):
        cue = tuple(reversed(before[:size]))
        stem_cue = (stems[size - 1], *cue[1:])  # the clitic of the phrase's first word off
        if {cue, stem_cue} & (lexicon.associates | lexicon.sources):
            return "associate"
        if cue in lexicon.agent_cues or stem_cue in lexicon.agent_cues:
            return "agent"
        if cue in lexicon.patient_cues or stem_cue in lexicon.patient_cues:
            return "patient"
    return None


def side_that_lost(
    index: TextIndex, actors: Sequence[ActorSpan], sentence: tuple[int, int], winner: Actor
) -> ActorSpan | None:
    """The other side a sentence of a seizure names: the side that held the place.

    «اجتاح الحوثيون العاصمة، ما دفع الحكومة إلى مغادرتها»: the government.
    """
    says = event_lexicon().says
    for span in actors:
        if (
            sentence[0] <= span.start < sentence[1]
            and span.actor != winner
            and span.actor.type is not ActorType.CIVILIANS
            and _role(index, span, None, ()) != "associate"
            and not any(without_clitic(word) in says for word in index.texts_before(span.start, 2))
        ):
            return span  # a government too: «ما دفع الحكومة إلى مغادرة العاصمة»
    return None
