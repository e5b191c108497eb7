"""A thirty-seventh set of development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator or look at how these pages are cut.  Not a blind set: engineers develop on it.  Seven
papers the corpus had not imitated, of kinds it has few of (checked by name against the development
builders and gold, and against the held-back set only with a script that names this set's candidate papers
a held-back page also has): a prefecture daily of northern Shaanxi, a district paper of Tianjin, a national
consumer paper, a city workers' paper, a family paper of Shanghai, a navy paper and a university paper.
Every family wraps its columns by width.  This set's emphasis is shapes the corpus has few or none of: a
编者按 printed between a story's headline and its byline; a 连载 instalment under its series line and chapter
head, closed by （未完待续）; a 更正 or 声明 notice; a 公告 of numbered clauses (一、二、三、); a timeline (大事记)
box beside a story; a 人物名片 box beside a profile; three-level headlines (引题/主题/副题), each part broken
over two lines; pictures captioned 图①/图② together under them; a reader's letter with the editor's reply
(编辑回复); a results or listings table wider than the columns; a sponsor's page (本版由…协办) with its own
head and foot.  At most two pages of a family follow the older plans (short items with no blank line
between them, an interview, photo news with a numbered group, a lead read across and carried on).

Seeds: FRESH37_SEED_BASE + FRESH37_SEED_STRIDE*family + 1_000*attempt + n (48_060_001 .. 48_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (notes,
chapter heads, clauses, rows, letters' titles and replies, captions, briefs); names, figures, phone numbers
and addresses are made up.
"""
from __future__ import annotations

import dataclasses

from fresh_layouts_2 import _d
from fresh_layouts_5 import _credit_turns
from fresh_layouts_9 import Fresh9Family
from fresh_layouts_33 import Fresh33Builder
from layout_kit import DATED, TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, shown, turns
from synthesize import Byline, L, cn_date, phone, shorten

FRESH37_SEED_BASE = 48_000_000
FRESH37_SEED_STRIDE = 60_000

SERIAL_SOURCES = ("000-02", "001-06", "002-02", "002-05", "003-07")

# --------------------------------------------------------------------------- filler (written for this corpus)

YL_NOTES = ["今年以来，我市持续推进荒漠化治理。即日起，本报推出系列报道，记录治沙人的坚守。",
            "乡村振兴，产业是根本。本报记者深入县区一线，探访特色产业发展的新变化。"]
YL_EVENTS = ("{y}年 治沙林场建立", "{y}年 首条沙漠公路通车", "{y}年 万亩樟子松林成林", "{y}年 获评全国绿化先进单位",
             "{y}年 沙化土地治理率超过九成")
YL_NOTICE = ("招聘公告",
             "根据工作需要，经研究决定，面向社会公开招聘工作人员，现将有关事项公告如下：",
             ["一、招聘岗位：综合管理岗2名，专业技术岗3名", "二、报名条件：大学本科及以上学历，年龄三十五周岁以下",
              "三、报名时间：{a}至{b}", "四、报名方式：携带身份证、学历证书原件及复印件到现场报名"],
             "咨询电话：{p}",
             "榆林市某某中心")
YL_CAPTIONS = [("榆阳区，群众在沙地上栽植樟子松。", "沙海播绿"), ("米脂县，农民在谷子地里除草。", ""),
               ("榆林古城，游客在步行街上游览。", "古城夏日"), ("神木市，工人在煤化工车间巡检。", "")]
YL_GROUPS = [("毛乌素沙地绿意浓", ["①治沙人在沙丘上扎设草方格。", "②樟子松林带连绵成片。", "③护林员在林间巡查。"]),
             ("陕北民歌进校园", ["①民歌手为学生们示范演唱。", "②学生们学唱信天游。", "③师生同台表演。"])]
YL_BRIEFS = [("沙漠公路完成养护", "近日，一条沙漠公路完成年度养护，通行条件进一步改善。"),
             ("小杂粮交易会开幕", "日前，一届小杂粮交易会开幕，数百家企业参展。"),
             ("红枣烘干车间投产", "近日，一个红枣烘干车间投产，可带动周边农户增收。")]

BH_TENDER = ("招标公告",
             "某某街道社区服务中心改造工程已具备招标条件，现进行公开招标，有关事项公告如下：",
             ["一、项目概况：建筑面积约3200平方米，工期一百二十日历天", "二、投标人资格：具有建筑工程施工总承包三级及以上资质",
              "三、招标文件获取时间：{a}至{b}", "四、投标截止时间：{b}上午9时30分"],
             "联系人：王先生 联系电话：{p}",
             "天津市滨海新区某某街道办事处")
BH_CORRECTIONS = ["本报{m}月{d}日第3版《社区食堂开进老小区》一文中，“某某里社区”应为“某某园社区”，特此更正。",
                  "本报{m}月{d}日第2版图片说明中，“泰达图书馆”应为“滨海新区图书馆”，特此更正，并向读者致歉。"]
BH_TITLES = ["小区停车难要靠共治", "口袋公园多些更好", "办事少跑腿靠数据多跑路", "让夜市烟火气更有序"]
BH_NOTES = ("（作者系某某街道居民）", "（作者为某某大学教师）", "（作者系本报评论员）")
BH_PHOTOS = [("海河岸边", ["图①：市民在于家堡河畔散步。", "图②：游船驶过海河。", "图③：孩子们在亲水平台上嬉戏。"]),
             ("港城新貌", ["图①：天津港集装箱码头一片繁忙。", "图②：东疆湾沙滩游人如织。", "图③：滨海图书馆里读者在阅读。"])]
BH_CAPTIONS = [("于家堡，市民在河畔散步。", "河畔晚风"), ("天津港，集装箱货轮靠泊。", ""),
               ("东疆湾，游客在沙滩上游玩。", "沙滩夏日"), ("中新生态城，居民在社区花园里劳作。", "")]
BH_BRIEFS = [("社区食堂开门迎客", "近日，一个社区食堂开门迎客，为老年居民提供助餐服务。"),
             ("新区开通三条定制公交", "即日起，滨海新区开通三条定制公交线路，方便职工通勤。"),
             ("口袋公园建成开放", "日前，一座口袋公园建成开放，周边居民多了休闲去处。")]

XF_NOTES = ["消费者在网购中遇到的问题五花八门。本报即日起开设专栏，梳理典型投诉，提示消费风险。",
            "暑期是旅游消费旺季，也是投诉高发期。本报记者走访多地，听听消费者和经营者怎么说。"]
XF_RECALLS = ("某某牌儿童自行车 召回数量1200辆 原因：车把固定螺栓强度不足", "某某牌电热水壶 召回数量3600台 原因：温控器失效",
              "某某牌婴儿推车 召回数量800辆 原因：刹车装置不可靠", "某某牌充电宝 召回数量5200个 原因：电芯过热风险")
XF_CHECKS = ("儿童帆布鞋 某某鞋业有限公司 耐磨性能", "保温杯 某某日用品有限公司 保温效能", "电动牙刷 某某电器有限公司 刷毛磨圆率",
             "羽绒服 某某服饰有限公司 含绒量", "学生文具 某某文具厂 可迁移元素", "插座 某某电器厂 插套结构")
XF_LETTERS = ["预付卡健身房关门，钱能退吗", "网购家电送货上门却要收安装费", "旅行社临时更换酒店合理吗"]
XF_REPLIES = ["编辑回复：根据消费者权益保护法，经营者以预收款方式提供服务的，应当按照约定提供；未按约定提供的，应当按照消费者"
              "的要求履行约定或者退回预付款。建议您保存好合同和付款凭证，向当地消费者协会投诉。",
              "编辑回复：商品页面若已写明包安装，商家不得另行收费。建议您保留页面截图，先与商家协商，协商不成可向平台或"
              "消费者协会投诉。"]
XF_STATEMENT = ("声明", "近期有不法分子冒用本报名义，以“消费维权”为由向企业收取费用。本报郑重声明：本报从未授权任何单位和个人"
                "以本报名义开展收费活动。请广大读者和企业提高警惕，如有发现请及时举报。", "中国消费者报社")
XF_GROUPS = [("3·15 在行动", ["①工作人员在商场检查商品标签。", "②消费者在咨询台前咨询维权问题。", "③执法人员查看食品生产日期。"]),
             ("夜经济里的消费新场景", ["①市民在夜市选购文创产品。", "②游客在老街品尝小吃。", "③年轻人在书店里阅读。"])]
XF_CAPTIONS = [("商场里，消费者在挑选家电。", "以旧换新"), ("超市里，工作人员在检查食品保质期。", ""),
               ("消费者在手机上比较商品价格。", "理性消费"), ("市场监管人员在加油站检查计量器具。", "")]
XF_BRIEFS = [("多地开展预付卡专项整治", "近日，多地市场监管部门开展预付卡专项整治，督促商家规范经营。"),
             ("消协发布暑期消费提示", "日前，一地消费者协会发布暑期消费提示，提醒消费者理性消费。"),
             ("家电以旧换新持续升温", "近期，家电以旧换新持续升温，多家商场推出补贴活动。")]

GR_CARDS = [["姓名：{name}", "单位：某某机械厂", "工种：数控车工", "荣誉：全国五一劳动奖章、天津市劳动模范"],
            ["姓名：{name}", "单位：某某港务公司", "工种：桥吊司机", "荣誉：全国技术能手、天津市五一劳动奖章"]]
GR_RESULTS = ("{k} {name} 某某机械厂 {s}", "{k} {name} 某某汽车零部件公司 {s}", "{k} {name} 某某电力公司 {s}",
              "{k} {name} 某某港务公司 {s}", "{k} {name} 某某制药厂 {s}")
GR_QUESTIONS = ["单位不给缴纳社保怎么办？", "加班费应该怎么计算？", "试用期可以随时辞退吗？", "工伤认定需要准备哪些材料？",
                "劳动合同到期不续签有补偿吗？"]
GR_NOTICE = ("公告",
             "为做好职工疗休养工作，市总工会决定组织劳模和一线职工疗休养，现将有关事项公告如下：",
             ["一、对象：各级劳动模范和一线职工", "二、时间：{a}至{b}，分批进行", "三、报名：由各基层工会统一报名"],
             "联系电话：{p}",
             "天津市某某区总工会")
GR_CAPTIONS = [("车间里，青年职工在练习焊接技能。", "技能比武"), ("工会干部为一线职工送清凉。", ""),
               ("职工书屋里，工人们在阅读。", "书香车间"), ("港口，桥吊司机在驾驶室里作业。", "")]
GR_BRIEFS = [("职工子女托管班开班", "近日，一个区总工会开办职工子女暑期托管班。"),
             ("户外劳动者驿站上新", "日前，一批户外劳动者服务驿站完成升级，配备饮水和休息设施。"),
             ("职工技能大赛启动", "近日，一届职工职业技能大赛启动，设数控、焊接等项目。")]

JT_MENUS = ("周一 番茄炒蛋 清炒西兰花 紫菜汤", "周二 红烧鸡翅 蒜蓉生菜 冬瓜汤", "周三 清蒸鲈鱼 木耳炒山药 丝瓜汤",
            "周四 土豆烧牛肉 炒青菜 番茄蛋汤", "周五 虾仁炒蛋 凉拌黄瓜 菌菇汤")
JT_LETTERS = ["退休后和子女住在一起，矛盾多了怎么办", "孩子沉迷手机，我该怎么管", "父母总催婚，我很苦恼"]
JT_REPLIES = ["编辑回复：两代人住在一起，生活习惯不同在所难免。不妨定下几条家里的规矩，各自保留一些空间，有话好好说。",
              "编辑回复：与其一味没收手机，不如和孩子一起定好使用时间，多陪孩子到户外走走，用别的乐趣替代屏幕。"]
JT_CORRECTION = "本报{m}月{d}日第6版《夏季养生小窍门》一文中，“每日饮水量”有误，应为“一千五百毫升至一千七百毫升”，特此更正。"
JT_SERIAL = ("弄堂里的旧时光", ("第七章 老虎窗", "第八章 煤球炉", "第九章 晒台"))
JT_SPONSORS = ("本版由上海市某某区卫生健康委员会协办", "本版由某某社区卫生服务中心协办")
JT_TIPS = [["夏季多喝温开水，少喝冰饮", "午睡以半小时为宜", "空调温度不宜低于26℃"],
           ["老人晨练不宜过早", "饭后不宜立即运动", "外出注意防晒补水"]]
JT_CAPTIONS = [("社区里，老人们在学习使用智能手机。", "银发学堂"), ("公园里，一家人在草坪上野餐。", ""),
               ("弄堂里，居民在晾晒衣物。", "弄堂日常"), ("社区食堂里，老人们在用餐。", "")]
JT_BRIEFS = [("社区开设长者食堂", "近日，一个街道的长者食堂开门，为老人提供午餐。"),
             ("亲子阅读会举行", "日前，一场亲子阅读会在社区图书馆举行。"),
             ("家庭医生签约服务进小区", "近日，家庭医生走进小区，为居民提供签约服务。")]

HJ_CARDS = [["{name}，某某舰副舰长", "入伍时间：2008年9月", "曾参加多次远海训练任务", "荣立二等功一次、三等功两次"],
            ["{name}，某某潜艇支队士官", "入伍时间：2012年12月", "从事鱼雷专业工作", "荣立三等功两次"]]
HJ_TITLES = ["练兵备战要较真", "好作风是干出来的", "让每一次训练都贴近实战", "带兵要带心"]
HJ_NOTES = ("（作者单位：某某舰）", "（作者系某某支队政治工作部干事）", "（作者单位：某某基地）")
HJ_PHOTOS = [("砺剑深蓝", ["图①：舰艇编队在海上航行。", "图②：官兵进行损管训练。", "图③：舰载直升机起飞。"]),
             ("新兵下连", ["图①：新兵在码头列队。", "图②：老兵为新兵整理军容。", "图③：新兵登上战舰。"])]
HJ_CAPTIONS = [("训练海域，舰艇劈波斩浪。", "劈波斩浪"), ("码头上，官兵在进行装备检修。", ""),
               ("甲板上，官兵在进行体能训练。", "甲板练兵"), ("营区里，官兵在阅览室学习。", "")]
HJ_BRIEFS = [("某支队开展夏季练兵", "近日，海军某支队开展夏季练兵，锤炼官兵实战本领。"),
             ("某舰组织专业比武", "日前，某舰组织专业技能比武，数十名官兵参赛。"),
             ("军营读书月启动", "近日，某部启动军营读书月活动。")]

ZD_NOTES = ["今年是学校建校纪念之年。本报推出专题，讲述一代代求是人的故事。",
            "开学在即，新生们即将走进校园。本报记者采访了几位即将入学的新生。"]
ZD_EVENTS = ("{y}年 学校前身创办", "{y}年 迁入新校区", "{y}年 四校合并组建新校", "{y}年 新校区启用",
             "{y}年 入选首批一流大学建设高校")
ZD_TALKS = ("{m}月{d}日 14:00 人工智能与科学发现 主讲人：某某教授 地点：图书馆报告厅",
            "{m}月{d}日 19:00 宋韵文化漫谈 主讲人：某某研究员 地点：人文学院报告厅",
            "{m}月{d}日 15:30 碳中和与能源转型 主讲人：某某院士 地点：学术交流中心",
            "{m}月{d}日 18:30 大学生心理健康讲座 主讲人：某某老师 地点：学生活动中心")
ZD_NOTICE = ("公示",
             "根据学校有关规定，经个人申请、学院推荐、学校评审，拟推荐以下同学为优秀毕业生，现予以公示：",
             ["一、公示时间：{a}至{b}", "二、公示期间如有异议，请以书面形式向学生工作部反映", "三、反映情况须署真实姓名"],
             "联系电话：{p}",
             "某某大学学生工作部")
ZD_QUESTIONS = ["当初为什么选择这个专业？", "实验室里最难忘的一天是哪天？", "怎样平衡科研和生活？", "对学弟学妹有什么建议？"]
ZD_CORRECTION = "本报上期第2版《图书馆延长开放时间》一文中，“晚10点”应为“晚10点半”，特此更正。"
ZD_CAPTIONS = [("图书馆里，同学们在自习。", "书香校园"), ("运动场上，同学们在进行军训。", ""),
               ("实验室里，研究生在做实验。", "科研日常"), ("毕业典礼上，毕业生们抛起学位帽。", "")]
ZD_BRIEFS = [("学校举行新生开学典礼", "近日，学校举行新生开学典礼，数千名新生参加。"),
             ("研究生支教团出发", "日前，新一届研究生支教团出发，赴西部地区支教。"),
             ("校园马拉松开跑", "近日，一届校园马拉松开跑，千余名师生参赛。")]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_yl = chosen(Above("榆林日报记者 {0!l}"), Above("记者 {0!l} 通讯员 {1}", 2), Above("本报记者 {0!l} 文/图", photo=True),
               turn="by", drawn=2)
by_yl_brief = turns(Form("本报讯（记者 {0}）"), Form("（{c0} {0}）", choices=(("米脂县融媒体中心", "佳县融媒体中心", "横山区融媒体中心"),), **TRAIL))

@dataclasses.dataclass(frozen=True)
class _DrawnBy(Form):
    """`文/X 图/Y`: X wrote it (the only author), Y took the picture."""

    def byline(self, ctx, names, item=None):
        item.photographers = [names[1]]
        return super().byline(ctx, names, item)


WRITTEN_DRAWN = _DrawnBy("文/{0!l} 图/{1}", 1, where="before", hint="plain", draws=2)


by_bh = chosen(Above("滨海时报记者 {0!l}"), Above("记者 {0!l} 通讯员 {1}", 2), WRITTEN_DRAWN,
               turn="by", drawn=2)
by_bh_brief = turns(Form("（滨海时报记者 {0}）", **TRAIL), Form("本报讯（记者 {0}）", line_share=0.4))

by_xf = chosen(Above("本报记者 {0!l}"), Above("■本报记者 {0!l} 见习记者 {1}", 2), Above("本报特约记者 {0!l}"),
               turn="by", drawn=2)
by_xf_brief = turns(Form("（{0}）", **TRAIL), Form("本报讯（记者 {0}）"))

by_gr = chosen(Above("本报记者 {0!l}"), Above("记者 {0!l} 通讯员 {1}", 2), Above("□本报记者 {0!l}"),
               turn="by", drawn=2)
by_gr_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{c0} {0}）", choices=(("和平区总工会", "滨海新区总工会", "河西区总工会"),), **TRAIL))

by_jt = chosen(Above("本报记者 {0!l}"), Above("记者 {0!l} 实习生 {1}", 2), Above("文/{0!l}"),
               turn="by", drawn=2)
by_jt_brief = turns(Form("本报讯（记者 {0}）"), Form("（{0}）", **TRAIL))

by_hj = chosen(Above("■{0!l} 本报特约记者 {1}", 2), Above("本报记者 {0!l}"), Above("通讯员 {0!l} {1}", 2),
               turn="by", drawn=2)
by_hj_brief = turns(Form("（{0}）", **TRAIL), Form("本报讯 通讯员{0}报道："))

by_zd = chosen(Above("本报记者 {0!l}"), Above("学生记者 {0!l} {1}", 2), WRITTEN_DRAWN,
               turn="by", drawn=2)
by_zd_brief = turns(Form("（{c0} {0}）", choices=(("计算机学院", "人文学院", "医学院"),), **TRAIL), Form("本报讯（记者 {0}）"))


# --------------------------------------------------------------------------- photo credits


cr_yl = _credit_turns(("榆林日报记者 {n} 摄", "（{n} 摄）", "（资料图片）"))
cr_bh = _credit_turns(("滨海时报记者 {n} 摄", "（{n} 摄）", "新华社发"))
cr_xf = _credit_turns(("本报记者 {n} 摄", "（资料图片）", "视觉中国供图"))
cr_gr = _credit_turns(("本报记者 {n} 摄", "通讯员 {n} 摄", "（受访者供图）"))
cr_jt = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "（资料图片）"))
cr_hj = _credit_turns(("{n} 摄", "本报特约记者 {n} 摄", "（资料图片）"))
cr_zd = _credit_turns(("学生记者 {n} 摄", "（{n} 摄）", "（学校供图）"))


# --------------------------------------------------------------------------- builder


def _halves(text):
    """A headline part broken over two lines where it is long enough to be."""
    if " " in text:
        return text.split(" ", 1)
    if len(text) < 8:
        return [text]
    cut = len(text) // 2
    return [text[:cut], text[cut:]]


class Fresh37Builder(Fresh33Builder):

    # -------------------------------------------------------------- shared shapes

    def headline(self, item, title, kicker="", subtitle=""):
        """On a page of three-level headlines (option `three`), a story with a kicker or a subtitle
        prints each part of its headline broken over two lines (a part under eight characters on one)."""
        if not (self.opts.get("three") and (kicker or subtitle)):
            return super().headline(item, title, kicker, subtitle)
        item.kicker, item.title, item.subtitle, item.printed_title = kicker, title, subtitle, title
        return [[L(x, role) for x in _halves(text)] for text, role in ((kicker, "kicker"), (title, "title"),
                                                                         (subtitle, "subtitle")) if text]

    def noted(self, notes):
        """A story with a 编者按 printed between its headline and its byline: the note is the story's
        first paragraph."""
        item = self.deck_story()
        note = self.rng.choice(("编者按：", "【编者按】")) + self.uniq(notes, "note")
        k = next(i for i, c in enumerate(item.chunks) if c and c[0].role not in ("kicker", "title", "subtitle"))
        item.chunks.insert(k, self.para_lines(note, self.w()))
        item.body = [("paragraph", note)] + list(item.body)
        return item

    def serial(self, book, chapters, labels):
        """A 连载 instalment: the label (furniture), its series line (kicker), its chapter head (title),
        the author, the text and （未完待续） (furniture)."""
        rng, ctx = self.rng, self.ctx
        src = self.pick(list(SERIAL_SOURCES))
        body = [(r, t) for r, t in shorten(rng, src["body"], keep_min=3) if r != "heading"]
        no = rng.randrange(7, 40)
        kicker = rng.choice((f"长篇纪实《{book}》连载（{no}）", f"《{book}》连载之{no}"))
        name = ctx.name()
        byfn = lambda c, i: Byline([name], before=[rng.choice(("{} 著", "□{}")).format(shown(ctx, name))])  # noqa: E731
        item = self.art({"title": self.uniq(chapters, "chapter")}, body, byfn, kicker=kicker)
        item.chunks.append([L(ctx.furn(rng.choice(("（未完待续）", "（待续）"))), "furniture")])
        return [self.furniture(rng.choice(labels)), item]

    def correction(self, text, title="更正", issuer="本报编辑部"):
        """A 更正 / 声明 notice: an `article` with no authors, the issuer and date byline lines."""
        day = _d(self.ctx)
        text = text.format(m=day.month, d=max(1, day.day - 3))
        title = self.rng.choice((title, " ".join(title), "■" + title)) if len(title) == 2 else title
        byfn = lambda c, i: Byline([], after=[issuer, cn_date(day)] if self.rng.random() < 0.6 else [issuer])  # noqa: E731
        item = self.art({"title": title.lstrip("■").replace(" ", "")}, [("paragraph", text)], byfn)
        if item.chunks[0][0].role == "title":
            item.chunks[0], item.printed_title = [L(title, "title")], title
        return item

    def clauses(self, notice, area):
        title, intro, rows, closing, issuer = notice
        return self.notice_box(title, intro, rows, closing.format(p=phone(self.rng, area)), issuer)

    def timeline(self, labels, events, title):
        """A 大事记 box: dated rows, years rising."""
        rng = self.rng
        years = sorted(rng.sample(range(1950, 2023), len(events)))
        rows = [e.format(y=y) for e, y in zip(events, years)][:rng.choice((4, 5))]
        return self.rows_box(labels, rows, title=title if rng.random() < 0.5 else "")

    def profile_card(self, labels, cards):
        rows = [r.format(name=self.ctx.name()) if "{name}" in r else r for r in self.uniq(cards, "card")]
        story = self.deck_story()
        box = self.rows_box(labels, rows)
        return [story, box] if self.rng.random() < 0.6 else [box, story]

    def numbered_photos(self, groups):
        """Pictures captioned 图①/图② printed together under them, one credit."""
        item = self.group(groups)
        if self.rng.random() < 0.5:  # the label under the captions
            item.chunks = [item.chunks[1], item.chunks[2], item.chunks[0]]
        return item

    def reply_letter(self, titles, replies, places):
        """A reader's letter signed under its text, then the editor's reply (编辑回复) in the same item."""
        rng, ctx = self.rng, self.ctx
        _, body = self.short_text(200, 420)
        name, place = ctx.name(), rng.choice(places)
        sign = rng.choice(("{p}读者 {n}", "{p} {n}", "——{p}读者 {n}")).format(p=place, n=name)
        item = self.art({"title": self.uniq(titles, "letter")}, body, lambda c, i: Byline([name], after=[sign]))
        reply = self.uniq(replies, "reply")
        lines = self.para_lines(reply, self.w())
        if item.chunks[-1][0].role == "title":  # a displaced headline stays last
            item.chunks.insert(len(item.chunks) - 1, lines)
        else:
            item.chunks.append(lines)
        item.body = list(item.body) + [("paragraph", reply)]
        return item

    def wide_table(self, labels, title, header, rows, sources):
        """A results or listings table wider than the page's columns."""
        item = self.box(self.rng.choice(labels), [header] + rows, title=title, decorations=("", "■", "【{}】"),
                        width=self.rng.randrange(30, 40))
        item.chunks.append([L(self.rng.choice(sources), "credit")])
        return item

    # -------------------------------------------------------------- set37_a 榆林日报

    def slot_ylnoted(self):
        return self.noted(YL_NOTES)

    def slot_yltimeline(self):
        return self.timeline(("大事记", "治沙大事记"), YL_EVENTS, "毛乌素沙地治理大事记")

    def slot_ylserial(self):
        return self.serial("大漠绿洲", ("第三章 沙窝里的林场", "第四章 樟子松", "第五章 草方格"), ("连载", "塞上连载"))

    def slot_ylnotice(self):
        return self.clauses(YL_NOTICE, "0912")

    def slot_ylgroup(self):
        return self.group(YL_GROUPS)

    # -------------------------------------------------------------- set37_b 滨海时报

    def slot_bhtender(self):
        return self.clauses(BH_TENDER, "022")

    def slot_bhcorrection(self):
        return self.correction(self.uniq(BH_CORRECTIONS, "corr"))

    def slot_bhcomments(self):
        return self.comment_column(("滨海观察", "百姓议事"), BH_TITLES, BH_NOTES, ("□", "文/"))

    def slot_bhphotos(self):
        return self.numbered_photos(BH_PHOTOS)

    # -------------------------------------------------------------- set37_c 中国消费者报

    def slot_xfnoted(self):
        return self.noted(XF_NOTES)

    def slot_xfrecalls(self):
        rows = self.rng.sample(XF_RECALLS, self.rng.choice((2, 3)))
        return self.rows_box(("召回信息", "缺陷产品召回"), rows, title="本周召回" if self.rng.random() < 0.5 else "")

    def slot_xfchecks(self):
        rows = self.rng.sample(XF_CHECKS, self.rng.choice((4, 5)))
        return self.wide_table(("抽检结果", "质量抽检"), "部分不合格产品名单",
                               self.rng.choice(("产品名称 标称生产企业 不合格项目", "样品 生产单位 不合格项目")), rows,
                               ("数据来源：某某市市场监督管理局", "数据来源：某某省消费者权益保护委员会"))

    def slot_xfstatement(self):
        title, text, issuer = XF_STATEMENT
        return self.correction(text, title=title, issuer=issuer)

    def slot_xfletter(self):
        return self.reply_letter(XF_LETTERS, XF_REPLIES, ("北京", "杭州", "成都", "济南"))

    def slot_xfgroup(self):
        return self.group(XF_GROUPS)

    # -------------------------------------------------------------- set37_d 天津工人报

    def slot_grcard(self):
        return self.profile_card(("人物名片", "劳模名片"), GR_CARDS)

    def slot_grresults(self):
        rng, ctx = self.rng, self.ctx
        scores = sorted((rng.randrange(820, 990) / 10 for _ in range(5)), reverse=True)
        rows = [form.format(k=k, name=ctx.name(), s=s) for k, (form, s) in
                enumerate(zip(rng.sample(GR_RESULTS, rng.choice((4, 5))), scores), start=1)]
        return self.wide_table(("比赛成绩", "赛果公布"), "全市职工数控车工技能大赛决赛成绩",
                               rng.choice(("名次 姓名 单位 成绩", "名次 选手 所在单位 总分")), rows,
                               ("数据来源：大赛组委会", "数据来源：市总工会"))

    def slot_grqa(self):
        return self.staff_qa(GR_QUESTIONS, None, kicker_share=0.2)

    def slot_grnotice(self):
        return self.clauses(GR_NOTICE, "022")

    # -------------------------------------------------------------- set37_e 上海家庭报

    def slot_jtmenu(self):
        rows = list(JT_MENUS[:self.rng.choice((3, 5))])
        return self.rows_box(("一周食谱", "家常菜谱"), rows, title="夏季清淡食谱" if self.rng.random() < 0.5 else "")

    def slot_jtletter(self):
        return self.reply_letter(JT_LETTERS, JT_REPLIES, ("闵行", "徐汇", "浦东", "杨浦"))

    def slot_jtserial(self):
        book, chapters = JT_SERIAL
        return self.serial(book, chapters, ("连载", "家庭连载"))

    def slot_jtcorrection(self):
        return self.correction(JT_CORRECTION)

    def slot_jtsponsor(self):
        return self.furniture(self.rng.choice(JT_SPONSORS))

    def slot_jtsponsorfoot(self):
        return self.furniture(f"健康咨询热线：{phone(self.rng, '021')}", "扫码关注“健康家庭”公众号")

    def slot_jttips(self):
        return self.tips(("健康提醒", "养生小贴士"), JT_TIPS)

    # -------------------------------------------------------------- set37_f 人民海军

    def slot_hjcard(self):
        return self.profile_card(("人物名片", "官兵档案"), HJ_CARDS)

    def slot_hjcomments(self):
        return self.comment_column(("军营论坛", "水兵论坛"), HJ_TITLES, HJ_NOTES, ("■", "□"))

    def slot_hjphotos(self):
        return self.numbered_photos(HJ_PHOTOS)

    # -------------------------------------------------------------- set37_g 浙江大学报

    def slot_zdnoted(self):
        return self.noted(ZD_NOTES)

    def slot_zdtimeline(self):
        return self.timeline(("校史大事记", "大事记"), ZD_EVENTS, "学校发展大事记")

    def slot_zdtalks(self):
        rng, day = self.rng, _d(self.ctx)
        rows = [t.format(m=day.month, d=min(28, day.day + k)) for k, t in enumerate(rng.sample(ZD_TALKS, rng.choice((3, 4))), 1)]
        return self.wide_table(("讲座预告", "学术讲座"), "本周学术讲座一览", rng.choice(("时间 题目 主讲人 地点", "日期 讲座 主讲 地点")),
                               rows, ("信息来源：学校学术委员会", "信息来源：各学院"))

    def slot_zdnotice(self):
        return self.clauses(ZD_NOTICE, "0571")

    def slot_zdqa(self):
        return self.staff_qa(ZD_QUESTIONS, "记者：")

    def slot_zdcorrection(self):
        return self.correction(ZD_CORRECTION)


# --------------------------------------------------------------------------- furniture


_yl_top = furniture(
    (0.5, [ln("{n:02d} {sec}", page="{n:02d}"), ln("榆林日报 {y}年{m}月{d}日 {wd}", paper=True, date=True),
           "责任编辑 {name} 美术编辑 {name}"]),
    [ln("第{n}版 {sec}", page="{n}")],
    front=[masthead("榆林日报"), "中共榆林市委机关报 榆林日报社出版", "第{no:10000-10999}期 今日{pages}版",
           ln("{date} {wd} 农历{lunar}", date=True), "国内统一连续出版物号 CN 61-0000"])
_yl_bottom = furniture((0.5, [ln("{y}年{m}月{d}日 {wd}", date=True), "新闻热线：{tel:0912}"]),
                       ["榆林日报社 地址：榆林市高新区某某路{no:10-99}号 邮编719000", opt(0.5, ["扫码关注“榆林日报”视频号"])])

_bh_top = furniture(
    (0.5, [ln("滨海时报", paper=True), ln("{date} {wd}", date=True), ln("{sec} {n}", page="{n}")]),
    [ln("{n} {sec} 责编 {name}", page="{n}")],
    front=[ln("{date} 农历{slunar} {wd}", date=True), masthead("滨海时报"), "BINHAI TIMES",
           "中共天津市滨海新区委员会主管主办 第{no:4000-4999}期", "新闻热线 {tel:022}"])
_bh_bottom = furniture((0.5, [ln("滨海时报 {y}.{m:02d}.{d:02d}", paper=True, date=True), "扫一扫 下载“津滨海”客户端"]),
                       ["编辑 {name} 校对 {name} 版式 {name}"])

_xf_top = furniture(
    (0.5, [ln("中国消费者报 {date}", paper=True, date=True), ln("{sec} 第{n}版", page="{n}")]),
    [ln("{n:02d}", page="{n:02d}"), "{sec}", DATED],
    front=[masthead("中国消费者报"), "国家市场监督管理总局主管", ln("{date} {wd}", date=True),
           "第{no:6000-6999}期 本期{pages}版 国内统一连续出版物号 CN 11-0000", "维权热线 12315"])
_xf_bottom = furniture((0.5, ["本版编辑：{name} 电话：{tel:010} 邮箱：xfzb@example.cn"]),
                       [ln("{y}年{m}月{d}日 {wd}", date=True), "责任编辑 {name}"])

_gr_top = furniture(
    (0.5, [ln("天津工人报", paper=True), ln("第{n}版 {sec}", page="{n}"), "主编 {name} 责任编辑 {name}"]),
    [ln("{y}年{m}月{d}日 {wd} {sec} {n}", date=True, page="{n}")],
    front=[masthead("天津工人报"), "天津市总工会主办", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:7000-7999}期 国内统一连续出版物号 CN 12-0000", "职工维权热线 12351"])
_gr_bottom = furniture((0.5, ["天津工人报社出版 社址：天津市和平区某某道{no:10-99}号"]), ["广告热线：{tel:022}", opt(0.5, ["扫码关注“津工”公众号"])])

_jt_top = furniture(
    (0.5, [ln("{sec}", page=None), ln("上海家庭报 {date}", paper=True, date=True), ln("{n}", page="{n}")]),
    [ln("第{n}版 {sec}", page="{n}"), ln("{y}年{m}月{d}日", date=True)],
    front=[masthead("上海家庭报"), "SHANGHAI FAMILY NEWS", "第{no:1000-1999}期 每周三出版",
           ln("{date} {wd}", date=True), "读者热线 {tel:021}"])
_jt_bottom = furniture((0.5, ["编辑 {name} 美编 {name}"]), [ln("上海家庭报 第{no:1000-1999}期", paper=True), "发行热线：{tel:021}"])

_hj_top = furniture(
    (0.5, [ln("人民海军", paper=True), ln("{date} {wd}", date=True), ln("{n} {sec}", page="{n}")]),
    [ln("{sec} 第{n}版", page="{n}"), "编辑 {name}"],
    front=[masthead("人民海军"), "中国人民解放军海军政治工作部主办", "第{no:8000-8999}期 今日{pages}版",
           ln("{date} {wd}", date=True), "军内统一刊号 军 0000"])
_hj_bottom = furniture((0.5, [ln("{y}年{m}月{d}日", date=True), "本版责编 {name} 校对 {name}"]), ["投稿邮箱：rmhj@example.cn"])

_zd_top = furniture(
    (0.5, [ln("浙江大学报", paper=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{sec} {n:02d}", page="{n:02d}"), DATED],
    front=[masthead("浙江大学报"), "中共浙江大学委员会主办 校内刊号 浙内准字0000", ln("{date} {wd}", date=True),
           "第{no:1500-1999}期 本期{pages}版 求是新闻网 www.example.edu.cn"])
_zd_bottom = furniture((0.5, ["责任编辑：{name} 学生编辑：{name}"]), [ln("{y}年{m}月{d}日 第{no:1500-1999}期", date=True),
                                                                     "新闻热线：{tel:0571}"])


@dataclasses.dataclass
class Fresh37Family(Fresh9Family):
    seed_stride: int = FRESH37_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh37Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh37Builder, justified=True,
                         **kw)


FRESH37_FAMILIES = [
    fam("set37_a", "榆林日报", _yl_top, _yl_bottom, {by_yl: 1},
        brief_bylines={by_yl_brief: 1}, credits=(cr_yl,), width=(16, 22), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.02, displaced=0.1, caption_pool=YL_CAPTIONS, brief_pool=YL_BRIEFS,
        brief_pool_share=0.6, paper_outlet="榆林日报",
        labels={"column": ("县区传真", "榆林快讯"), "bullet": ("◆",), "photos": ("图片新闻", "塞上影像")},
        plans=((["ylnoted", "yltimeline", "bare"], {"front": True, "turn": 1}),
               (["ylserial", "brief", "ylnotice"], {"blank": "every", "turn": 0}),
               (["photonews", "ylgroup", "deck"], {"turn": 2}),
               (["brief", "bare", "deck", "briefcol", "brief"], {"blank": "none"})),
        page_style="cn", sections=("要闻", "县区", "副刊")),
    fam("set37_b", "滨海时报", _bh_top, _bh_bottom, {by_bh: 1},
        brief_bylines={by_bh_brief: 1}, credits=(cr_bh,), width=(13, 18), blank={"para": 1, "every": 1},
        indent=0.3, letterspace=0.2, stray_spaces=0.04, doubled=0.15, displaced=0.1, caption_pool=BH_CAPTIONS,
        brief_pool=BH_BRIEFS, brief_pool_share=0.6, paper_outlet="滨海时报",
        labels={"column": ("新区快讯", "街镇动态"), "bullet": ("■",)},
        plans=((["decklead", "bhtender", "brief"], {"front": True, "three": True, "turn": 0}),
               (["continuation", "bare", "brief"], {"page": 2, "turn": 1}),
               (["bhcomments", "bhcorrection"], {"blank": "none", "turn": 2}),
               (["bhphotos", "deck", "bare"], {"three": True})),
        page_style="cn", sections=("新区要闻", "民生", "街镇")),
    fam("set37_c", "中国消费者报", _xf_top, _xf_bottom, {by_xf: 1},
        brief_bylines={by_xf_brief: 1}, credits=(cr_xf,), width=(18, 26), blank={"para": 2, "none": 1},
        indent=0.2, letterspace=0.1, stray_spaces=0.02, displaced=0.15, caption_pool=XF_CAPTIONS, brief_pool=XF_BRIEFS,
        brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("消费快讯", "市场动态"), "bullet": ("●",), "photos": ("图片新闻", "消费视窗")},
        plans=((["xfnoted", "xfrecalls", "brief"], {"front": True, "turn": 2}),
               (["xfchecks", "bare", "xfstatement"], {"blank": "every", "turn": 0}),
               (["xfletter", "xfletter", "brief"], {"turn": 1}),
               (["photonews", "xfgroup", "deck"], {"blank": "none"})),
        page_style="0", sections=("要闻", "维权", "质量")),
    fam("set37_d", "天津工人报", _gr_top, _gr_bottom, {by_gr: 1},
        brief_bylines={by_gr_brief: 1}, credits=(cr_gr,), width=(14, 20), blank={"para": 1, "every": 1},
        indent=0.5, letterspace=0.3, stray_spaces=0.05, doubled=0.2, displaced=0.15, caption_pool=GR_CAPTIONS,
        brief_pool=GR_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("工会动态", "基层传真"), "bullet": ("▲",)},
        plans=((["grcard", "brief"], {"front": True, "three": True, "turn": 1}),
               (["grresults", "bare", "brief", "photo"], {"blank": "none", "turn": 2}),
               (["grqa", "grnotice"], {"turn": 0}),
               (["brief", "bare", "deck", "briefcol"], {"blank": "none"})),
        page_style="cn", sections=("要闻", "工会", "维权")),
    fam("set37_e", "上海家庭报", _jt_top, _jt_bottom, {by_jt: 1},
        brief_bylines={by_jt_brief: 1}, credits=(cr_jt,), width=(12, 17), per_article_width=True,
        blank={"para": 1, "every": 2}, letterspace=0.4, stray_spaces=0.05, doubled=0.25, displaced=0.2,
        caption_pool=JT_CAPTIONS, brief_pool=JT_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("社区新闻", "家庭快讯")},
        plans=((["leadacross", "jtmenu", "bare"], {"front": True, "turn": 0}),
               (["continuation", "jtletter", "jtletter"], {"page": 2, "turn": 1}),
               (["jtserial", "jtcorrection", "brief"], {"blank": "none", "turn": 2}),
               (["jtsponsor", "deck", "jttips", "photo", "jtsponsorfoot"], {})),
        page_style="0", sections=("家庭新闻", "健康", "副刊")),
    fam("set37_f", "人民海军", _hj_top, _hj_bottom, {by_hj: 1},
        brief_bylines={by_hj_brief: 1}, credits=(cr_hj,), width=(15, 21), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.2, stray_spaces=0.03, doubled=0.1, displaced=0.1, caption_pool=HJ_CAPTIONS,
        brief_pool=HJ_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("军营传真", "部队动态"), "bullet": ("★",)},
        plans=((["hjcard", "bare"], {"front": True, "three": True, "turn": 1}),
               (["hjcomments", "brief"], {"turn": 2}),
               (["hjphotos", "deck", "brief"], {"blank": "every", "turn": 0}),
               (["brief", "bare", "brief", "briefcol"], {"blank": "none"})),
        page_style="cn", sections=("要闻", "兵舰", "综合")),
    fam("set37_g", "浙江大学报", _zd_top, _zd_bottom, {by_zd: 1},
        brief_bylines={by_zd_brief: 1}, credits=(cr_zd,), width=(17, 24), blank={"para": 2, "every": 1},
        indent=0.4, letterspace=0.2, stray_spaces=0.02, displaced=0.15, caption_pool=ZD_CAPTIONS, brief_pool=ZD_BRIEFS,
        brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("校园快讯", "求是简讯"), "bullet": ("◎",)},
        plans=((["zdnoted", "brief", "bare"], {"front": True, "turn": 2}),
               (["zdtalks", "zdnotice", "brief"], {"blank": "none", "turn": 1}),
               (["zdqa", "photo"], {"turn": 0}),
               (["zdtimeline", "deck", "zdcorrection"], {"blank": "every"})),
        page_style="0", sections=("综合新闻", "校园", "求是园")),
]
