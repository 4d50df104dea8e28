"""The command line: ``conflictparse [FILE ...] [--format json|jsonl]``.

Reads each file (or standard input) as UTF-8 and prints what the library finds
as JSON.  An input that cannot be read is reported on one line of standard
error and skipped; the exit status is then 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from conflictparse.numbers import find_numbers

__all__ = ["main", "report"]

EXIT_OK = 0
EXIT_USAGE = 2


class _InputError(Exception):
    """An input that cannot be read, with a one-line reason."""


def report(text: str) -> dict[str, Any]:
    """What the library finds in ``text``, as a JSON-ready dict.

    Examples:
        >>> report("قتل 3 أشخاص")["numbers"][0]["value"]
        3
    """
    return {
        "numbers": [
            {"start": match.start, "end": match.end, "text": match.text, **match.value.to_dict()}
            for match in find_numbers(text)
        ]
    }


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
            reports.append(report(_decode(sys.stdin.buffer.read(), "<stdin>")))
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
        reports.append({"source": path, **report(text)})
    if arguments.format == "jsonl":
        for item in reports:
            sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
    elif len(arguments.files) > 1:
        sys.stdout.write(json.dumps(reports, ensure_ascii=False, indent=2) + "\n")
    elif reports:
        sys.stdout.write(json.dumps(reports[0], ensure_ascii=False, indent=2) + "\n")
    return status
