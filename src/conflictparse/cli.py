"""The command line: ``conflictparse [FILE ...] [--published YYYY-MM-DD] [--format json|jsonl]``.

Reads each file (or standard input) as UTF-8 and prints what the library finds
as JSON: numbers, dates (resolved against ``--published``), casualties, areas
and actors, each with its span.  An input that cannot be read is reported on
one line of standard error and skipped; the exit status is then 2.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections.abc import Sequence
from typing import Any

from conflictparse.actors import find_actors
from conflictparse.areas import find_areas
from conflictparse.casualties import find_casualties
from conflictparse.dates import find_dates
from conflictparse.model import Match
from conflictparse.numbers import find_numbers

__all__ = ["main", "report"]

EXIT_OK = 0
EXIT_USAGE = 2


class _InputError(Exception):
    """An input that cannot be read, with a one-line reason."""


def report(text: str, published: datetime.date | None = None) -> dict[str, Any]:
    """What the library finds in ``text``, as a JSON-ready dict.

    Examples:
        >>> report("قتل 3 أشخاص")["numbers"][0]["value"]
        3
    """
    return {
        "numbers": [_span(match) | match.value.to_dict() for match in find_numbers(text)],
        "dates": [
            _span(match) | match.value.to_dict() for match in find_dates(text, reference=published)
        ],
        "casualties": [_span(match) | match.value.to_dict() for match in find_casualties(text)],
        "areas": [_span(match) | match.value.to_dict() for match in find_areas(text)],
        "actors": [_span(match) | match.value.to_dict() for match in find_actors(text)],
    }


def _span(match: Match[Any]) -> dict[str, Any]:
    return {"start": match.start, "end": match.end, "text": match.text}


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        msg = f"not a date in the form YYYY-MM-DD: {value!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _read(path: str) -> str:
    try:
        with open(path, "rb") as handle:  # noqa: PTH123 - the path is a user's string
            data = handle.read()
    except FileNotFoundError:
        raise _InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise _InputError(f"{path}: is a directory") from None
    except OSError as error:
        raise _InputError(f"{path}: {error.strerror or error}") from None
    return _decode(data, path)


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _InputError(f"{name}: not UTF-8 (byte {error.start})") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="conflictparse",
        description="Extract numbers and quantities from Arabic conflict reports as JSON.",
    )
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
        "--format",
        choices=("json", "jsonl"),
        default="json",
        help="json: one object, or an array for several files; jsonl: one line per input",
    )
    return parser


def _error(message: str) -> None:
    print(f"conflictparse: error: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    arguments = _parser().parse_args(argv)
    status = EXIT_OK
    reports: list[dict[str, Any]] = []
    if not arguments.files:
        try:
            text = _decode(sys.stdin.buffer.read(), "<stdin>")
            reports.append(report(text, arguments.published))
        except _InputError as error:
            _error(str(error))
            return EXIT_USAGE
    for path in arguments.files:
        try:
            text = _read(path)
        except _InputError as error:
            _error(str(error))
            status = EXIT_USAGE
            continue
        reports.append({"source": path, **report(text, arguments.published)})
    if arguments.format == "jsonl":
        for item in reports:
            sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
    elif len(arguments.files) > 1:
        sys.stdout.write(json.dumps(reports, ensure_ascii=False, indent=2) + "\n")
    elif reports:
        sys.stdout.write(json.dumps(reports[0], ensure_ascii=False, indent=2) + "\n")
    return status
