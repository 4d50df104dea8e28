"""Tokens and known phrases of folded text: the words a date reader works with.

:class:`PhraseReader` is the base of :class:`~conflictparse.dates.reader.DateReader`: it
splits the text into numbers, words and symbols (:class:`DateToken`) and finds the phrases of
the date lexicon at a position (:class:`DatePhrase`).  Both are cached per position, since the
readers of the alternatives revisit them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from conflictparse.quantities.grammar import Cursor
from conflictparse.text.lexicon.dates import DateKind, DateLexicon, DateWord
from conflictparse.text.lexicon.numbers import number_lexicon
from conflictparse.text.tokens import LETTER

__all__ = ["DatePhrase", "DateToken", "PhraseReader"]

_WINDOW = 160  # a date expression never runs longer than this, in folded characters

_TOKEN = re.compile(
    rf"[ \t]*+(?:(?P<num>[0-9]++)(?P<glue>[مه](?![{LETTER}0-9²]))?|(?P<word>[{LETTER}]++)"
    r"|(?P<sym>[/()\-.,،:~]))"
)
_CLITICS = ("و", "ف", "ب", "ل")


class DateToken(NamedTuple):
    """A number, a word or a symbol of folded text."""

    kind: str  # "num", "word" or "sym"
    start: int
    end: int
    text: str
    glue: str  # a calendar letter glued to a number: «2024م», «1436ه»


class DatePhrase(NamedTuple):
    """A known phrase at a position, with the meanings that fit and its proclitic."""

    start: int
    end: int
    words: tuple[DateWord, ...]
    clitic: str

    def first(self, *kinds: DateKind) -> DateWord | None:
        """Its first meaning of one of ``kinds``."""
        return next((word for word in self.words if word.kind in kinds), None)


class PhraseReader:
    """Tokens and phrases of one folded text, cached per position."""

    def __init__(self, text: str, lexicon: DateLexicon) -> None:
        self.text = text
        self.lexicon = lexicon
        self._tokens: dict[int, DateToken | None] = {}
        self.numbers = Cursor(text, number_lexicon())  # for days and years in words
        self._phrases: dict[int, list[DatePhrase]] = {}

    def forget(self) -> None:
        """Drop the tokens and phrases read so far (a scan calls it as it moves on)."""
        self._tokens.clear()
        self._phrases.clear()

    def token(self, pos: int) -> DateToken | None:
        """The token at ``pos`` after spaces and tabs; None at a line end."""
        if pos in self._tokens:
            return self._tokens[pos]
        found = _TOKEN.match(self.text, pos, pos + _WINDOW)
        token = None
        if found is not None:
            kind = found.lastgroup if found.lastgroup != "glue" else "num"
            if kind is not None:
                start = found.start(kind)
                token = DateToken(kind, start, found.end(), found[kind], found["glue"] or "")
        self._tokens[pos] = token
        return token

    def phrase(self, pos: int, *kinds: DateKind) -> DatePhrase | None:
        """The longest known phrase at ``pos`` (one proclitic allowed) with one of ``kinds``."""
        for candidate in self._candidates(pos):
            chosen = tuple(word for word in candidate.words if not kinds or word.kind in kinds)
            if chosen:
                return (
                    candidate
                    if len(chosen) == len(candidate.words)
                    else candidate._replace(words=chosen)
                )
        return None

    def _candidates(self, pos: int) -> list[DatePhrase]:
        """Every known phrase at ``pos``, longest first (cached: parsers revisit positions)."""
        cached = self._phrases.get(pos)
        if cached is not None:
            return cached
        first = self.token(pos)
        known = self.lexicon.first_words
        if (
            first is None
            or first.kind != "word"
            or not (first.text in known or (first.text[:1] in _CLITICS and first.text[1:] in known))
        ):
            self._phrases[pos] = []
            return self._phrases[pos]
        phrases = self.lexicon.phrases
        prefixes = self.lexicon.prefixes
        found: list[tuple[int, int, DatePhrase]] = []
        for order, clitic in enumerate(("", *_CLITICS)):
            if clitic and not first.text.startswith(clitic):
                continue
            words: tuple[str, ...] = (first.text[len(clitic) :],)
            token: DateToken | None = first
            while token is not None and words in prefixes:
                meanings = phrases.get(" ".join(words))
                if meanings is not None:
                    phrase = DatePhrase(first.start + len(clitic), token.end, meanings, clitic)
                    found.append((-len(words), order, phrase))
                token = self.token(token.end)
                if token is None or token.kind != "word":
                    break
                words = (*words, token.text)
        found.sort(key=lambda item: item[:2])
        self._phrases[pos] = [phrase for _, _, phrase in found]
        return self._phrases[pos]

    def skip(self, pos: int, *kinds: DateKind) -> int:
        """After an optional phrase of ``kinds``: «من» in «الـ 13 من آذار»."""
        found = self.phrase(pos, *kinds)
        return found.end if found is not None else pos
