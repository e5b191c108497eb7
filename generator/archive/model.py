"""The plain data model every stage passes along. No I/O here."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping

if TYPE_CHECKING:
    from .furniture import Header
    from .places import PlaceMention


@dataclass(frozen=True)
class Span:
    """A piece of one source line: characters [start, end) of line `line` (1-based)."""

    line: int
    start: int
    end: int


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line number in the source file
    text: str  # without the line ending


@dataclass
class RawPage:
    """One input page as read from disk, before any repair."""

    file: str  # path relative to the input folder, e.g. "000_d4de87fca71b1d25.txt"
    lines: list[Line]
    meta: dict = field(default_factory=dict)  # sidecar metadata (newspaper, date, page …)
    meta_source: dict = field(default_factory=dict)  # field -> "sidecar" | "text" | "inferred"

    @property
    def stem(self) -> str:
        return self.file.rsplit("/", 1)[-1].rsplit(".", 1)[0]


@dataclass
class Paragraph:
    """Consecutive source lines joined into one unit of text after repair.

    `text` is the repaired text (stray spaces dropped, doubled glyphs collapsed, hard wraps
    joined); `spans` are the source characters it was made from, in order.
    """

    text: str
    spans: tuple[Span, ...]

    @property
    def first_line(self) -> int:
        return self.spans[0].line

    @property
    def last_line(self) -> int:
        return self.spans[-1].line


# Block kinds produced by classification.
BLOCK_KINDS = (
    "headline",  # a title line (possibly with kicker/subtitle decided later)
    "byline",  # author credit: □ 本报记者 王进, 成都日报锦观新闻记者 刘泰山, (兰云)
    "paragraph",
    "heading",  # in-article section heading
    "caption",  # photo caption (with or without credit)
    "credit",  # photo / graphics credit standing alone: 制图 江蕊松
    "continuation",  # 上接01版 / 紧接01版 marker
    "jump",  # （下转A2版）: the item goes on on another page
    "listitem",  # fact box line: "- 今年，川渝…"
    "furniture",  # date line, 责编, 美编, section labels, banners
)


@dataclass(eq=False)  # identity: two blocks with the same text are still two records
class Block:
    kind: str
    text: str
    spans: tuple[Span, ...]
    wide: bool = False  # lines wider than the page's usual column (lead paragraphs, captions)

    @property
    def first_line(self) -> int:
        return self.spans[0].line

    @property
    def last_line(self) -> int:
        return self.spans[-1].line

    @property
    def line_range(self) -> tuple[int, int] | None:
        """The lowest and highest line its spans are on; None without spans."""
        lines = [span.line for span in self.spans]
        return (min(lines), max(lines)) if lines else None


ITEM_KINDS = ("article", "commentary", "brief", "continuation", "photo", "infobox")


def heading_of(blocks: list[Block]) -> Block:
    """Headline lines kept inside an item as one section heading (their spans, all of them)."""
    return Block("heading", " ".join(b.text for b in blocks), tuple(s for b in blocks for s in b.spans))


@dataclass(frozen=True, slots=True)
class Meta:
    """What enrichment finds of an item, made once (enrich.enrich) and only read after: the
    page's fields (from the sidecar, else printed cues, else inference) and the item's people,
    places, topics and keywords. An item not enriched yet has the empty record."""

    newspaper: str = ""
    date: str = ""  # YYYY-MM-DD or YYYY-MM
    page: str = ""  # as printed or given: "03", "A2"
    section: str = ""
    edition: str = ""
    source_url: str = ""  # the original page, from the sidecar
    editors: tuple[Mapping[str, str], ...] = ()  # {"role": 责编, "name": …}, as the export writes them
    people: tuple[str, ...] = ()  # named in the text, most mentioned first, authors apart
    places: tuple[PlaceMention, ...] = ()  # every place named, most mentioned first
    main_places: tuple[PlaceMention, ...] = ()  # those the item is mainly about (some of `places`)
    topics: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    # "headline" → Article.headline_source, "cut" and each page field found (newspaper, date …) →
    # {"source", "confidence", "evidence"}: in the order found, which the export keeps
    provenance: Mapping[str, Any] = field(default_factory=dict)
    corrected: tuple[str, ...] = ()  # the fields a correction set (corrections.set_fields)


@dataclass(eq=False)
class Article:
    """One item of a page: an article, a photo with its caption, a brief …"""

    kind: str
    file: str
    kicker: str = ""
    title: str = ""
    subtitle: str = ""
    authors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)  # everything the item owns, in reading order
    headline_source: str = "none"  # "above" | "displaced" | "none" | "correction"
    opened_by: str = ""  # what made the segmenter start this item here (confidence.OPENERS)
    warnings: list[str] = field(default_factory=list)
    meta: Meta = field(default_factory=Meta)  # newspaper, date, places, topics …: enrich.enrich's
    id: str = ""
    sequence: int = 0  # position on the page, 1-based

    @property
    def body_blocks(self) -> list[Block]:
        return [
            b for b in self.blocks if b.kind in ("paragraph", "heading", "listitem", "caption", "continuation", "jump")
        ]

    @property
    def lines(self) -> tuple[int, int]:
        ranges = [lines for block in self.blocks if (lines := block.line_range)]
        return (min(first for first, _ in ranges), max(last for _, last in ranges)) if ranges else (0, 0)


@dataclass
class Page:
    """A page after segmentation: its items and the page furniture, nothing else."""

    raw: RawPage
    items: list[Article]
    furniture: list[Block]
    warnings: list[str] = field(default_factory=list)
    header: Header | None = None  # furniture.Header: what the page's own head and foot print about it
