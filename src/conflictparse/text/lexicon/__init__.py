"""The lexicon layer: the TOML files of ``conflictparse/data``, read and checked in one place.

Each file is read once (:func:`load`) into a :class:`Section`, whose accessors
check the shape of what they return: a missing key or a value of the wrong
type is a :class:`~conflictparse.errors.LexiconError` that names the file and
the key, never a bare ``KeyError`` deep inside a parser.  The modules beside
this one build the frozen tables each stage reads (numbers, dates, casualties,
events, areas, places).
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterator, Mapping
from typing import Any

from conflictparse.errors import LexiconError

__all__ = ["LexiconError", "Section", "load", "load_toml", "load_tsv"]


def load_toml(name: str) -> dict[str, Any]:
    """Read a TOML file from the package's ``data`` folder, as plain dicts and lists."""
    from importlib import resources  # noqa: PLC0415 - on first use, not on import

    with resources.files("conflictparse.data").joinpath(name).open("rb") as handle:
        return tomllib.load(handle)


def load_tsv(name: str) -> list[dict[str, str]]:
    """The rows of a tab-separated file of the ``data`` folder, keyed by its header.

    Lines starting with «#» are comments; the first other line is the header.
    """
    from importlib import resources  # noqa: PLC0415 - on first use, not on import

    text = resources.files("conflictparse.data").joinpath(name).read_text(encoding="utf-8")
    lines = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    header, rows = lines[0], lines[1:]
    for number, row in enumerate(rows, start=2):
        if len(row) != len(header):
            raise LexiconError(f"{name}: row {number}: {len(row)} cells, expected {len(header)}")
    return [dict(zip(header, row, strict=True)) for row in rows]


class Section(Mapping[str, object]):
    """A table of a lexicon file, read with checks that name the file and the key.

    Examples:
        >>> section = Section("demo.toml", "", {"words": ["قتل"], "count": 3})
        >>> section.words("words"), section.integer("count")
        (('قتل',), 3)
        >>> section.words("count")
        Traceback (most recent call last):
        ...
        conflictparse.errors.LexiconError: demo.toml: count: expected a list of words, got 3
    """

    __slots__ = ("_table", "file", "path")

    def __init__(self, file: str, path: str, table: Mapping[str, Any]) -> None:
        self.file = file
        self.path = path
        self._table = table

    def __repr__(self) -> str:
        return f"Section({self.file!r}, {self.path!r})"

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

    def __getitem__(self, key: str) -> object:
        if key not in self._table:
            raise self.error(key, "missing")
        value = self._table[key]
        if isinstance(value, Mapping):
            return Section(self.file, self._key(key), value)
        return value

    def _key(self, key: str | int) -> str:
        if isinstance(key, int):
            return f"{self.path}[{key}]"
        return f"{self.path}.{key}" if self.path else key

    def error(self, key: str | int, problem: str) -> LexiconError:
        """A LexiconError about ``key`` of this section."""
        return LexiconError(f"{self.file}: {self._key(key)}: {problem}")

    def table(self, key: str) -> Section:
        """The sub-table at ``key``."""
        value = self[key]
        if not isinstance(value, Section):
            raise self.error(key, f"expected a table, got {value!r}")
        return value

    def tables(self, key: str, *, required: bool = True) -> list[Section]:
        """The array of tables at ``key`` (``[[key]]``), empty when absent and not required."""
        if not required and key not in self._table:
            return []
        value = self._table.get(key)
        if not isinstance(value, list) or not all(isinstance(item, Mapping) for item in value):
            raise self.error(key, f"expected an array of tables, got {value!r}")
        return [Section(self.file, f"{self._key(key)}[{i}]", item) for i, item in enumerate(value)]

    def words(self, key: str, *, required: bool = True) -> tuple[str, ...]:
        """The list of non-empty strings at ``key`` (empty when absent and not required)."""
        if not required and key not in self._table:
            return ()
        value = self[key]
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self.error(key, f"expected a list of words, got {value!r}")
        for index, item in enumerate(value):
            if not item.strip():
                raise self.error(key, f"entry {index} is empty")
        return tuple(value)

    def text(self, key: str) -> str:
        """The non-empty string at ``key``."""
        value = self[key]
        if not isinstance(value, str) or not value.strip():
            raise self.error(key, f"expected a non-empty string, got {value!r}")
        return value

    def integer(self, key: str, default: int | None = None) -> int:
        """The integer at ``key`` (``default`` when absent, if one is given)."""
        if default is not None and key not in self._table:
            return default
        value = self[key]
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.error(key, f"expected an integer, got {value!r}")
        return value

    def flag(self, key: str, *, default: bool = False) -> bool:
        """The boolean at ``key``, ``default`` when absent."""
        value = self._table.get(key, default)
        if not isinstance(value, bool):
            raise self.error(key, f"expected true or false, got {value!r}")
        return value


@functools.cache
def load(name: str) -> Section:
    """The packaged lexicon file ``name``, read once, as a checked :class:`Section`."""
    try:
        return Section(name, "", load_toml(name))
    except tomllib.TOMLDecodeError as error:  # pragma: no cover - the packaged files are valid
        raise LexiconError(f"{name}: not valid TOML: {error}") from None
