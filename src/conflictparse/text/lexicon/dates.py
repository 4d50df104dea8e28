"""The date lexicon (``dates.toml``): month names, weekdays, relative words, holidays.

Phrases are keyed by their folded, single-spaced form; one phrase may have
several meanings («شباط» is only a month, «أول» a modifier and an ordinal).
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Iterable, Mapping

import attrs

from conflictparse.text.lexicon import Section, load
from conflictparse.text.normalize import fold

__all__ = ["DateKind", "DateLexicon", "DateWord", "build", "date_lexicon"]


class DateKind(enum.Enum):
    """The role of a word or phrase in a date expression."""

    GREGORIAN_MONTH = "gregorian_month"
    HIJRI_MONTH = "hijri_month"
    WEEKDAY = "weekday"
    RELATIVE_DAY = "relative_day"
    MODIFIER = "modifier"
    PERIOD = "period"
    YEAR_MARKER = "year_marker"
    YEAR_SUFFIX = "year_suffix"
    PART = "part"
    ORDINAL_UNIT = "ordinal_unit"
    ORDINAL_TEEN = "ordinal_teen"
    ORDINAL_TENS = "ordinal_tens"
    HOLIDAY = "holiday"
    HOLIDAY_DAY = "holiday_day"
    EVE = "eve"
    DAY = "day"
    NIGHT = "night"
    MONTH = "month"
    OF = "of"
    TO = "to"
    AND = "and"
    WITHIN = "within"
    HOURS = "hours"
    AGO = "ago"
    DAY_UNIT = "day_unit"
    DAY_DUAL = "day_dual"
    WEEK_UNIT = "week_unit"
    WEEK_DUAL = "week_dual"
    WEEKS_UNIT = "weeks_unit"
    LAST_OF = "last_of"
    BARE_WEEKDAY = "bare_weekday"
    RECENT = "recent"
    DAY_PART = "day_part"
    REST = "rest"
    OFFSET_BACK = "offset_back"
    OFFSET_AHEAD = "offset_ahead"
    FROM_NOW = "from_now"
    MONTH_UNIT = "month_unit"
    MONTH_DUAL = "month_dual"
    YEAR_UNIT = "year_unit"
    YEAR_DUAL = "year_dual"
    BEFORE_LAST = "before_last"


#: The ``value`` of a holiday's name that names it only after a day word: «أول أيام الأضحى».
SHORT_HOLIDAY = 1
#: Joins the labels of holidays one name may mean: «العيد» is either Eid.
HOLIDAY_CHOICE = "|"


@attrs.frozen(slots=True)
class DateWord:
    """One meaning of a date phrase: its role, a number and a label.

    ``value`` is a month, weekday, offset or day; ``label`` names a modifier
    («last»), a period («month»), a calendar («hijri») or a holiday.
    """

    kind: DateKind
    value: int = 0
    label: str = ""


@attrs.frozen(slots=True)
class DateLexicon:
    """Date phrases keyed by their folded, single-spaced form."""

    phrases: Mapping[str, tuple[DateWord, ...]]
    first_words: frozenset[str]  # the first word of every phrase, for a quick «no»
    prefixes: frozenset[tuple[str, ...]]  # the words of every phrase's beginnings
    extendable: frozenset[tuple[str, ...]]  # the beginnings that a longer phrase continues
    longest: int  # words in the longest phrase
    ambiguous_months: frozenset[str]
    twin_words: tuple[str, ...]  # «الموافق»: a date and its twin in the other calendar
    range_openers: tuple[str, ...]  # «بين», «من» before the first day of a range, longest first
    not_a_day_after: frozenset[str]  # «اليوم نفسه»: «اليوم» that names no day
    same_day_before: frozenset[str]  # «ذات اليوم», «نفس اليوم»: the same day, not today
    not_a_day_before: frozenset[str]  # «فلسطين اليوم»: the name of an outlet
    outlet_words: frozenset[str]  # «نقلت فلسطين اليوم»: what tells it is an outlet
    name_heads: frozenset[str]  # «حي مايو», «جسر 14 تموز»: a date that names a place
    name_tails: frozenset[str]  # «سبتمبر نت»: a date that names a website
    teen_tails: frozenset[str]  # «الأحد عشر»: a weekday's word that begins a number
    fraction_words: frozenset[str]  # «النصف الأول»: an ordinal of a fraction, not a day
    between: frozenset[str]  # «بين 10 و15 آذار»: «و» joins a range
    bare_year_parts: frozenset[str]  # «مطلع 2024»: part words before a bare year
    bare_year_words: frozenset[str]  # «في 2019»: prepositions before a bare year
    two_days: frozenset[str]  # «يومي الخميس والجمعة»: «و» joins two weekdays
    in_a_row: frozenset[str]  # «الجمعة الثانية على التوالي»: a count of weekdays, no date
    anniversary: frozenset[str]  # «مثل هذا اليوم من عام 2015»: the same day of another year
    night_joints: frozenset[str]  # «ليلة السبت على الأحد»: a night that runs into the next day
    night_starts: frozenset[str]  # «ليل أمس»: a date told as a night
    dawn_words: frozenset[str]  # «فجر اليوم» after a night: the night's second day
    single_units: frozenset[str]  # «بعد شهر من الآن»: a unit that counts one alone
    counted_from: frozenset[str]  # «قبل يومين من الهجوم»: days before another event
    dateline_agencies: frozenset[str]  # «بغداد - 9 - 12 (كونا)»: day and month before it


def _key(form: str) -> str:
    return " ".join(fold(form).split())


def _number(section: Section, key: str) -> int:
    try:
        return int(key)
    except ValueError:
        raise section.error(key, "expected a number as the key") from None


def build(data: Section) -> DateLexicon:
    """The lexicon from the data of a ``dates.toml``."""
    phrases: dict[str, list[DateWord]] = {}

    def add(forms: Iterable[str], word: DateWord) -> None:
        for form in forms:
            meanings = phrases.setdefault(_key(form), [])
            if word not in meanings:
                meanings.append(word)

    numbered = (
        ("gregorian_months", DateKind.GREGORIAN_MONTH),
        ("hijri_months", DateKind.HIJRI_MONTH),
        ("weekdays", DateKind.WEEKDAY),
        ("bare_weekdays", DateKind.BARE_WEEKDAY),
        ("relative_days", DateKind.RELATIVE_DAY),
    )
    for name, kind in numbered:
        section = data.table(name)
        for number in section:
            add(section.words(number), DateWord(kind, _number(section, number)))
    labelled = (
        ("modifiers", DateKind.MODIFIER),
        ("periods", DateKind.PERIOD),
        ("year_suffixes", DateKind.YEAR_SUFFIX),
        ("parts", DateKind.PART),
    )
    for name, kind in labelled:
        section = data.table(name)
        for label in section:
            add(section.words(label), DateWord(kind, 0, label))
    add(data.table("year_markers").words("before"), DateWord(DateKind.YEAR_MARKER))
    _add_ordinals(data.table("ordinal_days"), add)
    _add_holidays(data.table("holidays"), add)
    _add_words(data.table("words"), add)
    links = data.table("links")
    return DateLexicon(
        phrases={key: tuple(value) for key, value in phrases.items()},
        first_words=frozenset(key.split()[0] for key in phrases),
        prefixes=frozenset(
            tuple(words[:length])
            for words in map(str.split, phrases)
            for length in range(1, len(words) + 1)
        ),
        extendable=frozenset(
            tuple(words[:length])
            for words in map(str.split, phrases)
            for length in range(1, len(words))
        ),
        longest=max(len(key.split()) for key in phrases),
        ambiguous_months=frozenset(map(_key, data.table("ambiguous").words("months"))),
        twin_words=tuple(map(_key, links.words("twin"))),
        range_openers=tuple(sorted(map(_key, links.words("range_openers")), key=len, reverse=True)),
        **{name: frozenset(map(_key, links.words(name))) for name in _LINK_SETS},
    )


#: The [links] lists kept as sets of folded phrases, each under its own field.
_LINK_SETS = (
    "not_a_day_after",
    "same_day_before",
    "not_a_day_before",
    "outlet_words",
    "name_heads",
    "name_tails",
    "teen_tails",
    "fraction_words",
    "between",
    "bare_year_parts",
    "bare_year_words",
    "two_days",
    "in_a_row",
    "anniversary",
    "night_joints",
    "night_starts",
    "dawn_words",
    "single_units",
    "counted_from",
    "dateline_agencies",
)


_Add = Callable[[Iterable[str], DateWord], None]


def _add_words(words: Section, add: _Add) -> None:
    for name in words:
        try:
            kind = DateKind(name)
        except ValueError:
            raise words.error(name, "not a kind of date word") from None
        add(words.words(name), DateWord(kind))


def _add_ordinals(ordinals: Section, add: _Add) -> None:
    for entry in ordinals.tables("units"):
        add(entry.words("forms"), DateWord(DateKind.ORDINAL_UNIT, entry.integer("value")))
    add(ordinals.words("teen"), DateWord(DateKind.ORDINAL_TEEN, 10))
    for entry in ordinals.tables("tens"):
        add(entry.words("forms"), DateWord(DateKind.ORDINAL_TENS, entry.integer("value")))


def _add_holidays(holidays: Section, add: _Add) -> None:
    eids = []
    for calendar in ("hijri", "gregorian"):
        for entry in holidays.tables(calendar):
            label = f"{calendar}:{entry.integer('month')}:{entry.integer('day')}"
            add(entry.words("forms"), DateWord(DateKind.HOLIDAY, 0, label))
            if short := entry.words("short_forms", required=False):
                eids.append(label)
                add(short, DateWord(DateKind.HOLIDAY, SHORT_HOLIDAY, label))
    add(holidays.words("easter"), DateWord(DateKind.HOLIDAY, 0, "easter"))
    either = HOLIDAY_CHOICE.join(eids)
    add(holidays.words("either_eid"), DateWord(DateKind.HOLIDAY, SHORT_HOLIDAY, either))
    for entry in holidays.tables("day_words"):
        add(entry.words("forms"), DateWord(DateKind.HOLIDAY_DAY, entry.integer("value")))
    add(holidays.words("eve"), DateWord(DateKind.EVE))


@functools.cache
def date_lexicon() -> DateLexicon:
    """The packaged date lexicon, read and checked on first use."""
    return build(load("dates.toml"))
