"""The gazetteer: shape, ids, admin1 links, spelling and alias uniqueness.

``data/places.toml`` lists the places named in Arabic conflict news and their
Arabic names. These tests check the data itself, by the rules of the file's
header, and that ``find_places`` finds each name as its place.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections import Counter, defaultdict
from importlib import resources
from typing import Any

import pytest

import conflictparse as cp
from conflictparse.text.normalize import fold

REQUIRED: dict[str, type] = {
    "id": str,
    "name": str,
    "kind": str,
    "country": str,
    "admin1": str,
    "aliases": list,
}

KINDS = {
    "governorate",
    "city",
    "town",
    "village",
    "district",
    "neighbourhood",
    "camp",
    "region",
    "crossing",
}
# Places a document about a governorate names "in" it: a city and its own governorate
# may share the bare name (see test_aliases_unique_within_a_country).
SETTLEMENTS = {"city", "town"}

# The countries of the file (ISO 3166-1 alpha-2; PS for Gaza and the West Bank).
COUNTRIES = {"SY", "IQ", "YE", "LY", "SD", "LB", "PS", "TN", "SA", "IL", "SO", "EG"}

# First-level units per country: the full set is listed where it is required.
GOVERNORATE_COUNTS = {"SY": 14, "IQ": 19, "YE": 22, "LY": 22, "SD": 18, "LB": 8, "PS": 16, "SO": 18}

# The head word a governorate is named with in news (Libya: shabiya, Sudan and Tunisia:
# wilaya, Saudi Arabia: mintaqa, Sanaa city: amana).
GOVERNORATE_HEADS = ("محافظة", "ولاية", "شعبية", "منطقة", "أمانة", "إقليم")

SNAKE_CASE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
COUNTRY = re.compile(r"[A-Z]{2}")
ENGLISH_NAME = re.compile(r"[A-Z][A-Za-z']*(?:[ -][A-Za-z'][A-Za-z']*)*")
# Arabic letters in single-space-separated words: no digits, quotes, tatweel or harakat.
ARABIC_NAME = re.compile(r"[\u0621-\u063A\u0641-\u064A]+(?: [\u0621-\u063A\u0641-\u064A]+)*")
QUOTES = str.maketrans("", "", "\"“”«»'‘’")
CLITICS = ("و", "ب", "ل", "ف", "ك")

# Generic words, directions and country names: never an alias.
FORBIDDEN = [
    "المدينة",
    "مدينة",
    "الريف",
    "ريف",
    "البلدة",
    "القرية",
    "الحي",
    "المخيم",
    "المعسكر",
    "المحافظة",
    "الولاية",
    "المنطقة",
    "الناحية",
    "القضاء",
    "المديرية",
    "العاصمة",
    "البلاد",
    "القطاع",
    "المعبر",
    "الشمال",
    "الجنوب",
    "الشرق",
    "الغرب",
    "الوسط",
    "سوريا",
    "سورية",
    "العراق",
    "اليمن",
    "ليبيا",
    "السودان",
    "لبنان",
    "فلسطين",
    "تونس",
    "السعودية",
    # common words that are also place names: listed only in an unambiguous form (or bare
    # and guarded in `ambiguous`, read only after a head or «في»: «الأبيض»)
    "صور",
    "الأبيض",
    "حجة",
    "الجزيرة",
    "البغدادي",
    "الخمس",
    "ربك",
    "بلد",
    "الدور",
    "العلم",
    "الحي",
    "نصيب",
    "الوديعة",
    "دمر",
    "مهين",
    "الشامية",
]


def _load() -> dict[str, Any]:
    source = resources.files("conflictparse.data") / "places.toml"
    with source.open("rb") as handle:
        data = tomllib.load(handle)
    assert set(data) == {
        "place",
        "ambiguous",
        "not_names",
        "heads",
        "bound_heads",
        "known_name_heads",
        "bound_head_leads",
        "list_heads",
        "name_starts",
        "name_ends",
        "name_seconds",
        "part_names",
        "side_names",
        "ambiguous_after_in",
        "body_parts",
        "directions",
        "pronoun_endings",
        "pronoun_nouns",
        "village_prefixes",
        "common_village_prefixes",
        "demonstratives",
        "outlet_tails",
        "outlet_leads",
        "numbered_heads",
        "numbered_ordinals",
        "around_heads",
        "after_verbs",
        "list_adjectives",
        "accusative_list_heads",
        "known_list_heads",
        "known_list_links",
        "list_fillers",
        "list_frames",
        "list_openers",
        "person_links",
        "not_genitives",
        "whole_words",
        "office_words",
        "office_heads",
    }, f"unexpected top-level keys: {sorted(data)}"
    assert isinstance(data["place"], list)
    assert isinstance(data["ambiguous"], list)
    return data


DATA = _load()
PLACES: list[dict[str, Any]] = DATA["place"]
# Names that are also common words: read as places only after a head word.
AMBIGUOUS: frozenset[str] = frozenset(DATA["ambiguous"])
# The head word a sentence puts before an ambiguous name, by the kind of place.
HEAD_WORDS = {
    "governorate": "محافظة",
    "city": "مدينة",
    "town": "بلدة",
    "village": "قرية",
    "district": "ناحية",
    "neighbourhood": "حي",
    "camp": "مخيم",
    "region": "منطقة",
    "crossing": "معبر",
}
BY_ID = {place["id"]: place for place in PLACES}


def key(alias: str) -> str:
    """An alias as the matcher sees it: quotes dropped, folded, spaces collapsed."""
    return " ".join(fold(alias.translate(QUOTES)).split())


def _label(place: dict[str, Any]) -> str:
    return str(place.get("id", "?"))


def _owners() -> dict[tuple[str, str], list[dict[str, Any]]]:
    """(country, folded alias) → the places that list it."""
    owners: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for place in PLACES:
        for alias in {key(alias) for alias in place["aliases"]}:
            owners[place["country"], alias].append(place)
    return owners


OWNERS = _owners()
GOVERNORATES: dict[str, set[str]] = defaultdict(set)
for _place in PLACES:
    if _place["kind"] == "governorate":
        GOVERNORATES[_place["country"]].add(_place["name"])


def place_phrase(alias: str, kind: str) -> str:
    """How a report names the place: the alias, after a head word when it is ambiguous."""
    return f"{HEAD_WORDS[kind]} {alias}" if alias in AMBIGUOUS else alias


def in_sentence(phrase: str) -> str:
    return f"سقطت قذائف على {phrase} صباحا"


def assert_found(phrase: str, country: str, ident: str | None) -> None:
    """``find_places`` finds one place in a sentence about ``country``: ``ident``, on ``phrase``."""
    text = in_sentence(phrase)
    start = text.index(phrase)
    found = [
        (m.start, m.end, m.text, m.value.id if m.value is not None else None)
        for m in cp.find_places(text, country=country)
    ]
    if ident is None:
        assert found == [], f"{phrase!r} should name no place in {country}"
    else:
        assert found == [(start, start + len(phrase), phrase, ident)], f"{phrase!r} in {country}"


def _owner(alias: str, country: str) -> dict[str, Any]:
    """The place of ``country`` that lists ``alias`` as written."""
    (owner,) = [p for p in PLACES if p["country"] == country and alias in p["aliases"]]
    return owner


def _may_share(first: dict[str, Any], second: dict[str, Any], alias: str) -> bool:
    """A city or town and its own governorate, which also lists «محافظة X»; or two settlements
    in two governorates (Burqa of Nablus and of Ramallah), which the place after them tells apart.
    """
    villages = {*SETTLEMENTS, "village"}
    if first["kind"] in villages and second["kind"] in villages:
        return bool(first["admin1"] != second["admin1"])
    pair = sorted((first, second), key=lambda place: place["kind"] != "governorate")
    governorate, settlement = pair
    return (
        governorate["kind"] == "governorate"
        and settlement["kind"] in SETTLEMENTS
        and settlement["admin1"] == governorate["name"]
        and key("محافظة " + alias) in {key(name) for name in governorate["aliases"]}
    )


def test_enough_places() -> None:
    assert len(PLACES) >= 450


@pytest.mark.parametrize("place", PLACES, ids=_label)
def test_fields_and_types(place: dict[str, Any]) -> None:
    missing = REQUIRED.keys() - place.keys()
    assert not missing, f"missing fields {sorted(missing)}"
    unknown = place.keys() - REQUIRED.keys()
    assert not unknown, f"unknown fields {sorted(unknown)}"
    for field, kind in REQUIRED.items():
        assert isinstance(place[field], kind), f"{field} should be {kind.__name__}"
    assert all(isinstance(alias, str) for alias in place["aliases"])
    assert ENGLISH_NAME.fullmatch(place["name"]), f"{place['name']!r}: an English name"


@pytest.mark.parametrize("place", PLACES, ids=_label)
def test_id_kind_and_country(place: dict[str, Any]) -> None:
    assert SNAKE_CASE.fullmatch(place["id"]), "ids are lower-case snake_case"
    assert place["kind"] in KINDS
    assert COUNTRY.fullmatch(place["country"]), "an ISO 3166-1 alpha-2 code"
    assert place["country"] in COUNTRIES
    assert place["id"].startswith(place["country"].lower() + "_"), "ids start with the country"


def test_ids_unique() -> None:
    counts = Counter(place["id"] for place in PLACES)
    assert not sorted(ident for ident, count in counts.items() if count > 1)


@pytest.mark.parametrize("place", PLACES, ids=_label)
def test_admin1(place: dict[str, Any]) -> None:
    if place["kind"] == "governorate":
        assert place["admin1"] == place["name"], "a governorate names itself"
    elif place["admin1"] == "":
        assert place["kind"] == "region", "only a region may span several governorates"
    else:
        assert place["admin1"] in GOVERNORATES[place["country"]], (
            f"{place['admin1']!r} is not a governorate of {place['country']}"
        )


@pytest.mark.parametrize(("country", "count"), sorted(GOVERNORATE_COUNTS.items()))
def test_all_governorates(country: str, count: int) -> None:
    assert len(GOVERNORATES[country]) == count


@pytest.mark.parametrize(
    "place", [place for place in PLACES if place["kind"] == "governorate"], ids=_label
)
def test_governorates_have_a_headed_name(place: dict[str, Any]) -> None:
    heads = {key(head) for head in GOVERNORATE_HEADS}
    assert any(key(alias).split()[0].removeprefix("ال") in heads for alias in place["aliases"])


@pytest.mark.parametrize("place", PLACES, ids=_label)
def test_alias_spelling(place: dict[str, Any]) -> None:
    assert place["aliases"], "a place needs at least one alias"
    for alias in place["aliases"]:
        assert ARABIC_NAME.fullmatch(alias), f"{alias!r}: Arabic letters and single spaces only"
    keys = [key(alias) for alias in place["aliases"]]
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    assert not repeated, f"aliases equal after folding: {repeated}"


def test_no_clitic_variants() -> None:
    """The code strips و ب ل ف ك (and reads «لل» as ل + the article) itself."""
    clitic_forms = sorted(
        (country, alias)
        for country, alias in OWNERS
        if any(alias.startswith(clitic) and (country, alias[1:]) in OWNERS for clitic in CLITICS)
        or (alias.startswith("لل") and (country, "ا" + alias[1:]) in OWNERS)
    )
    assert not clitic_forms


@pytest.mark.parametrize("word", sorted(set(FORBIDDEN)))
def test_forbidden_aliases(word: str) -> None:
    owners = sorted(country for country, alias in OWNERS if alias == key(word))
    guarded = word in AMBIGUOUS
    assert not owners or guarded, f"{word!r} is a generic word, not a place name"


def test_aliases_unique_within_a_country() -> None:
    clashes = []
    for (country, alias), owners in OWNERS.items():
        for first, second in itertools.combinations(owners, 2):
            if not _may_share(first, second, alias):
                clashes.append((country, alias, first["id"], second["id"]))
    assert not sorted(clashes)


@pytest.mark.parametrize(
    ("alias", "countries"),
    [
        ("البيضاء", {"YE", "LY"}),
        ("طرابلس", {"LY", "LB"}),
        ("أريحا", {"SY", "PS"}),
        ("صلاح الدين", {"SY", "IQ", "LY"}),
        ("الرصافة", {"SY", "IQ"}),
    ],
)
def test_names_shared_across_countries(alias: str, countries: set[str]) -> None:
    assert {country for country, name in OWNERS if name == key(alias)} == countries


# The places every release must know, as (country, alias).
COVERAGE: dict[str, list[str]] = {
    "SY": [
        *[f"محافظة {name}" for name in ("دمشق", "حلب", "حمص", "حماة", "اللاذقية", "طرطوس")],
        *[f"محافظة {name}" for name in ("إدلب", "الرقة", "دير الزور", "الحسكة", "درعا")],
        *[f"محافظة {name}" for name in ("السويداء", "القنيطرة", "ريف دمشق")],
        *[f"ريف {name}" for name in ("دمشق", "حلب", "إدلب", "حماة", "حمص", "اللاذقية")],
        *[f"ريف {name}" for name in ("دير الزور", "الرقة", "الحسكة", "درعا")],
        *["دمشق", "العاصمة دمشق", "العاصمة السورية", "حلب", "حمص", "حماة", "اللاذقية"],
        *["طرطوس", "إدلب", "الرقة", "دير الزور", "ديرالزور", "الحسكة", "درعا", "السويداء"],
        *["القنيطرة", "القدم", "الحجر الأسود", "مخيم اليرموك", "جوبر", "عربين", "زملكا"],
        *["دوما", "حرستا", "الغوطة الشرقية", "داريا", "الزبداني", "مضايا", "القلمون"],
        *["تدمر", "البوكمال", "الميادين", "الشعفة", "هجين", "الباغوز", "السوسة"],
        *["أبو الحسن", "منبج", "عفرين", "جنديرس", "الباب", "جرابلس", "أعزاز", "تل رفعت"],
        *["تل أبيض", "رأس العين", "عين العرب", "كوباني", "القامشلي", "سراقب"],
        *["معرة النعمان", "خان شيخون", "أريحا", "جسر الشغور", "كفرنبل", "اللطامنة"],
        *["كفرنبودة", "مورك", "حلفايا", "الرستن", "تلبيسة", "القصير", "الحولة", "تلكلخ"],
        *["بصرى الشام", "نوى", "طفس", "إنخل", "الصنمين", "جاسم", "شهبا", "قطنا", "يبرود"],
        *["النبك", "كناكر", "التل", "الضمير", "الرحيبة", "السلمية", "محردة", "صوران"],
        *["الشيخ مقصود", "الأشرفية", "حلب الجديدة", "السكري", "الشعار", "مساكن هنانو"],
        *["المزة", "كفرسوسة", "برزة", "القابون", "التضامن", "الميدان", "باب توما"],
        *["جرمانا", "مخيمات أطمة", "مخيمات دير حسان"],
    ],
    "IQ": [
        *["محافظة بغداد", "نينوى", "محافظة البصرة", "الأنبار", "صلاح الدين", "ديالى"],
        *["محافظة كركوك", "محافظة أربيل", "محافظة السليمانية", "محافظة دهوك", "بابل"],
        *["محافظة كربلاء", "محافظة النجف", "القادسية", "المثنى", "ذي قار", "واسط"],
        *["ميسان", "محافظة حلبجة", "بغداد", "الموصل", "حلبجة"],
        *["الفلوجة", "الرمادي", "هيت", "القائم", "حديثة", "تكريت", "سامراء", "بيجي"],
        *["الطوز", "جلولاء", "بعقوبة", "المقدادية", "تلعفر", "سنجار", "الحويجة"],
        *["الشرقاط", "كركوك", "أربيل", "السليمانية", "دهوك", "البصرة", "الناصرية"],
        *["الكوت", "العمارة", "الحلة", "كربلاء", "النجف", "الديوانية", "السماوة"],
        *["الكاظمية", "الأعظمية", "مدينة الصدر", "الدورة", "الكرادة", "المنصور"],
        *["الشعلة", "أبو غريب", "التاجي", "جرف الصخر", "اللطيفية"],
        *["الخالص", "كفري", "بني سعد", "أبو صيدا", "الوجيهية", "يثرب", "الدبس", "الشيخان"],
        *["الحضر", "المحاويل", "بدرة", "جصان", "المناذرة", "كويسنجق", "قضاء بلد"],
    ],
    "YE": [
        *["محافظة صنعاء", "أمانة العاصمة", "محافظة عدن", "محافظة تعز", "محافظة الحديدة"],
        *["محافظة مأرب", "الجوف", "محافظة صعدة", "محافظة حجة", "محافظة إب", "محافظة ذمار"],
        *["محافظة البيضاء", "شبوة", "أبين", "لحج", "محافظة الضالع", "حضرموت", "المهرة"],
        *["محافظة عمران", "محافظة المحويت", "ريمة", "سقطرى"],
        *["صنعاء", "عدن", "تعز", "الحديدة", "مأرب", "صعدة", "إب", "ذمار", "البيضاء"],
        *["الضالع", "عمران", "المحويت", "المخا", "الخوخة", "حيس", "التحيتا", "زبيد"],
        *["باجل", "الحزم", "مقبنة", "الوازعية", "حرض", "ميدي", "عتق", "المكلا", "سيئون"],
        *["زنجبار", "الحوطة"],
    ],
    "LY": [
        *["طرابلس", "بنغازي", "مصراتة", "سرت", "درنة", "الزاوية", "غريان", "ترهونة"],
        *["سبها", "أجدابيا", "طبرق", "البيضاء", "الجفرة", "الكفرة", "أوباري", "مرزق"],
        *["صبراتة", "زوارة", "بني وليد", "غدامس", "وادي الربيع", "عين زارة", "أبو سليم"],
        *["تاجوراء", "جنزور", "مطار معيتيقة", "العزيزية", "هون"],
    ],
    "SD": [
        *["الخرطوم", "أم درمان", "الخرطوم بحري", "ود مدني", "ولاية الجزيرة", "الفاشر"],
        *["نيالا", "الجنينة", "زالنجي", "الضعين", "مدينة الأبيض", "كادقلي", "الدلنج"],
        *["بابنوسة", "الفولة", "سنار", "سنجة", "كسلا", "القضارف", "بورتسودان", "عطبرة"],
        *["شندي", "مروي", "كوستي", "الدمازين", "معسكر أبو شوك", "معسكر زمزم", "الطينة"],
        *["مليط", "كتم", "الكومة", "شمال دارفور", "جنوب دارفور", "غرب دارفور"],
        *["وسط دارفور", "شرق دارفور", "شمال كردفان", "جنوب كردفان", "غرب كردفان"],
    ],
    "LB": [
        *["بيروت", "الضاحية الجنوبية", "صيدا", "مدينة صور", "النبطية", "بعلبك", "الهرمل"],
        *["طرابلس", "بنت جبيل", "مرجعيون", "الخيام", "عيتا الشعب", "كفركلا", "الناقورة"],
        *["الجنوب اللبناني", "البقاع", "عكار", "زحلة"],
    ],
    "PS": [
        *["قطاع غزة", "مدينة غزة", "غزة", "خان يونس", "رفح", "دير البلح", "النصيرات"],
        *["البريج", "المغازي", "جباليا", "بيت لاهيا", "بيت حانون", "الشجاعية", "الزيتون"],
        *["الرمال", "تل الهوى", "مخيم الشاطئ", "المواصي", "الضفة الغربية", "جنين"],
        *["نابلس", "طولكرم", "طوباس", "قلقيلية", "رام الله", "البيرة", "الخليل", "بيت لحم"],
        *["أريحا", "القدس", "الأغوار الشمالية", "مخيم جنين", "مخيم نور شمس"],
        *["مخيم طولكرم", "محافظة طوباس والأغوار الشمالية"],
    ],
}


@pytest.mark.parametrize(
    ("country", "alias"),
    [(country, alias) for country, aliases in COVERAGE.items() for alias in aliases],
)
def test_coverage(country: str, alias: str) -> None:
    owner = _owner(alias, country)  # the file lists the name, exactly as written here
    assert_found(place_phrase(alias, owner["kind"]), country, owner["id"])


@pytest.mark.parametrize(
    ("alias", "country", "ident"),
    [
        ("الحسكة", "SY", "sy_hasakah"),
        ("محافظة الحسكة", "SY", "sy_hasakah_governorate"),
        ("ريف دمشق", "SY", "sy_rif_dimashq_governorate"),
        ("ريف حلب", "SY", "sy_aleppo_countryside"),
        ("ادلب", "SY", "sy_idlib"),
        ("حماه", "SY", "sy_hama"),
        ("القدم", "SY", "sy_al_qadam"),
        ("كوباني", "SY", "sy_kobani"),
        ("أريحا", "SY", "sy_ariha"),
        ("أريحا", "PS", "ps_jericho"),
        ("البيضاء", "YE", "ye_al_bayda"),
        ("محافظة البيضاء", "YE", "ye_al_bayda_governorate"),
        ("البيضاء", "LY", "ly_al_bayda"),
        ("طرابلس", "LY", "ly_tripoli"),
        ("طرابلس", "LB", "lb_tripoli"),
        ("صلاح الدين", "IQ", "iq_salah_al_din_governorate"),
        ("صنعاء", "YE", "ye_sanaa"),
        ("أمانة العاصمة", "YE", "ye_amanat_al_asimah_governorate"),
        ("غزة", "PS", "ps_gaza"),
        ("محافظة غزة", "PS", "ps_gaza_governorate"),
        ("قطاع غزة", "PS", "ps_gaza_strip"),
        ("جنين", "PS", "ps_jenin"),
        ("مخيم جنين", "PS", "ps_jenin_camp"),
        ("الخرطوم", "SD", "sd_khartoum"),
        ("ولاية الخرطوم", "SD", "sd_khartoum_state"),
        ("شمال دارفور", "SD", "sd_north_darfur_state"),
        ("كربلا", "IQ", "iq_karbala"),
        ("البيضاء", "SY", None),
        # Rusafa: a town in the Raqqa desert, and Baghdad's eastern side
        ("الرصافة", "SY", "sy_al_rusafa"),
        ("الرصافة", "IQ", "iq_rusafa"),
        ("المسرب", "SY", "sy_al_masrab"),
    ],
)
def test_resolution(alias: str, country: str, ident: str | None) -> None:
    """The name, as a report writes it, names the most local place of the country."""
    phrase = alias if ident is None else place_phrase(alias, BY_ID[ident]["kind"])
    assert_found(phrase, country, ident)


@pytest.mark.parametrize(
    ("phrase", "country", "ident"),
    [
        ("حي الزيتون", "PS", "ps_zeitoun"),
        ("مدينة الباب", "SY", "sy_al_bab"),
        ("حي التضامن", "SY", "sy_tadamon"),
        ("مدينة البيضاء", "YE", "ye_al_bayda"),
        ("مدينة البيضاء", "LY", "ly_al_bayda"),
        ("حي الدورة", "IQ", "iq_dora"),
        ("قضاء الهاشمية", "IQ", "iq_hashimiya"),
        ("ناحية العظيم", "IQ", "iq_adhaim"),
        ("قضاء الهندية", "IQ", "iq_hindiya"),
    ],
)
def test_ambiguous_names_need_a_head_word(phrase: str, country: str, ident: str) -> None:
    bare = phrase.split(maxsplit=1)[1]
    assert bare in AMBIGUOUS
    assert_found(bare, country, None)
    assert_found(phrase, country, ident)


def _every_alias() -> list[Any]:
    """Each alias in a phrase of its own, found as its place (as the first of its namesakes in
    one country: with nothing after it to tell them apart, the first listed is read)."""
    return [
        pytest.param(
            place_phrase(alias, place["kind"]),
            place["country"],
            _first_namesake(place, alias),
            id=f"{place['id']}-{alias}",
        )
        for place in PLACES
        for alias in place["aliases"]
    ]


def _first_namesake(place: dict[str, Any], alias: str) -> str:
    villages = {*SETTLEMENTS, "village"}
    namesakes = [
        owner["id"]
        for owner in OWNERS[place["country"], key(alias)]
        if owner["kind"] in villages and place["kind"] in villages
    ]
    return namesakes[0] if namesakes else str(place["id"])


@pytest.mark.parametrize(("phrase", "country", "ident"), _every_alias())
def test_every_alias_is_found(phrase: str, country: str, ident: str) -> None:
    assert_found(phrase, country, ident)


def test_every_list_head_names_a_kind_and_is_no_single_head() -> None:
    kinds = {kind.value for kind in cp.PlaceKind}
    for head, kind in DATA["list_heads"].items():
        assert kind in kinds, head
        assert head not in DATA["heads"], head
        found = cp.find_places(f"قصف على {head} الفوعة وكفريا")
        assert [match.text for match in found] == ["الفوعة", "كفريا"], head


@pytest.mark.parametrize(
    "text",
    [
        "قتل مدني في منطقة تسيطر عليها قوات الأمن",
        "قصفت الطائرات قرية بمحافظة حماة",
        "سيطر المسلحون على صنعاء ومعظم محافظات البلاد",
        "قصفت المدفعية أحياء المدينة",
    ],
    ids=["head-plus-verb", "head-plus-head", "list-of-the-country", "list-of-the-city"],
)
def test_a_head_before_no_name_gives_no_place(text: str) -> None:
    names = [match.text for match in cp.find_places(text)]
    assert not [
        name for name in names if name.split()[-1] in {"تسيطر", "بمحافظة", "البلاد", "المدينة"}
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قصفت المدفعية بلدة بيت جن في ريف دمشق", "بلدة بيت جن"),
        ("هاجم مسلحون قرية أم الخير ليلا", "قرية أم الخير"),
        ("غارات على منطقة “الحويجة” في محافظة كركوك", "منطقة “الحويجة”"),
        ("قصف على قرى أبو حبة، وعين السودا، وكفرنجد", "أبو حبة"),
    ],
    ids=["two-words-after-balda", "umm-name", "quoted-name", "list-of-two-word-names"],
)
def test_an_unknown_name_is_read_whole(text: str, name: str) -> None:
    assert name in [match.text for match in cp.find_places(text)]
