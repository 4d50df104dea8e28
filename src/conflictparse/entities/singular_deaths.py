"""Deaths told by a singular noun, for the events layer: «مقتل طفل», «قتل رجل أمن».

The corpus rule keeps them out of the casualty counts (:func:`find_casualties` reads only
numbers and duals), but an event coder counts each as one death.  A killing word of the
casualty lexicon followed by a singular victim noun («استشهاد شاب برصاص …», «مقتل
الانتحاري») or by «أحد» and a group («مقتل أحد عناصر قوات النظام») is one death.
Wounding words are not read: «إصابة طفل» is no death.

Examples:
    >>> import conflictparse as cp
    >>> prepared = cp.prepare("قتل رجل أمن برصاص مجهولين في درعا")
    >>> [(s.casualty.who, s.casualty.count.value) for s in scan_singular_deaths(prepared, [])]
    [('رجل أمن', 1)]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from conflictparse.dates.finder import date_spans
from conflictparse.entities.actors import ActorSpan
from conflictparse.entities.casualties import CasualtySpan
from conflictparse.entities.casualty_rules import qualifier_after
from conflictparse.entities.casualty_words import (
    ONE,
    TWO,
    acts_on_one,
    another_one,
    group_of_people,
    kills_alone,
    object_victim,
    phrase,
    singular_victim,
)
from conflictparse.entities.joined_deaths import kin_count
from conflictparse.entities.named_deaths import named_list
from conflictparse.entities.pronoun_deaths import SELF, pronoun_deaths, self_detonations
from conflictparse.model import Casualty, CasualtyKind
from conflictparse.text.lexicon.casualties import casualty_lexicon
from conflictparse.text.phrases import find_phrase
from conflictparse.text.prepared import PreparedText
from conflictparse.text.tokens import CLITICS, TextIndex, Word, listed, without_clitic

__all__ = ["scan_singular_deaths"]

_DUAL = 2  # a victim and its kinsman before a dual verb
_SPACES = frozenset(" \t")
_PAST_A_TIME = 12  # words after a killing verb: the attackers, a day and its date, the victim
_VICTIM_REACH = 4  # the attackers and the victim, once the day is passed
# a name of one to five words in brackets or quotes right after a killing noun (folded)
_BRACKETED_NAME = re.compile(
    r"[ \t]*[(\"“«][ \t]*(?P<name>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,4})[ \t]*[)\"”»]"
)
_AFTER_ALL = 1 << 62  # an end after every span: bisection by start
_GROUP_WORDS = 4  # «من» and the group between a victim and the verb: «من قوات الجيش»
_LIST_ITEM_REACH = 12  # words back from an item of one to the killing of its list


def _item_of_one(word: str) -> bool:
    """«وامرأة», «وآخر»: one more victim in a list; not «والطفل», a victim told before."""
    return (
        word[:1] == "و"
        and not word.startswith("وال")
        and (singular_victim(word[1:]) or another_one(word))
    )


def scan_singular_deaths(
    prepared: PreparedText, actors: list[ActorSpan], counted: Sequence[CasualtySpan] = ()
) -> list[CasualtySpan]:
    """Each death of one told by a singular noun, in order, in folded offsets.

    Each is a killed :class:`~conflictparse.model.Casualty` of one (``ONE``, or at least
    one when «على الأقل» follows: «وقتل مدني على الأقل») whose span
    runs from the killing word to the victim («مقتل طفل», «قتل رجل أمن», «مقتل أحد
    عناصر»), with ``who`` as written and ``actor`` when the victims' side is named. A death
    told by a pronoun («ما أدى إلى مقتله», «مقتلهما») is one (two) unless a killing of its
    sentence, a death read here or a count of ``counted``, comes before it: it is that one.
    """
    index = prepared.index
    reader = _Deaths(prepared, actors)
    lexicon = casualty_lexicon()
    positions: list[int] = []
    pronouns: list[CasualtySpan] = []
    referring: list[CasualtySpan] = []  # «ما أدى إلى مقتله»: maybe a death told before
    told = lexicon.pronoun_deaths | lexicon.pronoun_deaths_two
    after_victims: list[int] = []  # «ومواطن استشهد»: a verb of dying after its victim
    after_two: list[int] = []  # «مواطنة وابنتها لقيتا حتفهما»: a dual one after two
    listed_ones: list[int] = []  # «قتل شخصان في بلدة … وشخص في بلدة …»: an item of one
    for word, places in index.occurrences.items():  # one pass over the words of the text
        stem = without_clitic(word)
        if (
            kills_alone(word)
            or listed(word, lexicon.falls)
            or stem in lexicon.kills_before_victim
            or stem in lexicon.bodies_of_one
            or _lost(word)
        ):
            positions.extend(places)
        if word in lexicon.died_after_victim:
            after_victims.extend(places)
        if word in lexicon.died_after_two:
            after_two.extend(places)
        if _item_of_one(word):
            listed_ones.extend(places)  # «وامرأة في …», «وآخر في …»
        if word in told or (word[:1] in CLITICS and word[1:] in told):
            referring.extend(pronoun_deaths(index, word, places))
        if word in SELF:
            pronouns.extend(self_detonations(index, places))
    found = [item for position in sorted(positions) if (item := reader.at(position)) is not None]
    found += [item for position in after_victims if (item := reader.before(position)) is not None]
    found += [item for position in after_two if (item := reader.two_before(position)) is not None]
    found += [item for position in listed_ones if (item := reader.listed_one(position)) is not None]
    killed = sorted(
        item.start
        for item in [*found, *counted]
        if item.casualty.kind is CasualtyKind.KILLED and not item.casualty.breakdown
    )
    pronouns += [item for item in referring if not _killed_before(index, item.start, killed)]
    found = sorted([*found, *pronouns], key=lambda item: item.start)
    spans = sorted((item.start, item.end) for item in counted)
    return [
        item
        for number, item in enumerate(found)
        if (not number or found[number - 1].end <= item.start) and not _overlaps(item, spans)
    ]


def _lost(word: str) -> bool:
    """Whether ``word`` is a verb of losing one's life: «فقد», «وفقدت» (not «ف» + «قد»)."""
    lost = casualty_lexicon().lost
    return word in lost or (word[:1] == "و" and word[1:] in lost)


_LIFE_REACH = 3  # «فقد رجل حياته», «فقد شاب مدني حياته»


def _overlaps(item: CasualtySpan, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a count of ``spans`` (sorted) reads the same words: «سقط قتيل واحد» is one."""
    at = bisect.bisect_left(spans, (item.end,))
    return at > 0 and spans[at - 1][1] > item.start


def _killed_before(index: TextIndex, pos: int, killed: Sequence[int]) -> bool:
    """Whether a killing of the sentence of ``pos`` starts before it (``killed``: sorted starts)."""
    at = bisect.bisect_left(killed, pos) - 1
    return at >= 0 and killed[at] >= index.sentence_at(pos)[0]


_CLAUSE_MARKS = frozenset({"،", ",", ":", "؛", ";", "-", "(", '"', "«"})  # a clause opens after


def _without_and(word: str) -> str:
    """``word`` without a leading «و»: «ومواطن» → «مواطن»."""
    return word[1:] if word[:1] == "و" else word


def _one_in_the_accusative(words: Sequence[Word], group: Callable[[str], bool]) -> Word | None:
    """The first of ``words`` when it is one victim in the accusative: «شابا», «أحد عناصر»."""
    if not words:
        return None
    first = words[0].text
    if first in casualty_lexicon().one_of and len(words) > 1 and group(words[1].text):
        return words[0]
    return words[0] if object_victim(first) else None


class _Deaths:
    """Reads one death after a killing word of one folded text."""

    def __init__(self, prepared: PreparedText, actors: list[ActorSpan]) -> None:
        self.prepared = prepared
        self.text = prepared.text
        self.index = prepared.index
        self.actors = actors
        self.actor_starts = [span.start for span in actors]
        self.lexicon = casualty_lexicon()
        self.dates = date_spans(prepared)  # sorted: «12 من أيلول» is no victim

    def at(self, position: int) -> CasualtySpan | None:
        """The death the killing word at ``position`` (in the word index) tells, if any."""
        index, lexicon = self.index, self.lexicon
        trigger = Word(index.starts[position], index.ends[position], index.words[position])
        after = index.after(trigger.end, 4)
        if not after:
            return None
        kills = kills_alone(trigger.text)
        if kills and after[0].text in lexicon.each_of:
            return named_list(index, trigger.end)  # «مقتل كل من الرائد … والملازم …»
        if kills and (named := self._named_one(trigger)) is not None:
            return named  # «وأسفر عن مقتل (حسين أحمد)»
        if not self._adjacent(trigger.end, after[0].start):
            if not (kills and self._when(after[0])):
                return None
            after = self._past_a_time(trigger.end)  # «اغتيل، في 12 من أيلول، العنصر …»
            if not after:
                return None
        if kills:  # «واستشهد خلال الهجوم أحد الشبان»: the victim after the words of the incident
            after = self._past_the_incident(after)
        stem = without_clitic(trigger.text)
        if _lost(trigger.text):  # «فقد رجل حياته»: the victim, then his life
            lived = any(word.text in lexicon.lives for word in after[1:_LIFE_REACH])
            return (
                self._one_after(trigger, after)
                if lived and singular_victim(after[0].text)
                else None
            )
        if stem in lexicon.kills_before_victim:
            return self._one_after(trigger, after) if singular_victim(after[0].text) else None
        if stem in lexicon.bodies_of_one:  # «جثة شاب», «جثة أحد عناصر»
            unknown = singular_victim(after[0].text) and not after[0].text.startswith("ال")
            return (
                self._one_after(trigger, after)
                if unknown or after[0].text in lexicon.one_of
                else None
            )
        if not kills and after[0].text not in lexicon.dead_of_one:
            return None  # «سقوط» opens a death of one only before «قتيل»
        victim = acts_on_one(after)
        if victim is None and after[0].text in lexicon.killers:
            after = self._past_a_time(trigger.end)  # «قتل مسلحون، اليوم الأحد، شابا»
            victim = acts_on_one(after)
        if victim is not None:  # «قتل مسلحون مجهولون شابا»: the young man is the death
            return self._acted_on(victim, after)
        killed = self._past_an_actor(trigger.end) if kills else []
        victim = _one_in_the_accusative(killed, group_of_people)
        if victim is not None:  # «قتلت قوات الاحتلال شابا»
            return self._acted_on(victim, killed)
        if kills and listed(after[0].text, lexicon.killing_times):
            after = self._past_a_time(trigger.end)  # «استشهد اليوم الأربعاء رجل وامرأة»
            if not after or after[0].text.endswith("ا"):
                return None  # an object in the accusative is killed by someone told before
        return self._one_after(trigger, after)

    def _named_one(self, trigger: Word) -> CasualtySpan | None:
        """The death of one a bracketed or quoted name right after a killing noun tells.

        «وأسفر عن مقتل (حسين أحمد)», «مقتل "أبو علي"»: a name of up to five words, no figure.
        """
        found = _BRACKETED_NAME.match(self.text, trigger.end)
        if found is None:
            return None
        clitic = trigger.text[:1] in CLITICS and kills_alone(trigger.text[1:])
        casualty = Casualty(
            kind=CasualtyKind.KILLED,
            count=ONE,
            who=self.prepared.normalized.written(found.start("name"), found.end("name")),
            actor=None,
        )
        return CasualtySpan(trigger.start + (1 if clitic else 0), found.end(), casualty)

    def _one_after(self, trigger: Word, after: list[Word]) -> CasualtySpan | None:
        """The death of one the words ``after`` a killing word name: «طفل», «أحد عناصر».

        Past «بحق» first: «عملية إعدام بحق شاب».
        """
        lexicon = self.lexicon
        if len(after) > 1 and after[0].text in lexicon.against_victim:
            after = after[1:]
        if after[0].text in lexicon.dead_of_one:
            noun_start, noun_end = after[0].start, after[0].end  # «سقوط قتيل»
        elif singular_victim(after[0].text):
            noun_start, noun_end = after[0].start, after[0].end
            if len(after) > 1 and after[1].text in lexicon.victim_complements:
                noun_end = after[1].end  # «رجل أمن»
        elif after[0].text in lexicon.one_of and len(after) > 1 and group_of_people(after[1].text):
            noun_start, noun_end = after[0].start, after[1].end  # «أحد عناصر»
        elif (
            after[0].text in lexicon.one_of_them
            and kills_alone(trigger.text)
            and not listed(trigger.text, lexicon.falls)
        ):
            noun_start, noun_end = after[0].start, after[0].end  # «مقتل أحدهما»
        elif kin_count(after[0].text) == 1:
            noun_start, noun_end = after[0].start, after[0].end  # «ومقتل سائقها», «نجله»
        else:
            return None
        member = self.text[noun_start:noun_end] in lexicon.members_in
        named = self._actor_after(noun_end, member=member)
        who_end = named.end if named is not None else noun_end
        stem = without_clitic(trigger.text)
        before_victim = stem in lexicon.kills_before_victim or stem in lexicon.bodies_of_one
        clitic = trigger.text[:1] in CLITICS and (kills_alone(trigger.text[1:]) or before_victim)
        start = trigger.start + (1 if clitic else 0)  # «بمقتل طفل» → «مقتل طفل»
        if not kills_alone(trigger.text) and not before_victim:
            start = noun_start  # «سقوط قتيل»: the noun alone is the death
        qualified = qualifier_after(self.text, who_end, ONE)  # «وقتل مدني على الأقل»
        casualty = Casualty(
            kind=CasualtyKind.KILLED,
            count=qualified[0] if qualified else ONE,
            who=self.prepared.normalized.written(noun_start, who_end),
            actor=named.actor if named is not None else None,
        )
        return CasualtySpan(start, qualified[1] if qualified else noun_end, casualty)

    def before(self, position: int) -> CasualtySpan | None:
        """The death a verb of dying at ``position`` tells of the victim that opens its clause.

        «ومواطن استشهد جراء القصف», «وطفل قتل برصاص قناص»: an indefinite singular noun, the
        clause's first word, right before the verb, or «أحد» and a group («وأحد المدنيين
        قتل»). A definite one («الطبيب قتل») names a victim told before.
        """
        index = self.index
        start = index.starts[position]
        before = self._past_the_group(index.before(start, 3 + _GROUP_WORDS))
        if not before or not self._adjacent(before[0].end, start):
            return None
        one_of = (
            len(before) > 1
            and _without_and(before[1].text) in self.lexicon.one_of
            and group_of_people(before[0].text)
        )
        noun, before = (before[1], before[1:]) if one_of else (before[0], before[:2])
        if not self._opens(before[1] if len(before) > 1 else None, noun):
            return None  # not the first word of its clause
        bare = _without_and(noun.text)
        if not one_of and (bare.startswith("ال") or not singular_victim(bare)):
            return None
        noun_start = noun.start + (len(noun.text) - len(bare))
        casualty = Casualty(
            kind=CasualtyKind.KILLED,
            count=ONE,
            who=self.prepared.normalized.written(noun_start, noun.end),
            actor=None,
        )
        return CasualtySpan(noun_start, index.ends[position], casualty)

    def listed_one(self, position: int) -> CasualtySpan | None:
        """The death of one told as an item of a list of tolls by place, after a killing.

        «قتل شخصان في بلدة قبتان الجبل وشخص في بلدة كفر ناصح»: «وشخص» and «في» after it, a
        killing word before it in its sentence.
        """
        index = self.index
        start, end = index.starts[position], index.ends[position]
        following = index.after(end, 2)
        if not following or following[0].text != "في":
            return None
        if following[1:] and without_clitic(following[1].text) in self.lexicon.another_one_not_at:
            return None  # «وآخر في حالة حرجة»: a state, not a place
        sentence = index.sentence_at(start)[0]
        for word in index.before(start, _LIST_ITEM_REACH):  # nearest first
            if word.start < sentence or (word.text,) in self.lexicon.breakdowns:
                return None  # «وأصيب عشرات بينهم امرأة وطفل في …»: a sub-count
            kind = phrase([word], self.lexicon.triggers)
            if kind is not None and kind[0] is not CasualtyKind.KILLED:
                return None  # the list's harm is another: «أصيب 3 في … وطفل في …»
            if kind is not None:
                casualty = Casualty(
                    kind=CasualtyKind.KILLED,
                    count=ONE,
                    who=self.prepared.normalized.written(start + 1, end),
                    actor=None,
                )
                return CasualtySpan(start + 1, end, casualty)
        return None

    def _past_the_group(self, before: list[Word]) -> list[Word]:
        """The words before a verb of dying (nearest first), past a victim's group if one.

        «إن مجندا من قوات الجيش قتل في تفجير»: the victim (spanning its group) and the words
        before it; the group is «من» and one to three words right before the verb. Else the
        three words before the verb.
        """
        for at in range(1, min(len(before), _GROUP_WORDS + 1)):
            if before[at].text == "من" and at + 1 < len(before):
                victim = before[at + 1]
                if self._adjacent(victim.end, before[at].start) and singular_victim(
                    _without_and(victim.text)
                ):
                    return [victim._replace(end=before[0].end), *before[at + 2 : at + 4]]
        return before[:3]

    def two_before(self, position: int) -> CasualtySpan | None:
        """The two deaths a dual verb of dying tells of a victim and the kinsman joined to it.

        «أن مواطنة وابنتها لقيتا حتفهما», «وكان شاب وشقيقه استشهدا أمس», «إن امرأة وفتى
        قتلا»: an indefinite singular noun opens the clause, and «و» with a kinsman or another
        indefinite victim follows it, right before the verb.
        """
        index = self.index
        start = index.starts[position]
        before = index.before(start, 3)
        if len(before) < _DUAL or not self._adjacent(before[0].end, start):
            return None
        kin, noun = before[0], before[1]
        if kin.text[:1] != "و" or not (kin_count(kin.text[1:]) == 1 or _item_of_one(kin.text)):
            return None
        bare = _without_and(noun.text)
        if bare.startswith("ال") or not singular_victim(bare):
            return None
        if not self._opens(before[2] if len(before) > _DUAL else None, noun):
            return None
        noun_start = noun.start + (len(noun.text) - len(bare))
        who = self.prepared.normalized.written(noun_start, kin.end)
        casualty = Casualty(kind=CasualtyKind.KILLED, count=TWO, who=who, actor=None)
        return CasualtySpan(noun_start, index.ends[position], casualty)

    def _opens(self, previous: Word | None, noun: Word) -> bool:
        """Whether ``noun`` opens its clause, ``previous`` the word before it (if any)."""
        return (
            previous is None
            or self.index.sentence_at(previous.start) != self.index.sentence_at(noun.start)
            or self.text[previous.end : noun.start].strip(" \t") in _CLAUSE_MARKS
            or previous.text in self.lexicon.opens_before_victim  # «إن مدنيا قتل»
        )

    def _acted_on(self, victim: Word, after: list[Word]) -> CasualtySpan:
        """The death of the one the attackers killed: «شابا», «أحد عناصر الفيلق الخامس»."""
        end, named = victim.end, None
        if victim.text in self.lexicon.one_of:  # «أحد عناصر»: the group, and whose it is
            group = after[after.index(victim) + 1]
            end = group.end
            named = self._actor_after(end, member=True)
        else:
            following = after[after.index(victim) + 1 :][:1]
            if following and following[0].text in self.lexicon.victim_complements:
                end = following[0].end  # «عقيدا متقاعدا»
        casualty = Casualty(
            kind=CasualtyKind.KILLED,
            count=ONE,
            who=self.prepared.normalized.written(victim.start, named.end if named else end),
            actor=named.actor if named is not None else None,
        )
        return CasualtySpan(victim.start, end, casualty)

    def _past_the_incident(self, after: list[Word]) -> list[Word]:
        """The words ``after`` a killing word, past words that refer to the incident told.

        «استشهد خلال الهجوم أحد الشبان», «قتل خلاله شاب»: the words from the victim on.
        """
        found = find_phrase([word.text for word in after], self.lexicon.during_it)
        if found is None or found[0] or found[1] == len(after):
            return after
        return self.index.after(after[found[1] - 1].end, len(after))

    def _past_a_time(self, end: int) -> list[Word]:
        """The words after ``end``, passing the words of a day or a date set between commas.

        «مسلحون مجهولون، اليوم الأحد، عنصرا»: the attackers and their victim, without the day;
        «اغتيل، في 12 من أيلول الحالي، العنصر»: the victim, without the date.
        """
        words = self.index.after(end, _PAST_A_TIME, clause=False)
        kept = [word for word in words if not self._when(word)]
        return kept[:_VICTIM_REACH]

    def _when(self, word: Word) -> bool:
        """Whether ``word`` tells when: a word of a day, a word of a date, «في» before one."""
        if without_clitic(word.text) in self.lexicon.killing_times or self._in_date(word.start):
            return True
        following = self.index.after(word.end, 1) if word.text == "في" else []
        return bool(following) and self._in_date(following[0].start)

    def _in_date(self, pos: int) -> bool:
        at = bisect.bisect_right(self.dates, (pos, _AFTER_ALL)) - 1
        return at >= 0 and self.dates[at][0] <= pos < self.dates[at][1]

    def _past_an_actor(self, end: int) -> list[Word]:
        """The words after the actor named right after ``end``, if one is: the killers.

        «قتلت قوات الاحتلال شابا», «قتل الجيش مساء السبت، شابا»: the words from «شابا» on,
        past a day; none where no actor follows.
        """
        following = self.index.after(end, 1)
        at = bisect.bisect_left(self.actor_starts, end)
        if not following or at == len(self.actors):
            return []
        actor = self.actors[at]
        if actor.start > following[0].start + 1:  # «بقوات»: a clitic before the actor
            return []
        return self._past_a_time(actor.end)

    def _adjacent(self, end: int, start: int) -> bool:
        """Only spaces between two words: no figure, no punctuation."""
        return _SPACES.issuperset(self.text[end:start])

    def _actor_after(self, end: int, *, member: bool) -> ActorSpan | None:
        """The actor named right after the victim, or after «من»: «عنصر من قوات النظام».

        After «في» too for a ``member`` of a force: «ضابط في الشرطة» («طفل في غارة
        إسرائيلية» names the strike, not the child's side).
        """
        following = self.index.after(end, 2)
        if not following:
            return None
        linked = following[0].text == "من" or (member and following[0].text == "في")
        start = following[1].start if linked and len(following) > 1 else following[0].start
        at = bisect.bisect_left(self.actor_starts, start)
        if at < len(self.actors) and self.actors[at].start < start + 2:
            return self.actors[at]
        return None
