"""Casualty counts: :func:`find_casualties`.

A casualty is a quantity (from :mod:`conflictparse.numbers`) that counts
people, with the kind of harm the clause gives it.  The count decides first:
a noun after it that is a casualty word («96 قتيلاً», «21 جثة») gives the kind
itself; a person noun («9 مدنيين», «3 من رجال الأمن») needs a trigger in the
clause («مقتل», «أصيب», «لقوا حتفهم»); anything else («30 غارة», «عشرات
الحافلات», an age) is not a casualty.  The language lives in
``data/casualties.toml``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import NamedTuple

import attrs

from conflictparse.actors import ActorRegistry, ActorSpan, scan_actors
from conflictparse.dates import scan_dates
from conflictparse.grammar import LETTER
from conflictparse.lexicon import load_toml
from conflictparse.model import Actor, Casualty, CasualtyKind, Match
from conflictparse.normalize import Normalized, fold, normalize
from conflictparse.numbers import QuantitySpan, scan_quantities

__all__ = ["CasualtySpan", "find_casualties", "scan_casualties"]

_WINDOW_WORDS = 8  # how far back a trigger may stand from its count, in words
_WORD = re.compile(rf"[{LETTER}]+")
_CLAUSE_END = re.compile(r"[.؛;!?؟\n]")
_PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")


@attrs.frozen(slots=True)
class _Lexicon:
    count_nouns: Mapping[tuple[str, ...], CasualtyKind]
    triggers: Mapping[tuple[str, ...], CasualtyKind]
    victims: frozenset[str]
    not_casualties: frozenset[str]
    age_words: frozenset[str]
    totals: frozenset[tuple[str, ...]]
    breakdowns: frozenset[tuple[str, ...]]
    longest: int


def _phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(phrase)))


def _by_kind(section: Mapping[str, Iterable[str]]) -> dict[tuple[str, ...], CasualtyKind]:
    table: dict[tuple[str, ...], CasualtyKind] = {}
    for kind, phrases in section.items():
        for phrase in phrases:
            key = _phrase_key(phrase)
            if key:
                table.setdefault(key, CasualtyKind(kind))
    return table


def _words(section: Mapping[str, Iterable[str]]) -> frozenset[str]:
    return frozenset(fold(word) for word in section.get("words", []))


@functools.cache
def _lexicon() -> _Lexicon:
    data = load_toml("casualties.toml")
    count_nouns = _by_kind(data["count_nouns"])
    triggers = _by_kind(data["triggers"])
    totals = frozenset(_phrase_key(word) for word in data["totals"]["words"])
    breakdowns = frozenset(_phrase_key(word) for word in data["breakdowns"]["words"])
    longest = max(len(key) for key in (*count_nouns, *triggers, *totals, *breakdowns))
    return _Lexicon(
        count_nouns,
        triggers,
        _words(data["victims"]),
        _words(data["not_casualties"]),
        _words(data["age_words"]),
        totals,
        breakdowns,
        longest,
    )


class _Word(NamedTuple):
    start: int
    end: int
    text: str


class CasualtySpan(NamedTuple):
    """A casualty found in folded text (offsets into the folded string)."""

    start: int
    end: int
    casualty: Casualty


def _stems(word: str) -> Iterable[str]:
    """The word, without a clitic, without the article, without a pronoun suffix."""
    yield word
    bare = word
    if bare[:1] in ("و", "ف", "ب", "ل", "ك") and len(bare) > 3:
        bare = bare[1:]
        yield bare
    if bare.startswith("ال") and len(bare) > 3:
        bare = bare[2:]
        yield bare
    for suffix in _PRONOUN_SUFFIXES:
        if bare.endswith(suffix) and len(bare) - len(suffix) >= 3:
            yield bare[: -len(suffix)]
            break


class _Reader:
    """Reads casualties around the quantities of one folded text."""

    def __init__(self, text: str, actors: list[ActorSpan]) -> None:
        self.text = text
        self.lexicon = _lexicon()
        self.actors = actors

    # -- words around a position ------------------------------------------------

    def words_after(self, pos: int, limit: int) -> list[_Word]:
        """Up to ``limit`` words after ``pos`` in the same clause."""
        words: list[_Word] = []
        for match in _WORD.finditer(self.text, pos, min(len(self.text), pos + 24 * limit)):
            if _CLAUSE_END.search(self.text, pos, match.start()):
                break
            words.append(_Word(match.start(), match.end(), match[0]))
            pos = match.end()
            if len(words) == limit:
                break
        return words

    def words_before(self, pos: int, limit: int) -> list[_Word]:
        """Up to ``limit`` words before ``pos`` in the same clause, nearest first."""
        start = max(0, pos - 24 * limit)
        window = self.text[start:pos]
        stop = max((match.end() for match in _CLAUSE_END.finditer(window)), default=0)
        words = [
            _Word(start + match.start(), start + match.end(), match[0])
            for match in _WORD.finditer(window, stop)
        ]
        return words[::-1][:limit]

    def phrase(
        self, words: list[_Word], table: Mapping[tuple[str, ...], CasualtyKind]
    ) -> tuple[CasualtyKind, int] | None:
        """The longest phrase of ``table`` at the start of ``words``: (kind, words used)."""
        for count in range(min(len(words), self.lexicon.longest), 0, -1):
            texts = [word.text for word in words[:count]]
            for first in _stems(texts[0]):
                kind = table.get((first, *texts[1:]))
                if kind is not None:
                    return kind, count
        return None

    def is_in(self, word: str, table: frozenset[str]) -> bool:
        return any(stem in table for stem in _stems(word))

    # -- one quantity -------------------------------------------------------------

    def read(self, found: QuantitySpan, previous: CasualtySpan | None) -> CasualtySpan | None:
        quantity = found.quantity
        if quantity.unit is not None:
            return None
        before = self.words_before(found.start, _WINDOW_WORDS + 2)
        if before and self.is_in(before[0].text, self.lexicon.age_words):
            return None  # «طفل يبلغ 12 عاماً»
        own = self.text[found.start : found.end]
        kind, victim, end = self._noun(found, own)
        if kind is None and not victim and end is None:
            return None
        trigger_start = found.start
        breakdown = self._breakdown(before)
        if kind is None and breakdown and previous is not None:
            kind = previous.casualty.kind
        if kind is None:
            triggered = self._trigger_before(before) or self._trigger_after(end or found.end)
            if triggered is None:
                return None
            kind, trigger_at = triggered
            if end is None and trigger_at is not None:
                trigger_start = min(found.start, trigger_at)  # «إصابة العشرات»
        stop = end if end is not None else found.end
        who = self._who(found.end, stop) if victim else None
        actor = self._actor(found.end, stop) if victim else None
        casualty = Casualty(
            kind, quantity, who, actor, total=self._total(before), breakdown=breakdown
        )
        return CasualtySpan(trigger_start, stop, casualty)

    def _noun(self, found: QuantitySpan, own: str) -> tuple[CasualtyKind | None, bool, int | None]:
        """What the count counts: (kind from a casualty noun, a person noun, end of the noun)."""
        lexicon = self.lexicon
        if _WORD.fullmatch(own) and found.quantity.value == 2:  # a dual: «قتيلين», «سيدتان»
            for singular in _singulars(own):
                kind = lexicon.count_nouns.get((singular,))
                if kind is not None:
                    return kind, False, found.end
                if self.is_in(singular, lexicon.victims):
                    return None, True, found.end
        after = self.words_after(found.end, 6)
        if not after:
            return None, False, None
        counted = self.phrase(after, lexicon.count_nouns)
        if counted is not None:
            kind, used = counted
            return kind, len(after) > used and after[used].text == "من", after[used - 1].end
        first = after[0].text
        if self.is_in(first, lexicon.not_casualties):
            return None, False, None
        if self.is_in(first, lexicon.victims):
            return None, True, after[0].end
        if first == "من" and len(after) > 1:
            second = after[1].text
            counted = self.phrase(after[1:], lexicon.count_nouns)
            if counted is not None:
                return counted[0], True, after[counted[1]].end
            if self.is_in(second, lexicon.victims):
                return None, True, after[1].end
            return None, False, None
        if self.phrase(after, lexicon.triggers) is not None:
            return None, False, found.end  # «15273 أصيبوا»: the trigger after names the kind
        return None, False, None

    def _trigger_before(self, before: list[_Word]) -> tuple[CasualtyKind, int] | None:
        """The nearest casualty word before the count, in the same clause."""
        for index in range(min(len(before), _WINDOW_WORDS)):
            words = before[index::-1]  # from this word forward to the count
            triggered = self.phrase(words, self.lexicon.triggers)
            if triggered is not None:
                return triggered[0], before[index].start
        return None

    def _trigger_after(self, pos: int) -> tuple[CasualtyKind, int | None] | None:
        """A casualty verb right after the count or its noun: «9 مدنيين قتلوا»."""
        after = self.words_after(pos, 3)
        for index in range(min(len(after), 2)):
            triggered = self.phrase(after[index:], self.lexicon.triggers)
            if triggered is not None:
                return triggered[0], None
        return None

    def _breakdown(self, before: list[_Word]) -> bool:
        """«بينهم 5 أطفال»: a sub-count of the count before it."""
        for count in (2, 1):
            words = tuple(word.text for word in before[:count][::-1])
            if len(words) == count and words in self.lexicon.breakdowns:
                return True
        return False

    def _total(self, before: list[_Word]) -> bool:
        """«ارتفع عدد القتلى إلى 96», «حصيلة»: a running total."""
        texts = [word.text for word in before[:_WINDOW_WORDS]]
        return any(
            tuple(texts[index : index + length][::-1]) in self.lexicon.totals
            for index in range(len(texts))
            for length in (1, 2, 3)
        )

    def _who(self, start: int, end: int) -> str | None:
        """The victims as written: the noun and what «من …» adds to it."""
        words = self.words_after(start, 8)
        if not words:
            return None
        first = next((index for index, word in enumerate(words) if word.end >= end), 0)
        stop = first
        if stop + 1 < len(words) and words[stop + 1].text == "من":
            stop += 1
            while stop + 1 < len(words) and words[stop + 1].text not in _WHO_STOPS:
                stop += 1
        begin = words[0].start
        return self.text[begin : words[stop].end] or None

    def _actor(self, start: int, end: int) -> Actor | None:
        """The side the victims belong to, when an actor is named in their description."""
        return next((span.actor for span in self.actors if start <= span.start < end + 48), None)


# Words that end the description of the victims: prepositions and connectives.
_WHO_STOPS = frozenset(
    fold(word)
    for word in (
        "في",
        "على",
        "جراء",
        "إثر",
        "اثر",
        "خلال",
        "بعد",
        "قبل",
        "منذ",
        "عند",
        "قرب",
        "بسبب",
        "نتيجة",
        "حيث",
        "فيما",
        "بينما",
        "إلى",
        "الى",
        "عن",
        "مع",
        "داخل",
        "أمس",
        "اليوم",
        "بينهم",
        "منهم",
        "بقصف",
        "بنيران",
        "برصاص",
    )
)


def _singulars(dual: str) -> Iterable[str]:
    """Singular candidates of a dual word: «قتيلين» → قتيل, «سيدتان» → سيده, «جثتي» → جثه."""
    bare = dual
    for prefix in ("و", "ال"):
        if bare.startswith(prefix) and len(bare) > len(prefix) + 3:
            bare = bare[len(prefix) :]
    for suffix, replacement in (("تان", "ه"), ("تين", "ه"), ("تي", "ه"), ("ان", ""), ("ين", "")):
        if bare.endswith(suffix):
            yield bare[: -len(suffix)] + replacement


def scan_casualties(
    normalized: Normalized, *, registry: ActorRegistry | None = None
) -> list[CasualtySpan]:
    """Casualty counts in folded text, in order."""
    text = normalized.text
    dates = [(span.start, span.end) for span in scan_dates(normalized, None, with_digits_only=True)]
    quantities = scan_quantities(normalized, dates)
    actors = scan_actors(normalized, registry, anaphora=True)
    reader = _Reader(text, actors)
    found: list[CasualtySpan] = []
    for quantity in quantities:
        previous = found[-1] if found else None
        item = reader.read(quantity, previous)
        if item is not None and (not found or item.start >= found[-1].end):
            found.append(item)
    return found


def find_casualties(text: str, *, registry: ActorRegistry | None = None) -> list[Match[Casualty]]:
    """Every casualty count in ``text``: kind, count (a :class:`Quantity`), victims.

    Each mention counts, a toll repeated in the headline and the body
    included; running totals are marked ``total`` and sub-counts
    («بينهم 5 أطفال») ``breakdown``.  Never raises on a ``str``.

    Examples:
        >>> [(m.text, m.value.kind.value, m.value.count.value)
        ...  for m in find_casualties("مقتل 5 مدنيين وإصابة 3 آخرين")]
        [('5 مدنيين', 'killed', 5), ('3 آخرين', 'wounded', 3)]
    """
    normalized = normalize(text)
    original = normalized.original
    matches = []
    for span in scan_casualties(normalized, registry=registry):
        start, end = normalized.span(span.start, span.end)
        matches.append(Match(start, end, original[start:end], span.casualty))
    return matches
