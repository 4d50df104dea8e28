"""The ``>>>`` examples of the documentation pages run and give what the pages say."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

import conflictparse as cp

DOCS = Path(__file__).resolve().parents[1] / "docs"
PAGES = sorted(path for path in DOCS.glob("*.md") if ">>> " in path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_examples_of_the_page(page: Path) -> None:
    # A code fence closes an example's expected output, as a blank line would.
    text = "\n".join(
        "" if line.lstrip().startswith("```") else line
        for line in page.read_text(encoding="utf-8").splitlines()
    )
    test = doctest.DocTestParser().get_doctest(text, {"cp": cp}, page.name, str(page), 0)
    runner = doctest.DocTestRunner(
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False
    )
    failures: list[str] = []
    runner.run(test, out=failures.append)
    assert test.examples, f"{page.name} has no example"
    assert runner.failures == 0, "".join(failures)
