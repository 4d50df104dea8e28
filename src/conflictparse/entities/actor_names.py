"""Compositional actor names: a force noun qualified by a nationality or a place.

«المدفعية التركية», «مسيرة أمريكية», «آليات عسكرية تركية» name a country's forces
without being listed one by one: the registry's ``[[compose]]`` tables give the
force nouns, the words that may stand between the noun and its qualifier
(«عسكرية», «حربية»), and either the nationality adjectives («تركي» → the
Turkish forces) or the countries whose places make the noun a body of that
country («شرطة الفلوجة» → the Iraqi police).  Adjectives are listed in the
masculine singular without the article; their other forms (feminine, definite,
plural) are grammar and are made here.
"""

from __future__ import annotations

import datetime
import difflib
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from conflictparse.errors import RegistryError
from conflictparse.model import Actor, ActorType
from conflictparse.text.lexicon.anaphora import anaphora_lexicon
from conflictparse.text.lexicon.places import Gazetteer
from conflictparse.text.normalize import fold
from conflictparse.text.phrases import PhraseTable, words_from
from conflictparse.text.tokens import LETTER, WORD, Word

__all__ = [
    "NEXT_WORD",
    "Composer",
    "Composition",
    "Lookahead",
    "Reading",
    "Validity",
    "a_ministers_title",
    "actor_of_entry",
    "adjective_forms",
    "build_composer",
    "check_entry",
    "compose_at",
    "described",
    "disjoint",
    "entry_label",
    "former_name",
    "spelling_variants",
    "validity_of",
]

_KEYS = ("nouns", "qualifiers", "adjectives", "places", "refusals")
_MAX_QUALIFIERS = 3
NEXT_WORD = re.compile(rf"[ \t]*+(?:[-–][ \t]*+)?[\"“”«»'‘’(]?[ \t]*+(?P<word>[{LETTER}]++)")
"""The next word of a name: after spaces, a dash («التحالف العربي - الدولي»), a quote or a
bracket («جهاز (الردع)»)."""
_PLACE_WORDS = 5  # a place's head and a place name of up to four words


# Spellings the press alternates freely that folding does not join, as folded stems: an
# alias written one way is read written the other («الميليشيا الحوثية» / «المليشيا الحوثية»).
_ALTERNATE_STEMS = (("ميليشي", "مليشي"),)


def spelling_variants(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The other spellings of an alias's folded ``words``: «مليشيا» for «ميليشيا»."""
    found: list[tuple[str, ...]] = []
    for position, word in enumerate(words):
        for first, second in _ALTERNATE_STEMS:
            for old, new in ((first, second), (second, first)):
                at = word.find(old)
                if at >= 0 and (at == 0 or word[:at] in _STEM_PREFIXES):
                    spelled = word[:at] + new + word[at + len(old) :]
                    found.append((*words[:position], spelled, *words[position + 1 :]))
    return found


_STEM_PREFIXES = frozenset({"ال", "و", "ب", "ل", "وال", "بال", "لل"})


Validity = tuple[datetime.date | None, datetime.date | None]
"""An actor's ``valid_from`` and ``valid_to`` (both inclusive); ``None`` is open."""


def _date(entry: Mapping[str, Any], key: str, source: str, label: str) -> datetime.date | None:
    """``valid_from`` or ``valid_to``: a TOML date or an ISO string «YYYY-MM-DD»."""
    value = entry.get(key)
    if value is None or (
        isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)
    ):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    msg = f"{source}: {label}: «{key}» must be a date (2017-12-30), not {value!r}"
    raise RegistryError(msg)


def validity_of(entry: Mapping[str, Any], source: str, label: str) -> Validity:
    """The period an entry gives, checked: «valid_to» is not before «valid_from»."""
    start = _date(entry, "valid_from", source, label)
    end = _date(entry, "valid_to", source, label)
    if start is not None and end is not None and end < start:
        msg = f"{source}: {label}: «valid_to» {end} is before «valid_from» {start}"
        raise RegistryError(msg)
    return start, end


def disjoint(first: Validity, second: Validity) -> bool:
    """Whether two periods share no day: one ends before the other begins."""
    return (first[1] is not None and second[0] is not None and first[1] < second[0]) or (
        second[1] is not None and first[0] is not None and second[1] < first[0]
    )


_FORMER_AFTER = re.compile(rf"[ \t]*+سابقا(?![{LETTER}])")
_FORMER_BEFORE = re.compile(r"سابقا[ \t]++(?:باسم[ \t]++|ب)\Z")


def former_name(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is a former name in apposition: «(النصرة سابقا)».

    «هيئة تحرير الشام (النصرة سابقا)», «المعروفة سابقا بجبهة النصرة»: the same actor
    again under its old name, not a second actor. A name governed by a word before it
    is no apposition: «المنتسبين للجيش الحر سابقا» were members of the FSA.
    """
    if _FORMER_AFTER.match(text, end) is not None:
        # in apposition, after a bracket or a comma; not «المنتسبين للجيش الحر سابقا»
        return _APPOSED.search(text, max(0, start - 8), start) is not None
    return _FORMER_BEFORE.search(text, max(0, start - 16), start) is not None


_APPOSED = re.compile(r"[(\[«\"“،,\-–][ \t]*+\Z")


def a_ministers_title(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows «وزير»: «وزير الصحة اللبناني» is a person.

    A minister is no actor; his ministry is «وزارة الصحة».
    """
    return _MINISTER.search(text, max(0, start - _MINISTER_CHARS), start) is not None


_MINISTER = re.compile(r"(?<!\S)[وبلف]?(?:ال)?وزير[ةه]?[ \t]++\Z")  # folded: «وزيره»
_MINISTER_CHARS = 12  # «والوزيرة » before the name


def adjective_forms(stem: str) -> tuple[str, ...]:
    """The folded forms of a nisba adjective: «تركي» → «تركيه», «التركي», «التركيون» ….

    >>> adjective_forms("تركي")[:4]
    ('تركي', 'تركيه', 'التركي', 'التركيه')
    """
    bare = fold(stem)
    forms = (bare, bare + "ه", bare + "ون", bare + "ين")
    return (
        forms[:2]
        + tuple("ال" + form for form in forms[:2])
        + forms[2:]
        + tuple("ال" + form for form in forms[2:])
    )


Reading = tuple[tuple[str, ...], str | None]
"""The actor ids of one reading, oldest first, and the country a place restricts it to."""


@attrs.frozen(slots=True)
class Composition:
    """One ``[[compose]]`` table: its adjectives or its countries, each with actor ids."""

    adjectives: Mapping[str, tuple[Reading, ...]]  # folded adjective form → its readings
    places: Mapping[str, tuple[str, ...]]  # country code → the readings in time
    refusals: frozenset[str]  # a word after the qualifier that undoes it: «الصنع»


@attrs.frozen(slots=True)
class Composer:
    """The force nouns of every ``[[compose]]`` table and what may follow them."""

    nouns: PhraseTable[tuple[int, ...]]  # folded noun phrase → the tables that list it
    tables: tuple[Composition, ...]
    qualifiers: tuple[frozenset[str], ...]  # per table: the words between noun and qualifier
    first_words: frozenset[str]


def _words(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(fold(text)))


def _ids(value: object, where: str, known: Mapping[str, Any]) -> tuple[str, ...]:
    """An actor id or a list of them (the readings in time, oldest first), all known."""
    ids = [value] if isinstance(value, str) else value
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
        msg = f"{where} must be an actor id or a list of actor ids, not {value!r}"
        raise RegistryError(msg)
    for identifier in ids:
        if identifier not in known:
            msg = f"{where} names the unknown actor {identifier!r}"
            raise RegistryError(msg)
    return tuple(ids)


def _readings(value: object, where: str, known: Mapping[str, Any]) -> tuple[Reading, ...]:
    """An adjective's readings: ids for any country, or a table of them by country.

    «حكومي» names the government forces of the country a report is about:
    ``{ SY = [...], SD = "saf" }``; «تركي» names Turkey's in any report.
    """
    if isinstance(value, Mapping):
        if not value:
            msg = f"{where} is an empty table"
            raise RegistryError(msg)
        return tuple((_ids(ids, f"{where}.{code}", known), code) for code, ids in value.items())
    return ((_ids(value, where, known), None),)


def _word_list(table: Mapping[str, Any], key: str, where: str) -> list[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        msg = f"{where}: «{key}» must be a list of non-empty strings"
        raise RegistryError(msg)
    return value


def _mapping(table: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
    value = table.get(key, {})
    if not isinstance(value, Mapping):
        msg = f"{where}: «{key}» must be a table"
        raise RegistryError(msg)
    return value


def _composition(table: object, where: str, known: Mapping[str, Any]) -> Composition:
    if not isinstance(table, Mapping):
        msg = f"{where}: each compose entry must be a table ([[compose]])"
        raise RegistryError(msg)
    for key in table:
        if key not in _KEYS:
            msg = f"{where}: unknown key «{key}» (allowed: {', '.join(_KEYS)})"
            raise RegistryError(msg)
    if not _word_list(table, "nouns", where):
        msg = f"{where}: «nouns» is empty"
        raise RegistryError(msg)
    adjectives: dict[str, tuple[Reading, ...]] = {}
    for stem, value in _mapping(table, "adjectives", where).items():
        if not fold(stem).endswith("ي") or not WORD.fullmatch(fold(stem)):
            msg = f"{where}: adjective «{stem}» is not a masculine nisba in one word («تركي»)"
            raise RegistryError(msg)
        adjectives.update(
            dict.fromkeys(
                adjective_forms(stem), _readings(value, f"{where}: adjectives.{stem}", known)
            )
        )
    places = {
        code: _ids(value, f"{where}: places.{code}", known)
        for code, value in _mapping(table, "places", where).items()
    }
    if not adjectives and not places:
        msg = f"{where}: give «adjectives» or «places»"
        raise RegistryError(msg)
    refusals = frozenset(map(fold, _word_list(table, "refusals", where)))
    return Composition(adjectives, places, refusals)


def build_composer(
    documents: Iterable[tuple[str, Mapping[str, Any]]], known: Mapping[str, Any]
) -> Composer:
    """The ``[[compose]]`` tables of the registry files, checked against the known actors."""
    tables: list[Composition] = []
    qualifiers: list[frozenset[str]] = []
    nouns: dict[tuple[str, ...], list[int]] = {}
    for source, document in documents:
        raw = document.get("compose", [])
        if not isinstance(raw, list):
            msg = f"{source}: «compose» must be an array of tables ([[compose]])"
            raise RegistryError(msg)
        for number, table in enumerate(raw, 1):
            where = f"{source}: compose #{number}"
            tables.append(_composition(table, where, known))
            qualifiers.append(frozenset(map(fold, _word_list(table, "qualifiers", where))))
            for noun in _word_list(table, "nouns", where):
                nouns.setdefault(_words(noun), []).append(len(tables) - 1)
    return Composer(
        PhraseTable({words: tuple(found) for words, found in nouns.items()}),
        tuple(tables),
        tuple(qualifiers),
        frozenset(words[0] for words in nouns),
    )


class Lookahead:
    """The words from a first word on, read from the text only as far as a reader asks.

    The alias table and the force nouns walk the same words: they are read once.
    """

    __slots__ = ("_rest", "words")

    def __init__(self, text: str, first: Word) -> None:
        self.words = [first]
        self._rest = words_from(text, first.end, NEXT_WORD, reach=64)

    def __iter__(self) -> Iterator[Word]:
        # one reader at a time: the words read so far, then the text further on
        yield from self.words
        for word in self._rest:
            self.words.append(word)
            yield word

    def first(self, count: int) -> list[Word]:
        """The first ``count`` words (fewer at the end of the line)."""
        words = self.words
        while len(words) < count:
            word = next(self._rest, None)
            if word is None:
                break
            words.append(word)
        return words


def compose_at(
    words: Lookahead, composer: Composer, gazetteer: Gazetteer
) -> tuple[int, tuple[Reading, ...]] | None:
    """The longest compositional name in ``words``: its end and readings.

    An adjective gives one reading for any country («المدفعية التركية»); a place gives
    one for each country the place name may be in («شرطة طرابلس»: Libya or Lebanon).
    """
    nouns = [(groups, len(phrase)) for groups, phrase, _ in composer.nouns.walk(words)]
    best = None
    for groups, used in nouns:
        for group in groups:
            found = _qualified(words, used, group, composer, gazetteer)
            if found is not None and (best is None or found[0] > best[0]):
                best = found
    return best


def _qualified(
    words: Lookahead, used: int, group: int, composer: Composer, gazetteer: Gazetteer
) -> tuple[int, tuple[Reading, ...]] | None:
    """The adjective or place after the noun's ``used`` words, past at most two qualifiers."""
    table = composer.tables[group]
    between = composer.qualifiers[group]
    for skip in range(_MAX_QUALIFIERS + 1):
        read = words.first(used + skip + 2)  # the qualifier and the word after it
        if skip and read[used + skip - 1].text not in between:
            return None
        if len(read) <= used + skip:
            return None
        readings = table.adjectives.get(read[used + skip].text)
        if readings is not None:
            if len(read) > used + skip + 1 and read[used + skip + 1].text in table.refusals:
                return None  # «دبابات روسية الصنع»: made there, not that country's forces
            return read[used + skip].end, readings
        if table.places:
            rest = words.first(used + skip + _PLACE_WORDS)[used + skip :]
            found = _place(rest, table, gazetteer)
            if found is not None:
                return found
    return None


def _place(
    words: list[Word], table: Composition, gazetteer: Gazetteer
) -> tuple[int, tuple[Reading, ...]] | None:
    """A place name after the noun, maybe after its head («محافظة»): the readings by country."""
    best = None
    for start in (0, 1) if words[0].text in gazetteer.heads else (0,):
        for places, name, end in gazetteer.names.walk(words[start:]):
            if start == 0 and name in gazetteer.ambiguous:
                continue  # «شرطة الزيتون»: a common word is a place only after its head
            if best is None or end > best[0]:
                best = (end, places)
    if best is None:
        return None
    end, places = best
    countries = dict.fromkeys(gazetteer.places[place].country for place in places)
    found: tuple[Reading, ...] = tuple(
        (table.places[code], code) for code in countries if code in table.places
    )
    if len(found) == 1:  # a place of one country names that country's body anywhere
        found = ((found[0][0], None),)
    return (end, found) if found else None


_ENTRY_TEXT_KEYS = ("id", "name", "type", "country")
_ENTRY_KEYS = (*_ENTRY_TEXT_KEYS, "aliases", "countries", "generic", "valid_from", "valid_to")
_ENTRY_LIST_KEYS = ("aliases", "generic", "countries")


def entry_label(entry: Mapping[str, Any], index: int) -> str:
    """How a message names an entry: by its id, or by its place among the file's actors."""
    identifier = entry.get("id")
    if isinstance(identifier, str) and identifier.strip():
        return f"actor {identifier!r}"
    return f"actor #{index}"


def check_entry(entry: object, source: str, index: int = 0) -> Mapping[str, Any]:
    """A registry entry with the right shape, or a :class:`RegistryError` that says why.

    ``index`` (from 1) names an entry that has no usable id.
    """
    if not isinstance(entry, Mapping):
        msg = (
            f"{source}: actor #{index}: each actor must be a table ([[actor]]),"
            f" not {type(entry).__name__}"
        )
        raise RegistryError(msg)
    label = entry_label(entry, index)
    for key in entry:
        if key not in _ENTRY_KEYS:
            close = difflib.get_close_matches(str(key), _ENTRY_KEYS, n=1)
            hint = f"; did you mean «{close[0]}»?" if close else ""
            allowed = ", ".join(_ENTRY_KEYS)
            msg = f"{source}: {label}: unknown key «{key}» (allowed: {allowed}){hint}"
            raise RegistryError(msg)
    for key in _ENTRY_TEXT_KEYS:
        if key in entry and not isinstance(entry[key], str):
            value = entry[key]
            msg = (
                f"{source}: {label}: «{key}» must be a string, not {type(value).__name__} {value!r}"
            )
            raise RegistryError(msg)
    for key in _ENTRY_LIST_KEYS:
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            msg = f"{source}: {label}: «{key}» must be a list of strings"
            raise RegistryError(msg)
        for item in value:
            if not item.strip():
                msg = f"{source}: {label}: «{key}» holds an empty name {item!r}"
                raise RegistryError(msg)
            if any(char.isdigit() for char in item):
                msg = (
                    f"{source}: {label}: «{key}» holds {item!r}: names are matched by their"
                    " words, and digits are no word («اللواء 444» would match every «اللواء»)"
                )
                raise RegistryError(msg)
    if entry.get("generic") and not entry.get("countries"):
        msg = f"{source}: {label} has «generic» names but no «countries»"
        raise RegistryError(msg)
    validity_of(entry, source, label)
    return entry


def actor_of_entry(entry: Mapping[str, Any], source: str, index: int = 0) -> Actor:
    """The actor an ``[[actor]]`` table describes, its type and id checked."""
    label = entry_label(entry, index)
    try:
        kind = ActorType(entry["type"])
    except ValueError:
        allowed = ", ".join(member.value for member in ActorType)
        msg = f"{source}: {label} has unknown type {entry['type']!r} (allowed: {allowed})"
        raise RegistryError(msg) from None
    except KeyError as missing:
        msg = f"{source}: {label} lacks the field {missing}"
        raise RegistryError(msg) from None
    if "id" not in entry:
        msg = f"{source}: {label} lacks the field 'id'"
        raise RegistryError(msg)
    identifier = entry.get("id", "")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", str(identifier)):
        msg = f"{source}: actor id {identifier!r} (actor #{index}) is not lower-case snake_case"
        raise RegistryError(msg)
    return Actor(
        id=identifier,
        name=str(entry.get("name", identifier)),
        type=kind,
        country=str(entry.get("country", "")),
    )


def described(name: str, actor: Actor, last_by_head: Mapping[str, Actor]) -> Actor:
    """«قوات الاحتلال» after «جيش الاحتلال التركي»: the occupation named before, by its head.

    Only a force is so described: «سلطات الاحتلال» keeps its own reading (the authorities),
    and so does a body named by its own noun («شرطة الاحتلال» after «جيش الاحتلال»).
    """
    words = name.split()
    if len(words) != DESCRIPTION_WORDS or not words[1].startswith("ال"):
        return actor
    if actor.type is ActorType.OTHER:
        return actor
    head, lexicon = words[1][2:], anaphora_lexicon()
    if head not in lexicon.described or words[0] not in lexicon.described_forces:
        return actor  # «شرطة الاحتلال» after «جيش الاحتلال»: the police keep their name
    return last_by_head.get(head, actor)


DESCRIPTION_WORDS = 2  # «قوات الاحتلال»: a force noun and the head
