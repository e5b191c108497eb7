"""A ninth set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or evaluate.py's scoring.
Seven papers the corpus had not imitated (checked by name against the development builders and the
eighth set; the held-back builders were not opened): a prefecture-level evening paper, a
prefecture-level city daily, a county-level city paper, a civil aviation industry paper, an overseas
Chinese daily, a sports weekly and a procuratorate's legal paper; each page of a family follows one of
four page plans, and byline and credit forms take turns across a family's pages.

* `lasa_evening` 拉萨晚报: columns of 12–16 characters, a blank line after every line, stray spaces,
  doubled-glyph and displaced headlines; `拉萨晚报记者 X`, `记者 X 通讯员 Y`, `拉萨晚报记者 X 文/图`;
  briefs glued `本报讯（记者 X）` or closed by `（记者 X 通讯员 Y）`; **高原天气 boxes** (rows `拉萨 晴
  8～24℃ 紫外线强`); ★ 城事简讯 columns; two briefs read across columns; a page with no header.
* `jiangcheng_city` 江城日报 (吉林市): a front page with 中共吉林市委机关报, 农历 and 第N期; a lead ending in a
  jump line; **page 2 carrying a story on**; `江城日报全媒体记者 X`, `全媒体记者 X 通讯员 Y`, `本报记者 X
  实习生 Y`; briefs `本报讯（全媒体记者 X 通讯员 Y）` glued or on a line of their own; a **numbered photo
  group** under one shared credit; **公示 notices**; ◆ 县市区传真 columns.
* `shouguang_county` 寿光日报 (a county-level city paper): a front page with 中共寿光市委机关报 and 农历;
  `记者 X 通讯员 Y`, `通讯员 X`, `全媒体记者 X`; briefs `本报讯（通讯员 X）` or `本报讯（记者 X 通讯员 Y）`;
  town-supplied pictures (`（稻田镇供图）`); **蔬菜价格 tables** (a label, a title, a column-header row,
  rows, `数据来源：…`); ads mid-page; ▲ 镇街动态 columns; two briefs read across columns.
* `minhang_industry` 中国民航报: a `CAAC NEWS` front page with 中国民用航空局主管; `本报记者 X`,
  `中国民航报记者 X 通讯员 Y`, `通讯员 X Y`; briefs `本报讯（通讯员 X）` glued or closed by `（通讯员 X）`;
  **新开航线 boxes** (rows `成都天府—拉萨 每周三班 3U0000`); interviews `记者：` / the interviewee's name;
  `机场供图` (no photographer); ● 民航动态 columns.
* `zaobao_overseas` 联合早报: a `LIANHE ZAOBAO` front page; bylines `X 报道` above the text, `本报驻北京特派员
  X`, `特约记者 X 上海报道`; briefs closed by `（X 报道）` or opening `综合讯` (no person); **股市 tables**;
  `法新社`, `（档案照片）`, `X 摄`; ◆ 东南亚短讯 columns; headers `中国 | date` over the page number.
* `titan_sports` 体坛周报 (a sports weekly, dated on Mondays): `本报记者 X`, `本报特派记者 X 发自多哈`,
  `体坛+记者 X`; briefs closed by `（X）` or glued `本报讯`; **积分榜 tables**; 体坛评论 pieces signed `文/X`
  or by the bare name with an `（作者系…）` note; interviews `体坛周报：` / the interviewee's name.
* `jiancha_legal` 检察日报: a `PROCURATORIAL DAILY` front page with 最高人民检察院主管主办 and 农历;
  `本报记者 X`, `本报记者 X 通讯员 Y`, `本报通讯员 X Y`; briefs `本报讯（记者 X 通讯员 Y）` glued or closed
  by `（X）`; **案例 pieces** under a label, with ■ headings; **公告 notices**; procuratorate-supplied pictures
  (`（某某县检察院供图）`); interviews `记者：` / the prosecutor's name.

Gold conventions are those of the README; new here: a 高原天气 / 新开航线 box is an `infobox` titled with
its label (no decoration), or with the label as kicker when a title follows; a 股市 / 积分榜 / 蔬菜价格 table
is an `infobox` whose `数据来源` line is a `credit`; `X 报道` above the text names X as author, `综合讯`
names no one; `拉萨晚报记者 X 文/图` makes X author and photographer; `机场供图`, `法新社`, `（档案照片）`
and town- or procuratorate-supplied pictures name no photographer; a 体坛评论 label is furniture.

Seeds: FRESH9_SEED_BASE + 100_000*family + 1_000*attempt + n (20_100_001 .. 20_749_999), above the eighth
blind set and every held-back set.  All text comes from articles.yml or from the short filler below,
written for this corpus (captions, photo groups, briefs, rows, notices, cases, questions, titles and
notes); names, figures, flight numbers, phone numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses
import datetime

from fresh_layouts_2 import _d, _pooled_credit, _town_credit
from fresh_layouts_3 import story_slot
from fresh_layouts_5 import _credit_turns
from fresh_layouts_7 import Fresh7Builder, Fresh7Family
from layout_kit import DATED, DATED_LUNAR, TRAIL, Above, Form, chosen, form, furniture, ln, masthead, opt, turns
from synthesize import phone

FRESH9_SEED_BASE = 20_000_000

# --------------------------------------------------------------------------- filler (written for this corpus)

LS_WEATHER = (("拉萨", "8～24℃"), ("日喀则", "6～22℃"), ("林芝", "12～25℃"), ("山南", "9～23℃"), ("那曲", "2～15℃"),
              ("昌都", "10～26℃"))
LS_SKIES = ("晴", "多云", "晴转多云", "阵雨转多云", "夜间小雨")
LS_UV = ("紫外线强", "紫外线很强", "紫外线中等")
LS_CAPTIONS = [("拉萨河畔，市民在步道上散步。", "河畔晚风"), ("游客在八廓街上拍照留念。", ""),
               ("南山公园里，孩子们在放风筝。", "放飞")]
LS_BRIEFS = [
    ("城区新增一批公交站台", "近日，城区新增一批公交候车站台，并配备了遮阳设施。"),
    ("社区开展义诊活动", "日前，一个社区联合医院开展义诊活动，为居民免费测量血压血糖。"),
    ("夜市开街迎客", "近日，一处夜市正式开街，各类特色小吃吸引市民前往。"),
]

JC_GROUPS = [
    ("松花江畔雾凇美", ["①江边树枝挂满雾凇。", "②摄影爱好者在江边拍摄。", "③游客在雾凇长廊下合影。"]),
    ("北山庙会人气旺", ["①市民在庙会上购买年货。", "②民间艺人表演秧歌。", "③孩子们品尝冰糖葫芦。"]),
]
JC_NOTICES = [
    ("关于拟评选市级文明单位名单的公示",
     "经各单位申报、审核，现将拟评选名单予以公示（排名不分先后）：",
     ["1.某某区某某街道办事处", "2.某某县人民医院", "3.某某市第一实验小学", "4.某某供热公司"],
     "公示期为{a}至{b}。如有异议，请向市文明办反映。联系电话：{p}。", "吉林市精神文明建设委员会办公室"),
    ("关于某某路改造工程交通组织的公示",
     "为保障施工安全，现将有关交通组织措施公示如下：",
     ["一、施工期间某某路双向封闭", "二、过往车辆请绕行某某街", "三、公交线路临时调整"],
     "施工期间给市民出行带来不便，敬请谅解。咨询电话：{p}。", "吉林市某某工程建设指挥部"),
]
JC_CAPTIONS = [("松花江上，游船载着游客观光。", "江上游"), ("工人在车间里检测化工产品。", ""),
               ("滑雪场里，滑雪爱好者飞驰而下。", "雪场飞驰")]
JC_BRIEFS = [
    ("一批老旧小区完成改造", "今年以来，城区一批老旧小区完成改造，居民居住条件明显改善。"),
    ("冰雪旅游推介会举行", "日前，一场冰雪旅游推介会举行，推出多条冬季旅游线路。"),
    ("农民丰收节活动启动", "近日，农民丰收节系列活动启动，各县市区展示特色农产品。"),
]

SG_TOWNS = ("稻田镇", "侯镇", "田柳镇", "羊口镇", "台头镇", "洛城街道", "古城街道", "营里镇")
SG_VEG = (("黄瓜", "2.40"), ("西红柿", "3.10"), ("彩椒", "4.20"), ("茄子", "1.90"), ("苦瓜", "3.60"), ("西葫芦", "1.60"),
          ("芹菜", "1.20"))
SG_ADS = [("某某农资 新品种种苗到货", "订购热线：{p}"), ("某某家电商城 以旧换新", "咨询热线：{p}")]
SG_CAPTIONS = [("大棚里，菜农在采摘黄瓜。", "棚里采收"), ("蔬菜批发市场里，客商在挑选彩椒。", ""),
               ("羊口渔港，渔船满载归来。", "渔港归帆")]
SG_BRIEFS = [
    ("蔬菜种业企业参加博览会", "近日，一批蔬菜种业企业参加博览会，展示多个新品种。"),
    ("镇街开展安全生产检查", "日前，一个镇街开展安全生产检查，排查隐患十余处。"),
    ("村里建起智能化大棚", "近日，一个村建起一批智能化大棚，村民可用手机调控温湿度。"),
]

MH_ROUTES = ("成都天府—拉萨", "北京大兴—乌鲁木齐", "上海浦东—昆明", "广州白云—哈尔滨", "西安咸阳—三亚", "重庆江北—呼和浩特")
MH_CAPTIONS = [("机务人员在停机坪检查飞机。", "航前检查"), ("旅客在候机楼自助值机。", ""),
               ("新航线首航，消防车为飞机喷水致敬。", "水门礼")]
MH_QUESTIONS = ["暑运期间航班量有多大变化？", "怎样保障航班正常运行？", "旅客出行要注意什么？", "新航线开通有什么意义？"]
MH_BRIEFS = [
    ("一座支线机场完成跑道改造", "近日，一座支线机场完成跑道改造工程，恢复正常运行。"),
    ("航空安全培训班开班", "日前，一期航空安全培训班开班，学员来自多家航空公司。"),
    ("机场上线无纸化通关", "近日，一座机场上线无纸化通关服务，旅客凭身份证即可登机。"),
]

ZB_INDICES = (("海峡时报指数", 3300), ("恒生指数", 18000), ("上证综指", 3000), ("日经指数", 38000), ("道琼斯指数", 39000))
ZB_CAPTIONS = [("游客在滨海湾花园参观。", "滨海夜色"), ("小贩中心里，食客在用餐。", ""),
               ("学生在图书馆里阅读华文书籍。", "华文阅读")]
ZB_BRIEFS = [
    ("华文书展开幕", "一年一度的华文书展日前开幕，展出上万种图书。"),
    ("社区举办中秋灯会", "多个社区举办中秋灯会，居民提灯笼游园。"),
    ("本地大学推出新课程", "一所本地大学推出新课程，培养双语人才。"),
]

TT_TEAMS = ("上海海港", "成都蓉城", "北京国安", "山东泰山", "上海申花", "浙江队", "天津津门虎", "武汉三镇")
TT_TITLES = ["青训需要耐心也需要方法", "主场氛围是球队的财富", "赛程密集考验阵容深度"]
TT_NOTES = ("（作者系资深足球评论员）", "（作者系体育专栏作家）", "（作者为前职业球员）")
TT_QUESTIONS = ["这场比赛的关键是什么？", "你怎么看球队现在的状态？", "下一阶段的目标是什么？", "对年轻球员有什么建议？"]
TT_CAPTIONS = [("比赛中，前锋头球攻门。", "头球"), ("球员赛后向球迷致意。", ""), ("主教练在场边指挥。", "指挥")]
TT_BRIEFS = [
    ("青年联赛决赛落幕", "青年联赛决赛日前落幕，多名球员入选国家青年队集训名单。"),
    ("女排联赛公布新赛程", "女排联赛日前公布新赛季赛程，揭幕战将于下月进行。"),
    ("马拉松赛报名开启", "一场城市马拉松赛日前开启报名，设全程、半程和健康跑三个项目。"),
]

JY_UNITS = ("某某县检察院", "某某区检察院", "某某市检察院")
JY_CASES = [
    ("一起非法采砂案的公益诉讼",
     [("基本案情", ["某某公司在河道内非法采砂，破坏河床和生态环境。"]),
      ("检察机关履职", ["检察机关立案后，督促有关部门依法履职，并提起民事公益诉讼。"]),
      ("典型意义", ["本案通过公益诉讼推动河道生态修复。"])]),
    ("帮助老人追回养老钱",
     [("基本案情", ["犯罪嫌疑人以投资养老项目为名，骗取多名老人钱款。"]),
      ("办案过程", ["检察官提前介入，引导侦查取证，追赃挽损。"]),
      ("检察官说法", ["老年人要提高防骗意识，遇到高额回报的投资项目要多核实。"])]),
]
JY_NOTICES = [
    ("公告",
     "为保护社会公共利益，现就某某河道污染一案发布公告：",
     ["一、法律规定的机关和有关组织可以在公告之日起三十日内提起诉讼", "二、联系人：某某检察官", "三、联系电话：{p}"],
     "特此公告。", "某某市人民检察院"),
]
JY_QUESTIONS = ["这类案件有什么特点？", "检察机关在办案中如何保护未成年人？", "群众遇到类似问题该怎么办？",
                "下一步有哪些工作打算？"]
JY_CAPTIONS = [("检察官在社区开展法治宣传。", "普法进社区"), ("检察干警到河道现场取证。", ""),
               ("检察官为学生上法治课。", "法治课")]
JY_BRIEFS = [
    ("检察开放日活动举行", "日前，一场检察开放日活动举行，群众代表走进检察院参观。"),
    ("公益诉讼案件办理情况通报", "近日，一家检察院通报公益诉讼案件办理情况。"),
    ("检察官进校园讲法治课", "近日，检察官走进校园，为学生讲授法治课。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_ls = chosen(Above("拉萨晚报记者 {0!l}"), Above("记者 {0!l} 通讯员 {1}", 2),
               Above("拉萨晚报记者 {0!l} 文/图", photo=True), turn="by", drawn=2)
by_ls_brief = turns(Form("本报讯（记者 {0}）"), Form("（记者 {0} 通讯员 {1}）", 2, **TRAIL))

by_jc = chosen(Above("江城日报全媒体记者 {0!l}"), Above("全媒体记者 {0!l} 通讯员 {1}", 2),
               Above("本报记者 {0!l} 实习生 {1}", 2), turn="by")
by_jc_brief = form("本报讯（全媒体记者 {0} 通讯员 {1}）", 2, line_share=0.4)

by_sg = chosen(Above("记者 {0!l} 通讯员 {1}", 2), Above("通讯员 {0}"), Above("全媒体记者 {0!l}"), turn="by", drawn=2)
by_sg_brief = turns(Form("本报讯（通讯员 {0}）"), Form("本报讯（记者 {0} 通讯员 {1}）", 2))

by_mh = chosen(Above("本报记者 {0!l}"), Above("中国民航报记者 {0!l} 通讯员 {1}", 2), Above("通讯员 {0} {1}", 2),
               turn="by")
by_mh_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（通讯员 {0}）", **TRAIL))

by_zb = chosen(Above("{0} 报道"), Above("本报驻北京特派员 {0!l}"), Above("特约记者 {0} 上海报道"), turn="by")
by_zb_brief = turns(Form("（{0} 报道）", **TRAIL), Form("综合讯", 0, hint="plain"))

by_tt = chosen(Above("本报记者 {0!l}"), Above("本报特派记者 {0!l} 发自{c0}", choices=(("多哈", "东京", "巴黎"),)),
               Above("体坛+记者 {0}"), turn="by")
by_tt_brief = turns(Form("（{0}）", **TRAIL), Form("本报讯"))

by_jy = chosen(Above("本报记者 {0!l}"), Above("本报记者 {0!l} 通讯员 {1}", 2), Above("本报通讯员 {0} {1}", 2),
               turn="by")
by_jy_brief = turns(Form("本报讯（记者 {0} 通讯员 {1}）", 2), Form("（{0}）", **TRAIL))


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_ls = _credit_turns(("拉萨晚报记者 {n} 摄", "（{n} 摄）"))
cr_jc = _credit_turns(("江城日报全媒体记者 {n} 摄", "通讯员 {n} 摄"))
cr_sg = _pooled_credit(_credit_turns(("记者 {n} 摄", "（{n} 摄）")), _town_credit(SG_TOWNS))
cr_mh = _credit_turns(("本报记者 {n} 摄", "机场供图", "通讯员 {s}/摄"))
cr_zb = _credit_turns(("{n} 摄", "法新社", "（档案照片）"))
cr_tt = _credit_turns(("本报记者 {n} 摄", "（资料图）", "图/{n}"))
cr_jy = _pooled_credit(_credit_turns(("本报记者 {n} 摄", "（{n} 摄）")), _town_credit(JY_UNITS))


# --------------------------------------------------------------------------- builder


class Fresh9Builder(Fresh7Builder):

    def rows_box(self, labels, rows, title="", intro=""):
        return self.box(self.rng.choice(labels), rows, title=title, intro=intro, decorations=("", "■", "【{}】"))

    # -------------------------------------------------------------- 拉萨晚报

    slot_lsstory = story_slot(0.3)

    def slot_plateau(self):
        rng, ctx = self.rng, self.ctx
        rows = [f"{city} {rng.choice(LS_SKIES)} {temp} {rng.choice(LS_UV)}"
                for city, temp in rng.sample(LS_WEATHER, rng.choice((3, 4)))]
        day = _d(ctx)
        title = f"{day.month}月{day.day}日天气预报" if rng.random() < 0.5 else ""
        return self.rows_box(("高原天气", "天气早知道"), rows, title=title)

    # -------------------------------------------------------------- 江城日报

    slot_jclead = story_slot(jump=True)

    slot_jcstory = story_slot(0.4)

    def slot_jcgroup(self):
        return self.group(JC_GROUPS)

    def slot_jcnotice(self):
        title, intro, rows, closing, issuer = JC_NOTICES[self.opts["notice"]]
        a, b = self.ctx.date + datetime.timedelta(days=1), self.ctx.date + datetime.timedelta(days=5)
        closing = closing.format(a=f"{a.month}月{a.day}日", b=f"{b.month}月{b.day}日", p=phone(self.rng, "0432"))
        return self.notice_box(title, intro, rows, closing, issuer)

    # -------------------------------------------------------------- 寿光日报

    slot_sgstory = story_slot(0.3)

    def slot_veg(self):
        rng, ctx = self.rng, self.ctx
        rows = []
        for name, price in rng.sample(SG_VEG, rng.choice((4, 5))):
            rows.append(f"{name} {price} {rng.choice(('↑', '↓', '—'))}")
        title = f"{ctx.date.month}月{ctx.date.day}日寿光蔬菜批发价格" if rng.random() < 0.6 else "主要蔬菜价格"
        return self.table_box(("菜价行情", "蔬菜价格"), title, rng.choice(("品种 价格（元/公斤） 涨跌", "品名 均价 走势")),
                              rows, ("数据来源：某某蔬菜批发市场", "数据来源：农产品物流园"))

    def slot_sgad(self):
        head, line = self.rng.choice(SG_ADS)
        return self.furniture(head, line.format(p=phone(self.rng, "0536")))

    # -------------------------------------------------------------- 中国民航报

    slot_mhstory = story_slot(0.5)

    def slot_routes(self):
        rng = self.rng
        rows = [f"{route} 每周{rng.choice(('三', '四', '七', '十四'))}班 {rng.choice(('3U', 'CA', 'MU', 'CZ'))}{rng.randrange(1000, 9999)}"
                for route in rng.sample(MH_ROUTES, rng.choice((3, 4)))]
        intro = "下列航线将于近期开通，具体以航空公司公布为准：" if rng.random() < 0.5 else ""
        return self.rows_box(("新开航线", "航线信息"), rows, title="暑期新开航线一览" if rng.random() < 0.5 else "", intro=intro)

    def slot_mhqa(self):
        return self.staff_qa(MH_QUESTIONS)

    # -------------------------------------------------------------- 联合早报

    slot_zbstory = story_slot(0.3)

    def slot_stocks(self):
        rng = self.rng
        rows = []
        for name, level in rng.sample(ZB_INDICES, rng.choice((3, 4))):
            rows.append(f"{name} {level + rng.randrange(-400, 400)}.{rng.randrange(0, 99):02d} {rng.randrange(-180, 180) / 100:+.2f}%")
        return self.table_box(("股市", "环球股市"), "昨日主要股市收盘", rng.choice(("指数 收盘 涨跌", "市场 收市 升跌")),
                              rows, ("资料来源：彭博社", "数据来源：交易所"))

    # -------------------------------------------------------------- 体坛周报

    slot_ttstory = story_slot(0.5)

    def slot_standings(self):
        rng = self.rng
        teams = rng.sample(TT_TEAMS, rng.choice((4, 5)))
        points = sorted((rng.randrange(10, 40) for _ in teams), reverse=True)
        rows = [f"{k} {team} {rng.randrange(14, 17)} {p}" for k, (team, p) in enumerate(zip(teams, points), start=1)]
        return self.table_box(("积分榜", "联赛积分"), "中超积分榜（前五名）" if len(rows) == 5 else "中超积分榜",
                              rng.choice(("排名 球队 场次 积分", "名次 队名 赛 分")), rows, ("数据来源：本报资料室",))

    def slot_ttcomment(self):
        return self.signed_piece(TT_TITLES, TT_NOTES, ("体坛评论", "体 坛 评 论", "场边观察"), ("文/", "■", "文/ "))

    def slot_ttqa(self):
        return self.staff_qa(TT_QUESTIONS, ("体坛周报：", "记者："))

    # -------------------------------------------------------------- 检察日报

    slot_jylead = story_slot(jump=True)

    slot_jystory = story_slot(0.5)

    def slot_jycase(self):
        return self.labelled_case(JY_CASES, ("以案说法", "检察官说案", "案例"))

    def slot_jynotice(self):
        return self.notice_box(*JY_NOTICES[0])

    def slot_jyqa(self):
        return self.staff_qa(JY_QUESTIONS)


# --------------------------------------------------------------------------- furniture


_ls_top = furniture(
    (0.4, [ln("A{n:02d} {sec}", page="A{n:02d}"), ln("{y}年{m}月{d}日 {wd} 责任编辑 {name}", date=True)]),
    (0.8, [ln("拉萨晚报 {date} {wd} A{n:02d}", paper=True, date=True, page="A{n:02d}")]),
    [])
_ls_bottom = furniture((0.5, [ln("拉萨晚报新闻热线 {tel:0891}", paper=True)]), ["美编 {name} 校对 {name}"])

_jc_top = furniture(
    (0.5, [ln("{n:02d} {sec}", page="{n:02d}"), ln("江城日报 {date} {wd}", paper=True, date=True)]),
    [ln("{date} {wd} 责任编辑 {name} 版式 {name}", date=True), ln("第{n}版 · {sec}", page="{n}")],
    front=[masthead("江城日报"), "中共吉林市委机关报", DATED_LUNAR,
           "第{no:18000-18999}期 今日{pages}版 国内统一连续出版物号 CN 22-0000"])
_jc_bottom = furniture((0.5, ["新闻热线：{tel:0432}", "扫码下载江城日报客户端"]), ["本版校对 {name}"])

_sg_top = furniture(
    (0.5, [ln("寿光日报 {y}.{m:02d}.{d:02d} {n:02d} {sec}", paper=True, date=True, page="{n:02d}")]),
    [ln("{n:02d} {ssec}", page="{n:02d}"), DATED],
    front=[masthead("寿光日报"), "中共寿光市委机关报", DATED_LUNAR, "第{no:5000-5999}期"])
_sg_bottom = furniture((0.5, ["新闻热线：{tel:0536}"]), ["编辑 {name} 校对 {name}", opt(0.5, ["投稿邮箱：sgrb@example.cn"])])

_mh_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), ln("中国民航报 {y}年{m}月{d}日 {wd}", paper=True, date=True)]),
    [ln("{sec} | 第{n}版", page="{n}"), ln("{date} 编辑 {name} 电话 {tel:010}", date=True)],
    front=[masthead("中国民航报"), "CAAC NEWS", "中国民用航空局主管", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:9000-9999}期 今日{pages}版 国内统一连续出版物号 CN 11-0000"])
_mh_bottom = furniture((0.5, ["本版责任编辑 {name}", "扫码关注中国民航报"]), ["投稿邮箱：mhb@example.cn"])

_zb_top = furniture(
    (0.5, [ln("{sec} | {date} {wd}", date=True), ln("{n}", page="{n}")]),
    [ln("联合早报 {y}年{m}月{d}日 {wd} 第{n}页", paper=True, date=True, page="{n}")],
    front=[masthead("联合早报"), "LIANHE ZAOBAO", DATED, "MCI (P) 000/00/2024 零售价 $1.50"])
_zb_bottom = furniture((0.5, ["编辑 {name} 美术 {name}"]), ["读者热线：{tel:+65}", "zaobao.sg"])

_tt_top = furniture(
    (0.5, [ln("体坛周报 {date} {wd}", paper=True, date=True), ln("A{n} {sec}", page="A{n}")]),
    [ln("A{n} | {sec} | 主编 {name}", page="A{n}")],
    front=[masthead("体坛周报"), "TITAN SPORTS", ln("{date} {wd} 第{no:3000-3999}期", date=True)])
_tt_bottom = furniture((0.5, ["本版编辑 {name} 美编 {name}"]), [ln("体坛周报 {y}.{m}.{d}", paper=True, date=True)])

_jy_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), ln("检察日报 {date} {wd}", paper=True, date=True)]),
    [ln("{date} {wd} 第{n}版 {sec}", date=True, page="{n}"), ln("责任编辑 {name} 美术编辑 {name}")],
    front=[masthead("检察日报"), "PROCURATORIAL DAILY", "最高人民检察院主管主办", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:10000-10999}号 今日{pages}版 国内统一连续出版物号 CN 11-0000"])
_jy_bottom = furniture((0.5, ["本版校对 {name}", "读者来信：jcrb@example.cn"]), ["新闻热线：{tel:010}"])


@dataclasses.dataclass
class Fresh9Family(Fresh7Family):
    pass


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh9Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh9Builder, **kw)


FRESH9_FAMILIES = [
    fam("lasa_evening", "拉萨晚报", _ls_top, _ls_bottom, {by_ls: 1},
        brief_bylines={by_ls_brief: 1}, credits=(cr_ls,), width=(12, 16), blank={"para": 1, "every": 1},
        letterspace=0.4, stray_spaces=0.05, doubled=0.25, displaced=0.3, caption_pool=LS_CAPTIONS,
        brief_pool=LS_BRIEFS, brief_pool_share=0.6, labels={"column": ("城事简讯", "拉萨快讯"), "bullet": ("★",)},
        plans=((["lsstory", "plateau", "photo"], {}),
               (["briefpair", "lsstory"], {"blank": "every"}),
               (["briefcol", "photo", "lsstory"], {"blank": "none"}),
               (["plateau", "lsstory", "brief"], {"turn": 1})),
        page_style="A", sections=("拉萨新闻", "民生", "城事")),
    fam("jiangcheng_city", "江城日报", _jc_top, _jc_bottom, {by_jc: 1},
        brief_bylines={by_jc_brief: 1}, credits=(cr_jc,), width=(15, 22), blank={"para": 2, "none": 1}, indent=0.5,
        letterspace=0.3, caption_pool=JC_CAPTIONS, brief_pool=JC_BRIEFS, brief_pool_share=0.6,
        paper_outlet="江城日报全媒体", labels={"column": ("县市区传真", "江城快讯"), "bullet": ("◆",)},
        plans=((["jclead", "brief", "photo"], {"front": True}),
               (["continuation", "jcstory", "jcnotice"], {"page": 2, "notice": 0}),
               (["jcgroup", "jcstory"], {"blank": "every"}),
               (["briefcol", "jcstory", "jcnotice"], {"blank": "none", "notice": 1, "turn": 1})),
        page_style="0", sections=("要闻", "江城新闻", "综合")),
    fam("shouguang_county", "寿光日报", _sg_top, _sg_bottom, {by_sg: 1},
        brief_bylines={by_sg_brief: 1}, credits=(cr_sg,), width=(13, 20), blank={"para": 2, "every": 1},
        letterspace=0.4, stray_spaces=0.04, displaced=0.2, caption_pool=SG_CAPTIONS, brief_pool=SG_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("镇街动态", "镇街速递"), "bullet": ("▲",)},
        plans=((["sgstory", "veg", "photo"], {"front": True}),
               (["briefcol", "sgad", "sgstory"], {}),
               (["sgstory", "briefpair"], {"blank": "every"}),
               (["photo", "sgstory", "veg"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("寿光新闻", "镇街", "农业")),
    fam("minhang_industry", "中国民航报", _mh_top, _mh_bottom, {by_mh: 1},
        brief_bylines={by_mh_brief: 1}, credits=(cr_mh,), width=(16, 24), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, caption_pool=MH_CAPTIONS, brief_pool=MH_BRIEFS, brief_pool_share=0.6,
        labels={"column": ("民航动态", "行业快讯"), "bullet": ("●",)},
        plans=((["mhstory", "routes", "photo"], {"front": True}),
               (["mhqa", "briefcol"], {}),
               (["mhstory", "briefphoto"], {"blank": "every"}),
               (["routes", "mhstory", "brief"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("综合新闻", "运输", "安全")),
    fam("zaobao_overseas", "联合早报", _zb_top, _zb_bottom, {by_zb: 1},
        brief_bylines={by_zb_brief: 1}, credits=(cr_zb,), width=(14, 20), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.1, stray_spaces=0.03, caption_pool=ZB_CAPTIONS, brief_pool=ZB_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("东南亚短讯", "本地短讯"), "bullet": ("◆",)},
        plans=((["zbstory", "stocks", "photo"], {"front": True}),
               (["briefcol", "zbstory"], {}),
               (["zbstory", "brief", "brief"], {"blank": "every"}),
               (["photo", "zbstory", "stocks"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("新加坡", "中国", "国际")),
    fam("titan_sports", "体坛周报", _tt_top, _tt_bottom, {by_tt: 1},
        brief_bylines={by_tt_brief: 1}, credits=(cr_tt,), width=(17, 26), blank={"para": 2, "every": 1},
        indent=0.4, letterspace=0.2, doubled=0.1, caption_pool=TT_CAPTIONS, brief_pool=TT_BRIEFS,
        brief_pool_share=0.6, weekday_no=0,
        plans=((["ttstory", "standings", "photo"], {"front": True}),
               (["ttcomment", "briefpair"], {}),
               (["ttqa", "brief", "photo"], {"blank": "none"}),
               (["standings", "ttstory", "brief"], {"blank": "every", "turn": 1})),
        page_style="A", sections=("中超", "国际足球", "综合")),
    fam("jiancha_legal", "检察日报", _jy_top, _jy_bottom, {by_jy: 1},
        brief_bylines={by_jy_brief: 1}, credits=(cr_jy,), width=(15, 23), blank={"para": 2, "none": 1},
        indent=0.5, letterspace=0.3, caption_pool=JY_CAPTIONS, brief_pool=JY_BRIEFS, brief_pool_share=0.6,
        labels={"column": ("检察动态", "各地检察"), "bullet": ("■",)},
        plans=((["jylead", "brief", "photo"], {"front": True}),
               (["jycase", "briefcol"], {}),
               (["jyqa", "jynotice"], {"blank": "every"}),
               (["photo", "jystory", "brief"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("要闻", "法治新闻", "公益诉讼")),
]
