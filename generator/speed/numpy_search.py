"""The search index's postings made and merged over numpy arrays: the same bytes as
`publish.search.index.article_postings` and `merge_postings` (tests/test_search.py holds them
equal), several times faster (design/PERFORMANCE.md)."""
from __future__ import annotations

from array import array
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING, Any

from ..publish.search.codec import BASE, END_DIGITS, MORE_DIGITS, byte_table, enc_bytes
from ..publish.search.folding import fold, head_text, rest_text, units, word_boundaries
from ..publish.search.index import HEAD_SPAN, ArticlePostings

if TYPE_CHECKING:
    import numpy


def article_postings(record: dict) -> ArticlePostings:
    """`publish.search.index.article_postings`, the bigrams grouped and encoded over numpy
    arrays rather than a dict of lists. The costly part of the index (jieba, positions): made
    where the page is built, in the page workers, and kept in the page cache with the page."""
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
    table = byte_table()
    limit = len(table)
    entries = [table[count] + table[in_head[key] if key in in_head else 0] if count < limit
               else enc_bytes((count, in_head[key] if key in in_head else 0)) for key, count in total.items()]
    sizes += map(len, entries)
    # Compact for the page cache (a few objects, not thousands): keys as one string (bigrams,
    # two units each, then characters), entries as one byte string and where each one ends.
    return ArticlePostings(keys + "".join(total), len(sizes) - len(entries), bigram_entries + b"".join(entries),
                           array("H" if max(sizes, default=0) < 1 << 16 else "I", sizes))


MERGE_BLOCK = 1 << 20  # (article, key) pairs merged at once: bounds the arrays' memory; larger is no faster


def merge_postings(lists: dict, records: list[dict], precomputed: list | None, start: int, end: int) -> dict:
    """`publish.search.index.merge_postings` (the same `lists`, the same bytes). An article has
    about 850 (article, key) pairs: they are grouped by key over numpy arrays, a block of
    articles at a time, rather than looped over one by one."""
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


def encoded_numbers(numbers) -> tuple:
    """enc() of each of a numpy array of numbers, as one byte string, and each one's length."""
    import numpy as np

    end_digits, more_digits = digit_bytes()
    lengths = np.ones(len(numbers), np.int64)
    power = BASE
    while (more := numbers >= power).any():
        lengths += more
        power *= BASE
    ends = np.cumsum(lengths)
    out = np.empty(int(ends[-1]) if len(ends) else 0, np.uint8)
    remaining, place = numbers.copy(), 0
    while (has := lengths > place).any():  # the last digit of each number, then the one before …
        out[ends[has] - 1 - place] = (end_digits if place == 0 else more_digits)[remaining[has] % BASE]
        remaining //= BASE
        place += 1
    return out.tobytes(), lengths


@cache


def digit_bytes() -> tuple:
    import numpy as np
    return (np.frombuffer("".join(END_DIGITS).encode("ascii"), np.uint8),
            np.frombuffer("".join(MORE_DIGITS).encode("ascii"), np.uint8))
