"""WCAG 2.1 AA in a real browser: axe-core (npm, pinned in package.json, installed by `make test`
with `npm ci`) run on one page of each kind, light and dark; and the paragraph links, which a
reader must be able to use by touch and keyboard, and which copying text must leave out.

The public build is served under /archive/, its path on site_url, so that the 404 page (whose
links MkDocs makes absolute from site_url) loads its styles as it does on the public site.
"""
import functools
import http.server
import threading

import pytest

from generator.publish.browse import slug

from .conftest import ROOT
from .test_browser import CHROMIUM, article_with_author, browser, builds  # noqa: F401  (shared fixtures)

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
needs_axe = pytest.mark.skipif(
    not AXE.exists(), reason="AXE-CORE MISSING: the WCAG checks did NOT run; install it with `npm ci` (make test does, where npm exists)")


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def public(builds):
    """The public build at http://127.0.0.1:PORT/archive/, as on site_url."""
    work, _ = builds
    root = work / "served"
    root.mkdir(exist_ok=True)
    if not (root / "archive").exists():
        (root / "archive").symlink_to(work / "site")
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/archive/"
    httpd.shutdown()


def kinds(archive) -> dict[str, str]:
    item = article_with_author(archive)
    return {"home": "", "article": f"articles/{item.id}/", "search": "search/?q=%E7%BB%8F%E6%B5%8E",
            "topic": f"topics/{slug(item.meta.topics[0])}/", "place": "places/510000/",
            "date": "dates/2024-06/", "day": "dates/2024-06-22/", "dates": "dates/", "people": "people/", "newspaper": f"newspapers/{slug('重庆日报')}/", "page view": "pages/004_ea90497b5cb0cfb5/", "404": "404.html"}


def axe_violations(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""() => axe.run(document, {runOnly: {type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, rules: {'link-in-text-block': {enabled: true}}})""")
    return [f"{v['id']}: {v['help']} — " + "; ".join(
        f"{' '.join(n['target'])} {n['failureSummary'].splitlines()[-1].strip()}" for n in v["nodes"][:4])
        for v in result["violations"]]


@needs_axe
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", ["home", "article", "search", "topic", "place", "date", "day", "dates", "newspaper",
                                  "page view", "people", "404"])
def test_every_kind_of_page_meets_wcag_aa(builds, public, browser, kind, scheme):
    _, archive = builds
    page = browser.new_page(color_scheme=scheme)
    page.goto(public + kinds(archive)[kind])
    page.wait_for_load_state("networkidle")
    if kind == "search":
        page.locator("[data-search-results] li").first.wait_for()
        page.locator("[data-search-open-filters]").click()  # the filters, as a reader opens them
        page.locator("[data-search-filters] select").first.wait_for()
        # 显示更多结果 shows only past a page of results: checked as if shown.
        page.evaluate("document.querySelector('[data-search-more]').hidden = false")
    expected = "slate" if scheme == "dark" else "default"
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected
    found = axe_violations(page)
    assert not found, "\n".join(found)
    page.close()


def article_page(builds, public, browser, **options):
    _, archive = builds
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"], **options)
    page = context.new_page()
    page.goto(f"{public}articles/{article_with_author(archive).id}/")
    page.wait_for_load_state("networkidle")
    return context, page


def test_copying_article_text_copies_only_the_text(builds, public, browser):
    """Select the headline through the last paragraph and copy: no ¶ from the heading or paragraph links."""
    context, page = article_page(builds, public, browser)
    page.evaluate("""() => { const range = document.createRange(), ps = document.querySelectorAll("p[id^='p']");
        range.setStartBefore(document.querySelector('article h1')); range.setEndAfter(ps[ps.length - 1]);
        getSelection().removeAllRanges(); getSelection().addRange(range); }""")
    page.keyboard.press("Control+C")
    copied = page.evaluate("navigator.clipboard.readText()")
    paragraph = page.locator("#p1").evaluate("p => p.firstChild.textContent.trim()")
    assert paragraph[:20] in copied and page.locator("#p3").count() == 1
    assert "¶" not in copied and "已复制" not in copied
    context.close()


def test_paragraph_links_are_named_and_big_enough_to_touch(builds, public, browser):
    """Every paragraph link is named 本段链接 and is a target of at least 24×24 px, shown on touch screens."""
    context, page = article_page(builds, public, browser, has_touch=True, is_mobile=True,
                                 viewport={"width": 390, "height": 844})
    assert page.evaluate("matchMedia('(hover: none)').matches")
    links = page.locator(".archive-para-link")
    assert links.count() == page.locator("p[id^='p']").count() >= 3
    assert page.get_by_role("link", name="本段链接", exact=True).count() == links.count()
    link = page.locator("#p3 .archive-para-link")
    link.scroll_into_view_if_needed()
    box = link.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24
    assert link.evaluate("a => getComputedStyle(a).opacity") == "1"
    link.tap()
    assert page.evaluate("location.hash") == "#p3"
    assert page.evaluate("navigator.clipboard.readText()").endswith("#p3")
    context.close()


def test_paragraph_link_is_reached_and_used_by_keyboard(builds, public, browser):
    """Tab reaches a paragraph link, shows it, and Enter copies the paragraph's address."""
    context, page = article_page(builds, public, browser)
    for _ in range(300):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('archive-para-link')"):
            break
    focused = page.locator(".archive-para-link:focus")
    assert focused.count() == 1
    assert focused.evaluate("a => getComputedStyle(a).opacity") == "1"
    paragraph = focused.evaluate("a => a.parentNode.id")
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == f"#{paragraph}"
    assert page.evaluate("navigator.clipboard.readText()").endswith(f"#{paragraph}")
    context.close()
