"""Breadth on real text (issue 11): what real reports call their actors.

Compositional names («المدفعية التركية»), hostile epithets («العدو الصهيوني»), bodies
qualified by a country or a place («الصحة السودانية», «شرطة الفلوجة»), spelling variants,
names whose referent depends on the country and the date («الجيش الحر», «قوات الوفاق»),
and former names in apposition («(النصرة سابقا)»).  Every sentence is written for these
tests, in the manner of the genre; names, places and figures are invented or changed.
"""

from __future__ import annotations

import datetime
import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import conflictparse as cp
from conflictparse.entities.actor_names import adjective_forms
from conflictparse.entities.actors import default_registry

Mention = tuple[str, str]


def mentions(text: str, *, on: datetime.date | None = None) -> list[Mention]:
    """``find_actors`` with its invariants: spans into the original, in order, no overlaps."""
    found = cp.find_actors(text, on=on)
    for match in found:
        assert text[match.start : match.end] == match.text
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start
    return [(match.text, match.value.id) for match in found]


def ids(text: str, *, on: datetime.date | None = None) -> list[str]:
    return [ident for _, ident in mentions(text, on=on)]


# --- compositional names: a force or weapon noun and a nationality ------------------------------

COMPOSED = [
    ("وردت المدفعية التركية على مصادر النيران", "المدفعية التركية", "turkey_forces"),
    ("استهدفت مسيرة أمريكية سيارة على طريق المطار", "مسيرة أمريكية", "us_forces"),
    ("نفذ الطيران الروسي عدة طلعات فوق البادية", "الطيران الروسي", "russia_forces"),
    (
        "أغارت الطائرات الحربية الإسرائيلية على أطراف البلدة",
        "الطائرات الحربية الإسرائيلية",
        "israeli_forces",
    ),
    ("توغلت آليات عسكرية تركية قرب الحدود", "آليات عسكرية تركية", "turkey_forces"),
    ("اقتربت زوارق حربية إيرانية من ناقلة نفط", "زوارق حربية إيرانية", "iran_forces"),
    ("أعلنت البحرية الأمريكية اعتراض صاروخين", "البحرية الأمريكية", "us_forces"),
    ("انتشرت القوات الروسية في محيط المطار", "القوات الروسية", "russia_forces"),
    ("قصفت المدفعية السورية أطراف القرية", "المدفعية السورية", "syrian_government_forces"),
    ("شن الطيران الحربي السوداني غارة على السوق", "الطيران الحربي السوداني", "saf"),
    ("حلقت طائرة مسيرة إسرائيلية فوق البلدة", "طائرة مسيرة إسرائيلية", "israeli_forces"),
    ("مرت دورية روسية على الطريق الدولي", "دورية روسية", "russia_forces"),
    ("استهدفت مقاتلات إماراتية رتلا على الطريق", "مقاتلات إماراتية", "uae_forces"),
    ("قصفت طائرات هليكوبتر تركية مواقع الوحدات", "طائرات هليكوبتر تركية", "turkey_forces"),
    ("أطلقت الزوارق الحوثية النار على سفينة", "الزوارق الحوثية", "houthis"),
    ("قصف بالمدفعية التركية", "المدفعية التركية", "turkey_forces"),
    ("تقدمت قوة إسرائيلية خاصة نحو المخيم", "قوة إسرائيلية", "israeli_forces"),
    ("دخلت وحدات عراقية حي الزهور", "وحدات عراقية", "iraqi_forces"),
    ("صدت القطعات الأمنية العراقية هجوما قرب هيت", "القطعات الأمنية العراقية", "iraqi_forces"),
]


@pytest.mark.parametrize(("text", "phrase", "ident"), COMPOSED)
def test_force_noun_and_nationality(text: str, phrase: str, ident: str) -> None:
    assert (phrase, ident) in mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "تواصلت الغارات الروسية على ريف المدينة",  # an attack noun, not a force
        "وقال مقاتل حوثي إن الجبهة هادئة",  # a person noun
        "ضبطت الشرطة دبابات روسية الصنع في المستودع",  # made in Russia
        "خرجت مسيرة حاشدة في وسط المدينة",  # a march, with no nationality
        "وصل الطيران الحربي إلى أجواء المنطقة",  # no nationality at all
    ],
)
def test_not_compositional(text: str) -> None:
    assert mentions(text) == []


_NOUNS = ["المدفعية", "الطيران الحربي", "مسيرة", "آليات عسكرية", "الزوارق", "القوات"]
_STEMS = {"تركي": "turkey_forces", "روسي": "russia_forces", "إيراني": "iran_forces"}


@settings(max_examples=60, deadline=None)
@given(
    noun=st.sampled_from(_NOUNS),
    stem=st.sampled_from(sorted(_STEMS)),
    form=st.integers(0, 3),
    clitic=st.sampled_from(["", "و", "ب"]),
    before=st.sampled_from(["", "قصفت ", "وقال مصدر إن "]),
    after=st.sampled_from(["", " مواقع في الريف", "، وأضاف"]),
)
def test_compositional_forms(  # noqa: PLR0917 - one argument per strategy
    noun: str, stem: str, form: int, clitic: str, before: str, after: str
) -> None:
    """Any noun, any form of the adjective, a clitic on the noun: the whole phrase, one actor."""
    adjective = ["", "ة", "", "ة"][form]
    article = "ال" if noun.startswith("ال") else ""
    phrase = f"{noun} {article}{stem}{adjective}"
    text = f"{before}{clitic}{phrase}{after}"
    assert mentions(text) == [(phrase, _STEMS[stem])]


def test_adjective_forms() -> None:
    assert set(adjective_forms("أمريكي")) >= {"امريكي", "امريكيه", "الامريكي", "الامريكيه"}


# --- hostile epithets --------------------------------------------------------------------------

EPITHETS = [
    ("قصفت ميليشيا أسد قرى في ريف إدلب", "ميليشيا أسد", "syrian_government_forces"),
    ("صد الجيش اليمني هجوما شنه الانقلابيون على جبهة صرواح", "الانقلابيون", "houthis"),
    ("تقدم مسلحو حفتر نحو مدينة غريان", "مسلحو حفتر", "lna_haftar"),
    ("اغتيل ضابط في الجيش الموالي لهادي في عدن", "الجيش الموالي لهادي", "yemeni_government_forces"),
    ("واصل العدو الصهيوني قصف الأحياء الشرقية في غزة", "العدو الصهيوني", "israeli_forces"),
    ("استهدف العدو الإسرائيلي أطراف بلدة في جنوب لبنان", "العدو الإسرائيلي", "israeli_forces"),
    ("قصف نظام الأسد بلدات في ريف إدلب", "نظام الأسد", "syrian_government"),
    ("شن العدوان الأمريكي غارات على الحديدة", "العدوان الأمريكي", "us_forces"),
    ("قصف الاحتلال الروسي قرى في ريف حماة", "الاحتلال الروسي", "russia_forces"),
    ("انسحبت ميليشيات إيران من مواقعها قرب البوكمال", "ميليشيات إيران", "iran_forces"),
    ("قصفت مدفعية الاحتلال حي التفاح شرقي غزة", "مدفعية الاحتلال", "israeli_forces"),
    ("اقتحمت قوات الاحتلال بلدة في الضفة الغربية", "قوات الاحتلال", "israeli_forces"),
    (
        "شن طيران العدوان السعودي غارات على صعدة في اليمن",
        "طيران العدوان السعودي",
        "saudi_coalition",
    ),
    ("قصف الاحتلال التركي قرى في ريف الحسكة", "الاحتلال التركي", "turkey_forces"),
    ("أدان البيان جرائم النظام السعودي في صعدة", "النظام السعودي", "saudi_government"),
    ("اتهمت الجماعة النظام الإماراتي بدعم الانفصاليين", "النظام الإماراتي", "uae_government"),
    ("دارت مواجهات مع عناصر حفتر جنوبي العاصمة", "عناصر حفتر", "lna_haftar"),
    ("أسر الثوار ثلاثة من جنود حفتر", "جنود حفتر", "lna_haftar"),
    ("تصدى الجيش لهجوم شنه عناصر الحوثي على مواقعه", "عناصر الحوثي", "houthis"),
    ("أطلقت قوة تابعة لحركة مناوي النار على سيارة", "حركة مناوي", "sla_minnawi"),
    ("اشتبكت قوات مناوي مع الدعم السريع شرقي الفاشر", "قوات مناوي", "sla_minnawi"),
    (
        "اقتحم مسلحون معسكرا للقوات الخاصة الليبية في بنغازي",
        "لقوات الخاصة الليبية",
        "saiqa_special_forces",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "ident"), EPITHETS)
def test_hostile_epithets(text: str, phrase: str, ident: str) -> None:
    assert (phrase, ident) in mentions(text)


def test_the_general_command_is_haftars_only_in_libya() -> None:
    assert ids("أعلنت القيادة العامة في ليبيا سيطرتها على المطار") == ["lna_haftar"]
    assert ids("قالت القيادة العامة لقوات سوريا الديمقراطية إن …") == ["sdf"]


def test_occupation_follows_the_country() -> None:
    """Bare «قوات الاحتلال» is the Israeli forces, but the US forces in an Iraqi report."""
    iraqi = "قالت الحكومة العراقية إن قوات الاحتلال داهمت منازل في الفلوجة"
    assert ("قوات الاحتلال", "us_forces") in mentions(iraqi)
    assert ("قوات الاحتلال", "israeli_forces") in mentions("داهمت قوات الاحتلال مخيم جنين")


def test_mercenaries_are_too_vague() -> None:
    assert mentions("هاجم المرتزقة مواقع في المحافظة") == []


# --- bodies qualified by a country or a place ----------------------------------------------------

BODIES = [
    ("أعلنت الصحة السودانية تسجيل إصابات جديدة", "الصحة السودانية", "sudan_health_ministry"),
    ("قالت وزارة الصحة بغزة إن الحصيلة ارتفعت", "وزارة الصحة بغزة", "gaza_health_ministry"),
    ("أفادت وزارة الصحة في غزة بوصول جثامين", "وزارة الصحة في غزة", "gaza_health_ministry"),
    ("أعلنت قيادة شرطة محافظة نينوى اعتقال مطلوبين", "قيادة شرطة محافظة نينوى", "iraqi_police"),
    ("قالت شرطة الفلوجة إن عبوة انفجرت", "شرطة الفلوجة", "iraqi_police"),
    ("أصيب عنصران من الأمن العراقي في هجوم", "الأمن العراقي", "iraqi_forces"),
    ("دعت الحكومة اللبنانية إلى وقف التصعيد", "الحكومة اللبنانية", "lebanese_government"),
    ("أعلنت الدفاع التركية تحييد مسلحين", "الدفاع التركية", "turkish_defence_ministry"),
    ("قالت الداخلية السودانية إن الشرطة انتشرت", "الداخلية السودانية", "sudan_interior_ministry"),
    ("قالت قيادة عمليات الأنبار إن القوات طهرت المنطقة", "قيادة عمليات الأنبار", "iraqi_forces"),
    ("أعلنت شرطة ديالى مقتل مسلح", "شرطة ديالى", "iraqi_police"),
    ("قالت الشرطة الليبية إنها فككت عبوة", "الشرطة الليبية", "libyan_police"),
    ("انتشرت قوة من حشد الأنبار على الطريق", "حشد الأنبار", "pmf"),
    ("صدت قوات حشد محافظة صلاح الدين تعرضا", "حشد محافظة صلاح الدين", "pmf"),
]


@pytest.mark.parametrize(("text", "phrase", "ident"), BODIES)
def test_qualified_bodies(text: str, phrase: str, ident: str) -> None:
    assert (phrase, ident) in mentions(text)


# --- spelling variants -------------------------------------------------------------------------

VARIANTS = [
    # «ميليشيا» and «مليشيا» alternate freely: an alias listed one way is read the other
    ("هاجمت الميليشيا الحوثية مواقع الجيش", "الميليشيا الحوثية", "houthis"),
    ("انسحبت مليشيا أسد من المنطقة", "مليشيا أسد", "syrian_government_forces"),
    ("اشتبك مسلحون من قبيلة تبو مع قوة أمنية", "قبيلة تبو", "tebu"),
    ("تقدمت قوات سورية الديمقراطية نحو القرية", "قوات سورية الديمقراطية", "sdf"),
    ("تقدمت قوات سوريا الديموقراطية نحو القرية", "قوات سوريا الديموقراطية", "sdf"),
    ("أعلنت الدولة الاسلامية مسؤوليتها", "الدولة الاسلامية", "islamic_state"),
    ("قصف الحوثيين مواقع في تعز", "الحوثيين", "houthis"),
    ("أعلنت جماعة انصار الله إسقاط طائرة", "جماعة انصار الله", "houthis"),
    ("هاجمت الدعم السريع قرية في دارفور", "الدعم السريع", "rsf"),
    ("انسحبت قوات التدخل السريع من المدينة السودانية", "قوات التدخل السريع", "rsf"),
    ("قصف الطيران الحربى السورى البلدة", "الطيران الحربى السورى", "syrian_government_forces"),
    (
        "ضربات التحالف العربي - الدولي على مناطق في سوريا",
        "التحالف العربي - الدولي",
        "international_coalition",
    ),
    (
        "قتل عناصر من قوات النظام والميليشيات الموالية لها",
        "الميليشيات الموالية لها",
        "pro_government_militias",
    ),
    ("قصفت مسيرة مخابئ حزب العمال الكوردستاني", "حزب العمال الكوردستاني", "pkk"),
    (
        "اشتبك مسلحو شورى بنغازي مع الجيش عام 2015",
        "شورى بنغازي",
        "benghazi_revolutionaries_shura_council",
    ),
    ("تقدمت القوات الخاصة والصاعقة نحو الميناء", "القوات الخاصة والصاعقة", "saiqa_special_forces"),
    ("هاجم مقاتلو شورى درنة حاجزا", "شورى درنة", "derna_mujahideen_shura_council"),
    ("هاجم إرهابيون يهود قرية ترمسعيا", "إرهابيون يهود", "israeli_settlers"),
    ("اشتبك جهاز (الردع) مع مسلحين في سوق الجمعة", "جهاز (الردع)", "radaa"),
    ("قال المتحدث باسم جماعة (الحوثي) إن", "جماعة (الحوثي)", "houthis"),
    ("أحرق متطرفون يهود منزلا في قرية قصرة", "متطرفون يهود", "israeli_settlers"),
    ("دهس مستوطن طفلا قرب قرية سنجل", "مستوطن", "israeli_settlers"),
    (
        "أغارت مقاتلات التحالف العسكرى العربى بقيادة السعودية على صعدة",
        "التحالف العسكرى العربى بقيادة السعودية",
        "saudi_coalition",
    ),
    (
        "تقدمت قوات الرئيس عبد ربه منصور هادي نحو صرواح",
        "قوات الرئيس عبد ربه منصور هادي",
        "yemeni_government_forces",
    ),
    (
        "تقدمت قوات الرئيس عبدربه منصور هادي نحو صرواح",
        "قوات الرئيس عبدربه منصور هادي",
        "yemeni_government_forces",
    ),
    ("كمين استهدف جنود الجيش الوطني المالي قرب تمبكتو", "الجيش الوطني المالي", "mali_armed_forces"),
    ("هجوم على الجيش البوركينابي في الشمال", "الجيش البوركينابي", "burkina_faso_armed_forces"),
    ("أعلنت الشبكة السورية توثيق مقتل 40 مدنيا", "الشبكة السورية", "snhr"),
    ("وقال الإعلام الأمني في بيان", "الإعلام الأمني", "iraqi_security_media_cell"),
    ("اعتقل مسلحو ب ي د شابا في القامشلي", "ب ي د", "pyd"),
    # without the hamza's seat, and SOHR's militias loyal to «النظام» by «له»
    (
        "انتشرت قوة الأمم المتحدة الموقتة في لبنان قرب الناقورة",
        "قوة الأمم المتحدة الموقتة في لبنان",
        "unifil",
    ),
    (
        "قتل 9 من قوات النظام والمسلحين الموالين له في بادية دير الزور",
        "المسلحين الموالين له",
        "pro_government_militias",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "ident"), VARIANTS)
def test_spelling_variants(text: str, phrase: str, ident: str) -> None:
    assert (phrase, ident) in mentions(text)


# --- registry breadth --------------------------------------------------------------------------

REGISTRY = [
    ("قالت سوريا الديمقراطية إن خلايا التنظيم هاجمت", "سوريا الديمقراطية", "sdf"),
    ("أعلن مجلس سوريا الديمقراطية موقفه", "مجلس سوريا الديمقراطية", "syrian_democratic_council"),
    ("اشتبكت الهيئة مع حركة الزنكي غرب حلب", "حركة الزنكي", "nour_al_din_al_zenki"),
    ("قصف الحوثيون وقوات صالح الأحياء السكنية", "قوات صالح", "saleh_loyalist_forces"),
    ("قصفت ميليشيا حزب الله العراقي الموقع", "ميليشيا حزب الله العراقي", "kataib_hezbollah"),
    (
        "تقدمت قوات الدعم والإسناد نحو المديرية",
        "قوات الدعم والإسناد",
        "stc_support_and_backup_forces",
    ),
    ("اشتبكت كتيبة النواصي مع قوة أخرى", "كتيبة النواصي", "nawasi_brigade"),
    ("دعا التيار الصدري أنصاره إلى التظاهر", "التيار الصدري", "sadrist_movement"),
    ("هاجمت المقاومة التهامية مواقع الحوثيين", "المقاومة التهامية", "tihama_resistance"),
    ("قصفت قوات الحلو مدينة الدلنج", "قوات الحلو", "splm_n"),
    ("انتشرت كتيبة غنيوة في الحي", "كتيبة غنيوة", "stability_support_apparatus"),
    (
        "اندلعت اشتباكات مع مجلس شورى ثوار بنغازي",
        "مجلس شورى ثوار بنغازي",
        "benghazi_revolutionaries_shura_council",
    ),
    ("تقدمت ألوية العمالقة نحو مديرية حيس", "ألوية العمالقة", "giants_brigades"),
    (
        "شنت مقاتلات النظام السوري غارات على البلدة",
        "مقاتلات النظام السوري",
        "syrian_government_forces",
    ),
    ("ردت مدفعية النظام على مصادر النيران", "مدفعية النظام", "syrian_government_forces"),
    ("هاجمت مليشيا حفتر مواقع جنوب العاصمة", "مليشيا حفتر", "lna_haftar"),
    # his rank with his nationality between: «اللواء الليبي المتقاعد»
    (
        "قصفت قوات اللواء الليبي المتقاعد خليفة حفتر حيا في طرابلس",
        "قوات اللواء الليبي المتقاعد خليفة حفتر",
        "lna_haftar",
    ),
    ("تقدمت قوات الجنرال خليفة حفتر نحو المدينة", "قوات الجنرال خليفة حفتر", "lna_haftar"),
    ("انتشرت قوات الأمن اليمنية في المدينة", "قوات الأمن اليمنية", "yemeni_government_forces"),
    ("أعلنت الأجهزة الأمنية الليبية القبض على مطلوب", "الأجهزة الأمنية الليبية", "libyan_police"),
    (
        "هاجم الحزب الإسلامي التركستاني مواقع في سهل الغاب",
        "الحزب الإسلامي التركستاني",
        "turkistan_islamic_party",
    ),
    ("قالت شبكة أطباء السودان إن الحصيلة ارتفعت", "شبكة أطباء السودان", "sudan_doctors_network"),
    ("اعتقل جهاز الأمن الوقائي ناشطين", "جهاز الأمن الوقائي", "palestinian_security_forces"),
    ("أعلنت سرايا السلام انسحابها من المدينة", "سرايا السلام", "saraya_al_salam"),
    ("قتل عنصران من فلول النظام في كمين", "فلول النظام", "assad_loyalists"),
    # a longer name over the one inside it: «فلول ميليشيات الأسد», not «ميليشيات الأسد»
    ("نصب مسلحون من فلول ميليشيات الأسد كمينا", "فلول ميليشيات الأسد", "assad_loyalists"),
    ("هاجمت مليشيا آل دقلو قرية في الجزيرة", "مليشيا آل دقلو", "rsf"),
    (
        "سيطر أبناء عشائر البدو على أطراف القرية",
        "أبناء عشائر البدو",
        "bedouin_tribal_militias_syria",
    ),
    ("لم يصدر تعليق من السلطات اليمنية", "السلطات اليمنية", "yemeni_government"),
    ("عادت حكومة هادي إلى عدن", "حكومة هادي", "yemeni_government"),
    ("قصفت كتائب العقيد معمر القذافي المدينة", "كتائب العقيد معمر القذافي", "libya_gaddafi_forces"),
    (
        "استعاد جهاز دعم الاستقرار مقرات في طرابلس",
        "جهاز دعم الاستقرار",
        "stability_support_apparatus",
    ),
    (
        "وثق المرصد الأورومتوسطي لحقوق الإنسان الحادثة",
        "المرصد الأورومتوسطي لحقوق الإنسان",
        "euro_med_monitor",
    ),
    # names read in real reports of 2025 (session 16): members of a group, an air force by its
    # commander, epithets one side gives the other, the sides of Suwayda
    ("كمن مسلحو القاعدة لدورية للحوثيين في أبين", "مسلحو القاعدة", "aqap"),
    ("أغار طيران حفتر على مواقع جنوب العاصمة", "طيران حفتر", "lna_haftar"),
    ("اتهم الدعم السريع جيش الحركة الإسلامية بقصف الأسواق", "جيش الحركة الإسلامية", "saf"),
    (
        "قال المتحدث باسم القوات المسلحة اليمنية إنها استهدفت سفينة",
        "القوات المسلحة اليمنية",
        "houthis",
    ),
    ("اشتبكت الفصائل الدرزية مع مسلحي العشائر البدوية", "الفصائل الدرزية", "druze_militias_syria"),
    (
        "وثقت بعثة الأمم المتحدة لمساعدة العراق مقتل 300 مدني",
        "بعثة الأمم المتحدة لمساعدة العراق",
        "unami",
    ),
    ("وقالت يونامي إن الحصيلة ارتفعت", "يونامي", "unami"),
    ("تقدمت وحدات الحماية الكردية نحو القرية", "وحدات الحماية الكردية", "ypg"),
    ("انضمت حركة ثوار الشام إلى الجبهة", "حركة ثوار الشام", "thuwar_al_sham"),
    ("وثق مشروع بيانات اليمن 40 غارة", "مشروع بيانات اليمن", "yemen_data_project"),
    ("قدرت منظمة الهجرة الدولية عدد النازحين", "منظمة الهجرة الدولية", "iom"),
    (
        "اشتبكت الفصائل الدرزية مع مسلحي العشائر البدوية",
        "مسلحي العشائر البدوية",
        "bedouin_tribal_militias_syria",
    ),
]


GENERIC_BY_COUNTRY = [
    # (text, phrase, ident): a shared name that the document's country resolves
    (
        "تصدت كتائب الثوار لهجوم قوات الأسد في ريف حماة",
        "كتائب الثوار",
        "syrian_opposition_factions",
    ),
    ("صد رجال المقاومة هجوما للحوثيين في تعز", "رجال المقاومة", "yemeni_popular_resistance"),
    ("قصف الجيش الشعبي مواقع الجيش السوداني قرب كادقلي", "الجيش الشعبي", "splm_n"),
    ("هاجم عناصر القاعدة معسكرا للحوثيين", "عناصر القاعدة", "aqap"),
    (
        "قتل جنديان من قوات الأمن في هجوم بمحافظة أبين جنوبي اليمن",
        "قوات الأمن",
        "yemeni_government_forces",
    ),
    ("اعتقلت قوات الأمن الكردية في أربيل شمالي العراق مطلوبا", "قوات الأمن الكردية", "krg_asayish"),
    (
        "اعتقلت قوات الأمن الكردية في القامشلي شمال شرقي سوريا مطلوبا",
        "قوات الأمن الكردية",
        "asayish",
    ),
    ("داهمت الأسايش منزلا في مدينة الحسكة", "الأسايش", "asayish"),
    # «قوى» for «قوات», and the «الداخلي» form, with the adjective that makes them Kurdish
    (
        "اعتقلت قوى الأمن الكردية شابا في القامشلي شمال شرقي سوريا",
        "قوى الأمن الكردية",
        "asayish",
    ),
    (
        "فجر انتحاري سيارة قرب مقر لقوات الأمن الداخلي الكردية في الحسكة السورية",
        "قوات الأمن الداخلي الكردية",
        "asayish",
    ),
    ("صد مقاتلو العشائر هجوما في مدينة الرمادي العراقية", "مقاتلو العشائر", "tribal_mobilization"),
    ("اعتقلت الأسايش ناشطا في مدينة السليمانية العراقية", "الأسايش", "krg_asayish"),
    (
        "أعلن جهاز الأمن العام في مدينة مصراتة الليبية",
        "جهاز الأمن العام",
        "general_security_apparatus",
    ),
    ("هاجم مقاتلو العشائر مواقع قسد في بلدة ذيبان", "مقاتلو العشائر", "arab_tribal_forces"),
    # names read in real reports of session 25: the STC's forces and the coalition's arms
    # by their Yemeni names
    (
        "قتل جندي من القوات الجنوبية في لودر بمحافظة أبين اليمنية",
        "القوات الجنوبية",
        "southern_transitional_council",
    ),
    ("قصفت بوارج التحالف سواحل الحديدة اليمنية", "بوارج التحالف", "saudi_coalition"),
    # «الحرس الرئاسي» by the country the report is about
    (
        "تجددت الاشتباكات في عين زارة بطرابلس الليبية بين جهاز الردع والحرس الرئاسي",
        "الحرس الرئاسي",
        "libya_presidential_guard",
    ),
    (
        "هاجم الحوثيون مواقع الحرس الرئاسي في عدن اليمنية",
        "الحرس الرئاسي",
        "presidential_protection_forces",
    ),
    # the coalition named after the states that lead it
    ("شنت طائرات تحالف السعودية غارات على صعدة اليمنية", "تحالف السعودية", "saudi_coalition"),
    (
        "قصف طيران تحالف السعودية والإمارات حجة اليمنية",
        "تحالف السعودية والإمارات",
        "saudi_coalition",
    ),
    ("تقدمت قوات المخلوع نحو تعز اليمنية", "قوات المخلوع", "saleh_loyalist_forces"),
    (
        "تقدمت القوات الموالية للرئيس اليمني السابق علي صالح نحو تعز",
        "القوات الموالية للرئيس اليمني السابق علي صالح",
        "saleh_loyalist_forces",
    ),
    # «النظام» between a force noun and its nationality: that country's forces
    ("قصفت قوات النظام السعودي قرى مديرية شدا", "قوات النظام السعودي", "saudi_armed_forces"),
    # «قوى الأمن» as the 2011 Syrian press and the Lebanese press write it
    ("أطلقت قوى الأمن النار في حمص السورية", "قوى الأمن", "syrian_government_forces"),
    (
        "أوقفت قوى الأمن مطلوبا في طرابلس اللبنانية",
        "قوى الأمن",
        "lebanese_internal_security_forces",
    ),
    # names read in real reports of session 27: Yemeni arms of both sides, the YPG by a
    # short name, and the name two governments bore
    ("قصفت مقاتلات العدوان واديا في حجة اليمنية", "مقاتلات العدوان", "saudi_coalition"),
    ("قتل قائد قوات النجدة في أبين اليمنية", "قوات النجدة", "yemeni_police"),
    ("نفذ سلاح الجو المسير هجوما انطلاقا من صعدة اليمنية", "سلاح الجو المسير", "houthis"),
    ("تعد أنقرة الوحدات الكردية في منبج السورية إرهابية", "الوحدات الكردية", "ypg"),
    (
        "قالت حكومة الإنقاذ الوطني في طرابلس الليبية إن",
        "حكومة الإنقاذ الوطني",
        "libya_national_salvation_government",
    ),
    ("قالت حكومة الإنقاذ الوطني في صنعاء اليمنية إن", "حكومة الإنقاذ الوطني", "houthi_government"),
    ("هاجم البدو بلدة المزرعة في السويداء السورية", "البدو", "bedouin_tribal_militias_syria"),
    (
        "ألقت مديرية الأمن في حماة السورية القبض على شخصين",
        "مديرية الأمن",
        "syrian_general_security",
    ),
    # «حكومي» names the government forces of the report's country
    (
        "قصفت طائرات حكومية مسيرة قرية في ريف إدلب السوري",
        "طائرات حكومية",
        "syrian_government_forces",
    ),
    ("ألقى الطيران الحكومي براميل على قرى دارفور في السودان", "الطيران الحكومي", "saf"),
    (
        "تقدمت القوات البرية الحكومية نحو مأرب اليمنية",
        "القوات البرية الحكومية",
        "yemeni_government_forces",
    ),
    # Somalia's forces and government by their shared names
    ("فرضت القوات الحكومية طوقا أمنيا في مقديشو الصومالية", "القوات الحكومية", "somalia_forces"),
    ("حاصرت قوات الأمن المهاجمين في فندق بمقديشو الصومالية", "قوات الأمن", "somalia_forces"),
    ("انتشرت القوات الأمنية في شوارع مقديشو الصومالية", "القوات الأمنية", "somalia_forces"),
    (
        "تقاتل حركة الشباب الحكومة الفدرالية في الصومال منذ سنوات",
        "الحكومة الفدرالية",
        "somalia_government",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "ident"), GENERIC_BY_COUNTRY)
def test_shared_names_resolved_by_the_documents_country(text: str, phrase: str, ident: str) -> None:
    assert (phrase, ident) in mentions(text)


@pytest.mark.parametrize(
    ("text", "phrase", "ident"),
    [
        ("قصف طيران العدوان مديرية حيدان بمحافظة صعدة", "طيران العدوان", "saudi_coalition"),
        ("ألقى الطيران الحكومي براميل على مدينة الفاشر", "الطيران الحكومي", "saf"),
    ],
    ids=["yemen-by-its-districts", "sudan-by-its-city"],
)
def test_a_shared_name_takes_the_country_of_the_places_when_no_side_names_one(
    text: str, phrase: str, ident: str
) -> None:
    assert (phrase, ident) in mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "قال وزير الصحة اللبناني إن",
        "صرح وزير الدفاع الإسرائيلي بأن",
        "قالت الوزيرة الصحة الفلسطينية",
    ],
)
def test_a_ministers_title_names_a_person_not_a_ministry(text: str) -> None:
    assert mentions(text) == []


def test_shared_names_outside_their_country_stay_unresolved() -> None:
    assert mentions("قصفت طائرات حكومية مسيرة مواقع المسلحين") == []
    assert mentions("تصدت كتائب الثوار لهجوم في بنغازي") == []
    assert mentions("قتل عنصر من قوات النجدة في البصرة العراقية") == []
    assert "رجال المقاومة" not in [text for text, _ in mentions("صد رجال المقاومة هجوما في غزة")]


REGISTRY_27 = [
    ("قتل 5 دواعش في كمين قرب القرية", "دواعش", "islamic_state"),
    ("اتهمت أنقرة حزب العمال الكردستاني بي كي كي", "بي كي كي", "pkk"),
    ("اعتقل عضو في حزب الاتحاد الديمقراطي", "حزب الاتحاد الديمقراطي", "pyd"),
    (
        "انتشرت ألوية حماية الرئاسة في الشوارع",
        "ألوية حماية الرئاسة",
        "presidential_protection_forces",
    ),
    ("هاجم بدو السويداء بلدة المزرعة", "بدو السويداء", "bedouin_tribal_militias_syria"),
]

REGISTRY_28 = [
    ("تبنت جماعة نصرة الإسلام والمسلمين الهجوم", "جماعة نصرة الإسلام والمسلمين", "jnim"),
    (
        "هاجم تنظيم الدولة الإسلامية في الصحراء الكبرى قرية",
        "تنظيم الدولة الإسلامية في الصحراء الكبرى",
        "isgs",
    ),
    ("قتل خمسة من الجيش المالي قرب الحدود", "الجيش المالي", "mali_armed_forces"),
    ("قتل جنود من الجيش البوركيني", "الجيش البوركيني", "burkina_faso_armed_forces"),
    ("قتل عشرة من متطوعي الدفاع عن الوطن", "متطوعي الدفاع عن الوطن", "burkina_faso_vdp"),
    (
        "نقل جهاز الإسعاف والطوارئ الجرحى",
        "جهاز الإسعاف والطوارئ",
        "libya_ambulance_emergency_service",
    ),
    ("صادق الكابينت على توسيع العملية", "الكابينت", "israeli_security_cabinet"),
    ("نزع مشروع مسام 500 لغم في اليمن", "مشروع مسام", "masam"),
    (
        "قالت حكومة تصريف الأعمال اللبنانية إن",
        "حكومة تصريف الأعمال اللبنانية",
        "lebanese_government",
    ),
    (
        "أعلن مركز عمليات طوارئ الصحة العامة في لبنان",
        "مركز عمليات طوارئ الصحة العامة",
        "lebanese_health_ministry",
    ),
]


# tribes that fight as sides, and Libyan forces by their parliament's name
TRIBES = [
    ("تجددت الاشتباكات بين قبيلتي المسيرية والرزيقات", "الرزيقات", "rizeigat"),
    ("تجددت الاشتباكات بين قبيلتي المسيرية والرزيقات", "المسيرية", "misseriya"),
    ("نهب مسلحون قطيعا للمعاليا", "لمعاليا", "maaliya"),
    ("قتل 3 في هجوم شنه مسلحون من التبو على حي", "التبو", "tebu"),
    ("اتهمت قبيلة الزوية خصومها", "قبيلة الزوية", "zuwayya"),
    ("أسر رجال قبائل مراد عددا من المسلحين", "رجال قبائل مراد", "murad_tribe"),
    ("تقدمت قوات مجلس النواب نحو المدينة", "قوات مجلس النواب", "lna_haftar"),
    ("انسحبت قوة من درع الوسطى من المعسكر", "درع الوسطى", "central_shield"),
]


@pytest.mark.parametrize(
    ("text", "phrase", "ident"), [*REGISTRY, *REGISTRY_27, *REGISTRY_28, *TRIBES]
)
def test_registry_breadth(text: str, phrase: str, ident: str) -> None:
    assert (phrase, ident) in mentions(text)


def test_registry_size() -> None:
    assert len(default_registry().actors) >= 400


# --- names that depend on the country and the date ---------------------------------------------

DATED = [
    ("سيطر الجيش الحر على حاجز في ريف حمص", datetime.date(2013, 5, 1), "free_syrian_army"),
    ("سيطر الجيش الحر على قرية في ريف عفرين", datetime.date(2019, 5, 1), "syrian_national_army"),
    ("قصفت قوات الوفاق مواقع جنوب طرابلس", datetime.date(2019, 9, 1), "gna_forces"),
    ("انتشرت قوات الوفاق في طرابلس", datetime.date(2022, 8, 27), "gnu_forces"),
    ("قصف الجيش الليبي مدينة مصراتة", datetime.date(2011, 4, 10), "libya_gaddafi_forces"),
    ("قصف الجيش الليبي مواقع في درنة", datetime.date(2018, 5, 10), "lna_haftar"),
    (
        "قالت القوات الحكومية إنها تقدمت في سوريا",
        datetime.date(2016, 3, 1),
        "syrian_government_forces",
    ),
    (
        "قالت القوات الحكومية إنها تقدمت في سوريا",
        datetime.date(2025, 3, 8),
        "syrian_transitional_forces",
    ),
    (
        "قالت القوات الحكومية إنها تقدمت جنوب طرابلس في ليبيا",
        datetime.date(2019, 6, 1),
        "gna_forces",
    ),
    ("هاجم الجنجويد قرى في دارفور", datetime.date(2004, 2, 1), "janjaweed"),
    ("هاجم الجنجويد قرى في دارفور", datetime.date(2023, 11, 5), "rsf"),
    ("أغار سلاح الجو الليبي على مصراتة", datetime.date(2011, 4, 10), "libya_gaddafi_forces"),
    ("أغار سلاح الجو الليبي على درنة", datetime.date(2016, 5, 10), "lna_haftar"),
    (
        "قصفت قوات الحكومة السورية حي الوعر في حمص",
        datetime.date(2014, 1, 1),
        "syrian_government_forces",
    ),
]


@pytest.mark.parametrize(("text", "on", "ident"), DATED)
def test_resolved_by_date(text: str, on: datetime.date, ident: str) -> None:
    assert ids(text, on=on) == [ident]


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("سيطر الجيش الحر على حاجز في ريف حمص", "free_syrian_army"),
        ("قصفت قوات الوفاق مواقع جنوب طرابلس", "gna_forces"),
        ("قالت القوات الحكومية إنها تقدمت في سوريا", "syrian_government_forces"),
    ],
)
def test_without_a_date_the_first_reading(text: str, ident: str) -> None:
    assert ids(text) == [ident]


def test_generic_name_before_its_actor_existed_is_not_guessed() -> None:
    """The Syrian National Army was formed at the end of 2017: «الجيش الوطني» in 2014 is not it."""
    text = "قصف الجيش الوطني قرى في ريف حلب السورية"
    assert ids(text, on=datetime.date(2014, 6, 1)) == []
    assert ids(text, on=datetime.date(2020, 6, 1)) == ["syrian_national_army"]


def test_a_name_of_its_own_at_any_date() -> None:
    """A name only one actor ever had names it even outside its period (a look back)."""
    assert ids("كانت حكومة الوفاق الوطني قد وقعت الاتفاق", on=datetime.date(2024, 1, 1)) == ["gna"]


# --- former names in apposition ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "مقتل 4 من عناصر هيئة تحرير الشام (النصرة سابقا) في قصف",
        "اشتبكت هيئة تحرير الشام (جبهة النصرة سابقاً) مع فصيل محلي",
        "سيطرت هيئة تحرير الشام المعروفة سابقا بجبهة النصرة على المعبر",
        "سيطرت هيئة تحرير الشام المعروفة سابقا باسم جبهة النصرة على المعبر",
    ],
)
def test_former_name_is_not_a_second_actor(text: str) -> None:
    assert ids(text) == ["hts"]


def test_former_word_elsewhere_keeps_the_actor() -> None:
    text = "كانت القرية سابقا تحت سيطرة قوات النظام"
    assert ids(text) == ["syrian_government_forces"]


# --- the registry file: validity and compose tables ----------------------------------------------

ACTOR = """\
[[actor]]
id = "liwa_al_tajriba"
name = "Test brigade"
type = "militia"
country = "SY"
aliases = ["لواء التجربة"]
"""


def _write(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "mine.toml"
    path.write_text(content, encoding="utf-8")
    return path


def test_validity_keys_are_read(tmp_path: Path) -> None:
    content = ACTOR + 'valid_from = 2016-01-01\nvalid_to = "2018-12-31"\n'
    registry = cp.load_registry(_write(tmp_path, content))
    assert registry.validity["liwa_al_tajriba"] == (
        datetime.date(2016, 1, 1),
        datetime.date(2018, 12, 31),
    )


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('valid_from = "spring 2016"\n', "«valid_from» must be a date"),
        ("valid_to = 2016\n", "«valid_to» must be a date"),
        ("valid_from = 2018-01-01\nvalid_to = 2016-01-01\n", "is before «valid_from»"),
        ("valid_from = 2018-01-01T10:00:00\n", "«valid_from» must be a date"),
    ],
)
def test_validity_errors(tmp_path: Path, extra: str, message: str) -> None:
    with pytest.raises(cp.RegistryError, match=message) as caught:
        cp.load_registry(_write(tmp_path, ACTOR + extra))
    assert "mine.toml" in str(caught.value)
    assert "liwa_al_tajriba" in str(caught.value)


def test_a_shared_name_needs_periods_that_do_not_meet(tmp_path: Path) -> None:
    second = ACTOR.replace("liwa_al_tajriba", "liwa_al_tajriba_new")
    clash = ACTOR + "valid_to = 2018-12-31\n\n" + second + "valid_from = 2018-06-01\n"
    with pytest.raises(cp.RegistryError, match="valid_from"):
        cp.load_registry(_write(tmp_path, clash), extend=False)
    apart = ACTOR + "valid_to = 2018-12-31\n\n" + second + "valid_from = 2019-01-01\n"
    registry = cp.load_registry(_write(tmp_path, apart), extend=False)
    text = "هاجم لواء التجربة القرية"
    found = cp.find_actors(text, registry=registry, on=datetime.date(2020, 1, 1))
    assert [m.value.id for m in found] == ["liwa_al_tajriba_new"]


def test_an_alias_with_digits_is_refused_since_it_would_match_its_words_alone(
    tmp_path: Path,
) -> None:
    content = ACTOR.replace('["لواء التجربة"]', '["لواء التجربة", "اللواء 12 قتال"]')
    with pytest.raises(cp.RegistryError, match="digits") as caught:
        cp.load_registry(_write(tmp_path, content))
    assert "mine.toml" in str(caught.value)
    assert "اللواء 12 قتال" in str(caught.value)


def test_compose_adjective_by_country(tmp_path: Path) -> None:
    content = ACTOR + (
        '\n[[compose]]\nnouns = ["كتيبة"]\n\n[compose.adjectives]\n'
        '"محلي" = { SY = "liwa_al_tajriba" }\n'
    )
    registry = cp.load_registry(_write(tmp_path, content))
    found = cp.find_actors("تقدمت كتيبة محلية نحو تلة في حماة السورية", registry=registry)
    assert [(m.text, m.value.id) for m in found] == [("كتيبة محلية", "liwa_al_tajriba")]
    assert cp.find_actors("تقدمت كتيبة محلية نحو تلة في الموصل العراقية", registry=registry) == []


def test_user_compose_table(tmp_path: Path) -> None:
    content = ACTOR + (
        '\n[[compose]]\nnouns = ["كتيبة"]\n\n[compose.adjectives]\n"تجريبي" = "liwa_al_tajriba"\n'
    )
    registry = cp.load_registry(_write(tmp_path, content))
    found = cp.find_actors("تقدمت كتيبة تجريبية نحو التلة", registry=registry)
    assert [(m.text, m.value.id) for m in found] == [("كتيبة تجريبية", "liwa_al_tajriba")]


@pytest.mark.parametrize(
    ("compose", "message"),
    [
        ('nouns = ["كتيبة"]\n[compose.adjectives]\n"تجريبي" = "nobody"\n', "unknown actor"),
        ('nouns = []\n[compose.adjectives]\n"تجريبي" = "liwa_al_tajriba"\n', "«nouns» is empty"),
        ('nouns = ["كتيبة"]\n', "give «adjectives» or «places»"),
        ('nouns = ["كتيبة"]\n[compose.adjectives]\n"تجريبية" = "liwa_al_tajriba"\n', "nisba"),
        ('nouns = ["كتيبة"]\nnoun = 1\n[compose.places]\nSY = "liwa_al_tajriba"\n', "«noun»"),
        ('nouns = ["كتيبة"]\n[compose.adjectives]\n"تجريبي" = {}\n', "empty table"),
        ('nouns = ["كتيبة"]\n[compose.adjectives]\n"تجريبي" = { SY = "nobody" }\n', "SY"),
    ],
)
def test_compose_errors(tmp_path: Path, compose: str, message: str) -> None:
    with pytest.raises(cp.RegistryError, match=message) as caught:
        cp.load_registry(_write(tmp_path, ACTOR + "\n[[compose]]\n" + compose))
    assert "mine.toml: compose #1" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("شن التحالف العسكري الذي تقوده السعودية غارات على صعدة", "saudi_coalition"),
        ("هاجم شورى مجاهدي درنة مواقع التنظيم", "derna_mujahideen_shura_council"),
        ("تقدمت قوات اللواء المتقاعد خليفة حفتر في بنغازي", "lna_haftar"),
        ("اشتبكت قوات الردع مع ميليشيا الكانيات جنوب طرابلس", "kaniyat"),
        ("انتشرت قوات هيثم التاجوري في شوارع طرابلس", "tripoli_revolutionaries_brigade"),
        ("اشتبكت كتيبة غنيوة الككلي مع مسلحين", "stability_support_apparatus"),
        ("أعلنت الجماعة الليبية المقاتلة حل نفسها", "libyan_islamic_fighting_group"),
        ("حاصرت الميليشيا الانقلابية أحياء المدينة", "houthis"),
        ("قصفت قوات الرئيس السابق مواقع في المدينة", "saleh_loyalist_forces"),
        ("أغار الطيران التابع للواء المتقاعد خليفة حفتر على مزرعة", "lna_haftar"),
        ("قدر المصدر عدد الدواعش القتلى بثلاثين", "islamic_state"),
    ],
)
def test_more_real_forms_name_their_actors(text: str, actor: str) -> None:
    assert actor in [m.value.id for m in cp.find_actors(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("انضم إليهم عدد من المنتسبين للجيش الحر سابقا", [("لجيش الحر", "free_syrian_army")]),
        ("هاجمت هيئة تحرير الشام (النصرة سابقا) المواقع", [("هيئة تحرير الشام", "hts")]),
        (
            "قصفت قوات #النظام_السوري بلدة كفرنبل",
            [("قوات #النظام_السوري", "syrian_government_forces")],
        ),
        (
            "اتهم الأهالي قوات نظام الرئيس بشار الأسد بقصف السوق",
            [("قوات نظام الرئيس بشار الأسد", "syrian_government_forces")],
        ),
    ],
    ids=["former-member-is-no-former-name", "former-name-in-brackets", "hashtag", "long-epithet"],
)
def test_names_after_a_governing_word_hashtags_and_long_epithets(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.value.id) for m in cp.find_actors(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("استهدفت طائرة الاحتلال سيارة في الجنوب", [("طائرة الاحتلال", "israeli_forces")]),
        ("أعلنت يبشة مقتل اثنين من عناصرها", [("يبشة", "ybs")]),
        (
            "هاجم تنظيم قاعدة الجهاد في جزيرة العرب نقطة",
            [("تنظيم قاعدة الجهاد في جزيرة العرب", "aqap")],
        ),
        ("قالت الحكومة الصومالية إن الهجوم فشل", [("الحكومة الصومالية", "somalia_government")]),
        (
            "قاتلت جبهة النصرة، فرع تنظيم القاعدة في سوريا، في ريف إدلب",
            [("جبهة النصرة", "jabhat_al_nusra"), ("تنظيم القاعدة", "al_qaeda")],
        ),
        ("كمن تنظيم القاعدة لدورية في محافظة أبين اليمنية", [("تنظيم القاعدة", "aqap")]),
        ("اشتبك عناصر من جند الشام مع حراس المخيم", [("جند الشام", "jund_al_sham")]),
        (
            "تقدمت سرايا الدفاع عن بنغازي نحو الموانئ",
            [("سرايا الدفاع عن بنغازي", "benghazi_defense_brigades")],
        ),
        ("استهدفت غارة قياديا في وحدة الرضوان", [("وحدة الرضوان", "radwan_force")]),
        ("في العراق، أعلنت عمليات الأنبار مقتل مسلحين", [("عمليات الأنبار", "iraqi_forces")]),
        ("في العراق، قصفت القوة الجوية أوكارا للمسلحين", [("القوة الجوية", "iraqi_forces")]),
        (
            "تقدمت القوات الموالية للشرعية في مديرية حيس",
            [("القوات الموالية للشرعية", "yemeni_government_forces")],
        ),
        ("نشرت خلية الإعلام الحربي صورا للضربة", [("خلية الإعلام الحربي", "iraqi_war_media_cell")]),
        (
            "في لبنان، بث الإعلام الحربي مشاهد للعملية",
            [("الإعلام الحربي", "hezbollah_military_media")],
        ),
        (
            "وثقت مجموعة العمل من أجل فلسطينيي سورية مقتل لاجئ",
            [("مجموعة العمل من أجل فلسطينيي سورية", "action_group_for_palestinians_of_syria")],
        ),
    ],
    ids=[
        "occupation-plane",
        "ybs-acronym",
        "aqap-long-name",
        "somali-government",
        "al-qaeda-in-syria",
        "al-qaeda-in-yemen",
        "jund-al-sham",
        "benghazi-defense-brigades",
        "radwan-force",
        "anbar-operations-command",
        "iraqi-air-force",
        "forces-loyal-to-legitimacy",
        "iraqi-war-media-cell",
        "hezbollah-military-media-in-lebanon",
        "action-group-for-palestinians",
    ],
)
def test_more_registry_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.id) for m in cp.find_actors(text)] == expected


def test_regime_named_by_its_weapons_then_bare() -> None:
    """«مقاتلات النظام السوري» are its forces; a later bare «النظام» refers back to them."""
    text = (
        "شنت مقاتلات النظام السوري غارات على ريف حماة. وقال ناشطون إن النظام قصف "
        "بالمدفعية بلدة كفرنبودة التي تسيطر عليها المعارضة."
    )
    rows = cp.parse_report(text, published=datetime.date(2017, 5, 2)).to_rows()
    town = [row for row in rows if "كفرنبودة" in str(row["location"])]
    assert [(row["actor1"], row["actor2"]) for row in town] == [("syrian_government_forces", None)]


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("استهدفت البارجات الروسية قرية معصران بصواريخ مجنحة.", "russia_forces"),
        ("أعلنت فصائل في المعارضة السورية سيطرتها على قرية عطرة.", "syrian_opposition_factions"),
        ("قتل جنديان من قوات أميصوم في هجوم قرب مقديشو.", "amisom"),
        ("أعلنت الشرطة الصومالية مقتل ثلاثة مسلحين.", "somalia_police"),
        ("قصفت طائرة مسيرة صومالية مواقع للمسلحين.", "somalia_forces"),
        ("شنت القوات الكينية غارات جوية في إقليم جوبا السفلى.", "kenya_forces"),
        ("اشتبك الجيش التشادي مع مسلحين قرب بحيرة تشاد.", "chad_forces"),
        ("قتل 12 جنديا من جيش النيجر في كمين.", "niger_forces"),
        (
            "سيطرت قوات شورى الثوار على معسكر في بنغازي الليبية.",
            "benghazi_revolutionaries_shura_council",
        ),
        ("اشتبكت قوات حفتر مع مجلس شورى ثوار درنة.", "derna_mujahideen_shura_council"),
    ],
)
def test_forces_of_the_sahel_somalia_and_libya_and_their_compositions(
    text: str, ident: str
) -> None:
    assert ident in [match.value.id for match in cp.find_actors(text)]


def test_the_forces_loyal_to_the_government_are_yemens_in_yemen_only() -> None:
    yemen = "تدور معارك بين القوات الموالية للحكومة والمتمردين الحوثيين في اليمن."
    syria = "اشتبكت القوات الموالية للحكومة مع مسلحين في درعا السورية."
    assert "yemeni_government_forces" in [m.value.id for m in cp.find_actors(yemen)]
    assert "yemeni_government_forces" not in [m.value.id for m in cp.find_actors(syria)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قالت قوات الاحتلال إن الجنود اعتقلوا شابين. وأصدرت سلطات الاحتلال أوامر هدم.",
            [("قوات الاحتلال", "israeli_forces"), ("سلطات الاحتلال", "israeli_government")],
        ),
        (
            "قصف جيش الاحتلال التركي قرية. وقالت قوات الاحتلال إن.",
            [("جيش الاحتلال التركي", "turkey_forces"), ("قوات الاحتلال", "turkey_forces")],
        ),
        (
            "شن جيش الاحتلال غارات على رفح. وقتل 3 من شرطة الاحتلال قرب الخليل.",
            [("جيش الاحتلال", "israeli_forces"), ("شرطة الاحتلال", "israeli_police")],
        ),
        (
            "قصف جيش الاحتلال التركي قرية، وقصفت مدفعية الاحتلال قرية أخرى.",
            [("جيش الاحتلال التركي", "turkey_forces"), ("مدفعية الاحتلال", "turkey_forces")],
        ),
    ],
    ids=[
        "authorities-keep-their-reading",
        "forces-are-the-occupation-named-before",
        "police-keep-their-reading",
        "artillery-is-the-occupation-named-before",
    ],
)
def test_only_a_force_of_the_occupation_refers_back_to_the_one_named_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.value.id) for m in cp.find_actors(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت المليشيا التابعة لإيران قرية في مديرية الدريهمي اليمنية.", "houthis"),
        ("قصفت ميليشيات إيران بلدة البوكمال السورية.", "iran_forces"),
    ],
    ids=["yemen", "syria"],
)
def test_the_militia_of_iran_is_the_houthis_in_yemen_only(text: str, expected: str) -> None:
    assert [m.value.id for m in cp.find_actors(text)] == [expected]


def test_a_longer_alias_of_another_country_gives_way_to_a_shorter_one() -> None:
    # Somalia's «القوات المسلحة الوطنية» in Somalia; in a report on Sudan, the SAF's «القوات
    # المسلحة» with the adjective outside the name
    somali = "صدت القوات المسلحة الوطنية هجوما لحركة الشباب على مدينة بلعد."
    sudanese = "قصفت القوات المسلحة الوطنية مواقع الدعم السريع في مدينة الفاشر."
    assert ("القوات المسلحة الوطنية", "somalia_forces") in mentions(somali)
    assert ("القوات المسلحة", "saf") in mentions(sudanese)


def test_an_army_of_a_regime_is_the_army_its_adjective_names() -> None:
    """«جيش النظام العراقي»: Iraq's army, not the Syrian regime's «جيش النظام»."""
    assert ids("يأتي ذلك مع هجوم شنه جيش النظام العراقي على مواقع تنظيم داعش في الأنبار.") == [
        "iraqi_forces",
        "islamic_state",
    ]
    assert ids("قصف جيش النظام بلدة اليادودة في ريف درعا.") == ["syrian_government_forces"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اشتبك مسلحون مع الحزام الأمني في مديرية دار سعد بعدن.", ["security_belt"]),
        ("انفجرت عبوة ناسفة في إحدى مناطق الحزام الأمني لبغداد.", []),
        ("هاجمت قوات الحزام الأمني مواقع لتنظيم القاعدة في أبين.", ["security_belt", "aqap"]),
    ],
    ids=["aden", "baghdad", "forces"],
)
def test_a_bare_security_belt_is_the_yemeni_force_in_yemen_only(
    text: str, expected: list[str]
) -> None:
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("هاجم مقاتلو اللواء الثامن حاجزا في مدينة بصرى الشام بريف درعا الشرقي.", "eighth_brigade"),
        ("أعلنت جماعة الشباب مسؤوليتها عن تفجير قرب قاعدة عسكرية في مقديشو.", "al_shabaab"),
    ],
    ids=["daraa", "mogadishu"],
)
def test_local_forces_named_by_their_own_people(text: str, expected: str) -> None:
    assert ids(text)[:1] == [expected]
    assert ids("تقدم اللواء الثامن من الجيش العراقي نحو الموصل.")[:1] != ["eighth_brigade"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "هاجم الجيش النيجيري معسكرا لجماعة بوكو حرام في ولاية بورنو.",
            ["nigeria_forces", "boko_haram"],
        ),
        ("قصفت طائرة نيجيرية مواقع لبوكو حرام.", ["nigeria_forces", "boko_haram"]),
        ("قتل تسعة جنود في هجوم على الجيش في مالي.", ["mali_armed_forces"]),
        ("أعلنت الحكومة عن الدعم المالي للجيش.", []),
    ],
    ids=["nigerian-army", "nigerian-aircraft", "army-in-mali", "financial"],
)
def test_the_armies_of_nigeria_and_mali(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


def test_the_internationally_recognised_government_is_the_countrys_own() -> None:
    """In Libya (2015–2021) the GNA; in Yemen, the Yemeni government."""
    libya = "قتل ثمانية من مقاتلي الحكومة المعترف بها دوليا في معارك في بنغازي."
    yemen = "أعلنت الحكومة المعترف بها دوليا في عدن عن هدنة."
    assert ids(libya, on=datetime.date(2016, 5, 1)) == ["gna"]
    assert ids(yemen, on=datetime.date(2016, 5, 1)) == ["yemeni_government"]


@pytest.mark.parametrize(
    "text", ["وقالت وزارة الصحة بالخرطوم إن القصف امتد", "أعلنت وزارة الصحة في الخرطوم مقتل 4"]
)
def test_the_khartoum_state_health_ministry_by_its_city(text: str) -> None:
    assert [match.value.id for match in cp.find_actors(text)] == ["khartoum_health_ministry"]
    # the city in its name is no site of the shelling it tells
    assert cp.parse_report(text + " في عدة أحياء.").to_rows() == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "استشهد مواطن بنيران العدو السعودي في مديرية منبه",
            ("العدو السعودي", "saudi_armed_forces"),
        ),
        ("شن العدو الأمريكي غارات على الحديدة", ("العدو الأمريكي", "us_forces")),
        ("قصف العدو الإماراتي مواقع في الساحل الغربي", ("العدو الإماراتي", "uae_forces")),
        (
            "هاجم مقاتلو مجلس ثوار بنغازي مواقع الجيش",
            ("مجلس ثوار بنغازي", "benghazi_revolutionaries_shura_council"),
        ),
        (
            "ذكرت لجان التنسيق السورية أن القصف تجدد",
            ("لجان التنسيق السورية", "local_coordination_committees"),
        ),
        ("تقدمت قوات الرئيس اليمني في مأرب", ("قوات الرئيس اليمني", "yemeni_government_forces")),
        ("قصفت قوى العدوان مديرية الظاهر بصعدة", ("قوى العدوان", "saudi_coalition")),
        (
            "شنت قوى العدوان السعودي الأمريكي غارتين على مديرية باقم",
            ("قوى العدوان السعودي الأمريكي", "saudi_coalition"),
        ),
        ("أعلنت أنقرة تحييد 4 من عناصر بي كا كا شمال العراق", ("بي كا كا", "pkk")),
        (
            "انتشرت قوات الجيش الثالث الميداني في السويس",
            ("قوات الجيش الثالث الميداني", "egypt_forces"),
        ),
        ("هاجم مسلحو حركة طالبان حاجزا في ولاية غزني", ("حركة طالبان", "taliban")),
        (
            "شن طيران الأسد الحربي غارات على بلدة كفربطنا",
            ("طيران الأسد الحربي", "syrian_government_forces"),
        ),
        ("ألقت مروحيات الأسد براميل على بلدة داريا", ("مروحيات الأسد", "syrian_government_forces")),
        ("قتل جنديان من الجيش الأفغاني في ولاية قندهار", ("الجيش الأفغاني", "afghan_forces")),
        # short forms of a name: the head's adjective or its council dropped
        ("رفضت حكومة الاستقرار قرار المجلس", ("حكومة الاستقرار", "gns")),
        (
            "قتل ثلاثة من ثوار بنغازي في محور قنفودة عام 2016",
            ("ثوار بنغازي", "benghazi_revolutionaries_shura_council"),
        ),
    ],
)
def test_names_of_sides_met_in_real_reports(text: str, found: tuple[str, str]) -> None:
    assert [(m.text, m.value.id) for m in cp.find_actors(text)][:1] == [found]


@pytest.mark.parametrize(
    ("published", "actor"),
    [
        (datetime.date(2025, 8, 22), "syrian_general_security"),
        (datetime.date(2019, 5, 1), "asayish"),
        (None, "asayish"),
    ],
)
def test_a_reading_bound_to_the_reports_period_wins_over_a_timeless_one(
    published: datetime.date | None, actor: str
) -> None:
    text = "قتل عنصر من قوى الأمن الداخلي في هجوم على حاجز في مدينة الميادين"
    report = cp.parse_report(text, published=published)
    assert [m.value.id for m in report.actors] == [actor]


def test_a_monitor_named_after_its_province_is_one_actor() -> None:
    found = cp.find_actors("ووثق مكتب توثيق الشهداء في درعا مقتل شابين")
    assert [(m.text, m.value.id) for m in found] == [
        ("مكتب توثيق الشهداء في درعا", "daraa_martyrs_documentation_office")
    ]


def test_the_sinjar_units_named_by_the_kurdish_name_of_the_town() -> None:
    found = cp.find_actors('واستهدف القصف قوات حماية "شنكال" في جبل سنجار')
    assert [(m.text, m.value.id) for m in found] == [('قوات حماية "شنكال"', "ybs")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "استهدفت غارة جوية عناصر من مقاتلي الشباب في بلدة جلب بإقليم جوبا الوسطى في الصومال",
            ("مقاتلي الشباب", "al_shabaab"),
        ),
        (
            "اشتبكت القوات النظامية مع قوات الدعم السريع في مدينة نيالا بولاية جنوب دارفور",
            ("القوات النظامية", "saf"),
        ),
    ],
)
def test_a_countrys_short_names_of_its_sides_in_a_report_of_that_country(
    text: str, found: tuple[str, str]
) -> None:
    report = cp.parse_report(text, published=datetime.date(2024, 6, 1))
    assert [(m.text, m.value.id) for m in report.actors][:1] == [found]


def test_the_taliban_are_no_two_students_killed() -> None:
    found = cp.find_casualties("قتل 5 من عناصر طالبان في هجوم للقوات الأفغانية")
    assert [(m.text, m.value.count.value) for m in found] == [("5 من عناصر طالبان", 5)]


@pytest.mark.parametrize(
    ("text", "phrase", "ident"),
    [
        # the singular «قوة» of a force otherwise named in the plural
        ("قتل عنصران من قوة حماية سنجار بانفجار", "قوة حماية سنجار", "ybs"),
        # indefinite, with «مسلحة» before the adjective of the community
        (
            "اندلعت اشتباكات مع فصائل مسلحة درزية في الريف",
            "فصائل مسلحة درزية",
            "druze_militias_syria",
        ),
    ],
)
def test_forms_read_in_real_reports(text: str, phrase: str, ident: str) -> None:
    assert (phrase, ident) in mentions(text)
