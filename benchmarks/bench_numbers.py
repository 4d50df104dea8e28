"""Throughput, hostile-input timings and peak memory of ``conflictparse.find_numbers``.

Usage::

    python benchmarks/bench_numbers.py [--corpus DIR] [--mb N]

1. Corpus throughput: every ``*.txt`` under the corpus directory, joined with blank
   lines and repeated to at least N MB (10**6 UTF-8 bytes); best of three runs of
   ``find_numbers``, next to a bare ``regex`` digit scan over the same text.
2. Hostile inputs: N MB each of text built to provoke backtracking or quadratic
   scanning (long separator runs, repeated qualifiers, number words that never
   end, a word with no spaces, invisible marks), one call each, in seconds per MB.
3. Peak memory of the corpus run (tracemalloc) and the number of matches.

Rows are printed as soon as they are measured, so a pathological input shows
itself by the row it hangs on.
"""

from __future__ import annotations

import time
import tracemalloc

import regex
from _common import MB, SHARED_CORPUS, best_of, corpus_and_size, repeat_to, utf8_size

from conflictparse import find_numbers

DIGIT_RUN = regex.compile(r"[0-9٠-٩۰-۹]+")

# (label, piece): each piece is repeated until the input reaches the requested size.
HOSTILE: tuple[tuple[str, str], ...] = (
    ("separators '1,' * N", "1,"),
    ("separators '\u0661\u066c' * N (Arabic-Indic)", "\u0661\u066c"),
    ("separators '1.1.' * N", "1.1."),
    ("ranges '1-' * N", "1-"),
    ("one run of ASCII digits", "1234567890"),
    (
        "one run of Arabic-Indic digits",
        "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660",
    ),
    ("qualifier 'nahw ' * N", "نحو "),
    ("qualifier 'ma la yaqillu an ' * N", "ما لا يقل عن "),
    ("open range 'bayna 1 wa' * N", "بين 1 و"),
    ("number words 'thalatha wa-ishrin alfan wa' * N", "ثلاثة وعشرين ألفا و"),
    ("number words 'mi'a wa' * N", "مئة و"),
    ("vague 'asharat al-alaf min' * N", "عشرات الآلاف من "),
    ("article 'al-13 ' * N", "الـ 13 "),
    ("one Arabic word, no spaces", "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"),
    ("alternating digits and letters", "1ب2ت3ث"),
    ("tatweel and diacritics in words", "ثـــَلاثـَةُ وعِشْـرونَ أَلـْفًا "),
    ("bidi marks between digits", "1\u200f2\u200e3\u061c4\u2067,\u20695 "),
    ("all marks mixed, no spaces", "\u0663\u0640\u064e\u200f\u0664\u066c\u200e\u0665\u0651\u0640"),
)

LABEL_WIDTH = max(len(label) for label, _ in HOSTILE) + 2


def scan_digits(text: str) -> int:
    """The baseline: count bare digit runs with one ``regex.finditer``."""
    count = 0
    for _ in DIGIT_RUN.finditer(text):
        count += 1
    return count


def row(label: str, size_mb: float, seconds: float, rate: str, matches: int | str) -> None:
    """Print one aligned table row."""
    print(
        f"{label:<{LABEL_WIDTH}} {size_mb:>7.2f} {seconds:>9.4f} {rate:>12} {matches!s:>9}",
        flush=True,
    )


def header(title: str, rate: str) -> None:
    """Print a table title and its column names."""
    print(f"\n{title}")
    print(f"{'input':<{LABEL_WIDTH}} {'MB':>7} {'seconds':>9} {rate:>12} {'matches':>9}")
    print("-" * (LABEL_WIDTH + 41))


def bench_corpus(text: str) -> None:
    """Throughput on the repeated corpus, beside the bare digit scan, then memory."""
    size_mb = utf8_size(text) / MB
    header(f"corpus throughput (best of 3, {len(text):,} code points)", "MB/s")

    found = find_numbers(text)
    seconds = best_of(lambda: find_numbers(text))
    row("conflictparse.find_numbers", size_mb, seconds, f"{size_mb / seconds:.2f}", len(found))

    digit_runs = scan_digits(text)
    seconds = best_of(lambda: scan_digits(text))
    row("regex.finditer [0-9٠-٩۰-۹]+", size_mb, seconds, f"{size_mb / seconds:.2f}", digit_runs)

    tracemalloc.start()
    try:
        matches = find_numbers(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    print(f"\npeak memory of find_numbers on the corpus: {peak / MB:.1f} MB")
    print(f"  ({peak / utf8_size(text):.1f} bytes per input byte, {len(matches):,} matches)")


def bench_hostile(size: int) -> None:
    """One call per hostile input of ``size`` bytes, reported in seconds per MB."""
    header("hostile inputs (one call each)", "s/MB")
    for label, piece in HOSTILE:
        text = repeat_to(piece, size)
        size_mb = utf8_size(text) / MB
        start = time.perf_counter()
        matches = find_numbers(text)
        seconds = time.perf_counter() - start
        row(label, size_mb, seconds, f"{seconds / size_mb:.4f}", len(matches))


def main() -> None:
    """Parse the command line and run the benchmarks."""
    _, size, unit = corpus_and_size(__doc__, SHARED_CORPUS / "docs", "directory of *.txt reports")
    bench_corpus(repeat_to(unit, size, separator="\n\n"))
    bench_hostile(size)


if __name__ == "__main__":
    main()
