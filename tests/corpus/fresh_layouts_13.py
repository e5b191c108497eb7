"""A thirteenth set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator on these pages.  Seven papers the corpus had not imitated, of seven kinds (checked by name
against the development builders and gold, and against the held-back set only with a script that names this
set's families whose paper a held-back page also has): a province-level party daily (the Xinjiang
Production and Construction Corps), a prefecture-level city daily (Inner Mongolia), an evening paper (Anhui),
a metro paper (Hainan), a county-level city paper (Zhejiang), a national specialist paper (taxation) and an
overseas Chinese daily (Paris).  Each page of a family follows one of four page plans; byline and credit
forms take turns across a family's pages; every family prints at least two of: two columns read across, a
headline after its text, a briefs column, a photo group, a box or notice, a jump line, a Q&A, a commentary,
a blank line after every line.

* `bingtuan_provincial` 兵团日报 (the party daily of the Xinjiang Production and Construction Corps, a
  province-level body): a front page with 中共新疆生产建设兵团委员会机关报, 农历 and 第N号; a lead under a dated
  dateline `本报石河子6月21日讯（记者 X 通讯员 Y）` (or the family's byline) ending in a jump line and **page 2
  carrying it on**; `兵团日报全媒体记者 X`, `本报记者 X 通讯员 Y`, `全媒体记者 X 见习记者 Y`; briefs `本报讯（记者 X）`
  glued or on a line of their own, or `兵团日报讯（记者 X 通讯员 Y）`; **本报评论员 commentaries**; a **numbered
  photo group**; **公示 notices**; ◆ 兵团简讯 columns.
* `baotou_city` 包头日报: a front page with 中共包头市委机关报 and 农历; `包头日报全媒体记者 X`, `全媒体记者 X 见习记者 Y`,
  `记者 X 通讯员 Y Z` (two aides); briefs `本报讯（全媒体记者 X）` or closed by `（记者 X 通讯员 Y）`; **供热 notices**;
  interviews `记者：` / the interviewee's name; a numbered photo group; ● 钢城快讯 columns; a brief and a photo
  read across; displaced headlines.
* `hefei_evening` 合肥晚报: columns of 12–17 characters, a blank line after every line, stray spaces,
  doubled-glyph and displaced headlines; `合肥晚报记者 X`, `合肥晚报 记者 X 实习生 Y`, `合肥晚报记者 X 文/摄`; briefs
  closed by `（合肥晚报记者 X）` or glued `本报讯（记者 X）`; **巢湖水情 tables**; Q&A `合肥晚报：`; ★ 庐州快讯 columns;
  two briefs read across; a page with no header.
* `nanguo_metro` 南国都市报 (海口): `南国都市报记者 X`, `南国都市报新媒体记者 X 通讯员 Y`, `文/图 本报记者 X`; briefs
  closed by `（本报记者 X）` or glued `本报讯（记者 X 通讯员 Y）`; **轮渡信息 boxes** (rows `新海港—海安新港 06:00—22:00
  约30分钟一班`) and **防台风提示 boxes**; a numbered photo group under `本组图片由南国都市报记者 X 摄`; a brief and a
  photo read across; displaced headlines; ● 椰城快讯 columns.
* `ruian_county` 瑞安日报 (a county-level city paper): a front page with 中共瑞安市委机关报 and 农历; `记者 X 通讯员 Y`,
  `通讯员 X 记者 Y`, `记者 X`; briefs `本报讯（通讯员 X）` or `本报讯（记者 X 通讯员 Y）` glued; town-supplied pictures
  (`（塘下镇供图）`); **招工信息 boxes**; ads mid-page; ▲ 镇街快讯 columns; two briefs read across; a blank line after
  every line on one page.
* `shuiwu_industry` 中国税务报: a `CHINA TAXATION NEWS` front page with 国家税务总局主管主办 and 农历; `本报记者 X`,
  `本报通讯员 X Y`, `记者 X 通讯员 Y`; briefs closed by the tax office and the name `（某某县税务局 X）`; **办税日历
  boxes**; 政策问答 with `问：` / `答：`; a lead ending in a jump line and page 2 carrying it on; ● 税务动态 columns;
  headlines after their bodies.
* `ouzhou_overseas` 欧洲时报 (巴黎): a `NOUVELLES D'EUROPE` front page; `欧洲时报记者 X 巴黎报道`, `本报驻柏林记者 X`,
  `欧洲时报实习记者 X`; briefs opening `【欧洲时报讯】` and closed by `（记者 X）`, or opening `【欧洲时报讯】` with no
  person; **领事提醒 boxes**; 欧时评论 pieces signed `文/X` or by the bare name with an `（作者系…）` note; `法新社`,
  `（资料图）`, `X 摄`; ◆ 侨社动态 columns; headers `section | date` over the page number.

Gold conventions are those of the README; new here: a 轮渡信息 / 防台风提示 / 办税日历 / 领事提醒 / 招工信息 box is
an `infobox` titled with its label (no decoration), or with the label as kicker when a title follows; a 巢湖水情
table is an `infobox` (its label the kicker, the column-header row its first row), its `数据来源` line a `credit`; a
公示 / 供热 notice is an `infobox` with no authors; `兵团日报讯（…）` and `本报石河子6月21日讯（…）` are not 本报讯
(a short item under them is an `article`) and name their persons; `合肥晚报记者 X 文/摄` and `文/图 本报记者 X`
make X author and photographer; `（某某县税务局 X）` names X; `X 巴黎报道` names X and no place; `【欧洲时报讯】`
names no one; town-supplied pictures, `法新社` and `（资料图）` name no photographer; a 欧时评论 label is furniture.

Seeds: FRESH13_SEED_BASE + FRESH13_SEED_STRIDE*family + 1_000*attempt + n (24_060_001 .. 24_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (captions,
photo groups, briefs, rows, notices, questions, titles and notes); names, figures, phone numbers and
addresses are made up.
"""
from __future__ import annotations

import dataclasses
import datetime

from fresh_layouts_2 import _d, _pooled_credit, _town_credit
from fresh_layouts_3 import story_slot
from fresh_layouts_5 import _credit_turns
from fresh_layouts_9 import Fresh9Family
from fresh_layouts_12 import Fresh12Builder
from layout_kit import DATED, DATED_LUNAR, TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, turns
from synthesize import Byline, phone

FRESH13_SEED_BASE = 24_000_000
FRESH13_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

BTR_CITIES = ("石河子", "五家渠", "阿拉尔", "图木舒克", "北屯", "铁门关")
BTR_GROUPS = [
    ("万亩棉田 银絮飘飘", ["①采棉机在棉田里作业。", "②职工在轧花厂里忙碌。", "③新采的棉花堆成了“棉山”。"]),
    ("戈壁新城 绿意盎然", ["图①市民在防护林带旁散步。", "图②孩子们在广场上玩耍。", "图③滴灌带铺满了田间。"]),
]
BTR_NOTICES = [
    ("关于拟命名兵团级文明连队的公示",
     "根据评选办法，经逐级推荐、审核，现将拟命名名单予以公示（排名不分先后）：",
     ["1.第某师某某团某某连", "2.第某师某某团某某连", "3.某某市某某街道某某社区", "4.第某师某某镇"],
     "公示时间为{a}起五个工作日。如有异议，请以书面形式反映。联系电话：{p}", "某某精神文明建设委员会办公室"),
]
BTR_TITLES = ["让好政策更快落到企业身上", "把群众的小事当作大事办", "以实干实绩答好发展考卷"]
BTR_CAPTIONS = [("游客在军垦博物馆参观。", "军垦记忆"), ("工人在生产线上加工番茄酱。", ""),
               ("连队职工在果园里采摘红枣。", "红枣丰收")]
BTR_BRIEFS = [
    ("一批乡村公路完成提档升级", "近日，一批乡村公路完成提档升级，沿线群众出行更加便捷。"),
    ("社区托育点开放报名", "日前，一批社区托育点开放报名，为双职工家庭提供就近托育服务。"),
    ("非遗展演走进商圈", "近日，一场非遗展演走进商圈，昆曲、评弹等节目吸引市民驻足。"),
]

BT_GROUPS = [
    ("黄河湿地 候鸟翩跹", ["①成群的候鸟在湿地上空飞翔。", "②摄影爱好者在岸边拍摄。", "③志愿者巡护湿地。"]),
    ("草原那达慕", ["①选手在赛马比赛中奋力冲刺。", "②摔跤手同场竞技。", "③牧民表演民族歌舞。"]),
]
BT_NOTICES = [
    ("关于供热管网注水试运行的公告",
     "为确保新供暖季按时供热，我公司将对城区供热管网进行注水试运行，现将有关事项公告如下：",
     ["一、注水时间为{a}起", "二、请用户关闭户内供暖阀门", "三、发现跑水漏水请及时报修"],
     "由此给您带来的不便，敬请谅解。报修电话：{p}", "某某热力有限公司"),
]
BT_QUESTIONS = ["这项工作是怎么启动的？", "企业遇到了哪些困难？", "群众能得到什么实惠？", "接下来有哪些打算？"]
BT_CAPTIONS = [("赛罕塔拉城中草原上，市民休闲健身。", "城中草原"), ("钢厂车间里，工人在检查钢卷。", ""),
               ("南海湿地的芦苇荡里，游船缓缓驶过。", "湿地泛舟")]
BT_BRIEFS = [
    ("社区开设老年大学教学点", "近日，一个社区开设老年大学教学点，开设书法、声乐等课程。"),
    ("城区新增一批充电桩", "日前，城区新增一批公共充电桩，方便新能源汽车车主充电。"),
    ("旗县区开展送医下乡活动", "近日，医疗专家走进旗县区，为农牧民义诊。"),
]

HF_GAUGES = (("忠庙站", 9.10), ("巢湖闸", 8.90), ("塘西河口", 9.05), ("派河口", 9.20), ("南淝河口", 8.95))
HF_QUESTIONS = ["这项工作是怎么推进的？", "过程中最难的是什么？", "市民最关心什么？", "以后还有什么打算？"]
HF_CAPTIONS = [("天鹅湖畔，市民在步道上散步。", "湖畔晚风"), ("游客在古镇老街上游览。", ""),
               ("美食街上，游客品尝特色小吃。", "老街美食")]
HF_BRIEFS = [
    ("老城区背街小巷完成整治", "近日，老城区一批背街小巷完成整治，路面和管线全部更新。"),
    ("社区开办暑期托管班", "日前，一个社区开办暑期托管班，解决孩子假期看护难题。"),
    ("夜间经济街区开街", "近日，一处夜间经济街区开街，市民可以逛夜市、看演出。"),
]

NG_PORTS = ("新海港—海安新港", "秀英港—海安港", "南港—北港", "新海港—徐闻港")
NG_TIPS = [
    ("防台风提示", ["①关好门窗，收好阳台花盆", "②非必要不外出，远离海边", "③储备饮用水和食品"]),
    ("暑期游泳安全提示", ["①不到无救生设施的海域游泳", "②儿童游泳须有成人陪同", "③身体不适立即上岸"]),
]
NG_GROUPS = [
    ("骑楼老街 烟火人间", ["①游客在骑楼老街拍照。", "②老字号店铺生意红火。", "③街头艺人表演琼剧。"]),
    ("椰城夜市人气旺", ["①市民在夜市品尝清补凉。", "②摊主在烤海鲜。", "③孩子们在夜市挑选玩具。"]),
]
NG_QUESTIONS = ["这件事是怎么引起关注的？", "市民反映最多的是什么？", "有关部门怎么回应？", "问题什么时候能解决？"]
NG_CAPTIONS = [("万绿园里，市民在椰树下乘凉。", "椰林树影"), ("游客在假日海滩上戏水。", ""),
               ("渔船在港湾里避风。", "港湾避风")]
NG_BRIEFS = [
    ("公交开通夜间线路", "近日，公交公司开通一条夜间线路，方便市民夜间出行。"),
    ("农贸市场推行智慧秤", "日前，一处农贸市场推行智慧秤，市民买菜明明白白。"),
    ("社区开设防溺水课堂", "近日，一个社区开设防溺水课堂，为孩子们讲解安全知识。"),
]

RA_TOWNS = ("塘下镇", "飞云街道", "马屿镇", "安阳街道", "玉海街道", "仙降街道", "陶山镇", "湖岭镇", "高楼镇")
RA_JOBS = [("某某汽摩配公司", "装配工", 10, 6000), ("某某鞋业公司", "针车工", 20, 7000), ("某某包装机械公司", "电工", 3, 8000),
           ("某某物流公司", "仓管员", 5, 5500), ("某某阀门公司", "数控车床操作工", 8, 7500)]
RA_ADS = [("某某家具城 开业大酬宾", "咨询热线：{p}"), ("某某驾校 暑期学车优惠", "报名电话：{p}")]
RA_CAPTIONS = [("飞云江畔，市民在滨江公园散步。", "江畔晚风"), ("工人在车间里检测汽车配件。", ""),
               ("寨寮溪边，游客戏水纳凉。", "溪边纳凉")]
RA_BRIEFS = [
    ("村里建起共享菜园", "近日，一个村建起共享菜园，村民认领地块种菜。"),
    ("镇里举办农民运动会", "日前，一场农民运动会在镇里举办，设拔河、挑担等项目。"),
    ("企业开展消防演练", "近日，一批企业开展消防演练，员工学习灭火器使用方法。"),
]

TAX_OFFICES = ("某某县税务局", "某某区税务局", "某某市税务局第一税务分局", "某某税务所")
TAX_CALENDAR = ("申报缴纳上月增值税、消费税", "申报缴纳个人所得税代扣代缴税款", "申报缴纳城市维护建设税、教育费附加",
                "办理上年度企业所得税汇算清缴", "申报缴纳印花税", "申报缴纳文化事业建设费")
TAX_QUESTIONS = ["小规模纳税人可以享受哪些优惠？", "个人取得的奖金怎样计税？", "哪些费用可以税前扣除？",
                 "逾期申报会有什么后果？", "电子发票怎样开具？"]
TAX_CAPTIONS = [("税务干部走进企业讲解政策。", "送政策上门"), ("纳税人在自助办税终端办理业务。", ""),
                ("青年志愿者在办税服务厅引导纳税人。", "志愿服务")]
TAX_BRIEFS = [
    ("税收宣传月活动启动", "近日，一场税收宣传月活动启动，税务干部走进园区讲解政策。"),
    ("办税服务厅推出延时服务", "日前，一个办税服务厅推出延时服务，方便纳税人下班后办税。"),
    ("税企座谈会召开", "近日，一场税企座谈会召开，企业代表提出意见建议。"),
]

OZ_CITIES = ("巴黎", "里昂", "马赛")
OZ_TIPS = [
    ("假期出行安全须知", ["①外出时妥善保管护照和财物", "②避免夜间独自前往偏僻地区", "③遇到紧急情况及时报警并联系使领馆"]),
    ("罢工期间出行须知", ["①提前查询公共交通运行信息", "②旅游旺季注意防范扒窃", "③租车自驾遵守当地交规"]),
]
OZ_TITLES = ["华文教育需要更多耐心", "侨团活动贵在服务侨胞", "让更多年轻人了解中国文化"]
OZ_NOTES = ("（作者系旅法学者）", "（作者系欧洲华文媒体评论员）", "（作者为巴黎某大学教师）")
OZ_CAPTIONS = [("塞纳河畔，游客在观光船上拍照。", "塞纳河畔"), ("华人商家在街头举办中秋游园会。", ""),
               ("学生在中文学校里练习书法。", "笔墨传情")]
OZ_BRIEFS = [
    ("中文学校举行结业典礼", "日前，一所中文学校举行结业典礼，数百名学生获得结业证书。"),
    ("侨团举办春节联欢会", "一个侨团日前举办春节联欢会，侨胞和当地民众欢聚一堂。"),
    ("华人商会开展义卖", "一家华人商会日前开展义卖，所得款项捐给当地慈善机构。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_btr = chosen(Above("兵团日报全媒体记者 {0!l}"), Above("本报记者 {0!l} 通讯员 {1}", 2),
               Above("全媒体记者 {0!l} 见习记者 {1}", 2), turn="by", drawn=2)
by_btr_brief = turns(Form("本报讯（记者 {0}）", line_share=0.4), Form("兵团日报讯（记者 {0} 通讯员 {1}）", 2, hint="plain"))


def by_btr_dated(ctx, item):
    """本报石河子6月21日讯（记者 X 通讯员 Y）: a dated dateline, not 本报讯."""
    a, b = ctx.name(), ctx.name()
    d = _d(ctx)
    return Byline([a, b], glue=f"本报{ctx.rng.choice(BTR_CITIES)}{d.month}月{d.day}日讯（记者 {a} 通讯员 {b}）")


by_bt = chosen(Above("包头日报全媒体记者 {0!l}"), Above("全媒体记者 {0!l} 见习记者 {1}", 2),
               Above("记者 {0!l} 通讯员 {1} {2}", 3), turn="by", drawn=2)
by_bt_brief = turns(Form("本报讯（全媒体记者 {0}）", line_share=0.3), Form("（记者 {0} 通讯员 {1}）", 2, **TRAIL))

by_hf = chosen(Above("合肥晚报记者 {0!l}"), Above("合肥晚报 记者 {0!l} 实习生 {1}", 2),
               Above("合肥晚报记者 {0!l} 文/摄", photo=True), turn="by", drawn=2)
by_hf_brief = turns(Form("（合肥晚报记者 {0}）", **TRAIL), Form("本报讯（记者 {0}）"))

by_ng = chosen(Above("南国都市报记者 {0!l}"), Above("南国都市报新媒体记者 {0!l} 通讯员 {1}", 2),
               Above("文/图 本报记者 {0!l}", photo=True), turn="by", drawn=2)
by_ng_brief = turns(Form("（本报记者 {0}）", **TRAIL), Form("本报讯（记者 {0} 通讯员 {1}）", 2))

by_ra = chosen(Above("记者 {0!l} 通讯员 {1}", 2), Above("通讯员 {0} 记者 {1!l}", 2), Above("记者 {0!l}"), turn="by", drawn=2)
by_ra_brief = turns(Form("本报讯（通讯员 {0}）"), Form("本报讯（记者 {0} 通讯员 {1}）", 2))

by_tax = chosen(Above("本报记者 {0!l}"), Above("本报通讯员 {0} {1}", 2), Above("记者 {0!l} 通讯员 {1}", 2),
                turn="by", drawn=2)
by_tax_brief = turns(Form("（{c0} {0}）", choices=(TAX_OFFICES,), **TRAIL), Form("本报讯（通讯员 {0}）"))

by_oz = chosen(Above("欧洲时报记者 {0!l} {c0}报道", choices=(OZ_CITIES,)), Above("本报驻柏林记者 {0!l}"),
               Above("欧洲时报实习记者 {0}"), turn="by")
by_oz_brief = turns(Form("（记者 {0}）", **TRAIL, glue="【欧洲时报讯】"), Form("【欧洲时报讯】", 0, hint="plain"))


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_btr = _credit_turns(("兵团日报全媒体记者 {n} 摄", "（{n} 摄）", "本报记者 {s} 摄"))
cr_bt = _credit_turns(("包头日报全媒体记者 {n} 摄", "（{n} 摄）", "通讯员 {n} 摄"))
cr_hf = _credit_turns(("合肥晚报记者 {n} 摄", "记者 {s}/摄"))
cr_ng = _credit_turns(("南国都市报记者 {n} 摄", "本报记者 {n}/摄", "（{n} 摄）"))
cr_ra = _pooled_credit(_credit_turns(("记者 {n} 摄", "通讯员 {n} 摄")), _town_credit(RA_TOWNS))
cr_tax = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "通讯员 {s}/摄"))
cr_oz = _credit_turns(("{n} 摄", "法新社", "（资料图）"))


# --------------------------------------------------------------------------- builder


class Fresh13Builder(Fresh12Builder):

    def dated_notice(self, title, intro, rows, closing, issuer, area):
        """A notice whose closing line names its first day and a phone number (notice_box fills only the rows)."""
        start = self.ctx.date + datetime.timedelta(days=2)
        closing = closing.format(a=f"{start.month}月{start.day}日", p=phone(self.rng, area))
        return self.notice_box(title, intro, rows, closing, issuer)

    # -------------------------------------------------------------- 兵团日报

    slot_btrlead = story_slot(dated=by_btr_dated, dated_share=0.6, jump=True)

    slot_btrstory = story_slot(0.4)

    def slot_btrpinglun(self):
        return self.titled_pinglun(BTR_TITLES)

    def slot_btrgroup(self):
        return self.group(BTR_GROUPS)

    def slot_btrnotice(self):
        return self.dated_notice(*BTR_NOTICES[0], "0991")

    # -------------------------------------------------------------- 包头日报

    slot_btstory = story_slot(0.3)

    def slot_btgroup(self):
        return self.group(BT_GROUPS)

    def slot_btnotice(self):
        return self.dated_notice(*BT_NOTICES[0], "0472")

    def slot_btqa(self):
        return self.staff_qa(BT_QUESTIONS)

    # -------------------------------------------------------------- 合肥晚报

    slot_hfstory = story_slot(0.3)

    def slot_gauges(self):
        rng = self.rng
        rows = [f"{name} {level + rng.randrange(-20, 21) / 100:.2f} {rng.randrange(-5, 6) / 100:+.2f}"
                for name, level in rng.sample(HF_GAUGES, rng.choice((3, 4)))]
        day = self.ctx.date
        return self.table_box(("巢湖水情", "水情信息"), f"{day.month}月{day.day}日8时巢湖水位",
                              rng.choice(("站点 水位（米） 较昨日", "测站 水位 涨落")), rows,
                              ("数据来源：市水文部门", "数据来源：某某水文站"))

    def slot_hfqa(self):
        return self.staff_qa(HF_QUESTIONS, ("合肥晚报：", "记者："))

    # -------------------------------------------------------------- 南国都市报

    slot_ngstory = story_slot(0.3)

    def slot_ferry(self):
        rng = self.rng
        rows = [f"{route} {rng.choice(('06:00', '06:30', '07:00'))}—{rng.choice(('21:00', '22:00', '23:30'))} "
                f"约{rng.choice((20, 30, 40))}分钟一班" for route in rng.sample(NG_PORTS, rng.choice((2, 3)))]
        intro = "受天气影响，琼州海峡客滚运输航班有所调整，具体以港口公布为准：" if rng.random() < 0.5 else ""
        return self.rows_box(("轮渡信息", "过海提示"), rows, title="今日过海航班" if rng.random() < 0.5 else "",
                             intro=intro)

    def slot_ngtips(self):
        title, rows = self.uniq(NG_TIPS, "tips")
        return self.rows_box(("温馨提示", "安全提示"), rows, title=title if self.rng.random() < 0.6 else "")

    def slot_nggroup(self):
        return self.group(NG_GROUPS)

    def slot_ngqa(self):
        return self.staff_qa(NG_QUESTIONS, ("南国都市报：", "记者："))

    # -------------------------------------------------------------- 瑞安日报

    slot_rastory = story_slot(0.3)

    def slot_rajobs(self):
        rng = self.rng
        rows = [f"{firm} 招{post}{count}名 月薪{pay}元起" for firm, post, count, pay in rng.sample(RA_JOBS, rng.choice((3, 4)))]
        rows.append(f"咨询电话：{phone(rng, '0577')}")
        intro = "以下企业急招员工，有意者请电话联系：" if rng.random() < 0.5 else ""
        return self.rows_box(("招工信息", "求职招聘"), rows, intro=intro)

    def slot_raad(self):
        head, line = self.rng.choice(RA_ADS)
        return self.furniture(head, line.format(p=phone(self.rng, "0577")))

    # -------------------------------------------------------------- 中国税务报

    slot_taxlead = story_slot(jump=True)

    slot_taxstory = story_slot(0.5)

    def slot_calendar(self):
        rng, day = self.rng, self.ctx.date
        ends = sorted(rng.sample(range(10, 21), 3))
        rows = [f"{day.month}月1日至{day.month}月{end}日 {what}" for end, what in zip(ends, rng.sample(TAX_CALENDAR, 3))]
        return self.rows_box(("办税日历", "征期提醒"), rows, title=f"{day.month}月办税日历" if rng.random() < 0.5 else "")

    def slot_taxqa(self):
        return self.staff_qa(TAX_QUESTIONS, None)

    # -------------------------------------------------------------- 欧洲时报

    slot_ozstory = story_slot(0.3)

    def slot_oztips(self):
        title, rows = self.uniq(OZ_TIPS, "tips")
        return self.rows_box(("领事提醒", "温馨提示"), rows, title=title if self.rng.random() < 0.4 else "")

    def slot_ozcomment(self):
        return self.signed_piece(OZ_TITLES, OZ_NOTES, ("欧时评论", "欧 时 评 论", "侨界观察"), ("文/", "■", "文/ "))


# --------------------------------------------------------------------------- furniture


_btr_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), ln("兵团日报 {date} {wd}", paper=True, date=True)]),
    [ln("{date} {wd} 第{n}版 {sec}", date=True, page="{n}"), ln("责任编辑 {name} 版式 {name}")],
    front=[masthead("兵团日报"), "中共新疆生产建设兵团委员会机关报", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:16000-16999}号 今日{pages}版 国内统一连续出版物号 CN 65-0001", "扫码下载兵团日报客户端"])
_btr_bottom = furniture((0.5, ["新闻热线：{tel:0991}", "投稿邮箱：btrb@example.cn"]), ["本版校对 {name} 组版 {name}"])

_bt_top = furniture(
    (0.5, [ln("包头日报 {y}年{m}月{d}日 {wd}", paper=True, date=True), ln("{n:02d} {sec}", page="{n:02d}")]),
    [ln("{sec} 第{n}版 编辑 {name} 美编 {name}", page="{n}"), DATED],
    front=[masthead("包头日报"), "中共包头市委机关报", DATED_LUNAR, "第{no:20000-20999}期 今日{pages}版 包头日报社出版"])
_bt_bottom = furniture((0.5, ["新闻热线：{tel:0472}", "扫码关注包头日报"]), ["责任编辑 {name} 校对 {name}"])

_hf_top = furniture(
    (0.4, [ln("A{n:02d} {sec}", page="A{n:02d}"), ln("{y}年{m}月{d}日 {wd} 编辑：{name} 美编：{name}", date=True)]),
    (0.8, [ln("合肥晚报 {date} {wd} A{n:02d} {sec}", paper=True, date=True, page="A{n:02d}")]),
    [])
_hf_bottom = furniture((0.5, [ln("合肥晚报新闻热线 {tel:0551}", paper=True)]), ["组版：{name} 校对：{name}"])

_ng_top = furniture(
    (0.5, [ln("{ssec} A{n}", page="A{n}"), DATED]),
    (0.8, [ln("南国都市报 {y}.{m}.{d} {wd} A{n} {sec} 值班主任 {name}", paper=True, date=True, page="A{n}")]),
    [])
_ng_bottom = furniture((0.5, [ln("南国都市报新闻热线 {tel:0898}", paper=True), "扫码报料"]), ["责编 {name} 美编 {name} 校对 {name}"])

_ra_top = furniture(
    (0.5, [ln("{n:02d} {sec}", page="{n:02d}"), ln("瑞安日报 {y}年{m}月{d}日 {wd}", paper=True, date=True)]),
    [DATED, ln("第{n}版 {ssec} 责任编辑 {name}", page="{n}")],
    front=[masthead("瑞安日报"), "中共瑞安市委机关报", DATED_LUNAR, "第{no:7000-7999}期 今日{pages}版 浙内准字第{no:100-999}号"])
_ra_bottom = furniture((0.5, [ln("瑞安日报新闻热线：{tel:0577}", paper=True)]),
                       ["编辑 {name} 校对 {name}", opt(0.5, ["投稿邮箱：rarb@example.cn"])])

_tax_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), ln("中国税务报 {y}年{m}月{d}日 {wd}", paper=True, date=True)]),
    [ln("{sec} | 第{n}版", page="{n}"), ln("{date} {wd} 责任编辑 {name} 电话 {tel:010}", date=True)],
    front=[masthead("中国税务报"), "CHINA TAXATION NEWS", "国家税务总局主管主办", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:5000-5999}期 今日{pages}版 国内统一连续出版物号 CN 11-0000"])
_tax_bottom = furniture((0.5, ["本版校对 {name}", "读者热线：{tel:010}"]), ["投稿邮箱：swb@example.cn"])

_oz_top = furniture(
    (0.5, [ln("{sec} | {y}年{m}月{d}日 {wd}", date=True), ln("{n}", page="{n}")]),
    [ln("欧洲时报 {date} {wd} 第{n}版 {sec}", paper=True, date=True, page="{n}")],
    front=[masthead("欧洲时报"), "NOUVELLES D'EUROPE", DATED, "第{no:9000-9999}期 法国版 售价 1.50 €"])
_oz_bottom = furniture((0.5, ["编辑：{name} 美编：{name}"]), ["读者热线：{tel:+33}", "oushinet.example.com"])


@dataclasses.dataclass
class Fresh13Family(Fresh9Family):
    seed_stride: int = FRESH13_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh13Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh13Builder, **kw)


FRESH13_FAMILIES = [
    fam("bingtuan_provincial", "兵团日报", _btr_top, _btr_bottom, {by_btr: 1},
        brief_bylines={by_btr_brief: 1}, credits=(cr_btr,), width=(15, 23), blank={"para": 2, "none": 1}, indent=0.5,
        letterspace=0.3, displaced=0.1, caption_pool=BTR_CAPTIONS, brief_pool=BTR_BRIEFS, brief_pool_share=0.6,
        paper_outlet="兵团日报全媒体", labels={"column": ("兵团简讯", "师市传真"), "bullet": ("◆",)},
        plans=((["btrlead", "brief", "photo"], {"front": True}),
               (["continuation", "btrstory", "btrnotice"], {"page": 2}),
               (["btrpinglun", "btrgroup"], {"blank": "every"}),
               (["briefcol", "btrstory", "brief"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("要闻", "综合", "师市新闻")),
    fam("baotou_city", "包头日报", _bt_top, _bt_bottom, {by_bt: 1},
        brief_bylines={by_bt_brief: 1}, credits=(cr_bt,), width=(14, 22), blank={"para": 2, "every": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.03, displaced=0.3, caption_pool=BT_CAPTIONS, brief_pool=BT_BRIEFS,
        brief_pool_share=0.6, paper_outlet="包头日报全媒体", labels={"column": ("钢城快讯", "旗县区传真"), "bullet": ("●",)},
        plans=((["btstory", "btnotice", "photo"], {"front": True}),
               (["btqa", "briefcol"], {}),
               (["btgroup", "btstory"], {"blank": "every"}),
               (["briefphoto", "btstory", "brief"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("包头新闻", "民生", "旗县区")),
    fam("hefei_evening", "合肥晚报", _hf_top, _hf_bottom, {by_hf: 1},
        brief_bylines={by_hf_brief: 1}, credits=(cr_hf,), width=(12, 17), blank={"para": 1, "every": 2},
        letterspace=0.4, stray_spaces=0.05, doubled=0.2, displaced=0.35, caption_pool=HF_CAPTIONS,
        brief_pool=HF_BRIEFS, brief_pool_share=0.6, labels={"column": ("庐州快讯", "城事简讯"), "bullet": ("★",)},
        plans=((["hfstory", "gauges", "photo"], {}),
               (["briefpair", "hfstory"], {"blank": "every"}),
               (["hfqa", "briefcol"], {"blank": "none"}),
               (["gauges", "hfstory", "brief"], {"blank": "every", "turn": 1})),
        page_style="A0", sections=("合肥新闻", "民生", "城事")),
    fam("nanguo_metro", "南国都市报", _ng_top, _ng_bottom, {by_ng: 1},
        brief_bylines={by_ng_brief: 1}, credits=(cr_ng,), width=(13, 19), per_article_width=True,
        blank={"para": 1, "every": 1}, letterspace=0.4, stray_spaces=0.04, doubled=0.1, displaced=0.3,
        caption_pool=NG_CAPTIONS, brief_pool=NG_BRIEFS, brief_pool_share=0.6, paper_outlet="南国都市报",
        labels={"column": ("椰城快讯", "城事速递"), "bullet": ("●",)},
        plans=((["ngstory", "ferry", "briefphoto"], {}),
               (["nggroup", "ngstory"], {"blank": "every"}),
               (["ngqa", "briefcol"], {"blank": "none"}),
               (["photo", "ngstory", "ngtips"], {"turn": 1})),
        page_style="A", sections=("海口新闻", "民生", "社会")),
    fam("ruian_county", "瑞安日报", _ra_top, _ra_bottom, {by_ra: 1},
        brief_bylines={by_ra_brief: 1}, credits=(cr_ra,), width=(14, 21), blank={"para": 2, "every": 1},
        letterspace=0.3, stray_spaces=0.03, displaced=0.2, caption_pool=RA_CAPTIONS, brief_pool=RA_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("镇街快讯", "镇街传真"), "bullet": ("▲",)},
        plans=((["rastory", "brief", "photo"], {"front": True}),
               (["briefcol", "raad", "rastory"], {}),
               (["rastory", "briefpair"], {"blank": "every"}),
               (["photo", "rastory", "rajobs"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("瑞安新闻", "镇街", "经济")),
    fam("shuiwu_industry", "中国税务报", _tax_top, _tax_bottom, {by_tax: 1},
        brief_bylines={by_tax_brief: 1}, credits=(cr_tax,), width=(16, 26), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, displaced=0.3, caption_pool=TAX_CAPTIONS, brief_pool=TAX_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("税务动态", "基层传真"), "bullet": ("●",)},
        plans=((["taxlead", "calendar", "photo"], {"front": True}),
               (["continuation", "briefcol", "taxstory"], {"page": 2}),
               (["taxqa", "briefphoto"], {"blank": "every"}),
               (["calendar", "taxstory", "brief"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("要闻", "征管", "纳税服务")),
    fam("ouzhou_overseas", "欧洲时报", _oz_top, _oz_bottom, {by_oz: 1},
        brief_bylines={by_oz_brief: 1}, credits=(cr_oz,), width=(14, 20), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.1, stray_spaces=0.03, caption_pool=OZ_CAPTIONS, brief_pool=OZ_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("侨社动态", "欧洲短讯"), "bullet": ("◆",)},
        plans=((["ozstory", "oztips", "photo"], {"front": True}),
               (["ozcomment", "briefcol"], {}),
               (["ozstory", "brief", "brief"], {"blank": "every"}),
               (["photo", "ozstory", "oztips"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("法国", "中国", "欧洲")),
]
