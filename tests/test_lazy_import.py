"""``import conflictparse`` is cheap: each public name loads its module on first read."""

from __future__ import annotations

import importlib

import pytest

import conflictparse as cp
from tests.fresh_python import modules_after


def _modules_after(code: str) -> set[str]:
    return {name for name in modules_after(code) if name.startswith("conflictparse")}


def test_the_import_alone_loads_no_parser() -> None:
    assert _modules_after("import conflictparse") == {"conflictparse", "conflictparse._version"}


def test_reading_numbers_does_not_load_the_event_coder() -> None:
    loaded = _modules_after("import conflictparse as cp; cp.parse_number('نحو 100')")
    assert "conflictparse.quantities.numbers" in loaded
    assert not {name for name in loaded if name.startswith("conflictparse.events")}


@pytest.mark.parametrize("name", sorted(set(cp.__all__) - {"__version__"}))
def test_every_public_name_is_its_home_modules_object(name: str) -> None:
    home = cp._PUBLIC_HOMES[name]
    assert getattr(cp, name) is getattr(importlib.import_module(home), name)


def test_every_public_name_has_a_home_and_no_home_is_private() -> None:
    assert set(cp._PUBLIC_HOMES) == set(cp.__all__) - {"__version__"}
    assert dir(cp) == sorted(cp.__all__)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'parse_everything'"):
        _ = cp.parse_everything  # type: ignore[attr-defined]
