"""Throughput, hostile-input timings and peak memory of the casualty, area and actor finders.

Usage::

    python benchmarks/bench_finders.py [--corpus DIR] [--mb N]

1. Corpus throughput: every ``*.txt`` under the corpus directory, joined with blank
   lines and repeated to at least N MB (10**6 UTF-8 bytes); best of three runs of
   ``find_casualties``, ``find_areas`` and ``find_actors``, each timed on its own.
2. Peak memory (tracemalloc) of one corpus run of each finder, with its matches.
3. Hostile inputs: N MB each of text built to make the finders rescan the same
   words (casualty clauses, vague counts, actor names, an opened quote after a
   head word, areas with shares, a word with no spaces, separated digits), one
   call of each finder on each input, in seconds per MB.

Rows are printed as soon as they are measured, so a pathological input shows
itself by the row it hangs on.
"""

from __future__ import annotations

import argparse
import functools
import math
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

from conflictparse import find_actors, find_areas, find_casualties

MB = 10**6
DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "docs"

Finder = Callable[[str], Sequence[object]]

# The finders, each under the name printed in the tables.
FINDERS: tuple[tuple[str, Finder], ...] = (
    ("find_casualties", find_casualties),
    ("find_areas", find_areas),
    ("find_actors", find_actors),
)

# (label, piece): each piece is repeated until the input reaches the requested size.
HOSTILE: tuple[tuple[str, str], ...] = (
    ("casualties 'maqtal 5 madaniyyin ' * N", "مقتل 5 مدنيين "),
    ("vague 'asharat ' * N", "عشرات "),
    ("actors 'quwwat al-nizam ' * N", "قوات النظام "),
    ("open quote 'tanzim \u201c' * N", "تنظيم \u201c"),
    ("areas 'nahw 5400 km2 bi-nisbat 2.9% ' * N", "نحو 5400 كلم مربع بنسبة 2.9% "),
    ("one run of Arabic letters, no spaces", "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"),
    ("digits with separators '1,234.5\u066c6\u066b7,' * N", "1,234.5\u066c6\u066b7,"),
)

LABEL_WIDTH = max(len(label) for label, _ in HOSTILE) + 2
NAME_WIDTH = max(len(name) for name, _ in FINDERS) + 2


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


def peak_memory(finder: Finder, text: str) -> tuple[int, int]:
    """Peak traced memory of one call of ``finder`` on ``text``, in bytes, and its matches."""
    tracemalloc.start()
    try:
        matches = finder(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak, len(matches)


def header(title: str, columns: str) -> None:
    """Print a table title and its column names."""
    print(f"\n{title}")
    print(columns)
    print("-" * len(columns))


def bench_corpus(text: str) -> None:
    """Throughput of each finder on the repeated corpus, then its peak memory."""
    size_mb = utf8_size(text) / MB
    header(
        f"corpus throughput (best of 3, {size_mb:.2f} MB, {len(text):,} code points)",
        f"{'finder':<{NAME_WIDTH}} {'seconds':>9} {'MB/s':>9} {'matches':>9}",
    )
    for name, finder in FINDERS:
        matches = len(finder(text))
        seconds = best_of(functools.partial(finder, text))
        print(
            f"{name:<{NAME_WIDTH}} {seconds:>9.4f} {size_mb / seconds:>9.3f} {matches:>9,}",
            flush=True,
        )

    header(
        "peak memory of one corpus run (tracemalloc)",
        f"{'finder':<{NAME_WIDTH}} {'peak MB':>9} {'B/byte':>9} {'matches':>9}",
    )
    for name, finder in FINDERS:
        peak, matches = peak_memory(finder, text)
        print(
            f"{name:<{NAME_WIDTH}} {peak / MB:>9.1f} {peak / utf8_size(text):>9.1f} {matches:>9,}",
            flush=True,
        )


def bench_hostile(size: int) -> None:
    """One call of each finder per hostile input of ``size`` bytes, in seconds per MB."""
    header(
        "hostile inputs (one call of each finder on each input)",
        f"{'input':<{LABEL_WIDTH}} {'finder':<{NAME_WIDTH}} {'MB':>6} {'seconds':>9} "
        f"{'s/MB':>9} {'matches':>9}",
    )
    for label, piece in HOSTILE:
        text = repeat_to(piece, size)
        size_mb = utf8_size(text) / MB
        for name, finder in FINDERS:
            start = time.perf_counter()
            matches = finder(text)
            seconds = time.perf_counter() - start
            print(
                f"{label:<{LABEL_WIDTH}} {name:<{NAME_WIDTH}} {size_mb:>6.2f} {seconds:>9.4f} "
                f"{seconds / size_mb:>9.4f} {len(matches):>9,}",
                flush=True,
            )


def positive_mb(value: str) -> float:
    """An argparse type: a positive number of megabytes."""
    number = float(value)
    if not number > 0 or not math.isfinite(number):
        msg = f"expected a positive number of MB, got {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return number


def main() -> None:
    """Parse the command line and run the benchmarks."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help="directory of *.txt reports (default: %(default)s)",
    )
    parser.add_argument(
        "--mb",
        type=positive_mb,
        default=1.0,
        help="size of the corpus text and of each hostile input, in MB of 10**6 bytes",
    )
    args = parser.parse_args()
    corpus_dir: Path = args.corpus
    size = math.ceil(args.mb * MB)

    unit = load_corpus(corpus_dir) if corpus_dir.is_dir() else ""
    if not unit.strip():
        parser.error(f"no *.txt text found under {corpus_dir}")

    bench_corpus(repeat_to(unit, size, separator="\n\n"))
    bench_hostile(size)


if __name__ == "__main__":
    main()
