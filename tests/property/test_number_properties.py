"""Invariants of the number layer and of normalisation, over generated text."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import conflictparse as cp
from conflictparse.text.normalize import fold, normalize
from tests.property.strategies import (
    arabic_number_words,
    decorate,
    noisy_text,
    pick_first,
    pick_last,
    spell,
    to_script,
)

SCRIPTS = ("ascii", "arabic", "persian")

# --- the strategy itself: a wrong spelling here would be a test bug -----------------

# Standard spellings: nominative, masculine counted noun, مئة, «وعشرون».
STANDARD_SPELLINGS = [
    (0, "صفر"),
    (1, "واحد"),
    (2, "اثنان"),
    (3, "ثلاثة"),
    (8, "ثمانية"),
    (10, "عشرة"),
    (11, "أحد عشر"),
    (12, "اثنا عشر"),
    (13, "ثلاثة عشر"),
    (18, "ثمانية عشر"),
    (20, "عشرون"),
    (21, "واحد وعشرون"),
    (22, "اثنان وعشرون"),
    (96, "ستة وتسعون"),
    (100, "مئة"),
    (102, "مئة واثنان"),
    (200, "مئتان"),
    (325, "ثلاثمئة وخمسة وعشرون"),
    (800, "ثمانمئة"),
    (1000, "ألف"),
    (2000, "ألفان"),
    (3000, "ثلاثة آلاف"),
    (10_000, "عشرة آلاف"),
    (11_000, "أحد عشر ألفاً"),
    (25_000, "خمسة وعشرون ألفاً"),
    (100_000, "مئة ألف"),
    (101_000, "مئة ألف وألف"),
    (102_000, "مئة ألف وألفان"),
    (103_000, "مئة وثلاثة آلاف"),
    (200_000, "مئتا ألف"),
    (250_000, "مئتان وخمسون ألفاً"),
    (1_000_000, "مليون"),
    (2_000_000, "مليونان"),
    (3_000_000, "ثلاثة ملايين"),
    (11_000_000, "أحد عشر مليوناً"),
    (200_000_000, "مئتا مليون"),
    (1_234_567, "مليون ومئتان وأربعة وثلاثون ألفاً وخمسمئة وسبعة وستون"),
    (
        999_999_999,
        "تسعمئة وتسعة وتسعون مليوناً وتسعمئة وتسعة وتسعون ألفاً وتسعمئة وتسعة وتسعون",
    ),
]

# The last option everywhere: oblique case, feminine counted noun, مائة written apart,
# «و عشرين» with a space, and every orthographic variant (no hamza, ه for ة, ى/ي swapped).
VARIANT_SPELLINGS = [
    (1, "واحده"),  # واحدة
    (2, "إثنتين"),  # اثنتين
    (3, "ثلاث"),
    (8, "ثمان"),
    (10, "عشر"),
    (11, "احدي عشره"),  # إحدى عشرة
    (12, "إثنتى عشره"),  # اثنتي عشرة
    (18, "ثمانى عشره"),  # ثماني عشرة
    (21, "احدي و عشرين"),  # إحدى وعشرين
    (96, "ست و تسعين"),
    (200, "مائتين"),
    (800, "ثمانى مائه"),  # ثماني مائة
    (3000, "ثلاثه الاف"),  # ثلاثة آلاف
    (11_000, "احد عشر الف"),  # أحد عشر ألف
    (200_000, "مائتى الف"),  # مائتي ألف
    (102_000, "مائه الف و الفين"),  # مائة ألف وألفين
    (2_000_000, "مليونين"),
    (
        1_234_567,
        "مليون و مائتين و اربعه و ثلاثين الف و خمس مائه و سبع و ستين",
    ),
]


@pytest.mark.parametrize(("n", "words"), STANDARD_SPELLINGS)
def test_strategy_standard_spelling(n: int, words: str) -> None:
    assert spell(n, pick_first) == words


@pytest.mark.parametrize(("n", "words"), VARIANT_SPELLINGS)
def test_strategy_variant_spelling(n: int, words: str) -> None:
    assert spell(n, pick_last) == words


# --- number words ------------------------------------------------------------------


@settings(max_examples=300)
@given(arabic_number_words())
def test_spelled_number_parses_back(pair: tuple[int, str]) -> None:
    n, words = pair
    quantity = cp.parse_number(words)
    assert quantity == cp.Quantity.exact(n), words
    assert isinstance(quantity.value, int)


@settings(max_examples=100)
@given(st.data())
def test_spelled_number_with_marks_parses_back(data: st.DataObject) -> None:
    n, words = data.draw(arabic_number_words())
    noisy = data.draw(decorate(words))
    assert cp.parse_number(noisy).value == n, repr(noisy)


@settings(max_examples=100)
@given(arabic_number_words())
def test_spelled_number_found_whole_in_a_sentence(pair: tuple[int, str]) -> None:
    n, words = pair
    prefix = "وقال المرصد إن العدد بلغ "
    text = prefix + words + " بحسب المرصد"
    matches = cp.find_numbers(text)
    assert [(m.start, m.end, m.value.value) for m in matches] == [
        (len(prefix), len(prefix) + len(words), n)
    ], words


# --- digits --------------------------------------------------------------------------


@given(st.integers(0, 10**15))
def test_digits_in_three_scripts_parse_alike(n: int) -> None:
    for script in SCRIPTS:
        assert cp.parse_number(to_script(str(n), script)) == cp.Quantity.exact(n), script


@given(st.integers(1000, 10**12))
def test_grouped_digits_in_three_scripts_parse_alike(n: int) -> None:
    grouped = f"{n:,}"
    for script in SCRIPTS:
        assert cp.parse_number(to_script(grouped, script)).value == n
    assert cp.parse_number(to_script(grouped, "arabic").replace(",", "٬")).value == n


@given(st.integers(0, 9999), st.integers(1, 99))
def test_decimals_in_three_scripts_parse_alike(whole: int, fraction: int) -> None:
    text = f"{whole}.{fraction}"
    expected = float(text)
    for script in SCRIPTS:
        assert cp.parse_number(to_script(text, script)).value == pytest.approx(expected)
    assert cp.parse_number(to_script(text, "arabic").replace(".", "٫")).value == pytest.approx(
        expected
    )


@given(st.integers(0, 100), st.sampled_from(SCRIPTS))
def test_percent_in_three_scripts(n: int, script: str) -> None:
    digits = to_script(str(n), script)
    for text in (digits + "%", digits + "٪", "٪" + digits, digits + " بالمئة"):
        assert cp.parse_number(text) == cp.Quantity.exact(n, unit="percent"), text


@given(st.integers(31, 200))
def test_digit_runs_over_30_digits_are_not_quantities(length: int) -> None:
    run = "7" * length
    assert cp.find_numbers(run) == []
    with pytest.raises(cp.NumberParseError):
        cp.parse_number(run)


# --- find_numbers is total and its matches are well formed --------------------------


def assert_well_formed(text: str, matches: list[cp.Match[cp.Quantity]]) -> None:
    previous_end = 0
    for m in matches:
        assert 0 <= previous_end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.text.strip() == m.text
        q = m.value
        assert isinstance(q, cp.Quantity)
        if q.low is not None and q.high is not None:
            assert q.low <= q.high
        if q.qualifier in (cp.Qualifier.RANGE, cp.Qualifier.VAGUE):
            assert q.value is None
        else:
            assert q.value is not None
        previous_end = m.end


@settings(max_examples=300)
@given(noisy_text())
def test_find_numbers_spans_on_noisy_text(text: str) -> None:
    assert_well_formed(text, cp.find_numbers(text))


@given(st.text())
@example("")
@example("\u0640\u064b\u200f")
@example("٫٬٪")
@example("الـ")
@example("ما بين")
@example("من 20 إلى")
@example("0" * 31)
def test_find_numbers_is_total(text: str) -> None:
    assert_well_formed(text, cp.find_numbers(text))


@given(st.text())
def test_parse_number_raises_only_parse_errors(text: str) -> None:
    try:
        quantity = cp.parse_number(text)
    except cp.NumberParseError as err:
        failure = err
    else:
        assert isinstance(quantity, cp.Quantity)
        return
    assert failure.text == text
    assert 0 <= failure.position <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("1" * 100_000, id="100k-digit-run"),
        pytest.param("١" * 100_000, id="100k-arabic-indic-digits"),
        pytest.param("1," * 50_000, id="50k-comma-groups"),
        pytest.param("1.1." * 25_000, id="50k-dot-groups"),
        pytest.param("و3 " * 30_000, id="30k-list-items"),
        pytest.param("ما لا يقل عن " * 10_000, id="10k-dangling-qualifiers"),
        pytest.param("\u0640" * 100_000 + "96", id="100k-tatweel-then-digits"),
    ],
)
def test_find_numbers_survives_hostile_input(text: str) -> None:
    assert_well_formed(text, cp.find_numbers(text))


def test_long_digit_run_is_skipped() -> None:
    assert cp.find_numbers("1" * 100_000) == []


def test_long_digit_run_with_a_real_number_after_it() -> None:
    text = "1" * 100_000 + " و96"
    matches = cp.find_numbers(text)
    assert [(m.start, m.end, m.value) for m in matches] == [
        (100_002, 100_004, cp.Quantity.exact(96))
    ]


# --- normalisation -------------------------------------------------------------------

_TEXTS = st.one_of(st.text(), noisy_text())


@settings(max_examples=300)
@given(_TEXTS)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once
    assert fold(once) == once
    assert fold(text) == once


@settings(max_examples=300)
@given(_TEXTS)
def test_normalize_offsets_lead_back_to_the_original(text: str) -> None:
    n = normalize(text)
    assert n.original == text
    offsets = [n.offset(i) for i in range(len(n.text))]
    assert offsets == sorted(offsets)
    # each original character gives the folded characters of its own fold, in order (one
    # for a letter, two for a ligature such as «ﻻ», none for a mark)
    for j in set(offsets):
        assert "".join(n.text[i] for i, o in enumerate(offsets) if o == j) == fold(text[j])
    # every original character not kept is one that folding deletes
    dropped = set(range(len(text))) - set(offsets)
    assert all(fold(text[j]) == "" for j in dropped)


@settings(max_examples=300)
@given(st.data())
def test_normalize_span_maps_within_bounds_and_monotone(data: st.DataObject) -> None:
    text = data.draw(_TEXTS)
    n = normalize(text)
    size = len(n.text)
    a = data.draw(st.integers(0, size))
    b = data.draw(st.integers(a, size))
    start, end = n.span(a, b)
    assert 0 <= start <= end <= len(text)
    # what the span covers in the original folds to the folded span (or to a ligature's two
    # letters where the span takes one of them)
    assert n.text[a:b] in fold(text[start:end])
    if not any(len(fold(char)) > 1 for char in text[start:end]):
        assert fold(text[start:end]) == n.text[a:b]
    if a < b:
        assert start < end
    # a wider folded span never maps to a narrower original one
    c = data.draw(st.integers(0, a))
    d = data.draw(st.integers(b, size))
    outer_start, outer_end = n.span(c, d)
    if c < d and a < b:
        assert outer_start <= start
        assert end <= outer_end
