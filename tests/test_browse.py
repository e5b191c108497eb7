"""Browse indexes: every item reachable by topic, place, date, newspaper page and author."""
import re
import xml.etree.ElementTree as ET

import markdown
import pytest

from generator.publish.browse import atom_feed, browse_files, slug
from generator.publish.records import export_record
from generator.publish.site import site_files

from .conftest import ROOT


@pytest.fixture(scope="module")
def records(seed_results):
    return [export_record(item) for r in seed_results.values() for item in r.page.items]


@pytest.fixture(scope="module")
def files(seed_results):
    return site_files([r.page for r in seed_results.values()])


def linked_articles(markdown: str) -> set[str]:
    return set(re.findall(r"articles/([0-9a-f]{12})\.md", markdown))


def test_each_topic_page_lists_exactly_its_articles(records, files):
    topics = {t for r in records for t in r["topics"]}
    assert topics
    for topic in topics:
        expected = {r["id"] for r in records if topic in r["topics"]}
        assert linked_articles(files[f"topics/{slug(topic)}.md"]) == expected, topic
        assert f">{topic}</a></td><td>{len(expected)}</td>" in files["topics/index.md"]


def test_every_item_is_on_a_date_page_or_undated_list(records, files):
    dated = "".join(text for path, text in files.items() if path.startswith("dates/"))
    assert linked_articles(dated) == {r["id"] for r in records}


def test_calendar_days_link_to_their_day(files):
    month = files["dates/2024-06.md"]
    assert '<a href="2024-06-22.md">22</a>' in month and "## 6月22日 {: #d22 }" in month
    assert "[6月22日各报各版](2024-06-22.md)" in month
    assert "[22日](2024-06-22.md)" in files["dates/index.md"]
    assert "[2024年6月](2024-06.md)" not in files["dates/index.md"]  # months are listed by number
    assert "[6月](2024-06.md)" in files["dates/index.md"]


def test_each_day_page_lists_exactly_that_days_articles(records, files):
    days = {r["date"] for r in records if len(r["date"]) == 10}
    assert days == {"2024-06-22"}  # the seeds: two papers of one day; the other pages are dated to the month
    day_files = {path for path in files if re.fullmatch(r"dates/\d{4}-\d\d-\d\d\.md", path)}
    assert day_files == {f"dates/{day}.md" for day in days}
    for day in days:
        assert linked_articles(files[f"dates/{day}.md"]) == {r["id"] for r in records if r["date"] == day}


def test_a_day_page_goes_by_newspaper_then_page_then_print_order(seed_results, records, files):
    day = files["dates/2024-06-22.md"]
    assert day.startswith("# 2024年6月22日 星期六\n")
    assert "[6月](2024-06.md#d22)" in day and "[全部日期](index.md)" in day
    assert day.index("## 成都日报") < day.index("## 重庆日报")
    for file, paper in (("001_a9bc4fe151b3ac2e.txt", "成都日报"), ("004_ea90497b5cb0cfb5.txt", "重庆日报")):
        section = day[day.index(f"## {paper}"):]
        section = section[:section.index("</ol>")]
        assert f"](../pages/{file[:-4]}.md)" in section
        positions = [section.index(item.id) for item in seed_results[file].page.items]
        assert positions == sorted(positions), paper
        assert linked_articles(section) == {item.id for item in seed_results[file].page.items}


def test_article_and_page_link_their_day(seed_results, files):
    item = seed_results["004_ea90497b5cb0cfb5.txt"].page.items[0]
    assert "](../dates/2024-06-22.md)" in files[f"articles/{item.id}.md"]
    assert "[同日各报各版](../dates/2024-06-22.md)" in files["pages/004_ea90497b5cb0cfb5.md"]
    month_only = seed_results["002_54a7ce48706b6568.txt"].page.items[0]
    assert "](../dates/2024-01.md)" in files[f"articles/{month_only.id}.md"]


def test_place_pages_follow_the_hierarchy(records, files):
    county = files["places/511623.md"]  # 邻水县
    assert "[四川省](../places/510000.md) › [广安市](../places/511600.md)" in county
    province = files["places/510000.md"]
    assert "## 下辖地区" in province and "[广安市](../places/511600.md)" in province
    index = files["places/index.md"]
    assert index.index("[四川省]") < index.index("    - [广安市]") < index.index("        - [邻水县]")
    assert "## 区域与经济区" in index and "[川渝高竹新区](zone-gaozhu.md)" in index
    mentioning = {r["id"] for r in records if any(p["code"] == "zone:gaozhu" for p in r["places"])}
    assert linked_articles(files["places/zone-gaozhu.md"]) == mentioning


def test_newspaper_pages_lead_to_page_listings_in_page_order(seed_results, files):
    paper = files[f"newspapers/{slug('重庆日报')}.md"]
    assert "../pages/004_ea90497b5cb0cfb5.md" in paper
    listing = files["pages/004_ea90497b5cb0cfb5.md"]
    page = seed_results["004_ea90497b5cb0cfb5.txt"].page
    positions = [listing.index(item.id) for item in page.items]
    assert positions == sorted(positions)


def test_authors_pages(records, files):
    expected = {r["id"] for r in records if "刘泰山" in r["authors"]}
    assert len(expected) == 2
    assert linked_articles(files[f"authors/{slug('刘泰山')}.md"]) == expected


def test_each_mentioned_person_lists_exactly_the_articles_mentioning_them(records, files):
    people = {name for r in records for name in r["people"]}
    assert len(people) > 10
    person_files = {path for path in files if path.startswith("people/") and path != "people/index.md"}
    assert person_files == {f"people/{slug(name)}.md" for name in people}
    for name in people:
        expected = {r["id"] for r in records if name in r["people"]}
        assert linked_articles(files[f"people/{slug(name)}.md"]) == expected, name
        assert f">{name}</a></td><td>{len(expected)}</td>" in files["people/index.md"]


def test_people_and_authors_link_each_other(records, files):
    assert "[人物](../people/index.md)" in files["authors/index.md"]
    assert "[作者](../authors/index.md)" in files["people/index.md"]
    assert "[人物](people/index.md)" in files["index.md"]
    # A name both signed and mentioned (in another item: an item's own byline is no mention).
    record = dict(records[0], id="0123456789ab", authors=["王一"], photographers=[], people=[])
    other = dict(records[1], id="ba9876543210", authors=[], people=["王一"])
    built = browse_files([record, other])
    assert "[提及王一的条目](../people/王一.md)" in built["authors/王一.md"]
    assert "[王一署名的条目](../authors/王一.md)" in built["people/王一.md"]
    assert 'href="../authors/王一.md">署名 1 条</a>' in built["people/index.md"]
    assert linked_articles(built["people/王一.md"]) == {"ba9876543210"}


def test_article_panel_links_the_people_it_mentions(records, files):
    record = next(r for r in records if r["people"])
    article = files[f"articles/{record['id']}.md"]
    links = "、".join(f"[{name}](../people/{slug(name)}.md)" for name in record["people"])
    assert f"提及人物：{links}" in article


def test_article_panel_links_to_browse_pages(files):
    for path, text in files.items():
        if not path.startswith("articles/"):
            continue
        for target in re.findall(r"\]\(\.\./((?:places|topics|authors|people|newspapers|dates|pages)/[^)#]+)", text):
            assert target in files, (path, target)


def test_feed_is_atom_newest_first_from_the_data(records):
    feed = atom_feed(records)
    root = ET.fromstring(feed)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    updated = [e.find("a:updated", ns).text for e in root.findall("a:entry", ns)]
    assert updated and updated == sorted(updated, reverse=True)
    assert root.find("a:updated", ns).text == updated[0]
    assert atom_feed(records) == feed


def test_feed_is_named_after_the_site(records, monkeypatch):
    ns = {"a": "http://www.w3.org/2005/Atom"}
    site_name = re.search(r"^site_name:\s*(.+?)\s*$", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M).group(1)
    assert ET.fromstring(atom_feed(records)).find("a:title", ns).text.startswith(site_name)
    monkeypatch.setattr("generator.publish.browse.archive_name", lambda: "另一个<档案>")
    root = ET.fromstring(atom_feed(records))
    assert root.find("a:title", ns).text.startswith("另一个<档案>")


def test_unsafe_names_never_make_paths():
    for name in ["../etc/passwd", "a/b", "x.md", "<script>", " "]:
        assert re.fullmatch(r"n[0-9a-f]{10}", slug(name))
    assert slug("刘泰山") == "刘泰山"


def test_hostile_names_are_shown_as_text(records):
    record = dict(records[0], authors=["<script>alert(1)</script>"], topics=["[x](javascript:alert(1))"])
    files = browse_files([record])
    text = "".join(v for k, v in files.items() if k.endswith(".md"))
    assert "<script>" not in text and "<script>" not in files["feed.xml"]
    # Markdown escapes a printed link; an HTML block (the listings extension hands it on as it is) escapes nothing
    # Markdown would read, so the pages are rendered to see which links there are.
    rendered = "".join(markdown.markdown(v, extensions=["generator.publish.listings", "attr_list", "md_in_html", "tables"])
                       for k, v in files.items() if k.endswith(".md"))
    assert "javascript:" in rendered and not re.search(r"href=[\"']?javascript:", rendered), "a printed link is text"
    assert "&lt;script&gt;" in files[f"authors/{slug('<script>alert(1)</script>')}.md"]
