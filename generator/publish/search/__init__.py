"""The archive's full-text search index: files under docs/search/, keyed by relative path.

A query finds every article that contains what is typed and no other: the keys are overlapping
character bigrams with their positions, so the browser checks adjacency itself; jieba's word
boundaries only rank. The format (files, two levels, postings), what a query matches and why
not lunr: design/SEARCH-FORMAT.md. The output is deterministic: articles in the order given,
keys sorted, no clock.

folding: text as the index sees it (UTF-16 units, folded; jieba's word boundaries)
codec: numbers as text, and the hash that places a key in its shard
index: each article's postings, merged into one list per key, in a base and a tail level
shards: the files of docs/search/ (`search_files`)
page: the search page and its redirect
The Python twin of search.js, which reads these files as the browser does, is generator/tools/search_twin.py.
"""
