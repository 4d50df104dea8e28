"""The number lexicon (``numbers.toml``, ``counted_nouns.toml``): words, qualifiers, markers.

Every surface form is folded with :func:`conflictparse.text.normalize.fold` so that
lookups on normalised text are plain dictionary hits.  A form that folds to two
different meanings is a data error and fails loudly at load time.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Any

import attrs

from conflictparse.errors import LexiconError
from conflictparse.model import Qualifier
from conflictparse.text.lexicon import load_toml
from conflictparse.text.normalize import fold

__all__ = ["NumberLexicon", "ScaleForm", "Surface", "Word", "WordKind", "number_lexicon"]


class WordKind(enum.Enum):
    """The grammatical role of a number word."""

    UNIT = "unit"  # 0–10
    TEN = "ten"  # عشر/عشرة: 10 alone, or the tail of 11–19
    TEEN_HEAD = "teen_head"  # أحد/اثنا: only before عشر
    TEEN = "teen"  # colloquial one-word 11–19
    TENS = "tens"  # 20–90
    HUNDRED = "hundred"  # 100–900
    SCALE = "scale"  # ألف, مليون … with a form
    FRACTION = "fraction"  # نصف, ثلث, ربع
    FRACTION_PLURAL = "fraction_plural"  # أرباع after a unit
    VAGUE = "vague"  # بضع, عشرات, مئات
    DUAL_NOUN = "dual_noun"  # طفلين = 2
    ORDINAL = "ordinal"  # never a count


class ScaleForm(enum.Enum):
    """How a scale word counts: once, twice, after 3–10, or by context."""

    SINGULAR = "singular"
    DUAL = "dual"
    PLURAL = "plural"
    CONSTRUCT = "construct"


@attrs.frozen(slots=True)
class Word:
    """One folded surface form and what it means."""

    kind: WordKind
    value: Fraction = Fraction(0)
    high: Fraction = Fraction(0)  # upper bound of a vague word
    step: Fraction = Fraction(1)  # a vague word's order of magnitude: عشرات 10, مئات 100
    form: ScaleForm | None = None


@attrs.frozen(slots=True)
class Surface:
    """A lexicon word as it stands in text, with its proclitics.

    ``skip`` letters at its start stay out of the span («و3», «بنحو»);
    ``conj`` says a «و» joins it to what came before; ``affixed`` says it
    carries the article or another proclitic («العشرات», «بالمئة»).
    """

    skip: int
    conj: bool
    affixed: bool
    word: Word


@attrs.frozen(slots=True)
class NumberLexicon:
    """Everything the number grammar reads, keyed by folded form."""

    words: Mapping[str, Word]
    surfaces: Mapping[str, Surface]
    qualifiers_before: Mapping[str, Qualifier]
    qualifiers_after: Mapping[str, Qualifier]
    qualifiers_opening: tuple[str, ...]  # «وأكثر»: before «من» it opens the next count
    percent_after: tuple[str, ...]
    percent_before: tuple[str, ...]
    negative: tuple[str, ...]
    range_between: tuple[str, ...]
    range_from: tuple[str, ...]
    range_to: tuple[str, ...]
    range_between_to: tuple[str, ...]
    inclusive_after: tuple[str, ...]
    fraction_over: tuple[str, ...]
    fraction_part_of: tuple[str, ...]
    fraction_per: tuple[str, ...]
    pronoun_one_after: tuple[str, ...]
    identifier_after: tuple[str, ...]
    name_heads: frozenset[str]  # «ساحة» in «ساحة السبع بحرات»: the number word is a name
    outlet_heads: frozenset[str]  # «شبكة» in «شبكة دير الزور 24»: the figures end a name
    outlet_tails: frozenset[str]  # «إن» in «قال موقع حلب 24 إن»: no noun counted
    place_heads: frozenset[str]  # «قرية» in «قرية بليون»: a scale word after it is a name
    thousands_dot_before: frozenset[str]  # «23.708 شهداء»: the dot groups thousands
    glued_nouns: frozenset[str]  # «2480كم²», «7قتلى»: digits count the word glued to them
    ordinal_days: frozenset[str]  # «اليوم» of «اليوم الـ444»: the figures count a day
    thousands_dot_after: frozenset[str]  # «وقتل 5.000»: the dot groups thousands
    duration_openers: tuple[str, ...]  # «منذ» in «منذ 3 أيام»
    duration_units: tuple[str, ...]  # «أيام» in «منذ 3 أيام»
    recent_periods: frozenset[str]  # «الماضيين» in «خلال اليومين الماضيين»: a date's span
    change_verbs: tuple[str, ...]
    weekdays: frozenset[str]
    weekday_before: frozenset[str]  # «يوم الأحد عشرة مواقع»: Sunday, not eleven


class _Table:
    """Collects folded forms and refuses a form with two meanings."""

    def __init__(self) -> None:
        self.words: dict[str, Word] = {}

    def add(self, forms: Iterable[str], word: Word) -> None:
        for form in forms:
            key = fold(form)
            known = self.words.get(key)
            if known is not None and known != word:
                msg = f"number word {form!r} (folded {key!r}) has two meanings: {known} and {word}"
                raise LexiconError(msg)
            self.words[key] = word


def _phrases(entries: Iterable[str]) -> tuple[str, ...]:
    folded = {" ".join(fold(entry).split()) for entry in entries}
    return tuple(sorted(folded, key=lambda phrase: (-len(phrase), phrase)))


def _qualifier_table(section: Mapping[str, list[str]]) -> dict[str, Qualifier]:
    table: dict[str, Qualifier] = {}
    for name, phrases in section.items():
        qualifier = Qualifier(name)
        for phrase in _phrases(phrases):
            if table.get(phrase, qualifier) is not qualifier:
                msg = f"qualifier phrase {phrase!r} is both {table[phrase].value} and {name}"
                raise LexiconError(msg)
            table[phrase] = qualifier
    return table


# Words that only look like a clitic on a number word: «لست» (I am not).
_NOT_CLITIC = frozenset({"لست", "بست", "كست", "فست"})


def _surfaces(words: Mapping[str, Word], weekdays: frozenset[str]) -> dict[str, Surface]:
    """Every word with the proclitics it may carry, the bare word winning ties."""
    surfaces: dict[str, Surface] = {}
    outers = (("", False), ("و", True), ("ف", False))
    for stem, word in words.items():
        surfaces.setdefault(stem, Surface(0, False, False, word))
    for outer, conj in outers:
        for inner, clitic_letters in (("لل", 1), ("ال", 0), ("بال", 1), ("كال", 1)):
            for stem, word in words.items():
                if stem not in weekdays or word.kind is WordKind.TEEN_HEAD:  # «الأحد عشر»
                    surface = Surface(len(outer) + clitic_letters, conj, True, word)
                    surfaces.setdefault(outer + inner + stem, surface)
    for outer, conj in outers[1:]:
        for stem, word in words.items():
            surfaces.setdefault(outer + stem, Surface(1, conj, not conj, word))
    for outer, conj in outers:
        for letter in "بلك":
            for stem, word in words.items():
                form = outer + letter + stem
                if form not in _NOT_CLITIC:
                    surfaces.setdefault(form, Surface(len(outer) + 1, conj, True, word))
    return surfaces


def _dual_forms(noun: Mapping[str, Any]) -> list[str]:
    if "duals" in noun:
        return list(noun["duals"])
    singular = fold(noun["singular"])
    if noun["gender"] == "f":
        stem = singular.removesuffix("ه") + "ت"
        return [stem + "ان", stem + "ين", stem + "ي"]
    if noun.get("sound_plural", False):
        return [singular + "ان"]
    return [singular + "ان", singular + "ين"]


def _word_table(numbers: Mapping[str, Any], nouns: Mapping[str, Any]) -> _Table:
    """Every number word of ``numbers.toml`` and every dual of a counted noun, by form."""
    table = _Table()
    cardinals = numbers["cardinals"]
    for kind, key in (
        (WordKind.UNIT, "units"),
        (WordKind.TEEN_HEAD, "teen_heads"),
        (WordKind.TEEN, "teens"),
        (WordKind.TENS, "tens"),
        (WordKind.HUNDRED, "hundreds"),
    ):
        for entry in cardinals[key]:
            table.add(entry["forms"], Word(kind, Fraction(entry["value"])))
    table.add(cardinals["ten"], Word(WordKind.TEN, Fraction(10)))
    for entry in cardinals["fractions"]:
        value = Fraction(entry["numerator"], entry["denominator"])
        table.add(entry["forms"], Word(WordKind.FRACTION, value))
    for entry in cardinals["fraction_plurals"]:
        table.add(entry["forms"], Word(WordKind.FRACTION_PLURAL, Fraction(1, entry["denominator"])))
    for scale in numbers["scales"]:
        for form in ScaleForm:
            table.add(scale[form.value], Word(WordKind.SCALE, Fraction(scale["value"]), form=form))
    for entry in numbers["vague"].values():
        bounds = Fraction(entry["low"]), Fraction(entry["high"])
        word = Word(WordKind.VAGUE, *bounds, step=Fraction(entry.get("step", 1)))
        table.add(entry["forms"], word)
    table.add(numbers["ordinals"]["forms"], Word(WordKind.ORDINAL))
    for noun in nouns.get("noun", []):
        forms = [form for form in _dual_forms(noun) if fold(form) not in table.words]
        table.add(forms, Word(WordKind.DUAL_NOUN, Fraction(2)))
    return table


def _build_number_lexicon(numbers: Mapping[str, Any], nouns: Mapping[str, Any]) -> NumberLexicon:
    table = _word_table(numbers, nouns)
    qualifiers = numbers["qualifiers"]
    ranges = numbers["ranges"]
    weekdays = frozenset(fold(form) for form in numbers["not_numbers"]["with_article"])
    return NumberLexicon(
        words=table.words,
        surfaces=_surfaces(table.words, weekdays),
        qualifiers_before=_qualifier_table(qualifiers["before"]),
        qualifiers_after=_qualifier_table(qualifiers["after"]),
        qualifiers_opening=_phrases(qualifiers["opening"]["words"]),
        percent_after=_phrases(numbers["percent"]["after"]),
        percent_before=_phrases(numbers["percent"]["before"]),
        negative=_phrases(numbers["sign"]["negative"]),
        range_between=_phrases(ranges["between"]),
        range_from=_phrases(ranges["from"]),
        range_to=_phrases(ranges["to"]),
        range_between_to=_phrases(ranges["between_to"]),
        inclusive_after=_phrases(qualifiers["inclusive"]["after"]),
        fraction_over=_phrases(numbers["fraction_words"]["over"]),
        fraction_part_of=_phrases(numbers["fraction_words"]["part_of"]),
        fraction_per=_phrases(numbers["fraction_words"]["per"]),
        pronoun_one_after=_phrases(numbers["not_numbers"]["before_one"]),
        identifier_after=_phrases(numbers["not_numbers"]["identifier_after"]),
        name_heads=frozenset(fold(head) for head in numbers["not_numbers"]["name_heads"]),
        outlet_heads=frozenset(fold(head) for head in numbers["not_numbers"]["outlet_heads"]),
        outlet_tails=frozenset(fold(tail) for tail in numbers["not_numbers"]["outlet_tails"]),
        place_heads=frozenset(fold(head) for head in numbers["not_numbers"]["place_heads"]),
        ordinal_days=frozenset(fold(word) for word in numbers["not_numbers"]["ordinal_days"]),
        thousands_dot_before=frozenset(fold(noun) for noun in numbers["thousands_dot"]["before"]),
        glued_nouns=frozenset(
            fold(noun) for noun in [*numbers["thousands_dot"]["before"], *numbers["glued"]["units"]]
        ),
        thousands_dot_after=frozenset(fold(word) for word in numbers["thousands_dot"]["after"]),
        duration_openers=_phrases(numbers["durations"]["openers"]),
        duration_units=_phrases(numbers["durations"]["units"]),
        recent_periods=frozenset(fold(word) for word in numbers["durations"]["recent"]),
        change_verbs=_phrases(numbers["change_verbs"]["forms"]),
        weekdays=weekdays,
        weekday_before=frozenset(fold(w) for w in numbers["not_numbers"]["weekday_before"]),
    )


@functools.cache
def number_lexicon() -> NumberLexicon:
    """The packaged number lexicon, loaded and validated on first use."""
    return _build_number_lexicon(load_toml("numbers.toml"), load_toml("counted_nouns.toml"))
