"""Tables for ``find_actors`` and ``load_registry``: phrase, expected mentions, reason.

Each row of the tables is (text, [(span text, actor id), ...], reason).  The
sentences are written for these tests in the style of Syrian, Iraqi, Yemeni,
Libyan, Sudanese, Lebanese and Gaza reporting; none is copied from the corpus
or the conformance files.  Span conventions follow ``../shared/corpus/README.md``
(actors): clitics outside the span, «لل» → the span starts at the second «ل»,
«حركة» before «حماس» and «قوات» before «قسد» outside, quotes of a quoted name
inside.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

import conflictparse as cp
from conflictparse import ActorRegistry

Mention = tuple[str, str]


def find(
    text: str, *, registry: ActorRegistry | None = None, anaphora: bool = False
) -> list[cp.Match[cp.Actor]]:
    """``find_actors`` with the invariants every answer must keep."""
    found = cp.find_actors(text, registry=registry, anaphora=anaphora)
    for match in found:
        assert text[match.start : match.end] == match.text, match
        assert isinstance(match.value, cp.Actor)
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start, (before, after)
    return found


def mentions(
    text: str, *, registry: ActorRegistry | None = None, anaphora: bool = False
) -> list[Mention]:
    return [
        (match.text, match.value.id) for match in find(text, registry=registry, anaphora=anaphora)
    ]


# --- clitics and quotes --------------------------------------------------------------------

SURFACES = [
    pytest.param(
        "استهدفت الفصائل بالصواريخ مواقع لقوات النظام في ريف حماة الشمالي",
        [("قوات النظام", "syrian_government_forces")],
        "the clitic «ل» stays outside the span",
        id="li-quwwat",
    ),
    pytest.param(
        "تتقاسم قوات النظام وداعش السيطرة على البادية",
        [("قوات النظام", "syrian_government_forces"), ("داعش", "islamic_state")],
        "the clitic «و» stays outside the span",
        id="wa-daesh",
    ),
    pytest.param(
        "وقال مصدر ميداني للمرصد السوري لحقوق الإنسان إن الاشتباكات مستمرة",
        [("لمرصد السوري لحقوق الإنسان", "sohr")],
        "«لل»: the span starts at the second «ل»",
        id="lil-marsad",
    ),
    pytest.param(
        "وأكدت مصادر أهلية للمرصد السوري أن القصف تجدد",
        [("لمرصد السوري", "sohr")],
        "the short name after «لل»",
        id="lil-marsad-short",
    ),
    pytest.param(
        "ووجهت الفصائل ضربات متتالية لقسد ولقوات النظام على خطوط التماس",
        [("قسد", "sdf"), ("قوات النظام", "syrian_government_forces")],
        "two clitics «و» + «ل» stay outside the span",
        id="wa-li-quwwat",
    ),
    pytest.param(
        "شن تنظيم “الدولة الإسلامية” هجوماً على حقل الشاعر",
        [("تنظيم “الدولة الإسلامية”", "islamic_state")],
        "curly quotes: the closing quote is part of the name",
        id="quoted-curly",
    ),
    pytest.param(
        'شن تنظيم "الدولة الإسلامية" هجوماً على حقل الشاعر',
        [('تنظيم "الدولة الإسلامية"', "islamic_state")],
        "straight quotes",
        id="quoted-straight",
    ),
    pytest.param(
        "شن تنظيم «الدولة الإسلامية» هجوماً على حقل الشاعر",
        [("تنظيم «الدولة الإسلامية»", "islamic_state")],
        "guillemets",
        id="quoted-guillemets",
    ),
    pytest.param(
        "تقدمت قسد في ريف دير الزور الشرقي بدعم من التحالف الدولي",
        [("قسد", "sdf"), ("التحالف الدولي", "international_coalition")],
        "the acronym قسد",
        id="acronym-qasad",
    ),
    pytest.param(
        "انسحبت قوات قسد من القرية بعد اشتباكات",
        [("قسد", "sdf")],
        "«قوات» before «قسد» stays outside",
        id="quwwat-qasad",
    ),
    pytest.param(
        "تبنى تنظيم داعش الهجوم، فيما نفت قسد مسؤوليتها",
        [("تنظيم داعش", "islamic_state"), ("قسد", "sdf")],
        "the acronym داعش with its head «تنظيم»",
        id="acronym-daesh",
    ),
    pytest.param(
        "هاجمت القوات الموالية للواء المتقاعد خليفة حفتر مواقع جهاز الدعم والاستقرار",
        [
            ("القوات الموالية للواء المتقاعد خليفة حفتر", "lna_haftar"),
            ("جهاز الدعم والاستقرار", "stability_support_apparatus"),
        ],
        "long descriptions of Libyan sides",
        id="libya-descriptions",
    ),
    pytest.param(
        "تقدمت القوات اليمنية المشتركة نحو مدينة حيس",
        [("القوات اليمنية المشتركة", "yemeni_joint_forces")],
        "the joint forces, not the government's «القوات اليمنية»",
        id="yemen-joint",
    ),
    pytest.param(
        "قصف طيران العدوان الإسرائيلي منزلا في بلدة بيت حانون",
        [("طيران العدوان الإسرائيلي", "israeli_forces")],
        "the aggression's aircraft are the Israeli air force",
        id="aggression-aircraft",
    ),
    pytest.param(
        "أطلق جنود الاحتلال النار على فتى قرب بلدة بيت أمر",
        [("جنود الاحتلال", "israeli_forces")],
        "the occupation's soldiers are its army",
        id="occupation-soldiers",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), SURFACES)
def test_surfaces(text: str, expected: list[Mention], reason: str) -> None:
    assert mentions(text) == expected, reason


# --- actors by country ---------------------------------------------------------------------

COUNTRIES = [
    pytest.param(
        "سيطرت هيئة تحرير الشام على مقرات لحركة أحرار الشام في ريف إدلب",
        [("هيئة تحرير الشام", "hts"), ("حركة أحرار الشام", "ahrar_al_sham")],
        "Syria: rebel groups",
        id="syria-rebels",
    ),
    pytest.param(
        "قصفت الطائرات الحربية الروسية مواقع فيلق الرحمن في الغوطة",
        [
            ("الطائرات الحربية الروسية", "russia_forces"),
            ("فيلق الرحمن", "faylaq_al_rahman"),
        ],
        "Syria: external forces and a rebel group",
        id="syria-russia",
    ),
    pytest.param(
        "قالت خلية الإعلام الأمني إن طيران التحالف الدولي قصف مواقع لداعش قرب القائم",
        [
            ("خلية الإعلام الأمني", "iraqi_security_media_cell"),
            ("طيران التحالف الدولي", "international_coalition"),
            ("داعش", "islamic_state"),
        ],
        "Iraq",
        id="iraq-media-cell",
    ),
    pytest.param(
        "هاجمت كتائب حزب الله مواقع قرب أربيل تتمركز فيها البيشمركة وصدتها فصائل الحشد الشعبي",
        [
            ("كتائب حزب الله", "kataib_hezbollah"),
            ("البيشمركة", "peshmerga"),
            ("فصائل الحشد الشعبي", "pmf"),
        ],
        "Iraq: «كتائب حزب الله» is not «حزب الله»",
        id="iraq-kataib",
    ),
    pytest.param(
        "أعلن التحالف العربي بقيادة السعودية أن الحوثيين أطلقوا صاروخاً باليستياً",
        [
            ("التحالف العربي بقيادة السعودية", "saudi_coalition"),
            ("الحوثيين", "houthis"),
        ],
        "Yemen",
        id="yemen-coalition",
    ),
    pytest.param(
        "اندلعت اشتباكات بين ميليشيا الحوثي والمجلس الانتقالي الجنوبي في الضالع",
        [
            ("ميليشيا الحوثي", "houthis"),
            ("المجلس الانتقالي الجنوبي", "southern_transitional_council"),
        ],
        "Yemen: «ميليشيا» is part of the name",
        id="yemen-militia",
    ),
    pytest.param(
        "اتهمت حكومة الوفاق الوطني قوات حفتر بقصف مطار معيتيقة",
        [("حكومة الوفاق الوطني", "gna"), ("قوات حفتر", "lna_haftar")],
        "Libya",
        id="libya-gna-haftar",
    ),
    pytest.param(
        "دعت البعثة الأممية للدعم في ليبيا الجيش الوطني الليبي إلى وقف التصعيد",
        [
            ("البعثة الأممية للدعم في ليبيا", "unsmil"),
            ("الجيش الوطني الليبي", "lna_haftar"),
        ],
        "Libya: a UN mission",
        id="libya-unsmil",
    ),
    pytest.param(
        "تبادلت القوات المسلحة السودانية وقوات الدعم السريع القصف في أم درمان",
        [
            ("القوات المسلحة السودانية", "saf"),
            ("قوات الدعم السريع", "rsf"),
        ],
        "Sudan",
        id="sudan-saf-rsf",
    ),
    pytest.param(
        "هاجمت الدعم السربع قرية قرب الفاشر، وقالت قوات الدعم إنها صدت هجوماً",
        [("الدعم السربع", "rsf"), ("قوات الدعم", "rsf")],
        "Sudan: a typo and a short form of RSF",
        id="sudan-rsf-variants",
    ),
    pytest.param(
        "قالت قوات اليونيفيل إن الجيش اللبناني انتشر جنوب الليطاني بعد انسحاب حزب الله",
        [
            ("قوات اليونيفيل", "unifil"),
            ("الجيش اللبناني", "lebanese_army"),
            ("حزب الله", "hezbollah"),
        ],
        "Lebanon",
        id="lebanon",
    ),
    pytest.param(
        "أعلنت كتائب القسام الجناح العسكري لحركة حماس استهداف آلية للجيش الإسرائيلي",
        [
            ("كتائب القسام", "qassam_brigades"),
            ("حماس", "hamas"),
            ("لجيش الإسرائيلي", "israeli_forces"),
        ],
        "Gaza: «حركة» outside, «لل» before the army",
        id="gaza-qassam",
    ),
    pytest.param(
        "قال المكتب الإعلامي الحكومي التابع لحركة حماس إن وكالة الأونروا أغلقت مدارسها",
        [
            ("المكتب الإعلامي الحكومي", "gaza_government_media_office"),
            ("حماس", "hamas"),
            ("وكالة الأونروا", "unrwa"),
        ],
        "Gaza: two organisations linked by «التابع لـ» are two items",
        id="gaza-media-office",
    ),
    pytest.param(
        "دعا مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) إلى فتح المعابر",
        [
            ("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "ocha"),
            ("أوتشا", "ocha"),
        ],
        "an international body and its acronym",
        id="ocha",
    ),
    pytest.param(
        "قصف سلاح الطيران الحكومي مواقع للدعم السريع في مدينة نيالا بجنوب دارفور",
        [("سلاح الطيران الحكومي", "saf"), ("لدعم السريع", "rsf")],
        "the government's air force in a Sudanese report",
        id="sudan-government-air-force",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), COUNTRIES)
def test_countries(text: str, expected: list[Mention], reason: str) -> None:
    assert mentions(text) == expected, reason


# --- generic names, resolved by the document's country -------------------------------------

GENERIC = [
    pytest.param(
        "قالت وزارة الصحة في بيان إن الغارات الإسرائيلية على قطاع غزة خلفت 30 شهيداً",
        [("وزارة الصحة", "gaza_health_ministry")],
        "«وزارة الصحة» in a Gaza text",
        id="health-gaza",
    ),
    pytest.param(
        "أفاد مركز طب الطوارئ والدعم في طرابلس بأن وزارة الصحة سجلت 12 قتيلاً في ليبيا",
        [
            ("مركز طب الطوارئ والدعم", "libya_emergency_medicine_centre"),
            ("وزارة الصحة", "libya_health_ministry"),
        ],
        "«وزارة الصحة» in a Libyan text",
        id="health-libya",
    ),
    pytest.param(
        "قالت وزارة الصحة العراقية في بيانها الأول ثم عادت وزارة الصحة لتؤكد الحصيلة",
        [
            ("وزارة الصحة العراقية", "iraqi_health_ministry"),
            ("وزارة الصحة", "iraqi_health_ministry"),
        ],
        "the full name makes the text Iraqi, the short one follows it",
        id="health-iraq",
    ),
    pytest.param(
        "أعلنت وزارة الصحة أن المستشفيات في السودان تعمل بأقل من نصف طاقتها",
        [("وزارة الصحة", "sudan_health_ministry")],
        "«وزارة الصحة» in a Sudanese text",
        id="health-sudan",
    ),
    pytest.param(
        "قال الدفاع المدني إن طواقمه انتشلت جثامين من تحت الأنقاض في خان يونس بقطاع غزة",
        [("الدفاع المدني", "gaza_civil_defence")],
        "«الدفاع المدني» in a Gaza text",
        id="civil-defence-gaza",
    ),
    pytest.param(
        "قال الدفاع المدني إن فرقه أخمدت الحرائق في ريف إدلب شمال غربي سوريا",
        [("الدفاع المدني", "civil_defence")],
        "«الدفاع المدني» in a Syrian text",
        id="civil-defence-syria",
    ),
    pytest.param(
        "قالت القوات الحكومية إنها استعادت مواقع من الحوثيين في مأرب",
        [("القوات الحكومية", "yemeni_government_forces"), ("الحوثيين", "houthis")],
        "«القوات الحكومية» in a Yemeni text (the Houthis vote for Yemen)",
        id="government-forces-yemen",
    ),
    pytest.param(
        "قالت القوات الحكومية إنها صدت هجوماً لقوات الدعم السريع على الأبيض",
        [("القوات الحكومية", "saf"), ("قوات الدعم السريع", "rsf")],
        "«القوات الحكومية» in a Sudanese text",
        id="government-forces-sudan",
    ),
    pytest.param(
        "قالت وزارة الصحة في بيان مقتضب إن الحصيلة غير نهائية",
        [],
        "a generic name with no country to resolve it is not guessed",
        id="health-no-country",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), GENERIC)
def test_generic_names(text: str, expected: list[Mention], reason: str) -> None:
    assert mentions(text) == expected, reason


# --- not actors ----------------------------------------------------------------------------

NEGATIVES = [
    pytest.param("وأكد المرصد أن الاشتباكات ما زالت مستمرة", "«المرصد» alone", id="marsad"),
    pytest.param("وواصل التنظيم هجماته على البادية", "«التنظيم» alone", id="tanzim"),
    pytest.param("وانسحب الجيش من المدينة بعد معارك", "«الجيش» alone", id="jaysh"),
    pytest.param("وقصف النظام المدينة بالبراميل المتفجرة", "«النظام» alone", id="nizam"),
    pytest.param("وقصفت الفصائل مواقع في ريف اللاذقية", "«الفصائل» alone", id="fasail"),
    pytest.param(
        "شن الطيران الحربي غارات على الفصائل المساندة لها",
        "«الفصائل» with a word of allegiance stays generic",
        id="fasail-allegiance",
    ),
    pytest.param(
        "وصرح الفيلق بأن الوزارة والتحالف لم يردا",
        "«الفيلق», «الوزارة», «التحالف» alone",
        id="other-heads",
    ),
    pytest.param(
        "تواصلت الغارات الروسية على ريف إدلب الجنوبي",
        "an adjective is not an actor",
        id="adjective-russian",
    ),
    pytest.param(
        "وقال مقاتل حوثي إن الجبهة هادئة", "«حوثي» as an adjective", id="adjective-houthi"
    ),
    pytest.param(
        "هاجم مسلحون مجهولون حاجزاً وقتلوا عدداً من المدنيين",
        "generic groups",
        id="generic-groups",
    ),
    pytest.param("نقلت وكالة رويترز عن مصادر عسكرية", "a news agency", id="reuters"),
    pytest.param("ذكرت وكالة الأناضول للأنباء", "a news agency", id="anadolu"),
    pytest.param("أفادت وكالة الأنباء اليمنية سبأ", "a news agency", id="saba"),
    pytest.param("ذكرت وكالة الأنباء السعودية واس", "a news agency", id="spa"),
    pytest.param("نقلت وكالة فرانس برس عن شهود", "a news agency", id="afp"),
    pytest.param("أعلن المشير خليفة حفتر النفير العام", "a person is not an actor", id="person"),
    pytest.param("", "empty text", id="empty"),
]


@pytest.mark.parametrize(("text", "reason"), NEGATIVES)
def test_not_actors(text: str, reason: str) -> None:
    assert mentions(text) == [], reason


# --- anaphora ------------------------------------------------------------------------------

ANAPHORA = [
    pytest.param(
        "شن تنظيم “الدولة الإسلامية” هجوماً على مواقع قوات النظام، وتمكن التنظيم من السيطرة"
        " على تلتين",
        [
            ("تنظيم “الدولة الإسلامية”", "islamic_state"),
            ("قوات النظام", "syrian_government_forces"),
            ("التنظيم", "islamic_state"),
        ],
        "«التنظيم» after the organisation named with «تنظيم»",
        id="tanzim-is",
    ),
    pytest.param(
        "فجر تنظيم داعش عبوة ناسفة ثم اشتبك عناصر تنظيم حراس الدين مع الفصائل، وقال التنظيم إن",
        [
            ("تنظيم داعش", "islamic_state"),
            ("تنظيم حراس الدين", "hurras_al_din"),
            ("التنظيم", "hurras_al_din"),
        ],
        "the organisation named last",
        id="tanzim-last",
    ),
    pytest.param(
        "أعلنت هيئة تحرير الشام النفير العام، وقالت الهيئة إن مقاتليها صدوا الهجوم",
        [("هيئة تحرير الشام", "hts"), ("الهيئة", "hts")],
        "«الهيئة»",
        id="hayaa",
    ),
    pytest.param(
        "هاجم داعش حاجزاً للجيش العراقي قبل أن ينسحب التنظيم نحو الصحراء",
        [("داعش", "islamic_state"), ("لجيش العراقي", "iraqi_forces"), ("التنظيم", "islamic_state")],
        "«التنظيم» once IS is named, even by its acronym",
        id="tanzim-after-acronym",
    ),
    pytest.param(
        "قالت حركة حماس إنها تدرس المقترح، وأكدت الحركة تمسكها بشروطها",
        [("حماس", "hamas"), ("الحركة", "hamas")],
        "«الحركة» after «حركة حماس»",
        id="haraka-hamas",
    ),
    pytest.param(
        "وواصل التنظيم هجماته على البادية",
        [],
        "«التنظيم» with nothing named before it",
        id="no-antecedent",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), ANAPHORA)
def test_anaphora(text: str, expected: list[Mention], reason: str) -> None:
    assert mentions(text, anaphora=True) == expected, reason


def test_anaphora_is_off_by_default() -> None:
    text = "شن تنظيم داعش هجوماً وأعلن التنظيم مسؤوليته عنه"
    assert mentions(text) == [("تنظيم داعش", "islamic_state")]
    assert mentions(text, anaphora=True) == [
        ("تنظيم داعش", "islamic_state"),
        ("التنظيم", "islamic_state"),
    ]


def test_actor_fields() -> None:
    (match,) = find("أعلنت قوات الدعم السريع سيطرتها على المدينة")
    actor = match.value
    assert actor.id == "rsf"
    assert actor.type is cp.ActorType.REBEL_GROUP
    assert actor.country == "SD"
    assert actor.name
    (ministry,) = find("أعلنت وزارة الصحة الليبية حالة الطوارئ")
    assert ministry.value.type is cp.ActorType.OTHER


# --- user registries -----------------------------------------------------------------------

NEW_ACTOR = """\
[[actor]]
id = "liwa_bright_star"
name = "Liwa Bright Star"
type = "militia"
country = "SY"
aliases = ["لواء النجم الساطع", "لواء النجم الساطع الأول"]
"""

TEXT = "اشتبك عناصر من لواء النجم الساطع مع تنظيم داعش قرب قوات النظام في البادية"


def write(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "actors.toml"
    path.write_text(content, encoding="utf-8")
    return path


def test_packaged_registry_does_not_know_the_new_actor() -> None:
    assert [id_ for _, id_ in mentions(TEXT)] == ["islamic_state", "syrian_government_forces"]


def test_registry_extends_the_packaged_one(tmp_path: Path) -> None:
    registry = cp.load_registry(write(tmp_path, NEW_ACTOR))
    found = find(TEXT, registry=registry)
    assert [(m.text, m.value.id) for m in found] == [
        ("لواء النجم الساطع", "liwa_bright_star"),
        ("تنظيم داعش", "islamic_state"),
        ("قوات النظام", "syrian_government_forces"),
    ]
    assert found[0].value.type is cp.ActorType.MILITIA
    assert found[0].value.name == "Liwa Bright Star"
    assert found[0].value.country == "SY"


def test_registry_accepts_a_str_path(tmp_path: Path) -> None:
    registry = cp.load_registry(str(write(tmp_path, NEW_ACTOR)))
    assert ("لواء النجم الساطع", "liwa_bright_star") in mentions(TEXT, registry=registry)


def test_registry_replaces_the_packaged_one(tmp_path: Path) -> None:
    registry = cp.load_registry(write(tmp_path, NEW_ACTOR), extend=False)
    assert mentions(TEXT, registry=registry) == [("لواء النجم الساطع", "liwa_bright_star")]


def test_replacing_registry_may_reuse_a_packaged_alias(tmp_path: Path) -> None:
    content = (
        '[[actor]]\nid = "daesh_cells"\nname = "IS cells"\ntype = "rebel_group"\n'
        'country = "SY"\naliases = ["داعش"]\n'
    )
    registry = cp.load_registry(write(tmp_path, content), extend=False)
    assert mentions("هاجم داعش الحاجز", registry=registry) == [("داعش", "daesh_cells")]


def test_duplicate_alias_of_a_packaged_actor(tmp_path: Path) -> None:
    content = (
        '[[actor]]\nid = "daesh_cells"\nname = "IS cells"\ntype = "rebel_group"\n'
        'country = "SY"\naliases = ["خلايا داعش", "داعش"]\n'
    )
    with pytest.raises(cp.RegistryError, match="داعش") as caught:
        cp.load_registry(write(tmp_path, content))
    assert isinstance(caught.value, ValueError)


def test_duplicate_alias_within_the_file(tmp_path: Path) -> None:
    content = NEW_ACTOR + (
        '\n[[actor]]\nid = "quds_brigade"\nname = "Quds Brigade"\ntype = "militia"\n'
        'country = "SY"\naliases = ["لواء النجم الساطع"]\n'
    )
    with pytest.raises(cp.RegistryError, match="لواء النجم الساطع"):
        cp.load_registry(write(tmp_path, content), extend=False)


def test_unknown_type(tmp_path: Path) -> None:
    content = NEW_ACTOR.replace('type = "militia"', 'type = "warlord_band"')
    with pytest.raises(cp.RegistryError, match="warlord_band"):
        cp.load_registry(write(tmp_path, content))


def test_invalid_toml(tmp_path: Path) -> None:
    with pytest.raises(cp.RegistryError):
        cp.load_registry(write(tmp_path, '[[actor]\nid = "broken"\n'))


def test_registry_error_is_a_value_error() -> None:
    assert issubclass(cp.RegistryError, ValueError)
