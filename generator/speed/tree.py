"""Replacing the files of a folder (docs/) with a new set, so that no run leaves it half-made.

The files that differ from what the target holds are written beside it first (`TreeWriter.add`,
from this process or a forked one); the others stay where they are. Files outside the tree that
must change with it (ids.lock, the caches a run resumes from) are written beside it too
(`TreeWriter.also`). `commit` makes everything staged durable, then writes a journal of what
changes (the new files to move in, the old entries to remove, the files outside) and carries it
out, renames within one file system. The journal is the run's one commit point, as a ref is
git's: a failure or an interrupt before it is complete leaves the target and the files outside
as they were and the staging folder is removed; a run killed after it is finished from the
journal by the next writer or site build (`recover`), so all of them are then the new ones.

Adding a page changes a small share of docs/' files, so moving only those in costs much less
than building a whole new tree of hard links and removing the old one (design/PERFORMANCE.md).
"""
from __future__ import annotations

import ctypes
import errno
import hashlib
import json
import os
import shutil
import signal
import stat
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, NamedTuple

from ..archive.errors import RunFailed
from ..archive.files import replace_file
from ..archive.ids import safe_relative
from .page_cache import Extended, Kept, signature

JOURNAL = "journal.json"  # in the staging folder: its presence says the new set is complete
TREE = "tree"  # in the staging folder: the new files of the target, at their relative paths
OUTSIDE = "outside"  # in the staging folder: the new files outside the target (`TreeWriter.also`)


class Added(NamedTuple):
    """What `TreeWriter.add` did (a forked writer's parent takes it with `absorb`)."""
    written: int      # files that differ from the target's, written to the staging folder
    unchanged: int    # files the target holds already
    record: dict      # their record entries (relative path → digest, signature)
    paths: list       # every file added
    moved: list       # the files written, to move into the target
    outside: list = []  # [staged name, target] of files outside the target (`TreeWriter.also`)


class TreeWriter:
    """The new set of files of `target`; use as a context manager (an exit before `commit`
    removes what was written).

    A file whose bytes the target holds already (a regular file, not a link) is left as it is,
    with its modification time, so a run that changes one page writes only what it touches. A
    `Kept` value stands for the file of `target` as it is, unread. `record`: what `target`
    holds as an earlier writer given it left it (relative path → digest of the bytes, signature
    of the file); a file whose new bytes have the digest recorded, and is still the file
    recorded, is not read (most files of docs/ are made again unchanged by every run).
    `commit` updates it to what `target` then holds."""

    def __init__(self, target: Path, record: dict[str, tuple] | None = None):
        self.target = Path(target).resolve() if Path(target).is_symlink() else Path(target)  # beside the folder itself
        self.record = record
        guard_target(self.target)
        if self.target.exists() and not self.target.is_dir():
            raise RunFailed(f"refusing to replace {target}: it is a file, not a folder")
        self.target.parent.mkdir(parents=True, exist_ok=True)
        recover(self.target)
        with naming(self.target.parent):
            self.staging = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.staging-", dir=self.target.parent))
        self.written, self.unchanged, self.now = 0, 0, {}
        self.paths: set[str] = set()
        self.moved: list[str] = []
        self.outside: list[list[str]] = []
        self.interrupted = False  # an interrupt came while committing: held until the commit was done

    def __enter__(self) -> "TreeWriter":
        return self

    def __exit__(self, *exc) -> None:
        if self.staging.exists() and not (self.staging / JOURNAL).exists():  # the target is as it was
            shutil.rmtree(self.staging)

    def holds(self, relative: str) -> bool:
        """Whether `target` holds the file `relative` as the record has it (written by an earlier
        writer given the record, not changed since): a `Kept` for it is then what was written."""
        last = self.record.get(relative) if self.record is not None else None
        return last is not None and last[1] == signature(os.path.join(self.target, relative))

    def add(self, files: dict[str, str]) -> Added:
        """Add `files` to the new set: those the target does not hold as they are are written
        to the staging folder. Refuses (writing none of them) a path not inside the tree."""
        for relative in files:
            if not safe_relative(relative):
                raise ValueError(f"refusing to write {relative!r}: not a path inside {self.target}")
        record, now, moved = self.record, {}, []
        folders: set[str] = set()
        old_root, new_root = str(self.target), str(self.staging / TREE)  # strings, not Paths: joined for every file

        def staged(relative: str) -> str:
            """Where `relative` is written in the staging folder, its folder made."""
            folder = os.path.dirname(relative)
            if folder not in folders:
                with naming(os.path.join(new_root, folder)):
                    os.makedirs(os.path.join(new_root, folder), exist_ok=True)
                folders.add(folder)
                folders.update(parents(relative))
            return os.path.join(new_root, relative)

        for relative, text in sorted(files.items()):
            old = os.path.join(old_root, relative)
            if isinstance(text, Kept):  # its signature checked where it was decided on (`holds`, LastRun.get)
                if record is not None and relative in record:
                    now[relative] = record[relative]
                continue
            if isinstance(text, Extended):
                found = signature(old)
                if found is None or found[1] < text.length:
                    raise RunFailed(f"{old} was removed or changed while the archive was generated: run again")
                if not text and found[1] == text.length:  # nothing appended: the file as it is
                    if record is not None and relative in record:
                        now[relative] = record[relative]
                    continue
                written = staged(relative)
                extend(old, text.length, written, text.encode("utf-8"))
                moved.append(relative)
                if record is not None:
                    now[relative] = (None, signature(written))  # no digest: the bytes copied were not read
                continue
            data = text.encode("utf-8")
            if record is not None:
                digest = hashlib.sha256(data).digest()
                last = record.get(relative)
                if last is not None and last[0] == digest and last[1] == signature(old):
                    now[relative] = last
                    continue
            if holds_bytes(old, data):
                written = old
            else:
                written = staged(relative)
                create(written, data)
                moved.append(relative)
            if record is not None:
                now[relative] = (digest, signature(written))  # a rename keeps what the signature is made of
        return self.absorb(Added(len(moved), len(files) - len(moved), now, list(files), moved))

    def also(self, path: Path, data: bytes) -> Added:
        """`path`, a file outside the target, is to hold `data` from the commit on (not before):
        written to the staging folder now, moved to its place with the target's new files."""
        path = Path(path).resolve()
        name = hashlib.sha256(str(path).encode()).hexdigest()[:16] + "-" + path.name
        folder = self.staging / OUTSIDE
        try:
            folder.mkdir(exist_ok=True)
            create(str(folder / name), data)
        except OSError as error:  # named as the reader knows it, not by its place in the staging folder
            error.filename = str(path)
            raise
        return self.absorb(Added(0, 0, {}, [], [], [[name, os.path.relpath(path, self.staging.parent)]]))

    def absorb(self, added: Added) -> Added:
        """Take what another process added (what its `add` or `also` returned)."""
        self.written += added.written
        self.unchanged += added.unchanged
        self.now.update(added.record)
        self.paths.update(added.paths)
        self.moved += added.moved
        self.outside += added.outside
        return added

    def commit(self) -> tuple[int, int]:
        """Make the target hold exactly the files added, and the files outside it what `also`
        gave them, in one step: the journal. Returns (files written, files unchanged). An
        interrupt (SIGINT) that comes while committing is held until the commit is done
        (`interrupted` then says so): once the journal is written the run is the new one."""
        whole = not self.target.exists()
        journal = {"whole": whole, "remove": [] if whole else stale_entries(self.target, self.paths),
                   "move": [] if whole else sorted(self.moved), "outside": sorted(self.outside, key=lambda o: o[1])}
        with interrupts_held() as held:
            os.makedirs(self.staging / TREE, exist_ok=True)
            sync_file_system(self.staging)  # the staged files, on disk before the journal that names them
            replace_file(self.staging / JOURNAL, json.dumps(journal, ensure_ascii=False).encode("utf-8"), sync=True)
            pause_at("journal")
            carry_out(self.staging, self.target)
            self.interrupted = self.interrupted or bool(held)
        if self.record is not None:
            self.record.clear()
            self.record.update(self.now)
        return self.written, self.unchanged


def write_tree(files: dict[str, str], target: Path, record: dict[str, tuple] | None = None) -> tuple[int, int]:
    """Make `target` hold exactly `files` (`TreeWriter`). Returns (files written, files unchanged)."""
    with TreeWriter(target, record) as tree:
        tree.add(files)
        return tree.commit()


def create(path: str, data: bytes) -> None:
    """A new file of the staging folder (never one there already), with `data`."""
    with naming(path):
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            write_all(handle, data)
        finally:
            os.close(handle)


@contextmanager
def naming(path) -> Iterator[None]:
    """An OSError raised inside names `path` where the system named no file (a write to a full
    disk names none: the message would say what failed but not where)."""
    try:
        yield
    except OSError as error:
        if error.filename is None:
            error.filename = os.fspath(path)
        raise


# Not a channel: the interrupts held by `interrupts_held` while it holds them (signals are the process's).
_held: list | None = None


@contextmanager
def interrupts_held() -> Iterator[list]:
    """Hold SIGINT while the block runs (it is recorded in the list yielded, not raised): what
    the block starts, it finishes. Only the main thread can hold signals; elsewhere the block
    runs as it is."""
    global _held
    if _held is not None:  # held already by an enclosing block: its list records them
        yield _held
        return
    if threading.current_thread() is not threading.main_thread():
        yield []
        return
    held: list = []
    before = signal.signal(signal.SIGINT, lambda number, frame: held.append(number))
    _held = held
    try:
        yield held
    finally:
        _held = None
        signal.signal(signal.SIGINT, before)


def ignore_interrupts() -> None:
    """A worker process's start: SIGINT is for its parent alone. Ctrl-C reaches the whole
    process group, and a pool worker interrupted while it waits for work dies holding its
    pool's queue lock, for which the parent, ending the pool, would then wait forever; the
    parent takes the interrupt and ends its workers itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def pause_at(step: str) -> None:
    """Where ARCHIVE_PAUSE_AT names this step, the run writes its pid to the file named by
    ARCHIVE_PAUSE_FILE and waits there to be killed (tests and `make soak` stop a run at the
    step they choose, not at a moment they guess). An interrupt held (`interrupts_held`) ends
    the wait: the run then finishes."""
    if os.environ.get("ARCHIVE_PAUSE_AT") != step:
        return
    Path(os.environ["ARCHIVE_PAUSE_FILE"]).write_text(f"{os.getpid()} {step}\n", encoding="utf-8")
    while not _held:
        time.sleep(0.05)


def sync_file_system(path: Path) -> None:
    """Write to disk everything written to the file system that holds `path`: one `syncfs`,
    where an `fsync` per file would take about as long per file as one syncfs for all of them."""
    handle = os.open(path, os.O_RDONLY)
    try:
        if _syncfs is None or _syncfs(handle) != 0:
            os.sync()
    finally:
        os.close(handle)


try:
    _syncfs = ctypes.CDLL(None, use_errno=True).syncfs
except (AttributeError, OSError):  # not Linux: os.sync, every file system
    _syncfs = None


def write_all(handle: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(handle, view):]


def extend(old: str, length: int, path: str, tail: bytes) -> None:
    """A new file of the staging folder: the first `length` bytes of `old`, then `tail`. The
    bytes are copied by the system (copy_file_range), not through this process."""
    with naming(old):
        source = os.open(old, os.O_RDONLY)
    try:
        with naming(path):
            handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            try:
                copied = 0
                while copied < length:
                    try:
                        step = os.copy_file_range(source, handle, length - copied)
                    except OSError as error:  # a file system without it: through this process
                        if error.errno == errno.ENOSPC:
                            raise
                        step = os.write(handle, os.pread(source, min(length - copied, 1 << 24), copied))
                    if step == 0:
                        raise RunFailed(f"{old} was changed while the archive was generated: run again")
                    copied += step
                write_all(handle, tail)
            finally:
                os.close(handle)
    finally:
        os.close(source)


def holds_bytes(path: str, data: bytes) -> bool:
    """Whether `path` is a regular file (not a link) holding `data`."""
    try:
        found = os.lstat(path)
        if not stat.S_ISREG(found.st_mode) or found.st_size != len(data):
            return False
        with open(path, "rb") as existing:
            return existing.read() == data
    except OSError:  # no such file, or not readable: written anew
        return False


def stale_entries(target: Path, paths: set[str]) -> list[list[str]]:
    """What of `target` the new set has no place for, as ["file", path] (a file or link) or
    ["folder", path] (removed with what it holds): the files not in `paths`, the folders no
    path lies in, and a file or link where a path needs a folder."""
    folders = {parent for path in paths for parent in parents(path)}
    stale = []
    for root, dirs, files in os.walk(target):
        here = os.path.relpath(root, target).replace(os.sep, "/")
        prefix = "" if here == "." else here + "/"
        for name in files:
            if prefix + name not in paths:
                stale.append(["file", prefix + name])
        kept = []
        for name in dirs:
            relative = prefix + name
            if os.path.islink(os.path.join(root, name)):
                if relative not in paths:
                    stale.append(["file", relative])
            elif relative in folders:
                kept.append(name)
            else:
                stale.append(["folder", relative])
        dirs[:] = kept
    return sorted(stale)


def parents(path: str):
    """The folders a relative path lies in, innermost first ("a/b/c" → "a/b", "a")."""
    while "/" in path:
        path = path.rsplit("/", 1)[0]
        yield path


def carry_out(staging: Path, target: Path) -> None:
    """Do what the journal in `staging` says, then remove `staging`. Done again after a kill,
    it finishes the work: an entry is removed only while it is of the kind recorded (so a
    folder or file moved in since in its place stays), a file already moved in is skipped."""
    with naming(staging / JOURNAL):
        journal = json.loads((staging / JOURNAL).read_text(encoding="utf-8"))
    with naming(target):
        carry_out_journal(journal, staging, target)
        for name, relative in journal.get("outside", []):
            move_outside(staging / OUTSIDE / name, staging.parent / relative)
        sync_file_system(staging)  # the moves on disk before the journal is gone
        shutil.rmtree(staging)


def move_outside(staged: Path, path: Path) -> None:
    """Move a staged file to its place outside the target (done already if it is not there)."""
    if not os.path.lexists(staged):
        return
    with naming(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.replace(staged, path)
        except OSError as error:
            if error.errno != errno.EXDEV:
                raise
            # Another file system: copied beside its place (durably), then renamed; a copy cut
            # short by a kill is made again from the staged file by the next run.
            replace_file(path, staged.read_bytes(), sync=True)
            os.unlink(staged)


def carry_out_journal(journal: dict, staging: Path, target: Path) -> None:
    if journal.get("whole"):  # no target before: the staged tree becomes it
        if os.path.lexists(staging / TREE):
            os.replace(staging / TREE, target)
        return
    for kind, relative in journal["remove"]:
        path = os.path.join(target, relative)
        is_folder = os.path.isdir(path) and not os.path.islink(path)
        if kind == "folder" and is_folder:
            shutil.rmtree(path)
        elif kind == "file" and os.path.lexists(path) and not is_folder:
            os.unlink(path)
    made = set()
    for relative in journal["move"]:
        source = os.path.join(staging, TREE, relative)
        if not os.path.lexists(source):  # moved in before the run was killed
            continue
        folder = os.path.dirname(relative)
        if folder not in made:
            os.makedirs(os.path.join(target, folder), exist_ok=True)
            made.add(folder)
        os.replace(source, os.path.join(target, relative))


def guard_target(target: Path) -> None:
    """Refuse to replace the root or a folder that holds the working directory."""
    resolved = target.resolve()
    if resolved == Path(resolved.anchor) or resolved == Path.cwd() or resolved in Path.cwd().parents:
        raise RunFailed(f"refusing to replace {target}: it holds the working directory")


def recover(target: Path) -> None:
    """Finish what a killed run left: a journal not carried out to its end is carried out; a
    staging folder without one was left by a run that never reached its commit, and is removed.
    The caller holds the archive's lock (`runlock`): no other run is writing a staging folder."""
    target = Path(target)
    for staging in sorted(target.parent.glob(f".{target.name}.staging-*")):
        if (staging / JOURNAL).exists():
            carry_out(staging, target)
        else:
            shutil.rmtree(staging, ignore_errors=True)
