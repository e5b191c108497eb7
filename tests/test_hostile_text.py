"""Hostile text is shown as text: on the built page, in its title and meta tags, in the
citations, the feed and the export; nothing in it is ever interpreted.

tests/pages/hostile.txt holds HTML tags, <script>, javascript: links, Markdown (# * | [x](y)
---), Jinja and MkDocs syntax ({{ }}, {% %}), zero-width, bidi and control characters; its
sidecar and corrections give YAML-breaking titles, kickers and names. The page goes through
the whole pipeline and a strict `mkdocs build`, and the built HTML is checked with a parser.
"""
import base64
import csv
import html
import io
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from generator.publish.citations import site_url
from generator.tools.linkcheck import CITATION_DOWNLOAD, Checker, source_urls
from generator.speed.run import generate

from .conftest import ROOT

PAGES = Path(__file__).parent / "pages"
TITLE = "- 标题: \"引号\" 'x' # 不是注释 </title><script>alert(10)</script>"  # from hostile.corrections.yml
SUBTITLE = "<p>副题</p> &amp; ]]> {{ page }}"
AUTHORS = ["王五 & {{ x }}", "赵六\" onmouseover=\"alert(11)"]
NEWSPAPER = "重庆日报: \"号外\" {{ config.site_name }} & 'x' # 不是注释"
SECTION = "{% raw %}要闻 | 第一版 [点我](javascript:alert(14)) *强调*"
# Printed text of the first item, each a piece that some layer would interpret if unescaped.
BODY = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "[点击这里](javascript:alert(3))",
    '<a href="javascript:alert(4)">链接</a>',
    "<https://evil.example/autolink>",
    "{% raw %} {{ page.title }} {% endraw %}",
    "&lt;b&gt;实体&lt;/b&gt; &amp; `代码` _强调_ **粗体** {: #evil onclick=\"alert(5)\" }",
    "零宽\u200b字符\u200c和\u200d控制字符\u2407测试，\u202e反向文字\u202c继续正文内容。</p></div><script>alert(6)</script>",
]
BODY_2 = [
    '<iframe src="https://evil.example/"></iframe><style>body{display:none}</style>',
    "{{ '<script>alert(7)</script>' | safe }} {% include 'base.html' %} ${alert(8)}",
]
# Elements and attributes the theme itself uses; hostile text must add none.
ELEMENTS = {"a", "article", "body", "button", "code", "details", "div", "footer", "form", "h1", "h2", "head", "header",
            "hr", "html", "input", "label", "li", "link", "main", "meta", "nav", "ol", "p", "path", "pre", "script",
            "section", "span", "strong", "summary", "svg", "table", "tbody", "td", "th", "thead", "title", "tr", "ul",
            # the browse pages' charts (generator/publish/charts.py)
            "figure", "desc", "g", "rect", "text", "line"}


class Page(HTMLParser):
    """Elements, attributes, visible text, <title> and inline scripts of one HTML file."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.elements, self.attributes, self.scripts, self.metas = [], [], [], {}
        self.text, self.title, self.stack = [], "", []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.elements.append(tag)
        self.attributes += [(tag, name, value or "") for name, value in attrs]
        attrs = dict(attrs)
        if tag == "meta" and "name" in attrs:
            self.metas.setdefault(attrs["name"], []).append(attrs.get("content", ""))
        if tag not in ("meta", "link", "input", "img", "br", "hr", "path"):
            self.stack.append((tag, attrs))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        tag, attrs = self.stack[-1] if self.stack else ("", {})
        if tag == "script":
            self.scripts.append((attrs.get("type", ""), data))
        elif tag == "title":
            self.title += data
        else:
            self.text.append(data)

    @property
    def visible(self) -> str:
        return "".join(self.text)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    work = tmp_path_factory.mktemp("hostile")
    (work / "in").mkdir()
    for path in PAGES.glob("hostile*"):
        shutil.copy(path, work / "in" / path.name)
    archive = generate(work / "in", work / "docs")
    assert not archive.skipped
    assert archive.notes == ["hostile.txt:16: control character U+0007 shown as \u2407"]
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    (work / "theme_overrides").symlink_to(ROOT / "theme_overrides")
    result = subprocess.run([sys.executable, "-m", "generator.speed.sitebuild"], cwd=work, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in (work / "docs/data/articles.jsonl").read_text(encoding="utf-8").splitlines()]
    return work, records


def record_titled(records, title):
    [record] = [r for r in records if r["title"] == title]
    return record


def test_no_page_of_the_site_gains_an_element_attribute_or_script(hostile_site):
    work, _ = hostile_site
    pages = sorted((work / "site").rglob("*.html"))
    assert len(pages) > 10
    for path in pages:
        page = Page(path.read_text(encoding="utf-8"))
        where = path.relative_to(work / "site")
        assert set(page.elements) <= ELEMENTS, (where, set(page.elements) - ELEMENTS)
        for tag, name, value in page.attributes:
            assert not name.startswith("on") and name not in ("style", "srcdoc", "formaction"), (where, tag, name)
            scripted = re.match(r"\s*(javascript|data|vbscript):", value, re.I) and not CITATION_DOWNLOAD.fullmatch(value)
            assert not (tag == "a" and name == "href" and scripted), where  # a citation download is base64 text
            assert "evil.example" not in value or name == "content", (where, tag, name, value)
            assert not (name == "id" and value == "evil"), where
        for kind, script in page.scripts:
            if kind == "application/ld+json":
                json.loads(script)
                assert "</" not in script and "<" not in script, where
            else:
                assert "alert(" not in script, (where, script[:200])


def test_the_article_page_shows_every_hostile_piece_as_text(hostile_site):
    work, records = hostile_site
    first = records[0]
    page = Page((work / "site" / first["url"] / "index.html").read_text(encoding="utf-8"))
    text = page.visible
    for piece in BODY:
        assert piece in text, piece
    assert "# 不是标题" in text.replace("#不是标题", "# 不是标题") and "---" in text
    raw = (work / "site" / first["url"] / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in raw


def test_the_corrected_title_is_text_in_title_header_meta_citations_and_json_ld(hostile_site):
    work, records = hostile_site
    record = record_titled(records, TITLE)
    assert record["subtitle"] == SUBTITLE and record["authors"][:2] == AUTHORS
    page = Page((work / "site" / record["url"] / "index.html").read_text(encoding="utf-8"))
    assert page.title.strip() == f"{TITLE} - 报纸数字档案"
    cited = f"{TITLE}: {SUBTITLE}"  # the title as the citations give it, subtitle included
    assert page.metas["citation_title"] == [cited] and page.metas["DC.title"] == [cited]
    assert page.metas["citation_author"][:2] == AUTHORS
    assert page.metas["citation_journal_title"] == [NEWSPAPER]
    assert page.visible.count(TITLE) >= 4 + 1  # four citations and the heading (and the header)
    assert SUBTITLE in page.visible and SECTION in page.visible
    [ld] = [json.loads(s) for kind, s in page.scripts if kind == "application/ld+json"]
    assert ld["headline"] == TITLE and [a["name"] for a in ld["author"]][:2] == AUTHORS
    for piece in BODY_2:
        assert piece in page.visible


def test_front_matter_is_valid_yaml_with_escaped_text(hostile_site):
    work, records = hostile_site
    record = record_titled(records, TITLE)
    text = (work / "docs" / "articles" / f"{record['id']}.md").read_text(encoding="utf-8")
    meta = yaml.safe_load(text.split("---\n")[1])
    assert html.unescape(meta["title"]) == TITLE and "<" not in meta["title"]
    assert [html.unescape(a) for a in meta["authors"]][:2] == AUTHORS
    assert meta["jsonld"]["headline"] == TITLE  # dumped by the template with tojson


def test_the_export_holds_the_printed_text_exactly(hostile_site):
    work, records = hostile_site
    first = records[0]
    for piece in BODY:
        assert piece.replace("\u2407", "\u2407") in first["body"]
    assert "\x07" not in first["body"]
    assert record_titled(records, TITLE)["newspaper"] == NEWSPAPER
    rows = list(csv.DictReader(io.StringIO((work / "docs/data/articles.csv").read_text(encoding="utf-8"))))
    assert [row["body"] for row in rows] == [r["body"] for r in records]
    assert [row["title"] for row in rows] == [r["title"] for r in records]


def downloads_of(page: Path) -> dict[str, str]:
    """File name → text of each citation download (`<a download>` with a data: URL) on a built page."""
    found = {}
    for name, url in re.findall(r'<a download="([^"]+)" href="([^"]+)"', page.read_text(encoding="utf-8")):
        found[html.unescape(name)] = base64.b64decode(html.unescape(url).split(";base64,", 1)[1]).decode("utf-8")
    return found


def test_citation_downloads_and_feed_hold_the_text(hostile_site):
    work, records = hostile_site
    record = record_titled(records, TITLE)
    cite = downloads_of(work / "site" / "articles" / record["id"] / "index.html")
    assert sorted(cite) == sorted(f"{record['id']}.{ext}" for ext in ("bib", "json", "ris"))
    [csl] = json.loads(cite[f"{record['id']}.json"])
    assert csl["title"].startswith(TITLE) and [a["literal"] for a in csl["author"]][:2] == AUTHORS
    ris = cite[f"{record['id']}.ris"].split("\r\n")
    assert all(re.match(r"[A-Z][A-Z0-9]  - ", line) for line in ris if line), ris
    assert f"TI  - {TITLE}: {SUBTITLE}" in ris
    bib = cite[f"{record['id']}.bib"]
    assert bib.replace("\\{", "").replace("\\}", "").count("{") == bib.replace("\\{", "").replace("\\}", "").count("}")
    feed = ET.parse(work / "site" / "feed.xml").getroot()
    titles = [e.text for e in feed.iter("{http://www.w3.org/2005/Atom}title")]
    assert TITLE in titles
    ET.parse(work / "site" / "sitemap.xml")


def test_every_file_name_stays_inside_docs_and_site(hostile_site):
    work, _ = hostile_site
    for root in (work / "docs", work / "site"):
        for path in root.rglob("*"):
            relative = path.relative_to(root).as_posix()
            assert re.fullmatch(r"[\w.\-/]+", relative), relative
            assert path.resolve().is_relative_to(root.resolve())


def test_a_heading_title_stays_text_in_the_html_title(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# 首页\n", encoding="utf-8")
    (tmp_path / "docs" / "x.md").write_text("# 标题 &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;\n",
                                            encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"\nnav:.*?\n(?=\S)", "\nnav:\n  - index.md\n", config, flags=re.S)
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    (tmp_path / "theme_overrides").symlink_to(ROOT / "theme_overrides")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site" / "x" / "index.html").read_text(encoding="utf-8")
    page = Page(html)
    assert not [s for kind, s in page.scripts if "alert(1)" in s]
    assert "<title>标题 &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; - " in html, "shown as text"


def test_hostile_links_add_no_host_and_break_no_link(hostile_site):
    work, _ = hostile_site
    report = Checker(work / "site", site_url(), source_urls(PAGES)).run()
    assert report.problems == []
