"""A thirty-third set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator on these pages.  Seven papers the corpus had not imitated, of seven kinds the corpus has
few of (checked by name against the development builders and gold, and against the held-back set only with
a script that names this set's candidate papers a held-back page also has): a prefecture daily of Gansu, a
metro paper of Zhengzhou, a sports daily of Shanghai, a provincial farmers' paper, a popular science-and-
technology paper, a provincial women's paper and a Chinese daily of Phnom Penh.  Every family wraps its
columns by width (`justified`: a line of digits or Latin letters holds more characters than one of
ideographs), captions and box rows too.  Each page of a family follows one of four page plans, of varied
kinds: a page of several short items with no blank line between them, a page carried by a long interview
(the guest's name as the answer label, or 问/答), a page of photo news (a label over one large photo, then
small ones and a numbered group, each credited), a lead read across two columns with a brief and ending in a
jump line that page 2 carries on; and pages of shapes the corpus has few of: a column of several short signed
commentaries, a readers' letters page, a page of results and listings (赛果, 积分榜, 电视直播; 供求信息), a
page whose headlines are all printed after their texts.  Byline and credit forms take turns across a family's
pages.

* `zhangye_daily` 张掖日报 (a prefecture-level city of Gansu): 中共张掖市委机关报, 农历, `第N期`, a QR line for its
  app; a lead read across with a brief ending in a jump line and **page 2 carrying it on**; `张掖日报全媒体记者 X`,
  `全媒体记者 X 通讯员 Y`, `通讯员 X 文/图`; briefs glued `本报讯（全媒体记者 X）` or closed by a county's media centre
  and the name `（山丹县融媒体中心 X）`; **高原夏菜 tables** (`娃娃菜 1.20 +0.05`, `数据来源：…`); an interview with
  a seed-corn grower (`记者：` / his name); a photo-news page (金张掖影像) with a numbered group; ◆ 县区传真.
* `henan_business` 河南商报 (a metro paper of Zhengzhou): `HENAN BUSINESS DAILY`, A-numbered pages, a hotline under
  the masthead; a lead with a jump line and page 2 carrying it on; `河南商报记者 X`, `河南商报记者 X/文 Y/图` (X wrote
  it, Y took the picture), `河南商报记者 X 实习生 Y`; briefs closed by `（河南商报记者 X）` or `河南商报讯（记者 X）`
  glued or on its line; **限行提示 boxes** (`周一 尾号1和6`); a **停气通知 notice** (a 0371 phone); Q&A `商报：` / the
  guest's name; **a page whose headlines all stand after their texts**; a photo-news page with a numbered group.
* `dongfang_sports` 东方体育日报 (a sports daily of Shanghai): `ORIENTAL SPORTS DAILY`, inner pages that print the
  date only at the foot, some with no running head; `本报记者 X`, `本报特派记者 X 发自某地`, `东体记者 X Y`; briefs
  glued `本报讯（记者 X）` or closed by a bare name `（X）`; **a page of results and listings**: **赛果 boxes**
  (`上海申花 2∶1 山东泰山`), **积分榜 tables** (`1 上海海港 12 8 3 1 27`, `数据来源：…`), **电视直播 boxes**
  (`19:35 中超 上海申花—北京国安 CCTV-5`); a coach's interview (`东体：` / his name); 东体评论 pieces with an `（作者系…）` note;
  a photo-news page with a numbered group; ● 体坛速递.
* `shanxi_farmers` 山西农民报 (the province's farmers' paper): 农历, `总第N期`, a 订阅 line; a lead read across with a
  brief; `本报记者 X`, `本报记者 X 通讯员 Y`, `X 文/图`; briefs closed by a county's farm bureau and the name
  `（某某县农业农村局 X）` or glued `本报讯（通讯员 X）`; **农资价格 tables** (`尿素 2380 -20`, `数据来源：…`);
  **天气农事 boxes** of dated rows; an expert's answers to farmers (`问：` / `答：`); **a listings page** of 供求信息
  rows (`供：谷子种子 每斤6元 联系人：王先生 电话：139…`); a photo-news page with a numbered group; ▲ 三晋农讯.
* `dazhong_keji` 大众科技报 (a popular science-and-technology paper): its 主管主办 line, `第N期`, inner pages with the
  date and the editor in the foot; a lead with a jump line and page 2 carrying it on; `本报记者 X`, `□本报通讯员 X`,
  `本报记者 X 实习生 Y`; briefs glued `本报讯（记者 X）` (sometimes on its line) or closed by `（通讯员 X）`; **天象预报
  boxes** of dated rows (`8月12日 英仙座流星雨迎来极大`); **科普知识卡 boxes**; an interview with a researcher
  (`记者：` / her name); **a column of two or three short signed commentaries** (科技时评), each signed `□X` above the
  text or by the bare name below it with an `（作者系…）` note, no blank line between them; a lead read across.
* `jinri_nvbao` 今日女报 (the women's paper of Hunan): its 妇联 line, `凤网` and a QR line; `今日女报/凤网记者 X`,
  `记者 X 通讯员 Y`, `今日女报/凤网记者 X 实习生 Y`; briefs glued `本报讯（记者 X）` or closed by a women's federation
  and the name `（某某县妇联 X）`; **维权热线 boxes** of phone rows; a **志愿者招募启事 notice** (a 0731 phone);
  **a readers' letters page** (读者来信): letters under their titles signed `株洲读者 X` below or `（湘潭 X）` at the end,
  the editors' address after them; an interview with a counsellor (`女报：` / her name); a photo-news page with a
  numbered group.
* `jianhua_cambodia` 柬华日报 (a Chinese daily of Phnom Penh): `JIAN HUA DAILY`, 柬埔寨柬华理事总会主办, 佛历 in the
  date line, Cambodian phones `023 NNN NNN`; `本报记者 X`, glued `【本报金边讯】` naming no one, `本报记者 X 暹粒报道`;
  briefs closed by `（记者 X）` or by `（综合报道）` naming no one; **汇率 tables** (`美元 4105 +5`, `数据来源：…`);
  **直航航班 boxes** (`金边—广州 CZ6060 每日`); a **鸣谢启事 notice**; Q&A `本报：` / the guest's name; a lead read
  across with a brief; a photo-news page; two briefs read across.

Gold conventions are those of the README; new here: a 高原夏菜 / 农资价格 / 积分榜 / 汇率 table is an `infobox` (its
label the kicker, the column-header row its first row), its `数据来源` line a `credit`; a 限行提示 / 赛果 / 电视直播 /
天气农事 / 供求信息 / 天象预报 / 科普知识卡 / 维权热线 / 直航航班 box is an `infobox` titled with its label, or with the
label as kicker when a title follows; a 停气通知 / 志愿者招募启事 / 鸣谢启事 notice is an `infobox` whose issuer and date
are bylines and which names no one; `通讯员 X 文/图` and `X 文/图` make X author and photographer; `河南商报记者 X/文
Y/图` makes X the author and Y the photographer; `【本报金边讯】` names no one (an item opening it is an `article`) and
`（综合报道）` names no one (an item closed by it is a `brief`); `（山丹县融媒体中心 X）`, `（某某县农业农村局 X）`,
`（某某县妇联 X）` and `（X）` name X; a letter names its reader; `（资料图片）`, `（受访者供图）`, `视觉中国供图` and
`新华社发` name no photographer; a short item printed with no byline at all is an `article`; the photo-news labels,
the 东体评论 / 科技时评 / 读者来信 labels, the letters page's address line and the column names are furniture.

Seeds: FRESH33_SEED_BASE + FRESH33_SEED_STRIDE*family + 1_000*attempt + n (44_060_001 .. 44_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (captions,
photo groups, briefs, rows, notices, questions, titles, letters' titles and notes); names, figures, phone
numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses

from fresh_layouts_5 import _credit_turns
from fresh_layouts_9 import Fresh9Family
from fresh_layouts_29 import Fresh29Builder
from layout_kit import DATED, TRAIL, Above, Form, _turn, chosen, furniture, ln, masthead, opt, shown, turns
from synthesize import Byline, phone, shorten

FRESH33_SEED_BASE = 44_000_000
FRESH33_SEED_STRIDE = 60_000

# sources of short pieces (commentaries, letters): whole paragraphs, headings dropped
SHORT_SOURCES = ("002-03", "004-02", "000-04", "003-04", "000-05", "003-05")

# --------------------------------------------------------------------------- filler (written for this corpus)

ZY_COUNTIES = ("山丹县融媒体中心", "民乐县融媒体中心", "临泽县融媒体中心", "高台县融媒体中心", "肃南县融媒体中心")
ZY_VEG = (("娃娃菜", 1.2), ("西兰花", 3.4), ("甘蓝", 0.9), ("胡萝卜", 1.6), ("洋葱", 1.1), ("菜心", 4.2))
ZY_QUESTIONS = ["您家种制种玉米多少年了？", "今年的制种订单怎么样？", "滴灌给地里带来了什么变化？",
                "村里的年轻人愿意回来种地吗？", "对明年有什么打算？"]
ZY_GROUPS = [
    ("七彩丹霞迎客来", ["①游客在观景台上拍摄丹霞地貌。", "②景区讲解员为游客介绍地质知识。", "③游客乘观光车穿行景区。"]),
    ("湿地公园的夏天", ["①白鹭在湿地浅滩上觅食。", "②市民在木栈道上散步。", "③孩子们在湖边放风筝。"]),
]
ZY_CAPTIONS = [("甘州区制种玉米基地，农民在田间去雄。", "田间去雄"), ("山丹马场，马群在草原上奔跑。", ""),
               ("临泽县，果农在采摘小枣。", "枣乡丰收"), ("高台县，工人在蔬菜分拣车间忙碌。", "")]
ZY_BRIEFS = [
    ("高原夏菜外销专列发车", "近日，一趟满载高原夏菜的冷链专列从张掖发车，运往南方市场。"),
    ("祁连山生态巡护队上岗", "日前，一支生态巡护队在祁连山区上岗，开展日常巡护。"),
    ("农家书屋开展读书会", "近日，一个村的农家书屋开展读书会，村民们交流读书心得。"),
]

HN_LIMITS = ("周一 尾号1和6", "周二 尾号2和7", "周三 尾号3和8", "周四 尾号4和9", "周五 尾号5和0")
HN_NOTICE = ("停气通知",
             "因天然气管网改造施工，我公司将对部分区域暂停供气，具体安排如下：",
             ["停气时间：{a}8:00至20:00", "停气范围：金水区某某路以东、某某路以南部分小区", "恢复供气后请检查灶具阀门再点火"],
             "请用户提前关闭燃气阀门，做好准备。给您带来的不便，敬请谅解。抢修热线：{p}",
             "郑州某某燃气服务公司")
HN_QUESTIONS = ["这家烩面馆开了多少年？", "一碗好烩面最讲究什么？", "年轻顾客多了吗？",
                "外地游客来店里爱点什么？", "有没有想过把店开到外地去？"]
HN_GROUPS = [
    ("二七塔下的夜晚", ["①市民在二七广场上纳凉。", "②商场外的灯光秀吸引游客驻足。", "③小吃摊前排起了长队。"]),
    ("如意湖畔晨练忙", ["①市民在湖边打太极拳。", "②年轻人沿着湖岸跑步。", "③老人在凉亭里唱戏。"]),
]
HN_CAPTIONS = [("郑东新区，市民在如意湖畔散步。", "湖畔晚风"), ("郑州东站，旅客有序进站乘车。", ""),
               ("德化街，游客在老街上拍照。", "老街新颜"), ("紫荆山公园，孩子们在喷泉边嬉戏。", "")]
HN_BRIEFS = [
    ("三条公交线路调整", "即日起，郑州三条公交线路调整部分站点，方便沿线居民出行。"),
    ("社区开设四点半课堂", "近日，一个社区开设四点半课堂，为放学的孩子提供托管。"),
    ("老旧小区加装电梯", "日前，一个老旧小区的两部加装电梯投入使用，老人上下楼更方便。"),
]

DF_CITIES = ("多哈", "大阪", "杭州", "成都", "首尔")
DF_TEAMS = ("上海海港", "上海申花", "山东泰山", "北京国安", "成都蓉城", "浙江队", "天津津门虎", "武汉三镇",
            "河南队", "长春亚泰")
DF_EVENTS = ("中超联赛第12轮", "中甲联赛第10轮", "足协杯第三轮")
DF_CHANNELS = ("CCTV-5", "CCTV-5+", "五星体育", "咪咕视频")
DF_QUESTIONS = ["球队这几轮状态起伏的原因是什么？", "年轻球员的表现您满意吗？", "下一场客场怎么打？",
                "伤病对阵容影响大吗？", "对球迷有什么想说的？"]
DF_TITLES = ["青训的耐心比成绩更重要", "主场氛围是球队的财富", "别让裁判成为比赛的主角"]
DF_NOTES = ("（作者系资深足球评论员）", "（作者为体育学院教授）", "（作者系本报特约评论员）")
DF_GROUPS = [
    ("申城马拉松开跑", ["①选手从外滩起跑。", "②市民在赛道边为选手加油。", "③志愿者为选手递上补给。"]),
    ("虹口足球场之夜", ["①球迷在看台上挥舞围巾。", "②双方球员在禁区内拼抢。", "③进球后球员冲向看台庆祝。"]),
]
DF_CAPTIONS = [("比赛中，申花队前锋带球突破。", "突破"), ("训练场上，队员在进行分组对抗。", ""),
               ("颁奖仪式上，冠军队队员举起奖杯。", "夺冠时刻"), ("游泳馆里，小选手在跳台上准备出发。", "")]
DF_BRIEFS = [
    ("市民运动会开幕", "近日，上海市民运动会在多个区同时开幕，设数十个比赛项目。"),
    ("青少年足球联赛收官", "日前，一届上海青少年足球联赛收官，数百支队伍参赛。"),
    ("社区健身步道启用", "近日，一条社区健身步道正式启用，周边居民锻炼更方便。"),
]

SX_BUREAUS = ("某某县农业农村局", "某某县农技推广中心", "某某县畜牧兽医局", "某某县供销社")
SX_INPUTS = (("尿素", 2380, 10), ("磷酸二铵", 3650, 10), ("复合肥", 2980, 10), ("氯化钾", 2760, 10), ("玉米种子", 28, 1),
             ("农用柴油", 7650, 10))
SX_SKIES = ("晴", "多云", "阵雨", "晴转多云", "阴")
SX_TASKS = ("适宜喷药防虫", "抓紧中耕除草", "注意排水防涝", "适时浇水追肥", "及时收晒小麦")
SX_SUPPLY = ("供：优质谷子种子 每斤{p}元", "供：小米 每斤{p}元 可代发快递", "供：仔猪 每头{q}元", "求：收购核桃 每斤{p}元",
             "求：招收果园采摘工 日薪{q}元", "供：土鸡蛋 每斤{p}元")
SX_SURNAMES = ("王", "李", "张", "赵", "郭", "刘")
SX_QUESTIONS = ["玉米出现叶片发黄是怎么回事？", "小麦收获后怎样整地？", "果树夏季修剪要注意什么？",
                "大棚温度过高怎么办？", "养鸡怎样预防夏季疾病？"]
SX_GROUPS = [
    ("晋南麦收忙", ["①联合收割机在麦田里作业。", "②农民在场院里晾晒麦子。", "③粮站前，农民排队交售新麦。"]),
    ("小杂粮丰收了", ["①农民在地里收割谷子。", "②合作社社员在分拣小米。", "③电商主播在直播间推介杂粮。"]),
]
SX_CAPTIONS = [("运城，果农在为苹果套袋。", "苹果套袋"), ("大同，农民在黄花菜地里采摘。", ""),
               ("忻州，村民在晾晒杂粮。", "杂粮晾晒"), ("晋城，养殖户在喂牛。", "")]
SX_BRIEFS = [
    ("农机手培训班开课", "近日，一期农机手培训班开课，学员学习新型农机操作。"),
    ("高素质农民培训结业", "日前，一期高素质农民培训班结业，学员来自各乡镇。"),
    ("农村电商服务站揭牌", "近日，一个村的农村电商服务站揭牌，农产品销路更宽了。"),
]

DZ_SKY = ("英仙座流星雨迎来极大", "木星合月", "土星冲日", "双子座流星雨迎来极大", "月掩金星", "水星东大距")
DZ_CARDS = ["光年：光在真空中一年走过的距离", "碳中和：排放的二氧化碳被抵消，净排放为零", "芯片制程：晶体管栅极的尺寸，数字越小越精细",
            "基因编辑：对生物体基因组特定序列进行修改", "量子纠缠：两个粒子之间无论相距多远都相互关联的现象"]
DZ_QUESTIONS = ["这项研究最初是怎么想到的？", "实验中遇到的最大困难是什么？", "这项成果离走进百姓生活还有多远？",
                "怎样让孩子们爱上科学？", "对年轻科研人员有什么建议？"]
DZ_TITLES = ["科普要讲老百姓听得懂的话", "别让伪科学钻了空子", "给青年科学家多一些耐心", "实验室成果要走出实验室"]
DZ_NOTES = ("（作者系某某科普作家协会会员）", "（作者为某某大学副教授）", "（作者系某某科技馆研究员）")
DZ_CAPTIONS = [("科技馆里，孩子们在体验机器人。", "科技体验"), ("实验室里，科研人员在调试设备。", ""),
               ("科普活动现场，志愿者在演示化学实验。", "趣味实验"), ("天文台上，爱好者在观测星空。", "")]
DZ_BRIEFS = [
    ("科技活动周启动", "近日，一年一度的科技活动周启动，各地科技场馆免费开放。"),
    ("中小学生科创大赛举行", "日前，一届中小学生科技创新大赛举行，数百件作品参展。"),
    ("科普大篷车进乡村", "近日，科普大篷车开进乡村学校，学生们近距离感受科技魅力。"),
]

NV_UNITS = ("某某县妇联", "某某区妇联", "某某市妇联")
NV_HOTLINES = (("全国妇女维权公益服务热线", "12338"), ("长沙市妇联维权热线", None), ("株洲市妇联维权热线", None),
               ("湘潭市妇联维权热线", None), ("心理援助热线", None))
NV_NOTICE = ("志愿者招募启事",
             "为关爱留守儿童，本报联合有关单位开展暑期陪伴行动，现面向社会招募志愿者，具体事项如下：",
             ["招募对象：年满十八周岁、热心公益的女性", "服务时间：{a}起，每周一次", "报名截止：{b}"],
             "有意者请致电报名。咨询电话：{p}",
             "今日女报社")
NV_LETTER_TITLES = ["希望社区多办些亲子活动", "婆婆帮我带娃，我该怎样感谢她", "请关注小区里的独居老人",
                    "二胎妈妈重返职场的烦恼", "感谢那位帮我找回孩子的民警"]
NV_PLACES = ("株洲", "湘潭", "衡阳", "常德", "岳阳", "长沙")
NV_QUESTIONS = ["职场妈妈最常见的焦虑是什么？", "夫妻之间怎样好好沟通？", "孩子叛逆期父母该怎么办？",
                "怎样照顾好自己的情绪？", "对年轻女性有什么建议？"]
NV_GROUPS = [
    ("巾帼技能大赛", ["①选手在比赛中展示湘绣技艺。", "②评委在为参赛作品打分。", "③获奖选手在台上合影。"]),
    ("乡村振兴里的她们", ["①女村干部在田间查看水稻长势。", "②妇女们在合作社里编织竹器。", "③女主播在直播间推介农产品。"]),
]
NV_CAPTIONS = [("橘子洲头，市民在江边散步。", "江畔时光"), ("社区妇女之家里，妈妈们在学习烘焙。", ""),
               ("湘绣工坊里，绣娘在飞针走线。", "指尖湘绣"), ("乡村学校里，志愿者在给孩子们上课。", "")]
NV_BRIEFS = [
    ("妇女之家开设育儿课堂", "近日，一个社区妇女之家开设育儿课堂，年轻妈妈们踊跃参加。"),
    ("巾帼志愿者走进敬老院", "日前，一支巾帼志愿服务队走进敬老院，为老人们送去关爱。"),
    ("女性创业培训班开班", "近日，一期女性创业培训班开班，学员们交流创业经验。"),
]

JH_RATES = (("美元", 4105, 5), ("人民币", 566, 2), ("泰铢", 113, 1), ("越南盾", 16, 1), ("欧元", 4420, 10))
JH_FLIGHTS = ("金边—广州 CZ6060 每日", "金边—上海 MU758 每周三班", "暹粒—成都 3U3931 每周二班", "金边—深圳 ZH8805 每日",
              "金边—昆明 MU2650 每日")
JH_NOTICE = ("鸣谢启事",
             "本会日前举办助学金颁发仪式，承蒙各界热心人士及团体慷慨解囊，特此鸣谢：",
             ["某某贸易有限公司 捐款五千美元", "某某建材公司 捐款三千美元", "某某同乡会 捐款两千美元"],
             "善款将全部用于资助华校清贫学生。谨此致谢！",
             "柬埔寨某某宗亲总会")
JH_QUESTIONS = ["当初为什么来金边创业？", "华校的中文教学有哪些变化？", "柬埔寨年轻人学中文的热情怎样？",
                "侨团在社区里做了哪些事？", "对新来的同胞有什么建议？"]
JH_CAPTIONS = [("金边独立碑前，游客在拍照留念。", "独立碑"), ("端华学校里，学生在上中文课。", ""),
               ("洞里萨湖上，渔民在撒网捕鱼。", "湖上人家"), ("吴哥窟前，游客在欣赏日出。", "")]
JH_BRIEFS = [
    ("华校举行毕业典礼", "近日，金边一所华校举行毕业典礼，数百名学生顺利毕业。"),
    ("侨团为灾区捐赠物资", "日前，一个侨团向受灾地区捐赠大米和饮用水。"),
    ("中文演讲比赛落幕", "近日，一届中文演讲比赛在金边落幕，各华校选手同台竞技。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_zy = chosen(Above("张掖日报全媒体记者 {0!l}"), Above("全媒体记者 {0!l} 通讯员 {1}", 2), Above("通讯员 {0} 文/图", photo=True),
               turn="by", drawn=2)
by_zy_brief = turns(Form("本报讯（全媒体记者 {0}）"), Form("（{c0} {0}）", choices=(ZY_COUNTIES,), **TRAIL))


def by_hn(ctx, item):
    """河南商报记者 X, 河南商报记者 X/文 Y/图 (Y took the picture) and 河南商报记者 X 实习生 Y take turns."""
    a, b = ctx.name(), ctx.name()
    k = _turn(ctx, "by", 3)
    if k == 0:
        return Byline([a], before=[f"河南商报记者 {shown(ctx, a)}"])
    if k == 1:
        item.photographers = [b]
        return Byline([a], before=[f"河南商报记者 {shown(ctx, a)}/文 {b}/图"])
    return Byline([a, b], before=[f"河南商报记者 {shown(ctx, a)} 实习生 {b}"])


by_hn_brief = turns(Form("（河南商报记者 {0}）", **TRAIL), Form("河南商报讯（记者 {0}）", line_share=0.4))

by_df = chosen(Above("本报记者 {0!l}"), Above("本报特派记者 {0!l} 发自{c0}", choices=(DF_CITIES,)), Above("东体记者 {0} {1}", 2),
               turn="by", drawn=2)
by_df_brief = turns(Form("本报讯（记者 {0}）"), Form("（{0}）", **TRAIL))

by_sx = chosen(Above("本报记者 {0!l}"), Above("本报记者 {0!l} 通讯员 {1}", 2), Above("{0!l} 文/图", photo=True),
               turn="by", drawn=2)
by_sx_brief = turns(Form("（{c0} {0}）", choices=(SX_BUREAUS,), **TRAIL), Form("本报讯（通讯员 {0}）"))

by_dz = chosen(Above("本报记者 {0!l}"), Above("□本报通讯员 {0!l}"), Above("本报记者 {0!l} 实习生 {1}", 2),
               turn="by", drawn=2)
by_dz_brief = turns(Form("本报讯（记者 {0}）", line_share=0.3), Form("（通讯员 {0}）", **TRAIL))

by_nv = chosen(Above("今日女报/凤网记者 {0!l}"), Above("记者 {0!l} 通讯员 {1}", 2), Above("今日女报/凤网记者 {0!l} 实习生 {1}", 2),
               turn="by", drawn=2)
by_nv_brief = turns(Form("本报讯（记者 {0}）"), Form("（{c0} {0}）", choices=(NV_UNITS,), **TRAIL))

by_jh = chosen(Above("本报记者 {0!l}"), Form("【本报金边讯】", 0, hint="plain"), Above("本报记者 {0!l} 暹粒报道"), turn="by")
by_jh_brief = turns(Form("（记者 {0}）", **TRAIL), Form("（综合报道）", 0, **TRAIL))


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_zy = _credit_turns(("张掖日报全媒体记者 {n} 摄", "（{n} 摄）", "（资料图片）"))
cr_hn = _credit_turns(("河南商报记者 {n}/摄", "（{n} 摄）", "新华社发"))
cr_df = _credit_turns(("本报记者 {n} 摄", "新华社记者 {n} 摄", "视觉中国供图"))
cr_sx = _credit_turns(("本报记者 {n} 摄", "通讯员 {n} 摄", "（资料图片）"))
cr_dz = _credit_turns(("本报记者 {n} 摄", "（受访者供图）", "（{n} 摄）"))
cr_nv = _credit_turns(("今日女报/凤网记者 {n} 摄", "（受访者供图）", "（{n} 摄）"))
cr_jh = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "（资料图片）"))


# --------------------------------------------------------------------------- builder


class Fresh33Builder(Fresh29Builder):

    def __init__(self, family, seed, n):
        super().__init__(family, seed, n)
        if "displaced" in self.opts:  # a page whose headlines stand after their texts at its own rate
            self.family = dataclasses.replace(self.family, displaced=self.opts["displaced"])

    # -------------------------------------------------------------- shared shapes

    def short_text(self, lo, hi):
        """A short piece's source and body: whole paragraphs of a short source, no headings."""
        src = self.pick(SHORT_SOURCES)
        body = shorten(self.rng, src["body"], limit=self.rng.randrange(lo, hi))
        return src, [(r, t) for r, t in body if r != "heading"]

    def comment_column(self, labels, titles, notes, marks):
        """A column of two or three short signed commentaries under one label, no blank line inside a
        piece and mostly none between them: each signed by a mark and the name above its text, or by the
        bare name under it and an （作者系…） note."""
        rng, ctx = self.rng, self.ctx
        entries = [self.furniture(rng.choice(labels))]
        n = rng.choice((2, 3, 3))
        joined = rng.random() < 0.6
        for k in range(n):
            _, body = self.short_text(200, 420)
            name, note = ctx.name(), rng.choice(notes)
            if rng.random() < 0.5:
                sign = rng.choice(marks) + shown(ctx, name)
                byfn = lambda c, i, sign=sign, name=name: Byline([name], before=[sign])  # noqa: E731
            else:
                byfn = lambda c, i, name=name, note=note: Byline([name], after=[name, note])  # noqa: E731
            item = self.art({"title": self.uniq(titles, "cmt")}, body, byfn)
            item.tight, item.joined = True, joined and k < n - 1
            entries.append(item)
        return entries

    def letters(self, labels, titles, places, address):
        """A readers' letters page: a label, two or three letters under their titles, each signed by the
        reader (`某地读者 X` on a line under it, or `（某地 X）` closing its text), the address after them."""
        rng, ctx = self.rng, self.ctx
        entries = [self.furniture(rng.choice(labels))]
        for k in range(rng.choice((2, 3))):
            _, body = self.short_text(220, 520)
            name, place = ctx.name(), rng.choice(places)
            if _turn(ctx, "letter", 2) == 0:
                byfn = lambda c, i, name=name, place=place: Byline([name], after=[f"{place}读者 {name}"])  # noqa: E731
            else:
                byfn = lambda c, i, name=name, place=place: Byline([name], trail=f"（{place} {name}）", hint="paren")  # noqa: E731
            entries.append(self.art({"title": self.uniq(titles, "letter")}, body, byfn))
        entries.append(self.furniture(address))
        return entries

    # -------------------------------------------------------------- 张掖日报

    def slot_zyveg(self):
        rows = self.sampled_rows(ZY_VEG, lambda rng, name, price:
                                 f"{name} {price * rng.randrange(90, 111) / 100:.2f} {rng.randrange(-20, 21) / 100:+.2f}")
        return self.price_table(("高原夏菜", "菜价行情"), "张掖高原夏菜产地收购价（元/公斤）",
                                ("品名 价格 涨跌", "品种 均价 比上周"), rows,
                                ("数据来源：某某蔬菜批发市场", "数据来源：市农业农村局"))

    def slot_zyqa(self):
        return self.staff_qa(ZY_QUESTIONS, "记者：")

    def slot_zygroup(self):
        return self.group(ZY_GROUPS)

    # -------------------------------------------------------------- 河南商报

    def slot_hnlimits(self):
        rows = list(HN_LIMITS[:self.rng.choice((3, 5))])
        return self.rows_box(("限行提示", "尾号限行"), rows, title="郑州市区机动车限行安排" if self.rng.random() < 0.5 else "")

    def slot_hnnotice(self):
        title, intro, rows, closing, issuer = HN_NOTICE
        return self.notice_box(title, intro, rows, closing.format(p=phone(self.rng, "0371")), issuer)

    def slot_hnqa(self):
        return self.staff_qa(HN_QUESTIONS, ("商报：", "记者："))

    def slot_hngroup(self):
        return self.group(HN_GROUPS)

    # -------------------------------------------------------------- 东方体育日报

    def slot_dfresults(self):
        rng = self.rng
        teams = rng.sample(DF_TEAMS, 6)
        rows = [f"{teams[k]} {rng.randrange(0, 4)}∶{rng.randrange(0, 4)} {teams[k + 1]}" for k in range(0, rng.choice((4, 6)), 2)]
        return self.rows_box(("赛果", "昨日赛果"), rows, title=self.uniq(DF_EVENTS, "event") if rng.random() < 0.6 else "")

    def slot_dfstandings(self):
        rng = self.rng
        played = rng.randrange(10, 16)
        rows = []
        for team in rng.sample(DF_TEAMS, rng.choice((4, 5))):
            won = rng.randrange(2, played - 2)
            drawn = rng.randrange(0, played - won + 1)
            rows.append((3 * won + drawn, team, won, drawn, played - won - drawn))
        rows.sort(reverse=True)
        rows = [f"{k} {team} {played} {won} {drawn} {lost} {points}"
                for k, (points, team, won, drawn, lost) in enumerate(rows, start=1)]
        return self.price_table(("积分榜", "中超积分榜"), f"中超联赛积分榜（截至第{played}轮）",
                                ("名次 球队 场次 胜 平 负 积分", "排名 球队 赛 胜 平 负 分"), rows,
                                ("数据来源：中国足协官网", "数据来源：本报统计"))

    def slot_dftv(self):
        rng = self.rng
        teams = rng.sample(DF_TEAMS, 6)
        rows = [f"{rng.choice(('15:30', '19:00', '19:35', '20:00'))} 中超 {teams[k]}—{teams[k + 1]} {rng.choice(DF_CHANNELS)}"
                for k in range(0, rng.choice((4, 6)), 2)]
        return self.rows_box(("电视直播", "今日直播"), rows, title="今晚看点" if rng.random() < 0.4 else "")

    def slot_dfqa(self):
        return self.staff_qa(DF_QUESTIONS, ("东体：", "记者："))

    def slot_dfcomment(self):
        return self.signed_piece(DF_TITLES, DF_NOTES, ("东体评论", "东 体 评 论"), ("■", "文/"))

    def slot_dfgroup(self):
        return self.group(DF_GROUPS)

    # -------------------------------------------------------------- 山西农民报

    def slot_sxinputs(self):
        rows = self.sampled_rows(SX_INPUTS, lambda rng, name, price, step:
                                 f"{name} {price + rng.randrange(-20, 21) * step} {rng.randrange(-5, 6) * step:+d}")
        return self.price_table(("农资价格", "农资行情"), "全省主要农资零售均价（元/吨，种子元/公斤）",
                                ("品名 价格 涨跌", "品种 均价 比上旬"), rows,
                                ("数据来源：省农资价格监测点", "数据来源：某某县供销社"))

    def slot_sxweather(self):
        rng = self.rng
        rows = []
        for k, place in enumerate(rng.sample(("太原", "大同", "运城", "长治"), rng.choice((2, 3)))):
            low = rng.randrange(15, 22)
            rows.append(f"{place} {rng.choice(SX_SKIES)} {low}℃～{low + rng.randrange(6, 12)}℃ {rng.choice(SX_TASKS)}")
        return self.rows_box(("天气农事", "农事天气"), rows, title="未来三天天气与农事建议" if rng.random() < 0.5 else "")

    def slot_sxlistings(self):
        """A listings box: supply and demand rows, each with a contact's surname and a mobile number."""
        rng = self.rng
        rows = []
        for form in rng.sample(SX_SUPPLY, rng.choice((3, 4))):
            text = form.format(p=rng.randrange(3, 16), q=rng.randrange(150, 600, 10))
            rows.append(f"{text} 联系人：{rng.choice(SX_SURNAMES)}先生 电话：13{rng.randrange(0, 10)}{rng.randrange(1000_0000, 9999_9999)}")
        return self.rows_box(("供求信息", "致富信息"), rows, title="本期供求" if rng.random() < 0.4 else "")

    def slot_sxqa(self):
        return self.staff_qa(SX_QUESTIONS, None, kicker_share=0.2)

    def slot_sxgroup(self):
        return self.group(SX_GROUPS)

    # -------------------------------------------------------------- 大众科技报

    def slot_dzsky(self):
        rng = self.rng
        rows = self.dated_rows(rng.sample(DZ_SKY, rng.choice((3, 4))), "{m}月{d}日 {place}", days=1)
        return self.rows_box(("天象预报", "星空指南"), rows, title="近期天象看点" if rng.random() < 0.5 else "")

    def slot_dzcards(self):
        return self.tips(("科普知识卡", "科学小词典"), [DZ_CARDS[:3], DZ_CARDS[2:]],
                         title="读懂科技新闻" if self.rng.random() < 0.5 else "")

    def slot_dzqa(self):
        return self.staff_qa(DZ_QUESTIONS, "记者：")

    def slot_dzcomments(self):
        return self.comment_column(("科技时评", "科 技 时 评"), DZ_TITLES, DZ_NOTES, ("□", "文/"))

    # -------------------------------------------------------------- 今日女报

    def slot_nvhotline(self):
        rng = self.rng
        rows = [f"{unit} {number or phone(rng, '0731')}" for unit, number in (NV_HOTLINES[:1] + tuple(rng.sample(NV_HOTLINES[1:], 3)))]
        return self.rows_box(("维权热线", "求助热线"), rows, title="遇到家暴别沉默" if rng.random() < 0.5 else "")

    def slot_nvnotice(self):
        title, intro, rows, closing, issuer = NV_NOTICE
        return self.notice_box(title, intro, rows, closing.format(p=phone(self.rng, "0731")), issuer)

    def slot_nvletters(self):
        return self.letters(("读者来信", "姐妹信箱"), NV_LETTER_TITLES, NV_PLACES,
                            self.rng.choice(("来信请寄：长沙市某某路88号今日女报编辑部 邮编410000",
                                             "欢迎来信 电子邮箱：jrnb@example.cn")))

    def slot_nvqa(self):
        return self.staff_qa(NV_QUESTIONS, ("女报：", "记者："))

    def slot_nvgroup(self):
        return self.group(NV_GROUPS)

    # -------------------------------------------------------------- 柬华日报

    def slot_jhrates(self):
        rows = self.sampled_rows(JH_RATES, lambda rng, name, rate, step:
                                 f"{name} {rate + rng.randrange(-3, 4) * step} {rng.randrange(-3, 4) * step:+d}", (3, 4))
        return self.price_table(("汇率", "外汇行情"), "瑞尔汇率参考（1外币兑瑞尔）",
                                ("币种 汇价 涨跌", "货币 中间价 比前日"), rows,
                                ("数据来源：柬埔寨国家银行", "数据来源：本报综合"))

    def slot_jhflights(self):
        rows = self.rng.sample(JH_FLIGHTS, self.rng.choice((3, 4)))
        return self.rows_box(("直航航班", "航班信息"), rows, title="柬中直航航班一览" if self.rng.random() < 0.5 else "")

    def slot_jhnotice(self):
        return self.notice_box(*JH_NOTICE)

    def slot_jhqa(self):
        return self.staff_qa(JH_QUESTIONS, ("本报：", "记者："))


# --------------------------------------------------------------------------- furniture


def _kh_phone(ctx):
    return f"023 {ctx.rng.randrange(200, 999)} {ctx.rng.randrange(100, 999)}"


def _buddhist_year(ctx):
    """Cambodia counts the Buddhist era from the Visak Bochea full moon (May): 2024 is 2567, then 2568."""
    return str(ctx.date.year + (544 if ctx.date.month >= 6 else 543))


_zy_top = furniture(
    (0.5, [ln("张掖日报 {y}年{m}月{d}日 {wd}", paper=True, date=True), ln("第{n}版 {sec}", page="{n}"),
           "责任编辑 {name} 版式 {name}"]),
    [ln("{n:02d} {sec}", page="{n:02d}"), DATED],
    front=[masthead("张掖日报"), "中共张掖市委机关报", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:8000-8999}期 今日{pages}版 国内统一连续出版物号 CN 62-0000 邮发代号 54-00"])
_zy_bottom = furniture((0.5, ["新闻热线：{tel:0936} 广告热线：{tel:0936}", "扫码下载“张掖发布”客户端"]),
                       ["张掖日报社出版 地址：张掖市甘州区某某路{no:10-99}号"])

_hn_top = furniture(
    (0.5, [ln("A{n} {sec}", page="A{n}"), ln("河南商报 {date}", paper=True, date=True), "本版编辑 {name} 美编 {name} 校对 {name}"]),
    [ln("{y}.{m:02d}.{d:02d} {wd} 河南商报 A{n}", paper=True, date=True, page="A{n}")],
    front=[masthead("河南商报"), "HENAN BUSINESS DAILY", ln("{y}年{m}月{d}日 {wd} 农历{slunar}", date=True),
           "第{no:9000-9999}期 今日{pages}版 国内统一连续出版物号 CN 41-0000", "商报热线 {tel:0371}"])
_hn_bottom = furniture((0.5, ["商报帮忙热线：{tel:0371}", "扫码进入河南商报小程序 报料有奖"]), ["编辑 {name} 校对 {name}"])

_df_top = furniture(
    (0.35, [ln("东方体育日报", paper=True), ln("{sec} {n:02d}", page="{n:02d}")]),
    (0.75, [ln("{n:02d} {sec}", page="{n:02d}"), "本版编辑：{name}"]),
    [],
    front=[masthead("东方体育日报"), "ORIENTAL SPORTS DAILY", ln("{date} {wd}", date=True),
           "第{no:5000-5999}期 本期{pages}版 国内统一连续出版物号 CN 31-0000"])
_df_bottom = furniture((0.5, [ln("东方体育日报 {date} {wd}", paper=True, date=True), "体育热线：{tel:021}"]),
                       [ln("{y}年{m}月{d}日", date=True), "编辑 {name} 美编 {name}", opt(0.5, ["东体官方微博 @东方体育"])])

_sx_top = furniture(
    (0.5, [ln("山西农民报 {y}年{m}月{d}日", paper=True, date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{sec} {n}", page="{n}"), ln("{date} {wd} 农历{slunar}", date=True), "责任编辑 {name}"],
    front=[masthead("山西农民报"), ln("{date} {wd} 农历{lunar}", date=True),
           "总第{no:3000-3999}期 今日{pages}版 国内统一连续出版物号 CN 14-0000", "全年订价120元 邮发代号 21-00"])
_sx_bottom = furniture((0.5, ["本报地址：太原市某某街{no:10-99}号 电话：{tel:0351}"]), ["农技咨询热线：{tel:0351}"])

_dz_top = furniture(
    (0.5, [ln("大众科技报", paper=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{sec} {n:02d}", page="{n:02d}")],
    front=[masthead("大众科技报"), "某某省科学技术协会主管主办", ln("{date} {wd}", date=True),
           "第{no:2000-2999}期 本期{pages}版 国内统一连续出版物号 CN 37-0000"])
_dz_bottom = furniture((0.5, [ln("{y}年{m}月{d}日 {wd}", date=True), "责任编辑：{name} 校对：{name}"]),
                       [ln("大众科技报 {date}", paper=True, date=True), "投稿邮箱：dzkjb@example.cn"])

_nv_top = furniture(
    (0.5, [ln("今日女报 {date} {wd}", paper=True, date=True), ln("{n:02d} {sec}", page="{n:02d}")]),
    [ln("第{n}版 {sec} 主编 {name} 责编 {name}", page="{n}"), DATED],
    front=[masthead("今日女报"), "湖南省妇女联合会主管主办", "凤网 www.example.cn", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:1000-1999}期 今日{pages}版 国内统一连续出版物号 CN 43-0000"])
_nv_bottom = furniture((0.5, ["女报热线：{tel:0731}", "扫码关注今日女报微信公众号"]), ["广告热线：{tel:0731} 发行热线：{tel:0731}"])

_jh_top = furniture(
    (0.5, [ln("柬华日报 {date} {wd}", paper=True, date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{sec} {n}", page="{n}"), ln("{y}年{m}月{d}日 佛历{be}年", date=True)],
    front=[masthead("柬华日报"), "JIAN HUA DAILY", "柬埔寨柬华理事总会主办", ln("{date} {wd} 佛历{be}年", date=True),
           "第{no:9000-9999}号 本期{pages}版 金边出版"],
    fields={"be": _buddhist_year})
_jh_bottom = furniture((0.5, ["编辑部：{khtel} 广告部：{khtel}"]), ["社址：金边市某某大道{no:100-999}号"], fields={"khtel": _kh_phone})


@dataclasses.dataclass
class Fresh33Family(Fresh9Family):
    seed_stride: int = FRESH33_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh33Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh33Builder, justified=True,
                         **kw)


FRESH33_FAMILIES = [
    fam("zhangye_daily", "张掖日报", _zy_top, _zy_bottom, {by_zy: 1},
        brief_bylines={by_zy_brief: 1}, credits=(cr_zy,), width=(16, 22), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.02, displaced=0.15, caption_pool=ZY_CAPTIONS, brief_pool=ZY_BRIEFS,
        brief_pool_share=0.6, paper_outlet="张掖日报全媒体",
        labels={"column": ("县区传真", "张掖快讯"), "bullet": ("◆",), "photos": ("金张掖影像", "图片新闻")},
        plans=((["leadacross", "zyveg", "bare"], {"front": True, "turn": 1}),
               (["continuation", "zyqa", "brief"], {"page": 2, "turn": 0}),
               (["photonews", "zygroup", "photo", "deck"], {"blank": "every", "turn": 2}),
               (["brief", "bare", "deck", "briefcol", "brief"], {"blank": "none"})),
        page_style="cn", sections=("要闻", "县区", "综合")),
    fam("henan_business", "河南商报", _hn_top, _hn_bottom, {by_hn: 1},
        brief_bylines={by_hn_brief: 1}, credits=(cr_hn,), width=(13, 19), blank={"para": 2, "every": 1},
        indent=0.3, letterspace=0.3, stray_spaces=0.03, doubled=0.15, displaced=0.1, caption_pool=HN_CAPTIONS,
        brief_pool=HN_BRIEFS, brief_pool_share=0.6, paper_outlet="河南商报",
        labels={"column": ("商报快讯", "郑州速递"), "bullet": ("■",), "photos": ("商报视觉", "图片新闻")},
        plans=((["decklead", "hnlimits", "brief"], {"front": True, "turn": 0}),
               (["continuation", "hnqa", "hnnotice"], {"page": 2, "turn": 1}),
               (["deck", "bare", "brief", "photo", "brief"], {"blank": "none", "displaced": 1.0, "turn": 2}),
               (["photonews", "hngroup", "deck", "briefcol"], {"blank": "every"})),
        page_style="A", sections=("郑州新闻", "民生", "城事")),
    fam("dongfang_sports", "东方体育日报", _df_top, _df_bottom, {by_df: 1},
        brief_bylines={by_df_brief: 1}, credits=(cr_df,), width=(18, 26), blank={"para": 2, "none": 1},
        indent=0.2, letterspace=0.2, stray_spaces=0.02, doubled=0.1, displaced=0.15, caption_pool=DF_CAPTIONS,
        brief_pool=DF_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("体坛速递", "东体快讯"), "bullet": ("●",), "photos": ("东体视觉", "图片新闻")},
        plans=((["decklead", "dfresults", "bare"], {"front": True, "turn": 2}),
               (["dfresults", "dfstandings", "brief", "dfresults", "dftv", "bare"], {"blank": "none", "turn": 0}),
               (["dfqa", "photo", "dfcomment"], {"turn": 1}),
               (["photonews", "dfgroup", "deck", "briefcol"], {"blank": "every"})),
        page_style="0", sections=("中超", "综合体育", "国际足球")),
    fam("shanxi_farmers", "山西农民报", _sx_top, _sx_bottom, {by_sx: 1},
        brief_bylines={by_sx_brief: 1}, credits=(cr_sx,), width=(14, 20), blank={"para": 1, "every": 1},
        indent=0.5, letterspace=0.4, stray_spaces=0.05, doubled=0.2, displaced=0.2, caption_pool=SX_CAPTIONS,
        brief_pool=SX_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("三晋农讯", "各地农情"), "bullet": ("▲",), "photos": ("田间影像", "图片新闻")},
        plans=((["leadacross", "sxinputs", "photo"], {"front": True, "turn": 1}),
               (["sxqa", "sxweather", "brief"], {"blank": "every", "turn": 2}),
               (["sxlistings", "bare", "brief", "sxlistings", "briefcol"], {"blank": "none", "turn": 0}),
               (["photonews", "sxgroup", "deck", "photo"], {})),
        page_style="cn", sections=("要闻", "农技", "农村")),
    fam("dazhong_keji", "大众科技报", _dz_top, _dz_bottom, {by_dz: 1},
        brief_bylines={by_dz_brief: 1}, credits=(cr_dz,), width=(17, 24), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.2, stray_spaces=0.02, displaced=0.15, caption_pool=DZ_CAPTIONS, brief_pool=DZ_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("科技简讯", "科普动态"), "bullet": ("◎",)},
        plans=((["decklead", "dzsky", "brief"], {"front": True, "turn": 2}),
               (["continuation", "dzqa", "photo"], {"page": 2, "turn": 1}),
               (["dzcomments", "dzcards", "briefcol"], {"blank": "para", "turn": 0}),
               (["leadacross", "photo", "bare"], {"blank": "none"})),
        page_style="0", sections=("科技要闻", "科普天地", "健康")),
    fam("jinri_nvbao", "今日女报", _nv_top, _nv_bottom, {by_nv: 1},
        brief_bylines={by_nv_brief: 1}, credits=(cr_nv,), width=(12, 17), per_article_width=True,
        blank={"para": 1, "every": 2}, letterspace=0.4, stray_spaces=0.05, doubled=0.25, displaced=0.2,
        caption_pool=NV_CAPTIONS, brief_pool=NV_BRIEFS, brief_pool_share=0.6, paper_outlet="今日女报/凤网",
        labels={"photos": ("图片新闻", "她影像")},
        plans=((["deck", "nvhotline", "bare"], {"front": True, "turn": 1}),
               (["nvletters", "nvnotice", "brief"], {"turn": 2}),
               (["nvqa", "photo", "brief"], {"blank": "every", "turn": 0}),
               (["photonews", "nvgroup", "photo", "bare", "brief"], {"blank": "none"})),
        page_style="0", sections=("女性新闻", "家庭", "社会")),
    fam("jianhua_cambodia", "柬华日报", _jh_top, _jh_bottom, {by_jh: 1},
        brief_bylines={by_jh_brief: 1}, credits=(cr_jh,), width=(15, 21), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.1, stray_spaces=0.03, doubled=0.1, displaced=0.2, caption_pool=JH_CAPTIONS,
        brief_pool=JH_BRIEFS, brief_pool_share=0.7,
        plans=((["deck", "jhrates", "bare"], {"front": True, "turn": 1}),
               (["jhqa", "briefpair"], {"turn": 2}),
               (["leadacross", "jhflights", "jhnotice"], {"blank": "every", "turn": 0}),
               (["photonews", "photo", "deck", "photo", "brief"], {"blank": "none"})),
        page_style="cn", sections=("侨社", "柬埔寨新闻", "中柬交流")),
]
