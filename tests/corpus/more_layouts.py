"""More development layout families for the synthetic corpus (see tests/corpus/README.md).

The twenty families of synthesize.DEV_FAMILIES share one grammar of briefs, headlines, bylines and
credits; the families here imitate other papers (provincial, national, evening, metro, business,
county papers of other provinces) and print what those do differently:

* briefs: 【标题】正文 on one line; ■/●/▲/★ bullets; numbered briefs (1. / 一、); title and body on
  one line set apart by spaces or by 本报讯; briefs with no title; briefs told apart only by their
  trailing credit （张三）; 简讯/快讯/资讯/一周要闻 column labels;
* headlines: kicker, title and subtitle in several orders, a title over two or three lines, a
  headline after its body or with no blank line before the body, 【】 or ◆ around a title;
* bylines: 文/图 forms, 作者：, 文 | 张三, 本报记者 X 发自北京, 记者 X 通讯员 Y, 本报郑州5月2日讯,
  据新华社, trailing （张三 李四）, no byline at all;
* photo credits: X/摄, 摄影 X, 图/X, （X 摄）, 视觉中国供图, 资料图片, captions of two or three lines,
  a photo with a title line, a row of two captions with no blank line between them;
* commentaries under a column label (快评/短评/观点/新语), infoboxes (链接/相关链接/背景), jump lines
  in several forms (下转第2版, 转A3版▶, ▲上接第一版), furniture in other places and forms (one-line
  paper+date+page headers, page headers at the bottom, 第N版 / N版 / A·N, ads, QR promos), pages
  with no masthead or no date.

Gold conventions are those of synthesize.py (gold_kind applied literally): a brief with neither
本报讯 nor a （…） credit is an `article`; decorations (【】, ◆, bullets, numbers) are not part of a
gold title; a page header printed A·3 has gold page `A3`, 第3版 has `3`, 03版 has `03`.
Photographers are persons only: 视觉中国供图 and 资料图片 name none.

Seeds: MORE_SEED_BASE + 100_000*family + 1_000*attempt + n, between 5_000_000 and 8_999_999 (dev).
All text comes from articles.yml or from the short filler below, written for this corpus.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from layout_kit import TRAIL, form
from synthesize import (BY_ID, FILLER_CAPTIONS, Byline, Family, Item, L, PageBuilder, body_chars, choose,
                        cn_date, cr_outlet, cr_paren, date_lines, doubled, gold_kind, line_roles, lunar, phone,
                        photo_credit, seg_line, shorten, spaced, weekday, wrap)

MORE_SEED_BASE = 5_000_000

CN_NUM = "一二三四五六七八九十"


def cn_num(n: int) -> str:
    if n <= 10:
        return CN_NUM[n - 1]
    if n < 20:
        return "十" + CN_NUM[n - 11]
    return str(n)


# --------------------------------------------------------------------------- filler (written for this corpus)

FILLER_BRIEFS_2 = [
    ("城区新增一批共享充电桩", "近日，城区新建的一批公共充电桩投入使用，覆盖商圈、医院和大型社区停车场，市民可通过手机扫码充电，高峰时段排队时间明显缩短。"),
    ("夜间集市点亮城市烟火气", "入夏以来，多个街道开设夜间集市，设置小吃、文创、手工艺等摊位，并安排专人做好秩序维护和垃圾清运，吸引不少市民前来消夏。"),
    ("中小学暑期托管服务启动", "本市中小学暑期托管服务日前启动，各校结合实际开设阅读、体育、艺术等课程，家长可通过学校自愿报名，托管期间不组织集体补课。"),
    ("河道清淤工程完工", "经过两个月施工，城区主要河道清淤工程近日完工，共清理淤泥三万余立方米，河道行洪能力得到提升，沿岸环境也有了明显改善。"),
    ("乡村道路安全隐患排查", "县交通运输部门近日对辖区乡村道路开展安全隐患排查，重点检查急弯陡坡、临水临崖路段，对发现的问题建立台账，限期整改到位。"),
    ("社区开设老年人智能手机课堂", "为帮助老年人跨越“数字鸿沟”，多个社区开设智能手机课堂，志愿者手把手教授扫码支付、网上挂号、视频通话等操作。"),
]
PHOTO_TITLES = ("夏日田间忙", "城市夜色美", "科技馆里乐趣多", "便民服务暖人心", "花开正当时", "生产线上赶订单")
FILLER_LISTS = [
    ("今年民生实事项目", ["● 新建改建城市公园绿地二十处", "● 新增城市公共停车泊位一万个", "● 改造提升农贸市场十五个",
                          "● 新建社区食堂三十个", "● 完成城镇老旧小区改造一百个"]),
    ("防汛安全小贴士", ["1. 关注天气预报，雷雨天气尽量减少外出", "2. 不在河道、水库边游泳嬉戏",
                        "3. 遇到积水路段绕道通行，切勿冒险涉水", "4. 家中备好手电筒、应急药品等物品"]),
    ("暑期出行提示", ["▲ 提前查询景区预约信息，错峰出行", "▲ 自驾出行注意检查车况，不疲劳驾驶",
                       "▲ 户外活动做好防暑降温", "▲ 选择正规旅行社，签订书面合同"]),
]
QUESTIONS_2 = ["您怎么看待这项工作的意义？", "在推进中有哪些具体举措？", "下一步还有什么打算？", "群众最关心的问题是什么？"]


# --------------------------------------------------------------------------- bylines (callables: ctx, item -> Byline)


def _name(ctx, letter=None):
    n = ctx.name()
    return n, (spaced(n) if ctx.rng.random() < (ctx.family.letterspace if letter is None else letter) else n)


def _names(ctx, share):
    """X, and with chance `share` a second person: the names, and the names as printed."""
    a, shown = _name(ctx)
    names, parts = [a], [shown]
    if ctx.rng.random() < share:
        b, shown_b = _name(ctx)
        names.append(b)
        parts.append(shown_b)
    return names, parts


def _some_names(ctx, counts=(1, 1, 2)):
    """One or more fresh names (as many as drawn of `counts`): the names, and the names as printed."""
    names, shown = [], []
    for _ in range(ctx.rng.choice(counts)):
        n, s = _name(ctx)
        names.append(n)
        shown.append(s)
    return names, shown


def by_none(ctx, item):
    return Byline([])


def by_wen_bar(ctx, item):
    """文 | 张三 / 文/张三 / 文/本报记者 张三, sometimes with 图/李四 (the article's photographer)."""
    n, shown = _name(ctx)
    line = ctx.rng.choice(("文 | ", "文｜", "文/", "文/本报记者 ", "文/记者 ")) + shown
    if ctx.rng.random() < 0.4:
        p = ctx.name()
        item.photographers = [p]
        line += ctx.rng.choice((" 图 | ", " 图/", "  图/记者 ")) + p
    return Byline([n], before=[line])


def by_zuozhe(ctx, item):
    n, shown = _name(ctx)
    return Byline([n], before=[ctx.rng.choice(("作者：", "■作者 ", "作者/")) + shown])


def by_fazi(ctx, item):
    names = [ctx.name() for _ in range(ctx.rng.choice((1, 1, 2)))]
    place = ctx.rng.choice(("北京", "上海", "深圳", "西安", "兰州", "南宁"))
    return Byline(names, before=[f"本报记者 {' '.join(names)} 发自{place}"])


def by_jizhe_tongxun(ctx, item):
    a, shown = _name(ctx)
    b = ctx.name()
    if ctx.rng.random() < 0.3:
        return Byline([a, b], before=[f"记者 {shown}", f"通讯员 {b}"])
    return Byline([a, b], before=[f"记者 {shown} 通讯员 {b}"])


def by_place_xun(ctx, item):
    """本报郑州5月2日讯（记者 X 通讯员 Y）: a dated local dispatch, not 本报讯 (an article)."""
    d = ctx.date - datetime.timedelta(days=1)
    names = [ctx.name()]
    inner = f"记者 {names[0]}"
    if ctx.rng.random() < 0.5:
        names.append(ctx.name())
        inner += f" 通讯员 {names[1]}"
    return Byline(names, glue=f"本报{ctx.family.city}{d.month}月{d.day}日讯（{inner}） ")


def by_outlet_line(ctx, item):
    n, shown = _name(ctx)
    return Byline([n], before=[f"{ctx.rng.choice(('', '□', '■'))}{ctx.family.outlet}记者 {shown}"])


def by_outlet_wentu(ctx, item):
    n, shown = _name(ctx)
    item.photographers = [n]
    return Byline([n], before=[f"{ctx.family.outlet}记者 {shown} 文/图"])


def by_trailing_pair(ctx, item):
    names = [ctx.name() for _ in range(2)]
    return Byline(names, trail=f"（{' '.join(names)}）", hint="paren")


by_trailing_one = form(("（{0}）", "（记者 {0}）", "（通讯员 {0}）"), **TRAIL)


def by_benbaoxun_reporter(ctx, item):
    n, shown = _name(ctx)
    return Byline([n], glue=f"本报讯（记者 {shown}）", hint="benbaoxun")


def by_xinhua_ju(ctx, item):
    return Byline([], before=[ctx.rng.choice(("据新华社", "据新华社电", "据新华社报道"))], hint="agency",
                  before_role="credit")


def by_byline_after(ctx, item):
    """The reporters named under the text: 记者 张三 李四."""
    names = [ctx.name() for _ in range(ctx.rng.choice((1, 2)))]
    return Byline(names, after=[f"{ctx.rng.choice(('记者 ', '本报记者 ', '□记者 '))}{' '.join(names)}"])


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_slash = photo_credit("{n}/摄")


cr_sheying = photo_credit(("摄影 {n}", "摄影/{n}", "摄影：{n}"), ("line", "before"))


cr_tu = photo_credit(("图/{n}", "图/本报记者 {n}", "图｜{n}"), ("before", "line", "glue"))


cr_vcg = photo_credit(("视觉中国供图", "（视觉中国供图）"), named=False)


cr_ziliao = photo_credit(("（资料图片）", "资料图片"), named=False)


cr_jizhe = photo_credit(("记者 {n} 摄", "记者{n}摄", "（记者 {n} 摄）"))


cr_xinhua_full = photo_credit("新华社记者 {n} 摄")


# --------------------------------------------------------------------------- the family and its builder


@dataclass
class MoreFamily(Family):
    city: str = ""
    head_orders: dict = field(default_factory=lambda: {"kts": 1})  # k kicker, t title, s subtitle
    head_marks: dict = field(default_factory=lambda: {"": 1})  # "" | 【】 | ◆
    title_lines: dict = field(default_factory=lambda: {1: 3, 2: 1})
    head_together: float = 0.3  # all headline lines in one chunk (no blank lines between them)
    head_tight: float = 0.0  # no blank line between the headline and the body
    jump_forms: tuple = ("（下转第{n}版）",)
    cont_forms: tuple = ("（上接第{n}版）",)
    jump_glued: float = 0.3
    brief_forms: dict = field(default_factory=lambda: {"bullet_title": 1})
    brief_bullets: str = "■"
    brief_credits: dict = field(default_factory=lambda: {"trail": 1})
    brief_labels: tuple = ("简讯",)
    brief_joined: float = 0.0  # briefs of a column printed with no blank line between them
    comment_labels: tuple = ("短评",)
    link_labels: tuple = ("相关链接",)
    photo_title: float = 0.5
    photo_title_mark: str = ""
    builder: type | None = None


class Joined(list):
    """An item's chunks printed with no blank line after them (the next item follows at once)."""


class MoreBuilder(PageBuilder):

    # -------------------------------------------------------------- helpers

    def jump_text(self, forms, offset: int) -> str:
        n = max(1, self.ctx.page_no + offset)
        form = self.rng.choice(forms)
        return form.format(n=n, cn=cn_num(n), n2=f"{n:02d}")

    def emit(self, chunks, out, tight=False, joined=False):
        if isinstance(chunks, Joined):
            tight = joined = True
        super().emit(chunks, out, tight, joined)

    def headline(self, item: Item, title: str, kicker: str = "", subtitle: str = "") -> list:
        rng, fam = self.rng, self.family
        printed = doubled(title) if rng.random() < fam.doubled else title
        item.printed_title = printed
        n = choose(rng, fam.title_lines)
        if " " in printed and n > 1:
            parts = printed.split(" ")
            if len(parts) > n:
                parts = parts[:n - 1] + [" ".join(parts[n - 1:])]
        elif n > 1 and len(title) >= 6 * n and printed == title:
            step = len(title) / n
            cuts = [round(step * i) + rng.randrange(-2, 3) for i in range(1, n)]
            parts = [title[a:b] for a, b in zip([0] + cuts, cuts + [len(title)])]
        else:
            parts = [printed]
        mark = choose(rng, fam.head_marks)
        if mark == "【】":
            parts[0] = "【" + parts[0]
            parts[-1] = parts[-1] + "】"
        elif mark:
            parts[0] = mark + parts[0]
        if subtitle and not subtitle.startswith("——") and rng.random() < fam.dash_subtitle:
            subtitle = "——" + subtitle
        pieces = {"k": [L(kicker, "kicker")] if kicker else [], "t": [L(x, "title") for x in parts],
                  "s": [L(subtitle, "subtitle")] if subtitle else []}
        order = choose(rng, fam.head_orders)
        item.kicker, item.title, item.subtitle = kicker, title, subtitle
        if rng.random() < fam.head_together:
            return [[x for key in order for x in pieces[key]]]
        return [pieces[key] for key in order if pieces[key]]

    # -------------------------------------------------------------- items

    def article(self, source, body, slot, styles, jump=False, keep_stack=True):
        rng, fam = self.rng, self.family
        item, width, by = self.opened_article(styles)
        head = self.headline(item, source["title"], *self.kept_stack(source, keep_stack))
        body_chunks = []
        jump_line = None
        for k, (role, text) in enumerate(body):
            printed, jump_line = self.dressed_para(k, role, text, body, by, jump, jump_line)
            if role == "heading":
                body_chunks.append([seg_line(printed)])
            else:
                body_chunks.append(self.para_lines(printed, width))
        item.chunks = self.arranged_article(item, slot, body, by, head, body_chunks, jump_line, rng.random() < fam.displaced)
        return item

    def dressed_para(self, k, role, text, body, by, jump, jump_line, trail_role=lambda trail: "credit"):
        """Paragraph k as printed: the byline's glue opens the first, its trail (and the jump, or a
        jump line kept for after the body) ends the last. Returns the segments and the jump line."""
        own = "heading" if role == "heading" else "body"
        printed = [(own, text)]
        if k == 0 and by.glue:
            printed = [("byline", by.glue), (own, text)]
        if k == len(body) - 1 and by.trail:
            printed = [(own, text), (trail_role(by.trail), by.trail)]
        if k == len(body) - 1 and jump:
            jt = self.jump_text(self.family.jump_forms, 1)
            if self.rng.random() < self.family.jump_glued:
                printed.append(("jump", jt))
            else:
                jump_line = jt
        return printed, jump_line

    def arranged_article(self, item, slot, body, by, head, body_chunks, jump_line, displaced):
        """An article's chunks: headline, byline lines, body, lines after it; the headline last when
        `displaced`, or run into the body (no blank line) at the family's head_tight rate."""
        if jump_line:
            body_chunks.append([L(jump_line, "jump")])
        item.body = list(body)
        item.kind = gold_kind(slot, by.hint, item.title, body)
        before = [[L(x, by.before_role)] for x in by.before]
        after = [[L(x, "byline")] for x in by.after]
        if displaced:
            return before + body_chunks + after + head
        if self.rng.random() < self.family.head_tight:  # no blank line between headline and body
            first = [x for c in head + before for x in c] + body_chunks[0]
            return [first] + body_chunks[1:] + after
        return head + before + body_chunks + after

    def slot_bare(self):
        """An article with no byline: only its headline sets it apart."""
        src = self.pick(["000-02", "001-01", "001-02", "001-06", "002-02", "002-05", "003-01", "003-07", "004-01"])
        body = shorten(self.rng, src["body"], keep_min=3)
        return self.article(src, body, "article", {by_none: 1}, keep_stack=self.rng.random() < 0.5)

    def brief_source(self):
        if self.rng.random() < 0.25:
            title, text = self.unused_or_first(FILLER_BRIEFS_2, "filler2")
            return {"title": title, "kicker": "", "subtitle": ""}, [("paragraph", text)]
        return super().brief_source()

    def slot_briefs(self):
        """A column of briefs in one of the forms of the family."""
        rng, fam, ctx = self.rng, self.family, self.ctx
        label = [x for x in [rng.choice(fam.brief_labels or ("",))] if x]
        form = choose(rng, fam.brief_forms)
        credit = "trail" if form == "credit_only" else choose(rng, fam.brief_credits)
        joined = form == "credit_only" or rng.random() < fam.brief_joined
        bullet = rng.choice(fam.brief_bullets) if fam.brief_bullets else ""
        items = []
        count = rng.choice((2, 3, 3, 4))
        for k in range(count):
            src, body = self.brief_source()
            body = body[:1] if len(body[0][1]) > 120 or rng.random() < 0.6 else body[:2]
            item = Item("brief")
            title = "" if form in ("notitle", "credit_only") else src["title"]
            names, glue, trail, hint = [], "", "", "plain"
            if credit == "trail":
                names = [ctx.name() for _ in range(rng.choice((1, 1, 2)))]
                trail, hint = f"（{' '.join(names)}）", "paren"
            elif credit == "benbaoxun":
                glue, hint = "本报讯 ", "benbaoxun"
            elif credit == "reporter":
                names = [ctx.name()]
                glue, hint = f"本报讯（记者 {names[0]}）", "benbaoxun"
            number = f"{k + 1}." if rng.random() < 0.5 else f"{cn_num(k + 1)}、"
            if form == "bracket":
                head = [("title", f"【{title}】")]
            elif form == "inline":
                head = [("title", f"{bullet}{title}" + rng.choice(("\u3000", "  ", " ")))]
            elif form == "numbered":
                head = [("title", f"{number}{title}")]
            elif form == "numbered_inline":
                head = [("title", f"{number}{title}\u3000")]
            elif form == "xun_inline":  # 标题 本报讯 正文
                head = [("title", f"{bullet}{title} ")]
                if not glue:
                    glue, hint = "本报讯 ", "benbaoxun"
            elif form == "notitle":
                head = [("body", bullet)] if bullet else []
            else:  # bullet_title: title on its own line; credit_only: nothing
                head = []
            lines = []
            if form in ("bullet_title", "numbered_line"):
                lines.append(L(f"{bullet}{title}", "title"))
            width = self.width
            for j, (_, text) in enumerate(body):
                segs = (head if j == 0 else []) + [("byline", glue if j == 0 else ""), ("body", text),
                                                   ("credit", trail if j == len(body) - 1 else "")]
                segs = [(r, t) for r, t in segs if t]
                lines += self.para_lines(segs, width)
            item.title = item.printed_title = title
            item.authors = names
            item.body = body
            item.kind = gold_kind("brief", hint, title, body)
            last = k == count - 1
            item.chunks = Joined([lines]) if joined and not last else [lines]
            item.tight = True
            items.append(item)
        return label, items

    def slot_photo(self, joined=False):
        rng, ctx, fam = self.rng, self.ctx, self.family
        item = Item("photo")
        if rng.random() < 0.3:
            caption = self.unused_or_first(FILLER_CAPTIONS, "cap")
            title = rng.choice(PHOTO_TITLES) if rng.random() < fam.photo_title else ""
        else:
            src = self.pick(["000-03", "002-01", "002-04", "002-06", "003-02", "003-06"])
            caption = src["body"][0]["text"]
            title = src["title"] if rng.random() < max(fam.photo_title, 0.5) else ""
        style = choose(rng, {c: 1 for c in fam.credits})
        where, credit, photographers = style(ctx)
        item.photographers = photographers
        width = rng.randrange(max(10, self.width - 2), max(self.width + 14, 24))
        if where == "glue":
            segments = [("caption", caption), ("credit", rng.choice(("", " ")) + credit)]
        else:
            segments = [("caption", caption)]
        lines = wrap("".join(t for _, t in segments), width)
        lines = [L(x, *r) for x, r in zip(lines, line_roles(segments, lines))]
        block = []
        if title:
            block.append(L(fam.photo_title_mark + title, "title"))
            item.title = item.printed_title = title
        if where == "before":
            block.append(L(credit, "credit"))
        block += lines
        if where == "line":
            block.append(L(credit, "credit"))
        item.body = [("caption", caption)]
        item.chunks = Joined([block]) if joined else [block]
        item.interleavable = True
        return item

    def slot_row(self):
        """The first of a row of two captions: the next slot (a photo) follows with no blank line."""
        return self.slot_photo(joined=True)

    def slot_comment(self):
        """A commentary under a column label (快评/短评/观点/新语)."""
        rng, ctx, fam = self.rng, self.ctx, self.family
        src = self.pick(["002-03", "004-02"])
        body = shorten(rng, src["body"], keep_min=3)
        item = Item("commentary")
        width = self.w()
        label = ctx.furn(rng.choice(fam.comment_labels))
        chunks = [[L(label, "furniture")]]
        form = rng.choice(("name_end", "name_top", "institution"))
        tail = []
        if form == "institution":
            head = self.headline(item, rng.choice(("携手走深走实", "绿色转型正当时", "以实干开新局")))
            chunks += head + [[L(rng.choice(("本报评论员", "■本报评论员", "特约评论员")), "byline")]]
            item.authors = []
        elif form == "name_top":
            name, shown = _name(ctx)
            item.authors = [name]
            chunks.append([L(rng.choice(("", "□", "◇")) + shown, "byline")])
        else:
            tail = self.signed_at_end(item)
        return self.with_paragraphs(item, chunks, body, width, tail)

    def label_head(self, item, label, title, marks, kicker_share):
        """A box's label printed after one of `marks`: a kicker over the box's title, or the title
        itself (the box's own title then unprinted)."""
        printed = self.rng.choice(marks) + label
        if self.rng.random() < kicker_share:
            head = [[L(printed, "kicker")]] + self.headline(item, title)
            item.kicker = label
            return head
        item.title = item.printed_title = label
        return [[L(printed, "title")]]

    def slot_link(self):
        """A 链接/相关链接/背景 box: a label, maybe a title, list lines."""
        rng, fam = self.rng, self.family
        item = Item("infobox")
        label = rng.choice(fam.link_labels)
        if rng.random() < 0.5:
            title, entries = self.unused_or_first(FILLER_LISTS, "list")
            entries = list(entries)
        else:
            src = BY_ID["004-07"]
            title = "双城经济圈建设 进入全面提速、积厚成势新阶段"
            items = [b["text"] for b in src["body"] if b["role"] == "listitem"]
            start = rng.randrange(0, len(items) - 5)
            entries = items[start:start + rng.randrange(3, 6)]
        head = self.label_head(item, label, title, ("", "■", "◎"), 0.5)
        body = [("listitem", x) for x in entries]
        chunks = head + [[L(x, "body") for x in entries]]
        item.body, item.chunks = body, chunks
        item.kind = "infobox"
        return item

    continuation_glued = 0.3

    def continuation_marker(self):
        return self.jump_text(self.family.cont_forms, -1)


# --------------------------------------------------------------------------- furniture helpers


def header(ctx, text, page):
    return ctx.furn(text, page=page)


def maybe(ctx, p):
    return ctx.rng.random() < p


def ad_lines(ctx, area):
    rng = ctx.rng
    return [ctx.furn(rng.choice(("广告", "广而告之", "公益广告"))),
            ctx.furn(rng.choice(("诚邀合作 广告热线：", "招商热线：", "刊登热线：")) + phone(rng, area))]


def qr(ctx, app):
    return ctx.furn(ctx.rng.choice((f"扫码下载{app}客户端", f"▲扫描二维码 关注{app}", f"扫一扫 关注{app}微信公众号")))


# --------------------------------------------------------------------------- families

# 1 河南日报: organ masthead, lunar date, 第N版 header; 【标题】正文 一周要闻; 本报郑州…讯; 相关链接


def _henan_top(ctx):
    if maybe(ctx, 0.25):  # an inside page: one header line, no masthead
        return [header(ctx, f"{ctx.page_no:02d} {ctx.section}", f"{ctx.page_no:02d}")]
    return [ctx.furn("河南日报", paper=True), ctx.furn("HENAN DAILY"), ctx.furn("中共河南省委机关报"),
            ctx.furn(f"{cn_date(ctx.date)} {weekday(ctx.date)} 农历{lunar(ctx.date)}", date=True),
            ctx.furn(f"今日{ctx.family_pages}版"), header(ctx, f"第{ctx.page_no}版 {ctx.section}", str(ctx.page_no))]


def _henan_bottom(ctx):
    a, b = ctx.name(), ctx.name()
    return [ctx.furn(f"本版编辑 {a} 校对 {b}"), qr(ctx, "顶端新闻")]


# 2 辽宁日报: paper+date+page on one line; 辽宁日报记者 line; kicker/subtitle orders; numbered briefs


def _liaoning_top(ctx):
    text = f"辽宁日报 {cn_date(ctx.date)} {weekday(ctx.date)} {ctx.page_no}版 {ctx.section}"
    return [ctx.furn(text, paper=True, date=True, page=str(ctx.page_no))]


def _liaoning_bottom(ctx):
    a = ctx.name()
    return [ctx.furn(f"责任编辑：{a}"), ctx.furn(f"地址：沈阳市和平区{ctx.rng.randrange(2, 9)}号 邮编：110003")]


# 3 今晚报: page header at the bottom; ● briefs with title and body on one line; 文 | 张三; 图/X


def _jinwan_top(ctx):
    return [] if maybe(ctx, 0.5) else [ctx.furn(f"{ctx.section}", page=None)]


def _jinwan_bottom(ctx):
    label = f"{ctx.page_no}"
    lines = [ctx.furn(f"今晚报 {cn_date(ctx.date)} 第{label}版", paper=True, date=True, page=label)]
    return lines + [ctx.furn(f"编辑 {ctx.name()}")]


# 4 燕赵都市报: A·N header; ■本报讯 briefs told apart by trailing credits; headline after body; ads


def _yanzhao_top(ctx):
    label = f"A·{ctx.page_no}"
    if maybe(ctx, 0.3):
        return [header(ctx, f"{label} {ctx.section}", f"A{ctx.page_no}")]
    return [ctx.furn("燕赵都市报", paper=True), header(ctx, f"{label} {ctx.section}·{ctx.rng.choice(('热点', '关注', '综合'))}", f"A{ctx.page_no}"),
            ctx.furn(f"{ctx.date.year}年{ctx.date.month}月{ctx.date.day}日", date=True)]


def _yanzhao_bottom(ctx):
    return ad_lines(ctx, "0311") + [ctx.furn(f"责编：{ctx.name()} 美编：{ctx.name()}")]


# 5 福建日报: national-style masthead with issue number; 本报记者 X 发自; ★ 快讯; ◆ titles


def _fujian_top(ctx):
    lines = [ctx.furn("福建日报", paper=True), ctx.furn("FUJIAN DAILY"), ctx.furn("中共福建省委机关报"),
             ctx.furn("国内统一连续出版物号 CN 35-0001"), ctx.furn(f"第{ctx.rng.randrange(25000, 26999)}号")]
    if maybe(ctx, 0.3):
        return lines  # no date on this page
    return lines + date_lines(ctx, "week") + [header(ctx, f"第{ctx.page_no}版", str(ctx.page_no))]


def _fujian_bottom(ctx):
    return [ctx.furn(f"福建日报社出版 地址：福州市华林路{ctx.rng.randrange(80, 99)}号"), ctx.furn("零售每份1.00元")]


# 6 工人日报: national; 本报记者 X 发自北京; 新语 commentary; jump lines 转第N版


def _gongren_top(ctx):
    return [ctx.furn("工人日报", paper=True), ctx.furn("WORKERS' DAILY"),
            ctx.furn(f"{cn_date(ctx.date)} 星期{'一二三四五六日'[ctx.date.weekday()]}", date=True),
            header(ctx, f"{ctx.page_no}版 {ctx.section}", str(ctx.page_no))]


def _gongren_bottom(ctx):
    return [ctx.furn(f"本版编辑：{ctx.name()} 版式：{ctx.name()}")]


# 7 哈尔滨日报: city paper; no date on some pages; ◆ titles; photo titles and 2-3 line captions; rows


def _harbin_top(ctx):
    lines = [header(ctx, f"{ctx.page_no:02d}版 {ctx.section}", f"{ctx.page_no:02d}")]
    if maybe(ctx, 0.5):
        lines += [ctx.furn(f"{cn_date(ctx.date)} {weekday(ctx.date)}", date=True)]
    return lines


def _harbin_bottom(ctx):
    return [ctx.furn("哈尔滨日报社出品"), qr(ctx, "冰城+")] if maybe(ctx, 0.5) else [ctx.furn(f"编辑：{ctx.name()}")]


# 8 海南日报: 海南日报记者 X 文/图; 本报海口…讯; 背景 boxes; interviews 记者：/人名：


def _hainan_top(ctx):
    return [ctx.furn("海南日报", paper=True), ctx.furn("HAINAN DAILY"),
            ctx.furn(f"{ctx.date.year}年{ctx.date.month}月{ctx.date.day}日 {weekday(ctx.date)}", date=True),
            header(ctx, f"A{ctx.page_no:02d} 海南新闻", f"A{ctx.page_no:02d}")]


def _hainan_bottom(ctx):
    return [ctx.furn(f"值班主任：{ctx.name()} 主编：{ctx.name()} 美编：{ctx.name()}")]


# 9 晋江经济报: county paper; plain; 本报讯（记者 X）; ▲ 简讯 credit-only; no masthead on most pages


def _jinjiang_top(ctx):
    if maybe(ctx, 0.6):
        return []
    return [ctx.furn("晋江经济报", paper=True), ctx.furn(f"{ctx.date.year}.{ctx.date.month}.{ctx.date.day}", date=True)]


def _jinjiang_bottom(ctx):
    return [ctx.furn(f"新闻热线：{phone(ctx.rng, '0595')}")] if maybe(ctx, 0.5) else []


# 10 第一财经日报: business; 作者：/文 | ; 观点 column; interviews 问/答; A·N; no blank lines


def _yicai_top(ctx):
    return [ctx.furn("第一财经日报", paper=True), ctx.furn("CHINA BUSINESS NEWS"),
            header(ctx, f"A{ctx.page_no} {ctx.section}", f"A{ctx.page_no}"), *date_lines(ctx, "dots")]


def _yicai_bottom(ctx):
    return [ctx.furn(f"编辑：{ctx.name()}"), qr(ctx, "第一财经")]


# 11 新安晚报: evening; narrow columns, a blank line after every line, ★ 快讯, letter-spaced names


def _xinan_top(ctx):
    if maybe(ctx, 0.3):
        return []
    return [ctx.furn(f"新安晚报 {cn_date(ctx.date)} {weekday(ctx.date)}", paper=True, date=True),
            header(ctx, f"A{ctx.page_no:02d}", f"A{ctx.page_no:02d}")]


def _xinan_bottom(ctx):
    return [ctx.furn(f"首席编辑 {ctx.name()} 组版 {ctx.name()}"), qr(ctx, "新安晚报")]


# 12 内蒙古日报: wide columns, title over three lines, 资讯 with 1. numbered inline briefs, 据新华社


def _nmg_top(ctx):
    return [ctx.furn("内蒙古日报", paper=True), ctx.furn("NEI MONGOL DAILY"),
            ctx.furn(f"{cn_date(ctx.date)} {weekday(ctx.date)}", date=True),
            header(ctx, f"第{cn_num(ctx.page_no)}版 {ctx.section}·综合", str(ctx.page_no))]


def _nmg_bottom(ctx):
    return [ctx.furn(f"责任编辑：{ctx.name()} 版式策划：{ctx.name()}"),
            ctx.furn(f"社址：呼和浩特市新华大街{ctx.rng.randrange(20, 99)}号 邮编：010000")]


def opts(*options):
    def pick(rng):
        return list(rng.choice(options))
    return pick


def fam(name, paper, top, bottom, bylines, **kw):
    return MoreFamily(name, paper, top, bottom, bylines, builder=MoreBuilder, **kw)


MORE_FAMILIES = [
    fam("henan_provincial", "河南日报", _henan_top, _henan_bottom,
        {by_place_xun: 3, by_outlet_line: 2, by_none: 1},
        brief_bylines={"benbaoxun_paren": 1}, credits=(cr_outlet, cr_slash, cr_ziliao), outlet="河南日报",
        city="郑州", width=(18, 25), blank={"para": 1}, indent=0.5,
        slots=opts(["article", "briefs", "photo"], ["article", "link", "photo"], ["briefs", "article", "comment"]),
        brief_forms={"bracket": 1}, brief_credits={"benbaoxun": 1, "none": 1, "trail": 1},
        brief_labels=("一周要闻", "河南新闻速览"), head_orders={"kts": 2, "tks": 1}, title_lines={1: 1, 2: 2},
        comment_labels=("豫快评", "快评"), link_labels=("相关链接", "链接"), jump_out=0.3,
        jump_forms=("（下转第{n}版）", "下转第{n}版"), sections=("要闻", "综合", "经济", "时政")),
    fam("liaoning_provincial", "辽宁日报", _liaoning_top, _liaoning_bottom,
        {by_outlet_line: 3, by_jizhe_tongxun: 2, "xinhua": 1},
        brief_bylines={by_trailing_one: 1}, credits=(cr_outlet, cr_xinhua_full, cr_sheying), outlet="辽宁日报",
        width=(16, 22), blank={"para": 2, "none": 1},
        slots=opts(["article", "briefs", "photo"], ["continuation", "article", "photo"], ["article", "brief", "brief"]),
        brief_forms={"numbered": 2, "numbered_inline": 1}, brief_credits={"trail": 2, "reporter": 1},
        brief_labels=("简讯", "辽宁新闻速览", ""), head_orders={"kts": 1, "skt": 1, "kst": 1}, dash_subtitle=0.6,
        cont_forms=("（上接第{n}版）", "▲上接第{cn}版"), page_style="plain"),
    fam("jinwan_evening", "今晚报", _jinwan_top, _jinwan_bottom,
        {by_wen_bar: 4, by_none: 1},
        brief_bylines={by_trailing_one: 1}, credits=(cr_tu, cr_sheying, cr_slash), width=(10, 14),
        blank={"para": 1, "every": 1}, letterspace=0.6, doubled=0.2, stray_spaces=0.05,
        slots=opts(["briefs", "article", "row", "photo"], ["article", "photo", "briefs"], ["article", "article"]),
        brief_forms={"inline": 2, "bullet_title": 1}, brief_bullets="●", brief_credits={"trail": 1, "none": 1},
        brief_labels=("津门快讯", "快讯"), head_marks={"": 3, "◆": 1}, title_lines={1: 2, 2: 2, 3: 1},
        sections=("都市新闻", "社会", "副刊")),
    fam("yanzhao_metro", "燕赵都市报", _yanzhao_top, _yanzhao_bottom,
        {by_jizhe_tongxun: 3, by_benbaoxun_reporter: 1, by_byline_after: 1},
        brief_bylines={by_benbaoxun_reporter: 1, by_trailing_one: 1}, credits=(cr_jizhe, cr_vcg, cr_paren),
        width=(12, 17), blank={"every": 1, "none": 1}, letterspace=0.5,
        slots=opts(["article", "briefs"], ["briefs", "photo", "article"], ["article", "brief", "photo"]),
        brief_forms={"credit_only": 2, "notitle": 1, "xun_inline": 1}, brief_bullets="■",
        brief_credits={"trail": 1}, brief_labels=("资讯", "城事"), displaced=0.4, head_tight=0.4,
        sections=("民生", "社会", "河北")),
    fam("fujian_provincial", "福建日报", _fujian_top, _fujian_bottom,
        {by_fazi: 2, "benbaoxun_paren": 2, by_outlet_line: 1},
        credits=(cr_outlet, cr_xinhua_full), outlet="福建日报", width=(20, 27), blank={"para": 1},
        indent=0.7, slots=opts(["article", "briefs", "photo"], ["article", "photo", "comment"], ["qa", "link"]),
        brief_forms={"bullet_title": 1, "inline": 1}, brief_bullets="★", brief_credits={"benbaoxun": 2, "reporter": 1},
        brief_labels=("快讯", "八闽快讯"), head_marks={"": 2, "◆": 1}, head_orders={"kts": 2, "tsk": 1},
        qa=("问：", "答："), qa_bylines={by_fazi: 1}, comment_labels=("闽声", "短评"), link_labels=("背景", "链接")),
    fam("gongren_national", "工人日报", _gongren_top, _gongren_bottom,
        {by_fazi: 3, "reporter": 2, by_xinhua_ju: 1},
        brief_bylines={"benbaoxun_paren": 1, by_trailing_pair: 1}, credits=(cr_xinhua_full, cr_paren, cr_vcg),
        width=(18, 24), blank={"para": 1}, indent=0.3,
        slots=opts(["article", "comment", "photo"], ["article", "brief", "continuation"], ["article", "briefs"]),
        brief_forms={"bullet_title": 1}, brief_bullets="▲", brief_credits={"trail": 1, "reporter": 1},
        brief_labels=("一周要闻", "简讯"), comment_labels=("新语", "工人时评", "观点"), jump_out=0.5,
        jump_forms=("（转第{n}版）", "下转{n}版", "（下转第{n}版）"), cont_forms=("（上接第{n}版）", "上接{n}版")),
    fam("harbin_city", "哈尔滨日报", _harbin_top, _harbin_bottom,
        {by_outlet_line: 2, by_none: 2, by_trailing_pair: 1},
        brief_bylines={by_trailing_pair: 1}, credits=(cr_outlet, cr_tu, cr_ziliao, cr_slash), outlet="哈尔滨日报",
        width=(14, 20), blank={"para": 1, "none": 1},
        slots=opts(["article", "row", "photo"], ["photo", "bare", "bare"], ["article", "photo", "brief"]),
        head_marks={"◆": 2, "": 1, "【】": 1}, photo_title=0.8, photo_title_mark="◆", title_lines={1: 2, 2: 1},
        head_together=0.6, sections=("城事", "要闻", "冰城")),
    fam("hainan_provincial", "海南日报", _hainan_top, _hainan_bottom,
        {by_outlet_wentu: 2, by_place_xun: 2, by_outlet_line: 1},
        brief_bylines={by_benbaoxun_reporter: 1}, credits=(cr_outlet, cr_sheying), outlet="海南日报", city="海口",
        width=(15, 21), blank={"para": 1},
        slots=opts(["article", "link", "qa"], ["qa", "photo", "brief"], ["article", "photo", "photo"]),
        qa=("记者：", None), qa_bylines={by_outlet_line: 1}, link_labels=("背景", "相关链接"),
        head_orders={"kts": 1, "tks": 1}, sections=("海南新闻", "综合")),
    fam("jinjiang_county", "晋江经济报", _jinjiang_top, _jinjiang_bottom,
        {by_benbaoxun_reporter: 3, by_none: 2, "benbaoxun_trailing": 1},
        brief_bylines={by_benbaoxun_reporter: 1}, credits=(cr_jizhe, cr_paren, cr_ziliao), width=(13, 30),
        per_article_width=True, blank={"para": 1, "every": 1},
        slots=opts(["article", "briefs", "bare"], ["briefs", "comment"], ["bare", "brief", "photo"]),
        brief_forms={"credit_only": 1, "notitle": 1, "bullet_title": 1}, brief_bullets="▲",
        brief_credits={"trail": 1}, brief_labels=("简讯", "镇街简讯", ""), comment_labels=("短评", "晋江时评"),
        interleave=0.3, sections=("综合", "镇街", "社会")),
    fam("yicai_business", "第一财经日报", _yicai_top, _yicai_bottom,
        {by_zuozhe: 2, by_wen_bar: 1, by_fazi: 1},
        brief_bylines={by_trailing_one: 1}, credits=(cr_vcg, cr_ziliao, cr_tu), width=(18, 26),
        blank={"none": 2, "para": 1},
        slots=opts(["article", "comment"], ["qa", "briefs"], ["article", "link", "photo"]),
        brief_forms={"xun_inline": 1, "bracket": 1}, brief_bullets="", brief_credits={"benbaoxun": 1},
        brief_labels=("财经资讯", "资讯"), qa=("问：", "答："), qa_bylines={by_zuozhe: 1},
        comment_labels=("观点", "一财社论"), head_tight=0.5, head_orders={"tks": 1, "kts": 1, "stk": 1},
        sections=("宏观", "金融", "产经")),
    fam("xinan_evening", "新安晚报", _xinan_top, _xinan_bottom,
        {by_jizhe_tongxun: 2, by_wen_bar: 1, by_none: 1},
        brief_bylines={by_trailing_one: 1}, credits=(cr_slash, cr_jizhe, cr_vcg), width=(10, 13),
        blank={"every": 2, "para": 1}, letterspace=0.8, stray_spaces=0.08, doubled=0.15,
        slots=opts(["briefs", "photo", "article"], ["article", "row", "photo"], ["article", "brief", "brief"]),
        brief_forms={"inline": 1, "notitle": 1}, brief_bullets="★", brief_credits={"trail": 1},
        brief_labels=("快讯",), brief_joined=0.5, displaced=0.3, interleave=0.3),
    fam("nmg_provincial", "内蒙古日报", _nmg_top, _nmg_bottom,
        {"reporter": 2, by_xinhua_ju: 1, by_byline_after: 1},
        brief_bylines={"benbaoxun_trailing": 1}, credits=(cr_xinhua_full, cr_outlet, cr_sheying), outlet="内蒙古日报",
        width=(22, 30), blank={"para": 1, "none": 1},
        slots=opts(["article", "briefs"], ["continuation", "photo", "link"], ["article", "comment", "photo"]),
        brief_forms={"numbered_inline": 1, "numbered": 1}, brief_credits={"benbaoxun": 1, "reporter": 1},
        brief_labels=("资讯", "草原简讯"), title_lines={1: 1, 2: 1, 3: 2}, head_together=0.7,
        cont_forms=("（上接第{cn}版）", "▲上接{n}版"), jump_forms=("（下转第{cn}版）",),
        comment_labels=("北疆新语",), sections=("要闻", "综合", "旗县")),
]
