"""The same docs/ and theme overrides built by Zensical (generator/tools/zensicalbuild.py) beside
MkDocs' build: every page MkDocs makes, every link resolving and nothing from another host, and
the offline copy's articles and search working from file:// in a real browser.

Skipped when Zensical is not installed (`make test` installs it: the `zensical` extra).
"""
import json
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote
from xml.etree import ElementTree

import pytest

from .conftest import NO_CHROMIUM, NO_ZENSICAL, ROOT, SEEDS

pytest.importorskip("zensical", reason=NO_ZENSICAL)

from generator.publish.citations import citation_texts, site_url  # noqa: E402
from generator.tools.linkcheck import Checker, source_urls  # noqa: E402
from generator.speed.run import generate  # noqa: E402
from generator.publish.pages import export_record  # noqa: E402

from .test_browser import CHROMIUM, browser, headline  # noqa: E402, F401  (the shared Chromium fixture)
from .test_search import expected  # noqa: E402
from .test_search_browser import outside, shown_ids  # noqa: E402

SITES = {"public": "site-zensical", "offline": "offline/site-zensical"}


def run(work: Path, *command: str) -> None:
    result = subprocess.run([sys.executable, "-m", *command], cwd=work, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    work = tmp_path_factory.mktemp("zensical")
    shutil.copytree(SEEDS, work / "seeds")
    archive = generate(work / "seeds", work / "docs")
    for name in ("mkdocs.yml", "mkdocs.offline.yml"):
        shutil.copy(ROOT / name, work / name)
    (work / "theme_overrides").symlink_to(ROOT / "theme_overrides")
    run(work, "generator.tools.zensicalbuild", "-f", "mkdocs.yml", "-d", SITES["public"])
    run(work, "generator.tools.zensicalbuild", "-f", "mkdocs.offline.yml", "-d", SITES["offline"])
    run(work, "generator.speed.sitebuild", "-f", "mkdocs.yml")  # MkDocs' site/, to compare with
    return work, archive


def html_pages(folder: Path) -> set[str]:
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*.html") if "assets" not in path.parts}


def test_zensical_builds_every_page_mkdocs_builds(sites):
    work, archive = sites
    built = html_pages(work / SITES["public"])
    assert built == html_pages(work / "site")
    items = {item.id for page in archive.pages for item in page.items}
    assert {f"articles/{id}/index.html" for id in items} <= built
    # online, search.html only forwards to search/; offline it is the search page itself
    assert "search.html" in built and "search/index.html" in built
    assert len(html_pages(work / SITES["offline"])) == len(built) - 1
    assert (work / SITES["offline"] / "search.html").is_file()


@pytest.mark.parametrize("which", SITES)
def test_zensical_sites_pass_the_link_checker(sites, which):
    work, _ = sites
    report = Checker(work / SITES[which], site_url(), source_urls(work / "seeds")).run()
    assert report.problems == []
    assert report.pages > 100


def sitemap(folder: Path) -> set[tuple[str, str | None]]:
    spaces = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ElementTree.parse(folder / "sitemap.xml").getroot()
    return {(url.findtext("s:loc", namespaces=spaces), url.findtext("s:lastmod", namespaces=spaces))
            for url in root.findall("s:url", spaces)}


def test_the_sitemap_lists_what_mkdocs_lists(sites):
    work, _ = sites
    assert sitemap(work / SITES["public"]) == sitemap(work / "site")


def test_citations_are_shown_in_their_order(sites):
    work, archive = sites
    item = next(i for p in archive.pages for i in p.items if i.kind == "article")
    text = (work / SITES["public"] / "articles" / item.id / "index.html").read_text(encoding="utf-8")
    shown = [part.split("</div>", 1)[0] for part in text.split('<div class="archive-citation__style">')[1:]]
    assert shown == list(citation_texts(export_record(item)))


@pytest.mark.skipif(CHROMIUM is None, reason=NO_CHROMIUM)
def test_the_offline_zensical_copy_reads_and_searches_from_file(sites, browser):  # noqa: F811
    """From file://: an article with its citations in order, and the search page finding exactly
    the articles that hold a phrase, with no request leaving the copy."""
    work, archive = sites
    root = (work / SITES["offline"]).resolve()
    records = [json.loads(line) for line in (work / "docs" / "data" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    item = next(i for p in archive.pages for i in p.items if i.kind == "article" and i.authors)
    requests = []
    page = browser.new_page()
    page.on("request", lambda request: requests.append(request.url))
    page.clock.set_fixed_time("2030-01-02T10:00:00")
    page.goto((root / "articles" / f"{item.id}.html").as_uri())
    assert headline(page) == item.title
    assert page.locator(".archive-citation__style").all_inner_texts() == list(citation_texts(export_record(item)))
    assert "[2030-01-02]" in page.locator(".archive-citation__text").all_inner_texts()[1]
    for query in ("双城经济圈", '"数字经济"', "碳达峰 试点"):
        page.goto(f"{(root / 'search.html').as_uri()}?q={quote(query)}")
        assert set(shown_ids(page)) == expected(records, query) != set(), query
    assert not outside(requests, root.as_uri()), outside(requests, root.as_uri())
    page.close()


def test_a_warning_fails_the_build_and_leaves_the_last_site(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# 首页\n\n[无此页](nowhere.md)\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: t\nstrict: true\n", encoding="utf-8")
    (tmp_path / "site-zensical").mkdir()
    (tmp_path / "site-zensical" / "index.html").write_text("last build", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "generator.tools.zensicalbuild"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 1 and "site-zensical is as it was" in result.stderr
    assert (tmp_path / "site-zensical" / "index.html").read_text(encoding="utf-8") == "last build"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".archive.lock", ".cache", "docs", "mkdocs.yml", "site-zensical"]
