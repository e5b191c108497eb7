"""Places: gazetteer with codes and hierarchy, zones, short forms, aliases and false friends."""
import pytest

from generator.archive.places import find_places, gazetteer, main_places, short_form

from .conftest import SEEDS


def by_name(text):
    return {m.name: m for m in find_places(text)}


def test_gazetteer_has_every_level_with_codes():
    gaz = gazetteer()
    levels = {}
    for place in gaz.places.values():
        levels[place.level] = levels.get(place.level, 0) + 1
    assert levels["province"] >= 34 and levels["prefecture"] >= 330 and levels["county"] >= 2800
    assert gaz.path("511623") == ["四川省", "广安市", "邻水县"]
    assert gaz.path("500112") == ["重庆市", "渝北区"]  # municipality: counties sit directly below


def test_county_resolves_with_full_hierarchy():
    place = by_name("邻水县加快建设")["邻水县"]
    assert (place.code, place.level, place.path) == ("511623", "county", ["四川省", "广安市", "邻水县"])


@pytest.mark.parametrize("name, stem", [("四川省", "四川"), ("广西壮族自治区", "广西"), ("内蒙古自治区", "内蒙古"),
                                        ("凉山彝族自治州", "凉山"), ("红河哈尼族彝族自治州", "红河"), ("成都市", "成都")])
def test_short_forms(name, stem):
    level = "province" if name.endswith(("省", "自治区")) else "prefecture"
    assert short_form(name, level) == stem


def test_short_form_and_full_name_count_as_one_place():
    place = by_name("成都市委。成都将加快……成都")["成都市"]
    assert place.count == 3 and set(place.forms) == {"成都市", "成都"}


def test_abbreviations_name_both_places():
    found = by_name("深化川渝合作，在蓉企业")
    assert found["四川省"].forms == ["川渝"] and found["重庆市"].forms == ["川渝"]
    assert found["成都市"].forms == ["在蓉"]


def test_zone_is_one_mention_linked_to_its_divisions():
    found = by_name("推动成渝地区双城经济圈建设")
    assert set(found) == {"成渝地区双城经济圈"}
    zone = found["成渝地区双城经济圈"]
    assert zone.level == "zone" and zone.code == "zone:chengyu" and zone.within == ["510000", "500000"]
    science_city = by_name("西部（成都）科学城")["西部（成都）科学城"]
    assert science_city.path == ["四川省", "成都市", "西部（成都）科学城"]
    assert by_name("高竹新区")["川渝高竹新区"].within == ["511623", "500112"]


@pytest.mark.parametrize("text, absent", [
    ("华蓥山下", "华蓥市"),
    ("长江西岸", "江西省"),
    ("纪念孙中山", "中山市"),
    ("安康幸福", "安康市"),
])
def test_false_friends(text, absent):
    assert absent not in by_name(text)


def test_province_in_running_text_wins_left_to_right():
    assert set(by_name("浙江西部山区")) == {"浙江省"}
    assert set(by_name("江西落实重点产业链")) == {"江西省"}


def test_ambiguous_county_needs_its_city_in_the_text():
    assert "江北区" not in by_name("江北区推进")
    assert by_name("重庆江北区推进")["江北区"].code == "500105"
    assert by_name("宁波江北区推进")["江北区"].code == "330205"


def test_short_form_shared_by_province_and_city_goes_to_province():
    assert by_name("吉林")["吉林省"].forms == ["吉林"]
    assert "吉林市" in by_name("吉林市")


def test_national_news_has_the_country():
    assert by_name("人力资源社会保障部等4部门联合发布通知")["中国"].level == "country"


def test_main_places_prefer_the_headline_and_leave_out_the_country():
    text = "四川广安：改革开放风正劲\n我国……广安……广安……深圳……重庆……重庆……重庆……重庆"
    mentions = find_places(text)
    main = [m.name for m in main_places(mentions, "四川广安：改革开放风正劲")]
    assert main[:2] == ["广安市", "四川省"] and "中国" not in main


def test_every_seed_article_has_places_with_hierarchy(seed_results):
    for result in seed_results.values():
        for item in result.page.items:
            if item.kind in ("article", "commentary", "brief", "continuation", "infobox"):
                places = item.meta.places
                assert places, item.title
                assert all(p.path and p.path[-1] == p.name for p in places)
                assert item.meta.main_places


def scan_by_character(text, gaz):
    """The specification of places.scan: at each character the longest form that starts there,
    else the next character."""
    found, i = [], 0
    by_first = {}
    for form in sorted(gaz.forms, key=lambda f: (-len(f), f)):
        by_first.setdefault(form[0], []).append(form)
    while i < len(text):
        form = next((f for f in by_first.get(text[i], ()) if text.startswith(f, i)), None)
        if form is None:
            i += 1
        else:
            found.append((form, gaz.forms[form]))
            i += len(form)
    return found


def test_scan_finds_what_a_scan_of_every_character_finds():
    import random

    from generator.archive.places import gazetteer, scan

    gaz = gazetteer()
    random.seed(3)
    forms = sorted(gaz.forms)
    pieces = forms + list("的在和与市县区省。，") + [f[:-1] for f in forms[:300]] + [f[1:] for f in forms[:300]]
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += ["".join(random.choices(pieces, k=random.randint(0, 60))) for _ in range(150)] + ["", "重", "重庆"]
    for text in texts:
        assert scan(text, gaz) == scan_by_character(text, gaz), text[:80]
