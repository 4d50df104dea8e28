"""Places of another country that nothing else in a report names: no sites of its incidents.

A word that is also the name of a town abroad («السلمية», peaceful, in «مسيرات العودة
السلمية»; «المحمودية» near Tal Tamr, not Baghdad's) reads as that town only when the report
has some other tie to its country: a side, a place or the country's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from conflictparse.entities.actors import ActorSpan
from conflictparse.entities.places import PlaceSpan, headed
from conflictparse.model import PlaceKind
from conflictparse.text.lexicon.areas import area_lexicon
from conflictparse.text.lexicon.places import Gazetteer
from conflictparse.text.lexicon.places import gazetteer as load_gazetteer
from conflictparse.text.tokens import CLITICS, TextIndex

__all__ = ["without_lone_foreign"]

# What a name of a town abroad may be: the kinds below a province or a region.
_LOCAL = frozenset(
    {
        PlaceKind.CITY,
        PlaceKind.DISTRICT,
        PlaceKind.TOWN,
        PlaceKind.VILLAGE,
        PlaceKind.CROSSING,
        PlaceKind.NEIGHBOURHOOD,
        PlaceKind.CAMP,
    }
)


def without_lone_foreign(
    index: TextIndex,
    places: Sequence[PlaceSpan],
    country: str | None,
    actors: Sequence[ActorSpan],
) -> list[PlaceSpan]:
    """The places of a report about ``country``, less those of a country it has no tie to.

    Only a report that names a place of its country has one to read the others against. A
    bare name is dropped; a name after a head («مدينة رفح» in an Egyptian report), in a
    list of places or governed by a noun stays a site, unknown (its namesake abroad gives it
    no province).

    Examples:
        >>> from conflictparse.text.prepared import prepare
        >>> from conflictparse.entities.places import scan_places
        >>> text = prepare("جرح 3 في مسيرات العودة السلمية. وقصفت المدفعية غزة")
        >>> places = scan_places(text, "PS")
        >>> [span.place.id for span in without_lone_foreign(text.index, places, "PS", [])]
        ['ps_gaza']
    """
    if country is None or not any(span.place and span.place.country == country for span in places):
        return list(places)  # «مسيرة تركية … في دهوك»: a foreign side's country is no home
    lone = [_abroad(span, country) for span in places]
    if not any(lone):
        return list(places)
    tied = {country, *_named_countries(index)}
    tied.update(span.actor.country for span in actors if span.actor.country)
    tied.update(
        span.place.country for span, far in zip(places, lone, strict=True) if span.place and not far
    )
    gazetteer = load_gazetteer()
    kept: list[PlaceSpan] = []
    for span, far in zip(places, lone, strict=True):
        if not far or span.place is None or span.place.country in tied:
            kept.append(span)
        elif _named_site(index.text, span, gazetteer):
            kept.append(span._replace(place=None))
    return kept


def _abroad(span: PlaceSpan, country: str) -> bool:
    """Whether the span names a town (or smaller) of another country."""
    place = span.place
    return place is not None and place.country != country and place.kind in _LOCAL


def _named_countries(index: TextIndex) -> set[str]:
    """The countries the text names («سوريا», «العراقية», «بلبنان»), by code."""
    vocabulary = index.occurrences
    named = set()
    for key, code in area_lexicon().countries.items():
        if len(key) != 1:
            continue
        word = key[0]
        if word in vocabulary or any(clitic + word in vocabulary for clitic in CLITICS):
            named.add(code[:2])  # «PS-GZA»: Palestine
    return named


def _named_site(text: str, span: PlaceSpan, gazetteer: Gazetteer) -> bool:
    """Whether the name still names a site, though not the town abroad.

    It does after a head of its own («مدينة رفح»), as an item of a list («قرى أم الكيف
    والسعدية») or after a noun that governs it («ملعب اليرموك», «حواجز المغير»); not after a
    preposition («في الضاحية الجنوبية» of Benghazi is no Beirut), nor after a definite word,
    as an adjective or a person's name («مسيرات العودة السلمية», «المدينة الخضر»), nor read
    past a clitic that is part of a word («فاطمة» is no «ف» + «اطمة»).
    """
    if headed(text, span, gazetteer):
        return True
    if span.start and text[span.start - 1] in CLITICS:
        return text[span.start - 1] == "و" and (span.start < 2 or text[span.start - 2].isspace())
    before = _WORD_BEFORE.search(text, max(0, span.start - _WORD_CHARS), span.start)
    return (
        before is not None
        and not before["word"].startswith(("ال", "وال"))
        and before["word"] not in gazetteer.not_names
    )


_WORD_BEFORE = re.compile(r"(?P<word>\w++)[ \t]*+\Z")
_WORD_CHARS = 30  # the longest word looked back at
