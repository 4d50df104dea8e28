"""Defects found by fuzzing, each pinned by a table: phrase or input, what must happen, reason.

- dates resolved against a reference near the ends of the calendar (1 January 1,
  31 December 9999) are unresolved, never an exception; ``parse_date`` raises
  :class:`~conflictparse.DateParseError` there;
- the command line caps ``--workers``, prints valid JSON for an empty
  ``--recursive`` directory, and states usage errors on one line;
- ``load_registry`` refuses a file that is not UTF-8 or not TOML, unknown keys,
  values of the wrong type, empty aliases and an id given twice, naming the file,
  the actor and the key.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import os
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import conflictparse as cp
from conflictparse.entities.actors import default_registry
from conflictparse.io import cli
from tests.test_cli import run_cli

D = datetime.date
FIRST = D.min  # 0001-01-01
LAST = D.max  # 9999-12-31

# --- (1) dates at the edge of the calendar ------------------------------------------------

OUT_OF_RANGE = [
    pytest.param("أمس", FIRST, "yesterday", id="yesterday-of-day-one"),
    pytest.param("أول أمس", D(1, 1, 2), "day_before_yesterday", id="two-days-back"),
    pytest.param("الأسبوع الماضي", D(1, 1, 3), "last_week", id="last-week-at-start"),
    pytest.param("الشهر الماضي", FIRST, "last_month", id="last-month-year-0"),
    pytest.param("العام الماضي", D(1, 6, 15), "last_year", id="last-year-is-0"),
    pytest.param("خلال الـ 24 ساعة الماضية", FIRST, "last_hours", id="last-hours"),
    pytest.param("قبل 3 أيام", D(1, 1, 2), "days_ago", id="days-ago"),
    pytest.param("يوم الخميس", FIRST, "weekday", id="weekday-before-day-one"),
    pytest.param("آذار الماضي", D(1, 2, 1), "month", id="last-march-in-year-0"),
    pytest.param("الأسبوع المقبل", D(9999, 12, 22), "next_week", id="next-week-at-end"),
    pytest.param("العام المقبل", D(9999, 12, 22), "next_year", id="next-year-10000"),
    pytest.param("الشهر المقبل", D(9999, 12, 22), "next_month", id="next-month-10000"),
    pytest.param("غدا", LAST, "tomorrow", id="tomorrow-of-last-day"),
    pytest.param("بعد غد", D(9999, 12, 30), "day_after_tomorrow", id="after-tomorrow"),
    pytest.param("الجمعة المقبلة", LAST, "weekday", id="next-friday"),
    pytest.param("آذار المقبل", D(9999, 6, 1), "month", id="next-march-10000"),
    pytest.param("العاشر من الشهر المقبل", D(9999, 12, 5), "next_month", id="day-of-next-month"),
]


@pytest.mark.parametrize(("text", "reference", "relative"), OUT_OF_RANGE)
def test_out_of_range_dates_are_unresolved(text: str, reference: D, relative: str) -> None:
    (match,) = cp.find_dates(text, reference=reference)
    assert (match.start, match.end, match.text) == (0, len(text), text)
    date = match.value
    assert (date.start, date.end) == (None, None), date
    assert date.relative == relative
    # the same as with no reference at all: unresolved, not guessed
    (plain,) = cp.find_dates(text)
    assert date == plain.value


@pytest.mark.parametrize(("text", "reference", "relative"), OUT_OF_RANGE)
def test_parse_date_out_of_range_is_a_date_parse_error(
    text: str, reference: D, relative: str
) -> None:
    padded = "  " + text
    with pytest.raises(cp.DateParseError) as caught:
        cp.parse_date(padded, reference=reference)
    error = caught.value
    assert isinstance(error, cp.ParseError)
    assert error.text == padded
    assert error.position == 2, f"{relative}: {error}"
    assert "9999" in str(error)
    # without the reference the same text is a (relative) date
    assert cp.parse_date(padded).relative == relative


IN_RANGE_AT_THE_EDGE = [
    pytest.param("أمس", D(1, 1, 2), D(1, 1, 1), D(1, 1, 1), id="yesterday-is-day-one"),
    pytest.param("اليوم", FIRST, FIRST, FIRST, id="today-is-day-one"),
    pytest.param("غدا", D(9999, 12, 22), D(9999, 12, 23), D(9999, 12, 23), id="tomorrow-fits"),
    pytest.param("غدا", D(9999, 12, 30), LAST, LAST, id="tomorrow-is-last-day"),
    pytest.param("العام الماضي", D(2, 5, 1), FIRST, D(1, 12, 31), id="last-year-is-1"),
    pytest.param(
        "الشهر المقبل", D(9999, 11, 30), D(9999, 12, 1), LAST, id="next-month-is-december"
    ),
    pytest.param("العام الحالي", LAST, D(9999, 1, 1), LAST, id="this-year-9999"),
]


@pytest.mark.parametrize(("text", "reference", "start", "end"), IN_RANGE_AT_THE_EDGE)
def test_dates_that_still_fit_are_resolved(text: str, reference: D, start: D, end: D) -> None:
    (match,) = cp.find_dates(text, reference=reference)
    assert (match.value.start, match.value.end) == (start, end)
    assert cp.parse_date(text, reference=reference).start == start


@pytest.mark.parametrize(
    ("text", "reference", "unresolved"),
    [
        pytest.param("قتل 4 مدنيين أمس في قصف على البلدة", FIRST, "أمس", id="yesterday"),
        pytest.param(
            "تواصلت الاشتباكات طوال الأسبوع المقبل في الريف", LAST, "الأسبوع المقبل", id="week"
        ),
    ],
)
def test_parse_report_lists_out_of_range_dates_as_unresolved(
    text: str, reference: D, unresolved: str
) -> None:
    report = cp.parse_report(text, published=reference)
    (item,) = [item for item in report.unresolved if item.text == unresolved]
    assert "publication date puts out of range" in item.reason
    (date,) = [match for match in report.dates if match.text == unresolved]
    assert date.value.start is None


RELATIVE_PHRASES = [
    "أمس",
    "اليوم",
    "غدا",
    "بعد غد",
    "أول أمس",
    "الأسبوع الماضي",
    "الأسبوع المقبل",
    "الشهر الماضي",
    "الشهر المقبل",
    "الشهر الجاري",
    "العام الماضي",
    "العام المقبل",
    "الاثنين الماضي",
    "السبت المقبل",
    "خلال الـ 72 ساعة الماضية",
    "قبل 5 أيام",
    "تموز الماضي",
    "أيلول المقبل",
    "العشرين من الشهر الماضي",
    "شوال الماضي",
    "عيد الأضحى",
    "عيد الميلاد",
    "أمس الأحد 4 شباط 2018",
]


def _sentences() -> st.SearchStrategy[str]:
    phrases = st.lists(st.sampled_from(RELATIVE_PHRASES), min_size=1, max_size=3)
    return phrases.map(lambda chosen: "قتل 3 مدنيين " + " ثم ".join(chosen) + " في القرية")


@given(st.dates(), st.one_of(st.sampled_from(RELATIVE_PHRASES), _sentences()))
@example(FIRST, "أمس")
@example(LAST, "غدا")
@example(D(9999, 12, 22), "الأسبوع المقبل")
@example(FIRST, "أمس الأحد 4 شباط 2018")
def test_find_dates_never_raises_at_any_reference(reference: D, text: str) -> None:
    found = cp.find_dates(text, reference=reference)
    previous_end = 0
    for match in found:
        assert previous_end <= match.start < match.end <= len(text), match
        assert text[match.start : match.end] == match.text
        previous_end = match.end
        date = match.value
        if date.start is None:
            assert date.end is None
            assert date.relative is not None, date
        else:
            assert date.end is not None
            assert date.start <= date.end
    report = cp.parse_report(text, published=reference)
    assert [match.text for match in report.dates] == [match.text for match in found]


def test_cli_published_on_day_one_prints_no_traceback(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("قتل 4 مدنيين أمس في قصف على البلدة\n", encoding="utf-8")
    result = run_cli("--published", "0001-01-01", path, cwd=tmp_path)
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 0, stderr
    assert stderr == ""
    report = json.loads(result.stdout.decode("utf-8"))
    assert report["published"] == "0001-01-01"
    reasons = {item["text"]: item["reason"] for item in report["unresolved"]}
    assert "out of range" in reasons["أمس"]
    # «على البلدة» names no town before it: the incident is listed, not coded
    assert "no place" in reasons["قتل 4 مدنيين أمس في قصف على البلدة"]


# --- (2) --workers is bounded -------------------------------------------------------------


def _fake_parse_reports(seen: list[int | None]) -> Any:
    def parse_reports(
        texts: Iterable[str], *, published: D | None = None, workers: int | None = None
    ) -> Iterator[cp.Report]:
        seen.append(workers)
        return iter([cp.parse_report(text, published=published) for text in texts])

    return parse_reports


WORKER_CAPS = [
    pytest.param("5000", 3, 8, 3, id="capped-by-inputs"),
    pytest.param("5000", 20, 4, 4, id="capped-by-processors"),
    pytest.param("9" * 40, 20, 4, 4, id="a-huge-number"),
    pytest.param("9" * 5000, 2, 4, 2, id="more-digits-than-int-reads"),
    pytest.param("2", 20, 8, 2, id="below-both-caps"),
    pytest.param("8", 1, 8, 1, id="one-input"),
    pytest.param("3", 5, None, 1, id="unknown-processor-count"),
    pytest.param("٣", 5, 8, 3, id="arabic-indic-digits"),
]


@pytest.mark.parametrize(("value", "inputs", "cpus", "expected"), WORKER_CAPS)
def test_workers_are_capped(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    *,
    value: str,
    inputs: int,
    cpus: int | None,
    expected: int,
) -> None:
    seen: list[int | None] = []
    monkeypatch.setattr(cli, "parse_reports", _fake_parse_reports(seen))
    monkeypatch.setattr(os, "cpu_count", lambda: cpus)
    paths = []
    for index in range(inputs):
        path = tmp_path / f"r{index}.txt"
        path.write_text("قتل 3 مدنيين في غارة", encoding="utf-8")
        paths.append(str(path))
    assert cli.main(["--workers", value, "--format", "jsonl", *paths]) == 0
    assert seen == [expected]
    assert len(capsys.readouterr().out.splitlines()) == inputs


BAD_WORKERS = ["0", "00", "-3", "1.5", "two", "", " 2", "²", "1e3", "0x10"]


@pytest.mark.parametrize("value", BAD_WORKERS)
def test_bad_workers_is_one_line_and_status_2(
    capsys: pytest.CaptureFixture[str], value: str
) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["--workers", value, "no-such-file.txt"])
    assert caught.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.splitlines()
    assert line.startswith("conflictparse: error: argument --workers:"), line
    assert repr(value) in line


def test_many_workers_on_two_files_give_the_same_output(tmp_path: Path) -> None:
    paths = []
    for index, text in enumerate(["قتل 3 مدنيين في غارة", "أصيب 7 أشخاص في انفجار"]):
        path = tmp_path / f"r{index}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    one = run_cli("--workers", "1", *paths, cwd=tmp_path)
    many = run_cli("--workers", "5000", *paths, cwd=tmp_path)
    assert many.returncode == 0, many.stderr.decode("utf-8", "replace")
    assert many.stderr == b""
    assert many.stdout == one.stdout


# --- (3) empty --recursive output and one-line usage errors ----------------------------------

CSV_HEADER = ",".join(["source", *cp.ROW_COLUMNS])

EMPTY_DIRECTORY = [
    pytest.param("json", ["[]"], id="json-empty-array"),
    pytest.param("jsonl", [], id="jsonl-no-line"),
    pytest.param("csv", [CSV_HEADER], id="csv-header-only"),
]


@pytest.mark.parametrize(("fmt", "lines"), EMPTY_DIRECTORY)
def test_recursive_over_an_empty_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, lines: list[str]
) -> None:
    empty = tmp_path / "empty"
    (empty / "nested").mkdir(parents=True)
    (empty / "notes.md").write_text("ليس تقريرا", encoding="utf-8")
    assert cli.main(["--recursive", "--format", fmt, str(empty)]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out.splitlines() == lines
    if fmt == "json":
        assert json.loads(captured.out) == []
    if fmt == "csv":
        assert list(csv.reader(io.StringIO(captured.out))) == [CSV_HEADER.split(",")]


def test_recursive_empty_directory_matches_missing_inputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--recursive", str(tmp_path)]) == 0
    empty = capsys.readouterr().out
    assert cli.main([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]) == 2
    missing = capsys.readouterr().out
    assert json.loads(empty) == json.loads(missing) == []


USAGE_ERRORS = [
    pytest.param(["--no-such-option"], "--no-such-option", id="unknown-option"),
    pytest.param(["--format"], "--format", id="missing-value"),
    pytest.param(["--format", "xml"], "xml", id="bad-choice"),
    pytest.param(["--published", "2019-02-30"], "--published", id="no-such-day"),
    pytest.param(["--published", "أمس"], "--published", id="not-iso"),
    pytest.param(["--workers", "0"], "--workers", id="zero-workers"),
]


@pytest.mark.parametrize(("arguments", "mention"), USAGE_ERRORS)
def test_usage_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], arguments: list[str], mention: str
) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(arguments)
    assert caught.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.endswith("\n")
    (line,) = captured.err.splitlines()
    assert line.startswith("conflictparse: error: "), line
    assert mention in line
    assert "usage:" not in captured.err


def test_usage_error_from_the_installed_command(tmp_path: Path) -> None:
    result = run_cli("--workers", "many", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == b""
    (line,) = result.stderr.decode("utf-8").splitlines()
    expected = "argument --workers: not a positive whole number of workers: 'many'"
    assert line == f"conflictparse: error: {expected}"


# --- (4) load_registry refuses what it used to accept or crash on ---------------------------

GOOD = """\
[[actor]]
id = "liwa_al_tajriba"
name = "Test Brigade"
type = "militia"
country = "SY"
aliases = ["لواء التجربة", "كتائب التجربة"]
"""

SECOND = """\

[[actor]]
id = "saraya_al_ikhtibar"
name = "Test Companies"
type = "rebel_group"
country = "IQ"
aliases = ["سرايا الاختبار"]
"""

BAD_REGISTRIES = [
    pytest.param(
        GOOD.encode("utf-8") + "# تعليق\n".encode("cp1256"),
        ["not UTF-8"],
        id="not-utf8",
    ),
    pytest.param(b"[[actor]\nid = 'x'\n", ["not valid TOML", "line 1"], id="malformed-toml"),
    pytest.param(
        (GOOD + SECOND.replace("saraya_al_ikhtibar", "liwa_al_tajriba")).encode(),
        ["'liwa_al_tajriba'", "#2", "«id»", "#1"],
        id="duplicate-id",
    ),
    pytest.param(
        GOOD.replace('country = "SY"', "country = 5").encode(),
        ["'liwa_al_tajriba'", "«country»", "int"],
        id="country-int",
    ),
    pytest.param(
        GOOD.replace('name = "Test Brigade"', "name = 1.5").encode(),
        ["'liwa_al_tajriba'", "«name»", "float"],
        id="name-float",
    ),
    pytest.param(
        GOOD.replace('type = "militia"', "type = true").encode(),
        ["'liwa_al_tajriba'", "«type»", "bool"],
        id="type-bool",
    ),
    pytest.param(
        (SECOND + GOOD.replace("aliases =", "alias =")).encode(),
        ["'liwa_al_tajriba'", "unknown key «alias»", "«aliases»"],
        id="typo-alias",
    ),
    pytest.param(
        GOOD.replace(
            'id = "liwa_al_tajriba"\n', 'id = "liwa_al_tajriba"\ncolour = "red"\n'
        ).encode(),
        ["'liwa_al_tajriba'", "«colour»"],
        id="unknown-key",
    ),
    pytest.param(
        (SECOND + GOOD.replace('id = "liwa_al_tajriba"\n', 'identifier = "x"\n')).encode(),
        ["actor #2", "«identifier»"],
        id="unknown-key-without-id",
    ),
    pytest.param(
        GOOD.replace('"كتائب التجربة"', '""').encode(),
        ["'liwa_al_tajriba'", "«aliases»", "empty", "''"],
        id="empty-alias",
    ),
    pytest.param(
        GOOD.replace('"كتائب التجربة"', '"  \t "').encode(),
        ["'liwa_al_tajriba'", "«aliases»", "empty"],
        id="blank-alias",
    ),
    pytest.param(
        (GOOD + 'generic = [" "]\ncountries = ["SY"]\n').encode(),
        ["'liwa_al_tajriba'", "«generic»", "empty"],
        id="blank-generic",
    ),
    pytest.param(
        (SECOND + GOOD.replace('id = "liwa_al_tajriba"\n', "")).encode(),
        ["actor #2", "'id'"],
        id="missing-id",
    ),
    pytest.param(
        (GOOD + SECOND.replace('type = "rebel_group"\n', "")).encode(),
        ["'saraya_al_ikhtibar'", "'type'"],
        id="missing-type",
    ),
    pytest.param(
        GOOD.replace("[[actor]]", "[[actors]]").encode(),
        ["«actors»"],
        id="top-level-typo",
    ),
]


@pytest.mark.parametrize(("content", "mentions"), BAD_REGISTRIES)
@pytest.mark.parametrize("extend", [True, False])
def test_bad_registry_is_a_registry_error(
    tmp_path: Path, content: bytes, mentions: list[str], *, extend: bool
) -> None:
    path = tmp_path / "my_actors.toml"
    path.write_bytes(content)
    with pytest.raises(cp.RegistryError) as caught:
        cp.load_registry(path, extend=extend)
    message = str(caught.value)
    assert message.startswith(f"{path}: "), message
    assert "\n" not in message
    for mention in mentions:
        assert mention in message, f"{mention!r} not in {message!r}"


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(GOOD, id="one-actor"),
        pytest.param(GOOD + SECOND, id="two-actors"),
        pytest.param(
            GOOD.replace('name = "Test Brigade"\n', "").replace('country = "SY"\n', ""),
            id="name-and-country-optional",
        ),
        pytest.param(
            GOOD + 'generic = ["كتائب التجربة"]\ncountries = ["SY"]\n', id="generic-with-countries"
        ),
    ],
)
def test_good_registries_still_load(tmp_path: Path, content: str) -> None:
    path = tmp_path / "my_actors.toml"
    path.write_text(content, encoding="utf-8")
    registry = cp.load_registry(path, extend=False)
    assert "liwa_al_tajriba" in registry.actors
    found = cp.find_actors("هاجم عناصر من لواء التجربة الحاجز", registry=registry)
    assert [match.value.id for match in found] == ["liwa_al_tajriba"]


@pytest.mark.parametrize("extend", [True, False])
def test_packaged_registry_loads_as_a_user_file(tmp_path: Path, *, extend: bool) -> None:
    packaged = resources.files("conflictparse.data").joinpath("actors.toml")
    path = tmp_path / "actors.toml"
    path.write_bytes(packaged.read_bytes())
    registry = cp.load_registry(path, extend=extend)
    assert registry.actors == default_registry().actors
    assert len(registry.actors) > 100


def test_a_report_reads_the_same_whatever_was_read_before() -> None:
    """An incident merged away must not free an id that a later incident then reuses."""
    texts = [
        "أفاد مصدر في ديالى بأن 5 عناصر فقدوا حياتهم، فيما أصيب 8 بهجوم في قضاء الخالص. "
        "وقتل مدنيان في قصف على بلدة كفرنبل.",
        "قتل 4 مدنيين في قصف على بلدة حاس، وقتل 3 آخرون في غارة على قرية البارة.",
        "قتل 12 عنصرا في اشتباكات في بادية حمص. وأسفر القصف عن مقتل 3 في مدينة تدمر.",
        "أفاد مصدر بأن 3 أشخاص قتلوا، فيما أصيب 5 في انفجار في حي الكرادة ببغداد. "
        "وقتل جندي بانفجار عبوة في قضاء الطارمية. وقتل شرطي في هجوم على حاجز في قضاء المقدادية.",
    ]

    def read_all(order: list[int]) -> dict[int, list[tuple[object, object]]]:
        kept: list[object] = []  # results kept alive, as a caller would
        found = {}
        for number in order:
            rows = cp.parse_report(texts[number]).to_rows()
            kept.append(rows)
            found[number] = [(row["location"], row["fatalities_best"]) for row in rows]
        return found

    forward = read_all(list(range(len(texts))) * 3)
    backward = read_all(list(reversed(range(len(texts)))) * 3)
    assert forward == backward


@pytest.mark.parametrize("text", ["بلدة «  «  ", 'حي "  " ', "قرية (   )"])
def test_a_head_before_quotes_around_nothing_names_no_place(text: str) -> None:
    assert cp.find_places(text) == []
    assert cp.parse_report(text).to_rows() == []
