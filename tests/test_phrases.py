"""The one phrase matcher: longest match over word tuples, against a brute-force search."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from conflictparse.text.phrases import PhraseTable, alternation, find_phrase, word_trie, words_from
from conflictparse.text.tokens import word_before

WORDS = st.sampled_from(["قوات", "النظام", "السوري", "جيش", "الفتح", "و"])
PHRASES = st.dictionaries(st.lists(WORDS, min_size=1, max_size=4).map(tuple), st.integers())


def brute_longest(table: dict[tuple[str, ...], int], words: list[str]) -> tuple[int, int] | None:
    for size in range(len(words), 0, -1):
        if tuple(words[:size]) in table:
            return table[tuple(words[:size])], size
    return None


@given(PHRASES, st.lists(WORDS, max_size=6))
def test_longest_is_the_longest_phrase_at_the_start(
    table: dict[tuple[str, ...], int], words: list[str]
) -> None:
    assert PhraseTable(table).longest(words) == brute_longest(table, words)


BARE_WORDS = st.sampled_from(["قوات", "النظام", "السوري", "جيش", "الفتح"])


@given(
    st.frozensets(st.lists(BARE_WORDS, min_size=1, max_size=4).map(tuple)),
    st.lists(BARE_WORDS, max_size=6),
)
def test_find_phrase_is_the_first_place_a_whole_phrase_occurs_the_longest_there(
    phrases: frozenset[tuple[str, ...]], words: list[str]
) -> None:
    expected = next(
        (
            (position, size)
            for position in range(len(words))
            for size in range(len(words) - position, 0, -1)
            if tuple(words[position : position + size]) in phrases
        ),
        None,
    )
    assert find_phrase(words, phrases) == expected


def test_find_phrase_never_reads_a_phrase_past_the_last_word() -> None:
    phrases = frozenset({("في", "السياق"), ("في", "السياق", "ذاته")})
    assert find_phrase(["في", "السياق"], phrases) == (0, 2)
    assert find_phrase(["في", "السياق", "ذاته"], phrases) == (0, 3)


@given(PHRASES, st.lists(WORDS, max_size=6))
def test_matches_are_every_phrase_at_the_start_shortest_first(
    table: dict[tuple[str, ...], int], words: list[str]
) -> None:
    expected = [
        (table[tuple(words[:size])], size)
        for size in range(1, len(words) + 1)
        if tuple(words[:size]) in table
    ]
    assert list(PhraseTable(table).matches(words)) == expected


def test_a_lazy_word_stream_is_read_no_further_than_needed() -> None:
    read: list[str] = []

    def stream() -> object:
        for word in ["قوات", "النظام", "في", "درعا", "اليوم"]:
            read.append(word)
            yield word

    table = PhraseTable({("قوات", "النظام"): 1})
    assert table.longest(stream()) == (1, 2)  # type: ignore[arg-type]
    assert read == ["قوات", "النظام", "في"]


def test_walk_gives_the_end_offsets_of_the_words_read() -> None:
    text = "قصف لقوات النظام السوري على درعا"
    table = PhraseTable({("قوات", "النظام"): "regime", ("قوات", "النظام", "السوري"): "syria"})
    words = list(words_from(text, text.index("قوات")))
    assert [word.text for word in words[:3]] == ["قوات", "النظام", "السوري"]
    walked = [(value, end) for value, _, end in table.walk(words)]
    assert walked == [("regime", text.index(" السوري")), ("syria", text.index(" على"))]


def test_words_stop_at_a_line_end_and_at_punctuation() -> None:
    assert [word.text for word in words_from("قوات النظام\nفي درعا", 0)] == ["قوات", "النظام"]
    assert [word.text for word in words_from("قوات، النظام", 0)] == ["قوات"]


def test_alternation_tries_the_longest_phrase_first_and_none_never_matches() -> None:
    found = re.compile(alternation([("بال",), ("بالاضافه", "الي")])).match("بالاضافه الي")
    assert found is not None
    assert found.group() == "بالاضافه الي"
    assert re.compile(alternation([])).search("اي نص") is None


LETTERS = st.text(alphabet="منذايو", min_size=1, max_size=5)


@given(st.sets(LETTERS, max_size=8), st.text(alphabet="منذايو ", max_size=8))
def test_the_word_trie_matches_what_the_alternation_matches(words: set[str], text: str) -> None:
    trie = re.compile(word_trie(words))
    plain = re.compile(alternation((word,) for word in words))
    for pos in range(len(text) + 1):
        by_trie, by_plain = trie.match(text, pos), plain.match(text, pos)
        assert (by_trie and by_trie.group()) == (by_plain and by_plain.group())


def test_the_word_trie_takes_the_longest_word_and_none_never_matches() -> None:
    found = re.compile(word_trie(["من", "منذ"])).match("منذ يومين")
    assert found is not None
    assert found.group() == "منذ"
    assert re.compile(word_trie([])).search("اي نص") is None


@given(
    st.lists(WORDS, min_size=1, max_size=5),
    st.sampled_from([" ", "  ", "\t", " \t"]),
    st.integers(min_value=1, max_value=20),
)
def test_the_word_before_is_the_whole_last_word_within_reach(
    words: list[str], gap: str, reach: int
) -> None:
    text = " ".join(words) + gap
    found = word_before(text, len(text), reach)
    last = words[-1]
    if len(last) + len(gap) <= reach:
        assert found is not None
        assert (found.text, text[found.start : found.end]) == (last, last)
    else:
        assert found is None  # never a part of a word cut by the reach


def test_the_word_before_never_reads_across_a_line() -> None:
    assert word_before("قتل\nالقرى", 4, 8) is None
    assert word_before("قتل\n", 4, 8) is None
    assert word_before("", 0, 8) is None
