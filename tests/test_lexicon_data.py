"""The casualty and area lexicons: shape, spelling and consistency of the data.

``data/casualties.toml`` decides which numbers are casualty counts and of what
kind; ``data/areas.toml`` converts area units to km² and holds the countries'
areas.  These tests check the data itself; the tests of the casualty and area
readers check how the code uses it.
"""

from __future__ import annotations

import math
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any

import pytest
import regex

from conflictparse.text.normalize import fold

KINDS = ["killed", "wounded", "missing", "captured", "killed_or_wounded"]
BY_KIND = ("count_nouns", "triggers", "after_triggers")
WORD_LISTS = (
    "victims",
    "not_casualties",
    "age_words",
    "totals",
    "breakdowns",
    "clause_breaks",
    "break_adverbs",
    "blockers",
    "who_stops",
)
# Sections the reader looks up one word at a time: a phrase there could never match.
SINGLE_WORDS = ("victims", "not_casualties", "age_words")

AREA_SECTIONS = {
    "units",
    "bare_meter",
    "bare_km",
    "bare_meter_after",
    "bare_length_stops",
    "share_markers",
    "countries",
}
AREA_WORD_LISTS = (
    "bare_meter",
    "bare_km",
    "bare_meter_after",
    "bare_length_stops",
    "share_markers",
)
COUNTRY_FIELDS = {"name", "km2", "names"}
COUNTRY_ID = regex.compile(r"[A-Z]{2}(?:-[A-Z]{3})?")
EXPECTED_COUNTRIES = {
    "SY", "IQ", "YE", "LY", "SD", "LB", "PS", "PS-GZA", "PS-WBK",
    "JO", "SO", "ML", "SA", "TN", "EG", "SS", "AF", "TR",
}  # fmt: skip

# Arabic letters only (hamzas, ة and ى included): no tatweel, harakat or digits;
# words separated by one space.
_LETTERS = r"[\u0621-\u063A\u0641-\u064A]+"
PHRASE = regex.compile(rf"{_LETTERS}(?: {_LETTERS})*")
UNIT = regex.compile(rf"{_LETTERS}[²2]?(?: {_LETTERS})*")

# Unit families, tried in this order (a «كيلومتر» also contains «متر»): folded
# markers and the km² per unit the family must have.
UNIT_FAMILIES: list[tuple[tuple[str, ...], float]] = [
    (("هكتار",), 0.01),
    (("دونم", "دوانم"), 0.001),
    (("فدان", "افدنه", "فدادين"), 0.00420083),
    (("ميل", "اميال"), 2.589988110336),
    (("كيلو", "كلم", "كم"), 1.0),
    (("متر", "امتار", "م2", "م²"), 1e-6),
]


def _load(name: str) -> dict[str, Any]:
    with (resources.files("conflictparse.data") / name).open("rb") as handle:
        return tomllib.load(handle)


CASUALTIES = _load("casualties.toml")
AREAS = _load("areas.toml")


def key(text: str) -> str:
    """The folded form, spaces collapsed."""
    return " ".join(fold(text).split())


def forms(text: str) -> set[str]:
    """The folded form and, as the reader also tries it, the form without the article."""
    folded = key(text)
    first, _, rest = folded.partition(" ")
    if first.startswith("ال") and len(first) > 3:
        return {folded, " ".join(filter(None, (first[2:], rest)))}
    return {folded}


def all_forms(entries: Iterable[str]) -> set[str]:
    return {form for entry in entries for form in forms(entry)}


def lists() -> Iterator[tuple[str, list[Any]]]:
    """Every list of casualty words, labelled «section» or «section.kind»."""
    for section in BY_KIND:
        for kind, entries in CASUALTIES[section].items():
            yield f"{section}.{kind}", entries
    for section in WORD_LISTS:
        yield section, CASUALTIES[section]["words"]
    for name, entries in CASUALTIES["grammar"].items():
        yield f"grammar.{name}", entries


LISTS = dict(lists())


def duplicates(entries: Iterable[str]) -> list[str]:
    counts = Counter(key(entry) for entry in entries)
    return sorted(form for form, count in counts.items() if count > 1)


# -- casualties.toml: shape ----------------------------------------------------------------


def test_casualty_sections() -> None:
    assert set(CASUALTIES) == {"kinds", "grammar", *BY_KIND, *WORD_LISTS}
    assert CASUALTIES["kinds"] == KINDS


@pytest.mark.parametrize("section", BY_KIND)
def test_every_kind_listed(section: str) -> None:
    assert list(CASUALTIES[section]) == KINDS


@pytest.mark.parametrize("section", WORD_LISTS)
def test_word_list_sections(section: str) -> None:
    assert set(CASUALTIES[section]) == {"words"}


@pytest.mark.parametrize("label", sorted(LISTS))
def test_lists_are_nonempty_strings(label: str) -> None:
    entries = LISTS[label]
    assert isinstance(entries, list)
    assert entries, f"{label} is empty"
    assert all(isinstance(entry, str) for entry in entries)


@pytest.mark.parametrize("label", sorted(LISTS))
def test_spelling(label: str) -> None:
    bad = [entry for entry in LISTS[label] if not PHRASE.fullmatch(entry)]
    assert not bad, f"not plain Arabic words separated by single spaces: {bad}"


@pytest.mark.parametrize("section", SINGLE_WORDS)
def test_single_words(section: str) -> None:
    phrases = [entry for entry in CASUALTIES[section]["words"] if " " in entry]
    assert not phrases, f"{section} is looked up one word at a time: {phrases}"


@pytest.mark.parametrize("label", sorted(LISTS))
def test_no_duplicates_within_a_list(label: str) -> None:
    assert not duplicates(LISTS[label])


# -- casualties.toml: consistency ----------------------------------------------------------


@pytest.mark.parametrize("section", BY_KIND)
def test_one_kind_per_form(section: str) -> None:
    kinds_of: defaultdict[str, set[str]] = defaultdict(set)
    for kind, entries in CASUALTIES[section].items():
        for form in all_forms(entries):
            kinds_of[form].add(kind)
    clashes = {form: sorted(kinds) for form, kinds in kinds_of.items() if len(kinds) > 1}
    assert not clashes


def test_victims_are_not_things() -> None:
    victims = all_forms(CASUALTIES["victims"]["words"])
    things = all_forms(CASUALTIES["not_casualties"]["words"])
    assert not sorted(victims & things)


def test_victims_do_not_give_a_kind() -> None:
    victims = all_forms(CASUALTIES["victims"]["words"])
    nouns = all_forms(entry for entries in CASUALTIES["count_nouns"].values() for entry in entries)
    assert not sorted(victims & nouns)


def test_count_nouns_are_not_things() -> None:
    things = all_forms(CASUALTIES["not_casualties"]["words"])
    nouns = all_forms(entry for entries in CASUALTIES["count_nouns"].values() for entry in entries)
    assert not sorted(things & nouns)


# Words and fixed phrases of the domain guide and the corpus notes, as they are written
# there (harakat, missing hamzas and the article included): each must be found.
KNOWN = [
    ("count_nouns.killed", "قتيلاً"),
    ("count_nouns.killed", "قتيلان"),
    ("count_nouns.killed", "قتلى"),
    ("count_nouns.killed", "شهيدا"),
    ("count_nouns.killed", "جثة"),
    ("count_nouns.killed", "الجثث"),
    ("count_nouns.killed", "جثامين"),
    ("count_nouns.killed", "وفاة"),
    ("count_nouns.wounded", "جريحا"),
    ("count_nouns.wounded", "مصابين"),
    ("count_nouns.wounded", "مصابا"),
    ("count_nouns.wounded", "جرحى"),
    ("count_nouns.missing", "مفقود"),
    ("count_nouns.missing", "مفقودين"),
    ("count_nouns.captured", "أسرى"),
    ("count_nouns.captured", "معتقل"),
    ("count_nouns.captured", "مختطف"),
    ("count_nouns.killed_or_wounded", "ضحية"),
    ("count_nouns.killed_or_wounded", "ضحايا"),
    ("count_nouns.killed_or_wounded", "بين قتيل وجريح"),
    ("triggers.killed", "مقتل"),
    ("triggers.killed", "قُتل"),
    ("triggers.killed", "يقتل"),
    ("triggers.killed", "لقوا حتفهم"),
    ("triggers.killed", "لقي حتفه"),
    ("triggers.killed", "قضوا"),
    ("triggers.killed", "استشهاد"),
    ("triggers.killed", "سقوط"),
    ("triggers.killed", "أودى"),
    ("triggers.killed", "جثامين"),
    ("triggers.wounded", "إصابة"),
    ("triggers.wounded", "اصابة"),
    ("triggers.wounded", "أصيب"),
    ("triggers.wounded", "أصيبوا"),
    ("triggers.wounded", "بجروح"),
    ("triggers.missing", "في عداد المفقودين"),
    ("triggers.captured", "أسر"),
    ("triggers.captured", "اعتقل"),
    ("triggers.captured", "اختطف"),
    ("triggers.captured", "اقتادوا"),
    ("triggers.killed_or_wounded", "قتل وجرح"),
    ("triggers.killed_or_wounded", "مقتل وإصابة"),
    ("triggers.killed_or_wounded", "بين قتيل وجريح"),
    ("victims", "مدنياً"),
    ("victims", "مدنيين"),
    ("victims", "مواطنين"),
    ("victims", "عنصر"),
    ("victims", "عنصراً"),
    ("victims", "عناصر"),
    ("victims", "مقاتلي"),
    ("victims", "عسكرياً"),
    ("victims", "منشقاً"),
    ("victims", "مسلحا"),
    ("victims", "نازحين"),
    ("victims", "اطفال"),
    ("victims", "نساء"),
    ("victims", "أشخاص"),
    ("victims", "اشخاص"),
    ("victims", "آخرين"),
    ("victims", "اخرين"),
    ("victims", "آخرون"),
    ("victims", "رجال"),
    ("victims", "أعوان"),
    ("victims", "رفاق"),
    ("victims", "المارة"),
    ("victims", "المهاجمين"),
    ("victims", "فلسطينيا"),
    ("victims", "عائلة"),
    ("victims", "انتحاري"),
    ("victims", "ارهابيين"),
    ("not_casualties", "الحافلات"),
    ("not_casualties", "غارة"),
    ("not_casualties", "عاماً"),
    ("not_casualties", "هدفا"),
    ("not_casualties", "قذائف"),
    ("not_casualties", "سيارات"),
    ("age_words", "يبلغ"),
    ("age_words", "عمره"),
    ("totals", "ارتفع"),
    ("totals", "ليرتفع"),
    ("totals", "حصيلة"),
    ("breakdowns", "بينهم"),
    ("breakdowns", "من بينهم"),
]


@pytest.mark.parametrize(("label", "written"), KNOWN)
def test_known_words(label: str, written: str) -> None:
    assert forms(written) & all_forms(LISTS[label]), f"{written!r} missing from {label}"


# -- areas.toml ----------------------------------------------------------------------------


UNITS: dict[str, Any] = AREAS["units"]
COUNTRIES: dict[str, Any] = AREAS["countries"]


def test_area_sections() -> None:
    assert set(AREAS) == AREA_SECTIONS
    assert UNITS


@pytest.mark.parametrize("unit", sorted(UNITS))
def test_unit_factor(unit: str) -> None:
    factor = UNITS[unit]
    assert UNIT.fullmatch(unit), "a unit is Arabic words, with at most a ² or 2 after one"
    assert isinstance(factor, int | float)
    assert not isinstance(factor, bool)
    assert math.isfinite(factor)
    assert factor > 0
    folded = key(unit)
    family = next((km2 for marks, km2 in UNIT_FAMILIES if any(m in folded for m in marks)), None)
    assert family is not None, "unknown unit family"
    assert math.isclose(factor, family), f"{unit!r} should be {family} km² per unit"


def test_units_unique_after_folding() -> None:
    assert not duplicates(UNITS)


@pytest.mark.parametrize(
    ("written", "km2"),
    [
        ("كلم مربع", 1.0),
        ("كم²", 1.0),
        ("كم مربع", 1.0),
        ("كيلومتر مربع", 1.0),
        ("كيلو متر مربع", 1.0),
        ("كيلومتراً مربعاً", 1.0),
        ("الكيلومترات المربعة", 1.0),
        ("هكتار", 0.01),
        ("هكتارا", 0.01),
        ("دونم", 0.001),
        ("دونماً", 0.001),
        ("الدونمات", 0.001),
        ("دوانم", 0.001),
        ("متر مربع", 1e-6),
        ("مترا مربعا", 1e-6),
    ],
)
def test_known_units(written: str, km2: float) -> None:
    folded = {key(unit): factor for unit, factor in UNITS.items()}
    assert math.isclose(folded[key(written)], km2)


@pytest.mark.parametrize("section", AREA_WORD_LISTS)
def test_area_word_lists(section: str) -> None:
    assert set(AREAS[section]) == {"words"}
    words = AREAS[section]["words"]
    assert words
    assert all(isinstance(word, str) and PHRASE.fullmatch(word) for word in words)
    assert not duplicates(words)


def test_area_markers_known() -> None:
    assert key("بمساحة") in {key(word) for word in AREAS["bare_meter_after"]["words"]}
    markers = {key(word) for word in AREAS["share_markers"]["words"]}
    assert {key("بنسبة"), key("أي"), key("ما نسبته"), key("ما يعادل"), key("ما يقارب")} <= markers


def test_countries_expected() -> None:
    assert set(COUNTRIES) >= EXPECTED_COUNTRIES


@pytest.mark.parametrize("code", sorted(COUNTRIES))
def test_country_entry(code: str) -> None:
    country = COUNTRIES[code]
    assert COUNTRY_ID.fullmatch(code)
    assert set(country) == COUNTRY_FIELDS
    assert isinstance(country["name"], str)
    assert country["name"]
    km2 = country["km2"]
    assert isinstance(km2, int | float)
    assert not isinstance(km2, bool)
    assert km2 > 0
    names = country["names"]
    assert isinstance(names, list)
    assert names
    assert all(isinstance(name, str) and PHRASE.fullmatch(name) for name in names)


def test_country_names_unique_after_folding() -> None:
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for code, country in COUNTRIES.items():
        for name in country["names"]:
            owners[key(name)].add(code)
    assert not {name: sorted(codes) for name, codes in owners.items() if len(codes) > 1}
    assert not duplicates(name for country in COUNTRIES.values() for name in country["names"])


def test_palestine_is_gaza_and_west_bank() -> None:
    parts = COUNTRIES["PS-GZA"]["km2"] + COUNTRIES["PS-WBK"]["km2"]
    assert COUNTRIES["PS"]["km2"] == parts
    assert COUNTRIES["PS-GZA"]["km2"] == 365
    assert COUNTRIES["PS-WBK"]["km2"] == 5655


@pytest.mark.parametrize(
    ("code", "area", "share", "tolerance"),
    [
        ("SY", 5400, 2.9, 0.05),  # the seed report and the guide
        ("PS-GZA", 64, 17.5, 0.05),  # the Nuseirat report
        ("SD", 600_000, 32, 0.5),  # the Kordofan report
    ],
)
def test_shares_in_corpus_agree(code: str, area: float, share: float, tolerance: float) -> None:
    assert abs(area / COUNTRIES[code]["km2"] * 100 - share) <= tolerance


def test_country_names_known() -> None:
    names = {key(name): code for code, c in COUNTRIES.items() for name in c["names"]}
    for written, code in [
        ("الجغرافية السورية", "SY"),
        ("الأراضي السورية", "SY"),
        ("سوريا", "SY"),
        ("قطاع غزة", "PS-GZA"),
        ("الضفة الغربية", "PS-WBK"),
        ("السودان", "SD"),
        ("جنوب السودان", "SS"),
    ]:
        assert names.get(key(written)) == code, written
