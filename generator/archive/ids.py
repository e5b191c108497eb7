"""Stable identifiers: an id, once published, resolves forever.

The registry (`ids.lock` beside the pages, committed) keeps every id ever given, with the page
file and an anchor: the first characters of the item's text when the id was born; and the last
title, newspaper and date its item was published with, and what the id stands for now when it
no longer names its own item (`status`). On every run
each registered anchor is looked up in the current items of its page (all text is kept, so it
is always found): the item holding it keeps the id, even when better segmentation added text in
front; where one item now holds several anchors (the segmenter or a correction merged items),
the earliest keeps its id and the others redirect to it. An
item no anchor points at is new and gets a new id, derived from its file and anchor, so two runs
on the same input agree. Titles, dates and kinds play no part: correcting them changes no id.

An id whose anchor is in no item of its page any more (the page renamed or deleted, its opening
characters edited) is looked for by content (`settle_registry`): an item now elsewhere with the
same opening, an item of its page opening almost alike, or the one item with its last title;
found, its page redirects there, else it becomes a tombstone. Entries are never removed.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from typing import AbstractSet, NamedTuple, Sequence

import yaml

from .model import Article, Page

ANCHOR_CHARS = 16
HEADER = """\
# Registry of every published item id. Generated and extended by `python -m generator generate`;
# commit it. Entries are never removed: an id whose item moved or was merged redirects there; one
# whose text left the archive keeps a tombstone page, with the last title, newspaper and date here.
"""


@dataclass(frozen=True)
class Entry:
    id: str
    file: str
    anchor: str
    # The last title, newspaper and date its item was published with (for its tombstone).
    title: str = ""
    newspaper: str = ""
    date: str = ""
    # "" while the id names its own item; else "merged into <id>", "moved to <id>" or "removed".
    status: str = ""


OPTIONAL_FIELDS = ("title", "newspaper", "date", "status")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def item_text(item: Article) -> str:
    """The item's characters in reading order, body first (so the anchor is its opening)."""
    body = [b.text for b in item.body_blocks]
    rest = [
        b.text
        for b in item.blocks
        if b.kind not in ("paragraph", "heading", "listitem", "caption", "continuation", "jump")
    ]
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


# libyaml where installed (the same YAML as PyYAML's, several times faster): the registry grows
# with every id ever published and is read by every run; the writers use the dumper too.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SAFE_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


REGISTRY_ENTRY = re.compile(r"- id: ([^\n]+)\n  file: ([^\n]+)\n  anchor: ([^\n]+)\n"
                            + "".join(rf"(?:  {name}: ([^\n]+)\n)?" for name in OPTIONAL_FIELDS))
PLAIN_START = re.compile(r"[^\s'\"\-?:,\[\]{}#&*!|>%@`]")
RESOLVER = yaml.resolver.Resolver()


def registry_as_written(text: str) -> list[Entry] | None:
    """The entries of a registry in the form `format_registry` writes with every value a plain
    scalar YAML reads as that very string, read without YAML (a run that changes one page
    would otherwise spend much of its time parsing it); None for anything else, which YAML then reads."""
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
        values = ["" if value is None else string_of(value) for value in match.groups()]
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
    known = {"id", "file", "anchor", *OPTIONAL_FIELDS}
    if not isinstance(data, list) or not all(isinstance(e, dict) and {"id", "file", "anchor"} <= set(e) <= known
                                             for e in data):
        from .errors import InputError

        raise InputError(file, None, "a list of {id, file, anchor} entries (optionally with "
                         + ", ".join(OPTIONAL_FIELDS) + ")", "something else")
    return [Entry(str(e["id"]), str(e["file"]), str(e["anchor"]), *(str(e.get(name) or "") for name in OPTIONAL_FIELDS))
            for e in data]


def format_registry(entries: list[Entry], written: str = "") -> str:
    """The registry's text: YAML, entries sorted by file and id. An entry `written` (the
    registry as last written) holds in this form is copied from it rather than dumped again
    (dumping every entry again would be a large part of a run that adds one page); the text is the same."""
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
    return yaml.dump([{"id": e.id, "file": e.file, "anchor": e.anchor,
                       **{name: getattr(e, name) for name in OPTIONAL_FIELDS if getattr(e, name)}} for e in rows],
                     Dumper=SAFE_DUMPER, allow_unicode=True, sort_keys=False, width=1000)


def assign_ids(pages: Sequence[Page], registry: list[Entry], texts_of_pages: list[list[str] | None] | None = None
               ) -> tuple[list[Entry], dict[str, str], list[Page]]:
    """An id for every item: the extended registry, redirects (old id → id) and the pages with
    their items' ids (`Page.with_ids`). `texts_of_pages`: each page's `item_text`s, where made
    already (by the page's build)."""
    by_file: dict[str, list[Entry]] = {}
    for entry in registry:
        by_file.setdefault(entry.file, []).append(entry)
    taken = {e.id for e in registry}
    entries = list(registry)
    redirects: dict[str, str] = {}
    with_ids: list[Page] = []
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
        ids: list[str] = []
        for index in range(len(page.items)):
            found = sorted(owners.get(index, []), key=lambda pe: (pe[0], pe[1].id))
            if found:
                id_ = found[0][1].id
            else:
                anchor = texts[index][:ANCHOR_CHARS]
                id_ = new_id(page.raw.file, anchor, taken)
                taken.add(id_)
                entries.append(Entry(id_, page.raw.file, anchor))
            for _, entry in found[1:]:
                redirects[entry.id] = id_
            ids.append(id_)
        with_ids.append(page.with_ids(ids))
    return entries, redirects, with_ids


class Live(NamedTuple):
    """An item of this run, as `settle_registry` matches vanished ids against it."""
    id: str
    file: str
    text: str  # item_text
    title: str  # as displayed
    newspaper: str
    date: str


SAME_OPENING = 0.8  # an anchor and an item's opening this alike (13 of 16 characters) are one item


class Holders:
    """Where the text of an id whose anchor its page no longer holds is now, if anywhere."""

    def __init__(self, live: list[Live]):
        self.live = live
        self.by_file: dict[str, list[Live]] = {}
        self.by_title: dict[str, list[Live]] = {}
        for item in live:
            self.by_file.setdefault(item.file, []).append(item)
            self.by_title.setdefault(item.title, []).append(item)
        self.openings: dict[int, dict[str, list[Live]]] = {}

    def opening(self, length: int) -> dict[str, list[Live]]:
        """Items by their first `length` characters (anchors are shorter for short items)."""
        if length not in self.openings:
            self.openings[length] = {}
            for item in self.live:
                self.openings[length].setdefault(item.text[:length], []).append(item)
        return self.openings[length]

    def holder(self, entry: Entry) -> str | None:
        """The id of the item that holds `entry`'s text now, or None."""
        # The same opening on another page: the page was renamed, or the item moved.
        elsewhere = [item for item in self.opening(len(entry.anchor)).get(entry.anchor, []) if item.file != entry.file]
        if elsewhere:
            return elsewhere[0].id
        # On its own page, an opening almost alike: a typo fixed in its first characters.
        alike = [
            (SequenceMatcher(None, entry.anchor, item.text[: len(entry.anchor)], autojunk=False).ratio(), -n, item.id)
            for n, item in enumerate(self.by_file.get(entry.file, []))
        ]
        best = max(alike, default=None)
        if best is not None and best[0] >= SAME_OPENING:
            return best[2]
        # Its last title, on its page or on a page of the same newspaper and date, if one item has it.
        if entry.title:
            same = [item for item in self.by_title.get(entry.title, [])
                    if item.file == entry.file or (entry.newspaper and entry.date
                                                   and (item.newspaper, item.date) == (entry.newspaper, entry.date))]
            if len(same) == 1:
                return same[0].id
        return None


class Settled(NamedTuple):
    registry: list[Entry]  # every entry, live ones with their item's title, newspaper and date
    redirects: dict[str, str]  # id → the live id it sends readers to (merged or moved items)
    retired: list[Entry]  # entries whose id names no item of its own, with their status
    changes: list[tuple[Entry, Entry]]  # (as the registry had it, as it is now) for each status changed


def settle_registry(registry: list[Entry], merged: dict[str, str], live: list[Live],
                    skipped_files: AbstractSet[str] = frozenset()) -> Settled:
    """What each registered id stands for after `assign_ids` (`merged`: its redirects): its own
    item, the item its text is in now, or a tombstone. An entry of a skipped page is left as it
    is: its page is not in this run (the run says how many of its ids do not resolve)."""
    by_id = {item.id: item for item in live}
    holders = Holders(live)
    settled, redirects, retired, changes = [], {}, [], []
    for entry in registry:
        if entry.id in by_id:
            item = by_id[entry.id]
            now = replace(entry, title=item.title, newspaper=item.newspaper, date=item.date, status="")
        elif entry.file in skipped_files:
            now = entry
        elif entry.id in merged:
            redirects[entry.id] = merged[entry.id]
            now = replace(entry, status=f"merged into {merged[entry.id]}")
        elif target := holders.holder(entry):
            redirects[entry.id] = target
            now = replace(entry, status=f"moved to {target}")
        else:
            now = replace(entry, status="removed")
        if now.status and entry.file not in skipped_files:
            retired.append(now)
        if now.status != entry.status:
            changes.append((entry, now))
        settled.append(now)
    return Settled(settled, redirects, retired, changes)


def redirect_target(entry: Entry) -> str | None:
    """The id a retired entry sends readers to, or None for a tombstone."""
    kind, _, target = entry.status.rpartition(" ")
    return target if kind in ("merged into", "moved to") else None


def describe_change(before: Entry, after: Entry) -> str:
    """One line on what a published id stands for now, for the warnings of `generate` and `check`."""
    known = f"{after.file}" + (f", {after.title}" if after.title else "")
    head = f"published id {after.id} ({known})"
    if not after.status:
        return f"{head} resolves to its own article again"
    if after.status == "removed":
        return f"{head} is now a tombstone: its text is in no page of the archive any more"
    reason = ("its item was merged into that one" if after.status.startswith("merged")
              else "its text is there now (the page renamed or its opening edited)")
    was = f"; it redirected to {redirect_target(before)} before" if redirect_target(before) else ""
    return f"{head} now redirects to {redirect_target(after)}: {reason}{was}"


def safe_relative(path: str) -> bool:
    """A relative POSIX path that stays inside its folder: no '..', no absolute, empty or '.' parts."""
    if not path or UNSAFE_IN_PATH.search(path) or re.match(r"^[A-Za-z]:", path):
        return False
    return all(part not in ("", ".", "..") for part in path.split("/"))


UNSAFE_IN_PATH = re.compile(r"[\\\0\r\n]")
