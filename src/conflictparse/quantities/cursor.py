"""Tokens of folded text for the number grammar, and the cursor that reads them.

A token is a word of the number lexicon, a digit run or a symbol; «و» alone marks the
token after it (``conj``): «ألف و296».
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import NamedTuple

from conflictparse.quantities.digits import number_value
from conflictparse.text.lexicon.numbers import NumberLexicon, Word, WordKind
from conflictparse.text.tokens import LETTER

__all__ = ["Cursor", "Token"]

_NUMBER = (
    r"[0-9]{1,3}+(?:\ [0-9]{3}+)++(?![0-9])(?:\.[0-9]++)?"  # «1 234 567»
    r"|(?:[0-9]++(?:[.,،][0-9]++)*+|\.[0-9]++)"
    r"(?:[eE][+-]?[0-9]++|\^[+-]?[0-9]++(?:[.,][0-9]++)?)?"  # «1e10», «1.1^23»
)
_TOKEN = re.compile(rf"[ \t]*+(?:(?P<num>{_NUMBER})|(?P<word>[{LETTER}]++)|(?P<sym>\S))")
_NEXT_WORD = re.compile(rf"[ \t]*[{LETTER}]")
# An Arabic comma between digits is a decimal point («1،5 مليون») unless the run goes on as
# a list: «19،18، 20 أيار» is three days, not 19.18.
_GLUED_WORD = re.compile(rf"[{LETTER}]++")
_LIST_GOES_ON = re.compile(r"[ \t]*+(?:[،,]|و)[ \t]*+[0-9]")
# A figure alone in round brackets, as ministries write each part of a number: «(68) ألفًا
# و(234) شهيدًا»; the brackets are typography, and the number reads through them.
_BRACKETED_FIGURE = re.compile(r"\([ \t]?+(?=[0-9][0-9.,،]*+[ \t]?+\))")
_CLOSING_BRACKET = re.compile(r"[ \t]?+\)")
_OPENED_FIGURE = re.compile(r"\([ \t]?+[0-9][0-9.,،]*+[ \t]?+\Z")  # «(68» before its «)»
_FIGURE_REACH = 24  # characters back from a closing bracket to the one that opens its figure


class Token(NamedTuple):
    """One token of folded text; ``start`` is after any one-letter proclitic."""

    start: int
    end: int
    word: Word | None = None
    number: Fraction | None = None  # digits, when they read as one number
    conj: bool = False  # a «و» joins it to what came before
    glued: bool = False  # digits with letters stuck to them: «10كم», «١مليون»
    affixed: bool = False  # an article or a proclitic other than «و»: «بالمئة», «الألف»


class Cursor:
    """Reads tokens forward from a position; «و» alone marks the next token."""

    def __init__(self, text: str, lexicon: NumberLexicon) -> None:
        self.text = text
        self.lexicon = lexicon
        # The last word read and its token: the next anchor is often the word that ended
        # the number before it («مئة ومئة»), and is then not read twice.
        self._word_at = -1
        self._word_token: Token | None = None

    def word_follows(self, pos: int) -> bool:
        """Whether the next thing after spaces is an Arabic word (cheap look-ahead)."""
        found = _NEXT_WORD.match(self.text, pos)
        return found is not None

    def dual_at(self, pos: int) -> bool:
        """Whether a dual noun stands at ``pos``: «غارتين»."""
        token = self.read(pos)
        return (
            token is not None and token.word is not None and token.word.kind is WordKind.DUAL_NOUN
        )

    def _glued(self, end: int) -> bool:
        """Whether a word glued to digits makes them no number: «١مليون», «20دولار», «5G».

        Not a unit or a noun of people that the digits count: «2480كم²», «7قتلى».
        """
        if not self.text[end : end + 1].isalpha():
            return False
        word = _GLUED_WORD.match(self.text, end)
        return word is None or word[0] not in self.lexicon.glued_nouns

    def read(self, pos: int) -> Token | None:
        """The token at ``pos`` (after spaces and tabs), or None at a line end."""
        if pos == self._word_at:
            return self._word_token
        found = _TOKEN.match(self.text, pos)
        if found is None:
            return None
        if found["sym"] == "(" and (opened := _BRACKETED_FIGURE.match(self.text, found.start())):
            return self.read(opened.end())  # «و(234)»: the figure in the brackets
        if found["num"] is not None:
            glued = self._glued(found.end())
            start, digits = found.start("num"), found["num"]
            listed = "،" in digits and _LIST_GOES_ON.match(self.text, found.end()) is not None
            number = None if listed else number_value(digits)
            return Token(start, found.end(), number=number, glued=glued)
        if found["word"] is None:
            return Token(found.start("sym"), found.end())
        return self._word(found)

    def read_part(self, pos: int) -> Token | None:
        """The token at ``pos`` when a number may go on with it, or None.

        That is a word of the lexicon, or «و» with a number or a word after it; a
        line end, a symbol, digits without «و» and an unknown word all end a number. The
        closing bracket of a bracketed figure is passed: «(68) ألفًا».
        """
        closing = _CLOSING_BRACKET.match(self.text, pos)
        if closing is not None and _OPENED_FIGURE.search(
            self.text, max(0, pos - _FIGURE_REACH), pos
        ):
            pos = closing.end()
        found = _TOKEN.match(self.text, pos)
        if found is None:
            return None
        surface = found["word"]
        if surface is None or (surface != "و" and surface not in self.lexicon.surfaces):
            return None
        token = self._word(found)
        if token is None or (token.word is None and token.number is None):
            return None
        return token

    def _word(self, found: re.Match[str]) -> Token | None:
        """The token of a word matched by ``_TOKEN``: «و» joins the token after it."""
        surface = found["word"]
        if surface == "و":
            following = self.read(found.end())
            if following is None:
                return None
            return Token(
                following.start,
                following.end,
                following.word,
                following.number,
                True,
                following.glued,
                following.affixed,
            )
        at = found.start("word")
        known = self.lexicon.surfaces.get(surface)
        if known is None:
            return Token(at, found.end())
        token = Token(
            at + known.skip, found.end(), known.word, None, known.conj, affixed=known.affixed
        )
        self._word_at, self._word_token = at, token
        return token
