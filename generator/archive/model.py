"""The plain data model every stage passes along. No I/O here."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Iterator, Mapping, Sequence

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


@dataclass(frozen=True, eq=False)  # identity: two blocks with the same text are still two records
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


class FrozenMap(Mapping[str, Any]):
    """A mapping no one can change, made of a dict's items in their order (a record's provenance,
    an editor's credit). Unlike types.MappingProxyType it pickles (the page cache keeps it)."""

    __slots__ = ("_items",)
    _items: dict[str, Any]

    def __init__(self, items: Mapping[str, Any] | None = None):
        object.__setattr__(self, "_items", dict(items or {}))

    def __getitem__(self, key: str) -> Any:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._items!r})"

    def __reduce__(self) -> tuple:
        return type(self), (self._items,)


def frozen(value: Any) -> Any:
    """`value` with every dict in it (nested too) a FrozenMap and every list a tuple."""
    if isinstance(value, Mapping) and not isinstance(value, FrozenMap):
        return FrozenMap({key: frozen(v) for key, v in value.items()})
    if isinstance(value, (list, tuple)):
        return tuple(frozen(v) for v in value)
    return value


def thawed(value: Any) -> Any:
    """A plain copy of a frozen value, dicts and lists as the exports write them (what
    `frozen` made of them): the copy is the caller's to change."""
    if isinstance(value, Mapping):
        return {key: thawed(v) for key, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [thawed(v) for v in value]
    return value


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

    def __post_init__(self) -> None:
        # Read-only all the way down: publishing reads these mappings and cannot change them.
        object.__setattr__(self, "editors", tuple(map(frozen, self.editors)))
        object.__setattr__(self, "provenance", frozen(self.provenance))


class ItemReading:
    """What an item's fields tell, the same for the record (`Article`) and the working item
    (`Draft`)."""

    __slots__ = ()
    blocks: Sequence[Block]

    @property
    def body_blocks(self) -> tuple[Block, ...]:
        return tuple(
            b for b in self.blocks if b.kind in ("paragraph", "heading", "listitem", "caption", "continuation", "jump")
        )

    @property
    def lines(self) -> tuple[int, int]:
        ranges = [lines for block in self.blocks if (lines := block.line_range)]
        return (min(first for first, _ in ranges), max(last for _, last in ranges)) if ranges else (0, 0)


@dataclass(frozen=True, slots=True, eq=False)  # identity: two items with the same text are still two
class Article(ItemReading):
    """One item of a page as the archive stage hands it to publishing: an article, a photo with
    its caption, a brief … Made once, by `Draft.freeze` at the end of a page's build (its `id`
    given by `Page.with_ids` when the archive's ids are settled), and only read after."""

    kind: str
    file: str
    kicker: str = ""
    title: str = ""
    subtitle: str = ""
    authors: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = ()  # everything the item owns, in reading order
    headline_source: str = "none"  # "above" | "displaced" | "none" | "correction"
    opened_by: str = ""  # what made the segmenter start this item here (confidence.OPENERS)
    warnings: tuple[str, ...] = ()
    meta: Meta = field(default_factory=Meta)  # newspaper, date, places, topics …: enrich.enrich's
    id: str = ""
    sequence: int = 0  # position on the page, 1-based


@dataclass(eq=False)
class Draft(ItemReading):
    """An item while a page is built: the segmenter, the corrections and enrichment change it in
    place; `freeze` makes the `Article` that leaves the archive stage. Its fields are Article's."""

    kind: str
    file: str
    kicker: str = ""
    title: str = ""
    subtitle: str = ""
    authors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    headline_source: str = "none"
    opened_by: str = ""
    warnings: list[str] = field(default_factory=list)
    meta: Meta = field(default_factory=Meta)
    id: str = ""
    sequence: int = 0

    def freeze(self) -> Article:
        return Article(kind=self.kind, file=self.file, kicker=self.kicker, title=self.title, subtitle=self.subtitle,
                       authors=tuple(self.authors), photographers=tuple(self.photographers),
                       agencies=tuple(self.agencies), blocks=tuple(self.blocks), headline_source=self.headline_source,
                       opened_by=self.opened_by, warnings=tuple(self.warnings), meta=self.meta, id=self.id,
                       sequence=self.sequence)


@dataclass(frozen=True, slots=True, eq=False)
class Page:
    """A page after segmentation, as publishing receives it: its items and the page furniture,
    nothing else. Made by `PageDraft.freeze`."""

    raw: RawPage
    items: tuple[Article, ...]
    furniture: tuple[Block, ...]
    warnings: tuple[str, ...] = ()
    header: Header | None = None  # furniture.Header: what the page's own head and foot print about it

    def with_ids(self, ids: Sequence[str]) -> Page:
        """The page with its items' ids (one for each item, in order)."""
        items = tuple(item if item.id == id_ else replace(item, id=id_) for item, id_ in zip(self.items, ids))
        return replace(self, items=items)


@dataclass(eq=False)
class PageDraft:
    """A page while it is built (its items `Draft`s, corrections and enrichment change it in place)."""

    raw: RawPage
    items: list[Draft]
    furniture: list[Block]
    warnings: list[str] = field(default_factory=list)
    header: Header | None = None
    read_across: list[tuple[int, int]] = field(default_factory=list)  # first and last line of each run of
    # two columns read across line by line that the page's reading order restored (interleave.py)

    def freeze(self) -> Page:
        return Page(raw=self.raw, items=tuple(item.freeze() for item in self.items), furniture=tuple(self.furniture),
                    warnings=tuple(self.warnings), header=self.header)
