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
from dataclasses import replace
from pathlib import Path

from .errors import InputError
from .model import ITEM_KINDS, Block, Draft, PageDraft, heading_of
from .read import MARKUP, LocatedList, check_inside, describe, load_yaml, one_line_text, unknown_keys

FIELDS = {"title": str, "kicker": str, "subtitle": str, "kind": str, "authors": list, "photographers": list}
VERBS = ("split", "merge", "item", "furniture")


class Correction(dict):
    """One entry of a corrections file, remembering where it was written."""

    def __init__(self, entry: dict, file: str, line: int):
        super().__init__(entry)
        self.file, self.line = file, line


def corrections_path(page_path: Path) -> Path:
    return page_path.with_name(page_path.stem + ".corrections.yml")


def read_corrections(page_path: Path, root: Path | None = None) -> list[Correction]:
    """The validated entries of `<page>.corrections.yml` (none if there is no such file).

    Every error names the file and the line of the entry or key and says what was expected."""
    path = corrections_path(page_path)
    if not path.exists():
        return []
    name = path.relative_to(root).as_posix() if root else path.name
    if root is not None:
        check_inside(path, root, name)
    data = load_yaml(path, name)
    if data is None:
        return []
    if not isinstance(data, LocatedList):
        raise InputError(name, getattr(data, "line", 1), "a list of corrections (entries starting with '- ')",
                         describe(data))
    entries: list[Correction] = []
    for number, entry in enumerate(data, start=1):
        line = data.lines[number - 1]
        validate(entry, name, number, line)
        entries.append(Correction(entry, name, line))
    return entries


def validate(entry: object, file: str, number: int, line: int | None = None) -> None:
    where = f"entry {number}"
    if not isinstance(entry, dict):
        raise InputError(file, line, f"{where}: a mapping (split/merge/item/furniture: …)", describe(entry))
    lines = getattr(entry, "lines", {})
    verbs = [v for v in VERBS if v in entry]
    if len(verbs) != 1:
        raise InputError(file, line, f"{where}: exactly one of {list(VERBS)}", str(sorted(entry)))
    unknown = set(entry) - set(VERBS) - set(FIELDS)
    if unknown:
        raise InputError(file, lines.get(min(unknown, key=lambda k: lines.get(k, 0))), f"{where}: keys among "
                         f"{list(VERBS) + list(FIELDS)}", unknown_keys(set(entry), list(VERBS) + list(FIELDS), ""))
    verb = verbs[0]
    value = entry[verb]
    if verb == "merge":
        if not (isinstance(value, list) and len(value) == 2 and all(one_line_text(v) and v.strip() for v in value)):
            raise InputError(file, lines.get(verb, line), f"{where}: merge as a list of two texts "
                             "[\"text of the first item\", \"text of the second\"]", describe(value))
    elif not (one_line_text(value) and value.strip()):
        raise InputError(file, lines.get(verb, line), f"{where}: {verb} as one line of text printed in the item",
                         describe(value))
    for key, kind in FIELDS.items():
        if key not in entry:
            continue
        value, at = entry[key], lines.get(key, line)
        if kind is str and not one_line_text(value):
            raise InputError(file, at, f"{where}: {key} as one line of text", describe(value))
        if kind is list and not (isinstance(value, list) and all(one_line_text(v) and v.strip() for v in value)):
            raise InputError(file, at, f"{where}: {key} as a list of names [张三, 李四]", describe(value))
        if kind is list and any(MARKUP.search(v) for v in value):
            raise InputError(file, at, f"{where}: {key} as plain names (no < or >)", describe(value))
    if "kind" in entry and entry["kind"] not in ITEM_KINDS:
        raise InputError(file, lines.get("kind", line), f"{where}: kind among {list(ITEM_KINDS)}", repr(entry["kind"]))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def find_item(page: PageDraft, anchor: str, id_anchors: dict[str, str]) -> Draft:
    """The item containing the anchor text; an id stands for the text its registry entry records."""
    wanted = squeeze(id_anchors.get(anchor, anchor))
    holding = [item for item in page.items if wanted in squeeze("".join(b.text for b in item.blocks))]
    if len(holding) > 1:  # a correction applied to the first of several would be a guess
        lines = "、".join(f"lines {item.lines[0]}–{item.lines[1]}" for item in holding)
        raise InputError(page.raw.file, None, f"a correction anchor found in one item only: {anchor!r}",
                         f"{len(holding)} items holding it ({lines}); quote more of the text")
    if holding:
        return holding[0]
    raise InputError(page.raw.file, None, f"an item containing {anchor!r} (correction anchor)", "none")


def set_fields(item: Draft, entry: dict) -> None:
    for key in FIELDS:
        if key in entry:
            setattr(item, key, list(entry[key]) if FIELDS[key] is list else entry[key])
            if key == "title":
                item.headline_source = "correction"
    item.meta = replace(item.meta, corrected=(*item.meta.corrected, *(k for k in FIELDS if k in entry)))


def apply_corrections(page: PageDraft, entries: list[dict], id_anchors: dict[str, str] | None = None) -> None:
    id_anchors = id_anchors or {}
    for entry in entries:
        if "split" in entry:
            wanted = squeeze(entry["split"])
            item = find_item(page, entry["split"], id_anchors)
            at = next((n for n, b in enumerate(item.blocks) if wanted in squeeze(b.text)), None)
            if at is None:
                raise InputError(page.raw.file, None, f"a block containing {entry['split']!r} to split at",
                                 "the text spread over several blocks (anchor on words within one paragraph)")
            if at == 0:  # the segmenter already cuts there: the archivist's split confirms the cut
                item.opened_by = "correction"
                set_fields(item, entry)
                continue
            new = Draft(kind=item.kind, file=item.file, blocks=item.blocks[at:], headline_source="none",
                          opened_by="correction")
            item.blocks = item.blocks[:at]
            page.items.insert(page.items.index(item) + 1, new)
            if item.kind != "photo" and "kind" not in entry:
                new.kind = "article"
            set_fields(new, entry)
            new.warnings.append(f"split off by correction at {entry['split']!r}")
        elif "merge" in entry:
            first, second = (find_item(page, a, id_anchors) for a in entry["merge"])
            if first is second:
                raise InputError(page.raw.file, None, "two different items to merge", "both texts in the same item")
            # The second item's headline stays, as a section heading of the merged text.
            headline = [b for b in second.blocks if b.kind == "headline"]
            if headline:
                first.blocks.append(heading_of(headline))
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
