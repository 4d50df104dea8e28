"""Frames: the rows, the ACLED or the UCDP GED export of reports as a pandas DataFrame.

pandas is imported only here, and only when a frame is asked for: it is an
optional dependency (``pip install 'conflictparse[pandas]'``).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Literal

from conflictparse.events.report import Report
from conflictparse.io.acled import ACLED_COLUMNS, to_acled
from conflictparse.io.batch import reports_of
from conflictparse.io.rows import ROW_COLUMNS
from conflictparse.io.ucdp import UCDP_COLUMNS, to_ucdp

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["to_frame"]

Format = Literal["rows", "acled", "ucdp"]


def to_frame(reports: Report | Iterable[Report], format: Format = "rows") -> pd.DataFrame:
    """A DataFrame of one report or many: ``rows`` (our columns), ``acled`` or ``ucdp``.

    Raises ImportError, saying how to install pandas, when it is missing, and
    ValueError for another format.

    >>> import conflictparse as cp
    >>> frame = cp.to_frame(cp.parse_report("قتل 3 مدنيين بقصف على بلدة كفرنبل"), "acled")
    >>> frame.loc[0, "location"], int(frame.loc[0, "fatalities"])
    ('Kafr Nabl', 3)
    """
    if format not in _COLUMNS:
        msg = f"format must be one of {', '.join(_COLUMNS)}, not {format!r}"
        raise ValueError(msg)
    try:
        pandas = importlib.import_module("pandas")
    except ImportError:
        msg = "to_frame needs pandas: pip install 'conflictparse[pandas]'"
        raise ImportError(msg) from None
    records = _EXPORTS[format](reports)
    frame: pd.DataFrame = pandas.DataFrame(list(records), columns=list(_COLUMNS[format]))
    return frame


def _rows(reports: Report | Iterable[Report]) -> Iterator[dict[str, object]]:
    for report in reports_of(reports):
        yield from report.to_rows()


_COLUMNS = {"rows": ROW_COLUMNS, "acled": ACLED_COLUMNS, "ucdp": UCDP_COLUMNS}
_EXPORTS = {"rows": _rows, "acled": to_acled, "ucdp": to_ucdp}
