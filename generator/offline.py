"""Pack the offline copy as a zip whose bytes depend only on the files in it."""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path

FIXED_TIME = (2024, 1, 1, 0, 0, 0)  # zip entries carry no build clock


def pack(folder: Path, target: Path, top: str = "archive") -> int:
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in files:
            info = zipfile.ZipInfo(f"{top}/{path.relative_to(folder).as_posix()}", FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    return len(files)


if __name__ == "__main__":
    count = pack(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"packed {count} files into {sys.argv[2]}")
