"""Deaths told by a pronoun or by a bomber's own act, for the events layer.

«ما أدى إلى مقتله» is one death, «مقتلهما» two; «فجر نفسه» is the bomber's own death, which
ACLED counts with the event's.

Examples:
    >>> import conflictparse as cp
    >>> prepared = cp.prepare("أصيب شاب برصاص قناص ما أدى إلى مقتله")
    >>> index = prepared.index
    >>> found = pronoun_deaths(index, "مقتله", index.occurrences["مقتله"])
    >>> [(index.text[s.start:s.end], s.casualty.count.value) for s in found]
    [('مقتله', 1)]
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from conflictparse.entities.casualties import CasualtySpan
from conflictparse.entities.casualty_words import ONE, TWO, kills_alone
from conflictparse.entities.joined_deaths import in_breakdown
from conflictparse.model import Casualty, CasualtyKind
from conflictparse.text.lexicon.casualties import casualty_lexicon
from conflictparse.text.tokens import WORD, TextIndex, without_clitic

__all__ = ["SELF", "bombers_death", "pronoun_deaths", "self_detonations"]


def self_detonations(index: TextIndex, places: Sequence[int]) -> list[CasualtySpan]:
    """The bomber's own death where one «فجر نفسه»: one death, the attacker's (ACLED counts it).

    Not where the sentence tells the bomber's death itself («مقتل الانتحاري»), nor in a
    breakdown («بينهم انتحاري فجر نفسه»).
    """
    found = []
    for position in places:
        start, end = index.starts[position], index.ends[position]
        # «فجر نفسه», «فجر الانتحاري نفسه»: the verb at most two words before
        verb = [word for word in index.before(start, 2) if without_clitic(word.text) in _DETONATED]
        if not verb:
            continue
        words = index.words_in(*index.sentence_at(start))
        told = any(
            kills_alone(first) and second == _BOMBER for first, second in itertools.pairwise(words)
        )
        if told or in_breakdown(index, verb[0].start):
            continue
        casualty = Casualty(kind=CasualtyKind.KILLED, count=ONE, who=None, actor=None)
        found.append(CasualtySpan(verb[0].start, end, casualty))
    return found


SELF = frozenset({"نفسه", "نفسها"})  # «فجر نفسه», «فجرت نفسها» (folded)
_DETONATED = frozenset({"فجر", "فجرت"})
_BOMBER = "الانتحاري"  # «مقتل الانتحاري»: the bomber's death told already


def bombers_death(text: str, item: CasualtySpan) -> bool:
    """Whether ``item`` is the bomber's own death read from «فجر نفسه» (``text`` folded)."""
    words = WORD.findall(text, item.start, item.end)
    return bool(words) and words[-1] in SELF and without_clitic(words[0]) in _DETONATED


def pronoun_deaths(index: TextIndex, word: str, places: Sequence[int]) -> list[CasualtySpan]:
    """One death at each place of ``word``, a death told by a pronoun.

    After a word of result («ما أدى إلى مقتله», «أسفر عن استشهادها»), with the «ل» glued
    («ما أدى لوفاته») or with «ب» glued after a verb of causing («ما تسبب بمقتله»); a verb
    of felling before its state («وأردوه قتيلا»).
    """
    lexicon = casualty_lexicon()
    clitic = (
        word not in lexicon.pronoun_deaths and word not in lexicon.pronoun_deaths_two
    )  # «لوفاته», «وأردوه»
    glued = clitic and word[:1] == "ل"  # «ما أدى لوفاته»: the result told by the «ل»
    two = word[clitic:] in lexicon.pronoun_deaths_two  # «مقتلهما»
    results = lexicon.results
    found = []
    for position in places:
        start = index.starts[position]
        before = index.texts_before(start, 1)
        after = index.after(index.ends[position], 1)
        felled = bool(after) and after[0].text in lexicon.felled_states
        caused = clitic and word[:1] == "ب" and bool(before) and before[0] in lexicon.causes
        if glued or felled or caused or (before and before[0] in results):
            count = TWO if two else ONE
            casualty = Casualty(kind=CasualtyKind.KILLED, count=count, who=None, actor=None)
            found.append(CasualtySpan(start + clitic, index.ends[position], casualty))
    return found
