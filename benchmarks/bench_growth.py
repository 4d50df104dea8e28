"""Linear growth on hostile inputs, as ratios.

Usage::

    python benchmarks/bench_growth.py [--corpus DIR] [--small MB] [--large MB] [--repeat N]
                                      [--finder NAME] [--max-s-per-mb S] [--max-growth X]
                                      [--slow S] [--only TEXT ...]

Each hostile input (a phrase repeated, built to make a reader rescan or chain the
same words: open ranges, number words joined by «و», vague counts, qualifiers,
dense casualty clauses, month names, digit runs, bidi marks, a word with no
spaces, a line of commas) and the corpus itself (the baseline) is built at
``--small`` and at ``--large`` MB (10**6 UTF-8 bytes, cut to exactly that size)
and read by one call of ``parse_report`` (or of the finder named by
``--finder``), best of ``--repeat`` runs; a size whose runs have taken more than
``--slow`` seconds is not run again. ``--only`` keeps the inputs whose label
contains one of the given texts (to measure again the rows over the bounds).

Printed for each input: seconds per MB at both sizes, the growth ratio (large
time / small time: linear code gives the size ratio, 4.0 for 1 MB and 4 MB) and
a verdict: ``ok`` when both s/MB are at most ``--max-s-per-mb`` (2.0) and the
growth at most ``--max-growth`` (4.5, that is 1.125 times the size ratio), else
``SLOW`` (s/MB over the bound), ``GROWS`` (growth over the bound) or both. The
1-minute load average is printed on each row: on a loaded machine the times,
not the ratios, suffer first.

The exit status is 0 whatever the verdicts; the last line is ``all ok`` or
``N inputs over the bounds: ...``. Rows are printed as soon as they are
measured, so a pathological input shows itself by the row it hangs on.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import gc
import math
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from _common import (
    MB,
    SHARED_CORPUS,
    load_corpus,
    positive,
    positive_mb,
    repeat_to,
    utf8_size,
)

import conflictparse
from conflictparse import (
    find_actors,
    find_areas,
    find_casualties,
    find_dates,
    find_numbers,
    parse_report,
)

# The callables that can be measured, under the names --finder accepts.
FINDERS: dict[str, Callable[[str], object]] = {
    "parse_report": parse_report,
    # with a publication date: relative dates resolve, and events take a lead's day
    "parse_report_published": functools.partial(parse_report, published=datetime.date(2024, 5, 12)),
    "find_numbers": find_numbers,
    "find_dates": find_dates,
    "find_casualties": find_casualties,
    "find_areas": find_areas,
    "find_actors": find_actors,
}

# (label, piece): each piece is repeated (with no separator) to the requested size.
HOSTILE: tuple[tuple[str, str], ...] = (
    ("open range 'bayna 1 wa' * N", "بين 1 و"),
    ("number words 'mi'a wa' * N", "مئة و"),
    ("article 'al-13 ' * N", "الـ 13 "),
    ("month names 'adhar 2018 ' * N", "آذار 2018 "),
    ("vague 'asharat ' * N", "عشرات "),
    ("qualifier 'nahw ' * N", "نحو "),
    ("qualifier 'ma la yaqillu an ' * N", "ما لا يقل عن "),
    ("dense casualties 'qutila 5 madaniyyin ' * N", "قتل 5 مدنيين "),
    ("digits and separators '1/2/3.4,5 ' * N", "1/2/3.4,5 "),
    # events: one endless sentence of incidents, of places, of running totals
    (
        "incidents in one sentence 'qutila 5 fi hayy al-qadam, ' * N",
        "قتل 5 مدنيين في قصف على حي القدم، ",
    ),
    ("places after a plural head 'qura A wa B wa C ' * N", "قصف على قرى الفوعة وكفريا وبنش "),
    (
        "withdrawals after raids in one sentence 'insahabat … ba'd iqtiham, ' * N",
        "انسحبت القوات من البلدة بعد اقتحام، ",
    ),
    (
        "running totals 'liyartafi' adad al-qatla mundhu ams ila 5 ' * N",
        "ليرتفع عدد القتلى منذ أمس إلى 5 ",
    ),
    (
        "sides in one sentence 'hujum ... bayna quwwat al-nizam wal-fasa'il min jiha ' * N",
        "هجوم على بلدة الصنمين بين قوات النظام والفصائل من جهة ",
    ),
    (
        "lists of tolls 'qutila 27 fi idlib wa 25 fi dar'a ' * N",
        "قتل 27 آخرون في إدلب و25 في درعا ",
    ),
    (
        "one incident told again 'qutila 3 ams fi kafranbal. wa-qasafat hass. ' * N",
        "قتل 3 مدنيين أمس في قصف على بلدة كفرنبل. وقصفت الطائرات بلدة حاس. ",
    ),
    (
        "tellers in one sentence 'qala al-jaysh, fi bayan, inna qasfan … wa-qatala 3, ' * N",
        "قال الجيش السوداني، في بيان، إن قصفا استهدف قرية الصفصافة وقتل 3 مدنيين، ",
    ),
    ("bidi marks '1\\u200f2\\u200f3 ' * N", "1\u200f2\u200f3 "),
    ("one word, no spaces 'qaf' * N", "ق"),
    ("one line of '\u060c ' * N", "\u060c "),
)
CORPUS_LABEL = "corpus repeated (baseline)"

LABEL_WIDTH = max(len(CORPUS_LABEL), *(len(label) for label, _ in HOSTILE)) + 2


class Timing(NamedTuple):
    """The best of the runs of one call on one input, and how many runs were made."""

    seconds: float
    runs: int


def cut_to(text: str, size: int) -> str:
    """``text`` cut to at most ``size`` UTF-8 bytes, without splitting a code point."""
    return text.encode("utf-8")[:size].decode("utf-8", errors="ignore")


def build(piece: str, size: int, separator: str = "") -> str:
    """``piece`` repeated to ``size`` UTF-8 bytes (one code point less when one would split)."""
    return cut_to(repeat_to(piece, size, separator), size)


def load1() -> float:
    """The 1-minute load average."""
    return os.getloadavg()[0]


def timed(func: Callable[[], object], repeat: int, slow: float) -> Timing:
    """The fastest of up to ``repeat`` calls; no new call once ``slow`` seconds are spent."""
    best = math.inf
    spent = 0.0
    runs = 0
    while runs < repeat and (runs == 0 or spent <= slow):
        gc.collect()  # the previous run's garbage is not this run's cost
        start = time.perf_counter()
        func()
        seconds = time.perf_counter() - start
        best = min(best, seconds)
        spent += seconds
        runs += 1
    return Timing(best, runs)


def verdict(small: float, large: float, growth: float, max_s: float, max_growth: float) -> str:
    """``ok``, or what is over the bounds: ``SLOW``, ``GROWS`` or ``SLOW+GROWS``."""
    over = []
    if max(small, large) > max_s:
        over.append("SLOW")
    if growth > max_growth:
        over.append("GROWS")
    return "+".join(over) or "ok"


def main() -> None:
    """Parse the command line, time every input at both sizes and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--corpus",
        type=Path,
        default=SHARED_CORPUS / "docs",
        help="directory of *.txt reports for the baseline row (default: %(default)s)",
    )
    parser.add_argument("--small", type=positive_mb, default=1.0, help="smaller size, in MB")
    parser.add_argument("--large", type=positive_mb, default=4.0, help="larger size, in MB")
    parser.add_argument(
        "--repeat",
        type=positive(int),
        default=2,
        help="timed runs at each size, best kept (default: 2)",
    )
    parser.add_argument(
        "--finder",
        choices=tuple(FINDERS),
        default="parse_report",
        help="the function to time (default: %(default)s)",
    )
    parser.add_argument(
        "--max-s-per-mb",
        type=positive(float),
        default=2.0,
        help="bound on seconds per MB at either size (default: %(default)s)",
    )
    parser.add_argument(
        "--max-growth",
        type=positive(float),
        default=None,
        help="bound on large time / small time (default: 1.125 x large / small, 4.5 for 1 and 4)",
    )
    parser.add_argument(
        "--slow",
        type=positive(float),
        default=20.0,
        help="seconds after which a size is not run again (default: %(default)s)",
    )
    parser.add_argument(
        "--only",
        nargs="+",
        metavar="TEXT",
        help="measure only the inputs whose label contains one of these texts",
    )
    args = parser.parse_args()
    small_mb: float = args.small
    large_mb: float = args.large
    if large_mb <= small_mb:
        parser.error("--large must be larger than --small")
    repeat = int(args.repeat)
    slow: float = args.slow
    max_s: float = args.max_s_per_mb
    max_growth: float = (
        args.max_growth if args.max_growth is not None else 1.125 * large_mb / small_mb
    )
    name: str = args.finder
    func = FINDERS[name]
    sizes = (math.ceil(small_mb * MB), math.ceil(large_mb * MB))

    corpus_dir: Path = args.corpus
    corpus = load_corpus(corpus_dir) if corpus_dir.is_dir() else ""
    inputs: list[tuple[str, str, str]] = []
    if corpus.strip():
        inputs.append((CORPUS_LABEL, corpus, "\n\n"))
    inputs.extend((label, piece, "") for label, piece in HOSTILE)
    only: list[str] | None = args.only
    if only is not None:
        inputs = [item for item in inputs if any(text in item[0] for text in only)]
        if not inputs:
            parser.error(f"--only: no input label contains any of {only}")

    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"conflictparse {conflictparse.__version__} from {Path(conflictparse.__file__).parent}")
    print(
        f"Python {sys.version.split()[0]}; {os.cpu_count()} CPUs; load average {load}; "
        f"{datetime.datetime.now(tz=datetime.UTC):%Y-%m-%d %H:%M} UTC"
    )
    if not corpus.strip():
        print(f"no *.txt text under {corpus_dir}: the baseline row is skipped")
    small_col, large_col = f"s/MB@{small_mb:g}", f"s/MB@{large_mb:g}"
    columns = (
        f"{'input':<{LABEL_WIDTH}} {small_col:>10} {large_col:>10} {'growth':>7} "
        f"{'runs':>5} {'load1':>6} {'verdict':>10}"
    )
    print(
        f"\n{name}: one call per input at {small_mb:g} MB and {large_mb:g} MB, "
        f"best of {repeat} (one run once {slow:g} s are spent); "
        f"bounds: s/MB <= {max_s:g} at both sizes, growth <= {max_growth:.2f}x "
        f"(size ratio {large_mb / small_mb:.2f})"
    )
    print(columns)
    print("-" * len(columns))

    # Load the lexicons, patterns and registry before the first timing.
    func(build(inputs[0][1], 2000, inputs[0][2]))
    over: list[str] = []
    for label, piece, separator in inputs:
        per_mb: list[float] = []
        seconds: list[float] = []
        runs: list[str] = []
        failure = ""
        for size in sizes:
            text = build(piece, size, separator)
            try:
                timing = timed(functools.partial(func, text), repeat, slow)
            except Exception as error:  # a crash is a verdict, not a stop
                failure = f"ERROR {type(error).__name__}"
                break
            seconds.append(timing.seconds)
            per_mb.append(timing.seconds / (utf8_size(text) / MB))
            runs.append(str(timing.runs))
            del text
        if failure:
            print(f"{label:<{LABEL_WIDTH}} {failure}", flush=True)
            over.append(f"{label} ({failure})")
            continue
        growth = seconds[1] / seconds[0]
        result = verdict(per_mb[0], per_mb[1], growth, max_s, max_growth)
        print(
            f"{label:<{LABEL_WIDTH}} {per_mb[0]:>10.3f} {per_mb[1]:>10.3f} {growth:>6.2f}x "
            f"{'/'.join(runs):>5} {load1():>6.2f} {result:>10}",
            flush=True,
        )
        if result != "ok":
            over.append(f"{label} ({result})")

    print()
    if over:
        print(f"{len(over)} inputs over the bounds: {'; '.join(over)}")
    else:
        print("all ok")


if __name__ == "__main__":
    main()
