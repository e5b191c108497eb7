"""Page metadata from evidence: sidecar, printed date line, dated events, byline cues."""
import dataclasses
import pickle
import shutil

import pytest

from generator.archive.dates import inferred_date, printed_date
from generator.speed.run import build_folder

from .conftest import SEEDS


def test_printed_date_line():
    found = printed_date(["责编 罗皓皓", "2024年6月22日 星期六"])
    assert (found.value, found.source, found.confidence) == ("2024-06-22", "text", "high")


def test_the_date_line_is_one_pattern_of_layout_yml_for_date_and_furniture():
    """layout.yml's `date_line` gives the page's date and, alone on its line, makes it furniture:
    a date line followed by more (the lunar date) still dates the page, but is no bare date line."""
    from generator.archive.classify import vocabulary
    from generator.archive.datafiles import load

    pattern = load("layout.yml")["date_line"]
    assert vocabulary().furniture["dateline"].pattern == pattern + "$"
    found = printed_date(["2024年6月2日 周日 农历四月廿六"])
    assert (found.value, found.source) == ("2024-06-02", "text")
    assert not vocabulary().furniture["dateline"].search("2024年6月2日 周日 农历四月廿六")


def test_event_told_as_yesterday_gives_the_next_day():
    found = inferred_date(["6月21日上午，代表团前往新区考察。", "昨日的2024年联席会议上，双方审议了清单。"])
    assert (found.value, found.source) == ("2024-06-22", "inferred")
    assert "昨日" in found.evidence


def test_without_yesterday_only_the_month_is_inferred():
    found = inferred_date(["2024年，江西持续扩大开放。", "1月28日，养殖工人在海上作业。1月27日，艺人表演。"])
    assert (found.value, found.confidence) == ("2024-01", "low")


def test_no_year_no_date():
    assert inferred_date(["5月17日，枇杷节开幕。"]) is None


@pytest.fixture(scope="module")
def without_sidecars(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bare")
    for page in SEEDS.glob("*.txt"):
        shutil.copy(page, folder / page.name)
    return {r.page.raw.file: r.page for r in build_folder(folder)}


@pytest.mark.parametrize("file, newspaper, date, source", [
    ("001_a9bc4fe151b3ac2e.txt", "成都日报", "2024-06-22", "inferred"),
    ("002_54a7ce48706b6568.txt", "经济日报", "2024-01", "inferred"),
    ("004_ea90497b5cb0cfb5.txt", "重庆日报", "2024-06-22", "text"),
    ("000_d4de87fca71b1d25.txt", "", "2024-12", "inferred"),
])
def test_inferred_from_the_text_alone(without_sidecars, file, newspaper, date, source):
    item = without_sidecars[file].items[0]
    assert item.meta.newspaper == newspaper
    assert item.meta.date == date
    assert item.meta.provenance["date"]["source"] == source
    assert item.meta.provenance["date"]["evidence"]


def test_sidecar_wins_and_says_so(seed_results):
    item = seed_results["001_a9bc4fe151b3ac2e.txt"].page.items[0]
    assert item.meta.newspaper == "成都日报"
    assert item.meta.provenance["newspaper"]["source"] == "sidecar"


def test_editors_are_page_level_and_not_authors(seed_results):
    page = seed_results["004_ea90497b5cb0cfb5.txt"].page
    for item in page.items:
        assert item.meta.editors == ({"role": "责编", "name": "罗皓皓"}, {"role": "美编", "name": "张辉"})
        assert "罗皓皓" not in item.authors


def test_people_named_in_text_are_kept_apart_from_authors(seed_results):
    item = next(i for i in seed_results["001_a9bc4fe151b3ac2e.txt"].page.items if "张晓玲" in "".join(b.text for b in i.blocks))
    assert "张晓玲" in item.meta.people
    assert "黄雪松" not in item.meta.people and item.authors == ("黄雪松",)


def test_every_article_has_a_topic(seed_results):
    for result in seed_results.values():
        for item in result.page.items:
            if item.kind in ("article", "commentary", "brief", "continuation", "infobox"):
                assert item.meta.topics, item.title or item.id


def test_a_common_word_jieba_tags_as_a_name_is_no_person():
    from generator.archive.enrich import people_in_text
    text = "市民政局局长养老表示，将完善养老服务。市民政局局长王建国表示，社区养老服务中心已建成。"
    assert "养老" not in people_in_text(text, [])
    assert "王建国" in people_in_text(text, [])


def test_an_items_record_is_read_only_and_survives_the_page_cache(seed_results):
    """Enrichment makes each item's Meta once; publishing only reads it, and the page cache and
    the page workers pass it pickled."""
    item = seed_results["004_ea90497b5cb0cfb5.txt"].page.items[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        item.meta.newspaper = "别的报"
    again = pickle.loads(pickle.dumps(item.meta))
    assert again == item.meta and again.main_places and again.provenance["cut"] == item.meta.provenance["cut"]


def test_publishing_cannot_change_an_article(seed_results):
    """What leaves the archive stage is a frozen record all the way down (fields, sequences,
    mappings): a writer that tried to change an item would fail rather than change what the
    next writer reads. The export record is a plain copy, the caller's to change."""
    from generator.publish.records import export_record

    item = next(i for r in seed_results.values() for i in r.page.items if i.meta.editors)
    with pytest.raises(dataclasses.FrozenInstanceError):
        item.title = "别的标题"
    with pytest.raises(AttributeError):
        item.blocks.append(item.blocks[0])  # a tuple
    with pytest.raises(dataclasses.FrozenInstanceError):
        item.blocks[0].text = "别的文字"  # its blocks too
    with pytest.raises(TypeError):
        item.meta.provenance["cut"]["confidence"] = 1.0
    with pytest.raises(TypeError):
        item.meta.editors[0]["name"] = "别人"
    record = export_record(item)
    record["provenance"]["cut"]["confidence"] = -1.0
    record["editors"][0]["name"] = "别人"
    assert item.meta.provenance["cut"]["confidence"] != -1.0 and item.meta.editors[0]["name"] != "别人"
    assert type(record["provenance"]["cut"]) is dict and type(record["editors"][0]) is dict
    assert pickle.loads(pickle.dumps(item.meta)).provenance == item.meta.provenance
