"""The whole path on the five seed pages: generate, export, check, and a strict MkDocs build."""
import json
import subprocess
import sys

import jsonschema
import pytest

from generator.cli import main
from generator.speed.run import generate
from generator.publish.records import export_record

from .conftest import ROOT, SEEDS

SCHEMA = json.loads((ROOT / "generator/schema/article.schema.json").read_text(encoding="utf-8"))


def test_every_seed_page_yields_items(seed_results):
    assert sorted(seed_results) == sorted(p.name for p in SEEDS.glob("*.txt"))
    for file, result in seed_results.items():
        assert result.page.items, file
        assert result.coverage.ok, result.coverage.problems[:5]
        assert result.coverage.percent == 100.0


def test_export_records_are_valid_against_the_schema(seed_results):
    records = [export_record(i) for r in seed_results.values() for i in r.page.items]
    for record in records:
        jsonschema.validate(record, SCHEMA)
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "ids must be unique"


def test_body_excludes_headline_and_bylines(seed_results):
    records = {r["title"]: r for r in (export_record(i) for res in seed_results.values() for i in res.page.items)}
    record = records["全国发展改革系统扎实推进“双碳”工作"]
    assert record["body"].startswith("近日，2024年全国发展改革系统")
    assert "本报讯" not in record["body"] and "白雪报道" not in record["body"]
    assert record["authors"] == ["白雪"]


def test_export_cli_prints_one_valid_record_per_item(capsys, seed_results):
    assert main(["export", "--input", str(SEEDS)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == sum(len(r.page.items) for r in seed_results.values())
    for line in lines:
        jsonschema.validate(json.loads(line), SCHEMA)


def test_export_reads_any_folder(tmp_path, capsys):
    (tmp_path / "p.txt").write_text("测试标题\n\n本报讯 记者张三报道 今天，一条新闻发生了，内容很长很长很长很长很长很长很长。\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    assert main(["export", "--input", str(tmp_path), "--output", str(output)]) == 0
    [record] = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert record["title"] == "测试标题"
    assert record["authors"] == ["张三"]
    assert record["source"] == {"file": "p.txt", "lines": [1, 3]}


def test_check_reports_every_item_and_full_coverage(capsys):
    assert main(["check", "--input", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert "000_d4de87fca71b1d25.txt:" in out
    assert "100.0% of characters accounted for" in out
    assert "headline=displaced" in out


def test_generate_is_deterministic(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    generate(SEEDS, first)
    generate(SEEDS, second)
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for relative in files:
        assert (first / relative).read_bytes() == (second / relative).read_bytes(), relative


@pytest.fixture(scope="module")
def built_site(tmp_path_factory):
    work = tmp_path_factory.mktemp("site")
    generate(SEEDS, work / "docs")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (work / "mkdocs.yml").write_text(config, encoding="utf-8")
    (work / "theme_overrides").symlink_to(ROOT / "theme_overrides")
    result = subprocess.run([sys.executable, "-m", "generator.speed.sitebuild"], cwd=work,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return work / "site"


def test_mkdocs_strict_build_has_one_page_per_item(built_site, seed_results):
    for result in seed_results.values():
        for item in result.page.items:
            page = built_site / "articles" / item.id / "index.html"
            assert page.exists(), item.title
    html = (built_site / "articles" / next(iter(seed_results.values())).page.items[0].id / "index.html").read_text(encoding="utf-8")
    assert 'lang="zh-CN"' in html  # the feed's and JSON-LD's language too
    assert (built_site / "data" / "articles.jsonl").exists()


def test_site_requests_no_external_host(built_site):
    import re

    pattern = re.compile(r"""(?:src|href)=["'](https?:)?//(?!newspaper-archive\.github\.io)""")
    for page in built_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not pattern.search(text), page
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, page
