"""The victims of a casualty count: who they are, their side, and what a dual counts.

:class:`VictimReader` is the part of the casualty reader that reads the words after a
count: the victims as written («9 عناصر من قوات النظام»), the actor named in them, the
duals that count people («سيدتان», «عنصري شرطة») or things («سيارتين»), and what
«ضحايا» means in its sentence.
"""

from __future__ import annotations

import bisect
import re

from conflictparse.entities.actors import ActorSpan
from conflictparse.entities.casualty_rules import punctuated, victims_kind
from conflictparse.entities.casualty_words import (
    another_one,
    dual_of_person,
    dual_singulars,
    phrase,
    stems,
)
from conflictparse.model import Actor, CasualtyKind
from conflictparse.quantities.numbers import QuantitySpan
from conflictparse.text.lexicon.casualties import casualty_lexicon
from conflictparse.text.lexicon.numbers import WordKind, number_lexicon
from conflictparse.text.prepared import PreparedText
from conflictparse.text.tokens import WORD, Word, without_clitic

__all__ = ["NOT_PEOPLE", "WHO_WORDS", "VictimReader"]

WHO_WORDS = 8  # how far after the count the victims' description may end
_OF_AND_SIDE = 2  # «من» and the first word of the side after it
_OF = frozenset({"من"})  # «12 عنصرا من قوات النظام»: the side after the victims
_IN_A_SIDE = frozenset({"في"})  # «ثلاثة في حزب الله»: members of the side
_NUMBER_OF = frozenset({"عدد", "حصيله"})  # «إلى 6 عدد قتلى …», «حصيلة» (folded)
_SPACES_ONLY = re.compile(r"[ \t]++")  # only blanks between a noun and the word after it
_FIGURE = re.compile(r"[ \t]*+[0-9]")  # a figure right after a verb: the verb's object
_DESCRIBED_WORDS = 6  # an adjective and the longest verb phrase: «سقطوا بين قتيل وجريح»
NOT_PEOPLE = -1  # the noun after the count says it counts things, not people


class VictimReader:
    """Reads the victims after the counts of one folded text."""

    def __init__(self, prepared: PreparedText, actors: list[ActorSpan]) -> None:
        self.normalized = prepared.normalized
        self.text = prepared.text
        self.words = prepared.index
        self.actor_starts = [span.start for span in actors]
        self.lexicon = casualty_lexicon()
        self.actors = actors
        # The words after the last two positions read: (pos, limit, words), newest first.
        self._after: list[tuple[int, int, list[Word]]] = [(-1, 0, []), (-1, 0, [])]

    def words_after(self, pos: int, limit: int) -> list[Word]:
        """Up to ``limit`` words after ``pos`` in the same clause.

        The noun and the victims of a count are read from the count, its kind after its
        noun: the words of the last two positions are kept, and a call for no more of them
        is a slice.
        """
        for last_pos, last_limit, words in self._after:
            if pos == last_pos and limit <= last_limit:
                return words[:limit]
        words = self.words.after(pos, limit)
        self._after = [(pos, limit, words), self._after[0]]
        return words

    def is_in(self, word: str, table: frozenset[str]) -> bool:
        """Whether one of the stems of ``word`` is in ``table``."""
        return not table.isdisjoint(stems(word))

    # -- one quantity -------------------------------------------------------------

    def _dual(self, parts: list[str], end: int) -> tuple[CasualtyKind | None, bool, int] | None:
        """What a dual counts: «قتيلين» (a kind), «سيدتان» (people), «سيارتين» (things)."""
        kind, person, things = None, False, True
        surfaces = number_lexicon().surfaces
        for part in parts:
            singulars = list(dual_singulars(part))
            if not self.lexicon.households.isdisjoint(singulars):
                return None, False, NOT_PEOPLE  # «من أسرتين»: two households, no victims
            for singular in singulars:
                kind = kind or self.lexicon.count_nouns.get((singular,))
            if dual_of_person(part) or any(
                self.is_in(one, self.lexicon.victims) for one in singulars
            ):
                person = True
            surface = surfaces.get(part)
            things = things and surface is not None and surface.word.kind is WordKind.DUAL_NOUN
        if kind is not None:
            return kind, person and len(parts) > 1, end  # «جثتي رجلين»: the men are the victims
        if person:
            return None, True, end
        return (None, False, NOT_PEOPLE) if things else None  # «هجومين», «الأسبوعين»

    def _conjoined(self, word: str) -> bool:
        """Whether a casualty noun after a count carries «و»: it opens a count of its own."""
        if not word.startswith("و") or len(word) < 4 or (word,) in self.lexicon.count_nouns:
            return False
        return (word[1:],) in self.lexicon.count_nouns or any(
            (form,) in self.lexicon.count_nouns for form in stems(word[1:])
        )

    def _dual_who(self, start: int, end: int) -> tuple[str, int, int]:
        """The victims a dual from ``start`` to ``end`` names, with «من <actor>» right after it.

        «عنصران من قوات النظام»; «شخصان على الأقل» names «شخصان».
        """
        parts = list(WORD.finditer(self.text, start, end))
        begin = next((part.start() for part in parts if dual_of_person(part[0]) is not None), start)
        finish = end
        after = self.words.after(end, 2)
        if len(after) == 2 and after[0].text == "من":
            named = self._actor_from(after[1].start, after[1].start + 2)
            finish = named.end if named is not None else finish
        return self.text[begin:finish], begin, finish

    def _victims_kind(
        self, found: QuantitySpan, before: list[Word], noun_end: int | None
    ) -> CasualtyKind:
        """«ضحايا» is killed or killed_or_wounded by its sentence (see :func:`victims_kind`)."""
        words = [
            word
            for word in self.words.after(found.number_end, 2)
            if word.end <= (noun_end or found.number_end)
        ]
        for word in [*words, *before[:1]]:
            if not self.lexicon.victim_words.isdisjoint(stems(word.text)):
                return victims_kind(self.words, word.start, word.end)
        return CasualtyKind.KILLED_OR_WOUNDED

    def _who(self, start: int, end: int, limit: int) -> tuple[str, int, int] | None:
        """The victims as written, the noun and what «من …» adds: (text, start, end)."""
        words = [word for word in self.words_after(start, WHO_WORDS) if word.end <= limit]
        if words and words[0].text == "من":
            words = words[1:]  # «ثلاثة من رجال المرور»: the victims are «رجال المرور»
        if not words:
            return None
        stop = next((index for index, word in enumerate(words) if word.end >= end), 0)
        # «8 من مقاتلي هيئة تحرير الشام», or a side whose name holds the noun: «5 من مسلحي الحوثي»
        named = self._actor_from(words[stop].start, words[stop].end + 2)
        if named is not None:
            stop = max(
                (index for index, word in enumerate(words) if word.end <= named.end), default=stop
            )
        if stop + 1 < len(words) and words[stop + 1].text == "من":
            described = stop + 1
            while (
                described + 1 < len(words)
                and not self._ends_who(words[described + 1].text)
                and not punctuated(self.text, words[described].end, words[described + 1].start)
            ):
                described += 1
            if described > stop + 1:  # «من» and what it adds: «عنصر من قوات النظام»
                stop = described
        begin, finish = words[0].start, words[stop].end
        return self.text[begin:finish], begin, finish

    def _ends_who(self, word: str) -> bool:
        """A preposition, a connective or a casualty word ends the description of victims.

        So does «وآخر», another victim: «3 عناصر من قوات النظام وآخر من الدفاع الوطني».
        """
        if word in self.lexicon.who_stops or another_one(word):
            return True
        lexicon = self.lexicon
        return any(
            (stem,) in lexicon.triggers or stem in lexicon.first_words[id(lexicon.after_triggers)]
            for stem in stems(word)
        )

    def _actor(self, start: int, end: int) -> Actor | None:
        """The side the victims belong to, when an actor is named in their description."""
        span = self._actor_from(start, end)
        return span.actor if span is not None else None

    def side_of(self, who_span: tuple[str, int, int] | None, stop: int) -> tuple[Actor | None, int]:
        """The victims' side and the end of the count's span (``stop`` so far).

        The side their description names, or «من» and a side after the count's end:
        «23 جنديا على الأقل من قوات النظام».
        """
        if who_span is None:  # «بينهم ثلاثة في حزب الله»: a bare count's side after «في»
            member = self.owner_after(stop, links=_IN_A_SIDE)
            return (member.actor, member.end) if member else (None, stop)
        actor = self._actor(*who_span[1:])
        owner = None if actor else self.owner_after(stop)
        return (owner.actor, owner.end) if owner else (actor, stop)

    def owner_after(self, pos: int, links: frozenset[str] = _OF) -> ActorSpan | None:
        """The side «من» (or another of ``links``) names right after ``pos``.

        «23 جنديا على الأقل من قوات النظام».
        """
        words = self.words_after(pos, 2)
        if len(words) < _OF_AND_SIDE or words[0].text not in links:
            return None
        return self._actor_from(words[1].start, words[1].start + 1)

    def _actor_from(self, start: int, end: int) -> ActorSpan | None:
        """The first actor whose span starts in ``[start, end)`` (by bisection)."""
        index = bisect.bisect_left(self.actor_starts, start)
        if index < len(self.actors) and self.actors[index].start < end:
            return self.actors[index]
        return None

    def _label_after(self, end: int) -> CasualtyKind | None:
        """The kind a «عدد» label after the figure names: «ارتفع إلى 6 عدد قتلى القصف»."""
        after = self.words_after(end, 2)
        if len(after) < 2 or after[0].text not in _NUMBER_OF:
            return None
        found = phrase(after[1:], self.lexicon.count_nouns)
        return found[0] if found is not None else None

    def _noun_before(self, found: QuantitySpan, before: list[Word]) -> tuple[str, int, int] | None:
        """The people a number word after its noun counts: «مدنيين اثنين», «أطفال ثلاثة»."""
        if not before or not _SPACES_ONLY.fullmatch(self.text, before[0].end, found.start):
            return None
        noun = before[0]
        if not self.is_in(noun.text, self.lexicon.victims):
            return None
        bare = without_clitic(noun.text)  # «رجل وأطفاله الثلاثة»: the «و» is no victim's
        if bare != noun.text and self.is_in(bare, self.lexicon.victims):
            return bare, noun.end - len(bare), noun.end
        return noun.text, noun.start, noun.end

    def _described(self, pos: int) -> CasualtyKind | None:
        """A casualty word right after a noun of people that says what they are: «آخرون جرحى».

        So does a verb right after it or its adjective: «و63 مسلحا حوثيا أصيبوا في المعارك».
        """
        after = self.words_after(pos, _DESCRIBED_WORDS)
        if (
            not after
            or after[0].text[:1] == "و"
            or not _SPACES_ONLY.fullmatch(self.text, pos, after[0].start)
        ):
            return None  # «سيدتان، وإصابة 14»: the next item, not a word about these
        found = phrase(after[:2], self.lexicon.count_nouns)
        for at in range(2):
            if found is None and _SPACES_ONLY.fullmatch(self.text, pos, after[at].start):
                found = phrase(after[at:], self.lexicon.after_triggers)
                if found is not None and _FIGURE.match(self.text, after[at + found[1] - 1].end):
                    return None  # «المهاجمان قتلا 9 أشخاص»: the verb's object, not its agent
            if at + 1 >= len(after) or after[at + 1].text[:1] == "و":
                break
            pos = after[at].end
        return found[0] if found is not None else None

    def linked_kind(self, linked: CasualtyKind | None, noun_end: int | None) -> CasualtyKind | None:
        """The kind a count joined to the one before it takes: that one's, unless a word says.

        «سقط 3 قتلى و14 آخرون جرحى»: the word after the noun says the 14 are wounded;
        «و4 ملايين نازح» are displaced, no kind of casualty.
        """
        if linked is None or noun_end is None:
            return linked
        noun = self.words.before(noun_end, 1)
        if noun and noun[0].text in self.lexicon.displaced:
            return None  # «9 آلاف قتيل و4 ملايين نازح»: the displaced are not dead
        return self._described(noun_end) or linked
