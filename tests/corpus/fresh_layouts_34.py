"""A thirty-fourth set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator on these pages.  Seven papers the corpus had not imitated (checked by name against the
development builders and gold, and against the held-back set only with a script that names this set's
candidate papers a held-back page also has): a district daily of Chongqing, a legal daily of Shanghai, a
securities weekly, a Macao daily, a provincial education paper, a literature weekly and a Chinese paper of
South Africa.  The family names say nothing of the papers (they are listed in blind.txt).

This set's pages are mostly of shapes the corpus had few or none of; at most two pages of a family follow
a page plan of the earlier sets (short items with no blank line between them, a long interview, photo news,
a lead read across with a brief and a jump line, page 2 carrying a story on).  The new shapes:

* a **three-level headline** (引题 / 主题 / 副题), each part broken over two lines;
* a story under an **编者按** (the label on its own line or glued to the note), its byline after the note;
* a **连载 instalment**: a 连载 label, the work's title and instalment number, the chapter head, `X 著`, a
  【前情提要】 and `（未完待续）`;
* a **court-notices page**: several 法院公告 one after the other, mostly with no blank line between them, each
  a court's title, a case number, the party's name opening the text, `特此公告。`, the court and the date;
* **notices of numbered clauses** (悬赏通告, 招标公告, 使馆提醒: `一、…` `二、…`);
* a **sponsored special page** (`本版由…协办` under the page's banner, its own foot line);
* a **listings table spanning the page** (a stock board, a score-line table), set wider than any column;
* a **disclosure page** of listed companies' notices (`证券代码：… 证券简称：… 公告编号：…` over the title,
  the board's pledge, numbered clauses, `特此公告。`, `…董事会` and the date);
* a **reader's letter with the editors' reply** (`编辑回复：`, `【编辑回复】`, `■记者回复`);
* a **人物名片 / 作家名片 box read across beside a profile**;
* a **package headline set in a side column** (a few characters a line, with its lead) read across the
  first story of the package;
* a **大事记 timeline box**;
* **numbered captions run together** under the pictures (`图①：… 图②：… 图③：…` in one block) and one
  credit line, shared or split by number.

Gold conventions are those of the README; new here (see the README section): the three parts of a
three-level headline are kicker, title and subtitle, each the two printed lines read as one; an 编者按 is the
first body paragraph of its story, its label a `heading`; a 连载 instalment is an `article` by its writer,
kicker the work's title and number, title the chapter head, 【前情提要】 a `heading`, `（未完待续）` a `jump`;
each court notice is an `article` naming no one (the case number its subtitle, court and date `byline`
lines); a notice of numbered clauses is an `infobox` (issuer and date bylines, names no one); a listed
company's notice is an `article` naming no one, its code line the kicker; a letter and its reply are one
`article` naming the reader, the reply's label a `heading`; a package head in a side column is an `article`
of its own (title the headline, body the lead) naming no one; a timeline, name card, book or table box is an
`infobox`; a run of numbered captions is one `photo`, its body the captions with their markers.

Seeds: FRESH34_SEED_BASE + FRESH34_SEED_STRIDE*family + 1_000*attempt + n (45_060_001 .. 45_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (captions, briefs,
rows, notices, notes, recaps, replies, heads and titles); names, figures, codes, phone numbers and addresses
are made up.
"""
from __future__ import annotations

import dataclasses
import datetime

from fresh_layouts_5 import _credit_turns
from fresh_layouts_9 import Fresh9Family
from fresh_layouts_33 import Fresh33Builder
from layout_kit import DATED, TRAIL, Above, Form, _turn, chosen, furniture, ln, masthead, opt, shown, turns
from synthesize import PUNCT_NO_START, Byline, Item, L, cn_date, phone, wrap

FRESH34_SEED_BASE = 45_000_000
FRESH34_SEED_STRIDE = 60_000

TALL_SOURCES = ("003-01", "004-01", "001-06", "003-07")  # long stories that print a subtitle
NOTE_LABELS = ("编者按：", "【编者按】", "■编者按", "编者按")
CN_NUM = "零一二三四五六七八九十"

# --------------------------------------------------------------------------- filler (written for this corpus)

# 永川日报 (set34_a)
YC_KICKERS = ["坚定不移推动高质量发展", "奋力谱写永川发展新篇章", "聚焦产业升级 激活发展动能"]
YC_NOTES = ["今年以来，我区持续推进城乡融合发展，一批重点项目落地见效。即日起，本报推出系列报道，走进项目现场，记录发展变化。",
            "产业兴则城市兴。本期起，本报开设专栏，聚焦企业转型升级的新做法、新成效，敬请关注。"]
YC_TAX = ["小规模纳税人月销售额未超过10万元的，免征增值税", "个人所得税综合所得年度汇算可通过个人所得税APP办理",
          "新办纳税人可在电子税务局一次办理多项涉税事项", "跨区域涉税事项报告可全程网上办理",
          "纳税信用A级纳税人可享受绿色通道服务"]
YC_TAX_QUESTIONS = ["个体工商户怎样申报经营所得？", "发票丢失了该怎么办？", "小微企业能享受哪些优惠？",
                    "在网上办税遇到问题找谁？"]
YC_RUNS = [("茶山竹海秋色浓", ["图①：游客在茶山竹海景区观景台拍照。", "图②：茶农在茶园里采摘秋茶。",
                           "图③：竹林间的步道上，市民在徒步。"]),
           ("职教城里技能兴", ["图①：学生在实训车间操作数控机床。", "图②：老师在指导学生调试无人机。",
                           "图③：技能大赛现场，选手在比拼焊接。"])]
YC_CAPTIONS = [("卫星湖街道，村民在采摘葡萄。", "葡萄熟了"), ("凤凰湖产业园，工人在生产线上组装零件。", ""),
               ("永川高铁站，旅客有序进站。", "出行有序"), ("大安街道，农机在田间收割水稻。", "")]
YC_BRIEFS = [("社区食堂开门迎客", "近日，一个社区食堂开门营业，辖区老人可在这里吃上实惠可口的饭菜。"),
             ("乡村篮球赛开赛", "日前，一届乡村篮球赛在一个镇的文化广场开赛，二十余支村队参赛。"),
             ("新建停车场投用", "近日，城区一处新建停车场投入使用，新增停车位三百余个。")]
YC_UNITS = ("永川区中山路街道", "永川区胜利路街道", "永川区来苏镇", "永川区仙龙镇", "永川区朱沱镇")

# 上海法治报 (set34_b)
SH_COURTS = [("上海市浦东新区人民法院", "0115"), ("上海市闵行区人民法院", "0112"), ("上海市徐汇区人民法院", "0104"),
             ("上海市宝山区人民法院", "0113"), ("上海市嘉定区人民法院", "0114"), ("上海市松江区人民法院", "0117")]
SH_NOTICE_FORMS = [  # (case type, text)
    ("民初", "本院受理原告{a}诉你民间借贷纠纷一案，因你下落不明，现依法向你公告送达起诉状副本、应诉通知书、举证通知书及开庭传票。"
    "自公告之日起经过三十日即视为送达。提出答辩状和举证的期限分别为公告期满后的十五日和三十日内。本案定于{when}上午九时"
    "在本院第{room}法庭公开开庭审理，逾期将依法缺席判决。"),
    ("民初", "本院审理原告{a}与你房屋租赁合同纠纷一案，现已审理终结。现依法向你公告送达本院民事判决书。自公告之日起六十日内来本院"
    "领取判决书，逾期则视为送达。如不服本判决，可在公告期满后十五日内向本院递交上诉状。"),
    ("民特", "本院受理申请人{a}申请宣告你失踪一案，现发出寻找你的公告。你本人或知你下落的有关人员，应在公告期间内将你的下落告知"
    "本院。公告期间为三个月，期满后本院将依法作出判决。"),
]
SH_REWARD = ("悬赏通告",
             "为尽快侦破一起系列盗窃电动自行车案件，现向社会公开征集线索，有关事项通告如下：",
             ["一、凡提供线索直接破案的，给予人民币五千元奖励", "二、凡协助抓获犯罪嫌疑人的，给予人民币一万元奖励",
              "三、对提供线索的群众，公安机关将严格保密", "四、线索提供截止时间为{b}"],
             "联系电话：{p}",
             "上海市公安局某某分局")
SH_TIPS = [["租房时应查验房屋产权证明", "押金和租金支付应保留凭证", "合同中应写明维修责任"],
           ["网购遇纠纷可先与平台协商", "保存好聊天记录和付款截图", "必要时可向消费者协会投诉"]]
SH_NOTES = ["社区是基层治理的“最后一公里”。本版推出“法治社区行”专栏，讲述身边的法治故事，敬请关注。",
            "民法典施行以来，越来越多的纠纷在诉前得到化解。本期起，本版推出系列报道，记录调解员的日常。"]
SH_QUESTIONS = ["诉前调解最难的是什么？", "年轻法官怎样积累审判经验？", "智慧法院给群众带来了哪些便利？",
                "遇到合同纠纷，普通人该做哪些准备？", "对普法工作有什么建议？"]
SH_CAPTIONS = [("民警在社区向居民讲解防诈骗知识。", "反诈宣传"), ("法官在巡回法庭开庭审理案件。", ""),
               ("调解员在调解室为当事人释法说理。", "诉前调解"), ("检察官走进校园开展法治讲座。", "")]
SH_BRIEFS = [("社区法律服务点揭牌", "近日，一个社区法律服务点揭牌，律师每周定期坐班。"),
             ("反诈宣传进菜场", "日前，民警走进农贸市场，向摊主和市民发放反诈宣传资料。"),
             ("模拟法庭开进校园", "近日，一场模拟法庭活动在一所中学举行，学生们扮演法官和律师。")]

# 证券市场红周刊 (set34_c)
HZ_SIDE = [("新能源车产业链的三季度成绩单", "电池、整车与零部件企业的业绩分化加剧，本期从三个环节看产业链的冷暖。"),
           ("高股息资产还能走多远", "在利率下行的背景下，高股息资产受到追捧，本刊记者走访多家机构，听听他们怎么说。")]
HZ_STOCKS = [("600851", "华岳科技"), ("002731", "江源股份"), ("300598", "启明智造"), ("688257", "北辰微电"),
             ("601377", "东海证券"), ("000736", "南山建材"), ("603219", "安泰药业"), ("300914", "云帆软件"),
             ("002486", "金石新材"), ("600935", "西岭能源"), ("301182", "卓越光电"), ("000598", "长河物流")]
HZ_NOTICES = [
    ("华岳科技股份有限公司", "华岳科技", "600851", "召开2024年第二次临时股东大会",
     ["一、会议召开时间：{a}下午14点30分", "二、会议召开地点：公司总部三楼会议室",
      "三、会议审议事项：关于变更部分募集资金用途的议案", "四、股权登记日：{b}"]),
    ("江源股份有限公司", "江源股份", "002731", "控股股东部分股份质押",
     ["一、本次质押股份数量为1200万股，占其所持股份的8.6%", "二、本次质押用于补充流动资金，不涉及业绩补偿义务",
      "三、控股股东资信状况良好，质押风险可控"]),
    ("启明智造股份有限公司", "启明智造", "300598", "获得政府补助",
     ["一、公司及子公司近日累计收到政府补助资金人民币2350万元", "二、上述补助与收益相关，将计入当期损益",
      "三、最终会计处理以年审会计师审计确认后的结果为准"]),
]
HZ_PLEDGE = "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。"
HZ_LETTER_TITLES = ["定投基金亏损了该不该停", "分红再投资怎样计算成本", "可转债到期前要注意什么"]
HZ_REPLIES = ["定投的意义在于分散买入时点，市场下跌时坚持投入，可以摊低持有成本。建议您结合自身的资金安排和风险承受能力，"
              "不要因为短期波动轻易中断。",
              "您提到的问题较有代表性。分红再投资后，持仓成本会相应变化，具体可在基金公司的客户端查询。如仍有疑问，可拨打基金公司客服电话咨询。",
              "可转债临近到期或触发强制赎回时，持有人应留意公司公告，及时选择转股或卖出，以免造成不必要的损失。"]
HZ_QUESTIONS = ["下半年最看好哪些行业？", "怎样看待近期市场的成交量？", "普通投资者如何控制回撤？",
                "您的选股框架是怎样的？", "对年轻投资者有什么忠告？"]
HZ_CAPTIONS = [("交易大厅里，投资者在查看行情。", "关注行情"), ("上市仪式上，公司代表敲响开市宝钟。", ""),
               ("投资者教育活动现场，讲师在讲解基金知识。", ""), ("生产车间里，工人在检测电池模组。", "车间一线")]
HZ_BRIEFS = [("多家券商发布中期策略", "近日，多家券商发布中期投资策略报告，普遍关注科技和消费板块。"),
             ("新发基金规模回升", "数据显示，上月新发基金规模环比回升，债券型基金占比较高。"),
             ("投资者保护宣传周启动", "日前，一年一度的投资者保护宣传周启动，各地开展形式多样的宣传活动。")]

# 濠江日报 (set34_d)
HJ_TIMELINE = ["1999年12月20日 澳门回归祖国，澳门特别行政区成立", "2002年 博彩经营权开放", "2005年 澳门历史城区列入世界遗产名录",
               "2009年 横琴开发纳入国家战略", "2018年 港珠澳大桥正式通车", "2021年 横琴粤澳深度合作区揭牌"]
HJ_TENDER = ("公开招标公告",
             "为改善社区休憩设施，现就下列工程进行公开招标，有关事项公告如下：",
             ["一、工程名称：某某公园休憩区改善工程", "二、招标方式：公开招标", "三、投标资格：在澳门特别行政区合法登记的建筑商",
              "四、领取招标文件：即日起至{b}，于办公时间内到本局领取", "五、截标时间：{b}下午五时"],
             "查询电话：{p}",
             "澳门特别行政区某某局")
HJ_CORRECTION = "本报昨日A3版《社区长者中心扩建完成》一文中，中心启用日期应为下月十日，特此更正，并向读者致歉。"
HJ_RUNS = [("大三巴前游人如织", ["图①：游客在大三巴牌坊前合影。", "图②：恋爱巷里，游客在拍照打卡。",
                            "图③：议事亭前地的街头艺人在表演。"]),
           ("社区长者乐游园", ["图①：长者在游园会上玩套圈游戏。", "图②：义工为长者量血压。", "图③：长者们在台上表演粤曲。"])]
HJ_CAPTIONS = [("氹仔旧城区，游客在品尝葡式蛋挞。", "街头美食"), ("西湾湖畔，市民在跑步锻炼。", ""),
               ("澳门科学馆内，学生在参观天象展。", "探索星空"), ("妈阁庙前，游客在参观。", "")]
HJ_BRIEFS = [("社区长者中心扩建完成", "近日，一间社区长者中心完成扩建，新增活动室和康复室。"),
             ("青年创业讲座举行", "日前，一场青年创业讲座在澳门举行，数十名青年参加交流。"),
             ("公共图书馆延长开放", "即日起，多间公共图书馆延长开放时间至晚上十时。")]

# 教育导报 (set34_e)
JY_NOTES = ["“双减”政策落地以来，课后服务成为学校教育的重要组成部分。本期聚焦一所乡村学校的探索，供读者参考。",
            "乡村教师是乡村教育的脊梁。本报今起推出系列报道，记录扎根山区的教师们的故事，敬请关注。"]
JY_SCORES = [("成都某某中学", 598), ("绵阳某某中学", 605), ("德阳某某中学", 571), ("南充某某中学", 566), ("宜宾某某中学", 560),
             ("乐山某某中学", 574), ("泸州某某中学", 563), ("达州某某中学", 555), ("自贡某某中学", 568), ("眉山某某中学", 559)]
JY_CARD = ["从教年限：{y}年", "任教学科：{s}", "所获荣誉：省级优秀教师、市级骨干教师", "教育格言：让每个孩子都被看见"]
JY_SUBJECTS = ("初中语文", "小学数学", "高中物理", "初中英语", "小学科学")
JY_LETTER_TITLES = ["孩子沉迷手机怎么办", "孩子不愿意上兴趣班", "初三孩子压力大，家长怎样帮"]
JY_REPLIES = ["孩子使用手机并非洪水猛兽，关键在于约定和陪伴。建议您和孩子一起商量使用时间，同时多安排亲子活动，让孩子在现实生活中找到乐趣。",
              "兴趣班的意义在于培养兴趣，而不是增加负担。不妨先听听孩子的想法，给孩子一些选择的空间。",
              "面对升学压力，家长首先要稳住自己的情绪。多倾听、少说教，帮助孩子合理安排作息，必要时可寻求学校心理老师的帮助。"]
JY_NOTICE = ("招考公告",
             "根据工作需要，现面向社会公开招聘中小学教师，有关事项公告如下：",
             ["一、招聘岗位：语文、数学、英语等学科教师共48名", "二、报名条件：具有相应教师资格证书",
              "三、报名时间：{a}至{b}", "四、报名方式：网上报名"],
             "咨询电话：{p}",
             "某某县教育和体育局")
JY_CAPTIONS = [("课间，学生们在操场上跳绳。", "快乐课间"), ("实验室里，老师在指导学生做实验。", ""),
               ("乡村学校的图书室里，孩子们在阅读。", "书香校园"), ("校园运动会上，学生在进行接力赛。", "")]
JY_BRIEFS = [("乡村少年宫开放", "近日，一所乡村学校的少年宫开放，学生课后可参加书法、舞蹈等活动。"),
             ("教师技能大赛落幕", "日前，一届中小学教师教学技能大赛落幕，数十名教师获奖。"),
             ("校园食堂实行明厨亮灶", "近日，一个县的中小学食堂全部实行明厨亮灶，家长可在线查看。")]
JY_UNITS = ("某某县教育局", "某某区教育局", "某某中学", "某某小学")

# 文学报 (set34_f)
WX_WORKS = ["《江岸灯火》", "《山那边的学校》", "《老街旧事》"]
WX_CHAPTERS = ["第十二章 渡口", "第七章 回乡", "第二十一章 春汛", "第九章 茶山"]
WX_RECAPS = ["上期说到，主人公在渡口遇见了多年未见的老同学，两人约定第二天一起回村看看。",
             "上期说到，新来的老师在山村小学安顿下来，第一次走进了只有十几个学生的教室。",
             "上期说到，老街要拆迁的消息传开，街坊们议论纷纷。"]
WX_CARD = ["{n}，{y}年生，某某省作家协会会员", "主要作品：长篇小说《{a}》《{b}》", "曾获某某文学奖、某某散文奖"]
WX_BOOK_NAMES = ("河流的记忆", "远山", "灯下", "石桥", "风过平原", "南方的雨")
WX_BOOKS = ["《{t}》 {n} 著 某某文艺出版社 定价{p}元", "《{t}》 {n} 著 某某人民出版社 定价{p}元",
            "《{t}》 {n} 编 某某书局 定价{p}元", "《{t}》 {n} 著 某某出版社 定价{p}元"]
WX_SIDE = [("纪念一位乡土作家", "他的文字扎根土地，写尽了一个村庄的悲欢。本期约请三位作者，谈谈他们心中的这位作家。"),
           ("城市与文学", "城市是现代文学的重要主题。本期三篇文章，从不同角度讨论城市书写。")]
WX_QUESTIONS = ["这部小说的构思用了多长时间？", "您笔下的人物有原型吗？", "写作中最难的是哪一部分？",
                "您怎么看待网络文学？", "接下来有什么写作计划？"]
WX_CAPTIONS = [("读者在书店里选购新书。", "书香"), ("作家在新书分享会上与读者交流。", ""),
               ("图书馆里，读者在安静阅读。", "阅读时光"), ("文学讲座现场座无虚席。", "")]
WX_BRIEFS = [("青年作家改稿会举行", "近日，一期青年作家改稿会举行，二十余位青年作者参加。"),
             ("儿童文学作品研讨会召开", "日前，一部儿童文学作品研讨会召开，与会专家进行了研讨。"),
             ("诗歌朗诵会走进社区", "近日，一场诗歌朗诵会在社区文化中心举行，居民们踊跃参与。")]

# 非洲时报 (set34_g)
FZ_REMIND = ("使馆提醒",
             "近期，约翰内斯堡等地接连发生针对中国公民的抢劫案件。中国驻南非使馆提醒在南中国公民：",
             ["一、尽量避免夜间单独外出，不要携带大量现金", "二、驾车时锁好车门，不要在车内放置贵重物品",
              "三、遇到抢劫时以人身安全为重，切勿反抗", "四、遇到紧急情况，请及时报警并与使馆联系"],
             "领事保护与协助电话：{p}",
             "中国驻南非使馆")
FZ_TIMELINE = ["1994年 侨团筹备成立", "2001年 开办中文补习学校", "2008年 设立助学基金", "2015年 新会馆落成",
               "2024年 举办成立三十周年庆典"]
FZ_LETTER_TITLES = ["办理工作签证要准备什么", "孩子想上中文学校去哪里报名", "回国探亲需要注意什么"]
FZ_REPLIES = ["工作签证所需材料较多，建议您提前向南非内政部或专业机构咨询，并留意最新政策。",
              "约翰内斯堡及周边有多所周末中文学校，您可以联系当地侨团了解报名时间和课程安排。",
              "回国前请确认护照有效期，并关注国内及航空公司的最新规定，提前预订机票。"]
FZ_RUNS = [("侨社迎中秋", ["图①：侨胞们在联欢会上表演舞龙。", "图②：孩子们在制作花灯。", "图③：侨团负责人为长者送上月饼。"]),
           ("中文学校开学了", ["图①：学生们在教室里朗读课文。", "图②：老师在辅导学生写汉字。", "图③：家长送孩子到校。"])]
FZ_CAPTIONS = [("约翰内斯堡唐人街，侨胞在选购年货。", "唐人街"), ("开普敦桌山脚下，游客在观景。", ""),
               ("比勒陀利亚，中资企业员工在工地施工。", "工地一线"), ("德班海滩，冲浪爱好者在踏浪。", "")]
FZ_BRIEFS = [("侨团向学校捐赠文具", "近日，一个侨团向当地一所小学捐赠了一批文具和书包。"),
             ("中餐厅开展义卖", "日前，几家中餐厅联合开展义卖活动，所得款项捐给当地慈善机构。"),
             ("中文演讲比赛落幕", "近日，一届中文演讲比赛在约翰内斯堡落幕，各中文学校学生参赛。")]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_yc = chosen(Above("本报记者 {0!l}"), Above("永川日报全媒体记者 {0!l} 通讯员 {1}", 2), Above("通讯员 {0!l}"),
               turn="by", drawn=2)
by_yc_brief = turns(Form("本报讯（记者 {0}）"), Form("（{c0} {0}）", choices=(YC_UNITS,), **TRAIL))

by_sh = chosen(Above("□记者 {0!l}"), Above("本报记者 {0!l} 通讯员 {1}", 2), Above("记者 {0!l} 见习记者 {1}", 2),
               turn="by", drawn=2)
by_sh_brief = turns(Form("本报讯（记者 {0}）", line_share=0.3), Form("（通讯员 {0}）", **TRAIL))

by_hz = chosen(Above("本刊记者 {0!l}"), Above("文/红周刊记者 {0!l}"), Above("红周刊特约作者 {0!l}"), turn="by")
by_hz_brief = turns(Form("（红周刊记者 {0}）", **TRAIL), Form("（{0}）", **TRAIL))

by_hj = chosen(Above("本报记者 {0!l}"), Above("记者 {0!l} 澳门报道"), Form("【本报讯】", 0, hint="plain"), turn="by")
by_hj_brief = turns(Form("（本报记者 {0}）", **TRAIL), Form("本报讯", 0))

by_jy = chosen(Above("本报记者 {0!l}"), Above("本报记者 {0!l} 通讯员 {1}", 2), Above("□特约通讯员 {0!l}"),
               turn="by", drawn=2)
by_jy_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{c0} {0}）", choices=(JY_UNITS,), **TRAIL))

by_wx = chosen(Above("本报记者 {0!l}"), Above("□{0}"), Above("记者 {0!l} 实习生 {1}", 2), turn="by", drawn=2)
by_wx_brief = turns(Form("本报讯（记者 {0}）"), Form("（{0}）", **TRAIL))

by_fz = chosen(Above("本报记者 {0!l} 约翰内斯堡报道"), Above("非洲时报记者 {0!l}"), Above("本报特约记者 {0!l} 开普敦报道"),
               turn="by")
by_fz_brief = turns(Form("（记者 {0}）", **TRAIL), Form("（本报综合）", 0, **TRAIL))


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_yc = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "（永川区融媒体中心供图）"))
cr_sh = _credit_turns(("记者 {n} 摄", "（警方供图）", "（{n} 摄）"))
cr_hz = _credit_turns(("本刊记者 {n} 摄", "（视觉中国供图）", "（受访者供图）"))
cr_hj = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "（资料图片）"))
cr_jy = _credit_turns(("本报记者 {n} 摄", "（学校供图）", "（{n} 摄）"))
cr_wx = _credit_turns(("（{n} 摄）", "（资料图片）", "本报记者 {n} 摄"))
cr_fz = _credit_turns(("本报记者 {n} 摄", "（侨团供图）", "（{n} 摄）"))


# --------------------------------------------------------------------------- builder


def _halves(rng, text):
    """A headline part broken over two lines: at its space, else near its middle (never before a mark
    that may not open a line)."""
    if " " in text:
        a, b = text.split(" ", 1)
        return [a, b]
    if len(text) < 6:
        return [text]
    mid = len(text) // 2
    cut = rng.randrange(mid - 2, mid + 3)
    while cut < len(text) - 1 and text[cut] in PUNCT_NO_START:
        cut += 1
    return [text[:cut], text[cut:]]


HEAD_ROLES = ("kicker", "title", "subtitle")


def _after_head(chunks):
    """Where the lines under a headline start: after the head's chunks, or at the top when the head
    stands after the text."""
    k = 0
    while k < len(chunks) and chunks[k] and chunks[k][0].role in HEAD_ROLES:
        k += 1
    return k


class Fresh34Builder(Fresh33Builder):

    def __init__(self, family, seed, n):
        super().__init__(family, seed, n)
        if "section" in self.opts:  # a special page prints its own name as the section
            self.ctx.section = self.opts["section"]

    # -------------------------------------------------------------- shared shapes

    def slot_banner(self):
        """A special page's banner lines (furniture): one of the page's `banner` choices."""
        return self.furniture(*self.rng.choice(self.opts["banner"]))

    def slot_foot(self):
        """A special page's own foot line (furniture)."""
        return self.furniture(self.rng.choice(self.opts["foot"]))

    def tall_story(self, kickers, jump=False):
        """A story under a three-level headline (引题, 主题, 副题), each part broken over two lines; the
        kicker the source's own, else one written for the family."""
        rng = self.rng
        src, body = self.long_source(ids=TALL_SOURCES)
        kicker = src.get("kicker") or self.uniq(kickers, "kicker")
        subtitle = src["subtitle"]
        if not subtitle.startswith("——") and rng.random() < 0.4:
            subtitle = "——" + subtitle
        byfn, roles = self.styled(self.family.bylines), {}
        if jump:
            byfn, _ = self.with_jump(byfn)
            roles = {"after_role": "jump", "trail_role": "jump"}
        item = self.art(src, body, byfn, **roles)
        head = [[L(x, role) for x in _halves(rng, text)]
                for role, text in (("kicker", kicker), ("title", src["title"]), ("subtitle", subtitle))]
        at = next(k for k, c in enumerate(item.chunks) if c and c[0].role == "title")
        item.chunks[at:at + 1] = head
        item.kicker, item.subtitle, item.printed_title = kicker, subtitle, src["title"]
        return item

    def noted_story(self, notes):
        """A story under an 编者按: the label on its own line or glued to the note, the note under the
        headline, the byline under the note."""
        rng = self.rng
        src, body = self.long_source(headings=rng.random() < 0.5)
        kicker, subtitle = self.stack(src)
        item = self.art(src, body, self.styled(self.family.bylines), kicker=kicker, subtitle=subtitle)
        note, label = self.uniq(notes, "note"), rng.choice(NOTE_LABELS)
        width = self.w()
        if label.endswith("：") or rng.random() < 0.4:
            note_chunks = [self.para_lines([("heading", label), ("body", note)], width)]
        else:
            note_chunks = [[L(label, "heading")], self.para_lines(note, width)]
        at = _after_head(item.chunks)
        item.chunks[at:at] = note_chunks
        item.body = [("paragraph", note)] + item.body
        return item

    def serial(self, works, chapters, recaps, labels):
        """A 连载 instalment: the label (furniture), the work's title and number, the chapter head, the
        writer, a 【前情提要】, the text and （未完待续）."""
        rng, ctx = self.rng, self.ctx
        src, body = self.long_source(headings=False)
        body = body[:rng.choice((3, 4, 5))]
        no = rng.randrange(6, 40)
        work = self.uniq(works, "work")
        kicker = rng.choice((f"{work}（{no}）", f"长篇小说{work}连载之{no}", f"{work}（连载{no}）"))
        name = ctx.name()
        sign = rng.choice(("□ {0} 著", "{0}/著", "作者：{0}", "{0} 著")).format(shown(ctx, name))
        mark = rng.choice(("（未完待续）", "（待续）"))
        glued = rng.random() < 0.4
        byfn = lambda c, i: Byline([name], before=[sign], trail=mark if glued else "",  # noqa: E731
                                   after=[] if glued else [mark])
        if rng.random() < 0.7:
            body = [("heading", rng.choice(("【前情提要】", "前情提要", "■上期回顾"))), ("paragraph", self.uniq(recaps, "recap"))] + body
        it = self.art({"title": self.uniq(chapters, "chapter")}, body, byfn, kicker=kicker, after_role="jump",
                      trail_role="jump")
        return [self.furniture(rng.choice(labels)), it]

    def court_notices(self, labels, courts, forms):
        """A page of court notices, mostly with no blank line between them: each the court's title, the
        case number, the party's name opening the text, 特此公告。, the court and the date."""
        rng, ctx = self.rng, self.ctx
        entries = [self.furniture(rng.choice(labels))]
        n = rng.choice((3, 4))
        joined = rng.random() < 0.7
        for k in range(n):
            court, code = self.uniq(courts, "court")
            item = Item("article")
            head = self.headline(item, f"{court}公告")
            kind, form = self.uniq(forms, "form")
            case = f"（2024）沪{code}{kind}{rng.randrange(1000, 29999)}号"
            if rng.random() < 0.8:
                head.append([L(case, "subtitle")])
                item.subtitle = case
            party, other = ctx.name(), ctx.name()
            when = cn_date(ctx.date + datetime.timedelta(days=rng.randrange(40, 70)))
            text = form.format(a=other, when=when, room=rng.randrange(1, 30))
            paras = [f"{party}：{text}", "特此公告。"]
            width = self.w()
            chunks = head + [self.para_lines(p, width) for p in paras]
            chunks.append([L(court, "byline"), L(cn_date(ctx.date), "byline")])
            item.body, item.chunks, item.kind = [("paragraph", p) for p in paras], chunks, "article"
            item.tight, item.joined = True, joined and k < n - 1
            entries.append(item)
        return entries

    def wide_table(self, labels, titles, headers, rows, notes):
        """A listings table spanning the page: its label (kicker), a title, the column heads and rows set
        wider than any column, a note or source line (credit)."""
        rng = self.rng
        item = self.box(rng.choice(labels), [rng.choice(headers)] + rows, title=rng.choice(titles),
                        decorations=("", "■", "【{}】"), width=rng.randrange(34, 46))
        item.chunks.append([L(rng.choice(notes), "credit")])
        return item

    def disclosures(self, labels, notices, pledge):
        """A disclosure page: listed companies' notices, each under its code line, the board's pledge,
        numbered clauses, 特此公告。, the board and the date."""
        rng, ctx = self.rng, self.ctx
        entries = [self.furniture(rng.choice(labels))]
        n = rng.choice((2, 3))
        tight = rng.random() < 0.5
        for k in range(n):
            company, short, code, matter, clauses = self.uniq(notices, "co")
            item = Item("article")
            no = rng.randrange(12, 80)
            code_line = rng.choice((f"证券代码：{code} 证券简称：{short} 公告编号：2024-{no:03d}",
                                    f"证券代码：{code}　证券简称：{short}　编号：临2024-{no:03d}"))
            head = self.headline(item, f"{company}关于{matter}的公告", kicker=code_line)
            meeting, record = (ctx.date + datetime.timedelta(days=d) for d in (rng.randrange(16, 25), rng.randrange(8, 12)))
            rows = [c.format(a=cn_date(meeting), b=cn_date(record)) for c in clauses]
            paras = [pledge] + rows + ["特此公告。"]
            width = self.w()
            chunks = head + [self.para_lines(p, width) for p in paras]
            chunks.append([L(f"{company}董事会", "byline"), L(cn_date(ctx.date), "byline")])
            item.body, item.chunks, item.kind = [("paragraph", p) for p in paras], chunks, "article"
            item.tight, item.joined = tight, tight and k < n - 1
            entries.append(item)
        return entries

    def letter_reply(self, labels, titles, places, replies, reply_labels, sign_forms):
        """A reader's letter and the editors' reply, one item: the letter's title, its text, the reader's
        signature (a line under it, or in brackets closing it), the reply's label and the reply."""
        rng, ctx = self.rng, self.ctx
        entries = [self.furniture(rng.choice(labels))]
        for k in range(rng.choice((1, 2))):
            _, body = self.short_text(220, 480)
            name, place = ctx.name(), rng.choice(places)
            item = Item("article")
            head = self.headline(item, self.uniq(titles, "letter"))
            width = self.w()
            sign = rng.choice(sign_forms).format(place=place, n=name)
            chunks = head
            for j, (_, text) in enumerate(body):
                last = j == len(body) - 1
                segs = [("body", text)] + ([("credit", f"（{place} {name}）")] if last and not sign else [])
                chunks.append(self.para_lines(segs, width))
            if sign:
                chunks.append([L(sign, "byline")])
            label, reply = rng.choice(reply_labels), self.uniq(replies, "reply")
            if label.endswith("："):
                chunks.append(self.para_lines([("heading", label), ("body", reply)], width))
            else:
                chunks += [[L(label, "heading")], self.para_lines(reply, width)]
            item.authors = [name]
            item.body = list(body) + [("paragraph", reply)]
            item.chunks, item.kind = chunks, "article"
            entries.append(item)
        return entries

    def profile_pair(self, labels, rows):
        """A profile read across with a name-card box beside it."""
        rng = self.rng
        src, body = self.long_source()
        kicker, subtitle = self.stack(src)
        story = self.art(src, body, self.styled(self.family.bylines), kicker=kicker, subtitle=subtitle)
        card = self.box(rng.choice(labels), rows, decorations=("", "■", "【{}】"), width=rng.randrange(10, 16))
        return self.pair(story, card)

    def side_package(self, heads, labels=()):
        """A package headline set in a side column (a few characters a line) with its lead, read across
        the first story of the package; two or three short stories in all."""
        rng = self.rng
        title, lead = self.uniq(heads, "side")
        head = Item("article")
        step = rng.choice((2, 3, 4))
        head.title = head.printed_title = title
        head.body, head.kind = [("paragraph", lead)], "article"
        head_lines = [L(title[i:i + step], "title") for i in range(0, len(title), step)]
        lead_lines = [L(x, "body") for x in wrap(lead, rng.randrange(5, 9))]
        stories = []
        for _ in range(rng.choice((2, 3))):
            src, body = self.brief_source()
            stories.append(self.fresh_article(src, body, self.family.bylines, kicker="", subtitle=""))
        # the headline's lines come out whole, then the lead's lines alternate with the first story's
        story = stories[0]
        story_lines = [x for c in story.chunks for x in c]
        for x in story_lines:
            x.item = story
        mixed, i, j = list(head_lines), 0, 0
        while i < len(lead_lines) or j < len(story_lines):
            k = rng.choice((1, 1, 2))
            mixed += lead_lines[i:i + k]
            i += k
            k = rng.choice((1, 1, 2))
            mixed += story_lines[j:j + k]
            j += k
        head.chunks, story.chunks = [mixed], []
        entries = [self.furniture(rng.choice(labels))] if labels else []
        return entries + [head] + stories

    def caption_run(self, groups, credits):
        """Numbered captions run together in one block under the pictures (`图①：… 图②：…`), maybe under a
        title, and one credit line, shared or split by number."""
        rng, ctx = self.rng, self.ctx
        title, captions = self.uniq(groups, "run")
        item = Item("photo")
        chunks = []
        if rng.random() < 0.5:
            chunks.append([L(title, "title")])
            item.title = item.printed_title = title
        text = rng.choice(("", " ", "\u3000")).join(captions)
        width = rng.randrange(*self.family.caption_width)
        chunks.append([L(x, "caption") for x in wrap(text, width, justified=self.family.justified)])
        a, b = ctx.name(), ctx.name()
        if rng.random() < 0.6:
            credit, item.photographers = rng.choice(credits).format(n=shown(ctx, a)), [a]
        else:
            credit, item.photographers = f"图①②由本报记者 {a} 摄 图③由通讯员 {b} 摄", [a, b]
        chunks.append([L(credit, "credit")])
        item.body, item.chunks = [("caption", c) for c in captions], chunks
        return item

    def card_rows(self, form, **fields):
        return [row.format(**fields) for row in form]

    # -------------------------------------------------------------- set34_a 永川日报

    def slot_yclead(self):
        return self.tall_story(YC_KICKERS, jump=True)

    def slot_ycnoted(self):
        return self.noted_story(YC_NOTES)

    def slot_yctax(self):
        return self.tips(("税收小知识", "办税指南"), [YC_TAX[:3], YC_TAX[2:]], title="这些政策请收好" if self.rng.random() < 0.5 else "")

    def slot_ycqa(self):
        return self.staff_qa(YC_TAX_QUESTIONS, None, kicker_share=0.0)

    def slot_ycrun(self):
        return self.caption_run(YC_RUNS, ("本组图片由本报记者 {n} 摄", "本版图片均由记者 {n} 摄"))

    # -------------------------------------------------------------- set34_b 上海法治报

    def slot_shreward(self):
        return self.notice_box(*SH_REWARD[:3], SH_REWARD[3].format(p=phone(self.rng, "021")), SH_REWARD[4])

    def slot_shcourts(self):
        return self.court_notices(("法院公告", "公告专栏", "法 院 公 告"), SH_COURTS, SH_NOTICE_FORMS)

    def slot_shnoted(self):
        return self.noted_story(SH_NOTES)

    def slot_shtips(self):
        return self.tips(("法律小贴士", "律师提醒"), SH_TIPS, title="")

    def slot_shqa(self):
        return self.staff_qa(SH_QUESTIONS, ("记者：", "法治报："))

    # -------------------------------------------------------------- set34_c 证券市场红周刊

    def slot_hzside(self):
        return self.side_package(HZ_SIDE, ("封面文章", "本期封面"))

    def slot_hzboard(self):
        rng = self.rng
        rows = []
        for code, name in rng.sample(HZ_STOCKS, rng.randrange(8, 12)):
            price = rng.randrange(500, 9000) / 100
            rows.append(f"{code} {name} {price:.2f} {rng.randrange(-1000, 2000) / 100:+.2f}% {rng.randrange(50, 2500) / 100:.2f}%")
        rows.sort(key=lambda r: -float(r.split(" ")[3].rstrip("%")))
        return self.wide_table(("周涨幅榜", "本周行情"), ("本周涨幅居前个股", "一周个股涨跌幅排行"),
                               ("代码 简称 收盘价（元） 周涨跌幅 换手率", "证券代码 证券简称 收盘 涨跌幅 换手率"), rows,
                               ("注：数据截至本周五收盘，仅供参考", "数据来源：红周刊数据中心"))

    def slot_hzdisclose(self):
        return self.disclosures(("信息披露", "公告摘要", "信 息 披 露"), HZ_NOTICES, HZ_PLEDGE)

    def slot_hzletter(self):
        return self.letter_reply(("读者信箱", "投资者之声"), HZ_LETTER_TITLES, ("北京", "杭州", "武汉", "西安"), HZ_REPLIES,
                                 ("编辑回复：", "【编辑回复】", "■记者回复"), ("{place}读者 {n}", "读者 {n}（{place}）", ""))

    def slot_hzqa(self):
        return self.staff_qa(HZ_QUESTIONS, ("红周刊：", "记者："))

    # -------------------------------------------------------------- set34_d 濠江日报

    def slot_hjtimeline(self):
        rng = self.rng
        rows = HJ_TIMELINE[:rng.choice((4, 5, 6))]
        return self.rows_box(("大事记", "大 事 记"), rows, title="回归以来大事记" if rng.random() < 0.5 else "")

    def slot_hjfeature(self):
        """A feature read across with the timeline box beside it."""
        src, body = self.long_source()
        kicker, subtitle = self.stack(src)
        story = self.art(src, body, self.styled(self.family.bylines), kicker=kicker, subtitle=subtitle)
        return self.pair(story, self.slot_hjtimeline())

    def slot_hjtender(self):
        title, intro, rows, closing, issuer = HJ_TENDER
        return self.notice_box(title, intro, rows, closing.format(p=f"2833 {self.rng.randrange(1000, 9999)}"), issuer)

    def slot_hjcorrection(self):
        item = Item("article")
        head = self.headline(item, self.rng.choice(("更正启事", "更正")))
        item.body = [("paragraph", HJ_CORRECTION)]
        item.chunks = head + [self.para_lines(HJ_CORRECTION, self.w()), [L("本报编辑部", "byline")]]
        item.kind = "article"
        return item

    def slot_hjrun(self):
        return self.caption_run(HJ_RUNS, ("本组图片由本报记者 {n} 摄", "（本报记者 {n} 摄）"))

    # -------------------------------------------------------------- set34_e 教育导报

    def slot_jynoted(self):
        return self.noted_story(JY_NOTES)

    def slot_jyscores(self):
        rng = self.rng
        rows = []
        for school, line in rng.sample(JY_SCORES, rng.randrange(7, 10)):
            rows.append(f"{school} {line + rng.randrange(-8, 9)} {line - rng.randrange(20, 60)} {rng.randrange(120, 900)}")
        return self.wide_table(("录取分数线", "招生信息"), ("部分普通高中统招录取分数线", "今年部分学校录取最低分数线"),
                               ("学校 统招线 指标到校线 招生计划", "学校名称 统招 指标到校 计划数"), rows,
                               ("注：以各地招生考试机构公布为准", "数据来源：各市（州）招生考试机构"))

    def slot_jynotice(self):
        title, intro, rows, closing, issuer = JY_NOTICE
        return self.notice_box(title, intro, rows, closing.format(p=phone(self.rng, "0817")), issuer)

    def slot_jyprofile(self):
        rng, ctx = self.rng, self.ctx
        rows = [f"{ctx.name()}"] + self.card_rows(JY_CARD, y=rng.randrange(12, 32), s=rng.choice(JY_SUBJECTS))
        return self.profile_pair(("名师名片", "人物名片"), rows)

    def slot_jyletter(self):
        return self.letter_reply(("家长来信", "家教信箱"), JY_LETTER_TITLES, ("成都", "绵阳", "南充", "宜宾"), JY_REPLIES,
                                 ("编辑回复：", "【专家回复】", "■编辑回复"), ("{place}家长 {n}", ""))

    # -------------------------------------------------------------- set34_f 文学报

    def slot_wxprofile(self):
        rng, ctx = self.rng, self.ctx
        a, b = rng.sample(WX_BOOK_NAMES, 2)
        rows = self.card_rows(WX_CARD, n=ctx.name(), y=rng.randrange(1955, 1990), a=a, b=b)
        return self.profile_pair(("作家名片", "作者简介"), rows)

    def slot_wxbooks(self):
        rng, ctx = self.rng, self.ctx
        names = rng.sample(WX_BOOK_NAMES, 3)
        rows = [rng.choice(WX_BOOKS).format(t=t, n=ctx.name(), p=rng.randrange(38, 89)) for t in names]
        return self.rows_box(("新书推荐", "书讯"), rows, title="本期新书" if rng.random() < 0.4 else "")

    def slot_wxserial(self):
        return self.serial(WX_WORKS, WX_CHAPTERS, WX_RECAPS, ("长篇连载", "连载", "连 载"))

    def slot_wxside(self):
        return self.side_package(WX_SIDE, ("专题", "新作评论"))

    def slot_wxqa(self):
        return self.staff_qa(WX_QUESTIONS, ("文学报：", "记者："))

    # -------------------------------------------------------------- set34_g 非洲时报

    def slot_fzremind(self):
        title, intro, rows, closing, issuer = FZ_REMIND
        return self.notice_box(title, intro, rows, closing.format(p=f"+27 12 {self.rng.randrange(100, 999)} {self.rng.randrange(1000, 9999)}"),
                               issuer)

    def slot_fzletter(self):
        return self.letter_reply(("读者来信", "侨胞信箱"), FZ_LETTER_TITLES, ("约堡", "开普敦", "德班"), FZ_REPLIES,
                                 ("编辑回复：", "【编辑回复】"), ("{place}读者 {n}", ""))

    def slot_fzrun(self):
        return self.caption_run(FZ_RUNS, ("本组图片由本报记者 {n} 摄", "图片均由 {n} 提供"))

    def slot_fztall(self):
        return self.tall_story(("侨社同心 共襄发展",))

    def slot_fztimeline(self):
        rng = self.rng
        rows = FZ_TIMELINE[:rng.choice((4, 5))]
        return self.rows_box(("大事记", "侨团大事记"), rows, title="三十年风雨同舟" if rng.random() < 0.5 else "")


# --------------------------------------------------------------------------- furniture


def _mo_phone(ctx):
    return f"2833 {ctx.rng.randrange(1000, 9999)}"


def _za_phone(ctx):
    return f"011 {ctx.rng.randrange(200, 999)} {ctx.rng.randrange(1000, 9999)}"


# 永川日报: the front's date stands in its foot; inner pages the paper and page over the date, or one line
_yc_top = furniture(
    (0.5, [ln("永川日报 {sec}", paper=True), ln("第{n}版", page="{n}"), DATED]),
    [ln("{y}年{m}月{d}日 {wd} 第{n}版 责任编辑 {name}", date=True, page="{n}")],
    front=[masthead("永川日报"), "中共重庆市永川区委机关报", "永川日报社出版 第{no:7000-7999}期 今日{pages}版",
           "国内统一连续出版物号 CN 50-0000"])
_yc_bottom = furniture((0.5, ["新闻热线：{tel:023}", "扫码下载“永川发布”客户端"]),
                       ["地址：重庆市永川区某某大道{no:10-99}号 邮编 402160"],
                       front=[ln("{date} {wd} 农历{slunar}", date=True), "新闻热线：{tel:023} 广告热线：{tel:023}"])


_sh_top = furniture(
    (0.5, [ln("A{n} {sec}", page="A{n}"), ln("上海法治报 {date} {wd}", paper=True, date=True), "责任编辑 {name} 美编 {name}"]),
    [ln("{y}年{m}月{d}日 {wd} 上海法治报 {sec} A{n}", paper=True, date=True, page="A{n}")],
    front=[masthead("上海法治报"), "上海报业集团主管主办", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:27000-27999}期 今日{pages}版 国内统一连续出版物号 CN 31-0000", "法律咨询热线 {tel:021}"])
_sh_bottom = furniture((0.5, ["本报地址：上海市某某路{no:100-999}号 邮编200000", "律师在线：{tel:021}"]),
                       ["扫码关注上海法治报微信公众号"])

_hz_top = furniture(
    (0.5, [ln("证券市场红周刊 | {sec} {n:02d}", paper=True, page="{n:02d}"), ln("{y}.{m:02d}.{d:02d}", date=True)]),
    [ln("{n:02d} {sec}", page="{n:02d}"), ln("证券市场红周刊 {date}", paper=True, date=True), "编辑 {name} 美编 {name}"],
    front=[masthead("证券市场红周刊"), ln("{date} {wd}", date=True), "第{no:2000-2999}期 本期{pages}版 国内统一连续出版物号 CN 11-0000",
           "www.example.cn"])
_hz_bottom = furniture((0.5, ["本刊所载内容仅供参考，据此入市，风险自担", "读者热线：{tel:010}"]),
                       [ln("证券市场红周刊 {y}年{m}月{d}日", paper=True, date=True), "投稿邮箱：hzk@example.cn"])

_hj_top = furniture(
    (0.5, [ln("濠江日报 {date} {wd}", paper=True, date=True), ln("{sec} 第{n}版", page="{n}")]),
    [ln("第{n}版 {sec}", page="{n}")],
    front=[masthead("濠江日报"), "澳门出版", ln("{date} {wd} 农历{slunar}", date=True), "第{no:10000-10999}号 今日出纸{pages}版"])
_hj_bottom = furniture((0.5, ["社址：澳门某某街{no:10-99}号 电话：{motel} 传真：{motel}"]),
                       [DATED, "编辑部电话：{motel}"], fields={"motel": _mo_phone})

_jy_top = furniture(
    (0.5, [ln("教育导报 {date}", paper=True, date=True), ln("第{n}版 {sec}", page="{n}"), "主编 {name} 责任编辑 {name}"]),
    [ln("{sec} {n:02d}", page="{n:02d}")],
    front=[masthead("教育导报"), "四川省教育厅主管 教育导报社主办", ln("{date} {wd}", date=True),
           "第{no:3000-3999}期 今日{pages}版 国内统一连续出版物号 CN 51-0000"])
_jy_bottom = furniture((0.5, ["教育热线：{tel:028}", "扫码关注教育导报微信公众号"]),
                       [ln("{y}年{m}月{d}日 {wd}", date=True), "责任编辑 {name} 校对 {name}"])

_wx_top = furniture(
    (0.5, [ln("文学报 {date} 第{n}版 · {sec}", paper=True, date=True, page="{n}")]),
    [ln("{n} {ssec}", page="{n}"), "责任编辑 {name}"],
    front=[masthead("文学报"), "上海市作家协会主管主办", ln("{date} {wd}", date=True), "每周四出版 第{no:2000-2999}期 本期{pages}版"])
_wx_bottom = furniture((0.5, [ln("文学报 {y}年{m}月{d}日", paper=True, date=True), "投稿邮箱：wxb@example.cn"]),
                       ["本报地址：上海市某某路{no:100-999}号", opt(0.5, [DATED])])

_fz_top = furniture(
    (0.5, [ln("非洲时报 {sec}", paper=True), ln("{n}", page="{n}"), ln("{y}年{m}月{d}日 南非时间", date=True)]),
    [ln("{sec} 第{n}版 {date}", date=True, page="{n}")],
    front=[masthead("非洲时报"), "AFRICA TIMES", "南非约翰内斯堡出版", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:4000-4999}期 本期{pages}版"])
_fz_bottom = furniture((0.5, ["社址：约翰内斯堡某某路{no:10-99}号 电话：{zatel}"]),
                       ["爆料热线：{zatel}", "扫码加入非洲时报读者群"], fields={"zatel": _za_phone})


@dataclasses.dataclass
class Fresh34Family(Fresh9Family):
    seed_stride: int = FRESH34_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh34Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh34Builder, **kw)


YC_BANNERS = (("税收宣传专版", "本版由国家税务总局重庆市永川区税务局协办"),
              ("税 收 专 版", "本版由永川区税务局协办", "主编 某某 责任编辑 某某"))
SH_BANNERS = (("普法专版", "本版由上海市某某区司法局协办"), ("法治社区 专版", "本版由某某区司法局 某某区普法办协办"))

FRESH34_FAMILIES = [
    fam("set34_a", "永川日报", _yc_top, _yc_bottom, {by_yc: 1},
        brief_bylines={by_yc_brief: 1}, credits=(cr_yc,), width=(16, 22), blank={"para": 2, "none": 1}, justified=True,
        indent=0.4, letterspace=0.3, stray_spaces=0.02, displaced=0.1, caption_pool=YC_CAPTIONS, brief_pool=YC_BRIEFS,
        brief_pool_share=0.6, paper_outlet="永川日报",
        labels={"column": ("镇街传真", "永川简讯"), "bullet": ("◆",), "photos": ("图片新闻", "永川影像")},
        plans=((["yclead", "brief", "bare"], {"front": True, "turn": 1}),
               (["continuation", "ycnoted", "ycrun"], {"page": 2, "turn": 0}),
               (["banner", "deck", "yctax", "ycqa", "foot"],
                {"turn": 2, "section": "税收宣传", "banner": YC_BANNERS,
                 "foot": ("专版热线：023-49800000", "纳税服务热线：12366")}),
               (["brief", "bare", "photo", "briefcol", "brief"], {"blank": "none"})),
        page_style="cn", sections=("要闻", "镇街", "综合")),
    fam("set34_b", "上海法治报", _sh_top, _sh_bottom, {by_sh: 1},
        brief_bylines={by_sh_brief: 1}, credits=(cr_sh,), width=(18, 26), blank={"para": 2, "every": 1},
        indent=0.3, letterspace=0.2, stray_spaces=0.03, doubled=0.1, displaced=0.1, caption_pool=SH_CAPTIONS,
        brief_pool=SH_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("法治快讯", "政法简讯"), "bullet": ("■",)},
        plans=((["decklead", "shreward", "brief"], {"front": True, "turn": 0}),
               (["shcourts", "bare"], {"blank": "none", "turn": 1}),
               (["banner", "shnoted", "shtips", "brief", "foot"],
                {"turn": 2, "section": "普法", "banner": SH_BANNERS, "foot": ("普法热线：12348", "专版联系：021-52000000")}),
               (["shqa", "photo", "brief"], {"blank": "every"})),
        page_style="A", sections=("法治新闻", "政法", "社会")),
    fam("set34_c", "证券市场红周刊", _hz_top, _hz_bottom, {by_hz: 1},
        brief_bylines={by_hz_brief: 1}, credits=(cr_hz,), width=(20, 26), blank={"para": 2, "none": 1}, justified=True,
        indent=0.2, letterspace=0.2, stray_spaces=0.02, displaced=0.1, caption_pool=HZ_CAPTIONS, brief_pool=HZ_BRIEFS,
        brief_pool_share=0.7, weekday_no=5, labels={"column": ("市场速递", "一周要闻"), "bullet": ("●",)},
        plans=((["hzside", "brief"], {"front": True, "turn": 1}),
               (["hzboard", "deck", "bare"], {"turn": 0}),
               (["hzdisclose"], {"blank": "none", "turn": 2}),
               (["hzqa", "hzletter", "photo"], {"blank": "every"})),
        page_style="0", sections=("市场", "公司", "基金")),
    fam("set34_d", "濠江日报", _hj_top, _hj_bottom, {by_hj: 1},
        brief_bylines={by_hj_brief: 1}, credits=(cr_hj,), width=(14, 20), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.1, stray_spaces=0.03, doubled=0.15, displaced=0.15, caption_pool=HJ_CAPTIONS,
        brief_pool=HJ_BRIEFS, brief_pool_share=0.7, labels={"photos": ("图片新闻", "濠江影像")},
        plans=((["leadacross", "hjtimeline", "bare"], {"front": True, "turn": 1}),
               (["hjfeature", "brief"], {"turn": 2}),
               (["hjtender", "brief", "hjcorrection", "bare"], {"blank": "every", "turn": 0}),
               (["photonews", "hjrun", "deck", "brief"], {"blank": "none"})),
        page_style="cn", sections=("澳闻", "社会", "综合")),
    fam("set34_e", "教育导报", _jy_top, _jy_bottom, {by_jy: 1},
        brief_bylines={by_jy_brief: 1}, credits=(cr_jy,), width=(12, 17), per_article_width=True, justified=True,
        blank={"para": 1, "every": 1}, indent=0.3, letterspace=0.4, stray_spaces=0.05, doubled=0.2, displaced=0.2,
        caption_pool=JY_CAPTIONS, brief_pool=JY_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("教育快讯", "校园动态"), "bullet": ("▲",)},
        plans=((["jynoted", "brief", "bare"], {"front": True, "turn": 1}),
               (["jyscores", "jynotice", "brief"], {"turn": 2}),
               (["jyprofile", "photo"], {"blank": "every", "turn": 0}),
               (["jyletter", "briefcol", "bare"], {"blank": "none"})),
        page_style="0", sections=("新闻", "基础教育", "家庭教育")),
    fam("set34_f", "文学报", _wx_top, _wx_bottom, {by_wx: 1},
        brief_bylines={by_wx_brief: 1}, credits=(cr_wx,), width=(15, 21), blank={"para": 2, "every": 1}, justified=True,
        indent=0.5, letterspace=0.3, stray_spaces=0.02, displaced=0.1, caption_pool=WX_CAPTIONS, brief_pool=WX_BRIEFS,
        brief_pool_share=0.6, weekday_no=3, labels={"column": ("文坛动态", "文讯"), "bullet": ("◎",)},
        plans=((["wxprofile", "wxbooks", "brief"], {"front": True, "turn": 2}),
               (["wxserial", "bare"], {"turn": 0}),
               (["wxqa", "photo", "briefcol"], {"blank": "none", "turn": 1}),
               (["wxside", "wxbooks"], {"blank": "every"})),
        page_style="plain", sections=("新闻", "评论", "连载")),
    fam("set34_g", "非洲时报", _fz_top, _fz_bottom, {by_fz: 1},
        brief_bylines={by_fz_brief: 1}, credits=(cr_fz,), width=(13, 24), per_article_width=True,
        blank={"para": 2, "none": 1}, indent=0.2, letterspace=0.2, stray_spaces=0.04, doubled=0.1, displaced=0.15,
        caption_pool=FZ_CAPTIONS, brief_pool=FZ_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("侨社动态", "南非简讯"), "bullet": ("★",)},
        plans=((["decklead", "fzremind", "brief"], {"front": True, "turn": 0}),
               (["continuation", "fzletter", "bare"], {"page": 2, "turn": 1}),
               (["fzrun", "bare", "brief", "briefcol"], {"blank": "none", "turn": 2}),
               (["fztall", "fztimeline", "photo"], {"blank": "every"})),
        page_style="cn", sections=("侨社", "南非新闻", "中非交流")),
]
