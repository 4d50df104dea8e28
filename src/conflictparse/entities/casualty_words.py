"""Word forms for the casualty reader: a word without its clitic, article or suffix.

The lexicon lists casualty words in their bare form («قتيل», «جريح»); these helpers give the
forms of a word of the text to look up: «والقتلى» → «القتلى», «قتلى»; «قتيلين» → «قتيل».
They also find the phrases of the lexicon among words, and say cheaply of a word that no
phrase can start with it, which is what most words of a report are.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from conflictparse.model import CasualtyKind, Quantity
from conflictparse.text.lexicon.casualties import casualty_lexicon
from conflictparse.text.tokens import CLITICS, Word, without_clitic

__all__ = [
    "AFTER_WORDS",
    "NOUN_WORDS",
    "ONE",
    "TOTAL_WORDS",
    "TWO",
    "Shortcuts",
    "another_one",
    "clitic_stems",
    "dual_of_person",
    "dual_singulars",
    "group_of_people",
    "in_clause",
    "kills_alone",
    "may_block",
    "may_trigger",
    "object_victim",
    "phrase",
    "shortcuts",
    "singular_person",
    "singular_victim",
    "stems",
]


# How far the casualty reader looks around a count, in words.
TOTAL_WORDS = 20  # back: how far a running-total word may open the window
NOUN_WORDS = 6  # ahead: how far after the count its noun may end
AFTER_WORDS = 12  # ahead: how far after the count (or its noun) a verb may give its kind

ONE = Quantity.exact(1)  # a death of one: «مقتل طفل»
TWO = Quantity.exact(2)  # a dual: «قتيلان», «مقتلهما»


@functools.lru_cache(maxsize=65536)
def stems(word: str) -> tuple[str, ...]:
    """The word, without a clitic, without the article, without a pronoun suffix.

    >>> stems("للشهداء")
    ('للشهداء', 'لشهداء', 'شهداء')
    """
    forms = list(prefix_stems(word))
    bare = forms[-1]
    lexicon = casualty_lexicon()
    if bare in lexicon.unsuffixed:
        return tuple(forms)  # «أسرة»: a family, not «أسر» and a pronoun
    for suffix in lexicon.pronoun_suffixes:
        if bare.endswith(suffix) and len(bare) - len(suffix) >= 3:
            forms.append(bare[: -len(suffix)])
            break
    return tuple(forms)


@functools.lru_cache(maxsize=65536)
def prefix_stems(word: str) -> tuple[str, ...]:
    """The word, without a clitic, without the article; its suffix kept.

    >>> prefix_stems("ومقتلهم")
    ('ومقتلهم', 'مقتلهم')
    """
    forms = [word]
    bare = word
    if bare[:1] in CLITICS and len(bare) > 3:
        bare = bare[1:]
        forms.append(bare)
    if bare.startswith("ال") and len(bare) > 3:
        bare = bare[2:]
        forms.append(bare)
    elif (
        word.startswith("لل") and len(word) > 4
    ):  # «للشهداء»: «ل» and the article, its alef dropped
        bare = word[2:]
        forms.append(bare)
    return tuple(forms)


def clitic_stems(word: str) -> tuple[str, ...]:
    """The word and the word without one proclitic (no suffix stripping: «وزارة» ≠ «زار»)."""
    stem = without_clitic(word)
    return (word,) if stem == word else (word, stem)


def dual_singulars(dual: str) -> Iterable[str]:
    """Singular candidates of a dual word: «قتيلين» → قتيل, «سيدتان» → سيده, «جثتي» → جثه."""
    bare = dual
    for prefix in ("و", "ال"):
        if bare.startswith(prefix) and len(bare) > len(prefix) + 3:
            bare = bare[len(prefix) :]
    for suffix, replacement in (("تان", "ه"), ("تين", "ه"), ("تي", "ه"), ("ان", ""), ("ين", "")):
        if bare.endswith(suffix):
            yield bare[: -len(suffix)] + replacement


def _sound(singular: str, victims: frozenset[str]) -> bool:
    """Whether a person noun takes the sound plural («مدني» → «مدنيين»): its «ـين» is no dual.

    So does a participle in «م» («متعاون» → «المتعاونين», «مسلح» → «مسلحين»), and a noun of
    origin in «ي» («باكستاني» → «باكستانيين»), whose dual is written as its plural.
    """
    participle = singular.startswith("م") and len(singular) >= _PARTICIPLE
    origin = singular.endswith("ي") and len(singular) >= _ORIGIN  # not «فتي» («فتيين»: two boys)
    return participle or origin or any(singular + ending in victims for ending in ("ون", "ي", "و"))


_PARTICIPLE = 4  # letters of the shortest participle in «م»: «مسلح»
_ORIGIN = 4  # letters of the shortest noun of origin in «ي»: «سوري»


@functools.lru_cache(maxsize=65536)
def dual_of_person(word: str) -> str | None:
    """How ``word`` may count two victims: «dual», «sound», «construct», «nominative» or None.

    «فلسطينيان», «امرأتين», «طفلاه», «آخران» are duals of a victim noun; a «sound» form in
    -ين is two only before a dual verb («مدنيين قتلا»); a «construct» one only before
    another noun («عنصري شرطة»), a «nominative» one only before a word that belongs to
    it («عنصرا شرطة»).
    """
    lexicon = casualty_lexicon()
    victims, forms = lexicon.victims, stems(word)
    if not lexicon.not_duals.isdisjoint(forms):
        return None
    if not lexicon.construct_duals.isdisjoint(forms):
        return "construct"
    if word in lexicon.construct_duals_nominative:
        return "nominative"  # «عنصرا شرطة»
    suffixed = len(forms) > 1 and not word.endswith(forms[-1])  # a pronoun suffix was stripped
    for form in forms[1:] if suffixed else forms:
        if suffixed and form == forms[-1]:
            if form.endswith("ا") and form[:-1] in victims:
                return "dual"  # «طفلاه»: his two children
            if form.endswith("تا") and form[:-2] + "ه" in victims:
                return "dual"  # «ابنتاه»
            continue
        if len(form) < 5:
            continue
        if form.endswith(("تان", "تين")) and form[:-3] + "ه" in victims:
            return "dual"  # «امرأتين», «طفلتان»
        singular = form[:-2]
        if form.endswith("ان") and singular in victims:
            return "dual"  # «فلسطينيان», «آخران»
        if form.endswith("ين") and singular in victims:
            return "sound" if _sound(singular, victims) else "dual"
    return None


class Shortcuts(NamedTuple):
    """Words that let the reader skip a lookup: no phrase of a table can hold them there."""

    break_firsts: frozenset[str]  # the first words of the clause breaks
    total_lasts: frozenset[str]  # the last words of the running-total phrases


@functools.cache
def shortcuts() -> Shortcuts:
    """The shortcuts of the packaged casualty lexicon."""
    lexicon = casualty_lexicon()
    return Shortcuts(
        break_firsts=frozenset(key[0] for key in lexicon.clause_breaks),
        total_lasts=frozenset(key[-1] for key in lexicon.totals),
    )


@functools.lru_cache(maxsize=65536)
def may_block(word: str) -> bool:
    """Whether ``word``, or ``word`` without a proclitic, opens a blocker («نزوح»)."""
    return not casualty_lexicon().blocker_firsts.isdisjoint(clitic_stems(word))


@functools.lru_cache(maxsize=65536)
def may_trigger(word: str) -> bool:
    """Whether one of the stems of ``word`` opens a trigger phrase («قتل», «لقوا حتفهم»)."""
    lexicon = casualty_lexicon()
    firsts = lexicon.first_words[id(lexicon.triggers)]
    return any(stem in firsts for stem in stems(word))


def in_clause(words: list[Word]) -> list[Word]:
    """``words`` (nearest first) up to a clause break of the lexicon («، فيما»)."""
    lexicon = casualty_lexicon()
    breaks = lexicon.clause_breaks
    firsts = shortcuts().break_firsts
    for index, word in enumerate(words):
        if word.text not in firsts:
            continue  # every break starts with one of these words
        two = (word.text, words[index - 1].text) if index else None
        if two in breaks and index > 1 and words[index - 2].text in lexicon.break_adverbs:
            continue  # «قتل في وقت سابق ثلاثة»: an adverb of time, no new clause
        if (word.text,) in breaks or (two is not None and two in breaks):
            return words[: index - 1 if two in breaks else index]
    return words


def phrase(
    words: list[Word], table: Mapping[tuple[str, ...], CasualtyKind]
) -> tuple[CasualtyKind, int] | None:
    """The longest phrase of ``table`` (a table of the lexicon) at the start of ``words``.

    Gives (kind, words used).
    """
    if not words:
        return None
    lexicon = casualty_lexicon()
    forms = stems(words[0].text)
    if lexicon.first_words[id(table)].isdisjoint(forms):
        return None  # the usual case: no phrase starts with this word at all
    prefixes = lexicon.prefixes[id(table)]
    # A phrase of several words starts with a word whose suffix is its own: in «لقي 9
    # مصرعهم وجرح 30» «مصرعهم» tells the deaths already counted, and 30 are wounded.
    best: tuple[CasualtyKind, int] | None = None
    for first in forms:
        key: tuple[str, ...] = (first,)
        count = 1
        while key in prefixes and (count == 1 or first in prefix_stems(words[0].text)):
            kind = table.get(key)
            if kind is not None and (best is None or count > best[1]):
                best = (kind, count)
            if count >= len(words):
                break
            key, count = (*key, words[count].text), count + 1
    return best


@functools.lru_cache(maxsize=65536)
def kills_alone(word: str) -> bool:
    """Whether ``word`` is a killing word of the lexicon on its own: «مقتل», «استشهد»."""
    if not may_trigger(word):
        return False
    found = phrase([Word(0, len(word), word)], casualty_lexicon().triggers)
    return found is not None and found[0] is CasualtyKind.KILLED


def singular_victim(word: str) -> bool:
    """«طفل», «الانتحاري», «رجلا»: a singular victim, with or without the article.

    The accusative «ا» of an object is read too: «فقتلت رجلا».
    """
    singulars = casualty_lexicon().singular_victims
    return (
        word in singulars
        or (word.startswith("ال") and word[2:] in singulars)
        or (word.endswith("ا") and len(word) > 3 and word[:-1] in singulars)
    )


def singular_person(before: Sequence[Word]) -> bool:
    """Whether the word right before a count is a singular victim: «شخص» in «شخص واحد»."""
    return bool(before) and singular_victim(without_clitic(before[0].text))


def group_of_people(word: str) -> bool:
    """«عناصر», «مقاتلي», «أفرادها», «مهندسي», «جيرانه»: a group that «أحد» is one of."""
    victims = casualty_lexicon().victims
    forms = {word, word[2:] if word.startswith("ال") else word}
    forms |= {
        form[: -len(suffix)]
        for form in forms
        for suffix in _GROUP_SUFFIXES
        if form.endswith(suffix)
    }
    # a construct plural, read by its singular: «أحد مهندسي الشركة», «أحد موظفي البلدية»
    forms |= {form[:-1] for form in forms if form.endswith("ي") and len(form) > _CONSTRUCT}
    return not forms.isdisjoint(victims)


_GROUP_SUFFIXES = ("ها", "هم", "ه")  # «أحد أفرادها», «أحد عناصرهم»
_CONSTRUCT = 4  # letters of the shortest construct plural read by its singular: «مهندسي»


def acts_on_one(words: Sequence[Word]) -> Word | None:
    """The victim when ``words`` are attackers and then one victim in the accusative.

    «مسلحون مجهولون شابا» after «قتل»: the gunmen kill, the young man (a singular victim,
    written in the accusative or not: «شاب مدني») is killed; «مسلحون أحد عناصر …»: one of
    a group is.  ``words`` start at the first word after the verb.
    """
    lexicon = casualty_lexicon()
    at = 0
    while at < len(words) and at < _MOST_KILLER_WORDS and words[at].text in lexicon.killers:
        at += 1
    if not at and words and words[0].text in lexicon.killer_groups:
        # «أعدم عناصر التنظيم اليوم شابا»: a side's men and its name, then the victim
        named = words[2 : 2 + _GROUP_NAME_WORDS]
        return next((word for word in named if _accusative_victim(word.text)), None)
    if not at or at >= len(words):
        return None
    victim = words[at].text
    if victim in lexicon.one_of and at + 1 < len(words):
        return words[at]  # «اغتال مسلحون أحد عناصر الفيلق»: one of a group
    # after the attackers, the victim is the object however it is written: «شاب مدني»
    return words[at] if singular_victim(victim) else None


def object_victim(word: str) -> bool:
    """A singular victim as a verb's object: «شابا» (accusative) or «الشاب» (definite)."""
    return (word.endswith("ا") or word.startswith("ال")) and singular_victim(word)


def _accusative_victim(word: str) -> bool:
    """A singular victim in the indefinite accusative: «شابا», «راعيا»."""
    return word.endswith("ا") and singular_victim(word)


_MOST_KILLER_WORDS = 2  # «مسلحون مجهولون»
_GROUP_NAME_WORDS = 2  # «التنظيم اليوم» between «عناصر» and «شابا»


def another_one(word: str) -> bool:
    """Whether folded ``word`` is «وآخر» or «وأخرى»: and another one, of a list or a pair.

    >>> another_one("واخر"), another_one("الاخر")
    (True, False)
    """
    return word[:1] == "و" and word[1:] in casualty_lexicon().another_one
