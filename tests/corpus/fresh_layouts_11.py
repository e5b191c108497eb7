"""An eleventh set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or evaluate.py. Seven
national and specialised papers the corpus had not imitated (checked by name against the development
builders and gold; the held-back builders were not opened): a market-supervision paper, an audit
paper, a national-defence paper, a university paper, an enterprise paper, a digest weekly and a
customs paper. Each page of a family follows one of four page plans; byline and credit forms take turns
across a family's pages.

* `scjg_market` 中国市场监管报: a front page with 国家市场监督管理总局主管主办 and 农历; a lead ending in a jump
  line; `本报记者 X`, `中国市场监管报记者 X 通讯员 Y`, `本报通讯员 X Y`; briefs `本报讯（通讯员 X）` glued or
  closed by `（记者 X）`; **抽检通告 notices**; **消费提示 boxes** of ①②③ rows; interviews `记者：` / the
  official's name; ■ 监管动态 columns; two briefs read across columns.
* `sjb_audit` 中国审计报 (the audit office's paper): `本报记者 X`, `中国审计报记者 X 通讯员 Y`, `记者 X 实习记者 Y`;
  briefs `本报讯（通讯员 X）` on a line of their own or glued; **审计数据 / 数说审计 boxes**; interviews `问：`/`答：`;
  a **numbered photo group** under one shared credit; ● 审计动态 columns; headlines after their bodies.
* `gfb_defense` 中国国防报: a front page with 解放军报社主管主办 and 农历; `■本报记者 X`, `■X 特约记者 Y`,
  `■通讯员 X 本报记者 Y`; briefs closed by `（X、Y）` or glued `本报讯`; **征兵公告 notices**; ◆ 国防动员快讯
  columns; a brief and a photo read across columns; a blank line after every line; page labels `第三版`.
* `xqh_university` 新清华 (a university's weekly, dated Fridays): `记者 X`, `学生记者 X Y`, `文/X 图/Y`; briefs
  closed by `（通讯员 X）`; **讲座预告 boxes** (rows of day, hour, place and speaker); interviews `记者：` / the
  teacher's name; `图/学生记者 X`, `（某某学院供图）`; 校园简讯 columns; two briefs read across columns.
* `zgsh_enterprise` 中国石化报 (an enterprise's paper): a front page with 中国石油化工集团有限公司主管主办;
  `本报记者 X`, `■X 通讯员 Y`, `通讯员 X`; briefs closed by the unit and the name `（胜利油田 X）`; **数说 / 生产快报
  boxes** of key figures; a lead ending in a jump line; ● 企业动态 columns; `某某分公司供图`; headlines after
  their bodies.
* `bkwz_digest` 报刊文摘 (a digest weekly, dated Mondays): reprinted pieces closed by `（摘自《某报》 X）`, or
  signed `□X` above with `（摘自《某报》）` below; **一周数字 / 网言网语 boxes**; two briefs read across columns;
  narrow columns, a blank line after every line, doubled-glyph and displaced headlines.
* `ggsb_customs` 中国国门时报 (the customs paper): a front page with 海关总署主管 and 农历; `本报记者 X`,
  `通讯员 X 记者 Y`, `■某某海关 X`; briefs `本报讯（通讯员 X）` glued or closed by `（某某海关 X）`; **进出口数据
  tables** (a label, a title, a column-header row, rows, `数据来源：…`); **通关提示 boxes**; interviews `记者：` /
  the officer's name; a numbered photo group; ◆ 关区传真 columns.

Gold conventions are those of the README; new here: a 消费提示 / 审计数据 / 讲座预告 / 数说 / 一周数字 / 通关提示
box is an `infobox` titled with its label (no decoration), or with the label as kicker when a title
follows; a 进出口数据 table is an `infobox` whose `数据来源` line is a `credit`; a 抽检通告 / 征兵公告 is an
`infobox` with no authors; `文/X 图/Y` makes X the author and Y the photographer; a reprint credit
`（摘自《某报》 X）` names X as author (a `（…）` credit) and its paper is not the page's; `（胜利油田 X）` and
`（某某海关 X）` name X; `（X、Y）` names both; unit-supplied pictures name no photographer.

Seeds: the families come in pairs, each pair under its own base (FRESH11_SETS), base + 100_000*family +
1_000*attempt + n, all within 21_500_001 .. 21_999_999. All text comes from articles.yml or from the short
filler below, written for this corpus (captions, photo groups, briefs, rows, notices, questions, titles);
names, figures, phone numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses
import datetime

from fresh_layouts_2 import _pooled_credit, _town_credit
from fresh_layouts_3 import story_slot
from fresh_layouts_5 import _credit_turns
from fresh_layouts_9 import Fresh9Builder, Fresh9Family
from layout_kit import DATED, DATED_LUNAR, TRAIL, Above, Form, _turn, chosen, furniture, ln, masthead, opt, shown, turns
from synthesize import Byline

# --------------------------------------------------------------------------- filler (written for this corpus)

SJ_TIPS = [["①购买预付卡要选择信誉好的商家", "②保留好消费凭证", "③遇到纠纷可拨打12315投诉"],
           ["①网购时仔细核对商品信息", "②不轻信低价促销链接", "③收货时当面验货"],
           ["①选购电动自行车认准3C标志", "②不私自改装车辆", "③充电时远离易燃物品"]]
SJ_NOTICES = [
    ("关于6批次食品抽检不合格情况的通告",
     "近期，市场监管部门组织抽检食品样品，其中6批次样品不合格。现将有关情况通告如下：",
     ["一、不合格产品涉及蔬菜制品、糕点等类别", "二、有关部门已对不合格产品生产经营者立案调查", "三、消费者可拨打投诉举报电话{p}"],
     "特此通告。", "某某省市场监督管理局"),
    ("关于开展计量器具专项检查的通告",
     "为维护公平交易秩序，定于近期开展计量器具专项检查，现通告如下：",
     ["一、检查范围为农贸市场、加油站和眼镜店", "二、经营者应主动申请检定", "三、咨询电话：{p}"],
     "特此通告。", "某某市市场监督管理局"),
]
SJ_QUESTIONS = ["这次专项行动的重点是什么？", "消费者权益如何得到更好保障？", "对经营者有什么提醒？", "下一步还有哪些举措？"]
SJ_CAPTIONS = [("执法人员在超市检查食品标签。", "检查标签"), ("检测人员在实验室检测样品。", ""),
               ("工作人员向市民讲解消费维权知识。", "维权宣传")]
SJ_BRIEFS = [
    ("一批老字号企业获得商标保护", "近日，一批老字号企业完成商标注册，品牌得到有效保护。"),
    ("农贸市场开展计量检定", "日前，监管人员走进农贸市场，对电子秤开展免费检定。"),
    ("消费维权站进驻商圈", "近日，一批消费维权服务站进驻商圈，方便消费者就近投诉。"),
]

SJB_TIPS = [["审计项目 1.2万个", "促进增收节支 2600亿元", "推动完善制度 3100项"],
            ["审计民生资金 860亿元", "督促整改问题金额 420亿元", "移送问题线索 160件"]]
SJB_GROUPS = [
    ("审计人员走进乡村", ["①审计人员核对惠农补贴发放台账。", "②审计人员向村民了解补贴到账情况。", "③审计人员查看高标准农田建设现场。"]),
    ("审计开放日", ["①市民参观审计成果展。", "②工作人员讲解审计工作流程。", "③学生体验数据审计。"]),
]
SJB_QUESTIONS = ["今年审计工作的重点是什么？", "如何推动审计整改落到实处？", "大数据审计带来了哪些变化？", "基层审计面临哪些困难？"]
SJB_CAPTIONS = [("审计人员在工地核查工程量。", "现场核查"), ("审计人员分析财务数据。", ""),
                ("审计人员走访养老机构。", "民生审计")]
SJB_BRIEFS = [
    ("审计业务培训班开班", "近日，一期审计业务培训班开班，学员来自基层审计机关。"),
    ("一批审计整改案例发布", "日前，一批审计整改典型案例发布，涉及民生资金和政府投资项目。"),
    ("审计机关开展普法宣传", "近日，审计机关走进社区开展普法宣传。"),
]

GF_NOTICES = [
    ("某某市征兵公告",
     "根据上级部署，现就本年度征兵工作有关事项公告如下：",
     ["一、征集对象为符合条件的男女青年", "二、报名时间为{a}至{b}", "三、咨询电话：{p}"],
     "欢迎广大适龄青年踊跃报名应征。", "某某市征兵办公室"),
]
GF_CAPTIONS = [("民兵在训练场进行应急演练。", "应急演练"), ("新兵在营区参加队列训练。", ""),
               ("学生参观国防教育展览。", "国防教育")]
GF_BRIEFS = [
    ("民兵应急分队开展拉动演练", "近日，一支民兵应急分队开展拉动演练，检验快速反应能力。"),
    ("国防教育主题展开展", "日前，一场国防教育主题展开展，吸引大批学生参观。"),
    ("退役军人就业招聘会举行", "近日，一场退役军人专场招聘会举行，多家企业提供岗位。"),
]

XQ_PLACES = ("主楼后厅", "图书馆报告厅", "蒙民伟楼多功能厅", "新水利馆", "文科楼")
XQ_TOPICS = ("人工智能与未来教育", "碳中和的路径选择", "古籍里的中国", "青年如何做科研", "城市更新与社区营造")
XQ_QUESTIONS = ["您为什么选择这个研究方向？", "对本科生做科研有什么建议？", "课程改革有哪些新变化？", "您怎样看待师生关系？"]
XQ_CAPTIONS = [("同学们在操场上参加毕业典礼。", "毕业季"), ("学生在实验室里调试设备。", ""),
               ("校园里的荷塘。", "荷塘月色")]
XQ_BRIEFS = [
    ("学生艺术团举办专场演出", "日前，学生艺术团举办专场演出，吸引众多师生观看。"),
    ("校园开放日迎来参观者", "近日，学校举办校园开放日活动，接待中学生及家长参观。"),
    ("图书馆延长开放时间", "考试周期间，图书馆延长开放时间，方便同学们复习。"),
]
XQ_UNITS = ("建筑学院", "学生会", "校团委")

SH_UNITS = ("胜利油田", "镇海炼化", "茂名石化", "齐鲁石化", "燕山石化", "中原油田")
SH_FIGURES = [["原油产量 1.2万吨 同比增长2.1%", "天然气产量 3.6亿立方米", "加工原油 2150万吨", "成品油销量 1850万吨"],
              ["新建加氢站 12座", "光伏发电量 8600万千瓦时", "化工品产量 980万吨 同比增长4.5%"]]
SH_CAPTIONS = [("员工在装置区巡检。", "巡检"), ("加油站员工为车辆加油。", ""), ("钻井平台夜景。", "不夜平台")]
SH_BRIEFS = [
    ("一座加氢站建成投用", "近日，一座油氢合建站建成投用，可满足周边氢能车辆需求。"),
    ("炼化装置完成大检修", "日前，一套炼化装置完成大检修，一次开车成功。"),
    ("员工技能竞赛落幕", "近日，一场员工技能竞赛落幕，多名选手获评技术能手。"),
]

BK_PAPERS = ("北京晚报", "羊城晚报", "今晚报", "新民晚报", "中国妇女报", "法治周末", "作家文摘")
BK_FIGURES = [["1.4亿 今年上半年国内旅游人次增量", "60% 新能源车占新车销量比例", "3000余家 新增托育机构"],
              ["2.5万件 受理消费投诉", "87% 城镇居民参加医保比例", "12天 平均通关时长缩短"]]
BK_VOICES = [["“慢下来，才能看见风景。”——网友“山间清风”", "“把小事做好就是不简单。”——网友“老王”",
              "“读书是最好的投资。”——网友“书虫”"]]
BK_CAPTIONS = [("老人在公园里练习书法。", "地书"), ("孩子们在图书馆里阅读。", ""), ("游客在古镇里游览。", "古镇")]
BK_BRIEFS = [
    ("多地推出夜间图书馆", "多地推出夜间图书馆，延长开放时间服务读者。"),
    ("老年大学一座难求", "一些城市的老年大学报名火爆，热门课程一座难求。"),
    ("旧物改造受年轻人欢迎", "不少年轻人热衷旧物改造，让闲置物品焕发新生。"),
]

GG_PORTS = ("某某海关", "某某港海关", "某某机场海关", "某某口岸海关")
GG_GOODS = (("机电产品", "1.2万亿元"), ("农产品", "3560亿元"), ("集成电路", "8600亿元"), ("汽车", "4200亿元"),
            ("服装", "2900亿元"), ("铁矿砂", "5100亿元"))
GG_TIPS = [["①旅客携带现金超过规定限额须申报", "②动植物及其产品禁止随意携带入境", "③可通过手机提前申报"],
           ["①跨境电商包裹请如实申报", "②留意商品限额", "③咨询电话12360"]]
GG_GROUPS = [
    ("口岸通关一线", ["①关员在码头查验集装箱。", "②查验犬在机场执勤。", "③关员为旅客办理通关手续。"]),
]
GG_QUESTIONS = ["今年进出口有哪些特点？", "通关效率提升体现在哪些方面？", "企业如何享受便利措施？", "下一步有哪些打算？"]
GG_CAPTIONS = [("关员对进口水果实施检疫。", "检疫"), ("集装箱码头一派繁忙。", ""), ("旅客在自助通道通关。", "智慧通关")]
GG_BRIEFS = [
    ("一批进口冷链货物快速通关", "近日，一批进口冷链货物在口岸快速通关，通关时间大幅压缩。"),
    ("海关开展知识产权保护宣传", "日前，海关开展知识产权保护宣传活动，走访出口企业。"),
    ("中欧班列开行数量增长", "今年以来，经口岸进出境中欧班列数量持续增长。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_sj = chosen(Above("本报记者 {0!l}"), Above("中国市场监管报记者 {0!l} 通讯员 {1}", 2), Above("本报通讯员 {0} {1}", 2),
               turn="by")
by_sj_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（记者 {0}）", **TRAIL))

by_sjb = chosen(Above("本报记者 {0!l}"), Above("中国审计报记者 {0!l} 通讯员 {1}", 2), Above("记者 {0!l} 实习记者 {1}", 2),
               turn="by")
by_sjb_brief = turns(Form("本报讯（通讯员 {0}）", line_share=0.5), Form("本报讯（记者 {0} 通讯员 {1}）", 2))

by_gf = chosen(Above("■本报记者 {0!l}"), Above("■{0} 特约记者 {1!l}", 2), Above("■通讯员 {0} 本报记者 {1!l}", 2),
               turn="by", drawn=2)
by_gf_brief = turns(Form("（{0}、{1}）", 2, **TRAIL), Form("本报讯"))


def by_xq(ctx, item):
    """记者 X / 学生记者 X Y / 文/X 图/Y (Y the photographer, no author)."""
    a = ctx.name()
    r = _turn(ctx, "by", 3)
    if r == 0:
        return Byline([a], before=[f"记者 {shown(ctx, a)}"])
    b = ctx.name()
    if r == 1:
        return Byline([a, b], before=[f"学生记者 {a} {b}"])
    item.photographers = [b]
    return Byline([a], before=[f"文/{a} 图/{b}"])


by_xq_brief = turns(Form("（通讯员 {0}）", **TRAIL), Form("（学生记者 {0}）", **TRAIL))

by_sh = chosen(Above("本报记者 {0!l}"), Above("■{0} 通讯员 {1}", 2), Above("通讯员 {0}"), turn="by", drawn=2)
by_sh_brief = turns(Form("（{c0} {0}）", choices=(SH_UNITS,), **TRAIL),
                    Form("（{c0} {0} {1}）", 2, choices=(SH_UNITS,), **TRAIL))


def by_bk(ctx, item):
    """A reprint: closed by （摘自《某报》 X）, or □X above and （摘自《某报》） below."""
    a = ctx.name()
    paper = ctx.rng.choice(BK_PAPERS)
    if _turn(ctx, "by", 2) == 0:
        return Byline([a], trail=f"（摘自《{paper}》 {a}）", hint="paren")
    return Byline([a], before=[f"□{shown(ctx, a)}"], after=[f"（摘自《{paper}》）"])


by_bk_brief = turns(Form("（摘自《{c0}》）", 0, choices=(BK_PAPERS,), **TRAIL), Form("（{0}）", **TRAIL))

by_gg = chosen(Above("本报记者 {0!l}"), Above("通讯员 {0} 记者 {1!l}", 2), Above("■{c0} {0}", choices=(GG_PORTS,)),
               turn="by", drawn=2)
by_gg_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{c0} {0}）", choices=(GG_PORTS,), **TRAIL))


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_sj = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "通讯员 {s}/摄"))
cr_sjb = _credit_turns(("本报记者 {n} 摄", "（受访者供图）"))
cr_gf = _credit_turns(("{n} 摄", "（{n} 摄）", "本报记者 {s} 摄"))
cr_xq = _pooled_credit(_credit_turns(("图/学生记者 {n}", "摄影：{n}")), _town_credit(XQ_UNITS))
cr_sh = _pooled_credit(_credit_turns(("本报记者 {n} 摄", "{n} 摄")), _town_credit(("某某分公司", "某某油田", "某某炼化")))
cr_bk = _credit_turns(("（资料图片）", "（据新华社）"))
cr_gg = _credit_turns(("本报记者 {n} 摄", "通讯员 {n} 摄", "海关供图"))


# --------------------------------------------------------------------------- builder


class Fresh11Builder(Fresh9Builder):

    def tips(self, labels, pool, title=""):
        return self.rows_box(labels, self.uniq(pool, "tips"), title=title)

    # -------------------------------------------------------------- 中国市场监管报

    slot_sjlead = story_slot(jump=True)

    slot_sjstory = story_slot(0.4)

    def slot_sjnotice(self):
        return self.notice_box(*SJ_NOTICES[self.opts.get("notice", 0)])

    def slot_sjtips(self):
        return self.tips(("消费提示", "消费警示"), SJ_TIPS, title="理性消费 防范风险" if self.rng.random() < 0.5 else "")

    def slot_sjqa(self):
        return self.staff_qa(SJ_QUESTIONS)

    # -------------------------------------------------------------- 中国审计报

    slot_sjbstory = story_slot(0.5)

    def slot_sjbdata(self):
        return self.tips(("审计数据", "数说审计"), SJB_TIPS, title="上半年审计工作成效" if self.rng.random() < 0.5 else "")

    def slot_sjbqa(self):
        return self.staff_qa(SJB_QUESTIONS, None)

    def slot_sjbgroup(self):
        return self.group(SJB_GROUPS)

    # -------------------------------------------------------------- 中国国防报

    slot_gflead = story_slot(jump=True)

    slot_gfstory = story_slot(0.3)

    def slot_gfnotice(self):
        return self.notice_box(*GF_NOTICES[0])

    # -------------------------------------------------------------- 新清华

    slot_xqstory = story_slot(0.4)

    def slot_lectures(self):
        rng, ctx = self.rng, self.ctx
        rows = []
        for k, topic in enumerate(rng.sample(XQ_TOPICS, rng.choice((3, 4)))):
            day = ctx.date + datetime.timedelta(days=k + 1)
            rows.append(f"{day.month}月{day.day}日 {rng.choice(('14:00', '15:30', '19:00'))} {rng.choice(XQ_PLACES)} "
                        f"{topic} 主讲：{ctx.name()}")
        return self.rows_box(("讲座预告", "学术活动"), rows, title="本周讲座" if rng.random() < 0.5 else "")

    def slot_xqqa(self):
        return self.staff_qa(XQ_QUESTIONS)

    # -------------------------------------------------------------- 中国石化报

    slot_shlead = story_slot(jump=True)

    slot_shstory = story_slot(0.4)

    def slot_shfigures(self):
        return self.tips(("数说", "生产快报"), SH_FIGURES, title="上半年生产经营数据" if self.rng.random() < 0.5 else "")

    # -------------------------------------------------------------- 报刊文摘

    slot_bkstory = story_slot(0.3)

    def slot_bkfigures(self):
        return self.tips(("一周数字", "数字"), BK_FIGURES)

    def slot_bkvoices(self):
        return self.tips(("网言网语", "一句话新闻"), BK_VOICES)

    # -------------------------------------------------------------- 中国国门时报

    slot_ggstory = story_slot(0.5)

    def slot_trade(self):
        rng = self.rng
        rows = [f"{name} {value} {rng.randrange(-90, 160) / 10:+.1f}%" for name, value in rng.sample(GG_GOODS, rng.choice((3, 4)))]
        return self.table_box(("进出口数据", "外贸数据"), "前5个月主要商品进出口", rng.choice(("商品 金额 同比", "类别 进出口值 增速")),
                              rows, ("数据来源：海关统计", "数据来源：海关总署"))

    def slot_ggtips(self):
        return self.tips(("通关提示", "温馨提示"), GG_TIPS)

    def slot_ggqa(self):
        return self.staff_qa(GG_QUESTIONS)

    def slot_gggroup(self):
        return self.group(GG_GROUPS)


# --------------------------------------------------------------------------- furniture


_sj_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), ln("中国市场监管报 {date} {wd}", paper=True, date=True)]),
    [ln("{date} {wd} 第{n}版 {sec} 责任编辑 {name}", date=True, page="{n}")],
    front=[masthead("中国市场监管报"), "国家市场监督管理总局主管主办", DATED_LUNAR,
           "第{no:3000-3999}期 今日{pages}版 国内统一连续出版物号 CN 11-0000"])
_sj_bottom = furniture((0.5, ["本版编辑 {name} 校对 {name}"]), ["投稿邮箱：scjgb@example.cn", "新闻热线：{tel:010}"])

_sjb_top = furniture(
    (0.5, [ln("{sec} · {n}", page="{n}"), ln("{y}年{m}月{d}日 {wd} 编辑 {name}", date=True)]),
    [ln("中国审计报 {date} {wd} 第{n}版", paper=True, date=True, page="{n}")],
    front=[masthead("中国审计报"), "审计署主管", DATED_LUNAR, "第{no:6000-6999}期"])
_sjb_bottom = furniture((0.5, ["电话：{tel:010}", "邮箱：sjb@example.cn"]), ["本版责编 {name}"])

_gf_top = furniture(
    (0.5, [ln("中国国防报 {date} {wd}", paper=True, date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{sec}", ), ln("{date} 第{n}版 责任编辑 {name}", date=True, page="{n}")],
    front=[masthead("中国国防报"), "解放军报社主管主办", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:4000-4999}期 今日{pages}版"])
_gf_bottom = furniture((0.5, ["本版编辑 {name}"]), ["新闻热线：{tel:010}", opt(0.5, ["投稿邮箱：gfb@example.cn"])])

_xq_top = furniture(
    (0.5, [ln("新清华 第{no:2300-2399}期", paper=True), ln("{y}年{m}月{d}日", date=True), ln("第{n}版 · {sec}", page="{n}")]),
    [ln("{n} {sec}", page="{n}"), ln("{date} 本版编辑 {name}", date=True)])
_xq_bottom = furniture((0.5, [ln("新清华编辑部 电话：{tel:010}", paper=True)]), ["投稿信箱：xqh@example.cn"])

_sh_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), ln("中国石化报 {y}年{m}月{d}日 {wd}", paper=True, date=True)]),
    [ln("{sec} | 第{n}版", page="{n}"), ln("{date} 编辑 {name} 电话 {tel:010}", date=True)],
    front=[masthead("中国石化报"), "中国石油化工集团有限公司主管主办", DATED,
           "第{no:5000-5999}期 今日{pages}版 国内统一连续出版物号 CN 11-0000"])
_sh_bottom = furniture((0.5, ["本版责任编辑 {name}"]), ["扫码关注中国石化报"])

_bk_top = furniture(
    (0.5, [ln("报刊文摘 {date} {wd}", paper=True, date=True), ln("{ssec} {n}", page="{n}")]),
    [ln("第{n}版 {sec}", page="{n}"), DATED, ln("报刊文摘", paper=True)])
_bk_bottom = furniture((0.5, ["编辑 {name} 组版 {name}"]), ["本报所摘文章如涉及稿酬事宜，请与编辑部联系"])

_gg_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), ln("中国国门时报 {date} {wd}", paper=True, date=True)]),
    [ln("{date} {wd} 第{n}版 {sec}", date=True, page="{n}"), ln("责任编辑 {name} 美术编辑 {name}")],
    front=[masthead("中国国门时报"), "海关总署主管", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:7000-7999}期 今日{pages}版"])
_gg_bottom = furniture((0.5, ["本版校对 {name}"]), ["新闻热线：{tel:010}"])


@dataclasses.dataclass
class Fresh11Family(Fresh9Family):
    pass


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh11Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh11Builder, **kw)


FRESH11_FAMILIES = [
    fam("scjg_market", "中国市场监管报", _sj_top, _sj_bottom, {by_sj: 1},
        brief_bylines={by_sj_brief: 1}, credits=(cr_sj,), width=(16, 24), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, caption_pool=SJ_CAPTIONS, brief_pool=SJ_BRIEFS, brief_pool_share=0.6,
        labels={"column": ("监管动态", "各地监管"), "bullet": ("■",)},
        plans=((["sjlead", "brief", "photo"], {"front": True}),
               (["sjqa", "briefcol"], {}),
               (["sjstory", "sjnotice"], {"blank": "every", "notice": 0}),
               (["sjtips", "sjstory", "briefpair"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("综合新闻", "质量", "消费")),
    fam("sjb_audit", "中国审计报", _sjb_top, _sjb_bottom, {by_sjb: 1},
        brief_bylines={by_sjb_brief: 1}, credits=(cr_sjb,), width=(14, 22), blank={"para": 2, "every": 1},
        indent=0.5, letterspace=0.3, displaced=0.35, caption_pool=SJB_CAPTIONS, brief_pool=SJB_BRIEFS,
        brief_pool_share=0.6, paper_outlet="本报", labels={"column": ("审计动态", "各地审计"), "bullet": ("●",)},
        plans=((["sjbstory", "sjbdata", "photo"], {"front": True}),
               (["sjbqa", "briefcol"], {}),
               (["sjbgroup", "sjbstory"], {"blank": "every"}),
               (["sjbdata", "sjbstory", "briefphoto"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("要闻", "审计实务", "综合")),
    fam("gfb_defense", "中国国防报", _gf_top, _gf_bottom, {by_gf: 1},
        brief_bylines={by_gf_brief: 1}, credits=(cr_gf,), width=(13, 19), blank={"para": 1, "every": 1},
        indent=0.3, letterspace=0.4, stray_spaces=0.04, doubled=0.15, caption_pool=GF_CAPTIONS, brief_pool=GF_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("国防动员快讯", "军地简讯"), "bullet": ("◆",)},
        plans=((["gflead", "briefphoto"], {"front": True}),
               (["continuation", "gfstory", "gfnotice"], {"page": 2}),
               (["briefcol", "gfstory"], {"blank": "every"}),
               (["photo", "gfstory", "briefpair"], {"blank": "none", "turn": 1})),
        page_style="cn", sections=("要闻", "国防动员", "民兵")),
    fam("xqh_university", "新清华", _xq_top, _xq_bottom, {by_xq: 1},
        brief_bylines={by_xq_brief: 1}, credits=(cr_xq,), width=(18, 26), blank={"para": 2, "every": 1},
        indent=0.5, letterspace=0.2, stray_spaces=0.03, weekday_no=4, caption_pool=XQ_CAPTIONS, brief_pool=XQ_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("校园简讯", "清华简讯"), "bullet": ("▲", "")},
        plans=((["xqstory", "lectures", "photo"], {}),
               (["xqqa", "briefpair"], {"blank": "every"}),
               (["briefcol", "xqstory"], {"blank": "none"}),
               (["photo", "xqstory", "lectures"], {"turn": 1})),
        page_style="plain", sections=("综合新闻", "校园", "人物")),
    fam("zgsh_enterprise", "中国石化报", _sh_top, _sh_bottom, {by_sh: 1},
        brief_bylines={by_sh_brief: 1}, credits=(cr_sh,), width=(15, 23), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, displaced=0.3, caption_pool=SH_CAPTIONS, brief_pool=SH_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("企业动态", "基层快讯"), "bullet": ("●",)},
        plans=((["shlead", "shfigures", "photo"], {"front": True}),
               (["continuation", "briefcol", "shstory"], {"page": 2}),
               (["shstory", "briefphoto"], {"blank": "every"}),
               (["shfigures", "shstory", "brief"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("要闻", "油田", "炼化")),
    fam("bkwz_digest", "报刊文摘", _bk_top, _bk_bottom, {by_bk: 1},
        brief_bylines={by_bk_brief: 1}, credits=(cr_bk,), width=(12, 16), blank={"para": 1, "every": 1},
        letterspace=0.2, stray_spaces=0.05, doubled=0.25, displaced=0.3, weekday_no=0, caption_pool=BK_CAPTIONS,
        brief_pool=BK_BRIEFS, brief_pool_share=0.6, labels={"column": ("天下新闻", "社会万象"), "bullet": ("★",)},
        plans=((["bkstory", "bkfigures", "photo"], {}),
               (["briefpair", "bkstory"], {"blank": "every"}),
               (["bkvoices", "bkstory", "briefcol"], {"blank": "none"}),
               (["bkstory", "briefpair", "bkfigures"], {"turn": 1})),
        page_style="plain", sections=("时政", "社会", "文史")),
    fam("ggsb_customs", "中国国门时报", _gg_top, _gg_bottom, {by_gg: 1},
        brief_bylines={by_gg_brief: 1}, credits=(cr_gg,), width=(15, 22), blank={"para": 2, "none": 1},
        indent=0.5, letterspace=0.3, caption_pool=GG_CAPTIONS, brief_pool=GG_BRIEFS, brief_pool_share=0.6,
        paper_outlet="本报", labels={"column": ("关区传真", "海关动态"), "bullet": ("◆",)},
        plans=((["ggstory", "trade", "photo"], {"front": True}),
               (["ggqa", "briefcol"], {}),
               (["gggroup", "ggstory", "ggtips"], {"blank": "every"}),
               (["trade", "ggstory", "briefpair"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("综合新闻", "口岸", "监管")),
]

# The families in pairs, each pair under its own seed base: base + 100_000 * (1..2) + [0, 50_000) keeps every
# page seed of the set within 21_500_001 .. 21_999_999.
FRESH11_SEED_BASES = (21_400_000, 21_550_000, 21_700_000, 21_850_000)
FRESH11_SETS = tuple((FRESH11_FAMILIES[2 * k:2 * k + 2], base) for k, base in enumerate(FRESH11_SEED_BASES))
