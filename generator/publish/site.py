"""The publishing step: the archive → every file of docs/, as {relative path: text}.

Nothing is read from or written to disk here and nothing is kept between runs: whatever writes
docs/ (generator.speed.run's `generate`) writes this mapping, or files equal to it.
"""
from __future__ import annotations

from ..archive.build import Archive
from ..archive.ids import Entry
from ..archive.model import Page
from .browse import browse_files
from .pages import data_exports, export_records, render_pages
from .search.shards import search_files


def site_files(pages: list[Page], retired: list[Entry] | None = None) -> dict[str, str]:
    """Everything docs/ holds: pages, browse indexes, data exports and the search index."""
    records = export_records(pages)
    return {**render_pages(pages, records, retired), **browse_files(records), **data_exports(records),
            **search_files(records)}


def publish(archive: Archive) -> dict[str, str]:
    """docs/ of `archive`: its pages and the pages of its retired ids."""
    return site_files(archive.pages, archive.retired)
