"""The one place that knows the order of the stages.

read → two columns restored → unwrap/repair → classify → segment → corrections → enrich → coverage → write

A bad page (unreadable, empty, binary, no article, a broken sidecar or corrections file, the
same text as another page) is skipped with its reason and the run goes on (`Archive.skipped`);
a problem with the whole run (no input folder, a broken `ids.lock`, lost characters, no page
built at all) raises and nothing is written. Everything a run makes (the files of `docs/`,
`ids.lock`, the caches the next run resumes from) becomes current in one step, the journal of
`tree.TreeWriter.commit`.
"""
from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import pickle
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import yaml

from . import tokens
from .classify import classify
from .corrections import apply_corrections, read_corrections
from .coverage import CoverageReport, check_coverage
from .enrich import enrich
from .furniture import page_header
from .interleave import in_reading_order
from .errors import CoverageError, InputError, RunFailed
from .ids import Entry, Live, assign_ids, describe_change, format_registry, item_text, parse_registry, settle_registry
from .model import Page, RawPage
from .read import page_paths, read_page_noted, stray_yaml
from .repair import doubling_notes
from .records import export_record
from .related import sketch
from .search import article_postings
from .segment import segment
from .unwrap import unwrap
from .page_cache import LastRun, PageCache, replace_file
from .runlock import archive_lock
from .tree import TreeWriter, ignore_interrupts, interrupts_held, pause_at, recover, safe_relative
from .labels import item_title
from .write import render_docs


@dataclass
class PageResult:
    page: Page
    coverage: CoverageReport
    notes: list[str] = field(default_factory=list)  # warnings about the page that did not stop it
    same_text: str = ""  # `same_text` of its page, made where it is built
    item_texts: list[str] | None = None  # ids.item_text of each item, made where it is built


@dataclass(frozen=True)
class Skipped:
    """A page left out of this run, and why (the message names the file and line)."""

    file: str
    reason: str
    published: int = 0  # ids of its items already in the registry: they do not resolve until it is fixed
    where: tuple = ()  # the InputError's (file, line, expected, found)

    @classmethod
    def of(cls, page_file: str, error: InputError) -> "Skipped":
        return cls(page_file, str(error), 0, (error.file, error.line, error.expected, error.found))

    @property
    def message(self) -> str:
        """`skipped <page>: <reason>`; the reason names the file at fault (the page, its sidecar …)."""
        where = self.where[0] if self.where else self.file
        head = "skipped: " if where == self.file else f"skipped {self.file}: "
        lost = (f" ({self.published} published ids of this page do not resolve until it is fixed)"
                if self.published else "")
        return head + self.reason + lost

    def error(self) -> InputError:
        return InputError(*self.where) if self.where else InputError(self.file, None, "a page", self.reason)


def build_page(raw: RawPage, corrections: list[dict] | None = None, id_anchors: dict[str, str] | None = None) -> PageResult:
    lines = {line.number: line for line in raw.lines}
    header = page_header([line.text for line in raw.lines])
    apart = frozenset(header.roles)
    ordered, interleaved = in_reading_order(raw, apart)  # two columns read across, restored
    paragraphs = unwrap(ordered, apart)
    blocks = classify(paragraphs, lines, apart)
    items, furniture = segment(blocks, raw.file)
    page = Page(raw=raw, items=items, furniture=furniture, header=header,
                warnings=doubling_notes(raw.lines, raw.file) + interleaved)
    for entry in corrections or []:
        try:
            apply_corrections(page, [entry], id_anchors)
        except InputError as error:  # name the corrections file and the entry's line, not the page
            file, line = getattr(entry, "file", None), getattr(entry, "line", None)
            if file is None:
                raise
            raise InputError(file, line, error.expected, error.found) from None
    enrich(page)
    return PageResult(page, check_coverage(page))


def require_items(result: PageResult) -> None:
    """A page with no article is not a newspaper page the archive can use."""
    page = result.page
    if not page.items:
        found = "only page furniture: " + "、".join(b.text[:20] for b in page.furniture[:3]) if page.furniture else "no text"
        raise InputError(page.raw.file, None, "at least one article, photo or brief", found)


@dataclass
class Archive:
    results: list[PageResult]
    registry: list[Entry]  # every id ever published, this run's new ones included
    redirects: dict[str, str]  # id of a merged or moved item → id of the item that holds it now
    rebuilt: tuple[int, int] = (0, 0)  # pages built this run, pages taken from the cache
    skipped: list[Skipped] = field(default_factory=list)  # bad pages, in file order
    notes: list[str] = field(default_factory=list)  # warnings: control characters replaced, stray YAML files
    written: tuple[int, int] = (0, 0)  # files of docs/ written this run, files unchanged (by `generate`)
    page_keys: list[str] = field(default_factory=list)  # the page cache key of each of `results`
    rendered: tuple[int, int] = (0, 0)  # article pages rendered this run, taken as last written (by `generate`)
    merged: tuple[int, int] = (0, 0)  # articles merged into the search index this run, taken merged (by `generate`)
    retired: list[Entry] = field(default_factory=list)  # ids that name no item of their own: redirects, tombstones
    id_changes: list[str] = field(default_factory=list)  # each published id whose target changes, said in a line
    page_cache: PageCache | None = None  # where the pages' results are kept
    cache_keys: list[str] = field(default_factory=list)  # the page cache key of every page file, skipped ones too
    interrupted: bool = False  # an interrupt came once the run was committing: it was finished (by `generate`)

    @property
    def pages(self) -> list[Page]:
        return [r.page for r in self.results]


def registry_path(folder: Path) -> Path:
    return Path(folder) / "ids.lock"


def build_archive(folder: Path, progress: Callable[[Iterable], Iterable] = lambda x: x) -> Archive:
    """Every page through the stages, in parallel over the available cores; a page whose
    inputs and generator are unchanged since the last run comes from the page cache."""
    root = Path(folder)
    # A worker loads jieba's dictionaries while this process finds which pages the cache lacks,
    # so that after adding a page its build ends about when the cached pages are read. (A
    # process that has them already forks workers that have them too.)
    warm = multiprocessing.get_context("fork").Pool(1, initializer=warm_worker) if not tokens.loaded() else None
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
    cached = {key: cache.get(key) for key in keys if key in held}
    outcomes, key_of = [], {}
    for path, key in zip(paths, keys):
        result = cached.get(key)
        if result is None:  # built by a worker (unpickled here as the next ones are built), or unreadable: built here
            pickled = next(built) if key not in held else build_pickled((path, root, id_anchors, cache.path(key)))
            result = pickle.loads(pickled)[1]
            cache.remember(key, result)
        outcomes.append(result)
        key_of[id(result)] = key
    rebuilt = sum(1 for key in keys if cached.get(key) is None)
    cache.report = (rebuilt, len(paths) - rebuilt)
    results, skipped = sort_out(outcomes)
    published = {}
    for entry in registry:
        published[entry.file] = published.get(entry.file, 0) + 1
    skipped = [Skipped(s.file, s.reason, published.get(s.file, 0), s.where) for s in skipped]
    notes = [note for r in results for note in r.notes] + stray_yaml(root, paths)
    entries, merged = assign_ids([r.page for r in results], registry, [r.item_texts for r in results])
    live = [Live(item.id, r.page.raw.file, text, item_title(item),
                 str(item.meta.get("newspaper") or ""), str(item.meta.get("date") or ""))
            for r in results for item, text in zip(r.page.items, r.item_texts or [item_text(i) for i in r.page.items])]
    settled = settle_registry(entries, merged, live, {s.file for s in skipped})
    return Archive(results, settled.registry, settled.redirects, cache.report, skipped, notes,
                   page_keys=[key_of[id(r)] for r in results], retired=settled.retired,
                   id_changes=[describe_change(before, after) for before, after in settled.changes],
                   page_cache=cache, cache_keys=keys)


def sort_out(outcomes: list) -> tuple[list[PageResult], list[Skipped]]:
    """Built pages and skipped ones; of two pages with the same text, or with names that would
    give the same page URL, the first (in file order) is kept and the second skipped."""
    results, skipped = [], []
    texts: dict[str, str] = {}
    names: dict[str, str] = {}
    for outcome in outcomes:
        if isinstance(outcome, Skipped):
            skipped.append(outcome)
            continue
        file = outcome.page.raw.file
        text = outcome.same_text or same_text(outcome.page.raw)
        name = outcome.page.raw.stem.casefold()
        if text in texts:
            skipped.append(Skipped.of(file, InputError(file, None, "a page not already in the archive",
                                                       f"the same text as {texts[text]} (a duplicate page)")))
        elif name in names:
            skipped.append(Skipped.of(file, InputError(file, None, "a page name of its own (it names the page's URL)",
                                                       f"the same name as {names[name]}")))
        else:
            texts[text], names[name] = file, file
            results.append(outcome)
    return results, skipped


def build_pickled(job: tuple[Path, Path, dict[str, str], Path]) -> bytes:
    """`build_from_path`, pickled and kept in the page cache (at the job's last item) by the
    worker that built it, rather than by the parent after the last page: the pickling and
    writing of a whole archive's results is spread over the workers instead of lengthening the
    parent's part of the run (design/PERFORMANCE.md); the parent unpickles it once."""
    path, root, id_anchors, keep_at = job
    made_for = keep_at.stem  # its key: the cache uses a result only for the inputs it was made from
    pickled = pickle.dumps((made_for, build_from_path((path, root, id_anchors))), protocol=pickle.HIGHEST_PROTOCOL)
    replace_file(keep_at, pickled)
    return pickled


def build_from_path(job: tuple[Path, Path, dict[str, str]]) -> PageResult | Skipped:
    """One page from its files; a bad page comes back as `Skipped` (plain data: it crosses
    process boundaries and lives in the page cache)."""
    path, root, id_anchors = job
    file = path.relative_to(root).as_posix()
    try:
        raw, notes = read_page_noted(path, root)
        result = build_page(raw, read_corrections(path, root), id_anchors)
        require_items(result)
        for item in result.page.items:  # the search index's and related's costly parts, here in the page's worker
            record = export_record(item)
            item.postings = article_postings(record)
            item.sketch = sketch(record)
    except InputError as error:
        return Skipped.of(file, error)
    except Exception as error:  # a bug, not bad input: say which page showed it
        error.add_note(f"while building {file}")
        raise
    result.notes = notes
    result.same_text = same_text(raw)
    result.item_texts = [item_text(item) for item in result.page.items]
    return result


def same_text(raw: RawPage) -> str:
    """A digest of the page's text without white space: pages with the same are one page twice."""
    squeezed = re.sub(r"\s+", "", "".join(line.text for line in raw.lines))
    return hashlib.sha256(squeezed.encode("utf-8", "surrogatepass")).hexdigest()


def read_registry(lock: Path) -> list[Entry]:
    """The id registry; an id or file that could make a path outside docs/ is refused."""
    if not lock.exists():
        return []
    text = lock.read_text(encoding="utf-8")
    try:
        registry = parse_registry(text, lock.name)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise InputError(lock.name, mark.line + 1 if mark else None, "valid YAML",
                         getattr(error, "problem", None) or "a syntax error") from None
    for entry in registry:
        if not SAFE_ID.fullmatch(entry.id) or not safe_relative(entry.file):
            bad = entry.id if not SAFE_ID.fullmatch(entry.id) else entry.file
            line = next((n for n, row in enumerate(text.splitlines(), 1) if bad in row), None)
            raise InputError(lock.name, line, "ids of lowercase letters, digits, '-' and '_' and page files "
                             "relative to the page folder", f"id {entry.id!r}, file {entry.file!r}")
    return registry


SAFE_ID = re.compile(r"[0-9a-z][0-9a-z_-]{0,63}")


def warm_worker() -> None:
    ignore_interrupts()
    tokens.preload()


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


def require_full_coverage(results: list[PageResult]) -> None:
    problems = [p for r in results for p in r.coverage.problems]
    if problems:
        shown = "\n  ".join(problems[:20])
        more = f"\n  … and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise CoverageError(f"input characters lost or duplicated by segmentation:\n  {shown}{more}")


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
def generate(folder: Path, docs: Path, progress: Callable[[Iterable], Iterable] = lambda x: x) -> Archive:
    """Build every good page and write docs/ and the extended ids.lock; bad pages are skipped
    and listed in `Archive.skipped`. Raises (writing nothing) when no page could be built or
    characters were lost, or when another run holds the archive's lock (`runlock`)."""
    # The folders holding docs/ and the page folder (its caches lie beside it): one run at a time.
    beside = [parent for parent in (Path(docs).parent, Path(folder).parent) if parent.is_dir()]
    with archive_lock(beside, "generate"):
        return generate_unlocked(folder, docs, progress)


def generate_unlocked(folder: Path, docs: Path, progress: Callable[[Iterable], Iterable]) -> Archive:
    docs = Path(docs)
    if docs.is_dir() and any(docs.iterdir()) and not (docs / "index.md").exists():
        raise RunFailed(f"refusing to replace {docs}: it is not empty and holds no index.md (not a generated docs folder)")
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
        render_docs(archive.pages, archive.retired, archive.page_keys, last_run, into=tree)
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
