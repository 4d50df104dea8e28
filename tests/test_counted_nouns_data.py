"""The counted-nouns lexicon: shape, spelling and the dual forms it implies.

``data/counted_nouns.toml`` lists the nouns whose dual reads as the number 2
(«قتيلان», «طفلين», «جثتي»). These tests check the data itself; the tests of
``find_numbers`` check how the code uses it.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from importlib import resources
from typing import Any

import pytest
import regex

from conflictparse.text.normalize import fold

REQUIRED = {"singular": str, "gender": str, "sound_plural": bool}
OPTIONAL = {"duals": list}

# Duals that mostly join two named places or two sides, not counts.
EXCLUDED = ["محافظة", "ريف", "مدينة", "طرف", "جانب", "منطقة", "بلد", "دولة", "حي", "ضفة"]

# Arabic letters only: no tatweel, harakat, spaces or digits.
ARABIC_WORD = regex.compile(r"[\u0621-\u063A\u0641-\u064A]+")


def _load() -> list[dict[str, Any]]:
    source = resources.files("conflictparse") / "data" / "counted_nouns.toml"
    with source.open("rb") as handle:
        data = tomllib.load(handle)
    assert set(data) == {"noun"}, f"unexpected top-level keys: {sorted(data)}"
    nouns = data["noun"]
    assert isinstance(nouns, list)
    return nouns


NOUNS = _load()


def _label(noun: dict[str, Any]) -> str:
    return str(noun.get("singular", "?"))


def dual_forms(noun: dict[str, Any]) -> set[str]:
    """The folded dual forms an entry stands for, as the file's header defines them."""
    if "duals" in noun:
        return {fold(dual) for dual in noun["duals"]}
    singular = fold(noun["singular"])
    if noun["gender"] == "f":
        stem = singular.removesuffix("ه")
        return {stem + "تان", stem + "تين", stem + "تي"}
    if noun["sound_plural"]:
        return {singular + "ان"}  # «ـين» could be the plural
    return {singular + "ان", singular + "ين"}


ALL_FORMS = {form: noun["singular"] for noun in NOUNS for form in dual_forms(noun)}


def test_enough_nouns() -> None:
    assert len(NOUNS) >= 100


@pytest.mark.parametrize("noun", NOUNS, ids=_label)
def test_entry_fields_and_types(noun: dict[str, Any]) -> None:
    missing = REQUIRED.keys() - noun.keys()
    assert not missing, f"missing fields {sorted(missing)}"
    unknown = noun.keys() - REQUIRED.keys() - OPTIONAL.keys()
    assert not unknown, f"unknown fields {sorted(unknown)}"
    for key, kind in (REQUIRED | OPTIONAL).items():
        if key in noun:
            assert isinstance(noun[key], kind), f"{key} should be {kind.__name__}"
    assert noun["gender"] in {"m", "f"}
    if "duals" in noun:
        assert noun["duals"], "duals must not be empty"
        assert all(isinstance(dual, str) and dual for dual in noun["duals"])


@pytest.mark.parametrize("noun", NOUNS, ids=_label)
def test_spelling(noun: dict[str, Any]) -> None:
    words = [noun["singular"], *noun.get("duals", [])]
    for word in words:
        assert ARABIC_WORD.fullmatch(word), f"{word!r} is not one bare Arabic word"
    assert not noun["singular"].startswith("ال"), "singulars are written without the article"


def test_no_duplicate_singulars() -> None:
    counts = Counter(fold(noun["singular"]) for noun in NOUNS)
    duplicates = sorted(word for word, count in counts.items() if count > 1)
    assert not duplicates


@pytest.mark.parametrize("noun", NOUNS, ids=_label)
def test_gender_matches_ending(noun: dict[str, Any]) -> None:
    singular = noun["singular"]
    if noun["gender"] == "f":
        assert singular.endswith("ة") or "duals" in noun, "a feminine noun without ة needs duals"
        assert not noun["sound_plural"], "feminine nouns have no sound masculine plural"
    else:
        assert not singular.endswith("ة"), "a noun in ة takes the feminine dual"
    if singular.endswith("ى"):
        assert "duals" in noun, "a noun in ى changes its stem in the dual (مبنى → مبنيان)"


@pytest.mark.parametrize("noun", [n for n in NOUNS if "duals" in n], ids=_label)
def test_listed_duals_are_duals(noun: dict[str, Any]) -> None:
    stem = fold(noun["singular"]).removesuffix("ه").removesuffix("ي")
    forms = {fold(dual) for dual in noun["duals"]}
    assert all(form.startswith(stem) for form in forms), "a dual keeps the singular's stem"
    assert any(form.endswith("ان") for form in forms), "the nominative dual is missing"
    assert any(form.endswith("ين") for form in forms), "the oblique dual is missing"
    assert all(form.endswith(("ان", "ين", "تي", "تا")) for form in forms)  # «حالتا وفاة»


def test_dual_forms_unique_across_nouns() -> None:
    seen: dict[str, str] = {}
    clashes = []
    for noun in NOUNS:
        for form in dual_forms(noun):
            if form in seen:
                clashes.append((form, seen[form], noun["singular"]))
            seen[form] = noun["singular"]
    assert not clashes


def test_dual_forms_are_not_singulars() -> None:
    singulars = {fold(noun["singular"]) for noun in NOUNS}
    assert not singulars & ALL_FORMS.keys()


@pytest.mark.parametrize("word", EXCLUDED)
def test_excluded_words_absent(word: str) -> None:
    singulars = {fold(noun["singular"]) for noun in NOUNS}
    assert fold(word) not in singulars


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("طفلين", "brief"),
        ("طفلان", "Taiz report"),
        ("قتيلان", "brief"),
        ("قتيلين", "guide"),
        ("عنصرين", "guide"),
        ("سيدتان", "Ariha and Afrin reports"),
        ("امرأتين", "Ariha report"),
        ("شخصين", "Saudi report"),
        ("جثتي", "Kasserine report, construct"),
        ("سيارتين", "corpus README"),
        ("يومين", "Gaza and Iraq reports"),
        ("ساعتين", "Saudi report"),
        ("عامين", "corpus README"),
        ("هجومين", "Saudi report"),
        ("مسلحان", "Saudi report"),
        ("مهاجمان", "Saudi report"),
        ("انتحاريان", "Iraq report"),
        ("حادثان", "Kasserine report"),
        ("خيمتين", "Jordan Valley report"),
        ("مجموعتين", "Zawiya report"),
        ("مقاتلان", "corpus README"),
        ("شهيدين", "corpus README"),
        ("صاروخين", "brief"),
        ("سنتين", "irregular listed"),
        ("مبنيين", "irregular listed"),
        ("مستشفيان", "irregular listed"),
        ("فتاتين", "irregular listed"),
        ("طابقين", "real report: floors of a building struck"),
        ("حالتا", "real report: «حالتا وفاة», the construct nominative"),
    ],
)
def test_known_duals_covered(written: str, reason: str) -> None:
    assert fold(written) in ALL_FORMS, reason


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("مسلحين", "sound plural: gunmen"),
        ("مدنيين", "sound plural: civilians"),
        ("مصابين", "sound plural: the injured"),
        ("محافظتي", "joins two named provinces"),
        ("مدينتي", "joins two named cities"),
        ("ريفي", "joins two named countrysides"),
        ("الطرفين", "both sides"),
        ("طرفين", "both sides"),
        ("بلدتي", "joins two named towns"),
        ("قريتي", "joins two named villages"),
        ("عائلتي", "my family"),
        ("ابنتي", "my daughter"),
        ("طالبان", "the Taliban"),
    ],
)
def test_not_counted_duals(written: str, reason: str) -> None:
    assert fold(written).removeprefix("ال") not in ALL_FORMS, reason
