"""One writer at a time: `generate` and the site build take `.archive.lock` in the folder that
holds the page folder, docs/ and its caches, and a second run is refused, naming the lock file
and the process holding it.

The lock is `flock` on that file: the system releases it when the holding process ends, however
it ends, so a lock left by a killed run is simply taken over (the file stays; the pid written
in it is only there for the message).

A worker forked while the lock is held (the page builders, the search merge, the site build's
renderers) shares the locked file, and so holds the lock too: it writes the archive as much as
its run does, and must not let another run in while it still does. So it must not outlive its
run: SIGKILL sent to the run's process alone (`kill -9 <pid>`) does not reach it, so each such
worker watches its parent from a thread and ends within WATCH_INTERVAL of the parent's end
(portable: the parent is gone when the worker's parent pid changes; no Linux-only prctl). The
lock is thus free once the run and all its workers have ended, and not before; a run that
finds it held by a process that has ended waits ORPHAN_GRACE for its workers to end.
"""
from __future__ import annotations

import fcntl
import os
import threading
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Iterator

from .archive.errors import RunFailed

LOCK_FILE = ".archive.lock"
WATCH_INTERVAL = 0.1  # seconds between a worker's looks at whether its parent still runs
ORPHAN_GRACE = 3.0  # seconds a run waits for the workers of a holder that has ended


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
    global _held
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    try:
        if not locked(handle):
            holder = os.pread(handle, 200, 0).decode("utf-8", "replace").split()
            ended = bool(holder) and holder[0].isdigit() and not running(int(holder[0]))
            deadline = time.monotonic() + ORPHAN_GRACE
            while ended and time.monotonic() < deadline:  # its workers end within WATCH_INTERVAL
                time.sleep(WATCH_INTERVAL / 2)
                if locked(handle):
                    break
            else:
                by = f"process {holder[0]} ({' '.join(holder[1:])})" if holder else "another process"
                if ended:
                    by = f"the workers of {by}, which has ended"
                raise ArchiveBusy(f"{path} is held by {by}: another run is writing this archive; "
                                  "wait for it to end, then run again") from None
        os.ftruncate(handle, 0)
        os.pwrite(handle, f"{os.getpid()} {what}\n".encode("utf-8"), 0)
        _held += 1
        try:
            yield
        finally:
            _held -= 1
    finally:
        os.close(handle)  # releases the lock (forked workers still holding it release it as they end)


def locked(handle: int) -> bool:
    """Take the lock on the open file `handle` if no other process holds it."""
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


# --- workers end with their run -------------------------------------------------------------------

_held = 0  # locks this process holds (inherited by a forked worker, which holds them through the file)
_forking = 0  # the pid of the process that forks, set just before: what the new worker watches


def _before_fork() -> None:
    global _forking
    _forking = os.getpid()


def _after_fork_in_child() -> None:
    if _held:
        threading.Thread(target=_end_with_parent, args=(_forking,), name="end with the run", daemon=True).start()


def _end_with_parent(parent: int) -> None:
    """Ends this process (and so its hold on the lock) once `parent` has ended: an orphan is
    adopted by another process, so its parent pid changes."""
    while os.getppid() == parent:
        time.sleep(WATCH_INTERVAL)
    os._exit(1)


os.register_at_fork(before=_before_fork, after_in_child=_after_fork_in_child)
