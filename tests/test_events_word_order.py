"""Doers told by word order (events/doers.py): the side right after a verb that opens its clause.

Sentences written for this file, in the shapes of real reports with other names and figures.
"""

from __future__ import annotations

import pytest

from conflictparse.text.lexicon.events import event_lexicon
from tests.test_events_breadth import columns


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opener of the genre before the verb: the two sides after it both act
        (
            "من جهة أخرى، استهدفت قوات النظام والميليشيات الموالية لها بلدة اللطامنة"
            " بالمدفعية الثقيلة وقذائف الهاون.",
            ("syrian_government_forces", None),
        ),
        (
            "وفي غضون ذلك قصف الحوثيون وقوات صالح قرية الشقب بالمدفعية وصواريخ الكاتيوشا.",
            ("houthis", None),
        ),
        (
            "وفي المقابل، قصفت قوات النظام وحزب الله بلدة الزبداني بالمدفعية وصواريخ الفيل.",
            ("syrian_government_forces", None),
        ),
    ],
)
def test_allies_after_a_verb_behind_an_opener_both_act(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert columns(text, "actor1", "actor2") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "وفي غضون ذلك قصفت قوات النظام مدينة حلب بالمدفعية.",
        "في غضون ذلك، استهدفت طائرة مسيرة سيارة في مدينة مأرب، ما أدى لمقتل 3 أشخاص.",
    ],
)
def test_a_verb_after_a_demonstrative_opener_is_a_new_act(text: str) -> None:
    # «ذلك» points back only with a noun that has the article: «هذا القصف», «تلك الغارة»
    assert len(columns(text, "location")) == 1


def test_a_noun_a_demonstrative_points_with_still_refers_back() -> None:
    text = "قصفت قوات النظام مدينة حلب. وأدى هذا القصف إلى مقتل 3 مدنيين."
    assert columns(text, "location", "fatalities_best") == [("مدينة حلب", 3)]


def test_the_openers_are_phrases_of_the_events_lexicon() -> None:
    openers = event_lexicon().openers
    assert ("في", "المقابل") in openers
    assert ("من", "جهه", "اخري") in openers  # folded: «من جهة أخرى»
    assert all(phrase and all(phrase) for phrase in openers)
