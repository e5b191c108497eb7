"""A tenth set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator.  Seven
regional papers from the provinces and regions the development set covers least (checked by name against
the development builders and the development gold; the held-back builders were not opened): an evening
paper of a provincial capital (Shanxi), two prefecture-level city dailies (Inner Mongolia, Hainan), a metro
paper (Ningxia), a county-level 融媒体中心 paper (Gansu), a Hong Kong daily and a Malaysian Chinese daily; each page
of a family follows one of four page plans, and byline and credit forms take turns across a family's pages.

* `taiyuan_evening` 太原晚报: columns of 12–17 characters, a blank line after every line on most pages,
  stray spaces, doubled-glyph and displaced headlines; `太原晚报记者 X`, `记者 X 实习生 Y`, `太原晚报记者 X 文/摄`;
  briefs glued `本报讯（记者 X）` or closed by `（太原晚报记者 X）`; **停水停气 notices** (an intro, rows of day,
  hours and area); interviews `记者：` / `太原晚报：` and the interviewee's name; ★ 龙城快讯 columns; two briefs
  read across columns; a page with no header.
* `ordos_city` 鄂尔多斯日报: a front page with 中共鄂尔多斯市委机关报, 农历 and 第N期; a lead ending in a jump
  line; **page 2 carrying a story on**; `鄂尔多斯日报全媒体记者 X`, `全媒体记者 X 通讯员 Y`, `本报记者 X 见习记者 Y`;
  briefs `本报讯（全媒体记者 X 通讯员 Y）` glued or on a line of their own; a **numbered photo group** under one
  shared credit; **公示 notices**; ◆ 旗区传真 columns.
* `sanya_city` 三亚日报: `三亚日报记者 X`, `本报记者 X 通讯员 Y`, `三亚日报记者 X 文/图`; briefs `本报讯（记者 X）` or
  closed by `（记者 X）`; **海况 boxes** (rows `三亚湾 浪高0.6米 水温29℃ 适宜游泳`); a **numbered photo group**;
  interviews `记者：` / the interviewee's name; a brief and a photo read across two columns; displaced
  headlines; a front page with 中共三亚市委机关报 and 农历.
* `xinxiaoxi_metro` 新消息报 (银川): columns of 12–18 characters, stray spaces, doubled-glyph and displaced
  headlines, a blank line after every line; `新消息报记者 X`, `新消息报记者 X 实习生 Y`, `文/图 新消息报记者 X`;
  briefs closed by `（新消息报记者 X）` or glued `本报讯（记者 X）`; **消费提示 boxes** of ①②③ rows; interviews
  `新消息报：` or `记者：`; two briefs, or a brief and a photo, read across columns; ● 民生快讯 columns.
* `dunhuang_county` 今日敦煌 (敦煌市融媒体中心): a front page with `敦煌市融媒体中心主办`, 准印证 and 农历;
  `融媒体记者 X 通讯员 Y`, `通讯员 X Y`; briefs `本报讯（通讯员 X）` or `本报讯（融媒体记者 X 通讯员 Y）` glued;
  town-supplied pictures (`（七里镇供图）`); **停电通知 boxes**; ads mid-page; ▲ 乡镇动态 columns; two briefs read
  across columns; displaced headlines; a blank line after every line on one page; the paper named on every page.
* `singtao_hk` 星岛日报: a `SING TAO DAILY` front page with 农历 and 零售价; `记者 X`, `记者 X Y` above the text,
  `【星岛日报报道】` glued to the text (no person); briefs closed by `（记者 X）` or opening `【星岛日报报道】`;
  **本港天气 boxes** (rows `星期日 大致多云 有一两阵骤雨 26～31℃`); `X 摄`, `资料图片`; interviews `记者：` /
  the interviewee's name; a brief and a photo read across two columns; ◆ 港闻简讯 columns; headers `港闻 A8`.
* `sinchew_overseas` 星洲日报 (马来西亚): a `SIN CHEW DAILY` front page; **datelines `（吉隆坡21日讯）` glued to the
  text with the reporter after it** (`报道：X`, `报道：X 摄影：Y`), or `报道：X` above the text; briefs closed by
  `（X）` or opening `（怡保讯）` (no person); **外汇 tables** (a label, a title, a column-header row, rows,
  `资料来源：…`); a lead ending in a jump line and **page 2 carrying it on**; ◆ 地方短讯 columns.

Gold conventions are those of the README; new here: a 停水停气 / 停电通知 / 海况 / 消费提示 / 本港天气 box is an
`infobox` titled with its label (no decoration), or with the label as kicker when a title follows; a 外汇 table
is an `infobox` (its label the kicker, the column-header row its first row), its `资料来源` line a `credit`;
`【星岛日报报道】` and `（吉隆坡21日讯）` name no one and are not 本报讯 (a short item so opened is an `article`);
`报道：X` names X as author and `摄影：Y` Y as photographer of the article; `太原晚报记者 X 文/摄`, `三亚日报记者 X
文/图` and `文/图 新消息报记者 X` make X author and photographer; `资料图片` and town-supplied pictures name no
photographer; a 龙城快讯 / 旗区传真 / 港闻简讯 label is furniture; a 公示 is an `infobox` with no authors.

Seeds: FRESH10_SEED_BASE + FRESH10_SEED_STRIDE*family + 1_000*attempt + n (21_060_001 .. 21_469_999): the
span given to this set holds seven families only at a stride of 60_000 (a family's pages use at most
50_000 seeds).  All text comes from articles.yml or from the short filler below, written for this corpus
(captions, photo groups, briefs, rows, notices, questions); names, figures, phone numbers and addresses
are made up.
"""
from __future__ import annotations

import dataclasses
import datetime

from fresh_layouts_2 import _d, _pooled_credit, _town_credit
from fresh_layouts_3 import story_slot
from fresh_layouts_5 import _credit_turns
from fresh_layouts_9 import Fresh9Builder, Fresh9Family
from layout_kit import DATED, DATED_LUNAR, TRAIL, Above, Form, _turn, chosen, form, furniture, ln, opt, shown, turns
from synthesize import Byline, phone

FRESH10_SEED_BASE = 21_000_000
FRESH10_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

TW_AREAS = ("迎泽区桃园路沿线", "杏花岭区府东街一带", "小店区亲贤街以南", "万柏林区和平南路两侧", "晋源区晋祠路沿线",
            "尖草坪区胜利街一带")
TW_QUESTIONS = ["这项服务是怎么开展起来的？", "市民的反响怎么样？", "工作中遇到过哪些困难？", "下一步还有什么打算？"]
TW_CAPTIONS = [("汾河公园里，市民沿河晨练。", "汾河晨练"), ("游客在钟楼街品尝特色面食。", ""),
               ("迎泽公园的荷花竞相开放。", "荷花盛开")]
TW_BRIEFS = [
    ("老旧小区加装电梯", "近日，城区一批老旧小区加装电梯完工，方便老年居民上下楼。"),
    ("社区书屋开放", "日前，一处社区书屋对居民开放，藏书三千余册。"),
    ("早市规范经营", "近日，一处早市完成改造，摊位统一规划，经营秩序明显好转。"),
]

ED_GROUPS = [
    ("草原那达慕 欢歌迎宾朋", ["①骑手们在赛马场上策马奔驰。", "②搏克手在比赛中角力。", "③牧民身着盛装观看比赛。"]),
    ("沙漠变绿洲", ["图①治沙工人在沙丘上扎设草方格。", "图②新栽的沙柳长出嫩芽。", "图③游客在沙漠景区骑骆驼。"]),
]
ED_NOTICES = [
    ("关于拟命名市级民族团结进步示范单位的公示",
     "经逐级推荐、实地考察，现将拟命名名单予以公示：",
     ["1.某某旗某某苏木", "2.某某区某某街道某某社区", "3.某某市第二中学", "4.某某公司"],
     "公示期间，如有异议，请以书面形式向市民族事务委员会反映。", "鄂尔多斯市民族事务委员会"),
    ("关于某某大街雨污分流改造工程施工的公示",
     "为改善城区排水条件，现将施工安排公示如下：",
     ["一、施工路段：某某大街某某路至某某路", "二、施工期间半幅通行", "三、公交线路临时绕行"],
     "施工期间给市民出行带来不便，敬请谅解。", "鄂尔多斯市某某工程建设指挥部"),
]
ED_CAPTIONS = [("库布其沙漠里，光伏板连片铺展。", "沙漠光伏"), ("牧民在草场上放牧羊群。", ""),
               ("成吉思汗广场上，市民跳起广场舞。", "广场欢歌")]
ED_BRIEFS = [
    ("一批绒纺企业参加展会", "近日，一批绒纺企业参加展会，展出多款新品羊绒制品。"),
    ("苏木开展义诊进牧区", "日前，一支医疗队走进牧区，为牧民免费体检。"),
    ("社区举办邻里节", "近日，一个社区举办邻里节，居民一起包饺子、做游戏。"),
]

SY_BEACHES = ("三亚湾", "大东海", "亚龙湾", "海棠湾", "后海", "西岛")
SY_ADVICE = ("适宜游泳", "较适宜游泳", "不宜游泳", "适宜潜水", "注意防晒")
SY_GROUPS = [
    ("南繁基地育种忙", ["①科研人员在试验田里授粉。", "②技术员记录水稻生长数据。", "③新品种稻穗沉甸甸。"]),
    ("渔港开海 渔船满载", ["图①渔船驶出崖州中心渔港。", "图②渔民在码头卸鱼。", "图③市民在渔港选购海鲜。"]),
]
SY_QUESTIONS = ["今年旅游旺季有什么新变化？", "怎样保障游客的消费权益？", "海边游玩要注意什么？", "接下来有哪些重点工作？"]
SY_CAPTIONS = [("三亚湾畔，游客在沙滩上嬉戏。", "椰梦长廊"), ("潜水爱好者在西岛附近海域潜水。", ""),
               ("鹿回头公园里，游客远眺城市夜景。", "山海夜色")]
SY_BRIEFS = [
    ("海滩开展净滩行动", "近日，志愿者在海滩开展净滩行动，清理垃圾两百余公斤。"),
    ("芒果进入采收期", "眼下，一批芒果园进入采收期，果农忙着采摘装箱。"),
    ("社区开设暑期托管班", "日前，一个社区开设暑期托管班，为双职工家庭解决后顾之忧。"),
]

XB_TIPS = [
    ("夏季消费提示", ["①购买冷饮要查看生产日期和保质期", "②外出就餐要索要消费凭证", "③网购生鲜要当面验货"]),
    ("购房提醒", ["①签约前要查验开发商资质", "②认真阅读合同条款", "③定金和订金要分清"]),
]
XB_QUESTIONS = ["这个问题是怎么发现的？", "居民最关心的是什么？", "整改什么时候能完成？", "市民遇到类似情况该怎么办？"]
XB_CAPTIONS = [("阅海湾畔，市民在栈道上散步。", "湖畔漫步"), ("志愿者在路口引导行人过马路。", ""),
               ("夜市里，摊主在烤羊肉串。", "烟火气")]
XB_BRIEFS = [
    ("公交新开一条社区线", "近日，公交公司新开一条社区线路，方便周边居民出行。"),
    ("菜市场完成提升改造", "日前，一处菜市场完成提升改造，摊位整齐划一。"),
    ("小区新建充电桩", "近日，一个小区新建一批电动自行车充电桩，居民充电不再难。"),
]

DH_TOWNS = ("沙州镇", "七里镇", "肃州镇", "莫高镇", "转渠口镇", "阳关镇", "月牙泉镇", "郭家堡镇", "黄渠镇")
DH_PLACES = ("村及周边", "村一带", "工业园区", "村部分区域")
DH_ADS = [("某某驾校 暑期班火热报名中", "报名热线：{p}"), ("某某家具城 周年店庆 全场让利", "咨询电话：{p}")]
DH_CAPTIONS = [("鸣沙山下，游客骑着骆驼观光。", "驼铃声声"), ("葡萄园里，农民在采摘葡萄。", ""),
               ("数字展示中心里，学生在观看壁画影像。", "研学")]
DH_BRIEFS = [
    ("乡镇开展消防演练", "近日，一个乡镇开展消防演练，提高群众应急处置能力。"),
    ("村里建起文化广场", "日前，一个村建起文化广场，村民晚饭后有了休闲去处。"),
    ("特色农产品展销会举办", "近日，一场特色农产品展销会举办，展出各乡镇农产品百余种。"),
]

ST_DAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
ST_SKIES = ("大致多云", "部分时间有阳光", "有一两阵骤雨", "天晴及非常炎热", "有几阵骤雨及雷暴")
ST_QUESTIONS = ["政策推出后市民反应如何？", "业界最关注什么？", "有关措施何时落实？", "对年轻人有什么建议？"]
ST_CAPTIONS = [("维港两岸夜景璀璨。", "维港夜色"), ("市民在街市选购蔬果。", ""), ("旅客在机场离境大堂排队。", "出游")]
ST_BRIEFS = [
    ("区议会举办社区嘉年华", "多个团体日前合办社区嘉年华，吸引大批居民参加。"),
    ("港铁新站附近增设巴士线", "运输部门日前宣布，港铁新站附近增设巴士线，方便居民转乘。"),
    ("图书馆延长开放时间", "公共图书馆下月起延长开放时间，方便学生温习。"),
]

SW_PLACES = ("吉隆坡", "槟城", "怡保", "新山", "马六甲", "古晋")
SW_RATES = (("美元", "4.70"), ("新元", "3.48"), ("人民币", "0.65"), ("英镑", "5.96"), ("欧元", "5.10"), ("港元", "0.60"))
SW_QUESTIONS = ["这个计划对华社有什么意义？", "筹备工作进行得怎样？", "家长最关心的是什么？", "接下来有什么安排？"]
SW_CAPTIONS = [("游客在茨厂街选购纪念品。", "茨厂街"), ("华小学生在课堂上练习书法。", ""),
               ("榴梿季节，小贩在路边摆摊。", "榴梿飘香")]
SW_BRIEFS = [
    ("华小举办开放日", "一所华小日前举办开放日，向家长介绍校园设施。"),
    ("会馆颁发助学金", "一家会馆日前颁发助学金，受惠学生逾百人。"),
    ("夜市新增摊位", "一处夜市日前新增一批摊位，售卖各类小吃。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_tw = chosen(Above("太原晚报记者 {0!l}"), Above("记者 {0!l} 实习生 {1}", 2),
               Above("太原晚报记者 {0!l} 文/摄", photo=True), turn="by", drawn=2)
by_tw_brief = turns(Form("本报讯（记者 {0}）"), Form("（太原晚报记者 {0}）", **TRAIL))

by_ed = chosen(Above("鄂尔多斯日报全媒体记者 {0!l}"), Above("全媒体记者 {0!l} 通讯员 {1}", 2),
               Above("本报记者 {0!l} 见习记者 {1}", 2), turn="by")
by_ed_brief = form("本报讯（全媒体记者 {0} 通讯员 {1}）", 2, line_share=0.4)

by_sy = chosen(Above("三亚日报记者 {0!l}"), Above("本报记者 {0!l} 通讯员 {1}", 2),
               Above("三亚日报记者 {0!l} 文/图", photo=True), turn="by", drawn=2)
by_sy_brief = turns(Form("本报讯（记者 {0}）"), Form("（记者 {0}）", **TRAIL))

by_xb = chosen(Above("新消息报记者 {0!l}"), Above("新消息报记者 {0!l} 实习生 {1}", 2),
               Above("文/图 新消息报记者 {0!l}", photo=True), turn="by", drawn=2)
by_xb_brief = turns(Form("（新消息报记者 {0}）", **TRAIL), Form("本报讯（记者 {0}）"))

by_dh = chosen(Above("融媒体记者 {0!l} 通讯员 {1}", 2), Above("通讯员 {0} {1}", 2), Above("融媒体记者 {0!l}"),
               turn="by", drawn=2)
by_dh_brief = turns(Form("本报讯（通讯员 {0}）"), Form("本报讯（融媒体记者 {0} 通讯员 {1}）", 2))

by_st = chosen(Above("记者 {0!l}"), Above("记者 {0} {1}", 2), Form("【星岛日报报道】", 0, hint="plain"), turn="by",
               drawn=2)
by_st_brief = turns(Form("（记者 {0}）", **TRAIL), Form("【星岛日报报道】", 0, hint="plain"))


def by_sw(ctx, item):
    """（吉隆坡21日讯）glued to the text with 报道：X (摄影：Y) after it, or 报道：X above the text."""
    rng = ctx.rng
    a = ctx.name()
    k = _turn(ctx, "by", 3)
    place = rng.choice(SW_PLACES)
    if k == 0:
        return Byline([a], glue=f"（{place}{_d(ctx).day}日讯）", after=[f"报道：{shown(ctx, a)}"])
    if k == 1:
        b = ctx.name()
        item.photographers = [b]
        return Byline([a], glue=f"（{place}讯）", after=[f"报道：{shown(ctx, a)} 摄影：{b}"])
    return Byline([a], before=[f"报道：{shown(ctx, a)}"])


by_sw_brief = turns(Form("（{0}）", **TRAIL), Form("（{c0}讯）", 0, hint="plain", choices=(SW_PLACES,)))


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_tw = _credit_turns(("太原晚报记者 {n} 摄", "记者 {s}/摄"))
cr_ed = _credit_turns(("鄂尔多斯日报全媒体记者 {n} 摄", "（{n} 摄）"))
cr_sy = _credit_turns(("三亚日报记者 {n} 摄", "通讯员 {n} 摄"))
cr_xb = _credit_turns(("新消息报记者 {n} 摄", "{n}/摄"))
cr_dh = _pooled_credit(_credit_turns(("融媒体记者 {n} 摄", "（{n} 摄）")), _town_credit(DH_TOWNS))
cr_st = _credit_turns(("{n} 摄", "资料图片", "记者 {n} 摄"))
cr_sw = _credit_turns(("（{n} 摄）", "档案照", "摄影：{n}"))


# --------------------------------------------------------------------------- builder


class Fresh10Builder(Fresh9Builder):

    # -------------------------------------------------------------- 太原晚报

    slot_twstory = story_slot(0.3)

    def slot_twcut(self):
        rng = self.rng
        rows = []
        for area in rng.sample(TW_AREAS, rng.choice((3, 4))):
            day, start = _d(self.ctx, -rng.randrange(1, 4)), rng.choice((8, 9, 22))
            rows.append(f"{day.month}月{day.day}日 {start}:00—{(start + rng.choice((6, 8))) % 24}:00 {area}")
        intro = rng.choice(("因管网维修，下列区域将暂停供水，请居民提前储水：",
                            "因燃气管道改造，下列区域将暂停供气，请用户关闭阀门："))
        return self.rows_box(("停水停气", "停水通知", "便民提示"), rows, intro=intro if rng.random() < 0.7 else "")

    def slot_twqa(self):
        return self.staff_qa(TW_QUESTIONS, ("记者：", "太原晚报："))

    # -------------------------------------------------------------- 鄂尔多斯日报

    slot_edlead = story_slot(jump=True)

    slot_edstory = story_slot(0.4)

    def slot_edgroup(self):
        return self.group(ED_GROUPS)

    def slot_ednotice(self):
        return self.notice_box(*ED_NOTICES[self.opts["notice"]])

    # -------------------------------------------------------------- 三亚日报

    slot_systory = story_slot(0.3)

    def slot_sea(self):
        rng = self.rng
        rows = [f"{beach} 浪高{rng.randrange(3, 15) / 10}米 水温{rng.randrange(26, 31)}℃ {rng.choice(SY_ADVICE)}"
                for beach in rng.sample(SY_BEACHES, rng.choice((3, 4)))]
        day = self.ctx.date
        title = f"{day.month}月{day.day}日滨海浴场海况" if rng.random() < 0.5 else ""
        return self.rows_box(("海况", "海况预报", "今日海况"), rows, title=title)

    def slot_sygroup(self):
        return self.group(SY_GROUPS)

    def slot_syqa(self):
        return self.staff_qa(SY_QUESTIONS)

    # -------------------------------------------------------------- 新消息报

    slot_xbstory = story_slot(0.3)

    def slot_xbtips(self):
        rng = self.rng
        title, rows = self.uniq(XB_TIPS, "tips")
        return self.rows_box(("消费提示", "温馨提示"), rows, title=title if rng.random() < 0.5 else "")

    def slot_xbqa(self):
        return self.staff_qa(XB_QUESTIONS, ("新消息报：", "记者："))

    # -------------------------------------------------------------- 今日敦煌

    slot_dhstory = story_slot(0.3)

    def slot_dhad(self):
        head, line = self.rng.choice(DH_ADS)
        return self.furniture(head, line.format(p=phone(self.rng, "0937")))

    def slot_dhpower(self):
        rng = self.rng
        rows = []
        for town in rng.sample(DH_TOWNS, rng.choice((3, 4))):
            day, start = _d(self.ctx, -rng.randrange(1, 5)), rng.choice((7, 8, 9))
            rows.append(f"{day.month}月{day.day}日 {start}:00—{start + rng.choice((4, 6, 8))}:00 {town}某某{rng.choice(DH_PLACES)}")
        intro = "因线路检修，下列区域将停电，请用户提前做好准备："
        return self.rows_box(("停电通知", "计划停电"), rows, intro=intro if rng.random() < 0.7 else "")

    # -------------------------------------------------------------- 星岛日报

    slot_ststory = story_slot(0.3)

    def slot_stweather(self):
        rng = self.rng
        first = self.ctx.date.weekday()
        rows = [f"{ST_DAYS[(first + k) % 7]} {rng.choice(ST_SKIES)} {rng.randrange(25, 28)}～{rng.randrange(30, 34)}℃"
                for k in range(rng.choice((3, 4)))]
        return self.rows_box(("本港天气", "天气预报"), rows, title="未来数日天气" if rng.random() < 0.4 else "")

    def slot_stqa(self):
        return self.staff_qa(ST_QUESTIONS)

    # -------------------------------------------------------------- 星洲日报

    slot_swlead = story_slot(jump=True)

    slot_swstory = story_slot(0.3)

    def slot_fx(self):
        rng = self.rng
        rows = [f"{name} {rate} {float(rate) + rng.randrange(2, 9) / 100:.2f}"
                for name, rate in rng.sample(SW_RATES, rng.choice((4, 5)))]
        return self.table_box(("汇率", "外汇行情"), "今日外汇（每单位兑令吉）", rng.choice(("货币 买入 卖出", "外币 银行买入 银行卖出")),
                              rows, ("资料来源：某某银行", "资料来源：国家银行"))

    def slot_swqa(self):
        return self.staff_qa(SW_QUESTIONS, ("记者：", "问："))


# --------------------------------------------------------------------------- furniture


_tw_top = furniture(
    (0.4, [ln("A{n:02d} {sec}", page="A{n:02d}"), ln("{y}年{m}月{d}日 {wd} 责编 {name} 美编 {name}", date=True)]),
    (0.8, [ln("太原晚报 {date} {wd} A{n:02d} {sec}", paper=True, date=True, page="A{n:02d}")]),
    [])
_tw_bottom = furniture((0.5, [ln("太原晚报新闻热线 {tel:0351}", paper=True)]), ["校对 {name}"])

_ed_top = furniture(
    (0.5, [ln("{n:02d} {sec}", page="{n:02d}"), ln("鄂尔多斯日报 {date} {wd}", paper=True, date=True)]),
    [ln("{date} {wd} 农历{slunar} 责任编辑 {name}", date=True), ln("第{n}版 · {ssec}", page="{n}")],
    front=[ln("鄂尔多斯日报", paper=True), "中共鄂尔多斯市委机关报", DATED_LUNAR,
           "第{no:12000-12999}期 今日{pages}版 国内统一连续出版物号 CN 15-0000"])
_ed_bottom = furniture((0.5, ["新闻热线：{tel:0477}", "扫码关注鄂尔多斯日报"]), ["本版校对 {name} 组版 {name}"])

_sy_top = furniture(
    (0.5, [ln("{sec} {n:02d}", page="{n:02d}"), ln("三亚日报 {y}.{m}.{d} {wd}", paper=True, date=True)]),
    [ln("{date} {wd} 第{n}版 {sec} 编辑 {name}", date=True, page="{n}")],
    front=[ln("三亚日报", paper=True), "中共三亚市委机关报", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:8000-8999}期 今日{pages}版"])
_sy_bottom = furniture((0.5, ["新闻热线：{tel:0898}"]), ["责任编辑 {name} 校对 {name}", opt(0.5, ["投稿邮箱：syrb@example.cn"])])

_xb_top = furniture(
    (0.5, [ln("A{n} {ssec}", page="A{n}"), DATED]),
    (0.8, [ln("新消息报 {y}年{m}月{d}日 {wd} A{n} {sec} 首席编辑 {name}", paper=True, date=True, page="A{n}")]),
    [])
_xb_bottom = furniture((0.5, [ln("新消息报热线 {tel:0951}", paper=True), "扫码报料"]), ["美编 {name} 校对 {name}"])

_dh_top = furniture(
    (0.5, [ln("今日敦煌 {y}年{m}月{d}日", paper=True, date=True), ln("{n:02d} {ssec}", page="{n:02d}")]),
    [ln("{n:02d} {sec} 责编 {name}", page="{n:02d}")],
    front=[ln("今日敦煌", paper=True), "敦煌市融媒体中心主办", DATED_LUNAR,
           "第{no:1000-1999}期 甘内资准字 {no:100-999}号"])
_dh_bottom = furniture((0.5, [ln("今日敦煌投稿邮箱：jrdh@example.cn", paper=True)]),
                       [ln("今日敦煌 {date}", paper=True, date=True), "编辑 {name}"])

_st_top = furniture(
    (0.5, [ln("{sec} A{n}", page="A{n}"), ln("星岛日报 {date} {wd}", paper=True, date=True)]),
    [ln("{date} {wd} | A{n} | {sec}", date=True, page="A{n}")],
    front=[ln("星岛日报", paper=True), "SING TAO DAILY", ln("{date} {wd} 农历{slunar}", date=True),
           "零售价 港币十元"])
_st_bottom = furniture((0.5, ["编辑 {name} 美术 {name}"]), ["新闻热线 {tel:852}"])

_sw_top = furniture(
    (0.5, [ln("{sec} | {date} {wd}", date=True), ln("A{n}", page="A{n}")]),
    [ln("星洲日报 {y}年{m}月{d}日 {wd} A{n} {sec}", paper=True, date=True, page="A{n}")],
    front=[ln("星洲日报", paper=True), "SIN CHEW DAILY", DATED, "零售价 RM1.80"])
_sw_bottom = furniture((0.5, ["编辑 {name}"]), ["读者热线：{tel:+60}", "sinchew.example"])


@dataclasses.dataclass
class Fresh10Family(Fresh9Family):
    seed_stride: int = FRESH10_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh10Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh10Builder, **kw)


FRESH10_FAMILIES = [
    fam("taiyuan_evening", "太原晚报", _tw_top, _tw_bottom, {by_tw: 1},
        brief_bylines={by_tw_brief: 1}, credits=(cr_tw,), width=(12, 17), blank={"para": 1, "every": 2},
        letterspace=0.4, stray_spaces=0.05, doubled=0.2, displaced=0.35, caption_pool=TW_CAPTIONS,
        brief_pool=TW_BRIEFS, brief_pool_share=0.6, labels={"column": ("龙城快讯", "城事简讯"), "bullet": ("★",)},
        plans=((["twstory", "twcut", "photo"], {}),
               (["briefpair", "twstory"], {"blank": "every"}),
               (["twqa", "briefcol"], {"blank": "none"}),
               (["twcut", "twstory", "brief"], {"blank": "every", "turn": 1})),
        page_style="A0", sections=("太原新闻", "民生", "城事")),
    fam("ordos_city", "鄂尔多斯日报", _ed_top, _ed_bottom, {by_ed: 1},
        brief_bylines={by_ed_brief: 1}, credits=(cr_ed,), width=(15, 23), blank={"para": 2, "none": 1}, indent=0.5,
        letterspace=0.3, displaced=0.15, caption_pool=ED_CAPTIONS, brief_pool=ED_BRIEFS, brief_pool_share=0.6,
        paper_outlet="鄂尔多斯日报全媒体", labels={"column": ("旗区传真", "鄂尔多斯快讯"), "bullet": ("◆",)},
        plans=((["edlead", "brief", "photo"], {"front": True}),
               (["continuation", "edstory", "ednotice"], {"page": 2, "notice": 0}),
               (["edgroup", "edstory"], {"blank": "every"}),
               (["briefcol", "edstory", "ednotice"], {"blank": "none", "notice": 1, "turn": 1})),
        page_style="0", sections=("要闻", "综合", "旗区")),
    fam("sanya_city", "三亚日报", _sy_top, _sy_bottom, {by_sy: 1},
        brief_bylines={by_sy_brief: 1}, credits=(cr_sy,), width=(14, 21), blank={"para": 2, "every": 1},
        letterspace=0.3, stray_spaces=0.03, displaced=0.3, caption_pool=SY_CAPTIONS, brief_pool=SY_BRIEFS,
        brief_pool_share=0.6, paper_outlet="三亚日报", labels={"column": ("鹿城快讯", "区里传真"), "bullet": ("●",)},
        plans=((["systory", "sea", "photo"], {"front": True}),
               (["sygroup", "systory"], {"blank": "every", "group_credit": "本组图片均由{p}记者 {n} 摄"}),
               (["briefphoto", "systory", "briefcol"], {}),
               (["sea", "syqa", "brief"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("三亚新闻", "旅游", "民生")),
    fam("xinxiaoxi_metro", "新消息报", _xb_top, _xb_bottom, {by_xb: 1},
        brief_bylines={by_xb_brief: 1}, credits=(cr_xb,), width=(12, 18), per_article_width=True,
        blank={"para": 1, "every": 1}, letterspace=0.4, stray_spaces=0.05, doubled=0.25, displaced=0.3,
        caption_pool=XB_CAPTIONS, brief_pool=XB_BRIEFS, brief_pool_share=0.6,
        labels={"column": ("民生快讯", "城事速递"), "bullet": ("●",)},
        plans=((["xbstory", "briefpair"], {"blank": "every"}),
               (["xbqa", "xbtips"], {}),
               (["photo", "xbstory", "briefcol"], {"blank": "none"}),
               (["xbtips", "xbstory", "briefphoto"], {"turn": 1})),
        page_style="A", sections=("银川新闻", "民生", "社会")),
    fam("dunhuang_county", "今日敦煌", _dh_top, _dh_bottom, {by_dh: 1},
        brief_bylines={by_dh_brief: 1}, credits=(cr_dh,), width=(13, 20), blank={"para": 2, "every": 1},
        letterspace=0.4, stray_spaces=0.04, displaced=0.25, caption_pool=DH_CAPTIONS, brief_pool=DH_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("乡镇动态", "乡镇传真"), "bullet": ("▲",)},
        plans=((["dhstory", "brief", "photo"], {"front": True}),
               (["briefcol", "dhad", "dhstory"], {}),
               (["dhstory", "briefpair"], {"blank": "every"}),
               (["photo", "dhstory", "dhpower"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("敦煌新闻", "乡镇", "文旅")),
    fam("singtao_hk", "星岛日报", _st_top, _st_bottom, {by_st: 1},
        brief_bylines={by_st_brief: 1}, credits=(cr_st,), width=(13, 19), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.2, stray_spaces=0.03, doubled=0.1, displaced=0.2, caption_pool=ST_CAPTIONS,
        brief_pool=ST_BRIEFS, brief_pool_share=0.7, labels={"column": ("港闻简讯", "社区消息"), "bullet": ("◆",)},
        plans=((["ststory", "stweather", "photo"], {"front": True}),
               (["briefcol", "ststory"], {}),
               (["stqa", "briefphoto"], {"blank": "every"}),
               (["photo", "ststory", "stweather"], {"blank": "none", "turn": 1})),
        page_style="A", sections=("港闻", "要闻", "社会")),
    fam("sinchew_overseas", "星洲日报", _sw_top, _sw_bottom, {by_sw: 1},
        brief_bylines={by_sw_brief: 1}, credits=(cr_sw,), width=(16, 26), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.2, caption_pool=SW_CAPTIONS, brief_pool=SW_BRIEFS, brief_pool_share=0.7,
        labels={"column": ("地方短讯", "华社动态"), "bullet": ("◆",)},
        plans=((["swlead", "fx", "brief"], {"front": True}),
               (["continuation", "swstory", "photo"], {"page": 2}),
               (["swstory", "briefpair"], {"blank": "every"}),
               (["fx", "swqa", "briefcol"], {"blank": "none", "turn": 1})),
        page_style="A", sections=("国内", "地方", "华社")),
]
