"""A text normalised and indexed once, for every finder to read: :func:`prepare`.

Each ``find_*`` function and :func:`~conflictparse.parse_report` accept a
:class:`PreparedText` in place of a ``str``.  A text read by several finders
is then folded and tokenised once, and what one layer reads for another (the
dates that ``find_numbers`` leaves out) is read once too.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar, cast

from conflictparse.model import Match
from conflictparse.text.normalize import Normalized, normalize
from conflictparse.text.tokens import TextIndex

__all__ = ["PreparedText", "as_prepared", "prepare", "to_matches"]

T = TypeVar("T")
_REPR_CHARS = 60  # a long text is shown by its beginning and its length


class PreparedText:
    """The original text, its folded form with the offset map, and its word index.

    Examples:
        >>> prepared = prepare("قُتِلَ ٩٦ مدنياً")
        >>> prepared.text
        'قتل 96 مدنيا'
        >>> prepared.index.words
        ['قتل', 'مدنيا']
        >>> prepare("قتل 5 مدنيين. " * 10)  # doctest: +ELLIPSIS
        PreparedText('قتل 5 مدنيين. قتل 5 مدنيين. ...'…, 140 characters)
    """

    __slots__ = ("_index", "_memo", "normalized")

    def __init__(self, normalized: Normalized) -> None:
        self.normalized = normalized
        self._index: TextIndex | None = None
        self._memo: dict[Hashable, object] = {}

    def __repr__(self) -> str:
        original = self.original
        if len(original) <= _REPR_CHARS:
            return f"PreparedText({original!r})"
        return f"PreparedText({original[:_REPR_CHARS]!r}…, {len(original):,} characters)"

    @property
    def original(self) -> str:
        """The text as given."""
        return self.normalized.original

    @property
    def text(self) -> str:
        """The folded text that every layer reads."""
        return self.normalized.text

    @property
    def index(self) -> TextIndex:
        """The word index of the folded text, built on first use."""
        if self._index is None:
            self._index = TextIndex(self.normalized.text)
        return self._index

    def memo(self, key: Hashable, build: Callable[[], T]) -> T:
        """What ``build`` returns, computed once per ``key`` for this text."""
        if key not in self._memo:
            self._memo[key] = build()
        return cast("T", self._memo[key])

    def matches(self, spans: Iterable[tuple[int, int, T]]) -> list[Match[T]]:
        """Folded ``(start, end, value)`` spans as matches on the original text."""
        return list(to_matches(self.normalized, spans, self.memo("match-texts", dict)))


def to_matches(
    normalized: Normalized,
    spans: Iterable[tuple[int, int, T]],
    pool: dict[str, str] | None = None,
) -> tuple[Match[T], ...]:
    """Folded ``(start, end, value)`` spans of ``normalized`` as matches on its original text.

    Matches that read the same words share one string from ``pool`` (a report names «قوات
    النظام» or «أمس» many times; each is held once).
    """
    original = normalized.original
    shared = {} if pool is None else pool
    found = []
    for start, end, value in spans:
        first, last = normalized.span(start, end)
        piece = original[first:last]
        found.append(
            Match(start=first, end=last, text=shared.setdefault(piece, piece), value=value)
        )
    return tuple(found)


def prepare(text: str) -> PreparedText:
    """Normalise and index ``text`` once, for several finders to read.

    Examples:
        >>> import conflictparse as cp
        >>> prepared = cp.prepare("قتل 5 مدنيين في 13 آذار 2018")
        >>> [m.text for m in cp.find_numbers(prepared)], [m.text for m in cp.find_dates(prepared)]
        (['5'], ['13 آذار 2018'])
    """
    if not isinstance(text, str):
        raise TypeError(f"prepare() takes a str, not {type(text).__name__}")
    return PreparedText(normalize(text))


def as_prepared(text: str | PreparedText) -> PreparedText:
    """``text`` itself when it is prepared already, else :func:`prepare` of it."""
    return text if isinstance(text, PreparedText) else prepare(text)
