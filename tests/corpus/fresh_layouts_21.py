"""A twenty-first set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator on these pages.  Seven papers the corpus had not imitated, of seven kinds the corpus has
few of (checked by name against the development builders and gold, and against the held-back set only with
a script that names this set's families whose paper a held-back page also has): a prefecture-level city daily
of Shanxi, the evening paper of a northern provincial capital (Ningxia), a district paper of Guangdong, a
national mining and natural-resources paper, a national teachers' weekly, a provincial legal paper and a Hong
Kong business daily.  Every family wraps its columns by width (`justified`: a line of digits or Latin letters
holds more characters than one of ideographs), captions and box rows too.  Most pages carry a story that keeps
its section headings under a deck (its subtitle) or a long kicker, beside a photo or a brief that may be
unsigned.  Each page of a family follows one of four page plans, of varied kinds: front pages (some with a
导读 box), briefs pages, a special page (专版 / 周刊) under its banner, a page of one long feature with section
headings; byline and credit forms take turns across a family's pages; every family prints at least two of: two
columns read across, a headline after its text, a briefs column, a photo group, a box, table or notice, a jump
line, a Q&A, a commentary, a blank line after every line.

* `changzhi_city` 长治日报 (Shanxi, prefecture-level): a front page with 中共长治市委机关报, 农历 and a **今日导读
  box** (`▶标题 第3版`, `·标题（见第3版）`); a lead under its deck ending in a jump line and **page 2 carrying it
  on**; `长治日报全媒体记者 X`, `长治日报记者 X 通讯员 Y`, `文/图 全媒体记者 X`; briefs glued
  `本报讯（全媒体记者 X 通讯员 Y）` (or on a line of its own) or closed by two bare names `（X Y）`; **景区客流
  boxes** (rows `太行山大峡谷 接待游客1.2万人次 舒适`); a numbered photo group; ◆ 上党快讯 columns; two briefs
  read across.
* `yinchuan_evening` 银川晚报: columns of 12–17 ems, a blank line after every line on some pages, stray spaces,
  doubled-glyph and displaced headlines; `银川晚报全媒体记者 X`, `记者 X 实习生 Y`, `图/文 银川晚报记者 X`;
  briefs closed by `（银川晚报全媒体记者 X）` or glued `本报讯（记者 X 实习生 Y）`; **公交提示 boxes** (rows
  `33路 临时绕行 北京路—正源街`); Q&A `银川晚报：` or `记者：` / the interviewee's name; `（受访者供图）`; a brief
  and a photo read across.
* `zhujiang_district` 珠江时报 (佛山南海区, a district paper): a front page with 中共佛山市南海区委机关报;
  `珠江时报记者 X 通讯员 Y`, `文/珠江时报记者 X`, `通讯员 X Y 记者 Z`; briefs `本报讯（记者 X）` glued or on a
  line of their own, closed by `（通讯员 X）`, or opening a bare `本报讯` that names no one; town-supplied
  pictures; a **专版 page** under its banner (`狮山专版`); **招聘 notices** with a phone number; ads mid-page;
  ▲ 镇街速递 columns; two briefs read across.
* `kuangye_national` 中国矿业报 (自然资源部主管): a `CHINA MINING NEWS` front page with a **导读 box** and a lead
  ending in a jump line, page 2 carrying it on; `本报记者 X`, `中国矿业报记者 X 通讯员 Y`, `本报特约记者 X`;
  briefs glued `本报讯（记者 X）` or `本报讯 （通讯员 X 记者 Y）`; **矿产品价格 tables** (a column-header row, rows
  `电解铜（元/吨） 76850 +320`, `数据来源：…`); 矿业观察 pieces signed `□X` / `文/X` or by the bare name with an
  `（作者系…）` note; a **page of one long feature** under a `深度·调查` banner; ● 矿业快讯 columns; a brief and a
  photo read across.
* `jiaoshi_weekly` 中国教师报 (a Wednesday weekly): `本报记者 X`, `本报记者 X 通讯员 Y`, `本报特约通讯员 X`;
  briefs closed by `（本报通讯员 X）` or glued `本报讯（记者 X）`; **教师招聘 boxes** (rows `某某区教育局
  小学语文教师 12名 7月5日截止`); a **课改周刊 page** under its banner; Q&A `中国教师报：` or `记者：` / the
  interviewee's name; 教师视角 pieces with an `（作者系…）` note; `（学校供图）`; ★ 教育简讯 columns; two briefs read
  across.
* `jiangsu_legal` 江苏法治报: a front page with a **导读 box**; `江苏法治报记者 X 通讯员 Y`, `本报通讯员 X Y`,
  `记者 X 实习生 Y`; briefs glued `本报讯（通讯员 X）` or closed by `（记者 X 通讯员 Y）`; a **briefs page**;
  lawyers' Q&A `问：` / `答：`; **开庭公告 notices** with a phone number, issuer and date; 法眼观察 pieces with an
  `（作者系…）` note; ■ 政法快讯 columns; a blank line after every line on one page.
* `xianggang_business` 香港商报 (Hong Kong): a `HONG KONG COMMERCIAL DAILY` front page; `香港商报记者 X`,
  `【香港商报讯】记者X报道：` glued, `本报记者 X 深圳报道`; briefs opening `【香港商报讯】` and naming no one, or
  closed by `（记者 X）`; **港股收市 boxes** (rows `恒生指数 18430.12 -0.85%`); Q&A `香港商报：` / the
  interviewee's name; 商报观点 pieces; `（资料图片）`, `（中新社图片）`; ● 大湾区快讯 columns; two briefs, or a
  brief and a photo, read across.

Gold conventions are those of the README; new here: a 景区客流 / 公交提示 / 教师招聘 / 港股收市 box is an
`infobox` titled with its label (a ■ or 【】 around it dropped), or with the label as kicker when a title
follows; a 矿产品价格 table is an `infobox` (its label the kicker, the column-header row its first row), its
`数据来源` line a `credit`; a 招聘 notice is an `infobox` with no authors, a 开庭公告 notice an `infobox` whose
issuer and date are bylines; `文/图 全媒体记者 X` and `图/文 银川晚报记者 X` make X author and photographer;
`本报记者 X 深圳报道` and `【香港商报讯】记者X报道：` name X and no place; a bare `本报讯` and `【香港商报讯】` name no
one (an item opening `【香港商报讯】` is an `article`); `（X Y）` names X and Y; town-supplied pictures,
`（受访者供图）`, `（学校供图）`, `（资料图片）` and `（中新社图片）` name no photographer; the 导读 boxes, the 专版 / 周刊 / 深度
banners, the 矿业观察 / 教师视角 / 法眼观察 / 商报观点 labels and the ads are furniture.

Seeds: FRESH21_SEED_BASE + FRESH21_SEED_STRIDE*family + 1_000*attempt + n (32_060_001 .. 32_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (captions,
photo groups, briefs, rows, guide entries, notices, ads, questions, titles and notes); names, figures, phone
numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses
import datetime

from fresh_layouts_2 import _pooled_credit, _town_credit
from fresh_layouts_5 import _credit_turns
from fresh_layouts_8 import Fresh8Builder
from fresh_layouts_9 import Fresh9Family
from fresh_layouts_20 import Fresh20Builder
from layout_kit import TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, turns
from synthesize import phone

FRESH21_SEED_BASE = 32_000_000
FRESH21_SEED_STRIDE = 60_000

GUIDE_FORMS = ("▶{t} 第{p}版", "·{t}（见第{p}版）", "{t} >>{p}版", "◆{t}（详见第{p}版）")

# --------------------------------------------------------------------------- filler (written for this corpus)

CZ_GUIDE = ("太行山区新修旅游公路通车", "城区新增十处口袋公园", "上党梆子进校园", "老旧小区加装电梯提速",
            "农产品直播带货火热")
CZ_SPOTS = ("太行山大峡谷", "通天峡", "八泉峡", "红豆峡", "老顶山森林公园", "太行太岳烈士陵园")
CZ_GROUPS = [
    ("太行山上的新农人", ["①返乡青年在大棚里查看西红柿长势。", "②村民在合作社分拣小米。", "③电商主播在田间直播卖货。"]),
    ("上党梆子唱起来", ["①演员在后台化妆。", "②剧团在村里的戏台上演出。", "③孩子们跟着老艺人学唱腔。"]),
]
CZ_CAPTIONS = [("城区漳泽湖畔，市民在湿地公园里散步。", "湖畔清晨"), ("工人在新能源企业车间里组装电池。", ""),
               ("农民在谷子地里忙着除草。", "谷子青青")]
CZ_BRIEFS = [
    ("社区开办老年食堂", "近日，一个社区的老年食堂开张，辖区老人花几元钱就能吃上热乎饭。"),
    ("乡村公路完成提质改造", "日前，一条乡村公路完成提质改造，沿线村民出行更加方便。"),
    ("图书馆推出夜间开放", "近日，市图书馆推出夜间开放服务，读者晚上也能借书阅读。"),
]

YC_LINES = ("3路", "12路", "33路", "102路", "机场专线", "K1路")
YC_CHANGES = ("临时绕行", "站点迁移", "首末班调整", "暂停运营")
YC_SPANS = ("北京路—正源街", "凤凰街—解放街", "宁安大街—贺兰山路", "新华街—清和街")
YC_QUESTIONS = ["为什么想到做这件事？", "一路走来遇到过哪些难处？", "家人怎么看？", "接下来有什么计划？"]
YC_CAPTIONS = [("阅海湖边，市民在步道上骑行。", "湖边骑行"), ("夜市里，摊主在烤羊肉串。", ""),
               ("志愿者在公交站台为乘客指路。", "站台志愿者")]
YC_BRIEFS = [
    ("社区开设暑期书法班", "近日，一个社区开设暑期书法班，退休教师义务为孩子们上课。"),
    ("老旧小区改造开工", "日前，一批老旧小区改造项目开工，涉及管网更新和外墙保温。"),
    ("公园新增一批健身器材", "近日，一座公园新增一批健身器材，供市民免费使用。"),
]

ZJ_TOWNS = ("桂城街道", "狮山镇", "大沥镇", "里水镇", "九江镇", "西樵镇", "丹灶镇")
ZJ_JOBS = [
    ("某某智能装备有限公司招聘启事", "因业务发展需要，现面向社会招聘以下岗位人员：",
     ["数控操作工 15名 月薪6500元以上", "机械设计工程师 3名 本科以上学历", "品质检验员 4名 有相关经验优先",
      "叉车司机 2名 持证上岗"],
     "报名时间：{a}起，联系电话：{p}", "某某智能装备有限公司"),
]
ZJ_ADS = [("某某家居广场 夏日焕新季", "全场家具满减 咨询电话：{p}"),
          ("某某陶瓷城 周年庆", "瓷砖卫浴一站购齐 热线：{p}")]
ZJ_CAPTIONS = [("千灯湖畔，市民在夜色中散步。", "千灯湖夜色"), ("陶瓷企业车间里，工人在检查瓷砖。", ""),
               ("西樵山下，游客在荷塘边拍照。", "荷塘雅趣")]
ZJ_BRIEFS = [
    ("村里举办龙舟邀请赛", "近日，一个村举办龙舟邀请赛，十余支龙舟队同场竞渡。"),
    ("社区开展垃圾分类宣传", "日前，一个社区开展垃圾分类宣传，志愿者入户发放分类指南。"),
    ("企业举办技能比武", "近日，一家装备制造企业举办技能比武，一线工人比拼操作技术。"),
]

KY_GUIDE = ("找矿突破战略行动取得新进展", "绿色矿山建设的地方探索", "矿山安全生产大检查启动",
            "关键矿产供应链如何稳住", "一座老矿区的转型之路")
KY_PRICES = (("电解铜（元/吨）", 76850, 320), ("铝锭（元/吨）", 20450, 150), ("锌锭（元/吨）", 23100, 180),
             ("碳酸锂（元/吨）", 98000, 2000), ("铁矿石62%（美元/吨）", 108, 3), ("黄金（元/克）", 552, 6))
KY_TITLES = ["让绿色成为矿业发展的底色", "找矿要靠科技也要靠人才", "矿山生态修复贵在长效"]
KY_NOTES = ("（作者系某某地质调查院高级工程师）", "（作者为某某大学资源学院教授）", "（作者系矿业行业分析师）")
KY_CAPTIONS = [("地质队员在山区采集岩芯样品。", "野外找矿"), ("复垦后的矿区长出了庄稼。", ""),
               ("智能化采煤工作面上，采煤机在作业。", "智能开采")]
KY_BRIEFS = [
    ("一座绿色矿山通过验收", "近日，一座露天矿山通过绿色矿山验收。"),
    ("地质灾害防治培训举办", "日前，一期地质灾害防治培训举办，基层监测员参加学习。"),
    ("矿区生态修复项目完工", "近日，一个矿区生态修复项目完工，治理面积逾百亩。"),
]

JS_AREAS = ("某某区教育局", "某某县教体局", "某某市直学校", "某某新区")
JS_POSTS = ("小学语文教师", "初中数学教师", "幼儿园教师", "高中物理教师", "心理健康教师")
JS_QUESTIONS = ["您是怎么走上讲台的？", "课堂上最难的是什么？", "怎样和家长沟通？", "想对年轻教师说些什么？"]
JS_TITLES = ["把课堂还给学生", "教师减负要落到实处", "好教研离不开真问题"]
JS_NOTES = ("（作者系某某中学校长）", "（作者单位：某某区教师发展中心）", "（作者系某某小学语文教师）")
JS_CAPTIONS = [("课堂上，学生们分组讨论问题。", "小组合作"), ("教师在实验室指导学生做实验。", ""),
               ("乡村学校的孩子们在操场上跳绳。", "阳光体育")]
JS_BRIEFS = [
    ("乡村教师培训班开班", "近日，一期乡村教师培训班开班，学员来自县里各个乡镇学校。"),
    ("学校举办读书节", "日前，一所小学举办读书节，师生共读经典。"),
    ("名师工作室送教下乡", "近日，一个名师工作室送教下乡，为乡村学校上示范课。"),
]

JF_GUIDE = ("电信诈骗新套路要当心", "一起劳动争议案的调解", "社区矫正对象重返社会", "未成年人保护进校园")
JF_NOTICES = [
    ("开庭公告", "本院定于下列日期公开开庭审理以下案件：",
     ["一、某某公司与某某劳动争议一案", "二、某某与某某民间借贷纠纷一案", "三、某某物业公司与某某物业服务合同纠纷一案"],
     "开庭地点：本院第三审判庭，自{a}起依次开庭。咨询电话：{p}", "某某区人民法院"),
]
JF_QUESTIONS = ["网购商品出现质量问题，商家拒绝退货怎么办？", "借钱给朋友没打借条，能要回来吗？",
                "单位不签劳动合同，员工可以主张什么？"]
JF_TITLES = ["普法要走进群众心里", "让调解成为化解矛盾的第一道防线", "守护未成年人需要社会合力"]
JF_NOTES = ("（作者系某某律师事务所律师）", "（作者单位：某某区人民检察院）", "（作者系某某大学法学院副教授）")
JF_CAPTIONS = [("民警在社区向居民讲解防诈骗知识。", "防诈宣传"), ("法官在田间地头巡回审判。", ""),
               ("检察官为学生上法治课。", "法治课堂")]
JF_BRIEFS = [
    ("法律援助工作站揭牌", "近日，一个法律援助工作站揭牌，为群众提供免费法律咨询。"),
    ("派出所开展夜间巡逻", "日前，一个派出所开展夜间巡逻，守护群众平安。"),
    ("法院集中执行行动启动", "近日，一家基层法院启动集中执行行动。"),
]

XG_INDEXES = (("恒生指数", 18430.12), ("国企指数", 6521.35), ("恒生科技指数", 3810.44), ("红筹指数", 3952.08))
XG_CITIES = ("深圳", "广州", "北京")
XG_QUESTIONS = ["为什么选择在香港创业？", "大湾区给企业带来哪些机会？", "遇到过哪些困难？", "下一步有什么打算？"]
XG_TITLES = ["港企北上要用好大湾区机遇", "香港金融要在变局中开新局", "创科发展需要耐心资本"]
XG_NOTES = ("（作者系香港某某研究中心研究员）", "（作者为资深财经评论员）")
XG_CAPTIONS = [("维多利亚港夜景吸引游客拍照。", "维港夜色"), ("市民在中环街头排队乘坐电车。", ""),
               ("深圳湾口岸，旅客排队通关。", "北上消费")]
XG_BRIEFS = [
    ("港企参展深圳文博会", "一批港企日前参展深圳文博会，展出设计与动漫产品。"),
    ("商会举办经贸交流会", "一个商会日前举办经贸交流会，港商与内地企业对接合作。"),
    ("香港初创企业路演举行", "一场初创企业路演日前举行，十余家科创企业参加。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_cz = chosen(Above("长治日报全媒体记者 {0!l}"), Above("长治日报记者 {0!l} 通讯员 {1}", 2),
               Above("文/图 全媒体记者 {0!l}", photo=True), turn="by", drawn=2)
by_cz_brief = turns(Form("本报讯（全媒体记者 {0} 通讯员 {1}）", 2, line_share=0.3), Form("（{0} {1}）", 2, **TRAIL))

by_yc = chosen(Above("银川晚报全媒体记者 {0!l}"), Above("记者 {0!l} 实习生 {1}", 2),
               Above("图/文 银川晚报记者 {0!l}", photo=True), turn="by", drawn=2)
by_yc_brief = turns(Form("（银川晚报全媒体记者 {0}）", **TRAIL), Form("本报讯（记者 {0} 实习生 {1}）", 2))

by_zj = chosen(Above("珠江时报记者 {0!l} 通讯员 {1}", 2), Above("文/珠江时报记者 {0!l}"),
               Above("通讯员 {0} {1} 记者 {2!l}", 3), turn="by", drawn=2)
by_zj_brief = turns(Form("本报讯（记者 {0}）", line_share=0.5), Form("（通讯员 {0}）", **TRAIL), Form("本报讯 ", 0))

by_ky = chosen(Above("本报记者 {0!l}"), Above("中国矿业报记者 {0!l} 通讯员 {1}", 2), Above("本报特约记者 {0!l}"),
               turn="by", drawn=2)
by_ky_brief = turns(Form("本报讯（记者 {0}）"), Form("本报讯 （通讯员 {0} 记者 {1}）", 2))

by_js = chosen(Above("本报记者 {0!l}"), Above("本报记者 {0!l} 通讯员 {1}", 2), Above("本报特约通讯员 {0!l}"),
               turn="by", drawn=2)
by_js_brief = turns(Form("（本报通讯员 {0}）", **TRAIL), Form("本报讯（记者 {0}）"))

by_jf = chosen(Above("江苏法治报记者 {0!l} 通讯员 {1}", 2), Above("本报通讯员 {0} {1}", 2),
               Above("记者 {0!l} 实习生 {1}", 2), turn="by", drawn=2)
by_jf_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（记者 {0} 通讯员 {1}）", 2, **TRAIL))

by_xg = chosen(Above("香港商报记者 {0!l}"), Form("【香港商报讯】记者{0}报道：", hint="plain"),
               Above("本报记者 {0!l} {c0}报道", choices=(XG_CITIES,)), turn="by")
by_xg_brief = turns(Form("【香港商报讯】", 0, hint="plain"), Form("（记者 {0}）", **TRAIL))


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_cz = _credit_turns(("长治日报全媒体记者 {n} 摄", "（{n} 摄）", "通讯员 {s} 摄"))
cr_yc = _credit_turns(("银川晚报记者 {n} 摄", "（受访者供图）", "记者 {s}/摄"))
cr_zj = _pooled_credit(_credit_turns(("珠江时报记者 {n} 摄", "（{n} 摄）")), _town_credit(ZJ_TOWNS))
cr_ky = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "通讯员 {n}/摄"))
cr_js = _credit_turns(("本报记者 {n} 摄", "（学校供图）", "（{n} 摄）"))
cr_jf = _credit_turns(("本报记者 {n} 摄", "通讯员 {s} 摄", "（{n} 摄）"))
cr_xg = _credit_turns(("香港商报记者 {n} 摄", "（资料图片）", "（中新社图片）"))


# --------------------------------------------------------------------------- builder


class Fresh21Builder(Fresh20Builder):

    def __init__(self, family, seed, n):
        super().__init__(family, seed, n)
        if "section" in self.opts:  # a special page (专版, 周刊) prints its own name as the section
            self.ctx.section = self.opts["section"]

    guide = Fresh8Builder.guide

    def slot_banner(self):
        """The banner of a special page or a feature page (furniture)."""
        return self.furniture(self.rng.choice(self.opts["banner"]))

    # -------------------------------------------------------------- 长治日报

    def slot_czguide(self):
        return self.guide(CZ_GUIDE, ("今日导读", "导读"), GUIDE_FORMS[:2])

    def slot_czscenic(self):
        rng = self.rng
        rows = [f"{spot} 接待游客{rng.randrange(3, 25) / 10:.1f}万人次 {rng.choice(('舒适', '较舒适', '拥挤'))}"
                for spot in rng.sample(CZ_SPOTS, rng.choice((3, 4)))]
        return self.rows_box(("景区客流", "太行旅游"), rows, title="昨日主要景区客流" if rng.random() < 0.5 else "")

    def slot_czgroup(self):
        return self.group(CZ_GROUPS)

    # -------------------------------------------------------------- 银川晚报

    def slot_ycbus(self):
        rng = self.rng
        rows = [f"{line} {rng.choice(YC_CHANGES)} {rng.choice(YC_SPANS)}" for line in rng.sample(YC_LINES, rng.choice((3, 4)))]
        return self.rows_box(("公交提示", "出行提示"), rows, title="近期公交线路调整" if rng.random() < 0.5 else "")

    def slot_ycqa(self):
        return self.staff_qa(YC_QUESTIONS, ("银川晚报：", "记者："))

    # -------------------------------------------------------------- 珠江时报

    def slot_zjjobs(self):
        return self.dated_notice(*ZJ_JOBS[0], "0757")

    def slot_zjad(self):
        head, line = self.rng.choice(ZJ_ADS)
        return self.furniture(head, line.format(p=phone(self.rng, "0757")))

    # -------------------------------------------------------------- 中国矿业报

    def slot_kyguide(self):
        return self.guide(KY_GUIDE, ("本期导读", "导 读"), GUIDE_FORMS[2:])

    def slot_kyprices(self):
        rng = self.rng
        rows = []
        for name, level, swing in rng.sample(KY_PRICES, rng.choice((3, 4))):
            step = rng.randrange(-swing, swing + 1)
            rows.append(f"{name} {level + rng.randrange(-swing * 3, swing * 3 + 1)} {f'{step:+d}' if step else '持平'}")
        return self.table_box(("矿产品价格", "市场行情"), "本周主要矿产品价格", rng.choice(("品种 价格 涨跌", "品名 均价 周涨跌")),
                              rows, ("数据来源：某某有色金属网", "数据来源：某某矿产品交易中心"))

    def slot_kycomment(self):
        return self.signed_piece(KY_TITLES, KY_NOTES, ("矿业观察", "矿 业 观 察"), ("□", "文/"))

    # -------------------------------------------------------------- 中国教师报

    def slot_jsjobs(self):
        rng, ctx = self.rng, self.ctx
        rows = []
        for k, area in enumerate(rng.sample(JS_AREAS, rng.choice((3, 4)))):
            day = ctx.date + datetime.timedelta(days=7 + 3 * k)
            rows.append(f"{area} {rng.choice(JS_POSTS)} {rng.randrange(2, 40)}名 {day.month}月{day.day}日截止")
        return self.rows_box(("教师招聘", "招聘信息"), rows, title="近期教师招聘信息" if rng.random() < 0.5 else "")

    def slot_jsqa(self):
        return self.staff_qa(JS_QUESTIONS, ("中国教师报：", "记者："))

    def slot_jscomment(self):
        return self.signed_piece(JS_TITLES, JS_NOTES, ("教师视角", "一线观察"), ("□", "文/", "■"))

    # -------------------------------------------------------------- 江苏法治报

    def slot_jfguide(self):
        return self.guide(JF_GUIDE, ("今日导读", "要闻导读"), GUIDE_FORMS[1:3])

    def slot_jfnotice(self):
        return self.dated_notice(*JF_NOTICES[0], "025")

    def slot_jfqa(self):
        return self.staff_qa(JF_QUESTIONS, None)

    def slot_jfcomment(self):
        return self.signed_piece(JF_TITLES, JF_NOTES, ("法眼观察", "法 眼 观 察"), ("□", "■"))

    # -------------------------------------------------------------- 香港商报

    def slot_xgstocks(self):
        rng = self.rng
        rows = [f"{name} {level * rng.randrange(970, 1031) / 1000:.2f} {rng.randrange(-250, 251) / 100:+.2f}%"
                for name, level in rng.sample(XG_INDEXES, rng.choice((3, 4)))]
        return self.rows_box(("港股收市", "股市行情"), rows, title="昨日港股主要指数" if rng.random() < 0.5 else "")

    def slot_xgqa(self):
        return self.staff_qa(XG_QUESTIONS, "香港商报：")

    def slot_xgcomment(self):
        return self.signed_piece(XG_TITLES, XG_NOTES, ("商报观点", "港事评论"), ("■", "文/"))


# --------------------------------------------------------------------------- furniture


def _hk_phone(ctx):
    rng = ctx.rng
    return f"{rng.choice(('2', '3'))}{rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"


_cz_top = furniture(
    (0.5, [ln("{n:02d} {sec}", page="{n:02d}"), ln("长治日报 {y}年{m}月{d}日 {wd} 责编 {name} 版式 {name}",
                                                 paper=True, date=True)]),
    [ln("{date} {wd} 第{n}版 {sec}", date=True, page="{n}")],
    front=[masthead("长治日报"), "中共长治市委机关报", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:15000-15999}期 今日{pages}版 国内统一连续出版物号 CN 14-0000"])
_cz_bottom = furniture((0.5, ["新闻热线：{tel:0355} 投稿邮箱：czrb@example.cn"]), ["校对 {name}", opt(0.5, ["长治日报社出版"])])

# `A09 | 民 生 | 6月28日` prints neither the year nor the weekday, from which it could be read: no date
_yc_top = furniture(
    (0.4, [ln("银川晚报", paper=True), ln("{y}年{m}月{d}日 {wd} A{n:02d} {sec}", date=True, page="A{n:02d}")]),
    (0.8, [ln("A{n:02d} | {ssec} | {m}月{d}日", page="A{n:02d}"), "编辑 {name} 校对 {name}"]),
    [])
_yc_bottom = furniture((0.5, [ln("银川晚报新闻热线 {tel:0951}", paper=True)]), ["扫码关注晚报公众号 爆料有奖"])

_zj_top = furniture(
    (0.5, [ln("珠江时报 {y}.{m:02d}.{d:02d} {wd}", paper=True, date=True), ln("{sec} 第{n}版", page="{n}")]),
    [ln("{sec} | {n:02d}", page="{n:02d}"), ln("{date} 责编 {name} 美编 {name}", date=True)],
    front=[masthead("珠江时报"), "中共佛山市南海区委机关报", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:4000-4999}期 今日{pages}版"])
_zj_bottom = furniture((0.5, ["新闻热线：{tel:0757}"]), ["本版校对 {name}", opt(0.5, ["地址：佛山市南海区某某路{no:10-99}号"])])

_ky_top = furniture(
    (0.5, [ln("中国矿业报 {date} {wd}", paper=True, date=True), ln("第{n}版 · {sec}", page="{n}")]),
    [ln("{n} | {sec}", page="{n}"), ln("{y}年{m}月{d}日 责任编辑 {name}", date=True)],
    front=[masthead("中国矿业报"), "CHINA MINING NEWS", "中华人民共和国自然资源部主管", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:5000-5999}期 国内统一连续出版物号 CN 11-0000 邮发代号 1-00"])
_ky_bottom = furniture((0.5, ["本版校对 {name} 投稿邮箱：zgkyb@example.cn"]), ["发行热线：{tel:010}"])

_js_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), ln("中国教师报 {y}年{m}月{d}日 {wd}", paper=True, date=True)]),
    [ln("{date} {wd}", date=True), ln("第{n}版 {sec} 主编 {name}", page="{n}")])
_js_bottom = furniture((0.5, [ln("中国教师报 投稿邮箱：jsb@example.cn", paper=True)]), ["本版编辑 {name} 电话：{tel:010}"])

_jf_top = furniture(
    (0.5, [ln("江苏法治报 {y}年{m}月{d}日 {wd}", paper=True, date=True), ln("{ssec} {n:02d}", page="{n:02d}")]),
    [ln("{n:02d} {sec} {date}", date=True, page="{n:02d}"), "责任编辑 {name} 版式 {name}"],
    front=[masthead("江苏法治报"), "JIANGSU LEGAL DAILY", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:7000-7999}期 今日{pages}版 国内统一连续出版物号 CN 32-0000"])
_jf_bottom = furniture((0.5, ["新闻热线：{tel:025}"]), ["法律咨询热线：{tel:025} 本版校对 {name}"])

_xg_top = furniture(
    (0.5, [ln("A{n} {sec}", page="A{n}"), ln("香港商报 {y}年{m}月{d}日 {wd}", paper=True, date=True)]),
    [ln("{sec} | A{n} | {date} {wd}", page="A{n}", date=True)],
    front=[masthead("香港商报"), "HONG KONG COMMERCIAL DAILY", ln("{date} {wd}", date=True), "第{no:13000-13999}号 售价港币8元"],
    fields={"hktel": _hk_phone})
_xg_bottom = furniture((0.5, ["新闻热线：{hktel}", "www.example.com/hkcd"]), ["责任编辑：{name} 美术：{name}"],
                       fields={"hktel": _hk_phone})


@dataclasses.dataclass
class Fresh21Family(Fresh9Family):
    seed_stride: int = FRESH21_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh21Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh21Builder, justified=True,
                         **kw)


FRESH21_FAMILIES = [
    fam("changzhi_city", "长治日报", _cz_top, _cz_bottom, {by_cz: 1},
        brief_bylines={by_cz_brief: 1}, credits=(cr_cz,), width=(15, 22), blank={"para": 2, "none": 1},
        indent=0.5, letterspace=0.3, stray_spaces=0.02, displaced=0.2, caption_pool=CZ_CAPTIONS, brief_pool=CZ_BRIEFS,
        brief_pool_share=0.6, paper_outlet="长治日报全媒体", labels={"column": ("上党快讯", "县区传真"), "bullet": ("◆",)},
        plans=((["czguide", "decklead", "photo"], {"front": True}),
               (["continuation", "deck", "czscenic"], {"page": 2}),
               (["czgroup", "briefcol", "brief"], {"blank": "every"}),
               (["briefpair", "deck", "photo"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("要闻", "县区", "民生")),
    fam("yinchuan_evening", "银川晚报", _yc_top, _yc_bottom, {by_yc: 1},
        brief_bylines={by_yc_brief: 1}, credits=(cr_yc,), width=(12, 17), blank={"para": 1, "every": 2},
        letterspace=0.4, stray_spaces=0.05, doubled=0.2, displaced=0.35, caption_pool=YC_CAPTIONS,
        brief_pool=YC_BRIEFS, brief_pool_share=0.6, labels={"column": ("凤城快讯", "街巷新闻"), "bullet": ("■",)},
        plans=((["deck", "ycbus", "photo"], {}),
               (["briefpair", "deck"], {"blank": "every"}),
               (["ycqa", "briefphoto"], {"blank": "none"}),
               (["briefcol", "story", "brief"], {"blank": "every", "turn": 1})),
        page_style="A0", sections=("银川新闻", "民生", "城事")),
    fam("zhujiang_district", "珠江时报", _zj_top, _zj_bottom, {by_zj: 1},
        brief_bylines={by_zj_brief: 1}, credits=(cr_zj,), width=(14, 21), blank={"para": 2, "every": 1},
        letterspace=0.3, stray_spaces=0.03, displaced=0.2, caption_pool=ZJ_CAPTIONS, brief_pool=ZJ_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("镇街速递", "南海简讯"), "bullet": ("▲",)},
        plans=((["deck", "brief", "photo"], {"front": True}),
               (["briefcol", "zjad", "deck"], {}),
               (["banner", "deck", "photo", "zjjobs"], {"section": "狮山专版", "banner": ("狮山专版", "狮山专版·产业强镇")}),
               (["photo", "deck", "briefpair"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("南海新闻", "镇街", "经济")),
    fam("kuangye_national", "中国矿业报", _ky_top, _ky_bottom, {by_ky: 1},
        brief_bylines={by_ky_brief: 1}, credits=(cr_ky,), width=(16, 25), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.2, displaced=0.25, caption_pool=KY_CAPTIONS, brief_pool=KY_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("矿业快讯", "地勘动态"), "bullet": ("●",)},
        plans=((["kyguide", "decklead", "kyprices"], {"front": True}),
               (["continuation", "kycomment", "briefcol"], {"page": 2}),
               (["banner", "deck"], {"banner": ("深度·调查", "深 度"), "section": "深度"}),
               (["kyprices", "deck", "briefphoto"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("要闻", "地质", "矿业")),
    fam("jiaoshi_weekly", "中国教师报", _js_top, _js_bottom, {by_js: 1},
        brief_bylines={by_js_brief: 1}, credits=(cr_js,), width=(15, 23), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, displaced=0.2, caption_pool=JS_CAPTIONS, brief_pool=JS_BRIEFS,
        brief_pool_share=0.6, weekday_no=2, labels={"column": ("教育简讯", "各地传真"), "bullet": ("★",)},
        plans=((["deck", "jsjobs", "photo"], {}),
               (["banner", "jsqa", "briefcol"], {"banner": ("课改周刊", "课 改 周 刊"), "section": "课改周刊"}),
               (["jscomment", "deck", "brief"], {"blank": "every"}),
               (["briefpair", "deck", "photo"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("新闻", "课改", "教师成长")),
    fam("jiangsu_legal", "江苏法治报", _jf_top, _jf_bottom, {by_jf: 1},
        brief_bylines={by_jf_brief: 1}, credits=(cr_jf,), width=(14, 22), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.02, displaced=0.2, caption_pool=JF_CAPTIONS, brief_pool=JF_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("政法快讯", "法治简讯"), "bullet": ("■",)},
        plans=((["jfguide", "deck", "brief", "photo"], {"front": True}),
               (["briefcol", "brief", "briefpair"], {}),
               (["jfqa", "jfnotice"], {"blank": "every"}),
               (["jfcomment", "deck", "photo"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("要闻", "政法", "法律服务")),
    fam("xianggang_business", "香港商报", _xg_top, _xg_bottom, {by_xg: 1},
        brief_bylines={by_xg_brief: 1}, credits=(cr_xg,), width=(14, 21), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.1, stray_spaces=0.03, displaced=0.2, caption_pool=XG_CAPTIONS, brief_pool=XG_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("大湾区快讯", "商界简讯"), "bullet": ("●",)},
        plans=((["deck", "xgstocks", "photo"], {"front": True}),
               (["xgqa", "briefcol"], {}),
               (["xgcomment", "deck", "briefphoto"], {"blank": "every"}),
               (["briefpair", "story", "xgstocks"], {"blank": "none", "turn": 1})),
        page_style="A", sections=("香港新闻", "财经", "大湾区")),
]
