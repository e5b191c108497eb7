"""An eighteenth set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator on these pages.  Seven papers the corpus had not imitated, of seven kinds (checked by name
against the development builders and gold, and against the held-back set only with a script that names this
set's families whose paper a held-back page also has): a prefecture-level city daily of Hunan (Shaoyang), a
provincial capital's evening paper (Zhengzhou), a county-level city paper of Shandong (Tengzhou), a national
paper of the post, a national forestry paper, a property paper and a Macao daily.  Each page of a family
follows one of four page plans; byline and credit forms take turns across a family's pages; every family wraps
its columns by width (`justified`), prints on nearly every page a story that keeps its section headings under a
deck (or a long kicker), mostly beside a photo or an unsigned brief, and at least two of: two columns read
across, a headline after its text, a briefs column, a photo group, a box, table or notice, a jump line, a Q&A,
a commentary, a blank line after every line.

* `shaoyang_city` 邵阳日报 (Hunan, prefecture-level): a front page with 中共邵阳市委机关报 and 农历; `邵阳日报全媒体记者
  X`, `全媒体记者 X 通讯员 Y`, `通讯员 X Y`; briefs `本报讯（全媒体记者 X）` glued or closed by `（通讯员 X）`; **水情
  boxes** (rows `资江邵阳站 210.35米 -0.12`); a numbered photo group; interviews `记者：` / the interviewee's name;
  ◆ 县市区传真 columns; two briefs read across.
* `zhengzhou_evening` 郑州晚报: columns of 12–18 characters, a blank line after every line, stray spaces,
  doubled-glyph and displaced headlines; `郑州晚报记者 X`, `郑州晚报首席记者 X 通讯员 Y`, `郑州晚报记者 X 文/图`;
  briefs closed by `（郑州晚报记者 X）` or glued `本报讯（记者 X）`; **地铁运营提示 boxes** (rows `1号线 6:00-23:00`);
  Q&A `郑州晚报：`; ● 绿城快讯 columns; a brief and a photo read across.
* `tengzhou_county` 滕州日报 (county-level city, 枣庄): a front page with 中共滕州市委机关报 and 农历; `滕州日报记者 X`,
  `通讯员 X 记者 Y`, `通讯员 X Y`; briefs `本报讯（通讯员 X）` glued or on a line of their own; town-supplied
  pictures; **用工招聘 notices** (a phone number in the closing line); ▲ 镇街动态 columns; two briefs read across.
* `youzheng_post` 中国邮政报: a front page with 中国邮政集团有限公司主办 and 农历; `本报记者 X`, `本报通讯员 X`,
  `本报记者 X 通讯员 Y`; briefs glued `本报讯（记者 X）` or closed by `（X）`; **寄递提示 boxes** of ①②③ rows; 邮政观察
  pieces signed `□X` or by the bare name with an `（作者系…）` note; interviews `问：` / the postman's name; ■ 邮政动态
  columns.
* `lvse_forestry` 中国绿色时报: a front page with 国家林业和草原局主管; `本报记者 X`, `通讯员 X 本报记者 Y`, `本报
  通讯员 X Y`; briefs glued `本报讯（记者 X）` or closed by `（通讯员 X）`; **木材价格 tables** (a label, a title, a
  column-header row, rows `樟子松原木 1320 +20`, `数据来源：…`); a lead ending in a jump line and page 2 carrying it
  on; 本报评论员 commentaries; ● 林草动态 columns; a brief and a photo read across.
* `fangdichan_property` 中国房地产报: a `CHINA REAL ESTATE BUSINESS` front page; `本报记者 X`, `本报记者 X 北京报道`,
  `中国房地产报记者 X`; briefs glued `本报讯（记者 X）` or closed by `（本报记者 X）`; **成交数据 boxes** (rows
  `郑州 1256套 +8.2%`); 楼市观察 pieces signed `文/X`; interviews `中国房地产报：` / the guest's name; ▲ 楼市快讯
  columns; headlines after their bodies.
* `shimin_macao` 市民日报 (澳门): a front page with the 澳门 line and `MACAU`; `本报记者 X`, `【本报讯】` glued and naming
  no one, `记者 X 澳门报道`; briefs opening `（澳门讯）` or `（氹仔讯）`, naming no one, or closed by `（本报记者 X）`;
  **天气 boxes** (rows `今日 多云 24-29℃ 湿度70-95%`); 市民论坛 pieces signed `文：X`; credits `本报记者 X 摄`,
  `（资料图片）`, `（受访者提供）`; ● 澳门简讯 columns; two briefs read across.

Gold conventions are those of the README; new here: a 水情 / 地铁运营提示 / 寄递提示 / 成交数据 / 天气 box is an
`infobox` titled with its label, or with the label as kicker when a title follows; a 木材价格 table is an `infobox`
(its label the kicker, the column-header row its first row), its `数据来源` line a `credit`; a 用工招聘 notice is an
`infobox` with no authors; `郑州晚报记者 X 文/图` makes X author and photographer; `记者 X 澳门报道` and `本报记者 X
北京报道` name X and no place; `【本报讯】`, `（澳门讯）` and `（氹仔讯）` name no one; `（资料图片）` and `（受访者提供）`
name no photographer; the 邮政观察 / 楼市观察 / 市民论坛 labels are furniture.

Seeds: FRESH18_SEED_BASE + FRESH18_SEED_STRIDE*family + 1_000*attempt + n (29_060_001 .. 29_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (captions, photo
groups, briefs, rows, notices, questions, titles and notes); names, figures, phone numbers and addresses are
made up.
"""
from __future__ import annotations

import dataclasses

from fresh_layouts_2 import _pooled_credit, _town_credit
from fresh_layouts_5 import _credit_turns
from fresh_layouts_9 import Fresh9Family
from fresh_layouts_17 import Fresh17Builder, deck_slot
from layout_kit import DATED, DATED_LUNAR, TRAIL, Above, Form, _turn, chosen, furniture, ln, masthead, opt, shown
from synthesize import Byline

FRESH18_SEED_BASE = 29_000_000
FRESH18_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

SY_GAUGES = (("资江邵阳站", 210.35), ("夫夷水新宁站", 331.20), ("邵水桃花坪站", 218.60), ("赧水武冈站", 342.15),
             ("资江冷水江站", 186.40))
SY_GROUPS = [
    ("崀山脚下 游人如织", ["①游客在八角寨景区登高远眺。", "②竹排漂流在夫夷江上。", "③游客在古镇品尝米粉。"]),
    ("乡村振兴 产业兴旺", ["①村民在茶园里采摘春茶。", "②工人在猕猴桃基地分拣果子。", "③电商主播直播带货。"]),
]
SY_QUESTIONS = ["企业是怎样扎根邵阳的？", "回乡创业最难的是什么？", "产品销路怎么样？", "接下来有什么打算？"]
SY_CAPTIONS = [("双清公园里，市民在湖边散步。", "湖畔闲情"), ("工人在打火机生产线上作业。", ""),
               ("游客在崀山景区拍照留念。", "崀山秀色")]
SY_BRIEFS = [
    ("城区新增一批充电桩", "近日，城区新增一批新能源汽车充电桩，车主充电更方便。"),
    ("乡镇卫生院开设夜间门诊", "日前，一家乡镇卫生院开设夜间门诊，村民看病不再赶早。"),
    ("社区开办四点半课堂", "近日，一个社区开办四点半课堂，志愿者辅导孩子写作业。"),
]

ZZ_LINES = (("1号线", "6:00-23:00"), ("2号线", "6:00-22:30"), ("3号线", "6:10-22:40"), ("5号线", "6:00-23:00"),
            ("城郊线", "6:20-22:00"), ("14号线", "6:30-21:30"))
ZZ_QUESTIONS = ["当初为什么摆起了这个摊？", "每天几点出摊？", "最难忘的顾客是谁？", "以后还想做点什么？"]
ZZ_CAPTIONS = [("二七塔下，市民拍照打卡。", "二七塔下"), ("如意湖畔，市民在夜跑。", ""),
               ("郑州东站，旅客排队进站。", "出行高峰")]
ZZ_BRIEFS = [
    ("老旧小区加装电梯", "近日，一个老旧小区加装的电梯投入使用，老人上下楼方便了。"),
    ("社区食堂推出助餐服务", "日前，一家社区食堂推出助餐服务，老人可享优惠。"),
    ("夜市增设公共卫生间", "近日，一处夜市增设公共卫生间，游客夜游更方便。"),
]

TZ_TOWNS = ("龙泉街道", "荆河街道", "善南街道", "木石镇", "官桥镇", "柴胡店镇", "姜屯镇", "滨湖镇", "西岗镇")
TZ_NOTICES = [
    ("用工招聘", "辖区多家企业现面向社会招聘一线员工，岗位如下：",
     ["机械装配工 20名 月薪4500元起", "电商客服 8名 月薪3800元起", "叉车司机 5名 持证上岗"],
     "报名时间自{a}起，报名电话：{p}", "滕州市某某人力资源服务中心"),
]
TZ_CAPTIONS = [("微山湖湿地里，游客乘船观赏荷花。", "荷花映日"), ("农民在马铃薯田里收获。", ""),
               ("工人在机床生产线上忙碌。", "车间里")]
TZ_BRIEFS = [
    ("镇里举办马铃薯采摘节", "近日，一个镇举办马铃薯采摘节，游客下地体验采收。"),
    ("村里办起文化大集", "日前，一个村办起文化大集，吕剧演出吸引村民观看。"),
    ("街道开展消防演练", "近日，一个街道开展消防演练，居民学习使用灭火器。"),
]

YP_TIPS = [
    ("寄递安全提示", ["①寄件须出示有效身份证件", "②易燃易爆物品不得寄递", "③贵重物品建议保价寄递"]),
    ("节日寄递小贴士", ["①提前查询收寄截止时间", "②包装要牢固，填写要完整", "③收件时先验视再签收"]),
]
YP_TITLES = ["让快递进村跑得更顺畅", "把邮政服务送到家门口", "寄递安全容不得半点马虎"]
YP_NOTES = ("（作者系某某大学邮政研究所教授）", "（作者为某某市邮政分公司职工）", "（作者系行业观察人士）")
YP_QUESTIONS = ["农村寄递网点是怎样建起来的？", "投递员一天要跑多少路？", "村民寄递最关心什么？", "下一步还有什么打算？"]
YP_CAPTIONS = [("投递员骑车把邮件送进山村。", "山路邮路"), ("分拣中心里，工人在分拣包裹。", ""),
               ("邮政网点里，村民在寄土特产。", "寄出好山货")]
YP_BRIEFS = [
    ("一批村级寄递服务站投用", "近日，一批村级寄递服务站投入使用，村民在家门口就能收发快递。"),
    ("邮政网点开设适老窗口", "日前，一处邮政网点开设适老窗口，方便老年人办理业务。"),
    ("集邮文化进校园活动启动", "近日，一场集邮文化进校园活动启动，学生们设计了自己的邮票。"),
]

LS_WOODS = (("樟子松原木", 1320), ("落叶松原木", 1180), ("杉木原木", 1260), ("桉木原木", 860), ("橡胶木锯材", 2450),
            ("白松锯材", 1980))
LS_TITLES = ["让绿水青山成为富民靠山", "守护好每一片森林", "国土绿化要科学务实"]
LS_CAPTIONS = [("护林员在林区巡山。", "巡山路上"), ("苗圃工人在培育樟子松苗。", ""),
               ("湿地公园里，候鸟在水面觅食。", "候鸟归来")]
LS_BRIEFS = [
    ("林区开展森林防火演练", "近日，一个林区开展森林防火演练，扑火队员实战拉练。"),
    ("国有林场完成冬季造林", "日前，一个国有林场完成冬季造林任务，新栽苗木上万株。"),
    ("湿地保护志愿活动举行", "近日，一场湿地保护志愿活动举行，志愿者清理湖岸垃圾。"),
]

FC_CITIES = (("郑州", 1256), ("武汉", 1873), ("成都", 2410), ("西安", 1532), ("杭州", 1988), ("长沙", 1347))
FC_TITLES = ["保交楼要一竿子插到底", "好房子从设计开始", "租购并举要落到实处"]
FC_NOTES = ("（作者系某某研究院首席分析师）", "（作者为某某大学房地产研究所研究员）", "（作者系行业观察人士）")
FC_QUESTIONS = ["今年市场有什么新变化？", "企业怎样应对？", "购房者最关心什么？", "明年的走势如何判断？"]
FC_CAPTIONS = [("工人在保交楼项目工地施工。", "加紧施工"), ("购房者在售楼处看沙盘。", ""),
               ("城市更新后的老街区焕然一新。", "老街新颜")]
FC_BRIEFS = [
    ("多地优化公积金政策", "近日，多地优化住房公积金政策，提高贷款额度。"),
    ("一批保障性租赁住房交付", "日前，一批保障性租赁住房交付使用，新市民拎包入住。"),
    ("物业服务质量评价启动", "近日，一项物业服务质量评价工作启动，业主可在线打分。"),
]

SM_SKIES = ("多云", "晴", "阵雨", "雷暴", "多云间晴")
SM_TITLES = ["社区服务要多听街坊意见", "让旅游业带旺小店", "青年创业需要更多支持"]
SM_NOTES = ("（作者为本澳社团人士）", "（作者系某某大学讲师）", "（作者为退休公务员）")
SM_CAPTIONS = [("议事亭前地，游客拍照留念。", "前地人潮"), ("市民在海边步行径散步。", ""),
               ("氹仔旧城区的街巷。", "旧城漫步")]
SM_BRIEFS = [
    ("社区中心开办粤曲班", "近日，一个社区中心开办粤曲班，吸引不少长者报名。"),
    ("街市推出电子支付优惠", "日前，一处街市推出电子支付优惠，市民买菜更便捷。"),
    ("青年创业分享会举行", "近日，一场青年创业分享会举行，多位创业者分享经验。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_sy = chosen(Above("邵阳日报全媒体记者 {0!l}"), Above("全媒体记者 {0!l} 通讯员 {1}", 2), Above("通讯员 {0} {1}", 2),
               turn="by", drawn=2)
by_sy_brief = chosen(Form("本报讯（全媒体记者 {0}）"), Form("（通讯员 {0}）", **TRAIL), turn="brief")

by_zz = chosen(Above("郑州晚报记者 {0!l}"), Above("郑州晚报首席记者 {0!l} 通讯员 {1}", 2),
               Above("郑州晚报记者 {0!l} 文/图", photo=True), turn="by", drawn=2)
by_zz_brief = chosen(Form("（郑州晚报记者 {0}）", **TRAIL), Form("本报讯（记者 {0}）"), turn="brief")

by_tz = chosen(Above("滕州日报记者 {0!l}"), Above("通讯员 {0} 记者 {1!l}", 2), Above("通讯员 {0} {1}", 2),
               turn="by", drawn=2)
by_tz_brief = chosen(Form("本报讯（通讯员 {0}）", line_share=0.4), Form("本报讯（记者 {0} 通讯员 {1}）", 2), turn="brief")

by_yp = chosen(Above("本报记者 {0!l}"), Above("本报通讯员 {0!l}"), Above("本报记者 {0!l} 通讯员 {1}", 2), turn="by")
by_yp_brief = chosen(Form("本报讯（记者 {0}）"), Form("（{0}）", **TRAIL), turn="brief")

by_ls = chosen(Above("本报记者 {0!l}"), Above("通讯员 {0} 本报记者 {1!l}", 2), Above("本报通讯员 {0} {1}", 2),
               turn="by", drawn=2)
by_ls_brief = chosen(Form("本报讯（记者 {0}）"), Form("（通讯员 {0}）", **TRAIL), turn="brief")

by_fc = chosen(Above("本报记者 {0!l}"), Above("本报记者 {0!l} 北京报道"), Above("中国房地产报记者 {0!l}"), turn="by")
by_fc_brief = chosen(Form("本报讯（记者 {0}）"), Form("（本报记者 {0}）", **TRAIL), turn="brief")


def by_sm(ctx, item):
    """本报记者 X above the text, 【本报讯】 glued (naming no one), or 记者 X 澳门报道 above it."""
    k = _turn(ctx, "by", 3)
    if k == 1:
        return Byline([], glue="【本报讯】", hint="plain")
    a = ctx.name()
    return Byline([a], before=[f"本报记者 {shown(ctx, a)}" if k == 0 else f"记者 {shown(ctx, a)} 澳门报道"])


def by_sm_brief(ctx, item):
    """（澳门讯） or （氹仔讯） glued, naming no one, or closed by （本报记者 X）."""
    k = _turn(ctx, "brief", 3)
    if k < 2:
        return Byline([], glue=("（澳门讯）", "（氹仔讯）")[k], hint="plain")
    a = ctx.name()
    return Byline([a], trail=f"（本报记者 {a}）", hint="paren")


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_sy = _credit_turns(("邵阳日报全媒体记者 {n} 摄", "（{n} 摄）", "通讯员 {n} 摄"))
cr_zz = _credit_turns(("郑州晚报记者 {n} 摄", "记者 {s}/摄", "（受访者提供）"))
cr_tz = _pooled_credit(_credit_turns(("记者 {n} 摄", "通讯员 {n} 摄")), _town_credit(TZ_TOWNS))
cr_yp = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "通讯员 {n} 摄"))
cr_ls = _credit_turns(("本报记者 {n} 摄", "通讯员 {n} 摄", "（{n} 摄）"))
cr_fc = _credit_turns(("本报记者 {n} 摄", "（资料图片）", "（{n} 摄）"))
cr_sm = _credit_turns(("本报记者 {n} 摄", "（资料图片）", "（受访者提供）"))


# --------------------------------------------------------------------------- builder


class Fresh18Builder(Fresh17Builder):

    # -------------------------------------------------------------- 邵阳日报

    slot_systory = deck_slot()

    def slot_sywater(self):
        rng = self.rng
        rows = [f"{station} {level + rng.randrange(-80, 81) / 100:.2f}米 {rng.randrange(-40, 41) / 100:+.2f}"
                for station, level in rng.sample(SY_GAUGES, rng.choice((3, 4)))]
        return self.rows_box(("水情", "今日水情"), rows, title="主要江河站点水位" if rng.random() < 0.5 else "")

    def slot_sygroup(self):
        return self.group(SY_GROUPS)

    def slot_syqa(self):
        return self.staff_qa(SY_QUESTIONS)

    # -------------------------------------------------------------- 郑州晚报

    slot_zzstory = deck_slot()

    def slot_zzmetro(self):
        rng = self.rng
        rows = [f"{line} {hours}" for line, hours in rng.sample(ZZ_LINES, rng.choice((3, 4)))]
        return self.rows_box(("地铁运营提示", "出行提示"), rows, title="节日期间地铁运营时间" if rng.random() < 0.5 else "")

    def slot_zzqa(self):
        return self.staff_qa(ZZ_QUESTIONS, ("郑州晚报：", "记者："))

    # -------------------------------------------------------------- 滕州日报

    slot_tzstory = deck_slot()

    def slot_tznotice(self):
        return self.dated_notice(*TZ_NOTICES[0], "0632")

    # -------------------------------------------------------------- 中国邮政报

    slot_ypstory = deck_slot()

    def slot_yptips(self):
        title, rows = self.uniq(YP_TIPS, "tips")
        return self.rows_box(("寄递提示", "温馨提示"), rows, title=title if self.rng.random() < 0.5 else "")

    def slot_ypcomment(self):
        return self.signed_piece(YP_TITLES, YP_NOTES, ("邮政观察", "邮 政 观 察", "行业观察"), ("□", "□ ", "文/"))

    def slot_ypqa(self):
        return self.staff_qa(YP_QUESTIONS, ("问：", "记者："))

    # -------------------------------------------------------------- 中国绿色时报

    slot_lslead = deck_slot(jump=True)

    slot_lsdeck = deck_slot()

    def slot_lswood(self):
        rng = self.rng
        rows = [f"{name} {price + rng.randrange(-50, 51, 10)} {rng.randrange(-40, 41, 10):+d}"
                for name, price in rng.sample(LS_WOODS, rng.choice((4, 5)))]
        return self.table_box(("木材价格", "林产品行情"), "主要木材市场价格（元/立方米）",
                              rng.choice(("品种 价格 涨跌", "材种 均价 较上周")), rows,
                              ("数据来源：某某木材交易市场", "数据来源：本报林产品信息中心"))

    def slot_lspinglun(self):
        return self.titled_pinglun(LS_TITLES)

    # -------------------------------------------------------------- 中国房地产报

    slot_fcstory = deck_slot()

    def slot_fcdeals(self):
        rng = self.rng
        rows = [f"{city} {units + rng.randrange(-200, 201)}套 {rng.randrange(-150, 151) / 10:+.1f}%"
                for city, units in rng.sample(FC_CITIES, rng.choice((3, 4)))]
        return self.rows_box(("成交数据", "楼市数据"), rows, title="上周重点城市新建商品住宅成交" if rng.random() < 0.5 else "")

    def slot_fccomment(self):
        return self.signed_piece(FC_TITLES, FC_NOTES, ("楼市观察", "楼 市 观 察", "地产评论"), ("文/", "文/ ", "■"))

    def slot_fcqa(self):
        return self.staff_qa(FC_QUESTIONS, ("中国房地产报：", "记者："))

    # -------------------------------------------------------------- 市民日报

    slot_smstory = deck_slot()

    def slot_smweather(self):
        rng = self.rng
        rows = []
        for k, day in enumerate(("今日", "明日", "后日")[: rng.choice((2, 3))]):
            low = rng.randrange(20, 26)
            rows.append(f"{day} {rng.choice(SM_SKIES)} {low}-{low + rng.randrange(3, 7)}℃ 湿度{rng.randrange(60, 75)}-95%")
        return self.rows_box(("天气", "澳门天气"), rows, title="本澳天气以多云为主" if rng.random() < 0.5 else "")

    def slot_smcomment(self):
        return self.signed_piece(SM_TITLES, SM_NOTES, ("市民论坛", "市 民 论 坛", "街坊心声"), ("文：", "文：", "●"))


# --------------------------------------------------------------------------- furniture


_sy_top = furniture(
    (0.5, [ln("邵阳日报 {y}年{m}月{d}日 {wd}", paper=True, date=True), ln("{n:02d} {sec}", page="{n:02d}")]),
    [ln("{date} {wd} 第{n}版 {sec} 责任编辑 {name}", date=True, page="{n}")],
    front=[masthead("邵阳日报"), "中共邵阳市委机关报", DATED_LUNAR,
           "第{no:20000-20999}期 今日{pages}版 国内统一连续出版物号 CN 43-0000"])
_sy_bottom = furniture((0.5, ["新闻热线：{tel:0739}", "邵阳日报社出版"]), ["版式 {name} 校对 {name}"])

_zz_top = furniture(
    (0.4, [ln("A{n:02d} {sec}", page="A{n:02d}"), ln("{y}年{m}月{d}日 {wd} 编辑 {name} 校对 {name}", date=True)]),
    (0.8, [ln("郑州晚报 {date} {wd} A{n:02d} {sec}", paper=True, date=True, page="A{n:02d}")]),
    [])
_zz_bottom = furniture((0.5, [ln("郑州晚报新闻热线 {tel:0371}", paper=True), "扫码下载正观新闻客户端"]), ["美编 {name}"])

_tz_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), ln("滕州日报 {date} {wd}", paper=True, date=True)]),
    [ln("{date} {wd} 第{n}版 {sec} 编辑 {name}", date=True, page="{n}")],
    front=[masthead("滕州日报"), "中共滕州市委机关报", DATED_LUNAR, "第{no:4000-4999}期 今日{pages}版 鲁内资准字 {no:100-999}号"])
_tz_bottom = furniture((0.5, [ln("滕州日报投稿邮箱：tzrb@example.cn", paper=True)]), ["新闻热线：{tel:0632}", "校对 {name}"])

_yp_top = furniture(
    (0.5, [ln("中国邮政报 {y}.{m}.{d}", paper=True, date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{sec} · {n} · 责任编辑 {name}", page="{n}"), ln("{date} {wd}", date=True)],
    front=[masthead("中国邮政报"), "中国邮政集团有限公司主办", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:7000-7999}期 国内统一连续出版物号 CN 11-0000"])
_yp_bottom = furniture((0.5, ["本版编辑 {name}", opt(0.5, ["读者热线：{tel:010}"])]), ["投稿邮箱：yzb@example.cn"])

_ls_top = furniture(
    (0.5, [ln("{n:02d} {sec}", page="{n:02d}"), ln("中国绿色时报 {date} {wd}", paper=True, date=True)]),
    [ln("{date} {wd} 第{n}版 {sec}", date=True, page="{n}"), ln("责任编辑 {name} 美术编辑 {name}")],
    front=[masthead("中国绿色时报"), "国家林业和草原局主管", DATED, "第{no:6000-6999}期 国内统一连续出版物号 CN 11-0000"])
_ls_bottom = furniture((0.5, ["本版校对 {name}"]), ["新闻热线：{tel:010}", opt(0.5, ["投稿邮箱：lsb@example.cn"])])

_fc_top = furniture(
    (0.5, [ln("中国房地产报 {date} {wd}", paper=True, date=True), ln("{n:02d} | {sec}", page="{n:02d}")]),
    [ln("{n:02d} {sec} 责编 {name} 美编 {name}", page="{n:02d}")],
    front=[masthead("中国房地产报"), "CHINA REAL ESTATE BUSINESS", ln("{date} {wd} 第{no:3000-3999}期", date=True),
           "国内统一连续出版物号 CN 11-0000 邮发代号 1-00"])
_fc_bottom = furniture((0.5, ["本版编辑 {name}"]), [ln("中国房地产报 {date}", paper=True, date=True), "广告热线：{tel:010}"])

_sm_top = furniture(
    (0.5, [ln("{sec} | {y}年{m}月{d}日 {wd}", date=True), ln("第{n}版", page="{n}")]),
    [ln("市民日报 {date} {wd} 第{n}版 {sec}", paper=True, date=True, page="{n}")],
    front=[masthead("市民日报"), "MACAU", DATED, "澳门特别行政区 第{no:20000-20999}号 每份澳门币5元"])
_sm_bottom = furniture((0.5, ["编辑：{name} 校对：{name}"]), ["本报地址：澳门某某街某号", "电话：{tel:853}"])


@dataclasses.dataclass
class Fresh18Family(Fresh9Family):
    seed_stride: int = FRESH18_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh18Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh18Builder,
                         justified=True, **kw)


FRESH18_FAMILIES = [
    fam("shaoyang_city", "邵阳日报", _sy_top, _sy_bottom, {by_sy: 1},
        brief_bylines={by_sy_brief: 1}, credits=(cr_sy,), width=(15, 23), blank={"para": 2, "every": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.03, displaced=0.25, caption_pool=SY_CAPTIONS, brief_pool=SY_BRIEFS,
        brief_pool_share=0.6, paper_outlet="邵阳日报", labels={"column": ("县市区传真", "邵阳简讯"), "bullet": ("◆",)},
        plans=((["systory", "sywater", "photo"], {"front": True}),
               (["systory", "briefpair", "syqa"], {}),
               (["sygroup", "systory", "brief"], {"blank": "every"}),
               (["briefcol", "systory", "sywater", "photo"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("邵阳新闻", "县市区", "民生")),
    fam("zhengzhou_evening", "郑州晚报", _zz_top, _zz_bottom, {by_zz: 1},
        brief_bylines={by_zz_brief: 1}, credits=(cr_zz,), width=(12, 18), blank={"para": 1, "every": 2},
        letterspace=0.4, stray_spaces=0.05, doubled=0.2, displaced=0.35, caption_pool=ZZ_CAPTIONS,
        brief_pool=ZZ_BRIEFS, brief_pool_share=0.6, labels={"column": ("绿城快讯", "晚报速览"), "bullet": ("●",)},
        plans=((["zzstory", "briefphoto", "zzmetro"], {}),
               (["zzqa", "photo", "zzstory"], {"blank": "every"}),
               (["zzmetro", "briefcol", "zzstory"], {"blank": "none"}),
               (["briefphoto", "zzstory", "brief"], {"blank": "every", "turn": 1})),
        page_style="A0", sections=("郑州新闻", "城事", "民生")),
    fam("tengzhou_county", "滕州日报", _tz_top, _tz_bottom, {by_tz: 1},
        brief_bylines={by_tz_brief: 1}, credits=(cr_tz,), width=(14, 21), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.02, displaced=0.2, caption_pool=TZ_CAPTIONS, brief_pool=TZ_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("镇街动态", "滕州简讯"), "bullet": ("▲",)},
        plans=((["tzstory", "brief", "photo"], {"front": True}),
               (["tznotice", "briefpair", "tzstory"], {}),
               (["tzstory", "photo", "briefcol"], {"blank": "every"}),
               (["briefpair", "tzstory", "tznotice"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("滕州新闻", "镇街", "经济")),
    fam("youzheng_post", "中国邮政报", _yp_top, _yp_bottom, {by_yp: 1},
        brief_bylines={by_yp_brief: 1}, credits=(cr_yp,), width=(16, 24), blank={"para": 2, "none": 1},
        indent=0.5, letterspace=0.2, displaced=0.2, caption_pool=YP_CAPTIONS, brief_pool=YP_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("邮政动态", "网点传真"), "bullet": ("■",)},
        plans=((["ypstory", "yptips", "photo"], {"front": True}),
               (["ypcomment", "briefcol", "ypstory"], {}),
               (["ypstory", "brief", "ypqa"], {"blank": "every"}),
               (["photo", "ypstory", "yptips"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("要闻", "寄递服务", "集邮")),
    fam("lvse_forestry", "中国绿色时报", _ls_top, _ls_bottom, {by_ls: 1},
        brief_bylines={by_ls_brief: 1}, credits=(cr_ls,), width=(15, 23), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.2, stray_spaces=0.02, displaced=0.25, caption_pool=LS_CAPTIONS, brief_pool=LS_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("林草动态", "基层快讯"), "bullet": ("●",)},
        plans=((["lslead", "lswood", "photo"], {"front": True}),
               (["continuation", "lsdeck", "briefcol"], {"page": 2}),
               (["lspinglun", "lsdeck", "briefphoto"], {"blank": "every"}),
               (["briefphoto", "lsdeck", "lswood"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("要闻", "林业产业", "生态")),
    fam("fangdichan_property", "中国房地产报", _fc_top, _fc_bottom, {by_fc: 1},
        brief_bylines={by_fc_brief: 1}, credits=(cr_fc,), width=(15, 24), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.2, stray_spaces=0.02, displaced=0.35, caption_pool=FC_CAPTIONS, brief_pool=FC_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("楼市快讯", "企业动态"), "bullet": ("▲",)},
        plans=((["fcstory", "fcdeals", "photo"], {"front": True}),
               (["fccomment", "fcstory", "brief"], {}),
               (["fcqa", "briefcol", "photo"], {"blank": "every"}),
               (["briefphoto", "fcstory", "fcdeals"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("市场", "政策", "企业")),
    fam("shimin_macao", "市民日报", _sm_top, _sm_bottom, {by_sm: 1},
        brief_bylines={by_sm_brief: 1}, credits=(cr_sm,), width=(14, 21), blank={"para": 2, "every": 1},
        indent=0.3, letterspace=0.1, stray_spaces=0.03, displaced=0.2, caption_pool=SM_CAPTIONS, brief_pool=SM_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("澳门简讯", "社团动态"), "bullet": ("●",)},
        plans=((["smstory", "smweather", "photo"], {"front": True}),
               (["smstory", "briefpair", "smcomment"], {}),
               (["briefcol", "smstory", "photo"], {"blank": "every"}),
               (["photo", "smstory", "smweather"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("澳门新闻", "社会", "经济")),
]
