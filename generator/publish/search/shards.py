"""The files of docs/search/: the keys' lists in shards (a heavy key in a file of its own), the
facets, each article's result entry and text, and meta.js; `search_files` makes all of them."""
from __future__ import annotations

import json
import re
from collections import defaultdict

from ...archive.labels import kind_label, record_title as display_title
from .codec import enc, fnv1a
from .folding import head_text, rest_text, units
from .index import HEAD_SPAN, Index, build_index
from .page import search_page, search_redirect, simplified_characters


VERSION = 5
SHARD_TARGET = 8 * 1024  # bytes a shard aims at
TAIL_SHARD_TARGET = 2 * 1024  # bytes a tail shard aims at beside a base (a query loads one per key beside the base's)
MIN_SHARDS = 16
MAX_SHARDS = 4096
HEAVY_KEY = 12 * 1024    # a key this large gets its own file
FACET_BLOCK = 1024       # articles per facet file
PAGE_SIZE = 10           # results shown at a time (search.js shows the same number)
TEXT_CHUNK = 1000        # units of text per result chunk (search/docs/N-K.js)
SNIPPET_LEAD = 40        # a snippet starts this many units before the first occurrence …
SNIPPET_WIDTH = 150      # … and is this wide (search.js draws the same)


def doc_entry(record: dict) -> dict:
    """What a result shows; a text longer than one chunk comes in "parts" (docs/N-K.js)."""
    text = units(rest_text(record))
    parts = [text] if text_chunk(text, 0) == text else [text_chunk(text, k) for k in range(-(-len(text) // TEXT_CHUNK))]
    entry = {"id": record["id"], "url": record["url"], "title": display_title(record), "date": record.get("date", ""),
             "paper": record.get("newspaper", ""), "kind": kind_label(record.get("kind", "")),
             "head": head_text(record), "length": len(text), "chunks": len(parts)}
    return {**entry, "text": text} if len(parts) == 1 else {**entry, "parts": parts}


def text_chunk(text: str, number: int) -> str:
    """Units number * TEXT_CHUNK … (number + 1) * TEXT_CHUNK of the text, with room for a snippet
    that starts at any of them: SNIPPET_LEAD units before, the snippet's width after."""
    start = max(0, number * TEXT_CHUNK - SNIPPET_LEAD)
    return text[start:(number + 1) * TEXT_CHUNK + SNIPPET_WIDTH - SNIPPET_LEAD]


def chunk_start(number: int) -> int:
    return max(0, number * TEXT_CHUNK - SNIPPET_LEAD)


COMPACT_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def js_value(value) -> str:
    text = COMPACT_JSON(value)
    try:  # no lone surrogate (the text encodes): nothing to escape, found at the encoder's speed
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def call(kind: str, *args) -> str:
    return f"window.__archiveSearch.{kind}({','.join(js_value(a) for a in args)});\n"


def shard_count(total: int, target: int = SHARD_TARGET) -> int:
    count = MIN_SHARDS
    while count < MAX_SHARDS and total / count > target:
        count *= 2
    return count


def level_files(postings: dict[str, str], folder: str, kinds: tuple[str, str], target: int) -> tuple[dict, dict]:
    """The files of one level of the index (base: folder "search", calls shard/key; tail:
    "search/tail", tailShard/tailKey): a key longer than HEAVY_KEY in keys/<hash>.js, the rest in
    shards/NN.js, as many as keep them near `target` bytes; and the level's layout for meta.js
    (shards 0: no files)."""
    if not postings:
        return {}, {"shards": 0, "shardWidth": 1, "heavy": {}, "shardBytes": 0}
    heavy, names = {}, set()
    for key in sorted(k for k, v in postings.items() if len(v) > HEAVY_KEY):
        if heavy_name(key) not in names:  # a (most unlikely) clash of names: the key stays in its shard
            heavy[key] = heavy_name(key)
            names.add(heavy[key])
    rest = {key: value for key, value in postings.items() if key not in heavy}
    shards = shard_count(sum(len(k.encode("utf-8", "surrogatepass")) + len(v) + 6 for k, v in rest.items()), target)
    width = max(2, len(str(shards - 1)))
    grouped: dict[int, dict[str, str]] = defaultdict(dict)
    for key, value in rest.items():
        grouped[fnv1a(key) % shards][key] = value
    files, sizes = {}, {}
    for number in range(shards):
        files[f"{folder}/shards/{number:0{width}d}.js"] = call(kinds[0], number, grouped.get(number, {}))
    for key, name in heavy.items():
        files[f"{folder}/keys/{name}.js"] = text = call(kinds[1], key, postings[key])
        sizes[key] = len(text.encode("utf-8"))
    shard_bytes = sum(len(files[f"{folder}/shards/{n:0{width}d}.js"].encode("utf-8")) for n in range(shards)) // shards
    return files, {"shards": shards, "shardWidth": width, "heavy": sizes, "shardBytes": shard_bytes}


def heavy_name(key: str) -> str:
    return f"{fnv1a(key):08x}"


def encode_facets(rows: list[tuple]) -> str:
    out = []
    for paper, year, topics, places, kind, day, authors in rows:
        out += [enc(paper + 1), enc(year + 1), enc(kind + 1), enc(day), enc(len(topics)), *map(enc, topics),
                enc(len(places)), *map(enc, places), enc(len(authors)), *map(enc, authors)]
    return "".join(out)


def page_files() -> dict[str, str]:
    """The search page, the offline copy's redirect to it, and the traditional → simplified table."""
    return {"search.md": search_page(), "search.html": search_redirect(),
            "search/t2s.js": call("t2s", simplified_characters())}


def tail_files(index: Index) -> tuple[dict[str, str], dict]:
    """The tail level's files and layout: beside a base, a query loads a tail shard per key as
    well, so they are small; alone, the tail is the index."""
    return level_files(index.tail, "search/tail", ("tailShard", "tailKey"),
                       TAIL_SHARD_TARGET if index.cut else SHARD_TARGET)


def facet_files(index: Index) -> dict[str, str]:
    """The filters' data, loaded only once a reader opens the filters or the address sets one."""
    files = {"search/vocabularies.js": call("vocabularies", index.vocabularies)}
    for block in range(0, len(index.facets), FACET_BLOCK):
        files[f"search/facets/{block // FACET_BLOCK}.js"] = call(
            "facets", block // FACET_BLOCK, encode_facets(index.facets[block:block + FACET_BLOCK]))
    return files


def doc_files(number: int, record: dict) -> dict[str, str]:
    """Article `number`'s result entry (search/docs/N.js) and its text's chunks (N-K.js)."""
    doc = doc_entry(record)
    files = {f"search/docs/{number}.js": call("doc", number, {k: v for k, v in doc.items() if k != "parts"})}
    for chunk, text in enumerate(doc.get("parts", [])):
        files[f"search/docs/{number}-{chunk}.js"] = call("chunk", number, chunk, text)
    return files


def meta_file(docs: int, layout: dict, cut: int, tail_shape: dict) -> str:
    """search/meta.js: the two levels' layouts and the constants search.js reads."""
    meta = {"version": VERSION, "docs": docs, **{k: v for k, v in layout.items() if k != "paths"},
            "tail": {"from": cut, **tail_shape},
            "headSpan": HEAD_SPAN, "facetBlock": FACET_BLOCK, "pageSize": PAGE_SIZE,
            "textChunk": TEXT_CHUNK, "snippetLead": SNIPPET_LEAD, "snippetWidth": SNIPPET_WIDTH}
    return call("meta", meta)


def search_files(records: list[dict], postings: list | None = None) -> dict[str, str]:
    """docs/search.md and docs/search/**: the page and the sharded index of `records`
    (`postings`: their `article_postings`, where computed already)."""
    index = build_index(records, postings)
    files = page_files()
    base, layout = level_files(index.postings, "search", ("shard", "key"), SHARD_TARGET)
    files.update(base)
    tail, tail_shape = tail_files(index)
    files.update(tail)
    files.update(facet_files(index))
    for number, record in enumerate(records):
        files.update(doc_files(number, record))
    files["search/meta.js"] = meta_file(len(records), layout, index.cut, tail_shape)
    return files
