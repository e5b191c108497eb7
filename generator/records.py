"""The public export record of an item (documented in docs/data.md, schema in schema/)."""
from __future__ import annotations

import csv
import io
import json

from .model import Article
from .urls import article_url

FIELDS = ("id", "url", "kind", "kicker", "title", "subtitle", "authors", "photographers", "newspaper", "date",
          "page", "section", "regions", "topics", "keywords", "source", "body")


def body_lines(item: Article) -> list[str]:
    """Reading-order body: section headings, paragraphs, list lines, captions. No headline, byline or credit."""
    return [b.text for b in item.body_blocks if b.kind != "continuation"]


def export_record(item: Article) -> dict:
    first, last = item.lines
    return {
        "id": item.id,
        "url": article_url(item.id),
        "kind": item.kind,
        "kicker": item.kicker,
        "title": item.title,
        "subtitle": item.subtitle,
        "authors": list(item.authors),
        "photographers": list(item.photographers),
        "newspaper": item.meta.get("newspaper", ""),
        "date": item.meta.get("date", ""),
        "page": item.meta.get("page", ""),
        "section": item.meta.get("section", ""),
        "regions": list(item.meta.get("regions", [])),
        "topics": list(item.meta.get("topics", [])),
        "keywords": list(item.meta.get("keywords", [])),
        "source": {"file": item.file, "lines": [first, last]},
        "body": "\n".join(body_lines(item)),
    }


def to_jsonl(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)


def to_csv(records: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*FIELDS[:15], "source_file", "source_first_line", "source_last_line", "body"])
    for r in records:
        row = [";".join(r[f]) if isinstance(r[f], list) else r[f] for f in FIELDS[:15]]
        writer.writerow([*row, r["source"]["file"], *r["source"]["lines"], r["body"]])
    return buffer.getvalue()
