"""Unwrap stage: the hard-wrapped lines of a page → paragraphs with their exact source spans.

E-paper extraction breaks text in three ways, all handled by one set of rules:

a) a blank line after every wrapped line, column widths differing between articles;
b) column-wrapped lines, blank lines at paragraph ends but also mid-sentence (column breaks);
c) one paragraph per line, a few paragraphs still split mid-word across a blank line.

Whether a line runs on into the next non-blank line is decided from its display width against
the LOCAL column width (estimated from neighbouring lines), from how it ends (sentence-final
punctuation, a photo credit) and from what follows. See `joins_next` for the rules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate

from .datafiles import load
from .furniture import PHONE_SHORT_OF_ITS_LAST_DIGIT  # 0472-7722705 / 9: the one test a footer and a wrap share
from .classify import (ANNOUNCED, CLAUSE, FIGURE_ROW, FULL_STOP, MAX_LISTED_CHARS, NUMBERED, NUMBERED_CAPTION,
                       PARAGRAPH_INDENT, PICTURE_MARK, PICTURED, SCHEDULE_ROW, SENTENCE_ROW, SENTENCE_STOP, SIGNED_DATE,
                       find_role, is_byline, is_credit_line, is_joined_outlet, is_picture_credit,
                       opens_as_a_notice_title, plain_roles, role_prefixes, vocabulary as layout_vocabulary)
from .names import only_names
from .model import Line, Paragraph, Span
from .cjk import CJK, IDEOGRAPH, cn_number, indent_width
from .repair import font_doubled_lines, is_letter_spaced, repair_line

# Width measure: ideographs 1; ASCII, digits and full-width punctuation ½. Justified CJK
# setting squeezes punctuation, so counting it half makes full lines of a column much steadier.
NARROW_WIDTH = 0.5
PUNCTUATION_WIDTH = 0.5
MAX_INDENT = PARAGRAPH_INDENT  # a paragraph's indent (more is centring, not an indent; less, a stray space)

# Column estimate: the upper quartile of the widths of up to WINDOW non-blank lines on each
# side. Looking at each side separately keeps a boundary between two articles of different
# column widths from making the narrower article's lines look short.
WINDOW = 8
COLUMN_QUANTILE = 0.75
MIN_VERTICAL_LINES = 4  # lines of a headline set vertically, one or two characters each
VERTICAL_GLYPHS = 2
VERTICAL_TEXT = re.compile(f"[{CJK}：:“”‘’「」《》·]+")
MIN_SIDE_LINES = 4  # lines a side's column estimate needs at the top or bottom of a page
# A line within FULL_SLACK of its column runs full width: a paragraph's first line is indented
# by two ideographs, and justification adds about one column of noise.
FULL_SLACK = 3.0
# A letter-spaced line (`代 基 础 设 施 项 目`) was stretched to the column: its text is short but
# the printed line is full. It counts as full within this much.
STRETCHED_SLACK = 5.0
# Flush: not indented, so not the first line of a paragraph.
FLUSH_SLACK = 1.0
MAX_POINT_LINES = 3  # lines a notice's point may take: the one before the last is this close above it
# A title-like line wider than its column by more than this does not belong to the column.
OVERFLOW = 2.5
# Above this a "column" is really one paragraph per line (style c): there, only running text
# that stops mid-sentence joins the next line.
MAX_COLUMN = 40.0
# Layout is judged over LAYOUT_WINDOW non-blank lines on each side. Blank-separated layout
# (styles a and c): most lines have a blank after them; there, two lines printed without a
# blank between them are stacked titles, never a wrap. Wrapped in a column (styles a and b):
# at least MIN_WRAPPING_SHARE of the body lines stop mid-sentence (style c: hardly any).
LAYOUT_WINDOW = 20
BLANK_SEPARATED_SHARE = 0.75
MIN_WRAPPING_SHARE = 0.5
NEAR_LINES = 2  # a line of running text this near a line with no mark shows the column it is set in
# A one-line paragraph narrower than this share of its column is a headline candidate, whose
# phrase gaps are kept (repair.remove_stray_spaces).
HEADLINE_SHARE = 0.6
# A line of running text ending in one of these stops mid-sentence: the next line goes on with it.
MID_SENTENCE = "，,、；;“‘《（("
COMMA = re.compile("[，,、；;]")  # a clause break inside a line: text, not a title
# A line that lost this many doubled glyphs to repair was set in bold (a headline).
MIN_BOLD_GLYPHS = 4


@dataclass(frozen=True)
class Vocabulary:
    sentence_final: str
    closing_marks: str
    clause_marks: frozenset[str]
    closing_endings: tuple[re.Pattern, ...]
    paragraph_openers: tuple[re.Pattern, ...]
    list_item: re.Pattern
    headline_bullet: re.Pattern


@cache
def vocabulary() -> Vocabulary:
    data = load("wrapping.yml")
    bullets = "".join(re.escape(b) for b in data["spaced_bullets"])
    return Vocabulary(
        sentence_final=data["sentence_final"],
        closing_marks=data["closing_marks"],
        clause_marks=frozenset(data["clause_marks"]),
        closing_endings=tuple(re.compile(p) for p in data["closing_endings"]),
        paragraph_openers=tuple(re.compile(p) for p in data["paragraph_openers"] + [data["sentence_row"]]),
        list_item=re.compile(rf"^[{bullets}]\s"),
        headline_bullet=re.compile(data["headline_bullets"]),
    )


# --- one line on its own ---------------------------------------------------------------------

@dataclass(frozen=True)
class SourceLine:
    """A non-blank source line with what the wrapping rules need to know about it."""

    number: int
    start: int  # non-whitespace extent [start, end) in the original line text
    end: int
    source: str  # the original characters in that extent
    text: str  # repaired as body text (all stray spaces gone)
    width: float
    blank_before: bool  # a blank line separates it from the previous non-blank line
    stretched: bool  # letter-spaced by justification
    bold: bool = False  # its glyphs were doubled: set in a bold face, as headlines are
    indent: float = 0.0  # printed width of the whitespace before it (a paragraph's first line)
    repeated: bool = False  # X+X with a doubled neighbour: collapsed whole (repair.font_doubled_lines)


WHITESPACE = re.compile(r"\s+")  # str.isspace
WIDE_OTHER = re.compile(f"[^\x00-\u1fff{CJK}]")  # wide (is_wide) but not an ideograph


# The line tests below are asked of each line many times over (by each rule, for the line before
# and the line after): pure functions of its text, each kept for the lines of the last pages.
LINE_MEMO = 4096


@lru_cache(maxsize=LINE_MEMO)  # a line's width is asked when it is read, by each run measuring it and by segment
def justified_width(text: str) -> float:
    """Printed width in ideographs as a justified column sets it: ideographs 1, ASCII and
    full-width punctuation ½ (not cjk.display_width, which counts punctuation 1)."""
    glyphs = WHITESPACE.sub("", text)
    ideographs, others = len(IDEOGRAPH.findall(glyphs)), WIDE_OTHER.findall(glyphs)
    letters = sum(1 for char in others if char.isalnum())
    narrow = len(glyphs) - ideographs - len(others)
    return ideographs + letters + PUNCTUATION_WIDTH * (len(others) - letters) + NARROW_WIDTH * narrow


@lru_cache(maxsize=LINE_MEMO)
def ends_sentence(text: str) -> bool:
    """The line ends a sentence: 。 ！ ？ … (closing quotes/brackets may follow) or a credit."""
    vocab = vocabulary()
    bare = text.rstrip(vocab.closing_marks)
    if bare and bare[-1] in vocab.sentence_final:
        return True
    return any(pattern.search(text) for pattern in vocab.closing_endings)


def is_prose(text: str) -> bool:
    """Running text: a comma, semicolon or full stop in the line (titles rarely have one)."""
    return not vocabulary().clause_marks.isdisjoint(text)


@lru_cache(maxsize=LINE_MEMO)
def opens_paragraph(source: str) -> bool:
    """List item, byline marker, dateline or continuation marker (as classify reads one: （接A1）,
    ◀接A01版): nothing joins into it."""
    dateline = layout_vocabulary().dateline
    return any(pattern.search(source) for pattern in vocabulary().paragraph_openers) \
        or bool(dateline.match(source)) or bool(layout_vocabulary().continuation.match(source)) \
        or " " in source[:DATELINE_SPAN] and (SAID in source[:DATELINE_SPAN] or WIRED in source[:DATELINE_SPAN]) \
        and bool(dateline.match("".join(source[:DATELINE_SPAN].split()))) \
        or ("）" in source or ")" in source) and bool(ANNOUNCED.match("".join(source.split())))
    # 本报三亚3月2 8日讯: a stray space in a dateline; 远航股份（000875）：公司公告称，…, letter-spaced or not:
    # a company notice opens with its company and code


# The two words every dateline ends in (layout.yml `dateline_ends`: 讯, 电), each tested with `in`:
# most text holds neither, and the test runs on every line, several times.
SAID, WIRED = load("layout.yml")["dateline_ends"]
DATELINE_SPAN = 40  # characters a dateline and the spaces strayed into it take at most


def has_dateline(text: str) -> bool:
    """本报讯 or 新华社北京6月21日电 anywhere in the text (each ends in 讯 or 电: most text has neither)."""
    return (SAID in text or WIRED in text) and bool(layout_vocabulary().dateline.search(text))


def is_running_text(line: SourceLine) -> bool:
    """Prose (see is_prose), or a line holding a dateline (本报讯 …), but not a list item."""
    return running_text(line.source, line.text)


@lru_cache(maxsize=LINE_MEMO)
def running_text(source: str, text: str) -> bool:
    """is_running_text of a line printed as `source` and repaired as `text`."""
    vocab = vocabulary()
    if vocab.list_item.search(source):
        return False
    if is_prose(text) or has_dateline(text):
        return True
    if PICTURED.match(text):  # 图为游客在…采摘 / 枇杷。: what a picture shows opens a caption's sentence, no title
        return True
    # 东岳精工（300867）：公司公 / 告称，…: the notice's text has begun
    announced = ANNOUNCED.match(text) if "）" in text or ")" in text else None
    return bool(announced) and announced.end() < len(text)


# A byline broken inside a name: `…记者 黎娟丽 金` / `远琪 通讯员 陶春雯`.
NAME_HEAD = re.compile(rf"\s[{CJK}]{{1,2}}$")
NAME_TAIL = re.compile(rf"^[{CJK}]{{1,2}}\s")
CIRCLED_NUMBER = re.compile("[①-⑳]")
NARROW_GLYPH = re.compile(r"[\x21-\x7e]")  # digits and Latin letters, whose width a line's length hides
OPENS_WITH_A_DATE = re.compile(load("wrapping.yml")["dated_opener"])  # a news sentence opening with its date
NUMBERED_TITLE = re.compile(load("wrapping.yml")["numbered_title"])  # 2.体育馆今起免费开放
MIN_SCHEDULE_ROWS = 3
TEMPERATURE_END = ("℃", "°C")  # a forecast's row ends on its temperatures
MAX_ROW_LINES = 3  # source lines of one schedule row: its time and what it names, wrapped twice at most
ROW_START, ROW_MORE = 1, 2
# a row cut inside its figure or unit (…5月27, …38元/); a clock time (…至17:00) ends its row whole
CUT_FIGURE = re.compile(r"(?<!\d[:：]\d)[\d/／]$")
SAME_WIDTH = 0.5  # lines of running text wrapped at one measure are as wide as each other
MAX_ROW_REST = 3  # the glyphs of a listed row the column cut onto the next line (…某某工业 / 区, …38元/ / 斤)
TIME_HEAD = re.compile(r"(?<![\d.])\d{1,2}[:：](\d?)$")  # 11:1, 15: at a line's end
TIME_TAIL = re.compile(r"^\d{1,2}(?!\d)")  # 5开, 30开 opening the next line
SPLIT_TIME = re.compile(r"^[:：]\d")  # :00 城中区… under 9:00—15: a time broken at its colon
ATTRIBUTION = re.compile(r"(?:^|”)\s*—{1,2}[^—“”，。,、；;！？]{0,24}$")  # ——村民 杜杰辉: who said the quote
MAX_SPEAKER_CHARS = 16  # a speaker's role and name
GIVER_HEAD = re.compile(load("wrapping.yml")["giver_head"])  # 图片由 at a line's end: a credit goes on
GIVER_TAIL = re.compile(load("wrapping.yml")["giver_tail"])  # 飞云街道提供: who gave the picture
MAX_ISSUER_CHARS = 20  # a notice's issuer over its date (某某精神文明建设委员会办公室)
NUMBER_TAIL = re.compile(r"^\d{1,6}[。；;]$")  # 57。 under 咨询电话：0576-863084: the rest of the number
PHONE_HEAD = re.compile(load("wrapping.yml")["phone_head"])  # 联系电话：0 at a line's end: broken in its area code
PHONE_TAIL = re.compile(r"^\d{1,4}[-－]\d{5,8}(?!\d)")  # 991-64039691 under it: the rest of area code and number
PHONE_OPEN_NUMBER = re.compile(load("wrapping.yml")["phone_open_number"])  # 值班电话：0532- at a line's end
PHONE_NUMBER_REST = re.compile(r"^(?P<hyphen>[-－])?\d{1,8}(?=$|[。，,；;）)])")  # 86300042 or -82197916 under it
PHONE_DIGITS = (7, 8)  # digits of a number after its area code
CODE_HEAD = re.compile(r"(?<![A-Za-z0-9])(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,6}$")  # CA5, 3U: a flight's code at a line's end
CODE_TAIL = re.compile(r"^\d{1,4}$")  # 561 under …每周七班 CA5: the rest of the code
NUMBER_MARK = re.compile(load("wrapping.yml")["number_mark"])  # 号 原告…: a case number's end
DECIMAL_TAIL = re.compile(r"^(?:[.．]\d|[%％‰](?![\d.]))")  # .8% or % under …同比增长6: no text opens so
MAX_JUMP_TAIL = 8  # characters of a jump line's end on the next line (版, 版）, A2版）, 转第2版】 under …。【下)
OPEN_RANGE = re.compile(r"\d[:：]\d{2}\s*[—–~～-]\d{0,2}$")  # 8:00—1 / 7:00 东湖街道…: the hours run on, no row opens
OPENS_A_SENTENCE = re.compile(rf"^(?P<opener>[{CJK}]{{2,4}})[，,]")  # 今年以来, 近日，: an opener and its comma
SIGNED_SPAN = 24  # characters of a byline glued after the last sentence
SIGNED_TAIL = re.compile(r"[。！？”]\s*(?P<byline>[^。！？，,；;“”（）()]{4,24})$")  # …佳境。 上证报记者 陶波军
AGENCY_AFTER_CREDIT = re.compile(r"[（(][^（()）]{2,10}[)）]")
PHOTO_MARK: str = load("layout.yml")["photo_mark"]  # 雷航摄: the agency bracketed after it is the credit's
CREDIT_TAILS: tuple[str, ...] = tuple(load("wrapping.yml")["credit_tails"])  # 罗娜英 / 摄: a credit's last word


# A row of a box opening with its term and a colon (姓名：郭秀, 柔性引才：不改变…)
TERM_ROW = re.compile(rf"^[{CJK}]{{2,6}}[：:]\S")

def is_figure_row(items: list[SourceLine], index: int) -> bool:
    """Line `index` is a data box's row, or the rest of one broken inside its figure (… 同比增长2.1 / %)."""
    text = items[index].source.strip()
    if " " not in text and len(text) > 2:
        return False
    return bool(FIGURE_ROW.match(text) or index > 0 and len(text) <= 2
                and FIGURE_ROW.match(items[index - 1].source.strip() + text))


MAX_CUT_UNIT = 2  # characters of a unit the column cut off a figure (亿元)


def cuts_a_figures_unit(this: str, following: str) -> bool:
    """`社会消费品零售总额 2240.5` over `亿元`: a row of a data box whose unit (two characters at most) the
    column cut onto the next line; the row is whole only with it."""
    return len(following) <= MAX_CUT_UNIT and not FIGURE_ROW.match(this) and bool(FIGURE_ROW.match(this + following))


# An interview's speaker opening a turn: a name or role (王明：) or the paper asking (《华夏时报》：).
SPEAKER_TURN = re.compile(rf"^(?:《[^》\s]{{1,10}}》|[{CJK}]{{1,8}})[：:]\S")


def opens_bracket(text: str) -> bool:
    """The line leaves a bracket or a quote open: `…新亮点。（侯冬锋 赵毅`, `●…推出“小小图`."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")") \
        or text.count("“") > text.count("”")


def opens_bracket_inside(text: str) -> bool:
    """The line leaves a bracket or quote open that it did not open with (`某市连续5年将“新建社区食堂和老年`):
    inside a sentence; a line opening with its quote (`“建成一批数字化`) may be a pull quote's, set as a title."""
    return opens_bracket(text) and not text.startswith(("“", "（", "("))


def closes_bracket(text: str) -> bool:
    """The line closes a bracket or quote it did not open, early: `明）`, `摄）`, `书管理员”体验…`."""
    close = min((i for i in (text.find("）"), text.find(")"), text.find("”")) if i >= 0), default=-1)
    return 0 <= close <= 12 and not any(mark in text[:close] for mark in "（(“")


def opens_news_sentence(text: str) -> bool:
    """今年以来，…, 近日，…, 6月21日，…: a news sentence's opener and its comma, or its date."""
    opener = OPENS_A_SENTENCE.match(text)
    return bool(opener and layout_vocabulary().sentence_openers.fullmatch(opener.group("opener"))
                or OPENS_WITH_A_DATE.match(text))


def opens_with_an_opener(text: str) -> bool:
    """近日印发的…, 今年以来…: the line opens with a word a news sentence opens with, two characters
    or more (a lone 在 or 为 opens clauses inside sentences too)."""
    opener = layout_vocabulary().sentence_openers.match(text)
    return opener is not None and opener.end() >= 2


def is_title_like(line: SourceLine) -> bool:
    """No sentence end and no running text: a headline, heading, byline, credit or list item —
    or a body line without punctuation, which the caller tells apart by its width."""
    return not ends_sentence(line.text) and not is_running_text(line)


def source_lines(lines: list[Line]) -> list[SourceLine]:
    """The non-blank lines of a page, each measured on its text repaired as body text."""
    result: list[SourceLine] = []
    blank_before = False
    repeated = font_doubled_lines(lines)
    for line in lines:
        if not line.text.strip():
            blank_before = bool(result)
            continue
        start = len(line.text) - len(line.text.lstrip())
        end = len(line.text.rstrip())
        text = repair_line(line.text[start:end], whole_line=line.number in repeated)
        source = line.text[start:end]
        # repair only deletes characters, and only spaces besides the doubled glyphs (so a line
        # that lost fewer characters than MIN_BOLD_GLYPHS cannot have lost that many glyphs)
        bold = len(source) - len(text) >= MIN_BOLD_GLYPHS \
            and len(WHITESPACE.sub("", source)) - len(WHITESPACE.sub("", text)) >= MIN_BOLD_GLYPHS
        indent = indent_width(line.text[:start])
        result.append(SourceLine(line.number, start, end, source, text, justified_width(text),
                                 blank_before, is_letter_spaced(source), bold, indent, line.number in repeated))
        blank_before = False
    return result


# --- column estimate --------------------------------------------------------------------------

def quantile(values: list[float], share: float) -> float:
    """Linear-interpolated quantile of a non-empty list."""
    ordered = sorted(values)
    position = share * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def column_sides(widths: list[float]) -> list[tuple[float, float]]:
    """Per line, the column estimated from the lines before it and from the lines after it
    (each side: the line itself and up to WINDOW neighbours), narrower first."""
    sides = []
    for index in range(len(widths)):
        before = quantile(widths[max(0, index - WINDOW):index + 1], COLUMN_QUANTILE)
        after = quantile(widths[index:index + WINDOW + 1], COLUMN_QUANTILE)
        # At a page's edge one side holds only the headline lines printed there: too few to tell a column
        if index < MIN_SIDE_LINES:
            before = after
        elif len(widths) - index <= MIN_SIDE_LINES:
            after = before
        sides.append((min(before, after), max(before, after)))
    return sides


def local_columns(widths: list[float], sides: list[tuple[float, float]] | None = None) -> list[float]:
    """The column width each line was set in, estimated from its neighbours.

    A line no wider than the narrower side's estimate belongs to that column (a narrow
    article's line next to a wide article); a wider line belongs to the wider one (a lead
    printed apart). Looking at each side separately keeps a boundary between two articles of
    different column widths from making the narrower article's lines look short.
    """
    return [narrow if width <= narrow + OVERFLOW else wide
            for width, (narrow, wide) in zip(widths, column_sides(widths) if sides is None else sides)]


def paragraph_per_line(items: list[SourceLine], sides: list[tuple[float, float]] | None = None) -> list[bool]:
    """Per line: is it set one paragraph per line (style c) rather than wrapped in a column?

    Decided from the body lines (running text or sentence ends) within LAYOUT_WINDOW lines:
    in a column most of them stop mid-sentence (they wrap), while lines that are whole
    paragraphs end with a full stop, however wide they are. A column wider than MAX_COLUMN on
    either side also counts as one paragraph per line.
    """
    sides = column_sides([item.width for item in items]) if sides is None else sides
    ends = [ends_sentence(item.text) for item in items]
    running = [is_running_text(item) for item in items]
    # a line with no mark at all as wide as its column and as a line of running text near it is text wrapped
    # there too (6月21日，推动成渝地区双城 / 经济圈建设重庆四川党政联席): one paragraph a line has no such lines
    whole = [not end and not run and narrow - FLUSH_SLACK <= item.width <= wide + OVERFLOW
            and any(running[near] and as_wide_as(items[near], item.width)
                    for near in range(max(0, index - NEAR_LINES), min(len(items), index + NEAR_LINES + 1)))
            for index, (item, end, run, (narrow, wide)) in enumerate(zip(items, ends, running, sides))]
    body = [end or run or text for end, run, text in zip(ends, running, whole)]
    wrapped = [run and not end or text for end, run, text in zip(ends, running, whole)]
    result = []
    for index, (_, wide) in enumerate(sides):
        window = slice(max(0, index - LAYOUT_WINDOW), index + LAYOUT_WINDOW + 1)
        body_lines, wrapped_lines = sum(body[window]), sum(wrapped[window])
        result.append(wide > MAX_COLUMN or wrapped_lines < MIN_WRAPPING_SHARE * body_lines or not body_lines)
    return result


def column_widths(lines: list[Line]) -> dict[int, float]:
    """Local column width (see justified_width) per non-blank line number."""
    items = source_lines(lines)
    return {item.number: column for item, column in zip(items, local_columns([i.width for i in items]))}


def blank_separated(items: list[SourceLine]) -> list[bool]:
    """Per line: does it sit in a layout where (nearly) every line is followed by a blank?"""
    blank_after = [following.blank_before for following in items[1:]] + [True]
    # A box's dash rows (`- 嘉陵江…通航`) are a paragraph each whatever the layout, set apart or not: the
    # blank after them says nothing of how the text around is set, so only the other lines tell.
    told = [not vocabulary().list_item.match(item.source) for item in items]
    # running counts, so that each line's window is read in constant time
    blanks = list(accumulate(blank_after, initial=0))
    lines_told = list(accumulate(told, initial=0))
    blanks_told = list(accumulate((blank and tell for blank, tell in zip(blank_after, told)), initial=0))
    result = []
    for index in range(len(items)):
        low, high = max(0, index - LAYOUT_WINDOW), min(len(items), index + LAYOUT_WINDOW + 1)
        count = lines_told[high] - lines_told[low]
        if count:
            result.append(blanks_told[high] - blanks_told[low] >= BLANK_SEPARATED_SHARE * count)
        else:
            result.append(blanks[high] - blanks[low] >= BLANK_SEPARATED_SHARE * (high - low))
    return result


# --- does a line run on into the next one? ------------------------------------------------------

def runs_full(line: SourceLine, column: float) -> bool:
    """As wide as its column allows, the indent of a first line included."""
    if line.width + min(line.indent, MAX_INDENT) >= column - FULL_SLACK:
        return True
    return line.stretched and line.width >= column - STRETCHED_SLACK


def is_flush(line: SourceLine, column: float) -> bool:
    """Full width without an indent, and no wider than the column."""
    return column - FLUSH_SLACK <= line.width <= column + OVERFLOW


def can_continue_a_paragraph(line: SourceLine, column: float) -> bool:
    """A line that can be the second or later line of a paragraph: it ends a sentence, is
    running text, or runs full width. A short title-like line can't (`制图 江蕊松`)."""
    return ends_sentence(line.text) or is_running_text(line) or runs_full(line, column) \
        or line.text[-1:] in MID_SENTENCE or opens_bracket(line.text)  # …行动计划（202: inside a sentence


@dataclass(frozen=True)
class Layout:
    """What the wrapping rules need to know about the neighbourhood of each line."""

    columns: list[float]  # local column width (local_columns)
    separated: list[bool]  # blank-separated layout (blank_separated)
    per_line: list[bool]  # one paragraph per line, no column (paragraph_per_line)
    vertical: list[bool]  # a character of a headline set vertically (vertical_lines)
    rows: list[int]  # ROW_START, ROW_MORE or 0: a schedule's rows (schedule_rows)


def page_layout(items: list[SourceLine]) -> Layout:
    widths = [item.width for item in items]
    sides = column_sides(widths)  # both the columns and the layout read them
    return Layout(local_columns(widths, sides), blank_separated(items), paragraph_per_line(items, sides),
                  vertical_lines(items), [max(pair) for pair in zip(schedule_rows(items), announced_rows(items))])


def schedule_rows(items: list[SourceLine]) -> list[int]:
    """Per line: does it open a row of a schedule (ROW_START), or carry one on (ROW_MORE)?

    A notice of power or water cuts, a TV, show or match listing prints rows that open with a time
    (a date before it or not), each wrapped at the column's width: `6月12日 9:00—15` / `:00 递铺街道
    马家村部分` / `区域`. Three rows or more, each of one to three lines with no clause mark, are
    rows whatever the blank lines: the lines under a row's first are its own, up to the next row,
    and after the last row as many as the longest row above carries, each under a line the column
    cut (as wide as the widest row line, or a time with nothing after it), and no blank line
    between them where a row's lines are printed with none."""
    result = [0] * len(items)
    starts = [n for n, item in enumerate(items) if SCHEDULE_ROW.match(item.text) and not is_prose(item.text)
              and not (n and OPEN_RANGE.search(items[n - 1].text))]
    opening = set(starts)

    def carries(index: int) -> bool:
        line = items[index]
        return index not in opening and not is_prose(line.text) and not opens_paragraph(line.source)

    def unfinished(line: SourceLine, widest: float) -> bool:  # the last row goes on under a line cut at the column
        if line.text.rstrip().endswith(TEMPERATURE_END):  # 东部 晴时多云 26～32℃: a forecast's row, whole
            return False
        opened = SCHEDULE_ROW.match(line.text)
        return opened is not None and not IDEOGRAPH.search(line.text, opened.end()) \
            or bool(OPEN_RANGE.search(line.text)) or line.width >= widest - FULL_SLACK

    run: list[int] = []
    for start in starts + [len(items) + MAX_ROW_LINES]:
        if run and start - run[-1] <= MAX_ROW_LINES and all(carries(k) for k in range(run[-1] + 1, start)):
            run.append(start)
            continue
        if len(run) >= MIN_SCHEDULE_ROWS:
            longest = max(b - a for a, b in zip(run, run[1:])) - 1
            fewest = min(b - a for a, b in zip(run, run[1:])) - 1  # lines every row above carries: the last too
            # a row's own lines set the spacing its last row goes on in: rows set a blank line apart,
            # each printed close, end before a line after a blank (…话剧《春风里》 / / 湖畔夏日)
            inside = [k for k in range(run[0] + 1, run[-1] + 1) if k not in opening]
            blanks = any(items[k].blank_before for k in inside or range(run[0] + 1, run[-1] + 1))
            widest = max(items[k].width for k in range(run[0], run[-1] + 1))
            end = run[-1] + 1
            while end < len(items) and end - run[-1] <= longest and carries(end) \
                    and (blanks or not items[end].blank_before) \
                    and (end - run[-1] <= fewest or unfinished(items[end - 1], widest)):
                end += 1
            for k in range(run[0], end):
                result[k] = ROW_START if k in run else ROW_MORE
        run = [start]
    return result


def announced_rows(items: list[SourceLine]) -> list[int]:
    """Per line: does it open a row of the list a colon announces (ROW_START), or carry one on (ROW_MORE)?

    A notice announces its list with a colon (`…现予公示：`, `岗位如下：`, `请过往车辆注意绕行：`) and prints
    it a row a line: names, places, units, road sections (`程光宇（白沙路街道）`, `一、红花岗区某某社区`,
    `机械装配工 20名 月薪4500元起`). Three lines or more under the colon, each short with no clause mark,
    are its rows, never run into the sentence announcing them nor into each other; a glyph or two under
    a row the column cut (`3.5月11日9时至17时 宝盖镇某某工业` / `区`), less than half as long, is that row's
    rest. The list ends at a blank line where its rows are set solid, a line of running text, a byline or a
    notice's issuer over its date; lines each as wide as the line with the colon are running text wrapped
    at one measure, whatever marks they hold, and rows the column cut inside a figure (`…5月27` /
    `日8时至12时停水`) are left to the rules that read figures."""
    result = [0] * len(items)

    def listed(index: int, first: int) -> bool:  # rows set solid under the first end at a blank line
        text = items[index].text.strip()
        return (index == first or items[index].blank_before == items[first + 1].blank_before) \
            and 0 < len(text) <= MAX_LISTED_CHARS and not is_prose(text) and not text.endswith(("：", ":")) \
            and not is_credit_line(items[index].source) and not signs_a_notice(items, index) \
            and not SIGNED_DATE.match(text)

    for colon, item in enumerate(items):
        if not item.text.rstrip().endswith(("：", ":")) or TIME_HEAD.search(item.text) or result[colon]:
            continue  # …上海虹桥 15: / 30开: a time broken at its colon announces nothing
        end = colon + 1
        while end < len(items) and listed(end, colon + 1):
            end += 1
        rows = list(range(colon + 1, end))
        if runs_into_text(items, rows):
            rows.pop()  # …新蒲新区某某社区 / 公示期为3月24日至3月3 / 0日。如有异议，…: the text after the list begins
        if len(rows) < MIN_SCHEDULE_ROWS or all(abs(items[k].width - item.width) <= SAME_WIDTH for k in rows):
            continue  # …特殊的客人： / 厦门百路达公司人力资 / 源部经理…: lines as wide as the colon's run on
        if any(CUT_FIGURE.search(items[k].text) for k in rows):
            continue  # 鹿泉区部分小区 5月27 / 日8时至12时停水: rows cut inside a figure, read by their figures
        widest = max(items[k].width for k in rows)
        for k in rows:
            rest, above = items[k].text.strip(), items[k - 1].text.strip()
            cut = len(rest) <= MAX_ROW_REST and 2 * len(rest) < len(above) and k - 1 in rows \
                and items[k - 1].width >= widest - FULL_SLACK
            result[k] = ROW_MORE if cut else ROW_START
    return result


def runs_into_text(items: list[SourceLine], rows: list[int]) -> bool:
    """Whether the last of a list's rows is the first line of the text under it: unnumbered, wider than
    every row above and running on, set as close as the rows and with no indent, into a line of running text."""
    if len(rows) < 2:
        return False
    last, following = rows[-1], rows[-1] + 1
    return following < len(items) and is_prose(items[following].text) and not NUMBERED.match(items[last].text) \
        and items[following].blank_before == items[last].blank_before and items[following].indent < MAX_INDENT \
        and items[last].width > max(items[k].width for k in rows[:-1])


def is_vertical_glyph(item: SourceLine) -> bool:
    return 0 < len(item.text) <= VERTICAL_GLYPHS and bool(VERTICAL_TEXT.fullmatch(item.text))


def vertical_lines(items: list[SourceLine]) -> list[bool]:
    """Per line: one of MIN_VERTICAL_LINES or more lines in a row of one or two ideographs (or a
    mark) each, a headline set vertically (四 / 川 / 广 / 安 / ： / 改 / 革 …) and read one line at a time."""
    short = [is_vertical_glyph(item) for item in items]
    vertical = [False] * len(items)
    start = 0
    for index in range(len(items) + 1):
        if index == len(items) or not short[index]:
            if index - start >= MIN_VERTICAL_LINES:
                vertical[start:index] = [True] * (index - start)
            start = index + 1
    return vertical


CELL_GAP = re.compile(r" {2,}|\t")  # what sets a row's cells apart: more than a stray space (an ideographic
# space sets a brief's run-in title apart from its text)
MAX_CELL_CHARS = 12
CELL_CLAUSE = re.compile(r"[，,；;。！？]")


def is_cell_row(source: str) -> bool:
    """覃颖（坎墩街道）  蔡洋超（浒山街道）: two cells or more set apart by wide gaps, each a short word
    with no clause mark and no stray space inside, are a row of a list or table, not wrapped text."""
    cells = CELL_GAP.split(source.strip())
    return len(cells) >= 2 and all(2 <= len(c) <= MAX_CELL_CHARS and " " not in c and not CELL_CLAUSE.search(c)
                                   for c in cells)


def numbers_in_turn(this: str, following: str) -> bool:
    """Whether a line opening with a circled number (①) is followed by one opening with the next (②)."""
    return bool(CIRCLED_NUMBER.match(this) and following[:1] == chr(ord(this[0]) + 1))


# A notice's point's number: 2., 一、, 十一、, 二十、 (a numeral as counting writes it, never digit by digit)
POINT_NUMBER = re.compile(r"^(?:(?P<digits>\d{1,2})[.．、](?!\d)"
                          r"|(?P<han>[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])、)")


def point_number(text: str) -> int | None:
    """The number a notice's point opens with (一、, 二、, 十一、, 2.), or None."""
    mark = POINT_NUMBER.match(text)
    if mark is None:
        return None
    return int(mark.group("digits")) if mark.group("digits") else cn_number(mark.group("han"))


def points_in_turn(head: str, following: str) -> bool:
    """A line opening with the point after the one `head` opens with (一、… / 二、…, 2.… / 3.…)."""
    number = point_number(head)
    return number is not None and point_number(following) == number + 1


def closes_a_notice_title(above: str, this: str) -> bool:
    """A line ending a notice's title that the line above opens by its form (`关于开展2024年度“江` / `西向上向善
    好青年”推选活动的通知`): the title ends here, and the salutation under it opens the text."""
    return opens_as_a_notice_title(WHITESPACE.sub("", above + this))


def last_point(items: list[SourceLine], index: int) -> bool:
    """A notice's point opening with the number after one a line or two above opens with, stopping with no
    full stop and narrower than the line under it (二、施工时间：… / 三、过往船舶应减速慢行，听从现场指挥 /
    本通告自…施行。值班电话：…): the last point, ending there, for a line the column wrapped runs full."""
    this, following = items[index], items[index + 1]
    above = range(max(0, index - MAX_POINT_LINES), index)
    return not ends_sentence(this.text) and any(points_in_turn(items[k].text, this.text) for k in above) \
        and set_width(this) + FLUSH_SLACK < set_width(following)


def set_width(line: SourceLine) -> float:
    """A line's width with the indent of a paragraph's first line."""
    return line.width + min(line.indent, MAX_INDENT)


def joins_next(items: list[SourceLine], index: int, layout: Layout, previous_joined: bool) -> bool:
    """Does line `index` run on into line `index + 1`?

    Never, when the next line opens a paragraph (`- `, `□`, 本报讯, 上接01版), when both are
    printed without a blank between them in a blank-separated layout (stacked titles), or
    when the next line cannot continue a paragraph at all. Otherwise:

    * a line ending a sentence runs on only inside a real column, when the next line follows
      without a blank and both are flush full width (a paragraph's first line is indented, so
      a flush next line is the same paragraph: `…具体事项。` / `在推动川渝毗邻地区…`); a blank
      line after a finished sentence ends the paragraph, for an unsigned piece may follow;
    * running text (clause punctuation inside, or a 本报讯 dateline) not ending a sentence
      always runs on, however short: this joins style-c paragraphs split mid-word (`做好“双向开`
      / `放、惠通四方”`) and mid-sentence blank lines (`达到8.19万` / `亿元，…`);
    * a title-like line (list items included) runs on only inside a real column, when it runs
      full width in a column that the next line fits, and is not the second line of a heading:
      directly under a title line, followed by an indented line (`残有所助` /
      `设置社区康复机构（站点）超过400个` / `四川连续 9 年将…`).
    """
    this, following = items[index], items[index + 1]
    if layout.vertical[index] and layout.vertical[index + 1]:
        return True
    if breaks_a_code(this.text, following.text):
        return True  # 上海浦东—昆明 每周七班 CA5 / 561: a flight's code broken before its last digits
    if layout.rows[index] or layout.rows[index + 1]:  # a schedule's row is a paragraph of its own lines
        return layout.rows[index + 1] == ROW_MORE
    if this.text[-1:].isdigit() and (SPLIT_TIME.match(following.text) or NUMBER_TAIL.match(following.text)
                                     or NUMBER_MARK.match(following.text)) \
            or breaks_a_decimal(this.text, following.text) \
            or PHONE_HEAD.search(this.text) and PHONE_TAIL.match(following.text) \
            or breaks_a_phone_before_its_last_digit(this.text, following.text) \
            or breaks_a_phone_inside_its_number(this.text, following.text):
        return True  # 9:00—15 / :00 城中区某某路沿线, 咨询电话：0576-863084 / 57。, 同比增长6 / .8%, 联系电话：0 /
        # 991-64039691, 报修电话：0472-7722705 / 9: a number broken
    if cuts_a_figures_unit(this.source.strip(), following.source.strip()):
        return True  # 社会消费品零售总额 2240.5 / 亿元: a data box's row the column cut before its unit
    if GIVER_HEAD.search(this.text) and GIVER_TAIL.match(following.text):
        return True  # …散步。 图片由 / 飞云街道提供: a picture's credit broken before who gave it
    if signs_a_notice(items, index + 1) or signs_a_notice(items, index):
        return False  # …报修电话：0472-77736834 / 某某热力有限公司 / 2024年5月11日: the issuer is a line of its own
    if breaks_a_time(this.text, following.text) or breaks_a_time_range(this.text, following.text):
        return True  # G6378次 杭州东—南京南 11:1 / 5开, …15: / 30开: a time broken inside its minutes
    if len(following.text) <= MAX_JUMP_TAIL and breaks_a_jump(this.text, following.text):
        return True  # …渐入佳境。下转第2 / 版: a jump line broken before its last characters
    column, following_column = layout.columns[index], layout.columns[index + 1]
    if opens_bracket(this.text) and closes_bracket(following.text):  # （侯冬锋 赵毅 / 明）, （本报 / 记者 X）
        return True
    if previous_joined and opens_bracket(items[index - 1].text + this.text) and closes_bracket(following.text) \
            and not ends_sentence(this.text):
        return True  # …动能。（ / 作者单位：…合肥工业大学经 / 济学院）: the bracket opened a line above closes here
    if previous_joined and this.text.endswith(("）", ")")) and closes_bracket(this.text) \
            and BRACKET_OPENED_AFTER_A_SENTENCE.search(items[index - 1].text):
        return False  # …各乡镇。（某 / 某县农技推广中心 史亮冬）: a closing credit broken inside it ends the text too
    if wraps_a_name(this, following):
        return True
    if index > 0 and previous_joined and wraps_a_name(items[index - 1], this):  # the byline ends here
        return False
    if following.text.strip() in CREDIT_TAILS and is_credit_line(f"{this.source.strip()} {following.text.strip()}"):
        return True  # 黑龙江日报全媒体记者 罗娜英 / 摄: a credit broken before its last word
    if breaks_after_outlet(this, following) or credit_broken_in_name(this, following) \
            or credit_broken_in_role(this, following):
        return True
    if (len(following.text) <= MAX_CREDIT_TAIL or credit_opens_after_a_sentence(this, following)) \
            and breaks_a_credit(this, following) or breaks_a_picture_credit(this, following):
        return True  # …拍照留念。 新华社图 / 片, …作业。受 / 访者供图: a credit broken near one of its ends
    if following.indent >= MAX_INDENT:
        return False  # 本报记者 X / 甘肃外输内拓稳就业促增收 / 　　春节将至，…: an indented line opens a paragraph
    # Judged on the repaired text too: stray spaces break the markers (`本报 讯`).
    if opens_paragraph(following.source) or following.source != following.text and opens_paragraph(following.text) \
            or is_credit_line(following.source):
        return False
    if signs_across(this, following):
        return True
    if this.text[-1:] not in MID_SENTENCE and not is_running_text(this) \
            and layout_vocabulary().interview_turn.match(following.text):
        return False  # 某某站高级工程师 X / 问：…？: a turn of questions opens its own line under one with no clause
    if titles_a_caption(items, index):
        return False
    if this.text.rstrip().endswith(("：", ":")) and NUMBERED.match(following.text):
        return False  # …予以公示（排名不分先后）： / 一、章贡区某某镇: the list a colon announces opens its own lines
    if is_cell_row(this.source) or is_cell_row(following.source):
        return False  # …现予公示： / 覃颖（坎墩街道）  蔡洋超（浒山街道）: a list's row of cells is a line of its own
    if is_figure_row(items, index) \
            and (is_figure_row(items, index + 1) or index > 0 and is_figure_row(items, index - 1)):
        return False  # 天然气产量 3.6亿立方米 / 加工原油 2150万吨: rows of a data box, a line each
    if following.text.startswith("—") and this.text.rstrip("—").endswith("”"):
        return True  # “…越爱这片土地。”— / — 景区讲解员 侯娟: a quote's speaker runs on from it
    if ATTRIBUTION.search(this.text):  # “…好几百单。”——返 / 乡创业青年 董凯: the speaker's name ends the quote
        return not ATTRIBUTION.match(this.text) and len(following.text) <= MAX_SPEAKER_CHARS \
            and not is_prose(following.text) and not following.text.startswith("“")
    if previous_joined and ATTRIBUTION.search(items[index - 1].text):
        return False
    if points_in_turn(this.text, following.text) \
            or previous_joined and points_in_turn(items[index - 1].text, following.text):
        # 二、施工时间：…，每 / 日6时至18时 / 三、…, 一、凡提供线索…奖励 / 二、…: a notice's point ends
        # where the next opens
        return False
    if not ends_sentence(this.text) and (SENTENCE_ROW.match(this.text)
                                         or previous_joined and SENTENCE_ROW.match(items[index - 1].text)):
        return True  # @晋安阿强：停车难的问题终 / 于有人管了。: a comment or a case runs on to its end
    if TERM_ROW.match(this.text) and TERM_ROW.match(following.text):
        return False  # 出生：1976年，四川广安人 / 现任：某公司董事长: rows of a box, a term and a colon each
    if numbers_in_turn(this.text, following.text):
        return False  # ①早睡早起，注意添衣 / ②多吃润燥食物: a numbered row ends where the next number opens
    if this.text.rstrip().endswith(("？", "?")) \
            and (SPEAKER_TURN.match(following.text) or vocabulary().headline_bullet.search(this.source)):
        return False  # …够不够用？ / 王明：开放时间…, ■…够不够用？: a question ends its turn, the answer opens its own
    if splits_a_dateline(this.text, following.text):  # ■老旧小区加装电梯提速 本报 / 讯 今年以来…
        return True
    if this.bold or following.bold:  # a headline in bold type is a line of its own
        return False
    if is_credit_line(this.source) and not is_running_text(this):  # 本报讯 谢文艳 记者 / 袁小峰报道 runs on
        return False
    # ▲接01版深化经济区与行政区适 / 度分离改革突破，…: a continuation marker's arrow is no title's bullet, its
    # line the first of the text it continues
    if (vocabulary().headline_bullet.search(this.source) and not layout_vocabulary().continuation.match(this.text)
            or layout_vocabulary().notice_title.match(this.text)
            or index > 0 and closes_a_notice_title(items[index - 1].text, this.text)) and is_title_like(this):
        return False
    # …借阅图书。 / 2.体育馆今起免费开放 / 市体育馆今起…: a numbered line with no clause mark, narrower than
    # the line under it after a finished sentence, is a numbered brief's title
    if NUMBERED_TITLE.match(this.text) and this.width + FLUSH_SLACK < following.width \
            and (index == 0 or this.blank_before or ends_sentence(items[index - 1].text)):
        return False
    if layout.separated[index] and not following.blank_before:
        return False
    if this.text.endswith(PHOTO_MARK) and AGENCY_AFTER_CREDIT.fullmatch(following.text):  # 雷航摄 / （中经视觉）
        return True
    signed = SIGNED_TAIL.search(this.text) if following.blank_before else None
    if signed and is_credit_line(signed.group("byline")) \
            and (not layout.separated[index] or PICTURE_MARK.match(signed.group("byline"))):
        # …渐入佳境。 上证报记者 陶波军 / / 山城有名医，…: a byline glued to the last sentence signs it; a
        # picture's credit so (…老人在用餐。 图｜邹欣 / / 九亭镇开展垃圾分类宣传) ends its caption where every
        # line is set apart too
        return False
    if this.text[-1:] in MID_SENTENCE and is_running_text(this):  # …给予国家级、省级、 / 市级…
        return True
    if this.text[-1:] in MID_SENTENCE and previous_joined and abs(following.width - this.width) <= FLUSH_SLACK:
        return True  # a paragraph running on in its measure, no clause mark in the line (…产业园、…基地、 / 成渝…)
    if following.text.endswith(("：", ":")) and not ends_sentence(this.text) and is_running_text(this):
        return True  # …现将有关 / 事项公告如下：: the sentence announcing a notice's points runs on
    if wraps_a_dash_row(items, index, column, previous_joined) or breaks_a_range_row(this, following):
        return True
    if not can_continue_a_paragraph(following, following_column) \
            and not (is_running_text(this) and not ends_sentence(this.text) and not following.blank_before
                     and runs_its_measure(items, index + 1, previous_joined)):
        return False
    if ends_sentence(this.text):
        # …场景。 / / 青岛即墨:…
        if following.blank_before and not layout.separated[index]:
            return False
        if this.text.rstrip(vocabulary().closing_marks)[-1:] not in vocabulary().sentence_final:
            return False  # …水平。（钟思洋）: a closing credit ends the item
        if is_title_like(following) and (index + 2 == len(items) or opens_paragraph(items[index + 2].source)
                                         or items[index + 2].width > column + OVERFLOW
                                         or opens_news_sentence(items[index + 2].text)):
            return False  # a line with no sentence end that nothing can follow cannot end a paragraph: a title
        if CIRCLED_NUMBER.match(following.text):
            return False  # …浮山湾训练。 / ②游客在…: a numbered point or picture's caption opens its own line
        if layout.separated[index] and OPENS_WITH_A_DATE.match(following.text):
            return False  # …二十分钟左右。 / 1月28日，养殖工人…: a dated sentence after a full stop opens a paragraph
        if previous_joined and sets_another_measure(items[index - 1], following):
            return False  # …共建渝永江无人 / 驾驶…影视基地。 / 川渝高竹新区位于…邻水: a caption in its own measure
        return (not layout.per_line[index] and is_flush(this, column) and is_flush(following, column)
                and abs(column - following_column) <= FLUSH_SLACK)
    if following.blank_before and not layout.separated[index] and this.width > column + OVERFLOW:
        return False  # wider than its column and set off below: a deck under a headline, not a wrapped line
    if layout.separated[index] and not previous_joined and this.width > column + OVERFLOW \
            and following.width <= column + OVERFLOW and this.text[-1:] not in MID_SENTENCE \
            and not SENTENCE_STOP.search(this.text) and not ends_sentence(following.text):
        return False  # the same where every line is set apart, over text running on in its column
    if not previous_joined and index > 0 and is_title_like(items[index - 1]) and this.width > column + OVERFLOW \
            and following.width <= column + OVERFLOW and this.width > following.width + OVERFLOW \
            and this.text[-1:] not in MID_SENTENCE and not has_dateline(this.text) \
            and not SENTENCE_STOP.search(this.text) and not ends_sentence(following.text) \
            and not ends_on_a_picture_credit(items, index + 1):
        return False  # … and where no line is set apart, right under its headline: a deck, not the text's first line
    if is_title_like(following) and (index + 2 == len(items) or opens_paragraph(items[index + 2].source)
                                     or is_credit_line(items[index + 2].source)):
        return False  # 引题 / 协同创新开新局 八市齐力谱新篇 / 记者 董伟辉: text cannot end on a line with no stop
    if this.text.startswith("——") and not previous_joined and opens_news_sentence(following.text):
        return False  # ——截至4月底,…128亿元 / 近年来,…: a subtitle's dash line ends before the text's first sentence
    if NUMBERED_CAPTION.match(this.text) and not ends_sentence(this.text) and SENTENCE_STOP.search(following.text) \
            and not NUMBERED_CAPTION.match(following.text) and (not following.blank_before or layout.separated[index]):
        return True  # 图③：…为大豆田喷施叶面 / 肥。（通讯员 X 摄）: a group's numbered caption runs on to its stop
    if set_apart_over_a_news_sentence(items, index):
        return False
    if layout.separated[index] and this.indent >= MAX_INDENT and following.indent < MAX_INDENT \
            and not ends_sentence(this.text):
        # 　　且正草是夏河县… / / 村民，2021年，…: where every line is set apart an indented line opens a
        # paragraph, which runs on: a headline is never indented
        return True
    if not previous_joined and last_point(items, index):
        return False
    if is_running_text(this):
        return True
    if previous_joined and closes_bracket(this.text) and has_dateline(items[index - 1].text):
        return True  # 本报讯（记者 姜 / 俊杰）多家上市公司近日通过 / 网络平台…: the dateline's sentence runs on
    # 青岛即墨:科技创新助推经济高质量发展 / 今年以来,青岛市… (or 6月21日，…): a line with no clause mark ends
    # before a sentence
    if opens_news_sentence(following.text):
        return False
    # ■银川天气 / … / 中卫 晴 20℃～30℃ / / 在黄河流域生态保护中走在前列 / 近日印发的…: a line with no clause mark
    # opening a block under a box's row, over a sentence's opener word (comma or none), is a headline (under
    # a bulleted title, ●青少年足球联赛开赛 / / 本届市青少年足球联赛 / / 近日开赛，…, it opens the brief's text)
    if this.blank_before and index > 0 and not is_running_text(items[index - 1]) \
            and not ends_sentence(items[index - 1].text) and not opens_bracket_inside(items[index - 1].text) \
            and opens_with_an_opener(following.text) \
            and not vocabulary().headline_bullet.search(items[index - 1].source):
        return False
    if this.indent >= MAX_INDENT and not following.blank_before and following.width < this.width \
            and ends_sentence(following.text):  # the line under it is flush: an indented one returned above
        return True  # 　　入选作品将在本报及新媒体平台刊 / 发展示。: an indented line opens a paragraph
    if this.indent >= MAX_INDENT and not following.blank_before and set_width(this) >= following.width - FLUSH_SLACK \
            and is_running_text(following):
        return True  # 　　本澳一间长者中心日前添置 / 康复设施，…（记: as wide as the text under it with its indent
    if sets_a_caption(items, index):
        return True
    if layout.per_line[index] or not (runs_full(this, column) or runs_its_measure(items, index, previous_joined)) \
            or this.width > column + OVERFLOW:
        return False
    if this.blank_before and following.blank_before and not layout.separated[index] \
            and (index == 0 or ends_sentence(items[index - 1].text) or not is_running_text(items[index - 1])):
        return False  # a title-like line alone between blanks after a finished sentence: a headline
    if layout.separated[index] and index > 0 and ends_sentence(items[index - 1].text) \
            and this.width < column - FLUSH_SLACK and not NARROW_GLYPH.search(this.text):
        return False  # the same where every line is set apart: a first line of text would run full
    if layout.separated[index] and this.blank_before and not previous_joined and signed_off(items, index - 1):
        return False  # …影视基地。　华商报记 / 者 卢勇 程锋娜 / 甘肃外输内拓稳就业促增收: the text above is signed off
    if following.width > max(this.width + min(this.indent, MAX_INDENT), column) + OVERFLOW:
        return False
    if index > 0 and not previous_joined and not this.blank_before and is_title_like(items[index - 1]) \
            and not vocabulary().headline_bullet.search(items[index - 1].source) \
            and not is_credit_line(items[index - 1].source):  # ▲标题 is one line; a byline is no title
        # directly under a title line: a heading's second line, unless the next line carries
        # on flush (a paragraph's first line is indented against the column and this line), or this
        # line, wider than the title and no wider than its column, is as wide as the line under it,
        # which ends a sentence (侨社为灾民捐赠物资 / 一个侨社日前向受台风影响的灾 / 民捐赠大米和饮用水。（记者
        # X）: a short text's first line); a full stop, for a title may ask (…结出 / 哪些硕果？)
        if items[index - 1].width + FLUSH_SLACK < this.width <= column + OVERFLOW \
                and this.width >= following.width and FULL_STOP in following.text:
            return True
        return following.width >= max(following_column, this.width) - FLUSH_SLACK \
            or not following.blank_before and this.width >= following_column - FLUSH_SLACK \
            and as_wide_as(following, max(following_column, this.width))
    return True


DASH_ROW = re.compile(r"^[-•]\s")  # - 嘉陵江…通航: a box's row, its bullet set apart by a space
MAX_DASH_ROW_LINES = 3  # source lines of one wrapped dash row


MEASURE_SLACK = 1.5  # two wrapped lines of one column differ in width by justification noise only
NARROW_CHARS = re.compile(r"[0-9A-Za-z]")  # set narrower than an ideograph, and not as one width in every font


def sets_another_measure(above: SourceLine, following: SourceLine) -> bool:
    """Whether `following`, a line wrapped mid-sentence, is set narrower than `above`, a wrapped line of the
    paragraph a finished sentence ends between them: the text under it is set in another column. Lines holding
    figures or Latin letters, whose width a typesetter sets less surely (`…总值354.15亿`), tell nothing."""
    return not ends_sentence(above.text) and not ends_sentence(following.text) \
        and above.width > following.width + MEASURE_SLACK and not NARROW_CHARS.search(above.text + following.text)


def wraps_a_dash_row(items: list[SourceLine], index: int, column: float, previous_joined: bool) -> bool:
    """`- 渝西水资源配置等重点工作加` / `快建设`: a dash row's line running its column's width over a line set
    solid, a blank line, the next row or nothing under that, is wrapped: the line under it is the row's rest."""
    this, following = items[index], items[index + 1]
    opened = DASH_ROW.match(this.source) or previous_joined and index > 0 and DASH_ROW.match(items[index - 1].source)
    if not opened or following.blank_before or ends_sentence(this.text) or not runs_full(this, column) \
            or following.text.startswith(("（", "(")):  # …完工 / （本组文字由…整理）: the row's credit, no rest
        return False
    return ends_a_dash_row(items, index + 2)


RANGE_DASH = "—－"  # between a range's ends: 北京路—正源街
MIN_RANGE_ROW_CELLS = 3  # a box's row: a line's name, what changes and where (33路 临时绕行 北京路—正源街)
MAX_RANGE_REST = 3  # glyphs of a range's far end broken after its first glyphs (宁安大街—贺兰 / 山路)


def breaks_a_range_row(this: SourceLine, following: SourceLine) -> bool:
    """`机场专线 临时绕行 新华街` / `—清和街`, `102路 站点迁移 凤凰街—` / `解放街`, `K1路 临时绕行 新华街—清` /
    `和街`: a box's row of short cells set apart by spaces, its last a range from one place to another
    broken at its dash or after it: the short word under it is the rest of the range's far end."""
    cells = this.source.split()
    rest = following.text.strip()
    if len(cells) < MIN_RANGE_ROW_CELLS or any(len(c) > MAX_CELL_CHARS or CELL_CLAUSE.search(c) for c in cells) \
            or not rest or len(rest) > MAX_CELL_CHARS or CELL_CLAUSE.search(rest) or len(following.source.split()) > 1 \
            or rest.startswith("——") or cells[-1].endswith("——"):  # a deck's dash (——…) opens no range's end
        return False
    last = cells[-1]
    dash = max(last.rfind(mark) for mark in RANGE_DASH)
    return rest[0] in RANGE_DASH and dash < 0 or dash == len(last) - 1 or 0 < dash and len(rest) <= MAX_RANGE_REST


def ends_a_dash_row(items: list[SourceLine], after: int) -> bool:
    """Whether a dash row's line ends its row at line `after`: nothing, a blank line or the next row."""
    return after == len(items) or items[after].blank_before or bool(DASH_ROW.match(items[after].source))


def runs_on_a_dash_row(items: list[SourceLine], first: int, previous: int, index: int, layout: Layout) -> bool:
    """A line of a dash row (`- …`, opened at `first`) running its column's width goes on into the line
    under it, which runs full in turn or ends the row (a blank line, the next row or nothing under it): the
    row wrapped, a list item being no title."""
    return bool(DASH_ROW.match(items[first].source)) and not ends_sentence(items[previous].text) \
        and runs_full(items[previous], layout.columns[previous]) \
        and (runs_full(items[index], layout.columns[index]) or ends_a_dash_row(items, index + 1))


def set_apart_over_a_news_sentence(items: list[SourceLine], index: int) -> bool:
    """辟谣 / / “主城下周起全面限行”？不实 / / 近日，…: a line set apart under a title-like line, with no
    comma or dateline in it and ending no sentence, over a news sentence's opener, is a title (its
    question mark made it read as prose): no sentence runs on into an opener."""
    this, following = items[index], items[index + 1]
    return index > 0 and this.blank_before and following.blank_before and is_title_like(items[index - 1]) \
        and not ends_sentence(this.text) and not COMMA.search(this.text) and not has_dateline(this.text) \
        and opens_news_sentence(following.text)


MIN_CAPTION_LINE = 10.0  # a caption's first line in its own measure: wider than a photo's title
MIN_CAPTION_SENTENCE = 6.0  # a caption's one sentence, wider than the rest of a word the column cut
WORD_REST = re.compile(rf"^[{CJK}]{{1,2}}[，,、；;]")  # 站，…: the rest of a word broken at the line end


def sets_a_caption(items: list[SourceLine], index: int) -> bool:
    """A line stopping mid-word right over a line as wide that carries the word on to its clause mark
    and ends the sentence, right over a picture credit (`位于南康区的国际陆港货运` / `站，龙门吊正在吊运
    集装箱。` / `本报记者 X 摄`, or a blank line over a picture's credit: `（受访者供图）`): a caption set in
    its picture's measure, narrower than the text column beside it, runs on. A photo's title over a
    caption as wide opens no word's rest (`湖畔步道游客多` / `游客在湖畔步道上散步。`)."""
    if index + 2 >= len(items):
        return False
    this, following, credit = items[index], items[index + 1], items[index + 2]
    return this.width >= MIN_CAPTION_LINE and not following.blank_before \
        and bool(WORD_REST.match(following.text)) and not opens_news_sentence(following.text) \
        and ends_sentence(following.text) and abs(this.width - following.width) <= FLUSH_SLACK \
        and (is_credit_line(credit.source) if not credit.blank_before else credits_a_picture(credit.source))


def credits_a_picture(source: str) -> bool:
    """A line naming only who took or gave a picture, bare or in brackets (`记者 X 摄`, `（受访者供图）`)."""
    text = source.strip()
    return is_picture_credit(text) or text[:1] in "（(" and text[-1:] in "）)" and is_picture_credit(text[1:-1])


def titles_a_caption(items: list[SourceLine], index: int) -> bool:
    """A line with no clause mark after a finished sentence, over a whole sentence right over a picture
    credit (`…便利化水平。` / `江西落实重点产业链现代化建设` / `市民在社区便民服务中心办理业务。` / `新华社记者 X 摄`),
    is a title, the picture's or the text's printed under it: a caption's first line stopping with no
    clause mark runs on into the rest of its word (`站，龙门吊…`, `…鲜食` / `玉米。`), never into a sentence of
    its own; a numbered caption (`③…`) is no title, nor is a line over a writer's byline."""
    if index == 0 or index + 2 >= len(items):
        return False
    above, this, following, credit = items[index - 1], items[index], items[index + 1], items[index + 2]
    return ends_sentence(above.text) and is_title_like(this) and not is_prose(this.text) \
        and not CIRCLED_NUMBER.match(this.text) and not NUMBERED_CAPTION.match(this.text) \
        and ends_sentence(following.text) and following.width >= MIN_CAPTION_SENTENCE \
        and not WORD_REST.match(following.text) and is_picture_credit(credit.source)


def signs_a_notice(items: list[SourceLine], index: int) -> bool:
    """Is line `index` a notice's issuer, a short line with no clause mark right over the bare date it signs
    with (某某热力有限公司 / 2024年5月11日)? However full the line above it runs, the text ends there. A line
    closing the bracket the line above left open is a credit's rest (`…两百余件。（特约通讯` / `员 X 记者 Y）` over
    the page's date at its foot), which issues nothing."""
    return index + 1 < len(items) and bool(SIGNED_DATE.match(items[index + 1].text.strip())) \
        and not CLAUSE.search(items[index].text) and len(items[index].text.strip()) <= MAX_ISSUER_CHARS \
        and not (index > 0 and opens_bracket(items[index - 1].text) and closes_bracket(items[index].text))


def signed_off(items: list[SourceLine], index: int) -> bool:
    """Does line `index` close its text with a byline glued after the last sentence, on that line or
    broken onto it from the line above (`…影视基地。　华商报记` / `者 卢勇 程锋娜`)? The text it signs is
    running text, its role names the writers (a label, `…水平。` / `图片新闻`, does not), a byline alone
    on its line is glued to nothing, and a picture's credit (`…划船游玩。 记者 X` / `摄`) closes a caption."""
    if index < 1 or not (is_running_text(items[index]) or is_running_text(items[index - 1])):
        return False
    above = len(items[index - 1].source)
    lines = items[index - 1].source + items[index].source
    signed = SIGNED_TAIL.search(lines, max(0, len(lines) - 2 * SIGNED_SPAN))
    if signed and signed.start("byline") >= above and signed.start() < above:
        return False  # …品牌。 / 本报记者 X Y: a byline on a line of its own, glued to nothing
    byline = signed.group("byline") if signed else ""  # a role names its writers: 图片新闻 is a label
    return bool(find_role(byline)) and not byline.rstrip().endswith(PHOTO_MARK) \
        and is_credit_line(byline)


def as_wide_as(line: SourceLine, width: float) -> bool:
    """Is `line` printed about `width` wide? Digits and Latin letters count half, but a justified
    line may set them up to a full ideograph each (`…面积6.5平方` is as wide as a line without them)."""
    if line.width >= width:
        return line.width - width <= FLUSH_SLACK
    narrow = len(NARROW_GLYPH.findall(line.text)) * (1 - NARROW_WIDTH)
    return width - line.width - narrow <= FLUSH_SLACK


def runs_its_measure(items: list[SourceLine], index: int, joined: bool) -> bool:
    """Is line `index` as wide as the line of running text above it, in a paragraph running on
    (`…冬管期，养` / `殖工人冒着严寒清理海带筏架`)? Captions of another measure beside it may set the
    local column wider than this text's own. `joined`: the paragraph holds the line above and more."""
    if not joined or index < 1:
        return False
    above = items[index - 1]
    return is_running_text(above) and items[index].width >= above.width - FLUSH_SLACK


def wraps_a_name(this: SourceLine, following: SourceLine) -> bool:
    """A byline broken inside a name or a role (`…记者 黎娟丽 金` / `远琪 通讯员 陶春雯`, `■本报记者
    顾春云 特约` / `通讯员 李刚磊`): a byline only once joined. A line that reads as a byline by taking
    its lone last glyph into the name before it (`…记者 郭光 杜` / `敏萍 实习生 高海强`) is broken too
    when the next line, no byline alone, makes one with it."""
    head, tail = this.source.rstrip(), following.source.lstrip()
    broken_name = bool(NAME_HEAD.search(head) and NAME_TAIL.match(tail))
    broken_role = head.rpartition(" ")[2] in role_prefixes()
    # a byline ending on a whole role (`本报记者 X 实习记者` / `Y`): the role's names run on to the next line
    dangling_role = head.rpartition(" ")[2] in plain_roles() and bool(only_names(tail))
    # a name cut after its surname (`…记者 郭光 杜` / `敏萍 实习生 X`) leaves a byline above, but a rest
    # below that opens with no surname and signs no one alone
    return (broken_name or broken_role or dangling_role) \
        and (dangling_role or not is_byline(this.text, this.source)
             or broken_name and not is_byline(following.text, tail)) \
        and is_byline(this.text + following.text, head + tail)


def breaks_after_outlet(this: SourceLine, following: SourceLine) -> bool:
    """A byline broken after its outlet (`新文化报·彩练新闻` / `记者 许新佳`): one byline once joined."""
    return following.source.lstrip().startswith(plain_roles()) and is_joined_outlet(this.source.strip())


def signs_across(this: SourceLine, following: SourceLine) -> bool:
    """Text closed by a byline broken at the line end (`…产业集群。  春城晚报记` / `者 汤云`)."""
    head = SENTENCE_STOP.split(this.source)[-1].strip()
    if not head or head == this.source.strip() or len(following.source.strip()) > MAX_SIGNATURE_TAIL:
        return False
    tail = following.source.strip()
    return not is_byline(head, head) and is_byline(head.replace(" ", "") + tail.replace(" ", ""), head + tail)


MAX_SIGNATURE_TAIL = 12  # characters of a byline's end on the next line
NAME_PART = re.compile(rf"^[{CJK}]{{1,3}}$")
LONGEST_CREDIT_TAILS = sorted(CREDIT_TAILS, key=len, reverse=True)


def credit_broken_in_name(this: SourceLine, following: SourceLine) -> bool:
    """A picture credit broken inside its photographer's name (`…冲刺。 新华社记者 卢` / `芳海 摄`,
    `…彩练新闻记者 钱倩` / `浩 摄`, `…晨报记者 毛` / `云浩/摄`): no name has one character, so a part of one is
    half a name; a slash may set the mark off the name."""
    tail = following.source.strip()
    if len(tail) > MAX_SIGNATURE_TAIL or not tail.endswith(CREDIT_TAILS):
        return False
    mark = next(m for m in LONGEST_CREDIT_TAILS if tail.endswith(m))
    name = tail[:len(tail) - len(mark)].strip().rstrip("/／").strip()
    if not NAME_PART.match(name):
        return False
    head = SENTENCE_STOP.split(this.source)[-1].strip()
    before = head.rpartition(" ")[2]
    if before == head or not NAME_PART.match(before) or min(len(before), len(name)) > 1:
        return False
    return is_credit_line(head + tail)


MAX_ROLE_HEAD = 6  # characters of a picture credit's outlet and role glued after a caption (本报记)


def credit_broken_in_role(this: SourceLine, following: SourceLine) -> bool:
    """A picture credit glued after a caption's last sentence and broken inside its role (`…讲解基金产品。
    本报记` / `者 田平瑶 摄`): the rest under it reads as a credit alone, but only the whole is one."""
    tail = following.source.strip()
    if len(tail) > MAX_SIGNATURE_TAIL or not tail.endswith(CREDIT_TAILS):
        return False
    head = credit_head(this)
    return SENTENCE_STOP.search(this.source) is not None and 0 < len(head) <= MAX_ROLE_HEAD and " " not in head \
        and any(head.endswith(role[:k]) and tail.startswith(role[k:]) for role in plain_roles()
                for k in range(1, len(role))) \
        and not is_credit_line(head) and is_credit_line(head + tail)


MAX_CREDIT_TAIL = 2  # characters of a credit's last word on a line of their own (新华社图 / 片)


def credit_head(this: SourceLine) -> str:
    """What a line holds after its last sentence: where a credit closing a caption may begin."""
    return SENTENCE_STOP.split(this.source)[-1].strip()


def credit_opens_after_a_sentence(this: SourceLine, following: SourceLine) -> bool:
    """A caption's line ending a sentence, then a glyph or two (`…作业。受`): a credit's first, perhaps,
    its rest naming no role (`…盛宴。新` / `华社记者 罗冬 摄` is broken inside its outlet, read so below)."""
    return SENTENCE_STOP.search(this.source) is not None and 0 < len(credit_head(this)) <= MAX_CREDIT_TAIL \
        and not find_role(following.source)


def ends_on_a_picture_credit(items: list[SourceLine], index: int) -> bool:
    """A caption's last line: a sentence, then a picture credit glued after it, whole or broken onto the
    line under it (`…货柜。 法新社`, `…接远方的客人。 X报记者 Y` / `摄`)."""
    this = items[index]
    head = credit_head(this)
    if SENTENCE_STOP.search(this.source) is None or not head:
        return False
    rest = items[index + 1].source.strip() if index + 1 < len(items) else ""
    return is_picture_credit(head) or bool(rest) and is_picture_credit(head + rest)


def breaks_a_credit(this: SourceLine, following: SourceLine) -> bool:
    """A credit closing a caption, broken before its last characters (`…拍照留念。 新华社图` / `片`,
    `视觉中国供` / `图`) or after its first (`…作业。受` / `访者供图`, whose rest reads as a name's credit):
    a credit only once joined, as a word is whole only once joined."""
    head = credit_head(this)
    tail = following.source.strip()
    return bool(head) and vocabulary().clause_marks.isdisjoint(tail) and not is_credit_line(head) \
        and is_credit_line(head + tail)


def breaks_a_picture_credit(this: SourceLine, following: SourceLine) -> bool:
    """A picture credit glued after a caption's last sentence and broken anywhere (`…参观。记者毛` / `晶俊摄`,
    `…货柜。 图片来源：` / `视觉中国`): its head, a few characters, credits no picture alone, the head and
    the line under it do. A rest naming a role (`…盛宴。新` / `华社记者 X 摄`) is read whole in classify,
    its gaps kept."""
    head = credit_head(this)
    tail = following.source.strip()
    return SENTENCE_STOP.search(this.source) is not None and 0 < len(head) <= MAX_ROLE_HEAD \
        and len(tail) <= MAX_SIGNATURE_TAIL and not find_role(tail) \
        and not is_picture_credit(head) and not is_credit_line(head) and is_picture_credit(head + tail)


def breaks_a_time(this: str, following: str) -> bool:
    """`11:1` / `5开`, `15:` / `30开`: the minutes of a time split at the line end, their two figures
    on either side."""
    head = TIME_HEAD.search(this)
    tail = TIME_TAIL.match(following)
    return bool(head and tail and len(head.group(1)) + len(tail.group(0)) == 2)


RANGE_HEAD = re.compile(r"\d[:：]\d{2}\s*[—–~～-](\d{0,2})$")  # 07:00—2, 07:00—21 at a line's end
RANGE_TAIL = re.compile(r"^(\d{0,2})[:：]\d{2}(?!\d)")  # 2:00, :00 opening the next line


def breaks_a_time_range(this: str, following: str) -> bool:
    """`07:00—2` / `2:00 约20分钟一班`, `07:00—21` / `:00 约40分钟一班`: a range's closing time split inside its
    hour or at its colon, its hour's one or two figures on either side."""
    head = RANGE_HEAD.search(this)
    tail = RANGE_TAIL.match(following)
    return bool(head and tail and 1 <= len(head.group(1)) + len(tail.group(1)) <= 2)


def breaks_a_jump(this: str, following: str) -> bool:
    """A jump line broken at the line end (`…渐入佳境。下转第2` / `版`): the jump ends the two lines
    joined and starts on the first, where the pattern alone does not end."""
    tail = this[-MAX_JUMP_TAIL * 3:]
    jump = layout_vocabulary().jump.search(tail + following.strip())
    return bool(jump) and jump.start() < len(tail) and not layout_vocabulary().jump.search(tail)


DATELINE_REACH = 20  # characters of a dateline before its line break: a paper, its app and a date


def splits_a_dateline(this: str, following: str) -> bool:
    """A dateline broken at the line end (`本报` / `讯`, `新华社北京6月` / `21日电`)."""
    tail, head = this[-DATELINE_REACH:], following[:10]
    if SAID not in head and WIRED not in head:  # every dateline ends in one of them
        return False
    for match in layout_vocabulary().dateline.finditer(tail + head):
        if match.start() < len(tail) < match.end():
            return True
    return False


def split_title_runs(groups: list[list[int]], items: list[SourceLine], layout: Layout) -> list[list[int]]:
    """A group of title-like lines that ends without a sentence end is a stack of titles, not a
    paragraph (`建设黄河流域…先行区` / `在中国式现代化建设中…篇章`): one line each, unless the
    group is one headline set vertically or one row of a schedule."""
    result: list[list[int]] = []
    vertical = layout.vertical
    for group in groups:
        if len(group) > 1 and all(is_title_like(items[i]) for i in group) and not all(vertical[i] for i in group) \
                and layout.rows[group[0]] != ROW_START:
            result.append(group[:1])
            for previous, index in zip(group, group[1:]):
                # a byline broken inside a name or after its outlet
                if wraps_a_name(items[previous], items[index]) or breaks_after_outlet(items[previous], items[index]) \
                        or breaks_a_time(items[previous].text, items[index].text) \
                        or breaks_a_time_range(items[previous].text, items[index].text) \
                        or breaks_a_decimal(items[previous].text, items[index].text) \
                        or breaks_a_code(items[previous].text, items[index].text) \
                        or breaks_a_phone_before_its_last_digit(items[previous].text, items[index].text) \
                        or breaks_a_phone_inside_its_number(items[previous].text, items[index].text) \
                        or breaks_a_closing_credit(items[previous].text, items[index].text) \
                        or splits_a_dateline(items[previous].text, items[index].text) \
                        or cuts_a_figures_unit(items[previous].source.strip(), items[index].source.strip()) \
                        or opens_bracket_inside(items[previous].text) \
                        or runs_on_a_dash_row(items, result[-1][0], previous, index, layout) \
                        or breaks_a_range_row(items[previous], items[index]) \
                        or SENTENCE_ROW.match(items[result[-1][0]].text):
                    # （记者 X 于 / 艳）, …将“发放 / 补贴”纳入, - 渝西…重点工作加 / 快建设, 33路 临时绕行 北京路 /
                    # —正源街, a notice's numbered point after its term runs on to its end with no stop
                    # (一、施工水域：…浮标 / 之间)
                    result[-1].append(index)
                else:
                    result.append([index])
        else:
            result.append(group)
    return result


# …学员来自各乡镇。（某: a bracket opened after a finished sentence, left open at the line's end (a credit, a jump)
BRACKET_OPENED_AFTER_A_SENTENCE = re.compile(r"[。！？!?][（(][^（()）]*$")
CREDIT_REST = re.compile(r"^\S{1,3}[)）]$")  # 艳）: a name's last glyphs and the bracket closing its credit


def breaks_a_decimal(this: str, following: str) -> bool:
    """A figure broken before its decimal point or its per cent sign (…同比增长6 / .8%), or right after
    its decimal point (…同比增长2. / 1%), is one line."""
    return this[-1:].isdigit() and bool(DECIMAL_TAIL.match(following)) \
        or this[-1:] in ".．" and this[-2:-1].isdigit() and following[:1].isdigit()


def breaks_a_code(this: str, following: str) -> bool:
    """A code of capitals and digits broken before its last digits (…每周七班 CA5 / 561, …3U / 8870: a
    flight's or a train's number in a row wrapped in its last cell) is one line."""
    return bool(CODE_HEAD.search(this)) and bool(CODE_TAIL.match(following))


def breaks_a_phone_inside_its_number(this: str, following: str) -> bool:
    """A phone broken after its area code's hyphen or inside its digits (值班电话：0532- / 86300042,
    值班电话：0532-6135 / 0571), or before the hyphen (服务热线：0579 / -82197916), the two parts as many
    digits as one number holds and one hyphen between area code and number: one line."""
    head, rest = PHONE_OPEN_NUMBER.search(this), PHONE_NUMBER_REST.match(following.strip())
    if head is None or rest is None or bool(head.group("hyphen")) == bool(rest.group("hyphen")):
        return False
    return len(head.group("digits")) + len(rest.group(0).lstrip("-－")) in PHONE_DIGITS


def breaks_a_phone_before_its_last_digit(this: str, following: str) -> bool:
    """A phone of a four-digit area code and seven digits over a bare digit (报修电话：0472-7722705 / 9) is
    one eight-digit number broken before its last digit: one line."""
    return bool(PHONE_SHORT_OF_ITS_LAST_DIGIT.search(this)) and len(following.strip()) == 1 \
        and following.strip().isdigit()


def breaks_a_closing_credit(this: str, following: str) -> bool:
    """A credit in brackets broken inside its last name (（记者 杜俊磊 通讯员 于 / 艳）) is one line."""
    return this.startswith(("（", "(")) and opens_bracket(this) and bool(CREDIT_REST.match(following))


def line_groups(items: list[SourceLine]) -> tuple[list[list[int]], list[float]]:
    """Indices of the lines of each paragraph, and the local column of every line."""
    layout = page_layout(items)
    groups: list[list[int]] = []
    joined = False
    for index in range(len(items)):
        if joined:
            groups[-1].append(index)
        else:
            groups.append([index])
        joined = index + 1 < len(items) and joins_next(items, index, layout, joined)
    return split_title_runs(groups, items, layout), layout.columns


# --- paragraphs ---------------------------------------------------------------------------------

def join_lines(texts: list[str]) -> str:
    """Join repaired lines of one paragraph: directly, except a space between two Latin words
    (`Micro` / `LED`). Two digits join directly: a number split at a line end is one number."""
    joined = ""
    for text in texts:
        if joined and text and joined[-1].isascii() and text[0].isascii() and joined[-1].isalnum() \
                and text[0].isalnum() and not (joined[-1].isdigit() and text[0].isdigit()):
            joined += " "
        joined += text
    return joined


def is_headline_candidate(line: SourceLine, column: float) -> bool:
    """A one-line paragraph that may be a headline: short against its column, or title-like."""
    return line.width < HEADLINE_SHARE * column or is_title_like(line)


def runs_full_under_furniture(items: list[SourceLine], first: int, group: list[int]) -> bool:
    """川渝高竹新区位于四川省广安市邻水县高滩 / 镇与重庆市渝北区茨竹镇交界处，目前建成 / …: a first line
    as wide as the line under it, which runs on in turn, is text wrapped at its measure, not a
    title, which is set in its own type and width."""
    below = [n for n in group if n > first][:2]  # justified lines vary: the wider of two shows the measure
    return len(below) == 2 and as_wide_as(max((items[n] for n in below), key=lambda item: item.width),
                                          items[first].width)


def split_apart(group: list[int], items: list[SourceLine], apart: frozenset[int]) -> list[list[int]]:
    """A group cut before and after each of its lines numbered in `apart`, and after a title-like
    first line right under page furniture (the masthead and date line stand over a headline), unless
    a byline broken inside a name goes on from it."""
    parts: list[list[int]] = []
    for index in group:
        if items[index].number in apart or not parts or items[parts[-1][-1]].number in apart:
            parts.append([index])
        elif len(parts[-1]) == 1 and parts[-1][0] > 0 and items[parts[-1][0] - 1].number in apart \
                and is_title_like(items[parts[-1][0]]) and not is_vertical_glyph(items[index]) \
                and not runs_full_under_furniture(items, parts[-1][0], group) \
                and not sets_a_caption(items, parts[-1][0]) \
                and not wraps_a_name(items[parts[-1][0]], items[index]):  # …记者 罗秀亮 任 / 晓松 通讯员 …: a byline
            parts.append([index])
        else:
            parts[-1].append(index)
    return parts


def split_set_off(group: list[int], items: list[SourceLine], set_off: frozenset[int]) -> list[list[int]]:
    """A group cut wherever it passes from lines numbered in `set_off` to others or back."""
    parts: list[list[int]] = []
    for index in group:
        if parts and (items[index].number in set_off) == (items[parts[-1][-1]].number in set_off):
            parts[-1].append(index)
        else:
            parts.append([index])
    return parts


def unwrap(lines: list[Line], apart: frozenset[int] = frozenset(),
           set_off: frozenset[int] = frozenset()) -> list[Paragraph]:
    """All paragraphs of a page in source order.

    Lines numbered in `apart` (page furniture: mastheads, page headers, editor lines) are
    paragraphs of their own, never joined to the text around them. Lines numbered in `set_off`
    (headlines the reading order restored over their texts) are never joined to the lines around
    them that are not.

    `text` is the repaired, joined text; `spans` holds one Span per source line, covering the
    line's non-whitespace extent in the original text. Every non-blank line belongs to exactly
    one paragraph. Lines are repaired with repair_line; phrase gaps are kept only in one-line
    paragraphs that may be headlines.
    """
    items = source_lines(lines)
    groups, columns = line_groups(items)
    if apart:
        groups = [part for group in groups for part in split_apart(group, items, apart)]
    if set_off:
        groups = [part for group in groups for part in split_set_off(group, items, set_off)]
    paragraphs = []
    for group in groups:
        keep_gaps = len(group) == 1 and is_headline_candidate(items[group[0]], columns[group[0]])
        # a line's body text is already repaired (source_lines): only kept gaps repair it again
        texts = [repair_line(items[i].source, keep_gaps, items[i].repeated) if keep_gaps else items[i].text
                 for i in group]
        spans = tuple(Span(items[i].number, items[i].start, items[i].end) for i in group)
        paragraphs.append(Paragraph(join_lines(texts), spans))
    return paragraphs
