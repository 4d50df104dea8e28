"""The command line on whole reports: formats, batches, directories, workers, errors.

Run as a user runs it (``python -m conflictparse``, see ``tests/test_cli.py``).
Contract under test:

- ``--format json``: one object for one input, an array for several files;
  ``jsonl``: one line per input with its ``source``; ``csv``: the header
  ``source`` + ``ROW_COLUMNS`` and one row per event; ``table``: the same rows
  in aligned columns;
- ``--recursive`` reads the ``*.txt`` files under a directory, sorted;
- an input that cannot be read (missing, a directory without ``--recursive``,
  not UTF-8) is one ``conflictparse: error:`` line, the others are still
  printed, and the exit status is 2;
- bad arguments exit 2; never a traceback.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

import conflictparse as cp
from conflictparse import ROW_COLUMNS
from tests.test_cli import run_cli, write

CSV_HEADER = ["source", *ROW_COLUMNS]
TABLE_HEADER = [
    "source",
    "date_start",
    "date_precision",
    "location",
    "actor1",
    "actor2",
    "event_type",
    "fatalities_best",
]

DOUMA = "قتل 3 مدنيين في غارة على مدينة دوما في الغوطة الشرقية.\n"
TWO_PLACES = (
    "قتل 5 مدنيين في قصف على حي القدم جنوب دمشق. وارتفع عدد القتلى إلى 9.\n"
    "وفي مدينة حلب، قتل عنصران من قوات النظام في اشتباكات مع هيئة تحرير الشام.\n"
)
YESTERDAY = "قتل أمس 4 مدنيين في غارة على بلدة سراقب بريف إدلب.\n"
NOTHING = "لا جديد في نشرة اليوم.\n"


def stderr_of(result: subprocess.CompletedProcess[bytes]) -> str:
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr
    assert "Traceback" not in result.stdout.decode("utf-8", "replace")
    return stderr


def ok(result: subprocess.CompletedProcess[bytes]) -> str:
    stderr = stderr_of(result)
    assert result.returncode == 0, stderr
    assert stderr == ""
    return result.stdout.decode("utf-8")


def error_lines(result: subprocess.CompletedProcess[bytes]) -> list[str]:
    """The stderr lines of a run that must fail with status 2, each a one-line error."""
    stderr = stderr_of(result)
    assert result.returncode == 2, stderr
    lines = stderr.splitlines()
    for line in lines:
        assert line.startswith("conflictparse: error:"), stderr
    return lines


def rows_of(text: str, published: datetime.date | None = None) -> list[dict[str, Any]]:
    return cp.parse_report(text, published=published).to_rows()


def cell(value: object) -> str:
    return "" if value is None else str(value)


def read_csv(output: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(output)))


# --- json and jsonl ----------------------------------------------------------------


def test_json_one_file_is_one_object(tmp_path: Path) -> None:
    path = write(tmp_path / "douma.txt", DOUMA)
    report = json.loads(ok(run_cli(path, cwd=tmp_path)))
    assert isinstance(report, dict)
    assert report["source"] == str(path)
    expected = cp.parse_report(DOUMA).to_dict()
    assert {key: value for key, value in report.items() if key != "source"} == expected
    (event,) = report["events"]
    assert event["location"] == "مدينة دوما"


def test_json_stdin_is_one_object_without_source(tmp_path: Path) -> None:
    report = json.loads(ok(run_cli(stdin=TWO_PLACES.encode("utf-8"), cwd=tmp_path)))
    assert isinstance(report, dict)
    assert "source" not in report
    assert report == cp.parse_report(TWO_PLACES).to_dict()


def test_json_several_files_is_an_array_in_order(tmp_path: Path) -> None:
    texts = {"b.txt": TWO_PLACES, "a.txt": DOUMA, "c.txt": NOTHING}
    paths = [write(tmp_path / name, text) for name, text in texts.items()]
    reports = json.loads(ok(run_cli(*paths, "--format", "json", cwd=tmp_path)))
    assert isinstance(reports, list)
    assert [report["source"] for report in reports] == [str(path) for path in paths]
    assert [len(report["events"]) for report in reports] == [2, 1, 0]
    for report, text in zip(reports, texts.values(), strict=True):
        del report["source"]
        assert report == cp.parse_report(text).to_dict()


def test_jsonl_one_line_per_input_with_source(tmp_path: Path) -> None:
    texts = {"a.txt": DOUMA, "b.txt": TWO_PLACES, "c.txt": NOTHING}
    paths = [write(tmp_path / name, text) for name, text in texts.items()]
    lines = ok(run_cli("--format", "jsonl", *paths, cwd=tmp_path)).splitlines()
    assert len(lines) == len(paths)
    reports = [json.loads(line) for line in lines]
    assert [report["source"] for report in reports] == [str(path) for path in paths]
    for report, text in zip(reports, texts.values(), strict=True):
        del report["source"]
        assert report == cp.parse_report(text).to_dict()


def test_jsonl_one_file_is_one_line(tmp_path: Path) -> None:
    path = write(tmp_path / "two.txt", TWO_PLACES)
    (line,) = ok(run_cli("--format", "jsonl", path, cwd=tmp_path)).splitlines()
    assert json.loads(line)["source"] == str(path)


# --- csv ---------------------------------------------------------------------------


def test_csv_header_and_one_row_per_event(tmp_path: Path) -> None:
    texts = {"a.txt": DOUMA, "b.txt": TWO_PLACES, "c.txt": NOTHING}
    paths = [write(tmp_path / name, text) for name, text in texts.items()]
    table = read_csv(ok(run_cli("--format", "csv", *paths, cwd=tmp_path)))
    assert table[0] == CSV_HEADER
    expected = [
        [str(path), *(cell(row[column]) for column in ROW_COLUMNS)]
        for path, text in zip(paths, texts.values(), strict=True)
        for row in rows_of(text)
    ]
    assert table[1:] == expected
    assert [line[0] for line in table[1:]] == [str(paths[0]), str(paths[1]), str(paths[1])]
    locations = [line[CSV_HEADER.index("location")] for line in table[1:]]
    assert locations == ["مدينة دوما", "حي القدم", "مدينة حلب"]
    tolls = [line[CSV_HEADER.index("fatalities_best")] for line in table[1:]]
    assert tolls == ["3", "9", "2"]


def test_csv_without_events_is_the_header(tmp_path: Path) -> None:
    path = write(tmp_path / "nothing.txt", NOTHING)
    assert read_csv(ok(run_cli("--format", "csv", path, cwd=tmp_path))) == [CSV_HEADER]


def test_csv_from_stdin(tmp_path: Path) -> None:
    result = run_cli("--format", "csv", stdin=DOUMA.encode("utf-8"), cwd=tmp_path)
    table = read_csv(ok(result))
    assert table[0] == CSV_HEADER
    assert len(table) == 2
    assert table[1][CSV_HEADER.index("location")] == "مدينة دوما"


# --- table -------------------------------------------------------------------------


def split_table(output: str) -> tuple[list[str], list[list[str]]]:
    """The header's columns and each line cut at the header's column starts."""
    header, *lines = (line for line in output.splitlines() if not line.startswith("  ↳ "))
    columns = header.split()
    starts = [header.index(column) for column in columns]
    cells = []
    for line in lines:
        row = []
        for index, start in enumerate(starts):
            if index:
                # every column starts after a gap: nothing spills into it
                assert line[start - 2 : start].strip() == "" or len(line) < start, line
            end = starts[index + 1] if index + 1 < len(starts) else None
            row.append(line[start:end].strip())
        cells.append(row)
    return columns, cells


def test_table_columns_are_aligned(tmp_path: Path) -> None:
    texts = {"a.txt": DOUMA, "b.txt": TWO_PLACES, "c.txt": NOTHING}
    paths = [write(tmp_path / name, text) for name, text in texts.items()]
    output = ok(run_cli("--format", "table", *paths, cwd=tmp_path))
    columns, cells = split_table(output)
    assert columns == TABLE_HEADER
    expected = [
        [str(path), *(cell(row[column]) for column in TABLE_HEADER[1:])]
        for path, text in zip(paths, texts.values(), strict=True)
        for row in rows_of(text)
    ]
    assert cells == expected
    assert all(line == line.rstrip() for line in output.splitlines())


def test_table_with_published(tmp_path: Path) -> None:
    path = write(tmp_path / "saraqib.txt", YESTERDAY)
    output = ok(run_cli("--format", "table", "--published", "2019-05-10", path, cwd=tmp_path))
    _, cells = split_table(output)
    assert cells == [
        [
            str(path),
            "2019-05-09",
            "day",
            "بلدة سراقب",
            "",
            "civilians",
            "explosions_remote_violence",
            "4",
        ]
    ]


# --- directories -------------------------------------------------------------------


def make_tree(root: Path) -> list[Path]:
    """A tree with reports in several levels and files that are not reports."""
    (root / "b" / "d").mkdir(parents=True)
    (root / "empty").mkdir()
    reports = [
        write(root / "a.txt", DOUMA),
        write(root / "b" / "c.txt", TWO_PLACES),
        write(root / "b" / "d" / "e.txt", NOTHING),
        write(root / "z.txt", YESTERDAY),
    ]
    write(root / "notes.md", DOUMA)
    write(root / "b" / "data.json", "{}")
    (root / "b" / "d" / "binary.bin").write_bytes(b"\xff\xfe\x00")
    return reports


def test_recursive_reads_the_txt_files_sorted(tmp_path: Path) -> None:
    reports = make_tree(tmp_path / "tree")
    result = run_cli("--recursive", "tree", "--format", "jsonl", cwd=tmp_path)
    lines = ok(result).splitlines()
    expected = [str(path.relative_to(tmp_path)) for path in reports]
    assert [json.loads(line)["source"] for line in lines] == expected


def test_recursive_json_is_an_array_even_for_one_file(tmp_path: Path) -> None:
    root = tmp_path / "tree"
    (root / "sub").mkdir(parents=True)
    write(root / "sub" / "only.txt", DOUMA)
    reports = json.loads(ok(run_cli("--recursive", root, cwd=tmp_path)))
    assert isinstance(reports, list)
    assert [report["source"] for report in reports] == [str(root / "sub" / "only.txt")]


def test_recursive_csv_with_files_and_directories(tmp_path: Path) -> None:
    reports = make_tree(tmp_path / "tree")
    single = write(tmp_path / "single.txt", DOUMA)
    result = run_cli("--recursive", "--format", "csv", "single.txt", "tree", cwd=tmp_path)
    table = read_csv(ok(result))
    assert table[0] == CSV_HEADER
    sources = [str(single.relative_to(tmp_path))] + [
        str(path.relative_to(tmp_path)) for path in reports
    ]
    texts = [DOUMA, DOUMA, TWO_PLACES, NOTHING, YESTERDAY]
    expected_sources = [
        source for source, text in zip(sources, texts, strict=True) for _ in rows_of(text)
    ]
    assert [line[0] for line in table[1:]] == expected_sources


def test_recursive_on_a_directory_without_reports(tmp_path: Path) -> None:
    root = tmp_path / "tree"
    root.mkdir()
    write(root / "readme.md", DOUMA)
    result = run_cli("--recursive", "--format", "jsonl", root, cwd=tmp_path)
    assert ok(result) == ""


def test_directory_without_recursive_is_an_error_and_others_go_on(tmp_path: Path) -> None:
    make_tree(tmp_path / "tree")
    good = write(tmp_path / "good.txt", DOUMA)
    result = run_cli("tree", "good.txt", "--format", "jsonl", cwd=tmp_path)
    (line,) = error_lines(result)
    assert "tree" in line
    (report_line,) = result.stdout.decode("utf-8").splitlines()
    report = json.loads(report_line)
    assert report["source"] == good.name
    assert [event["location"] for event in report["events"]] == ["مدينة دوما"]


# --- bad files in a batch ----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_missing_and_non_utf8_files_are_skipped(tmp_path: Path, fmt: str) -> None:
    good = write(tmp_path / "good.txt", DOUMA)
    missing = tmp_path / "missing.txt"
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("قتل 3".encode() + b" \xe9t\xe9\n")
    other = write(tmp_path / "other.txt", TWO_PLACES)
    result = run_cli(good, missing, latin, other, "--format", fmt, cwd=tmp_path)
    lines = error_lines(result)
    assert len(lines) == 2, lines
    assert missing.name in lines[0]
    assert latin.name in lines[1]
    assert good.name not in "".join(lines)
    output = result.stdout.decode("utf-8")
    if fmt == "json":
        reports = json.loads(output)
        assert [report["source"] for report in reports] == [str(good), str(other)]
    elif fmt == "jsonl":
        sources = [json.loads(line)["source"] for line in output.splitlines()]
        assert sources == [str(good), str(other)]
    elif fmt == "csv":
        table = read_csv(output)
        assert table[0] == CSV_HEADER
        assert [line[0] for line in table[1:]] == [str(good), str(other), str(other)]
    else:
        _, cells = split_table(output)
        assert [line[0] for line in cells] == [str(good), str(other), str(other)]


def test_only_bad_files(tmp_path: Path) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes(b"\xe9t\xe9\n")
    result = run_cli(tmp_path / "missing.txt", latin, "--format", "jsonl", cwd=tmp_path)
    assert len(error_lines(result)) == 2
    assert result.stdout.decode("utf-8") == ""


def test_utf8_with_bom_and_crlf_is_read(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(b"\xef\xbb\xbf" + DOUMA.replace("\n", "\r\n").encode("utf-8"))
    report = json.loads(ok(run_cli(path, cwd=tmp_path)))
    assert [event["location"] for event in report["events"]] == ["مدينة دوما"]


# --- workers and --published -------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_two_workers_give_the_same_output(tmp_path: Path, fmt: str) -> None:
    texts = [DOUMA, TWO_PLACES, YESTERDAY, NOTHING] * 5
    paths = [write(tmp_path / f"r{index:02}.txt", text) for index, text in enumerate(texts)]
    common: tuple[str | Path, ...] = ("--format", fmt, "--published", "2019-05-10", *paths)
    one = ok(run_cli("--workers", "1", *common, cwd=tmp_path))
    two = ok(run_cli("--workers", "2", *common, cwd=tmp_path))
    assert two == one
    if fmt == "json":
        assert [report["source"] for report in json.loads(two)] == [str(path) for path in paths]


def test_published_resolves_yesterday(tmp_path: Path) -> None:
    path = write(tmp_path / "saraqib.txt", YESTERDAY)
    result = run_cli("--published", "2019-05-10", "--format", "csv", path, cwd=tmp_path)
    table = read_csv(ok(result))
    (row,) = [dict(zip(CSV_HEADER, line, strict=True)) for line in table[1:]]
    assert (row["date_start"], row["date_end"], row["date_source"]) == (
        "2019-05-09",
        "2019-05-09",
        "text",
    )
    report = json.loads(ok(run_cli("--published", "2019-05-10", path, cwd=tmp_path)))
    assert report["published"] == "2019-05-10"
    assert report["events"][0]["date"]["start_date"] == "2019-05-09"
    assert report["unresolved"] == []


def test_without_published_yesterday_is_unresolved(tmp_path: Path) -> None:
    report = json.loads(ok(run_cli(stdin=YESTERDAY.encode("utf-8"), cwd=tmp_path)))
    assert report["published"] is None
    assert report["events"][0]["date"] is None
    (item,) = report["unresolved"]
    assert item["text"] == "أمس"
    assert YESTERDAY[item["start"] : item["end"]] == "أمس"


def test_published_date_fills_undated_events(tmp_path: Path) -> None:
    result = run_cli("--published", "2019-05-10", stdin=DOUMA.encode("utf-8"), cwd=tmp_path)
    (event,) = json.loads(ok(result))["events"]
    assert event["date"]["start_date"] == "2019-05-10"
    assert event["date_source"] == "published"


# --- bad arguments -----------------------------------------------------------------

BAD_ARGUMENTS = [
    (("--published", "2019-13-40"), "--published"),
    (("--published", "10/05/2019"), "--published"),
    (("--published", "أمس"), "--published"),
    (("--workers", "0"), "--workers"),
    (("--workers", "-2"), "--workers"),
    (("--workers", "two"), "--workers"),
    (("--workers", "1.5"), "--workers"),
    (("--format", "xml"), "--format"),
    (("--no-such-option",), "--no-such-option"),
]


@pytest.mark.parametrize(
    ("arguments", "mention"), BAD_ARGUMENTS, ids=[" ".join(row[0]) for row in BAD_ARGUMENTS]
)
def test_bad_arguments_exit_2(tmp_path: Path, arguments: tuple[str, ...], mention: str) -> None:
    good = write(tmp_path / "good.txt", DOUMA)
    result = run_cli(*arguments, good, cwd=tmp_path)
    stderr = stderr_of(result)
    assert result.returncode == 2, stderr
    assert result.stdout == b""
    errors = [line for line in stderr.splitlines() if line.startswith("conflictparse: error:")]
    assert len(errors) == 1, stderr
    assert mention in errors[0]


def test_table_shows_the_evidence_of_each_event(tmp_path: Path) -> None:
    path = write(
        tmp_path / "kansafra.txt", "قصفت قوات النظام بلدة كنصفرة أمس، ما أدى إلى مقتل 4 مدنيين."
    )
    output = ok(run_cli("--format", "table", "--published", "2021-03-12", path, cwd=tmp_path))
    evidence = [line for line in output.splitlines() if line.startswith("  ↳ ")]
    assert evidence == [
        "  ↳ location «بلدة كنصفرة» 17-28 | date «أمس» 29-32 | actor1 «قوات النظام» 5-16 | "
        "actor2 «4 مدنيين» 50-58 | event_type «قصفت» 0-4 | fatalities «4 مدنيين» 50-58"
    ]
