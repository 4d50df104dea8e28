"""Speed and accuracy of ``conflictparse.find_dates`` beside ``dateparser.search.search_dates``.

Usage::

    python benchmarks/bench_dates.py [--corpus DIR] [--mb N]

dateparser is optional (``pip install -e '.[bench]'``); without it only
conflictparse's figures are printed.

1. Throughput on the documents of the corpus (``DIR/docs/*.txt``), each read
   with its own publication date from ``DIR/gold.jsonl``:
   ``find_dates(text, reference=published)`` over the documents repeated to at
   least N MB (10**6 UTF-8 bytes), best of three runs; and
   ``search_dates(text, languages=["ar"])`` (with ``RELATIVE_BASE`` set to the
   publication date when there is one) over the plain corpus, once, because it
   is slow.  Then the ratio of the two speeds.
2. Accuracy against the gold ``dates`` layer, micro-averaged over the corpus:
   span F1 (a found date and a gold date match when their spans overlap, one to
   one) and strict F1 (they overlap and ``start``/``end`` equal the gold
   ``start_date``/``end_date``).  dateparser returns (text, datetime) pairs:
   each text is located in the document by searching forward from the previous
   hit, and its value is read as one day.
3. Hostile inputs: N MB each of text built to make a date reader backtrack or
   rescan (month names, «13/3/13/3…», «الـ 13 من …», weekdays, digits), one
   ``find_dates`` call each, in seconds per MB.

Rows are printed as soon as they are measured, so a pathological input shows
itself by the row it hangs on.
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import json
import math
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple, cast

from _common import MB, SHARED_CORPUS, best_of, positive_mb, repeat_to, utf8_size

from conflictparse import find_dates

DEFAULT_CORPUS = SHARED_CORPUS

# (label, piece): each piece is repeated until the input reaches the requested size.
HOSTILE: tuple[tuple[str, str], ...] = (
    ("month names 'adhar ' * N", "آذار "),
    ("month names, four families, paired", "آذار / مارس جانفي دجنبر كانون الثاني "),
    ("Hijri month names 'rajab ' * N", "رجب "),
    ("numeric '13/3/' * N (13/3/13/3...)", "13/3/"),
    ("numeric '\u0661\u0663/\u0663/' * N (Arabic-Indic)", "\u0661\u0663/\u0663/"),
    ("numeric '2018-03-' * N", "2018-03-"),
    ("article 'al-13 min ' * N", "الـ 13 من "),
    ("day and month '13 adhar ' * N, no year", "13 آذار "),
    ("full dates '13 adhar 2018 ' * N", "13 آذار 2018 "),
    ("weekday names 'al-ithnayn ' * N", "الاثنين "),
    ("'yawm al-ahad, ' * N", "يوم الأحد، "),
    ("'ams ' * N", "أمس "),
    ("ordinals 'al-hadi wa-l-ishrin min ' * N", "الحادي والعشرين من "),
    ("parts 'muntasaf ' * N", "منتصف "),
    ("ranges '10 ila ' * N", "10 إلى "),
    ("'khilal al-24 sa'a ' * N, no modifier", "خلال الـ 24 ساعة "),
    ("twins 'al-muwafiq ' * N", "الموافق "),
    ("Latin 'March 13, ' * N", "March 13, "),
    ("one run of ASCII digits", "1234567890"),
    ("digits and spaces '13 ' * N", "13 "),
)

LABEL_WIDTH = max(48, *(len(label) + 2 for label, _ in HOSTILE))


class Document(NamedTuple):
    """One corpus report, its publication date and its gold dates."""

    name: str
    text: str
    published: datetime.date | None
    gold: tuple[dict[str, Any], ...]


class Found(NamedTuple):
    """One date a system reported: its span (None when it cannot be located) and its days."""

    start: int | None
    end: int | None
    first: datetime.date | None
    last: datetime.date | None


class Score(NamedTuple):
    """Counts and F1 of one system over the corpus."""

    predicted: int
    expected: int
    span_hits: int
    strict_hits: int

    def f1(self, hits: int) -> float:
        """F1 of ``hits`` true positives."""
        precision = hits / self.predicted if self.predicted else 1.0
        recall = hits / self.expected if self.expected else 1.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


SearchDates = Callable[..., list[tuple[str, datetime.datetime]] | None]


def load_documents(corpus: Path) -> list[Document]:
    """The documents named in ``corpus/gold.jsonl``, read from ``corpus/docs``."""
    documents = []
    with (corpus / "gold.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            gold = json.loads(line)
            path = corpus / "docs" / f"{gold['id']}.txt"
            with path.open(encoding="utf-8", newline="") as handle:
                text = handle.read()
            published = gold.get("published")
            documents.append(
                Document(
                    gold["id"],
                    text,
                    datetime.date.fromisoformat(published) if published else None,
                    tuple(gold.get("dates", ())),
                )
            )
    return documents


def corpus_size(documents: Iterable[Document]) -> int:
    """Total UTF-8 size of the documents' texts."""
    return sum(utf8_size(document.text) for document in documents)


# -- the two systems ---------------------------------------------------------------


def conflictparse_dates(document: Document) -> list[Found]:
    """``find_dates`` with the document's publication date as the reference."""
    return [
        Found(match.start, match.end, match.value.start, match.value.end)
        for match in find_dates(document.text, reference=document.published)
    ]


def load_dateparser() -> SearchDates | None:
    """``dateparser.search.search_dates``, or None when dateparser is not installed."""
    try:
        module = importlib.import_module("dateparser.search")
    except ImportError:
        return None
    return cast("SearchDates", module.search_dates)


def dateparser_settings(document: Document) -> dict[str, Any] | None:
    """Relative dates in dateparser resolve against the publication date, as in conflictparse."""
    if document.published is None:
        return None
    return {"RELATIVE_BASE": datetime.datetime.combine(document.published, datetime.time())}


def run_dateparser(
    search_dates: SearchDates, document: Document
) -> list[tuple[str, datetime.datetime]]:
    """``search_dates`` on one document (an empty list when it finds nothing)."""
    pairs = search_dates(document.text, languages=["ar"], settings=dateparser_settings(document))
    return pairs or []


def locate(document: Document, pairs: Iterable[tuple[str, datetime.datetime]]) -> list[Found]:
    """dateparser's (text, datetime) pairs as spans, each text found after the last hit."""
    found = []
    cursor = 0
    for written, value in pairs:
        start = document.text.find(written, cursor)
        if start < 0:
            start = document.text.find(written)
        day = value.date()
        if start < 0:
            found.append(Found(None, None, day, day))  # counted, but it can match nothing
            continue
        cursor = start + len(written)
        found.append(Found(start, cursor, day, day))
    return found


# -- scoring --------------------------------------------------------------------------


def overlaps(found: Found, gold: dict[str, Any]) -> bool:
    """Do the spans share at least one character?"""
    if found.start is None or found.end is None:
        return False
    return min(found.end, int(gold["end"])) > max(found.start, int(gold["start"]))


def same_days(found: Found, gold: dict[str, Any]) -> bool:
    """Are start and end the gold ``start_date`` and ``end_date`` (both None included)?"""
    first = found.first.isoformat() if found.first is not None else None
    last = found.last.isoformat() if found.last is not None else None
    expected: tuple[str | None, str | None] = (gold["start_date"], gold["end_date"])
    return (first, last) == expected


def one_to_one(found: Sequence[Found], gold: Sequence[dict[str, Any]], strict: bool) -> int:
    """Pairs of a found date and a gold date, each used once, in text order."""
    unused = list(gold)
    hits = 0
    for item in found:
        partner = next(
            (
                candidate
                for candidate in unused
                if overlaps(item, candidate) and (not strict or same_days(item, candidate))
            ),
            None,
        )
        if partner is not None:
            unused.remove(partner)
            hits += 1
    return hits


def score(documents: Sequence[Document], found: Sequence[Sequence[Found]]) -> Score:
    """Micro-averaged counts over the corpus."""
    predicted = expected = span_hits = strict_hits = 0
    for document, items in zip(documents, found, strict=True):
        predicted += len(items)
        expected += len(document.gold)
        span_hits += one_to_one(items, document.gold, strict=False)
        strict_hits += one_to_one(items, document.gold, strict=True)
    return Score(predicted, expected, span_hits, strict_hits)


# -- output ---------------------------------------------------------------------------


def header(title: str, columns: str) -> None:
    """Print a table title and its column names."""
    print(f"\n{title}")
    print(columns)
    print("-" * len(columns))


def speed_row(label: str, size_mb: float, seconds: float, rate: str, matches: int) -> None:
    """Print one aligned row of a timing table."""
    print(
        f"{label:<{LABEL_WIDTH}} {size_mb:>7.2f} {seconds:>9.4f} {rate:>10} {matches:>9,}",
        flush=True,
    )


def speed_columns(rate: str) -> str:
    """The column names of a timing table."""
    return f"{'input':<{LABEL_WIDTH}} {'MB':>7} {'seconds':>9} {rate:>10} {'matches':>9}"


def score_row(label: str, result: Score) -> None:
    """Print one system's counts and both F1 figures."""
    print(
        f"{label:<{LABEL_WIDTH}} {result.predicted:>5} {result.expected:>5} "
        f"{result.span_hits:>5} {result.f1(result.span_hits):>7.3f} "
        f"{result.strict_hits:>6} {result.f1(result.strict_hits):>7.3f}",
        flush=True,
    )


# -- the benchmarks -------------------------------------------------------------------


def bench_speed(
    documents: list[Document], size: int, search_dates: SearchDates | None
) -> tuple[list[list[Found]], list[list[Found]] | None]:
    """Time both systems; return what each found on the plain corpus, for scoring."""
    plain_mb = corpus_size(documents) / MB
    copies = max(1, math.ceil(size / corpus_size(documents)))
    repeated = documents * copies
    repeated_mb = plain_mb * copies
    header(
        f"corpus throughput ({len(documents)} documents, {plain_mb:.3f} MB; "
        "one call per document with its publication date)",
        speed_columns("MB/s"),
    )

    def run_conflictparse() -> int:
        return sum(
            len(find_dates(document.text, reference=document.published)) for document in repeated
        )

    matches = run_conflictparse()
    seconds = best_of(run_conflictparse)
    ours = repeated_mb / seconds
    speed_row(
        f"conflictparse.find_dates (x{copies}, best of 3)",
        repeated_mb,
        seconds,
        f"{ours:.3f}",
        matches,
    )
    found_ours = [conflictparse_dates(document) for document in documents]

    if search_dates is None:
        print(
            "dateparser is not installed: its figures are skipped "
            "(pip install -e '.[bench]' to compare)."
        )
        return found_ours, None

    search_dates("وقع الهجوم أمس", languages=["ar"])  # load its language data before timing
    start = time.perf_counter()
    raw = [run_dateparser(search_dates, document) for document in documents]
    seconds = time.perf_counter() - start
    found_theirs = [locate(document, pairs) for document, pairs in zip(documents, raw, strict=True)]
    theirs = plain_mb / seconds
    speed_row(
        "dateparser search_dates (plain corpus, once)",
        plain_mb,
        seconds,
        f"{theirs:.3f}",
        sum(map(len, found_theirs)),
    )
    print(f"\nspeed ratio: conflictparse is {ours / theirs:,.0f}x as fast as dateparser")
    unlocated = sum(item.start is None for items in found_theirs for item in items)
    if unlocated:
        print(f"({unlocated} dateparser texts could not be located in their document)")
    return found_ours, found_theirs


def bench_accuracy(
    documents: list[Document],
    found_ours: list[list[Found]],
    found_theirs: list[list[Found]] | None,
) -> None:
    """F1 of both systems against the gold dates layer."""
    columns = (
        f"{'system':<{LABEL_WIDTH}} {'found':>5} {'gold':>5} {'span':>5} {'span F1':>7} "
        f"{'strict':>6} {'str. F1':>7}"
    )
    header("accuracy against the gold dates layer (one-to-one, span overlap)", columns)
    score_row("conflictparse.find_dates", score(documents, found_ours))
    if found_theirs is not None:
        score_row(
            "dateparser search_dates (each value read as a day)", score(documents, found_theirs)
        )
    print("strict: overlapping spans and start/end equal to the gold start_date/end_date")


def bench_hostile(size: int) -> None:
    """One call per hostile input of ``size`` bytes, reported in seconds per MB."""
    header("hostile inputs (one find_dates call each)", speed_columns("s/MB"))
    for label, piece in HOSTILE:
        text = repeat_to(piece, size)
        size_mb = utf8_size(text) / MB
        start = time.perf_counter()
        matches = find_dates(text, reference=datetime.date(2018, 3, 21))
        seconds = time.perf_counter() - start
        speed_row(label, size_mb, seconds, f"{seconds / size_mb:.4f}", len(matches))


def main() -> None:
    """Parse the command line and run the three benchmarks."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help="directory with gold.jsonl and docs/*.txt (default: %(default)s)",
    )
    parser.add_argument(
        "--mb",
        type=positive_mb,
        default=1.0,
        help="size of the repeated corpus and of each hostile input, in MB of 10**6 bytes",
    )
    args = parser.parse_args()
    corpus: Path = args.corpus
    size = math.ceil(args.mb * MB)

    if not (corpus / "gold.jsonl").is_file():
        parser.error(f"no gold.jsonl under {corpus}")
    documents = load_documents(corpus)
    if not corpus_size(documents):
        parser.error(f"no text in the documents under {corpus}")

    search_dates = load_dateparser()
    found_ours, found_theirs = bench_speed(documents, size, search_dates)
    bench_accuracy(documents, found_ours, found_theirs)
    bench_hostile(size)


if __name__ == "__main__":
    main()
