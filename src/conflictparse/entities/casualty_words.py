"""Word forms for the casualty reader: a word without its clitic, article or suffix.

The lexicon lists casualty words in their bare form («قتيل», «جريح»); these helpers give the
forms of a word of the text to look up: «والقتلى» → «القتلى», «قتلى»; «قتيلين» → «قتيل».
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from conflictparse.text.lexicon.casualties import casualty_lexicon

__all__ = ["clitic_stems", "dual_singulars", "stems"]


@functools.lru_cache(maxsize=65536)
def stems(word: str) -> tuple[str, ...]:
    """The word, without a clitic, without the article, without a pronoun suffix."""
    forms = [word]
    bare = word
    if bare[:1] in ("و", "ف", "ب", "ل", "ك") and len(bare) > 3:
        bare = bare[1:]
        forms.append(bare)
    if bare.startswith("ال") and len(bare) > 3:
        bare = bare[2:]
        forms.append(bare)
    for suffix in casualty_lexicon().pronoun_suffixes:
        if bare.endswith(suffix) and len(bare) - len(suffix) >= 3:
            forms.append(bare[: -len(suffix)])
            break
    return tuple(forms)


def clitic_stems(word: str) -> tuple[str, ...]:
    """The word and the word without one proclitic (no suffix stripping: «وزارة» ≠ «زار»)."""
    if word[:1] in ("و", "ف", "ب", "ل") and len(word) > 3:
        return word, word[1:]
    return (word,)


def dual_singulars(dual: str) -> Iterable[str]:
    """Singular candidates of a dual word: «قتيلين» → قتيل, «سيدتان» → سيده, «جثتي» → جثه."""
    bare = dual
    for prefix in ("و", "ال"):
        if bare.startswith(prefix) and len(bare) > len(prefix) + 3:
            bare = bare[len(prefix) :]
    for suffix, replacement in (("تان", "ه"), ("تين", "ه"), ("تي", "ه"), ("ان", ""), ("ين", "")):
        if bare.endswith(suffix):
            yield bare[: -len(suffix)] + replacement
