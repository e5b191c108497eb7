"""What the site calls things: kind labels, headline sources, place levels
(generator/data/labels.yml), the title shown for an item, printed or not, and the pages' own
copy: headings, counts, navigation, the names of dates and pages (generator/data/ui.yml).

One rule for every writer (article pages, listings, browse lists, search results), so an
untitled item reads the same wherever it is linked.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .datafiles import load

if TYPE_CHECKING:
    from .model import Article

_LABELS = load("labels.yml")
KIND_LABELS: dict[str, str] = dict(_LABELS["kinds"])
UNKNOWN_KIND: str = _LABELS["unknown_kind"]
HEADLINE_SOURCES: dict[str, str] = dict(_LABELS["headline_sources"])
PLACE_LEVELS: dict[str, str] = dict(_LABELS["place_levels"])
UNKNOWN_NEWSPAPER: str = _LABELS["unknown_newspaper"]
OPENING_CHARACTERS = 18  # how much of an untitled item's text stands in for its title
SENTENCE_END = re.compile(r"[。！？!?]")


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, UNKNOWN_KIND)


def display_title(title: str, kind: str, opening: str) -> str:
    """The title shown for an item: the printed one, else its kind and the beginning of its text
    (`opening`: its first paragraph), else its kind alone."""
    if title:
        return title
    label = kind_label(kind)
    return f"{label}：{opening[:OPENING_CHARACTERS]}…" if opening else label


def item_title(item: Article) -> str:
    """The title shown for an item of the data model (its opening: its first body block)."""
    return display_title(item.title, item.kind, next((b.text for b in item.body_blocks), ""))


def record_title(record: dict) -> str:
    """The title shown for an export record (records.export_record; a search record may lack
    fields): its opening is the first line of its body."""
    opening = (record.get("body") or "").split("\n", 1)[0]
    return display_title(record.get("title") or "", record.get("kind", ""), opening)


def first_sentence(body: str, limit: int = 120) -> str:
    """The body's first sentence (the first line that has an end of sentence; a subheading has
    none), at most `limit` characters with the ellipsis: the article page's description for
    search engines and previews."""
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    line = next((line for line in lines if SENTENCE_END.search(line)), lines[0] if lines else "")
    end = SENTENCE_END.search(line)
    sentence = line[:end.end()] if end else line
    return sentence if len(sentence) <= limit else sentence[:limit - 1] + "…"


def opening_words(body: str, limit: int = 30) -> str:
    """The body's first line up to its first end of sentence, with `limit` characters kept and
    an ellipsis added when it is longer: what an untitled item's citation title quotes
    (citations.cited_title). Unlike `first_sentence` it does not skip a subheading: a citation
    quotes the item from its first printed word."""
    line = body.split("\n", 1)[0]
    end = SENTENCE_END.search(line)
    sentence = line[:end.end()] if end else line
    return sentence if len(sentence) <= limit else sentence[:limit] + "…"


def ui(section: str) -> dict:
    """The page copy of `section` of generator/data/ui.yml (`names`, `browse`, `article`, …)."""
    return load("ui.yml")[section]


def index_head(page: str) -> list[str]:
    """The heading and introduction of a browse index page (`topics`, `places`, …), as lines of
    Markdown."""
    copy = load("ui.yml")["browse"][page]
    return [f"# {copy['title']}\n", f"{copy['intro']}\n"]
