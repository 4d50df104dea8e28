"""The actor registry: shape, ids, spelling and alias uniqueness.

``data/actors.toml`` lists the conflict actors and their Arabic names. These
tests check the data itself, and that ``find_actors`` finds each alias as its actor.
"""

from __future__ import annotations

import datetime
import itertools
import re
import tomllib
from collections import defaultdict
from importlib import resources
from typing import Any

import pytest

import conflictparse as cp
from conflictparse.text.normalize import fold

REQUIRED: dict[str, type] = {"id": str, "name": str, "type": str, "country": str, "aliases": list}
OPTIONAL: dict[str, type] = {
    "countries": list,
    "generic": list,
    "valid_from": datetime.date,
    "valid_to": datetime.date,
}

TYPES = {
    "state_forces",
    "rebel_group",
    "political_militia",
    "identity_militia",
    "militia",
    "external_forces",
    "civilians",
    "other",
}

SNAKE_CASE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
COUNTRY = re.compile(r"[A-Z]{2}")
# Arabic letters in single-space-separated words: no digits, quotes, tatweel or harakat.
ARABIC_NAME = re.compile(r"[\u0621-\u063A\u0641-\u064A]+(?: [\u0621-\u063A\u0641-\u064A]+)*")
QUOTES = str.maketrans("", "", "\"“”«»'‘’")
CLITICS = ("و", "ب", "ل", "ف", "ك")

# Bare back-references, generic groups, adjectives and outlets: never an alias.
FORBIDDEN = [
    "المرصد",
    "التنظيم",
    "الجيش",
    "النظام",
    "الفيلق",
    "الوزارة",
    "التحالف",
    "الحكومة",
    "الاحتلال",
    "الهيئة",
    "الحركة",
    "الجماعة",
    "الحزب",
    "الفصائل",
    "المسلحين",
    "مسلحين",
    "منشقين",
    "المدنيين",
    "الفصائل المساندة لها",
    "حوثي",
    "حوثية",
    "الروسية",
    "رويترز",
    "الأناضول",
    "سبأ",
    "واس",
]

# Slugs of the corpus (corpus/README.md) and the stable ids of GUIDE §6.
CORPUS_SLUGS = [
    "islamic_state",
    "syrian_government_forces",
    "pro_government_militias",
    "red_crescent",
    "syrian_government",
    "sohr",
    "syrian_military_intelligence",
    "hts",
    "faylaq_al_rahman",
    "ahrar_al_sham",
    "sdf",
    "international_coalition",
    "russia_forces",
    "gna",
    "lna_haftar",
    "gna_forces",
    "rsf",
    "joint_forces_darfur",
    "saf",
    "gaza_health_ministry",
    "hamas",
    "gaza_government_media_office",
    "israeli_forces",
    "houthis",
    "saudi_coalition",
    "yemeni_government",
    "saudi_interior_ministry",
    "tunisian_national_guard",
    "tunisian_interior_ministry",
    "tunisian_defence_ministry",
    "okba_ibn_nafaa_brigade",
    "colonization_wall_resistance_commission",
    "tubas_governorate",
    "iraqi_interior_ministry",
    "iraqi_forces",
    "pmf",
    "ocha",
    "yemeni_government_forces",
    "libya_emergency_medicine_centre",
    "libya_health_ministry",
    "gnu",
    "unsmil",
    "iom",
    "wfp",
    "unrwa",
    "gaza_civil_defence",
    "qassam_brigades",
    "turkey_forces",
    "ypg",
    "syrian_national_army",
    "iran_forces",
    "hezbollah",
    "civil_defence",
    "jaysh_al_islam",
    "civilians",
]
GUIDE_IDS = [
    "jabhat_al_nusra",
    "jund_al_aqsa",
    "jaysh_al_islam",
    "syrian_national_army",
    "civil_defence",
    "iran_forces",
    "hezbollah",
    "kataib_hezbollah",
    "iraqi_security_media_cell",
    "us_forces",
    "israeli_government",
    "plo",
    "popular_resistance_committees",
    "gaza_interior_ministry",
    "houthi_supreme_political_council",
    "saudi_air_defense",
    "khartoum_health_ministry",
    "khartoum_state_media_office",
    "unsmis",
    "fatah",
    "saudi_government",
    "saudi_security_forces",
]

# The examples of the corpus README's slug table, with the country of the report
# they come from (a generic name resolves only through it).
CORPUS_EXAMPLES = [
    ("تنظيم “الدولة الإسلامية”", "islamic_state", "SY"),
    ("داعش", "islamic_state", "SY"),
    ("تنظيم داعش", "islamic_state", "IQ"),
    ("قوات النظام", "syrian_government_forces", "SY"),
    ("قوات الأمن السورية", "syrian_government_forces", "SY"),
    ("قوات الأمن", "syrian_government_forces", "SY"),
    ("المسلحين الموالين لها", "pro_government_militias", "SY"),
    ("الهلال الأحمر", "red_crescent", "SY"),
    ("سلطات النظام", "syrian_government", "SY"),
    ("المرصد السوري لحقوق الإنسان", "sohr", "SY"),
    ("المرصد السوري", "sohr", "SY"),
    ("المرصد السوري لحقوق الانسان", "sohr", "SY"),
    ("شعبة المخابرات العسكرية", "syrian_military_intelligence", "SY"),
    ("هيئة تحرير الشام", "hts", "SY"),
    ("تحرير الشام", "hts", "SY"),
    ("فيلق الرحمن", "faylaq_al_rahman", "SY"),
    ("أحرار الشام", "ahrar_al_sham", "SY"),
    ("قوات سوريا الديمقراطية", "sdf", "SY"),
    ("قسد", "sdf", "SY"),
    ("التحالف الدولي", "international_coalition", "SY"),
    ("الطائرات الحربية الروسية", "russia_forces", "SY"),
    ("طائرات حربية روسية", "russia_forces", "SY"),
    ("حكومة الوفاق الوطني الليبية", "gna", "LY"),
    ("الجيش الوطني الليبي", "lna_haftar", "LY"),
    ("القوات الخاضعة لقيادة المشير خليفة حفتر", "lna_haftar", "LY"),
    ("قوات حفتر", "lna_haftar", "LY"),
    ("القوات الموالية لحكومة الوفاق", "gna_forces", "LY"),
    ("الدعم السريع", "rsf", "SD"),
    ("الدعم السربع", "rsf", "SD"),
    ("قوات الدعم", "rsf", "SD"),
    ("قوات الدعم السريع", "rsf", "SD"),
    ("القوات المشتركة", "joint_forces_darfur", "SD"),
    ("قوات الحماية المشتركة لحركات سلام جوبا", "joint_forces_darfur", "SD"),
    ("القوات المسلحة السودانية", "saf", "SD"),
    ("وزارة الصحة في غزة", "gaza_health_ministry", "PS"),
    ("حماس", "hamas", "PS"),
    ("المكتب الإعلامي الحكومي", "gaza_government_media_office", "PS"),
    ("المكتب الإعلامي", "gaza_government_media_office", "PS"),
    ("الجيش الإسرائيلي", "israeli_forces", "PS"),
    ("قوات الاحتلال الإسرائيلي", "israeli_forces", "PS"),
    ("قوات الاحتلال", "israeli_forces", "PS"),
    ("الحوثيين", "houthis", "YE"),
    ("الحوثيون", "houthis", "YE"),
    ("ميليشيا الحوثي", "houthis", "YE"),
    ("التحالف العربي بقيادة السعودية", "saudi_coalition", "YE"),
    ("التحالف بقيادة السعودية", "saudi_coalition", "YE"),
    ("الحكومة المعترف بها دوليا", "yemeni_government", "YE"),
    ("الحكومة الشرعية", "yemeni_government", "YE"),
    ("وزارة الداخلية", "saudi_interior_ministry", "SA"),
    ("الحرس الوطني", "tunisian_national_guard", "TN"),
    ("وزارة الداخلية التونسية", "tunisian_interior_ministry", "TN"),
    ("الداخلية التونسية", "tunisian_interior_ministry", "TN"),
    ("وزارة الدفاع الوطني", "tunisian_defence_ministry", "TN"),
    ("كتيبة عقبة بن نافع", "okba_ibn_nafaa_brigade", "TN"),
    ("هيئة مقاومة الجدار والاستيطان", "colonization_wall_resistance_commission", "PS"),
    ("محافظة طوباس والأغوار الشمالية", "tubas_governorate", "PS"),
    ("وزارة الداخلية العراقية", "iraqi_interior_ministry", "IQ"),
    ("القوات الأمنية العراقية", "iraqi_forces", "IQ"),
    ("الحشد الشعبي", "pmf", "IQ"),
    ("الحشد", "pmf", "IQ"),
    ("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "ocha", "YE"),
    ("أوتشا", "ocha", "YE"),
    ("القوات الحكومية", "yemeni_government_forces", "YE"),
    ("مركز طب الطوارئ والدعم", "libya_emergency_medicine_centre", "LY"),
    ("وزارة الصحة", "libya_health_ministry", "LY"),
    ("حكومة الوحدة الوطنية", "gnu", "LY"),
    ("البعثة الأممية للدعم في ليبيا", "unsmil", "LY"),
    ("المنظمة الدولية للهجرة", "iom", "SD"),
    ("برنامج الأغذية العالمي", "wfp", "SD"),
    ("وكالة الأونروا", "unrwa", "PS"),
    ("الدفاع المدني في غزة", "gaza_civil_defence", "PS"),
    ("الدفاع المدني", "gaza_civil_defence", "PS"),
    ("كتائب القسام", "qassam_brigades", "PS"),
    ("القوات التركية", "turkey_forces", "SY"),
    ("وحدات حماية الشعب الكردي", "ypg", "SY"),
]


def _load() -> list[dict[str, Any]]:
    source = resources.files("conflictparse.data") / "actors.toml"
    with source.open("rb") as handle:
        data = tomllib.load(handle)
    assert set(data) == {"actor", "compose"}, f"unexpected top-level keys: {sorted(data)}"
    actors = data["actor"]
    assert isinstance(actors, list)
    return actors


ACTORS = _load()
BY_ID = {actor["id"]: actor for actor in ACTORS}


def key(alias: str) -> str:
    """An alias as the matcher sees it: quotes dropped, folded, spaces collapsed."""
    return " ".join(fold(alias.translate(QUOTES)).split())


def _label(actor: dict[str, Any]) -> str:
    return str(actor.get("id", "?"))


def _owners() -> dict[str, list[dict[str, Any]]]:
    owners: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for actor in ACTORS:
        for alias in {key(alias) for alias in actor["aliases"]}:
            owners[alias].append(actor)
    return owners


OWNERS = _owners()

# How a sentence names the country it is about, so that a generic alias can be resolved;
# FR is a country the registry has no actors for.
COUNTRY_NAMES = {
    "SY": "سوريا",
    "IQ": "العراق",
    "YE": "اليمن",
    "LY": "ليبيا",
    "SD": "السودان",
    "LB": "لبنان",
    "PS": "فلسطين",
    "TN": "تونس",
    "SA": "السعودية",
    "ML": "مالي",
    "SO": "الصومال",
    "DZ": "الجزائر",
    "FR": "فرنسا",
    "EG": "مصر",
    "JO": "الأردن",
}


def in_country(alias: str, country: str) -> str:
    """A sentence about ``country`` in which ``alias`` is the only actor named."""
    return f"في {COUNTRY_NAMES[country]}، قال {alias} اليوم"


def assert_found(text: str, alias: str, ident: str | None, on: datetime.date | None = None) -> None:
    """``find_actors`` names exactly one actor in ``text``: ``ident``, spanning ``alias``."""
    start = text.index(alias)
    found = [(m.start, m.end, m.text, m.value.id) for m in cp.find_actors(text, on=on)]
    if ident is None:
        assert found == [], f"{alias!r} should name no actor here"
    else:
        assert found == [(start, start + len(alias), alias, ident)], f"{alias!r} in {text!r}"


def test_enough_actors() -> None:
    assert len(ACTORS) >= 400


@pytest.mark.parametrize("actor", ACTORS, ids=_label)
def test_fields_and_types(actor: dict[str, Any]) -> None:
    missing = REQUIRED.keys() - actor.keys()
    assert not missing, f"missing fields {sorted(missing)}"
    unknown = actor.keys() - REQUIRED.keys() - OPTIONAL.keys()
    assert not unknown, f"unknown fields {sorted(unknown)}"
    for field, kind in (REQUIRED | OPTIONAL).items():
        if field in actor:
            assert isinstance(actor[field], kind), f"{field} should be {kind.__name__}"
    for field in ("aliases", "countries", "generic"):
        assert all(isinstance(item, str) for item in actor.get(field, [])), field
    assert actor["name"].strip() == actor["name"]
    assert actor["name"]


@pytest.mark.parametrize("actor", ACTORS, ids=_label)
def test_id_type_and_country(actor: dict[str, Any]) -> None:
    assert SNAKE_CASE.fullmatch(actor["id"]), "ids are lower-case snake_case"
    assert actor["type"] in TYPES
    assert actor["country"] == "" or COUNTRY.fullmatch(actor["country"])
    for code in actor.get("countries", []):
        assert COUNTRY.fullmatch(code), f"{code!r} is not an ISO 3166-1 alpha-2 code"


def test_ids_unique() -> None:
    ids = [actor["id"] for actor in ACTORS]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


@pytest.mark.parametrize("actor", ACTORS, ids=_label)
def test_alias_spelling(actor: dict[str, Any]) -> None:
    if actor["type"] == "civilians":
        assert not actor["aliases"], "«المدنيين» is a generic group, not a named actor"
    else:
        assert actor["aliases"], "an actor needs at least one alias"
    for alias in actor["aliases"]:
        assert ARABIC_NAME.fullmatch(alias), f"{alias!r}: Arabic letters and single spaces only"
    keys = [key(alias) for alias in actor["aliases"]]
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    assert not repeated, f"aliases equal after folding: {repeated}"
    clitic_forms = sorted(
        alias
        for alias in keys
        if any(alias.startswith(clitic) and alias[1:] in keys for clitic in CLITICS)
        or (alias.startswith("لل") and "ا" + alias[1:] in keys)
    )
    assert not clitic_forms, f"clitic variants are matched by the code: {clitic_forms}"


@pytest.mark.parametrize("actor", ACTORS, ids=_label)
def test_generic_and_countries(actor: dict[str, Any]) -> None:
    generic = actor.get("generic", [])
    countries = actor.get("countries", [])
    assert bool(generic) == bool(countries), "generic and countries come together"
    aliases = {key(alias) for alias in actor["aliases"]}
    outside = [name for name in generic if key(name) not in aliases]
    assert not outside, f"generic names must also be aliases: {outside}"
    assert len(countries) == len(set(countries))


@pytest.mark.parametrize("word", FORBIDDEN)
def test_forbidden_aliases(word: str) -> None:
    assert key(word) not in OWNERS, f"{word!r} is not a naming mention"


def _period(actor: dict[str, Any]) -> tuple[datetime.date, datetime.date]:
    return actor.get("valid_from", datetime.date.min), actor.get("valid_to", datetime.date.max)


def _meet(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Whether the periods of two actors share a day."""
    (start, end), (other_start, other_end) = _period(first), _period(second)
    return start <= other_end and other_start <= end


def test_each_alias_has_one_actor() -> None:
    """One alias, one actor at a time and place.

    Two actors share a name only if their periods do not meet, or if one lists it as
    generic (its reading in its countries) and the other's reading holds elsewhere: as a
    name of its own, or as generic in countries that do not overlap.  Two generic readings
    in one country may share it when only one is bound to a period: that one wins in it.
    """
    clashes = []
    for alias, owners in OWNERS.items():
        for first, second in itertools.combinations(owners, 2):
            generic = [alias in map(key, actor.get("generic", [])) for actor in (first, second)]
            overlap = set(first.get("countries", [])) & set(second.get("countries", []))
            bound = [_bound(actor) for actor in (first, second)]
            one_bound = all(generic) and bound[0] != bound[1]
            shared = not any(generic) or (all(generic) and overlap and not one_bound)
            if shared and _meet(first, second):
                clashes.append((alias, first["id"], second["id"], sorted(overlap)))
    assert not clashes


def _bound(actor: dict[str, Any]) -> bool:
    """Whether an actor's names hold only in a period of its own."""
    return "valid_from" in actor or "valid_to" in actor


@pytest.mark.parametrize("actor", [a for a in ACTORS if "valid_from" in a or "valid_to" in a])
def test_validity_is_a_period(actor: dict[str, Any]) -> None:
    start, end = _period(actor)
    assert start <= end
    assert datetime.date(1960, 1, 1) <= start or start == datetime.date.min


@pytest.mark.parametrize("slug", sorted(set(CORPUS_SLUGS + GUIDE_IDS)))
def test_required_slug_present(slug: str) -> None:
    assert slug in BY_ID


@pytest.mark.parametrize(("alias", "slug", "country"), CORPUS_EXAMPLES)
def test_corpus_examples_resolve(alias: str, slug: str, country: str) -> None:
    assert_found(in_country(alias, country), alias, slug)


@pytest.mark.parametrize(
    ("alias", "country", "slug"),
    [
        ("وزارة الصحة", "PS", "gaza_health_ministry"),
        ("وزارة الصحة", "LB", "lebanese_health_ministry"),
        ("الدفاع المدني", "SY", "civil_defence"),
        ("الجيش الوطني", "SY", "syrian_national_army"),
        ("الجيش الوطني", "LY", "lna_haftar"),
        ("الهلال الأحمر", "PS", "palestinian_red_crescent"),
        ("قوات الأمن", "IQ", "iraqi_forces"),
        ("وزارة الصحة", "FR", None),
    ],
)
def test_generic_names_follow_the_country(alias: str, country: str, slug: str | None) -> None:
    assert_found(in_country(alias, country), alias, slug)


def test_generic_name_without_a_country_names_no_actor() -> None:
    assert_found("قال وزارة الصحة اليوم", "وزارة الصحة", None)


def _every_alias() -> list[Any]:
    """Each alias of each actor; a generic one once for each country it is scoped to."""
    cases = []
    for actor in ACTORS:
        generic = set(actor.get("generic", []))
        on = actor.get("valid_from") or actor.get("valid_to")  # a day the actor existed
        for alias in actor["aliases"]:
            if alias not in generic:
                cases.append(
                    pytest.param(alias, None, actor["id"], on, id=f"{actor['id']}-{alias}")
                )
                continue
            for country in actor["countries"]:
                marks = []
                if country == "DZ":
                    marks.append(
                        pytest.mark.xfail(
                            strict=True,
                            reason="areas.toml has no DZ country, so «الجزائر» gives the"
                            " document no country and a DZ-scoped generic alias stays unresolved",
                        )
                    )
                cases.append(
                    pytest.param(
                        alias,
                        country,
                        actor["id"],
                        on,
                        marks=marks,
                        id=f"{actor['id']}-{country}-{alias}",
                    )
                )
    return cases


@pytest.mark.parametrize(("alias", "country", "ident", "on"), _every_alias())
def test_every_alias_is_found(
    alias: str, country: str | None, ident: str, on: datetime.date | None
) -> None:
    """A specific alias alone names its actor; a generic one does in its countries.

    An actor with a period is looked for on a day of its period.
    """
    text = alias if country is None else in_country(alias, country)
    assert_found(text, alias, ident, on)
