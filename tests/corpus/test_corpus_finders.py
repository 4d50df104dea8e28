"""Casualties, areas and actors on the development corpus (../shared/corpus).

The corpus lives beside the repository, not in it; without it these tests are
skipped.  Matching is greedy and one-to-one by overlap, as in
``test_corpus_numbers.py``.  A match is strict when, for casualties, its kind
and its count (value, low, high, qualifier) equal the gold; for areas, its km²
is within 1 % of the gold and its qualifier equal; for actors, its id equals
the gold.  The floors are figures the project has reached: a drop is a
regression.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

import conflictparse as cp

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
SEED = "seed-sohr-qadam"

CASUALTY_STRICT_F1_FLOOR = 0.90
AREA_STRICT_F1_FLOOR = 1.0
ACTOR_STRICT_F1_FLOOR = 0.95

pytestmark = pytest.mark.skipif(
    not (CORPUS / "gold.jsonl").is_file(), reason="../shared/corpus is not present"
)

Gold = dict[str, Any]


def documents() -> list[tuple[str, Gold]]:
    items = []
    with (CORPUS / "gold.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            gold = json.loads(line)
            path = CORPUS / "docs" / f"{gold['id']}.txt"
            with path.open(encoding="utf-8", newline="") as handle:
                items.append((handle.read(), gold))
    return items


def seed() -> tuple[str, Gold]:
    return next(item for item in documents() if item[1]["id"] == SEED)


def overlaps(item: Gold, match: cp.Match[Any]) -> bool:
    return bool(min(item["end"], match.end) > max(item["start"], match.start))


def same_count(quantity: cp.Quantity, gold: Gold) -> bool:
    close = all(
        (getattr(quantity, field) is None) == (gold[field] is None)
        and (gold[field] is None or abs(getattr(quantity, field) - gold[field]) < 1e-6)
        for field in ("value", "low", "high")
    )
    return close and quantity.qualifier.value == gold["qualifier"]


def same_casualty(match: cp.Match[Any], gold: Gold) -> bool:
    casualty = match.value
    assert isinstance(casualty, cp.Casualty)
    return casualty.kind.value == gold["kind"] and same_count(casualty.count, gold)


def same_area(match: cp.Match[Any], gold: Gold) -> bool:
    area = match.value
    assert isinstance(area, cp.Area)
    if area.km2.qualifier.value != gold["qualifier"]:
        return False
    if gold["km2"] is None or area.km2.value is None:
        return gold["km2"] is None and area.km2.value is None
    return bool(abs(area.km2.value - gold["km2"]) <= 0.01 * abs(gold["km2"]))


def same_actor(match: cp.Match[Any], gold: Gold) -> bool:
    actor = match.value
    assert isinstance(actor, cp.Actor)
    return bool(actor.id == gold["id"])


def f1(true_positives: int, predicted: int, expected: int) -> float:
    precision = true_positives / predicted if predicted else 1.0
    recall = true_positives / expected if expected else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def pair(found: Sequence[cp.Match[Any]], gold: list[Gold]) -> list[tuple[cp.Match[Any], Gold]]:
    """Greedy one-to-one pairing by overlap, in the order of the matches."""
    unused = list(gold)
    pairs = []
    for match in found:
        partner = next((item for item in unused if overlaps(item, match)), None)
        if partner is not None:
            unused.remove(partner)
            pairs.append((match, partner))
    return pairs


def score(
    layer: str,
    finder: Callable[[str], Sequence[cp.Match[Any]]],
    same: Callable[[cp.Match[Any], Gold], bool],
) -> tuple[float, float, list[str]]:
    """(span F1, strict F1, the misses) over the whole corpus."""
    predicted = expected = span_hits = strict_hits = 0
    misses: list[str] = []
    for text, gold in documents():
        found = finder(text)
        for match in found:
            assert text[match.start : match.end] == match.text, (gold["id"], match)
        predicted += len(found)
        expected += len(gold[layer])
        pairs = pair(found, gold[layer])
        span_hits += len(pairs)
        for match, item in pairs:
            if same(match, item):
                strict_hits += 1
            else:
                misses.append(f"{gold['id']}: wrong {match.text!r} vs {item}")
        paired = [id(item) for _, item in pairs]
        misses.extend(
            f"{gold['id']}: missed {item}" for item in gold[layer] if id(item) not in paired
        )
        matched = [id(match) for match, _ in pairs]
        misses.extend(
            f"{gold['id']}: spurious {match.text!r}" for match in found if id(match) not in matched
        )
    return f1(span_hits, predicted, expected), f1(strict_hits, predicted, expected), misses


def _casualties(text: str) -> Sequence[cp.Match[Any]]:
    return cp.find_casualties(text)


def _areas(text: str) -> Sequence[cp.Match[Any]]:
    return cp.find_areas(text)


def _actors(text: str) -> Sequence[cp.Match[Any]]:
    return cp.find_actors(text)


# --- the seed report ---------------------------------------------------------------------


def test_seed_casualties_are_all_found() -> None:
    text, gold = seed()
    found = cp.find_casualties(text)
    for item in gold["casualties"]:
        partners = [match for match in found if overlaps(item, match)]
        assert partners, f"missed {item}"
        assert any(same_casualty(match, item) for match in partners), (
            f"{item} read as {[(m.text, m.value) for m in partners]}"
        )


@pytest.mark.parametrize("phrase", ["عشرات الحافلات", "المئات من مقاتلي الفصائل"])
def test_seed_non_casualties_stay_out(phrase: str) -> None:
    text, _ = seed()
    start = text.index(phrase)
    end = start + len(phrase)
    for match in cp.find_casualties(text):
        assert not (match.start < end and start < match.end), f"{phrase!r} read as {match}"


def test_seed_area_and_share() -> None:
    text, gold = seed()
    found = cp.find_areas(text)
    pairs = pair(found, gold["areas"])
    assert len(pairs) == len(gold["areas"]) == len(found)
    for match, item in pairs:
        assert same_area(match, item), (match, item)
        share = match.value.share_pct
        assert (share.value if share else None) == item["share_pct"], match
        assert match.value.country == "SY", match
        assert match.value.consistent is True, match


# --- floors over the whole corpus ------------------------------------------------------------


def test_casualties_meet_the_floor() -> None:
    span_f1, strict_f1, misses = score("casualties", _casualties, same_casualty)
    print(f"casualties: span F1 {span_f1:.3f}, strict F1 {strict_f1:.3f}")
    assert strict_f1 >= CASUALTY_STRICT_F1_FLOOR, (f"strict F1 {strict_f1:.3f}", misses)


def test_areas_meet_the_floor() -> None:
    span_f1, strict_f1, misses = score("areas", _areas, same_area)
    print(f"areas: span F1 {span_f1:.3f}, strict F1 {strict_f1:.3f}")
    assert strict_f1 >= AREA_STRICT_F1_FLOOR, (f"strict F1 {strict_f1:.3f}", misses)


def test_actors_meet_the_floor() -> None:
    span_f1, strict_f1, misses = score("actors", _actors, same_actor)
    print(f"actors: span F1 {span_f1:.3f}, strict F1 {strict_f1:.3f}")
    assert strict_f1 >= ACTOR_STRICT_F1_FLOOR, (f"strict F1 {strict_f1:.3f}", misses)
