"""Rules of the casualty reader that look at a few words around a count.

What blocks a count («نزوح 300 شخص»), what makes it a sub-count («بينهم 5 أطفال»), a toll
label before a figure («عدد القتلى: 58», «حصيلة الجرحى 120»), a verb of exceeding
(«تجاوز عدد القتلى 250»), a qualifier after the victims («12 عنصرا من قوات النظام على
الأقل») and what «ضحايا» means in its sentence.  The words come in the reader's order:
``before`` holds the words before a count, nearest first.
"""

from __future__ import annotations

import re

from conflictparse.entities.casualty_words import (
    clitic_stems,
    kills_alone,
    may_block,
    may_trigger,
    phrase,
    singular_victim,
    stems,
)
from conflictparse.model import CasualtyKind, Qualifier, Quantity
from conflictparse.quantities.digits import bracketed
from conflictparse.quantities.numbers import QuantitySpan
from conflictparse.quantities.patterns import number_patterns, phrase_key
from conflictparse.text.lexicon.casualties import casualty_lexicon
from conflictparse.text.lexicon.numbers import number_lexicon
from conflictparse.text.tokens import SENTENCE_MARKS, WORD, TextIndex, Word, listed

__all__ = [
    "LIST_REACH",
    "blocked",
    "breakdown",
    "breakdown_after",
    "count_noun_before",
    "exceeded",
    "item_lead",
    "label_kind",
    "noun_kind",
    "of_things",
    "opens_item_after_one",
    "punctuated",
    "qualifier_after",
    "start_with_brackets",
    "victims_kind",
]

_WINDOW_WORDS = 8  # how far back a blocker or a label may stand from its count, in words
_PUNCTUATION = frozenset("،,:;؛")


def punctuated(text: str, start: int, end: int) -> bool:
    """Whether punctuation stands between two words: «الشهداء: 31، الجرحى: 140»."""
    return not _PUNCTUATION.isdisjoint(text[start:end])


def blocked(before: list[Word]) -> bool:
    """Whether an event that harms nobody («نزوح», «الإفراج عن») governs the count."""
    lexicon = casualty_lexicon()
    for index in range(min(len(before), _WINDOW_WORDS)):
        for length in (1, 2):  # a phrase of one or two words ending at this word
            if index + length > len(before) or not may_block(before[index + length - 1].text):
                continue  # no blocker starts with the phrase's first word
            words = before[index : index + length][::-1]
            heads = clitic_stems(words[0].text)
            rest = tuple(word.text for word in words[1:])
            if any((head, *rest) in lexicon.blockers for head in heads):
                return not _tally_made_of(before, index, heads)
        if not may_trigger(before[index].text):
            continue  # no trigger starts here
        if phrase(before[index::-1][:3], lexicon.triggers) is not None:
            return False  # a casualty word comes first: «قتل 5 … بعد نزوح»
    return False


def _tally_made_of(before: list[Word], at: int, heads: tuple[str, ...]) -> bool:
    """Whether a verb of what a group is made of tells what a toll is made of.

    «الحصيلة تضم 655 شخصا … قتلوا», «وتضم الحصيلة 40 مدنيا»: the toll's word is right
    before or right after the verb, so the count is of victims.
    """
    lexicon = casualty_lexicon()
    if lexicon.made_of.isdisjoint(heads):
        return False
    near = [before[index].text for index in (at - 1, at + 1) if 0 <= index < len(before)]
    return any((word,) in lexicon.totals for word in near)


def count_noun_before(before: list[Word]) -> tuple[CasualtyKind, int] | None:
    """«القتلى الـ 31», «الشهداء: 31»: a casualty noun with the article right before the count."""
    if not before or not before[0].text.startswith("ال"):
        return None
    kind = casualty_lexicon().count_nouns.get((before[0].text[2:],))
    return (kind, before[0].start) if kind is not None else None


def breakdown(before: list[Word]) -> bool:
    """«بينهم 5 أطفال»: a sub-count of the count before it."""
    breakdowns = casualty_lexicon().breakdowns
    if len(before) > 1 and (before[1].text, before[0].text) in breakdowns:
        return True
    return bool(before) and (before[0].text,) in breakdowns


def breakdown_after(after: list[Word]) -> bool:
    """«و95 بينهم 12 طفلا»: a breakdown word (one or two) right after a count."""
    breakdowns = casualty_lexicon().breakdowns
    texts = tuple(word.text for word in after[:2])
    return bool(texts) and (texts[:1] in breakdowns or texts in breakdowns)


def noun_kind(word: str) -> CasualtyKind | None:
    """The kind of a casualty noun, with or without its article or clitic: «الشهداء»."""
    count_nouns = casualty_lexicon().count_nouns
    for form in stems(word):
        kind = count_nouns.get((form,))
        if kind is not None:
            return kind
    return None


def label_kind(before: list[Word]) -> CasualtyKind | None:
    """The kind of a toll label before a bare figure: «بلغ عدد الشهداء منذ بداية الشهر 210»."""
    heads = casualty_lexicon().label_heads
    window = before[:_WINDOW_WORDS]
    for index in range(1, len(window)):
        if heads.isdisjoint(clitic_stems(window[index].text)):
            continue
        kind = noun_kind(window[index - 1].text)
        if kind is not None:
            return kind
    return None


def exceeded(before: list[Word]) -> bool:
    """«تجاوز عدد القتلى 250», «عدد الشهداء تجاوز 40 ألفا»: the figure is a lower bound.

    The verb stands right before the count, or before a toll label that does.
    """
    lexicon = casualty_lexicon()
    for word in before[:4]:
        forms = clitic_stems(word.text)
        if not lexicon.more_than_verbs.isdisjoint(forms):
            return True
        if lexicon.label_heads.isdisjoint(forms) and noun_kind(word.text) is None:
            return False  # another word between: the verb is not about this figure
    return False


def more_than(quantity: Quantity) -> Quantity:
    """An exact figure made a lower bound (exclusive)."""
    if quantity.qualifier is not Qualifier.EXACT or quantity.value is None:
        return quantity
    return Quantity.more_than(quantity.value, quantity.unit)


def qualifier_after(text: str, pos: int | None, quantity: Quantity) -> tuple[Quantity, int] | None:
    """«… من قوات النظام على الأقل»: a qualifier after the victims (at ``pos``), and its end."""
    if pos is None:
        return None
    if quantity.qualifier is not Qualifier.EXACT or quantity.value is None:
        return None
    found = number_patterns().after_qualifier.match(text, pos, pos + 40)
    if found is None or WORD.search(text, pos, found.start("phrase")) is not None:
        return None  # only spaces or a comma between the victims and the qualifier
    qualifier = number_lexicon().qualifiers_after[phrase_key(found["phrase"])]
    value = quantity.value
    made = {
        Qualifier.AT_LEAST: Quantity.at_least,
        Qualifier.AT_MOST: Quantity.at_most,
        Qualifier.APPROX: Quantity.approx,
    }
    return made[qualifier](value, quantity.unit), found.end()


def victims_kind(index: TextIndex, start: int, end: int) -> CasualtyKind:
    """What «ضحايا» counts at ``[start, end)``: killed, or killed_or_wounded.

    Killed when its clause says the victims are dead: a dead cue follows («تحت الأنقاض»),
    a killing verb governs the count («لقي 12 ضحية حتفهم»), or the wounded are counted
    apart («من بين الضحايا 8 رجال و4 جرحى»).  Otherwise both (the corpus rule).
    """
    lexicon = casualty_lexicon()
    after = index.after(end, 8)
    paired = phrase(after, lexicon.count_nouns) or phrase(after, lexicon.after_triggers)
    if paired is not None and paired[0] is CasualtyKind.KILLED_OR_WOUNDED:
        return paired[0]  # «20 ضحية بين قتيل وجريح»
    texts = [word.text for word in after]
    for at, text in enumerate(texts):
        if tuple(texts[at : at + 2]) in lexicon.dead_cues or (text,) in lexicon.dead_cues:
            return CasualtyKind.KILLED
        if at < 3 and phrase(after[at:], lexicon.after_triggers) == (CasualtyKind.KILLED, 1):
            return CasualtyKind.KILLED  # «12 ضحية لقوا حتفهم»
        previous = after[at - 1].end if at else end
        if noun_kind(text) is CasualtyKind.WOUNDED and _figure(
            index.text[previous : after[at].start]
        ):
            return CasualtyKind.KILLED  # «و4 جرحى»: the wounded are counted apart
    for word in index.before(start, 3):
        if listed(word.text, lexicon.falls):
            break  # «سقط عشرات الضحايا»: fell, killed or wounded
        found = phrase([word], lexicon.triggers) if may_trigger(word.text) else None
        if found is not None and found[0] is CasualtyKind.KILLED:
            return CasualtyKind.KILLED  # «لقي 12 ضحية»
    return CasualtyKind.KILLED_OR_WOUNDED


def _figure(between: str) -> bool:
    """Whether ``between`` is a figure with spaces or a comma: «4 » in «و4 جرحى»."""
    return between.strip(" \t،,").isdigit()


LIST_REACH = 240  # characters from one item of a list of tolls to the count of the next
_SENTENCE_MARKS = re.compile(rf"[.{SENTENCE_MARKS}]")  # any full stop, decimal or not


def item_lead(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` leads to the next item of a list of tolls.

    No sentence ends in it, and «و» ends it.

    >>> item_lead("قتل 5 في حاس، و", 0, 15)
    True
    """
    lead = text[start:end]
    return not _SENTENCE_MARKS.search(lead) and lead.rstrip(" \t").endswith("و")


def opens_item_after_one(index: TextIndex, found: QuantitySpan, *, victim: bool) -> bool:
    """Whether the count opens the next item of a list of tolls that opens with a death of one.

    «قتل طفل جراء قصف على قرية معرزيتا، و3 مدنيين جراء قصف على بلدة كفرنبل»: a killing
    word, a singular victim and a list link, then «و» and the count (with a noun of people,
    ``victim``, or followed by a list link too).
    """
    text = index.text
    lead_start = max(0, found.start - LIST_REACH)
    if not item_lead(text, lead_start, found.start):
        return False
    links = casualty_lexicon().list_links
    if not victim:
        following = index.after(found.number_end, 1, clause=False)
        if not following or following[0].text not in links:
            return False  # «و3 في …»: with no noun of people, the same link as the first item
    words = index.words_in(lead_start, found.start)
    return any(
        kills_alone(first) and singular_victim(second) and link in links
        for first, second, link in zip(words, words[1:], words[2:], strict=False)
    )


def start_with_brackets(text: str, found: QuantitySpan) -> int:
    """Where a casualty of ``found`` starts: «(20) مدنيا» takes the figure's brackets."""
    brackets = bracketed(text, found.start, found.number_end)
    return brackets[0] if brackets is not None else found.start


def of_things(text: str, found: QuantitySpan) -> bool:
    """Whether a bare count is of things told before: «سقط اثنان منها», «من بينها ثمانية».

    «منها» refers to things (barrels, rockets); people are «منهم».
    """
    return bool(_OF_THEM_AFTER.match(text, found.number_end)) or text[
        max(0, found.start - _OF_THEM_CHARS) : found.start
    ].rstrip(" \t").endswith(_OF_THEM_BEFORE)


_OF_THEM_AFTER = re.compile(r"[ \t]++(?:منها|من[ \t]++بينها)(?![\w])")
_OF_THEM_BEFORE = ("منها", "بينها")
_OF_THEM_CHARS = 12
