"""Report a wrong cut (报告切分错误 / 建议更正): the issue text, its corrections snippet, and the
link on the built article page, shown only where `repo_url` is set."""
import copy
from dataclasses import fields
import subprocess
import sys
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from generator.archive.corrections import apply_corrections, validate
from generator.archive.model import Draft, Page, PageDraft
from generator.publish.report import issue, snippet

from .conftest import ROOT
from .test_browser import CHROMIUM, NO_CHROMIUM, article_with_author, browser, builds  # noqa: F401  (shared fixtures)

REPO = "https://github.com/newspaper-archive/archive"


def draft_of(page: Page) -> PageDraft:
    """A built page as the corrections found it while it was built (corrections change drafts)."""
    items = [Draft(**{f.name: list(value) if isinstance(value := getattr(item, f.name), tuple) else value
                      for f in fields(Draft)}) for item in page.items]
    return PageDraft(page.raw, items, list(page.furniture), list(page.warnings), page.header)


def items_with_next(seed_results):
    for result in seed_results.values():
        page = result.page
        for n, item in enumerate(page.items):
            yield page, item, page.items[n + 1] if n + 1 < len(page.items) else None


def test_snippet_is_a_corrections_file_whose_entries_name_this_item(seed_results):
    """Every entry validates as corrections.py reads it, and each one, applied alone, acts on this item."""
    for page, item, following in items_with_next(seed_results):
        entries = yaml.safe_load(snippet(item, page.items))
        assert isinstance(entries, list) and entries
        for number, entry in enumerate(entries, start=1):
            validate(entry, "snippet", number)
        verbs = {next(iter(e)) for e in entries}
        assert "item" in verbs and "furniture" in verbs and ("merge" in verbs) == (following is not None)
        for entry in entries:
            trial = copy.deepcopy(draft_of(page))
            before = len(trial.items)
            marked = [i.meta.corrected for i in trial.items]  # by the page's own corrections file
            apply_corrections(trial, [entry])
            if "split" in entry:
                assert len(trial.items) == before + 1
            elif "merge" in entry:
                assert len(trial.items) == before - 1
            elif "item" in entry:
                assert [i.sequence for i, was in zip(trial.items, marked) if i.meta.corrected != was] == [item.sequence]


def test_issue_names_the_item_its_file_and_lines(seed_results):
    page, item, _ = next(items_with_next(seed_results))
    report = issue(item, "https://example.org/articles/x/", page.items)
    query = parse_qs(report["query"])
    first, last = item.lines
    assert query["title"] == [report["title"]] and query["body"] == [report["body"]]
    assert item.id in report["title"] and f"第 {first}–{last} 行" in report["title"]
    assert f"版面文件：{item.file}，第 {first}–{last} 行" in report["body"]
    assert snippet(item, page.items) in report["body"]
    assert " " not in report["query"] and "\n" not in report["query"]


@pytest.fixture(scope="module")
def forge_build(builds):
    """The same docs/ built with `repo_url` set."""
    work, archive = builds
    forge = work / "forge"
    forge.mkdir()
    (forge / "docs").symlink_to(work / "docs")
    (forge / "theme_overrides").symlink_to(ROOT / "theme_overrides")
    (forge / "mkdocs.yml").write_text((ROOT / "mkdocs.yml").read_text(encoding="utf-8") + f"repo_url: {REPO}\n",
                                      encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "generator.speed.sitebuild", "-f", "mkdocs.yml"],
                            cwd=forge, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return forge / "site", archive


@pytest.mark.skipif(CHROMIUM is None, reason=NO_CHROMIUM)
def test_report_link_opens_a_new_issue_with_the_id_and_lines(forge_build, browser):
    site, archive = forge_build
    item = article_with_author(archive)
    page = browser.new_page()
    page.goto((site / "articles" / item.id / "index.html").as_uri())
    link = page.get_by_role("link", name="报告切分错误 / 建议更正")
    assert link.count() == 1
    url = urlsplit(link.get_attribute("href"))
    assert f"{url.scheme}://{url.netloc}{url.path}" == f"{REPO}/issues/new"
    query = parse_qs(url.query)
    first, last = item.lines
    assert item.id in query["title"][0] and f"第 {first}–{last} 行" in query["title"][0]
    assert f"版面文件：{item.file}，第 {first}–{last} 行" in query["body"][0]
    assert f"# 条目 {item.id}，第 {first}–{last} 行" in query["body"][0]
    assert page.locator(".archive-report pre").text_content() == query["body"][0]
    page.close()


@pytest.mark.skipif(CHROMIUM is None, reason=NO_CHROMIUM)
@pytest.mark.parametrize("where", ["site", "offline"])
def test_without_repo_url_no_link_but_the_text_to_copy(builds, browser, where):
    work, archive = builds
    item = article_with_author(archive)
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    path = f"articles/{item.id}/index.html" if where == "site" else f"articles/{item.id}.html"
    page.goto((work / where / "site" / path if where == "offline" else work / "site" / path).resolve().as_uri())
    assert page.get_by_role("link", name="报告切分错误 / 建议更正").count() == 0
    page.locator(".archive-report summary").click()
    text = page.locator(".archive-report pre").text_content()
    first, last = item.lines
    assert f"版面文件：{item.file}，第 {first}–{last} 行" in text and "- item: " in text
    page.get_by_role("button", name="复制报告内容").click()
    assert page.evaluate("navigator.clipboard.readText()") == text
    context.close()
