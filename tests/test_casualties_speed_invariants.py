"""The shortcuts of the casualty reader and of event typing give what the long way gives.

The reader builds 10 words before a count unless a running total needs 20, skips phrase
lookups for words that open no phrase, and event typing looks each word up once in
cached tables.  Each shortcut is checked here against the long way round.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from conflictparse.entities.casualties import _Reader
from conflictparse.entities.casualty_words import in_clause, may_block, may_trigger, stems
from conflictparse.events.types import event_type
from conflictparse.model import EventType
from conflictparse.text.lexicon.casualties import casualty_lexicon
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.prepared import prepare
from conflictparse.text.tokens import TextIndex, Word

_CLITICS = "وبلف"


def _event_type_long_way(words: Sequence[str]) -> EventType | None:
    """Event typing as it was written first: every type in turn, n-grams of the text."""
    stemmed = [word[1:] if word[:1] in _CLITICS and len(word) > 3 else word for word in words]
    present = set(words).union(stemmed)
    for wording in event_lexicon().types:
        if not wording.words.isdisjoint(present):
            return wording.type
        for phrase in wording.phrases:
            size = len(phrase)
            grams = {tuple(seq[i : i + size]) for seq in (words, stemmed) for i in range(len(seq))}
            if phrase in grams:
                return wording.type
    return None


def _event_vocabulary() -> list[str]:
    words = {"قتل", "مدنيين", "في", "بلده", "اليوم", "عدد"}
    for wording in event_lexicon().types:
        words |= wording.words
        words |= {word for phrase in wording.phrases for word in phrase}
    return sorted(words)


@pytest.mark.parametrize("seed", range(20))
def test_event_type_matches_the_long_way(seed: int) -> None:
    rng = random.Random(seed)
    vocabulary = _event_vocabulary()
    for _ in range(200):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 12))]
        words = [rng.choice(["", "و", "ب", "ل"]) + word for word in words]
        assert event_type(words) == _event_type_long_way(words), words


def test_before_and_after_build_words() -> None:
    index = TextIndex("قتل 5 مدنيين. واصيب 3 اشخاص في القصف")
    words = index.before(30, 5) + index.after(0, 5)
    assert all(type(word) is Word for word in words)
    assert words[0] == Word(words[0].start, words[0].end, words[0].text)
    assert words[0].text == index.text[words[0].start : words[0].end]


def test_first_word_shortcuts() -> None:
    lexicon = casualty_lexicon()
    for key in lexicon.triggers:
        assert may_trigger(key[0])
    for key in lexicon.blockers:
        assert may_block(key[0])
    assert not may_trigger("طاوله")
    assert all(not may_block(word) for word in stems("طاوله"))


_TEXTS = [
    "ارتفع عدد القتلى في المدينة منذ بداية الهجوم الذي شنته القوات على الاحياء الى 96",
    "حصيلة الشهداء ارتفعت في القصف على المخيم في الايام الماضيه الى 9 مدنيين",
    "قتل وجرح حينها العشرات، فيما اصيب 5 اخرون بجروح",
    "نزوح 300 شخص من القريه بعد القصف",
    "بينهم 5 اطفال و3 نساء",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_words_before_reads_as_far_as_the_checks(text: str) -> None:
    prepared = prepare(text)
    reader = _Reader(prepared, [])
    for pos in range(len(prepared.text) + 1):
        full = in_clause(prepared.index.before(pos, 20))
        near = reader.words_before(pos)
        assert near == full[: len(near)]
        if full and full[0].text in casualty_lexicon().to_words:
            assert near == full
        else:
            assert near == full[:9]
