"""Synthetic newspaper pages with gold segmentation, for measuring the segmenter on layouts it
was not developed on.  See tests/corpus/README.md.

    .venv/bin/python tests/corpus/synthesize.py        # regenerates pages/dev and pages/heldout

Deterministic: every page has its own random.Random(seed); a rerun writes byte-identical files.
Source text comes only from tests/corpus/articles.yml (the seed pages) plus a few short filler
items written for this corpus (FILLER_*).  Words of a source paragraph are never changed; an
article is shortened only by dropping whole paragraphs.

The development layout families are defined here (DEV_FAMILIES); the held-back families live in
heldout_layouts.py and heldout_layouts_2.py to heldout_layouts_4.py, which developers of the segmenter
should not read.

Every gold file also labels every non-blank line of its page (`lines`, 1-based line numbers):
`[n, furniture]` or `[n, role, item]` with role one of LINE_ROLES and item the index of the gold item
in `items`; a line holding text of two roles (a byline glued to the first sentence, a credit or
jump line glued to the last) takes the role of its first non-space character and carries a
fourth element `glued`.  Roles: furniture (masthead, English name, organ, date line, page header,
serial, editors, contact, promo, column label), kicker, title, subtitle, byline, body (paragraphs,
list items, Q/A lines), heading (inside an article), caption, credit (photo credit, 据新华社,
a trailing （张三） or （本组文字由…）), jump （下转…）, continuation （上接…）.  Interleaved lines take
the role and item of their own article.  The generator tracks the role of every character it
prints (Line, line_roles), so labels follow wraps; hand-made pages are labelled by hand.
check_lines verifies one label per non-blank line on every page.
"""
from __future__ import annotations

import datetime
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from random import Random
from typing import Callable

import yaml

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages"
ARTICLES = yaml.safe_load((HERE / "articles.yml").read_text(encoding="utf-8"))["articles"]
BY_ID = {a["id"]: a for a in ARTICLES}

DEV_SEED_BASE = 1_000_000  # page seed = base + 100_000*family + 1_000*attempt + n: dev < 9_000_000 <= held-back
HELDOUT_SEED_BASE = 9_000_000
DEV_HIGH_SEED_BASE = 14_000_000  # dev sets may also live at or above this (the held-back sets end below it)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


# --------------------------------------------------------------------------- names

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋许韩冯邓曹彭曾田董潘于蒋蔡杜叶程"
            "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石贾夏韦付方邹孟熊秦邱尹薛段雷侯龙史陶黎贺顾毛郝邵万钱严覃武戴孔汤")
GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红波宁俊峰浩宇鹏辉晨亮欣雪琳婷颖佳"
         "倩晶蕾琪璐瑶怡嘉航帆博文凯锋毅翔海燕云晓雯思远志清鸣涵宏斌建立新春秋冬阳光梅竹松柏")
SEED_PEOPLE = {n for a in ARTICLES for n in a["authors"] + a["photographers"]}


def person(rng: Random, taken: set) -> str:
    while True:
        given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        name = rng.choice(SURNAMES) + given
        if name not in SEED_PEOPLE and name not in taken and len(set(name)) == len(name):
            taken.add(name)
            return name


def spaced(name: str) -> str:
    """王进 → 王 进 (two-character names letter-spaced, as e-papers print them)."""
    return " ".join(name) if len(name) == 2 else name


# --------------------------------------------------------------------------- filler (written for this corpus)

FILLER_BRIEFS = [
    ("社区图书馆延长开放时间", "近日，市图书馆各社区分馆调整开放时间，工作日开放至晚上九点，周末全天开放。调整后，分馆每周开放时间增加十余小时，方便上班族和学生借阅图书。"),
    ("老旧小区加装电梯提速", "今年以来，全市老旧小区加装电梯工作加快推进，已完成加装一百二十余部。相关部门简化审批流程，推行“一窗受理”，并组织专业力量上门指导，帮助居民解决协商难题。"),
    ("夏季用电高峰保供有序", "记者从市供电公司获悉，进入夏季以来，全市用电负荷持续攀升。供电部门提前完成设备检修，增派抢修队伍，确保高峰时段居民和企业用电平稳有序。"),
    ("职业技能培训进乡村", "日前，县人社局组织技能培训队伍走进乡镇，开展电工、家政、电商等培训课程，吸引三百余名村民参加。培训合格者可获得相应证书，并享受就业推荐服务。"),
    ("青少年足球联赛开赛", "本届市青少年足球联赛近日开赛，来自全市的六十余支队伍参赛。比赛分小学、初中、高中三个组别进行，将持续至八月中旬。"),
    ("农产品展销会开幕", "为期三天的农产品展销会日前开幕，来自各区县的两百余家企业和合作社带来粮油、茶叶、水果等特色产品，现场设置直播带货区，吸引不少市民选购。"),
    ("公交线路优化调整", "为方便市民出行，市公交集团近日对十条公交线路进行优化调整，新开通两条社区微循环线路，并延长部分线路末班车时间。"),
    ("义诊活动走进社区", "近日，市第一人民医院组织内科、眼科、口腔科等科室医生走进社区开展义诊，为居民测量血压血糖，讲解慢性病防治知识，服务群众四百余人次。"),
]
FILLER_CAPTIONS = [
    "近日，游客在公园内赏花游玩。",
    "日前，工人在生产线上加紧赶制订单产品。",
    "市民在社区便民服务中心办理业务。",
    "近日，农民在田间抢收成熟的小麦。",
    "学生们在科技馆内体验互动展项。",
    "夜幕降临，江畔城市灯光璀璨。",
]
QUESTIONS = [
    "这项工作目前进展如何？",
    "下一步有哪些重点安排？",
    "群众能感受到哪些变化？",
    "推进过程中遇到了哪些难题？",
    "如何看待这一新的变化？",
]

# --------------------------------------------------------------------------- dates

WEEKDAYS = "一二三四五六日"
LUNAR_MONTH_STARTS_2024 = [  # first day of each lunar month of 甲辰年 in the Gregorian calendar
    ("正", (2, 10)), ("二", (3, 10)), ("三", (4, 9)), ("四", (5, 8)), ("五", (6, 6)), ("六", (7, 6)),
    ("七", (8, 4)), ("八", (9, 3)), ("九", (10, 3)), ("十", (11, 1)), ("冬", (12, 1)), ("腊", (12, 31))]
DIGITS = "〇一二三四五六七八九十"


def lunar(day: datetime.date) -> str:
    """农历甲辰年五月十七 for 2024-06-22 (only 2024-02-10 … 2024-12-31)."""
    month, start = None, None
    for name, (m, d) in LUNAR_MONTH_STARTS_2024:
        begin = datetime.date(2024, m, d)
        if begin <= day:
            month, start = name, begin
    if start is None:  # a day before 甲辰年 has no lunar date here: a draw reaching one is left out, not mislabelled
        raise ValueError(f"no lunar date known for {day}")
    n = (day - start).days + 1
    if n <= 10:
        text = "初" + DIGITS[n]
    elif n < 20:
        text = "十" + DIGITS[n - 10]
    elif n == 20:
        text = "二十"
    elif n < 30:
        text = "廿" + DIGITS[n - 20]
    else:
        text = "三十"
    return f"甲辰年{month}月{text}"


def cn_date(day: datetime.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def weekday(day: datetime.date) -> str:
    return "星期" + WEEKDAYS[day.weekday()]


def circled(n: int) -> str:
    return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)


# --------------------------------------------------------------------------- page context


@dataclass
class Ctx:
    rng: Random
    family: "Family"
    date: datetime.date
    page_no: int  # 1-based page number
    section: str
    taken: set = field(default_factory=set)
    furniture: list = field(default_factory=list)
    printed_paper: bool = False
    printed_date: bool = False
    printed_page: str | None = None

    def name(self) -> str:
        return person(self.rng, self.taken)

    @property
    def paper(self) -> str | None:
        return self.family.paper

    def furn(self, text: str, paper: bool = False, date: bool = False, page: str | None = None) -> str:
        """A furniture line: recorded for the gold; flags what it prints."""
        self.furniture.append(text)
        self.printed_paper |= paper
        self.printed_date |= date
        if page is not None and self.printed_page is None:
            self.printed_page = page
        return text

    def jump_label(self, offset: int) -> str:
        """How this paper names another page in a jump line."""
        style = self.family.page_style
        n = max(1, self.page_no + offset)
        if style == "A":
            return f"A{n}版"
        if style == "A0":
            return f"A{n:02d}版"
        if style == "cn":
            return f"第{'一二三四五六七八九十'[n - 1] if n <= 10 else n}版"
        return f"{n:02d}版"

    def page_label(self) -> str:
        style = self.family.page_style
        if style == "A":
            return f"A{self.page_no}"
        if style == "A0":
            return f"A{self.page_no:02d}"
        if style == "plain":
            return str(self.page_no)
        return f"{self.page_no:02d}"


# --------------------------------------------------------------------------- bylines


@dataclass
class Byline:
    authors: list  # persons for the gold
    before: list = field(default_factory=list)  # lines above the body
    glue: str = ""  # printed at the start of the first paragraph
    trail: str = ""  # printed at the end of the last paragraph
    after: list = field(default_factory=list)  # lines below the body
    hint: str = "plain"  # benbaoxun | paren | plain | institution | lone | agency
    before_role: str = "byline"  # gold line role of the `before` lines (据新华社 is a credit)

    def __post_init__(self):
        # The README's convention, whatever a family declared: only the paper's bare 本报讯 (【本报讯】,
        # 本报讯 X报道) or a closing credit in brackets makes a short item a brief; a dateline naming the
        # paper or a place (新快报讯, 本报德保讯, 【本报消息】, （怡保讯）, 【记者X／台中报导】) is an article's.
        if self.hint == "benbaoxun" and not any("本报讯" in t for t in [self.glue, *self.before, *self.after]):
            self.hint = "paren" if CLOSING_CREDIT.search(self.trail) else "plain"


CLOSING_CREDIT = re.compile(r"[（(][^（(）)]+[）)]\s*$")


def names_join(names, sep=" ", letter=False):
    return sep.join(spaced(n) if letter else n for n in names)


def by_box(ctx, item, mark="□"):
    names = [ctx.name() for _ in range(ctx.rng.choice((1, 1, 2)))]
    letter = ctx.rng.random() < ctx.family.letterspace
    role = ctx.rng.choice(("本报记者", "本报记者", "特派记者" if mark == "■" else "本报记者"))
    gap = ctx.rng.choice(("", " "))
    return Byline(names, before=[f"{mark}{gap}{role} {names_join(names, letter=letter)}"])


def by_box_solid(ctx, item):
    return by_box(ctx, item, "■")


def by_reporter(ctx, item):
    names = [ctx.name() for _ in range(ctx.rng.choice((1, 2, 2)))]
    line = "本报记者 " + names_join(names, letter=ctx.rng.random() < ctx.family.letterspace)
    if ctx.rng.random() < 0.4:
        extra = ctx.name()
        names.append(extra)
        line += " 通讯员 " + extra
    return Byline(names, before=[line])


def by_benbaoxun_glued(ctx, item):
    name = ctx.name()
    role = ctx.rng.choice(("记者", "记者", "见习记者"))
    return Byline([name], glue=f"本报讯 {role}{name}报道 ", hint="benbaoxun")


def by_benbaoxun_paren(ctx, item):
    names = [ctx.name()]
    inner = f"记者 {names[0]}"
    if ctx.rng.random() < 0.4:
        names.append(ctx.name())
        inner += f" 通讯员 {names[1]}"
    text = f"本报讯（{inner}）"
    if ctx.rng.random() < 0.5:
        return Byline(names, before=[text], hint="benbaoxun")
    return Byline(names, glue=text, hint="benbaoxun")


def by_benbaoxun_trailing(ctx, item):
    names = [ctx.name() for _ in range(ctx.rng.choice((1, 2)))]
    return Byline(names, glue="本报讯 ", trail=f"（{' '.join(names)}）", hint="benbaoxun")


def by_trailing_paren(ctx, item):
    names = [ctx.name() for _ in range(ctx.rng.choice((1, 1, 2)))]
    sep = ctx.rng.choice((" ", "、"))
    return Byline(names, trail=f"（{sep.join(names)}）", hint="paren")


def by_outlet_after(ctx, item):
    name = ctx.name()
    return Byline([name], after=[f"{ctx.family.outlet}记者 {name}"])


def by_outlet_before(ctx, item):
    names = [ctx.name() for _ in range(ctx.rng.choice((1, 2)))]
    mark = ctx.rng.choice(("□", "", ""))
    return Byline(names, before=[f"{mark}{ctx.family.outlet}记者 {' '.join(names)}"])


REPRINT_OUTLETS = ("湖南日报", "贵州日报", "云南日报", "陕西日报", "江西日报", "广西日报")


def by_reprint(ctx, item):
    """A reprint: the byline names another paper, which is NOT the page's paper."""
    name = ctx.name()
    outlet = ctx.rng.choice(REPRINT_OUTLETS)
    return Byline([name], before=[f"{outlet}记者 {name}"])


def by_wentu(ctx, item):
    name = ctx.name()
    item.photographers = [name]  # 文/图: the reporter also took the pictures
    return Byline([name], before=[f"□记者 {spaced(name) if ctx.rng.random() < 0.5 else name} 文/图"])


def by_xinhua(ctx, item):
    if ctx.rng.random() < 0.5:
        return Byline([], before=["据新华社"], hint="agency", before_role="credit")
    name = ctx.name()
    place = ctx.rng.choice(("北京", "成都", "重庆", "武汉"))
    d = ctx.date - datetime.timedelta(days=1)
    return Byline([name], glue=f"新华社{place}{d.month}月{d.day}日电（记者{name}）", hint="agency")


def by_dianxun(ctx, item):
    """本报北京6月21日电（记者 X）: a dated dispatch, not 本报讯."""
    name = ctx.name()
    place = ctx.rng.choice(("北京", "成都", "上海", "广州"))
    d = ctx.date - datetime.timedelta(days=1)
    return Byline([name], glue=f"本报{place}{d.month}月{d.day}日电 （记者{name}） ", hint="plain")


def by_intern(ctx, item):
    a, b = ctx.name(), ctx.name()
    return Byline([a, b], before=[f"记者 {a} 实习生 {b}"])


BYLINES = {
    "box": by_box, "box_solid": by_box_solid, "reporter": by_reporter, "benbaoxun_glued": by_benbaoxun_glued,
    "benbaoxun_paren": by_benbaoxun_paren, "benbaoxun_trailing": by_benbaoxun_trailing,
    "trailing_paren": by_trailing_paren, "outlet_after": by_outlet_after, "outlet_before": by_outlet_before,
    "reprint": by_reprint, "wentu": by_wentu, "xinhua": by_xinhua, "dianxun": by_dianxun, "intern": by_intern,
}

# --------------------------------------------------------------------------- photo credits
# A credit returns (where, text, photographers): where is "glue" (end of the caption), "line"
# (own line after the caption) or "before" (own line above it).


def photo_credit(forms, where=("glue", "line"), named=True):
    """A photo credit (ctx -> where, text, photographers) printed in one of `forms` ({n}: the
    photographer, {s}: the name letter-spaced), placed at one of `where` (a lone form or place is
    not drawn); a credit not `named` names no photographer (供图) and draws no name."""
    def credit(ctx):
        n = ctx.name() if named else None
        place = where if isinstance(where, str) else ctx.rng.choice(where)
        form = forms if isinstance(forms, str) else ctx.rng.choice(forms)
        if not named:
            return place, form, []
        return place, form.format(n=n, s=spaced(n)), [n]
    return credit


def cr_xinhua(ctx):
    n = ctx.name()
    return ctx.rng.choice(("glue", "line")), f"新华社记者 {spaced(n) if ctx.rng.random() < 0.5 else n} 摄", [n]


cr_staff = photo_credit(("本报记者 {n} 摄", "本报记者 {n}摄"))


cr_paren = photo_credit("（{n} 摄）", "glue")


cr_intern = photo_credit("实习生{n}摄", "glue")


cr_web = photo_credit("视界网 {n} 摄", "line")


cr_visual = photo_credit("{n}摄（中经视觉）", "glue")


def cr_outlet(ctx):
    n = ctx.name()
    return ctx.rng.choice(("glue", "line")), f"{ctx.family.outlet}记者 {n} 摄", [n]


cr_xinhua_fa = photo_credit("新华社发（{n} 摄）", "glue")


CREDITS = {"xinhua": cr_xinhua, "staff": cr_staff, "paren": cr_paren, "intern": cr_intern, "web": cr_web,
           "visual": cr_visual, "outlet": cr_outlet, "xinhua_fa": cr_xinhua_fa}


# --------------------------------------------------------------------------- families


@dataclass
class Family:
    name: str
    paper: str | None
    top: Callable  # ctx -> list of furniture lines above the items
    bottom: Callable  # ctx -> list of furniture lines below the items
    bylines: dict  # style name or callable -> weight
    credits: tuple = ("xinhua", "staff")
    slots: Callable | None = None  # rng -> list of slot kinds
    width: tuple = (14, 22)
    per_article_width: bool = False
    blank: dict = field(default_factory=lambda: {"para": 1.0})  # para | every | none | mixed
    indent: float = 0.0  # chance that paragraphs start with two ideographic spaces
    letterspace: float = 0.3
    stray_spaces: float = 0.02  # chance a body line gets spaces between its characters
    doubled: float = 0.0  # chance a headline is printed with doubled glyphs
    displaced: float = 0.0  # chance a headline is printed after its body
    title_break: float = 0.2
    dash_subtitle: float = 0.3
    jump_out: float = 0.0  # chance the lead article ends with （下转…）
    interleave: float = 0.0  # chance the page interleaves two short items line by line
    caption_twice: float = 0.0
    briefs_column: Callable | None = None  # ctx -> (label lines, bullet, byline style)
    brief_bylines: dict | None = None  # styles for single briefs (default: the 本报讯 ones of `bylines`)
    qa_bylines: dict | None = None
    commentary: str = "lone"  # lone | institution
    outlet: str = ""  # how the paper's reporters sign: 成都日报锦观新闻记者
    page_style: str = "A"  # A | A0 | plain | 0 | cn
    sections: tuple = ("要闻", "综合", "经济", "社会", "地方")
    qa: tuple = ("问：", "答：")
    pages: int = 4
    justified: bool = False  # wrap by ems (digits, Latin half an em) rather than by characters
    split: str = "dev"
    date_range: tuple = ((2024, 2, 12), (2024, 12, 28))


def default_slots(rng):
    slots = ["article"]
    slots += rng.sample(["article", "photo", "brief", "brief", "photo", "commentary", "continuation"], 3)
    return slots


# ------------------------------------------------------------------ furniture helpers for dev families


def masthead_full(ctx, english=None, organ=None, cn=None, post=None, date_fmt="week", issue=None):
    lines = [ctx.furn(ctx.paper, paper=True)]
    if english:
        lines.append(ctx.furn(english))
    if organ:
        lines.append(ctx.furn(organ))
    if cn:
        lines.append(ctx.furn(f"国内统一连续出版物号 {cn}"))
    if post:
        lines.append(ctx.furn(f"邮发代号 {post}"))
    lines += date_lines(ctx, date_fmt)
    if issue:
        lines.append(ctx.furn(f"第{issue}号"))
    return lines


def date_lines(ctx, fmt):
    d = ctx.date
    if fmt == "week":
        return [ctx.furn(f"{cn_date(d)} {weekday(d)}", date=True)]
    if fmt == "lunar":
        return [ctx.furn(f"{cn_date(d)} {weekday(d)} 农历{lunar(d)}", date=True)]
    if fmt == "lunar_only":
        return [ctx.furn(f"{cn_date(d)} 农历{lunar(d)}", date=True)]
    if fmt == "split":
        return [ctx.furn(cn_date(d), date=True), ctx.furn(weekday(d))]
    if fmt == "dots":
        return [ctx.furn(f"{d.year}.{d.month:02d}.{d.day:02d}", date=True)]
    raise ValueError(fmt)


def header_line(ctx, fmt):
    label, sec, d = ctx.page_label(), ctx.section, ctx.date
    texts = {
        "glued": (f"{label}{sec}", label),
        "banban": (f"第{label}版：{sec}", label),
        "bar": (f"{label} | {sec}", label),
        "today": (f"今日{ctx.family_pages}版 {label} {sec}", label),
        "alone": (label, label),
    }
    text, page = texts[fmt]
    return ctx.furn(text, page=page)


def editors(ctx, fmt):
    a, b = ctx.name(), ctx.name()
    if fmt == "short":
        return [ctx.furn(f"责编 {a} 美编 {b}")]
    if fmt == "two_lines":
        return [ctx.furn(f"责编 {a}"), ctx.furn(f"美编 {b}")]
    if fmt == "colon":
        return [ctx.furn(f"责任编辑：{a} {circled(ctx.page_no)}")]
    if fmt == "full":
        c = ctx.name()
        return [ctx.furn(f"责编：{a} 美编：{b} 校对：{c}")]
    raise ValueError(fmt)


def phone(rng, area):
    return f"{area}-{rng.randrange(6000_0000, 8999_9999)}"


# --------------------------------------------------------------------------- rendering items


@dataclass
class Item:
    kind: str
    kicker: str = ""
    title: str = ""
    subtitle: str = ""
    authors: list = field(default_factory=list)
    photographers: list = field(default_factory=list)
    body: list = field(default_factory=list)  # (role, text) that count as body text
    chunks: list = field(default_factory=list)  # list of lists of printed lines
    printed_title: str = ""  # the title as printed (doubled glyphs) for the self-check
    interleavable: bool = False


PUNCT_NO_START = "，。、；：？！”’）》」』…"

# --------------------------------------------------------------------------- line roles (gold `lines`)

LINE_ROLES = ("furniture", "kicker", "title", "subtitle", "byline", "body", "heading", "caption", "credit",
              "jump", "continuation")


class Line(str):
    """A printed line that knows its gold role, whether it holds text of a second role (glued) and,
    once placed, the Item it belongs to.  Plain string operations return plain str: roles are
    attached where lines are made (L, roled_lines)."""
    role: str
    glued: bool
    item: object


def L(text: str, role: str, glued: bool = False) -> Line:
    assert role in LINE_ROLES, role
    line = Line(text)
    line.role, line.glued, line.item = role, glued, None
    return line


def line_roles(segments: list[tuple[str, str]], lines: list[str], indent: str = "") -> list[tuple[str, bool]]:
    """(role, glued) of each line of `lines`, which cut indent + the segments' text in order: the
    role of a line's first non-space character, glued when it holds non-space text of two roles."""
    roles = [None] * len(indent) + [role for role, text in segments for _ in text]
    assert "".join(lines) == indent + "".join(t for _, t in segments)
    out, pos = [], 0
    for line in lines:
        seen = [roles[pos + i] for i, c in enumerate(line) if not c.isspace()]
        pos += len(line)
        seen = list(dict.fromkeys(seen))
        out.append((seen[0] if seen else segments[0][0], len(seen) > 1))
    return out


def seg_line(segments: list[tuple[str, str]]) -> Line:
    """One printed line made of the segments (a heading with a byline glued to it, say)."""
    text = "".join(t for _, t in segments)
    (role, glued), = line_roles(segments, [text])
    return L(text, role, glued)


def em_width(char: str) -> float:
    """How much of a justified line a character fills: ASCII (digits, Latin, %) half an em."""
    return 0.5 if char.isascii() else 1.0


def wrap(text: str, width: int, indent: str = "", justified: bool = False) -> list[str]:
    """Lines of `width` characters, or, `justified`, of `width` ems as a justified column sets them
    (so a line of digits or Latin letters holds more characters than one of ideographs)."""
    text = indent + text
    lines, i = [], 0
    while i < len(text):
        if justified:
            j, filled = i, 0.0
            while j < len(text) and filled + em_width(text[j]) <= width:
                filled += em_width(text[j])
                j += 1
            j = max(j, i + 1)
        else:
            j = min(len(text), i + width)
        while j < len(text) and text[j] in PUNCT_NO_START:
            j += 1
        lines.append(text[i:j])
        i = j
    return lines


def stray(rng: Random, line: str) -> str:
    """Spaces between the characters of a stretch of the line (justified e-paper text)."""
    if len(line) < 6:
        return line
    a = rng.randrange(0, len(line) - 4)
    b = min(len(line), a + rng.randrange(4, 12))
    return line[:a] + " ".join(line[a:b]) + line[b:]


def doubled(text: str) -> str:
    return "".join(c * 2 if not c.isspace() else c for c in text)


def choose(rng: Random, weights) -> str:
    keys = list(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


def body_chars(body) -> int:
    return sum(len(t) for r, t in body if r in ("paragraph", "listitem"))


def shorten(rng: Random, blocks: list[dict], limit: int | None = None, keep_min: int = 3) -> list[tuple]:
    """Drop whole paragraphs (never words); keep headings only if a paragraph follows them."""
    paras = [i for i, b in enumerate(blocks) if b["role"] != "heading"]
    if limit is not None:
        kept, total = [], 0
        order = [paras[0]] + sorted(rng.sample(paras[1:], len(paras) - 1)) if len(paras) > 1 else paras
        for i in order:
            if total + len(blocks[i]["text"]) <= limit or not kept:
                kept.append(i)
                total += len(blocks[i]["text"])
        keep = set(kept)
    else:
        n = max(min(keep_min, len(paras)), rng.randrange(len(paras) // 2, len(paras) + 1))
        keep = {paras[0]} | set(rng.sample(paras[1:], max(0, n - 1))) if len(paras) > 1 else set(paras)
    out = []
    for i, b in enumerate(blocks):
        if b["role"] == "heading":
            if any(j in keep for j in range(i + 1, len(blocks)) if blocks[j]["role"] != "heading"
                   and all(blocks[k]["role"] != "heading" for k in range(i + 1, j))):
                out.append((b["role"], b["text"]))
        elif i in keep:
            out.append((b["role"], b["text"]))
    while out and out[-1][0] == "heading":
        out.pop()
    if out and out[0][0] == "heading" and rng.random() < 0.5:
        out.pop(0)
    return out


def gold_kind(slot: str, hint: str, title: str, body: list) -> str:
    """The archive's definitions (generator/archive/segment.py finish_item)."""
    if slot in ("photo", "label"):
        return "photo"
    if slot == "continuation":
        return "continuation"
    if hint == "institution" or (hint == "lone" and not title):
        return "commentary"
    items = sum(r == "listitem" for r, _ in body)
    if items >= max(3, sum(r == "paragraph" for r, _ in body)):
        return "infobox"
    if body_chars(body) < 800 and not any(r == "heading" for r, _ in body) and hint in ("benbaoxun", "paren"):
        return "brief"
    return "article"


class PageBuilder:
    def __init__(self, family: Family, seed: int, n: int):
        self.family = family
        self.rng = rng = Random(seed)
        lo, hi = (datetime.date(*family.date_range[0]), datetime.date(*family.date_range[1]))
        day = lo + datetime.timedelta(days=rng.randrange((hi - lo).days + 1))
        self.slots = (family.slots or default_slots)(rng)
        # a page with a continuation on it is never the front page; others are, sometimes
        first = 2 if "continuation" in self.slots else 1
        self.ctx = Ctx(rng, family, day, rng.randrange(first, 13), rng.choice(family.sections))
        self.ctx.family_pages = rng.choice((8, 12, 16, 24))
        self.ctx.page_no = min(self.ctx.page_no, self.ctx.family_pages)
        self.used: set = set()
        self.width = rng.randrange(*family.width)
        self.blank = choose(rng, family.blank)

    # -------------------------------------------------------------- sources

    def pick_unused_key(self, ids):
        """One of `ids` this page has not used yet (any again once all have been), now used."""
        free = [i for i in ids if i not in self.used] or list(ids)
        choice = self.rng.choice(free)
        self.used.add(choice)
        return choice

    def pick(self, ids) -> dict:
        return BY_ID[self.pick_unused_key(ids)]

    def unused(self, pool, tag: str, again: bool = False):
        """An entry of `pool` this page has not printed yet (marked `tag-k` in `used`), or None
        when every one has been (the first entry again, where `again`)."""
        free = [k for k in range(len(pool)) if f"{tag}-{k}" not in self.used] or ([0] if again else [])
        if not free:
            return None
        k = self.rng.choice(free)
        self.used.add(f"{tag}-{k}")
        return pool[k]

    def unused_or_first(self, pool, tag: str):
        return self.unused(pool, tag, again=True)

    def pooled_brief(self, pool, tag: str):
        """A brief written for the corpus, as a source and its body: an unused (title, text) of
        `pool`, or None."""
        entry = self.unused(pool, tag)
        if entry is None:
            return None
        title, text = entry
        return {"title": title, "kicker": "", "subtitle": ""}, [("paragraph", text)]

    def w(self) -> int:
        return self.rng.randrange(*self.family.width) if self.family.per_article_width else self.width

    def para_lines(self, segments, width: int) -> list[Line]:
        """A wrapped paragraph; `segments` is its text, or (role, text) pieces (a byline glued to the
        first sentence, a credit or jump line glued to the last), for the gold line roles."""
        if isinstance(segments, str):
            segments = [("body", segments)]
        text = "".join(t for _, t in segments)
        indent = "\u3000\u3000" if self.rng.random() < self.family.indent else ""
        lines = wrap(text, width, indent, self.family.justified)
        roles = line_roles(segments, lines, indent)
        return [L(stray(self.rng, x) if self.rng.random() < self.family.stray_spaces else x, *r)
                for x, r in zip(lines, roles)]

    def headline(self, item: Item, title: str, kicker: str = "", subtitle: str = "") -> list[list[str]]:
        rng, fam = self.rng, self.family
        chunks = []
        if kicker:
            chunks.append([L(kicker, "kicker")])
        printed = doubled(title) if rng.random() < fam.doubled else title
        item.printed_title = printed
        if " " in title and rng.random() < fam.title_break * 2:
            chunks.append([L(x, "title") for x in printed.split(" ", 1)])
        elif len(title) >= 14 and rng.random() < fam.title_break and printed == title:
            cut = rng.randrange(6, len(title) - 5)
            chunks.append([L(title[:cut], "title"), L(title[cut:], "title")])
        else:
            chunks.append([L(printed, "title")])
        if subtitle:
            if not subtitle.startswith("——") and rng.random() < fam.dash_subtitle:
                subtitle = "——" + subtitle
            chunks.append([L(subtitle, "subtitle")])
        item.kicker, item.title, item.subtitle = kicker, title, subtitle
        return chunks

    # -------------------------------------------------------------- items

    def byline(self, item: Item, styles: dict) -> Byline:
        style = choose(self.rng, styles)
        fn = BYLINES.get(style, style) if isinstance(style, str) else style
        return fn(self.ctx, item)

    def opened_article(self, styles: dict):
        """A new article, its width, and its byline of `styles` (the authors set)."""
        item = Item("article")
        width = self.w()
        by = self.byline(item, styles)
        item.authors = by.authors
        return item, width, by

    def kept_stack(self, source: dict, keep_stack: bool):
        """The source's kicker and subtitle, each kept four times in five where `keep_stack`."""
        rng = self.rng
        return (source["kicker"] if keep_stack and rng.random() < 0.8 else "",
                source["subtitle"] if keep_stack and rng.random() < 0.8 else "")

    def article(self, source: dict, body: list, slot: str, styles: dict, jump: bool = False,
                keep_stack: bool = True) -> Item:
        rng = self.rng
        item, width, by = self.opened_article(styles)
        head = self.headline(item, source["title"], *self.kept_stack(source, keep_stack))
        body_chunks = []
        for k, (role, text) in enumerate(body):
            own = "heading" if role == "heading" else "body"
            printed = [(own, text)]
            if k == 0 and by.glue:
                printed = [("byline", by.glue), (own, text)]
            if k == len(body) - 1 and by.trail:
                printed = [(own, text), ("credit", by.trail)]  # (the glue is not printed then)
            if k == len(body) - 1 and jump:
                printed.append(("jump", f"（下转{self.ctx.jump_label(1)}）"))
            if role == "heading":
                body_chunks.append([seg_line(printed)])
            else:
                body_chunks.append(self.para_lines(printed, width))
        item.body = list(body)
        item.kind = gold_kind(slot, by.hint, item.title, body)
        displaced = rng.random() < self.family.displaced
        chunks = [] if displaced else head
        chunks += [[L(x, by.before_role)] for x in by.before] + body_chunks + [[L(x, "byline")] for x in by.after]
        if displaced:
            chunks += head
        item.chunks = chunks
        return item

    def slot_article(self):
        src = self.pick(["000-02", "001-01", "001-02", "001-06", "002-02", "002-05", "003-01", "003-07", "004-01"])
        body = shorten(self.rng, src["body"], keep_min=4)
        while body_chars(body) < 900:  # long enough never to be a brief by accident
            body = [(b["role"], b["text"]) for b in src["body"]]
        styles = {k: v for k, v in self.family.bylines.items()}
        jump = self.rng.random() < self.family.jump_out
        return self.article(src, body, "article", styles, jump=jump)

    def brief_source(self):
        rng = self.rng
        if rng.random() < 0.3:
            title, text = self.unused_or_first(FILLER_BRIEFS, "filler")
            return {"title": title, "kicker": "", "subtitle": ""}, [("paragraph", text)]
        src = self.pick(["000-01", "000-04", "000-05", "003-03", "003-04", "003-05", "001-06", "002-05", "003-07"])
        body = shorten(rng, src["body"], limit=rng.randrange(250, 700))
        body = [(r, t) for r, t in body if r != "heading"]
        return src, body

    def slot_brief(self):
        src, body = self.brief_source()
        styles = self.family.brief_bylines or {k: v for k, v in self.family.bylines.items() if k in
                                               ("benbaoxun_glued", "benbaoxun_paren", "benbaoxun_trailing", "trailing_paren")}
        styles = styles or {"benbaoxun_paren": 1}
        return self.article(src, body, "brief", styles, keep_stack=self.rng.random() < 0.5)

    def slot_commentary(self):
        src = self.pick(["002-03", "004-02"])
        body = shorten(self.rng, src["body"], keep_min=4)
        item = Item("commentary")
        width = self.w()
        chunks = []
        if self.family.commentary == "institution" or self.rng.random() < 0.3:
            label = self.rng.choice(("本报评论员", f"{self.family.outlet or '本报'}评论员")) if self.family.outlet else "本报评论员"
            chunks.append([L(self.rng.choice(("□", "■", "")) + label, "byline")])
            item.authors = []
            tail = []
        else:
            tail = self.signed_at_end(item)
        return self.with_paragraphs(item, chunks, body, width, tail)

    def signed_at_end(self, item):
        """A bare name signs the piece under its last paragraph: the chunk of that line."""
        name = self.ctx.name()
        item.authors = [name]
        return [[L(name, "byline")]]

    def with_paragraphs(self, item, chunks, body, width, tail):
        """The item's chunks: `chunks`, a chunk a paragraph of `body`, then `tail`."""
        for _, text in body:
            chunks.append(self.para_lines(text, width))
        item.chunks = chunks + tail
        item.body = body
        return item

    def slot_photo(self):
        rng, ctx = self.rng, self.ctx
        item = Item("photo")
        if rng.random() < 0.3:
            caption, title = self.unused_or_first(FILLER_CAPTIONS, "cap"), ""
        else:
            src = self.pick(["000-03", "002-01", "002-04", "002-06", "003-02", "003-06"])
            caption, title = src["body"][0]["text"], src["title"]
        style = choose(rng, {c: 1 for c in self.family.credits})
        where, credit, photographers = CREDITS.get(style, style)(ctx) if isinstance(style, str) else style(ctx)
        item.photographers = photographers
        width = rng.randrange(max(self.width, 18), 34)  # captions run wider than the columns
        chunks = []
        if title:
            chunks.append([L(title, "title")])
            item.title = item.printed_title = title
        if where == "glue":
            segments = [("caption", caption), ("credit", rng.choice(("", " ")) + credit)]
        else:
            segments = [("caption", caption)]
        lines = wrap("".join(t for _, t in segments), width, justified=self.family.justified)
        lines = [L(x, *r) for x, r in zip(lines, line_roles(segments, lines))]
        if where == "before":
            chunks.append([L(credit, "credit")])
        chunks.append(lines)
        if where == "line":
            chunks.append([L(credit, "credit")])
        if rng.random() < self.family.caption_twice:
            chunks.append(list(lines))
        item.body = [("caption", caption)]
        item.chunks = chunks
        item.interleavable = True
        return item

    def slot_label(self):
        src = self.pick(["001-07", "001-08", "004-03", "004-04", "004-05", "004-06"])
        text = src["body"][0]["text"]
        item = Item("photo", body=[("caption", text)])
        printed = doubled(text) if self.rng.random() < self.family.doubled * 2 else text
        item.chunks = [[L(printed, "caption")]]
        item.printed_body = printed
        return item

    continuation_glued = 0.4  # the share of continuations whose marker opens the first paragraph

    def continuation_marker(self):
        ctx = self.ctx
        return self.rng.choice((f"（上接{ctx.jump_label(-1)}）", f"（上接{ctx.jump_label(-1)}）", f"上接{ctx.jump_label(-1)}"))

    def slot_continuation(self):
        rng = self.rng
        if rng.random() < 0.5:
            src = self.pick(["001-03", "001-04", "001-05"])
            body = [(b["role"], b["text"]) for b in src["body"]]
        else:
            src = self.pick(["000-02", "001-02", "002-02", "003-01", "004-01"])
            paras = [(b["role"], b["text"]) for b in src["body"]]
            cut = rng.randrange(len(paras) // 2, len(paras) - 2)
            body = paras[cut:]
            while body and body[0][0] == "heading":
                body = body[1:]
        item = Item("continuation")
        width = self.w()
        head = self.headline(item, src["title"])
        marker = self.continuation_marker()
        chunks = head[:]
        glue = rng.random() < self.continuation_glued
        if not glue:
            chunks.append([L(marker, "continuation")])
        for k, (role, text) in enumerate(body):
            if role == "heading":
                chunks.append([L(text, "heading")])
            else:
                chunks.append(self.para_lines(([("continuation", marker)] if glue and k == 0 else []) + [("body", text)], width))
        item.body, item.chunks = body, chunks
        item.kind = "continuation"
        return item

    def slot_infobox(self):
        src = self.pick(["004-07"])
        item = Item("infobox")
        head = self.headline(item, src["title"])
        width = self.w()
        chunks = head[:]
        body = [(b["role"], b["text"]) for b in src["body"]]
        for role, text in body:
            chunks.append([L(text, "heading" if role == "heading" else "body")] if role != "paragraph"
                          else self.para_lines(text, width))
        a, b = self.ctx.name(), self.ctx.name()
        chunks.append([L(f"（本组文字由本报记者{a}、{b}采访整理）", "credit")])
        item.authors = [a, b]
        item.body, item.chunks = body, chunks
        return item

    def slot_qa(self):
        rng = self.rng
        src = self.pick(["000-02", "001-02", "002-02", "003-01", "004-01", "002-05"])
        paras = [b["text"] for b in src["body"] if b["role"] == "paragraph"]
        answers = sorted(rng.sample(range(1, len(paras)), min(3, len(paras) - 1)))
        q_label, a_label = self.family.qa
        if a_label is None:  # interviewee named: 记者：/王进：
            a_label = self.ctx.name() + "："
        item = Item("article")
        by = self.byline(item, self.family.qa_bylines or {k: v for k, v in self.family.bylines.items()
                                                           if k in ("box", "reporter", "outlet_before", "box_solid")} or {"reporter": 1})
        item.authors = by.authors
        head = self.headline(item, src["title"])
        width = self.w()
        body = [("paragraph", paras[0])]
        questions = rng.sample(QUESTIONS, len(answers))
        for q, k in zip(questions, answers):
            body += [("paragraph", q_label + q), ("paragraph", a_label + paras[k])]
        chunks = head + [[L(x, by.before_role)] for x in by.before]
        for _, text in body:
            chunks.append(self.para_lines(text, width))
        item.body, item.chunks = body, chunks
        item.kind = "article"
        return item

    def slot_briefs(self):
        """A 简讯 column: a label, then short items with no blank lines between them."""
        rng = self.rng
        label, bullet, style = self.family.briefs_column(self.ctx)
        items = []
        for k in range(rng.choice((2, 3, 3))):
            src, body = self.brief_source()
            body = body[:1] if len(body[0][1]) > 120 or rng.random() < 0.5 else body[:2]
            item = Item("brief")
            by = BYLINES[style](self.ctx, item) if isinstance(style, str) else style(self.ctx, item)
            item.authors = by.authors
            item.title = item.printed_title = src["title"]
            width = self.width
            lines = [L(bullet + src["title"], "title")]
            for j, (_, text) in enumerate(body):
                printed = [("byline", by.glue if j == 0 else ""), ("body", text),
                           ("credit", by.trail if j == len(body) - 1 else "")]
                lines += self.para_lines([(r, t) for r, t in printed if t], width)
            item.body = body
            item.kind = gold_kind("brief", by.hint, item.title, body)
            item.chunks = [lines]
            item.tight = True
            items.append(item)
        return label, items

    # -------------------------------------------------------------- assembly

    def emit(self, chunks, out, tight=False, joined=False):
        """The chunks' lines with the family's blank lines; `tight` prints none between chunks, `joined`
        none after the last (the next item follows with no blank line)."""
        for chunk in chunks:
            for line in chunk:
                out.append(line)
                if self.blank == "every":
                    out.append("")
            if self.blank == "para" and not tight:
                out.append("")
        if (self.blank == "none" or tight) and not joined:
            out.append("")

    def build(self):
        fam, rng, ctx = self.family, self.rng, self.ctx
        out: list[str] = []
        top = fam.top(ctx)
        for line in top:
            out.append(L(line, "furniture"))
        out.append("")
        slots = self.slots
        placed = []  # (item, chunks) in print order, or ("furniture", lines)
        for slot in slots:
            if slot == "briefs":
                label, column = self.slot_briefs()
                placed.append(("furniture", [L(ctx.furn(x), "furniture") for x in label]))
                for it in column:
                    placed.append((it, it.chunks))
                continue
            it = getattr(self, "slot_" + slot)()
            placed.append((it, it.chunks))
        for it, chunks in placed:
            if isinstance(it, Item):
                for line in (x for c in chunks for x in c):
                    assert isinstance(line, Line), (slot, line)
                    line.item = it
        # an occasional two-column interleave of two adjacent short items
        if rng.random() < fam.interleave:
            pairs = [k for k in range(len(placed) - 1) if isinstance(placed[k][0], Item) and isinstance(placed[k + 1][0], Item)
                     and placed[k][0].kind in ("photo", "brief", "commentary") and placed[k + 1][0].kind in ("photo", "brief")]
            if pairs:
                k = rng.choice(pairs)
                a, b = placed[k][0], placed[k + 1][0]
                la = [x for c in a.chunks for x in c]
                lb = [x for c in b.chunks for x in c]
                mixed = []
                for i in range(max(len(la), len(lb))):
                    if i < len(la):
                        mixed.append(la[i])
                    if i < len(lb):
                        mixed.append(lb[i])
                placed[k] = ("interleave", (a, b, mixed))
                del placed[k + 1]
        return self.page_text(out, self.print_placed(placed, out))

    def print_placed(self, placed: list, out: list) -> list[Item]:
        """Print `placed` (item and chunks, ("furniture", lines) or ("interleave", (a, b,
        lines))) into `out`; the items in print order."""
        items: list[Item] = []
        for entry, chunks in placed:
            if entry == "furniture":
                out.extend(chunks)
                if self.blank != "none":
                    out.append("")
            elif entry == "interleave":
                a, b, mixed = chunks
                items += [a, b]
                self.print_interleaved(mixed, out)
                out.append("")
            else:
                items.append(entry)
                self.emit(chunks, out, tight=getattr(entry, "tight", False))
        return items

    def print_interleaved(self, mixed: list, out: list) -> None:
        out.extend(mixed)

    def page_text(self, out: list, items: list[Item]) -> tuple[str, list[Item]]:
        """The page: `out` and the bottom furniture, no more than one blank line in a row."""
        out.append("")
        out.extend(L(x, "furniture") for x in self.family.bottom(self.ctx))
        text = "\n".join(out).rstrip("\n") + "\n"
        text = re.sub(r"\n{3,}", "\n\n", text)
        self.printed = [x for x in out if x.strip()]
        return text, items

    def gold(self, items: list[Item], n: int, text: str) -> dict:
        ctx = self.ctx
        entries = []
        for it in items:
            body = squeeze("".join(t for r, t in it.body if r in ("paragraph", "listitem", "caption")))
            entries.append({
                "kind": it.kind, "kicker": it.kicker, "title": it.title, "subtitle": it.subtitle,
                "authors": list(it.authors), "photographers": list(it.photographers),
                "body_starts": body[:8], "body_ends": body[-8:],
            })
        return {
            "layout": self.family.name,
            "split": self.family.split,
            # the page's own paper, if its name is printed anywhere (masthead, header, footer,
            # own reporters' bylines such as 成都日报锦观新闻记者); a reprint names another paper
            "newspaper": self.family.paper if ctx.printed_paper or (self.family.paper and self.family.paper in text) else None,
            "date": ctx.date.isoformat() if ctx.printed_date else None,
            "page": ctx.printed_page,
            "items": entries,
            "furniture": list(ctx.furniture),
            "lines": self.line_labels(items, text),
        }

    def line_labels(self, items: list[Item], text: str) -> list:
        """[line number, role, item index(, "glued")] of every non-blank line of the page."""
        index = {id(it): k for k, it in enumerate(items)}
        numbered = [(n, x) for n, x in enumerate(text.split("\n"), start=1) if x.strip()]
        assert [x for _, x in numbered] == [str(x) for x in self.printed], "printed lines out of step"
        labels = []
        for (n, _), line in zip(numbered, self.printed):
            entry = [n, line.role] if line.role == "furniture" else [n, line.role, index[id(line.item)]]
            labels.append(Flow(entry + ["glued"] if line.glued else entry))
        return labels


# --------------------------------------------------------------------------- development families
# Families 1..18.  Papers named here are not used by the held-back families.


def slots_of(*options):
    """rng -> one of the given slot lists, plus a random extra slot sometimes."""
    def pick(rng):
        return list(rng.choice(options))
    return pick


def _renmin_top(ctx):
    return masthead_full(ctx, "PEOPLE'S DAILY", None, "CN 11-0065", "1-1", "lunar") + \
        [ctx.furn(f"第{ctx.rng.randrange(27000, 27999)}期"), ctx.furn(f"今日{ctx.family_pages}版")] + \
        [header_line(ctx, "glued")]


def _renmin_bottom(ctx):
    return [ctx.furn(f"本报社址：北京金台西路2号 邮政编码：100733 电话查询服务台：（010）{ctx.rng.randrange(6536, 6599)}8888"),
            ctx.furn("零售价格：每份1.50元")]


def _guangming_top(ctx):
    return [header_line(ctx, "glued")] + masthead_full(ctx, "GUANGMING DAILY", None, "CN 11-0026", "1-16", "week")


def _guangming_bottom(ctx):
    return editors(ctx, "short") + [ctx.furn(f"光明日报社出版 订阅热线：{phone(ctx.rng, '010')}")]


def _jingji_top(ctx):
    lines = [ctx.furn(ctx.paper, paper=True), ctx.furn("ECONOMIC DAILY")]
    lines += date_lines(ctx, "week")
    return lines + [header_line(ctx, "banban")]


def _jingji_bottom(ctx):
    return editors(ctx, "full")


def _sichuan_top(ctx):
    return masthead_full(ctx, None, "中共四川省委机关报", "CN 51-0001", "61-1", "split") + \
        [ctx.furn(f"今日{ctx.family_pages}版"), header_line(ctx, "alone"), ctx.furn(ctx.section)]


def _sichuan_bottom(ctx):
    return editors(ctx, "short") + [ctx.furn("扫一扫 下载川观新闻APP 体验更多精彩")]


def _hubei_top(ctx):
    return masthead_full(ctx, "HUBEI DAILY", "中共湖北省委机关报", "CN 42-0001", "37-1", "lunar") + [header_line(ctx, "banban")]


def _hubei_bottom(ctx):
    return [ctx.furn(f"订阅热线：{phone(ctx.rng, '027')}"), ctx.furn(f"本报地址：武汉市东湖路{ctx.rng.randrange(100, 199)}号")]


def _zhejiang_top(ctx):
    return [ctx.furn(f"{ctx.paper} {ctx.page_label()} {ctx.section}", paper=True, page=ctx.page_label())] + \
        date_lines(ctx, "week")


def _zhejiang_bottom(ctx):
    return editors(ctx, "colon")


def _chengdu_top(ctx):
    return [header_line(ctx, "bar")]


def _chengdu_bottom(ctx):
    return [ctx.furn("扫一扫 下载锦观新闻APP 体验更多精彩")] + editors(ctx, "two_lines")


def _chongqing_top(ctx):
    return []


def _chongqing_bottom(ctx):
    return date_lines(ctx, "week") + editors(ctx, "two_lines") + [ctx.furn("本组图片均为资料图片")]


def _guangzhou_top(ctx):
    return [ctx.furn(ctx.paper, paper=True), ctx.furn("GUANGZHOU DAILY")] + date_lines(ctx, "dots") + \
        [header_line(ctx, "bar")]


def _guangzhou_bottom(ctx):
    return [ctx.furn(f"广告热线：{phone(ctx.rng, '020')}")] + editors(ctx, "short")


def _changjiang_top(ctx):
    return [ctx.furn(f"{cn_date(ctx.date)} {weekday(ctx.date)} {ctx.paper}", paper=True, date=True),
            header_line(ctx, "glued")]


def _changjiang_bottom(ctx):
    return editors(ctx, "colon")


def _xinmin_top(ctx):
    return [ctx.furn(ctx.paper, paper=True), ctx.furn("XINMIN EVENING NEWS")] + date_lines(ctx, "lunar") + \
        [header_line(ctx, "today")]


def _xinmin_bottom(ctx):
    return [ctx.furn("扫一扫 下载新民APP 体验更多精彩"), ctx.furn(f"本报地址：上海市威海路{ctx.rng.randrange(700, 799)}号")]


def _huaxi_top(ctx):
    return [ctx.furn(ctx.paper, paper=True)] + date_lines(ctx, "split") + [header_line(ctx, "glued")]


def _huaxi_bottom(ctx):
    return [ctx.furn("扫一扫 下载封面新闻APP 体验更多精彩")] + editors(ctx, "short") + \
        [ctx.furn(f"新闻热线：{phone(ctx.rng, '028')}")]


def _yangtse_top(ctx):
    return [header_line(ctx, "glued")] + date_lines(ctx, "week")


def _yangtse_bottom(ctx):
    return editors(ctx, "short")


def _qianjiang_top(ctx):
    return [ctx.furn(ctx.paper, paper=True)] + date_lines(ctx, "week") + [header_line(ctx, "bar")]


def _qianjiang_bottom(ctx):
    return [ctx.furn("扫一扫 下载小时新闻APP 体验更多精彩"), ctx.furn(f"订阅热线：{phone(ctx.rng, '0571')}")]


def _c21_top(ctx):
    return [ctx.furn(ctx.paper, paper=True), ctx.furn("21ST CENTURY BUSINESS HERALD")] + date_lines(ctx, "week") + \
        [ctx.furn(f"第{ctx.rng.randrange(8000, 8999)}期"), header_line(ctx, "bar")]


def _c21_bottom(ctx):
    return editors(ctx, "full")


def _stcn_top(ctx):
    return [header_line(ctx, "bar")] + [ctx.furn(f"{ctx.paper} {cn_date(ctx.date)} {weekday(ctx.date)}", paper=True, date=True)]


def _stcn_bottom(ctx):
    return editors(ctx, "full") + [ctx.furn("扫一扫 下载e公司APP 体验更多精彩")]


def _bare_top(ctx):
    return []


def _bare_bottom(ctx):
    return []


def _qingnian_top(ctx):
    return [header_line(ctx, "alone")] + [ctx.furn(ctx.paper, paper=True), ctx.furn("CHINA YOUTH DAILY")] + date_lines(ctx, "dots")


def _qingnian_bottom(ctx):
    return editors(ctx, "colon") + [ctx.furn(f"本报地址：北京市东城区海运仓{ctx.rng.randrange(1, 9)}号")]


def _beijing_evening_top(ctx):
    return [ctx.furn(f"{ctx.page_label()} {ctx.section}", page=ctx.page_label())] + date_lines(ctx, "lunar_only")


def _beijing_evening_bottom(ctx):
    return editors(ctx, "two_lines") + [ctx.furn("扫一扫 下载北京晚报APP 体验更多精彩")]


def _nanfang_top(ctx):
    return masthead_full(ctx, "NANFANG DAILY", "中共广东省委机关报", "CN 44-0001", "45-1", "week", issue=ctx.rng.randrange(30000, 35999)) + \
        [header_line(ctx, "banban")]


def _nanfang_bottom(ctx):
    return [ctx.furn(f"订阅热线：{phone(ctx.rng, '020')}")] + editors(ctx, "short")


def _briefs_jianxun(ctx):
    return ["简讯"], "", "benbaoxun_trailing"


def _briefs_diamond(ctx):
    return [ctx.rng.choice(("本地新闻", "城事速递", "新闻速览"))], "◆", "trailing_paren"


def _briefs_fax(ctx):
    return ["地方传真"], "", "benbaoxun_paren"


DEV_FAMILIES = [
    Family("renmin_national", "人民日报", _renmin_top, _renmin_bottom,
           {"reporter": 3, "dianxun": 3, "xinhua": 1, "benbaoxun_paren": 1},
           credits=("xinhua", "staff"), width=(20, 27), blank={"para": 1}, indent=0.6,
           slots=slots_of(["article", "article", "photo", "commentary"], ["article", "continuation", "photo", "brief"],
                          ["article", "photo", "article", "briefs"]),
           commentary="institution", page_style="0", briefs_column=_briefs_jianxun, jump_out=0.3),
    Family("guangming_national", "光明日报", _guangming_top, _guangming_bottom,
           {"reporter": 4, "intern": 1, "benbaoxun_paren": 2, "xinhua": 1},
           credits=("staff", "xinhua", "paren"), width=(18, 24), blank={"para": 2, "every": 1},
           slots=slots_of(["article", "photo", "brief", "brief"], ["article", "commentary", "photo"],
                          ["photo", "article", "qa"]), page_style="A0", title_break=0.3),
    Family("jingji_business", "经济日报", _jingji_top, _jingji_bottom,
           {"reporter": 5, "benbaoxun_glued": 1},
           credits=("visual", "staff"), width=(16, 22), blank={"para": 1},
           slots=slots_of(["article", "photo", "commentary", "article", "photo"], ["article", "photo", "brief"]),
           page_style="0", sections=("产经", "财经", "地方", "要闻")),
    Family("sichuan_provincial", "四川日报", _sichuan_top, _sichuan_bottom,
           {"box": 5, "box_solid": 1, "benbaoxun_paren": 1},
           credits=("staff", "xinhua", "web"), width=(14, 20), blank={"every": 2, "para": 1}, letterspace=0.6,
           slots=slots_of(["article", "photo", "briefs"], ["article", "article", "photo"], ["article", "continuation"]),
           briefs_column=_briefs_fax, page_style="plain", displaced=0.2, stray_spaces=0.05),
    Family("hubei_provincial", "湖北日报", _hubei_top, _hubei_bottom,
           {"outlet_before": 4, "reporter": 1, "benbaoxun_paren": 1},
           credits=("outlet", "xinhua"), outlet="湖北日报全媒", width=(15, 22),
           blank={"para": 2, "none": 1}, indent=0.5,
           slots=slots_of(["article", "brief", "photo", "brief"], ["article", "qa", "photo"], ["article", "article"]),
           page_style="0", qa=("记者：", None)),
    Family("zhejiang_provincial", "浙江日报", _zhejiang_top, _zhejiang_bottom,
           {"benbaoxun_paren": 3, "reporter": 2},
           credits=("staff", "paren"), width=(16, 24), blank={"none": 2, "para": 1}, indent=0.9,
           slots=slots_of(["article", "brief", "brief", "photo"], ["article", "commentary", "brief"]),
           page_style="0", sections=("要闻", "时政", "经济")),
    Family("chengdu_city", "成都日报", _chengdu_top, _chengdu_bottom,
           {"outlet_after": 5, "reprint": 1},
           credits=("outlet", "paren"), outlet="成都日报锦观新闻", width=(14, 19), blank={"every": 1, "para": 1},
           slots=slots_of(["article", "article", "label", "label"], ["article", "continuation", "continuation"],
                          ["article", "photo", "article"]),
           displaced=0.6, doubled=0.15, page_style="0", stray_spaces=0.06),
    Family("chongqing_city", "重庆日报", _chongqing_top, _chongqing_bottom,
           {"outlet_before": 4, "reporter": 1},
           credits=("outlet",), outlet="新重庆-重庆日报", width=(18, 60), blank={"para": 1},
           slots=slots_of(["article", "commentary", "label", "label", "infobox"], ["article", "label", "label", "article"]),
           commentary="institution", page_style="0"),
    Family("guangzhou_city", "广州日报", _guangzhou_top, _guangzhou_bottom,
           {"outlet_before": 3, "trailing_paren": 1, "reporter": 1},
           credits=("outlet", "xinhua"), outlet="广州日报全媒体", width=(13, 18), per_article_width=True,
           blank={"para": 1, "none": 1},
           slots=slots_of(["article", "photo", "briefs"], ["photo", "article", "brief", "brief"]),
           briefs_column=_briefs_diamond, page_style="A0", interleave=0.3),
    Family("changjiang_city", "长江日报", _changjiang_top, _changjiang_bottom,
           {"outlet_before": 3, "benbaoxun_glued": 1, "reprint": 1},
           credits=("outlet", "paren"), outlet="长江日报", width=(14, 20), blank={"para": 1},
           slots=slots_of(["article", "article", "photo"], ["article", "brief", "continuation"]),
           jump_out=0.6, page_style="0"),
    Family("xinmin_evening", "新民晚报", _xinmin_top, _xinmin_bottom,
           {"outlet_before": 3, "box_solid": 2},
           credits=("outlet", "xinhua"), outlet="新民晚报", width=(12, 17), blank={"para": 1, "every": 1},
           slots=slots_of(["article", "photo", "brief", "photo"], ["article", "qa"], ["article", "briefs"]),
           briefs_column=_briefs_jianxun, page_style="A", qa=("记者：", None), caption_twice=0.2),
    Family("huaxi_metro", "华西都市报", _huaxi_top, _huaxi_bottom,
           {"wentu": 3, "box": 2, "intern": 1},
           credits=("intern", "web", "staff"), width=(12, 16), blank={"every": 1, "none": 1}, letterspace=0.5,
           slots=slots_of(["article", "photo", "photo"], ["article", "brief", "photo"], ["article", "article"]),
           page_style="A", stray_spaces=0.05, title_break=0.4),
    Family("yangtse_evening", "扬子晚报", _yangtse_top, _yangtse_bottom,
           {"benbaoxun_paren": 4, "reporter": 1},
           credits=("staff", "paren"), width=(13, 18), blank={"every": 1},
           slots=slots_of(["briefs", "article", "photo"], ["article", "briefs"], ["brief", "brief", "article"]),
           briefs_column=_briefs_diamond, page_style="A", interleave=0.2),
    Family("qianjiang_evening", "钱江晚报", _qianjiang_top, _qianjiang_bottom,
           {"reporter": 4, "trailing_paren": 1},
           credits=("staff", "paren"), width=(14, 20), blank={"para": 1},
           slots=slots_of(["qa", "photo", "brief"], ["article", "qa"], ["article", "photo", "brief"]),
           page_style="A", qa=("问：", "答：")),
    Family("c21_business", "21世纪经济报道", _c21_top, _c21_bottom,
           {"outlet_before": 1},
           credits=("outlet",), outlet="21世纪经济报道", width=(18, 26), blank={"none": 1, "para": 1}, indent=0.7,
           slots=slots_of(["article", "article"], ["article", "commentary"], ["article", "photo", "article"]),
           page_style="0", sections=("宏观", "金融", "公司", "区域")),
    Family("stcn_business", "证券时报", _stcn_top, _stcn_bottom,
           {"outlet_before": 3, "reporter": 1},
           credits=("outlet",), outlet="证券时报", width=(16, 22), blank={"para": 1},
           slots=slots_of(["article", "brief", "brief", "brief"], ["article", "infobox"], ["article", "article", "commentary"]),
           page_style="A0", sections=("要闻", "公司", "市场")),
    Family("bare_column", None, _bare_top, _bare_bottom,
           {"benbaoxun_glued": 3, "box": 1},
           credits=("xinhua",), width=(12, 16), blank={"every": 1},
           slots=slots_of(["brief", "article", "photo", "brief"], ["article", "brief", "brief"]),
           displaced=0.5, letterspace=0.7),
    Family("qingnian_national", "中国青年报", _qingnian_top, _qingnian_bottom,
           {"reporter": 2, "intern": 2, "trailing_paren": 1},
           credits=("staff", "paren", "xinhua_fa"), width=(16, 22), blank={"para": 1},
           slots=slots_of(["continuation", "continuation", "article"], ["article", "photo", "commentary"],
                          ["continuation", "article", "photo"]), page_style="0"),
    Family("beijing_evening", "北京晚报", _beijing_evening_top, _beijing_evening_bottom,
           {"reporter": 2, "benbaoxun_trailing": 2},
           credits=("staff", "paren"), width=(13, 18), blank={"para": 1, "every": 1},
           slots=slots_of(["briefs", "photo", "article"], ["article", "brief", "photo"]),
           briefs_column=_briefs_jianxun, page_style="plain", doubled=0.2),
    Family("nanfang_provincial", "南方日报", _nanfang_top, _nanfang_bottom,
           {"box": 2, "reporter": 2, "benbaoxun_paren": 1},
           credits=("staff", "xinhua"), width=(15, 21), blank={"para": 1, "none": 1}, indent=0.4,
           slots=slots_of(["article", "article", "photo"], ["article", "continuation", "brief"], ["infobox", "article"]),
           page_style="A0", jump_out=0.4, displaced=0.2),
]


# --------------------------------------------------------------------------- self-check


def check_page(text: str, gold: dict, items: list) -> list[str]:
    problems = []
    if not text.strip():
        problems.append("empty page")
    page = squeeze(text)
    for k, (entry, it) in enumerate(zip(gold["items"], items), start=1):
        for key in ("body_starts", "body_ends", "kicker", "subtitle"):
            if squeeze(entry[key]) not in page:
                problems.append(f"item {k}: {key} {entry[key]!r} not on the page")
        title = squeeze(it.printed_title or entry["title"])
        if title not in page:
            problems.append(f"item {k}: title {entry['title']!r} not on the page")
        if len(squeeze(entry["body_starts"])) != 8 and len(squeeze("".join(t for _, t in it.body))) >= 8:
            problems.append(f"item {k}: short body_starts")
        printed = getattr(it, "printed_body", None)
        if printed and squeeze(printed) not in page:
            problems.append(f"item {k}: label not on the page")
    for line in gold["furniture"]:
        if squeeze(line) not in page:
            problems.append(f"furniture {line!r} not on the page")
    # body text must appear in printed order
    pos = -1
    for k, entry in enumerate(gold["items"], start=1):
        at = page.find(squeeze(entry["body_starts"]), pos + 1)
        if at < 0:
            problems.append(f"item {k}: body_starts out of printed order")
        else:
            pos = at
    return problems


def check_lines(text: str, gold: dict) -> list[str]:
    """Every non-blank line of the page carries exactly one `lines` label: a known role, the index
    of a gold item (none for furniture), `glued` as an optional fourth element; the furniture
    lines are the gold's `furniture`, and every gold item has a line of its own."""
    problems = []
    page = text.split("\n")
    nonblank = {n for n, x in enumerate(page, start=1) if x.strip()}
    seen: dict[int, int] = {}
    items_seen = set()
    furniture = []
    for entry in gold.get("lines") or []:
        if not isinstance(entry, list) or len(entry) < 2 or not isinstance(entry[0], int):
            problems.append(f"bad lines entry {entry!r}")
            continue
        n, role, rest = entry[0], entry[1], entry[2:]
        seen[n] = seen.get(n, 0) + 1
        if n not in nonblank:
            problems.append(f"line {n}: labelled but blank or past the end")
        if role not in LINE_ROLES:
            problems.append(f"line {n}: unknown role {role!r}")
        if rest and rest[-1] == "glued":
            rest = rest[:-1]
        if role == "furniture":
            if rest:
                problems.append(f"line {n}: furniture with an item {rest!r}")
            elif n in nonblank:
                furniture.append(squeeze(page[n - 1]))
        elif len(rest) != 1 or not isinstance(rest[0], int) or not 0 <= rest[0] < len(gold["items"]):
            problems.append(f"line {n}: bad item {rest!r}")
        else:
            items_seen.add(rest[0])
    for n in sorted(nonblank):
        if seen.get(n, 0) != 1:
            problems.append(f"line {n}: {seen.get(n, 0)} labels")
    if sorted(furniture) != sorted(squeeze(x) for x in gold["furniture"]):
        problems.append(f"furniture lines {sorted(furniture)} differ from the gold furniture")
    missing = set(range(len(gold["items"]))) - items_seen
    if missing:
        problems.append(f"items with no line: {sorted(missing)}")
    return problems


def check_page_free(text: str, gold: dict) -> list[str]:
    """The check for hand-made pages (no Item objects): titles as written in the gold."""
    page = squeeze(text)
    problems = [] if text.strip() else ["empty page"]
    for k, entry in enumerate(gold["items"], start=1):
        for key in ("body_starts", "body_ends", "title", "kicker", "subtitle"):
            if squeeze(entry[key]) not in page and not (key == "title" and squeeze(doubled(entry[key])) in page):
                problems.append(f"item {k}: {key} {entry[key]!r} not on the page")
    for line in gold["furniture"]:
        if squeeze(line) not in page:
            problems.append(f"furniture {line!r} not on the page")
    return problems


# --------------------------------------------------------------------------- output


class Dumper(yaml.SafeDumper):
    pass


def _str(dumper, value):
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"' if value == "" or value[:1] in "0123456789" or ":" in value else None)


Dumper.add_representer(str, _str)


class Flow(list):
    """A list written on one line: a `lines` entry such as [6, kicker, 0]."""


Dumper.add_representer(Flow, lambda dumper, value: dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True))


def dump_gold(gold: dict) -> str:
    return yaml.dump(gold, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=1000)


class PooledBriefs:
    """A builder mixin: a share of the briefs (`family.brief_pool_share`) are taken from the
    family's own `brief_pool` of (title, text) while it lasts."""

    def brief_source(self):
        fam = self.family
        if fam.brief_pool and self.rng.random() < fam.brief_pool_share:
            brief = self.pooled_brief(fam.brief_pool, "pool")
            if brief is not None:
                return brief
        return super().brief_source()


def build_family(family: Family, base: int, index: int, folder: Path) -> list[str]:
    names = []
    stride = getattr(family, "seed_stride", 100_000)  # a set may pack its families closer (50 attempts use 50_000)
    for n in range(1, family.pages + 1):
        for attempt in range(50):
            seed = base + stride * index + 1_000 * attempt + n
            builder = (getattr(family, "builder", None) or PageBuilder)(family, seed, n)
            text, items = builder.build()
            gold = builder.gold(items, n, text)
            problems = check_page(text, gold, items)
            if not problems:
                lines = check_lines(text, gold)
                assert not lines, (family.name, n, lines)  # a bug of this file, not a bad draw
                break
        else:
            raise SystemExit(f"{family.name} {n}: {problems}")
        stem = f"{family.name}_{n}"
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
        (folder / f"{stem}.gold.yml").write_text(dump_gold(gold), encoding="utf-8")
        names.append(stem)
    return names


def page_sets() -> tuple:
    """(split, families, seed base) of every generated set, checked: unique family names, disjoint
    page seed ranges, dev seeds below the held-back ones or above them all."""
    from heldout_layouts import HELDOUT_FAMILIES  # noqa: E402
    from heldout_layouts_2 import HELDOUT2_FAMILIES, HELDOUT2_SEED_BASE  # noqa: E402  (second held-back set)
    from heldout_layouts_3 import HELDOUT3_FAMILIES, HELDOUT3_SEED_BASE  # noqa: E402  (third held-back set)
    from heldout_layouts_4 import HELDOUT4_FAMILIES, HELDOUT4_SEED_BASE  # noqa: E402  (fourth held-back set)
    from more_layouts import MORE_FAMILIES, MORE_SEED_BASE  # noqa: E402  (more dev families)
    from even_more_layouts import EVEN_FAMILIES, EVEN_SEED_BASE  # noqa: E402  (still more dev families)
    from newest_layouts import NEWEST_FAMILIES, NEWEST_SEED_BASE  # noqa: E402  (the newest dev families)
    from newer_layouts import NEWER_FAMILIES, NEWER_SEED_BASE  # noqa: E402  (eight more dev families)
    from newest_layouts_2 import NEWEST2_FAMILIES, NEWEST2_SEED_BASE  # noqa: E402  (eight more again)
    from fresh_layouts import FRESH_FAMILIES, FRESH_SEED_BASE, FRESH_SEED_BASE_2, FRESH_SPLIT  # noqa: E402  (blind set)
    from fresh_layouts_2 import FRESH2_FAMILIES, FRESH2_SEED_BASE  # noqa: E402  (second blind set)
    from fresh_layouts_3 import FRESH3_FAMILIES, FRESH3_SEED_BASE  # noqa: E402  (third blind set)
    from fresh_layouts_4 import FRESH4_FAMILIES, FRESH4_SEED_BASE  # noqa: E402  (fourth blind set)
    from fresh_layouts_5 import FRESH5_FAMILIES, FRESH5_SEED_BASE, FRESH5_SEED_BASE_2, FRESH5_SPLIT  # noqa: E402  (fifth)
    from fresh_layouts_6 import FRESH6_FAMILIES, FRESH6_SEED_BASE  # noqa: E402  (sixth blind set)
    from fresh_layouts_7 import FRESH7_FAMILIES, FRESH7_SEED_BASE  # noqa: E402  (seventh blind set)
    from fresh_layouts_8 import FRESH8_FAMILIES, FRESH8_SEED_BASE  # noqa: E402  (eighth blind set)
    from fresh_layouts_9 import FRESH9_FAMILIES, FRESH9_SEED_BASE  # noqa: E402  (ninth blind set)
    from fresh_layouts_10 import FRESH10_FAMILIES, FRESH10_SEED_BASE  # noqa: E402  (tenth blind set)
    from fresh_layouts_11 import FRESH11_SETS  # noqa: E402  (eleventh blind set, in pairs)
    from fresh_layouts_12 import FRESH12_FAMILIES, FRESH12_SEED_BASE  # noqa: E402  (twelfth blind set)
    from fresh_layouts_13 import FRESH13_FAMILIES, FRESH13_SEED_BASE  # noqa: E402  (thirteenth blind set)
    from fresh_layouts_14 import FRESH14_FAMILIES, FRESH14_SEED_BASE  # noqa: E402  (fourteenth blind set)
    from fresh_layouts_15 import FRESH15_FAMILIES, FRESH15_SEED_BASE  # noqa: E402  (fifteenth blind set)
    from fresh_layouts_16 import FRESH16_FAMILIES, FRESH16_SEED_BASE  # noqa: E402  (sixteenth blind set)
    from fresh_layouts_17 import FRESH17_FAMILIES, FRESH17_SEED_BASE  # noqa: E402  (seventeenth blind set)
    from fresh_layouts_18 import FRESH18_FAMILIES, FRESH18_SEED_BASE  # noqa: E402  (eighteenth blind set)
    from fresh_layouts_19 import FRESH19_FAMILIES, FRESH19_SEED_BASE  # noqa: E402  (nineteenth blind set)
    from fresh_layouts_20 import FRESH20_FAMILIES, FRESH20_SEED_BASE  # noqa: E402  (twentieth blind set)
    from fresh_layouts_21 import FRESH21_FAMILIES, FRESH21_SEED_BASE  # noqa: E402  (twenty-first blind set)
    from fresh_layouts_22 import FRESH22_FAMILIES, FRESH22_SEED_BASE  # noqa: E402  (twenty-second blind set)
    from fresh_layouts_23 import FRESH23_FAMILIES, FRESH23_SEED_BASE  # noqa: E402  (twenty-third blind set)
    from fresh_layouts_24 import FRESH24_FAMILIES, FRESH24_SEED_BASE  # noqa: E402  (twenty-fourth blind set)
    from fresh_layouts_25 import FRESH25_FAMILIES, FRESH25_SEED_BASE  # noqa: E402  (twenty-fifth blind set)
    from fresh_layouts_26 import FRESH26_FAMILIES, FRESH26_SEED_BASE  # noqa: E402  (twenty-sixth blind set)
    from fresh_layouts_27 import FRESH27_FAMILIES, FRESH27_SEED_BASE  # noqa: E402  (twenty-seventh blind set)
    from fresh_layouts_28 import FRESH28_FAMILIES, FRESH28_SEED_BASE  # noqa: E402  (twenty-eighth blind set)
    from fresh_layouts_29 import FRESH29_FAMILIES, FRESH29_SEED_BASE  # noqa: E402  (twenty-ninth blind set)
    from fresh_layouts_30 import FRESH30_FAMILIES, FRESH30_SEED_BASE  # noqa: E402  (thirtieth blind set)
    from fresh_layouts_31 import FRESH31_FAMILIES, FRESH31_SEED_BASE  # noqa: E402  (thirty-first blind set)
    from fresh_layouts_32 import FRESH32_FAMILIES, FRESH32_SEED_BASE  # noqa: E402  (thirty-second blind set)
    from fresh_layouts_33 import FRESH33_FAMILIES, FRESH33_SEED_BASE  # noqa: E402  (thirty-third blind set)
    from fresh_layouts_34 import FRESH34_FAMILIES, FRESH34_SEED_BASE  # noqa: E402  (thirty-fourth set, developed on)
    from fresh_layouts_35 import FRESH35_FAMILIES, FRESH35_SEED_BASE  # noqa: E402  (thirty-fifth set, developed on)
    from fresh_layouts_36 import FRESH36_FAMILIES, FRESH36_SEED_BASE  # noqa: E402  (thirty-sixth set, developed on)
    from fresh_layouts_37 import FRESH37_FAMILIES, FRESH37_SEED_BASE  # noqa: E402  (thirty-seventh set)
    from fresh_layouts_38 import FRESH38_FAMILIES, FRESH38_SEED_BASE  # noqa: E402  (thirty-eighth blind set)
    from fresh_layouts_39 import FRESH39_FAMILIES, FRESH39_SEED_BASE  # noqa: E402  (thirty-ninth blind set)
    from fresh_layouts_40 import FRESH40_FAMILIES, FRESH40_SEED_BASE  # noqa: E402  (fortieth blind set)
    from fresh_layouts_41 import FRESH41_FAMILIES, FRESH41_SEED_BASE  # noqa: E402  (forty-first blind set)
    from fresh_layouts_42 import FRESH42_FAMILIES, FRESH42_SEED_BASE  # noqa: E402  (forty-second blind set)
    from fresh_layouts_43 import FRESH43_FAMILIES, FRESH43_SEED_BASE  # noqa: E402  (forty-third blind set)
    from fresh_layouts_44 import FRESH44_FAMILIES, FRESH44_SEED_BASE  # noqa: E402  (forty-fourth blind set)
    from fresh_layouts_45 import FRESH45_FAMILIES, FRESH45_SEED_BASE  # noqa: E402  (forty-fifth blind set)
    from fresh_layouts_46 import FRESH46_FAMILIES, FRESH46_SEED_BASE  # noqa: E402  (forty-sixth blind set)
    from fresh_layouts_47 import FRESH47_FAMILIES, FRESH47_SEED_BASE  # noqa: E402  (forty-seventh blind set)
    from fresh_layouts_48 import FRESH48_FAMILIES, FRESH48_SEED_BASE  # noqa: E402  (forty-eighth blind set)
    from fresh_layouts_49 import FRESH49_FAMILIES, FRESH49_SEED_BASE  # noqa: E402  (forty-ninth blind set)
    from fresh_layouts_50 import FRESH50_FAMILIES, FRESH50_SEED_BASE  # noqa: E402  (fiftieth blind set)
    from fresh_layouts_51 import FRESH51_FAMILIES, FRESH51_SEED_BASE  # noqa: E402  (fifty-first blind set)
    from fresh_layouts_52 import FRESH52_FAMILIES, FRESH52_SEED_BASE  # noqa: E402  (fifty-second blind set)
    from fresh_layouts_53 import FRESH53_FAMILIES, FRESH53_SEED_BASE  # noqa: E402  (fifty-third blind set)
    from fresh_layouts_54 import FRESH54_FAMILIES, FRESH54_SEED_BASE  # noqa: E402  (fifty-fourth blind set)
    from fresh_layouts_55 import FRESH55_FAMILIES, FRESH55_SEED_BASE  # noqa: E402  (fifty-fifth blind set)
    from fresh_layouts_56 import FRESH56_FAMILIES, FRESH56_SEED_BASE  # noqa: E402  (fifty-sixth blind set)
    from fresh_layouts_57 import FRESH57_FAMILIES, FRESH57_SEED_BASE  # noqa: E402  (fifty-seventh blind set)
    from fresh_layouts_58 import FRESH58_FAMILIES, FRESH58_SEED_BASE  # noqa: E402  (fifty-eighth blind set)
    from fresh_layouts_59 import FRESH59_FAMILIES, FRESH59_SEED_BASE  # noqa: E402  (fifty-ninth blind set)
    sets = (("dev", DEV_FAMILIES, DEV_SEED_BASE), ("dev", MORE_FAMILIES, MORE_SEED_BASE),
            ("dev", EVEN_FAMILIES, EVEN_SEED_BASE), ("dev", NEWEST_FAMILIES, NEWEST_SEED_BASE),
            ("dev", NEWER_FAMILIES, NEWER_SEED_BASE), ("dev", NEWEST2_FAMILIES, NEWEST2_SEED_BASE),
            ("dev", FRESH_FAMILIES[:FRESH_SPLIT], FRESH_SEED_BASE), ("dev", FRESH_FAMILIES[FRESH_SPLIT:], FRESH_SEED_BASE_2),
            ("dev", FRESH2_FAMILIES, FRESH2_SEED_BASE), ("dev", FRESH3_FAMILIES, FRESH3_SEED_BASE),
            ("dev", FRESH4_FAMILIES, FRESH4_SEED_BASE),
            ("dev", FRESH5_FAMILIES[:FRESH5_SPLIT], FRESH5_SEED_BASE),
            ("dev", FRESH5_FAMILIES[FRESH5_SPLIT:], FRESH5_SEED_BASE_2),
            ("dev", FRESH6_FAMILIES, FRESH6_SEED_BASE),
            ("dev", FRESH7_FAMILIES, FRESH7_SEED_BASE),
            ("dev", FRESH8_FAMILIES, FRESH8_SEED_BASE),
            ("dev", FRESH9_FAMILIES, FRESH9_SEED_BASE),
            ("dev", FRESH10_FAMILIES, FRESH10_SEED_BASE),
            *(("dev", families, base) for families, base in FRESH11_SETS),
            ("dev", FRESH12_FAMILIES, FRESH12_SEED_BASE),
            ("dev", FRESH13_FAMILIES, FRESH13_SEED_BASE),
            ("dev", FRESH14_FAMILIES, FRESH14_SEED_BASE),
            ("dev", FRESH15_FAMILIES, FRESH15_SEED_BASE),
            ("dev", FRESH16_FAMILIES, FRESH16_SEED_BASE),
            ("dev", FRESH17_FAMILIES, FRESH17_SEED_BASE),
            ("dev", FRESH18_FAMILIES, FRESH18_SEED_BASE),
            ("dev", FRESH19_FAMILIES, FRESH19_SEED_BASE),
            ("dev", FRESH20_FAMILIES, FRESH20_SEED_BASE),
            ("dev", FRESH21_FAMILIES, FRESH21_SEED_BASE),
            ("dev", FRESH22_FAMILIES, FRESH22_SEED_BASE),
            ("dev", FRESH23_FAMILIES, FRESH23_SEED_BASE),
            ("dev", FRESH24_FAMILIES, FRESH24_SEED_BASE),
            ("dev", FRESH25_FAMILIES, FRESH25_SEED_BASE),
            ("dev", FRESH26_FAMILIES, FRESH26_SEED_BASE),
            ("dev", FRESH27_FAMILIES, FRESH27_SEED_BASE),
            ("dev", FRESH28_FAMILIES, FRESH28_SEED_BASE),
            ("dev", FRESH29_FAMILIES, FRESH29_SEED_BASE),
            ("dev", FRESH30_FAMILIES, FRESH30_SEED_BASE),
            ("dev", FRESH31_FAMILIES, FRESH31_SEED_BASE),
            ("dev", FRESH32_FAMILIES, FRESH32_SEED_BASE),
            ("dev", FRESH33_FAMILIES, FRESH33_SEED_BASE),
            ("dev", FRESH34_FAMILIES, FRESH34_SEED_BASE),
            ("dev", FRESH35_FAMILIES, FRESH35_SEED_BASE),
            ("dev", FRESH36_FAMILIES, FRESH36_SEED_BASE),
            ("dev", FRESH37_FAMILIES, FRESH37_SEED_BASE),
            ("dev", FRESH38_FAMILIES, FRESH38_SEED_BASE),
            ("dev", FRESH39_FAMILIES, FRESH39_SEED_BASE),
            ("dev", FRESH40_FAMILIES, FRESH40_SEED_BASE),
            ("dev", FRESH41_FAMILIES, FRESH41_SEED_BASE),
            ("dev", FRESH42_FAMILIES, FRESH42_SEED_BASE),
            ("dev", FRESH43_FAMILIES, FRESH43_SEED_BASE),
            ("dev", FRESH44_FAMILIES, FRESH44_SEED_BASE),
            ("dev", FRESH45_FAMILIES, FRESH45_SEED_BASE),
            ("dev", FRESH46_FAMILIES, FRESH46_SEED_BASE),
            ("dev", FRESH47_FAMILIES, FRESH47_SEED_BASE),
            ("dev", FRESH48_FAMILIES, FRESH48_SEED_BASE),
            ("dev", FRESH49_FAMILIES, FRESH49_SEED_BASE),
            ("dev", FRESH50_FAMILIES, FRESH50_SEED_BASE),
            ("dev", FRESH51_FAMILIES, FRESH51_SEED_BASE),
            ("dev", FRESH52_FAMILIES, FRESH52_SEED_BASE),
            ("dev", FRESH53_FAMILIES, FRESH53_SEED_BASE),
            ("dev", FRESH54_FAMILIES, FRESH54_SEED_BASE),
            ("dev", FRESH55_FAMILIES, FRESH55_SEED_BASE),
            ("dev", FRESH56_FAMILIES, FRESH56_SEED_BASE),
            ("dev", FRESH57_FAMILIES, FRESH57_SEED_BASE),
            ("dev", FRESH58_FAMILIES, FRESH58_SEED_BASE),
            ("dev", FRESH59_FAMILIES, FRESH59_SEED_BASE),
            ("heldout", HELDOUT_FAMILIES, HELDOUT_SEED_BASE),
            ("heldout", HELDOUT2_FAMILIES, HELDOUT2_SEED_BASE),
            ("heldout", HELDOUT3_FAMILIES, HELDOUT3_SEED_BASE),
            ("heldout", HELDOUT4_FAMILIES, HELDOUT4_SEED_BASE))
    names = [f.name for _, families, _ in sets for f in families]
    assert len(set(names)) == len(names), "family names must be unique"
    # every page seed lies in base + stride * (1..families) + [0, 50_000): no two sets may share one
    def stride(families):
        return getattr(families[0], "seed_stride", 100_000)

    spans = sorted((base + stride(families), base + stride(families) * len(families) + 50_000)
                   for _, families, base in sets)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), f"page seed ranges overlap: {spans}"
    for split, families, base in sets:
        assert stride(families) >= 50_000, families[0].name
        first, end = base + stride(families), base + stride(families) * len(families) + 50_000
        if split == "dev":  # below the held-back seeds, or above them all
            assert end <= HELDOUT_SEED_BASE or first >= DEV_HIGH_SEED_BASE, (base, families[0].name)
        else:
            assert HELDOUT_SEED_BASE <= first and end <= DEV_HIGH_SEED_BASE, (base, families[0].name)
    return sets


def main():
    sets = page_sets()
    counts = {}
    for split in ("dev", "heldout"):
        folder = PAGES / split
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*"):
            if not old.name.startswith("hand_"):
                old.unlink()
    for split, families, base in sets:
        folder = PAGES / split
        for index, family in enumerate(families, start=1):
            family.split = split
            counts[(split, family.name)] = len(build_family(family, base, index, folder))
    # hand-made pages: only checked
    for gold_file in sorted((PAGES / "dev").glob("hand_*.gold.yml")):
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        text = gold_file.with_name(gold_file.name.replace(".gold.yml", ".txt")).read_text(encoding="utf-8")
        problems = check_page_free(text, gold) + check_lines(text, gold)
        if problems:
            raise SystemExit(f"{gold_file.name}: {problems}")
        counts[("dev", "hand")] = counts.get(("dev", "hand"), 0) + 1
    for path in sorted(p for split in ("dev", "heldout") for p in (PAGES / split).glob("*")):  # not .cache/
        path.read_bytes().decode("utf-8")
        assert path.stat().st_size > 0, path
    for (split, name), count in counts.items():
        if split == "dev":  # held-back families stay unnamed: nobody developing may learn their layouts
            print(f"{split:8} {name:24} {count}")
    print("dev pages:", sum(c for (s, _), c in counts.items() if s == "dev"),
          "held-back pages:", sum(c for (s, _), c in counts.items() if s == "heldout"))


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.modules.setdefault("synthesize", sys.modules[__name__])
    main()
