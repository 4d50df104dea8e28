"""Hypothesis strategies: Arabic number words and noisy Arabic news text.

``spell(n, pick)`` writes an integer 0..999,999,999 in Arabic words; every
spelling choice (gender of the counted noun, case ending, مئة or مائة, joined or
separate hundreds, «وعشرون» or «و عشرون», missing hamzas, ة/ه and ى/ي) goes
through ``pick``, which returns one of the options it is given. The strategy
draws the choices; the tests of this module pin the spellings with a picker that
always takes the first (standard) option or always the last (most variant) one.

Grammar followed (Modern Standard Arabic, as in news text):

- 1 and 2 agree with the counted noun; 3–10 take the opposite gender (polarity):
  «ثلاثة عناصر», «ثلاث نساء».
- 11 «أحد عشر / إحدى عشرة», 12 «اثنا عشر / اثني عشر / اثنتا عشرة / اثنتي عشرة»,
  13–19 unit with polarity + عشر/عشرة: «ثلاثة عشر», «ثلاث عشرة», «ثماني عشرة».
- 21–99: units first, then و and the tens: «ستة وتسعون», «إحدى وعشرون».
- Tens and the duals take the case ending: nominative «عشرون / اثنان / مئتان / ألفان»,
  oblique «عشرين / اثنين / مئتين / ألفين»; one case per number.
- ألف and مليون are masculine, so their counts take the feminine-looking form
  («ثلاثة آلاف»); 3–10 are followed by the plural (آلاف, ملايين), 11–99 by the
  accusative singular («أحد عشر ألفاً», also written «ألفا» or «ألف» in news),
  round hundreds by the genitive singular in construct («مئة ألف», «مئتا ألف»).
- 101,000 and 102,000 (and the same for millions) follow the traditional
  «مئة ألف وألف», «مئة ألف وألفان»: every component is smaller than the one
  before it, so a reader never has to guess whether «و» adds or lists.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from hypothesis import strategies as st

__all__ = [
    "ARABIC_INDIC_DIGITS",
    "PERSIAN_DIGITS",
    "Pick",
    "arabic_number_words",
    "decorate",
    "noisy_text",
    "pick_first",
    "pick_last",
    "spell",
    "to_script",
]

Pick = Callable[[Sequence[str]], str]

ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"  # U+0660..U+0669
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"  # U+06F0..U+06F9


def pick_first(options: Sequence[str]) -> str:
    return options[0]


def pick_last(options: Sequence[str]) -> str:
    return options[-1]


def to_script(ascii_text: str, script: str) -> str:
    """Rewrite the ASCII digits of ``ascii_text`` in ``script`` ("ascii", "arabic", "persian")."""
    if script == "ascii":
        return ascii_text
    digits = ARABIC_INDIC_DIGITS if script == "arabic" else PERSIAN_DIGITS
    return ascii_text.translate(str.maketrans("0123456789", digits))


# Forms used with a masculine counted noun ("m") and with a feminine one ("f").
# Index 1..10; 1 and 2 agree with the noun, 3..10 show polarity.
_UNITS_ALONE: dict[str, dict[int, tuple[str, ...]]] = {
    "m": {
        1: ("واحد",),
        3: ("ثلاثة",),
        4: ("أربعة",),
        5: ("خمسة",),
        6: ("ستة",),
        7: ("سبعة",),
        8: ("ثمانية",),
        9: ("تسعة",),
        10: ("عشرة",),
    },
    "f": {
        1: ("واحدة",),
        3: ("ثلاث",),
        4: ("أربع",),
        5: ("خمس",),
        6: ("ست",),
        7: ("سبع",),
        8: ("ثماني", "ثمان"),
        9: ("تسع",),
        10: ("عشر",),
    },
}

_TWO: dict[tuple[str, str], str] = {
    ("m", "nom"): "اثنان",
    ("m", "obl"): "اثنين",
    ("f", "nom"): "اثنتان",
    ("f", "obl"): "اثنتين",
}

# The unit in front of the tens («واحد وعشرون», «إحدى وعشرون»).
_ONE_BEFORE_TENS: dict[str, tuple[str, ...]] = {"m": ("واحد", "أحد"), "f": ("إحدى",)}

_TEENS_11_12: dict[tuple[str, str], dict[int, str]] = {
    ("m", "nom"): {11: "أحد عشر", 12: "اثنا عشر"},
    ("m", "obl"): {11: "أحد عشر", 12: "اثني عشر"},
    ("f", "nom"): {11: "إحدى عشرة", 12: "اثنتا عشرة"},
    ("f", "obl"): {11: "إحدى عشرة", 12: "اثنتي عشرة"},
}

# 13..19: the unit with polarity, then عشر (masculine noun) or عشرة (feminine noun).
_TEEN_UNIT: dict[str, dict[int, str]] = {
    "m": {3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية", 9: "تسعة"},
    "f": {3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثماني", 9: "تسع"},
}
_TEEN_TEN = {"m": "عشر", "f": "عشرة"}

_TENS: dict[str, dict[int, str]] = {
    "nom": {
        2: "عشرون",
        3: "ثلاثون",
        4: "أربعون",
        5: "خمسون",
        6: "ستون",
        7: "سبعون",
        8: "ثمانون",
        9: "تسعون",
    },
    "obl": {
        2: "عشرين",
        3: "ثلاثين",
        4: "أربعين",
        5: "خمسين",
        6: "ستين",
        7: "سبعين",
        8: "ثمانين",
        9: "تسعين",
    },
}

# 3..9 hundreds: the stem written joined to مئة/مائة, and written apart.
_HUNDRED_STEM_JOINED = {
    3: "ثلاث",
    4: "أربع",
    5: "خمس",
    6: "ست",
    7: "سبع",
    8: "ثمان",
    9: "تسع",
}
_HUNDRED_STEM_APART = {**_HUNDRED_STEM_JOINED, 8: "ثماني"}

_TWO_HUNDRED: dict[tuple[bool, str], tuple[str, ...]] = {
    # (construct, case): standalone «مئتان», in construct before ألف/مليون «مئتا ألف».
    (False, "nom"): ("مئتان", "مائتان"),
    (False, "obl"): ("مئتين", "مائتين"),
    (True, "nom"): ("مئتا", "مائتا"),
    (True, "obl"): ("مئتي", "مائتي"),
}

# Scale words: singular, dual (nom, obl), plural after 3..10, accusative after 11..99.
_SCALES: dict[int, dict[str, tuple[str, ...]]] = {
    1000: {
        "one": ("ألف",),
        "nom": ("ألفان",),
        "obl": ("ألفين",),
        "plural": ("آلاف",),
        "accusative": ("ألفاً", "ألفا", "ألف"),
    },
    1_000_000: {
        "one": ("مليون",),
        "nom": ("مليونان",),
        "obl": ("مليونين",),
        "plural": ("ملايين",),
        "accusative": ("مليوناً", "مليونا", "مليون"),
    },
}

_JOINS = (" و", " و ")


class _Speller:
    def __init__(self, pick: Pick) -> None:
        self.pick = pick
        self.case = pick(("nom", "obl"))
        self.gender = pick(("m", "f"))

    def join(self, parts: Sequence[str]) -> str:
        text = parts[0]
        for part in parts[1:]:
            text += self.pick(_JOINS) + part
        return text

    def hundreds(self, h: int, *, construct: bool) -> str:
        if h == 1:
            return self.pick(("مئة", "مائة"))
        if h == 2:
            return self.pick(_TWO_HUNDRED[construct, self.case])
        joined = _HUNDRED_STEM_JOINED[h]
        apart = _HUNDRED_STEM_APART[h]
        return self.pick((joined + "مئة", joined + "مائة", apart + " مئة", apart + " مائة"))

    def below_hundred(self, r: int, gender: str) -> str:
        if r == 2:
            return _TWO[gender, self.case]
        if r <= 10:
            return self.pick(_UNITS_ALONE[gender][r])
        if r <= 12:
            return _TEENS_11_12[gender, self.case][r]
        if r < 20:
            return _TEEN_UNIT[gender][r - 10] + " " + _TEEN_TEN[gender]
        tens, unit = divmod(r, 10)
        tens_word = _TENS[self.case][tens]
        if unit == 0:
            return tens_word
        if unit == 1:
            unit_word = self.pick(_ONE_BEFORE_TENS[gender])
        elif unit == 2:
            unit_word = _TWO[gender, self.case]
        else:
            unit_word = self.pick(_UNITS_ALONE[gender][unit])
        return self.join([unit_word, tens_word])

    def group(self, g: int, gender: str, *, construct: bool = False) -> str:
        """Spell 1..999; ``construct`` when a scale word follows a round hundred."""
        h, r = divmod(g, 100)
        parts = []
        if h:
            parts.append(self.hundreds(h, construct=construct and r == 0))
        if r:
            parts.append(self.below_hundred(r, gender))
        return self.join(parts)

    def scaled(self, count: int, scale: int) -> str:
        """Spell ``count * scale`` for count 1..999 (the counted noun is masculine)."""
        words = _SCALES[scale]
        if count == 1:
            return self.pick(words["one"])
        if count == 2:
            return self.pick(words[self.case])
        rest = count % 100
        if count > 100 and rest in (1, 2):
            # «مئة ألف وألف», «ثلاثمئة مليون ومليونان»
            head = self.group(count - rest, "m", construct=True) + " " + self.pick(words["one"])
            tail = self.pick(words["one"]) if rest == 1 else self.pick(words[self.case])
            return self.join([head, tail])
        if 3 <= rest <= 10:
            noun = self.pick(words["plural"])
        elif rest >= 11:
            noun = self.pick(words["accusative"])
        else:  # a round hundred: genitive singular, the hundred in construct
            noun = self.pick(words["one"])
        return self.group(count, "m", construct=rest == 0) + " " + noun

    def number(self, n: int) -> str:
        if n == 0:
            return "صفر"
        millions, below_million = divmod(n, 1_000_000)
        thousands, rest = divmod(below_million, 1000)
        parts = []
        if millions:
            parts.append(self.scaled(millions, 1_000_000))
        if thousands:
            parts.append(self.scaled(thousands, 1000))
        if rest:
            parts.append(self.group(rest, self.gender))
        return self.join(parts)


_HAMZA_DROP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})


def _variant(word: str, pick: Pick) -> str:
    """Spelling variants that writers use and normalisation folds away."""
    if any(letter in word for letter in "أإآ"):
        word = pick((word, word.translate(_HAMZA_DROP)))  # «اربعة», «احدى», «الف»
    for prefix in ("اثن", "واثن"):
        if word.startswith(prefix):
            cut = len(prefix) - 3
            word = pick((word, word[:cut] + "إثن" + word[cut + 3 :]))  # «إثنا عشر»
    if word.endswith("ة"):
        word = pick((word, word[:-1] + "ه"))  # «اربعه»
    elif word.endswith("ى"):
        word = pick((word, word[:-1] + "ي"))  # «إحدي»
    elif word.endswith("ي"):
        word = pick((word, word[:-1] + "ى"))  # «اثنى عشر», «ثمانى»
    return word


def spell(n: int, pick: Pick) -> str:
    """Arabic words for ``0 <= n <= 999_999_999``, each choice made by ``pick``.

    >>> spell(96, pick_first)
    'ستة وتسعون'
    """
    if not 0 <= n <= 999_999_999:
        msg = f"cannot spell {n}"
        raise ValueError(msg)
    words = _Speller(pick).number(n).split(" ")
    return " ".join(_variant(word, pick) for word in words)


_SPECIAL_NUMBERS = (
    0, 1, 2, 8, 10, 11, 12, 18, 19, 20, 21, 22, 96, 100, 101, 102, 110, 111, 200, 208, 800,
    999, 1000, 1001, 1002, 2000, 2002, 3000, 10_000, 11_000, 12_000, 100_000, 101_000,
    102_000, 103_000, 200_000, 202_000, 250_000, 1_000_000, 1_001_000, 2_000_000,
    3_000_000, 11_000_000, 101_000_000, 102_000_000, 200_000_000, 999_999_999,
)  # fmt: skip

_NUMBERS = st.one_of(
    st.sampled_from(_SPECIAL_NUMBERS),
    st.integers(0, 20),
    st.integers(21, 999),
    st.integers(1000, 999_999),
    st.integers(1_000_000, 999_999_999),
    st.integers(1, 999).map(lambda k: k * 1000),
    st.integers(1, 999).map(lambda k: k * 1_000_000),
)


@st.composite
def arabic_number_words(draw: st.DrawFn) -> tuple[int, str]:
    """An integer 0..999,999,999 and one of its Arabic spellings."""
    n = draw(_NUMBERS)

    def pick(options: Sequence[str]) -> str:
        return draw(st.sampled_from(options))

    return n, spell(n, pick)


# --- noisy text ---------------------------------------------------------------

TATWEEL = "\u0640"
DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0653))  # fathatan .. sukun
BIDI_MARKS = "\u200f\u061c\u202b\u202c\u200e"
ZERO_WIDTH = "\u200b\u200c\u200d"
INVISIBLE = TATWEEL + DIACRITICS + BIDI_MARKS + ZERO_WIDTH

_WORDS = (
    # qualifiers and range words
    "نحو", "بنحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما", "لا", "يقل", "يزيد", "عن", "على",
    "يقارب", "يناهز", "يربو", "تقريباً", "الأقل", "أكثر", "أقل", "من", "إلى", "الى", "بين",
    "دون", "حتى",
    # vague and scale words
    "بضع", "بضعة", "عشرات", "العشرات", "والعشرات", "مئات", "المئات", "آلاف", "الآلاف", "ألف",
    "ألفاً", "ألفين", "ألفان", "مليون", "ملايين", "مليار", "مئة", "مائة", "مئتين", "مئتا",
    "ثلاثمئة", "ثلاث",
    # number words
    "صفر", "واحد", "اثنان", "اثنين", "ثلاثة", "ثمانية", "ثماني", "ثمان", "عشر", "عشرة", "أحد",
    "إحدى", "عشرون", "عشرين", "وعشرين", "تسعين", "وتسعين", "ستة", "و", "نصف", "ثلث", "ربع",
    # clitics, percent, ordinals, days, duals, nouns
    "الـ", "بـ", "لـ", "بالمئة", "بالمائة", "في", "المئة", "المائة", "الثالث", "الخامس",
    "والعشرين", "الحادي", "الثانية", "الاثنين", "قتيلا", "قتيلين", "قتيلان", "طفلين", "سيدتان",
    "شخصين", "عنصراً", "عناصر", "قتل", "أصيب", "غارة", "الحافلات", "كلم", "مربع", "آذار",
    "الساعة", "مدنيين", "المرصد",
)  # fmt: skip

_PUNCTUATION = ("٫", "٬", "٪", "%", ".", ",", "-", "–", "/", "،", "؛", "«", "»", "(", ")")


@st.composite
def _digits(draw: st.DrawFn) -> str:
    ascii_digits = draw(
        st.one_of(
            st.integers(0, 10**9).map(str),
            st.integers(0, 10**7).map(lambda n: f"{n:,}"),
            st.tuples(st.integers(0, 999), st.integers(0, 99)).map(lambda p: f"{p[0]}.{p[1]}"),
            st.text("0123456789", min_size=1, max_size=40),
        )
    )
    if draw(st.booleans()):  # mixed scripts inside one run
        return "".join(
            to_script(char, draw(st.sampled_from(("ascii", "arabic", "persian"))))
            for char in ascii_digits
        )
    text = to_script(ascii_digits, draw(st.sampled_from(("ascii", "arabic", "persian"))))
    if draw(st.booleans()):
        text = text.replace(",", "٬").replace(".", "٫")
    return text


@st.composite
def decorate(draw: st.DrawFn, text: str) -> str:
    """``text`` with invisible marks (tatweel, harakat, bidi, zero-width) slipped in."""
    out = []
    for char in text:
        out.append(char)
        if draw(st.integers(0, 3)) == 0:
            out.append(draw(st.text(INVISIBLE, min_size=1, max_size=3)))
    if draw(st.booleans()):
        out.insert(0, draw(st.text(BIDI_MARKS + ZERO_WIDTH, min_size=1, max_size=2)))
    return "".join(out)


# letters as text copied from a PDF has them: contextual forms, the «ﻻ» and «ﷲ» ligatures
PRESENTATION = "ﺧﻠﻴﺔ ﻻﻷﷲﺑﻐﺪاد"

_TOKEN = st.one_of(
    st.sampled_from(_WORDS),
    _digits(),
    st.sampled_from(_PUNCTUATION),
    st.text(INVISIBLE, min_size=1, max_size=3),
    st.text(
        "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789٫٬٪%.,- وبلفالـةهىيأإآا" + PRESENTATION + INVISIBLE,
        min_size=1,
        max_size=6,
    ),
)

_SEPARATORS = (" ", " ", " ", "", "  ", "\u00a0", "\u200f ", " \u061c", "\n", "، ")


@st.composite
def noisy_text(draw: st.DrawFn) -> str:
    """Arabic-news-like text: words, digits in three scripts, separators and invisible marks."""
    tokens = draw(st.lists(_TOKEN, max_size=25))
    out = []
    for token in tokens:
        piece = draw(decorate(token)) if draw(st.booleans()) else token
        out.append(piece)
        out.append(draw(st.sampled_from(_SEPARATORS)))
    return "".join(out)
