"""``parse_report`` on the development corpus (../shared/corpus).

The corpus lives beside the repository, not in it; without it these tests are
skipped.  The seed report (``seed-sohr-qadam``, published date unknown) is read
whole: the Qadam attack as one event with its running total, its missing and
its bodies, the Islamic State's territory figure, and the two dates that give
the same day in two different years.  Every other document must parse and
export without raising.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest

import conflictparse as cp

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
SEED = "seed-sohr-qadam"

pytestmark = pytest.mark.skipif(
    not (CORPUS / "gold.jsonl").is_file(), reason="../shared/corpus is not present"
)


def read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


@pytest.fixture(scope="module")
def seed() -> tuple[str, cp.Report]:
    text = read(CORPUS / "docs" / f"{SEED}.txt")
    return text, cp.parse_report(text, published=None)


def qadam_event(report: cp.Report) -> cp.Event:
    found = [event for event in report.events if event.location and "القدم" in event.location]
    assert len(found) == 1, [event.location for event in report.events]
    return found[0]


def quantity(count: cp.Quantity) -> tuple[object, ...]:
    return (count.value, count.low, count.high, count.qualifier)


def test_seed_qadam_event_place_and_actors(seed: tuple[str, cp.Report]) -> None:
    text, report = seed
    event = qadam_event(report)
    assert event.place is not None
    assert event.place.admin1 == "Damascus"
    assert event.place.country == "SY"
    ids = {actor.id for actor in event.actors}
    assert {"islamic_state", "syrian_government_forces"} <= ids
    assert 0 <= event.start < event.end <= len(text)
    assert event.location is not None
    assert event.location in text[event.start : event.end]


def test_seed_qadam_is_the_islamic_state_attacking_government_forces(
    seed: tuple[str, cp.Report],
) -> None:
    # Issue 9's proof: the Qadam battle, by role, with its sub-type, toll and evidence.
    text, report = seed
    event = qadam_event(report)
    assert event.actor1 is not None
    assert event.actor2 is not None
    assert (event.actor1.id, event.actor2.id) == ("islamic_state", "syrian_government_forces")
    assert event.event_type is cp.EventType.BATTLES
    assert event.sub_event_type is cp.SubEventType.ARMED_CLASH
    assert event.fatalities is not None
    assert (event.fatalities.value, event.fatalities.qualifier) == (96, cp.Qualifier.AT_LEAST)
    evidence = event.evidence
    for span in (
        evidence.location,
        evidence.actor1,
        evidence.actor2,
        evidence.event_type,
        evidence.fatalities,
    ):
        assert span is not None
        assert text[span.start : span.end] == span.text
    assert evidence.location is not None
    assert "القدم" in evidence.location.text
    assert evidence.fatalities is not None
    assert "96" in evidence.fatalities.text


def test_seed_the_planned_attack_on_yarmouk_is_no_event(seed: tuple[str, cp.Report]) -> None:
    # «تحركات وتحضيرات … من المرجح أنها لبدء هجوم»: planned, not coded; the battle the
    # camp saw weeks before («شهد قبل أسابيع معارك») is the only event there.
    text, report = seed
    planned = text.index("تحركات وتحضيرات")
    at_yarmouk = [
        event for event in report.events if event.location and "اليرموك" in event.location
    ]
    assert len(at_yarmouk) == 1
    assert at_yarmouk[0].start < planned
    assert all(not (event.start <= planned < event.end) for event in report.events)


def test_seed_qadam_fatalities_are_the_running_total(seed: tuple[str, cp.Report]) -> None:
    # The headline's «نحو 100» and the body's «ما لا يقل عن 96» are one toll, and the
    # body's figure is the running total: 96 at least, never 100 and never 196.
    _, report = seed
    fatalities = qadam_event(report).fatalities
    assert fatalities is not None
    assert fatalities.value == 96
    assert fatalities.qualifier is cp.Qualifier.AT_LEAST
    assert fatalities.low == 96
    assert fatalities.high is None
    (row,) = [row for row in report.to_rows() if "القدم" in str(row["location"])]
    assert (row["fatalities_best"], row["fatalities_qualifier"]) == (96, "at_least")


def test_seed_qadam_missing_and_bodies(seed: tuple[str, cp.Report]) -> None:
    _, report = seed
    casualties = qadam_event(report).casualties
    missing = [item for item in casualties if item.kind is cp.CasualtyKind.MISSING]
    assert [quantity(item.count) for item in missing] == [(30, 30, None, cp.Qualifier.MORE_THAN)]
    vague_killed = [
        item
        for item in casualties
        if item.kind is cp.CasualtyKind.KILLED and item.count.qualifier is cp.Qualifier.VAGUE
    ]
    assert (None, 20, 99, cp.Qualifier.VAGUE) in [quantity(item.count) for item in vague_killed]


def test_seed_bodies_match(seed: tuple[str, cp.Report]) -> None:
    text, report = seed
    bodies = [match for match in report.casualties if "الجثث" in match.text]
    assert len(bodies) == 1
    (match,) = bodies
    assert match.value.kind is cp.CasualtyKind.KILLED
    assert quantity(match.value.count) == (None, 20, 99, cp.Qualifier.VAGUE)
    assert text[match.start : match.end] == match.text


@pytest.mark.parametrize("phrase", ["عشرات الحافلات", "المئات من مقاتلي الفصائل"])
def test_seed_not_casualties(seed: tuple[str, cp.Report], phrase: str) -> None:
    text, report = seed
    start = text.index(phrase)
    end = start + len(phrase)
    overlapping = [
        match.text for match in report.casualties if match.start < end and start < match.end
    ]
    assert overlapping == []


def test_seed_territory(seed: tuple[str, cp.Report]) -> None:
    text, report = seed
    stats = [stat for stat in report.territory if stat.actor and stat.actor.id == "islamic_state"]
    assert len(stats) == 1
    (stat,) = stats
    assert stat.area.km2.value == 5400
    assert stat.area.km2.qualifier is cp.Qualifier.APPROX
    assert stat.area.share_pct is not None
    assert stat.area.share_pct.value == pytest.approx(2.9)
    assert stat.area.consistent is True
    assert "5400" in text[stat.start : stat.end]


def test_seed_the_same_day_in_two_years(seed: tuple[str, cp.Report]) -> None:
    text, report = seed
    contradicting = [
        item
        for item in report.unresolved
        if "من العام 2017" in item.text or "من العام 2018" in item.text
    ]
    assert len(contradicting) == 2, report.unresolved
    assert [item.text[-4:] for item in contradicting] == ["2017", "2018"]
    for item in contradicting:
        assert text[item.start : item.end] == item.text
        assert "13" in item.text
        assert "2017" in item.reason
        assert "2018" in item.reason


def test_seed_relative_dates_stay_unresolved(seed: tuple[str, cp.Report]) -> None:
    # Published is unknown, so «أمس» and «خلال الـ 24 ساعة الفائتة» cannot be resolved.
    _, report = seed
    texts = [item.text for item in report.unresolved]
    assert "أمس" in texts
    assert any("24 ساعة" in item for item in texts)


def test_seed_to_dict_and_rows(seed: tuple[str, cp.Report]) -> None:
    text, report = seed
    data = report.to_dict()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    for row in report.to_rows():
        start, end = row["source_start"], row["source_end"]
        assert isinstance(start, int)
        assert isinstance(end, int)
        assert text[start:end] == row["source_text"]


def corpus_paths() -> list[Path]:
    if not (CORPUS / "docs").is_dir():
        return []
    return sorted((CORPUS / "docs").glob("*.txt"))


@pytest.mark.parametrize("path", corpus_paths(), ids=lambda path: path.stem)
def test_every_corpus_document_parses(path: Path) -> None:
    text = read(path)
    gold: dict[str, dict[str, Any]] = {}
    with (CORPUS / "gold.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            gold[item["id"]] = item
    published = gold.get(path.stem, {}).get("published")
    dates = [None, datetime.date.fromisoformat(published) if published else None]
    for date in dates:
        report = cp.parse_report(text, published=date)
        json.dumps(report.to_dict(), ensure_ascii=False)
        json.dumps(report.to_rows(), ensure_ascii=False)
        for layer in (report.casualties, report.dates, report.numbers, report.areas):
            for match in layer:
                assert text[match.start : match.end] == match.text
