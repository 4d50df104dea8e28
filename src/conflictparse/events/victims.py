"""Who the victims are: civilians («قتل 5 مدنيين», «مقتل طفل») or fighters («عنصر», «رجل أمن»).

The events layer reads a count's noun to tell whether an incident's victims are civilians
(ACLED's attack on civilians, UCDP's one-sided violence) or fighters of some side.

Examples:
    >>> import conflictparse as cp
    >>> from conflictparse.entities.casualties import scan_casualties
    >>> found, _ = scan_casualties(cp.prepare("قتل 5 مدنيين"))
    >>> civilian_victims(found).casualty.who
    'مدنيين'
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from conflictparse.entities.actors import ActorSpan
from conflictparse.entities.casualties import CasualtySpan
from conflictparse.entities.joined_deaths import kin_count
from conflictparse.model import CasualtyKind
from conflictparse.text.lexicon.casualties import casualty_lexicon
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.normalize import fold
from conflictparse.text.tokens import WORD, TextIndex, without_clitic

__all__ = [
    "civilian_breakdown",
    "civilian_person",
    "civilian_victims",
    "civilians_of",
    "fighters_killed",
    "people_of_a_place",
]

_PEOPLE_WORDS = 4  # «يقطنه مواطنون من مكون» before a tribe
_HOUSEHOLD_WORDS = 3  # «أفراد من أسرة» at the head of who the count names


def civilian_victims(
    casualties: Sequence[CasualtySpan], *, sub_counts: bool = True, persons: bool = True
) -> CasualtySpan | None:
    """The first count of civilians harmed or taken: «قتل 5 مدنيين», «اختطاف 3 أطفال».

    With ``sub_counts``, a sub-count says so too («40 شهيدا بينهم 21 من عائلة واحدة»);
    with ``persons``, so do «أشخاص», «مواطنين» (in a clash they may be fighters).
    """
    lexicon = event_lexicon()
    nouns = (
        lexicon.civilians - lexicon.persons if not persons else lexicon.civilians | lexicon.persons
    )
    for item in casualties:
        casualty = item.casualty
        if (casualty.breakdown and not sub_counts) or not casualty.who:
            continue  # in a clash, «بينهم 3 أطفال» says who died
        words = WORD.findall(fold(casualty.who))  # «مدنيين، من نازحي …»: no comma on a word
        if _retired(words):
            return item  # «ضابط متقاعد في الأمن السياسي»: no longer of the forces
        if casualty.actor is not None:
            continue
        if _persons_of_forces(words) or _fighters(words):
            continue  # «7 أشخاص من رجال الشرطة»: persons, but of the forces; «رجل أمن»
        if len(words) > 1 and words[0] in casualty_lexicon().one_of:
            words = [_plural_head(words[1])]  # «أحد مهندسي الشركة»: one of its engineers
        if words[0] in nouns or _bare(words[0]) in nouns or kin_count(words[0]):
            return item  # kin named by their bond to a victim: «مقتل ضابط سابق مع زوجته»
        if any(word in lexicon.households for word in words[:_HOUSEHOLD_WORDS]):
            return item  # «5 أفراد من أسرة واحدة»: the dead of a household
    return None


def civilians_of(
    index: TextIndex, casualties: Sequence[CasualtySpan], *, clash: bool
) -> CasualtySpan | None:
    """The count of civilian victims, told by its noun or, outside a clash, by its breakdown.

    «قتل 5 مدنيين»; «قتل خمسة في دوما، بينهم أطفال ونساء».
    """
    civilians = civilian_victims(casualties, sub_counts=not clash, persons=not clash)
    if civilians is None and not clash:
        civilians = civilian_breakdown(index, casualties)
    return civilians


def civilian_breakdown(index: TextIndex, casualties: Sequence[CasualtySpan]) -> CasualtySpan | None:
    """The first count of dead or wounded that civilians without a count are among.

    «قتل خمسة في دوما، بينهم أطفال ونساء», «أربعة آخرون -بينهم سيدة-», «12 قتيلا في صفوف
    المدنيين»: a breakdown word (or `roles.among`) within a few words of the count, then a
    civilian noun.
    """
    breakdowns = _breakdown_leads()
    nouns = event_lexicon().civilians
    for item in casualties:
        if item.casualty.actor is not None or item.casualty.kind is CasualtyKind.CAPTURED:
            continue
        words = [word.text for word in index.after(item.end, _BREAKDOWN_REACH)]
        for at, word in enumerate(words[:-1]):
            size = 2 if tuple(words[at : at + 2]) in breakdowns else 1
            if size == 1 and (word,) not in breakdowns:
                continue
            after = words[at + size : at + size + 1]
            if after and (after[0] in nouns or _bare(after[0]) in nouns):
                return item
            break
    return None


@functools.cache
def _breakdown_leads() -> frozenset[tuple[str, ...]]:
    """The words before the civilians a count is told among: «بينهم», «في صفوف»."""
    return casualty_lexicon().breakdowns | event_lexicon().among


_BREAKDOWN_REACH = 5  # «قتل خمسة في دوما، بينهم أطفال»: a place between the count and «بينهم»


def civilian_person(words: Sequence[str]) -> bool:
    """Whether folded ``words`` open with a person who is no fighter: «رجل وابنه», not «رجل أمن».

    >>> civilian_person(["رجلين", "في"]), civilian_person(["رجل", "امن"])
    (True, False)
    """
    return bool(words) and _bare(words[0]) in event_lexicon().persons and not _fighters(words)


def fighters_killed(casualties: Sequence[CasualtySpan]) -> bool:
    """Whether the killed are all told as fighters or security men: «عنصر», «رجل أمن»."""
    killed = [item.casualty.who for item in casualties if item.casualty.kind is CasualtyKind.KILLED]
    return bool(killed) and all(
        who and _fighters(words := WORD.findall(fold(who))) and not _retired(words)
        for who in killed
    )


def _retired(words: Sequence[str]) -> bool:
    """Whether the victims are retired from the forces: «ضابط متقاعد», «عقيد متقاعد»."""
    retired = event_lexicon().retired
    return any(word in retired for word in words[:_RETIRED_REACH])


_RETIRED_REACH = 3  # «عقيد ركن متقاعد»


def _fighters(words: Sequence[str]) -> bool:
    lexicon = event_lexicon()
    return bool(words) and (
        tuple(words[:1]) in lexicon.fighters
        or tuple(words[:2]) in lexicon.fighters
        or words[0] in lexicon.soldiers
        or (_bare(words[0]),) in lexicon.fighters  # «القيادي», «العنصر»
    )


def _persons_of_forces(words: Sequence[str]) -> bool:
    """Whether the victims are persons «من» a state's forces: «أشخاص من عناصر الجيش»."""
    lexicon = event_lexicon()
    return (
        len(words) > _PERSONS_OF
        and words[1] == "من"
        and (
            without_clitic(words[2]) in lexicon.state_forces
            or without_clitic(words[2]) in lexicon.force_members
        )
    )


_PERSONS_OF = 2  # «أشخاص», «من» and the forces' noun


def _plural_head(word: str) -> str:
    """The singular a construct plural is read by: «مهندسي» → «مهندس», «موظفي» → «موظف»."""
    return word[:-1] if word.endswith("ي") and len(word) > _SHORTEST_PLURAL else word


_SHORTEST_PLURAL = 4  # «عمال»'s construct «عمالي» is not read; «مهندسي» is


def _bare(word: str) -> str:
    """``word`` without a proclitic and the article: «والمدنيين» → «مدنيين»."""
    word = without_clitic(word)
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def people_of_a_place(index: TextIndex, span: ActorSpan) -> bool:
    """Whether a tribe is named as the people of a place or its victims' kin, not a side.

    «حي يقطنه مواطنون من مكون التبو», «القتلى من قبيلة التبو».
    """
    lexicon = event_lexicon()
    if span.actor.id not in lexicon.communities:
        return False
    before = index.texts_before(span.start, _PEOPLE_WORDS)
    return any(without_clitic(word) in lexicon.community_people for word in before)
