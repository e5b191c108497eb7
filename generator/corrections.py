"""Archivists' corrections, kept beside a page in `<page>.corrections.yml`.

Each entry names its target by a text anchor (characters printed in the item, stray spaces
ignored) or by an item id, never by line numbers, so it survives regeneration and better
segmentation. Entries apply in order:

    - split: "近日印发的《中共中央"     # a new item starts at the block beginning with this text
      kind: commentary                 # … optionally with fields for the new item
    - merge: ["全面推进美丽中国", "开展碳达峰试点工作是"]   # the second item joins the first
    - item: "全国发展改革系统"          # set fields of the item containing this text (or an id)
      title: "…"
      kicker: "…"
      subtitle: "…"
      authors: [张三]
      kind: brief
    - furniture: "本组图片均为资料图片"  # the block containing this text is page furniture
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from .errors import InputError
from .model import Article, Block, Page

FIELDS = {"title": str, "kicker": str, "subtitle": str, "kind": str, "authors": list, "photographers": list}
VERBS = ("split", "merge", "item", "furniture")


def corrections_path(page_path: Path) -> Path:
    return page_path.with_name(page_path.stem + ".corrections.yml")


def read_corrections(page_path: Path) -> list[dict]:
    path = corrections_path(page_path)
    if not path.exists():
        return []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise InputError(path.name, mark.line + 1 if mark else None, "valid YAML", str(error).splitlines()[0]) from None
    if not isinstance(data, list):
        raise InputError(path.name, 1, "a list of corrections", type(data).__name__)
    for number, entry in enumerate(data, start=1):
        validate(entry, path.name, number)
    return data


def validate(entry: object, file: str, number: int) -> None:
    where = f"entry {number}"
    if not isinstance(entry, dict):
        raise InputError(file, None, f"{where}: a mapping", type(entry).__name__)
    verbs = [v for v in VERBS if v in entry]
    if len(verbs) != 1:
        raise InputError(file, None, f"{where}: exactly one of {list(VERBS)}", sorted(entry))
    unknown = set(entry) - set(VERBS) - set(FIELDS)
    if unknown:
        raise InputError(file, None, f"{where}: keys among {list(VERBS) + list(FIELDS)}", f"unknown {sorted(unknown)}")
    for key, kind in FIELDS.items():
        if key in entry and not isinstance(entry[key], kind):
            raise InputError(file, None, f"{where}: {key} as {kind.__name__}", type(entry[key]).__name__)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def find_item(page: Page, anchor: str, id_anchors: dict[str, str]) -> Article:
    """The item containing the anchor text; an id stands for the text its registry entry records."""
    wanted = squeeze(id_anchors.get(anchor, anchor))
    for item in page.items:
        if wanted in squeeze("".join(b.text for b in item.blocks)):
            return item
    raise InputError(page.raw.file, None, f"an item containing {anchor!r} (correction anchor)", "none")


def set_fields(item: Article, entry: dict) -> None:
    for key in FIELDS:
        if key in entry:
            setattr(item, key, list(entry[key]) if FIELDS[key] is list else entry[key])
            if key == "title":
                item.headline_source = "correction"
    item.meta.setdefault("corrected", []).extend(k for k in FIELDS if k in entry)


def apply_corrections(page: Page, entries: list[dict], id_anchors: dict[str, str] | None = None) -> None:
    id_anchors = id_anchors or {}
    for entry in entries:
        if "split" in entry:
            wanted = squeeze(entry["split"])
            item = find_item(page, entry["split"], id_anchors)
            at = next(n for n, b in enumerate(item.blocks) if squeeze(b.text).startswith(wanted) or wanted in squeeze(b.text))
            new = Article(kind=item.kind, file=item.file, blocks=item.blocks[at:], headline_source="none")
            item.blocks = item.blocks[:at]
            page.items.insert(page.items.index(item) + 1, new)
            if item.kind != "photo" and "kind" not in entry:
                new.kind = "article"
            set_fields(new, entry)
            new.warnings.append(f"split off by correction at {entry['split']!r}")
        elif "merge" in entry:
            first, second = (find_item(page, a, id_anchors) for a in entry["merge"])
            # The second item's headline stays, as a section heading of the merged text.
            headline = [b for b in second.blocks if b.kind == "headline"]
            if headline:
                first.blocks.append(Block("heading", " ".join(b.text for b in headline),
                                          tuple(s for b in headline for s in b.spans)))
            first.blocks.extend(b for b in second.blocks if b.kind != "headline")
            page.items.remove(second)
        elif "item" in entry:
            set_fields(find_item(page, entry["item"], id_anchors), entry)
        elif "furniture" in entry:
            wanted = squeeze(entry["furniture"])
            for item in page.items:
                for block in list(item.blocks):
                    if wanted in squeeze(block.text):
                        item.blocks.remove(block)
                        page.furniture.append(Block("furniture", block.text, block.spans))
            page.items = [i for i in page.items if i.blocks]
    for number, item in enumerate(page.items, start=1):
        item.sequence = number
