"""A twenty-sixth set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator on these pages.  Seven papers the corpus had not imitated, of seven kinds the corpus has
few of (checked by name against the development builders and gold, and against the held-back set only with
a script that names this set's families whose paper a held-back page also has): a prefecture city daily of
Hunan, a national ocean paper, a Chongqing county-level city paper, a northern evening paper, a students'
paper, a Philippine Chinese paper and a provincial science paper.  Every family wraps its columns by width
(`justified`: a line of digits or Latin letters holds more characters than one of ideographs), captions and
box rows too.  Nearly every page carries a story that keeps its section headings under a deck (its
subtitle) or a long kicker, beside a photo or a brief that may be unsigned.  Each page of a family follows
one of four page plans, of varied kinds: a page of several short items with no blank line between them, a
page carried by a long interview (the guest's name as the answer label, or 问/答), a page of photo news (a
label over one large photo, then small ones and a numbered group, each credited), a page whose lead is read
across two columns with a brief and ends in a jump line; byline and credit forms take turns across a
family's pages.

* `yueyang_city` 岳阳日报 (Hunan, prefecture-level): a front page with `YUEYANG DAILY`, 中共岳阳市委机关报 and
  农历; a lead under its deck ending in a jump line and **page 2 carrying it on**; `全媒体记者 X`, `岳阳日报全媒体
  记者 X 通讯员 Y`, `通讯员 X Y 全媒体记者 Z`; briefs glued `本报讯（全媒体记者 X 通讯员 Y）` or closed by the office
  and the name `（汨罗市融媒体中心 X）`; **停水通知 notices** (issuer and date as bylines, a 0730 phone); a
  photo-news page (洞庭影像) with a numbered group; ◆ 县市区动态; a briefs page with no blank line.
* `haiyang_ocean` 中国海洋报 (a national ocean paper): `CHINA OCEAN NEWS` and 农历; `本报记者 X`, `■本报记者 X
  通讯员 Y`, `本报记者 X 厦门报道`; briefs glued `本报讯（通讯员 X）` or closed by `（自然资源部北海局 X）`;
  **近海预报 boxes** (`渤海 浪高0.6～1.0米 水温24℃ 东北风4级`); **海洋科普 boxes** of ①②③ rows; a long
  interview with a scientist (`记者：` or `中国海洋报：` / the guest's name); 蓝色论坛 pieces signed `□X`, `文/X`
  or by the bare name with an `（作者系…）` note; a lead read across with a brief.
* `hechuan_county` 合川日报 (Chongqing, a former county-level city): `合川日报` with 中共重庆市合川区委机关报, pages
  numbered 第X版; a lead with a jump line and page 2 carrying it on; `记者 X`, `记者 X 文/图` (author and
  photographer), `合川日报记者 X 实习生 Y`; briefs `本报讯（记者 X）` glued or on a line of their own, or closed
  by the town and the name `（涞滩镇 X）`; **停电公告 notices** (a 023 phone); a photo-news page; ▲ 镇街快讯;
  社保 Q&A `问：`/`答：`; a lead read across with a brief.
* `changchun_evening` 长春晚报 (Jilin): columns of 12–17 ems set per story, a blank line after every line on some
  pages, stray spaces, doubled-glyph and displaced headlines, pages with no running head; `长春晚报记者 X`,
  `本报记者 X 报道`, `记者 X 实习生 Y`; briefs glued `本报讯（记者 X 通讯员 Y）` or closed by `（实习生 X 记者 Y）`;
  **春城天气 boxes** (`今天 晴转多云 -12℃～-3℃ 西南风3级`); Q&A `晚报：` or `记者：` / the guest's name; a
  photo-news page with a numbered group; a lead read across with a brief.
* `xuesheng_students` 学生导报 (四川, a students' paper): `学生导报` with 共青团四川省委主管 and a weekly issue
  number, pages numbered 第X版; `学生导报记者 X`, `本报记者 X 通讯员 Y`, `本报小记者 X`; briefs glued `本报讯（通讯员
  X）` or closed by the school and the name `（某某市第一中学 X）`; **学习方法 boxes** of ①②③ rows; **考试日程
  boxes** (`6月7日 9:00 语文`); an interview with a student (`小记者：` / her name); 校园时评 pieces with an
  `（作者系…学生）` note; ● 校园快讯; a lead read across with a brief.
* `feilvbin_business` 菲律宾商报 (Manila): `CHINESE COMMERCIAL NEWS`, 马尼拉出版, `(02) 8xxx-xxxx` phones;
  `本报记者 X`, `商报记者 X 报道`, glued `本报马尼拉讯` naming no one; briefs opening `【本报讯】` or closed by
  `（记者 X）`; **比索兑换 tables** (`美元 56.10 56.45`, `数据来源：…`); **侨社动态 boxes** (`7月6日 18:00 某某宗亲会
  就职典礼`); Q&A `记者：` or `商报：` / the guest's name; 菲华论坛 pieces with an `（作者为…）` note; a photo-news
  page; ◆ 侨社简讯; two briefs read across.
* `anhui_science` 安徽科技报 (a provincial science paper): `ANHUI SCIENCE AND TECHNOLOGY NEWS` and 农历; a lead with
  a jump line and page 2 carrying it on; `本报记者 X`, `□本报通讯员 X 记者 Y`, `本报记者 X 文/图` (author and
  photographer); briefs `本报讯（记者 X 通讯员 Y）` glued or on a line of their own, or closed by `（某某县农业技术推广
  中心 X）`; **新品种 tables** (`皖稻153 680 沿淮地区`, `数据来源：…`); **科技小贴士 boxes** of ①②③ rows; 农技问答
  `问：`/`答：`; ■ 科技快讯; a brief and a photo read across; a briefs page with a blank line after every line.

Gold conventions are those of the README; new here: a 比索兑换 / 新品种 table is an `infobox` (its label the kicker,
the column-header row its first row), its `数据来源` line a `credit`; a 近海预报 / 海洋科普 / 春城天气 / 学习方法 / 考试日程 /
侨社动态 / 科技小贴士 box is an `infobox` titled with its label, or with the label as kicker when a title follows; a
停水通知 / 停电公告 notice is an `infobox` whose issuer and date are bylines and which names no one; `本报记者 X 厦门报道`
and `商报记者 X 报道` name X; `记者 X 文/图` and `本报记者 X 文/图` make X author and photographer; `【本报讯】` and a bare
`本报马尼拉讯` name no one (a short item opening `【本报讯】` is a `brief`, as 本报讯 makes it; one opening `本报马尼拉讯` an `article`); `（汨罗市融媒体中心 X）`, `（涞滩镇 X）`, `（自然资源部北海局
X）` and `（某某市第一中学 X）` name X; `（资料图片）` and `（受访者供图）` name no photographer; a short item printed with no
byline at all is an `article`; the 洞庭影像 / 图片新闻 labels, the 蓝色论坛 / 校园时评 / 菲华论坛 labels and the column names
are furniture.

Seeds: FRESH26_SEED_BASE + FRESH26_SEED_STRIDE*family + 1_000*attempt + n (37_060_001 .. 37_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (captions,
photo groups, briefs, rows, notices, questions, titles and notes); names, figures, phone numbers and
addresses are made up.
"""
from __future__ import annotations

import dataclasses

from fresh_layouts_5 import _credit_turns
from fresh_layouts_25 import Fresh25Builder, Fresh25Family
from layout_kit import DATED, TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, turns

FRESH26_SEED_BASE = 37_000_000
FRESH26_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

YY_OFFICES = ("汨罗市融媒体中心", "临湘市委宣传部", "华容县融媒体中心", "平江县委宣传部", "湘阴县融媒体中心")
YY_NOTICES = [
    ("停水通知",
     "因城区供水管网改造施工，需暂停部分区域供水，具体安排如下：",
     ["停水时间：{a}8:00至20:00", "停水范围：某某路以东、某某大道以北区域", "恢复供水后水质可能短时浑浊，请放水片刻后使用"],
     "请相关用户提前做好储水准备。给您带来的不便，敬请谅解。服务热线：{p}", "岳阳市某某供水有限公司"),
]
YY_GROUPS = [
    ("候鸟翔集洞庭湖", ["①成群的白鹤在湖面上空盘旋。", "②志愿者在观测点记录候鸟数量。", "③小天鹅在浅滩上觅食。"]),
    ("南湖边的早晨", ["①市民在南湖风光带晨练。", "②老人在湖边凉亭里唱花鼓戏。", "③孩子们在步道上骑行。"]),
]
YY_CAPTIONS = [("岳阳楼下，游客在洞庭湖边拍照留念。", "楼下湖光"), ("城陵矶港，货轮在码头装卸集装箱。", ""),
               ("汨罗江畔，龙舟队员在训练。", "龙舟竞渡"), ("茶农在君山岛上采摘黄茶。", "")]
YY_BRIEFS = [
    ("南湖风光带新增骑行道", "近日，南湖风光带新建的骑行道全线贯通，市民可沿湖骑行。"),
    ("社区开设老年书法班", "日前，一个社区开设老年书法班，二十多位老人报名参加。"),
    ("城区新增一批充电桩", "近日，城区一批新能源汽车充电桩投入使用，方便车主就近充电。"),
]

HY_UNITS = ("自然资源部北海局", "某某海洋环境监测中心站", "某某海洋预报台", "某某海洋研究所")
HY_SEAS = ("渤海", "黄海北部", "黄海南部", "东海", "台湾海峡", "南海北部")
HY_TIPS = [["①赶海前查看潮汐时间表", "②不要独自前往礁石区", "③涨潮前及时返回岸边"],
           ["①不随手丢弃塑料垃圾", "②不购买珊瑚制品", "③发现搁浅海洋动物及时报告", "④不惊扰海鸟栖息"]]
HY_QUESTIONS = ["这次科考最大的收获是什么？", "深海探测面临哪些难题？", "年轻科研人员怎样尽快成长？",
                "海洋观测数据怎样服务沿海百姓？", "下一步研究重点在哪里？"]
HY_TITLES = ["守护蓝色海湾需要久久为功", "让海洋科普走进课堂", "海洋经济要向绿色转型"]
HY_NOTES = ("（作者系某某海洋大学教授）", "（作者为某某海洋研究所研究员）", "（作者系某某市海洋发展局干部）")
HY_CAPTIONS = [("科考船在海上布放浮标。", "布放浮标"), ("志愿者在海滩上清理垃圾。", ""),
               ("监测人员在近岸采集海水样品。", "碧海监测"), ("红树林里，白鹭在觅食。", "")]
HY_BRIEFS = [
    ("海岸带整治修复项目完工", "近日，一处海岸带整治修复项目完工，沿岸沙滩重现洁净。"),
    ("海洋科普进校园活动启动", "日前，海洋科普进校园活动启动，科研人员为中学生讲授海洋知识。"),
    ("一批海洋观测浮标布放到位", "近日，一批海洋观测浮标在近海布放到位，将实时回传水温和浪高数据。"),
]

HC_TOWNS = ("涞滩镇", "钱塘镇", "南津街街道", "草街街道", "太和镇", "云门街道")
HC_NOTICES = [
    ("停电公告",
     "因电网设备检修，需对下列线路停电，现将有关事项公告如下：",
     ["停电时间：{a}7:30至18:30", "停电线路：10千伏某某线", "停电范围：某某镇某某村、某某社区部分区域"],
     "如遇天气原因，停电时间将顺延。咨询电话：{p}", "国网重庆市电力公司某某供电中心"),
]
HC_QUESTIONS = ["灵活就业人员怎样参加养老保险？", "社保卡丢了怎么补办？", "异地就医备案需要哪些材料？",
                "退休人员领取待遇资格认证怎样办理？", "医保个人账户可以给家人用吗？"]
HC_CAPTIONS = [("钓鱼城景区，游客在古城墙下参观。", "古城访古"), ("嘉陵江边，市民在滨江步道散步。", ""),
               ("涞滩古镇，游客在瓮城里拍照。", "古镇人气旺"), ("桃片作坊里，工人在切制桃片。", "")]
HC_BRIEFS = [
    ("一批农村公路完成改造", "近日，一批农村公路完成改造，沿线群众出行更加方便。"),
    ("社区开设暑期托管班", "日前，一个社区开设暑期托管班，为双职工家庭解决看护难题。"),
    ("滨江步道增设健身器材", "近日，滨江步道增设一批健身器材，受到市民欢迎。"),
]

CC_SKIES = ("晴", "晴转多云", "多云", "阴有小雪", "小雨转多云", "雷阵雨")
CC_QUESTIONS = ["当初为什么选择回到长春创业？", "冰雪季生意有什么变化？", "这些年最难忘的一件事是什么？",
                "怎样看待长春的夜经济？", "对年轻人有什么建议？"]
CC_GROUPS = [
    ("冰雪嘉年华", ["①游客在冰滑梯上尽情玩耍。", "②冰雕师傅在雕琢冰灯。", "③孩子们在雪地里堆雪人。"]),
    ("南湖公园的夏天", ["①市民在湖上划船。", "②老人在树荫下下象棋。", "③乐队在湖边演奏。"]),
]
CC_CAPTIONS = [("净月潭边，市民在林间步道上骑行。", "林间骑行"), ("桂林路夜市，市民在摊位前挑选小吃。", ""),
               ("南湖公园，游客在湖边赏景。", "湖光潋滟"), ("环卫工人在街头清扫积雪。", "")]
CC_BRIEFS = [
    ("两条公交线路延长运营时间", "下周起，两条公交线路延长夜间运营时间，方便市民晚间出行。"),
    ("社区食堂开门迎客", "一个社区食堂日前开门营业，为辖区老人提供午餐。"),
    ("老街区新开一家旧书店", "一家旧书店日前在老街区开业，吸引不少读者前来淘书。"),
]

XS_SCHOOLS = ("某某市第一中学", "某某县实验小学", "某某外国语学校", "某某区第七中学", "某某职业技术学校")
XS_TIPS = [["①课前预习标出不懂的地方", "②课堂笔记只记要点", "③当天作业当天完成", "④每周整理一次错题本"],
           ["①背单词分散在早晚进行", "②每天朗读十五分钟", "③用英语写一篇短日记"]]
XS_SUBJECTS = ("语文", "数学", "英语", "物理", "化学", "历史", "地理")
XS_QUESTIONS = ["你是怎样安排每天的学习时间的？", "遇到难题时你会怎么做？", "课余时间你喜欢做什么？",
                "参加这次比赛有什么收获？", "想对学弟学妹们说些什么？"]
XS_TITLES = ["少刷一会儿手机又何妨", "劳动课也是成长课", "读书不必急于求成"]
XS_NOTES = ("（作者系某某市第一中学高二学生）", "（作者系某某县实验中学初三学生）", "（作者系某某大学大一学生）")
XS_CAPTIONS = [("同学们在实验室里做化学实验。", "动手做实验"), ("学生在操场上进行接力比赛。", ""),
               ("小记者在社区采访环卫工人。", "小记者在行动"), ("学生们在图书馆里安静阅读。", "")]
XS_BRIEFS = [
    ("校园读书节开幕", "近日，一所中学举办校园读书节，同学们交换图书、分享心得。"),
    ("学生走进农田学插秧", "日前，一所小学的学生走进农田，跟着农民学习插秧。"),
    ("中学生科技创新大赛落幕", "近日，一场中学生科技创新大赛落幕，一批学生作品获奖。"),
]

FL_RATES = (("美元", 56.10, 0.35), ("人民币", 7.72, 0.06), ("港元", 7.18, 0.05), ("新台币", 1.72, 0.02),
            ("日元", 0.37, 0.01), ("欧元", 60.85, 0.48))
FL_EVENTS = (("某某宗亲会", "就职典礼"), ("某某同乡会", "中秋联欢晚会"), ("某某校友会", "助学金颁发仪式"),
             ("某某青年商会", "义诊活动"), ("某某文化协会", "书画展开幕"))
FL_QUESTIONS = ["当年为什么会来到菲律宾发展？", "企业经营遇到过哪些难关？", "怎样看待华校的中文教育？",
                "年轻一代华裔还愿意学中文吗？", "对侨社工作有什么期望？"]
FL_TITLES = ["华文教育需要更多年轻教师", "侨社要为社会多办实事", "中菲往来要多走动多交流"]
FL_NOTES = ("（作者为某某华校校长）", "（作者为菲华某某研究会理事）", "（作者系资深媒体人）")
FL_CAPTIONS = [("王彬街上，市民在华人商铺前选购年货。", "王彬街年味"), ("侨社义工为社区居民派发大米。", ""),
               ("华校学生在舞台上表演舞狮。", "醒狮贺岁"), ("马尼拉湾畔，市民在海边看日落。", "")]
FL_BRIEFS = [
    ("华校举办中文朗诵比赛", "一所华校日前举办中文朗诵比赛，数十名学生参赛。"),
    ("侨社为灾民捐赠物资", "一个侨社日前向受台风影响的灾民捐赠大米和饮用水。"),
    ("商会举办经贸座谈会", "一个商会日前举办经贸座谈会，与会者交流投资经验。"),
]

AH_UNITS = ("某某县农业技术推广中心", "某某市科学技术协会", "某某县农业农村局", "某某市农业科学院")
AH_VARIETIES = (("皖稻153", 680, "沿淮地区"), ("皖麦52", 560, "淮北平原"), ("徽豆38", 210, "江淮丘陵"),
                ("皖油29", 230, "沿江地区"), ("皖玉15", 620, "淮北平原"), ("黄山绿茶1号", 95, "皖南山区"))
AH_TIPS = [["①高温天气下午五点后再打药", "②喷药时穿长袖戴口罩", "③用过的农药瓶集中回收"],
           ["①雨后及时排除田间积水", "②检查稻田有无病虫害", "③倒伏作物及时扶正培土", "④适量追施速效肥"]]
AH_QUESTIONS = ["水稻叶子发黄是什么原因？", "大棚蔬菜怎样防治灰霉病？", "小龙虾养殖怎样控制水质？",
                "果树夏季修剪要注意什么？", "茶园怎样预防倒春寒？"]
AH_CAPTIONS = [("农技人员在田间指导农民防治病虫害。", "田间课堂"), ("无人机在稻田上空喷洒农药。", ""),
               ("科研人员在实验室观察水稻种子。", "育种攻关"), ("茶农在茶园里查看新芽长势。", "")]
AH_BRIEFS = [
    ("科技特派员下乡服务", "近日，一批科技特派员来到乡村，为农户解决生产难题。"),
    ("青少年科技节开幕", "日前，一场青少年科技节开幕，中小学生展示科技小发明。"),
    ("农民手机应用技能培训举办", "近日，一个县举办农民手机应用技能培训，教农户直播卖货。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_yy = chosen(Above("全媒体记者 {0!l}"), Above("岳阳日报全媒体记者 {0!l} 通讯员 {1}", 2),
               Above("通讯员 {0} {1} 全媒体记者 {2!l}", 3), turn="by", drawn=2)
by_yy_brief = turns(Form("本报讯（全媒体记者 {0} 通讯员 {1}）", 2), Form("（{c0} {0}）", choices=(YY_OFFICES,), **TRAIL))

by_hy = chosen(Above("本报记者 {0!l}"), Above("■本报记者 {0!l} 通讯员 {1}", 2), Above("本报记者 {0!l} 厦门报道"),
               turn="by", drawn=2)
by_hy_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{c0} {0}）", choices=(HY_UNITS,), **TRAIL))

by_hc = chosen(Above("记者 {0!l}"), Above("记者 {0!l} 文/图", photo=True), Above("合川日报记者 {0!l} 实习生 {1}", 2),
               turn="by", drawn=2)
by_hc_brief = turns(Form("本报讯（记者 {0}）", line_share=0.5), Form("（{c0} {0}）", choices=(HC_TOWNS,), **TRAIL))

by_cc = chosen(Above("长春晚报记者 {0!l}"), Above("本报记者 {0!l} 报道"), Above("记者 {0!l} 实习生 {1}", 2),
               turn="by", drawn=2)
by_cc_brief = turns(Form("本报讯（记者 {0} 通讯员 {1}）", 2), Form("（实习生 {0} 记者 {1}）", 2, **TRAIL))

by_xs = chosen(Above("学生导报记者 {0!l}"), Above("本报记者 {0!l} 通讯员 {1}", 2), Above("本报小记者 {0!l}"),
               turn="by", drawn=2)
by_xs_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{c0} {0}）", choices=(XS_SCHOOLS,), **TRAIL))

by_fl = chosen(Above("本报记者 {0!l}"), Above("商报记者 {0!l} 报道"), Form("本报马尼拉讯 ", 0, hint="plain"), turn="by")
by_fl_brief = turns(Form("【本报讯】", 0), Form("（记者 {0}）", **TRAIL))

by_ah = chosen(Above("本报记者 {0!l}"), Above("□本报通讯员 {0!l} 记者 {1}", 2), Above("本报记者 {0!l} 文/图", photo=True),
               turn="by", drawn=2)
by_ah_brief = turns(Form("本报讯（记者 {0} 通讯员 {1}）", 2, line_share=0.5), Form("（{c0} {0}）", choices=(AH_UNITS,), **TRAIL))


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_yy = _credit_turns(("全媒体记者 {n} 摄", "（{n} 摄）", "通讯员 {n} 摄"))
cr_hy = _credit_turns(("本报记者 {n} 摄", "（资料图片）", "（{n} 摄）"))
cr_hc = _credit_turns(("记者 {n} 摄", "（{n} 摄）", "通讯员 {n} 摄"))
cr_cc = _credit_turns(("长春晚报记者 {n} 摄", "记者 {s}/摄", "（资料图片）"))
cr_xs = _credit_turns(("本报记者 {n} 摄", "（受访者供图）", "小记者 {n} 摄"))
cr_fl = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "（资料图片）"))
cr_ah = _credit_turns(("本报记者 {n} 摄", "通讯员 {n} 摄", "（{n} 摄）"))


# --------------------------------------------------------------------------- builder


class Fresh26Builder(Fresh25Builder):

    def weather_rows(self, days, skies, lows, spread):
        """Rows `日子 天气 低℃～高℃ 风向风力` of the coming days, the lows drawn from `lows`."""
        rng = self.rng
        rows = []
        for day in days:
            low = rng.randrange(*lows)
            rows.append(f"{day} {rng.choice(skies)} {low}℃～{low + rng.randrange(*spread)}℃ "
                        f"{rng.choice(('东南', '西南', '西北', '东北', '北'))}风{rng.randrange(2, 5)}级")
        return rows

    # -------------------------------------------------------------- 岳阳日报

    def slot_yynotice(self):
        return self.dated_notice(*YY_NOTICES[0], "0730")

    def slot_yygroup(self):
        return self.group(YY_GROUPS)

    # -------------------------------------------------------------- 中国海洋报

    def slot_hyforecast(self):
        rng = self.rng
        rows = []
        for sea in rng.sample(HY_SEAS, rng.choice((3, 4))):
            wave = rng.randrange(3, 15) / 10
            rows.append(f"{sea} 浪高{wave:.1f}～{wave + rng.randrange(3, 8) / 10:.1f}米 水温{rng.randrange(14, 29)}℃ "
                        f"{rng.choice(('东北', '东南', '偏南', '偏北'))}风{rng.randrange(3, 7)}级")
        return self.rows_box(("近海预报", "海洋预报"), rows, title="未来24小时近海海况" if rng.random() < 0.5 else "")

    def slot_hytips(self):
        return self.tips(("海洋科普", "海洋小知识"), HY_TIPS, title="文明赶海小贴士" if self.rng.random() < 0.5 else "")

    def slot_hyqa(self):
        return self.staff_qa(HY_QUESTIONS, ("记者：", "中国海洋报："))

    def slot_hycomment(self):
        return self.signed_piece(HY_TITLES, HY_NOTES, ("蓝色论坛", "海洋观察"), ("□", "文/"))

    # -------------------------------------------------------------- 合川日报

    def slot_hcnotice(self):
        return self.dated_notice(*HC_NOTICES[0], "023")

    def slot_hcqa(self):
        return self.staff_qa(HC_QUESTIONS, None)

    # -------------------------------------------------------------- 长春晚报

    def slot_ccweather(self):
        rng = self.rng
        cold = self.ctx.date.month in (1, 2, 3, 11, 12)
        rows = self.weather_rows(("今天", "明天", "后天")[:rng.choice((2, 3))], CC_SKIES,
                                 (-18, -6) if cold else (12, 20), (6, 11))
        return self.rows_box(("春城天气", "晚报天气"), rows, title="气温起伏 注意添衣" if rng.random() < 0.5 else "")

    def slot_ccqa(self):
        return self.staff_qa(CC_QUESTIONS, ("晚报：", "记者："))

    def slot_ccgroup(self):
        return self.group(CC_GROUPS)

    # -------------------------------------------------------------- 学生导报

    def slot_xstips(self):
        return self.tips(("学习方法", "学习小妙招"), XS_TIPS, title="期末复习这样做" if self.rng.random() < 0.5 else "")

    def slot_xsexams(self):
        rng = self.rng
        subjects = rng.sample(XS_SUBJECTS, rng.choice((3, 4)))
        rows = self.dated_rows(subjects, "{m}月{d}日 {h}:00 {place}", days=2)
        return self.rows_box(("考试日程", "考试安排"), rows, title="期末考试时间安排" if rng.random() < 0.5 else "")

    def slot_xsqa(self):
        return self.staff_qa(XS_QUESTIONS, ("小记者：", "记者："))

    def slot_xscomment(self):
        return self.signed_piece(XS_TITLES, XS_NOTES, ("校园时评", "学生论坛"), ("■", "文/"))

    # -------------------------------------------------------------- 菲律宾商报

    def slot_flrates(self):
        rng = self.rng
        quotes = [(name, buy * rng.randrange(996, 1005) / 1000, spread)
                  for name, buy, spread in rng.sample(FL_RATES, rng.choice((4, 5)))]
        rows = [f"{name} {bought:.2f} {bought + spread:.2f}" for name, bought, spread in quotes]
        return self.price_table(("比索兑换", "外汇行情"), "今日外币兑换比索参考价", ("币种 买入 卖出", "货币 银行买入价 银行卖出价"),
                                rows, ("数据来源：某某银行马尼拉分行", "数据来源：菲律宾某某银行"))

    def slot_flevents(self):
        rng = self.rng
        picked = rng.sample(FL_EVENTS, rng.choice((3, 4)))
        rows = self.dated_rows([f"{place} {what}" for place, what in picked], "{m}月{d}日 {e}:00 {place}", days=2)
        return self.rows_box(("侨社动态", "侨社活动"), rows, title="本周侨社活动预告" if rng.random() < 0.5 else "")

    def slot_flqa(self):
        return self.staff_qa(FL_QUESTIONS, ("记者：", "商报："))

    def slot_flcomment(self):
        return self.signed_piece(FL_TITLES, FL_NOTES, ("菲华论坛", "商报观点"), ("文/", "□"))

    # -------------------------------------------------------------- 安徽科技报

    def slot_ahvarieties(self):
        rng = self.rng
        rows = [f"{name} {yields + rng.randrange(-4, 5) * 5} {area}"
                for name, yields, area in rng.sample(AH_VARIETIES, rng.choice((4, 5)))]
        return self.price_table(("新品种", "良种推介"), "今年推广的主要农作物新品种", ("品种 亩产（公斤） 适宜地区", "品种名称 平均亩产 推广区域"),
                                rows, ("数据来源：某某省种子管理总站", "数据来源：某某市农业科学院"))

    def slot_ahtips(self):
        return self.tips(("科技小贴士", "农技提醒"), AH_TIPS, title="夏季田管要点" if self.rng.random() < 0.5 else "")

    def slot_ahqa(self):
        return self.staff_qa(AH_QUESTIONS, None)


# --------------------------------------------------------------------------- furniture


def _fl_phone(ctx):
    return f"(02) 8{ctx.rng.randrange(100, 999)}-{ctx.rng.randrange(1000, 9999)}"


_yy_top = furniture(
    (0.5, [ln("{date} {wd}", date=True), ln("岳阳日报 {sec} 第{n:02d}版", paper=True, page="{n:02d}")]),
    [ln("{n:02d} {ssec}", page="{n:02d}"), ln("岳阳日报 {y}.{m}.{d}", paper=True, date=True), "责编：{name} 版式：{name}"],
    front=[masthead("岳阳日报"), "YUEYANG DAILY", "中共岳阳市委机关报", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:15000-15999}期 今日{pages}版 国内统一连续出版物号 CN 43-0000"])
_yy_bottom = furniture((0.5, [ln("岳阳日报社出版 新闻热线：{tel:0730}", paper=True)]),
                       ["社址：岳阳市某某路{no:10-99}号 广告热线：{tel:0730}", opt(0.5, ["本版校对 {name}"])])

_hy_top = furniture(
    (0.5, [ln("中国海洋报", paper=True), ln("{date} {wd}", date=True), ln("{sec} {n}", page="{n}")]),
    [ln("第{n}版 {sec} {date}", date=True, page="{n}"), "责任编辑：{name} 电话：{tel:010}"],
    front=[masthead("中国海洋报"), "CHINA OCEAN NEWS", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:4000-4999}期 今日{pages}版 国内统一连续出版物号 CN 11-0000"])
_hy_bottom = furniture((0.5, ["本版编辑：{name} 校对：{name}"]), ["投稿邮箱：zghyb@example.cn 发行热线：{tel:010}"])

_hc_top = furniture(
    (0.5, [ln("合川日报 {date} {wd}", paper=True, date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{sec} | 第{n}版", page="{n}"), DATED, "编辑 {name}"],
    front=[masthead("合川日报"), "中共重庆市合川区委机关报", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:6000-6999}期 今日{pages}版 重庆市连续性内部资料准印证"])
_hc_bottom = furniture((0.5, [ln("合川日报社 新闻热线：{tel:023}", paper=True)]), ["本版校对 {name} 投稿邮箱：hcrb@example.cn"])

_cc_top = furniture(
    (0.4, [ln("长春晚报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("A{n} {sec}", page="A{n}")]),
    (0.8, [ln("A{n} / {sec} / {y}.{m}.{d} / 责编 {name}", date=True, page="A{n}")]),
    [])
_cc_bottom = furniture((0.5, [ln("长春晚报热线 {tel:0431}", paper=True), "扫码关注长春晚报微信公众号"]),
                       ["美编 {name} 校对 {name}"])

_xs_top = furniture(
    (0.5, [ln("学生导报", paper=True), ln("{date} {wd} 第{n}版 {sec}", date=True, page="{n}")]),
    [ln("第{n}版 · {sec}", page="{n}"), ln("{y}年{m}月{d}日", date=True), "本版编辑 {name}"],
    front=[masthead("学生导报"), "共青团四川省委主管主办", ln("{date} {wd}", date=True),
           "总第{no:1000-1999}期 本期{pages}版 国内统一连续出版物号 CN 51-0000"])
_xs_bottom = furniture((0.5, ["投稿邮箱：xsdb@example.cn 读者热线：{tel:028}"]), ["美术编辑 {name} 校对 {name}"])

_fl_top = furniture(
    (0.5, [ln("菲律宾商报 {date} {wd}", paper=True, date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{sec} | 第{n}版", page="{n}"), ln("{y}年{m}月{d}日 {wd}", date=True)],
    front=[masthead("菲律宾商报"), "CHINESE COMMERCIAL NEWS", "马尼拉出版", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:30000-30999}号 今日{pages}版"])
_fl_bottom = furniture((0.5, ["编辑部电话：{fltel} 广告部：{fltel}"]), ["www.example.ph"], fields={"fltel": _fl_phone})

_ah_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), ln("安徽科技报 {date} {wd}", paper=True, date=True)]),
    [ln("{date} {wd} 第{n}版 {sec}", date=True, page="{n}"), "责任编辑：{name} 美编：{name}"],
    front=[masthead("安徽科技报"), "ANHUI SCIENCE AND TECHNOLOGY NEWS", "安徽省科学技术协会主管", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:5000-5999}期 今日{pages}版 国内统一连续出版物号 CN 34-0000"])
_ah_bottom = furniture((0.5, ["本版编辑：{name} 电话：{tel:0551}"]), ["科技服务热线：{tel:0551} 投稿邮箱：ahkjb@example.cn"])


@dataclasses.dataclass
class Fresh26Family(Fresh25Family):
    seed_stride: int = FRESH26_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh26Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh26Builder, justified=True,
                         **kw)


FRESH26_FAMILIES = [
    fam("yueyang_city", "岳阳日报", _yy_top, _yy_bottom, {by_yy: 1},
        brief_bylines={by_yy_brief: 1}, credits=(cr_yy,), width=(15, 22), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.02, displaced=0.2, caption_pool=YY_CAPTIONS, brief_pool=YY_BRIEFS,
        brief_pool_share=0.6, paper_outlet="岳阳日报全媒体",
        labels={"column": ("县市区动态", "岳阳简讯"), "bullet": ("◆",), "photos": ("洞庭影像", "图片新闻")},
        plans=((["decklead", "photo", "bare"], {"front": True, "turn": 0}),
               (["continuation", "deck", "yynotice"], {"page": 2, "turn": 1}),
               (["photonews", "photo", "yygroup", "bare"], {"blank": "every"}),
               (["briefcol", "deck", "bare", "brief"], {"blank": "none", "turn": 2})),
        page_style="0", sections=("要闻", "县市区", "社会")),
    fam("haiyang_ocean", "中国海洋报", _hy_top, _hy_bottom, {by_hy: 1},
        brief_bylines={by_hy_brief: 1}, credits=(cr_hy,), width=(16, 25), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.2, stray_spaces=0.02, displaced=0.2, caption_pool=HY_CAPTIONS, brief_pool=HY_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("海洋动态", "蓝色快讯"), "bullet": ("■",)},
        plans=((["hyforecast", "deck", "bare"], {"front": True}),
               (["hyqa", "photo", "bare"], {}),
               (["hycomment", "hytips", "briefcol"], {"blank": "every"}),
               (["leadacross", "photo", "bare"], {"blank": "none", "turn": 0})),
        page_style="plain", sections=("要闻", "海洋生态", "科技")),
    fam("hechuan_county", "合川日报", _hc_top, _hc_bottom, {by_hc: 1},
        brief_bylines={by_hc_brief: 1}, credits=(cr_hc,), width=(14, 21), blank={"para": 2, "every": 1},
        indent=0.5, letterspace=0.3, stray_spaces=0.02, displaced=0.15, caption_pool=HC_CAPTIONS, brief_pool=HC_BRIEFS,
        brief_pool_share=0.6, paper_outlet="合川日报",
        labels={"column": ("镇街快讯", "合川简讯"), "bullet": ("▲",), "photos": ("图片新闻", "合川影像")},
        plans=((["decklead", "bare", "photo"], {"front": True}),
               (["continuation", "hcqa", "brief"], {"page": 2}),
               (["photonews", "photo", "photo", "hcnotice"], {"blank": "none", "turn": 1}),
               (["leadacross", "briefcol", "bare"], {"turn": 2})),
        page_style="plain", sections=("要闻", "镇街", "民生")),
    fam("changchun_evening", "长春晚报", _cc_top, _cc_bottom, {by_cc: 1},
        brief_bylines={by_cc_brief: 1}, credits=(cr_cc,), width=(12, 17), per_article_width=True,
        blank={"para": 1, "every": 2}, letterspace=0.4, stray_spaces=0.05, doubled=0.2, displaced=0.3,
        caption_pool=CC_CAPTIONS, brief_pool=CC_BRIEFS, brief_pool_share=0.6, paper_outlet="长春晚报",
        labels={"column": ("春城速递", "晚报快讯"), "bullet": ("●",), "photos": ("图片新闻", "晚报视觉")},
        plans=((["ccweather", "photo", "deck"], {}),
               (["ccqa", "bare", "brief"], {"blank": "every"}),
               (["photonews", "photo", "ccgroup", "bare"], {}),
               (["leadacross", "brief", "photo"], {"blank": "none", "turn": 0})),
        page_style="A", sections=("长春新闻", "城事", "民生")),
    fam("xuesheng_students", "学生导报", _xs_top, _xs_bottom, {by_xs: 1},
        brief_bylines={by_xs_brief: 1}, credits=(cr_xs,), width=(15, 23), blank={"para": 2, "none": 1},
        indent=0.5, letterspace=0.2, stray_spaces=0.02, displaced=0.2, caption_pool=XS_CAPTIONS, brief_pool=XS_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("校园快讯", "校园简讯"), "bullet": ("●",)},
        plans=((["deck", "xstips", "bare"], {"front": True, "turn": 0}),
               (["photo", "xsqa", "brief"], {"turn": 1}),
               (["xscomment", "deck", "xsexams", "briefcol"], {"blank": "every"}),
               (["leadacross", "photo", "bare"], {"blank": "none", "turn": 2})),
        page_style="plain", sections=("校园", "成长", "学习")),
    fam("feilvbin_business", "菲律宾商报", _fl_top, _fl_bottom, {by_fl: 1},
        brief_bylines={by_fl_brief: 1}, credits=(cr_fl,), width=(13, 20), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.1, stray_spaces=0.03, displaced=0.2, caption_pool=FL_CAPTIONS, brief_pool=FL_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("侨社简讯", "菲华点滴"), "bullet": ("◆",), "photos": ("图片新闻", "侨社影像")},
        plans=((["deck", "bare", "flrates"], {"front": True, "turn": 0}),
               (["flqa", "briefpair"], {"turn": 1}),
               (["deck", "flcomment", "flevents", "briefcol"], {"blank": "every", "turn": 2}),
               (["photonews", "photo", "photo", "brief"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("菲华新闻", "侨社", "商务")),
    fam("anhui_science", "安徽科技报", _ah_top, _ah_bottom, {by_ah: 1},
        brief_bylines={by_ah_brief: 1}, credits=(cr_ah,), width=(16, 24), blank={"para": 2, "every": 1},
        indent=0.5, letterspace=0.2, stray_spaces=0.02, displaced=0.2, caption_pool=AH_CAPTIONS, brief_pool=AH_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("科技快讯", "科普简讯"), "bullet": ("■",)},
        plans=((["decklead", "ahtips", "bare"], {"front": True}),
               (["continuation", "ahvarieties", "briefphoto"], {"page": 2}),
               (["ahqa", "photo", "bare"], {"blank": "none"}),
               (["briefcol", "deck"], {"blank": "every", "turn": 2})),
        page_style="plain", sections=("要闻", "农村科技", "科普")),
]
