"""Pages are named for readers by what is known of them (经济日报 2024年1月29日 第5版), never by
their file name, which is shown only in the provenance line of an item or a page."""
import re

import pytest

from generator.publish.browse import newspaper_pages
from generator.publish.pagenames import page_name, page_number, told_apart
from generator.publish.records import export_record
from generator.publish.site import site_files


def record(**fields) -> dict:
    return {"newspaper": "", "date": "", "date_source": "", "page": "", "section": "", **fields}


@pytest.mark.parametrize("fields, name", [
    ({"newspaper": "经济日报", "date": "2024-01-29", "date_source": "sidecar", "page": "5"}, "经济日报 2024年1月29日 第5版"),
    ({"newspaper": "经济日报", "date": "2024-01", "date_source": "sidecar"}, "经济日报 2024年1月 版次不详"),
    ({"newspaper": "光明日报", "date": "2024-06-22", "date_source": "text", "page": "02", "section": "经济"},
     "光明日报 2024年6月22日 第2版 经济"),
    ({"newspaper": "重庆日报", "date": "2024-06-22", "date_source": "inferred"}, "重庆日报 2024年6月22日（推断） 版次不详"),
    ({}, "未署报名 日期不详 版次不详"),
])
def test_a_page_is_named_by_what_is_known_of_it(fields, name):
    assert page_name(record(**fields)) == name


@pytest.mark.parametrize("printed, label", [
    ("5", "第5版"), ("05", "第5版"), ("第五版", "第5版"), ("12", "第12版"), ("A03", "A3版"), ("b2", "B2版"),
    ("特刊", "特刊"), ("", "版次不详"), ("  ", "版次不详"),
])
def test_a_page_number_reads_as_printed_pages_are_cited(printed, label):
    assert page_number(printed) == label


@pytest.fixture(scope="module")
def files(seed_results):
    return site_files([r.page for r in seed_results.values()])


LINK_TARGET = re.compile(r"\]\([^)]*\)|href=\"[^\"]*\"")  # where a page is linked to, not named
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def reader_text(path: str, text: str) -> str:
    """What of a docs/ file a reader sees, less the provenance: link targets, an article's
    `source`, `provenance` and `report` (切分有误？, which names the file by design) fields and the source lines (class "source") are left out."""
    match = FRONT_MATTER.match(text)
    if match:
        meta = [line for line in match.group(1).split("\n") if not line.startswith(("source:", "provenance:", "report:"))]
        text = "\n".join(meta) + "\n" + text[match.end():]
    text = "\n".join(line for line in text.split("\n") if 'class="source"' not in line)
    return LINK_TARGET.sub("]", text)


def test_no_reader_facing_text_names_a_page_by_its_file(seed_results, files):
    stems = {r.page.raw.stem for r in seed_results.values()}
    shown = re.compile("|".join(re.escape(stem).replace("_", r"\\?_") for stem in stems))
    checked = 0
    for path, text in files.items():
        if path.startswith("data/") or not isinstance(text, str):
            continue  # the data exports hold each item's source file by design
        found = shown.search(reader_text(path, text))
        assert not found, f"{path} shows the file name {found.group()}"
        checked += 1
    assert checked > 100


def test_page_view_and_home_name_pages_and_keep_the_file_as_provenance(seed_results, files):
    page = seed_results["004_ea90497b5cb0cfb5.txt"].page
    view = files["pages/004_ea90497b5cb0cfb5.md"]
    assert view.startswith("# 重庆日报 2024年6月22日 版次不详\n")
    assert '<p class="source">来源文件 004_ea90497b5cb0cfb5.txt' in view
    assert f"[重庆日报 2024年6月22日 版次不详](pages/004_ea90497b5cb0cfb5.md)：{len(page.items)} 条" in files["index.md"]
    assert "[未署报名 2023年5月（推断） 版次不详](../pages/003_476d649300d65179.md)：7 条" in files["newspapers/未署报名.md"]
    article = files[f"articles/{page.items[0].id}.md"]
    assert "[版次不详](../pages/004_ea90497b5cb0cfb5.md)" in article


def test_pages_of_one_name_are_told_apart_by_their_first_item():
    names = {"a": "重庆日报 2024年6月22日 版次不详", "b": "重庆日报 2024年6月22日 版次不详", "c": "重庆日报 2024年6月22日 第2版"}
    assert told_apart(names, {"a": "标题甲", "b": "标题乙", "c": "标题丙"}) == {
        "a": "重庆日报 2024年6月22日 版次不详（首条：标题甲）", "b": "重庆日报 2024年6月22日 版次不详（首条：标题乙）",
        "c": "重庆日报 2024年6月22日 第2版"}


def test_a_newspaper_page_tells_apart_its_pages_of_one_day(seed_results):
    page = seed_results["004_ea90497b5cb0cfb5.txt"].page
    first = export_record(page.items[0])
    other = dict(first, id="000000000000", title="另一版的头条", source={"file": "005_other.txt", "lines": [1, 9]})
    listing = newspaper_pages([first, other])["newspapers/重庆日报.md"]
    assert f"[重庆日报 2024年6月22日 版次不详（首条：{first['title']}）](../pages/004_ea90497b5cb0cfb5.md)：1 条" in listing
    assert "[重庆日报 2024年6月22日 版次不详（首条：另一版的头条）](../pages/005_other.md)：1 条" in listing
