"""Tables for ``find_casualties``: phrase, expected casualties, reason.

Each row of the main tables is (text, [(kind, value, low, high, qualifier), ...],
reason).  The sentences are written for these tests in the style of Syrian,
Iraqi, Yemeni, Libyan, Sudanese and Gaza reporting; none is copied from the
corpus or the conformance files.  The conventions followed are those of
``../shared/corpus/README.md`` (casualties) and ``GUIDE.md`` §4.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

import conflictparse as cp

K = cp.CasualtyKind
Number = int | float
Row = tuple[K, Number | None, Number | None, Number | None, str]

KILLED = K.KILLED
WOUNDED = K.WOUNDED
MISSING = K.MISSING
CAPTURED = K.CAPTURED
EITHER = K.KILLED_OR_WOUNDED


def exact(kind: K, value: Number) -> Row:
    return (kind, value, value, value, "exact")


def approx(kind: K, value: Number) -> Row:
    return (kind, value, None, None, "approx")


def at_least(kind: K, value: Number) -> Row:
    return (kind, value, value, None, "at_least")


def more_than(kind: K, value: Number) -> Row:
    return (kind, value, value, None, "more_than")


def at_most(kind: K, value: Number) -> Row:
    return (kind, value, None, value, "at_most")


def less_than(kind: K, value: Number) -> Row:
    return (kind, value, None, value, "less_than")


def between(kind: K, low: Number, high: Number) -> Row:
    return (kind, None, low, high, "range")


def vague(kind: K, low: Number, high: Number) -> Row:
    return (kind, None, low, high, "vague")


def find(text: str) -> list[cp.Match[cp.Casualty]]:
    """``find_casualties`` with the invariants every answer must keep."""
    found = cp.find_casualties(text)
    for match in found:
        assert text[match.start : match.end] == match.text, match
        assert isinstance(match.value, cp.Casualty)
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start, (before, after)
    return found


def rows(text: str) -> list[Row]:
    return [
        (
            match.value.kind,
            match.value.count.value,
            match.value.count.low,
            match.value.count.high,
            match.value.count.qualifier.value,
        )
        for match in find(text)
    ]


def check(text: str, expected: list[Row], reason: str) -> None:
    found = find(text)
    got = rows(text)
    assert got == expected, f"{reason}: {[(m.text, m.value) for m in found]}"
    for match, (kind, *_) in zip(found, expected, strict=True):
        assert match.value.kind is kind, reason


# --- each kind ---------------------------------------------------------------------------

KINDS = [
    # killed
    pytest.param(
        "أفادت مصادر محلية بمقتل 7 مدنيين جراء قصف مدفعي على بلدة كفرنبل جنوب إدلب",
        [exact(KILLED, 7)],
        "«مقتل» with the clitic ب before a person noun",
        id="killed-maqtal",
    ),
    pytest.param(
        "قتل 4 عناصر من الشرطة العراقية بهجوم مسلح شمال بغداد",
        [exact(KILLED, 4)],
        "the passive verb «قتل» before the count",
        id="killed-qutila",
    ),
    pytest.param(
        "لقي 9 مهاجرين حتفهم غرقاً قبالة سواحل زوارة غرب طرابلس",
        [exact(KILLED, 9)],
        "«لقي … حتفهم» around the count",
        id="killed-laqu-hatfahum-around",
    ),
    pytest.param(
        "وأكد مصدر طبي أن 6 صيادين لقوا حتفهم إثر انفجار لغم بحري قرب ميناء الحديدة",
        [exact(KILLED, 6)],
        "«لقوا حتفهم» after the count",
        id="killed-laqu-hatfahum-after",
    ),
    pytest.param(
        "استشهد 11 مواطناً في غارة إسرائيلية استهدفت منزلاً في دير البلح",
        [exact(KILLED, 11)],
        "«استشهد» before the count",
        id="killed-istushhida",
    ),
    pytest.param(
        "ارتفع عدد الشهداء في مخيم جباليا إلى 41 منذ فجر اليوم",
        [exact(KILLED, 41)],
        "«عدد الشهداء … إلى N»: a bare count in a running martyr toll",
        id="killed-shuhada-total",
    ),
    pytest.param(
        "أسفرت الغارة عن سقوط 5 شهداء وتدمير منزلين في رفح",
        [exact(KILLED, 5)],
        "«شهداء» after the count gives the kind; «منزلين» counts houses",
        id="killed-shuhada",
    ),
    pytest.param(
        "انتشلت فرق الإنقاذ 14 جثة من تحت أنقاض المبنى المنهار",
        [exact(KILLED, 14)],
        "bodies are killed",
        id="killed-juthath-singular",
    ),
    pytest.param(
        "عثر الأهالي على جثث 8 أشخاص مجهولي الهوية في ضواحي أم درمان",
        [exact(KILLED, 8)],
        "«جثث» before a count of persons",
        id="killed-juthath-before",
    ),
    pytest.param(
        "خلفت المعارك في محيط بلدة اللطامنة 35 قتيلاً في صفوف الطرفين",
        [exact(KILLED, 35)],
        "«قتيلاً» after the count gives the kind",
        id="killed-qatilan",
    ),
    # wounded
    pytest.param(
        "أصيب 12 شخصاً بجروح في انفجار سيارة مفخخة وسط مدينة الباب",
        [exact(WOUNDED, 12)],
        "«أصيب» before the count",
        id="wounded-usiba",
    ),
    pytest.param(
        "إصابة 5 مدنيين برصاص قناصة في حي الميدان بمدينة درعا",
        [exact(WOUNDED, 5)],
        "the noun «إصابة» before the count",
        id="wounded-isaba",
    ),
    pytest.param(
        "استقبل مستشفى الجلاء 40 جريحاً خلال ساعات الليل",
        [exact(WOUNDED, 40)],
        "«جريحاً» after the count",
        id="wounded-jarihan",
    ),
    pytest.param(
        "خلف القصف المدفعي 17 جرحى في صفوف النازحين",
        [exact(WOUNDED, 17)],
        "the plural «جرحى» after the count",
        id="wounded-jarha",
    ),
    pytest.param(
        "وقال المسعفون إن 9 مدنيين أصيبوا بجروح متفاوتة",
        [exact(WOUNDED, 9)],
        "«أصيبوا بجروح» after the count",
        id="wounded-bijuruh-after",
    ),
    # missing
    pytest.param(
        "لا يزال 16 شخصاً في عداد المفقودين بعد غرق القارب قبالة طبرق",
        [exact(MISSING, 16)],
        "«في عداد المفقودين» after the count",
        id="missing-fi-idad",
    ),
    pytest.param(
        "سجلت فرق الدفاع المدني 7 مفقودين تحت أنقاض الأبنية في جنديرس",
        [exact(MISSING, 7)],
        "«مفقودين» after the count gives the kind",
        id="missing-mafqudin",
    ),
    pytest.param(
        "ولا يزال 11 شخصاً مفقودين منذ انهيار السد",
        [exact(MISSING, 11)],
        "«مفقودين» after a person noun: reports of missing people are missing",
        id="missing-after-person-noun",
    ),
    pytest.param(
        "أعلنت المنظمة الدولية للهجرة فقدان 20 مهاجراً قبالة السواحل الليبية",
        [exact(MISSING, 20)],
        "«فقدان» before the count",
        id="missing-fuqdan",
    ),
    # captured
    pytest.param(
        "اعتقلت الشرطة العسكرية 13 شاباً من بلدة جنديرس بتهمة التعامل مع الإدارة الذاتية",
        [exact(CAPTURED, 13)],
        "«اعتقل» before the count",
        id="captured-iutuqila",
    ),
    pytest.param(
        "اختطف مسلحون مجهولون 4 عمال إغاثة على طريق الفاشر",
        [exact(CAPTURED, 4)],
        "«اختطف»: abducted people are captured",
        id="captured-ukhtutifa",
    ),
    pytest.param(
        "أعلنت قوات الدعم السريع أسر 30 جندياً من الجيش السوداني في محيط الأبيض",
        [exact(CAPTURED, 30)],
        "«أسر» (the noun) before the count",
        id="captured-asr",
    ),
    pytest.param(
        "أعلنت الفصائل أن في حوزتها 25 أسيراً من قوات النظام بعد معارك ريف حماة",
        [exact(CAPTURED, 25)],
        "«أسيراً» after the count",
        id="captured-asiran",
    ),
    pytest.param(
        "وتحتجز الفصائل 60 من الأسرى في سجن قرب عفرين",
        [exact(CAPTURED, 60)],
        "«من الأسرى» after the count",
        id="captured-min-al-asra",
    ),
    # killed or wounded
    pytest.param(
        "سقط 40 بين قتيل وجريح في انفجار سوق الخضار بمدينة الصدر",
        [exact(EITHER, 40)],
        "«بين قتيل وجريح»: not separable",
        id="either-bayna-qatil-wa-jarih",
    ),
    pytest.param(
        "خلف الهجوم الانتحاري على حاجز الجيش 28 قتيلاً وجريحاً",
        [exact(EITHER, 28)],
        "«قتيلاً وجريحاً» after the count",
        id="either-qatilan-wa-jarihan",
    ),
    pytest.param(
        "قتل وجرح 15 عنصراً من الحشد في كمين قرب سامراء",
        [exact(EITHER, 15)],
        "«قتل وجرح» read whole, not as «قتل»",
        id="either-qutila-wa-juriha",
    ),
    pytest.param(
        "أسفرت الغارة على سوق شعبي في صعدة عن 45 قتلى وجرحى",
        [exact(EITHER, 45)],
        "«قتلى وجرحى» after the count",
        id="either-qatla-wa-jarha",
    ),
    pytest.param(
        "أوقع القصف الصاروخي على الحي عشرات القتلى والجرحى",
        [vague(EITHER, 20, 99)],
        "«عشرات القتلى والجرحى»: the conjoined noun makes it killed_or_wounded",
        id="either-vague-qatla-wa-jarha",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), KINDS)
def test_kinds(text: str, expected: list[Row], reason: str) -> None:
    check(text, expected, reason)


# --- every form of the count ---------------------------------------------------------

COUNTS = [
    pytest.param(
        "قتل 96 مدنياً في القصف على مدينة أريحا", [exact(KILLED, 96)], "ASCII digits", id="ascii"
    ),
    pytest.param(
        "قتل ٩٦ مدنياً في القصف على مدينة أريحا",
        [exact(KILLED, 96)],
        "Arabic-Indic digits",
        id="arabic-indic",
    ),
    pytest.param(
        "قتل ۹۶ مدنياً في القصف على مدينة أريحا",
        [exact(KILLED, 96)],
        "Persian digits",
        id="persian",
    ),
    pytest.param(
        "وثق المرصد مقتل ١٬٢٥٠ مدنياً منذ مطلع العام",
        [exact(KILLED, 1250)],
        "Arabic thousands separator",
        id="arabic-thousands",
    ),
    pytest.param(
        "مقتل ستة وتسعين شخصاً في الهجوم على السوق",
        [exact(KILLED, 96)],
        "number words, oblique case",
        id="words-96",
    ),
    pytest.param(
        "قتل ثلاثة عناصر من الأمن في كمين على طريق تدمر",
        [exact(KILLED, 3)],
        "a unit word with a plural noun",
        id="words-3",
    ),
    pytest.param(
        "مقتل اثني عشر شخصاً في انفجار مستودع للذخيرة",
        [exact(KILLED, 12)],
        "«اثني عشر»",
        id="words-12",
    ),
    pytest.param(
        "مقتل 11 ألفاً و815 مدنياً منذ بداية الحرب",
        [exact(KILLED, 11815)],
        "digits and a scale word",
        id="digits-and-scale",
    ),
    pytest.param(
        "سقط قتيلين في اشتباكات بين عشيرتين في دير الزور",
        [exact(KILLED, 2)],
        "the dual of «قتيل» is a count of two",
        id="dual-qatilain",
    ),
    pytest.param(
        "مقتل طفلين بقذيفة هاون سقطت على حي الصاخور",
        [exact(KILLED, 2)],
        "the dual of a person noun after a trigger",
        id="dual-tiflain",
    ),
    pytest.param(
        "سقط شهيدان في قصف على بيت لاهيا",
        [exact(KILLED, 2)],
        "the nominative dual of «شهيد»",
        id="dual-shahidan",
    ),
    pytest.param(
        "ارتقت شهيدتان وأصيبت جريحتان في غارة على دير البلح",
        [exact(KILLED, 2), exact(WOUNDED, 2)],
        "the duals of the feminine «شهيدة» and «جريحة»",
        id="dual-shahidatan",
    ),
    pytest.param(
        "إصابة امرأتين بجروح في قصف على معرة النعمان",
        [exact(WOUNDED, 2)],
        "the dual of «امرأة» after «إصابة»",
        id="dual-imraatain",
    ),
    pytest.param(
        "مقتل نحو 100 عنصر من قوات النظام في معارك ريف حماة الشمالي",
        [approx(KILLED, 100)],
        "«نحو» makes it approximate",
        id="approx-nahw",
    ),
    pytest.param(
        "قتل حوالي 320 شخصاً في المعارك حول العاصمة",
        [approx(KILLED, 320)],
        "«حوالي»",
        id="approx-hawali",
    ),
    pytest.param(
        "حصدت المعارك قرابة 650 قتيلاً منذ بدء الهجوم على طرابلس",
        [approx(KILLED, 650)],
        "«قرابة»",
        id="approx-qurabat",
    ),
    pytest.param(
        "مقتل زهاء 70 مدنياً في غارات على ريف إدلب",
        [approx(KILLED, 70)],
        "«زهاء»",
        id="approx-zuhaa",
    ),
    pytest.param(
        "وثق المرصد مقتل ما لا يقل عن 96 مدنياً في الغوطة الشرقية",
        [at_least(KILLED, 96)],
        "«ما لا يقل عن»",
        id="at-least",
    ),
    pytest.param(
        "قتل 16 شخصاً على الأقل في تفجير استهدف سوقاً في منبج",
        [at_least(KILLED, 16)],
        "«على الأقل» after the noun",
        id="at-least-after",
    ),
    pytest.param(
        "قتل أكثر من 50 مقاتلاً في المعارك على جبهة مأرب",
        [more_than(KILLED, 50)],
        "«أكثر من»",
        id="more-than",
    ),
    pytest.param(
        "مقتل ما يزيد على 200 شخص في الاشتباكات القبلية",
        [more_than(KILLED, 200)],
        "«ما يزيد على»",
        id="more-than-yazid",
    ),
    pytest.param(
        "أصيب ما لا يزيد عن 40 جريحاً بحسب مصادر طبية",
        [at_most(WOUNDED, 40)],
        "«ما لا يزيد عن»",
        id="at-most",
    ),
    pytest.param(
        "لا يزال أقل من عشرة أشخاص في عداد المفقودين",
        [less_than(MISSING, 10)],
        "«أقل من»",
        id="less-than",
    ),
    pytest.param(
        "قتل بين 20 و30 مدنياً في الغارات على سراقب",
        [between(KILLED, 20, 30)],
        "a range «بين … و»",
        id="range-bayna",
    ),
    pytest.param(
        "قتل ما بين 6 و8 أشخاص في انفجار لغم أرضي",
        [between(KILLED, 6, 8)],
        "a range «ما بين … و»",
        id="range-ma-bayna",
    ),
    pytest.param(
        "استقبلت المستشفيات من 10 إلى 15 جريحاً يومياً",
        [between(WOUNDED, 10, 15)],
        "a range «من … إلى»",
        id="range-min-ila",
    ),
    pytest.param(
        "سقوط عشرات القتلى في الغارات على خان شيخون",
        [vague(KILLED, 20, 99)],
        "«عشرات» is 20–99",
        id="vague-asharat",
    ),
    pytest.param(
        "عثر الأهالي على عشرات الجثث في مقبرة جماعية قرب الرقة",
        [vague(KILLED, 20, 99)],
        "«عشرات الجثث»",
        id="vague-juthath",
    ),
    pytest.param(
        "إصابة العشرات بجروح في القصف على الأحياء الشرقية",
        [vague(WOUNDED, 20, 99)],
        "a trigger right before «العشرات» with no noun",
        id="vague-al-asharat",
    ),
    pytest.param(
        "مقتل مئات المدنيين في حصار المدينة",
        [vague(KILLED, 200, 999)],
        "«مئات» is 200–999",
        id="vague-miat",
    ),
    pytest.param(
        "مقتل آلاف المدنيين منذ اندلاع الحرب في الخرطوم",
        [vague(KILLED, 2000, 9999)],
        "«آلاف» is 2000–9999",
        id="vague-alaf",
    ),
    pytest.param(
        "مقتل بضعة عناصر من الحرس في الهجوم",
        [vague(KILLED, 3, 9)],
        "«بضعة» is 3–9",
        id="vague-bid",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), COUNTS)
def test_counts(text: str, expected: list[Row], reason: str) -> None:
    check(text, expected, reason)


# --- a count apart from its casualty word ----------------------------------------------

APART = [
    pytest.param(
        "شنت الفصائل هجوماً معاكساً على أطراف البلدة ليقتل نحو 70 عنصراً من قوات النظام",
        [approx(KILLED, 70)],
        "the verb before the count, the victims after it",
        id="verb-count-victims",
    ),
    pytest.param(
        "قتل خلال الاشتباكات العنيفة في ريف حلب الجنوبي 14 عنصراً من قوات النظام",
        [exact(KILLED, 14)],
        "seven words between the verb and the count",
        id="verb-far-before",
    ),
    pytest.param(
        "وأكدت مصادر أهلية أن 23 عنصراً من قوات الأمن كانوا بين القتلى",
        [exact(KILLED, 23)],
        "«بين القتلى» after the victims",
        id="among-the-dead-after",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), APART)
def test_count_apart(text: str, expected: list[Row], reason: str) -> None:
    check(text, expected, reason)


# --- not casualties --------------------------------------------------------------------

NEGATIVES = [
    pytest.param(
        "غادرت عشرات الحافلات مدينة دوما باتجاه الشمال السوري",
        [],
        "buses",
        id="buses",
    ),
    pytest.param(
        "بدأت صباح اليوم عملية خروج المئات من مقاتلي الفصائل وعائلاتهم من الأحياء المحاصرة",
        [],
        "evacuated fighters",
        id="evacuated-fighters",
    ),
    pytest.param(
        "واستكملت اليوم عملية إجلاء المئات من مقاتلي الفصائل نحو الشمال السوري",
        [],
        "evacuated fighters («إجلاء»)",
        id="evacuated-fighters-ijla",
    ),
    pytest.param(
        "بعد مقتل 5 مدنيين، بدأت عملية إجلاء المئات من مقاتلي الفصائل نحو إدلب",
        [exact(KILLED, 5)],
        "a killing earlier in the sentence does not make the evacuated fighters casualties",
        id="evacuated-after-killing",
    ),
    pytest.param(
        "شنت الطائرات الحربية أكثر من 30 غارة على ريف إدلب الجنوبي",
        [],
        "air strikes",
        id="strikes",
    ),
    pytest.param(
        "قتل 4 مدنيين في أكثر من 30 غارة على ريف حماة",
        [exact(KILLED, 4)],
        "the strikes after a real toll are still not casualties",
        id="strikes-after-toll",
    ),
    pytest.param(
        "مقتل طفل يبلغ 12 عاماً برصاص قناص في حي الكلاسة",
        [],
        "an age",
        id="age",
    ),
    pytest.param(
        "قتل طفل يبلغ من العمر 12 عاماً بانفجار لغم",
        [],
        "an age after «يبلغ من العمر»",
        id="age-min-al-umr",
    ),
    pytest.param(
        "قتل 3 أطفال تتراوح أعمارهم بين 5 و10 سنوات",
        [exact(KILLED, 3)],
        "a range of ages after a toll",
        id="age-range",
    ),
    pytest.param(
        "ارتفع سعر ربطة الخبز في مناطق سيطرة النظام إلى 1500 ليرة",
        [],
        "a price",
        id="price",
    ),
    pytest.param(
        "طالب الخاطفون بفدية قدرها 50 ألف دولار",
        [],
        "a ransom: money",
        id="ransom",
    ),
    pytest.param(
        "باتت قوات النظام تسيطر على نحو 5400 كلم مربع",
        [],
        "an area",
        id="area",
    ),
    pytest.param(
        "لم تسفر الغارات عن خسائر بشرية بحسب الدفاع المدني",
        [],
        "«خسائر بشرية» without a count",
        id="no-count",
    ),
    pytest.param(
        "وقعت خسائر بشرية في صفوف قوات النظام خلال الهجوم",
        [],
        "«خسائر بشرية في صفوف» without a count",
        id="no-count-in-ranks",
    ),
    pytest.param(
        "قتل شخص في القصف الذي وقع في 13 آذار 2018",
        [],
        "a date's digits are not a count, and a singular noun is not a toll",
        id="date",
    ),
    pytest.param(
        "قتل 3 أشخاص في قصف يوم 13 آذار 2018",
        [exact(KILLED, 3)],
        "a toll before a date: only the toll",
        id="date-after-toll",
    ),
    pytest.param(
        "ارتفعت نسبة الإصابات بين الأطفال إلى 40%",
        [],
        "a percentage after a casualty word",
        id="percentage",
    ),
    pytest.param(
        "تراجعت أعداد القتلى هذا الشهر بنسبة 30 بالمئة",
        [],
        "a percentage written out",
        id="percentage-word",
    ),
    pytest.param(
        "نزوح أكثر من 20 ألف شخص من المدينة هرباً من القصف",
        [],
        "displaced people are not casualties",
        id="displaced",
    ),
    pytest.param(
        "أسفرت الحرب عن مقتل 20 ألفا وتشريد أكثر من 11 مليون شخص",
        [exact(KILLED, 20000)],
        "people made homeless, joined to the dead, are not casualties",
        id="made-homeless",
    ),
    pytest.param(
        "مقتل مدني برصاص مجهولين في مدينة الميادين",
        [],
        "a singular noun implies one, but there is no count",
        id="singular",
    ),
    pytest.param(
        "سقطت قذيفة على منزل العائلة فقتل أحد أفرادها",
        [],
        "«أحد» means «one of»",
        id="one-of",
    ),
    pytest.param("", [], "empty text", id="empty"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), NEGATIVES)
def test_not_casualties(text: str, expected: list[Row], reason: str) -> None:
    check(text, expected, reason)


# --- running totals ---------------------------------------------------------------------

TOTALS = [
    pytest.param(
        "ارتفع عدد القتلى جراء الغارات على مدينة حرستا إلى 96",
        [(exact(KILLED, 96), True)],
        "«ارتفع عدد القتلى إلى N» with no noun after the count",
        id="irtafaa-bare",
    ),
    pytest.param(
        "ارتفعت حصيلة الشهداء في القطاع إلى 33 شهيداً",
        [(exact(KILLED, 33), True)],
        "«ارتفعت حصيلة … إلى»",
        id="hasila",
    ),
    pytest.param(
        "ارتفع عدد الجرحى في المدينة إلى 120 جريحاً",
        [(exact(WOUNDED, 120), True)],
        "a running total of the wounded",
        id="wounded-total",
    ),
    pytest.param(
        "قتل 5 مدنيين في قصف على مدينة أريحا",
        [(exact(KILLED, 5), False)],
        "a first report is not a running total",
        id="not-total",
    ),
    pytest.param(
        "وصل 30 جريحاً إلى مستشفى الشفاء خلال الساعة الماضية",
        [(exact(WOUNDED, 30), False)],
        "wounded arriving at a hospital: «وصل» here is not «وصل العدد إلى»",
        id="wasala-not-total",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), TOTALS)
def test_totals(text: str, expected: list[tuple[Row, bool]], reason: str) -> None:
    found = find(text)
    got = [(row, match.value.total) for row, match in zip(rows(text), found, strict=True)]
    assert got == expected, f"{reason}: {[(m.text, m.value) for m in found]}"


# --- breakdowns --------------------------------------------------------------------------

BREAKDOWNS = [
    pytest.param(
        "قتل 18 مدنياً بينهم 5 أطفال و3 نساء في قصف جوي على بلدة سرمين",
        [(exact(KILLED, 18), False), (exact(KILLED, 5), True), (exact(KILLED, 3), True)],
        "«بينهم … و…»: both sub-counts take the parent's kind",
        id="bainahum-killed",
    ),
    pytest.param(
        "استشهد 27 مواطناً من بينهم 9 أطفال في غارة على مخيم المغازي",
        [(exact(KILLED, 27), False), (exact(KILLED, 9), True)],
        "«من بينهم»",
        id="min-bainihim",
    ),
    pytest.param(
        "أصيب 40 شخصاً بينهم 12 طفلاً في انفجار مخزن للأسلحة",
        [(exact(WOUNDED, 40), False), (exact(WOUNDED, 12), True)],
        "a breakdown of the wounded is wounded",
        id="bainahum-wounded",
    ),
    pytest.param(
        "اعتقلت قوات الأمن 20 شخصاً بينهم 4 نساء في حملة دهم",
        [(exact(CAPTURED, 20), False), (exact(CAPTURED, 4), True)],
        "a breakdown of the captured is captured",
        id="bainahum-captured",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), BREAKDOWNS)
def test_breakdowns(text: str, expected: list[tuple[Row, bool]], reason: str) -> None:
    found = find(text)
    got = [(row, match.value.breakdown) for row, match in zip(rows(text), found, strict=True)]
    assert got == expected, f"{reason}: {[(m.text, m.value) for m in found]}"


# --- spans -------------------------------------------------------------------------------

SPANS = [
    pytest.param(
        "أفادت مصادر محلية بمقتل 7 مدنيين في ريف درعا",
        ["7 مدنيين"],
        "the count and its person noun; the trigger stays outside",
        id="count-and-noun",
    ),
    pytest.param(
        "قتل 18 مدنياً بينهم 5 أطفال و3 نساء",
        ["18 مدنياً", "5 أطفال", "3 نساء"],
        "the clitic «و» stays outside the sub-count",
        id="clitic-outside",
    ),
    pytest.param(
        "سقط ما لا يقل عن 40 قتيلاً في المعارك",
        ["ما لا يقل عن 40 قتيلاً"],
        "the qualifier is part of the count",
        id="qualifier-inside",
    ),
    pytest.param(
        "سقط 40 بين قتيل وجريح في انفجار",
        ["40 بين قتيل وجريح"],
        "the kind-giving phrase after the count",
        id="either-phrase",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), SPANS)
def test_spans(text: str, expected: list[str], reason: str) -> None:
    assert [match.text for match in find(text)] == expected, reason


# --- who the victims are -----------------------------------------------------------------

WHO = [
    pytest.param(
        "وقعت المجزرة حين قتل 3 مدنيين في غارة على السوق",
        "مدنيين",
        "a person noun is the victims",
        id="person-noun",
    ),
    pytest.param(
        "قتل 37 عنصراً من قوات النظام والمسلحين الموالين لها خلال هجوم على بلدة اللطامنة",
        "عنصراً من قوات النظام والمسلحين الموالين لها",
        "«عنصراً من …» runs to the end of the description, before «خلال»",
        id="description",
    ),
    pytest.param(
        "مقتل 12 عنصراً من قوات النظام في كمين على طريق السخنة",
        "عنصراً من قوات النظام",
        "as written: the tanwin is kept",
        id="as-written-tanwin",
    ),
    pytest.param(
        "لقي 7 أشخاص حتفهم في انفجار عبوة ناسفة",
        "أشخاص",
        "as written: the hamza is kept",
        id="as-written-hamza",
    ),
    pytest.param(
        "أصيب 4 عناصر من قسد بانفجار لغم في ريف الحسكة",
        "عناصر من قسد",
        "the description ends before «بانفجار»",
        id="ends-before-preposition-clitic",
    ),
    pytest.param(
        "سقط ما لا يقل عن 40 قتيلاً في المعارك",
        None,
        "«قتيلاً» only gives the kind",
        id="kind-word-only",
    ),
    pytest.param(
        "انتشلت فرق الإنقاذ 14 جثة من تحت الأنقاض",
        None,
        "«جثة» only gives the kind; «من تحت الأنقاض» says where, not who",
        id="bodies-no-who",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), WHO)
def test_who(text: str, expected: str | None, reason: str) -> None:
    found = find(text)
    assert len(found) == 1, f"{reason}: {found}"
    assert found[0].value.who == expected, f"{reason}: {found[0]}"


# --- the victims' side -------------------------------------------------------------------

ACTORS = [
    pytest.param(
        "مقتل 12 عنصراً من قوات النظام في كمين على طريق السخنة",
        "syrian_government_forces",
        "«من قوات النظام»",
        id="syria-government",
    ),
    pytest.param(
        "قتل 8 مقاتلين من هيئة تحرير الشام في اشتباكات مع الجيش الوطني",
        "hts",
        "«مقاتلين من هيئة تحرير الشام»",
        id="syria-hts",
    ),
    pytest.param(
        "قتل 8 من مقاتلي هيئة تحرير الشام في اشتباكات قرب سراقب",
        "hts",
        "«من مقاتلي هيئة تحرير الشام»: the construct names the side",
        id="syria-hts-construct",
    ),
    pytest.param(
        "مقتل 5 عناصر من تنظيم “الدولة الإسلامية” بغارة للتحالف",
        "islamic_state",
        "a quoted name",
        id="syria-is-quoted",
    ),
    pytest.param(
        "مقتل 6 عناصر من الحشد الشعبي في هجوم على نقطة عسكرية",
        "pmf",
        "Iraq",
        id="iraq-pmf",
    ),
    pytest.param(
        "أسرت الفصائل 30 جندياً من الجيش السوداني في محيط الأبيض",
        "saf",
        "Sudan: the captives' side",
        id="sudan-saf",
    ),
    pytest.param(
        "مقتل 14 عنصراً من قوات حفتر جنوب العاصمة",
        "lna_haftar",
        "Libya",
        id="libya-haftar",
    ),
    pytest.param(
        "قتل 3 جنود من الجيش اللبناني في غارة قرب الحدود",
        "lebanese_army",
        "Lebanon",
        id="lebanon-army",
    ),
    pytest.param(
        "قتل 22 مدنياً في قصف لقوات النظام على المدينة",
        None,
        "the attacker is not the victims' side",
        id="attacker-not-victim",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), ACTORS)
def test_victims_side(text: str, expected: str | None, reason: str) -> None:
    found = find(text)
    assert len(found) == 1, f"{reason}: {found}"
    actor = found[0].value.actor
    assert (actor.id if actor else None) == expected, f"{reason}: {found[0]}"


def test_registry_reaches_the_victims_side(tmp_path: Path) -> None:
    path = tmp_path / "extra.toml"
    path.write_text(
        '[[actor]]\nid = "liwa_bright_star"\nname = "Liwa al-Quds"\ntype = "militia"\n'
        'country = "SY"\naliases = ["لواء النجم الساطع"]\n',
        encoding="utf-8",
    )
    text = "مقتل 9 عناصر من لواء النجم الساطع في هجوم على البادية"
    assert [m.value.actor for m in cp.find_casualties(text)] == [None]
    found = cp.find_casualties(text, registry=cp.load_registry(path))
    assert [(m.value.count.value, m.value.actor and m.value.actor.id) for m in found] == [
        (9, "liwa_bright_star")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "قتل 4 مدنيين من عائلة تضم 6 أشخاص في قصف على بلدة مورك.",
        "قتل 3 عناصر في كمين لرتل قوامه 200 عنصر.",
    ],
)
def test_what_a_group_is_made_of_is_not_a_casualty(text: str) -> None:
    counts = [match.value.count.value for match in cp.find_casualties(text)]
    assert 6 not in counts
    assert 200 not in counts
    assert counts[0] in (3, 4)
