"""The codebooks (``codebooks.toml``): ACLED's type names and disorder types, and countries.

The tables the ACLED and UCDP GED exports write their codes from: the
title-case names of ACLED's event and sub-event types, the disorder type of
each, and for each country its ISO numbers, names and regions in both datasets.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from conflictparse.events.event import SubEventType
from conflictparse.model import EventType
from conflictparse.text.lexicon import Section, load

__all__ = ["Codebooks", "Country", "build", "codebooks"]


@attrs.frozen(slots=True, kw_only=True)
class Country:
    """A country's codes: ISO 3166-1, and its names and regions in ACLED and UCDP GED."""

    alpha2: str
    iso: int
    iso3: str
    acled_name: str
    acled_region: str
    ucdp_name: str
    ucdp_id: int
    ucdp_region: str


@attrs.frozen(slots=True, kw_only=True)
class Codebooks:
    """ACLED's names and disorder types of the event types, and the countries by alpha-2 code."""

    event_titles: Mapping[EventType, str]
    sub_event_titles: Mapping[SubEventType, str]
    disorder: Mapping[EventType | SubEventType, str]  # a sub-type's, else its type's
    countries: Mapping[str, Country]


def _country(code: str, entry: Section) -> Country:
    iso3 = entry.text("iso3")
    if len(iso3) != 3 or not iso3.isupper():
        raise entry.error("iso3", f"expected three capital letters, got {iso3!r}")
    return Country(
        alpha2=code,
        iso=entry.integer("iso"),
        iso3=iso3,
        acled_name=entry.text("acled_name"),
        acled_region=entry.text("acled_region"),
        ucdp_name=entry.text("ucdp_name"),
        ucdp_id=entry.integer("ucdp_id"),
        ucdp_region=entry.text("ucdp_region"),
    )


def build(data: Section) -> Codebooks:
    """The codebooks from the data of a ``codebooks.toml``; every type must be listed."""
    types, subs = data.table("event_types"), data.table("sub_event_types")
    for table, enum in ((types, EventType), (subs, SubEventType)):
        listed = set(table)
        missing = [member.value for member in enum if member.value not in listed]
        if missing:
            raise data.error(table.path, f"no entry for {', '.join(missing)}")
    disorder: dict[EventType | SubEventType, str] = {
        kind: types.table(kind.value).text("disorder") for kind in EventType
    }
    for sub in SubEventType:
        entry = subs.table(sub.value)
        if "disorder" in set(entry):
            disorder[sub] = entry.text("disorder")
    countries = data.table("countries")
    return Codebooks(
        event_titles=MappingProxyType({k: types.table(k.value).text("title") for k in EventType}),
        sub_event_titles=MappingProxyType(
            {k: subs.table(k.value).text("title") for k in SubEventType}
        ),
        disorder=MappingProxyType(disorder),
        countries=MappingProxyType(
            {code: _country(code, countries.table(code)) for code in countries}
        ),
    )


@functools.cache
def codebooks() -> Codebooks:
    """The packaged codebooks, read and checked on first use."""
    return build(load("codebooks.toml"))
