"""The five seed pages against a human editor's segmentation (tests/expected/*.yml)."""
import re
from pathlib import Path

import pytest
import yaml

EXPECTED = sorted((Path(__file__).parent / "expected").glob("*.yml"))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


def text_blocks(item):
    return [b.text for b in item.blocks if b.kind in ("paragraph", "listitem", "caption")]


def describe(item) -> dict:
    blocks = squeeze("".join(text_blocks(item)))
    return {
        "kind": item.kind,
        "kicker": squeeze(item.kicker),
        "title": squeeze(item.title),
        "subtitle": squeeze(item.subtitle),
        "authors": list(item.authors),
        "photographers": list(item.photographers),
        "body_starts": blocks[:8],
        "body_ends": blocks[-8:],
        "sections": [squeeze(b.text) for b in item.blocks if b.kind == "heading"],
    }


def expectation(entry: dict) -> dict:
    authors = [a for a in entry["authors"] if "评论员" not in a]  # an institutional byline names no person
    return {
        "kind": entry["kind"],
        "kicker": squeeze(entry["kicker"]),
        "title": squeeze(entry["title"]),
        "subtitle": squeeze(entry["subtitle"]),
        "authors": authors,
        "photographers": entry["photographers"],
        "body_starts": squeeze(entry["body_starts"]),
        "body_ends": squeeze(entry["body_ends"]),
        "sections": [squeeze(s) for s in entry.get("sections", [])],
    }


@pytest.mark.parametrize("expected_file", EXPECTED, ids=lambda p: p.stem)
def test_seed_page_is_cut_like_the_editor_cut_it(expected_file, seed_results):
    expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
    page = seed_results[expected["page"]].page
    got = [describe(item) for item in page.items]
    want = [expectation(entry) for entry in expected["items"]]
    assert [g["title"] or g["body_starts"] for g in got] == [w["title"] or w["body_starts"] for w in want]
    for number, (g, w) in enumerate(zip(got, want), start=1):
        assert g == w, f"item {number}"


@pytest.mark.parametrize("expected_file", EXPECTED, ids=lambda p: p.stem)
def test_seed_page_furniture_is_kept_apart(expected_file, seed_results):
    expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
    page = seed_results[expected["page"]].page
    furniture = squeeze("".join(b.text for b in page.furniture))
    for record in expected.get("furniture", []):
        assert squeeze(record["text"]) in furniture
