"""Still more development layout families for the synthetic corpus (see tests/corpus/README.md).

The families of synthesize.py and more_layouts.py leave out much of what other Chinese papers do;
the families here imitate metro papers of Beijing, Guangzhou, Shenzhen, Xiamen, Changsha, Xi'an and
Kunming, north-western provincial organs, national trade papers, a business paper and a district
paper, and print:

* headlines: a kicker LONGER than the title (a long lead line over a short title); the title on the
  same line as its dateline (标题  本报讯（记者 X）, 标题  新华社北京6月1日电); the byline on the
  title's line (标题  本报记者 X);
* bylines: only at the very end (本报记者 X, glued to the last paragraph or on a line of its own);
  reporter + photographer lines (本报记者 X 摄影报道: X wrote and photographed; 采写：X 摄影：Y);
  新京报讯/南都讯 datelines (not 本报讯);
* inside long articles: section headings in 【】 or after ■, numbered (一、 / 1. / （一）), a
  提要/导语 lead paragraph set wider than the columns (sometimes under a label), Q&A with 记者： and
  the interviewee's name, a 记者手记/编后/短评 box after an article;
* photos: captions stacked with one shared credit line (本版图片均由本报记者 X 摄), 图片新闻 columns;
* briefs: separated only by a blank line, each opening with a short run-in phrase ending in 。;
  a page of eight short items; text with English words and numbers;
* furniture: one-line headers “2024年6月22日 星期六 责编 X 美编 Y”, footers with 本版邮箱, 新闻热线,
  广告经营许可证, ads in the middle of the page (招商热线…); pages holding one long article only.

Gold conventions are those of synthesize.py and more_layouts.py, plus (README): a run-in phrase
is the brief's title (its 。 left out of title and body); a shared credit line is a credit line
of the last photo of its stack and names the photographer of every photo of the stack; 摄影报道
makes the reporter author and photographer; a dateline or byline on the title's line is a title
line `glued`; a 提要/导语 label is a heading; a 记者手记/编后 label is furniture and the box is its
own item (commentary if signed by a bare name, else article, as finish_item does it literally).

Seeds: EVEN_SEED_BASE + 100_000*family + 1_000*attempt + n, between 6_500_000 and 8_999_999 (dev).
All text comes from articles.yml or from the short filler below, written for this corpus.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from layout_kit import DATED, TRAIL, form, furniture, ln, masthead, reporters, running
from more_layouts import (MoreBuilder, MoreFamily, _name, by_none, cn_num, cr_jizhe, cr_paren, cr_sheying, cr_slash,
                          cr_tu, cr_vcg, cr_xinhua_full, cr_ziliao, opts)
from synthesize import (FILLER_CAPTIONS, Byline, Item, L, choose, cn_date, gold_kind, lunar, phone, photo_credit,
                        seg_line, shorten, spaced, weekday, wrap)

EVEN_SEED_BASE = 6_500_000

# --------------------------------------------------------------------------- filler (written for this corpus)

FILLER_BRIEFS_3 = [
    ("5G基站建设提速", "今年以来，全市新建5G基站1200余个，重点覆盖产业园区、交通枢纽和高校校园，5G网络平均下载速率超过500Mbps，为智慧工厂和远程医疗等应用提供支撑。"),
    ("政务APP新增二十项服务", "市政务服务APP近日完成版本升级，新增社保查询、公积金提取等20项高频服务，市民通过手机即可“一网通办”，平均办理时间缩短近一半。"),
    ("AI辅助诊断系统上线", "市人民医院日前上线AI辅助诊断系统，可在数秒内完成肺部CT影像初筛，医生据此复核确认，门诊患者等待报告的时间明显缩短。"),
    ("城市书房开到家门口", "第三批10家城市书房近日向市民开放，每家藏书3000册以上，实行24小时自助借还，并提供免费Wi-Fi和充电设施。"),
    ("空气质量优良天数增加", "据市生态环境部门通报，上半年全市空气质量优良天数达150天，同比增加8天，PM2.5平均浓度同比下降5.2%。"),
    ("跨境电商包裹量增长", "今年前5个月，本地跨境电商综合试验区进出口包裹量同比增长30%以上，不少中小企业借助B2B平台把产品卖到海外。"),
    ("新能源公交车投入运营", "市公交集团近日新投放120辆新能源公交车，车内配备USB充电接口和无障碍设施，全市新能源公交车占比提升至95%。"),
    ("全民健身步道贯通", "沿江全民健身步道近日全线贯通，全长约12公里，沿线设置健身驿站6处，配有饮水机、AED等设施，市民晨练夜跑更方便。"),
]
FILLER_CAPTIONS_3 = [
    "6月21日，市民在江边步道骑行健身。",
    "近日，技术人员在5G智慧工厂调试设备。",
    "日前，小朋友在社区书房参加绘本阅读活动。",
    "志愿者在地铁站为乘客提供出行指引。",
]
NOTE_FILLER = [  # 记者手记/编后 boxes written for this corpus
    ["采访中，记者最深的感受是，群众的事无小事。一条路、一盏灯、一个停车位，看似平常，却牵动着千家万户的日常生活。",
     "把小事办实、把实事办好，需要的是持之以恒的耐心和久久为功的韧劲。期待更多这样的变化，出现在更多地方。"],
    ["发展的成色，最终要体现在群众的获得感上。这篇报道里的一个个数字背后，是一户户家庭生活的改变。",
     "好的做法贵在坚持，也贵在推广。只有不断总结经验、补齐短板，才能让改革成果惠及更多人。"],
]
QUESTIONS_3 = ["这个项目最大的亮点是什么？", "企业在其中发挥了怎样的作用？", "接下来还有哪些计划？",
               "您对未来发展有什么期待？"]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


def _d(ctx):
    return ctx.date - datetime.timedelta(days=1)


def by_outlet_reporter(ctx, item):
    """新京报记者 X / 南都记者 X Y, on its own line (or the title's line: title_byline)."""
    names = [ctx.name() for _ in range(ctx.rng.choice((1, 1, 2)))]
    letter = ctx.rng.random() < ctx.family.letterspace
    return Byline(names, before=[f"{ctx.family.outlet}记者 {' '.join(spaced(n) if letter else n for n in names)}"])


def by_outlet_xun(ctx, item):
    """新京报讯（记者 X）/ 南都讯 记者 X 通讯员 Y: the paper's own 讯, which is not 本报讯."""
    names, inner = reporters(ctx, 0.4)
    xun = ctx.family.xun or "本报讯"
    text = ctx.rng.choice((f"{xun}（{inner}）", f"{xun} {inner} "))
    return Byline(names, glue=text, hint="benbaoxun" if xun == "本报讯" else "plain")


def by_benbaoxun_reporter2(ctx, item):
    names, inner = reporters(ctx, 0.4, _name(ctx))
    return Byline(names, glue=f"本报讯（{inner}）", hint="benbaoxun")


def by_xinhua_dian(ctx, item):
    """新华社北京6月21日电（记者 X）: an agency dispatch (an article, never a brief)."""
    d = _d(ctx)
    place = ctx.rng.choice(("北京", "兰州", "乌鲁木齐", "银川", "西安"))
    if ctx.rng.random() < 0.4:
        return Byline([], glue=f"新华社{place}{d.month}月{d.day}日电 ", hint="agency")
    n = ctx.name()
    return Byline([n], glue=f"新华社{place}{d.month}月{d.day}日电（记者{n}）", hint="agency")


def by_dated_dian(ctx, item):
    """本报兰州6月21日电（记者 X）: a dated dispatch, not 本报讯."""
    d = _d(ctx)
    n = ctx.name()
    return Byline([n], glue=f"本报{ctx.family.city}{d.month}月{d.day}日电（记者 {n}）")


def by_end_only(ctx, item):
    """The reporters named only at the very end: glued to the last paragraph or on a line of their own."""
    names = [ctx.name() for _ in range(ctx.rng.choice((1, 1, 2)))]
    role = ctx.rng.choice(("本报记者", "记者", f"{ctx.family.outlet or '本报'}记者"))
    text = f"{role} {' '.join(names)}"
    if ctx.rng.random() < 0.5:
        return Byline(names, trail=ctx.rng.choice((" ", "  ", "\u3000")) + text)
    return Byline(names, after=[text])


def by_sheying_baodao(ctx, item):
    """本报记者 X 摄影报道: X wrote the text and took the pictures."""
    n, shown = _name(ctx)
    item.photographers = [n]
    return Byline([n], before=[f"{ctx.rng.choice(('本报记者', '记者', (ctx.family.outlet or '本报') + '记者'))} {shown} 摄影报道"])


def by_caixie(ctx, item):
    """采写：南都记者 X 摄影：南都记者 Y / 本报记者 X 文 Y 摄: X author, Y photographer."""
    a, b = ctx.name(), ctx.name()
    item.photographers = [b]
    o = ctx.family.outlet or "本报"
    if ctx.rng.random() < 0.5:
        return Byline([a], before=[f"采写：{o}记者 {a} 摄影：{o}记者 {b}"])
    return Byline([a], before=[f"{o}记者 {a} 文 {b} 摄"])


def by_reporter_tongxun(ctx, item):
    a, shown = _name(ctx)
    b = ctx.name()
    o = ctx.family.outlet or "本报"
    return Byline([a, b], before=[f"{o}记者 {shown} 通讯员 {b}"])


by_trail_paren = form(("（{0}）", "（记者 {0}）", "（本报记者 {0}）"), **TRAIL)


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


def cr_outlet_photo(ctx):
    n = ctx.name()
    return ctx.rng.choice(("glue", "line")), f"{ctx.family.outlet or '本报'}记者 {n} 摄", [n]


cr_tupian = photo_credit(("图片/{n}", "图片由{n}提供"), "line")


# --------------------------------------------------------------------------- the family and its builder


@dataclass
class EvenFamily(MoreFamily):
    xun: str = ""  # the paper's own 讯: 新京报讯, 南都讯 (empty: 本报讯)
    kicker_long: float = 0.0  # chance a source subtitle is printed as a (long) kicker over the title
    title_dateline: float = 0.0  # chance a glued dateline is printed on the title's line instead
    title_byline: float = 0.0  # chance the byline line is printed on the title's line
    heading_forms: dict = field(default_factory=lambda: {"": 1})  # "" 【】 ■ cn num paren_cn
    lead_wide: float = 0.0  # chance the first paragraph is set wider (a 提要/导语)
    lead_labels: tuple = ("提要", "导语", "核心提示")
    note_labels: tuple = ("记者手记",)
    runin_labels: tuple = ("",)
    pic_labels: tuple = ("图片新闻",)
    shared_credit: tuple = ("本版图片均由本报记者 {n} 摄",)
    ad_forms: tuple = ("招商热线：{p}",)
    area: str = "010"


MULTI = ("runin", "photos", "picnews", "ad", "shorts")


def trail_role(trail):
    """A trail in brackets credits (（记者 X）); a bare one is a byline."""
    return "credit" if trail.lstrip()[:1] in "（(" else "byline"


class EvenBuilder(MoreBuilder):

    # -------------------------------------------------------------- multi-item slots go through `briefs`

    def build(self):
        self.queue = []
        slots = []
        for s in self.slots:
            if s in MULTI or s == "briefs":
                self.queue.append(s)
                slots.append("briefs")
            else:
                slots.append(s)
        self.slots = slots
        return super().build()

    def slot_briefs(self):
        kind = self.queue.pop(0)
        if kind == "briefs":
            return super().slot_briefs()
        return getattr(self, "multi_" + kind)()

    def brief_source(self):
        if self.rng.random() < 0.3:
            free = [i for i in range(len(FILLER_BRIEFS_3)) if f"filler3-{i}" not in self.used]
            if free:
                k = self.rng.choice(free)
                self.used.add(f"filler3-{k}")
                title, text = FILLER_BRIEFS_3[k]
                return {"title": title, "kicker": "", "subtitle": ""}, [("paragraph", text)]
        return super().brief_source()

    # -------------------------------------------------------------- articles

    def heading_text(self, form: str, n: int, text: str) -> str:
        if form == "【】":
            return f"【{text}】"
        if form == "■":
            return "■" + text
        if form == "cn":
            return f"{cn_num(n)}、{text}"
        if form == "num":
            return f"{n}.{text}"
        if form == "paren_cn":
            return f"（{cn_num(n)}）{text}"
        return text

    def article(self, source, body, slot, styles, jump=False, keep_stack=True):
        rng, fam = self.rng, self.family
        item, width, by = self.opened_article(styles)
        kicker, subtitle = self.kept_stack(source, keep_stack)
        if not source["kicker"] and source["subtitle"] and rng.random() < fam.kicker_long:
            kicker, subtitle = source["subtitle"].lstrip("—"), ""  # a long lead line over a short title
        head = self.headline(item, source["title"], kicker, subtitle)
        displaced = rng.random() < fam.displaced
        if not displaced:
            extra = None
            if by.glue and rng.random() < fam.title_dateline:
                extra, by.glue = by.glue.strip(), ""
            elif by.before and rng.random() < fam.title_byline:
                extra, by.before = by.before[0], by.before[1:]
            if extra:
                for chunk in reversed(head):
                    at = [k for k, x in enumerate(chunk) if x.role == "title"]
                    if at:
                        k = at[-1]
                        chunk[k] = seg_line([("title", str(chunk[k])), ("byline", rng.choice((" ", "  ", "\u3000")) + extra)])
                        break
        form = choose(rng, fam.heading_forms)
        n_heading = 0
        body_chunks = []
        jump_line = None
        for k, (role, text) in enumerate(body):
            if role == "heading":
                n_heading += 1
                text = self.heading_text(form, n_heading, text)
            printed, jump_line = self.dressed_para(k, role, text, body, by, jump, jump_line, trail_role)
            if role == "heading":
                body_chunks.append([seg_line(printed)])
            elif k == 0 and len(body) > 2 and rng.random() < fam.lead_wide:
                lead = self.para_lines(printed, width + rng.randrange(6, 14))
                if rng.random() < 0.5:
                    label = rng.choice(fam.lead_labels)
                    label = rng.choice((label, f"【{label}】", f"■{label}", f"{label}："))
                    body_chunks.append([L(label, "heading")])
                body_chunks.append(lead)
            else:
                body_chunks.append(self.para_lines(printed, width))
        item.chunks = self.arranged_article(item, slot, body, by, head, body_chunks, jump_line, displaced)
        return item

    def slot_long(self):
        """The page's one long article: every paragraph and heading of the source."""
        src = self.pick(["000-02", "002-02", "003-01", "004-01", "001-02"])
        body = [(b["role"], b["text"]) for b in src["body"]]
        if body[0][0] == "heading":
            body = body[1:]
        return self.article(src, body, "article", dict(self.family.bylines))

    def slot_note(self):
        """A 记者手记/编后/短评 box after an article: a label (furniture), two or three paragraphs,
        sometimes signed by a bare name at its end."""
        rng, ctx = self.rng, self.ctx
        if rng.random() < 0.5:
            body = [("paragraph", t) for t in self.unused_or_first(NOTE_FILLER, "note")]
        else:
            src = self.pick(["002-03", "004-02"])
            body = shorten(rng, src["body"], limit=rng.randrange(300, 600))
        label = rng.choice(self.family.note_labels)
        label = ctx.furn(rng.choice((label, f"【{label}】", f"■{label}", f"◎{label}")))
        item = Item("article")
        width = self.w()
        chunks = [[L(label, "furniture")]]
        for _, text in body:
            chunks.append(self.para_lines(text, width))
        if rng.random() < 0.6:
            name = ctx.name()
            item.authors = [name]
            chunks.append([L(name, "byline")])
            item.kind = "commentary"
        item.body, item.chunks = body, chunks
        return item

    def slot_qa(self):
        rng, fam = self.rng, self.family
        src = self.pick(["000-02", "001-02", "002-02", "003-01", "004-01", "002-05"])
        paras = [b["text"] for b in src["body"] if b["role"] == "paragraph"]
        answers = sorted(rng.sample(range(1, len(paras)), min(rng.choice((2, 3, 4)), len(paras) - 1)))
        q_label, a_label = fam.qa
        name = self.ctx.name()
        a_label = (a_label or "{name}：").format(name=name)
        item = Item("article")
        by = self.byline(item, fam.qa_bylines or fam.bylines)
        item.authors = by.authors
        head = self.headline(item, src["title"])
        width = self.w()
        body = [("paragraph", paras[0])]
        for q, k in zip(rng.sample(QUESTIONS_3 + ["这项工作目前进展如何？"], len(answers)), answers):
            body += [("paragraph", q_label + q), ("paragraph", a_label + paras[k])]
        chunks = head + [[L(x, by.before_role)] for x in by.before]
        for k, (_, text) in enumerate(body):
            segs = [("body", text)]
            if k == 0 and by.glue:
                segs = [("byline", by.glue)] + segs
            if k == len(body) - 1 and by.trail:
                segs.append((trail_role(by.trail), by.trail))
            chunks.append(self.para_lines(segs, width))
        chunks += [[L(x, "byline")] for x in by.after]
        item.body, item.chunks = body, chunks
        item.kind = gold_kind("article", by.hint, item.title, body)
        return item

    # -------------------------------------------------------------- multi-item slots: (label lines, items)

    def caption_source(self):
        rng = self.rng
        if rng.random() < 0.4:
            pool = FILLER_CAPTIONS + FILLER_CAPTIONS_3
            free = [k for k in range(len(pool)) if f"cap3-{k}" not in self.used]
            if free:
                k = rng.choice(free)
                self.used.add(f"cap3-{k}")
                return pool[k], ""
        src = self.pick(["000-03", "002-01", "002-04", "002-06", "003-02", "003-06"])
        return src["body"][0]["text"], src["title"]

    def multi_photos(self):
        """Two or three captions stacked, one shared credit line under the last."""
        rng, ctx = self.rng, self.ctx
        n = ctx.name()
        credit = rng.choice(self.family.shared_credit).format(n=n, o=self.family.outlet or "本报")
        items = []
        count = rng.choice((2, 3, 3))
        seen = set()
        for k in range(count):
            caption, title = self.caption_source()
            if caption in seen:
                continue
            seen.add(caption)
            item = Item("photo", photographers=[n])
            width = rng.randrange(max(12, self.width - 2), max(self.width + 12, 24))
            block = []
            if title and rng.random() < 0.5:
                block.append(L(title, "title"))
                item.title = item.printed_title = title
            block += [L(x, "caption") for x in wrap(caption, width)]
            item.body = [("caption", caption)]
            item.chunks = [block]
            items.append(item)
        items[-1].chunks.append([L(credit, "credit")])
        return [], items

    def multi_picnews(self):
        label = [self.rng.choice(self.family.pic_labels)]
        return label, [self.slot_photo() for _ in range(self.rng.choice((2, 3)))]

    def multi_ad(self):
        rng = self.rng
        p = phone(rng, self.family.area)
        lines = [rng.choice(("广告", "广而告之", "诚邀合作"))]
        lines.append(rng.choice(self.family.ad_forms).format(p=p))
        return lines, []

    def runin_credit(self, runin=False):
        rng, ctx = self.rng, self.ctx
        style = choose(rng, self.family.brief_credits)
        if runin and style in ("benbaoxun", "reporter"):
            style = "trail"  # a run-in phrase opens the brief: no 本报讯 after it
        if style == "trail":
            names = [ctx.name() for _ in range(rng.choice((1, 1, 2)))]
            return names, "", f"（{' '.join(names)}）", "paren"
        if style == "benbaoxun":
            return [], "本报讯 ", "", "benbaoxun"
        if style == "reporter":
            n = ctx.name()
            return [n], f"本报讯（记者 {n}）", "", "benbaoxun"
        return [], "", "", "plain"

    def multi_runin(self):
        """Briefs set apart only by a blank line, each opening with a short phrase and 。."""
        rng = self.rng
        label = [x for x in [rng.choice(self.family.runin_labels)] if x]
        items = []
        for _ in range(rng.choice((3, 4, 5))):
            src, body = self.brief_source()
            body = body[:1]
            names, glue, trail, hint = self.runin_credit(runin=True)
            item = Item("brief")
            phrase = src["title"].replace(" ", "，")
            segs = [("title", phrase + "。"), ("byline", glue), ("body", body[0][1]), ("credit", trail)]
            lines = self.para_lines([(r, t) for r, t in segs if t], self.width)
            item.title = item.printed_title = phrase
            item.authors, item.body = names, body
            item.kind = gold_kind("brief", hint, phrase, body)
            item.chunks = [lines]
            item.tight = True
            items.append(item)
        return label, items

    def multi_shorts(self):
        """Eight short items: a title line over one paragraph each."""
        rng = self.rng
        label = [x for x in [rng.choice(self.family.brief_labels)] if x]
        bullet = rng.choice(self.family.brief_bullets) if self.family.brief_bullets else ""
        items, seen = [], set()
        for _ in range(60):
            if len(items) == 8:
                break
            src, body = self.brief_source()
            if src["title"] in seen:
                continue
            seen.add(src["title"])
            body = body[:1]
            names, glue, trail, hint = self.runin_credit()
            item = Item("brief")
            lines = [L(bullet + src["title"], "title")]
            segs = [("byline", glue), ("body", body[0][1]), ("credit", trail)]
            lines += self.para_lines([(r, t) for r, t in segs if t], self.width)
            item.title = item.printed_title = src["title"]
            item.authors, item.body = names, body
            item.kind = gold_kind("brief", hint, item.title, body)
            item.chunks = [lines]
            items.append(item)
        return label, items


# --------------------------------------------------------------------------- furniture helpers


def F(ctx, text, **kw):
    return ctx.furn(text, **kw)


def maybe(ctx, p):
    return ctx.rng.random() < p


def date_editors(ctx, with_paper=""):
    """2024年6月22日 星期六 责编 X 美编 Y (校对 Z) on one line."""
    text = f"{cn_date(ctx.date)} {weekday(ctx.date)} 责编 {ctx.name()} 美编 {ctx.name()}"
    if maybe(ctx, 0.4):
        text += f" 校对 {ctx.name()}"
    if with_paper:
        text = f"{with_paper} {text}"
    return F(ctx, text, date=True, paper=bool(with_paper))


def mailbox(ctx, user):
    return F(ctx, f"本版邮箱：{user}{ctx.rng.randrange(100, 999)}@example.cn")


def hotline(ctx, area):
    return F(ctx, f"新闻热线：{phone(ctx.rng, area)}")


def licence(ctx):
    return F(ctx, f"广告经营许可证：{ctx.rng.randrange(1000, 9999)}{ctx.rng.randrange(100000000, 999999999)}")


# 1 新京报: A06 北京新闻 header; date+editors line; 新京报讯 on the title's line; 新京报记者 X on it too


def _xinjing_top(ctx):
    label = f"A{ctx.page_no:02d}"
    return [F(ctx, f"{label} {ctx.section}", page=label), date_editors(ctx)]


def _xinjing_bottom(ctx):
    return [F(ctx, "新京报"), hotline(ctx, "010")] if maybe(ctx, 0.5) else [mailbox(ctx, "bjnews")]


# 2 南方都市报: GA05 headers; 南都讯; 采写/摄影 lines; Q&A 南都：/name：; footer 新闻热线 + 邮箱


def _nandu_top(ctx):
    label = f"GA{ctx.page_no:02d}"
    lines = [F(ctx, "南方都市报", paper=True)] if maybe(ctx, 0.4) else []
    return lines + [F(ctx, f"{label} {ctx.section}", page=label),
                    F(ctx, f"{ctx.date.year}年{ctx.date.month}月{ctx.date.day}日 {weekday(ctx.date)}", date=True)]


_nandu_bottom = furniture(["新闻热线：{tel:020} 本版邮箱：nd{no:100-999}@example.cn", "编辑 {name} 美编 {name}"])


# 3 北京青年报: one-line date+editors header; kicker longer than title; 摄影报道; stacked photos


def _bjyouth_top(ctx):
    label = f"A{ctx.page_no}"
    return [F(ctx, f"{label} {ctx.section}", page=label), date_editors(ctx, "北京青年报" if maybe(ctx, 0.5) else "")]


def _bjyouth_bottom(ctx):
    return [hotline(ctx, "010")] if maybe(ctx, 0.5) else []


# 4 深圳特区报: organ masthead; 【】 section headings; 提要 leads; 深圳特区报记者 X


_shenzhen_top = furniture(
    (0.4, [ln("A{n:02d} {sec} {date} {wd}", date=True, page="A{n:02d}")]),
    [masthead("深圳特区报"), "SHENZHEN SPECIAL ZONE DAILY", "中共深圳市委机关报", ln("{date} {wd} 农历{lunar}", date=True),
     ln("A{n:02d} {sec}", page="A{n:02d}")])


def _shenzhen_bottom(ctx):
    return [F(ctx, f"责任编辑：{ctx.name()} 美术编辑：{ctx.name()}"), licence(ctx)]


# 5 厦门日报: dateline on the title's line; 编后 boxes; run-in briefs; ads mid-page


_xiamen_top = furniture([masthead("厦门日报"), DATED, ln("A{n} {sec}", page="A{n}")])


def _xiamen_bottom(ctx):
    return [F(ctx, f"本版编辑：{ctx.name()}"), F(ctx, "扫一扫 下载潮前APP")] if maybe(ctx, 0.5) else [licence(ctx)]


# 6 长沙晚报: narrow columns, a blank after every line; 长沙晚报全媒体记者; eight shorts; doubled titles


_changsha_top = furniture([ln("{n:02d} {sec}", page="{n:02d}"), ln("{y}.{m}.{d} {wd}", date=True)])


def _changsha_bottom(ctx):
    return [F(ctx, f"长沙晚报 编辑 {ctx.name()}", paper=True), hotline(ctx, "0731")]


# 7 华商报: bylines at the end only; 华商报记者 X 文/图 via 摄影报道; 图片新闻; headlines after their body


_huashang_top = furniture(
    (0.5, [ln("华商报 {date} {wd} A{n} {sec}", paper=True, date=True, page="A{n}")]),
    [ln("A{n} {sec}", page="A{n}")])


def _huashang_bottom(ctx):
    return [F(ctx, f"首席编辑 {ctx.name()} 版式 {ctx.name()}"), hotline(ctx, "029")]


# 8 春城晚报: Q&A 记者：/name：; ■ headings; English words; 图片新闻; ads


_chuncheng_top = furniture(
    [masthead("春城晚报"), ln("{y}年{m}月{d}日", date=True), ln("A{n:02d} {sec}", page="A{n:02d}")])


_chuncheng_bottom = furniture(["责编 {name} 美编 {name} 校对 {name}"])


# 9 甘肃日报: organ masthead; 新华社电 / 本报兰州…电 on the title's line; 一、 headings; one long article


def _gansu_top(ctx):
    if maybe(ctx, 0.3):
        return [F(ctx, f"第{ctx.page_no}版 {ctx.section}", page=str(ctx.page_no))]
    return [F(ctx, "甘肃日报", paper=True), F(ctx, "GANSU DAILY"), F(ctx, "中共甘肃省委机关报"),
            F(ctx, "国内统一连续出版物号 CN 62-0001"),
            F(ctx, f"{cn_date(ctx.date)} 星期{'一二三四五六日'[ctx.date.weekday()]} 农历{lunar(ctx.date)}", date=True),
            F(ctx, f"第{ctx.page_no}版 {ctx.section}", page=str(ctx.page_no))]


_gansu_bottom = furniture(["本版责编 {name} 校对 {name}", "社址：兰州市城关区{no:10-99}号 邮编：730000"])


# 10 上海证券报: business; English and numbers; 1. headings; 提要; end-only bylines; 8 shorts


_shzq_top = furniture([ln("A{n} {sec}", page="A{n}"), running("上海证券报")])


_shzq_bottom = furniture(["编辑：{name} 电话：{tel:021}"])


# 11 农民日报: national trade paper; 【】 headings; 记者手记; 三农快讯 eight shorts; 广告许可证


def _nongmin_top(ctx):
    lines = [F(ctx, "农民日报", paper=True), F(ctx, "FARMERS' DAILY")] if maybe(ctx, 0.5) else []
    return lines + [F(ctx, f"{cn_date(ctx.date)} {weekday(ctx.date)}", date=True),
                    F(ctx, f"{ctx.page_no} {ctx.section}", page=str(ctx.page_no))]


def _nongmin_bottom(ctx):
    return [F(ctx, f"责任编辑：{ctx.name()} 新闻热线：{phone(ctx.rng, '010')}"), licence(ctx)]


# 12 浦东时报: a district paper; no masthead on some pages; run-in briefs; 本报讯 on the title's line


_pudong_top = furniture((0.4, []), [masthead("浦东时报"), DATED, ln("第{n}版", page="{n}")])


def _pudong_bottom(ctx):
    return [F(ctx, f"本版编辑 {ctx.name()}"), mailbox(ctx, "pdtimes")] if maybe(ctx, 0.6) else []


def fam(name, paper, top, bottom, bylines, **kw):
    return EvenFamily(name, paper, top, bottom, bylines, builder=EvenBuilder, **kw)


EVEN_FAMILIES = [
    fam("xinjing_metro", "新京报", _xinjing_top, _xinjing_bottom,
        {by_outlet_reporter: 3, by_outlet_xun: 3},
        outlet="新京报", xun="新京报讯", credits=(cr_outlet_photo, cr_vcg), width=(14, 20),
        blank={"para": 2, "none": 1}, title_dateline=0.6, title_byline=0.5,
        slots=opts(["article", "note", "photos"], ["article", "note", "runin"], ["article", "ad", "photo", "article", "note"]),
        note_labels=("记者手记", "记者观察"), brief_credits={"trail": 1, "none": 1}, runin_labels=("", "京城速递"),
        shared_credit=("本版图片均由新京报记者 {n} 摄", "新京报记者 {n} 摄"),
        ad_forms=("招商热线：{p}", "广告热线：{p}"), area="010", sections=("北京新闻", "时事", "社会")),
    fam("nandu_metro", "南方都市报", _nandu_top, _nandu_bottom,
        {by_caixie: 2, by_outlet_xun: 2, by_outlet_reporter: 1},
        outlet="南都", xun="南都讯", credits=(cr_outlet_photo, cr_tupian), width=(12, 17), blank={"every": 1, "para": 1},
        slots=opts(["qa", "photo"], ["article", "picnews"], ["article", "runin", "ad"]),
        qa=("南都：", None), qa_bylines={by_caixie: 1}, pic_labels=("图说", "图片新闻"),
        brief_credits={"trail": 1}, runin_labels=("湾区快讯", ""), area="020", letterspace=0.5,
        stray_spaces=0.05, sections=("广州", "湾区", "民生")),
    fam("bjyouth_metro", "北京青年报", _bjyouth_top, _bjyouth_bottom,
        {by_sheying_baodao: 2, "reporter": 2, by_end_only: 1},
        credits=(cr_jizhe, cr_tu), width=(15, 22), blank={"para": 1}, kicker_long=0.9,
        head_orders={"kts": 1}, title_lines={1: 3, 2: 1},
        slots=opts(["article", "photos"], ["article", "article", "photo"], ["photos", "article"]),
        shared_credit=("本版图片均由本报记者 {n} 摄", "本版摄影/本报记者 {n}", "（本组图片由本报记者 {n} 摄）"),
        sections=("北京", "社会", "文化")),
    fam("shenzhen_special", "深圳特区报", _shenzhen_top, _shenzhen_bottom,
        {by_outlet_reporter: 3, by_reporter_tongxun: 2, by_benbaoxun_reporter2: 1},
        outlet="深圳特区报", credits=(cr_outlet_photo, cr_xinhua_full), width=(18, 26),
        blank={"para": 1, "none": 1}, indent=0.6, heading_forms={"【】": 3, "■": 1}, lead_wide=0.7,
        lead_labels=("提要", "核心提示"), kicker_long=0.5,
        slots=opts(["long"], ["article", "photo", "brief"], ["article", "note"]),
        note_labels=("短评",), sections=("要闻", "深圳新闻", "湾区")),
    fam("xiamen_city", "厦门日报", _xiamen_top, _xiamen_bottom,
        {by_benbaoxun_reporter2: 3, by_reporter_tongxun: 1},
        brief_bylines={by_benbaoxun_reporter2: 1}, outlet="厦门日报", credits=(cr_jizhe, cr_paren), width=(14, 20),
        blank={"para": 1}, title_dateline=0.7,
        slots=opts(["article", "note", "ad", "brief"], ["runin", "photo", "article"], ["brief", "brief", "ad", "article"]),
        note_labels=("编后",), brief_credits={"benbaoxun": 1, "reporter": 1, "trail": 1}, runin_labels=("", "鹭岛速递"),
        ad_forms=("招商热线：{p}", "诚聘 招商热线：{p}"), area="0592", sections=("厦门新闻", "综合", "社区")),
    fam("changsha_evening", "长沙晚报", _changsha_top, _changsha_bottom,
        {by_reporter_tongxun: 3, by_benbaoxun_reporter2: 1},
        outlet="长沙晚报全媒体", credits=(cr_outlet_photo, cr_slash), width=(10, 14), blank={"every": 2, "none": 1},
        letterspace=0.7, doubled=0.25, stray_spaces=0.06,
        slots=opts(["shorts"], ["article", "shorts"], ["article", "photo", "brief"]),
        brief_labels=("星城快讯", "", "简讯"), brief_bullets="■●", brief_credits={"trail": 2, "reporter": 1},
        sections=("长沙新闻", "民生", "区县")),
    fam("huashang_metro", "华商报", _huashang_top, _huashang_bottom,
        {by_end_only: 4, by_sheying_baodao: 1},
        outlet="华商报", credits=(cr_outlet_photo, cr_tu), width=(12, 18), blank={"para": 1, "every": 1},
        displaced=0.35, interleave=0.3, letterspace=0.4,
        slots=opts(["article", "picnews"], ["photo", "brief", "article"], ["article", "article"]),
        brief_bylines={by_trail_paren: 1}, pic_labels=("图片新闻", "看图"), sections=("西安", "社会", "陕西")),
    fam("chuncheng_evening", "春城晚报", _chuncheng_top, _chuncheng_bottom,
        {"reporter": 2, by_benbaoxun_reporter2: 1, by_end_only: 1},
        outlet="春城晚报", credits=(cr_jizhe, cr_sheying), width=(13, 19), blank={"para": 1},
        heading_forms={"■": 2, "": 1}, qa=("记者：", None),
        slots=opts(["qa", "ad", "picnews"], ["article", "brief", "runin"], ["article", "photo", "ad"]),
        brief_credits={"trail": 1, "benbaoxun": 1}, runin_labels=("", "昆明速递"), pic_labels=("图片新闻",),
        ad_forms=("招商热线：{p}", "热线：{p}"), area="0871", sections=("昆明", "云南", "社会")),
    fam("gansu_provincial", "甘肃日报", _gansu_top, _gansu_bottom,
        {by_xinhua_dian: 2, by_dated_dian: 2, "reporter": 1},
        city="兰州", credits=(cr_xinhua_full, cr_outlet_photo), width=(20, 28), blank={"para": 1}, indent=0.7,
        title_dateline=0.6, heading_forms={"cn": 2, "paren_cn": 1, "": 1}, lead_wide=0.3,
        slots=opts(["long"], ["long", "photo"], ["article", "brief", "photo"]),
        brief_bylines={"benbaoxun_paren": 1}, sections=("要闻", "综合", "理论")),
    fam("shzq_business", "上海证券报", _shzq_top, _shzq_bottom,
        {by_end_only: 2, by_outlet_reporter: 2},
        outlet="上证报", credits=(cr_vcg, cr_ziliao), width=(16, 24), blank={"none": 2, "para": 1},
        heading_forms={"num": 2, "": 1}, lead_wide=0.6, lead_labels=("导读", "提要"), kicker_long=0.5,
        slots=opts(["article", "shorts"], ["long"], ["article", "runin"]),
        brief_labels=("公司速递", "资讯"), brief_bullets="■", brief_credits={"trail": 1, "none": 1},
        runin_labels=("",), sections=("公司", "市场", "产业")),
    fam("nongmin_national", "农民日报", _nongmin_top, _nongmin_bottom,
        {"reporter": 2, by_reporter_tongxun: 1, by_dated_dian: 1},
        outlet="农民日报·中国农网", city="北京", credits=(cr_outlet_photo, cr_xinhua_full), width=(16, 23),
        blank={"para": 1}, heading_forms={"【】": 2, "cn": 1},
        slots=opts(["article", "note", "photo"], ["shorts"], ["article", "note", "photos"]),
        note_labels=("记者手记", "编后"), brief_labels=("三农快讯", "各地"), brief_bullets="",
        brief_credits={"trail": 1, "benbaoxun": 1},
        shared_credit=("本版图片均由本报记者 {n} 摄",), sections=("三农要闻", "乡村振兴", "各地")),
    fam("pudong_district", "浦东时报", _pudong_top, _pudong_bottom,
        {by_benbaoxun_reporter2: 3, by_end_only: 1, by_none: 1},
        brief_bylines={by_benbaoxun_reporter2: 1, by_trail_paren: 1}, credits=(cr_jizhe, cr_slash), width=(13, 30),
        per_article_width=True, blank={"para": 1, "every": 1, "none": 1}, title_dateline=0.5,
        slots=opts(["runin", "photo"], ["article", "runin"], ["brief", "brief", "ad", "photo"]),
        brief_credits={"trail": 1, "reporter": 1, "none": 1}, runin_labels=("", "街镇传真", "社区动态"),
        ad_forms=("招商热线：{p}",), area="021", interleave=0.2, sections=("综合", "街镇", "民生")),
]
