"""Casualty counts: :func:`find_casualties`.

A casualty is a quantity (from :mod:`conflictparse.quantities.numbers`) that counts people,
with the kind of harm the clause gives it.  The count decides first: a noun after it that is
a casualty word («96 قتيلاً», «21 جثة») gives the kind itself; a person noun («9 مدنيين», «3
من رجال الأمن») needs a trigger in the clause («مقتل», «أصيب», «لقوا حتفهم»); anything else
(«30 غارة», «عشرات الحافلات», an age) is not a casualty.  The language lives in
``data/casualties.toml``.
"""

from __future__ import annotations

import bisect
import re

from conflictparse.entities.actors import ActorRegistry, ActorSpan, scan_actors
from conflictparse.entities.casualty_appositions import appositions
from conflictparse.entities.casualty_candidates import Nearness, extra_counts, without_dash
from conflictparse.entities.casualty_lists import ListReader
from conflictparse.entities.casualty_rules import (
    blocked,
    breakdown_after,
    count_noun_before,
    exceeded,
    label_kind,
    more_than,
    noun_kind,
    of_things,
    punctuated,
    qualifier_after,
    start_with_brackets,
)
from conflictparse.entities.casualty_spans import CasualtyScan, CasualtySpan, victims_apart
from conflictparse.entities.casualty_victims import NOT_PEOPLE, WHO_WORDS
from conflictparse.entities.casualty_words import (
    AFTER_WORDS,
    NOUN_WORDS,
    TOTAL_WORDS,
    acts_on_one,
    in_clause,
    may_trigger,
    phrase,
    shortcuts,
    singular_person,
    stems,
)
from conflictparse.model import Casualty, CasualtyKind, Match
from conflictparse.quantities.numbers import QuantitySpan, scan_quantities
from conflictparse.text.prepared import PreparedText, as_prepared
from conflictparse.text.tokens import WORD, Word

DIGIT = re.compile(r"[0-9]")
_FIGURE_NEXT = re.compile(r"[ \t]*+[0-9]")

__all__ = ["CasualtyScan", "CasualtySpan", "find_casualties", "scan_casualties"]

_WINDOW_WORDS = 8  # how far back a trigger may stand from its count, in words
_NEAR_WORDS = 9  # how far back every check but a running total's reads


_BOTH = frozenset({CasualtyKind.KILLED, CasualtyKind.WOUNDED})  # «الشهداء والجرحى»: both
_SPACES = 2  # characters at most between a casualty noun and «واحد» after it
_COMMAS = frozenset("،,")
_COUNT_OF = "عدد"  # folded: «عدد القتلى» named before the verb of a running total
_SUBJECT_WORDS = 4  # «عدد القتلى في سوريا» before «ارتفع»


class _Reader(ListReader):
    """Reads casualties around the quantities of one folded text."""

    def __init__(self, prepared: PreparedText, actors: list[ActorSpan]) -> None:
        super().__init__(prepared, actors)
        self.untyped: list[tuple[int, int]] = []  # counts of people no casualty word governs
        self.shortcuts = shortcuts()
        self._windows: tuple[list[Word], list[Word]] = ([], [])  # the last (before, window)

    def words_before(self, pos: int) -> list[Word]:
        """The words before ``pos`` in the same clause, nearest first, as far as checks read.

        Only a running total («ارتفع عدد القتلى … إلى 96») reads back 20 words, and only
        from a word such as «إلى» right before the count; every other check reads at most
        9, so 10 words are built first (one more for a two-word break) and 20 only then.
        """
        near = in_clause(self.words.before(pos, _NEAR_WORDS + 1))[:_NEAR_WORDS]
        if near and near[0].text in self.lexicon.to_words:
            return in_clause(self.words.before(pos, TOTAL_WORDS))
        return near

    def read(
        self, found: QuantitySpan, previous: CasualtySpan | None, limit: int
    ) -> CasualtySpan | None:
        """The casualty ``found`` counts, if any; nothing after ``limit`` belongs to it."""
        if found.quantity.negative:
            unsigned = without_dash(found, self.text)
            if unsigned is None:
                return None  # «سالب 5»: a signed figure counts nobody
            found = unsigned  # «- 12 قتيلا» at the head of a list: the dash is punctuation
        quantity = found.quantity
        if quantity.unit is not None:
            return None  # a percentage or a money amount counts nobody
        before = self.words_before(found.start)
        if before and self.is_in(before[0].text, self.lexicon.age_words):
            return None  # «طفل يبلغ 12 عاماً»
        own = self.text[found.start : found.number_end]
        if own in self.lexicon.one_after_noun and not singular_person(before):
            return self._one_of(found, before)  # «قتيلا واحدا»; not «عائلة واحدة», «شخص واحد»
        if self.restates(found, previous):
            return None  # «جنديين اثنين»: the numeral describes the noun before it
        counted = self._counted(found, own)
        if counted is None:
            return None
        kind, victim, noun_end = counted
        kind_from_noun = kind is not None
        if kind in (None, CasualtyKind.CAPTURED) and blocked(before):
            return None  # «نزوح 300 شخص», «الإفراج عن 20 معتقلا»
        start = start_with_brackets(self.text, found)
        named_before = count_noun_before(before)
        if kind is None and named_before is not None:  # «القتلى الـ 31»
            kind, start = named_before
            noun_end = noun_end or found.number_end
        sub_count, linked = self.linked(
            found, previous, before, victim=victim, untyped=kind is None
        )
        if kind is None:
            kind = self._kind_lent(before, linked, noun_end if victim else None, sub_count)
        if kind is None:
            typed = self._kind_in_clause(found, before, start, noun_end, victim=victim)
            if typed is None:
                return None
            kind, start = typed
        if kind is CasualtyKind.KILLED_OR_WOUNDED:
            kind = self._victims_kind(found, before, noun_end)
        who_span, stop = self._victims(
            found, before, noun_end, limit, victim=victim, kind_from_noun=kind_from_noun
        )
        qualified = qualifier_after(self.text, who_span[2] if who_span else noun_end, quantity)
        if qualified is not None:  # «12 عنصرا من قوات النظام على الأقل», «42شهيدا على الأقل»
            quantity, stop = qualified[0], max(stop, qualified[1])
        actor, stop = self.side_of(who_span, stop)
        casualty = Casualty(
            kind=kind,
            count=more_than(quantity) if exceeded(before) else quantity,
            who=self.normalized.written(who_span[1], who_span[2]) if who_span else None,
            actor=actor,
            total=self._total(before),
            breakdown=sub_count,
        )
        return CasualtySpan(start, stop, casualty)

    def _kind_lent(
        self,
        before: list[Word],
        linked: CasualtyKind | None,
        noun_end: int | None,
        sub_count: bool,
    ) -> CasualtyKind | None:
        """The kind of a count its noun leaves untyped, from the count it is joined to.

        A sub-count's own trigger wins: «أصيب 5، وتوفي اثنان منهم» is a death among the wounded.
        """
        own = self._trigger_right_before(before) if sub_count else None
        return own[0] if own is not None else self.linked_kind(linked, noun_end)

    def _counted(
        self, found: QuantitySpan, own: str
    ) -> tuple[CasualtyKind | None, bool, int | None] | None:
        """What the count counts (:meth:`_noun`), or None when it counts no victims."""
        kind, victim, noun_end = self._noun(found, own)
        if noun_end == NOT_PEOPLE or (kind is None and of_things(self.text, found)):
            return None  # «عشرات الحافلات», «30 غارة», «سقط اثنان منها» (of the barrels)
        if victim and kind is None and acts_on_one(self.words_after(found.start, 3)):
            return None  # «اغتال مسلحان مجهولان شابا»: the two kill, they are not killed
        return kind, victim, noun_end

    def _kind_in_clause(
        self,
        found: QuantitySpan,
        before: list[Word],
        start: int,
        noun_end: int | None,
        *,
        victim: bool,
    ) -> tuple[CasualtyKind, int] | None:
        """The kind the clause gives a count its noun does not type: (kind, start of the span).

        A count with no noun takes the kind of a running total or of a trigger right before
        it, or, when a breakdown follows it, of the verb after that; a count of people needs a
        trigger before or after it, or it is kept as untyped.
        """
        if noun_end is None:
            named = self._noun_before(found, before)
            if named is not None and not DIGIT.search(self.text, found.start, found.end):
                # «قتلت الطائرات الإسرائيلية مدنيين اثنين»: a number word after its noun
                after_noun = self._trigger_before(before[1:]) or self._trigger_after(found.end)
                return (after_noun, named[1]) if after_noun is not None else None
            counted_in_total = self._total_noun(before)
            bare = self._trigger_right_before(before)
            if counted_in_total is not None:
                return counted_in_total, start  # «ارتفع عدد الشهداء في المخيم إلى 41»
            if bare is not None:
                return bare  # «إصابة العشرات», «قتل وجرح حينها العشرات»
            labelled = label_kind(before) or self._label_after(found.end)
            if labelled is not None:
                return labelled, start  # «عدد القتلى منذ … 58», «ارتفع إلى 6 عدد قتلى …»
            if breakdown_after(self.words_after(found.end, 2)):
                after = self._trigger_after(found.end)  # «و95 بينهم 12 طفلا … قتلوا»
                return (after, start) if after is not None else None
            return None
        own = self._described(noun_end)  # «63 مسلحا حوثيا أصيبوا»: its own word, right after it
        triggered = own or self._pair_after(noun_end) or self._trigger_before(before)
        if triggered in (None, CasualtyKind.KILLED) and own is None:
            # «سقط "عشرات الأشخاص" من القرى بين قتيل وجريح»: a pair further on says both
            after = self._trigger_after(noun_end or found.end)
            if triggered is None or after is CasualtyKind.KILLED_OR_WOUNDED:
                triggered = after or triggered
        if triggered is None:
            if victim and noun_end is not None:
                self.untyped.append((found.start, noun_end))  # «وصل 40 عنصراً»
            return None
        return triggered, start

    def _one_of(self, found: QuantitySpan, before: list[Word]) -> CasualtySpan | None:
        """«قتيلا واحدا», «جريح واحد»: one casualty, when the noun before «واحد» is one."""
        noun = before[0] if before else None
        kind = None if noun is None else self.lexicon.count_nouns.get((noun.text,))
        if noun is None or kind is None or noun.end + _SPACES < found.start:
            return None  # «عائلة واحدة»: the numeral describes another noun
        casualty = Casualty(kind=kind, count=found.quantity, who=None, actor=None)
        return CasualtySpan(noun.start, found.end, casualty)

    def _victims(
        self,
        found: QuantitySpan,
        before: list[Word],
        noun_end: int | None,
        limit: int,
        *,
        victim: bool,
        kind_from_noun: bool,
    ) -> tuple[tuple[str, int, int] | None, int]:
        """Who a count of people names, as (folded text, start, end), and where its span ends.

        ``before`` are the words before the count, nearest first.
        """
        stop = max(found.end, noun_end or found.end)
        who_span = None
        if not victim:
            who_span = self._noun_before(found, before)  # «قتل فلسطينيين اثنين»
        elif noun_end == found.number_end:
            # a dual names its victims: «سيدتان», «شخصان على الأقل»
            who_span = self._dual_who(found.start, noun_end)
        else:
            who_span = self._who(found.number_end, noun_end or found.number_end, limit)
            if who_span is not None and kind_from_noun and who_span[2] <= stop:
                who_span = None  # «14 جثة»: the noun only gives the kind
        if who_span is not None:
            stop = max(stop, who_span[2])  # «21 من عائلة واحدة»: the «واحدة» is not a count
        return who_span, stop

    def _noun(self, found: QuantitySpan, own: str) -> tuple[CasualtyKind | None, bool, int | None]:
        """What the count counts: (kind from a casualty noun, a person noun, end of the noun)."""
        lexicon = self.lexicon
        if found.quantity.value == 2 and all(WORD.fullmatch(part) for part in own.split()):
            dual = self._dual(own.split(), found.number_end)  # «قتيلين», «سيدتان», «سيارتين»
            if dual is not None:
                return dual
        # The victims are read from the same position next (:meth:`_who`): ask for their words.
        after = self.words_after(found.number_end, WHO_WORDS)[:NOUN_WORDS]
        if after and after[0].text == "علي" and after[0].end <= found.end:
            # «30 على الأقل من عناصر الجيش قتلوا»: the noun follows the count's qualifier
            qualified = [word for word in after if word.start >= found.end]
            if qualified and qualified[0].text == "من":
                after = qualified
        if not after or punctuated(self.text, found.number_end, after[0].start):
            return None, False, None  # «الشهداء: 31، الجرحى: 140»: the noun is another label's
        if self._conjoined(after[0].text):
            return None, False, None  # «مقتل 6 وإصابة 14»: «وإصابة» opens the next count
        counted = phrase(after, lexicon.count_nouns)
        if counted is not None:
            kind, used = counted
            return kind, len(after) > used and after[used].text == "من", after[used - 1].end
        first = after[0].text
        if self.is_in(first, lexicon.not_casualties):
            return None, False, NOT_PEOPLE
        if (
            first[:1] == "و"
            and first not in lexicon.victims
            and self.is_in(first[1:], lexicon.victims)
        ):
            return None, False, None  # «شخص واحد وطفلتين»: «و» opens the next item, no noun
        if self.is_in(first, lexicon.victims):
            return None, True, after[0].end
        if first == "من" and len(after) > 1:
            counted = phrase(after[1:], lexicon.count_nouns)
            if counted is not None:
                return counted[0], True, after[counted[1]].end
            if self.is_in(after[1].text, lexicon.victims):
                return None, True, after[1].end
            named = self._actor_from(after[1].start, after[1].start + 2)
            if named is None and len(after) > 2 and after[1].text in lexicon.force_heads:
                named = self._actor_from(after[2].start, after[2].start + 2)  # «من قوات حرس …»
            if named is not None:
                return None, True, named.end  # «9 من الحوثيين»
            for index in range(2, min(len(after), 5)):  # «41 من القوات النظامية قتلوا»
                if phrase(after[index:], lexicon.after_triggers) is not None:
                    return None, True, after[index - 1].end
            return None, False, None
        if phrase(after, lexicon.after_triggers) is not None:
            return None, False, found.number_end  # «15273 أصيبوا»: the verb after names the kind
        skip = sum(1 for word in after if word.end <= found.end)
        if skip and phrase(after[skip:], lexicon.after_triggers) is not None:
            return None, False, found.end  # «60 ألفا على الأقل قتلوا»
        return None, False, None

    def _trigger_before(self, before: list[Word]) -> CasualtyKind | None:
        """The nearest casualty word before the count in its clause («قتل وجرح» read whole)."""
        window = self._window(before)
        for index in range(len(window)):
            for back in (2, 1, 0):  # a phrase that starts earlier but covers this word wins
                if index + back >= len(window) or not may_trigger(window[index + back].text):
                    continue
                words = self._run(window[index + back :: -1])
                triggered = phrase(words, self.lexicon.triggers)
                if triggered is not None and triggered[1] > back:
                    return triggered[0]
        return None

    def _total_noun(self, before: list[Word]) -> CasualtyKind | None:
        """The kind a running total names before «إلى N»: «عدد القتلى … إلى 96»."""
        window = self._window(before)
        if len(window) <= _WINDOW_WORDS and not (
            before and before[0].text in self.lexicon.to_words
        ):
            return None
        kinds = [noun_kind(word.text) for word in window]
        for position, kind in enumerate(kinds):
            if kind is None:
                continue
            paired = kinds[position + 1] if position + 1 < len(kinds) else None
            if window[position].text[:1] == "و" and {kind, paired} == _BOTH:
                return CasualtyKind.KILLED_OR_WOUNDED  # «عدد الشهداء والجرحى … إلى 50»
            return kind
        return None

    def _window(self, before: list[Word]) -> list[Word]:
        """The words a trigger may stand in: eight, or back to the total of «ارتفع … إلى N».

        The reader asks for the window of one count's words up to three times; the last
        window is kept.
        """
        if self._windows[0] is not before:
            self._windows = before, self._new_window(before)
        return self._windows[1]

    def _new_window(self, before: list[Word]) -> list[Word]:
        """:meth:`_window`, computed."""
        if not before or before[0].text not in self.lexicon.to_words:
            return before[:_WINDOW_WORDS]
        texts = [word.text for word in before]
        totals = [index for index in range(len(texts)) if self._total_at(texts, index)]
        if not totals:
            return before[:_WINDOW_WORDS]
        end = totals[0]  # «ارتفع عدد الذين قضوا … إلى 18 مدنياً»
        for index in totals[1:]:  # «حصيلة القتلى ارتفعت إلى 9»: the toll named before its verb
            if index - end > 3:
                break
            end = index
        subject = texts[end + 1 : end + 1 + _SUBJECT_WORDS]  # «إن عدد القتلى ارتفع إلى 56»
        if _COUNT_OF in subject:
            end += subject.index(_COUNT_OF) + 1
        return before[: end + 1]

    def _trigger_right_before(self, before: list[Word]) -> tuple[CasualtyKind, int] | None:
        """A trigger within two words before a count with no noun: «إصابة العشرات»."""
        for index in range(min(len(before), 3)):
            for back in (2, 1, 0):
                if index + back >= len(before) or not may_trigger(before[index + back].text):
                    continue
                words = self._run(before[index + back :: -1][: back + 1])
                triggered = phrase(words, self.lexicon.triggers)
                if triggered is not None and triggered[1] > back:
                    word = before[index + back]
                    clitic = 1 if word.text[:1] in ("و", "ف") and len(word.text) > 3 else 0
                    return triggered[0], word.start + clitic  # «وإصابة العشرات» → «إصابة …»
        return None

    def _pair_after(self, pos: int) -> CasualtyKind | None:
        """«مائة جندي منشق بين قتيل وجريح»: a killed-or-wounded pair right after the noun."""
        first = bisect.bisect_left(self.words.starts, pos)
        firsts = self.lexicon.first_words[id(self.lexicon.count_nouns)]
        if all(firsts.isdisjoint(stems(word)) for word in self.words.words[first : first + 3]):
            return None  # the usual case: no casualty noun in the next three words
        after = self.words_after(pos, AFTER_WORDS)[:4]  # the words :meth:`_trigger_after` reads
        # not past a comma: «وإصابة ثلاثة آخرين، ليرتفع عدد الضحايا …» labels another count
        after = [word for word in after if not _COMMAS.intersection(self.text[pos : word.start])]
        for index in range(len(after) - 1):
            found = phrase(after[index:], self.lexicon.count_nouns)
            if found is not None and found[0] is CasualtyKind.KILLED_OR_WOUNDED:
                return found[0]
        return None

    def _run(self, words: list[Word]) -> list[Word]:
        """``words`` (in text order) up to a figure between two: «مقتل 6 وإصابة» is no phrase."""
        for index in range(1, min(len(words), 4)):
            if DIGIT.search(self.text, words[index - 1].end, words[index].start):
                return words[:index]
        return words

    def _trigger_after(self, pos: int) -> CasualtyKind | None:
        """A casualty verb after the count or its noun, in its clause: «كانوا بين القتلى»."""
        after = self.words_after(pos, AFTER_WORDS)
        described = phrase(after[:2], self.lexicon.count_nouns) if after else None
        if described is not None:
            return described[0]  # «11 شخصاً مفقودين»: the casualty word describes the noun
        if after and after[0].text in self.lexicon.lives_lost:
            return CasualtyKind.KILLED  # «فقد مدنيان حياتهما»
        for index in range(len(after)):
            triggered = phrase(after[index:], self.lexicon.after_triggers)
            if triggered is not None:
                # «الانتحاريان قتلا 12 شخصا»: a figure after the verb is its object, counted
                verb_end = after[index + triggered[1] - 1].end
                return None if _FIGURE_NEXT.match(self.text, verb_end) else triggered[0]
        return None

    def _total(self, before: list[Word]) -> bool:
        """«ارتفع عدد القتلى إلى 96», «حصيلة»: a running total."""
        texts = [word.text for word in self._window(before)]
        if self.shortcuts.total_lasts.isdisjoint(texts):
            return False  # the usual case: no word of the window ends a total phrase
        return any(self._total_at(texts, index) for index in range(len(texts)))

    def _total_at(self, texts: list[str], index: int) -> bool:
        """Whether a running-total phrase of one to three words ends at ``texts[index]``."""
        if texts[index] not in self.shortcuts.total_lasts:
            return False  # the usual case: no total phrase ends with this word
        totals = self.lexicon.totals
        return any(tuple(texts[index : index + n][::-1]) in totals for n in (1, 2, 3))


def scan_casualties(
    prepared: PreparedText,
    *,
    registry: ActorRegistry | None = None,
    quantities: list[QuantitySpan] | None = None,
    actors: list[ActorSpan] | None = None,
) -> CasualtyScan:
    """Casualty counts in folded text, in order, and the counts of people left untyped.

    A count of people that no casualty word governs («وصل 40 عنصراً») is
    not a casualty; its span is kept so that a report can list it.
    ``quantities`` (outside dates) and ``actors`` (with back-references) are
    read here unless a caller that already has them passes them in.
    """
    text = prepared.text
    if quantities is None:
        quantities = scan_quantities(prepared)
    if actors is None:
        actors = scan_actors(prepared, registry, anaphora=True)
    quantities = extra_counts(prepared, quantities)
    reader = _Reader(prepared, actors)
    near = Nearness(prepared)
    found: list[CasualtySpan] = []
    for index, quantity in enumerate(quantities):
        previous = found[-1] if found else None
        if not near.may_count(quantity, previous):
            continue  # no casualty word anywhere near: the reader would find nothing
        limit = quantities[index + 1].start if index + 1 < len(quantities) else len(text)
        item = reader.read(quantity, previous, limit)
        if item is not None and (not found or item.start >= found[-1].end):
            found.append(item)
    found = victims_apart(prepared.index, appositions(text, found))
    starts = [item.start for item in found]
    untyped = [span for span in reader.untyped if not _inside(span, found, starts)]
    return CasualtyScan(found, untyped)


def _inside(span: tuple[int, int], found: list[CasualtySpan], starts: list[int]) -> bool:
    """Whether ``span`` lies within one of the casualties (sorted by start)."""
    index = bisect.bisect_right(starts, span[0]) - 1
    return index >= 0 and found[index].end >= span[1]


def find_casualties(
    text: str | PreparedText, *, registry: ActorRegistry | None = None
) -> list[Match[Casualty]]:
    """Every casualty count in ``text``: kind, count (a :class:`Quantity`), victims.

    Each mention counts, a toll repeated in the headline and the body
    included; running totals are marked ``total`` and sub-counts
    («بينهم 5 أطفال») ``breakdown``.  Never raises on a ``str``.

    Examples:
        >>> [(m.text, m.value.kind.value, m.value.count.value)
        ...  for m in find_casualties("مقتل 5 مدنيين وإصابة 3 آخرين")]
        [('5 مدنيين', 'killed', 5), ('3 آخرين', 'wounded', 3)]
    """
    prepared = as_prepared(text)
    found = scan_casualties(prepared, registry=registry).casualties
    return prepared.matches((span.start, span.end, span.casualty) for span in found)
