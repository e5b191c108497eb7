"""Stable identifiers: an id, once published, resolves forever.

The registry (`ids.lock` beside the pages, committed) keeps every id ever given, with the page
file and an anchor: the first characters of the item's text when the id was born. On every run
each registered anchor is looked up in the current items of its page (all text is kept, so it
is always found): the item holding it keeps the id, even when better segmentation added text in
front; where one item now holds several anchors (the segmenter or a correction merged items),
the earliest keeps its id and the others redirect to it. An
item no anchor points at is new and gets a new id, derived from its file and anchor, so two runs
on the same input agree. Titles, dates and kinds play no part: correcting them changes no id.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from .model import Article, Page

ANCHOR_CHARS = 16
HEADER = """\
# Registry of every published item id. Generated and extended by `python -m generator generate`;
# commit it. Entries are never removed: an id whose item was merged into another redirects there.
"""


@dataclass(frozen=True)
class Entry:
    id: str
    file: str
    anchor: str


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def item_text(item: Article) -> str:
    """The item's characters in reading order, body first (so the anchor is its opening)."""
    body = [b.text for b in item.body_blocks]
    rest = [b.text for b in item.blocks if b.kind not in ("paragraph", "heading", "listitem", "caption", "continuation", "jump")]
    return squeeze("".join(body + rest))


MAX_SALT = 64


def minted_order(entry: Entry) -> tuple[int, str]:
    """The salt new_id used for an entry (the order in which ids for the same text were minted),
    and the id; an id minted otherwise sorts after those."""
    for salt in range(MAX_SALT):
        if hashlib.sha1(f"{entry.file}\n{entry.anchor}\n{salt}".encode()).hexdigest()[:12] == entry.id:
            return salt, entry.id
    return MAX_SALT, entry.id


def new_id(file: str, anchor: str, taken: set[str]) -> str:
    salt = 0
    while True:
        digest = hashlib.sha1(f"{file}\n{anchor}\n{salt}".encode()).hexdigest()[:12]
        if digest not in taken:
            return digest
        salt += 1


# libyaml where installed (the same YAML as PyYAML's, several times faster): the registry of a
# 10,000-article archive parses in 0.1 s instead of 1.5 s; the writers use the dumper too.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SAFE_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


REGISTRY_ENTRY = re.compile(r"- id: ([^\n]+)\n  file: ([^\n]+)\n  anchor: ([^\n]+)\n")
PLAIN_START = re.compile(r"[^\s'\"\-?:,\[\]{}#&*!|>%@`]")
RESOLVER = yaml.resolver.Resolver()


def registry_as_written(text: str) -> list[Entry] | None:
    """The entries of a registry in the form `format_registry` writes with every value a plain
    scalar YAML reads as that very string, read without YAML (parsing 10,000 entries took 0.4 s
    of a run that changes one page); None for anything else, which YAML then reads."""
    blocks, whole = entry_blocks(text)
    return [entry for entry, _ in blocks] if whole else None


@lru_cache(maxsize=1)  # a run reads the registry, then writes it given the text it read
def entry_blocks(text: str) -> tuple[list[tuple[Entry, str]], bool]:
    """The entries of `text` written in that form, each with its text, and whether they are
    the whole registry."""
    body = text[len(HEADER):] if text.startswith(HEADER) else None
    if body is None or (body and not body.startswith("- ")):
        return [], False
    blocks, whole, end = [], True, 0
    for match in REGISTRY_ENTRY.finditer(body):
        values = [string_of(value) for value in match.groups()]
        whole = whole and match.start() == end and None not in values
        if None not in values:
            blocks.append((Entry(*values), match.group(0)))
        end = match.end()
    return blocks, whole and end == len(body)


SINGLE_QUOTED = re.compile(r"'((?:[^'\n]|'')*)'")


def string_of(value: str) -> str | None:
    """The string a YAML scalar written on one line stands for, where it is a single-quoted one
    or a plain one YAML reads as a string; else None."""
    if not value.isprintable():
        return None
    if quoted := SINGLE_QUOTED.fullmatch(value):
        return quoted[1].replace("''", "'")
    plain = (PLAIN_START.match(value) is not None and value == value.strip() and ": " not in value
             and " #" not in value and not value.endswith(":")
             and RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == "tag:yaml.org,2002:str")
    return value if plain else None


def parse_registry(text: str, file: str = "ids.lock") -> list[Entry]:
    written = registry_as_written(text)
    if written is not None:
        return written
    data = yaml.load(text, Loader=SAFE_LOADER) or []  # noqa: S506 — a SafeLoader
    if not isinstance(data, list) or not all(isinstance(e, dict) and {"id", "file", "anchor"} <= set(e) for e in data):
        from .errors import InputError

        raise InputError(file, None, "a list of {id, file, anchor} entries", "something else")
    return [Entry(str(e["id"]), str(e["file"]), str(e["anchor"])) for e in data]


def format_registry(entries: list[Entry], written: str = "") -> str:
    """The registry's text: YAML, entries sorted by file and id. An entry `written` (the
    registry as last written) holds in this form is copied from it rather than dumped again
    (dumping 10,000 entries took 0.5-0.9 s of a run that adds one page); the text is the same."""
    rows = sorted(entries, key=lambda e: (e.file, e.id))
    known = dict(entry_blocks(written)[0])
    missing = [e for e in rows if e not in known]
    if not rows:
        return HEADER + dump_entries(rows)
    dumped = dump_entries(missing) if missing else ""
    blocks = [match.group(0) for match in REGISTRY_ENTRY.finditer(dumped)]
    if len(blocks) != len(missing) or sum(map(len, blocks)) != len(dumped):  # a form not one line a value
        return HEADER + dump_entries(rows)
    known.update(zip(missing, blocks))
    return HEADER + "".join(known[e] for e in rows)


def dump_entries(rows: list[Entry]) -> str:
    return yaml.dump([{"id": e.id, "file": e.file, "anchor": e.anchor} for e in rows],
                     Dumper=SAFE_DUMPER, allow_unicode=True, sort_keys=False, width=1000)


def assign_ids(pages: list[Page], registry: list[Entry],
               texts_of_pages: list[list[str] | None] | None = None) -> tuple[list[Entry], dict[str, str]]:
    """Set `item.id` on every item; return the extended registry and redirects (old id → id).
    `texts_of_pages`: each page's `item_text`s, where made already (by the page's build)."""
    by_file: dict[str, list[Entry]] = {}
    for entry in registry:
        by_file.setdefault(entry.file, []).append(entry)
    taken = {e.id for e in registry}
    entries = list(registry)
    redirects: dict[str, str] = {}
    for number, page in enumerate(pages):
        texts = texts_of_pages[number] if texts_of_pages and texts_of_pages[number] is not None else None
        texts = texts if texts is not None else [item_text(item) for item in page.items]
        owners: dict[int, list[tuple[int, Entry]]] = {}
        claimed: set[tuple[str, int]] = set()  # (anchor, item) pairs already given an entry
        for entry in sorted(by_file.get(page.raw.file, []), key=minted_order):
            holding = [index for index, text in enumerate(texts) if entry.anchor in text]
            if not holding:
                continue
            # Items opening alike (two 本报讯 stories starting with the same words) each keep the
            # entry minted for them, in the order they were minted; more entries than items
            # with that text are items merged since (redirects).
            index = next((i for i in holding if (entry.anchor, i) not in claimed), holding[0])
            claimed.add((entry.anchor, index))
            owners.setdefault(index, []).append((texts[index].find(entry.anchor), entry))
        for index, item in enumerate(page.items):
            found = sorted(owners.get(index, []), key=lambda pe: (pe[0], pe[1].id))
            if found:
                item.id = found[0][1].id
            else:
                anchor = texts[index][:ANCHOR_CHARS]
                item.id = new_id(page.raw.file, anchor, taken)
                taken.add(item.id)
                entries.append(Entry(item.id, page.raw.file, anchor))
            for _, entry in found[1:]:
                redirects[entry.id] = item.id
    return entries, redirects
