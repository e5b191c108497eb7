"""The search index's base level kept between runs and extended (`Merged`): adding a page
merges and writes the tail alone, and the base's files stay as they are in docs/.

The files are those `publish.search.shards.search_files` makes of the same records
(tests/test_layout.py holds them equal): this module composes the same parts, taking the
base's postings from the last run's merge and leaving the files docs/ holds as last written.
"""
from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..publish.search import index as search_index
from ..publish.search import shards
from ..publish.search.index import Index, base_size, decoded, facet_rows
from ..publish.search.shards import doc_files, facet_files, level_files, meta_file, page_files, tail_files
from .numpy_search import merge_postings
from .page_cache import Kept, load_pickle, read_verified


@dataclass
class Merged:
    """The base level's merge: every key's postings of the first `len(sources)` articles (a
    multiple of TAIL_STEP), and the files they were written to. A run resumes from it when the
    archive's articles are those of the last run with more appended (pages are added at the end
    of the file order) and extends it only when the base grows: adding a page then merges and
    writes the tail alone."""
    sources: list = field(default_factory=list)  # what each article's postings came from (page cache key, place, id)
    lists: dict = field(default_factory=dict)    # key → [last article, its postings so far (bytearray)]
    parts: list = field(default_factory=list)    # per article: how many part files its doc has (docs/N-K.js)
    layout: dict | None = None                   # the base's meta.js part and file paths, as last written

    @classmethod
    def resumed(cls, state: Path | None, sources: list | None, digest: str | None = None) -> "Merged":
        """The merge saved in `state` when its bytes are those a run committed (their sha256 is
        `digest`) and its articles are the first of `sources`, else an empty one."""
        data = read_verified(state, digest) if state and sources else None
        saved = load_pickle(data, cls) if data is not None else cls()
        if hasattr(saved, "layout") and saved.sources == sources[:len(saved.sources)]:
            return saved
        return cls()

    def pickled(self) -> bytes:
        return pickle.dumps(self, protocol=pickle.HIGHEST_PROTOCOL)


def build_index(records: list[dict], precomputed: list | None, merged: Merged, sources: list | None) -> Index:
    """`publish.search.index.build_index`, the base extending what `merged` holds (whose `sources`
    it then records). Index.postings is the base's, decoded only when `merged` lacks the base's
    files (`layout`) or it grew."""
    cut = base_size(len(records))
    if len(merged.sources) > cut or len(merged.sources) % search_index.TAIL_STEP:  # not a base of this archive
        merged.sources, merged.lists, merged.parts, merged.layout = [], {}, [], None
    if len(merged.sources) != cut:
        merge_postings(merged.lists, records, precomputed, len(merged.sources), cut)
        merged.layout = None
    merged.sources = list(sources[:cut]) if sources is not None else [None] * cut
    tail = decoded(merge_postings({}, records, precomputed, cut, len(records)))
    facets, vocabularies = facet_rows(records)
    return Index(decoded(merged.lists) if merged.layout is None else {}, facets, vocabularies, tail, cut)


def search_files(records: list[dict], postings: list | None = None, merged: Merged | None = None,
                 sources: list | None = None, kept: Callable[[str], bool] | None = None) -> dict[str, str]:
    """`publish.search.shards.search_files`, merged over numpy arrays (`numpy_search`), the
    base's merge resumed from `merged` (as a run left it, extended here, whose `sources` it
    then records). `kept(path)`: whether docs/ holds that file as last written; the base's
    files, when its merge did not grow, and the doc files of the articles it held are then
    `Kept` rather than made again (a doc file depends on its article alone, and its source, id
    included, is the same)."""
    merged = merged if merged is not None else Merged()
    resumed = len(merged.sources) if kept is not None else 0
    index = build_index(records, postings, merged, sources)
    layout = merged.layout
    files = page_files()
    if layout is not None and kept is not None and all(map(kept, layout["paths"])):
        files.update(zip(layout["paths"], map(Kept, layout["paths"])))
    else:
        base, shape = level_files(index.postings if layout is None else decoded(merged.lists),
                                  "search", ("shard", "key"), shards.SHARD_TARGET)
        files.update(base)
        layout = merged.layout = {**shape, "paths": sorted(base)}
    tail, tail_shape = tail_files(index)
    files.update(tail)
    files.update(facet_files(index))
    parts_before, parts = merged.parts, []
    for number, record in enumerate(records):
        if kept is not None and number < min(resumed, len(parts_before)):
            paths = [f"search/docs/{number}.js", *(f"search/docs/{number}-{k}.js" for k in range(parts_before[number]))]
            if all(map(kept, paths)):
                files.update(zip(paths, map(Kept, paths)))
                parts.append(parts_before[number])
                continue
        made = doc_files(number, record)
        files.update(made)
        parts.append(len(made) - 1)
    merged.parts = parts[:index.cut]
    files["search/meta.js"] = meta_file(len(records), layout, index.cut, tail_shape)
    return files
