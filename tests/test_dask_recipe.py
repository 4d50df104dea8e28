"""The Dask recipes of ``docs/scaling.md``, run as they are written there.

The code blocks marked ``<!-- recipe: NAME -->`` in the page are executed in
order (``rows``, then ``dask-bag`` and ``dask-dataframe``) on a local
``distributed`` cluster, in this process: one worker, one thread, no worker
processes, so the test needs no network and starts in about a second.  Both
recipes must give the rows a plain loop of ``parse_report(...).to_rows()``
gives: the bag the same list of dicts in the same order, the DataFrame the
same table.  A recipe edited in the page is thus tested as edited.

Dask, distributed and pandas come with the ``scale`` extra; without them the
module is skipped, with the command that installs them as the reason.
"""

from __future__ import annotations

import datetime
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.fresh_python import modules_after

try:
    import dask
    import distributed
    import pandas as pd
except ModuleNotFoundError as missing:  # without the scale extra
    pytest.skip(
        f"{missing.name} is not installed: pip install -e '.[test,scale]'",
        allow_module_level=True,
    )

import conflictparse as cp
from conflictparse import ROW_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "scaling.md"
SRC = ROOT / "src"
# On a machine with no network route, distributed names its in-process addresses after a
# local IP it finds by routing a UDP socket towards 8.8.8.8 (nothing is sent); with no route it
# warns (RuntimeWarning, distributed.utils) and falls back to the hostname or 127.0.0.1, which
# is all inproc:// needs.  That warning says nothing about the recipes, so it alone is let pass.
pytestmark = pytest.mark.filterwarnings(
    "ignore:Couldn't detect a suitable IP address:RuntimeWarning:distributed.utils"
)
RECIPE = re.compile(r"<!-- recipe: (?P<name>[\w-]+) -->\n```python\n(?P<code>.*?)\n```", re.DOTALL)

# (doc_id, text, published): short reports of our own, with and without a publication date.
DOCUMENTS: list[tuple[str, str, str | None]] = [
    (
        "qadam",
        "مقتل 5 مدنيين في قصف على حي القدم بدمشق أمس، وإصابة عشرات آخرين.\n"
        "وارتفع عدد القتلى في حي القدم إلى 7.",
        "2018-03-21",
    ),
    (
        "idlib",
        "غارات على بلدة كفرنبل أسفرت عن مقتل ٣ مدنيين.\n"
        "وفي مدينة إدلب قتل نحو 12 عنصراً من قوات النظام في اشتباكات مع هيئة تحرير الشام.",
        None,
    ),
    ("taiz", "قتل ما لا يقل عن 4 أشخاص في قصف حوثي على حي الروضة في تعز يوم 12 مارس 2022.", None),
    ("nothing", "عقد المجلس المحلي اجتماعه الدوري لمناقشة الخدمات.", "2020-01-01"),
    ("deir", "اشتباكات بين قوات النظام وداعش في دير الزور خلال الـ 24 ساعة الماضية", "2019-06-08"),
]


def recipes() -> dict[str, str]:
    """The marked Python blocks of the page, by name."""
    found = {match["name"]: match["code"] for match in RECIPE.finditer(PAGE.read_text("utf-8"))}
    assert set(found) >= {"rows", "dask-bag", "dask-dataframe"}, sorted(found)
    return found


def plain_rows() -> list[dict[str, object]]:
    """The rows of every document, read one after the other without Dask."""
    rows: list[dict[str, object]] = []
    for doc_id, text, published in DOCUMENTS:
        day = datetime.date.fromisoformat(published) if published else None
        rows.extend(
            {"doc_id": doc_id, **row} for row in cp.parse_report(text, published=day).to_rows()
        )
    return rows


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    """A local cluster in this process, and the client every ``compute()`` goes to."""
    # distributed does not annotate these constructors, hence the two ignores.
    with (
        distributed.LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=1,
            threads_per_worker=1,
            processes=False,  # scheduler and worker talk over inproc://, no socket is opened
            dashboard_address=None,  # and no dashboard web server either
        ) as cluster,
        distributed.Client(cluster) as client,  # type: ignore[no-untyped-call]
        dask.config.set(scheduler=client),
    ):
        assert cluster.scheduler_address.startswith("inproc://")
        yield client


@pytest.fixture(scope="module")
def outcome(client: distributed.Client) -> dict[str, Any]:
    """The namespace after running the page's blocks on ``DOCUMENTS``."""
    namespace: dict[str, Any] = {"__name__": "scaling_recipe", "documents": list(DOCUMENTS)}
    blocks = recipes()
    with distributed.get_task_stream(client) as stream:
        for name in ("rows", "dask-bag"):
            exec(compile(blocks[name], f"{PAGE}:{name}", "exec"), namespace)
        namespace["bag_rows"] = namespace["rows"]
        exec(compile(blocks["dask-dataframe"], f"{PAGE}:dask-dataframe", "exec"), namespace)
    namespace["tasks_on_cluster"] = len(stream.data)
    return namespace


def test_the_documents_have_events_to_compare() -> None:
    # Enough to compare: several reports with events, dates read from the text, and empty
    # cells (None), which the DataFrame recipe turns into missing values of fixed dtypes.
    rows = plain_rows()
    assert len({row["doc_id"] for row in rows}) >= 3
    assert any(row["date_source"] == "text" for row in rows)
    assert any(value is None for row in rows for value in row.values())


def test_the_cluster_ran_the_tasks(outcome: dict[str, Any]) -> None:
    assert outcome["tasks_on_cluster"] > 0


def test_bag_gives_the_rows_of_a_plain_loop(outcome: dict[str, Any]) -> None:
    assert outcome["bag_rows"] == plain_rows()


def test_dataframe_gives_the_table_of_a_plain_loop(outcome: dict[str, Any]) -> None:
    events = outcome["events"]
    assert isinstance(events, pd.DataFrame)
    assert list(events.columns) == ["doc_id", *ROW_COLUMNS]
    expected = pd.DataFrame(plain_rows(), columns=["doc_id", *ROW_COLUMNS]).astype(
        outcome["DTYPES"]
    )
    pd.testing.assert_frame_equal(events, expected)


def test_conflictparse_itself_needs_neither_dask_nor_pandas() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert not [
        item
        for item in project["dependencies"]
        if re.match(r"(dask|distributed|pandas|pyspark)\b", item)
    ]
    loaded = modules_after("import conflictparse as cp; cp.parse_report('قتل 3')")
    assert not {"dask", "distributed", "pandas", "pyspark", "numpy"} & loaded
