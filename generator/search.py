"""The archive's full-text search index: files under docs/search/, keyed by relative path.

A query finds every article that contains what is typed and no other: the keys are overlapping
character bigrams with their positions, so the browser checks adjacency itself; jieba's word
boundaries only rank. The format (files, two levels, postings), what a query matches and why
not lunr: design/SEARCH-FORMAT.md. The output is deterministic: articles in the order given,
keys sorted, no clock.
"""
from __future__ import annotations

import gzip
import json
import pickle
import re
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, chain
from operator import add
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, NamedTuple, Sequence

from .labels import KIND_LABELS, record_title as display_title
from .page_cache import Kept, load_pickle, read_verified

if TYPE_CHECKING:
    import numpy

VERSION = 5
HEAD_SPAN = 256          # body positions start here; head positions are below it
SHARD_TARGET = 8 * 1024  # bytes a shard aims at
TAIL_STEP = 256          # the base holds a multiple of this many articles, the tail the rest
TAIL_SHARD_TARGET = 2 * 1024  # bytes a tail shard aims at beside a base (a query loads one per key beside the base's)
MIN_SHARDS = 16
MAX_SHARDS = 4096
HEAVY_KEY = 12 * 1024    # a key this large gets its own file
FACET_BLOCK = 1024       # articles per facet file
PAGE_SIZE = 10           # results shown at a time (search.js shows the same number)
MAIN_PLACES = 3
TEXT_CHUNK = 1000        # units of text per result chunk (search/docs/N-K.js)
SNIPPET_LEAD = 40        # a snippet starts this many units before the first occurrence …
SNIPPET_WIDTH = 150      # … and is this wide (search.js draws the same)

# Length-preserving fold, the same in search.js: full-width ASCII → ASCII, A-Z → a-z, white space → " ".
WHITESPACE = frozenset("\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                       "\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff")
FOLD = {c: chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}
FOLD.update({c: chr(c - 0xFEE0).lower() for c in range(0xFF01, 0xFF5F)})
FOLD.update({ord(c): " " for c in WHITESPACE})
WHITESPACE_RUN = re.compile("[" + "".join(sorted(WHITESPACE)) + "]+")
QUOTES = "\"＂“”"
EXCLUDE = "-－"  # a term that begins with one of these (and has more) excludes the articles holding the rest
PHRASE = re.compile(f"([{EXCLUDE}]?)[{QUOTES}]([^{QUOTES}]*)(?:[{QUOTES}]|$)")
# Chinese list punctuation between terms separates them as white space does (成渝，重庆 is two terms).
SEPARATOR_RUN = re.compile("[" + "".join(sorted(WHITESPACE)) + "，、；]+")
DAY_ZERO = (1800, 1, 1)  # facet dates are days since this (1 = that day; 0 = no date)
SPLIT_LIMIT = 16         # longest unquoted term (units) that is split into words when it finds nothing

ALPHABET = [chr(c) for c in range(0x21, 0x7F) if chr(c) not in '"\\']
BASE = len(ALPHABET) // 2  # 46
END_DIGITS, MORE_DIGITS = ALPHABET[:BASE], ALPHABET[BASE:]
DIGIT_VALUE = {ch: (i % BASE, i < BASE) for i, ch in enumerate(ALPHABET)}


# --- text -------------------------------------------------------------------------------------

def units(text: str) -> str:
    """The text as UTF-16 code units (characters beyond the BMP become two surrogates), as JS sees it."""
    encoded = text.encode("utf-16-le", "surrogatepass")
    if len(encoded) == 2 * len(text):
        return text
    codes = array("H", encoded)
    return "".join(map(chr, codes))


def fold(text: str) -> str:
    return text.translate(FOLD)


def squeeze(text: str) -> str:
    """White space runs → one character: a newline if the run held one, else a space."""
    return WHITESPACE_RUN.sub(lambda m: "\n" if "\n" in m.group() else " ", text).strip(" \n")


def head_text(record: dict) -> str:
    return "\n".join(
        squeeze(record.get(f) or "") for f in ("kicker", "title", "subtitle") if squeeze(record.get(f) or "")
    )


def rest_text(record: dict) -> str:
    byline = " ".join(
        record.get("authors", []) + [p for p in record.get("photographers", []) if p not in record.get("authors", [])]
    )
    return "\n".join(part for part in (squeeze(record.get("body") or ""), squeeze(byline)) if part)


def searchable_text(record: dict) -> str:
    """Everything a query is matched against, as one string (head, body, byline)."""
    return head_text(record) + "\n" + rest_text(record)


# --- jieba: where words start and end ------------------------------------------------------------

def _cutter():
    """The archive's one way of segmenting (tokens.cut: rjieba where installed)."""
    from .tokens import cut
    return cut


_inner_words: dict[str, tuple] = {}  # word → inner_words(word): words recur, their n-grams are looked up once


def inner_words(word: str, frequencies: dict) -> tuple[tuple[int, int], ...]:
    """(offset, length) of each dictionary 2-gram, and 3-gram if the word is longer than three,
    inside a word: what jieba's search mode adds to precise mode."""
    width = len(word)
    return tuple((i, n) for n in ((2, 3) if width > 3 else (2,)) for i in range(width - n + 1)
                 if frequencies.get(word[i:i + n]))


def word_boundaries(text: str) -> tuple[set[int], set[int]]:
    """Offsets (UTF-16) where a jieba search-mode token starts, and where one ends.

    Search mode is precise mode plus every dictionary 2- and 3-gram inside a longer word
    (jieba.Tokenizer.tokenize(mode="search") exactly), computed from `cut` so that the fast
    segmenter can be used."""
    import jieba

    words = _cutter()(text)
    offsets = list(accumulate(map(len, words), initial=0))
    if offsets[-1] != len(text):
        raise ValueError("the segmenter's tokens do not spell the text")
    starts, ends = set(offsets[:-1]), set(offsets[1:])
    known = _inner_words
    for word, offset in zip(words, offsets):
        if len(word) > 2:
            inner = known.get(word)
            if inner is None:
                inner = known[word] = inner_words(word, jieba.dt.FREQ)
            for i, n in inner:
                starts.add(offset + i)
                ends.add(offset + i + n)
    if text != units(text):  # code points → UTF-16 offsets
        position, table = 0, []
        for ch in text:
            table.append(position)
            position += 2 if ch > "\uffff" else 1
        table.append(position)
        starts, ends = {table[i] for i in starts}, {table[i] for i in ends}
    return starts, ends


# --- integers as text ------------------------------------------------------------------------------

_SMALL = []


def enc(n: int) -> str:
    if n < len(_SMALL):
        return _SMALL[n]
    digits = []
    while True:
        n, d = divmod(n, BASE)
        digits.append(d)
        if not n:
            break
    return "".join(MORE_DIGITS[d] for d in reversed(digits[1:])) + END_DIGITS[digits[0]]


def three_digit_numbers() -> list[str]:
    """enc(n) for every n below BASE ** 3, in order, made digit by digit (a tenth of the time
    of calling enc for each)."""
    low = [more + end for more in MORE_DIGITS for end in END_DIGITS]  # the last two digits, 0 … BASE² - 1
    return [*END_DIGITS, *low[BASE:], *(more + rest for more in MORE_DIGITS[1:] for rest in low)]


_SMALL.extend(three_digit_numbers()[:BASE * BASE * 4])
_BYTES: list[bytes] = []


def enc_bytes(values) -> bytes:
    """enc() of each value, as ASCII bytes (a table of every number of up to three digits)."""
    if not _BYTES:
        _BYTES.extend(map(str.encode, three_digit_numbers()))
    try:
        return b"".join(map(_BYTES.__getitem__, values))
    except IndexError:
        return b"".join(_BYTES[v] if v < len(_BYTES) else enc(v).encode("ascii") for v in values)


def dec(text: str) -> list[int]:
    out, value = [], 0
    for ch in text:
        digit, last = DIGIT_VALUE[ch]
        value = value * BASE + digit
        if last:
            out.append(value)
            value = 0
    return out


def fnv1a(key: str) -> int:
    """32-bit FNV-1a over UTF-16 code units (search.js computes the same)."""
    h = 0x811C9DC5
    for ch in key:
        h ^= ord(ch)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


# --- building ---------------------------------------------------------------------------------------

@dataclass
class Index:
    postings: dict[str, str]             # key → encoded list, of the base's articles
    facets: list[tuple]                  # per article: (paper, year, topics, places) as vocabulary indexes
    vocabularies: dict[str, list[str]] = field(default_factory=dict)
    tail: dict[str, str] = field(default_factory=dict)  # key → encoded list, of the articles after the base
    cut: int = 0                         # articles in the base


def doc_entry(record: dict) -> dict:
    """What a result shows; a text longer than one chunk comes in "parts" (docs/N-K.js)."""
    text = units(rest_text(record))
    parts = [text] if text_chunk(text, 0) == text else [text_chunk(text, k) for k in range(-(-len(text) // TEXT_CHUNK))]
    entry = {"id": record["id"], "url": record["url"], "title": display_title(record), "date": record.get("date", ""),
             "paper": record.get("newspaper", ""), "kind": KIND_LABELS.get(record.get("kind", ""), ""),
             "head": head_text(record), "length": len(text), "chunks": len(parts)}
    return {**entry, "text": text} if len(parts) == 1 else {**entry, "parts": parts}


def text_chunk(text: str, number: int) -> str:
    """Units number * TEXT_CHUNK … (number + 1) * TEXT_CHUNK of the text, with room for a snippet
    that starts at any of them: SNIPPET_LEAD units before, the snippet's width after."""
    start = max(0, number * TEXT_CHUNK - SNIPPET_LEAD)
    return text[start:(number + 1) * TEXT_CHUNK + SNIPPET_WIDTH - SNIPPET_LEAD]


def chunk_start(number: int) -> int:
    return max(0, number * TEXT_CHUNK - SNIPPET_LEAD)


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


def build_index(records: list[dict], precomputed: list | None = None, merged: Merged | None = None,
                sources: list | None = None) -> Index:
    """Postings of every bigram and character, in two levels: the base (the first
    `base_size(n)` articles, extending what `merged` holds, whose `sources` it then records)
    and the tail (the rest, merged anew). Index.postings is the base's, decoded only when
    `merged` lacks the base's files (`layout`) or it grew."""
    merged = merged if merged is not None else Merged()
    cut = base_size(len(records))
    if len(merged.sources) > cut or len(merged.sources) % TAIL_STEP:  # not a base of this archive
        merged.sources, merged.lists, merged.parts, merged.layout = [], {}, [], None
    if len(merged.sources) != cut:
        merge_postings(merged.lists, records, precomputed, len(merged.sources), cut)
        merged.layout = None
    merged.sources = list(sources[:cut]) if sources is not None else [None] * cut
    tail = decoded(merge_postings({}, records, precomputed, cut, len(records)))

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
    return Index(decoded(merged.lists) if merged.layout is None else {}, facets, vocabularies, tail, cut)


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


@cache
def simplified_characters() -> str:
    """Traditional characters and their simplified forms, pairs run together (萬万與与…): only
    characters that differ, one code point each, in code point order. From OpenCC's character
    table (opencc-python-reimplemented, read here at build time only), the first simplified
    form where it gives several; search.js folds a query that finds nothing with it."""
    from importlib.resources import files

    table = files("opencc") / "dictionary" / "TSCharacters.txt"
    pairs = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        traditional, _, targets = line.partition("\t")
        simplified = targets.split(" ")[0]
        if len(traditional) == 1 and len(simplified) == 1 and simplified != traditional \
                and traditional <= "\uffff" and simplified <= "\uffff":
            pairs[traditional] = simplified
    return "".join(t + pairs[t] for t in sorted(pairs))


def search_redirect() -> str:
    """search.html for the public build: the offline copy's address of the search page (with
    ?q=, which a reader may share), sent on to search/ with its query (generator/data/)."""
    from .datafiles import text

    return text("search-redirect.html")


def search_page() -> str:
    """docs/search.md: the search page's front-matter and copy (generator/data/search-page.md)."""
    from .datafiles import text

    return text("search-page.md")


def search_files(records: list[dict], postings: list | None = None, merged: Merged | None = None,
                 sources: list | None = None, kept: Callable[[str], bool] | None = None) -> dict[str, str]:
    """docs/search.md and docs/search/**: the page and the sharded index of `records`
    (`postings`: their `article_postings`, where computed already; `merged`: the base's merge
    as a run left it, extended here, whose `sources` it then records). `kept(path)`: whether
    docs/ holds that file as last written; the base's files, when its merge did not grow, and
    the doc files of the articles it held are then `Kept` rather than made again (a doc file
    depends on its article alone, and its source, id included, is the same)."""
    resumed = len(merged.sources) if merged is not None and kept is not None else 0
    index = build_index(records, postings, merged, sources)
    layout = merged.layout if merged is not None else None
    files = {"search.md": search_page(), "search.html": search_redirect(),
             "search/t2s.js": call("t2s", simplified_characters())}
    if layout is not None and kept is not None and all(map(kept, layout["paths"])):
        files.update(zip(layout["paths"], map(Kept, layout["paths"])))
    else:
        base, shape = level_files(index.postings if layout is None else decoded(merged.lists),
                                  "search", ("shard", "key"), SHARD_TARGET)
        files.update(base)
        layout = {**shape, "paths": sorted(base)}
        if merged is not None:
            merged.layout = layout
    # Beside a base, a query loads a tail shard per key as well: small ones; alone, the tail is the index.
    tail, tail_shape = level_files(index.tail, "search/tail", ("tailShard", "tailKey"),
                                   TAIL_SHARD_TARGET if index.cut else SHARD_TARGET)
    files.update(tail)
    # The filters' data, loaded only once a reader opens the filters or the address sets one.
    files["search/vocabularies.js"] = call("vocabularies", index.vocabularies)
    for block in range(0, len(index.facets), FACET_BLOCK):
        files[f"search/facets/{block // FACET_BLOCK}.js"] = call(
            "facets", block // FACET_BLOCK, encode_facets(index.facets[block:block + FACET_BLOCK]))
    parts_before, parts = (merged.parts if merged is not None else []), []
    for number, record in enumerate(records):
        if number < min(resumed, len(parts_before)):
            paths = [f"search/docs/{number}.js", *(f"search/docs/{number}-{k}.js" for k in range(parts_before[number]))]
            if all(map(kept, paths)):
                files.update(zip(paths, map(Kept, paths)))
                parts.append(parts_before[number])
                continue
        doc = doc_entry(record)
        files[f"search/docs/{number}.js"] = call("doc", number, {k: v for k, v in doc.items() if k != "parts"})
        for chunk, text in enumerate(doc.get("parts", [])):
            files[f"search/docs/{number}-{chunk}.js"] = call("chunk", number, chunk, text)
        parts.append(len(doc.get("parts", [])))
    if merged is not None:
        merged.parts = parts[:index.cut]
    meta = {"version": VERSION, "docs": len(records), **{k: v for k, v in layout.items() if k != "paths"},
            "tail": {"from": index.cut, **tail_shape},
            "headSpan": HEAD_SPAN, "facetBlock": FACET_BLOCK, "pageSize": PAGE_SIZE,
            "textChunk": TEXT_CHUNK, "snippetLead": SNIPPET_LEAD, "snippetWidth": SNIPPET_WIDTH}
    files["search/meta.js"] = call("meta", meta)
    return files


# --- querying, as search.js does it (tests and the benchmark use this) ----------------------------------

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


# --- figures ---------------------------------------------------------------------------------------------

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
