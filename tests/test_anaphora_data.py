"""The anaphora lexicon (``data/anaphora.toml``): its checks, and that its defaults are actors."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

import conflictparse as cp
from conflictparse.entities.actors import default_registry
from conflictparse.text.lexicon import Section, load_toml
from conflictparse.text.lexicon.anaphora import anaphora_lexicon, build


def data() -> dict[str, Any]:
    return load_toml("anaphora.toml")


def test_every_default_is_an_actor_of_the_packaged_registry() -> None:
    actors = default_registry().actors
    lexicon = anaphora_lexicon()
    assert lexicon.defaults, "no defaults read"
    for (head, country), identifier in lexicon.defaults.items():
        assert identifier in actors, (head, country, identifier)
        actor = actors[identifier]
        # the country's own side, or a foreign force that fights there («الاحتلال» in Lebanon)
        assert actor.country in {country, ""} or actor.type is cp.ActorType.EXTERNAL_FORCES, (
            head,
            country,
            identifier,
        )


def test_heads_are_folded_and_hold_the_inner_heads() -> None:
    lexicon = anaphora_lexicon()
    assert {"حركه", "هيئه", "جيش", "نظام", "تحالف"} <= lexicon.heads
    assert lexicon.inner_heads <= lexicon.heads


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(inner_heads=["قوات"]), r"anaphora\.toml: inner_heads: not listed"),
        (lambda d: d["defaults"].update(Sudan={"جيش": "saf"}), r"defaults\.Sudan: expected an ISO"),
        (lambda d: d["defaults"]["SD"].update(قوات="saf"), r"defaults\.SD\.قوات: not listed"),
        (lambda d: d.update(described=["تنظيم"]), r"anaphora\.toml: described: not listed"),
    ],
)
def test_a_bad_entry_names_the_file_and_the_key(change: Any, message: str) -> None:
    broken = data()
    change(broken)
    with pytest.raises(cp.LexiconError, match=message):
        build(Section("anaphora.toml", "", broken))


def sides(text: str) -> list[tuple[Any, ...]]:
    rows = cp.parse_report(text, published=datetime.date(2024, 5, 2)).to_rows()
    return [(row["location"], row["actor1"], row["actor2"]) for row in rows]


def test_a_bare_army_with_no_name_before_it_is_the_army_of_the_report_country() -> None:
    text = "الجيش يشن هجمات بطائرات مسيرة على قوات الدعم السريع في مدينة الأبيض."
    assert sides(text) == [("مدينة الأبيض", "saf", "rsf")]
    # the actor layer lists names only: the bare head is no mention of its own
    report = cp.parse_report(text)
    assert [m.text for m in report.actors] == ["قوات الدعم السريع"]


def test_a_bare_head_refers_back_to_a_name_that_holds_it() -> None:
    text = (
        "قصفت قوات النظام بلدة كفرنبل بريف إدلب. وفي وقت لاحق استهدف النظام بالمدفعية"
        " بلدة حاس بريف إدلب."
    )
    assert [actor1 for _, actor1, _ in sides(text)] == ["syrian_government_forces"] * 2


def test_the_last_name_wins_over_the_country_default() -> None:
    text = (
        "قالت مصادر إن الجيش الإسرائيلي قصف بلدة الخيام في جنوب لبنان،"
        " ثم شن الجيش غارة على بلدة كفركلا."
    )
    assert {actor1 for _, actor1, _ in sides(text)} == {"israeli_forces"}


@pytest.mark.parametrize(
    "text",
    [
        "واعتقل الاحتلال شابا من مخيم الدهيشة في بيت لحم.",
        "وقصف الاحتلال منزلا في بلدة عيتا الشعب جنوبي لبنان.",
    ],
)
def test_a_bare_occupation_is_the_israeli_army_in_palestine_and_lebanon(text: str) -> None:
    assert [actor1 for _, actor1, _ in sides(text)] == ["israeli_forces"]


def test_a_bare_occupation_refers_back_to_the_occupation_named_before() -> None:
    text = "قصفت قوات الاحتلال التركي قرية تل جمعة، ثم استهدف الاحتلال بلدة تل تمر."
    assert {actor1 for _, actor1, _ in sides(text)} == {"turkey_forces"}


def test_a_bare_occupation_names_no_side_where_it_has_no_default() -> None:
    assert sides("وقصف الاحتلال قرية تل جمعة في ريف الحسكة.")[0][1] is None


def test_the_rebels_are_the_syrian_opposition_in_a_report_on_syria() -> None:
    text = "وقعت اشتباكات عنيفة بين الثوار وقوات النظام في حي كرم الطراب بحلب."
    assert sides(text) == [
        ("حي كرم الطراب", "syrian_opposition_factions", "syrian_government_forces")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وقصف المعارضون بالصواريخ عربة عسكرية لقوات النظام قرب بلدة كفرنبودة.",
        "واستهدف مقاتلون من المعارضين بالصواريخ آلية لقوات النظام قرب بلدة كفرنبودة.",
    ],
    ids=["nominative", "oblique"],
)
def test_the_opponents_are_the_syrian_opposition_in_a_report_on_syria(text: str) -> None:
    assert sides(text) == [
        ("بلدة كفرنبودة", "syrian_opposition_factions", "syrian_government_forces")
    ]
    # a side for events only: the actor layer reports named mentions
    assert [m.text for m in cp.find_actors(text)] == ["قوات النظام"]


def test_an_occupation_force_told_bare_is_the_occupation_named_before() -> None:
    text = "قصف جيش الاحتلال التركي قرية عين عيسى، كما قصفت قوات الاحتلال قرية مرعناز."
    assert [(m.text, m.value.id) for m in cp.find_actors(text)] == [
        ("جيش الاحتلال التركي", "turkey_forces"),
        ("قوات الاحتلال", "turkey_forces"),
    ]
    # with no occupation named before it, its own reading
    assert [m.value.id for m in cp.find_actors("قصفت قوات الاحتلال منزلا في جنين")] == [
        "israeli_forces"
    ]
