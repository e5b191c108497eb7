"""Writing one file so that no reader ever sees part of it."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def replace_file(path: Path, data: bytes, sync: bool = False) -> None:
    """Replace one file atomically (a temporary file beside it, then a rename): an interrupted
    run leaves the old file or the new one, never part of one. `sync`: on disk, the rename
    too, when this returns (what a commit relies on). An OSError names the file."""
    path = Path(path)
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            if sync:
                out.flush()
                os.fsync(out.fileno())
        os.replace(temporary, path)
        if sync:
            folder = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
    except OSError as error:
        if error.filename is None:
            error.filename = str(path)
        raise
    finally:
        if temporary is not None and os.path.exists(temporary):
            os.unlink(temporary)
