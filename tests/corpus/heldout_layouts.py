"""HELD-BACK layout families of the synthetic corpus.

Developers of the segmenter: do not read this file and do not tune on pages/heldout/.
These families use their own papers, furniture formats, byline and credit styles, none of
which appear in the development families (synthesize.py).
"""
import datetime

from synthesize import (Byline, Family, cn_date, editors, lunar, phone, slots_of, spaced, weekday)


# ------------------------------------------------------------------ bylines (held-back only)


def by_shangguan(ctx, item):
    names = [ctx.name() for _ in range(ctx.rng.choice((1, 2)))]
    return Byline(names, before=[f"解放日报·上观新闻记者 {' '.join(names)}"])


def by_benbaoxun_bare(ctx, item):
    """本报讯 记者 X (no parentheses, no 报道), alone on its line."""
    name = ctx.name()
    return Byline([name], before=[f"本报讯 记者 {name}"], hint="benbaoxun")


def by_jiaohuidian(ctx, item):
    name = ctx.name()
    return Byline([name], before=[f"□新华日报·交汇点记者 {spaced(name)}"])


def by_benbaoxun_reporter_tongxun(ctx, item):
    a, b = ctx.name(), ctx.name()
    return Byline([a, b], glue=f"本报讯 记者{a} 通讯员{b} ", hint="benbaoxun")


def by_dazhong_baodao(ctx, item):
    names = [ctx.name() for _ in range(ctx.rng.choice((1, 2)))]
    return Byline(names, before=[f"□ 大众日报记者 {' '.join(names)} 报道"])


def by_dazhong_dispatch(ctx, item):
    name = ctx.name()
    d = ctx.date - datetime.timedelta(days=1)
    return Byline([name], glue=f"本报济南{d.month}月{d.day}日讯 记者 {name} 报道 ")


def by_round_trailing(ctx, item):
    name = ctx.name()
    return Byline([name], glue="本报讯 ", trail=f"（{name}）", hint="benbaoxun")


def by_wen_tu(ctx, item):
    a, b = ctx.name(), ctx.name()
    item.photographers = [b]
    return Byline([a], before=[f"文/羊城晚报记者 {a} 图/羊城晚报记者 {b}"])


def by_wen_only(ctx, item):
    names = [ctx.name() for _ in range(ctx.rng.choice((1, 2)))]
    return Byline(names, before=[f"文/羊城晚报记者 {' '.join(names)}"])


def by_qilu(ctx, item):
    name = ctx.name()
    if ctx.rng.random() < 0.5:
        b = ctx.name()
        return Byline([b, name], before=[f"齐鲁晚报·齐鲁壹点 通讯员 {b} 记者 {name}"])
    return Byline([name], before=[f"齐鲁晚报·齐鲁壹点 记者 {name}"])


def by_reporter_trailing_paren(ctx, item):
    name = ctx.name()
    return Byline([name], trail=f"（记者 {name}）", hint="paren")


def by_bullet_reporter(ctx, item):
    names = [ctx.name() for _ in range(ctx.rng.choice((1, 2)))]
    return Byline(names, before=[f"●本报记者 {' '.join(names)}"])


def by_reporter_city(ctx, item):
    name = ctx.name()
    city = ctx.rng.choice(("北京", "上海", "深圳"))
    return Byline([name], before=[f"■本报记者 {name} {city}报道"])


# ------------------------------------------------------------------ photo credits (held-back only)


def cr_slash(ctx):
    n = ctx.name()
    return "line", f"记者 {n}/摄", [n]


def cr_sheying(ctx):
    n = ctx.name()
    return "glue", f"本报记者 {n} 摄影", [n]


def cr_bare_she(ctx):
    n = ctx.name()
    return "line", f"{n} 摄", [n]


def cr_reporter_paren(ctx):
    n = ctx.name()
    return "glue", f"（记者 {n} 摄）", [n]


def cr_dazhong(ctx):
    n = ctx.name()
    return "before", f"□大众日报记者 {n} 摄影报道", [n]


def cr_yangcheng(ctx):
    n = ctx.name()
    return ctx.rng.choice(("glue", "line")), f"羊城晚报记者 {n} 摄", [n]


def cr_name_slash(ctx):
    n = ctx.name()
    return "glue", f"{n}/摄", [n]


def cr_yidian(ctx):
    n = ctx.name()
    return "line", f"齐鲁晚报·齐鲁壹点记者 {n} 摄", [n]


def cr_cs(ctx):
    n = ctx.name()
    return "line", f"本报记者 {n} 摄", [n]


def cr_vcg(ctx):
    n = ctx.name()
    return "glue", f"视觉中国图 {n}", [n]


# ------------------------------------------------------------------ furniture


def _jiefang_top(ctx):
    d = ctx.date
    return [ctx.furn("解放日报", paper=True), ctx.furn("JIEFANG DAILY"), ctx.furn("中国共产党上海市委员会机关报"),
            ctx.furn(f"{cn_date(d)}  {weekday(d)}", date=True), ctx.furn(lunar(d)),
            ctx.furn(f"{ctx.section}·{ctx.page_no}", page=str(ctx.page_no))]


def _jiefang_bottom(ctx):
    a, b = ctx.name(), ctx.name()
    return [ctx.furn(f"本版编辑：{a} 视觉设计：{b}"), ctx.furn("上观新闻 扫码阅读全文")]


def _xinhua_top(ctx):
    d = ctx.date
    label = f"第{ctx.page_no}版"
    return [ctx.furn("新华日报", paper=True), ctx.furn("XINHUA DAILY"), ctx.furn("中共江苏省委机关报"),
            ctx.furn(f"{cn_date(d)} {weekday(d)} 农历{lunar(d)[3:]}", date=True),
            ctx.furn(f"{label} {ctx.section}", page=str(ctx.page_no))]


def _xinhua_bottom(ctx):
    a, b = ctx.name(), ctx.name()
    return [ctx.furn(f"本版责编：{a} 版式：{b}"), ctx.furn("新华日报社出版 地址：南京市中央路" + str(ctx.rng.randrange(100, 400)) + "号")]


def _dazhong_top(ctx):
    d = ctx.date
    return [ctx.furn(cn_date(d), date=True), ctx.furn(weekday(d)), ctx.furn("农历" + lunar(d)),
            ctx.furn("大众日报", paper=True), ctx.furn("DAZHONG DAILY"), ctx.furn("中共山东省委机关报"),
            ctx.furn(f"·{ctx.page_no}· {ctx.section}", page=str(ctx.page_no))]


def _dazhong_bottom(ctx):
    return editors(ctx, "two_lines")


def _yangcheng_top(ctx):
    d = ctx.date
    a, b = ctx.name(), ctx.name()
    label = f"A{ctx.page_no}"
    return [ctx.furn("羊城晚报", paper=True), ctx.furn("YANGCHENG EVENING NEWS"),
            ctx.furn(f"{cn_date(d)}/{weekday(d)}/{ctx.section}/责编 {a}/美编 {b}", date=True),
            ctx.furn(f"{label} | {ctx.section}", page=label)]


def _yangcheng_bottom(ctx):
    return [ctx.furn("扫码下载羊城派APP 看更多独家新闻"), ctx.furn(f"报料热线：{phone(ctx.rng, '020')}")]


def _qilu_top(ctx):
    d = ctx.date
    label = f"A{ctx.page_no:02d}"
    return [ctx.furn(f"{label} {ctx.section}", page=label), ctx.furn(f"{d.year}.{d.month}.{d.day} {weekday(d)}", date=True),
            ctx.furn("齐鲁晚报", paper=True)]


def _qilu_bottom(ctx):
    a = ctx.name()
    return [ctx.furn(f"编辑：{a}"), ctx.furn("新闻热线：96706"), ctx.furn("壹点号 扫码关注 第一时间看新闻")]


def _cs_top(ctx):
    d = ctx.date
    label = f"A{ctx.page_no:02d}"
    return [ctx.furn("中国证券报", paper=True), ctx.furn("CHINA SECURITIES JOURNAL"), ctx.furn("新华通讯社主管主办"),
            ctx.furn(f"{cn_date(d)} {weekday(d)}", date=True), ctx.furn(f"今日{ctx.family_pages * 2}版"),
            ctx.furn(f"{label} {ctx.section}", page=label)]


def _cs_bottom(ctx):
    a, b, c = ctx.name(), ctx.name(), ctx.name()
    return [ctx.furn(f"责任编辑：{a} 版式总监：{b}"), ctx.furn(f"图片编辑：{c}")]


def _briefs_circle(ctx):
    return ["山东快讯"], "◎", by_round_trailing


def _briefs_square(ctx):
    return ["本地速递"], "■", by_reporter_trailing_paren


HELDOUT_FAMILIES = [
    Family("jiefang_shanghai", "解放日报", _jiefang_top, _jiefang_bottom,
           {by_shangguan: 3, by_benbaoxun_bare: 1},
           brief_bylines={by_benbaoxun_bare: 1}, qa_bylines={by_shangguan: 1},
           credits=(cr_slash, cr_sheying), width=(17, 23), blank={"para": 1}, indent=0.3,
           slots=slots_of(["article", "photo", "brief"], ["article", "qa", "photo"], ["article", "commentary"]),
           commentary="institution", outlet="解放日报", qa=("上观新闻：", None), pages=5, jump_out=0.3),
    Family("xinhua_jiangsu", "新华日报", _xinhua_top, _xinhua_bottom,
           {by_jiaohuidian: 3, by_benbaoxun_reporter_tongxun: 1},
           brief_bylines={by_benbaoxun_reporter_tongxun: 1},
           credits=(cr_bare_she, cr_reporter_paren), width=(14, 20), blank={"every": 1, "para": 1}, letterspace=0.5,
           slots=slots_of(["article", "brief", "photo", "brief"], ["article", "continuation"], ["article", "article"]),
           pages=5, page_style="cn", displaced=0.3),
    Family("dazhong_shandong", "大众日报", _dazhong_top, _dazhong_bottom,
           {by_dazhong_baodao: 3, by_dazhong_dispatch: 2},
           brief_bylines={by_round_trailing: 1},
           credits=(cr_dazhong,), width=(15, 21), blank={"para": 1, "none": 1}, indent=0.8,
           slots=slots_of(["article", "briefs", "photo"], ["article", "brief", "article"], ["briefs", "article"]),
           briefs_column=_briefs_circle, pages=5, page_style="plain"),
    Family("yangcheng_evening", "羊城晚报", _yangcheng_top, _yangcheng_bottom,
           {by_wen_tu: 2, by_wen_only: 2},
           brief_bylines={by_reporter_trailing_paren: 1}, qa_bylines={by_wen_only: 1},
           credits=(cr_yangcheng, cr_name_slash), width=(12, 17), blank={"every": 1, "para": 1},
           slots=slots_of(["article", "photo", "brief"], ["qa", "photo"], ["article", "briefs"]),
           briefs_column=_briefs_square, qa=("羊城晚报：", None), pages=5, doubled=0.2, stray_spaces=0.05),
    Family("qilu_evening", "齐鲁晚报", _qilu_top, _qilu_bottom,
           {by_qilu: 4, by_reporter_trailing_paren: 1},
           brief_bylines={by_reporter_trailing_paren: 1},
           credits=(cr_yidian,), width=(13, 18), per_article_width=True, blank={"para": 1},
           slots=slots_of(["article", "brief", "brief", "photo"], ["photo", "article", "brief"], ["article", "article"]),
           pages=5, interleave=0.3, displaced=0.2),
    Family("cs_securities", "中国证券报", _cs_top, _cs_bottom,
           {by_bullet_reporter: 3, by_reporter_city: 2},
           brief_bylines={by_reporter_trailing_paren: 1},
           credits=(cr_cs, cr_vcg), width=(18, 25), blank={"none": 1, "para": 1}, indent=0.6,
           slots=slots_of(["article", "article", "brief"], ["article", "infobox"], ["article", "commentary", "photo"]),
           commentary="institution", pages=5, sections=("要闻", "公司", "市场", "机构")),
]
