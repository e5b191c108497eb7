"""A seventeenth set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator on these pages.  Seven papers the corpus had not imitated, of seven kinds (checked by name
against the development builders and gold, and against the held-back set only with a script that names this
set's families whose paper a held-back page also has; a provincial party daily, a big-city evening paper and a
county-level city paper that it named were replaced): a provincial paper of the south (Guangdong's farm paper),
a prefecture-level city daily of Inner Mongolia, a big-city evening paper (Chengdu), a county-level city paper of
the Yangtze delta (Changshu), a national science paper, a chemical-industry paper and a Thai Chinese daily
(Bangkok).  Each page of a family follows one of four page plans; byline and credit forms take turns across a
family's pages; every family wraps its columns by width (`justified`: a line of digits or Latin letters holds
more characters), prints on nearly every page a story that keeps its section headings under a deck (or a long
kicker), mostly beside a photo or an unsigned brief, and at least two of: two columns read across, a headline
after its text, a briefs column, a photo group, a box, table or notice, a jump line, a Q&A, a commentary, a
blank line after every line.

* `nanfang_rural` 南方农村报 (Guangdong, 南方报业): a front page with 南方报业传媒集团主管主办, 农历 and 每周二、四、六出版;
  `南方农村报记者 X`, `记者 X 实习生 Y`, `本报记者 X 通讯员 Y`; briefs `本报讯（记者 X 通讯员 Y）` glued or on a line of
  their own, or closed by `（南方农村报记者 X）`; **农价行情 boxes** (rows `徐闻菠萝 3.20元/斤`); a lead ending in a jump
  line and **page 2 carrying it on**; 本报评论员 commentaries; interviews `记者：`/`问：` and the expert's name; ■ 三农快讯
  columns; a brief and a photo read across.
* `chifeng_city` 赤峰日报 (Inner Mongolia, prefecture-level): a front page with 中共赤峰市委机关报 and 农历; `赤峰日报社全媒体
  记者 X`, `全媒体记者 X 通讯员 Y`, `通讯员 X Y`; briefs `本报讯（全媒体记者 X）` glued or closed by `（通讯员 X）`, or
  unsigned; **牛羊行情 boxes** (rows `育肥羊 27.50元/公斤`); a numbered photo group; interviews `记者：` / the
  interviewee's name; ◆ 旗县区动态 columns; two briefs read across.
* `chengdu_evening` 成都晚报: columns of 12–18 characters, a blank line after every line, stray spaces,
  doubled-glyph and displaced headlines; `成都晚报记者 X`, `记者 X 实习生 Y`, `文/图 成都晚报记者 X`; briefs glued
  `成都晚报讯` (naming no one) or closed by `（记者 X）`; **空气质量 boxes** (rows `锦江区 优 AQI 42`); Q&A `成都晚报：`;
  `受访者供图`; ● 蓉城快讯 columns; a brief and a photo read across.
* `changshu_county` 常熟日报 (county-level city, 苏州): `本报记者 X`, `记者 X 通讯员 Y`, `常熟日报记者 X`; briefs closed by
  `（通讯员 X）` or glued `本报讯（记者 X）`; **演出预告 boxes** (rows `6月23日 19:30 常熟大剧院 锡剧《珍珠塔》`);
  **道路施工通告 notices** (a phone number in the closing line); ▲ 区镇传真 columns; a numbered photo group credited
  `本组图片由通讯员 X 摄`; two briefs read across.
* `kexuebao_science` 中国科学报: a `CHINA SCIENCE DAILY` front page with 中国科学院主管; `本报记者 X`, `本报见习记者 X`,
  `本报记者 X 通讯员 Y`; briefs glued `本报讯（记者 X）` or closed by `（通讯员 X）`; **科研快报 boxes** of ①②③ rows;
  科学观察 pieces signed `□X` or by the bare name with an `（作者系…）` note; interviews `《中国科学报》：` / the scientist's
  name; `（受访者供图）`, `（课题组供图）`; ◆ 科苑动态 columns.
* `huagong_industry` 中国化工报: a `CHINA CHEMICAL INDUSTRY NEWS` front page; `本报记者 X`, `通讯员 X 本报记者 Y`,
  `本报通讯员 X`; briefs glued `本报讯（记者 X）` or closed by `（通讯员 X Y）`; **化工产品价格 tables** (a label, a title, a
  column-header row, rows `纯碱 2150 -30`, `数据来源：…`); 化工观察 pieces signed `文/X`; a lead ending in a jump line
  and page 2 carrying it on; ▲ 行业动态 columns; a brief and a photo read across.
* `xingxian_thai` 星暹日报 (曼谷): a `SINGSIAN YERPAO` front page with the 佛历 year; `本报记者 X`, `【本报讯】` glued and
  naming no one, `记者 X 曼谷报道`; briefs opening `（曼谷讯）` or `（清迈讯）`, naming no one, or closed by `（本报记者 X）`;
  **汇率 boxes** (rows `人民币 4.95泰铢`); 星暹论坛 pieces signed `文：X` or by the bare name with an `（作者为…）` note;
  credits `本报记者 X 摄`, `（资料图）`, `（图片来源：网络）`; ● 泰国简讯 columns; two briefs read across.

Gold conventions are those of the README; new here: a 农价行情 / 牛羊行情 / 空气质量 / 演出预告 / 科研快报 / 汇率 box is an
`infobox` titled with its label (a ■ or 【】 around it dropped), or with the label as kicker when a title follows; a
化工产品价格 table is an `infobox` (its label the kicker, the column-header row its first row), its `数据来源` line a
`credit`; a 道路施工通告 notice is an `infobox` with no authors; `文/图 成都晚报记者 X` makes X author and photographer;
`通讯员 X Y` and `（通讯员 X Y）` name X and Y; `记者 X 曼谷报道` names X and no place; `成都晚报讯`, `【本报讯】`,
`（曼谷讯）` and `（清迈讯）` name no one; `受访者供图`, `（受访者供图）`, `（课题组供图）`, `（资料图）` and
`（图片来源：网络）` name no photographer; the 科学观察 / 化工观察 / 星暹论坛 labels and the 佛历 line are furniture.

Seeds: FRESH17_SEED_BASE + FRESH17_SEED_STRIDE*family + 1_000*attempt + n (28_060_001 .. 28_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (captions, photo
groups, briefs, rows, notices, questions, titles and notes); names, figures, phone numbers and addresses are
made up.
"""
from __future__ import annotations

import dataclasses

from fresh_layouts_5 import _credit_turns
from fresh_layouts_9 import Fresh9Family
from fresh_layouts_15 import Fresh15Builder
from layout_kit import DATED, DATED_LUNAR, TRAIL, Above, Form, _turn, chosen, furniture, ln, masthead, opt, shown
from synthesize import Byline, shorten

FRESH17_SEED_BASE = 28_000_000
FRESH17_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

NF_PRODUCE = (("妃子笑荔枝", 12.0), ("徐闻菠萝", 3.2), ("砂糖橘", 4.6), ("菜心", 3.8), ("罗非鱼", 9.5), ("生猪", 14.8))
NF_TITLES = ["让农产品卖得出更卖得好", "乡村振兴要靠产业撑起来", "把农技服务送到田间地头"]
NF_QUESTIONS = ["今年的病虫害有什么特点？", "种植户该怎么防治？", "用药要注意什么？", "还有什么增产的小窍门？"]
NF_CAPTIONS = [("果农在荔枝园里采摘荔枝。", "荔枝红了"), ("农机手驾驶收割机收割早稻。", ""),
               ("养殖户在鱼塘边投放饲料。", "塘鱼肥美")]
NF_BRIEFS = [
    ("荔枝产区开通冷链专线", "近日，一个荔枝产区开通冷链物流专线，鲜果次日可达多个城市。"),
    ("镇村举办农民丰收节", "日前，一个镇举办农民丰收节，村民们晒出了自家的农产品。"),
    ("新型职业农民培训开班", "近日，一期新型职业农民培训班开班，学员们学习电商营销。"),
]

CF_LIVESTOCK = (("育肥羊", 27.5), ("活牛", 29.0), ("羔羊", 31.0), ("牛肉", 68.0), ("羊肉", 66.0), ("玉米", 2.3))
CF_GROUPS = [
    ("草原那达慕 欢乐迎宾朋", ["①牧民身着盛装参加开幕式。", "②搏克手在赛场上一较高下。", "③骑手们策马奔驰。"]),
    ("沙地披绿 生态向好", ["①治沙队员在沙地上栽植樟子松。", "②昔日沙丘如今草木葱茏。", "③护林员巡查林地。"]),
]
CF_QUESTIONS = ["合作社是怎么办起来的？", "牧民的收入有了哪些变化？", "遇到过哪些难题？", "今后有什么打算？"]
CF_CAPTIONS = [("牧民在草场上放牧。", "草原牧歌"), ("红山公园里，市民在健步走。", ""),
               ("农民在大棚里采摘西红柿。", "棚菜丰收")]
CF_BRIEFS = [
    ("嘎查新建牲畜棚圈", "近日，一个嘎查新建一批标准化牲畜棚圈，牧民越冬更有保障。"),
    ("旗县举办农牧民技能培训", "日前，一个旗县举办农牧民技能培训，农技人员讲解科学养殖。"),
    ("城区新增一批公共停车位", "近日，城区新增一批公共停车位，缓解了老旧小区停车难。"),
]

CD_AIR = (("锦江区", 42), ("青羊区", 55), ("金牛区", 61), ("武侯区", 48), ("成华区", 66), ("高新区", 39))
CD_QUESTIONS = ["当初为什么选择这一行？", "最难忘的一件事是什么？", "家人支持你吗？", "接下来有什么打算？"]
CD_CAPTIONS = [("宽窄巷子里，游客在拍照留念。", "巷子里的烟火"), ("锦江边，市民在绿道上骑行。", ""),
               ("大熊猫在基地里吃竹子。", "滚滚吃饭啦")]
CD_BRIEFS = [
    ("老街巷改造完工", "近日，一条老街巷改造完工，青石板路又回来了。"),
    ("社区食堂开门迎客", "日前，一家社区食堂开门迎客，老人们在家门口就能吃上热乎饭。"),
    ("夜间公交线路延时运营", "近日，多条夜间公交线路延时运营，方便市民晚间出行。"),
]

CS_SHOWS = (("19:30", "常熟大剧院", "锡剧《珍珠塔》"), ("14:00", "虞山文化馆", "古琴雅集"),
            ("19:00", "市文化馆小剧场", "民乐音乐会"), ("10:00", "市图书馆报告厅", "儿童绘本剧《小熊回家》"))
CS_GROUPS = [
    ("尚湖之畔 游人如织", ["①游客在湖边栈道上漫步。", "②孩子们在草坪上放风筝。", "③摄影爱好者拍摄湖光山色。"]),
    ("沙家浜 芦苇荡里秋意浓", ["①游船穿行在芦苇荡中。", "②游客在码头排队登船。", "③工作人员在岸边清理水草。"]),
]
CS_NOTICES = [
    ("道路施工通告", "因道路改造需要，下列路段将实施施工，请过往车辆和行人注意绕行：",
     ["某某路（某某路至某某路）半幅封闭", "某某大道非机动车道临时借用", "施工期间部分公交站点临时迁移"],
     "施工时间自{a}起，为期约两个月。咨询电话：{p}", "常熟市某某工程建设指挥部"),
]
CS_CAPTIONS = [("虞山公园里，游客在赏花。", "虞山花事"), ("工人在电子厂生产线上作业。", ""),
               ("市民在滨湖公园骑行。", "骑行湖畔")]
CS_BRIEFS = [
    ("区镇开设周末托管班", "近日，一个区镇开设周末托管班，为双职工家庭解了难。"),
    ("社区办起家门口夜校", "日前，一个社区办起家门口夜校，书法、烘焙课程受到欢迎。"),
    ("老旧小区加装电梯", "近日，一个老旧小区加装的电梯投入使用，老人上下楼方便了。"),
]

KX_NEWS = [
    ("本周科研进展", ["①新型催化剂可在常温下分解污染物", "②科研人员绘制出高精度冰川变化图", "③一种耐盐水稻品种通过审定"]),
    ("前沿成果一览", ["①量子存储时间刷新纪录", "②新方法可快速检测土壤重金属", "③深海探测器完成万米下潜试验"]),
]
KX_TITLES = ["让青年科研人员挑大梁", "基础研究需要十年磨一剑", "科研评价要破立并举"]
KX_NOTES = ("（作者系某某研究所研究员）", "（作者为某某大学教授）", "（作者系科技政策研究者）")
KX_QUESTIONS = ["这项研究解决了什么问题？", "研究中最大的难点是什么？", "成果离应用还有多远？", "对年轻学者有什么建议？"]
KX_CAPTIONS = [("科研人员在实验室观察样品。", "实验室里"), ("射电望远镜在夜空下工作。", ""),
               ("学生在科技馆体验机器人。", "科技体验")]
KX_BRIEFS = [
    ("研究所举办公众科学日", "近日，一家研究所举办公众科学日，数千名市民走进实验室。"),
    ("青年科学家论坛举行", "日前，一场青年科学家论坛举行，与会者围绕交叉学科展开讨论。"),
    ("野外观测站完成升级", "近日，一座野外观测站完成设备升级，数据采集更加精准。"),
]

HG_PRODUCTS = (("纯碱", 2150), ("烧碱", 780), ("PVC", 5620), ("甲醇", 2460), ("尿素", 2210), ("硫酸", 310))
HG_TITLES = ["绿色转型是化工行业必答题", "安全生产容不得半点松懈", "新材料突破需要耐心"]
HG_NOTES = ("（作者系某某化工研究院高级工程师）", "（作者为行业分析师）", "（作者系某某大学化工学院教授）")
HG_CAPTIONS = [("化工园区里，工人在巡检管线。", "安全巡检"), ("技术人员在中控室监控生产数据。", ""),
               ("新建的储罐区整齐排列。", "园区新貌")]
HG_BRIEFS = [
    ("化工园区开展应急演练", "近日，一家化工园区开展危化品泄漏应急演练。"),
    ("企业建成废水回用装置", "日前，一家化工企业建成废水回用装置，每年可节水数十万吨。"),
    ("行业协会发布团体标准", "近日，一家行业协会发布一项新材料团体标准。"),
]

XX_RATES = (("人民币", 4.95), ("美元", 35.62), ("欧元", 38.41), ("日元", 0.23), ("港币", 4.55), ("新加坡元", 26.38))
XX_TITLES = ["华文教育要代代相传", "侨社要与时俱进", "旅游业复苏需要新思路"]
XX_NOTES = ("（作者为华文教师）", "（作者为侨团负责人）", "（作者为旅游业从业者）")
XX_CAPTIONS = [("唐人街上，游客在选购水果。", "耀华力路"), ("湄南河上，游船驶过夜色。", ""),
               ("华校学生表演舞狮。", "醒狮贺岁")]
XX_BRIEFS = [
    ("华校举办中文演讲比赛", "一所华校日前举办中文演讲比赛，数十名学生参赛。"),
    ("侨团慰问孤寡老人", "一个侨团日前走访慰问孤寡老人，送去米面油等物资。"),
    ("曼谷新开一条轻轨线路", "曼谷一条新轻轨线路日前开通试运营，沿线居民出行更方便。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_nf = chosen(Above("南方农村报记者 {0!l}"), Above("记者 {0!l} 实习生 {1}", 2), Above("本报记者 {0!l} 通讯员 {1}", 2),
               turn="by", drawn=2)


def by_nf_brief(ctx, item):
    """本报讯（记者 X 通讯员 Y） glued or on a line of its own, or closed by （南方农村报记者 X）."""
    k = _turn(ctx, "brief", 2)
    a = ctx.name()
    if k == 1:
        return Byline([a], trail=f"（南方农村报记者 {a}）", hint="paren")
    b = ctx.name()
    text = f"本报讯（记者 {a} 通讯员 {b}）"
    if ctx.rng.random() < 0.35:
        return Byline([a, b], before=[text], hint="benbaoxun")
    return Byline([a, b], glue=text, hint="benbaoxun")


by_cf = chosen(Above("赤峰日报社全媒体记者 {0!l}"), Above("全媒体记者 {0!l} 通讯员 {1}", 2), Above("通讯员 {0} {1}", 2),
               turn="by", drawn=2)


def by_cf_brief(ctx, item):
    """本报讯（全媒体记者 X） glued, closed by （通讯员 X）, or unsigned."""
    k = _turn(ctx, "brief", 3)
    if k == 2:
        return Byline([], hint="plain")
    a = ctx.name()
    if k == 0:
        return Byline([a], glue=f"本报讯（全媒体记者 {a}）", hint="benbaoxun")
    return Byline([a], trail=f"（通讯员 {a}）", hint="paren")


by_cd = chosen(Above("成都晚报记者 {0!l}"), Above("记者 {0!l} 实习生 {1}", 2), Above("文/图 成都晚报记者 {0!l}", photo=True),
               turn="by", drawn=2)


def by_cd_brief(ctx, item):
    """成都晚报讯 glued and naming no one, or closed by （记者 X）."""
    if _turn(ctx, "brief", 2) == 0:
        return Byline([], glue="成都晚报讯", hint="plain")
    a = ctx.name()
    return Byline([a], trail=f"（记者 {a}）", hint="paren")


by_cs = chosen(Above("本报记者 {0!l}"), Above("记者 {0!l} 通讯员 {1}", 2), Above("常熟日报记者 {0!l}"),
               turn="by", drawn=2)
by_cs_brief = chosen(Form("（通讯员 {0}）", **TRAIL), Form("本报讯（记者 {0}）", line_share=0.3), turn="brief")

by_kx = chosen(Above("本报记者 {0!l}"), Above("本报见习记者 {0!l}"), Above("本报记者 {0!l} 通讯员 {1}", 2),
               turn="by", drawn=2)
by_kx_brief = chosen(Form("本报讯（记者 {0}）"), Form("（通讯员 {0}）", **TRAIL), turn="brief")

by_hg = chosen(Above("本报记者 {0!l}"), Above("通讯员 {0} 本报记者 {1!l}", 2), Above("本报通讯员 {0!l}"),
               turn="by", drawn=2)
by_hg_brief = chosen(Form("本报讯（记者 {0}）", line_share=0.3), Form("（通讯员 {0} {1}）", 2, **TRAIL), turn="brief")


def by_xx(ctx, item):
    """本报记者 X / 【本报讯】 glued and naming no one / 记者 X 曼谷报道."""
    k = _turn(ctx, "by", 3)
    if k == 1:
        return Byline([], glue="【本报讯】", hint="plain")
    a = ctx.name()
    return Byline([a], before=[f"本报记者 {shown(ctx, a)}" if k == 0 else f"记者 {shown(ctx, a)} 曼谷报道"])


def by_xx_brief(ctx, item):
    """（曼谷讯） or （清迈讯） glued, naming no one, or closed by （本报记者 X）."""
    k = _turn(ctx, "brief", 3)
    if k < 2:
        return Byline([], glue=("（曼谷讯）", "（清迈讯）")[k], hint="plain")
    a = ctx.name()
    return Byline([a], trail=f"（本报记者 {a}）", hint="paren")


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_nf = _credit_turns(("南方农村报记者 {n} 摄", "通讯员 {n} 摄", "（{n} 摄）"))
cr_cf = _credit_turns(("全媒体记者 {n} 摄", "（{n} 摄）", "通讯员 {n} 摄"))
cr_cd = _credit_turns(("记者 {n} 摄", "受访者供图", "成都晚报记者 {s} 摄"))
cr_cs = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "通讯员 {n} 摄"))
cr_kx = _credit_turns(("（受访者供图）", "本报记者 {n} 摄", "（课题组供图）"))
cr_hg = _credit_turns(("本报记者 {n} 摄", "通讯员 {n} 摄", "（{n} 摄）"))
cr_xx = _credit_turns(("本报记者 {n} 摄", "（资料图）", "（图片来源：网络）"))


# --------------------------------------------------------------------------- builder

# long sources with section headings: those that also have a deck, and the others (two with a long kicker)
DECKED_SOURCES = ("003-01", "004-01")
HEADED_SOURCES = ("001-01", "001-02", "001-01", "001-02", "000-02", "002-02", "004-07")


def deck_slot(jump=False):
    """A slot of one story that keeps its section headings and prints its deck (the source's subtitle,
    set on one line as wide as the headline) and mostly its kicker, ending in a jump line with `jump`."""
    def slot(self):
        rng = self.rng
        decked = rng.random() < 0.75 and not self.used.issuperset(DECKED_SOURCES)
        src = self.pick(list(DECKED_SOURCES if decked else HEADED_SOURCES))
        body = shorten(rng, src["body"], keep_min=5)
        if not any(role == "heading" for role, _ in body):
            body = [(b["role"], b["text"]) for b in src["body"]]
        kicker = src.get("kicker", "") if rng.random() < 0.8 else ""
        byfn = self.styled(self.family.bylines)
        if not jump:
            return self.art(src, body, byfn, kicker=kicker, subtitle=src.get("subtitle", ""))
        fn, _ = self.with_jump(byfn)
        return self.art(src, body, fn, kicker=kicker, subtitle=src.get("subtitle", ""), after_role="jump",
                        trail_role="jump")
    return slot


class Fresh17Builder(Fresh15Builder):

    # -------------------------------------------------------------- 南方农村报

    slot_nflead = deck_slot(jump=True)

    slot_nfstory = deck_slot()

    def slot_nfprices(self):
        rng = self.rng
        rows = [f"{name} {price * rng.choice((0.9, 1.0, 1.1)):.2f}元/斤"
                for name, price in rng.sample(NF_PRODUCE, rng.choice((3, 4)))]
        return self.rows_box(("农价行情", "产地价格"), rows, title="本周主要农产品产地价" if rng.random() < 0.5 else "")

    def slot_nfpinglun(self):
        return self.titled_pinglun(NF_TITLES)

    def slot_nfqa(self):
        return self.staff_qa(NF_QUESTIONS, ("记者：", "问："))

    # -------------------------------------------------------------- 赤峰日报

    slot_cfstory = deck_slot()

    def slot_cfmarket(self):
        rng = self.rng
        rows = [f"{name} {price * rng.choice((0.95, 1.0, 1.05)):.2f}元/公斤"
                for name, price in rng.sample(CF_LIVESTOCK, rng.choice((3, 4)))]
        return self.rows_box(("牛羊行情", "市场行情"), rows, title="本周牲畜交易市场价格" if rng.random() < 0.5 else "")

    def slot_cfgroup(self):
        return self.group(CF_GROUPS)

    def slot_cfqa(self):
        return self.staff_qa(CF_QUESTIONS)

    # -------------------------------------------------------------- 成都晚报

    slot_cdstory = deck_slot()

    def slot_cdair(self):
        rng = self.rng
        rows = []
        for area, aqi in rng.sample(CD_AIR, rng.choice((3, 4))):
            value = aqi + rng.randrange(-8, 9)
            rows.append(f"{area} {'优' if value <= 50 else '良'} AQI {value}")
        return self.rows_box(("空气质量", "今日空气"), rows, title="蓉城今日空气以良为主" if rng.random() < 0.5 else "")

    def slot_cdqa(self):
        return self.staff_qa(CD_QUESTIONS, ("成都晚报：", "记者："))

    # -------------------------------------------------------------- 常熟日报

    slot_csstory = deck_slot()

    def slot_csshows(self):
        rng = self.rng
        day = self.ctx.date
        rows = [f"{day.month}月{min(day.day + k, 28)}日 {hour} {hall} {show}"
                for k, (hour, hall, show) in enumerate(rng.sample(CS_SHOWS, rng.choice((2, 3))))]
        return self.rows_box(("演出预告", "文化预告"), rows, title="本周末好戏连台" if rng.random() < 0.5 else "")

    def slot_csnotice(self):
        return self.dated_notice(*CS_NOTICES[0], "0512")

    def slot_csgroup(self):
        return self.group(CS_GROUPS)

    # -------------------------------------------------------------- 中国科学报

    slot_kxstory = deck_slot()

    def slot_kxnews(self):
        title, rows = self.uniq(KX_NEWS, "news")
        return self.rows_box(("科研快报", "前沿速递"), rows, title=title if self.rng.random() < 0.4 else "")

    def slot_kxcomment(self):
        return self.signed_piece(KX_TITLES, KX_NOTES, ("科学观察", "科 学 观 察", "科学评论"), ("□", "□ ", "文/"))

    def slot_kxqa(self):
        return self.staff_qa(KX_QUESTIONS, ("《中国科学报》：", "记者："))

    # -------------------------------------------------------------- 中国化工报

    slot_hglead = deck_slot(jump=True)

    slot_hgstory = deck_slot()

    def slot_hgprices(self):
        rng = self.rng
        rows = []
        for name, price in rng.sample(HG_PRODUCTS, rng.choice((4, 5))):
            move = rng.randrange(-60, 61, 10)
            rows.append(f"{name} {price + rng.randrange(-50, 51, 10)} {move:+d}")
        return self.table_box(("化工产品价格", "价格行情"), "部分化工产品出厂价（元/吨）",
                              rng.choice(("品种 价格 涨跌", "产品 出厂价 较上周")), rows,
                              ("数据来源：某某化工信息平台", "数据来源：本报市场部"))

    def slot_hgcomment(self):
        return self.signed_piece(HG_TITLES, HG_NOTES, ("化工观察", "化 工 观 察", "行业观察"), ("文/", "文/ ", "■"))

    # -------------------------------------------------------------- 星暹日报

    slot_xxstory = deck_slot()

    def slot_xxrates(self):
        rng = self.rng
        rows = [f"{name} {rate * rng.choice((0.99, 1.0, 1.01)):.2f}泰铢" for name, rate in XX_RATES[: rng.choice((3, 4, 5))]]
        return self.rows_box(("汇率", "今日汇率"), rows, title="泰铢兑主要货币参考汇率" if rng.random() < 0.5 else "")

    def slot_xxcomment(self):
        return self.signed_piece(XX_TITLES, XX_NOTES, ("星暹论坛", "星 暹 论 坛", "侨社心声"), ("文：", "文：", "●"))


# --------------------------------------------------------------------------- furniture


_nf_top = furniture(
    (0.5, [ln("南方农村报 {date} {wd}", paper=True, date=True), ln("{n:02d} {sec}", page="{n:02d}")]),
    [ln("{date} {wd} 第{n}版 {sec}", date=True, page="{n}"), ln("责任编辑 {name} 美术编辑 {name}")],
    front=[masthead("南方农村报"), "南方报业传媒集团主管主办", DATED_LUNAR,
           "第{no:3000-3999}期 每周二、四、六出版 国内统一连续出版物号 CN 44-0000"])
_nf_bottom = furniture((0.5, ["新闻热线：{tel:020}", opt(0.5, ["农技咨询热线：{tel:020}"])]), ["本版校对 {name}"])

_cf_top = furniture(
    (0.5, [ln("赤峰日报 {y}年{m}月{d}日 {wd}", paper=True, date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{n} {sec} 责任编辑 {name}", page="{n}"), ln("{date} {wd}", date=True)],
    front=[masthead("赤峰日报"), "中共赤峰市委机关报", DATED_LUNAR,
           "第{no:12000-12999}期 今日{pages}版 国内统一连续出版物号 CN 15-0000"])
_cf_bottom = furniture((0.5, ["新闻热线：{tel:0476}", "赤峰日报社出版"]), ["美术编辑 {name} 校对 {name}"])

_cd_top = furniture(
    (0.4, [ln("{sec} {n:02d}", page="{n:02d}"), ln("{y}年{m}月{d}日 {wd} 编辑 {name} 美编 {name}", date=True)]),
    (0.8, [ln("成都晚报 {date} {wd} {n:02d} {sec}", paper=True, date=True, page="{n:02d}")]),
    [])
_cd_bottom = furniture((0.5, [ln("成都晚报新闻热线 {tel:028}", paper=True), "晚报报料微信：某某成都"]), ["校对 {name}"])

_cs_top = furniture(
    (0.5, [ln("{n:02d} {sec}", page="{n:02d}"), ln("常熟日报 {date} {wd}", paper=True, date=True)]),
    [ln("{date} {wd} 第{n}版 {sec} 编辑 {name}", date=True, page="{n}")],
    front=[masthead("常熟日报"), "常熟市融媒体中心主办", DATED_LUNAR, "第{no:6000-6999}期 今日{pages}版 内部发行"])
_cs_bottom = furniture((0.5, ["新闻热线：{tel:0512}", opt(0.5, ["常熟日报客户端 扫码下载"])]), ["责任编辑 {name} 校对 {name}"])

_kx_top = furniture(
    (0.5, [ln("中国科学报 {y}.{m}.{d}", paper=True, date=True), ln("{n} {sec}", page="{n}")]),
    [ln("{sec} | 第{n}版 | 编辑 {name}", page="{n}"), ln("{date} {wd}", date=True)],
    front=[masthead("中国科学报"), "CHINA SCIENCE DAILY", "中国科学院主管", ln("{date} {wd} 第{no:8000-8999}期", date=True),
           "国内统一连续出版物号 CN 11-0000"])
_kx_bottom = furniture((0.5, ["本版编辑 {name} 校对 {name}"]), ["投稿邮箱：kxb@example.cn", "读者热线：{tel:010}"])

_hg_top = furniture(
    (0.5, [ln("中国化工报 {date} {wd}", paper=True, date=True), ln("{n:02d} {sec}", page="{n:02d}")]),
    [ln("{n:02d} | {sec} | 责任编辑 {name}", page="{n:02d}")],
    front=[masthead("中国化工报"), "CHINA CHEMICAL INDUSTRY NEWS", ln("{date} {wd} 第{no:5000-5999}期", date=True),
           "国内统一连续出版物号 CN 11-0000 邮发代号 1-00"])
_hg_bottom = furniture((0.5, ["本版编辑 {name}"]), [ln("中国化工报 {date}", paper=True, date=True), "广告热线：{tel:010}"])

_xx_fields = {"be": lambda ctx: ctx.date.year + 543}
_xx_top = furniture(
    (0.5, [ln("{sec} | {y}年{m}月{d}日 {wd}", date=True), ln("第{n}版", page="{n}")]),
    [ln("星暹日报 {date} {wd} 第{n}版 {sec}", paper=True, date=True, page="{n}")],
    front=[masthead("星暹日报"), "SINGSIAN YERPAO", DATED, "佛历{be}年 第{no:30000-30999}号 每份20泰铢"],
    fields=_xx_fields)
_xx_bottom = furniture((0.5, ["编辑：{name} 排版：{name}"]), ["本报地址：曼谷某某路某号", "电话：{tel:02}"])


@dataclasses.dataclass
class Fresh17Family(Fresh9Family):
    seed_stride: int = FRESH17_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh17Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh17Builder,
                         justified=True, **kw)


FRESH17_FAMILIES = [
    fam("nanfang_rural", "南方农村报", _nf_top, _nf_bottom, {by_nf: 1},
        brief_bylines={by_nf_brief: 1}, credits=(cr_nf,), width=(16, 24), blank={"para": 2, "none": 1},
        indent=0.5, letterspace=0.3, displaced=0.2, caption_pool=NF_CAPTIONS, brief_pool=NF_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("三农快讯", "镇村短讯"), "bullet": ("■",)},
        plans=((["nflead", "nfprices", "photo"], {"front": True}),
               (["continuation", "nfstory", "briefcol"], {"page": 2}),
               (["nfpinglun", "nfstory", "briefphoto"], {"blank": "every"}),
               (["nfstory", "photo", "nfqa"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("要闻", "农业产业", "农技")),
    fam("chifeng_city", "赤峰日报", _cf_top, _cf_bottom, {by_cf: 1},
        brief_bylines={by_cf_brief: 1}, credits=(cr_cf,), width=(15, 23), blank={"para": 2, "every": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.03, displaced=0.25, caption_pool=CF_CAPTIONS, brief_pool=CF_BRIEFS,
        brief_pool_share=0.6, paper_outlet="赤峰日报社全媒体", labels={"column": ("旗县区动态", "赤峰简讯"), "bullet": ("◆",)},
        plans=((["cfstory", "cfmarket", "photo"], {"front": True}),
               (["cfstory", "briefpair", "cfqa"], {}),
               (["cfgroup", "cfstory", "brief"], {"blank": "every"}),
               (["briefcol", "cfstory", "cfmarket", "photo"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("赤峰新闻", "旗县区", "民生")),
    fam("chengdu_evening", "成都晚报", _cd_top, _cd_bottom, {by_cd: 1},
        brief_bylines={by_cd_brief: 1}, credits=(cr_cd,), width=(12, 18), blank={"para": 1, "every": 2},
        letterspace=0.4, stray_spaces=0.05, doubled=0.2, displaced=0.35, caption_pool=CD_CAPTIONS,
        brief_pool=CD_BRIEFS, brief_pool_share=0.6, labels={"column": ("蓉城快讯", "晚报速览"), "bullet": ("●",)},
        plans=((["cdstory", "photo", "cdair"], {}),
               (["cdqa", "briefphoto", "cdstory"], {"blank": "every"}),
               (["cdair", "briefcol", "cdstory", "photo"], {"blank": "none"}),
               (["briefphoto", "cdstory", "brief"], {"blank": "every", "turn": 1})),
        page_style="0", sections=("成都新闻", "城事", "民生")),
    fam("changshu_county", "常熟日报", _cs_top, _cs_bottom, {by_cs: 1},
        brief_bylines={by_cs_brief: 1}, credits=(cr_cs,), width=(14, 21), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.02, displaced=0.25, caption_pool=CS_CAPTIONS, brief_pool=CS_BRIEFS,
        brief_pool_share=0.6, paper_outlet="常熟日报", labels={"column": ("区镇传真", "虞城简讯"), "bullet": ("▲",)},
        plans=((["csstory", "csshows", "photo"], {"front": True}),
               (["csnotice", "briefpair", "csstory"], {}),
               (["csgroup", "csstory"], {"blank": "every", "group_credit": "本组图片由通讯员 {n} 摄"}),
               (["briefcol", "csstory", "photo", "csshows"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("常熟新闻", "区镇", "文化")),
    fam("kexuebao_science", "中国科学报", _kx_top, _kx_bottom, {by_kx: 1},
        brief_bylines={by_kx_brief: 1}, credits=(cr_kx,), width=(16, 25), blank={"para": 2, "none": 1},
        indent=0.5, letterspace=0.2, displaced=0.2, caption_pool=KX_CAPTIONS, brief_pool=KX_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("科苑动态", "科研简讯"), "bullet": ("◆",)},
        plans=((["kxstory", "kxnews", "photo"], {"front": True}),
               (["kxcomment", "briefcol", "kxstory"], {}),
               (["kxstory", "photo", "kxqa"], {"blank": "every"}),
               (["kxstory", "photo", "kxnews"], {"blank": "none", "turn": 1})),
        page_style="cn", sections=("要闻", "前沿", "科学观察")),
    fam("huagong_industry", "中国化工报", _hg_top, _hg_bottom, {by_hg: 1},
        brief_bylines={by_hg_brief: 1}, credits=(cr_hg,), width=(15, 23), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.2, stray_spaces=0.02, displaced=0.2, caption_pool=HG_CAPTIONS, brief_pool=HG_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("行业动态", "企业快讯"), "bullet": ("▲",)},
        plans=((["hglead", "hgprices", "photo"], {"front": True}),
               (["continuation", "hgstory", "briefcol"], {"page": 2}),
               (["hgstory", "photo", "hgcomment"], {"blank": "every"}),
               (["briefphoto", "hgstory", "brief"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("综合", "市场", "园区")),
    fam("xingxian_thai", "星暹日报", _xx_top, _xx_bottom, {by_xx: 1},
        brief_bylines={by_xx_brief: 1}, credits=(cr_xx,), width=(14, 21), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.1, stray_spaces=0.03, displaced=0.2, caption_pool=XX_CAPTIONS, brief_pool=XX_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("泰国简讯", "侨社动态"), "bullet": ("●",)},
        plans=((["xxstory", "xxrates", "photo"], {"front": True}),
               (["xxstory", "briefpair", "xxcomment"], {}),
               (["briefcol", "xxstory", "photo"], {"blank": "every"}),
               (["photo", "xxstory", "xxrates"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("泰国新闻", "侨社", "经济")),
]
