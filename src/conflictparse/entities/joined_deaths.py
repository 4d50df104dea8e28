"""Deaths joined to one already read: «قتل خمسة أطفال وامرأة», «ضابط ومرافقه», «ووالدتها».

A single victim or a kinsman after «و» (or «إضافة إلى») adds one death, two for a dual
(«وطفليه»), to the count or the death of one before it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from conflictparse.entities.casualties import CasualtySpan
from conflictparse.entities.casualty_words import (
    ONE,
    TWO,
    another_one,
    group_of_people,
    singular_victim,
)
from conflictparse.model import Casualty, CasualtyKind, Quantity
from conflictparse.text.lexicon.casualties import casualty_lexicon
from conflictparse.text.phrases import alternation
from conflictparse.text.prepared import PreparedText
from conflictparse.text.tokens import TextIndex, Word

__all__ = ["in_breakdown", "kin_count", "scan_joined_deaths"]

_DUAL = 2
_FIVE_NOUNS = 3  # «أخي», «أبي» (three letters with their ي) are one, not a dual
_SPACES = frozenset(" \t")
_LINKS = frozenset("وبل")  # the proclitics of a word that links, not describes
_KIN_SUFFIXES = ("هما", "ها", "هم", "ه")  # «ومرافقه», «ووالدتها»
_JOINED_MOST = 8  # single victims joined to one death: «رجل وامرأة وطفل …»
_BREAKDOWN_REACH = 6  # words before a count that may open a breakdown of a total
_APPOSITIONS = frozenset({"هم", "وهم", "هن", "وهن"})  # «19 مواطنا هم 5 مواطنات وأربعة أطفال»
_KIN_REACH = 4  # two words of the victim's own, the link and the kinsman: «جيش سابق وزوجته»
_WITH = "مع"  # «مقتل ضابط مع زوجته»
_OF = "من"  # «وآخر من كتيبة …»: another victim, of a group


def scan_joined_deaths(
    prepared: PreparedText, deaths: Sequence[CasualtySpan]
) -> list[CasualtySpan]:
    """The single victims joined by «و» to a death already read, one death each.

    «قتل خمسة أطفال وامرأة», «مقتل ثلاثة عناصر وضابط», «قتل رجل وامرأة», «ضابط ومرافقه»:
    the count or the victim before the «و» is in ``deaths``; what follows adds one.

    >>> import conflictparse as cp
    >>> from conflictparse.entities.singular_deaths import scan_singular_deaths
    >>> prepared = cp.prepare("قتل رجل وامرأة وطفلها")
    >>> first = scan_singular_deaths(prepared, [])
    >>> [s.casualty.who for s in scan_joined_deaths(prepared, first)]
    ['امرأة', 'طفلها']
    """
    index = prepared.index
    found: list[CasualtySpan] = []
    starts = {death.start for death in deaths}  # «وسيدة واحدة»: a count read already
    for death in deaths:
        if death.casualty.kind is not CasualtyKind.KILLED or in_breakdown(index, death.start):
            continue  # «8 قتلى بينهم طفلان وامرأة»: the woman is one of the eight
        end = death.end
        for _ in range(_JOINED_MOST):
            joined = _joined_victim(index, end)
            if joined is None or joined[0] in starts:
                break
            start, end, count = joined
            who = prepared.normalized.written(start, end)
            casualty = Casualty(kind=CasualtyKind.KILLED, count=count, who=who, actor=None)
            found.append(CasualtySpan(start, end, casualty))
    found += _leading_victims(prepared, deaths)
    return found


def _leading_victims(prepared: PreparedText, deaths: Sequence[CasualtySpan]) -> list[CasualtySpan]:
    """The single victim named before «و» and a count of dead told after it: one death each.

    «ضابطا وأربعة جنود قتلوا»: the verb follows both, so the officer is the fifth dead.  A
    victim already read («قتل ضابط وأربعة جنود») or inside a breakdown is not read again.
    """
    index = prepared.index
    read = [(death.start, death.end) for death in deaths]
    ends = {death.end for death in deaths}
    found: list[CasualtySpan] = []
    for death in deaths:
        start = death.start
        if death.casualty.kind is not CasualtyKind.KILLED or index.text[start - 1 : start] != "و":
            continue
        before = index.before(start - 1, 1)
        if not before or not _SPACES.issuperset(index.text[before[0].end : start - 1]):
            continue
        word = before[0]
        if (
            not singular_victim(word.text)
            or any(low <= word.start < high for low, high in read)
            or _right_after(index.text, word.start, ends)  # «عشرين جنديا عراقيا»: its adjective
            or in_breakdown(index, word.start)
        ):
            continue
        who = prepared.normalized.written(word.start, word.end)
        casualty = Casualty(kind=CasualtyKind.KILLED, count=ONE, who=who, actor=None)
        found.append(CasualtySpan(word.start, word.end, casualty))
    return found


def _right_after(text: str, start: int, ends: set[int]) -> bool:
    """Whether only spaces stand between one of ``ends`` and ``start``."""
    while start and text[start - 1] in _SPACES:
        start -= 1
    return start in ends


def _joined_victim(index: TextIndex, end: int) -> tuple[int, int, Quantity] | None:
    """The victim joined right after ``end``: its span, past the link, and how many it names.

    «وامرأة» (one, the «و» left out), «وطفليه» (two), or past «إضافة إلى»: «مقتل آمر
    الفوج إضافة إلى عنصر آخر», «بالإضافة إلى أحد جيرانه» (one of a group).
    """
    after = index.after(end, 3)
    gap = [] if not after else index.text[end : after[0].start].split()
    if len(after) > 1 and _describes(after[0].text) and after[1].text[:1] == "و":
        gap = index.text[end : after[1].start].split()
        after = after[1:]  # past a word of the victim's own: «صاحب المنزل وزوجته»
    if after and len(gap) <= 1 and (not gap or _describes(gap[0])):
        word = after[0]
        if word.text == "و" and len(after) > 1 and _set_apart(index.text, word.end, after[1].start):
            word, after = after[1], after[1:]  # «و» set apart in hasty writing: «جنود و مدني»
            joined = _victim_at(word, 0, after[1:])
        else:
            joined = _victim_at(word, 1, after[1:]) if word.text[:1] == "و" else None
        if joined is not None:
            return joined
    besides = _besides().match(index.text, end)
    after = index.after(besides.end(), 2) if besides else []
    return _victim_at(after[0], 0, after[1:]) if after else _kin_past_words(index, end)


def _kin_past_words(index: TextIndex, end: int) -> tuple[int, int, Quantity] | None:
    """A kinsman named with a pronoun past two words of the victim's own, or after «مع».

    «مقتل ضابط جيش سابق وزوجته», «مقتل ضابط مع زوجته»: the pronoun ties the kinsman to the
    victim before it, one more death (two for a dual).
    """
    after = index.after(end, _KIN_REACH)
    at = 0
    while at < len(after) - 1 and at < _KIN_REACH - 2 and _describes(after[at].text):
        at += 1
    if at >= len(after):
        return None
    word = after[at]
    if word.text == _WITH and at + 1 < len(after):
        word, glued = after[at + 1], 0
    else:
        glued = 1 if word.text[:1] == "و" else -1
    kin = kin_count(word.text[glued:]) if glued >= 0 else 0  # a kinsman with a pronoun
    if not kin:
        return None
    return word.start + glued, word.end, TWO if kin == _DUAL else ONE


def _victim_at(word: Word, glued: int, rest: Sequence[Word]) -> tuple[int, int, Quantity] | None:
    """The victim a word names past ``glued`` letters of a link, with the word after it."""
    text = word.text[glued:]
    kin = kin_count(text)
    if kin or singular_victim(text):
        return word.start + glued, word.end, TWO if kin == _DUAL else ONE  # «وطفليه»: two
    if glued and another_one(word.text) and rest and rest[0].text == _OF:
        return word.start + glued, word.end, ONE  # «عنصرين من حزب الله وآخر من لواء …»
    if text in casualty_lexicon().one_of and rest and group_of_people(rest[0].text):
        return word.start + glued, rest[0].end, ONE  # «وأحد أقاربه»
    return None


def _set_apart(text: str, end: int, start: int) -> bool:
    """Whether only spaces stand between a lone «و» and the next word (not «و18 مسلحا»)."""
    return start > end and _SPACES.issuperset(text[end:start])


def _describes(word: str) -> bool:
    """Whether a word after a victim is its own: a complement or an adjective, not a link.

    «صاحب المنزل», «امرأة حامل», «طفل فلسطيني»; not «في», «بقصف», «أمس» (`who_stops`) nor
    a word after «ب», «ل» or «و» («بغارة», «لقصف», «وإصابة»; «فلسطيني» opens with a «ف» of
    its own).
    """
    if word.startswith("ال"):
        return True
    return word[:1] not in _LINKS and word not in casualty_lexicon().who_stops


@functools.cache
def _besides() -> re.Pattern[str]:
    """«إضافة إلى», «فضلا عن» (folded, from the lexicon), maybe past two words of the victim's own.

    «مقتل آمر الفوج إضافة إلى عنصر آخر»: «الفوج» completes the first victim.
    """
    either = alternation(casualty_lexicon().besides)
    return re.compile(rf"(?:[ \t]++[^\s،,.]++){{0,2}}?[ \t]*+[،,]?[ \t]*+(?:{either})[ \t]++")


def in_breakdown(index: TextIndex, start: int) -> bool:
    """Whether a breakdown of a total («بينهم», «هم») comes shortly before ``start``."""
    breakdowns = casualty_lexicon().breakdowns
    return any(
        (word,) in breakdowns or word in _APPOSITIONS
        for word in index.texts_before(start, _BREAKDOWN_REACH)
    )


def kin_count(word: str) -> int:
    """How many kinsmen or companions a word with a pronoun names: 1, 2 (a dual) or 0.

    «مرافقه», «ووالدتها», «وأخيه»: one; «طفليه», «ولديها», «ابنتيه»: two.
    """
    kin = casualty_lexicon().kin
    for suffix in _KIN_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)]
            if _iskin_count(stem, kin):
                return 1
            if stem.endswith("ي") and _iskin_count(stem[:-1], kin):
                # the oblique dual before a pronoun («طفلي» + «ه»), or «أخيه», «أبيه»: one
                return _DUAL if len(stem) > _FIVE_NOUNS else 1
            return 0
    return 0


def _iskin_count(stem: str, kin: frozenset[str]) -> bool:
    return stem in kin or (stem.endswith("ت") and stem[:-1] + "ه" in kin)
