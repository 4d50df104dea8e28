"""One normalisation pass over Arabic text, with a map back to the original offsets.

Matching happens on the folded text; every span reported to users is mapped
back through :meth:`Normalized.span`, so that ``original[start:end]`` is what
was read.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata

import attrs

__all__ = ["Normalized", "fold", "normalize"]


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for zero in (0x0660, 0x06F0):  # Arabic-Indic and Extended (Persian) digits
        for digit in range(10):
            table[zero + digit] = str(digit)
    table |= {
        0x066B: ".",  # ٫ Arabic decimal separator
        0x066C: ",",  # ٬ Arabic thousands separator
        0x066A: "%",  # ٪ Arabic percent sign
        0x0623: "ا",  # أ
        0x0625: "ا",  # إ
        0x0622: "ا",  # آ
        0x0671: "ا",  # ٱ alef wasla
        0x0649: "ي",  # ى alef maksura
        0x06CC: "ي",  # ی Persian yeh
        0x0629: "ه",  # ة ta marbuta
        0x06A9: "ك",  # ک keheh
        0x00A0: " ",  # no-break space
        0x2007: " ",  # figure space
        0x202F: " ",  # narrow no-break space
        0x2009: " ",  # thin space
        0x2013: "-",  # en dash
        0x2012: "-",  # figure dash
        0x005F: " ",  # low line: the words of a hashtag («#النظام_السوري»)
        0x0023: " ",  # number sign: a hashtag reads as its words («قوات #النظام_السوري»)
    }
    return table


_FOLD = _fold_table()
# ``str.translate`` with a dict is slow on non-ASCII text; one ``str.replace``
# per folded character that is present is an order of magnitude faster.
_FOLD_PAIRS = tuple((chr(code), target) for code, target in _FOLD.items())


def _translate(text: str) -> str:
    for source, target in _FOLD_PAIRS:
        if source in text:
            text = text.replace(source, target)
    return text


# Characters deleted outright: tatweel, harakat and Quranic marks, superscript
# alef, bidi controls, zero-width characters and the byte-order mark.
_DELETED = re.compile(
    r"[\u0640\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED"
    r"\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]+"
)

# «7ر52»: Egyptian papers and some wires write a decimal comma as «ر», the fraction's
# digits first.  It folds to «52.7», as long, so every offset still leads back.
_EGYPTIAN_DECIMAL = re.compile(r"(?<![0-9.,])([0-9]{1,2})ر([0-9]{1,3}+)(?![0-9.,])")


def _egyptian_decimals(text: str) -> str:
    return _EGYPTIAN_DECIMAL.sub(lambda found: f"{found[2]}.{found[1]}", text)


_ATTACHED = re.compile(r"[\u0640\u064B-\u065F\u0670]")


@attrs.frozen(slots=True)
class Normalized:
    """The folded text and the offsets that lead back to the original.

    >>> n = normalize("قُتِلَ ٩٦")
    >>> n.text
    'قتل 96'
    >>> n.span(4, 6)
    (7, 9)
    """

    original: str
    text: str
    # Runs of kept characters: folded_starts[k] in ``text`` is original_starts[k]
    # in ``original``, and the run continues one to one until the next entry.
    _folded_starts: tuple[int, ...]
    _original_starts: tuple[int, ...]

    def offset(self, index: int) -> int:
        """The original offset of the folded character at ``index``."""
        run = bisect.bisect_right(self._folded_starts, index) - 1
        return self._original_starts[run] + (index - self._folded_starts[run])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded span ``[start, end)`` to the original string."""
        if self._original_starts == (0,):  # nothing was deleted: offsets are the same
            return (start, end) if end > start else (min(start, len(self.text)),) * 2
        if end <= start:
            position = self.offset(start) if start < len(self.text) else len(self.original)
            return position, position
        stop = self.offset(end - 1) + 1
        while stop < len(self.original) and _ATTACHED.match(self.original, stop):
            stop += 1  # keep the harakat and tatweel that belong to the last letter
        return self.offset(start), stop

    def written(self, start: int, end: int) -> str:
        """The original text of a folded span ``[start, end)``, as written.

        >>> normalize("قُتِلَ ٩٦").written(4, 6)
        '٩٦'
        """
        first, last = self.span(start, end)
        return self.original[first:last]


def fold(text: str) -> str:
    """The folded form alone, as used for lexicon keys.

    >>> fold("ثلاثمائةٍ")
    'ثلاثمائه'
    """
    if _PRESENTATION.search(text):
        return "".join(map(_letter_folded, text))
    return _fold_plain(text)


def _fold_plain(text: str) -> str:
    """:func:`fold` of text without presentation forms."""
    return _DELETED.sub("", _translate(text))


def normalize(text: str) -> Normalized:
    """Fold digits, separators and letter variants, delete invisible marks.

    One pass: the 1:1 folds keep every offset, and each run of deleted marks
    starts a new run in the offset map.  Letters in presentation forms, as text copied
    from a PDF has them («ﺧﻠﻴﺔ اﻟﺼﻘﻮر»), read as the letters they show.
    """
    if _PRESENTATION.search(text):
        return _normalize_by_letter(text)
    translated = _egyptian_decimals(_translate(text))
    folded_starts = [0]
    original_starts = [0]
    pieces: list[str] = []
    kept = 0
    previous_end = 0
    for mark in _DELETED.finditer(translated):
        pieces.append(translated[previous_end : mark.start()])
        kept += mark.start() - previous_end
        previous_end = mark.end()
        folded_starts.append(kept)
        original_starts.append(previous_end)
    if previous_end == 0:
        return Normalized(text, translated, (0,), (0,))
    pieces.append(translated[previous_end:])
    return Normalized(text, "".join(pieces), tuple(folded_starts), tuple(original_starts))


# Arabic presentation forms (contextual letters and ligatures), but not the byte-order mark
_PRESENTATION = re.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFE]")


@functools.cache
def _letter_folded(char: str) -> str:
    """One character folded: a presentation form as its letters («ﻻ» → «لا»), marks gone."""
    if _PRESENTATION.match(char):
        char = unicodedata.normalize("NFKC", char).strip()  # a symbol stays as it is
    return _fold_plain(char)


def _normalize_by_letter(text: str) -> Normalized:
    """:func:`normalize` one character at a time, where a ligature may stand for two."""
    pieces: list[str] = []
    folded_starts: list[int] = []
    original_starts: list[int] = []
    kept = 0
    expected = -1  # the original offset the current run expects next
    for position, char in enumerate(text):
        letters = _letter_folded(char)
        for _ in letters:
            if position != expected:  # a deletion or a ligature's second letter
                folded_starts.append(kept)
                original_starts.append(position)
            kept += 1
            expected = position + 1
        pieces.append(letters)
    if not folded_starts:
        folded_starts, original_starts = [0], [0]
    folded = _egyptian_decimals("".join(pieces))
    return Normalized(text, folded, tuple(folded_starts), tuple(original_starts))
