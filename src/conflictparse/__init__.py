"""conflictparse: Arabic conflict-news reports into structured, checkable data.

>>> import conflictparse as cp
>>> cp.parse_number("نحو 100").qualifier.value
'approx'
"""

from conflictparse._version import __version__
from conflictparse.dates.finder import find_dates, parse_date
from conflictparse.entities.actors import ActorRegistry, find_actors, load_registry
from conflictparse.entities.areas import find_areas
from conflictparse.entities.casualties import find_casualties
from conflictparse.entities.places import find_places
from conflictparse.errors import (
    ConflictParseError,
    DateParseError,
    LexiconError,
    NumberParseError,
    ParseError,
    RegistryError,
)
from conflictparse.events.event import Event, Evidence, Span, SubEventType, TypeOfViolence
from conflictparse.events.report import Report, parse_report, parse_reports
from conflictparse.io.acled import ACLED_COLUMNS, to_acled
from conflictparse.io.frame import to_frame
from conflictparse.io.geojson import to_geojson
from conflictparse.io.rows import ROW_COLUMNS
from conflictparse.io.ucdp import UCDP_COLUMNS, to_ucdp
from conflictparse.model import (
    Actor,
    ActorType,
    Area,
    Calendar,
    Casualty,
    CasualtyKind,
    DateSource,
    EventType,
    Match,
    ParsedDate,
    Part,
    Place,
    PlaceKind,
    Precision,
    Qualifier,
    Quantity,
    TerritoryStat,
    Unresolved,
)
from conflictparse.quantities.numbers import find_numbers, parse_number
from conflictparse.text.prepared import PreparedText, prepare

__all__ = [
    "ACLED_COLUMNS",
    "ROW_COLUMNS",
    "UCDP_COLUMNS",
    "Actor",
    "ActorRegistry",
    "ActorType",
    "Area",
    "Calendar",
    "Casualty",
    "CasualtyKind",
    "ConflictParseError",
    "DateParseError",
    "DateSource",
    "Event",
    "EventType",
    "Evidence",
    "LexiconError",
    "Match",
    "NumberParseError",
    "ParseError",
    "ParsedDate",
    "Part",
    "Place",
    "PlaceKind",
    "Precision",
    "PreparedText",
    "Qualifier",
    "Quantity",
    "RegistryError",
    "Report",
    "Span",
    "SubEventType",
    "TerritoryStat",
    "TypeOfViolence",
    "Unresolved",
    "__version__",
    "find_actors",
    "find_areas",
    "find_casualties",
    "find_dates",
    "find_numbers",
    "find_places",
    "load_registry",
    "parse_date",
    "parse_number",
    "parse_report",
    "parse_reports",
    "prepare",
    "to_acled",
    "to_frame",
    "to_geojson",
    "to_ucdp",
]


def __dir__() -> list[str]:
    return sorted(__all__)
