"""Hypothesis strategies for dates: month names of the four families, Hijri dates, noisy text.

The month tables are written out here, independently of ``data/dates.toml``, so
that a name missing from the lexicon shows up as a failing test rather than as a
silently smaller strategy.  Expected Gregorian values of Hijri dates always come
from ``hijridate`` (the Umm al-Qura tables), never from the code under test.
"""

from __future__ import annotations

import datetime

import hijridate
from hypothesis import strategies as st

from tests.property.strategies import decorate, noisy_text, to_script

__all__ = [
    "EGYPTIAN",
    "FAMILIES",
    "HIJRI_MONTHS",
    "LEVANTINE",
    "MAGHREBI",
    "MOROCCAN",
    "SCRIPTS",
    "gregorian_day_phrases",
    "hijri_day_phrases",
    "hijri_to_gregorian",
    "month_names",
    "noisy_dated_text",
    "numeric_day_phrases",
    "references",
]

SCRIPTS = ("ascii", "arabic", "persian")

# One tuple of spellings per month, January first.
LEVANTINE: tuple[tuple[str, ...], ...] = (
    ("كانون الثاني",),
    ("شباط",),
    ("آذار",),
    ("نيسان",),
    ("أيار",),
    ("حزيران",),
    ("تموز",),
    ("آب",),
    ("أيلول",),
    ("تشرين الأول",),
    ("تشرين الثاني",),
    ("كانون الأول",),
)
EGYPTIAN: tuple[tuple[str, ...], ...] = (
    ("يناير",),
    ("فبراير",),
    ("مارس",),
    ("أبريل", "إبريل"),
    ("مايو",),
    ("يونيو", "يونيه"),
    ("يوليو", "يوليه"),
    ("أغسطس",),
    ("سبتمبر",),
    ("أكتوبر",),
    ("نوفمبر",),
    ("ديسمبر",),
)
MAGHREBI: tuple[tuple[str, ...], ...] = (
    ("جانفي",),
    ("فيفري",),
    ("مارس",),
    ("أفريل",),
    ("ماي",),
    ("جوان",),
    ("جويلية",),
    ("أوت",),
    ("سبتمبر",),
    ("أكتوبر",),
    ("نوفمبر",),
    ("ديسمبر",),
)
MOROCCAN: tuple[tuple[str, ...], ...] = (
    ("يناير",),
    ("فبراير",),
    ("مارس",),
    ("أبريل",),
    ("ماي",),
    ("يونيو",),
    ("يوليوز",),
    ("غشت",),
    ("شتنبر",),
    ("أكتوبر",),
    ("نونبر",),
    ("دجنبر",),
)
FAMILIES: dict[str, tuple[tuple[str, ...], ...]] = {
    "levantine": LEVANTINE,
    "egyptian": EGYPTIAN,
    "maghrebi": MAGHREBI,
    "moroccan": MOROCCAN,
}
_NON_LEVANTINE = (EGYPTIAN, MAGHREBI, MOROCCAN)

# Hijri months with the spellings the guide lists (genitive «ذي», second-word variants).
HIJRI_MONTHS: tuple[tuple[str, ...], ...] = (
    ("محرم",),
    ("صفر",),
    ("ربيع الأول",),
    ("ربيع الآخر", "ربيع الثاني"),
    ("جمادى الأولى", "جمادى الأول"),
    ("جمادى الآخرة", "جمادى الثانية"),
    ("رجب",),
    ("شعبان",),
    ("رمضان",),
    ("شوال",),
    ("ذو القعدة", "ذي القعدة"),
    ("ذو الحجة", "ذي الحجة"),
)

# How news sites pair a Levantine name with its transliteration: «آذار / مارس»,
# «آذار (مارس)», «مارس/آذار», «أكتوبر تشرين الأول».
_PAIR_FORMATS = ("{} / {}", "{}/{}", "{} ({})", "{} {}")


def hijri_to_gregorian(year: int, month: int, day: int) -> datetime.date:
    """The Umm al-Qura conversion, as a plain ``datetime.date``."""
    converted = hijridate.Hijri(year, month, day).to_gregorian()
    return datetime.date(converted.year, converted.month, converted.day)


@st.composite
def month_names(draw: st.DrawFn, month: int) -> str:
    """One way to write Gregorian ``month``: any family's name, or a Levantine pair."""
    single = draw(st.sampled_from(tuple(FAMILIES.values())))[month - 1]
    if draw(st.booleans()):
        return draw(st.sampled_from(single))
    levantine = LEVANTINE[month - 1][0]
    other = draw(st.sampled_from(draw(st.sampled_from(_NON_LEVANTINE))[month - 1]))
    first, second = (levantine, other) if draw(st.booleans()) else (other, levantine)
    return draw(st.sampled_from(_PAIR_FORMATS)).format(first, second)


@st.composite
def gregorian_day_phrases(draw: st.DrawFn) -> tuple[datetime.date, str]:
    """A day 1950–2060 written «D MONTH YYYY», digits in one of the three scripts."""
    day = draw(st.dates(datetime.date(1950, 1, 1), datetime.date(2060, 12, 31)))
    script = draw(st.sampled_from(SCRIPTS))
    name = draw(month_names(day.month))
    text = f"{to_script(str(day.day), script)} {name} {to_script(str(day.year), script)}"
    return day, text


@st.composite
def numeric_day_phrases(draw: st.DrawFn) -> tuple[datetime.date, str]:
    """A day 1950–2060 as «D/M/YYYY», «DD-MM-YYYY» or «YYYY-MM-DD», in one script."""
    day = draw(st.dates(datetime.date(1950, 1, 1), datetime.date(2060, 12, 31)))
    script = draw(st.sampled_from(SCRIPTS))
    pad = draw(st.booleans())
    d, m = (f"{day.day:02d}", f"{day.month:02d}") if pad else (str(day.day), str(day.month))
    layout = draw(st.sampled_from(("dmy/", "dmy-", "iso")))
    if layout == "iso":
        text = f"{day.year}-{day.month:02d}-{day.day:02d}"
    else:
        text = layout[-1].join((d, m, str(day.year)))
    return day, to_script(text, script)


_HIJRI_SUFFIXES = (" هـ", " هـ", " هـ", "هـ", " ه")


@st.composite
def hijri_day_phrases(draw: st.DrawFn) -> tuple[tuple[int, int, int], str]:
    """A Hijri day 1356–1500 AH written «D HMONTH YYYY هـ» (day within the month's length)."""
    year = draw(st.integers(1356, 1500))
    month = draw(st.integers(1, 12))
    length = hijridate.Hijri(year, month, 1).month_length()
    day = draw(st.integers(1, length))
    script = draw(st.sampled_from(SCRIPTS))
    name = draw(st.sampled_from(HIJRI_MONTHS[month - 1]))
    suffix = draw(st.sampled_from(_HIJRI_SUFFIXES))
    text = f"{to_script(str(day), script)} {name} {to_script(str(year), script)}{suffix}"
    return (year, month, day), text


def references() -> st.SearchStrategy[datetime.date]:
    """Publication dates inside the range every calendar here can convert."""
    return st.dates(datetime.date(1950, 1, 1), datetime.date(2060, 12, 31))


_RELATIVE_WORDS = (
    "اليوم",
    "أمس",
    "أمس الأول",
    "غدا",
    "الشهر الماضي",
    "العام الماضي",
    "الأسبوع الماضي",
    "آذار الجاري",
    "نونبر الماضي",
    "خلال الـ 24 ساعة الماضية",
    "منذ 3 أيام",
    "قبل يومين",
    "الأحد",
    "يوم الثلاثاء",
    "ليلة الجمعة",
    "الخميس الماضي",
    "عيد الفطر",
    "ثاني أيام عيد الأضحى",
    "يوم عرفة",
    "شهر رمضان",
    "رمضان 2019",
    "مطلع العام الجاري",
    "April 28, 2018",
    "4th, November 2023",
    "بين 10 و15 آذار 2018",
    "آذار - نيسان 2018",
    "عام 2017",
    "13 رجب 1439 هـ الموافق 30 آذار 2018 م",
)

_CONTEXT_WORDS = (
    "قتل",
    "أصيب",
    "مدنيين",
    "بقصف",
    "مدفعي",
    "على",
    "بلدة",
    "في",
    "ريف",
    "حلب",
    "يوم",
    "صباح",
    "مساء",
    "فجر",
    "الساعة",
    "ساعة",
    "نحو",
    "عام",
    "مارس",
    "آب",
    "بين",
    "من",
    "إلى",
    "و",
    "الماضي",
    "الجاري",
    "الموافق",
    "هـ",
    "م",
)


@st.composite
def _loose_day_phrase(draw: st.DrawFn) -> str:
    """«D MONTH YYYY» with any day 1–31: sometimes a day the month does not have."""
    month = draw(st.integers(1, 12))
    day = draw(st.one_of(st.integers(1, 31), st.integers(29, 31)))
    return f"{day} {draw(month_names(month))} {draw(st.integers(1950, 2060))}"


@st.composite
def _date_token(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 4))
    if kind == 4:
        return draw(_loose_day_phrase())
    if kind == 0:
        return draw(gregorian_day_phrases())[1]
    if kind == 1:
        return draw(hijri_day_phrases())[1]
    if kind == 2:
        return draw(numeric_day_phrases())[1]
    return draw(st.sampled_from(_RELATIVE_WORDS))


_SEPARATORS = (" ", " ", " ", "", "\u00a0", "\u200f ", "، ", "\n", " / ", " - ", " (", ") ")


@st.composite
def noisy_dated_text(draw: st.DrawFn) -> str:
    """Arabic-news-like noise (three digit scripts, marks, punctuation) with dates inside."""
    pieces = draw(
        st.lists(
            st.one_of(
                _date_token(),
                st.sampled_from(_CONTEXT_WORDS),
                noisy_text(),
            ),
            max_size=12,
        )
    )
    out = []
    for piece in pieces:
        out.append(draw(decorate(piece)) if draw(st.integers(0, 3)) == 0 else piece)
        out.append(draw(st.sampled_from(_SEPARATORS)))
    return "".join(out)
