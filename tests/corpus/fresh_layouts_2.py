"""A second set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, the development
family files as examples, articles.yml, evaluate.py), never the segmenter.  Six papers the corpus
had not imitated, each around page shapes the earlier families lack; each page of a family
follows one of four page plans.

* `heilongjiang_provincial` 黑龙江日报: **numbered photo groups** (one title over captions marked
  图① / ① / 图1, credited per picture, by a shared line, or by a split line `图①②…摄 图③…摄`),
  the **byline printed above the headline**, **更正 notices**, 第N号（总第N号） mastheads.
* `jijian_national` 中国纪检监察报: **案例剖析 case studies** (【基本案情】/【分歧意见】/【评析意见】 or
  ■/一、 headings on lines of their own), bylines that name the **writer's unit before the name**
  (`■ 湖州市吴兴区纪委监委 X`) or a bare name over the title with an `（作者单位：…）` note after
  the text; untitled column pieces signed `◎X`.
* `funv_national` 中国妇女报: **interviews whose questions carry no label** (a short line ending
  in ？ between answers), **人物 features** with a `——记…` subtitle and the byline after the text
  (`（中国妇女报全媒体记者 X）` or on a line of its own).
* `xiaoxiang_morning` 潇湘晨报: **aggregated wire items** closed by `（据新华社）`, `（来源：央视新闻）`
  or a `来源：…` line, **QR lines inside an article** (`扫码看视频` between two paragraphs),
  **weather boxes** (rows of day, sky, temperatures, wind), `潇湘晨报记者 X 长沙报道`,
  `文/视频 潇湘晨报记者 X`, `潇湘晨报长沙6月21日讯（记者 X）`.
* `shaoxing_city` 绍兴日报: **专题 packages**: a package headline with an 编者按, then two or
  three short stories under their own titles, closed by one shared line
  `本版稿件由本报记者 X Y 采写` naming the writers of every story.
* `cixi_county` 慈溪日报: **公示 notices with name lists** (an intro, rows of town and family or
  person, the objection period, the issuer and the date), 本报讯 items, 总第N号, a blank line after
  every line and stray spaces on some pages, headlines after their bodies.

Gold conventions are those of the README; new here (stated in the README's section too):

* a numbered photo group is one `photo` item: its title is the group's title, its body the
  captions in printed order, **with their markers** (图①, ①, 图1: they tell which picture);
  every person of its credits is a photographer, in printed order;
* a byline printed above the headline is still a `byline` line of its article;
* a 更正 notice is an `article` titled 更正 (a letter-spaced `更 正` too), with no authors; a
  `本报编辑部` signature is a `byline` line naming no one;
* a 案例剖析 / 以案说纪 label is furniture; the case's 【…】 / ■ / 一、 headings are `heading`
  lines (never body); `■ 湖州市吴兴区纪委监委 X` names X (the unit is no person); an
  `（作者单位：…）` note is a `credit` line; a titled piece signed by a bare name is an
  `article` by that person; an untitled one signed `◎X` is a `commentary` by X;
* an unlabelled question is a body paragraph of its interview; a person named in a `——记…`
  subtitle is no author;
* `（据新华社）`, `（来源：央视新闻）`, `（综合新华社、人民网）` are trailing （…） credits naming
  no person (a short item so closed is a `brief`); a `来源：央视新闻` line is a `credit` line
  naming no one (the item stays an `article`); `潇湘晨报长沙6月21日讯（记者 X）` is not 本报讯;
  `文/视频 … X` names X (a video is no photograph); `… 长沙报道` names no place as a person;
* a QR line inside an article (`扫码看视频`) is furniture;
* a weather box is an `infobox` titled with its label, its rows the body;
* a 专题 package's headline and 编者按 form an `article` of their own (the headline its title,
  the note its body, the `编者按：` label a `heading`); each story is an `article`; the shared
  line is a `credit` line of the last story and its persons are the authors of every story;
* a 公示 is an `infobox` (its rows outnumber its paragraphs) with no authors: its intro and
  closing paragraphs and its rows are its body, its issuer and date lines `byline` lines; the
  people and families listed are no authors.

Seeds: FRESH2_SEED_BASE + 100_000*family + 1_000*attempt + n (14_100_001 .. 14_649_999): no span
of six families was free below 9_000_000, so the set sits above the held-back sets (which end
below 13_000_000); synthesize.py allows dev sets at or above DEV_HIGH_SEED_BASE (14_000_000) and
still checks that no two seed ranges overlap.  All text comes from articles.yml or from the short
filler below, written for this corpus (photo groups, corrections, cases, questions, captions,
briefs, weather, package notes, 公示).
"""
from __future__ import annotations

import datetime

from fresh_layouts import FreshBuilder, FreshFamily, short_lunar
from layout_kit import DATED, DATED_LUNAR, PAGE_SECTION, aide, form, furniture, ln, masthead, running
from layout_kit import shown as _shown
from synthesize import (Byline, Item, L, choose, cn_date, gold_kind, line_roles, lunar, phone, photo_credit, seg_line,
                        shorten, spaced, weekday, wrap)

FRESH2_SEED_BASE = 14_000_000

# --------------------------------------------------------------------------- filler (written for this corpus)

HLJ_GROUPS = [
    ("夏日龙江 处处生机", ["图①：江畔步道上，市民骑行健身。", "图②：火山石间，游客拍照留念。",
                      "图③：农场职工操作植保无人机为大豆田喷施叶面肥。"]),
    ("黑土地上“追”丰收", ["①大型农机在田间开展中耕作业。", "②农技人员在试验田里查看玉米长势。",
                      "③合作社社员分拣刚采摘的鲜食玉米。"]),
    ("冰城夏夜", ["图1 老街上，游客在百年建筑前驻足。", "图2 江边广场上，市民跟着乐队一起合唱。",
              "图3 夜市里，摊主为顾客打包烤冷面。", "图4 游船载着游客缓缓驶过江面。"]),
]
HLJ_CAPTIONS = [("近日，林区职工在苗圃里移栽樟子松幼苗。", "林海育新绿"),
                ("暑期来临，孩子们在科技馆里体验航天互动展项。", ""),
                ("湿地保护区内，丹顶鹤在芦苇丛中觅食。", "鹤舞湿地")]
HLJ_BRIEFS = [
    ("省图书馆推出夜间阅读专区", "近日，省图书馆在一楼开辟夜间阅读专区，每天开放至晚上九点，配备自助借还设备和电子阅览终端，方便读者下班后前来阅读。"),
    ("界江旅游航线恢复运营", "随着江面水位趋于平稳，沿江城市的界江旅游航线日前恢复运营，每天开行四个航班，游客可乘船欣赏沿岸风光。"),
    ("寒地水稻插秧全面完成", "记者从省农业农村部门获悉，全省寒地水稻插秧工作已全面完成，秧苗长势良好，各地正组织农技人员深入田间开展技术指导。"),
]
HLJ_CORRECTIONS = [
    "本报{m}月{d}日第{p}版刊发的《寒地水稻插秧全面完成》一文中，“插秧面积三千余万亩”应为“插秧面积三千余万公顷”。特此更正，并向读者致歉。",
    "本报{m}月{d}日第{p}版《省图书馆推出夜间阅读专区》一文图片说明中，“每天开放至晚上八点”应为“每天开放至晚上九点”。特此更正。",
    "本报{m}月{d}日第{p}版刊发的消息中，将“界江旅游航线”误作“界河旅游航线”。特此更正，并向读者致歉。",
]

JJ_CASES = [
    ("长期借用管理服务对象车辆如何定性", [
        ("基本案情", [
            "甲，中共党员，某县市场监管局执法大队副队长。2021年3月，甲以家中老人就医不便为由，向辖区内某汽车销售公司负责人乙提出借车，乙随即将一辆价值约二十万元的越野车交给甲使用。",
            "此后近两年时间里，甲一直将该车用于上下班和家庭出行，其间未支付任何费用，车辆保险、保养费用均由乙承担。2023年1月，甲得知组织开展专项检查后，将车辆归还乙。"]),
        ("分歧意见", [
            "第一种意见认为，甲与乙之间系借用关系，车辆所有权未发生转移，甲的行为属于违反廉洁纪律，借用管理和服务对象财物。",
            "第二种意见认为，甲借用车辆时间长、价值大，且与其职务行为存在关联，应当认定为受贿。"]),
        ("评析意见", [
            "笔者同意第二种意见。一方面，乙所在公司长期接受甲所在执法大队的监管，甲在借车前后多次对该公司的违规行为“网开一面”，车辆的使用与其职务行为之间存在对价关系。",
            "另一方面，甲借用车辆长达近两年，其间未支付任何费用，也无归还意思表示，直至得知组织检查才归还，其主观上具有非法占有的故意，客观上实际控制了车辆，应当以受贿论处。"]),
    ]),
    ("违规发放津贴补贴的责任如何认定", [
        ("基本案情", [
            "丙，中共党员，某镇党委副书记、镇长。2022年至2023年，丙在主持镇政府工作期间，以“加班补助”“考核奖励”等名义，决定从镇财政专户中向镇机关干部发放补贴共计三十余万元，其本人领取一万余元。",
            "镇财政所所长丁在明知上述发放事项没有政策依据的情况下，未提出异议，按照丙的要求办理了资金拨付手续。"]),
        ("分歧意见", [
            "一种意见认为，发放补贴系集体研究决定，应当由镇党委班子共同承担责任，丙和丁不应单独追责。",
            "另一种意见认为，丙作为决策者负主要领导责任，丁作为具体经办人负直接责任，二人均应依规依纪追究责任。"]),
        ("评析意见", [
            "笔者同意后一种意见。经查，上述发放事项虽经会议研究，但系丙事先确定方案后提交会议通过，其他参会人员未充分发表意见，丙在其中起决定作用，应当承担主要领导责任。",
            "丁作为财政所负责人，对资金拨付负有审核把关职责，其明知违规仍予办理，应当承担直接责任。同时，对于违规发放的资金，应当依规予以追缴。"]),
    ]),
]
JJ_UNITS = ("湖州市吴兴区纪委监委", "宁波市鄞州区纪委监委", "南通市纪委监委", "赣州市章贡区纪委监委", "宜昌市纪委监委")
JJ_BRIEFS = [
    ("多地开展群众身边不正之风专项整治", "近日，多地纪检监察机关聚焦教育、医疗、养老等领域，开展群众身边不正之风和腐败问题专项整治，设立线索受理窗口，推动解决一批群众急难愁盼问题。"),
    ("某市推进基层监督信息平台建设", "某市纪委监委依托大数据建设基层监督信息平台，归集惠民惠农资金发放等数据，自动比对预警异常情况，已推动整改问题二百余个。"),
]

FN_QUESTIONS = ["您是从什么时候开始关注这个领域的？", "在这个过程中，最让您难忘的是什么？", "您觉得女性在这一行业有哪些优势？",
                "对于刚刚起步的年轻人，您有什么建议？", "家人对您的工作支持吗？"]
FN_HONOURS = ("全国三八红旗手", "全国巾帼建功标兵", "最美家庭代表", "乡村女致富带头人")
FN_CAPTIONS = [("图为巾帼志愿者在社区为老人测量血压。", ""), ("女职工在智能化车间里调试设备。", "巾帼显身手"),
               ("妇联干部入户宣传家庭教育知识。", "")]
FN_BRIEFS = [
    ("家庭教育指导服务站进社区", "近日，多地妇联依托社区妇女之家建设家庭教育指导服务站，邀请专业人员为家长提供咨询，开设亲子阅读、心理健康等课程。"),
    ("巾帼创业项目对接会举行", "日前，一场巾帼创业项目对接会举行，三十余个女性创业项目与投资机构、金融机构现场对接，达成合作意向十余项。"),
]

XX_VIDEO = ("扫码看视频", "▲扫描二维码观看现场视频", "扫码看更多现场画面", "▶扫码看晨视频")
XX_WIRE_TAILS = ("（据新华社）", "（来源：央视新闻）", "（综合新华社、人民网）", "（据中国新闻网）")
XX_WIRE_LINES = ("来源：央视新闻", "来源：新华社")
XX_SKIES = ("晴", "多云", "阴", "小雨", "雷阵雨", "多云转阵雨", "阵雨转多云", "晴转多云")
XX_WINDS = ("南风2级", "北风1～2级", "东南风3级", "偏南风2～3级", "微风")
XX_CAPTIONS = [("傍晚，市民在江边风光带散步纳凉。", "江风送爽"), ("工作人员在社区为居民讲解防溺水知识。", ""),
               ("游客在古街上品尝特色小吃。", "古街人气旺")]

SX_PACKAGES = [
    ("共富工坊里的“家门口”就业", "近年来，我市依托农村闲置房屋建设共富工坊，把来料加工、直播电商等项目送到农民家门口。本版今起推出系列报道，走近工坊里的劳动者。"),
    ("城乡融合看越地", "城乡融合，路在脚下。本报记者近日走进区、县（市）的乡镇街道，记录城乡基础设施互联互通、公共服务共建共享的新变化。"),
]
SX_STORIES = [
    ("工坊开到村口 宝妈就近上岗", "在柯桥区一处共富工坊里，十多名村民正忙着缝制布艺玩具。工坊负责人介绍，这里的工人大多是附近村里的宝妈，接送孩子之余来工坊上班，每月能有三千元左右的收入。"),
    ("老粮站变身直播间", "上虞区一处闲置多年的老粮站，经过改造成了直播电商基地。每天下午，几名返乡青年在这里直播带货，把当地的茶叶、笋干等农产品卖到全国各地。"),
    ("公交开进山里村", "今年以来，嵊州市新开通和优化调整镇村公交线路十余条，山区村民到镇上、城里办事再也不用“赶早班车”，最远的村到县城也只需一个多小时。"),
    ("乡镇卫生院来了城里专家", "诸暨市推进城乡医疗资源下沉，城区医院的专家每周定期到乡镇卫生院坐诊，村民在家门口就能挂上专家号，不少检查项目也能就近完成。"),
]
SX_CAPTIONS = [("共富工坊里，村民在加工布艺产品。", ""), ("游客乘坐乌篷船游览古镇水巷。", "水乡夏日"),
               ("新开通的镇村公交驶进山区村。", "")]

CX_TOWNS = ("浒山街道", "坎墩街道", "宗汉街道", "白沙路街道", "观海卫镇", "周巷镇", "龙山镇", "掌起镇", "附海镇", "长河镇")
CX_GONGSHI = [
    ("2024年度慈溪市“最美家庭”拟推荐对象公示",
     "经各镇（街道）推荐、市级评审，现将2024年度慈溪市“最美家庭”拟推荐对象予以公示：", "家庭",
     "公示时间为{a}至{b}。如有异议，请在公示期内向市妇联反映，联系电话：{p}。", "慈溪市妇女联合会"),
    ("2024年上半年慈溪市优秀志愿者拟表彰名单公示",
     "根据志愿服务时长和服务成效，经推荐和审核，拟对以下同志予以表彰，现予公示：", "",
     "公示期为{a}至{b}，公示期间如有异议，可通过电话或来访形式反映，联系电话：{p}。", "慈溪市志愿服务联合会"),
]
CX_BRIEFS = [
    ("杨梅采摘季游客增多", "眼下正值杨梅成熟季，各杨梅基地迎来采摘游客。当地开通杨梅采摘专线公交，并在主要路口设置指示牌，方便游客前往。"),
    ("村级便民服务中心完成改造", "日前，全市村级便民服务中心提升改造全部完成，群众办理社保、医保等二十余项事务不用出村。"),
    ("小家电企业开拓新市场", "今年以来，我市小家电企业加快开拓新兴市场，参加境外展会三十余场，前五个月出口订单同比有所增长。"),
]
CX_CAPTIONS = [("杨梅基地里，果农在采摘成熟的杨梅。", "杨梅红了"), ("志愿者在社区为居民提供义务理发服务。", ""),
               ("家电企业生产线上，工人在组装产品。", "")]


def _d(ctx, days=1):
    return ctx.date - datetime.timedelta(days=days)


def F(ctx, text, **kw):
    return ctx.furn(text, **kw)


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


def by_hlj(ctx, item):
    """黑龙江日报全媒体记者 X (Y) (通讯员 Z) / ●本报记者 X 通讯员 Y."""
    rng = ctx.rng
    a = ctx.name()
    names = [a]
    if rng.random() < 0.6:
        text = f"{rng.choice(('', '●'))}黑龙江日报全媒体记者 {_shown(ctx, a)}"
        text = aide(ctx, names, text, 0.4, "")
    else:
        text = f"本报记者 {_shown(ctx, a)}"
    text = aide(ctx, names, text, 0.5)
    return Byline(names, before=[text])


by_hlj_xun = form("本报讯（黑龙江日报全媒体记者 {0}）")


by_hlj_trail = form("（黑龙江日报全媒体记者 {0}）", where="trail", glue="本报讯 ")


def by_jj(ctx, item):
    """本报记者 X (通讯员 Y Z)."""
    rng = ctx.rng
    a = ctx.name()
    names, text = [a], f"本报记者 {_shown(ctx, a)}"
    for _ in range(rng.choice((0, 1, 2))):
        names.append(ctx.name())
    if len(names) > 1:
        text += " 通讯员 " + " ".join(names[1:])
    return Byline(names, before=[text])


by_jj_xun = form("本报讯（记者 {0} 通讯员 {1}）", 2)


def by_jj_unit(ctx, item):
    """■ 湖州市吴兴区纪委监委 X (Y): the writers' unit before their names."""
    rng = ctx.rng
    names = [ctx.name() for _ in range(rng.choice((1, 1, 2)))]
    return Byline(names, before=[f"{rng.choice(('■ ', '■', '□'))}{rng.choice(JJ_UNITS)} {' '.join(names)}"])


def by_jj_note(ctx, item):
    """A bare name over the text, an （作者单位：…） note after it (a credit line)."""
    a = ctx.name()
    return Byline([a], before=[ctx.rng.choice((a, f"文/{a}", f"◎{a}"))], after=[f"（作者单位：{ctx.rng.choice(JJ_UNITS)}）"])


def by_fn(ctx, item):
    rng = ctx.rng
    a = ctx.name()
    if rng.random() < 0.4:
        b = ctx.name()
        return Byline([a, b], before=[f"{rng.choice(('', '□'))}中国妇女报全媒体记者 {_shown(ctx, a)} {rng.choice(('见习记者', '实习生'))} {b}"])
    return Byline([a], before=[f"{rng.choice(('', '□'))}中国妇女报全媒体记者 {_shown(ctx, a)}"])


def by_fn_after(ctx, item):
    """The byline after the text: （中国妇女报全媒体记者 X） glued, or a line of its own."""
    a = ctx.name()
    if ctx.rng.random() < 0.5:
        return Byline([a], trail=f"（中国妇女报全媒体记者 {a}）", hint="paren")
    return Byline([a], after=[f"{ctx.rng.choice(('', '□'))}中国妇女报全媒体记者 {_shown(ctx, a)}"])


def by_fn_xun(ctx, item):
    a = ctx.name()
    if ctx.rng.random() < 0.5:
        return Byline([a], glue=f"本报讯（全媒体记者 {a}）", hint="benbaoxun")
    b = ctx.name()
    return Byline([a, b], glue=f"本报讯（记者 {a} 通讯员 {b}）", hint="benbaoxun")


def by_xx_place(ctx, item):
    a = ctx.name()
    place = ctx.rng.choice(("长沙", "株洲", "岳阳", "常德"))
    return Byline([a], before=[f"潇湘晨报记者 {_shown(ctx, a)} {place}报道"])


def by_xx_video(ctx, item):
    rng = ctx.rng
    a = ctx.name()
    if rng.random() < 0.5:
        b = ctx.name()
        return Byline([a, b], before=[f"文/视频 潇湘晨报记者 {a} 见习记者 {b}"])
    return Byline([a], before=[f"文/视频 潇湘晨报记者 {_shown(ctx, a)}"])


def by_xx_dated(ctx, item):
    """潇湘晨报长沙6月21日讯（记者 X）: a dated 讯 naming the paper, not 本报讯."""
    d, a = _d(ctx), ctx.name()
    return Byline([a], glue=f"潇湘晨报长沙{d.month}月{d.day}日讯（记者 {a}）")


def by_sx(ctx, item):
    rng = ctx.rng
    a = ctx.name()
    if rng.random() < 0.3:
        item.photographers = [a]
        return Byline([a], before=[f"记者 {_shown(ctx, a)} 文/图"])
    b = ctx.name()
    return Byline([a, b], before=[f"本报记者 {_shown(ctx, a)} 通讯员 {b}"])


by_sx_xun = form("本报讯（记者 {0} 通讯员 {1}）", 2, line_share=0.5)


def by_cx(ctx, item):
    """慈溪日报全媒体记者 X 通讯员 Y Z / 记者 X 通讯员 Y."""
    rng = ctx.rng
    a = ctx.name()
    names = [a] + [ctx.name() for _ in range(rng.choice((1, 2)))]
    lead = rng.choice(("慈溪日报全媒体记者", "记者"))
    return Byline(names, before=[f"{lead} {_shown(ctx, a)} 通讯员 {' '.join(names[1:])}"])


def by_cx_xun(ctx, item):
    a = ctx.name()
    names = [a] + [ctx.name() for _ in range(ctx.rng.choice((0, 1, 2)))]
    inner = f"记者 {a}" + (" 通讯员 " + " ".join(names[1:]) if len(names) > 1 else "")
    return Byline(names, glue=f"本报讯（{inner}）", hint="benbaoxun")


by_cx_trail = form("（通讯员 {0}）", where="trail", glue="本报讯 ")


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


_credit = photo_credit


cr_hlj = _credit(("黑龙江日报全媒体记者 {n} 摄", "（{n} 摄）", "通讯员 {n} 摄"))
cr_jj = _credit(("本报记者 {n} 摄", "（{n} 摄）"))
cr_fn = _credit(("中国妇女报全媒体记者 {n}/摄", "（{n} 摄）"))
cr_xx = _credit(("潇湘晨报记者 {s} 摄", "潇湘晨报记者 {n} 摄", "见习记者 {n} 摄"))
cr_sx = _credit(("本报记者 {n} 摄", "通讯员 {n} 摄", "（{n} 摄）"))
cr_cx = _credit(("通讯员 {n} 摄", "记者 {n} 摄", "（记者 {s} 摄）"))


cr_none_fn = photo_credit(("受访者供图", "（受访者供图）"), named=False)


cr_none_xx = photo_credit(("图/视觉中国", "图片来源：视觉中国"), "line", named=False)


def _town_credit(towns):
    """A picture supplied by a town: （X供图） or 图片由X提供, naming no photographer."""
    def credit(ctx):
        town = ctx.rng.choice(towns)
        return ctx.rng.choice(("glue", "line")), ctx.rng.choice((f"（{town}供图）", f"图片由{town}提供")), []
    return credit


def _pooled_credit(staff, supplied):
    """The family's own (pooled) pictures credited by `supplied` (a town, a host); a seed picture
    keeps the photographer of the `staff` credit."""
    def credit(ctx):
        return supplied(ctx) if getattr(ctx, "pooled", False) else staff(ctx)
    return credit


cr_town_cx = _town_credit(CX_TOWNS)


# --------------------------------------------------------------------------- builder


class Fresh2Builder(FreshBuilder):

    def uniq(self, pool, tag):
        return self.unused_or_first(pool, tag)

    def art(self, src, body, byfn, slot="article", kicker="", subtitle="", byline_first=False, inserts=(),
            after_role="byline", trail_role="credit"):
        """An article built piece by piece: head, byline lines, body (glue/trail), lines after it.
        `inserts` are (paragraph index, furniture text) printed after that paragraph."""
        rng = self.rng
        item = Item("article")
        width = self.w()
        by = byfn(self.ctx, item)
        item.authors = by.authors
        head = self.headline(item, src["title"], kicker, subtitle)
        paragraphs = [k for k, (r, _) in enumerate(body) if r != "heading"]
        body_chunks = []
        for k, (role, text) in enumerate(body):
            own = "heading" if role == "heading" else "body"
            printed = [(own, text)]
            if k == paragraphs[0] and by.glue:
                printed = [("byline", by.glue), (own, text)]
            if k == paragraphs[-1] and by.trail:
                printed.append((trail_role, by.trail))
            body_chunks.append([seg_line(printed)] if role == "heading" else self.para_lines(printed, width))
            for at, text2 in inserts:
                if at == k:
                    body_chunks.append([L(self.ctx.furn(text2), "furniture")])
        item.body = list(body)
        item.kind = gold_kind(slot, by.hint, item.title, body)
        before = [[L(x, by.before_role)] for x in by.before]
        after = [[L(x, "credit" if x.startswith("（作者") else after_role)] for x in by.after]
        if byline_first:
            chunks = before + head + body_chunks + after
        elif rng.random() < self.family.displaced:
            chunks = before + body_chunks + after + head
        else:
            chunks = head + before + body_chunks + after
        item.chunks = chunks
        return item

    def styled(self, styles):
        return choose(self.rng, styles)

    def stack(self, src):
        rng = self.rng
        return (src.get("kicker", "") if rng.random() < 0.7 else "", src.get("subtitle", "") if rng.random() < 0.7 else "")

    def qa(self, src, labels, byfn, pool, kicker_share=0.4, tail=None):
        """An interview: the first paragraph, then questions (written for the corpus) and answers
        (paragraphs of the source, questions from `pool`), each with its label (`问{k}：` numbers it,
        "" prints none); `tail` a credit line after it."""
        rng = self.rng
        paras = [b["text"] for b in src["body"] if b["role"] == "paragraph"]
        answers = sorted(rng.sample(range(1, len(paras)), min(rng.choice((3, 4)), len(paras) - 1)))
        questions = rng.sample(pool, len(answers))
        q_label, a_label = labels
        body = [("paragraph", paras[0])]
        for k, (q, a) in enumerate(zip(questions, answers), start=1):
            body += [("paragraph", q_label.format(k=k) + q), ("paragraph", a_label + paras[a])]
        it = self.art(src, body, byfn, kicker=src["kicker"] if rng.random() < kicker_share else "")
        if tail:
            it.chunks.append([L(tail, "credit")])
        return it

    # -------------------------------------------------------------- 黑龙江日报

    def slot_bytop(self):
        """The byline above the headline (kicker, title, subtitle), then the text."""
        src, body = self.long_source()
        kicker, subtitle = self.stack(src)
        return self.art(src, body, self.styled(self.family.bylines), kicker=kicker, subtitle=subtitle, byline_first=True)

    def slot_photogroup(self):
        """Numbered pictures under one title: credits per picture, shared, or split by number."""
        rng, ctx = self.rng, self.ctx
        title, captions = HLJ_GROUPS[self.opts["grp"]] if "grp" in self.opts else self.uniq(HLJ_GROUPS, "grp")
        item = Item("photo")
        item.title = item.printed_title = title
        width = rng.randrange(*self.family.caption_width)
        chunks = [[L(title, "title")]]
        mode = self.opts.get("group") or rng.choice(("each", "shared", "split"))
        names = []
        lines = []
        for k, cap in enumerate(captions):
            if mode == "each":
                n = ctx.name()
                names.append(n)
                credit = rng.choice((f"（{n} 摄）", f" 黑龙江日报全媒体记者 {n} 摄", f"（通讯员 {n} 摄）"))
                segs = [("caption", cap), ("credit", credit)]
            else:
                segs = [("caption", cap)]
            wrapped = wrap("".join(t for _, t in segs), width)
            lines += [L(x, *r) for x, r in zip(wrapped, line_roles(segs, wrapped))]
        if mode == "shared":
            n = ctx.name()
            names.append(n)
            credit_lines = [rng.choice((f"本组图片由黑龙江日报全媒体记者 {n} 摄", f"本组图片均为本报记者 {_shown(ctx, n)} 摄"))]
        elif mode == "split":
            a, b = ctx.name(), ctx.name()
            names += [a, b]
            marks = [c.split("：")[0].split(" ")[0] if c.startswith("图") else c[0] for c in captions]
            nums = [m.replace("图", "") for m in marks]
            head = ("" if nums[0] in "①②③④" else "、").join(nums[:-1])
            credit_lines = [f"图{head}为本报记者 {a} 摄", f"图{nums[-1]}为通讯员 {b} 摄"]
            if rng.random() < 0.5:
                credit_lines = ["  ".join(credit_lines)]
        else:
            credit_lines = []
        chunks.append(lines)
        chunks += [[L(x, "credit")] for x in credit_lines]
        item.photographers = names
        item.body = [("caption", c) for c in captions]
        item.chunks = chunks
        return item

    def slot_correction(self):
        rng, ctx = self.rng, self.ctx
        day = _d(ctx, rng.randrange(1, 4))
        text = self.uniq(HLJ_CORRECTIONS, "cor").format(m=day.month, d=day.day, p=rng.randrange(2, 9))
        item = Item("article")
        printed = rng.choice(("更正", "更 正", "■更正"))
        item.title, item.printed_title = "更正", printed
        chunks = [[L(printed, "title")], self.para_lines(text, self.w())]
        if rng.random() < 0.5:
            chunks.append([L("本报编辑部", "byline")])
        item.body, item.chunks, item.kind = [("paragraph", text)], chunks, "article"
        return item

    # -------------------------------------------------------------- 中国纪检监察报

    def slot_case(self):
        rng = self.rng
        title, sections = self.uniq(JJ_CASES, "case")
        style = rng.choice(("【{}】", "■{}", "{n}、{}"))
        body = []
        for k, (head, paras) in enumerate(sections):
            body.append(("heading", style.format(head, n="一二三"[k])))
            body += [("paragraph", p) for p in paras]
        byfn = rng.choice((by_jj_unit, by_jj_unit, by_jj_note))
        it = self.art({"title": title}, body, byfn)
        return [self.furniture(self.label("case")), it]

    def slot_column(self):
        """An untitled column piece under a label, signed ◎X above the text or X below it."""
        rng, ctx = self.rng, self.ctx
        src = self.pick(["002-03", "004-02"])
        body = shorten(rng, src["body"], keep_min=4)
        item = Item("commentary")
        name = ctx.name()
        item.authors = [name]
        width = self.w()
        chunks = [self.para_lines(t, width) for _, t in body]
        if rng.random() < 0.5:
            chunks = [[L(f"◎{name}", "byline")]] + chunks
        else:
            chunks.append([L(name, "byline")])
        item.body, item.chunks, item.kind = body, chunks, "commentary"
        return [self.furniture(self.label("column")), item]

    # -------------------------------------------------------------- 中国妇女报

    def slot_interview(self):
        """Questions with no label: a short line ending in ？ before each answer."""
        src = self.pick(["000-02", "001-02", "002-02", "003-01", "004-01", "002-05", "001-01"])
        return self.qa(src, ("", ""), by_fn, FN_QUESTIONS, kicker_share=0.5)

    def slot_profile(self):
        rng, ctx = self.rng, self.ctx
        src, body = self.long_source(headings=rng.random() < 0.5)
        subtitle = f"——记{rng.choice(FN_HONOURS)}{ctx.name()}"
        return self.art(src, body, by_fn_after, subtitle=subtitle, kicker=src["kicker"] if rng.random() < 0.3 else "")

    # -------------------------------------------------------------- 潇湘晨报

    def slot_wire(self):
        """A reprinted item closed by （据新华社） / （来源：央视新闻） or a 来源：… line."""
        rng = self.rng
        src, body = self.brief_source()
        if rng.random() < 0.65:
            tail = rng.choice(XX_WIRE_TAILS)
            byfn = lambda ctx, item: Byline([], trail=tail, hint="paren")  # noqa: E731
        else:
            line = rng.choice(XX_WIRE_LINES)
            byfn = lambda ctx, item: Byline([], after=[line])  # noqa: E731
        return self.art(src, body, byfn, slot="brief", after_role="credit")

    def slot_video(self):
        """A local story with a QR line (扫码看视频) between two of its paragraphs."""
        rng = self.rng
        src, body = self.long_source(headings=False)
        at = rng.randrange(0, min(3, len(body) - 1))
        kicker, subtitle = self.stack(src)
        return self.art(src, body, self.styled(self.family.bylines), kicker=kicker, subtitle=subtitle,
                        inserts=[(at, rng.choice(XX_VIDEO))])

    def slot_weather(self):
        rng, ctx = self.rng, self.ctx
        rows = []
        days = rng.choice((("今天", "明天", "后天"), ("22日", "23日", "24日", "25日"), ("今天白天", "今天夜间", "明天白天")))
        high = rng.randrange(27, 36)
        for k, day in enumerate(days):
            if days[0] == "22日":
                day = f"{(ctx.date + datetime.timedelta(days=k)).day}日"
            low = high - rng.randrange(6, 10)
            rows.append(f"{day} {rng.choice(XX_SKIES)} {low}℃～{high}℃ {rng.choice(XX_WINDS)}")
            high += rng.choice((-2, -1, 0, 1, 2))
        label = rng.choice(("天气预报", "长沙天气", "晨报天气"))
        return self.row_box(label, rows)

    # -------------------------------------------------------------- 绍兴日报

    def slot_package(self):
        """A package headline with its 编者按, two or three stories, one shared credit line."""
        rng, ctx = self.rng, self.ctx
        title, note = self.uniq(SX_PACKAGES, "pkg")
        lead = Item("article")
        width = self.w()
        head = self.headline(lead, title)
        label = rng.choice(("编者按：", "【编者按】", "■编者按"))
        if label == "编者按：" and rng.random() < 0.6:
            note_chunks = [self.para_lines([("heading", label), ("body", note)], width + rng.randrange(0, 6))]
        else:
            note_chunks = [[L(label, "heading")], self.para_lines(note, width + rng.randrange(0, 6))]
        lead.chunks = head + note_chunks
        lead.body, lead.kind = [("paragraph", note)], "article"
        a, b = ctx.name(), ctx.name()
        names = [a, b]
        shared = rng.choice((f"本版稿件由本报记者 {a} {b} 采写", f"本组稿件由本报记者 {a} 通讯员 {b} 采写",
                             f"本版文字由记者 {a}、{b} 采写"))
        stories = []
        picks = rng.sample(SX_STORIES, rng.choice((2, 3)))
        for k, (t, text) in enumerate(picks):
            it = Item("article")
            chunks = [[L(rng.choice(("", "◆", "■")) + t, "title")]]
            it.title, it.printed_title = t, str(chunks[0][0])
            chunks.append(self.para_lines(text, width))
            if k == len(picks) - 1:
                chunks.append([L(shared, "credit")])
            it.authors = list(names)
            it.body, it.chunks, it.kind = [("paragraph", text)], chunks, "article"
            stories.append(it)
        return [lead] + stories

    # -------------------------------------------------------------- 慈溪日报

    def slot_gongshi(self):
        rng, ctx = self.rng, self.ctx
        title, intro, suffix, closing, issuer = self.uniq(CX_GONGSHI, "gs")
        item = Item("infobox")
        head = self.headline(item, title)
        width = self.w()
        towns = rng.sample(CX_TOWNS, rng.choice((4, 5, 6)))
        if suffix:
            rows = [f"{t} {ctx.name()}{suffix}" for t in towns]
        else:
            rows = [f"{ctx.name()}（{t}）" for t in towns]
        if rng.random() < 0.4:  # two rows a line, as in a two-column list
            row_lines = [[L("  ".join(rows[k:k + 2]), "body")] for k in range(0, len(rows), 2)]
            row_lines = [[x for c in row_lines for x in c]]
        else:
            row_lines = [[L(r, "body") for r in rows]]
        a, b = ctx.date, ctx.date + datetime.timedelta(days=6)
        closing = closing.format(a=f"{a.month}月{a.day}日", b=f"{b.month}月{b.day}日", p=phone(rng, "0574"))
        chunks = head + [self.para_lines(intro, width)] + row_lines + [self.para_lines(closing, width)]
        chunks.append([L(issuer, "byline"), L(cn_date(_d(ctx)), "byline")])
        item.body = [("paragraph", intro)] + [("listitem", r) for r in rows] + [("paragraph", closing)]
        item.chunks, item.kind = chunks, "infobox"
        return item


# --------------------------------------------------------------------------- furniture


def _hlj_top(ctx):
    d, rng, n = ctx.date, ctx.rng, ctx.page_no
    if ctx.front:
        no = rng.randrange(25000, 25999)
        return [F(ctx, "黑龙江日报", paper=True), F(ctx, "HEILONGJIANG DAILY"), F(ctx, "中共黑龙江省委机关报"),
                F(ctx, f"{cn_date(d)}  {weekday(d)}", date=True), F(ctx, f"农历{lunar(d)}"),
                F(ctx, f"第{no}号（总第{no + rng.randrange(3000, 3999)}号） 今日{ctx.family_pages}版"),
                F(ctx, "国内统一连续出版物号 CN 23-0001")]
    if rng.random() < 0.5:
        return [F(ctx, f"{n} {ctx.section}", page=str(n)),
                F(ctx, f"{cn_date(d)} {weekday(d)} 责任编辑：{ctx.name()} 美术编辑：{ctx.name()}", date=True)]
    return [F(ctx, f"黑龙江日报·{ctx.section} {n:02d}", paper=True, page=f"{n:02d}"), F(ctx, f"{d.year}.{d.month}.{d.day}", date=True)]


_hlj_bottom = furniture((0.5, ["扫码下载龙头新闻客户端", "本版邮箱：hljnews@example.cn"]), ["新闻热线：{tel:0451}"])


_jj_top = furniture(
    (0.5, [running("中国纪检监察报"), ln("{n} {sec}", page="{n}")]),
    [ln("第{n}版 · {ssec} · 责任编辑 {name}", page="{n}")],
    front=[masthead("中国纪检监察报"), "中央纪委国家监委机关报", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:6000-6999}期 今日{pages}版"])


_jj_bottom = furniture(["本版责编 {name}  版式 {name}  校对 {name}", "投稿邮箱：jjjc@example.cn"])


_fn_top = furniture(
    (0.4, [masthead("中国妇女报"), "CHINA WOMEN'S NEWS", DATED, PAGE_SECTION]),
    (0.7, [ln("{date} {wd} | 第{n}版 | {sec}", date=True, page="{n}")]),
    [ln("{sec} {n}", page="{n}"), "责任编辑 {name}"])


_fn_bottom = furniture((0.5, ["中国妇女报社出版", "全媒体热线：{tel:010}"]), ["本版编辑 {name} 电话：{tel:010}"])


_xx_top = furniture(
    (0.4, [masthead("潇湘晨报"), DATED, ln("A{n:02d} {sec}", page="A{n:02d}")]),
    (0.7, [ln("A{n:02d}", page="A{n:02d}"), ln("{y}.{m}.{d} {wd} 责编 {name} 美编 {name} 校对 {name}", date=True)]),
    [ln("{sec} A{n:02d}", page="A{n:02d}")])


_xx_bottom = furniture((0.5, ["扫码下载潇湘晨报客户端 看更多精彩视频", "新闻热线：{tel:0731}"]), ["晨报新闻热线 {tel:0731}"])


_sx_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), DATED]),
    [ln("绍兴日报 {date} 第{n}版 {sec}", paper=True, date=True, page="{n}")],
    front=[masthead("绍兴日报"), "SHAOXING DAILY", DATED_LUNAR,
           "第{no:21000-21999}期 今日{pages}版"])


_sx_bottom = furniture((0.5, ["本版编辑：{name}  电话：{tel:0575}"]), ["扫码下载越牛新闻客户端", "本版编辑：{name}"])


def _cx_top(ctx):
    d, rng, n = ctx.date, ctx.rng, ctx.page_no
    if ctx.front:
        no = rng.randrange(7000, 7999)
        return [F(ctx, "慈溪日报", paper=True), F(ctx, "中共慈溪市委机关报"), F(ctx, f"{cn_date(d)} {weekday(d)}", date=True),
                F(ctx, f"农历{short_lunar(d)}"), F(ctx, f"今日{ctx.family_pages}版 总第{no}号")]
    if rng.random() < 0.6:
        return [F(ctx, f"{n} {ctx.section}", page=str(n)), F(ctx, f"{cn_date(d)} {weekday(d)} 责任编辑 {ctx.name()}", date=True)]
    return []


def _cx_bottom(ctx):
    rng = ctx.rng
    lines = [] if ctx.printed_date else [F(ctx, f"慈溪日报 {cn_date(ctx.date)}", paper=True, date=True)]
    return lines + [F(ctx, f"地址：慈溪市新城大道北路{rng.randrange(100, 999)}号 电话：{phone(rng, '0574')}")]


def fam(name, paper, top, bottom, bylines, **kw):
    return FreshFamily(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh2Builder, **kw)


FRESH2_FAMILIES = [
    fam("heilongjiang_provincial", "黑龙江日报", _hlj_top, _hlj_bottom, {by_hlj: 1},
        brief_bylines={by_hlj_xun: 2, by_hlj_trail: 1}, credits=(cr_hlj,), width=(15, 22), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, caption_pool=HLJ_CAPTIONS, brief_pool=HLJ_BRIEFS, brief_pool_share=0.6,
        caption_width=(14, 24),
        plans=((["bytop", "photogroup", "brief", "brief"], {"front": True, "group": "each", "grp": 0}),
               (["article", "photogroup", "correction"], {"group": "shared", "grp": 1}),
               (["bytop", "photo", "brief", "correction"], {"blank": "every"}),
               (["photogroup", "bytop", "brief"], {"blank": "none", "group": "split", "grp": 2})),
        sections=("要闻", "龙江新闻", "综合")),
    fam("jijian_national", "中国纪检监察报", _jj_top, _jj_bottom, {by_jj: 1},
        brief_bylines={by_jj_xun: 1}, credits=(cr_jj,), width=(16, 23), blank={"para": 1}, indent=0.5,
        letterspace=0.3,
        plans=((["article", "column", "brief", "brief"], {"front": True}),
               (["case", "brief"], {}),
               (["case", "column"], {"blank": "none"}),
               (["article", "case"], {})),
        labels={"case": ("案例剖析", "以案说纪", "案 例 剖 析"), "column": ("清风茶座", "纪法时评", "监督哨")},
        brief_pool=JJ_BRIEFS, sections=("要闻", "监督执纪", "案例")),
    fam("funv_national", "中国妇女报", _fn_top, _fn_bottom, {by_fn: 1},
        brief_bylines={by_fn_xun: 1}, credits=(cr_fn, cr_none_fn), width=(14, 21), blank={"para": 1, "every": 1},
        letterspace=0.4, caption_pool=FN_CAPTIONS, brief_pool=FN_BRIEFS,
        plans=((["interview", "photo"], {}),
               (["profile", "brief", "brief"], {}),
               (["interview", "brief"], {"blank": "every"}),
               (["photo", "profile", "brief"], {"blank": "none"})),
        sections=("要闻", "新闻·观察", "家庭", "人物")),
    fam("xiaoxiang_morning", "潇湘晨报", _xx_top, _xx_bottom, {by_xx_place: 2, by_xx_video: 2, by_xx_dated: 1},
        credits=(cr_xx, cr_none_xx), width=(12, 18), blank={"para": 1, "every": 1}, letterspace=0.4,
        doubled=0.15, caption_pool=XX_CAPTIONS, stray_spaces=0.03,
        plans=((["video", "wire", "wire", "weather"], {}),
               (["wire", "wire", "wire", "photo"], {}),
               (["video", "photo", "weather"], {"blank": "every"}),
               (["weather", "video", "wire"], {"blank": "none"})),
        sections=("长沙观察", "湖南新闻", "天下")),
    fam("shaoxing_city", "绍兴日报", _sx_top, _sx_bottom, {by_sx: 1},
        brief_bylines={by_sx_xun: 1}, credits=(cr_sx,), width=(14, 21), blank={"para": 2, "none": 1}, indent=0.3,
        letterspace=0.3, caption_pool=SX_CAPTIONS, displaced=0.1,
        plans=((["package", "photo"], {}),
               (["article", "package"], {}),
               (["package", "brief", "photo"], {"blank": "none"}),
               (["photo", "article", "brief"], {"front": True})),
        sections=("要闻", "综合", "区县")),
    fam("cixi_county", "慈溪日报", _cx_top, _cx_bottom, {by_cx: 1},
        brief_bylines={by_cx_xun: 2, by_cx_trail: 1}, credits=(cr_cx, cr_town_cx), width=(13, 20),
        blank={"para": 1, "every": 1}, letterspace=0.5, stray_spaces=0.05, displaced=0.25,
        caption_pool=CX_CAPTIONS, brief_pool=CX_BRIEFS, brief_pool_share=0.6,
        plans=((["article", "brief", "brief", "photo"], {"front": True}),
               (["gongshi", "brief", "photo"], {"blank": "every"}),
               (["article", "gongshi"], {}),
               (["brief", "brief", "article"], {"blank": "none"})),
        sections=("慈溪新闻", "镇街", "综合")),
]
