"""Parts: a clause cut where the type of its wording changes.

«وترافق هجوم التنظيم مع غارات للطائرات الحربية استهدفت منطقة الحجر الأسود» tells
a clash and an air strike: two parts, and the place after the strike's words
belongs to the strike.  A weak wording («استهدف») counts only in a clause with
no other.
"""

from __future__ import annotations

import itertools
from typing import NamedTuple

from conflictparse.entities.casualty_words import another_one
from conflictparse.events.event import SubEventType
from conflictparse.events.strike_kinds import bare
from conflictparse.events.types import TypeHit, read_hits
from conflictparse.model import EventType
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.tokens import TextIndex, listed, without_clitic

__all__ = ["Part", "new_telling", "parts", "told_as_new"]

# Words between a wording and the «مجزرة» it commits («الطائرات ارتكبت مجزرة»), and between
# a massacre and its means, one more («المجزرة التي نفذتها قوات النظام بقصفها …»)
_MASSACRE_GAP = 3
_ONE_OF_GAP = 8  # «على مواقع للجيش الإسرائيلي، إحداها»: from the attacks to their means
_MEANS_GAP = 3  # words from an attack to its means: «هجوم لقوات النظام بقذائف الهاون»
_SHOTS_GAP = 14  # words from a wording to the shots that were its means («… بإطلاق النار عليه»)
_CLASH_MEANS_GAP = 8  # words from a clash to the arms it was fought with, past who fought
_BODY_WORDS = 2  # words from an arrest's verb to the body it holds: «احتجزت القوات جثمانه»
_AT_MARCH_WORDS = 1  # words from shots to the march they hit: «الرصاص الحي على المتظاهرين»


class Part(NamedTuple):
    """A stretch of a clause told with one type of wording (or none)."""

    start: int
    end: int
    hit: TypeHit | None  # its wording of highest priority
    cue: tuple[int, int]  # its first wording: what comes before it qualifies it
    clause_start: int
    twin: bool = False  # a second sub-type told with the first: «القصف الجوي والمدفعي»


def parts(index: TextIndex, clause: tuple[int, int]) -> list[Part]:
    """The parts of one clause, in order; a clause with no wording is one part.

    >>> text = "اشتباكات في حي القدم وغارات على الحجر الاسود"
    >>> [(text[part.start:part.end], part.hit.wording.type.value)
    ...  for part in parts(TextIndex(text), (0, len(text)))]  # doctest: +NORMALIZE_WHITESPACE
    [('اشتباكات في حي القدم ', 'battles'),
     ('وغارات على الحجر الاسود', 'explosions_remote_violence')]
    """
    hits = [hit for hit in read_hits(index, *clause) if not _holds_a_body(index, hit)]
    strong = [hit for hit in hits if not hit.wording.weak]
    hits = _arrests_for_raids(index, strong or hits)
    if not hits:
        return [Part(clause[0], clause[1], None, (clause[1], clause[1]), clause[0])]
    groups: list[list[TypeHit]] = []
    for hit in hits:
        if groups and (
            (
                _group_type(groups[-1]) is hit.wording.type
                and not _another_kind_told_apart(index.text, groups[-1][-1], hit)
            )
            or _joined_loose(index.text, groups[-1][-1], hit)
            or _explosives_as_means(index.text, groups[-1][0], groups[-1][-1], hit)
        ):
            groups[-1].append(hit)
        else:
            groups.append([hit])
    bounds = [clause[0], *(group[0].start for group in groups[1:]), clause[1]]
    found: list[Part] = []
    for position, group in enumerate(groups):
        # a bare «هجوم» gives way to the kind told with it: «هاجم حشد غاضب …» is mob violence
        # shots told as the means of another wording give way to it: «اغتال … بإطلاق النار»
        specific = [
            hit
            for position, hit in enumerate(group)
            if not hit.wording.generic
            and not _shots_as_means(index.text, hit, group)
            and not (
                position and _explosives_as_means(index.text, group[0], group[position - 1], hit)
            )
            and not _seen_flying(index, hit)
        ] or group
        # of one rank, a wording that tells its kind: «بقصف مدفعي» is told by «مدفعي»
        best = min(specific, key=lambda hit: (hit.wording.rank, bare(index.text, hit)))
        part = Part(
            start=bounds[position],
            end=bounds[position + 1],
            hit=best,
            cue=(group[0].start, group[0].end),
            clause_start=clause[0],
        )
        found.append(part)
        found.extend(
            part._replace(hit=other, cue=(other.start, other.end), twin=True)
            for other in _twins(index.text, group, best)
        )
    return found


def _group_type(group: list[TypeHit]) -> EventType:
    """The type of a group of wordings: its first's, or its means' after a massacre.

    «مجزرة ارتكبتها الطائرات الحربية بقصف بلدة …»: the strike and its «قصف» are one group.
    """
    first, last = group[0], group[-1]
    return last.wording.type if first.wording.massacre else first.wording.type


def _another_kind_told_apart(text: str, last: TypeHit, hit: TypeHit) -> bool:
    """Whether a wording of another sub-type opens a new telling: «و» and a verb, apart.

    «قصفت الطائرات بلدة كفرنبل، وقصفت المدفعية بلدة حاس»: two parts, each with its
    place; «الغارات الجوية والقصف المدفعي على …» stays one part of two kinds.
    """
    if hit.wording.sub_type is last.wording.sub_type:
        return False
    gap = text[last.end : hit.start]
    words = gap.split()
    if words and another_one(words[-1]):
        return False  # «قصف جوي لطائرات النظام وآخر مدفعي لقواته على …»: one telling, twins
    # «و» on the wording, or on the verb and the side right before it: «وشنت الطائرات غارات»
    opened = text.startswith("و", hit.start) or any(
        word.startswith("و") for word in words[-_VERB_AND_SIDE:]
    )
    return opened and ("،" in gap or "," in gap or len(words) >= _APART_WORDS)


_APART_WORDS = 3  # words between two wordings that tell them apart: «… منطقة العمور وشنت …»
_VERB_AND_SIDE = 2  # words before a wording that may hold the «و» that opens its telling


def _shots_as_means(text: str, hit: TypeHit, group: list[TypeHit]) -> bool:
    """Whether ``hit`` is shots told with «ب» after another wording, as its means."""
    return hit is not group[0] and hit.wording.by_victims and text.startswith("ب", hit.start)


def _seen_flying(index: TextIndex, hit: TypeHit) -> bool:
    """Whether the wording is aircraft only seen flying: «بالتزامن مع تحليق طيران الاستطلاع».

    Beside a strike of another kind («استهدفت قوات النظام بقذائف كراسنبول منزلا …»), the
    flight gives the part no kind of its own.
    """
    before = index.texts_before(hit.start, 1)
    return bool(before) and listed(before[0], event_lexicon().flights)


def _arrests_for_raids(index: TextIndex, hits: list[TypeHit]) -> list[TypeHit]:
    """The hits of a clause, without its raids when it tells arrests made in them.

    «اقتحمت القوات بلدة قباطية واعتقلت شابين»: one event, the arrests; so are abductions
    («اقتحم المسلحون قريتي … واختطفوا 16 شخصا»).
    """
    if not any(hit.wording.sub_type in _TAKINGS for hit in hits):
        return hits  # the usual case
    raids = event_lexicon().raids
    return [
        hit
        for hit in hits
        if without_clitic(index.text[hit.start : hit.end]) not in raids
        and index.text[hit.start : hit.end] not in raids
    ]


_TAKINGS = frozenset({SubEventType.ARRESTS, SubEventType.ABDUCTION_FORCED_DISAPPEARANCE})


def _holds_a_body(index: TextIndex, hit: TypeHit) -> bool:
    """«احتجزت القوات جثمانه»: an arrest whose object, within two words, is a body."""
    if hit.wording.sub_type is not SubEventType.ARRESTS:
        return False
    bodies = event_lexicon().bodies
    return any(word.text in bodies for word in index.after(hit.end, _BODY_WORDS))


def _joined_loose(text: str, first: TypeHit, second: TypeHit) -> bool:
    """Whether two wordings of different types tell one incident.

    «في قصف وإطلاق نار»: a loose wording joined by «و» to another; «ارتكبت الطائرات مجزرة
    جديدة بقصف منزل»: a massacre a few words after a wording, or told with its means.
    """
    if first.wording.massacre or second.wording.massacre:
        gap = text[first.end : second.start].split()
        if second.wording.massacre:
            committed = bool(gap) and gap[-1] in event_lexicon().commits  # «… مرتكبا مجزرة»
            return len(gap) <= _MASSACRE_GAP or (
                committed and "." not in text[first.end : second.start]
            )
        by = any(word in event_lexicon().committed_by for word in gap)  # «التي نفذتها الطائرات»
        return len(gap) <= _MASSACRE_GAP + 1 and (by or text.startswith(("ب", "و"), second.start))
    if first.wording.by_victims and second.wording.type is EventType.PROTESTS:
        # «أطلقت القوات النار على متظاهرين»: the march is what the shots were aimed at
        return len(text[first.end : second.start].split()) <= _AT_MARCH_WORDS
    if first.wording.sub_type is SubEventType.DISRUPTED_WEAPONS_USE:
        # «أسقط الجيش طائرة مسيرة»: the drone downed is no strike of its own
        return len(text[first.end : second.start].split()) <= _MEANS_GAP
    if first.wording.generic and not text[first.end : second.start].strip():
        return True  # «الهجوم الصاروخي», «هجوم انتحاري»: the attack and its kind, one wording
    if first.wording.sub_type is SubEventType.SUICIDE_BOMB and second.wording.generic:
        # «نفذ انتحاري هجوما بسيارة مفخخة»: the bomber's attack, and its car its means
        return len(text[first.end : second.start].split()) <= _MEANS_GAP
    if second.wording.by_victims and text.startswith("ب", second.start):
        # «اغتال مسلحون الشاب … بإطلاق النار عليه»: shots told as the means of the first
        return len(text[first.end : second.start].split()) <= _SHOTS_GAP
    if first.wording.generic and text.startswith("ب", second.start):
        # «هجوم لفصائل المعارضة بقذائف الهاون», «هجوم بطائرة مسيرة»: the attack's means
        gap = text[first.end : second.start].split()
        # «شن عدة هجمات على مواقع إسرائيلية، إحداها بمسيرات»: the means of one of them
        return len(gap) <= _MEANS_GAP or (
            len(gap) <= _ONE_OF_GAP and gap[-1] in event_lexicon().one_of_them
        )
    loose = (first.wording.generic or first.wording.by_victims) or (
        second.wording.generic or second.wording.by_victims
    )
    return loose and _joined(text, first, second)


def _explosives_as_means(text: str, clash: TypeHit, first: TypeHit, second: TypeHit) -> bool:
    """Whether explosives or shells follow a clash as its arms, not a strike of their own.

    «اشتباكات عنيفة جراء تصدي المقاومة لقوات العدو بالرصاص المباشر والعبوات المتفجرة»;
    ``clash`` is the first wording of their group and ``first`` the one right before them.
    An assassination («محاولة اغتيال بعبوة ناسفة») is no clash: its device is the event.
    """
    if clash.wording.type is not EventType.BATTLES or clash.wording.by_victims:
        return False
    if second.wording.sub_type is SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK:
        return _shells_as_arms(text, first, second)
    if second.wording.sub_type is not SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED:
        return False
    gap = text[first.end : second.start].split()
    return len(gap) <= _CLASH_MEANS_GAP and (
        text.startswith("ب", second.start)
        or (
            text.startswith("و", second.start)
            and (text.startswith("ب", first.start) or any(word[:1] == "ب" for word in gap[-2:]))
        )  # «بالرصاص المباشر والعبوات»: joined to the arms before
    )


def _shells_as_arms(text: str, first: TypeHit, second: TypeHit) -> bool:
    """Whether shells follow a clash in its clause as the arms it was fought with.

    «مواجهات عنيفة بالأسلحة الثقيلة والمدفعية», «اشتباكات بقذائف الهاون»; not «اشتباكات بين
    الطرفين وقصف مدفعي» (two incidents) nor «…، بالتزامن مع قصف».
    """
    between = text[first.end : second.start]
    if any(mark in between for mark in ".،,؛") or len(between.split()) > _MEANS_GAP:
        return False
    arms = event_lexicon().clash_arms
    return text.startswith("ب", second.start) or (
        text.startswith("و", second.start) and any(word in arms for word in between.split())
    )


def _joined(text: str, first: TypeHit, second: TypeHit) -> bool:
    """Whether ``second`` follows ``first`` with only «و» between them, or «وآخر» after it.

    «القصف الجوي والمدفعي», «قصف جوي يرجح أنه لطائرات النظام وآخر مدفعي».
    """
    gap = text[first.end : second.start]
    if gap.strip() in {"", "و"} and text.startswith("و", second.start):
        return True
    words = gap.split()
    return (
        bool(words)
        and another_one(words[-1])
        and len(words) <= _ANOTHER_WORDS
        and not any(mark in gap for mark in ".،,؛")
    )


_ANOTHER_WORDS = 8  # words from the first strike to «وآخر»


def _twins(text: str, group: list[TypeHit], best: TypeHit) -> list[TypeHit]:
    """The other sub-types joined to the best by «و»: «القصف الجوي والمدفعي».

    The one before the best too: «تعرضت البلدة للقصف والغارات» tells shelling and air strikes.
    """
    twins: list[TypeHit] = []
    for first, second in itertools.pairwise(group):
        if not (
            _joined(text, first, second)
            and second.wording.sub_type is not first.wording.sub_type
            and not _explosives_as_means(text, group[0], first, second)
        ):
            continue
        other = first if second is best else second
        if (
            other is not best
            and not (other.wording.generic or other.wording.by_victims or other.wording.weak)
            and other.wording.sub_type is not best.wording.sub_type
            and other not in twins
        ):
            twins.append(other)
    return twins


def told_as_new(index: TextIndex, part: Part) -> bool:
    """Whether the part's wording tells another incident («عملية مماثلة», «ضربة جديدة»)."""
    return part.hit is not None and new_telling(index, part.cue)


def new_telling(index: TextIndex, cue: tuple[int, int]) -> bool:
    """Whether the wording at ``cue`` is told as another incident: «قصف مماثل», «ضربة جديدة».

    The two words after it and the three before it are read.
    """
    near = [word.text for word in index.after(cue[1], 2)]
    near += index.texts_before(cue[0], 3)  # «عملية مماثلة فجر الاثنين استهدفت …»
    return any(without_clitic(word) in event_lexicon().another for word in near)
