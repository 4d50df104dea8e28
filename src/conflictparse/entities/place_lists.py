"""The names a plural head lists: «قرى الفطيرة وسفوهن وفليفل», «بلدتي كنصفرة والبارة».

Each name of the list is a place of the head's kind, known to the gazetteer or not.
"""

from __future__ import annotations

import re

from conflictparse.entities.place_names import (
    PlaceSpan,
    longest_name,
    opened_name_end,
    past_part_name,
    past_word,
    plural_verb,
)
from conflictparse.model import Place, PlaceKind
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.lexicon.places import Gazetteer
from conflictparse.text.phrases import NEXT_WORD
from conflictparse.text.tokens import CLITICS, Word, word_before_in

__all__ = ["in_quotes", "list_run", "listed_places"]

_LIST_LENGTH = 12  # names read after one plural head at most
# a closing quote may end an item before its separator: «أحياء "الثورة" و"كلابة"»
# «، », « و» glued to the next name, or « و » standing alone («كفرنبل و حاس»)
_LIST_SEPARATOR = re.compile(
    r"[\"”»]?(?:[ \t]*+[،,][ \t]*+(?:و[ \t]++)?|[ \t]++و[ \t]++(?=\S)|[ \t]++(?=و))"
)
_LIST_OPENING = re.compile(r"[ \t]*+(?:\(|(?:هي|وهي)?[ \t]*+:)[ \t]*+")
# an item in quotes, maybe after «و»: «و"كلابة"» is the name «كلابة»; right-to-left text
# often opens a quote with the closing marks: «و”كازقيل”»
_QUOTED_ITEM = re.compile(r"[ \t]*+و?[\"“”«»]")
_QUOTE_CONTENT = re.compile(r"([^\"”»\n،,.]{2,40}?)[\"”»]")
_LIST_INSIDE = re.compile(r"\sو|[،,]")  # «“مرعناز وعلقمية”»: a list in one pair of quotes


def listed_places(
    text: str, word: Word, gazetteer: Gazetteer, country: str | None
) -> list[PlaceSpan]:
    """«قرى الفطيرة وسفوهن وفليفل», «بلدتي كنصفرة والبارة»: each name of the list a place."""
    written = word.text
    head = (
        written[1:] if written[:1] in CLITICS and written[1:] in gazetteer.list_heads else written
    )
    kind = gazetteer.list_heads.get(head)
    if kind is None or _after_a_demonstrative(text, word.start, gazetteer):
        return []  # «في تلك القرى هربت العائلات»: the villages told before, no list
    pos = word.end
    joined = NEXT_WORD.match(text, pos, pos + 40)
    if (
        joined is not None
        and joined["word"][1:] in gazetteer.list_heads
        and joined["word"][0] == "و"
    ):
        pos = joined.end()  # «قرى وبلدات كنصفرة والبارة»: two heads, one list
    pos = _past_fillers(text, pos, gazetteer)
    linked = False  # «مناطق في كنصفرة وعين لاروز»: a list a village opens
    if head in gazetteer.known_list_heads:
        link = NEXT_WORD.match(text, pos, pos + _HOLDER_CHARS)
        if link is not None and link["word"] in gazetteer.known_list_links:
            pos, linked = link.end(), True
    pos = _past_frame(text, pos, gazetteer)
    opening = _LIST_OPENING.match(text, pos)  # «قرى ( فوري والأريت)», «القرى هي: …»
    if opening is not None:
        pos = opening.end()
    found = _items(text, pos, kind, gazetteer, country)
    if not found and (later := _opener_later(text, pos, gazetteer)) is not None:
        found = _items(text, later, kind, gazetteer, country)  # «عدة قرى …، من بينها سوحا»
    if kind is PlaceKind.REGION:
        found = [_countryside(text, item, gazetteer, country) for item in found]
    if head in gazetteer.accusative_list_heads and len(found) < _DUAL:
        return []  # «قصفت حيا سكنيا»: a quarter, no list
    if head in gazetteer.known_list_heads and (
        len(found) < _DUAL or not any(item.place or in_quotes(text, item) for item in found)
    ):  # «مناطق سيطرة المعارضة», «مختلف مناطق الضفة الغربية»: a region, no list
        return []  # (but «مناطق "لمينا" و"الحقونا"»: names in quotes)
    if linked and (not found or found[0].place is None or found[0].place.kind not in _VILLAGES):
        return []  # «مناطق في ريف حماة وإدلب»: the regions they are in, no list
    return found


_VILLAGES = frozenset({PlaceKind.VILLAGE, PlaceKind.TOWN})


def _countryside(
    text: str, item: PlaceSpan, gazetteer: Gazetteer, country: str | None
) -> PlaceSpan:
    """«ريفي إدلب وحماة»: each name the countryside the gazetteer knows, not the city."""
    probe = _COUNTRYSIDE + text[item.start : item.end]
    known = longest_name(probe, 0, gazetteer, country)
    if known is None or known[0] != len(probe) or known[1].kind not in _HOLDERS:
        return item  # a countryside, or a governorate named by it: «ريف دمشق»
    return item._replace(place=known[1])


_COUNTRYSIDE = "ريف "


def in_quotes(text: str, item: PlaceSpan) -> bool:
    """Whether a name of a list is set in quotes: «"لمينا"», «“لمينا”»."""
    return text[item.start - 1 : item.start] in _OPENING_QUOTES


_OPENING_QUOTES = frozenset('"“”«')  # «”» opens a name too in some outlets: «و”الحقونا”»


def _after_a_demonstrative(text: str, start: int, gazetteer: Gazetteer) -> bool:
    """Whether «هذه», «تلك» … stands right before a list head: «في هذه القرى قتل شخصان»."""
    return word_before_in(text, start, _DEMONSTRATIVE_CHARS, gazetteer.demonstratives)


_DEMONSTRATIVE_CHARS = 7  # «هاتين » and the space after it


def list_run(
    text: str, end: int, kind: PlaceKind, gazetteer: Gazetteer, country: str | None
) -> list[PlaceSpan]:
    """The names a list goes on with after a place that ends at ``end``: «سراقب والبويطية …».

    Each is read as a place of ``kind``; none when no «و» or «،» follows the place.
    """
    separator = _LIST_SEPARATOR.match(text, end)
    if separator is None:
        return []
    return _items(text, separator.end(), kind, gazetteer, country, opened=True)


def _items(
    text: str,
    pos: int,
    kind: PlaceKind,
    gazetteer: Gazetteer,
    country: str | None,
    *,
    opened: bool = False,
) -> list[PlaceSpan]:
    """The names of a list from ``pos``, each a place of ``kind`` (``opened``: one told before)."""
    found: list[PlaceSpan] = []
    while len(found) < _LIST_LENGTH:
        first = not found and not opened
        past = _past_pronoun_word(text, pos, gazetteer, first=first)  # «دمشق وريفها وحلب»
        item = None if past is None else _list_item(text, past, gazetteer, country, first=first)
        if item is None or (item[2] is None and _new_clause(text, pos, item, gazetteer)):
            break
        start, end, place = item
        end = past_part_name(text, end, gazetteer)  # «والصورة الكبيرة»: a part of the name
        found.append(PlaceSpan(start, end, place, kind))  # the head says what each name is
        # «قرى عطشان بريف حماة الشمالي وأم حارتين»: the place that holds an item; past it
        # only «و» goes on with the list («… بريف حماة الشرقي، لقصف مدفعي» ends it)
        held = _past_holder(text, end, gazetteer, country)
        separator = _LIST_SEPARATOR.match(text, held)
        joined = separator is not None and (
            "و" in separator[0] or text.startswith("و", separator.end())
        )
        if separator is None or (held > end and not joined):
            break
        pos = separator.end()
    return found


def _opener_later(text: str, pos: int, gazetteer: Gazetteer) -> int | None:
    """Where the names start after a description, a comma and an opener, in the sentence.

    «عدة قرى تابعة لناحية عقيربات، ليلة الأحد، من بينها سوحا وحمادي عمر».
    """
    end = min(len(text), pos + _OPENER_REACH)
    stop = _SENTENCE_END.search(text, pos, end)
    end = stop.start() if stop is not None else end
    openers = event_lexicon().clause_openers
    for comma in _COMMA.finditer(text, pos, end):
        opened = _past_opener(text, comma.end(), gazetteer)
        if opened is not None:
            return opened
        following = NEXT_WORD.match(text, comma.end(), comma.end() + _HOLDER_CHARS)
        if following is not None and following["word"] in openers:
            return None  # «أحياء، حيث أعلنت …، منها الساحل»: another clause, not the names
    return None


_OPENER_REACH = 120  # characters from a plural head to the opener of its names
_SENTENCE_END = re.compile(r"[.\n؛]")


def _past_holder(text: str, end: int, gazetteer: Gazetteer, country: str | None) -> int:
    """Past «ب» and a known province or countryside right after a list's item, or ``end``.

    «قرى عطشان بريف حماة الشمالي وأم حارتين وقبيبات بريف حماة الشرقي».
    """
    following = NEXT_WORD.match(text, end, end + _HOLDER_CHARS)
    if following is None or not following["word"].startswith("ب"):
        return end
    known = longest_name(text, following.start("word") + 1, gazetteer, country)
    if known is None or known[1].kind not in _HOLDERS:
        return end
    # past a direction that qualifies the place: «بريف حماة الشمالي»
    return past_part_name(text, past_word(text, known[0], gazetteer.name_seconds), gazetteer)


_HOLDER_CHARS = 40  # characters read for the next word after an item or a comma
_HOLDERS = frozenset({PlaceKind.GOVERNORATE, PlaceKind.REGION})


_DUAL = 2


def _list_item(
    text: str, pos: int, gazetteer: Gazetteer, country: str | None, *, first: bool
) -> tuple[int, int, Place | None] | None:
    """One name of a list at ``pos``: (start, end, gazetteer place or None)."""
    quoted = _QUOTED_ITEM.match(text, pos)
    if quoted is not None:
        pos = quoted.end()
        whole = _QUOTE_CONTENT.match(text, pos)  # «"مستشفى الثورة"»: one name, whole
        if whole is not None and not _LIST_INSIDE.search(whole[1]):
            known = longest_name(text, pos, gazetteer, country, headed=True)
            place = known[1] if known is not None and known[0] == whole.end(1) else None
            return pos, whole.end(1), place
    following = NEXT_WORD.match(text, pos, pos + 40)
    if following is None:
        return None
    start, name = following.start("word"), following["word"]
    if (
        name in gazetteer.not_names
        or (name[:1] == "ب" and name[1:] in gazetteer.not_names)  # «والقرى بالمنطقة»
        or name in gazetteer.not_genitives
        or name in gazetteer.head_forms
        or name in gazetteer.directions
        or (name[:1] == "ب" and name[1:] in gazetteer.directions)  # «قرى بغرب دير الزور»
        or name.startswith("لل")
    ):
        return None  # «وسط إدلب», «بمديرية الخوخة», «قرى غرب الضالع», «القرى المتاخمة»
    if first and name.startswith("وال"):
        return None  # «القرى والمناطق الحدودية»: a noun joined to the head, no name
    if first and name[:1] == "ب" and longest_name(text, start + 1, gazetteer, country):
        return None  # «قرى بالنبطية», «أحياء بالموصل»: in the place, no name of the list
    if not first and name[:1] == "و" and len(name) > 2:
        start, name = start + 1, name[1:]  # «وسفوهن»: the «و» joins it to the list
    if name in gazetteer.not_names or name in gazetteer.list_heads:
        return None
    if name in gazetteer.heads and name not in gazetteer.name_starts:
        return None  # «وبلدة …» opens no name of this list, but «وتل ذهب» is one
    known = longest_name(text, start, gazetteer, country, headed=True)
    if known is not None:
        return start, known[0], known[1]
    if first and name[:1] == "و" and name not in gazetteer.name_starts:
        return None  # «في العديد من البلدات وطالت …»: «و» opens a clause, not a name
    if _no_name(text, start + len(name), name, gazetteer, first=first):
        return None  # «وحرشها», «، هتفت ضد النظام», «ورجح أن …»
    second = NEXT_WORD.match(text, start + len(name), start + len(name) + 40)
    if name in gazetteer.name_starts:
        if second is not None and second["word"] not in gazetteer.not_names:
            return start, opened_name_end(text, second, gazetteer), None
    elif (whole := _second_word(text, start + len(name), second, gazetteer)) is not None:
        return start, whole.end(), None  # «، وقاضي عسكر، والشعار»: a name of two words
    return start, start + len(name), None


def _second_word(
    text: str, end: int, second: re.Match[str] | None, gazetteer: Gazetteer
) -> re.Match[str] | None:
    """The second word of an unknown name of a list, if the list goes on right after it.

    «أحياء مساكن هنانو، وقاضي عسكر، والشعار»: «عسكر» is no item (it has no «و») and a
    separator follows it.
    """
    if (
        second is None
        or _LIST_SEPARATOR.match(text, end) is not None
        or _ITEM_END.match(text, end) is not None
    ):
        return None
    word = second["word"]
    if (
        word[:1] == "و"
        or (word in gazetteer.not_names and word not in gazetteer.name_seconds)  # «الشرقية»
        or word in gazetteer.directions
        or word in gazetteer.head_forms
        or word in gazetteer.after_verbs
        or word.endswith(gazetteer.pronoun_endings)
        or plural_verb(word)
    ):
        return None
    closed = _LIST_SEPARATOR.match(text, second.end()) or _ITEM_END.match(text, second.end())
    return second if closed is not None else None


def _past_fillers(text: str, pos: int, gazetteer: Gazetteer) -> int:
    """Past the words between a plural head and its names, and the «ك» of «such as» after them.

    «أحياء عدة أبرزها باب النصر», «قرى جديدة كالسكرية والحمام».
    """
    skipped = 0
    while skipped < _FILLERS_MOST:
        following = NEXT_WORD.match(text, pos, pos + 40)
        if following is None or following["word"] not in gazetteer.list_fillers:
            break
        pos, skipped = following.end(), skipped + 1
    following = NEXT_WORD.match(text, pos, pos + 40) if skipped else None
    if following is not None and following["word"].startswith("كال"):
        return following.start("word") + 1  # «كالسكرية»: the «ك» is not the name's
    return pos


_FILLERS_MOST = 3  # «أحياء عدة من بينها»


def _past_frame(text: str, pos: int, gazetteer: Gazetteer) -> int:
    """Past a place that frames the names and the words that open them, or ``pos``.

    «أحياء داخل طرابلس، بما في ذلك الهضبة», «أحياء وسط المدينة، وهي الرسالة», «بلدات بريف
    إدلب أبرزها سرمدا»: the names follow the opener, the framing place is no name of the list.
    """
    frame = NEXT_WORD.match(text, pos, pos + 40)
    if frame is None:
        return pos
    word = frame["word"]
    glued = word.startswith("ب") and len(word) > _GLUED_LEAST  # «بلدات بريف إدلب أبرزها …»
    if word not in gazetteer.list_frames and not glued:
        return pos
    end = frame.end()
    for _ in range(_FRAME_WORDS + 1):
        opened = _past_opener(text, end, gazetteer)  # «بريف إدلب الشمالي أبرزها سرمدا»
        if opened is not None:
            return opened
        following = NEXT_WORD.match(text, end, end + 40)
        if following is None:
            return pos
        end = following.end()
        comma = _COMMA.match(text, end)
        if comma is not None:
            return _past_opener(text, comma.end(), gazetteer) or pos
    return pos


def _past_opener(text: str, pos: int, gazetteer: Gazetteer) -> int | None:
    """Where the names start after an opener at ``pos`` («بما في ذلك», «وهي»), if one is."""
    words: list[str] = []
    end = pos
    for _ in range(_OPENER_WORDS):
        following = NEXT_WORD.match(text, end, end + 40)
        if following is None:
            return None
        words.append(following["word"])
        end = following.end()
        if " ".join(words) in gazetteer.list_openers:
            return end
    return None


_FRAME_WORDS = 2  # words of the framing place: «طرابلس», «المدينة القديمة»
_GLUED_LEAST = 3  # letters of a word with «ب» that may be a framing place: «بريف», «بحلب»
_OPENER_WORDS = 3  # «بما في ذلك»
_COMMA = re.compile(r"[ \t]*+[،,]")


def _past_pronoun_word(text: str, pos: int, gazetteer: Gazetteer, *, first: bool) -> int | None:
    """Where a list goes on past a word that a pronoun ends («وريفها», «وحرشها»).

    Such a word names no place of its own; None when no separator follows it.  A long
    first word is a name that ends as a pronoun does («بلدتي كفرلاها وتل ذهب»), a short one
    is none («حواجز لهم»).
    """
    following = NEXT_WORD.match(text, pos, pos + 40)
    if following is None or not _pronoun_ended(following["word"], gazetteer, first=first):
        return pos
    separator = _LIST_SEPARATOR.match(text, following.end())
    return separator.end() if separator is not None else None


def _new_clause(
    text: str, pos: int, item: tuple[int, int, Place | None], gazetteer: Gazetteer
) -> bool:
    """Whether a comma opens a new clause at an unknown word, not a list item.

    «…، ورجح ناشطون أن …» and «مديريات الحديدة، استشهد طفل» are clauses; «قرى الفوار،
    وأبو كرنة، عجان شرقي حلب» goes on as a list: each item is followed by a separator,
    «في», a direction or the end of the sentence.
    """
    start, end, _ = item
    between = text[max(0, pos - 4) : start]
    if "،" not in between and "," not in between:
        return False
    following = NEXT_WORD.match(text, end, end + 40)
    return (
        _LIST_SEPARATOR.match(text, end) is None
        and _ITEM_END.match(text, end) is None
        and (following is None or following["word"] not in gazetteer.directions)
    )


_ITEM_END = re.compile(r"[ \t]*+(?:[.:;)»\"”\n]|$|(?:في|ب|قرب)(?![^\W\d_]))")


def _pronoun_ended(word: str, gazetteer: Gazetteer, *, first: bool) -> bool:
    """Whether a pronoun ends ``word``: «وريفها»; for a list's first name, a short word only.

    After the first name, a noun with a pronoun («ومحيطها»), not a name that seems to end
    with one («بلدات تلذهب وكفرلاها»).
    """
    ending = next((end for end in gazetteer.pronoun_endings if word.endswith(end)), None)
    if ending is None:
        return False
    if first:
        return len(word) <= _PRONOUN_WORD
    stem = word[: -len(ending)]
    stem = stem[1:] if stem[:1] in CLITICS and len(stem) > _PRONOUN_STEM else stem
    return len(stem) <= _PRONOUN_STEM or stem in gazetteer.pronoun_nouns


_PRONOUN_STEM = 2  # «لها», «بها»: a preposition and its pronoun


_PRONOUN_WORD = 4  # «لهم», «ريفها»; «كفرلاها» is a name


def _no_name(text: str, end: int, name: str, gazetteer: Gazetteer, *, first: bool) -> bool:
    """Whether an unknown word of a list is no name: a pronoun ends it, or a verb's object follows.

    «قرى سان وبينين وحرشها» (its woods), «بلدات العجمي وطفس، هتفت ضد النظام», «قرى جديدة».
    The first name may end as a pronoun does: «بلدتي كفرلاها وتل ذهب».
    """
    if (
        _pronoun_ended(name, gazetteer, first=first)
        or name in gazetteer.list_adjectives
        or plural_verb(name)
    ):
        return True
    following = NEXT_WORD.match(text, end, end + 40)
    return following is not None and following["word"] in gazetteer.after_verbs
