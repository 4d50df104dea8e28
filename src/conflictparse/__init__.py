"""conflictparse: Arabic conflict-news reports into structured, checkable data.

>>> import conflictparse as cp
>>> cp.parse_number("نحو 100").qualifier.value
'approx'
"""

from importlib.metadata import PackageNotFoundError, version

from conflictparse.errors import ConflictParseError, NumberParseError, ParseError
from conflictparse.model import Match, Qualifier, Quantity
from conflictparse.numbers import find_numbers, parse_number

try:
    __version__ = version("conflictparse")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "ConflictParseError",
    "Match",
    "NumberParseError",
    "ParseError",
    "Qualifier",
    "Quantity",
    "__version__",
    "find_numbers",
    "parse_number",
]
