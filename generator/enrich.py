"""Enrich stage: fields readers browse and cite by, each from evidence on the page.

Components run in order over every item of a page; each fills its fields and records where
they came from in `item.meta["provenance"]`.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

import jieba
import jieba.analyse
import yaml

from .model import Article, Line, Page
from .people import read_credit

DATA = Path(__file__).parent / "data"
jieba.setLogLevel(60)


@cache
def load(name: str) -> dict:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def body_text(item: Article) -> str:
    return "\n".join(b.text for b in item.body_blocks)


def add_people(item: Article, lines: dict[int, Line]) -> None:
    for block in item.blocks:
        if block.kind not in ("byline", "credit"):
            continue
        names, agencies = read_credit(block, lines)
        photo = block.kind == "credit" or block.text.endswith("摄") or "摄" in block.text[-6:]
        target = item.photographers if photo else item.authors
        target.extend(n for n in names if n not in target)
        item.agencies.extend(a for a in agencies if a not in item.agencies)


def page_metadata(page: Page) -> tuple[dict, dict]:
    """Newspaper and date for the whole page: sidecar first, then printed cues."""
    meta, source = dict(page.raw.meta), dict(page.raw.meta_source)
    if "date" not in meta:
        for block in page.furniture:
            match = re.match(r"^(\d{4})年(\d{1,2})月(\d{1,2})日", block.text)
            if match:
                year, month, day = map(int, match.groups())
                meta["date"], source["date"] = f"{year:04d}-{month:02d}-{day:02d}", "text"
                break
    if "newspaper" not in meta:
        text = "\n".join(b.text for item in page.items for b in item.blocks if b.kind in ("byline", "credit"))
        for cue, paper in load("newspapers.yml")["cues"].items():
            if cue in text:
                meta["newspaper"], source["newspaper"] = paper, "inferred"
                break
    return meta, source


def regions_of(text: str) -> list[str]:
    counts: Counter[str] = Counter()
    for name, aliases in load("regions.yml").items():
        for form in sorted({name, *aliases}, key=len, reverse=True):
            hits = text.count(form)
            if hits:
                counts[name] += hits
                text = text.replace(form, "")
    return [name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def topics_of(text: str) -> list[str]:
    taxonomy = load("topics.yml")
    return [topic for topic, words in taxonomy["topics"].items()
            if sum(text.count(w) for w in words) >= taxonomy["min_hits"]]


def enrich(page: Page) -> Page:
    lines = {line.number: line for line in page.raw.lines}
    meta, source = page_metadata(page)
    for item in page.items:
        add_people(item, lines)
        text = "\n".join([item.kicker, item.title, item.subtitle, body_text(item)])
        item.meta = {
            "newspaper": meta.get("newspaper", ""),
            "date": meta.get("date", ""),
            "page": meta.get("page", ""),
            "section": meta.get("section", ""),
            "regions": regions_of(text),
            "topics": topics_of(text),
            "keywords": jieba.analyse.extract_tags(text, topK=8) if body_text(item) else [],
            "provenance": {
                "headline": item.headline_source,
                **{f: source[f] for f in ("newspaper", "date", "page", "section") if f in source},
            },
        }
    return page
