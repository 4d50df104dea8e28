"""Tokens and known phrases of folded text: the words a date reader works with.

:class:`PhraseReader` is the base of :class:`~conflictparse.dates.reader.DateReader`: it
splits the text into numbers, words and symbols (:class:`DateToken`) and finds the phrases of
the date lexicon at a position (:class:`DatePhrase`).  Both are cached per position, since the
readers of the alternatives revisit them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from conflictparse.dates.direction import BEFORE_LAST
from conflictparse.quantities.cursor import Cursor
from conflictparse.text.lexicon.dates import DateKind, DateLexicon, DateWord
from conflictparse.text.lexicon.numbers import number_lexicon
from conflictparse.text.tokens import CLITICS_BUT_KAF, LETTER

__all__ = ["DatePhrase", "DateToken", "PhraseReader"]

_WINDOW = 160  # a date expression never runs longer than this, in folded characters

_TOKEN = re.compile(
    rf"[ \t]*+(?:(?P<num>[0-9]++)(?P<glue>[مه](?![{LETTER}0-9²]))?|(?P<word>[{LETTER}]++)"
    r"|(?P<sym>[/()\-.,،:~]))"
)


class DateToken(NamedTuple):
    """A number, a word or a symbol of folded text."""

    kind: str  # "num", "word" or "sym"
    start: int
    end: int
    text: str
    glue: str  # a calendar letter glued to a number: «2024م», «1436ه»


_UNREAD = DateToken("", -1, -1, "", "")  # not a token: a position not read yet


class DatePhrase(NamedTuple):
    """A known phrase at a position, with the meanings that fit and its proclitic."""

    start: int
    end: int
    words: tuple[DateWord, ...]
    clitic: str

    def first(self, *kinds: DateKind) -> DateWord | None:
        """Its first meaning of one of ``kinds``."""
        return next((word for word in self.words if word.kind in kinds), None)


def _word_count(item: tuple[int, DatePhrase]) -> int:
    """The number of words of a phrase that :meth:`PhraseReader._walk` found."""
    return item[0]


class PhraseReader:
    """Tokens and phrases of one folded text, cached per position."""

    def __init__(self, text: str, lexicon: DateLexicon) -> None:
        self.text = text
        self.lexicon = lexicon
        self._tokens: dict[int, DateToken | None] = {}
        self.numbers = Cursor(text, number_lexicon())  # for days and years in words
        self._phrases: dict[int, tuple[DatePhrase, ...]] = {}

    def forget(self) -> None:
        """Drop the tokens and phrases read so far (a scan calls it as it moves on)."""
        self._tokens.clear()
        self._phrases.clear()

    def token(self, pos: int) -> DateToken | None:
        """The token at ``pos`` after spaces and tabs; None at a line end."""
        token = self._tokens.get(pos, _UNREAD)
        return self._read_token(pos) if token is _UNREAD else token

    def _read_token(self, pos: int) -> DateToken | None:
        """Read and remember the token at ``pos`` (see :meth:`token`)."""
        found = _TOKEN.match(self.text, pos, pos + _WINDOW)
        token = None
        if found is not None:
            kind = found.lastgroup
            if kind == "glue":
                kind = "num"
            if kind is not None:
                start, end = found.start(kind), found.end()
                token = DateToken(kind, start, end, found[kind], found["glue"] or "")
                if start != pos and end + 2 <= pos + _WINDOW:
                    # Read from its own start, within the same characters: the same token.
                    self._tokens.setdefault(start, token)
        self._tokens[pos] = token
        return token

    def phrase(self, pos: int, *kinds: DateKind) -> DatePhrase | None:
        """The longest known phrase at ``pos`` (one proclitic allowed) with one of ``kinds``."""
        candidates = self._phrases.get(pos)
        if candidates is None:
            candidates = self._candidates(pos)
        for candidate in candidates:
            words = candidate.words
            if not kinds or (len(words) == 1 and words[0].kind in kinds):
                return candidate  # the usual case: every meaning fits
            if len(words) > 1:
                chosen = tuple(word for word in words if word.kind in kinds)
                if chosen:
                    return (
                        candidate
                        if len(chosen) == len(words)
                        else DatePhrase(candidate.start, candidate.end, chosen, candidate.clitic)
                    )
        return None

    def shift(self, pos: int) -> tuple[str, int] | None:
        """A modifier at ``pos`` → (its label, end): «الماضي» → last, «قبل الماضي» → before_last."""
        found = self.phrase(pos, DateKind.MODIFIER, DateKind.BEFORE_LAST)
        if found is None or found.clitic:
            return None
        word = found.words[0]
        return (BEFORE_LAST if word.kind is DateKind.BEFORE_LAST else word.label), found.end

    def _candidates(self, pos: int) -> tuple[DatePhrase, ...]:
        """Every known phrase at ``pos``, longest first, remembered: parsers revisit positions."""
        first = self.token(pos)
        if first is None or first.kind != "word":
            phrases: tuple[DatePhrase, ...] = ()
        elif first.start != pos and self._tokens.get(first.start) == first:
            # Spaces before a word change nothing: share what its own start has.
            shared = self._phrases.get(first.start)
            phrases = self._phrases_of(first) if shared is None else shared
            self._phrases[first.start] = phrases
        else:
            phrases = self._phrases_of(first)
        self._phrases[pos] = phrases
        return phrases

    def _phrases_of(self, first: DateToken) -> tuple[DatePhrase, ...]:
        """The known phrases that start with the word ``first``, longest first.

        A phrase without a proclitic comes before one of as many words with it.
        """
        found = self._walk(first, first.text, "")
        if first.text[:1] in CLITICS_BUT_KAF:
            found = self._walk(first, first.text[1:], first.text[0]) + found
            found.sort(key=_word_count)  # stable: with as many words, the bare one last
        return tuple(phrase for _, phrase in reversed(found))

    def _walk(self, first: DateToken, stem: str, clitic: str) -> list[tuple[int, DatePhrase]]:
        """The phrases that start with ``stem`` (``first`` without ``clitic``), shortest first.

        Each comes with its number of words.  The next word is read only while a longer
        phrase may still continue the words read so far.
        """
        lexicon = self.lexicon
        if stem not in lexicon.first_words:
            return []  # the usual case
        start = first.start + len(clitic)
        meanings = lexicon.phrases.get(stem)
        found = [] if meanings is None else [(1, DatePhrase(start, first.end, meanings, clitic))]
        words: tuple[str, ...] = (stem,)
        token: DateToken | None = first
        while token is not None and words in lexicon.extendable:
            token = self.token(token.end)
            if token is None or token.kind != "word":
                break
            words = (*words, token.text)
            if words not in lexicon.prefixes:
                break
            meanings = lexicon.phrases.get(" ".join(words))
            if meanings is not None:
                found.append((len(words), DatePhrase(start, token.end, meanings, clitic)))
        return found

    def skip(self, pos: int, *kinds: DateKind) -> int:
        """After an optional phrase of ``kinds``: «من» in «الـ 13 من آذار»."""
        found = self.phrase(pos, *kinds)
        return found.end if found is not None else pos
