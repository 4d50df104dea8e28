"""Unknown names listed with places: «سراقب والبويطية وأريحا», «ومنطقة "ثعبات" و"كلابة"».

A list that runs from one known locality to another with nothing but names and «و» or «،»
between them names places all along: each unknown name in it is a locality of the kind of
the place that opens the list, though the gazetteer does not know it.  So does a run of
names in quotes right after a place: the quotes mark them as names.
"""

from __future__ import annotations

import bisect
import itertools

from conflictparse.entities.place_lists import in_quotes, list_run
from conflictparse.entities.place_names import PlaceSpan
from conflictparse.model import PlaceKind
from conflictparse.text.lexicon.places import Gazetteer

__all__ = ["with_companions"]


def with_companions(
    text: str, found: list[PlaceSpan], gazetteer: Gazetteer, country: str | None
) -> list[PlaceSpan]:
    """``found`` and the unknown names listed with its places, sorted."""
    companions = [
        *_listed_between(text, found, gazetteer, country),
        *_known_after(text, found, gazetteer, country),
        *_quoted_after(text, found, gazetteer, country),
    ]
    return sorted([*found, *dict.fromkeys(companions)])


def _listed_between(
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


def _known_after(
    text: str, found: list[PlaceSpan], gazetteer: Gazetteer, country: str | None
) -> list[PlaceSpan]:
    """The villages GeoNames knows by a name read only after a head, listed after a locality.

    «التمانعة ومعرة حرمة وحيش ومحاور التماس»: «حيش» is a village of the list; the list
    ends at the first name the gazetteer does not know.
    """
    starts = {span.start for span in found}
    added: list[PlaceSpan] = []
    for span in found:
        if not _locality(span) or span.end + 1 in starts or span.end + 2 in starts:
            continue  # only after the last named place of a run
        for item in list_run(text, span.end, span.kind, gazetteer, country):
            if item.place is None or item.place.id not in gazetteer.added:
                break
            if item.start not in starts:
                added.append(item)
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


def _quoted_after(
    text: str, found: list[PlaceSpan], gazetteer: Gazetteer, country: str | None
) -> list[PlaceSpan]:
    """The unknown names in quotes joined to a place of ``found``, each a place of its kind.

    «في حي الدعوة ومنطقة "ثعبات" و"كلابة" و"الضباب" غربي تعز»: «كلابة», «الضباب».
    """
    added: list[PlaceSpan] = []
    ordered = sorted(found)
    starts = [span.start for span in ordered]
    for span in found:
        if not _QUOTE_MARKS.intersection(text[span.start : span.end + 1]):
            continue  # «بلدة كفرنبل و"الأمم المتحدة"»: no list of names in quotes
        for item in list_run(text, span.end, span.kind, gazetteer, country):
            if not in_quotes(text, item):
                break  # «و"كلابة"» only: a bare word after a place may be anything
            at = bisect.bisect_left(starts, item.end)  # the places found before its end
            if not at or ordered[at - 1].end <= item.start:
                added.append(item)  # «و"الزيارة"»: a name only ambiguous alone is read here
    return added


_QUOTE_MARKS = frozenset('"“”«»')
