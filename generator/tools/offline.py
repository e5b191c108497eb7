"""Pack the offline copy as a zip whose bytes depend only on the files in it, and put a built
copy in place: all or nothing.

`make offline` builds the site into a folder beside `offline/site`; the zip is written beside
its target and renamed into place once complete, then the new folder takes the old one's name
(`replace_folder`). An interrupted or failed run leaves the old zip and the old folder whole.
"""
from __future__ import annotations

import argparse
import ctypes
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

FIXED_TIME = (2024, 1, 1, 0, 0, 0)  # zip entries carry no build clock


def pack(folder: Path, target: Path, top: str = "archive") -> int:
    """Zip `folder` into `target`, replacing it only with a complete, synced file."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for path in files:
                    info = zipfile.ZipInfo(f"{top}/{path.relative_to(folder).as_posix()}", FIXED_TIME)
                    info.compress_type = zipfile.ZIP_DEFLATED
                    info.external_attr = 0o644 << 16
                    archive.writestr(info, path.read_bytes())
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o644)  # mkstemp's 0600 is for the file being written, not the copy handed out
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return len(files)


RENAME_EXCHANGE = 2  # renameat2(2) flag: swap two names in one step
AT_FDCWD = -100


def exchange(first: Path, second: Path) -> bool:
    """Swap two names in one step (Linux renameat2); False where the system cannot."""
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    return renameat2(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE) == 0


def previous_of(target: Path) -> Path:
    return target.with_name(f".{target.name}.previous")


def recover_folder(target: Path) -> None:
    """A run killed between the two renames of `replace_folder` left the old folder aside: put it back."""
    if not target.exists() and previous_of(target).is_dir():
        os.replace(previous_of(target), target)
    shutil.rmtree(previous_of(target), ignore_errors=True)


def replace_folder(new: Path, target: Path) -> None:
    """`target` becomes the folder `new`: exchanged in one step where the system can, so that
    `target` is never missing; else moved aside and back (`recover_folder` undoes a kill between)."""
    recover_folder(target)
    if not target.exists():
        os.replace(new, target)
    elif exchange(new, target):
        shutil.rmtree(new)  # now the old folder
    else:
        os.replace(target, previous_of(target))
        os.replace(new, target)
        shutil.rmtree(previous_of(target))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m generator.tools.offline", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path, help="the built offline copy")
    parser.add_argument("zip", type=Path, help="the zip to write")
    parser.add_argument("--into", type=Path, help="then put the copy in place of this folder")
    args = parser.parse_args(argv)
    count = pack(args.site, args.zip)
    print(f"packed {count} files into {args.zip}")
    if args.into is not None:
        replace_folder(args.site, args.into)


if __name__ == "__main__":
    main()
