"""The precision lexicon (``precision.toml``): ACLED's and UCDP's location precision codes.

Each kind of place has its two codes; a region over several governorates and a
place the text only puts the event near («قرب», «بمحيط», «شرق») have theirs.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from conflictparse.model import PlaceKind
from conflictparse.text.lexicon import Section, load
from conflictparse.text.normalize import fold
from conflictparse.text.tokens import WORD

__all__ = ["Codes", "PrecisionLexicon", "build", "precision_lexicon"]


@attrs.frozen(slots=True)
class Codes:
    """ACLED's ``geo_precision`` (1–3) and UCDP's ``where_prec`` (1–7) of one kind of location."""

    geo_precision: int
    where_prec: int


@attrs.frozen(slots=True)
class PrecisionLexicon:
    """The codes by kind of place, for a region over several units, and near a place."""

    kinds: Mapping[PlaceKind, Codes]
    spread: Codes
    vicinity: Codes
    vicinity_words: frozenset[tuple[str, ...]]  # folded words, in text order
    longest: int  # the most words of a vicinity phrase


def _codes(section: Section) -> Codes:
    geo, where = section.integer("geo_precision"), section.integer("where_prec")
    if not 1 <= geo <= 3:
        raise section.error("geo_precision", f"ACLED's codes are 1 to 3, not {geo}")
    if not 1 <= where <= 7:
        raise section.error("where_prec", f"UCDP's codes are 1 to 7, not {where}")
    return Codes(geo, where)


def build(data: Section) -> PrecisionLexicon:
    """The lexicon from the data of a ``precision.toml``."""
    table = data.table("kinds")
    listed = set(table)
    missing = [kind.value for kind in PlaceKind if kind.value not in listed]
    if missing:
        raise data.error("kinds", f"no codes for {', '.join(missing)}")
    vicinity = data.table("vicinity")
    words = frozenset(tuple(WORD.findall(fold(phrase))) for phrase in vicinity.words("words"))
    return PrecisionLexicon(
        kinds=MappingProxyType({kind: _codes(table.table(kind.value)) for kind in PlaceKind}),
        spread=_codes(data.table("spread")),
        vicinity=_codes(vicinity),
        vicinity_words=words,
        longest=max(len(phrase) for phrase in words),
    )


@functools.cache
def precision_lexicon() -> PrecisionLexicon:
    """The packaged precision lexicon, read and checked on first use."""
    return build(load("precision.toml"))
