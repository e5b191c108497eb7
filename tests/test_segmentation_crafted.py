"""Pages written from scratch, in the seeds' style but from other newspapers: the rules must
cut them without being tuned to them."""
from pathlib import Path

import pytest
import yaml

from generator.pipeline import build_folder

from .test_segmentation_seeds import describe, expectation, squeeze

PAGES = Path(__file__).parent / "pages"


@pytest.fixture(scope="module")
def crafted():
    return {r.page.raw.file: r for r in build_folder(PAGES)}


@pytest.mark.parametrize("expected_file", sorted(PAGES.glob("*.expected.yml")), ids=lambda p: p.stem)
def test_crafted_page(expected_file, crafted):
    expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
    result = crafted[expected["page"]]
    assert result.coverage.ok, result.coverage.problems
    got = [describe(item) for item in result.page.items]
    want = [expectation(entry) for entry in expected["items"]]
    assert got == want
    furniture = squeeze("".join(b.text for b in result.page.furniture))
    for record in expected.get("furniture", []):
        assert squeeze(record["text"]) in furniture
