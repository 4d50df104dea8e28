"""Vague quantity words: «عشرات», «مئات الآلاف», «بضعة آلاف», «آلاف» as bounds, no value."""

from __future__ import annotations

from fractions import Fraction

from conflictparse.quantities.cursor import Cursor, Token
from conflictparse.text.lexicon.numbers import ScaleForm, WordKind

__all__ = ["vague_bounds"]


def vague_bounds(cursor: Cursor, first: Token) -> tuple[Fraction, Fraction, int] | None:
    """The low and high bounds of the vague word at ``first``, and where it ends.

    A plural scale is twice to ten times itself («آلاف» 2000–9999); a word after it scales
    the bounds («عشرات الآلاف» 20000–99999, «بضع مئات» 300–999).
    """
    word = first.word
    if word is None:
        return None
    if word.kind is WordKind.SCALE:
        low, high = 2 * word.value, 10 * word.value - 1
    else:
        low, high = word.value, word.high
    end = first.end
    following = cursor.read(end)
    if following is not None and not following.conj and following.word is not None:
        multiplier = following.word
        step = Fraction(1)
        if multiplier.kind is WordKind.SCALE and multiplier.form is ScaleForm.PLURAL:
            step = multiplier.value
        elif multiplier.kind is WordKind.VAGUE and word.high < 10:
            step = multiplier.step  # «بضع مئات»
        if step > 1:
            low, high = low * step, (high + 1) * step - 1
            end = following.end
    return low, high, end
