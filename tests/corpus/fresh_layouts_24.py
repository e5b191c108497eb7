"""A twenty-fourth set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator on these pages.  Seven papers the corpus had not imitated, of seven kinds the corpus has
few of (checked by name against the development builders and gold, and against the held-back set only with
a script that names this set's families whose paper a held-back page also has): a prefecture city daily of
Inner Mongolia, a national textile-industry paper, a provincial workers' paper, an Indonesian Chinese daily, the
paper of a county-level city of Hebei, a provincial rural paper and a city evening paper of Guangxi.  Every
family wraps its columns by width (`justified`: a line of digits or Latin letters holds more characters than
one of ideographs), captions and box rows too.  Nearly every page carries a story that keeps its section
headings under a deck (its subtitle) or a long kicker, beside a photo or a brief that may be unsigned.  Each
page of a family follows one of four page plans, of varied kinds: front pages, an interview page, a
commentary page of several signed pieces, a page whose headlines all stand after their texts, a supplement
page (周刊) with a column name over each piece; byline and credit forms take turns across a family's pages.

* `hulunbuir_city` 呼伦贝尔日报 (Inner Mongolia, prefecture-level): a front page with `HULUNBUIR DAILY`,
  中共呼伦贝尔市委机关报 and 农历; a lead under its deck ending in a jump line and **page 2 carrying it on**;
  `呼伦贝尔日报全媒体记者 X`, `全媒体记者 X 见习记者 Y`, glued `本报满洲里讯（全媒体记者 X 通讯员 Y）`; briefs
  glued `本报讯（全媒体记者 X）` or closed by a banner's media centre and two names `（鄂温克旗融媒体中心 X Y）`;
  **旗市区天气 boxes** (rows `满洲里 晴转多云 9℃～24℃`, `根河 小雪 -27℃～-14℃`); **牲畜行情 tables** (`活羊 26.50 +0.30`, `数据来源：…`);
  a numbered photo group; ◆ 旗市区传真 columns; two briefs read across.
* `fangzhi_textile` 中国纺织报 (纺织工业联合会主管): a `CHINA TEXTILE NEWS` front page; `本报记者 X`, `□本报记者 X
  通讯员 Y`, `本报记者 X 发自绍兴柯桥`; briefs closed by the works and the name `（某某印染公司 X）` or glued
  `本报讯（记者 X 通讯员 Y）`; **纺织原料价格 tables** (`32支纯棉纱（元/吨） 21860 +40`, `数据来源：…`); an
  **interview page** (`记者：` or `中国纺织报：` / the interviewee's name); 纺织观察 pieces signed `文/X` or by the
  bare name with an `（作者系…）` note; `（企业供图）`, `X 摄`; ▶ 行业资讯 columns; a brief and a photo read across.
* `jiangsu_workers` 江苏工人报 (江苏省总工会): a front page with its 主管主办 line; a lead with a jump line and page 2
  carrying it on; `江苏工人报记者 X`, `本报记者 X 通讯员 Y`, `本报通讯员 X Y`; briefs glued `本报讯（记者 X 通讯员
  Y）` or closed by a trade union and the name `（某某区总工会 X）`; **职工服务 boxes** (rows `法律援助 某某区职工服务
  中心 电话：025-…`); lawyers' Q&A `问：` / `答：`; a **commentary page**: a 工人时评 label over a 本报评论员 piece,
  a 劳动者说 piece signed `文/X` or by the bare name with an `（作者系…）` note, and a 职工心声 piece signed by the
  bare name with an `（作者系某某公交公司驾驶员）` note; ● 工会动态 columns.
* `guoji_indonesia` 国际日报 (a Chinese daily of Jakarta): `INTERNATIONAL DAILY NEWS`, `印度尼西亚雅加达出版`;
  `本报记者 X`, `记者 X 泗水报道`, glued `【本报棉兰讯】记者X报道：`; briefs opening `【国际日报讯】` and naming no
  one, or closed by `（本报记者 X）`; **印尼盾汇率 tables** (`人民币 2238 2262`, `数据来源：…`); **华社活动
  boxes** (rows `7月6日 14:00 泗水某某学校 华文教师培训`); Q&A `国际日报：` or `记者：` / the interviewee's
  name; 华社视点 pieces with an `（作者为…）` note; `（资料图）`, `图/X`; ◇ 印华社团 columns; two briefs read across.
* `dingzhou_county` 定州日报 (a county-level city of Hebei): a front page with 中共定州市委机关报 and 农历; a lead
  with a jump line and page 2 carrying it on; `记者 X`, `定州日报记者 X 通讯员 Y`, `通讯员 X 记者 Y`; briefs
  `本报讯（通讯员 X）` glued or on a line of their own, or closed by `（通讯员 X 记者 Y）`; town-supplied pictures;
  a **停电公告 notice** with a phone number; **粮食收购价 boxes** (`小麦 1.32元/斤`); ads mid-page; a numbered
  photo group; ■ 乡镇传真 columns; two briefs read across.
* `nongcun_rural` 农村新报 (湖北, a provincial rural paper): a front page with 湖北日报传媒集团主管主办 and 农历; a
  lead with a jump line and page 2 carrying it on; `农村新报记者 X`, `记者 X 通讯员 Y Z`, `通讯员 X Y`; briefs
  glued `本报讯（通讯员 X）` or closed by a county's farm bureau and the name `（潜江市农业农村局 X）`; **农资价格
  tables** (`尿素 2250 +30`, `数据来源：…`); **农事提醒 boxes** of ①②③ rows; farm experts' Q&A `问：` / `答：`;
  a **乡村振兴周刊 page**: its banner, then a column name (致富经, 村里那些事, 农技课堂) over each piece; ● 荆楚农讯
  columns; a brief and a photo read across.
* `guilin_evening` 桂林晚报 (Guangxi): columns of 12–17 ems set per story, a blank line after every line on some
  pages, stray spaces, doubled-glyph headlines, and a **page whose headlines all stand after their texts**;
  `桂林晚报记者 X`, `记者 X 实习生 Y`, `文/图 记者 X`, `本报记者 X 通讯员 Y`; briefs closed by `（记者 X）` or glued
  `本报讯（记者 X 通讯员 Y）`; **漓江水情 boxes** (rows `阳朔水文站 水位107.35米 游船正常`); Q&A `晚报记者：` or
  `记者：` / the interviewee's name; a numbered photo group; `（受访者供图）`; ◆ 城事速览 columns; a brief and a
  photo, or two briefs, read across.

Gold conventions are those of the README; new here: a 旗市区天气 / 职工服务 / 华社活动 / 粮食收购价 / 农事提醒 /
漓江水情 box is an `infobox` titled with its label (a ■ or 【】 around it dropped), or with the label as kicker
when a title follows; a 牲畜行情 / 纺织原料价格 / 印尼盾汇率 / 农资价格 table is an `infobox` (its label the kicker,
the column-header row its first row), its `数据来源` line a `credit`; a 停电公告 notice is an `infobox` whose issuer
and date are bylines and which names no one; `文/图 记者 X` makes X author and photographer;
`本报满洲里讯（…）` and `【本报棉兰讯】记者X报道：` are not 本报讯 (the item is an `article`); `本报记者 X 发自绍兴柯桥`
and `记者 X 泗水报道` name X and no place; `【国际日报讯】` names no one; `（鄂温克旗融媒体中心 X Y）`,
`（某某印染公司 X）`, `（某某区总工会 X）` and `（潜江市农业农村局 X）` name their persons; town-supplied pictures,
`（受访者供图）`, `（企业供图）` and `（资料图）` name no photographer; a short item printed with no byline at all is an
`article`; the 纺织观察 / 工人时评 / 劳动者说 / 职工心声 / 华社视点 labels, the 周刊 banner and its column names and the
ads are furniture.

Seeds: FRESH24_SEED_BASE + FRESH24_SEED_STRIDE*family + 1_000*attempt + n (35_060_001 .. 35_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (captions,
photo groups, briefs, rows, notices, ads, questions, titles and notes); names, figures, phone numbers and
addresses are made up.
"""
from __future__ import annotations

import dataclasses

from fresh_layouts_2 import _pooled_credit, _town_credit
from fresh_layouts_5 import _credit_turns
from fresh_layouts_9 import Fresh9Family
from fresh_layouts_21 import Fresh21Builder
from fresh_layouts_22 import Fresh22Builder
from layout_kit import DATED, TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, turns
from synthesize import Byline, phone

FRESH24_SEED_BASE = 35_000_000
FRESH24_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

HL_TOWNS = ("满洲里", "牙克石", "扎兰屯", "额尔古纳", "根河")
HL_BANNERS = ("鄂温克旗", "陈巴尔虎旗", "新巴尔虎左旗", "莫力达瓦达斡尔族自治旗", "鄂伦春自治旗")
HL_PLACES = ("海拉尔", "满洲里", "牙克石", "扎兰屯", "根河", "额尔古纳", "阿荣旗")
HL_SKIES = ("晴", "多云", "晴转多云", "阵雨", "雷阵雨转多云")
HL_WINTER_SKIES = ("晴", "多云", "小雪", "阴转小雪", "晴间多云")
HL_HERDS = (("活羊", 26.5), ("活牛", 28.0), ("羊肉", 68.0), ("牛肉", 72.0), ("生鲜乳", 3.6), ("羊毛", 9.2))
HL_GROUPS = [
    ("草原那达慕", ["①骑手在赛马场上策马奔驰。", "②搏克手在赛场上角力。", "③牧民身着节日盛装观看比赛。"]),
    ("林区的夏天", ["①护林员在林间巡护。", "②游客在白桦林里拍照留念。", "③林区职工采收野生蓝莓。"]),
]
HL_CAPTIONS = [("草原上，牧民赶着羊群转场。", "夏季转场"), ("额尔古纳河畔，游客在湿地栈道上观景。", ""),
               ("口岸货场里，货车排队等待通关。", "口岸繁忙")]
HL_BRIEFS = [
    ("流动医疗队走进牧区", "近日，一支流动医疗队深入牧区，为牧民免费体检、送药。"),
    ("林区开展防火演练", "日前，一个林业局开展森林防火应急演练，检验扑火队伍的反应能力。"),
    ("草原书屋添新书", "近日，一批蒙汉双语图书送进嘎查草原书屋，方便牧民借阅。"),
]

FZ_PLACES = ("绍兴柯桥", "江苏盛泽", "广东虎门", "福建晋江")
FZ_UNITS = ("某某纺织集团", "某某印染公司", "某某服装产业园", "某某化纤公司")
FZ_FIBRES = (("328级棉花（元/吨）", 15820, 60), ("32支纯棉纱（元/吨）", 21860, 80), ("涤纶短纤（元/吨）", 7350, 50),
             ("粘胶短纤（元/吨）", 13200, 70), ("锦纶长丝（元/吨）", 16400, 90), ("桑蚕丝（元/公斤）", 560, 8))
FZ_QUESTIONS = ["企业这几年转型的重点放在哪里？", "智能化改造给车间带来了什么变化？", "面对海外市场的变化，企业怎么应对？",
                "对行业里的年轻人有什么建议？"]
FZ_TITLES = ["纺织业要在绿色转型中找新机", "让老品牌穿出新时尚", "用标准为产业链护航"]
FZ_NOTES = ("（作者系某某纺织大学教授）", "（作者为某某纺织科学研究院研究员）", "（作者系纺织行业观察人士）")
FZ_CAPTIONS = [("智能化车间里，机器人在搬运纱锭。", "智能纺纱"), ("设计师在工作室里挑选面料。", ""),
               ("模特在发布会上展示新款服装。", "时尚发布")]
FZ_BRIEFS = [
    ("一家纺企上线数字化车间", "近日，一家纺织企业的数字化车间正式投产，用工减少三成。"),
    ("纺织服装展览会开幕", "日前，一场纺织服装展览会开幕，数百家企业参展。"),
    ("印染企业完成节水改造", "近日，一家印染企业完成节水改造，每年可节水数十万吨。"),
]

GR_UNIONS = ("某某区总工会", "某某街道工会", "某某集团工会", "某某产业工会")
GR_SERVICES = (("法律援助", "某某区职工服务中心"), ("心理咨询", "某某街道工会驿站"), ("技能培训报名", "某某职业技能实训基地"),
               ("困难职工帮扶", "某某区总工会"), ("户外劳动者歇脚", "某某路口工会驿站"))
GR_QUESTIONS = ["单位拖欠加班费怎么办？", "试用期被辞退能要求补偿吗？", "工伤认定需要准备哪些材料？", "劳动合同到期不续签有补偿吗？"]
GR_PL_TITLES = ["让每一位劳动者都被看见", "把服务送到职工身边", "技能人才是发展的底气"]
GR_TITLES = ["新就业形态劳动者需要更多保障", "劳模精神要在一线传承", "职工书屋不能只挂牌"]
GR_NOTES = ("（作者系某某大学劳动关系学院教授）", "（作者为某某律师事务所律师）", "（作者系工会工作者）")
GR_VOICE_NOTES = ("（作者系某某公交公司驾驶员）", "（作者系某某物业公司保洁员）", "（作者系某某快递网点快递员）")
GR_CAPTIONS = [("工会驿站里，外卖骑手在休息充电。", "暖心驿站"), ("技能大赛上，选手在进行焊接比赛。", ""),
               ("劳模工作室里，师傅在给徒弟讲解工艺。", "师带徒")]
GR_BRIEFS = [
    ("工会驿站送清凉", "近日，一个区总工会走进工地，为一线职工送去防暑降温用品。"),
    ("职工技能大赛落幕", "日前，一场职工技能大赛落幕，二十名选手获评技术能手。"),
    ("职工子女暑期托管班开班", "近日，一个街道工会开办职工子女暑期托管班，首批接收六十名孩子。"),
]

GJ_CITIES = ("雅加达", "泗水", "棉兰", "万隆", "三宝垄")
GJ_RATES = (("美元", 16200), ("人民币", 2240), ("新加坡元", 12050), ("马来西亚令吉", 3450), ("港币", 2075), ("日元（100）", 10350))
GJ_EVENTS = (("雅加达某某会馆", "中秋联欢会筹备会"), ("泗水某某学校", "华文教师培训"), ("棉兰某某宗亲会", "敬老活动"),
             ("万隆某某体育馆", "华社羽毛球赛"), ("雅加达某某酒店", "侨领座谈会"))
GJ_QUESTIONS = ["华文教育在印尼现在是什么情况？", "社团是怎样凝聚年轻一代的？", "生意上遇到的最大挑战是什么？",
                "对刚来印尼的同胞有什么建议？"]
GJ_TITLES = ["华社要在融合中传承文化", "华文教育需要长远投入", "印中经贸合作大有可为"]
GJ_NOTES = ("（作者为印尼某某华文教育协会理事）", "（作者系雅加达华人企业家）", "（作者为某某大学客座教授）")
GJ_CAPTIONS = [("唐人街上，舞狮队为商户贺开张。", "醒狮迎客"), ("华文补习班的孩子们在练习写汉字。", ""),
               ("港口码头上，工人在装卸集装箱。", "港口繁忙")]
GJ_BRIEFS = [
    ("三语学校举办汉语演讲比赛", "一所三语学校日前举办汉语演讲比赛，四十多名学生参赛。"),
    ("宗亲会捐赠救灾物资", "一个宗亲会日前向受灾地区捐赠大米和饮用水。"),
    ("华商交流会举行", "一场华商交流会日前举行，百余名企业家出席。"),
]

DZ_TOWNS = ("东亭镇", "明月店镇", "清风店镇", "砖路镇", "大辛庄镇", "北城区")
DZ_NOTICE = ("关于部分区域计划停电的公告", "因电力线路检修需要，将对部分区域计划停电，具体安排如下：",
             ["停电时间：7:00至18:00", "停电线路：10千伏某某线", "停电范围：某某村、某某工业园区"],
             "检修自{a}开始，请用户提前做好准备。如有疑问，请拨打供电服务热线：{p}", "国网定州市供电公司")
DZ_GRAINS = (("小麦", 1.32), ("玉米", 1.12), ("大豆", 2.35), ("谷子", 2.10), ("花生", 3.60))
DZ_ADS = [("某某驾校 暑期班招生", "学生报名优惠 咨询电话：{p}"), ("某某家电商城 以旧换新", "最高补贴500元 咨询电话：{p}")]
DZ_GROUPS = [
    ("贡院里的研学课", ["①孩子们在贡院号舍前听讲解。", "②学生们体验古代考场答卷。", "③志愿者带领孩子诵读经典。"]),
    ("缂丝传人", ["①艺人在织机前通经断纬。", "②一幅缂丝作品初具雏形。", "③年轻学员跟着师傅学手艺。"]),
]
DZ_CAPTIONS = [("定瓷工坊里，匠人在刻花。", "定瓷新韵"), ("田间，农户驾驶收割机收小麦。", ""),
               ("开元寺塔下，市民在广场上健身。", "塔下晨练")]
DZ_BRIEFS = [
    ("村里办起农民夜校", "近日，一个村办起农民夜校，请技术员讲授种植技术。"),
    ("社区开展义诊活动", "日前，一个社区联合医院开展义诊，为居民测血压、讲保健。"),
    ("镇里修通一条产业路", "近日，一个镇修通一条产业路，蔬菜大棚的货车能直接开到地头。"),
]

NC_COUNTIES = ("潜江市", "监利市", "钟祥市", "恩施市", "随县", "浠水县")
NC_INPUTS = (("尿素", 2250, 30), ("复合肥", 2950, 40), ("磷酸二铵", 3600, 50), ("氯化钾", 2700, 30), ("早籼稻", 2480, 20))
NC_TIPS = [["①中稻进入孕穗期，注意防治稻飞虱", "②高温天气注意给畜禽舍通风降温", "③雨后及时排除田间积水"],
           ["①柑橘园注意防治红蜘蛛", "②虾稻田要勤换水、控水温", "③晴天中午不宜打药施肥"]]
NC_QUESTIONS = ["水稻叶片发黄是什么原因？", "小龙虾养殖怎样控制水质？", "柑橘园夏季怎样管理？", "高温天气生猪怎样防暑？"]
NC_CAPTIONS = [("稻田里，农机手驾驶插秧机作业。", "机插秧"), ("茶园里，茶农在采摘夏茶。", ""),
               ("养殖户在虾稻田里起捕小龙虾。", "虾稻丰收")]
NC_BRIEFS = [
    ("村里建起烘干中心", "近日，一个村的粮食烘干中心投入使用，解决了农户晒粮难。"),
    ("农技专家田间授课", "日前，农技专家走进田间地头，为农户讲解病虫害防治。"),
    ("乡村电商培训开班", "近日，一期乡村电商培训班开班，五十多名农户参加。"),
]

GL_STATIONS = (("桂林水文站", 145.3), ("阳朔水文站", 107.4), ("大圩码头", 139.8), ("兴坪码头", 112.6))
GL_STATES = ("游船正常", "游船正常", "游船限航", "竹筏暂停")
GL_QUESTIONS = ["米粉店开了多少年了？", "每天几点开始备料？", "卤水的秘诀是什么？", "有没有想过开分店？"]
GL_GROUPS = [
    ("漓江夜色", ["①两江四湖的游船亮起灯光。", "②游客在日月双塔前拍照。", "③市民在江边散步纳凉。"]),
    ("米粉飘香", ["①师傅在作坊里压制米粉。", "②食客在米粉店里排队。", "③游客在老街品尝卤菜粉。"]),
]
GL_CAPTIONS = [("象鼻山下，游客乘竹筏游览。", "象山水月"), ("东西巷里，游客在品尝米粉。", ""),
               ("遇龙河上，竹筏排成长队。", "竹筏如织")]
GL_BRIEFS = [
    ("公园新增直饮水点", "近日，几个公园新增直饮水点，方便市民游客饮水。"),
    ("老街改造完工开放", "日前，一条老街改造完工，重新对市民开放。"),
    ("社区开设暑期托管班", "近日，一个社区开设暑期托管班，帮双职工家庭解决看娃难。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_hl = chosen(Above("呼伦贝尔日报全媒体记者 {0!l}"), Above("全媒体记者 {0!l} 见习记者 {1}", 2),
               Form("本报{c0}讯（全媒体记者 {0} 通讯员 {1}）", 2, hint="plain", choices=(HL_TOWNS,)), turn="by", drawn=2)
by_hl_brief = turns(Form("本报讯（全媒体记者 {0}）"), Form("（{c0}融媒体中心 {0} {1}）", 2, choices=(HL_BANNERS,), **TRAIL))

by_fz = chosen(Above("本报记者 {0!l}"), Above("□本报记者 {0!l} 通讯员 {1}", 2), Above("本报记者 {0!l} 发自{c0}", choices=(FZ_PLACES,)),
               turn="by", drawn=2)
by_fz_brief = turns(Form("（{c0} {0}）", choices=(FZ_UNITS,), **TRAIL), Form("本报讯（记者 {0} 通讯员 {1}）", 2))

by_gr = chosen(Above("江苏工人报记者 {0!l}"), Above("本报记者 {0!l} 通讯员 {1}", 2), Above("本报通讯员 {0} {1}", 2), turn="by", drawn=2)
by_gr_brief = turns(Form("本报讯（记者 {0} 通讯员 {1}）", 2), Form("（{c0} {0}）", choices=(GR_UNIONS,), **TRAIL))

by_gj = chosen(Above("本报记者 {0!l}"), Above("记者 {0!l} {c0}报道", choices=(GJ_CITIES,)),
               Form("【本报{c0}讯】记者{0}报道：", hint="plain", choices=(GJ_CITIES,)), turn="by")
by_gj_brief = turns(Form("【国际日报讯】", 0, hint="plain"), Form("（本报记者 {0}）", **TRAIL))

by_dz = chosen(Above("记者 {0!l}"), Above("定州日报记者 {0!l} 通讯员 {1}", 2), Above("通讯员 {0} 记者 {1!l}", 2), turn="by", drawn=2)
by_dz_brief = turns(Form("本报讯（通讯员 {0}）", line_share=0.5), Form("（通讯员 {0} 记者 {1}）", 2, **TRAIL))

by_nc = chosen(Above("农村新报记者 {0!l}"), Above("记者 {0!l} 通讯员 {1} {2}", 3), Above("通讯员 {0} {1}", 2), turn="by", drawn=2)
by_nc_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{c0}农业农村局 {0}）", choices=(NC_COUNTIES,), **TRAIL))

by_gl = chosen(Above("桂林晚报记者 {0!l}"), Above("记者 {0!l} 实习生 {1}", 2), Above("文/图 记者 {0!l}", photo=True),
               Above("本报记者 {0!l} 通讯员 {1}", 2), turn="by", drawn=2)
by_gl_brief = turns(Form("（记者 {0}）", **TRAIL), Form("本报讯（记者 {0} 通讯员 {1}）", 2))


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_hl = _credit_turns(("呼伦贝尔日报全媒体记者 {n} 摄", "（资料图片）", "通讯员 {s}/摄"))
cr_fz = _credit_turns(("本报记者 {n} 摄", "（企业供图）", "{n} 摄"))
cr_gr = _credit_turns(("江苏工人报记者 {n} 摄", "（{n} 摄）", "（区总工会供图）"))
cr_gj = _credit_turns(("本报记者 {n} 摄", "（资料图）", "图/{n}"))
cr_dz = _pooled_credit(_credit_turns(("记者 {n} 摄", "（{n} 摄）")), _town_credit(DZ_TOWNS))
cr_nc = _credit_turns(("农村新报记者 {n} 摄", "通讯员 {n} 摄", "（{n} 摄）"))
cr_gl = _credit_turns(("记者 {n} 摄", "（受访者供图）", "桂林晚报记者 {s}/摄"))


# --------------------------------------------------------------------------- builder


class Fresh24Builder(Fresh22Builder, Fresh21Builder):

    def __init__(self, family, seed, n):
        super().__init__(family, seed, n)
        if "displaced" in self.opts:  # a page whose headlines stand after their texts at its own rate
            self.family = dataclasses.replace(self.family, displaced=self.opts["displaced"])

    def signed_below(self, src, body, notes):
        """A piece signed by the bare name under its text, an （作者系…） note after the name."""
        name, note = self.ctx.name(), self.rng.choice(notes)
        return self.art(src, body, lambda c, i: Byline([name], after=[name, note]))

    def price_rows(self, pool, k):
        """`k` rows of `pool` (name, mark, swing): a price near its mark, then its week's change (持平 at 0)."""
        rng = self.rng
        picked = rng.sample(pool, k)
        prices = [mark + rng.randrange(-2 * swing, 2 * swing + 1) for _, mark, swing in picked]
        changes = [rng.randrange(-swing, swing + 1) for _, _, swing in picked]
        return [f"{name} {price} {change:+d}" if change else f"{name} {price} 持平"
                for (name, _, _), price, change in zip(picked, prices, changes)]

    # -------------------------------------------------------------- 呼伦贝尔日报

    def slot_hlweather(self):
        rng = self.rng
        season = 26 - abs(7 - self.ctx.date.month) * 6  # the day's high on the grassland, by the month
        skies = HL_SKIES if season > 3 else HL_WINTER_SKIES
        rows = []
        for place in rng.sample(HL_PLACES, rng.choice((3, 4, 5))):
            high = season + rng.randrange(-3, 4)
            rows.append(f"{place} {rng.choice(skies)} {high - rng.randrange(10, 16)}℃～{high}℃")
        return self.rows_box(("旗市区天气", "天气预报"), rows, title="未来24小时旗市区天气" if rng.random() < 0.5 else "")

    def slot_hlherds(self):
        rng = self.rng
        rows = [f"{name} {price * rng.randrange(95, 106) / 100:.2f} {rng.randrange(-60, 61) / 100:+.2f}"
                for name, price in rng.sample(HL_HERDS, rng.choice((4, 5)))]
        return self.table_box(("牲畜行情", "畜产品价格"), "本周主要畜产品价格", rng.choice(("品种 均价（元/公斤） 涨跌", "品名 价格 涨跌")),
                              rows, ("数据来源：某某畜牧业服务中心", "数据来源：海拉尔某某农畜产品市场"))

    def slot_hlgroup(self):
        return self.group(HL_GROUPS)

    # -------------------------------------------------------------- 中国纺织报

    def slot_fzfibres(self):
        rng = self.rng
        return self.table_box(("纺织原料价格", "原料行情"), "本周主要纺织原料价格", rng.choice(("品种 价格 周涨跌", "品名 均价 涨跌")),
                              self.price_rows(FZ_FIBRES, rng.choice((3, 4))),
                              ("数据来源：某某纺织原料交易市场", "数据来源：某某棉花信息中心"))

    def slot_fzqa(self):
        return self.staff_qa(FZ_QUESTIONS, ("记者：", "中国纺织报："))

    def slot_fzcomment(self):
        return self.signed_piece(FZ_TITLES, FZ_NOTES, ("纺织观察", "纺 织 观 察"), ("文/", "文/ "))

    # -------------------------------------------------------------- 江苏工人报

    def slot_grservice(self):
        rng = self.rng
        rows = [f"{what} {place} 电话：{phone(rng, '025')}" for what, place in rng.sample(GR_SERVICES, rng.choice((3, 4)))]
        return self.rows_box(("职工服务", "服务职工"), rows, title="本周工会服务一览" if rng.random() < 0.5 else "")

    def slot_grqa(self):
        return self.staff_qa(GR_QUESTIONS, None)

    def slot_grpinglun(self):
        return self.labelled(("工人时评", "本报评论"), self.titled_pinglun(GR_PL_TITLES))

    def slot_grcomment(self):
        return self.signed_piece(GR_TITLES, GR_NOTES, ("劳动者说", "劳 动 者 说"), ("文/", "□"))

    def slot_grvoice(self):
        """A worker's own short piece under the 职工心声 label, signed below the text."""
        return self.labelled(("职工心声", "一线声音"), self.signed_below(*self.brief_source(), GR_VOICE_NOTES))

    # -------------------------------------------------------------- 国际日报

    def slot_gjrates(self):
        rng = self.rng
        rows = []
        for currency, mid in rng.sample(GJ_RATES, rng.choice((4, 5))):
            mid = mid * rng.randrange(985, 1016) // 1000
            spread = max(1, mid // 100)
            rows.append(f"{currency} {mid - spread} {mid + spread}")
        return self.table_box(("印尼盾汇率", "汇率行情"), "今日印尼盾汇率参考", rng.choice(("币种 买入 卖出", "货币 买入价 卖出价")),
                              rows, ("数据来源：某某银行雅加达分行", "数据来源：印尼某某外汇公司"))

    def slot_gjevents(self):
        rng = self.rng
        picked = rng.sample(GJ_EVENTS, rng.choice((3, 4)))
        rows = self.dated_rows([f"{place} {what}" for place, what in picked], "{m}月{d}日 {h}:00 {place}", days=2)
        return self.rows_box(("华社活动", "社团动态"), rows, title="本周华社活动预告" if rng.random() < 0.5 else "")

    def slot_gjqa(self):
        return self.staff_qa(GJ_QUESTIONS, ("国际日报：", "记者："))

    def slot_gjcomment(self):
        return self.signed_piece(GJ_TITLES, GJ_NOTES, ("华社视点", "华 社 视 点"), ("文/", "□"))

    # -------------------------------------------------------------- 定州日报

    def slot_dznotice(self):
        return self.dated_notice(*DZ_NOTICE, "0312")

    def slot_dzgrains(self):
        rng = self.rng
        rows = [f"{name} {price + rng.randrange(-5, 6) / 100:.2f}元/斤" for name, price in rng.sample(DZ_GRAINS, rng.choice((3, 4)))]
        return self.rows_box(("粮食收购价", "粮价行情"), rows, title="本周城区收购点挂牌价" if rng.random() < 0.5 else "")

    def slot_dzad(self):
        head, line = self.rng.choice(DZ_ADS)
        return self.furniture(head, line.format(p=phone(self.rng, "0312")))

    def slot_dzgroup(self):
        return self.group(DZ_GROUPS)

    # -------------------------------------------------------------- 农村新报

    def slot_ncinputs(self):
        rng = self.rng
        return self.table_box(("农资价格", "农资行情"), "本周全省农资价格", rng.choice(("品种 价格（元/吨） 周涨跌", "品名 均价 涨跌")),
                              self.price_rows(NC_INPUTS, rng.choice((3, 4))),
                              ("数据来源：某某省农资市场监测点", "数据来源：某某农业信息中心"))

    def slot_nctips(self):
        return self.tips(("农事提醒", "农技提示"), NC_TIPS, title="近期农事提醒" if self.rng.random() < 0.5 else "")

    def slot_ncqa(self):
        return self.staff_qa(NC_QUESTIONS, None)

    def slot_ncrich(self):
        return self.labelled(("致富经", "致富路上"), self.deck_story())

    def slot_ncvillage(self):
        return self.labelled(("村里那些事", "乡村故事"), self.story(False))

    def slot_nctech(self):
        return self.labelled(("农技课堂", "田间课堂"), self.slot_bare())

    # -------------------------------------------------------------- 桂林晚报

    def slot_glriver(self):
        rng = self.rng
        rows = [f"{station} 水位{level + rng.randrange(-80, 81) / 100:.2f}米 {rng.choice(GL_STATES)}"
                for station, level in rng.sample(GL_STATIONS, rng.choice((3, 4)))]
        return self.rows_box(("漓江水情", "出游提示"), rows, title="今日漓江水情" if rng.random() < 0.5 else "")

    def slot_glqa(self):
        return self.staff_qa(GL_QUESTIONS, ("晚报记者：", "记者："))

    def slot_glgroup(self):
        return self.group(GL_GROUPS)


# --------------------------------------------------------------------------- furniture


def _jakarta_phone(ctx):
    rng = ctx.rng
    return f"+62-21-{rng.randrange(5000, 8999)}-{rng.randrange(1000, 9999)}"


_hl_top = furniture(
    (0.5, [ln("{n} {ssec}", page="{n}"), ln("呼伦贝尔日报 {date} {wd}", paper=True, date=True), "编辑 {name} 校对 {name}"]),
    [ln("第{n}版·{sec}", page="{n}"), ln("{y}年{m}月{d}日 {wd}", date=True)],
    front=[masthead("呼伦贝尔日报"), "HULUNBUIR DAILY", "中共呼伦贝尔市委机关报", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:21000-21999}期 今日{pages}版 国内统一连续出版物号 CN 15-0000 邮发代号 14-00"])
_hl_bottom = furniture((0.5, ["新闻热线：{tel:0470} 广告热线：{tel:0470}"]),
                       [ln("呼伦贝尔日报社出版 地址：海拉尔区某某大街{no:10-99}号", paper=True)])

_fz_top = furniture(
    (0.5, [ln("中国纺织报 {y}年{m}月{d}日 {wd}", paper=True, date=True), ln("{ssec} 第{n}版", page="{n}")]),
    [ln("{n:02d} | {sec}", page="{n:02d}"), "主编 {name} 责编 {name}", DATED],
    front=[masthead("中国纺织报"), "CHINA TEXTILE NEWS", "中国纺织工业联合会主管", ln("{date} {wd}", date=True),
           "第{no:8000-8999}期 今日{pages}版 国内统一连续出版物号 CN 11-0000"])
_fz_bottom = furniture((0.5, ["本版编辑：{name} 电话：{tel:010}"]), ["订阅热线：{tel:010} 邮发代号 1-00", opt(0.5, ["校对：{name}"])])

_gr_top = furniture(
    (0.5, [ln("{n:02d} {sec}", page="{n:02d}"), ln("江苏工人报 {y}年{m}月{d}日 {wd}", paper=True, date=True)]),
    [ln("{sec} | 第{n}版 | {date}", date=True, page="{n}"), "责任编辑 {name} 美编 {name}"],
    front=[masthead("江苏工人报"), "江苏省总工会主管主办", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:9000-9999}期 今日{pages}版 国内统一连续出版物号 CN 11-0000"])
_gr_bottom = furniture((0.5, ["职工维权热线：{tel:025}", opt(0.5, ["本版校对 {name}"])]), ["新闻热线：{tel:025} 发行热线：{tel:025}"])

_gj_top = furniture(
    (0.5, [ln("{n:02d} {sec}", page="{n:02d}"), ln("国际日报 {y}年{m}月{d}日 {wd}", paper=True, date=True)]),
    [ln("{sec} | 第{n}版", page="{n}"), DATED],
    front=[masthead("国际日报"), "INTERNATIONAL DAILY NEWS", "印度尼西亚雅加达出版", DATED, "第{no:7000-7999}期 今日{pages}版"])
_gj_bottom = furniture((0.5, ["编辑部电话：{jktel}", "www.example.co.id"]), ["编辑：{name} 排版：{name}"], fields={"jktel": _jakarta_phone})

_dz_top = furniture(
    (0.5, [ln("{sec} {n}", page="{n}"), ln("定州日报 {date} {wd}", paper=True, date=True)]),
    [ln("第{n}版", page="{n}"), "{sec}", "责任编辑 {name}"],
    front=[masthead("定州日报"), "中共定州市委机关报", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:4000-4999}期 今日{pages}版 河北省内部资料性出版物准印证号 0000"])
_dz_bottom = furniture((0.5, [ln("定州日报社编辑出版 新闻热线：{tel:0312}", paper=True)]), ["投稿邮箱：dzrb@example.cn"])

_nc_top = furniture(
    (0.5, [ln("{n} {ssec}", page="{n}"), ln("农村新报 {date} {wd}", paper=True, date=True), "责编 {name} 美编 {name}"]),
    [ln("{date} {wd} 第{n}版 {sec}", date=True, page="{n}")],
    front=[masthead("农村新报"), "湖北日报传媒集团主管主办", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:3000-3999}期 今日{pages}版 国内统一连续出版物号 CN 42-0000 邮发代号 38-00"])
_nc_bottom = furniture((0.5, ["新闻热线：{tel:027} 发行热线：{tel:027}"]), [opt(0.5, ["本版校对 {name}"]), "农村新报微信公众号 欢迎关注"])

_gl_top = furniture(
    (0.4, [ln("桂林晚报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("{n:02d} {sec}", page="{n:02d}")]),
    (0.8, [ln("A{n}·{sec}", page="A{n}"), ln("{date} {wd} 责编：{name} 美编：{name}", date=True)]),
    [])
_gl_bottom = furniture((0.5, [ln("桂林晚报新闻热线 {tel:0773}", paper=True), "扫码关注桂林晚报公众号"]), ["校对 {name}"])


@dataclasses.dataclass
class Fresh24Family(Fresh9Family):
    seed_stride: int = FRESH24_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh24Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh24Builder, justified=True,
                         **kw)


FRESH24_FAMILIES = [
    fam("hulunbuir_city", "呼伦贝尔日报", _hl_top, _hl_bottom, {by_hl: 1},
        brief_bylines={by_hl_brief: 1}, credits=(cr_hl,), width=(15, 23), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.02, displaced=0.15, caption_pool=HL_CAPTIONS, brief_pool=HL_BRIEFS,
        brief_pool_share=0.6, paper_outlet="呼伦贝尔日报全媒体", labels={"column": ("旗市区传真", "草原快讯"), "bullet": ("◆",)},
        plans=((["decklead", "hlweather", "photo"], {"front": True}),
               (["continuation", "hlherds", "bare"], {"page": 2}),
               (["hlgroup", "deck", "briefcol"], {"blank": "every"}),
               (["briefpair", "story", "photo"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("要闻", "旗市区", "民生")),
    fam("fangzhi_textile", "中国纺织报", _fz_top, _fz_bottom, {by_fz: 1},
        brief_bylines={by_fz_brief: 1}, credits=(cr_fz,), width=(16, 24), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.2, stray_spaces=0.02, displaced=0.2, caption_pool=FZ_CAPTIONS, brief_pool=FZ_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("行业资讯", "企业动态"), "bullet": ("▶",)},
        plans=((["deck", "fzfibres", "photo"], {"front": True}),
               (["fzqa", "bare"], {}),
               (["fzcomment", "deck", "briefcol"], {"blank": "every"}),
               (["briefphoto", "story", "fzfibres"], {"blank": "none", "turn": 2})),
        page_style="0", sections=("要闻", "产业", "市场")),
    fam("jiangsu_workers", "江苏工人报", _gr_top, _gr_bottom, {by_gr: 1},
        brief_bylines={by_gr_brief: 1}, credits=(cr_gr,), width=(15, 22), blank={"para": 2, "every": 1},
        indent=0.3, letterspace=0.3, stray_spaces=0.03, displaced=0.2, caption_pool=GR_CAPTIONS, brief_pool=GR_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("工会动态", "职工新闻"), "bullet": ("●",)},
        plans=((["decklead", "grservice", "photo"], {"front": True}),
               (["continuation", "grqa", "bare"], {"page": 2}),
               (["grpinglun", "grcomment", "grvoice"], {"blank": "none"}),
               (["briefcol", "deck", "briefphoto"], {"blank": "every", "turn": 1})),
        page_style="0", sections=("要闻", "维权", "职工生活")),
    fam("guoji_indonesia", "国际日报", _gj_top, _gj_bottom, {by_gj: 1},
        brief_bylines={by_gj_brief: 1}, credits=(cr_gj,), width=(14, 22), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.1, stray_spaces=0.03, displaced=0.2, caption_pool=GJ_CAPTIONS, brief_pool=GJ_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("印华社团", "华社简讯"), "bullet": ("◇",)},
        plans=((["deck", "gjrates", "photo"], {"front": True}),
               (["gjqa", "briefpair"], {}),
               (["gjcomment", "briefcol", "bare"], {"blank": "every"}),
               (["briefphoto", "deck", "gjevents"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("印尼新闻", "华社", "经济")),
    fam("dingzhou_county", "定州日报", _dz_top, _dz_bottom, {by_dz: 1},
        brief_bylines={by_dz_brief: 1}, credits=(cr_dz,), width=(14, 21), blank={"para": 2, "every": 1},
        indent=0.3, letterspace=0.3, stray_spaces=0.03, displaced=0.2, caption_pool=DZ_CAPTIONS, brief_pool=DZ_BRIEFS,
        brief_pool_share=0.7, paper_outlet="定州日报", labels={"column": ("乡镇传真", "定州快讯"), "bullet": ("■",)},
        plans=((["decklead", "bare", "photo"], {"front": True}),
               (["continuation", "dznotice", "briefcol"], {"page": 2}),
               (["dzgroup", "deck", "dzad"], {"blank": "every"}),
               (["briefpair", "story", "dzgrains"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("定州新闻", "乡镇", "民生")),
    fam("nongcun_rural", "农村新报", _nc_top, _nc_bottom, {by_nc: 1},
        brief_bylines={by_nc_brief: 1}, credits=(cr_nc,), width=(15, 23), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.02, displaced=0.15, caption_pool=NC_CAPTIONS, brief_pool=NC_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("荆楚农讯", "县市传真"), "bullet": ("●",)},
        plans=((["decklead", "ncinputs", "photo"], {"front": True}),
               (["continuation", "ncqa", "nctips"], {"page": 2}),
               (["banner", "ncrich", "ncvillage", "nctech"],
                {"section": "乡村振兴周刊", "banner": ("乡村振兴周刊", "乡 村 振 兴 周 刊"), "blank": "none", "displaced": 0.0}),
               (["briefcol", "deck", "briefphoto"], {"blank": "every", "turn": 1})),
        page_style="cn", sections=("要闻", "三农", "市场")),
    fam("guilin_evening", "桂林晚报", _gl_top, _gl_bottom, {by_gl: 1},
        brief_bylines={by_gl_brief: 1}, credits=(cr_gl,), width=(12, 17), per_article_width=True,
        blank={"para": 1, "every": 2}, letterspace=0.4, stray_spaces=0.05, doubled=0.2, displaced=0.2,
        caption_pool=GL_CAPTIONS, brief_pool=GL_BRIEFS, brief_pool_share=0.6, paper_outlet="桂林晚报",
        labels={"column": ("城事速览", "桂林新闻眼"), "bullet": ("◆",)},
        plans=((["deck", "glriver", "photo"], {}),
               (["briefpair", "deck"], {"blank": "every"}),
               (["bare", "story", "briefphoto"], {"displaced": 1.0, "blank": "para"}),
               (["glqa", "glgroup", "briefcol"], {"blank": "none", "turn": 1})),
        page_style="A0", sections=("桂林新闻", "城事", "民生")),
]
