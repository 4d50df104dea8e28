"""Casualty forms of real reports beyond the development corpus (issue 11).

Every sentence is written for this file in the pattern of real reports, with other names,
places and figures.  Each case gives the casualty's span, kind and count (value, low, high,
qualifier), and where it matters its victims and their side.
"""

from __future__ import annotations

import datetime

import pytest

import conflictparse as cp
from conflictparse.entities.actors import scan_actors
from conflictparse.entities.casualty_words import ONE
from conflictparse.entities.singular_deaths import scan_singular_deaths

Row = tuple[str, str, int | float | None, int | float | None, int | float | None, str]


def _rows(text: str) -> list[Row]:
    return [
        (
            m.text,
            m.value.kind.value,
            m.value.count.value,
            m.value.count.low,
            m.value.count.high,
            m.value.count.qualifier.value,
        )
        for m in cp.find_casualties(text)
    ]


def _counted(text: str) -> list[tuple[str, str, int | float | None]]:
    """(span, kind, value) of each casualty of ``text``."""
    return [(m.text, m.value.kind.value, m.value.count.value) for m in cp.find_casualties(text)]


def _exact(span: str, kind: str, value: int) -> Row:
    return span, kind, value, value, value, "exact"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # duals that count victims
        pytest.param(
            "قتل شابان بنيران مجهولين قرب بلدة الجيزة", _exact("شابان", "killed", 2), id="shabban"
        ),
        pytest.param(
            "أصيبت امرأتين بشظايا قذيفة في حي الكلاسة",
            _exact("امرأتين", "wounded", 2),
            id="imraatayn",
        ),
        pytest.param(
            "وقال الأب إن طفلاه استشهدا في الغارة", _exact("طفلاه", "killed", 2), id="tiflahu"
        ),
        pytest.param(
            "مقتل عنصري شرطة بعبوة ناسفة في الموصل",
            _exact("عنصري شرطة", "killed", 2),
            id="unsuray-shurta",
        ),
        pytest.param(
            "فقد مدنيان حياتهما برصاص مسلحين قرب بلدة الدوير",
            _exact("مدنيان", "killed", 2),
            id="lives-lost-after-a-dual",
        ),
        pytest.param(
            "قتل عنصرا شرطة بعبوة ناسفة في الموصل",
            _exact("عنصرا شرطة", "killed", 2),
            id="unsura-shurta",
        ),
        pytest.param(
            "قتل ضابطا أمن باشتباك قرب الحويجة",
            _exact("ضابطا أمن", "killed", 2),
            id="dabita-amn",
        ),
        pytest.param(
            "عثر الأهالي على جثتي رجلين قرب السد",
            _exact("جثتي رجلين", "killed", 2),
            id="juthatay-rajulayn",
        ),
        pytest.param(
            "وكان مدنيين قتلا بقصف على سوق البلدة", _exact("مدنيين", "killed", 2), id="dual-verb"
        ),
        pytest.param(
            "استشهد فلسطينيان برصاص الاحتلال قرب نابلس",
            _exact("فلسطينيان", "killed", 2),
            id="demonym-dual",
        ),
        pytest.param("وأصيب آخران بجروح طفيفة", _exact("آخران", "wounded", 2), id="akharan"),
        # digits glued to the noun
        pytest.param(
            "غارات جوية توقع 8قتلى في الريف الغربي", _exact("8قتلى", "killed", 8), id="glued-killed"
        ),
        pytest.param(
            "سقوط 15جريحا في انفجار سيارة", _exact("15جريحا", "wounded", 15), id="glued-wounded"
        ),
        pytest.param(
            "ارتفع العدد إلى 42شهيدا على الأقل",
            ("42شهيدا على الأقل", "killed", 42, 42, None, "at_least"),
            id="glued-qualified",
        ),
        # label and figure
        pytest.param(
            "وأعلنت الوزارة أن عدد القتلى: 64", _exact("القتلى: 64", "killed", 64), id="label-colon"
        ),
        pytest.param(
            "وبلغت حصيلة الجرحى 135", _exact("الجرحى 135", "wounded", 135), id="label-hasila"
        ),
        pytest.param(
            "بلغ عدد الشهداء منذ مطلع الشهر 187",
            _exact("187", "killed", 187),
            id="label-phrase-between",
        ),
        pytest.param(
            "وتخطى عدد القتلى ثلاثمئة شخص",
            ("القتلى ثلاثمئة شخص", "killed", 300, 300, None, "more_than"),
            id="takhatta-more-than",
        ),
        # kinds in «مقتل N وإصابة M» and killed-or-wounded pairs
        pytest.param(
            "أسفر القصف عن مقتل 4 وإصابة 11 آخرين",
            _exact("مقتل 4", "killed", 4),
            id="maqtal-n-wa-isaba",
        ),
        pytest.param(
            "أسفر القصف عن مقتل 4 وإصابة 11 آخرين",
            _exact("11 آخرين", "wounded", 11),
            id="isaba-m-after",
        ),
        pytest.param(
            "أعلن الدفاع المدني مقتل 2 وجرح 7 في الحريق",
            _exact("جرح 7", "wounded", 7),
            id="wa-jarh-m",
        ),
        pytest.param(
            "أسفر الانفجار عن مقتل جنديين اثنين وإصابة 5 آخرين",
            _exact("جنديين اثنين", "killed", 2),
            id="noun-ithnayn",
        ),
        pytest.param(
            "وقال شهود إن نحو 40 شخصا قتلوا وأصيبوا في السوق",
            ("نحو 40 شخصا", "killed_or_wounded", 40, None, None, "approx"),
            id="qutilu-wa-usibu",
        ),
        pytest.param(
            "أدى الهجوم إلى استشهاد وجرح ستة من أفراد الحراسة",
            _exact("ستة من أفراد", "killed_or_wounded", 6),
            id="istishhad-wa-jarh",
        ),
        pytest.param(
            "سقوط نحو خمسين مقاتلا معارضا بين قتيل وجريح",
            ("نحو خمسين مقاتلا", "killed_or_wounded", 50, None, None, "approx"),
            id="pair-after-adjective",
        ),
        # qualifiers and verbs after the victims
        pytest.param(
            "قتل 14 عنصرا من قوات النظام على الأقل في كمين",
            ("14 عنصرا من قوات النظام على الأقل", "killed", 14, 14, None, "at_least"),
            id="at-least-after-actor",
        ),
        pytest.param(
            "تقول منظمات إن 30 ألفا على الأقل قتلوا منذ بدء الحرب",
            ("30 ألفا على الأقل", "killed", 30000, 30000, None, "at_least"),
            id="at-least-before-verb",
        ),
        pytest.param(
            "وأضاف أن 23 من القوات الحكومية قتلوا في المعارك",
            _exact("23 من القوات الحكومية", "killed", 23),
            id="min-noun-verb",
        ),
        pytest.param(
            "وما زال مصير خمسة صيادين ما زال مجهولا",
            _exact("خمسة صيادين", "missing", 5),
            id="masir-majhul",
        ),
        pytest.param(
            "أسفرت الغارة عن سقوط 14 شخصا بين جريح وقتيل",
            _exact("14 شخصا", "killed_or_wounded", 14),
            id="wounded-first-pair",
        ),
        pytest.param(
            "هاجم المسلحون النقطة فقتلوا ستة حراس وأصابوا ثمانية آخرين",
            _exact("ثمانية آخرين", "wounded", 8),
            id="active-wounding-verb",
        ),
        pytest.param(
            "قتل رجل جراء قصف على قرية الهبيط، و4 مدنيين جراء غارة على بلدة التح",
            _exact("4 مدنيين", "killed", 4),
            id="list-after-a-death-of-one",
        ),
        pytest.param(
            "وأفاد مصدر بأن أربعين على الأقل من عناصر الحرس قتلوا في الهجوم",
            ("أربعين على الأقل من عناصر", "killed", 40, 40, None, "at_least"),
            id="qualifier-before-min",
        ),
        pytest.param(
            "عثر الأهالي على 3 من الرعاة مقتولين قرب البئر",
            _exact("3 من الرعاة", "killed", 3),
            id="found-killed",
        ),
        pytest.param(
            "قتلت المسيرات التركية مزارعين اثنين قرب السد",
            _exact("مزارعين اثنين", "killed", 2),
            id="number-word-after-its-noun-far-from-the-verb",
        ),
        pytest.param(
            "أصابت قذائف الهاون الطائشة مدنيين ثلاثة في الحي",
            _exact("مدنيين ثلاثة", "wounded", 3),
            id="number-word-after-its-noun-wounded",
        ),
        pytest.param(
            "قتل في وقت سابق أربعة عناصر من حرس الحدود",
            _exact("أربعة عناصر من حرس الحدود", "killed", 4),
            id="adverb-of-time-is-no-clause-break",
        ),
        pytest.param(
            "قصف مدفعي يصيب 9 مدنيين في السوق",
            _exact("9 مدنيين", "wounded", 9),
            id="headline-present-tense",
        ),
        pytest.param(
            "خلف الانفجار خمسة قتلى وأكثر من ثلاثين جريحا",
            _exact("خمسة قتلى", "killed", 5),
            id="more-than-opens-the-next-count",
        ),
        pytest.param(
            "تمكنت الوحدات من القضاء على 12 مسلحا في الكمين",
            _exact("12 مسلحا", "killed", 12),
            id="put-an-end-to",
        ),
        pytest.param(
            "مجهولون يغتالون 4 عناصر من الشرطة في المدينة",
            _exact("4 عناصر من الشرطة", "killed", 4),
            id="assassinate-present",
        ),
        pytest.param(
            "استهدف مجهولون بالرصاص ثلاثة شبان قرب البلدة، ما أدى لوفاتهم على الفور",
            _exact("ثلاثة شبان", "killed", 3),
            id="their-death-by-a-pronoun",
        ),
        pytest.param(
            "أطلق مسلحون النار على 4 مزارعين ما أدى إلى إصابتهم",
            _exact("4 مزارعين", "wounded", 4),
            id="their-wounding-by-a-pronoun",
        ),
        pytest.param(
            "قتل 17 جنديا على الأقل من قوات النظام بهجوم في البادية",
            ("17 جنديا على الأقل من قوات النظام", "killed", 17, 17, None, "at_least"),
            id="side-after-a-postposed-qualifier",
        ),
        pytest.param(
            "قتل ستة من قوات حرس الحدود العراقي قرب الرطبة",
            _exact("ستة من قوات حرس الحدود العراقي", "killed", 6),
            id="force-noun-before-the-side",
        ),
        pytest.param(
            "اوصيب مواطنان في غارة على حي التفاح",
            _exact("مواطنان", "wounded", 2),
            id="misspelt-passive",
        ),
        pytest.param(
            "سقط 11 شخصا وجرح 20 آخرون في القصف",
            _exact("11 شخصا", "killed", 11),
            id="fell-for-killed",
        ),
    ],
)
def test_casualty_is_read(text: str, expected: Row) -> None:
    assert expected in _rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أصيب 5 عناصر في الهجوم، وتوفي اثنان منهم لاحقا.",
            [("5 عناصر", "wounded", 5), ("اثنان", "killed", 2)],
        ),
        (
            "أصيب 3 مدنيين في القصف، ومقتل اثنين منهم.",
            [("3 مدنيين", "wounded", 3), ("اثنين", "killed", 2)],
        ),
        ("أصيب 7 أشخاص، 4 منهم أطفال.", [("7 أشخاص", "wounded", 7), ("4", "wounded", 4)]),
    ],
    ids=["died-of-them", "killed-of-them", "of-them-alone"],
)
def test_a_death_among_those_counted_before_is_a_death(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert [(text, kind, value) for text, kind, value in _counted(text)][
        : len(expected)
    ] == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        pytest.param("قتل عنصر في هجومين على حاجز للجيش", "هجومين", id="dual-attacks"),
        pytest.param("أصيب آخرون في غارتين على مخيم اليرموك", "غارتين", id="dual-strikes"),
        pytest.param(
            "ارتفع عدد الضحايا خلال الأسبوعين الماضيين إلى 70 قتيلا", "الأسبوعين", id="dual-weeks"
        ),
        pytest.param("قتل مدني بقصف دمر منزلين في القرية", "منزلين", id="dual-houses"),
        pytest.param("أطلقت الميليشيا صاروخين وقتل 3 مدنيين", "صاروخين", id="dual-missiles"),
        pytest.param("وتضررت سيارتين وقتل سائق", "سيارتين", id="dual-cars"),
        pytest.param("قتلت الغارة ثمانية مدنيين من أسرتين", "أسرتين", id="dual-households"),
        pytest.param("قتل مسلحون عنصرا أمن قرب الحويجة", "عنصرا أمن", id="singular-object"),
        pytest.param(
            "نقل خمسة مدنيين إلى المشفى بعد قصف يهدد حياتهم", "خمسة مدنيين", id="lives-threatened"
        ),
        pytest.param("قتل مسلحون عنصرا في الشرطة", "عنصرا في", id="accusative-singular"),
        pytest.param("قتل أفراد عائلتين بقصف على الحي", "عائلتين", id="dual-families"),
        pytest.param("نزحت 40 عائلة بعد مقتل 3 مدنيين", "40 عائلة", id="families-counted"),
        pytest.param("استشهاد طفل في قصف", "طفل", id="singular-is-no-count"),
        pytest.param("مقتل الانتحاري قبل تفجير الحزام", "الانتحاري", id="singular-definite"),
        pytest.param(
            "اعتقلت الشرطة المتعاونين مع الخلية", "المتعاونين", id="participle-plural-no-dual"
        ),
        pytest.param("قتل اثنان من المسلحين المهاجمين", "المهاجمين", id="participle-plural"),
        pytest.param(
            "قال مصدران أمنيان إن 7 من المسلحين قتلوا", "أمنيان", id="adjective-of-a-dual"
        ),
        pytest.param(
            "خلفت الحرب 12 ألف قتيل و3 ملايين نازح", "3 ملايين نازح", id="displaced-after-dead"
        ),
    ],
)
def test_not_a_casualty(text: str, phrase: str) -> None:
    start = text.index(phrase)
    end = start + len(phrase)
    assert not [m for m in cp.find_casualties(text) if m.start < end and start < m.end]


def test_ministry_list_of_figures() -> None:
    text = "حصيلة اليوم بحسب الوزارة: الشهداء: 27، الجرحى: 133، المفقودين: 9"
    assert _rows(text) == [
        _exact("الشهداء: 27", "killed", 27),
        _exact("الجرحى: 133", "wounded", 133),
        _exact("المفقودين: 9", "missing", 9),
    ]


def test_n_min_actor_pairs_each_with_its_actor() -> None:
    text = "أسفرت المعارك عن مقتل 11 من الحوثيين و3 من قوات النظام"
    found = [
        (m.text, m.value.count.value, m.value.actor.id if m.value.actor else None)
        for m in cp.find_casualties(text)
    ]
    assert found == [
        ("11 من الحوثيين", 11, "houthis"),
        ("3 من قوات النظام", 3, "syrian_government_forces"),
    ]


@pytest.mark.parametrize(
    ("text", "anchor", "who", "actor"),
    [
        pytest.param(
            "قتل سبعة أشخاص على الأقل في غارة", "سبعة", "أشخاص", None, id="who-without-qualifier"
        ),
        pytest.param(
            "قتل 6 عناصر من قوات النظام، أغلبهم من المجندين",
            "6",
            "عناصر من قوات النظام",
            "syrian_government_forces",
            id="who-stops-at-comma",
        ),
        pytest.param(
            "وقتل عنصران من هيئة تحرير الشام في ريف حلب",
            "عنصران",
            "عنصران من هيئة تحرير الشام",
            "hts",
            id="dual-head-min-actor",
        ),
    ],
)
def test_victims(text: str, anchor: str, who: str, actor: str | None) -> None:
    start = text.index(anchor)
    hits = [m.value for m in cp.find_casualties(text) if m.start <= start < m.end]
    assert hits
    assert hits[0].who == who
    assert (hits[0].actor.id if hits[0].actor else None) == actor


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        pytest.param(
            "تقرير يحصي 9500 ضحية في المحافظة", "9500 ضحية", "killed_or_wounded", id="alone-both"
        ),
        pytest.param(
            "ولا يزال عشرات الضحايا تحت الأنقاض", "عشرات الضحايا", "killed", id="under-rubble"
        ),
        pytest.param(
            "ومن بين الضحايا 6 نساء و9 جرحى", "الضحايا 6 نساء", "killed", id="wounded-apart"
        ),
        pytest.param("لقي 17 ضحية حتفهم في الفيضان", "17 ضحية", "killed", id="killing-verb"),
        pytest.param("سقوط 20 ضحية بين قتيل وجريح", "20 ضحية", "killed_or_wounded", id="pair"),
        pytest.param(
            "وسقط عشرات الضحايا في القصف", "عشرات الضحايا", "killed_or_wounded", id="fell-both"
        ),
        pytest.param(
            "أسفر القصف عن عشرات الشهداء والجرحى",
            "عشرات الشهداء والجرحى",
            "killed_or_wounded",
            id="dead-and-wounded-after-a-vague-count",
        ),
        pytest.param(
            "وارتفع عدد الشهداء والجرحى إلى 45", "45", "killed_or_wounded", id="total-of-both"
        ),
        pytest.param(
            "ووثق التقرير 41 ضحايا بسبب التعذيب في السجون", "41 ضحايا", "killed", id="torture"
        ),
        pytest.param(
            "ارتفعت حصيلة ضحايا القصف على ريف حماة إلى 14 شخصا إثر استهداف سوق شعبي،"
            " وسقوط أكثر من 25 جريحا",
            "14 شخصا",
            "killed",
            id="wounded-apart-later",
        ),
        pytest.param(
            "سقط 9 ضحايا في القصف على المدينة، كما أصيب أكثر من 20 شخصا بجروح",
            "9 ضحايا",
            "killed",
            id="wounded-told-after",
        ),
        pytest.param(
            "بلغ عدد الضحايا 11 شخصا بينهم 4 أطفال، فيما أصيب 16 آخرون",
            "4 أطفال",
            "killed",
            id="sub-count-of-the-dead",
        ),
        pytest.param(
            "سقط 20 ضحية بين قتيل وجريح، وأصيب 5 آخرون من المسعفين",
            "20 ضحية",
            "killed_or_wounded",
            id="pair-then-wounded",
        ),
        pytest.param(
            "سقط 6 ضحايا في حي الميدان. وفي اليوم التالي أصيب 8 أشخاص",
            "6 ضحايا",
            "killed_or_wounded",
            id="wounded-in-another-sentence",
        ),
    ],
)
def test_victims_word_by_its_sentence(text: str, span: str, kind: str) -> None:
    assert (span, kind) in [(m.text, m.value.kind.value) for m in cp.find_casualties(text)]


# --- singular deaths, for the events layer ---------------------------------------------------


def _deaths(text: str) -> list[tuple[str, str | None, str | None]]:
    prepared = cp.prepare(text)
    found = scan_singular_deaths(prepared, scan_actors(prepared, None, anaphora=True))
    assert all(item.casualty.count == ONE for item in found)
    assert all(item.casualty.kind is cp.CasualtyKind.KILLED for item in found)
    spans = prepared.matches((item.start, item.end, item.casualty) for item in found)
    return [(m.text, m.value.who, m.value.actor.id if m.value.actor else None) for m in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "أفاد ناشطون بمقتل طفل في قصف على بلدة سرمين",
            [("مقتل طفل", "طفل", None)],
            id="maqtal-tifl",
        ),
        pytest.param(
            "قتل رجل أمن بنيران مسلحين في الرمادي",
            [("قتل رجل أمن", "رجل أمن", None)],
            id="rajul-amn",
        ),
        pytest.param(
            "واستشهاد شاب برصاص قوات الاحتلال", [("استشهاد شاب", "شاب", None)], id="istishhad-shab"
        ),
        pytest.param(
            "وأكدت المصادر مقتل الانتحاري قبل وصوله",
            [("مقتل الانتحاري", "الانتحاري", None)],
            id="definite",
        ),
        pytest.param(
            "مقتل أحد عناصر قوات النظام بقذيفة",
            [("مقتل أحد عناصر", "أحد عناصر قوات النظام", "syrian_government_forces")],
            id="ahad-anasir",
        ),
        pytest.param(
            "قتل عنصر من قوات النظام في درعا",
            [("قتل عنصر", "عنصر من قوات النظام", "syrian_government_forces")],
            id="min-actor",
        ),
        pytest.param("لقي شاب حتفه غرقا في النهر", [("لقي شاب", "شاب", None)], id="laqiya"),
        pytest.param(
            "قتل 3 في حاس، ومواطن استشهد جراء قصف على داعل",
            [("مواطن استشهد", "مواطن", None)],
            id="victim-then-verb",
        ),
        pytest.param("واستشهدت أم في قصف على الحي", [("استشهدت أم", "أم", None)], id="umm"),
        pytest.param(
            "سقطت صواريخ على القاعدة، ما أدى إلى وفاة متعاقد",
            [("وفاة متعاقد", "متعاقد", None)],
            id="contractor",
        ),
        pytest.param(
            "وذكر مراسل أن رجلا قتل في الغارة على القرية",
            [("رجلا قتل", "رجلا", None)],
            id="victim-then-verb-after-anna",
        ),
        pytest.param("كما قضت سيدة بقذيفة على الحي", [("قضت سيدة", "سيدة", None)], id="qadat"),
        pytest.param("وقضت طفلة في القصف", [("قضت طفلة", "طفلة", None)], id="wa-qadat"),
        pytest.param("قضت المحكمة بسجن رجل", [], id="qadat-a-court-is-no-death"),
        pytest.param(
            "قتلت قوات النظام مدنيا في بلدة حيان",
            [("مدنيا", "مدنيا", None)],
            id="actor-kills-one",
        ),
        pytest.param(
            "قتل الجيش الإسرائيلي مساء السبت، شابا عند حاجز عسكري",
            [("شابا", "شابا", None)],
            id="actor-a-day-then-one",
        ),
        pytest.param("قتلت قوات النظام، وأصابت شابا", [], id="actor-then-another-verb"),
        pytest.param(
            "استشهد اليوم الأربعاء رجل في قصف على الحي",
            [("استشهد اليوم الأربعاء رجل", "رجل", None)],
            id="a-day-between-the-verb-and-the-victim",
        ),
        # a definite victim names one told before; a noun inside its clause is no victim
        pytest.param("وقال إن الطبيب قتل بصاروخ", [], id="definite-victim-then-verb"),
        pytest.param("وأكد مصدر طبيب قتل في القصف", [], id="victim-not-opening-its-clause"),
        pytest.param("إصابة طفل بجروح في قصف", [], id="wounded-is-no-death"),
        pytest.param("قتل أحد عشر مدنيا في الغارة", [], id="ahad-ashar-is-eleven"),
        pytest.param("مقتل 4 مدنيين بينهم طفل", [], id="breakdown-has-no-trigger"),
    ],
)
def test_singular_deaths(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _deaths(text) == expected


def test_singular_deaths_are_not_casualties() -> None:
    assert cp.find_casualties("أفاد ناشطون بمقتل طفل في قصف") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قتل 14 آخرون في حمص و9 في حماة و4 في طرطوس",
            [("14 آخرون", 14, False), ("9", 9, False), ("4", 4, False)],
            id="bare-items-in-places",
        ),
        pytest.param(
            "استشهد 11 مواطنا جراء غارة على بلدة التمانعة، و3 أطفال جراء قصف على قرية الهبيط",
            [("11 مواطنا", 11, False), ("3 أطفال", 3, False)],
            id="item-after-a-comma",
        ),
        pytest.param(
            "قتل سبعة أفراد من أسرة واحدة، بينهم أم وأب وأربعة من أبنائهم، في قصف على المخيم",
            [("سبعة أفراد من أسرة", 7, False), ("أربعة من أبنائهم", 4, True)],
            id="item-of-a-sub-count",
        ),
    ],
)
def test_the_items_of_a_list_of_tolls(text: str, expected: list[tuple[str, int, bool]]) -> None:
    found = cp.find_casualties(text)
    assert [(m.text, m.value.count.value, m.value.breakdown) for m in found] == expected
    assert all(m.value.kind is cp.CasualtyKind.KILLED for m in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "ووثقت الشبكة مقتل 120 شخصا خلال الشهر، هم:\n"
            "15 من عناصر الفصائل برصاص قوات النظام.\n"
            "70 من قوات النظام والمسلحين الموالين لها.\n"
            "و35 مدنيا بينهم 6 أطفال.",
            [
                ("120 شخصا", 120, False),
                ("15 من عناصر", 15, True),
                ("70 من قوات النظام", 70, True),
                ("35 مدنيا", 35, True),
                ("6 أطفال", 6, True),
            ],
            id="lines-after-hum",
        ),
        pytest.param(
            "ووثقت الشبكة مقتل 120 شخصا خلال الشهر، هم:\n\n"
            "15 من عناصر الفصائل برصاص قوات النظام.\n\n"
            "70 من قوات النظام والمسلحين الموالين لها.",
            [("120 شخصا", 120, False), ("15 من عناصر", 15, True), ("70 من قوات النظام", 70, True)],
            id="lines-after-hum-with-blank-lines",
        ),
        pytest.param(
            "قتل 9 أشخاص في الهجوم:\n- 5 من رجال الشرطة\n- 4 من المدنيين",
            [("9 أشخاص", 9, False), ("5 من رجال", 5, True), ("4 من المدنيين", 4, True)],
            id="bulleted-lines",
        ),
    ],
)
def test_the_lines_of_a_list_a_colon_opens_are_parts_of_its_head(
    text: str, expected: list[tuple[str, int, bool]]
) -> None:
    found = cp.find_casualties(text)
    assert [(m.text, m.value.count.value, m.value.breakdown) for m in found] == expected
    assert all(m.value.kind is cp.CasualtyKind.KILLED for m in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقال المرصد إن الحصيلة تضم 300 شخص بينهم 40 طفلا قتلوا في الغارات.",
            [("300 شخص", 300, "killed"), ("40 طفلا", 40, "killed")],
        ),
        ("وثق المرصد 14 مقاتلا سقطوا في المعارك بريف حماة.", [("14 مقاتلا", 14, "killed")]),
        ("وقال إن 9 جنود سقطوا أسرى بيد الفصائل.", [("9 جنود", 9, "captured")]),
        ("نزحت عائلة تضم 6 أشخاص من القرية.", []),
        (
            "وقتل 20 آخرون في مديرية حيس، وأضافت أن 40 مسلحا حوثيا أصيبوا في المعارك.",
            [("20 آخرون", 20, "killed"), ("40 مسلحا", 40, "wounded")],
        ),
    ],
    ids=[
        "what-a-toll-is-made-of",
        "fallen-fighters",
        "fallen-captive",
        "a-family-of-six",
        "own-verb-over-a-trigger-before",
    ],
)
def test_a_toll_made_of_and_men_who_fell(text: str, expected: list[tuple[str, int, str]]) -> None:
    found = cp.find_casualties(text)
    assert [(m.text, m.value.count.value, m.value.kind.value) for m in found] == expected


def test_a_line_after_a_toll_with_no_colon_is_no_item() -> None:
    found = cp.find_casualties("قتل 5 أشخاص في القصف.\n3 منازل دمرت بالكامل.\n12 من الطلاب نجحوا.")
    assert [m.text for m in found] == ["5 أشخاص"]


def test_a_bare_number_after_a_toll_needs_a_parallel_item() -> None:
    found = cp.find_casualties("قتل 14 مدنيا في حمص و9 آليات دمرت")
    assert [m.text for m in found] == ["14 مدنيا"]


def test_feminine_killed_and_wounded_together() -> None:
    assert _rows("سقطت 42 قتيلة ومصابة في القصف") == [
        _exact("42 قتيلة ومصابة", "killed_or_wounded", 42)
    ]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("قتل 6 جنود وإعلامي في قصف على بلدة حزانو.", 7),
        ("قتل مدنيان وطبيبة في قصف على بلدة حزانو.", 3),
    ],
)
def test_a_single_victim_after_a_count_adds_one_to_the_event(text: str, toll: int) -> None:
    assert [row["fatalities_best"] for row in cp.parse_report(text).to_rows()] == [toll]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "و64 بينهم 9 أطفال و5 مواطنات قتلوا في القصف.",
            [("64", "killed", 64), ("9 أطفال", "killed", 9), ("5 مواطنات", "killed", 5)],
            id="a-bare-count-opens-a-breakdown",
        ),
        pytest.param("وقال إن 40 منهم عادوا إلى منازلهم.", [], id="no-harm-after-it"),
        pytest.param("نزح 500 بينهم 200 طفل.", [], id="displaced-are-no-casualties"),
    ],
)
def test_a_bare_count_takes_the_kind_told_after_its_breakdown(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert _counted(text) == expected


def test_a_running_total_named_with_lil_is_read() -> None:
    text = "وارتفعت الحصيلة الإجمالية للشهداء منذ بدء الحرب إلى 1750، والجرحى إلى 6400."
    assert _counted(text) == [("1750", "killed", 1750), ("6400", "wounded", 6400)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "استقبل المستشفى قتيلا واحدا و6 جرحى",
            [("قتيلا واحدا", "killed", 1), ("6 جرحى", "wounded", 6)],
        ),
        ("قتل خمسة من عائلة واحدة", [("خمسة من عائلة", "killed", 5)]),
        # a person noun takes the kind of its clause
        ("قتل شخص واحد في القصف", [("شخص واحد", "killed", 1)]),
        ("أصيب طفل واحد بجروح", [("طفل واحد", "wounded", 1)]),
        ("قتل 3 رجال وسيدة واحدة", [("3 رجال", "killed", 3), ("سيدة واحدة", "killed", 1)]),
    ],
)
def test_one_after_a_casualty_noun_counts_one(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert _counted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سقط 23 آخرون على الأقل مصرعهم في التفجير.", ("23 آخرون على الأقل", "killed", "at_least")),
        (
            "قتل أو جرح أكثر من 4,000 مدني منذ بداية الحرب.",
            ("أكثر من 4,000 مدني", "killed_or_wounded", "more_than"),
        ),
    ],
)
def test_death_idioms_split_by_the_count_and_either_or(
    text: str, expected: tuple[str, str, str]
) -> None:
    (match,) = cp.find_casualties(text)
    assert (match.text, match.value.kind.value, match.value.count.qualifier.value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an active dual verb before its object counts the object
        ("تقول المنظمة إن الطرفين قتلا 27 مدنيا خلال الشهر", [("27 مدنيا", "killed", 27)]),
        ("المقاتلتان قتلتا 6 أطفال في القرية", [("6 أطفال", "killed", 6)]),
        # and does not make the dual agent before it a victim
        (
            "المهاجمان قتلا 9 أشخاص وجرحا 14 آخرين",
            [("9 أشخاص", "killed", 9), ("14 آخرين", "wounded", 14)],
        ),
        # the passive dual after a dual noun still counts it
        ("شابان قتلا برصاص مجهولين", [("شابان", "killed", 2)]),
    ],
)
def test_a_dual_verb_counts_its_object_not_its_agent(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert _counted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تعرض 9 أشخاص للخطف على طريق المطار", [("9 أشخاص", "captured", 9)]),
        ("تعرض 4 مدنيين للاعتقال خلال المداهمة", [("4 مدنيين", "captured", 4)]),
    ],
)
def test_people_subjected_to_abduction_or_arrest_are_captured(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert _counted(text) == expected


def test_a_toll_shared_out_among_groups_gives_sub_counts() -> None:
    text = "قتل 30 شخصا يتوزعون بين 20 مدنيا و10 عناصر من الشرطة"
    found = [(m.value.count.value, m.value.breakdown) for m in cp.find_casualties(text)]
    assert found == [(30, False), (20, True), (10, True)]


def test_the_length_of_a_span_of_time_is_no_casualty() -> None:
    assert _counted("استشهدوا في الساعات الأربع والعشرين الماضية") == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("قتل مدنيين اثنين في قصف على البلدة", "مدنيين"),
        ("أصيب أطفال ثلاثة بشظايا القذيفة", "أطفال"),
    ],
)
def test_a_number_word_after_its_noun_names_the_victims(text: str, who: str) -> None:
    """«مدنيين اثنين»: the noun before the number says who the victims are."""
    (match,) = cp.find_casualties(text)
    assert match.value.who == who


def test_a_figure_with_of_them_after_it_is_a_sub_count() -> None:
    """«استشهد 6 أطفال 4 منهم من عائلة واحدة»: the 4 are of the 6."""
    found = cp.find_casualties("استشهد 6 أطفال 4 منهم من عائلة واحدة في غارة")
    assert [(m.value.count.value, m.value.breakdown) for m in found] == [(6, False), (4, True)]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("ارتفع إلى 6 عدد قتلى قوات النظام في الهجوم", "killed", 6),
        ("ارتفع إلى 11 عدد الشهداء في القصف", "killed", 11),
        ("وصل إلى 20 عدد الجرحى", "wounded", 20),
    ],
)
def test_a_running_total_with_the_figure_before_its_label(text: str, kind: str, value: int) -> None:
    """«ارتفع إلى 6 عدد قتلى …»: the label after the figure gives its kind."""
    (match,) = cp.find_casualties(text)
    assert (match.value.kind.value, match.value.count.value) == (kind, value)


def test_who_they_are_after_a_comma_is_a_breakdown() -> None:
    """«قتل 14 مدنيا، هم سبعة أطفال وسبع نساء»: the 14 are the children and the women."""
    found = cp.find_casualties("قتل 14 مدنيا، هم سبعة أطفال وسبع نساء، في القصف")
    assert [(m.value.count.value, m.value.breakdown) for m in found] == [
        (14, False),
        (7, True),
        (7, True),
    ]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("سقط 3 قتلى و14 آخرون جرحى في القصف", [("killed", 3), ("wounded", 14)]),
        ("قتل 3 أشخاص و14 آخرون جرحى", [("killed", 3), ("wounded", 14)]),
        # the next item after a comma is no word about the noun before it
        (
            "قتل 9 مواطنين بينهم سيدتان، وإصابة 14 آخرين",
            [("killed", 9), ("killed", 2), ("wounded", 14)],
        ),
    ],
)
def test_a_word_right_after_the_others_says_what_they_are(
    text: str, kinds: list[tuple[str, int]]
) -> None:
    """«و14 آخرون جرحى»: wounded, not killed as the count before them."""
    assert [(m.value.kind.value, m.value.count.value) for m in cp.find_casualties(text)] == kinds


@pytest.mark.parametrize(
    ("text", "breakdowns"),
    [
        # counts after a comma that add up to the count before them are its breakdown
        ("قتل ستة مدنيين، رجلان وأربع نساء، بقصف على القرية.", [False, True, True]),
        ("استشهد 5 أشخاص، 3 أطفال وامرأتان، في غارة على المخيم.", [False, True, True]),
        # …or in brackets
        ("قتل سبعة مدنيين (5 رجال وطفلان) بقصف على البلدة.", [False, True, True]),
        ("قتل سبعة مدنيين ( 5 رجال وطفلان ) بقصف على البلدة.", [False, True, True]),
        ("قتل سبعة مدنيين (4 رجال وطفلان) بقصف على البلدة.", [False, False, False]),
        # after «و», or not adding up, they are counts of their own
        ("قتل 5 عناصر من الشرطة، و3 مدنيين في الهجوم.", [False, False]),
        ("قتل 5 عناصر من الشرطة، 3 مدنيين في الهجوم.", [False, False]),
    ],
)
def test_counts_in_apposition_after_a_comma_or_in_brackets(
    text: str, breakdowns: list[bool]
) -> None:
    assert [m.value.breakdown for m in cp.find_casualties(text)] == breakdowns


def test_a_label_of_the_next_clause_does_not_retype_the_count_before() -> None:
    """«وإصابة ثلاثة آخرين، ليرتفع عدد الضحايا …»: the three are wounded, as «إصابة» says."""
    text = "أسفر القصف عن مقتل مدني وإصابة ثلاثة آخرين، ليرتفع عدد الضحايا إلى ستة قتلى و20 مصابا."
    found = [(m.text, m.value.kind.value, m.value.count.value) for m in cp.find_casualties(text)]
    assert found == [
        ("ثلاثة آخرين", "wounded", 3),
        ("ستة قتلى", "killed", 6),
        ("20 مصابا", "wounded", 20),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «أسرة» (a family) folds as «أسره» (captured him) would: read whole, it captures none
        ("قصفت الطائرات منزلا فقتلت أسرة كاملة من سبعة أفراد.", ("killed", 7)),
        ("قتل أفراد أسرته الأربعة في الغارة.", ("killed", 4)),
        # the verb of capture still captures
        ("أسرت الفصائل 5 عناصر من قوات النظام.", ("captured", 5)),
    ],
    ids=["family", "his-family", "capture"],
)
def test_a_family_is_no_capture(text: str, expected: tuple[str, int]) -> None:
    assert [(m.value.kind.value, m.value.count.value) for m in cp.find_casualties(text)] == [
        expected
    ]


def test_the_sound_plural_of_residents_counts_no_two() -> None:
    assert cp.find_casualties("سقط عدد من المدنيين القاطنين في الحي ضحايا للقصف.") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("قتل رجل وأطفاله الثلاثة في القصف.", "أطفاله الثلاثة"),
        ("قتلت أم وأطفالها الأربعة في القصف.", "أطفالها الأربعة"),
    ],
)
def test_the_and_before_a_noun_counted_after_it_stays_outside_the_span(
    text: str, span: str
) -> None:
    assert [m.text for m in cp.find_casualties(text)] == [span]


def test_a_bare_count_after_a_sub_count_of_them_told_by_place_is_one_too() -> None:
    text = "قتل 9 عناصر في المعارك، ستة منهم قتلوا في محور الطويشة وثلاثة في محور الكريمية."
    found = [(m.text, m.value.count.value, m.value.breakdown) for m in cp.find_casualties(text)]
    assert found == [("9 عناصر", 9, False), ("ستة", 6, True), ("ثلاثة", 3, True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("عثر الأهالي على جثة شاب مقتولا بالرصاص قرب البلدة.", [("جثة شاب", "شاب", None)]),
        (
            "عثر على جثة أحد عناصر قوات النظام على الطريق.",
            [("جثة أحد عناصر", "أحد عناصر قوات النظام", "syrian_government_forces")],
        ),
        # a body known before, returned or buried, tells no death
        ("سلمت القوات جثة الطفل لذويه.", []),
        ("شيع الأهالي جثمان الشهيد في البلدة.", []),
    ],
    ids=["a-young-man", "one-of-a-group", "returned", "buried"],
)
def test_a_body_found_is_a_death_of_one(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _deaths(text) == expected


def test_a_bare_count_of_members_in_a_side_takes_that_side() -> None:
    found = cp.find_casualties("قتل سبعة أشخاص بينهم ثلاثة في حزب الله بقصف على البلدة.")
    assert [(m.text, m.value.actor.id if m.value.actor else None) for m in found] == [
        ("سبعة أشخاص", None),
        ("ثلاثة في حزب الله", "hezbollah"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وكان شاب استشهد أمس برصاص قوات الاحتلال في البلدة.", [("شاب استشهد", "شاب", None)]),
        ("وكانت طفلة قتلت قبل أيام بقصف على البلدة.", [("طفلة قتلت", "طفلة", None)]),
    ],
    ids=["was-a-young-man", "was-a-girl"],
)
def test_a_victim_after_the_past_of_background_dies_once(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _deaths(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل (7) مدنيين في القصف.", [("(7) مدنيين", cp.Quantity.exact(7))]),
        ("لقي أكثر من (12) شخصا مصرعهم.", [("أكثر من (12) شخصا", cp.Quantity.more_than(12))]),
    ],
    ids=["bare", "more-than"],
)
def test_a_figure_in_brackets_is_counted_with_its_brackets(
    text: str, expected: list[tuple[str, cp.Quantity]]
) -> None:
    assert [(m.text, m.value.count) for m in cp.find_casualties(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أفادت الوكالة أن مواطنة وابنتها لقيتا حتفهما في الغارة.", [("مواطنة وابنتها", 2)]),
        ("وكان شاب وشقيقه استشهدا أمس برصاص القوات.", [("شاب وشقيقه", 2)]),
        # a definite victim was told before: no new deaths
        ("قال إن الطفل ووالده قتلا في الغارة.", []),
        # two victims of no kin, each indefinite: two deaths
        ("وقال المسعف إن امرأة وشابا قتلا في القصف.", [("امرأة وشابا", 2)]),
        ("وذكر الأهالي أن طفلا ورجلا استشهدا بالقذيفة.", [("طفلا ورجلا", 2)]),
        ("قال إن الطفل والشاب قتلا في القصف.", []),
    ],
    ids=[
        "citizen-and-daughter",
        "young-man-and-brother",
        "told-before",
        "woman-and-young-man",
        "child-and-man",
        "both-told-before",
    ],
)
def test_two_victims_or_a_victim_and_kin_before_a_dual_verb_of_dying_are_two_deaths(
    text: str, expected: list[tuple[str, int]]
) -> None:
    found = scan_singular_deaths(cp.prepare(text), [])
    assert [(item.casualty.who, item.casualty.count.value) for item in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ألقى الطيران عشرة براميل سقط اثنان منها على حي كرم الجبل.", []),
        ("أطلق الحوثيون تسعة عشر صاروخا سقطت من بينها ثمانية ضمن مواقع الجيش.", []),
        # people are «منهم»
        ("قتل عشرة أشخاص سقط اثنان منهم في حي كرم الجبل.", [("عشرة أشخاص", 10), ("اثنان", 2)]),
    ],
    ids=["two-of-the-barrels", "eight-of-the-rockets", "two-of-the-people"],
)
def test_a_bare_count_of_things_told_before_is_no_casualty(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(m.text, m.value.count.value) for m in cp.find_casualties(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقال مصدر أمني إن شخصين قتلا على الأقل في انفجار عبوة",
            [("شخصين قتلا على الأقل", "killed", 2, 2, None, "at_least")],
        ),
        ("شابان قتلا على الأقل", [("شابان قتلا على الأقل", "killed", 2, 2, None, "at_least")]),
        ("قتل شخصان على الأقل", [("شخصان على الأقل", "killed", 2, 2, None, "at_least")]),
    ],
    ids=["dual-verb-then-bound", "dual-subject", "bound-after-dual"],
)
def test_a_dual_its_verb_and_a_bound_after_them_are_one_count(
    text: str, expected: list[Row]
) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("قتل شخصان على الأقل في انفجار", "شخصان"),
        ("أصيب مدنيان اثنان على الأقل بشظايا", "مدنيان اثنان"),
        ("قتل عنصران على الأقل من قوات النظام", "عنصران"),
        ("قتل عنصران من قوات النظام", "عنصران من قوات النظام"),
    ],
)
def test_a_dual_with_a_bound_after_it_names_its_own_victims(text: str, who: str) -> None:
    (found,) = cp.find_casualties(text)
    assert found.value.who == who
    assert found.value.count.qualifier is (
        cp.Qualifier.AT_LEAST if "الأقل" in text else cp.Qualifier.EXACT
    )


@pytest.mark.parametrize(
    "text",
    [
        "كما قتل شخصان على الأقل وأصيب عشرة بجروح في انفجار سيارة مركونة في حي الجامعة.",
        "وقتل مدنيان اثنان على الأقل بقذيفة هاون سقطت في حي الأمين.",
    ],
)
def test_persons_of_a_dual_with_a_bound_are_civilian_victims(text: str) -> None:
    (row,) = cp.parse_report(text, published=datetime.date(2020, 5, 4)).to_rows()
    assert (row["actor2"], row["fatalities_best"], row["fatalities_qualifier"]) == (
        "civilians",
        2,
        "at_least",
    )


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ("أسفر الهجوم عن مقتل ما لا يقل عن ( 15 ) جنديا", "ما لا يقل عن ( 15 ) جنديا", "at_least"),
        ("قتل 5 من مسلحي الحوثي على الأقل في مأرب", "5 من مسلحي الحوثي على الأقل", "at_least"),
    ],
    ids=["spaced-brackets", "side-named-with-its-men"],
)
def test_the_qualifier_reaches_through_brackets_and_a_side_named_with_its_men(
    text: str, span: str, qualifier: str
) -> None:
    found = [(m.text, m.value.count.qualifier.value) for m in cp.find_casualties(text)]
    assert found == [(span, qualifier)]


def test_a_side_named_with_its_men_is_the_victims_side() -> None:
    (found,) = cp.find_casualties("قتل 5 من مسلحي الحوثي في مأرب")
    assert found.value.actor is not None
    assert found.value.actor.id == "houthis"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sound plural, not a dual: the stranded, villagers, visitors, woodcutters
        ("قتل مدنيان وبقي آخرون عالقين تحت ركام المبنى", [("مدنيان", "killed", 2)]),
        ("أصيب فلاحين وحطابين بقصف على أطراف القرية", []),
        ("قتل 3 أشخاص وأصيب زائرين في تفجير قرب المزار", [("3 أشخاص", "killed", 3)]),
        # a noun of origin in «ـيين» is plural too; its nominative dual and a dual verb count two
        ("قتل باكستانيين في انفجار سيارة مفخخة", []),
        ("قتل باكستانيان في انفجار سيارة مفخخة", [("باكستانيان", "killed", 2)]),
        ("وكان تشاديين قتلا في هجوم على سوق البلدة", [("تشاديين", "killed", 2)]),
    ],
)
def test_a_sound_plural_counts_no_two(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert _counted(text) == expected


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("أسفر القصف عن مصرع وإصابة العشرات من عناصرها", "العشرات من عناصرها", None),
        ("أدى الانفجار إلى مصرع وإصابة 9 أشخاص", "9 أشخاص", 9),
        ("أسفر الحادث عن وفاة وإصابة 6 عمال", "6 عمال", 6),
        (
            "قالت مصادر إن خمسة من عناصر الحشد الشعبي على الأقل سقطوا بين شهيد وجريح",
            "خمسة من عناصر الحشد الشعبي على الأقل",
            5,
        ),
        ("سقط 14 بين شهيد ومصاب في القصف", "14 بين شهيد ومصاب", 14),
    ],
)
def test_the_dead_and_the_wounded_told_together_are_one_count_of_both(
    text: str, span: str, value: int | None
) -> None:
    (found,) = cp.find_casualties(text)
    assert (found.text, found.value.kind, found.value.count.value) == (
        span,
        cp.CasualtyKind.KILLED_OR_WOUNDED,
        value,
    )


def test_a_toll_at_the_next_place_is_listed_past_a_breakdown_with_no_count() -> None:
    # «بينهم نساء وأطفال» breaks the first toll down by no count: «و3 في حاس» is the next item
    text = "ارتفعت حصيلة القتلى إلى 6 مدنيين بينهم نساء وأطفال في مدينة كفرنبل، و3 في حاس."
    assert [
        (item.text, item.value.kind, item.value.count.value) for item in cp.find_casualties(text)
    ] == [
        ("6 مدنيين", cp.CasualtyKind.KILLED, 6),
        ("3", cp.CasualtyKind.KILLED, 3),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أسفر القصف عن وفاة شخص واحد وطفلتين، وإصابة 3 آخرين.",
            [("شخص واحد", 1), ("طفلتين", 2), ("3 آخرين", 3)],
        ),
        ("قتل رجل واحد وامرأتان في القصف.", [("رجل واحد", 1), ("امرأتان", 2)]),
    ],
)
def test_one_after_its_noun_then_a_dual_are_two_counts(
    text: str, expected: list[tuple[str, int]]
) -> None:
    # «و» on the dual opens the next item: it is not the noun «واحد» counts
    assert [(item.text, item.value.count.value) for item in cp.find_casualties(text)] == expected


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # the toll named before the verb of a running total, as wire reports write it
        ("وقال المرصد إن عدد القتلى ارتفع إلى 43 شخصا.", "killed", 43),
        ("وذكرت الوزارة أن عدد الجرحى في المدينة ارتفع اليوم إلى 70.", "wounded", 70),
    ],
)
def test_a_running_total_with_its_toll_named_before_the_verb(
    text: str, kind: str, value: int
) -> None:
    (found,) = cp.find_casualties(text)
    assert (found.value.kind.value, found.value.count.value) == (kind, value)


def test_a_count_of_others_than_victims_before_a_total_verb_is_none() -> None:
    assert cp.find_casualties("وقال إن عدد النازحين ارتفع إلى 500 شخص.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «مصرعهم»/«مقتلهم» tell the deaths counted before; the next count is wounded
        (
            "لقي 7 مصرعهم وجرح 25 في انفجار السيارة.",
            [("7", "killed", 7), ("جرح 25", "wounded", 25)],
        ),
        ("أدى القصف إلى مقتلهم وإصابة 12 آخرين.", [("12 آخرين", "wounded", 12)]),
        ("تسبب الانفجار في مصرعهما وجرح 4 من المارة.", [("4 من المارة", "wounded", 4)]),
        # with no pronoun the pair still counts both
        ("أسفر الهجوم عن مقتل وجرح 18 شخصا.", [("18 شخصا", "killed_or_wounded", 18)]),
    ],
)
def test_their_death_and_the_wounding_of_others_count_the_others_wounded(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert _counted(text) == expected


def test_another_victim_after_a_side_ends_the_description_of_the_first() -> None:
    text = "قتل 3 عناصر من قوات النظام وآخر من الدفاع الوطني في الكمين."
    assert _counted(text) == [("3 عناصر من قوات النظام", "killed", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a feminine dual verb after a feminine dual noun makes it two
        ("وقال الأهالي إن طفلتين قتلتا تحت الأنقاض.", [("طفلتين", "killed", 2)]),
        ("وقال المسعف إن امرأتين أصيبتا بشظايا القذيفة.", [("امرأتين", "wounded", 2)]),
        ("وأفادت المصادر بأن سيدتين استشهدتا في المنزل.", [("سيدتين", "killed", 2)]),
    ],
)
def test_a_feminine_dual_verb_counts_the_two_women_before_it(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert _counted(text) == expected
