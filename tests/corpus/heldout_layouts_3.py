"""Third held-back set of layout families (see tests/corpus/README.md).

HELD BACK: developers of the segmenter must not read this file nor the pages it makes
(tests/corpus/pages/heldout/); run the segmenter on them only to report a final figure.

Six papers used nowhere else in the corpus, one of each kind: a provincial party paper's inside
pages, a big-city evening paper, a metro tabloid, a national industry paper, a county-level city
paper (front and inside pages) and a weekly (with a special-issue page).  Layouts, furniture,
bylines and credits are written from what such papers print; the damage is that of e-paper text
extraction, in combinations of its own.  The machinery is that of the development families
(NewerBuilder and its ancestors); the families, their page plans, furniture, bylines, credits and a
few slot kinds are new here.

Gold conventions are those of the README, applied literally (gold_kind): every person of a byline
is an author in printed order (记者, 通讯员, 实习生, 实习记者, 见习记者); `X 北京报道` / `X 报道` name X
only; `文并摄`, `文/图 … X` and `文/摄` make X author and photographer, `文/X 图/Y` makes Y the
photographer; a credit naming an office, a town, an interviewee, an agency, 资料图 or 视频截图 names
no photographer; a reprint byline (another paper's reporter) names the author, not the page's paper;
an `编者按` label is furniture and its text an item of its own (no title, no byline: `article`); a
fact box is an `infobox` whose label is its kicker over a title, or its title when no other is
printed; decorations (【】, ◎, ①, ◆) are no part of a gold title.

Seeds: HELDOUT3_SEED_BASE + 100_000*family + 1_000*attempt + n (12_000_000 and up), apart from every
other family's seeds.  All article text comes from articles.yml or from the short filler below,
written for this corpus (briefs, captions, editors' notes, fact boxes; figures invented).
"""
from __future__ import annotations

import dataclasses
import datetime
import re
from dataclasses import dataclass, field

from even_more_layouts import by_end_only, by_trail_paren, maybe
from more_layouts import Joined, _name, cn_num
from newer_layouts import CAPTION_TITLES, NEWER_MULTI, NewerBuilder, NewerFamily, short_lunar, wrap_byline
from newest_layouts import cn_numeral_date, cr_supplied, week_short
from synthesize import Byline, Item, L, choose, cn_date, doubled, gold_kind, lunar, phone, photo_credit, spaced, weekday

HELDOUT3_SEED_BASE = 12_000_000

# --------------------------------------------------------------------------- filler (written for this corpus)

FILLER_BRIEFS_H3 = [
    ("农村家家户户喝上放心水", "今年以来，县水务部门实施农村供水提升工程，新建改造供水管网一百二十余公里，全县农村自来水普及率达到百分之百，群众饮水水质和水压明显改善。"),
    ("人人参与垃圾分类 处处干净整洁", "街道近日开展垃圾分类集中宣传月活动，志愿者走进小区指导居民分类投放，并在各小区增设分类投放点位三十余个。"),
    ("暑期公益课堂天天开", "市青少年宫暑期公益课堂近日开班，开设书法、舞蹈、编程等二十余门课程，周一至周日天天开课，全部免费向中小学生开放。"),
    ("湿地公园迎来白鹭栖息", "随着生态环境持续改善，城郊湿地公园近日迎来数百只白鹭栖息觅食。管理部门提醒游客文明观鸟，不要投喂和惊扰鸟类。"),
    ("企业服务专员上门解难题", "区营商环境办近日组织企业服务专员走访辖区重点企业，收集用工、融资、物流等方面诉求四十余条，已协调解决二十余条。"),
    ("老街夜市开市迎客", "经过改造提升的老街夜市近日开市，设置特色小吃、文创市集等摊位一百余个，营业时间为每晚六点至十一点。"),
    ("空气质量监测站点扩容", "全市新建十二个空气质量自动监测站点近日投入运行，监测范围覆盖所有乡镇，数据实时上传至省级监测平台。"),
    ("污水处理厂提标改造完工", "县城污水处理厂提标改造工程日前完工，日处理能力提升至五万吨，出水水质稳定达到一级A标准。"),
    ("常常回家看看 社区探访独居老人", "社区近日组织志愿者结对探访辖区独居老人，每周上门问候、代购生活用品，并为老人安装紧急呼叫设备。"),
]
FILLER_CAPTIONS_H3 = [
    "6月20日，志愿者在社区广场为居民讲解垃圾分类知识。",
    "近日，白鹭在城郊湿地公园内觅食。",
    "日前，工作人员在污水处理厂中控室查看运行数据。",
    "老街夜市开市首日，市民在摊位前选购小吃。图为夜市一角。",
]
PHOTO_TITLES_H3 = dict(zip(FILLER_CAPTIONS_H3, ("垃圾分类进社区", "白鹭翩翩", "中控室里看数据", "老街烟火气")))
EDITOR_NOTES = [
    ["营商环境是企业生存发展的土壤。本期特刊聚焦各地优化营商环境的新举措、新成效，记录企业在发展中的新感受、新期待。",
     "好的营商环境，企业最有发言权。我们走进园区、走近企业，倾听来自一线的声音，敬请关注。"],
    ["区域协调发展离不开一个个具体的项目和一家家扎根当地的企业。本期特刊走进各地园区，记录产业协作、要素流动中的新变化，也倾听企业对下一步政策的期待。"],
]
FACT_BOXES = [  # invented figures, for layout only
    ("数说生态环境质量", ["● 地级及以上城市空气质量优良天数比例86.8%", "● 细颗粒物（PM2.5）平均浓度同比下降2.1%",
                          "● 地表水优良水质断面比例89.4%", "● 近岸海域水质优良比例85.0%"]),
    ("今年重点任务", ["1.新建改造农村供水管网120公里", "2.完成30个村庄生活污水治理", "3.新增公共充电桩500个",
                     "4.建成口袋公园15个"]),
    ("办事指南", ["▶办理地点：各区镇便民服务中心", "▶办理时间：工作日9:00—17:00", "▶所需材料：身份证、户口簿",
                 "▶咨询电话：12345"]),
    ("项目进展一览", ["◆一期工程：主体完工", "◆二期工程：设备安装", "◆配套道路：完成80%", "◆绿化景观：启动招标"]),
]
FACT_LABELS = ("数说", "链接", "相关链接", "资料", "")


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


def _d(ctx):
    return ctx.date - datetime.timedelta(days=1)


def _more(ctx, p, k=(1, 1, 2)):
    return [ctx.name() for _ in range(ctx.rng.choice(k))] if ctx.rng.random() < p else []


# 吉林日报


def by_jl_reporter(ctx, item):
    """本报记者 X (Y) 通讯员 Z / 吉林日报记者 X / ■本报记者 X / 彩练新闻记者 X; one line or a line a role."""
    rng = ctx.rng
    a, shown = _name(ctx)
    names, parts = [a], [shown]
    if rng.random() < 0.3:
        b, sb = _name(ctx)
        names.append(b)
        parts.append(sb)
    lead = rng.choice(("本报记者", "本报记者", "吉林日报记者", "■本报记者", "彩练新闻记者"))
    groups = [f"{lead} {' '.join(parts)}"]
    t = _more(ctx, 0.45)
    if t:
        names += t
        groups.append(f"{rng.choice(('通讯员', '本报通讯员'))} {' '.join(t)}")
    if len(groups) > 1 and rng.random() < 0.4:
        return Byline(names, before=groups)
    return Byline(names, before=[" ".join(groups)])


def by_jl_xun(ctx, item):
    """本报讯（记者 X 通讯员 Y）: glued to the first sentence or on its own line (本报讯)."""
    a = ctx.name()
    names, inner = [a], f"记者 {a}"
    t = _more(ctx, 0.4)
    if t:
        names += t
        inner += f" 通讯员 {' '.join(t)}"
    text = f"本报讯（{inner}）"
    if ctx.rng.random() < 0.35:
        return Byline(names, before=[text], hint="benbaoxun")
    return Byline(names, glue=text, hint="benbaoxun")


def by_jl_xinhua(ctx, item):
    """新华社北京6月21日电（记者 X、Y）: an agency dispatch (an article)."""
    d = _d(ctx)
    names = [ctx.name() for _ in range(ctx.rng.choice((1, 2)))]
    place = ctx.rng.choice(("北京", "长春", "成都", "重庆"))
    return Byline(names, glue=f"新华社{place}{d.month}月{d.day}日电（记者{'、'.join(names)}）", hint="agency")


# 武汉晚报


def by_wh(ctx, item):
    """武汉晚报记者 X 通讯员 Y / 记者 X 实习生 Y / 文/记者 X 图/记者 Y / 记者 X 文并摄."""
    rng = ctx.rng
    a, shown = _name(ctx)
    r = rng.random()
    if r < 0.35:
        names = [a] + _more(ctx, 0.6)
        line = f"武汉晚报记者 {shown}" + (f" 通讯员 {' '.join(names[1:])}" if names[1:] else "")
    elif r < 0.6:
        b = ctx.name()
        names, line = [a, b], f"记者 {shown} 实习生 {b}"
    elif r < 0.8:
        p = ctx.name()
        item.photographers = [p]
        names, line = [a], rng.choice(("文/记者 {a} 图/记者 {p}", "文/{a} 图/{p}", "文 记者{a} 图 记者{p}")).format(a=shown, p=p)
    else:
        item.photographers = [a]
        names, line = [a], rng.choice(("记者 {a} 文并摄", "武汉晚报记者 {a} 文并摄", "□记者 {a} 文并摄")).format(a=shown)
    return Byline(names, before=[line])


# 半岛都市报


def by_bd(ctx, item):
    """半岛全媒体记者 X Y 通讯员 Z 实习生 W: often wider than the column and wrapped over two lines."""
    rng = ctx.rng
    names = [ctx.name() for _ in range(rng.choice((1, 2, 2)))]
    letter = rng.random() < ctx.family.letterspace
    text = f"半岛全媒体记者 {' '.join(spaced(n) if letter else n for n in names)}"
    for role, p in (("通讯员", 0.6), ("实习生", 0.4)):
        extra = _more(ctx, p)
        if extra:
            names += extra
            text += f" {role} {' '.join(extra)}"
    parts = wrap_byline(rng, text, rng.randrange(12, 18))
    item.wrapped_byline = parts
    return Byline(names, before=parts)


def by_bd_wentu(ctx, item):
    """文/图 半岛全媒体记者 X: X wrote and photographed."""
    n, shown = _name(ctx)
    item.photographers = [n]
    return Byline([n], before=[ctx.rng.choice(("文/图 半岛全媒体记者 {s}", "文/图 {s}", "半岛全媒体记者 {s} 文/图")).format(s=shown)])


# 中国环境报


def by_hj_place(ctx, item):
    """本报记者 X 北京报道 / 本报记者 X 通讯员 Y 杭州报道: on its own line or glued to the first sentence."""
    rng = ctx.rng
    a, shown = _name(ctx)
    names = [a]
    place = rng.choice(("北京", "北京", "杭州", "长沙", "成都", "呼和浩特", "南京"))
    t = _more(ctx, 0.35)
    names += t
    if rng.random() < 0.4:
        inner = f"本报记者{a}" + (f" 通讯员{'、'.join(t)}" if t else "")
        return Byline(names, glue=f"{inner}{place}报道　" if rng.random() < 0.5 else f"{inner} {place}报道 ")
    text = f"{rng.choice(('本报记者', '◆本报记者', '中国环境报记者'))} {shown}" + (f" 通讯员 {' '.join(t)}" if t else "")
    return Byline(names, before=[f"{text} {place}报道"])


def by_hj_line(ctx, item):
    """◆中国环境报记者 X / 本报见习记者 X / 本报通讯员 X Y."""
    rng = ctx.rng
    a, shown = _name(ctx)
    r = rng.random()
    if r < 0.4:
        return Byline([a], before=[f"{rng.choice(('◆', '', '□'))}中国环境报记者 {shown}"])
    if r < 0.7:
        b = ctx.name()
        return Byline([a, b], before=[f"本报见习记者 {shown} 本报通讯员 {b}"])
    names = [a] + _more(ctx, 0.6, (1,))
    return Byline(names, before=[f"本报通讯员 {' '.join(names)}"])


def by_hj_xun(ctx, item):
    """本报讯 记者X报道 / 本报讯（记者 X）: glued; 本报讯."""
    a = ctx.name()
    text = ctx.rng.choice((f"本报讯 记者{a}报道 ", f"本报讯（记者 {a}）", f"本报讯 记者{a}报道　"))
    return Byline([a], glue=text, hint="benbaoxun")


# 昆山日报


def by_ks(ctx, item):
    """记者 X 通讯员 Y / ■记者 X / 本报记者 X 通讯员 Y Z / 通讯员 X 记者 Y."""
    rng = ctx.rng
    a, shown = _name(ctx)
    t = _more(ctx, 0.6, (1, 2))
    if t and rng.random() < 0.35:
        return Byline(t + [a], before=[f"通讯员 {' '.join(t)} 记者 {shown}"])
    lead = rng.choice(("记者", "■记者", "本报记者"))
    line = f"{lead} {shown}" + (f" 通讯员 {' '.join(t)}" if t else "")
    return Byline([a] + t, before=[line])


def by_ks_xun(ctx, item):
    a = ctx.name()
    names, inner = [a], f"记者 {a}"
    t = _more(ctx, 0.5)
    if t:
        names += t
        inner += f" 通讯员 {' '.join(t)}"
    if ctx.rng.random() < 0.3:
        return Byline(names, before=[f"本报讯（{inner}）"], hint="benbaoxun")
    return Byline(names, glue=f"本报讯（{inner}）", hint="benbaoxun")


def by_ks_reprint(ctx, item):
    """苏州日报记者 X: a piece of the prefecture's paper reprinted; that paper is not the page's."""
    n, shown = _name(ctx)
    return Byline([n], before=[f"{ctx.rng.choice(('苏州日报记者', '□苏州日报记者'))} {shown}"])


# 中国经营报


def by_jy_place(ctx, item):
    """中国经营报记者 X Y 北京报道 / 本报记者 X 实习记者 Y 深圳报道: wrapped when wider than the column."""
    rng = ctx.rng
    a, shown = _name(ctx)
    names, parts = [a], [shown]
    if rng.random() < 0.35:
        b, sb = _name(ctx)
        names.append(b)
        parts.append(sb)
    text = f"{rng.choice(('中国经营报记者', '本报记者'))} {' '.join(parts)}"
    if rng.random() < 0.3:
        c = ctx.name()
        names.append(c)
        text += f" 实习记者 {c}"
    text += f" {rng.choice(('北京', '北京', '上海', '深圳', '广州', '成都'))}报道"
    parts = wrap_byline(rng, text, rng.randrange(14, 20))
    item.wrapped_byline = parts
    return Byline(names, before=parts)


def by_jy_wen(ctx, item):
    n, shown = _name(ctx)
    return Byline([n], before=[ctx.rng.choice(("文/中国经营报记者 {s}", "文/本报记者 {s}", "■文/{s}")).format(s=shown)])


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


def _nobody(forms, where=("glue", "line")):
    def credit(ctx):
        return ctx.rng.choice(where), ctx.rng.choice(forms), []
    return credit


cr_jl = photo_credit(("本报记者 {n} 摄", "吉林日报记者 {s} 摄", "新华社记者 {n} 摄", "（{n} 摄）", "彩练新闻记者 {n} 摄"))
cr_jl_before = photo_credit(("本报记者 {n} 摄", "{s} 摄", "□本报记者 {n}/摄"), ("before",))
cr_xinhua_fa = _nobody(("新华社发", "（新华社发）", "新华社供图"))
cr_wh = photo_credit(("记者 {n} 摄", "（记者 {s} 摄）", "武汉晚报记者 {n} 摄", "通讯员 {n} 摄", "{n}/摄"))
cr_wh_before = photo_credit(("记者 {n} 摄", "摄影/记者 {n}", "□记者 {s} 摄"), ("before",))
cr_bd = photo_credit(("半岛全媒体记者 {n} 摄", "半岛全媒体记者 {s} 摄", "{n}/摄", "（半岛全媒体记者 {n} 摄）"))
cr_bd_none = _nobody(("图片由受访者提供", "（资料图）", "视频截图", "（图片由受访者提供）"))
cr_hj = photo_credit(("本报记者 {n} 摄", "中国环境报记者 {n} 摄", "通讯员 {n} 摄", "（{n} 摄）"))
cr_hj_org = _nobody(("（浙江省生态环境厅供图）", "湖南省生态环境厅供图", "（长沙市生态环境局供图）", "本报资料图片"))
cr_ks = photo_credit(("记者 {n} 摄", "（记者 {n} 摄）", "通讯员 {n} 摄", "（通讯员 {s} 摄）"))
cr_ks_town = _nobody(("（千灯镇供图）", "周市镇供图", "（张浦镇供图）", "巴城镇供图", "（昆山开发区供图）"))
cr_jy = photo_credit(("本报记者 {n}/摄", "中国经营报记者 {n}/摄影", "（本报记者 {n}/摄）"))
cr_jy_none = _nobody(("视觉中国/图", "受访者/供图", "本报资料室/图", "（受访者供图）"))


# --------------------------------------------------------------------------- family and builder


@dataclass
class Held3Family(NewerFamily):
    spaced_title: float = 0.0  # chance a short title is printed letter-spaced (稳 就 业)
    column_forms: dict = field(default_factory=lambda: {"bracket_line": 1})  # bracket_line | circled | mark_line
    column_labels: tuple = ("简讯",)
    column_marks: str = "◎"
    fact_labels: tuple = FACT_LABELS
    pages: int = 5


MULTI3 = NEWER_MULTI + ("briefs", "runin", "photos", "picnews", "ad", "shorts", "column")
CIRCLED = "①②③④⑤⑥"


class Held3Builder(NewerBuilder):
    multi_slots = MULTI3

    def __init__(self, family, seed, n):
        super().__init__(family, seed, n)
        self.ctx.plan = (n - 1) % max(1, len(family.page_plans))

    def slot_briefs(self):
        if self.queue and self.queue[0] == "column":
            self.queue.pop(0)
            return self.multi_column()
        return super().slot_briefs()

    # -------------------------------------------------------------- sources

    def brief_source(self):
        if self.rng.random() < 0.35:
            free = [k for k in range(len(FILLER_BRIEFS_H3)) if f"fh3-{k}" not in self.used]
            if free:
                k = self.rng.choice(free)
                self.used.add(f"fh3-{k}")
                title, text = FILLER_BRIEFS_H3[k]
                return {"title": title, "kicker": "", "subtitle": ""}, [("paragraph", text)]
        return super().brief_source()

    def caption_source(self):
        if self.rng.random() < 0.3:
            free = [k for k in range(len(FILLER_CAPTIONS_H3)) if f"ch3-{k}" not in self.used]
            if free:
                k = self.rng.choice(free)
                self.used.add(f"ch3-{k}")
                caption = FILLER_CAPTIONS_H3[k]
                return caption, PHOTO_TITLES_H3[caption] if self.rng.random() < 0.5 else ""
        return super().caption_source()

    # -------------------------------------------------------------- headlines

    def headline(self, item, title, kicker="", subtitle=""):
        """MoreBuilder's, and sometimes a short one-line title printed letter-spaced (稳 就 业)."""
        chunks = super().headline(item, title, kicker, subtitle)
        if self.rng.random() < self.family.spaced_title and len(title) <= 12 and " " not in title:
            for chunk in chunks:
                for k, line in enumerate(chunk):
                    if line.role == "title" and str(line) == title:
                        chunk[k] = L(" ".join(title), "title")
        return chunks

    # -------------------------------------------------------------- new slots

    def multi_column(self):
        """A briefs column: 【标题】 / ①标题 / ◎标题 on a line of its own, the text below it, the
        credit of the family's brief_credits (trailing （X）, 本报讯, 本报讯（记者 X）)."""
        rng, fam = self.rng, self.family
        label = [x for x in [rng.choice(fam.column_labels)] if x]
        form = choose(rng, fam.column_forms)
        mark = rng.choice(fam.column_marks)
        joined = rng.random() < fam.brief_joined
        items, seen = [], set()
        count = rng.choice((3, 3, 4))
        for k in range(40):
            if len(items) == count:
                break
            src, body = self.brief_source()
            if src["title"] in seen:
                continue
            seen.add(src["title"])
            body = body[:1] if len(body[0][1]) > 110 or rng.random() < 0.6 else body[:2]
            names, glue, trail, hint = self.runin_credit()
            item = Item("brief")
            title = src["title"]
            printed = doubled(title) if rng.random() < fam.doubled else title
            item.printed_title = printed
            if form == "bracket_line":
                head = f"【{printed}】"
            elif form == "circled":
                head = f"{CIRCLED[len(items)]}{printed}"
            else:
                head = f"{mark}{printed}"
            lines = [L(head, "title")]
            for j, (_, text) in enumerate(body):
                segs = [("byline", glue if j == 0 else ""), ("body", text), ("credit", trail if j == len(body) - 1 else "")]
                lines += self.para_lines([(r, t) for r, t in segs if t], self.width)
            item.title = title
            item.authors, item.body = names, body
            item.kind = gold_kind("brief", hint, title, body)
            item.chunks = [lines]
            item.tight = True
            items.append(item)
        if joined:
            for it in items[:-1]:
                it.chunks = Joined(it.chunks)
        return label, items

    def slot_editornote(self):
        """编者按 over a special page: the label is furniture, the note an item of its own."""
        rng, ctx = self.rng, self.ctx
        free = [k for k in range(len(EDITOR_NOTES)) if f"en-{k}" not in self.used] or [0]
        k = rng.choice(free)
        self.used.add(f"en-{k}")
        paras = EDITOR_NOTES[k]
        label = ctx.furn(rng.choice(("编者按", "【编者按】", "■编者按", "编者的话")))
        item = Item("article")
        width = self.w() + rng.randrange(0, 8)
        chunks = [[L(label, "furniture")]]
        for text in paras:
            chunks.append(self.para_lines(text, width))
        item.body = [("paragraph", t) for t in paras]
        item.chunks = chunks
        item.kind = "article"
        return item

    def slot_factbox(self):
        """A fact box: a label (kicker) over a title, or the label alone as its title; list lines."""
        rng, fam = self.rng, self.family
        free = [k for k in range(len(FACT_BOXES)) if f"fb-{k}" not in self.used] or [0]
        k = rng.choice(free)
        self.used.add(f"fb-{k}")
        title, entries = FACT_BOXES[k]
        item = Item("infobox")
        label = rng.choice(fam.fact_labels)
        if label:
            head = self.headline(item, title)
            printed = rng.choice(("{}", "■{}", "◎{}", "【{}】", "{}：")).format(label)
            head = [[L(printed, "kicker")]] + head
            item.kicker = label
        else:
            head = self.headline(item, title)
        sep = rng.random() < 0.3
        body_lines = [L(x.replace("：", "： ") if sep else x, "body") for x in entries]
        item.body = [("listitem", x) for x in entries]
        item.chunks = head + [body_lines]
        item.kind = "infobox"
        return item


# --------------------------------------------------------------------------- furniture


def F(ctx, text, **kw):
    return ctx.furn(text, **kw)


def week_date(ctx):
    return f"{cn_date(ctx.date)} {weekday(ctx.date)}"


# 1 吉林日报: a provincial organ's inside pages; letter-spaced paper name; a date over two lines or at the bottom


def _jilin_top(ctx):
    d, n, rng = ctx.date, ctx.page_no, ctx.rng
    r = rng.random()
    if r < 0.35:
        name = rng.choice(("吉 林 日 报", "吉林日报"))
        dates = rng.choice(([cn_date(d), f"{weekday(d)} 农历{short_lunar(d)}"], [f"{d.year}年", f"{d.month}月{d.day}日 {weekday(d)}"]))
        return [F(ctx, name, paper=True), F(ctx, "JILIN DAILY"), F(ctx, dates[0], date=True), F(ctx, dates[1]),
                F(ctx, f"第{n}版 {ctx.section}", page=str(n))]
    if r < 0.7:
        return [F(ctx, f"{ctx.section} 第{n}版", page=str(n)),
                F(ctx, f"吉林日报 {week_date(ctx)} 农历{short_lunar(d)}", paper=True, date=True)]
    return [F(ctx, f"{n:02d}", page=f"{n:02d}"), F(ctx, " ".join(ctx.section) if len(ctx.section) <= 4 else ctx.section)]


def _jilin_bottom(ctx):
    rng = ctx.rng
    lines = []
    if not ctx.printed_date and maybe(ctx, 0.7):
        lines.append(F(ctx, week_date(ctx), date=True))
    r = rng.random()
    if r < 0.4:
        lines.append(F(ctx, f"责任编辑 {ctx.name()} 美术编辑 {ctx.name()}"))
    elif r < 0.75:
        lines += [F(ctx, f"本版责编：{ctx.name()} 校对：{ctx.name()}"),
                  F(ctx, rng.choice(("扫码下载彩练新闻客户端", "彩练新闻 扫一扫 看更多")))]
    else:
        lines.append(F(ctx, f"吉林日报社出版 社址：长春市{rng.choice(('人民', '新民', '西安'))}大街{rng.randrange(1000, 9999)}号",
                       paper=True))
    return lines


# 2 武汉晚报: an evening paper; A06 | 城事; one-line headers with editors; photo pages; 文并摄


def _wuhan_top(ctx):
    d, label = ctx.date, f"A{ctx.page_no:02d}"
    r = ctx.rng.random()
    if r < 0.35:
        return [F(ctx, "武汉晚报", paper=True), F(ctx, "WUHAN EVENING NEWS"),
                F(ctx, f"{week_date(ctx)} 农历{short_lunar(d)}", date=True), F(ctx, f"{label} | {ctx.section}", page=label)]
    if r < 0.65:
        return [F(ctx, label, page=label), F(ctx, ctx.section), F(ctx, f"{d.year}.{d.month}.{d.day} {week_short(d)}", date=True)]
    return [F(ctx, f"武汉晚报 {week_date(ctx)} {label} {ctx.section} 责编：{ctx.name()} 美编：{ctx.name()}",
              paper=True, date=True, page=label)]


def _wuhan_bottom(ctx):
    rng = ctx.rng
    r = rng.random()
    if r < 0.4:
        return [F(ctx, f"新闻热线：{phone(rng, '027')}"), F(ctx, "扫码关注武汉晚报微信公众号", paper=True)]
    if r < 0.75:
        return [F(ctx, f"责编 {ctx.name()} 美编 {ctx.name()} 校对 {ctx.name()} {chr(0x2460 + rng.randrange(9))}{rng.randrange(1, 9)}")]
    return []


# 3 半岛都市报: a metro tabloid; 半岛全媒体记者 (no paper name in it); wrapped bylines; letter-spaced names


def _bandao_top(ctx):
    d, label = ctx.date, f"A{ctx.page_no}"
    r = ctx.rng.random()
    if r < 0.35:
        return [F(ctx, "半岛都市报", paper=True), F(ctx, "BANDAO METROPOLIS DAILY"), F(ctx, week_date(ctx), date=True),
                F(ctx, f"{label} {ctx.section}", page=label)]
    if r < 0.7:
        return [F(ctx, f"{label} {ctx.section}", page=label),
                F(ctx, f"{d.year}年{d.month}月{d.day}日 {weekday(d)} 首席编辑 {ctx.name()} 美编 {ctx.name()}", date=True)]
    return [F(ctx, ctx.section), F(ctx, label, page=label)]


def _bandao_bottom(ctx):
    rng = ctx.rng
    r = rng.random()
    if r < 0.35:
        return [F(ctx, rng.choice(("扫码下载半岛新闻客户端", "▲扫一扫 下载半岛新闻APP")))]
    if r < 0.7:
        return [F(ctx, f"半岛都市报 新闻热线：{phone(rng, '0532')}", paper=True)]
    return []


# 4 中国环境报: a national industry paper; Chinese-numeral dates; 北京报道; 环境时评; fact boxes


def _huanjing_top(ctx):
    d, n = ctx.date, ctx.page_no
    r = ctx.rng.random()
    if r < 0.35:
        return [F(ctx, "中国环境报", paper=True), F(ctx, "CHINA ENVIRONMENT NEWS"),
                F(ctx, "国内统一连续出版物号 CN 11-0016"),
                F(ctx, f"{cn_numeral_date(d)} {weekday(d)}", date=True), F(ctx, f"第{n}版 {ctx.section}", page=str(n))]
    if r < 0.7:
        return [F(ctx, week_date(ctx), date=True), F(ctx, f"{n:02d} {ctx.section}", page=f"{n:02d}")]
    return [F(ctx, f"中国环境报 {d.year}.{d.month:02d}.{d.day:02d} {weekday(d)} 第{n}版", paper=True, date=True, page=str(n)),
            F(ctx, ctx.section)]


def _huanjing_bottom(ctx):
    rng = ctx.rng
    if maybe(ctx, 0.5):
        return [F(ctx, f"责任编辑：{ctx.name()} 电话：{phone(rng, '010')} E-mail：hj{rng.randrange(10, 99)}@example.cn")]
    return [F(ctx, f"本版编辑 {ctx.name()} 美编 {ctx.name()}"), F(ctx, "▲扫码关注中国环境报微信公众号", paper=True)]


# 5 昆山日报: a county-level city paper; a front page (导读, weather, jump lines) and inside pages


def _kunshan_top(ctx):
    d, rng = ctx.date, ctx.rng
    if ctx.front:
        lines = [F(ctx, rng.choice(("昆山日报", "昆 山 日 报")), paper=True), F(ctx, "KUNSHAN DAILY"), F(ctx, "中共昆山市委机关报"),
                 F(ctx, "国内统一连续出版物号 CN 32-0097")]
        if maybe(ctx, 0.5):
            lines += [F(ctx, week_date(ctx), date=True), F(ctx, f"农历{lunar(d)}")]
        else:
            lines += [F(ctx, f"{d.year}年{d.month}月{d.day}日", date=True), F(ctx, f"{weekday(d)} 农历{short_lunar(d)}")]
        lines.append(F(ctx, f"今日{ctx.family_pages}版"))
        if maybe(ctx, 0.6):
            hi = {2: 9, 3: 15, 4: 22, 5: 27, 6: 30, 7: 34, 8: 33, 9: 28, 10: 22, 11: 15, 12: 9}.get(d.month, 20)
            lines.append(F(ctx, f"今日天气 {rng.choice(('多云', '晴', '阴转小雨', '多云转晴'))} {hi - rng.randrange(6, 10)}℃～{hi}℃"))
        return lines
    label = f"A{ctx.page_no}"
    r = rng.random()
    if r < 0.4:
        return [F(ctx, f"{label} {ctx.section}", page=label), F(ctx, f"{week_date(ctx)} 责任编辑：{ctx.name()}", date=True)]
    if r < 0.75:
        return [F(ctx, "昆山日报", paper=True), F(ctx, f"{d.year}年{d.month}月{d.day}日", date=True), F(ctx, label, page=label),
                F(ctx, ctx.section)]
    return []


def _kunshan_bottom(ctx):
    rng = ctx.rng
    if ctx.front:
        return [F(ctx, f"昆山日报社出版 地址：昆山市前进西路{rng.randrange(100, 999)}号 邮编：215300", paper=True),
                F(ctx, f"广告热线：{phone(rng, '0512')} 零售价：1.00元")]
    r = rng.random()
    if r < 0.4:
        return [F(ctx, f"编辑 {ctx.name()} 组版 {ctx.name()} 校对 {ctx.name()}")]
    if r < 0.7:
        return [F(ctx, "扫码关注昆山日报微信公众号", paper=True)]
    return []


# 6 中国经营报: a weekly (Mondays); B7 公司 labels; 北京报道 bylines; Q&A 《中国经营报》：; a 特刊 page


JY_LETTERS = {"区域": "A", "公司": "B", "产业": "C", "商业案例": "D"}


def _jingying_top(ctx):
    d, rng = ctx.date, ctx.rng
    if ctx.plan == 4:  # the special issue
        label = f"T{ctx.page_no}"
        return [F(ctx, rng.choice(("营商环境特刊", "营商环境 特刊", "特刊·营商环境"))), F(ctx, label, page=label),
                F(ctx, f"中国经营报 {cn_date(d)}", paper=True, date=True)]
    label = f"{JY_LETTERS[ctx.section]}{ctx.page_no}"
    r = rng.random()
    if r < 0.35:
        return [F(ctx, "中国经营报", paper=True), F(ctx, "CHINA BUSINESS JOURNAL"), F(ctx, week_date(ctx), date=True),
                F(ctx, f"总第{rng.randrange(2500, 2599)}期"), F(ctx, f"{label} {ctx.section}", page=label)]
    if r < 0.7:
        return [F(ctx, f"{ctx.section} {label}", page=label), F(ctx, f"{d.year}.{d.month}.{d.day}", date=True)]
    return [F(ctx, label, page=label), F(ctx, f"{week_date(ctx)} 编辑/{ctx.name()} 美编/{ctx.name()}", date=True)]


def _jingying_bottom(ctx):
    rng = ctx.rng
    r = rng.random()
    if r < 0.4:
        return [F(ctx, f"编辑/{ctx.name()} 美编/{ctx.name()} 校对/{ctx.name()}")]
    if r < 0.7:
        return [F(ctx, f"投稿邮箱：cbj{rng.randrange(100, 999)}@example.cn 热线：{phone(rng, '010')}")]
    return []


def fam(name, paper, top, bottom, bylines, **kw):
    return Held3Family(name, paper, top, bottom, bylines, builder=Held3Builder, **kw)


def plans(*entries):
    return [(list(s), b) for s, b in entries]


HELDOUT3_FAMILIES = [
    fam("jilin_provincial", "吉林日报", _jilin_top, _jilin_bottom,
        {by_jl_reporter: 3, by_jl_xun: 1, by_jl_xinhua: 1},
        brief_bylines={by_jl_xun: 1}, credits=(cr_jl, cr_jl_before, cr_xinhua_fa), width=(15, 22),
        blank={"every": 1, "para": 2}, indent=0.5, letterspace=0.4, doubled=0.1, title_lines={1: 2, 2: 1},
        min_page=2, jump_out=0.3, jump_glued=0.5, jump_forms=("（下转第{n}版）", "（转第{cn}版）"),
        cont_forms=("（接第一版）", "（上接第一版）", "接第1版", "（接第{n}版）"),
        page_plans=plans((["continuation", "article", "column", "photo"], None),
                         (["article", "pair", "brief", "photo", "editorial"], {by_jl_reporter: 1}),
                         (["long", "factbox"], {by_jl_reporter: 1, by_jl_xinhua: 1}),
                         (["article", "continuation", "photos"], {by_jl_xinhua: 1}),
                         (["qa", "brief", "brief", "photo"], None)),
        column_forms={"bracket_line": 2, "mark_line": 1}, column_labels=("吉林简讯", "全省新闻速览", ""), column_marks="◎▶",
        brief_credits={"reporter": 2, "trail": 1}, editorial_forms={"inst": 1}, inst_lines=("本报评论员", "■本报评论员"),
        comment_labels=("吉林时评",), heading_forms={"cn": 2, "": 1}, lead_wide=0.3, lead_labels=("核心提示",),
        qa=("记者：", None), qa_bylines={by_jl_reporter: 1}, fact_labels=("链接", "相关链接", ""),
        shared_credit=("本版图片均由本报记者 {n} 摄", "（本组图片由吉林日报记者 {n} 摄）"),
        spaced_title=0.15, sections=("要闻", "经济", "综合", "地方新闻")),
    fam("wuhan_evening", "武汉晚报", _wuhan_top, _wuhan_bottom,
        {by_wh: 3, by_end_only: 1},
        outlet="武汉晚报", brief_bylines={by_trail_paren: 1}, credits=(cr_wh, cr_wh_before, cr_supplied),
        width=(12, 17), blank={"para": 1, "every": 1}, letterspace=0.5, displaced=0.4, doubled=0.25,
        title_lines={1: 1, 2: 2}, head_together=0.5,
        page_plans=plans((["article", "photo", "briefs"], None), (["picnews", "article", "photo"], None),
                         (["qa", "photo"], None), (["article", "pair", "photo", "photo", "brief"], None),
                         (["article", "oneliners", "brief"], {by_wh: 1})),
        brief_forms={"bullet_title": 2, "inline": 1}, brief_bullets="●▲", brief_credits={"trail": 1},
        brief_labels=("城市速递", "江城快讯"), oneliner_labels=("一句话新闻", "晚报快讯"), oneliner_credit=0.5,
        pic_labels=("城市影像", "图片新闻"), caption_width=(12, 22), caption_twice=0.25, photo_title=0.5,
        photo_title_break=0.3, qa_forms=(("记者：", None), ("问：", "答：")), qa_bylines={by_wh: 1},
        spaced_title=0.1, sections=("城事", "武汉新闻", "民生")),
    fam("bandao_metro", "半岛都市报", _bandao_top, _bandao_bottom,
        {by_bd: 3, by_bd_wentu: 1, by_end_only: 1},
        outlet="半岛全媒体", brief_bylines={by_trail_paren: 1}, credits=(cr_bd, cr_bd_none), width=(12, 18),
        blank={"none": 1, "para": 2}, letterspace=0.6, stray_spaces=0.06, title_lines={1: 2, 2: 1}, doubled=0.1,
        page_plans=plans((["article", "runin", "photo"], {by_bd: 1}), (["article", "article", "brief"], None),
                         (["qa", "photo", "brief"], None), (["pair", "brief", "brief", "article", "photo"], None),
                         (["article", "photos", "oneliners"], {by_bd: 1, by_bd_wentu: 1})),
        runin_labels=("岛城快讯", ""), brief_credits={"trail": 1}, oneliner_labels=("新闻速览",), oneliner_credit=0.3,
        qa=("记者：", None), qa_bylines={by_bd: 1},
        shared_credit=("本版图片由半岛全媒体记者 {n} 摄", "半岛全媒体记者 {n} 摄"),
        head_orders={"kts": 1}, kicker_long=0.3, sections=("青岛新闻", "城事", "社会")),
    fam("huanjing_national", "中国环境报", _huanjing_top, _huanjing_bottom,
        {by_hj_place: 3, by_hj_line: 2},
        brief_bylines={by_hj_xun: 2, by_trail_paren: 1}, credits=(cr_hj, cr_hj_org), width=(17, 25),
        blank={"para": 2, "none": 1}, indent=0.6, head_orders={"kts": 1}, kicker_long=0.3,
        title_byline=0.2, dash_subtitle=0.6,
        page_plans=plans((["article", "editorial", "brief"], {by_hj_place: 1}), (["long", "factbox"], {by_hj_line: 1}),
                         (["article", "column", "photo"], None), (["article", "photo", "article"], {by_hj_place: 1}),
                         (["continuation", "article", "note"], None)),
        editorial_forms={"inst": 1, "column_end": 1, "column_top": 1}, inst_lines=("本报评论员",),
        comment_labels=("环境时评", "绿色观察"), author_note=0.4, note_labels=("记者手记", "记者观察"),
        column_forms={"mark_line": 1, "circled": 1}, column_labels=("地方环境简讯", "环保速递"), column_marks="◆▲",
        brief_credits={"benbaoxun": 1, "reporter": 1, "trail": 1},
        heading_forms={"cn": 1, "【】": 1, "": 1}, lead_wide=0.4, lead_labels=("核心阅读", "提要"),
        cont_forms=("（上接一版）", "（上接第{n}版）"), fact_labels=("数说", "资料", ""),
        sections=("综合新闻", "要闻", "地方", "生态文明")),
    fam("kunshan_county", "昆山日报", _kunshan_top, _kunshan_bottom,
        {by_ks: 3, by_ks_xun: 2, by_ks_reprint: 1},
        brief_bylines={by_ks_xun: 2, by_trail_paren: 1}, credits=(cr_ks, cr_ks_town), width=(13, 19),
        blank={"every": 2, "para": 1}, letterspace=0.4, displaced=0.3, doubled=0.15, title_lines={1: 2, 2: 1},
        front_pages=(1,), jump_out=0.7, jump_glued=0.4, jump_forms=("（下转A{n}版）", "（转A{n}版）"),
        cont_forms=("（上接A1版）", "（接A1版）"),
        page_plans=plans((["article", "daodu", "photo", "brief"], {by_ks: 1, by_ks_xun: 1}),
                         (["pair", "article", "photo", "column", "ad"], None),
                         (["article", "photo", "brief", "brief"], {by_ks: 1}),
                         (["continuation", "brief", "photo", "column"], None),
                         (["article", "factbox", "photo"], {by_ks_reprint: 1})),
        daodu_forms=("▶{t} A{n}", "{t}（详见A{n}版）", "·{t} >>A{n}"),
        column_forms={"mark_line": 2, "bracket_line": 1}, column_labels=("区镇动态", "鹿城简讯"), column_marks="◆■",
        brief_credits={"trail": 1, "reporter": 1}, brief_joined=0.5, ad_forms=("招商热线：{p}", "广告热线：{p}"),
        area="0512", caption_width=(14, 24), photo_title=0.4, fact_labels=("链接", "资料", ""),
        sections=("综合", "区镇", "民生")),
    fam("jingying_weekly", "中国经营报", _jingying_top, _jingying_bottom,
        {by_jy_place: 3, by_jy_wen: 1},
        credits=(cr_jy, cr_jy_none), width=(16, 24), blank={"para": 1}, indent=0.5,
        weekday_no=0, date_range=((2024, 3, 4), (2024, 12, 28)),
        page_plans=plans((["long", "photo"], {by_jy_place: 1}), (["qa", "photo"], None),
                         (["article", "table", "brief"], None), (["article", "comment", "photo"], None),
                         (["editornote", "article", "article", "factbox"], None)),
        pull_quotes=(0, 2), end_editor=0.4, heading_forms={"": 2, "■": 1}, lead_wide=0.4, lead_labels=("导读",),
        qa_forms=(("《中国经营报》：", None), ("《中国经营报》：", "答：")), qa_bylines={by_jy_place: 1},
        comment_labels=("经营观察", "商业评论"), table_labels=("数据", ""), brief_bylines={by_trail_paren: 1},
        fact_labels=("链接", "数说", ""), kicker_long=0.4, title_lines={1: 3, 2: 1},
        sections=tuple(JY_LETTERS)),
]
