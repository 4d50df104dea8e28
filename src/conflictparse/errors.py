"""The exception hierarchy: every parser error carries the text and a position."""

from __future__ import annotations

__all__ = [
    "ConflictParseError",
    "DateParseError",
    "LexiconError",
    "NumberParseError",
    "ParseError",
    "RegistryError",
]


class ConflictParseError(Exception):
    """Base class of every error raised by conflictparse."""


class ParseError(ConflictParseError, ValueError):
    """The text is not what the strict ``parse_*`` function expects.

    ``position`` is a code-point offset into ``text`` (the original input), and
    ``str()`` shows the input with a caret under the fault:

    >>> err = ParseError("expected a number", "نحو", 3)
    >>> err.position
    3
    """

    def __init__(self, message: str, text: str, position: int) -> None:
        super().__init__(message, text, position)
        self.message = message
        self.text = text
        self.position = position

    def __str__(self) -> str:
        line_start = self.text.rfind("\n", 0, self.position) + 1
        line_end = self.text.find("\n", self.position)
        if line_end == -1:
            line_end = len(self.text)
        line = self.text[line_start:line_end]
        caret = " " * (self.position - line_start) + "^"
        return f"{self.message} at position {self.position}\n    {line}\n    {caret}"


class NumberParseError(ParseError):
    """``parse_number`` was given something that is not exactly one quantity."""


class DateParseError(ParseError):
    """``parse_date`` was given something that is not exactly one date expression."""


class LexiconError(ConflictParseError, ValueError):
    """A packaged or user-supplied lexicon is malformed: the message names the file and the key."""


class RegistryError(LexiconError):
    """An actor registry file is malformed (duplicate alias, unknown type, unknown key …).

    The message names the file, the actor (its id, or ``#n`` for the n-th
    ``[[actor]]`` table) and the key at fault.
    """
