"""conflictparse: Arabic conflict-news reports into structured, checkable data.

>>> import conflictparse as cp
>>> cp.parse_number("نحو 100").qualifier.value
'approx'
"""

from importlib.metadata import PackageNotFoundError, version

from conflictparse.dates import find_dates, parse_date
from conflictparse.errors import ConflictParseError, DateParseError, NumberParseError, ParseError
from conflictparse.model import Calendar, Match, ParsedDate, Precision, Qualifier, Quantity
from conflictparse.numbers import find_numbers, parse_number

try:
    __version__ = version("conflictparse")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "Calendar",
    "ConflictParseError",
    "DateParseError",
    "Match",
    "NumberParseError",
    "ParseError",
    "ParsedDate",
    "Precision",
    "Qualifier",
    "Quantity",
    "__version__",
    "find_dates",
    "find_numbers",
    "parse_date",
    "parse_number",
]
