"""One writer at a time: `generate` and the site build take `.archive.lock` in the folder that
holds the page folder, docs/ and its caches, and a second run is refused, naming the lock file
and the process holding it.

The lock is `flock` on that file: the system releases it when the holding process ends, however
it ends, so a lock left by a killed run is simply taken over (the file stays; the pid written
in it is only there for the message). Forked workers inherit the lock and end with their run.
"""
from __future__ import annotations

import fcntl
import os
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Iterator

from .errors import RunFailed

LOCK_FILE = ".archive.lock"


class ArchiveBusy(RunFailed):
    """Another process holds the archive's lock."""


@contextmanager
def archive_lock(folders: list[Path], what: str) -> Iterator[None]:
    """Hold `.archive.lock` in each of `folders` (each folder once) while the block runs, or
    raise ArchiveBusy naming the lock file and its holder's pid; `what` says in the file who
    holds it."""
    with ExitStack() as held:
        for folder in sorted({Path(folder).resolve() for folder in folders}):
            held.enter_context(one_lock(folder / LOCK_FILE, what))
        yield


@contextmanager
def one_lock(path: Path, what: str) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(handle, 200, 0).decode("utf-8", "replace").split()
            by = f"process {holder[0]} ({' '.join(holder[1:])})" if holder else "another process"
            raise ArchiveBusy(f"{path} is held by {by}: another run is writing this archive; "
                              "wait for it to end, then run again") from None
        os.ftruncate(handle, 0)
        os.pwrite(handle, f"{os.getpid()} {what}\n".encode("utf-8"), 0)
        yield
    finally:
        os.close(handle)  # releases the lock (forked workers still holding it release it as they end)
