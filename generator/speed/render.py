"""Rendering docs/ as `generate` does: what is unchanged since the last run kept as it is,
the search index merged in a forked process while this one renders the pages.

The files are those `publish.site.site_files` makes of the same archive (tests/test_layout.py
holds them equal): publishing renders the pages (`publish.pages.render_pages`), and this module
only chooses which of its page jobs are rendered again, keeping the others as the last run
wrote them (`as_last_written`).
"""
from __future__ import annotations

import hashlib
import multiprocessing
from typing import Callable

from ..archive.ids import Entry
from ..archive.model import Page
from ..publish.browse import browse_files
from ..publish.pages import data_exports as plain_exports
from ..publish.pages import PageJob, export_records, render_pages
from ..publish.records import CsvRows, jsonl_line
from .page_cache import LastRun
from .search_merge import Merged, search_files
from .tree import TreeWriter, pause_at


def as_last_written(page_keys: list[str] | None, last_run: LastRun | None) -> Callable[[PageJob], str] | None:
    """For `publish.pages.render_pages`: an article's page or a listing whose inputs (its
    newspaper page's cache key and what the job `shows`) are unchanged since the last run is
    kept as last written (a `Kept`, not its text); the others are rendered. None (render
    every page) without a last run."""
    if last_run is None or page_keys is None:
        return None

    def made(job: PageJob) -> str:
        return last_run.get(job.path, (page_keys[job.page], *job.shows), job.render, article=job.article)
    return made


def data_exports(records: list[dict], last_run: LastRun | None = None,
                 sources: list[tuple] | None = None) -> dict[str, str]:
    """data/articles.jsonl and .csv; with `last_run` and `sources` (each article's page key,
    place and id), the lines of the articles that begin the archive as last time are taken
    from the files."""
    if last_run is None or sources is None:
        return plain_exports(records)
    rows = CsvRows()
    return {"data/articles.jsonl": last_run.joined("data/articles.jsonl", "", sources,
                                                   lambda n: jsonl_line(records[n])),
            "data/articles.csv": last_run.joined("data/articles.csv", rows.header, sources,
                                                 lambda n: rows.row(records[n]))}


# The fork channel of `render_docs`: (records, postings, sources, last_run, into, exports), set
# just before the fork and cleared after, a module global because the forked process inherits it
# as it is (never pickled).
_beside_job: tuple = ()
PARENT, CHILD = 1, 2  # who took the data exports (`takes_exports`)


def render_docs(pages: list[Page], retired: list[Entry] | None = None,
                page_keys: list[str] | None = None, last_run: LastRun | None = None,
                into: TreeWriter | None = None, precomputed: tuple[list, list] | None = None) -> dict[str, str]:
    """Everything docs/ holds: pages, browse indexes, data exports and the search index. The
    search index is merged in a forked process while this one renders the pages and indexes,
    the longest parts of a run that the whole archive is needed for; the data exports (the
    largest files) are made by whichever of the two is done first (which one that is
    depends on how much of the merge was resumed and of the pages kept). `page_keys`
    and `last_run`: see `as_last_written`. With `into` (a tree.TreeWriter) every file is added to
    it rather than returned, the forked process's by that process (its 20,000 files then never
    cross between the processes), and {} is returned; without, the exports are made here.
    `precomputed`: the items' search postings and sketches, as the page workers made them (`Run.made`)."""
    global _beside_job
    records = export_records(pages)
    sources = ([(key, n, item.id) for key, page in zip(page_keys, pages) for n, item in enumerate(page.items)]
               if page_keys else None)
    context = multiprocessing.get_context("fork")
    exports = context.Value("b", 0 if into is not None else PARENT)
    postings, sketches = precomputed if precomputed is not None else (None, None)
    _beside_job = (records, postings, sources, last_run, into, exports)
    try:
        with context.Pool(1) as pool:
            beside = pool.apply_async(made_beside_rendering)
            files = {**render_pages(pages, records, retired, sketches, as_last_written(page_keys, last_run)),
                     **browse_files(records)}
            if into is not None:
                into.add(files)
            if takes_exports(exports, PARENT):
                made_here = data_exports(records, last_run, sources)
                files.update(made_here) if into is None else into.add(made_here)
            made, merged_before, parts, search_digest = beside.get()
            pause_at("rendered")
            if last_run is not None:
                last_run.search_reused = merged_before
                last_run.search_digest = search_digest
                last_run.parts.update(parts)
            if into is not None:
                for added in made:
                    into.absorb(added)
                return {}
            return {**files, **made}
    finally:
        _beside_job = ()


def takes_exports(exports, who: int) -> bool:
    """Whether `who` makes the data exports: the first to ask does."""
    with exports.get_lock():
        if exports.value == 0:
            exports.value = who
        return exports.value == who


def made_beside_rendering() -> tuple:
    """In the forked process: the search files (with a tree to add them to: what its `add`
    returned, for the search files and, if this process took them, the data exports), how
    many articles' postings came merged from the last run, what the exports'
    `LastRun.joined` recorded if made here (for the parent's `LastRun.stage`), and the digest
    of the search merge as the tree's commit leaves it. A merge that grew is staged in the
    tree, to be committed with the files made from it, never before them."""
    records, postings, sources, last_run, into, exports = _beside_job
    state = last_run.search_state if last_run is not None else None
    merged = Merged.resumed(state, sources, last_run.search_digest) if state else None
    before, layout = (len(merged.sources), merged.layout) if merged else (0, None)
    files = search_files(records, postings, merged, sources, into.holds if into is not None else None)
    if into is None:
        return files, before, {}, None
    digest = last_run.search_digest if last_run is not None else None
    added = [into.add(files)]
    if merged is not None and (before != len(merged.sources) or layout is not merged.layout):
        data = merged.pickled()  # the base grew, or its files were made again
        digest = hashlib.sha256(data).hexdigest()
        added.append(into.also(state, data))
    if not takes_exports(exports, CHILD):
        return added, before, {}, digest
    added.append(into.add(data_exports(records, last_run, sources)))
    return added, before, last_run.parts if last_run is not None else {}, digest
