"""Newer development layout families for the synthetic corpus (see tests/corpus/README.md).

Eight more papers, each printing page shapes the earlier families leave out: a provincial organ's
front page (山西日报), a county-level city paper read in two interleaved columns (江阴日报), a weekly's
feature pages (南方周末), an evening paper's photo pages (沈阳晚报), a business daily with data tables
(每日经济新闻), a city paper of briefs columns (宁波日报), a metro paper whose extraction scrambles
headlines and bylines (大河报) and a provincial capital's commentary page (北京日报).  Besides the
grammar of synthesize.py, more_layouts.py, even_more_layouts.py and newest_layouts.py (reused
through NewestBuilder), they print:

* front pages: a 导读 box (a label over entries `▶标题 3版`, `◆标题（详见第3版）`, some wrapped over
  two lines), a weather line, a lunar-date line of its own, 今日N版 and no page label at all; front
  articles ending in jump lines (（下转第二版）, 下转第二版, （转第2版）) and the inside page that carries
  them on (（上接第一版）);
* a two-column interleave of two adjacent items (briefs, a brief and a photo, an article and a
  photo): runs of one to three lines from each column in turn;
* long features with every 小标题, pull quotes (a sentence of the text repeated in display type
  between paragraphs), `责任编辑：X` printed after the article, 南方周末： questions;
* photo pages: photo titles (some over two lines), captions of three to eight lines, a caption
  printed twice, captions side by side, stacked captions with one shared credit, credits before
  or after the caption or glued to it;
* tables: a 数据 label over a title, a column-header row, rows of figures, `数据来源：…`;
* briefs columns with ◇ ★ ▲ bullets, and 一句话新闻 columns of one-sentence items under ● bullets,
  with or without a trailing （张三）;
* headlines after their bodies, titles over two lines, bylines too long for the column wrapped
  over two lines (sometimes inside a name);
* commentaries signed 本报评论员, 本报特约评论员, 特约评论员 X, 每经评论员 X, or by a bare name under a
  column label, with an `（作者为…）` note; 读者来信 signed `读者 X`.

Gold conventions are those of the README.  New here: a 导读 box (label and entries) is furniture;
a pull quote is a `heading` line of its article (never part of the body); `责任编辑：X` after an
article is furniture; `每经编辑 X` is no author (only 每经记者 / 实习记者 are); `通讯员 X 记者 Y` makes
both authors in printed order; `X 文/摄` makes X author and photographer; `（XX镇供图）` names no
photographer; a table is an `infobox` whose body is its rows (the column-header row first) and
whose `数据来源` line is a `credit`; a one-sentence item with no credit is an `article`, with a
trailing （张三） a `brief`; an `（作者为…）` note is a `credit` of its commentary; every piece signed
…评论员 is a `commentary` (its persons, if named, are its authors); a letter signed `读者 X` is an
`article` by X.

Seeds: NEWER_SEED_BASE + 100_000*family + 1_000*attempt + n, between 3_500_000 and 4_399_999 (dev),
apart from every other family's seeds.  All text comes from articles.yml or from the short filler
below, written for this corpus (tables, one-line news, commentaries and letters included).
"""
from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass, field

import re
from even_more_layouts import NOTE_FILLER, F, by_trail_paren, maybe
from layout_kit import form, furniture, ln, masthead, opt, reporters, xun
from more_layouts import Joined, _name, _names, by_none, cn_num, cr_ziliao
from newest_layouts import NewestBuilder, NewestFamily, cr_supplied, cr_tongxun, cr_vcg_source
from synthesize import (ARTICLES, BY_ID, FILLER_BRIEFS, Byline, Item, L, choose, circled, cn_date, line_roles, lunar,
                        phone, photo_credit, shorten, spaced, weekday, wrap)

NEWER_SEED_BASE = 3_500_000

# --------------------------------------------------------------------------- filler (written for this corpus)

COMMENT_FILLER = [
    ("把民生实事办到群众心坎上", [
        "办好民生实事，关键在于把群众的“需求清单”变成政府的“履职清单”。从加装电梯到口袋公园，从社区食堂到停车泊位，一件件小事连着千家万户，考验的是治理的温度和精度。",
        "民生工作没有终点，只有连续不断的新起点。既要在“办成”上下功夫，也要在“办好”上求实效，让每一项实事经得起群众检验，避免重建设轻管理、重数量轻质量。",
        "群众满意不满意，是衡量工作成效的根本标准。只有始终站在群众的角度想问题、办事情，才能把好事办到群众心坎上，让获得感成色更足、幸福感更可持续。"]),
    ("让营商环境成为最强竞争力", [
        "营商环境没有最好，只有更好。企业对政策的感受，往往不在文件有多厚，而在办事是否便捷、预期是否稳定、诉求是否有人回应。",
        "优化营商环境，既要做好“加法”，也要做好“减法”：加的是服务、是保障，减的是环节、是成本。把企业当作“自家人”，把难题当作“必答题”，才能让经营主体安心发展、放心投资。",
        "一流的营商环境是干出来的，也是比出来的。对标先进、查找差距、持续改进，方能在区域竞争中赢得主动，为高质量发展积蓄更多动能。"]),
    ("为乡村振兴汇聚人才力量", [
        "乡村要振兴，人才是关键。近年来，不少年轻人带着新技术、新理念回到家乡，在田间地头施展拳脚，为乡村发展注入了新活力。",
        "留住人才，既要有事业舞台，也要有生活保障。完善基础设施、提升公共服务、优化创业环境，才能让返乡青年扎下根来，让“新农人”成为乡村振兴的生力军。"]),
]
COMMENT_TITLES = {  # titles for the seed commentaries, written for this corpus
    "002-03": ("让碳达峰试点走深走实", "在“全局”“全面”“全民”上发力", "以试点先行推动绿色低碳转型"),
    "004-02": ("携手唱好新时代西部“双城记”", "推动双城经济圈建设走深走实", "同题共答 同频共振"),
}
NOTE_TITLES = ("群众的事无小事", "让好做法惠及更多人")
LETTER_FILLER = [
    ("小区门口的公交站该挪一挪了", [
        "我家住在城东一个新建小区，小区门口的公交站台离路口太近，早晚高峰公交车进站时经常和右转车辆抢道，存在安全隐患。",
        "希望有关部门实地看一看，把站台往后挪几十米，再把站前的标线重新规划一下，方便居民出行，也让大家走得更安心。"]),
    ("老年食堂能否多开几家", [
        "社区开了老年食堂以后，我和老伴中午不用再为做饭发愁，一荤两素加一碗汤，价格实惠，味道也不错。",
        "不过目前全街道只有一家，离得远的老人来回不方便。建议在老旧小区集中的片区再增设几个助餐点，或者提供送餐上门服务。"]),
]
ONELINER_FILLER = [
    "市图书馆少儿分馆暑期推出“小小图书管理员”体验活动，首批招募一百名小学生。",
    "东部新城两所新建学校本月完成主体结构封顶，计划9月投入使用。",
    "市急救中心新增5个急救站点，城区平均急救反应时间缩短至10分钟以内。",
    "全市首个口袋公园智慧管理平台上线，可实时查看设施使用和保洁情况。",
    "市农业农村部门近日发布夏季农作物病虫害防治预警，提醒农户做好防范。",
    "港区至老城区的定制公交线路开通，早晚高峰各发两个班次。",
    "市民卡服务网点新增社保卡补换、医保关系转移等8项业务。",
    "今年首批乡村工匠名单日前公布，共有86人入选。",
]
TABLES = [  # invented figures, for layout only
    ("一季度主要经济指标", ["指标 绝对值（亿元） 同比增长", "地区生产总值 1286.4 5.6%", "规模以上工业增加值 412.7 7.1%",
                             "固定资产投资 356.9 4.3%", "社会消费品零售总额 538.2 6.0%"]),
    ("部分行业营业收入", ["行业 营业收入（亿元） 增速", "电子信息 856.3 12.4%", "装备制造 642.8 8.9%",
                          "新能源汽车 318.5 25.6%", "生物医药 207.4 6.3%"]),
    ("样本上市公司一季报概览", ["板块 公司数（家） 净利润增速", "主板 312 6.8%", "创业板 145 11.2%", "科创板 87 -3.5%"]),
    ("近五年研发投入情况", ["年份 研发投入（亿元） 占营收比重", "2019年 18.6 3.1%", "2020年 21.3 3.4%", "2021年 25.9 3.6%",
                            "2022年 31.2 3.9%", "2023年 36.8 4.2%"]),
]
TABLE_SOURCES = ("数据来源：Wind", "数据来源：公司公告", "数据来源：统计部门", "资料来源：企业年报", "数据来源：Wind 每经制表")
FILLER_CAPTIONS_6 = [
    "6月20日，城区河畔的市民公园内，荷花竞相开放，吸引不少市民驻足观赏、拍照留念。据了解，今年公园新补植荷花、睡莲等水生植物两万余株，花期将持续到8月下旬。",
    "日前，老街区改造提升工程完工，修缮后的老建筑保留原有风貌，街区内新开设非遗工坊、特色小吃店等商铺四十余家。图为游客在街区内游览。",
    "入夏以来，城区多个夜市人气火爆。图为6月21日晚，市民在夜市选购特色小吃。",
]
PHOTO_TITLES_6 = ("盛夏荷花别样红", "老街焕新颜", "夜市烟火气")
CAPTION_TITLES = {  # a photo title for a caption, where the caption has none (written for this corpus)
    "近日，游客在公园内赏花游玩。": "花开正当时", "日前，工人在生产线上加紧赶制订单产品。": "生产线上赶订单",
    "市民在社区便民服务中心办理业务。": "便民服务暖人心", "近日，农民在田间抢收成熟的小麦。": "夏日田间忙",
    "学生们在科技馆内体验互动展项。": "科技馆里乐趣多", "夜幕降临，江畔城市灯光璀璨。": "城市夜色美",
    "6月21日，市民在江边步道骑行健身。": "江畔骑行乐", "近日，技术人员在5G智慧工厂调试设备。": "智慧工厂调试忙",
    "日前，小朋友在社区书房参加绘本阅读活动。": "书房里的绘本课", "志愿者在地铁站为乘客提供出行指引。": "地铁站里志愿红",
    "科研人员在实验室内调试设备。": "实验室里调试忙", "经营户在市场内整理出口商品。": "外贸订单足",
    "法官在村委会向村民讲解法律知识。": "法律知识进村来", BY_ID["000-03"]["body"][0]["text"]: "规划馆里看新区",
    BY_ID["002-01"]["body"][0]["text"]: "陆港货运忙", BY_ID["002-04"]["body"][0]["text"]: "海带冬管忙",
    BY_ID["002-06"]["body"][0]["text"]: "古城年味浓",
    **dict(zip(FILLER_CAPTIONS_6, PHOTO_TITLES_6)),
}
WEATHER = ("晴", "多云", "晴转多云", "阴有小雨", "雷阵雨", "多云转阴")
HIGHS = {2: 6, 3: 13, 4: 21, 5: 26, 6: 30, 7: 31, 8: 29, 9: 25, 10: 18, 11: 10, 12: 3}


def short_lunar(day: datetime.date) -> str:
    """五月十七 (the lunar date without the 甲辰年)."""
    return lunar(day)[3:]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


def _d(ctx):
    return ctx.date - datetime.timedelta(days=1)


def by_sx_reporter(ctx, item):
    """本报记者 X / 本报记者 X Y / 本报记者 X 通讯员 Y / 山西日报记者 X (the organ's own reporters)."""
    rng = ctx.rng
    names, parts = _names(ctx, 0.3)
    line = rng.choice(("本报记者", "本报记者", "山西日报记者", "本报特约记者")) + " " + " ".join(parts)
    if rng.random() < 0.4:
        c = ctx.name()
        names.append(c)
        line += " 通讯员 " + c
    return Byline(names, before=[line])


def by_sx_xun(ctx, item):
    """本报讯（记者 X）/ 本报讯 （记者 X 通讯员 Y） before the first sentence: 本报讯."""
    names, inner = reporters(ctx, 0.4)
    text = ctx.rng.choice((f"本报讯（{inner}）", f"本报讯 （{inner}） "))
    if ctx.rng.random() < 0.3:
        return Byline(names, before=[text.strip()], hint="benbaoxun")
    return Byline(names, glue=text, hint="benbaoxun")


def by_xinhua_two(ctx, item):
    """新华社北京6月21日电（记者 X、Y）: an agency dispatch (an article)."""
    d = _d(ctx)
    a, b = ctx.name(), ctx.name()
    names = [a, b] if ctx.rng.random() < 0.6 else [a]
    return Byline(names, glue=f"新华社北京{d.month}月{d.day}日电（记者{'、'.join(names)}）", hint="agency")


def by_jy_tongxun_first(ctx, item):
    """通讯员 X 记者 Y / 通讯员 X Y 本报记者 Z: the county paper names its correspondents first."""
    rng = ctx.rng
    t = [ctx.name() for _ in range(rng.choice((1, 1, 2)))]
    r, shown = _name(ctx)
    return Byline(t + [r], before=[f"通讯员 {' '.join(t)} {rng.choice(('记者', '本报记者'))} {shown}"])


def by_jy_xun(ctx, item):
    """本报讯（通讯员 X 记者 Y）/ 本报讯（记者 X 通讯员 Y Z）, glued or on its own line."""
    rng = ctx.rng
    r = ctx.name()
    t = [ctx.name() for _ in range(rng.choice((0, 1, 2)))]
    if t and rng.random() < 0.5:
        names, inner = t + [r], f"通讯员 {' '.join(t)} 记者 {r}"
    else:
        names, inner = [r] + t, f"记者 {r}" + (f" 通讯员 {' '.join(t)}" if t else "")
    text = f"本报讯（{inner}）"
    if rng.random() < 0.3:
        return Byline(names, before=[text], hint="benbaoxun")
    return Byline(names, glue=text, hint="benbaoxun")


def by_jy_tongxun_only(ctx, item):
    """本报通讯员 X / 通讯员 X Y: no staff reporter at all."""
    names = [ctx.name() for _ in range(ctx.rng.choice((1, 2)))]
    return Byline(names, before=[f"{ctx.rng.choice(('本报通讯员', '通讯员'))} {' '.join(names)}"])


def by_nz(ctx, item):
    """南方周末记者 X / 南方周末记者 X 南方周末实习生 Y / 南方周末特约撰稿 X / □南方周末记者 X 发自广安."""
    rng = ctx.rng
    a, shown = _name(ctx)
    names = [a]
    if rng.random() < 0.2:
        return Byline(names, before=[f"南方周末特约撰稿 {shown}"])
    parts = [f"{rng.choice(('', '□'))}南方周末记者 {shown}"]
    if rng.random() < 0.3:
        b = ctx.name()
        names.append(b)
        parts[0] += f" {b}"
    if rng.random() < 0.4:
        c = ctx.name()
        names.append(c)
        parts.append(f"南方周末实习生 {c}")
    if rng.random() < 0.3:
        parts[-1] += " 发自" + rng.choice(("广安", "成都", "重庆", "南昌"))
    if len(parts) > 1 and rng.random() < 0.5:
        return Byline(names, before=parts)
    return Byline(names, before=[" ".join(parts)])


def by_sy(ctx, item):
    """沈阳晚报、沈报全媒体记者 X / 沈报全媒体记者 X 见习记者 Y / … X 文/摄 (X also took the picture)."""
    rng = ctx.rng
    a, shown = _name(ctx)
    names = [a]
    line = rng.choice(("沈阳晚报、沈报全媒体记者", "沈报全媒体记者")) + " " + shown
    if rng.random() < 0.35:
        b = ctx.name()
        names.append(b)
        line += f" {rng.choice(('见习记者', '实习生'))} {b}"
    elif rng.random() < 0.3:
        item.photographers = [a]
        line += " 文/摄"
    return Byline(names, before=[line])


by_sy_xun = form("本报讯（沈报全媒体记者 {0}）")


def by_mj(ctx, item):
    """每经记者 X (实习记者 Y) 每经编辑 Z: the editor is no author; one line or two."""
    rng = ctx.rng
    a, shown = _name(ctx)
    names, reporters = [a], [shown]
    lead = "每经记者"
    if rng.random() < 0.25:
        lead = "每经实习记者"
    elif rng.random() < 0.3:
        b, shown_b = _name(ctx)
        names.append(b)
        reporters.append(shown_b)
    line = f"{lead} {' '.join(reporters)}"
    if lead == "每经记者" and rng.random() < 0.3:
        c = ctx.name()
        names.append(c)
        line += f" 实习记者 {c}"
    editor = f"每经编辑 {ctx.name()}"
    if rng.random() < 0.4:
        return Byline(names, before=[line, editor])
    return Byline(names, before=[f"{line} {editor}"])


def by_nb(ctx, item):
    """记者 X 通讯员 Y Z / 甬派记者 X / 记者 X."""
    rng = ctx.rng
    a, shown = _name(ctx)
    names = [a]
    if rng.random() < 0.25:
        return Byline(names, before=[f"甬派记者 {shown}"])
    line = f"记者 {shown}"
    t = [ctx.name() for _ in range(rng.choice((0, 1, 2)))]
    if t:
        names += t
        line += f" 通讯员 {' '.join(t)}"
    return Byline(names, before=[line])


by_nb_xun = xun(0.5)


def wrap_byline(rng, text: str, width: int) -> list[str]:
    """A byline too long for its column, wrapped: at a space if one is near, else anywhere."""
    if len(text) <= width:
        return [text]
    cut = text.rfind(" ", 0, width + 1)
    if cut < width // 2 or rng.random() < 0.3:
        cut = width
    return [text[:cut].rstrip(), text[cut:].lstrip()]


def by_dh_long(ctx, item):
    """大河报·豫视频记者 X Y 通讯员 Z 实习生 W: wider than the column, so wrapped over two lines."""
    rng = ctx.rng
    names = [ctx.name() for _ in range(rng.choice((1, 2, 2)))]
    text = f"大河报·豫视频记者 {' '.join(names)}"
    for role, p in (("通讯员", 0.7), ("实习生", 0.5)):
        if rng.random() < p:
            extra = [ctx.name() for _ in range(rng.choice((1, 1, 2)))]
            names += extra
            text += f" {role} {' '.join(extra)}"
    width = rng.randrange(12, 18)
    parts = wrap_byline(rng, text, width)
    item.wrapped_byline = parts
    return Byline(names, before=parts)


def by_dh_wentu(ctx, item):
    n, shown = _name(ctx)
    item.photographers = [n]
    return Byline([n], before=[f"大河报·豫视频记者 {shown} 文/图"])


by_dh_xun = form("本报讯（记者 {0}）")


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_sx = photo_credit(("本报记者 {n} 摄", "山西日报记者 {n} 摄", "新华社记者 {n} 摄"))
cr_jy = photo_credit(("通讯员 {n} 摄", "记者 {n} 摄", "（通讯员 {n} 摄）"))
cr_nz = photo_credit(("南方周末记者 {n}/图", "（南方周末记者 {n}/图）"), ("line", "glue"))
cr_sy = photo_credit(("沈阳晚报、沈报全媒体记者 {n} 摄", "沈报全媒体记者 {n} 摄", "{n}/摄", "本报记者 {s} 摄"), ("glue", "line", "line"))
cr_sy_before = photo_credit(("摄影 {n}", "■摄影/{n}"), ("before",))
cr_mj = photo_credit(("每经记者 {n} 摄",))
cr_nb = photo_credit(("记者 {n} 摄", "通讯员 {n} 摄", "甬派记者 {n} 摄", "{n} 摄"))
cr_dh = photo_credit(("大河报·豫视频记者 {n} 摄", "记者 {s} 摄"))


def cr_town(ctx):
    """（华士镇供图）: an institution supplied the picture, no photographer."""
    town = ctx.rng.choice(("华士镇", "周庄镇", "新桥镇", "市文旅局", "高新区"))
    return ctx.rng.choice(("glue", "line")), ctx.rng.choice((f"（{town}供图）", f"{town}供图")), []


cr_vcg_tu = photo_credit(("视觉中国/图", "（视觉中国/图）", "视觉中国图"), named=False)


# --------------------------------------------------------------------------- family and builder


@dataclass
class NewerFamily(NewestFamily):
    front_pages: tuple = ()  # page numbers (1-based, of the family's pages) that are front pages
    page_no: dict = field(default_factory=dict)  # page n -> the printed page number
    weekday_no: int | None = None  # a weekly printed on this weekday (0 Monday)
    pull_quotes: tuple = (0, 0)  # how many pull quotes a long article gets (low, high)
    end_editor: float = 0.0  # chance `责任编辑：X` follows an article
    editorial_forms: dict = field(default_factory=lambda: {"inst": 1})
    inst_lines: tuple = ("本报评论员",)
    special_lines: tuple = ("特约评论员 {s}",)
    anon_lines: tuple = ("本报特约评论员",)
    author_note: float = 0.0
    qa_forms: tuple = ()
    caption_width: tuple = (16, 30)
    photo_title_break: float = 0.0
    table_labels: tuple = ("数据",)
    oneliner_labels: tuple = ("一句话新闻",)
    oneliner_credit: float = 0.4
    daodu_forms: tuple = ("▶{t} {n}版",)
    letter_labels: tuple = ("读者来信",)
    min_page: int = 1


NEWER_MULTI = ("daodu", "oneliners")  # this file's column slots (`multi_daodu`, `multi_oneliners`)


class NewerBuilder(NewestBuilder):
    # the slots that print a column of items (`slot_briefs`), this file's and the earlier ones'
    multi_slots: tuple = NEWER_MULTI + ("briefs", "runin", "photos", "picnews", "ad", "shorts")

    def __init__(self, family, seed, n):
        super().__init__(family, seed, n)
        fam, ctx = self.family, self.ctx
        ctx.front = n in fam.front_pages
        if ctx.front:
            ctx.page_no = 1
        elif n in fam.page_no:
            ctx.page_no = fam.page_no[n]
        else:
            ctx.page_no = max(ctx.page_no, fam.min_page)
        if fam.weekday_no is not None:  # back to the paper's day of the week
            ctx.date -= datetime.timedelta(days=(ctx.date.weekday() - fam.weekday_no) % 7)
        if fam.qa_forms:
            self.family = dataclasses.replace(fam, qa=self.rng.choice(fam.qa_forms))

    # -------------------------------------------------------------- assembly: multi slots and interleaved pairs

    def build(self):
        fam, ctx = self.family, self.ctx
        self.queue = []
        out: list = [L(line, "furniture") for line in fam.top(ctx)]
        out.append("")
        placed = []  # (item, chunks), ("furniture", lines)
        pairs, pending = [], False
        for slot in self.slots:
            if slot == "pair":  # the next two items are printed side by side
                pending = True
                continue
            if slot in self.multi_slots:
                self.queue.append(slot)
                label, column = self.slot_briefs()
                if label:
                    placed.append(("furniture", [L(ctx.furn(x), "furniture") for x in label]))
                new = [(it, it.chunks) for it in column]
            else:
                it = getattr(self, "slot_" + slot)()
                new = [(it, it.chunks)]
            if pending and new:
                pairs.append(len(placed))
                pending = False
            placed += new
        for it, chunks in placed:
            if isinstance(it, Item):
                for line in (x for c in chunks for x in c):
                    line.item = it
        for k in reversed(pairs):
            a, b = placed[k][0], placed[k + 1][0]
            assert isinstance(a, Item) and isinstance(b, Item), "a pair is two items"
            placed[k] = ("interleave", (a, b, self.interleave(a, b)))
            del placed[k + 1]
        return self.page_text(out, self.print_placed(placed, out))

    def print_interleaved(self, mixed, out):
        for line in mixed:
            out.append(line)
            if self.blank == "every":
                out.append("")

    def slot_briefs(self):
        """As EvenBuilder's, but a second briefs column on a page takes another label."""
        kind = self.queue[0]
        label, items = super().slot_briefs()
        if kind == "briefs" and label:
            taken = getattr(self, "labels", set())
            if label[0] in taken:
                free = [x for x in self.family.brief_labels if x and x not in taken]
                label = free[:1]
            self.labels = taken | set(label)
        return label, items

    def interleave(self, a: Item, b: Item) -> list:
        """Two columns read across: runs of 1-3 lines from each in turn.  The left column's first
        run reaches into its body (its headline stands taller); no run ends inside a title over
        two lines, between a credit or byline and the text it goes with, nor after a body's first
        line or before its last when that line holds less than a few characters of it, so each
        title and each body's first and last characters stay on adjacent lines and every credit
        stays beside its own caption."""
        rng = self.rng
        runs = []
        for k, item in enumerate((a, b)):
            lines = [x for c in item.chunks for x in c]
            body = [i for i, x in enumerate(lines) if x.role in ("body", "caption")] or [0]
            text_roles, side_roles = ("body", "caption"), ("credit", "byline", "jump")
            keep = {i for i in range(1, len(lines)) if lines[i].role == lines[i - 1].role == "title"
                    or lines[i - 1].role in side_roles and lines[i].role in text_roles
                    or lines[i - 1].role in text_roles and lines[i].role in side_roles}
            short = [i for i in (body[0], body[-1]) if lines[i].glued or len(re.sub(r"\s", "", lines[i])) < 10]
            keep |= {i + 1 if i == body[0] else i for i in short}
            cuts, i = [], 0
            while i < len(lines):
                i = body[0] + 1 if k == 0 and not cuts else i + rng.choice((1, 1, 2, 3))
                while i in keep:
                    i += 1
                cuts.append(min(i, len(lines)))
            runs.append([lines[s:e] for s, e in zip([0] + cuts[:-1], cuts) if e > s])
        mixed = []
        for n in range(max(len(runs[0]), len(runs[1]))):
            for side in runs:
                if n < len(side):
                    mixed += side[n]
        return mixed

    # -------------------------------------------------------------- articles

    def article(self, source, body, slot, styles, jump=False, keep_stack=True):
        item = super().article(source, body, slot, styles, jump=jump, keep_stack=keep_stack)
        rng, fam, ctx = self.rng, self.family, self.ctx
        self.merge_wrapped(item)
        low, high = fam.pull_quotes
        if high and sum(r == "paragraph" for r, _ in body) >= 5:
            self.add_pull_quotes(item, body, rng.randrange(low, high + 1))
        if rng.random() < fam.end_editor:
            item.chunks = item.chunks + [[L(ctx.furn(f"{rng.choice(('责任编辑：', '责任编辑 '))}{ctx.name()}"), "furniture")]]
        return item

    def slot_qa(self):
        item = super().slot_qa()
        self.merge_wrapped(item)
        return item

    @staticmethod
    def merge_wrapped(item: Item):
        """A byline wrapped over two lines is one block: no blank line inside it."""
        parts = getattr(item, "wrapped_byline", None)
        if not parts or len(parts) < 2:
            return
        merged = []
        for chunk in item.chunks:
            if (merged and len(chunk) == 1 and chunk[0].role == "byline" and str(chunk[0]) == parts[1]
                    and merged[-1] and str(merged[-1][-1]) == parts[0]):
                merged[-1] = merged[-1] + chunk
            else:
                merged.append(chunk)
        item.chunks = merged

    def add_pull_quotes(self, item: Item, body, count: int):
        """Sentences of the text repeated in display type between two paragraphs."""
        rng = self.rng
        paras = [t for r, t in body if r == "paragraph"][1:-1]
        sentences = [s for t in paras for s in t.split("。") if 14 <= len(s) <= 46 and "“" not in s[:1]]
        if not sentences:
            return
        chunks = item.chunks
        gaps = [k for k in range(1, len(chunks) - 1) if chunks[k] and all(x.role == "body" for x in chunks[k])
                and chunks[k + 1] and all(x.role == "body" for x in chunks[k + 1])]
        for _ in range(count):
            if not gaps or not sentences:
                break
            k = rng.choice(gaps)
            gaps = [g + 1 if g > k else g for g in gaps if abs(g - k) > 1]
            text = sentences.pop(rng.randrange(len(sentences)))
            text = rng.choice(("{}", "▍{}") if "“" in text else ("“{}”", "{}", "▍{}")).format(text)
            lines = [L(x, "heading") for x in wrap(text, rng.randrange(10, 16))]
            chunks.insert(k + 1, lines)

    # -------------------------------------------------------------- commentaries and letters

    def commentary_source(self):
        rng = self.rng
        pool = ["002-03", "004-02"] + [f"cf-{k}" for k in range(len(COMMENT_FILLER))] + \
            ["nf-1"]  # (the other note reads as a reporter's, not an editorial)
        key = self.pick_unused_key(pool)
        if key.startswith("cf-"):
            title, paras = COMMENT_FILLER[int(key[3:])]
            return title, [("paragraph", t) for t in paras]
        if key.startswith("nf-"):
            k = int(key[3:])
            return NOTE_TITLES[k], [("paragraph", t) for t in NOTE_FILLER[k]]
        return rng.choice(COMMENT_TITLES[key]), shorten(rng, BY_ID[key]["body"], keep_min=3)

    def slot_editorial(self):
        """A commentary: titled and signed …评论员, or untitled under a column label, signed by a name."""
        rng, ctx, fam = self.rng, self.ctx, self.family
        title, body = self.commentary_source()
        form = choose(rng, fam.editorial_forms)
        item = Item("commentary")
        width = self.w()
        chunks, tail, note = [], [], ""
        if form in ("inst", "special", "anon"):
            if rng.random() < 0.3 and fam.comment_labels:
                chunks.append([L(ctx.furn(rng.choice(fam.comment_labels)), "furniture")])
            chunks += self.headline(item, title)
            if form == "inst":
                line = rng.choice(fam.inst_lines)
            elif form == "anon":
                line = rng.choice(fam.anon_lines)
            else:
                name, shown = _name(ctx)
                item.authors = [name]
                line = rng.choice(fam.special_lines).format(s=shown)
            chunks.append([L(line, "byline")])
        else:
            chunks.append([L(ctx.furn(rng.choice(fam.comment_labels)), "furniture")])
            name, shown = _name(ctx)
            item.authors = [name]
            if form == "column_top":
                chunks.append([L(rng.choice(("■", "□", "◇", "")) + shown, "byline")])
                if rng.random() < fam.author_note:
                    note = rng.choice(("（作者为北京市社会科学院研究员）", "（作者单位：首都经济贸易大学）",
                                       "（作者为中国人民大学教授）", "（作者系区委党校讲师）"))
            else:
                tail = [[L(name, "byline")]]
        for k, (_, text) in enumerate(body):
            if k == len(body) - 1 and note and rng.random() < 0.5:
                chunks.append(self.para_lines([("body", text), ("credit", note)], width))
                note = ""
            else:
                chunks.append(self.para_lines(text, width))
        if note:
            chunks.append([L(note, "credit")])
        item.chunks = chunks + tail
        item.body = body
        return item

    def slot_letter(self):
        rng, ctx, fam = self.rng, self.ctx, self.family
        title, paras = self.unused_or_first(LETTER_FILLER, "letter")
        item = Item("article")
        width = self.w()
        chunks = [[L(ctx.furn(rng.choice(fam.letter_labels)), "furniture")]] + self.headline(item, title)
        body = [("paragraph", t) for t in paras]
        for text in paras:
            chunks.append(self.para_lines(text, width))
        name, shown = _name(ctx)
        chunks.append([L(rng.choice(("读者 ", "读者　", "东城区读者 ")) + shown, "byline")])
        item.authors = [name]
        item.body, item.chunks = body, chunks
        return item

    # -------------------------------------------------------------- photos, tables

    def caption_source(self):
        if self.rng.random() < 0.2 and (caption := self.unused(FILLER_CAPTIONS_6, "cap6")) is not None:
            return caption, ""
        return super().caption_source()

    def slot_photo(self, joined=False):
        """A photo: maybe a title (maybe over two lines), a caption wrapped over several lines, a credit
        before, after or glued to it; sometimes the caption printed a second time."""
        rng, ctx, fam = self.rng, self.ctx, self.family
        item = Item("photo")
        caption, title = self.caption_source()
        title = (title or CAPTION_TITLES.get(caption, "")) if rng.random() < fam.photo_title else ""
        where, credit, photographers = choose(rng, {c: 1 for c in fam.credits})(ctx)
        item.photographers = photographers
        width = rng.randrange(*fam.caption_width)
        segments = [("caption", caption)]
        if where == "glue":
            segments.append(("credit", rng.choice(("", " ", "　")) + credit))
        lines = wrap("".join(t for _, t in segments), width)
        lines = [L(x, *r) for x, r in zip(lines, line_roles(segments, lines))]
        block = []
        if title:
            item.title = item.printed_title = title
            cut = next((k + 1 for k, c in enumerate(title) if c in "：:， "), 0)
            if len(title) >= 10 and rng.random() < fam.photo_title_break:
                cut = cut if 3 <= cut <= len(title) - 3 else len(title) // 2
                block += [L(title[:cut].rstrip(), "title"), L(title[cut:].lstrip(), "title")]
            else:
                block.append(L(fam.photo_title_mark + title, "title"))
        if where == "before":
            block.append(L(credit, "credit"))
        block += lines
        if where == "line":
            block.append(L(credit, "credit"))
        chunks = [block]
        if rng.random() < fam.caption_twice:
            chunks.append(list(lines))
        item.body = [("caption", caption)]
        item.chunks = Joined(chunks) if joined else chunks
        return item

    def slot_table(self):
        """A data box: a label, a title, a column-header row, rows of figures, its source."""
        rng, fam = self.rng, self.family
        title, rows = self.unused_or_first(TABLES, "table")
        item = Item("infobox")
        head = self.headline(item, title)
        label = rng.choice(fam.table_labels)
        if label and rng.random() < 0.7:
            head = [[L(rng.choice(("", "■", "◎")) + label, "kicker")]] + head
            item.kicker = label
        sep = rng.choice((" ", "  ", "\u3000"))
        chunks = head + [[L(r.replace(" ", sep), "body") for r in rows]]
        chunks.append([L(rng.choice(TABLE_SOURCES), "credit")])
        item.body = [("listitem", r) for r in rows]
        item.chunks = chunks
        item.kind = "infobox"
        return item

    # -------------------------------------------------------------- multi-item slots: (label lines, items)

    def multi_daodu(self):
        """The front page's 导读 box: a label over titles of other pages' articles (furniture)."""
        rng, ctx, fam = self.rng, self.ctx, self.family
        label = rng.choice(("导读", "今日导读", "■导读", "本期导读", "要闻导读"))
        ids = [a["id"] for a in ARTICLES if a["title"] and a["id"] not in self.used and a["kind"] != "photo"]
        titles = []
        for key in rng.sample(ids, rng.choice((3, 4))):
            self.used.add(key)
            titles.append(BY_ID[key]["title"])
        if rng.random() < 0.5:
            title = self.unused_or_first(FILLER_BRIEFS, "filler")[0]
            titles.insert(rng.randrange(len(titles) + 1), title)
        form = rng.choice(fam.daodu_forms)
        lines = [label]
        for t in titles:
            n = rng.randrange(2, ctx.family_pages + 1)
            text = form.format(t=t, n=n, cn=cn_num(n))
            if len(text) > 24 and rng.random() < 0.5:  # the title wraps; the page reference stays whole
                at = text.index(t) + len(t)
                head = wrap(text[:at], rng.randrange(14, 21))
                lines += [x.rstrip() for x in head[:-1]] + [head[-1] + text[at:]]
            else:
                lines.append(text)
        return lines, []

    def multi_oneliners(self):
        """一句话新闻: one-sentence items under ● bullets, no blank line between them."""
        rng, ctx, fam = self.rng, self.ctx, self.family
        label = [x for x in [rng.choice(fam.oneliner_labels)] if x]
        free = [k for k in range(len(ONELINER_FILLER)) if f"one-{k}" not in self.used]
        picked = rng.sample(free, min(len(free), rng.choice((3, 4, 5))))
        items = []
        for j, k in enumerate(picked):
            self.used.add(f"one-{k}")
            text = ONELINER_FILLER[k]
            item = Item("brief")
            segs = [("body", "●"), ("body", text)]
            hint = "plain"
            if rng.random() < fam.oneliner_credit:
                name = ctx.name()
                item.authors = [name]
                segs.append(("credit", f"（{name}）"))
                hint = "paren"
            lines = self.para_lines(segs, self.width)
            item.body = [("paragraph", text)]
            item.kind = "brief" if hint == "paren" else "article"
            item.chunks = Joined([lines]) if j < len(picked) - 1 else [lines]
            item.tight = True
            items.append(item)
        return label, items



def slots_only(*plans):
    return [(list(s), b) for s, b in plans]


# --------------------------------------------------------------------------- furniture


def week_date(ctx):
    return f"{cn_date(ctx.date)} {weekday(ctx.date)}"


# 1 山西日报: a provincial organ's front pages (导读, weather, jump lines, 本报评论员) and page 2


def _shanxi_top(ctx):
    d, rng = ctx.date, ctx.rng
    if not ctx.front:
        if maybe(ctx, 0.5):
            return [F(ctx, f"山西日报 {week_date(ctx)}", paper=True, date=True),
                    F(ctx, f"第{ctx.page_no}版 {ctx.section}", page=str(ctx.page_no))]
        return [F(ctx, f"{ctx.page_no} {ctx.section}", page=str(ctx.page_no)), F(ctx, week_date(ctx), date=True)]
    lines = [F(ctx, "山西日报", paper=True), F(ctx, "SHANXI DAILY"), F(ctx, "中共山西省委机关报")]
    if maybe(ctx, 0.5):
        lines.append(F(ctx, "国内统一连续出版物号 CN 14-0001 邮发代号 21-1"))
    else:
        lines += [F(ctx, "国内统一连续出版物号 CN 14-0001"), F(ctx, "邮发代号 21-1")]
    if maybe(ctx, 0.5):
        lines += [F(ctx, week_date(ctx), date=True), F(ctx, f"农历{lunar(d)}")]
    else:
        lines.append(F(ctx, f"{week_date(ctx)} 农历{short_lunar(d)}", date=True))
    lines.append(F(ctx, rng.choice((f"第{rng.randrange(24000, 25999)}期", f"今日{ctx.family_pages}版"))))
    if maybe(ctx, 0.6):
        high = HIGHS.get(d.month, 20) + rng.randrange(-3, 3)
        lines.append(F(ctx, f"今日天气 太原 {rng.choice(WEATHER)} {high - rng.randrange(8, 13)}℃～{high}℃"))
    if maybe(ctx, 0.4):
        lines.append(F(ctx, "1", page="1"))
    return lines


def _shanxi_bottom(ctx):
    rng = ctx.rng
    if not ctx.front:
        return [F(ctx, f"责任编辑 {ctx.name()} 美术编辑 {ctx.name()}")]
    lines = [F(ctx, f"山西日报社出版 社址：太原市双塔西街{rng.randrange(20, 99)}号 邮编：030012")]
    if maybe(ctx, 0.5):
        lines.append(F(ctx, f"订阅热线：{phone(rng, '0351')} 零售价：1.00元"))
    else:
        lines.append(F(ctx, rng.choice(("扫码下载山西日报客户端", "▲扫一扫 关注山西日报微信公众号"))))
    return lines


# 2 江阴日报: a county-level city paper read across two columns; 通讯员 first; town-supplied photos; ads


_jiangyin_top = furniture(
    (0.3, []),
    (0.65, [masthead("江阴日报"), ln("{week_date} 农历{slunar}", date=True), ln("{n:02d} {sec}", page="{n:02d}")]),
    [ln("{week_date} {n:02d} {sec} 责任编辑：{name}", date=True, page="{n:02d}")],
    fields={"week_date": week_date})


_jiangyin_bottom = furniture(
    (0.3, []),
    (0.65, ["新闻热线：{tel:0510} 投稿邮箱：jy{no:100-999}@example.cn"]),
    ["江阴日报社出版 广告热线：{tel:0510}"])


# 3 南方周末: a weekly's feature pages (Thursdays); C11-style labels; 责任编辑 after each article


NZ_LETTERS = {"经济": "C", "时局": "A", "文化": "D", "绿色": "B", "城市": "E"}


def _nz_label(ctx):
    return f"{NZ_LETTERS[ctx.section]}{ctx.page_no}"


def _nanzhou_top(ctx):
    d, label = ctx.date, _nz_label(ctx)
    r = ctx.rng.random()
    if r < 0.35:
        return [F(ctx, f"{label} {ctx.section}", page=label), F(ctx, f"南方周末 {cn_date(d)}", paper=True, date=True)]
    if r < 0.7:
        return [F(ctx, "南方周末", paper=True), F(ctx, "SOUTHERN WEEKLY"), F(ctx, f"{d.year}.{d.month}.{d.day}", date=True),
                F(ctx, f"第{ctx.rng.randrange(2000, 2150)}期"), F(ctx, f"{ctx.section} {label}", page=label)]
    return [F(ctx, f"{cn_date(d)} {weekday(d)} {ctx.section} {label}", date=True, page=label)]


def _nanzhou_bottom(ctx):
    return [F(ctx, "扫码关注南方周末")] if maybe(ctx, 0.4) else []


# 4 沈阳晚报: photo pages; A06 labels; 沈阳晚报、沈报全媒体记者 credits


_shenyang_top = furniture(
    (0.4, [masthead("沈阳晚报"), "SHENYANG EVENING NEWS", ln("{week_date} 农历{slunar}", date=True),
           ln("A{n:02d} {sec}", page="A{n:02d}")]),
    (0.7, [ln("A{n:02d}", page="A{n:02d}"), "{sec}", ln("{week_date}", date=True)]),
    [ln("{week_date} 责编：{name} 美编：{name}", date=True)],
    fields={"week_date": week_date})


def _shenyang_bottom(ctx):
    lines = []
    if not ctx.printed_page:
        lines.append(F(ctx, f"A{ctx.page_no:02d}", page=f"A{ctx.page_no:02d}"))
    if maybe(ctx, 0.5):
        lines.append(F(ctx, f"沈阳晚报 新闻热线：{phone(ctx.rng, '024')}"))
    else:
        lines.append(F(ctx, "扫码关注沈阳晚报微信公众号"))
    return lines


# 5 每日经济新闻: a business daily; section before the page label; 每经记者/每经编辑; tables


_meijing_top = furniture(
    (0.4, [masthead("每日经济新闻"), "NATIONAL BUSINESS DAILY", ln("{y}年{m}月{d}日 {wd}", date=True),
           ln("{sec} A{n}", page="A{n}")]),
    (0.75, [ln("{sec} A{n}", page="A{n}"), ln("{y}.{m:02d}.{d:02d}", date=True)]),
    [ln("A{n} {sec} | {y}年{m}月{d}日 {wd}", page="A{n}", date=True)])


_meijing_bottom = furniture(["责编 {name} 美编 {name} 校对 {name}", opt(0.5, ["{pick:▲扫码下载每经APP|每经APP 扫一扫 看更多财经资讯}"])])


# 6 宁波日报: briefs columns (◇ ★ ▲), 一句话新闻; editors' line with codes; 甬派 QR


_ningbo_top = furniture(
    (0.35, [masthead("宁波日报"), "NINGBO DAILY", "中共宁波市委机关报", ln("{week_date} 农历{lunar}", date=True),
            ln("A{n} {sec}", page="A{n}")]),
    (0.7, [ln("{sec} A{n}", page="A{n}"), ln("{week_date}", date=True)]),
    [ln("宁波日报 {week_date}", paper=True, date=True), ln("A{n}", page="A{n}"), "{sec}"],
    fields={"week_date": week_date})


def _ningbo_bottom(ctx):
    rng, n = ctx.rng, ctx.page_no
    a, b = ctx.name(), ctx.name()
    line = rng.choice((f"责任编辑：{a} {circled(n)}{rng.randrange(1, 9)}", f"责编/{a} 美编/{b} 审读/{ctx.name()}",
                       f"本版编辑 {a} 版式 {b}  A{n}-{rng.randrange(1, 9)}"))
    lines = [F(ctx, line)]
    if maybe(ctx, 0.5):
        lines.append(F(ctx, "扫码下载甬派客户端"))
    return lines


# 7 大河报: a metro paper; headlines after bodies, titles over two lines, wrapped bylines; Q&A


_dahe_top = furniture(
    (0.4, [ln("{week_date} A{n:02d} {sec} 责编 {name} 美编 {name}", date=True, page="A{n:02d}")]),
    (0.75, [masthead("大河报"), ln("{week_date}", date=True), ln("A{n:02d} {sec}", page="A{n:02d}")]),
    [ln("A{n:02d}", page="A{n:02d}"), "{sec}"],
    fields={"week_date": week_date})


def _dahe_bottom(ctx):
    if maybe(ctx, 0.5):
        return [F(ctx, f"大河报·豫视频 新闻热线：{phone(ctx.rng, '0371')}")]
    return [F(ctx, f"审读 {ctx.name()} {circled(ctx.page_no)}"), F(ctx, "扫码下载大河报·豫视频客户端")]


# 8 北京日报: the commentary page; 特约评论员, 本报评论员, column labels, 作者为 notes, letters, subscription


def _beijing_top(ctx):
    d, n = ctx.date, str(ctx.page_no)
    r = ctx.rng.random()
    if r < 0.35:
        return [F(ctx, "北京日报", paper=True), F(ctx, week_date(ctx), date=True), F(ctx, f"{n} {ctx.section}", page=n)]
    if r < 0.7:
        return [F(ctx, f"{ctx.section} {n}", page=n), F(ctx, f"{week_date(ctx)} 北京日报", paper=True, date=True)]
    return [F(ctx, ctx.section), F(ctx, n, page=n), F(ctx, f"{d.year}.{d.month}.{d.day} {weekday(d)}", date=True)]


_beijing_bottom = furniture(
    ["本版编辑 {name} 美编 {name}", "投稿邮箱：pl{no:10-99}@example.cn", opt(0.5, ["欢迎订阅北京日报 邮发代号1-3 订阅热线：{tel:010}"])])


def fam(name, paper, top, bottom, bylines, **kw):
    return NewerFamily(name, paper, top, bottom, bylines, builder=NewerBuilder, **kw)


NEWER_FAMILIES = [
    fam("shanxi_provincial", "山西日报", _shanxi_top, _shanxi_bottom,
        {by_sx_reporter: 2, by_xinhua_two: 1},
        brief_bylines={by_sx_xun: 1}, credits=(cr_sx,), width=(17, 24), blank={"para": 2, "none": 1}, indent=0.6,
        front_pages=(1, 2, 3), page_no={4: 2},
        page_plans=slots_only((["article", "daodu", "editorial", "photo", "brief"], {by_sx_reporter: 1}),
                              (["daodu", "article", "photo", "article"], {by_xinhua_two: 1, by_sx_reporter: 1}),
                              (["article", "brief", "brief", "daodu", "editorial"], None),
                              (["continuation", "article", "continuation", "photo"], {by_sx_reporter: 1})),
        editorial_forms={"inst": 1}, inst_lines=("本报评论员", "■本报评论员", "本报评论员"), comment_labels=(),
        daodu_forms=("▶{t} {n}版", "◆{t}（详见第{n}版）", "·{t} >>{n}版", "{t} 第{cn}版"),
        jump_out=0.85, jump_glued=0.4, jump_forms=("（下转第{cn}版）", "（下转{n}版）", "（转第{n}版）", "下转第{cn}版"),
        cont_forms=("（上接第{cn}版）", "（上接{n}版）", "上接第{cn}版"),
        title_lines={1: 3, 2: 1}, sections=("要闻", "综合")),
    fam("jiangyin_county", "江阴日报", _jiangyin_top, _jiangyin_bottom,
        {by_jy_tongxun_first: 2, by_jy_xun: 2, by_jy_tongxun_only: 1},
        brief_bylines={by_jy_xun: 2, by_trail_paren: 1}, credits=(cr_jy, cr_town), width=(13, 19),
        blank={"para": 2, "every": 1}, letterspace=0.4, stray_spaces=0.04,
        page_plans=slots_only((["article", "pair", "brief", "brief", "photo"], None),
                              (["pair", "bare", "photo", "ad", "briefs"], None),
                              (["article", "ad", "pair", "photo", "brief"], None),
                              (["pair", "briefs", "brief", "photo"], {by_jy_xun: 1})),
        brief_forms={"bullet_title": 2, "inline": 1}, brief_bullets="▲■", brief_credits={"trail": 1, "reporter": 1},
        brief_labels=("镇街传真", "简讯", ""), ad_forms=("招商热线：{p}", "广告热线：{p}"), area="0510",
        caption_width=(14, 24), photo_title=0.3, sections=("综合", "城事", "镇街")),
    fam("nanzhou_weekly", "南方周末", _nanzhou_top, _nanzhou_bottom,
        {by_nz: 1},
        credits=(cr_nz, cr_supplied, cr_vcg_tu), width=(15, 21), blank={"para": 1}, indent=0.5,
        weekday_no=3, date_range=((2024, 3, 1), (2024, 12, 28)),
        page_plans=slots_only((["long", "photo"], None), (["long", "link"], None),
                              (["qa", "photo", "editorial"], None), (["article", "note", "photos"], None)),
        pull_quotes=(1, 3), end_editor=0.8, heading_forms={"": 2, "■": 1}, lead_wide=0.5, lead_labels=("导语",),
        qa=("南方周末：", None), qa_bylines={by_nz: 1},
        editorial_forms={"column_end": 1, "column_top": 1}, comment_labels=("方舟评论", "自由谈"),
        note_labels=("记者手记",), link_labels=("相关链接", "背景"),
        shared_credit=("本版图片均由南方周末记者 {n} 拍摄", "（南方周末记者 {n}/图）"),
        kicker_long=0.5, sections=tuple(NZ_LETTERS)),
    fam("shenyang_evening", "沈阳晚报", _shenyang_top, _shenyang_bottom,
        {by_sy: 3, by_sy_xun: 1},
        brief_bylines={by_sy_xun: 1}, credits=(cr_sy, cr_sy_before, cr_ziliao, cr_tongxun), width=(12, 17),
        blank={"para": 1, "every": 1}, letterspace=0.5,
        page_plans=slots_only((["photo", "pair", "photo", "photo", "article"], None),
                              (["article", "picnews", "brief"], None),
                              (["photos", "article", "pair", "photo", "photo"], None),
                              (["article", "photo", "brief", "photo"], None)),
        caption_width=(12, 22), caption_twice=0.25, photo_title=0.6, photo_title_break=0.4,
        pic_labels=("图片新闻", "城事图说", "看图"),
        shared_credit=("本组图片由沈阳晚报、沈报全媒体记者 {n} 摄", "本版图片均由沈报全媒体记者 {n} 摄"),
        title_lines={1: 2, 2: 1}, sections=("城事", "沈阳新闻", "民生")),
    fam("meijing_business", "每日经济新闻", _meijing_top, _meijing_bottom,
        {by_mj: 1},
        brief_bylines={by_trail_paren: 1}, credits=(cr_mj, cr_vcg_source, cr_vcg_tu), width=(17, 25),
        blank={"para": 1, "none": 1}, indent=0.3,
        page_plans=slots_only((["article", "table", "brief"], None), (["long", "table"], None),
                              (["article", "editorial", "table"], None), (["shorts", "table"], None)),
        heading_forms={"cn": 1, "num": 1, "": 1}, lead_wide=0.3, lead_labels=("导读",),
        editorial_forms={"special": 1}, special_lines=("每经评论员 {s}", "■每经评论员 {s}"),
        table_labels=("数据", "数读", "数据观察", ""), brief_labels=("公司速递", "产经速递"), brief_bullets="▲",
        brief_credits={"trail": 1, "none": 1}, comment_labels=("每经评论",),
        kicker_long=0.4, sections=("焦点", "公司", "产经", "金融")),
    fam("ningbo_city", "宁波日报", _ningbo_top, _ningbo_bottom,
        {by_nb: 3, by_nb_xun: 1},
        brief_bylines={by_nb_xun: 1, by_trail_paren: 1}, credits=(cr_nb, cr_tongxun), width=(14, 21),
        blank={"para": 1, "none": 1},
        page_plans=slots_only((["article", "briefs", "oneliners"], None),
                              (["briefs", "photo", "article", "briefs"], None),
                              (["oneliners", "article", "link"], None),
                              (["article", "briefs", "photo", "oneliners"], None)),
        brief_forms={"bullet_title": 2, "inline": 1}, brief_bullets="◇★▲", brief_credits={"trail": 2, "reporter": 1},
        brief_labels=("甬城简讯", "简讯", "区县传真"), brief_joined=0.5, oneliner_labels=("一句话新闻", "甬上短波"),
        link_labels=("链接", "相关链接"), photo_title=0.3, sections=("要闻", "甬城", "区县")),
    fam("dahe_metro", "大河报", _dahe_top, _dahe_bottom,
        {by_dh_long: 3, by_dh_wentu: 1},
        brief_bylines={by_dh_xun: 1, by_trail_paren: 1}, credits=(cr_dh, cr_supplied), width=(12, 18),
        blank={"para": 1, "every": 1}, letterspace=0.4,
        page_plans=slots_only((["article", "photo", "brief"], {by_dh_long: 1}), (["qa", "photo"], None),
                              (["article", "article", "brief"], None), (["qa", "brief", "photo"], None)),
        qa_bylines={by_dh_long: 1}, qa_forms=(("记者：", "答："), ("记者：", None), ("大河报：", None)),
        displaced=0.45, title_lines={1: 1, 2: 2}, head_together=0.5, doubled=0.1,
        sections=("郑州新闻", "河南新闻", "社会")),
    fam("beijing_daily", "北京日报", _beijing_top, _beijing_bottom,
        {by_none: 1},
        width=(15, 22), blank={"para": 1}, indent=0.7,
        page_plans=slots_only((["editorial", "editorial", "letter"], None),
                              (["editorial", "editorial", "editorial"], None),
                              (["editorial", "letter", "editorial"], None),
                              (["editorial", "editorial", "letter", "editorial"], None)),
        editorial_forms={"inst": 1, "special": 2, "anon": 1, "column_top": 2, "column_end": 1},
        inst_lines=("本报评论员", "■本报评论员"), special_lines=("特约评论员 {s}", "本报特约评论员 {s}", "■特约评论员 {s}"),
        anon_lines=("本报特约评论员", "特约评论员"), author_note=0.6,
        comment_labels=("京华时评", "新论", "观察家", "长安观察"), letter_labels=("读者来信", "百姓心声"),
        title_lines={1: 3, 2: 1}, min_page=2, sections=("评论", "观点")),
]
