"""The one place that knows the order of the stages.

read → unwrap/repair → classify → segment → corrections → enrich → coverage → write
"""
from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from .classify import classify
from .corrections import apply_corrections, read_corrections
from .coverage import CoverageReport, check_coverage
from .enrich import enrich
from .errors import CoverageError
from .ids import Entry, assign_ids, format_registry, parse_registry
from .model import Page, RawPage
from .read import page_paths, read_page
from .segment import segment
from .unwrap import unwrap
from .page_cache import PageCache
from .write import render_docs


@dataclass
class PageResult:
    page: Page
    coverage: CoverageReport


def build_page(raw: RawPage, corrections: list[dict] | None = None, id_anchors: dict[str, str] | None = None) -> PageResult:
    lines = {line.number: line for line in raw.lines}
    paragraphs = unwrap(raw.lines)
    blocks = classify(paragraphs, lines)
    items, furniture = segment(blocks, raw.file)
    page = Page(raw=raw, items=items, furniture=furniture)
    if corrections:
        apply_corrections(page, corrections, id_anchors)
    enrich(page)
    return PageResult(page, check_coverage(page))


@dataclass
class Archive:
    results: list[PageResult]
    registry: list[Entry]  # every id ever published, this run's new ones included
    redirects: dict[str, str]  # id of a merged item → id of the item that holds it now
    rebuilt: tuple[int, int] = (0, 0)  # pages built this run, pages taken from the cache

    @property
    def pages(self) -> list[Page]:
        return [r.page for r in self.results]


def registry_path(folder: Path) -> Path:
    return Path(folder) / "ids.lock"


def build_archive(folder: Path, progress: Callable[[Iterable], Iterable] = lambda x: x) -> Archive:
    """Every page through the stages, in parallel over the available cores; a page whose
    inputs and generator are unchanged since the last run comes from the page cache."""
    root = Path(folder)
    lock = registry_path(root)
    registry = parse_registry(lock.read_text(encoding="utf-8"), lock.name) if lock.exists() else []
    id_anchors = {e.id: e.anchor for e in registry}
    cache = PageCache(root)
    paths = page_paths(root)
    keys = [cache.key(path, path.relative_to(root).as_posix(), registry) for path in paths]
    stale = [(path, root, id_anchors) for path, key in zip(paths, keys) if cache.get(key) is None]
    built = iter(map_pages(build_from_path, stale, progress))
    results = []
    for path, key in zip(paths, keys):
        result = cache.get(key)
        if result is None:
            result = next(built)
            cache.put(key, result)
        results.append(result)
    cache.report = (len(stale), len(paths) - len(stale))
    entries, redirects = assign_ids([r.page for r in results], registry)
    return Archive(results, entries, redirects, cache.report)


def build_from_path(job: tuple[Path, Path, dict[str, str]]) -> PageResult:
    path, root, id_anchors = job
    return build_page(read_page(path, root), read_corrections(path), id_anchors)


def map_pages(function, jobs: list, progress: Callable[[Iterable], Iterable]) -> Iterable:
    """`function` over `jobs` in order; in worker processes when there is enough work."""
    workers = min(os.cpu_count() or 1, len(jobs) // 8)
    if workers < 2:
        yield from progress(map(function, jobs))
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from progress(pool.imap(function, jobs, chunksize=4))


def build_folder(folder: Path, progress: Callable[[Iterable], Iterable] = lambda x: x) -> list[PageResult]:
    return build_archive(folder, progress).results


def require_full_coverage(results: list[PageResult]) -> None:
    problems = [p for r in results for p in r.coverage.problems]
    if problems:
        shown = "\n  ".join(problems[:20])
        more = f"\n  … and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise CoverageError(f"input characters lost or duplicated by segmentation:\n  {shown}{more}")


def write_tree(files: dict[str, str], target: Path) -> None:
    """Replace `target` with exactly `files`, atomically: build beside it, then swap."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        for relative, text in sorted(files.items()):
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
        previous = target.with_name(f".{target.name}.previous")
        if previous.exists():
            shutil.rmtree(previous)
        if target.exists():
            os.replace(target, previous)
        os.replace(staging, target)
        if previous.exists():
            shutil.rmtree(previous)
    finally:
        if staging.exists():
            shutil.rmtree(staging)


def generate(folder: Path, docs: Path, progress: Callable[[Iterable], Iterable] = lambda x: x) -> Archive:
    archive = build_archive(folder, progress)
    require_full_coverage(archive.results)
    write_tree(render_docs(archive.pages, archive.redirects), docs)
    lock = registry_path(folder)
    text = format_registry(archive.registry)
    if not lock.exists() or lock.read_text(encoding="utf-8") != text:
        lock.write_text(text, encoding="utf-8")
    return archive
