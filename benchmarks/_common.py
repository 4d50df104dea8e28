"""What the benchmark scripts share: sizes, corpus loading, timing and arguments.

The scripts import it as ``_common`` (they are run as ``python benchmarks/NAME.py``,
which puts this folder first on ``sys.path``).
"""

from __future__ import annotations

import argparse
import math
import time
from collections.abc import Callable
from pathlib import Path

MB = 10**6
SHARED_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def utf8_size(text: str) -> int:
    """Size of ``text`` in UTF-8 bytes."""
    return len(text.encode("utf-8"))


def repeat_to(piece: str, size: int, separator: str = "") -> str:
    """``piece`` repeated (joined by ``separator``) to at least ``size`` UTF-8 bytes."""
    unit = utf8_size(piece) + utf8_size(separator)
    count = max(1, math.ceil(size / unit))
    text = separator.join([piece] * count)
    while utf8_size(text) < size:
        count += 1
        text = separator.join([piece] * count)
    return text


def load_corpus(directory: Path) -> str:
    """All ``*.txt`` files of ``directory``, sorted by name, joined by blank lines."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(directory.glob("*.txt"))]
    return "\n\n".join(text.strip("\n") for text in texts)


def best_of(func: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of ``repeat`` timed calls, in seconds."""
    best = math.inf
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def positive_mb(value: str) -> float:
    """An argparse type: a positive number of megabytes."""
    number = float(value)
    if not number > 0 or not math.isfinite(number):
        msg = f"expected a positive number of MB, got {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return number


def positive(kind: type[int] | type[float]) -> Callable[[str], float]:
    """An argparse type: a positive finite number of the given kind."""

    def parse(value: str) -> float:
        try:
            number = kind(value)
        except ValueError:
            number = math.nan
        if not number > 0 or not math.isfinite(number):
            msg = f"expected a positive number, got {value!r}"
            raise argparse.ArgumentTypeError(msg)
        return number

    return parse


def corpus_and_size(doc: str | None, corpus: Path, corpus_help: str) -> tuple[Path, int, str]:
    """Read ``--corpus DIR`` and ``--mb N``: the directory, the size in bytes, its text.

    The text is every ``*.txt`` of the directory joined by blank lines; the
    script stops with a usage error when there is none.
    """
    parser = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else None)
    parser.add_argument(
        "--corpus", type=Path, default=corpus, help=f"{corpus_help} (default: %(default)s)"
    )
    parser.add_argument(
        "--mb",
        type=positive_mb,
        default=1.0,
        help="size of the corpus text and of each hostile input, in MB of 10**6 bytes",
    )
    args = parser.parse_args()
    directory: Path = args.corpus
    text = load_corpus(directory) if directory.is_dir() else ""
    if not text.strip():
        parser.error(f"no *.txt text found under {directory}")
    return directory, math.ceil(args.mb * MB), text
