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
from conflictparse.events.raids import air_rank, attempted_seizure, dropped
from conflictparse.events.types import read_wording
from conflictparse.model import EventType
from conflictparse.text.lexicon.casualties import casualty_lexicon
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.prepared import prepare
from conflictparse.text.tokens import TextIndex, Word, without_clitic

_CLITICS = "وبلف"


def _forms(word: str, *, article: bool) -> set[str]:
    """A word as a wording may read it: bare, less one proclitic, «لل» as «ال», less the
    article (where ``article``), less an object pronoun («تقتحمها»)."""
    forms = {word}
    if word[:1] in _CLITICS and len(word) > 3:
        forms.add(word[1:])
    if word.startswith("لل") and len(word) > 4:
        forms.add("ال" + word[2:])
    if article:
        forms |= {form[2:] for form in forms if form.startswith("ال") and len(form) >= 5}
    return forms | {
        form[: -len(suffix)]
        for form in forms
        for suffix in ("ها", "هم")
        if form.endswith(suffix) and len(form) - len(suffix) >= 4
    }


def _event_type_long_way(words: Sequence[str]) -> EventType | None:
    """Event typing the long way: at each word the best wording that starts there (a phrase
    covers its words), then the best of those."""
    lexicon = event_lexicon()
    types = lexicon.types
    found: list[int] = []
    position = 0
    muted_to = -1  # the end of the last wording that a lead made no act
    while position < len(words):
        if words[position] in lexicon.purposes:
            position += 1  # «لاعتقال»: a purpose is no wording
            continue
        best, size = len(types), 1
        for rank, wording in enumerate(types):
            forms = _forms(words[position], article=not wording.listed_only)
            if not wording.words.isdisjoint(forms) and rank < best:
                best, size = rank, 1
            for phrase in wording.phrases:
                rest = tuple(words[position + 1 : position + len(phrase)])
                if (
                    phrase[0] in forms
                    and len(rest) == len(phrase) - 1
                    and all(  # a definite noun takes a definite adjective: «القصف الجوي»
                        word in (wanted, "ال" + wanted)
                        for word, wanted in zip(rest, phrase[1:], strict=True)
                    )
                    and (rank, -len(phrase)) < (best, -size)
                ):
                    best, size = rank, len(phrase)
        if best == len(types):
            position += 1
            continue
        if dropped(words, position, size):  # «أسقطت طائرة 15 قنبلة»: an air strike
            best = air_rank()
        # «لتنفيذ حملة», «سلاح القصف المدفعي»: after a lead, and right after one muted, no act
        lead = position > 0 and (
            words[position - 1] in lexicon.purpose_leads
            or words[position - 1] in lexicon.tally_leads
            or words[position - 1] in lexicon.state_leads
            or without_clitic(words[position - 1]) in lexicon.landmarks
            or words[position - 1] in lexicon.weapon_leads
            or words[position - 1] in lexicon.destroyed_leads
            or words[position - 1] in lexicon.stop_leads
        )
        # …and one joined to a muted one by «و» and one noun: «أعداد الهجمات ومحاولات الاغتيال»
        joined = 0 < position == muted_to + 1 and words[position - 1].startswith("و")
        if lead or position == muted_to or joined:
            muted_to = position + size
        elif not attempted_seizure(types[best].sub_type, words, position):
            found.append(best)  # «تحاول السيطرة»: a seizure only tried is none
        position += size
    return types[min(found)].type if found else None


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
        text = " ".join(words)
        hit = read_wording(TextIndex(text), 0, len(text))
        assert (hit.wording.type if hit else None) == _event_type_long_way(words), words


def test_before_and_after_build_words() -> None:
    index = TextIndex("قتل 5 مدنيين. واصيب 3 اشخاص في القصف")
    words = index.before(30, 5) + index.after(0, 5)
    assert all(type(word) is Word for word in words)
    assert words[0] == Word(words[0].start, words[0].end, words[0].text)
    assert words[0].text == index.text[words[0].start : words[0].end]


def test_the_sentence_near_a_span_is_bounded_by_the_reach() -> None:
    text = "قتل 5 مدنيين في قصف على البلدة. واصيب 3 اشخاص"
    index = TextIndex(text)
    first_end = text.index(".") + 1
    assert index.sentence_near(4, 5, 1000) == index.sentence_at(4)
    assert index.sentence_near(4, 5, 3) == (1, 8)
    assert index.sentence_near(first_end + 3, first_end + 5, 1000)[0] >= first_end


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
