"""Named actors: :func:`find_actors` and the actor registry.

The registry is a TOML file shipped in the package (``data/actors.toml``);
users extend or replace it with their own file through
:func:`load_registry`.  Aliases are matched word by word on the folded text,
with the clitics و ب ل ف ك and «لل» outside the span and quotes inside a name
skipped: «لقوات النظام», «تنظيم “الدولة الإسلامية”».  Generic names shared by
several actors («وزارة الصحة», «الدفاع المدني») are resolved by the country
the document is about.
"""

from __future__ import annotations

import collections
import datetime
import functools
import os
import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, NamedTuple

import attrs

from conflictparse.entities.actor_names import (
    Composer,
    Lookahead,
    Reading,
    Validity,
    a_ministers_title,
    actor_of_entry,
    build_composer,
    check_entry,
    compose_at,
    described,
    disjoint,
    entry_label,
    former_name,
    spelling_variants,
    validity_of,
)
from conflictparse.entities.places import places_country, scan_places
from conflictparse.errors import RegistryError
from conflictparse.model import Actor, Match
from conflictparse.text.lexicon import load_toml
from conflictparse.text.lexicon.anaphora import anaphora_lexicon
from conflictparse.text.lexicon.areas import area_lexicon
from conflictparse.text.lexicon.places import gazetteer
from conflictparse.text.normalize import fold
from conflictparse.text.phrases import PhraseTable
from conflictparse.text.prepared import PreparedText, as_prepared
from conflictparse.text.tokens import WORD, TextIndex, Word, clitic_surfaces, lam_surfaces

__all__ = [
    "ActorRegistry",
    "ActorSpan",
    "RegistryError",
    "default_registry",
    "find_actors",
    "load_registry",
    "scan_actors",
]

_CLOSING_QUOTE = re.compile(r"[ \t]*+[\"“”»'’)]")


@functools.cache
def _anaphor_forms() -> dict[str, int]:
    """«التنظيم», «والتنظيم», «للتنظيم» … → the proclitic letters left out of the span."""
    forms: dict[str, int] = {}
    for bare in anaphora_lexicon().heads:
        forms["ال" + bare] = 0
        for clitic in ("و", "ب", "ف"):
            forms[clitic + "ال" + bare] = 1
        forms["لل" + bare] = 1  # ل + ال with its alef dropped: the span starts at the second ل
        forms["ولل" + bare] = 2
    return forms


class _Entry(NamedTuple):
    actor: str  # id
    countries: frozenset[str]  # non-empty only for a generic alias


@attrs.frozen(slots=True)
class ActorRegistry:
    """Actors and their aliases, keyed by folded word tuples."""

    actors: Mapping[str, Actor]
    aliases: PhraseTable[tuple[_Entry, ...]]
    surfaces: Mapping[str, tuple[int, str]]  # first word as written → (clitic letters, stem)
    lam_surfaces: Mapping[str, tuple[int, str]]  # «للواء» → (1, «اللواء»): a second reading
    country_words: Mapping[tuple[str, ...], str]
    heads: Mapping[str, frozenset[str]]  # actor id → the bare heads that refer back to it
    country_firsts: frozenset[str]  # first words of the country names
    first_words: frozenset[str]  # what a mention may start with: a surface or an anaphoric head
    validity: Mapping[str, Validity]  # actor id → its period, for actors that give one
    composer: Composer  # force nouns qualified by a nationality or a place

    def valid(self, actor: str, on: datetime.date) -> bool:
        """Whether ``actor`` existed under its names on ``on``."""
        start, end = self.validity.get(actor, (None, None))
        return (start is None or start <= on) and (end is None or on <= end)

    def resolve(
        self, name: str, country: str | None = None, on: datetime.date | None = None
    ) -> Actor | None:
        """The actor ``name`` names in a report about ``country`` on ``on``, if any.

        >>> default_registry().resolve("القوات الحكومية", "YE").id
        'yemeni_government_forces'
        """
        entries = self.aliases.get(_words(name))
        return _choose(entries, country, self, on) if entries else None

    def composed(
        self, noun: str, country: str | None, on: datetime.date | None = None
    ) -> Actor | None:
        """The actor a ``[[compose]]`` noun names with a place of ``country``, if any.

        >>> default_registry().composed("شرطة", "IQ").id
        'iraqi_police'
        """
        if country is None:
            return None
        for group in self.composer.nouns.get(_words(noun)) or ():
            ids = self.composer.tables[group].places.get(country)
            if ids:
                return _choose(tuple(_Entry(actor, frozenset()) for actor in ids), None, self, on)
        return None


def _words(alias: str) -> tuple[str, ...]:
    return tuple(WORD.findall(fold(alias)))


def _build(
    documents: Iterable[tuple[str, Mapping[str, Any]]],
    country_words: Mapping[tuple[str, ...], str],
) -> ActorRegistry:
    documents = list(documents)
    actors: dict[str, Actor] = {}
    aliases: dict[tuple[str, ...], list[_Entry]] = {}
    validity: dict[str, Validity] = {}
    for source, document in documents:
        for index, entry in _entries(source, document):
            actor = actor_of_entry(entry, source, index)
            actors[actor.id] = actor
            period = validity_of(entry, source, entry_label(entry, index))
            if period != (None, None):
                validity[actor.id] = period
            _add_aliases(aliases, actor, entry, source, validity)
    composer = build_composer(documents, actors)
    firsts = [*(words[0] for words in aliases), *composer.first_words]
    surfaces = clitic_surfaces(firsts, doubles=True)
    lams = lam_surfaces(firsts)
    heads: dict[str, set[str]] = {}
    anaphora = anaphora_lexicon()
    for words, named in aliases.items():
        head = words[0].removeprefix("ال")
        inner = {word.removeprefix("ال") for word in words[1:]} & anaphora.inner_heads
        for found in ({head} & anaphora.heads) | inner:
            for item in named:
                heads.setdefault(item.actor, set()).add(found)  # «تنظيم داعش» → «التنظيم»
    return ActorRegistry(
        actors=actors,
        aliases=PhraseTable({words: tuple(entries) for words, entries in aliases.items()}),
        surfaces=surfaces,
        lam_surfaces=lams,
        country_words=country_words,
        heads={actor: frozenset(names) for actor, names in heads.items()},
        country_firsts=frozenset(words[0] for words in country_words),
        first_words=frozenset(surfaces.keys() | lams.keys() | _anaphor_forms().keys()),
        validity=validity,
        composer=composer,
    )


def _entries(source: str, document: Mapping[str, Any]) -> Iterator[tuple[int, Mapping[str, Any]]]:
    """The checked ``[[actor]]`` tables of one file, numbered from 1; an id given twice fails."""
    for key in document:
        if key not in ("actor", "compose"):
            msg = (
                f"{source}: unknown key «{key}»: the file holds [[actor]]"
                " and [[compose]] tables only"
            )
            raise RegistryError(msg)
    entries = document.get("actor", [])
    if not isinstance(entries, list):
        msg = f"{source}: «actor» must be an array of tables ([[actor]])"
        raise RegistryError(msg)
    seen: dict[str, int] = {}  # id → its entry in this file
    for index, raw in enumerate(entries, 1):
        entry = check_entry(raw, source, index)
        identifier = actor_of_entry(entry, source, index).id
        if identifier in seen:
            msg = (
                f"{source}: actor {identifier!r} (actor #{index}): «id» repeats"
                f" actor #{seen[identifier]}; give each actor one table"
            )
            raise RegistryError(msg)
        seen[identifier] = index
        yield index, entry


def _add_aliases(
    aliases: dict[tuple[str, ...], list[_Entry]],
    actor: Actor,
    entry: Mapping[str, Any],
    source: str,
    validity: Mapping[str, Validity],
) -> None:
    """Index the aliases of ``actor``: a name of another actor only if one is generic.

    Or if their periods do not meet: «الجيش الحر» before and after 2017. A generic
    reading wins in its countries over a name of its own («قوات الاحتلال» in Iraq).
    """
    generic = {_words(alias) for alias in entry.get("generic", [])}
    scope = frozenset(entry.get("countries", []))
    period = validity.get(actor.id, (None, None))
    for alias in [*entry.get("aliases", []), *entry.get("generic", [])]:
        words = _words(alias)
        if not words:
            continue
        new = _Entry(actor.id, scope if words in generic else frozenset())
        clash = [
            item
            for item in aliases.get(words, [])
            if item.actor != actor.id
            and not new.countries
            and not item.countries
            and not disjoint(period, validity.get(item.actor, (None, None)))
        ]
        if clash:
            msg = (
                f"{source}: alias {alias!r} of {actor.id!r} is already an alias of"
                f" {clash[0].actor!r}; list it under «generic», with «countries», or give"
                " both a «valid_from»/«valid_to» that do not meet"
            )
            raise RegistryError(msg)
        if new not in aliases.get(words, []):
            aliases.setdefault(words, []).append(new)
        for variant in spelling_variants(words):  # «المليشيا الحوثية», not listed, is read
            if all(item.actor == actor.id for item in aliases.get(variant, [])):
                aliases.setdefault(variant, [])
                if new not in aliases[variant]:
                    aliases[variant].append(new)


@functools.cache
def default_registry() -> ActorRegistry:
    """The packaged registry (``data/actors.toml``), loaded once."""
    return _build([("actors.toml", load_toml("actors.toml"))], area_lexicon().countries)


def load_registry(path: str | os.PathLike[str], *, extend: bool = True) -> ActorRegistry:
    """A registry from a user's TOML file, added to the packaged one or replacing it.

    The file has the packaged format: ``[[actor]]`` tables with ``id``,
    ``name``, ``type`` (an :class:`~conflictparse.model.ActorType` value),
    ``country`` and ``aliases`` (and ``generic`` with ``countries``).  A file
    that is not UTF-8 or not TOML, an unknown key, a value of the wrong type, an
    empty alias, an id given twice in the file, a duplicate alias or an unknown
    type raises :class:`RegistryError` naming the file, the actor and the key.
    """
    name = os.fspath(path)
    try:
        with open(name, "rb") as handle:  # noqa: PTH123 - a user's path, str or PathLike
            document = tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        msg = f"{name}: not valid TOML: {error}"
        raise RegistryError(msg) from None
    except UnicodeDecodeError as error:
        msg = f"{name}: not UTF-8 (byte {error.start})"
        raise RegistryError(msg) from None
    documents = [(name, document)]
    if extend:
        documents.insert(0, ("actors.toml", load_toml("actors.toml")))
    return _build(documents, area_lexicon().countries)


class ActorSpan(NamedTuple):
    """An actor found in folded text (offsets into the folded string)."""

    start: int
    end: int
    actor: Actor
    anaphoric: bool = False  # «التنظيم» standing for the actor named before it


class _Candidate(NamedTuple):
    start: int
    end: int
    entries: tuple[_Entry, ...]
    shorter: tuple[tuple[int, tuple[_Entry, ...]], ...] = ()  # aliases it starts with


def scan_actors(
    prepared: PreparedText,
    registry: ActorRegistry | None = None,
    *,
    anaphora: bool = False,
    on: datetime.date | None = None,
    country: str | None = None,
) -> list[ActorSpan]:
    """Actor mentions in folded text, in order, resolved by the document's country and date.

    ``country`` is the one to take when the names in the text give none (from its places).
    """
    registry = registry or default_registry()
    text = prepared.text
    candidates = list(_candidates(prepared, registry))
    country = _document_country(prepared.index, candidates, registry) or country
    found: list[ActorSpan] = []
    last_by_head: dict[str, Actor] = {}
    heads_lexicon = anaphora_lexicon()
    for candidate in candidates:
        if candidate.entries and candidate.entries[0].actor == "":
            word = text[candidate.start : candidate.end]
            bare = word.removeprefix("ال").removeprefix("ل")
            previous = last_by_head.get(bare)
            if previous is None and country is not None:
                default = heads_lexicon.defaults.get((bare, country))
                previous = registry.actors.get(default) if default else None
            if anaphora and previous is not None:
                found.append(ActorSpan(candidate.start, candidate.end, previous, anaphoric=True))
            continue
        actor, end = _resolved(candidate, country, registry, on)  # maybe a shorter alias
        if (
            actor is None
            or former_name(text, candidate.start, end)
            or a_ministers_title(text, candidate.start)
        ):
            continue
        actor = described(text[candidate.start : end], actor, last_by_head)
        found.append(ActorSpan(candidate.start, end, actor))
        before = text[max(0, candidate.start - 12) : candidate.start].split()
        heads = registry.heads.get(actor.id, frozenset())
        if before and before[-1] in heads_lexicon.heads:
            heads |= {before[-1]}  # «حركة حماس» … «الحركة»
        for head in heads:
            last_by_head[head] = actor
    return found


def _resolved(
    candidate: _Candidate, country: str | None, registry: ActorRegistry, on: datetime.date | None
) -> tuple[Actor | None, int]:
    """The actor of a candidate in ``country`` and where its name ends.

    The longest alias, else the longest shorter one that names an actor there: «القوات
    المسلحة الوطنية» (Somalia's) in a report on Sudan is «القوات المسلحة», the SAF.
    """
    for end, entries in ((candidate.end, candidate.entries), *candidate.shorter):
        actor = _choose(entries, country, registry, on)
        if actor is not None:
            return actor, end
    return None, candidate.end


def _candidates(prepared: PreparedText, registry: ActorRegistry) -> Iterator[_Candidate]:
    """Longest alias matches, left to right, and bare anaphoric heads («التنظيم»)."""
    text = prepared.text
    anaphors = _anaphor_forms()
    floor = 0
    for anchor in prepared.index.find(registry.first_words):
        if anchor.start < floor:
            continue
        word = anchor.text
        known = registry.surfaces.get(word)
        match = _match_at(text, anchor, known, registry)
        if match is None and word in registry.lam_surfaces:  # «للواء»: ل + «اللواء»
            known = registry.lam_surfaces[word]
            match = _match_at(text, anchor, known, registry)
        if match is None:
            if word in anaphors:  # «التنظيم» alone: a back-reference, resolved later
                start = anchor.start + anaphors[word]
                yield _Candidate(start, anchor.end, (_Entry("", frozenset()),))
            continue
        clitic = known[0] if known is not None else 0
        end, entries, shorter = match
        end = _after_quote(text, anchor.start, end)
        yield _Candidate(anchor.start + clitic, end, entries, shorter)
        floor = end


def _match_at(
    text: str, anchor: Word, known: tuple[int, str] | None, registry: ActorRegistry
) -> tuple[int, tuple[_Entry, ...], tuple[tuple[int, tuple[_Entry, ...]], ...]] | None:
    """The longest alias or composed name at ``anchor`` read as ``known`` (clitics, stem).

    With it, the shorter aliases it starts with, longest first: one of them is read when
    the longest names no actor in the report's country.
    """
    if known is None:
        return None
    words = Lookahead(text, Word(anchor.start + known[0], anchor.end, known[1]))
    aliases = [(end, entries) for entries, _, end in registry.aliases.walk(words)][::-1]
    if known[1] in registry.composer.first_words:
        composed = compose_at(words, registry.composer, gazetteer())
        if composed is not None and (not aliases or composed[0] > aliases[0][0]):
            aliases.insert(0, (composed[0], _composed_entries(composed[1])))
    return (*aliases[0], tuple(aliases[1:])) if aliases else None


def _composed_entries(readings: tuple[Reading, ...]) -> tuple[_Entry, ...]:
    """A compositional name's readings as alias entries, specific or of one country each."""
    return tuple(
        _Entry(actor, frozenset({country}) if country else frozenset())
        for ids, country in readings
        for actor in ids
    )


def _after_quote(text: str, start: int, end: int) -> int:
    """Take in the closing quote of a quoted name: «تنظيم “الدولة الإسلامية”»."""
    inside = text[start:end]
    if any(mark in inside for mark in "\"“«'‘("):
        closing = _CLOSING_QUOTE.match(text, end)
        if closing is not None:
            return closing.end()
    return end


def _document_country(
    index: TextIndex, candidates: list[_Candidate], registry: ActorRegistry
) -> str | None:
    """The country a document is about: its named actors and place names, by vote."""
    votes: collections.Counter[str] = collections.Counter()
    for candidate in candidates:
        entries = candidate.entries
        if entries and entries[0].actor and not any(entry.countries for entry in entries):
            countries = {registry.actors[entry.actor].country for entry in entries}
            if len(countries) == 1 and "" not in countries:  # one name, one country at any date
                votes[countries.pop()] += 1
    words = index.words
    occurrences = index.occurrences
    firsts = registry.country_firsts
    for position in sorted(p for first in firsts for p in occurrences.get(first, ())):
        for length in (1, 2, 3):
            code = registry.country_words.get(tuple(words[position : position + length]))
            if code is not None:
                votes[code.split("-")[0]] += 1
    return votes.most_common(1)[0][0] if votes else None


def _choose(
    entries: tuple[_Entry, ...],
    country: str | None,
    registry: ActorRegistry,
    on: datetime.date | None = None,
) -> Actor | None:
    """The actor an alias names: the only one, or the generic one of the document's country.

    Of several in time, the one valid ``on`` the report's date, a reading bound to a period
    before a timeless one («قوى الأمن الداخلي» in Syria after 2024-12-08); with no date, the
    first.
    """
    local = [entry for entry in entries if country is not None and country in entry.countries]
    specific = [entry for entry in entries if not entry.countries]
    for readings in (local, specific):  # the country's own reading first
        dated = [e for e in readings if on is None or registry.valid(e.actor, on)]
        if on is not None:
            dated.sort(key=lambda entry: entry.actor not in registry.validity)  # stable
        if dated:
            return registry.actors[dated[0].actor]
    if specific:
        return registry.actors[specific[0].actor]  # a name of its own names it at any date
    return None  # a generic name in a document about no known country: not resolved


def find_actors(
    text: str | PreparedText,
    *,
    registry: ActorRegistry | None = None,
    anaphora: bool = False,
    on: datetime.date | None = None,
) -> list[Match[Actor]]:
    """Every named actor in ``text``, in order, with spans into the original.

    ``registry`` replaces the packaged registry (see :func:`load_registry`).
    With ``anaphora``, bare heads such as «التنظيم» are reported too, as the
    actor last named with that head («تنظيم داعش» … «التنظيم»).

    Examples:
        >>> [m.value.id for m in find_actors("هاجم تنظيم داعش مواقع لقوات النظام")]
        ['islamic_state', 'syrian_government_forces']
    """
    prepared = as_prepared(text)
    found = scan_actors(prepared, registry, anaphora=anaphora, on=on)
    if not any(span.actor.country for span in found if not span.anaphoric):
        # no side names the country: its places may («قصف طيران العدوان مديرية حيدان بصعدة»)
        country = places_country(scan_places(prepared))
        if country is not None:
            found = scan_actors(prepared, registry, anaphora=anaphora, on=on, country=country)
    return prepared.matches((span.start, span.end, span.actor) for span in found)
