"""Event types: the ACLED type an event's wording gives, by priority (``data/events.toml``)."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from conflictparse.events.event import SubEventType
from conflictparse.events.raids import (
    air_rank,
    attempted_seizure,
    clash_rank,
    dropped,
    ground_raid,
)
from conflictparse.model import EventType
from conflictparse.text.lexicon.events import TypeWording, event_lexicon
from conflictparse.text.tokens import CLITICS_BUT_KAF, TextIndex, without_clitic

__all__ = [
    "TypeHit",
    "aimed_by_gunmen",
    "at_a_march",
    "read_hits",
    "read_wording",
]

_KEPT = 65536  # words whose rank and mask are remembered before they are forgotten at once


class TypeHit(NamedTuple):
    """The wording that gives a clause its sub-event type, and where it is (folded offsets)."""

    wording: TypeWording
    start: int
    end: int


def at_a_march(index: TextIndex, hit: TypeHit) -> bool:
    """Whether shots are aimed at a march right after them: «النار على المتظاهرين».

    A state force that does so meets the protest (ACLED's intervention or excessive force).
    """
    if not hit.wording.by_victims:
        return False
    following = index.after(hit.end, _AT_MARCH_WORDS)  # «النار على عشرات المتظاهرين»
    return bool(following) and any(
        found.wording.type is EventType.PROTESTS
        for found in read_hits(index, following[0].start, following[-1].end)
    )


_AT_MARCH_WORDS = 2  # the march, and a word of count before it


def read_wording(index: TextIndex, start: int, end: int) -> TypeHit | None:
    """The first wording, by priority, that occurs in ``[start, end)``, at its first place.

    >>> hit = read_wording(TextIndex("قتل مدنيان بغاره جويه"), 0, 21)
    >>> hit.wording.sub_type.value, hit.start, hit.end
    ('air_drone_strike', 11, 21)
    """
    hits = read_hits(index, start, end)
    return min(hits, key=lambda hit: hit.wording.rank, default=None)


def read_hits(index: TextIndex, start: int, end: int) -> list[TypeHit]:
    """Every wording in ``[start, end)``, in order: at each word the best one that starts there.

    >>> [hit.wording.type.value for hit in read_hits(TextIndex("اشتباكات ثم غارات"), 0, 17)]
    ['battles', 'explosions_remote_violence']
    """
    first = bisect.bisect_left(index.starts, start)
    last = bisect.bisect_left(index.starts, end)
    words = index.words[first:last]
    ranks, masks, by_word = _tables()
    lexicon = event_lexicon()
    types = lexicon.types
    hits: list[TypeHit] = []
    covered = 0  # the words up to here belong to a phrase already read («وقف إطلاق النار»)
    muted_to = -1  # where the last wording read as no act ends
    for offset, word in enumerate(words):
        if offset < covered:
            continue
        if word in lexicon.purposes:
            continue  # «لاعتقال مطلوبين»: a purpose, nothing done yet
        best, size = ranks[word], 1
        opened = masks[word]
        if opened:
            heads = _forms(word)[1]
            for rank in range(min(best + 1, len(types))):
                if opened >> rank & 1 and (found := by_word.phrase_at(rank, heads, words, offset)):
                    best, size = rank, found
                    break
        if best == len(types):
            continue
        # «استهدفت الفصائل بصاروخ راجمة، ما أدى إلى انفجارها»: the strike's result
        muted = _led_to_no_act(words, offset, covered, muted_to) or (
            bool(hits) and _a_result(types[best], words, offset, lexicon.results)
        )
        covered = offset + size
        if muted:
            muted_to = covered
            continue
        if _figurative(word, types[best], words[covered : covered + _FIGURE_WORDS]):
            continue  # «الضربات القاسية التي تتلقاها القيادة», «السيطرة على الوضع»
        if word in lexicon.downed_weapons and _downed(hits, index.starts[first + offset]):
            continue  # «أسقطت الدفاعات ثلاث مسيرات»: the drones downed strike nothing
        if dropped(words, offset, size):
            best = air_rank()  # «أسقطت الطائرة 15 قنبلة»: bombs dropped, an air strike
        at = first + offset
        if _quoted(index.text, index.starts[at], index.ends[at + size - 1]):
            continue  # «أحياء "المسبح" و"الضربة"»: a name in quotes, no act
        if types[best].sub_type is SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK and _direct_fire(
            index.text, index.ends[at + size - 1]
        ):
            continue  # «بقذائف من نوع RPG»: fired from the shoulder, no shelling
        if attempted_seizure(types[best].sub_type, words, offset):
            continue  # «تقترب من السيطرة على البلدة»: tried, no seizure
        if size == 1 and ground_raid(words, offset):
            best = clash_rank()  # «غارة شنتها قوات أمريكية خاصة»: a raid on the ground
        hits.append(TypeHit(types[best], index.starts[at], index.ends[at + size - 1]))
    return hits


def _figurative(word: str, wording: TypeWording, after: Sequence[str]) -> bool:
    """Whether a blow or a control is a figure of speech: «ضربة موجعة», «السيطرة على الوضع».

    ``after`` are the words right after the wording.
    """
    lexicon = event_lexicon()
    if word in lexicon.blows:
        return bool(after) and after[0] in lexicon.figures
    if wording.sub_type not in _TAKING:
        return False
    # what is taken: the word after «على» («سيطرت فرق الدفاع المدني على الحريق»), else next
    onto = next((at for at, later in enumerate(after) if later in lexicon.onto), None)
    taken = after[:1] if onto is None else after[onto + 1 : onto + 2]
    return not lexicon.untaken.isdisjoint(taken)


_FIGURE_WORDS = 6  # «فرق الدفاع المدني على الحريق» after «سيطرت»
_TAKING = frozenset(
    {SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, SubEventType.GOVERNMENT_REGAINS_TERRITORY}
)


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether the words ``[start, end)`` stand alone in quotes: a name, not a wording."""
    return text[start - 1 : start] in _QUOTES and text[end : end + 1] in _QUOTES


_QUOTES = frozenset('"“”«»')


def _a_result(
    wording: TypeWording, words: Sequence[str], offset: int, results: frozenset[tuple[str, ...]]
) -> bool:
    """Whether a blast at ``offset`` is what a strike told before caused: «ما أدى إلى انفجارها».

    «أدى لانفجار مستودع»: the lead may be one word before a blast glued to «ل».
    """
    if wording.sub_type is not SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED:
        return False
    before = tuple(words[max(0, offset - 2) : offset])
    return before in results or (words[offset].startswith("ل") and tuple(before[-1:]) in results)


def _downed(hits: list[TypeHit], start: int) -> bool:
    """Whether a weapon at ``start`` is what the wording just before it downed."""
    return (
        bool(hits)
        and hits[-1].wording.sub_type is SubEventType.DISRUPTED_WEAPONS_USE
        and start - hits[-1].end <= _DOWNED_CHARS
    )


_DOWNED_CHARS = 40  # «أسقطت الدفاعات الأرضية للجيش ثلاث مسيرات»: from the verb to the weapon


def _direct_fire(text: str, end: int) -> bool:
    """Whether a shoulder-fired weapon is named right after ``end``: «قذائف من نوع "RBG"»."""
    return _direct_fire_pattern().match(text, end, end + _DIRECT_FIRE_CHARS) is not None


@functools.cache
def _direct_fire_pattern() -> re.Pattern[str]:
    names = sorted(event_lexicon().direct_fire, key=len, reverse=True)
    return re.compile(
        r"\s*(?:من\s+نوع\s*)?[\"«“'(]?\s*(?:" + "|".join(map(re.escape, names)) + ")",
        re.IGNORECASE,
    )


_DIRECT_FIRE_CHARS = 30  # « من نوع "آر بي جي"» after the weapon noun


def _led_to_no_act(words: Sequence[str], offset: int, covered: int, muted_to: int) -> bool:
    """Whether the words before the wording at ``offset`` make it no act.

    A lead («لتنفيذ حملة دهم», «حصيلة الاستهدافات», «سلاح القصف المدفعي»), a record
    («خلايا مسؤولة عن الاغتيالات», «بتهمة تنفيذ تفجيرات»), a place away from it («البعيدة
    عن الاشتباكات»), or a wording read as no act (ending at ``muted_to``) right before it
    («المدفعي») or joined to it by «و» and one noun («ترتفع أعداد الهجمات ومحاولات
    الاغتيال»: the assassinations are counted too).
    """
    if not offset:
        return False
    lexicon = event_lexicon()
    two_before = tuple(words[max(0, offset - 2) : offset])
    return (
        offset == covered == muted_to
        or (offset - 1 == covered == muted_to and words[offset - 1].startswith("و"))
        or _no_act_after(words[offset - 1])
        or two_before in lexicon.records
        or two_before in lexicon.far_from
    )


def _no_act_after(word: str) -> bool:
    """Whether a wording after ``word`` tells no act: «لتنفيذ», «حصيلة», «ساحة», «وقف»."""
    return word in _no_act_leads()


@functools.cache
def _no_act_leads() -> frozenset[str]:
    """The words before a wording that make it no act, as written.

    The leads of a purpose, a tally, a state, a weapon (or one destroyed), a stop or a note,
    and a landmark's noun bare or with a proclitic.
    """
    lexicon = event_lexicon()
    landmarks = set(lexicon.landmarks) | {  # «وقود» is bare, though it opens with «و»
        clitic + noun
        for noun in lexicon.landmarks
        for clitic in CLITICS_BUT_KAF
        if without_clitic(clitic + noun) == noun
    }
    return frozenset(
        lexicon.purpose_leads
        | lexicon.tally_leads
        | lexicon.state_leads
        | lexicon.weapon_leads
        | lexicon.destroyed_leads
        | lexicon.stop_leads
        | lexicon.note_leads
        | landmarks
    )


def aimed_by_gunmen(index: TextIndex, hit: TypeHit) -> bool:
    """Whether gunmen aim a bare «استهداف»: «استهداف مسلحين مجهولين حافلة».

    Right after it («استهدافه من قبل خلايا التنظيم» too), or right before a verb that takes
    no object pronoun: «إن مجهولين استهدفوا الشاب», «مسلحون مجهولون استهدفوا دورية» (not
    «مسلحين استهدفتهم غارة»).
    """
    lexicon = event_lexicon()
    men = lexicon.armed_men
    after = [word.text for word in index.after(hit.end, _BY_MEN_WORDS)]
    if after[:2] == list(_BY):  # «إثر استهدافه من قبل خلايا التنظيم»
        after = after[2:]
    if after and (without_clitic(after[0]) in men or after[0] in lexicon.cells):
        return True
    if index.text[hit.start : hit.end] not in lexicon.aiming_verbs:
        return False
    return any(without_clitic(word) in men for word in index.texts_before(hit.start, 2))


_BY = ("من", "قبل")  # folded
_BY_MEN_WORDS = 3  # «من قبل خلايا» after the aiming word


def _agrees(words: Sequence[str], phrase: tuple[str, ...]) -> bool:
    """The later words of a phrase, as written or with an adjective's article.

    A definite noun takes a definite adjective: «القصف الجوي» is «قصف جوي».
    """
    return len(words) == len(phrase) and all(
        word == wanted or (word.startswith("ال") and word[2:] == wanted)
        for word, wanted in zip(words, phrase, strict=True)
    )


class _WordTable(dict[str, int]):
    """A number per word, computed on first use; at most ``_KEPT`` words are kept."""

    def __init__(self, compute: Callable[[str], int]) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, word: str) -> int:
        if len(self) >= _KEPT:
            self.clear()
        value = self[word] = self.compute(word)
        return value


@functools.cache
def _tables() -> tuple[_WordTable, _WordTable, _ByWord]:
    """Two tables of the words of the text, each filled on first use, and the types by word.

    The first gives the index of the first type a word or its stem gives (the number of
    types if none), the second a bitmask of the types with a phrase it opens.
    """
    by_word = _ByWord(event_lexicon().types)
    return _WordTable(by_word.rank), _WordTable(by_word.mask), by_word


@functools.lru_cache(maxsize=_KEPT)
def _forms(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """The forms a wording may match ``word`` by: without the article, and with it.

    Both drop a proclitic and an object pronoun («تقتحمها» → «تقتحم») and read
    «للطيران» as «الطيران»; the second also drops the article («الاشتباكات» →
    «اشتباكات»), for the wordings whose definite forms are not references
    back to a development already told.
    """
    forms = {word, without_clitic(word)}
    if word.startswith("لل") and len(word) > 4:
        forms.add("ال" + word[2:])
    bare = {form[2:] for form in forms if form.startswith("ال") and len(form) >= 5}
    return _unsuffixed(forms), _unsuffixed(forms | bare)


def _unsuffixed(forms: set[str]) -> frozenset[str]:
    return (
        frozenset(forms)
        | {
            stem[: -len(suffix)]
            for stem in forms
            for suffix in _SUFFIXES
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 3
        }
        | {stem[:-2] for stem in forms if stem.endswith(_PLURAL_VERB) and len(stem) >= 5}
    )


# «ه» alone is left out: after folding it is also the ة of a noun («سيطره»).
_SUFFIXES = ("ها", "هم")
_PLURAL_VERB = "وا"  # «هاجموا», «قصفوا», «اقتحموا»: the verb of a plural subject


class _ByWord:
    """The types by the words that give them and the words that open their phrases.

    A wording with ``listed_only`` is looked up by the forms that keep the article, the
    others also by the bare forms (see :func:`_forms`).
    """

    def __init__(self, types: tuple[TypeWording, ...]) -> None:
        self.none = len(types)
        self.first: tuple[dict[str, int], dict[str, int]] = ({}, {})  # listed only, any form
        self.opens: tuple[dict[str, int], dict[str, int]] = ({}, {})
        self.phrases: list[dict[str, list[tuple[str, ...]]]] = []  # per type, by first word
        for i, wording in enumerate(types):
            by_first: dict[str, list[tuple[str, ...]]] = {}
            for phrase in sorted(wording.phrases, key=len, reverse=True):
                by_first.setdefault(phrase[0], []).append(phrase)
            self.phrases.append(by_first)
            first, opens = self.first[not wording.listed_only], self.opens[not wording.listed_only]
            for word in wording.words:
                first.setdefault(word, i)
            for word in wording.phrase_firsts:
                opens[word] = opens.get(word, 0) | 1 << i

    def rank(self, word: str) -> int:
        """The index of the first type whose words hold a form of ``word``."""
        listed, bare = _forms(word)
        (listed_first, any_first), none = self.first, self.none
        return min(
            min((listed_first.get(form, none) for form in listed), default=none),
            min((any_first.get(form, none) for form in bare), default=none),
        )

    def mask(self, word: str) -> int:
        """The bitmask of the types with a phrase that a form of ``word`` opens."""
        listed, bare = _forms(word)
        listed_opens, any_opens = self.opens
        bits = 0
        for form in listed:
            bits |= listed_opens.get(form, 0)
        for form in bare:
            bits |= any_opens.get(form, 0)
        return bits

    def phrase_at(self, rank: int, heads: frozenset[str], words: Sequence[str], at: int) -> int:
        """The length of the longest phrase of type ``rank`` at word ``at``, or 0.

        ``heads`` are the forms of the word there; the phrase's other words follow as written.
        """
        by_first, longest = self.phrases[rank], 0
        for head in heads:
            for phrase in by_first.get(head, ()):  # the longest first
                if len(phrase) <= longest:
                    break
                if _agrees(words[at + 1 : at + len(phrase)], phrase[1:]):
                    longest = len(phrase)
                    break
        return longest
