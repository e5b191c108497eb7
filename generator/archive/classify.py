"""Classify stage: paragraphs → typed blocks (headline candidate, byline, caption, furniture …).

A block is classified from its own text and, where the text alone is ambiguous, from its
neighbours. Bylines glued to a first sentence and credits glued to a last sentence are split
off into blocks of their own, so every character keeps exactly one owner.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from .cjk import CJK as HAN, IDEOGRAPH as CJK, character_pairs, display_width, indent_width
from .datafiles import load
from .furniture import COUNTY_ENDINGS, MAX_ROW_TAIL, MIN_TERM_ROWS, newspaper_names
from .model import Block, Line, Paragraph, Span
from .names import only_names, surnames
from .places import autonomous_county_stems, gazetteer

SENTENCE_END = "。！；…：，、!;:,"
# A single-line block longer than this is body text even without final punctuation.
MAX_TITLE_WIDTH = 44
MAX_LABEL_WIDTH = 30
WIDE_COLUMN_FACTOR = 1.5
MAX_COLUMN_WIDTH = 40
# A paragraph this long above a photo credit is an article's last paragraph, not a caption.
MAX_CAPTION_CHARS = 300
LAYOUT = load("layout.yml")  # the vocabularies of bylines, credits, datelines and bullets
UNIT_BYLINE = re.compile(LAYOUT["unit_byline"].replace("{unit_ending}", LAYOUT["unit_ending"])
                         .replace("{name}", LAYOUT["name"]))  # ■…纪委监委 X Y
# （某某省邮政管理局）, （某某矿业公司供稿）: the unit alone closing a brief, no writer named
UNIT_ALONE_CREDIT = re.compile(LAYOUT["unit_alone_credit"].replace("{unit_ending}", LAYOUT["unit_ending"]))
# 某某医院主任医师 X: the one form of an expert's signature, read alone under a title or a question column's
# last answer (EXPERT_SIGNATURE) and as one of the forms closing a finished text (CLOSING_SIGNATURE)
EXPERT_FORM = LAYOUT["expert_signature"].replace("{expert_title}", LAYOUT["expert_title"])
EXPERT_SIGNATURE = re.compile(f"^{EXPERT_FORM.replace('{name}', '(?P<names>' + LAYOUT['name'] + ')')}$")
# （耒阳 秦丽）: the county or city a brief is sent from, then its writers
REPORTED = LAYOUT["reported_forms"]  # 报道, 报导
# （临沂 X 报道）: with the 报道 of a report sent from it after the names, no name
PLACE_CREDIT = re.compile(f"^(?P<place>[{HAN}]{{2,6}})\\s+"
                          f"(?P<names>{LAYOUT['name']}(?:\\s+(?!{REPORTED}$){LAYOUT['name']}){{0,2}})(?:\\s*{REPORTED})?$")
REPORTED_FROM = re.compile(LAYOUT["reported_from"])  # 北京报道, 发自上海: where from, no name
# 沈宁立 报道, X 上海报道: names set apart before 报道 sign the text as a role would (overseas papers' form)
NAMES_REPORTED = re.compile(r"\s\S{0,4}" + re.escape(LAYOUT["reported"]) + "$")
GLUED_PLACE_RUN = re.compile(LAYOUT["glued_place_run"])  # 【本报记者赵刚东京报道】: name and place set solid
NAME_LENGTHS = (2, 3)  # glyphs of a reporter's name, surname included
PLACE_LENGTHS = (2, 3)  # glyphs of the place a report is written from (东京, 名古屋)
BRACKETED_ADDRESS = re.compile(LAYOUT["bracketed_address"], re.ASCII)  # 华夏时报（www.example.cn）记者 X
WORK_CREDIT = re.compile(LAYOUT["work_credit"])  # 口述 X 整理 Y, 编译：X: what they did to the text
WORK_WORDS = re.compile("|".join(LAYOUT["work_words"]))  # what WORK_CREDIT needs one of, found fast
COMMENTATOR: str = LAYOUT["commentator"]  # 本报评论员 signs for the paper: a commentary
DESK_SIGNATURE = re.compile(f"^(?:{LAYOUT['desk_signature']})$")  # 本报编辑部: the paper's desk signs, naming no one
PAPER_SIGNER = re.compile(f"(?:{COMMENTATOR}|{LAYOUT['desk_signature']})$")  # a commentator or the desk: no one named
MAX_STACKED_CAPTION = 60  # characters (one sentence) of a caption stacked above a shared credit
PARAGRAPH_INDENT = 2.0  # ems a paragraph's first line is set in by: two ideographs
SIGNED_END = re.compile(r"[。！？”]\s*(?P<byline>[^。！？，,；;“”（）()]{4,24})$")
CLAUSE = re.compile(r"[，,；;。！？]")
RUN_IN_TITLE = re.compile(r"^[^，。,；;！？：:（）()]{4,18}。")
# 山城有名医，群众有“医”靠。福建省…: a run-in title of two short phrases, read so only where briefs are sure
PAIRED_RUN_IN_TITLE = re.compile(r"^[^，。,；;！？：:（）()]{3,10}[，,][^，。,；;！？：:（）()]{3,10}。")
NOTE_LABEL = re.compile(LAYOUT["note_label"])  # 记者手记, 编后: the piece under it opens with a sentence
# A numbered brief's number: 1. / 1、 / 一、 / （1）
NUMBERED = re.compile(r"^(?:\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、|[（(]\d{1,2}[)）])\s*")  # not 1.5万
MAX_QUESTION_TITLE = 30  # characters of a headline asking a question, broken over lines like a sentence
MAX_RUN_IN_TITLE = 20  # characters of a numbered brief's title run into its text
RESTATED_WINDOW = 40  # characters after a run-in title where its first sentence restates it
RESTATED_SHARE = 0.6  # of the title's character pairs found there
MIN_RUN_IN_TEXT = 30  # characters after a run-in title: a short paragraph is one sentence, no brief
KICKER_PLACE_CHARS = 8  # 四川广安：, a place before the colon of a headline
MAX_CREDIT_HEAD = 24  # characters of an outlet and role left at a text's end by a broken credit
FULL_STOP = "。"  # a sentence's end, which no headline holds (a title may ask, with ？)
MAX_CREDIT_LINE = 48  # characters, spaces included: a longer line is no credit line
# A brief's title printed on the line of its text: in brackets, or before its 本报讯 (vocabulary().dateline).
# A row of a table: one line of three cells or more, set apart by runs of spaces or tabs.
TABLE_GAP = re.compile(r" {2,}|\t|\u3000")
MIN_TABLE_GAPS = 2
KEY_FIGURE = re.compile(LAYOUT["key_figure"])  # 300个  共建重大项目: a data box's figure and what it counts
BULLETED_RUN_ON = re.compile(LAYOUT["bulleted_run_on"])  # ●河道清淤工程完工 经过
BULLETED_RUN_IN = re.compile(LAYOUT["bulleted_run_in"])  # ●社区图书馆延长开放时间 近日，…
# 策  12月9日，… under ●四部门发布就业援助新政: a bulleted title's last words, a printed gap, its text
# (not a letter-spaced line's first glyph: 入 夏 以 来 ，…)
TITLE_TAIL = re.compile(r"^\s*(?P<tail>[^\s，。,；;！？：:]{1,16})\s+(?=\S\S)")
CLAUSE_OR_COLON = re.compile(r"[，。,；;！？：:]")
OPENER_AND_COMMA = re.compile(rf"^[{HAN}]{{2,4}}[，,]")  # 春节将至，…: a text's first words set apart by a comma
TABLE_NOTE = re.compile(LAYOUT["table_note"])  # 注：增速为同比 under a box's rows
BRIEF_TEXT_OPENING = re.compile(LAYOUT["brief_text_opening"])  # 市公交集团近日…: a brief's text under its title
LIST_MARKERS: tuple[str, ...] = tuple(LAYOUT["list_markers"])  # - 今年，川渝…
MINUS_FIGURE = re.compile(r"^-\d")  # -0.30: a figure's minus sign, no list marker
HEADLINE_BULLETS: str = LAYOUT["headline_bullets"]  # ■基本案情: a heading's or a label's bullet
# 【四部门发布…】 titles a brief; 【19:00】 stamps a timeline and titles nothing
BRACKETED_TITLE = re.compile(r"^【(?!\d{1,2}[:：]\d{2}】)[^【】]{2,30}】")
MIN_TITLE_CHARS = 4
MAX_RUN_IN_LABEL = 4  # characters of a bracketed label glued to its text (【停水】, 【编者按】), longer a title
# ▶21:30 市气象台将暴雨黄 / 色预警升级…: a bullet and a time of day open a timeline's entry, text that
# runs on, titling nothing, as 【19:00】 does; a schedule's unbulleted rows (19:00 新闻联播) are not it
TIMELINE_ENTRY = re.compile(rf"^[{re.escape(LAYOUT['headline_bullets'])}]\s*\d{{1,2}}[:：]\d{{2}}(?!\d)\s*\S")


def timeline_entry(text: str) -> bool:
    return bool(TIMELINE_ENTRY.match(text))
# ■东岳精工（000771）：公司公告称，…: a business page's company notice opens with the company's short name
# and its stock code (six digits on the mainland, four or five in Hong Kong), which title the item
ANNOUNCED = re.compile(rf"^[{re.escape(LAYOUT['headline_bullets'])}]?\s*[{HAN}A-Za-z*]{{2,10}}\s*"
                       rf"[（(](?:\d{{6}}|\d{{4,5}}(?:\.HK)?)[)）]\s*[：:]")
PICTURED = re.compile(LAYOUT["pictured"])  # …。图为游客在街区内游览。: what a picture shows


@dataclass(frozen=True)
class Vocabulary:
    lead_markers: tuple[str, ...]
    lead_bullets: str  # the markers of one glyph (□■◎●◇), which a briefs column's datelines print too
    own_dateline: str  # 本报讯
    reported: str  # 报道, closing a reporter's credit after a dateline
    dateline: re.Pattern  # at the start of a text
    dateline_inside: re.Pattern  # anywhere, with the gap before it
    byline_role: re.Pattern
    credit_head_at_end: re.Pattern
    notice_title: re.Pattern
    notice_title_opening: re.Pattern  # 关于…, 停气通知: a notice's title that opens by its form
    outage_notice: re.Pattern  # 停水通知, 本周计划停水: a utility's outage notice by its title
    writers: re.Pattern  # the opening of writers_credit: 本版文字由
    writers_credit: re.Pattern
    notice_close: re.Pattern
    outlet_after_sentence: re.Pattern
    credit_head: re.Pattern
    outlet_role: re.Pattern
    byline_editor: re.Pattern
    byline_marker: re.Pattern
    dateline_lead: re.Pattern
    continuation: re.Pattern
    jump: re.Pattern
    photo_credit: tuple[re.Pattern, ...]
    credit_line: re.Pattern
    artist_credit: re.Pattern
    writer_then_photographer: re.Pattern  # 本报记者 X 文 Y 摄, X 文并摄
    trailing_credit: tuple[re.Pattern, ...]
    source_credit: re.Pattern
    furniture: dict[str, re.Pattern]
    teaser: re.Pattern
    signed_column: re.Pattern
    name: str
    roles: tuple[str, ...]
    box_labels: frozenset[str]
    note_box_labels: frozenset[str]  # 背景, 相关链接: labels that head a short text as often as rows
    lead_labels: frozenset[str]
    sentence_openers: re.Pattern
    byline_cue: re.Pattern  # a role, or the 讯/电 every dateline ends in: what a byline holds at least
    interview_turn: re.Pattern
    credit_marks: re.Pattern
    outlet: str
    surnames: frozenset[str]


PHOTO_MARK: str = LAYOUT["photo_mark"]  # every photo credit requires it (see photo_credits)
PICTURE_CREDIT = re.compile(LAYOUT["picture_credit_words"])  # a credit for a picture, not for words (据新华社)
WRITER_MARK: str = LAYOUT["writer_mark"]  # 文 of 文/图: a credit that names a writer
WRITER_MARK_APART = re.compile(LAYOUT["writer_mark_apart"].replace("{han}", HAN))  # 本报记者 X 文 Y 摄
WRITER_MARKED = re.compile(LAYOUT["writer_marked"])  # 文/图, X 文 Y 摄: not the 文 of 顾文晓


def photo_credits(patterns: list[str]) -> list[str]:
    """layout.yml's photo credit patterns. `match_photo_credit` tries them only on text that
    holds PHOTO_MARK, so each must require it (as …摄 and （…摄） do): one without it is refused."""
    for pattern in patterns:
        if PHOTO_MARK not in pattern:
            raise ValueError(f"layout.yml: photo_credit pattern {pattern!r} must require {PHOTO_MARK}")
    return patterns


def one_question(text: str) -> str:
    """The text with its one question mark taken out: at its end, or else its first."""
    text = text.rstrip()
    return text[:-1] if text[-1:] in "？?" else text.replace("？", "", 1)


@cache
def vocabulary() -> Vocabulary:
    data = load("layout.yml")
    name = data["name"]

    roles = "|".join(data["roles"])
    bullets = "".join(map(re.escape, data["headline_bullets"]))
    papers = "|".join(re.escape(paper) for paper in newspaper_names())
    outlet = data["outlet"].replace("{paper}", papers)

    dateline = data["dateline"].replace("{paper}", papers)
    lead_bullets = "".join(m for m in data["lead_byline_markers"] if len(m) == 1)
    markers = re.escape(lead_bullets)

    def compile_(pattern: str) -> re.Pattern:
        return re.compile(pattern.replace("{name}", name).replace("{role}", roles).replace("{outlet}", outlet)
                          .replace("{dateline}", dateline).replace("{date_line}", data["date_line"])
                          .replace("{bullet}", bullets).replace("{writers}", data["writers"])
                          .replace("{outage}", data["outage"]).replace("{lead_bullet}", markers))

    # An outlet counts only before a role (新华社记者, 成都日报锦观新闻记者): a name is never taken for one.
    byline_role = re.compile(rf"(?:{outlet})?\s*(?:{roles})")
    longer = "".join(f"|{re.escape(m)}" for m in data["lead_byline_markers"] if len(m) > 1)  # 本报讯
    byline_marker = re.compile(rf"^\s*(?:[{markers}]{longer})\s*")
    return Vocabulary(
        lead_markers=tuple(data["lead_byline_markers"]),
        lead_bullets=lead_bullets,
        own_dateline=data["own_dateline"],
        reported=data["reported"],
        dateline=re.compile(dateline),
        dateline_inside=re.compile(rf"\s*{dateline}"),
        byline_role=byline_role,
        notice_title=compile_(data["notice_title"]),
        notice_title_opening=compile_(data["notice_title_opening"]),
        outage_notice=compile_(data["outage_notice"]),
        writers=re.compile(data["writers"]),
        writers_credit=compile_(data["writers_credit"]),
        notice_close=compile_(data["notice_close"]),
        # …员工在生产特种车产品。 湖北日报全媒记者 / 彭强秋 摄: a credit broken after its outlet or role
        credit_head_at_end=re.compile(rf"[。！？”]\s*(?P<head>(?:{outlet})?\s*(?:{roles}))\s*$"),
        outlet_after_sentence=re.compile(rf"[。！？”]\s*(?P<head>{outlet})"),
        credit_head=re.compile(rf"[。！？”]\s*(?P<head>(?:{outlet})?\s*(?:{roles}))"),
        outlet_role=re.compile(rf"(?:{outlet})(?:{roles})"),
        byline_editor=compile_(data["byline_editor"]),
        byline_marker=byline_marker,
        dateline_lead=compile_(data["dateline_lead"]),
        continuation=compile_(data["continuation"]),
        jump=compile_(data["jump"]),
        photo_credit=tuple(compile_(p) for p in photo_credits(data["photo_credit"])),
        credit_line=compile_(data["credit_line"]),
        artist_credit=compile_(data["artist_credit"]),
        writer_then_photographer=compile_(data["writer_then_photographer"]),
        trailing_credit=tuple(compile_(p) for p in data["trailing_credit"]),
        source_credit=compile_(data["source_credit"]),
        furniture={kind: compile_(p) for kind, p in data["furniture"].items()},
        teaser=compile_(data["teaser_suffix"]),
        signed_column=compile_(data["signed_column"]),
        name=name,
        roles=tuple(data["roles"]),
        box_labels=frozenset(data["box_labels"]),
        note_box_labels=frozenset(data["note_box_labels"]),
        lead_labels=frozenset(data["lead_labels"]),
        sentence_openers=re.compile("|".join(sorted(map(re.escape, data["sentence_openers"]), key=len, reverse=True))
                                    + "|" + data["sentence_opening_date"]),
        interview_turn=re.compile(data["interview_turn"]),
        byline_cue=re.compile("|".join((roles, *data["dateline_ends"]))),
        credit_marks=re.compile(data["credit_marks"]),
        outlet=outlet,
        surnames=surnames(),
    )


def signed_above(blocks: list[Block]) -> bool:
    """Is the story the last blocks belong to signed by a byline under its headline?"""
    for block in reversed(blocks):
        if block.kind in ("byline", "headline"):
            return block.kind == "byline"
    return False


def other_measure(block: Block, previous: Block, lines: dict[int, Line]) -> bool:
    """Are two wrapped paragraphs set in columns of clearly different widths (two items, then)?"""
    def measure(b: Block) -> float:
        numbers = sorted({s.line for s in b.spans})[:-1]
        return max((display_width(lines[n].text) for n in numbers), default=0)
    narrow, wide = sorted((measure(block), measure(previous)))
    return narrow > 0 and wide >= WIDE_COLUMN_FACTOR * narrow


def wide_paragraphs(paragraphs: list[Paragraph], lines: dict[int, Line]) -> set[int]:
    """Indices of paragraphs set in a column much wider than the page's usual one.

    Only wrapped paragraphs show their column: the measure is the widest of their lines
    but the last. A page printed one paragraph per line has no column and no wide paragraph.
    """
    measures = {}
    for index, paragraph in enumerate(paragraphs):
        numbers = sorted({s.line for s in paragraph.spans})
        if len(numbers) >= 2:
            measures[index] = max(display_width(lines[n].text) for n in numbers[:-1])
    widths = sorted(display_width(lines[s.line].text) for p in paragraphs for s in p.spans)
    if len(measures) < 3 or widths[len(widths) // 2] > MAX_COLUMN_WIDTH:
        return set()  # lines this long are paragraphs printed one per line, not a column
    usual = sorted(measures.values())[len(measures) // 2]
    return {index for index, width in measures.items() if width >= WIDE_COLUMN_FACTOR * usual}


WHITESPACE = re.compile(r"\s+")  # str.isspace


def source_text(spans: tuple[Span, ...], lines: dict[int, Line], line_gap: str = " ") -> str:
    """The original characters of spans, lines separated by `line_gap` (a space keeps name gaps),
    except after the first part of a role broken at the line end (`■本报记者 顾春云 特约` / `通讯员 李刚磊`)."""
    text = ""
    for span in spans:
        piece = lines[span.line].text[span.start:span.end]
        text += ("" if not text or breaks_a_role(text, piece) else line_gap) + piece
    return text


DATELINE_TAIL = re.compile(LAYOUT["dateline_tail"])  # 日讯, 讯: a dateline's end on the next line
DATELINE_BREAK_AFTER: tuple[str, ...] = tuple(LAYOUT["dateline_break_after"])
PAPER_NAME_END: str = LAYOUT["paper_name_end"]  # 报
AFTER_PAPER_NAME: tuple[str, ...] = tuple(LAYOUT["after_paper_name"])
# `reported` broken after its first character (…通讯员尹桂杰报 / 道：): one credit over the line end
REPORTED_HEAD, REPORTED_TAIL = LAYOUT["reported"][:1], LAYOUT["reported"][1:]


def breaks_a_role(before: str, after: str) -> bool:
    """Whether a line break falls inside a byline role: `特约` / `通讯员`, `春城晚报记` / `者 汤云`,
    or between a paper and its role (`上证报` / `记者 任柏毅`)."""
    if before[-1:] == PAPER_NAME_END and after.startswith(plain_roles()) \
            or before.endswith(REPORTED_HEAD) and after.startswith(REPORTED_TAIL):
        return True  # 上证报 / 记者 X, and 报道 broken at the line end (…通讯员尹桂杰报 / 道：)
    if (before[-1:].isdigit() or before.endswith(DATELINE_BREAK_AFTER)) and DATELINE_TAIL.match(after):
        return True  # 湖南日报·新湖南客户端4月27 / 日讯（记者 X）: a dateline broken before its 日讯
    if after[:1] == PAPER_NAME_END and CJK.match(before[-1:]) \
            and after[1:].startswith((*AFTER_PAPER_NAME, *plain_roles())):
        return True  # （新文化 / 报·彩练新闻记者 黎竹磊）: a paper's name broken before its 报
    if after.startswith(plain_roles()) and is_joined_outlet(before.strip()):
        return True  # 新文化报·彩练新闻 / 记者 许新佳: a byline broken after its outlet
    splits = role_splits().get(before[-1:])
    if not splits:  # most lines: no role ends in their last character
        return False
    last = before.rpartition(" ")[2]
    return any(last.endswith(head) and after.startswith(tail) for head, tail in splits)


OUTLET_JOINS = "·・/／-－"  # between a paper and its app or site (新文化报·彩练新闻, 广西云-广西日报)


@cache
def joined_outlet() -> re.Pattern:
    return re.compile(f"(?:{vocabulary().outlet})")


def is_joined_outlet(text: str) -> bool:
    """A paper joined to its app or site, alone (`新文化报·彩练新闻`, `大河报/豫视频`): only a byline
    broken after its outlet leaves one on a line (a bare `XX新闻` may be a column label)."""
    return any(mark in text for mark in OUTLET_JOINS) and len(text) <= MAX_CREDIT_HEAD \
        and bool(joined_outlet().fullmatch(text))


@cache
def role_splits() -> dict[str, tuple[tuple[str, str], ...]]:
    """Every way to break each role in two (特约 / 通讯员), by the last character before the break."""
    splits: dict[str, list[tuple[str, str]]] = {}
    for role in plain_roles():
        for k in range(1, len(role)):
            splits.setdefault(role[k - 1], []).append((role[:k], role[k:]))
    return {char: tuple(pairs) for char, pairs in splits.items()}


@cache
def plain_roles() -> tuple[str, ...]:
    """The byline roles written out in plain characters (记者, 特约通讯员)."""
    return tuple(role for role in load("layout.yml")["roles"] if all(CJK.match(c) for c in role))


@cache
def spaced_roles() -> re.Pattern:
    """A role printed letter-spaced (记 者, 通 讯 员), or with one stray space inside (通讯 员): its
    characters one space apart at most."""
    roles = sorted((role for role in plain_roles() if len(role) > 1), key=len, reverse=True)
    return re.compile("|".join("[ \u3000]?".join(map(re.escape, role)) for role in roles))


MAX_SPACED_OUTLET = 6  # characters before the first role that a stray space may split: （ 本 报, 新 华 社


def close_outlet_gaps(raw: str) -> str:
    """（ 本 报记者 X）→ （本报记者 X: a justified line's stray spaces between the glyphs before the first role
    (an outlet set letter-spaced) closed, the names' own gaps kept."""
    raw = close_role_gaps(raw)
    role = any_role().search(raw)
    glyphs = raw[:role.start()].split() if role else []
    if not glyphs or len(glyphs) > MAX_SPACED_OUTLET or any(len(glyph) > 1 for glyph in glyphs):
        return raw  # names before the role (谢文艳 马占富 记者) keep their gaps
    return "".join(glyphs) + raw[role.start():]


def close_role_gaps(raw: str) -> str:
    """记 者   姜 雯 立 → 记者   姜 雯 立: the role as one word, the name's own gaps kept."""
    if " " not in raw and "\u3000" not in raw:
        return raw
    return spaced_roles().sub(lambda match: WHITESPACE.sub("", match.group(0)), raw)


@cache
def role_prefixes() -> frozenset[str]:
    """The beginnings of byline roles that are no role themselves (特约 of 特约通讯员)."""
    roles = plain_roles()
    return frozenset(role[:k] for role in roles for k in range(2, len(role)) if role[:k] not in roles)


def split_paragraph(paragraph: Paragraph, text_cut: int, lines: dict[int, Line]) -> tuple[Paragraph, Paragraph]:
    """Split a paragraph after `text_cut` characters of its (repaired) text.

    Spans are cut at the matching source character, found by walking the non-space
    characters of the source in step with the repaired text.
    """
    head_text, tail_text = paragraph.text[:text_cut], paragraph.text[text_cut:]
    needed = len(re.sub(r"\s", "", head_text))
    head: list[Span] = []
    tail: list[Span] = []
    for span in paragraph.spans:
        text = lines[span.line].text
        if needed <= 0:
            tail.append(span)
            continue
        position = span.start
        while position < span.end and needed > 0:
            if not text[position].isspace():
                needed -= 1
            position += 1
        if needed > 0 or position >= span.end:
            head.append(span)
            continue
        while position < span.end and text[position].isspace():
            position += 1
        head.append(Span(span.line, span.start, position))
        tail.append(Span(span.line, position, span.end))
    return Paragraph(head_text.strip(), tuple(head)), Paragraph(tail_text.strip(), tuple(tail))


# 联系人：X 电话：0531-76353517 closing a notice or an advert: its last paragraph, never a title
# (a phone alone under a short line, `联系` / `电话：…`, is the rest of a sentence the column cut: see segment)
CONTACT_LINE = re.compile(LAYOUT["contact_line"])


def is_title_like(paragraph: Paragraph) -> bool:
    text = paragraph.text
    # one line, or a headline set vertically: a character or two a line (unwrap.vertical_lines)
    vertical = len(paragraph.spans) >= 2 and all(span.end - span.start <= 2 for span in paragraph.spans)
    if len({s.line for s in paragraph.spans}) > 1 and not vertical or not CJK.search(text):
        return False
    if display_width(text) > MAX_TITLE_WIDTH or text.count("|") >= 2:  # a table row
        return False
    if vocabulary().interview_turn.match(text) or CONTACT_LINE.search(text):
        return False
    # a full stop with more after it ends a sentence inside the line (由此带来的不便，敬请谅解。咨询电话：…):
    # a title asks or exclaims mid-line, never states and goes on
    return text[-1] not in SENTENCE_END and not text.endswith(("。”", "！”")) and "。" not in text


def match_photo_credit(text: str) -> re.Match | None:
    if PHOTO_MARK not in text:  # most paragraphs: each pattern would be tried at every position
        return None
    for pattern in vocabulary().photo_credit:
        match = pattern.search(text)
        if match:
            return match
    return None


# A reader's letter signed after a dash (——金湾区读者 X), over the paper's reply: a signature, no subtitle, and
# no marker opening a story as ■ does, for it closes the letter above.
SIGNING_DASH = re.compile(r"^\s*[—－]{2}\s*")


def is_byline(text: str, raw: str) -> bool:
    """A short line that is only marker, outlet, roles and names: `□ 本报记者 王 进`,
    `本报记者 熊远静 李 丽`, `□记者 张洪涛 文/图`, `（记者 张三）`, `□新重庆-重庆日报评论员`.

    Read from the source text (`raw`), whose gaps tell letter-spaced names apart: what is left
    once marker, outlets, roles and 文/图 marks are taken out must be names and nothing else.
    """
    vocab = vocabulary()
    if len(text) > 40 or text[-1:] in SENTENCE_END or "，" in text or "。" in text:  # never in a byline
        return False
    if writes_and_pictures(text, raw):
        return True
    rest = close_role_gaps(WHITESPACE.sub(" ", raw).strip())
    if "." in rest:  # a site's or a reporter's address names no one
        rest = BRACKETED_ADDRESS.sub(" ", rest).strip()
    marked = bool(vocab.credit_marks.search(rest))
    rest = vocab.credit_marks.sub(" ", rest).strip()
    if rest[:1] in "（(【" and rest[-1:] in "）)】":  # （记者 张三）, 【记者张三／台北报导】
        rest = rest[1:-1].strip()
        rest = set_apart_glued_place(rest) if raw.lstrip().startswith("【") else rest  # 【本报记者赵刚东京报道】
    has_marker = rest.startswith(vocab.lead_markers)
    rest = vocab.byline_marker.sub(" ", SIGNING_DASH.sub(" ", rest))
    if rest.strip() in vocab.box_labels or is_labelled_kind(rest.strip()):  # ■相关链接, ■养生提示 label a fact box
        return False
    # (its words before REPORTED_FROM takes a closing 整理 away)
    rest, worked = WORK_CREDIT.subn(" ", rest) if WORK_WORDS.search(rest) else (rest, 0)
    reported = bool(NAMES_REPORTED.search(rest))
    rest = REPORTED_FROM.sub("", rest)
    # byline_role tries its outlets at every position; most lines hold no role to find at all
    rest, roles = vocab.byline_role.subn(" ", rest) if any_role().search(rest) else (rest, 0)
    if roles:  # 每经记者 方辉勇 每经编辑 田琳建: the desk editor signs no text
        rest = vocab.byline_editor.sub("", rest)
    has_role = marked or roles > 0 or reported or worked > 0
    if not (has_role or has_marker):  # names alone sign nothing (see the return below)
        return False
    # 小记者 X（某某小学五年级）: the pupil's school and grade after a role's name name no one; after a role's
    # own word (特约通讯员 X（75岁）, 通讯员 X（云南电网公司）) nor does any note on who the writer is
    if has_role:
        rest = (WRITER_UNIT_OR_NOTE if roles else WRITER_UNIT).sub("", rest)
    if roles:  # 通讯员 粤法宣 X: the office the correspondent writes for
        rest = without_publicity_units(rest)
    names = only_names(rest)
    if names is None:
        return False
    institutional = not names and has_role and bool(PAPER_SIGNER.search(raw.strip()))  # 本报评论员 signs for the paper
    return bool(names) and (has_role or has_marker) or (has_role and has_marker) or institutional


def set_apart_glued_place(inner: str) -> str:
    """The inside of a bracketed byline whose reporter's name and place run solid into 报道
    (本报记者赵刚东京报道) with a gap between the two (本报记者赵刚 东京报道). The name opens with a
    surname; of two ways to part the run, a place the gazetteer knows wins, else the name of three
    glyphs, as most names are (程琳明东京 → 程琳明 东京)."""
    found = GLUED_PLACE_RUN.search(inner)
    if found is None or found.group("run")[:1] not in surnames():
        return inner
    run = found.group("run")
    cuts = [k for k in NAME_LENGTHS if len(run) - k in PLACE_LENGTHS]
    known = [k for k in cuts if run[k:] in gazetteer().forms]
    cut = (known or cuts)[-1]
    return f"{inner[:found.start()]}{run[:cut]} {run[cut:]}{inner[found.end():]}"


def writes_and_pictures(text: str, raw: str) -> re.Match | None:
    """本报记者 X 文 Y 摄, X 文并摄: the writer's mark after the writer, set apart, then the pictures'."""
    if WRITER_MARK not in text or len(text) > 40 or not WRITER_MARK_APART.search(raw):
        return None
    return vocabulary().writer_then_photographer.match(WHITESPACE.sub(" ", raw).strip())


@cache
def any_role() -> re.Pattern:
    """A role alone: every match of `byline_role` holds one, so a text without one has no match."""
    return re.compile("|".join(vocabulary().roles))


def find_role(text: str) -> re.Match | None:
    """`byline_role`'s first match in the text (新华社记者, 记者): sought only where a role stands, for the
    pattern tries its outlets at every position and most text holds no role."""
    return vocabulary().byline_role.search(text) if any_role().search(text) else None


@lru_cache(maxsize=8192)
def is_credit_line(text: str) -> bool:
    """A whole line that only credits people (byline, photo or graphics credit): it is a
    paragraph of its own however wide it runs (unwrap never joins it to its neighbours)."""
    text = WHITESPACE.sub(" ", text).strip()
    if not text or len(text) > MAX_CREDIT_LINE or not CJK.search(text) or text[-1] in SENTENCE_END:
        return False
    squeezed = text.replace(" ", "")
    if vocabulary().credit_line.match(squeezed) or vocabulary().writers_credit.match(squeezed):
        return True
    credit = match_photo_credit(squeezed)
    if credit and credit.start() == 0:
        return True
    return is_byline(squeezed, text)


NUMBERED_CAPTION = re.compile(LAYOUT["numbered_caption"])  # 图①：江畔步道上，…: a caption in a group
# Which pictures a credit is for (图1、2、3为本报记者 X 摄, 图①②为…): people.yml's, matched at a line's start
NUMBERED_CREDIT = re.compile(load("people.yml")["pictures_named"])
EMAIL_LINE = re.compile(LAYOUT["email_line"], re.ASCII)  # a reporter's address under the byline
TRAILING_BRACKET = re.compile(r"[（(][^（()）]{2,40}[)）]$")
CREDIT_AFTER_SENTENCE = re.compile(r"[。！？”]\s*(?P<credit>[^。！？，,；;“”（）()]{2,24})$")
PHONE_AT_END = re.compile(LAYOUT["phone_at_end"])  # 联系电话：0991-64039691 ending a text
MAX_PHONE_CHARS = 8  # what of a phone's label the line above may hold (…联系电 / 话：…)
SIGNED_DATE = re.compile(LAYOUT["notice_date"])  # 2024年12月6日, 二〇二四年十二月六日: the date signing a notice
EDITORS_NOTE_LABELS = frozenset(LAYOUT["editors_note_labels"])  # 编者按, 编者的话


def opens_as_a_notice_title(title: str) -> bool:
    """A notice's title that opens by its form too (`关于开展夏季燃气安全检查的通告`, `停气通知`), gaps
    removed: a title ending in 公告 alone may be any headline's second line."""
    return bool(vocabulary().notice_title_opening.match(title) and vocabulary().notice_title.match(title))
AUTHOR_NOTE = re.compile(LAYOUT["author_note"])  # （作者为…研究员）: who wrote the piece, no byline
# 某某医院主任医师 X, X（新北市，上班族）: each `{name}` its own group, the signer the one that matched
_CLOSING = LAYOUT["closing_signature"].replace("{expert_signature}", EXPERT_FORM)
CLOSING_SIGNATURE = re.compile("".join(
    part + (f"(?P<name{n}>{LAYOUT['name']})" if n < _CLOSING.count("{name}") else "")
    for n, part in enumerate(_CLOSING.split("{name}"))))
REPRINT_CREDIT = re.compile(LAYOUT["reprint_credit"])  # （摘自《今晚报》 X）: where a reprint was taken from


def match_reprint(bracketed: str) -> re.Match[str] | None:
    """（摘自《今晚报》 X）, also broken at a line end before its title closes (（摘 / 自《今晚报》）)."""
    title_end = bracketed.find("》") + 1
    return REPRINT_CREDIT.match(WHITESPACE.sub("", bracketed[:title_end]) + bracketed[title_end:].strip()) \
        if title_end else None


def reprint_kind(bracketed: str) -> str | None:
    """（摘自《今晚报》） is a credit naming no one; （摘自《新民晚报》周远光） signs the piece: a byline."""
    reprint = match_reprint(bracketed.strip())
    if reprint is None:
        return None
    return "byline" if reprint.group("names").strip() else "credit"


def is_picture_credit(text: str) -> bool:
    """视觉中国供图, 资料图片, 新华社记者 李明 摄: who made or supplied a picture, nothing else."""
    squeezed = WHITESPACE.sub("", text)
    credit = match_photo_credit(squeezed)
    return bool(credit and credit.start() == 0 and credit.end() == len(squeezed)
                or vocabulary().credit_line.match(squeezed))


def is_closing_credit(bracketed: str) -> bool:
    """Brackets closing an item with who wrote it or where it came from: （邹红洋）, （记者 张三
    通讯员 李四）, （陆超光 文/图）, （据《人民日报》）, （新华社）, （某某省红十字会供稿）."""
    vocab = vocabulary()
    inner = close_outlet_gaps(bracketed[1:-1].strip())
    # （ 本 报 综 合 ）: a justified line's stray spaces inside a credit naming no one, read with the gaps closed
    plain = WHITESPACE.sub("", inner.replace("《", "").replace("》", ""))
    return bool(only_names(inner) or is_byline(inner.replace(" ", ""), inner)
                or PUBLICITY_UNIT.search(inner) and not without_publicity_units(inner).strip()  # （佛司宣）: an office
                or unit_credit(inner) is not None  # （中原油田 周燕文 罗桂伟）: the writers after their company
                or UNIT_ALONE_CREDIT.match(plain)  # （某某矿业公司供稿）: the unit alone, no writer named
                or vocab.source_credit.match(plain) or vocab.source_credit.match(bracketed.strip())  # （综合）
                or plain in people_agencies()
                or match_reprint(bracketed.strip()))


def is_division(word: str) -> bool:
    """A county, city or district by its name or its name without its ending (衡东 of 衡东县); a province
    too, as a brief sent from it is signed (（四川 X）), though 今日四川 names no county paper (names_its_county)."""
    forms = gazetteer().forms
    return any(forms.get(word + ending, ("",))[0] for ending in ("", *COUNTY_ENDINGS)) \
        or word in autonomous_county_stems()  # 耒阳 of 耒阳市, 石柱 of 石柱土家族自治县


def signs_a_finished_text(text: str) -> bool:
    """`某某医院主任医师 X`, `X（新北市，上班族）`, `解答专家：X（…）`, `某某协会 X`: a signature naming its
    writer with a title, a town and trade, a label or a unit, as experts and readers sign what they write,
    or the paper's desk (`本报编辑部`), as it signs a correction or a letter to its readers."""
    text = WHITESPACE.sub(" ", text).strip()
    if DESK_SIGNATURE.match(text):
        return True
    if (signature := CLOSING_SIGNATURE.match(text)) is not None:  # 争当新时代工程师 奋进新征程: no name
        return is_lone_name(next(name for name in signature.groups() if name))
    unit = UNIT_BYLINE.match(text)  # 戈壁新城 绿意盎然: a title's two phrases, the second no name
    return unit is not None and all(is_lone_name(name) for name in unit.group("names").split())


REPLY_LABEL = re.compile(LAYOUT["reply_label"])  # 编辑回复：…, 记者追踪：…: the paper answering a letter


def signs_from_a_district(text: str) -> re.Match | None:
    """`南岗区 X`: a district or county the gazetteer knows and a lone name after it, as a reader signs a letter."""
    sent = PLACE_CREDIT.match(WHITESPACE.sub(" ", text).strip())
    return sent if sent is not None and is_division(sent.group("place")) \
        and all(is_lone_name(name) for name in sent.group("names").split()) else None


def unit_credit(inner: str) -> re.Match | None:
    """The inside of a closing credit naming the writers' unit before them (中原油田 周燕文 罗桂伟), also
    when a justified line's stray spaces split it glyph by glyph (（ 弋 阳 县融 媒体 中 心   邹 雪 浩 ）): read
    with the gaps closed, the unit's ending, then a name of two or three glyphs. A county or city the
    writer sends from stands for its unit (耒阳 秦丽, 南明区 罗凯, 临沂 X 报道), also spaced out (营 山 孔宁),
    tried last: a county's unit broken after the county at a line's end (河西区 / 总工会 蒋萍) is the unit,
    总工会 no writer."""
    if (unit := UNIT_BYLINE.match(inner)) is not None:
        return unit
    squeezed = WHITESPACE.sub("", inner)
    for n in (2, 3) if squeezed != inner else ():
        if (unit := UNIT_BYLINE.match(f"{squeezed[:-n]} {squeezed[-n:]}")) is not None:
            return unit
    # （临江 / 石化 X Y）: the unit broken at a line's end before its ending, the names after it set apart: the
    # words are joined at each gap in turn, since the break may fall at any of them
    words = inner.split()
    for k in range(2, len(words)):
        if (unit := UNIT_BYLINE.match(f"{''.join(words[:k])} {' '.join(words[k:])}")) is not None:
            return unit
    # （ 营 山 孔宁）: the county spaced out glyph by glyph, read with the gaps closed before the name
    for spaced in (inner, *(f"{squeezed[:-n]} {squeezed[-n:]}" for n in NAME_LENGTHS if squeezed != inner)):
        sent = PLACE_CREDIT.match(spaced)
        if sent is not None and sends_from_a_division(sent.group("place")):
            return sent
    return None


PUBLICITY_MARK: str = LAYOUT["publicity_mark"]


def sends_from_a_division(place: str) -> bool:
    """（耒阳 秦丽）: a county or city; （江阴宣 X）: its publicity office, the division's name and the office's
    mark."""
    return is_division(place) or place.endswith(PUBLICITY_MARK) and is_division(place[:-len(PUBLICITY_MARK)])


@cache
def people_agencies() -> tuple[str, ...]:
    return tuple(load("people.yml")["agencies"])


GAP = re.compile(r"\s+")


def byline_beside_title(paragraph: Paragraph, lines: dict[int, Line]) -> tuple[int, int] | None:
    """Where a byline or dateline printed on the headline's line begins and ends in the text, if
    one is: the paragraph's first line is a title, a gap, then only a byline (`聚焦…残有所助　新京报
    记者 林宇云`, `协同创新开新局  新华社乌鲁木齐11月30日电`, `…有所助　新京报讯 记者 马磊春`).
    Read from the source line, whose gaps the repaired text may have closed."""
    raw = source_text(paragraph.spans[:1], lines).strip()
    vocab = vocabulary()
    if not vocab.byline_cue.search(raw) or not GAP.search(raw):  # most lines: no role, no 讯/电, no gap
        return None
    if WHITESPACE.sub("", raw).startswith(("—", "-", *vocab.lead_markers)) or find_role(raw.split()[0]) \
            or is_credit_line(raw) or vocab.dateline.match(WHITESPACE.sub("", raw)):
        return None  # a subtitle's dash, a dateline however spaced (本 报 讯 （ 记 者 X）), a byline of two parts
    for gap in GAP.finditer(raw):
        head, tail = raw[:gap.start()], raw[gap.end():]
        squeezed = WHITESPACE.sub("", tail)
        if len(CJK.findall(head)) < MIN_TITLE_CHARS or head[-1] in SENTENCE_END or is_credit_line(head) \
                or vocab.dateline.fullmatch(WHITESPACE.sub("", head)):  # 本报北京12月25日电 （记者 秦俊）
            continue
        if match_photo_credit(squeezed):
            return None  # a caption with its photo credit beside it
        dateline = vocab.dateline.match(squeezed)
        after = squeezed[dateline.end():] if dateline else squeezed
        if not (is_byline(squeezed, tail) or dateline and (not after or is_byline(after, after))):
            continue
        cut = text_offset(paragraph.text, len(WHITESPACE.sub("", head)))
        end = text_offset(paragraph.text, len(WHITESPACE.sub("", raw)))
        if WHITESPACE.sub("", paragraph.text[:end]) == WHITESPACE.sub("", raw) \
                and is_title_like(Paragraph(paragraph.text[:cut].strip(), paragraph.spans[:1])):
            return cut, end
        return None
    return None


def is_bare_dateline(text: str) -> bool:
    """本报讯, 新华社北京6月21日电, 【本报消息】, 【新华社北京6月21日电】: a dateline alone, which names no
    one; in brackets it opens its text and titles nothing."""
    text = text.strip()
    dateline = vocabulary().dateline  # 【本报消息】 is one of its forms; any other may stand in brackets
    return bool(dateline.fullmatch(text)
                or text[:1] == "【" and text[-1:] == "】" and dateline.fullmatch(text, 1, len(text) - 1))


def credit_after_dateline(paragraph: Paragraph, lead: re.Match, lines: dict[int, Line]) -> int:
    """Where a dateline's credit printed without brackets ends (`新京报讯 记者 万光华 通讯员` / `汪春
    福建省…`): after the words, set apart by gaps, that still read as a byline with the role opening
    them; the dateline's own end when no role follows it."""
    if lead.group("credit") or lead.group(0).rstrip()[-1:] in ")）":
        return lead.end()
    words = source_text(paragraph.spans, lines).split()
    head = ""
    while words and len(WHITESPACE.sub("", head)) < lead.end():
        head += words.pop(0)
    if len(WHITESPACE.sub("", head)) != len(WHITESPACE.sub("", paragraph.text[:lead.end()])) \
            or not words or not vocabulary().byline_role.match(words[0]):
        return lead.end()
    credit, best = "", 0
    for word in words[:min(MAX_CREDIT_WORDS, len(words) - 1)]:  # text follows the credit
        credit += word
        if is_byline(credit, credit):
            best = len(credit)
    return text_offset(paragraph.text, len(WHITESPACE.sub("", head)) + best) if best else lead.end()


MAX_CREDIT_WORDS = 6  # 记者 X 通讯员 Y Z: the words of a credit after a dateline


def is_lone_name(text: str) -> bool:
    """`余健` under a commentary: a bare name signs the article above (a box label such as
    链接 or 背景 does not)."""
    vocab = vocabulary()
    return 2 <= len(text) <= 3 and text[0] in vocab.surnames and all(CJK.match(c) for c in text) \
        and text not in vocab.box_labels


MAX_BARE_NAMES = 3  # writers a theory or commentary page signs under a title with names alone
SPACED_FOUR = re.compile(r"\S(?:\s\S){3}")
_WRITER_UNIT = LAYOUT["writer_unit"].replace("{expert_title}", LAYOUT["expert_title"])
WRITER_UNIT = re.compile(_WRITER_UNIT)  # X（某大学经济学院）, X（某某大学教授）: the writer's school, post
WRITER_NOTE = re.compile(LAYOUT["writer_note"])  # 通讯员 X（云南电网公司）: who the writer is
WRITER_UNIT_OR_NOTE = re.compile(f"{_WRITER_UNIT}|{LAYOUT['writer_note']}")  # either, in one pass
PUBLICITY_UNIT = re.compile(LAYOUT["publicity_unit"])  # 通讯员 粤法宣: the office sending the story, no name


def without_publicity_units(text: str) -> str:
    """`text` with the publicity offices it names (粤法宣, 佛司宣) taken out; one whose first glyph opens a
    surname is left, as a name may end so (王法宣)."""
    return PUBLICITY_UNIT.sub(lambda m: m.group() if m.group()[0] in surnames() else " ", text)


def signs_under_a_title(raw: str) -> bool:
    """`陈柏刚`, `黎超新 刘华雯`, letter-spaced `方 刚 贺璐娟`, `■ 邱冬涵（某大学经济学院）`: one bare name,
    or a few set apart by spaces, each a lone name (read from the source text, whose gaps tell spaced
    names apart), a lead mark before them and the writer's unit in brackets after them at most, or the
    writers' unit before them (`省教育厅某某处 胡红辉`), an expert's professional title after it
    (`某某医院主任医师 林伟`), as a question column's answers are signed. Four
    glyphs set apart one by one (`金 秋 时 节`) are a letter-spaced phrase as often as two names: no signature."""
    rest = WRITER_UNIT.sub("", vocabulary().byline_marker.sub("", raw)).strip()
    # 某某医院主任医师 X, 省教育厅某某处 X: the unit answering a question column, the expert's title
    if (signer := EXPERT_SIGNATURE.match(rest) or UNIT_BYLINE.match(rest)) is not None:
        rest = signer.group("names")
    if SPACED_FOUR.fullmatch(rest):
        return False
    names = only_names(rest)
    return names is not None and 1 <= len(names) <= MAX_BARE_NAMES and all(map(is_lone_name, names))


MARKED_SECTION_LABEL = re.compile(LAYOUT["marked_section_label"])  # a case study's first section's label


def opens_first_section(blocks: list[Block], index: int) -> bool:
    """A marked label read as a headline right over text (【基本案情】 / 丙，中共党员，…): the first section
    of the text a name over it signs, as a paragraph under the name would be."""
    return blocks[index].kind == "headline" and bool(MARKED_SECTION_LABEL.match(blocks[index].text)) \
        and index + 1 < len(blocks) and blocks[index + 1].kind == "paragraph"


def signed_in_source(signed: re.Match, raw: str) -> bool:
    """A byline glued to the last sentence and broken over lines (`…影视基地。　华商报记` / `者 卢勇 程锋娜`)
    whose names the repaired text runs together: read from the source, whose gaps tell them apart."""
    printed = SIGNED_END.search(raw.rstrip())
    return bool(printed) and "".join(printed.group("byline").split()) == signed.group("byline") \
        and is_byline(signed.group("byline"), printed.group("byline"))  # type: ignore[union-attr]


MAX_GAPPED_JUMP = 16  # characters of a paragraph's end a glued jump line and its stray gaps may take


def jump_start(text: str) -> int | None:
    """Where a jump line opens in the paragraph's text, if one closes it or stands alone: also one glued
    to the last sentence whose glyphs a justified line's stray gaps set apart (`…基地。（ 转 A 3 ）`),
    read with its gaps closed."""
    jump = vocabulary().jump.search(text)
    if jump is not None:
        return jump.start()
    tail = text[-MAX_GAPPED_JUMP:]
    if not tail.rstrip().endswith(("）", ")")) or not WHITESPACE.search(tail):
        return None
    squeezed = WHITESPACE.sub("", text)
    jump = vocabulary().jump.search(squeezed)
    if jump is None:
        return None
    start = text_offset(text, jump.start())
    while text[start].isspace():
        start += 1
    return start


def classify_one(paragraph: Paragraph, lines: dict[int, Line]) -> list[Block]:
    """Blocks of one paragraph judged on its own text (context comes later)."""
    vocab = vocabulary()
    text = paragraph.text
    for kind, pattern in vocab.furniture.items():
        if pattern.search(text) and (kind != "note" or len(text) < 40):
            return [Block("furniture", text, paragraph.spans)]
    if vocab.teaser.search(text):
        return [Block("furniture", text, paragraph.spans)]

    jump_at = jump_start(text)
    if jump_at is not None and (jump_at == 0 or text[jump_at] in "（(" or text[jump_at - 1] in SENTENCE_END + "。”）)"):
        if jump_at == 0:
            return [Block("jump", text, paragraph.spans)]
        body, marker = split_paragraph(paragraph, jump_at, lines)
        return [*classify_one(body, lines), Block("jump", marker.text, marker.spans)]

    beside = byline_beside_title(paragraph, lines)
    if beside:  # 八市齐力谱新篇  新京报记者 贺帆俊 罗新帆: a byline printed beside its headline
        head, rest = split_paragraph(paragraph, beside[1], lines)
        title, credit = split_paragraph(head, beside[0], lines)
        return [Block("headline", title.text, title.spans), Block("byline", credit.text, credit.spans),
                *(classify_one(rest, lines) if rest.text else [])]

    squeezed = "".join(text.split()) if "）" in text or ")" in text else ""  # ■华辰新材（6 0 3 0 01）: letter-spaced
    announced = ANNOUNCED.match(squeezed)
    if announced and announced.end() < len(squeezed):  # ■东岳精工（000771）：公司公告称，…
        title, rest = split_paragraph(paragraph, text_offset(text, announced.end()), lines)
        return [Block("headline", title.text, title.spans), *classify_one(rest, lines)]
    bracketed = BRACKETED_TITLE.match(text)
    if bracketed and is_bare_dateline(bracketed.group(0)):  # 【本报消息】近日，…
        lead = vocab.dateline_lead.match(text)  # 【大公报讯】记者X报道：…: the credit goes with its dateline
        end = lead.end() if lead and lead.group("credit") else bracketed.end()
        if end == len(text):
            return [Block("byline", text, paragraph.spans)]
        credit, rest = split_paragraph(paragraph, end, lines)
        return [Block("byline", credit.text, credit.spans), *classify_one(rest, lines)]
    if bracketed and bracketed.end() < len(text) and is_byline(bracketed.group(0), bracketed.group(0)):
        credit, rest = split_paragraph(paragraph, bracketed.end(), lines)  # 【记者X／台中报导】12月9日，…
        return [Block("byline", credit.text, credit.spans), *classify_one(rest, lines)]
    # 【四部门发布就业援助新政策】12月9日，…: a run-in title; but 【编者按】今年以来，… labels the editors'
    # note it opens, set like 编者按：今年以来，…, no title, and a label of a few characters before a sentence
    # files it, as a service box's rows are (【停水】明日9:00至18:00，…, read with the rows by `term_rows`)
    label = bracketed.group(0).strip("【】") if bracketed else ""
    if bracketed and bracketed.end() < len(text) and label not in EDITORS_NOTE_LABELS \
            and not (len(label) <= MAX_RUN_IN_LABEL and CLAUSE.search(text, bracketed.end())):
        title, rest = split_paragraph(paragraph, bracketed.end(), lines)
        return [Block("headline", title.text, title.spans), *classify_one(rest, lines)]
    # a title before it holds no clause mark, so the search stops at the first one
    clause = CLAUSE.search(text)
    lead_inside = vocab.dateline_inside.search(text, 0, clause.start() if clause else len(text))
    if lead_inside and is_title_like(Paragraph(text[:lead_inside.start()].strip(), paragraph.spans[:1])) \
            and lead_inside.start() >= MIN_TITLE_CHARS:  # 四部门发布就业援助新政策 本报讯 12月9日，…
        title, rest = split_paragraph(paragraph, lead_inside.start(), lines)
        return [Block("headline", title.text, title.spans), *classify_one(rest, lines)]

    continuation = vocab.continuation.match(text)
    if continuation:
        marker, rest = split_paragraph(paragraph, continuation.end(), lines)
        blocks = [Block("continuation", marker.text, marker.spans)]
        return blocks + (classify_one(rest, lines) if rest.text else [])

    lead = vocab.dateline_lead.match(text)
    if lead and lead.end() == len(text) and vocab.source_credit.match(text):
        return [Block("credit", text, paragraph.spans)]  # （本报讯） under a brief's text closes it, as （综合） does
    if lead and lead.end() == len(text) or lead is None and " " in text and (SAID in text or WIRED in text) \
            and vocab.dateline_lead.fullmatch("".join(text.split())):
        return [Block("byline", text, paragraph.spans)]  # 新华社北京6月21日电 on a line of its own, 3月2 8日讯 too
    if lead and lead.end() < len(text):
        credit, rest = split_paragraph(paragraph, credit_after_dateline(paragraph, lead, lines), lines)
        return [Block("byline", credit.text, credit.spans), *classify_one(rest, lines)]

    raw = source_text(paragraph.spans, lines)
    bracket = TRAILING_BRACKET.search(text)
    if bracket and bracket.start() > 0 and text[bracket.start() - 1] in "。！？”" \
            and is_picture_credit(bracket.group(0)[1:-1]):  # …吊运集装箱货柜。（视觉中国供图）
        caption, credit_part = split_paragraph(paragraph, bracket.start(), lines)
        return [Block("caption", caption.text, caption.spans), Block("credit", credit_part.text, credit_part.spans)]
    # ■晚报记者 X 摄: a paper marking its bylines marks its picture credits alike, the mark no caption
    marked = text[:1] in vocab.lead_markers
    if vocab.credit_line.match(text) or vocab.source_credit.match(text) or vocab.writers_credit.match(text) \
            or AUTHOR_NOTE.match(text) or marked and vocab.credit_line.match(text[1:]) \
            or TRAILING_BRACKET.fullmatch(text) and is_picture_credit(text[1:-1]):
        return [Block("credit", text, paragraph.spans)]  # （受访者供图）, （作者单位：…） on a line of its own
    reprint = reprint_kind(raw)
    if reprint:  # （摘自《今晚报》） on a line of its own
        return [Block(reprint, text, paragraph.spans)]
    if vocab.artist_credit.match(text):  # 姚航军 作, 郭亮/绘 under a cartoon's caption: who drew it
        return [Block("credit", text, paragraph.spans)]
    if writes_and_pictures(text, raw):  # 本报记者 X 文 Y 摄: a byline, though it ends as a photo credit does
        return [Block("byline", text, paragraph.spans)]
    photo_credit = match_photo_credit(text)
    if photo_credit and (photo_credit.start() == 0 or marked and photo_credit.start() == 1) and len(text) <= 30 \
            or photo_credit and NUMBERED_CREDIT.match(text):  # 本报记者 李明 摄, 图1、2、3为本报记者 X 摄
        return [Block("credit", text, paragraph.spans)]
    if PICTURE_MARK.match(text) and not names_a_writer(text) and is_byline(text, raw):
        return [Block("credit", text, paragraph.spans)]  # 图/新快报记者 蔡峰 under 文/…: who took the pictures
    if is_byline(text, raw) or any(p.match(text) for p in vocab.trailing_credit[1:]) \
            or vocab.trailing_credit[0].match(text):  # （陆志 黎宏琪） on a line of its own
        return [Block("byline", text, paragraph.spans)]
    if EMAIL_LINE.match(text):  # a reporter's address under the byline names no one but belongs to it
        return [Block("byline", text, paragraph.spans)]
    if text.startswith(vocab.own_dateline) and len(text) < 30:  # 本报讯 谢文艳 马占富 记者 (continues below)
        return [Block("byline", text, paragraph.spans)]

    if photo_credit and photo_credit.start() > 0:
        caption, credit_part = split_paragraph(paragraph, photo_credit.start(), lines)
        return [Block("caption", caption.text, caption.spans), Block("credit", credit_part.text, credit_part.spans)]
    glued = CREDIT_AFTER_SENTENCE.search(text)  # …赶制订单产品。　视觉中国/图, …作业。 摄影：叶竹文
    if glued and is_picture_credit(glued.group("credit")):
        caption, credit_part = split_paragraph(paragraph, glued.start("credit"), lines)
        return [Block("caption", caption.text, caption.spans), Block("credit", credit_part.text, credit_part.spans)]

    artwork = ARTWORK_CREDIT.search(raw.rstrip())  # 滇池晨曦（水彩画） 曹明婷作: the artist after the artwork
    if artwork and vocab.artist_credit.match(artwork.group("credit")):
        glyphs = len(re.sub(r"\s", "", raw[:artwork.start("credit")]))
        caption, credit_part = split_paragraph(paragraph, text_offset(text, glyphs), lines)
        return [Block("caption", caption.text.rstrip(), caption.spans),
                Block("credit", credit_part.text.strip(), credit_part.spans)]
    signed = SIGNED_END.search(text)  # …质白酒产业集群。  春城晚报记者 汤云
    if signed and (is_byline(signed.group("byline"), signed.group("byline")) or signed_in_source(signed, raw)):
        body, credit_part = split_paragraph(paragraph, signed.start("byline"), lines)
        return [*classify_one(body, lines), Block("byline", credit_part.text, credit_part.spans)]
    note = AUTHOR_NOTE.search(text)  # …更可持续。（作者为北京市社会科学院研究员）: who the author is, no byline
    if note and note.start() > 0 and text[note.start() - 1] in "。！？”":
        body, credit_part = split_paragraph(paragraph, note.start(), lines)
        return [*classify_one(body, lines), Block("credit", credit_part.text, credit_part.spans)]
    printed = TRAILING_BRACKET.search(raw.rstrip())  # its gaps tell the names apart: (龚成钰 左科举)
    # …（朱鹏 / 怡 蔡新）: a name broken at the line end, read again with the line break closed
    rejoined = TRAILING_BRACKET.search(source_text(paragraph.spans, lines, "").rstrip()) \
        if len(paragraph.spans) > 1 else None
    if bracket and bracket.start() > 0 and text[bracket.start() - 1] in "。！？”" \
            and (is_closing_credit(printed.group(0) if printed else bracket.group(0))
                 or rejoined is not None and is_closing_credit(rejoined.group(0))):
        body, credit_part = split_paragraph(paragraph, bracket.start(), lines)
        # （来源：央视新闻） names where the text came from, no writer: a credit, not a byline
        kind = "credit" if vocab.source_credit.match(bracket.group(0)) else "byline"
        kind = reprint_kind(printed.group(0) if printed else bracket.group(0)) or kind
        return [*classify_one(body, lines), Block(kind, credit_part.text, credit_part.spans)]

    if len(paragraph.spans) == 1 and TABLE_NOTE.match(text):  # 注：环比为与上周相比: a note on the figures above
        return [Block("credit", text, paragraph.spans)]
    if text.startswith(LIST_MARKERS) and len(text) > 2 and not MINUS_FIGURE.match(raw.strip()):
        return [Block("listitem", text, paragraph.spans)]
    if len(paragraph.spans) == 1 and (len(TABLE_GAP.findall(raw.strip())) >= MIN_TABLE_GAPS  # 2019年  18.6  3.1%
                                      or KEY_FIGURE.fullmatch(raw.strip())):  # 1860亿元　年度计划投资
        return [Block("listitem", text, paragraph.spans)]
    if NUMBERED_CAPTION.match(raw.strip()):  # 图①：江畔步道上，…: the caption of a picture of a group
        return [Block("caption", text, paragraph.spans)]
    if is_title_like(paragraph) and not timeline_entry(text):
        return [Block("headline", text, paragraph.spans)]
    return [Block("paragraph", text, paragraph.spans)]


def classify(paragraphs: list[Paragraph], lines: dict[int, Line],
             furniture: frozenset[int] = frozenset()) -> list[Block]:
    """All blocks of a page in source order, with context rules applied. Paragraphs whose lines
    are all numbered in `furniture` (found by furniture.page_header) are furniture."""
    wide = wide_paragraphs(paragraphs, lines)
    blocks: list[Block] = []
    for index, paragraph in enumerate(paragraphs):
        if furniture and all(span.line in furniture for span in paragraph.spans):
            blocks.append(Block("furniture", paragraph.text, paragraph.spans))
            continue
        for block in classify_one(paragraph, lines):
            blocks.append(replace(block, wide=True) if index in wide else block)
    return apply_context(blocks, lines)


def is_short_sentence(block: Block) -> bool:
    return block.kind == "paragraph" and len({s.line for s in block.spans}) == 1 \
        and display_width(block.text) <= MAX_LABEL_WIDTH


PICTURE_MARK = re.compile(LAYOUT["picture_mark"])  # 图｜贺明博, 摄影：叶竹文


def names_a_writer(text: str) -> bool:
    """文/图, 文｜X, X 文 Y 摄: a credit holding the writer's mark credits words; a writer's or
    photographer's name holding 文 (摄影/顾文晓) marks nothing."""
    return WRITER_MARK in text and WRITER_MARKED.search(text) is not None


def is_picture_credit_line(block: Block) -> bool:
    """图｜贺明博, 摄影：叶竹文, 新华社记者 李明 摄: who took a picture, and no writer (文/图 names one)."""
    return not names_a_writer(block.text) and bool(PICTURE_MARK.match(block.text) or block.kind == "credit"
                                                  and PICTURE_CREDIT.search(block.text))


def is_lone_caption(block: Block) -> bool:
    """One short sentence, the caption of one picture (社区篮球联赛比赛现场，双方球员拼抢篮板球。)."""
    return block.kind == "paragraph" and len(block.text) <= MAX_STACKED_CAPTION and block.text[-1:] in "。！" \
        and not SENTENCE_STOP.search(block.text[:-1])


# An artwork's title with its medium in brackets, the artist's credit after a gap (滇池晨曦（水彩画） 曹明婷作)
ARTWORK_CREDIT = re.compile(r"[）)]\s+(?P<credit>\S{2,4}\s*\S)$")


def shows_its_picture(block: Block, credit: Block) -> bool:
    """摄影：陶鸣亮 / …。图为观众在…参观。: a credit marked as a picture's (`摄影：`, `图｜`), printed
    above a caption saying what the picture shows, heads that caption, as such credits are set."""
    return block.kind in ("paragraph", "caption") and len(block.text) <= MAX_CAPTION_CHARS \
        and bool(PICTURE_MARK.match(credit.text)) and bool(PICTURED.search(block.text))


def is_prose(block: Block) -> bool:
    """Running text: a paragraph longer than a one-line label, or a list line."""
    return block.kind == "listitem" or block.kind == "paragraph" and not is_short_sentence(block)


MIN_LABELLED_ROWS = 3
MAX_BOX_LABEL = 8  # characters of a box's label (气象预警, 便民提示)
BOX_LABEL = re.compile(rf"^[{CJK.pattern[1:-1]}]{{2,{MAX_BOX_LABEL}}}$")
BRACKETED_LABEL = re.compile(rf"【[{CJK.pattern[1:-1]}]{{2,{MAX_BOX_LABEL}}}】")  # 【农事提醒】


def is_one_sentence_line(block: Block) -> bool:
    """A short line of one sentence (这，就是担当。 closes an article): a caption or a box's row."""
    return is_short_sentence(block) and block.text[-1:] in "。！？" and not CLAUSE.search(block.text[:-1])


def labelled_rows(blocks: list[Block]) -> list[Block]:
    """Three one-sentence lines or more right under a box's label over its title (`气象预警` /
    `中央气象台发布暴雨蓝色预警` / `江西北部…有大到暴雨。` / …), with no running text after them: the
    box's rows, not the captions of a row of pictures, which no label and title head."""
    def boxed(result: list[Block], start: int, end: int, rows: int) -> bool:
        return rows >= MIN_LABELLED_ROWS and start >= 2 \
            and result[start - 2].kind == "headline" and result[start - 1].kind == "headline" \
            and bool(BOX_LABEL.match(result[start - 2].text.strip().lstrip(LAYOUT["headline_bullets"] + "【")
                                     .rstrip("】"))) \
            and (end == len(result) or not is_prose(result[end]))

    return rows_of_runs(blocks, is_one_sentence_line, boxed)


def opens_indented(block: Block, lines: dict[int, Line]) -> bool:
    """Whether a block's first line is set in by two ems, as running text's paragraphs open: a caption is
    set flush under its picture."""
    first = block.spans[0]
    lead = lines[first.line].text[:first.start] if first.line in lines else ""
    return indent_width(lead) >= PARAGRAPH_INDENT


def caption_runs(blocks: list[Block], lines: dict[int, Line]) -> set[int]:
    """Indices of one-sentence lines standing two or more in a row with no running text after
    them: the captions of a row of pictures (`中药新药创制川渝共建重点实验室。` / `赛力斯汽车超级工厂。`)."""
    found: set[int] = set()
    index = 0
    while index < len(blocks):
        end = index
        while end < len(blocks) and is_one_sentence_line(blocks[end]):
            end += 1
        if any(vocabulary().notice_close.match(b.text) for b in blocks[index:end]):
            end = index  # 请广大用户予以配合。 / 特此通告。: the close of a notice, no captions
        if end - index >= 2 and (end == len(blocks) or not is_prose(blocks[end])):
            found.update(range(index, end))
        elif end - index == 1 and index >= 2 and blocks[index - 1].kind == "headline" and is_prose(blocks[index - 2]) \
                and len({s.line for s in blocks[index - 1].spans}) == 1 \
                and display_width(blocks[index - 1].text) <= MAX_LABEL_WIDTH \
                and (end == len(blocks) or blocks[end].kind == "headline") \
                and not bulleted_like_a_heading_above(blocks, index - 1) \
                and not opens_indented(blocks[index], lines):  # 制造业量质齐升 / 　　制造业是…。: a section
            found.update((index - 1, index))  # 成渝中线高铁土红湾特大桥建设现场 / 嘉陵江利泽航运枢纽工程。 / <headline>
        elif end - index == 1 and sets_a_caption_beside(blocks, index):
            found.add(index)
        index = max(end, index + 1)
    return found


def sets_a_caption_beside(blocks: list[Block], index: int) -> bool:
    """…惠及更多人。 / 法官在村委会向村民讲解法律知识。 / 川渝高竹新区位于…。 / （X/图）: a lone one-sentence
    line between a finished text and a caption its picture's credit closes is the caption of a picture of
    its own in the same row, as two such lines in a row are."""
    if index < 1 or index + 2 >= len(blocks):
        return False
    above, caption, credit = blocks[index - 1], blocks[index + 1], blocks[index + 2]
    return above.kind == "paragraph" and above.text.rstrip()[-1:] in "。！？" \
        and caption.kind == "paragraph" and len(caption.text) <= MAX_CAPTION_CHARS \
        and credit.kind == "credit" and not names_a_writer(credit.text) \
        and bool(PICTURE_CREDIT.search(credit.text.strip("（）()")))  # （南方周末记者蔡玉/图）


def bulleted_like_a_heading_above(blocks: list[Block], position: int) -> bool:
    """■典型意义 / 本案通过公益诉讼…。 under `■基本案情` / … / `■检察机关履职` / …: a label bulleted as a
    heading of the same text above is that text's last section, not a picture's title and caption."""
    bullet = blocks[position].text[:1]
    if bullet not in HEADLINE_BULLETS:
        return False
    for block in reversed(blocks[:position]):
        if block.kind not in ("paragraph", "headline"):
            return False
        if block.kind == "headline" and block.text[:1] == bullet:
            return True
    return False


def line_ends(block: Block, lines: dict[int, Line]) -> list[tuple[int, int, bool]]:
    """For each source line of the paragraph but its last: the glyphs read up to its end, the page
    lines from it to the next, and whether it ends a sentence."""
    ends, offset = [], 0
    for before, after in zip(block.spans, block.spans[1:]):
        offset += len(WHITESPACE.sub("", lines[before.line].text[before.start:before.end]))
        ends.append((offset, after.line - before.line, lines[before.line].text[:before.end].rstrip()[-1:] in "。！？"))
    return ends


def caption_tail(block: Block, lines: dict[int, Line]) -> int | None:
    """Where a caption joined onto the paragraph above it begins: after the last blank line the
    paragraph was joined across at a sentence end (a column break and a new paragraph look the
    same to unwrap; the photo credit below tells them apart). A character offset, or None."""
    ends = line_ends(block, lines)
    usual = min((step for _, step, _ in ends), default=1)
    return next((offset for offset, step, stop in reversed(ends) if step > usual and stop), None)


def spaced_caption_tail(block: Block, lines: dict[int, Line]) -> int | None:
    """Where a caption begins that unwrap joined onto the paragraph above it on a page setting a blank
    line after every line (…超额完成…年度培训任务。 / / 暑期来临，孩子们在…体验 / / 航天互动展项。 / / a photo
    credit), where a new paragraph and a column break look alike: after the last line ending a sentence,
    when what follows is no longer than a caption and what precedes is more than a caption's first
    sentence, and what follows is no `图为…` line, which sums up the caption's own sentences above it
    (`川渝高竹新区位于…示范园区。` / `图为观众在…参观。`). A character offset, or None."""
    ends = line_ends(block, lines)
    if not ends or any(step < 2 for _, step, _ in ends):
        return None
    cut = next((offset for offset, _, stop in reversed(ends) if stop), None)
    glyphs = len(WHITESPACE.sub("", block.text))
    if cut is None or glyphs - cut > MAX_DATED_CAPTION or cut <= MAX_STACKED_CAPTION \
            or PICTURED.match(block.text[text_offset(block.text, cut):]):  # …示范园区。 / 图为观众在…参观。: its own
        return None
    return cut


def text_offset(text: str, glyphs: int) -> int:
    """The offset in `text` after its first `glyphs` non-space characters."""
    seen = 0
    for position, char in enumerate(text):
        if seen == glyphs:
            return position
        seen += not char.isspace()
    return len(text)


LIST_BULLETS: str = LAYOUT["list_bullets"]
# 本版摄影/…, 本组图片由…提供: a credit for every picture of a page or group
SHARED_CREDIT_OPENERS: tuple[str, ...] = tuple(load("people.yml")["shared_credit_openers"])


def bullet_runs(blocks: list[Block]) -> set[int]:
    """Indices of blocks opening with the same bullet as the block before or after them: the
    lines of a list (● 新建改建城市公园绿地二十处 / ● 新增城市公共停车泊位一万个), not headlines."""
    found: set[int] = set()
    for index in range(len(blocks) - 1):
        first, second = blocks[index].text[:1], blocks[index + 1].text[:1]
        if first == second and first in LIST_BULLETS and blocks[index].kind not in ("furniture", "byline") \
                and blocks[index + 1].kind != "furniture" \
                and not UNIT_BYLINE.match(blocks[index].text):  # ■…纪委监委 X Y / ■基本案情: a byline, a label
            found.update((index, index + 1))
    return found


MAX_DATED_CAPTION = 120  # characters: a caption saying when, who and what, and a sentence more
DATED_OPENER = re.compile(load("wrapping.yml")["dated_opener"])  # 1月28日，…


def is_dated_caption(text: str) -> bool:
    """1月28日，养殖工人在…。目前，…。: a caption opens with the day the picture was taken, and
    ends its last sentence."""
    return text.rstrip()[-1:] in "。！" and bool(DATED_OPENER.match(text))


def photo_story_openings(blocks: list[Block]) -> set[int]:
    """Indices of the dated captions opening a photo story (组图) at the top of a stack: `1月28日，养殖
    工人在…。` set apart from any text above (furniture, a credit, nothing) and over another picture's
    caption (`…。图为…`, a title over it or not), all credited once at the stack's foot."""
    found: set[int] = set()
    for index, block in enumerate(blocks):
        if block.kind != "paragraph" or len(block.text) > MAX_DATED_CAPTION or not is_dated_caption(block.text) \
                or index and blocks[index - 1].kind not in ("furniture", "credit", "caption"):
            continue
        below = index + 1 + (index + 1 < len(blocks) and blocks[index + 1].kind == "headline")
        if below < len(blocks) and blocks[below].kind in ("paragraph", "caption") \
                and len(blocks[below].text) <= MAX_CAPTION_CHARS and PICTURED.search(blocks[below].text):
            found.add(index)
    return found


FIRST_PICTURE = re.compile(LAYOUT["first_picture"])  # ①毕业生在…: a group's first picture, its stack starts there


def shared_credit_captions(blocks: list[Block]) -> set[int]:
    """Indices of the one-sentence paragraphs stacked right above a credit for all the pictures
    of a page or group (本版摄影/本报记者 曾宁娜, 本组图片由…提供): each is a picture's caption, and
    so is every longer caption among them (…图为游客在街区内游览。)."""
    found: set[int] = set()
    for index, block in enumerate(blocks):
        # （本组图片由本报记者 X 摄）: in brackets or not, the credit is the group's
        if block.kind == "credit" and block.text.lstrip("（(").startswith(SHARED_CREDIT_OPENERS) \
                and not vocabulary().writers_credit.match(block.text):  # 本版文字由…采写 credits the texts
            above = index - 1
            while above >= 0 and blocks[above].kind in ("paragraph", "caption") and (
                    len(blocks[above].text) <= MAX_CAPTION_CHARS and PICTURED.search(blocks[above].text)
                    or len(blocks[above].text) <= MAX_STACKED_CAPTION and "。" not in blocks[above].text[:-1]
                    or len(blocks[above].text) <= MAX_DATED_CAPTION and is_dated_caption(blocks[above].text)
                    and (above == 0 or blocks[above - 1].kind != "byline")):  # a story's text under its byline
                found.add(above)
                if FIRST_PICTURE.match(blocks[above].text):
                    break  # ①毕业生在…合影。: the group's first picture; what stands over it is none of its captions
                above -= 1
                if above > 0 and blocks[above].kind == "headline":
                    above -= 1  # 青岛即墨:… over its caption: a picture's title, the stack goes on above it
    return found


MEASURE_SLACK = 2.0  # ideographs a caption's lines may differ by, justified or not


def one_measure(block: Block, following: Block, lines: dict[int, Line]) -> bool:
    """A caption is set in one measure: text wrapped narrower than the `图为…` line under it is the
    last paragraph of the column's story (…营商环境品牌。 / / 图为塘桥镇一处农田里，…。), not the
    caption's first sentences."""
    if len(block.spans) < 2:
        return True
    widest = max(display_width(span_source(span, lines)) for span in block.spans)
    return max(display_width(span_source(span, lines)) for span in following.spans) <= widest + MEASURE_SLACK


def numbered_title_end(block: Block, following: Block | None) -> int | None:
    """Where the title of a numbered brief ends when it runs into the text with no stop
    (`1.河道清淤工程完工经过两个月施工，…（董梅桂）`): at the first word a news sentence opens with.
    Only a numbered paragraph closed by a bracketed credit is taken for such a brief."""
    number = NUMBERED.match(block.text) if block.kind == "paragraph" else None
    if not number or following is None or following.kind != "byline" or not following.text.startswith(("（", "(")):
        return None
    clause = CLAUSE.search(block.text, number.end())
    limit = min(clause.start() if clause else len(block.text), number.end() + MAX_RUN_IN_TITLE)
    opener = vocabulary().sentence_openers.search(block.text, number.end() + MIN_TITLE_CHARS, limit)
    return opener.start() if opener else None


def span_source(span: Span, lines: dict[int, Line]) -> str:
    return lines[span.line].text[span.start:span.end]


def glyphs(text: str) -> int:
    return len(re.sub(r"\s", "", text))


def title_tail(block: Block, lines: dict[int, Line], line: int = 0) -> int:
    """Glyphs of a wrapped title's last words printed before a gap on line `line` of a block
    (`策  12月9日，…` under `●四部门发布就业援助新政`), or 0."""
    if len(block.spans) <= line:
        return 0
    tail = TITLE_TAIL.match(span_source(block.spans[line], lines))
    return glyphs(tail.group("tail")) if tail else 0


def bulleted_title_end(block: Block, lines: dict[int, Line]) -> int | None:
    """Where a bulleted brief's title ends when its text runs on after a printed gap in the same
    paragraph (`●社区图书馆延长开放时间 近日，市图书馆…`), also after a title wrapped onto the
    next line (`●钦州多措并举推进“金` / `融活水”畅流乡村　近年来，…`): the text is more than one
    sentence's worth and reads as a news text's start, with an opener (近日) or by restating the title."""
    if block.kind not in ("paragraph", "listitem") or block.text[:1] not in LIST_BULLETS:
        return None
    first = span_source(block.spans[0], lines)
    head = BULLETED_RUN_IN.match(first)
    tail = title_tail(block, lines, 1) if head is None and not CLAUSE_OR_COLON.search(first) else 0
    if head is None and not tail:
        return None
    end = text_offset(block.text, glyphs(head.group()) if head else glyphs(first) + tail)
    rest = block.text[end:].lstrip()
    if len(rest) < MIN_RUN_IN_TEXT or rest[-1:] not in "。！？”）)":
        return None
    return end if opens_a_text(block.text[:end], rest) else None


def opens_a_text(title: str, text: str) -> bool:
    """A news text's first words after its title: an opener (近日, 12月9日), a few words set apart by a
    comma (春节将至，), or a first sentence restating the title."""
    return bool(vocabulary().sentence_openers.match(text) or OPENER_AND_COMMA.match(text)
                or restated(title + text, len(title)))


def join_wrapped_bullets(blocks: list[Block]) -> list[Block]:
    """In a column of one-sentence items (●市民卡服务网点新增…业务。), a bulleted line that looked
    like a title, or that stops mid-sentence (…社保卡补换、), is the first line of an item whose one
    sentence runs on below it, the next line or, on a page set with a blank line after each line, the one
    after it when a word runs across the break (◆…高速公路客服 / 热线查询。)."""
    sentence_bullets = {b.text[0] for b in blocks if b.kind in ("listitem", "paragraph") and b.text[:1] in LIST_BULLETS
                        and SENTENCE_STOP.search(b.text)}
    result: list[Block] = []
    for block in blocks:
        previous = result[-1] if result else None
        if previous is not None and (previous.kind == "headline" or previous.kind == "paragraph"
                                     and previous.text[-1:] in "，,、；;：:") \
                and previous.text[:1] in sentence_bullets \
                and block.kind == "paragraph" and runs_on_below(previous, block) \
                and len(SENTENCE_STOP.findall(block.text)) == 1 and SENTENCE_STOP.search(block.text[-1:]):
            result[-1] = Block("listitem", previous.text + block.text, previous.spans + block.spans, previous.wide)
            continue
        if previous is not None and item_rest(previous, block):
            result[-1] = Block("listitem", previous.text + block.text, previous.spans + block.spans, previous.wide)
            continue
        result.append(block)
    return result


WORD_TAIL = re.compile(r"^[\u4e00-\u9fff]{1,2}[。！？]$")  # 品。: a sentence's last glyphs, no sentence of their own


def join_word_tails(blocks: list[Block]) -> list[Block]:
    """On a page set with a blank line after each line, a glyph or two and a stop under a line read as a
    headline, a word running on across the blank (经营户在市场内整理出口商 / 品。), end that line's sentence:
    one paragraph, no title over a stray tail."""
    from .interleave import wraps_a_word  # interleave reads classify's vocabulary: imported when used
    result: list[Block] = []
    for block in blocks:
        previous = result[-1] if result else None
        if previous is not None and previous.kind == "headline" and len(previous.spans) == 1 \
                and block.kind in ("paragraph", "caption") and len(block.spans) == 1 \
                and block.first_line == previous.last_line + 2 and WORD_TAIL.match(block.text) \
                and previous.text[:1] not in LIST_BULLETS and wraps_a_word(previous.text, block.text):
            result[-1] = Block("paragraph", previous.text + block.text, previous.spans + block.spans, previous.wide)
            continue
        result.append(block)
    return result


def runs_on_below(line: Block, block: Block) -> bool:
    """Does a bulleted line's sentence go on in the block under it (the next line, or the one after a
    blank line when a word runs across the break)?"""
    from .interleave import wraps_a_word  # interleave reads classify's vocabulary: imported when used
    return block.first_line == line.last_line + 1 or block.first_line == line.last_line + 2 \
        and len(line.spans) == 1 and wraps_a_word(line.text, block.text)


def item_rest(item: Block, block: Block) -> bool:
    """A title-like line right under a bulleted or dashed list item completing the word its last line broke
    (`- …一批标志性工` / `程完工`): the item's rest, however a caption under it reads it."""
    from .interleave import wraps_a_word  # interleave reads classify's vocabulary: imported when used
    return item.kind == "listitem" and item.text[:1] in LIST_BULLETS + "-" and block.kind == "headline" \
        and len(block.spans) == 1 and block.first_line == item.last_line + 1 and wraps_a_word(item.text, block.text)


SENTENCE_STOP = re.compile("[。！？]")
CLOSERS = "”’」』）)"


MAX_TITLE_LINES = 2


def title_lines_end(block: Block, lines: dict[int, Line]) -> int:
    """Where a title run into its text ends: after the paragraph's first source line or two, none
    with a clause mark, when the text after them restates them or opens as a brief's text does
    (市公交集团近日…, 春节将至，…); 0 when it does not."""
    numbers = sorted({span.line for span in block.spans})
    glyphs, end = 0, 0
    for number in numbers[:MAX_TITLE_LINES]:
        piece = "".join(lines[s.line].text[s.start:s.end] for s in block.spans if s.line == number)
        if CLAUSE.search(piece) or ":" in piece or "：" in piece:
            break
        glyphs += len("".join(piece.split()))
        cut = text_offset(block.text, glyphs)
        if len(block.text) - cut >= MIN_RUN_IN_TEXT and restated(block.text, cut):
            end = cut
        elif len(block.text) - cut < MIN_RUN_IN_TEXT or piece.strip() != lines[number].text.strip():
            continue  # a title is printed on lines of its own (本报讯（记者 X）本届市青少 / 年…近日开赛 is text)
        elif opens_under_a_title(block.text[:cut], block.text[cut:]):
            return cut  # the text's own first line is no part of the title
        elif number == numbers[0] and len(numbers) > 1 \
                and display_width(piece) + 1 <= display_width(lines[numbers[1]].text) \
                and opens_under_a_title(block.text[:cut], block.text[cut:], comma=True):
            return cut
    return end


def opens_under_a_title(title: str, text: str, comma: bool = False) -> bool:
    """Does a brief's text open under lines with no clause mark, so that they are its title: the text
    names who did it and when (市公交集团近日…) or, under a title line narrower than it (`comma`), sets
    its first words apart by a comma (春节将至，…: a line wrapped mid-sentence, …传统医药 / 国际合作，…,
    fills the column); the lines do not open a sentence themselves (近日印发的《…》, 本市…日前启 / 动，…)."""
    return len(title) >= MIN_TITLE_CHARS and not BRIEF_TEXT_OPENING.match(title) \
        and not vocabulary().sentence_openers.match(title) \
        and bool(BRIEF_TEXT_OPENING.match(text) or comma and OPENER_AND_COMMA.match(text))


def inner_run_in(block: Block, lines: dict[int, Line]) -> int:
    """Where a run-in title (`中小学暑期托管服务启动。`) opens a source line of the paragraph after a
    finished sentence, with a brief's text after it that restates it; 0 when none does."""
    glyphs, last = 0, block.spans[0].line
    for span in block.spans:
        if span.line != last:
            last, cut = span.line, text_offset(block.text, glyphs)
            title = RUN_IN_TITLE.match(block.text[cut:]) if 0 < cut and block.text[cut - 1] in "。！？" else None
            if title and len(block.text) - cut - title.end() >= MIN_RUN_IN_TEXT \
                    and restated(block.text[cut:], title.end()):
                return cut
        glyphs += len("".join(lines[span.line].text[span.start:span.end].split()))
    return 0


def restated(text: str, title_end: int) -> bool:
    """A brief's run-in title says again what its first sentence reports (全民健身步道贯通。沿江全民健身
    步道近日全线贯通…); a paragraph's short opening sentence (变化正在发生。) is not repeated so."""
    title = character_pairs(text[:title_end], digits=False)
    following = character_pairs(text[title_end:title_end + RESTATED_WINDOW], digits=False)
    return len(title) >= MIN_TITLE_CHARS and len(title & following) >= RESTATED_SHARE * len(title)


# A row of a table set with single spaces: three cells or more, short, no clause (2019年 18.6 3.1%); the
# first, what the row counts, may carry its unit in brackets (32支纯棉纱（元/吨） 21860 +40).
SPACED_ROW = re.compile(r"^[^\s，。,；;！？]{1,10}(?:[（(][^\s，。,；;！？()（）]{1,6}[)）])?"
                        r"(?: [^\s，。,；;！？]{1,10}){2,}$")
MIN_SPACED_ROWS = 3
MIN_CUT_ROWS = 2  # … or two set evenly, each with the rest the column cut under it, no data box's row under them
# a last cell's rest: -95%, 6-95%, 0.31, a closing time's (—17:30, :00—17:00)
CELL_REST = re.compile(r"^[\d.．,:：+\-−—~～]{1,10}[%％‰℃]?$")
FIGURE_OR_UNIT = re.compile(r"[\d%％‰℃]")  # a last cell's rest holding its figure or unit (风3级, ℃适宜潜水)
MAX_WORD_END = 2  # glyphs of a word the column cut a row's last cell inside (厘 / 米, 西北 / 风)
# … or, between two rows, any short piece of the cut cell, words too, perhaps a cell after it
# (`湿` / `度64-95%`, `新华街—清和` / `街`, `07` / `:45开 每日开行`): a row under it shows the box runs on
# A figure the column cut: the row ends inside it (07, 26℃—3) and its rest goes on with it (:45开, 4℃)
FIGURE_CUT_HEAD = re.compile(r"[\d.．:：\-—~～]$")
FIGURE_CUT_REST = re.compile(r"^[\d.．:：%％℃]")
ROW_REST = re.compile(r"^[^\s，。,；;！？、]{1,8}(?: [^\s，。,；;！？、]{1,10})?$")
# A row's last cell, or the sign the column cut it after (`资江冷水江站 186.16米 -` / `0.30`: its rest).
LAST_CELL = r"(?:[^\s，。,；;！？]{2,12}|[-+−])"
# A data box's row: what it counts, a space, the figure with its unit (a price's per unit too), and
# perhaps one more cell (天然气产量 3.6亿立方米, 原油产量 1.2万吨 同比增长2.1%, 活牛 27.55元/公斤); a
# price's grade may stand between what it counts and the figure, in digits and letters (花牛苹果 80# 5.60元/公斤,
# 螺纹钢 HRB400 3650元/吨), and its kind in brackets after what it counts (青花椒（干） 62.0元/公斤); an
# index's points have no unit, the change after them tells the row
# (恒生指数 18,242 跌0.2%). What it counts may run to ten characters (社会消费品零售总额 2240.5亿元), and the
# figure may be a change (规上工业增加值 增长6.1%: layout.yml's `figure_change`).
FIGURE_ROW = re.compile(rf"^[{HAN}]{{2,10}}(?:[（(][{HAN}]{{1,4}}[)）])?(?: [\dA-Za-z][\dA-Za-z#.*/-]{{0,7}})? "
                        rf"(?:{LAYOUT['figure_change']})?\d[\d.,]*(?:(?:[%％]|[{HAN}]{{1,4}}(?:[/／][{HAN}]{{1,3}})?)"
                        rf"(?: {LAST_CELL})?| {LAST_CELL})$")
# or a rate or a price, a bare decimal with no unit (澳元兑人民币 4.78, 美元兑日元 151.62): a row too, though
# a unit the column cut onto the next line may still follow it (社会消费品零售总额 2240.5 / 亿元)
RATE_ROW = re.compile(rf"^[{HAN}]{{2,10}} \d{{1,5}}[.．]\d{{1,4}}$")
# or what keeps the hours, then its opening hours (5号线 6:00-23:00, 城郊线 6:20-22:00), the column's cut
# inside the closing time too (城郊线 6:20-22: / 00)
HOURS_ROW = re.compile(load("wrapping.yml")["hours_row"])
# or the figure first, then what it counts (一周数字: 2.5万件 受理消费投诉 / 87% 城镇居民参加医保比例)
FIGURE_FIRST_ROW = re.compile(rf"^\d[\d.,]*(?:[%％]|[{HAN}]{{1,4}}) [{HAN}]{{2,16}}$")
MAX_ROW_SPANS = 2  # a row broken inside its figure (… 同比增长2.1 / %)
FIGURE_REST = re.compile(r"^[\d.．,]{0,6}[%％‰]?$")  # what the column cut off a row's last figure: %, 5%, .8%
MAX_FIGURE_ROW = 36  # characters: eight of what it counts, a figure and its unit, a cell of twelve


def figure_box_rows(blocks: list[Block], lines: dict[int, Line]) -> list[Block]:
    """Three lines or more in a row, each what it counts and its figure (天然气产量 3.6亿立方米 /
    加工原油 2150万吨 / …) or what keeps the hours and its hours (5号线 6:00-23:00): a data box's
    rows, list lines, not headlines or captions."""
    def row(block: Block) -> bool:
        if block.kind not in ("headline", "paragraph", "caption") or len(block.spans) > MAX_ROW_SPANS \
                or len(block.text) > MAX_FIGURE_ROW:
            return False
        printed = source_text(block.spans, lines, "").strip()
        return bool(FIGURE_FIRST_ROW.match(printed) if block.text[:1].isdigit()
                    else FIGURE_ROW.match(printed) or RATE_ROW.match(printed)) \
            or bool(HOURS_ROW.match(printed))

    return rows_of_runs(blocks, row, lambda result, start, end, rows: rows >= MIN_SPACED_ROWS, rests=True)


def cut_rest(result: list[Block], n: int, row) -> bool:
    """A short line right under a row of a box, no farther from it than the rows stand apart, is
    the rest of it the column cut (①购买冷饮要查看生产日期和保 / 质期, 87% 城镇居民参加医保比 / 例); a
    headline right over a text (景区护航 / 巡逻民警在景区里…) is the next item's title."""
    if n == 0 or not row_rest(result[n]) or ROW_NUMBER.match(result[n].text) or not row(result[n - 1]):
        return False
    if result[n].kind == "headline" and n + 1 < len(result) and (
            result[n + 1].kind in ("paragraph", "caption")
            or result[n + 1].kind == "headline" and SENTENCE_STOP.search(result[n + 1].text)):
        return False  # … over a sentence read as a headline for now (实验室里 / 科研人员在实验室观察样品。 本报记者)
    # … or, a figure's rest, than the row stands from the rest or the label over it, on a page set with a
    # blank line after every line (■今日水情 / / 赧水武冈站 342.41米 - / / 0.17 / / 资江邵阳站 210.16米 + / / 0.18)
    apart = result[n - 1].first_line - result[n - 2].last_line if n > 1 and (
        row(result[n - 2]) or CELL_REST.match(result[n].text)
        and (row_rest(result[n - 2]) or result[n - 2].kind == "headline")) else 1
    return result[n].first_line - result[n - 1].last_line <= max(1, apart)


def as_rows(blocks: list[Block], start: int, end: int) -> None:
    """Blocks [start, end) become the rows of a box (list items), their text and spans as they are."""
    for n in range(start, end):
        blocks[n] = Block("listitem", blocks[n].text, blocks[n].spans, blocks[n].wide)


def spaced_table_rows(blocks: list[Block], lines: dict[int, Line]) -> list[Block]:
    """Three lines or more in a row, each of three cells or more set one space apart, on adjacent
    source lines or, with as many cells each, a blank line between them: the rows of a table
    (年份 研发投入（亿元） 占营收比重 / 2019年 18.6 3.1% / …), list lines, not headlines or captions;
    a row the column cut inside its last figure (某某中证500指数 1.2601 -1.10 / %) is one of them.
    Lines of text never stand so, cell by cell."""
    counted: dict[int, int] = {}  # each block's cells, counted once: a rest asks the rows under it

    def cells(n: int) -> int:
        if n not in counted:
            counted[n] = row_cells(n)
        return counted[n]

    def row_cells(n: int) -> int:
        block = result[n]
        if block.kind not in ("headline", "paragraph", "caption") or len(block.spans) > MAX_ROW_SPANS \
                or len(block.spans) > 1 and not (FIGURE_REST.match(rest := source_text(block.spans[1:], lines).strip())
                                                 or CELL_REST.match(rest) or ROW_REST.match(rest) and row_under(n)):
            return 0
        text = source_text(block.spans, lines, "").strip()
        return len(text.split()) if SPACED_ROW.match(text) else 0

    def row_under(n: int) -> bool:  # the next block is a row, no farther than a blank line
        return n + 1 < len(result) and cells(n + 1) > 0 and result[n + 1].first_line - result[n].last_line <= 2

    def evenly_set(start: int, end: int) -> bool:  # rows and rests set solid, or all a blank line apart
        return len({result[k + 1].first_line - result[k].last_line for k in range(start, end - 1)}) == 1

    def cut_off(n: int, widest_rest: int) -> bool:
        """The rest of the row above the column cut: a figure's (今日 晴 21-27℃ 湿度67 / -95%); on the very
        next line, a last cell's, one short word holding a figure or a unit, ending a word of the cell or
        set after the gap before it (渤海 浪高0.7～1.0米 水温20℃ 东南 / 风3级, … 水位64.17米 / 落, 西岛
        浪高0.3米 水温27℃ / ` 不宜游泳`); or any short piece with a row under it, or as the box's last
        rest (see last_rest). A word of its own (`奋力突破`) on its own is no rest."""
        if n == 0 or cells(n - 1) == 0 or result[n].kind not in ("headline", "paragraph"):
            return False
        apart = result[n].first_line - result[n - 1].last_line
        rest = result[n].text.strip()
        return apart <= 2 and bool(CELL_REST.match(result[n].text)) \
            or apart == 1 and row_rest(result[n]) and len(rest.split()) == 1 \
            and (len(rest) <= MAX_WORD_END or bool(FIGURE_OR_UNIT.search(rest))
                 or lines[result[n].spans[0].line].text.startswith(" ")) \
            or apart <= 2 and bool(ROW_REST.match(source_text(result[n].spans, lines).strip())) \
            and (row_under(n) or last_rest(n, widest_rest))

    def last_rest(n: int, widest_rest: int) -> bool:  # the last row's rest, no farther from its row than the row
        # from the line over it: a figure's cut (07 / :45开 每日开行, 26℃—3 / 4℃ 东南风3级), or no longer than a
        # rest above it in the box (度64-95% … 度74-95%); a headline under the box is neither
        apart = result[n - 1].first_line - result[n - 2].last_line if n > 1 else 0
        return result[n].first_line - result[n - 1].last_line <= apart \
            and (bool(FIGURE_CUT_HEAD.search(result[n - 1].text) and FIGURE_CUT_REST.match(result[n].text))
                 or 0 < len(result[n].text) <= widest_rest + 1)

    def cut_rows(last: int, n: int) -> bool:  # a row under a cut one: one cell more or less, the cut's rest
        # taking a cell's room (今天 多云 25℃～31℃ 西风3 / 级 / / 明天 多云有雷阵雨 25℃～31 / ℃ 西风3级)
        return n - last == 2 and abs(cells(n) - cells(last)) == 1

    result = list(blocks)
    start = 0
    while start < len(result):
        end, rows, last, widest_rest = start, 0, start, 0
        while end < len(result) and (end > start and cut_off(end, widest_rest) or cells(end)
                                     and (rows == 0 or result[end].first_line == result[end - 1].last_line + 1
                                          or cells(end) == cells(last) or cut_rows(last, end))):
            if cut_off(end, widest_rest):
                widest_rest = max(widest_rest, len(result[end].text))
            else:
                rows, last = rows + 1, end
            end += 1
        if rows >= MIN_SPACED_ROWS or rows >= MIN_CUT_ROWS and end - start > rows + 1 and evenly_set(start, end) \
                and not (end < len(result) and FIGURE_ROW.match(source_text(result[end].spans, lines, "").strip())):
            as_rows(result, start, end)
        start = max(end, start + 1)
    return result


# A box's row of two short cells set one space apart (暴雨黄色预警 某某省东南部: what, and where or when;
# 环线 末班车延长至23:30, 张骞纪念馆 接待游客0.47万人次).
PAIR_CELL = r"(?:[^\s，。,；;！？：:]|(?<=\d):(?=\d))"  # no clause mark nor a term's colon, a time's (23:30) aside
PAIR_ROW = re.compile(rf"^{PAIR_CELL}{{2,12}} {PAIR_CELL}{{2,12}}$")
MAX_LABEL_CHARS = 8  # a box's label after its bullet (■预警发布, 【侨社活动】)
TEXT_KINDS = ("paragraph", "byline", "caption")  # what a story's headlines stand over, a box's rows never


def is_marked_label(block: Block) -> bool:
    """■预警发布, 【侨社活动】: a short headline behind a bullet or in brackets, a box's or a column's label."""
    text = WHITESPACE.sub("", block.text)
    label = text.lstrip(LAYOUT["headline_bullets"]).strip("【】[]")
    return block.kind == "headline" and label != text and 2 <= len(label) <= MAX_LABEL_CHARS


def labelled_pair_rows(blocks: list[Block], lines: dict[int, Line]) -> list[Block]:
    """Three lines or more, each two short cells set one space apart, right under a marked label
    (■预警发布 / 暴雨黄色预警 某某省东南部 / 森林火险预警 某某林区 / …), or under a label, marked or not,
    and its title (榴梿行情 / 北马榴梿园收购价 / 黑刺 79令吉/公斤 / …): the box's rows, not a stack of
    headlines, which never runs three lines of two phrases. The rows stand on adjacent source lines or
    evenly a blank line apart, and no text follows them straight (a headline stack's deck heads one)."""
    def row(block: Block) -> bool:
        return block.kind == "headline" and len(block.spans) == 1 \
            and bool(PAIR_ROW.match(source_text(block.spans, lines, "").strip()))

    def boxed(result: list[Block], start: int, end: int, rows: int) -> bool:
        under = start >= 1 and is_marked_label(result[start - 1]) \
            or start >= 2 and result[start - 1].kind == "headline" \
            and (is_marked_label(result[start - 2]) or result[start - 2].kind == "headline")
        gaps = {result[n].first_line - result[n - 1].last_line for n in range(start + 1, end)}
        return rows >= MIN_SPACED_ROWS and under and len(gaps) == 1 and gaps <= {1, 2} \
            and not (end < len(result) and result[end].kind in TEXT_KINDS)

    return rows_of_runs(blocks, row, boxed)


# A key figure alone on its line, its unit or a short qualifier after it (30%以上, 112对, 7.2%, 1200亿千瓦时).
FIGURE = re.compile(r"^\d[\d.,]*\s*[%％‰]?\s*[^\s\d，。,；;！？]{0,4}$")
MIN_FIGURES = 3
MAX_FIGURE_LABEL = 16
MAX_FIGURE_GAP = 2  # a blank line between a figure and its line, or between pairs
SENTENCE_MARK = re.compile(r"[；;。！？]")  # what a figure counts may hold a comma, never a sentence's end


def figure_rows(blocks: list[Block]) -> list[Block]:
    """A box of key figures: each figure on a line of its own over the short line saying what it
    counts (30%以上 / 跨境电商包裹量同比增长 / 112对 / 国际友好城市, 17次 / 全场抢断次数，创本赛季新高),
    three pairs or more set evenly (adjacent lines, pairs a blank line apart, or a blank line after every
    line), are rows, never a headline stack."""
    def line(block: Block) -> bool:
        return block.kind in ("headline", "paragraph", "caption", "listitem") and len(block.spans) == 1

    def gap(n: int) -> int:  # from block n to the next: 1 on adjacent lines, 2 over a blank line
        return result[n + 1].first_line - result[n].last_line

    def pair(n: int) -> bool:
        return n + 1 < len(result) and line(result[n]) and line(result[n + 1]) \
            and bool(FIGURE.match(result[n].text.strip())) and not FIGURE.match(result[n + 1].text.strip()) \
            and len(result[n + 1].text) <= MAX_FIGURE_LABEL and not SENTENCE_MARK.search(result[n + 1].text) \
            and gap(n) <= MAX_FIGURE_GAP

    result = list(blocks)
    start = 0
    while start < len(result):
        end = start
        while pair(end) and (end == start or gap(start) <= gap(end - 1) <= MAX_FIGURE_GAP):
            end += 2
        if end - start >= 2 * MIN_FIGURES:
            as_rows(result, start, end)
        start = max(end, start + 1)
    return result


# A row's number: ①, 1., 一、, (1).
ROW_NUMBER = re.compile(r"^[\u2460-\u2473\u2776-\u277f]|" + NUMBERED.pattern)
MIN_NUMBERED_ROWS = 3
MAX_ROW_CHARS = 40
CIRCLED_ROW = re.compile(r"^[\u2460-\u2473\u2776-\u277f]\S")  # ①签约前要查验开发商资质


def numbered_rows(blocks: list[Block]) -> list[Block]:
    """Three paragraphs or more in a row, each numbered, short and one sentence (①乘坐地铁请提前规划
    线路，尽量错峰出行。 / ②…), right under a short label with no byline: the rows of a box (tips,
    a policy's points), not an article's sections; stacked over a picture credit (`本组图片由…摄`)
    they are the captions of a photo group. Rows set as short as headlines, a circled number and no clause
    mark each (①签约前要查验开发商资质), are a box's under a label and its title too (消费提示 / 购房提醒); with
    clause marks (①起居宜晚睡早起，中午适当小憩 / ②…) when their numbers count up one by one."""
    def row(block: Block) -> bool:
        return block.kind == "paragraph" and len(block.text) <= MAX_ROW_CHARS \
            and bool(ROW_NUMBER.match(block.text)) and len(SENTENCE_STOP.findall(block.text[:-1])) == 0 \
            or block.kind == "headline" and bool(CIRCLED_ROW.match(block.text)) and len(block.text) <= MAX_ROW_CHARS \
            and not SENTENCE_STOP.search(block.text)

    def headlines_set_as_rows(run: list[Block]) -> bool:
        return all(not CLAUSE.search(b.text) for b in run if b.kind == "headline") or counts_up(run)

    def under_label(result: list[Block], start: int) -> bool:
        if start < 2 or result[start - 2].kind not in ("headline", "byline"):
            return True
        if result[start - 2].kind == "byline" and start >= 3 and result[start - 3].kind == "paragraph":
            return True  # …新篇章。 / 本报评论员 / ■应急提示 / ①…: the signature closes the text above the box
        if is_box_label(result[start - 1]) or is_marked_label(result[start - 2]):
            return True  # a box label (军营小贴士, ■学习小妙招 / 期末复习这样做) heads rows under a headline stack
        # a fact box's own label (小知识 / 科学小知识), or any short label set in brackets (【农事提醒】), heads it
        # under a headline printed after its text too
        return result[start].kind == "headline" and result[start - 2].kind == "headline" \
            and (start < 3 or result[start - 3].kind not in ("headline", "byline") or is_box_label(result[start - 2])
                 or is_bracketed_label(result[start - 2]))

    def titled_by_column_label(result: list[Block], start: int, end: int) -> bool:
        """①量子存储时间刷新纪录 / ②… set as headlines, no text under any: a box's rows, and the column
        label over them (■前沿速递) its title, for no brief of the column follows it; a label in brackets
        (【要点速览】) or behind a bullet (■指南速递) over numbered rows of any type is a box's too: a column's
        label titles briefs."""
        if start == 0 or not is_column_label_furniture(result[start - 1]) \
                or not (all(result[n].kind == "headline" for n in range(start, end))
                        or is_bracketed(result[start - 1]) or result[start - 1].text[:1] in HEADLINE_BULLETS):
            return False
        result[start - 1] = as_headline(result[start - 1])
        return True

    return rows_of_runs(blocks, row, lambda result, start, end, rows: rows >= MIN_NUMBERED_ROWS and start > 0
                        and headlines_set_as_rows(result[start:end])
                        and not (end < len(result) and is_picture_credit_line(result[end]))
                        and (result[start - 1].kind == "headline" and under_label(result, start)
                             or titled_by_column_label(result, start, end)), rests=True)


MAX_KIND_LABEL = 6  # 养生提示, 出行小贴士: what a box is about, then the kind of box


def is_labelled_kind(text: str) -> bool:
    """A short word ending in a box label of two characters or more (养生提示, 安全提醒): a box's label,
    no name (no given name is 提示)."""
    return len(text) <= MAX_KIND_LABEL and " " not in text \
        and any(len(label) > 1 and text.endswith(label) and text != label for label in vocabulary().box_labels)


def is_box_label(block: Block) -> bool:
    """■相关链接, 小知识: a fact box's label (`box_labels`), its bullet or brackets aside."""
    label = WHITESPACE.sub("", block.text).lstrip(LAYOUT["headline_bullets"]).strip("【】[]")
    return label in vocabulary().box_labels or is_labelled_kind(label)


def is_bracketed_label(block: Block) -> bool:
    """【农事提醒】: a short label set in brackets on a line of its own, as a box's label is printed."""
    return bool(BRACKETED_LABEL.fullmatch(WHITESPACE.sub("", block.text)))


def counts_up(run: list[Block]) -> bool:
    """Whether each block of a run opens with a circled number one above the block before's (① ② ③)."""
    return all(CIRCLED_ROW.match(b.text) for b in run) \
        and all(ord(b.text[0]) == ord(run[0].text[0]) + n for n, b in enumerate(run))


MAX_LISTED_CHARS = 30  # one entry of a list a text announces: a name, a place, a unit


def announced_rows(blocks: list[Block]) -> list[Block]:
    """…现将拟命名名单予以公示（排名不分先后）： / 一、章贡区某某镇某某村 / 二、… : three short lines or more,
    with no clause mark, right under a paragraph ending in a colon, are the list it announces (a 公示's
    names, places, units), not headlines; and so are a notice's numbered points of one sentence each, a
    stop closing it or none (…现通告如下： / 一、管制时间：…。 / 二、… / 三、管制期间，…绕行。, 三、过往船舶应减速慢行，
    听从现场指挥). A headline over a byline, or over
    a deck and a byline, heads the next story, never a row: the list ends over it (…胜利街一带 / 山城有名医
    群众有“医”靠 / 福建浦城县…,提升… / 记者 X), as it does over a headline wrapped onto a second line over
    them and over a picture's headline (…停电 / 绿道骑行 / 滹沱河畔，… 记者 X/摄)."""
    signed = {id(block) for n, block in enumerate(blocks) if block.kind == "headline" and heads_next_item(blocks, n)}

    def row(block: Block) -> bool:
        if block.text.rstrip().endswith(("：", ":")):  # 本院定于下列日期公开开庭审理以下案件：announces the list
            return False
        return block.kind in ("headline", "paragraph") and len(block.text) <= MAX_LISTED_CHARS \
            and not CLAUSE.search(block.text) and id(block) not in signed \
            or (block.kind == "paragraph" or block.kind == "headline" and id(block) not in signed) \
            and len(block.text) <= MAX_ROW_CHARS and bool(ROW_NUMBER.match(block.text)) \
            and not SENTENCE_STOP.search(block.text[:-1])

    return rows_of_runs(blocks, row, lambda result, start, end, rows: rows >= MIN_NUMBERED_ROWS and start > 0
                        and announces_a_list(result[start - 1]))


def signs_below(blocks: list[Block], n: int) -> bool:
    """A byline at `n`, or one under a deck there: what a story's headline stands over."""
    under = blocks[n:n + 2]
    return bool(under) and (under[0].kind == "byline"
                            or under[0].kind == "headline" and len(under) > 1 and under[1].kind == "byline")


def heads_next_item(blocks: list[Block], n: int) -> bool:
    """A headline at `n` over a byline or a deck and a byline (`signs_below`), or over its rest the
    column wrapped mid-word onto the next headline line and those (成都明确今年数 / 字经济发展目标 /
    ——… / 记者 X; a row over a story's headline wraps no word into it), or over a caption: a picture's
    title."""
    from .interleave import wraps_a_word  # interleave reads classify's vocabulary: imported when used
    following = blocks[n + 1] if n + 1 < len(blocks) else None
    return signs_below(blocks, n + 1) or following is not None and (
        following.kind == "caption" or captions_a_picture(blocks, n + 1)
        or following.kind == "headline" and signs_below(blocks, n + 2) and wraps_a_word(blocks[n].text, following.text))


def captions_a_picture(blocks: list[Block], n: int) -> bool:
    """A paragraph right over a picture's credit (`…员工在生产特种车产品。` / `记者 X/摄`) is its
    caption, before the caption rules name it one."""
    return blocks[n].kind == "paragraph" and n + 1 < len(blocks) and is_picture_credit_line(blocks[n + 1])


def rows_of_runs(blocks: list[Block], row, accepted, rests: bool = False, adjacent_rests: bool = False) -> list[Block]:
    """Each run of blocks that `row` takes (with `rests`, and the rests the column cut under them:
    `cut_rest`; with `adjacent_rests`, only those on the very next line), made a box's rows (`as_rows`)
    where `accepted(result, start, end, rows)` says the run is one; `rows` counts the blocks `row` takes,
    the rests left out."""
    def rest(end: int) -> bool:
        return (rests or adjacent_rests) and cut_rest(result, end, row) \
            and (not adjacent_rests or result[end].first_line == result[end - 1].last_line + 1)

    result = list(blocks)
    start = 0
    while start < len(result):
        end = start
        while end < len(result) and (row(result[end]) or end > start and rest(end)):
            end += 1
        rows = sum(row(result[n]) for n in range(start, end)) if rests or adjacent_rests else end - start
        if accepted(result, start, end, rows):
            as_rows(result, start, end)
        start = max(end, start + 1)
    return result


SCHEDULE_ROW = re.compile(load("wrapping.yml")["schedule_row"])  # 18:30 大连新闻, 6月12日 9:00—15:00 …
SENTENCE_ROW = re.compile(load("wrapping.yml")["sentence_row"])  # @榕城阿明：…, （2024）某01民初2892号 …
MIN_SCHEDULE_ROWS = 3
MAX_SENTENCE_ROW_CHARS = 80
QUOTE_ROW = re.compile(r"^“[^“”]+”\s*—{1,2}[^—“”，。,、；;！？]{2,24}$")  # a quote, then who said it


def schedule_rows(blocks: list[Block]) -> list[Block]:
    """Three paragraphs or more in a row, each opening with a time (a date before it or not) and
    short, with no clause mark (6月12日9:00—15:00递铺街道… / 18:30大连新闻 / 19:40电视剧：…): the rows
    of a schedule, a cut notice's or a listing's, not sentences (a timeline's `21:30，…` is text);
    or each a reader's comment after the name it is signed with (@榕城阿明：… / 网友“海风”：…), a
    court notice's case after its number (（2024）某01民初2892号原告…), a notice's numbered point after
    its term (一、招生对象：…), or a quote and who said it (“…好几百单。”——返乡创业青年董凯)."""
    def row(block: Block) -> bool:
        return block.kind in ("paragraph", "headline", "caption") and (
            len(block.text) <= MAX_ROW_CHARS and bool(SCHEDULE_ROW.match(block.text)) and not CLAUSE.search(block.text)
            or len(block.text) <= MAX_SENTENCE_ROW_CHARS
            and bool(SENTENCE_ROW.match(block.text) or QUOTE_ROW.match(block.text)))

    # a calendar's row cut by the column goes on, on the very next line (…城市维护建设税、教 / 育费附加)
    return rows_of_runs(blocks, row, lambda result, start, end, rows: rows >= MIN_SCHEDULE_ROWS, adjacent_rests=True)


# 停电时间：…, or the same term in brackets (【停水】明日9:00至18:00，…)
TERM_ROW = re.compile(rf"^(?:(?P<term>{CJK.pattern}{{2,8}})[：:]"
                      rf"|【(?P<label>{CJK.pattern}{{2,{MAX_RUN_IN_LABEL}}})】)\S")
MIN_ANNOUNCED_TERM_ROWS = 2  # term rows under a sentence ending in a colon (…具体安排如下：)
ANY_DIGIT = re.compile(r"\d")


def announces_a_list(block: Block) -> bool:
    """A paragraph ending in a colon (…具体安排如下：): the sentence a notice announces its rows with."""
    return block.kind == "paragraph" and block.text.rstrip().endswith(("：", ":"))


def row_rest(block: Block) -> bool:
    """A short line under a row of a box, ending no sentence: the rest of it (…0575-7269889 / 0,
    红球：03 12 16 20 / 25 26, …单注奖金836万 / 元), not a line of its own."""
    text = "".join(block.text.split())
    return block.kind in ("paragraph", "headline") and 0 < len(text) <= MAX_ROW_TAIL \
        and not CLAUSE.search(text)


def term_rows(blocks: list[Block]) -> list[Block]:
    """Three paragraphs or more in a row, each opening with a term of its own and a colon, with no
    byline over them: the rows of a box (名词解释 `柔性引才：…`, 人物名片 `姓名：X` / `出生：…`). An
    interview's turns repeat their speakers, and a signed piece (`网传：` / `真相：`) is an article. A
    row naming a person (`作者：X`, read as a byline) between rows, or over two of them, is one of them (a book box)."""
    def term(block: Block) -> str:
        match = TERM_ROW.match(block.text) if block.kind in ("paragraph", "headline", "caption", "byline") else None
        if match is None or vocabulary().interview_turn.match(block.text):
            return ""
        return match.group("term") or match.group("label")

    def signed(n: int) -> bool:  # 四川广安：… / 记者 X: a title over its byline
        return n < len(result) and result[n].kind == "byline" and not (term(result[n]) and n + 1 < len(result)
                                                                         and term(result[n + 1]))

    def opens_term_rows(n: int) -> bool:  # 作者：X over 出版社：… / 定价：…: a book box's first row
        return all(k < len(result) and result[k].kind != "byline" and term(result[k]) for k in (n + 1, n + 2))

    result = list(blocks)
    start = 0
    while start < len(result):
        end, terms = start, set()
        while end < len(result):
            found = term(result[end])
            if found and found not in terms and not signed(end + 1) and (end > start or result[end].kind != "byline"
                                                                         or opens_term_rows(end)):
                terms.add(found)
            elif not (terms and row_rest(result[end]) and term(result[end - 1])  # a row's rest under it, as
                      and result[end].first_line - result[end - 1].last_line  # close as the rows stand
                      <= max(1, result[end - 1].first_line - result[end - 2].last_line if end - start > 1 else 1)):
                break
            end += 1
        while end > start and result[end - 1].kind == "byline":  # a byline closing the run signs it
            end -= 1
        # 青岛即墨:科技创新… over its text: a title; a row's figure (定价：68.00元, 出版时间：2024年3月) is no title's
        if end - start > MIN_TERM_ROWS and result[end - 1].kind == "headline" and end < len(result) \
                and result[end].kind in ("paragraph", "caption") and not ANY_DIGIT.search(result[end - 1].text):
            end -= 1
        # …具体安排如下： / 停电时间：… / 停电范围：…: two rows are a list when the sentence over them announces it
        fewest = MIN_ANNOUNCED_TERM_ROWS if start and announces_a_list(result[start - 1]) else MIN_TERM_ROWS
        above = next((result[n] for n in range(start - 1, -1, -1) if result[n].kind != "headline"), None) \
            if end - start >= fewest else None  # looked for only under rows: a page may hold thousands of blocks
        if end - start >= fewest and (above is None or above.kind != "byline") \
                and sum(bool(term(result[n])) for n in range(start, end)) >= fewest:
            as_rows(result, start, end)
        start = max(end, start + 1)
    return result


PHOTO_REPORT_MARKS = "".join(m for m in LAYOUT["lead_byline_markers"] if len(m) == 1)  # □■◎●◇
SAID, WIRED = LAYOUT["dateline_ends"]  # 讯, 电: each tested with `in`, before the dateline pattern


def has_dateline(text: str) -> bool:
    return (SAID in text or WIRED in text) and bool(vocabulary().dateline_inside.search(text))


def is_untitled_or_signed(above: list[Block]) -> bool:
    """What lies above a paragraph: no headline over it (a jump line, a credit, furniture closes the
    text before), or, when text runs on above it, a byline of that text already given."""
    last = above[-1] if above else None
    if last is None or last.kind not in ("paragraph", "listitem", "headline"):
        return True
    for block in reversed(above):
        if block.kind == "headline":
            return False
        if block.kind == "byline":
            return True
    return False


def ends_with_a_phone(block: Block) -> bool:
    """Text ending in a phone number (…敬请谅解。报修电话：0472-77736834), or a box's row of one (咨询电话：…): a
    notice's last line, done."""
    return block.kind in ("paragraph", "listitem") and bool(PHONE_AT_END.search(block.text))


MAX_PHONE_LINE_GAP = 2  # the line of a text's phone right under the line it goes on from, or a blank line apart


def ends_its_text_on_a_phone(previous: Block, block: Block) -> bool:
    """…如有异议，请以书面形式反映。联系 / 电话：0891-6832417: a line of a text read as a headline, then
    its phone closing it on the next line (a short line alone, also read as one): no headline ends on
    a phone, so the two are the text's last words, run on from a line that ends no sentence."""
    return block.kind == "headline" and len(block.spans) == 1 and previous.kind in ("paragraph", "headline") \
        and block.first_line - previous.last_line <= MAX_PHONE_LINE_GAP \
        and previous.text.rstrip()[-1:] not in SENTENCE_END + "？?" \
        and (previous.kind == "paragraph" or CLAUSE.search(previous.text) is not None) \
        and PHONE_AT_END.search(previous.text[-MAX_PHONE_CHARS:] + block.text) is not None


def finished(block: Block) -> bool:
    """Text ending a sentence (…如下。, …反映。”)."""
    return block.kind in ("paragraph", "listitem") and bool(SENTENCE_STOP.search(block.text.rstrip(CLOSERS)[-1:]))


def bracketed_label_over_rows(blocks: list[Block]) -> list[Block]:
    """A column's label in brackets over three list items or more (【要点速览】 / ◆… / ◆… / ◆…): a box's
    label, its title, not a column's over briefs (a brief has a title of its own)."""
    def row(block: Block) -> bool:  # a list item, or a line of a list bullet_runs takes later
        return block.kind == "listitem" or block.kind == "paragraph" and block.text[:1] in LIST_BULLETS

    result = list(blocks)
    for n in range(len(result) - MIN_NUMBERED_ROWS):
        if is_column_label_furniture(result[n]) and is_bracketed(result[n]) \
                and all(row(result[n + k]) for k in range(1, MIN_NUMBERED_ROWS + 1)):
            result[n] = as_headline(result[n])
    return result


def is_column_label_furniture(block: Block) -> bool:
    """A column's label (■前沿速递, 【要点速览】) the furniture stage took: over a box's rows, their title."""
    return block.kind == "furniture" and bool(vocabulary().furniture["column_label"].search(block.text))


def is_bracketed(block: Block) -> bool:
    return block.text.startswith(("【", "["))


def as_headline(block: Block) -> Block:
    return Block("headline", block.text, block.spans, block.wide)


def is_listed_title(block: Block) -> bool:
    """A list-marked line that reads as a title: one source line, one phrase (no stop, no clause mark)."""
    return len({span.line for span in block.spans}) == 1 and block.text[:1] in LIST_BULLETS + "".join(LIST_MARKERS) \
        and not CLAUSE.search(block.text)


def apply_context(blocks: list[Block], lines: dict[int, Line]) -> list[Block]:
    vocab = vocabulary()
    blocks = join_word_tails(join_wrapped_bullets(blocks))
    blocks = numbered_rows(figure_rows(term_rows(figure_box_rows(spaced_table_rows(blocks, lines), lines))))
    blocks = bracketed_label_over_rows(labelled_pair_rows(blocks, lines))
    blocks = labelled_rows(schedule_rows(announced_rows(blocks)))
    captions = caption_runs(blocks, lines) | shared_credit_captions(blocks) | photo_story_openings(blocks)
    listed = bullet_runs(blocks)
    result: list[Block] = []
    for index, block in enumerate(blocks):
        previous = result[-1] if result else None
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if previous is not None and ends_its_text_on_a_phone(previous, block):
            result[-1] = Block("paragraph", previous.text + block.text, previous.spans + block.spans, previous.wide)
            continue
        # 本报讯 谢文艳 马占富 记者 / 袁小峰报道 近日,…: the byline goes on after a line break.
        if previous and previous.kind == "byline" and previous.text.startswith(vocab.own_dateline) \
                and block.kind == "paragraph":
            match = re.match(rf"^{vocab.name}{re.escape(vocab.reported)}\s*", block.text)
            if match and not re.search(f"{re.escape(vocab.reported)}$", previous.text):
                paragraph = Paragraph(block.text, block.spans)
                credit, rest = split_paragraph(paragraph, match.end(), lines)
                result[-1] = Block("byline", previous.text + " " + credit.text, previous.spans + credit.spans)
                result.append(Block("paragraph", rest.text, rest.spans, block.wide))
                continue
        # 新快报讯 记者谢燕、通讯员尹桂杰报 / 道：福建省…: a credit broken inside its closing 报道
        if previous and previous.kind == "byline" and previous.text.endswith(REPORTED_HEAD) \
                and block.kind == "paragraph" and block.text.startswith(REPORTED_TAIL) \
                and previous.last_line + 1 == block.first_line:
            tail = len(REPORTED_TAIL)
            end = tail + 1 if block.text[tail:tail + 1] in "：:" else tail
            credit, rest = split_paragraph(Paragraph(block.text, block.spans), end, lines)
            result[-1] = Block("byline", previous.text + credit.text, previous.spans + credit.spans, previous.wide)
            if not rest.text:
                continue
            block = Block("paragraph", rest.text, rest.spans, block.wide)
        # 每经记者 X / / 每经编辑 Y: the desk editor's credit on a line of its own goes on the byline above
        if previous and previous.kind == "byline" and block.kind in ("headline", "paragraph") \
                and len(block.spans) == 1 and previous.last_line + 2 >= block.first_line \
                and vocab.byline_editor.fullmatch(block.text):
            result[-1] = Block("byline", previous.text + " " + block.text, previous.spans + block.spans, previous.wide)
            continue
        # 四川广安： / 改革开放风正劲: a place and its colon open a title broken after them
        if block.kind == "paragraph" and block.text[-1:] in "：:" and len(block.spans) == 1 \
                and len(block.text) <= KICKER_PLACE_CHARS and following is not None and following.kind == "headline" \
                and following.first_line == block.last_line + 1:
            block = Block("headline", block.text, block.spans, block.wide)
        # 4年9次“串门” / 双城经济圈建 / 设结出哪些硕果？ / 记者 X / 6月21日，…: a short question with no clause
        # mark over the byline heading a text is the headline, broken where the typesetter liked, and so is
        # one answered after it in a phrase (自来水“变黄”是污 / 染？专家释疑): one question, nothing else;
        # under a box's closing credit too, and over a dateline in brackets (（马六甲讯）6月21日，…)
        if block.kind == "paragraph" and ("？" in block.text or block.text.rstrip()[-1:] == "?") \
                and len(block.text) <= MAX_QUESTION_TITLE and not CLAUSE.search(one_question(block.text)) \
                and (previous is None or previous.kind in ("headline", "furniture", "credit")) \
                and following is not None and following.kind == "byline" \
                and (not following.text.startswith(("（", "(")) or is_bare_dateline(following.text)) \
                and index + 2 < len(blocks) and blocks[index + 2].kind == "paragraph":
            block = Block("headline", block.text, block.spans, block.wide)
        # ·乡村图书流动站送书上门 / 本报讯（记者 X）近日，…: a list line of one phrase over a dateline opening a
        # text is that brief's title (no row of a list is followed by a story's dateline)
        if block.kind == "listitem" and is_listed_title(block) and following is not None \
                and following.kind == "byline" and vocab.dateline.match(WHITESPACE.sub("", following.text)):
            block = Block("headline", block.text, block.spans, block.wide)
        # …五百余册。 / ·甘肃外输内拓稳就业促增收 / 春节将至，…: a lone list line between a finished text, or the
        # credit in brackets closing one (…参加。（黄甫镇 X）), and one its first words open is the title of that text
        if block.kind == "listitem" and is_listed_title(block) and previous is not None and following is not None \
                and (previous.kind == "paragraph" and finished(previous)
                     or previous.kind == "byline" and previous.text.startswith(("（", "("))
                     and previous.text.endswith(("）", ")")) and not is_bare_dateline(previous.text)) \
                and following.kind == "paragraph" and opens_a_text(block.text, following.text) \
                and following.text[-1:] in "。！？”）)":
            block = Block("headline", block.text, block.spans, block.wide)
        # 长期借用管理服务对象车辆如何定性 / ■湖州市吴兴区纪委监委 曹清红 于雯倩: the writers under their unit
        if block.kind in ("listitem", "paragraph", "headline") and previous is not None \
                and previous.kind == "headline" and UNIT_BYLINE.match(block.text):
            block = Block("byline", block.text, block.spans, block.wide)
        # A bare name between a headline and the text signs it (让碳达峰试点走深走实 / 陈柏刚 / 近日…), and
        # so do two or three set apart by spaces, letter-spaced too (…八市齐力谱新篇 / 方 刚 贺璐娟 / 近日…),
        # with the writer's unit after them (■ 邱冬涵（某大学经济学院）).
        if block.kind == "headline" and previous and previous.kind == "headline" \
                and following is not None \
                and (following.kind == "paragraph" or opens_first_section(blocks, index + 1)) \
                and signs_under_a_title(source_text(block.spans, lines)):
            block = Block("byline", block.text, block.spans, block.wide)
        # A bare name after body text, not followed by more of that text (a photo's caption may
        # follow, one opening with the day the picture was taken too: 1月27日，…。), signs the article,
        # as two or three set apart by spaces do (…实现“双碳”目标。 / 范竹 姜波 / （作者单位：…）).
        if block.kind == "headline" and signs_under_a_title(source_text(block.spans, lines)) \
                and previous and previous.kind == "paragraph" \
                and (following is None or following.kind != "paragraph" or index + 1 in captions
                     or len(following.text) <= MAX_CAPTION_CHARS and is_dated_caption(following.text)):
            block = Block("byline", block.text, block.spans, block.wide)
        # …可使用助行器。 / 某某医院主任医师 X / the next story's headline: an expert, a reader or a unit
        # signing the finished text above by a form no headline or caption takes (a title, a town and trade,
        # a unit before a name), so the line closes that text rather than heading the next story or picture
        if block.kind in ("headline", "caption") and previous is not None and previous.kind == "paragraph" \
                and finished(previous) and (following is None or following.kind in ("headline", "caption")) \
                and signs_a_finished_text(block.text):
            block = Block("byline", block.text, block.spans, block.wide)
        # …坏了好几天。 / 南岗区 X / 记者追踪：…: a district and a name between a finished text and the paper's reply
        # to it sign the reader's letter, as 南岗区读者 X does
        if block.kind == "headline" and previous is not None and previous.kind == "paragraph" \
                and finished(previous) and following is not None \
                and following.kind == "paragraph" and REPLY_LABEL.match(following.text) \
                and signs_from_a_district(block.text):
            block = Block("byline", block.text, block.spans, block.wide)
        # A one-sentence block with no running text beside it labels a photo: 赛力斯汽车超级工厂。
        if is_short_sentence(block) and (previous is None or previous.kind in ("furniture", "caption", "credit")) \
                and (following is None or not is_prose(following)):
            block = Block("caption", block.text, block.spans, block.wide)
        if index in captions:
            block = Block("caption", block.text, block.spans, block.wide)
        # …营商环境品牌。 / 中小学暑期托管服务启动。本市…（X）: a brief printed under a paragraph is
        # unwrapped into it; its run-in title, restated by the sentence after it, opens a source line
        # after a finished sentence, and its credit in brackets closes it
        inner = inner_run_in(block, lines) if block.kind == "paragraph" and following is not None \
            and following.kind in ("byline", "credit") and following.text.startswith(("（", "(")) else 0
        if inner:
            story, brief = split_paragraph(Paragraph(block.text, block.spans), inner, lines)
            result.append(Block("paragraph", story.text, story.spans, block.wide))
            previous, block = result[-1], Block("paragraph", brief.text, brief.spans, block.wide)
        # A brief opening with a short sentence for its title (城市书房开到家门口。第三批…), where
        # the brief above ended with its credit, or the page or a column label begins.
        run_in = RUN_IN_TITLE.match(block.text) if block.kind == "paragraph" else None
        closing = previous is not None and (previous.kind == "credit" or previous.kind == "furniture"
                                            and not NOTE_LABEL.search(previous.text)
                                            and not vocab.furniture["commentary_label"].search(previous.text)
                                            or previous.kind == "byline" and (
            previous.text.startswith(("（", "(")) or len(result) >= 2 and result[-2].kind in ("paragraph", "listitem")))
        # …and so does each brief after one that opened so (a column of run-in briefs)
        after_run_in = previous is not None and previous.kind == "paragraph" and len(result) >= 2 \
            and result[-2].kind == "headline" and result[-2].text.endswith("。") and previous.text[-1:] in "。！？”）)"
        # …and so does one brief of a paragraph signed by its writer in brackets (…人次。（崔刚涵）)
        # under a finished sentence of a story signed above (a story is signed once) or set in another
        # column; a story signed nowhere above is closed by that credit, on its last paragraph
        # (…消防隐患。 / 记者将此事反映给所在社区。…（X）)
        signed_paragraph = block.kind == "paragraph" and previous is not None and previous.kind == "paragraph" \
            and previous.text[-1:] in "。！？”" and following is not None and following.kind in ("byline", "credit") \
            and following.text.startswith(("（", "(")) and following.first_line <= block.last_line + 1 \
            and (signed_above(result) or other_measure(block, previous, lines))
        signed_brief = run_in is not None and signed_paragraph
        if run_in is None and block.kind == "paragraph" and (closing or after_run_in):
            run_in = PAIRED_RUN_IN_TITLE.match(block.text)
        if run_in is None and block.kind == "paragraph" and (closing or previous is None or signed_paragraph):
            # 公交站亭广告牌松动存隐患 / 市民张先生来电反映，…公交站亭顶部一块广告牌松动: under a brief closed
            # by its credit, first lines with no clause mark that the text under them restates are the
            # next brief's title, printed with no blank line and so unwrapped into its text; so are
            # those of a brief opening the page or signed apart under a story
            title_end = 0 if numbered_title_end(block, following) else title_lines_end(block, lines)
            if title_end:  # (a numbered title, 二、社区开设…课堂为帮 / 助老年人…, is cut where its text opens)
                title, rest = split_paragraph(Paragraph(block.text, block.spans), title_end, lines)
                result.append(Block("headline", title.text, title.spans, block.wide))
                block = Block("paragraph", rest.text, rest.spans, block.wide)
        if run_in and (previous is None or closing or after_run_in or signed_brief
                       or restated(block.text, run_in.end())) \
                and len(block.text) - run_in.end() >= MIN_RUN_IN_TEXT:
            title, rest = split_paragraph(Paragraph(block.text, block.spans), run_in.end(), lines)
            result.append(Block("headline", title.text, title.spans, block.wide))
            block = Block("paragraph", rest.text, rest.spans, block.wide)
        elif run_in and run_in.end() == len(block.text) and (closing or after_run_in) \
                and following is not None and following.kind == "paragraph" and len(following.text) >= MIN_RUN_IN_TEXT:
            block = Block("headline", block.text, block.spans, block.wide)  # the title alone on its line
        # ●河道清淤工程完工 经过 / 两个月施工，…: a bulleted title, a gap, and the first words of its text
        run_on = BULLETED_RUN_ON.match(block.text) if block.kind == "headline" else None
        if run_on and following is not None and following.kind == "paragraph" \
                and following.first_line <= block.last_line + 2 \
                and vocab.sentence_openers.match(run_on.group("words")):  # 经过, 近日: a news sentence's first word
            title, words = split_paragraph(Paragraph(block.text, block.spans), run_on.start("words"), lines)
            block = Block("headline", title.text.rstrip(), title.spans, block.wide)
            blocks[index + 1] = following = Block("paragraph", words.text + following.text,
                                                  words.spans + following.spans, following.wide)
        # ●四部门发布就业援助新政 / 策  12月9日，…: a bulleted title wrapped onto the first line of its text
        tail = title_tail(following, lines) if block.kind == "headline" and block.text[:1] in LIST_BULLETS \
            and len(block.spans) == 1 and following is not None and following.kind == "paragraph" \
            and following.first_line <= block.last_line + 2 else 0
        if tail:
            words, rest = split_paragraph(Paragraph(following.text, following.spans),
                                          text_offset(following.text, tail), lines)
            text = rest.text.lstrip()
            if len(text) >= MIN_RUN_IN_TEXT and opens_a_text(block.text + words.text, text):
                block = Block("headline", block.text + words.text.rstrip(), block.spans + words.spans, block.wide)
                blocks[index + 1] = following = Block("paragraph", text, rest.spans, following.wide)
        title_end = numbered_title_end(block, following)
        run_in_bullet = title_end is None and bulleted_title_end(block, lines)
        if run_in_bullet:
            title_end = run_in_bullet
        if title_end:
            title, rest = split_paragraph(Paragraph(block.text, block.spans), title_end, lines)
            result.append(Block("headline", title.text, title.spans, block.wide))
            block = Block("paragraph", rest.text, rest.spans, block.wide)
        if index in listed and block.kind in ("headline", "paragraph", "caption") and not run_in_bullet:
            block = Block("listitem", block.text, block.spans, block.wide)
        # Text right above a stand-alone photo credit is that photo's caption, and so is text
        # saying what the picture shows (…。图为游客在枇杷园中采摘枇杷。).
        above_credit = following is not None and following.kind == "credit" \
            and (PICTURE_CREDIT.search(following.text) or vocab.artist_credit.match(following.text))
        # 摄影/郭磊瑶 / 社区篮球联赛比赛现场，双方球员拼抢篮板球。 / <headline>: the credit is printed above
        # its caption, a one-sentence line closing a group, not under the text above it; a credit in
        # brackets, （沈嘉博 摄）, closes the caption above it as a closing credit closes a text
        caption_below = above_credit and index + 2 < len(blocks) \
            and not following.text.lstrip().startswith(("（", "(")) \
            and (is_lone_caption(blocks[index + 2]) or shows_its_picture(blocks[index + 2], following)) \
            and (index + 3 == len(blocks) or blocks[index + 3].kind in ("headline", "furniture"))
        if caption_below:
            above_credit = False
        if previous is not None and is_picture_credit_line(previous) and is_lone_caption(block) \
                and not (len(result) >= 2 and result[-2].kind == "caption") \
                and (following is None or following.kind in ("headline", "furniture")):
            block = Block("caption", block.text, block.spans, block.wide)
        # a caption read off the credit glued to its last line (…作业。 （X/摄）) may hold the text above it too
        glued_credit = block.kind == "caption" and following is not None and following.first_line == block.last_line
        if (block.kind == "paragraph" or glued_credit) and above_credit \
                and (len(block.text) > MAX_CAPTION_CHARS or previous is not None and previous.kind == "paragraph"):
            cut = caption_tail(block, lines) if len(block.text) > MAX_CAPTION_CHARS else None
            cut = cut if cut is not None else spaced_caption_tail(block, lines)
            if cut is not None:
                body, caption = split_paragraph(Paragraph(block.text, block.spans), text_offset(block.text, cut), lines)
                result.append(Block("paragraph", body.text, body.spans, block.wide))
                block = Block("caption", caption.text, caption.spans, block.wide)
        if block.kind == "paragraph" and len(block.text) <= MAX_CAPTION_CHARS and (
                above_credit or PICTURED.search(block.text)
                or following is not None and following.kind == "paragraph" and PICTURED.match(following.text)
                and index + 2 < len(blocks) and blocks[index + 2].kind == "credit"
                and one_measure(block, following, lines)):
            block = Block("caption", block.text, block.spans, block.wide)
        if block.kind in ("credit", "byline") and previous is not None \
                and previous.kind in ("paragraph", "caption", "headline") \
                and previous.last_line + 2 >= block.first_line:
            adjacent = previous.last_line + 1 == block.first_line
            # a text ending in an outlet and role is a credit broken across the blank line too, under
            # a line set apart as a headline is where every line is (…观赏海景。 半岛晨报记者 / / 孙超 摄)
            head = vocab.credit_head_at_end.search(previous.text, max(0, len(previous.text) - MAX_CREDIT_HEAD))
            if head is not None and previous.kind == "headline":
                previous = Block("caption", previous.text, previous.spans, previous.wide)
            if head is None and (adjacent or previous.kind == "headline") and vocab.byline_role.match(block.text):
                # an outlet alone, read with the role after it as its lookahead needs (上证报 / 记者 任柏毅),
                # also across the blank line where every line is set apart (…跑步。 深圳晚报 / / 记者 X/摄)
                end = len(previous.text.rstrip())
                head = next((m for m in vocab.outlet_after_sentence.finditer(
                    previous.text + block.text, max(0, end - MAX_CREDIT_HEAD)) if m.end("head") == end), None)
                if head is not None and previous.kind == "headline":
                    previous = Block("caption", previous.text, previous.spans, previous.wide)
            if head is None:
                # …作业。中国妇女报全媒体 / 记者 吕斌强/摄, …盛宴。新 / 华社记者 罗冬 摄: broken inside its outlet
                # or role (on a double-spaced page too), which only the two lines read together complete; a
                # line read as a headline holds a caption's full stop before it (…办理业务。湖南日报· / 新湖南…)
                end = len(previous.text)
                head = next((m for m in vocab.credit_head.finditer(previous.text + block.text,
                                                                   max(0, end - MAX_CREDIT_HEAD))
                             if m.start("head") < end < m.end("head")
                             and (previous.kind != "headline" or m.group(0).startswith(FULL_STOP))), None)
                if head is not None and previous.kind == "headline":
                    previous = Block("caption", previous.text, previous.spans, previous.wide)
            if head:
                gap = "" if head.end("head") > len(previous.text) else " "  # a word broken at the line end is one
                kept, moved = split_paragraph(Paragraph(previous.text, previous.spans), head.start("head"), lines)
                result[-1] = previous = Block(previous.kind, kept.text, kept.spans, previous.wide)
                block = Block(block.kind, moved.text + gap + block.text, moved.spans + block.spans, block.wide)
        # 特此通告。 / 市燃气有限公司 / 2024年12月6日: the issuer and the date sign the notice, as a
        # short line and a bare date under a finished sentence do with no closing formula
        if previous is not None and block.kind != "paragraph" and len(block.spans) == 1 \
                and display_width(block.text) <= MAX_LABEL_WIDTH and not CLAUSE.search(block.text) \
                and (vocab.notice_close.match(previous.text)
                     or (finished(previous) or ends_with_a_phone(previous)) and following is not None
                     and len(following.spans) == 1
                     and bool(SIGNED_DATE.match(following.text))
                     or previous.kind == "byline" and len(result) >= 2 and SIGNED_DATE.match(block.text)
                     # a credit in brackets closes a news text: the bare date under it is the page's
                     and not previous.text.lstrip().startswith(("（", "("))
                     and (vocab.notice_close.match(result[-2].text) or finished(result[-2])
                          or ends_with_a_phone(result[-2]))):
            if previous.kind == "byline":  # the date under the issuer: one signature
                result[-1] = Block("byline", f"{previous.text} {block.text}", previous.spans + block.spans,
                                   previous.wide)
                continue
            block = Block("byline", block.text, block.spans, block.wide)
        # A caption's first sentence, ended on a line of its own and so cut off by unwrapping: it is
        # printed right on the rest, apart from the text above (1月28日，…冬季管理。 / 目前，…作业。 / 摄影：X)
        if block.kind == "caption" and previous is not None and previous.kind == "paragraph" \
                and previous.last_line + 1 == block.first_line \
                and (len(result) < 2 or result[-2].last_line + 1 < previous.first_line) \
                and len(previous.text) + len(block.text) <= MAX_CAPTION_CHARS:
            result.pop()
            block = Block("caption", previous.text + block.text, previous.spans + block.spans,
                          previous.wide or block.wide)
        # 1月27日，…视觉盛宴。 / □记者 王涛 报道 / <headline>: a marked 报道 credit with no text under it, under
        # a caption or an untitled paragraph, credits a photo (a text above signed already, or none)
        if block.kind == "byline" and block.text[:1] in PHOTO_REPORT_MARKS \
                and block.text.endswith(vocabulary().reported) \
                and (following is None or following.kind in ("headline", "furniture")) \
                and previous is not None and len(previous.text) <= MAX_CAPTION_CHARS \
                and (previous.kind == "caption" or previous.kind == "paragraph" and not has_dateline(previous.text)
                     and is_untitled_or_signed(result[:-1])):
            if previous.kind == "paragraph":
                result[-1] = previous = Block("caption", previous.text, previous.spans, previous.wide)
            block = Block("credit", block.text, block.spans, block.wide)
        # The top line of a banner: 唱好「双城记」 共建经济圈 / …第九次会议特别报道
        if block.kind == "headline" and following is not None and following.kind == "furniture" \
                and vocab.furniture["banner"].search(following.text) \
                and following.first_line - block.last_line <= 2:
            block = Block("furniture", block.text, block.spans, block.wide)
        result.append(block)
    return result
