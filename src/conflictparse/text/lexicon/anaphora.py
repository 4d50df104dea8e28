"""The anaphora lexicon (``anaphora.toml``): bare heads that refer back to a named side.

«تنظيم داعش» … «التنظيم»: the head names the actor last named with it.  A head
with no such name before it stands for the side the data gives for the report's
country, if any («الجيش» in a Sudanese report).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from conflictparse.text.lexicon import Section, load
from conflictparse.text.normalize import fold

__all__ = ["AnaphoraLexicon", "anaphora_lexicon", "build"]


@attrs.frozen(slots=True, kw_only=True)
class AnaphoraLexicon:
    """The heads (folded, no article), those read inside a name, and the defaults by country."""

    heads: frozenset[str]
    inner_heads: frozenset[str]  # «قوات النظام» … «النظام»
    described: frozenset[str]  # «احتلال»: «قوات الاحتلال» is the occupation named before
    described_forces: frozenset[str]  # «قوات» in «قوات الاحتلال»: not «شرطة الاحتلال»
    defaults: Mapping[tuple[str, str], str]  # (head, country) → actor id


def build(data: Section) -> AnaphoraLexicon:
    """The lexicon from the data of an ``anaphora.toml``; every inner head is a head."""
    heads = frozenset(fold(word) for word in data.words("heads"))
    inner = frozenset(fold(word) for word in data.words("inner_heads"))
    if not inner <= heads:
        raise data.error("inner_heads", f"not listed in heads: {', '.join(sorted(inner - heads))}")
    described = frozenset(fold(word) for word in data.words("described"))
    if not described <= inner:
        missing = ", ".join(sorted(described - inner))
        raise data.error("described", f"not listed in inner_heads: {missing}")
    forces = frozenset(fold(word) for word in data.words("described_forces"))
    defaults: dict[tuple[str, str], str] = {}
    table = data.table("defaults")
    for country in table:
        if len(country) != 2 or not country.isupper():
            raise table.error(country, "expected an ISO 3166-1 alpha-2 code")
        by_head = table.table(country)
        for head in by_head:
            if fold(head) not in heads:
                raise by_head.error(head, "not listed in heads")
            defaults[fold(head), country] = by_head.text(head)
    return AnaphoraLexicon(
        heads=heads,
        inner_heads=inner,
        described=described,
        described_forces=forces,
        defaults=MappingProxyType(defaults),
    )


@functools.cache
def anaphora_lexicon() -> AnaphoraLexicon:
    """The packaged anaphora lexicon, read and checked on first use."""
    return build(load("anaphora.toml"))
