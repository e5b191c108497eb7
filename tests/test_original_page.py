"""A sidecar's `source_url` and `edition` reach the reader: the page view and every article of
the page link the original page (查看原版面), the export holds both, the citations name the
edition, and a photo says its image is not archived."""
import json
import shutil

import jsonschema
import pytest

from generator.speed.run import generate
from generator.publish.urls import page_source
from generator.publish.pages import read_front_matter_text

from .conftest import ROOT, SEEDS

SCHEMA = json.loads((ROOT / "generator/schema/article.schema.json").read_text(encoding="utf-8"))
STEM = "002_54a7ce48706b6568"
ORIGINAL = "https://paper.ce.cn/pc/layout/202401/29/node_05.html?a=1&b=2"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Two pages: one whose sidecar gives the original page and the edition, one without."""
    work = tmp_path_factory.mktemp("original")
    seeds = work / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS / f"{STEM}.txt", seeds)
    shutil.copy(SEEDS / f"{STEM}.corrections.yml", seeds)
    (seeds / f"{STEM}.yml").write_text(
        f"newspaper: 经济日报\ndate: 2024-01\nedition: 海外版\nsource_url: {ORIGINAL}\n", encoding="utf-8")
    shutil.copy(SEEDS / "004_ea90497b5cb0cfb5.txt", seeds)
    shutil.copy(SEEDS / "004_ea90497b5cb0cfb5.yml", seeds)
    generate(seeds, work / "docs")
    records = [json.loads(line) for line in (work / "docs/data/articles.jsonl").read_text(encoding="utf-8").splitlines()]
    return work / "docs", records


def article(docs, record) -> str:
    return (docs / "articles" / f"{record['id']}.md").read_text(encoding="utf-8")


def front_matter(text: str) -> dict:
    return read_front_matter_text(text.split("---\n", 2)[1])


def test_the_export_holds_the_original_page_and_edition(built):
    docs, records = built
    with_source = [r for r in records if r["source"]["file"] == f"{STEM}.txt"]
    assert with_source and all(r["source_url"] == ORIGINAL and r["edition"] == "海外版" for r in with_source)
    assert all(r["source_url"] == "" and r["edition"] == "" for r in records if r not in with_source)
    for record in records:
        jsonschema.validate(record, SCHEMA)
    header = (docs / "data/articles.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert "source_url" in header and "edition" in header


def test_every_article_of_the_page_links_the_original_page(built):
    docs, records = built
    for record in records:
        text = article(docs, record)
        if record["source_url"]:
            assert f'<a href="{ORIGINAL.replace("&", "&amp;")}">查看原版面</a>' in text, record["id"]
        else:
            assert "查看原版面" not in text


def test_the_page_view_links_the_original_page(built):
    docs, _ = built
    listing = (docs / page_source(STEM)).read_text(encoding="utf-8")
    assert f'<a href="{ORIGINAL.replace("&", "&amp;")}">查看原版面</a>' in listing
    assert "查看原版面" not in (docs / page_source("004_ea90497b5cb0cfb5")).read_text(encoding="utf-8")


def test_the_edition_is_shown_and_cited(built):
    docs, records = built
    record = next(r for r in records if r["source_url"] and r["kind"] == "article")
    text = article(docs, record)
    assert "海外版" in text.split('<div class="archive-meta" markdown>', 1)[1].split("</div>", 1)[0]
    citations = {c["style"]: c["text"] for c in front_matter(text)["citations"]}
    assert "经济日报(海外版), 2024-01" in citations["GB/T 7714—2015"]


def test_a_photo_says_its_image_is_not_archived_and_links_the_original(built):
    docs, records = built
    photos = [r for r in records if r["kind"] == "photo"]
    assert any(r["source_url"] for r in photos) and any(not r["source_url"] for r in photos)
    for record in photos:
        text = article(docs, record)
        assert "图片本身未存档" in text
        if record["source_url"]:
            assert f'<a href="{ORIGINAL.replace("&", "&amp;")}">查看原版面</a>' in text.split("图片本身未存档", 1)[1]
    for record in records:
        if record["kind"] != "photo":
            assert "图片本身未存档" not in article(docs, record)


def test_citation_meta_agrees_with_the_citations(built):
    """The front-matter behind citation_title and citation_author (theme_overrides/main.html)."""
    docs, records = built
    for record in records:
        meta = front_matter(article(docs, record))
        # A list in the order shown: a mapping's order is not kept by every builder.
        assert [c["style"] for c in meta["citations"]] == ["GB/T 7714—2015", "GB/T 7714—2015（网络版）", "APA 7", "Chicago"]
        for style, text in ((c["style"], c["text"]) for c in meta["citations"]):
            if style == "Chicago":  # quotation marks inside a quoted title are single there
                text = text.replace("‘", "“").replace("’", "”")
            assert meta["citation_title"] in text, (record["id"], style)
        if record["kind"] == "photo":
            assert meta["citation_authors"] == record["authors"] + record["photographers"]
