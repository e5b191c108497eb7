"""A twelfth set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator on these pages.  Seven papers the corpus had not imitated, one of each kind, from the
provinces and regions the development gold names least (checked by name against the development builders
and gold, and against the held-back set only with a script that names this set's families whose paper a
held-back page also has): a provincial party daily (Tibet), a prefecture-level city daily (Xinjiang), an
evening paper (Hebei), a metro paper (Qinghai), a county-level city paper (Hunan), a national industry
paper and an ethnic-region paper with a bilingual masthead (Yanbian).  Each page of a family follows one
of four page plans; byline and credit forms take turns across a family's pages; every family prints at
least two of: two columns read across, a headline after its text, a briefs column, a photo group, a box
or notice, a jump line, a Q&A, a blank line after every line.

* `xizang_provincial` 西藏日报: a front page with 中共西藏自治区委员会机关报, 农历 and 第N期; a lead ending in a
  jump line and **page 2 carrying it on**; `西藏日报记者 X`, `本报记者 X 通讯员 Y`, `本报记者 X 见习记者 Y`; briefs
  `本报讯（记者 X）` glued or on a line of their own; a **numbered photo group** under one shared credit; **公示
  notices**; ◆ 区内简讯 columns; two briefs read across.
* `karamay_city` 克拉玛依日报: a front page with 中共克拉玛依市委机关报 and 农历; `克拉玛依日报全媒体记者 X`, `全媒体记者
  X 通讯员 Y`, `通讯员 X Y`; briefs `本报讯（通讯员 X）` glued or closed by `（全媒体记者 X）`; **天气 boxes** (rows
  `克拉玛依区 晴 22～35℃ 西北风3级`); interviews `记者：` / the interviewee's name; a brief and a photo read
  across; `油田供图`; ● 油城快讯 columns; displaced headlines.
* `yanzhao_evening` 燕赵晚报 (石家庄): columns of 12–17 characters, a blank line after every line, stray
  spaces, doubled-glyph and displaced headlines; `燕赵晚报记者 X`, `记者 X 实习生 Y`, `燕赵晚报记者 X 文/图`; briefs
  glued `本报讯（记者 X）` or closed by `（燕赵晚报记者 X）`; **停水停电 notices** of rows; Q&A `燕赵晚报：`;
  ★ 石家庄快讯 columns; two briefs read across.
* `xihai_metro` 西海都市报 (西宁): `西海都市报记者 X`, `本报首席记者 X`, `文/图 本报记者 X`; briefs closed by
  `（本报记者 X）` or glued `本报讯（记者 X）`; **出行提示 boxes** of ①②③ rows; Q&A `西海都市报：` or `记者：`; a
  numbered photo group under `本组图片由西海都市报记者 X 摄`; a brief and a photo read across; displaced
  headlines; ● 高原城事 columns.
* `liuyang_county` 浏阳日报 (a county-level city paper): a front page with 中共浏阳市委机关报 and 农历;
  `通讯员 X 记者 Y`, `记者 X`, `通讯员 X Y`; briefs `本报讯（通讯员 X）` or `本报讯（记者 X 通讯员 Y）` glued;
  town-supplied pictures (`（大瑶镇供图）`); **烟花爆竹安全提示 boxes**; ads mid-page; ▲ 镇村动态 columns; two
  briefs read across; a blank line after every line on one page.
* `meitan_industry` 中国煤炭报: a front page with 中国煤炭工业协会主管 and 农历; `本报记者 X`, `本报通讯员 X Y`,
  `记者 X 通讯员 Y`; briefs closed by the mine and the name `（某某煤矿 X）`; **煤炭价格 tables** (a label, a title,
  a column-header row, rows, `数据来源：…`); a lead ending in a jump line and page 2 carrying it on; ● 矿区动态
  columns; headlines after their bodies.
* `yanbian_ethnic` 延边日报: a **bilingual masthead** (延边日报 over 연변일보) with 中共延边州委机关报 and 农历;
  `延边日报记者 X`, `记者 X 通讯员 Y`, `全媒体记者 X`; briefs `本报讯（记者 X）` glued or closed by `（通讯员 X）`;
  a **numbered photo group**; **边境旅游提示 boxes**; interviews `记者：` / the interviewee's name; ◆ 县市传真
  columns; two briefs read across; a blank line after every line on one page.

Gold conventions are those of the README; new here: a 天气 / 出行提示 / 安全提示 / 旅游提示 box is an `infobox`
titled with its label (no decoration), or with the label as kicker when a title follows; a 煤炭价格 table
is an `infobox` (its label the kicker, the column-header row its first row), its `数据来源` line a
`credit`; a 公示 / 停水停电 notice is an `infobox` with no authors; `燕赵晚报记者 X 文/图` and `文/图 本报记者 X`
make X author and photographer; `（某某煤矿 X）` names X; `油田供图` and town-supplied pictures name no
photographer; the Korean line of the masthead is furniture.

Seeds: FRESH12_SEED_BASE + FRESH12_SEED_STRIDE*family + 1_000*attempt + n (23_060_001 .. 23_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (captions,
photo groups, briefs, rows, notices, questions, titles); names, figures, phone numbers and addresses
are made up.
"""
from __future__ import annotations

import dataclasses

from fresh_layouts_2 import _d, _pooled_credit, _town_credit
from fresh_layouts_3 import story_slot
from fresh_layouts_5 import _credit_turns
from fresh_layouts_9 import Fresh9Builder, Fresh9Family
from layout_kit import DATED, DATED_LUNAR, TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, turns
from synthesize import phone

FRESH12_SEED_BASE = 23_000_000
FRESH12_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

XZ_GROUPS = [
    ("雪域高原 青稞飘香", ["①农民在田间收割青稞。", "②农机手驾驶收割机作业。", "③村民晾晒新收的青稞。"]),
    ("林卡节里话团结", ["图①市民在林卡里跳起锅庄舞。", "图②孩子们在草地上嬉戏。", "图③游客品尝酥油茶。"]),
]
XZ_NOTICES = [
    ("关于拟推荐自治区级民族团结进步模范集体的公示",
     "经逐级推荐、审核，现将拟推荐名单予以公示：",
     ["1.某某县某某乡", "2.某某市某某街道某某社区", "3.某某中学", "4.某某医院"],
     "公示期间如有异议，请以书面形式反映。联系电话：0891-6832417", "某某自治区民族事务委员会"),
]
XZ_CAPTIONS = [("布达拉宫广场上，游客拍照留念。", "圣城掠影"), ("牧民在草场上放牧牦牛。", ""),
               ("拉萨河畔，市民沿河散步。", "河畔漫步")]
XZ_BRIEFS = [
    ("一批乡村小学完成供暖改造", "近日，一批乡村小学完成供暖改造，师生冬季不再受冻。"),
    ("藏医药健康讲座进社区", "日前，一场藏医药健康讲座走进社区，居民现场咨询。"),
    ("农牧民技能培训班结业", "近日，一期农牧民技能培训班结业，学员掌握了烹饪和维修技能。"),
]

KM_AREAS = ("克拉玛依区", "独山子区", "白碱滩区", "乌尔禾区")
KM_SKIES = ("晴", "多云", "晴转多云", "阵雨", "扬沙")
KM_QUESTIONS = ["这个项目是怎样落地的？", "企业最看重这里的什么？", "居民能得到哪些实惠？", "下一步还有什么计划？"]
KM_CAPTIONS = [("魔鬼城景区里，游客欣赏雅丹地貌。", "魔鬼城"), ("油田工人在井场巡检。", ""),
               ("九龙潭边，市民纳凉。", "夏日纳凉")]
KM_BRIEFS = [
    ("社区开办夜间托管班", "近日，一个社区开办夜间托管班，解决双职工家庭孩子看护难题。"),
    ("城区新增一批共享单车", "日前，城区新增一批共享单车，方便市民短途出行。"),
    ("油田开展开放日活动", "近日，油田开展开放日活动，市民走进井场参观。"),
]

YZ_AREAS = ("长安区建设北大街沿线", "桥西区中华南大街一带", "新华区和平西路两侧", "裕华区槐安东路以南", "鹿泉区部分小区")
YZ_QUESTIONS = ["这个想法是怎么来的？", "遇到过哪些难处？", "街坊邻居怎么评价？", "以后还打算做些什么？"]
YZ_CAPTIONS = [("正定古城里，游客在城墙上游览。", "古城游"), ("市民在公园里下象棋。", ""),
               ("滹沱河畔，市民骑行健身。", "绿道骑行")]
YZ_BRIEFS = [
    ("老旧小区改造开工", "近日，城区一批老旧小区改造开工，涉及管网更新和外墙保温。"),
    ("社区食堂开门迎客", "日前，一个社区食堂开门迎客，老人用餐可享优惠。"),
    ("口袋公园建成开放", "近日，一处口袋公园建成开放，附近居民多了休闲去处。"),
]

XH_TIPS = [
    ("假期出行提示", ["①出行前查询路况和天气", "②高海拔地区注意防寒防晒", "③遇到拥堵服从交警指挥"]),
    ("防范高原反应", ["①初到高原不宜剧烈运动", "②多喝水，少饮酒", "③出现不适及时就医"]),
]
XH_GROUPS = [
    ("青海湖畔油菜花开", ["①游客在花海中拍照。", "②骑行者沿环湖路骑行。", "③牧民在湖边放牧。"]),
    ("夏都夜市人气旺", ["①市民在夜市品尝小吃。", "②摊主在烤羊肉串。", "③孩子们在夜市玩游戏。"]),
]
XH_QUESTIONS = ["这件事是怎么引起关注的？", "市民反映最多的是什么？", "有关部门怎么回应？", "问题什么时候能解决？"]
XH_CAPTIONS = [("湟水河畔，市民在健身步道上散步。", "河畔晨练"), ("游客在塔尔寺参观。", ""),
               ("中心广场上，市民放风筝。", "风筝飞")]
XH_BRIEFS = [
    ("公交开通夜间线路", "近日，公交公司开通一条夜间线路，方便市民夜间出行。"),
    ("菜市场推行明码标价", "日前，一处菜市场推行明码标价，市民买菜更放心。"),
    ("社区开设老年书法班", "近日，一个社区开设老年书法班，吸引不少老人报名。"),
]

LY_TOWNS = ("大瑶镇", "金刚镇", "澄潭江镇", "文家市镇", "官渡镇", "社港镇", "古港镇", "集里街道", "关口街道")
LY_TIPS = [["①到正规门店购买烟花爆竹", "②燃放时远离人群和易燃物", "③不得在禁放区域燃放"],
           ["①生产企业严禁超员超量", "②运输车辆须持证上路", "③发现非法生产请拨打举报电话"]]
LY_ADS = [("某某花炮 新品上市", "订购热线：{p}"), ("某某茶油 产地直供", "咨询电话：{p}")]
LY_CAPTIONS = [("浏阳河畔，焰火表演吸引市民观看。", "焰火璀璨"), ("花农在苗木基地管护苗木。", ""),
               ("游客在古镇老街游览。", "老街")]
LY_BRIEFS = [
    ("村里开起农家书屋", "近日，一个村开起农家书屋，村民农闲时有了读书去处。"),
    ("镇里举办乡村篮球赛", "日前，一场乡村篮球赛在镇里举办，十余支村队参赛。"),
    ("花炮企业开展安全培训", "近日，一批花炮企业开展安全培训，员工参加应急演练。"),
]

MT_MINES = ("某某煤矿", "某某矿业公司", "某某能源集团", "某某矿区")
MT_COALS = (("动力煤", "860"), ("焦煤", "1650"), ("无烟煤", "1120"), ("喷吹煤", "1080"), ("褐煤", "520"))
MT_CAPTIONS = [("矿工在智能化工作面巡检。", "智能开采"), ("运煤列车驶出矿区。", ""), ("复垦后的矿区种上了树。", "矿区新绿")]
MT_BRIEFS = [
    ("一座智能化矿井通过验收", "近日，一座智能化矿井通过验收，井下作业人员大幅减少。"),
    ("矿山救护队开展比武", "日前，一场矿山救护技术比武举行，多支救护队参赛。"),
    ("煤矿职工书画展开展", "近日，一场煤矿职工书画展开展，展出作品百余幅。"),
]

YB_GROUPS = [
    ("长白山下稻花香", ["①农民在稻田里除草。", "②无人机在稻田上空作业。", "③稻田里的蟹苗长势喜人。"]),
    ("民俗村里过端午", ["①村民身着民族服装荡秋千。", "②游客体验打糕制作。", "③孩子们跳起民族舞。"]),
]
YB_TIPS = [["①前往边境地区须携带身份证件", "②不得擅自越过边境线", "③遵守景区游览规定"],
           ["①进山游览请结伴而行", "②注意防范蜱虫叮咬", "③不随意采摘野生植物"]]
YB_QUESTIONS = ["这个村是怎么发展起来的？", "游客最喜欢什么？", "村民的收入有哪些变化？", "今后有什么打算？"]
YB_CAPTIONS = [("延吉夜市里，游客品尝特色美食。", "夜市"), ("图们江畔，游客眺望远方。", ""),
               ("长白山天池景区游人如织。", "天池")]
YB_BRIEFS = [
    ("民俗文化节开幕", "近日，一场民俗文化节开幕，游客体验传统游戏和美食。"),
    ("边境村修通硬化路", "日前，一个边境村修通硬化路，村民出行更方便。"),
    ("双语图书进校园", "近日，一批双语图书走进校园，丰富了学生课外阅读。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_xz = chosen(Above("西藏日报记者 {0!l}"), Above("本报记者 {0!l} 通讯员 {1}", 2), Above("本报记者 {0!l} 见习记者 {1}", 2),
               turn="by")
by_xz_brief = turns(Form("本报讯（记者 {0}）", line_share=0.4), Form("本报讯（记者 {0} 通讯员 {1}）", 2))

by_km = chosen(Above("克拉玛依日报全媒体记者 {0!l}"), Above("全媒体记者 {0!l} 通讯员 {1}", 2), Above("通讯员 {0} {1}", 2),
               turn="by", drawn=2)
by_km_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（全媒体记者 {0}）", **TRAIL))

by_yz = chosen(Above("燕赵晚报记者 {0!l}"), Above("记者 {0!l} 实习生 {1}", 2),
               Above("燕赵晚报记者 {0!l} 文/图", photo=True), turn="by", drawn=2)
by_yz_brief = turns(Form("本报讯（记者 {0}）"), Form("（燕赵晚报记者 {0}）", **TRAIL))

by_xh = chosen(Above("西海都市报记者 {0!l}"), Above("本报首席记者 {0!l}"), Above("文/图 本报记者 {0!l}", photo=True),
               turn="by")
by_xh_brief = turns(Form("（本报记者 {0}）", **TRAIL), Form("本报讯（记者 {0}）"))

by_ly = chosen(Above("通讯员 {0} 记者 {1!l}", 2), Above("记者 {0!l}"), Above("通讯员 {0} {1}", 2), turn="by", drawn=2)
by_ly_brief = turns(Form("本报讯（通讯员 {0}）"), Form("本报讯（记者 {0} 通讯员 {1}）", 2))

by_mt = chosen(Above("本报记者 {0!l}"), Above("本报通讯员 {0} {1}", 2), Above("记者 {0!l} 通讯员 {1}", 2),
               turn="by", drawn=2)
by_mt_brief = turns(Form("（{c0} {0}）", choices=(MT_MINES,), **TRAIL), Form("本报讯（通讯员 {0}）"))

by_yb = chosen(Above("延边日报记者 {0!l}"), Above("记者 {0!l} 通讯员 {1}", 2), Above("全媒体记者 {0!l}"),
               turn="by", drawn=2)
by_yb_brief = turns(Form("本报讯（记者 {0}）"), Form("（通讯员 {0}）", **TRAIL))


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_xz = _credit_turns(("西藏日报记者 {n} 摄", "（{n} 摄）", "本报记者 {s} 摄"))
cr_km = _credit_turns(("克拉玛依日报全媒体记者 {n} 摄", "油田供图", "通讯员 {n} 摄"))
cr_yz = _credit_turns(("燕赵晚报记者 {n} 摄", "记者 {s}/摄"))
cr_xh = _credit_turns(("西海都市报记者 {n} 摄", "本报记者 {n}/摄", "（{n} 摄）"))
cr_ly = _pooled_credit(_credit_turns(("记者 {n} 摄", "通讯员 {n} 摄")), _town_credit(LY_TOWNS))
cr_mt = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "通讯员 {s}/摄"))
cr_yb = _credit_turns(("延边日报记者 {n} 摄", "全媒体记者 {n} 摄", "（{n} 摄）"))


# --------------------------------------------------------------------------- builder


class Fresh12Builder(Fresh9Builder):

    def tips(self, labels, pool, title=""):
        return self.rows_box(labels, self.uniq(pool, "tips"), title=title)

    # -------------------------------------------------------------- 西藏日报

    slot_xzlead = story_slot(jump=True)

    slot_xzstory = story_slot(0.4)

    def slot_xzgroup(self):
        return self.group(XZ_GROUPS)

    def slot_xznotice(self):
        return self.notice_box(*XZ_NOTICES[0])

    # -------------------------------------------------------------- 克拉玛依日报

    slot_kmstory = story_slot(0.3)

    def slot_kmweather(self):
        rng = self.rng
        rows = [f"{area} {rng.choice(KM_SKIES)} {rng.randrange(16, 24)}～{rng.randrange(30, 38)}℃ "
                f"{rng.choice(('西北风', '东北风', '北风'))}{rng.randrange(2, 6)}级"
                for area in rng.sample(KM_AREAS, rng.choice((3, 4)))]
        title = "今明两天天气" if rng.random() < 0.5 else ""
        return self.rows_box(("天气", "天气预报", "油城天气"), rows, title=title)

    def slot_kmqa(self):
        return self.staff_qa(KM_QUESTIONS)

    # -------------------------------------------------------------- 燕赵晚报

    slot_yzstory = story_slot(0.3)

    def slot_yzcut(self):
        """停水停电 rows, area first (石家庄's papers print the area, then the hours)."""
        rng = self.rng
        what = rng.choice(("停水", "停电"))
        rows = [f"{area} {_d(self.ctx, -k - 1).month}月{_d(self.ctx, -k - 1).day}日{hour}时至{hour + span}时{what}"
                for k, (area, hour, span) in enumerate(zip(rng.sample(YZ_AREAS, rng.choice((3, 4))),
                                                           rng.choices((7, 8, 9, 13), k=4), rng.choices((4, 6, 9), k=4)))]
        intro = "因管网施工，下列区域将暂停供水，请居民提前储水：" if what == "停水" else "因线路检修，下列区域将停电，请用户提前做好准备："
        return self.rows_box(("停水停电", "便民提示", f"{what}通知"), rows, intro=intro if rng.random() < 0.7 else "")

    def slot_yzqa(self):
        return self.staff_qa(YZ_QUESTIONS, ("燕赵晚报：", "记者："))

    # -------------------------------------------------------------- 西海都市报

    slot_xhstory = story_slot(0.3)

    def slot_xhtips(self):
        title, rows = self.uniq(XH_TIPS, "tips")
        return self.rows_box(("出行提示", "温馨提示"), rows, title=title if self.rng.random() < 0.5 else "")

    def slot_xhgroup(self):
        return self.group(XH_GROUPS)

    def slot_xhqa(self):
        return self.staff_qa(XH_QUESTIONS, ("西海都市报：", "记者："))

    # -------------------------------------------------------------- 浏阳日报

    slot_lystory = story_slot(0.3)

    def slot_lytips(self):
        return self.tips(("安全提示", "温馨提示"), LY_TIPS, title="烟花爆竹安全提示" if self.rng.random() < 0.6 else "")

    def slot_lyad(self):
        head, line = self.rng.choice(LY_ADS)
        return self.furniture(head, line.format(p=phone(self.rng, "0731")))

    # -------------------------------------------------------------- 中国煤炭报

    slot_mtlead = story_slot(jump=True)

    slot_mtstory = story_slot(0.5)

    def slot_coal(self):
        rng = self.rng
        rows = [f"{name} {int(price) + rng.randrange(-40, 41)} {rng.randrange(-30, 31):+d}"
                for name, price in rng.sample(MT_COALS, rng.choice((3, 4)))]
        return self.table_box(("煤炭价格", "市场行情"), "本周主要煤种价格（元/吨）", rng.choice(("煤种 价格 涨跌", "品种 均价 环比")),
                              rows, ("数据来源：某某煤炭交易中心", "数据来源：中国煤炭市场网"))

    # -------------------------------------------------------------- 延边日报

    slot_ybstory = story_slot(0.3)

    def slot_ybgroup(self):
        return self.group(YB_GROUPS)

    def slot_ybtips(self):
        return self.tips(("旅游提示", "边境旅游提示"), YB_TIPS)

    def slot_ybqa(self):
        return self.staff_qa(YB_QUESTIONS)


# --------------------------------------------------------------------------- furniture


_xz_top = furniture(
    (0.5, [ln("{n:02d} {sec}", page="{n:02d}"), ln("西藏日报 {date} {wd}", paper=True, date=True)]),
    [ln("{date} {wd} 农历{slunar} 责任编辑 {name}", date=True), ln("第{n}版 · {ssec}", page="{n}")],
    front=[masthead("西藏日报"), "中共西藏自治区委员会机关报", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:24000-24999}期 今日{pages}版 国内统一连续出版物号 CN 54-0000"])
_xz_bottom = furniture((0.5, ["本版编辑 {name} 校对 {name}"]), ["新闻热线：{tel:0891}", opt(0.5, ["投稿邮箱：xzrb@example.cn"])])

_km_top = furniture(
    (0.5, [ln("克拉玛依日报 {y}年{m}月{d}日 {wd}", paper=True, date=True), ln("{n} {sec}", page="{n}")]),
    [ln("{date} {wd} 第{n}版 {sec} 责编 {name}", date=True, page="{n}")],
    front=[masthead("克拉玛依日报"), "中共克拉玛依市委机关报", DATED_LUNAR, "第{no:9000-9999}期 今日{pages}版"])
_km_bottom = furniture((0.5, ["新闻热线：{tel:0990}", "扫码关注克拉玛依日报"]), ["本版校对 {name}"])

_yz_top = furniture(
    (0.4, [ln("{sec} {n:02d}", page="{n:02d}"), ln("{y}年{m}月{d}日 {wd} 编辑 {name} 美编 {name}", date=True)]),
    (0.8, [ln("燕赵晚报 {date} {wd} 第{n}版 {sec}", paper=True, date=True, page="{n}")]),
    [])
_yz_bottom = furniture((0.5, [ln("燕赵晚报新闻热线 {tel:0311}", paper=True)]), ["校对 {name}"])

_xh_top = furniture(
    (0.5, [ln("A{n:02d} {ssec}", page="A{n:02d}"), DATED]),
    (0.8, [ln("西海都市报 {y}.{m}.{d} {wd} A{n:02d} {sec} 责编 {name}", paper=True, date=True, page="A{n:02d}")]),
    [])
_xh_bottom = furniture((0.5, [ln("西海都市报新闻热线 {tel:0971}", paper=True), "扫码报料"]), ["美编 {name} 校对 {name}"])

_ly_top = furniture(
    (0.5, [ln("浏阳日报 {y}年{m}月{d}日", paper=True, date=True), ln("{n:02d} {ssec}", page="{n:02d}")]),
    [ln("{n:02d} {sec} 责任编辑 {name}", page="{n:02d}")],
    front=[masthead("浏阳日报"), "中共浏阳市委机关报", DATED_LUNAR, "第{no:5000-5999}期 今日{pages}版 湘内资准字 {no:100-999}号"])
_ly_bottom = furniture((0.5, [ln("浏阳日报投稿邮箱：lyrb@example.cn", paper=True)]),
                       [ln("浏阳日报 {date}", paper=True, date=True), "编辑 {name}"])

_mt_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), ln("中国煤炭报 {date} {wd}", paper=True, date=True)]),
    [ln("{date} {wd} 第{n}版 {sec}", date=True, page="{n}"), ln("责任编辑 {name} 版式 {name}")],
    front=[masthead("中国煤炭报"), "中国煤炭工业协会主管", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:6000-6999}期 今日{pages}版 国内统一连续出版物号 CN 11-0000"])
_mt_bottom = furniture((0.5, ["本版校对 {name}"]), ["新闻热线：{tel:010}", opt(0.5, ["投稿邮箱：mtb@example.cn"])])

_yb_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), ln("延边日报 {date} {wd}", paper=True, date=True)]),
    [ln("{date} {wd} 第{n}版 {sec} 编辑 {name}", date=True, page="{n}")],
    front=[masthead("延边日报"), "연변일보", "中共延边州委机关报", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:17000-17999}期 今日{pages}版"])
_yb_bottom = furniture((0.5, ["新闻热线：{tel:0433}"]), ["责任编辑 {name} 校对 {name}"])


@dataclasses.dataclass
class Fresh12Family(Fresh9Family):
    seed_stride: int = FRESH12_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh12Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh12Builder, **kw)


FRESH12_FAMILIES = [
    fam("xizang_provincial", "西藏日报", _xz_top, _xz_bottom, {by_xz: 1},
        brief_bylines={by_xz_brief: 1}, credits=(cr_xz,), width=(15, 23), blank={"para": 2, "none": 1}, indent=0.5,
        letterspace=0.3, displaced=0.15, caption_pool=XZ_CAPTIONS, brief_pool=XZ_BRIEFS, brief_pool_share=0.6,
        paper_outlet="西藏日报", labels={"column": ("区内简讯", "地市传真"), "bullet": ("◆",)},
        plans=((["xzlead", "brief", "photo"], {"front": True}),
               (["continuation", "xzstory", "xznotice"], {"page": 2}),
               (["xzgroup", "xzstory"], {"blank": "every"}),
               (["briefcol", "xzstory", "briefpair"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("要闻", "综合", "区内新闻")),
    fam("karamay_city", "克拉玛依日报", _km_top, _km_bottom, {by_km: 1},
        brief_bylines={by_km_brief: 1}, credits=(cr_km,), width=(14, 22), blank={"para": 2, "every": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.03, displaced=0.3, caption_pool=KM_CAPTIONS, brief_pool=KM_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("油城快讯", "区里传真"), "bullet": ("●",)},
        plans=((["kmstory", "kmweather", "photo"], {"front": True}),
               (["kmqa", "briefcol"], {}),
               (["briefphoto", "kmstory"], {"blank": "every"}),
               (["kmweather", "kmstory", "briefpair"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("克拉玛依新闻", "民生", "油田")),
    fam("yanzhao_evening", "燕赵晚报", _yz_top, _yz_bottom, {by_yz: 1},
        brief_bylines={by_yz_brief: 1}, credits=(cr_yz,), width=(12, 17), blank={"para": 1, "every": 2},
        letterspace=0.4, stray_spaces=0.05, doubled=0.2, displaced=0.35, caption_pool=YZ_CAPTIONS,
        brief_pool=YZ_BRIEFS, brief_pool_share=0.6, labels={"column": ("石家庄快讯", "城事简讯"), "bullet": ("★",)},
        plans=((["yzstory", "yzcut", "photo"], {}),
               (["briefpair", "yzstory"], {"blank": "every"}),
               (["yzqa", "briefcol"], {"blank": "none"}),
               (["yzcut", "yzstory", "brief"], {"blank": "every", "turn": 1})),
        page_style="0", sections=("石家庄新闻", "民生", "城事")),
    fam("xihai_metro", "西海都市报", _xh_top, _xh_bottom, {by_xh: 1},
        brief_bylines={by_xh_brief: 1}, credits=(cr_xh,), width=(13, 19), per_article_width=True,
        blank={"para": 1, "every": 1}, letterspace=0.4, stray_spaces=0.04, doubled=0.15, displaced=0.3,
        caption_pool=XH_CAPTIONS, brief_pool=XH_BRIEFS, brief_pool_share=0.6, paper_outlet="西海都市报",
        labels={"column": ("高原城事", "城事速递"), "bullet": ("●",)},
        plans=((["xhstory", "xhtips", "briefphoto"], {}),
               (["xhgroup", "xhstory"], {"blank": "every"}),
               (["xhqa", "briefcol"], {"blank": "none"}),
               (["photo", "xhstory", "xhtips"], {"turn": 1})),
        page_style="A0", sections=("西宁新闻", "民生", "社会")),
    fam("liuyang_county", "浏阳日报", _ly_top, _ly_bottom, {by_ly: 1},
        brief_bylines={by_ly_brief: 1}, credits=(cr_ly,), width=(14, 21), blank={"para": 2, "every": 1},
        letterspace=0.3, stray_spaces=0.03, displaced=0.2, caption_pool=LY_CAPTIONS, brief_pool=LY_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("镇村动态", "镇街传真"), "bullet": ("▲",)},
        plans=((["lystory", "brief", "photo"], {"front": True}),
               (["briefcol", "lyad", "lystory"], {}),
               (["lystory", "briefpair"], {"blank": "every"}),
               (["photo", "lystory", "lytips"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("浏阳新闻", "镇村", "花炮")),
    fam("meitan_industry", "中国煤炭报", _mt_top, _mt_bottom, {by_mt: 1},
        brief_bylines={by_mt_brief: 1}, credits=(cr_mt,), width=(16, 26), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, displaced=0.3, caption_pool=MT_CAPTIONS, brief_pool=MT_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("矿区动态", "基层快讯"), "bullet": ("●",)},
        plans=((["mtlead", "coal", "photo"], {"front": True}),
               (["continuation", "briefcol", "mtstory"], {"page": 2}),
               (["mtstory", "briefphoto"], {"blank": "every"}),
               (["coal", "mtstory", "brief"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("要闻", "安全生产", "矿区")),
    fam("yanbian_ethnic", "延边日报", _yb_top, _yb_bottom, {by_yb: 1},
        brief_bylines={by_yb_brief: 1}, credits=(cr_yb,), width=(15, 22), blank={"para": 2, "every": 1},
        indent=0.5, letterspace=0.3, stray_spaces=0.02, displaced=0.2, caption_pool=YB_CAPTIONS, brief_pool=YB_BRIEFS,
        brief_pool_share=0.6, paper_outlet="延边日报", labels={"column": ("县市传真", "延边简讯"), "bullet": ("◆",)},
        plans=((["ybstory", "brief", "photo"], {"front": True}),
               (["ybqa", "briefcol"], {}),
               (["ybgroup", "ybstory"], {"blank": "every"}),
               (["briefpair", "ybstory", "ybtips"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("要闻", "综合", "县市")),
]
