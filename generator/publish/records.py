"""The public export record of an item (documented in docs/data.md, schema in schema/)."""
from __future__ import annotations

import csv
import io
import json

from ..archive.model import Article, thawed
from .urls import article_url

FIELDS = ("id", "url", "kind", "kicker", "title", "subtitle", "authors", "photographers", "agencies", "people",
          "newspaper", "edition", "date", "date_source", "page", "section", "source_url", "regions", "topics",
          "keywords", "editors", "places", "provenance", "source", "body")
# Columns of the CSV: the flat fields, lists joined with ";" (editors, places and provenance are
# in the JSON lines only).
CSV_FIELDS = ("id", "url", "kind", "kicker", "title", "subtitle", "authors", "photographers", "agencies", "people",
              "newspaper", "edition", "date", "date_source", "page", "section", "source_url", "regions", "topics",
              "keywords")


def body_lines(item: Article) -> list[str]:
    """Reading-order body: section headings, paragraphs, list lines, captions. No headline, byline or credit."""
    return [b.text for b in item.body_blocks if b.kind not in ("continuation", "jump")]


def place_record(place, main: bool) -> dict:
    return {"name": place.name, "code": place.code, "level": place.level, "path": list(place.path),
            "count": place.count, "main": main, "within": list(place.within)}


def export_record(item: Article) -> dict:
    first, last = item.lines
    meta = item.meta
    places, main = meta.places, meta.main_places
    main_codes = {place.code for place in main}  # compared first: most places are not main, and == compares every field
    return {
        "id": item.id,
        "url": article_url(item.id),
        "kind": item.kind,
        "kicker": item.kicker,
        "title": item.title,
        "subtitle": item.subtitle,
        "authors": list(item.authors),
        "photographers": list(item.photographers),
        "agencies": list(item.agencies),
        "people": list(meta.people),
        "newspaper": meta.newspaper,
        "edition": meta.edition,
        "date": meta.date,
        "date_source": meta.provenance.get("date", {}).get("source", ""),
        "page": meta.page,
        "section": meta.section,
        "source_url": meta.source_url,  # the original page, from the page's sidecar
        "regions": [place.name for place in places],
        "topics": list(meta.topics),
        "keywords": list(meta.keywords),
        "editors": thawed(meta.editors),
        "places": [place_record(place, place.code in main_codes and place in main) for place in places],
        "provenance": thawed(meta.provenance),  # a copy: the record is the caller's to change, the item is not
        "source": {"file": item.file, "lines": [first, last]},
        "body": "\n".join(body_lines(item)),
    }


def jsonl_line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n"


def to_jsonl(records: list[dict]) -> str:
    return "".join(map(jsonl_line, records))


class CsvRows:
    """The CSV export one row at a time: `header`, then a row per record."""

    def __init__(self):
        self.buffer = io.StringIO()
        self.writer = csv.writer(self.buffer, lineterminator="\n")
        self.header = self.line([*CSV_FIELDS, "source_file", "source_first_line", "source_last_line", "body"])

    def line(self, row: list) -> str:
        self.buffer.seek(0)
        self.buffer.truncate()
        self.writer.writerow(row)
        return self.buffer.getvalue()

    def row(self, r: dict) -> str:
        values = [";".join(r[f]) if isinstance(r[f], list) else r[f] for f in CSV_FIELDS]
        return self.line([*values, r["source"]["file"], *r["source"]["lines"], r["body"]])


def to_csv(records: list[dict]) -> str:
    rows = CsvRows()
    return rows.header + "".join(map(rows.row, records))
