"""Charts on the browse pages (generator/publish/charts.py): inline SVG, well-formed, with the right
counts and a text alternative; shown in Chromium on topic, place, newspaper and date pages, in
the public build and the offline copy, with no request leaving the site."""
import re
import xml.etree.ElementTree as ET
from collections import Counter

import pytest

from generator.publish.browse import slug
from generator.publish.charts import coverage_calendars, month_chart

from .test_browser import CHROMIUM, NO_CHROMIUM, article_with_author, browser, builds, server  # noqa: F401

SVG = "{http://www.w3.org/2000/svg}"


def svgs(markdown: str) -> list[ET.Element]:
    return [ET.fromstring(m) for m in re.findall(r"<svg .*?</svg>", markdown, re.S)]


def test_month_chart_has_a_bar_for_each_month_with_articles():
    svg = ET.fromstring(re.search(r"<svg .*</svg>", "\n".join(month_chart(
        Counter({"2023-11": 2, "2024-02": 4, "2024-03": 1}), "主题“测试”")), re.S).group())
    bars = svg.findall(f"{SVG}g/{SVG}rect")
    assert [int(b.get("height")) for b in bars][0] * 2 == int(bars[1].get("height"))
    assert len(bars) == 3 and svg.get("role") == "img" and svg.get("aria-label") == "主题“测试”：每月条目数"
    assert svg.find(f"{SVG}title").text == "主题“测试”：每月条目数"
    desc = svg.find(f"{SVG}desc").text
    assert "2023年11月至2024年3月，共 7 条" in desc and "2024年2月 4 条" in desc
    assert svg.get("viewBox").startswith("0 0 ") and "width" not in svg.attrib
    assert month_chart(Counter(), "无") == []


def test_coverage_calendar_fills_the_days_with_pages():
    papers = {"甲报": {"2024-06-21", "2024-06-22", "2024-06-24", "2024-06"}, "乙报": {"2023-05-01", ""}}
    found = [ET.fromstring(m) for m in re.findall(r"<svg .*?</svg>", "\n".join(coverage_calendars(papers)), re.S)]
    assert [s.find(f"{SVG}title").text for s in found] == ["2024年各报有版面的日期", "2023年各报有版面的日期"]
    filled = [len(g.findall(f"{SVG}rect")) for g in found[0].findall(f"{SVG}g") if g.get("class") == "archive-chart__bars"]
    assert filled == [3]
    assert found[0].find(f"{SVG}desc").text == "甲报：6月21日至6月22日、6月24日（3 天）。"
    assert sum(len(g) for g in found[0].findall(f"{SVG}g")) == 366


def test_browse_pages_carry_their_charts_with_the_right_counts(builds):
    work, archive = builds
    docs = work / "docs"
    records = [i for p in archive.pages for i in p.items]
    dated = Counter(i.meta.newspaper or "未署报名" for i in records if len(i.meta.date or "") >= 7)
    for page in sorted((docs / "topics").glob("*.md")) + sorted((docs / "newspapers").glob("*.md")):
        if page.name == "index.md":
            continue
        text = page.read_text(encoding="utf-8")
        (svg,) = svgs(text)
        total = int(re.search(r"共 (\d+) 条", svg.find(f"{SVG}desc").text).group(1))
        if page.parent.name == "topics":
            assert total == len(re.findall(r"<li>\d{4}年", text)), page.name
        else:
            assert total == dated[svg.get("aria-label").removesuffix("：每月条目数")], page.name
    (svg,) = svgs((docs / "places" / "510000.md").read_text(encoding="utf-8"))
    assert svg.get("aria-label") == "四川省：每月条目数"
    calendars = svgs((docs / "dates" / "index.md").read_text(encoding="utf-8"))
    days = {(i.meta.newspaper, i.meta.date) for i in records if len(i.meta.date or "") == 10}
    filled = sum(len(g.findall(f"{SVG}rect")) for c in calendars for g in c.findall(f"{SVG}g")
                 if g.get("class") == "archive-chart__bars")
    assert calendars and filled == len(days)


@pytest.mark.skipif(CHROMIUM is None, reason=NO_CHROMIUM)
@pytest.mark.parametrize("where", ["http", "file"])
def test_charts_show_on_browse_pages_with_no_outside_request(builds, server, browser, where):
    work, archive = builds
    item = article_with_author(archive)
    offline = (work / "offline" / "site").resolve()
    sources = [f"topics/{slug(item.meta.topics[0])}", "places/510000", f"newspapers/{slug('重庆日报')}", "dates/index"]
    for source in sources:
        page = browser.new_page(viewport={"width": 390, "height": 844})
        requests: list[str] = []
        page.on("request", lambda request, seen=requests: seen.append(request.url))
        url = (offline / f"{source}.html").as_uri() if where == "file" else server + source.removesuffix("index") + \
            ("/" if not source.endswith("index") else "")
        page.goto(url)
        page.wait_for_load_state("networkidle")
        chart = page.locator("figure.archive-chart svg[role='img']").first
        assert chart.is_visible() and chart.get_attribute("aria-label").endswith(("每月条目数", "有版面的日期"))
        box = chart.bounding_box()
        assert box["width"] > 200 and box["x"] + box["width"] <= 390
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        base = offline.as_uri() if where == "file" else server
        assert [u for u in requests if not u.startswith(base) and not u.startswith("data:")] == []
        page.close()
