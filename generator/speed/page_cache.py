"""The page cache: a page's result is reused while its inputs and the generator are unchanged.

The key hashes the page file, its sidecar and corrections, the registry entries its corrections
name by id, and every file of the generator (code and data): change any of them and the page is
built again. Results are pickled under `.cache/<page folder's name>/pages/` beside the page
folder, each with its key inside (a result is used only for the inputs it was made from). Like
git's objects, a result is written when it is made, before the run's commit: it answers only
for its own key, so a run that stops early leaves nothing wrong behind. A result no page of a
committed run has a key for any more is deleted after the commit (else every change of the
generator would leave a whole archive's results behind). Deleting `.cache/` only costs time. A
cached result equals a fresh build (tests/test_incremental.py).

Results are pickled with `dumps`, which keeps a page's lines and a block's spans packed
(`PackedRawPage`, `PackedBlock`) until they are read: the model (generator.archive.model) stays
plain dataclasses, and what makes a cached run fast stays here.
"""
from __future__ import annotations

import copyreg
import hashlib
import io
import json
import os
import pickle
import re
import stat
from array import array
from functools import cache
from pathlib import Path

from ..archive.errors import InputError
from ..archive.model import Block, Line, RawPage, Span
from ..archive.read import decode_text

GENERATOR = Path(__file__).resolve().parent.parent  # the whole generator: code and data


@cache
def generator_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in sorted(GENERATOR.rglob("*")):
        if path.is_file() and path.suffix != ".pyc" and "__pycache__" not in path.parts:
            digest.update(path.relative_to(GENERATOR).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class PackedRawPage(RawPage):
    """A RawPage read back from the page cache, its lines kept as their text in one string
    (`lines_text`) until read: a run that takes its pages from the cache reads none of them,
    and making them is most of what loading such a page costs. Equal to the RawPage it was
    pickled from."""

    def __getattr__(self, name: str):
        if name == "lines" and "lines_text" in self.__dict__:  # the lines not made yet: made now
            text = self.__dict__.pop("lines_text")
            self.lines = [Line(number, line) for number, line in enumerate(text.split("\n"), 1)]
            return self.lines
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RawPage):
            return NotImplemented
        return (self.file, self.lines, self.meta, self.meta_source) == \
            (other.file, other.lines, other.meta, other.meta_source)

    __hash__ = None  # type: ignore[assignment]  # as RawPage's: mutable, compared by value


class PackedBlock(Block):
    """A Block read back from the page cache, its spans kept as one array of (line, start, end)
    numbers with the range of their lines (`packed_spans`) until read: a run that takes its
    pages from the cache reads few of its spans (there are about 28 per article), and the
    export needs only each item's line range."""

    @property
    def line_range(self) -> tuple[int, int] | None:
        packed = self.__dict__.get("packed_spans")
        return packed[0] if packed is not None else super().line_range

    def __getattr__(self, name: str):
        if name == "spans" and "packed_spans" in self.__dict__:  # the spans not made yet: made now
            numbers = array("i", self.__dict__.pop("packed_spans")[1])
            spans = tuple(map(Span, numbers[0::3], numbers[1::3], numbers[2::3]))
            object.__setattr__(self, "spans", spans)  # made once, on first read: the block is frozen
            return spans
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


def packed_raw_page(page: RawPage) -> tuple:
    """How `dumps` pickles a RawPage: as a PackedRawPage, its lines as one text where they are
    numbered from 1 on (as read), else as they are."""
    state = dict(page.__dict__)
    lines = state.get("lines")
    if lines and all(line.number == number for number, line in enumerate(lines, 1)):
        state["lines_text"] = "\n".join(line.text for line in state.pop("lines"))
    return object.__new__, (PackedRawPage,), state


def packed_block(block: Block) -> tuple:
    """How `dumps` pickles a Block: as a PackedBlock, its spans packed (or left packed)."""
    state = dict(block.__dict__)
    spans = state.pop("spans", None)
    if spans is not None:  # else still packed: (its line range, the numbers)
        lines = [span.line for span in spans]
        state["packed_spans"] = (
            (min(lines), max(lines)) if lines else None,
            array("i", [n for span in spans for n in (span.line, span.start, span.end)]).tobytes(),
        )
    return object.__new__, (PackedBlock,), state


class CachePickler(pickle.Pickler):
    """pickle's Pickler, with pages' lines and blocks' spans packed (`packed_raw_page`, `packed_block`)."""

    dispatch_table = {**copyreg.dispatch_table, RawPage: packed_raw_page, PackedRawPage: packed_raw_page,
                      Block: packed_block, PackedBlock: packed_block}


def dumps(value) -> bytes:
    """`value` pickled as the page cache keeps it; `pickle.loads` reads it back."""
    buffer = io.BytesIO()
    CachePickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


def readable(data: bytes, file: str) -> str:
    """The text as the corrections reader decodes it; "" where it cannot (the build says why)."""
    try:
        return decode_text(data, file)
    except InputError:
        return ""


def cache_folder(pages: Path) -> Path:
    """Where the caches of a page folder live: `.cache/<its name>/` beside it."""
    pages = Path(pages).resolve()
    return pages.parent / ".cache" / pages.name


class PageCache:
    def __init__(self, folder: Path):
        self.folder = cache_folder(folder) / "pages"
        self.memory: dict[str, object] = {}
        self.report = (0, 0)

    def prune(self, keys: list[str]) -> int:
        """Delete the results of keys not in `keys` (this run's), and the part-written files of
        a run killed while writing one; returns how many results. Called holding the archive's
        lock, once the run is committed."""
        wanted, removed = set(keys), 0
        for path in self.folder.glob("??/*.pickle"):
            if path.stem not in wanted:
                path.unlink(missing_ok=True)
                removed += 1
        for path in self.folder.glob("??/.*.part"):
            path.unlink(missing_ok=True)
        return removed

    def key(self, page: Path, registry: dict[str, str]) -> str:
        """`registry`: published id → the text its item starts with. A build reads it only where
        a correction names an item by id, so only those ids are part of the key: new ids
        published for other pages (or for this one) do not invalidate the cache."""
        digest = hashlib.sha256(generator_fingerprint().encode())
        companions = (page, page.with_suffix(".yml"), page.with_name(page.stem + ".corrections.yml"))
        contents = [path.read_bytes() if path.exists() else None for path in companions]
        for companion, data in zip(companions, contents):
            digest.update(companion.name.encode() + b"\0")
            digest.update(b"\1absent" if data is None else data)
        corrections = readable(contents[-1] or b"", companions[-1].name)
        for id_ in sorted(set(re.findall(r"[0-9a-z][0-9a-z_-]*", corrections)) & registry.keys()):
            digest.update(f"{id_}\0{registry[id_]}\0".encode())
        return digest.hexdigest()

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def holds(self, key: str) -> bool:
        """Whether a result is kept under `key` (it may still prove unreadable: `get`)."""
        return key in self.memory or self.path(key).is_file()

    def get(self, key: str):
        """The result kept under `key`, or None where there is none made for that key (missing,
        unreadable, or holding another key)."""
        if key not in self.memory:
            try:
                made_for, result = pickle.loads(self.path(key).read_bytes())
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
                return None
            if made_for != key:
                return None
            self.memory[key] = result
        return self.memory[key]

    def remember(self, key: str, result) -> None:
        """`result`, kept under `key` (its pickle written at `path(key)` where it was built), for this run."""
        self.memory[key] = result


class Extended(str):
    """In the files `generate` writes: the first `length` bytes of the same file of docs/ as it
    is, then this text. `write_tree` copies those bytes within the file system: the data exports
    are the largest files of docs/, and adding a page changes only their end."""

    length: int

    def __new__(cls, tail: str, length: int) -> "Extended":
        extended = super().__new__(cls, tail)
        extended.length = length
        return extended


class Kept(str):
    """In the files `generate` writes: "this file of docs/ as it is" (its relative path), for
    an article page whose inputs are those it was last written from. `write_tree` leaves it
    where it is, unread."""


def signature(path: str | Path) -> tuple | None:
    """What tells a file is the one a run wrote (or read): inode, size, modification time; None
    for anything but a regular file."""
    try:
        found = os.lstat(path)
    except OSError:
        return None
    return (found.st_ino, found.st_size, found.st_mtime_ns) if stat.S_ISREG(found.st_mode) else None


class LastRun:
    """What the last `generate` made that this one can reuse, kept beside the page cache:

    - article pages: an article's page in docs/ is kept as it is while everything its Markdown
      is made of is the same: the page's cache key (its files and the generator), the item's
      place on the page, its id, the public URL, and the ids and titles of the items it links to
      (same page, related); a newspaper page's listing likewise (its cache key, its items'
      ids). `.cache/<folder>/articles.pickle` holds, for each page written, that key and the
      file's signature, so a page changed or replaced in docs/ since is rendered again;
    - the merged search postings (`.cache/<folder>/search.pickle`, search_merge.Merged), resumed when articles
      were only appended;
    - `.cache/<folder>/run.json`: the digest of each of these files as the run that made them
      committed them; a file whose bytes have another digest (or none recorded) is not used.
    - what every other file of docs/ was written with (`.cache/<folder>/docs.pickle`: digest of
      the bytes, signature), so that `write_tree` leaves an unchanged one where it is, unread;
    - for a file made of one part per article (the data exports), each part's key and the byte
      where it ends (`.cache/<folder>/parts.pickle`): the parts of the articles that begin the
      archive as they began it last time stay in the file (`joined`).

    All of them are written with docs/, by its commit (`stage`): they always describe the
    docs/ the same run made."""

    def __init__(self, folder: Path, docs: Path):
        self.path = cache_folder(folder) / "articles.pickle"
        self.docs = Path(docs)
        self.record = self.path.with_name("run.json")
        self.digests = committed_digests(self.record)  # file name → sha256 of its bytes, as committed
        self.search_state = self.path.with_name("search.pickle")
        self.search_digest = self.digests.get(self.search_state.name)
        self.search_reused = 0  # articles whose search postings came merged from the last run
        self.previous: dict = load_verified(self.path, dict, self.digests)  # relative path → (key, signature)
        self.tree_state = self.path.with_name("docs.pickle")
        self.tree: dict = load_verified(self.tree_state, dict, self.digests)  # relative path → (digest, signature)
        self.parts_state = self.path.with_name("parts.pickle")
        self.parts_previous: dict = load_verified(self.parts_state, dict, self.digests)  # relative path → (keys, ends)
        self.parts: dict = {}
        self.current: dict = {}  # relative path → (key, signature where kept), this run
        self.articles = self.reused = 0

    def get(self, relative: str, key: tuple, render, article: bool = True) -> str:
        """The page at `relative`: Kept where docs/ holds it as written from `key`, else rendered.
        `article`: counted in `report` (a page listing is not)."""
        last = self.previous.get(relative)
        kept = last is not None and last[0] == key and last[1] == signature(os.path.join(self.docs, relative))
        self.current[relative] = (key, last[1] if kept else None)  # a kept file stays as it is: its signature too
        if article:
            self.articles += 1
            self.reused += kept
        return Kept(relative) if kept else render()

    def joined(self, relative: str, head: str, keys: list, part) -> str:
        """`head` + part(0) + part(1) + …, the part of article n having the key keys[n]: where
        docs/ holds the file as last written and it began with the same head and the parts of
        the same first keys, those stay as they are in it and an `Extended` of the parts after
        them is returned (after adding a page, the parts of the articles before it are neither
        made again nor read)."""
        reused, head_bytes = 0, head.encode("utf-8")
        keys_before, ends = self.parts_previous.get(relative, ((), ()))  # ends: in bytes
        recorded = self.tree.get(relative)
        path = os.path.join(self.docs, relative)
        if ends and recorded is not None and recorded[1] == signature(path) and recorded[1][1] == ends[-1]:
            try:
                with open(path, "rb") as previous:
                    same_head = previous.read(len(head_bytes)) == head_bytes
            except OSError:
                same_head = False
            while same_head and reused < min(len(keys), len(keys_before)) and keys[reused] == keys_before[reused]:
                reused += 1
        parts, now = ([] if reused else [head]), list(ends[:reused])
        length = ends[reused - 1] if reused else len(head_bytes)
        for n in range(reused, len(keys)):
            parts.append(part(n))
            length += len(parts[-1].encode("utf-8"))
            now.append(length)
        self.parts[relative] = (list(keys), now)
        return Extended("".join(parts), ends[reused - 1]) if reused else "".join(parts)

    @property
    def report(self) -> tuple[int, int]:
        """(articles rendered, articles reused)."""
        return self.articles - self.reused, self.reused

    def stage(self, tree, search_digest: str | None) -> None:
        """Stage in `tree` (a tree.TreeWriter of docs/, every file added) what its commit makes
        docs/ hold, and the run record of these files' digests. `search_digest`: that of the
        search merge as the tree's commit leaves it (None: not to be resumed)."""
        written = {relative: (key, known or tree.now.get(relative, (None, None))[1])
                   for relative, (key, known) in self.current.items()}
        digests = {}
        for path, state in ((self.path, written), (self.tree_state, tree.now), (self.parts_state, self.parts)):
            data = pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)
            digests[path.name] = hashlib.sha256(data).hexdigest()
            tree.also(path, data)
        if search_digest is not None:
            digests[self.search_state.name] = search_digest
        tree.also(self.record, json.dumps({"digests": digests}, sort_keys=True, indent=1).encode("utf-8"))


def committed_digests(record: Path) -> dict[str, str]:
    """The digests of the caches as the last committed run recorded them ({} if none)."""
    try:
        digests = json.loads(record.read_bytes())["digests"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return digests if isinstance(digests, dict) else {}


def read_verified(path: Path, digest: str | None) -> bytes | None:
    """The bytes of `path` when their sha256 is `digest` (as committed), else None."""
    if digest is None:
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return data if hashlib.sha256(data).hexdigest() == digest else None


def load_verified(path: Path, kind: type, digests: dict[str, str]):
    """The `kind` pickled in `path` if its bytes are those the run record has for it, else an
    empty `kind`: a cache is used only as the run that made it committed it."""
    data = read_verified(path, digests.get(path.name))
    return load_pickle(data, kind) if data is not None else kind()


def load_pickle(data: bytes, kind: type):
    """The object pickled in `data` if it is a `kind`, else an empty `kind` (a cache is only ever
    a saving: one missing, broken or from another version is no error)."""
    try:
        found = pickle.loads(data)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return kind()
    return found if isinstance(found, kind) else kind()
