"""The command line.

``conflictparse [FILE ...] [--published YYYY-MM-DD]
[--format json|jsonl|csv|table|acled|ucdp|geojson] [--recursive] [--workers N]``, and
``conflictparse map [FILE ...] -o HTML`` with the same input options.

Reads each file (or standard input) as UTF-8 and prints its
:meth:`~conflictparse.events.report.Report.to_dict` as JSON (or one line per input,
or the events as CSV or an aligned table, in ACLED's or UCDP GED's columns as CSV,
or as a GeoJSON FeatureCollection).  An input that cannot be read is
reported on one line of standard error and skipped; the others are still
processed, and the exit status is then 2.  ``map`` writes the events whose place
has coordinates as an HTML map (:func:`conflictparse.io.map.to_map`; the ``map``
extra).
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from conflictparse.events.event import Event
from conflictparse.events.report import Report, parse_reports
from conflictparse.io.acled import ACLED_COLUMNS, to_acled
from conflictparse.io.geojson import to_geojson
from conflictparse.io.map import require_folium, to_map
from conflictparse.io.map.markers import markers
from conflictparse.io.rows import ROW_COLUMNS
from conflictparse.io.ucdp import UCDP_COLUMNS, to_ucdp

__all__ = ["main"]

EXIT_OK = 0
EXIT_USAGE = 2
_TABLE_COLUMNS = (
    "source",
    "date_start",
    "date_precision",
    "location",
    "actor1",
    "actor2",
    "event_type",
    "fatalities_best",
)


class _InputError(Exception):
    """An input that cannot be read, with a one-line reason."""


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _InputError(f"{name}: not UTF-8 (byte {error.start})") from None


def _read(path: str) -> str:
    try:
        with open(path, "rb") as handle:  # noqa: PTH123 - the path is a user's string
            data = handle.read()
    except FileNotFoundError:
        raise _InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise _InputError(f"{path}: is a directory (use --recursive)") from None
    except OSError as error:
        raise _InputError(f"{path}: {error.strerror or error}") from None
    return _decode(data, path)


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        msg = f"not a date in the form YYYY-MM-DD: {value!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _workers(value: str) -> int:
    """A positive whole number; :func:`main` caps it at the inputs and the processors."""
    digits = value.lstrip("0") if value.isdecimal() else ""  # «²» is a digit, not decimal
    if not digits:
        msg = f"not a positive whole number of workers: {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return int(digits) if len(digits) < 100 else sys.maxsize  # int() refuses 4300+ digits


class _ArgumentParser(argparse.ArgumentParser):
    """Usage errors as one line, ``conflictparse: error: …``, and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {' '.join(message.split())}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _ArgumentParser(
        prog="conflictparse",
        description="Read Arabic conflict reports into events, casualties, dates and places.",
        epilog="conflictparse map FILE ... -o HTML: draw the events on a map (see map --help)",
    )
    _add_inputs(parser)
    parser.add_argument(
        "--format",
        choices=("json", "jsonl", "csv", "table", "acled", "ucdp", "geojson"),
        default="json",
        help=(
            "json: the report(s); jsonl: one report per line; csv, table: one row per event;"
            " acled, ucdp: CSV in ACLED's or UCDP GED's columns; geojson: the located events"
        ),
    )
    return parser


def _map_parser() -> argparse.ArgumentParser:
    parser = _ArgumentParser(
        prog="conflictparse map",
        description="Draw the events whose place has coordinates on a self-contained HTML map.",
    )
    _add_inputs(parser)
    parser.add_argument(
        "-o", "--output", required=True, metavar="HTML", help="the HTML file to write"
    )
    return parser


def _add_inputs(parser: argparse.ArgumentParser) -> None:
    """The arguments that say what to read: files, publication date, recursion, workers."""
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="UTF-8 text files (default: stdin)"
    )
    parser.add_argument(
        "--published",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the reports' publication date, against which «أمس» and weekdays are resolved",
    )
    parser.add_argument(
        "--recursive", action="store_true", help="read the *.txt files under directories"
    )
    parser.add_argument(
        "--workers", type=_workers, default=1, help="processes to read many reports in parallel"
    )


def _error(message: str) -> None:
    print(f"conflictparse: error: {message}", file=sys.stderr)


def _expand(paths: Sequence[str], *, recursive: bool) -> list[str]:
    """Files as given, and with ``recursive`` the ``*.txt`` files under directories."""
    expanded: list[str] = []
    for path in paths:
        if recursive and Path(path).is_dir():
            expanded.extend(str(found) for found in sorted(Path(path).rglob("*.txt")))
        else:
            expanded.append(path)
    return expanded


def _progress(done: int, total: int, stream: TextIO) -> None:
    """A one-line progress bar, only when a person is watching standard error."""
    if total < 2 or not stream.isatty():
        return
    width = 30
    filled = width * done // total
    stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        stream.write("\n")
    stream.flush()


def _row_dicts(results: Sequence[tuple[str | None, Report]]) -> Iterator[dict[str, Any]]:
    for source, report in results:
        for row in report.to_rows():
            yield {"source": source, **row}


def _write(results: list[tuple[str | None, Report]], fmt: str, *, several: bool) -> None:
    out = sys.stdout
    if fmt == "jsonl":
        for source, report in results:
            record = ({"source": source} if source is not None else {}) | report.to_dict()
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "json":
        records = [
            ({"source": source} if source is not None else {}) | report.to_dict()
            for source, report in results
        ]
        if several:
            out.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
        elif records:
            out.write(json.dumps(records[0], ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        _csv(out, ["source", *ROW_COLUMNS], _row_dicts(results))
    elif fmt in _EXPORTS:
        export, columns = _EXPORTS[fmt]
        _csv(out, list(columns), export([report for _, report in results]))
    elif fmt == "geojson":
        collection = to_geojson([report for _, report in results])
        out.write(json.dumps(collection, ensure_ascii=False, indent=2) + "\n")
    else:
        _table(results, out)


_EXPORTS = {"acled": (to_acled, ACLED_COLUMNS), "ucdp": (to_ucdp, UCDP_COLUMNS)}


def _csv(out: TextIO, columns: list[str], rows: Iterable[dict[str, Any]]) -> None:
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def _table(results: list[tuple[str | None, Report]], out: TextIO) -> None:
    """Aligned columns, one line per event, and under it the evidence of its fields."""
    rows = list(_row_dicts(results))
    evidence = [_evidence(event) for _, report in results for event in report.events]
    cells = [[str(row.get(column) or "") for column in _TABLE_COLUMNS] for row in rows]
    widths = [
        max([len(column), *(len(line[index]) for line in cells)])
        for index, column in enumerate(_TABLE_COLUMNS)
    ]
    out.write(_aligned(list(_TABLE_COLUMNS), widths))
    for line, spans in zip(cells, evidence, strict=True):
        out.write(_aligned(line, widths))
        if spans:
            out.write(f"  ↳ {spans}\n")


def _aligned(line: list[str], widths: list[int]) -> str:
    padded = (cell.ljust(width) for cell, width in zip(line, widths, strict=True))
    return "  ".join(padded).rstrip() + "\n"


def _evidence(event: Event) -> str:
    """«location «بلدة كنصفرة» 27-38 | actor1 «قوات النظام» 5-16 | …»: where each field was read."""
    spans = event.evidence.to_dict()
    return " | ".join(
        f"{field} «{span['text']}» {span['start']}-{span['end']}"
        for field, span in spans.items()
        if isinstance(span, dict)
    )


def _reports(
    arguments: argparse.Namespace, paths: Sequence[str]
) -> tuple[list[tuple[str | None, Report]], int]:
    """The reports of ``paths`` (of standard input without FILE), and the exit status.

    A file that cannot be read is reported and skipped (status 2).

    Raises:
        _InputError: standard input is not UTF-8.
    """
    status = EXIT_OK
    inputs: list[tuple[str | None, str]] = []
    if not arguments.files:
        inputs.append((None, _decode(sys.stdin.buffer.read(), "<stdin>")))
    for path in paths:
        try:
            inputs.append((path, _read(path)))
        except _InputError as error:
            _error(str(error))
            status = EXIT_USAGE
    # No more processes than inputs or processors: «--workers 5000» must not start 5000.
    workers = max(1, min(arguments.workers, len(inputs), os.cpu_count() or 1))
    reports = parse_reports(
        (text for _, text in inputs), published=arguments.published, workers=workers
    )
    results: list[tuple[str | None, Report]] = []
    for index, ((source, _), report) in enumerate(zip(inputs, reports, strict=True), 1):
        results.append((source, report))
        _progress(index, len(inputs), sys.stderr)
    return results, status


def _map(argv: Sequence[str]) -> int:
    """``conflictparse map``: write the located events as an HTML map; return the exit status."""
    arguments = _map_parser().parse_args(argv)
    try:
        require_folium()  # before reading: the reports would be read for nothing
    except ModuleNotFoundError as error:
        _error(str(error))
        return EXIT_USAGE
    try:
        results, status = _reports(
            arguments, _expand(arguments.files, recursive=arguments.recursive)
        )
    except _InputError as error:
        _error(str(error))
        return EXIT_USAGE
    reports = [report for _, report in results]
    try:
        Path(arguments.output).write_text(to_map(reports), encoding="utf-8")
    except OSError as error:
        _error(f"{arguments.output}: {error.strerror or error}")
        return EXIT_USAGE
    events = sum(len(report.events) for report in reports)
    drawn = len(markers(reports))
    print(
        f"conflictparse: {arguments.output}: {drawn} of {events} events have coordinates",
        file=sys.stderr,
    )
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "map":
        return _map(argv[1:])
    arguments = _parser().parse_args(argv)
    paths = _expand(arguments.files, recursive=arguments.recursive)
    try:
        results, status = _reports(arguments, paths)
    except _InputError as error:
        _error(str(error))
        return EXIT_USAGE
    # An array whenever several reports may come: more than one FILE, or --recursive
    # with a FILE (even a directory with no *.txt file prints «[]»).
    several = len(paths) > 1 or (arguments.recursive and bool(arguments.files))
    try:
        _write(results, arguments.format, several=several)
    except BrokenPipeError:  # pragma: no cover - «conflictparse … | head»
        os._exit(EXIT_OK)
    return status
