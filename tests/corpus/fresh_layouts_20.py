"""A twentieth set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator on these pages.  Seven papers the corpus had not imitated, of seven kinds the corpus has
few of (checked by name against the development builders and gold, and against the held-back set only with
a script that names this set's families whose paper a held-back page also has): a prefecture-level city daily
of Guangxi, an evening paper of a northern port city (Liaoning), a county-level city paper of Zhejiang, a
national energy weekly, a provincial youth paper, a national steel trade paper and a Chinese daily of the
United States.  Every family wraps its columns by width (`justified`: a line of digits or Latin letters holds
more characters than one of ideographs), captions and box rows too.  Nearly every page carries a story that
keeps its section headings under a deck (its subtitle) or a long kicker, beside a photo or a brief.  Each page
of a family follows one of four page plans; byline and credit forms take turns across a family's pages; every
family prints at least two of: two columns read across, a headline after its text, a briefs column, a photo
group, a box, table or notice, a jump line, a Q&A, a commentary, a blank line after every line.

* `yulin_city` 玉林日报 (Guangxi, prefecture-level): a front page with `YULIN DAILY`, 中共玉林市委机关报 and 农历; a
  lead under its deck ending in a jump line and **page 2 carrying it on**; `玉林日报全媒体记者 X`, `记者 X 通讯员 Y Z`,
  `通讯员 X 全媒体记者 Y`; briefs glued `本报讯（记者 X 通讯员 Y）`, closed by `（通讯员 X）` or opening a bare
  `本报讯` that names no one; **果蔬行情 boxes** (rows `妃子笑荔枝 6.50元/斤`); a numbered photo group; ◆ 县区快讯
  columns; two briefs read across.
* `dalian_evening` 大连晚报: columns of 12–17 ems, a blank line after every line on some pages, stray spaces,
  doubled-glyph and displaced headlines; `大连晚报记者 X`, `记者 X 见习记者 Y`, `晚报记者 X 文并摄`; briefs closed
  by `（晚报记者 X）` or glued `本报讯（记者 X）`; **海水浴场 boxes** (rows `星海湾浴场 水温22℃ 浪高0.5米 适宜游泳`);
  Q&A `记者：` or `晚报记者：` / the interviewee's name; `（资料图片）`; a brief and a photo read across.
* `yueqing_county` 乐清日报 (a county-level city of Wenzhou): a front page with 中共乐清市委机关报 and 农历;
  `记者 X 通讯员 Y`, `通讯员 X Y`, `乐清日报记者 X`; briefs `本报讯（通讯员 X）` glued or on a line of their own,
  `本报讯（记者 X 通讯员 Y）`, or closed by the town and the name `（柳市镇 X）`; town-supplied pictures;
  **招聘 notices** with a phone number; ads mid-page; ▲ 镇街新闻 columns; two briefs read across.
* `nengyuan_energy` 中国能源报 (a Monday weekly): a `CHINA ENERGY NEWS` front page with 人民日报社主管主办; a lead
  ending in a jump line and page 2 carrying it on; `本报记者 X`, `本报实习记者 X`, `本报记者 X 通讯员 Y`; briefs
  closed by the company and the name `（某某电厂 X）` or glued `本报讯（记者 X）`; **能源价格 tables** (rows
  `WTI原油（美元/桶） 78.12 -0.35%`, `数据来源：…`); 能源观察 pieces signed `□X` or by the bare name with an
  `（作者系…）` note; `（受访企业供图）`; ● 能源快讯 columns; a brief and a photo read across.
* `qingnian_youth` 青年时报 (杭州): `青年时报记者 X`, `记者 X 实习生 Y Z`, `首席记者 X 通讯员 Y`; briefs closed by
  `（记者 X）` or glued `本报讯（见习记者 X）`; **招聘会 boxes** (rows `6月22日 某某人才市场 岗位300余个`); Q&A
  `青年时报：` / the interviewee's name; a numbered photo group under `本组图片由青年时报记者 X 摄`; `（受访者供图）`;
  ★ 青春快讯 columns; two briefs read across; a blank line after every line on one page.
* `yejin_steel` 中国冶金报: a front page with 中国钢铁工业协会主管 and 农历; `本报记者 X`, `本报通讯员 X`,
  `记者 X 特约记者 Y`; briefs closed by the mill and the name `（某某钢铁 X）` or glued `本报讯（通讯员 X Y）`;
  **钢材价格 tables** (a column-header row, rows `螺纹钢 HRB400E Φ20mm 3620 -10`, `数据来源：…`); 钢铁观察
  pieces with an `（作者系…）` note; `（企业供图）`; ● 企业动态 columns; a brief and a photo read across.
* `qiaobao_us` 侨报 (New York): a `THE CHINA PRESS` front page; `侨报记者 X`, `侨报记者 X 洛杉矶报道`, `【侨报记者X
  纽约报道】` glued; briefs opening `【侨报讯】` and naming no one, or closed by `（记者 X）`; **汇率 boxes** (rows
  `美元兑人民币 7.1012`) and **社区活动 boxes** (rows `6月22日 14:00 法拉盛图书馆 中文讲座（免费）`); Q&A
  `侨报：` / the interviewee's name; `（侨报资料图）`; ● 侨社简讯 columns; two briefs read across.

Gold conventions are those of the README; new here: a 果蔬行情 / 海水浴场 / 招聘会 / 汇率 / 社区活动 box is an
`infobox` titled with its label (a ■ or 【】 around it dropped), or with the label as kicker when a title
follows; a 能源价格 / 钢材价格 table is an `infobox` (its label the kicker, the column-header row its first row),
its `数据来源` line a `credit`; a 招聘 notice is an `infobox` with no authors; `晚报记者 X 文并摄` makes X author
and photographer; `侨报记者 X 洛杉矶报道` and `【侨报记者X纽约报道】` name X and no place; a bare `本报讯` and
`【侨报讯】` name no one; `（柳市镇 X）`, `（某某电厂 X）` and `（某某钢铁 X）` name X; town-supplied pictures,
`（资料图片）`, `（受访企业供图）`, `（受访者供图）`, `（企业供图）` and `（侨报资料图）` name no photographer; the
能源观察 / 钢铁观察 labels and the ads are furniture.

Seeds: FRESH20_SEED_BASE + FRESH20_SEED_STRIDE*family + 1_000*attempt + n (31_060_001 .. 31_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (captions,
photo groups, briefs, rows, notices, ads, questions, titles and notes); names, figures, phone numbers and
addresses are made up.
"""
from __future__ import annotations

import dataclasses
import datetime

from fresh_layouts_2 import _pooled_credit, _town_credit
from fresh_layouts_5 import _credit_turns
from fresh_layouts_9 import Fresh9Family
from fresh_layouts_14 import Fresh14Builder
from layout_kit import TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, shown, turns
from synthesize import Item, L, line_roles, phone, wrap

FRESH20_SEED_BASE = 31_000_000
FRESH20_SEED_STRIDE = 60_000

# the sources whose stories keep section headings under a subtitle (a deck) or a long kicker
DECK_SOURCES = ("003-01", "004-01", "001-01")

# --------------------------------------------------------------------------- filler (written for this corpus)

YL_FRUITS = (("妃子笑荔枝", 6.5), ("桂味荔枝", 9.0), ("沙田柚", 3.8), ("百香果", 5.0), ("龙眼", 7.2), ("西红柿", 3.2),
             ("空心菜", 2.5))
YL_GROUPS = [
    ("荔枝红了 果农笑了", ["①果农在果园里采摘荔枝。", "②工人在分拣中心给荔枝装箱。", "③冷链货车满载荔枝发往各地。"]),
    ("古镇里的端午", ["①龙舟队在江面上奋力划桨。", "②村民在祠堂前包粽子。", "③孩子们戴上五彩香囊。"]),
]
YL_CAPTIONS = [("药材市场里，商户在晾晒中药材。", "药材飘香"), ("工人在陶瓷生产线上忙碌。", ""),
               ("城区公园里，市民在荷塘边散步。", "荷塘月色")]
YL_BRIEFS = [
    ("乡村夜校开课", "近日，一个村的乡村夜校开课，村民们晚上到村部学习电商知识。"),
    ("城区新增一批停车位", "日前，城区新增一批公共停车位，缓解了老城区停车难。"),
    ("中药材种植培训进村", "近日，一场中药材种植培训在村里举办，农技人员现场讲解种植技术。"),
]

DL_BEACHES = ("星海湾浴场", "金石滩浴场", "付家庄浴场", "棒棰岛浴场", "夏家河子浴场", "黑石礁浴场")
DL_QUESTIONS = ["当初为什么选择这一行？", "最难忘的是哪件事？", "家里人支持吗？", "以后有什么打算？"]
DL_CAPTIONS = [("滨海路上，骑行爱好者迎着海风前行。", "海风骑行"), ("渔港码头，渔民在卸鱼获。", ""),
               ("广场上，市民在喂鸽子。", "城市一角")]
DL_BRIEFS = [
    ("社区开办暑期托管班", "近日，一个社区开办暑期托管班，大学生志愿者为孩子们辅导功课。"),
    ("老旧小区换上新路灯", "日前，一个老旧小区换上新路灯，居民夜间出行更安全。"),
    ("海边步道完成修缮", "近日，一段海边步道完成修缮，重新向市民开放。"),
]

YQ_TOWNS = ("柳市镇", "虹桥镇", "大荆镇", "乐成街道", "北白象镇", "雁荡镇")
YQ_JOBS = [
    ("某某电气有限公司招聘启事", "因生产发展需要，现面向社会招聘以下岗位人员：",
     ["装配工 20名 月薪6000元以上", "电工 5名 持证上岗", "质检员 3名 高中以上学历", "仓管员 2名 熟悉电脑操作"],
     "报名时间：{a}起，联系电话：{p}", "某某电气有限公司"),
]
YQ_ADS = [("某某家电城 夏季特惠", "空调冰箱以旧换新 咨询电话：{p}"),
          ("某某驾校 暑期招生", "学车不排队 报名电话：{p}")]
YQ_CAPTIONS = [("雁荡山景区里，游客在灵峰下拍照。", "雁荡秀色"), ("电器企业车间里，工人在组装开关。", ""),
               ("乐清湾畔，渔民在滩涂上劳作。", "滩涂时光")]
YQ_BRIEFS = [
    ("镇里开展消防演练", "近日，一个镇开展消防演练，企业员工学习使用灭火器。"),
    ("村里文化礼堂开讲", "日前，一个村的文化礼堂开讲，乡贤为村民讲述家风故事。"),
    ("电器企业举办技能比武", "近日，一家电器企业举办技能比武，一线工人比拼装配技术。"),
]

NY_PRICES = (("布伦特原油（美元/桶）", 82.35, "%"), ("WTI原油（美元/桶）", 78.12, "%"), ("LNG到岸价（美元/百万英热）", 11.2, "%"),
             ("动力煤5500K（元/吨）", 845.0, ""), ("多晶硅致密料（元/千克）", 52.0, ""))
NY_UNITS = ("某某电厂", "某某风电场", "某某油田", "某某光伏电站", "某某供电公司")
NY_TITLES = ["新型储能要走好市场化之路", "让绿电用得上也用得好", "能源转型需要久久为功"]
NY_NOTES = ("（作者系某某能源研究院研究员）", "（作者为某某大学能源学院教授）", "（作者系能源行业分析师）")
NY_CAPTIONS = [("风电场里，运维人员检查风机设备。", "风机巡检"), ("光伏电站的组件在阳光下延伸。", ""),
               ("工人在输电线路上带电作业。", "银线飞架")]
NY_BRIEFS = [
    ("一座抽水蓄能电站首台机组投产", "近日，一座抽水蓄能电站首台机组投产发电。"),
    ("海上风电项目完成吊装", "日前，一个海上风电项目全部风机完成吊装。"),
    ("充电站进驻高速服务区", "近日，一批充电站进驻高速公路服务区，方便新能源汽车出行。"),
]

QN_FAIRS = ("某某人才市场", "某某高校体育馆", "某某创业园", "某某会展中心")
QN_QUESTIONS = ["创业的点子是怎么来的？", "身边的朋友怎么看？", "遇到过什么坎？", "想对同龄人说些什么？"]
QN_GROUPS = [
    ("毕业季 再出发", ["①毕业生在校园里拍集体照。", "②同学们把学士帽抛向空中。", "③毕业生与老师合影留念。"]),
    ("夜市里的年轻摊主", ["①摊主在调制饮品。", "②顾客在摊位前排队。", "③摊主用手机直播卖货。"]),
]
QN_CAPTIONS = [("西湖边，年轻人在草坪上野餐。", "湖畔时光"), ("创业园里，团队成员在讨论方案。", ""),
               ("志愿者在地铁站为乘客指路。", "青春志愿")]
QN_BRIEFS = [
    ("高校举办创业大赛", "近日，一所高校举办创业大赛，数十支学生团队参赛。"),
    ("青年志愿者走进敬老院", "日前，一批青年志愿者走进敬老院，陪老人聊天、表演节目。"),
    ("夜间读书会开讲", "近日，一场面向年轻人的夜间读书会开讲，吸引不少上班族参加。"),
]

YJ_STEELS = (("螺纹钢", "HRB400E Φ20mm", 3620), ("热轧卷板", "Q235B 5.75mm", 3780), ("冷轧板卷", "SPCC 1.0mm", 4350),
             ("中厚板", "Q345B 20mm", 3860), ("高线", "HPB300 Φ8mm", 3700))
YJ_MILLS = ("某某钢铁", "某某特钢", "某某钢厂", "某某钢铁集团")
YJ_TITLES = ["钢铁行业要在绿色转型中抢先机", "以数字化提升钢厂竞争力", "高端钢材需要下足绣花功夫"]
YJ_NOTES = ("（作者系某某钢铁研究院高级工程师）", "（作者为冶金行业分析师）", "（作者系某某大学冶金学院教授）")
YJ_CAPTIONS = [("炼钢车间里，钢水倾入转炉。", "钢花飞溅"), ("智能仓库里，行车在吊运钢卷。", ""),
               ("厂区绿化带里，职工在植树。", "绿色钢城")]
YJ_BRIEFS = [
    ("一条冷轧生产线完成改造", "近日，一条冷轧生产线完成智能化改造，产品合格率提升。"),
    ("钢厂开展安全月活动", "日前，一家钢厂开展安全月活动，职工参加应急演练。"),
    ("高炉煤气发电项目并网", "近日，一个高炉煤气发电项目并网发电。"),
]

QB_CITIES = ("纽约", "洛杉矶", "旧金山", "波士顿")
QB_RATES = (("美元兑人民币", 7.1012), ("美元兑港币", 7.8135), ("美元兑加元", 1.3682), ("欧元兑美元", 1.0843),
            ("美元兑日元", 157.42))
QB_EVENTS = (("法拉盛图书馆", "中文讲座"), ("华埠社区中心", "长者健康讲座"), ("某某中文学校", "书法班报名"),
             ("某某侨团会所", "端午联欢会"), ("布鲁克林公园", "太极晨练"))
QB_QUESTIONS = ["当初为什么来美国？", "餐馆是怎么撑过难关的？", "孩子们会说中文吗？", "对新移民有什么建议？"]
QB_CAPTIONS = [("华埠街头，舞狮队为新店开张助兴。", "舞狮贺开张"), ("侨胞在社区中心学习使用智能手机。", ""),
               ("中文学校的孩子们在练习毛笔字。", "墨香")]
QB_BRIEFS = [
    ("华人社团举办义诊", "一个华人社团日前举办义诊，为社区长者测量血压。"),
    ("中文学校举行结业典礼", "一所中文学校日前举行结业典礼，学生表演了诗朗诵。"),
    ("侨团向食物银行捐款", "一个侨团日前向社区食物银行捐款，帮助低收入家庭。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_yl = chosen(Above("玉林日报全媒体记者 {0!l}"), Above("记者 {0!l} 通讯员 {1} {2}", 3), Above("通讯员 {0} 全媒体记者 {1!l}", 2),
               turn="by", drawn=2)
by_yl_brief = turns(Form("本报讯（记者 {0} 通讯员 {1}）", 2), Form("（通讯员 {0}）", **TRAIL), Form("本报讯 ", 0))

by_dl = chosen(Above("大连晚报记者 {0!l}"), Above("记者 {0!l} 见习记者 {1}", 2), Above("晚报记者 {0!l} 文并摄", photo=True),
               turn="by", drawn=2)
by_dl_brief = turns(Form("（晚报记者 {0}）", **TRAIL), Form("本报讯（记者 {0}）"))

by_yq = chosen(Above("记者 {0!l} 通讯员 {1}", 2), Above("通讯员 {0} {1}", 2), Above("乐清日报记者 {0!l}"), turn="by", drawn=2)
by_yq_brief = turns(Form("本报讯（通讯员 {0}）", line_share=0.5), Form("本报讯（记者 {0} 通讯员 {1}）", 2),
                    Form("（{c0} {0}）", choices=(YQ_TOWNS,), **TRAIL))

by_ny = chosen(Above("本报记者 {0!l}"), Above("本报实习记者 {0!l}"), Above("本报记者 {0!l} 通讯员 {1}", 2), turn="by", drawn=2)
by_ny_brief = turns(Form("（{c0} {0}）", choices=(NY_UNITS,), **TRAIL), Form("本报讯（记者 {0}）"))

by_qn = chosen(Above("青年时报记者 {0!l}"), Above("记者 {0!l} 实习生 {1} {2}", 3), Above("首席记者 {0!l} 通讯员 {1}", 2),
               turn="by", drawn=2)
by_qn_brief = turns(Form("（记者 {0}）", **TRAIL), Form("本报讯（见习记者 {0}）"))

by_yj = chosen(Above("本报记者 {0!l}"), Above("本报通讯员 {0}"), Above("记者 {0!l} 特约记者 {1}", 2), turn="by", drawn=2)
by_yj_brief = turns(Form("（{c0} {0}）", choices=(YJ_MILLS,), **TRAIL), Form("本报讯（通讯员 {0} {1}）", 2))

by_qb = chosen(Above("侨报记者 {0!l}"), Above("侨报记者 {0!l} {c0}报道", choices=(QB_CITIES,)),
               Form("【侨报记者{0}{c0}报道】", hint="plain", choices=(QB_CITIES,)), turn="by")
by_qb_brief = turns(Form("【侨报讯】", 0, hint="plain"), Form("（记者 {0}）", **TRAIL))


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_yl = _credit_turns(("玉林日报全媒体记者 {n} 摄", "（{n} 摄）", "通讯员 {s} 摄"))
cr_dl = _credit_turns(("晚报记者 {n} 摄", "（资料图片）", "记者 {s}/摄"))
cr_yq = _pooled_credit(_credit_turns(("记者 {n} 摄", "（{n} 摄）")), _town_credit(YQ_TOWNS))
cr_ny = _credit_turns(("本报记者 {n} 摄", "（受访企业供图）", "（{n} 摄）"))
cr_qn = _credit_turns(("青年时报记者 {n} 摄", "（受访者供图）", "通讯员 {n}/摄"))
cr_yj = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "（企业供图）"))
cr_qb = _credit_turns(("侨报记者 {n} 摄", "（侨报资料图）", "（{n} 摄）"))


# --------------------------------------------------------------------------- builder


class Fresh20Builder(Fresh14Builder):

    # -------------------------------------------------------------- shared shapes, set by width

    def slot_photo(self):
        """A photo as FreshBuilder prints it, its caption set by width as the family's columns are."""
        rng, ctx, fam = self.rng, self.ctx, self.family
        item = Item("photo")
        caption, title = self.caption_source()
        style = rng.choice(fam.credits)
        where, credit, photographers = style(ctx)
        item.photographers = photographers
        width = rng.randrange(*fam.caption_width)
        chunks = []
        if title:
            chunks.append([L(title, "title")])
            item.title = item.printed_title = title
        segments = [("caption", caption)] + ([("credit", rng.choice(("", " ")) + credit)] if where == "glue" else [])
        lines = wrap("".join(t for _, t in segments), width, justified=fam.justified)
        chunks.append([L(x, *r) for x, r in zip(lines, line_roles(segments, lines))])
        if where == "line":
            chunks.append([L(credit, "credit")])
        item.body, item.chunks = [("caption", caption)], chunks
        return item

    def box(self, label, rows, title="", intro="", decorations=("", "■", "【{}】", "◎"), width=None):
        """An infobox as FreshBuilder prints it, its rows set by width."""
        rng = self.rng
        item = Item("infobox")
        deco = rng.choice(decorations)
        printed = deco.format(label) if "{}" in deco else deco + label
        if title:
            head = [[L(printed, "kicker")], [L(title, "title")]]
            item.kicker, item.title, item.printed_title = label, title, title
        else:
            head = [[L(printed, "title")]]
            item.title, item.printed_title = label, printed
        width = width or self.w()
        chunks = list(head)
        body = []
        if intro:
            chunks.append(self.para_lines(intro, width))
            body.append(("paragraph", intro))
        rows_chunks = [[L(x, "body") for x in wrap(row, width, justified=self.family.justified)] for row in rows]
        if rng.random() < 0.5:
            rows_chunks = [[x for c in rows_chunks for x in c]]
        item.chunks = chunks + rows_chunks
        item.body = body + [("listitem", row) for row in rows]
        item.kind = "infobox"
        return item

    def group(self, groups):
        """Numbered pictures under one title and one shared credit line, the captions set by width."""
        rng, ctx = self.rng, self.ctx
        title, captions = self.uniq(groups, "grp")
        item = Item("photo")
        item.title = item.printed_title = title
        width = rng.randrange(*self.family.caption_width)
        lines = [L(x, "caption") for cap in captions for x in wrap(cap, width, justified=self.family.justified)]
        n = ctx.name()
        credit = self.opts.get("group_credit", "本组图片由{p}记者 {n} 摄").format(p=self.family.paper_outlet, n=shown(ctx, n))
        item.photographers = [n]
        item.body = [("caption", c) for c in captions]
        item.chunks = [[L(title, "title")], lines, [L(credit, "credit")]]
        return item

    def deck_story(self, jump=False):
        """A story that keeps its section headings, under its subtitle (the deck) and, mostly, its kicker;
        with `jump`, it ends in a jump line."""
        src, body = self.long_source(ids=DECK_SOURCES, headings=True)
        byfn = self.styled(self.family.bylines)
        kicker = src.get("kicker", "") if self.rng.random() < 0.8 else ""
        subtitle = src.get("subtitle", "")
        if not jump:
            return self.art(src, body, byfn, kicker=kicker, subtitle=subtitle)
        fn, _ = self.with_jump(byfn)
        return self.art(src, body, fn, kicker=kicker, subtitle=subtitle, after_role="jump", trail_role="jump")

    def slot_deck(self):
        return self.deck_story()

    def slot_decklead(self):
        return self.deck_story(jump=True)

    def slot_story(self):
        return self.story(self.rng.random() < 0.5)

    # -------------------------------------------------------------- 玉林日报

    def slot_ylprices(self):
        rng = self.rng
        rows = [f"{name} {price * rng.choice((0.9, 1.0, 1.2)):.2f}元/斤" for name, price in rng.sample(YL_FRUITS, rng.choice((4, 5)))]
        return self.rows_box(("果蔬行情", "市场行情"), rows, title="玉林城区农贸市场零售价" if rng.random() < 0.5 else "")

    def slot_ylgroup(self):
        return self.group(YL_GROUPS)

    # -------------------------------------------------------------- 大连晚报

    def slot_dlsea(self):
        rng = self.rng
        rows = [f"{beach} 水温{rng.randrange(19, 26)}℃ 浪高{rng.choice(('0.3', '0.5', '0.8', '1.2'))}米 "
                f"{rng.choice(('适宜游泳', '较适宜游泳', '不宜下海'))}" for beach in rng.sample(DL_BEACHES, rng.choice((3, 4)))]
        day = self.ctx.date + datetime.timedelta(days=1)
        title = f"{day.month}月{day.day}日海水浴场预报" if rng.random() < 0.5 else ""
        return self.rows_box(("海水浴场", "浴场指南"), rows, title=title)

    def slot_dlqa(self):
        return self.staff_qa(DL_QUESTIONS, ("晚报记者：", "记者："))

    # -------------------------------------------------------------- 乐清日报

    def slot_yqjobs(self):
        return self.dated_notice(*YQ_JOBS[0], "0577")

    def slot_yqad(self):
        head, line = self.rng.choice(YQ_ADS)
        return self.furniture(head, line.format(p=phone(self.rng, "0577")))

    # -------------------------------------------------------------- 中国能源报

    def slot_nyprices(self):
        rng = self.rng
        rows = []
        for name, level, unit in rng.sample(NY_PRICES, rng.choice((3, 4))):
            price = level * rng.randrange(95, 106) / 100
            step = rng.randrange(-180, 181) / 100 if unit else rng.randrange(-15, 16)
            move = f"{step:+.2f}%" if unit else (f"{step:+d}" if step else "0")
            rows.append(f"{name} {price:.2f} {move}")
        return self.table_box(("能源价格", "价格指数"), "本周主要能源品种价格", rng.choice(("品种 价格 涨跌", "品种 收盘 周涨跌")),
                              rows, ("数据来源：某某能源交易中心", "数据来源：国际能源市场公开数据"))

    def slot_nycomment(self):
        return self.signed_piece(NY_TITLES, NY_NOTES, ("能源观察", "能 源 观 察", "能源论坛"), ("□", "□ ", "文/"))

    # -------------------------------------------------------------- 青年时报

    def slot_qnjobs(self):
        rng, ctx = self.rng, self.ctx
        rows = []
        for k, place in enumerate(rng.sample(QN_FAIRS, rng.choice((3, 4)))):
            day = ctx.date + datetime.timedelta(days=k + 1)
            rows.append(f"{day.month}月{day.day}日 {place} 岗位{rng.randrange(2, 12) * 100}余个")
        return self.rows_box(("招聘会", "求职信息"), rows, title="本周招聘会一览" if rng.random() < 0.5 else "")

    def slot_qnqa(self):
        return self.staff_qa(QN_QUESTIONS, "青年时报：")

    def slot_qngroup(self):
        return self.group(QN_GROUPS)

    # -------------------------------------------------------------- 中国冶金报

    def slot_steel(self):
        rng = self.rng
        rows = []
        for name, spec, price in rng.sample(YJ_STEELS, rng.choice((3, 4))):
            step = rng.randrange(-30, 31)
            rows.append(f"{name} {spec} {price + rng.randrange(-80, 81)} {f'{step:+d}' if step else '0'}")
        return self.table_box(("钢材价格", "市场行情"), "全国主要城市钢材均价（元/吨）", rng.choice(("品种 规格 均价 涨跌", "品名 规格 价格 涨跌")),
                              rows, ("数据来源：某某钢铁网", "数据来源：某某钢材交易中心"))

    def slot_yjcomment(self):
        return self.signed_piece(YJ_TITLES, YJ_NOTES, ("钢铁观察", "钢 铁 观 察"), ("■", "文/"))

    # -------------------------------------------------------------- 侨报

    def slot_qbrates(self):
        rng = self.rng
        rows = [f"{name} {rate * rng.randrange(995, 1006) / 1000:.{2 if rate > 100 else 4}f}"
                for name, rate in rng.sample(QB_RATES, rng.choice((3, 4)))]
        return self.rows_box(("汇率", "今日汇率"), rows, title="纽约汇市收盘参考价" if rng.random() < 0.5 else "")

    def slot_qbevents(self):
        rng, ctx = self.rng, self.ctx
        rows = []
        for k, (place, what) in enumerate(rng.sample(QB_EVENTS, rng.choice((3, 4)))):
            day = ctx.date + datetime.timedelta(days=k // 2 + 1)
            rows.append(f"{day.month}月{day.day}日 {rng.randrange(9, 19)}:{rng.choice(('00', '30'))} {place} {what}"
                        f"{rng.choice(('', '（免费）', '（需预约）'))}")
        return self.rows_box(("社区活动", "侨社活动"), rows, title="本周社区活动预告" if rng.random() < 0.5 else "")

    def slot_qbqa(self):
        return self.staff_qa(QB_QUESTIONS, "侨报：")


# --------------------------------------------------------------------------- furniture


def _us_phone(ctx):
    rng = ctx.rng
    return f"({rng.choice(('212', '718', '626'))}) {rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}"


_yl_top = furniture(
    (0.5, [ln("{sec} 第{n:02d}版", page="{n:02d}"), ln("玉林日报 {y}年{m}月{d}日 {wd} 值班编委 {name} 责任编辑 {name}",
                                                    paper=True, date=True)]),
    [ln("{date} {wd} | 玉林日报 | {n:02d}", paper=True, date=True, page="{n:02d}")],
    front=[masthead("玉林日报"), "YULIN DAILY", "中共玉林市委机关报", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:10000-10999}期 今日{pages}版 国内统一连续出版物号 CN 45-0000"])
_yl_bottom = furniture((0.5, ["新闻热线：{tel:0775} 广告热线：{tel:0775}"]),
                       ["美编 {name} 校对 {name}", opt(0.5, ["玉林日报社出版 地址：玉林市某某路{no:10-99}号"])])

_dl_top = furniture(
    (0.4, [ln("大连晚报", paper=True), ln("{y}年{m}月{d}日 {wd} A{n:02d}", date=True, page="A{n:02d}"), "{sec} 主编 {name}"]),
    (0.8, [ln("A{n:02d} {ssec} {m}月{d}日 {wd}", date=True, page="A{n:02d}"), "责编 {name} 美编 {name} 校对 {name}"]),
    [])
_dl_bottom = furniture((0.5, ["晚报热线 {tel:0411}", "大连晚报微信公众号 扫一扫"]), ["新闻线索请拨打 {tel:0411}"])

_yq_top = furniture(
    (0.5, [ln("{ssec} {n}", page="{n}"), ln("{y}年{m}月{d}日", date=True)]),
    [ln("乐清日报 {date} {wd} 第{n}版 {sec}", paper=True, date=True, page="{n}"), "责任编辑 {name} 版式 {name}"],
    front=[masthead("乐清日报"), "中共乐清市委机关报", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:6000-6999}期 今日{pages}版 乐清日报社出版"])
_yq_bottom = furniture((0.5, [ln("乐清日报投稿邮箱：yqrb@example.cn", paper=True)]), ["新闻热线：{tel:0577}"])

_ny_top = furniture(
    (0.5, [ln("{n:02d} {sec}", page="{n:02d}"), ln("中国能源报 {y}年{m}月{d}日", paper=True, date=True)]),
    [ln("{sec} | {n:02d}", page="{n:02d}"), ln("{date} {wd} 责任编辑：{name} 电话：{tel:010}", date=True)],
    front=[masthead("中国能源报"), "CHINA ENERGY NEWS", "人民日报社主管主办", ln("{date} {wd} 第{no:700-799}期", date=True),
           "国内统一连续出版物号 CN 11-0000 每周一出版"])
_ny_bottom = furniture((0.5, ["本版校对 {name}"]), ["投稿邮箱：zgnyb@example.cn", opt(0.5, ["发行热线：{tel:010}"])])

_qn_top = furniture(
    (0.5, [ln("青年时报 {y}.{m:02d}.{d:02d} {wd}", paper=True, date=True), ln("A{n} {sec}", page="A{n}")]),
    (0.8, [ln("{sec} A{n} 本版编辑 {name}", page="A{n}")]),
    [])
_qn_bottom = furniture((0.5, [ln("青年时报报料热线 {tel:0571}", paper=True)]), ["视觉 {name} 校对 {name}"])

_yj_top = furniture(
    (0.5, [ln("{date} {wd}", date=True), ln("{sec} {n}", page="{n}"), "责任编辑 {name}"]),
    [ln("中国冶金报 第{n}版 {sec}", paper=True, page="{n}"), ln("{y}年{m}月{d}日 {wd} 美编 {name}", date=True)],
    front=[masthead("中国冶金报"), "中国钢铁工业协会主管", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:3000-3999}期 今日{pages}版 国内统一连续出版物号 CN 11-0000 邮发代号 1-00"])
_yj_bottom = furniture((0.5, ["新闻热线：{tel:010} 广告热线：{tel:010}"]), ["本版校对 {name}"])

_qb_top = furniture(
    (0.5, [ln("A{n} {sec}", page="A{n}"), ln("侨报 {y}年{m}月{d}日 {wd}", paper=True, date=True)]),
    [ln("{sec} | A{n} | {date}", page="A{n}", date=True)],
    front=[masthead("侨报"), "THE CHINA PRESS", ln("{date} {wd}", date=True), "第{no:9000-9999}期 每份1美元"],
    fields={"ustel": _us_phone})
_qb_bottom = furniture((0.5, ["新闻热线：{ustel}", "www.example.com/chinapress"]), ["编辑：{name} 美术：{name}"],
                       fields={"ustel": _us_phone})


@dataclasses.dataclass
class Fresh20Family(Fresh9Family):
    seed_stride: int = FRESH20_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh20Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh20Builder, justified=True,
                         **kw)


FRESH20_FAMILIES = [
    fam("yulin_city", "玉林日报", _yl_top, _yl_bottom, {by_yl: 1},
        brief_bylines={by_yl_brief: 1}, credits=(cr_yl,), width=(15, 23), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.02, displaced=0.2, caption_pool=YL_CAPTIONS, brief_pool=YL_BRIEFS,
        brief_pool_share=0.6, paper_outlet="玉林日报全媒体", labels={"column": ("县区快讯", "玉林简讯"), "bullet": ("◆",)},
        plans=((["decklead", "photo", "brief"], {"front": True}),
               (["continuation", "story", "ylprices"], {"page": 2}),
               (["ylgroup", "deck", "briefcol"], {"blank": "every"}),
               (["briefpair", "deck", "photo"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("要闻", "县区", "民生")),
    fam("dalian_evening", "大连晚报", _dl_top, _dl_bottom, {by_dl: 1},
        brief_bylines={by_dl_brief: 1}, credits=(cr_dl,), width=(12, 17), blank={"para": 1, "every": 2},
        letterspace=0.4, stray_spaces=0.05, doubled=0.2, displaced=0.35, caption_pool=DL_CAPTIONS,
        brief_pool=DL_BRIEFS, brief_pool_share=0.6, labels={"column": ("滨城速递", "街巷新闻"), "bullet": ("■",)},
        plans=((["deck", "dlsea", "photo"], {}),
               (["briefphoto", "deck"], {"blank": "every"}),
               (["dlqa", "brief"], {"blank": "none"}),
               (["dlsea", "story", "briefpair"], {"blank": "every", "turn": 1})),
        page_style="A0", sections=("大连新闻", "民生", "城事")),
    fam("yueqing_county", "乐清日报", _yq_top, _yq_bottom, {by_yq: 1},
        brief_bylines={by_yq_brief: 1}, credits=(cr_yq,), width=(14, 21), blank={"para": 2, "every": 1},
        letterspace=0.3, stray_spaces=0.03, displaced=0.2, caption_pool=YQ_CAPTIONS, brief_pool=YQ_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("镇街新闻", "乐清简讯"), "bullet": ("▲",)},
        plans=((["deck", "brief", "photo"], {"front": True}),
               (["briefcol", "yqad", "deck"], {}),
               (["yqjobs", "story", "photo"], {"blank": "every"}),
               (["photo", "deck", "briefpair"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("乐清新闻", "镇街", "经济")),
    fam("nengyuan_energy", "中国能源报", _ny_top, _ny_bottom, {by_ny: 1},
        brief_bylines={by_ny_brief: 1}, credits=(cr_ny,), width=(16, 25), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.2, displaced=0.25, caption_pool=NY_CAPTIONS, brief_pool=NY_BRIEFS,
        brief_pool_share=0.6, weekday_no=0, labels={"column": ("能源快讯", "行业动态"), "bullet": ("●",)},
        plans=((["decklead", "nyprices", "photo"], {"front": True}),
               (["continuation", "nycomment", "briefcol"], {"page": 2}),
               (["deck", "briefphoto"], {"blank": "every"}),
               (["nyprices", "deck", "brief"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("要闻", "电力", "油气", "新能源")),
    fam("qingnian_youth", "青年时报", _qn_top, _qn_bottom, {by_qn: 1},
        brief_bylines={by_qn_brief: 1}, credits=(cr_qn,), width=(13, 19), per_article_width=True,
        blank={"para": 1, "every": 1}, indent=0.3, letterspace=0.3, stray_spaces=0.04, doubled=0.15, displaced=0.3,
        caption_pool=QN_CAPTIONS, brief_pool=QN_BRIEFS, brief_pool_share=0.7, paper_outlet="青年时报",
        labels={"column": ("青春快讯", "校园速递"), "bullet": ("★",)},
        plans=((["deck", "qnjobs", "photo"], {}),
               (["qnqa", "briefpair"], {"blank": "every"}),
               (["qngroup", "deck"], {"group_credit": "本组图片由青年时报记者 {n} 摄"}),
               (["briefcol", "deck", "photo"], {"blank": "none", "turn": 1})),
        page_style="A", sections=("杭州新闻", "青春", "就业")),
    fam("yejin_steel", "中国冶金报", _yj_top, _yj_bottom, {by_yj: 1},
        brief_bylines={by_yj_brief: 1}, credits=(cr_yj,), width=(16, 24), blank={"para": 2, "none": 1},
        indent=0.5, letterspace=0.3, displaced=0.25, caption_pool=YJ_CAPTIONS, brief_pool=YJ_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("企业动态", "钢厂传真"), "bullet": ("●",)},
        plans=((["deck", "steel", "photo"], {"front": True}),
               (["yjcomment", "briefcol"], {}),
               (["deck", "briefphoto"], {"blank": "every"}),
               (["steel", "story", "brief"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("要闻", "市场", "企业")),
    fam("qiaobao_us", "侨报", _qb_top, _qb_bottom, {by_qb: 1},
        brief_bylines={by_qb_brief: 1}, credits=(cr_qb,), width=(14, 21), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.1, stray_spaces=0.03, displaced=0.2, caption_pool=QB_CAPTIONS, brief_pool=QB_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("侨社简讯", "社区消息"), "bullet": ("●",)},
        plans=((["deck", "qbrates", "photo"], {"front": True}),
               (["qbevents", "briefcol", "story"], {}),
               (["qbqa", "briefphoto"], {"blank": "every"}),
               (["briefpair", "deck", "qbrates"], {"blank": "none", "turn": 1})),
        page_style="A", sections=("纽约新闻", "社区", "美国")),
]
