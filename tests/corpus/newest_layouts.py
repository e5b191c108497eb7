"""The newest development layout families for the synthetic corpus (see tests/corpus/README.md).

Eight further papers, one or two of each level: two national papers (中国教育报, 法治日报), a
provincial organ (湖南日报), a city paper (天津日报), an evening paper (西安晚报), a metro paper
whose reporters sign with its app's name (楚天都市报 / 极目新闻), a business paper (金融时报) and a
county paper (义乌商报).  Besides the grammar of synthesize.py, more_layouts.py and
even_more_layouts.py (reused through EvenBuilder), they print:

* date lines in Chinese numerals (二〇二四年六月二十二日 星期六), with or without 农历;
* page headers 第3版 综合, 03 | 民生, 5版 over a section line, A05 要闻, A3 公司;
* bylines of the paper and its app joined by ·  (湖南日报·新湖南客户端记者 X), 全媒体/融媒体记者,
  本报通讯员, 见习记者, 实习生, several roles on one line or one role a line, bylines whose outlet is
  not the paper's name (极目新闻记者 X, 西安报业全媒体记者 X), 文/图：… X before the text;
* datelines of the paper's app or name (湖南日报·新湖南客户端6月21日讯（记者 X）, 中国教育报北京6月21日电
  （记者 X）, 中国教育报讯), and 本报讯（融媒体记者 X）;
* photo credits 受访者供图 / 通讯员供图 / 图片来源：视觉中国 (no person), 通讯员 X 摄, 本报记者 X/摄,
  XX日报·XX客户端记者 X 摄;
* footers with 本版责编/校对, 订阅热线, 扫码下载…客户端, 值班编委.

Gold conventions are those of the README; new here: `XX日报·XX客户端6月21日讯（…）`, `中国教育报讯（…）`
and `中国教育报北京…电` are not 本报讯 (the item is an `article`), `本报讯（融媒体记者 X）` is; every
person of a byline (记者, 通讯员, 实习生, 见习记者) is an author; `文/图：… X` makes X author and
photographer; 受访者供图, 通讯员供图 and 图片来源：视觉中国 name no photographer.

Seeds: NEWEST_SEED_BASE + 100_000*family + 1_000*attempt + n, between 7_800_000 and 8_999_999 (dev).
All text comes from articles.yml or from the short filler below, written for this corpus.
"""
from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass, field

from even_more_layouts import (EvenBuilder, EvenFamily, F, by_end_only, by_outlet_reporter, by_trail_paren,
                               cr_outlet_photo, hotline, maybe)
from layout_kit import DATED, PAGE_SECTION, aide, furniture, ln, masthead, opt, reporters, running
from more_layouts import _name, _names, by_none, cr_vcg, cr_ziliao
from synthesize import Byline, cn_date, lunar, phone, photo_credit, spaced, weekday

NEWEST_SEED_BASE = 7_800_000

# --------------------------------------------------------------------------- filler (written for this corpus)

FILLER_BRIEFS_4 = [
    ("科技特派员服务进山村", "县科技局近日选派二十名科技特派员下沉到山区村，围绕茶叶、中药材种植开展技术指导，帮助农户解决病虫害防治等难题。"),
    ("重点实验室开放日吸引市民", "市内多家重点实验室日前举办开放日活动，科研人员现场讲解新材料、生物育种等研究成果，六百余名市民和学生参加。"),
    ("法律服务站开进产业园", "区司法局近日在产业园设立公共法律服务站，律师每周定时坐班，为园区企业提供合同审查、劳动用工等法律咨询。"),
    ("巡回法庭走进田间地头", "县法院日前把巡回法庭开到村委会，当场调解一起土地承包纠纷，并向旁听村民讲解相关法律知识。"),
    ("上市公司召开业绩说明会", "多家上市公司近日通过网络平台召开年度业绩说明会，公司管理层就经营情况、研发投入和分红安排回答投资者提问。"),
    ("小商品城新增外贸服务窗口", "市场管理部门近日在小商品城增设外贸综合服务窗口，为经营户提供报关、结汇、退税等一站式服务。"),
    ("夜间急诊增设儿科诊室", "市妇幼保健院近日增设夜间儿科急诊诊室，晚间增派医生护士值守，缓解家长夜间带孩子看病排队难的问题。"),
    ("社区矛盾调解室挂牌", "街道近日在各社区挂牌设立矛盾调解室，由退休法官、律师和热心居民组成调解队伍，邻里纠纷可就近化解。"),
]
FILLER_CAPTIONS_4 = [
    "科研人员在实验室内调试设备。",
    "经营户在市场内整理出口商品。",
    "法官在村委会向村民讲解法律知识。",
]

CN_DIGITS = "〇一二三四五六七八九"


def cn_small(n: int) -> str:
    """1..31 in Chinese numerals: 十七, 二十, 三十一."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def cn_numeral_date(day: datetime.date) -> str:
    """二〇二四年六月二十二日."""
    return "".join(CN_DIGITS[int(c)] for c in str(day.year)) + f"年{cn_small(day.month)}月{cn_small(day.day)}日"


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


def _d(ctx):
    return ctx.date - datetime.timedelta(days=1)


def by_roles(ctx, item):
    """Several roles: 本报记者 X Y 本报通讯员 Z 实习生 W, on one line or one role a line."""
    rng, fam = ctx.rng, ctx.family
    names, parts = _names(ctx, 0.3)
    groups = [f"{fam.jizhe_line or '本报记者'} {' '.join(parts)}"]
    for role, p in ((fam.tongxun, 0.6), ("见习记者" if fam.jianxi else "", 0.3), ("实习生", 0.4)):
        if role and rng.random() < p:
            n, s = _name(ctx)
            names.append(n)
            groups.append(f"{role} {s}")
    if len(groups) > 1 and rng.random() < 0.4:
        return Byline(names, before=groups)
    return Byline(names, before=[" ".join(groups)])


def by_client_xun(ctx, item):
    """湖南日报·新湖南客户端6月21日讯（记者 X 通讯员 Y）: the paper's own dispatch, not 本报讯."""
    d = _d(ctx)
    names, inner = reporters(ctx, 0.5)
    return Byline(names, glue=f"{ctx.family.xun}{d.month}月{d.day}日讯（{inner}）")


def by_dian(ctx, item):
    """中国教育报北京6月21日电 （记者 X）: a dated dispatch of the paper (an article)."""
    d = _d(ctx)
    n = ctx.name()
    place = ctx.rng.choice(ctx.family.places)
    return Byline([n], glue=f"{ctx.paper}{place}{d.month}月{d.day}日电" + ctx.rng.choice(("（记者{n}）", " （记者 {n}） ")).format(n=n))


def by_named_xun(ctx, item):
    """中国教育报讯 （记者 X 通讯员 Y）: the paper's name before 讯 (not 本报讯)."""
    names, inner = reporters(ctx, 0.5)
    return Byline(names, glue=f"{ctx.paper}讯 （{inner}） ")


def by_benbaoxun_jizhe(ctx, item):
    """本报讯（融媒体记者 X 通讯员 Y）: 本报讯, with the family's word for its reporters."""
    a, shown = _name(ctx)
    names, inner = [a], f"{ctx.family.jizhe} {shown}"
    inner = aide(ctx, names, inner, 0.4)
    return Byline(names, glue=f"本报讯（{inner}）", hint="benbaoxun")


def by_wentu_prefix(ctx, item):
    """文/图：极目新闻记者 X (X wrote and photographed)."""
    n, shown = _name(ctx)
    item.photographers = [n]
    o = ctx.family.outlet or "本报"
    return Byline([n], before=[ctx.rng.choice(("文/图：", "文/图 ", "文、图/")) + f"{o}记者 {shown}"])


def by_outlet_tongxun(ctx, item):
    """湖南日报·新湖南客户端记者 X 通讯员 Y / 极目新闻见习记者 X 实习生 Y."""
    rng = ctx.rng
    a, shown = _name(ctx)
    role = rng.choice(("记者", "记者", "见习记者")) if ctx.family.jianxi else "记者"
    names, line = [a], f"{ctx.family.outlet}{role} {shown}"
    if rng.random() < 0.6:
        b = ctx.name()
        names.append(b)
        line += f" {rng.choice(('通讯员', '实习生'))} {b}"
    return Byline(names, before=[line])


def by_outlet_end_paren(ctx, item):
    """（西安报业全媒体记者 X）after the last paragraph: a credit."""
    n = ctx.name()
    return Byline([n], trail=f"（{ctx.family.outlet}记者 {n}）", hint="paren")


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_supplied = photo_credit(("受访者供图", "（受访者供图）", "通讯员供图", "（通讯员供图）"), named=False)


cr_vcg_source = photo_credit(("图片来源：视觉中国", "图片来源：视觉中国 资料图"), "line", named=False)


cr_tongxun = photo_credit(("通讯员 {n} 摄", "（通讯员 {n} 摄）"))


cr_staff_slash = photo_credit(("本报记者 {n}/摄", "记者 {s}/摄"))


# --------------------------------------------------------------------------- family and builder


@dataclass
class NewestFamily(EvenFamily):
    jizhe: str = "记者"  # the word inside 本报讯（… X）: 记者, 融媒体记者
    jizhe_line: str = ""  # the lead role of by_roles: 本报记者, 法治日报全媒体记者
    tongxun: str = "通讯员"  # 通讯员, 本报通讯员
    jianxi: bool = False  # the paper has 见习记者
    places: tuple = ("北京",)
    page_plans: list = field(default_factory=list)  # page n: (slots, byline styles or None), so 4 pages cover the family


class NewestBuilder(EvenBuilder):

    def __init__(self, family, seed, n):
        if family.page_plans:
            slots, bylines = family.page_plans[(n - 1) % len(family.page_plans)]
            family = dataclasses.replace(family, slots=lambda rng: list(slots), bylines=bylines or family.bylines)
        super().__init__(family, seed, n)

    def brief_source(self):
        if self.rng.random() < 0.3:
            free = [i for i in range(len(FILLER_BRIEFS_4)) if f"filler4-{i}" not in self.used]
            if free:
                k = self.rng.choice(free)
                self.used.add(f"filler4-{k}")
                title, text = FILLER_BRIEFS_4[k]
                return {"title": title, "kicker": "", "subtitle": ""}, [("paragraph", text)]
        return super().brief_source()

    def caption_source(self):
        if self.rng.random() < 0.2:
            free = [k for k in range(len(FILLER_CAPTIONS_4)) if f"cap4-{k}" not in self.used]
            if free:
                k = self.rng.choice(free)
                self.used.add(f"cap4-{k}")
                return FILLER_CAPTIONS_4[k], ""
        return super().caption_source()

    def runin_credit(self, runin=False):
        names, glue, trail, hint = super().runin_credit(runin)
        if glue.startswith("本报讯（记者 ") and self.family.jizhe != "记者":
            glue = glue.replace("（记者 ", f"（{self.family.jizhe} ", 1)
        return names, glue, trail, hint


# --------------------------------------------------------------------------- furniture


def week_short(day):
    return "周" + "一二三四五六日"[day.weekday()]


# 1 中国教育报: national; Chinese-numeral date + 农历; 第N版 header; 中国教育报北京…电 / 中国教育报讯; Q&A; 链接


def _jiaoyu_top(ctx):
    d = ctx.date
    if maybe(ctx, 0.35):  # an inside page
        return [F(ctx, f"{d.year}年{d.month}月{d.day}日 {weekday(d)}", date=True),
                F(ctx, f"第{ctx.page_no}版 {ctx.section}", page=str(ctx.page_no))]
    return [F(ctx, "中国教育报", paper=True), F(ctx, "CHINA EDUCATION DAILY"),
            F(ctx, "国内统一连续出版物号 CN 11-0035"),
            F(ctx, f"{cn_numeral_date(d)} {weekday(d)} 农历{lunar(d)}", date=True),
            F(ctx, f"今日{ctx.family_pages}版"), F(ctx, f"第{ctx.page_no}版 {ctx.section}", page=str(ctx.page_no))]


_jiaoyu_bottom = furniture(
    ["本版责编：{name} 校对：{name}", opt(0.5, ["{pick:扫码关注中国教育报微信公众号|▲扫一扫 下载中国教育报APP}"], ["订阅热线：{tel:010} 零售每份1.50元"])])


# 2 法治日报: national; 5版 over a section line; 法治日报全媒体记者 + 本报通讯员 on their own lines; 法治时评


_fazhi_top = furniture(
    [opt(0.5, [masthead("法治日报"), "LEGAL DAILY"]), DATED, ln("{n}版", page="{n}"), "{sec}"])


_fazhi_bottom = furniture(["本版编辑：{name} 校对：{name} 美编：{name}", "新闻热线：{tel:010}"])


# 3 湖南日报: provincial organ; 第N版 经济; 湖南日报·新湖南客户端 bylines and datelines; 编后; jump lines


_hunan_top = furniture(
    (0.3, [ln("湖南日报 {date} {wd} 第{n}版 {sec}", paper=True, date=True, page="{n}")]),
    [masthead("湖南日报"), "HUNAN DAILY", "中共湖南省委机关报", ln("{date} {wd} 农历{lunar}", date=True),
     PAGE_SECTION])


_hunan_bottom = furniture(["责任编辑 {name} 版式编辑 {name}", "{pick:扫码下载新湖南客户端|▲下载新湖南客户端 看更多精彩}"])


# 4 天津日报: city paper; 03 | 民生 header; 本报记者 X/摄; ■ 简讯; 问/答; a blank line after every line


def _tianjin_top(ctx):
    d = ctx.date
    label = f"{ctx.page_no:02d}"
    head = F(ctx, f"{label} | {ctx.section}", page=label)
    if maybe(ctx, 0.5):
        return [head, F(ctx, f"天津日报 {d.year}年{d.month}月{d.day}日 {week_short(d)}", paper=True, date=True)]
    return [head, F(ctx, f"{d.year}年{d.month}月{d.day}日 {weekday(d)}", date=True)]


_tianjin_bottom = furniture(["编辑：{name} 美编：{name} 校对：{name}", opt(0.5, ["扫码下载津云客户端"])])


# 5 西安晚报: evening; Chinese-numeral date; A05 要闻; 西安报业全媒体记者; eight shorts; 图片新闻; damage


def _xian_top(ctx):
    d = ctx.date
    label = f"A{ctx.page_no:02d}"
    if maybe(ctx, 0.4):
        return [F(ctx, f"{label} {ctx.section}", page=label), F(ctx, f"{cn_date(d)} {weekday(d)}", date=True)]
    return [F(ctx, "西安晚报", paper=True), F(ctx, "XI'AN EVENING NEWS"),
            F(ctx, f"{cn_numeral_date(d)} {weekday(d)}", date=True), F(ctx, f"{label} {ctx.section}", page=label)]


def _xian_bottom(ctx):
    return [F(ctx, f"值班编委 {ctx.name()} 责编 {ctx.name()} 校对 {ctx.name()}"), hotline(ctx, "029")]


# 6 楚天都市报: metro; 极目新闻记者 bylines (the paper's name not in them); 文/图：; 受访者供图; interleave


def _chutian_top(ctx):
    d = ctx.date
    label = f"A{ctx.page_no:02d}"
    lines = [F(ctx, "楚天都市报", paper=True)] if maybe(ctx, 0.5) else []
    return lines + [F(ctx, f"{label} | {ctx.section}", page=label),
                    F(ctx, f"{d.year}年{d.month}月{d.day}日 {weekday(d)}", date=True)]


def _chutian_bottom(ctx):
    lines = [F(ctx, f"责编 {ctx.name()} 美编 {ctx.name()} 校对 {ctx.name()}")]
    if maybe(ctx, 0.6):
        lines.append(F(ctx, ctx.rng.choice(("扫码下载极目新闻客户端", "极目新闻 新闻热线：" + phone(ctx.rng, "027")))))
    return lines


# 7 金融时报: business; A3 公司 header; 本报记者 X 见习记者 Y; 1. headings; 导读; 公司快讯; 本报快评


_jinrong_top = furniture(
    (0.5, [ln("A{n} {sec}", page="A{n}"), running("金融时报")]),
    [masthead("金融时报"), "FINANCIAL NEWS", ln("{y}.{m:02d}.{d:02d} {wd}", date=True),
     ln("A{n} {sec}", page="A{n}")])


_jinrong_bottom = furniture(["本版主编 {name} 责编 {name} 制作 {name}", "E-mail：jrsb{no:10-99}@example.cn 电话：{tel:010}"])


# 8 义乌商报: county; 第三版 with Chinese numerals or none; 本报讯（融媒体记者 X）; 镇街动态 run-in; ads


def _yiwu_top(ctx):
    d = ctx.date
    if maybe(ctx, 0.3):
        return []
    n = ctx.page_no
    label = f"第{'一二三四五六七八九十'[n - 1] if n <= 10 else n}版"
    return [F(ctx, "义乌商报", paper=True),
            F(ctx, f"{cn_date(d)} {weekday(d)} 农历{lunar(d)}", date=True),
            F(ctx, f"{label} {ctx.section}", page=str(n))]


_yiwu_bottom = furniture((0.4, []), ["编辑 {name} 组版 {name}", "新闻热线：{tel:0579}"])


def fam(name, paper, top, bottom, bylines, **kw):
    return NewestFamily(name, paper, top, bottom, bylines, builder=NewestBuilder, **kw)


NEWEST_FAMILIES = [
    fam("jiaoyu_national", "中国教育报", _jiaoyu_top, _jiaoyu_bottom,
        {by_dian: 2, by_named_xun: 2, by_roles: 2},
        outlet="中国教育报", jizhe_line="中国教育报记者", places=("北京", "合肥", "深圳", "西安"),
        credits=(cr_outlet_photo, cr_supplied), width=(16, 23), blank={"para": 1}, indent=0.4,
        title_dateline=0.4, qa=("记者：", None), qa_bylines={by_roles: 1},
        page_plans=[(["article", "qa", "photo"], {by_dian: 1}), (["continuation", "article", "link"], {by_named_xun: 1}),
                    (["article", "comment", "photo"], {by_roles: 1}), (["article", "brief", "photo"], {by_dian: 1, by_named_xun: 1})],
        comment_labels=("科技评论", "创新观察"), link_labels=("链接", "相关链接"), head_orders={"kts": 2, "tks": 1},
        cont_forms=("（上接第{n}版）", "（上接{n}版）"), jump_forms=("（下转第{n}版）", "（转{n}版）"), jump_out=0.4,
        sections=("综合", "科技创新", "区域创新")),
    fam("fazhi_national", "法治日报", _fazhi_top, _fazhi_bottom,
        {by_roles: 4, by_outlet_reporter: 1},
        outlet="法治日报", jizhe_line="法治日报全媒体记者", tongxun="本报通讯员",
        brief_bylines={by_trail_paren: 1}, credits=(cr_outlet_photo, cr_tongxun), width=(18, 26),
        blank={"none": 2, "para": 1}, indent=0.7, doubled=0.1, commentary="institution",
        page_plans=[(["article", "briefs", "commentary"], {by_roles: 1}), (["article", "comment"], {by_outlet_reporter: 1}),
                    (["briefs", "article", "photo"], {by_roles: 1}), (["commentary", "article", "brief"], None)],
        brief_forms={"bracket": 2, "bullet_title": 1}, brief_bullets="●", brief_credits={"trail": 2, "reporter": 1},
        brief_labels=("法治动态", "政法简讯"), comment_labels=("法治时评", "法谈"), head_orders={"kts": 1, "skt": 1},
        jump_out=0.5, jump_forms=("（转第{n}版）", "转{n}版"), sections=("要闻", "政法", "法治经纬")),
    fam("hunan_provincial", "湖南日报", _hunan_top, _hunan_bottom,
        {by_outlet_tongxun: 3, by_client_xun: 3},
        outlet="湖南日报·新湖南客户端", xun="湖南日报·新湖南客户端", brief_bylines={by_client_xun: 1, by_trail_paren: 1},
        credits=(cr_outlet_photo, cr_tongxun), width=(15, 21), blank={"para": 1}, title_byline=0.3,
        kicker_long=0.4, note_labels=("编后", "记者手记"),
        page_plans=[(["article", "note", "photo"], {by_outlet_tongxun: 1}), (["article", "runin", "photo"], {by_client_xun: 1}),
                    (["continuation", "brief", "photos"], None), (["article", "brief", "brief", "photo"], None)],
        runin_labels=("湖湘快讯", ""), brief_credits={"trail": 1},
        shared_credit=("本版图片均由湖南日报·新湖南客户端记者 {n} 摄", "湖南日报·新湖南客户端记者 {n} 摄"),
        jump_out=0.5, jump_forms=("（转2版）", "（下转第{n}版）"), cont_forms=("（上接1版）", "（上接第{n}版）"),
        head_orders={"kts": 2, "tsk": 1}, sections=("要闻", "经济", "综合")),
    fam("tianjin_city", "天津日报", _tianjin_top, _tianjin_bottom,
        {"reporter": 2, by_roles: 2, by_end_only: 1},
        jizhe_line="本报记者", credits=(cr_staff_slash, cr_supplied), width=(13, 18),
        blank={"every": 2, "para": 1}, letterspace=0.5, stray_spaces=0.05,
        page_plans=[(["article", "briefs", "photo"], {"reporter": 1}), (["qa", "photo"], None),
                    (["briefs", "article", "link"], {by_roles: 1}), (["article", "article", "photo"], {by_end_only: 1, by_roles: 1})],
        brief_forms={"bullet_title": 1, "inline": 1}, brief_bullets="■", brief_credits={"trail": 1, "reporter": 1},
        brief_labels=("津门简讯", "简讯"), qa=("问：", "答："), qa_bylines={by_roles: 1},
        link_labels=("链接",), head_orders={"stk": 1, "kts": 1}, sections=("民生", "天津新闻", "区域")),
    fam("xian_evening", "西安晚报", _xian_top, _xian_bottom,
        {by_roles: 2, by_wentu_prefix: 1, by_outlet_end_paren: 1},
        outlet="西安报业全媒体", jizhe_line="西安报业全媒体记者", brief_bylines={by_outlet_end_paren: 1},
        credits=(cr_outlet_photo, cr_supplied), width=(12, 16), blank={"every": 1, "none": 1},
        doubled=0.2, displaced=0.3, letterspace=0.6,
        page_plans=[(["shorts"], None), (["article", "picnews"], {by_wentu_prefix: 1}),
                    (["article", "photo", "brief"], {by_roles: 1}), (["article", "brief", "photo", "brief"], {by_outlet_end_paren: 1, by_roles: 1})],
        brief_labels=("古城快讯", "简讯", ""), brief_bullets="●", brief_credits={"trail": 1, "none": 1},
        pic_labels=("图片新闻", "城事图说"), sections=("要闻", "西安新闻", "社会")),
    fam("chutian_metro", "楚天都市报", _chutian_top, _chutian_bottom,
        {by_outlet_tongxun: 3, by_wentu_prefix: 2},
        outlet="极目新闻", jianxi=True, brief_bylines={by_trail_paren: 1},
        credits=(cr_outlet_photo, cr_supplied, cr_tongxun), width=(13, 19), blank={"para": 1, "every": 1},
        title_byline=0.4, interleave=0.3, stray_spaces=0.06, qa=("极目新闻：", None), qa_bylines={by_outlet_tongxun: 1},
        page_plans=[(["article", "runin", "photo"], {by_outlet_tongxun: 1}), (["qa", "photo", "brief"], None),
                    (["article", "photo", "photo"], {by_wentu_prefix: 1}), (["article", "brief", "brief", "photo"], None)],
        runin_labels=("", "江城快讯"), brief_credits={"trail": 1},
        head_orders={"kts": 1, "tks": 1, "skt": 1}, sections=("武汉新闻", "湖北新闻", "社会")),
    fam("jinrong_business", "金融时报", _jinrong_top, _jinrong_bottom,
        {by_roles: 3, by_end_only: 1},
        outlet="金融时报", jizhe_line="本报记者", tongxun="", jianxi=True,
        credits=(cr_vcg, cr_ziliao, cr_vcg_source), width=(17, 25), blank={"none": 2, "para": 1},
        heading_forms={"num": 2, "cn": 1}, lead_wide=0.5, lead_labels=("导读", "提要"), kicker_long=0.5,
        page_plans=[(["article", "shorts"], {by_roles: 1}), (["long"], {by_end_only: 1}),
                    (["article", "comment", "photo"], {by_roles: 1}), (["article", "article", "brief"], None)],
        brief_labels=("公司快讯", "上市公司速递"), brief_bullets="■", brief_credits={"trail": 1, "none": 1},
        comment_labels=("本报快评", "市场观察"), sections=("公司", "市场", "产经")),
    fam("yiwu_county", "义乌商报", _yiwu_top, _yiwu_bottom,
        {by_benbaoxun_jizhe: 3, by_roles: 1, by_none: 1},
        jizhe="融媒体记者", jizhe_line="融媒体记者", brief_bylines={by_benbaoxun_jizhe: 1, by_trail_paren: 1},
        credits=(cr_supplied, cr_tongxun), width=(13, 26), per_article_width=True,
        blank={"para": 1, "every": 1, "none": 1}, title_dateline=0.5, interleave=0.25,
        page_plans=[(["runin", "photo"], None), (["article", "briefs", "ad"], {by_benbaoxun_jizhe: 1}),
                    (["brief", "brief", "bare", "photo"], None), (["article", "brief", "ad", "photo"], {by_roles: 1, by_benbaoxun_jizhe: 1})],
        brief_forms={"credit_only": 1, "bullet_title": 1}, brief_bullets="▲", brief_credits={"trail": 1},
        brief_labels=("商城简讯", ""), runin_labels=("镇街动态", ""), ad_forms=("招商热线：{p}",), area="0579",
        sections=("综合", "镇街", "市场")),
]
