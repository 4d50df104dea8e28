"""conflictparse: Arabic conflict-news reports into structured, checkable data.

>>> import conflictparse as cp
>>> cp.parse_number("نحو 100").qualifier.value
'approx'
"""

from importlib.metadata import PackageNotFoundError, version

from conflictparse.actors import RegistryError, find_actors, load_registry
from conflictparse.areas import find_areas
from conflictparse.casualties import find_casualties
from conflictparse.dates import find_dates, parse_date
from conflictparse.errors import ConflictParseError, DateParseError, NumberParseError, ParseError
from conflictparse.model import (
    Actor,
    ActorType,
    Area,
    Calendar,
    Casualty,
    CasualtyKind,
    Match,
    ParsedDate,
    Precision,
    Qualifier,
    Quantity,
)
from conflictparse.numbers import find_numbers, parse_number

try:
    __version__ = version("conflictparse")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "Actor",
    "ActorType",
    "Area",
    "Calendar",
    "Casualty",
    "CasualtyKind",
    "ConflictParseError",
    "DateParseError",
    "Match",
    "NumberParseError",
    "ParseError",
    "ParsedDate",
    "Precision",
    "Qualifier",
    "Quantity",
    "RegistryError",
    "__version__",
    "find_actors",
    "find_areas",
    "find_casualties",
    "find_dates",
    "find_numbers",
    "load_registry",
    "parse_date",
    "parse_number",
]
