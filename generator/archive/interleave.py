"""Two texts read across two columns, their lines interleaved: each text's lines restored in order.

PDF extraction sometimes reads two short items printed side by side across the columns, so their
lines alternate irregularly (each item's own lines stay in order):

    ▲新能源公交车投入运营
    本报讯（记者 陈清波）市公交
    集团近日新投放120辆新能源
    ▲青少年足球联赛开赛
    公交车，车内配备USB充电接

No later stage can tell the two texts apart once they are joined, so this stage, run before
unwrapping, reorders whole lines: a run of lines between blank lines that reads far better as two
texts, each in order, is given as the first text's lines and then the second's. It only reorders:
every line keeps its number and its text, so every character still comes from its own source
span (coverage.py), and the spans of a paragraph show where its lines were printed.

Which line belongs to which text is decided by how well each line goes on from the line before it
in its text (`Reader.join`). A line that stops mid-sentence is carried on by a line that reads on
from it — a dictionary word or a string the page prints elsewhere read across the join, a
number or clause continued, a quotation or book title it left open closed, a line of the same
column width — and never by a headline, a
dateline or a credit. A small dynamic programme finds the split of the run into two in-order
texts that reads best (`Reader.split`), each change from one text to the other paying a price
(but for the line under two headlines in a row, which goes on the first one's text: the left
column is read first in every row); the run is reordered only when the split beats the printed
order by a clear margin (`MARGIN`),
each text is interrupted by the other at least once (a block set inside another text, a photo
in an article, is not an interleave) and the printed order shows a break no single text has
(`breaks`). That last test needs no dictionary and comes first, so a page with no such break
costs one pass over its lines. On a page with a blank line after every line, where every run is a
line, a stretch of lines whose lines stopping mid-sentence are set to two column measures is read
so too (`spaced_windows`), and the text finished inside it goes first.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import cache

from .cjk import CJK
from .classify import TRAILING_BRACKET, find_role, is_byline, is_closing_credit, is_picture_credit, vocabulary
from .datafiles import load
from .model import Line, RawPage
from .repair import collapse_doubled_glyphs, is_font_doubled
from .unwrap import ends_sentence, is_prose, justified_width
from .unwrap import vocabulary as wrapping

WHITESPACE = re.compile(r"\s+")
# A line opening with one of these goes on with the line before it: no text starts so.
CONTINUES = set("，,。.、；;：:？！?!）)》」』”’%％…—")
CLOSING = set("”’」』）)》")  # may open a line after a full stop: `。` / `”他说`
CLAUSE_MARKS = set("，,；;。！？!?：:、")
LAYOUT = load("layout.yml")
BULLETS = set(LAYOUT["headline_bullets"])  # a label's bullet: a headline's
# A line that opens a text of its own (a headline, a dateline, a byline, a credit in brackets).
OPENER = re.compile(LAYOUT["text_opener"].replace("{bullet}", "".join(map(re.escape, LAYOUT["headline_bullets"]))))
# A sentence opening a paragraph rarely carries on a line that stops mid-sentence.
SENTENCE_OPENER = re.compile(LAYOUT["paragraph_sentence_opener"])
GOES_ON = re.compile(LAYOUT["line_going_on"])  # a particle no sentence opens with
FIGURE_CUT = set(".+-−")  # a figure's decimal point or sign, the column's cut right after it
FIGURE_REST = re.compile(r"^[\d.][\d.,%％‰]{0,5}$")  # the rest of a figure the column cut (`0.30`, `.21`, `5%`)
CLOCK_END = re.compile(r"\d[:：]\d\d$")  # a time of day (`19:30`) is whole: no number runs on after it
PHOTO_MARK = LAYOUT["photo_mark"]
PICTURED = re.compile(LAYOUT["pictured"])  # …。图为游客在…: what a picture shows
PICTURE_NUMBER = re.compile(LAYOUT["group_picture_number"])  # 图②, ②: a group's next picture
CREDIT_END = re.compile(rf"(?:{re.escape(LAYOUT['photo_mark'])}|[)）])$")  # 刘兴摄, （陆超光）
EDGE_CJK = re.compile(f"[{CJK}]*$")
HEAD_CJK = re.compile(f"[{CJK}]*")
TAIL, HEAD = 4, 4  # characters each side of a join read against the dictionary
MAX_LABEL_WIDTH = 10.0  # a line with no clause mark this narrow is a headline or label
LABEL_SHARE = 0.8  # … and so is one this much narrower than the run's lines of running text
LEAD_LINES = 3  # the lines of running text and headline a spaced window opens with
WIDTH_SLACK = 1.5  # two lines of one column differ in width by justification noise only
MAX_GAP = 6  # a text resumes after at most this many lines of the other one
MIN_RUN = 5  # fewer lines than this are never two texts
MAX_RUN = 48  # two short items: a longer run is one text (or a page set with no blank lines)
OTHER_MEASURE = 0.2  # a line stopping mid-sentence this much wider or narrower is set in another column
MIN_OTHER = 3  # … and so are at least this many such lines close together
MIN_SWITCHES = 3  # each text interrupted by the other at least once: A B A B
ROUND = set("()（）")
# a quotation or a title in book-title marks runs across lines like a bracket: the line leaving one open
# is carried on by the line closing it (`…建强国家“` / `东数西算”工程…`,
# `…联合发布《关于进一步做好就业援助工作的` / `通知》，…`), another text's line read between them or not
PAIRED = {"“": "”", "《": "》", "「": "」", "『": "』"}
CLOSERS = {close: open_ for open_, close in PAIRED.items()}
PAIRED_JOIN = 3.0  # a quotation or book title left open by one line and closed by the next
DECK_DASH = "——"  # opens a headline's subtitle (`——成都平原经济区…`): a deck, no running text
ROLE_TAIL = 8  # characters at a line's end where a credit broken before its name keeps its role
SHORT_TITLE = 4  # a title this short shares its words with its text in one word of two glyphs
TAIL_GLYPHS = 2  # a line this short under a line stopping mid-sentence ends that text
CROSS_LINES = 10  # lines of a stretch read across, from its first break
RUNS_ALONE = 2  # … whose last lines are the text running on after the other finished
MARGIN = 6.0  # how much better two texts must read than the printed order
WHOLE_MARGIN = 1.5  # … when both are whole, each opening under a headline and ending on a finished line
SPLIT_COST = 3.0  # a second text is a claim: it must pay for itself
FINISHED = -1.5  # a text going on after its finished line while the other is left mid-sentence
SWITCH_COST = 1.0  # and so is each change from one text to the other
LEFT_FIRST = 2.0  # under two headlines in a row, the line read first going on the first one's text

# What the words read across a join say, as the log of how much likelier they are between a
# line and the next line of its text than between a line and a line a few lines on (measured on
# lines that stop mid-sentence, on half the development pages). Rows: the dictionary's word
# gain across the join (none or weak, moderate, strong, no ideographs at the join); columns: the
# string across the join printed elsewhere on the page (not at all, two characters, three).
WORD_EVIDENCE = {
    "weak": (-0.9, 0.6, 2.7),
    "moderate": (1.4, 3.3, 4.0),
    "strong": (3.5, 4.0, 4.0),
    "none": (-0.5, 0.7, 1.7),
}
UNKNOWN = 0.0  # after a closed line or a label any line may come next: nothing to read
OPENER_RUNS_ON, OPENER_APART = -1.2, -3.0  # a sentence opener after a line stopping mid-sentence
COMMAS = set("，,")
WEAK_GAIN, STRONG_GAIN = 2.0, 6.0  # jieba log-probability gains bounding "moderate"


@dataclass(frozen=True)
class Row:
    """One non-blank line of a run, measured."""

    line: Line
    text: str  # without white space
    width: float
    closed: bool  # ends a sentence (or a credit): any line may follow
    label: bool  # a headline, byline or label: bulleted or narrow, and without a clause mark
    opens: bool  # looks like the start of a text (a bullet, a dateline, a byline)
    goes_on: bool  # starts with a mark that continues the line before
    credit: bool  # ends with a credit (`…摄`, `（陆超光）`): its text is over
    dated: bool = False  # opens with a dateline (`本报讯`, `新华社北京6月21日电`): a text's first line
    unclosed: bool = False  # its last bracket is open (`本报讯（记者 X 通讯员`): the next line of its text closes it
    resumes: bool = False  # its first bracket closes (`任竹）记者从…`): the bracket opened on its text's line above
    role_end: bool = False  # ends in a role word, or a name after it (`…璀璨。 华商报记者`): a credit broken there
    named: bool = False  # a credit's name and photo mark alone (`秦鹏 摄`): the rest of a credit broken above
    trails: bool = False  # a headline printed under its finished text, sharing its words: that text is over
    quote_left: str = ""  # the quotation or book-title mark the line leaves open (`…建强国家“`), if any
    quote_closed: str = ""  # the mark opening the quotation its first mark closes (`东数西算”工程…`), if any
    # a headline sharing no words with the line under it but heading the line of running text after that
    # (`图书馆延长夜间开放时间` / `办暑期托管班，…` / `日前，市图书馆宣布延长夜间开放时间，`): read across
    heads_next_but_one: bool = False

    @property
    def open(self) -> bool:
        """Stops mid-sentence: the next line of its text carries it on."""
        return not self.closed and not self.label

    @property
    def byline(self) -> bool:
        return self.opens and not self.bulleted

    @property
    def bulleted(self) -> bool:
        return self.label and self.text[:1] in BULLETS | {"【"}


def measure(lines: list[Line], stacked: bool = False) -> list[Row]:
    """The rows of a run. A line with no clause mark is a label when it is bulleted or a dateline,
    or clearly narrower than the run's lines of running text, or, where a text may start (first,
    or after a finished line), set over a sentence opener set apart by a comma: a headline as
    wide as the column over the first sentence of its text (`…力促通关便利化` / `近日，…`)."""
    texts = [WHITESPACE.sub("", line.text) for line in lines]
    bold = [is_font_doubled(text) for text in texts]  # doubled glyph by glyph: a headline (unwrap.py)
    widths = [justified_width(collapse_doubled_glyphs(text, whole_line=True) if doubled else text)
              for text, doubled in zip(texts, bold)]
    prose = sorted(w for w, t in zip(widths, texts) if not CLAUSE_MARKS.isdisjoint(t))
    column = prose[len(prose) // 2] if prose else max(widths)
    rows: list[Row] = []
    for index, (line, text, width) in enumerate(zip(lines, texts, widths)):
        # the rest of a bracket opened a line above (`…（深圳晚报记` / `者 许 梅 杰 ）`) closes a credit,
        # and a line of a glyph or two under a line stopping mid-sentence is its text's last
        # (`…图片由江桥镇提` / `供`): neither is a headline
        tail = bool(rows) and rows[-1].open and len(text) <= TAIL_GLYPHS
        # … and neither is the rest of a figure the column cut (`资江邵阳站 210.20米 +0` / `.21`): the
        # line above goes on into it, however narrow
        figure_rest = bool(rows) and cuts_a_figure(rows[-1].text) and bool(FIGURE_REST.match(text))
        if figure_rest and rows[-1].label:
            rows[-1] = replace(rows[-1], label=False)
        rest = text[-1:] in ")）" and not ("(" in text or "（" in text)
        closed = ends_sentence(text) or tail or rest or figure_rest
        unclosed, resumes = bracket_edges(text)
        named = text.endswith(PHOTO_MARK) and len(text) > TAIL_GLYPHS and CLAUSE_MARKS.isdisjoint(text) \
            and not OPENER.match(text)
        dated = bool(vocabulary().dateline.match(text))
        # a bullet, 本报讯, a byline: set alone (a byline of roles and names alone, `通讯员 X Y`, too)
        marked = (bool(OPENER.match(text)) or CLAUSE_MARKS.isdisjoint(text) and is_byline(text, line.text)) \
            and not rest and not resumes
        # any dateline opens a text, an overseas paper's in round brackets too (（曼谷讯）近日，…), though
        # with its text's first words after it no headline
        opens = marked or dated and not rest and not resumes
        headed = not rows or not rows[-1].open  # where a text may start
        left, closes = quote_edges(text)
        # a line closing a quotation or book title opened above (`共兴”系列主题新闻发布会——成都平原经`) is
        # inside its sentence: running text however it is set or placed
        label = not closed and CLAUSE_MARKS.isdisjoint(text) and (not closes or marked) \
            and (marked or bold[index] or width <= MAX_LABEL_WIDTH or width < LABEL_SHARE * column
                 # a headline under a headline (two in a row, over two texts set side by side), not under
                 # one ending its own text
                 or stacked and bool(rows) and rows[-1].label and not rows[-1].opens and not rows[-1].trails
                 and not dated
                 and text[:1] not in ROUND
                 or headed and index + 1 < len(texts) and opener_penalty(texts[index + 1]) == OPENER_APART
                 and text[:1] not in ROUND
                 # a headline over a headline (two in a row, over two texts set side by side), where a
                 # text starts afresh: first, or after a finished sentence (not under a byline)
                 or (not rows or rows[-1].closed) and index + 1 < len(texts) and text[:1] not in ROUND
                 and narrow_label(texts[index + 1], widths[index + 1], column))
        # a headline printed under its own text ends it (`…写作业。` / `社区开办四点半课堂`)
        trailing = label and not opens \
            and trails(rows, collapse_doubled_glyphs(text, whole_line=True) if bold[index] else text, texts[index + 1:])
        rows.append(Row(line, text, width, closed, label, opens, text[:1] in CONTINUES or bool(GOES_ON.match(text)),
                        closed and bool(CREDIT_END.search(text)) or rest or tail and CLAUSE_MARKS.isdisjoint(text),
                        dated, unclosed, resumes,
                        not closed and bool(find_role(text[-ROLE_TAIL:])), named, trailing,
                        left, closes,
                        label and not opens and index + 2 < len(texts) and not heads(text, texts[index + 1])
                        and not CLAUSE_MARKS.isdisjoint(texts[index + 2]) and heads(text, texts[index + 2])))
    return rows


def trails(rows: list[Row], title: str, below: list[str]) -> bool:
    """Whether a headline under `rows` is printed under its own text, which it ends: a line above it
    finished (its text's last, or, read across, among the other text's lines), the line right above
    it no headline, and it shares words with the lines above it and none with the lines under it
    (`…写作业。` / `社区开办四点半课堂` under `近日，一个社区开办四点半课堂，`)."""
    return bool(rows) and not rows[-1].label and any(row.closed for row in rows) \
        and shares_words(title, "".join(row.text for row in rows)) and not heads(title, "".join(below))


def cuts_a_figure(text: str) -> bool:
    """Whether the line ends inside a figure: on a digit, a decimal point or the figure's sign."""
    return text[-1:].isdigit() or text[-1:] in FIGURE_CUT


def narrow_label(text: str, width: float, column: float) -> bool:
    """A line set as a headline by its width alone: no clause mark, not a sentence's end, and
    narrow, or clearly narrower than the run's running text."""
    return CLAUSE_MARKS.isdisjoint(text) and not ends_sentence(text) \
        and (width <= MAX_LABEL_WIDTH or width < LABEL_SHARE * column)


def bracket_edges(text: str) -> tuple[bool, bool]:
    """Whether the line's last round bracket is an open one, and whether its first is a closing one."""
    marks = [char for char in text if char in ROUND]
    return bool(marks) and marks[-1] in "(（", bool(marks) and marks[0] in ")）"


def quote_edges(text: str) -> tuple[str, str]:
    """The quotation or book-title mark the line's last such mark leaves open, and the opening mark of
    the one its first such mark closes (each "" when there is none)."""
    marks = [char for char in text if char in PAIRED or char in CLOSERS]
    return (marks[-1] if marks and marks[-1] in PAIRED else "",
            CLOSERS[marks[0]] if marks and marks[0] in CLOSERS else "")


def breaks(before: Row, after: Row) -> bool:
    """The printed order cannot be one text here: a line stopping mid-sentence followed by a
    headline, a dateline or a credit (or the glyph or two ending it) or by a sentence opener set
    apart by a comma, a comma after a closed line, a line closing a bracket the line above did not
    leave open, two headlines (bulleted or not) or two datelines in a row, or a headline printed
    under its own text (`trails`) over a line of text.
    No dictionary: this decides which runs are read further (where the second text of an
    interleave opens, the printed order shows one of these)."""
    if after.goes_on:
        return not before.open and after.text[0] not in CLOSING
    if after.resumes and not before.unclosed:  # a bracket closed that the line above left shut (`…居民` / `者 Y）`)
        return True
    if before.open:  # … or the glyph or two ending a line stopping mid-sentence (a credit's `供`), or a
        # text's first sentence (…临平区塘 / 1月27日，在安徽省…)
        return after.opens or after.label or after.closed and len(after.text) <= TAIL_GLYPHS \
            and CLAUSE_MARKS.isdisjoint(after.text) or after.named and not completes_a_credit(before, after) \
            or opener_penalty(after.text) == OPENER_APART
    return before.bulleted and after.bulleted or before.dated and after.dated or stacked_headlines(before, after) \
        or before.trails and not after.label


def completes_a_credit(before: Row, after: Row) -> bool:
    """Whether a credit's name and photo mark (`after`, `…郑晨摄`) finish a credit `before` left off: at its
    role (`…璀璨。 华商报记者` / `秦鹏 摄`), or inside it, the role read across the join (`…蒙皮。本报记` /
    `者郑晨摄`, `…作业。本报` / `记者崔晶摄`, `…产品。广州日` / `报全媒体记者郑华摄`)."""
    if before.role_end:
        return True
    tail = before.text[-ROLE_TAIL:]
    return any(found.start() < len(tail) < found.end()
               for found in vocabulary().byline_role.finditer(tail + after.text))


def stacked_headlines(before: Row, after: Row) -> bool:
    """Two headlines in a row with no bullet, dateline or byline (`多地优化公积金政策` / `加紧施工`): two
    texts set side by side may open under them, or one headline broken in two."""
    return before.label and after.label and not before.opens and not after.opens


def may_open(text: str) -> bool:
    """Whether a line could be where a second text breaks in (`breaks`): a headline, dateline,
    byline or credit, a sentence opener set apart by a comma, or a line opening with a mark.
    Cheap, so most runs are never measured."""
    text = text.strip()
    return text[:1] in CONTINUES or bool(GOES_ON.match(text) or OPENER.match(text)) \
        or len(text) <= 2 * MAX_LABEL_WIDTH and CLAUSE_MARKS.isdisjoint(text) or opener_penalty(text) == OPENER_APART


@cache
def dictionary() -> tuple[dict, float]:
    """jieba's word frequencies (enrich loads jieba for every page anyway) and their log total."""
    from . import tokens
    tokens.ready()
    jieba = tokens.jieba
    jieba.dt.check_initialized()
    return jieba.dt.FREQ, math.log(jieba.dt.total)


def best_route(text: str) -> float:
    """Log probability of the likeliest segmentation of `text` into dictionary words (jieba's)."""
    freq, log_total = dictionary()
    best = [0.0] + [-math.inf] * len(text)
    for end in range(1, len(text) + 1):
        for start in range(max(0, end - 6), end):
            count = freq.get(text[start:end])
            if end - start > 1 and not count:
                continue
            score = best[start] + math.log(count or 1) - log_total
            if score > best[end]:
                best[end] = score
    return best[-1]


@cache
def word_gain(tail: str, head: str) -> float:
    """How much likelier `tail`+`head` reads as one stretch than as two: a word spans the join
    (`市公`|`交集团` → 公交, 集团)."""
    freq, _ = dictionary()
    if not any(freq.get(tail[start:] + head[:end]) for start in range(len(tail)) for end in range(1, len(head) + 1)):
        return 0.0  # no word spans the join
    return best_route(tail + head) - best_route(tail) - best_route(head)


def word_strength(before: str, after: str) -> str:
    tail = EDGE_CJK.search(before[-TAIL:]).group()  # type: ignore[union-attr]
    head = HEAD_CJK.match(after[:HEAD]).group()  # type: ignore[union-attr]
    if not tail or not head:
        return "none"
    gain = word_gain(tail, head)
    return "weak" if gain <= WEAK_GAIN else "moderate" if gain <= STRONG_GAIN else "strong"


def wraps_a_word(first: str, second: str) -> bool:
    """A dictionary word runs across the break between two lines (成都明确今 / 年数字经济发展目标,
    全国发展改革系 / 统扎实推进…): one text wrapped where the typesetter liked."""
    return word_strength(first, second) in ("moderate", "strong")


class Reader:
    """Joins and splits read against one page's own text (the strings it prints)."""

    def __init__(self, lines: list[Line]):
        self.text = "\n".join(WHITESPACE.sub("", line.text) for line in lines)

    def printed_elsewhere(self, before: str, after: str) -> int:
        """0, 1 or 2: the longest string read across the join that the page prints within a
        line (none, two characters, three)."""
        if before[-2:] + after[0] in self.text and len(before) >= 2 \
                or before[-1] + after[:2] in self.text and len(after) >= 2:
            return 2
        return 1 if before[-1] + after[0] in self.text else 0

    def words(self, before: str, after: str) -> float:
        """What the words read across the join say (`WORD_EVIDENCE`)."""
        return WORD_EVIDENCE[word_strength(before, after)][self.printed_elsewhere(before, after)]

    def join(self, before: Row, after: Row) -> float:
        """How well `after` goes on from `before` as the next line of the same text."""
        # a bracket closed only across the join is exact: one text (`本报讯（记者 X 通讯员` / `Y）记者从…`); of
        # two brackets left open, the words read across the join tell which one it closes (`…（宝安日报记` / `者 Y）`)
        if after.resumes:
            return 4.0 + self.words(before.text, after.text) if before.unclosed else -4.0
        # … and so is a credit completed across it (`…璀璨。 华商报记者` / `秦鹏 摄`): a credit's name
        # carries on no other line stopping mid-sentence
        if after.named and before.open:
            return 4.0 if completes_a_credit(before, after) else -4.0
        if after.goes_on:
            return 2.0 if before.open else 0.0 if after.text[0] in CLOSING else -2.0
        # only a headline printed under its text follows a credit, or a headline printed under its text
        if before.credit or before.trails:
            return 0.0 if after.label else -3.0
        if before.label and not before.byline and not after.label:  # a headline over its text shares its words
            # … and one heading the line after next is over the other column's line
            return 2.0 if heads(before.text, after.text) else -2.0 if before.heads_next_but_one else UNKNOWN
        if not before.open:  # two bulleted headlines or two datelines in a row open two texts
            return -3.0 if before.bulleted and after.bulleted or before.dated and after.dated else UNKNOWN
        # `before` stops mid-sentence: `after` must carry it on
        if after.opens:
            return -4.0
        score = -2.0 if after.label else opener_penalty(after.text)
        b = after.text[:1]
        # a figure cut by the column goes on: after a digit, a decimal point or its sign (`210.20米 +0` / `.21`,
        # `186.16米 -` / `0.30`)
        if cuts_a_figure(before.text) and (b.isdigit() or b == ".") and not CLOCK_END.search(before.text):
            score += 2.0
        score += self.words(before.text, after.text)
        if after.quote_closed and after.quote_closed == before.quote_left:
            score += PAIRED_JOIN
        # a wrapped line and the next are set in the same column
        if after.open:
            score -= min(3.0, max(0.0, abs(before.width - after.width) - WIDTH_SLACK))
        elif after.width > before.width + WIDTH_SLACK:
            score -= min(3.0, after.width - before.width - WIDTH_SLACK)
        return score

    def printed_score(self, rows: list[Row]) -> float:
        return sum(self.join(a, b) for a, b in zip(rows, rows[1:])) + ending(rows[-1])

    def split(self, rows: list[Row]) -> tuple[float, list[int]]:
        """The best split of `rows` into two in-order texts: its score and, per row, its text
        (0, the one the run opens with, or 1).

        The state after row i is its text and the row the other text printed last (none: no
        second text yet; ended: more than MAX_GAP rows back, so it is over). Each row goes on one
        text or the other, so the programme is linear in the rows (at most MAX_GAP + 2 states
        per text and row)."""
        none, ended = -1, -2
        joins: dict[tuple[int, int], float] = {}

        def join(a: int, b: int) -> float:
            if (a, b) not in joins:
                joins[a, b] = self.join(rows[a], rows[b])
            return joins[a, b]

        Key = tuple[int, int]  # (the other text's last row, text of row i)
        layers: list[dict[Key, tuple[float, Key | None]]] = [{(none, 0): (0.0, None)}]
        for i in range(1, len(rows)):
            layer: dict[Key, tuple[float, Key | None]] = {}
            for (other, side), (score, _) in layers[-1].items():
                keep, extra = other, 0.0
                if other >= 0 and i - other > MAX_GAP:
                    keep, extra = ended, ending(rows[other])
                # a text finished while the other stops mid-sentence: the other runs on alone
                over = FINISHED if keep >= 0 and rows[i - 1].closed and rows[keep].open and rows[i].open else 0.0
                offers = [((keep, side), score + extra + over + join(i - 1, i))]  # row i goes on the text of row i-1
                if other == none:  # … or opens the second text
                    offers.append(((i - 1, 1 - side), score - SPLIT_COST + opening(rows[i])))
                elif keep >= 0:  # … or goes on the other one
                    offers.append(((i - 1, 1 - side), score + join(other, i) + switching(rows, other, i)))
                for state, value in offers:
                    if state not in layer or value > layer[state][0]:
                        layer[state] = (value, (other, side))
            layers.append(layer)
        final = {key: score + ending(rows[-1]) + (ending(rows[key[0]]) if key[0] >= 0 else 0.0)
                 for key, (score, _) in layers[-1].items()}
        key: Key | None = max(final, key=lambda k: final[k])
        best = final[key]  # type: ignore[index]
        sides = []
        for i in range(len(rows) - 1, -1, -1):
            sides.append(key[1])  # type: ignore[index]
            key = layers[i][key][1]  # type: ignore[index]
        return best, sides[::-1]


def switching(rows: list[Row], other: int, index: int) -> float:
    """The price of row `index` going on the other text, last printed at row `other`. Two
    headlines read across in a row where a text may start head one text each and the left one's is
    read first, so the line under them goes on the first headline's text, at a gain."""
    stacked = other == index - 2 and not rows[index].label and (other == 0 or not rows[other - 1].open) \
        and all(row.label and not row.opens for row in rows[other:index])
    return LEFT_FIRST if stacked else -SWITCH_COST


def with_displaced_headlines(rows: list[Row], sides: list[int], over: bool = False) -> list[int]:
    """`sides` with each headline printed away from its text given back to that text: a headline read
    after the other text's last line, which finished (`…（通讯员 X）` / `企业建成废水回用装置`), or before its
    first when that text opens with no headline of its own (`老旧小区完成加装电梯` over `本报讯（记者 X）`) or,
    when `over`, any (on a page with a blank line after every line, a headline over it read across the
    other text's lines), sharing words with that text and none with its own (`杭州塘栖:…`)."""
    sides = list(sides)
    for k, row in enumerate(rows):
        if not row.label or row.opens:
            continue
        other = 1 - sides[k]
        theirs = [r for r, side in zip(rows, sides) if side == other]
        if not theirs:
            continue
        under = theirs[-1].line.number < row.line.number and theirs[-1].closed
        above = theirs[0].line.number > row.line.number
        untitled = not theirs[0].label or theirs[0].opens
        # a headline right over a byline of its own text heads that text (`夏季用电高峰保供有序` / `本报讯（记者 X）`)
        bylined = k + 1 < len(rows) and rows[k + 1].byline and sides[k + 1] == sides[k]
        untitled = untitled and not bylined
        if not under and not (above and (over or untitled)):
            continue
        title = collapse_doubled_glyphs(row.text, whole_line=True) if is_font_doubled(row.text) else row.text
        own = "".join(r.text for r, side in zip(rows, sides) if side == sides[k] and r is not row)
        if shares_words(title, "".join(r.text for r in theirs)) and not shares_words(title, own):
            sides[k] = other
    return sides


def shares_words(title: str, text: str) -> bool:
    """Three characters in a row of the title in the text, or two pairs (`杭州塘栖:…` over
    `5月17日,杭州市临平区塘栖镇`)."""
    if any(title[i:i + 3] in text for i in range(len(title) - 2)):
        return True
    return len({title[i:i + 2] for i in range(len(title) - 1) if title[i:i + 2] in text}) >= 2


def heads(title: str, text: str) -> bool:
    """Whether a headline shares words with a line under it: as `shares_words`, or, for a title of a
    few glyphs (a picture's `古厝留影`), one word of two (`…游客在古厝前拍照留念。`)."""
    return shares_words(title, text) or len(title) <= SHORT_TITLE and any(
        title[i:i + 2] in text for i in range(len(title) - 1))


def opener_penalty(text: str) -> float:
    """How unlikely a line opening a sentence (`近日`, `6月21日`) carries on a line that stops
    mid-sentence; more so when a comma sets the opener apart (`日前，`, `5月17日,`), as a text's
    first sentence opens, than when the words run on (`…于` / `6月21日举行`)."""
    found = SENTENCE_OPENER.match(text)
    if not found:
        return 0.0
    return OPENER_APART if text[found.end():found.end() + 1] in COMMAS else OPENER_RUNS_ON


def ending(row: Row) -> float:
    """A text whose lines end mid-sentence is less likely."""
    return -1.5 if row.open else 0.0


def opening(row: Row) -> float:
    """How well a line opens the second text."""
    if row.goes_on:
        return -math.inf
    return 1.0 if row.opens or row.label else 0.0


def runs(lines: list[Line], apart: frozenset[int]) -> list[list[int]]:
    """Indices (into `lines`) of each run of non-blank lines that are not page furniture."""
    return [run for run in all_runs(lines, apart) if MIN_RUN <= len(run) <= MAX_RUN]


def all_runs(lines: list[Line], apart: frozenset[int]) -> list[list[int]]:
    """Indices (into `lines`) of every run of non-blank lines that are not page furniture, however long."""
    found: list[list[int]] = [[]]
    for index, line in enumerate(lines):
        if not line.text.strip() or line.number in apart:
            if found[-1]:
                found.append([])
            continue
        found[-1].append(index)
    return [run for run in found if run]


def leading_stretches(lines: list[Line], apart: frozenset[int]) -> list[tuple[list[int], bool]]:
    """In a run too long for two short items (an article running on), a break among its first lines
    under a headline or byline (`…重庆市党政代表团` / `本报讯（记者 X）一家旧书店…`): a brief set beside the
    article's first lines, read across, the article running on alone under it (or a headline breaking
    into a line of its text, `headline_crossing`). Indices of the run's lines from its top to ten lines
    past the break, read as a stretch read across."""
    found = []
    for run in all_runs(lines, apart):
        if len(run) <= MAX_RUN:
            continue
        texts = [WHITESPACE.sub("", lines[i].text) for i in run[:2 * LEAD_LINES + 1]]  # only its first lines
        under_a_head = [k for k in range(2, 2 * LEAD_LINES + 1) if not all(is_prose(text) for text in texts[:k - 1])]
        # (a dateline, byline or opener breaking in is the surer sign; a headline breaking in counts when none does)
        if k := next((k for k in under_a_head if crossing(texts[k - 1], texts[k])), 0) \
                or next((k for k in under_a_head if headline_crossing(texts[k - 1], texts[k], texts[k - 2])), 0):
            found.append((run[:k + CROSS_LINES], True))
    return found


def spaced_windows(lines: list[Line], apart: frozenset[int]) -> list[tuple[list[int], bool]]:
    """On a page with a blank line after every line, each stretch of lines one blank apart where
    lines stopping mid-sentence are set to a second column measure (a caption wider or narrower
    than the article it is read across), or where a line closes a bracket opened a few lines above:
    indices of that stretch's lines, from two lines of running text before the first such line to
    two after the last (at least MIN_OTHER such lines, each within MAX_GAP lines of the last), or
    MAX_GAP lines either side of the bracket's two lines."""
    chains: list[list[int]] = [[]]
    for index, line in enumerate(lines):
        if not line.text.strip():
            continue
        chain = chains[-1]
        if line.number in apart or chain and (index - chain[-1] != 2):
            chains.append([])
        if line.number not in apart:
            chains[-1].append(index)
    found = []
    for chain in chains:
        if len(chain) < MIN_RUN:
            continue
        # cheap, as every line of such a page is read: a line of running text stopping mid-sentence
        texts = [lines[i].text.strip() for i in chain]
        widths = [justified_width(text) if not CLAUSE_MARKS.isdisjoint(text) and not ends_sentence(text) else 0.0
                  for text in texts]
        running = sorted(width for width in widths if width)
        if len(running) < MIN_RUN:
            continue
        column = running[len(running) // 2]
        other = [k for k, width in enumerate(widths) if width and abs(width - column) > OTHER_MEASURE * column]
        clusters: list[list[int]] = []
        for k in other:  # lines of the other measure, each within MAX_GAP lines of the last
            if clusters and k - clusters[-1][-1] <= MAX_GAP:
                clusters[-1].append(k)
            else:
                clusters.append([k])
        spans = [(ks[0] - 2, ks[-1] + 2) for ks in clusters if len(ks) >= MIN_OTHER]
        # a bracket closed lines after the line that opened it (`…（深圳晚报记` / … / `者 许 梅 杰 ）`):
        # the lines between are another text's
        # (two texts' brackets open at once, `…（宝安日报记` / `本报讯（记者 X 通讯员 于` / `者 Y）` / `艳锋）…`:
        # each closing line closes the latest bracket still open)
        opened: list[int] = []
        for k, text in enumerate(texts):
            if not ROUND.isdisjoint(text):
                unclosed, resumes = bracket_edges(text)
                if resumes and opened:  # a line whose brackets pair up (another text's byline) leaves it open
                    if 2 <= k - (last := opened.pop()) <= MAX_GAP:
                        spans.append((last - MAX_GAP, k + MAX_GAP))
                if unclosed:
                    opened.append(k)
        # two texts set side by side in one column measure, read across: the printed order breaks where a
        # line stopping mid-sentence is followed by the other text's headline, dateline or credit
        # (`…颁发助学` / `日前，成都市…`); the stretch from the headlines over both is read for two texts
        # (each such break past the stretch read from the last one: a page may print several pairs)
        # (the chain's first lines, where a text starts, count as under a headline; a break near a stretch of
        # another measure is read with that stretch)
        reached = 0
        for k in range(1, len(texts) - 2):
            breaks_in = crossing(texts[k - 1], texts[k]) \
                or headline_crossing(texts[k - 1], texts[k], texts[k - 2] if k > 1 else "")
            under_a_head = k - 1 <= LEAD_LINES or not all(is_prose(text) for text in texts[k - LEAD_LINES - 1:k - 1])
            if k < reached or not (breaks_in and under_a_head or k >= 2 and two_heads_over(texts, k)):
                continue
            first = k - 1
            while first > k - LEAD_LINES and first > 0 and not is_prose(texts[first - 1]):
                first -= 1  # the headlines over both texts are read with them
            if first > 0 and not is_prose(texts[first]) and is_prose(texts[first - 1]) \
                    and not ends_sentence(texts[first - 1]):
                first -= 1  # … and so is a line left mid-sentence over them: its text goes on under them
            if any(first <= last and start <= k + CROSS_LINES for start, last in spans):
                continue
            found.append((chain[first:k + CROSS_LINES], True))
            reached = k + CROSS_LINES
        merged: list[tuple[int, int]] = []
        for first, last in sorted(spans):  # overlapping stretches are read as one
            if merged and first <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
            else:
                merged.append((first, last))
        for first, last in merged:
            start = max(0, first)
            while start < first + 2 and not is_prose(texts[start]):  # a headline stays over both texts
                start += 1
            found.append((chain[start:last + 1], False))
    # read down the page: a stretch read on skips those it reached
    return sorted(found, key=lambda stretch: stretch[0][0])


def two_heads_over(texts: list[str], index: int) -> bool:
    """Cheap: whether the line at `index` is running text under two headlines in a row (no clause mark,
    no sentence's end, each at most two labels wide) where a text starts afresh: two texts set side
    by side under their headlines, read across (`多条公交线路调整` / `职业技能培训进乡村` / text …)."""
    headlines = texts[index - 2:index]
    return is_prose(texts[index]) and not texts[index].startswith(DECK_DASH) \
        and (index == 2 or ends_sentence(texts[index - 3])) and all(
        not is_prose(text) and not ends_sentence(text) and len(text) <= 2 * MAX_LABEL_WIDTH for text in headlines)


def crossing(before: str, text: str) -> bool:
    """Cheap: whether a line opens another text under a line of running text stopping mid-sentence: a
    dateline, byline or credit, or a sentence opener set apart by a comma."""
    return (bool(OPENER.match(text)) or opener_penalty(text) == OPENER_APART) and stops_mid_sentence(before)


def headline_crossing(before: str, text: str, above: str) -> bool:
    """Cheap: whether a headline breaks into a line of running text stopping mid-sentence (no clause
    mark, narrower than the line it interrupts: `…新闻发` / `华人社团举办健康讲座`); a line with no clause
    mark is running text only when it carries on the line `above` it mid-sentence, so a headline's
    second line under its first (`深化改革激发创新活力 相` / `互赋能发展新质生产力`) is none."""
    return stops_mid_sentence(before) and (is_prose(before) or is_prose(above) and not ends_sentence(above)) \
        and interrupting_headline(before, text)


def stops_mid_sentence(text: str) -> bool:
    """Cheap: a line wider than a label, not ending a sentence, no headline's dash subtitle."""
    return len(text) > MAX_LABEL_WIDTH and not ends_sentence(text) and not text.startswith(DECK_DASH)


def interrupting_headline(before: str, text: str) -> bool:
    """Whether `text` is set as a headline under `before`: no clause mark, no sentence's end, more than
    the glyph or two ending a text, and narrow, or clearly narrower than `before`."""
    return len(text) > TAIL_GLYPHS and narrow_label(text, justified_width(WHITESPACE.sub("", text)),
                                                    justified_width(WHITESPACE.sub("", before)))


@dataclass(frozen=True)
class Reordered:
    """A run restored as two texts: the line numbers of each, in order."""

    first: tuple[int, ...]
    second: tuple[int, ...]
    margin: float
    headlines: tuple[int, ...] = ()  # the headlines heading either text: each a paragraph of its own

    @property
    def note(self) -> str:
        return (f"lines {min(self.first)}–{max(self.first + self.second)} read as two columns interleaved line by "
                f"line: taken as lines {numbers(self.first)}, then {numbers(self.second)}")


def numbers(lines: tuple[int, ...]) -> str:
    """`3–5, 7, 10` for (3, 4, 5, 7, 10)."""
    parts, start = [], lines[0]
    for this, following in zip(lines, lines[1:] + (0,)):
        if following != this + 1:
            parts.append(f"{start}" if start == this else f"{start}–{this}")
            start = following
    return ", ".join(parts)


def in_reading_order(raw: RawPage, apart: frozenset[int]) \
        -> tuple[list[Line], list[str], list[tuple[int, int]], frozenset[int]]:
    """`restore` for a page: its lines in reading order, a note on each run reordered, the first
    and last line of each such run, and the headlines heading its texts, which unwrapping keeps
    apart from the text under them (moved over its text's first line, a headline may be as wide)."""
    lines, done = restore(raw.lines, apart)
    spans = [(min(r.first + r.second), max(r.first + r.second)) for r in done]
    headlines = frozenset(number for r in done for number in r.headlines)
    return lines, [f"{raw.file}:{min(r.first)}: {r.note}" for r in done], spans, headlines


def heading_rows(rows: list[Row], sides: list[int]) -> tuple[int, ...]:
    """The line numbers of the headlines (no byline, dateline or bullet) over each text's first line
    of text, save a line opening a sentence or running on into its text's next line in a word
    (`…召开的第三届世` / `界中医药…`): that text's first line."""
    heading: list[int] = []
    for side in (0, 1):
        own = [row for row, own_side in zip(rows, sides) if own_side == side]
        for row, following in zip(own, own[1:]):
            if not row.label or row.opens:
                break
            if not SENTENCE_OPENER.match(row.text) and not wraps_a_word(row.text, following.text):
                heading.append(row.line.number)
    return tuple(sorted(heading))


def restore(lines: list[Line], apart: frozenset[int] = frozenset()) -> tuple[list[Line], list[Reordered]]:
    """The page's lines with each interleaved run's two texts one after the other, and what was
    reordered. Lines numbered in `apart` (page furniture) are left where they are. A page with
    nothing reordered comes back as the same list."""
    done: list[Reordered] = []
    order = list(lines)
    reader: Reader | None = None
    for run in runs(lines, apart):
        if not any(may_open(lines[i].text) for i in run[1:]):
            continue
        rows = measure([lines[i] for i in run])
        if not any(breaks(a, b) for a, b in zip(rows, rows[1:])):
            continue
        reader = reader or Reader(lines)
        best, sides = reader.split(rows)
        sides = with_displaced_headlines(rows, sides)
        switches = sum(a != b for a, b in zip(sides, sides[1:]))
        first = tuple(row.line.number for row, side in zip(rows, sides) if side == 0)
        second = tuple(row.line.number for row, side in zip(rows, sides) if side == 1)
        needed = WHOLE_MARGIN if best > 0 and whole_texts(rows, sides) else MARGIN
        if switches < MIN_SWITCHES or best - reader.printed_score(rows) < needed or min(len(first), len(second)) < 2:
            continue
        done.append(Reordered(first, second, best - reader.printed_score(rows), heading_rows(rows, sides)))
        by_number = {lines[i].number: lines[i] for i in run}
        for index, number in zip(run, first + second):
            order[index] = by_number[number]
    reached = -1  # the last line of the last window read: a window read on may reach the next one
    for window, crossed in ([] if done else spaced_windows(lines, apart)) + leading_stretches(lines, apart):
        if window[0] <= reached:
            continue
        rows = measure([lines[i] for i in window], crossed)
        reader = reader or Reader(lines)
        best, sides = spaced_split(reader, rows)
        # a stretch read across whose two texts are both still mid-sentence at its end, with no line
        # where both were over, was cut while they alternate: it is read on to see one of them end
        read_further = crossed and both_open(rows, sides) and (longer := read_on(lines, window, apart)) != window
        if read_further:
            window = longer
            rows = measure([lines[i] for i in window], crossed)
            best, sides = spaced_split(reader, rows)
        # both texts finished inside the window, which runs on into a text printed after them: the
        # window ends where both are over
        cut = both_over(rows, sides)
        cut_off = rows[cut] if cut < len(rows) else None
        if trimmed := cut_off is not None:
            window, rows = window[:cut], rows[:cut]
            best, sides = spaced_split(reader, rows)
        # running text no text opens with under the window, read alone and with the lines around it,
        # and no wider than the window's lines: one of the window's texts may go on there
        goes_on = runs_on_past(lines, window, apart)
        runs_on = goes_on and (cut_off is None or not cut_off.label and not cut_off.opens) \
            and not wider_than(rows, lines[window[-1] + step_of(window)].text)
        if read_further:
            reached = window[-1]
        switches = sum(a != b for a, b in zip(sides, sides[1:]))
        last = {side: row for row, side in zip(rows, sides)}
        # two whole texts need only a small margin, as in a run set solid, judged on the lines as set (a
        # stretch read across takes any line under a headline for a headline too)
        needed = WHOLE_MARGIN if best > 0 and whole_texts(measure([lines[i] for i in window]), sides, headed=True) \
            else MARGIN
        if switches < MIN_SWITCHES or best - reader.printed_score(rows) < needed or len(last) < 2:
            continue
        # the text finished inside the window (a caption and its credit) goes first, so the text
        # running on past the window stays whole; when both finish there over more text, the one sealed
        # alone by its credit or by its headline printed under it (…平稳有序。（临 / 泽县融媒体中心 毛航远）),
        # for a text ended by a full stop alone may go on there; else the one whose text (not its
        # headline) is printed first, unless running text no text opens with follows the window: then
        # the text holding the window's last line is the one read alone after the other ended, and goes
        # on there
        followed = line_under(lines, window[-1], apart, step_of(window)) is not None
        sealed = [side for side in (0, 1) if followed and (last[side].credit or last[side].trails)]
        ends = next((side for side in (0, 1) if not last[side].open and last[1 - side].open),
                    None if last[0].open or last[1].open else
                    sealed[0] if len(sealed) == 1 else
                    1 - sides[-1] if runs_on else
                    next(side for row, side in zip(rows, sides) if not row.label))
        if ends is None:
            continue
        finished = tuple(row.line.number for row, side in zip(rows, sides) if side == ends)
        going_on = tuple(row.line.number for row, side in zip(rows, sides) if side != ends)
        if min(len(finished), len(going_on)) < 2:
            continue
        # a stretch read across from its break is seen to its end: both texts finish in it and a third
        # text (or no running text) follows, or the other text runs on alone after the finished one's
        # last line; else it was cut mid-alternation
        seen_to_end = text_over(last[0]) and text_over(last[1]) and (trimmed or not goes_on)
        if crossed and not seen_to_end and sides[-RUNS_ALONE:].count(ends):
            continue
        by_number = {lines[i].number: lines[i] for i in window}
        # a credit in brackets among the window's first lines closes the text above it (…水平。 /
        # （摘自《作家文摘》）), and so does a finished line over a headline (…万人次。 / 四部门发布…): the
        # lines down to it stay first, as printed
        head = max((k + 1 for k, row in enumerate(rows[:LEAD_LINES])
                    if TRAILING_BRACKET.fullmatch(text := row.line.text.strip()) and is_closing_credit(text)
                    or row.closed and rows[k + 1].label and not rows[k + 1].opens),
                   default=0)
        kept = tuple(row.line.number for row in rows[:head])
        finished = tuple(n for n in finished if n not in kept)
        going_on = tuple(n for n in going_on if n not in kept)
        if min(len(finished), len(going_on)) < 2:
            continue
        done.append(Reordered(finished, going_on, best - reader.printed_score(rows), heading_rows(rows, sides)))
        for index, number in zip(window, kept + finished + going_on):
            order[index] = by_number[number]
    done += headlines_inside_a_sentence(order, apart)
    done += captions_inside_a_sentence(order, apart)
    return (order if done else lines), done


def spaced_split(reader: Reader, rows: list[Row]) -> tuple[float, list[int]]:
    """`Reader.split` of a window on a page with a blank line after every line, its headlines read
    across the other text's lines given back to their texts."""
    best, sides = reader.split(rows)
    return best, with_displaced_headlines(rows, sides, over=True)


def both_over(rows: list[Row], sides: list[int]) -> int:
    """How many of the window's rows hold its two texts: unless both texts are finished at the
    window's end, the rows down to the last one where both had finished (a full stop, a credit, a
    headline printed under its text), the rows after it a third text's (left mid-sentence, or under
    its own headline); else all of them."""
    last: dict[int, Row] = {}
    cut = len(rows)
    for k, (row, side) in enumerate(zip(rows, sides)):
        last[side] = row
        if len(last) == 2 and text_over(last[0]) and text_over(last[1]):
            cut = k + 1
    return len(rows) if len(last) < 2 or text_over(last[0]) and text_over(last[1]) else cut


def both_open(rows: list[Row], sides: list[int]) -> bool:
    """Whether a window's two texts are both left mid-sentence at its end and were never both over."""
    return both_over(rows, sides) == len(rows) and len(last := {side: row for row, side in zip(rows, sides)}) == 2 \
        and last[0].open and last[1].open


def read_on(lines: list[Line], window: list[int], apart: frozenset[int]) -> list[int]:
    """The window with up to CROSS_LINES more lines of its stretch, each one blank under the last (right
    under it in a run set solid)."""
    longer = list(window)
    while len(longer) < len(window) + CROSS_LINES \
            and (after := line_under(lines, longer[-1], apart, step_of(window))) is not None:
        longer.append(after)
    return longer


def runs_on_past(lines: list[Line], window: list[int], apart: frozenset[int]) -> bool:
    """Whether the page's line one blank under a window's last line (right under it in a run set solid),
    measured with the window, is running text that no text opens with: a text of the window may carry on
    there."""
    if (after := line_under(lines, window[-1], apart, step_of(window))) is None:
        return False
    below = measure([lines[i] for i in window] + [lines[after]])[-1]
    return not below.label and not below.opens


def wider_than(rows: list[Row], text: str) -> bool:
    """Whether a line is set wider than every line of `rows` by more than justification can stretch
    one column's line (a headline or another column's text, not theirs going on)."""
    return justified_width(WHITESPACE.sub("", text)) > (1 + OTHER_MEASURE) * max(row.width for row in rows)


def line_under(lines: list[Line], index: int, apart: frozenset[int], step: int = 2) -> int | None:
    """The index of the page's line one blank under line `index` (right under it, `step` 1, in a run
    set solid), when the stretch goes on there (a line of text, not set apart); else None."""
    after = index + step
    if after >= len(lines) or step > 1 and lines[after - 1].text.strip() or not lines[after].text.strip() \
            or lines[after].number in apart:
        return None
    return after


def step_of(window: list[int]) -> int:
    """How far apart a window's lines stand: 1 in a run set solid, 2 one blank apart."""
    return window[1] - window[0] if len(window) > 1 else 2


def text_over(row: Row) -> bool:
    """Whether a text's last row ends it: a full stop, a credit or a headline printed under its text."""
    return row.closed or row.trails


def whole_texts(rows: list[Row], sides: list[int], headed: bool = False) -> bool:
    """Whether both texts of a split are whole: each opens with a headline or a dateline, goes on for
    two lines or more and ends on a finished line (a full stop, a credit, a headline printed under its
    text: `…写作业。` / `社区开办四点半课堂`): two briefs side by side. When `headed` (a stretch on a page with
    a blank line after every line), each opens with a dateline or a headline sharing its words and holds no
    other headline (one heading an article's first lines and a brief is no whole text)."""
    for side in (0, 1):
        own = [row for row, each in zip(rows, sides) if each == side]
        if len(own) < 3 or not (own[0].label or own[0].opens) or not text_over(own[-1]):
            return False
        if headed and (not own[0].opens and not heads(own[0].text, "".join(row.text for row in own[1:]))
                       or any(row.label and not row.opens and not row.trails for row in own[1:])):
            return False
    return True


def headlines_inside_a_sentence(order: list[Line], apart: frozenset[int]) -> list[Reordered]:
    """A headline read across into another text's last sentence (`…日前，一批青年志愿者走` / `夜间读书会开讲` /
    `进敬老院，陪老人聊天、表演` / `节目。（记者 X）`) is moved down under that text's end: a narrow line with no
    clause mark between a line stopping mid-sentence and the line carrying it on, the text then closing
    within a few lines with its credit or over a line opening a text. It heads what follows (the next
    brief, a picture's caption); no sentence is ever broken by a headline. Changes `order` in place."""
    done: list[Reordered] = []
    filled = [k for k, line in enumerate(order) if line.text.strip() and line.number not in apart]
    texts = {k: WHITESPACE.sub("", order[k].text) for k in filled}
    for n in range(1, len(filled) - 1):
        above, title, below = texts[filled[n - 1]], texts[filled[n]], texts[filled[n + 1]]
        if not sentence_broken_by(above, title, below):
            continue
        end = next((m for m in range(n + 1, min(n + 1 + MAX_GAP, len(filled)))
                    if ends_sentence(texts[filled[m]]) or CREDIT_END.search(texts[filled[m]])), None)
        if end is None or any(OPENER.match(texts[filled[m]]) or CLAUSE_MARKS.isdisjoint(texts[filled[m]])
                              for m in range(n + 1, end + 1)):
            continue
        # the text's own title printed under it (`…做手工。` / `社区开设暑期托管班`) stays with it: the
        # headline goes under that too, over what follows
        text = above + "".join(texts[filled[m]] for m in range(n + 1, end + 1))
        if end + 2 < len(filled) and printed_under(texts[filled[end + 1]], text):
            end += 1
        after = texts[filled[end + 1]] if end + 1 < len(filled) else ""
        credit = texts[filled[end + 2]] if end + 2 < len(filled) else ""
        if not (closes_with_its_credit(texts[filled[end]]) or not after or OPENER.match(after)
                or vocabulary().dateline.match(after) or credits_a_picture(after) or is_picture_credit(credit)):
            continue
        moved = [order[filled[m]] for m in range(n + 1, end + 1)] + [order[filled[n]]]
        for k, line in zip(filled[n:end + 1], moved):
            order[k] = line
        texts.update({k: WHITESPACE.sub("", line.text) for k, line in zip(filled[n:end + 1], moved)})
        done.append(Reordered(tuple(line.number for line in moved[:-1]), (moved[-1].number,), 0.0))
    return done


def captions_inside_a_sentence(order: list[Line], apart: frozenset[int]) -> list[Reordered]:
    """A picture's caption closed by its credit, read across into another text's sentence (`…一批充电站进` /
    `光伏电站的组件在阳光下延伸。本报记者 X 摄` / `驻高速公路服务区，…出行。`), is moved down under that
    sentence's end: a line of running text stopping inside a clause, a whole sentence ending in its
    picture's credit (on its own line or the line under it), and under them a line carrying the sentence
    on (no opener, no indent, no credit), the sentence then closing within a few lines. A caption never
    runs on from a clause left open into a sentence its credit closes. Changes `order` in place."""
    done: list[Reordered] = []
    filled = [k for k, line in enumerate(order) if line.text.strip() and line.number not in apart]
    texts = {k: WHITESPACE.sub("", order[k].text) for k in filled}
    for n in range(1, len(filled) - 1):
        above, caption = texts[filled[n - 1]], texts[filled[n]]
        if not is_prose(above) or not stops_mid_sentence(above) or above[-1:] in CLAUSE_MARKS \
                or OPENER.match(caption) or caption[:1] in CONTINUES or not ends_sentence(caption) \
                or opens_a_caption(above, caption) or wraps_a_word(above, caption):
            continue
        if credits_a_picture(caption) and not is_picture_credit(caption):
            size = 1
        elif n + 2 < len(filled) and is_picture_credit(texts[filled[n + 1]]):
            size = 2
        else:
            continue
        start = n + size
        below = order[filled[start]].text
        # the text goes on at its own line spacing: a blank line under a caption set solid ends its block
        if filled[start] - filled[start - 1] > filled[n] - filled[n - 1] \
                or below[:1].isspace() or OPENER.match(texts[filled[start]]) or texts[filled[start]][:1] in CONTINUES \
                or credits_a_picture(texts[filled[start]]) or not is_prose(texts[filled[start]]) \
                or opener_penalty(texts[filled[start]]):
            continue
        end = next((m for m in range(start, min(start + MAX_GAP, len(filled)))
                    if ends_sentence(texts[filled[m]]) or CREDIT_END.search(texts[filled[m]])), None)
        if end is None or any(OPENER.match(texts[filled[m]]) for m in range(start + 1, end + 1)):
            continue
        moved = [order[filled[m]] for m in range(start, end + 1)] + [order[filled[m]] for m in range(n, start)]
        for k, line in zip(filled[n:end + 1], moved):
            order[k] = line
        texts.update({k: WHITESPACE.sub("", line.text) for k, line in zip(filled[n:end + 1], moved)})
        done.append(Reordered(tuple(line.number for line in moved[:end + 1 - start]),
                              tuple(line.number for line in moved[end + 1 - start:]), 0.0))
    return done


def opens_a_caption(above: str, caption: str) -> bool:
    """Whether the sentence a line leaves open is a caption's (`…基本结束。图为游`, `…园区。图` / `为观众在…`,
    `图②：民众在`): the lines under it are that caption's, not a caption set inside its text."""
    final = wrapping().sentence_final
    left_open = above[max((k for k, glyph in enumerate(above) if glyph in final), default=-1) + 1:].strip()
    return bool(PICTURED.search(above + caption[:1]) or PICTURE_NUMBER.match(left_open))


def printed_under(line: str, text: str) -> bool:
    """Whether a line is a headline printed under its text: no clause mark, no opener, the text's words."""
    return CLAUSE_MARKS.isdisjoint(line) and not OPENER.match(line) and heads(line, text)


def credits_a_picture(text: str) -> bool:
    """A caption's line closed by its picture's credit (`…在田间作业。 通讯员 X 摄`, `（X 摄）`), a
    picture's title printed over it."""
    bracket = TRAILING_BRACKET.search(text)
    return (bracket.group(0)[1:-1] if bracket else text).rstrip().endswith(PHOTO_MARK)


def closes_with_its_credit(text: str) -> bool:
    """A text's last line closed by its writer's credit (`…家庭。（记者 X）`), not a picture's (`（X 摄）`)."""
    bracket = TRAILING_BRACKET.search(text)
    return bracket is not None and not bracket.group(0)[1:-1].rstrip().endswith(PHOTO_MARK) \
        and is_closing_credit(bracket.group(0))


def sentence_broken_by(above: str, title: str, below: str) -> bool:
    """Whether `title` is a headline printed between a line stopping mid-sentence and the line carrying
    it on: narrow (or narrower than the line above), with no clause mark and no opener of a text, the
    line above left at a comma or inside a word the line below completes, the line below no headline."""
    if len(title) < TAIL_GLYPHS or OPENER.match(title) or ends_sentence(above) or not above \
            or above[-1:] in CLAUSE_MARKS - COMMAS - {"、"} \
            or not narrow_label(title, justified_width(title), justified_width(above)):
        return False
    if len(title) >= LABEL_SHARE * min(len(above), len(below)):  # a column's line, however its letters measure
        return False
    if OPENER.match(below) or below[:1] in CONTINUES or CLAUSE_MARKS.isdisjoint(below) and not ends_sentence(below):
        return False
    # a title of two glyphs only under a comma (the rest of a credit broken mid-word, `…提` / `供图`, is none);
    # a byline broken inside its brackets (`本报讯（记者 X 通讯员 梁璐` / `港湾避风` / `斌）近日，…`) is no more
    # broken by a headline than a sentence is
    return above[-1:] in COMMAS | {"、"} or len(title) > TAIL_GLYPHS and (
        wraps_a_word(above, below) or bracket_edges(above)[0] and bracket_edges(below)[1])
