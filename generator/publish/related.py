"""Same event, other papers: for each article, the articles of other papers or other issues that
reprint its text (转载) or report the same event in their own words (同题报道).

Each article has three MinHash sketches (`sketch`, made where its page is built):

- its text: the clauses of its repaired body (what stands between two signs of punctuation, the
  units a reprint keeps whole; a tenth as many as its 5-character shingles, and as telling).
  Two articles of which one holds at least half of the other's clauses are reprints of one
  another; the pairs a MinHash LSH index finds, so measured, join articles into *families*
  (union-find), so that a text printed a hundred times is one family, not five thousand pairs.
- its lead: the 4-character shingles of its kicker, title, subtitle and the first `LEAD_CHARS`
  characters of its first paragraph. A report says what happened, where and when in its
  headline and first sentence; two reports of one event in other words still share much of
  those (the 6月21日 川渝党政联席会议 in 成都日报 and 重庆日报: 0.20–0.29, against at most 0.03
  for any other two articles of the seeds).
- its facts: its numbers with their units and the words jieba's dictionary does not know
  (names), which reports of one event share however they are written (the continuation of
  成都日报's meeting report, whose own lead is lost on another page, shares 0.10–0.17 of them
  with 重庆日报's three reports).

Families whose leads or facts meet in an LSH index of their own (one article for each family)
report one event, or, where one holds half of the other's text (a paragraph of an article),
are one family. The articles of two such families are shown to each other where printed within
`WINDOW_DAYS` days (both dates known). Each index touches an article once per band and every
bucket is read once, so the work grows with the archive, not with its square. A reader is shown
at most `LIMIT` of each kind, the earliest printed first: of a text printed a hundred times, the
first printings, the same list on every copy (adding a later copy changes no other page). The
permutations come from a fixed seed: the same archive gives the same links, byte for byte.
Measured on labelled pairs in tests/test_related.py (tests/related/).
"""
from __future__ import annotations

import datetime
import os
import re
import zlib
from bisect import bisect_left
from itertools import islice
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Callable, NamedTuple

from ..archive import tokens
from ..archive.model import Article
from .records import body_lines, export_record

if TYPE_CHECKING:
    import numpy

# numpy is imported where a sketch is made or the links are found, not with this module: the
# processes that only import it (the site build and its workers, `check`, `export`) are spared
# it. Imported, it would start OpenBLAS's threads, and a process of the generator may fork
# workers after it; it does no linear algebra worth a thread, so it has none.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

# Permutations: a lead is compared at lower similarities than a text, so with more of them.
NUM_PERM, LEAD_PERM, FACT_PERM = 64, 256, 32
SEED = 20240622  # any fixed number: the permutations, and so the sketches, are the same every run
LEAD_SHINGLE = 4
LEAD_CHARS = 100
MIN_TEXT, MIN_LEAD = 2, 16  # clauses, shingles: a shorter text (a photo credit, a short caption) says too little
MIN_CLAUSE = 4
CLAUSE_BREAK = re.compile(r"[\n，。；：！？、,.;:!?“”‘’\"'（）()《》【】—…·]+")
INLINE_SPACE = re.compile(r"[^\S\n]+")
REPRINT = 0.5  # share of the shorter text's clauses found in the other: a reprint (转载) at or above
# The bands and rows of each LSH index (`Bands`): what datasketch's optimiser gives for the text index
# at Jaccard similarity 0.3 (a text and its half: 0.5), and for the lead and fact indexes at
# 0.15 and 0.1, weighted 0.2/0.8 towards finding (the lead's 101 bands of 2 find a pair at 0.15
# 9 times in 10, one at 0.01 once in 100); each pair they find is then measured on the leads or
# facts themselves. Given rather than optimised at each run (a fifth of a second of integrals;
# tests/test_related.py checks they are the optimiser's).
TEXT_BANDS, LEAD_BANDS, FACT_BANDS = (21, 3), (101, 2), (27, 1)
SAME_LEAD = 0.12  # lead similarity (Jaccard, exact) from which two reports are of one event
SAME_FACTS, FACTS_SHARED = 0.1, 2  # likewise for facts, with at least this many facts in common
WINDOW_DAYS = 7  # reports of one event are printed within a week of each other
LIMIT = 5  # shown, of each kind
REPRINTED, SAME_EVENT = "reprinted", "same_event"  # Link.kind; ui.yml names each for readers

# MurmurHash3's 32-bit finaliser (its shifts and multipliers), which mixes each input hash once
# before the permutations.
FMIX = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)
# A fact: a number that is not a date or a small count (a decimal, three digits or more, or in
# 万 or 亿) with the character after it (its unit: 522米, 1.2万人, 67.2%).
NUMBER = re.compile(r"\d+(?:\.\d+)?[万亿]?[^\d\s，。、；：！？,.;:!?（）()“”\"《》]?")
DIGIT = re.compile(r"\d")
COUNT_OR_DATE = re.compile(r"\d{1,2}[^\d.万亿]?|\d+[年月日时号]")


class Sketch(NamedTuple):
    """An article's MinHash sketches (their hash values as bytes), how many distinct clauses
    its text has (for the share of text two articles have in common) and its facts; b"" where
    there is too little to say anything."""

    text: bytes
    text_size: int
    lead: bytes
    facts: bytes
    fact_set: tuple[str, ...]


def squeezed(text: str) -> str:
    """The text without white space (a paper's line breaks and spacing are not its text)."""
    return SPACE.sub("", text)


SPACE = re.compile(r"\s+")


def shingles(text: str, size: int) -> set[bytes]:
    """Every `size` characters in a row, as UTF-32 (encoded once and sliced, which is faster than
    encoding each shingle)."""
    data = text.encode("utf-32-le", "surrogatepass")
    return {data[i:i + 4 * size] for i in range(0, len(data) - 4 * size + 4, 4)}


# MinHash is made here, not with datasketch, whose sketches these are byte for byte (datasketch
# 2's MinHash, scheme "affine32", zlib.crc32 its hash function, SEED its seed; tests/test_related.py
# compares them): importing any part of datasketch imports SciPy for its LSH optimiser, which
# this module never calls (its bands are given), in every process of the generator and of the
# site build, and the forked workers' memory holds it too; here it is a dozen lines
# (design/PERFORMANCE.md).
@cache
def permutations(size: int) -> tuple[numpy.ndarray, numpy.ndarray]:
    """MinHash's `size` random permutations h -> a * h + b mod 2**32 (a odd), drawn from SEED as
    datasketch draws them: the same archive gives the same sketches, run after run."""
    import numpy
    draw = numpy.random.RandomState(SEED)
    a = draw.randint(0, 1 << 31, size, dtype=numpy.uint32) * numpy.uint32(2) + numpy.uint32(1)
    return a, draw.randint(0, 1 << 32, size, dtype=numpy.uint32)


def minhash(parts: set[bytes], least: int, size: int) -> bytes:
    """The MinHash sketch of `parts` (each permutation's least value, as little-endian uint32
    bytes); b"" where there are fewer than `least`. Each part's hash, CRC-32, is mixed with
    MurmurHash3's finaliser before it is permuted, so a fast checksum is hash enough for short
    shingles (SHA-1, datasketch's default, costs three times as much)."""
    if len(parts) < least:
        return b""
    import numpy
    hashed = numpy.fromiter(map(zlib.crc32, parts), dtype=numpy.uint32, count=len(parts))
    shift1, times1, shift2, times2, shift3 = FMIX
    hashed ^= hashed >> shift1
    hashed *= numpy.uint32(times1)
    hashed ^= hashed >> shift2
    hashed *= numpy.uint32(times2)
    hashed ^= hashed >> shift3
    a, b = permutations(size)
    return (hashed[:, None] * a + b).min(axis=0).tobytes()  # uint32 arithmetic wraps: mod 2**32


def lead_shingles(kicker: str, title: str, subtitle: str, body: str) -> set[bytes]:
    """The shingles of the headline (kicker, title, subtitle) and the start of the first paragraph."""
    first = next((line for line in body.split("\n") if line.strip()), "")
    return shingles(squeezed(kicker + title + subtitle) + squeezed(first)[:LEAD_CHARS], LEAD_SHINGLE)


def facts(text: str) -> tuple[str, ...]:
    """What a report of one event shares with another told in other words: its numbers with
    their units (dates and small counts left out) and the words jieba's dictionary does not
    know (names of people, places, projects, events), sorted."""
    numbers = {m for m in NUMBER.findall(text) if not COUNT_OR_DATE.fullmatch(m)}
    cut = tokens.cut(text)
    known = tokens.idf()
    words = {w for w in cut if len(w) >= 2 and w not in known and not DIGIT.search(w)}
    return tuple(sorted(numbers | words))


def clauses(text: str) -> set[bytes]:
    """The clauses of a text (what stands between two signs of punctuation or line breaks,
    white space left out), of at least MIN_CLAUSE characters: the units a reprint keeps whole."""
    return {part.encode("utf-8", "surrogatepass") for part in CLAUSE_BREAK.split(squeezed_lines(text))
            if len(part) >= MIN_CLAUSE}


def squeezed_lines(text: str) -> str:
    return INLINE_SPACE.sub("", text)


def sketch(record: dict) -> Sketch:
    """The sketches of an article, from its export record (`records.export_record`)."""
    text = clauses(record["body"])
    lead = lead_shingles(record["kicker"], record["title"], record["subtitle"], record["body"])
    # The headline as enrich joins it for the keywords: the same text, so a backend that keeps
    # the last texts cut cuts it once.
    headline = " ".join(filter(None, (record["kicker"], record["title"], record["subtitle"])))
    found = facts(headline + "\n" + record["body"])
    return Sketch(minhash(text, MIN_TEXT, NUM_PERM), len(text), minhash(lead, MIN_LEAD, LEAD_PERM),
                  minhash({f.encode("utf-8", "surrogatepass") for f in found}, FACTS_SHARED, FACT_PERM), found)


@dataclass(frozen=True)
class Link:
    """Another article as an article page shows it: how it relates, and the share of this
    article's text found in it (percent: estimated from the sketches, or measured where that is unsure)."""

    item: Article
    kind: str  # REPRINTED or SAME_EVENT
    share: int


def day_range(date: str) -> tuple[int, int] | None:
    """First and last day (ordinals) a date can be: 2024-06-22, 2024-06 (a month), 2024 (a year)."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", date or "")
    if not match:
        return None
    year, month, day = int(match[1]), int(match[2] or 0), int(match[3] or 0)
    try:
        if day:
            first = last = datetime.date(year, month, day)
        elif month:
            first = datetime.date(year, month, 1)
            last = datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)
        else:
            first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    except ValueError:
        return None
    return first.toordinal(), last.toordinal()


NO_DAY = (1 << 31, 1 << 31)  # an unknown date: after every known one


class Entry(NamedTuple):
    """An article with what deciding its links needs."""

    item: Article
    days: tuple[int, int] | None
    order: tuple  # its place in a list shown to readers: earliest printed first
    issue: tuple  # the same for two articles of one issue of one paper


def entry(item: Article) -> Entry:
    meta = item.meta
    date, paper = meta.date, meta.newspaper
    days = day_range(date)
    # Articles of one page are of one issue; so are those of one paper, edition and day.
    issue = ("paper", paper, meta.edition, date) if paper and days and days[0] == days[1] \
        else ("page", item.file)
    return Entry(item, days, (*(days or NO_DAY), paper, item.id), issue)


class Families:
    """The connected parts of a graph, growing by edges (union-find); each part's root is its
    lowest member."""

    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, n: int) -> int:
        parent = self.parent
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    def join(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


class Texts:
    """The text sketches of the archive as one array, for estimating shares many at a time; and,
    where an estimate cannot be trusted, the shares measured on the texts themselves."""

    def __init__(self, sketches: list[Sketch], items: list[Article]):
        import numpy
        self.items = items
        self.values = numpy.zeros((len(sketches), NUM_PERM), dtype=numpy.uint32)
        self.sizes = numpy.ones(len(sketches))
        for n, made in enumerate(sketches):
            if made.text:
                self.values[n] = numpy.frombuffer(made.text, dtype=numpy.uint32)
                self.sizes[n] = made.text_size
        self.shingled: dict[int, set[bytes]] = {}

    def shares(self, one: int, others: list[int], exact: bool = True) -> tuple[list[float], list[float]]:
        """The share of article `one`'s text found in each of `others`, and of theirs in it:
        estimated (the clauses in common from the Jaccard similarity the sketches estimate, and
        the sizes), or measured where the estimate is near REPRINT or the texts are of very
        different lengths (a paragraph and the article it comes from: there an estimate of
        the shared part is several times as uncertain as the paragraph is short)."""
        import numpy
        jaccard = (self.values[others] == self.values[one]).mean(axis=1)
        common = jaccard / (1 + jaccard) * (self.sizes[one] + self.sizes[others])
        mine = numpy.minimum(common / self.sizes[one], 1.0).tolist()
        theirs = numpy.minimum(common / self.sizes[others], 1.0).tolist()
        for k, other in enumerate(others if exact else ()):
            sizes = sorted((self.sizes[one], self.sizes[other]))
            if sizes[1] > 3 * sizes[0] or abs(max(mine[k], theirs[k]) - REPRINT) < 0.2:
                mine[k], theirs[k] = self.measured(one, other)
        return mine, theirs

    def measured(self, one: int, other: int) -> tuple[float, float]:
        a, b = self.shingles_of(one), self.shingles_of(other)
        common = len(a & b)
        return common / max(1, len(a)), common / max(1, len(b))

    def shingles_of(self, n: int) -> set[bytes]:
        if n not in self.shingled:
            self.shingled[n] = clauses("\n".join(body_lines(self.items[n])))
        return self.shingled[n]


def same_event(items: list[Article], limit: int = LIMIT, made: list | None = None) -> dict[str, list[Link]]:
    """For each article (by id) that has any: the reprints of its text in other issues, then the
    reports of the same event in other issues, at most `limit` of each, earliest printed first.
    `made`: the items' sketches, where made already (None where not)."""
    sketches = [made[n] if made and isinstance(made[n], Sketch) else sketch(export_record(item))
                for n, item in enumerate(items)]
    texts = [n for n, made in enumerate(sketches) if made.text]
    if len(texts) < 2:
        return {}
    entries = [entry(item) for item in items]
    measured = Texts(sketches, items)
    families = reprint_families(texts, measured)
    members = family_members(texts, families, entries)
    # Two families whose leads or facts meet are of one text where one of their first articles
    # holds half the other's text or more (an article and a paragraph of it): one family; else
    # they report one event.
    linked: dict[int, set[int]] = {}
    for a, b in event_pairs(members, sketches, items):
        mine, theirs = measured.shares(a, [b])
        if max(mine[0], theirs[0]) >= REPRINT:
            families.join(a, b)
        else:
            linked.setdefault(a, set()).add(b)
            linked.setdefault(b, set()).add(a)
    members = family_members(texts, families, entries)
    events: dict[int, set[int]] = {}
    for a, others in linked.items():
        for b in others:
            if families.find(a) != families.find(b):
                events.setdefault(families.find(a), set()).add(families.find(b))
    dated = {root: members_of(members[root], entries) for root in events}
    links: dict[str, list[Link]] = {}
    for n in texts:
        root = families.find(n)
        shown = reprints(n, members[root], entries, measured, limit)
        if entries[n].days is not None and root in events:
            shown += reports(n, [dated[other] for other in sorted(events[root])], entries, measured, limit)
        if shown:
            links[items[n].id] = shown
    return links


def family_members(texts: list[int], families: Families, entries: list[Entry]) -> dict[int, list[int]]:
    """Each family's articles by its root, earliest printed first."""
    members: dict[int, list[int]] = {}
    for n in texts:
        members.setdefault(families.find(n), []).append(n)
    for family in members.values():
        family.sort(key=lambda n: entries[n].order)
    return members


class Bands:
    """A MinHash LSH index (as datasketch's MinHashLSH given its bands and rows): a sketch's
    hash values cut into `bands` bands of `rows` values, and for each band a table of the
    articles by their values there; two articles whose values are the same in any one band are
    a candidate pair."""

    def __init__(self, shape: tuple[int, int]):
        self.bands, self.rows = shape
        self.tables: list[dict[bytes, list[int]]] = [{} for _ in range(self.bands)]

    def keys(self, sketched: bytes) -> list[bytes]:
        """The sketch's values in each band (as bytes: a uint32 value is 4 of them)."""
        width = 4 * self.rows
        return [sketched[band * width:(band + 1) * width] for band in range(self.bands)]

    def insert(self, n: int, sketched: bytes) -> None:
        for table, key in zip(self.tables, self.keys(sketched)):
            table.setdefault(key, []).append(n)

    def query(self, sketched: bytes) -> set[int]:
        """The articles that share a band with the sketch."""
        return {n for table, key in zip(self.tables, self.keys(sketched)) for n in table.get(key, ())}


def reprint_families(texts: list[int], measured: Texts) -> Families:
    """Articles joined where one holds at least half of the other's text, among the pairs the
    text index finds (each bucket is read once: its lowest member against each other one)."""
    families = Families(len(measured.sizes))
    index = Bands(TEXT_BANDS)
    for n in texts:
        index.insert(n, measured.values[n].tobytes())
    for table in index.tables:
        for bucket in table.values():
            if len(bucket) < 2:
                continue
            first, *others = sorted(bucket)
            others = [other for other in others if families.find(other) != families.find(first)]
            if not others:
                continue
            mine, theirs = measured.shares(first, others)
            for other, a, b in zip(others, mine, theirs):
                if max(a, b) >= REPRINT:
                    families.join(first, other)
    return families


def event_pairs(members: dict[int, list[int]], sketches: list[Sketch], items: list[Article]) -> list[tuple[int, int]]:
    """Pairs of articles, one of each of two families, whose leads, or whose facts, meet: each
    family is represented by its longest article with a lead (with facts), the one most likely
    printed whole; the pairs an index finds are kept where the leads (facts) themselves,
    compared exactly, are similar enough."""
    def lead_of(n: int) -> set:
        item = items[n]
        return lead_shingles(item.kicker, item.title, item.subtitle, "\n".join(body_lines(item)))

    def same_lead(mine: set, theirs: set) -> bool:
        return len(mine & theirs) >= SAME_LEAD * len(mine | theirs)

    def same_facts(mine: set, theirs: set) -> bool:
        shared = len(mine & theirs)
        return shared >= FACTS_SHARED and shared >= SAME_FACTS * len(mine | theirs)

    pairs = meeting("lead", LEAD_PERM, LEAD_BANDS, members, sketches, lead_of, same_lead)
    pairs += meeting("facts", FACT_PERM, FACT_BANDS, members, sketches, lambda n: set(sketches[n].fact_set), same_facts)
    return sorted(set(pairs))


def meeting(field: str, size: int, bands: tuple[int, int], members: dict[int, list[int]], sketches: list[Sketch],
            exact: Callable[[int], set], same: Callable[[set, set], bool]) -> list[tuple[int, int]]:
    """The pairs of family representatives whose sketches `field` meet in an LSH index and whose
    sets, as `exact` makes them, are `same`."""
    chosen = [max(having, key=lambda m: sketches[m].text_size) for family in members.values()
              if (having := [m for m in family if getattr(sketches[m], field)])]
    if len(chosen) < 2:
        return []
    index = Bands(bands)
    made = {n: getattr(sketches[n], field) for n in sorted(chosen)}
    for n, sketched in made.items():
        index.insert(n, sketched)
    sets: dict[int, set] = {}
    pairs = []
    for n, sketched in made.items():
        for other in sorted(index.query(sketched)):
            if other > n:
                for m in (n, other):
                    if m not in sets:
                        sets[m] = exact(m)
                if same(sets[n], sets[other]):
                    pairs.append((n, other))
    return pairs


def reprints(n: int, family: list[int], entries: list[Entry], measured: Texts, limit: int) -> list[Link]:
    """The first `limit` articles of its family in other issues that hold half its text or more,
    or of whose text it holds half or more (read `limit` at a time: a family may be hundreds)."""
    shown: list[Link] = []
    others = (m for m in family if m != n and entries[m].issue != entries[n].issue)
    while batch := list(islice(others, limit)):
        mine, theirs = measured.shares(n, batch)
        for m, a, b in zip(batch, mine, theirs):
            if max(a, b) >= REPRINT:
                shown.append(Link(entries[m].item, REPRINTED, percent(a)))
                if len(shown) == limit:
                    return shown
    return shown


class Members(NamedTuple):
    """A family's articles, earliest printed first; the first day each can be; and the longest
    a date of theirs spans (0 where all are days), to find those near a day by bisection."""

    articles: list[int]
    starts: list[int]
    span: int


def members_of(family: list[int], entries: list[Entry]) -> Members:
    days = [entries[m].days or NO_DAY for m in family]
    return Members(family, [first for first, _ in days], max(last - first for first, last in days))


def reports(n: int, families: list[Members], entries: list[Entry], measured: Texts, limit: int) -> list[Link]:
    """The first `limit` articles of the families that report its event, in other issues,
    printed within WINDOW_DAYS days of it. The share of text is estimated only: reports of one
    event in other words share little, and the estimate is enough to say so."""
    first, last = entries[n].days
    found: list[int] = []
    for family in families:
        taken = 0
        for m in family.articles[bisect_left(family.starts, first - WINDOW_DAYS - family.span):]:
            days = entries[m].days
            if days is None or days[0] > last + WINDOW_DAYS:
                break
            if days[1] >= first - WINDOW_DAYS and entries[m].issue != entries[n].issue:
                found.append(m)
                taken += 1
                if taken == limit:
                    break
    found = sorted(found, key=lambda m: entries[m].order)[:limit]
    if not found:
        return []
    mine, theirs = measured.shares(n, found, exact=False)
    return [Link(entries[m].item, REPRINTED if max(a, b) >= REPRINT else SAME_EVENT, percent(a))
            for m, a, b in zip(found, mine, theirs)]


def percent(share: float) -> int:
    return int(share * 100 + 0.5)
