"""Duals that count two victims (issue 11): any singular victim noun of the lexicon, in
either case, after a killing or wounding word, is a casualty of exactly two, read on the
dual word itself."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import conflictparse as cp
from conflictparse.entities.casualty_words import dual_of_person
from conflictparse.text.lexicon.casualties import casualty_lexicon


def _duals() -> list[tuple[str, str]]:
    """(nominative, oblique) duals of the lexicon's singular victims: «شابان», «شابين»."""
    found = []
    for singular in sorted(casualty_lexicon().singular_victims):
        if singular.endswith("ه"):  # «سيده» → «سيدتان», «سيدتين»
            pair = (singular[:-1] + "تان", singular[:-1] + "تين")
        else:
            pair = (singular + "ان", singular + "ين")
        if all(dual_of_person(form) == "dual" for form in pair):
            found.append(pair)
    return found


DUALS = _duals()
PLACES = ["بلدة كفرنبل", "مدينة الرقة", "حي الشجاعية", "مديرية صرواح", "قرية الهارونية"]
WEAPONS = ["قصف مدفعي", "غارة جوية", "انفجار عبوة ناسفة", "هجوم مسلح"]


def test_the_lexicon_gives_duals_to_draw_from() -> None:
    assert len(DUALS) >= 20


@given(st.sampled_from(DUALS), st.sampled_from(PLACES), st.sampled_from(WEAPONS))
def test_a_nominative_dual_after_a_passive_verb_is_two_killed(
    dual: tuple[str, str], place: str, weapon: str
) -> None:
    text = f"قتل {dual[0]} جراء {weapon} على {place}"
    (found,) = cp.find_casualties(text)
    assert found.text == dual[0]
    assert text[found.start : found.end] == dual[0]
    assert (found.value.kind, found.value.count.value, found.value.count.qualifier) == (
        cp.CasualtyKind.KILLED,
        2,
        cp.Qualifier.EXACT,
    )


@given(st.sampled_from(DUALS), st.sampled_from(PLACES), st.booleans())
def test_an_oblique_dual_after_a_noun_of_harm_is_two(
    dual: tuple[str, str], place: str, wounded: bool
) -> None:
    word = "إصابة" if wounded else "مقتل"
    text = f"أسفر القصف على {place} عن {word} {dual[1]}"
    (found,) = cp.find_casualties(text)
    assert found.text == dual[1]
    kind = cp.CasualtyKind.WOUNDED if wounded else cp.CasualtyKind.KILLED
    assert (found.value.kind, found.value.count.value) == (kind, 2)
