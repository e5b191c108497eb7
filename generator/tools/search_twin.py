"""The Python twin of search.js: reads the files `search_files` writes and answers a query as the
browser does. The tests check the index through it (tests/test_search.py; tests/test_search_browser.py
holds it to search.js in Chromium), the benchmark measures what a query downloads with it
(`search_payload_bytes`), and the soak searches every headline of the archive it leaves."""
from __future__ import annotations

import gzip
import json
import re
from collections import defaultdict
from typing import NamedTuple, Sequence

from ..publish.search.codec import dec, fnv1a
from ..publish.search.folding import WHITESPACE, fold, squeeze, units
from ..publish.search.index import day_number
from ..publish.search.shards import chunk_start, heavy_name


QUOTES = "\"＂“”"
EXCLUDE = "-－"  # a term that begins with one of these (and has more) excludes the articles holding the rest
PHRASE = re.compile(f"([{EXCLUDE}]?)[{QUOTES}]([^{QUOTES}]*)(?:[{QUOTES}]|$)")
# Chinese list punctuation between terms separates them as white space does (成渝，重庆 is two terms).
SEPARATOR_RUN = re.compile("[" + "".join(sorted(WHITESPACE)) + "，、；]+")
SPLIT_LIMIT = 16         # longest unquoted term (units) that is split into words when it finds nothing


class Term(NamedTuple):
    text: str         # folded
    quoted: bool      # a phrase in quotes: never split into words
    exclude: bool     # -词: the articles holding it are left out


def parse(query: str) -> list[Term]:
    """The query's terms, folded: quoted phrases whole, the rest split at white space and at
    ，、；; a term that begins with - (and has more) excludes; duplicates dropped."""
    raw = [(text, True, bool(sign)) for sign, text in PHRASE.findall(query)]
    for word in SEPARATOR_RUN.split(PHRASE.sub(" ", query)):
        exclude = len(word) > 1 and word[0] in EXCLUDE
        raw.append((word[1:] if exclude else word, False, exclude))
    out, seen = [], set()
    for text, quoted, exclude in raw:
        text = fold(units(squeeze(text))).replace("\n", " ")
        if text and (text, exclude) not in seen:
            seen.add((text, exclude))
            out.append(Term(text, quoted, exclude))
    return out


def parse_query(query: str) -> list[str]:
    """The folded terms an article must hold (see `parse`)."""
    return [term.text for term in parse(query) if not term.exclude]


def simplified(term: str, pairs: str) -> str:
    """The term with each traditional character of `pairs` (simplified_characters) replaced."""
    table = dict(zip(pairs[0::2], pairs[1::2]))
    return "".join(table.get(ch, ch) for ch in term)


def split_candidates(term: str) -> list[str]:
    """The parts of a term that may be its words (two units or more, not the term itself), each
    once, in the order search.js looks them up (the order decides which shards a cover reads)."""
    size, out = len(term), []
    for start in range(size - 1):
        for end in range(size, start + 1, -1):
            if (start, end) != (0, size) and term[start:end] not in out:
                out.append(term[start:end])
    return out


def best_split(term: str, words: set[str]) -> list[str] | None:
    """The fewest `words` that spell the term, the longest first word on a tie; None where
    there are none. search.js splits alike."""
    size = len(term)
    best: list = [None] * size + [0]
    step = [0] * (size + 1)
    for start in range(size - 2, -1, -1):
        for end in range(size, start + 1, -1):
            if best[end] is not None and term[start:end] in words and (start, end) != (0, size):
                if best[start] is None or best[end] + 1 < best[start]:
                    best[start], step[start] = best[end] + 1, end
    if best[0] is None:
        return None
    out, at = [], 0
    while at < size:
        out.append(term[at:step[at]])
        at = step[at]
    return out


def cover(term: str, cost=lambda key: 1) -> list[tuple[str, int]]:
    """The bigrams (with their offsets) whose positions decide where a term occurs; one character: itself.

    The first and the last bigram are always needed; in between, every character must be in a
    chosen bigram, so consecutive offsets differ by 1 or 2. Of those chains the cheapest to
    download is taken (`cost` of a key: its own file's size if heavy, else a shard's, 0 once
    loaded; ties go to the longer step), so 双城经济圈 reads 城经 rather than the common 经济."""
    if len(term) == 1:
        return [(term, 0)]
    last = len(term) - 2
    best, step = [0] * (last + 1), [0] * (last + 1)
    best[last] = cost(term[last:last + 2])
    for offset in range(last - 1, -1, -1):
        choices = [offset + 2, offset + 1] if offset + 2 <= last else [offset + 1]
        step[offset] = min(choices, key=best.__getitem__)
        best[offset] = cost(term[offset:offset + 2]) + best[step[offset]]
    offsets = [0]
    while offsets[-1] != last:
        offsets.append(step[offsets[-1]])
    return [(term[o:o + 2], o) for o in offsets]


_CALL = re.compile(r"^window\.__archiveSearch\.(\w+)\((.*)\);\n$", re.S)


def read_call(text: str) -> tuple[str, list]:
    kind, args = _CALL.match(text).groups()
    return kind, json.loads(f"[{args}]")


class Reader:
    """The browser's view of the index files: which it loads, and what a query returns."""

    def __init__(self, files: dict[str, str]):
        self.files = files
        self.loaded: list[str] = []
        self.meta = self.load("search/meta.js")[0]

    def load(self, path: str) -> list:
        if path not in self.loaded:
            self.loaded.append(path)
        return read_call(self.files[path])[1]

    def levels(self) -> list[tuple[str, dict]]:
        """The levels of the index that hold articles: (folder, layout), base first."""
        levels = [("search", self.meta), ("search/tail", self.meta["tail"])]
        return [(folder, layout) for folder, layout in levels if layout["shards"]]

    @staticmethod
    def postings_path(key: str, folder: str, layout: dict) -> str:
        if key in layout["heavy"]:
            return f"{folder}/keys/{heavy_name(key)}.js"
        return f"{folder}/shards/{fnv1a(key) % layout['shards']:0{layout['shardWidth']}d}.js"

    def cost(self, key: str) -> int:
        cost = 0
        for folder, layout in self.levels():
            if self.postings_path(key, folder, layout) not in self.loaded:
                cost += layout["heavy"][key] if key in layout["heavy"] else layout["shardBytes"]
        return cost

    def postings(self, key: str) -> list[str]:
        """The key's list in each level (each decodes on its own: article numbers from 0)."""
        lists = []
        for folder, layout in self.levels():
            args = self.load(self.postings_path(key, folder, layout))
            if key in layout["heavy"]:
                lists.append(args[1])
            else:  # JSON reads an escaped surrogate pair as one character; JavaScript keeps two code units
                lists.append({units(k): v for k, v in args[1].items()}.get(key, ""))
        return lists

    def term_hits(self, term: str) -> dict[int, list]:
        """article → [occurrences, occurrences in the head, whole-word occurrences, positions of the
        occurrences from HEAD_SPAN on (None for a one-character term: its list has no positions)]."""
        keys = cover(term, self.cost)
        if len(term) == 1:
            return {doc: [count, head, 0, None] for text in self.postings(term)
                    for doc, count, head in _triples(dec(text))}
        decoded = [({doc: found for text in self.postings(key) for doc, found in _positions(dec(text)).items()}, offset)
                   for key, offset in keys]
        hits = {}
        common = set.intersection(*(set(d) for d, _ in decoded))
        for doc in sorted(common):
            first = decoded[0][0][doc]
            others = [(dict(d[doc]), offset) for d, offset in decoded[1:]]
            count = head = whole = 0
            later = []
            for position, flags in first:
                if all(position + offset in table for table, offset in others):
                    count += 1
                    if position < self.meta["headSpan"]:
                        head += 1
                    else:
                        later.append(position)
                    end = others[-1][0][position + others[-1][1]] if others else flags
                    whole += bool(flags & 2 and end & 1)
            if count:
                hits[doc] = [count, head, whole, later]
        return hits

    def facets(self, docs) -> dict[int, tuple]:
        """article → (paper, year, topics, places, kind, day, authors), as vocabulary indexes."""
        out = {}
        for block in sorted({doc // self.meta["facetBlock"] for doc in docs}):
            values = dec(self.load(f"search/facets/{block}.js")[1])
            i, doc = 0, block * self.meta["facetBlock"]
            while i < len(values):
                paper, year, kind, day = values[i] - 1, values[i + 1] - 1, values[i + 2] - 1, values[i + 3]
                i += 4
                lists = []
                for _ in range(3):  # topics, places, authors
                    lists.append(values[i + 1:i + 1 + values[i]])
                    i += 1 + values[i]
                out[doc] = (paper, year, lists[0], lists[1], kind, day, lists[2])
                doc += 1
        return out

    def resolve(self, terms: list[Term]) -> tuple[list[str], list[dict], set[int], dict]:
        """The words searched for, their hits, the articles that hold them all and none of the
        excluded terms, and what was done to find any: a term that finds nothing is read in
        simplified characters where that changes it ("simplified"); if then no article holds
        every term, an unquoted one that finds nothing is searched as the words it is made of
        ("split": jieba's words, as the index marks them: parts found as whole words somewhere
        in the archive). search.js takes the same steps, loading the same files."""
        include = [t for t in terms if not t.exclude]
        words = [t.text for t in include]
        hits = [self.term_hits(word) for word in words]
        notes: dict[str, list] = {"simplified": [], "split": []}
        if not all(hits):
            pairs = self.load("search/t2s.js")[0]
            for n, word in enumerate(words):
                if not hits[n] and simplified(word, pairs) != word:
                    words[n] = simplified(word, pairs)
                    hits[n] = self.term_hits(words[n])
                    notes["simplified"].append(words[n])
        docs = set.intersection(*(set(h) for h in hits)) if hits else set()
        if hits and not docs:
            split_words, split_hits = [], []
            for n, term in enumerate(include):
                parts = None
                if not hits[n] and not term.quoted and 4 <= len(words[n]) <= SPLIT_LIMIT:
                    found = {part: self.term_hits(part) for part in split_candidates(words[n])}
                    parts = best_split(words[n], {part for part, h in found.items() if any(v[2] for v in h.values())})
                for word in parts or [words[n]]:
                    if word not in split_words:
                        split_words.append(word)
                        split_hits.append(found[word] if parts else hits[n])
                notes["split"] += parts or []
            if notes["split"]:
                words, hits = split_words, split_hits
                docs = set.intersection(*(set(h) for h in hits))
        for term in terms:
            if term.exclude:
                docs -= set(self.term_hits(term.text))
        return words, hits, docs, notes

    FILTERS = (("paper", "papers", 0), ("year", "years", 1), ("topic", "topics", 2), ("place", "places", 3),
               ("kind", "kinds", 4), ("author", "authors", 6))
    FACETED = tuple(name for name, _, _ in FILTERS) + ("from", "to", "sort")

    def search(self, query: str, filters: dict[str, str] | None = None, shown: int | None = None,
               faceted: bool = False) -> list[dict]:
        """Ranked results (all of them), loading what the browser loads for the first `shown`.
        `filters`: paper, year, topic, place, kind, author (a vocabulary's value), from and to
        (YYYY-MM-DD, inclusive), sort ("new" or "old": by date; else by relevance). The facets
        and vocabularies are loaded only where a filter or sort is given or `faceted` (the
        reader opened the filters). What was searched for is left in `self.words` and
        `self.notes` (see `resolve`)."""
        filters = filters or {}
        terms = parse(query)
        self.words: list[str] = []
        self.notes: dict[str, list] = {"simplified": [], "split": []}
        if not any(not t.exclude for t in terms):
            return []
        words, per_term, docs, self.notes = self.resolve(terms)
        self.words = words
        if faceted or any(filters.get(name) for name in self.FACETED):
            facets = self.facets(docs)
            vocabularies = self.load("search/vocabularies.js")[0]
        for name, vocabulary, slot in self.FILTERS:
            wanted = filters.get(name)
            if wanted:
                index = vocabularies[vocabulary].index(wanted) if wanted in vocabularies[vocabulary] else -2
                docs = {
                    d for d in docs if (index in facets[d][slot] if slot in (2, 3, 6) else facets[d][slot] == index)
                }
        low, high = day_number(filters.get("from") or ""), day_number(filters.get("to") or "")
        if low or high:
            docs = {d for d in docs if facets[d][5] and facets[d][5] >= low and (not high or facets[d][5] <= high)}
        ranked = sorted(docs, key=lambda d: (-sum(h[d][1] > 0 for h in per_term),
                                             -sum(h[d][0] + h[d][2] for h in per_term), d))
        if filters.get("sort") in ("new", "old"):  # undated articles last; relevance within a day
            sign = -1 if filters["sort"] == "new" else 1
            ranked.sort(key=lambda d: (not facets[d][5], sign * facets[d][5]))
        out = []
        for position, doc in enumerate(ranked):
            entry = {"doc": doc, "count": sum(h[doc][0] for h in per_term),
                     "head": sum(h[doc][1] for h in per_term), "whole": sum(h[doc][2] for h in per_term)}
            if position < (self.meta["pageSize"] if shown is None else shown):
                entry.update(self.load(f"search/docs/{doc}.js")[1])
                entry["snippet"] = self.snippet(doc, entry, [h[doc] for h in per_term], words)
            out.append(entry)
        return out

    def snippet(self, doc: int, entry: dict, hits: list[list], terms: list[str]) -> dict:
        """The snippet a result shows, loading what search.js loads for it: the first occurrence
        of any term in the text, SNIPPET_LEAD units before it, from the one chunk that holds it
        (found from the positions in the postings; chunk by chunk when a term is a character,
        whose list has none); with no occurrence in the text, the head if it has one (a hit in
        kicker or subtitle), else the text's beginning. Returns the text shown, its marks and
        whether text comes before and after it."""
        size, length, count = self.meta["textChunk"], entry["length"], entry["chunks"]

        def chunk(number: int) -> str:
            return units(entry["text"] if count == 1 else self.load(f"search/docs/{doc}-{number}.js")[2])

        def first_in(number: int, text: str) -> int | None:
            start = chunk_start(number)
            for begin, _ in occurrences(text, terms):
                if number * size <= start + begin and (start + begin < (number + 1) * size or number == count - 1):
                    return begin
            return None

        if all(h[3] is not None for h in hits):
            base = max(self.meta["headSpan"], len(units(entry["head"])) + 1)
            later = [p - base for h in hits for p in h[3] if p >= base]
            candidates: Sequence[int] = [min(min(later) // size, count - 1)] if later else []
        else:
            candidates = range(count)
        number, at = 0, None
        for number in candidates:
            text = chunk(number)
            at = first_in(number, text)
            if at is not None:
                break
        if at is not None:
            start = chunk_start(number)
        else:
            head = units(entry["head"])
            if head and head != units(entry["title"]) and occurrences(head, terms):
                text, start, length, at = head, 0, len(head), occurrences(head, terms)[0][0]
            else:
                text, start, at = chunk(0), 0, 0
        begin = max(0, at - self.meta["snippetLead"])
        end = min(len(text), begin + self.meta["snippetWidth"])
        shown = text[begin:end]
        return {"text": shown, "marks": [shown[max(a, begin) - begin:min(b, end) - begin]
                                          for a, b in occurrences(text, terms) if min(b, end) > max(a, begin)],
                "before": start + begin > 0, "after": start + end < length}


def occurrences(text: str, terms: list[str]) -> list[list[int]]:
    """Merged [start, end) spans of every (overlapping) occurrence of the terms in the folded text."""
    folded = fold(text)  # fold makes every white space, the newline too, a space
    spans = []
    for term in terms:
        at = folded.find(term)
        while at >= 0:
            spans.append([at, at + len(term)])
            at = folded.find(term, at + 1)
    merged: list[list[int]] = []
    for span in sorted(spans):
        if merged and span[0] <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], span[1])
        else:
            merged.append(span)
    return merged


def _triples(values: list[int]):
    doc = 0
    for i in range(0, len(values), 3):
        doc += values[i]
        yield doc, values[i + 1], values[i + 2]


def _positions(values: list[int]) -> dict[int, list[tuple[int, int]]]:
    out, doc, i = {}, 0, 0
    while i < len(values):
        doc += values[i]
        count = values[i + 1]
        value, positions = 0, []
        for delta in values[i + 2:i + 2 + count]:
            value += delta
            positions.append((value >> 2, value & 3))
        out[doc] = positions
        i += 2 + count
    return out


def search(files: dict[str, str], query: str, filters: dict[str, str] | None = None) -> list[str]:
    """Article ids for a query, best first (the Python twin of search.js)."""
    return [read_call(files[f"search/docs/{r['doc']}.js"])[1][1]["id"]
            for r in Reader(files).search(query, filters, shown=0)]


def _size(files: dict[str, str], paths) -> tuple[int, int]:
    raw = sum(len(files[p].encode("utf-8")) for p in paths)
    packed = sum(len(gzip.compress(files[p].encode("utf-8"), 9, mtime=0)) for p in paths)
    return raw, packed


def search_payload_bytes(files: dict[str, str], queries: str | list[str]) -> dict:
    """Bytes the browser downloads for a sequence of queries typed into one search page.

    `files` is what `search_files` returned (or any mapping holding those paths); `queries`
    one query or several, run in order on the same page (later queries reuse what earlier
    ones loaded). Returns `first` (bytes of the first query: bootstrap, postings, facet
    blocks and the shown results), `next` (the largest of the later queries, new bytes only;
    0 when there is one query), the same gzip-compressed as `first_gzip` / `next_gzip`
    (what a server that compresses sends), and `queries`: per query its `files`, `bytes`,
    `gzip_bytes`, `results`."""
    if isinstance(queries, str):
        queries = [queries]
    reader = Reader(files)
    details: list[dict] = []
    seen: set[str] = set()
    for query in queries:
        results = reader.search(query)
        new = [p for p in reader.loaded if p not in seen]
        seen.update(new)
        raw, packed = _size(files, new)
        details.append({"query": query, "files": new, "bytes": raw, "gzip_bytes": packed, "results": len(results)})
    later = details[1:] or [{"bytes": 0, "gzip_bytes": 0}]
    return {"first": details[0]["bytes"], "next": max(d["bytes"] for d in later),
            "first_gzip": details[0]["gzip_bytes"], "next_gzip": max(d["gzip_bytes"] for d in later),
            "queries": details}


def index_figures(files: dict[str, str]) -> dict:
    """Sizes of the index by part (bytes, and gzip bytes), and the largest shard."""
    parts = defaultdict(list)
    for path in files:
        if path.startswith("search/"):  # by folder (shards, tail/shards, docs …), meta.js by itself
            parts[path[len("search/"):].rpartition("/")[0] or path[len("search/"):].removesuffix(".js")].append(path)
    out = {}
    for part, paths in sorted(parts.items()):
        raw, packed = _size(files, paths)
        out[part] = {"files": len(paths), "bytes": raw, "gzip_bytes": packed,
                     "largest": max(len(files[p].encode("utf-8")) for p in paths)}
    return out
