"""SECOND HELD-BACK set of layout families of the synthetic corpus (see tests/corpus/README.md).

Developers of the segmenter: do not read this file and do not tune on pages/heldout/.
Six papers not used anywhere else in the corpus, each with its own furniture (front page with
masthead, inside pages with a page header only), byline, credit, brief, commentary and infobox
grammar:

* keji_national   科技日报   national: 科技日报记者 X / 科技日报北京…电, byline beside the title,
                             Q&A with 记者： and the interviewee, 科技观察 commentaries, 相关链接 boxes;
* hebei_provincial 河北日报  provincial: dates in Chinese numerals, 河北日报·河北客户端记者, 本报讯（…）,
                             trailing （记者 X、Y）, ▶ briefs under 燕赵速览, jump lines 转第二版;
* nanjing_city    南京日报   city: 南京日报/紫金山新闻记者, bylines at the end, run-in briefs with a
                             trailing （X）, photo credits on their own line;
* xiandai_metro   现代快报   metro: 现代快报/现代+记者, 现代快报讯（…）, X/文 Y/摄, 实习生, narrow columns,
                             doubled glyphs, stray spaces, two-column interleave;
* zqrb_business   证券日报   business: ■本报记者 X 见习记者 Y, bylines beside titles, 本报评论员, data
                             boxes, wide columns with no blank lines, 第…期;
* xiaoshan_county 萧山日报   district paper: 融媒体记者 X 通讯员 Y Z, 首席记者, ①②③ briefs, split date
                             lines, displaced headlines.

Gold conventions are those of the README (gold_kind applied literally).  Seeds:
HELDOUT2_SEED_BASE + 100_000*family + 1_000*attempt + n.  Article text comes only from
articles.yml; the short briefs and captions below (FILLER_H2_*) were written for this corpus.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from synthesize import (BY_ID, QUESTIONS, Byline, Family, Item, L, PageBuilder, choose, circled, cn_date, doubled,
                        gold_kind, line_roles, lunar, phone, seg_line, shorten, slots_of, spaced, weekday, wrap)

HELDOUT2_SEED_BASE = 10_000_000

# ------------------------------------------------------------------ filler (written for this corpus)

FILLER_H2_BRIEFS = [
    ("高校科技成果集中发布", "日前，省内十二所高校联合举办科技成果发布会，集中推介新材料、生物医药、智能装备等领域成果八十余项，现场签约合作项目二十一个。"),
    ("新建充电桩投用", "记者从市城管部门获悉，首批三百个公共充电桩近日在全市商圈和公园停车场投入使用，车主可通过手机扫码充电，高峰时段实行分时优惠电价。"),
    ("夜间集市开市", "位于老城区的夜间集市日前开市，集市设有小吃、文创、非遗手作等摊位一百余个，每晚营业至十一点，周边道路同步增设临时停车泊位。"),
    ("企业研发费用加计扣除惠及千家", "今年一季度，全区一千余家企业享受研发费用加计扣除政策，减免税额同比增长近两成，为企业加大创新投入提供了资金支持。"),
    ("河道保洁实现全覆盖", "入夏以来，区治水部门组织保洁队伍对辖区内河道开展常态化保洁，配备保洁船只四十余艘，实现河道保洁全覆盖、无死角。"),
    ("社区食堂新增十家", "近日，又有十家社区食堂在各街道开门迎客，为辖区老年人提供午餐和晚餐，八十周岁以上老人就餐可享受优惠。"),
    ("科普大篷车进校园", "本周，市科协科普大篷车走进五所乡村学校，带来机器人、天文观测等二十余件科普展品，让孩子们近距离感受科技魅力。"),
    ("上市公司发布分红方案", "据统计，截至目前已有多家上市公司发布年度分红方案，其中部分公司分红比例超过当年净利润的一半，投资者回报意识持续增强。"),
]
FILLER_H2_CAPTIONS = [
    "日前，科研人员在实验室内调试新型检测设备。",
    "近日，游客在古镇河畔乘船观光。",
    "工人在港区码头装卸集装箱。",
    "市民在新开放的口袋公园内休闲散步。",
    "近日，志愿者在社区为老人讲解智能手机使用方法。",
]
QUESTIONS_H2 = QUESTIONS + ["这项技术的核心突破在哪里？", "对行业会带来哪些影响？"]

CN_DIGITS = "〇一二三四五六七八九"


def cn_numeral(n: int) -> str:
    """22 → 二十二 (1..39)."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def cn_numeral_date(d: datetime.date) -> str:
    """2024-06-22 → 二〇二四年六月二十二日."""
    return "".join(CN_DIGITS[int(c)] for c in str(d.year)) + f"年{cn_numeral(d.month)}月{cn_numeral(d.day)}日"


def short_week(d: datetime.date) -> str:
    return "周" + "一二三四五六日"[d.weekday()]


# ------------------------------------------------------------------ bylines (held-back only)


def _names(ctx, k=(1, 2)):
    return [ctx.name() for _ in range(ctx.rng.choice(k))]


def _by(authors, before=(), glue="", trail="", after=(), hint="plain", beside="", trail_role="credit"):
    b = Byline(list(authors), before=list(before), glue=glue, trail=trail, after=list(after), hint=hint)
    b.beside, b.trail_role = beside, trail_role
    return b


def _prev(ctx):
    return ctx.date - datetime.timedelta(days=1)


# 科技日报
def by_keji(ctx, item):
    names = _names(ctx)
    line = f"科技日报记者 {' '.join(names)}"
    if ctx.rng.random() < 0.4:
        extra = ctx.name()
        names.append(extra)
        line += f" 通讯员 {extra}"
    return _by(names, before=[line])


def by_keji_dian(ctx, item):
    name = ctx.name()
    d = _prev(ctx)
    place = ctx.rng.choice(("北京", "合肥", "西安", "深圳"))
    return _by([name], glue=f"科技日报{place}{d.month}月{d.day}日电 （记者{name}）")


def by_keji_beside(ctx, item):
    name = ctx.name()
    return _by([name], beside=f"本报记者 {name}")


def by_keji_xun(ctx, item):
    names = _names(ctx)
    return _by(names, glue=f"本报讯（记者{'、'.join(names)}）", hint="benbaoxun")


# 河北日报
def by_hebei_client(ctx, item):
    names = _names(ctx)
    mark = ctx.rng.choice(("", "□"))
    return _by(names, before=[f"{mark}河北日报·河北客户端记者 {' '.join(spaced(n) for n in names)}"])


def by_hebei_xun(ctx, item):
    a = ctx.name()
    inner = f"河北日报记者{a}"
    names = [a]
    if ctx.rng.random() < 0.5:
        b = ctx.name()
        names.append(b)
        inner += f" 通讯员{b}"
    return _by(names, glue=f"本报讯（{inner}）", hint="benbaoxun")


def by_hebei_trailing(ctx, item):
    names = _names(ctx)
    return _by(names, trail=f"（记者 {'、'.join(names)}）", hint="paren")


# 南京日报
def by_nanjing(ctx, item):
    names = _names(ctx, (1, 1, 2))
    line = f"南京日报/紫金山新闻记者 {' '.join(names)}"
    if ctx.rng.random() < 0.5:
        extra = [ctx.name() for _ in range(ctx.rng.choice((1, 2)))]
        names += extra
        line += f" 通讯员 {' '.join(extra)}"
    return _by(names, before=[line])


def by_nanjing_end(ctx, item):
    """The byline printed after the body, on its own line."""
    names = _names(ctx)
    return _by(names, after=[f"南京日报/紫金山新闻记者 {' '.join(names)}"])


def by_nanjing_paren(ctx, item):
    name = ctx.name()
    return _by([name], trail=f"（{name}）", hint="paren")


# 现代快报
def by_xiandai(ctx, item):
    a = ctx.name()
    names, line = [a], f"现代快报/现代+记者 {spaced(a) if ctx.rng.random() < 0.5 else a}"
    r = ctx.rng.random()
    if r < 0.3:
        b = ctx.name()
        names.append(b)
        line += f" 实习生 {b}"
    elif r < 0.6:
        b = ctx.name()
        names.append(b)
        line += f" 通讯员 {b}"
    return _by(names, before=[line])


def by_xiandai_xun(ctx, item):
    a, b = ctx.name(), ctx.name()
    return _by([a, b], glue=f"现代快报讯（记者 {a} 通讯员 {b}）")


def by_xiandai_wentu(ctx, item):
    a, b = ctx.name(), ctx.name()
    item.photographers = [b]
    return _by([a], before=[f"现代快报/现代+记者 {a}/文 {b}/摄"])


def by_xiandai_trailing(ctx, item):
    name = ctx.name()
    return _by([name], trail=f"（快报记者 {name}）", hint="paren")


# 证券日报
def by_zqrb(ctx, item):
    a = ctx.name()
    names, line = [a], f"■本报记者 {a}"
    if ctx.rng.random() < 0.5:
        b = ctx.name()
        names.append(b)
        line += f" 见习记者 {b}"
    return _by(names, before=[line])


def by_zqrb_beside(ctx, item):
    a = ctx.name()
    return _by([a], beside=ctx.rng.choice((f"■本报记者 {a}", f"本报见习记者 {a}")))


def by_zqrb_xun(ctx, item):
    a = ctx.name()
    return _by([a], glue=f"本报讯 （记者{a}）", hint="benbaoxun")


# 萧山日报
def by_xiaoshan(ctx, item):
    a = ctx.name()
    names = [a]
    role = ctx.rng.choice(("融媒体记者", "融媒体记者", "首席记者"))
    line = f"{role} {a}"
    extra = [ctx.name() for _ in range(ctx.rng.choice((0, 1, 2)))]
    if extra:
        names += extra
        line += f" 通讯员 {' '.join(extra)}"
    return _by(names, before=[line])


def by_xiaoshan_intern(ctx, item):
    a, b, c = ctx.name(), ctx.name(), ctx.name()
    return _by([a, b, c], before=[f"萧山日报融媒体记者 {a} 实习生 {b} 通讯员 {c}"])


def by_xiaoshan_xun(ctx, item):
    a, b = ctx.name(), ctx.name()
    return _by([a, b], glue=f"本报讯 融媒体记者 {a} 通讯员 {b} ", hint="benbaoxun")


def by_xiaoshan_trailing(ctx, item):
    names = _names(ctx)
    return _by(names, trail=f"（融媒体记者 {' '.join(names)}）", hint="paren")


# ------------------------------------------------------------------ photo credits (held-back only)


def cr_keji(ctx):
    n = ctx.name()
    return "glue", f"（科技日报记者 {n} 摄）", [n]


def cr_keji_unit(ctx):
    return "line", "受访单位供图", []


def cr_hebei(ctx):
    n = ctx.name()
    return ctx.rng.choice(("line", "glue")), f"河北日报记者 {n}摄", [n]


def cr_hebei_tongxun(ctx):
    n = ctx.name()
    return "glue", f"（通讯员 {n} 摄）", [n]


def cr_nanjing(ctx):
    n = ctx.name()
    return "line", f"南京日报/紫金山新闻记者 {n} 摄", [n]


def cr_nanjing_two(ctx):
    a, b = ctx.name(), ctx.name()
    return "line", f"南京日报/紫金山新闻记者 {a} 通讯员 {b} 摄", [a, b]


def cr_xiandai(ctx):
    n = ctx.name()
    return "line", f"现代快报/现代+记者 {n}/摄", [n]


def cr_xiandai_interviewee(ctx):
    return "glue", "受访者供图", []


def cr_zqrb(ctx):
    n = ctx.name()
    return "line", f"证券日报记者 {n} 摄", [n]


def cr_zqrb_source(ctx):
    return "glue", "（图片来源：视觉中国）", []


def cr_xiaoshan(ctx):
    n = ctx.name()
    return ctx.rng.choice(("line", "glue")), f"融媒体记者 {n} 摄", [n]


def cr_xiaoshan_tongxun(ctx):
    n = ctx.name()
    return "before", f"通讯员 {n} 摄", [n]


# ------------------------------------------------------------------ family and builder


@dataclass
class H2Family(Family):
    brief_form: str = "line"  # line | runin | circled
    brief_labels: tuple = ("简讯",)
    brief_bullet: str = ""
    column_bylines: dict = field(default_factory=dict)
    orders: dict = field(default_factory=lambda: {"kts": 1})  # kts | tks (title first, then kicker)
    jump_forms: tuple = ("（下转{}）",)
    comment_labels: tuple = ()
    comment_forms: tuple = ("name_after",)  # name_after | name_before | institution
    institution: str = "本报评论员"
    infobox_labels: tuple = ("相关链接",)
    infobox_credit: float = 0.5


class H2Builder(PageBuilder):

    def headline(self, item, title, kicker="", subtitle=""):
        chunks = super().headline(item, title, kicker, subtitle)
        if kicker and choose(self.rng, self.family.orders) == "tks":
            chunks = chunks[1:2] + chunks[:1] + chunks[2:]
        return chunks

    def article(self, source, body, slot, styles, jump=False, keep_stack=True):
        rng, fam = self.rng, self.family
        item = Item("article")
        width = self.w()
        by = self.byline(item, styles)
        item.authors = by.authors
        head = self.headline(item, source["title"], source["kicker"] if keep_stack and rng.random() < 0.8 else "",
                             source["subtitle"] if keep_stack and rng.random() < 0.8 else "")
        beside = getattr(by, "beside", "")
        if beside:
            for chunk in head:
                if chunk[-1].role == "title":
                    chunk[-1] = seg_line([("title", str(chunk[-1])), ("byline", rng.choice(("  ", " ", "　")) + beside)])
                    break
        body_chunks = []
        for k, (role, text) in enumerate(body):
            own = "heading" if role == "heading" else "body"
            printed = [(own, text)]
            if k == 0 and by.glue:
                printed = [("byline", by.glue), (own, text)]
            if k == len(body) - 1 and by.trail:
                printed = [(own, text), (getattr(by, "trail_role", "credit"), by.trail)]
            if k == len(body) - 1 and jump:
                printed.append(("jump", rng.choice(fam.jump_forms).format(self.jump_to())))
            if role == "heading":
                body_chunks.append([seg_line(printed)])
            else:
                body_chunks.append(self.para_lines(printed, width))
        item.body = list(body)
        item.kind = gold_kind(slot, by.hint, item.title, body)
        displaced = rng.random() < fam.displaced
        chunks = [] if displaced else head
        chunks += [[L(x, by.before_role)] for x in by.before] + body_chunks + [[L(x, "byline")] for x in by.after]
        if displaced:
            chunks += head
        item.chunks = chunks
        return item

    def jump_to(self) -> str:
        n = min(self.ctx.page_no + self.rng.choice((1, 2, 3)), self.ctx.family_pages)
        style = self.family.page_style
        if style == "cn":
            return f"第{cn_numeral(n)}版"
        if style == "A":
            return f"A{n}"
        if style == "A0":
            return f"A{n:02d}"
        if style == "0":
            return f"{n:02d}版"
        return f"第{n}版"

    def brief_source(self):
        rng = self.rng
        if rng.random() < 0.3:
            k = rng.choice([i for i in range(len(FILLER_H2_BRIEFS)) if f"h2-{i}" not in self.used] or [0])
            self.used.add(f"h2-{k}")
            title, text = FILLER_H2_BRIEFS[k]
            return {"title": title, "kicker": "", "subtitle": ""}, [("paragraph", text)]
        src = self.pick(["000-01", "000-04", "000-05", "003-03", "003-04", "003-05", "001-06", "002-05", "003-07"])
        body = shorten(rng, src["body"], limit=rng.randrange(250, 650))
        body = [(r, t) for r, t in body if r != "heading"]
        return src, body

    def slot_briefs(self):
        """A briefs column in the family's own form."""
        rng, fam = self.rng, self.family
        label = [rng.choice(fam.brief_labels)]
        items = []
        for k in range(rng.choice((2, 3, 3, 4))):
            src, body = self.brief_source()
            body = body[:1] if len(body[0][1]) > 120 or rng.random() < 0.5 else body[:2]
            item = Item("brief")
            by = choose(rng, fam.column_bylines)(self.ctx, item)
            item.authors = by.authors
            item.title = item.printed_title = src["title"]
            lines = []
            if fam.brief_form == "runin":
                head = [("title", fam.brief_bullet + src["title"] + "。")]
            else:
                mark = circled(k + 1) if fam.brief_form == "circled" else fam.brief_bullet
                lines.append(L(mark + src["title"], "title"))
                head = []
            for j, (_, text) in enumerate(body):
                printed = (head if j == 0 else []) + [("byline", by.glue if j == 0 else ""), ("body", text),
                                                      ("credit", by.trail if j == len(body) - 1 else "")]
                lines += self.para_lines([(r, t) for r, t in printed if t], self.width)
            item.body = body
            item.kind = gold_kind("brief", by.hint, item.title, body)
            item.chunks = [lines]
            item.tight = True
            items.append(item)
        return label, items

    def slot_photo(self):
        rng, ctx = self.rng, self.ctx
        item = Item("photo")
        if rng.random() < 0.35:
            k = rng.choice([i for i in range(len(FILLER_H2_CAPTIONS)) if f"h2cap-{i}" not in self.used] or [0])
            self.used.add(f"h2cap-{k}")
            caption, title = FILLER_H2_CAPTIONS[k], ""
        else:
            src = self.pick(["000-03", "002-01", "002-04", "002-06", "003-02", "003-06"])
            caption, title = src["body"][0]["text"], src["title"]
        where, credit, photographers = choose(rng, {c: 1 for c in self.family.credits})(ctx)
        item.photographers = photographers
        width = rng.randrange(max(self.width, 16), 30)
        chunks = []
        if title:
            chunks.append([L(title, "title")])
            item.title = item.printed_title = title
        segments = [("caption", caption)]
        if where == "glue":
            segments.append(("credit", rng.choice(("", " ")) + credit))
        lines = wrap("".join(t for _, t in segments), width)
        lines = [L(x, *r) for x, r in zip(lines, line_roles(segments, lines))]
        if where == "before":
            chunks.append([L(credit, "credit")])
        chunks.append(lines)
        if where == "line":
            chunks.append([L(credit, "credit")])
        item.body = [("caption", caption)]
        item.chunks = chunks
        item.interleavable = True
        return item

    def slot_commentary(self):
        rng, fam = self.rng, self.family
        src = self.pick(["002-03", "004-02"])
        body = shorten(rng, src["body"], keep_min=4)
        item = Item("commentary")
        width = self.w()
        chunks, tail = [], []
        if fam.comment_labels:
            chunks.append([L(self.ctx.furn(rng.choice(fam.comment_labels)), "furniture")])
        form = rng.choice(fam.comment_forms)
        if form == "institution":
            chunks.append([L(rng.choice(("", "□", "■")) + fam.institution, "byline")])
        else:
            name = self.ctx.name()
            item.authors = [name]
            if form == "name_before":
                chunks.append([L(spaced(name) if rng.random() < 0.5 else name, "byline")])
            else:
                tail = [[L(name, "byline")]]
        for _, text in body:
            chunks.append(self.para_lines(text, width))
        item.chunks = chunks + tail
        item.body = body
        return item

    def slot_infobox(self):
        rng = self.rng
        src = BY_ID["004-07"]
        item = Item("infobox")
        head = PageBuilder.headline(self, item, src["title"], kicker=rng.choice(self.family.infobox_labels))
        width = self.w()
        chunks = head[:]
        body = [(b["role"], b["text"]) for b in src["body"]]
        for role, text in body:
            chunks.append([L(text, "heading" if role == "heading" else "body")] if role != "paragraph"
                          else self.para_lines(text, width))
        if rng.random() < self.family.infobox_credit:
            a = self.ctx.name()
            chunks.append([L(f"（本报记者 {a} 整理）", "credit")])
            item.authors = [a]
        item.body, item.chunks = body, chunks
        return item


H2Family.builder = H2Builder


# ------------------------------------------------------------------ furniture


def _keji_top(ctx):
    d = ctx.date
    if ctx.page_no == 1:
        return [ctx.furn("科技日报", paper=True), ctx.furn("SCIENCE AND TECHNOLOGY DAILY"),
                ctx.furn("国内统一连续出版物号 CN 11-0315  代号 1-97"),
                ctx.furn(f"{cn_date(d)} {weekday(d)}", date=True), ctx.furn(f"农历{lunar(d)}"),
                ctx.furn(f"第{ctx.rng.randrange(12000, 12999)}期 今日{ctx.family_pages}版")]
    label = f"{ctx.page_no:02d}"
    return [ctx.furn(f"{label} {ctx.section}", page=label),
            ctx.furn(f"{cn_date(d)} {weekday(d)}  科技日报", date=True, paper=True)]


def _keji_bottom(ctx):
    a, b, c = ctx.name(), ctx.name(), ctx.name()
    lines = [ctx.furn(f"责任编辑 {a}  校对 {b}"), ctx.furn(f"美术编辑 {c}")]
    if ctx.rng.random() < 0.6:
        lines.append(ctx.furn("扫码下载科技日报客户端"))
    return lines


def _hebei_top(ctx):
    d = ctx.date
    label = f"第{cn_numeral(ctx.page_no)}版"
    if ctx.page_no == 1:
        return [ctx.furn("河北日报", paper=True), ctx.furn("HEBEI DAILY"), ctx.furn("中共河北省委机关报"),
                ctx.furn(f"{cn_numeral_date(d)}", date=True), ctx.furn(f"{weekday(d)} 农历{lunar(d)}"),
                ctx.furn(f"今日{cn_numeral(ctx.family_pages)}版"), ctx.furn(label, page=str(ctx.page_no))]
    return [ctx.furn(f"{ctx.section}  {label}", page=str(ctx.page_no)),
            ctx.furn(f"{cn_numeral_date(d)} {weekday(d)}", date=True)]


def _hebei_bottom(ctx):
    a, b = ctx.name(), ctx.name()
    lines = [ctx.furn(f"责任编辑：{a}  美术编辑：{b}")]
    if ctx.rng.random() < 0.5:
        lines.append(ctx.furn(f"河北日报社出版  订阅热线：{phone(ctx.rng, '0311')}", paper=True))
    return lines


def _nanjing_top(ctx):
    d = ctx.date
    label = f"A{ctx.page_no}"
    if ctx.page_no == 1:
        return [ctx.furn("南京日报", paper=True), ctx.furn("NANJING DAILY"), ctx.furn("中共南京市委机关报"),
                ctx.furn(f"{cn_date(d)}", date=True), ctx.furn(weekday(d)), ctx.furn(lunar(d)),
                ctx.furn(f"{label} 今日{ctx.family_pages}版", page=label)]
    return [ctx.furn(f"{label}  {ctx.section}", page=label),
            ctx.furn(f"{d.year}年{d.month}月{d.day}日  {short_week(d)}", date=True)]


def _nanjing_bottom(ctx):
    a, b = ctx.name(), ctx.name()
    return [ctx.furn(f"本版编辑：{a}  版式：{b}"), ctx.furn("紫金山新闻客户端 扫一扫 看南京")]


def _xiandai_top(ctx):
    d = ctx.date
    label = f"A{ctx.page_no}"
    a, b = ctx.name(), ctx.name()
    lines = [ctx.furn(f"{label} {ctx.section}", page=label),
             ctx.furn(f"{d.year}.{d.month}.{d.day} {short_week(d)}  责编：{a}  美编：{b}", date=True)]
    if ctx.rng.random() < 0.5:
        lines.insert(0, ctx.furn("现代快报", paper=True))
    return lines


def _xiandai_bottom(ctx):
    return [ctx.furn(f"新闻热线 {phone(ctx.rng, '025')}"), ctx.furn("下载“现代+”客户端 爆料有奖")]


def _zqrb_top(ctx):
    d = ctx.date
    label = f"A{ctx.page_no}"
    if ctx.page_no == 1:
        return [ctx.furn("证券日报", paper=True), ctx.furn("SECURITIES DAILY"),
                ctx.furn("经济日报社主管主办"), ctx.furn(f"{cn_date(d)}  {weekday(d)}", date=True),
                ctx.furn(f"第{ctx.rng.randrange(6000, 7999)}期  今日{ctx.family_pages}版"),
                ctx.furn(f"{label} 要闻", page=label)]
    return [ctx.furn(f"证券日报 {cn_date(d)} {weekday(d)}", paper=True, date=True),
            ctx.furn(f"{ctx.section} {label}", page=label)]


def _zqrb_bottom(ctx):
    a, b = ctx.name(), ctx.name()
    return [ctx.furn(f"本版主编：{a}  责  编：{b}"), ctx.furn(f"制  作：{ctx.name()}")]


def _xiaoshan_top(ctx):
    d = ctx.date
    label = f"{ctx.page_no:02d}"
    lines = [ctx.furn(cn_date(d), date=True), ctx.furn(weekday(d)), ctx.furn(f"农历{lunar(d)[3:]}")]
    if ctx.page_no == 1:
        lines = [ctx.furn("萧山日报", paper=True), ctx.furn("XIAOSHAN DAILY"),
                 ctx.furn("中共杭州市萧山区委机关报")] + lines
    return lines + [ctx.furn(f"{ctx.section} | {label}", page=label)]


def _xiaoshan_bottom(ctx):
    a, b = ctx.name(), ctx.name()
    lines = [ctx.furn(f"责编：{a}  校对：{b}")]
    if ctx.rng.random() < 0.6:
        lines.append(ctx.furn(f"新闻热线：{phone(ctx.rng, '0571')}  扫码下载“爱萧山”APP"))
    return lines


H2 = dict(pages=5)

HELDOUT2_FAMILIES = [
    H2Family("keji_national", "科技日报", _keji_top, _keji_bottom,
             {by_keji: 3, by_keji_dian: 2, by_keji_beside: 1},
             brief_bylines={by_keji_xun: 1}, qa_bylines={by_keji: 1},
             credits=(cr_keji, cr_keji_unit), width=(18, 25), blank={"para": 1}, indent=0.5,
             slots=slots_of(["article", "qa", "photo"], ["article", "commentary", "infobox"],
                            ["article", "photo", "brief", "brief"]),
             qa=("记者：", None), comment_labels=("科技观察", "科技评论"), comment_forms=("name_after", "name_before"),
             infobox_labels=("相关链接", "延伸阅读"), page_style="0", jump_out=0.3,
             jump_forms=("（下转{}）",), sections=("要闻", "综合新闻", "国际", "区域创新"), **H2),
    H2Family("hebei_provincial", "河北日报", _hebei_top, _hebei_bottom,
             {by_hebei_client: 4, by_hebei_xun: 1},
             brief_bylines={by_hebei_xun: 2, by_hebei_trailing: 1}, column_bylines={by_hebei_trailing: 1},
             credits=(cr_hebei, cr_hebei_tongxun), width=(14, 21), blank={"para": 2, "none": 1}, letterspace=0.5,
             slots=slots_of(["article", "briefs", "photo"], ["article", "brief", "continuation"],
                            ["photo", "article", "brief"]),
             brief_form="line", brief_bullet="▶", interleave=0.25, brief_labels=("燕赵速览", "河北新闻速览"),
             page_style="cn", jump_out=0.5, jump_forms=("（转{}）", "（下转{}）"), orders={"kts": 3, "tks": 1},
             sections=("要闻", "经济", "综合", "视点"), **H2),
    H2Family("nanjing_city", "南京日报", _nanjing_top, _nanjing_bottom,
             {by_nanjing: 3, by_nanjing_end: 2},
             brief_bylines={by_nanjing_paren: 1}, column_bylines={by_nanjing_paren: 1},
             credits=(cr_nanjing, cr_nanjing_two), width=(15, 20), blank={"every": 1, "para": 2},
             slots=slots_of(["article", "briefs"], ["article", "photo", "commentary"], ["article", "qa", "photo"]),
             brief_form="runin", brief_bullet="●", brief_labels=("金陵简讯", "城事速递"), qa=("问：", "答："),
             comment_labels=("金陵时评",), comment_forms=("name_after",), page_style="A",
             sections=("南京新闻", "城建", "民生", "区县"), **H2),
    H2Family("xiandai_metro", "现代快报", _xiandai_top, _xiandai_bottom,
             {by_xiandai: 3, by_xiandai_xun: 2, by_xiandai_wentu: 1},
             brief_bylines={by_xiandai_trailing: 2, by_xiandai_xun: 1}, qa_bylines={by_xiandai: 1},
             credits=(cr_xiandai, cr_xiandai_interviewee), width=(12, 17), blank={"every": 1, "para": 1},
             slots=slots_of(["article", "photo", "brief"], ["qa", "brief", "photo"], ["article", "brief", "brief"]),
             qa=("现代快报：", None), doubled=0.25, stray_spaces=0.06, interleave=0.6, page_style="A",
             sections=("焦点", "城事", "社会", "快报·观察"), **H2),
    H2Family("zqrb_business", "证券日报", _zqrb_top, _zqrb_bottom,
             {by_zqrb: 3, by_zqrb_beside: 2},
             brief_bylines={by_zqrb_xun: 1},
             credits=(cr_zqrb, cr_zqrb_source), width=(19, 26), blank={"none": 2, "para": 1}, indent=0.7,
             slots=slots_of(["article", "infobox"], ["article", "commentary"], ["article", "brief", "brief", "photo"]),
             commentary="institution", comment_labels=("证券时评",), comment_forms=("institution",),
             infobox_labels=("数据链接", "相关链接"), infobox_credit=0.7, page_style="A",
             sections=("公司", "市场", "产经", "科创"), displaced=0.15, **H2),
    H2Family("xiaoshan_county", "萧山日报", _xiaoshan_top, _xiaoshan_bottom,
             {by_xiaoshan: 3, by_xiaoshan_intern: 1, by_xiaoshan_xun: 1},
             brief_bylines={by_xiaoshan_trailing: 1, by_xiaoshan_xun: 1}, column_bylines={by_xiaoshan_trailing: 1},
             credits=(cr_xiaoshan, cr_xiaoshan_tongxun), width=(13, 19), blank={"every": 2, "para": 1},
             slots=slots_of(["article", "briefs", "photo"], ["article", "photo", "brief"], ["briefs", "article"]),
             brief_form="circled", brief_labels=("萧山简讯", "镇街动态"), displaced=0.3, title_break=0.3,
             page_style="0", orders={"kts": 2, "tks": 1}, sections=("萧山新闻", "综合", "镇街", "民生"), **H2),
]
