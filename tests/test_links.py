"""Site integrity: the seed site, public and offline, has no broken link or anchor (paragraph
anchors included) and references no host but the public permalink; two builds are the same bytes.
"""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.publish.citations import site_url
from generator.tools.linkcheck import Checker, Report, main, source_urls
from generator.speed.run import generate

from .conftest import ROOT, SEEDS


def mkdocs(work: Path, *args: str) -> None:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "0", "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "generator.speed.sitebuild", *args], cwd=work, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    """The seed archive built both ways, as `make site` and `make offline` build it."""
    work = tmp_path_factory.mktemp("links")
    shutil.copytree(SEEDS, work / "seeds")
    generate(work / "seeds", work / "docs")
    for name in ("mkdocs.yml", "mkdocs.offline.yml"):
        shutil.copy(ROOT / name, work / name)
    (work / "theme_overrides").symlink_to(ROOT / "theme_overrides")
    mkdocs(work)
    mkdocs(work, "-f", "mkdocs.offline.yml")
    return work


@pytest.mark.parametrize("build", ["site", "offline/site"])
def test_the_seed_site_has_no_broken_link_anchor_or_foreign_host(sites, build):
    report = Checker(sites / build, site_url(), source_urls(SEEDS)).run()
    assert report.problems == []
    assert report.pages > 30 and report.links > 1000


@pytest.mark.parametrize("build", ["site", "offline/site"])
def test_the_command_line_checks_a_site(sites, build, capsys):
    assert main([str(sites / build), "--config", str(ROOT / "mkdocs.yml"), "--seeds", str(SEEDS)]) == 0
    assert "0 problems" in capsys.readouterr().err


@pytest.mark.parametrize("build, page", [("site", "articles/{id}/index.html"), ("offline/site", "articles/{id}.html")])
def test_every_paragraph_anchor_of_every_article_resolves(sites, seed_results, build, page):
    checker = Checker(sites / build, site_url())
    items = [i for r in seed_results.values() for i in r.page.items]
    report = Report()
    for item in items:
        paragraphs = sum(1 for b in item.body_blocks if b.kind not in ("heading", "continuation"))
        target = page.format(id=item.id)
        for n in range(1, paragraphs + 1):
            checker.check("index.html", 1, f"{target}#p{n}", report)
        checker.check("index.html", 1, f"{target}#p{paragraphs + 1}", report)
    assert len(report.problems) == len(items)  # only the paragraph after the last one is missing
    assert all("no id 'p" in problem for problem in report.problems)


def test_two_builds_are_the_same_bytes(sites, tmp_path):
    work = tmp_path / "again"
    work.mkdir()
    shutil.copytree(sites / "seeds", work / "seeds")
    generate(work / "seeds", work / "docs")
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    (work / "theme_overrides").symlink_to(ROOT / "theme_overrides")
    mkdocs(work)
    first = {p.relative_to(sites / "site"): p for p in (sites / "site").rglob("*") if p.is_file()}
    second = {p.relative_to(work / "site"): p for p in (work / "site").rglob("*") if p.is_file()}
    assert sorted(first) == sorted(second)
    assert [f for f in sorted(first) if first[f].read_bytes() != second[f].read_bytes()] == []


# --- the checker finds what it should ---------------------------------------------------------------

PAGE = """<!doctype html><html><head><link rel="stylesheet" href="../../style.css"></head><body>
<h1 id="top">t</h1><p id="p1">x</p><a name="old">x</a>
{links}
</body></html>"""


@pytest.fixture
def tiny_site(tmp_path):
    site = tmp_path / "site"
    (site / "articles" / "abc").mkdir(parents=True)
    (site / "articles" / "abc" / "index.html").write_text(PAGE.format(links=""), encoding="utf-8")
    (site / "style.css").write_text("a{background:url(data:image/png;base64,xx)} b{background:url('img/x.png')}",
                                    encoding="utf-8")
    (site / "img").mkdir()
    (site / "img" / "x.png").write_bytes(b"")

    def check(links: str, css: str | None = None, allowed=()):
        (site / "index.html").write_text(PAGE.format(links=links).replace("../../style.css", "style.css"), encoding="utf-8")
        if css is not None:
            (site / "style.css").write_text(css, encoding="utf-8")
        return [p.split(": ", 1)[1] for p in Checker(site, "https://example.github.io/archive/", allowed).run().problems]

    return check


def test_good_links_pass(tiny_site):
    assert tiny_site('<a href="articles/abc/">a</a> <a href="articles/abc/#p1">b</a> <a href="#top">c</a> '
                     '<a href="articles/abc/index.html#old">d</a> <a href="/archive/articles/abc/">e</a> '
                     '<a href="https://example.github.io/archive/articles/abc/">f</a> <a href="?q=1">g</a> '
                     '<img srcset="img/x.png 1x, img/x.png 2x"> <meta http-equiv="refresh" content="0; url=articles/abc/">'
                     '<a href="https://epaper.example.cn/node_3.htm">src</a>',
                     allowed=["https://epaper.example.cn/"]) == []


@pytest.mark.parametrize("link, problem", [
    ('<a href="articles/nope/">x</a>', "broken link 'articles/nope/': no file 'articles/nope/'"),
    ('<a href="articles/abc/#p2">x</a>', "link 'articles/abc/#p2': no id 'p2' in articles/abc/index.html"),
    ('<a href="#nowhere">x</a>', "link '#nowhere': no id 'nowhere' in index.html"),
    ('<a href="https://cdn.example.com/x.js">x</a>', "external host 'cdn.example.com'"),
    ('<script src="//fonts.googleapis.com/css"></script>', "external host 'fonts.googleapis.com'"),
    ('<a href="javascript:alert(1)">x</a>', "javascript: link"),
    ('<a href=" JavaScript:alert(1)">x</a>', "javascript: link"),
    ('<img src="data:image/png;base64,xx">', "data: link"),
    ('<a href="https://example.github.io/archive/articles/zzz/">x</a>', "permalink 'https://example.github.io/archive/"
                                                                        "articles/zzz/' names no page of the site"),
    ('<a href="../../outside.html">x</a>', "link '../../outside.html' leaves the site"),
    ('<a href="/other/x/">x</a>', "absolute link '/other/x/' outside the site's base '/archive/'"),
    ('<meta http-equiv="refresh" content="0; url=gone/">', "broken link 'gone/'"),
    ('<a href="mailto:x@example.com">x</a>', "link to another scheme 'mailto:x@example.com'"),
    ('<a href="https://epaper.example.cn/node_3.htm">x</a>', "external host 'epaper.example.cn'"),
], ids=["file", "fragment", "own-fragment", "host", "protocol-relative", "javascript", "javascript-case", "data",
        "permalink", "outside", "base", "refresh", "mailto", "source-not-allowed"])
def test_bad_links_are_reported(tiny_site, link, problem):
    [found] = tiny_site(link)
    assert found.startswith(problem), found


def test_stylesheets_are_checked(tiny_site):
    problems = tiny_site("", css="@import 'https://fonts.example/x.css'; a{background:url(missing.png)}")
    assert [p.split(" (")[0].split(": no file")[0] for p in problems] == ["external host 'fonts.example'",
                                                                          "broken link 'missing.png'"]


def test_sitemap_and_feed_addresses_are_permalinks(tiny_site, tmp_path):
    site = tmp_path / "site"
    (site / "sitemap.xml").write_text('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                      "<url><loc>https://example.github.io/archive/articles/abc/</loc></url>"
                                      "<url><loc>articles/abc/</loc></url></urlset>", encoding="utf-8")
    (site / "feed.xml").write_text('<feed xmlns="http://www.w3.org/2005/Atom"><link href="https://evil.example/"/>'
                                   "<summary>&lt;a href=\"javascript:x\"&gt;</summary></feed>", encoding="utf-8")
    assert sorted(tiny_site("")) == ["address 'articles/abc/' is not absolute",
                                     "external host 'evil.example' (https://evil.example/)"]
