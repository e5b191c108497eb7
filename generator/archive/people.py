"""People in bylines and credits: authors, photographers and agencies."""
from __future__ import annotations

import re
from functools import cache


from .datafiles import load
from .places import gazetteer
from .cjk import CJK
from .classify import (AUTHOR_NOTE, CLOSING_SIGNATURE, DESK_SIGNATURE, UNIT_ALONE_CREDIT, UNIT_BYLINE, WORK_CREDIT,
                       WRITER_NOTE, WRITER_UNIT, any_role, close_outlet_gaps, match_reprint, plain_roles,
                       set_apart_glued_place, signs_from_a_district, source_text, text_offset, unit_credit, vocabulary,
                       without_publicity_units, writes_and_pictures)
from .names import names_from
from .model import Block, Line



CREDIT_MARKS = "{credit_marks}"  # in people.yml's noise: layout.yml's credit_marks, written once


@cache
def people_vocabulary() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = load("people.yml")
    marks = vocabulary().credit_marks.pattern
    noise = [marks if w == CREDIT_MARKS else w for w in data["noise"]]
    # Literal words longest first (本报记者 before 记者), then the patterns in the order written.
    literal = sorted((w for w in noise if re.escape(w) == w), key=len, reverse=True)
    return tuple(data["agencies"]), tuple(literal + [w for w in noise if re.escape(w) != w])


# 怡 蔡新）, 浩报道：: one glyph, then a gap, a bracket or the credit's closing 报道 (no place has one glyph)
REPORTED_FORMS = load('layout.yml')['reported_forms']  # 报道, 报导: after a name or a place
LONE_AT_START = re.compile(rf"^[{CJK}](?:\s|[)）]|$|{load('layout.yml')['reported']})")
LONE_AT_END = re.compile(rf"(?:^|\s|[（(]|{load('people.yml')['outlet_roles']})[{CJK}]$")  # …记者 黎娟丽 金, …通讯员雷
SPACED_AT_END = re.compile(rf"(?:^|[\s（(])[{CJK}]\s+[{CJK}]$")  # （ 曾 红 静: a letter-spaced name, whole


def breaks_a_name(block: Block, lines: dict[int, Line]) -> bool:
    """A line of the credit opens or ends with one lone character: the part of a broken name (not the
    last glyph of a letter-spaced one)."""
    pieces = [lines[span.line].text[span.start:span.end].strip() for span in block.spans]
    return any(LONE_AT_END.search(before) and not SPACED_AT_END.search(before) or LONE_AT_START.match(after)
               for before, after in zip(pieces, pieces[1:]))


ROLE_WORD = re.compile(load("people.yml")["outlet_roles"])  # the roles an outlet stands before
MAX_OUTLET_AFTER_BREAK = 12  # characters of an outlet and its role after a line break inside the outlet
MAX_OUTLET_BEFORE_BREAK = 24


def breaks_an_outlet(block: Block, lines: dict[int, Line]) -> bool:
    """A line of the credit ends inside its outlet or role (…盛宴。 贵州日 / 报天眼新闻记者 顾波 摄): the
    words broken at the line end are one."""
    pieces = [lines[span.line].text[span.start:span.end].strip() for span in block.spans]
    for before, after in zip(pieces, pieces[1:]):
        after = close_outlet_gaps(after)  # 临江 / 晚报全 媒 体 记 者 X: the role letter-spaced by a justified line
        if ROLE_WORD.search(after, 0, MAX_OUTLET_AFTER_BREAK):
            tail = before[-MAX_OUTLET_BEFORE_BREAK:]
            heads = vocabulary().outlet_role.finditer(tail + after[:MAX_OUTLET_AFTER_BREAK])
            if any(m.start() < len(tail) < m.end() for m in heads):
                return True
    return False


PICTURES_NAMED = re.compile(load("people.yml")["pictures_named"])  # which pictures a credit is for


ARTIST_MARK = re.compile(load("people.yml")["artist_mark"])  # 吴琳 作, 郭亮/绘: what the artist did


def names_reporter(reported: re.Match, credit: str) -> bool:
    """Is the word before a credit's 报道 or 报导 (`reported`'s second group) the reporter
    (记者白雪报道, 记者 袁小峰报道) rather than where from (北京报道)? A place starts with no surname,
    or is in the gazetteer (成都报道), or follows a name and a gap (欧洲时报记者 杨宇 巴黎报道: a city
    abroad, whose first glyph may be a surname); `credit` is the text before its roles were taken out."""
    word = reported.group(2)
    if word[:1] not in vocabulary().surnames or word in gazetteer().forms:
        return False
    before = re.search(rf"(\S+)\s+{re.escape(reported.group(0))}", credit)
    return not before or before.group(1).endswith(plain_roles())


def bracketed_unit(raw: str) -> re.Match | None:
    """（齐鲁石化 郑刚晶 孔静）: a closing credit naming the writers' unit before them. Tried on the text
    with its lines joined by a gap and joined straight, as a unit may be broken at a line end
    (（某某县 / 税务局 X）)."""
    inside = raw.strip()
    if inside[:1] not in "（(" or inside[-1:] not in "）)":
        return None
    return unit_credit(inside[1:-1].strip())


WIRE_REPORTER = re.compile(load("layout.yml")["wire_reporter"])  # （中新社北京15日电 记者 X）


def read_credit(block: Block, lines: dict[int, Line]) -> tuple[list[str], list[str]]:
    """Names and agencies of a byline or credit, reading the source text so that name gaps survive."""
    agencies, noise = people_vocabulary()
    raw = source_text(block.spans, lines)
    if raw.startswith("【") and raw.endswith("】") and (parted := set_apart_glued_place(raw[1:-1])) != raw[1:-1]:
        raw = parted  # 【本报记者赵刚东京报道】: the place set apart from the name
    squeezed = re.sub(r"\s+", "", raw)
    if AUTHOR_NOTE.match(squeezed) or vocabulary().source_credit.match(squeezed) \
            or squeezed[:1] in "（(" and not any_role().search(squeezed) \
            and UNIT_ALONE_CREDIT.match(squeezed.strip("（）()")):
        # （作者单位：…）, （来源：央视新闻）, （综合新华社、人民网）, （某某省邮政管理局）: who the author is,
        # where the text came from or the unit that sent it; a unit or an outlet, never a person (a role word
        # before it names one: 本报记者 刘镇 ends as a town does)
        return [], [a for a in agencies if a in raw]
    reprint = match_reprint(raw.strip())
    if reprint:  # （摘自《新民晚报》 周远光）: the paper is where it was taken from, the name its writer
        return names_from(reprint.group("names")), []
    both = writes_and_pictures(squeezed, raw) if block.kind == "byline" else None
    if both:  # 本报记者 X 文 Y 摄: the names without the marks of what each did (enrich tells them apart)
        raw = f"{both.group('writers')} {both.group('pictures') or ''}"
    if block.kind == "byline" and DESK_SIGNATURE.match(squeezed):
        return [], []  # 本报编辑部: the paper's desk signs, naming no one
    signature = CLOSING_SIGNATURE.match(re.sub(r"\s+", " ", raw).strip()) if block.kind == "byline" else None
    if signature:  # 某某医院主任医师 X, X（新北市，上班族）, 解答专家：X（…）: the title, town or label names no one
        return [next(name for name in signature.groups() if name)], []
    unit = UNIT_BYLINE.match(raw.strip()) or signs_from_a_district(raw) if block.kind == "byline" else None
    if unit:  # ■湖州市吴兴区纪委监委 曹清红 于雯倩, a reader's 南岗区 X: the unit or the district names no one
        return names_from(unit.group("names")), []
    if block.kind == "byline":  # ■ X（某大学经济学院）: the writer's school names no one
        raw = WRITER_UNIT.sub(" ", raw.rstrip())
    # （朱鹏 / 怡 蔡新）, …盛宴。 贵州日 / 报天眼新闻记者 X: a name or outlet broken at the line end is one
    if breaks_a_name(block, lines) or breaks_an_outlet(block, lines):
        raw = source_text(block.spans, lines, "")
    dateline = vocabulary().dateline.match(squeezed)
    head = ""
    if dateline:  # 本报海东2月25 日 讯（记者 X）: the dateline names no one, however its letters are spaced
        # （中新社北京15日电 记者 X）: a wire's reporter inside its brackets is named
        inside = WIRE_REPORTER.search(squeezed, 0, dateline.end())
        cut = text_offset(raw, inside.start() if inside else dateline.end())
        head, raw = raw[:cut], " " + raw[cut:]
    # …投用。（齐鲁石化 郑刚晶 孔静）, 本报讯（西来镇 X）: the company the writers work at, or the township the
    # writer sends from, names no one (a closing credit read with its lines joined straight too)
    unit = bracketed_unit(raw) or (None if dateline else bracketed_unit(source_text(block.spans, lines, "")))
    if unit:
        return names_from(unit.group("names")), []
    raw = close_outlet_gaps(raw)  # 记 者   姜 雯 立, （ 本 报记者 X）
    raw = PICTURES_NAMED.sub(" ", raw)  # 图1、2、3为本报记者 X 摄 图4为通讯员 Y 摄: which pictures, no name
    if vocabulary().artist_credit.match(squeezed):
        raw = ARTIST_MARK.sub(" ", raw)  # 吴琳 作, 郭亮/绘: the artist, then what they did
    raw = vocabulary().byline_editor.sub(" ", raw)  # the desk editor at a byline's end, or alone: （编辑 X）
    found_agencies = [a for a in agencies if a in head + raw]
    for agency in found_agencies:
        raw = raw.replace(agency, " ")
    raw = raw.replace(vocabulary().own_dateline, " ")  # 本报讯, before the outlets, which would leave its 讯
    raw = vocabulary().writers.sub(" ", raw)  # 本版文字由记者…: before the outlets, which would take 字由 for one
    credit, raw = raw, vocabulary().byline_role.sub(" ", raw)  # roles, with the outlet before them: 新华社记者
    if block.kind == "byline" and raw != credit:  # 通讯员 X（云南电网公司）: a note on who the writer is names no one
        raw = WRITER_NOTE.sub(" ", raw.rstrip())
    raw = without_publicity_units(raw)  # 通讯员 粤法宣, （佛司宣）: the office sending the story
    raw = WORK_CREDIT.sub(" ", raw)  # 口述 X 整理 Y, （X 编译）: what they did, no name
    # 记者白雪报道 names 白雪; 北京报道 says where from (a place starts with no surname). Read before the
    # outlets are taken out: a name and its 报道 may hold a paper's name (黄晶报道 holds 晶报).
    # After a slash it is always the place (记者X／高雄报导).
    # A city abroad may run to seven glyphs, set off before its 报道 (约翰内斯堡报道), a name to four.
    reported = rf"([/／]\s*)?((?<!\S)[^\s、，,：:/／]{{5,7}}|[^\s、，,：:/／]{{0,4}}){REPORTED_FORMS}"
    raw = re.sub(reported, lambda m: f" {m.group(2)} " if not m.group(1) and names_reporter(m, credit) else " ", raw)
    raw = re.sub(vocabulary().outlet, " ", raw)
    for word in noise:
        raw = re.sub(word, " ", raw)
    # 【记者X／台中报导】: the brackets a dateline's credit is set in, no part of a name; □ ■ ◇ its bullets
    raw = re.sub(f"[{re.escape(vocabulary().lead_bullets)}()（）【】\\-—:：/／|｜]", " ", raw)
    return names_from(raw), found_agencies
