"""Segmentation: the clauses of a report, and the places each clause tells of.

A sentence is cut at «؛» and before «، فيما …», «، حيث …» and the like: each
clause may tell an incident of its own.  The places of a clause are its sites,
once the places that only frame it are set aside: a broader place named right
after a narrower one («حي القدم بدمشق»), a governorate or region that holds
another place of the clause, a dateline («غزة –»), a place inside an actor's
name («وزارة الصحة في غزة»).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Collection, Sequence
from typing import TypeVar

from conflictparse.entities.actors import ActorSpan
from conflictparse.entities.places import PlaceSpan, specificity
from conflictparse.events.headers import header
from conflictparse.events.incident import REGIONS
from conflictparse.events.nonsites import (
    motive,
    named_sites,
    off_roads,
    outside,
    seat,
    victims_home,
)
from conflictparse.events.reference_places import near_reference, told_from_elsewhere
from conflictparse.model import PlaceKind
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.lexicon.places import gazetteer
from conflictparse.text.tokens import TextIndex, without_clitic

__all__ = [
    "PROVINCE_BREADTH",
    "breadth",
    "clauses",
    "framing_pairs",
    "holds",
    "kind_of",
    "sites",
    "within",
]

_PLACE_GAP = 20  # characters between a place and the broader place it is said to lie in
_REACH_AFTER = 25  # words from the wording or toll of an incident to a place after it
_REACH_BEFORE = 15  # words from a place to the wording or toll after it
_LIST_GAP = 3  # words between two places of one list
_NEIGHBOURS = 8  # places before and after one in a clause that it may frame or be framed by
# «X الواقعة شرق Y», «X التابعة لقضاء Y»: words between a place and the one that holds it
_COMMAS = frozenset({"،", ","})
_COMMA_IN = re.compile(r"\s*[،,]\s*(?:في\s+|ب)?")  # «…، في مديرية Y»; «…، بمحافظة Z»
# «X التي تعد …», «X الذي يقع …»: a relative clause on a place (after the rest of its
# name, if a word of it was left out: «تلول الصفا" التي»), and the words it may span
_RELATIVE = re.compile(r"[\s\"”»)]*+(?:\w++[\s\"”»)]*+)?(?:التي|الذي|اللتين|اللذين)\s")
_RELATIVE_WORDS = 12
# What may stand between a place and the broader place that holds it: «حي القدم بدمشق»,
# «ميس الجبل في قضاء مرجعيون», «جبل سمامة من ولاية القصرين».
_IN_WORDS = frozenset(
    {"", "في", "ب", "من", "ل"}  # «ل» after «التابعة»: «بافليه التابعة لقضاء صور»
    | {
        prefix + head  # «قرية ام الحنطة في ريف ناحية جلولاء»: «في» and a head before it
        for prefix in ("", "ب", "في ")
        for head in (
            "منطقة",
            "منطقه",
            "محافظة",
            "محافظه",
            "ولاية",
            "ولايه",
            "مدينة",
            "مدينه",
            "ريف",
            "قضاء",
            "محلية",
            "محليه",
            "مديرية",
            "مديريه",
            "ناحية",
            "ناحيه",
        )
    }
)
_LOCALITY = re.compile(r"[وفبل]?منطق[ةه]\s")
_BROAD = frozenset({PlaceKind.GOVERNORATE, PlaceKind.REGION, PlaceKind.CITY})
# How broad a kind of place is: a countryside («ريف إدلب») is broader than its city.
_BREADTH = {kind: specificity(kind) * 2 for kind in PlaceKind} | {PlaceKind.REGION: 5}
PROVINCE_BREADTH = _BREADTH[PlaceKind.GOVERNORATE]  # how broad a governorate is
_CITY_PARTS = frozenset({PlaceKind.NEIGHBOURHOOD})
T = TypeVar("T")


def within(items: Sequence[T], starts: list[int], start: int, end: int) -> list[T]:
    """The ``items`` (sorted, with their ``starts``) that start in ``[start, end)``."""
    return list(items[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)])


@functools.cache
def _clause_opening() -> re.Pattern[str]:
    openers = event_lexicon().clause_openers
    return re.compile(rf"[،,]\s*(?:{'|'.join(map(re.escape, openers))})\s|[؛;]")


def clauses(
    index: TextIndex, sentence: tuple[int, int], items: Sequence[int] = ()
) -> list[tuple[int, int]]:
    """The clauses of one sentence: cut at «؛», before «، فيما …» or «، حيث …», and at ``items``.

    ``items`` are the commas that open an item of a list of tolls («، و6 أشخاص …»).

    >>> text = "قتل مدنيان في كفرنبل، فيما قتل طفل في حاس"
    >>> [text[start:end] for start, end in clauses(TextIndex(text), (0, len(text)))]
    ['قتل مدنيان في كفرنبل', '، فيما قتل طفل في حاس']
    """
    start, end = sentence
    cuts = [found.start() for found in _clause_opening().finditer(index.text, start, end)]
    listed = [cut for cut in items if start < cut < end]
    if listed:
        cuts = sorted({*cuts, *listed})
    return [
        (first, last) for first, last in itertools.pairwise([start, *cuts, end]) if last > first
    ]


def sites(
    index: TextIndex,
    found: Sequence[PlaceSpan],
    actors: Sequence[ActorSpan],
    anchors: Sequence[tuple[int, int]],
    start: int,
) -> list[PlaceSpan]:
    """The places of one clause that an incident can be placed at, in order.

    ``found`` are the clause's places and ``anchors`` the spans of what tells the
    incident (its wording, its toll); ``start`` is where the clause starts.  A place far
    from every anchor is
    background, unless it is listed with one that is near («بلدات كفرنبل وحاس
    وكفرسجنة»); a place that frames or locates another is left out.
    """
    near = _near(index, named_sites(index, found, actors), anchors)
    kept = [span for span in near if not told_from_elsewhere(index, span)]
    if not kept:  # «كمين على بعد 5 كيلومترات من بلدة X»: the nearest place named, as ACLED
        kept = [span for span in near if near_reference(index, span)][:1]
    if len(kept) < 2:
        return kept
    kept = off_roads(index, kept)
    kept = [
        span
        for span in kept
        if not seat(index, span) and not motive(index, span) and not outside(index, span)
    ] or kept
    kept = [span for span in kept if not victims_home(index, span)] or kept
    kept = _once(index.text, kept)
    text = index.text
    located = set(_located(index, kept)) | set(_described(index.text, kept, anchors))
    kept = [
        _placed_in(text, span, _neighbours(kept, position))
        for position, span in enumerate(kept)
        if not _frames(text, span, _framed_candidates(span, _neighbours(kept, position), located))
        and not _frames_through(text, kept, position, located)
        and span not in located
    ]
    if (
        len(kept) > 1
        and header(text, start, kept[0], kept[1:])
        and any(breadth(text, other) <= breadth(text, kept[0]) for other in kept[1:])
    ):  # not a quarter over a district: «وفي حي المهندسين، قتل شرطي … وآخر في قضاء الحضر»
        kept = kept[1:]  # «وفي إدلب، قتل 3 في مدينة جسر الشغور»: the header frames the clause
    return kept


def _framed_candidates(
    span: PlaceSpan, neighbours: Sequence[PlaceSpan], located: Collection[PlaceSpan]
) -> Sequence[PlaceSpan]:
    """The places ``span`` may frame: a region or city frames no place that only locates it.

    «منطقة المواصي غرب خان يونس»: the city says where the area is, the area is the site; a
    governorate still frames the places of its clause.
    """
    if span.kind is PlaceKind.GOVERNORATE:
        return neighbours
    return [other for other in neighbours if other not in located]


def _frames_through(
    text: str, found: Sequence[PlaceSpan], position: int, located: Collection[PlaceSpan]
) -> bool:
    """Whether a broad place holds the one that the places right before it locate.

    «قرية معراتا بالقرب من الأتارب في ريف حلب الغربي»: the countryside holds the town
    that says where the village is, and so frames the village too.
    """
    span, first = found[position], position
    while first and found[first - 1] in located:
        first -= 1
    if first in {0, position} or span.kind not in REGIONS or span.place is None:
        return False  # a known governorate or countryside, not «محور الكازيرما»
    head, locator = found[first - 1], found[position - 1]
    return breadth(text, head) <= breadth(text, locator) < breadth(text, span) and _inside(
        text, locator, span
    )


def _neighbours(found: Sequence[PlaceSpan], position: int) -> Sequence[PlaceSpan]:
    """The places named near the one at ``position`` in a clause: those it may frame."""
    return found[max(0, position - _NEIGHBOURS) : position + _NEIGHBOURS + 1]


def _inside(text: str, narrow: PlaceSpan, broad: PlaceSpan) -> bool:
    """Whether ``broad`` is named right after ``narrow`` as the place that holds it.

    «حي القدم بدمشق», «كفرنبل في ريف إدلب», «رازح الحدودية في صعدة»; not the next name
    of a list («صعدة، ومنطقة العبدية»).
    """
    if not 0 <= broad.start - narrow.end <= _PLACE_GAP:
        return False
    gap = text[narrow.end : broad.start].split()
    return not gap or (len(gap) <= 2 and gap[-1] in _IN_WORDS)  # «رازح الحدودية في صعدة»


_BETWEEN = ("بين",)  # «عيلي بين رام الله ونابلس»: a locator of two places


def framing_pairs(text: str, found: Sequence[PlaceSpan]) -> list[tuple[PlaceSpan, PlaceSpan]]:
    """(broader, narrower) for each place named right after a narrower one.

    «مدينة الهفوف في الأحساء» says that الأحساء holds الهفوف, whatever the gazetteer knows;
    «حي الروضة شرقي مدينة تعز» that the city holds the quarter.
    """
    locators, lying = event_lexicon().locators, event_lexicon().lies_in
    pairs = []
    # the place a locator said where it is, and the locator's words, for «و» + another
    located: tuple[PlaceSpan, tuple[str, ...]] | None = None
    for before, broad in itertools.pairwise(found):
        between = text[before.end : broad.start]
        # «تاجوراء الواقعة بشرق العاصمة» is «تاجوراء شرق العاصمة», and «قرية تل حلاوة، التابعة
        # لبلدة …» is «قرية تل حلاوة لبلدة …»
        skipped = lying | _COMMAS if not lying.isdisjoint(between.split()) else lying
        gap = " ".join(without_clitic(word) for word in between.split() if word not in skipped)
        words = tuple(gap.split())
        joined = between.strip(" \t،,")  # «… شرقي منبج، وجنوبي جرابلس»: another locator
        again = _unclitic(joined) if located is not None and joined[:1] == "و" else ()
        if located is not None and again in locators:
            narrow, words = located[0], again  # the place located before, again
        elif located is not None and joined == "و" and located[1] == _BETWEEN:
            narrow, words = located[0], _BETWEEN  # «بين مدينة رام الله ونابلس»: the second end
        else:
            narrow = before
        located = (narrow, words) if words in locators else None
        inside = (
            # not «سراقب ومنطقة جبل الأربعين», nor «دمشق بمنطقة المزة» (a quarter in the city)
            (gap in _IN_WORDS and joined[:1] != "و" and not _part_after(text, narrow, broad))
            or (words in locators and breadth(text, narrow) < breadth(text, broad))
            or (_described_in(words) and breadth(text, narrow) <= breadth(text, broad))
        )  # «حي الروضة شرقي مدينة تعز», «منطقة العبيدي شرقي بغداد», «مصيف برخ السياحي في»
        if not inside and _COMMA_IN.fullmatch(between):
            # «منطقة X، في مديرية Y»; after a bare comma only a broader place holds the one
            # before it: «قرى كفرنبل، حاس، معرة حرمة» is a list
            said_in = bool(between.strip(" \t\n،,"))
            narrower, broader = breadth(text, narrow), breadth(text, broad)
            inside = narrower < broader or (said_in and narrower == broader)
        same = broad.place is not None and narrow.place is not None and broad.place == narrow.place
        if inside and not same:
            pairs.append((broad, narrow))
        elif (
            gap in _IN_WORDS and joined[:1] != "و" and not same and _part_after(text, narrow, broad)
        ):
            pairs.append((narrow, broad))  # «دمشق بمنطقة المزة»: the city holds the quarter
    return pairs


def _part_after(text: str, place: PlaceSpan, part: PlaceSpan) -> bool:
    """Whether «ب» or «في» joins a quarter or an area to a broader place before it.

    «في العاصمة دمشق بمنطقة المزة», «في مدينة الفاشر بحي الدرجة»: the quarter is in the
    place the gazetteer knows, not the other way round («حي القدم بدمشق»).
    """
    return (
        place.place is not None  # a known place: «منطقة بيت معصار بحي فج عطان» is in the quarter
        and breadth(text, part) < breadth(text, place)
        and (kind_of(text, part) is PlaceKind.NEIGHBOURHOOD or part.kind is PlaceKind.REGION)
    )


def _unclitic(words: str) -> tuple[str, ...]:
    return tuple(without_clitic(word) for word in words.split())


def _described_in(words: tuple[str, ...]) -> bool:
    """Whether the words between two places are a word that follows a name, then «في».

    «مصيف برخ السياحي في قضاء زاخو», «بلدة رازح الحدودية في صعدة».
    """
    return (
        len(words) == _DESCRIBED_WORDS
        and words[0] in gazetteer().not_genitives
        and words[1] in _IN_WORDS
    )


_DESCRIBED_WORDS = 2


def _once(text: str, found: Sequence[PlaceSpan]) -> list[PlaceSpan]:
    """Each place named twice in a row once, with its name when «العاصمة» comes first.

    «العاصمة الليبية طرابلس»: one site whose words hold طرابلس, the name a reader and a
    gazetteer know it by (was «العاصمة الليبية» alone).
    """
    kept: list[PlaceSpan] = []
    for span in found:
        if kept and _restated(text, kept[-1], span):
            if text.startswith(_CAPITAL, kept[-1].start):
                kept[-1] = kept[-1]._replace(end=span.end)
            continue
        kept.append(span)
    return kept


_CAPITAL = "العاصمه"  # «العاصمة», folded


def _restated(text: str, previous: PlaceSpan, span: PlaceSpan) -> bool:
    """«العاصمة الليبية طرابلس»: the same place named twice in a row."""
    return (
        previous.place is not None
        and span.place is not None
        and previous.place.id == span.place.id
        and not text[previous.end : span.start].strip(" (")
    )


_LOCATOR_WORDS = 3  # the longest locator: «غير بعيد عن»
_TITLE_WORDS = 2  # «العاصمة» and the country's adjective, between a locator and the capital
_LOCATOR_GAP = 8  # words from a place to the locator of it: «البو بالي …، (20 كم شمال شرق»


def _located(index: TextIndex, found: Sequence[PlaceSpan]) -> list[PlaceSpan]:
    """The places that only say where the place before them is.

    «الزاوية غرب العاصمة الليبية طرابلس»: «العاصمة الليبية» follows «غرب», and
    «طرابلس» stands in apposition to it.
    """
    located: list[PlaceSpan] = []
    for previous, span in itertools.pairwise(found):
        gap = index.text[previous.end : span.start]
        apposition = previous in located and not gap.strip(" (")
        # «على حاجز قرب بلدة تلكلخ» after «وفي محافظة حمص،»: what it locates is no place
        if apposition or (_locates(index, span) and len(gap.split()) <= _LOCATOR_GAP):
            located.append(span)
    return located


def _described(
    text: str, found: Sequence[PlaceSpan], anchors: Sequence[tuple[int, int]]
) -> list[PlaceSpan]:
    """The places of a relative clause that only describes the place before it.

    «في منطقة تلول الصفا التي تعد آخر نقطة للتنظيم في بادية السويداء»: the badiya says
    where تلول الصفا is, unless the relative clause tells the incident itself («… التي
    شهدت مقتل 5»).
    """
    described: list[PlaceSpan] = []
    for previous, span in itertools.pairwise(found):
        gap = text[previous.end : span.start]
        opener = _RELATIVE.match(gap)
        if (
            opener is not None
            and len(gap.split()) <= _RELATIVE_WORDS
            and not any(previous.end <= start < span.start for start, _ in anchors)
        ):
            described.append(span)
    return described


def _placed_in(text: str, span: PlaceSpan, found: Sequence[PlaceSpan]) -> PlaceSpan:
    """The place, with the gazetteer entry of the broader place named right after it.

    «حي الميدان بمدينة دير الزور»: the gazetteer's «حي الميدان» is in Damascus,
    so the place takes the city named right after it instead.
    """
    if span.place is None:
        return span
    for other in found:
        if (
            other.place is not None
            and breadth(text, other) > breadth(text, span)
            and _inside(text, span, other)
            and other.place.admin1 is not None
            and other.place.admin1 != span.place.admin1
        ):
            return span._replace(place=other.place)
    return span


def _near(
    index: TextIndex, found: list[PlaceSpan], anchors: Sequence[tuple[int, int]]
) -> list[PlaceSpan]:
    """The places within reach of an anchor, or listed right after one that is."""
    if not anchors:
        return found
    starts = index.starts
    marks = sorted(bisect.bisect_left(starts, start) for start, _ in anchors)
    kept: list[PlaceSpan] = []
    last = -_LIST_GAP - 1
    for span in found:
        first = bisect.bisect_left(starts, span.start)
        # the anchors from _REACH_AFTER words before the place to _REACH_BEFORE words after it
        low = bisect.bisect_left(marks, first - _REACH_AFTER)
        reached = low < len(marks) and marks[low] <= first + _REACH_BEFORE
        if reached or first - last <= _LIST_GAP:
            kept.append(span)
            last = bisect.bisect_left(starts, span.end)
    return kept


def _locates(index: TextIndex, span: PlaceSpan) -> bool:
    """Whether the place only says where the place before it is («الزاوية غرب طرابلس»)."""
    nearest = index.texts_before(span.start, _LOCATOR_WORDS + _TITLE_WORDS)
    titles = event_lexicon().capital_titles
    # «القريب من العاصمة مقديشو», «قرب العاصمة الليبية طرابلس»: the locator before the title
    title = next((at + 1 for at, word in enumerate(nearest[:_TITLE_WORDS]) if word in titles), 0)
    before = tuple(nearest[title : title + _LOCATOR_WORDS][::-1])
    locators = event_lexicon().locators
    phrases = [before[at:] for at in range(len(before))]
    return any(
        phrase in locators or (phrase[0].removeprefix("ب"), *phrase[1:]) in locators
        for phrase in phrases
    )  # «قرية الدردارة بمحيط تل تمر» (but «ومحيط قرية الزارة» lists a second site)


def _frames(text: str, span: PlaceSpan, others: Sequence[PlaceSpan]) -> bool:
    """Whether ``span`` is a broader place that holds another place of the clause."""
    if span.kind not in _BROAD:
        return False
    for other in others:
        if breadth(text, other) >= breadth(text, span):
            continue
        if _inside(text, other, span):
            return True  # «حي القدم بدمشق», «كفرنبل في ريف إدلب»
        if holds(text, span, other):
            return True  # the governorate or region of a town of the clause
    return False


def breadth(text: str, span: PlaceSpan) -> int:
    """How broad a place is; «منطقة X» is what the gazetteer says X is, else a locality."""
    return _BREADTH[kind_of(text, span)]


def kind_of(text: str, span: PlaceSpan) -> PlaceKind:
    """What a place is: «منطقة رأس عيسى» is the town the gazetteer knows, no region."""
    if span.kind is PlaceKind.REGION and _LOCALITY.match(text, span.start):
        return span.place.kind if span.place else PlaceKind.TOWN
    return span.kind


def _opening(text: str, span: PlaceSpan) -> str:
    """The first word of a place, without a proclitic."""
    first = text[span.start : span.end].split(maxsplit=1)
    return without_clitic(first[0]) if first else ""


def holds(text: str, broad: PlaceSpan, narrow: PlaceSpan) -> bool:
    """Whether the gazetteer puts ``narrow`` inside ``broad``.

    A governorate or a region («ريف إدلب», «الأغوار الشمالية») holds the narrower places of
    its governorate, but a mountain («جبل سمامة») holds none; a city holds its quarters, not
    its towns, districts or camps.
    """
    if broad.kind not in _BROAD or breadth(text, narrow) >= breadth(text, broad):
        return False
    if broad.kind is PlaceKind.CITY and narrow.kind not in _CITY_PARTS:
        return False
    if (
        broad.kind is PlaceKind.CITY
        and broad.place is not None
        and broad.place.kind is not PlaceKind.CITY
    ):
        return False  # «مدينة داعل» is a town the gazetteer knows: «درعا البلد» is Daraa's
    if broad.kind is PlaceKind.REGION and _opening(text, broad) in event_lexicon().holds_nothing:
        return False
    return (
        broad.place is not None
        and narrow.place is not None
        and broad.place.admin1 is not None
        and broad.place.admin1 == narrow.place.admin1
    )
