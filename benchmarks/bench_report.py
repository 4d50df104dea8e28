"""Throughput, peak memory, import time and parallel speed-up of ``parse_report``.

Usage::

    python benchmarks/bench_report.py [--corpus DIR] [--mb N] [--reports N] [--repeat N]
                                      [--against SRC_DIR] [--dateparser-mb N]

1. Throughput: the ``*.txt`` documents of the corpus directory, (a) joined with
   blank lines and repeated to at least N MB (10**6 UTF-8 bytes) and read by ONE
   ``parse_report`` call, and (b) repeated as a list of documents to at least N MB
   and read by one call per document; best of ``--repeat`` runs, in MB/s.
2. Peak memory (tracemalloc) of the one-call run, with what it keeps (the Report),
   and of one pass of per-document calls, keeping none of the reports; and whether
   the one-call figure meets the target of at most 10 bytes per input byte.
   With ``--against SRC_DIR`` (the ``src`` folder of another checkout, such as a
   git worktree of the previous main): the one-call throughput of this package and
   of that one, each in a fresh interpreter whose ``PYTHONPATH`` is its ``src``
   folder, the runs alternating, best of ``--repeat``, and the ratio this/other.
   Then ``dateparser.search.search_dates(text, languages=["ar"])`` beside
   ``parse_report`` on the first ``--dateparser-mb`` MB (0.1) of the same text,
   because dateparser is slow (skipped, with a line saying so, when dateparser is
   not installed: ``pip install -e '.[bench]'``).
3. Import time of ``conflictparse`` in a fresh interpreter, the best of three:
   the cumulative time ``python -X importtime`` gives the package; the wall time of
   ``python -c "import conflictparse"`` next to ``python -c "pass"``; and the wall
   time of an import followed by a first ``parse_number`` or ``parse_report`` (a
   public name loads its module on first read, and the lexicons, the registry and
   the gazetteer are loaded on first use, not on import).
4. ``parse_reports`` over the corpus documents repeated to at least ``--reports``
   reports, with ``workers=1`` and ``workers=2`` in turn, best of ``--repeat``:
   seconds, reports per second and the speed-up (process start-up and sending the
   Reports back included). The load average is printed: another busy process on a
   two-CPU machine leaves the second worker nothing to gain.

Rows are printed as soon as they are measured.
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from _common import MB, SHARED_CORPUS, best_of, positive, utf8_size
from bench_dates import load_dateparser

import conflictparse
from conflictparse import parse_report, parse_reports

DEFAULT_CORPUS = SHARED_CORPUS / "docs"
# The conflictparse being measured, so that the fresh interpreters import the same copy.
PACKAGE_ROOT = str(Path(conflictparse.__file__).resolve().parents[1])
# The target for the one-call peak memory, in bytes per input byte.
MEMORY_TARGET = 10.0

# Run by a fresh interpreter: one warm-up call, then one timed parse_report call on
# the UTF-8 file named by sys.argv[1]; prints where conflictparse came from and MB/s.
TIME_ONE_CALL = """
import json, sys, time
import conflictparse
with open(sys.argv[1], encoding="utf-8", newline="") as handle:
    text = handle.read()
conflictparse.parse_report(text[:2000])
start = time.perf_counter()
report = conflictparse.parse_report(text)
seconds = time.perf_counter() - start
size = len(text.encode("utf-8"))
print(json.dumps({"file": conflictparse.__file__, "bytes": size, "seconds": seconds,
                  "events": len(report.events)}))
"""


def load_documents(directory: Path) -> list[str]:
    """The ``*.txt`` files of ``directory``, sorted by name, without trailing line ends."""
    return [
        path.read_text(encoding="utf-8").strip("\n") for path in sorted(directory.glob("*.txt"))
    ]


def repeat_to(documents: Sequence[str], size: int) -> list[str]:
    """``documents`` repeated, in order, until they hold at least ``size`` UTF-8 bytes."""
    unit = sum(utf8_size(text) for text in documents)
    return list(documents) * max(1, math.ceil(size / unit))


def joined_to(documents: Sequence[str], size: int) -> str:
    """``documents`` joined with blank lines and repeated to at least ``size`` UTF-8 bytes."""
    text = "\n\n".join(repeat_to(documents, size))
    while utf8_size(text) < size:  # the separators only add bytes, but stay safe
        text += "\n\n" + "\n\n".join(documents)
    return text


def peak_memory(func: Callable[[], object]) -> int:
    """Peak traced memory of one call of ``func``, in bytes, its result still alive."""
    tracemalloc.start()
    try:
        result = func()
        _, peak = tracemalloc.get_traced_memory()
        del result
    finally:
        tracemalloc.stop()
    return peak


def header(title: str, columns: str) -> None:
    """Print a table title and its column names."""
    print(f"\n{title}")
    print(columns)
    print("-" * len(columns))


def one_call(text: str) -> int:
    """Events of one ``parse_report`` call on the whole text."""
    return len(parse_report(text).events)


def per_document(texts: Sequence[str]) -> int:
    """Events of one ``parse_report`` call per document, keeping no report."""
    return sum(len(parse_report(text).events) for text in texts)


def bench_throughput(documents: Sequence[str], size: int, repeat: int) -> None:
    """MB/s of one call on the joined text, and of one call per document; then peak memory."""
    text = joined_to(documents, size)
    texts = repeat_to(documents, size)
    runs: tuple[tuple[str, int, int, Callable[[], int]], ...] = (
        ("one call", utf8_size(text), 1, functools.partial(one_call, text)),
        (
            "per document",
            sum(map(utf8_size, texts)),
            len(texts),
            functools.partial(per_document, texts),
        ),
    )
    header(
        f"parse_report throughput (best of {repeat})",
        f"{'run':<14} {'MB':>7} {'calls':>7} {'seconds':>9} {'MB/s':>7} {'ms/call':>9} "
        f"{'events':>7}",
    )
    for name, size_bytes, calls, func in runs:
        events = func()
        seconds = best_of(func, repeat)
        print(
            f"{name:<14} {size_bytes / MB:>7.2f} {calls:>7,} {seconds:>9.3f} "
            f"{size_bytes / MB / seconds:>7.3f} {1000 * seconds / calls:>9.2f} {events:>7,}",
            flush=True,
        )

    header(
        "peak memory (tracemalloc, one run)",
        f"{'run':<14} {'MB in':>7} {'peak MB':>9} {'B/byte':>8}",
    )
    # The one call's Report is alive when the peak is read; per document, none is kept.
    keeping: tuple[tuple[str, int, Callable[[], object]], ...] = (
        ("one call", runs[0][1], functools.partial(parse_report, text)),
        ("per document", runs[1][1], runs[1][3]),
    )
    per_byte: dict[str, float] = {}
    for name, size_bytes, measured in keeping:
        peak = peak_memory(measured)
        per_byte[name] = peak / size_bytes
        print(
            f"{name:<14} {size_bytes / MB:>7.2f} {peak / MB:>9.1f} {peak / size_bytes:>8.1f}",
            flush=True,
        )
    figure = per_byte["one call"]
    met = "met" if figure <= MEMORY_TARGET else "NOT met"
    print(f"one call: {figure:.1f} B/byte; target <= {MEMORY_TARGET:g} B/byte: {met}")


def fresh_python(
    code: str,
    *options: str,
    root: str = PACKAGE_ROOT,
    arguments: Sequence[str] = (),
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a new interpreter that imports the conflictparse under ``root``.

    ``root`` (the conflictparse measured here by default) comes first on
    ``PYTHONPATH``; ``-P`` keeps the working directory off ``sys.path``.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-P", *options, "-c", code, *arguments],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=timeout,
    )


def load_line() -> str:
    """The three load averages and the CPU count, for a table title."""
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return f"{os.cpu_count()} CPUs, load average {load}"


def time_in_fresh_python(root: str, path: Path) -> dict[str, Any]:
    """One timed ``parse_report`` call on the file ``path`` by the conflictparse under ``root``."""
    try:
        output = fresh_python(TIME_ONE_CALL, root=root, arguments=[str(path)], timeout=3600)
    except subprocess.CalledProcessError as error:
        msg = f"the conflictparse under {root} failed:\n{error.stderr}"
        raise SystemExit(msg) from error
    result: dict[str, Any] = json.loads(output.stdout.splitlines()[-1])
    return result


def bench_against(documents: Sequence[str], size: int, repeat: int, other: Path) -> None:
    """One-call throughput of this conflictparse and of the one under ``other``, alternating.

    Each run is a fresh interpreter (a warm-up call, then one timed call); the two
    packages take turns so that a change in the machine's load touches both alike.
    """
    text = joined_to(documents, size)
    roots = {"this": PACKAGE_ROOT, "other": str(other.resolve())}
    header(
        f"parse_report, one call on {utf8_size(text) / MB:.2f} MB, this package against "
        f"another (fresh interpreters, alternating, best of {repeat}; {load_line()} before)",
        f"{'package':<8} {'MB/s':>8} {'seconds':>9} {'events':>7}  conflictparse imported from",
    )
    best: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="bench_report_") as folder:
        path = Path(folder) / "text.txt"
        with path.open("w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        for _ in range(repeat):
            for name, root in roots.items():
                result = time_in_fresh_python(root, path)
                if name not in best or result["seconds"] < best[name]["seconds"]:
                    best[name] = result
    speed = {name: result["bytes"] / MB / result["seconds"] for name, result in best.items()}
    for name, result in best.items():
        print(
            f"{name:<8} {speed[name]:>8.3f} {result['seconds']:>9.3f} {result['events']:>7,}  "
            f"{Path(result['file']).parent}",
        )
    print(f"ratio this/other: {speed['this'] / speed['other']:.2f} (above 1: this is faster)")
    print(f"load average after: {', '.join(f'{value:.2f}' for value in os.getloadavg())}")


def prefix_of(text: str, size: int) -> str:
    """The lines of ``text`` that fit in ``size`` UTF-8 bytes (a cut line if none fits)."""
    head = text.encode("utf-8")[:size].decode("utf-8", errors="ignore")
    if len(head) < len(text) and "\n" in head:
        head = head[: head.rindex("\n")]
    return head


def bench_dateparser(documents: Sequence[str], size: int, repeat: int) -> None:
    """``parse_report`` beside dateparser's ``search_dates`` on the same slice of the text."""
    title = "parse_report beside dateparser.search.search_dates(languages=['ar'])"
    search_dates = load_dateparser()
    if search_dates is None:
        print(f"\n{title}")
        print(
            "dateparser is not installed: this comparison is skipped "
            "(pip install -e '.[bench]' to run it)."
        )
        return
    text = prefix_of(joined_to(documents, size), size)
    size_mb = utf8_size(text) / MB
    header(
        f"{title}, on the first {size_mb:.3f} MB of the throughput text only, because "
        f"dateparser is slow ({load_line()} before)",
        f"{'system':<44} {'MB':>6} {'seconds':>9} {'MB/s':>8} {'found':>7}",
    )
    events = one_call(text)
    seconds = best_of(functools.partial(one_call, text), repeat)
    ours = size_mb / seconds
    print(
        f"{f'conflictparse.parse_report (best of {repeat})':<44} {size_mb:>6.3f} "
        f"{seconds:>9.3f} {ours:>8.3f} {events:>7,}",
        flush=True,
    )
    search_dates("وقع الهجوم أمس", languages=["ar"])  # load its language data before timing
    start = time.perf_counter()
    pairs = search_dates(text, languages=["ar"]) or []
    seconds = time.perf_counter() - start
    theirs = size_mb / seconds
    print(
        f"{'dateparser search_dates (one run, warmed up)':<44} {size_mb:>6.3f} "
        f"{seconds:>9.3f} {theirs:>8.3f} {len(pairs):>7,}",
        flush=True,
    )
    print(
        f"ratio conflictparse/dateparser: {ours / theirs:.1f} (parse_report reads every "
        "layer and the events; search_dates finds dates only)"
    )
    print("found: the Report's events for parse_report, the dates for search_dates")


def importtime_us() -> int:
    """Cumulative microseconds ``-X importtime`` gives the top-level ``conflictparse``."""
    stderr = fresh_python("import conflictparse", "-X", "importtime").stderr
    for line in stderr.splitlines():
        fields = line.split("|")
        if len(fields) == 3 and fields[2].strip() == "conflictparse":
            return int(fields[1])
    msg = "no line for conflictparse in the -X importtime output"
    raise RuntimeError(msg)


def wall_seconds(code: str) -> float:
    """Wall-clock seconds of a fresh interpreter running ``code``."""
    start = time.perf_counter()
    fresh_python(code)
    return time.perf_counter() - start


def bench_import(sample: str, runs: int = 3) -> None:
    """Import time of conflictparse in fresh interpreters, the best of ``runs``."""
    header(
        f"import time in a fresh interpreter (best of {runs})",
        f"{'measure':<52} {'ms':>8}",
    )
    cumulative = min(importtime_us() for _ in range(runs))
    print(f"{'-X importtime, cumulative for conflictparse':<52} {cumulative / 1000:>8.1f}")
    first_parse = f"import conflictparse; conflictparse.parse_report({sample!r})"
    first_number = "import conflictparse; conflictparse.parse_number('نحو 100')"
    for label, code in (
        ('python -c "pass" (interpreter start-up)', "pass"),
        ('python -c "import conflictparse"', "import conflictparse"),
        ("python -c: import, then one first parse_number", first_number),
        ("python -c: import, then one first parse_report", first_parse),
    ):
        seconds = min(wall_seconds(code) for _ in range(runs))
        print(f"{label:<52} {1000 * seconds:>8.1f}", flush=True)


def read_all(texts: Sequence[str], workers: int) -> int:
    """Events of ``parse_reports`` over ``texts`` with ``workers`` processes."""
    return sum(len(report.events) for report in parse_reports(texts, workers=workers))


def bench_workers(documents: Sequence[str], count: int, repeat: int) -> None:
    """``parse_reports`` with one and with two workers: seconds, reports/s, speed-up.

    The runs alternate (one worker, two workers, one worker, ...) so that a change
    in the machine's load during the measurement touches both alike.
    """
    texts = list(documents) * math.ceil(count / len(documents))
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    header(
        f"parse_reports over {len(texts)} reports, {sum(map(utf8_size, texts)) / MB:.2f} MB "
        f"(best of {repeat}; {os.cpu_count()} CPUs, load average {load} before)",
        f"{'workers':>7} {'seconds':>9} {'reports/s':>10} {'speed-up':>9} {'events':>7}",
    )
    counts = (1, 2)
    events = {workers: read_all(texts, workers) for workers in counts}  # warm-up
    best = dict.fromkeys(counts, math.inf)
    for _ in range(repeat):
        for workers in counts:
            best[workers] = min(
                best[workers], best_of(functools.partial(read_all, texts, workers), 1)
            )
    for workers in counts:
        seconds = best[workers]
        print(
            f"{workers:>7} {seconds:>9.3f} {len(texts) / seconds:>10.1f} "
            f"{best[1] / seconds:>9.2f} {events[workers]:>7,}",
            flush=True,
        )


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
        "--mb", type=positive(float), default=5.0, help="MB of text for the throughput runs"
    )
    parser.add_argument(
        "--reports", type=positive(int), default=300, help="reports for parse_reports"
    )
    parser.add_argument("--repeat", type=positive(int), default=3, help="timed runs, best kept")
    parser.add_argument(
        "--against",
        type=Path,
        metavar="SRC_DIR",
        help="the src folder of another checkout, to compare the one-call throughput with",
    )
    parser.add_argument(
        "--dateparser-mb",
        type=positive(float),
        default=0.1,
        help="MB of the text for the dateparser comparison (default: %(default)s)",
    )
    args = parser.parse_args()
    other: Path | None = args.against
    if other is not None and not (other / "conflictparse" / "__init__.py").is_file():
        parser.error(f"--against: no conflictparse/__init__.py under {other}")
    corpus_dir: Path = args.corpus
    documents = load_documents(corpus_dir) if corpus_dir.is_dir() else []
    documents = [text for text in documents if text.strip()]
    if not documents:
        parser.error(f"no *.txt text found under {corpus_dir}")
    repeat = int(args.repeat)

    print(f"conflictparse {conflictparse.__version__} from {PACKAGE_ROOT}")
    print(f"Python {sys.version.split()[0]}; corpus: {len(documents)} documents in {corpus_dir}")
    bench_throughput(documents, math.ceil(args.mb * MB), repeat)
    if other is not None:
        bench_against(documents, math.ceil(args.mb * MB), repeat, other)
    bench_dateparser(documents, math.ceil(args.dateparser_mb * MB), repeat)
    bench_import(documents[0])
    bench_workers(documents, int(args.reports), repeat)


if __name__ == "__main__":
    main()
