"""The command line, run as a user runs it: ``python -m conflictparse [FILE ...]``.

Contract under test:

- no FILE: read stdin; one input prints one JSON object with a ``numbers`` list;
- several FILEs with ``--format json``: one JSON array, one object per file, in
  order, each with ``source`` (the path as given);
- ``--format jsonl``: one JSON object per line per input;
- a missing file, a directory or a file that is not UTF-8: exit status 2 and
  exactly one ``conflictparse: error: ...`` line on stderr, never a traceback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
NUMBER_KEYS = {"start", "end", "text", "value", "low", "high", "qualifier", "unit"}


def run_cli(*args: str | Path, stdin: bytes = b"", cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """Run the CLI in a fresh interpreter, on the source tree even when not installed."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "conflictparse", *map(str, args)],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )


def ok_output(result: subprocess.CompletedProcess[bytes]) -> str:
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 0, stderr
    assert "Traceback" not in stderr
    return result.stdout.decode("utf-8")


def assert_numbers(report: dict[str, Any], text: str) -> list[dict[str, Any]]:
    """Check the shape of ``report["numbers"]`` and the span invariant against ``text``."""
    assert isinstance(report, dict)
    numbers = report["numbers"]
    assert isinstance(numbers, list)
    previous_end = 0
    for number in numbers:
        assert number.keys() >= NUMBER_KEYS, number
        start, end = number["start"], number["end"]
        assert isinstance(start, int)
        assert isinstance(end, int)
        assert previous_end <= start < end <= len(text), number
        assert text[start:end] == number["text"], number
        previous_end = end
    return numbers


def write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


# --- stdin -------------------------------------------------------------------


def test_stdin_single_number(tmp_path: Path) -> None:
    text = "قتل 3 أشخاص"
    result = run_cli(stdin=text.encode("utf-8"), cwd=tmp_path)
    report = json.loads(ok_output(result))
    numbers = assert_numbers(report, text)
    assert len(numbers) == 1
    (number,) = numbers
    assert number["value"] == 3
    assert number["low"] == 3
    assert number["high"] == 3
    assert number["qualifier"] == "exact"
    assert number["text"] == "3"
    assert (number["start"], number["end"]) == (4, 5)


def test_stdin_jsonl_is_one_line(tmp_path: Path) -> None:
    text = "قتل 3 أشخاص"
    result = run_cli("--format", "jsonl", stdin=text.encode("utf-8"), cwd=tmp_path)
    lines = ok_output(result).splitlines()
    assert len(lines) == 1
    numbers = assert_numbers(json.loads(lines[0]), text)
    assert [number["value"] for number in numbers] == [3]


def test_stdin_noisy_text_keeps_spans(tmp_path: Path) -> None:
    # Harakat, tatweel, a bidi mark and Arabic-Indic digits: offsets must still
    # point into the text exactly as it was given.
    text = "قُتِلَ ٣ أشخاصٍ، وأُصيب \u200fنحو ١٠ آخرين، ومقتل ما لا يقل عن 96 مدنياً\n"
    result = run_cli(stdin=text.encode("utf-8"), cwd=tmp_path)
    numbers = assert_numbers(json.loads(ok_output(result)), text)
    assert [number["value"] for number in numbers] == [3, 10, 96]
    assert [number["qualifier"] for number in numbers] == ["exact", "approx", "at_least"]


def test_stdin_without_numbers(tmp_path: Path) -> None:
    text = "لا أرقام هنا"
    result = run_cli(stdin=text.encode("utf-8"), cwd=tmp_path)
    assert assert_numbers(json.loads(ok_output(result)), text) == []


def test_empty_stdin(tmp_path: Path) -> None:
    result = run_cli(stdin=b"", cwd=tmp_path)
    assert assert_numbers(json.loads(ok_output(result)), "") == []


# --- files -------------------------------------------------------------------


def test_one_file_prints_one_object(tmp_path: Path) -> None:
    text = "أصيب 5 مدنيين\n"
    path = write(tmp_path / "one.txt", text)
    report = json.loads(ok_output(run_cli(path, cwd=tmp_path)))
    numbers = assert_numbers(report, text)
    assert [number["value"] for number in numbers] == [5]


def test_several_files_json_array(tmp_path: Path) -> None:
    texts = {"a.txt": "قتل 3 أشخاص\n", "b.txt": "أصيب ٥ مدنيين\n", "c.txt": "لا شيء\n"}
    paths = [write(tmp_path / name, text) for name, text in texts.items()]
    result = run_cli(*paths, "--format", "json", cwd=tmp_path)
    reports = json.loads(ok_output(result))
    assert isinstance(reports, list)
    assert [report["source"] for report in reports] == [str(path) for path in paths]
    values = [
        [number["value"] for number in assert_numbers(report, text)]
        for report, text in zip(reports, texts.values(), strict=True)
    ]
    assert values == [[3], [5], []]


def test_several_files_jsonl(tmp_path: Path) -> None:
    texts = {"a.txt": "قتل 3 أشخاص\n", "b.txt": "أصيب ٥ مدنيين\n"}
    paths = [write(tmp_path / name, text) for name, text in texts.items()]
    result = run_cli("--format", "jsonl", *paths, cwd=tmp_path)
    lines = ok_output(result).splitlines()
    assert len(lines) == len(paths)
    reports = [json.loads(line) for line in lines]
    assert [report["source"] for report in reports] == [str(path) for path in paths]
    values = [
        [number["value"] for number in assert_numbers(report, text)]
        for report, text in zip(reports, texts.values(), strict=True)
    ]
    assert values == [[3], [5]]


def test_relative_path_is_reported_as_given(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "قتل 3 أشخاص\n")
    write(tmp_path / "b.txt", "قتل 4 أشخاص\n")
    result = run_cli("a.txt", "b.txt", "--format", "json", cwd=tmp_path)
    reports = json.loads(ok_output(result))
    assert [report["source"] for report in reports] == ["a.txt", "b.txt"]


# --- errors ------------------------------------------------------------------


def assert_one_error_line(result: subprocess.CompletedProcess[bytes], mention: str) -> None:
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, stderr
    assert "Traceback" not in stderr
    assert "Traceback" not in result.stdout.decode("utf-8", "replace")
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("conflictparse: error:"), stderr
    assert mention in lines[0], "the message should name the input at fault"


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.txt"
    assert_one_error_line(run_cli(path, cwd=tmp_path), path.name)


def test_directory(tmp_path: Path) -> None:
    directory = tmp_path / "reports"
    directory.mkdir()
    assert_one_error_line(run_cli(directory, cwd=tmp_path), directory.name)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(b"\xff\xfe\xfa")
    assert_one_error_line(run_cli(path, cwd=tmp_path), path.name)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_bad_file_among_good_ones(tmp_path: Path, fmt: str) -> None:
    good = write(tmp_path / "good.txt", "قتل 3 أشخاص\n")
    missing = tmp_path / "missing.txt"
    result = run_cli(good, missing, "--format", fmt, cwd=tmp_path)
    assert_one_error_line(result, missing.name)


def test_stdin_not_utf8(tmp_path: Path) -> None:
    result = run_cli(stdin=b"\xff\xfe\xfa", cwd=tmp_path)
    assert_one_error_line(result, "")


# --- every layer -------------------------------------------------------------


def test_report_has_every_layer_and_resolves_dates(tmp_path: Path) -> None:
    text = "قتل أمس 5 مدنيين في قصف لقوات النظام على بلدة مساحتها 12 كلم مربع"
    result = run_cli("--published", "2019-04-12", stdin=text.encode("utf-8"), cwd=tmp_path)
    report = json.loads(ok_output(result))
    assert {"numbers", "dates", "casualties", "areas", "actors", "events"} <= set(report)
    assert [date["start_date"] for date in report["dates"]] == ["2019-04-11"]
    assert [(item["kind"], item["count"]["value"]) for item in report["casualties"]] == [
        ("killed", 5)
    ]
    assert [area["km2"]["value"] for area in report["areas"]] == [12]
    assert [actor["id"] for actor in report["actors"]] == ["syrian_government_forces"]
    for name in ("numbers", "dates", "casualties", "areas", "actors", "places", "unresolved"):
        for item in report[name]:
            assert text[item["start"] : item["end"]] == item["text"]


def test_bad_published_date_exits_2(tmp_path: Path) -> None:
    result = run_cli("--published", "2019-13-40", stdin=b"", cwd=tmp_path)
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr
