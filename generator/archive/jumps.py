"""Jump lines: the part of an article that ends `（下转A2版）` and the continuation that opens
`（上接A1版）` on that page of the same paper and day are linked both ways."""
from __future__ import annotations

import re

from .cjk import cn_number
from .datafiles import load
from .model import Article, Page

PAGE_IN_MARKER = re.compile(load("layout.yml")["marker_page"])  # the page a jump or continuation names
CN_PAGE = re.compile("[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]")  # 第二版, 第十二版


def page_label(text: str) -> str:
    """A page as printed, comparable: A02 → A2, 第二版 → 2, 02 → 2."""
    text = re.sub(r"[\s·・.．]", "", str(text or "")).upper()
    letter = text[:1] if text[:1].isalpha() and text[:1].isascii() else ""
    number = text[len(letter):]
    if CN_PAGE.fullmatch(number):
        number = str(cn_number(number))
    return letter + (number.lstrip("0") or "0") if number.isdigit() else text


def marker_page(item: Article, kind: str) -> str | None:
    """The page a jump line (kind 'jump') or a continuation marker ('continuation') names."""
    for block in item.blocks:
        if block.kind == kind:
            match = PAGE_IN_MARKER.search(block.text)
            if match:
                return page_label(match.group("page"))
    return None


def jump_links(pages: list[Page]) -> dict[int, dict[str, Article]]:
    """For each item (by id()) that jumps or continues: {"continued": the continuation it jumps
    to, "continues": the part it continues}. Pages are matched by paper, date and printed page;
    a jump with more than one candidate continuation there takes the one whose marker names
    the jump's own page."""
    sheets: dict[tuple[str, str, str], list[Article]] = {}
    for page in pages:
        for item in page.items:
            meta = item.meta
            if meta.newspaper and meta.date and meta.page:
                sheets.setdefault((meta.newspaper, meta.date, page_label(meta.page)), []).append(item)
    links: dict[int, dict[str, Article]] = {}
    for (paper, date, here), items in sorted(sheets.items()):
        for item in items:
            target = marker_page(item, "jump")
            if target is None:
                continue
            candidates = [c for c in sheets.get((paper, date, target), [])
                          if c.kind == "continuation" and "continues" not in links.get(id(c), {})]
            named = [c for c in candidates if marker_page(c, "continuation") == here]
            chosen = named or (candidates if len(candidates) == 1 else [])
            if chosen:  # in printed order: the first jump of a page goes to the first continuation
                links.setdefault(id(item), {})["continued"] = chosen[0]
                links.setdefault(id(chosen[0]), {})["continues"] = item
    return links
