"""The arguments of ``parse_report`` and ``parse_reports``: clear errors, obvious readings."""

from __future__ import annotations

import datetime
import os

import pytest

import conflictparse as cp

TEXT = "قتل 3 مدنيين أمس في قصف على بلدة الشعفة"
DAY = datetime.date(2019, 4, 12)


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        pytest.param(DAY, DAY, id="date"),
        pytest.param(datetime.datetime(2019, 4, 12, 23, 59), DAY, id="datetime-is-its-day"),
        pytest.param("2019-04-12", DAY, id="iso-string"),
        pytest.param(" 2019-04-12 ", DAY, id="iso-string-with-blanks"),
        pytest.param(None, None, id="none"),
    ],
)
def test_published_forms(published: object, expected: datetime.date | None) -> None:
    report = cp.parse_report(TEXT, published=published)  # type: ignore[arg-type]
    assert report.published == expected
    yesterday = report.dates[0].value.start
    assert yesterday == (None if expected is None else expected - datetime.timedelta(days=1))


@pytest.mark.parametrize(
    ("published", "error", "words"),
    [
        pytest.param("12/04/2019", ValueError, "ISO date", id="not-iso"),
        pytest.param("أمس", ValueError, "ISO date", id="arabic-word"),
        pytest.param("", ValueError, "ISO date", id="empty"),
        pytest.param(20190412, TypeError, "not int", id="int"),
        pytest.param(1.5, TypeError, "not float", id="float"),
        pytest.param([DAY], TypeError, "not list", id="list-for-one-report"),
    ],
)
def test_published_errors(published: object, error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words):
        cp.parse_report(TEXT, published=published)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("workers", "error", "words"),
    [
        pytest.param(0, ValueError, "at least 1, not 0", id="zero"),
        pytest.param(-1, ValueError, "at least 1, not -1", id="negative"),
        pytest.param(1.5, TypeError, "whole number", id="float"),
        pytest.param("2", TypeError, "whole number", id="str"),
        pytest.param(True, TypeError, "whole number", id="bool"),
    ],
)
def test_bad_workers_fail_at_once(workers: object, error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words):
        cp.parse_reports([TEXT], workers=workers)  # type: ignore[arg-type]  # no next() needed


def test_one_text_instead_of_many_is_refused() -> None:
    with pytest.raises(TypeError, match="parse_report"):
        cp.parse_reports(TEXT)


def test_published_per_text_accepts_iso_strings() -> None:
    reports = list(cp.parse_reports([TEXT, TEXT], published=["2019-04-12", None]))
    assert [report.published for report in reports] == [DAY, None]


def test_bad_published_in_a_list_names_the_value() -> None:
    with pytest.raises(ValueError, match="'12/04/2019'"):
        list(cp.parse_reports([TEXT], published=["12/04/2019"]))


def test_huge_workers_are_capped_and_give_the_same_reports() -> None:
    texts = [TEXT, "قتل 5 عناصر في اشتباكات"]
    expected = [report.to_dict() for report in map(cp.parse_report, texts)]
    many = (os.cpu_count() or 1) * 1000
    assert [report.to_dict() for report in cp.parse_reports(texts, workers=many)] == expected
