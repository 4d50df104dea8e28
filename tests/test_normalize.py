"""Folding table and offset map of ``conflictparse.text.normalize``."""

from __future__ import annotations

import pytest

import conflictparse as cp
from conflictparse.text.normalize import fold, normalize

FOLDS = [
    pytest.param("٠١٢٣٤٥٦٧٨٩", "0123456789", "Arabic-Indic digits", id="arabic-indic-digits"),
    pytest.param("۰۱۲۳۴۵۶۷۸۹", "0123456789", "Extended (Persian) digits", id="persian-digits"),
    pytest.param("0123456789", "0123456789", "ASCII digits unchanged", id="ascii-digits"),
    pytest.param("٢٫٩", "2.9", "Arabic decimal separator U+066B", id="decimal-separator"),
    pytest.param("١٬٢٠٠", "1,200", "Arabic thousands separator U+066C", id="thousands-separator"),
    pytest.param("١٥٪", "15%", "Arabic percent sign U+066A", id="percent-sign"),
    pytest.param("أإآٱ", "اااا", "alef with hamza, madda, wasla", id="alef-variants"),
    pytest.param("أكثر", "اكثر", "hamza on alef in a word", id="akthar"),
    pytest.param("إحدى", "احدي", "hamza below and alef maqsura", id="ihda"),
    pytest.param("آلاف", "الاف", "alef madda in a word", id="alaf"),
    pytest.param("حوالى", "حوالي", "ى → ي", id="alef-maqsura"),
    pytest.param("ی", "ي", "Persian yeh → ي", id="persian-yeh"),
    pytest.param("ک", "ك", "keheh → ك", id="keheh"),
    pytest.param("ثلاثة", "ثلاثه", "ة → ه", id="ta-marbuta"),
    pytest.param("ثـلاثـة", "ثلاثه", "tatweel deleted", id="tatweel"),
    pytest.param("قُتِلَ", "قتل", "harakat deleted", id="harakat"),
    pytest.param("ألفاً", "الفا", "tanween deleted", id="tanween"),
    pytest.param("مِئَةٌ", "مئه", "harakat, tanween and ة together", id="mia-vocalised"),
    pytest.param("شدّة", "شده", "shadda deleted", id="shadda"),
    pytest.param("رحمٰن", "رحمن", "superscript alef U+0670 deleted", id="superscript-alef"),
    pytest.param("\u200f96\u200e", "96", "RLM and LRM deleted", id="rlm-lrm"),
    pytest.param("\u061c96", "96", "Arabic letter mark deleted", id="alm"),
    pytest.param("\u202b96\u202c", "96", "RLE and PDF deleted", id="rle-pdf"),
    pytest.param("\u206796\u2069", "96", "bidi isolates deleted", id="isolates"),
    pytest.param("9\u200b6", "96", "zero-width space deleted", id="zwsp"),
    pytest.param("ل\u200cا", "لا", "zero-width non-joiner deleted", id="zwnj"),
    pytest.param("\ufeff96", "96", "byte-order mark deleted", id="bom"),
    pytest.param("96\u00a0قتيلا", "96 قتيلا", "no-break space → space", id="nbsp"),
    pytest.param("96\u202fقتيلا", "96 قتيلا", "narrow no-break space → space", id="nnbsp"),
    pytest.param("20\u201330", "20-30", "en dash → hyphen", id="en-dash"),
    pytest.param("قتل 96 شخصاً", "قتل 96 شخصا", "plain text keeps spaces and order", id="plain"),
    pytest.param("", "", "empty", id="empty"),
    pytest.param("ؤ ئ", "ؤ ئ", "hamza on waw and yeh are kept", id="waw-yeh-hamza"),
    pytest.param("ﺧﻠﻴﺔ", "خليه", "contextual forms read as letters", id="presentation-forms"),
    pytest.param(
        "اﻻﺳﺘﺨﺒﺎرات", "الاستخبارات", "the lam-alef ligature is two letters", id="lam-alef"
    ),
]


@pytest.mark.parametrize(("text", "folded", "reason"), FOLDS)
def test_fold(text: str, folded: str, reason: str) -> None:
    assert fold(text) == folded, reason
    assert normalize(text).text == folded, reason
    assert normalize(text).original == text


# (original, a substring of the folded text, what it maps back to in the original)
SPANS = [
    pytest.param("قُتِلَ ٩٦", "96", "٩٦", "harakat before the digits", id="doc-example"),
    pytest.param("قُتِلَ ٩٦", "قتل", "قُتِلَ", "trailing harakat kept on the last letter", id="harakat"),
    pytest.param(
        "قتل \u200f٩٦\u200f شخصاً",
        "96",
        "٩٦",
        "bidi marks around the digits stay outside",
        id="bidi-outside",
    ),
    pytest.param("قتل 96 شخصاً", "شخصا", "شخصاً", "tanween kept", id="tanween"),
    pytest.param("ثـلاثـة عناصر", "ثلاثه", "ثـلاثـة", "tatweel inside the span", id="tatweel"),
    pytest.param("\u200f\u200f96", "96", "96", "leading marks skipped", id="leading"),
    pytest.param("مقتل الـ 13", "ال 13", "الـ 13", "tatweel after the article", id="al"),
    pytest.param("١٬٢٠٠ شخص", "1,200", "١٬٢٠٠", "separators fold one to one", id="separator"),
    pytest.param("نحو\u00a0١٠٠", "نحو 100", "نحو\u00a0١٠٠", "no-break space inside", id="nbsp"),
]


@pytest.mark.parametrize(("text", "folded_part", "original_part", "reason"), SPANS)
def test_span_maps_back(text: str, folded_part: str, original_part: str, reason: str) -> None:
    n = normalize(text)
    start = n.text.index(folded_part)
    a, b = n.span(start, start + len(folded_part))
    assert text[a:b] == original_part, reason
    assert fold(text[a:b]) == folded_part


def test_span_of_the_whole_folded_text_covers_every_kept_character() -> None:
    text = "\u200fنحو ٩٦ قتيلاً\u200f"
    n = normalize(text)
    a, b = n.span(0, len(n.text))
    assert (a, b) == (1, len(text) - 1)
    assert text[a:b] == "نحو ٩٦ قتيلاً"


def test_empty_spans() -> None:
    text = "\u200f96"
    n = normalize(text)
    assert n.text == "96"
    assert n.span(0, 0) == (1, 1)
    assert n.span(2, 2) == (3, 3)
    assert normalize("").span(0, 0) == (0, 0)


def test_offsets_of_every_folded_character() -> None:
    text = "ا\u064eل\u0640ـ \u200f٣"
    n = normalize(text)
    assert n.text == "ال 3"
    assert [n.offset(i) for i in range(len(n.text))] == [0, 2, 5, 7]


def test_text_without_deletions_is_mapped_one_to_one() -> None:
    text = "قتل ٩٦ شخصا في إدلب"
    n = normalize(text)
    assert len(n.text) == len(text)
    for i in range(len(text)):
        assert n.offset(i) == i
    assert n.span(4, 6) == (4, 6)


def test_a_ligature_maps_back_to_itself_whole() -> None:
    text = "قتل ٣ من ﻋﻨﺎﺻﺮ اﻻﻣﻦ"
    n = normalize(text)
    assert n.text == "قتل 3 من عناصر الامن"
    start = n.text.index("الامن")
    a, b = n.span(start, start + len("الامن"))
    assert text[a:b] == "اﻻﻣﻦ"
    lam = n.text.index("لامن")  # one letter of the ligature maps to the ligature
    assert n.span(lam, lam + 1) == (text.index("ﻻ"), text.index("ﻻ") + 1)


def test_finders_read_text_in_presentation_forms() -> None:
    text = "وكشفت ﺧﻠﻴﺔ اﻟﺼﻘﻮر اﻻﺳﺘﺨﺒﺎرﻳﺔ عن مقتل ٣ من ﻋﻨﺎﺻﺮ داعش في ﺑﻐﺪاد"
    actors = cp.find_actors(text)
    assert next(text[m.start : m.end] for m in actors) == "ﺧﻠﻴﺔ اﻟﺼﻘﻮر اﻻﺳﺘﺨﺒﺎرﻳﺔ"
    (casualty,) = cp.find_casualties(text)
    assert casualty.value.count.value == 3
    assert [text[m.start : m.end] for m in cp.find_places(text)] == ["ﺑﻐﺪاد"]
