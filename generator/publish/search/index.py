"""The postings: each article's keys (bigrams and characters) with their positions, merged into
one list per key over numpy arrays, in two levels (the base and the tail); and each article's
facets."""
from __future__ import annotations

import re
from array import array
from collections import Counter
from dataclasses import dataclass, field
from itertools import accumulate, chain
from operator import add
from typing import TYPE_CHECKING, Any, NamedTuple

from ...archive.labels import KIND_LABELS
from .codec import _BYTES, enc_bytes, encoded_numbers
from .folding import fold, head_text, rest_text, units, word_boundaries

if TYPE_CHECKING:
    import numpy


HEAD_SPAN = 256          # body positions start here; head positions are below it
TAIL_STEP = 256          # the base holds a multiple of this many articles, the tail the rest
MAIN_PLACES = 3
DAY_ZERO = (1800, 1, 1)  # facet dates are days since this (1 = that day; 0 = no date)


@dataclass
class Index:
    postings: dict[str, str]             # key → encoded list, of the base's articles
    facets: list[tuple]                  # per article: (paper, year, topics, places) as vocabulary indexes
    vocabularies: dict[str, list[str]] = field(default_factory=dict)
    tail: dict[str, str] = field(default_factory=dict)  # key → encoded list, of the articles after the base
    cut: int = 0                         # articles in the base


def main_places(record: dict) -> list[str]:
    places = [p["name"] for p in record.get("places", []) if p.get("main")]
    return (places or list(record.get("regions", []))[:1])[:MAIN_PLACES]


def article_postings(record: dict) -> "ArticlePostings":
    """One article's part of the index: its keys (bigrams and characters) and, for each, its
    entry in the key's list without the leading article delta (which depends on the articles
    before it): a bigram's occurrence count and positions, a character's count and count in
    the head. The costly part of the index (jieba, positions), computed where the page is
    built: in the page workers, in parallel, and kept in the page cache with the page.

    The bigrams are grouped and encoded over numpy arrays (faster than a dict of lists,
    design/PERFORMANCE.md); tests/test_search.py holds the plain definition it is checked against."""
    import numpy as np

    head, rest = head_text(record), rest_text(record)
    folded_head = fold(units(head))
    in_head = Counter(folded_head)
    codes: Any = []  # arrays, one per article, then (below) one array of them all
    values: Any = []
    for text, folded, base in ((head, folded_head, 0), (rest, None, max(HEAD_SPAN, len(folded_head) + 1))):
        if folded is None:
            folded = fold(units(text))
            total = in_head.copy()
            total.update(folded)
        size = len(folded)
        if size < 2:
            continue
        # bigram i: its two code units as one number, and its value: position << 2, 2 if a
        # word starts at it, 1 if a word ends after its second unit
        starts, ends = word_boundaries(text)
        first, after = np.zeros(size + 2, np.uint8), np.zeros(size + 2, np.uint8)
        first[np.fromiter(starts, np.int64, len(starts))] = 2
        after[np.fromiter(ends, np.int64, len(ends))] = 1
        pair = np.frombuffer(folded.encode("utf-16-le", "surrogatepass"), "<u2").astype(np.uint32)
        codes.append(pair[:-1] << 16 | pair[1:])
        values.append(
            np.arange(base << 2, (base + size - 1) << 2, 4, dtype=np.int64) | (first[: size - 1] | after[2 : size + 1])
        )
    total.pop(" ", None)
    keys, bigram_entries, sizes = "", b"", []
    if codes:
        codes, values = np.concatenate(codes), np.concatenate(values)
        # keys in the order they first occur; each key's values in the order of the text
        unique, first_at, of_key = np.unique(codes, return_index=True, return_inverse=True)
        by_first = np.argsort(first_at)
        rank = np.empty_like(by_first)
        rank[by_first] = np.arange(len(by_first))
        key_rank = rank[of_key]
        grouped = values[np.argsort(key_rank, kind="stable")]
        counts = np.bincount(key_rank)
        group_starts = np.cumsum(counts) - counts
        deltas = grouped.copy()
        deltas[1:] -= grouped[:-1]
        deltas[group_starts] = grouped[group_starts]
        # a key's entry: its count, its first value, then the differences
        bigram_entries, lengths = encoded_numbers(np.insert(deltas, group_starts, counts))
        sizes = np.add.reduceat(lengths, group_starts + np.arange(len(counts))).tolist()
        pairs = unique[by_first]
        halves = np.empty(2 * len(pairs), np.uint32)
        halves[0::2], halves[1::2] = pairs >> 16, pairs & 0xFFFF
        keys = "".join(map(chr, halves.tolist()))  # not decoded as UTF-16: a pair may split a surrogate pair
    enc_bytes(())
    table, limit = _BYTES, len(_BYTES)
    entries = [table[count] + table[in_head[key] if key in in_head else 0] if count < limit
               else enc_bytes((count, in_head[key] if key in in_head else 0)) for key, count in total.items()]
    sizes += map(len, entries)
    # Compact for the page cache (a few objects, not thousands): keys as one string (bigrams,
    # two units each, then characters), entries as one byte string and where each one ends.
    return ArticlePostings(keys + "".join(total), len(sizes) - len(entries), bigram_entries + b"".join(entries),
                           array("H" if max(sizes, default=0) < 1 << 16 else "I", sizes))


class ArticlePostings(NamedTuple):
    keys: str        # the bigrams, two units each, then the characters
    bigrams: int     # how many of the keys are bigrams
    entries: bytes   # every key's entry, in the order of the keys
    sizes: array     # the length of each entry in `entries`

    def keys_and_ends(self):
        """Each key, and where its entry ends in `entries` (it starts where the one before ends)."""
        split = 2 * self.bigrams
        pairs = self.keys[:split]
        return zip(chain(map(add, pairs[0::2], pairs[1::2]), self.keys[split:]), accumulate(self.sizes))


def base_size(total: int) -> int:
    """How many of `total` articles the base level indexes: the rest, fewer than TAIL_STEP, the tail."""
    return total - total % TAIL_STEP


MERGE_BLOCK = 1 << 20  # (article, key) pairs merged at once: bounds the arrays' memory; larger is no faster


def merge_postings(lists: dict, records: list[dict], precomputed: list | None, start: int, end: int) -> dict:
    """Append the entries of articles start … end-1 (`article_postings`, or `precomputed[n]`
    where given) to one byte buffer per key in `lists` (key → [last article, buffer]); a key's
    first entry carries its article's number from 0, so a list decodes on its own.

    An article has about 850 (article, key) pairs: they are grouped by key over numpy arrays, a
    block of articles at a time, faster than a loop over the pairs (design/PERFORMANCE.md);
    tests/test_search.py holds the loop it is checked against."""
    block, pairs = [], 0
    for number in range(start, end):
        own = precomputed[number] if precomputed and precomputed[number] else article_postings(records[number])
        block.append((number, own))
        pairs += len(own.sizes)
        if pairs >= MERGE_BLOCK or number == end - 1:
            merge_block(lists, block)
            block, pairs = [], 0
    return lists


CHARACTER_KEY = 1 << 32  # a character key's code is its code unit plus this; a bigram's, its two units


def merge_block(lists: dict, block: list[tuple[int, "ArticlePostings"]]) -> None:
    """`merge_postings` for some articles, in order, after those `lists` holds: each (article,
    key) pair becomes the article's delta from the key's last article, then its entry; the
    pairs, sorted by key (then article), are written one after the other, and each key's run
    of them is appended to its buffer."""
    import numpy as np

    counts = np.array([len(own.sizes) for _, own in block], np.int64)
    if not counts.sum():
        return
    codes = key_codes(block, counts)
    article = np.repeat(np.array([number for number, _ in block], np.int32), counts)
    sizes = np.concatenate(
        [np.frombuffer(own.sizes, "<u2" if own.sizes.typecode == "H" else "<u4") for _, own in block]
    )
    sizes = sizes.astype(np.int32)
    entry_at = np.cumsum(sizes, dtype=np.int64) - sizes
    # sorted by key, then by article (pairs come in article order; the pair's index breaks ties)
    shift = max(1, int(len(codes)).bit_length())
    ordered = np.sort(codes << shift | np.arange(len(codes)))
    order = ordered & ((1 << shift) - 1)
    codes, article, sizes, entry_at = ordered >> shift, article[order], sizes[order], entry_at[order]
    starts = np.flatnonzero(np.concatenate(([True], codes[1:] != codes[:-1])))
    keys = [chr(c >> 16) + chr(c & 0xFFFF) if c < CHARACTER_KEY else chr(c - CHARACTER_KEY)
            for c in codes[starts].tolist()]
    before = np.array([lists[key][0] if key in lists else 0 for key in keys], np.int64)
    deltas = article.astype(np.int64)
    deltas[1:] -= article[:-1]
    deltas[starts] = article[starts] - before
    digits, digit_sizes = encoded_numbers(deltas)
    # the output: pair by pair, its delta's digits (from `digits`), then its entry (from the entries)
    source = np.frombuffer(digits + b"".join(own.entries for _, own in block), np.uint8)
    lengths = np.empty(2 * len(codes), np.int32)
    lengths[0::2], lengths[1::2] = digit_sizes, sizes
    origins = np.empty(2 * len(codes), np.int64 if len(source) >> 31 else np.int32)
    origins[0::2], origins[1::2] = np.cumsum(digit_sizes) - digit_sizes, len(digits) + entry_at
    out = gathered(source, origins, lengths)
    ends = np.cumsum(lengths[1::2] + lengths[0::2], dtype=np.int64)
    key_ends = ends[np.append(starts[1:], len(codes)) - 1].tolist()
    last = article[np.append(starts[1:], len(codes)) - 1].tolist()
    begin = 0
    for key, stop, newest in zip(keys, key_ends, last):
        entry = lists.get(key)
        if entry is None:
            lists[key] = [newest, bytearray(out[begin:stop])]
        else:
            entry[0] = newest
            entry[1] += out[begin:stop]
        begin = stop


def key_codes(block: list[tuple[int, "ArticlePostings"]], counts) -> "numpy.ndarray":
    """Each (article, key) pair's key as one number: a bigram's two code units, or a
    character's unit + CHARACTER_KEY."""
    import numpy as np

    units = np.frombuffer("".join(own.keys for _, own in block).encode("utf-16-le", "surrogatepass"), "<u2")
    first_pair = np.cumsum(counts) - counts
    place = np.arange(counts.sum()) - np.repeat(first_pair, counts)  # the key's place in its article
    is_bigram = place < np.repeat([own.bigrams for _, own in block], counts)
    width = np.where(is_bigram, 2, 1)
    at = np.cumsum(width) - width
    unit = units[at].astype(np.int64)
    following = units[np.minimum(at + 1, len(units) - 1)].astype(np.int64)
    return np.where(is_bigram, unit << 16 | following, unit + CHARACTER_KEY)


def gathered(source, origins, lengths) -> bytes:
    """source[origins[0]:origins[0] + lengths[0]] + source[origins[1]:…] + …, made a part at a time."""
    import numpy as np

    parts, step = [], 1 << 20
    for first in range(0, len(lengths), step):
        length, origin = lengths[first:first + step], origins[first:first + step]
        to = np.cumsum(length, dtype=origin.dtype) - length
        index = np.repeat(origin - to, length) + np.arange(int(length.sum()), dtype=origin.dtype)
        parts.append(source[index].tobytes())
    return b"".join(parts)


def decoded(lists: dict) -> dict[str, str]:
    return {key: entry[1].decode("ascii") for key, entry in lists.items()}


def build_index(records: list[dict], precomputed: list | None = None) -> Index:
    """Postings of every bigram and character, in two levels: the base (the first
    `base_size(n)` articles) and the tail (the rest). `precomputed`: each article's
    `article_postings`, where made already (None where not)."""
    cut = base_size(len(records))
    base = decoded(merge_postings({}, records, precomputed, 0, cut))
    tail = decoded(merge_postings({}, records, precomputed, cut, len(records)))
    facets, vocabularies = facet_rows(records)
    return Index(base, facets, vocabularies, tail, cut)


def facet_rows(records: list[dict]) -> tuple[list[tuple], dict[str, list]]:
    """Each article's facets (paper, year, topics, places, kind, day, authors) as numbers into
    the vocabularies, and the vocabularies."""
    papers = sorted({r.get("newspaper") for r in records if r.get("newspaper")})
    years = sorted({r["date"][:4] for r in records if r.get("date")})
    topics = sorted({t for r in records for t in r.get("topics", [])})
    places = sorted({p for r in records for p in main_places(r)})
    present = {r.get("kind") for r in records}
    kinds = [label for kind, label in KIND_LABELS.items() if kind in present]
    authors = sorted({a for r in records for a in r.get("authors", [])})
    vocabularies = {"papers": papers, "years": years, "topics": topics, "places": places, "kinds": kinds,
                    "authors": authors}
    where = {name: {v: i for i, v in enumerate(values)} for name, values in vocabularies.items()}
    facets = [
        (
            where["papers"].get(r.get("newspaper"), -1),
            where["years"].get((r.get("date") or "")[:4], -1),
            sorted(where["topics"][t] for t in r.get("topics", [])),
            sorted(where["places"][p] for p in main_places(r)),
            where["kinds"].get(KIND_LABELS.get(r.get("kind", ""), ""), -1),
            day_number(r.get("date") or ""),
            sorted({where["authors"][a] for a in r.get("authors", [])}),
        )
        for r in records
    ]
    return facets, vocabularies


def day_number(date: str) -> int:
    """A date (YYYY, YYYY-MM or YYYY-MM-DD; a month's first day where the day is unknown) as days
    since DAY_ZERO, from 1; 0 where there is none. search.js computes the same from a date field."""
    import datetime

    match = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", date)
    if not match:
        return 0
    year, month, day = int(match[1]), int(match[2] or 1), int(match[3] or 1)
    try:
        days = datetime.date(year, month, day).toordinal() - datetime.date(*DAY_ZERO).toordinal()
    except ValueError:
        return 0
    return max(days, 0) + 1
