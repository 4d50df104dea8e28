"""Location precision: ACLED's ``geo_precision`` and UCDP's ``where_prec`` of an event's place.

They follow the kind of place (a town is exact, a district a second-order unit,
a governorate a first-order one), a region over several governorates, and the
words that put the event near a place rather than in it («قرب», «بمحيط», «شرق»).
The codes are in ``data/precision.toml``.
"""

from __future__ import annotations

from conflictparse.entities.places import PlaceSpan
from conflictparse.text.lexicon.precision import Codes, precision_lexicon
from conflictparse.text.tokens import TextIndex, without_clitic

__all__ = ["held_codes", "location_codes"]


def location_codes(index: TextIndex, site: PlaceSpan | None) -> Codes | None:
    """The precision codes of an event at ``site`` (folded offsets), or None with no place.

    >>> from conflictparse.model import PlaceKind
    >>> text = "قصف قرب بلدة كفرنبل"
    >>> codes = location_codes(TextIndex(text), PlaceSpan(8, 19, None, PlaceKind.TOWN))
    >>> codes.geo_precision, codes.where_prec
    (2, 2)
    """
    if site is None:
        return None
    lexicon = precision_lexicon()
    codes = lexicon.kinds[site.kind]
    if site.place is not None and site.place.admin1 is None:  # «قطاع غزة», «دارفور»
        codes = lexicon.spread
    if _near(index, site.start):
        near = lexicon.vicinity
        codes = Codes(
            max(codes.geo_precision, near.geo_precision), max(codes.where_prec, near.where_prec)
        )
    return codes


def held_codes(index: TextIndex, site: PlaceSpan, holder: PlaceSpan) -> Codes:
    """The codes of an event at an unknown site, located by the known place that holds it.

    «قرية كولة التابعة لناحية تل الضمان»: the point is the district's, so the event is at
    best near it (ACLED 2, UCDP 2), and no more precise than the district itself.
    """
    codes = [
        location_codes(index, site),
        location_codes(index, holder),
        precision_lexicon().vicinity,
    ]
    return Codes(
        max(code.geo_precision for code in codes if code is not None),
        max(code.where_prec for code in codes if code is not None),
    )


def _near(index: TextIndex, start: int) -> bool:
    """Whether the words right before ``start`` put an event near the place, not in it."""
    lexicon = precision_lexicon()
    before = [word.text for word in reversed(index.before(start, lexicon.longest))]
    for size in range(1, len(before) + 1):
        first, *rest = before[-size:]
        if (without_clitic(first), *rest) in lexicon.vicinity_words:
            return True
        if (first, *rest) in lexicon.vicinity_words:
            return True
    return False
