"""The built site in a real browser: Debian's Chromium driven by Playwright (no browser download).

Public build over a local HTTP server; offline build over file:// with every request recorded.
Skipped when Chromium is not installed, and said so at the end of the run (tests/conftest.py);
`.ci/run` installs it, and under CI a skipped browser test fails the run.
"""
import functools
import http.server
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import quote

import pytest

from generator.publish.browse import slug
from generator.publish.citations import bibtex, cited_title, csl_json, fill_access_date, ris
from generator.speed.run import generate
from generator.publish.pages import export_record

from .conftest import CHROMIUM, NO_CHROMIUM, ROOT, SEEDS

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason=NO_CHROMIUM)
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def headline(page) -> str:
    """The h1 text without its permalink mark."""
    return page.locator("h1").first.evaluate(
        "h => [...h.childNodes].filter(n => !(n.classList && n.classList.contains('headerlink')))"
        ".map(n => n.textContent).join('').trim()")


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    work = tmp_path_factory.mktemp("browser")
    shutil.copytree(SEEDS, work / "seeds")
    archive = generate(work / "seeds", work / "docs")
    for name in ("mkdocs.yml", "mkdocs.offline.yml"):
        shutil.copy(ROOT / name, work / name)
    (work / "theme_overrides").symlink_to(ROOT / "theme_overrides")
    for config in ("mkdocs.yml", "mkdocs.offline.yml"):
        result = subprocess.run([sys.executable, "-m", "generator.speed.sitebuild", "-f", config],
                                cwd=work, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    return work, archive


@pytest.fixture(scope="module")
def server(builds):
    work, _ = builds
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(work / "site"))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()


def article_with_author(archive):
    return next(i for p in archive.pages for i in p.items if i.authors and i.kind == "article")


def test_article_page_shows_metadata_and_citations(builds, server, browser):
    _, archive = builds
    item = article_with_author(archive)
    page = browser.new_page()
    page.goto(f"{server}articles/{item.id}/")
    assert headline(page) == item.title
    assert item.authors[0] in page.locator(".archive-meta").inner_text()
    citations = page.locator(".archive-citation__text").all_inner_texts()
    assert len(citations) == 4 and all(item.title in c for c in citations)
    assert "[引用日期]" not in citations[1], "the online citation carries the reader's access date"
    assert page.locator('meta[name="citation_title"]').get_attribute("content") == item.title
    page.close()


def test_an_untitled_photo_is_cited_by_its_meta_title_with_its_photographer(builds, server, browser):
    _, archive = builds
    item = next(i for p in archive.pages for i in p.items if i.kind == "photo" and not i.title and i.photographers)
    title = cited_title(export_record(item))
    page = browser.new_page()
    page.clock.set_fixed_time("2030-01-02T10:00:00")
    page.goto(f"{server}articles/{item.id}/")
    assert page.locator('meta[name="citation_title"]').get_attribute("content") == title
    assert page.locator('meta[name="citation_author"]').evaluate_all("m => m.map(x => x.content)") == list(item.photographers)
    citations = page.locator(".archive-citation__text").all_inner_texts()
    assert all(title in c for c in citations) and all(item.photographers[0] in c for c in citations)
    assert "[2030-01-02]. " in citations[1]
    assert "图片本身未存档" in page.locator(".md-content").inner_text()
    page.close()


def test_paragraph_link_lands_on_its_paragraph(builds, server, browser):
    _, archive = builds
    item = article_with_author(archive)
    page = browser.new_page()
    page.goto(f"{server}articles/{item.id}/#p3")
    assert page.evaluate("document.querySelector(':target') && document.querySelector(':target').id") == "p3"
    assert page.locator("#p3 .archive-para-link").count() == 1
    page.close()


def test_home_page_leads_through_page_listings_to_every_article(builds, server, browser):
    """The home page lists every page by its name; each page listing links each of its items in printed order."""
    _, archive = builds
    page = browser.new_page()
    page.goto(server)
    listings = page.locator("article a[href*='pages/']")
    assert listings.count() == len(archive.pages)
    for printed in archive.pages:
        page.goto(server)
        page.locator(f"article a[href*='pages/{printed.raw.file.removesuffix('.txt')}']").click()
        page.wait_for_load_state()
        hrefs = page.locator("article table a[href*='articles/']").evaluate_all(
            "links => links.map(a => a.getAttribute('href'))")
        assert [href.rstrip("/").rsplit("/", 1)[-1] for href in hrefs] == [item.id for item in printed.items]
    page.locator("article table a[href*='articles/']").first.click()
    page.wait_for_load_state()
    assert "/articles/" in page.url and page.locator("h1").count() >= 1
    page.close()


@pytest.mark.parametrize("where", ["http", "file"])
def test_citation_downloads_save_the_citation(builds, server, browser, where):
    """Each download link saves its citation under the article's id, over HTTP and from file://."""
    work, archive = builds
    item = article_with_author(archive)
    record = export_record(item)
    page = browser.new_page(accept_downloads=True)
    page.clock.set_fixed_time("2030-01-02T10:00:00")  # the reader's day, filled in as the access date
    offline = (work / "offline" / "site").resolve()
    page.goto(f"{server}articles/{item.id}/" if where == "http" else (offline / "articles" / f"{item.id}.html").as_uri())
    expected = {f"{item.id}.{kind}": fill_access_date(text, kind, "2030-01-02")
                for kind, text in (("bib", bibtex(record)), ("ris", ris(record)), ("json", csl_json(record)))}
    saved = {}
    for label in ("BibTeX", "RIS", "CSL-JSON"):
        with page.expect_download() as download:
            page.locator(".archive-downloads a", has_text=label).click()
        saved[download.value.suggested_filename] = Path(download.value.path()).read_bytes().decode("utf-8")
    assert saved == expected
    page.close()


def test_offline_copy_makes_no_request_outside_the_copy(builds, browser):
    work, archive = builds
    item = article_with_author(archive)
    requests = []
    page = browser.new_page()
    page.on("request", lambda request: requests.append(request.url))
    root = (work / "offline" / "site").resolve()
    page.goto((root / "articles" / f"{item.id}.html").as_uri())
    page.wait_for_load_state("networkidle")
    assert headline(page) == item.title
    page.locator("a[href$='index.html']").first.click()
    page.wait_for_load_state("networkidle")
    outside = [url for url in requests if not url.startswith(root.as_uri()) and not url.startswith("data:")]
    assert not outside, outside
    page.close()


# What sticks out past the right edge of the screen, or scrolls sideways inside the page (Material
# puts a plain table in a box that scrolls: the document itself then never does), with every
# <details> open so that what it holds is measured too.
OVERFLOW = """() => {
  document.querySelectorAll('details').forEach(d => { d.open = true; });
  const found = [];
  for (const e of document.querySelectorAll('body *')) {
    const box = e.getBoundingClientRect(), style = getComputedStyle(e);
    if (!box.width || !box.height || style.visibility === 'hidden') continue;
    const name = e.tagName.toLowerCase() + (e.className ? '.' + e.className : '');
    if (box.left < innerWidth && box.right > innerWidth + 0.5) found.push(name + ' ends at ' + box.right);
    else if (/auto|scroll/.test(style.overflowX) && e.scrollWidth > e.clientWidth + 1) found.push(name + ' scrolls sideways');
  }
  return found;
}"""


def phone_pages(archive) -> dict[str, str]:
    """One page of each kind, by its Markdown source (index.md …; 404.html is the theme's own)."""
    item = article_with_author(archive)
    topic = item.meta.topics[0]
    return {"home": "index.md", "article": f"articles/{item.id}.md", "search": "search.md?q=经济",
            "topic": f"topics/{slug(topic)}.md", "place": "places/510000.md", "author": f"authors/{slug(item.authors[0])}.md",
            "date month": "dates/2024-06.md", "date day": "dates/2024-06-22.md", "page view": "pages/004_ea90497b5cb0cfb5.md",
            "newspaper": f"newspapers/{slug('重庆日报')}.md", "newspapers": "newspapers/index.md", "topics": "topics/index.md",
            "authors": "authors/index.md", "people": "people/index.md",
            "person": f"people/{slug(mentioned_person(archive))}.md", "data": "data.md", "404": "404.html"}


def mentioned_person(archive) -> str:
    return min(name for page in archive.pages for item in page.items for name in item.meta.people)


def address(source: str, work: Path, server: str, where: str) -> str:
    """Where a reader opens a page: its directory URL on the public site, its .html file offline."""
    path, _, query = source.partition("?")
    query = f"?q={quote(query[2:])}" if query else ""
    if where == "file":
        return (work / "offline" / "site" / path.replace(".md", ".html")).resolve().as_uri() + query
    url = path if path.endswith(".html") else re.sub(r"(^|/)index/$", r"\1", path.removesuffix(".md") + "/")
    return server + url + query


@pytest.mark.parametrize("where", ["http", "file"])
@pytest.mark.parametrize("kind", ["home", "article", "search", "topic", "place", "author", "date month", "date day",
                                  "page view", "newspaper", "newspapers", "topics", "authors", "people", "person",
                                  "data", "404"])
def test_every_kind_of_page_fits_a_phone_screen(builds, server, browser, kind, where):
    """At 390×844 nothing needs sideways scrolling: not the page, not a box inside it; public and offline."""
    work, archive = builds
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(address(phone_pages(archive)[kind], work, server, where))
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").count() >= 1
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert page.evaluate(OVERFLOW) == []
    page.close()


def test_calendar_day_with_items_is_on_a_phone_screen(builds, server, browser):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(f"{server}dates/2024-06/")
    day = page.locator("article table a", has_text="22")
    box = day.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390
    day.click()
    page.wait_for_load_state()
    assert page.url.endswith("dates/2024-06-22/")
    assert page.locator("h1").inner_text().startswith("2024年6月22日 星期六")
    page.close()


def test_permalink_line_is_not_spread_across_the_phone_screen(builds, server, browser):
    """The label "永久链接：" keeps its letters together when the link beside it wraps."""
    _, archive = builds
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(f"{server}articles/{article_with_author(archive).id}/")
    width, size = page.locator(".archive-permalink").evaluate(
        "p => { const range = document.createRange(); range.setStart(p.firstChild, 0); range.setEnd(p.firstChild, 5);"
        " return [range.getBoundingClientRect().width, parseFloat(getComputedStyle(p).fontSize)]; }")
    assert page.locator(".archive-permalink").evaluate("p => p.firstChild.textContent.slice(0, 5)") == "永久链接："
    assert width <= 5.5 * size
    page.close()
