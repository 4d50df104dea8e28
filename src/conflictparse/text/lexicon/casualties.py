"""The casualty lexicon (``casualties.toml``): count nouns, triggers, victims, totals, breakdowns.

Phrases are tuples of folded words; each phrase table also knows its first
words and its prefixes, so that a reader gives up after one lookup where no
phrase starts.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

import attrs

from conflictparse.model import CasualtyKind
from conflictparse.text.lexicon import Section, load
from conflictparse.text.normalize import fold
from conflictparse.text.tokens import WORD

__all__ = ["CasualtyLexicon", "PhraseKinds", "build", "casualty_lexicon", "phrase_key"]

PhraseKinds = Mapping[tuple[str, ...], CasualtyKind]


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The folded words of ``phrase``: the key of a phrase table."""
    return tuple(WORD.findall(fold(phrase)))


@attrs.frozen(slots=True)
class CasualtyLexicon:
    """Everything the casualty reader looks up, folded."""

    count_nouns: PhraseKinds
    triggers: PhraseKinds
    after_triggers: PhraseKinds
    clause_breaks: frozenset[tuple[str, ...]]
    break_adverbs: frozenset[str]  # «سابق»: «في وقت سابق» is no break
    blockers: frozenset[tuple[str, ...]]
    first_words: Mapping[int, frozenset[str]]  # id of a phrase table → its first words
    prefixes: Mapping[int, frozenset[tuple[str, ...]]]  # id of a phrase table → its prefixes
    blocker_firsts: frozenset[str]
    victims: frozenset[str]
    not_casualties: frozenset[str]
    age_words: frozenset[str]
    totals: frozenset[tuple[str, ...]]
    breakdowns: frozenset[tuple[str, ...]]
    who_stops: frozenset[str]
    one_after_noun: frozenset[str]
    to_words: frozenset[str]
    pronoun_suffixes: tuple[str, ...]
    unsuffixed: frozenset[str]  # «أسرة»: never «أسر» and a pronoun
    made_of: frozenset[str]  # «تضم»: a blocker, but not after a toll's word («الحصيلة تضم»)
    victim_words: frozenset[str]  # «ضحايا»: killed or wounded, by their sentence
    dead_cues: frozenset[tuple[str, ...]]  # «تحت الأنقاض»: the victims are dead
    label_heads: frozenset[str]  # «عدد» in «عدد القتلى: 58»
    more_than_verbs: frozenset[str]  # «تجاوز عدد القتلى 250»
    dual_verbs: frozenset[str]  # «مدنيين قتلا»: two
    construct_duals: frozenset[str]  # «عنصري شرطة»: two
    construct_duals_nominative: frozenset[str]  # «عنصرا شرطة»: two, before «شرطة» only
    not_duals: frozenset[str]  # «فتيان»: a plural, not two
    displaced: frozenset[str]  # «نازح»: a count joined to the dead's is not dead
    force_heads: frozenset[str]  # «قوات» in «6 من قوات حرس الحدود»
    singular_victims: frozenset[str]  # «طفل» in «مقتل طفل»: one death
    another_one: frozenset[str]  # «وآخر في قضاء الحضر»: one more killed, at another place
    each_of: frozenset[str]  # «كل» in «مقتل كل من …»: a list of the victims' names
    named_list_ends: frozenset[str]  # «جراء», «وإصابة»: what ends a list of names
    names_with_waw: frozenset[str]  # «وليد»: a first name, not «و» and a new item
    another_one_not_at: frozenset[str]  # «وآخر في حالة حرجة»: a state, no place
    kin: frozenset[str]  # «مرافق» in «ضابط ومرافقه»: one more death
    victim_complements: frozenset[str]  # «أمن» in «رجل أمن»
    one_of: frozenset[str]  # «أحد» in «مقتل أحد عناصر …»
    one_of_them: frozenset[str]  # «أحدهما» in «مقتل أحدهما»
    against_victim: frozenset[str]  # «بحق» in «إعدام بحق شاب»
    members_in: frozenset[str]  # «ضابط» in «مقتل ضابط في الشرطة»
    killers: frozenset[str]  # «مسلحون مجهولون» in «قتل مسلحون مجهولون شابا»
    killer_groups: frozenset[str]  # «عناصر» in «أعدم عناصر التنظيم شابا»
    killing_times: frozenset[str]  # «اليوم الأحد» in «قتل مسلحون، اليوم الأحد، شابا»
    during_it: frozenset[tuple[str, ...]]  # «خلال الهجوم» in «استشهد خلال الهجوم أحد الشبان»
    besides: frozenset[tuple[str, ...]]  # «إضافة إلى» in «مقتل آمر الفوج إضافة إلى عنصر آخر»
    pronoun_deaths: frozenset[str]  # «مقتله» in «ما أدى إلى مقتله»
    pronoun_deaths_two: frozenset[str]  # «مقتلهما»: two deaths
    felled_states: frozenset[str]  # «قتيلا» in «أردوه قتيلا»
    results: frozenset[str]  # «إلى» in «ما أدى إلى مقتله»
    causes: frozenset[str]  # «تسبب» in «ما تسبب بمقتله»: «ب» glued to the result
    households: frozenset[str]  # «أسرة» in «من أسرتين»: a dual that counts no victims
    lost: frozenset[str]  # «فقد» in «فقد رجل حياته»
    lives: frozenset[str]  # «حياته» in «فقد رجل حياته»
    lives_lost: frozenset[str]  # «حياتهما» in «فقد مدنيان حياتهما»: right after the count
    dead_of_one: frozenset[str]  # «قتيل» in «سقوط قتيل»: a noun that is itself one death
    died_after_victim: frozenset[str]  # «استشهد» in «ومواطن استشهد»: a death of the noun before
    died_after_two: frozenset[str]  # «لقيتا» in «مواطنة وابنتها لقيتا حتفهما»: two deaths
    opens_before_victim: frozenset[str]  # «إن» in «إن مدنيا قتل»: the victim opens what is told
    kills_before_victim: frozenset[str]  # «قضت» in «قضت امرأة»: a death of the noun after only
    bodies_of_one: frozenset[str]  # «جثة» in «العثور على جثة شاب»: one death
    falls: frozenset[str]  # «سقوط» in «سقوط قتيل»: the words that may open it
    list_links: frozenset[str]  # «في» in «قتل 27 في إدلب و25 في درعا»: after each item


def _by_kind(section: Section) -> dict[tuple[str, ...], CasualtyKind]:
    table: dict[tuple[str, ...], CasualtyKind] = {}
    for kind in section:
        try:
            value = CasualtyKind(kind)
        except ValueError:
            raise section.error(kind, "not a casualty kind") from None
        for phrase in section.words(kind):
            key = phrase_key(phrase)
            if key:
                table.setdefault(key, value)
    return table


def _phrases(section: Section, key: str = "words") -> frozenset[tuple[str, ...]]:
    return frozenset(phrase_key(word) for word in section.words(key))


def _folded(section: Section, key: str = "words") -> frozenset[str]:
    return frozenset(fold(word) for word in section.words(key))


def _prefixes(table: PhraseKinds) -> frozenset[tuple[str, ...]]:
    return frozenset(key[:length] for key in table for length in range(1, len(key) + 1))


def build(data: Section) -> CasualtyLexicon:
    """The lexicon from the data of a ``casualties.toml``."""
    count_nouns = _by_kind(data.table("count_nouns"))
    triggers = _by_kind(data.table("triggers"))
    after_triggers = _by_kind(data.table("after_triggers"))
    tables = (count_nouns, triggers, after_triggers)
    blockers = _phrases(data.table("blockers"))
    grammar = data.table("grammar")
    suffixes = tuple(fold(suffix) for suffix in grammar.words("pronoun_suffixes"))
    if list(suffixes) != sorted(suffixes, key=len, reverse=True):
        raise grammar.error("pronoun_suffixes", "list the longest suffixes first")
    return CasualtyLexicon(
        count_nouns=count_nouns,
        triggers=triggers,
        after_triggers=after_triggers,
        clause_breaks=_phrases(data.table("clause_breaks")),
        break_adverbs=frozenset(fold(word) for word in data.table("break_adverbs").words("words")),
        blockers=blockers,
        first_words={id(table): frozenset(key[0] for key in table) for table in tables},
        prefixes={id(table): _prefixes(table) for table in tables},
        blocker_firsts=frozenset(key[0] for key in blockers),
        victims=_folded(data.table("victims")),
        not_casualties=_folded(data.table("not_casualties")),
        age_words=_folded(data.table("age_words")),
        totals=_phrases(data.table("totals")),
        breakdowns=_phrases(data.table("breakdowns")),
        who_stops=_folded(data.table("who_stops")),
        one_after_noun=_folded(grammar, "one_after_noun"),
        to_words=_folded(grammar, "to"),
        pronoun_suffixes=suffixes,
        dead_cues=_phrases(grammar, "dead_cues"),
        during_it=_phrases(grammar, "during_it"),
        besides=_phrases(grammar, "besides"),
        **{name: _folded(grammar, name) for name in _GRAMMAR_WORDS},
    )


#: The word lists of ``[grammar]`` read as they are (folded), each a field of its name.
_GRAMMAR_WORDS = (
    "unsuffixed",
    "made_of",
    "victim_words",
    "label_heads",
    "more_than_verbs",
    "dual_verbs",
    "construct_duals",
    "construct_duals_nominative",
    "not_duals",
    "displaced",
    "force_heads",
    "singular_victims",
    "another_one",
    "another_one_not_at",
    "each_of",
    "named_list_ends",
    "names_with_waw",
    "kin",
    "victim_complements",
    "one_of",
    "one_of_them",
    "against_victim",
    "members_in",
    "killers",
    "killer_groups",
    "killing_times",
    "pronoun_deaths",
    "pronoun_deaths_two",
    "felled_states",
    "results",
    "causes",
    "households",
    "lost",
    "lives",
    "lives_lost",
    "dead_of_one",
    "died_after_victim",
    "died_after_two",
    "opens_before_victim",
    "kills_before_victim",
    "bodies_of_one",
    "falls",
    "list_links",
)


@functools.cache
def casualty_lexicon() -> CasualtyLexicon:
    """The packaged casualty lexicon, read and checked on first use."""
    return build(load("casualties.toml"))
