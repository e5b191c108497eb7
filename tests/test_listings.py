"""The browse pages' article lists pass through MkDocs as HTML, their links resolved as MkDocs
resolves a Markdown link, in both builds, and a link to nothing fails the build."""
import re
from html import escape

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from generator.publish import listings
from generator.publish.browse import entry

RECORD = {"id": "0123456789ab", "date": "2024-06-01", "newspaper": "四川日报", "kind": "brief",
          "title": "*不是强调* <b>也不是标签</b> [也不是链接](x.md)", "body": ""}


def site(tmp_path, listing: list[str], markdown_links: list[str], directory_urls: bool) -> str:
    docs = tmp_path / "docs"
    (docs / "articles").mkdir(parents=True, exist_ok=True)
    (docs / "topics").mkdir(exist_ok=True)
    (docs / "index.md").write_text("# 首页\n", encoding="utf-8")
    (docs / "articles" / "0123456789ab.md").write_text("# 文章\n", encoding="utf-8")
    (docs / "topics" / "t.md").write_text(
        "\n".join(["# 主题\n", *listing, "", *markdown_links, ""]), encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text(f"site_name: t\nuse_directory_urls: {str(directory_urls).lower()}\n"
                      "markdown_extensions: [generator.publish.listings]\n", encoding="utf-8")
    build(load_config(str(config), strict=True))
    out = tmp_path / "site" / ("topics/t/index.html" if directory_urls else "topics/t.html")
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize("directory_urls", [True, False])
def test_listing_links_resolve_as_markdown_links_do(tmp_path, directory_urls):
    html = site(tmp_path, listings.html_block(["<ul>", entry(RECORD), "</ul>"]),
                ["- [同一篇](../articles/0123456789ab.md)"], directory_urls)
    listing_href = re.search(r'<li>2024年6月1日 · 四川日报 · <a href="([^"]*)">', html).group(1)
    markdown_href = re.search(r'<a href="([^"]*)">同一篇</a>', html).group(1)
    assert markdown_href == ("../../articles/0123456789ab/" if directory_urls else "../articles/0123456789ab.html")
    assert listing_href == markdown_href
    # the printed title is text: nothing in it became emphasis, a tag or a link
    assert escape(RECORD["title"]) in html
    assert "<em>" not in html and "<b>" not in html


def test_a_listing_link_to_no_page_fails_the_build(tmp_path):
    missing = entry(dict(RECORD, id="ffffffffffff"))
    with pytest.raises(Abort):
        site(tmp_path, listings.html_block(["<ul>", missing, "</ul>"]), [], True)


def test_a_listing_left_open_is_markdown_s_to_handle(tmp_path):
    """No END line: the preprocessor keeps the lines as they were, nothing is dropped."""
    html = site(tmp_path, listings.html_block(["<ul>", entry(RECORD), "</ul>"])[:-1], [], True)
    assert "0123456789ab" in html
