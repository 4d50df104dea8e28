"""Unknown names listed between known places: «قصفت الطائرات سراقب والبويطية وأريحا».

A list that runs from one known locality to another with nothing but names and «و» or «،»
between them names places all along: each unknown name in it is a locality of the kind of
the place that opens the list, though the gazetteer does not know it.
"""

from __future__ import annotations

import itertools

from conflictparse.entities.place_lists import list_run
from conflictparse.entities.place_names import PlaceSpan
from conflictparse.model import PlaceKind
from conflictparse.text.lexicon.places import Gazetteer

__all__ = ["listed_between"]


def listed_between(
    text: str, found: list[PlaceSpan], gazetteer: Gazetteer, country: str | None
) -> list[PlaceSpan]:
    """The unknown names a list puts between two known localities of ``found`` (sorted).

    «سراقب والبويطية وأريحا»: «البويطية» is a place; «سراقب، وقالت مصادر إن أريحا» is no list.
    """
    added: list[PlaceSpan] = []
    for before, after in itertools.pairwise(found):
        if not (_locality(before) and _locality(after)) or after.start - before.end > _GAP:
            continue
        run = list_run(text, before.end, before.kind, gazetteer, country)
        ends_at_next = any(item.start <= after.start < item.end for item in run)
        if not ends_at_next:
            continue
        added.extend(item for item in run if item.end <= after.start and item.place is None)
    return added


_GAP = 80  # characters between two known places a list of names may fill
_LOCALITIES = frozenset(
    {
        PlaceKind.VILLAGE,
        PlaceKind.TOWN,
        PlaceKind.CITY,
        PlaceKind.NEIGHBOURHOOD,
        PlaceKind.CAMP,
    }
)


def _locality(span: PlaceSpan) -> bool:
    """Whether ``span`` is a known locality: no province, region or country, and no guess."""
    return span.place is not None and span.kind in _LOCALITIES
