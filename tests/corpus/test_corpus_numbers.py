"""Numbers on the development corpus (../shared/corpus), scored against its gold.

The corpus lives beside the repository, not in it; without it these tests are
skipped.  The floors are figures the project has reached: a drop is a regression.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import conflictparse as cp

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
SPAN_F1_FLOOR = 0.90
STRICT_F1_FLOOR = 0.90

pytestmark = pytest.mark.skipif(
    not (CORPUS / "gold.jsonl").is_file(), reason="../shared/corpus is not present"
)


def documents() -> list[tuple[str, dict[str, Any]]]:
    items = []
    with (CORPUS / "gold.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            gold = json.loads(line)
            path = CORPUS / "docs" / f"{gold['id']}.txt"
            with path.open(encoding="utf-8", newline="") as handle:
                items.append((handle.read(), gold))
    return items


def same_value(match: cp.Match[cp.Quantity], gold: dict[str, Any]) -> bool:
    quantity = match.value
    fields = ("value", "low", "high")
    close = all(
        (getattr(quantity, field) is None) == (gold[field] is None)
        and (gold[field] is None or abs(getattr(quantity, field) - gold[field]) < 1e-6)
        for field in fields
    )
    return close and quantity.qualifier.value == gold["qualifier"]


def f1(true_positives: int, predicted: int, expected: int) -> float:
    precision = true_positives / predicted if predicted else 1.0
    recall = true_positives / expected if expected else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def test_numbers_meet_the_floor() -> None:
    predicted = expected = span_hits = strict_hits = 0
    for text, gold in documents():
        found = cp.find_numbers(text)
        for match in found:
            assert text[match.start : match.end] == match.text
        predicted += len(found)
        expected += len(gold["numbers"])
        unused = list(gold["numbers"])
        for match in found:
            partner = next(
                (
                    item
                    for item in unused
                    if min(item["end"], match.end) > max(item["start"], match.start)
                ),
                None,
            )
            if partner is not None:
                unused.remove(partner)
                span_hits += 1
                strict_hits += same_value(match, partner)
    span_f1 = f1(span_hits, predicted, expected)
    strict_f1 = f1(strict_hits, predicted, expected)
    assert span_f1 >= SPAN_F1_FLOOR, f"span F1 {span_f1:.3f}"
    assert strict_f1 >= STRICT_F1_FLOOR, f"strict F1 {strict_f1:.3f}"
