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

import functools
import time
import tracemalloc
from collections.abc import Callable, Sequence

from _common import MB, SHARED_CORPUS, best_of, corpus_and_size, repeat_to, utf8_size

from conflictparse import find_actors, find_areas, find_casualties

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


def main() -> None:
    """Parse the command line and run the benchmarks."""
    _, size, unit = corpus_and_size(__doc__, SHARED_CORPUS / "docs", "directory of *.txt reports")
    bench_corpus(repeat_to(unit, size, separator="\n\n"))
    bench_hostile(size)


if __name__ == "__main__":
    main()
