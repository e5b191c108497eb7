"""The nothing-lost check: it must catch a dropped or doubled record and name file and line."""
from dataclasses import replace

import pytest

from generator.archive.coverage import check_coverage
from generator.archive.errors import CoverageError
from generator.archive.build import require_full_coverage
from generator.speed.run import generate

from .conftest import SEEDS


def test_seed_pages_are_fully_accounted_for(seed_results):
    for result in seed_results.values():
        assert result.coverage.ok and result.coverage.covered == result.coverage.characters > 0


def test_a_dropped_block_is_reported_with_file_and_line(seed_results):
    result = seed_results["000_d4de87fca71b1d25.txt"]
    item = result.page.items[0]
    dropped = item.blocks[2]
    less = replace(item, blocks=item.blocks[:2] + item.blocks[3:])
    report = check_coverage(replace(result.page, items=(less, *result.page.items[1:])))
    assert not report.ok
    assert f"000_d4de87fca71b1d25.txt:{dropped.first_line}:" in report.problems[0]
    assert "is in no record" in report.problems[0]
    with pytest.raises(CoverageError, match="lost or duplicated"):
        require_full_coverage([type(result)(result.page, report)])


def test_a_block_in_two_records_is_reported(seed_results):
    result = seed_results["003_476d649300d65179.txt"]
    page = result.page
    report = check_coverage(replace(page, furniture=(*page.furniture, page.items[0].blocks[-1])))
    assert any("is in 2 records" in p for p in report.problems)


def test_failed_generate_leaves_previous_docs_untouched(tmp_path):
    docs = tmp_path / "docs"
    generate(SEEDS, docs)
    before = {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()}
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.yml").write_text("newspaper: 重庆日报\n", encoding="utf-8")
    (bad / "x.txt").write_bytes(b"%PDF-1.7\x00\x00binary")
    with pytest.raises(Exception, match="x.txt"):
        generate(bad, docs)
    assert {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()} == before
