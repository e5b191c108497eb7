"""The page cache: a page's result is reused while its inputs and the generator are unchanged.

The key hashes the page file, its sidecar and corrections, the registry entries of its items,
and every file of the generator (code and data): change any of them and the page is built
again. Results are pickled under `.cache/pages/` beside the page folder; deleting the folder
only costs time. A cached result equals a fresh build (tests/test_incremental.py).
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import cache
from pathlib import Path

GENERATOR = Path(__file__).resolve().parent


@cache
def generator_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in sorted(GENERATOR.rglob("*")):
        if path.is_file() and path.suffix != ".pyc" and "__pycache__" not in path.parts:
            digest.update(path.relative_to(GENERATOR).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class PageCache:
    def __init__(self, folder: Path):
        self.folder = Path(folder).resolve().parent / ".cache" / "pages"
        self.memory: dict[str, object] = {}
        self.report = (0, 0)

    def key(self, page: Path, file: str, registry: list) -> str:
        """`file`: the page's name relative to the page folder, as the registry records it."""
        digest = hashlib.sha256(generator_fingerprint().encode())
        for companion in (page, page.with_suffix(".yml"), page.with_name(page.stem + ".corrections.yml")):
            digest.update(companion.name.encode() + b"\0")
            digest.update(companion.read_bytes() if companion.exists() else b"\1absent")
        for entry in registry:
            if entry.file == file:
                digest.update(f"{entry.id}\0{entry.anchor}\0".encode())
        return digest.hexdigest()

    def get(self, key: str):
        if key not in self.memory:
            path = self.folder / key[:2] / f"{key}.pickle"
            try:
                self.memory[key] = pickle.loads(path.read_bytes())
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
                return None
        return self.memory[key]

    def put(self, key: str, result) -> None:
        self.memory[key] = result
        path = self.folder / key[:2] / f"{key}.pickle"
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(result, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
