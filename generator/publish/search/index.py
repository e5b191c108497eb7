"""The postings: each article's keys (bigrams and characters) with their positions, merged into
one list per key, in two levels (the base and the tail); and each article's facets."""
from __future__ import annotations

import re
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import accumulate, chain
from operator import add
from typing import NamedTuple

from ...archive.labels import KIND_LABELS, kind_label
from .codec import enc_bytes
from .folding import fold, head_text, rest_text, units, word_boundaries


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


def article_postings(record: dict) -> ArticlePostings:
    """One article's part of the index: its keys (bigrams and characters, each in the order it
    first occurs) and, for each, its entry in the key's list without the leading article delta
    (which depends on the articles before it). A bigram's entry: its count, its first position,
    then the differences, a position being position << 2 | 2 where a jieba word starts at it |
    1 where one ends after it; a character's: its count and its count in the head.
    speed.numpy_search makes the same over arrays."""
    head, rest = head_text(record), rest_text(record)
    folded_head = fold(units(head))
    in_head = Counter(folded_head)
    total = in_head + Counter(fold(units(rest)))
    total.pop(" ", None)
    positions: dict[str, list[int]] = defaultdict(list)
    for text, base in ((head, 0), (rest, max(HEAD_SPAN, len(folded_head) + 1))):
        folded = fold(units(text))
        starts, ends = word_boundaries(text) if len(folded) > 1 else (set(), set())
        for i in range(len(folded) - 1):
            positions[folded[i:i + 2]].append((base + i) << 2 | (2 if i in starts else 0) | (1 if i + 2 in ends else 0))
    entries = [enc_bytes((len(values), values[0], *(b - a for a, b in zip(values, values[1:]))))
               for values in positions.values()]
    entries += [enc_bytes((count, in_head[key])) for key, count in total.items()]
    sizes = [len(entry) for entry in entries]
    # Compact for the page cache (a few objects, not thousands): keys as one string (bigrams,
    # two units each, then characters), entries as one byte string and where each one ends.
    return ArticlePostings("".join(positions) + "".join(total), len(positions), b"".join(entries),
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


def merge_postings(lists: dict, records: list[dict], precomputed: list | None, start: int, end: int) -> dict:
    """Append the entries of articles start … end-1 (`article_postings`, or `precomputed[n]`
    where given) to one byte buffer per key in `lists` (key → [last article, buffer]): each
    (article, key) pair adds the article's number less the key's last article's (0 before its
    first, so a list decodes on its own), then the article's entry. speed.numpy_search merges
    the same over arrays."""
    for number in range(start, end):
        own = precomputed[number] if precomputed and precomputed[number] else article_postings(records[number])
        position = 0
        for key, stop in own.keys_and_ends():
            entry = lists.get(key)
            if entry is None:
                entry = lists[key] = [0, bytearray()]
            entry[1] += enc_bytes((number - entry[0],)) + own.entries[position:stop]
            entry[0] = number
            position = stop
    return lists


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
            where["kinds"].get(kind_label(r.get("kind", "")), -1),  # an unknown kind is in no facet
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
