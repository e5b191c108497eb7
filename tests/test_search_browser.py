"""Search in a real browser (Debian's Chromium through Playwright): the public build over HTTP at
search/?q=…, the offline copy over file:// at search.html?q=…

The archive is the seed pages plus one crafted page whose text holds markup (a <script> element
and an <img> with an onerror handler written into the article): it must show as text. For every
query of tests/test_search.py the links in [data-search-results] must be exactly the articles
that contain the query (recall and precision 1.0), in the order the Python twin of search.js
ranks them, and no request may leave the site. The index is built with a low threshold for a
key's own file (HEAVY_KEY), so that common bigrams such as 经济 and 地区 come from search/keys/
and the choice of the cheapest bigram chain is exercised as it is in a large archive; and with a
small TAIL_STEP, so that the index has a base and a tail level, whose lists a query joins.
"""
import functools
import http.server
import json
import re
import resource
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import quote

import pytest

from generator.archive.labels import KIND_LABELS
from generator.publish.search import folding, index as search_index, shards
from generator.speed.run import generate

from generator.tools import search_twin as twin
from .conftest import NO_CHROMIUM, ROOT, SEEDS
from .test_browser import CHROMIUM, browser  # noqa: F401  (the shared Chromium fixture)
from .test_search import QUERIES, expected

LIMITED = resource.getrlimit(resource.RLIMIT_AS)[0] not in (resource.RLIM_INFINITY, -1)
pytestmark = [pytest.mark.skipif(CHROMIUM is None, reason=NO_CHROMIUM),
              pytest.mark.skipif(LIMITED, reason="Chromium does not start under a virtual memory limit (ulimit -v)")]
HOSTILE = "<script>window.__pwned = 1</script>"
HOSTILE_IMG = "<img src=x onerror=\"window.__pwned = 2\">"
ARTICLE = re.compile(r"articles/([0-9a-z]+)(?:/|\.html)(?:#search=[^#]*)?$")  # the fragment: the words to mark


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def crafted_page() -> str:
    text = (ROOT / "tests" / "pages" / "other_paper.txt").read_text(encoding="utf-8")
    return text.replace("二类。\n", f"二类。{HOSTILE}\n{HOSTILE_IMG}防注入测试。\n", 1)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    work = tmp_path_factory.mktemp("search-browser")
    shutil.copytree(SEEDS, work / "seeds")
    (work / "seeds" / "zz_crafted.txt").write_text(crafted_page(), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(shards, "HEAVY_KEY", 150)
        patch.setattr(search_index, "TAIL_STEP", 16)  # a base and a tail, as a large archive has
        generate(work / "seeds", work / "docs")
    assert len(list((work / "docs" / "search" / "keys").glob("*.js"))) >= 10
    for name in ("mkdocs.yml", "mkdocs.offline.yml"):
        shutil.copy(ROOT / name, work / name)
    (work / "theme_overrides").symlink_to(ROOT / "theme_overrides")
    for config in ("mkdocs.yml", "mkdocs.offline.yml"):
        result = subprocess.run([sys.executable, "-m", "generator.speed.sitebuild", "-f", config],
                                cwd=work, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    lines = (work / "docs" / "data" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    files = {p.relative_to(work / "docs").as_posix(): p.read_text(encoding="utf-8")
             for p in (work / "docs" / "search").rglob("*.js")}
    return work, records, files


@pytest.fixture(scope="module")
def server(site):
    work = site[0]
    handler = functools.partial(Quiet, directory=str(work / "site"))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


def offline_root(site) -> Path:
    return (site[0] / "offline" / "site").resolve()


def search_url(site, server, online: bool, query: str, extra: str = "") -> str:
    if online:
        return f"{server}search/?q={quote(query)}{extra}"
    return f"{(offline_root(site) / 'search.html').as_uri()}?q={quote(query)}{extra}"


def settled(page) -> None:
    page.wait_for_selector("[data-search-page]:is([data-search-state=done], [data-search-state=idle], "
                           "[data-search-state=error])", state="attached")
    assert page.get_attribute("[data-search-page]", "data-search-state") in ("done", "idle"), \
        page.locator("[data-search-status]").inner_text()


def open_filters(page) -> None:
    """Press 筛选与排序: the facets load and the filters take the button's place."""
    page.locator("[data-search-open-filters]").click()
    page.wait_for_selector("[data-search-filters] select")


def shown_ids(page) -> list[str]:
    """Every result, pressing 显示更多结果 until all are listed."""
    settled(page)
    more = page.locator("[data-search-more]")
    while more.is_visible():
        count = page.locator("[data-search-results] a").count()
        more.click()
        page.wait_for_function(f"document.querySelectorAll('[data-search-results] a').length > {count}")
        settled(page)
    hrefs = page.eval_on_selector_all("[data-search-results] a", "links => links.map(a => a.getAttribute('href'))")
    ids = []
    for href in hrefs:
        match = ARTICLE.search(href)
        assert match and not href.startswith(("/", "http", "file")), href  # relative, to an article
        ids.append(match.group(1))
    return ids


def outside(requests: list[str], root: str) -> list[str]:
    return [url for url in requests if not url.startswith(root) and not url.startswith("data:")]


@pytest.mark.parametrize("online", [True, False], ids=["http", "file"])
def test_every_query_finds_exactly_the_articles_that_contain_it(site, server, browser, online):  # noqa: F811
    _, records, files = site
    requests = []
    page = browser.new_page()
    page.on("request", lambda request: requests.append(request.url))
    figures = []
    for query in QUERIES:
        page.goto(search_url(site, server, online, query))
        got = shown_ids(page)
        want = expected(records, query)
        assert len(got) == len(set(got)), query
        right = len(set(got) & want)
        figures.append((query, len(want), len(got), right))
        assert set(got) == want, query
        assert got == twin.search(files, query), query  # the same ranking as the Python twin
        total = page.get_attribute("[data-search-page]", "data-search-total")
        assert total is None or int(total) == len(want)
    root = server if online else offline_root(site).as_uri()
    assert not outside(requests, root)
    assert any("/search/keys/" in url for url in requests) and any("/search/shards/" in url for url in requests)
    assert any("/search/tail/shards/" in url for url in requests)
    page.close()
    recall = sum(r for _, _, _, r in figures) / max(1, sum(w for _, w, _, _ in figures))
    precision = sum(r for _, _, _, r in figures) / max(1, sum(g for _, _, g, _ in figures))
    print(f"\n{'http' if online else 'file'}: {len(figures)} queries, recall {recall:.3f}, precision {precision:.3f}")
    assert recall == precision == 1.0


@pytest.mark.parametrize("online", [True, False], ids=["http", "file"])
def test_markup_in_an_article_is_shown_as_text(site, server, browser, online):  # noqa: F811
    _, records, _ = site
    page = browser.new_page()
    page.goto(search_url(site, server, online, "pwned"))
    ids = shown_ids(page)
    assert ids == [r["id"] for r in records if "__pwned" in r["body"]] and ids
    snippet = page.locator("[data-search-results] .archive-search__snippet").first.inner_text()
    assert "<script>" in snippet.replace(" ", "") or "<img" in snippet
    assert page.locator("[data-search-results] script, [data-search-results] img").count() == 0
    assert page.evaluate("window.__pwned") is None
    marks = page.locator("[data-search-results] mark").all_inner_texts()
    assert marks and all(m.lower() == "pwned" for m in marks)
    page.close()


@pytest.mark.parametrize("online", [True, False], ids=["http", "file"])
def test_header_box_opens_the_search_page(site, server, browser, online):  # noqa: F811
    _, records, _ = site
    article = next(r for r in records if "双城经济圈" in r["title"])
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    if online:
        page.goto(f"{server}articles/{article['id']}/")
    else:
        page.goto((offline_root(site) / "articles" / f"{article['id']}.html").as_uri())
    assert page.locator("form[role=search]").count() == 1  # one search box
    box = page.locator(".archive-header-search__input")
    box.fill("高竹新区")
    box.press("Enter")
    page.wait_for_load_state()
    assert re.search(r"search(/|\.html)\?q=", page.url)
    assert set(shown_ids(page)) == expected(records, "高竹新区")
    assert page.locator("[data-search-input]").input_value() == "高竹新区"
    assert page.locator(".archive-header-search").count() == 0  # the page's own box replaces it
    page.close()


def test_as_you_type_and_filters_update_the_address(site, server, browser):  # noqa: F811
    _, records, _ = site
    page = browser.new_page()
    page.goto(f"{server}search/")
    settled(page)
    assert page.locator("[data-search-results] a").count() == 0
    page.locator("[data-search-input]").press_sequentially("重庆 改革", delay=30)
    page.wait_for_function("new URLSearchParams(location.search).get('q') === '重庆 改革'")
    assert set(shown_ids(page)) == expected(records, "重庆 改革")
    assert page.locator("select[data-search-filter]").count() == 0  # until the reader asks for them
    open_filters(page)
    by_id = {r["id"]: r for r in records}
    paper = page.locator("select[data-search-filter=paper] option").nth(1).get_attribute("value")
    page.select_option("select[data-search-filter=paper]", paper)
    page.wait_for_function("new URLSearchParams(location.search).get('paper') !== null")
    filtered = shown_ids(page)
    assert filtered and set(filtered) == {i for i in expected(records, "重庆 改革") if by_id[i]["newspaper"] == paper}
    # the address reproduces the filtered list
    page.goto(page.url)
    assert shown_ids(page) == filtered
    page.close()


def test_no_hits_says_so(site, server, browser):  # noqa: F811
    page = browser.new_page()
    page.goto(search_url(site, server, True, "量子计算机"))
    assert shown_ids(page) == []
    assert "没有找到" in page.locator("[data-search-status]").inner_text()
    page.close()


@pytest.mark.parametrize("query", ["双城经济圈", "成渝地区双城经济圈", "重庆 四川 改革", "碳", "量子计算机"])
def test_the_browser_loads_what_the_payload_figures_count(site, browser, query):  # noqa: F811
    """search_payload_bytes (the benchmark's figure) names exactly the index files the page loads."""
    _, _, files = site
    root = offline_root(site)
    context = browser.new_context()
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{(root / 'search.html').as_uri()}?q={quote(query)}")
    settled(page)
    prefix = (root / "search").as_uri() + "/"
    loaded = {"search/" + url[len(prefix):] for url in requests if url.startswith(prefix)}
    assert loaded == set(twin.search_payload_bytes(files, query)["queries"][0]["files"])
    context.close()


def deep_term(records) -> tuple[dict, str, int]:
    """A four-character term first printed past the first text chunk of the longest article."""
    record = max(records, key=lambda r: len(folding.rest_text(r)))
    text = folding.fold(folding.units(folding.rest_text(record)))
    head = folding.fold(folding.units(folding.head_text(record)))
    for at in range(shards.TEXT_CHUNK + 200, len(text) - 4):
        term = text[at:at + 4]
        if re.fullmatch(r"[\u4e00-\u9fff]{4}", term) and text.find(term) == at and term not in head:
            return record, term, at
    raise AssertionError("no article of the seeds is long enough")


@pytest.mark.parametrize("online", [True, False], ids=["http", "file"])
def test_a_snippet_from_deep_in_a_long_article(site, server, browser, online):  # noqa: F811
    """The snippet shows and marks a term first printed in a later chunk of the text; the page
    loads that chunk (and what search_payload_bytes counts), not the text between."""
    _, records, files = site
    record, term, at = deep_term(records)
    page = browser.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(search_url(site, server, online, term))
    settled(page)
    result = page.locator("[data-search-results] li", has=page.locator(f"a[href*='{record['id']}']"))
    assert result.locator("mark").all_inner_texts() == [term]
    assert term in result.locator(".archive-search__snippet").inner_text()
    loaded = {"search/" + url.split("/search/", 1)[1] for url in requests if "/search/" in url and url.endswith(".js")}
    assert loaded == set(twin.search_payload_bytes(files, term)["queries"][0]["files"])
    assert any(path.endswith(f"-{at // shards.TEXT_CHUNK}.js") for path in loaded)
    page.close()


# --- search that never dead-ends (issue 22, item 5) ---------------------------------------------------

def notice(page) -> str:
    box = page.locator("[data-search-notice]")
    return box.inner_text() if box.is_visible() else ""


@pytest.mark.parametrize("online", [True, False], ids=["http", "file"])
def test_a_missed_phrase_shows_the_articles_holding_its_words(site, server, browser, online):  # noqa: F811
    """劳务输转 is printed as 劳务 … 输转: no article holds the phrase, so the articles holding both
    of its words (jieba's words, as the index marks them) are shown, labelled as such."""
    _, records, files = site
    assert not expected(records, "劳务输转") and expected(records, "劳务 输转")
    page = browser.new_page()
    page.goto(search_url(site, server, online, "劳务输转"))
    assert set(shown_ids(page)) == expected(records, "劳务 输转")
    assert notice(page) == "未找到完整短语，以下结果同时包含：劳务、输转"
    assert shown_ids(page) == twin.search(files, "劳务输转")
    page.goto(search_url(site, server, online, '"劳务输转"'))  # a quoted phrase still means the phrase
    assert shown_ids(page) == [] and "没有找到" in page.locator("[data-search-status]").inner_text()
    page.close()


@pytest.mark.parametrize("separator", ["，", "、", "；", "\u3000"], ids=["comma", "enumeration", "semicolon", "ideographic-space"])
def test_chinese_punctuation_between_terms_separates_them(site, server, browser, separator):  # noqa: F811
    _, records, files = site
    page = browser.new_page()
    page.goto(search_url(site, server, True, f"成渝{separator}重庆"))
    assert set(shown_ids(page)) == expected(records, "成渝 重庆") and expected(records, "成渝 重庆")
    assert shown_ids(page) == twin.search(files, f"成渝{separator}重庆")
    page.close()


@pytest.mark.parametrize("online", [True, False], ids=["http", "file"])
def test_traditional_characters_find_simplified_text(site, server, browser, online):  # noqa: F811
    _, records, files = site
    page = browser.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(search_url(site, server, online, "碳達峰"))
    assert set(shown_ids(page)) == expected(records, "碳达峰") and expected(records, "碳达峰")
    assert "已按简体字检索：碳达峰" in notice(page)
    assert any(url.endswith("/search/t2s.js") for url in requests)
    assert not outside(requests, server if online else offline_root(site).as_uri())
    page.close()


def test_a_minus_sign_excludes_the_articles_holding_the_word(site, server, browser):  # noqa: F811
    _, records, files = site
    page = browser.new_page()
    page.goto(search_url(site, server, True, "碳达峰 -试点"))
    want = expected(records, "碳达峰") - expected(records, "试点")
    assert set(shown_ids(page)) == want and want and want != expected(records, "碳达峰")
    assert "已排除含有以下词语的文章：试点" in notice(page)
    assert shown_ids(page) == twin.search(files, "碳达峰 -试点")
    page.goto(search_url(site, server, True, "-试点"))
    settled(page)
    assert "只有排除词" in page.locator("[data-search-status]").inner_text()
    page.close()


def test_a_filter_left_from_the_previous_query_is_cleared_in_one_click(site, server, browser):  # noqa: F811
    _, records, _ = site
    by_id = {r["id"]: r for r in records}
    papers_of = {q: {by_id[i]["newspaper"] for i in expected(records, q)} for q in ("重庆", "劳务 输转")}
    paper = sorted(papers_of["重庆"] - papers_of["劳务 输转"] - {""})[0]
    page = browser.new_page()
    page.goto(search_url(site, server, True, "重庆"))
    settled(page)
    open_filters(page)
    page.select_option("select[data-search-filter=paper]", paper)
    page.wait_for_function("new URLSearchParams(location.search).get('paper') !== null")
    box = page.locator("[data-search-input]")
    box.fill("劳务 输转")
    box.press("Enter")
    page.wait_for_function("new URLSearchParams(location.search).get('q') === '劳务 输转'")
    assert shown_ids(page) == []
    active = page.locator("[data-search-active]")
    assert active.is_visible() and paper in active.inner_text()
    page.locator("[data-search-clear]").click()
    page.wait_for_function("new URLSearchParams(location.search).get('paper') === null")
    assert set(shown_ids(page)) == expected(records, "劳务 输转")
    assert not active.is_visible()
    page.close()


def test_filters_by_kind_author_and_date_and_sorting_by_date(site, server, browser):  # noqa: F811
    _, records, files = site
    by_id = {r["id"]: r for r in records}
    hits = expected(records, "重庆")
    page = browser.new_page()
    kind = next(r["kind"] for r in records if r["id"] in hits and r["kind"] != "article")
    label = KIND_LABELS[kind]
    page.goto(search_url(site, server, True, "重庆", "&kind=" + quote(label)))
    assert set(shown_ids(page)) == {i for i in hits if by_id[i]["kind"] == kind}
    assert page.locator("select[data-search-filter=kind]").input_value() == label
    author = sorted(a for i in hits for a in by_id[i]["authors"])[0]
    page.goto(search_url(site, server, True, "重庆", "&author=" + quote(author)))
    assert set(shown_ids(page)) == {i for i in hits if author in by_id[i]["authors"]}
    dated = sorted(by_id[i]["date"] for i in hits if len(by_id[i]["date"]) == 10)
    low = dated[len(dated) // 2]
    page.goto(search_url(site, server, True, "重庆"))
    settled(page)
    open_filters(page)
    page.fill("input[data-search-filter=from]", low)
    page.wait_for_function("new URLSearchParams(location.search).get('from') !== null")
    assert set(shown_ids(page)) == {i for i in hits if by_id[i]["date"] >= low and len(by_id[i]["date"]) >= 7}
    for order in ("new", "old"):
        page.goto(search_url(site, server, True, "重庆", f"&sort={order}"))
        got = shown_ids(page)
        assert set(got) == hits and got == twin.search(files, "重庆", {"sort": order})
        days = [search_index.day_number(by_id[i]["date"]) for i in got if by_id[i]["date"]]
        assert days == sorted(days, reverse=order == "new") and len(set(days)) > 1
    page.close()


def test_the_public_site_answers_search_html_as_the_offline_copy_does(site, server, browser):  # noqa: F811
    _, records, _ = site
    page = browser.new_page()
    page.goto(f"{server}search.html?q={quote('高竹新区')}&paper=")
    assert set(shown_ids(page)) == expected(records, "高竹新区")
    assert page.locator("[data-search-input]").input_value() == "高竹新区"
    page.close()


@pytest.mark.parametrize("online", [True, False], ids=["http", "file"])
def test_a_result_opens_at_its_first_matching_paragraph_marked(site, server, browser, online):  # noqa: F811
    page = browser.new_page(viewport={"width": 1280, "height": 700})
    page.goto(search_url(site, server, online, "劳务输转"))
    settled(page)
    page.locator("[data-search-results] a").first.click()
    page.wait_for_selector(".archive-search-hit")
    first = page.evaluate("""() => [...document.querySelectorAll(".md-content p[id^='p']")]
        .find(p => p.textContent.includes("劳务") || p.textContent.includes("输转")).id""")
    hit = page.locator(".archive-search-hit")
    assert hit.get_attribute("id") == first
    assert set(hit.locator("mark").all_inner_texts()) <= {"劳务", "输转"} and hit.locator("mark").count()
    assert page.evaluate("location.hash") == f"#{first}"
    box = hit.bounding_box()
    assert 0 <= box["y"] < 700  # scrolled into view
    page.close()
