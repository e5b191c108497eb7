"""A fifty-ninth set of development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator or look at how these pages are cut.  Seven papers of the east coast and the northwest, of
the supply and marketing co-operatives and of water diversion, and of Sarawak that the corpus had not
imitated (checked by name against the development builders and the README, and against the held-back set
only with a script that names this set's candidate papers a held-back page also has; it named none): a
prefecture city daily of Fujian (闽南日报, 漳州), a prefecture city daily of Gansu (白银日报), a county paper of
Zhejiang (今日苍南), a metro morning paper of Shandong (鲁中晨报, 淄博), the national papers of the supply and
marketing co-operatives (中华合作时报) and of the South-to-North water diversion (中国南水北调报), and a
Chinese-language daily of Sibu, Sarawak (国际时报).  Of the first candidates 芜湖日报, 台州日报, 衢州日报, 包头日报,
鄂尔多斯日报, 固原日报, 乐清日报, 瑞安日报, 余姚日报, 海宁日报, 东阳日报, 晋江经济报, 石狮日报, 寿光日报, 福清侨乡报,
烟台晚报, 齐鲁晚报, 半岛都市报, 济南时报, 东南快报, 福州晚报, 新安晚报, 合肥晚报, 钱江晚报, 西海都市报, 银川晚报, 新消息报,
中国交通报, 中国水运报, 人民铁道, 现代物流报, 中国旅游报, 中国贸易报, 中国商报, 中国国门时报, 中国水利报, 黄河报,
人民长江报, 中国花卉报, 星洲日报, 南洋商报, 联合早报, 东方日报, 光华日报, 诗华日报, 世界日报, 星岛日报, 明报, 大公报,
文汇报, 香港商报, 澳门日报, 市民日报, 华侨报 and 京华中原联合日报 were imitated or named already, so they were not
taken.
This set's emphasis is the ordinary news page as an archive receives it every week (要闻, 县区, 两岸, 区县, 乡镇,
淄博新闻, 供销社, 工程, 诗巫新闻), each paper printing the common things its own way: its header and footer lines
(where the date stands, how the page and section print, the lunar date, the serial number, editors' lines,
hotlines, app promos, a ringgit price), its byline and dateline grammar (□闽南日报记者 X, a county's 本报X讯,
文/片, 苍南传媒记者, 本报讯 记者X 通讯员Y glued without brackets, 报导：X under （诗巫X日讯）), its photo credits,
its briefs column and bullet, its jump lines and continuation heads, a commentary with its signature, an
interview, a box tied to a story, a service box, a figures box, a photo group, a reader's call with its
reply, a price table.  Every family wraps its columns by width.

Seeds: FRESH59_SEED_BASE + FRESH59_SEED_STRIDE*family + 1_000*attempt + n (70_060_001 .. 70_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (comment titles,
questions, notes, service rows, figures, table rows, readers' calls and replies, captions, briefs); names,
figures, phone numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses
import datetime

from fresh_layouts_5 import _credit_turns
from fresh_layouts_40 import dateline, taking_turns
from fresh_layouts_43 import Fresh43Builder, Fresh43Family
from layout_kit import TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, shown, turns
from synthesize import Byline

FRESH59_SEED_BASE = 70_000_000
FRESH59_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

MN_TITLES = ["让“花果之乡”的招牌更响亮", "对台交流要多办实事", "把滨海生态这篇文章做足"]
MN_LINKS = [("相关链接", "", ["漳州地处闽南金三角，水仙花、芦柑、香蕉等农产品远销各地，花卉苗木种植面积居全省前列。"]),
            ("记者手记", "渔港的清晨", ["天还没亮，渔港里已经热闹起来。渔船靠岸，鱼货一筐筐抬上码头，"
                                       "收购商蹲在筐边挑拣，讨价声此起彼伏。"]),
            ("背景", "", ["近年来，我市持续推进台胞台企登陆第一家园建设，一批台资项目落地投产。"])]
MN_GROUPS = [("水仙花开迎新春", ["①花农在田间雕刻水仙花球。", "②游客在花市选购水仙。", "③工人在打包发往外地的花球。"]),
             ("东山渔港开渔季", ["①渔船驶出港湾。", "②渔民在码头卸下鱼货。", "③商贩在市场分拣海鲜。"])]
MN_CAPTIONS = [("平和县的蜜柚园里，果农在采摘蜜柚。", "蜜柚飘香"), ("古城里，游客在品尝闽南小吃。", ""),
               ("漳浦县的花卉基地里，工人在搬运盆栽。", "花木兴"), ("东山岛马銮湾，游客在沙滩漫步。", "")]
MN_BRIEFS = [("龙海区开展防台风应急演练", "近日，龙海区组织开展防台风应急演练，检验转移避险能力。"),
             ("云霄县新建一批乡村公益书屋", "日前，云霄县一批乡村公益书屋建成开放，村民就近就能借书。"),
             ("诏安县举办青梅采摘节", "近日，诏安县举办青梅采摘节，吸引周边游客前来体验。")]
MN_TOWNS = ("龙海", "漳浦", "云霄", "东山", "诏安", "平和", "长泰")

BY_SERVICE = ["◇今天晴转多云，气温3℃至14℃，西北风三到四级。", "◇市区某某路明日9时至18时计划停水，请居民提前储水。",
              "◇市图书馆本周日上午举办少儿阅读分享会。", "◇市人民医院专家周六在某某社区开展义诊。",
              "◇白银至某某的城际公交今起增开早班车。"]
BY_QUESTIONS = ["合作社今年的收成怎么样？", "为什么选择在戈壁滩上种蔬菜？", "带动了多少村民增收？", "下一步还有什么打算？"]
BY_COUNTIES = ("会宁", "靖远", "景泰", "平川", "白银区")
BY_LINKS = [("延伸阅读", "", ["景泰县地处黄河上游，近年来发展高效节水农业，一批日光温室在荒滩上建起来。"]),
            ("记者手记", "黄河岸边的枸杞园", ["采访那天，枸杞园里红果挂满枝头。老张说，过去这里是盐碱地，"
                                           "如今改良了土壤，一亩地能收好几百斤干果。"])]
BY_CAPTIONS = [("靖远县的枸杞园里，村民在采摘枸杞。", "枸杞红了"), ("会宁县的梯田里，农机在深翻土地。", ""),
               ("黄河石林景区，游客在乘坐羊皮筏子。", "筏行黄河"), ("工人在某某化工企业车间作业。", "")]
BY_BRIEFS = [("平川区开展冬季供暖安全检查", "近日，平川区组织开展冬季供暖安全检查，排查隐患十余处。"),
             ("景泰县举办农民技能培训", "日前，景泰县举办农民技能培训班，两百余人参加。"),
             ("会宁县新建一批村级卫生室", "近日，会宁县一批村级卫生室投入使用，村民看病更方便。")]

CN_TOWNS = ("灵溪镇", "钱库镇", "金乡镇", "马站镇", "矾山镇", "藻溪镇", "桥墩镇")
CN_CALL_TITLES = ["村口的路灯不亮了", "小区门前的人行道坑坑洼洼"]
CN_REPLIES = ["记者回访：所在镇城建办已安排人员维修，目前路灯已恢复照明。",
              "记者回访：县住建局回复，人行道修补已列入近期计划，月底前完工。"]
CN_QUESTIONS = ["当初为什么决定回乡创业？", "渔村民宿有什么不一样的地方？", "经营中遇到过哪些难处？", "对今后有什么打算？"]
CN_CAPTIONS = [("矾山镇的福德湾古村，游客在参观矿工老屋。", "古村游"), ("渔寮沙滩上，孩子们在玩沙。", ""),
               ("钱库镇的工业园区里，工人在赶制订单。", "车间忙"), ("马站镇的四季柚园里，果农在疏果。", "")]
CN_BRIEFS = [("藻溪镇开展防汛隐患排查", "近日，藻溪镇组织人员排查山塘水库，整改隐患数处。"),
             ("桥墩镇举办月饼文化节", "日前，桥墩镇举办月饼文化节，展示传统手工月饼技艺。"),
             ("金乡镇新开一批共享书房", "近日，金乡镇一批共享书房开门迎客，居民家门口就能看书。")]

LZ_SERVICE = ["今日限行尾号：2和7。", "天气：多云，西南风三级，最高气温22℃，最低气温11℃。",
              "张店区某某路今起半幅封闭施工，请绕行某某路。", "市博物馆周末推出陶瓷文物特展，免费参观需预约。",
              "市中心医院本周六在人民公园广场开展义诊。"]
LZ_CALL_TITLES = ["小区楼道里的杂物没人管", "公交站牌上的线路信息过期了"]
LZ_REPLIES = ["晨报回访：张店区某某街道接到反映后，已组织物业清理楼道杂物。",
              "晨报回访：公交公司表示，已安排人员更换站牌，本周内完成。"]
LZ_PLACES = ("张店区", "淄川区", "博山区", "周村区", "临淄区")
LZ_QUESTIONS = ["这门陶瓷手艺传了几代？", "年轻人愿意学吗？", "怎样让老手艺走进现代生活？", "接下来有什么计划？"]
LZ_CAPTIONS = [("周村古商城里，游客在品尝烧饼。", "古城烟火"), ("博山区的窑厂里，匠人在拉坯。", ""),
               ("齐文化博物院，市民在参观展览。", "看展"), ("烧烤店里，食客在排队等位。", "")]
LZ_BRIEFS = [("临淄区新增一批公共停车泊位", "近日，临淄区新增一批公共停车泊位，缓解老城区停车难。"),
             ("博山区开展森林防火巡查", "日前，博山区组织开展森林防火巡查，排查隐患数十处。"),
             ("周村区举办社区邻里节", "近日，周村区举办社区邻里节，数百名居民参加。")]

HZ_FIGURES = [("5.8万亿元", "前三季度全系统销售总额"), ("38.6万个", "基层供销合作社数量"), ("1.2亿亩", "农业社会化服务面积"),
              ("4.3万家", "县域流通服务网络网点"), ("11.4%", "农产品销售额同比增幅")]
HZ_TABLE = ["尿素 吨 2180 -30", "复合肥（45%） 吨 3050 持平", "磷酸二铵 吨 3760 +20", "氯化钾 吨 2650 -40",
            "硫酸钾 吨 3320 +15", "有机肥 吨 980 持平"]
HZ_TITLES = ["让合作经济更好服务农民", "农资保供要打好提前量", "县域流通网络要补齐短板"]
HZ_NOTES = ("（作者系某某农业大学合作社学院教授）", "（作者单位：某某省供销合作社）")
HZ_CAPTIONS = [("农资配送中心的工人在装车。", "备春耕"), ("基层供销社的农民在选购种子。", ""),
               ("冷链物流园里，工人在分拣蔬菜。", "冷链忙"), ("庄稼医院的农技员在田间查看苗情。", "")]
HZ_BRIEFS = [("某某省供销社开展农资打假专项行动", "近日，某某省供销社开展农资打假专项行动，检查经营网点上千个。"),
             ("某某县农产品直播基地投入使用", "日前，某某县供销社农产品直播基地投入使用。"),
             ("某某市供销社新建一批为农服务中心", "近日，某某市供销社新建一批为农服务中心，提供农机作业服务。")]
HZ_PROVINCES = ("山东省", "河北省", "江苏省", "四川省", "湖南省")

NS_FIGURES = [("700亿立方米", "东中线一期工程累计调水"), ("1.85亿人", "直接受益人口"), ("110亿立方米", "本调水年度计划调水"),
              ("65座", "沿线受水大中城市"), ("Ⅱ类", "中线水质稳定保持标准")]
NS_TITLES = ["确保一渠清水永续北送", "工程安全运行容不得半点松懈", "让调水工程更好惠及沿线群众"]
NS_LINKS = [("工程链接", "", ["中线工程从丹江口水库陶岔渠首引水，沿线经河南、河北，最终抵达北京、天津。"]),
            ("一线手记", "渠道边的巡查员", ["天刚亮，老刘就骑着电动车上了渠堤。哪段衬砌有裂缝、"
                                         "哪处护网被破坏，他都一一拍照记下。"])]
NS_GROUPS = [("渠首春色", ["①陶岔渠首枢纽全景。", "②巡查人员在渠堤上巡查。", "③水质监测人员在取样。"]),
             ("冰期输水保安全", ["①工作人员在拦冰索处破冰。", "②检修人员在闸站检查设备。", "③夜间巡查人员在渠边巡查。"])]
NS_CAPTIONS = [("运维人员在泵站检修机组。", "检修"), ("水质监测人员在实验室分析水样。", ""),
               ("工作人员在渠道边清理漂浮物。", "护水"), ("某某管理处职工在闸站值守。", "")]
NS_BRIEFS = [("某某管理处开展防汛应急演练", "近日，某某管理处开展防汛应急演练，检验险情处置能力。"),
             ("某某分公司完成一批闸站设备更新", "日前，某某分公司完成一批闸站设备更新改造。"),
             ("某某泵站机组年度检修完成", "近日，某某泵站完成机组年度检修，为调水做好准备。")]
NS_UNITS = ("渠首分公司", "河南分公司", "河北分公司", "天津分公司", "东线江苏水源公司")

SW_CITIES = ("诗巫", "加帛", "民都鲁", "美里", "古晋", "泗里奎")
SW_TITLES = ["地方发展要顾及民生", "华教需要社会持续支持", "乡区道路不能再拖"]
SW_QUESTIONS = ["这家老店开了多少年？", "为什么选择回到诗巫发展？", "生意受到哪些影响？", "对下一代有什么期望？"]
SW_SERVICE = ["诗巫 多云 24～32℃", "加帛 午后雷阵雨 23～31℃", "民都鲁 多云 24～31℃", "美里 晴时多云 25～32℃",
              "古晋 阵雨 23～30℃"]
SW_CAPTIONS = [("拉让江畔，民众在河滨公园散步。", "江畔黄昏"), ("中央市场里，小贩在售卖土产。", ""),
               ("华小学生在校园里参加绘画比赛。", "童心"), ("木材厂的工人在搬运木板。", "")]
SW_BRIEFS = [("诗巫某某公会举办敬老宴", "某某公会日前举办敬老宴，逾两百名乐龄人士出席。"),
             ("加帛华小筹募建校基金", "加帛一所华小近日展开筹募建校基金活动，获各界响应。"),
             ("民都鲁举办食品安全讲座", "民都鲁卫生局日前举办食品安全讲座，小贩踊跃出席。")]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_mn = chosen(Above("□闽南日报记者 {0!l} 通讯员 {1}", 2), Form("本报讯 记者 {0} 通讯员 {1} ", 2),
               Above("文/图 本报记者 {0!l}", photo=True), turn="by", drawn=2)
by_mn_brief = turns(Form("（{c0}融媒体中心 {0}）", choices=(MN_TOWNS,), **TRAIL), Form("本报讯（记者 {0}）"))

by_by = taking_turns(chosen(Above("白银日报全媒体记者 {0!l}")),
                     chosen(Form("本报{c0}讯（通讯员 {0} {1}）", 2, choices=(BY_COUNTIES,)), drawn=2),
                     dateline("本报讯（全媒体记者 {0} 通讯员 {1}）", 2))
by_by_brief = turns(Form("（{c0}融媒体中心）", 0, choices=(BY_COUNTIES,), **TRAIL), Form("本报讯（通讯员 {0}）"))

by_cn = chosen(Above("苍南传媒记者 {0!l} 通讯员 {1}", 2), Form("本报讯（通讯员 {0}）", line_share=0.3),
               Above("{c0} {0!l} {1}", 2, choices=(CN_TOWNS,)), turn="by", drawn=2)
by_cn_brief = turns(Form("本报讯 {c0} {0}", choices=(CN_TOWNS,)), Form("（{0} {1}）", 2, **TRAIL))

by_lz = chosen(Above("鲁中晨报记者 {0!l}"), Above("文/片 鲁中晨报记者 {0!l}", photo=True),
               Above("鲁中晨报·淄博新闻客户端记者 {0!l} 通讯员 {1}", 2), turn="by", drawn=2)
by_lz_brief = turns(Form("（记者 {0}）", **TRAIL), Form("鲁中晨报讯 记者 {0}", line_share=0.3))

by_hz = chosen(Above("本报记者 {0!l}"), Form("本报讯 记者{0} 通讯员{1} ", 2), Above("通讯员 {0!l} 本报记者 {1}", 2),
               turn="by", drawn=2)
by_hz_brief = turns(Form("（{c0}供销社 {0}）", choices=(HZ_PROVINCES,), **TRAIL), Form("本报讯", 0))

by_ns = taking_turns(chosen(Above("本报记者 {0!l} 通讯员 {1}", 2), drawn=2),
                     dateline("本报北京{m}月{d}日电（记者 {0}）"),
                     chosen(Above("通讯员 {0!l}")))
by_ns_brief = turns(Form("（{c0} {0}）", choices=(NS_UNITS,), **TRAIL), Form("本报讯 通讯员{0}", line_share=0.4))


def sarawak(report_share):
    """（诗巫18日讯）glued to the first paragraph, the day before the paper's; with chance `report_share`
    the reporter's 报导：X on a line of its own above it."""
    def byline(ctx, item):
        day = ctx.date - datetime.timedelta(days=1)
        glue = "（{}{}日讯）".format(ctx.rng.choice(SW_CITIES), day.day)
        if ctx.rng.random() < report_share:
            name = ctx.name()
            text = ctx.rng.choice(("报导：{}", "●报导／摄影：{}", "记者：{}")).format(shown(ctx, name))
            if "摄影" in text:
                item.photographers = [name]
            return Byline([name], before=[text], glue=glue, hint="plain")
        return Byline([], glue=glue, hint="plain")
    return byline


by_sw = sarawak(0.6)
by_sw_brief = turns(Form("（{c0}讯）", 0, choices=(SW_CITIES,), **TRAIL), Form("（报导：{0}）", **TRAIL))


# --------------------------------------------------------------------------- photo credits


cr_mn = _credit_turns(("闽南日报记者 {n} 摄", "（{n} 摄）", "（县融媒体中心供图）"))
cr_by = _credit_turns(("全媒体记者 {n} 摄", "{n}/摄", "（资料图片）"))
cr_cn = _credit_turns(("记者 {n} 摄", "通讯员 {n} 摄", "（镇里供图）"))
cr_lz = _credit_turns(("鲁中晨报记者 {n} 摄", "（片由受访者提供）", "记者 {n} 摄"))
cr_hz = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "（省供销社供图）"))
cr_ns = _credit_turns(("通讯员 {n} 摄", "本报记者 {n} 摄", "（管理处供图）"))
cr_sw = _credit_turns(("（摄影：{n}）", "图：{n}摄", "（档案照）"))


# --------------------------------------------------------------------------- builder


class Fresh59Builder(Fresh43Builder):

    # -------------------------------------------------------------- set59_a

    def slot_mncomment(self):
        return self.staff_comment(("闽南时评", "九龙江评论"), MN_TITLES, sign=self.rng.choice(("本报评论员", "闽南日报评论员")))

    def slot_mnlink(self):
        return self.tied_box(MN_LINKS)

    def slot_mngroup(self):
        return self.numbered_photos(MN_GROUPS)

    # -------------------------------------------------------------- set59_b

    def slot_byservice(self):
        return self.service(("便民信息", "银城生活"), BY_SERVICE)

    def slot_bytalk(self):
        return self.interview(("访谈", "田间对话"), BY_QUESTIONS, ("记者：", "问："))

    def slot_bylink(self):
        return self.tied_box(BY_LINKS)

    # -------------------------------------------------------------- set59_c

    def slot_cncall(self):
        return self.reply_letter(CN_CALL_TITLES, CN_REPLIES, CN_TOWNS)

    def slot_cntalk(self):
        return self.interview(("乡贤风采", "创客访谈"), CN_QUESTIONS, ("记者：", "苍南传媒："))

    # -------------------------------------------------------------- set59_d

    def slot_lzservice(self):
        return self.service(("晨报帮办", "出行提示"), LZ_SERVICE, title="今日提示")

    def slot_lzcall(self):
        return self.reply_letter(LZ_CALL_TITLES, LZ_REPLIES, LZ_PLACES)

    def slot_lztalk(self):
        return self.interview(("面对面", "淄博人物"), LZ_QUESTIONS, ("晨报：", "记者："))

    # -------------------------------------------------------------- set59_e

    def slot_hzfigures(self):
        return self.figures(("数说供销", "数据"), HZ_FIGURES, title="前三季度供销合作社系统经营情况")

    def slot_hztable(self):
        rng = self.rng
        rows = rng.sample(HZ_TABLE, rng.choice((4, 5)))
        return self.wide_table(("农资价格", "市场行情"), "本周主要农资零售参考价", rng.choice(("品种 单位 价格（元） 周涨跌", "品名 计量 均价 较上周")),
                               rows, ("数据来源：某某农资价格监测点", "注：价格为多地监测点均价"))

    def slot_hzcomment(self):
        return self.noted_comment(("合作论坛", "评论"), HZ_TITLES, ("□", "文/"), HZ_NOTES)

    # -------------------------------------------------------------- set59_f

    def slot_nsfigures(self):
        return self.figures(("数说调水", "数字"), NS_FIGURES, title="工程通水以来运行情况")

    def slot_nscomment(self):
        return self.staff_comment(("本报评论", "调水论坛"), NS_TITLES, sign=self.rng.choice(("本报评论员", "本报特约评论员")))

    def slot_nslink(self):
        return self.tied_box(NS_LINKS)

    def slot_nsgroup(self):
        return self.numbered_photos(NS_GROUPS)

    # -------------------------------------------------------------- set59_g

    def slot_swweather(self):
        return self.service(("天气", "砂州天气"), SW_SERVICE, title="今日各地天气")

    def slot_swcomment(self):
        return self.staff_comment(("社论", "言论"), SW_TITLES, sign=self.rng.choice(("本报社论", "●本报")))

    def slot_swtalk(self):
        return self.interview(("人物专访", "老街故事"), SW_QUESTIONS, ("问：", "记者："))


# --------------------------------------------------------------------------- furniture


_mn_top = furniture(
    (0.5, [ln("闽南日报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("第{n:02d}版 {sec}", page="{n:02d}"),
           "责任编辑：{name} 美编：{name}"]),
    [ln("{n:02d}", page="{n:02d}"), ln("{sec}·闽南日报", paper=True), ln("{date}", date=True), "校对：{name}"],
    front=[masthead("闽南日报"), "MINNAN DAILY", "中共漳州市委机关报", ln("{date} {wd}", date=True), "农历{lunar}",
           "第{no:12000-12999}期 今日{pages}版", "国内统一连续出版物号 CN 35-0000 邮发代号 34-00"])
_mn_bottom = furniture((0.5, ["闽南日报社出版 地址：漳州市某某路{no:1-99}号 新闻热线 {tel:0596}"]),
                       ["扫码下载“漳州新闻”客户端", opt(0.5, ["每份定价1.00元 漳州某某印务有限公司印刷"])])

_by_top = furniture(
    (0.5, [ln("{sec} {n}", page="{n}"), ln("白银日报", paper=True), ln("{y}年{m}月{d}日 {wd} 农历{slunar}", date=True)]),
    [ln("{y}.{m:02d}.{d:02d}", date=True), ln("第{n}版", page="{n}"), "{sec}", "编辑 {name} 校对 {name}"],
    front=[masthead("白银日报"), "中共白银市委机关报", "BAIYIN DAILY", ln("{date} {wd}", date=True), "农历{lunar}",
           "第{no:6000-6999}期 今日{pages}版", "国内统一连续出版物号 CN 62-0000"])
_by_bottom = furniture((0.5, ["白银日报社出版 地址：白银市白银区某某路{no:1-99}号 电话 {tel:0943}"]),
                       ["关注“白银日报”微信公众号 下载“银光”客户端", opt(0.5, ["零售价1.00元"])])

_cn_top = furniture(
    (0.5, [ln("今日苍南", paper=True), ln("{cn}版", page="{cn}"), "{sec}", ln("{date} {wd}", date=True)]),
    [ln("{sec} {cn}", page="{cn}"), ln("{y}年{m}月{d}日", date=True), "责编：{name} 版式：{name}"],
    front=[masthead("今日苍南"), "中共苍南县委主办", "苍南县新闻传媒中心出版", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:2000-2999}期 本期{pages}版", "浙江省连续性内部资料准印证（C）字第0000号"],
    fields={"cn": lambda ctx: "一二三四五六七八九十"[ctx.page_no - 1] if ctx.page_no <= 10 else str(ctx.page_no)})
_cn_bottom = furniture((0.5, ["苍南县新闻传媒中心 地址：灵溪镇某某路{no:1-99}号 新闻热线 {tel:0577}"]),
                       ["下载“掌上苍南”客户端", opt(0.5, ["内部资料 免费交流"])])

_lz_top = furniture(
    (0.5, [ln("A{n}", page="A{n}"), ln("{sec}", page=None), ln("鲁中晨报 {y}年{m}月{d}日 {wd}", paper=True, date=True),
           "编辑：{name} 美编：{name} 校对：{name}"]),
    [ln("{y}.{m}.{d} {wd}", date=True), ln("A{n} {sec}", page="A{n}"), ln("鲁中晨报", paper=True)],
    front=[masthead("鲁中晨报"), "LUZHONG MORNING POST", "淄博日报社主管主办", ln("{date} {wd}", date=True),
           "农历{slunar}", "第{no:7000-7999}期 今日{pages}版", "新闻热线 {tel:0533} 零售价1.00元"])
_lz_bottom = furniture((0.5, ["鲁中晨报24小时新闻热线 {tel:0533} 广告热线 {tel:0533}"]),
                       ["地址：淄博市张店区某某路{no:1-99}号", opt(0.5, ["扫码下载“淄博新闻”客户端 报料有奖"])])

_hz_top = furniture(
    (0.5, [ln("中华合作时报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("{sec}·{n}", page="{n}")]),
    [ln("第{n}版", page="{n}"), "{sec}", ln("{date}", date=True), "责任编辑：{name} 电话：{tel:010}"],
    front=[masthead("中华合作时报"), "CHINA COOPERATION TIMES", "中华全国供销合作总社主管", ln("{date} {wd}", date=True),
           "第{no:3000-3999}期 每周二、五出版 本期{pages}版", "国内统一连续出版物号 CN 11-0000 邮发代号 1-00"])
_hz_bottom = furniture((0.5, ["中华合作时报社出版 社址：北京市西城区某某街{no:1-99}号"]),
                       ["订阅热线 {tel:010} 全国各地邮局均可订阅", opt(0.5, ["本报网站 www.example.cn"])])

_ns_top = furniture(
    (0.5, [ln("{n}", page="{n}"), ln("中国南水北调报", paper=True), "{sec}", ln("{date} {wd}", date=True)]),
    [ln("{sec} 第{n}版", page="{n}"), ln("{y}年{m}月{d}日", date=True), "本版编辑：{name}"],
    front=[masthead("中国南水北调报"), "CHINA SOUTH-TO-NORTH WATER DIVERSION", ln("{date} {wd}", date=True), "农历{slunar}",
           "第{no:1000-1999}期 今日{pages}版", "国内统一连续出版物号 CN 11-0000"])
_ns_bottom = furniture((0.5, ["中国南水北调报社 地址：北京市海淀区某某路{no:1-99}号 投稿邮箱 nsbd@example.cn"]),
                       ["欢迎关注“中国南水北调”微信公众号", opt(0.5, ["印刷：北京某某印刷厂"])])

_sw_top = furniture(
    (0.5, [ln("{sec}", page=None), ln("国际时报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("B{n}", page="B{n}")]),
    [ln("B{n} {sec}", page="B{n}"), ln("国际时报 {y}年{m}月{d}日", paper=True, date=True)],
    front=[masthead("国际时报"), "INTERNATIONAL TIMES", ln("{date} {wd}", date=True), "农历{slunar}",
           "第{no:20000-20999}号 今日{pages}版 每份售价RM1.20", "砂拉越诗巫某某路{no:1-99}号 电话 084-{no:100000-999999}"])
_sw_bottom = furniture((0.5, ["广告部 084-{no:100000-999999} 发行部 084-{no:100000-999999}"]),
                       ["国际时报网站 www.example.com.my", opt(0.5, ["KDN PP0000/00/0000"])])


@dataclasses.dataclass
class Fresh59Family(Fresh43Family):
    seed_stride: int = FRESH59_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh59Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh59Builder, justified=True,
                         **kw)


FRESH59_FAMILIES = [
    fam("set59_a", "闽南日报", _mn_top, _mn_bottom, {by_mn: 1},
        brief_bylines={by_mn_brief: 1}, credits=(cr_mn,), width=(15, 21), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.2, stray_spaces=0.03, doubled=0.1, displaced=0.1, caption_pool=MN_CAPTIONS,
        brief_pool=MN_BRIEFS, brief_pool_share=0.6, paper_outlet="闽南日报",
        labels={"column": ("县区传真", "漳州简讯"), "bullet": ("◆",)},
        page_form="第{n2}版", jump_forms=("（下转第{n2}版）", "（转{p}）"), cont_forms=("（上接第{n2}版）", "（接{p}）"),
        plans=((["decklead", "mncomment", "brief"], {"front": True, "turn": 0}),
               (["continuation", "mnlink", "briefcol"], {"page": 2, "turn": 1}),
               (["mngroup", "deck", "photo"], {"blank": "every", "turn": 2,
                                               "group_credit": "本组图片由{p}记者 {n} 摄"}),
               (["deck", "photo", "brief"], {"blank": "none"})),
        page_style="0", sections=("要闻", "县区", "两岸")),
    fam("set59_b", "白银日报", _by_top, _by_bottom, {by_by: 1},
        brief_bylines={by_by_brief: 1}, credits=(cr_by,), width=(14, 19), blank={"para": 1, "every": 1},
        indent=0.5, letterspace=0.3, stray_spaces=0.05, doubled=0.15, displaced=0.1, caption_pool=BY_CAPTIONS,
        brief_pool=BY_BRIEFS, brief_pool_share=0.6, paper_outlet="白银日报全媒体",
        labels={"column": ("县区动态", "银城快讯"), "bullet": ("★",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转第{n}版）"), cont_forms=("（上接第{n}版）", "（接第{n}版）"),
        plans=((["decklead", "byservice", "brief"], {"front": True, "turn": 2}),
               (["bytalk", "photo"], {"blank": "none", "turn": 0}),
               (["continuation", "bylink", "briefcol"], {"page": 2, "turn": 1}),
               (["deck", "photo", "bare"], {"blank": "every"})),
        page_style="plain", sections=("要闻", "区县", "民生")),
    fam("set59_c", "今日苍南", _cn_top, _cn_bottom, {by_cn: 1},
        brief_bylines={by_cn_brief: 1}, credits=(cr_cn,), width=(13, 18), blank={"para": 2, "every": 1},
        indent=0.3, letterspace=0.35, stray_spaces=0.05, doubled=0.1, displaced=0.15, caption_pool=CN_CAPTIONS,
        brief_pool=CN_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("乡镇传真", "苍南简讯"), "bullet": ("●",)},
        page_form="{cn}版", jump_forms=("（下转{cn}版）", "（转{p}）"), cont_forms=("（上接{cn}版）", "（接{p}）"),
        plans=((["decklead", "cntalk", "brief"], {"front": True, "turn": 1}),
               (["continuation", "deck", "briefcol"], {"page": 2, "blank": "none", "turn": 2}),
               (["cncall", "photo", "brief"], {"turn": 0}),
               (["deck", "photo", "bare"], {"blank": "every"})),
        page_style="cn", sections=("要闻", "乡镇", "社会")),
    fam("set59_d", "鲁中晨报", _lz_top, _lz_bottom, {by_lz: 1},
        brief_bylines={by_lz_brief: 1}, credits=(cr_lz,), width=(17, 23), per_article_width=True,
        blank={"para": 1, "none": 1}, indent=0.25, letterspace=0.1, stray_spaces=0.03, doubled=0.05, displaced=0.1,
        caption_pool=LZ_CAPTIONS, brief_pool=LZ_BRIEFS, brief_pool_share=0.7, paper_outlet="鲁中晨报",
        labels={"column": ("淄博速览", "区县快报"), "bullet": ("■",)},
        page_form="A{n}", jump_forms=("（下转A{n}）", "▶转{p}"), cont_forms=("（上接A{n}）", "◀接{p}"),
        plans=((["decklead", "lzservice", "brief"], {"front": True, "turn": 1}),
               (["lzcall", "deck", "photo"], {"blank": "every", "turn": 2}),
               (["continuation", "lztalk", "briefcol"], {"page": 2, "turn": 0}),
               (["deck", "photo", "brief"], {})),
        page_style="A", sections=("淄博新闻", "区县", "民生")),
    fam("set59_e", "中华合作时报", _hz_top, _hz_bottom, {by_hz: 1},
        brief_bylines={by_hz_brief: 1}, credits=(cr_hz,), width=(18, 24), blank={"para": 1, "none": 1},
        indent=0.2, letterspace=0.1, stray_spaces=0.02, doubled=0.05, displaced=0.05, caption_pool=HZ_CAPTIONS,
        brief_pool=HZ_BRIEFS, brief_pool_share=0.7, paper_outlet="本报", weekday_no=1,
        labels={"column": ("各地供销", "系统动态"), "bullet": ("▪",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转第{n}版）"), cont_forms=("（上接第{n}版）", "（接第{n}版）"),
        plans=((["decklead", "hzfigures", "brief"], {"front": True, "turn": 0}),
               (["hzcomment", "deck", "photo"], {"blank": "every", "turn": 1}),
               (["continuation", "hztable", "briefcol"], {"page": 2, "turn": 2}),
               (["deck", "photo", "bare"], {"blank": "none"})),
        page_style="plain", sections=("要闻", "供销社", "农资")),
    fam("set59_f", "中国南水北调报", _ns_top, _ns_bottom, {by_ns: 1},
        brief_bylines={by_ns_brief: 1}, credits=(cr_ns,), width=(15, 21), blank={"para": 2, "every": 1},
        indent=0.3, letterspace=0.2, stray_spaces=0.03, doubled=0.1, displaced=0.1, caption_pool=NS_CAPTIONS,
        brief_pool=NS_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("基层传真", "沿线动态"), "bullet": ("◎",)},
        page_form="{n}版", jump_forms=("（下转{n}版）", "（转第{n}版）"), cont_forms=("（上接{n}版）", "（接第{n}版）"),
        plans=((["decklead", "nsfigures", "brief"], {"front": True, "turn": 1}),
               (["nslink", "nscomment"], {"blank": "none", "turn": 2}),
               (["continuation", "nsgroup", "briefcol"], {"page": 2, "turn": 0,
                                                         "group_credit": "本组图片由通讯员 {n} 摄"}),
               (["deck", "photo", "brief"], {"blank": "every"})),
        page_style="0", sections=("要闻", "工程", "综合")),
    fam("set59_g", "国际时报", _sw_top, _sw_bottom, {by_sw: 1},
        brief_bylines={by_sw_brief: 1}, credits=(cr_sw,), width=(14, 19), blank={"para": 1, "every": 1},
        indent=0.2, letterspace=0.0, stray_spaces=0.02, doubled=0.05, displaced=0.1, caption_pool=SW_CAPTIONS,
        brief_pool=SW_BRIEFS, brief_pool_share=0.8, paper_outlet="本报",
        labels={"column": ("省内简讯", "乡区短波"), "bullet": ("◇",)},
        page_form="B{n}", jump_forms=("（转B{n}）", "（下转B{n}版）"), cont_forms=("（接B{n}）", "（上接B{n}版）"),
        plans=((["decklead", "swweather", "brief"], {"front": True, "turn": 2}),
               (["swcomment", "photo", "briefcol"], {"blank": "none", "turn": 0}),
               (["continuation", "deck", "brief"], {"page": 2, "turn": 1}),
               (["swtalk", "bare", "photo"], {"blank": "every"})),
        page_style="A", sections=("诗巫新闻", "砂州新闻", "国内")),
]
