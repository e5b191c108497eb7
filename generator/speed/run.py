"""`generate`, the fast way: the archive's pages built over the cores and taken from the page
cache where unchanged, docs/ rendered and written only where it changes, in one commit.

It builds the archive the product builds (generator.archive.build: the same stages, the same
outcome for each page, assembled by the same `assemble`) and asks publishing
(generator.publish) for the same files; tests/test_layout.py holds its docs/ equal to the plain
product's. A run's outputs (the files of docs/, `ids.lock`, the caches the next run resumes from)
become current in one step, the journal of `tree.TreeWriter.commit`.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Callable, Iterable

from ..archive import tokens
from ..archive.build import (Archive, PageResult, Skipped, assemble, build_from_path, read_registry, registry_path,
                             require_full_coverage)
from ..archive.errors import RunFailed
from ..archive.files import replace_file
from ..archive.ids import format_registry
from ..archive.read import page_paths
from ..publish.records import export_record
from ..publish.related import sketch
from ..runlock import archive_lock
from .numpy_search import article_postings
from .page_cache import LastRun, PageCache, dumps
from .render import render_docs
from .tokens import install as install_tokens, preload
from .tree import TreeWriter, ignore_interrupts, interrupts_held, pause_at, recover


@dataclass
class Run(Archive):
    """The archive, and what the fast path did to make it."""

    rebuilt: tuple[int, int] = (0, 0)  # pages built this run, pages taken from the cache
    written: tuple[int, int] = (0, 0)  # files of docs/ written this run, files unchanged (by `generate`)
    page_keys: list[str] | None = None  # the page cache key of each of `results`
    rendered: tuple[int, int] = (0, 0)  # article pages rendered this run, taken as last written (by `generate`)
    merged: tuple[int, int] = (0, 0)  # articles merged into the search index this run, taken merged (by `generate`)
    page_cache: PageCache | None = None  # where the pages' results are kept
    cache_keys: list[str] | None = None  # the page cache key of every page file, skipped ones too
    interrupted: bool = False  # an interrupt came once the run was committing: it was finished (by `generate`)
    # Each item's search postings and sketches (in the order of the archive's items), as the
    # page workers made them: rendering takes them rather than making them again.
    made: tuple[list, list] | None = None


@dataclass
class Made:
    """What the page cache keeps of a page: its outcome, and its items' parts of the search
    index (`article_postings`) and of related (`sketch`), made in the page's worker."""

    outcome: PageResult | Skipped
    postings: list = field(default_factory=list)
    sketches: list = field(default_factory=list)


def build_archive(folder: Path, progress: Callable[[Iterable], Iterable] = lambda x: x) -> Run:
    """`archive.build.build_archive`, in parallel over the available cores; a page whose
    inputs and generator are unchanged since the last run comes from the page cache."""
    root = Path(folder)
    install_tokens()  # before jieba is first loaded, so that it is loaded the fast way
    # A worker loads jieba's dictionaries while this process finds which pages the cache lacks,
    # so that after adding a page its build ends about when the cached pages are read. (A
    # process that has them already forks workers that have them too.)
    warm = multiprocessing.get_context("fork").Pool(1, initializer=warm_worker) if tokens.jieba is None else None
    try:
        registry = read_registry(registry_path(root))
        id_anchors = {e.id: e.anchor for e in registry}
        cache = PageCache(root)
        paths = page_paths(root)
        keys = [cache.key(path, id_anchors) for path in paths]
    except BaseException:
        if warm is not None:
            warm.terminate()
        raise
    # The pages not in the cache are built in worker processes while this one reads the cached
    # ones (after adding a page, its build, jieba's dictionaries included, is hidden behind
    # reading the others); one whose cached result cannot be read is built here.
    held = set(filter(cache.holds, keys))
    stale = [(path, key) for path, key in zip(paths, keys) if key not in held]
    built = iter(map_pages(build_pickled, [(path, root, id_anchors, cache.path(key)) for path, key in stale], progress,
                           alongside=bool(held), warm=warm))
    cached = {key: made for key in keys if key in held and isinstance(made := cache.get(key), Made)}
    outcomes, key_of, made_of = [], {}, {}
    for path, key in zip(paths, keys):
        made = cached.get(key)
        if made is None:  # built by a worker (unpickled here as the next ones are built), or unreadable: built here
            pickled = next(built) if key not in held else build_pickled((path, root, id_anchors, cache.path(key)))
            made = pickle.loads(pickled)[1]
            cache.remember(key, made)
        outcomes.append(made.outcome)
        key_of[id(made.outcome)], made_of[id(made.outcome)] = key, made
    rebuilt = sum(1 for key in keys if cached.get(key) is None)
    cache.report = (rebuilt, len(paths) - rebuilt)
    archive = assemble(root, paths, registry, outcomes)
    kept = [made_of[id(r)] for r in archive.results]
    return Run(**{f.name: getattr(archive, f.name) for f in fields(Archive)}, rebuilt=cache.report,
               page_keys=[key_of[id(r)] for r in archive.results], page_cache=cache, cache_keys=keys,
               made=([p for m in kept for p in m.postings], [s for m in kept for s in m.sketches]))


def build_pickled(job: tuple[Path, Path, dict[str, str], Path]) -> bytes:
    """`build_in_worker`, pickled and kept in the page cache (at the job's last item) by the
    worker that built it, rather than by the parent after the last page: the pickling and
    writing of a whole archive's results is spread over the workers instead of lengthening the
    parent's part of the run (design/PERFORMANCE.md); the parent unpickles it once."""
    path, root, id_anchors, keep_at = job
    made_for = keep_at.stem  # its key: the cache uses a result only for the inputs it was made from
    pickled = dumps((made_for, build_in_worker((path, root, id_anchors))))
    replace_file(keep_at, pickled)
    return pickled


def build_in_worker(job: tuple[Path, Path, dict[str, str]]) -> Made:
    """`archive.build.build_from_path`, and the search index's and related's costly parts of
    each item, here in the page's worker (and kept with it in the page cache) rather than in
    the parent's serial part of the run. Publishing makes the same where they are not given."""
    result = build_from_path(job)
    made = Made(result)
    if isinstance(result, PageResult):
        for item in result.page.items:
            record = export_record(item)
            made.postings.append(article_postings(record))
            made.sketches.append(sketch(record))
    return made


def warm_worker() -> None:
    ignore_interrupts()
    preload()


def map_pages(function, jobs: list, progress: Callable[[Iterable], Iterable], alongside: bool = False,
              warm=None) -> Iterable:
    """`function` over `jobs` in order: in worker processes when there is enough work, or when
    the caller has work of its own to do meanwhile (`alongside`); they start at once, and the
    caller goes on until it reads the results. Else here, as the results are read. `warm`: a
    pool of one worker already started, used where one worker alongside the caller is enough,
    else closed."""
    workers = min(os.cpu_count() or 1, len(jobs) // 8)
    if warm is not None and jobs and workers < 2 and alongside:
        pool = warm
    else:
        if warm is not None:
            warm.terminate()
        if not jobs or (workers < 2 and not alongside):
            return progress(map(function, jobs))
        pool = multiprocessing.get_context("fork").Pool(max(workers, 1), initializer=ignore_interrupts)
    results = pool.imap(function, jobs, chunksize=4 if workers > 1 else 1)

    def drained() -> Iterable:
        with pool:
            yield from progress(results)
    return drained()


def build_folder(folder: Path, progress: Callable[[Iterable], Iterable] = lambda x: x) -> list[PageResult]:
    """Every page of `folder`, all of them or an InputError naming the first bad one."""
    archive = build_archive(folder, progress)
    if archive.skipped:
        raise archive.skipped[0].error()
    return archive.results


def write_file(path: Path, text: str) -> None:
    """Replace one text file atomically (UTF-8, newlines as they are)."""
    replace_file(Path(path), text.encode("utf-8"))


@contextmanager
def without_cyclic_gc():
    """A run makes millions of small objects that live until it ends, and Python's cycle
    collector walks all of them again at every full collection, finding none to free: a run is
    much faster without it, for a little more memory (design/PERFORMANCE.md). Collection
    resumes when the run ends, with what the run made moved out of its sight first
    (gc.freeze): else its first collection walks every one of those objects once more, all of
    them alive. They are freed by reference counting as ever; only a reference cycle among
    them that became garbage stays until gc.unfreeze()."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.enable()


@without_cyclic_gc()
def generate(folder: Path, docs: Path, progress: Callable[[Iterable], Iterable] = lambda x: x) -> Run:
    """Build every good page and write docs/ and the extended ids.lock; bad pages are skipped
    and listed in `Archive.skipped`. Raises (writing nothing) when no page could be built or
    characters were lost, or when another run holds the archive's lock (`runlock`)."""
    # The folders holding docs/ and the page folder (its caches lie beside it): one run at a time.
    beside = [parent for parent in (Path(docs).parent, Path(folder).parent) if parent.is_dir()]
    with archive_lock(beside, "generate"):
        return generate_unlocked(folder, docs, progress)


def generate_unlocked(folder: Path, docs: Path, progress: Callable[[Iterable], Iterable]) -> Run:
    docs = Path(docs)
    if docs.is_dir() and any(docs.iterdir()) and not (docs / "index.md").exists():
        raise RunFailed(f"refusing to replace {docs}: it is not empty and holds no index.md "
                        "(not a generated docs folder)")
    if docs.resolve() == Path(folder).resolve() or docs.resolve() in Path(folder).resolve().parents:
        raise RunFailed(f"refusing to replace {docs}: it holds the page folder {folder}")
    recover(docs)  # a run killed after its commit is finished before its ids.lock or caches are read
    archive = build_archive(folder, progress)
    if not archive.results:
        reasons = "".join(f"\n  {s.reason}" for s in archive.skipped) or f"\n  no page files (*.txt) in {folder}"
        raise RunFailed(f"no page could be built; {docs} was left as it was:{reasons}")
    require_full_coverage(archive.results)
    last_run = LastRun(folder, docs)
    with TreeWriter(docs, last_run.tree) as tree:
        render_docs(archive.pages, archive.retired, archive.page_keys, last_run, into=tree, precomputed=archive.made)
        lock = registry_path(folder)
        written = lock.read_text(encoding="utf-8") if lock.exists() else ""
        text = format_registry(archive.registry, written)
        if text != written or not lock.exists():
            tree.also(lock, text.encode("utf-8"))
        last_run.stage(tree, last_run.search_digest)
        pause_at("staged")
        with interrupts_held() as held:  # from here on the run is finished, whatever comes
            archive.written = tree.commit()
            pause_at("committed")
            archive.page_cache.prune(archive.cache_keys)
        archive.interrupted = bool(held) or tree.interrupted
    archive.rendered = last_run.report
    items = sum(len(page.items) for page in archive.pages)
    archive.merged = (items - last_run.search_reused, last_run.search_reused)
    return archive
