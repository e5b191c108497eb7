"""Raw text of Chinese newspaper pages → a browsable, searchable, citable MkDocs site.

The product, plain and serial, in two halves:

- `archive/`: text in, articles out. `archive.build` holds the order of the stages in one
  place: read → two columns restored → unwrap and repair → classify → segment → corrections →
  enrich → coverage, page by page (`build_page`), then ids for the whole folder
  (`build_archive(folder) -> Archive`).
- `publish/`: the archive → every file of docs/ as {relative path: text}
  (`publish.site.publish(archive)`): article pages and their front matter, browse indexes,
  charts, citations, data exports, related articles, the search index (`publish/search/`).
  It reads and writes no file and keeps nothing between runs.

Above the product, importing it and never imported by it (tests/test_layout.py):

- `speed/`: the same archive and the same docs/, faster: pages built over the cores and kept in
  the page cache, pages kept as last written, the search postings made and merged over numpy
  arrays, the merge resumed and run in a forked process, docs/ changed in place by one journal
  (`speed.tree`), the parallel site build.
  `speed.run.generate` is what `python -m generator generate` runs; its docs/ equals what the
  plain product publishes (tests/test_layout.py).
- `tools/`: the benchmark, the soak test, the link checker, the offline copy, the Zensical build.

`cli` is the command line; `runlock` keeps to one run at a time per archive.
"""
