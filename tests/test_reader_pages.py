"""What a reader meets around the articles: the 404 page, each page's head (description,
canonical link, Open Graph, the Atom feed, lang), the printed article, the rights statement and
the about page, and no internal file path on any page. In a real browser where it is seen;
the generated Markdown where that is simpler."""
import re

import pytest
import yaml

from generator.publish.citations import permalink
from generator.archive.labels import first_sentence
from generator.publish.pages import render_pages
from generator.publish.records import export_record

from .conftest import ROOT
from .test_accessibility import kinds, public  # noqa: F401  (the public build under /archive/)
from .test_browser import CHROMIUM, article_with_author, browser, builds  # noqa: F401  (shared fixtures)

browser_test = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")


# --- generated Markdown and configuration ---------------------------------------------------

def test_first_sentence_is_the_description():
    assert first_sentence("小标题\n今年以来，全市经济稳中向好。下半年继续努力！\n第二段。") == "今年以来，全市经济稳中向好。"
    assert first_sentence("没有句号的一行") == "没有句号的一行"
    assert first_sentence("") == ""
    assert first_sentence("长" * 200 + "。") == "长" * 119 + "…"


def test_article_front_matter_carries_its_description(seed_results):
    pages = [result.page for result in seed_results.values()]
    records = [export_record(item) for page in pages for item in page.items]
    files = render_pages(pages, records)
    item = next(i for p in pages for i in p.items if i.kind == "article" and i.authors)
    meta = yaml.safe_load(files[f"articles/{item.id}.md"].split("---\n")[1])
    assert meta["description"] == first_sentence(export_record(item)["body"])
    assert meta["description"] and meta["description"][-1] in "。！？…"
    assert "权利说明" in files["about.md"] and "著作权" in files["about.md"]


def test_rights_statement_and_about_page_are_configured():
    class Loader(yaml.SafeLoader):
        pass
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    assert "著作权" in config["copyright"]
    assert {"关于": "about.md"} in config["nav"]
    assert config["theme"]["language"] == "zh-CN"


# Internal paths: the source file (shown only as provenance: the "来源文件" line and the repaired
# source text), the project's own files, and absolute paths of the machine that built the site.
INTERNAL = re.compile(r"seeds/|[\w.-]+\.(?:txt|yml|yaml|py)\b|generator/|(?<![\w:/.])/(?:work|home|tmp|root|usr|var|opt|srv|mnt)/")
# The report of a wrong cut (切分有误？) names the file and its corrections file by design.
PROVENANCE = re.compile(r'<p class="source">.*?</p>|<details class="archive-raw">.*?</details>'
                        r'|<section class="archive-report".*?</section>', re.S)


def test_no_internal_file_path_is_shown_to_readers(builds):
    work, _ = builds
    found = []
    for root in (work / "site", work / "offline" / "site"):
        for path in sorted(root.rglob("*.html")):
            text = PROVENANCE.sub("", path.read_text(encoding="utf-8"))
            found += [f"{path.relative_to(work)}: {m.group()}" for m in INTERNAL.finditer(text)]
    assert not found, "\n".join(found[:20])


# --- in the browser ---------------------------------------------------------------------------

@browser_test
def test_404_page_is_chinese_with_search_and_ways_in(builds, public, browser):
    page = browser.new_page()
    page.goto(public + "404.html")
    assert page.evaluate("document.documentElement.lang") == "zh-CN"
    assert page.locator("article h1").inner_text().strip() == "页面未找到"
    assert page.title().startswith("页面未找到")
    links = page.locator("article .archive-notfound-browse a")
    assert links.all_inner_texts() == ["首页", "主题", "地点", "日期", "报纸与版面", "作者", "人物", "关于本档案"]
    for href in links.evaluate_all("links => links.map(a => a.href)"):
        assert page.request.get(href).status == 200, href
    page.get_by_label("检索全文", exact=True).last.fill("经济")
    page.locator("article form[role=search] button").click()
    page.wait_for_load_state()
    assert "/archive/search/?q=" in page.url
    page.locator("[data-search-results] li").first.wait_for()
    page.close()


@browser_test
@pytest.mark.parametrize("kind", ["home", "article", "search", "topic", "place", "date", "page view", "404"])
def test_every_page_links_the_feed_in_one_language_with_one_canonical_link(builds, public, browser, kind):
    _, archive = builds
    page = browser.new_page()
    page.goto(public + kinds(archive)[kind])
    assert page.evaluate("document.documentElement.lang") == "zh-CN"
    feed = page.locator('head link[rel="alternate"][type="application/atom+xml"]')
    assert feed.count() == 1
    response = page.request.get(feed.evaluate("l => l.href"))
    assert response.status == 200 and "<feed xmlns" in response.text()
    assert page.locator('head link[rel="canonical"]').count() <= 1
    assert page.locator('head meta[name="description"]').count() == 1
    assert page.locator('head meta[property="og:title"]').count() == 1
    page.close()


@browser_test
def test_article_head_describes_it_once(builds, public, browser):
    _, archive = builds
    item = article_with_author(archive)
    record = export_record(item)
    page = browser.new_page()
    page.goto(f"{public}articles/{item.id}/")
    head = page.locator("head")
    content = lambda selector: head.locator(selector).evaluate_all("ms => ms.map(m => m.content || m.href)")  # noqa: E731
    assert content('link[rel="canonical"]') == [permalink(record)]
    assert content('meta[name="description"]') == [first_sentence(record["body"])]
    assert content('meta[property="og:type"]') == ["article"]
    assert content('meta[property="og:title"]') == [item.title]
    assert content('meta[property="og:description"]') == [first_sentence(record["body"])]
    assert content('meta[property="og:url"]') == [permalink(record)]
    page.close()


@browser_test
def test_printed_article_is_text_metadata_and_gbt7714_citation(builds, public, browser):
    """Printed: headline, facts, text and the GB/T 7714 citation; no navigation, search, header or
    footer, and the repaired source text not a second time, even when the reader opened it."""
    _, archive = builds
    item = article_with_author(archive)
    page = browser.new_page()
    page.goto(f"{public}articles/{item.id}/")
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    page.emulate_media(media="print")
    shown = lambda selector: page.locator(selector).first.is_visible()  # noqa: E731
    for selector in ("article h1", ".archive-meta", "#p1", ".archive-permalink",
                     '.archive-citation[data-style="GB/T 7714—2015"]'):
        assert shown(selector), selector
    for selector in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer",
                     ".archive-header-search", ".archive-raw", ".archive-copy", ".archive-downloads",
                     ".archive-para-link", '.archive-citation[data-style="APA 7"]', ".archive-neighbours"):
        assert page.locator(selector).count() == 0 or not shown(selector), selector
    printed = page.evaluate("document.body.innerText")
    sentence = page.locator("#p1").evaluate("p => p.firstChild.textContent.trim().slice(0, 15)")
    assert printed.count(sentence) == 1
    page.close()


@browser_test
def test_rights_statement_on_every_page_and_the_about_page_in_the_nav(builds, public, browser):
    page = browser.new_page()
    page.goto(public)
    assert "著作权归原报社及作者所有" in page.locator(".md-copyright").inner_text()
    page.locator(".md-nav a", has_text="关于").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/archive/about/")
    assert page.locator("article h1").evaluate("h => h.firstChild.textContent.trim()") == "关于本档案"
    assert "权利说明" in page.locator("article").inner_text()
    page.close()
