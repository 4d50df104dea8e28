"""Invariants of the casualty, area and actor finders over generated text.

Every finder is total (any ``str`` in, a list out), and its matches are well
formed: spans into the original text, in order, not overlapping.  A casualty
sentence built from parts (a trigger or a kind-giving noun, a qualifier, a
number in digits of three scripts or in words, the victims) is read back as
exactly one casualty with the right kind and count.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import conflictparse as cp
from tests.property.strategies import decorate, noisy_text, spell, to_script

Finder = Callable[[str], Sequence[cp.Match[Any]]]


def _casualties(text: str) -> Sequence[cp.Match[Any]]:
    return cp.find_casualties(text)


def _areas(text: str) -> Sequence[cp.Match[Any]]:
    return cp.find_areas(text)


def _actors(text: str) -> Sequence[cp.Match[Any]]:
    return cp.find_actors(text)


def _actors_anaphora(text: str) -> Sequence[cp.Match[Any]]:
    return cp.find_actors(text, anaphora=True)


FINDERS: dict[str, Finder] = {
    "casualties": _casualties,
    "areas": _areas,
    "actors": _actors,
    "actors+anaphora": _actors_anaphora,
}

VALUE_TYPES: dict[str, type] = {
    "casualties": cp.Casualty,
    "areas": cp.Area,
    "actors": cp.Actor,
    "actors+anaphora": cp.Actor,
}


def assert_well_formed(text: str, name: str, matches: Sequence[cp.Match[Any]]) -> None:
    """Spans into ``text``, non-empty, in order, not overlapping; values of the right type."""
    assert isinstance(matches, list), name
    previous_end = 0
    for match in matches:
        assert isinstance(match, cp.Match), name
        assert 0 <= previous_end <= match.start < match.end <= len(text), (name, matches)
        assert text[match.start : match.end] == match.text, (name, match)
        assert isinstance(match.value, VALUE_TYPES[name]), (name, match)
        previous_end = match.end


def assert_quantities_sane(matches: Sequence[cp.Match[Any]]) -> None:
    for match in matches:
        value = match.value
        quantities: list[cp.Quantity | None] = []
        if isinstance(value, cp.Casualty):
            quantities = [value.count]
        elif isinstance(value, cp.Area):
            quantities = [value.km2, value.share_pct]
        for quantity in quantities:
            if quantity is not None and quantity.low is not None and quantity.high is not None:
                assert quantity.low <= quantity.high, match


def check_all(text: str) -> None:
    for name, finder in FINDERS.items():
        matches = finder(text)
        assert_well_formed(text, name, matches)
        assert_quantities_sane(matches)


# --- totality and well-formed spans --------------------------------------------------------


@settings(max_examples=300)
@given(st.text())
def test_finders_are_total_on_any_text(text: str) -> None:
    check_all(text)


@settings(max_examples=300)
@given(noisy_text())
def test_finders_are_total_on_noisy_arabic(text: str) -> None:
    check_all(text)


# Pieces of conflict news: triggers, victims, units, actors, things that are not casualties.
_NEWS_PIECES = (
    "مقتل", "قتل", "أصيب", "إصابة", "استشهد", "لقوا حتفهم", "اعتقل", "اختطف", "مفقود",
    "في عداد المفقودين", "قتلى وجرحى", "بين قتيل وجريح", "قتل وجرح", "بينهم",
    "ارتفع عدد القتلى إلى",
    "مدنياً", "عنصراً", "من", "قوات النظام", "والمسلحين الموالين لها", "أطفال", "نساء",
    "عشرات الحافلات", "المئات من مقاتلي الفصائل", "غارة", "يبلغ", "عاماً", "ليرة", "خسائر بشرية",
    "كلم مربع", "كم²", "كيلو متر مربع", "هكتار", "دونماً", "عشرات الدونمات", "متر", "ميل مربع",
    "بنسبة", "أي ما يعادل", "أي ما نسبته", "من مساحة الجغرافية السورية", "قطاع غزة",
    "تنظيم “الدولة الإسلامية”", "وداعش", "لقوات النظام", "للمرصد السوري", "قسد", "التنظيم",
    "الهيئة", "هيئة تحرير الشام", "وزارة الصحة", "الدفاع المدني", "الحوثيين", "الدعم السريع",
    "حركة حماس", "الحركة", "“", "”", "«", "»", '"',
)  # fmt: skip


@st.composite
def news_text(draw: st.DrawFn) -> str:
    """Noisy text mixed with the words the three finders look for."""
    pieces = draw(
        st.lists(st.one_of(st.sampled_from(_NEWS_PIECES), noisy_text()), min_size=1, max_size=12)
    )
    separators = draw(st.lists(st.sampled_from((" ", "، ", ". ", "\n", "")), min_size=len(pieces)))
    return "".join(piece + sep for piece, sep in zip(pieces, separators, strict=False))


@settings(max_examples=300)
@given(news_text())
def test_finders_are_well_formed_on_news_like_text(text: str) -> None:
    check_all(text)


@settings(max_examples=100)
@given(st.data())
def test_finders_are_well_formed_on_decorated_news(data: st.DataObject) -> None:
    text = data.draw(decorate(data.draw(news_text())))
    check_all(text)


# --- a casualty sentence built from parts ---------------------------------------------------

K = cp.CasualtyKind
Q = cp.Quantity
QuantityMaker = Callable[[int], cp.Quantity]

QUALIFIERS: tuple[tuple[str, QuantityMaker], ...] = (
    ("", Q.exact),
    ("نحو ", Q.approx),
    ("حوالي ", Q.approx),
    ("قرابة ", Q.approx),
    ("ما لا يقل عن ", Q.at_least),
    ("أكثر من ", Q.more_than),
    ("ما يزيد على ", Q.more_than),
)

# A word before the count that gives the kind, then a victim phrase after it.
TRIGGERS: tuple[tuple[str, K], ...] = (
    ("مقتل", K.KILLED),
    ("قتل", K.KILLED),
    ("يقتل", K.KILLED),
    ("استشهد", K.KILLED),
    ("أصيب", K.WOUNDED),
    ("إصابة", K.WOUNDED),
    ("اعتقال", K.CAPTURED),
    ("اختطف مسلحون", K.CAPTURED),
    ("فقدان", K.MISSING),
)
VICTIMS = (
    "مدنياً",
    "شخصاً",
    "طفلاً",
    "عنصراً من قوات النظام",
    "عنصراً من قوات النظام والمسلحين الموالين لها",
    "مقاتلاً من الفصائل",
)

# A verb after the victims that gives the kind.
AFTER: tuple[tuple[str, K], ...] = (
    ("لقوا حتفهم", K.KILLED),
    ("قتلوا", K.KILLED),
    ("استشهدوا", K.KILLED),
    ("أصيبوا بجروح", K.WOUNDED),
    ("في عداد المفقودين", K.MISSING),
)
LEADS = ("وأكدت مصادر طبية أن ", "وقال المرصد إن ", "")

# A noun after the count that gives the kind by itself.
KIND_NOUNS: tuple[tuple[str, K], ...] = (
    ("قتيلاً", K.KILLED),
    ("شهيداً", K.KILLED),
    ("جريحاً", K.WOUNDED),
    ("مفقوداً", K.MISSING),
    ("أسيراً", K.CAPTURED),
    ("قتيلاً وجريحاً", K.KILLED_OR_WOUNDED),
)
PREFIXES = ("أسفر القصف عن ", "خلفت المعارك ", "سقط ", "")

TAILS = (
    "",
    " في ريف حماة",
    " جراء القصف",
    " في قصف على المدينة",
    "، بحسب المرصد",
    " خلال الـ 24 ساعة الماضية",
)


@st.composite
def count_form(draw: st.DrawFn) -> tuple[int, str]:
    """A count in ASCII, Arabic-Indic or Persian digits, or in words (11..99)."""
    if draw(st.booleans()):
        n = draw(st.integers(11, 99))

        def pick(options: Sequence[str]) -> str:
            return draw(st.sampled_from(options))

        return n, spell(n, pick)
    n = draw(st.integers(11, 99_999))
    return n, to_script(str(n), draw(st.sampled_from(("ascii", "arabic", "persian"))))


@st.composite
def casualty_sentence(draw: st.DrawFn) -> tuple[str, str, K, cp.Quantity]:
    """(sentence, the count as written, kind, expected count)."""
    n, written = draw(count_form())
    qualifier, make = draw(st.sampled_from(QUALIFIERS))
    count = qualifier + written
    tail = draw(st.sampled_from(TAILS))
    shape = draw(st.sampled_from(("trigger", "after", "noun")))
    if shape == "trigger":
        trigger, kind = draw(st.sampled_from(TRIGGERS))
        sentence = f"{trigger} {count} {draw(st.sampled_from(VICTIMS))}{tail}"
    elif shape == "after":
        verb, kind = draw(st.sampled_from(AFTER))
        lead = draw(st.sampled_from(LEADS))
        sentence = f"{lead}{count} {draw(st.sampled_from(VICTIMS[:4]))} {verb}{tail}"
    else:
        noun, kind = draw(st.sampled_from(KIND_NOUNS))
        sentence = f"{draw(st.sampled_from(PREFIXES))}{count} {noun}{tail}"
    return sentence, count, kind, make(n)


def assert_one_casualty(text: str, count: str, kind: K, expected: cp.Quantity) -> None:
    found = cp.find_casualties(text)
    assert_well_formed(text, "casualties", found)
    assert len(found) == 1, (text, found)
    casualty = found[0].value
    assert casualty.kind is kind, (text, casualty)
    assert casualty.count.qualifier is expected.qualifier, (text, casualty)
    assert casualty.count.value == expected.value, (text, casualty)
    assert casualty.count.low == expected.low, (text, casualty)
    assert casualty.count.high == expected.high, (text, casualty)
    assert casualty.count.unit is None, (text, casualty)
    assert not casualty.total, (text, casualty)
    assert not casualty.breakdown, (text, casualty)
    assert count in found[0].text, f"the span covers the count: {text!r} {found[0]}"


@settings(max_examples=400)
@given(casualty_sentence())
def test_generated_casualty_sentence(case: tuple[str, str, K, cp.Quantity]) -> None:
    sentence, count, kind, expected = case
    assert_one_casualty(sentence, count, kind, expected)


@settings(max_examples=150)
@given(st.data())
def test_generated_casualty_sentence_with_invisible_marks(data: st.DataObject) -> None:
    sentence, _, kind, expected = data.draw(casualty_sentence())
    noisy = data.draw(decorate(sentence))
    found = cp.find_casualties(noisy)
    assert_well_formed(noisy, "casualties", found)
    assert [(m.value.kind, m.value.count.value, m.value.count.qualifier) for m in found] == [
        (kind, expected.value, expected.qualifier)
    ], repr(noisy)


@settings(max_examples=150)
@given(casualty_sentence(), casualty_sentence())
def test_two_generated_sentences_give_two_casualties(
    first: tuple[str, str, K, cp.Quantity], second: tuple[str, str, K, cp.Quantity]
) -> None:
    text = first[0] + ". " + second[0] + "."
    found = cp.find_casualties(text)
    assert_well_formed(text, "casualties", found)
    assert [(m.value.kind, m.value.count.value) for m in found] == [
        (first[2], first[3].value),
        (second[2], second[3].value),
    ], text
