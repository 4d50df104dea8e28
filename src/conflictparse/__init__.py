"""conflictparse: Arabic conflict-news reports into structured, checkable data.

>>> import conflictparse as cp
>>> cp.parse_number("نحو 100").qualifier.value
'approx'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from conflictparse._version import __version__

if TYPE_CHECKING:
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


# Where each public name lives.  ``import conflictparse`` loads none of these
# modules: a name's module is imported the first time the name is read (PEP 562),
# so a script that only reads numbers does not pay for the event coder.
_PUBLIC_HOMES: dict[str, str] = {
    "find_dates": "conflictparse.dates.finder",
    "parse_date": "conflictparse.dates.finder",
    "ActorRegistry": "conflictparse.entities.actors",
    "find_actors": "conflictparse.entities.actors",
    "load_registry": "conflictparse.entities.actors",
    "find_areas": "conflictparse.entities.areas",
    "find_casualties": "conflictparse.entities.casualties",
    "find_places": "conflictparse.entities.places",
    "ConflictParseError": "conflictparse.errors",
    "DateParseError": "conflictparse.errors",
    "LexiconError": "conflictparse.errors",
    "NumberParseError": "conflictparse.errors",
    "ParseError": "conflictparse.errors",
    "RegistryError": "conflictparse.errors",
    "Event": "conflictparse.events.event",
    "Evidence": "conflictparse.events.event",
    "Span": "conflictparse.events.event",
    "SubEventType": "conflictparse.events.event",
    "TypeOfViolence": "conflictparse.events.event",
    "Report": "conflictparse.events.report",
    "parse_report": "conflictparse.events.report",
    "parse_reports": "conflictparse.events.report",
    "ACLED_COLUMNS": "conflictparse.io.acled",
    "to_acled": "conflictparse.io.acled",
    "to_frame": "conflictparse.io.frame",
    "to_geojson": "conflictparse.io.geojson",
    "ROW_COLUMNS": "conflictparse.io.rows",
    "UCDP_COLUMNS": "conflictparse.io.ucdp",
    "to_ucdp": "conflictparse.io.ucdp",
    "Actor": "conflictparse.model",
    "ActorType": "conflictparse.model",
    "Area": "conflictparse.model",
    "Calendar": "conflictparse.model",
    "Casualty": "conflictparse.model",
    "CasualtyKind": "conflictparse.model",
    "DateSource": "conflictparse.model",
    "EventType": "conflictparse.model",
    "Match": "conflictparse.model",
    "ParsedDate": "conflictparse.model",
    "Part": "conflictparse.model",
    "Place": "conflictparse.model",
    "PlaceKind": "conflictparse.model",
    "Precision": "conflictparse.model",
    "Qualifier": "conflictparse.model",
    "Quantity": "conflictparse.model",
    "TerritoryStat": "conflictparse.model",
    "Unresolved": "conflictparse.model",
    "find_numbers": "conflictparse.quantities.numbers",
    "parse_number": "conflictparse.quantities.numbers",
    "PreparedText": "conflictparse.text.prepared",
    "prepare": "conflictparse.text.prepared",
}


if not TYPE_CHECKING:  # type checkers read the imports above, so a misspelt name stays an error

    def __getattr__(name: str) -> object:
        home = _PUBLIC_HOMES.get(name)
        if home is None:
            raise AttributeError(f"module 'conflictparse' has no attribute {name!r}")
        value = getattr(importlib.import_module(home), name)
        globals()[name] = value
        return value
