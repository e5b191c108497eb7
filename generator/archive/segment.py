"""Segment stage: typed blocks → the items of a page, and its furniture.

Pass 1 walks the blocks in source order and opens an item where the layout says one begins
(a headline followed by text, a lead byline, a continuation marker, text after a closing
byline). Pass 2 repairs what the extraction displaced: headlines printed after their bodies,
stacked headlines above several continuation bodies, and a lead paragraph printed apart with
wider lines. Displaced parts are matched to bodies by the rare character pairs they share.
"""
from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from .cjk import IDEOGRAPH as CJK
from .cjk import character_pairs as pairs
from .datafiles import load
from .classify import (ANNOUNCED, AUTHOR_NOTE, BRIEF_TEXT_OPENING, CIRCLED_ROW, EDITORS_NOTE_LABELS, FIRST_PICTURE,
                       LIST_BULLETS, MIN_TITLE_CHARS, NUMBERED, PHONE_AT_END, PICTURE_CREDIT, PICTURED, COMMENTATOR,
                       DESK_SIGNATURE, PAPER_SIGNER, REPLY_LABEL, SCHEDULE_ROW, TERM_ROW, WRITER_MARK,
                       find_role, is_bare_dateline, is_box_label, is_lone_name, is_picture_credit,
                       is_picture_credit_line, match_reprint, opens_as_a_notice_title, signs_under_a_title,
                       vocabulary)
from .interleave import heads, shares_words, wraps_a_word
from .model import Draft, Block, heading_of
from .unwrap import ends_sentence, justified_width

BODY = ("paragraph", "listitem")
MAX_SECTION_HEADING_LINES = 3
# A pull quote repeats at least this many characters of the article's text.
MIN_PULL_QUOTE_CHARS = 10
MAX_PULL_QUOTE_CHARS = 80
MIN_UNQUOTED_PULL_QUOTE = 20  # characters of a pull quote printed without quotation marks
# A displaced headline needs at least this share of its rare character pairs in a body.
MIN_MATCH = 0.45
MIN_EVIDENCE_PAIRS = 2  # character pairs a headline unit needs before it is judged displaced
# A headline sharing this little with the body below it, and much with another, was displaced.
MAX_OWN_WHEN_DISPLACED = 0.2
SHARES_NO_WORD = 0.0  # a title's score against a text it shares no word with
MIN_LEAD_MATCH = 0.2
# Of two titles read across, the one the text under them shares nothing with needs only a trace
# of the other text's rare pairs: a title's words are often not the text's own (甘肃外输内拓 / 在甘肃康乐县).
MIN_SECOND_TITLE_MATCH = 0.1
MAX_TITLE_GAP = 3  # source lines from a text's last line to a title printed right under it
MIN_STORY_PARAGRAPHS = 2  # paragraphs of an untitled story that a headline right under it titles
# A displaced headline splits another item's text only with this much evidence.
MIN_CLAIM_CHARS = 8
MIN_CLAIM_GAIN = 0.25
CLAIM_TOLERANCE = 0.05
KICKER_MAX_CHARS = 8
# What a subtitle's dash line opens with: the em dash, and the bar or box-drawing line some fonts and
# encodings give for it (GB2312's dash is U+2015 in some code tables), or hyphens.
SUBTITLE_DASHES = ("\u2014", "\u2015", "\u2500", "-")
MIN_SPACED_STEPS = 3  # line steps of an item's text that show a page double-spaced
SPACED_SHARE = 0.9  # of a page's line steps, two lines apart on a page with a blank line after every line
MAX_COUPLET_CHARS = 14
MIN_PHRASE_CHARS = 10
# Lines of one wrapped headline part differ in width by justification only (display columns).
TYPE_SIZE_SLACK = 2.0
# Characters either side of a headline's line break that the body must repeat to bridge it.
BRIDGE_CHARS = 3
LIST_PAUSE: str = load("layout.yml")["list_pause"]  # what a text lists phrases with, and a headline listing them drops
SIGNED_OR_LISTED = ("byline", "credit", "caption", "jump", "listitem")  # what a section never holds
# Characters compared either side of a possible cut between two pieces signed as one.
COHESION_WINDOW = 300
# Each section of an article under bulleted headings runs at least this long (a brief runs shorter).
MIN_SECTION_CHARS = 300
# A displaced part is looked for among this many items either side of where it is printed: a
# newspaper page holds a few dozen items, so no real page is narrowed, and a page of thousands
# of items (a pasted book, a machine-made file) is cut in time linear in its length.
NEAR_ITEMS = 64
# Headlines stacked above more parts than this are not shared out (every assignment is tried).
MAX_SHARED_UNITS = 6
# A news item opened by 本报讯 (or closed by a credit in brackets) this short is a brief.
BRIEF_MAX_CHARS = 800


@dataclass
class Stack:
    """Consecutive headline candidates, split into units of adjacent source lines."""

    blocks: list[Block]
    attached_to: Draft | None = None

    @property
    def units(self) -> list[list[Block]]:
        return spaced_units(self.blocks, 1)


def type_size_parts(unit: list[Block], spacing: int = 1, alone: bool = True) -> list[list[Block]]:
    """A unit of headline lines on adjacent source lines (`spacing` lines apart), split where the
    type size changes. `alone`: no other title's unit stands in the stack (a dash line aside)."""
    if kicker_over_a_broken_title(unit):
        return [unit[:1], unit[1:]]
    parts = [unit[:1]]
    over_a_kicker = label_over_a_kicker(unit)
    for n in range(1, len(unit)):
        following = unit[n + 1] if n + 1 < len(unit) else None
        if changes_type_size(unit[n - 1], unit[n], following, spacing) or CHAPTER_HEAD.match(unit[n].text) \
                or n == len(unit) - 1 and kicker_read_under(joined_title(unit[:n]), unit[n].text) \
                or n in (1, 2) and over_a_kicker \
                or n == 1 and (quoted_kicker(unit[0].text, joined_title(unit[1:])) or shortest_first(unit, spacing)
                               or restated_below(unit) or two_phrases_below(unit)
                               or alone and label_over_the_title(unit)
                               or spacing == 2 and label_set_apart(unit[0], unit[1])):
            parts.append([unit[n]])
        else:
            parts[-1].append(unit[n])
    return parts


CHAPTER_HEAD = re.compile(load("layout.yml")["chapter_head"])  # 第五章 草方格 under the serial's name: the title
LABEL_GLYPHS = range(2, 5)  # 简讯, 新作品, 答读者问: a column's or box's label is set in two to four glyphs
OPENS_NO_LINE = re.compile(r"^[，,。；;：:、！？!?）)”」』》]")


def label_set_apart(top: Block, below: Block) -> bool:
    """On a page printing a blank line after every line, a headline's first line of two to four glyphs
    and no mark (答读者问 / 签证居留答疑, 晚晴诗苑 / 大明湖晨曲) is a label or kicker of its own: a title
    wrapped at its measure fills its first line, and one broken by taste keeps more than a label's
    worth on it. A line the next one runs on from (四川广安 / ：改革开放风正劲), a word across the break,
    or a line under it too short for a title (两岸 / 观察: the label itself broken), is one part."""
    text = GAPS.sub("", top.text)
    return len(text) in LABEL_GLYPHS and not ANY_CLAUSE_OR_STOP.search(text) \
        and len(GAPS.sub("", below.text)) >= MIN_TITLE_CHARS \
        and not OPENS_NO_LINE.match(below.text.strip()) and not wraps_a_word(top.text, below.text)


LABEL_ENDING = re.compile(load("layout.yml")["label_endings"])
MAX_LABEL_GLYPHS = 6  # 知心姐姐信箱: a column's label, however it ends, is short


def is_worded_label(text: str) -> bool:
    """A short phrase ending in a column's word (政策解读, 专家支招, 晚晴诗苑, 星报面对面), no clause mark in it."""
    text = GAPS.sub("", strip_bullet(text))
    return 2 <= len(text) <= MAX_LABEL_GLYPHS and not ANY_CLAUSE_OR_STOP.search(text) \
        and bool(LABEL_ENDING.search(text))


def label_over_the_title(unit: list[Block]) -> bool:
    """A short first line ending in a column's word over more headline lines (新品图鉴 / 沉浸体验, 星报面对面 /
    江西落实重点 / 产业链现代化建设) is the column's label, a part of its own: a title broken at its measure
    fills its first line, and one broken by taste ends it on its own words, not a column's. A word run
    across the break (…信 / 箱…) keeps the lines one part."""
    return len(unit) >= 2 and is_worded_label(unit[0].text) and not wraps_a_word(unit[0].text, unit[1].text)


def kicker_over_a_broken_title(unit: list[Block]) -> bool:
    """A long line closed by the quote or bracket it opened, over two narrower lines (省政府新闻办举行
    “…新闻发布会” / 聚焦弱有所扶 / 老有颐养幼有所护残有所助): the kicker, a phrase whole on its line, and
    under it the title broken where the typesetter liked, however short its first line."""
    if len(unit) != 3 or wraps_a_word(unit[0].text, unit[1].text):
        return False
    top = GAPS.sub("", unit[0].text)
    widest_below = max(justified_width(b.text) for b in unit[1:])
    return len(top) >= MIN_PHRASE_CHARS and widest_below < justified_width(unit[0].text) - TYPE_SIZE_SLACK \
        and closes_what_it_opened(top, CLOSING_PAIRS)


def changes_type_size(above: Block, block: Block, following: Block | None, spacing: int = 1) -> bool:
    """Is `block`, printed on the line after `above`, a headline part of its own in other type?

    A wrapped line runs no wider than the line it continues, so a wider line is set in smaller
    type (a kicker or subtitle beside the main title). A much narrower line that itself runs
    full into the line after it is set in larger type: the main title wrapped in its own
    narrower measure (数字经济核心产业增加值占GDP15%以上 / 成都明确今年数字 / 经济发展目标)."""
    if is_series_label(above.text):
        return True
    if wraps_a_word(above.text, block.text):
        return False
    width, above_width = justified_width(block.text), justified_width(above.text)
    # A short line may be broken where the typesetter liked (双城经济圈 / 建设结出哪些硕果？); a
    # line of a full phrase or more is broken at its measure.
    if width > above_width + TYPE_SIZE_SLACK and (above_width >= MIN_PHRASE_CHARS or width >= 2 * above_width):
        return True
    return (following is not None and following.first_line == block.last_line + spacing
            and width < above_width - TYPE_SIZE_SLACK and justified_width(following.text) <= width + TYPE_SIZE_SLACK)


QUOTE_PAIRS = (("“", "”"), ("「", "」"), ("『", "』"))
CLOSING_PAIRS = (*QUOTE_PAIRS, ("《", "》"), ("（", "）"))


def closes_what_it_opened(text: str, pairs: tuple[tuple[str, str], ...] = QUOTE_PAIRS) -> bool:
    """Does the text end on a quote (or bracket, with CLOSING_PAIRS) it opened itself, as many opening
    marks as closing ones (`4年9次“串门”`, not `“追风”的人”`)?"""
    return any(text.endswith(close) and text.count(open_) == text.count(close) for open_, close in pairs)


def label_over_a_kicker(unit: list[Block]) -> bool:
    """A short line with no mark over a kicker of its own form over the title (侨乡人物 / 4年9次“串门” /
    双城经济圈…): the column's label, a part of its own. A kicker closed by its quote is a phrase whole,
    so the line over it is no first half of it, and a label is as short as a column's name."""
    if len(unit) < 3 or not quoted_kicker(unit[1].text, joined_title(unit[2:])):
        return False
    text = GAPS.sub("", unit[0].text)
    return 2 <= len(text) <= MAX_LABEL_GLYPHS and not ANY_CLAUSE_OR_STOP.search(text) \
        and not wraps_a_word(unit[0].text, unit[1].text)


def kicker_read_under(title: str, below: str) -> bool:
    """A short phrase closed by a quote it opened itself under a title that ends on a question or an
    exclamation (双城经济圈建设结出哪些硕果？ / 4年9次“串门”): the kicker, which the extraction read under
    its title. A title ending its sentence (inside its closing quote too: …“城市之肺”？ / …成“城市之肺？”)
    runs on into no line under it, and a short title under a kicker (…联席会议召开 / 共唱“双城记”) has no
    finished sentence over it."""
    return quoted_kicker(below, title) and GAPS.sub("", title).rstrip(CLOSING_QUOTES).endswith(QUESTION_OR_EXCLAIM)


CLOSING_QUOTES = "".join(close for _, close in QUOTE_PAIRS)
QUESTION_OR_EXCLAIM = ("？", "！", "?", "!")


def quoted_kicker(first: str, rest: str) -> bool:
    """A short first line closed by a quote it opened itself (4年9次“串门”), over lines that run
    longer than it: a phrase of its own, the kicker. A title broken at its measure puts the most
    on its first line, and one broken by taste (双城经济圈 / 建设结出…) breaks no quoted phrase off."""
    text, rest = GAPS.sub("", first), GAPS.sub("", rest)
    return len(text) <= KICKER_MAX_CHARS and len(rest) > len(text) and closes_what_it_opened(text)


def shortest_first(unit: list[Block], spacing: int) -> bool:
    """Over two lines or more of one wrapped headline, a first line narrower than every line but
    the last (案例剖析 / 违规发放津贴 / 补贴的责任如何认定) is a label or kicker of its own: a headline broken
    at its measure fills its first line, and one broken by taste does not start with its shortest."""
    if len(unit) < 3 or wraps_a_word(unit[0].text, unit[1].text):
        return False
    rest = unit[1:]
    if any(changes_type_size(rest[k - 1], rest[k], rest[k + 1] if k + 1 < len(rest) else None, spacing)
           for k in range(1, len(rest))):
        return False  # the lines below are no one headline
    first = justified_width(unit[0].text)
    return all(first <= justified_width(b.text) - TYPE_SIZE_SLACK for b in rest[:-1])


def restated_below(unit: list[Block]) -> bool:
    """Over the one line of a headline, a wider line whose words that line says again
    (数字经济核心产业增加值占GDP15%以上 / 成都明确今年数字经济发展目标) is a kicker or deck of its own:
    a kicker spells out what the title names, while one title wrapped over two lines says each
    thing once."""
    if len(unit) != 2 or justified_width(unit[1].text) >= justified_width(unit[0].text) - TYPE_SIZE_SLACK:
        return False
    first, second = GAPS.sub("", unit[0].text), GAPS.sub("", unit[1].text)
    return shares_words(second, first) and not wraps_a_word(unit[0].text, unit[1].text)


TWO_PHRASES = re.compile(r"^\s*(\S{4,})\s+(\S{4,})\s*$")  # 协同创新开新局 八市齐力谱新篇
ANY_CLAUSE_OR_STOP = re.compile(r"[，,。；;：:、！？!?]")


def two_phrases_below(unit: list[Block]) -> bool:
    """Under a wider line, a line of two phrases set apart by a gap and holding no clause mark
    (福建浦城县…,提升县域整体医疗服务水平 / 山城有名医 群众有“医”靠) is a title whole on its line: a title
    broken at its measure does not set two phrases apart on the line it runs on into, so the
    line above is a kicker or deck of its own."""
    return len(unit) == 2 and bool(TWO_PHRASES.match(unit[1].text)) and not ANY_CLAUSE_OR_STOP.search(unit[1].text) \
        and justified_width(unit[1].text) < justified_width(unit[0].text) - TYPE_SIZE_SLACK


@dataclass
class Segmentation:
    items: list[Draft] = field(default_factory=list)
    furniture: list[Block] = field(default_factory=list)
    orphans: list[Stack] = field(default_factory=list)
    attached: list[Stack] = field(default_factory=list)
    commentary_next: bool = False  # a commentary column's label was passed: the next item is one
    # an item whose text opens under a marked section heading (■基本案情, 【基本案情】, 一、基本案情):
    # the mark its sections are printed with
    section_marks: dict[int, str] = field(default_factory=dict)
    rows_of: Draft | None = None  # the item whose lines of rows or verses are being read
    bulleted_column: bool = False  # a column label was passed: each bulleted item under it is one item
    briefs_column: bool = False  # a briefs column's label was passed, and only briefs under it so far
    # a plain headline taken for a section heading between paragraphs: its lines, by the heading's id
    section_runs: dict[int, list[Block]] = field(default_factory=dict)
    file: str = ""  # the page's source file
    # the headline lines a section heading was made of, by the heading's id: a heading split off
    # as a brief's headline gets its lines back
    heading_runs: dict[int, list[Block]] = field(default_factory=dict)


def is_column_label(block: Block) -> bool:
    furniture = vocabulary().furniture
    return bool(furniture["column_label"].search(block.text) or furniture["commentary_label"].search(block.text))


def heads_no_text(item: Draft | None) -> bool:
    """An item open so far with its headline only (a byline may sign it), no text yet."""
    return item is not None and item.headline_source != "none" and not has_body(item)


def has_body(item: Draft | None) -> bool:
    return bool(item) and any(b.kind in BODY for b in item.blocks)


# How a section heading is marked: 【基本案情】, ■基本案情, 一、基本案情, （一）…, 1.…
SECTION_MARKS = (("【】", re.compile(r"^【[^【】]{2,12}】$")),
                 ("一、", re.compile(r"^[一二三四五六七八九十]{1,3}、")),
                 ("（一）", re.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)]")),
                 ("1.", re.compile(r"^\d{1,2}[.．、](?!\d)")))
MAX_SECTION_LABEL_CHARS = 16  # a section's label, not a brief's title


def section_mark(block: Block) -> str:
    """The mark a short headline line is set with as a section's label ('' when it has none)."""
    text = GAPS.sub("", block.text)
    if len(text) > MAX_SECTION_LABEL_CHARS:
        return ""
    if text[:1] in HEADLINE_BULLETS and len(text) > 1:
        return text[0]
    return next((mark for mark, pattern in SECTION_MARKS if pattern.match(text)), "")


def labelled_alike(item: Draft, mark: str) -> bool:
    """Does the item's text open under a short label set with `mark` (■基本案情 read as a list line
    under a byline read as one too)? Its further labels so marked head its sections."""
    return any(b.kind == "listitem" and section_mark(b) == mark and is_row_label(b)
               for b in item.blocks[:first_body_text(item)])


def first_body_text(item: Draft) -> int:
    """The index of the item's first paragraph (len(blocks) when it has none)."""
    return next((n for n, b in enumerate(item.blocks) if b.kind == "paragraph"), len(item.blocks))


MIN_TABLE_ROWS = 3
MIN_ROWS = 4  # short lines of a box (a label over three rows) or a poem: more than a headline stack holds
MIN_VERSES = 2  # verses of a poem under its title and writer, over the next title and its writer
MAX_LABEL_CHARS = 8
ROW_LABEL = re.compile(f"^{CJK.pattern}[^，。,；;！？：:\\s\\d]*$")


def is_row_label(block: Block) -> bool:
    """长沙天气, ■人物档案, 名词解释, 边地短章（组诗）: a short label with no clause, figure or gap."""
    text = strip_bullet(block.text).strip()
    return len(text) <= MAX_LABEL_CHARS and bool(ROW_LABEL.match(text))


def signs_right_under(run: list[Block], below: Block | None) -> bool:
    """A byline under a run of lines, no further from its last line than the run's lines stand apart."""
    return below is not None and below.kind == "byline" and len(run) > 1 \
        and below.first_line - run[-1].last_line <= max(b.first_line - a.last_line for a, b in itertools.pairwise(run))


def wrapped_alike(run: list[Block]) -> bool:
    """Lines of one width but the last: a sentence wrapped in a narrow measure (a pull quote),
    not rows or verses, which end where their words end."""
    widths = [justified_width(b.text) for b in run[:-1]]
    return len(widths) >= 2 and max(widths) - min(widths) < TYPE_SIZE_SLACK


def is_marked_label(block: Block, following: Block | None) -> bool:
    """◎古镇 over the lines of a poem: a marked word heading the next part, not a signature."""
    return block.text[:1] in HEADLINE_BULLETS and len(GAPS.sub("", block.text)) <= MAX_LABEL_CHARS - 2 \
        and following is not None and following.kind == "headline"


def ends_a_box(item: Draft) -> bool:
    """The item's text so far is only the rows of a box, three or more: a box has no sections, so a
    headline after its rows heads the next story (an article's list may have sections)."""
    body = [b for b in item.blocks if b.kind in BODY]
    return len(body) >= MIN_TABLE_ROWS and all(b.kind == "listitem" for b in body)


def labels_a_box(run: list[Block], blocks: list[Block], position: int) -> bool:
    """A short label over a title over three rows or more (路况提醒 / 暑期出行提前看 / ◆…): a box of its
    own, set the way a box is; a section heading is one phrase, not a label over a title."""
    rows = blocks[position:position + MIN_TABLE_ROWS]
    return len(run) == 2 and is_row_label(run[0]) and not wraps_a_word(run[0].text, run[1].text) \
        and len(rows) == MIN_TABLE_ROWS and all(b.kind == "listitem" for b in rows)


def printed_after_its_text(run: list[Block], current: Draft | None, before: Block | None, below: Block | None) -> bool:
    """Under an untitled text that ends on a finished sentence, short lines with no text under them
    none of which holds a figure, a number or a bullet, a blank line parting the last from those over it
    (`协同创新开新局` / `八市齐力谱新篇` / `成都平原经济区…` / / `杭州塘栖:农文旅助力乡村游` / caption): the text's
    title stack printed after it, and a picture's title, not a label over rows. A box's rows carry a
    figure or a mark and run on with no blank line among them, and a box beside a text does not leave the
    text above it untitled. A last line running on in a word into the line under it (`…陆港货` / `运站，…`)
    is a caption's first line, no picture's title: the stack then stays as it was read."""
    return len(Stack(run).units) > 1 and not (below is not None and wraps_a_word(run[-1].text, below.text)) \
        and current is not None and has_body(current) and current.headline_source == "none" \
        and before is not None and before.kind == "paragraph" and current.blocks[-1:] == [before] \
        and ends_sentence(before.text) \
        and not any(FIGURE.search(b.text) or is_marked_row(b.text.strip()) for b in run[1:])


def heads_a_table(blocks: list[Block], position: int) -> bool:
    """A headline over three rows or more of cells (list lines with no bullet, one a source line, or
    a schedule's rows, wrapped or not) titles a table, a box of its own: a section goes on in sentences."""
    rows = blocks[position:position + MIN_TABLE_ROWS]
    return len(rows) == MIN_TABLE_ROWS and all(
        b.kind == "listitem" and b.text[:1] not in LIST_BULLETS + "-"
        and (b.first_line == b.last_line or SCHEDULE_ROW.match(b.text)) for b in rows)


# A box's row: cells set apart by a gap, a term and its colon, or a figure (a time, a reading, a price).
ROW_CELLS = re.compile(r"\S\s+\S|[:：\d]")
TITLE_CELLS = re.compile(r"\S\s+\S|[:：]")


GAPPED = re.compile(r"\S\s+\S")
ROW_NUMBER = re.compile(r"\d+(?:\.\d+)?")  # a row's figure, whatever its digits
FIGURE_SHAPE = re.compile(r"[\u4e00-\u9fff\s]")  # what is left of a row's figures once its words go
MAX_ROW_REST_CHARS = 4  # 适宜游泳: what the column cut off a row


def rows_over_a_stack(run: list[Block]) -> int:
    """【浴场信息】 / 银沙滩海水浴场 水温20℃ / 适宜游泳 / … / 我国将培训1300名…: under a label, rows of cells
    (a gap and a figure), each with or without the short rest the column cut under it, over a
    headline: the lines of the run that are the box's (label and rows), or 0 under three rows."""
    n, rows, after_row = 1, 0, False
    while n < len(run):
        text = run[n].text.strip()
        if GAPPED.search(text) and any(c.isdigit() for c in text):
            rows, after_row = rows + 1, True
        elif after_row and (len(GAPS.sub("", text)) <= MAX_ROW_REST_CHARS or longer_rest(run, n)):
            after_row = False
        else:
            break
        n += 1
    return n if rows >= MIN_ROWS - 1 and n < len(run) else two_rows_alike(run)


def longer_rest(run: list[Block], n: int) -> bool:
    """较适宜游泳 under 银沙滩海水浴场 水温20℃: a rest longer than a few characters is a row's only where the
    rows stand apart (the row a line under the one above it would hold its rest's line too), set solid
    under its row, shorter than it, with no gap or figure, and a row or a blank line after it: a headline
    set solid under the last row runs on into its deck or text."""
    text, row = GAPS.sub("", run[n].text), GAPS.sub("", run[n - 1].text)
    solid = run[n].first_line == run[n - 1].last_line + 1
    apart = n >= 2 and run[n - 1].first_line > run[n - 2].last_line + 1
    after = n + 1 < len(run) and (run[n + 1].first_line > run[n].last_line + 1 or GAPPED.search(run[n + 1].text))
    return solid and apart and bool(after) and len(text) < len(row) and not GAPPED.search(run[n].text.strip()) \
        and not FIGURE.search(text)


def plain_rows_over_a_stack(run: list[Block], spacing: int) -> int:
    """【律师提醒】 / 网购遇纠纷可先与平台协商 / 保存好聊天记录和付款截图 / 必要时可向消费者协会投诉 /
    四部门发布就业援助新政策 over a text: under a label, three rows or more with no figure, each a unit of its own
    (a row the column cut keeps its rest set solid under it), set as far apart as one another and of
    like lengths (none twice another's), marked alike (1. 2. 3. as ①②③) or none marked, none a sentence
    or clause (、 ： too) or a bare name, none holding a figure (rows of figures are read above, and a
    wrapped figure row's rest is no headline) nor running on into the next, over the one unit heading
    the text (a title shorter than every row under the label aside): the label's box, not one headline
    stack, which holds no three parts of one form. A bare name as the label or amid the lines signs a
    poem (□钟文 / verses): no box. Units are read at the page's `spacing`: on a page with a blank line
    after every line a headline's two lines are one unit. The lines of the run that are the box's, or 0."""
    marks = "【" + HEADLINE_BULLETS  # what opens a label or a marked row
    units = row_units(run[1:], spacing)
    if len(units) < MIN_TABLE_ROWS + 1 or len(units[-1]) > 2 or is_bare_name(run[0].text):
        return 0
    rows = units[:-1]
    if titles_plain_rows(rows):
        rows = rows[1:]  # the box's title
    spacings = {b[0].first_line - a[-1].last_line for a, b in itertools.pairwise(rows)}
    texts = [joined_title(unit) for unit in rows]
    words = [ROW_MARK.sub("", text.lstrip(marks).lstrip()) for text in texts]  # a row's mark (①, 1.) aside
    a_box = len(rows) >= MIN_TABLE_ROWS and len(spacings) == 1 and all(len(unit) <= 2 for unit in rows) \
        and not any(b.wide or b.text.startswith(SUBTITLE_DASHES) for unit in rows for b in unit) \
        and not any(ANY_CLAUSE_OR_STOP.search(text) or "…" in text or is_lone_name(GAPS.sub("", text))
                    or FIGURE.search(text) for text in words) \
        and not any(wraps_a_word(a[-1].text, b[0].text) for a, b in itertools.pairwise(rows)) \
        and max(map(len, texts)) <= 2 * min(map(len, texts)) \
        and len({text[:1] if text[:1] in marks else "" for text in texts}) == 1  # one mark, or none
    return len(run) - len(units[-1]) if a_box else 0


def row_units(blocks: list[Block], spacing: int) -> list[list[Block]]:
    """A stack's units at the page's spacing, a line opening with a row's mark (①, 1.) one of its own, and
    so the line after a marked row unless set solid under it (its rest): on a double-spaced page marked rows
    stand as close as a headline's lines, their marks part them."""
    units: list[list[Block]] = []
    for unit in spaced_units(blocks, spacing):
        for n, block in enumerate(unit):
            if n == 0 or ROW_MARK.match(block.text.strip()) \
                    or ROW_MARK.match(unit[n - 1].text.strip()) and block.first_line > unit[n - 1].last_line + 1:
                units.append([block])
            else:
                units[-1].append(block)
    return units


def titles_plain_rows(units: list[list[Block]]) -> bool:
    """法官提醒 over 不轻信高额回报的投资广告 / …: a line of its own over three plain rows or more, shorter
    than every one, of none of a row's traits and no bare name, is their title."""
    head = GAPS.sub("", joined_title(units[0])) if units else ""
    return len(units) > MIN_TABLE_ROWS and len(units[0]) == 1 and not is_bare_name(head) \
        and not any(trait(head) for trait in ROW_TRAITS) \
        and len(head) < min(len(GAPS.sub("", joined_title(unit))) for unit in units[1:])


def two_rows_alike(run: list[Block]) -> int:
    """未来三天天气 / 今天 雷阵雨23℃～28℃西南风2级 / 明天 多云转阵雨25℃～30℃西北风3级 over a headline, under a
    label: two rows whose figures are set alike (`上海海港 0∶0 浙江队` / `武汉三镇 1∶3 山东泰山`, gaps repaired
    away or not; each with the short rest the column cut under it) are a box's, as no two lines of a
    headline are, and a line with no figure over them is the box's title: the lines of the run that
    are the box's, or 0."""
    n = 2 if len(run) > 3 and not any(c.isdigit() for c in run[1].text) else 1
    rows: list[str] = []
    while n < len(run):
        text = run[n].text.strip()
        if rows and not GAPPED.search(text) and len(GAPS.sub("", text)) <= MAX_ROW_REST_CHARS \
                and len(rows[-1]) > MAX_ROW_REST_CHARS:
            rows[-1] += text  # 风2级: the rest of the row above
        elif any(c.isdigit() for c in text) and len(rows) < 2:
            rows.append(text)
        else:
            break
        n += 1
    forms = {FIGURE_SHAPE.sub("", ROW_NUMBER.sub("0", row)) for row in rows}
    form = next(iter(forms), "")
    # the headline under them is set unlike a row: no gap, no figure, no rest the column cut (a third row
    # with no figure, `凯里南站—西江千户苗寨 旅游专线每日四` / `班`, goes on in the box)
    lines_under = [b.text.strip() for b in run[n:]]
    set_unlike_a_row = bool(lines_under) and not GAPPED.search(lines_under[0]) \
        and not any(c.isdigit() for c in lines_under[0]) \
        and all(len(GAPS.sub("", line)) > MAX_ROW_REST_CHARS for line in lines_under)
    return n if len(rows) == 2 and len(forms) == 1 and "0" in form and len(form) > 1 and set_unlike_a_row else 0


def rows_of_figures(run: list[Block], before: Block | None) -> bool:
    """天气预报 / 今日 多云10℃～18℃西南风4级 / 明日晴10℃～19℃东北风2级, with no text under them: a short label
    over two rows or more that each hold a figure (the rests the column cut aside, 区) is a box, however
    few its lines or alike their widths; a headline stack printed after its text holds no such rows. A
    sentence left open above goes on in the lines (…22时停 / 水 / 裕华区…5月 / 30日…停水): no label opens there."""
    rows = whole_rows(run[1:])
    left_open = before is not None and before.kind == "paragraph" and not before.text.rstrip().endswith(SENTENCE_END)
    return is_row_label(run[0]) and not left_open and len(rows) >= 2 and all(FIGURE.search(b.text) for b in rows)


def titles_the_rows(run: list[Block], plain: bool, spacing: int) -> bool:
    """调图信息 / 5月30日起部分旅客列车调整 / G1196次 西安北—郑州东 20:15开 / …: under a box's label, a line
    of one phrase (no gap, no colon) over rows of cells is the box's title, not its first row; so is a
    line set unlike every row under it, two rows or more (the rests the column cut aside): lacking the
    number, the figure, the gap or the colon they all have (天气预报 / 近日多阵雨 注意防范 / 今天 晴转多云
    16℃～28℃ / 明天 …, 温馨提示 / 寄递安全提示 / ①… / ②…). Over `plain` rows (of no one trait) it is the
    line plain_rows_over_a_stack took for their title."""
    rows = run[2:]
    if len(run) > 2 and not TITLE_CELLS.search(strip_bullet(run[1].text).strip()) \
            and not NUMBERED.match(run[1].text) and sum(bool(ROW_CELLS.search(b.text)) for b in rows) >= MIN_TABLE_ROWS:
        return True
    cells = [b.text.strip() for b in whole_rows(rows)]
    if len(cells) >= 2 and any(all(trait(row) for row in cells) and not trait(run[1].text.strip())
                               for trait in ROW_TRAITS):
        return True
    return plain and titles_plain_rows(row_units(run[1:], spacing))


def whole_rows(blocks: list[Block]) -> list[Block]:
    """A box's rows, leaving out the rests the column cut aside."""
    return [b for b in blocks if len(GAPS.sub("", b.text)) > MAX_ROW_REST_CHARS]


def labels_rows_below(blocks: list[Block], position: int, state: Segmentation) -> bool:
    """■战况, ◎文化周末, ■银川天气 read as a byline: a marked short label with no role over a box's rows
    (three list lines or more, an intro paragraph or the box's title before them or not: ■海都互动 / 你怎么看
    / @晋安阿强：…, or plain rows over the next story's headline) names the box, not its writer."""
    block = blocks[position]
    if block.text[:1] not in HEADLINE_BULLETS or not is_row_label(block) or find_role(block.text):
        return False
    below = blocks[position + 1:position + 2 + MIN_TABLE_ROWS]
    if below[:1] and below[0].kind in ("paragraph", "headline"):
        below = below[1:]
    if len(below) >= MIN_TABLE_ROWS and all(b.kind == "listitem" for b in below[:MIN_TABLE_ROWS]):
        return True
    # ■强军知识 / ①… / ②… / ③… / the next story's headline over its text
    heads = list(itertools.takewhile(lambda b: b.kind == "headline", itertools.islice(blocks, position + 1, None)))
    text = blocks[position + 1 + len(heads)] if position + 1 + len(heads) < len(blocks) else None
    return text is not None and text.kind in BODY \
        and bool(plain_rows_over_a_stack([block, *heads], spacing_over(state, text)))


def signs_a_story(block: Block | None) -> bool:
    """A reporter's byline under lines after a box: they are the next story's headline, not more rows."""
    return block is not None and block.kind == "byline" and bool(find_role(block.text))


def add_rows(item: Draft, run: list[Block], kind: str) -> bool:
    """Lines of a box (list lines) or of a poem (paragraphs, a verse each) added to an item, a
    marked line (◎渔港) as a heading. A bare name closing them signs a poem: a box of lines signed
    by its writer is verse (…留给了夜晚 / 姜雪怡). Rows of figures are no verse: a short line closing
    them is the rest of a row the column cut (…水位61.92 / 米涨). Whether the item is closed by it."""
    if signed_over_verses(item, run):
        item.blocks.append(replace(run[0], kind="byline"))
        add_rows(item, run[1:], "paragraph")
        as_verses(item)
        return False
    signed = len(run) > 1 and is_lone_name(GAPS.sub("", run[-1].text)) \
        and not any(FIGURE.search(b.text) for b in run[:-1])
    lines = run[:-1] if signed else run
    # ◎古镇 heads a poem's next part; a marked row of figures (1.长江 汉口站 水位54.43米) is a row
    item.blocks.extend(heading_of([b]) if section_mark(b) and not FIGURE.search(b.text) else replace(b, kind=kind)
                       for b in lines)
    if not signed:
        return False
    as_verses(item)
    item.blocks.append(replace(run[-1], kind="byline"))
    return True


def signed_over_verses(item: Draft, run: list[Block]) -> bool:
    """A bare name right under the title, over lines no name opens and holding no figures, opens a poem
    signed by its writer (高原的风 / 严刚斌 / 高原的风 / 从雪山那边吹来 / …), not a box of rows."""
    return not has_body(item) and len(run) > MIN_ROWS and is_lone_name(GAPS.sub("", run[0].text)) \
        and not is_lone_name(GAPS.sub("", run[1].text)) and not any(FIGURE.search(b.text) for b in run[1:])


def as_verses(item: Draft) -> None:
    """A box of lines signed by its writer is a poem: its lines (list lines) are verses."""
    item.blocks = [replace(b, kind="paragraph") if b.kind == "listitem" else b for b in item.blocks]


GROUP_PICTURE_NUMBER = re.compile(load("layout.yml")["group_picture_number"])  # 图②, ②: a group's next picture


def numbered_in_group(block: Block, previous: Block | None, group: Draft | None) -> bool:
    """图② under 图① and its credit: the numbered pictures of a group are one photo item, their
    captions in printed order, every credit's person a photographer."""
    captions = [b for b in group.blocks if b.kind == "caption"] if group is not None else []
    return bool(captions) and previous is not None and previous.kind in ("caption", "credit") \
        and previous is group.blocks[-1] and bool(GROUP_PICTURE_NUMBER.match(block.text)) \
        and bool(GROUP_PICTURE_NUMBER.match(captions[0].text))


# The writer's mark a column's signer may open with: 文/X, 文：X, 文｜X.
WRITER_SIGN = re.compile(rf"^{WRITER_MARK}\s*[/／:：|｜]\s*")


def signs_under_the_column(blocks: list[Block], position: int) -> bool:
    """A bare name right under a column's name, or under the one or two title lines there
    (思想纵横 / 同题共答 / 同频共振 / ■X, 文：X): a writer signs the column's piece, so the name over them
    is the column's, no headline."""
    for offset in range(1, MAX_COLUMN_TITLE_LINES + 2):
        signer = blocks[position + offset] if position + offset < len(blocks) else None
        if signer is None or signer.kind not in ("headline", "byline"):
            return False
        if is_lone_name(GAPS.sub("", WRITER_SIGN.sub("", strip_bullet(signer.text)))):
            return True
        if signer.kind != "headline":
            return False
    return False


MAX_COLUMN_TITLE_LINES = 2  # title lines a signed column prints between its name and the writer's


def advert_over_headline(run: list[Block]) -> int:
    """How many lines an advert takes at the top of a headline stack: every line down to the last one
    ending in a phone (`某某驾校 暑期招生` / `学车不排队 报名电话：0577-…`), when a headline follows it. A
    headline never ends in a phone number; a display advert's last line does."""
    last = max((k for k, block in enumerate(run) if PHONE_AT_END.search(block.text)), default=None)
    return last + 1 if last is not None and last < len(run) - 1 else 0


def is_column_name(block: Block) -> bool:
    """A headline naming an opinion column (星暹论坛, 观察家)."""
    return block.kind == "headline" and bool(vocabulary().signed_column.search(block.text))


def names_a_signed_column(blocks: list[Block], position: int) -> bool:
    """A headline naming an opinion column (星暹论坛) over its piece's writer: the column's name."""
    return is_column_name(blocks[position]) and signs_under_the_column(blocks, position)


def signs_over_a_caption(current: Draft | None, blocks: list[Block], position: int) -> bool:
    """`…川渝新篇章。` / `邱鹏峰` / `川渝高竹新区位于…参观。新华社记者 X 摄`: a line alone between an untitled
    text's finished last sentence and a caption signs that text, no title of the picture, when the caption
    shares none of its words, a short line's two glyphs of one included (`查房` / `医生在病房里查房。` titles
    its picture)."""
    if position + 1 >= len(blocks) or blocks[position + 1].kind != "caption" or current is None \
            or current.headline_source != "none" or not has_body(current) \
            or current.blocks[-1].kind != "paragraph" or not ends_sentence(current.blocks[-1].text):
        return False
    return not heads(GAPS.sub("", strip_bullet(blocks[position].text)), blocks[position + 1].text)


def signed_at_its_foot(blocks: list[Block], position: int) -> bool:
    """A text under `position`, right under it or under the one or two title lines there, that a bare
    name closes (观察家 / its paragraphs / 高欣玉, 能源观察 / its title / its paragraphs / 高欣玉): the writer
    signs the column's piece at its foot, so a column's name over it is the column's."""
    start = position + 1
    while start < len(blocks) and start <= position + MAX_COLUMN_TITLE_LINES and blocks[start].kind == "headline":
        start += 1
    end = start
    while end < len(blocks) and blocks[end].kind == "paragraph":
        end += 1
    return end > start and end < len(blocks) and blocks[end].kind in ("headline", "byline") \
        and is_bare_name(blocks[end].text)


def is_lead_byline(block: Block) -> bool:
    vocab = vocabulary()
    return block.text.startswith(vocab.lead_markers) or bool(vocab.dateline.match(block.text))


MAX_RUN_ON_CLAUSE = 4  # characters before the first clause mark of a text's first sentence carried on
ANY_CLAUSE_MARK = re.compile(r"[，,。；;：:、！？!?]")


CORRECTION_LABEL = re.compile(load("layout.yml")["correction_label"])


def runs_on_into(run: list[Block], after: Block | None) -> int:
    """Where the lines of the text read as a headline start in `run` (len(run) when none does).
    The last unit of lines is text when the text below carries its last word on and opens with a
    clause too short to start a text (…最高行政级别的联 / 席会议，…, …施工合同 / 纠纷一案，…, …试点工 / 作。):
    a text opens with a sentence, not the tail of a word. Under a correction's label (更正, 更正启事, 澄清声明)
    the lines left mid-clause are the correction's text, which has no headline of its own (更正 /
    本报2月24日第8版《…》 / 一文中，…)."""
    if after is None or after.kind != "paragraph" or after.first_line - run[-1].last_line > 2:
        return len(run)
    clause = ANY_CLAUSE_MARK.search(after.text)
    last = run[-1].text.rstrip()
    mid_clause = bool(last) and not ANY_CLAUSE_MARK.match(last[-1]) and not ends_sentence(last)
    if len(run) > 1 and mid_clause and CORRECTION_LABEL.match(run[0].text):
        return 1
    if clause is None or clause.start() > MAX_RUN_ON_CLAUSE or not mid_clause \
            or vocabulary().sentence_openers.match(after.text) or not wraps_a_word(last, after.text):
        return len(run)
    start = len(run) - 1
    while start > 0 and run[start - 1].last_line + 1 == run[start].first_line \
            and carries_on(run[start - 1].text.rstrip(), run[start].text):
        start -= 1
    return start


def carries_on(line: str, below: str) -> bool:
    """A line of text wrapped mid-clause: it stops on a comma, or a word runs across its end."""
    return bool(line) and (line[-1] in "，,、" or not ANY_CLAUSE_MARK.match(line[-1])
                           and wraps_a_word(line, below))


# An interview's speaker label: a name or role (孙杰：, 本报记者：) or the paper asking (《华夏时报》：).
SPEAKER = re.compile(rf"^\s*(?P<label>《[^》\s]{{1,10}}》|(?:{CJK.pattern}|[A-Za-z]){{1,8}})\s*[：:]\s*\S")
MIN_SPEAKERS = 2  # an interview's turns alternate between two speakers at least


def speaker(text: str) -> str:
    match = SPEAKER.match(text)
    return match.group("label") if match else ""


MIN_QUESTIONS = 2  # unlabelled questions an item asks before it reads as an interview
MAX_QUESTION_CHARS = 60  # a question set alone as the asker's turn: one sentence, never a paragraph


def is_question(text: str) -> bool:
    """Is the text one unlabelled question (为什么要延长开放时间？), as an interview prints the asker's
    turns set alone in bold over the answers?"""
    text = text.rstrip()
    return text.endswith(("？", "?")) and len(text) <= MAX_QUESTION_CHARS and not speaker(text) \
        and not any(mark in text[:-1] for mark in "。！!？?")


def takes_turn(item: Draft | None, text: str, below: Block | None = None) -> bool:
    """Is a line the next turn of the interview the item holds? An interview's turns are the item's
    text however they are set (a turn printed on short lines reads as a headline, a short one as a
    caption) and neither opens a new item: a turn opened by the label of one of its two speakers or
    more (孙杰：值得一提的是，…), one marked as two of its turns are already (【问】, 【答】), or, where it
    asks unlabelled questions, two or more, by the label opening two of its answers (王明：…), and a
    question set alone like those it asked with its answer below it (a question over a byline or a
    dateline is the next story's headline)."""
    if item is None:
        return False
    turns = [b.text for b in item.blocks if b.kind in ("paragraph", "heading")]
    label = speaker(text)
    if not label and vocabulary().interview_turn.match(text):  # 【问】…, 【答】…: labelled turns with no colon
        return sum(1 for turn in turns if vocabulary().interview_turn.match(turn)) >= MIN_QUESTIONS
    if not label:
        return asks_questions(item) and is_question(text) and below is not None \
            and below.kind in BODY + ("caption",) and not is_lead_byline(below)
    labels = [speaker(turn) for turn in turns]
    speakers = set(labels) - {""}
    if not speakers and labelled_question(text) and below is not None and speaker(below.text) not in ("", label):
        return True  # the interview's first question (中国纺织报：…？), another speaker answering under it
    if turns and label != labels[-1] and labelled_question(turns[-1]):
        return True  # the answer to the question just put
    return label in speakers and (len(speakers) >= MIN_SPEAKERS
                                  or asks_questions(item) and labels.count(label) >= MIN_QUESTIONS)


def labelled_question(text: str) -> bool:
    """A speaker's turn asking one question (记者：…是什么情况？)."""
    label = speaker(text)
    return bool(label) and is_question(text.lstrip()[len(label) + 1:].lstrip(" ：:"))


def asks_questions(item: Draft) -> bool:
    """Does the item ask two questions or more set alone, as an interview does?"""
    return sum(1 for b in item.blocks if b.kind in ("paragraph", "heading") and is_question(b.text)) \
        >= MIN_QUESTIONS


def bulleted_questions(blocks: list[Block]) -> set[str]:
    """The bullets an interview sets its questions with (●为什么要延长开放时间？), two such questions or
    more on the page: a bulleted question over its answer is then a turn, not a brief's title."""
    counts = Counter(b.text[0] for b in blocks if b.kind in ("headline", "listitem", "paragraph")
                     and b.text[:1] in HEADLINE_BULLETS and is_question(b.text[1:]))
    return {bullet for bullet, count in counts.items() if count >= MIN_QUESTIONS}


def answers(item: Draft | None, block: Block) -> bool:
    """Is the block the answer printed right under the interview's last turn, a question set alone?
    An interview never ends on its question: the short line under it (继续建城市书房。) is its answer,
    not a caption."""
    if item is None or not item.blocks or block.first_line - item.blocks[-1].last_line > 2:
        return False
    return is_question(item.blocks[-1].text) and asks_questions(item)


def signs_the_text_above(block: Block, current: Draft | None, closed: bool, below: Block | None) -> bool:
    """A marked byline (□记者 X 报道, or a writer's name alone: ◇罗桂, □田 超) with no text under it, set
    closer to the text above than to the headline below (a byline printed over its headline hugs it),
    signs that text."""
    if current is None or closed or not has_body(current) or below is not None and below.kind != "headline" \
            or find_role(block.text) is None \
            and not signs_under_a_title(block.text):  # ◎文化周末 may label a box
        return False
    above = current.blocks[-1]
    return below is None or block.first_line - above.last_line <= below.first_line - block.last_line


def signs_the_text_below(block: Block, current: Draft | None, below: Block | None) -> bool:
    """A story is signed once: a byline with a role (记者 X 通讯员 Y) set apart from a text already
    signed above, its dateline's credit too (本报讯（记者 X）…), and printed right on the text under
    it opens that text's story; so does one set no closer to the text above than to the text below
    (a blank line either side: `…融合发展。` / / `本报评论员` / / `昨天，…`). A story carried on from
    another page (`（上接01版）`) was signed where it opened: a byline set apart under its text opens the next.
    Set further from the text above than from the text under it, it opens that text's story whoever signed
    the text above (`…吃上热乎饭。` / / `成都晚报记者 X` / `近日,…`): a lead's byline and a closing signature
    hug the text they sign. Over a reply (`杭州读者 X` / / `编辑回复：…`) it signs the letter the reply answers."""
    if current is None or below is None or below.kind != "paragraph" or not has_body(current) \
            or REPLY_LABEL.match(below.text):
        return False
    gap_above = block.first_line - current.blocks[-1].last_line
    gap_below = below.first_line - block.last_line
    if gap_below > gap_above or gap_above < 2 or find_role(block.text) is None:
        return False
    if gap_below < gap_above:
        return True
    start = first_body(current)
    return any(b.kind == "byline" and (find_role(b.text) or vocabulary().dateline.match(b.text))
               or b.kind == "continuation" for b in current.blocks[:start + 1])


def printed_over_the_text_above(block: Block, current: Draft | None, below: Block | None) -> bool:
    """A byline with a role printed above the text read before it (a brief read across with an
    article's first lines, restored before it: `通讯员 X` over `本报讯（通讯员 Y）…`) signs no text above
    it, since a signature is printed under its text: it opens the text under it."""
    return current is not None and below is not None and below.kind == "paragraph" and has_body(current) \
        and block.last_line < current.blocks[-1].first_line \
        and find_role(block.text) is not None


def notice_title_ending(run: list[Block]) -> int:
    """How many of a headline stack's last lines, other lines over them, are a notice's title that opens
    by its form, `关于…的通告` (wrapped over two lines too: `关于开展夏季燃气安` / `全检查的通告`) or an outage
    notice's `停气通知` (a title ending in 公告 alone may be any headline's second line): 0 if none."""
    for size in (2, 1):
        title = GAPS.sub("", joined_title(run[-size:]))
        if len(run) > size and opens_as_a_notice_title(title):
            return size
    return 0


def briefs_title(run: list[Block], after: Block | None) -> bool:
    """A bulleted headline (◆四部门发布…), or one in brackets or closed by 。 with its text on the
    same line (【四部门发布…】12月9日，…), titles a brief; a 【…】 line of its own may head a section."""
    if run[0].text.startswith(tuple(HEADLINE_BULLETS)) or vocabulary().notice_title.match(run[0].text) \
            or vocabulary().notice_title.match(GAPS.sub("", joined_title(run))):
        return True  # ◆四部门发布…, 关于开展夏季燃气安全检查的通告, wrapped over two lines too
    run_in = after is not None and after.first_line == run[-1].last_line
    # 义诊活动走进社区。近日，…: classify takes a run-in sentence for a title only among briefs
    # 东岳精工（300867）：公司公告称，…: a company and its code title its notice
    return run_in and (run[0].text.startswith("【") or run[-1].text.endswith("。") or bool(NUMBERED.match(run[0].text))
                       or bool(ANNOUNCED.match(run[0].text)))


def is_pull_quote(run: list[Block], page_text: str) -> bool:
    """A sentence in quotes set large inside an article (“在重点领域和关键环节大胆创新探索…”) repeats
    words of the text: it stays in the article as a heading, it opens no item."""
    text = GAPS.sub("", "".join(b.text for b in run))
    quoted = text[:1] in "“「" and text[-1:] in "”」"
    inner = text[1:-1] if quoted else text
    # unquoted, only a long sentence said again word for word: a headline does not repeat one
    return (quoted or len(inner) >= MIN_UNQUOTED_PULL_QUOTE) \
        and MIN_PULL_QUOTE_CHARS <= len(inner) <= MAX_PULL_QUOTE_CHARS and inner.rstrip("。！？") in page_text


def joined_pull_quotes(blocks: list[Block], said: str) -> list[Block]:
    """该公司去年开发了15款 / 新车模型，5款成功上市， / 其中包括长安汽车的阿维 / 塔E11等: a pull quote set
    in its own narrow measure, which unwrapping read as headline and text lines, is one block when the
    text repeats it word for word: a headline over its text never reads as one of the text's sentences."""
    result: list[Block] = []
    index = 0
    while index < len(blocks):
        end = index + 1
        if blocks[index].kind == "headline":
            while end < len(blocks) and blocks[end].kind in ("headline", "paragraph") \
                    and blocks[end].first_line == blocks[end - 1].last_line + 1:
                end += 1
        parts = blocks[index:end]
        quote = "".join(b.text for b in parts) if len(parts) > 1 else ""
        if any(b.kind == "paragraph" for b in parts) and len(quote) <= 2 * MAX_PULL_QUOTE_CHARS \
                and MIN_UNQUOTED_PULL_QUOTE <= len(GAPS.sub("", quote)) <= MAX_PULL_QUOTE_CHARS \
                and GAPS.sub("", quote).rstrip("。！？") in said:
            result.append(Block("headline", quote, tuple(sp for b in parts for sp in b.spans)))
            index = end
            continue
        result.append(blocks[index])
        index += 1
    return result


def titles_the_caption(stack: Stack, caption: Block, text_below: Block, credited_on: int) -> bool:
    """A headline over a photo caption, with an article's text right below the caption, titles the
    photo when it shares more words with the caption than with that text (杭州塘栖:农文旅助力乡村游
    / 5月17日,杭州市临平区塘栖镇…), and, sharing as many, when it is printed right on the caption and
    the text stands a blank line apart from the caption's credit (on line `credited_on`): `绿色矿山` /
    `矿区复垦后种上了成片树木。` / `通讯员 X 摄` / / `记者从…获悉，…`."""
    title = pairs("".join(b.text for b in stack.blocks))
    own, text = len(title & pairs(caption.text)), len(title & pairs(text_below.text[:len(caption.text)]))
    set_with_the_caption = caption.first_line == stack.blocks[-1].last_line + 1 \
        and text_below.first_line > credited_on + 1
    return own > text or own == text and set_with_the_caption


EDITORS_NOTE_OPENING = re.compile(load("layout.yml")["editors_note_opening"])  # 编者按：…, 【编者按】…


def is_editors_note_label(text: str) -> bool:
    """■编者按, 【编者的话】, 编者按：: the label of the editors' own note over a story or series."""
    return re.sub(r"\W", "", text) in EDITORS_NOTE_LABELS


def under_the_headline(blocks: list[Block]) -> list[Block]:
    """An item's blocks but its headline and the furniture among them."""
    return [b for b in blocks if b.kind not in ("headline", "furniture")]


def is_editors_note(blocks: list[Block]) -> bool:
    """标题 / 【编者按】今年是… (its label cut off as a heading) or 标题 / 编者按：今年是…: the text under the
    headline is the editors' note alone."""
    text = under_the_headline(blocks)
    return bool(text) and text[-1].kind == "paragraph" \
        and (len(text) == 2 and text[0].kind == "heading" and is_editors_note_label(text[0].text)
             or len(text) == 1 and bool(EDITORS_NOTE_OPENING.match(text[0].text)))


def is_lead_label(block: Block) -> bool:
    return strip_bullet(block.text).strip("【】[]") in vocabulary().lead_labels


def has_run_in_title(item: Draft) -> bool:
    """恒瑞达科技（000598）：公司公告称，…, 义诊活动走进社区。近日，…: an item whose title runs into
    its text on one line is a brief or a notice, which has no sections: a headline after it heads
    the next item."""
    head = next((b for b in item.blocks if b.kind == "headline"), None)
    text = next((b for b in item.blocks if b.kind in BODY), None)
    return head is not None and text is not None and head.last_line == text.first_line


BRIEF_NUMBER = re.compile(r"^(\d{1,2})[.．、](?!\d)")  # 1.社区图书馆延长开放时间: a numbered brief's title


BRIEFS_LABEL = re.compile(load("layout.yml")["briefs_label"])  # 新闻速览, 区县传真: a column of briefs


def is_brief_so_far(item: Draft) -> bool:
    """An item set as a brief is, a one-line title over one paragraph, signed by no byline: under a
    briefs column's label a plain headline after its finished text heads the next brief
    (新闻速览 / 社区图书馆延长开放时间 / 近日，… / 体育馆今起…); a story's sections come after more text."""
    kinds = [b.kind for b in item.blocks]
    return kinds.count("headline") <= 1 and sum(kind in BODY for kind in kinds) == 1 \
        and sum(len(b.text) for b in item.blocks if b.kind in BODY) <= BRIEF_MAX_CHARS \
        and not any(kind in ("heading", "byline") for kind in kinds)


def numbers_the_next_brief(item: Draft, run: list[Block]) -> bool:
    """1.社区图书馆延长开放时间 / 近日，… / 2.体育馆今起免费开放: a story is not titled with a section's
    number, so an item whose own title is numbered is a brief of a numbered column, which has no
    sections: the next number heads the next brief."""
    head = next((b for b in item.blocks if b.kind == "headline"), None)
    title = BRIEF_NUMBER.match(head.text) if head is not None else None
    after = BRIEF_NUMBER.match(run[0].text)
    return title is not None and after is not None and int(after.group(1)) == int(title.group(1)) + 1 \
        and not any(b.kind == "heading" for b in item.blocks)


MAX_REPLY_LABEL_CHARS = 8  # 【专家回复】: a label alone, no headline that merely ends in 回复


def answers_the_letter(block: Block | None, letter: Draft | None) -> bool:
    """读者来信 / 标题 / the letter / 临汾读者 X / 编辑回复：…: a paragraph opening with a reply's label
    (编辑回复, 记者回复, 【专家答复】) answers the text above it, which its writer has just signed: the
    letter and its reply are one item."""
    return block is not None and block.kind == "paragraph" and has_body(letter) \
        and REPLY_LABEL.match(block.text) is not None


def labels_the_reply(run: list[Block], letter: Draft | None, after: Block | None) -> bool:
    """… / 德班读者 X / 【编辑回复】 / 工作签证所需材料…: a reply's label on a line of its own, right over
    the reply, heads a section of the letter above it (signed or not), never a story of its own."""
    return len(run) == 1 and has_body(letter) and after is not None and after.kind == "paragraph" \
        and is_reply_label(run[0])


def heads_a_lead(after: Block | None) -> bool:
    """城乡融合看越地 / 编者按：/ …: a lead's label (编者按, 提要, 导语) opens a story under its title,
    never a section amid a story."""
    return after is not None and after.kind in ("paragraph", "headline") \
        and strip_bullet(after.text).strip("【】[]：: ") in vocabulary().lead_labels


def titles_a_caption(before: Block | None, run: list[Block], after: Block | None) -> bool:
    """A headline set a blank line apart from the rows above and printed right on a caption
    (`…同比增长9.2%` / / `风起山间` / `山坡上，风电机组迎风转动。`) is the picture's title, no row."""
    return before is not None and after is not None and after.kind == "caption" and hugs_its_text(before, run, after)


# A picture's title under a box's rows: words only, no figure, unit or cell of a row's rest (`米 涨`).
PICTURE_TITLE = re.compile(f"^(?:{CJK.pattern}){{3,12}}$")


def titles_the_caption_below_rows(rows: list[Block], line: Block, after: Block | None) -> bool:
    """Rows of figures end where a line of words only stands right over a caption (`…潮高70厘` / `米` /
    `海鸥翩翩` / `栈桥附近，…。`): that line is the picture's title, also on a page set with a blank
    line after every line, where no spacing sets it apart from the rows. The box's label and title
    over its first figure (`展讯` / `近期展览推荐`) are no rows; a row's rest the column cut (`…青铜器特` /
    `展`) is one."""
    rows = list(itertools.dropwhile(lambda b: not FIGURE.search(b.text), rows))
    return after is not None and after.kind == "caption" and len(rows) >= MIN_TABLE_ROWS \
        and PICTURE_TITLE.match(line.text) is not None \
        and 2 * sum(bool(FIGURE.search(b.text)) for b in rows) >= len(rows)


def hugs_its_text(before: Block, run: list[Block], after: Block | None) -> bool:
    """A headline set apart from the text above by a blank line but printed right on the text
    below heads a new item: a section heading stands the same way to both sides."""
    return after is not None and run[0].first_line - before.last_line > 1 \
        and after.first_line == run[-1].last_line + 1


def headline_fields(item: Draft, blocks: list[Block], spacing: int = 1) -> None:
    """Kicker / title / subtitle from a stack of headline lines.

    Lines on adjacent source lines wrap one phrase; a blank line between them separates the
    parts. Of three parts the first is the kicker and the last the subtitle. Of two, a part
    starting with a dash is the subtitle; otherwise the main title is set in the larger type and
    so runs shorter: a short or longer first part is a kicker (引题), a longer second part a subtitle.
    """
    # a lead's label (导读) is no part; a quoted kicker joined to its title's lines is a line of its own
    headlines = [line for b in blocks if b.kind == "headline" for line in kicker_line_apart(b)]
    units = Stack(headlines).units if spacing == 1 else spaced_units(headlines, spacing)
    # a column's label is read off its title only in a stack of one title: over another story's
    # headline (a question column titled under its text, `工地问答` / `安全有疑问` / `这里来解答` / / the next
    # title) the stack's parts are two items' titles, which the label's part would run together
    alone = sum(not unit[0].text.startswith(SUBTITLE_DASHES) for unit in units) == 1
    parts = [joined_title(part) for unit in units for part in type_size_parts(unit, spacing, alone)]
    # a credit or note in brackets read into the stack ((记者 X 通讯员 Y), (作者单位：…)) is no
    # part of a headline: no paper prints a kicker or title wholly in round brackets; nor is the page's
    # date line read into the stack (主场氛围是球队的财富 / 2024年7月20日, 2024年7月20日 南非时间 / 推动…)
    parts = couplets(rejoin_words([part for part in close_brackets(parts)
                                   if not BRACKETED_NOTE.match(part) and not HEADLINE_DATE.match(part)]), spacing)
    kicker = subtitle = ""
    if len(parts) == 1 and parts[0].startswith(SUBTITLE_DASHES):
        # a dash line never opens a title: the subtitle printed (or read) above its title, which
        # runs on from the next line (——数字经济核心产业增加值占GDP15%以上 / 成都明确今年…)
        subtitle, parts = headlines[0].text, [joined_title(headlines[1:])] if len(headlines) > 1 else []
    elif len(parts) >= 3 and any(part.startswith(SUBTITLE_DASHES) for part in parts[1:-1]):
        # a dash line is a subtitle wherever it stands: the parts above it are the kicker and title,
        # what is read below it (a deck, a byline taken for a headline) goes with it
        dash = next(n for n, part in enumerate(parts) if n and part.startswith(SUBTITLE_DASHES))
        kicker = parts[0] if dash > 1 else ""
        parts, subtitle = parts[1:dash] if dash > 1 else parts[:1], " ".join(parts[dash:])
    elif len(parts) == 3 and (quoted_kicker(parts[1], parts[2]) or marked_over_unmarked(parts[1], parts[2])
                              or is_series_label(parts[1])):
        # a kicker by its own form (4年9次“串门”, a marked label, ■科普知识, a serial's instalment) in the middle
        # opens the headline: the part read above it (the page's issue line, a section's name,
        # another story's title) is no part of it
        kicker, parts = parts[1], parts[2:]
    elif len(parts) >= 3:
        kicker, parts, subtitle = parts[0], parts[1:-1], parts[-1]
    elif len(parts) == 2:
        first, second = parts
        if second.startswith(SUBTITLE_DASHES):
            parts, subtitle = [first], second
        elif is_series_label(first):
            kicker, parts = first, [second]
        elif kicker_read_under(first, second):
            kicker, parts = second, [first]
        elif len(first) <= KICKER_MAX_CHARS or len(first) > len(second):
            kicker, parts = first, [second]
        else:
            parts, subtitle = [first], second
    item.kicker, item.title, item.subtitle = (strip_bullet(kicker), strip_bullet(" ".join(parts)),
                                              strip_bullet(subtitle))


HEADLINE_BULLETS: str = load("layout.yml")["headline_bullets"]
BRACKETED_NOTE = re.compile(r"^\s*[（(][^（()）]*[）)]\s*$")
HEADLINE_DATE = re.compile(load("layout.yml")["headline_date"])


def kicker_line_apart(block: Block) -> list[Block]:
    """A headline block whose first source line is a quoted kicker over the rest (4年9次“串门” /
    双城经济圈建设 / 结出哪些硕果？, joined as one wrapped text, or as a title printed after its text) is
    read as two lines, as type_size_parts reads such a kicker on a line of its own. Only a block whose
    source lines hold no gap is cut: the lines' lengths then tell where each ends in the text."""
    text = GAPS.sub("", block.text)
    first = [s for s in block.spans if s.line == block.first_line]
    if block.last_line == block.first_line or sum(s.end - s.start for s in block.spans) != len(text):
        return [block]
    cut = sum(s.end - s.start for s in first)
    if not quoted_kicker(text[:cut], text[cut:]):
        return [block]
    return [Block("headline", text[:cut], tuple(first), block.wide),
            Block("headline", text[cut:], block.spans[len(first):], block.wide)]


SERIAL_LABEL = re.compile(load("layout.yml")["serial_label"])  # 长篇纪实连载（24）: a serial and its instalment
SERIAL_WORD: str = load("layout.yml")["serial_word"]  # what every serial's label holds


def is_series_label(part: str) -> bool:
    """A series or campaign name in brackets over a headline (【高质量发展看八桂】) is its kicker,
    however long: a title is never bracketed whole with another line under it. So is a serial's name
    with the instalment's number (长篇纪实连载（24）): a title counts no instalments."""
    part = part.strip()
    return part.startswith("【") and part.endswith("】") and part.count("【") == 1 \
        or SERIAL_WORD in part and bool(SERIAL_LABEL.match(part))  # the word first: this reads every headline pair


def spaced_units(headlines: list[Block], spacing: int) -> list[list[Block]]:
    """A stack's units: lines at most `spacing` apart are one unit (1: adjacent lines; 2 on a page
    printing a blank line after every line, where only the type size, or a dash, bracket or
    bullet, tells the parts apart)."""
    units: list[list[Block]] = []
    for block in headlines:
        # a subtitle's dash or a brief's bullet opens a part of its own, even on the next line
        if units and 0 < block.first_line - units[-1][-1].last_line <= spacing \
                and not block.text.startswith((*SUBTITLE_DASHES, "【", *HEADLINE_BULLETS)) \
                and not complete_phrase(units[-1][-1].text, block.text) \
                and set_in_bold(units[-1][-1]) == set_in_bold(block):
            units[-1].append(block)
        else:
            units.append([block])
    return units


def set_in_bold(block: Block) -> bool:
    """Was the line printed in a bold face the extraction read glyph by glyph twice
    (`公公交交新新开开…`)? Its source runs twice as wide as its text. A line in bold and one in
    plain type under it are no one wrapped headline: each is a headline of its own."""
    glyphs = len(GAPS.sub("", block.text))
    return glyphs >= KICKER_MAX_CHARS // 2 and sum(s.end - s.start for s in block.spans) >= 2 * glyphs


def bold_after_plain_headings(item: Draft, run: list[Block]) -> bool:
    """A headline in bold (`社社区区开开设设…`) after an article whose section headings are set in plain type
    is set as no section of it is: the next story's title."""
    headings = [b for b in item.blocks if b.kind == "heading"]
    return bool(headings) and set_in_bold(run[0]) and not any(set_in_bold(h) for h in headings)


def spacing_of(item: Draft) -> int:
    """2 when the item's text is printed with a blank line after every line (every wrapped
    paragraph steps two lines at a time), else 1."""
    steps = line_steps(item.blocks)
    return 2 if len(steps) >= MIN_SPACED_STEPS and all(step == 2 for step in steps) else 1


def page_spacing(state: Segmentation) -> int:
    """2 when the page prints a blank line after every line: nearly every step between the lines
    of its items' texts is two lines (a short brief alone has too few steps to tell), else 1."""
    steps = [step for item in state.items for step in line_steps(item.blocks)]
    return 2 if len(steps) >= MIN_SPACED_STEPS and steps.count(2) >= SPACED_SHARE * len(steps) else 1


def spacing_over(state: Segmentation, below: Block | None) -> int:
    """The page's spacing, or, where its items so far hold too little text to tell (a box opening the
    page), that of the text right below."""
    steps = line_steps([below]) if below is not None else []
    return 2 if page_spacing(state) == 2 or len(steps) >= MIN_SPACED_STEPS and all(step == 2 for step in steps) else 1


def line_steps(blocks: list[Block], kinds: tuple[str, ...] = BODY) -> list[int]:
    """The steps, in page lines, from each wrapped line of these blocks of `kinds` (text) to the next."""
    return [b.spans[n + 1].line - b.spans[n].line for b in blocks if b.kind in kinds for n in range(len(b.spans) - 1)]


def close_brackets(parts: list[str]) -> list[str]:
    """A part that opens a bracket runs on into the parts that close it (（记者 X 通讯员于 / 艳）):
    a bracket is never left open across a change of type."""
    joined: list[str] = []
    for part in parts:
        if joined and joined[-1].count("（") + joined[-1].count("(") > joined[-1].count("）") + joined[-1].count(")"):
            joined[-1] += part
        else:
            joined.append(part)
    return joined


def rejoin_words(parts: list[str]) -> list[str]:
    """Parts a dictionary word runs across are one title broken over lines set apart by a blank
    line (a page with a blank line after every line): 四川广安：改革开 / 放风正劲."""
    joined: list[str] = []
    for part in parts:
        if joined and not part.startswith((*SUBTITLE_DASHES, "【", *HEADLINE_BULLETS)) \
                and not joined[-1].endswith("】") and wraps_a_word(joined[-1], part):
            joined[-1] += part
        else:
            joined.append(part)
    return joined


def is_bare_name(text: str) -> bool:
    """A line that is a person's name and nothing more, its bullet (□钟文) and gaps aside."""
    return is_lone_name(GAPS.sub("", strip_bullet(text)))


def strip_bullet(text: str) -> str:
    """A briefs column's bullet (◆, or a list's ·), number (1. / 一、) or brackets (【…】) mark the headline;
    they are not part of the title (the block keeps them, so every printed character is still accounted for)."""
    text = text.lstrip(HEADLINE_BULLETS + LIST_BULLETS).lstrip()
    numbered = NUMBERED.match(text)
    if numbered and numbered.end() < len(text):
        text = text[numbered.end():]
    if text.endswith("。") and "。" not in text[:-1]:  # a run-in title: 城市书房开到家门口。
        text = text[:-1]
    if text.endswith(("）：", "）:", "):", ")：")):  # a company and its code before its notice: 东岳精工（000771）：
        text = text[:-1].rstrip()
    return text[1:-1] if text.startswith("【") and text.endswith("】") and text.count("【") == 1 else text


def complete_phrase(first: str, second: str) -> bool:
    """A long headline line closed by a quote or bracket (…唱好新时代西部“双城记”) is a kicker
    of its own above the next line, not the first half of one wrapped title."""
    return len(first) >= MIN_PHRASE_CHARS and len(second) >= MIN_PHRASE_CHARS and first[-1:] in "”」』》）)"


def couplets(parts: list[str], spacing: int = 1) -> list[str]:
    """Two headline lines of (nearly) equal length set as a pair (协同创新开新局 / 八市齐力谱新篇)
    are one title in two lines, joined with a space as printed."""
    merged: list[str] = []
    for part in parts:
        # a column's label is set over its title as long as the title sometimes (答读者问 / 你问我答,
        # 晚晴诗苑 / 大明湖晨曲): its words, or its form, not its length, tell it from a couplet's first phrase;
        # a serial's instalment (科学家故事连载（29）) pairs with no phrase
        if merged and not merged[-1].count(" ") and is_couplet(merged[-1], part) and not is_worded_label(merged[-1]) \
                and not label_by_its_form(merged[-1], part, spacing) and not is_series_label(merged[-1]):
            merged[-1] += " " + part
        else:
            merged.append(part)
    return merged


def label_by_its_form(first: str, second: str, spacing: int) -> bool:
    """A column's label over its title, told by how it is set, not by its words: marked by a bullet the
    title under it lacks (■科普知识 / 读懂火箭发射: a couplet sets its two phrases alike), or, on a page
    printing a blank line after every line, four glyphs and no mark (the most a label set apart holds)
    over a longer line (晚晴小品 / 重回老厂房): a couplet pairs its phrases glyph for glyph (梨花开了 /
    游客来了), so four over five there is a label's form, and five over four a couplet's."""
    text = GAPS.sub("", first)
    set_apart = spacing == 2 and phrase_size(text) == len(text) == max(LABEL_GLYPHS) \
        and not ANY_CLAUSE_OR_STOP.search(text) and phrase_size(second) > len(text)
    return marked_over_unmarked(first, second) or set_apart


def marked_over_unmarked(first: str, second: str) -> bool:
    """A label of two glyphs or more marked by a bullet the line under it lacks (■科普知识 / 读懂火箭发射)."""
    return first[:1] in HEADLINE_BULLETS and second[:1] not in HEADLINE_BULLETS \
        and 2 <= len(GAPS.sub("", strip_bullet(first))) <= MAX_LABEL_GLYPHS


# a couplet pairs its phrases glyph for glyph; quote marks are no glyphs of them (山城有名医 / 群众有“医”靠)
NO_GLYPH_OF_A_PHRASE = re.compile(r"[\s“”‘’「」『』]")


def phrase_size(text: str) -> int:
    return len(NO_GLYPH_OF_A_PHRASE.sub("", text))


def is_couplet(first: str, second: str) -> bool:
    return (abs(phrase_size(first) - phrase_size(second)) <= 1 and 4 <= phrase_size(first) <= MAX_COUPLET_CHARS
            and not second.startswith(SUBTITLE_DASHES) and not re.search(r"[，。：:]", first + second))


def joined_title(unit: list[Block]) -> str:
    """Lines of one wrapped headline: joined without a gap, as printed across a line break."""
    return "".join(b.text for b in unit)


def start_item(state: Segmentation, kind: str, file: str, opened_by: str) -> Draft:
    if state.commentary_next and kind == "article":  # under a 快评 / 观点 label
        kind, state.commentary_next = "commentary", False
    item = Draft(kind=kind, file=file, opened_by=opened_by)
    state.items.append(item)
    return item


def attach_stack(state: Segmentation, item: Draft, stack: Stack, source: str) -> None:
    item.blocks[0:0] = stack.blocks
    item.headline_source = source
    stack.attached_to = item
    state.attached.append(stack)
    headline_fields(item, stack.blocks)


GAPS = re.compile(r"\s+")
FIGURE = re.compile(r"\d")
BOX_OF_ROWS = "box of rows"  # how an item opened by a label over its rows says so (`opened_by`)
# What a box's rows may all be set with, and a title over them not: a number or bullet, a figure, a gap, a colon
def is_marked_row(text: str) -> bool:
    """①…, 1.…, ·…: a line opened by a number or a bullet, as a list's rows are."""
    return bool(NUMBERED.match(text) or CIRCLED_ROW.match(text)) or text[:1] in LIST_BULLETS


ROW_TRAITS = (is_marked_row,
              lambda text: bool(FIGURE.search(text)),
              lambda text: bool(GAPPED.search(text)),
              lambda text: ":" in text or "：" in text)
SENTENCE_INSIDE = re.compile(r"[。！？!?；;…]")


def is_deck(block: Block, following: Block | None) -> bool:
    """One line under a headline, too long for a title and ending no sentence, set apart from the
    text below by a blank line: the deck (副题) that sums the story up. Over the byline it may wrap
    once (`…一体化改革发展,` / `推动构建…新格局` / `记者 X`): a lead ends its sentence."""
    return block.kind == "paragraph" and not SENTENCE_INSIDE.search(block.text) \
        and block.text[-1] not in "，,、：:“‘《（(" and following is not None \
        and (len(block.spans) == 1 and following.kind in BODY or len(block.spans) <= 2 and following.kind == "byline") \
        and following.first_line > block.last_line + 1


def add_subtitle(state: Segmentation, item: Draft, run: list[Block]) -> None:
    """A dash line printed under the byline, or a deck, is the subtitle of the headline above it."""
    stack = next(s for s in state.attached if s.attached_to is item)
    stack.blocks.extend(run)
    last = max(n for n, b in enumerate(item.blocks) if b.kind == "headline")
    item.blocks[last + 1:last + 1] = run
    # printed right under the title, it would read as the title's second line
    headline_fields(item, stack.blocks[:-len(run)])
    item.subtitle = " ".join(filter(None, [item.subtitle, strip_bullet(joined_title(run))]))


def first_pass(blocks: list[Block], file: str, page_text: str) -> Segmentation:
    blocks = list(blocks)  # lines of text read as a headline are joined back into their paragraph
    state = Segmentation(file=file)
    current: Draft | None = None  # the item text is flowing into
    closed = False  # current item was closed by a trailing byline
    pending: Stack | None = None  # headline waiting for its body
    last_photo: Draft | None = None
    credited_above: Draft | None = None  # a photo whose credit came first: its caption follows
    asked = bulleted_questions(blocks)
    index = 0

    def flush_pending() -> None:
        nonlocal pending
        if pending:
            state.orphans.append(pending)
            pending = None

    def next_owner(position: int) -> Block | None:
        """The next block that can own text (furniture and photo credits skipped)."""
        for n in range(position, len(blocks)):  # by index: called for every block, so nothing is copied
            if blocks[n].kind not in ("furniture", "credit"):
                return blocks[n]
        return None

    def text_under_byline(position: int) -> Block | None:
        """铁桥留影 / 黄河铁桥边，…。 / 记者 X 摄 / 兰州晚报记者 X / 日前，…: the text under the byline
        after a credited caption, which the headline over the caption is weighed against."""
        owners = (blocks[n] for n in range(position, len(blocks)) if blocks[n].kind not in ("furniture", "credit"))
        byline, text = next(owners, None), next(owners, None)
        signed = byline is not None and byline.kind == "byline"
        return text if signed and text is not None and text.kind in BODY else None

    def lone_text_below(position: int) -> bool:
        """龙舟竞渡 / 图/本报记者 X / 龙舟队员在…。: a picture credit under a title over a few sentences
        and no more text is a photo's, the title and the sentences its own; a caption under them is the
        next picture's, unless it goes on saying what this one shows (`图为…`)."""
        n = next((n for n in range(position, len(blocks)) if blocks[n].kind not in ("furniture", "credit")), None)
        if n is None or blocks[n].kind != "paragraph" or len(blocks[n].text) > MAX_CAPTION_TEXT:
            return False
        below = next_owner(n + 1)
        return below is None or below.kind not in BODY and not (below.kind == "caption" and PICTURED.match(below.text))

    def next_kind(position: int) -> str | None:
        owner = next_owner(position)
        return owner.kind if owner else None

    while index < len(blocks):
        block = blocks[index]
        if block.kind == "furniture":
            state.furniture.append(block)
            if vocabulary().furniture["commentary_label"].search(block.text) and not is_editors_note_label(block.text):
                state.commentary_next = True  # 编者按 introduces a story or series: the editors', not a commentary
            # 记者手记, 简讯: what follows is an item of its own; 【编者按】 under a headline introduces its story
            if is_column_label(block) and not (is_editors_note_label(block.text) and heads_no_text(current)):
                closed, state.bulleted_column = True, True
                state.briefs_column = bool(BRIEFS_LABEL.search(block.text))
            index += 1
            continue
        if is_column_name(block) and (signs_under_the_column(blocks, index) or signed_at_its_foot(blocks, index)):
            state.furniture.append(block)  # 长安观察 / 顾丽峰: a column's name, then who signs it
            state.commentary_next, closed = True, True
            index += 1
            continue
        if block.kind == "byline" and labels_rows_below(blocks, index, state):
            block = replace(block, kind="headline")  # ■战况 / 仓山队1：0马尾队 / …: a box's label, naming no one
        if block.kind == "headline" and (state.commentary_next or signs_over_a_caption(current, blocks, index)) \
                and is_bare_name(block.text):
            block = replace(block, kind="byline")  # 本报快评 / ◇叶丽: the commentator's name, no headline
        if block.kind == "headline":
            run = [block]
            while index + 1 < len(blocks) and blocks[index + 1].kind == "headline" \
                    and not names_a_signed_column(blocks, index + 1):  # a column's piece starts under its name
                index += 1
                run.append(blocks[index])
            # 双城经济圈建设结出哪些硕果？ / ◆便民提示 under a text with no headline: the title printed after
            # its text, and a bulleted line that opens an item of its own (a column label or a kicker
            # over a bulleted title stays with it)
            while len(run) > 1 and run[-1].text.startswith(tuple(HEADLINE_BULLETS)) \
                    and not run[0].text.startswith(tuple(HEADLINE_BULLETS)) \
                    and len(joined_title(run[:-1])) > KICKER_MAX_CHARS \
                    and current is not None and has_body(current) and current.headline_source == "none":
                run.pop()
                index -= 1
            # 深化改革激发创新活力 / 相互赋能发展新质生产力 / 停气通知 under a text: a notice's title heads the
            # notice alone (a notice has no kicker), the lines over it the text above's, its title printed
            # after it
            if (notice := notice_title_ending(run)) and current is not None and has_body(current):
                del run[-notice:]
                index -= notice
            index += 1
            before = blocks[index - len(run) - 1] if index - len(run) - 1 >= 0 else None
            after = blocks[index] if index < len(blocks) else None
            advert = advert_over_headline(run)
            if advert:  # 某某驾校 暑期招生 / 学车不排队 报名电话：… / 标题: the advert is furniture, not title
                state.furniture.extend(run[:advert])
                run = run[advert:]
            # Short lines more than a headline stack holds, with no text under them: a box's rows
            # (长沙天气 / 今天 雷阵雨 24℃～31℃ / …) or a poem's verses, one a line.
            cut = runs_on_into(run, after)
            if cut < len(run):
                # …最高行政级别的联 / 席会议，自2020年以来…: lines of the text read as a headline
                merged = Block("paragraph", joined_title(run[cut:]) + after.text,
                               tuple(sp for b in run[cut:] for sp in b.spans) + after.spans, after.wide)
                # the lines taken into the text leave the list too, so the run still ends right before
                # `index`: a stack read again (index -= …) starts at its own first line, not theirs
                moved = len(run) - cut
                blocks[index - moved:index + 1] = [merged]
                index -= moved
                after = merged
                run = run[:cut]
                if not run:
                    continue
            if pending is None and labels_the_reply(run, current, after):
                # the reply answers the letter above, one item, and ends it, as a reply run in to its label does
                current.blocks.extend([heading_of(run), after])
                index += 1
                closed = True
                continue
            if current is not None and not closed and pending is None and has_body(current) \
                    and (takes_turn(current, run[0].text, after)
                         or len(run) == 1 and run[0].text[:1] in asked and after is not None and after.kind in BODY
                         and is_question(run[0].text[1:])):
                turn = Block("paragraph", "".join(b.text for b in run), tuple(sp for b in run for sp in b.spans))
                if after is not None and after.kind == "paragraph" and after.first_line == run[-1].last_line + 1 \
                        and not turn.text.rstrip().endswith(SENTENCE_END):  # its lines run on into the text below
                    turn = Block("paragraph", turn.text + after.text, turn.spans + after.spans, after.wide)
                    index += 1
                current.blocks.append(turn)
                continue
            # a byline under the run signs the text below it: the run heads that text too
            texted = next_kind(index) in BODY or next_kind(index) == "byline" and next_kind(index + 1) in BODY
            signed_above = current is not None and not closed and pending is None and not has_body(current) \
                and current.headline_source != "none" and before is not None and current.blocks[-1:] == [before] \
                and before.kind == "byline"
            units = Stack(run).units
            more_rows = state.rows_of is not None and state.rows_of is current and not closed and pending is None \
                and not texted and not signs_a_story(next_owner(index)) and not titles_a_caption(before, run, after)
            rows_so_far = [b for b in current.blocks if b.kind in BODY] + run[:-1] if more_rows and current else []
            if more_rows and current and titles_the_caption_below_rows(rows_so_far, run[-1], after):
                more_rows = False  # the line over the caption heads the picture, the rest are rows
                if len(run) > 1:
                    closed = add_rows(current, run[:-1], "paragraph")
                    index -= 1
                    continue
            # 那拉提 / □胡明欣 / 草原把天空 / … / 开满了野花 / 薰衣草 / □卢宏峰: under a title and its writer's name,
            # short lines then another name: the verses of the piece above, the last line the next title over its
            # writer (however alike the verses' widths); a 组诗's marked parts (◇梯田 / … / ◇古镇) are no titles
            if signed_above and len(run) > MIN_VERSES and next_kind(index) == "byline" \
                    and not any(FIGURE.search(b.text) or CLAUSE.search(b.text) for b in run[:-1]) \
                    and not any(b.text[:1] in HEADLINE_BULLETS for b in run):
                state.rows_of = current
                add_rows(current, run[:-1], "paragraph")
                as_verses(current)
                closed = True
                index -= 1  # the last line read again, as the next title
                continue
            if more_rows or signed_above and len(run) >= MIN_ROWS and not texted and not wrapped_alike(run):
                state.rows_of = current
                closed = add_rows(current, run, "paragraph")
                continue
            # a byline right under the run, no further from it than its lines stand apart, signs the text
            # below: the run is that story's headline stack (a byline set apart signs the next story)
            signed_below = signs_right_under(run, next_owner(index)) and next_kind(index + 1) in BODY
            taken = len(units[0]) if len(units[0]) >= MIN_ROWS and not wrapped_alike(units[0]) and not signed_below \
                else len(run) if len(run) >= MIN_ROWS and not texted and not wrapped_alike(run[1:]) \
                or not texted and rows_of_figures(run, before) else 0
            plain = 0
            if not taken and texted and is_row_label(run[0]):
                # under a poem's title and its writer's bare name the lines are verses, no rows
                under_a_writer = before is not None and before.kind == "byline" \
                    and is_bare_name(before.text)
                taken = rows_over_a_stack(run)
                plain = 0 if taken or under_a_writer else plain_rows_over_a_stack(run, spacing_over(state, after))
                taken = taken or plain
            below_taken = run[taken] if taken < len(run) else after
            if taken and printed_after_its_text(run[:taken], current, before, below_taken):
                taken = 0
            if taken == len(run) and titles_the_caption_below_rows(run[:-1], run[-1], after):
                taken -= 1
            if taken and is_row_label(run[0]):
                flush_pending()
                current = start_item(state, "article", file, BOX_OF_ROWS)
                label = 2 if titles_the_rows(run[:taken], bool(plain), spacing_over(state, after)) else 1
                attach_stack(state, current, Stack(run[:label]), "above")
                state.rows_of = current
                closed = add_rows(current, run[label:taken], "listitem")
                index -= len(run) - taken  # a headline stack under the box is read again
                continue
            signed_lead = current is not None and has_body(current) and current.blocks[-1:] == [before] \
                and before is not None and before.kind == "byline" and not closed
            section = (
                current is not None and not closed and pending is None
                and current.blocks and (current.blocks[-1].kind in BODY and before is not None and before.kind in BODY
                                        or signed_lead)
                and next_kind(index) in BODY and len(run) <= MAX_SECTION_HEADING_LINES
                and not any(b.wide for b in run)
                and not briefs_title(run, after) and not hugs_its_text(before, run, after)
                and not is_box_label(run[0])  # 相关链接 opens a box
                and not ends_a_box(current) and not labels_a_box(run, blocks, index)
                and not any(b.text.startswith(SUBTITLE_DASHES) for b in run[1:])  # a section heading has no subtitle
                # nor a kicker: a stack in two type sizes (4年9次“串门” / 双城经济圈建设结出哪些硕果？) is a story's
                and not (len(run) >= 2 and len(spaced_units(run, spacing_of(current))) >= 2
                         and not is_two_phrase_heading(run))
                and not heads_a_lead(after)
                and not has_run_in_title(current)
                and not numbers_the_next_brief(current, run)
                and not (state.briefs_column and is_brief_so_far(current) and before is not None
                         and ends_sentence(before.text))
                and not heads_a_table(blocks, index)
                and not bold_after_plain_headings(current, run)
            )
            lead_label = len(run) == 1 and is_lead_label(run[0]) and current is not None and not closed \
                and pending is None
            if section and len(run) == 1 and current.blocks[-1] is before and before.kind == "paragraph" \
                    and not before.text.rstrip().endswith(SENTENCE_END) and not is_marked_heading(run[0]) \
                    and not is_two_phrase_heading(run):
                # …公司管理层就经营情况、研发 / 投入和分红安排回答投资者提 / 问。: a line of the text, cut
                # off as a headline, in the middle of a sentence
                current.blocks[-1] = Block("paragraph", before.text + run[0].text, before.spans + run[0].spans,
                                           before.wide)
                continue
            if section or lead_label or current is not None and has_body(current) and not closed \
                    and pending is None and is_pull_quote(run, page_text):
                heading = heading_of(run)
                state.heading_runs[id(heading)] = run
                if section and not lead_label and not is_pull_quote(run, page_text):
                    state.section_runs[id(heading)] = run
                current.blocks.append(heading)
                continue
            # 案例标题 / 文/X / 【基本案情】 / 丙，…: a marked label between the byline and the first text heads
            # the item's first section, and every line marked alike further on heads another
            mark = section_mark(run[0]) if len(run) == 1 and not is_box_label(run[0]) else ""  # ■相关链接 opens a box
            if mark and current is not None and not closed and pending is None and next_kind(index) in BODY \
                    and (not has_body(current) and current.headline_source != "none"
                         and current.blocks[-1:] == [before] and before is not None and before.kind == "byline"
                         or current.blocks[-1].kind in BODY and (state.section_marks.get(id(current)) == mark
                                                                  or labelled_alike(current, mark))):
                state.section_marks[id(current)] = mark
                current.blocks.append(heading_of(run))
                continue
            if current is not None and not has_body(current) and not closed and current.headline_source == "none" \
                    and next_kind(index) in BODY + ("caption",):
                attach_stack(state, current, Stack(run), "below byline")
                continue
            if current is not None and not has_body(current) and not closed and pending is None \
                    and current.headline_source == "above" and next_kind(index) in BODY \
                    and (run[0].text.startswith(SUBTITLE_DASHES)
                         or len(run) == 1 and len(run[0].text) > len(current.title)):
                add_subtitle(state, current, run)  # title, the byline beside it, then ——subtitle or a deck
                continue
            flush_pending()
            if len(run) > 1 and is_lead_label(run[-1]) and next_kind(index) in BODY:  # 标题 / 导读 / the lead
                run[-1] = heading_of(run[-1:])
            pending = Stack(run)
            continue
        index += 1
        if block.kind == "caption" and not closed and pending is None and has_body(current) \
                and (takes_turn(current, block.text, next_owner(index)) or answers(current, block)):
            current.blocks.append(replace(block, kind="paragraph"))  # a short turn set as a caption
            continue
        if block.kind == "caption":
            previous = blocks[index - 2] if index >= 2 else None
            if previous is not None and previous.kind == "caption" and last_photo is not None \
                    and PICTURED.match(block.text) \
                    or credited_above is not None \
                    or numbered_in_group(block, previous, last_photo):  # …交界处。 / 图为观众在规划馆参观。
                (credited_above or last_photo).blocks.append(block)
                credited_above = None
                continue
            photo = start_item(state, "photo", file, "caption")
            following = next_kind(index)
            adjacent = pending is not None and index >= 2 and blocks[index - 2] is pending.blocks[-1]
            below = next_owner(index)
            text_below = below if below is not None and below.kind in BODY else text_under_byline(index)
            if adjacent and (following not in BODY + ("byline", "continuation")
                             or text_below is not None and pending is not None
                             and (PICTURED.search(block.text) or index < len(blocks) and blocks[index].kind == "credit")
                             and titles_the_caption(pending, block, text_below,
                                                    blocks[index].last_line if blocks[index].kind == "credit"
                                                    else block.last_line)):
                attach_stack(state, photo, pending, "above")
                pending = None
            photo.blocks.append(block)
            last_photo = photo
            continue
        under_caption = index >= 2 and blocks[index - 2].kind == "caption" and last_photo is not None \
            and blocks[index - 2] is last_photo.blocks[-1]  # 图① … / its credit / 图② …: the credit closes 图①
        # ■战况 / rows / ■摄影 X / 6月20日，…: a box holds no picture, so a picture credit under its rows
        # heads the photo whose caption follows, read as text or not
        under_rows = current is not None and current is state.items[-1] and ends_a_box(current) \
            and next_kind(index) == "paragraph"
        # 垃圾分类新时尚 / 韩海晨 作 / 分一分，…: a cartoon credited above its caption keeps its title
        cartoon_above = block.kind == "credit" and bool(pending) and next_kind(index) == "caption" \
            and bool(vocabulary().artist_credit.match(block.text))
        if cartoon_above or block.kind in ("byline", "credit") and is_picture_credit_line(block) \
                and (next_kind(index) == "caption" or under_rows or pending is not None and lone_text_below(index)) \
                and not under_caption:
            # 杭州塘栖:农文旅助力乡村游 / 图｜贺明博 / 5月17日,…: a photo credited above its caption
            photo = start_item(state, "photo", file, "credit above a caption")
            if pending:
                attach_stack(state, photo, pending, "above")
                pending = None
            photo.blocks.append(replace(block, kind="credit"))
            last_photo = credited_above = photo
            continue
        if block.kind == "credit":
            previous = blocks[index - 2] if index >= 2 else None
            owner = last_photo if previous is not None and previous.kind == "caption" else (current or last_photo)
            if pending and vocabulary().artist_credit.match(block.text):
                # 古镇人家（木刻版画） / 吴琳 作: the artwork's title is its caption, the artist its credit
                last_photo = start_item(state, "photo", file, "artist's credit")
                last_photo.blocks = [Block("caption", b.text, b.spans) for b in pending.blocks] + [block]
                pending = None
                continue
            if pending and not PICTURE_CREDIT.search(block.text):
                # 标题 / 据新华社 / 正文: a source credit under a headline opens the story it credits
                owner = current = start_item(state, "article", file, "headline")
                attach_stack(state, current, pending, "above")
                pending = None
            elif owner is None:
                owner = start_item(state, "photo", file, "credit")
            owner.blocks.append(block)
            # 据新华社, （作者为…研究员）, 数据来源：… after the text close it; a photo credit may sit mid-article
            if owner is current and previous is not None and (previous.kind in BODY or state.rows_of is current) \
                    and not PICTURE_CREDIT.search(block.text):
                closed = True
            continue
        if block.kind == "byline" and state.rows_of is current and current is not None and not closed \
                and pending is None:  # a byline under a headline signs the next story, not the box
            if is_marked_label(block, blocks[index] if index < len(blocks) else None):
                current.blocks.append(heading_of([block]))  # ◎古镇 / the verses of a 组诗's next poem
                continue
            as_verses(current)  # …留给了夜晚 / 姜雪怡: the box's writer signs it
        if block.kind == "byline":
            lead = is_lead_byline(block) and not signs_the_text_above(block, current, closed, next_owner(index)) \
                or signs_the_text_below(block, current, next_owner(index)) \
                or printed_over_the_text_above(block, current, next_owner(index)) \
                or current is not None and ends_a_box(current) and next_kind(index) == "paragraph" \
                and find_role(block.text) is not None  # a box's rows / 记者 X / 近日，…
            if lead or pending or not has_body(current) or closed:
                if has_body(current) or closed or current is None or pending:
                    current = start_item(state, "article", file, "headline" if pending else
                                         "lead byline" if lead or current is None else "byline after a closed item")
                    if pending:
                        attach_stack(state, current, pending, "above")
                        pending = None
                current.blocks.append(block)
                closed = False
            else:
                current.blocks.append(block)
                # 标题 / the lead / 温州日报全媒体记者 杜宇 / 小标题 / …: a byline under the lead is no signature,
                # nor any under the editors' note (标题 / 【编者按】今年是… / 文/X 图/Y / …), which no writer signs;
                # but one a reply answers is its letter's (… / 白云区读者 X / 编辑回复：…), and one naming no
                # one (更正 / … / 本报编辑部) signs for the paper the text above it: a lead's byline names its reporter
                closed = answers_the_letter(next_owner(index), current) \
                    or not (current.headline_source == "above" and next_kind(index) in ("headline", *BODY)
                            and block.first_line > current.blocks[-2].last_line
                            and (vocabulary().byline_role.match(block.text) is not None
                                 and not DESK_SIGNATURE.match(block.text.strip())
                                 and [b.kind for b in under_the_headline(current.blocks)] == ["paragraph", "byline"]
                                 or is_editors_note(current.blocks[:-1])))
            continue
        if block.kind == "jump":  # the item goes on elsewhere: what follows is another item
            (current or start_item(state, "article", file, "jump line")).blocks.append(block)
            closed = True
            continue
        if block.kind == "continuation":
            current = start_item(state, "continuation", file, "continuation marker")
            closed = False
            if pending:
                attach_stack(state, current, pending, "above")
                pending = None
            current.blocks.append(block)
            continue
        # body text
        if credited_above is not None and block.kind == "paragraph":
            credited_above.blocks.append(replace(block, kind="caption"))  # the caption under its credit
            credited_above = None
            continue
        if last_photo is not None and state.items[-1] is last_photo and block.kind == "paragraph" \
                and printed_again(last_photo, block):
            last_photo.blocks.append(replace(block, kind="caption"))  # the caption printed again below its credit
            continue
        lead_apart = block.wide and has_body(current) and not any(b.wide for b in current.blocks if b.kind in BODY)
        # ●市民卡服务网点新增… under 一句话新闻: every bulleted item of a column is an item of its own
        next_in_column = state.bulleted_column and block.kind == "listitem" and block.text[:1] in LIST_BULLETS \
            and has_body(current) and pending is None
        # a titled item under the column's items (【农技小贴士】 / ●…) is a box of its own, no more of the column
        state.bulleted_column = state.bulleted_column and pending is None and (block.kind == "listitem" or closed)
        if closed and pending is None and answers_the_letter(block, current):
            # …（南明区 X） / 编辑回复：…: the reply answers the signed letter above, one item, and ends it
            current.blocks.append(block)
            continue
        # a box's rows / 编者按：…: the editors' note over the next story continues no text above it
        note_apart = has_body(current) and block.kind == "paragraph" and EDITORS_NOTE_OPENING.match(block.text)
        if pending or current is None or closed or lead_apart or next_in_column or note_apart:
            current = start_item(state, "article", file, "headline" if pending else "page start" if current is None
                                 else "wide lead" if lead_apart else "bulleted item of a column" if next_in_column
                                 else "editors' note" if note_apart else "text after a closed item")
            closed = False
            if pending:
                attach_stack(state, current, pending, "above")
                pending = None
        if not has_body(current) and current.headline_source != "none" and heads_a_lead(block) \
                and block.kind == "paragraph":
            current.blocks.append(heading_of([block]))  # 编者按： over the lead, a label, no text
            continue
        if not has_body(current) and current.headline_source != "none" \
                and is_deck(block, blocks[index] if index < len(blocks) else None):
            add_subtitle(state, current, [replace(block, kind="headline")])
            continue
        current.blocks.append(block)
    flush_pending()
    return state


# --- pass 2: displaced parts -------------------------------------------------------------

class PairIndex:
    """How rare each character pair is among the bodies of a page: a headline is matched to
    a body by the rare pairs they share, not by words every article of the page uses."""

    def __init__(self, items: list[Draft]):
        counts = Counter(p for item in items for p in pairs(body_text(item)))
        self.total = max(len(items), 1)
        self.weight = {p: math.log(1 + self.total / n) for p, n in counts.items()}

    def score_text(self, headline: str, text: str) -> float:
        wanted = pairs(headline)
        if not wanted:
            return 0.0
        return self.mass(wanted & pairs(text)) / self.mass(wanted)

    def mass(self, chosen: frozenset[str]) -> float:
        """The summed rarity of some pairs (a pair no body holds counts as the rarest). fsum is
        exact, so the sum does not depend on the order a set is walked in, which changes from
        process to process with string hashing."""
        unseen = math.log(1 + self.total)
        return math.fsum(self.weight.get(p, unseen) for p in chosen)

    def score(self, headline: str, item: Draft) -> float:
        return self.score_text(headline, body_text(item))


def item_line(item: Draft) -> int:
    """Where an item's own text begins (a headline attached from elsewhere does not count)."""
    return next((b.first_line for b in item.blocks if b.kind != "headline"), 0)


def near(items: list[Draft], line: int) -> list[Draft]:
    """The items printed within NEAR_ITEMS of a line. Items are kept in the order their text
    begins, so a binary search finds the place."""
    position = bisect.bisect_left(items, line, key=item_line)
    return items[max(0, position - NEAR_ITEMS):position + NEAR_ITEMS]


def body_text(item: Draft) -> str:
    return "".join(b.text for b in item.blocks if b.kind in BODY)


def needs_headline(item: Draft) -> bool:
    return item.kind != "photo" and item.headline_source == "none" and has_body(item)


def headline_blocks(item: Draft) -> list[Block]:
    return [b for b in item.blocks if b.kind == "headline"]


def detach(state: Segmentation, item: Draft, units: list[list[Block]]) -> None:
    """Give units of an item's headline back to the page as a displaced stack."""
    gone = {id(b) for unit in units for b in unit}
    item.blocks = [b for b in item.blocks if id(b) not in gone]
    remaining = headline_blocks(item)
    if remaining:
        headline_fields(item, remaining)
    else:
        item.kicker = item.title = item.subtitle = ""
        item.headline_source = "none"
    state.orphans.append(Stack([b for unit in units for b in unit]))


def reconcile_attached(state: Segmentation, index: PairIndex) -> None:
    """Units of a headline stack that share little with the body below them and much with
    another body on the page were displaced there. Over a picture, the body below is its caption,
    and only the untitled text printed right above may take them: its title printed after it."""
    for stack in list(state.attached):
        owner = stack.attached_to
        if owner is None:
            continue
        units = stack.units
        photo = owner.kind == "photo"
        caption = "".join(b.text for b in owner.blocks if b.kind == "caption")
        nearby = near(state.items, item_line(owner))
        others = [i for i in nearby if i is not owner and i.kind != "photo" and has_body(i)]
        if photo:  # a picture's title gives lines up only to the untitled text printed right above it
            above = max((i for i in nearby if i.lines[1] < stack.blocks[0].first_line),
                        key=lambda i: i.lines[1], default=None)
            others = [above] if above is not None and needs_headline(above) else []
            if others and len(units) > 1 and titles_above_the_photo_title(units, caption, others[0], index):
                owner.blocks = [b for b in owner.blocks if b not in units[0]]
                headline_fields(owner, headline_blocks(owner))
                stack.blocks = [b for b in stack.blocks if b not in units[0]]
                attach_stack(state, others[0], Stack(units[0]), "displaced")
                continue
        if owner.kind == "continuation" and owner.headline_source == "above" and len(units) == 1:
            continue  # a jump page prints the story's title again right over its （上接第一版）
        if not photo and len(units[0]) == 1 and is_box_label(units[0][0]) and has_body(owner) \
                and all(b.kind == "listitem" for b in owner.blocks if b.kind in BODY):
            continue  # ■相关链接 / its title / its rows: a box's title sums up the article it goes with
        stays = []
        above_text = untitled_text_right_above(state, owner, stack) if not photo else None
        # …浦城县籍医疗专家人才。 / 山城有名医 群众有“医”靠 / a caption sharing none of its words: over a
        # picture, a title sharing a trace of the words of the untitled story right above is that story's,
        # printed after it (not over a story closed by a credit, which may end a brief split off it later)
        story_over_picture = photo and bool(others) and untitled_story(others[0]) \
            and others[0].blocks[-1].kind == "paragraph" \
            and 0 < stack.blocks[0].first_line - others[0].blocks[-1].last_line <= MAX_TITLE_GAP
        # …恢复照明。 / （记者 郭博） / 小区路灯坏了多日没人修 / a caption sharing none of its words: one line
        # right under an untitled text closed by its writer's credit in brackets is that text's title printed
        # after it, shared words or none: the credit ends the text, and a picture's own title sums up its
        # caption (a bare name there signs the text; under a text ending on its sentence, a title sharing
        # nothing with either stays the picture's)
        signed_over_picture = photo and bool(others) and len(stack.blocks) == 1 and closed_by_a_writer(others[0]) \
            and not is_lone_name(GAPS.sub("", joined_title(units[0]))) \
            and 0 < stack.blocks[0].first_line - others[0].blocks[-1].last_line <= MAX_TITLE_GAP
        # …共享一体化发展。 / 协同创新开新局 八市齐力谱新篇 / / 乡镇开展消防演练 / its text: of two titles over
        # a text, the lower its own, the upper, sharing nothing with it and some words with the untitled
        # text right above, is that text's title printed after it
        # Over the page's first text, printed with no headline over it, a title printed after that
        # text is what the page leads one to expect: less evidence is asked of either title.
        leading = above_text is not None and opens_the_page(state, above_text) and untitled_story(above_text)
        # Under an untitled story of two paragraphs or more the stack's top line is where that story's
        # title printed after it stands: a trace of its words, more than the text below shares, is enough.
        story_above = above_text is not None and untitled_story(above_text)
        # Two titles over a text, right under an untitled story its writer signed at its foot: the text
        # above is finished and has no title, the upper of the two is its title printed after it (a
        # column's short name over the lower, `百姓心声`, is no title of the text above).
        signed_above = story_above and len(units) == 2 and signed_at_the_foot(above_text) \
            and len(GAPS.sub("", joined_title(units[0]))) > MAX_COLUMN_LABEL_CHARS
        # so is a column's piece titled so far by the column's name alone: the upper goes up and that
        # name, once the upper has titled the piece, goes to the page furniture
        signed_above = signed_above or not photo and len(units) == 2 and column_piece_right_above(state, owner, stack) \
            and len(GAPS.sub("", joined_title(units[0]))) > MAX_COLUMN_LABEL_CHARS
        lower = "".join(joined_title(unit) for unit in units[1:])
        two_titles = above_text is not None and (len(units) == 2 or leading and len(units) > 2) \
            and index.score(lower, owner) >= (MIN_LEAD_MATCH if leading else MIN_MATCH)
        owns = [index.score_text(joined_title(unit), caption) if photo else index.score(joined_title(unit), owner)
                for unit in units]
        for n, unit in enumerate(units):
            text = joined_title(unit)
            if len(unit) == 1 and (is_box_label(unit[0]) or is_lead_label(unit[0]) or labels_rows(unit[0], owner)) \
                    or len(pairs(text)) < MIN_EVIDENCE_PAIRS:  # ■数据: a label, and one pair proves nothing
                stays.append(True)
                continue
            own = owns[n]
            other = max((index.score(text, i) for i in others), default=0.0)
            mine_above = index.score(text, above_text) if above_text is not None else 0.0
            stays.append(not (own < MAX_OWN_WHEN_DISPLACED and other >= MIN_MATCH
                              or own < mine_above and mine_above >= MIN_MATCH
                              or two_titles and n == 0 and own < MAX_OWN_WHEN_DISPLACED
                              and (mine_above >= MIN_LEAD_MATCH or leading and mine_above > own)
                              or story_above and n == 0 and own < MAX_OWN_WHEN_DISPLACED
                              and own < mine_above and mine_above >= MIN_SECOND_TITLE_MATCH
                              or signed_above and n == 0 and own < MAX_OWN_WHEN_DISPLACED
                              or story_over_picture and n == 0 and own < MAX_OWN_WHEN_DISPLACED
                              and other >= MIN_LEAD_MATCH
                              or signed_over_picture and own <= SHARES_NO_WORD))
        # The headline sits right above its body: everything above a displaced unit is displaced too,
        # and what goes on a displaced title under it (its dash subtitle, a couplet's other half, the
        # rest of a title broken inside a word) goes with it unless it shares words with the body below.
        last_moved = max((n for n, stay in enumerate(stays) if not stay), default=-1)
        while 0 <= last_moved < len(units) - 1 and continues_a_title(units[last_moved], units[last_moved + 1]) \
                and owns[last_moved + 1] < MAX_OWN_WHEN_DISPLACED:
            last_moved += 1
        stays = [n > last_moved for n in range(len(units))]
        moved = [unit for unit, stay in zip(units, stays) if not stay]
        if moved:
            detach(state, owner, moved)
            if not any(stays):
                state.attached.remove(stack)


def continues_a_title(upper: list[Block], lower: list[Block]) -> bool:
    """Does the lower unit go on the headline above it: a dash subtitle, the other half of a couplet
    (`协同创新开新局` / `八市齐力谱新篇`), or the rest of a title broken inside a word (`双城经济圈建设结` /
    `出哪些硕果？`)?"""
    above, line = joined_title(upper), joined_title(lower)
    return line.startswith(SUBTITLE_DASHES) or is_couplet(above, line) or wraps_a_word(above, line)


def untitled_neighbours(state: Segmentation, owner: Draft) -> list[Draft]:
    """The items printed right before and right after `owner` that have no title of their own (a
    text, or a picture's caption)."""
    position = state.items.index(owner)
    around = state.items[max(0, position - 1):position] + state.items[position + 1:position + 2]
    return [item for item in around if not headline_blocks(item)
            and (needs_headline(item) or item.kind == "photo" and own_text(item))]


def own_text(item: Draft) -> str:
    """What a headline is judged against: a picture's caption, any other item's text."""
    return "".join(b.text for b in item.blocks if b.kind == "caption") if item.kind == "photo" else body_text(item)


def shares_out_two_titles(state: Segmentation, index: PairIndex) -> None:
    """Two one-line headlines in a row over a text, read across from two columns (`双语图书进校园` /
    `民俗文化节开幕` / its text / `本报讯…`): when each shares words with one text alone, the text
    under them and an untitled text printed right before or after it, each titles its own. On a
    page with a blank line after every line the two stand a blank line apart; a brief split off
    a story keeps its headline lines with no stack of its own."""
    step = page_spacing(state)
    stacked = {id(stack.attached_to) for stack in state.attached}
    heads: list[tuple[Draft, Stack | None]] = [(stack.attached_to, stack) for stack in state.attached
                                               if stack.attached_to is not None]
    heads += [(item, None) for item in state.items if id(item) not in stacked]
    for owner, stack in heads:
        held = {id(b) for b in owner.blocks}
        # less a unit given back as another's title
        lines = [b for b in stack.blocks if id(b) in held] if stack else headline_blocks(owner)
        if not two_headlines_in_a_row(lines, step) or stack is None and owner.blocks[:2] != lines:
            continue
        for other in untitled_neighbours(state, owner):
            if owner.kind == other.kind == "photo":
                continue
            texts = (own_text(owner), own_text(other))
            pictured = (captioned_under(owner, lines, step), captioned_under(other, lines, step))
            split = next((pair for pair in (lines, lines[::-1])
                          if all(titles_its_own(index, line, texts[n], texts[1 - n], n == 1,
                                                pictured[n], pictured[1 - n])
                                 for n, line in enumerate(pair))), None)
            if split is None or wraps_a_word(split[1].text, texts[1][:BRIDGE_CHARS]):
                continue  # …培训班暨国 / 家碳达峰…: a line of that text read as a headline, no title
            owner.blocks = [b for b in owner.blocks if b is not split[1]]
            if stack is not None:
                stack.blocks = [split[0]]
            headline_fields(owner, headline_blocks(owner))
            attach_stack(state, other, Stack([split[1]]), "displaced")
            break


def titles_its_own(index: PairIndex, line: Block, own: str, rival: str, second: bool,
                   own_picture: bool, rival_picture: bool) -> bool:
    """Whether a line of two headlines in a row titles `own` rather than `rival`: it shares the other
    text's words too little to be its title, and `own`'s enough (the second text's, read across,
    only a trace). A picture's title of words only need share nothing with its caption (`智造车间` over
    `智能工厂里，机械臂在装配零件。`): the headline the text beside it does not claim is the picture's, once
    the other headline is that text's for certain; a kicker (`4年9次“串门”`, figures and quotes) is not.
    `own_picture`, `rival_picture`: whether that text is a picture whose caption stands right under the two."""
    if own_picture:
        needed = 0.0 if PICTURE_TITLE.match(line.text) else MIN_SECOND_TITLE_MATCH
    else:
        needed = MIN_MATCH if rival_picture or not second else MIN_SECOND_TITLE_MATCH
    return index.score_text(line.text, own) >= needed and index.score_text(line.text, rival) < MAX_OWN_WHEN_DISPLACED


def captioned_under(item: Draft, lines: list[Block], step: int) -> bool:
    """Is `item` a picture whose caption stands right under the headlines `lines`?"""
    caption = next((b for b in item.blocks if b.kind == "caption"), None)
    return item.kind == "photo" and caption is not None and caption.first_line == lines[-1].last_line + step


def two_headlines_in_a_row(lines: list[Block], step: int) -> bool:
    """Two one-line headlines `step` lines apart, each with words enough to be matched, no word
    running across them (one title wrapped)."""
    return len(lines) == 2 \
        and all(b.first_line == b.last_line and len(pairs(b.text)) >= MIN_EVIDENCE_PAIRS for b in lines) \
        and lines[1].first_line == lines[0].last_line + step and not wraps_a_word(lines[0].text, lines[1].text)


def untitled_text_right_above(state: Segmentation, owner: Draft, stack: Stack) -> Draft | None:
    """The untitled text that ends right over a stack heading `owner` (a blank line between, or two
    on a page set with a blank line after every line): a title printed after its text stands where
    the next story's would, and says more of the text it closes than of the one under it."""
    position = state.items.index(owner)
    above = state.items[position - 1] if position else None
    if above is None or not needs_headline(above) or above.kind == "continuation":
        return None
    gap = stack.blocks[0].first_line - above.blocks[-1].last_line
    return above if 0 < gap <= 3 else None


def signed_at_the_foot(item: Draft) -> bool:
    """Does a signature close the item's text (a byline or credit its last block: `（作者系…）`, a bare
    name, `□本报评论员`)?"""
    return bool(item.blocks) and item.blocks[-1].kind in ("byline", "credit")


def opens_the_page(state: Segmentation, item: Draft) -> bool:
    """Is `item` the page's first text (only pictures printed before it)?"""
    return all(other.kind == "photo" for other in state.items[:state.items.index(item)])


def titles_above_the_photo_title(units: list[list[Block]], caption: str, above: Draft, index: PairIndex) -> bool:
    """Two headlines over a caption, the lower its own: the upper, sharing nothing with the caption
    and some words with the untitled text right above, is that text's title printed after it (the
    evidence a stray headline needs elsewhere on the page is not asked of one so placed)."""
    first, last = joined_title(units[0]), joined_title(units[-1])
    return len(units) == 2 and index.score_text(last, caption) >= MIN_MATCH \
        and index.score_text(first, caption) < MAX_OWN_WHEN_DISPLACED and index.score(first, above) >= MIN_LEAD_MATCH


ROW_MARK = re.compile(r"^(?:[①-⑳]|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、)")


def labels_rows(block: Block, owner: Draft) -> bool:
    """A short label over rows (【划重点】 / ◆…, ▲记者提醒 / ①…) names its box: it shares no words with
    the rows, yet it is theirs, not a headline displaced from another text."""
    body = [b for b in owner.blocks if b.kind in BODY]
    return is_row_label(block) and len(body) >= MIN_TABLE_ROWS and all(
        b.kind == "listitem" or b.text[:1] in LIST_BULLETS + HEADLINE_BULLETS or ROW_MARK.match(b.text) for b in body)


def redistribute_stacked_headlines(state: Segmentation, index: PairIndex) -> None:
    """Headlines stacked above several continuation bodies (a jump page): each body gets the
    headline that describes it best, in any order."""
    for stack in list(state.attached):
        owner = stack.attached_to
        if owner is None or owner.kind != "continuation":
            continue
        units = [u for u in stack.units if all(b in owner.blocks for b in u)]
        if not 2 <= len(units) <= MAX_SHARED_UNITS:
            continue
        position = state.items.index(owner)
        followers = []
        for item in state.items[position + 1:]:
            if item.kind == "photo":
                continue
            if needs_headline(item) and item.kind == "continuation":
                followers.append(item)
                continue
            break
        if not followers:
            continue
        targets = [owner, *followers][: len(units)]
        best = max(
            assignments(len(units), len(targets)),
            key=lambda choice: sum(index.score(joined_title(units[u]), targets[t]) for u, t in enumerate(choice)),
        )
        owner.blocks = [b for b in owner.blocks if not any(b in u for u in units)]
        for target_index, item in enumerate(targets):
            chosen = [b for u, t in enumerate(best) if t == target_index for b in units[u]]
            attach_stack(state, item, Stack(chosen), "above" if item is owner else "displaced")
        state.attached.remove(stack)


def assignments(units: int, targets: int) -> list[tuple[int, ...]]:
    """Every way to give each unit one target so that every target gets at least one unit."""
    return [a for a in itertools.product(range(targets), repeat=units) if len(set(a)) == targets]


def match_units(units: list[list[Block]], candidates: list[Draft], index: PairIndex) -> list[Draft | None]:
    matches: list[Draft | None] = []
    for unit in units:
        text = joined_title(unit)
        scored = sorted(((index.score(text, item), n) for n, item in enumerate(candidates)), reverse=True)
        matches.append(candidates[scored[0][1]] if scored and scored[0][0] >= MIN_MATCH else None)
    # A short unmatched line right above a matched one is its kicker, and any line right above a
    # matched subtitle its title (a subtitle never stands alone); a dash line below, its subtitle.
    for n in range(len(units) - 2, -1, -1):
        if matches[n] is None and matches[n + 1] is not None and (
                len(joined_title(units[n])) <= KICKER_MAX_CHARS or is_subtitle_of(joined_title(units[n + 1]),
                                                                                   joined_title(units[n]))):
            matches[n] = matches[n + 1]
    for n in range(1, len(units)):
        if matches[n] is None and matches[n - 1] is not None and (
                joined_title(units[n]).startswith(SUBTITLE_DASHES) or ends_a_broken_title(units[n - 1], units[n])):
            matches[n] = matches[n - 1]
    for n in range(len(units) - 2, -1, -1):
        if matches[n] is None and matches[n + 1] is not None \
                and is_couplet(joined_title(units[n]), joined_title(units[n + 1])):
            matches[n] = matches[n + 1]
    return matches


def ends_a_broken_title(above: list[Block], unit: list[Block]) -> bool:
    """A short line the pairs missed right under a matched title is the rest of it, broken over two lines
    (`双城经济圈建设结` / `出哪些硕果？`), or the other half of a couplet (`协同创新开新局` / `八市齐力谱新篇`)."""
    line = joined_title(unit)
    return len(line) <= KICKER_MAX_CHARS and not PICTURE_CREDIT.search(line) or is_couplet(joined_title(above), line)


CLAUSE_MARK = re.compile(r"[，,；;]")


def is_subtitle_of(line: str, above: str) -> bool:
    """A dash line, or a deck (a clause, longer than the title set larger above it), is a subtitle."""
    return line.startswith(SUBTITLE_DASHES) or len(line) > len(above) and CLAUSE_MARK.search(line) is not None


def attach_displaced_headlines(state: Segmentation, index: PairIndex, next_line: dict[int, int]) -> list[list[Block]]:
    """Orphan headline units go to the headline-less bodies they describe; returns the rest."""
    unmatched: list[list[Block]] = []
    for stack in state.orphans:
        units = stack.units
        set_apart_the_briefs_label(state, units, next_line)
        nearby = near(state.items, stack.blocks[0].first_line)
        matches = match_units(units, [i for i in nearby if needs_headline(i)], index)
        for item in dict.fromkeys(m for m in matches if m is not None):
            chosen = [b for unit, m in zip(units, matches) if m is item for b in unit]
            attach_stack(state, item, Stack(chosen), "displaced")
        unmatched += [unit for unit, m in zip(units, matches) if m is None]
    state.orphans = []
    return unmatched


def claim_tail(state: Segmentation, unit_group: list[list[Block]], index: PairIndex) -> bool:
    """A displaced headline whose body ran on into another item's text claims the paragraphs
    it describes: the item is split where the headline's pairs start to match."""
    text = "".join(joined_title(u) for u in unit_group)
    if len(text) < MIN_CLAIM_CHARS:
        return False
    best: tuple[float, Draft, int] | None = None
    for item in near(state.items, unit_group[0][0].first_line):
        starts = [n for n, b in enumerate(item.blocks) if b.kind == "paragraph"]
        scored = []
        for cut in starts[1:]:
            head = "".join(b.text for b in item.blocks[:cut] if b.kind in BODY)
            tail = "".join(b.text for b in item.blocks[cut:] if b.kind in BODY)
            scored.append((cut, index.score_text(text, tail), index.score_text(text, head)))
        if not scored:
            continue
        # The shortest tail that still holds (nearly) all the evidence the headline finds.
        strongest = max(tail for _, tail, _ in scored)
        cut, tail_score, head_score = [c for c in scored if c[1] >= strongest - CLAIM_TOLERANCE][-1]
        gain = tail_score - head_score
        if tail_score >= MIN_MATCH and gain >= MIN_CLAIM_GAIN and (best is None or gain > best[0]):
            best = (gain, item, cut)
    if best is None:
        return False
    _, item, cut = best
    cut = signed_opening(item.blocks, cut, text, index)
    tail_item = Draft(kind="article", file=item.file, blocks=item.blocks[cut:], opened_by="displaced headline")
    item.blocks = item.blocks[:cut]
    state.items.insert(state.items.index(item) + 1, tail_item)
    attach_stack(state, tail_item, Stack([b for u in unit_group for b in u]), "displaced")
    place_headline_first(tail_item)
    tail_item.warnings.append("split from the text above by its displaced headline")
    return True


def signed_opening(blocks: list[Block], cut: int, headline: str, index: PairIndex) -> int:
    """Where a displaced headline's text opens, given the paragraph its evidence starts at: the byline
    set apart over the paragraphs running down to that cut, under text of the item's own, when those
    paragraphs share more of the headline's words than that text does (`…多支救护队参赛。` / `记者 X 通讯员 Y`
    / `新年伊始，…` / …, the headline printed under its text): a story opens at its byline."""
    start = cut
    while start > 0 and blocks[start - 1].kind in BODY:
        start -= 1
    byline = start - 1
    if byline <= 0 or blocks[byline].kind != "byline" or not any(b.kind in BODY for b in blocks[:byline]):
        return cut
    between = "".join(b.text for b in blocks[start:cut] if b.kind in BODY)
    above = "".join(b.text for b in blocks[:byline] if b.kind in BODY)
    return byline if index.score_text(headline, between) > index.score_text(headline, above) else cut


def settle_unmatched(state: Segmentation, units: list[list[Block]], index: PairIndex, teaser_lines: set[int],
                     next_line: dict[int, int]) -> None:
    """Headline lines with no body: a teaser for another page, a displaced headline whose body
    ran on into another item, or the label of a picture."""
    groups: list[list[list[Block]]] = []
    for unit in sorted(units, key=lambda u: u[0].first_line):
        if groups and next_line.get(groups[-1][-1][-1].last_line) == unit[0].first_line:
            groups[-1].append(unit)
        else:
            groups.append([unit])
    for group in groups:
        above = untitled_text_above(state, group[0][0], next_line)
        text = "".join(joined_title(u) for u in group)
        if next_line.get(group[-1][-1].last_line) in teaser_lines:
            state.furniture.extend(Block("furniture", b.text, b.spans) for u in group for b in u)
        elif above is not None and (index.score(text, above) >= MIN_LEAD_MATCH or titled_after_text(state, above)
                                    and index.score(text, above) > 0 or untitled_story(above)):
            set_apart_the_briefs_label(state, group, next_line)
            attach_stack(state, above, Stack([b for u in group for b in u]), "displaced")
        elif len(group) == 1 and not SENTENCE_INSIDE.search(text) \
                and (column := labelled_text_above(state, group[0][0], next_line)) is not None:
            retitle_under_column_label(state, column, Stack(group[0]))
        elif (rows := text_ending_on(state, group[0][0], next_line)) is not None and not SENTENCE_INSIDE.search(text):
            rows.blocks.extend(row_of(u) for u in group)
        elif not SENTENCE_INSIDE.search(text) \
                and (below := untitled_text_below(state, group[-1][-1], next_line)) is not None:
            attach_stack(state, below, Stack([b for u in group for b in u]), "displaced")
        elif not claim_tail(state, group, index):
            if all(len(unit) == 1 and not vocabulary().artist_credit.match(joined_title(unit)) for unit in group) \
                    and not PICTURE_CREDIT.search(text) \
                    and (under := text_printed_over(state, group[0][0], next_line)) is not None:
                # a headline that found no body, printed right under an item's text: it goes with that
                # text (its title printed after it, or a line of it), not a picture no credit shows
                under.blocks.append(heading_of([b for u in group for b in u]))
                continue
            if box_of_unmatched_rows(state, group) or rows_under_a_bare_label(state, group, next_line):
                continue
            for unit in group:
                spans = tuple(s for b in unit for s in b.spans)
                if vocabulary().artist_credit.match(joined_title(unit)) \
                        and (above := photo_ending_on(state, unit[0], next_line)) is not None:
                    above.blocks.append(Block("credit", joined_title(unit), spans))  # 古镇人家（木刻版画） / 吴琳 作
                    continue
                if len(group) == 1 and (photo := untitled_photo_past_titles(state, unit[-1], next_line)) is not None:
                    attach_stack(state, photo, Stack(unit), "above")
                    continue
                photo = start_item(state, "photo", state.file, "unmatched headline")
                photo.blocks = [Block("caption", joined_title(unit), spans)]


def set_apart_the_briefs_label(state: Segmentation, units: list[list[Block]], next_line: dict[int, int]) -> None:
    """A displaced title stack's last unit, when it labels the briefs column under it, goes to the furniture."""
    if len(units) > 1 and labels_the_briefs_below(state, units[-1], next_line):
        state.furniture.extend(Block("furniture", b.text, b.spans) for b in units.pop())


def labels_the_briefs_below(state: Segmentation, unit: list[Block], next_line: dict[int, int]) -> bool:
    """A short line of one phrase, no mark, under a title printed after its text and right over a
    bulleted brief's title (`山城有名医 群众有“医”靠` / `街坊新闻` / `●社区开设暑期托管班`): the label of the
    briefs column starting there, not a line of the title above it."""
    if len(unit) != 1 or not is_row_label(unit[0]) \
            or len(GAPS.sub("", strip_bullet(unit[0].text))) > MAX_COLUMN_LABEL_CHARS:
        return False
    start = next_line.get(unit[0].last_line, 0)
    return any(item.blocks and item.blocks[0].first_line == start and item.blocks[0].kind == "headline"
               and item.blocks[0].text[:1] in HEADLINE_BULLETS for item in near(state.items, start))


def furniture_beside_furniture(state: Segmentation, next_line: dict[int, int]) -> None:
    """A headline line no text claimed, kept so far as a picture's label with no caption, printed
    right under or over page furniture (`余姚发布客户端` under the foot's hotline, `中国经济` between the
    editors' line and the page number, `广而告之` over an advert's hotline): a line of that furniture."""
    starts = {b.first_line for b in state.furniture}
    after = {next_line.get(b.last_line, 0) for b in state.furniture} - {0}
    for photo in [i for i in state.items if i.opened_by == "unmatched headline" and len(i.blocks) == 1]:
        line = photo.blocks[0]
        if line.first_line in after or next_line.get(line.last_line, 0) in starts:
            state.items.remove(photo)
            state.furniture.append(Block("furniture", line.text, line.spans))


def untitled_photo_past_titles(state: Segmentation, headline: Block, next_line: dict[int, int]) -> Draft | None:
    """The untitled picture whose caption opens under a headline that found no body, past the
    title of a text read across between them (`杭州塘栖:农文旅助力乡村游` / `社区开设暑期托管班` /
    `5月17日,…`): its title, printed over it."""
    ends = {b.first_line: b.last_line for item in near(state.items, headline.first_line)
            for b in item.blocks if b.kind == "headline"}
    line = next_line.get(headline.last_line, 0)
    if line not in ends:
        return None  # right over its caption, a headline is settled by the rules above
    while line in ends:
        line = next_line.get(ends[line], 0)
    return next((item for item in near(state.items, headline.first_line) if item.kind == "photo"
                 and item_line(item) == line and not headline_blocks(item)), None)


def row_of(unit: list[Block]) -> Block:
    """Lines that found no body, taken as one row of a box (a row wrapped over lines joins as a title does)."""
    return Block("listitem", joined_title(unit), tuple(span for block in unit for span in block.spans))


def box_of_unmatched_rows(state: Segmentation, group: list[list[Block]]) -> bool:
    """A box label over a title and numbered rows that found no body (`温馨提示` / `假期出行提示` /
    `①出行前…` / `②…` / `③…`) is a box of its own, not a photo a line."""
    first_row = next((n for n, unit in enumerate(group) if ROW_MARK.match(joined_title(unit))), len(group))
    rows = group[first_row:]
    if not is_box_label(group[0][0]) or len(rows) < MIN_TABLE_ROWS \
            or not all(ROW_MARK.match(joined_title(unit)) for unit in rows):
        return False
    box = start_item(state, "article", state.file, "box label over rows")
    attach_stack(state, box, Stack([b for unit in group[:first_row] for b in unit]), "above")
    box.blocks.extend(row_of(u) for u in rows)
    return True


def rows_under_a_bare_label(state: Segmentation, group: list[list[Block]], next_line: dict[int, int]) -> bool:
    """Three or more lines in a row that found no body, right under a label that heads no text
    (`■申城天气` / `今天 晴 26℃～34℃ 北风2` / `级` / `明天 多云 23℃～31℃ 西` / `风4级`, `■今日导读` / its
    pointers): the label's rows, one box, not a picture a line, which no credit shows."""
    if len(group) < MIN_TABLE_ROWS:
        return False
    label = next((item for item in near(state.items, group[0][0].first_line) if item.kind != "photo"
                  and item.blocks and not has_body(item)
                  and next_line.get(item.blocks[-1].last_line) == group[0][0].first_line), None)
    if label is None:
        return False
    if [b.kind for b in label.blocks] == ["byline"]:  # ■申城天气 read as a byline names no one: the box's title
        attach_stack(state, label, Stack([replace(label.blocks.pop(), kind="headline")]), "above")
    label.blocks.extend(row_of(u) for u in group)
    return True


def label_boxes(state: Segmentation, next_line: dict[int, int]) -> None:
    """A briefs column's label (`行情速览`, `新书速递`, `■活动速递`) right over a box of rows, not over
    briefs, is the box's label: its kicker over the box's own title, or its title."""
    for label in [b for b in state.furniture if BRIEFS_LABEL.search(b.text)]:
        start = next_line.get(label.last_line)
        box = next((i for i in near(state.items, start or 0) if i.blocks and i.blocks[0].first_line == start), None)
        if box is None or box.kind == "photo" or box.kicker or not ends_a_box(box):
            continue
        state.furniture.remove(label)
        if box.title:
            box.blocks.insert(0, Block("headline", label.text, label.spans))
            box.kicker = strip_bullet(label.text)
        else:
            attach_stack(state, box, Stack([Block("headline", label.text, label.spans)]), "above")


def photo_ending_on(state: Segmentation, headline: Block, next_line: dict[int, int]) -> Draft | None:
    """The picture whose caption ends on the line right before a headline line that found no body."""
    for item in near(state.items, headline.first_line):
        if item.kind == "photo" and item.blocks and item.blocks[-1].kind == "caption" \
                and next_line.get(item.blocks[-1].last_line) == headline.first_line:
            return item
    return None


def text_ending_on(state: Segmentation, headline: Block, next_line: dict[int, int]) -> Draft | None:
    """The item whose text stops unfinished on the line right before short lines that found no body:
    the rows of a box go on (`7月16日 9:00—1` / `5:00 天荒坪镇竹乡路`), where a finished sentence above
    leaves them a title or a signature of their own."""
    for item in near(state.items, headline.first_line):
        if item.kind != "photo" and item.blocks and item.blocks[-1].kind in BODY \
                and not ends_sentence(item.blocks[-1].text) \
                and next_line.get(item.blocks[-1].last_line) == headline.first_line:
            return item
    return None


def text_printed_over(state: Segmentation, headline: Block, next_line: dict[int, int]) -> Draft | None:
    """The item (not a photo) whose text ends on the line right before a headline line."""
    for item in near(state.items, headline.first_line):
        if item.kind != "photo" and item.blocks and item.blocks[-1].kind in BODY \
                and next_line.get(item.blocks[-1].last_line) == headline.first_line:
            return item
    return None


def titled_after_text(state: Segmentation, item: Draft) -> bool:
    """Is another story of the page titled after its text? A page that prints its titles under their
    texts does so for every story, so a headline under an untitled text sharing a word is its title."""
    for other in state.items:
        if other is not item and other.headline_source == "displaced":
            head = next((b.first_line for b in other.blocks if b.kind == "headline"), 0)
            if head > next((b.first_line for b in other.blocks if b.kind in BODY), head):
                return True
    return False


MAX_COLUMN_LABEL_CHARS = 6  # 论坛, 街坊心声, 杏林漫笔: a column's name, not a title


def labelled_text_above(state: Segmentation, headline: Block, next_line: dict[int, int]) -> Draft | None:
    """The item whose text ends on the line right before a headline that found no body, titled so
    far by one short line alone and signed by a bare name (`论坛` / `文：X` / … / `年轻人置业需要更多支援`):
    a column's piece whose title was printed after its text, the line over it the column's label."""
    for item in near(state.items, headline.first_line):
        if item.kind == "photo" or item.headline_source != "above" or not has_body(item) \
                or next_line.get(item.blocks[-1].last_line) != headline.first_line:
            continue
        if titled_by_column_label(item) \
                and any(b.kind == "byline" and is_lone_name(GAPS.sub("", WRITER_SIGN.sub("", strip_bullet(b.text))))
                        for b in item.blocks):
            return item
    return None


def titled_by_column_label(item: Draft) -> bool:
    """Is the item headed by one short line alone, a column's name (`论坛`, `劳 动 者 说`), over its text?"""
    stack = headline_blocks(item)
    label = GAPS.sub("", strip_bullet(stack[0].text)) if len(stack) == 1 else ""
    return item.blocks[0] is stack[0] and 2 <= len(label) <= MAX_COLUMN_LABEL_CHARS \
        and not ANY_CLAUSE_MARK.search(label)


def column_piece_right_above(state: Segmentation, owner: Draft, stack: Stack) -> bool:
    """Does a column's piece end right over a stack heading `owner`: titled so far by the column's
    name alone and signed at its foot (`论坛` / `文：X` / … / `（作者是退休公务员）`), its title printed after it?"""
    position = state.items.index(owner)
    above = state.items[position - 1] if position else None
    if above is None or above.kind == "photo" or above.headline_source != "above" or not has_body(above):
        return False
    gap = stack.blocks[0].first_line - above.blocks[-1].last_line
    return 0 < gap <= 3 and titled_by_column_label(above) and signed_at_the_foot(above)


def retitle_under_column_label(state: Segmentation, item: Draft, title: Stack) -> None:
    """The column's label goes to the page furniture; the headline printed after the text titles it."""
    label = item.blocks.pop(0)
    state.furniture.append(Block("furniture", label.text, label.spans))
    item.kicker = item.title = item.subtitle = ""
    attach_stack(state, item, title, "displaced")


def untitled_text_above(state: Segmentation, headline: Block, next_line: dict[int, int]) -> Draft | None:
    """The untitled item whose text ends on the line right before a headline that found no body:
    a title printed after its text, which shares some of its words if not the many a headline
    printed elsewhere needs."""
    for item in near(state.items, headline.first_line):
        if needs_headline(item) and next_line.get(item.blocks[-1].last_line) == headline.first_line:
            return item
    return None


def untitled_text_below(state: Segmentation, headline: Block, next_line: dict[int, int]) -> Draft | None:
    """The untitled item whose text opens on the line right after a headline that found no body:
    its title, printed over it, though it shares none of its words."""
    for item in near(state.items, headline.first_line):
        if needs_headline(item) and item_line(item) == next_line.get(headline.last_line):
            return item
    return None


def give_lone_bylines(state: Segmentation, next_line: dict[int, int]) -> None:
    """A byline left an item of its own, no text under it (two briefs read across: `县区开展消防演练` /
    `本报讯（记者 X）` / `社区开设长者食堂` / `近日，…`), signs the item whose headline stands right over it,
    or else the one whose text opens right under it: no item is a byline alone."""
    for lone in [i for i in state.items if i.blocks and all(b.kind == "byline" for b in i.blocks)]:
        first, last = lone.blocks[0], lone.blocks[-1]
        nearby = [i for i in near(state.items, first.first_line) if i is not lone and has_body(i)
                  and not any(b.kind == "byline" for b in i.blocks)]
        titled = next((i for i in nearby if any(b.kind == "headline" and next_line.get(b.last_line) == first.first_line
                                                 for b in i.blocks)), None)
        owner = titled or next((i for i in nearby if item_line(i) == next_line.get(last.last_line)), None)
        if owner is None:
            continue
        heads = next((n for n, b in enumerate(owner.blocks) if b.kind != "headline"), len(owner.blocks))
        owner.blocks[heads:heads] = lone.blocks  # under its title, over its text
        state.items.remove(lone)


def untitled_story(item: Draft) -> bool:
    """Is the untitled item a story of paragraphs, not a lone sentence that may be a caption? A headline
    that found no body, printed right under such a text, is its title printed after it, shared words or none."""
    return sum(b.kind == "paragraph" for b in item.blocks) >= MIN_STORY_PARAGRAPHS


def place_headline_first(item: Draft) -> None:
    headline = headline_blocks(item)
    item.blocks = headline + [b for b in item.blocks if b.kind != "headline"]


def is_wide(item: Draft) -> bool:
    body = [b for b in item.blocks if b.kind in BODY]
    return bool(body) and all(b.wide for b in body)


def merge_wide_leads(state: Segmentation, index: PairIndex) -> None:
    """A lead paragraph printed apart (wider lines) joins the article it introduces.

    When the lead carries the headline, that headline names the whole feature, and the stack
    that opened the article's first column becomes the heading of its first section.
    """
    for lead in [i for i in state.items if i.kind != "photo" and is_wide(i)]:
        others = [i for i in near(state.items, item_line(lead))
                  if i is not lead and i.kind == "article" and has_body(i) and not is_wide(i)]
        if not others:
            continue
        text = body_text(lead) + lead.title
        target = max(others, key=lambda i: index.score(text, i))
        if index.score(text, target) < MIN_LEAD_MATCH:
            continue
        lead_headline = headline_blocks(lead)
        lead_body = [b for b in lead.blocks if b.kind != "headline"]
        own = headline_blocks(target)
        rest = [b for b in target.blocks if b.kind != "headline"]
        if lead_headline:
            if own:
                rest.insert(0, heading_of(own))
            target.blocks = lead_headline + lead_body + rest
            target.headline_source = "displaced"
            headline_fields(target, lead_headline)
        else:
            target.blocks = own + lead_body + rest
        lines = f"{lead_body[0].first_line}–{lead_body[-1].last_line}"
        target.warnings.append(f"lead paragraph (lines {lines}) printed apart, joined")
        state.items.remove(lead)


def bullet_of(item: Draft) -> str:
    """The bullet opening an item's headline (■制造业量质齐升), or ""."""
    headline = headline_blocks(item)
    first = headline[0].text[:1] if headline else ""
    return first if first and first in HEADLINE_BULLETS else ""


def opens_a_box(item: Draft) -> bool:
    """■数读, ■相关链接: a box beside the article, never one of its sections."""
    headline = headline_blocks(item)
    return bool(headline) and is_box_label(headline[0])


def merge_bulleted_sections(state: Segmentation) -> None:
    """Two or more items under the same bullet that each run long (one of three or more may not) and
    carry no byline, credit or list of their own, right after an article that no byline closed and no
    such bullet opened, are that article's sections (■制造业量质齐升 / ■新兴产业抢赛道): a briefs
    column's items are short, or signed."""
    items = state.items
    n = 1
    while n < len(items):
        bullet = bullet_of(items[n])
        end = n
        while end < len(items) and bullet and bullet_of(items[end]) == bullet and not opens_a_box(items[end]):
            end += 1
        run, owner = items[n:end], items[n - 1]
        if len(run) >= 2 and owner.kind == "article" and bullet_of(owner) != bullet \
                and owner.blocks and owner.blocks[-1].kind in BODY \
                and owner.headline_source != "none" \
                and short_sections(run) <= (1 if len(run) >= 3 else 0) \
                and not any(b.kind in SIGNED_OR_LISTED
                            for i in run for b in i.blocks[:len(i.blocks) - signs_all(i, run, owner)]):
            for item in run:
                head = headline_blocks(item)
                owner.blocks.append(heading_of(head))
                owner.blocks += [b for b in item.blocks if b.kind != "headline"]
                state.attached = [s for s in state.attached if s.attached_to is not item]
            del items[n:end]
        n += 1


def short_sections(run: list[Draft]) -> int:
    """How many of a run of bulleted items, its last aside (an article's last section may end it
    short), run shorter than a section does: among three or more sections one may be short
    (■以创新为重要抓手… / 三行 / ■因地制宜…), a briefs column's items are all short."""
    return sum(len(body_text(i)) < MIN_SECTION_CHARS for i in run[:-1])


def signs_all(item: Draft, run: list[Draft], owner: Draft) -> int:
    """1 when `item`, the last section of `run`, ends with the byline of an article signed nowhere
    else (■制造业量质齐升 / … / ■内外开放增动力 / … / 记者 X Y): a signature after the last section signs
    every section from the top, as one at an unsectioned article's end does; else 0."""
    return int(item is run[-1] and len(item.blocks) > 1 and item.blocks[-1].kind == "byline"
               and item.blocks[-2].kind in BODY and not any(b.kind == "byline" for b in owner.blocks))


def cohesion(index: PairIndex, first: str, second: str) -> float:
    """How much two texts share, by the rare character pairs of the page (cosine-like, in [0, 1])."""
    one, two = pairs(first), pairs(second)
    size = math.sqrt(index.mass(one) * index.mass(two))
    return index.mass(one & two) / size if size else 0.0


def cut_cohesion(index: PairIndex, item: Draft, cut: int) -> float:
    """How much the text before block `cut` shares with the text after it, compared in windows of
    one size either side (so that a short piece does not look unrelated); inf if either is short."""
    head = "".join(b.text for b in item.blocks[:cut] if b.kind in BODY)[-COHESION_WINDOW:]
    tail = "".join(b.text for b in item.blocks[cut:] if b.kind in BODY)[:COHESION_WINDOW]
    return cohesion(index, head, tail) if min(len(head), len(tail)) >= COHESION_WINDOW // 2 else math.inf


def split_signed_twice(state: Segmentation, index: PairIndex) -> None:
    """An item with a byline above and a bare name signing its end holds two pieces (an article,
    then a commentary printed with no headline, or a column's two pieces, the second under its own
    title): it is split at a commentary's one heading, else at the one blank line between paragraphs
    set solid, else between the paragraphs where the text before and the text after share least (the
    second piece talks of other things). A column's label alone titles no piece."""
    for item in list(state.items):
        if item.kind not in ("article", "commentary") or not signed_twice(item):
            continue
        text_starts = first_body(item)
        starts = [n for n, b in enumerate(item.blocks) if b.kind == "paragraph" and n > text_starts]
        if not starts:
            continue
        # where paragraphs are set with no blank line between them, the one blank line parts the pieces
        apart = [n for n in starts if item.blocks[n].first_line - item.blocks[n - 1].last_line > 1]
        # a column's second piece under its own title: the one heading between the paragraphs parts them
        titled = [n for n in starts if item.blocks[n - 1].kind == "heading"]
        if item.kind == "commentary" and len(titled) == 1 and sum(b.kind == "heading" for b in item.blocks) == 1:
            cut = titled[0]
        elif len(apart) == 1 and len(starts) > 2:
            cut = apart[0]
        else:
            scores = {cut: cut_cohesion(index, item, cut) for cut in starts}
            cut = min(starts, key=scores.__getitem__)
            if scores[cut] == math.inf:
                continue
        top = cut
        while top > 0 and item.blocks[top - 1].kind == "heading":  # 观点 over the second piece
            top -= 1
        tail = Draft(kind="article", file=item.file, blocks=item.blocks[top:], opened_by="signed twice")
        # 财经观察 / 消费回暖需要更多耐心: a label over a title read as a heading over the second piece is its
        # headline stack, and so is a title alone (口袋公园多些更好); a column's label alone (观点) titles no piece
        run = [line for heading in item.blocks[top:cut]
               for line in state.heading_runs.get(id(heading)) or [Block("headline", heading.text, heading.spans)]]
        if len(run) > 1 or run and not is_column_label(run[0]):
            tail.blocks = item.blocks[cut:]
            attach_stack(state, tail, Stack(run), "above")
        item.blocks = item.blocks[:top]
        state.items.insert(state.items.index(item) + 1, tail)


def set_apart(item: Draft, text_starts: int, cuts: list[int]) -> int | None:
    """The one place among `cuts` where the item's paragraphs stand further apart than they stand
    everywhere else in its text (set solid, or a blank line after each, and one gap more before the
    brief: `…深化对内对外开放。` / / `日前，城区新增…。（记者 X）`), or None."""
    paragraphs = [n for n in range(text_starts + 1, len(item.blocks)) if item.blocks[n].kind == "paragraph"
                  and item.blocks[n - 1].kind in BODY]
    steps = {n: item.blocks[n].first_line - item.blocks[n - 1].last_line for n in paragraphs}
    if len(steps) < 2:
        return None
    usual = min(steps.values())
    wider = [n for n, step in steps.items() if step > usual]
    return wider[0] if len(wider) == 1 and wider[0] in cuts else None


def split_signed_briefs(state: Segmentation, index: PairIndex, next_line: dict[int, int]) -> None:
    """An article signed above its text and closed by a writer's credit in brackets (（记者 X）)
    is signed twice: a story is signed once, and a credit in brackets closes a brief, printed
    under the story with nothing between them. The brief is cut off at the paragraph, of those
    leaving a brief's length after it, where the text before and the brief share least; never at a
    paragraph that goes on the story (an interview's turn, a quotation, what someone said: a story
    signed both above and below)."""
    for item in list(state.items):
        if item.kind != "article" or not closed_by_a_writer(item):
            continue
        text_starts = first_body(item)
        bare = is_bare_dateline
        if not any(b.kind == "byline" and not bare(b.text.strip()) for b in item.blocks[:text_starts]):
            continue
        tails: dict[int, str] = {}
        within: list[int] = []  # paragraphs leaving no more than a brief after them
        text = ""
        for n in range(len(item.blocks) - 1, text_starts, -1):
            block = item.blocks[n]
            if block.kind in BODY:
                text = block.text + text
            if len(text) >= BRIEF_MAX_CHARS:
                break
            if block.kind != "paragraph" or goes_on_a_story(block.text):
                continue
            within.append(n)
            if len(text) >= MIN_SIGNED_BRIEF:
                tails[n] = text
        apart = set_apart(item, text_starts, within)
        above = sum(len(b.text) for b in item.blocks[:apart] if b.kind in BODY) if apart is not None else 0
        if apart is not None and above >= COHESION_WINDOW // 2:
            cut = apart  # the one blank line more than the text's paragraphs stand apart parts the brief off
        else:
            heads = {n: "".join(b.text for b in item.blocks[:n] if b.kind in BODY)[-COHESION_WINDOW:] for n in tails}
            tails = {n: tail for n, tail in tails.items() if len(heads[n]) >= COHESION_WINDOW // 2}
            if not tails:
                continue
            cut = min(tails, key=lambda n: (cohesion(index, heads[n], tails[n][:COHESION_WINDOW]), -n))
        while cut > text_starts + 1 and item.blocks[cut - 1].kind == "heading":
            cut -= 1
        tail = Draft(kind="article", file=item.file, blocks=item.blocks[cut:], opened_by="signed brief")
        item.blocks = item.blocks[:cut]
        state.items.insert(state.items.index(item) + 1, tail)
        # cut above the headings over it, the brief is headed by them: its title, read as a section's,
        # unless they share the story's words more than the brief's (the story's title printed after it)
        headings_over = list(itertools.takewhile(lambda b: b.kind == "heading", tail.blocks))
        heading_text = joined_title(headings_over)
        if headings_over and index.score(heading_text, tail) > index.score(heading_text, item):
            del tail.blocks[:len(headings_over)]
            attach_stack(state, tail, Stack([replace(b, kind="headline") for b in headings_over]), "above")
        else:
            take_title_printed_after(state, tail, index, next_line)


def take_title_printed_after(state: Segmentation, brief: Draft, index: PairIndex, next_line: dict[int, int]) -> None:
    """A brief cut off the story above has no title over it; printed after its text (`…（记者 X）` /
    `职业技能培训进乡村`), its title was read as a picture's label, or as the upper lines of the stack
    over a picture's own title (`山城有名医` / `群众有“医”靠` / `杭州塘栖:…` / its caption). Those lines,
    right under the brief, are its title when they share its words more than the caption's."""
    found = title_printed_under(state, brief, index, next_line)
    if found is None:
        return
    photo, lines = found
    photo.blocks = photo.blocks[len(lines):]
    if photo.blocks:
        headline_fields(photo, headline_blocks(photo))
    else:
        state.items.remove(photo)
    attach_stack(state, brief, Stack([replace(b, kind="headline") for b in lines]), "displaced")


def title_printed_under(state: Segmentation, brief: Draft, index: PairIndex,
                        next_line: dict[int, int]) -> tuple[Draft, list[Block]] | None:
    """The picture right under a brief and the lines of it that are the brief's title printed after
    its text (see take_title_printed_after), if any."""
    start = next_line.get(brief.blocks[-1].last_line)
    photo = next((i for i in near(state.items, start or 0) if i.kind == "photo" and i.blocks
                  and i.blocks[0].first_line == start), None)
    if photo is None:
        return None
    if photo.opened_by == "unmatched headline":
        lines, caption = photo.blocks, ""
    else:
        stack = list(itertools.takewhile(lambda b: b.kind == "headline", photo.blocks))
        lines, caption = stack[:-1], "".join(b.text for b in photo.blocks if b.kind == "caption")
    text = joined_title(lines)
    own = index.score_text(text, body_text(brief))
    if not lines or own < MIN_LEAD_MATCH or own <= index.score_text(text, caption):
        return None
    return photo, lines


MIN_SIGNED_BRIEF = 40  # characters of text a brief signed in brackets runs at least


STORY_GOES_ON = re.compile(load("layout.yml")["story_goes_on"])  # 据张晓玲介绍，…, 为实现上述目标，…
FIRST_CLAUSE_END = re.compile(r"[，,。；;：:！？!?]")


def goes_on_a_story(text: str) -> bool:
    """Does a paragraph go on the text above rather than open a brief of its own: an interview's turn
    (`记者：接下来有什么打算？`, `蔡建春：“…`), a quotation (`“进一扇门，办两省市”。…`), what someone
    said (`据张晓玲介绍，…`, `万州市委副书记、区长李庆说，…`) or words pointing back (`为实现上述目标，…`)?"""
    text = text.lstrip()
    first_clause = FIRST_CLAUSE_END.split(text, 1)[0]
    return bool(SPEAKER.match(text)) or text[:1] in "“「『" \
        or STORY_GOES_ON.search(first_clause) is not None


def closed_by_a_writer(item: Draft) -> bool:
    """Does a writer's credit in brackets (（西安报业全媒体记者 孔思远）) close the item?"""
    last = item.blocks[-1] if item.blocks else None
    return last is not None and last.kind == "byline" and last.text.startswith(("（", "(")) \
        and not AUTHOR_NOTE.match(last.text)


def split_signed_sections(state: Segmentation, index: PairIndex, next_line: dict[int, int]) -> None:
    """A section heading whose short text ends with its own bracketed credit (（曾霞欣）), in an
    article or a commentary signed above its text (安庆日报评论员), heads a brief of its own: a section
    is not signed apart, nor is a commentary signed twice. Of
    its headline's lines, those over the brief's own that match the untitled text above are that
    text's title, printed after it."""
    for item in list(state.items):
        if item.kind not in ("article", "commentary"):
            continue
        headings = [n for n, b in enumerate(item.blocks) if b.kind == "heading"]
        if not headings or not item.blocks or item.blocks[-1].kind not in ("byline", "credit") \
                or not item.blocks[-1].text.startswith(("（", "(")) \
                or AUTHOR_NOTE.match(item.blocks[-1].text) \
                or match_reprint(item.blocks[-1].text):  # （作者单位：…）, （摘自《…》）: the whole piece's
            continue
        cut = headings[-1]
        body = [b for b in item.blocks[cut + 1:] if b.kind in BODY]
        text_starts = first_body(item)
        # a bare dateline (本报讯) names no one: a credit closing such an article is its signature
        signed_above = any(b.kind == "byline" and not vocabulary().dateline_lead.fullmatch(b.text)
                           and not is_bare_dateline(b.text)
                           for b in item.blocks[:text_starts])
        # a credit closing an article signed nowhere else signs all of it, but for a short text under its
        # one heading, itself as short as a brief: two unsigned briefs' texts are no story's sections
        if not body or sum(len(b.text) for b in body) >= BRIEF_MAX_CHARS or text_starts >= cut \
                or not (signed_above or two_briefs(item, text_starts, headings)):
            continue
        heading = item.blocks[cut]
        run = state.heading_runs.get(id(heading)) or [Block("headline", heading.text, heading.spans)]
        if set_like_the_sections_above(state, item, headings):
            continue  # 弱有所扶 … / … / 残有所助 …: the last of the sections set alike, no brief's title
        brief = Draft(kind="article", file=item.file, opened_by="signed section", blocks=item.blocks[cut + 1:])
        item.blocks = item.blocks[:cut]
        units = Stack(run).units
        if needs_headline(item):
            moved = []
            for unit in units[:-1]:
                above = index.score(joined_title(unit), item)
                if above < MIN_MATCH or above <= index.score(joined_title(unit), brief):
                    break
                moved.append(unit)
            # …费用800余万元。 / 山城有名医 群众有“医”靠 / 入夏以来，…（记者 X） / 夜间集市点亮城市烟火气 /
            # 杭州塘栖:… / its caption: under the page's first text, printed with no headline over it, a
            # brief whose own title is printed after it leaves the whole stack above to that text
            last = joined_title(units[-1])
            if len(moved) == len(units) - 1 and opens_the_page(state, item) and untitled_story(item) \
                    and index.score(last, item) > index.score(last, brief) \
                    and title_printed_under(state, brief, index, next_line) is not None:
                moved = units
            if moved:
                attach_stack(state, item, Stack([b for unit in moved for b in unit]), "displaced")
                units = units[len(moved):]
        state.items.insert(state.items.index(item) + 1, brief)
        if not units:
            take_title_printed_after(state, brief, index, next_line)
            continue
        brief.blocks[0:0] = [b for unit in units for b in unit]
        brief.headline_source = "above"
        headline_fields(brief, brief.blocks[:sum(map(len, units))])


def two_briefs(item: Draft, text_starts: int, headings: list[int]) -> bool:
    """`夜间公交线路调整` / its text / `地铁站新增便民服务点` / its text / `（记者 X）`: an article with one heading
    and as little text above it as a brief holds is two briefs, the credit closing the second, when nothing
    is printed over its text or the text under a dateline is one paragraph (`综合讯一所…课程。` / `华文书展开幕`
    / …): a story of paragraphs under `本报讯` is the credit's, its heading a section's."""
    above = [b for b in item.blocks[text_starts:headings[0]] if b.kind in BODY]
    return len(headings) == 1 and 0 < sum(len(b.text) for b in above) < BRIEF_MAX_CHARS \
        and (len(above) == 1 or not any(b.kind == "byline" for b in item.blocks[:text_starts]))


SENTENCE_END = ("。", "！", "？", "!", "?", "”", "…", "」", "）", ")")
CLAUSE = re.compile(r"[，,。；;]")
TIME_STAMP = re.compile(r"^【\d{1,2}[:：]\d{2}】")
PHRASE_GAP = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")  # not the gap of Micro LED
SECTION_LABEL_CHARS = 4  # 生态补偿 / 让保护者得实惠: a four-character label over a section heading's phrase


def set_like_the_sections_above(state: Segmentation, item: Draft, headings: list[int]) -> bool:
    """Is the item's last heading set as a label and a phrase, like a heading above it (弱有所扶 织密… /
    … / 残有所助 设置…)? Sections are set alike; a bullet (民生帮办 ■…) marks a brief's title."""
    runs = [state.heading_runs.get(id(item.blocks[n])) or [item.blocks[n]] for n in headings]
    last = runs[-1]
    bulleted = any(set(b.text) & set(HEADLINE_BULLETS) for b in last)
    return is_two_phrase_heading(last) and not bulleted and any(is_two_phrase_heading(run) for run in runs[:-1])


def is_two_phrase_heading(run: list[Block]) -> bool:
    """弱有所扶 织密兜牢民生保障底线, 生态补偿 / 让保护者得实惠: a label and a phrase, on one line
    with a gap or a short label on a line above, is how a section heading is set, not a title."""
    if len(run) == 1:
        return bool(PHRASE_GAP.search(run[0].text.strip()))
    return len(GAPS.sub("", strip_bullet(run[0].text))) <= SECTION_LABEL_CHARS


MARKED_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]"
                            r"|\d{1,2}[.．、](?!\d)|【)")


def is_marked_heading(block: Block) -> bool:
    """一、协同创新…, （二）…, 3.…, 【…】, ■…: a heading set with its section's number or mark."""
    text = block.text.lstrip()
    return text[:1] in HEADLINE_BULLETS or bool(MARKED_HEADING.match(text))


def heading_form(run: list[Block]) -> tuple[bool, int]:
    """How a section heading is set: as two phrases or one, and how many characters it holds
    (幼有所护 69万名…: a gap before a figure parts two phrases too; 相 关 链 接 is letter-spaced)."""
    text = run[0].text.strip()
    parts = text.split()
    two_phrase = len(parts) > 1 and min(map(len, parts)) > 1 if len(run) == 1 else is_two_phrase_heading(run)
    return two_phrase, len(GAPS.sub("", joined_title(run)))


def first_unlike_heading(state: Segmentation, item: Draft, headings: list[int]) -> int | None:
    """An article's sections are headed alike (协同创新 成都… / 全域联动 激发… / 抱团发力 跑出…, all two
    phrases; 制造业量质齐升 / 新兴产业抢赛道 / 内外开放增动力, all one length): the first heading
    after three or more set alike that shares none of their form, after a finished sentence, is the
    next story's headline."""
    forms = []
    for n in headings:
        run = state.section_runs.get(id(item.blocks[n]))
        if run is None or is_marked_heading(item.blocks[n]):
            return None
        forms.append(heading_form(run))
    last = item.blocks[-1]
    for k in range(3, len(forms)):
        all_two_phrase = all(f[0] for f in forms[:k])
        one_length = len({f[1] for f in forms[:k]}) == 1
        if not (all_two_phrase or one_length):
            return None
        alike = [all_two_phrase and f[0] or one_length and f[1] == forms[0][1] for f in forms]
        if alike[k]:
            continue
        # 幼有所护69万名… between headings set as two phrases: one crosshead set unlike the rest
        if any(alike[k + 1:]) or not item.blocks[headings[k] - 1].text.rstrip().endswith(SENTENCE_END):
            return None
        # 重大项目提速建设 / 重大政策加快落地 / …: the first of another set of crossheads heads no story
        later = forms[k + 1:k + 2]
        if later and (later[0][0] and forms[k][0] or later[0][1] == forms[k][1]):
            return None
        if indented_under_flush_headings(item, headings[k], headings[:k]):
            return None
        # a bare name closing the text signs a commentary set under its column label (split_signed_twice)
        if last.kind == "byline" and is_bare_name(last.text):
            return None
        return headings[k]
    return None


LABEL_MAX_CHARS = 4  # 讣告, 路况提醒, 【出行服务】: the label a box or notice is set under
SECTION_PHRASE_CHARS = 6  # 制造业量质齐升: a section heading is a phrase, longer than a label


def label_after_sections(state: Segmentation, item: Draft, headings: list[int]) -> int | None:
    """An article's sections are headed with phrases (制造业量质齐升 / 新兴产业抢赛道 / …): a bare
    label after two or more of them and a finished sentence (路况提醒, 【出行服务】, 讣告) heads the
    box or notice printed under the article, not its last section."""
    if len(headings) < 3:
        return None
    runs = [state.section_runs.get(id(item.blocks[n])) for n in headings]
    if any(run is None for run in runs) or len(runs[-1]) != 1:
        return None
    label = headings[-1]
    if len(GAPS.sub("", strip_bullet(item.blocks[label].text))) > LABEL_MAX_CHARS \
            or min(len(GAPS.sub("", joined_title(run))) for run in runs[:-1]) < SECTION_PHRASE_CHARS \
            or not item.blocks[label - 1].text.rstrip().endswith(SENTENCE_END):
        return None
    # a bare name closing the text signs a commentary set under its column label (split_signed_twice)
    last = item.blocks[-1]
    if last.kind == "byline" and is_bare_name(last.text):
        return None
    return label


def indented_under_flush_headings(item: Draft, cut: int, above: list[int]) -> bool:
    """A line set in with a paragraph's indent under headings set flush is a paragraph's first line."""
    head = item.blocks[cut]
    return bool(head.spans) and head.spans[0].start > 0 \
        and all(item.blocks[n].spans and item.blocks[n].spans[0].start == 0 for n in above)


def news_under_two_phrase_sections(state: Segmentation, item: Draft, headings: list[int]) -> int | None:
    """An article whose sections are all headed as two phrases (`协同创新 成都…` / `抱团发力 跑出…`): a heading
    of one phrase after them and a finished sentence, over a paragraph opening as a brief's text does (`日前，…`,
    `12月9日，…`, `县人社局近日…`), is set unlike its sections and opens as a story does: the next story's
    headline, however long its text (`四部门发布就业援助新政策` / `12月9日，…`). A later two-phrase heading takes
    their form up again (one crosshead set unlike the rest), and a heading with a number or mark is a section's."""
    runs = [state.section_runs.get(id(item.blocks[n])) for n in headings]
    two = [run is not None and is_two_phrase_heading(run) for run in runs]
    # the first heading of one phrase, after one or more of two
    k = next((k for k, two_phrase in enumerate(two) if not two_phrase), 0)
    if k == 0:
        return None
    run, cut = runs[k], headings[k]
    if run is None or any(r is not None and is_marked_heading(r[0]) for r in runs[:k]):
        return None
    if is_marked_heading(run[0]) or heads_no_story(run) or not after_a_finished_sentence(item, cut) \
            or cut + 1 >= len(item.blocks) or item.blocks[cut + 1].kind != "paragraph" \
            or not opens_as_a_brief(item.blocks[cut + 1]) or any(two[k + 1:]) \
            or indented_under_flush_headings(item, cut, headings[:k]):
        return None
    return cut


FULL_STOPS = "。！？!?"
# The most a one-sentence brief under a story holds (城区新增一批停车位 / 近日，城区新增…。).
CLOSING_BRIEF_CHARS = 120


def briefs_closing_the_item(state: Segmentation, item: Draft, headings: list[int]) -> list[int]:
    """One-phrase headings each over a single sentence (and the credit in brackets closing it) that end
    an item, under text saying more in every section: the one-sentence briefs set under the story
    (`社区开设长者食堂` / `近日，一个社区开设长者食堂，…。` / `（X）`), not its last sections; a last section
    says more. The headings of those briefs, first to last."""
    briefs: list[int] = []
    end = len(item.blocks)
    for heading in reversed(headings):
        if not is_one_sentence_brief(state, item.blocks[heading:end]):
            break
        briefs.insert(0, heading)
        end = heading
    if not briefs or briefs[0] <= first_body(item) or item.blocks[briefs[0] - 1].kind != "paragraph":
        return []
    above = [n for n in headings if n < briefs[0]]
    # the sections above all headed as two phrases, which a brief's one-phrase heading is set unlike
    two_phrase = bool(above) and all(
        is_two_phrase_heading(state.section_runs.get(id(item.blocks[n])) or [item.blocks[n]]) for n in above)
    # a text carried over keeps but some of its sections, so a last one of one sentence is no brief for that
    # alone: only when those it keeps are two-phrase headed (`因地制宜… 共建…` / … / `社区食堂开门迎客` / `近日，…。`)
    if item.opened_by == "continuation marker" and not two_phrase:
        return []
    # a story of sections may end on a one-sentence one (`绿道贯通` / `沿河绿道全线贯通，…。`): only the page's
    # foot sets a brief under it, one, unless its sections are two-phrase headed (`协同创新 成都…` / … /
    # `社区食堂开门迎客` / `近日，…。`)
    if above and (item is not state.items[-1] or len(briefs) > 1) and not two_phrase:
        return []
    # the story above says more than a sentence in each of its sections, or in its text if it has none
    starts = [n + 1 for n in above] or [first_body(item)]
    sections = [item.blocks[start:stop] for start, stop in zip(starts, above[1:] + [briefs[0]])]
    if any(is_one_sentence("".join(b.text for b in section if b.kind in BODY) or "。") for section in sections):
        return []
    # under a story its bare dateline (本报讯) leaves unsigned, a credit in brackets closing the page signs it all
    signers = [b for b in item.blocks[:briefs[0]] if b.kind == "byline"]
    if signers and all(is_bare_dateline(b.text.strip()) for b in signers) \
            and item.blocks[-1].kind in ("byline", "credit"):
        return []
    return briefs


def is_one_sentence_brief(state: Segmentation, blocks: list[Block]) -> bool:
    """A heading of one phrase over one paragraph of a single sentence, a credit in brackets closing it
    or none (`多家医院开设夜间门诊` / `近日，…就医。`, `学校举行新生开学典礼` / `近日，…。` / `（医学院 X）`)."""
    run = state.section_runs.get(id(blocks[0]))
    tail = blocks[1:]
    if tail and tail[-1].kind in ("byline", "credit") and tail[-1].text.lstrip().startswith(("（", "(")):
        tail = tail[:-1]
    if run is None or len(run) != 1 or is_two_phrase_heading(run) or is_marked_heading(run[0]):
        return False
    # 家人对您的工作支持吗？ an interview's question; 在新型显示产业，今年将…: a line of text
    title = joined_title(run).rstrip()
    return not title.endswith(("？", "?")) and not CLAUSE.search(title) and not TIME_STAMP.match(title) \
        and len(tail) == 1 and tail[0].kind == "paragraph" and is_one_sentence(tail[0].text)


# a brief's credit in brackets left at the end of its paragraph (…百余名学生参加。（西班牙 X）)
RUN_IN_CREDIT = re.compile(r"(?<=[。！？!?”])[（(][^（）()。，,：:]{1,20}[）)]$")


def is_one_sentence(text: str) -> bool:
    """Short text with no sentence end before its last character (a credit run into it aside)."""
    text = RUN_IN_CREDIT.sub("", GAPS.sub("", text))
    return len(text) <= CLOSING_BRIEF_CHARS and text[-1:] in SENTENCE_END \
        and not any(mark in FULL_STOPS for mark in text[:-1])


def split_lone_headings(state: Segmentation) -> None:
    """An article's sections come two or more: a plain headline taken for the only section
    heading of an article, printed after a finished sentence (a line after an unfinished one is
    text, put back by the first pass) and over text, heads an item of its
    own (the next story of the page, set under the one above with no byline between them). A
    two-phrase heading is a section's, and stays, and so does one in a text a signature closes. A
    story's rest carried over from another page is read by `split_short_tail`."""
    for item in list(state.items):
        if item.kind == "continuation":
            split_short_tail(state, item)
        if item.kind == "commentary":
            split_news_briefs_under_a_commentary(state, item)
        if item.kind != "article":
            continue
        headings = [n for n, b in enumerate(item.blocks) if b.kind == "heading"]
        # 一、协同创新… / 二、… / 三、… then a plain headline: sections are marked alike, a story is not
        if len(headings) > 1 and all(is_marked_heading(item.blocks[n]) for n in headings[:-1]) \
                and not is_marked_heading(item.blocks[headings[-1]]):
            headings = headings[-1:]
        unlike = first_unlike_heading(state, item, headings) if len(headings) > 2 else None
        if unlike is None:
            unlike = label_after_sections(state, item, headings)
        briefs = briefs_closing_the_item(state, item, headings) if unlike is None else []
        if unlike is None and not briefs:
            unlike = news_under_two_phrase_sections(state, item, headings)
        if briefs:
            split_briefs(state, item, briefs)
            continue
        if unlike is not None:
            headings = [unlike]
        if len(headings) != 1:
            continue
        cut = headings[0]
        run = state.section_runs.get(id(item.blocks[cut]))
        if run is None or cut < first_body(item) or cut + 1 >= len(item.blocks):
            continue
        before, after = item.blocks[cut - 1], item.blocks[cut + 1]
        if before.kind != "paragraph" or after.kind not in BODY:
            continue
        # 小区门前的人行道啥时候修？ / 近日，…: a heading set unlike the sections, no clause or time stamp in it,
        # over a text opening as a brief's does, heads that brief even in a form that heads no story elsewhere
        # (a reader's question, not an interview's: an answer opens otherwise)
        unlike_over_a_brief = unlike is not None and not CLAUSE.search(joined_title(run)) \
            and not TIME_STAMP.match(run[0].text.lstrip()) and opens_as_a_brief(after)
        if unlike is None and is_two_phrase_heading(run) or heads_no_story(run) and not unlike_over_a_brief:
            continue
        # a signature closing the text signs it from the top: the heading is one of its sections
        # (a bare dateline, 本报讯, names no one: the credit in brackets closing its text does)
        bare = is_bare_dateline
        dated = [b.kind == "byline" and bool(bare(b.text.strip())) for b in item.blocks[:cut]]
        signed_above = any(b.kind == "byline" and not dateline for b, dateline in zip(item.blocks, dated))
        if not signed_above and any(b.kind == "byline" or any(dated) and b.kind == "credit"
                                    and b.text.startswith(("（", "(")) for b in item.blocks[cut:]):
            continue
        split_at_heading(state, item, cut, run)


def split_news_briefs_under_a_commentary(state: Segmentation, item: Draft) -> None:
    """A commentary argues, news briefs report: one-phrase headings each over a single sentence closing the
    commentary, each sentence opening as a brief's text does (`青年夜校秋季班开放报名` / `近日，…。`), are the
    briefs set under it, not its sections (a commentary's last section opens otherwise)."""
    headings = [n for n, b in enumerate(item.blocks) if b.kind == "heading"]
    briefs = briefs_closing_the_item(state, item, headings)
    if briefs and all(opens_as_a_brief(item.blocks[n + 1]) for n in briefs):
        split_briefs(state, item, briefs)


def split_briefs(state: Segmentation, item: Draft, cuts: list[int]) -> None:
    """Split the item at each of these headings, the last first, each heading its own brief."""
    for cut in reversed(cuts):
        split_at_heading(state, item, cut, state.section_runs[id(item.blocks[cut])])


def split_short_tail(state: Segmentation, item: Draft) -> None:
    """An article's rest from another page may keep but one of its sections, so its only heading is no
    other story's headline for that alone; but one over a text shorter than a section, closing the rest
    after a finished sentence (`…入佳境。` / `新区开通三条定制公交` / `即日起，…。`), heads the next story,
    set under the rest with no byline between them; a credit in brackets closing that text is the brief's
    (`政务APP` / `新增二十项服务` / `…缩短近一半。` / `（本报记者 X）`). So do several headings, each over one
    sentence, that are the only ones the rest keeps (`侨乡进口商品展开幕` / `日前，…。` / `华侨子女暑期班开班` /
    `近日，…。（X）`): the briefs set under it, and so do such headings closing a rest whose sections, each saying
    more, are all headed as two phrases (`因地制宜… 共建…` / … / `社区食堂开门迎客` / `近日，…。`), which a brief's
    heading is set unlike. A heading over a reader's letter that a reply answers (`老旧小区
    何时能通上燃气？` / the letter / `读者 X` / `编辑回复：…`) heads the letter however long or set: a story's rest
    holds no reply (a reply's own label, `【编辑回复】`, is no heading of the rest)."""
    headings = [n for n, b in enumerate(item.blocks) if b.kind == "heading" and not is_reply_label(b)]
    # a line right over the reply (`美国旧金山 X` / `侨报回音：…`) is the reader's signature, no heading of the rest
    letter_headings = [n for n in headings if not (n + 1 < len(item.blocks) and item.blocks[n + 1].kind == "paragraph"
                                                   and REPLY_LABEL.match(item.blocks[n + 1].text))]
    if len(letter_headings) == 1 and after_a_finished_sentence(item, letter_headings[0]) \
            and letter_headings[0] + 1 < len(item.blocks) and item.blocks[letter_headings[0] + 1].kind in BODY \
            and replied(item.blocks[letter_headings[0] + 1:]):
        cut = letter_headings[0]
        split_at_heading(state, item, cut, state.section_runs.get(id(item.blocks[cut])) or [item.blocks[cut]])
        return
    if len(headings) > 1:
        if after_a_finished_sentence(item, headings[0]) \
                and all(is_one_sentence_brief(state, item.blocks[start:stop])
                        for start, stop in zip(headings, headings[1:] + [len(item.blocks)])):
            split_briefs(state, item, headings)
        else:
            split_briefs(state, item, briefs_closing_the_item(state, item, headings))
        return
    if not headings:
        return
    cut = headings[0]
    run = state.section_runs.get(id(item.blocks[cut]))
    if run is None or not after_a_finished_sentence(item, cut) or cut + 1 >= len(item.blocks):
        return
    tail = item.blocks[cut + 1:]
    if len(tail) > 1 and closing_credit(tail[-1]):
        tail = tail[:-1]
    if any(b.kind not in BODY for b in tail) \
            or len(body_text(Draft(kind="article", file=item.file, blocks=tail))) >= MIN_SECTION_CHARS:
        return
    if is_two_phrase_heading(run) or heads_no_story(run) or is_column_label(run[0]):
        return
    split_at_heading(state, item, cut, run)


def after_a_finished_sentence(item: Draft, n: int) -> bool:
    """Block `n` of the item stands under a paragraph of its text that finishes its sentence."""
    return n > first_body(item) and item.blocks[n - 1].kind == "paragraph" \
        and item.blocks[n - 1].text.rstrip().endswith(SENTENCE_END)


def is_reply_label(block: Block) -> bool:
    """【编辑回复】, ■记者回复: a reply's label alone on its line, heading the paper's answer to a letter."""
    text = block.text.strip()
    return REPLY_LABEL.match(text) is not None and len(text) <= MAX_REPLY_LABEL_CHARS


def replied(blocks: list[Block]) -> bool:
    """Does a reply answer the text (`编辑回复：…`, `商报回音：…`, or its label alone over it)?"""
    return any(b.kind == "paragraph" and REPLY_LABEL.match(b.text) or b.kind == "heading" and is_reply_label(b)
               for b in blocks)


def closing_credit(block: Block) -> bool:
    """`（本报记者 X）`, `（X）`: a credit in brackets closing a short text, not an author's note or a
    reprint's source (`（作者单位：…）`, `（摘自《…》）`), which go with the whole piece."""
    text = block.text.lstrip()
    return block.kind in ("byline", "credit") and text.startswith(("（", "(")) \
        and not AUTHOR_NOTE.match(text) and not match_reprint(text)


def heads_no_story(run: list[Block]) -> bool:
    """A heading that is no other story's headline by its words: a time stamp (【19:00】), an interview's
    question with no label (家人对您的工作支持吗？) or a line of text (在新型显示产业，今年将…)."""
    text = joined_title(run)
    return bool(TIME_STAMP.match(run[0].text.lstrip()) or text.rstrip().endswith(("？", "?")) or CLAUSE.search(text))


def split_question_columns(state: Segmentation) -> None:
    """A story that asks no questions and a heading over labelled questions under it (…发展。 / `农技问答` /
    `农事问答` / `问：…？` / `答：…`): the heading is a question column's, printed under the story, not a
    section of it; an interview sets its questions from its first section on, or under its lead with no
    heading between them."""
    for item in list(state.items):
        if item.kind not in ("article", "continuation"):
            continue
        for cut, heading in enumerate(item.blocks):
            run = state.section_runs.get(id(heading))
            if run is None or cut < first_body(item) or cut + 1 >= len(item.blocks):
                continue
            above, below = item.blocks[cut - 1], item.blocks[cut + 1]
            asked = any(is_question_turn(b.text) for b in item.blocks[:cut] if b.kind in ("paragraph", "heading"))
            if above.kind == "paragraph" and above.text.rstrip().endswith(SENTENCE_END) \
                    and below.kind == "paragraph" and is_question_turn(below.text) and not asked:
                split_at_heading(state, item, cut, run)
                break


ANSWER_TURN = re.compile(load("layout.yml")["answer_turn"])


def is_question_turn(text: str) -> bool:
    """问：…, 记者：…？, 【问】…: a turn putting a question, by its label."""
    text = text.lstrip()
    return bool(vocabulary().interview_turn.match(text)) and not ANSWER_TURN.match(text) or labelled_question(text)


def split_at_heading(state: Segmentation, item: Draft, cut: int, run: list[Block]) -> None:
    """Cut the item at its heading `cut`: the heading's lines title a new item over the text under it."""
    tail = Draft(kind="article", file=item.file, opened_by="lone heading", blocks=item.blocks[cut + 1:])
    item.blocks = item.blocks[:cut]
    attach_stack(state, tail, Stack(list(run)), "above")
    state.items.insert(state.items.index(item) + 1, tail)


def split_news_under_rows(state: Segmentation) -> None:
    """A box's rows (three or more, the item's first text) run on into no news: a finished paragraph
    under them opening as a news text does (近日，…) is the next item's text, untitled so far, and a
    heading closing it is its title printed after it; a box's note (注：…) opens otherwise."""
    for item in list(state.items):
        start = first_body(item)
        rows = start
        while rows < len(item.blocks) and item.blocks[rows].kind == "listitem":
            rows += 1
        if rows - start < MIN_TABLE_ROWS or rows >= len(item.blocks) or item.blocks[rows].kind != "paragraph" \
                or not opens_a_news_text(item.blocks[rows]):
            continue
        tail = Draft(kind="article", file=item.file, opened_by="news under a box's rows", blocks=item.blocks[rows:])
        item.blocks = item.blocks[:rows]
        if tail.blocks[-1].kind == "heading" and sum(b.kind in BODY for b in tail.blocks) == 1:
            closing = tail.blocks.pop()
            attach_stack(state, tail, Stack([replace(closing, kind="headline")]), "displaced")
        state.items.insert(state.items.index(item) + 1, tail)


def split_box_under_text(state: Segmentation) -> None:
    """A story's last heading, a label in brackets (【本周赛事】), over nothing but rows each filed under a term
    of its own in brackets (【场馆】… / 【直播】… / 【赛事】…, three or more) heads a service box printed under
    the story, not the story's last section: a section's text is told in sentences, not filed by terms."""
    for item in list(state.items):
        if item.kind not in ("article", "continuation"):
            continue
        rows = len(item.blocks)
        while rows > 0 and item.blocks[rows - 1].kind == "listitem" \
                and (row := TERM_ROW.match(item.blocks[rows - 1].text)) is not None and row.group("label"):
            rows -= 1
        label = item.blocks[rows - 1] if rows > 0 else None
        if len(item.blocks) - rows < MIN_TABLE_ROWS or label is None or label.kind != "heading" \
                or not BRACKETED_LABEL.fullmatch(label.text.strip()) \
                or not any(b.kind == "paragraph" for b in item.blocks[:rows - 1]):
            continue
        tail = Draft(kind="article", file=item.file, opened_by="label over rows under a story",
                     blocks=item.blocks[rows:])
        item.blocks = item.blocks[:rows - 1]
        attach_stack(state, tail, Stack([replace(label, kind="headline")]), "above")
        state.items.insert(state.items.index(item) + 1, tail)


BRACKETED_LABEL = re.compile(rf"【{CJK.pattern}{{2,{MAX_LABEL_CHARS}}}】")


def opens_as_a_brief(block: Block) -> bool:
    """Does the block open as a brief's text does (`近日，…`, `12月9日，…`, `县人社局日前…`)?"""
    return bool(BRIEF_TEXT_OPENING.match(block.text.lstrip()))


def opens_a_news_text(block: Block) -> bool:
    """A finished paragraph opening as news does (近日，…, 日前，…, who did it and when: 某某商会日前…),
    which no box's note (注：…, 以上价格仅供参考。) reads like."""
    return bool(vocabulary().sentence_openers.match(block.text) or BRIEF_TEXT_OPENING.match(block.text)) \
        and ends_sentence(block.text)


def split_signed_again(state: Segmentation) -> None:
    """A story is signed once: an item signed above its text whose last section heading is
    followed by text that a byline of its own closes (a commentary, then a reader's letter set
    under a column label and its title and signed `东城区读者 X`) holds two pieces, the second
    opening at that heading."""
    for item in list(state.items):
        if item.kind not in ("article", "commentary") or not item.blocks or item.blocks[-1].kind != "byline":
            continue
        start = first_body(item)
        headings = [n for n, b in enumerate(item.blocks) if b.kind == "heading" and n > start]
        bare = vocabulary().dateline.fullmatch  # 本报讯 names no one: the credit closing its text signs it
        signatures = [b.text for b in item.blocks[:start] if b.kind == "byline" and not bare(b.text.strip())]
        last = item.blocks[-1].text
        # a bare name or 本报评论员 closing it signs a commentary printed after the article with no
        # headline (split_signed_twice), a credit in brackets a brief (split_signed_sections)
        if len(headings) != 1 or not signatures or last in signatures or is_lone_name(last) or COMMENTATOR in last \
                or last.startswith(("（", "(")):
            continue
        cut = headings[-1]
        text = item.blocks[cut + 1:-1]
        if not text or any(b.kind not in BODY for b in text):
            continue
        heading = item.blocks[cut]
        run = state.section_runs.get(id(heading)) or [Block("headline", heading.text, heading.spans)]
        tail = Draft(kind="article", file=item.file, opened_by="signed again", blocks=item.blocks[cut + 1:])
        item.blocks = item.blocks[:cut]
        attach_stack(state, tail, Stack(list(run)), "above")
        state.items.insert(state.items.index(item) + 1, tail)


MAX_CAPTION_TEXT = 160  # characters of a photo's caption printed before its 图为 line: a few sentences


def opens_its_caption(item: Draft, photo: Draft, spacing: int = 1) -> bool:
    """Is the item's text the opening of the untitled caption printed right under it: an item under
    a headline holding only a few sentences of text, signed by no one (a photo is credited, not
    signed), over a caption saying what the picture shows (图为…)? A caption saying first where and what
    (`川渝高竹新区位于…。图为观众在…参观。`) and set apart from the text by a wider gap than its own lines is
    whole: the short text over it is a story of its own."""
    if item.kind != "article" or item.headline_source == "none" or photo.kind != "photo" \
            or photo.headline_source != "none" or not photo.blocks or photo.blocks[0].kind != "caption" \
            or not PICTURED.search(photo.blocks[0].text) or not item.blocks or item.blocks[-1].kind != "paragraph" \
            or photo.blocks[0].first_line <= item.blocks[-1].last_line \
            or whole_caption_set_apart(photo.blocks[0], item.blocks[-1], spacing):
        return False
    return {b.kind for b in item.blocks} <= {"headline", "paragraph", "credit"} \
        and sum(len(b.text) for b in item.blocks if b.kind == "paragraph") <= MAX_CAPTION_TEXT


def whole_caption_set_apart(caption: Block, above: Block, spacing: int = 1) -> bool:
    """Does the caption tell where and what before its 图为 line, and stand further from the text above than
    the lines of either stand apart (a blank line between two blocks set solid)? A caption broken at a
    sentence end into two blocks (`…等活动。` / `塘栖镇…。图为…`) runs on at its own line spacing, and
    blocks of one line each are spaced as the page is (`spacing`)."""
    steps = line_steps([above, caption], ("paragraph", "caption"))
    return not PICTURED.match(caption.text) and caption.first_line - above.last_line > max(steps, default=spacing)


def caption_text(item: Draft) -> str:
    return GAPS.sub("", "".join(b.text for b in item.blocks if b.kind == "caption"))


def credits_of(item: Draft) -> str:
    return GAPS.sub("", "".join(b.text for b in item.blocks if b.kind == "credit"))


def merge_caption_openings(state: Segmentation) -> None:
    """夜市烟火气 / 入夏以来，城区多个夜市人气火爆。 / 图为6月21日晚，…: a photo's title and the first
    sentences of its caption, set apart from its 图为 line, are one photo item with the caption; and
    an untitled caption right under a photo repeating its caption word for word, with its credit or
    without, is that caption printed twice, no picture of its own."""
    items, spacing = state.items, page_spacing(state)
    n = 0
    while n + 1 < len(items):
        item, photo = items[n], items[n + 1]
        if opens_its_caption(item, photo, spacing):
            item.kind = "photo"
            item.blocks = [replace(b, kind="caption") if b.kind == "paragraph" else b for b in item.blocks]
            item.blocks += photo.blocks
            del items[n + 1]
            continue  # the photo made may be printed twice too
        if item.kind == "photo" and photo.kind == "photo" and photo.headline_source == "none" \
                and all(b.kind in ("caption", "credit") for b in photo.blocks) \
                and caption_text(photo) == caption_text(item) != "" and credits_of(photo) in ("", credits_of(item)):
            item.blocks += photo.blocks
            del items[n + 1]
            continue
        n += 1


def printed_again(photo: Draft, block: Block) -> bool:
    """Does `block` go on printing the photo's caption again, word for word, after its credit?"""
    credit = next((n for n, b in enumerate(photo.blocks) if b.kind == "credit"), None)
    if credit is None:
        return False
    caption = GAPS.sub("", "".join(b.text for b in photo.blocks[:credit] if b.kind == "caption"))
    copied = GAPS.sub("", "".join(b.text for b in photo.blocks[credit + 1:] if b.kind == "caption"))
    text = GAPS.sub("", block.text)
    return bool(text) and caption.startswith(copied + text)


def following_starts(blocks: list[Block]) -> dict[int, int]:
    """For each block's first and last line, the first line of the next block (0 after the last);
    a binary search keeps a page of tens of thousands of lines linear enough."""
    starts = sorted({b.first_line for b in blocks})
    following = dict(zip(starts, starts[1:]))
    for block in blocks:
        n = bisect.bisect_right(starts, block.last_line)
        following[block.last_line] = starts[n] if n < len(starts) else 0
    return following


def segment(blocks: list[Block], file: str) -> tuple[list[Draft], list[Block]]:
    page_text = "".join(b.text for b in blocks if b.kind in BODY)
    said = GAPS.sub("", page_text)  # what the text says, stray gaps aside (阿维塔E 11等)
    state = first_pass(joined_pull_quotes(blocks, said), file, said)
    merge_bulleted_sections(state)
    split_lone_headings(state)
    split_question_columns(state)
    split_news_under_rows(state)
    split_box_under_text(state)
    split_signed_again(state)
    merge_caption_openings(state)
    index = PairIndex([i for i in state.items if i.kind != "photo"])
    reconcile_attached(state, index)
    shares_out_two_titles(state, index)
    redistribute_stacked_headlines(state, index)
    next_line = following_starts(blocks)
    unmatched = attach_displaced_headlines(state, index, next_line)
    teaser_lines = {b.first_line for b in state.furniture if vocabulary().teaser.search(b.text)}
    settle_unmatched(state, unmatched, index, teaser_lines, next_line)
    label_boxes(state, next_line)
    give_lone_bylines(state, next_line)
    merge_wide_leads(state, index)
    split_signed_twice(state, index)
    split_signed_sections(state, index, next_line)
    split_signed_briefs(state, index, next_line)
    shares_out_two_titles(state, index)  # a brief split off above has no title yet
    split_at_a_closing_stack(state, index)
    swap_titles_printed_under(state, index)
    merge_editors_notes(state)
    title_groups_under_their_credit(state)
    furniture_beside_furniture(state, next_line)
    for item in list(state.items):
        title_from_a_closing_heading(state, item, index)
    for item in state.items:
        item.file = file
        bridge_headline_parts(item, page_text)
        finish_item(item)
    items = sorted(state.items, key=lambda i: min((b.first_line for b in i.blocks if b.kind in BODY + ("caption",)),
                                                   default=i.lines[0]))
    for n, item in enumerate(items, start=1):
        item.sequence = n
    return items, sorted(state.furniture, key=lambda b: b.first_line)


def printed_under_the_text_above(item: Draft, above: Draft) -> bool:
    """Is the item's headline set right on the last line of the text above, a blank line between it and its
    own text (`…平价午餐。` / `社区食堂开张` / / `近日在…`)? A headline hugs the text it was printed with."""
    stack = headline_blocks(item)
    own = [b for b in item.blocks if b.kind != "headline"]
    return bool(stack and own and above.blocks) and item.blocks[0] is stack[0] \
        and stack[0].first_line == max(b.last_line for b in above.blocks if b.kind != "headline") + 1 \
        and own[0].first_line > stack[-1].last_line + 1


def swap_titles_printed_under(state: Segmentation, index: PairIndex) -> None:
    """Two texts each with its title printed right under it (`…平价午餐。` / `社区食堂开张` / / `近日在…（X）` /
    `我国将培训…人才` / / …): the first title, hugging the first text, was read as the second's and the
    second, found displaced, given to the first. When each title shares the other text's words more than
    its own, they change places."""
    for above, item in zip(state.items, state.items[1:]):
        if above.headline_source != "displaced" or item.headline_source != "above" \
                or not printed_under_the_text_above(item, above):
            continue
        upper, lower = headline_blocks(above), headline_blocks(item)
        mine, theirs = joined_title(lower), joined_title(upper)
        if index.score(mine, above) <= index.score(mine, item) \
                or index.score(theirs, item) <= index.score(theirs, above):
            continue
        above.blocks = [b for b in above.blocks if b.kind != "headline"]
        item.blocks = [b for b in item.blocks if b.kind != "headline"]
        attach_stack(state, above, Stack(lower), "displaced")
        attach_stack(state, item, Stack(upper), "displaced")


MAX_GROUP_TITLE_CHARS = 10  # 油茶丰收季, 大桥合龙的那一刻: a photo group's title is a short phrase


def untitled_group(item: Draft) -> Block | None:
    """The credit closing an untitled photo group (①… / ②… / ③… / 本组图片由…摄), or None."""
    captions = [b for b in item.blocks if b.kind == "caption"]
    credits = [b for b in item.blocks if b.kind == "credit"]
    # the whole group, from its first picture (①, 图①): a group cut apart leaves no title's place
    if item.kind != "photo" or headline_blocks(item) or not credits or not captions \
            or not FIRST_PICTURE.match(captions[0].text) \
            or sum(bool(GROUP_PICTURE_NUMBER.match(b.text)) for b in captions) < 2:
        return None
    return max(credits, key=lambda b: b.last_line)


def titles_a_group(line: Block, below: Block | None, hugs_the_credit: bool = False) -> bool:
    """A short phrase on a line of its own, no clause mark, dash, bullet or bracket, and no word or
    couplet run on into the line under it: the group's title, not the first line of another's. A quoted
    word closing it (`4年9次“串门”`) makes it a kicker over the stack under it, unless it hugs the credit
    and stands apart from that stack (`本组图片由…摄` / `戈壁滩上的“追风人”` / / `深化改革…`)."""
    text = GAPS.sub("", line.text)
    return len(line.spans) == 1 and MIN_TITLE_CHARS <= len(text) <= MAX_GROUP_TITLE_CHARS \
        and not ANY_CLAUSE_OR_STOP.search(text) and not SENTENCE_INSIDE.search(text) \
        and not text.startswith((*SUBTITLE_DASHES, "【", *HEADLINE_BULLETS)) \
        and (not text.endswith(tuple(close for _, close in CLOSING_PAIRS))
             or hugs_the_credit and closes_what_it_opened(text)) \
        and (below is None or not wraps_a_word(line.text, below.text) and not is_couplet(line.text, below.text))


def title_groups_under_their_credit(state: Segmentation) -> None:
    """A photo group untitled over its numbered captions prints its title right under the group's
    credit (①… / ②… / ③… / 本组图片由…摄 / 油茶丰收季 / 4年9次“串门” / 双城经济圈建设…): the short line
    there names the pictures, not the next story, whose headline stack it topped (or which was read as
    a caption after the credit). A single picture's credit never has its title under it, and a group
    whose credit sits over the next story's one-line title keeps that title's stack whole."""
    for group in [i for i in state.items if i.kind == "photo"]:
        credit = untitled_group(group)
        if credit is None:
            continue
        tail = group.blocks[-1]
        if tail.kind == "caption" and tail.first_line > credit.last_line and titles_a_group(tail, None) \
                and not GROUP_PICTURE_NUMBER.match(tail.text):
            give_group_title(group, replace(tail, kind="headline"), group.blocks[:-1])
            continue
        if tail is not credit:
            continue
        below = next((i for i in state.items if i is not group and i.blocks
                      and 0 < i.blocks[0].first_line - credit.last_line <= 2), None)  # a blank line apart at most
        if below is None:
            continue
        if below.kind == "photo" and len(below.blocks) == 1 and below.blocks[0].kind == "caption" \
                and titles_a_group(below.blocks[0], None):
            state.items.remove(below)  # the title alone over the page's foot, read as a caption of its own
            give_group_title(group, replace(below.blocks[0], kind="headline"), group.blocks)
            continue
        stack = list(itertools.takewhile(lambda b: b.kind == "headline", below.blocks))
        # set solid under the credit, a blank line over the stack below: the group's line, not that stack's
        hugs = len(stack) > 1 and stack[0].first_line - credit.last_line < stack[1].first_line - stack[0].last_line
        if len(stack) < 2 or not has_body(below) or not titles_a_group(stack[0], pairs_with_the_top(stack), hugs):
            continue
        below.blocks = below.blocks[1:]
        headline_fields(below, stack[1:])
        give_group_title(group, stack[0], group.blocks)


def pairs_with_the_top(stack: list[Block]) -> Block | None:
    """The line under a stack's top line that the top may run on into or pair with: none when that
    line pairs with the one under it (协同创新开新局 / 八市齐力谱新篇) or is a quoted kicker over its title
    (4年9次“串门” / 双城经济圈…), for a line is one half of one couplet at most."""
    second, rest = stack[1], stack[2:]
    if rest and (is_couplet(second.text, rest[0].text) or quoted_kicker(second.text, joined_title(rest))):
        return None
    return second


def give_group_title(group: Draft, title: Block, blocks: list[Block]) -> None:
    group.blocks = [title] + blocks
    headline_fields(group, [title])
    group.headline_source = "displaced"


def is_editors_note_over(note: Draft, story: Draft) -> bool:
    """编者按：今年以来，…本报今起刊发系列报道… / 江西落实重点产业链现代化建设 / 本报记者 X / …: a note opening
    with the editors' label, set apart over the next titled story, with no title, byline or credit of its
    own, introduces that story: its first paragraph, though printed over the headline."""
    own = note.blocks
    return bool(own) and all(b.kind == "paragraph" for b in own) \
        and EDITORS_NOTE_OPENING.match(own[0].text) is not None \
        and sum(len(b.text) for b in own) <= BRIEF_MAX_CHARS \
        and story.kind in ("article", "brief") and story.headline_source != "none" and bool(headline_blocks(story)) \
        and headline_blocks(story)[0].first_line > own[-1].last_line


def merge_editors_notes(state: Segmentation) -> None:
    """The editors' note printed over a story's headline opens that story's text. A note under a title
    of its own (城乡融合看越地 / 编者按：…) introduces a package of stories and stays an item."""
    items = sorted(state.items, key=lambda i: i.blocks[0].first_line if i.blocks else -1)
    for note, story in zip(items, items[1:]):
        if not is_editors_note_over(note, story):
            continue
        first = next(n for n, b in enumerate(story.blocks) if b.kind != "headline" or b is story.blocks[-1])
        story.blocks[first:first] = note.blocks
        state.items.remove(note)


def signed_twice(item: Draft) -> bool:
    """A byline above the text and a bare name signing its end: likely two pieces (a commentary
    printed with no headline after an article), which nothing on the page tells apart."""
    end = len(item.blocks)
    while end and item.blocks[end - 1].kind == "credit" and AUTHOR_NOTE.match(item.blocks[end - 1].text):
        end -= 1  # 张佳 / （作者为资深财经评论员）: a note saying who the writer is follows the name
    if not end or item.blocks[end - 1].kind != "byline" or not is_lone_name(item.blocks[end - 1].text):
        return False
    return any(b.kind == "byline" for b in item.blocks[:first_body(item)])


def last_body(item: Draft) -> int:
    """The index of the item's last text block (0 when it has none): a heading after it heads no section."""
    return max((n for n, b in enumerate(item.blocks) if b.kind in BODY), default=0)


def first_body(item: Draft) -> int:
    """The index of the item's first text block (len(blocks) when it has none)."""
    return next((n for n, b in enumerate(item.blocks) if b.kind in BODY), len(item.blocks))


MAX_CLOSING_STACK = 2  # headings closing an item with no text under them: a title and its subtitle


def split_at_a_closing_stack(state: Segmentation, index: PairIndex) -> None:
    """A titled story whose last lines are headings with no text under them, and whose text holds one
    byline over a paragraph after its first (`…具有重要意义。` / `某某报记者 X` / `近日,…` / … / `协同创新开新局…`),
    is two stories: the second opens at that byline and the headings, printed after its text, are its
    title, when they share more words with it than with the text above (a heading heads the text under
    it, and none follows; a story opens at its byline)."""
    for item in list(state.items):
        if item.kind != "article" or not headline_blocks(item):
            continue
        closing = len(item.blocks)
        while closing > 0 and item.blocks[closing - 1].kind == "heading":
            closing -= 1
        stack = item.blocks[closing:]
        bylines = [n for n in range(first_body(item) + 1, closing - 1)
                   if item.blocks[n].kind == "byline" and item.blocks[n + 1].kind in BODY]
        if not 0 < len(stack) <= MAX_CLOSING_STACK or len(bylines) != 1:
            continue
        cut = bylines[0]
        title = "".join(b.text for b in stack)
        above = "".join(b.text for b in item.blocks[:cut] if b.kind in BODY)
        below = "".join(b.text for b in item.blocks[cut:closing] if b.kind in BODY)
        if index.score_text(title, below) <= index.score_text(title, above):
            continue
        tail = Draft(kind="article", file=item.file, blocks=item.blocks[cut:closing], opened_by="displaced headline")
        item.blocks = item.blocks[:cut]
        state.items.insert(state.items.index(item) + 1, tail)
        attach_stack(state, tail, Stack([replace(b, kind="headline") for b in stack]), "displaced")
        tail.warnings.append("split from the text above by its displaced headline")


def title_from_a_closing_heading(state: Segmentation, item: Draft, index: PairIndex) -> None:
    """An untitled story whose last line is a heading with no text under it (`…新质生产力` closing the
    article, the next story opening on its own) has its title printed after it: a heading heads
    the text below it, and none follows. A lone sentence may be a picture's caption, and the line
    under it another's. So has a story titled so far by a headline sharing none of its words, when
    that heading shares them: the headline was read across into it from a picture's title or from
    the title printed after the untitled text above, and goes to that picture or text."""
    if not item.blocks or item.blocks[-1].kind != "heading":
        return
    heading = item.blocks[-1]
    stray = headline_blocks(item)
    if not stray and sum(b.kind == "paragraph" for b in item.blocks) < MIN_STORY_PARAGRAPHS:
        return
    if stray and opens_its_text(item, stray, heading, index):
        under = item.blocks[len(stray)]
        item.blocks[:len(stray) + 1] = [Block("paragraph", joined_title(stray) + under.text,
                                              tuple(s for b in stray for s in b.spans) + under.spans, under.wide)]
    elif stray:
        taker = stray_title_taker(state, item, stray, heading, index)
        if taker is None:
            return
        item.blocks = [b for b in item.blocks if b not in stray]
        attach_stack(state, taker, Stack(stray), "displaced")
    item.blocks[-1] = replace(heading, kind="headline")
    item.headline_source = "displaced"
    headline_fields(item, [item.blocks[-1]])


def closes_with_its_title(item: Draft, stray: list[Block], heading: Block, index: PairIndex) -> bool:
    """Does the heading closing a story share twice as many of its words as the headline over it?"""
    closing = index.score(heading.text, item)
    return item.blocks[:len(stray)] == stray and has_body(item) and closing >= MIN_LEAD_MATCH \
        and index.score(joined_title(stray), item) * 2 < closing


def opens_its_text(item: Draft, stray: list[Block], heading: Block, index: PairIndex) -> bool:
    """A story's headline that runs on into the paragraph under it, mid-clause (`近日在吉林省长春市召开的第三届世` /
    `界中医药科技大会披露，…`), when the heading closing the story is its title: the text's first line, read
    as a headline beside a picture's caption read across, and no one else's title."""
    under = item.blocks[len(stray)] if len(item.blocks) > len(stray) else None
    return under is not None and under.kind == "paragraph" and carries_on(stray[-1].text, under.text) \
        and closes_with_its_title(item, stray, heading, index)


def stray_title_taker(state: Segmentation, item: Draft, stray: list[Block], heading: Block,
                      index: PairIndex) -> Draft | None:
    """Whose title is a story's headline that shares few of its words, when the heading closing the
    story shares twice as many (`守护海滩` / `日前，市区新增两条夜班公` / `海边，救生员…` / … / `公交线路新增夜班车`):
    the untitled picture whose caption is printed under that headline, inside the story's lines, or else
    the untitled text right above, whose title printed after it stood where the story's would."""
    if not closes_with_its_title(item, stray, heading, index):
        return None
    top, bottom = stray[-1].last_line, heading.first_line
    pictures = [other for other in state.items if other.kind == "photo" and not headline_blocks(other)
                and any(b.kind == "caption" and top < b.first_line < bottom for b in other.blocks)]
    if pictures:
        return pictures[0]
    above = next((other for other in reversed(state.items[:state.items.index(item)]) if other.kind != "photo"), None)
    return above if above is not None and needs_headline(above) and above.lines[1] < stray[0].first_line else None


def bridge_headline_parts(item: Draft, body: str) -> None:
    """Headline parts that the page's text runs on across their break are one title wrapped: one
    name (推动成渝地区双城经济圈建设 / 重庆四川党政联席会议第九次会议…) broken where the type size
    seemed to change.

    On a page with a blank line after every line the blank lines inside a stack part nothing:
    its parts are read again from the type size alone."""
    stack = list(itertools.takewhile(lambda b: b.kind == "headline", item.blocks))
    if len(stack) > 1 and all(b.first_line - a.last_line == 2 for a, b in itertools.pairwise(stack)) \
            and spacing_of(item) == 2:
        deck = item.subtitle
        headline_fields(item, stack, spacing=2)
        if not item.subtitle and deck not in item.title:
            item.subtitle = deck
    # the text runs on across the break, or lists the two halves with a pause mark between them (聚焦弱有所扶 /
    # 老有颐养幼有所护残有所助 over …聚焦弱有所扶、老有颐养、…): a headline drops its list's pause marks. A
    # part shorter than the characters compared is listed as a label may be (数据 / 前三季度… over …数据、…).
    bridged = lambda first, second: bool(first and second) and (  # noqa: E731
        first[-BRIDGE_CHARS:] + second[:BRIDGE_CHARS] in body
        or len(first) >= BRIDGE_CHARS and first[-BRIDGE_CHARS:] + LIST_PAUSE + second[:BRIDGE_CHARS] in body)
    if bridged(item.kicker, item.title):
        item.kicker, item.title = "", item.kicker + item.title
    if bridged(item.title, item.subtitle):
        item.title, item.subtitle = item.title + item.subtitle, ""
    # 建设黄河流域生态保护和 / 高质量发展先行区 … / （上接10版）: over its jump-in marker a jump page prints
    # the story's title again, broken where its column ends, and no deck: the second part is the rest of
    # that title, joined as the line break parted it (a dash subtitle stays one)
    if item.kind == "continuation" and item.headline_source == "above" and item.subtitle \
            and not item.subtitle.startswith(SUBTITLE_DASHES):
        item.title, item.subtitle = item.title + item.subtitle, ""


def label_over_title(item: Draft) -> None:
    """A box's label, bulleted or set apart, over the box's own title (■荧屏导视 / 辽宁卫视, 海都互动 / /
    你怎么看, ■昨日赛果 / 全国女排联赛) is its kicker, however alike their type: a box names its kind
    before what it lists. A title wrapped at its measure (双城经济圈建设 / 进入全面提速…) is one title."""
    headlines = [b for b in item.blocks if b.kind == "headline"]
    if item.kicker or len(headlines) != 2 or not is_row_label(headlines[0]):
        return
    # a box of rows alone names its kind over its title in any type (电视节目 / 辽宁卫视); over a story's
    # text two lines are more often one title wrapped by taste
    marked = headlines[0].text[:1] in HEADLINE_BULLETS + "【" or headlines[1].first_line > headlines[0].last_line + 1
    # a fact box's own label (温馨提示 / 夏季防溺水提示) names the box in any type: no title opens on it
    if not (marked or ends_a_box(item) or is_box_label(headlines[0])) \
            or wraps_a_word(headlines[0].text, headlines[1].text):
        return
    label, title = strip_bullet(headlines[0].text), strip_bullet(headlines[1].text)
    # the title read so far keeps a bracketed label's brackets (【积分榜】 中超积分榜)
    if GAPS.sub("", item.title) in (GAPS.sub("", label + title), GAPS.sub("", headlines[0].text + title)):
        item.kicker, item.title = label, title


GROUP_CREDIT = re.compile(load("layout.yml")["group_credit"])  # 组图/本报记者 X: the pictures of a group


def credits_a_group(item: Draft) -> bool:
    """A title over numbered captions (①游客在…。 / ②…) that a group's picture credit closes
    (组图/本报记者 X): a photo group, not a box of rows."""
    body = [b for b in item.blocks if b.kind in BODY + ("caption",)]
    return bool(body) and all(b.kind != "paragraph" for b in body) \
        and any(b.kind in ("credit", "byline") and GROUP_CREDIT.match(b.text) for b in item.blocks)


def labelled_as_box(item: Draft, labels: frozenset[str] | None = None) -> bool:
    """■相关链接, 【名词解释】, 背景 as title or kicker, or as the first line of a stack read as one title
    (温馨提示 / 夏季防溺水提示): the label of a fact box beside an article (of `labels` when given)."""
    headlines = headline_blocks(item)
    stacked = len(headlines) == 2 and is_box_label(headlines[0])
    if labels is None:
        labels = vocabulary().box_labels
    else:
        stacked = stacked and label_word(headlines[0].text) in labels
    return stacked or any(label_word(text) in labels for text in (item.kicker, item.title) if text)


def label_word(text: str) -> str:
    """■相关链接, 【名词解释】: the label without its bullet, brackets or gaps."""
    return GAPS.sub("", strip_bullet(text)).strip("【】[]")


def heads_one_paragraph(item: Draft) -> bool:
    """One paragraph and no rows under a fact box's label (背景 / 城市更新行动 / 城市更新行动着眼于…): a short
    text the label heads, an article; two entries or more (名词解释 / 柔性引才：… / 东西部协作：…) or rows are
    the box's."""
    return [b.kind for b in item.blocks if b.kind in ("paragraph", "listitem")] == ["paragraph"] \
        and labelled_as_box(item, vocabulary().note_box_labels)


def mostly_rows(item: Draft) -> bool:
    """Mostly list lines: three rows or more, or two in a box opened by its label over them (天气预报 /
    近日多阵雨 注意防范 / 今天 … / 明天 …)."""
    least = 2 if item.opened_by == BOX_OF_ROWS else MIN_TABLE_ROWS
    return sum(b.kind == "listitem" for b in item.blocks) >= max(least, sum(b.kind == "paragraph" for b in item.blocks))


MIN_NOTICE_ROWS = 2


def boxes_a_notice(item: Draft) -> bool:
    """A utility's outage notice (停水通知 / 因供水管道维修，下列区域将暂停供水：9时至18时 某某社区 / …) is a
    box of when and where the supply stops by its title alone, its rows run into the sentence announcing
    them or not; any other notice (停电公告 is one too) when it sets out what it announces in rows
    (停电时间：… / 停电范围：…), however many sentences frame the rows."""
    if vocabulary().outage_notice.match(GAPS.sub("", strip_bullet(item.title)).strip("【】")):
        return True
    return bool(vocabulary().notice_title.match(GAPS.sub("", item.title))) \
        and sum(b.kind == "listitem" for b in item.blocks) >= MIN_NOTICE_ROWS


def captions_its_picture(item: Draft) -> bool:
    """棚里丰收 / 大棚里，菜农在采摘西红柿。 / （吴海 摄）, or an untitled 1月27日，…。 / 新华社发: one short
    paragraph closed by a picture's credit and signed by no one (a photo is credited, a story signed)
    is that picture's caption."""
    body = [b for b in item.blocks if b.kind in BODY + ("heading", "byline")]
    # a credit in brackets (（视觉中国/图）) is read as the same credit alone
    credit = replace(item.blocks[-1], text=item.blocks[-1].text.strip("（）()")) if item.blocks else None
    return len(body) == 1 and body[0].kind == "paragraph" and len(body[0].text) <= MAX_CAPTION_TEXT \
        and credit is not None and credit.kind == "credit" \
        and (is_picture_credit_line(credit) or is_picture_credit(credit.text))


# the bullets a briefs column marks its datelines with (■本报讯 近日，…): one dateline with them
DATELINE_BULLETS = vocabulary().lead_bullets


def finish_item(item: Draft) -> None:
    """Kind and warnings from what the item holds."""
    bylines = [b.text for b in item.blocks if b.kind == "byline"]
    body_chars = sum(len(b.text) for b in item.blocks if b.kind in BODY)
    if item.kind == "article":
        if credits_a_group(item):
            item.kind = "photo"
        elif captions_its_picture(item):
            item.kind = "photo"
            item.blocks = [replace(b, kind="caption") if b.kind == "paragraph" else b for b in item.blocks]
        elif any(COMMENTATOR in b for b in bylines) or (not item.title and any(is_lone_name(b) for b in bylines)):
            item.kind = "commentary"
        elif (boxed := labelled_as_box(item)) and not heads_one_paragraph(item) or boxes_a_notice(item) \
                or mostly_rows(item):
            item.kind = "infobox"
            label_over_title(item)
        elif boxed:
            label_over_title(item)  # 背景 / 城市更新行动 / 城市更新行动着眼于…: over one paragraph it heads an article
        elif body_chars < BRIEF_MAX_CHARS and not any(b.kind == "heading" for b in item.blocks[:last_body(item)]) and \
                (any(b.lstrip("【 " + DATELINE_BULLETS).startswith(vocabulary().own_dateline)  # 【本报讯】, ■本报讯
                     or b.startswith(("(", "（")) and not is_bare_dateline(b)
                     for b in bylines)  # （怡保讯）: an overseas paper's place in brackets credits no one
                 or any(b.kind == "credit" and b.text.startswith(("(", "（"))  # …交流。（综合新华社、人民网）
                        and (vocabulary().source_credit.match(b.text) or match_reprint(b.text))
                        for b in item.blocks)):
            item.kind = "brief"
    elif item.kind == "commentary" and len(item.title) >= MIN_TITLE_CHARS and bylines \
            and not any(COMMENTATOR in b or PAPER_SIGNER.search(b) for b in bylines):
        # 赣鄱时评 / 在细微处见真章 / □X: a titled piece a writer signs is his article; 本报编辑部 is no writer
        item.kind = "article"
    if item.kind == "photo" and not any(b.kind == "credit" for b in item.blocks):
        item.warnings.append("caption with no credit")
    if item.kind != "photo" and not item.title:
        item.warnings.append("no headline found on this page")
    if not has_body(item) and item.kind != "photo":
        item.warnings.append("headline with no body")
