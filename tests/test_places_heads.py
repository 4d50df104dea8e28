"""Unknown names after a head word: what may and may not be read as a place."""

from __future__ import annotations

import pytest

import conflictparse as cp


def _names(text: str) -> list[str]:
    return [match.text for match in cp.find_places(text)]


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("هاجم المسلحون قرية ومواقع عسكرية قرب الحدود.", "قرية ومواقع"),
        ("اقتحم مسلحون مديرية حكومية وسط المدينة.", "مديرية حكومية"),
        ("شن التنظيم هجمات على محافظات عراقية مختلفة.", "عراقية"),
        ("قصفت المدفعية قرى ومناطق واسعة في الجنوب.", "ومناطق"),
        # a direction with a pronoun: a village west of the place told before, unnamed
        ("قتل مدنيون في غارات على مدينة الرقة وقرية غربها.", "غربها"),
        ("قصفت الطائرات بلدة شرقه.", "شرقه"),
        # a common noun after a list's opener
        ("سيطرت القوات على مديرية البيضاء، ومنها المواقع المحيطة بالمدينة.", "المواقع"),
        # checkpoints and patrols told by what they are, and «ب» and a common noun
        ("استهدف المسلحون حواجز تفتيش ودوريات للشرطة في المدينة.", "تفتيش"),
        ("استهدف المسلحون حواجز تفتيش ودوريات للشرطة في المدينة.", "دوريات"),
        ("شنت الطائرات غارات على عدد من البلدات والقرى بالمنطقة.", "بالمنطقة"),
        # a directorate that fights something is an office, no district
        ("أعلنت مديرية مكافحة الإرهاب في أربيل مقتل مسلحين.", "مكافحة"),
    ],
    ids=[
        "joined-noun",
        "adjective",
        "nationality-in-a-list",
        "joined-noun-in-a-list",
        "direction-with-her",
        "direction-with-him",
        "positions-after-an-opener",
        "checkpoints",
        "patrols",
        "in-the-area",
        "counter-terrorism-directorate",
    ],
)
def test_a_common_word_after_a_head_is_no_name(text: str, not_a_place: str) -> None:
    assert not any(not_a_place in name for name in _names(text))


@pytest.mark.parametrize(
    "text",
    [
        "استشهد الشاب محمد أبو ريدة برصاص قناص",
        "قتل خالد بن جدة",
        # a first name after a rank or a word for a person
        "قتل النقيب عمران الصغير في اشتباكات",
        "أصيب المواطن عمران برصاص قناص",
    ],
)
def test_a_known_place_after_a_word_of_kinship_is_a_persons_name(text: str) -> None:
    assert _names(text) == []


def test_a_known_place_after_a_head_and_a_kinship_word_stays_a_place() -> None:
    assert "مدينة ريدة" in _names("قصفت الطائرات مدينة ريدة")


def test_two_list_heads_joined_by_and_open_one_list() -> None:
    text = "استهدف القصف قرى وبلدات كفرسجنة والنقير وحيش في الريف الجنوبي."
    assert _names(text)[:3] == ["كفرسجنة", "النقير", "حيش"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قصفت المدفعية منزلا في بلدة مجدل سلم", "بلدة مجدل سلم"),
        ("استهدفت مسيرة سيارة في منطقة مثلث الخيام", "منطقة مثلث الخيام"),
        ("سقطت قذيفة على قرية برج الملوك", "قرية برج الملوك"),
        ("داهمت القوات قرية البو حمدان فجرا", "قرية البو حمدان"),
        ("اغتيل مختار في منطقة آل سليمان", "منطقة آل سليمان"),
        ("قصفت الزوارق منطقة الشيخ عجلين غربا", "منطقة الشيخ عجلين"),
        # «دوار» heads a site of its own: the area's head before it is passed over
        ("سقطت قذيفتان في منطقة دوار الكويت", "دوار الكويت"),
        ("اندلعت اشتباكات في مديرية ولد ربيع", "مديرية ولد ربيع"),
        ("هاجم مسلحون قرية أولاد حامد", "قرية أولاد حامد"),
    ],
)
def test_an_unknown_name_that_opens_with_a_name_word_keeps_two_words(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("انفجر لغم قرب قرية رسم العبد التابعة لناحية السعن", "قرية رسم العبد"),
        ("قصفت المدفعية بلدة حزم الصغير الواقعة شرق المدينة", "بلدة حزم الصغير"),
        ("سقطت قذيفة على قرية الكرامة في ريف الرقة", "قرية الكرامة"),
    ],
    ids=["two-words-before-tabia", "two-words-before-waqia", "one-word-before-fi"],
)
def test_an_unknown_name_ends_where_a_word_says_what_holds_it(text: str, name: str) -> None:
    assert _names(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("هاجم التنظيم نقطة عسكرية في بادية الشولا", "بادية الشولا"),
        ("انفجر لغم ببادية حمص الشرقية", "بادية حمص"),
    ],
)
def test_a_badiya_is_a_head_word(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("أصيب شاب برصاصة في منطقة الصدر خلال الاقتحام.", "منطقة الصدر"),
        ("سقطت آخر مدينة كبرى في الإقليم بيد المهاجمين.", "مدينة كبرى"),
        ("قصفت المدفعية منطقة جنوبي المدينة.", "منطقة جنوبي"),
        ("استهدف القصف مخيمي كلمة والحميدية، مما أدى إلى نزوح الأهالي.", "مما"),
        ("اقتحم المسلحون القريتين بعد ظهر أمس.", "القريتين"),
        ("سقطت قذيفة على مخيم عشوائي قرب البلدة.", "مخيم عشوائي"),
        ("وأهالي القرى نزحوا باتجاه مناطق أكثر أمنا.", "نزحوا"),
    ],
    ids=[
        "body-part",
        "size",
        "direction",
        "function-word-in-a-list",
        "dual-common-noun",
        "informal-camp",
        "past-plural-verb",
    ],
)
def test_words_that_are_no_names_after_a_head_or_in_a_list(text: str, not_a_place: str) -> None:
    assert not_a_place not in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("انفجرت سيارة مفخخة في مدينة الصدر شرقي بغداد", "مدينة الصدر"),
        ("قصفت الطائرات قرية دير شرقي جنوب إدلب", "قرية دير شرقي"),
        ("سيطر الجيش على مدينة القريتين بريف حمص", "مدينة القريتين"),
    ],
)
def test_the_same_words_stand_in_names_that_hold_them(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("انفجرت عبوة في منطقة وادي الرمان جنوب المدينة", "منطقة وادي الرمان"),
        ("قصفت المدفعية قرية كفر عميم شرقي إدلب", "قرية كفر عميم"),
        ("توغلت القوات في بلدة بيت ليف", "بلدة بيت ليف"),
        ("سقطت قذيفة على قرية المشيرفة الفوقا", "قرية المشيرفة الفوقا"),
        ("هاجم المسلحون قرية الحلوة الكبيرة", "قرية الحلوة الكبيرة"),
        ("قصفت الطائرات بلدة زيتان الكبرى", "بلدة زيتان الكبرى"),
        ("سقطت قذيفة على قرية حزانو الصغرى", "قرية حزانو الصغرى"),
    ],
    ids=["wadi", "kafr", "beit", "upper", "great", "kubra", "sughra"],
)
def test_a_name_of_two_words_stays_whole(text: str, name: str) -> None:
    assert _names(text)[0] == name


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("قتل 5 مدنيين في قصف على مدينة الأبيض في آب الماضي.", "آب"),
        ("سقطت القذيفة في منطقة خالية من السكان.", "منطقة خالية"),
        ("استهدف القصف مخيما للنازحين قرب الحدود.", "للنازحين"),
        ("قتل 3 في إحدى القرى بمديرية حيس.", "بمديرية"),
        ("قصف الطيران قرى حيش وسط إدلب.", "سط"),
    ],
    ids=["month-not-ibb", "empty-area", "camp-for-the-displaced", "head-in-a-list", "wasat"],
)
def test_no_place_from_a_month_a_state_or_a_preposition(text: str, not_a_place: str) -> None:
    assert not_a_place not in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قتل 7 من عناصر التنظيم في سرت أمس", "سرت"),
        ("تجددت الاشتباكات بسرت صباح اليوم", "سرت"),
        ("قصفت الطائرات مدينة إب", "مدينة إب"),
    ],
)
def test_a_name_that_is_a_word_too_after_a_preposition(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_verb_spelled_as_a_town_is_no_place() -> None:
    assert _names("سرت شائعات في المدينة عن هجوم وشيك") == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        pytest.param(
            "تظاهر الأهالي في بلدات نصيب وأم المياذن، هتفت ضد الحكومة.",
            ["نصيب", "أم المياذن"],
            id="a-verb-after-a-comma",
        ),
        pytest.param(
            "سقطت قذائف على أحياء الحمدانية وصلاح الدين، ورجح ناشطون أن مصدرها المعارضة.",
            ["الحمدانية", "صلاح الدين"],
            id="a-verb-before-that",
        ),
        pytest.param(
            "قصفت المدفعية قرى كنصفرة والبارة وأطرافها صباحا.",
            ["كنصفرة", "البارة"],
            id="a-pronoun-ends-the-word",
        ),
        pytest.param(
            "قصفت المدفعية قرى الدويرة، وأم سنطة، والكريمة، قرب البلدة.",
            ["الدويرة", "أم سنطة", "الكريمة"],
            id="comma-and-waw-between-items",
        ),
        pytest.param(
            "تمكنت القوات من السيطرة على مناطق وقرى جديدة في المديرية.",
            [],
            id="an-adjective-of-the-head",
        ),
        pytest.param(
            "قتل عناصر في محافظات حمص وريفها وحماة.",
            ["حمص", "حماة"],
            id="its-countryside-keeps-the-list-going",
        ),
        pytest.param(
            "تتعرض القرى والمناطق الزراعية لقصف متقطع.",
            [],
            id="a-definite-noun-joined-to-the-head",
        ),
        pytest.param(
            "أصيب مدني في إحدى مديريات لحج، قتل شاب بعدها في المدينة.",
            ["لحج"],
            id="a-verb-after-a-comma-opens-a-clause",
        ),
        pytest.param(
            "قصفت الطائرات قرى المزيرعة، كفرعويد شرقي حلب.",
            ["المزيرعة", "كفرعويد", "حلب"],
            id="a-name-after-a-comma-before-a-direction",
        ),
        pytest.param(
            "قصفت قوات النظام بلدتي كفرلاها وتل ذهب بالمدفعية.",
            ["كفرلاها", "تل ذهب"],
            id="a-first-name-that-ends-as-a-pronoun-and-a-hill",
        ),
        pytest.param(
            "استهدفت الغارة مخيما لإيواء النازحين قرب المستشفى.",
            [],
            id="a-camp-in-the-accusative",
        ),
        pytest.param(
            "قصفت الطائرات حيا شعبيا في المدينة.",
            [],
            id="a-quarter-in-the-accusative",
        ),
        pytest.param(
            "قصفت الطائرات حيا الشعار والمشهد.",
            ["الشعار", "المشهد"],
            id="two-quarters-after-the-dual",
        ),
        pytest.param(
            "قتل عشرة عناصر في هجوم استهدف حواجز لهم في محافظة الرقة.",
            ["محافظة الرقة"],
            id="a-short-pronoun-word-after-a-plural-head",
        ),
    ],
)
def test_verbs_and_pronouns_in_a_list_are_no_names(text: str, places: list[str]) -> None:
    assert _names(text) == places


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("طوقت الشرطة منطقة الانفجار وسط البلدة.", "منطقة الانفجار"),
        ("هي منطقة تشهد هجمات متكررة.", "منطقة تشهد"),
        ("سيطر المسلحون على عدد من القرى خلال الهجوم.", "خلال"),
        ("هاجم المسلحون أحياء جنوبية للمدينة.", "جنوبية"),
    ],
)
def test_the_scene_of_what_was_told_is_no_name(text: str, not_a_place: str) -> None:
    assert not any(not_a_place in name for name in _names(text))


def _countries(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.value.country if m.value else None) for m in cp.find_places(text)]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        pytest.param(
            "قصف الطيران منطقة المرج في الغوطة الشرقية.", "منطقة المرج", None, id="no-reading-there"
        ),
        pytest.param(
            "انفجرت عبوة بقرية الزاوية جنوب مدينة الموصل.",
            "قرية الزاوية",
            None,
            id="south-of-a-city",
        ),
        pytest.param(
            "قصف الطيران مدينة الزاوية غرب طرابلس.", "مدينة الزاوية", "LY", id="same-country"
        ),
    ],
)
def test_a_namesake_abroad_is_read_in_the_country_of_its_holder(
    text: str, name: str, country: str | None
) -> None:
    assert (name, country) in _countries(text)


def test_a_quarter_is_no_governorate_of_the_same_name() -> None:
    assert ("حي القادسية", None) in _countries("اقتحم المسلحون حي القادسية شمال المدينة.")
    assert ("محافظة القادسية", "IQ") in _countries("قصفت الطائرات محافظة القادسية.")


def test_a_name_shared_by_countries_is_read_in_the_reports_country() -> None:
    rows = cp.parse_report("اندلعت اشتباكات بين جبل محسن وباب التبانة في طرابلس.").to_rows()
    assert {row["country"] for row in rows} == {"LB"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("اشتباكات في حي جسر الحديد شرقي المدينة.", "حي جسر الحديد", id="quarter"),
        pytest.param("قصفت المدفعية بلدة تل الهوى.", "بلدة تل الهوى", id="tell-opens-a-name"),
        pytest.param("انفجرت عبوة في منطقة سوق الخضار.", "منطقة سوق الخضار", id="market"),
        pytest.param("قصفت الطائرات بلدة كفرعويد الأحد.", "بلدة كفرعويد", id="a-day-after"),
        pytest.param("استهدفت مسيرة مدينة ينبع السعودية.", "مدينة ينبع", id="a-country-after"),
        pytest.param("قصفت قوات النظام قرية شنان القوات المعادية.", "قرية شنان", id="a-side-after"),
        pytest.param(
            "غارة على منطقة غولة عاصم بمديرية نهم.", "منطقة غولة عاصم", id="two-words-in-a-district"
        ),
        pytest.param("قصف على قرية سان والنيرب بريف إدلب.", "قرية سان", id="a-list-in-a-district"),
    ],
)
def test_an_unknown_name_takes_the_definite_noun_it_governs(text: str, name: str) -> None:
    assert _names(text)[0] == name


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("قتل جنديان في كمين في منطقة ريفية قرب الحدود", "ريفية"),
        ("سقطت قذيفة على حي مدني في المدينة", "حي مدني"),
        ("قتل ثلاثة في حي واحد من أحياء المدينة", "حي واحد"),
        ("سقطت قذائف على قرى غرب المدينة", "غرب"),
        ("قصفت المدفعية قرى شرقي النهر", "شرقي"),
        ("تتركز المعارك في حي مكتظ بالسكان", "مكتظ"),
        ("الموصل ثاني أكبر مدينة بالعراق", "بالعراق"),
        ("اشتباكات في بلدة طوزخوماتو المتنازع عليها", "المتنازع"),
    ],
)
def test_a_kind_a_count_or_a_direction_after_a_head_is_no_name(text: str, not_a_place: str) -> None:
    assert not any(not_a_place in name for name in _names(text))


@pytest.mark.parametrize(
    ("text", "name", "known"),
    [
        ("انفجرت عبوة في حي (العسكري) وسط المدينة", "حي (العسكري)", None),
        ("انفجرت عبوة في قضاء (المقدادية) بمحافظة ديالى", "قضاء (المقدادية)", "Muqdadiyah"),
    ],
)
def test_a_name_in_brackets_after_a_head_is_read_and_looked_up(
    text: str, name: str, known: str | None
) -> None:
    found = {match.text: match.value for match in cp.find_places(text)}
    assert name in found
    place = found[name]
    assert (place.name if place is not None else None) == known


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        (
            "شنت الطائرات غارات على مناطق في الريف الغربي لحلب",
            "الريف الغربي لحلب",
            "sy_aleppo_countryside",
        ),
        (
            "اشتباكات في الريف الشمالي الشرقي لإدلب",
            "الريف الشمالي الشرقي لإدلب",
            "sy_idlib_countryside",
        ),
        ("قصف في الريف الشمالي لمحافظة درعا", "الريف الشمالي لمحافظة درعا", "sy_daraa_countryside"),
    ],
)
def test_a_countryside_named_by_its_side_before_its_city(text: str, name: str, place: str) -> None:
    (match,) = cp.find_places(text)
    assert (match.text, match.value.id if match.value else None) == (name, place)


def test_a_countryside_the_gazetteer_lacks_stays_its_town() -> None:
    assert [match.text for match in cp.find_places("قصف على القرى في الريف الشرقي لقامشلو")] == [
        "قامشلو"
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("قتل 5 أشخاص في هجوم على قرية بالحسكة", ["الحسكة"]),
        ("قتل 5 أشخاص في قرية باليمون قرب جنين", ["قرية باليمون", "جنين"]),
    ],
)
def test_a_head_before_the_preposition_and_a_known_place_names_none(
    text: str, names: list[str]
) -> None:
    assert [match.text for match in cp.find_places(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("قصفت المدفعية قرى جديدة كالسكرية والحمام", ["السكرية", "الحمام"]),
        (
            "ألقت المروحيات براميل على أحياء عدة أبرزها باب الحديد والقاطرجي",
            ["باب الحديد", "القاطرجي"],
        ),
    ],
)
def test_words_between_a_plural_head_and_its_names_are_passed(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "وتركزت الاشتباكات في أحياء داخل المدينة، بما في ذلك الزهور والنصر والشهداء",
            ["الزهور", "النصر", "الشهداء"],
        ),
        ("وطال القصف أحياء وسط المدينة، وهي الزهور والنصر", ["الزهور", "النصر"]),
        # no opener after the frame: the frame's place alone, no list
        ("وطال القصف أحياء وسط المدينة، ثم توقف", []),
        # a frame glued to «ب» with its opener right after it, no comma
        ("قصفت الطائرات بلدات بريف المدينة الشمالي أبرزها الزهور والنصر", ["الزهور", "النصر"]),
        ("وطال القصف قرى بالجبل منها الزهور والنصر", ["الزهور", "النصر"]),
    ],
)
def test_a_place_that_frames_a_plural_heads_names_is_passed(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("أحرق المسلحون ست قرى بالكامل قرب مدينة الدلنج.", "بالكامل"),
        ("استهدفت قذيفة حيا سكنيا في مدينة الحديدة.", "سكنيا"),
        ("وصف المجلس المحلي الرستن بأنها مدينة منكوبة.", "منكوبة"),
        ("قتل رجل في منطقة تقع على بعد 40 كيلومترا غرب الموصل.", "تقع"),
        ("هاجمت القوات القرى الأربع شرق مدينة الدلنج.", "الأربع"),
        ("هاجم المسلحون القرى لأن سكان القرى يقاتلون معهم.", "لأن"),
        ("قال إن سكان القرى يساندون الجيش.", "يساندون"),
        ("تراجعت الهجمات في ولاية الرئيس الثانية.", "الرئيس"),
        ("لم تشهد المدينة هجوما منذ مدة طويلة.", "طويلة"),
        ("قصف المسلحون عدة أحياء وأوقع ثلاثة قتلى.", "أوقع"),
        ("تنتشر العبوات في القرى والأرياف.", "الأرياف"),
        ("قصفت المدفعية الناحية وقرى محيطة بها.", "محيطة"),
        ("تشهد محاور قريتي سرحا والمستريحة، قصفاً متبادلاً.", "قصفا"),
        ('قتل 7 مدنيين في منطقة "خفض التصعيد الرابعة".', "خفض"),
        ("استهدفت طائرة منطقة الجمارك في معبر جديدة يابوس.", "الجمارك"),
    ],
)
def test_adverbs_counts_verbs_and_epithets_after_a_head_are_no_names(
    text: str, not_a_place: str
) -> None:
    """«قرى بالكامل», «حيا سكنيا», «القرى الأربع», «القرى يساندون», «منذ مدة طويلة»."""
    assert not any(not_a_place in name for name in _names(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "هاجمت قوة مسلحة قرى ( أم سيالة والدبيبات وأبو قرن) شرق الأبيض.",
            ["أم سيالة", "الدبيبات", "أبو قرن"],
        ),
        ("أحرق المهاجمون القرى وهي: أم سيالة، والدبيبات.", ["أم سيالة", "الدبيبات"]),
        ("نزح الآلاف إلى مخيمات في طويلة.", ["طويلة"]),
        ("اشتدت المعارك في ولاية جنوب كردفان.", ["ولاية جنوب كردفان"]),
    ],
)
def test_lists_in_brackets_or_after_a_colon_and_sudans_states(text: str, names: list[str]) -> None:
    """«قرى ( A وB)», «القرى هي: A، B», «في طويلة», «ولاية …» as a head."""
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("قصفت الطائرات بلدة جلب بإقليم جوبا الوسطى.", ["بلدة جلب", "إقليم جوبا الوسطى"]),
        ("هاجم المسلحون معسكر تابع للواء المشاة في منطقة بوعطني.", ["منطقة بوعطني"]),
        ("قال السكان إن هذه القرى نفذه مسلحون على دراجات.", []),
    ],
)
def test_regions_of_somalia_and_no_relation_or_verb_as_a_name(text: str, names: list[str]) -> None:
    """«بإقليم جوبا الوسطى» (a head with its «ب»), «معسكر تابع», «القرى نفذه»."""
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("قتل 3 جنود في هجوم في ريف حماة الشرقي.", ["ريف حماة الشرقي"]),
        ("قصفت الطائرات ريف إدلب الجنوبي الغربي.", ["ريف إدلب الجنوبي الغربي"]),
        # a side after a comma, or a direction with no article, is no part of the name
        ("قصفت الطائرات ريف حلب، الشرقي منه خاصة.", ["ريف حلب"]),
    ],
)
def test_a_countryside_keeps_the_side_it_is_named_by(text: str, names: list[str]) -> None:
    """«ريف حماة الشرقي» (was «ريف حماة»): the side says which part of the countryside."""
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قتل راع في قصف على قرية شيخ حسن شرقي البلدة", "قرية شيخ حسن"),
        ("سقطت قذيفة في منطقة واد الحمام صباحا", "منطقة واد الحمام"),
        ("حلقت طائرات فوق منطقة جبال الكرمة", "منطقة جبال الكرمة"),
        ("اشتباكات في قرية قرة داغ فجرا", "قرية قرة داغ"),
        ("قذائف على حي عش النسر وسط المدينة", "حي عش النسر"),
    ],
    ids=["shaykh", "wad", "jibal", "qara", "ush"],
)
def test_short_and_plural_nouns_open_a_name_of_two(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name", "place_id"),
    [
        ("قصفت الطائرات مديرية مرخة العليا فجرا", "مديرية مرخة العليا", "ye_markhah"),
        ("انفجرت عبوة في مدينة الموصل القديمة", "مدينة الموصل القديمة", "iq_mosul"),
    ],
    ids=["upper", "old-city"],
)
def test_a_part_of_a_known_place_is_read_whole_in_its_area(
    text: str, name: str, place_id: str
) -> None:
    found = {match.text: match.value for match in cp.find_places(text)}
    place = found[name]
    assert place is not None
    assert place.id == place_id


@pytest.mark.parametrize(
    "text",
    ["استهدفت الطائرة بيتاً في قرية نائية", "دمرت الغارة بيتاً وسيارتين"],
)
def test_a_word_written_with_a_tanween_is_no_name(text: str) -> None:
    assert not any("بيت" in name for name in _names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("سقطت قذائف على ضاحية الثورة بأم درمان", "ضاحية الثورة"),
        ("اشتباكات عنيفة على جبهة المشاريح", "جبهة المشاريح"),
        ("صدت الفصائل تسللا على محور كبانة", "محور كبانة"),
    ],
    ids=["suburb", "front", "axis"],
)
def test_suburbs_fronts_and_axes_are_heads(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    ["قاتلت جبهة النصرة في المنطقة", "اجتمع قادة محور المقاومة"],
)
def test_groups_and_alliances_are_no_names(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("انفجرت عبوة في شارع المتنبي وسط الموصل", ["شارع المتنبي", "الموصل"]),
        ("تجددت الاشتباكات قرب شارع الزاوية في طرابلس", ["شارع الزاوية", "طرابلس"]),
        ("سقطت قذيفة على شارع الأربعين", ["شارع الأربعين"]),
        ("نصب مسلحون كمينا قرب بحيرة الحبانية", ["بحيرة الحبانية"]),
    ],
    ids=["street", "street-named-after-a-town", "street-named-after-a-number", "lake"],
)
def test_a_street_and_a_lake_are_places_of_their_own(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    ["أغلقت القوات شارعا رئيسيا", "أغلق شارع رئيسي", "سقطت قذيفة في شارع تجاري"],
)
def test_a_kind_of_street_is_no_name(text: str) -> None:
    assert _names(text) == []


def test_an_incident_in_a_street_is_placed_at_the_street() -> None:
    text = "قتل 4 مدنيين بانفجار سيارة مفخخة في شارع المتنبي وسط الموصل"
    report = cp.parse_report(text)
    assert [event.location for event in report.events] == ["شارع المتنبي"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "بسط الجيش سيطرته على محلية أمبدة غرب أم درمان.",
            ["محلية أمبدة", "أم درمان"],
            id="after-a-preposition",
        ),
        pytest.param("هاجمت قوة قرية تابعة لمحلية أم قرى.", ["محلية أم قرى"], id="with-a-clitic"),
        pytest.param("وقالت مصادر محلية أفادت إن القصف تجدد.", [], id="local-sources"),
        pytest.param(
            "سيطرت القوات على منطقتي الحلة والعزبة.", ["الحلة", "العزبة"], id="a-dual-of-area"
        ),
    ],
)
def test_a_sudanese_locality_is_a_head_only_where_no_adjective(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            'سقطت قذائف في أحياء "مستشفى النور" و"الجحملية" و"كلابة" بمدينة تعز.',
            ["مستشفى النور", "الجحملية", "كلابة", "مدينة تعز"],
            id="each-name-in-its-quotes",
        ),
        pytest.param(
            "قصفت المدفعية قريتي “الدردارة والطويلة” التابعتين لناحية تل تمر.",
            ["الدردارة", "الطويلة", "ناحية تل تمر"],
            id="a-list-in-one-pair-of-quotes",
        ),
        pytest.param(
            "قصفت المدفعية قرى «الفوار» و«عجان»، وتل شهاب.",
            ["الفوار", "عجان", "تل شهاب"],
            id="guillemets",
        ),
    ],
)
def test_names_of_a_list_in_quotes(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name that is also a proclitic and another name reads as itself
        pytest.param(
            "اشتدت المعارك في دارفور وكردفان", ["sd_darfur", "sd_kordofan"], id="kordofan"
        ),
        pytest.param("وصلت التعزيزات إلى ردفان", ["ye_radfan"], id="radfan"),
        # an adjective that spells a town is the town only after «في» or a head
        pytest.param("قال المرصد إن هجوما جويا استهدف منطقة في حلب", ["sy_aleppo"], id="aerial"),
        pytest.param("سقطت قذيفة على بلدة جويا", ["lb_jouaiya"], id="jouaiya-headed"),
        pytest.param("ودان المجلس البلدي القصف في سرت", ["ly_sirte"], id="and-condemned"),
        pytest.param("قتل 3 في قصف على مدينة ودان", ["ly_waddan"], id="waddan-headed"),
        # a game's word and a role are no places; the quarter and the town with their heads
        pytest.param("سقطت قذيفة على ملعب لكرة القدم في حلب", ["sy_aleppo"], id="football"),
        pytest.param("قصفت المدفعية حي القدم", ["sy_al_qadam"], id="qadam-headed"),
        pytest.param("لعب القائد دورا حاسما في معركة حلب", ["sy_aleppo"], id="a-role"),
        pytest.param("اعتقلت قوات الاحتلال شابا في دورا", ["ps_dura"], id="dura-after-in"),
        # the Ghouta named with its city is the Ghouta, not Damascus
        pytest.param(
            "سقطت قذائف على مدينة دوما في غوطة دمشق الشرقية",
            ["sy_douma", "sy_eastern_ghouta"],
            id="ghouta-of-damascus",
        ),
    ],
)
def test_words_that_spell_another_place(text: str, expected: list[str]) -> None:
    assert [m.value.id for m in cp.find_places(text) if m.value is not None] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # of namesakes in one country, the one in the province of the place that holds it
        ("هاجم مستوطنون قرية برقة شرق رام الله", "ps_burqa_ramallah"),
        ("هاجم مستوطنون قرية برقة شمال غرب نابلس", "ps_burqa_nablus"),
        # a namesake abroad, read again in the country of the place that holds it
        ("قصف على منطقة المرج في الغوطة الشرقية", None),
    ],
)
def test_a_namesake_is_read_where_the_next_place_holds_it(text: str, expected: str | None) -> None:
    first = cp.find_places(text)[0]
    assert (first.value.id if first.value else None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "قصفت المدفعية قريتي الدردارة و السعدية",
        "قصفت المدفعية قرى الدردارة، و السعدية",
    ],
)
def test_a_lone_and_between_two_names_joins_them(text: str) -> None:
    """«و» typed apart from the next name is the list's joint, no place of its own."""
    assert _names(text) == ["الدردارة", "السعدية"]


def test_a_clause_after_a_plural_head_is_no_list() -> None:
    """«البلدات وطالت»: «و» opens a clause after the head, not a name; «وادي» opens one."""
    assert _names("داهمت القوات العديد من البلدات وطالت عددا من المنازل") == []
    assert _names("قصفت الطائرات قرى وادي الضيف") == ["وادي الضيف"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("دخلت قوة من الشرطة ومديرية الاستخبارات الوادي", []),
        ("أعلنت مديرية الدفاع المدني انتشال الجثث", []),
        ("وقالت مديرية أمن إقليم كوردستان في بيان", ["إقليم كوردستان"]),
        ("قصفت الطائرات مديرية الصفراء", ["مديرية الصفراء"]),
    ],
)
def test_a_directorate_of_an_office_is_no_district(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "أمطرت الفصائل أربع بلدات شيعية محاصرة بالقذائف",
        "صعدت قوات النظام قصفها على البلدات المحررة",
        "تحدثت وسائل إعلام رسمية ومحلية موالية للنظام عن تفكيك عبوة",
        "دهمت القوات اثنين من مخيمات اللاجئين",
        "قتلت امرأة في قصف لمعسكر نازحين",
        "سقطت قذيفة على مخيم للنازحين",
    ],
)
def test_who_lives_in_or_holds_places_is_no_name(text: str) -> None:
    """«بلدات شيعية», «البلدات المحررة», «محلية موالية», «مخيمات اللاجئين»: no place names."""
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "شنت الفصائل هجوما على حواجز المغير والجنابرة وتل عثمان في ريف حماة.",
            ["المغير", "الجنابرة", "تل عثمان"],
        ),
        ("هاجمت الفصائل حواجز قوات النظام في ريف حماة.", []),
        ("هاجمت الفصائل حواجز عسكرية في ريف حماة.", []),
    ],
)
def test_checkpoints_named_by_their_places_are_a_list(text: str, expected: list[str]) -> None:
    """«حواجز المغير والجنابرة»: the checkpoints' places; «حواجز قوات النظام»: whose, no place."""
    listed = [m.text for m in cp.find_places(text) if m.text not in ("ريف حماة", "حماة")]
    assert listed == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("استهدفت الفصائل راجمة صواريخ في تلة الشيخ يوسف شرقي المدينة.", "تلة الشيخ يوسف"),
        ("قصفت المدفعية تلة العزية قرب الحدود.", "تلة العزية"),
    ],
    ids=["hill-of-two-words", "hill"],
)
def test_a_hill_is_a_place(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text", ["تمركز القناصة على تلة مطلة على البلدة.", "سيطرت القوات على تلة استراتيجية."]
)
def test_a_hill_told_by_what_it_is_has_no_name(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "تعرضت أحياء الصالحين، وباب الحديد، والفردوس في المدينة لقصف بالبراميل.",
            ["الصالحين", "باب الحديد", "الفردوس"],
        ),
        (
            "قصفت المروحيات أحياء المشهد، وكرم حومد، والحيدرية بالمدينة.",
            ["المشهد", "كرم حومد", "الحيدرية"],
        ),
        ("قصف الطيران بلدات تلذهب وكفرلاها وتلدو.", ["تلذهب", "كفرلاها", "تلدو"]),
    ],
    ids=[
        "two-word-name-between-commas",
        "two-word-name-before-the-last",
        "name-ending-like-a-pronoun",
    ],
)
def test_every_name_of_a_list_is_read(text: str, names: list[str]) -> None:
    assert _names(text)[: len(names)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("قصفت المدفعية قرى كفرنبل وحاس ومحيطها.", ["كفرنبل", "حاس"]),
        ("قصفت المدفعية بلدات العجمي وطفس، هتفت ضد النظام.", ["العجمي", "طفس"]),
        ("استهدف القصف بلدتي الهبيط وعابدين قصفا عنيفا.", ["الهبيط", "عابدين"]),
    ],
    ids=["surroundings", "a-verb-after-a-comma", "an-object-after-the-list"],
)
def test_what_follows_a_list_is_no_name_of_it(text: str, names: list[str]) -> None:
    assert _names(text) == names


def _ids(text: str, country: str | None = "LB") -> list[tuple[str, str | None]]:
    return [
        (match.text, match.value.id if match.value else None)
        for match in cp.find_places(text, country=country)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "استهدف المقاتلون تجمعا للجنود في موقعي الراهب والعاصي بالصواريخ.",
            [("الراهب", "il_rahib_post"), ("العاصي", "il_asi_post")],
        ),
        (
            "وأكد الحزب أنه استهدف موقع بركة ريشا بالأسلحة المناسبة.",
            [("موقع بركة ريشا", "il_birkat_risha_post")],
        ),
        (
            "وهاجم المقاتلون محيط ثكنات برانيت وميتات وزرعيت.",
            [
                ("برانيت", "il_branit_barracks"),
                ("ميتات", "il_metat_barracks"),
                ("زرعيت", "il_zarit"),
            ],
        ),
        (
            "واستهدفوا تجمعا للجنود بين مستعمرتي المنارة ومرغليوت.",
            [("المنارة", "il_manara"), ("مرغليوت", "il_margaliot")],
        ),
        (
            "وسقطت صواريخ على كريات شمونة ونهاريا.",
            [("كريات شمونة", "il_kiryat_shmona"), ("نهاريا", "il_nahariya")],
        ),
        # a pronoun after a list of settlements is no settlement of it
        (
            "أطلقت الصواريخ على مستوطنات الجليل الأعلى وهو القصف الأعنف منذ أسابيع.",
            [("الجليل الأعلى", "il_upper_galilee")],
        ),
        ("وسقط صاروخ في تل أبيب.", [("تل أبيب", "il_tel_aviv")]),
    ],
    ids=["posts", "post", "barracks", "settlements", "towns", "pronoun", "capital-after-in"],
)
def test_posts_and_settlements_across_the_border(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _ids(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ووصلت فرق الإسعاف إلى موقع الحادث في المنطقة.",
        "ونشر موقع إلكتروني صورا للدمار.",
        "قال الراهب في كلمته إن السلام ممكن.",
        "وتواصل تل أبيب قصف القرى الحدودية.",
    ],
    ids=["scene", "website", "monk", "capital-as-government"],
)
def test_a_site_word_or_a_capital_as_government_is_no_place(text: str) -> None:
    assert _ids(text) == []


def test_a_news_site_named_after_a_town_is_no_site_of_the_strike_it_reports() -> None:
    report = cp.parse_report("وذكر موقع الميادين أن غارة إسرائيلية استهدفت بلدة عيترون.")
    assert [row["location"] for row in report.to_rows()] == ["بلدة عيترون"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a description, then «من بينها» and the names
        (
            "شنت الطائرات غارات على عدة قرى تابعة لناحية السعن، ليلة الأحد، من بينها تل دكوة "
            "وأبو حبيلات وجب الجراح.",
            ["ناحية السعن", "تل دكوة", "أبو حبيلات", "جب الجراح"],
        ),
        # «ب» and a direction is no name of the list
        (
            "دارت معارك في قرى بشرق حمص، منها أم صهريج والفرقلس.",
            ["حمص", "أم صهريج", "الفرقلس"],
        ),
        # the countryside that holds an item, and the list goes on after it with «و»
        (
            "تعرضت قرى عطشان بريف حماة الشمالي وأم حارتين بريف حماة الشرقي، لقصف مدفعي.",
            ["عطشان", "ريف حماة الشمالي", "أم حارتين", "ريف حماة الشرقي"],
        ),
        # another clause between the head and «منها» ends the search
        (
            "بقيت بضعة أحياء، حيث أعلنت القوات سيطرتها على المدينة، منها الساحل الأيسر.",
            [],
        ),
        # a side that is the second word of an unknown name: the list goes on after it
        (
            "دارت معارك قرب قرى البوعيثة الشرقية والمضيق والجرايشي شرق الرمادي.",
            ["البوعيثة الشرقية", "المضيق", "الجرايشي", "الرمادي"],
        ),
        ('شملت الاشتباكات جبهات "الجبيلة" و"الحميدية" في المدينة.', ["الجبيلة", "الحميدية"]),
        ("تستمر الاشتباكات على جبهات القتال في المدينة.", []),
        (
            'هاجم مستوطنون رعاة في التجمعين البدويين "المعرجات" و"الخان الأحمر".',
            ["المعرجات", "الخان الأحمر"],
        ),
    ],
    ids=[
        "opener-later",
        "direction",
        "holder",
        "another-clause",
        "side-of-a-name",
        "fronts",
        "no-fronts-named",
        "bedouin-communities",
    ],
)
def test_the_names_a_plural_head_lists_past_what_describes_them(
    text: str, expected: list[str]
) -> None:
    assert [name for name in _names(text) if name != "المدينة"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("دارت معارك في قرى تطل على الضفة الجنوبية للنهر.", []),
        ("شنت قوات الاحتلال حملة اعتقالات في الضفة.", ["ps_west_bank"]),
        ("اقتحمت قوات الاحتلال مدنا في الضفة الغربية.", ["ps_west_bank"]),
    ],
    ids=["river-bank", "after-in", "whole-name"],
)
def test_a_bank_is_the_west_bank_after_in_or_by_its_whole_name(
    text: str, expected: list[str]
) -> None:
    assert [m.value.id for m in cp.find_places(text) if m.value] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("رفع المحتجون العلم الأبيض فوق المبنى.", []),
        ("قتل ثلاثة مدنيين بقصف مدفعي في الأبيض بشمال كردفان.", ["sd_el_obeid"]),
        ("سقطت قذائف على مدينة الأبيض.", ["sd_el_obeid"]),
    ],
    ids=["white", "after-in", "after-a-head"],
)
def test_white_is_el_obeid_after_in_or_a_head(text: str, expected: list[str]) -> None:
    assert [m.value.id for m in cp.find_places(text) if m.value and m.value.country == "SD"][
        :1
    ] == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # after a lead, «تل», «كفر», «تلة», «مزرعة» open a village's name the gazetteer lacks
        ("انفجرت عبوة قرب تل الشهاب الغربي بريف درعا", ["تل الشهاب", "ريف درعا"]),
        ("سقطت قذيفة على مزرعة الحكيم", ["مزرعة الحكيم"]),
        # «كفر» and a known place is a village even with no lead, not that place
        ("قتل شاب من مهجري كفر حلب بقصف", ["كفر حلب"]),
        # known names keep their own reading, and the word alone is no place
        ("سيطرت القوات على تل رفعت", ["تل رفعت"]),
        ("تجمع المقاتلون على تل مرتفع", []),
        ("تل عال يطل على البلدة", []),
    ],
)
def test_a_word_that_opens_a_villages_name_after_a_lead_names_it(
    text: str, names: list[str]
) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # «ب» and a known place right after a list head: the place that holds the villages
        ("قصفت الطائرات قرى بالنبطية جنوبي البلاد", ["النبطية"]),
        ("اقتحمت القوات ثلاثة أحياء بالموصل", ["الموصل"]),
        # a name that only starts with «ب» is still an item
        ("قصفت الطائرات قرى بنش وسرمين", ["بنش", "سرمين"]),
    ],
)
def test_a_list_head_before_bi_and_a_place_names_no_items(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    ["في تلك القرى هربت العائلات من منازلها", "وفي هذه البلدات قتل شخصان بالقصف"],
)
def test_a_list_head_after_a_demonstrative_opens_no_list(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("شنت طائرات عاصفة الحزم غارات على مواقع المسلحين", []),
        ("قتل 3 في غارة على مدينة الحزم بمحافظة الجوف", ["مدينة الحزم", "محافظة الجوف"]),
        ("استهدفت الغارات مخزنا في جبل نقم المطل على صنعاء", ["جبل نقم", "صنعاء"]),
        ("شنت الطائرات غارات على جبل فج عطان", ["جبل فج عطان"]),
    ],
    ids=["operation-name", "town-after-a-head", "overlooking", "mountain-pass"],
)
def test_a_word_that_names_a_town_only_after_a_head(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("قصفت المدفعية الحي رقم 3 في سرت", ["الحي رقم 3", "سرت"]),
        ("وفي حي رقم (2) قتل شخصان", ["حي رقم (2)"]),
        ("سيطر التنظيم على الحي السكني الثالث في سرت", ["الحي السكني الثالث", "سرت"]),
        ("دارت اشتباكات في محور حي 400 بمدينة درنة", ["حي 400", "مدينة درنة"]),
        ("انفجرت عبوة في حي 14 رمضان غربي الموصل", ["حي 14 رمضان", "الموصل"]),
        # the article's «الحي» before a bare count is the quarter told before, no name
        ("وأصيب في الحي 3 أشخاص بجروح", []),
        ("قصف حي 2.5 كم", []),
        # «الحي» alone refers back, and an ordinal must follow «السكني»
        ("عاد الهدوء إلى الحي بعد الاشتباكات", []),
        ("قصف الحي السكني القريب من المدرسة", []),
    ],
)
def test_a_quarter_named_by_a_number_is_a_place(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ('وأفاد مراسل "حلب اليوم" بأن الحصيلة بلغت 11 شخصا.', []),
        ("قال المصدر في تصريح لـ (كركوك ناو) إن الهجوم وقع ليلا.", []),
        ("ذكرت شبكة دير الزور 24 أن الانفجار وقع صباحا.", []),
        # «اليوم» after a place with no quote and no word of the press: today
        ("قصفت الطائرات حلب اليوم.", ["حلب"]),
    ],
    ids=["quoted", "bracketed", "after-a-network", "today"],
)
def test_an_outlet_named_after_a_place_is_no_place(text: str, places: list[str]) -> None:
    assert _names(text) == places


def test_a_foreign_province_named_by_a_side_before_a_town_is_no_place() -> None:
    """«المنطقة الشرقية» (Saudi Arabia's province) before a Palestinian town is its east side."""
    assert _names("هاجم مستوطنون المنازل بالمنطقة الشرقية في بلدة قريوت جنوب نابلس.") == [
        "بلدة قريوت",
        "نابلس",
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("قتل شاب في بلدة الغارية الشرقية برصاص مجهولين", ["بلدة الغارية الشرقية"]),
        ("قصفت المدفعية قرية الطيبة الغربية", ["قرية الطيبة الغربية"]),
        # a side after a region or a city is no namesake
        ("قصفت الطائرات ريف حلب الشرقي", ["ريف حلب الشرقي"]),
        ("اشتباكات في مدينة حلب الشرقية", ["مدينة حلب"]),
        ("اشتباكات بالقطاع الشمالي من ريف حماة", ["ريف حماة"]),
    ],
    ids=["town", "village", "countryside", "city", "sector"],
)
def test_a_village_named_with_a_side_is_read_whole(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Sudan's «ود» (son of) before a known name: another name, not that place
        ("هاجمت قوة سوق ود راوة بمحلية المناقل", ["محلية المناقل"]),
        ('هاجمت قوة سوق "ود راوة"', []),
        ("هاجمت قوة قرية ود راوة", ["قرية ود راوة"]),
        ("قتل 3 في ود مدني", ["ود مدني"]),
        ('استشهد "أبو ريدة" في الغارة', []),
    ],
    ids=["market", "quoted", "headed", "known-whole", "quoted-person"],
)
def test_a_known_name_after_wad_is_part_of_another_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("اقتحمت القوات حارة الياسمينة بالبلدة القديمة في نابلس", ["حارة الياسمينة", "نابلس"]),
        ("اعتقلت القوات شابين من حارة القريون", ["حارة القريون"]),
        ("الحارة 5", []),
    ],
    ids=["quarter-and-city", "quarter", "numbered-no-name"],
)
def test_a_hara_is_a_quarter(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "وقال ناشط لـ القدس العربي إن القصف تجدد.",
        "وأكد مصدر لصحيفة القدس العربي أن القصف تجدد.",
    ],
)
def test_a_newspaper_named_after_a_city_is_no_place(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    "text",
    ["قصفت المدفعية بلدة كفرزيتا والقرى غربها.", "تقدمت القوات إلى البلدة وقرى شمالها."],
)
def test_the_side_of_a_place_told_before_is_no_name(text: str) -> None:
    assert [name for name in _names(text) if "غرب" in name or "شمال" in name] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("استعاد الجيش مدينتي الصفيراء والحاج عبد الرحيم", "الحاج عبد الرحيم"),
        ("دارت اشتباكات في مدينة الحاج عبد الرحيم", "مدينة الحاج عبد الرحيم"),
        ("قصفت المدفعية قرية تل أبو شعيب", "قرية تل أبو شعيب"),
    ],
)
def test_a_name_whose_second_word_opens_a_name_keeps_three_words(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_name_of_a_list_stops_before_the_next_name_joined_by_and() -> None:
    names = _names("قصفت القوات بلدات المسيفرة وأم ولد والكرط")
    assert "أم ولد" in names
    assert "الكرط" in names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("دهم الجيش أوكارا للمسلحين في وادي الثرثار.", ["وادي الثرثار"], id="after-in"),
        pytest.param(
            "انفجر لغم برعاة بوادي الغزلان شرق حمص.", ["وادي الغزلان", "حمص"], id="clitic"
        ),
        pytest.param("تراجعت المياه في الوادي بعد السيل.", [], id="the-valley"),
        pytest.param("يمتد وادي طويل بين القريتين.", [], id="no-lead"),
    ],
)
def test_a_valley_after_a_preposition_is_a_place_with_its_head(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_valley_the_gazetteer_holds_keeps_its_head_and_its_place() -> None:
    (match,) = cp.find_places("قصفت المدفعية وادي العيون")
    assert match.value is not None
    assert (match.text, match.value.admin1) == ("وادي العيون", "Hama")


def test_a_known_valley_after_and_keeps_its_own_kind_and_its_event() -> None:
    text = "واصلت القوات قصف مواقع خصومها في عين زارة ووادي الربيع جنوبي طرابلس."
    (_, valley) = cp.find_places(text)[:2]
    assert valley.value is not None
    assert (valley.text, valley.value.kind) == ("وادي الربيع", cp.PlaceKind.DISTRICT)
    rows = cp.parse_report(text).to_rows()
    assert [row["location"] for row in rows] == ["عين زارة", "وادي الربيع"]


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("قصفت المدفعية ريفي إدلب وحماة", ["sy_idlib_countryside", "sy_hama_countryside"]),
        # Damascus's countryside is a governorate of its own
        ("نزح الآلاف من أرياف حمص ودمشق", ["sy_homs_countryside", "sy_rif_dimashq_governorate"]),
    ],
)
def test_the_names_after_a_dual_of_countryside_are_their_countrysides(
    text: str, ids: list[str]
) -> None:
    assert [m.value.id for m in cp.find_places(text) if m.value is not None] == ids


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("اندلعت اشتباكات في منطقة جرود عرسال", ["منطقة جرود عرسال"]),
        ("قصف الجيش مواقع المسلحين في جرود عرسال", ["جرود عرسال"]),
        ("وصلت تعزيزات إلى جرود السلسلة الشرقية", ["جرود السلسلة الشرقية"]),
    ],
    ids=["after-a-head", "after-a-preposition", "unknown-heights"],
)
def test_the_barren_heights_of_a_town_are_one_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_barren_heights_alone_name_no_place() -> None:
    assert _names("تمتد جرود واسعة بين البلدين") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("انفجرت عبوة ناسفة في مدينة العريش", [("مدينة العريش", "eg_arish", "North Sinai")]),
        (
            "هجوم على كمين في شمال سيناء",
            [("شمال سيناء", "eg_north_sinai_governorate", "North Sinai")],
        ),
        ("قصف قرب رفح المصرية", [("رفح المصرية", "eg_rafah", "North Sinai")]),
        ("غارة على مدينة رفح جنوب قطاع غزة", [("مدينة رفح", "ps_rafah", "Rafah")]),
    ],
    ids=["arish", "north-sinai", "egyptian-rafah", "gaza-rafah-stays"],
)
def test_egypts_governorates_and_sinai_towns_are_places(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = [(m.text, m.value.id, m.value.admin1) for m in cp.find_places(text) if m.value]
    assert found[:1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side of the place after «من» is a part of it, not Saudi Arabia's Eastern Province
        ("هاجم مستوطنون المنطقة الشرقية من بلدة عطارة فجر اليوم.", ["بلدة عطارة"]),
        ("قصفت المدفعية الأحياء الغربية من مدينة تعز.", ["مدينة تعز"]),
        # alone, or with another word than «من», the province stays
        ("سقطت مسيرة في المنطقة الشرقية بالسعودية.", ["المنطقة الشرقية"]),
    ],
)
def test_a_side_of_the_place_after_it_is_no_place_of_its_own(
    text: str, expected: list[str]
) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "ودارت معارك في قرى بريف دير الزور الغربي، منها الحصان والجنينة، بحسب المرصد.",
            ["ريف دير الزور الغربي", "الحصان", "الجنينة"],
        ),
        (
            "قصفت المدفعية قرى العنكاوي وقليدين، وفقا لناشطين من المنطقة.",
            ["العنكاوي", "قليدين"],
        ),
    ],
)
def test_who_tells_it_after_a_list_of_names_is_no_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "غارات على بلدات عربين وزملكا ومقتل مسعفين اثنين في حرستا",
        "قصف على قرى الحويز والشريعة وسقوط جرحى في كرناز",
        "هجوم على قرى الحويز والشريعة واستشهاد شاب في كرناز",
    ],
)
def test_a_toll_joined_to_a_list_of_places_is_no_name(text: str) -> None:
    assert all(word not in " ".join(_names(text)) for word in ("مقتل", "سقوط", "استشهاد"))


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("انفجرت عبوة ناسفة عند دوار النخيل في مدينة المكلا", "دوار النخيل"),
        ("نصب مسلحون كمينا عند مفرق الكرك شرقي درعا", "مفرق الكرك"),
    ],
)
def test_a_roundabout_or_a_junction_is_the_most_specific_site(text: str, site: str) -> None:
    (row, *_) = cp.parse_report(text).to_rows()
    assert row["location"] == site


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a head before a list's dual or plural head names no place: the list does
        ("اندلعت اشتباكات على محور بلدتي الزهور والنصر.", ["الزهور", "النصر"]),
        ("تقدمت القوات على محور قرى الزهور والنصر والشهداء.", ["الزهور", "النصر", "الشهداء"]),
    ],
)
def test_a_head_before_a_list_head_names_the_list(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", ["قصف على مخيم أبوشوك للنازحين", "قصف على مخيم أبو شوك للنازحين"])
def test_a_camps_name_written_as_one_word_is_the_same_camp(text: str) -> None:
    assert [match.value.id for match in cp.find_places(text) if match.value] == [
        "sd_abu_shouk_camp"
    ]


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        ("ثعبات", "ye_thaabat"),
        ("عصيفرة", "ye_usayfirah"),
        ("حوض الأشرف", "ye_hawd_al_ashraf"),
        ("بئر باشا", "ye_bir_basha"),
        ("وادي القاضي", "ye_wadi_al_qadi"),
        ("كلابة", "ye_kalabah"),
    ],
)
def test_quarters_of_taiz_are_known_bare(name: str, place_id: str) -> None:
    text = f"قصفت المدفعية {name} شرقي المدينة"
    found = [
        (match.text, match.value.id if match.value else None) for match in cp.find_places(text)
    ]
    assert found == [(name, place_id)]
    place = cp.find_places(text)[0].value
    assert place is not None
    assert place.admin1 == "Taiz"


def test_a_shelling_of_taiz_quarters_is_one_event_at_each() -> None:
    text = "قصف الحوثيون بالهاون حي ثعبات وحوض الأشرف في مدينة تعز."
    rows = cp.parse_report(text).to_rows()
    assert [row["location"] for row in rows] == ["حي ثعبات", "حوض الأشرف"]


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        ("باب بن غشير", "ly_bab_bin_ghashir"),
        ("الفرناج", "ly_al_furnaj"),
        ("قرجي", "ly_gurji"),
        ("غوط الشعال", "ly_ghut_al_shaal"),
    ],
)
def test_quarters_of_tripoli_are_known_bare(name: str, place_id: str) -> None:
    found = cp.find_places(f"اندلعت اشتباكات مسلحة في {name} فجر اليوم")
    assert [(match.text, match.value.id if match.value else None) for match in found] == [
        (name, place_id)
    ]
