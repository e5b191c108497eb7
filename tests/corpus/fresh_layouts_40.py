"""A fortieth set of development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator or look at how these pages are cut.  Seven papers the corpus had not imitated (checked by
name against the development builders and gold, and against the held-back set only with a script that names
this set's candidate papers a held-back page also has): a city daily of the Pearl River Delta, a county
media-centre paper of the southwest, a farmers' paper, a power-grid paper, a new-area paper, a Macao daily
and a securities paper.  This set's emphasis is the ordinary news page as the archive meets it every week
(要闻, 综合, 镇街/区县, 经济, 民生, 专题), each paper printing the common things its own way: where its date line,
page number, section, lunar date and serial numbers stand; its editors' lines with their codes, hotlines,
app and QR lines and ads at the foot; its own byline grammar (datelines with the day, 记者/通讯员/实习生 orders,
agency credits, the unit that sent a story); its own briefs markers; its own jump lines (`转A03版▶`,
`◀接A01版`, `（转第二页）`, `（接A1）`); its photo captions, single or grouped under one title; a commentary
with its own signature; a lead story with kicker and subtitle; an interview; a box tied to a story.  The
page plans are the ordinary ones; at most one page of a family is of an unusual shape.  Every family wraps
its columns by width.

Seeds: FRESH40_SEED_BASE + FRESH40_SEED_STRIDE*family + 1_000*attempt + n (51_060_001 .. 51_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (boxes, rows,
questions, titles, captions, photo groups, briefs, notes); names, figures, phone numbers and addresses are
made up.
"""
from __future__ import annotations

import dataclasses
import datetime

from fresh_layouts_5 import _credit_turns
from fresh_layouts_9 import Fresh9Family
from fresh_layouts_20 import DECK_SOURCES
from fresh_layouts_37 import _DrawnBy
from fresh_layouts_39 import COMMENT_SOURCES, Fresh39Builder
from layout_kit import TRAIL, Above, Form, _turn, chosen, furniture, ln, masthead, opt, shown, turns
from synthesize import Byline, shorten

FRESH40_SEED_BASE = 51_000_000
FRESH40_SEED_STRIDE = 60_000

CN_NUMERALS = "一二三四五六七八九十"

# --------------------------------------------------------------------------- filler (written for this corpus)

ZS_CAPTIONS = [("岐江河畔，市民沿着新建的滨水步道散步，对岸的旧厂房已改造成文创街区。", "岐江新貌"),
               ("小榄镇一家灯饰企业的生产线上，工人正在组装出口订单。", ""),
               ("深中通道中山段，车流有序通行。", "通道效应"),
               ("翠亨新区一处产业园内，技术人员在调试智能装备。", "")]
ZS_GROUPS = [("镇街产业新气象", ["①古镇镇一家灯饰企业的展厅里，采购商在挑选新品。", "②南头镇家电企业的自动化车间。",
                               "③黄圃镇腊味生产线上，工人正在分拣包装。"]),
             ("深中通道通车后的中山", ["①清晨，深中通道中山段车流渐密。", "②马鞍岛上，一批项目正在加紧建设。"])]
ZS_BRIEFS = [("东区街道开展消防演练", "近日，东区街道组织辖区企业开展消防演练，提升员工应急处置能力。"),
             ("石岐老街夜市开张", "日前，石岐一条老街的夜市开张，数十个摊位售卖本地小吃和文创产品。"),
             ("三乡镇新增两所幼儿园", "近日，三乡镇两所新建公办幼儿园通过验收，秋季学期可新增学位数百个。")]
ZS_COMMENT_TITLES = ["让营商环境成为最好的“招商名片”", "镇街发展要算好长远账", "把惠企政策送到企业门口"]
ZS_NOTES = ("（作者系市委党校教师）", "（作者单位：中山市社科联）")
ZS_LINKS = [("链接", "深中通道", ["深中通道是连接深圳和中山的跨海通道，全长约二十四公里，集桥、岛、隧、水下互通于一体。"]),
            ("数说", "", ["上半年，全市新签约亿元以上项目数十个，计划总投资数百亿元。", "规上工业增加值同比增长，先进制造业占比持续提升。"])]

PJ_CAPTIONS = [("西来镇的茶园里，茶农正在采摘春茶，远处的山坡上是成片的猕猴桃园。", "茶园春早"),
               ("寿安街道一处社区食堂，老人们在用午餐。", ""),
               ("成佳茶乡的游客步道上，游人拍照留念。", "茶乡游"),
               ("鹤山街道的夜市，市民在品尝本地小吃。", "")]
PJ_GROUPS = [("乡村振兴看蒲江", ["①甘溪镇的猕猴桃基地，果农在疏花。", "②大塘镇的农房改造后，村民在新居前晾晒腊肉。",
                               "③朝阳湖畔，民宿主人在迎接客人。"]),
             ("春耕图", ["①农机手在田里旋耕。", "②村民在育秧大棚里查看秧苗长势。"])]
PJ_BRIEFS = [("县图书馆开设夜读专区", "近日，县图书馆开设夜读专区，每晚开放到九点半，方便上班族借阅。"),
             ("鹤山街道开展义诊", "日前，鹤山街道联合县人民医院在社区开展义诊，为群众测量血压、血糖。"),
             ("朝阳湖镇举办农民运动会", "近日，朝阳湖镇举办农民趣味运动会，拔河、挑担等项目吸引村民参加。")]
PJ_QUESTIONS = ["今年全镇在产业发展上有哪些新打算？", "村里的年轻人愿意回来吗？", "农文旅融合遇到了哪些难题？",
                "群众最关心的民生事是什么？", "下一步还要补哪些短板？"]
PJ_TOWNS = ("寿安街道", "鹤山街道", "西来镇", "甘溪镇", "大塘镇", "成佳镇")
PJ_SIDE = [("名词解释", "", ["“三权分置”：农村土地集体所有权、农户承包权、土地经营权分置并行。"]),
           ("链接", "县域商业体系建设", ["县域商业体系建设旨在完善县乡村三级物流配送，畅通工业品下乡和农产品进城的双向流通。"])]

SN_CAPTIONS = [("眉县的猕猴桃园里，果农在给果树人工授粉，一旁的技术员讲解操作要领。", "授粉忙"),
               ("洛川县苹果园里，果农在为果树套袋。", ""),
               ("合作社社员在冷库里分拣苹果，准备发往外地。", "冷库里的丰收"),
               ("村民在新建的高标准农田里查看麦苗长势。", "")]
SN_BRIEFS = [("县里开办果树修剪培训班", "近日，一个县开办果树修剪培训班，请技术员到地头手把手教学。"),
             ("农村电商直播带货销售土特产", "日前，几个村的年轻人直播带货，一晚上卖出土特产上千单。"),
             ("乡镇开展农资打假专项行动", "近日，多个乡镇开展农资打假专项行动，检查农资门店数十家。")]
SN_ASKS = [("苹果树花期遇到低温怎么办？", "可在低温来临前灌水或喷水，提高果园湿度；也可在果园上风口熏烟，减轻冻害。"),
           ("小麦返青期要不要追肥？", "要看苗情。弱苗要早追肥，旺苗可以推迟追肥，并注意镇压控旺。"),
           ("猕猴桃溃疡病怎么防？", "重在预防，冬季做好清园，发病初期剪除病枝并涂抹药剂，修剪工具要及时消毒。")]
SN_PRICES = ("苹果（80#） 4.20 4.60 3.90", "猕猴桃 5.80 6.20 5.40", "小麦 2.50 2.54 2.46", "玉米 2.20 2.24 2.16",
             "生猪 15.60 16.00 15.20", "鸡蛋 8.40 8.80 8.00")
SN_SIDE = [("专家提醒", "", ["春季果园管理要抓好刮树皮、清园和病虫害防治，科学用药，不要盲目加大用量。"]),
           ("相关链接", "高标准农田", ["高标准农田是指田块平整、集中连片、设施完善、节水高效、宜机作业、"
                                    "土壤肥沃、生态友好、抗灾能力强，与现代农业生产和经营方式相适应的旱涝保收、稳产高产的耕地。"])]

DW_CAPTIONS = [("输电线路施工现场，作业人员在百米高的铁塔上展放导线，下方是连绵的山地。", "高空作业"),
               ("变电站内，运维人员在巡视设备。", ""),
               ("光伏电站的检修人员在清洗组件。", "追光"),
               ("抢修人员冒雨恢复供电。", "")]
DW_GROUPS = [("迎峰度夏一线", ["①运维人员在高温下巡视变电站设备。", "②带电作业人员在更换绝缘子。",
                             "③调度员在监控电网负荷。"]),
             ("绿电进山村", ["①施工人员在村口架设新线路。", "②村民用上了稳定的电，新开的农家乐亮起了灯。"])]
DW_BRIEFS = [("某供电局开展带电作业比武", "近日，一个供电局开展带电作业技能比武，二十余名选手参赛。"),
             ("新能源汽车充电站投运", "日前，一座公共充电站投入运行，可同时为数十辆电动汽车充电。"),
             ("某变电站完成扩建", "近日，一座变电站完成扩建，新增主变压器一台，缓解片区供电压力。")]
DW_FIGURES = [("1.2亿千瓦", "区域新能源装机容量"), ("38%", "非化石能源发电量占比"), ("99.9%", "城市供电可靠率"),
              ("260万吨", "全年减少二氧化碳排放"), ("4.5万公里", "新建改造配电线路")]
DW_SAFETY = ("严格执行工作票、操作票制度", "作业前认真开展现场勘察", "停电、验电、装设接地线一步不能少",
             "高处作业必须系好安全带", "恶劣天气不得开展户外高空作业")
DW_QUESTIONS = ["新型电力系统建设的难点在哪里？", "怎样保障迎峰度夏期间的电力供应？", "数字电网给一线员工带来了什么？",
                "新能源大规模接入后电网如何保持稳定？"]

LJ_CAPTIONS = [("两江新区一家汽车工厂的总装车间，机械臂在焊接车身，工人在一旁检查。", "智造"),
               ("果园港的集装箱码头，货轮正在装卸。", ""),
               ("悦来会展城，观众在展会上体验新产品。", "展会人气旺"),
               ("礼嘉的智慧公园里，市民在散步。", "")]
LJ_BRIEFS = [("新区举办人才招聘会", "近日，新区举办一场人才招聘会，百余家企业提供岗位数千个。"),
             ("又一批企业获评专精特新", "日前，新区又一批企业获评专精特新企业，涉及智能制造、软件信息等领域。"),
             ("新区开通两条社区公交", "近日，新区开通两条社区公交线路，方便居民到地铁站换乘。")]
LJ_ASKS = [("企业开办最快多长时间能办完？", "在新区政务服务中心，企业开办实行一窗通办，材料齐全的当天就能领到营业执照。"),
           ("新落户企业有哪些扶持政策？", "符合产业方向的企业，可按规定申请入驻奖励、研发补助和人才补贴，具体以政策文件为准。"),
           ("项目审批还能再快一点吗？", "新区推行拿地即开工，把多个审批环节并联办理，一般项目审批时间大幅压缩。")]
LJ_PROJECTS = ("某某汽车零部件产业园 一期主体完工", "某某数据中心 机房设备安装中", "果园港多式联运扩能工程 完成总投资六成",
               "某某国际学校 主体结构封顶", "某某生物医药研发中心 进入装饰装修")
LJ_QUESTIONS = ["企业为什么选择落户新区？", "怎样看新区的营商环境？", "成渝两地的产业协作有哪些新机会？",
                "企业下一步有什么打算？"]
LJ_SIDE = [("企业名片", "", ["某某科技有限公司成立于2016年，主要从事智能网联汽车零部件研发制造，现有员工八百余人。"]),
           ("背景", "内陆开放高地", ["近年来，新区依托港口、铁路和航空口岸，推动多式联运发展，开放型经济规模不断扩大。"])]

XA_CAPTIONS = [("横琴口岸，旅客在自助通道排队通关，旁边的电子屏显示着候检时间。", "通关便利"),
               ("议事亭前地，游客在拍照留念。", ""),
               ("澳门大学的实验室里，研究人员在做实验。", "科研"),
               ("氹仔旧城区的街道上，游人如织。", "")]
XA_BRIEFS = [("社团举办长者联欢会", "近日，一家社团举办长者联欢会，数百名长者欢聚一堂。"),
             ("青年创业分享会举行", "日前，一场青年创业分享会举行，多名在横琴创业的本地青年分享经验。"),
             ("图书馆推出暑期阅读计划", "近日，公共图书馆推出暑期阅读计划，鼓励青少年多读书。")]
XA_TITLES = ["把握琴澳一体化的新机遇", "以多元发展夯实长远根基"]
XA_RATES = ("港元 1.0300", "人民币 1.1150", "美元 8.0550", "新台币 0.2480", "欧元 8.7200")
XA_SIDE = [("相关新闻", "", ["横琴粤澳深度合作区推出多项便利措施，方便澳门居民在合作区就业、创业和生活。"]),
           ("背景", "琴澳一体化", ["横琴与澳门一水之隔，近年来两地在规则衔接、机制对接方面不断取得进展。"])]

DZ_CAPTIONS = [("证券营业部里，投资者在查看行情，大屏幕上红绿交错。", "行情"),
               ("上市仪式现场，公司代表敲响开市宝钟。", ""),
               ("股东大会上，中小投资者向公司管理层提问。", "股东问"),
               ("某科技企业的生产车间。", "")]
DZ_BRIEFS = [("又一家江苏企业过会", "近日，又一家江苏企业首发申请获审核通过，拟在创业板上市。"),
             ("券商开展投资者教育活动", "日前，一家券商走进社区开展投资者教育活动，提醒投资者防范非法证券活动。"),
             ("公募基金发行回暖", "近日，公募基金发行有所回暖，多只新基金提前结束募集。")]
DZ_BOARD = ("半导体 +2.36% 某某微电子", "新能源车 +1.85% 某某汽车", "光伏设备 -0.92% 某某能源",
            "银行 +0.41% 某某银行", "医药商业 -1.15% 某某医药", "白酒 +0.67% 某某酒业")
DZ_COMMENT_TITLES = ["长期资金入市 市场生态向好", "理性看待短期波动", "上市公司要把回报投资者放在心上"]
DZ_NOTES = ("（作者系某某证券首席策略分析师）", "（作者为财经评论员）")
DZ_QUESTIONS = ["怎样看下半年的市场走势？", "投资者当前应关注哪些方向？", "新质生产力会带来哪些投资机会？",
                "中小投资者如何防范风险？"]
DZ_SIDE = [("数据", "", ["截至昨日收盘，两市成交额较前一交易日放大，北向资金净买入。", "全市场超过三千只个股上涨。"]),
           ("风险提示", "", ["本版内容仅供参考，不构成投资建议。投资者据此操作，风险自担。"])]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


def dateline(text, n=1, hint="benbaoxun", where="glue"):
    """A dateline form that prints the day before the paper's date ({m}, {d}) with `n` names {0}, {1}, …
    glued to the first paragraph (or on a line of its own: `where`)."""
    def byline(ctx, item):
        names = [ctx.name() for _ in range(n)]
        day = ctx.date - datetime.timedelta(days=1)
        printed = text.format(*[shown(ctx, x) if k == 0 and where == "before" else x for k, x in enumerate(names)],
                              m=day.month, d=day.day)
        return Byline(names, hint=hint, **({"before": [printed]} if where == "before" else {where: printed}))
    return byline


def taking_turns(*fns, key="by"):
    """Byline functions that take turns across a family's pages (see layout_kit._turn)."""
    def byline(ctx, item):
        return fns[_turn(ctx, key, len(fns))](ctx, item)
    return byline


by_zs = chosen(Above("中山日报记者 {0!l} 通讯员 {1}", 2), _DrawnBy("文/记者 {0!l} 图/记者 {1}", 1, where="before", draws=2),
               Above("记者 {0!l} 实习生 {1} 通讯员 {2}", 3), turn="by", drawn=2)
by_zs_brief = turns(Form("本报讯（记者 {0}）", line_share=0.3), Form("（记者 {0} 通讯员 {1}）", 2, **TRAIL))

by_pj = chosen(Above("融媒记者 {0!l}"), Above("蒲江县融媒体中心记者 {0!l} 实习生 {1}", 2), Above("通讯员 {0!l} {1} 融媒记者 {2}", 3),
               turn="by", drawn=2)
by_pj_brief = turns(Form("本报讯（{c0} {0}）", choices=(PJ_TOWNS,)), Form("（融媒记者 {0}）", **TRAIL))

by_sn = taking_turns(chosen(Above("本报记者 {0!l}")), dateline("本报{m}月{d}日讯（记者 {0} 通讯员 {1}）", 2),
                     chosen(Above("本报通讯员 {0!l} 见习记者 {1}", 2), drawn=2))
by_sn_brief = turns(Form("（{0}）", **TRAIL), Form("本报讯 记者{0}报道：", hint="benbaoxun"))

by_dw = chosen(Above("本报记者 {0!l} 通讯员 {1}", 2), Above("通讯员 {0!l}（{c0}）", choices=(("广东电网公司", "云南电网公司",
                                                                                         "超高压输电公司"),)),
               Above("本报通讯员 {0!l} {1}", 2), turn="by", drawn=2)
by_dw_brief = turns(Form("（{c0} {0}）", choices=(("广西电网公司", "贵州电网公司", "海南电网公司"),), **TRAIL),
                    Form("本报讯（通讯员 {0}）"))

by_lj = taking_turns(chosen(Above("首席记者 {0!l}")), dateline("本报{m}月{d}日讯 ", 0),
                     chosen(Above("记者 {0!l} 实习生 {1} 文/图", 2), drawn=2))
by_lj_brief = turns(Form("本报讯（记者 {0}）"), Form("（新区融媒体中心 {0}）", **TRAIL))

by_xa = taking_turns(dateline("本报{m}月{d}日讯 记者{0}报道：", 1),
                     dateline("新华社澳门{m}月{d}日电（记者 {0} {1}）", 2, hint="agency"),
                     chosen(Above("本报记者 {0!l}")))
by_xa_brief = turns(Form("【本报消息】", 0), Form("（{0}）", **TRAIL))

by_dz = chosen(Above("■本报记者 {0!l}"), Above("□记者 {0!l} 见习记者 {1}", 2), Above("大众证券报记者 {0!l} 发自上海"),
               turn="by", drawn=2)
by_dz_brief = turns(Form("（记者 {0}）", **TRAIL), Form("本报讯 记者 {0}", line_share=1.0))


# --------------------------------------------------------------------------- photo credits


cr_zs = _credit_turns(("中山日报记者 {n} 摄", "（{n} 摄）", "▲资料图"))
cr_pj = _credit_turns(("融媒记者 {n} 摄", "（通讯员 {n} 摄）", "（图片由县农业农村局提供）"))
cr_sn = _credit_turns(("本报记者 {n} 摄", "（通讯员 {n} 摄）", "（资料图片）"))
cr_dw = _credit_turns(("通讯员 {n} 摄", "（{n} 摄）", "（供电局供图）"))
cr_lj = _credit_turns(("首席记者 {n} 摄", "（{n} 摄）", "（两江新区供图）"))
cr_xa = _credit_turns(("（本报记者 {n} 摄）", "（新华社图片）", "中新社图片 {n} 摄"))
cr_dz = _credit_turns(("本报记者 {n} 摄", "（{n}/摄）", "（视觉中国供图）"))


# --------------------------------------------------------------------------- builder


class Fresh40Builder(Fresh39Builder):

    # -------------------------------------------------------------- shared shapes

    def page_mark(self, form, offset):
        """A jump or carry line in the paper's own words: {a} `A3`, {a0} `A03`, {n} `3`, {nn} `03`,
        {cn} `三`, for the page `offset` pages on."""
        n = max(1, self.ctx.page_no + offset)
        return form.format(a=f"A{n}", a0=f"A{n:02d}", n=n, nn=f"{n:02d}", cn=CN_NUMERALS[n - 1] if n <= 10 else str(n))

    def continuation_marker(self):
        return self.page_mark(self.rng.choice(self.family.carry_forms), -1)

    def slot_lead(self):
        """The lead: a story under its kicker and subtitle that ends in the paper's own jump line, glued
        to the last paragraph or on a line of its own."""
        rng = self.rng
        src, body = self.long_source(ids=DECK_SOURCES, headings=True)
        byfn = self.styled(self.family.bylines)
        kicker = src.get("kicker", "") if rng.random() < 0.8 else ""
        mark = self.page_mark(rng.choice(self.family.jump_forms), rng.randrange(1, 4))
        glued = rng.random() < 0.5

        def fn(ctx, item):
            by = byfn(ctx, item)
            if glued and not by.trail:
                by.trail = mark
            else:
                by.after = by.after + [mark]
            return by
        return self.art(src, body, fn, kicker=kicker, subtitle=src.get("subtitle", ""), after_role="jump",
                        trail_role="jump")

    def signed_comment(self, labels, titles, marks, notes):
        """A commentary under the paper's column label (furniture) and its own title, signed in the
        paper's way: a mark and the name above the text, or the name under it with an （作者系…） note."""
        rng, ctx = self.rng, self.ctx
        src = self.pick(list(COMMENT_SOURCES))
        body = shorten(rng, src["body"], keep_min=3)
        body = [(r, t) for r, t in body if r != "heading"]
        name = ctx.name()
        if rng.random() < 0.5:
            sign = rng.choice(marks) + shown(ctx, name)
            byfn = lambda c, i: Byline([name], before=[sign])  # noqa: E731
        else:
            byfn = lambda c, i: Byline([name], after=[name, rng.choice(notes)])  # noqa: E731
        item = self.art({"title": self.uniq(titles, "cmt")}, body, byfn)
        return [self.furniture(rng.choice(labels)), item]

    def interview(self, labels, questions, askers):
        """An interview under its column label: the reporter's question lines and the interviewee's name."""
        return self.labelled(labels, self.staff_qa(questions, asker=askers))

    # -------------------------------------------------------------- set40_a

    def slot_zsgroup(self):
        return self.group(ZS_GROUPS)

    def slot_zscomment(self):
        return self.signed_comment(("香山时评", "中山观察"), ZS_COMMENT_TITLES, ("■", "◎ "), ZS_NOTES)

    def slot_zslink(self):
        return self.tied_box(ZS_LINKS)

    # -------------------------------------------------------------- set40_b

    def slot_pjgroup(self):
        return self.group(PJ_GROUPS)

    def slot_pjtalk(self):
        return self.interview(("镇街书记访谈", "对话"), PJ_QUESTIONS, ("融媒记者：", "记者："))

    def slot_pjside(self):
        return self.tied_box(PJ_SIDE)

    # -------------------------------------------------------------- set40_c

    def slot_snasks(self):
        return self.asks(("农技110", "农事问答"), self.rng.choice(("春季农事答疑", "专家答农友问")), SN_ASKS, "省农技推广总站 {}")

    def slot_snprices(self):
        rng = self.rng
        rows = rng.sample(SN_PRICES, rng.choice((4, 5)))
        return self.wide_table(("市场行情", "农产品价格"), "本周农产品批发价格（元/公斤）",
                               rng.choice(("品名 均价 最高 最低", "品种 本周 高 低")), rows,
                               ("数据来源：省农产品市场信息中心", "价格采集：本报市场信息员"))

    def slot_snside(self):
        return self.tied_box(SN_SIDE)

    # -------------------------------------------------------------- set40_d

    def slot_dwgroup(self):
        return self.group(DW_GROUPS)

    def slot_dwfigures(self):
        return self.figures(("数说绿色电网", "数据"), DW_FIGURES, title="新型电力系统建设成绩单")

    def slot_dwsafety(self):
        rng = self.rng
        rows = [f"{k}.{r}" for k, r in enumerate(rng.sample(DW_SAFETY, rng.choice((3, 4))), start=1)]
        return self.rows_box(("安全提示", "安全生产警示"), rows, title="现场作业“五必须”" if rng.random() < 0.5 else "")

    def slot_dwtalk(self):
        return self.interview(("高端访谈", "访谈"), DW_QUESTIONS, ("记者：", "本报："))

    # -------------------------------------------------------------- set40_e

    def slot_ljasks(self):
        return self.asks(("营商环境", "政策问答"), self.rng.choice(("企业关心的事 这里有答复", "政务服务答问")), LJ_ASKS,
                         "新区政务服务中心 {}")

    def slot_ljprojects(self):
        rng = self.rng
        rows = rng.sample(LJ_PROJECTS, rng.choice((3, 4)))
        return self.rows_box(("项目进度", "重点项目"), rows, title="重点项目建设一览" if rng.random() < 0.5 else "")

    def slot_ljtalk(self):
        return self.interview(("企业家说", "新区访谈"), LJ_QUESTIONS, ("记者：", "本报记者："))

    def slot_ljside(self):
        return self.tied_box(LJ_SIDE)

    # -------------------------------------------------------------- set40_f

    def slot_xastaff(self):
        return self.staff_comment((), XA_TITLES, sign=self.rng.choice(("本报社论", "■本报评论员")))

    def slot_xarates(self):
        rng = self.rng
        rows = list(XA_RATES[:rng.choice((3, 5))])
        return self.rows_box(("外币兑换参考价", "汇价"), rows, title="澳门元兑换价" if rng.random() < 0.5 else "")

    def slot_xaside(self):
        return self.tied_box(XA_SIDE)

    # -------------------------------------------------------------- set40_g

    def slot_dzboard(self):
        rng = self.rng
        rows = rng.sample(DZ_BOARD, rng.choice((4, 5)))
        return self.wide_table(("板块扫描", "行业板块"), "昨日行业板块涨跌", rng.choice(("板块 涨跌幅 领涨股", "行业 涨幅 龙头")), rows,
                               ("数据来源：某某金融终端", "数据截至昨日收盘"))

    def slot_dzcomment(self):
        return self.signed_comment(("市场观察", "大众视点"), DZ_COMMENT_TITLES, ("■", "□"), DZ_NOTES)

    def slot_dztalk(self):
        return self.interview(("首席说市", "对话分析师"), DZ_QUESTIONS, ("大众证券报：", "记者："))

    def slot_dzside(self):
        return self.tied_box(DZ_SIDE)


# --------------------------------------------------------------------------- furniture


_zs_top = furniture(
    (0.5, [ln("A{n:02d}", page="A{n:02d}"), "{sec}", ln("中山日报 {y}年{m}月{d}日 {wd}", paper=True, date=True)]),
    [ln("{y}年{m}月{d}日 {wd} 农历{slunar}", date=True), ln("{sec} A{n:02d}", page="A{n:02d}"), "责编 {name} 美编 {name}"],
    front=[masthead("中山日报"), "ZHONGSHAN DAILY", "中共中山市委机关报", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:12000-12999}期 今日{pages}版", "国内统一连续出版物号 CN 44-0000 邮发代号 45-00"])
_zs_bottom = furniture((0.5, ["编辑：{name} 校对：{name} 审读：{name}", "新闻热线 {tel:0760} 扫码下载“中山+”客户端"]),
                       ["中山日报社出版 地址：中山市东区某某路{no:10-99}号 广告热线 {tel:0760}", "零售价 每份1.00元"])

_pj_top = furniture(
    (0.5, [ln("今日蒲江", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("第{n}版·{sec}", page="{n}")]),
    [ln("{ssec} {n}", page="{n}"), "编辑：{name} 审核：{name}"],
    front=[masthead("今日蒲江"), "中共蒲江县委主管 蒲江县融媒体中心主办", ln("{date} {wd} 农历{lunar}", date=True),
           "内部资料 免费交流 川内资准字0000号", "总第{no:1500-1999}期 本期{pages}版"])
_pj_bottom = furniture((0.5, ["地址：蒲江县鹤山街道某某路{no:10-99}号 电话：{tel:028} 印刷：成都某某印务有限公司"]),
                       [ln("{y}.{m:02d}.{d:02d}", date=True), "扫一扫 关注“蒲江发布”", "本版责编 {name}"])

_sn_top = furniture(
    (0.5, [ln("陕西农村报", paper=True), ln("{date} {wd}", date=True), ln("{n}版 {sec}", page="{n}"), "编辑 {name} 组版 {name}"]),
    [ln("{sec}·第{n}版", page="{n}"), ln("{y}年{m}月{d}日", date=True)],
    front=[masthead("陕西农村报"), "SHAANXI RURAL NEWS", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:1000-1999}期 国内统一连续出版物号 CN 61-0000", "三农服务热线 {tel:029}"])
_sn_bottom = furniture((0.5, ["农资广告 诚信经营 举报电话：12316", "本报地址：西安市某某路{no:100-999}号"]),
                       ["责任编辑：{name} 值班主任：{name}", opt(0.5, ["扫码订阅 全年定价120元"])])

_dw_top = furniture(
    (0.5, [ln("南方电网报", paper=True), ln("{date} {wd}", date=True), ln("{sec} {n:02d}", page="{n:02d}")]),
    [ln("{n:02d}", page="{n:02d}"), "{sec}", ln("{y}年{m}月{d}日", date=True), "主编：{name} 责任编辑：{name}"],
    front=[masthead("南方电网报"), "CHINA SOUTHERN POWER GRID NEWS", "中国南方电网有限责任公司主管主办",
           ln("{date} {wd}", date=True), "第{no:3000-3999}期 总第{no:5000-5999}期", "国内统一连续出版物号 CN 44-0000"])
_dw_bottom = furniture((0.5, ["报社地址：广州市某某路{no:10-99}号 新闻热线：{tel:020}", "万家灯火 南网情深"]),
                       ["本版编辑 {name} 美编 {name}", ln("{y}年{m}月{d}日", date=True)])

_lj_top = furniture(
    (0.5, [ln("两江新区报 {date}", paper=True, date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{n} {sec}", page="{n}"), ln("{y}/{m:02d}/{d:02d} {wd}", date=True), "编辑 {name}"],
    front=[masthead("两江新区报"), "LIANGJIANG NEW AREA NEWS", "中共重庆两江新区工委主管", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:600-999}期 每周二、五出版", "新闻热线 {tel:023}"])
_lj_bottom = furniture((0.5, ["扫码关注“两江新区”微信公众号", "印刷：重庆某某印务有限公司"]),
                       ["本版编辑：{name} 美术编辑：{name} 校对：{name}"])

_xa_top = furniture(
    (0.5, [ln("新华澳报", paper=True), ln("{date} {wd}", date=True), ln("第{n}页 {sec}", page="{n}")]),
    [ln("{sec} {n}", page="{n}"), ln("{y}年{m}月{d}日 {wd}", date=True)],
    front=[masthead("新华澳报"), "VA KIO DAILY", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:11000-11999}号 每份澳门币五元", "本报地址：澳门某某街{no:10-99}号 电话：(853) 2800{no:1000-9999}"])
_xa_bottom = furniture((0.5, ["广告部：(853) 2800{no:1000-9999} 传真：(853) 2800{no:1000-9999}"]),
                       [ln("新华澳报 {y}年{m}月{d}日", paper=True, date=True), "编辑 {name}"])

_dz_top = furniture(
    (0.5, [ln("A{n}", page="A{n}"), "{sec}", ln("大众证券报 {y}年{m}月{d}日", paper=True, date=True), "编辑：{name}"]),
    [ln("{y}.{m}.{d} {wd}", date=True), ln("{sec}·A{n}", page="A{n}"), "责编 {name} 校对 {name}"],
    front=[masthead("大众证券报"), "POPULAR SECURITIES NEWS", ln("{date} {wd}", date=True), "第{no:1200-1599}期 每周六出版",
           "中国证监会指定信息披露报刊", "投资者服务热线 {tel:025}"])
_dz_bottom = furniture((0.5, ["股市有风险 投资需谨慎", "本报信息披露热线 {tel:025}"]),
                       ["本版文章仅供参考 不构成投资建议", "扫码下载大众证券报APP"])


@dataclasses.dataclass
class Fresh40Family(Fresh9Family):
    seed_stride: int = FRESH40_SEED_STRIDE
    jump_forms: tuple = ("（转{nn}版）",)  # the lead's jump line (see Fresh40Builder.page_mark)
    carry_forms: tuple = ("（接{nn}版）",)  # a continuation's carry line


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh40Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh40Builder, justified=True,
                         **kw)


FRESH40_FAMILIES = [
    fam("set40_a", "中山日报", _zs_top, _zs_bottom, {by_zs: 1},
        brief_bylines={by_zs_brief: 1}, credits=(cr_zs,), width=(15, 21), blank={"para": 2, "every": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.03, doubled=0.1, displaced=0.1, caption_pool=ZS_CAPTIONS,
        brief_pool=ZS_BRIEFS, brief_pool_share=0.6, paper_outlet="中山日报", jump_forms=("转A{nn}版▶", "（下转A{nn}版）"),
        carry_forms=("◀接A{nn}版", "（上接A{nn}版）"),
        labels={"column": ("镇街动态", "香山快讯"), "bullet": ("▼",), "photos": ("图片新闻",)},
        plans=((["lead", "photo", "brief"], {"front": True, "turn": 0}),
               (["continuation", "zscomment", "briefcol"], {"page": 2, "turn": 1}),
               (["deck", "zslink", "photo"], {"blank": "none", "turn": 2}),
               (["zsgroup", "bare", "brief"], {"group_credit": "本组图片由{p}记者 {n} 摄"})),
        page_style="A0", sections=("要闻", "镇街", "经济")),
    fam("set40_b", "今日蒲江", _pj_top, _pj_bottom, {by_pj: 1},
        brief_bylines={by_pj_brief: 1}, credits=(cr_pj,), width=(12, 16), blank={"para": 1, "every": 1},
        indent=0.5, letterspace=0.4, stray_spaces=0.06, doubled=0.2, displaced=0.15, caption_pool=PJ_CAPTIONS,
        brief_pool=PJ_BRIEFS, brief_pool_share=0.7, paper_outlet="融媒",
        jump_forms=("转第{cn}版", "（下转{n}版）"), carry_forms=("（紧接第{cn}版）", "上接{n}版"),
        labels={"column": ("镇街传真", "蒲江简讯"), "bullet": ("●",)},
        plans=((["lead", "brief", "photo"], {"front": True, "turn": 1}),
               (["pjtalk", "briefcol"], {"blank": "every", "turn": 2}),
               (["deck", "pjside", "photo"], {"turn": 0, "displaced": 0.35}),
               (["pjgroup", "brief", "bare"], {"blank": "none", "group_credit": "{p}记者 {n} 摄"})),
        page_style="cn", sections=("要闻", "镇街", "民生")),
    fam("set40_c", "陕西农村报", _sn_top, _sn_bottom, {by_sn: 1},
        brief_bylines={by_sn_brief: 1}, credits=(cr_sn,), width=(14, 18), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.2, stray_spaces=0.04, doubled=0.15, displaced=0.1, caption_pool=SN_CAPTIONS,
        brief_pool=SN_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        jump_forms=("（转{n}版）", "下转第{n}版"), carry_forms=("（接{n}版）", "上接第{n}版"),
        labels={"column": ("三秦农讯", "乡村简讯"), "bullet": ("△",)},
        plans=((["lead", "photo", "briefcol"], {"front": True, "turn": 2}),
               (["deck", "snside", "brief"], {"turn": 0}),
               (["snasks", "snprices", "bare"], {"blank": "every", "turn": 1}),
               (["continuation", "photo", "brief"], {"page": 2, "blank": "none"})),
        page_style="plain", sections=("要闻", "三农", "市场")),
    fam("set40_d", "南方电网报", _dw_top, _dw_bottom, {by_dw: 1},
        brief_bylines={by_dw_brief: 1}, credits=(cr_dw,), width=(16, 22), blank={"para": 1, "none": 1},
        indent=0.3, letterspace=0.2, stray_spaces=0.02, doubled=0.1, displaced=0.1, caption_pool=DW_CAPTIONS,
        brief_pool=DW_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        jump_forms=("（下转第{n}版）", "→转{nn}版"), carry_forms=("（上接第{n}版）", "←接{nn}版"),
        labels={"column": ("网情速递", "基层传真"), "bullet": ("◆",), "photos": ("一线镜头", "图片新闻")},
        plans=((["lead", "dwfigures", "brief"], {"front": True, "turn": 0}),
               (["dwtalk", "dwsafety"], {"turn": 1}),
               (["deck", "briefcol", "photo"], {"blank": "every", "turn": 2}),
               (["dwgroup", "deck"], {"blank": "none", "group_credit": "通讯员 {n} 摄"})),
        page_style="0", sections=("要闻", "基层", "安全")),
    fam("set40_e", "两江新区报", _lj_top, _lj_bottom, {by_lj: 1},
        brief_bylines={by_lj_brief: 1}, credits=(cr_lj,), width=(18, 26), blank={"para": 2, "every": 1},
        indent=0.2, letterspace=0.1, stray_spaces=0.02, doubled=0.05, displaced=0.1, caption_pool=LJ_CAPTIONS,
        brief_pool=LJ_BRIEFS, brief_pool_share=0.6, paper_outlet="本报", weekday_no=1,
        jump_forms=("（转{nn}）", "（下转{n}版）"), carry_forms=("（接{nn}）", "（上接{n}版）"),
        labels={"column": ("新区快讯", "园区动态"), "bullet": ("■",), "photos": ("新区影像",)},
        plans=((["lead", "ljprojects", "photo"], {"front": True, "turn": 1}),
               (["ljasks", "brief", "bare"], {"blank": "none", "turn": 2}),
               (["ljtalk", "ljside"], {"turn": 0}),
               (["photonews", "deck", "briefcol"], {})),
        page_style="plain", sections=("要闻", "产业", "民生")),
    fam("set40_f", "新华澳报", _xa_top, _xa_bottom, {by_xa: 1},
        brief_bylines={by_xa_brief: 1}, credits=(cr_xa,), width=(13, 17), blank={"para": 1, "every": 1},
        indent=0.4, letterspace=0.2, stray_spaces=0.03, doubled=0.2, displaced=0.15, caption_pool=XA_CAPTIONS,
        brief_pool=XA_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        jump_forms=("（转第{cn}页）", "（续第{n}页）"), carry_forms=("（接第{cn}页）", "（上接第{n}页）"),
        labels={"column": ("澳闻简讯", "社团消息"), "bullet": ("◇",)},
        plans=((["xastaff", "lead", "photo"], {"front": True, "turn": 2}),
               (["deck", "xaside", "xarates"], {"blank": "none", "turn": 0}),
               (["continuation", "briefcol", "photo"], {"page": 2, "turn": 1}),
               (["deck", "brief", "bare"], {"blank": "every"})),
        page_style="plain", sections=("澳闻", "大湾区", "经济")),
    fam("set40_g", "大众证券报", _dz_top, _dz_bottom, {by_dz: 1},
        brief_bylines={by_dz_brief: 1}, credits=(cr_dz,), width=(18, 24), blank={"para": 2, "none": 1},
        indent=0.2, letterspace=0.1, stray_spaces=0.01, doubled=0.05, displaced=0.1, caption_pool=DZ_CAPTIONS,
        brief_pool=DZ_BRIEFS, brief_pool_share=0.6, paper_outlet="本报", weekday_no=5,
        jump_forms=("（转A{n}）", "（下转A{n}版）"), carry_forms=("（接A{n}）", "（上接A{n}版）"),
        labels={"column": ("公司速递", "市场快讯"), "bullet": ("※",)},
        plans=((["lead", "dzcomment", "brief"], {"front": True, "turn": 0}),
               (["dzboard", "dzside", "bare"], {"turn": 1}),
               (["dztalk", "briefcol"], {"blank": "every", "turn": 2}),
               (["deck", "photo", "brief"], {"blank": "none"})),
        page_style="A", sections=("要闻", "公司", "市场")),
]
