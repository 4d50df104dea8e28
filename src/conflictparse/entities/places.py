"""Places: the packaged gazetteer and :func:`find_places`.

The gazetteer (``data/places.toml``) knows governorates, cities, towns, districts and camps
of Syria, Iraq, Yemen, Libya, Sudan, Lebanon and Palestine, each with its governorate and
country; GeoNames adds their villages and those of their neighbours, and the coordinates
(``data/place_coordinates.tsv``, ``data/geonames_places.tsv``).  A name after «حي», «بلدة»,
«مدينة», «قرية», «مخيم», «ريف» or «محافظة» is a place even when the gazetteer does not know
it; it then has no id, governorate or country.
"""

from __future__ import annotations

import collections
import functools
import itertools
import re
from collections.abc import Iterable

from conflictparse.entities.place_companions import with_companions
from conflictparse.entities.place_lists import listed_places
from conflictparse.entities.place_names import (
    PlaceSpan,
    around_kind,
    longest_name,
    name_end,
    past_parts,
    plural_verb,
    specificity,
)
from conflictparse.entities.place_numbered import numbered_quarter
from conflictparse.entities.place_outlets import without_outlets
from conflictparse.entities.place_parts import without_sides_of_places
from conflictparse.model import Match, Place, PlaceKind
from conflictparse.text.lexicon.places import Gazetteer
from conflictparse.text.lexicon.places import gazetteer as load_gazetteer
from conflictparse.text.phrases import NEXT_WORD
from conflictparse.text.prepared import PreparedText, as_prepared
from conflictparse.text.tokens import (
    CLITICS,
    LETTER,
    OPENING_QUOTES,
    Word,
    without_clitic,
    word_before,
    word_before_in,
)

__all__ = ["PlaceSpan", "find_places", "headed", "places_country", "scan_places", "specificity"]


def scan_places(prepared: PreparedText, country: str | None = None) -> list[PlaceSpan]:
    """Places in folded text, in order; a name shared by several countries goes to ``country``."""
    gazetteer = load_gazetteer()
    text = prepared.text
    found: list[PlaceSpan] = []
    floor = 0
    items: collections.deque[PlaceSpan] = collections.deque()  # a list's names not yet passed
    for word in prepared.index.find(gazetteer.first_words):
        while items and items[0].end <= word.start:
            items.popleft()
        if word.start < floor or (items and items[0].start < word.end):
            continue
        named = _named_place(text, word, gazetteer, country)  # «مخيمات أطمة» is one name
        # no list opens among the names of another («قرى وبلدات كفرسجنة …»)
        listed = [] if named or items else listed_places(text, word, gazetteer, country)
        if listed:
            found.extend(listed)
            # the words between its names are read too: «قرى عطشان بريف حماة الشمالي وأم …»
            items.extend(listed)
            floor = word.end
            continue
        item = (
            _head_place(text, word, gazetteer, country)
            or named
            or _prefixed(text, word, gazetteer)
            or numbered_quarter(text, word, gazetteer)
        )
        if item is not None:
            item = _with_side(text, item, gazetteer)
            found.append(item)
            floor = item.end
    found = [
        _as_countryside(text, item, gazetteer, country)
        for item in sorted(found, key=lambda span: span.start)
        if not _indefinite(prepared, item)
    ]
    found = without_outlets(text, _namesakes(text, found, gazetteer), gazetteer)
    found = without_sides_of_places(text, found, gazetteer)
    return with_companions(text, found, gazetteer, country)


def _as_countryside(
    text: str, span: PlaceSpan, gazetteer: Gazetteer, country: str | None
) -> PlaceSpan:
    """A place after «الريف» and its side: its countryside («الريف الغربي لحلب»).

    Only a countryside the gazetteer knows («ريف حلب»); «الريف الشرقي لقامشلو» stays the town.
    """
    if span.place is None or text[span.start - 1 : span.start] != _OF:
        return span
    opening = _countryside_opening(gazetteer.directions).search(
        text, max(0, span.start - _OPENING_CHARS), span.start
    )
    if opening is None:
        return span
    name_start = _name_start(text, span) if headed(text, span, gazetteer) else span.start
    of_name = f"{_COUNTRYSIDE} {text[name_start : span.end]}"
    known = longest_name(of_name, 0, gazetteer, country, headed=True)
    if known is None or known[0] != len(of_name):
        return span  # a town's countryside the gazetteer lacks: the town locates it
    return PlaceSpan(opening.start("name"), span.end, known[1], PlaceKind.REGION)


@functools.cache
def _countryside_opening(directions: frozenset[str]) -> re.Pattern[str]:
    """«الريف الغربي ل», «والريف الشمالي الشرقي ل» right before a place (folded text)."""
    sides = "|".join(sorted({"ال" + word for word in directions if word.endswith("ي")}))
    return re.compile(
        rf"(?<![^\s\"“«(])[وبف]?(?P<name>ال{_COUNTRYSIDE}(?:[ \t]+(?:{sides})){{1,2}})[ \t]+{_OF}\Z"
    )


_OF = "ل"  # «لحلب»: the «ل» of «الريف الغربي لحلب»
_OPENING_CHARS = 40  # «والريف الشمالي الشرقي ل»


def _indefinite(prepared: PreparedText, item: PlaceSpan) -> bool:
    """Whether the name is written with a tanween: a common noun, no name («استهدفت بيتاً»)."""
    return any(mark in _TANWEEN for mark in prepared.normalized.written(item.start, item.end))


_TANWEEN = frozenset("\u064b\u064c\u064d")  # fathatan, dammatan, kasratan


def _with_side(text: str, span: PlaceSpan, gazetteer: Gazetteer) -> PlaceSpan:
    """A countryside with the side it is named by: «ريف حماة الشرقي», «ريف إدلب الجنوبي الغربي»."""
    if span.kind is not PlaceKind.REGION or not without_clitic(
        text[span.start : span.end]
    ).startswith(_COUNTRYSIDE):
        return span
    end = span.end
    for _ in range(_SIDES_MOST):
        following = NEXT_WORD.match(text, end, end + 20)
        word = following["word"] if following is not None else ""
        if following is None or not word.startswith("ال") or word[2:] not in gazetteer.directions:
            break  # «ريف حماة شرقي …» says where something else is
        end = following.end()
    return span._replace(end=end)


_COUNTRYSIDE = "ريف"
_SIDES_MOST = 2  # «الشمالي الشرقي»


_SIDE = r"(?:جنوب|شمال|شرق|غرب)"
_HOLDING = re.compile(  # «في», «ب», «شرقي», «شمال غرب», «جنوبي مدينة»
    rf"[ \t]*+(?:في|ب|{_SIDE}ي?(?:[ \t]++{_SIDE}ي?)?(?:[ \t]++(?:مدينة|بلدة|محافظة))?)[ \t]*+\Z"
)


def _namesakes(text: str, found: list[PlaceSpan], gazetteer: Gazetteer) -> list[PlaceSpan]:
    """Places read in another country than the place the text puts them in, read again there.

    «منطقة المرج في الغوطة الشرقية» is Syria's Marj, not Libya's; «قرية الزاوية جنوب مدينة
    الموصل» is an Iraqi village. With no reading in the holder's country the place is
    unknown, and its holder places it.
    """
    for position, (narrow, broad) in enumerate(itertools.pairwise(found)):
        if (
            narrow.place is None
            or broad.place is None
            or not _HOLDING.match(text[narrow.end : broad.start])
        ):
            continue
        if narrow.place.country == broad.place.country:
            found[position] = _in_admin1(text, narrow, broad.place, gazetteer)
            continue
        again = longest_name(
            text,
            narrow.start,
            gazetteer,
            broad.place.country,
            headed=True,
            admin1=broad.place.admin1,
        )
        name_start = narrow.start
        if again is None:  # a head before the name: «منطقة المرج»
            name_start = _name_start(text, narrow)
            again = longest_name(
                text,
                name_start,
                gazetteer,
                broad.place.country,
                headed=True,
                admin1=broad.place.admin1,
            )
        same_country = again is not None and again[1].country == broad.place.country
        broader = narrow.place.kind in _BROAD and not headed(text, narrow, gazetteer)
        if not same_country and (broader or _bare_after_definite(text, narrow, gazetteer)):
            # «مسيرات العودة السلمية شرقي خانيونس»: an adjective; «بالمنطقة الشرقية في بلدة
            # قريوت»: a side of the town, no foreign province
            found[position] = narrow._replace(end=-1)
            continue
        found[position] = narrow._replace(place=again[1] if same_country and again else None)
    return [span for span in found if span.end >= 0]


_BROAD = frozenset({PlaceKind.GOVERNORATE, PlaceKind.REGION})  # a province, read with no head


def _in_admin1(text: str, narrow: PlaceSpan, broad: Place, gazetteer: Gazetteer) -> PlaceSpan:
    """A place read again in the province of the place that holds it, when it has a namesake there.

    «قرية برقة شرق رام الله» is the Burqa of Ramallah, «برقة شمال غرب نابلس» the one of Nablus.
    """
    assert narrow.place is not None  # checked by the caller
    if narrow.place.admin1 == broad.admin1 or not broad.admin1:
        return narrow
    for start in (narrow.start, _name_start(text, narrow)):
        again = longest_name(
            text, start, gazetteer, broad.country, headed=True, admin1=broad.admin1
        )
        if again is not None and again[1].admin1 == broad.admin1:
            return narrow._replace(place=again[1])
    return narrow


def _name_start(text: str, span: PlaceSpan) -> int:
    """Where the name of ``span`` starts past its head word («منطقة المرج» → «المرج»)."""
    following = NEXT_WORD.match(text, span.start, span.end)
    return following.end() if following is not None else span.start


def headed(text: str, span: PlaceSpan, gazetteer: Gazetteer) -> bool:
    """Whether the place is named after a head word of its own: «مدينة رفح», «وبلدة نوى».

    Not «وادي الربيع»: the valley's word is part of its name.
    """
    words = text[span.start : span.end].split(maxsplit=1)
    return bool(words) and words[0] in gazetteer.head_forms


def _bare_after_definite(text: str, span: PlaceSpan, gazetteer: Gazetteer) -> bool:
    """Whether a name with no head follows a word with the article: it is that word's adjective."""
    if headed(text, span, gazetteer):
        return False
    before = word_before(text, span.start, _DEFINITE_CHARS)
    return before is not None and before.text.startswith(("ال", "وال"))


_DEFINITE_CHARS = 30  # the longest word looked back at


# «”العمود”»: a name in quotes, opening with a letter («بلدة «  «» names nothing)
_QUOTED = re.compile(rf"[ \t]*+[\"“”«»(](?P<name> *+[{LETTER}][{LETTER} ]{{1,39}})[\"“”«»)]")


def _head_place(
    text: str, word: Word, gazetteer: Gazetteer, country: str | None
) -> PlaceSpan | None:
    """«حي القدم», «بلدة الشعفة», «ريف حماة»: a head and the name after it."""
    written = word.text
    heads = gazetteer.heads
    head = written[1:] if written[:1] in CLITICS and written[1:] in heads else written
    kind = heads.get(head)
    if kind is None or (
        head in gazetteer.bound_heads
        and head == written
        and not _after_a_lead(text, word.start, gazetteer)
    ):
        return None  # «مصادر محلية أفادت»: local sources, no locality
    start = word.start + (len(written) - len(head))
    if head in gazetteer.known_name_heads:
        return _known_position(text, word, start, gazetteer, country)
    whole = longest_name(text, start, gazetteer, country)  # «محافظة الحسكة», «ريف دمشق»
    if whole is not None and whole[0] > word.end:  # «وادي الربيع»: a word of its name, no kind
        return PlaceSpan(start, *whole, kind if head in gazetteer.head_forms else whole[1].kind)
    after_head = _past_gloss(text, word.end, gazetteer)
    quoted = _QUOTED.match(text, after_head)
    if quoted is not None and quoted["name"].split()[0] in gazetteer.not_names:
        return None  # «منطقة "خفض التصعيد الرابعة"»: a zone named by what it is
    if quoted is not None:  # «قرية "ودالهبيل"», «قضاء (المقدادية)»: a name in quotes
        known = longest_name(text, quoted.start("name"), gazetteer, country, headed=True)
        inside = known is not None and known[0] == quoted.end("name")
        return PlaceSpan(start, quoted.end(), known[1] if inside and known else None, kind)
    following = NEXT_WORD.match(text, after_head, after_head + 40)
    if (
        following is None
        or following["word"] in gazetteer.not_names
        or following["word"].startswith("لل")  # «مخيم للنازحين»
    ):
        return None
    if _direction(following["word"], gazetteer) or (
        kind is PlaceKind.REGION and following["word"] in gazetteer.body_parts
    ):
        return None  # «تقصف منطقة غربي إدلب», «قرية بشرق الفرات», «برصاصة في منطقة الصدر»
    if following["word"] in gazetteer.head_forms or following["word"] in gazetteer.list_heads:
        return None  # «قرية بمحافظة مأرب», «محور بلدتي الشير والمجدل»: a head or a list after
    if _in_a_known_place(text, following, gazetteer, country):
        return None  # «قرية بالسودان», «بلدة بالحسكة»: a village in a place, named by none
    if head in gazetteer.office_heads and following["word"] in gazetteer.office_words:
        return None  # «مديرية الاستخبارات», «مديرية أمن الإقليم»: an office, no district
    if _joined_noun_before_name(text, following, gazetteer, country):
        return None  # «مدينة ومستشفى حيس»: the head and a noun share the name after them
    known = longest_name(text, following.start("word"), gazetteer, country, headed=True)
    if known is not None:
        end, place = known
        if (
            specificity(kind) < specificity(place.kind) and place.kind is PlaceKind.GOVERNORATE
        ) or (kind is PlaceKind.NEIGHBOURHOOD and place.kind is not PlaceKind.NEIGHBOURHOOD):
            # «حي القادسية»: a quarter, no province; «حي الرفاعي غربي الموصل»: no town elsewhere
            return PlaceSpan(start, end, None, kind)
        end = past_parts(text, end, gazetteer, kind)  # «مديرية مرخة العليا»: in its area
        return PlaceSpan(start, end, place, around_kind(head, kind, place, gazetteer))
    if plural_verb(following["word"]):
        return None  # «ساكني هذه القرى يؤيدون …»: a verb, no name
    return PlaceSpan(start, name_end(text, following, gazetteer), None, kind)


def _prefixed(text: str, word: Word, gazetteer: Gazetteer) -> PlaceSpan | None:
    """«قرب تل الجموع», «بكفر عويد»: a village the gazetteer does not know, after a lead.

    «كفر» and a known place need no lead: «من مهجري كفر حلب» is a village, not Aleppo.
    """
    written = word.text
    bare = without_clitic(written)  # «بكفر» → «كفر» (never «ك»: «كفر» is itself)
    if bare not in gazetteer.village_prefixes:
        return None
    start = word.start + len(written) - len(bare)
    first = NEXT_WORD.match(text, start, start + len(bare))
    if first is None:
        return None
    end = name_end(text, first, gazetteer)
    second = text[first.end() : end].strip()
    if end == first.end() or _direction(second, gazetteer) or second in gazetteer.not_names:
        return None  # «تل» alone, «قرب تل شرقي البلدة»
    common = bare in gazetteer.common_village_prefixes
    if common and not second.startswith("ال"):
        return None  # «على تل مرتفع»: a hill, no name
    led = bare != written or _after_a_lead(text, word.start, gazetteer)
    if not led and (common or longest_name(text, end - len(second), gazetteer, None) is None):
        return None
    return PlaceSpan(start, end, None, PlaceKind.VILLAGE)


def _past_gloss(text: str, end: int, gazetteer: Gazetteer) -> int:
    """Past a head's gloss by another in brackets: «مستعمرة (مستوطنة) إيفن مناحم»."""
    quoted = _QUOTED.match(text, end)
    return quoted.end() if quoted and quoted["name"].strip() in gazetteer.head_forms else end


def _known_position(
    text: str, word: Word, start: int, gazetteer: Gazetteer, country: str | None
) -> PlaceSpan | None:
    """«موقع الراهب»: a head of a known name of a small place (an army post), or of none.

    Never of an unknown name («موقع الحادث», «موقع إلكتروني») nor of a city, a region or a
    province («موقع الميادين» is a news site).
    """
    following = NEXT_WORD.match(text, word.end, word.end + _NEXT_CHARS)
    if following is None:
        return None
    known = longest_name(text, following.start("word"), gazetteer, country, headed=True)
    if known is None or known[1].kind not in _POSITION_KINDS:
        return None
    return PlaceSpan(start, known[0], known[1], PlaceKind.CAMP)


_NEXT_CHARS = 40  # characters read for the word after a head
_POSITION_KINDS = frozenset(
    {PlaceKind.CAMP, PlaceKind.VILLAGE, PlaceKind.TOWN, PlaceKind.NEIGHBOURHOOD}
)


def _direction(word: str, gazetteer: Gazetteer) -> bool:
    """Whether ``word`` is a direction, maybe after «ب» or before a pronoun: «بشرق», «غربها»."""
    bare = word[1:] if word[:1] == "ب" else word
    return any(bare.removesuffix(pronoun) in gazetteer.directions for pronoun in ("ها", "ه", ""))


def _in_a_known_place(
    text: str, following: re.Match[str], gazetteer: Gazetteer, country: str | None
) -> bool:
    """Whether the word after a head is «ب» and the article before a known place."""
    word = following["word"]
    if not word.startswith(_IN_THE):
        return False
    known = longest_name(text, following.start("word") + 1, gazetteer, country, headed=True)
    return known is not None and known[0] == following.end()


_IN_THE = "بال"  # «ب» and the article: «بالسودان»


def _after_a_lead(text: str, start: int, gazetteer: Gazetteer) -> bool:
    """Whether a bound head's lead stands right before ``start``: «على محلية أمبدة»."""
    return word_before_in(text, start, _LEAD_CHARS, gazetteer.bound_head_leads)


_LEAD_CHARS = 8  # «داخل » and the spaces after it


def _joined_noun_before_name(
    text: str, following: re.Match[str], gazetteer: Gazetteer, country: str | None
) -> bool:
    """Whether the word after a head is «و» and a noun, and a known name follows it."""
    word = following["word"]
    if not word.startswith("و") or word in gazetteer.name_starts or len(word) <= _JOINED_LETTERS:
        return False
    after = NEXT_WORD.match(text, following.end(), following.end() + 40)
    return (
        after is not None
        and longest_name(text, after.start("word"), gazetteer, country) is not None
    )


_JOINED_LETTERS = 3  # «و» and a noun of three letters at least: «ومستشفى», «ومخيم»


def _named_place(
    text: str, word: Word, gazetteer: Gazetteer, country: str | None
) -> PlaceSpan | None:
    surface = gazetteer.surfaces.get(word.text)
    if surface is None:
        return None
    if not surface[0] and _after_a_person_link(text, word.start, gazetteer):
        return None  # «محمد أبو ريدة»: a person's name
    after_in = (word.text.startswith("ب") and surface[0] > 0) or _after_in(
        text, word.start, gazetteer
    )  # «قتل 12 في سرت», «بسرت», «في شرق سرت»
    known = longest_name(text, word.start + surface[0], gazetteer, country, after_in=after_in)
    if known is None:
        return None
    end, place = known
    return PlaceSpan(word.start + surface[0], end, place, place.kind)


_AFTER_IN = re.compile(r"(?:^|\s)في\s+$")


def _after_a_person_link(text: str, start: int, gazetteer: Gazetteer) -> bool:
    """Whether «أبو», «بن» … stands right before ``start``: «محمد أبو ريدة» is a person.

    An opening quote may come before it: «سوق "ود راوة"».
    """
    found = word_before(text, start, _LINK_CHARS)
    return found is not None and found.text.lstrip(OPENING_QUOTES) in gazetteer.person_links


_LINK_CHARS = 10  # «ابو », «المواطنه », an opening quote and the space after it


def _after_in(text: str, start: int, gazetteer: Gazetteer) -> bool:
    """Whether «في» stands right before ``start``, or before a direction there: «في شرق سرت»."""
    if _AFTER_IN.search(text, max(0, start - 4), start) is not None:
        return True
    direction = word_before(text, start, _DIRECTION_CHARS)
    return (
        direction is not None
        and direction.text in gazetteer.directions
        and _AFTER_IN.search(text, max(0, direction.start - 4), direction.start) is not None
    )


_DIRECTION_CHARS = 8  # «شمالي » and the spaces after it


def find_places(
    text: str | PreparedText, *, country: str | None = None
) -> list[Match[Place | None]]:
    """Every place named in ``text``: gazetteer places, and names after «حي», «بلدة».

    Examples:
        >>> found = find_places("قصف على بلدة الشعفة")
        >>> [(m.text, m.value.kind.value if m.value else None) for m in found]
        [('بلدة الشعفة', 'town')]
    """
    prepared = as_prepared(text)
    return prepared.matches(
        (span.start, span.end, span.place) for span in scan_places(prepared, country)
    )


def places_country(places: Iterable[PlaceSpan]) -> str | None:
    """The country of a text's places: of the gazetteer's own, else of GeoNames' too.

    «على أحياء الوادي والبستان والمنشية في مدينة درنة»: Libya, though GeoNames has a
    Turkish town «البستان».
    """
    known = [span.place for span in places if span.place is not None]
    added = load_gazetteer().added
    return _most_common(place.country for place in known if place.id not in added) or (
        _most_common(place.country for place in known)
    )


def _most_common(countries: Iterable[str]) -> str | None:
    """The country named most often, if any."""
    votes = collections.Counter(country for country in countries if country)
    return votes.most_common(1)[0][0] if votes else None
