"""Places that are no sites of the incident their clause tells.

Where a report was written («غزة –»), where someone came from or went («ينحدر من مدينة
جبلة»), a reference point («(450 كلم شرق طرابلس)»), the seat of who tells («قال مراسل
الجزيرة في حلب»), a medium's or an actor's name («قناة الميادين», «وزارة الصحة في غزة»),
the ends of a road («على طريق حمص – تدمر ببادية حمص»), what an attack answers («ردا على
مجازر الجيش في مدينة الأبيض»), the villages flares lit.  The home of those arrested stands
when nothing else is named («اعتقلت قسد 11 شابا من أبناء بلدة ذيبان»).
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Sequence

from conflictparse.entities.actors import ActorSpan
from conflictparse.entities.places import PlaceSpan
from conflictparse.events.datelines import dateline
from conflictparse.events.event import SubEventType
from conflictparse.events.reference_places import locates_a_place_told
from conflictparse.events.types import read_hits
from conflictparse.events.victims import civilian_person
from conflictparse.model import PlaceKind
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.lexicon.places import gazetteer
from conflictparse.text.tokens import TextIndex, listed, without_clitic

__all__ = [
    "inside_actor",
    "motive",
    "named_sites",
    "names_an_outlet",
    "not_origins",
    "off_roads",
    "origin",
    "outside",
    "seat",
    "station",
    "taken_from_home",
    "telling_seat",
    "victims_home",
]

_SEAT_WORDS = 6  # «في» and the words naming who tells: «المتحدث باسم جهاز الإسعاف في»
_BETWEEN = "بين"
_BETWEEN_WORDS = 4  # «المنطقة الواقعة بين مدينتي»: the words before a place read for «بين»
_ROAD_JOINTS = frozenset({"-", "–", "—", "ـ", "و", "/"})  # «طريق حمص – تدمر», «طريق حلب/دمشق»
_LINKED_CHARS = 12  # «… طرابلس بمعبر راس جدير»: the «ب» and a head between the two places


def origin(index: TextIndex, span: PlaceSpan) -> bool:
    """Whether the place is where someone comes or fires from: «ينحدر من مدينة جبلة».

    Or where they go, a few words after the verb: «متجهة من مدينة العباسية إلى كوستي»,
    «ونقل الجرحى إلى مدينة إدلب».
    """
    before = _words_before(index, span)
    lexicon = event_lexicon()
    origins = lexicon.origins
    two = before[:2][::-1]
    if tuple(two) in origins or (len(two) == 2 and (without_clitic(two[0]), two[1]) in origins):
        # «على الطريق المتجه إلى مدينة السخنة»: the road's end names the road
        return not (len(before) > len(two) and without_clitic(before[2]) in lexicon.roads)
    if tuple(before[:3][::-1]) in origins:
        return True  # «من مواقعها في معسكر …»
    if before and ((before[0],) in origins or (without_clitic(before[0]),) in origins):
        return True  # «باتجاه قرية الجرذي», «لمغادرة مدينة …»
    return _gone_to_or_from(before, origins)


def _fired_from(index: TextIndex, span: PlaceSpan, floor: int = 0) -> bool:
    """Whether the place is where the guns stand, after «من» and their positions.

    «قصف مصدره مقرات النظام في مدينة حلفايا», «من مقار قوات النظام المنتشرة بالمنطقة
    ومنها معسكر جورين»; a place after «على» is struck («من مواقعها على قرية …»), and so is
    one past another place («من مواقعها في معسكر جورين قرية الحويز»): words before
    ``floor`` are not read.
    """
    lexicon = event_lexicon()
    before = [word.text for word in index.before(span.start, _FIRING_WORDS) if word.start >= floor]
    for at, word in enumerate(before[:-1]):
        if word in _AT_TARGET:
            return False
        if (
            without_clitic(word) in lexicon.fire_positions
            and without_clitic(before[at + 1]) in lexicon.fire_sources
        ):
            return True
    return False


_FIRING_WORDS = 10  # «من مقار قوات النظام المنتشرة في المنطقة ومنها حاجز» before the place
_AT_TARGET = frozenset({"علي", "نحو", "ضد", "تجاه", "باتجاه", "الي"})  # folded: a target follows


def station(index: TextIndex, span: PlaceSpan) -> bool:
    """Whether the place is where a side's men stand: «قوات النظام المتمركزة في بلدتي …».

    So is a place around which they stand: «المتمركزة في محيط بلدة خناصر», «بأطراف …».
    """
    before = _words_before(index, span)
    lexicon = event_lexicon()
    stations = lexicon.stations
    if before and without_clitic(before[0]) in lexicon.station_surroundings:
        before = ["ب", *before[1:]] if before[0].startswith("ب") else before[1:]
    two = before[:2][::-1]
    return tuple(two) in stations or (
        len(two) == _STATION_WORDS and (without_clitic(two[0]), two[1]) in stations
    )


_STATION_WORDS = 2  # «المتمركزة في»: the words of a station before its place


def _words_before(index: TextIndex, span: PlaceSpan) -> list[str]:
    """The words before a place, nearest first, past a list's head: «في بلدتي كفرطاب وحيش»."""
    before = index.texts_before(span.start, _ROUTE_WORDS)
    list_heads = gazetteer().list_heads
    if before and (before[0] in list_heads or without_clitic(before[0]) in list_heads):
        return before[1:]
    return before


def _gone_to_or_from(before: list[str], origins: frozenset[tuple[str, ...]]) -> bool:
    """Whether a verb of going or firing stands a few words before «إلى», «نحو» or «من».

    «ونقل الجرحى إلى مدينة إدلب», «أجبر سكانه على النزوح نحو مناطق مثل بلدة كبكابية»,
    «القذيفة أطلقتها قوات الحزام من معسكر …»; a target between the verb and «من» is struck
    there («أطلقت القوات النار على شاب من بلدة …» is at his town). A place with no «في» of
    its own is read a word further («الفارين من مختلف أحياء المدينة ومخيمي زمزم», not «عائدين
    من مدينة الموصل في قضاء مخمور»), and an example after «مثل» past the noun it is one of:
    «النزوح نحو مناطق أكثر أمانا مثل بلدة طويلة».
    """
    reach = _PREPOSITION_WORDS + (0 if before[:1] == ["في"] else 1)  # «في»: the place's own
    if before[:1] == ["مثل"]:
        reach += _EXAMPLE_WORDS
    for at, word in enumerate(before[:reach]):
        if word in _ROUTE_PREPOSITIONS:
            firsts = _first_words(origins, word)
            for verb, earlier in itertools.zip_longest(before[at + 1 :], before[at + 2 :]):
                if word == _FROM and (verb == _ON or verb in event_lexicon().hurt_taken):
                    return False  # «نقلت الطواقم ثلاثة مصابين من بلدة …»: hurt there
                if without_clitic(verb) in firsts:
                    return earlier not in _ATTEMPTS  # «محاولة تسلل … إلى مدينة بابنوسة»
            return False
    return False


_ATTEMPTS = frozenset({"محاوله", "محاولات"})  # folded: an attempt is fought where it aims


def victims_home(index: TextIndex, span: PlaceSpan) -> bool:
    """Whether the place is where a victim comes from: «بينهم امرأة من قرية الحمرا».

    Not the site when the clause names another place («… في غارة على سوق مدينة أريحا»).
    """
    if "من" not in index.text[max(0, span.start - _FROM_CHARS) : span.start]:
        return False  # the common case, read cheaply
    before = index.texts_before(span.start, _HOME_WORDS)
    if len(before) < _HOME_WORDS - 1 or before[0] != "من" or span.kind is PlaceKind.CAMP:
        return False  # «سقط 4 مدنيين من معسكر أبو شوك»: a camp's people are hit in it
    victim = before[1:]
    if victim[:2] in (["الهويه", "مجهول"], ["الهويه", "مجهوله"]):
        victim = victim[2:]  # «شخص مجهول الهوية من …»
    civilians = event_lexicon().civilians
    if not victim or not (civilian_person(victim[:1]) or victim[0].removeprefix("ال") in civilians):
        return False
    # one taken from home is taken there: «اعتقلت القوات شابا من بلدة سبسطية»
    return not _taken_before(index, span)


_HOME_WORDS = 4  # «من», «مجهول الهوية» and the victim before the place
_FROM_CHARS = 4  # «من» and a space before the place
_TAKEN_CHARS = 200  # characters before a victim's home read for a word of taking
_TAKEN = frozenset({SubEventType.ARRESTS, SubEventType.ABDUCTION_FORCED_DISAPPEARANCE})


def named_sites(
    index: TextIndex, found: Sequence[PlaceSpan], actors: Sequence[ActorSpan]
) -> list[PlaceSpan]:
    """``found`` without the places that name no site: «قناة الميادين», «غزة –».

    Also those in an actor's name, a teller's seat, where someone came or fired from and
    where a side's men stand.  Where nothing else is left, where the men or guns stand («قتل
    3 عناصر من قوات النظام المتمركزة في قرية جورين»), else the home of those taken: «اعتقلت قسد 11
    شابا من أبناء بلدة ذيبان».
    """
    actor_starts = [actor.start for actor in actors]
    candidates = [
        span
        for span in found
        if not inside_actor(span, actors, actor_starts)
        and not dateline(index.text, span)
        and not names_an_outlet(index, span)
        and not (telling_seat(index, span) or _correspondents_seat(index, span))
        and not locates_a_place_told(index, span)
        and not held_by_a_side(index, span)
    ]
    return (
        not_origins(index, candidates)
        or [span for span in candidates if station(index, span) or _fired_from(index, span)]
        or [span for span in candidates if taken_from_home(index, span)]
    )


def motive(index: TextIndex, span: PlaceSpan) -> bool:
    """Whether the place is of what the incident answers: «… ردا على مجازر الجيش في الأبيض»."""
    before = index.texts_before(span.start, _MOTIVE_WORDS)[::-1]
    motives = event_lexicon().motives
    return any(
        tuple(before[at : at + size]) in motives for at in range(len(before)) for size in (1, 2)
    )


_MOTIVE_WORDS = 6  # «ردا على مجازر الجيش في مدينة» before the place


def outside(index: TextIndex, span: PlaceSpan) -> bool:
    """Whether the place comes right after «خارج»: «في ضربة نادرة خارج منطقة الجنوب»."""
    before = index.texts_before(span.start, 1)
    return bool(before) and without_clitic(before[0]) in event_lexicon().outside


def held_by_a_side(index: TextIndex, span: PlaceSpan) -> bool:
    """Whether a relative clause tells the place as what a side holds, not as the site.

    «قتل 4 في منطقة ورشفانة جراء اشتباكات مع المجموعات التي تسيطر على العاصمة طرابلس».
    """
    before = index.texts_before(span.start, _HOLDING_WORDS)[::-1]
    return any(tuple(before[-size:]) in event_lexicon().holdings for size in (2, 3))


_HOLDING_WORDS = 3  # «التي تسيطر على» right before the place


def taken_from_home(index: TextIndex, span: PlaceSpan) -> bool:
    """Whether the place is the home of those taken: «اعتقلت قسد 11 شابا من أبناء بلدة ذيبان».

    Where the clause names no other place, that is where they were taken.
    """
    before = index.texts_before(span.start, _HOME_PHRASE_WORDS)
    if before and listed(before[0], gazetteer().list_heads):
        before = before[1:]  # «من أبناء بلدتي …»
    homes = event_lexicon().home_words
    if not any(tuple(before[:size][::-1]) in homes for size in (1, 2)):
        return False
    return _taken_before(index, span)


def _taken_before(index: TextIndex, span: PlaceSpan) -> bool:
    """Whether a word of arrest or abduction comes before the place in its sentence.

    Read back a bounded stretch of the sentence: a sentence may run for pages.
    """
    start = max(index.sentence_at(span.start)[0], span.start - _TAKEN_CHARS)
    return any(hit.wording.sub_type in _TAKEN for hit in read_hits(index, start, span.start))


_HOME_PHRASE_WORDS = 3  # «من أبناء» and a head before the place


def not_origins(index: TextIndex, found: Sequence[PlaceSpan]) -> list[PlaceSpan]:
    """``found`` without the places fired or come from, and those listed with them.

    «المتمركزة في بلدتي كفرطاب وحيش»: both towns are where the guns stand.
    """
    kept: list[PlaceSpan] = []
    previous_origin: PlaceSpan | None = None
    floor = 0
    for span in found:
        listed = previous_origin is not None and _joined(
            index.text, previous_origin.end, span.start
        )
        if listed or origin(index, span) or station(index, span) or _fired_from(index, span, floor):
            previous_origin = span
        else:
            previous_origin = None
            kept.append(span)
        floor = span.end
    return kept


def _joined(text: str, end: int, start: int) -> bool:
    """Whether «و» (after a comma or not), and nothing else, stands between two places."""
    return text[end:start].replace("،", " ").strip() == "و"


@functools.cache
def _first_words(phrases: frozenset[tuple[str, ...]], preposition: str) -> frozenset[str]:
    """The verbs of ``phrases`` that lead to a place after ``preposition``: «متجهة», «نقل».

    After «من» only those of firing or coming from: «أطلقتها», «قادمين», not «من» itself.
    """
    if preposition == _FROM:
        return frozenset(p[0] for p in phrases if p[-1] == _FROM and p[0] != _FROM)
    return frozenset(p[0] for p in phrases if p[-1] in _ROUTE_PREPOSITIONS)


_FROM = "من"
_ON = "علي"  # «على», folded
# «إلى», «نحو» (folded) and «من»: where the place gone to or come from follows
_ROUTE_PREPOSITIONS = frozenset({"الي", "نحو", _FROM})
_PREPOSITION_WORDS = 3  # «إلى مناطق مثل» before the place
_EXAMPLE_WORDS = 2  # «أكثر أمانا» between «مثل» and the noun its place is an example of
_ROUTE_WORDS = 6  # words from a verb of going to the «إلى» before the place it goes to


def telling_seat(index: TextIndex, span: PlaceSpan) -> bool:
    """Whether the place is the seat of an official who tells: «وقال محافظ كركوك إن …».

    The verb may follow the official and his name: «محافظ كركوك، علي تتر، قال». Never a site,
    even alone in its clause: what the official says retells an incident.
    """
    before = index.texts_before(span.start, _SEAT_WORDS)
    if not _after_a_title(before):
        return False
    says = event_lexicon().says
    if len(before) > 1 and (before[1] in says or without_clitic(before[1]) in says):
        return True
    # the verb after the official and his name: «محافظ كركوك، علي تتر، قال في بيان …»
    after = index.after(span.end, _NAME_AND_VERB, clause=False)
    return any(word.text in says or without_clitic(word.text) in says for word in after)


_NAME_AND_VERB = 4  # words from an official's seat to the verb he tells with, past his name


def _correspondents_seat(index: TextIndex, span: PlaceSpan) -> bool:
    """Whether the place is where a correspondent is based: never a site, even alone.

    «وقال مصدر أمني لمراسل الوكالة في بيروت، إن الغارة …»; a source «في محافظة ديالى» is
    of the place, and it stands where nothing else is named.
    """
    before = index.texts_before(span.start, _SEAT_WORDS)
    openings = tuple(event_lexicon().correspondents)  # «لمراسل», «مراسلنا», «مراسلة»
    return any(without_clitic(word).startswith(openings) for word in before) and seat(index, span)


def _after_a_title(before: Sequence[str]) -> bool:
    """Whether an official's title comes right before a place («محافظ كركوك»), nearest first."""
    return bool(before) and without_clitic(before[0]) in event_lexicon().titles


def seat(index: TextIndex, span: PlaceSpan) -> bool:
    """Whether the place is the seat of who tells: «قال مراسل الجزيرة في حلب», «محافظ كركوك»."""
    before = index.texts_before(span.start, _SEAT_WORDS)
    lexicon = event_lexicon()
    if _after_a_title(before):
        return True
    if before and before[0] in _SEAT_IN:  # «مراسل الجزيرة في حلب», «مراسل "العربي" من رميش»
        before = before[1:]
    elif not _glued_in(index, span):  # «مصدر في السلطة المحلية بمدينة تعز»
        return False
    for number, word in enumerate(before):  # back to who tells, not past what is told
        if _says(word):  # «مصادر إن … في»
            return False
        if word in lexicon.reporting_seats:  # «لجان المقاومة في مدينة الفاشر إن»
            after = index.after(span.end, _TELLS_AFTER, clause=False)
            return any(_says(following.text) for following in after)
        if word in lexicon.seats or without_clitic(word) in lexicon.seats:  # «وسائل»
            # who tells, told so by a verb of saying before it or a «أن» after the place:
            # «قال مراسل الجزيرة في حلب», «مصدر … بمدينة تعز بأن»; not a victim («بسيارة
            # قائد عسكري في مديرية المعافر»)
            after = index.after(span.end, _TELLS_AFTER, clause=False)
            return any(
                _says(earlier) or (without_clitic(earlier),) in lexicon.sources
                for earlier in before[number + 1 : number + 1 + _TELLS_AFTER]
            ) or any(_says(following.text) for following in after)
    return False


_SEAT_IN = frozenset({"في", "من"})  # the words between who tells and its seat
_TELLS_AFTER = 2  # words between who tells and its verb of saying, or a place and its «أن»


def _says(word: str) -> bool:
    """A verb of saying («قال», «وأفاد») or what opens what is told («أن», «بأن»)."""
    lexicon = event_lexicon()
    bare = word[1:] if word[:1] in "فو" else word  # «فإن», «وقال»
    return any(form in lexicon.told_that or form in lexicon.says for form in (word, bare))


def _glued_in(index: TextIndex, span: PlaceSpan) -> bool:
    """Whether «ب» («in») is glued to the place: «بمدينة تعز»."""
    word = index.after(span.start - 1, 1, clause=False)
    return bool(word) and word[0].start == span.start - 1 and word[0].text[:1] == "ب"


def off_roads(index: TextIndex, found: list[PlaceSpan]) -> list[PlaceSpan]:
    """The places that are not the ends of a road, or the road's first place if none is.

    «على طريق حمص – تدمر ببادية حمص»: the badiya, not حمص or تدمر.
    """
    lexicon = event_lexicon()
    found = _between_ends(index, found)
    on_road: list[PlaceSpan] = []
    linked = -1  # the position of the second place a road links («يربط طرابلس بمعبر …»)
    for position, span in enumerate(found):
        before = index.texts_before(span.start, 1)
        if before and without_clitic(before[0]) in lexicon.road_links:
            on_road.append(span)
            linked = position + 1
        elif (before and without_clitic(before[0]) in lexicon.roads) or (
            position == linked and span.start - found[position - 1].end <= _LINKED_CHARS
        ):
            on_road.append(span)
        elif position and found[position - 1] in on_road:
            joint = index.text[found[position - 1].end : span.start].strip()
            if joint in _ROAD_JOINTS:
                on_road.append(span)
    if not on_road:
        return found
    off = [span for span in found if span not in on_road]
    if off and all(span.kind is PlaceKind.GOVERNORATE for span in off):
        # «على طريق مدينة الميادين بريف محافظة دير الزور»: a road to one town, in a
        # governorate, is at the town
        lone = [span for span in on_road if _lone_end(index.text, span, on_road)]
        return sorted([*lone, *off]) if lone else off
    return off or on_road[:1]


def _lone_end(text: str, span: PlaceSpan, on_road: list[PlaceSpan]) -> bool:
    """Whether a road place has no other end joined to it: «طريق مدينة الميادين»."""
    return not any(
        other is not span
        and text[min(other.end, span.end) : max(other.start, span.start)].strip() in _ROAD_JOINTS
        for other in on_road
    )


def _between_ends(index: TextIndex, found: list[PlaceSpan]) -> list[PlaceSpan]:
    """The places without the second end of a site between two.

    «المنطقة الواقعة بين مدينتي جاسم ونوى», «الطريق الواصل بين بلدتي الكرك ورخم»: one site,
    at the first end.
    """
    sites = event_lexicon().between_sites
    second: set[int] = set()
    for position, span in enumerate(found[:-1]):
        before = index.texts_before(span.start, _BETWEEN_WORDS)
        dual = (
            len(before) > 1 and before[1] == _BETWEEN and before[0] in event_lexicon().between_duals
        )
        if dual or (_BETWEEN in before[:2] and not sites.isdisjoint(before)):
            joint = index.text[span.end : found[position + 1].start].strip()
            if joint in _ROAD_JOINTS:
                second.add(position + 1)
    return [span for position, span in enumerate(found) if position not in second]


def names_an_outlet(index: TextIndex, span: PlaceSpan) -> bool:
    """Whether the place names a medium, a hospital or a unit: «قناة الميادين», «مستشفى صور».

    Or a media office named after it: «مركز حمص الإعلامي».

    Not when the hospital or the post is struck: «قصفت الميليشيا مستشفى حيس».
    """
    lexicon = event_lexicon()
    after = index.after(span.end, 1)
    if after and after[0].text in lexicon.outlet_tails:
        return True  # «ذكر مركز حمص الإعلامي أن …», «تنسيقية حلب الإعلامية»
    before = index.texts_before(span.start, _STRUCK_WORDS + 1)
    if len(before) > 1 and before[0] in lexicon.unit_epithets:
        before = before[1:]  # «لواء شهداء سراقب»: the unit, through its epithet
    if not before or not listed(before[0], lexicon.named_after_places):  # «لواء», «بقناة»
        return False
    for word in before[1:]:  # the verb may come before its subject: «قصفت الميليشيا مستشفى»
        if word in _TOWARD:
            break  # «نقل الجرحى إلى مستشفى حيس»
        if listed(word, lexicon.struck_before):
            return False
    return True


_STRUCK_WORDS = 3  # words before a facility where the verb that strikes it may stand
_TOWARD = frozenset({"الي", "في"})  # taken to, or treated in, the hospital


def inside_actor(span: PlaceSpan, actors: Sequence[ActorSpan], starts: list[int]) -> bool:
    """Whether a place is part of an actor's name («وزارة الصحة في غزة»)."""
    at = bisect.bisect_right(starts, span.start)
    return any(actor.end >= span.end for actor in actors[max(0, at - 2) : at])
