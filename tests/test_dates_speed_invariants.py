"""The shortcuts of the date layer give what the plain readings give.

Each speed-up in :mod:`conflictparse.dates` rests on a claim that these tests check against
the slower, obvious formulation: a token read after spaces is the token read at its start,
the phrases at a position come out in the same order, a cheap test of the first character
rejects no Latin date, and the digit anchors are the ones of a look-behind first pattern.
"""

from __future__ import annotations

import random
import re

import pytest

from conflictparse.dates import finder
from conflictparse.dates.phrases import (
    _TOKEN,
    _WINDOW,
    DatePhrase,
    DateToken,
    PhraseReader,
)
from conflictparse.dates.reader import _READERS, DateReader, _readers_of
from conflictparse.text.lexicon.dates import DateKind, date_lexicon
from conflictparse.text.prepared import prepare
from conflictparse.text.tokens import CLITICS_BUT_KAF, LETTER

_PIECES = (
    *("آذار", "2018", "13", "الـ", "يوم", "الأحد", "من", "العام", "الماضي", "عيد", "الفطر"),
    *("وآذار", "بتاريخ", "الحادي", "والعشرين", "/", "-", ".", "،", "(", ")", "هـ", "م"),
    *("كانون", "الأول", "ديسمبر", "قتل", "5", "مدنيين", "منذ", "3", "أيام", "خلال", "ال"),
    *(" ", " ", " ", "  ", "\t", "\n", "2024م", "1436ه", "ليلة", "أول", "أمس", "شهر"),
    *("لعام", "بعام", "لشهر", "وحتى", "بعد", "الغد", "قبل", "ويوم", "واليوم", "التالي"),
)


def _texts(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 30))) for _ in range(count)]


def _plain_token(text: str, pos: int) -> DateToken | None:
    """The token at ``pos`` read on its own, as first written."""
    found = _TOKEN.match(text, pos, pos + _WINDOW)
    if found is None:
        return None
    kind = found.lastgroup if found.lastgroup != "glue" else "num"
    assert kind is not None
    return DateToken(kind, found.start(kind), found.end(), found[kind], found["glue"] or "")


def _plain_candidates(reader: PhraseReader, pos: int) -> list[DatePhrase]:
    """The phrases at ``pos`` as first written: every proclitic, then a sort."""
    first = reader.token(pos)
    known = reader.lexicon.first_words
    if first is None or first.kind != "word":
        return []
    if not (first.text in known or (first.text[:1] in CLITICS_BUT_KAF and first.text[1:] in known)):
        return []
    found: list[tuple[int, int, DatePhrase]] = []
    for order, clitic in enumerate(("", *CLITICS_BUT_KAF)):
        if clitic and not first.text.startswith(clitic):
            continue
        words: tuple[str, ...] = (first.text[len(clitic) :],)
        token = first
        while words in reader.lexicon.prefixes:
            meanings = reader.lexicon.phrases.get(" ".join(words))
            if meanings is not None:
                phrase = DatePhrase(first.start + len(clitic), token.end, meanings, clitic)
                found.append((-len(words), order, phrase))
            following = reader.token(token.end)
            if following is None or following.kind != "word":
                break
            token = following
            words = (*words, token.text)
    found.sort(key=lambda item: item[:2])
    return [phrase for _, _, phrase in found]


def _plain_phrase(reader: PhraseReader, pos: int, *kinds: DateKind) -> DatePhrase | None:
    for candidate in _plain_candidates(reader, pos):
        chosen = tuple(word for word in candidate.words if not kinds or word.kind in kinds)
        if chosen:
            return candidate._replace(words=chosen)
    return None


@pytest.mark.parametrize("text", _texts(150))
def test_tokens_and_phrases_match_a_fresh_reading(text: str) -> None:
    folded = prepare(text).text
    warm = PhraseReader(folded, date_lexicon())
    for pos in range(len(folded) + 1):  # left to right, as a scan reads: aliases fill in
        warm.phrase(pos)
    kinds_sets = [(), (DateKind.GREGORIAN_MONTH,), (DateKind.PERIOD, DateKind.YEAR_MARKER)]
    for pos in reversed(range(len(folded) + 1)):
        cold = PhraseReader(folded, date_lexicon())
        assert warm.token(pos) == cold.token(pos) == _plain_token(folded, pos)
        for kinds in kinds_sets:
            assert warm.phrase(pos, *kinds) == _plain_phrase(cold, pos, *kinds)


def test_every_latin_date_starts_with_a_listed_character() -> None:
    first = re.compile(r"(?i)[0-9]|j|f|m|a|s|o|n|d")
    starts = {chr(code) for code in range(0x110000) if first.match(chr(code))}
    assert starts <= finder._LATIN_FIRST


def test_digit_anchors_match_the_look_behind_pattern() -> None:
    follow = finder._follow_words()  # the trie of the fast pattern against a plain alternation
    words = "|".join(sorted(map(re.escape, follow), key=len, reverse=True))
    plain = re.compile(
        rf"(?<![0-9])(?:[0-9]+(?:[ \t]*/[ \t]*[0-9]+|[/.,،:~-][0-9]+)+|[0-9]+"
        rf"(?=[ \t]*[مه](?![{LETTER}])"
        rf"|[ \t]*[.,،/-]?[ \t]*(?:[وفبل])?(?:{words})(?![{LETTER}])|[ \t]*و(?=[ \t]*[0-9])))"
    )
    fast = finder._digit_anchor_pattern()
    rng = random.Random(3)
    alphabet = ["1", "23", "/", ".", ",", "-", " ", "م", "ه", "و", "اذار", "من", "الي", "x"]
    alphabet += ["ماي", "مايو", "منذ", "ذو", "ذا", "في", "ال", "شهر", "لشهر"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_starts_are_sorted_and_unique() -> None:
    for text in [*_texts(200, seed=5), "5 March 2018 و13 آذار", "12 Jan 2020 2020 jan"]:
        prepared = prepare(text)
        runs = {
            run.start(): run.end() for run in finder._digit_anchor_pattern().finditer(prepared.text)
        }
        words = prepared.index.anchors(finder._anchor_words(), clitics=CLITICS_BUT_KAF)
        plain = sorted(set(words) | set(finder._latin_anchors(prepared.text)) | runs.keys())
        assert finder._merged(words, runs, prepared.text) == plain


def test_readers_of_a_phrase_are_the_ones_that_want_its_kinds() -> None:
    reader = DateReader("", date_lexicon())
    assert _readers_of(None) == tuple(read for read, _ in _READERS)
    for key, meanings in date_lexicon().phrases.items():
        phrase = DatePhrase(0, len(key), meanings, "")
        kinds = {word.kind for word in meanings}
        assert _readers_of(phrase) == tuple(read for read, want in _READERS if kinds & want)
    assert reader.expression(0) is None
