"""Aircraft only seen flying, or dropping flares: no incident of their own.

«حلقت طائرة مسيرة في أجواء القرية», «ألقت طائرات النظام قنابل ضوئية فوق البلدة», «حلق الطيران
دون أن ينفذ أي ضربات»; but «تصدت المضادات لمسيرات حلقت في أجواء المدينة» tells an interception.
"""

from __future__ import annotations

from conflictparse.events.parts import Part
from conflictparse.events.types import TypeHit, read_hits
from conflictparse.text.lexicon.events import event_lexicon
from conflictparse.text.phrases import find_phrase
from conflictparse.text.tokens import TextIndex, listed

__all__ = ["SENTENCE_REACH", "overflight"]


def overflight(index: TextIndex, part: Part) -> bool:
    """Whether every wording of a part's sentence tells aircraft flying, or an act not done.

    «حلقت طائرة مسيرة في أجواء القرية», «حلق الطيران دون أن ينفذ أي ضربات»: no incident;
    «تصدت المضادات لمسيرات حلقت في أجواء المدينة» tells an interception.
    """
    if not _flown(index, part.cue):
        return False  # no flight word beside the first wording, nor «دون»: read no other
    # the part's wordings are among the sentence's
    sentence = index.sentence_near(*part.cue, SENTENCE_REACH)
    hits = read_hits(index, *sentence)
    kinds = {hit.wording.sub_type for hit in hits if (hit.start, hit.end) == part.cue} or {
        hit.wording.sub_type for hit in hits
    }
    # the wordings of its kind: a raid beside the flight is told apart («اقتحام المخيم، فيما
    # حلقت طائرات مروحية في أجواء جنين»), a strike of the aircraft is not
    if not _all_flown(index, [hit for hit in hits if hit.wording.sub_type in kinds]):
        return False
    lexicon = event_lexicon()
    met = lexicon.flights_met
    return not any(listed(word, met) for word in index.words_in(*sentence))


def _all_flown(index: TextIndex, hits: list[TypeHit]) -> bool:
    """Whether each wording flies, or is joined by «و» to the one before that does.

    «تحليقا كثيفا للطائرات الاستطلاعية والمسيرة والحربية»: the drones and jets fly too.
    """
    flown_before, end = False, -1
    for hit in hits:
        joined = (
            flown_before
            and index.text.startswith("و", hit.start)
            and len(index.words_in(end, hit.start)) <= _JOINED_WORDS
        )
        flown_before = joined or _flown(index, (hit.start, hit.end))
        if not flown_before:
            return False
        end = hit.end
    return True


_JOINED_WORDS = 2  # «الاستطلاعية» between «للطائرات» and «والمسيرة»


def _flown(index: TextIndex, hit: tuple[int, int]) -> bool:
    """Whether a wording at ``hit`` has a word of flying beside it, or «دون» before it.

    Or aircraft that drop only flares, aid or leaflets: «ألقت طائرات النظام قنابل ضوئية»,
    «ألقت طائرات حاويات تحمل مواد غذائية».
    """
    lexicon = event_lexicon()
    near = [*index.texts_before(hit[0], _FLIGHT_WORDS)]
    after = [word.text for word in index.after(hit[1], _FLARE_WORDS)]
    near += after[:_FLIGHT_WORDS]
    if any(listed(word, lexicon.flights) for word in near):
        return True
    if find_phrase(after, lexicon.flares) is not None:
        return True
    if _airdrop(index, hit):
        return True
    return any(
        listed(word, lexicon.not_done) for word in index.texts_before(hit[0], _NOT_DONE_WORDS)
    )


def _airdrop(index: TextIndex, hit: tuple[int, int]) -> bool:
    """Whether aircraft at ``hit`` drop aid or leaflets: «ألقت طائرات حاويات تحمل مواد غذائية».

    The verb of dropping before the aircraft, as the first word of the wording («ألقت
    مروحيات»), or after them before what they drop («طائرات روسية ترافقها طائرات حربية،
    ألقت حاويات»).
    """
    lexicon = event_lexicon()
    after = [word.text for word in index.after(hit[1], _AIRDROP_WORDS, clause=False)]
    found = find_phrase(after, lexicon.airdrops)
    if found is None:
        return False
    dropping = [*index.texts_before(hit[0], 1), *index.words_in(*hit)[:1], *after[: found[0]]]
    return any(listed(word, lexicon.drops) for word in dropping)


SENTENCE_REACH = 300  # characters read either side of a wording for its sentence
_FLIGHT_WORDS = 3  # a flight verb to the aircraft: «تحلق طائرات الاستطلاع والمسيرة»
_FLARE_WORDS = 6  # words from the aircraft to the flares («طائرة تركية، مساء أمس، قنابل ضوئية»)
_AIRDROP_WORDS = 10  # from the aircraft past their verb to what they drop
_NOT_DONE_WORDS = 4  # words from «دون» to the act not done («دون أن تنفذ أي ضربات»)
