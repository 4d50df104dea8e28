"""Sides the wording implies when the roles name none.

«غارة إسرائيلية» names the side that acts, «على دورية للجيش» the forces targeted, «النار
على صيدلي» the civilians acted upon.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import itertools
from collections.abc import Sequence

from conflictparse.entities.actor_names import Reading, adjective_forms
from conflictparse.entities.actors import ActorSpan, default_registry
from conflictparse.entities.casualties import CasualtySpan
from conflictparse.events.hedges import without_hedge
from conflictparse.events.victims import civilian_person
from conflictparse.model import Actor, CasualtyKind, Place
from conflictparse.text.lexicon.areas import area_lexicon
from conflictparse.text.lexicon.casualties import casualty_lexicon
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.lexicon.numbers import number_lexicon
from conflictparse.text.normalize import fold
from conflictparse.text.phrases import find_phrase
from conflictparse.text.tokens import TextIndex, Word, listed, without_clitic

__all__ = [
    "attack_adjective",
    "attack_country",
    "camp_of_displaced",
    "civilian_hurt",
    "civilian_target",
    "civilians_actor",
    "country_first",
    "country_named",
    "forces_of_victims",
    "hurt_positions",
    "state_forces",
]

_FORCE_NOUN_WORDS = 2  # words after a count that may still belong to its noun («عنصرا من الأمن»)


def attack_adjective(
    index: TextIndex,
    hit: tuple[int, int],
    on: datetime.date | None = None,
    country: str | None = None,
) -> tuple[Actor, int, int] | None:
    """The side a nationality after an attack's word names: «غارة إسرائيلية», «قصف روسي».

    The adjectives are the registry's, for its force nouns; the words of an attack's
    kind may stand between («غارة جوية إسرائيلية»). Of the forces an adjective names
    in turn («غارات سورية»: the government's before December 2024, the transitional
    forces after), the one of the date ``on``; with no date, the first.  «قصف حكومي»
    names the government forces of ``country``, the report's.
    """
    adjectives = _attack_adjectives()
    after = without_hedge(index.after(hit[1], 2 * _ADJECTIVE_WORDS), _ADJECTIVE_WORDS)
    for word in after[:_ADJECTIVE_WORDS]:  # «قصف جوي يرجح أنه روسي»: the hedge passed over
        readings = adjectives.get(without_clitic(word.text))
        if readings:
            actor = _of_reading(readings, country, on)
            return (actor, word.start, word.end) if actor is not None else None
        if not listed(word.text, event_lexicon().attack_kinds):
            return None
    return None


def attack_country(index: TextIndex, hit: tuple[int, int]) -> tuple[Actor, int, int] | None:
    """The forces of a country named as the side of an attack's wording, right before or after.

    «شنت إسرائيل غارة», «تنفيذ الولايات المتحدة وبريطانيا غارتين» (the first of the
    countries before it), «قصفت تركيا قرى»; not «هجوم على إسرائيل».
    """
    found = country_first(index.after(hit[1], COUNTRY_WORDS))
    if found is not None:
        return found
    before = index.before(hit[0], _COUNTRY_CHAIN)[::-1]  # in reading order
    first = None
    end = len(before)
    while end > 0:  # back over «X وY» right before the wording
        named = country_named(before[max(0, end - 2) : end]) if end > 1 else None
        size = 2
        if named is None:
            named, size = country_named(before[end - 1 : end]), 1
        if named is None:
            break
        first, end = named, end - size
    return first


def country_first(words: Sequence[Word]) -> tuple[Actor, int, int] | None:
    """The forces of the country named by the first two of ``words``, or by the first."""
    return country_named(words[:COUNTRY_WORDS]) or country_named(words[:1])


def country_named(words: Sequence[Word]) -> tuple[Actor, int, int] | None:
    """The forces of the country that ``words`` name, all of them, if any: «وبريطانيا»."""
    if not words:
        return None
    forces = event_lexicon().country_forces
    rest = tuple(word.text for word in words[1:])
    actor = forces.get((words[0].text, *rest)) or forces.get((without_clitic(words[0].text), *rest))
    actors = default_registry().actors
    if actor is None or actor not in actors:
        return None
    return actors[actor], words[0].start, words[-1].end


COUNTRY_WORDS = 2  # «الولايات المتحدة»
_ADJECTIVE_WORDS = 3  # «غارة جوية إسرائيلية»: the adjective and the words of a kind before it
_COUNTRY_CHAIN = 5  # words before a wording read for the countries that act


def _of_reading(
    readings: Sequence[Reading], country: str | None, on: datetime.date | None
) -> Actor | None:
    """The actor an adjective names: of any country, or of ``country``; valid ``on``."""
    for ids, only in readings:
        if only is None or only == country:
            return _of_date(ids, on)
    return None


def _of_date(ids: Sequence[str], on: datetime.date | None) -> Actor:
    """The actor of ``ids`` valid ``on`` (the first with no date or none valid)."""
    registry = default_registry()
    valid = [actor for actor in ids if on is None or registry.valid(actor, on)]
    return registry.actors[(valid or ids)[0]]


def civilian_target(
    index: TextIndex,
    cue: tuple[int, int],
    sides: Sequence[ActorSpan] = (),
    side_starts: Sequence[int] = (),
) -> tuple[int, int] | None:
    """The civilian a shot, a raid or an attack is aimed at, right after it: «النار على صيدلي».

    Read for a wording that is an attack when its victims are civilians, where no count
    names them: «أطلق مسلحون النار على معلمة، ما أدى لإصابتها». The side that acts may
    stand between, by a word of gunmen or by its name among ``sides`` (in order, with their
    ``side_starts``): «هاجم داعش رعاة أغنام».
    """
    words = index.after(cue[1], 3 + _SIDE_WORDS + _HEDGE_WORDS)
    if words and words[0].text == _ON:
        words = words[1:]
    lexicon = event_lexicon()
    passed = hedged = 0
    while len(words) > 1 and passed < _SIDE_WORDS + hedged:
        if words[0].text in lexicon.gunmen or _in_a_side(words[0].start, sides, side_starts):
            words, passed = words[1:], passed + 1  # «اختطف مسلحون طبيبا»: the side, the one taken
        elif passed and hedged < _HEDGE_WORDS and words[0].text in _hedge_words():
            words, hedged = words[1:], hedged + 1  # «مسلحون يرجح أنهم من خلايا داعش»
        else:
            break
    # a day, or «عددا من», before the ones taken: «اختطف المسلحون الخميس عددا من المعلمين»
    fillers = lexicon.hurt_means | casualty_lexicon().killing_times
    skipped = 0
    while (
        skipped < _FILLER_WORDS
        and len(words) > 1
        and (listed(words[0].text, fillers) or _count_word(words[0].text))
    ):
        words, skipped = words[1:], skipped + 1  # «… بالرصاص المباشر ثلاثة شبان»
    if not words:
        return None
    if _civilian_noun(words[0].text) or civilian_person([word.text for word in words[:2]]):
        return words[0].start, words[0].end  # «صيدلي», «الشاب», «طبيبا», «رجل وابنه»
    return None


@functools.cache
def _hedge_words() -> frozenset[str]:
    """The words of a hedge on the gunmen's side, and of its men: «يرجح أنهم من خلايا»."""
    lexicon = event_lexicon()
    return frozenset(word for phrase in lexicon.hedged_owners for word in phrase) | lexicon.members


_HEDGE_WORDS = 5  # «يرجح أنهم من خلايا» between the gunmen and their side


def _count_word(word: str) -> bool:
    """A count before the ones hit: «3», «ثلاثة»."""
    return word.isdigit() or word in number_lexicon().words


_ON = "علي"  # «على», folded
_FILLER_WORDS = 5  # «مساء أمس الخميس عددا من»: a day and a vague count before the ones taken


def hurt_positions(index: TextIndex) -> list[int]:
    """The positions of the words of hurting in a text, in order (read once per text)."""
    hurts = event_lexicon().hurts
    return sorted(
        position
        for word, places in index.occurrences.items()
        if without_clitic(word) in hurts
        for position in places
    )


def civilian_hurt(
    index: TextIndex, near: Sequence[tuple[int, int]], hurts: Sequence[int]
) -> tuple[int, int] | None:
    """A civilian the stretches ``near`` an incident's wording say was hurt, with no count.

    ``hurts`` are the positions of the words of hurting (:func:`hurt_positions`): only
    those in each stretch are read.

    «أصيب مدني برصاص قناصة», «أدى القصف إلى إصابة مواطن بجروح», «إن قناصا استهدف
    برصاصة الطفل»: a word of hurting, at most one word of its means, then the civilian.
    """
    lexicon = event_lexicon()
    words = index.words
    for start, end in near:
        first = bisect.bisect_left(index.starts, start)
        last = bisect.bisect_right(index.ends, end)
        for at in range(bisect.bisect_left(hurts, first), bisect.bisect_left(hurts, last - 1)):
            position = hurts[at]
            victim = position + 1
            while (
                words[victim] in lexicon.hurt_means
                and victim + 1 < last
                and victim - position <= _MEANS_WORDS
            ):
                victim += 1  # «استهدف برصاصة الطفل», «إصابات في صفوف المدنيين»
            if _civilian_noun(words[victim]) and not _negated(index, position):
                return index.starts[victim], index.ends[victim]
            before = position - 1  # «عدد من المدنيين جرحوا»: the civilians before the harm
            told_after = without_clitic(words[position]) in lexicon.hurts_after
            if before >= first and told_after and _civilian_noun(words[before]):
                return index.starts[before], index.ends[before]
            suffered = _suffered_by(index, first, position)
            if suffered is not None:
                return suffered
    return None


def _suffered_by(index: TextIndex, first: int, position: int) -> tuple[int, int] | None:
    """The civilian «تعرض» names a few words before a harm: «تعرضت السيدة … لإصابة»."""
    words, suffered = index.words, event_lexicon().suffered
    for at in range(position - 1, max(first, position - _SUFFERED_WORDS) - 1, -1):
        if without_clitic(words[at]) in suffered:
            victim = at + 1
            return (
                (index.starts[victim], index.ends[victim])
                if _civilian_noun(words[victim])
                else None
            )
    return None


_SUFFERED_WORDS = 8  # «تعرضت السيدة» and a name and an age before «لإصابة»


_MEANS_WORDS = 3  # words of means between a harm and its civilian («بشرية في صفوف»)
_NEGATOR_WORDS = 4  # words before a harm that may deny it («لم ترد أنباء عن إصابات»)


def _negated(index: TextIndex, position: int) -> bool:
    """Whether a word of harm at ``position`` is denied: «دون وقوع إصابات»."""
    negators = event_lexicon().hurt_negators
    return any(
        word in negators for word in index.words[max(0, position - _NEGATOR_WORDS) : position]
    )


def _civilian_noun(word: str) -> bool:
    """Whether a word is a civilian noun: «مدني», «الطفل», «طبيبا»."""
    civilians = event_lexicon().civilians
    noun = word.removeprefix("ال")
    return noun in civilians or (noun.endswith("ا") and noun[:-1] in civilians)


def _in_a_side(pos: int, sides: Sequence[ActorSpan], starts: Sequence[int]) -> bool:
    """Whether ``pos`` is inside one of the sides' names (``starts``: their starts, sorted)."""
    at = bisect.bisect_right(starts, pos) - 1
    return any(sides[near].end > pos for near in range(max(0, at - 1), at + 1))


_SIDE_WORDS = 3  # words of the acting side passed before the one it aims at


def homes_targeted(index: TextIndex, cue: tuple[int, int]) -> tuple[int, int] | None:
    """Homes or quarters a strike is aimed at, a few words after its wording.

    «قصفت ميليشيا الحوثي الأحياء السكنية في المديرية»: their people are acted upon; not
    a target near them («مواقع المسلحين قرب منازل المدنيين»).
    """
    lexicon = event_lexicon()
    homes = lexicon.homes
    words = index.after(cue[1], _HOMES_WORDS)
    bare = [without_clitic(word.text) for word in words]
    for at, word in enumerate(words):
        for size in (2, 1):
            if at + size <= len(bare) and tuple(bare[at : at + size]) in homes:
                counted = at > 1 and bare[at - 2] in lexicon.homes_counted
                if at and bare[at - 1] in lexicon.homes_near and not counted:
                    return None
                if any(word.text in lexicon.hurt_negators for word in words[:at]):
                    return None  # «قصفت المدفعية البلدة، دون وقوع إصابات في صفوف المدنيين»
                after = [later.text for later in index.after(word.end, _NO_HARM_WORDS)]
                if find_phrase(after, lexicon.no_harm) is not None:
                    return None  # «… على منزل في بلدة عيترون دون وقوع إصابات»: no one hurt
                return word.start, words[at + size - 1].end
    return None


_HOMES_WORDS = 10  # the wording, its side, then the target and its adjective
_NO_HARM_WORDS = 12  # words after the homes where the clause may say no one was hurt


def camp_of_displaced(index: TextIndex, place: tuple[int, int]) -> tuple[int, int] | None:
    """A place named as a camp of the displaced: «مخيم أبو شوك للنازحين» (its people are hit)."""
    words = index.after(place[1], _CAMP_WORDS)
    displaced = event_lexicon().displaced
    for word in words:
        if word.text in displaced:
            return place[0], word.end
    return None


_CAMP_WORDS = 2  # «مخيم أبو شوك للنازحين», «مخيم زمزم الذي يؤوي النازحين» is not read


def state_forces(noun: str, country: str | None, on: datetime.date | None) -> Actor | None:
    """The forces of the state of ``country`` a bare noun names: «الشرطة» its police.

    «دورية للشرطة» in a report about Iraq: Iraq's police; «عناصر من الأمن»: the forces
    the registry's generic «القوات الحكومية» names there.
    """
    lexicon = event_lexicon()
    registry = default_registry()
    body = lexicon.state_bodies.get(fold(noun))
    found = registry.composed(body, country, on) if body is not None else None
    return found or registry.resolve(lexicon.state_forces_name, country, on)


def _forces_targeted(
    index: TextIndex,
    clauses: Sequence[tuple[int, int]],
    country: str | None,
    on: datetime.date | None,
) -> ActorSpan | None:
    """The state forces a target or the victims' nationality names with no name of theirs.

    «انفجرت عبوة على دورية للجيش»: the army of ``country``; «قتل جنديان عراقيان»: the
    forces the nationality names, those of the date ``on``.
    """
    lexicon = event_lexicon()
    adjectives = _attack_adjectives()
    for start, end in sorted(clauses):
        first = bisect.bisect_left(index.starts, start)
        words = index.words[first : bisect.bisect_left(index.starts, end)]
        for offset, (previous, word) in enumerate(itertools.pairwise(words)):
            stem = without_clitic(previous)
            if stem in lexicon.targets and word.startswith("لل"):
                noun = "ال" + word[2:]
                actor = state_forces(noun, country, on) if noun in lexicon.state_forces else None
            elif (stem in lexicon.soldiers or stem in lexicon.targets) and (
                found := adjectives.get(_singular_adjective(word))
            ):  # «قتل جنديان عراقيان», «استهدف الحزب ثلاثة مواقع إسرائيلية»
                actor = _of_reading(found, country, on)
            else:
                continue
            if actor is not None:
                at = first + offset
                return ActorSpan(index.starts[at], index.ends[at + 1], actor)
    return None


def forces_of_victims(
    index: TextIndex,
    casualties: Sequence[CasualtySpan],
    near: Sequence[tuple[int, int]],
    where: tuple[Place | None, str | None, datetime.date | None],
) -> ActorSpan | None:
    """The state forces the victims or the target name with no name of theirs, if any.

    ``where`` is the incident's place, the report's country and its date.  «قتل 11 عنصرا
    من الأمن», «عبوة على دورية للجيش»: the forces of the place's country (the report's,
    when the place is unknown); and where the place is known, «قتل 4 جنود بقذائف هاون»:
    the rank alone names the forces of the place's state.
    """
    place, country, on = where
    where_country = place.country if place is not None else country
    forces = _forces_acted_upon(index, casualties, where_country, on)
    forces = forces or _forces_targeted(index, near, where_country, on)
    if forces is None and place is not None:
        forces = _members_acted_upon(index, casualties, place.country, on)
    return forces


def _forces_acted_upon(
    index: TextIndex,
    casualties: Sequence[CasualtySpan],
    country: str | None,
    on: datetime.date | None,
) -> ActorSpan | None:
    """The state forces a count of their dead names by a bare noun, in ``country``.

    «قتل 11 عنصرا من الأمن في درعا» in a report about Syria: the Syrian government's
    forces; in a country whose registry has no generic name for them, none.
    """
    lexicon = event_lexicon()
    for item in casualties:
        if item.casualty.actor is not None or item.casualty.kind is CasualtyKind.WOUNDED:
            continue
        inside = [word for word in index.after(item.start, 8) if word.start < item.end]
        words = [*inside, *index.after(item.end, _FORCE_NOUN_WORDS)]
        for previous, word in itertools.pairwise(words):
            if (
                without_clitic(word.text) in lexicon.state_forces
                and without_clitic(previous.text) in lexicon.force_members
            ):
                actor = state_forces(without_clitic(word.text), country, on)
                return ActorSpan(word.start, word.end, actor) if actor else None
    return None


def _members_acted_upon(
    index: TextIndex,
    casualties: Sequence[CasualtySpan],
    country: str | None,
    on: datetime.date | None,
) -> ActorSpan | None:
    """The state forces whose men the victims are, named by their rank alone.

    «قتل 4 جنود بقذائف هاون في الخالص», «قتلوا شرطيا»: the army or the police of
    ``country``; not «4 جنود أتراك», whose nationality names other forces, nor in a
    country whose armies are split (``one_army`` in ``events.toml``).
    """
    lexicon = event_lexicon()
    if country not in lexicon.one_army:
        return None
    people = casualty_lexicon().victims
    for item in casualties:
        who = item.casualty.who
        body = lexicon.ranks.get(fold(who)) if who and item.casualty.actor is None else None
        if body is None:
            continue
        after = index.after(item.end, 1)
        if after and (
            without_clitic(after[0].text) in people
            or _singular_adjective(after[0].text) in _attack_adjectives()
        ):
            continue  # «جنود أتراك», «جنديان عراقيان»
        actor = state_forces(body, country, on)
        if actor is not None:
            return ActorSpan(item.start, item.end, actor)
    return None


def _singular_adjective(word: str) -> str:
    """«عراقيان», «عراقيين», «عراقيون», «عراقيا» → «عراقي»: the adjective's base form."""
    for suffix in ("يين", "يون", "يان", "يا"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + "ي"
    return word


@functools.cache
def _attack_adjectives() -> dict[str, tuple[Reading, ...]]:
    """Each nationality adjective form of the registry's armed force nouns, with its actors.

    Only the tables of the nouns of arms («الطيران», «القوات»): «سلاح الجو الليبي» names no
    police, though the table of «الشرطة» reads «ليبي» as Libya's police.
    """
    composer = default_registry().composer
    armed = set(composer.nouns.get(_ARMED_NOUN) or ())
    countries = {key[0] for key in area_lexicon().countries if len(key) == 1}
    found: dict[str, tuple[Reading, ...]] = {}
    for number, table in enumerate(composer.tables):
        if number in armed:
            for form, ids in table.adjectives.items():
                found.setdefault(form, ids)
                if not form.startswith("ال") and form[-1] not in "هن":
                    # the accusative «قصفا مدفعيا إسرائيليا»; not «تركيا», «سوريا»: countries
                    accusative = form + "ا"
                    if accusative not in countries:
                        found.setdefault(accusative, ids)
    for stem, sides in event_lexicon().hostile.items():  # «غارة معادية» in Lebanon
        for form in adjective_forms(stem):
            found.setdefault(form, tuple(((actor,), country) for country, actor in sides.items()))
    return found


_ARMED_NOUN = ("طيران",)  # a noun of the tables of armed forces (folded words)


@functools.cache
def civilians_actor() -> Actor:
    """The registry's ``civilians`` actor: the side acted upon when the victims are civilians."""
    return default_registry().actors["civilians"]
